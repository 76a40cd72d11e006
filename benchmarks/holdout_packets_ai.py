"""A thirty-fifth holdout set of borrower packets (ai1..ai8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z, aa, ab, ... ag and ah sets, written without looking at the service's code, rules, data files or
tests, to estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ai.py OUT_DIR [--seed N] [--check] [--only ai1 ai5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.2 to 0.45 degrees, a
little blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white), check marks are typed
(an X or a tick in a box), and the hand-written parts are signatures and the dates beside them.

Applications: the real Form 710 (April 2023) filled through its AcroForm in two packets - typed on screen, signed
with drawn strokes laid over its signature field and the date typed into its field, e-mailed (ai1); typed, printed,
signed and dated in ink by both spouses and scanned grey at 300 dpi with the rest of the packet (ai4). Two
servicers' own two-page forms, each typed in its PDF and signed on the screen in one packet and printed, signed and
dated in ink and scanned or faxed in others:
Big Sioux Farm Credit, ACA's Rural Home Loan Servicing Office (a FARM CREDIT COOPERATIVE) "Request for Rural Home
Loan Servicing Assistance" (form RH-190 (03/2037): a green round seal with a wheat stalk, the association's name in
green, a small ruled box at the top right "Form RH-190 (03/2037) / Page n of 2"; every section a FIELDSET - a panel
with rounded corners whose title sits in a GAP IN ITS TOP BORDER - "A. Loan and stockholder information", "B. The
residence", "C. Financial hardship", "D. Monthly household income (before taxes, all borrowers together)",
"E. Certification and signatures"; labels in plain sans type ending in a colon, each followed by a DOTTED answer line
with the answer typed in Courier on it, two or three to a row: "Loan number:" beside "Stockholder (member) no.:
STK-...", "Borrower (stockholder of record):" and "Co-borrower:" each with "Last 4 of SSN:", "Home phone:" / "E-mail:",
"Street address of the residence:", "Town:" / "State:" / "ZIP code:"; "Who lives in the residence? (mark one)
[X] Our primary home [ ] Second or seasonal home [ ] Rented to a tenant" in one row, a farm-tract Yes / No question
(not occupancy); ten causes in two columns of boxes in the association's words - "Loss of my off-farm job or other
employment", "Reduced income, wages or hours", "Higher property taxes, insurance or housing costs", "Drought, flood,
hail, fire or other disaster", "Illness, injury or disability in the household", "Divorce or legal separation",
"Separation of unmarried co-owners", "Death of a borrower or a wage earner", "Distant job transfer or relocation",
"Other - describe below" - then "Other cause - describe:", "Date the hardship began (mm/dd/yyyy):" and "How long do
you expect it to last? [ ] 6 months or less [ ] More than 6 months [ ] It has ended"; page 2 repeating "Loan number:"
and "Borrower:" at the top, the income as lines D1..D8 - "Gross wages and salaries (off-farm jobs included)", "Net
farm, ranch or other self-employment income", ... "Non-taxable Social Security, SSI or VA disability benefits", "Net
rental income (cash rent, housing)", "Investment, patronage or insurance income", "Other income (alimony, child
support, other)" - each run out by DOT LEADERS to a "$" and a rule under an "AMOUNT EACH MONTH" heading (lines that do
not apply left empty), a double rule and "D9 Total monthly household income (D1 through D8)"; the signatures in TWO
SIDE-BY-SIDE BOXES headed BORROWER and CO-BORROWER, each with a "Signature" rule, a "Date signed (mm/dd/yyyy)" rule and
"Printed name:" typed; an empty dashed "FOR ASSOCIATION USE ONLY" box with "Date received:" and "Servicing officer:"
rules) - ai2 typed and signed on screen by both spouses, ai6 printed and signed and dated in ink by the borrower only
and faxed, ai8 printed, signed and dated in ink by both and scanned;
Guidon Federal Savings Bank's Homeowner Support Team (a MILITARY-FOCUSED BANK) "Homeowner Support Request" (form
HST-2 (JAN 2037): a navy double rule across the top, a five-pointed star, the bank's name in serif capitals, the
form's name and "Form HST-2 (JAN 2037) - Page n of 2" at the right; the body numbered in the OUTLINE STYLE OF A
MILITARY MEMORANDUM - CAPITAL section heads "1. LOAN AND BORROWERS", "2. THE PROPERTY", "3. YOUR HARDSHIP", "4. MONTHLY
INCOME (all borrowers together, before taxes)", "5. CERTIFICATION AND SIGNATURES" with lettered items "a.", "b." ...
under them, each answer typed in a dark-blue sans face on a rule after its label ("a. Loan number:", "b. Borrower -
full name:" .. "Last 4 of SSN:", "c. Co-borrower - full name:", "b. City:" / "State:" / "ZIP:"); EVERY DATE ASKED AND
WRITTEN AS DD MMM YYYY ("c. Date the hardship started (DD MMM YYYY): 01 JUN 2037", "DATE (DD MMM YYYY)" beside each
signature, signed dates hand-written "17 JUN 2037"); boxes TICKED (a typed check mark); "e. Military status of the
borrower" (Active duty / National Guard / Reserve / Veteran or military retiree / Surviving spouse / No military
service), "Branch of service", "SCRA protection requested?" and "d. Are you away from the home because of military
orders?" as Yes / No (none of them occupancy); "c. The home is: [ ] where I live (primary residence) [ ] a second
home [ ] rented out (investment)"; ten reasons in two columns in the bank's words ("Reduced pay, hours or
allowances", "PCS move, deployment or job relocation", "Other (explain in 3b)"), "b. Explain other:", "d. Expected to
last: 6 months or less / more than 6 months / already over"; the loan number on a rule at the top right of page 2;
the income as a navy-headed TABLE "LINE | SOURCE OF INCOME | HOW OFTEN RECEIVED | MONTHLY AMOUNT" with lines a..h
("Wages, salary, military base pay, overtime, tips", "Taxable benefits: Social Security, pension, military retired
pay", "Non-taxable benefits: VA disability, SSI, non-taxable Social Security", ...), the frequency typed as words
("Weekly", "Twice a month", "Monthly") beside each amount that applies, and "i. TOTAL MONTHLY INCOME (lines a through
h)"; "SIGNATURE OF BORROWER" / "SIGNATURE OF CO-BORROWER" rules with "Typed name:" under them) - ai7 typed and signed
on screen, ai3 printed, signed and dated in ink and scanned behind a separator sheet, ai5 printed, signed and dated in
ink and scanned one paper a file.

Pay (a hospital and nursing home system; city governments): Mercy Vale Health's "EARNINGS STATEMENT" (a maroon
rounded "MV" square, MERCY VALE HEALTH in maroon over the facility's name and address - "Mercy Vale Hospital -
Riverside Campus", "Mercy Vale Care Center - Linden Park", ...; the employer is Mercy Vale Health; "Advice no." /
"Pay date" / "Pay period mm/dd/yyyy - mm/dd/yyyy" / "Pay frequency" at the top right; EMPLOYEE / ID / POSITION / UNIT
under a maroon rule; "HOURS WORKED BY WORK WEEK" - one row per Sunday-Saturday week of the period with regular,
evening, weekend and overtime hours; an EARNINGS table of codes REG / EVE / WKD / OT in a fixed-width face with hours,
rate, current and year to date and a "Total earnings" line; TAXES WITHHELD and DEDUCTIONS stacked under it (a 403(b) or
union dues as a share of pay, medical plan); a PAY SUMMARY COLUMN DOWN THE RIGHT SIDE of four stacked boxes GROSS PAY
/ TAXES / DEDUCTIONS / NET PAY, each with its current figure large and "Year to date" small at its foot; the deposit
and a paid-time-off balance in the footer) - weekly for care centres' nurses and aides (paid Fridays, the week ending
six days before), bi-weekly for hospitals' nurses and therapists; a city's "PAYROLL DEPOSIT ADVICE" (City of Canton
Ridge SD, City of Port Ellery MI, City of Calder Springs CO, City of Harlow Bay WA: a round double-ruled seal with the
city's initials, "CITY OF ..." in blue serif capitals over the finance department's payroll office, "NON-NEGOTIABLE -
FOR YOUR RECORDS"; a blue-headed one-row table EMPLOYEE NAME / EMPLOYEE NO. / DEPARTMENT / JOB CLASS / PAY PERIOD
(mm/dd/yyyy - mm/dd/yyyy) / PAY DATE; "Pay frequency: Bi-weekly (26 pays)" or "Semi-monthly (24 pays)", a pay group and
the deposit account in one line; grey-headed sections EARNINGS (REGULAR, HOLIDAY, OVERTIME 1.5, LONGEVITY or REGULAR
SALARY, with a GROSS EARNINGS row), TAXES AND DEDUCTIONS (FEDERAL W/H, FICA-OASDI, FICA-MEDICARE, STATE W/H where the
state has one, the municipal pension as a share of pay, health insurance, 457(b), union dues) with a TYPE column
TAX / PRE / POST, LEAVE BALANCES (vacation, sick, comp time) and a blue-headed GROSS EARNINGS / TAXES / DEDUCTIONS /
NET PAY table with CURRENT and YEAR TO DATE rows) - bi-weekly hourly workers (every other Friday, the period ending six
days before) and semi-monthly salaried staff (the 1st-15th paid on the 20th, the 16th to the month's end paid on the
5th of the next month). Every year-to-date figure is the sum of that calendar year's checks, counted by pay date.
Statements: Lennox Valley State Bank's one-page "FARM AND RANCH CHECKING" statement (a centred serif name and address
line, the account, the masked number, "Statement date", "Beginning date", "Ending date" and "Page 1 of 1" in a
two-column list at the right, a BALANCE SUMMARY of dotted leaders - "Previous balance as of 03/31/2037" .. "New
balance as of 04/30/2037" -, DEPOSITS AND OTHER CREDITS and OTHER DEBITS whose lines read DATE | AMOUNT | DESCRIPTION
with the amount BEFORE the description, and CHECKS PAID in three columns of number / date / amount) for a cattle
farm's account; Silverleaf Bank's two-page "Checking Statement" (a leaf mark, "September 1, 2037 to September 30,
2037" and "Account ending in NNNN | Page n of 2" at the top right, a "Your month at a glance" SENTENCE - "You started
September with $... $... came in and $... went out, so you ended the month with $..." - over Beginning balance / Money
in / Money out / Ending balance, and the transactions GROUPED UNDER SHADED DATE HEADINGS "Tue, Sep 1" whose right end
gives that day's "End of day balance", signed amounts under each heading, continued on page 2 to "Ending balance on
September 30, 2037"). Letters and papers: typed hardship letters in ordinary borrowers' words (unsigned when e-mailed,
signed in ink when scanned or faxed, three by both spouses), the VA's benefit summary letter (non-taxable, monthly), a
city municipal employees' retirement system's benefit verification (taxable, monthly), an oncology practice's
statement of a medical condition without diagnosis (medical statement), a state's certified copy of a certificate of
death in numbered boxes, page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over by the servicer and signed on
the screen with its date typed (ai2) or signed and dated in ink and scanned (ai8), the mailroom's Code 128
"LOAN <number>" separator sheet and a public library's fax cover sheet (neither is a document).

Deliveries: a folder named after the loan of e-mailed born-digital files with everyday names ("Mortgage Assistance
Application - signed.pdf", "MercyVale_EarningsStatement_2037-03-27.pdf", "Letter of hardship.pdf") (ai1); loose
born-digital files named "<loan>_RH190_request.pdf", "<loan>_paystub_0424.pdf", "<loan>_farm_account_march.pdf" ..
(ai2); ONE 240 dpi grey mailroom scan of the whole packet behind the separator sheet, named "MAILROOM_20370623_0142.pdf"
(ai3); ONE 300 dpi grey scan of the whole packet without a separator sheet named "<Surname> <loan>.pdf" (ai4); a folder
named after the loan holding ONE 200 dpi grey scan PER PAPER under a scanner's names IMG_20370912_0001.pdf ..
IMG_20370912_0004.pdf (ai5); ONE 200 dpi black-and-white fax behind the library's cover sheet under the fax server's
name, the loan number only inside (ai6); loose born-digital files named "<Surname> <loan> - <paper>.pdf" (ai7); loose
files named "<loan>_..." mixing 300 dpi grey scans of the signed application, 4506-C, doctor's statement and letter
("<loan>_application_scan.pdf" ..) with downloaded stubs and two-page statements (ai8). Co-borrowers in ai2, ai4, ai6
and ai8.

Complete: ai1 (two fresh bi-weekly hospital statements with year-to-date pay; a reduction in income needs no papers
and the letter covers the nurse's illness), ai2 (the wife's fresh bi-weekly city advices for the wages, two
consecutive fresh farm-account statements for the husband's farm self-employment, a signed 4506-C; a drought is a
disaster and needs no papers), ai4 (fresh bi-weekly city advices, the retirement system's fresh letter for the wife's
taxable pension, the couple's signed letter explains the "other" hardship - her mother's care home; higher housing
costs need no papers), ai8 (fresh bi-weekly hospital statements; two consecutive fresh Silverleaf statements show the
rent from the second house and the 4506-C is signed in ink; the doctor's statement and the letter cover the wife's
illness). Incomplete, each for one plain reason: ai3 the borrower ticks "PCS move, deployment or job relocation" - his
employer is moving his job 250 miles away - but sends only his own letter, no transfer letter and no orders
(hardship_doc:relocation; the weekly stubs document the wages and the VA letter the non-taxable compensation); ai5 the
city's semi-monthly advices were paid on May 20 and June 5, 2037 and the packet arrived on September 15, more than 90
days later, with no bank statements (income_doc:wages); ai6 the husband is named as co-borrower on RH-190 but his
signature and date are empty (application_signature; unemployment income and the unemployment hardship need
nothing); ai7 a surviving spouse claims her Navy survivor annuity as taxable benefits, but no award letter and no bank
statements came (income_doc:benefits_taxable; the city stubs document the wages and the death certificate the death).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and must give each scenario's intended codes. `--check` validates every expected.json
(keys, codes, types, dates, income totals, that every listed page exists, no page is listed twice and every page of
every file belongs to a document - the separator and fax cover sheets aside -, that `scanned` matches the absence of a
text layer, monthly gross against the current gross, that consecutive statements of an account chain, that no full
SSN is written, that the checklist applied to expected.json ALONE gives its missing codes, and that expected.json
scores perfectly against itself through tests/sample_compare.compare) and rebuilds every packet to confirm that the
same seed gives the same bytes. Received dates fall between March and October 2037. Every file is the same bytes for a
seed: reportlab runs in invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. The
scaffolding (signature strokes, print-and-scan, Form 710 filling, the Packet bookkeeping, `missing_codes`, `check`,
`main`) follows holdout_packets_af.py. All people, employers, banks and servicers are fictional (the VA and the IRS
form aside); SSNs use the 900-999 area and appear in expected.json as last four only, and every page carries a faint
"synthetic test document" line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
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
    c.setCreator("holdout_packets_ai")
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
    writer.add_metadata({"/Producer": "holdout_packets_ai"})
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
    """Taxes as shares of the gross; deductions as fixed amounts a check or as shares of the gross."""

    fed: float = 0.09
    state: float = 0.035
    fica: bool = True
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check
    pct: tuple[tuple[str, float], ...] = ()  # label, share of the gross
    labels: tuple[str, str, str, str] = ("Federal income tax", "Social Security", "Medicare", "State income tax")

    def taxes(self, gross: float) -> dict[str, float]:
        fed, ss, med, st = self.labels
        out = {fed: r2(gross * self.fed)}
        if self.fica:
            out[ss] = r2(gross * 0.062)
            out[med] = r2(gross * 0.0145)
        if self.state:
            out[st] = r2(gross * self.state)
        return out

    def deds(self, gross: float) -> dict[str, float]:
        out = {k: r2(gross * v) for k, v in self.pct}
        out.update(dict(self.deductions))
        return out


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch.gross))
        items.update(wh.deds(ch.gross))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(wh.deds(ch.gross).values()))


def year_dates(current: dt.date, step: int) -> list[dt.date]:
    """Every pay date of current's calendar year up to current, paid every `step` days."""
    d = current
    while d - dt.timedelta(days=step) >= dt.date(current.year, 1, 1):
        d -= dt.timedelta(days=step)
    out = []
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


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
        if self.type in ("death_certificate", "divorce_decree", "quitclaim_deed"):
            return {}
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
    start: dt.date
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
    extra: dict[str, Any] = field(default_factory=dict)

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
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
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
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "850.00"}
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
    return fixed_pypdf_bytes(writer, f"ai710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "ai710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


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



# --- pay stubs (ai): a health system's earnings statement and a city's payroll deposit advice ------------------


MAROON = Color(0.45, 0.1, 0.18)
CITY_BLUE = Color(0.12, 0.25, 0.42)


def mercy_vale_stub(rng: random.Random, facility: str, address: str, employee: str, emp_id: str, position: str,
                    unit: str, pay_date: dt.date, frequency: str, rate: float, week_hours: float,
                    wh: Withholding, acct: str) -> Stub:
    """Mercy Vale Health's EARNINGS STATEMENT (weekly at its care centres, bi-weekly at its hospitals): hours by
    work week, an earnings table, taxes and deductions stacked, and a PAY SUMMARY column down the right side."""
    step = 7 if frequency == "weekly" else 14
    key = rng_key(rng)
    checks = []
    weeks_now: list[tuple[dt.date, dt.date, float, float, float, float]] = []
    for d in year_dates(pay_date, step):
        rr = random.Random(f"{emp_id}{d}{key}")
        end = d - dt.timedelta(days=6)
        start = end - dt.timedelta(days=step - 1)
        reg = eve = wkd = ot = 0.0
        weeks = []
        for w in range(step // 7):
            r = rr.choice([week_hours, week_hours, week_hours - 4, week_hours - 8])
            e = rr.choice([0.0, 8.0, 12.0, 16.0])
            k = rr.choice([0.0, 0.0, 8.0, 12.0])
            o = rr.choice([0.0, 0.0, 0.0, 4.0, 8.0])
            e, k = min(e, r), min(k, r)
            ws = start + dt.timedelta(days=7 * w)
            weeks.append((ws, ws + dt.timedelta(days=6), r, e, k, o))
            reg, eve, wkd, ot = reg + r, eve + e, wkd + k, ot + o
        lines = {"REG   Regular": (reg, rate, r2(reg * rate)),
                 "EVE   Evening differential": (eve, 2.10, r2(eve * 2.10)),
                 "WKD   Weekend differential": (wkd, 1.75, r2(wkd * 1.75)),
                 "OT    Overtime 1.5": (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))}
        checks.append(Check(d, lines))
        if d == pay_date:
            weeks_now = weeks
    ch = checks[-1]
    assert ch.pay_date == pay_date
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=step - 1)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    deds = wh.deds(ch.gross)
    advice = f"{pay_date.strftime('%y%j')}{emp_id[-3:]}"

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(MAROON)
        c.roundRect(40, 722, 34, 34, 5, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(57, 734, "MV")
        c.setFillColor(MAROON)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(82, 744, "MERCY VALE HEALTH")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawString(82, 732, facility)
        c.drawString(82, 722, address)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(572, 744, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        rows = [("Advice no.", advice), ("Pay date", mdy(pay_date)),
                ("Pay period", f"{mdy(start)} - {mdy(end)}"),
                ("Pay frequency", "Weekly" if frequency == "weekly" else "Bi-weekly")]
        y = 731
        for k, v in rows:
            c.setFont("Helvetica", 7.5)
            c.drawRightString(474, y, k)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(480, y, v)
            y -= 10
        c.setStrokeColor(MAROON)
        c.setLineWidth(1.4)
        c.line(40, 686, 572, 686)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        c.setFont("Helvetica-Bold", 8)
        info = [("Employee", employee, 40), ("ID", emp_id, 210), ("Position", position, 280), ("Unit", unit, 470)]
        for lab, val, x in info:
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x, 674, lab.upper())
            c.setFont("Helvetica", 9)
            c.drawString(x, 663, val)
        c.line(40, 656, 572, 656)
        # hours by work week
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 642, "HOURS WORKED BY WORK WEEK")
        y = 630
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((40, "WEEK"), (120, "SUN - SAT")):
            c.drawString(x, y, t)
        for x, t in ((262, "REGULAR"), (312, "EVENING"), (362, "WEEKEND"), (414, "OVERTIME")):
            c.drawRightString(x, y, t)
        c.line(40, y - 3, 420, y - 3)
        c.setFont("Helvetica", 8.5)
        y -= 13
        for i, (ws, we, r, e, k, o) in enumerate(weeks_now, 1):
            c.drawString(40, y, f"Week {i}")
            c.drawString(120, y, f"{mdy(ws)} - {mdy(we)}")
            for x, v in ((262, r), (312, e), (362, k), (414, o)):
                c.drawRightString(x, y, f"{v:.2f}")
            y -= 11
        # earnings
        y -= 12
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "EARNINGS")
        y -= 12
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y, "CODE  DESCRIPTION")
        for x, t in ((238, "HOURS"), (288, "RATE"), (350, "CURRENT"), (418, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.line(40, y - 3, 420, y - 3)
        y -= 13
        c.setFont("Courier", 8.5)
        for lab, (hrs, rt, amt) in ch.lines.items():
            if not amt and not ytd.get(lab):
                continue
            c.drawString(40, y, lab)
            c.drawRightString(238, y, f"{hrs:.2f}" if hrs else "")
            c.drawRightString(288, y, f"{rt:.2f}" if hrs else "")
            c.drawRightString(350, y, money(amt) if amt else "")
            c.drawRightString(418, y, money(ytd[lab]))
            y -= 11
        c.line(300, y + 7, 420, y + 7)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 2, "Total earnings")
        c.drawRightString(350, y - 2, money(ch.gross))
        c.drawRightString(418, y - 2, money(ytd["GROSS"]))
        y -= 24
        for title, items in (("TAXES WITHHELD", taxes), ("DEDUCTIONS", deds)):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, title)
            c.setFont("Helvetica-Bold", 7)
            c.drawRightString(350, y, "CURRENT")
            c.drawRightString(418, y, "YEAR TO DATE")
            c.line(40, y - 3, 420, y - 3)
            y -= 13
            c.setFont("Helvetica", 8.5)
            for k, v in items.items():
                c.drawString(40, y, k)
                c.drawRightString(350, y, money(v))
                c.drawRightString(418, y, money(ytd[k]))
                y -= 11
            y -= 10
        # pay summary column
        x0, top = 440, 650
        c.setFillColor(MAROON)
        c.rect(x0, top - 18, 132, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(x0 + 66, top - 12, "PAY SUMMARY")
        c.setFillColor(black)
        boxes = [("GROSS PAY", ch.gross, ytd["GROSS"]), ("TAXES", sum(taxes.values()), sum(ytd[k] for k in taxes)),
                 ("DEDUCTIONS", sum(deds.values()), sum(ytd[k] for k in deds)), ("NET PAY", net, ytd["NET"])]
        yy = top - 18
        for i, (lab, cur, yr) in enumerate(boxes):
            hgt = 58 if i < 3 else 66
            c.setFillGray(0.95 if i < 3 else 0.86)
            c.rect(x0, yy - hgt, 132, hgt, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x0 + 6, yy - 12, lab)
            c.setFont("Helvetica-Bold", 12 if i == 3 else 10.5)
            c.drawRightString(x0 + 126, yy - 30, "$" + money(r2(cur)))
            c.setFont("Helvetica", 7)
            c.drawString(x0 + 6, yy - hgt + 8, "Year to date")
            c.drawRightString(x0 + 126, yy - hgt + 8, money(r2(yr)))
            yy -= hgt
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 92, f"Net pay deposited: Checking ****{acct[-4:]}  ${money(net)}")
        pto = f"{rng.randrange(24, 140)}.{rng.randrange(10, 99)}"
        c.drawString(40, 81, f"Paid time off balance after this period: {pto} hours")
        c.drawString(40, 70, "Questions: Mercy Vale Health Payroll Service Center, 1-800-555-0147, option 2.")
        return []

    return Stub(Paper([page]), stub_fields("Mercy Vale Health", employee, ch, start, end, frequency, ytd["GROSS"],
                                           net), pay_date)


def city_seal(c: Canvas, x: float, y: float, r: float, initials: str, color: Color) -> None:
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(1.6)
    c.circle(x, y, r, stroke=1, fill=0)
    c.setLineWidth(0.6)
    c.circle(x, y, r - 4, stroke=1, fill=0)
    c.setFont("Times-Bold", r * 0.62)
    c.drawCentredString(x, y - r * 0.2, initials)
    c.restoreState()


def city_stub(rng: random.Random, city: str, state: str, dept_line: str, address: str, employee: str, emp_no: str,
              department: str, job: str, pay_date: dt.date, frequency: str, rate: float, longevity: float,
              wh: Withholding, acct: str, salary: float = 0.0) -> Stub:
    """A city's PAYROLL DEPOSIT ADVICE (municipal payroll): a ruled header table of the employee's facts, EARNINGS,
    then TAXES AND DEDUCTIONS with a TAX / PRE / POST type column, LEAVE BALANCES, and a CURRENT / YEAR TO DATE
    totals table. Bi-weekly hourly (every other Friday, the period ending six days before) or semi-monthly salaried
    (the 1st-15th paid on the 20th, the 16th-month end paid on the 5th of the next month)."""
    key = rng_key(rng)
    if frequency == "biweekly":
        dates = year_dates(pay_date, 14)
    else:
        dates = []
        for m in range(1, pay_date.month + 1):
            for day in (5, 20):
                d = dt.date(pay_date.year, m, day)
                if d <= pay_date:
                    dates.append(d)

    def period(d: dt.date) -> tuple[dt.date, dt.date]:
        if frequency == "biweekly":
            e = d - dt.timedelta(days=6)
            return e - dt.timedelta(days=13), e
        if d.day == 20:
            return d.replace(day=1), d.replace(day=15)
        prev_end = d.replace(day=1) - dt.timedelta(days=1)
        return prev_end.replace(day=16), prev_end

    checks = []
    for d in dates:
        rr = random.Random(f"{emp_no}{d}{key}")
        lines: dict[str, tuple[float, float, float]] = {}
        if frequency == "biweekly":
            hol = rr.choice([0.0, 0.0, 0.0, 8.0])
            reg = 80.0 - hol
            lines["REGULAR"] = (reg, rate, r2(reg * rate))
            lines["HOLIDAY"] = (hol, rate, r2(hol * rate))
            ot = rr.choice([0.0, 0.0, 2.5, 4.0, 6.0, 10.0])
            lines["OVERTIME 1.5"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        else:
            lines["REGULAR SALARY"] = (86.67, r2(salary / 86.67), salary)
        lines["LONGEVITY"] = (0.0, 0.0, longevity)
        checks.append(Check(d, lines))
    ch = checks[-1]
    assert ch.pay_date == pay_date
    ytd = ytd_of(checks, wh)
    start, end = period(pay_date)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    deds = wh.deds(ch.gross)
    pre = {k for k, _ in wh.pct} | {k for k, _ in wh.deductions if "(PRE)" in k or "457" in k}

    def page(c: Canvas) -> list[Mark]:
        city_seal(c, 66, 736, 24, "".join(w[0] for w in city.split()[-2:]), CITY_BLUE)
        c.setFillColor(CITY_BLUE)
        c.setFont("Times-Bold", 16)
        c.drawString(100, 742, f"CITY OF {city.upper()}")
        c.setFillColor(black)
        c.setFont("Times-Roman", 9)
        c.drawString(100, 730, dept_line)
        c.drawString(100, 719, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 742, "PAYROLL DEPOSIT ADVICE")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 731, "NON-NEGOTIABLE  -  FOR YOUR RECORDS")
        # header table
        heads = [("EMPLOYEE NAME", employee, 128), ("EMPLOYEE NO.", emp_no, 60), ("DEPARTMENT", department, 96),
                 ("JOB CLASS", job, 96), ("PAY PERIOD", f"{mdy(start)} - {mdy(end)}", 100),
                 ("PAY DATE", mdy(pay_date), 52)]
        x = 40.0
        top = 700
        c.setLineWidth(0.6)
        for cap, val, wd in heads:
            c.setFillColor(CITY_BLUE)
            c.rect(x, top - 13, wd, 13, stroke=1, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, top - 9.5, cap)
            c.setFillColor(black)
            c.rect(x, top - 30, wd, 17, stroke=1, fill=0)
            c.setFont("Helvetica", 7.8)
            c.drawString(x + 3, top - 25, val)
            x += wd
        c.setFont("Helvetica", 8)
        c.drawString(40, top - 44, "Pay frequency: " + ("Bi-weekly (26 pays)" if frequency == "biweekly"
                                                      else "Semi-monthly (24 pays)"))
        c.drawString(220, top - 44, f"Pay group: {'H2' if frequency == 'biweekly' else 'S1'}")
        c.drawString(330, top - 44, f"Deposit to: checking ****{acct[-4:]}")

        def table(y: float, title: str, cols: Sequence[tuple[str, float, str]], rows: Sequence[Sequence[str]]) -> float:
            c.setFillGray(0.85)
            c.rect(40, y - 14, 532, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(44, y - 10, title)
            y -= 26
            c.setFont("Helvetica-Bold", 7)
            for name, x, al in cols:
                (c.drawString if al == "l" else c.drawRightString)(x, y, name)
            c.line(40, y - 3, 572, y - 3)
            y -= 13
            c.setFont("Helvetica", 8.5)
            for row in rows:
                for (_name, x, al), val in zip(cols, row, strict=True):
                    (c.drawString if al == "l" else c.drawRightString)(x, y, val)
                y -= 11.5
            c.line(40, y + 6, 572, y + 6)
            return y - 10

        cols = [("EARNING TYPE", 44, "l"), ("HOURS", 300, "r"), ("RATE", 370, "r"), ("CURRENT", 460, "r"),
                ("YEAR TO DATE", 566, "r")]
        rows = []
        for lab, (hrs, rt, amt) in ch.lines.items():
            if not amt and not ytd.get(lab):
                continue
            rows.append([lab, f"{hrs:.2f}" if hrs else "", f"{rt:.4f}" if hrs else "", money(amt) if amt else "",
                         money(ytd[lab])])
        rows.append(["GROSS EARNINGS", "", "", money(ch.gross), money(ytd["GROSS"])])
        y = table(640, "EARNINGS", cols, rows)
        cols = [("DESCRIPTION", 44, "l"), ("TYPE", 300, "l"), ("CURRENT", 460, "r"), ("YEAR TO DATE", 566, "r")]
        rows = [[k, "TAX", money(v), money(ytd[k])] for k, v in taxes.items()]
        rows += [[k, "PRE" if k in pre else "POST", money(v), money(ytd[k])] for k, v in deds.items()]
        y = table(y, "TAXES AND DEDUCTIONS", cols, rows)
        lv = []
        for name, base in (("VACATION", 96.0), ("SICK", 212.0), ("COMP TIME", 11.5)):
            used = random.Random(f"{emp_no}{name}{pay_date}").choice([0.0, 0.0, 4.0, 8.0])
            earned = {"VACATION": 4.62, "SICK": 3.69, "COMP TIME": 0.0}[name]
            lv.append([name, f"{base:.2f}", f"{earned:.2f}", f"{used:.2f}", f"{base + earned - used:.2f}"])
        cols = [("LEAVE", 44, "l"), ("BEGINNING", 300, "r"), ("EARNED", 370, "r"), ("USED", 460, "r"),
                ("ENDING BALANCE", 566, "r")]
        y = table(y, "LEAVE BALANCES (HOURS)", cols, lv)
        # totals
        y -= 6
        heads2 = ["", "GROSS EARNINGS", "TAXES", "DEDUCTIONS", "NET PAY"]
        cur = [ch.gross, sum(taxes.values()), sum(deds.values()), net]
        yr = [ytd["GROSS"], sum(ytd[k] for k in taxes), sum(ytd[k] for k in deds), ytd["NET"]]
        widths = [92, 110, 110, 110, 110]
        x = 40.0
        for i, hd in enumerate(heads2):
            c.setFillColor(CITY_BLUE)
            c.rect(x, y - 14, widths[i], 14, stroke=1, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + widths[i] / 2, y - 10, hd)
            c.setFillColor(black)
            for row, vals in ((1, cur), (2, yr)):
                c.rect(x, y - 14 - 16 * row, widths[i], 16, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(x + 4, y - 9 - 16 * row, "CURRENT" if row == 1 else "YEAR TO DATE")
                else:
                    c.setFont("Helvetica-Bold" if i == 4 else "Helvetica", 9)
                    c.drawRightString(x + widths[i] - 6, y - 9 - 16 * row, money(r2(vals[i - 1])))
            x += widths[i]
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 70, f"City of {city}, {state}  -  Department of Finance, Payroll Division.  Report "
                                 "errors to payroll within 30 days.")
        return []

    return Stub(Paper([page]), stub_fields(f"City of {city}", employee, ch, start, end, frequency, ytd["GROSS"], net),
                pay_date)


# --- bank statements (ai) -------------------------------------------------------------------------------------


def month_lines(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                debits: Sequence[tuple[str, float, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and debits drawn between low and high."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


RURAL_DEBITS = (("CO-OP FUEL & SUPPLY POS", 40, 160), ("HY-VEE FOOD STORE POS", 60, 190),
                ("SIOUX VALLEY ENERGY ACH", 110, 240), ("FARMERS MUTUAL INS ACH", 90, 180),
                ("CASEY'S #2231 POS", 20, 70), ("ALLIANT TELECOM ACH", 60, 95), ("ATM WITHDRAWAL", 40, 100),
                ("TRACTOR SUPPLY #0987 POS", 30, 150))
TOWN_DEBITS = (("MORTGAGE PMT - PARTIAL ONLINE", 900, 1350), ("AUTO LOAN - PLATTE VALLEY ACH", 310, 420),
               ("HOSPITAL BILLING ONLINE PMT", 180, 520), ("CREDIT CARD PAYMENT ONLINE", 150, 600),
               ("ALDI 44102 DEBIT CARD", 40, 130),
               ("WATER & SEWER UTILITY ONLINE", 60, 120), ("SPECTRUM ACH", 70, 110), ("SHELL 8812 DEBIT CARD", 25, 70),
               ("CVS PHARMACY 3301 DEBIT CARD", 12, 60), ("PROGRESSIVE INS ACH", 95, 160), ("ATM CASH", 40, 120),
               ("TARGET T-1412 DEBIT CARD", 20, 110))


def lennox_statement(rng: random.Random, holder: Sequence[str], address: Sequence[str], acct: str, year: int,
                     month: int, begin: float, credits: Sequence[tuple[int, str, float]], checks: Sequence[int],
                     kind: str = "FARM AND RANCH CHECKING") -> Statement:
    """Lennox Valley State Bank: one page; a centred serif heading, the account and period in a two-column table at
    the right, the balance summary as a dotted list, and activity in DEPOSITS / CHECKS PAID / OTHER DEBITS sections
    whose lines read Date | Amount | Description (the amount before the description)."""
    bank = "Lennox Valley State Bank"
    start, end = month_bounds(year, month)
    lines = month_lines(rng, start, end, credits, (*RURAL_DEBITS[:6], ("LENNOX FEED & SEED POS", 380, 1150),
                                                   ("BIG SIOUX FARM CREDIT LOAN PMT", 880, 1240)))
    days = sorted(start + dt.timedelta(days=rng.randrange((end - start).days + 1)) for _ in checks)
    chk = [(d, f"{n}", -r2(rng.uniform(45, 380))) for d, n in zip(days, sorted(checks), strict=True)]
    alll = lines + chk
    ending = r2(begin + sum(a for _, _, a in alll))
    deps = [t for t in lines if t[2] > 0]
    other = [t for t in lines if t[2] < 0]

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 748, "LENNOX VALLEY STATE BANK")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 737, "Main Office 401 Elm Street, Lennox, SD 57039  -  (605) 555-0113  -  "
                                        "Member FDIC")
        c.setLineWidth(0.4)
        c.line(40, 729, 572, 729)
        c.setFont("Helvetica", 9)
        y = 700
        for ln in [*holder, *address]:
            c.drawString(56, y, ln)
            y -= 11.5
        rows = [("Account", f"{kind}"), ("Account number", f"XXXXXX{acct[-4:]}"), ("Statement date", mdy(end)),
                ("Beginning date", mdy(start)), ("Ending date", mdy(end)), ("Page", "1 of 1")]
        y = 712
        for k, v in rows:
            c.setFont("Helvetica", 7.5)
            c.drawString(360, y, k)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(440, y, v)
            y -= 11
        y = 630
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "BALANCE SUMMARY")
        y -= 14
        summ = [(f"Previous balance as of {mdy(start - dt.timedelta(days=1))}", money(begin)),
                (f"{len(deps)} deposits and credits", money(r2(sum(t[2] for t in deps)))),
                (f"{len(chk)} checks paid", money(r2(-sum(t[2] for t in chk)))),
                (f"{len(other)} other debits", money(r2(-sum(t[2] for t in other)))),
                (f"New balance as of {mdy(end)}", money(ending))]
        from reportlab.pdfbase.pdfmetrics import stringWidth

        for k, v in summ:
            c.setFont("Helvetica", 8.5)
            c.drawString(56, y, k)
            w0 = 56 + stringWidth(k, "Helvetica", 8.5) + 4
            c.setFont("Helvetica", 8.5)
            dots = "." * int((330 - w0) / stringWidth(".", "Helvetica", 8.5))
            c.drawString(w0, y, dots)
            c.drawRightString(400, y, v)
            y -= 12
        y -= 10
        for title, part in (("DEPOSITS AND OTHER CREDITS", deps), ("OTHER DEBITS", other)):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, title)
            y -= 12
            c.setFont("Helvetica-Bold", 7)
            c.drawString(56, y, "DATE")
            c.drawRightString(160, y, "AMOUNT")
            c.drawString(180, y, "DESCRIPTION")
            c.line(40, y - 3, 572, y - 3)
            y -= 12
            c.setFont("Helvetica", 8.5)
            for d, desc, a in part:
                c.drawString(56, y, d.strftime("%m/%d"))
                c.drawRightString(160, y, money(abs(a)))
                c.drawString(180, y, desc)
                y -= 11
            y -= 10
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "CHECKS PAID")
        y -= 12
        c.setFont("Helvetica-Bold", 7)
        for col in range(3):
            x = 56 + col * 175
            c.drawString(x, y, "NUMBER")
            c.drawString(x + 45, y, "DATE")
            c.drawRightString(x + 140, y, "AMOUNT")
        c.line(40, y - 3, 572, y - 3)
        y -= 12
        c.setFont("Helvetica", 8.5)
        for i, (d, num, a) in enumerate(chk):
            x = 56 + (i % 3) * 175
            c.drawString(x, y, num)
            c.drawString(x + 45, y, d.strftime("%m/%d"))
            c.drawRightString(x + 140, y, money(abs(a)))
            if i % 3 == 2:
                y -= 11
        y -= 28
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y, "In case of errors or questions about your electronic transfers, call (605) 555-0113 or "
                            "write to us at the address above.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


SILVER = Color(0.33, 0.38, 0.44)


def silverleaf_statement(rng: random.Random, holder: Sequence[str], address: Sequence[str], acct: str, year: int,
                         month: int, begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Silverleaf Bank: two pages; a leaf mark, the period at the top right, a 'Your month at a glance' sentence over
    a four-line summary, and transactions GROUPED UNDER SHADED DATE HEADINGS ('Tue, Mar 3') with each day's closing
    balance at the heading's right and signed amounts under it, continued on page 2."""
    bank = "Silverleaf Bank"
    start, end = month_bounds(year, month)
    lines = month_lines(rng, start, end, credits, TOWN_DEBITS)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    days: dict[dt.date, list[tuple[str, float]]] = {}
    for d, desc, a in lines:
        days.setdefault(d, []).append((desc, a))
    groups = []
    bal = begin
    for d in sorted(days):
        bal = r2(bal + sum(a for _, a in days[d]))
        groups.append((d, days[d], bal))
    first = []
    n = 0
    for g in groups:
        if n + len(g[1]) + 1 > 22:
            break
        first.append(g)
        n += len(g[1]) + 1
    rest = groups[len(first):]

    def head(c: Canvas, pg: int) -> None:
        c.setFillColor(Color(0.25, 0.5, 0.35))
        p = c.beginPath()
        p.moveTo(48, 736)
        p.curveTo(56, 762, 78, 760, 80, 752)
        p.curveTo(72, 738, 60, 734, 48, 736)
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(SILVER)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(88, 740, "Silverleaf Bank")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(88, 729, "silverleafbank.example  -  1-888-555-0166")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, 748, "Checking Statement")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 737, f"{long_date(start)} to {long_date(end)}")
        c.drawRightString(572, 726, f"Account ending in {acct[-4:]}   |   Page {pg} of 2")
        c.setStrokeColor(SILVER)
        c.setLineWidth(0.8)
        c.line(40, 716, 572, 716)
        c.setStrokeColor(black)

    def groups_at(c: Canvas, y: float, part: Sequence[tuple[dt.date, list[tuple[str, float]], float]]) -> float:
        for d, items, b in part:
            c.setFillGray(0.9)
            c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(46, y, d.strftime("%a, %b ") + str(d.day))
            c.setFont("Helvetica", 7.5)
            c.drawRightString(566, y, f"End of day balance  {money(b)}")
            y -= 14
            c.setFont("Helvetica", 8.5)
            for desc, a in items:
                c.drawString(60, y, desc)
                c.drawRightString(470, y, ("+" if a > 0 else "-") + money(abs(a)))
                y -= 12
            y -= 3
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 694
        for ln in [*holder, *address]:
            c.drawString(52, y, ln)
            y -= 11.5
        c.setFont("Helvetica-Bold", 10)
        c.drawString(300, 694, "Your month at a glance")
        paragraphs(c, 300, 680, 272, [
            f"You started {start.strftime('%B')} with ${money(begin)}. ${money(dep)} came in and ${money(wd)} went "
            f"out, so you ended the month with ${money(ending)}."], font="Helvetica", size=8.5, leading=11)
        y = 636
        for k, v in (("Beginning balance", begin), ("Money in", dep), ("Money out", -wd), ("Ending balance", ending)):
            c.setFont("Helvetica-Bold" if "balance" in k else "Helvetica", 8.5)
            c.drawString(300, y, k)
            c.drawRightString(572, y, ("-" if v < 0 else "") + money(abs(v)))
            y -= 12
        c.line(300, y + 21, 572, y + 21)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 570, "Transactions")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(470, 570, "Amount")
        groups_at(c, 552, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 696, "Transactions (continued)")
        y = groups_at(c, 676, rest)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, y - 6, f"Ending balance on {long_date(end)}")
        c.drawRightString(566, y - 6, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 40, "Member FDIC. Questions about an electronic transfer? Call us within 60 days of "
                                 "this statement.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- letters and papers (ai) ----------------------------------------------------------------------------------


def va_summary(vet: str, address: Sequence[str], date: dt.date, monthly: float, rating: int) -> Letter:
    paras = ["This letter is a summary of benefits you currently receive from the Department of Veterans Affairs "
             "(VA). You can use it to show your VA benefits to a lender or a housing agency.",
             "Your service-connected disability compensation is paid monthly. VA disability compensation is not "
             "taxable income."]
    table = [("Veteran", vet), ("Combined service-connected evaluation", f"{rating}%"),
             ("Current monthly award amount", "$" + money(monthly)), ("Frequency of payment", "Monthly"),
             ("Effective date of last change", mdy(dt.date(date.year - 1, 12, 1)))]
    paper = simple_letter(("DEPARTMENT OF VETERANS AFFAIRS", "Regional Benefit Office  -  Benefit Summary Letter",
                           Color(0.1, 0.2, 0.4)), date, [vet, *address], "Re: Summary of VA benefits", paras,
                          ["Sincerely yours,", "", "Regional Office Director"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def mers_letter(city: str, member: str, address: Sequence[str], date: dt.date, monthly: float,
                since: dt.date) -> Letter:
    paras = [f"At your request, this letter confirms the retirement benefit paid to you by the City of {city} "
             "Municipal Employees' Retirement System.",
             "Your benefit is paid on the first business day of each month by direct deposit. Federal income tax "
             "is withheld as you elected; the benefit is reported to you each January on Form 1099-R.",
             "The amount below includes this year's cost-of-living adjustment."]
    table = [("Retiree", member), ("Benefit type", "Service retirement - joint and survivor"),
             ("Benefit effective", long_date(since)), ("Gross monthly benefit", "$" + money(monthly)),
             ("Paid", "Monthly")]
    paper = simple_letter((f"CITY OF {city.upper()} MUNICIPAL EMPLOYEES' RETIREMENT SYSTEM",
                           f"City Hall Annex, 2nd Floor  -  {city}  -  Retirement office (555) 555-0120",
                           CITY_BLUE), date, [member, *address], "Re: Benefit verification", paras,
                          ["Sincerely,", "", "Retirement Services Coordinator"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def medical_statement(patient: str, date: dt.date, clinic: str, clinic_addr: str, doctor: str,
                      since: dt.date) -> Letter:
    paras = ["To whom it may concern:",
             f"{patient} has been under my care since {long_date(since)} for a serious medical condition. "
             "Because of this condition and its treatment, the patient has been unable to work and is expected to "
             "remain unable to work for at least the next six months.",
             "I am providing this statement at the patient's request. Please contact my office with any questions; "
             "details of the diagnosis are not released without the patient's written authorization."]
    paper = simple_letter((clinic.upper(), clinic_addr, Color(0.1, 0.4, 0.45)), date, [],
                          f"Re: {patient} - statement of medical condition", paras,
                          ["Sincerely,", "", doctor, clinic])
    return Letter(paper, "medical_statement", date)


def death_certificate(state: str, county: str, name: str, sex: str, born: dt.date, died: dt.date, place: str,
                      residence: str, spouse: str, informant: str, filed: dt.date, number: str) -> Letter:
    """A certified copy of a state certificate of death: numbered boxes, the registrar's certification below."""

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(34, 60, W - 68, 700, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.rect(40, 66, W - 80, 688, stroke=1, fill=0)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, 730, f"STATE OF {state.upper()}")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 718, "DEPARTMENT OF HEALTH  -  OFFICE OF VITAL RECORDS")
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 698, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 52, 740, f"State file no. {number}")
        boxes = [[("1. DECEDENT'S LEGAL NAME", name, 360), ("2. SEX", sex, 60), ("3. DATE OF DEATH", mdy(died), 92)],
                 [("4. DATE OF BIRTH", mdy(born), 120), ("5. AGE", str(died.year - born.year - (
                     (died.month, died.day) < (born.month, born.day))), 60),
                  ("6. PLACE OF DEATH", place, 332)],
                 [("7. RESIDENCE", residence, 512)],
                 [("8. MARITAL STATUS AT TIME OF DEATH", "Married", 200), ("9. SURVIVING SPOUSE", spouse, 312)],
                 [("10. INFORMANT", informant, 256), ("11. COUNTY OF DEATH", county, 256)],
                 [("12. MANNER OF DEATH", "Natural", 160), ("13. DATE FILED BY REGISTRAR", mdy(filed), 160),
                  ("14. METHOD OF DISPOSITION", "Burial", 192)]]
        y = 670
        for row in boxes:
            x = 50.0
            for cap, val, wd in row:
                c.rect(x, y - 36, wd, 36, stroke=1, fill=0)
                c.setFont("Helvetica-Bold", 6.5)
                c.drawString(x + 3, y - 9, cap)
                c.setFont("Courier", 10)
                c.drawString(x + 6, y - 27, val)
                x += wd
            y -= 36
        paragraphs(c, 56, y - 30, W - 112, [
            "I certify that this is a true and correct copy of the official record filed with the Office of Vital "
            "Records.", f"Date issued: {long_date(filed + dt.timedelta(days=9))}"], font="Times-Roman", size=10)
        c.setFont("Times-Italic", 9)
        c.drawString(330, y - 110, "State Registrar of Vital Records")
        c.line(330, y - 98, 540, y - 98)
        c.circle(120, y - 110, 30, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawCentredString(120, y - 112, "RAISED SEAL")
        return []

    lt = Letter(Paper([page]), "death_certificate", filed)
    return lt


# --- the servicers' own forms (ai) ----------------------------------------------------------------------------

FC_GREEN = Color(0.13, 0.36, 0.2)
NAVY = Color(0.08, 0.14, 0.33)


def sw(text: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(text, font, size)


def xbox(c: Canvas, x: float, y: float, on: bool, size: float = 8.0, mark: str = "X") -> None:
    """A small square box with its bottom-left at (x, y); marked with a typed X or a typed tick when on."""
    c.setLineWidth(0.6)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if on:
        if mark == "X":
            c.setFont("Helvetica-Bold", size + 0.5)
            c.drawCentredString(x + size / 2, y + 1.2, "X")
        else:
            c.setFont("ZapfDingbats", size)
            c.drawString(x + 0.8, y + 1.0, "4")


def fieldset(c: Canvas, top: float, height: float, title: str, color: Color) -> None:
    """A ruled panel with rounded corners whose title sits in a gap in its top border."""
    c.setStrokeColor(color)
    c.setLineWidth(0.9)
    c.roundRect(40, top - height, 532, height, 6, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 9.5)
    tw = sw(title, "Helvetica-Bold", 9.5)
    c.setFillColor(white)
    c.rect(50, top - 5, tw + 12, 10, stroke=0, fill=1)
    c.setFillColor(color)
    c.drawString(56, top - 3.3, title)
    c.setFillColor(black)
    c.setStrokeColor(black)


def dotted(c: Canvas, x: float, y: float, width: float, label: str, value: str, font: str = "Courier",
           size: float = 10) -> None:
    """A label with a colon, then a dotted answer line to the end of its width, the typed answer on it."""
    c.setFont("Helvetica", 8.5)
    c.drawString(x, y, label)
    x1 = x + sw(label, "Helvetica", 8.5) + 4
    c.saveState()
    c.setDash(0.6, 1.8)
    c.setLineWidth(0.7)
    c.line(x1, y - 2, x + width, y - 2)
    c.restoreState()
    c.setFont(font, size)
    c.drawString(x1 + 3, y, value)


FC_REASONS = ("Loss of my off-farm job or other employment", "Reduced income, wages or hours",
              "Higher property taxes, insurance or housing costs", "Drought, flood, hail, fire or other disaster",
              "Illness, injury or disability in the household", "Divorce or legal separation",
              "Separation of unmarried co-owners", "Death of a borrower or a wage earner",
              "Distant job transfer or relocation", "Other - describe below")
FC_INCOME = ("Gross wages and salaries (off-farm jobs included)", "Net farm, ranch or other self-employment income",
             "Unemployment benefits", "Taxable Social Security, pension or disability benefits",
             "Non-taxable Social Security, SSI or VA disability benefits", "Net rental income (cash rent, housing)",
             "Investment, patronage or insurance income", "Other income (alimony, child support, other)")


def rh190(app: App, ink: bool) -> Paper:
    """Big Sioux Farm Credit's Rural Home Loan Servicing Office: form RH-190, two pages of fieldset panels."""
    ex = app.extra

    def header(c: Canvas, page: int) -> None:
        c.setStrokeColor(FC_GREEN)
        c.setFillColor(FC_GREEN)
        c.setLineWidth(1.4)
        c.circle(60, 738, 19, stroke=1, fill=0)
        c.setLineWidth(1.1)
        c.line(60, 724, 60, 752)
        for i in range(4):
            yy = 731 + i * 5.5
            c.ellipse(60.5, yy, 66.5, yy + 4.5, stroke=0, fill=1)
            c.ellipse(53.5, yy + 2, 59.5, yy + 6.5, stroke=0, fill=1)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(88, 742, "Big Sioux Farm Credit, ACA")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(88, 730, "Rural Home Loan Servicing Office  -  2200 Cooperative Drive, Lennox, SD 57039  -  "
                              "(605) 555-0150")
        c.setLineWidth(0.6)
        c.rect(470, 726, 102, 28, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(476, 744, "Form RH-190 (03/2037)")
        c.setFont("Helvetica", 7.5)
        c.drawString(476, 732, f"Page {page} of 2")

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 704, "REQUEST FOR RURAL HOME LOAN SERVICING ASSISTANCE")
        paragraphs(c, 44, 690, 524, [
            "Use this request if you are having trouble making the payments on your rural home loan with the "
            "Association. Type or print. Mark boxes with an X. Answer every item, sign page 2 and send it back to "
            "the Servicing Office with the papers on the enclosed list."], font="Helvetica", size=8, leading=10)
        top = 660
        fieldset(c, top, 104, "A.  Loan and stockholder information", FC_GREEN)
        y = top - 22
        dotted(c, 52, y, 240, "Loan number:", app.loan)
        dotted(c, 310, y, 252, "Stockholder (member) no.:", ex.get("member", ""))
        y -= 20
        dotted(c, 52, y, 370, "Borrower (stockholder of record):", app.borrower)
        dotted(c, 440, y, 122, "Last 4 of SSN:", app.ssn[-4:])
        y -= 20
        dotted(c, 52, y, 370, "Co-borrower:", app.co or "")
        dotted(c, 440, y, 122, "Last 4 of SSN:", (app.co_ssn or "")[-4:])
        y -= 20
        dotted(c, 52, y, 200, "Home phone:", app.phone)
        dotted(c, 270, y, 292, "E-mail:", app.email)
        top = 540
        fieldset(c, top, 96, "B.  The residence", FC_GREEN)
        y = top - 22
        dotted(c, 52, y, 510, "Street address of the residence:", app.street)
        y -= 20
        dotted(c, 52, y, 250, "Town:", app.city)
        dotted(c, 318, y, 90, "State:", app.state)
        dotted(c, 424, y, 138, "ZIP code:", app.zip)
        y -= 22
        c.setFont("Helvetica", 8.5)
        c.drawString(52, y, "Who lives in the residence? (mark one)")
        x = 222
        for occ, text in zip(OCCUPANCIES, ("Our primary home", "Second or seasonal home", "Rented to a tenant"),
                             strict=True):
            xbox(c, x, y - 1, app.occupancy == occ)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 12, y, text)
            x += 12 + sw(text, "Helvetica", 8.5) + 16
        y -= 18
        c.drawString(52, y, "Is the residence on a farm tract that also secures an Association operating or real "
                            "estate loan?")
        xbox(c, 462, y - 1, ex.get("farm_tract", False))
        c.setFont("Helvetica", 8.5)
        c.drawString(474, y, "Yes")
        xbox(c, 500, y - 1, not ex.get("farm_tract", False))
        c.setFont("Helvetica", 8.5)
        c.drawString(512, y, "No")
        top = 428
        fieldset(c, top, 176, "C.  Financial hardship", FC_GREEN)
        c.setFont("Helvetica", 8.5)
        c.drawString(52, top - 20, "What caused your difficulty? Mark every cause that applies.")
        for i, reason in enumerate(FC_REASONS):
            col, row = divmod(i, 5)
            x = 56 + col * 256
            y = top - 38 - row * 15
            xbox(c, x, y - 1, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 13, y, reason)
        y = top - 122
        dotted(c, 52, y, 510, "Other cause - describe:", app.other_text)
        y -= 20
        dotted(c, 52, y, 300, "Date the hardship began (mm/dd/yyyy):", mdy(app.start) if app.start else "")
        y -= 20
        c.setFont("Helvetica", 8.5)
        c.drawString(52, y, "How long do you expect it to last?")
        x = 200
        for dur, text in (("short", "6 months or less"), ("long", "More than 6 months"), ("resolved", "It has ended")):
            xbox(c, x, y - 1, app.duration == dur)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 12, y, text)
            x += 12 + sw(text, "Helvetica", 8.5) + 18
        c.setFont("Helvetica", 7)
        c.drawString(40, 236, "Big Sioux Farm Credit is an equal opportunity lender. Farm Credit institutions are "
                              "regulated by the Farm Credit Administration.")
        c.drawRightString(572, 40, "RH-190 (03/2037)  -  continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, 706, "Loan number:")
        c.setFont("Courier", 10)
        c.drawString(110, 706, app.loan)
        c.setFont("Helvetica", 8.5)
        c.drawString(250, 706, "Borrower:")
        c.setFont("Courier", 10)
        c.drawString(296, 706, app.borrower)
        top = 686
        fieldset(c, top, 196, "D.  Monthly household income (before taxes, all borrowers together)", FC_GREEN)
        y = top - 24
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(560, y + 6, "AMOUNT EACH MONTH")
        y -= 8
        for i, (k, label) in enumerate(zip(INCOMES, FC_INCOME, strict=True), 1):
            amt = app.income.get(k, 0.0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(52, y, f"D{i}")
            c.setFont("Helvetica", 8.5)
            c.drawString(72, y, label)
            x1 = 72 + sw(label, "Helvetica", 8.5) + 4
            c.drawString(x1, y, "." * int((460 - x1) / sw(".", "Helvetica", 8.5)))
            c.drawString(466, y, "$")
            c.line(474, y - 2, 562, y - 2)
            if amt > 0:
                c.setFont("Courier", 10)
                c.drawRightString(560, y, money(amt))
            y -= 17
        c.setLineWidth(0.6)
        c.line(474, y + 10, 562, y + 10)
        c.line(474, y + 8, 562, y + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y - 4, "D9")
        c.drawString(72, y - 4, "Total monthly household income (D1 through D8)")
        c.drawString(466, y - 4, "$")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(560, y - 4, money(app.total))
        top = 470
        fieldset(c, top, 236, "E.  Certification and signatures", FC_GREEN)
        paragraphs(c, 52, top - 20, 508, [
            "Each of us certifies that the information in this request is true and complete, that the hardship "
            "described above has made it hard to pay our rural home loan, and that we will give the Association "
            "the papers it needs to review this request. We authorize the Association to obtain a credit report on "
            "each borrower. Knowingly false statements may violate federal law."],
            font="Helvetica", size=8, leading=10)
        marks: list[Mark] = []
        people = [("BORROWER", app.borrower, app.b_signs, app.b_dates, 0),
                  ("CO-BORROWER", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, name, signs, dates, k in people:
            x = 52 + k * 258
            c.setLineWidth(0.5)
            c.rect(x, top - 214, 248, 136, stroke=1, fill=0)
            c.setFillGray(0.92)
            c.rect(x, top - 92, 248, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 6, top - 88, role)
            c.setFont("Helvetica", 7.5)
            c.line(x + 8, top - 126, x + 240, top - 126)
            c.drawString(x + 8, top - 135, "Signature")
            c.line(x + 8, top - 162, x + 130, top - 162)
            c.drawString(x + 8, top - 171, "Date signed (mm/dd/yyyy)")
            c.drawString(x + 8, top - 198, "Printed name:")
            c.setFont("Courier", 10)
            c.drawString(x + 62, top - 198, name)
            if signs:
                marks.append(Mark("sig", x + 18, top - 124, w=170, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", x + 14, top - 159, mdy(app.signed_on), size=12, seed=app.seed + 8 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(x + 14, top - 158, mdy(app.signed_on))
        c.setLineWidth(0.5)
        c.setDash(3, 2)
        c.rect(40, 122, 532, 96, stroke=1, fill=0)
        c.setDash()
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(48, 208, "FOR ASSOCIATION USE ONLY")
        c.setFont("Helvetica", 7.5)
        for i, lab in enumerate(("Date received:", "Servicing officer:", "Branch:", "Disposition:")):
            c.drawString(48 + (i % 2) * 262, 186 - (i // 2) * 24, lab)
            c.line(120 + (i % 2) * 262, 184 - (i // 2) * 24, 300 + (i % 2) * 262, 184 - (i // 2) * 24)
        c.setFont("Helvetica", 7)
        c.drawRightString(572, 40, "RH-190 (03/2037)")
        return marks

    return Paper([page1, page2])


def mil(d: dt.date) -> str:
    """A date the military way: 05 MAR 2037."""
    return d.strftime("%d %b %Y").upper()


HST_REASONS = ("Job loss or unemployment", "Reduced pay, hours or allowances",
               "Higher housing costs (taxes, insurance, HOA)", "Natural or man-made disaster",
               "Illness, injury or disability (you or a dependent)", "Divorce or legal separation",
               "Separation of unmarried co-owners", "Death of a borrower or wage earner",
               "PCS move, deployment or job relocation", "Other (explain in 3b)")
HST_INCOME = ("Wages, salary, military base pay, overtime, tips", "Self-employment (net)",
              "Unemployment compensation", "Taxable benefits: Social Security, pension, military retired pay",
              "Non-taxable benefits: VA disability, SSI, non-taxable Social Security", "Rental income (net)",
              "Investment or insurance income", "Other: alimony, child support, other")
MIL_STATUS = ("Active duty", "National Guard / Reserve", "Veteran or military retiree", "Surviving spouse",
              "No military service")


def hst2(app: App, ink: bool) -> Paper:
    """Guidon Federal Savings Bank's Homeowner Support Team: form HST-2, two pages in the outline numbering of a
    military memorandum (1., a., b. ...), CAPITAL section heads, dates written DD MMM YYYY, boxes ticked."""
    ex = app.extra

    def header(c: Canvas, page: int) -> None:
        c.setStrokeColor(NAVY)
        c.setLineWidth(2)
        c.line(40, 760, 572, 760)
        c.setLineWidth(0.6)
        c.line(40, 756, 572, 756)
        c.setFillColor(NAVY)
        pts = [(58 + 11 * math.cos(math.radians(90 + i * 36)) * (1 if i % 2 == 0 else 0.42),
                731 + 11 * math.sin(math.radians(90 + i * 36)) * (1 if i % 2 == 0 else 0.42)) for i in range(10)]
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Times-Bold", 15)
        c.drawString(76, 734, "GUIDON FEDERAL SAVINGS BANK")
        c.setFont("Helvetica", 7.5)
        c.drawString(76, 723, "Homeowner Support Team  -  PO Box 6120, Fayetteville, NC 28302  -  1-800-555-0171")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 736, "HOMEOWNER SUPPORT REQUEST")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 725, f"Form HST-2  (JAN 2037)  -  Page {page} of 2")
        c.setStrokeColor(NAVY)
        c.line(40, 714, 572, 714)
        c.setStrokeColor(black)

    def head(c: Canvas, y: float, text: str) -> None:
        c.setFillColor(NAVY)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(44, y, text)
        c.setFillColor(black)

    def item(c: Canvas, x: float, y: float, label: str, value: str, end: float) -> None:
        c.setFont("Helvetica", 8.5)
        c.drawString(x, y, label)
        x1 = x + sw(label, "Helvetica", 8.5) + 5
        c.setLineWidth(0.5)
        c.line(x1, y - 2, end, y - 2)
        c.setFillColor(Color(0.05, 0.1, 0.35))
        c.setFont("Helvetica", 10)
        c.drawString(x1 + 3, y, value)
        c.setFillColor(black)

    def boxes(c: Canvas, x: float, y: float, options: Sequence[tuple[str, bool]], gap: float = 14) -> float:
        for text, on in options:
            xbox(c, x, y - 1, on, mark="tick")
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 12, y, text)
            x += 12 + sw(text, "Helvetica", 8.5) + gap
        return x

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        paragraphs(c, 44, 700, 524, [
            "Thank you for serving. Complete this request to be reviewed for help with your mortgage. Type or "
            "print, tick each box that applies, and write every date as DAY MONTH YEAR (for example 05 MAR 2037). "
            "Sign on page 2."], font="Helvetica", size=8, leading=10)
        y = 664
        head(c, y, "1.  LOAN AND BORROWERS")
        y -= 18
        item(c, 60, y, "a.  Loan number:", app.loan, 300)
        y -= 18
        item(c, 60, y, "b.  Borrower - full name:", app.borrower, 400)
        item(c, 414, y, "Last 4 of SSN:", app.ssn[-4:], 568)
        y -= 18
        item(c, 60, y, "c.  Co-borrower - full name:", app.co or "", 400)
        item(c, 414, y, "Last 4 of SSN:", (app.co_ssn or "")[-4:], 568)
        y -= 18
        item(c, 60, y, "d.  Phone:", app.phone, 240)
        item(c, 252, y, "E-mail:", app.email, 568)
        y -= 18
        c.setFont("Helvetica", 8.5)
        c.drawString(60, y, "e.  Military status of the borrower:")
        y -= 15
        boxes(c, 76, y, [(s, ex.get("status") == s) for s in MIL_STATUS], gap=12)
        y -= 18
        item(c, 76, y, "Branch of service:", ex.get("branch", ""), 300)
        item(c, 312, y, "SCRA protection requested?", "", 312 + 124)
        boxes(c, 446, y, [("Yes", False), ("No", True)], gap=10)
        y -= 28
        head(c, y, "2.  THE PROPERTY")
        y -= 18
        item(c, 60, y, "a.  Street address:", app.street, 568)
        y -= 18
        item(c, 60, y, "b.  City:", app.city, 330)
        item(c, 342, y, "State:", app.state, 420)
        item(c, 432, y, "ZIP:", app.zip, 568)
        y -= 18
        c.setFont("Helvetica", 8.5)
        c.drawString(60, y, "c.  The home is:")
        boxes(c, 140, y, [("where I live (primary residence)", app.occupancy == "primary_residence"),
                          ("a second home", app.occupancy == "second_home"),
                          ("rented out (investment)", app.occupancy == "investment_property")])
        y -= 18
        c.setFont("Helvetica", 8.5)
        c.drawString(60, y, "d.  Are you away from the home because of military orders?")
        boxes(c, 320, y, [("Yes", ex.get("away", False)), ("No", not ex.get("away", False))], gap=10)
        y -= 28
        head(c, y, "3.  YOUR HARDSHIP")
        y -= 18
        c.setFont("Helvetica", 8.5)
        c.drawString(60, y, "a.  Tick each reason that applies:")
        y -= 16
        for i, reason in enumerate(HST_REASONS):
            col, row = divmod(i, 5)
            xbox(c, 76 + col * 250, y - row * 15 - 1, HARDSHIPS[i] in app.hardships, mark="tick")
            c.setFont("Helvetica", 8.5)
            c.drawString(88 + col * 250, y - row * 15, reason)
        y -= 84
        item(c, 60, y, "b.  Explain other:", app.other_text, 568)
        y -= 18
        item(c, 60, y, "c.  Date the hardship started (DD MMM YYYY):", mil(app.start) if app.start else "", 360)
        y -= 18
        c.setFont("Helvetica", 8.5)
        c.drawString(60, y, "d.  Expected to last:")
        boxes(c, 150, y, [("6 months or less", app.duration == "short"), ("more than 6 months", app.duration == "long"),
                          ("already over", app.duration == "resolved")])
        c.setFont("Helvetica", 7)
        c.drawString(44, 60, "Guidon Federal Savings Bank - Equal Housing Lender - Member FDIC")
        c.drawRightString(572, 60, "HST-2 page 1")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        item(c, 380, 698, "Loan number:", app.loan, 568)
        y = 672
        head(c, y, "4.  MONTHLY INCOME  (all borrowers together, before taxes)")
        y -= 16
        cols = [(44, "LINE"), (80, "SOURCE OF INCOME"), (372, "HOW OFTEN RECEIVED")]
        c.setFillColor(NAVY)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7)
        for x, t in cols:
            c.drawString(x, y, t)
        c.drawRightString(566, y, "MONTHLY AMOUNT")
        c.setFillColor(black)
        y -= 20
        how = ex.get("how_often", {})
        for i, (k, label) in enumerate(zip(INCOMES, HST_INCOME, strict=True)):
            amt = app.income.get(k, 0.0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(50, y, "abcdefgh"[i] + ".")
            c.setFont("Helvetica", 8.5)
            c.drawString(80, y, label)
            c.setLineWidth(0.4)
            c.line(40, y - 5, 572, y - 5)
            c.setFillColor(Color(0.05, 0.1, 0.35))
            c.setFont("Helvetica", 9.5)
            if amt > 0:
                c.drawString(372, y, how.get(k, "Monthly"))
                c.drawRightString(566, y, "$" + money(amt))
            c.setFillColor(black)
            y -= 19
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "i.")
        c.drawString(80, y, "TOTAL MONTHLY INCOME (lines a through h)")
        c.setFillColor(Color(0.05, 0.1, 0.35))
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(566, y, "$" + money(app.total))
        c.setFillColor(black)
        c.setLineWidth(1)
        c.line(40, y - 6, 572, y - 6)
        y -= 36
        head(c, y, "5.  CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 60, y - 16, 508, [
            "a.  I certify that the information in this request is true and correct and that the hardship I "
            "described has made it hard for me to pay my mortgage. I will send the documents the Homeowner Support "
            "Team asks for, and I authorize Guidon Federal Savings Bank to obtain a credit report on each borrower. "
            "I understand that knowingly submitting false information may violate federal law.",
            "b.  Each borrower named in 1b and 1c signs and dates below."], font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        y -= 30
        people = [("BORROWER", app.borrower, app.b_signs, app.b_dates, 0),
                  ("CO-BORROWER", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, name, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(60, y, 360, y)
            c.line(390, y, 540, y)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(60, y - 9, f"SIGNATURE OF {role}")
            c.drawString(390, y - 9, "DATE (DD MMM YYYY)")
            c.setFont("Helvetica", 7.5)
            c.drawString(190, y - 9, f"Typed name: {name}")
            if signs:
                marks.append(Mark("sig", 74, y + 2, w=180, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 398, y + 4, mil(app.signed_on), size=12, seed=app.seed + 9 + k))
                else:
                    c.setFillColor(Color(0.05, 0.1, 0.35))
                    c.setFont("Helvetica", 10)
                    c.drawString(398, y + 4, mil(app.signed_on))
                    c.setFillColor(black)
            y -= 54
        c.setFont("Helvetica", 7.5)
        paragraphs(c, 44, y - 6, 524, [
            "Servicemembers and their families may have extra protections under the Servicemembers Civil Relief "
            "Act. Ask the Homeowner Support Team, or visit a military legal assistance office."],
            font="Helvetica-Oblique", size=7.5, leading=9.5)
        c.setFont("Helvetica", 7)
        c.drawRightString(572, 60, "HST-2 page 2")
        return marks

    return Paper([page1, page2])


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
              ink: bool) -> tuple[bytes, list[list[Mark]]]:
    """Page 1 of the real IRS Form 4506-C typed over (fields flattened into the page); signed and dated on the
    screen, or left for the borrower to sign and date in ink (the marks returned for the scan)."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Plainsview Verification Services LLC"),
           (312, 506, "PVS-40117"), (420, 506, "PLNSVW02"), (27, 484, "88 Depot Street"),
           (312, 484, "Mitchell"), (420, 484, "SD"), (474, 484, "57301"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    if not ink:
        put.append((344, 168, mdy(signed_on)))
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks: list[list[Mark]] = [[]]
    if ink:
        marks[0] = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 346, 168, mdy(signed_on), size=11,
                                                                  seed=seed + 3)]
    else:
        draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"ai4506c{seed}"), marks



# --- the packets (ai) ---


def ink_letter(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    return scan_paper(paper, style, seed)


WH_HOSP_IA = Withholding(0.09, 0.044, True, (("Medical plan (pre-tax)", 84.60), ("Dental plan (pre-tax)", 9.15)),
                         (("403(b) retirement 4%", 0.04),))
WH_CARE_MO = Withholding(0.07, 0.048, True, (("Medical plan (pre-tax)", 31.90),), (("SEIU dues 1.5%", 0.015),))
WH_CARE_SD = Withholding(0.065, 0.0, True, (("Medical plan (pre-tax)", 29.75), ("Vision plan", 2.10)))
WH_HOSP_NE = Withholding(0.095, 0.05, True, (("Medical plan (pre-tax)", 112.40),), (("403(b) retirement 5%", 0.05),))
CITY_LABELS = ("FEDERAL W/H", "FICA-OASDI", "FICA-MEDICARE", "STATE W/H")
WH_CANTON = Withholding(0.08, 0.0, True, (("HEALTH INS (PRE)", 96.50), ("AFSCME LOCAL 1184 DUES", 21.00)),
                        (("SDRS RETIREMENT 6%", 0.06),), CITY_LABELS)
WH_PORT = Withholding(0.09, 0.0425, True, (("HEALTH INS (PRE)", 118.30), ("457(b) DEFERRED COMP", 50.00),
                                           ("TEAMSTERS 214 DUES", 28.75)), (("MERS PENSION 7.5%", 0.075),),
                      CITY_LABELS)
WH_CALDER = Withholding(0.1, 0.044, True, (("HEALTH INS (PRE)", 142.00), ("457(b) DEFERRED COMP", 75.00)),
                        (("FPPA PENSION 8%", 0.08),), CITY_LABELS)
WH_HARLOW = Withholding(0.085, 0.0, True, (("HEALTH INS (PRE)", 88.00),), (("PERS PLAN 2 6.36%", 0.0636),),
                        CITY_LABELS)


def packet_ai1(seed: int) -> Packet:
    """Form 710 typed and signed on screen; a folder of e-mailed files; a hospital nurse's bi-weekly statements."""
    received = dt.date(2037, 4, 14)
    addr = ["412 Orchard Terrace", "Carver Falls, IA 51501"]
    stubs = [mercy_vale_stub(random.Random(seed * 7 + 1), "Mercy Vale Hospital - Riverside Campus",
                             "900 Bluff Road, Carver Falls, IA 51501", "Adaeze N. Holloway", "0061842",
                             "Registered Nurse II", "5 South Oncology", d, "biweekly", 41.85, 36.0, WH_HOSP_IA, "4471")
             for d in (dt.date(2037, 3, 27), dt.date(2037, 4, 10))]
    app = App("3306417285", "Adaeze N. Holloway", "964-20-5817", "412 Orchard Terrace", "Carver Falls", "IA",
              "51501", "(712) 555-0148", "adaeze.holloway@example.net", "primary_residence",
              ["reduction_in_income", "disability_or_illness"], dt.date(2036, 12, 8), "long",
              {"wages": stubs[-1].monthly}, dt.date(2037, 4, 12), seed=seed + 11)
    p = Packet("ai1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Mortgage Assistance Application - signed.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/MercyVale_EarningsStatement_{s.date.isoformat()}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2037, 4, 12)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Mortgage servicing department", [
        "In December I had surgery on my back and I was off work for seven weeks. My short-term disability paid "
        "only part of my salary, and since I came back my doctor has kept me off the twelve-hour shifts and the "
        "weekend shifts that made up a good part of my pay.",
        "I am working thirty-six hours a week again but without the extra shifts my income is about $900 a month "
        "less than before. I fell two payments behind while I was out. I would like to keep my home and ask to be "
        "considered for a modification."], ink=False, seed=seed)
    p.pdf(f"{folder}/Letter of hardship.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ai2(seed: int) -> Packet:
    """The Farm Credit form typed and signed on screen by both; loose files "<loan>_..."; farm deposits."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2037, 5, 19)
    addr = ["27418 466th Avenue", "Lennox, SD 57039"]
    stubs = [city_stub(random.Random(seed * 7 + 2), "Canton Ridge", "South Dakota",
                       "Finance Office  -  Payroll", "210 North Broadway, Canton Ridge, SD 57013",
                       "Marit J. Lindgren", "E-20734", "Public Works", "Water Plant Operator II", d, "biweekly",
                       27.34, 38.46, WH_CANTON, "8302")
             for d in (dt.date(2037, 4, 24), dt.date(2037, 5, 8))]
    holder = ["Soren A. Lindgren", "Marit J. Lindgren", "dba Lindgren Cattle Co."]
    c1 = [(6, "SIOUX FALLS STOCKYARDS CATTLE SALE", 3120.45), (14, "MOBILE DEPOSIT", 350.00),
          (20, "SIOUX FALLS STOCKYARDS CATTLE SALE", 1875.60), (27, "DEPOSIT - CUSTOM HAYING", 640.00)]
    c2 = [(3, "LENNOX FARMERS ELEVATOR GRAIN SETTLEMENT", 2260.18), (10, "DEPOSIT - CUSTOM HAYING", 520.00),
          (17, "SIOUX FALLS STOCKYARDS CATTLE SALE", 2944.30), (28, "MOBILE DEPOSIT", 275.00)]
    s1 = lennox_statement(rng, holder, addr, "6610039147", 2037, 3, 4218.77, c1, [4117, 4118, 4119, 4120])
    s2 = lennox_statement(rng, holder, addr, "6610039147", 2037, 4, s1.fields["ending_balance"], c2,
                          [4121, 4122, 4123, 4124, 4125])
    app = App("2018847730", "Soren A. Lindgren", "938-54-1106", "27418 466th Avenue", "Lennox", "SD", "57039",
              "(605) 555-0139", "lindgrencattle@example.com", "primary_residence", ["disaster"],
              dt.date(2036, 8, 15), "long", {"wages": stubs[-1].monthly, "self_employment": 2180.00},
              dt.date(2037, 5, 14), co="Marit J. Lindgren", co_ssn="938-61-7420", seed=seed + 21,
              extra={"member": "STK-004418", "farm_tract": True})
    p = Packet("ai2", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_RH190_request.pdf", paper_pdf(rh190(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{loan}_paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan}_farm_account_march.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf(f"{loan}_farm_account_april.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    on = dt.date(2037, 5, 14)
    t, _ = form4506c("Soren", "A", "Lindgren", "938-54-1106", "27418 466th Avenue", "Lennox", "SD", "57039",
                     "Big Sioux Farm Credit, ACA", "(605) 555-0150", on, "(605) 555-0139", seed + 26, ink=False)
    p.pdf(f"{loan}_4506C.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on,
                                       signed=True), 1))
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Big Sioux Farm Credit, ACA", [
        "Last August's drought left us without enough hay for the winter, and we sold about half of our cow herd "
        "in the fall at low prices to get through. Our cattle income this year will be well below what it was, "
        "and it will take two or three years to build the herd back.",
        "Marit's job with the city has not changed. We are asking the Association to lower our house payment "
        "while we rebuild."], ink=False, seed=seed)
    p.pdf(f"{loan}_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ai3(seed: int) -> Packet:
    """The military bank's form printed, signed in ink; ONE 240 dpi mailroom scan behind a separator sheet; a
    transfer claimed as the hardship but no transfer letter or orders sent."""
    received = dt.date(2037, 6, 23)
    addr = ["1908 Sentry Ridge Road", "Waynesville, MO 65583"]
    stubs = [mercy_vale_stub(random.Random(seed * 7 + 3), "Mercy Vale Care Center - Linden Park",
                             "1410 Linden Park Drive, Waynesville, MO 65583", "Corey A. Lindqvist", "0117360",
                             "Licensed Practical Nurse", "Skilled Nursing - Hall B", d, "weekly", 27.60, 40.0,
                             WH_CARE_MO, "2290")
             for d in (dt.date(2037, 6, 12), dt.date(2037, 6, 19))]
    va = va_summary("Corey A. Lindqvist", addr, dt.date(2037, 5, 4), 552.47, 30)
    app = App("4150288619", "Corey A. Lindqvist", "951-77-0362", "1908 Sentry Ridge Road", "Waynesville", "MO",
              "65583", "(573) 555-0187", "c.lindqvist@example.com", "primary_residence", ["relocation"],
              dt.date(2037, 6, 1), "long", {"wages": stubs[-1].monthly, "benefits_nontaxable": 552.47},
              dt.date(2037, 6, 17), seed=seed + 31,
              extra={"status": "Veteran or military retiree", "branch": "U.S. Army",
                     "how_often": {"wages": "Weekly", "benefits_nontaxable": "Monthly"}})
    p = Packet("ai3", received, app, ["hardship_doc:relocation"])
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    on = dt.date(2037, 6, 17)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Guidon Federal Savings Bank", [
        "Mercy Vale is closing the skilled nursing hall at Linden Park at the end of June and has moved my "
        "position to its care center in Cape Girardeau, about 250 miles from here, starting July 6. I have to "
        "take the transfer to keep my job and my benefits.",
        "I will be paying rent near the new job while I try to sell or rent out this house, and I cannot carry "
        "both. I am asking for help with the payment until the house is sold or rented."], ink=True, seed=seed + 3)
    p.scan("MAILROOM_20370623_0142.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), scan_paper(hst2(app, ink=True), style, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 302)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 303)),
        (letter_doc(va), scan_paper(va.paper, style, seed + 304)),
        (hardship_doc(on), scan_paper(hl, style, seed + 305))], style)
    return p


def packet_ai4(seed: int) -> Packet:
    """Form 710 typed, printed, signed and dated in ink by both spouses; ONE 300 dpi grey scan named
    "<Surname> <loan>.pdf" without a separator; a city worker's bi-weekly advices and the city pension letter."""
    received = dt.date(2037, 3, 10)
    addr = ["77 Harbor View Lane", "Port Ellery, MI 49783"]
    stubs = [city_stub(random.Random(seed * 7 + 4), "Port Ellery", "Michigan",
                       "Department of Finance  -  Payroll Division", "326 Water Street, Port Ellery, MI 49783",
                       "Declan P. Brennan", "004817", "Sanitation", "Equipment Operator III", d, "biweekly",
                       29.18, 46.15, WH_PORT, "6625")
             for d in (dt.date(2037, 2, 20), dt.date(2037, 3, 6))]
    mers = mers_letter("Port Ellery", "Noreen T. Brennan", addr, dt.date(2037, 2, 2), 1286.40, dt.date(2033, 7, 1))
    app = App("6609182734", "Declan P. Brennan", "927-45-8810", "77 Harbor View Lane", "Port Ellery", "MI", "49783",
              "(906) 555-0164", "dbrennan77@example.net", "primary_residence",
              ["increase_in_housing_expenses", "other"], dt.date(2036, 10, 1), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1286.40}, dt.date(2037, 3, 3),
              co="Noreen T. Brennan", co_ssn="927-60-3351", other_text="Paying for my mother's care home",
              seed=seed + 41)
    p = Packet("ai4", received, app, [])
    style = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004)
    on = dt.date(2037, 3, 3)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Mortgage servicing department", [
        "Our escrow payment went up by $265 a month in October after the county reassessed the homes on the "
        "harbor and our flood insurance premium nearly doubled.",
        "At the same time Noreen's mother moved into a care home and her savings ran out in November. We now pay "
        "$700 a month toward her room, which we cannot stop. Between the two we are short every month and we ask "
        "for a modification of our loan."], ink=True, seed=seed + 4)
    p.scan(f"Brennan {app.loan}.pdf", [
        (app_doc(), form710_ink(app, style, seed + 400)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 401)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 402)),
        (letter_doc(mers), scan_paper(mers.paper, style, seed + 403)),
        (hardship_doc(on), scan_paper(hl, style, seed + 404))], style)
    return p


def packet_ai5(seed: int) -> Packet:
    """The military bank's form printed, signed in ink; a folder named after the loan with one 200 dpi scan per
    paper; the city's semi-monthly advices were paid in May and June and the packet came in September."""
    received = dt.date(2037, 9, 15)
    addr = ["3145 Falcon Crest Drive", "Calder Springs, CO 80916"]
    stubs = [city_stub(random.Random(seed * 7 + 5), "Calder Springs", "Colorado",
                       "Finance Department  -  Payroll Services", "30 South Nevada Avenue, Calder Springs, CO 80903",
                       "Reginald T. Okonkwo", "118502", "Fleet Services", "Fleet Supervisor", d, "semimonthly",
                       0.0, 55.00, WH_CALDER, "9034", salary=2987.50)
             for d in (dt.date(2037, 5, 20), dt.date(2037, 6, 5))]
    app = App("8842071596", "Reginald T. Okonkwo", "973-08-4425", "3145 Falcon Crest Drive", "Calder Springs", "CO",
              "80916", "(719) 555-0126", "rt.okonkwo@example.org", "primary_residence", ["reduction_in_income"],
              dt.date(2037, 4, 1), "short", {"wages": stubs[-1].monthly}, dt.date(2037, 9, 8), seed=seed + 51,
              extra={"status": "Veteran or military retiree", "branch": "U.S. Air Force",
                     "how_often": {"wages": "Twice a month"}})
    p = Packet("ai5", received, app, ["income_doc:wages"])
    style = Scan(dpi=200, tilt=0.45, blur=0.5, noise=0.0006)
    on = dt.date(2037, 9, 8)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Guidon Federal Savings Bank", [
        "In April my wife's hours at the school district were cut to part time, and her income went down by "
        "about $1,400 a month. My city salary is our main income now and it does not cover the mortgage and our "
        "other bills.",
        "Her hours should go back up in the spring. Until then we ask for a lower payment or a forbearance."],
        ink=True, seed=seed + 5)
    folder = app.loan
    for i, (doc, paper) in enumerate([(app_doc(), hst2(app, ink=True)), (stub_doc(stubs[0]), stubs[0].paper),
                                      (stub_doc(stubs[1]), stubs[1].paper), (hardship_doc(on), hl)]):
        p.scan(f"{folder}/IMG_20370912_{1 + i:04d}.pdf", [(doc, scan_paper(paper, style, seed + 500 + i))], style)
    return p


def packet_ai6(seed: int) -> Packet:
    """The Farm Credit form printed; the borrower signed and dated it in ink, the co-borrower named on it did not;
    ONE 200 dpi fax behind a library's cover sheet."""
    received = dt.date(2037, 7, 21)
    addr = ["512 Prairie Street", "Canton Ridge, SD 57013"]
    stubs = [mercy_vale_stub(random.Random(seed * 7 + 6), "Mercy Vale Care Center - Canton Ridge",
                             "700 West Fifth Street, Canton Ridge, SD 57013", "Bethany L. Schroeder", "0220915",
                             "Certified Nursing Assistant", "Memory Care", d, "weekly", 18.95, 36.0, WH_CARE_SD,
                             "5518")
             for d in (dt.date(2037, 7, 10), dt.date(2037, 7, 17))]
    app = App("5573908142", "Bethany L. Schroeder", "984-11-6039", "512 Prairie Street", "Canton Ridge", "SD",
              "57013", "(605) 555-0171", "bschroeder@example.com", "primary_residence", ["unemployment"],
              dt.date(2037, 5, 29), "short", {"wages": stubs[-1].monthly, "unemployment": 1636.00},
              dt.date(2037, 7, 18), co="Kurt W. Schroeder", co_ssn="984-30-2275", co_signs=False, seed=seed + 61,
              extra={"member": "STK-006152", "farm_tract": False})
    p = Packet("ai6", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0008, fax=True)
    on = dt.date(2037, 7, 18)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Big Sioux Farm Credit, ACA", [
        "My husband Kurt was laid off at the end of May when the feed mill in Canton Ridge closed. He is drawing "
        "unemployment and looking for work, but the benefit is much less than his pay was.",
        "I work full time at the care center. We need a few months of lower payments until Kurt finds a new "
        "job."], ink=True, seed=seed + 6)
    cover = fax_cover("Canton Ridge Public Library", "(605) 555-0108", "Big Sioux Farm Credit - Servicing",
                      "(605) 555-0151", received, 6, f"Loan {app.loan} - servicing request")
    p.scan("FAX_20370721_142210.pdf", [
        (None, scan_paper(cover, style, seed + 600)),
        (app_doc(), scan_paper(rh190(app, ink=True), style, seed + 601)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 602)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 603)),
        (hardship_doc(on), scan_paper(hl, style, seed + 604))], style)
    return p


def packet_ai7(seed: int) -> Packet:
    """The military bank's form typed and signed on screen by a surviving spouse; loose files "<Surname> <loan> -
    <paper>.pdf"; the survivor annuity claimed as taxable income has no letter and no statements behind it."""
    received = dt.date(2037, 8, 11)
    stubs = [city_stub(random.Random(seed * 7 + 7), "Harlow Bay", "Washington",
                       "Finance Department  -  Payroll", "400 Commercial Avenue, Harlow Bay, WA 98221",
                       "Lucia M. Castellano", "30958", "Parks and Recreation", "Recreation Coordinator", d,
                       "semimonthly", 0.0, 0.0, WH_HARLOW, "7719", salary=2416.67)
             for d in (dt.date(2037, 7, 20), dt.date(2037, 8, 5))]
    app = App("7730418826", "Lucia M. Castellano", "946-52-0917", "2204 Cormorant Way", "Harlow Bay", "WA", "98221",
              "(360) 555-0152", "lucia.castellano@example.net", "primary_residence", ["death"],
              dt.date(2037, 4, 22), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 1174.00},
              dt.date(2037, 8, 6), seed=seed + 71,
              extra={"status": "Surviving spouse", "branch": "U.S. Navy",
                     "how_often": {"wages": "Twice a month", "benefits_taxable": "Monthly"}})
    p = Packet("ai7", received, app, ["income_doc:benefits_taxable"])
    cert = death_certificate("Washington", "Skagit", "Vincent R. Castellano", "Male", dt.date(1969, 3, 14),
                             dt.date(2037, 4, 22), "Harlow Bay Medical Center, Harlow Bay",
                             "2204 Cormorant Way, Harlow Bay, WA 98221", "Lucia M. Castellano",
                             "Lucia M. Castellano, wife", dt.date(2037, 4, 30), "2037-0048812")
    on = dt.date(2037, 8, 6)
    hl = hardship_letter(app.borrower, None, ["2204 Cormorant Way", "Harlow Bay, WA 98221"], app.loan, on,
                         "Guidon Federal Savings Bank", [
                             "My husband Vincent, a retired Navy chief, died in April. His retired pay and his "
                             "civilian job paid most of our bills. I now receive a survivor annuity that is much "
                             "less than his retired pay, and my salary from the city.",
                             "I want to stay in our home. Please review me for a modification so that the payment "
                             "fits my income."], ink=False, seed=seed)
    sur = "Castellano"
    p.pdf(f"{sur} {app.loan} - application.pdf", paper_pdf(hst2(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{sur} {app.loan} - pay stub {s.date.strftime('%b %d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{sur} {app.loan} - death certificate.pdf", paper_pdf(cert.paper), (letter_doc(cert), 1))
    p.pdf(f"{sur} {app.loan} - hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ai8(seed: int) -> Packet:
    """The Farm Credit form printed, signed and dated in ink by both; loose files "<loan>_..." mixing 300 dpi grey
    scans (application, 4506-C, doctor's statement, letter) with downloaded stubs and statements."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2037, 10, 6)
    addr = ["1606 Cottonwood Road", "Beatrice, NE 68310"]
    stubs = [mercy_vale_stub(random.Random(seed * 7 + 8), "Mercy Vale Hospital - Gage County",
                             "2100 Court Street, Beatrice, NE 68310", "Tomasz J. Wierzbicki", "0093377",
                             "Respiratory Therapist", "Cardiopulmonary", d, "biweekly", 36.40, 40.0, WH_HOSP_NE, "3308")
             for d in (dt.date(2037, 9, 11), dt.date(2037, 9, 25))]
    net = stubs[-1].fields["net_current"]
    rent = 825.00
    c1 = [(1, "MOBILE DEPOSIT - RENT 1610 COTTONWOOD", rent), (4, "MERCY VALE HEALTH PAYROLL", net),
          (18, "MERCY VALE HEALTH PAYROLL", net)]
    c2 = [(1, "MERCY VALE HEALTH PAYROLL", net), (2, "MOBILE DEPOSIT - RENT 1610 COTTONWOOD", rent),
          (15, "MERCY VALE HEALTH PAYROLL", net), (29, "MERCY VALE HEALTH PAYROLL", net)]
    holder = ["TOMASZ J WIERZBICKI", "HANNA K WIERZBICKI"]
    s1 = silverleaf_statement(rng, holder, addr, "40021983306", 2037, 8, 2644.18, c1)
    s2 = silverleaf_statement(rng, holder, addr, "40021983306", 2037, 9, s1.fields["ending_balance"], c2)
    med = medical_statement("Hanna K. Wierzbicki", dt.date(2037, 9, 22), "Blue River Oncology Associates",
                            "1220 North 6th Street, Beatrice, NE 68310  -  (402) 555-0119", "Miriam O. Adeyemi, MD",
                            dt.date(2037, 5, 12))
    app = App("9184402267", "Tomasz J. Wierzbicki", "915-83-2046", "1606 Cottonwood Road", "Beatrice", "NE",
              "68310", "(402) 555-0133", "tjwierzbicki@example.com", "primary_residence",
              ["disability_or_illness"], dt.date(2037, 5, 12), "long",
              {"wages": stubs[-1].monthly, "rental": 620.00}, dt.date(2037, 9, 29), co="Hanna K. Wierzbicki",
              co_ssn="915-47-6620", seed=seed + 81, extra={"member": "STK-009731", "farm_tract": True})
    p = Packet("ai8", received, app, [])
    style = Scan(dpi=300, tilt=0.3, blur=0.65, noise=0.0004)
    on = dt.date(2037, 9, 29)
    loan = app.loan
    p.scan(f"{loan}_application_scan.pdf", [(app_doc(), scan_paper(rh190(app, ink=True), style, seed + 800))],
           style)
    pdf4506, marks = form4506c("Tomasz", "J", "Wierzbicki", "915-83-2046", "1606 Cottonwood Road", "Beatrice", "NE",
                               "68310", "Big Sioux Farm Credit, ACA", "(605) 555-0150", on, "(402) 555-0133",
                               seed + 86, ink=True)
    p.scan(f"{loan}_4506C_scan.pdf", [(Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on,
                                           signed=True), scan_sheets(pdf4506, marks, style, seed + 801))], style)
    p.scan(f"{loan}_doctor_letter_scan.pdf", [(letter_doc(med), scan_paper(med.paper, style, seed + 802))], style)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Big Sioux Farm Credit, ACA", [
        "In May my wife Hanna was diagnosed with a serious illness and has been in treatment since. She had to "
        "leave her job at the county extension office, and we lost her income of about $2,600 a month.",
        "We rent out the small house on our second lot, and with my pay from the hospital we can cover our bills "
        "but not the full house payment. We ask the Association to review us for a modification."],
        ink=True, seed=seed + 8)
    p.scan(f"{loan}_hardship_letter_scan.pdf", [(hardship_doc(on), scan_paper(hl, style, seed + 803))], style)
    for s in stubs:
        p.pdf(f"{loan}_paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan}_statement_aug.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{loan}_statement_sep.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    return p



# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ai1, packet_ai2, packet_ai3, packet_ai4, packet_ai5, packet_ai6,
                                             packet_ai7, packet_ai8]


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
        problems += [f"{name}: {pr}" for pr in recheck(exp, exp_path.parent)]
    return problems


def codes_from_expected(exp: dict[str, Any]) -> list[str]:
    """The checklist applied again, this time to expected.json alone (its application and document fields)."""
    a = exp["application"]
    app = App(a["loan_number"], a["borrower_name"], "000000" + a["ssn_last4"], "", "", "", "", "", "",
              a["occupancy"], list(a["hardship_types"]), dt.date.fromisoformat(a["hardship_start_date"]), "long",
              {k: v for k, v in a["income"].items() if k != "total"}, dt.date(2000, 1, 1), co=a["co_borrower_name"],
              co_signs=bool(a["co_borrower_signed"]), b_signs=a["signed"], b_dates=a["signed_on"] is not None)
    docs = []
    for d in exp["documents"]:
        f = d["fields"]
        when = f.get("pay_date") or f.get("period_end") or f.get("letter_date") or f.get("signed_on")
        docs.append(Doc(d["type"], f, dt.date.fromisoformat(when) if when else None, f.get("account_last4"),
                        f.get("benefit_type"), bool(f.get("signed"))))
    return missing_codes(app, docs, dt.date.fromisoformat(exp["received_on"]))


def recheck(exp: dict[str, Any], root: Path) -> list[str]:
    """Further checks: the codes again from expected.json alone, every page of every file belongs to one document
    (a separator or fax cover sheet aside, always the first page of its file), no full SSN is written, statements
    of one account chain, and expected.json scores perfectly against itself through tests/sample_compare."""
    import re

    out: list[str] = []
    if codes_from_expected(exp) != sorted(exp["missing"]):
        out.append(f"codes from expected.json {codes_from_expected(exp)} != {exp['missing']}")
    text = json.dumps(exp)
    if re.search(r"\d{3}-\d{2}-\d{4}", text):
        out.append("a full SSN in expected.json")
    listed = {(pg["file"], pg["page"]) for d in exp["documents"] for pg in d["pages"]}
    for f in sorted((root / "inbox").rglob("*.pdf")):
        rel = f.relative_to(root / "inbox").as_posix()
        n = len(PdfReader(f).pages)
        for i in range(1, n + 1):
            if (rel, i) not in listed and not (i == 1 and any(k in rel for k in ("MAILROOM", "FAX"))):
                out.append(f"page {rel}#{i} belongs to no document")
    stm = sorted((d["fields"] for d in exp["documents"] if d["type"] == "bank_statement"),
                 key=lambda f: (f["account_last4"], f["period_start"]))
    for a, b in itertools.pairwise(stm):
        if a["account_last4"] == b["account_last4"] and abs(a["ending_balance"] - b["beginning_balance"]) > 0.005:
            out.append(f"statements do not chain {a['period_end']} -> {b['period_start']}")
    try:
        sys.path.insert(0, str(REPO / "tests"))
        from sample_compare import compare

        case = {"status": exp["status"], "missing": [{"code": c} for c in exp["missing"]],
                "application": exp["application"],
                "documents": [{"type": d["type"], "pages": d["pages"], "fields": d["fields"]}
                              for d in exp["documents"]]}
        wrong = compare(exp, case).wrong()
        if wrong:
            out.append(f"self-comparison: {len(wrong)} check(s) fail")
    except ImportError:
        pass
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ai1 ..)")
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
        for build in PACKETS:
            name = build.__name__.replace("packet_", "")
            if args.only and name not in args.only:
                continue
            again = build(args.seed)
            for rel, data in again.files.items():
                if (args.out / name / "inbox" / rel).read_bytes() != data:
                    problems.append(f"{name}: {rel} differs on a rebuild with the same seed")
        problems += check(args.out)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
