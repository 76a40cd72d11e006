"""A thirty-sixth holdout set of borrower packets (aj1..aj8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z, aa .. ah sets, written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_aj.py OUT_DIR [--seed N] [--check] [--only aj1 aj5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (240 or 300 dpi, tilted 0.2 to 0.45 degrees, a
little blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white); check marks are typed
(an X in a cell, or a tick drawn in a box), and the hand-written parts are signatures and the dates beside them.
The packets are set in Iowa; received dates fall in April, May, June, July, August (two), September and October 2037.

Applications: the real Form 710 (April 2023) filled through its AcroForm in two packets - typed on screen, signed
with drawn strokes laid over its signature field and the date typed into its field, e-mailed (aj1); typed, printed,
signed and dated in ink by both spouses and scanned grey at 300 dpi, one file per paper (aj4). And two forms that are
not a servicer's usual one:
Three Rivers Neighborhood Housing Services' "CLIENT INTAKE & SERVICER SUBMISSION" (form LM-7 (03/2037), two pages) - a
NON-PROFIT, HUD-approved HOUSING COUNSELING AGENCY's intake form that the counselor fills in with the client and
SUBMITS TO THE SERVICER ON THE CLIENT'S BEHALF. A teal bar and the agency's name at the top left, the form's title,
number and "Page n of 2" at the top right, teal section titles. Every answer sits in a SPREADSHEET-LIKE TABLE: a
grey row of small bold column headings with the typed answers (Courier) in the white row beneath them. Page 1 opens
with "SUBMITTED ON THE CLIENT'S BEHALF BY" - Housing counselor | HUD counselor ID | Direct phone | Counselor e-mail,
then Agency HUD ID | Client file no. | Intake session date | Submitted to (servicer) - so the counselor's name,
phone, e-mail and a date stand ABOVE the client's; then "SECTION 1 CLIENT AND LOAN" (Servicer loan number | Client
(borrower) full name | SSN last 4; Co-client (co-borrower) full name | SSN last 4 | Best phone | Client e-mail),
"SECTION 2 PROPERTY" (Property street address | City | State | ZIP) and the occupancy as a CHECK MATRIX - three
heading cells "Client's primary residence" / "Second / seasonal home" / "Rental / investment property" with a typed
X centred in the cell under the one that applies; "SECTION 3 HARDSHIP" as two check-matrix rows of five short
headings ("Unemployment", "Reduced income", "Higher housing costs", "Disaster", "Illness / disability"; "Divorce /
separation", "Unmarried co-owners separated", "Death of borrower / earner", "Distant job relocation", "Other (see
notes)") with X cells under them, then "Hardship began (mm/dd/yyyy)" beside a three-cell duration matrix
"Short-term (6 mo. or less)" / "Long-term (over 6 mo.)" / "Resolved as of today", and a "Counselor notes" cell.
Page 2 repeats the loan number, the client file number and the client's name in a header table; "SECTION 4
HOUSEHOLD MONTHLY INCOME (GROSS, BEFORE TAXES)" is a ruled table Income source | Gross per month | Received | Document
enclosed with eight source rows (amounts "$2,163.29" flush right, rows that do not apply left empty, "Weekly" /
"Monthly" and "2 pay stubs" / "Pension letter" typed beside the amounts) and a grey "TOTAL GROSS MONTHLY HOUSEHOLD
INCOME" row; "SECTION 5 AUTHORIZATION, CERTIFICATION AND SIGNATURES" is an authorization paragraph, the sentence "The
counselor's signature confirms the intake session only; it does not sign for the client." and a SIGNATURE TABLE
(role | Signature | Printed name | Date) with three rows - Client (borrower), Co-client (co-borrower), Housing
counselor - the counselor signing and dating her row in every packet. aj2 typed and signed on screen (client,
co-client and counselor), aj6 printed, signed and dated in ink by the client and the counselor while the co-client's
row keeps only her printed name, and faxed by the agency; aj8 printed, signed and dated in ink by the (single) client
and the counselor and scanned by the agency.
Cottonwood Home Finance's "PAYMENT ASSISTANCE REQUEST - Manufactured Home Loans" (form CHF-SV-22 (rev. 2037), two
pages) - a MANUFACTURED-HOUSING LENDER's Loan Servicing Department: a brown single-section-home mark, the lender's
name in brown capitals, the title at the top right; "STEP 1 Tell us about you" .. "STEP 5 Read and sign" on beige
bands; every answer in a W-2-STYLE LETTERED BOX - a bordered box whose letter (a, b, c ..) and caption sit in small
type in its top-left corner and whose typed answer sits in its lower part: "a Account number" (the loan number is
called the ACCOUNT number), "b Applicant name (first, middle, last)", "c SSN - last four", "d Co-applicant name (if
any)", "e SSN - last four", "f Daytime phone", "g E-mail"; "h Home site address (where the home is located)", "i
City", "j State", "k ZIP code", and the HOME's own facts "l Year / make / model of home" ("2011 / Clayton / Tempo
16x76"), "m Serial number(s)", "n HUD label number(s)"; "The land under the home is: [v] owned by me / us [ ] a
leased lot or space in a community"; "How do you use the home? [v] We live in it all year (primary residence) [ ]
Seasonal / second home [ ] Rented out"; "STEP 3 Tell us what happened" as ten NUMBERED reasons in plain words ("2. My
pay or hours were cut", "3. My home costs went up (taxes, insurance, lot rent)", "5. Serious illness or disability in
the household", "9. I had to move far away for work", "10. Something else (tell us in q)") each followed by a DOTTED
LEADER to a tick box at the right; "o When did it start? (mm/dd/yyyy)" beside "p How long do you think it will
last? [ ] Less than 6 months [ ] More than 6 months [ ] It is already over", and "q If you ticked reason 10, tell us
what happened". Page 2 repeats boxes a and b; "STEP 4 Tell us your household's monthly income (before taxes)" is a
GRID OF EIGHT LETTERED INCOME BOXES, two to a row (r "Job income before deductions (wages, tips, overtime)", s
"Self-employment income (after expenses)", t "Unemployment benefits", u "Social Security, pension or disability
(taxable)", v "SSI / VA / non-taxable disability", w "Rent you receive (after expenses)", x "Investment or insurance
income", y "Child support, alimony or other income"), the amount "$ 3,038.36" flush right in the box, an empty box
showing only "$", and a heavy-ruled "z TOTAL monthly income (r through y)" box; STEP 5 a certification paragraph, tall
"Applicant signature" | "Date (mm/dd/yyyy)" and "Co-applicant signature (if any)" | "Date" boxes, and an empty grey
"For servicing use only" strip. Ticks are drawn check marks. aj5 typed and signed on screen, aj3 printed, signed and
dated in ink and scanned behind the lender's barcode separator, aj7 printed, signed and dated in ink by both spouses
and scanned with the rest of the packet.

Pay (a restaurant chain with tips; a state university's semi-monthly staff): Ember & Rail Grill's weekly "TEAM
MEMBER PAY STUB" (the chain's name in a red serif italic, the restaurant unit and its address under it - "Restaurant
#118 Coralville" -, the title and "Weekly payroll - keep for your records" at the right, a red rule; the facts as
small grey CAPTIONS OVER bold values in two rows of three - TEAM MEMBER, TEAM MEMBER ID, JOB; WORK WEEK
"mm/dd/yyyy - mm/dd/yyyy", PAY DATE, PAY CYCLE "Weekly"; two boxed tables side by side - "HOURS & EARNINGS" (HRS,
RATE, THIS WEEK, YTD: "Tipped wage" at $4.35 an hour, "Overtime" when a week passed 40 hours, "Charged tips", "Cash
tips declared", or for a shift leader "Regular" at a full wage and a "Tip pool share"; "Total gross (incl. tips)")
and "TAXES & DEDUCTIONS" (THIS WEEK, YTD: federal, Social Security, Medicare, state, "Employee meals" and "Cash tips
received", the declared cash tips taken back out before the net); a "TIP REPORT FOR THE WEEK" explained in two
sentences, "Hours worked this year" and "Net pay YTD" lines, a red NET PAY bar, a dashed tear line) for three servers
at three restaurants and a shift leader; Lorimer State University's semi-monthly "SALARY AND WAGE STATEMENT" from its
Office of Payroll Services (the university's name in navy serif capitals, "Advice No. .. Advice Date mm/dd/yyyy" at
the top right; three UNBOXED columns of bold labels and values - Name / Employee ID / Department / Job Title; Pay
Group "SMS - Semi-Monthly Staff" / Pay Begin Date / Pay End Date / Check Date; Appointment "80% FTE" / Annual Rate /
Fed Marital Status / State -; a navy-headed five-cell TOTAL GROSS | FED TAXABLE GROSS | TOTAL TAXES | TOTAL
DEDUCTIONS | NET PAY grid with Current and YTD rows; HOURS AND EARNINGS (Regular Salary at the annual rate times the
FTE over 24, "Overtime 1.5" in some checks of non-exempt staff) beside TAXES (Fed Withholding, Fed OASDI/EE, Fed
MED/EE, State Withholding); BEFORE-TAX DEDUCTIONS (State Retirement System as a share of pay, Health Plan) beside
AFTER-TAX DEDUCTIONS (Parking Permit); NET PAY DISTRIBUTION and LEAVE BALANCES) for a library assistant, a
groundskeeper, a custodian and an administrative specialist - the 1st-15th paid on the 15th and the 16th-month end on
the month's last day, moved back to the Friday before a weekend (so a check dated Friday August 14 pays a period that
ends on Saturday the 15th). Every year-to-date figure is the sum of that calendar year's checks.
Statements: Osprey Point Bank's two-page "EVERYDAY CHECKING" / "JOINT CHECKING" statement (a teal peaked mark, a box
at the top right with Statement Period "mm/dd/yyyy thru mm/dd/yyyy", Account Number "*****NNNN" and "Page n of 2";
the window address in capitals in a typewriter face; a teal "ACCOUNT SUMMARY" band over a five-column line Previous
Balance | n Deposits/Credits | n Checks/Debits | Service Charges | Current Balance; the register in a fixed-width
face, "DATE DESCRIPTION AMOUNT BALANCE", dates "06-05", debits with a TRAILING MINUS "41.46-", opened by "PREVIOUS
BALANCE" and closed on page 2 by "ENDING BALANCE") and Red Cedar Valley Federal Credit Union's one-page "STATEMENT OF
ACCOUNT" (a brown disc "RC", a box at the top right with member number, "Statement period: mm/dd/yyyy - mm/dd/yyyy"
and "Page 1 of 1", a grey "SHARE DRAFT CHECKING - Account NNNNNNNNNN" band, EFF DATE | TRANSACTION DESCRIPTION |
WITHDRAWALS | DEPOSITS | BALANCE between "Balance Forward" and "Ending Balance", a totals line) - a self-employed
repairman's business account. Letters and papers: typed hardship letters in ordinary words (unsigned when e-mailed,
signed in ink when scanned or faxed, two by both spouses), a transit workers' pension fund's benefit verification
(taxable, monthly), a state workforce office's unemployment claim approval (weekly amount), the VA's benefit summary
letter (non-taxable compensation, monthly), an Iowa district court's two-page decree of dissolution of marriage
(awarding the home and setting child support), a state certificate of death (a grid of numbered boxes), page 1 of
the real IRS Form 4506-C (Rev. 10-2022) typed over by the servicer's vendor and signed and dated in ink, the lender's
Code 128 "LOAN <number>" batch separator sheet and the counseling agency's "Fax Transmittal" cover (neither is a
document).

Deliveries: a folder named after the loan of e-mailed born-digital files with everyday names (aj1); loose born-digital
files uploaded by the counselor, "<loan>_LM7_intake.pdf", "<loan>_paystub_0515.pdf" .. (aj2); ONE 240 dpi grey
mailroom scan of the whole packet behind the separator sheet, "batch_0615_0112.pdf", no loan number in its name
(aj3); a folder named after the loan holding ONE 300 dpi grey scan PER PAPER, IMG_20370716_0001.pdf .. (aj4); loose
born-digital files named "<Surname> <loan> <paper>.pdf" (aj5); ONE 200 dpi black-and-white fax behind the counseling
agency's cover sheet under the fax server's name "RXFAX_20370831_094512.pdf", the loan number only inside (aj6); ONE
300 dpi grey scan of the whole packet without a separator sheet named "<loan> <Surname>.pdf" (aj7); loose 240 dpi
grey scans, one per paper, made at the agency, "TRNHS <loan> 1.pdf" .. "TRNHS <loan> 6.pdf" (aj8). Co-borrowers in
aj2, aj4, aj6 and aj7.

Complete: aj1 (Form 710 on screen; two fresh semi-monthly university statements with year-to-date pay; a reduction in
income - the job cut to 80% FTE - needs no papers), aj2 (LM-7 on screen; two fresh weekly restaurant stubs with tips,
the pension fund's fresh letter for the husband's taxable pension, the couple's letter covers his stroke), aj5
(CHF-SV-22 on screen; two fresh shift-leader stubs, two consecutive fresh Osprey Point statements showing the child
support claimed as other income, the divorce decree for the divorce), aj8 (LM-7 in ink; two fresh server stubs, the
VA letter for her non-taxable compensation, the death certificate for her husband's death).
Incomplete, each for one plain reason: aj3 self-employment income is claimed and two consecutive fresh credit union
statements show it, but no signed IRS Form 4506-C came (irs_form_4506c); aj4 the only pay papers are the husband's
university statements paid March 31 and April 15 and the packet arrived on July 20, more than 90 days later, with no
bank statements (income_doc:wages; the wife's unemployment and the unemployment hardship need nothing); aj6 the wife
is named as co-client on LM-7 but only the client and the COUNSELOR signed and dated it - her signature and date cells
are empty (application_signature; three fresh stubs cover the wages and the letter the illness); aj7 rent from the
single-wide on the back lot is claimed but only August's statement came - not two - and no rent checks
(income_doc:rental), while the wife's stubs document the wages and the husband's signed 4506-C is there.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and must give each scenario's intended codes. `--check` validates every expected.json
(keys, codes, types, dates, income totals, that every listed page exists and every page of every file belongs to
exactly one document - a scan's separator or fax cover aside -, that `scanned` matches the absence of a text layer,
pay-stub periods against their frequency, monthly gross and year to date, that consecutive statements chain, that the
born-digital applications print their loan number, borrower, street and total - Form 710 in its fields -, that no
full SSN is written, and that expected.json scores perfectly against itself through tests/sample_compare.compare) and
that a rebuild with the same seed gives the same bytes. Every file is the same bytes for a seed: reportlab runs in
invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. The scaffolding (signature strokes,
print-and-scan, Form 710 filling, the Packet bookkeeping, `missing_codes`, `check`, `main`) follows
holdout_packets_af.py. All people, employers, banks, the agency and the lender are fictional (the VA and the IRS form
aside); SSNs use the 900-999 area and appear in expected.json as last four only, and every page carries a faint
"synthetic test document" line.
"""


from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import io
import itertools
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
from reportlab.lib.pagesizes import letter
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
    c.setCreator("holdout_packets_aj")
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
    writer.add_metadata({"/Producer": "holdout_packets_aj"})
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




def weekly_dates(first_friday: dt.date, current: dt.date) -> list[dt.date]:
    out = []
    d = first_friday
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=7)
    return out


def semimonthly_dates(current: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(period start, period end, pay date) of every semi-monthly check of the year up to `current`: the 1st-15th
    paid on the 15th, the 16th-month end paid on the month's last day, moved back to the Friday before a weekend."""
    out = []
    for month in range(1, 13):
        first, last = dt.date(current.year, month, 1), month_end(current.year, month)
        for start, end in ((first, first.replace(day=15)), (first.replace(day=16), last)):
            pay = end
            while pay.weekday() >= 5:
                pay -= dt.timedelta(days=1)
            if pay <= current:
                out.append((start, end, pay))
    return out


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# Ember & Rail Grill: a restaurant chain's weekly "TEAM MEMBER PAY STUB" with tips ------------------------------

@dataclass
class TipCheck:
    pay_date: dt.date
    earn: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount); tips carry hours 0
    cash_tips: float  # declared cash tips, inside the gross, taken back out before the net

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.earn.values()))


def tip_taxes(gross: float, state_rate: float) -> dict[str, float]:
    return {"Federal withholding": r2(gross * 0.065), "Social Security": r2(gross * 0.062),
            "Medicare": r2(gross * 0.0145), "State withholding": r2(gross * state_rate)}


def restaurant_stub(rng: random.Random, chain: str, unit: str, unit_address: str, employee: str, emp_id: str,
                    job: str, pay_date: dt.date, wage: float, hours: float, tipped: bool, charged_tips: float,
                    cash_tips: float, state_rate: float, meal: float) -> Stub:
    """A restaurant chain's weekly stub: tipped wage (or full wage and a tip-pool share), charged tips paid through
    payroll and declared cash tips inside the gross, the cash tips taken back out before the net."""
    first = dt.date(pay_date.year, 1, 1)
    while first.weekday() != 4:
        first += dt.timedelta(days=1)
    dates = weekly_dates(first, pay_date)
    key = rng_key(rng)
    checks: list[TipCheck] = []
    for d in dates:
        rr = random.Random(f"{emp_id}{d}{key}")
        h = r2(max(12.0, hours + rr.choice([-6.5, -3.25, -1.5, 0.0, 1.75, 2.5, 4.0])))
        ch_t = r2(charged_tips * rr.uniform(0.78, 1.2))
        reg = min(h, 40.0)
        earn = {("Tipped wage" if tipped else "Regular"): (reg, wage, r2(reg * wage))}
        if h > 40:
            earn["Overtime"] = (r2(h - 40), r2(wage * 1.5), r2(r2(h - 40) * r2(wage * 1.5)))
        earn["Charged tips" if tipped else "Tip pool share"] = (0.0, 0.0, ch_t)
        ca_t = 0.0
        if tipped:
            ca_t = r2(cash_tips * rr.uniform(0.7, 1.25))
            earn["Cash tips declared"] = (0.0, 0.0, ca_t)
        checks.append(TipCheck(d, earn, ca_t))
    ch = checks[-1]

    def parts(c_: TipCheck) -> dict[str, float]:
        out = dict(tip_taxes(c_.gross, state_rate))
        out["Employee meals"] = meal
        if tipped:
            out["Cash tips received"] = c_.cash_tips
        out["NET"] = r2(c_.gross - sum(out.values()))
        return out

    ytd: dict[str, float] = {}
    for c_ in checks:
        items = {k: v[2] for k, v in c_.earn.items()}
        items.update(parts(c_))
        items["GROSS"] = c_.gross
        items["HOURS"] = sum(v[0] for k, v in c_.earn.items() if k in ("Tipped wage", "Regular", "Overtime"))
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
    now = parts(ch)
    net = now["NET"]
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    order = ["Tipped wage", "Regular", "Overtime", "Charged tips", "Tip pool share", "Cash tips declared"]

    def page(c: Canvas) -> list[Mark]:
        red = Color(0.55, 0.12, 0.08)
        c.setFillColor(red)
        c.setFont("Times-BoldItalic", 22)
        c.drawString(48, 738, chain)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(48, 725, f"{unit}  -  {unit_address}")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(564, 742, "TEAM MEMBER PAY STUB")
        c.setFont("Helvetica", 8)
        c.drawRightString(564, 730, "Weekly payroll - keep for your records")
        c.setStrokeColor(red)
        c.setLineWidth(2.2)
        c.line(48, 716, 564, 716)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        facts = [[("Team member", employee), ("Team member ID", emp_id), ("Job", job)],
                 [("Work week", f"{mdy(start)} - {mdy(end)}"), ("Pay date", mdy(pay_date)), ("Pay cycle", "Weekly")]]
        y = 700
        for row in facts:
            x = 48.0
            for i, (k, v) in enumerate(row):
                c.setFont("Helvetica", 7)
                c.setFillGray(0.35)
                c.drawString(x, y + 9, k.upper())
                c.setFillColor(black)
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(x, y - 2, v)
                x += (210, 150, 160)[i]
            y -= 30
        # earnings box (left) and withholding box (right)
        top = 628
        c.setFillColor(Color(0.96, 0.92, 0.88))
        c.rect(48, top - 16, 300, 16, stroke=0, fill=1)
        c.rect(358, top - 16, 206, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, top - 11, "HOURS & EARNINGS")
        c.drawRightString(196, top - 11, "HRS")
        c.drawRightString(234, top - 11, "RATE")
        c.drawRightString(298, top - 11, "THIS WEEK")
        c.drawRightString(345, top - 11, "YTD")
        c.drawString(362, top - 11, "TAXES & DEDUCTIONS")
        c.drawRightString(510, top - 11, "THIS WEEK")
        c.drawRightString(561, top - 11, "YTD")
        c.setFont("Helvetica", 8.5)
        y = top - 30
        for lab in order:
            if lab not in ytd:
                continue
            hrs, rate, amt = ch.earn.get(lab, (0.0, 0.0, 0.0))
            c.drawString(52, y, lab)
            if hrs:
                c.drawRightString(196, y, f"{hrs:.2f}")
                c.drawRightString(234, y, f"{rate:.2f}")
            c.drawRightString(298, y, money(amt))
            c.drawRightString(345, y, money(ytd[lab]))
            y -= 13
        c.line(52, y + 8, 345, y + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y - 3, "Total gross (incl. tips)")
        c.drawRightString(298, y - 3, money(ch.gross))
        c.drawRightString(345, y - 3, money(ytd["GROSS"]))
        bottom_left = y - 3
        c.setFont("Helvetica", 8.5)
        y = top - 30
        for k, v in now.items():
            if k == "NET":
                continue
            c.drawString(362, y, k)
            c.drawRightString(510, y, money(v))
            c.drawRightString(561, y, money(ytd[k]))
            y -= 13
        c.rect(48, min(bottom_left, y) - 8, 300, top - min(bottom_left, y) + 8, stroke=1, fill=0)
        c.rect(358, min(bottom_left, y) - 8, 206, top - min(bottom_left, y) + 8, stroke=1, fill=0)
        y = min(bottom_left, y) - 40
        if tipped:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(48, y, "TIP REPORT FOR THE WEEK")
            c.setFont("Helvetica", 8)
            charged = money(ch.earn["Charged tips"][2])
            c.drawString(48, y - 12, f"Charged tips on guest checks paid with this check: ${charged}."
                                     f"  Cash tips you declared at clock-out: ${money(ch.cash_tips)}.")
            c.drawString(48, y - 23, "Declared cash tips are taxable wages; you already received them, so they are "
                                     "subtracted again before your net pay.")
            y -= 44
        c.setFillColor(Color(0.55, 0.12, 0.08))
        c.rect(358, y - 10, 206, 26, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(366, y - 1, "NET PAY")
        c.drawRightString(556, y - 1, "$" + money(net))
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(48, y, f"Hours worked this year: {ytd['HOURS']:,.2f}")
        c.drawString(48, y - 11, f"Net pay YTD: ${money(ytd['NET'])}")
        c.setDash(2, 3)
        c.line(40, y - 40, 572, y - 40)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawString(48, y - 52, f"Deposited to your pay card / account on file on {mdy(pay_date)}.  "
                                 "Payroll questions: "
                                 f"ask your general manager or call Team Member Services at (800) 555-0142.")
        return []

    fields = stub_fields(chain, employee, ch, start, end, "weekly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay_date)


# Lorimer State University: a semi-monthly staff "SALARY AND WAGE STATEMENT" ------------------------------------

def university_stub(rng: random.Random, university: str, office: str, employee: str, emp_id: str, dept: str,
                    title: str, pay_date: dt.date, annual: float, fte: float, nonexempt_rate: float | None,
                    ret_rate: float, health: float, state_rate: float) -> Stub:
    """A state university's semi-monthly staff statement: salary at an FTE, occasional overtime for non-exempt staff,
    retirement and health before tax, parking after tax, a five-cell TOTAL GROSS .. NET PAY grid."""
    periods = [p for p in semimonthly_dates(pay_date)]
    assert periods and periods[-1][2] == pay_date, pay_date
    key = rng_key(rng)
    rows = []
    for start, end, pay in periods:
        rr = random.Random(f"{emp_id}{pay}{key}")
        sal = r2(annual * fte / 24)
        earn = {"Regular Salary": (0.0, sal)}
        if nonexempt_rate and rr.random() < 0.45:
            ot = rr.choice([2.0, 3.5, 4.0, 6.0])
            earn["Overtime 1.5"] = (ot, r2(ot * nonexempt_rate * 1.5))
        gross = r2(sum(v[1] for v in earn.values()))
        ret = r2(gross * ret_rate)
        pre = {"State Retirement System": ret, "Health Plan (pre-tax)": health}
        taxable = r2(gross - ret - health)
        taxes = {"Fed Withholding": r2(taxable * 0.082), "Fed OASDI/EE": r2((gross - health) * 0.062),
                 "Fed MED/EE": r2((gross - health) * 0.0145), "State Withholding": r2(taxable * state_rate)}
        post = {"Parking Permit": 21.50}
        net = r2(gross - sum(pre.values()) - sum(taxes.values()) - sum(post.values()))
        rows.append((start, end, pay, earn, gross, taxable, pre, taxes, post, net))
    start, end, pay, earn, gross, taxable, pre, taxes, post, net = rows[-1]
    ytd: dict[str, float] = {}
    for r in rows:
        items = {k: v[1] for k, v in r[3].items()}
        items.update(r[6])
        items.update(r[7])
        items.update(r[8])
        items.update({"GROSS": r[4], "TAXABLE": r[5], "NET": r[9], "TAXES": sum(r[7].values()),
                      "DED": sum(r[6].values()) + sum(r[8].values())})
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
    advice = f"{rng.randrange(10**6, 10**7)}"

    def page(c: Canvas) -> list[Mark]:
        navy = Color(0.12, 0.18, 0.38)
        c.setFillColor(navy)
        c.setFont("Times-Bold", 16)
        c.drawString(44, 744, university.upper())
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(44, 732, office)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(568, 746, "SALARY AND WAGE STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(568, 735, f"Advice No. {advice}    Advice Date {mdy(pay)}")
        c.setLineWidth(0.7)
        c.line(44, 726, 568, 726)
        # three fact columns without boxes
        cols = [[("Name", employee), ("Employee ID", emp_id), ("Department", dept), ("Job Title", title)],
                [("Pay Group", "SMS - Semi-Monthly Staff"), ("Pay Begin Date", mdy(start)), ("Pay End Date", mdy(end)),
                 ("Check Date", mdy(pay))],
                [("Appointment", f"{fte * 100:.0f}% FTE"), ("Annual Rate", "$" + money(annual)),
                 ("Fed Marital Status", "Single" if rng.random() < 0.5 else "Married"), ("State", "Resident")]]
        for i, col in enumerate(cols):
            x = 44 + i * 178
            y = 710
            for k, v in col:
                c.setFont("Helvetica-Bold", 7.5)
                c.drawString(x, y, k + ":")
                c.setFont("Helvetica", 8.5)
                c.drawString(x + 72, y, v)
                y -= 12
        # summary grid
        y0 = 640
        heads = ["", "TOTAL GROSS", "FED TAXABLE GROSS", "TOTAL TAXES", "TOTAL DEDUCTIONS", "NET PAY"]
        widths = [64, 92, 92, 92, 92, 92]
        cur = [gross, taxable, sum(taxes.values()), sum(pre.values()) + sum(post.values()), net]
        yt = [ytd["GROSS"], ytd["TAXABLE"], ytd["TAXES"], ytd["DED"], ytd["NET"]]
        x = 44.0
        for i, hd in enumerate(heads):
            c.setFillColor(navy if i else white)
            c.rect(x, y0, widths[i], 15, stroke=1, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(x + widths[i] / 2, y0 + 4.5, hd)
            c.setFillColor(black)
            for r, vals in ((1, cur), (2, yt)):
                c.rect(x, y0 - 15 * r, widths[i], 15, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 7.5)
                    c.drawString(x + 4, y0 - 15 * r + 4.5, "Current" if r == 1 else "YTD")
                else:
                    c.setFont("Helvetica", 8.5)
                    c.drawRightString(x + widths[i] - 5, y0 - 15 * r + 4.5, money(r2(vals[i - 1])))
            x += widths[i]
        # earnings (left) and taxes (right)
        y = 585

        def table(x: float, y: float, title: str, heads: Sequence[tuple[float, str]],
                  lines: Sequence[Sequence[str]], width: float) -> float:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, y, title)
            y -= 12
            c.setFont("Helvetica-Bold", 7)
            for off, h in heads:
                if off < 0:
                    c.drawString(x, y, h)
                else:
                    c.drawRightString(x + off, y, h)
            c.line(x, y - 3, x + width, y - 3)
            y -= 13
            c.setFont("Helvetica", 8.5)
            for ln in lines:
                c.drawString(x, y, ln[0])
                for (off, _h), v in zip(heads[1:], ln[1:], strict=True):
                    c.drawRightString(x + off, y, v)
                y -= 12
            return y

        e_lines = []
        for k in ("Regular Salary", "Overtime 1.5"):
            if k not in ytd:
                continue
            hrs, amt = earn.get(k, (0.0, 0.0))
            rate = money(r2(annual * fte / 24)) if k == "Regular Salary" else f"{(nonexempt_rate or 0) * 1.5:.4f}"
            e_lines.append([k, rate if k in earn else "", f"{hrs:.2f}" if hrs else "",
                            money(amt) if k in earn else "0.00", money(ytd[k])])
        ye = table(44, y, "HOURS AND EARNINGS", [(-1, "Description"), (132, "Rate"), (168, "Hours"),
                                                  (220, "Current"), (272, "YTD")], e_lines, 274)
        t_lines = [[k, money(v), money(ytd[k])] for k, v in taxes.items()]
        yt_ = table(330, y, "TAXES", [(-1, "Description"), (170, "Current"), (236, "YTD")], t_lines, 238)
        y = min(ye, yt_) - 16
        b_lines = [[k, money(v), money(ytd[k])] for k, v in pre.items()]
        yb = table(44, y, "BEFORE-TAX DEDUCTIONS", [(-1, "Description"), (200, "Current"), (270, "YTD")], b_lines, 272)
        a_lines = [[k, money(v), money(ytd[k])] for k, v in post.items()]
        ya = table(330, y, "AFTER-TAX DEDUCTIONS", [(-1, "Description"), (170, "Current"), (236, "YTD")], a_lines, 238)
        y = min(yb, ya) - 16
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, "NET PAY DISTRIBUTION")
        c.setFont("Helvetica", 8.5)
        c.drawString(44, y - 13, f"Direct deposit   Checking   Account ******{emp_id[-4:]}")
        c.drawRightString(314, y - 13, money(net))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(330, y, "LEAVE BALANCES (HOURS)")
        c.setFont("Helvetica", 8.5)
        vac = 40 + rng.randrange(0, 120)
        sick = 60 + rng.randrange(0, 300)
        c.drawString(330, y - 13, f"Vacation  {vac:.2f}      Sick  {sick:.2f}")
        c.setFont("Helvetica", 7)
        c.drawString(44, y - 45, "This is a statement of earnings only and is not negotiable. Report any error to "
                                 "Payroll Services within 30 days.")
        return []

    ch = Check(pay, {k: (v[0], 0.0, v[1]) for k, v in earn.items()})
    fields = stub_fields(university, employee, ch, start, end, "semimonthly", ytd["GROSS"], net)
    return Stub(Paper([page]), fields, pay)
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
    debits = [("HOME LOAN PMT - PARTIAL", 0), ("HY-VEE #1187 DEBIT", 1), ("RURAL ELECTRIC COOP ACH", 0),
              ("CASEYS GEN STORE 3321", 1), ("T-MOBILE AUTOPAY", 0), ("CVS PHARMACY 04418", 1),
              ("PROGRESSIVE INS ACH", 0), ("ATM CASH WITHDRAWAL", 1), ("FAMILY DOLLAR DEBIT", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(20, 140) if small else rng.uniform(90, 420))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out



def signed_amt(a: float) -> str:
    """An old core system's amount: debits with a TRAILING minus."""
    return money(abs(a)) + ("-" if a < 0 else " ")


def osprey_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                     begin: float, credits: Sequence[tuple[int, str, float]], product: str = "EVERYDAY CHECKING"
                     ) -> Statement:
    """Osprey Point Bank: two pages, a five-column summary line, a register of signed amounts with trailing minus
    signs and a running balance, "Page n of 2"."""
    bank = "Osprey Point Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    n_dep = sum(1 for t in lines if t[2] > 0)
    n_wd = len(lines) - n_dep
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:10], rows[10:]
    teal = Color(0.0, 0.36, 0.42)

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(teal)
        p = c.beginPath()
        p.moveTo(50, 732)
        p.lineTo(62, 748)
        p.lineTo(74, 736)
        p.lineTo(86, 750)
        p.lineTo(98, 732)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(106, 735, "OSPREY POINT BANK")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 718, "PO Box 880  -  Clear Lake, IA 50428  -  ospreypointbank.example  -  Member FDIC")
        c.setLineWidth(0.6)
        c.rect(352, 690, 210, 54, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        for i, (k, v) in enumerate((("Statement Period", f"{mdy(start)} thru {mdy(end)}"),
                                    ("Account Number", "*****" + acct[-4:]), ("Page", f"{n} of 2"))):
            c.drawString(357, 732 - 15 * i, k)
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(557, 732 - 15 * i, v)
            c.setFont("Helvetica", 7.5)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Courier-Bold", 8.5)
        c.drawString(50, y, "DATE   DESCRIPTION")
        c.drawRightString(470, y, "AMOUNT ")
        c.drawRightString(560, y, "BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Courier", 8.5)
        if opening:
            c.drawString(50, y, start.strftime("%m-%d") + "  PREVIOUS BALANCE")
            c.drawRightString(560, y, money(begin))
            y -= 12
        for d, desc, a, b in part:
            c.drawString(50, y, d.strftime("%m-%d") + "  " + desc)
            c.drawRightString(470, y, signed_amt(a))
            c.drawRightString(560, y, money(b))
            y -= 12
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Courier", 9.5)
        y = 676
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(70, y, ln)
            y -= 12
        c.setFillColor(teal)
        c.rect(50, 600, 512, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, 605, f"{product}  -  ACCOUNT SUMMARY")
        c.setFillColor(black)
        heads = [("Previous Balance", money(begin)), (f"{n_dep} Deposits/Credits", money(dep)),
                 (f"{n_wd} Checks/Debits", money(wd)), ("Service Charges", "0.00"), ("Current Balance", money(ending))]
        for i, (k, v) in enumerate(heads):
            x = 50 + i * 102.4
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 4, 588, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x + 4, 574, v)
            if i:
                c.line(x, 570, x, 596)
        c.line(50, 566, 562, 566)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 545, "ACCOUNT TRANSACTIONS")
        register(c, 528, first, True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = register(c, 670, rest, False)
        c.setFont("Courier-Bold", 8.5)
        c.drawString(50, y - 2, end.strftime("%m-%d") + "  ENDING BALANCE")
        c.drawRightString(560, y - 2, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 36, "Amounts followed by a minus sign (-) are withdrawals, checks and other debits.")
        c.drawString(50, y - 47, "In case of errors or questions about your electronic transfers, call (641) 555-0117 "
                                 "within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def redcedar_statement(rng: random.Random, holder: str, address: Sequence[str], member: str, acct: str, year: int,
                       month: int, begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Red Cedar Valley Federal Credit Union: one page, a member box at the top right, the share draft account's
    register with separate Withdrawals and Deposits columns between "Balance Forward" and "Ending Balance"."""
    bank = "Red Cedar Valley Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    brown = Color(0.45, 0.22, 0.12)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(brown)
        c.circle(66, 740, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(66, 736, "RC")
        c.setFillColor(brown)
        c.setFont("Times-Bold", 15)
        c.drawString(90, 744, "Red Cedar Valley")
        c.setFont("Times-Roman", 10)
        c.drawString(90, 731, "Federal Credit Union")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(90, 721, "1190 Sawmill Road  -  Cedar Rapids Junction, IA 52240  -  (319) 555-0160")
        c.setLineWidth(0.6)
        c.rect(392, 700, 170, 58, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(398, 746, "STATEMENT OF ACCOUNT")
        c.setFont("Helvetica", 7.5)
        c.drawString(398, 733, f"Member number:  {member}")
        c.drawString(398, 722, f"Statement period:  {mdy(start)} - {mdy(end)}")
        c.drawString(398, 711, "Page 1 of 1")
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder, *address]:
            c.drawString(62, y, ln)
            y -= 12
        y -= 20
        c.setFillGray(0.88)
        c.rect(50, y - 4, 512, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(55, y + 1, f"SHARE DRAFT CHECKING  -  Account {acct}")
        y -= 22
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(52, y, "EFF DATE")
        c.drawString(105, y, "TRANSACTION DESCRIPTION")
        c.drawRightString(405, y, "WITHDRAWALS")
        c.drawRightString(480, y, "DEPOSITS")
        c.drawRightString(560, y, "BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(52, y, mdy(start))
        c.drawString(105, y, "Balance Forward")
        c.drawRightString(560, y, money(begin))
        y -= 12.5
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(52, y, mdy(d))
            c.drawString(105, y, desc.title())
            c.drawRightString(405 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(560, y, money(bal))
            y -= 12.5
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y, mdy(end))
        c.drawString(105, y, "Ending Balance")
        c.drawRightString(560, y, money(ending))
        c.line(50, y - 6, 562, y - 6)
        y -= 24
        c.setFont("Helvetica", 8)
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        c.drawString(52, y, f"Total deposits {money(dep)}      Total withdrawals {money(wd)}      "
                            f"Dividends paid this period 0.00")
        c.setFont("Helvetica", 7)
        c.drawString(52, y - 26, "Your savings federally insured to at least $250,000 by the National Credit Union "
                                 "Administration, a U.S. Government Agency.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)
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
        if self.type in ("divorce_decree", "quitclaim_deed", "death_certificate", "obituary"):
            return {}  # as in the shared samples: no fields are compared for these papers
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out.update(benefit_type="unemployment")
        return out




def pension_verification(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    paras = [f"At your request, this letter verifies the retirement benefit the Fund pays to {member}. The benefit "
             "is a monthly annuity paid by direct deposit on the first business day of each month. It is reported on "
             "Form 1099-R each January and is subject to federal income tax.",
             "The annuity is payable for the member's lifetime. It is not reduced for any other income the member "
             "receives."]
    table = [("Pensioner", member), ("Benefit commencement date", long_date(since)),
             ("Gross monthly benefit", "$" + money(monthly)), ("Payment frequency", "Monthly"),
             ("Form of benefit", "Single life annuity")]
    paper = simple_letter(("UPPER MIDWEST TRANSIT WORKERS PENSION FUND",
                           "Member Services  -  55 Terminal Avenue, Suite 300  -  Dubuque, IA 52001  -  (563) 555-0183",
                           Color(0.15, 0.3, 0.2)), date, [member, *address], "Re: Pension benefit verification",
                          paras, ["Sincerely,", "", "Member Services Representative",
                                  "Upper Midwest Transit Workers Pension Fund"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def unemployment_letter(person: str, address: Sequence[str], date: dt.date, weekly: float, begin: dt.date,
                        employer: str) -> Letter:
    paras = [f"Your claim for unemployment insurance benefits, filed after your separation from {employer}, has "
             "been approved. Based on the wages reported for your base period, your weekly benefit amount is shown "
             "below.", "You must request payment every week and remain able and available for work. Benefits are "
             "paid for up to 26 weeks in your benefit year. Unemployment benefits are taxable income; you may "
             "choose to have federal tax withheld."]
    table = [("Claimant", person), ("Benefit year begins", mdy(begin)), ("Weekly benefit amount", "$" + money(weekly)),
             ("Maximum benefit amount", "$" + money(weekly * 26)), ("Payment", "Weekly, by debit card or deposit")]
    paper = simple_letter(("IOWA WORKFORCE BENEFITS OFFICE", "Unemployment Insurance Services  -  Des Moines, IA 50319",
                           Color(0.1, 0.2, 0.4)), date, [person, *address], "Notice of claim approval", paras,
                          ["Unemployment Insurance Services", f"Mailed {mdy(date)}"], table)
    return Letter(paper, "unemployment_benefit_letter", date)


def va_letter(veteran: str, address: Sequence[str], date: dt.date, monthly: float, rating: int) -> Letter:
    paras = [f"This letter is a summary of the benefits you currently receive from the Department of Veterans "
             f"Affairs. Your combined service-connected evaluation is {rating} percent.",
             f"You are receiving ${money(monthly)} each month in disability compensation. VA disability compensation "
             "is not taxable income. Payments are made on the first business day of each month for the prior month.",
             "You can use this letter to verify your income for a mortgage, a loan or a housing program."]
    paper = simple_letter(("DEPARTMENT OF VETERANS AFFAIRS", "Benefits summary letter  -  Regional Office",
                           Color(0.1, 0.2, 0.35)), date, [veteran, *address], "Benefit summary and verification",
                          paras, ["Sincerely yours,", "", "Regional Office Director"],
                          [("Monthly compensation", "$" + money(monthly)), ("Payment frequency", "Monthly"),
                           ("Combined rating", f"{rating}%")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def divorce_decree(county: str, state: str, case_no: str, petitioner: str, respondent: str, entered: dt.date,
                   street: str, awarded_to: str, support: float) -> Letter:
    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 730, f"IN THE IOWA DISTRICT COURT FOR {county.upper()} COUNTY")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, f"IN RE THE MARRIAGE OF {petitioner.upper()},")
        c.drawString(110, 674, "Petitioner,")
        c.drawString(72, 654, "and")
        c.drawString(72, 634, f"{respondent.upper()},")
        c.drawString(110, 618, "Respondent.")
        c.drawString(380, 674, f"Case No. {case_no}")
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 585, "DECREE OF DISSOLUTION OF MARRIAGE")
        paragraphs(c, 72, 560, W - 144, [
            "This matter came before the Court on the parties' stipulation. The Court, having reviewed the file and "
            "being fully advised, FINDS that there has been a breakdown of the marriage relationship to the extent "
            "that the legitimate objects of matrimony have been destroyed and there remains no reasonable "
            "likelihood that the marriage can be preserved.",
            "IT IS THEREFORE ORDERED, ADJUDGED AND DECREED:",
            f"1. The marriage of {petitioner} and {respondent} is dissolved, effective on entry of this Decree.",
            f"2. The marital residence at {street} is awarded to {awarded_to}, who shall be solely responsible for "
            "the mortgage, taxes and insurance on it and shall hold the other party harmless from them.",
            f"3. The Respondent shall pay the Petitioner child support of ${money(support)} per month, payable on "
            "the first day of each month, until the youngest child reaches eighteen or graduates from high school.",
            "4. The parties' stipulation is approved and incorporated into this Decree by reference."], size=11)
        c.setFont("Times-Italic", 9)
        c.drawCentredString(W / 2, 40, "Page 1 of 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        paragraphs(c, 72, 720, W - 144, [
            "5. Each party shall keep the vehicle and the personal property now in that party's possession.",
            "6. Costs are assessed equally to the parties.",
            "This is a final order. It resolves all issues between the parties."], size=11)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 600, f"Dated and entered {long_date(entered)}.")
        c.line(320, 560, 540, 560)
        c.drawString(320, 546, "District Court Judge")
        c.setFont("Times-Italic", 9)
        c.drawString(72, 500, f"E-FILED  {mdy(entered)}  CLERK OF DISTRICT COURT  {county.upper()} COUNTY")
        c.drawCentredString(W / 2, 40, "Page 2 of 2")
        return []

    return Letter(Paper([page1, page2]), "divorce_decree", entered)


def death_certificate(name: str, died: dt.date, age: int, place: str, county: str, spouse: str, informant: str,
                      filed: dt.date, number: str) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 742, "STATE OF IOWA  -  DEPARTMENT OF HEALTH")
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W / 2, 722, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 710, f"State file number {number}   -   CERTIFIED COPY")
        c.setLineWidth(0.6)
        rows = [[("1. Decedent's legal name", name), ("2. Sex", "Male")],
                [("3. Date of death", long_date(died)), ("4. Age", str(age))],
                [("5. Place of death", place), ("6. County", county)],
                [("7. Marital status at death", "Married"), ("8. Surviving spouse", spouse)],
                [("9. Informant", informant), ("10. Relationship", "Spouse")],
                [("11. Manner of death", "Natural"), ("12. Date filed", mdy(filed))]]
        y = 680
        for row in rows:
            x = 60.0
            for i, (k, v) in enumerate(row):
                wd = 330 if i == 0 else 162
                c.rect(x, y - 30, wd, 30, stroke=1, fill=0)
                c.setFont("Helvetica", 6.5)
                c.drawString(x + 3, y - 9, k.upper())
                c.setFont("Courier", 10)
                c.drawString(x + 6, y - 24, v)
                x += wd
            y -= 30
        paragraphs(c, 60, y - 30, W - 120, [
            "I certify that this is a true and correct copy of the record on file with the State Registrar of Vital "
            "Records. This copy is valid only with the raised seal of the State of Iowa."], font="Helvetica", size=8,
                   leading=10)
        c.circle(470, y - 110, 36, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawCentredString(470, y - 112, "STATE REGISTRAR")
        c.setFont("Helvetica", 8)
        c.drawString(60, y - 100, f"Issued {mdy(filed + dt.timedelta(days=6))}")
        return []

    return Letter(Paper([page]), "death_certificate", filed)


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(W / 2, 700, "BATCH SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 682, "Cottonwood Home Finance - Servicing mailroom - scan this sheet first")
        c.drawImage(ImageReader(code), W / 2 - 160, 540, width=320, height=90)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 515, f"LOAN {loan}")
        return []

    return Paper([page])


def counselor_fax_cover(agency: str, agency_lines: Sequence[str], counselor: str, to: str, to_fax: str,
                        date: dt.date, pages: int, client: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 738, agency)
        c.setFont("Helvetica", 8.5)
        y = 725
        for ln in agency_lines:
            c.drawString(72, y, ln)
            y -= 11
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 650, "Fax Transmittal")
        c.setLineWidth(1)
        c.line(72, 640, W - 72, 640)
        rows = [("Date", mdy(date)), ("To", to), ("Fax", to_fax), ("From", f"{counselor}, Housing Counselor"),
                ("Client", client), ("Pages incl. cover", str(pages))]
        y = 612
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(200, y, v)
            y -= 22
        c.setFont("Helvetica", 10)
        paragraphs(c, 72, y - 16, W - 144, [
            "Enclosed is our client's mortgage assistance package, submitted on the client's behalf with the "
            "client's written authorization. Please acknowledge receipt to the client and to this office.",
            "CONFIDENTIAL: this transmission contains personal financial information. If you received it in error, "
            "please call us and destroy it."], font="Helvetica", size=10, leading=13)
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
    servicer: str = ""
    income_notes: dict[str, tuple[str, str]] = field(default_factory=dict)  # code -> (how often, document)

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
    return fixed_pypdf_bytes(writer, f"aj710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "aj710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)




def tick(c: Canvas, x: float, y: float, on: bool, size: float = 9.0) -> None:
    """A square box with its lower-left corner at (x, y); a typed tick mark in it when `on`."""
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if on:  # a check mark typed into the box, drawn as two strokes
        c.saveState()
        c.setLineWidth(1.3)
        c.setLineCap(1)
        c.setLineJoin(1)
        p = c.beginPath()
        p.moveTo(x + size * 0.18, y + size * 0.52)
        p.lineTo(x + size * 0.42, y + size * 0.2)
        p.lineTo(x + size * 0.9, y + size * 0.95)
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()


# Three Rivers Neighborhood Housing Services: "CLIENT INTAKE & SERVICER SUBMISSION" (LM-7) ------------------------

TR_TEAL = Color(0.05, 0.33, 0.35)
TR_GREY = Color(0.87, 0.89, 0.89)
TR_HARDSHIP = ("Unemployment", "Reduced income", "Higher housing costs", "Disaster", "Illness / disability",
               "Divorce / separation", "Unmarried co-owners separated", "Death of borrower / earner",
               "Distant job relocation", "Other (see notes)")
TR_INCOME = ("Wages, salary, tips, overtime, bonus", "Self-employment (net)", "Unemployment benefits",
             "Taxable Social Security / pension / disability", "Non-taxable SS / SSI / disability",
             "Rental income (net of expenses)", "Investment / insurance income", "Other (support, alimony, other)")


@dataclass
class Counselor:
    agency: str
    agency_lines: tuple[str, ...]
    name: str
    hud_id: str
    phone: str
    email: str
    agency_id: str
    file_no: str
    session: dt.date


def fit(text: str, font: str, size: float, width: float) -> float:
    """The font size, at most `size`, at which `text` fits in `width` points."""
    while size > 5 and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def header_table(c: Canvas, x: float, y: float, cols: Sequence[tuple[float, str, str]], hh: float = 13.0,
                 vh: float = 19.0, check: bool = False) -> float:
    """A spreadsheet-like table: a grey row of column headings, the typed answers in the white row beneath.
    cols: (width, heading, answer). With `check`, the answers are X marks centred in their cells."""
    c.setLineWidth(0.6)
    cx = x
    for w, head, val in cols:
        c.setFillColor(TR_GREY)
        c.rect(cx, y - hh, w, hh, stroke=1, fill=1)
        c.setFillColor(black)
        c.rect(cx, y - hh - vh, w, vh, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", fit(head, "Helvetica-Bold", 6.8, w - 6))
        if check:
            c.drawCentredString(cx + w / 2, y - hh + 4, head)
        else:
            c.drawString(cx + 3, y - hh + 4, head)
        if val:
            if check:
                c.setFont("Helvetica-Bold", 11)
                c.drawCentredString(cx + w / 2, y - hh - vh + 5, val)
            else:
                c.setFont("Courier", fit(val, "Courier", 10, w - 8))
                c.drawString(cx + 4, y - hh - vh + 6, val)
        cx += w
    return y - hh - vh


def lm7(app: App, cs: Counselor, ink: bool, counselor_signs: bool = True) -> Paper:
    def head(c: Canvas, page: int) -> None:
        c.setFillColor(TR_TEAL)
        c.rect(44, 734, 6, 24, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(56, 746, cs.agency)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(56, 736, cs.agency_lines[0])
        c.setFont("Helvetica-Bold", 9.5)
        c.drawRightString(568, 748, "CLIENT INTAKE & SERVICER SUBMISSION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(568, 737, f"Form LM-7 (03/2037)   Page {page} of 2")
        c.setStrokeColor(TR_TEAL)
        c.setLineWidth(1.4)
        c.line(44, 728, 568, 728)
        c.setStrokeColor(black)

    def section(c: Canvas, y: float, title: str) -> float:
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(TR_TEAL)
        c.drawString(44, y, title)
        c.setFillColor(black)
        return y - 6

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 7.5)
        c.drawString(44, 716, "Completed by a HUD-certified housing counselor with the client and sent to the "
                              "servicer on the client's behalf. Type all answers; mark choices with an X.")
        y = section(c, 700, "SUBMITTED ON THE CLIENT'S BEHALF BY")
        y = header_table(c, 44, y, [(140, "Housing counselor", cs.name), (82, "HUD counselor ID", cs.hud_id),
                                    (102, "Direct phone", cs.phone), (200, "Counselor e-mail", cs.email)])
        y = header_table(c, 44, y, [(140, "Agency HUD ID", cs.agency_id), (82, "Client file no.", cs.file_no),
                                    (102, "Intake session date", mdy(cs.session)),
                                    (200, "Submitted to (servicer)", app.servicer)])
        y = section(c, y - 18, "SECTION 1   CLIENT AND LOAN")
        y = header_table(c, 44, y, [(130, "Servicer loan number", app.loan), (300, "Client (borrower) full name",
                                                                              app.borrower),
                                    (94, "SSN last 4", app.ssn[-4:])])
        y = header_table(c, 44, y, [(200, "Co-client (co-borrower) full name", app.co or ""),
                                    (60, "SSN last 4", (app.co_ssn or "")[-4:]), (104, "Best phone", app.phone),
                                    (160, "Client e-mail", app.email)])
        y = section(c, y - 18, "SECTION 2   PROPERTY")
        y = header_table(c, 44, y, [(250, "Property street address", app.street), (150, "City", app.city),
                                    (44, "State", app.state), (80, "ZIP", app.zip)])
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y - 11, "Occupancy - mark one X:")
        occ = ["X" if app.occupancy == o else "" for o in OCCUPANCIES]
        y = header_table(c, 44, y - 15, [(175, "Client's primary residence", occ[0]),
                                         (175, "Second / seasonal home", occ[1]),
                                         (174, "Rental / investment property", occ[2])], check=True)
        y = section(c, y - 18, "SECTION 3   HARDSHIP")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y - 6, "Cause(s) of the hardship - mark an X under every one that applies:")
        y -= 10
        for row in (HARDSHIPS[:5], HARDSHIPS[5:]):
            y = header_table(c, 44, y, [(104.8, TR_HARDSHIP[HARDSHIPS.index(h)], "X" if h in app.hardships else "")
                                        for h in row], check=True)
        y -= 8
        header_table(c, 44, y, [(130, "Hardship began (mm/dd/yyyy)", mdy(app.start))])
        y = header_table(c, 174, y, [(132, "Short-term (6 mo. or less)", "X" if app.duration == "short" else ""),
                                     (132, "Long-term (over 6 mo.)", "X" if app.duration == "long" else ""),
                                     (130, "Resolved as of today", "X" if app.duration == "resolved" else "")],
                         check=True)
        y = header_table(c, 44, y - 8, [(524, "Counselor notes (required if Other is marked)", app.other_text)],
                         vh=30)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = header_table(c, 44, 716, [(170, "Servicer loan number", app.loan), (130, "Client file no.", cs.file_no),
                                      (224, "Client (borrower)", app.borrower)])
        y = section(c, y - 18, "SECTION 4   HOUSEHOLD MONTHLY INCOME (GROSS, BEFORE TAXES)")
        c.setLineWidth(0.6)
        widths = [210, 90, 80, 144]
        heads = ["Income source", "Gross per month", "Received", "Document enclosed"]
        x = 44.0
        for w, h in zip(widths, heads, strict=True):
            c.setFillColor(TR_GREY)
            c.rect(x, y - 13, w, 13, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.8)
            c.drawString(x + 3, y - 9, h)
            x += w
        y -= 13
        for k, label in zip(INCOMES, TR_INCOME, strict=True):
            amt = app.income.get(k, 0.0)
            x = 44.0
            for w in widths:
                c.rect(x, y - 18, w, 18, stroke=1, fill=0)
                x += w
            c.setFont("Helvetica", 8)
            c.drawString(47, y - 12, label)
            if amt > 0:
                c.setFont("Courier", 10)
                c.drawRightString(44 + 210 + 86, y - 12, "$" + money(amt))
                freq, docs = app.income_notes.get(k, ("Monthly", ""))
                c.setFont("Courier", fit(freq, "Courier", 10, 72))
                c.drawString(44 + 300 + 4, y - 12, freq)
                c.setFont("Courier", fit(docs, "Courier", 8.5, 136))
                c.drawString(44 + 380 + 4, y - 12, docs)
            y -= 18
        c.setFillColor(TR_GREY)
        c.rect(44, y - 20, 210, 20, stroke=1, fill=1)
        c.setFillColor(black)
        c.rect(254, y - 20, 90, 20, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(47, y - 13, "TOTAL GROSS MONTHLY HOUSEHOLD INCOME")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(340, y - 13, "$" + money(app.total))
        y = section(c, y - 40, "SECTION 5   AUTHORIZATION, CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 44, y - 8, 524, [
            f"I (we) authorize {cs.agency} to submit this application to my (our) mortgage servicer on my (our) behalf "
            "and to receive information about my (our) loan. I (we) certify that the information above is true and "
            "complete and that the hardship described contributed to my (our) need for mortgage assistance. I (we) "
            "agree to provide the documents the servicer requests and consent to a credit report for each borrower "
            "named. Knowingly false statements may violate federal law.",
            "The counselor's signature confirms the intake session only; it does not sign for the client."],
            font="Helvetica", size=8, leading=10, gap=4)
        widths = [110, 210, 120, 84]
        heads = ["", "Signature", "Printed name", "Date (mm/dd/yyyy)"]
        x = 44.0
        y -= 4
        for w, h in zip(widths, heads, strict=True):
            c.setFillColor(TR_GREY)
            c.rect(x, y - 13, w, 13, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.8)
            c.drawString(x + 3, y - 9, h)
            x += w
        y -= 13
        marks: list[Mark] = []
        people = [("Client (borrower)", app.borrower, app.b_signs, app.b_dates, 0),
                  ("Co-client (co-borrower)", app.co or "", bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, 1),
                  ("Housing counselor", cs.name, counselor_signs, counselor_signs, 5)]
        for role, name, signs, dates, k in people:
            x = 44.0
            for w in widths:
                c.rect(x, y - 34, w, 34, stroke=1, fill=0)
                x += w
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(47, y - 20, role)
            c.setFont("Courier", fit(name, "Courier", 9, 112))
            c.drawString(44 + 320 + 4, y - 21, name)
            if signs:
                marks.append(Mark("sig", 44 + 110 + 14, y - 28, w=135, seed=app.seed + k))
            if dates:
                d = cs.session if k == 5 and not ink else app.signed_on
                if ink:
                    marks.append(Mark("hand", 44 + 440 + 6, y - 23, mdy(d), size=11, seed=app.seed + 11 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(44 + 440 + 5, y - 21, mdy(d))
            y -= 34
        c.setFont("Helvetica", 7)
        c.drawString(44, y - 16, cs.agency_lines[1] if len(cs.agency_lines) > 1 else "")
        return marks

    return Paper([page1, page2])


# Cottonwood Home Finance: "PAYMENT ASSISTANCE REQUEST - Manufactured Home Loans" (CHF-SV-22) ---------------------

CW_BROWN = Color(0.42, 0.3, 0.12)
CW_HARDSHIP = ("I lost my job or my hours ended", "My pay or hours were cut", "My home costs went up (taxes, "
               "insurance, lot rent)", "Storm, fire, flood or other disaster", "Serious illness or disability in "
               "the household", "Divorce or legal separation", "We were not married and have separated",
               "A borrower or wage earner died", "I had to move far away for work", "Something else (tell us in q)")
CW_INCOME = ("Job income before deductions (wages, tips, overtime)", "Self-employment income (after expenses)",
             "Unemployment benefits", "Social Security, pension or disability (taxable)",
             "SSI / VA / non-taxable disability", "Rent you receive (after expenses)", "Investment or insurance income",
             "Child support, alimony or other income")


def lbox(c: Canvas, x: float, top: float, w: float, h: float, code: str, caption: str, value: str,
         font: tuple[str, float] = ("Courier", 10), right: bool = False) -> None:
    """A W-2 style box: its letter and caption in small type in the top-left corner, the answer in the lower part."""
    c.setLineWidth(0.6)
    c.rect(x, top - h, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(x + 3, top - 8, code)
    c.setFont("Helvetica", 6.5)
    c.drawString(x + 12, top - 8, caption)
    if value:
        c.setFont(*font)
        if right:
            c.drawRightString(x + w - 6, top - h + 5, value)
        else:
            c.drawString(x + 6, top - h + 5, value)


def chf22(app: App, ink: bool, home: tuple[str, str, str], land_owned: bool = True) -> Paper:
    """home: (year / make / model, serial numbers, HUD label numbers)."""

    def head(c: Canvas, page: int) -> None:
        c.setFillColor(CW_BROWN)
        c.rect(44, 734, 40, 12, stroke=0, fill=1)  # a single-section home under a low roof
        p = c.beginPath()
        p.moveTo(42, 746)
        p.lineTo(64, 754)
        p.lineTo(86, 746)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(92, 742, "COTTONWOOD HOME FINANCE")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(92, 732, "Loan Servicing Department  -  4410 Prairie Commerce Drive, Waco, TX 76712  -  "
                              "Fax (254) 555-0109")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawRightString(568, 760, "PAYMENT ASSISTANCE REQUEST")
        c.setFont("Helvetica", 7)
        c.drawRightString(568, 750, "Manufactured Home Loans")
        c.drawRightString(568, 741, f"Form CHF-SV-22 (rev. 2037)  -  page {page} of 2")
        c.setLineWidth(0.8)
        c.line(44, 724, 568, 724)

    def step(c: Canvas, y: float, n: int, title: str) -> float:
        c.setFillColor(Color(0.93, 0.9, 0.84))
        c.rect(44, y - 4, 524, 15, stroke=0, fill=1)
        c.setFillColor(CW_BROWN)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, f"STEP {n}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(92, y, title)
        return y - 8

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 7.5)
        c.drawString(44, 713, "Use this form if you are having trouble making the payments on your manufactured "
                              "home loan. Answer every box that applies to you, then sign on page 2.")
        y = step(c, 694, 1, "Tell us about you")
        lbox(c, 44, y, 150, 28, "a", "Account number", app.loan)
        lbox(c, 194, y, 284, 28, "b", "Applicant name (first, middle, last)", app.borrower)
        lbox(c, 478, y, 90, 28, "c", "SSN - last four", app.ssn[-4:])
        y -= 28
        lbox(c, 44, y, 434, 28, "d", "Co-applicant name (if any)", app.co or "")
        lbox(c, 478, y, 90, 28, "e", "SSN - last four", (app.co_ssn or "")[-4:])
        y -= 28
        lbox(c, 44, y, 200, 28, "f", "Daytime phone", app.phone)
        lbox(c, 244, y, 324, 28, "g", "E-mail", app.email)
        y -= 46
        y = step(c, y, 2, "Tell us about your home")
        lbox(c, 44, y, 524, 28, "h", "Home site address (where the home is located)", app.street)
        y -= 28
        lbox(c, 44, y, 300, 28, "i", "City", app.city)
        lbox(c, 344, y, 80, 28, "j", "State", app.state)
        lbox(c, 424, y, 144, 28, "k", "ZIP code", app.zip)
        y -= 28
        lbox(c, 44, y, 220, 28, "l", "Year / make / model of home", home[0], font=("Courier", 9))
        lbox(c, 264, y, 164, 28, "m", "Serial number(s)", home[1], font=("Courier", 9))
        lbox(c, 428, y, 140, 28, "n", "HUD label number(s)", home[2], font=("Courier", 9))
        y -= 44
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "The land under the home is:")
        tick(c, 200, y - 1, land_owned)
        c.setFont("Helvetica", 8)
        c.drawString(213, y, "owned by me / us")
        tick(c, 310, y - 1, not land_owned)
        c.drawString(323, y, "a leased lot or space in a community")
        y -= 20
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "How do you use the home?")
        opts = [(200.0, "primary_residence", "We live in it all year (primary residence)"),
                (380.0, "second_home", "Seasonal / second home"), (498.0, "investment_property", "Rented out")]
        for x, code, lab in opts:
            tick(c, x, y - 1, app.occupancy == code)
            c.setFont("Helvetica", 8)
            c.drawString(x + 13, y, lab)
        y -= 30
        y = step(c, y, 3, "Tell us what happened")
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 6, "Tick the box after each reason that applies to you.")
        y -= 20
        for i, reason in enumerate(CW_HARDSHIP):
            c.setFont("Helvetica", 8.5)
            c.drawString(60, y, f"{i + 1}.  {reason}")
            c.setDash(1, 2)
            c.setLineWidth(0.4)
            c.line(60 + 12 + stringWidth(f"{i + 1}.  {reason}", "Helvetica", 8.5), y, 395, y)
            c.setDash()
            tick(c, 400, y - 1, HARDSHIPS[i] in app.hardships)
            y -= 14.5
        y -= 8
        lbox(c, 44, y, 160, 28, "o", "When did it start? (mm/dd/yyyy)", mdy(app.start))
        c.rect(204, y - 28, 364, 28, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(207, y - 8, "p")
        c.setFont("Helvetica", 6.5)
        c.drawString(216, y - 8, "How long do you think it will last?")
        x = 216.0
        for code, lab in (("short", "Less than 6 months"), ("long", "More than 6 months"),
                          ("resolved", "It is already over")):
            tick(c, x, y - 23, app.duration == code, size=8)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y - 22, lab)
            x += 112
        y -= 28
        lbox(c, 44, y, 524, 28, "q", "If you ticked reason 10, tell us what happened", app.other_text)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        lbox(c, 44, 712, 180, 28, "a", "Account number", app.loan)
        lbox(c, 224, 712, 344, 28, "b", "Applicant name", app.borrower)
        y = step(c, 664, 4, "Tell us your household's monthly income (before taxes)")
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 6, "Add up the income of everyone on the loan. Leave a box empty if you do not receive "
                                "that kind of income.")
        y -= 14
        codes = "rstuvwxy"
        for i, (k, label) in enumerate(zip(INCOMES, CW_INCOME, strict=True)):
            col, row = i % 2, i // 2
            amt = app.income.get(k, 0.0)
            lbox(c, 44 + col * 262, y - row * 34, 262, 34, codes[i], label, "$ " + money(amt) if amt > 0 else "",
                 right=True)
            if amt <= 0:
                c.setFont("Helvetica", 8)
                c.drawString(44 + col * 262 + 8, y - row * 34 - 28, "$")
        y -= 4 * 34
        c.setLineWidth(1.6)
        c.rect(306, y - 34, 262, 34, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(309, y - 8, "z")
        c.drawString(318, y - 8, "TOTAL monthly income (r through y)")
        c.setFont("Courier-Bold", 10.5)
        c.drawRightString(562, y - 29, "$ " + money(app.total))
        y -= 60
        y = step(c, y, 5, "Read and sign")
        y = paragraphs(c, 48, y - 10, 516, [
            "By signing, I (we) certify that everything on this form is true and that the hardship I (we) described "
            "is why I (we) need help with the payments on this manufactured home loan. I (we) will send the "
            "documents Cottonwood Home Finance asks for, and I (we) allow Cottonwood to order a credit report for "
            "each applicant. Giving false information on purpose may break federal law."],
            font="Helvetica", size=8, leading=10)
        marks: list[Mark] = []
        y -= 6
        people = [("Applicant signature", app.b_signs, app.b_dates, 0),
                  ("Co-applicant signature (if any)", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for cap, signs, dates, k in people:
            lbox(c, 44, y, 380, 40, "", cap, "")
            lbox(c, 424, y, 144, 40, "", "Date (mm/dd/yyyy)", "")
            if signs:
                marks.append(Mark("sig", 70, y - 34, w=210, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 440, y - 32, mdy(app.signed_on), size=12, seed=app.seed + 21 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(432, y - 33, mdy(app.signed_on))
            y -= 40
        y -= 26
        c.setFillColor(Color(0.93, 0.93, 0.93))
        c.rect(44, y - 30, 524, 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(50, y - 10, "For servicing use only:   Date received ________   Reviewed by ________   "
                                 "Queue ________")
        return marks

    return Paper([page1, page2])


def form4506c_ink(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                  client: str, client_phone: str, signed_on: dt.date, phone: str, style: Scan, seed: int
                  ) -> list[ScannedPage]:
    """Page 1 of the real IRS Form 4506-C typed over by the servicer, printed, signed and dated in ink, scanned."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Ledgerstone Verification Services"),
           (312, 506, "LVS-40915"), (420, 506, "LEDGER07"), (27, 484, "88 Meridian Parkway"),
           (312, 484, "Plano"), (420, 484, "TX"), (474, 484, "75024"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("Helvetica-Bold", 8.5)  # the boxes crossed with a typed X
    c.drawString(98, 350.5, "X")
    c.drawString(26, 195.5, "X")
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    pdf = fixed_pypdf_bytes(writer, "aj4506c")
    marks = [[Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 346, 167, mdy(signed_on), size=11, seed=seed + 3)]]
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




def fridays_before(d: dt.date, n: int) -> list[dt.date]:
    """The last n Fridays strictly before d, oldest first."""
    out = []
    x = d - dt.timedelta(days=1)
    while len(out) < n:
        if x.weekday() == 4:
            out.append(x)
        x -= dt.timedelta(days=1)
    return out[::-1]


def sm_pay(year: int, month: int, second_half: bool) -> dt.date:
    """The pay date of a semi-monthly check (the 15th or the month's last day, back to Friday at a weekend)."""
    d = month_end(year, month) if second_half else dt.date(year, month, 15)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


LSU = ("Lorimer State University", "Office of Payroll Services  -  210 Founders Hall  -  Lorimer, IA 50014")
EMBER = "Ember & Rail Grill"
HEARTLAND = "Heartland Crest Mortgage Services"
TRNHS_LINES = ("HUD-approved housing counseling agency  -  118 Second Avenue SE, Cedar Rapids, IA 52401  -  "
               "(319) 555-0133", "Three Rivers NHS is a nonprofit HUD-approved housing counseling agency. Counseling "
               "is free of charge.")


def counselor(file_no: str, session: dt.date) -> Counselor:
    return Counselor("Three Rivers Neighborhood Housing Services, Inc.", TRNHS_LINES, "Marisela V. Duarte", "9183307",
                     "(319) 555-0135", "mduarte@threeriversnhs.example", "80-4471", file_no, session)


def packet_aj1(seed: int) -> Packet:
    received = dt.date(2037, 4, 27)
    addr = ["1718 Quarry Ridge Court", "Lorimer, IA 50014"]
    stubs = [university_stub(random.Random(seed * 7 + 1), *LSU, "Annelise K. Brandvold", "0093317",
                             "University Libraries", "Library Assistant III", d, 46800.00, 0.80, 28.12, 0.0595,
                             212.40, 0.044)
             for d in (sm_pay(2037, 3, True), sm_pay(2037, 4, False))]
    app = App("3360917248", "Annelise K. Brandvold", "941-27-6653", "1718 Quarry Ridge Court", "Lorimer", "IA",
              "50014", "(515) 555-0146", "annelise.brandvold@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2037, 1, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2037, 4, 24), seed=seed + 11)
    p = Packet("aj1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Brandvold mortgage assistance application.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/LSU paycheck {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2037, 4, 24)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, HEARTLAND, [
        "In January the university cut my library position from full time to 80 percent because of the state "
        "budget reduction. My salary went down by about $780 a month before taxes and I do not know when my hours "
        "will come back.", "I have paid on time for eleven years, but I fell behind in March. I want to keep my "
        "home and ask to be considered for a modification that fits my new pay."], ink=False, seed=seed)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_aj2(seed: int) -> Packet:
    received = dt.date(2037, 5, 18)
    addr = ["907 Linden Court NE", "Cedar Rapids, IA 52402"]
    stubs = [restaurant_stub(random.Random(seed * 7 + 2), EMBER, "Restaurant #118 Coralville",
                             "1450 Edgewater Place, Coralville, IA 52241", "Rosalind T. Achterberg", "118-20471",
                             "Server", d, 4.35, 31.0, True, 286.0, 64.0, 0.041, 12.00)
             for d in fridays_before(received, 2)]
    pension = pension_verification("Dale M. Achterberg", addr, dt.date(2037, 4, 2), 1386.40, dt.date(2035, 9, 1))
    cs = counselor("TR-37-0588", dt.date(2037, 5, 14))
    app = App("6604183395", "Rosalind T. Achterberg", "957-80-2214", "907 Linden Court NE", "Cedar Rapids", "IA",
              "52402", "(319) 555-0171", "rachterberg@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2037, 2, 9), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 1386.40},
              dt.date(2037, 5, 14), co="Dale M. Achterberg", co_ssn="957-12-8830", seed=seed + 21, servicer=HEARTLAND,
              income_notes={"wages": ("Weekly", "2 pay stubs"), "benefits_taxable": ("Monthly", "Pension letter")})
    p = Packet("aj2", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_LM7_intake.pdf", paper_pdf(lm7(app, cs, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{loan}_paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan}_pension_letter.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    on = dt.date(2037, 5, 14)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, HEARTLAND, [
        "On February 9 my husband Dale had a stroke. He spent three weeks in the hospital and is now in therapy "
        "three days a week. He cannot drive or be left alone for long, so I have cut my shifts at the restaurant "
        "from five nights to four.", "Dale's pension has not changed, but our co-pays and the lost shift put us "
        "about $600 short each month. We are working with a housing counselor and ask for a modification so we "
        "can stay in our home."], ink=False, seed=seed)
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_aj3(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2037, 6, 15)
    addr = ["3104 Lone Tree Road", "Solon, IA 52333"]
    app = App("2207745163", "Wade L. Fortier", "932-64-1078", "3104 Lone Tree Road", "Solon", "IA", "52333",
              "(319) 555-0112", "fortier.smallengine@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2036, 11, 1), "long", {"self_employment": 3650.00}, dt.date(2037, 6, 8), seed=seed + 31)
    p = Packet("aj3", received, app, ["irs_form_4506c"])
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005, seed=3)
    holder = "Wade L. Fortier dba Fortier Small Engine"
    s1 = redcedar_statement(rng, holder, addr, "40218", "0040218910", 2037, 4, 1833.07, [
        (4, "MOBILE DEPOSIT - CUSTOMER CHECK", 420.00), (9, "SQUARE INC DEPOSIT", 1186.25),
        (16, "DEPOSIT AT BRANCH", 905.00), (23, "SQUARE INC DEPOSIT", 1342.80), (29, "MOBILE DEPOSIT", 375.00)])
    s2 = redcedar_statement(rng, holder, addr, "40218", "0040218910", 2037, 5, s1.fields["ending_balance"], [
        (2, "SQUARE INC DEPOSIT", 1410.65), (8, "MOBILE DEPOSIT - CUSTOMER CHECK", 640.00),
        (15, "DEPOSIT AT BRANCH", 1122.00), (22, "SQUARE INC DEPOSIT", 1268.40), (28, "SQUARE INC DEPOSIT", 988.15)])
    on = dt.date(2037, 6, 8)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Cottonwood Home Finance", [
        "I repair mowers, tillers and small engines out of the shop beside my home. Last fall the farm supply store "
        "in Solon started doing repairs for free with every new mower, and my work dropped by almost half over "
        "the winter.", "Business is coming back now that it is mowing season, but I fell three payments behind. I "
        "am asking for a modification or a plan to catch up over time."], ink=True, seed=seed + 3)
    p.scan("batch_0615_0112.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), scan_paper(chf22(app, True, ("2011 / Clayton / Tempo 16x76", "CLW018872TX", "NTA1523311")),
                               style, seed + 301)),
        (hardship_doc(on), scan_paper(hl, style, seed + 302)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 303)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 304))], style)
    return p


def packet_aj4(seed: int) -> Packet:
    received = dt.date(2037, 7, 20)
    addr = ["44 Bur Oak Lane", "Lorimer, IA 50014"]
    stubs = [university_stub(random.Random(seed * 7 + 4), *LSU, "Teodoro R. Vashchenko", "0071502",
                             "Facilities Planning & Management", "Groundskeeper II", d, 41600.00, 1.0, 20.00, 0.0595,
                             388.75, 0.044)
             for d in (sm_pay(2037, 3, True), sm_pay(2037, 4, False))]
    ui = unemployment_letter("Lucia M. Vashchenko", addr, dt.date(2037, 5, 5), 372.00, dt.date(2037, 4, 26),
                             "Prairieland Foods, Inc.")
    app = App("4471093826", "Teodoro R. Vashchenko", "968-03-5541", "44 Bur Oak Lane", "Lorimer", "IA", "50014",
              "(515) 555-0188", "tvashchenko@example.org", "primary_residence", ["unemployment"], dt.date(2037, 4, 24),
              "short", {"wages": stubs[-1].monthly, "unemployment": r2(372.00 * 52 / 12)}, dt.date(2037, 7, 13),
              co="Lucia M. Vashchenko", co_ssn="968-47-0126", seed=seed + 41)
    p = Packet("aj4", received, app, ["income_doc:wages"])
    style = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004, seed=4)
    on = dt.date(2037, 7, 13)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, HEARTLAND, [
        "My wife Lucia worked on the packaging line at Prairieland Foods for nine years. The plant closed the line "
        "on April 24 and she was laid off with two weeks of pay. She receives unemployment and is looking for work "
        "every week.", "My job at the university has not changed, but one paycheck is not enough for the mortgage "
        "and the bills. We expect Lucia to find work within a few months and ask for help until then."],
        ink=True, seed=seed + 4)
    folder = app.loan
    papers = [(app_doc(), form710_ink(app, style, seed + 400)),
              (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 401)),
              (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 402)),
              (letter_doc(ui), scan_paper(ui.paper, style, seed + 403)),
              (hardship_doc(on), scan_paper(hl, style, seed + 404))]
    for i, (doc, sheets) in enumerate(papers):
        p.scan(f"{folder}/IMG_20370716_{i + 1:04d}.pdf", [(doc, sheets)], style)
    return p


def packet_aj5(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2037, 8, 10)
    addr = ["5120 Hawthorn Ridge Road", "Evansdale, IA 50707"]
    stubs = [restaurant_stub(random.Random(seed * 7 + 5), EMBER, "Restaurant #204 Waterloo",
                             "3110 Crossroads Boulevard, Waterloo, IA 50702", "Janelle D. Kessling", "204-11863",
                             "Shift Leader", d, 16.25, 38.0, False, 92.0, 0.0, 0.041, 0.00)
             for d in fridays_before(received, 2)]
    net = stubs[0].fields["net_current"]
    acct = "7730418852"
    s1 = osprey_statement(rng, "Janelle D. Kessling", addr, acct, 2037, 6, 1264.90, [
        (2, "IA CHILD SUPPORT RECOVERY", 640.00), (5, "EMBER AND RAIL PAYROLL", net),
        (12, "EMBER AND RAIL PAYROLL", r2(net - 22.4)), (19, "EMBER AND RAIL PAYROLL", r2(net + 31.15)),
        (26, "EMBER AND RAIL PAYROLL", r2(net - 8.6))])
    s2 = osprey_statement(rng, "Janelle D. Kessling", addr, acct, 2037, 7, s1.fields["ending_balance"], [
        (1, "IA CHILD SUPPORT RECOVERY", 640.00), (3, "EMBER AND RAIL PAYROLL", r2(net + 12.5)),
        (10, "EMBER AND RAIL PAYROLL", net), (17, "EMBER AND RAIL PAYROLL", r2(net - 40.25)),
        (24, "EMBER AND RAIL PAYROLL", r2(net + 5.1)), (31, "EMBER AND RAIL PAYROLL", r2(net - 3.3))])
    decree = divorce_decree("Black Hawk", "IA", "CDDM049281", "Janelle D. Kessling", "Brent A. Kessling",
                            dt.date(2037, 3, 2), "5120 Hawthorn Ridge Road, Evansdale, Iowa", "the Petitioner", 640.00)
    app = App("5718820346", "Janelle D. Kessling", "926-58-3307", "5120 Hawthorn Ridge Road", "Evansdale", "IA",
              "50707", "(319) 555-0127", "janelle.kessling@example.com", "primary_residence",
              ["divorce_or_separation"], dt.date(2037, 3, 2), "long", {"wages": stubs[-1].monthly, "other": 640.00},
              dt.date(2037, 8, 6), seed=seed + 51)
    p = Packet("aj5", received, app, [])
    pre = f"Kessling {app.loan}"
    p.pdf(f"{pre} payment assistance request.pdf",
          paper_pdf(chf22(app, False, ("2019 / Champion / Redwood 28x56", "CHM24IA77310AB", "IOW1190431 / 32"))),
          (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{pre} paystub {s.date.strftime('%b %d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{pre} bank statement June.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{pre} bank statement July.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    p.pdf(f"{pre} divorce decree.pdf", paper_pdf(decree.paper), (letter_doc(decree), 2))
    on = dt.date(2037, 8, 6)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Cottonwood Home Finance", [
        "My divorce was final on March 2. The court gave me our home and the loan, and my former husband pays child "
        "support for our two children. Before the divorce we paid the loan from two incomes.",
        "I work full time as a shift leader and I receive the support every month, but I could not keep up with "
        "the payment, the property taxes and the insurance by myself. I ask for a lower payment so the children and I "
        "can stay in our home."], ink=False, seed=seed)
    p.pdf(f"{pre} hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_aj6(seed: int) -> Packet:
    received = dt.date(2037, 8, 31)
    addr = ["2716 Mulberry Street", "Marion, IA 52302"]
    stub = university_stub(random.Random(seed * 7 + 6), *LSU, "Luis F. Carrizales", "0108846",
                           "Residence Life Facilities", "Custodian I", sm_pay(2037, 8, False), 35360.00, 1.0, 17.00,
                           0.0595, 301.10, 0.044)
    co_stubs = [restaurant_stub(random.Random(seed * 7 + 66), EMBER, "Restaurant #131 Marion",
                                "4800 Twixt Town Road, Marion, IA 52302", "Nadia P. Carrizales", "131-30914", "Server",
                                d, 4.35, 26.0, True, 231.0, 48.0, 0.041, 8.00)
                for d in fridays_before(received, 2)]
    cs = counselor("TR-37-1147", dt.date(2037, 8, 26))
    app = App("8102654437", "Luis F. Carrizales", "983-20-7715", "2716 Mulberry Street", "Marion", "IA", "52302",
              "(319) 555-0159", "lcarrizales@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2037, 5, 11), "short", {"wages": r2(stub.monthly + co_stubs[-1].monthly)}, dt.date(2037, 8, 26),
              co="Nadia P. Carrizales", co_ssn="983-51-4402", co_signs=False, seed=seed + 61, servicer=HEARTLAND,
              income_notes={"wages": ("Semi-mo./wkly", "3 pay stubs")})
    p = Packet("aj6", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True, seed=6)
    on = dt.date(2037, 8, 26)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, HEARTLAND, [
        "In May I hurt my back lifting furniture at work and needed surgery on June 2. I was on unpaid leave for "
        "ten weeks after my sick time ran out, and I went back to work on light duty on August 10.",
        "My wife picked up extra shifts while I was out, but we fell two payments behind. My doctor expects a full "
        "recovery by the end of the year. We ask for a short-term plan or a modification."], ink=True, seed=seed + 6)
    cover = counselor_fax_cover(cs.agency, cs.agency_lines, cs.name, HEARTLAND, "(515) 555-0190", received, 8,
                                f"{app.borrower} and {app.co}")
    p.scan("RXFAX_20370831_094512.pdf", [
        (None, scan_paper(cover, style, seed + 600)),
        (app_doc(), scan_paper(lm7(app, cs, ink=True), style, seed + 601)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 602)),
        (stub_doc(co_stubs[0]), scan_paper(co_stubs[0].paper, style, seed + 603)),
        (stub_doc(co_stubs[1]), scan_paper(co_stubs[1].paper, style, seed + 604)),
        (hardship_doc(on), scan_paper(hl, style, seed + 605))], style)
    return p


def packet_aj7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2037, 9, 21)
    addr = ["1877 Timber Creek Lane", "Mount Vernon, IA 52314"]
    stubs = [university_stub(random.Random(seed * 7 + 7), *LSU, "Irene C. Pettibone", "0052290",
                             "College of Agriculture - Dean's Office", "Administrative Specialist", d, 52400.00, 1.0,
                             None, 0.0595, 412.60, 0.044)
             for d in (sm_pay(2037, 8, True), sm_pay(2037, 9, False))]
    net = stubs[-1].fields["net_current"]
    s1 = osprey_statement(rng, "Gordon W. Pettibone or Irene C. Pettibone", addr, "7730562219", 2037, 8, 2310.46, [
        (2, "MOBILE DEPOSIT - RENT LOT B", 575.00), (14, "LORIMER STATE UNIV PAYROLL", net),
        (31, "LORIMER STATE UNIV PAYROLL", net)], "JOINT CHECKING")
    app = App("9036614782", "Gordon W. Pettibone", "915-36-2290", "1877 Timber Creek Lane", "Mount Vernon", "IA",
              "52314", "(319) 555-0104", "gwpettibone@example.com", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2037, 1, 1), "long",
              {"wages": stubs[-1].monthly, "rental": 575.00}, dt.date(2037, 9, 16), co="Irene C. Pettibone",
              co_ssn="915-72-0948", seed=seed + 71)
    p = Packet("aj7", received, app, ["income_doc:rental"])
    style = Scan(dpi=300, tilt=0.45, blur=0.65, noise=0.0005, seed=7)
    on = dt.date(2037, 9, 16)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Cottonwood Home Finance", [
        "This January the county reassessed our five acres and the two homes on it, and our property taxes went up "
        "by $1,900 a year. Our homeowner's insurance on the manufactured home went up by $84 a month after the "
        "hail claims in our area.", "We rent the older single-wide on the back lot for $575 a month. With Irene's "
        "pay from the university and the rent we cannot cover the higher escrow. We ask for a modification."],
        ink=True, seed=seed + 7)
    p.scan(f"{app.loan} Pettibone.pdf", [
        (app_doc(), scan_paper(chf22(app, True, ("2006 / Fleetwood / Berkshire 32x68", "IAFL2K518874A/B",
                                                 "IOW0988120 / 21")), style, seed + 701)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 702)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 703)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 704)),
        (Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True),
         form4506c_ink("Gordon", "W", "Pettibone", "915-36-2290", "1877 Timber Creek Lane", "Mount Vernon", "IA",
                       "52314", "Cottonwood Home Finance", "(254) 555-0100", on, "(319) 555-0104", style, seed + 705)),
        (hardship_doc(on), scan_paper(hl, style, seed + 706))], style)
    return p


def packet_aj8(seed: int) -> Packet:
    received = dt.date(2037, 10, 19)
    addr = ["612 Prospect Hill Drive", "Iowa City, IA 52245"]
    stubs = [restaurant_stub(random.Random(seed * 7 + 8), EMBER, "Restaurant #102 Iowa City",
                             "220 Riverside Drive, Iowa City, IA 52246", "Bernadette L. Skarsgard", "102-07715",
                             "Server", d, 4.35, 29.0, True, 301.0, 72.0, 0.041, 10.00)
             for d in fridays_before(received, 2)]
    va = va_letter("Bernadette L. Skarsgard", addr, dt.date(2037, 9, 3), 1132.90, 50)
    cert = death_certificate("Arvid Peder Skarsgard", dt.date(2037, 7, 22), 61, "Mercy Hospital, Iowa City",
                             "Johnson", "Bernadette L. Skarsgard", "Bernadette L. Skarsgard", dt.date(2037, 7, 29),
                             "37-118-004512")
    cs = counselor("TR-37-1502", dt.date(2037, 10, 14))
    app = App("1295507368", "Bernadette L. Skarsgard", "904-61-3388", "612 Prospect Hill Drive", "Iowa City", "IA",
              "52245", "(319) 555-0193", "bskarsgard@example.net", "primary_residence", ["death"], dt.date(2037, 7, 22),
              "long", {"wages": stubs[-1].monthly, "benefits_nontaxable": 1132.90}, dt.date(2037, 10, 14),
              seed=seed + 81, servicer=HEARTLAND,
              income_notes={"wages": ("Weekly", "2 pay stubs"), "benefits_nontaxable": ("Monthly", "VA letter")})
    p = Packet("aj8", received, app, [])
    style = Scan(dpi=240, tilt=0.3, blur=0.5, noise=0.0005, seed=8)
    on = dt.date(2037, 10, 14)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, HEARTLAND, [
        "My husband Arvid died on July 22 after a heart attack. He was a union electrician and his pay was most of "
        "our household income. His life insurance paid for the funeral and little more.",
        "I work as a server and I receive VA disability compensation. I have met with a housing counselor, who "
        "helped me put this package together. I want to stay in our home and ask for a modification."],
        ink=True, seed=seed + 8)
    loan = app.loan
    papers = [(app_doc(), lm7(app, cs, ink=True)), (stub_doc(stubs[0]), stubs[0].paper),
              (stub_doc(stubs[1]), stubs[1].paper), (letter_doc(va), va.paper), (letter_doc(cert), cert.paper),
              (hardship_doc(on), hl)]
    for i, (doc, paper) in enumerate(papers):
        p.scan(f"TRNHS {loan} {i + 1}.pdf", [(doc, scan_paper(paper, style, seed + 800 + i))], style)
    return p
# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_aj1, packet_aj2, packet_aj3, packet_aj4, packet_aj5, packet_aj6,
                                             packet_aj7, packet_aj8]


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
                days = (dt.date.fromisoformat(f["period_end"]) - dt.date.fromisoformat(f["period_start"])).days + 1
                if days not in {"weekly": (7,), "biweekly": (14,), "semimonthly": (13, 14, 15, 16),
                                "monthly": (28, 29, 30, 31)}[f["frequency"]]:
                    problems.append(f"{name}: period of {days} days for a {f['frequency']} stub")
                late = (dt.date.fromisoformat(f["period_end"]) - dt.date.fromisoformat(f["pay_date"])).days
                if late > 2 or f["gross_ytd"] < f["gross_current"]:  # paid the Friday before a weekend period end
                    problems.append(f"{name}: stub dates or year to date {f}")
        # every page of every file belongs to exactly one document; only a scan's first page (a separator sheet
        # or a fax cover) may be left out
        for path in sorted((exp_path.parent / "inbox").rglob("*.pdf")):
            rel = path.relative_to(exp_path.parent / "inbox").as_posix()
            n = len(readers.setdefault(rel, PdfReader(path)).pages)
            for pg in range(1, n + 1):
                if (rel, pg) not in seen and not (pg == 1 and n > 1):
                    problems.append(f"{name}: page {pg} of {rel} belongs to no document")
        # consecutive statements of one account chain their balances
        stmts = sorted((d["fields"] for d in exp["documents"] if d["type"] == "bank_statement"),
                       key=lambda f: f["period_start"])
        for a, b in itertools.pairwise(stmts):
            if a["account_last4"] == b["account_last4"] and a["ending_balance"] != b["beginning_balance"]:
                problems.append(f"{name}: statements do not chain {a['period_end']} -> {b['period_start']}")
        # born-digital applications print (or hold in their fields) the key answers
        for doc in exp["documents"]:
            if doc["type"] != "mortgage_assistance_application" or doc["scanned"]:
                continue
            reader = readers[doc["pages"][0]["file"]]
            fields = reader.get_fields() or {}
            if fields:
                got = {k: str(v.get("/V", "")) for k, v in fields.items()}
                want = {"Text_1": app["loan_number"], "Text_2": app["borrower_name"],
                        "Text_6": app["property_address"]}
                if any(got.get(k) != v for k, v in want.items()):
                    problems.append(f"{name}: Form 710 fields {got.get('Text_1')} {got.get('Text_2')}")
            else:
                text = " ".join(reader.pages[pg["page"] - 1].extract_text() for pg in doc["pages"])
                for v in (app["loan_number"], app["borrower_name"], app["property_address"].split(",")[0],
                          money(app["income"]["total"])):
                    if v not in text:
                        problems.append(f"{name}: the application's text lacks {v!r}")
        if re.search(r"\b9\d\d-\d\d-\d{4}\b", exp_path.read_text()):
            problems.append(f"{name}: a full SSN is written in expected.json")
        problems += [f"{name}: self-score {c.label}: {c.want} != {c.got}" for c in self_score(exp)]
    return problems


def self_score(exp: dict[str, Any]) -> list[Any]:
    """expected.json scored against a case report that says exactly what it says (tests/sample_compare.compare)."""
    spec = importlib.util.spec_from_file_location("sample_compare", REPO / "tests" / "sample_compare.py")
    if spec is None or spec.loader is None:
        return []
    mod = importlib.util.module_from_spec(spec)
    sys.modules["sample_compare"] = mod
    spec.loader.exec_module(mod)

    def fld(v: Any) -> dict[str, Any]:
        return {"value": v, "confidence": 1.0}

    app = exp["application"]
    case_app = {k: fld(v) for k, v in app.items() if k != "income"}
    case_app["income"] = {k: fld(v) for k, v in app["income"].items()}
    case = {"status": exp["status"], "missing": [{"code": c, "description": c} for c in exp["missing"]],
            "application": case_app,
            "documents": [{"type": d["type"], "pages": d["pages"],
                           "fields": {k: fld(v) for k, v in d["fields"].items()}} for d in exp["documents"]]}
    return mod.compare(exp, case).wrong()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (aj1 ..)")
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
        for build in PACKETS:  # the same seed gives the same bytes
            name = build.__name__.replace("packet_", "")
            if args.only and name not in args.only:
                continue
            p = build(args.seed)
            for rel, data in p.files.items():
                if (args.out / p.name / "inbox" / rel).read_bytes() != data:
                    problems.append(f"{name}: {rel} differs when rebuilt with the same seed")
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
