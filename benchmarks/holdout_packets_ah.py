"""A thirty-fourth holdout set of borrower packets (ah1..ah8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z, aa, ab, ac, ad, ae and af sets, written without looking at the service's code, rules, data
files or tests, to estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ah.py OUT_DIR [--seed N] [--check] [--only ah1 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.25 to 0.5 degrees, a
little blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white), check marks are typed
(an X or a tick in a box), and the hand-written parts are signatures and the dates beside them.

Applications: the real Form 710 (April 2023) filled through its AcroForm in two packets - typed on screen, signed
with drawn strokes laid over its signature field and the date typed into its field, e-mailed (ah1); typed, printed,
signed and dated in ink by both spouses and scanned grey at 240 dpi with the rest of the packet (ah4). Two
servicers' own two-page forms, each typed in its PDF and signed on the screen in one packet and printed, signed and
dated in ink and scanned or faxed in others:
Columbia Plateau Housing Finance Agency's (a STATE HOUSING FINANCE AGENCY's Homeownership Servicing Division)
"Homeowner Assistance Application" (form SD-414, Rev. 01/2037: a dark green band across the top of page 1 with a
line-drawn house, the agency's name in white capitals and "Form SD-414 / Rev. 01/2037 / Page 1 of 2" at its right;
green "PART 1  LOAN AND HOUSEHOLD" .. "PART 5  CERTIFICATION AND SIGNATURES" headings over a green rule; every
answer a THREE-DIGIT NUMBERED ITEM - the item number (101, 102, .. 409, 501..504) in green in a left gutter, the
label in plain type after it, the answer typed in Courier inside a pale green tinted strip that runs to the right
margin, two items sharing a row where short ("102 Borrower - full legal name ... 103 SSN, last 4 ...", "202 City ..
203 State .. 204 ZIP"); "101 Agency loan number"; occupancy as "205 How is the home used? (tick one)" with three
boxes stacked under each other - "Owner-occupied - I / we live here as our main home", "Second home or vacation home",
"Rented to others / investment property"; the hardship as a ruled TABLE of ten rows with a TICK column at the LEFT, a
"WHAT HAPPENED" column in the agency's own words ("Income went down - fewer hours, lower pay or lost overtime",
"Moved away for work or military orders") and a "PAPERS TO SEND WITH THIS FORM" column; "301 Date the hardship began
(mm/dd/yyyy)", "302 How long will it last?" as three boxes in a row, "303 If you ticked Other, explain"; page 2 under a
narrower band repeating the loan number in a white box, "PART 4 MONTHLY INCOME" as items 401..408 with a "$" and the
amount set flush right in a tinted cell under "$ PER MONTH", lines that do not apply left empty, and a boxed "409 TOTAL
monthly income (add items 401 through 408)"; signature and date rules with their item numbers and captions UNDER the
rules, "Printed name" typed below; boxes ticked with a typed check mark) - ah2 on screen, ah6 in ink by the borrower
only and faxed, ah8 in ink by both spouses and scanned;
Tollgate National Loan Services' (a large national SUBSERVICER servicing loans for their owners) "Mortgage Assistance
Application" (form TG-100 (01/2037): a "TOLLGATE" word mark over an orange bar, "NATIONAL LOAN SERVICES, INC.",
"MORTGAGE ASSISTANCE APPLICATION / Form TG-100 (01/2037) / Page 1 of 2" at the right; the page cut into horizontal
STRIPS by thin grey rules, each strip's number in a dark disc and its name in bold right-aligned in a LEFT COLUMN - 1
Your loan, 2 Borrower, 3 Co-borrower, 4 The property, 5 Your hardship, 6 Monthly income, 7 Sign and date -, the
answers typed in a plain sans face ON RULES with their captions in small grey ITALICS UNDER the rules ("Loan number",
"Full name (first, middle, last)", "Last 4 digits of SSN", "City", "State", "ZIP code", "Date your hardship began
(mm/dd/yyyy)"); "This property is: [X] my primary residence [ ] a second home [ ] a rental / investment property" in
one row; ten reasons with boxes in two columns of five ("Reduced income - less pay or fewer hours", "Distant job
transfer / relocation", "Other") and a describe rule; "Expected to last:" as three boxes; page 2 with the loan number
on a rule at the top right and the income as EIGHT "$ ____" RULES in two columns of four, each captioned beneath
with its source, then "Total $ ____" captioned "TOTAL monthly gross income (all lines above)"; "X ____" signature
rules captioned "Borrower signature (name)" / "Co-borrower signature (name)" with "Date (mm/dd/yyyy)" rules beside
them; boxes crossed with a typed X) - ah7 on screen by both spouses, ah3 in ink by both and scanned behind a
separator sheet, ah5 in ink and scanned one paper a file.

Pay (construction and trades; call centre and tech): a construction payroll service's job-costed "EARNINGS
STATEMENT" (CrewLedger Payroll: a heavy rule over the contractor's name in capitals, address and contractor license
number, a bordered box at the top right under a black title strip with Check date / Period beginning / Period ending
/ Check no. / Pay frequency, a grey employee bar with "Craft / class", this check's "HOURS AND EARNINGS THIS CHECK"
listed BY JOB - job number, job name, Regular or "Overtime 1.5x", hours, rate, amount -, then "YEAR-TO-DATE
EARNINGS" by pay type (hours and amount, Total gross) beside "TAXES AND DEDUCTIONS" (This check / Year to date), and a
six-column HOURS / GROSS PAY / TAXES / DEDUCTIONS / NET PAY grid with This check and Year to date rows) for a roofing
contractor's journeyman roofer (Ironwood Roofing & Sheet Metal, weekly), a mechanical contractor's pipefitter (Basalt
Mechanical Contractors, bi-weekly, Idaho withholding) and an excavation contractor's equipment operator (Granger
Excavation & Utility, weekly); a cloud HR system's "Statement of Earnings" (Northbeam HR: the employer's name in
navy, three navy-headed panels EMPLOYEE / PAY PERIOD / NET PAY - the net pay large, "Direct deposit Checking
****NNNN" -, an Earnings table Description / Hours / Rate / Current / Year to date, Taxes beside Deductions, a shaded
Gross pay / Taxes / Deductions / Net pay grid with Current and Year to date rows, a paid-time-off line) for two call
centres' hourly agents (Brightline Contact Solutions: regular hours, an evening shift differential, a bilingual
premium and a quality incentive; Halcyon Teleservices: regular and "Training / nesting" hours and an attendance
bonus; both bi-weekly) and two tech employers' salaried staff (Corvane Systems, a software company's support
engineers, with an on-call stipend; Keystroke IT Services' service desk analyst; both semi-monthly, paid on the 15th
and the last day of the month or the Friday before). Every year-to-date figure is the sum of that year's checks
(counted by pay date). Statements: Bayline Bank's one-page "Everyday Checking" statement (a teal word mark over a
wavy rule, "For January 1 - January 31, 2037", an "Account summary" panel at the LEFT - "Balance on January 1",
"Deposits (n)", "Withdrawals (n)", "Balance on January 31" - beside a Posted / Description / Amount / Balance register
of SIGNED amounts opened by "Opening balance" and closed by "Closing balance") and Sawtooth Valley Credit Union's
two-page statement (a serif name, a box at the top right with the masked member number, "Statement period
mm/dd/yyyy - mm/dd/yyyy" and "Page n of 2", one checking account "ACCOUNT NUMBER ******NNNN" on a brown band, four
summary cells, a TRANS DATE / DESCRIPTION / WITHDRAWAL / DEPOSIT / BALANCE register continued on page 2 with a
dividends and fees box), personal and business checking. Letters and papers: typed hardship letters in ordinary
borrowers' words (unsigned when e-mailed, signed in ink when scanned, four from both spouses), a building
trades union pension fund's confirmation of a monthly pension (taxable), a software company's notice of transfer to
a distant office (the relocation paper), page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over by the
servicer and signed and dated in ink (twice), the mailroom's Code 128 "LOAN <number>" separator sheet and a housing
counselor's fax cover sheet (neither is a document).

Deliveries: a folder named after the loan of e-mailed born-digital files with everyday names (ah1); loose born-digital
files named "<loan>_application.pdf", "<loan>_paystub_0205.pdf", "<loan>_statement_january.pdf" .. (ah2); ONE 300 dpi
grey mailroom scan of the whole packet behind the separator sheet under the mailroom's name "MAILRM_<date>_0087.pdf"
(ah3); ONE 240 dpi grey scan of the whole packet without a separator sheet named "<Surname> <loan>.pdf" (ah4); a
folder named after the loan holding one 200 dpi grey scan per paper, SCAN_0001.pdf .. SCAN_0004.pdf (ah5); ONE 200 dpi
black-and-white fax behind the counselor's cover sheet under the fax server's name, the loan number only inside
(ah6); loose born-digital files named "<Surname> <loan> - <paper>.pdf" (ah7); loose files named "<loan>_..." mixing 240
dpi grey scans of the signed application and letter with downloaded stubs and statement (ah8). Co-borrowers in ah3,
ah4, ah6, ah7 and ah8.

Complete: ah1 (a fresh weekly job-costed stub with year-to-date pay; a reduction in income needs no papers), ah2 (a
fresh bi-weekly call-centre stub; two consecutive fresh Bayline statements show the child support claimed as other
income; the borrower's letter covers her illness), ah4 (fresh semi-monthly stubs; two consecutive fresh credit union
business statements cover the husband's self-employment and his signed 4506-C is there; the employer's transfer
letter covers the relocation), ah7 (fresh semi-monthly stubs, the pension fund's fresh letter for the husband's
taxable pension, the letter explains the "other" hardship - grandchildren placed with them). Incomplete, each for one
plain reason: ah3 rental income from the other half of a duplex is claimed but only October's statement came - not two
- and no rent checks (income_doc:rental), while the stubs document the wages and the signed 4506-C is there; ah5 the
call-centre stubs were paid in October and November 2036 and the packet arrived on February 23, 2037, more than 90 days
later, with no bank statements (income_doc:wages); ah6 the wife is named as co-borrower on SD-414 but her signature and
date rules are empty (application_signature; unemployment needs nothing); ah8 the husband's VA disability compensation
is claimed (not taxable) but no award letter came and only December's statement shows it - not two
(income_doc:benefits_nontaxable), while the wife's stubs document the wages and the letter covers the illness.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and must give each scenario's intended codes. `--check` validates every expected.json
(keys, codes, types, dates, income totals, that every listed page exists and every page of every file belongs to
exactly one document - separator and fax cover aside -, that `scanned` matches the absence of a text layer, monthly
gross against the current gross, that no full SSN is written, and that expected.json scores perfectly against itself
through tests/sample_compare.compare) and that a rebuild with the same seed gives the same bytes. Received dates fall
in January, February, November and December 2037. Every file is the same bytes for a seed: reportlab runs in
invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. The scaffolding (signature strokes,
print-and-scan, Form 710 filling, the Packet bookkeeping, `missing_codes`, `check`, `main`) follows
holdout_packets_af.py. All people, employers, banks and servicers are fictional; SSNs use the 900-999 area and appear
in expected.json as last four only, and every page carries a faint "synthetic test document" line.
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
    """Strokes of a scrawled signature inside a w x h box (0,0 bottom-left), as polylines: a tall capital loop,
    then a run of small loops per name, slanted, with a flourish under it; the hand (slant, size, loop count,
    spacing) is drawn from the seed so that two signers on one page do not sign alike."""
    rng = random.Random(seed * 7919 + 17)
    slant = rng.uniform(0.15, 0.55)
    tall = rng.uniform(0.8, 1.25)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    parts = rng.randint(2, 3)
    shares = [rng.uniform(0.4, 0.6)] + [rng.uniform(0.25, 0.4) for _ in range(parts - 1)]
    for p in range(parts):
        pts: list[tuple[float, float]] = []
        span = w * shares[p]
        loops = rng.randint(3, 8)
        cap = rng.uniform(0.9, 1.5) * h * tall
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = (cap if i < 8 else h * 0.45 * tall) * rng.uniform(0.85, 1.1)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi + (0.6 if p else 0.0)) * (1 - 0.4 * t)
            px = x + span * t + 3.0 * math.sin(t * loops * 2 * math.pi + 1.3) + slant * (py - h * 0.35)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * rng.uniform(0.03, 0.08)
        if x > w * 0.95:
            break
    if rng.random() < 0.7:
        strokes.append([(w * rng.uniform(0.05, 0.2), h * 0.05), (min(x, w) * 0.95, h * rng.uniform(0.0, 0.2))])
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
    c.setCreator("holdout_packets_ah")
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
    writer.add_metadata({"/Producer": "holdout_packets_ah"})
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
        if self.state:  # Washington has no state income tax; Idaho withholds one
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


def payday(d: dt.date) -> dt.date:
    """A semi-monthly payday falling on a weekend is paid the Friday before."""
    return d - dt.timedelta(days=max(0, d.weekday() - 4))


def year_paydays(current: dt.date, frequency: str) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check of current's calendar year up to current.
    Weekly and bi-weekly checks are paid on a fixed weekday, five days after the period ends; semi-monthly checks
    cover the 1st-15th and the 16th-month end and are paid on the period's last day (the Friday before when that
    is a weekend)."""
    out: list[tuple[dt.date, dt.date, dt.date]] = []
    if frequency in ("weekly", "biweekly"):
        step = 7 if frequency == "weekly" else 14
        d = current
        while d.year == current.year:
            end = d - dt.timedelta(days=5)
            out.append((d, end - dt.timedelta(days=step - 1), end))
            d -= dt.timedelta(days=step)
        return sorted(out)
    for m in range(1, 13):
        last = month_bounds(current.year, m)[1]
        for start, end in ((dt.date(current.year, m, 1), dt.date(current.year, m, 15)),
                           (dt.date(current.year, m, 16), last)):
            pd = payday(end)
            if pd <= current:
                out.append((pd, start, end))
    if not out or out[-1][0] != current:
        raise ValueError(f"{current} is not a semi-monthly payday")
    return out


CREW_PROVIDER = "CrewLedger Payroll"


def trades_stub(employer: str, address: str, license_no: str, employee: str, emp_no: str, craft: str,
                pay_date: dt.date, frequency: str, jobs: Sequence[tuple[str, str, float, float]], wh: Withholding,
                key: int) -> Stub:
    """A construction contractor's job-costed stub printed by a construction payroll service: this check's hours
    by job, year to date by pay type."""
    periods = year_paydays(pay_date, frequency)
    mult = 2 if frequency == "biweekly" else 1
    checks: list[Check] = []
    details: list[list[tuple[str, str, str, float, float, float]]] = []
    for d, _, _ in periods:
        rr = random.Random(f"{emp_no}|{d}|{key}")
        rows = []
        lines: dict[str, tuple[float, float, float]] = {}
        reg_h = reg_amt = ot_h = ot_amt = 0.0
        for job_no, name, rate, base in jobs:
            hrs = max(0.0, base + rr.choice([-8.0, -4.0, 0.0, 0.0, 4.0]) * mult)
            if hrs:
                amt = r2(hrs * rate)
                rows.append((job_no, name, "REG", hrs, rate, amt))
                reg_h += hrs
                reg_amt += amt
        if rr.random() < 0.4:
            job_no, name, rate, _ = jobs[0]
            hrs = rr.choice([2.0, 3.0, 4.0, 6.0])
            orate = r2(rate * 1.5)
            amt = r2(hrs * orate)
            rows.append((job_no, name, "OT", hrs, orate, amt))
            ot_h += hrs
            ot_amt += amt
        lines["Regular"] = (reg_h, 0.0, r2(reg_amt))
        if ot_h:
            lines["Overtime"] = (ot_h, 0.0, r2(ot_amt))
        checks.append(Check(d, lines))
        details.append(rows)
    ch, rows = checks[-1], details[-1]
    _, start, end = periods[-1]
    ytd = ytd_of(checks, wh)
    hours_ytd = {k: sum(c.lines[k][0] for c in checks if k in c.lines) for k in ("Regular", "Overtime")}
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    check_no = f"{(key % 9000) + 1000}{len(checks):02d}"
    freq_word = "Weekly" if frequency == "weekly" else "Bi-weekly"

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(3)
        c.line(40, 756, 572, 756)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 733, employer.upper())
        c.setFont("Helvetica", 8)
        c.drawString(40, 721, address)
        c.drawString(40, 711, f"Contractor license {license_no}")
        # the statement box at the top right
        c.setLineWidth(0.8)
        c.rect(380, 668, 192, 80, stroke=1, fill=0)
        c.setFillColor(Color(0.15, 0.15, 0.15))
        c.rect(380, 732, 192, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawCentredString(476, 737, "EARNINGS STATEMENT")
        c.setFillColor(black)
        rows_box = [("Check date", mdy(pay_date)), ("Period beginning", mdy(start)), ("Period ending", mdy(end)),
                    ("Check no.", check_no), ("Pay frequency", freq_word)]
        y = 722
        for k, v in rows_box:
            c.setFont("Helvetica", 8)
            c.drawString(386, y, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(566, y, v)
            y -= 12
        # employee bar
        c.setFillGray(0.9)
        c.rect(40, 640, 532, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, 646, "Employee:")
        c.drawString(250, 646, "Emp #:")
        c.drawString(340, 646, "Craft / class:")
        c.setFont("Helvetica", 8.5)
        c.drawString(92, 646, employee)
        c.drawString(280, 646, emp_no)
        c.drawString(398, 646, craft)
        # this check's hours by job
        y = 618
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "HOURS AND EARNINGS THIS CHECK")
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((40, "JOB"), (88, "JOB NAME"), (300, "TYPE")):
            c.drawString(x, y, t)
        for x, t in ((400, "HOURS"), (470, "RATE"), (568, "AMOUNT")):
            c.drawRightString(x, y, t)
        c.setLineWidth(0.5)
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for job_no, name, kind, hrs, rate, amt in rows:
            c.drawString(40, y, job_no)
            c.drawString(88, y, name)
            c.drawString(300, y, "Regular" if kind == "REG" else "Overtime 1.5x")
            c.drawRightString(400, y, f"{hrs:.2f}")
            c.drawRightString(470, y, f"{rate:.2f}")
            c.drawRightString(568, y, money(amt))
            y -= 13
        c.line(300, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(340, y - 3, "Gross earnings this check")
        c.drawRightString(400, y - 3, f"{sum(r[3] for r in rows):.2f}")
        c.drawRightString(568, y - 3, money(ch.gross))
        # year to date by pay type (left) and withholding (right)
        top = y - 34
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, top, "YEAR-TO-DATE EARNINGS")
        c.drawString(318, top, "TAXES AND DEDUCTIONS")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(200, top - 14, "HOURS")
        c.drawRightString(290, top - 14, "AMOUNT")
        c.drawRightString(488, top - 14, "THIS CHECK")
        c.drawRightString(568, top - 14, "YEAR TO DATE")
        c.line(40, top - 18, 292, top - 18)
        c.line(318, top - 18, 572, top - 18)
        c.setFont("Helvetica", 8.5)
        ly = top - 31
        for k in ("Regular", "Overtime"):
            c.drawString(40, ly, k)
            c.drawRightString(200, ly, f"{hours_ytd[k]:.2f}")
            c.drawRightString(290, ly, money(ytd.get(k, 0.0)))
            ly -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, ly, "Total gross")
        c.drawRightString(200, ly, f"{hours_ytd['Regular'] + hours_ytd['Overtime']:.2f}")
        c.drawRightString(290, ly, money(ytd["GROSS"]))
        c.setFont("Helvetica", 8.5)
        ry = top - 31
        for k, v in list(taxes.items()) + list(wh.deductions):
            c.drawString(318, ry, k)
            c.drawRightString(488, ry, money(v))
            c.drawRightString(568, ry, money(ytd[k]))
            ry -= 13
        # the summary strip
        sy = min(ly, ry) - 34
        heads = ["", "HOURS", "GROSS PAY", "TAXES", "DEDUCTIONS", "NET PAY"]
        cur = [f"{sum(r[3] for r in rows):.2f}", money(ch.gross), money(r2(sum(taxes.values()))),
               money(r2(sum(v for _, v in wh.deductions))), money(net)]
        yy = [f"{hours_ytd['Regular'] + hours_ytd['Overtime']:.2f}", money(ytd["GROSS"]),
              money(r2(sum(ytd[k] for k in taxes))), money(r2(sum(ytd[k] for k, _ in wh.deductions))),
              money(ytd["NET"])]
        widths = [82, 80, 100, 90, 90, 90]
        x = 40.0
        for i, hd in enumerate(heads):
            c.setLineWidth(0.6)
            c.rect(x, sy, widths[i], 16, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + widths[i] / 2, sy + 5, hd)
            for row, vals, lab in ((1, cur, "This check"), (2, yy, "Year to date")):
                c.rect(x, sy - 16 * row, widths[i], 16, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(x + 4, sy - 16 * row + 5, lab)
                else:
                    c.setFont("Helvetica-Bold" if i == 5 else "Helvetica", 8.5)
                    c.drawRightString(x + widths[i] - 5, sy - 16 * row + 5, vals[i - 1])
            x += widths[i]
        c.setFont("Helvetica", 7)
        c.drawString(40, sy - 52, f"Net pay deposited by direct deposit on {mdy(pay_date)}. Report hour or job-code "
                                  "errors to the office within 5 days.")
        c.drawString(40, sy - 62, f"Processed by {CREW_PROVIDER} for {employer.rstrip('.')}.")
        c.setDash(4, 3)
        c.line(40, sy - 74, 572, sy - 74)
        c.setDash()
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, frequency, ytd["GROSS"], net),
                pay_date)


OFFICE_PROVIDER = "Northbeam HR"


def office_stub(employer: str, address: str, employee: str, emp_id: str, dept: str, title: str,
                pay_date: dt.date, frequency: str, items: Sequence[tuple[str, str, float, float]], wh: Withholding,
                key: int, acct_last4: str) -> Stub:
    """A call centre's or a software firm's "Statement of Earnings" from a cloud HR system: three header panels
    (employee, pay period, net pay), an earnings table, taxes beside deductions and a totals grid.
    items: (label, kind, base, rate) - kind "hours" varies the hours a little per check, "flat" is a fixed
    amount, "bonus" is paid on some checks only."""
    periods = year_paydays(pay_date, frequency)
    checks: list[Check] = []
    for d, _, _ in periods:
        rr = random.Random(f"{emp_id}|{d}|{key}")
        lines: dict[str, tuple[float, float, float]] = {}
        for label, kind, base, rate in items:
            if kind == "hours":
                hrs = max(0.0, base + rr.choice([-6.0, -2.5, 0.0, 0.0, 1.5, 3.0]))
                lines[label] = (hrs, rate, r2(hrs * rate))
            elif kind == "flat" or rr.random() < 0.5:
                lines[label] = (0.0, 0.0, base)
        checks.append(Check(d, lines))
    ch = checks[-1]
    _, start, end = periods[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    freq_word = {"weekly": "Weekly", "biweekly": "Bi-weekly", "semimonthly": "Semi-monthly"}[frequency]
    navy = Color(0.12, 0.2, 0.38)

    def panel(c: Canvas, x: float, w: float, title_: str, rows: Sequence[tuple[str, str]]) -> None:
        c.setStrokeColor(navy)
        c.setLineWidth(0.8)
        c.rect(x, 630, w, 78, stroke=1, fill=0)
        c.setFillColor(navy)
        c.rect(x, 694, w, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 5, 698, title_)
        c.setFillColor(black)
        c.setStrokeColor(black)
        y = 682
        for k, v in rows:
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 5, y, k)
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(x + w - 5, y, v)
            y -= 12

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 742, employer)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(40, 730, address)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(572, 744, "Statement of Earnings")
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        c.drawRightString(572, 733, f"Processed by {OFFICE_PROVIDER}")
        c.setFillColor(black)
        panel(c, 40, 200, "EMPLOYEE", [("Name", employee), ("Employee ID", emp_id), ("Department", dept),
                                       ("Job title", title)])
        panel(c, 248, 170, "PAY PERIOD", [("Period start", mdy(start)), ("Period end", mdy(end)),
                                          ("Pay date", mdy(pay_date)), ("Pay frequency", freq_word)])
        c.setStrokeColor(navy)
        c.rect(426, 630, 146, 78, stroke=1, fill=0)
        c.setFillColor(navy)
        c.rect(426, 694, 146, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(431, 698, "NET PAY")
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 17)
        c.drawRightString(566, 664, "$" + money(net))
        c.setFont("Helvetica", 7.5)
        c.drawRightString(566, 646, f"Direct deposit  Checking ****{acct_last4}")
        # earnings
        y = 604
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Earnings")
        y -= 13
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "Description")
        for x, t in ((330, "Hours"), (400, "Rate"), (480, "Current"), (568, "Year to date")):
            c.drawRightString(x, y, t)
        c.setLineWidth(0.5)
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for label, kind, _, rate in items:
            hrs, _, amt = ch.lines.get(label, (0.0, rate, 0.0))
            if label not in ytd:
                continue
            c.drawString(40, y, label)
            if kind == "hours":
                c.drawRightString(330, y, f"{hrs:.2f}")
                c.drawRightString(400, y, f"{rate:.4f}")
            c.drawRightString(480, y, money(amt) if label in ch.lines else "")
            c.drawRightString(568, y, money(ytd[label]))
            y -= 13
        c.line(400, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 3, "Gross pay")
        c.drawRightString(480, y - 3, money(ch.gross))
        c.drawRightString(568, y - 3, money(ytd["GROSS"]))
        # taxes beside deductions
        top = y - 32
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, top, "Taxes")
        c.drawString(318, top, "Deductions")
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((212, "Current"), (292, "Year to date"), (488, "Current"), (568, "Year to date")):
            c.drawRightString(x, top - 13, t)
        c.line(40, top - 17, 294, top - 17)
        c.line(318, top - 17, 572, top - 17)
        c.setFont("Helvetica", 8.5)
        ty = top - 30
        for k, v in taxes.items():
            c.drawString(40, ty, k)
            c.drawRightString(212, ty, money(v))
            c.drawRightString(292, ty, money(ytd[k]))
            ty -= 13
        dy = top - 30
        for k, v in wh.deductions:
            c.drawString(318, dy, k)
            c.drawRightString(488, dy, money(v))
            c.drawRightString(568, dy, money(ytd[k]))
            dy -= 13
        # totals grid
        gy = min(ty, dy) - 26
        heads = ["", "Gross pay", "Taxes", "Deductions", "Net pay"]
        cur = [ch.gross, r2(sum(taxes.values())), r2(sum(v for _, v in wh.deductions)), net]
        yy = [ytd["GROSS"], r2(sum(ytd[k] for k in taxes)), r2(sum(ytd[k] for k, _ in wh.deductions)), ytd["NET"]]
        widths = [92, 110, 110, 110, 110]
        x = 40.0
        for i, hd in enumerate(heads):
            c.setFillColor(Color(0.88, 0.9, 0.95))
            c.rect(x, gy, widths[i], 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(x + widths[i] / 2, gy + 5, hd)
            for row, vals, lab in ((1, cur, "Current"), (2, yy, "Year to date")):
                c.rect(x, gy - 16 * row, widths[i], 16, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(x + 5, gy - 16 * row + 5, lab)
                else:
                    c.setFont("Helvetica", 8.5)
                    c.drawRightString(x + widths[i] - 6, gy - 16 * row + 5, money(vals[i - 1]))
            x += widths[i]
        c.setFont("Helvetica", 7)
        c.setFillGray(0.3)
        c.drawString(40, gy - 52, f"Paid time off available: {24 + key % 40:.2f} hours.  This statement is for your "
                                  "records; it is not a check.")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, frequency, ytd["GROSS"], net),
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
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


DEBITS = (("HOME LOAN PMT - PARTIAL", 0), ("SAFEWAY #1187 POS", 1), ("PUD ELECTRIC AUTOPAY", 0),
          ("CHEVRON 0442 POS", 1), ("T-MOBILE AUTOPAY", 0), ("RITE AID #5520 POS", 1), ("PEMCO INSURANCE", 0),
          ("ATM WITHDRAWAL", 1), ("WINCO FOODS POS", 1))


def ledger(rng: random.Random, start: dt.date, end: dt.date, begin: float,
           credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float, float]]:
    """The month's lines (date, description, signed amount, running balance): the given credits and ordinary
    debits, never overdrawn."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, small in DEBITS:
        amt = r2(rng.uniform(18, 120) if small else rng.uniform(80, 360))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    rows = []
    bal = begin
    for d, desc, a in out:
        bal = r2(bal + a)
        if bal < 0:
            raise ValueError(f"statement {start} goes overdrawn; raise the opening balance")
        rows.append((d, desc, a, bal))
    return rows


def bayline_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                      begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Bayline Bank: one page, a wave rule under the name, the summary as a column of lines down the left, a
    register of signed amounts with a running balance."""
    bank = "Bayline Bank"
    start, end = month_bounds(year, month)
    rows = ledger(rng, start, end, begin, credits)
    ending = rows[-1][3]
    dep = [r for r in rows if r[2] > 0]
    wds = [r for r in rows if r[2] < 0]
    teal = Color(0.0, 0.4, 0.45)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, 738, "Bayline")
        c.setFont("Helvetica", 20)
        c.drawString(118, 738, "Bank")
        c.setStrokeColor(teal)
        c.setLineWidth(1.4)
        path = c.beginPath()
        path.moveTo(40, 728)
        for i in range(1, 61):
            path.lineTo(40 + i * 8.87, 728 + 2.5 * math.sin(i * 0.7))
        c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 746, "Everyday Checking")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 734, f"Account number ******{acct[-4:]}")
        c.drawRightString(572, 712, f"For {start.strftime('%B')} 1 - {long_date(end)}")
        y = 700
        c.setFont("Helvetica", 9.5)
        for ln in [holder.upper(), *address]:
            c.drawString(60, y, ln)
            y -= 12
        # summary column at the left
        sx, sy = 40, 620
        c.setFillColor(Color(0.9, 0.95, 0.95))
        c.rect(sx, sy - 86, 180, 100, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(sx + 6, sy, "Account summary")
        summary = [(f"Balance on {start.strftime('%B')} {start.day}", money(begin)),
                   (f"Deposits ({len(dep)})", "+" + money(r2(sum(r[2] for r in dep)))),
                   (f"Withdrawals ({len(wds)})", "-" + money(r2(-sum(r[2] for r in wds)))),
                   (f"Balance on {end.strftime('%B')} {end.day}", money(ending))]
        yy = sy - 18
        for i, (k, v) in enumerate(summary):
            c.setFont("Helvetica-Bold" if i in (0, 3) else "Helvetica", 8.5)
            c.drawString(sx + 6, yy, k)
            c.drawRightString(sx + 174, yy, v)
            yy -= 17
        c.setFont("Helvetica", 7.5)
        notes = ["Questions? Call (509) 555-0110 or visit", "any Bayline branch. Member FDIC.", "",
                 "Keep this statement for your records."]
        yy = sy - 110
        for ln in notes:
            c.drawString(sx, yy, ln)
            yy -= 10
        # register at the right
        rx = 236
        c.setFont("Helvetica-Bold", 9)
        c.drawString(rx, sy, "Transactions")
        c.setFont("Helvetica-Bold", 7.5)
        hy = sy - 16
        c.drawString(rx, hy, "Posted")
        c.drawString(rx + 42, hy, "Description")
        c.drawRightString(500, hy, "Amount")
        c.drawRightString(572, hy, "Balance")
        c.setLineWidth(0.5)
        c.line(rx, hy - 4, 572, hy - 4)
        y = hy - 16
        c.setFont("Helvetica", 8)
        c.drawString(rx, y, start.strftime("%m/%d"))
        c.drawString(rx + 42, y, "Opening balance")
        c.drawRightString(572, y, money(begin))
        y -= 12.5
        for d, desc, a, b in rows:
            c.drawString(rx, y, d.strftime("%m/%d"))
            c.drawString(rx + 42, y, desc[:34])
            c.drawRightString(500, y, ("-" if a < 0 else "+") + money(abs(a)))
            c.drawRightString(572, y, money(b))
            y -= 12.5
        c.line(rx, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(rx + 42, y - 3, "Closing balance")
        c.drawRightString(572, y - 3, money(ending))
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def sawtooth_statement(rng: random.Random, holder: str, address: Sequence[str], member_no: str, acct: str,
                       year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                       kind: str = "Free Checking") -> Statement:
    """Sawtooth Valley Credit Union: two pages, the member box and period at the top right, one checking account
    (its own account number beside the member number) with Trans date / Description / Withdrawal / Deposit /
    Balance, a dividend and fee box on page 2."""
    bank = "Sawtooth Valley Credit Union"
    start, end = month_bounds(year, month)
    rows = ledger(rng, start, end, begin, credits)
    ending = rows[-1][3]
    first, rest = rows[:8], rows[8:]
    brown = Color(0.42, 0.26, 0.12)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(brown)
        c.setFont("Times-Bold", 17)
        c.drawString(40, 740, "Sawtooth Valley")
        c.setFont("Times-Roman", 10)
        c.drawString(40, 727, "CREDIT UNION")
        c.setFillColor(black)
        c.setLineWidth(0.8)
        c.rect(392, 708, 180, 46, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        c.drawString(398, 742, "Member number")
        c.drawString(398, 730, "Statement period")
        c.drawString(398, 718, "Page")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(566, 742, "XXXX" + member_no[-4:])
        c.drawRightString(566, 730, f"{mdy(start)} - {mdy(end)}")
        c.drawRightString(566, 718, f"{n} of 2")

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "TRANS DATE")
        c.drawString(100, y, "DESCRIPTION")
        c.drawRightString(400, y, "WITHDRAWAL")
        c.drawRightString(480, y, "DEPOSIT")
        c.drawRightString(568, y, "BALANCE")
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        if opening:
            c.drawString(40, y, mdy(start))
            c.drawString(100, y, "Beginning balance")
            c.drawRightString(568, y, money(begin))
            y -= 13
        for d, desc, a, b in part:
            c.drawString(40, y, mdy(d))
            c.drawString(100, y, desc)
            c.drawRightString(400 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(568, y, money(b))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        y = 690
        c.setFont("Helvetica", 9.5)
        for ln in [holder.upper(), *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFillColor(brown)
        c.rect(40, 604, 532, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, 609, f"{kind.upper()}   ACCOUNT NUMBER ******{acct[-4:]}")
        c.setFillColor(black)
        dep = r2(sum(r[2] for r in rows if r[2] > 0))
        wd = r2(-sum(r[2] for r in rows if r[2] < 0))
        cells = [("Beginning balance", begin), ("Deposits", dep), ("Withdrawals", wd), ("Ending balance", ending)]
        for i, (k, v) in enumerate(cells):
            x = 40 + i * 133
            c.rect(x, 566, 133, 34, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 5, 590, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(x + 127, 572, money(v))
        register(c, 545, first, True)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(40, 60, "Continued on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 690, f"{kind.upper()}   ACCOUNT NUMBER ******{acct[-4:]}  (continued)")
        y = register(c, 672, rest, False)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 3, "Ending balance")
        c.drawRightString(568, y - 3, money(ending))
        c.rect(40, y - 70, 260, 46, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(46, y - 36, "Dividends and fees this period")
        c.setFont("Helvetica", 8)
        c.drawString(46, y - 50, "Dividends paid: 0.00      Fees charged: 0.00")
        c.drawString(46, y - 62, "Annual percentage yield earned: 0.00%")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 90, "Federally insured by NCUA. Report errors within 60 days: (208) 555-0174.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


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



def trades_pension_letter(member: str, address: Sequence[str], date: dt.date, monthly: float,
                          since: dt.date) -> Letter:
    """A building trades union pension fund's confirmation of a monthly pension (taxable)."""
    paras = [f"At your request, this letter confirms the pension benefit the Fund pays to {member}. The benefit is "
             "a normal retirement pension earned under the Plan and is paid on the first day of every month by "
             "direct deposit. Federal income tax is withheld according to the election on file.",
             "The amount below is the gross monthly benefit before tax withholding. It is payable for the "
             "participant's lifetime under the joint and survivor form of payment elected at retirement."]
    table = [("Participant", member), ("Pension start date", long_date(since)),
             ("Gross monthly benefit", "$" + money(monthly)), ("How often paid", "Monthly"),
             ("Taxable", "Yes - reported on Form 1099-R")]
    paper = simple_letter(("SHEET METAL WORKERS LOCAL 88 PENSION FUND",
                           "Fund Office  -  2150 Industrial Way, Tacoma, WA 98421  -  (253) 555-0131",
                           Color(0.3, 0.3, 0.32)), date, [member, *address], "Re: Confirmation of pension benefit",
                          paras, ["Very truly yours,", "", "Pension Department", "Sheet Metal Workers Local 88 "
                                                                                 "Pension Fund"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def transfer_letter(employee: str, address: Sequence[str], date: dt.date, company: str, old_site: str,
                    new_site: str, effective: dt.date) -> Letter:
    """A software company's notice of transfer to a distant office (the relocation paper)."""
    paras = [f"As discussed with your manager, the Customer Support Engineering team in our {old_site} office is "
             f"being consolidated into our {new_site} office. Your position will move with the team, effective "
             f"{long_date(effective)}. Your title, salary and benefits do not change.",
             "Corvane will reimburse documented moving expenses up to $4,000.00 and will pay for one house-hunting "
             "trip. The relocation payment is paid through payroll and is not part of your regular earnings.",
             "If you choose not to relocate, please tell Human Resources before the effective date so that we can "
             "discuss your options. Please sign the enclosed acknowledgment and return it to HR."]
    paper = simple_letter((company.upper(), "People Operations  -  600 Riverpoint Boulevard, Spokane, WA 99202",
                           Color(0.12, 0.2, 0.38)), date, [employee, *address], "Notice of job relocation", paras,
                          ["Sincerely,", "", "Senior HR Business Partner", company])
    return Letter(paper, "employer_relocation_letter", date)


def form4506c_page(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                   client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
                   ink: bool) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over by the servicer (fields flattened into the
    page). On screen it is signed with drawn strokes and the date typed; in ink the signature and its date are
    returned as marks for the printer and scanner."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Vantage Transcript Services LLC"),
           (312, 506, "VTS-40316"), (420, 506, "VANTAGE7"), (27, 484, "1100 Lakeshore Parkway"),
           (312, 484, "Plano"), (420, 484, "TX"), (474, 484, "75024"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont(tick_font(), 8)
    c.drawString(98, 350, "\u2714")
    c.drawString(26, 195, "\u2714")
    marks: list[Mark] = []
    if ink:
        marks = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 166, mdy(signed_on), size=11,
                                                              seed=seed + 3)]
    else:
        c.setFont("Courier", 9)
        c.drawString(344, 168, mdy(signed_on))
        draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"ah4506c{seed}"), marks


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
        page.merge_page(overlay if i == 3 else synth_overlay())
    return fixed_pypdf_bytes(writer, f"ah710{app.loan}")


def synth_overlay() -> Any:
    """A page holding only the faint synthetic-document line, to lay over a real form's page."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue())).pages[0]


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    for page in writer.pages:
        page.merge_page(synth_overlay())
    pdf = fixed_pypdf_bytes(writer, "ah710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)



def tick(c: Canvas, x: float, y: float, w: float = 10.0) -> None:
    """A square box at (x, y) bottom-left, w points wide."""
    c.setLineWidth(0.7)
    c.rect(x, y, w, w, stroke=1, fill=0)


def ticked(c: Canvas, x: float, y: float, w: float = 10.0) -> None:
    """A tick typed into the box: the check mark character U+2714 from an embedded DejaVu Sans."""
    c.setFont(tick_font(), w - 0.5)
    c.drawString(x + 0.9, y + 1.4, "\u2714")


def tick_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONT_DIR / "dejavu/DejaVuSans.ttf")))
    return "DejaVuSans"


HFA_GREEN = Color(0.11, 0.36, 0.27)
HFA_TINT = Color(0.89, 0.95, 0.91)
HFA_REASONS = (("Job loss - I or a co-borrower lost a job", "Nothing"),
               ("Income went down - fewer hours, lower pay or lost overtime", "Nothing"),
               ("Housing costs went up - taxes, insurance, HOA dues", "Nothing"),
               ("Fire, flood, storm or other disaster", "Nothing"),
               ("Serious illness or disability in the household", "Your letter, or a note from a provider"),
               ("Divorce or legal separation", "Final decree or recorded quitclaim deed"),
               ("Unmarried co-owners have separated", "Recorded quitclaim deed or signed release"),
               ("Death of a borrower or a household wage earner", "Death certificate or obituary"),
               ("Moved away for work or military orders", "Transfer letter, offer letter or PCS orders"),
               ("Other reason (explain at item 303)", "Your letter explaining the hardship"))
HFA_INCOME = ("Wages, salary, overtime, tips and commissions (gross)", "Self-employment income",
              "Unemployment benefits", "Social Security, pension, disability or other benefits - taxable",
              "Social Security, SSI or disability benefits - not taxable", "Rent received, less expenses other "
              "than the mortgage", "Investment or insurance income", "Other: alimony, child support, other")
HFA_OCC = ("Owner-occupied - I / we live here as our main home", "Second home or vacation home",
           "Rented to others / investment property")


def hfa_item(c: Canvas, y: float, num: str, label: str, answer: str, x: float = 40, ax: float = 232,
             end: float = 572) -> None:
    """One numbered item: the number in the gutter, the label, the answer typed in a tinted strip."""
    c.setFillColor(HFA_GREEN)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(x, y + 4, num)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(x + 22, y + 4, label)
    c.setFillColor(HFA_TINT)
    c.rect(ax, y, end - ax, 15, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Courier", 10)
    c.drawString(ax + 4, y + 4, answer)


def hfa_part(c: Canvas, y: float, title: str, sub: str = "") -> None:
    c.setFillColor(HFA_GREEN)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(40, y, title)
    c.setStrokeColor(HFA_GREEN)
    c.setLineWidth(1.2)
    c.line(40, y - 5, 572, y - 5)
    c.setStrokeColor(black)
    c.setFillColor(black)
    if sub:
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawRightString(572, y, sub)


def sd414(app: App, ink: bool) -> Paper:
    """Columbia Plateau Housing Finance Agency, Homeownership Servicing Division: form SD-414."""

    def band(c: Canvas, page: int) -> None:
        c.setFillColor(HFA_GREEN)
        c.rect(0, 722 if page == 1 else 748, W, 70 if page == 1 else 44, stroke=0, fill=1)
        c.setFillColor(white)
        c.setStrokeColor(white)
        if page == 1:
            c.setLineWidth(1.6)
            p = c.beginPath()
            p.moveTo(40, 752)
            p.lineTo(58, 770)
            p.lineTo(76, 752)
            c.drawPath(p, stroke=1, fill=0)
            c.rect(45, 734, 26, 18, stroke=1, fill=0)
            c.rect(55, 734, 7, 10, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(88, 762, "COLUMBIA PLATEAU HOUSING FINANCE AGENCY")
            c.setFont("Helvetica", 9)
            c.drawString(88, 748, "Homeownership Servicing Division")
            c.setFont("Helvetica", 7.5)
            c.drawString(88, 736, "PO Box 4410  -  Kennewick, WA 99336  -  (509) 555-0162  -  Fax (509) 555-0169")
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(572, 762, "Form SD-414")
            c.setFont("Helvetica", 7.5)
            c.drawRightString(572, 750, "Rev. 01/2037")
            c.drawRightString(572, 738, "Page 1 of 2")
        else:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(40, 766, "COLUMBIA PLATEAU HFA  -  Form SD-414 (continued)")
            c.setFont("Helvetica", 7.5)
            c.drawString(40, 755, "Homeowner Assistance Application  -  Rev. 01/2037  -  Page 2 of 2")
            c.setFont("Helvetica-Bold", 8)
            c.drawString(380, 760, "Agency loan no.")
            c.rect(448, 755, 124, 16, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Courier", 10)
            c.drawString(452, 759, app.loan)
        c.setFillColor(black)
        c.setStrokeColor(black)

    def page1(c: Canvas) -> list[Mark]:
        band(c, 1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 698, "HOMEOWNER ASSISTANCE APPLICATION")
        paragraphs(c, 40, 684, 532, [
            "Use this form to ask the Agency to review you for a repayment plan, forbearance, loan modification or "
            "other help with your Agency home loan. Type or print. Tick the boxes that apply. Both borrowers sign "
            "page 2. Send the papers listed in Part 3 and proof of every income in Part 4."],
            font="Helvetica", size=8, leading=10)
        hfa_part(c, 648, "PART 1   LOAN AND HOUSEHOLD")
        hfa_item(c, 624, "101", "Agency loan number", app.loan, end=400)
        hfa_item(c, 602, "102", "Borrower - full legal name", app.borrower, end=440)
        hfa_item(c, 602, "103", "SSN, last 4", app.ssn[-4:], x=446, ax=520)
        hfa_item(c, 580, "104", "Co-borrower - full legal name", app.co or "", end=440)
        hfa_item(c, 580, "105", "SSN, last 4", (app.co_ssn or "")[-4:], x=446, ax=520)
        hfa_item(c, 558, "106", "Telephone", app.phone, end=330)
        hfa_item(c, 558, "107", "E-mail", app.email, x=338, ax=388)
        hfa_part(c, 530, "PART 2   THE HOME")
        hfa_item(c, 506, "201", "Street address of the home", app.street)
        hfa_item(c, 484, "202", "City", app.city, end=400)
        hfa_item(c, 484, "203", "State", app.state, x=406, ax=452, end=484)
        hfa_item(c, 484, "204", "ZIP", app.zip, x=490, ax=528)
        c.setFillColor(HFA_GREEN)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 464, "205")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawString(62, 464, "How is the home used? (tick one)")
        for i, opt in enumerate(HFA_OCC):
            yy = 462 - i * 14
            tick(c, 236, yy - 1)
            if OCCUPANCIES[i] == app.occupancy:
                ticked(c, 236, yy - 1)
            c.setFont("Helvetica", 8.5)
            c.drawString(252, yy + 1, opt)
        hfa_part(c, 404, "PART 3   YOUR HARDSHIP", "Tick every reason that applies")
        ty = 384
        c.setFillColor(Color(0.8, 0.9, 0.84))
        c.rect(40, ty - 4, 532, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, ty + 1, "TICK")
        c.drawString(72, ty + 1, "WHAT HAPPENED")
        c.drawString(350, ty + 1, "PAPERS TO SEND WITH THIS FORM")
        c.setLineWidth(0.4)
        for i, (reason, papers) in enumerate(HFA_REASONS):
            ry = ty - 19 - i * 15
            c.line(40, ry - 4, 572, ry - 4)
            tick(c, 48, ry - 2)
            if HARDSHIPS[i] in app.hardships:
                ticked(c, 48, ry - 2)
            c.setFont("Helvetica", 8.5)
            c.drawString(72, ry, reason)
            c.setFont("Helvetica", 8)
            c.drawString(350, ry, papers)
        c.line(66, ty - 4, 66, ty - 19 - 9 * 15 - 4)
        c.line(344, ty - 4, 344, ty - 19 - 9 * 15 - 4)
        hfa_item(c, 196, "301", "Date the hardship began (mm/dd/yyyy)", mdy(app.start), end=340)
        c.setFillColor(HFA_GREEN)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 176, "302")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawString(62, 176, "How long will it last? (tick one)")
        for j, (code, words) in enumerate((("short", "6 months or less"), ("long", "More than 6 months"),
                                           ("resolved", "It is already over"))):
            x = 236 + j * 112
            tick(c, x, 174)
            if app.duration == code:
                ticked(c, x, 174)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 15, 176, words)
        hfa_item(c, 150, "303", "If you ticked Other, explain", app.other_text)
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "SD-414 (01/2037)")
        c.drawRightString(572, 40, "Continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        band(c, 2)
        hfa_part(c, 716, "PART 4   MONTHLY INCOME", "Gross amounts per month, before taxes, for everyone in Part 1")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(566, 698, "$ PER MONTH")
        y = 676
        for i, (k, label) in enumerate(zip(INCOMES, HFA_INCOME, strict=True)):
            amount = app.income.get(k, 0.0)
            hfa_item(c, y, f"{401 + i}", label, "", ax=440)
            c.setFont("Helvetica", 9)
            c.drawString(430, y + 4, "$")
            if amount > 0:
                c.setFont("Courier", 10)
                c.drawRightString(566, y + 4, money(amount))
            c.setFont("Helvetica", 8.5)
            y -= 22
        c.setFillColor(HFA_GREEN)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y + 4, "409")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(62, y + 4, "TOTAL monthly income (add items 401 through 408)")
        c.setLineWidth(1)
        c.rect(440, y, 132, 15, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        c.drawString(430, y + 4, "$")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(566, y + 4, money(app.total))
        hfa_part(c, y - 34, "PART 5   CERTIFICATION AND SIGNATURES")
        yy = paragraphs(c, 40, y - 54, 532, [
            "Each of us certifies that the information in this application is true and complete and that the hardship "
            "described in Part 3 contributed to our need for help. We agree to send the papers the Agency asks for, "
            "we allow the Agency to obtain a credit report for each borrower, and we understand that a knowingly "
            "false statement may be a crime under federal and state law. Signing does not obligate the Agency to "
            "offer assistance."], font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        sy = yy - 40
        people = [(app.borrower, "Borrower", "501", "502", app.b_signs, app.b_dates, 0),
                  (app.co or "", "Co-borrower", "503", "504", bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, 1)]
        for name, role, n1, n2, signs, dates, k in people:
            c.setLineWidth(0.7)
            c.line(62, sy, 340, sy)
            c.line(400, sy, 572, sy)
            c.setFillColor(HFA_GREEN)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, sy - 11, n1)
            c.drawString(378, sy - 11, n2)
            c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawString(62, sy - 11, f"{role} signature")
            c.drawString(400, sy - 11, "Date signed (mm/dd/yyyy)")
            c.drawString(62, sy - 22, f"Printed name:  {name}")
            if signs:
                marks.append(Mark("sig", 80, sy + 2, w=200, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 408, sy + 3, mdy(app.signed_on), size=12, seed=app.seed + 9 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(408, sy + 4, mdy(app.signed_on))
            sy -= 62
        c.setFont("Helvetica", 7.5)
        c.drawString(40, sy - 4, "Mail to PO Box 4410, Kennewick, WA 99336 or fax (509) 555-0169. Keep a copy for "
                                 "your records.")
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "SD-414 (01/2037)")
        return marks

    return Paper([page1, page2])


TG_SLATE = Color(0.17, 0.22, 0.3)
TG_ORANGE = Color(0.93, 0.45, 0.1)
TG_REASONS = ("Unemployment - job lost", "Reduced income - less pay or fewer hours",
              "Higher housing costs (taxes, insurance, HOA)", "Disaster (natural or man-made)",
              "Illness or disability (borrower or dependent)", "Divorce or legal separation",
              "Separation of unmarried co-borrowers", "Death of a borrower or wage earner",
              "Distant job transfer / relocation", "Other")
TG_INCOME = ("Wages, salary, overtime, tips, bonuses (gross)", "Self-employment income",
             "Unemployment benefits", "Taxable Social Security, pension, disability, other public benefits",
             "Non-taxable Social Security, SSI or disability", "Rental income, less expenses except mortgage",
             "Investment or insurance income", "Other: alimony, child support, separate maintenance")
TG_OCC = ("my primary residence", "a second home", "a rental / investment property")


def tg_field(c: Canvas, x: float, y: float, w: float, caption: str, answer: str, bold: bool = False) -> None:
    """An answer typed on a rule with its caption in small italics UNDER the rule."""
    c.setLineWidth(0.6)
    c.line(x, y, x + w, y)
    c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
    c.drawString(x + 2, y + 3, answer)
    c.setFont("Helvetica-Oblique", 6.5)
    c.setFillGray(0.3)
    c.drawString(x, y - 8, caption)
    c.setFillColor(black)


def tg_box(c: Canvas, x: float, y: float, on: bool, label: str, size: float = 8.5) -> None:
    c.setLineWidth(0.7)
    c.rect(x, y - 1, 9, 9, stroke=1, fill=0)
    if on:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 1.6, y + 0.6, "X")
    c.setFont("Helvetica", size)
    c.drawString(x + 13, y, label)


def tg_step(c: Canvas, top: float, bottom: float, n: int, title: str) -> None:
    """A strip of the form: its number in a slate disc and its name right-aligned in the left column."""
    c.setFillColor(TG_SLATE)
    c.circle(50, top - 14, 8, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(50, top - 17, str(n))
    c.setFillColor(TG_SLATE)
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(150, top - 17, title)
    c.setFillColor(black)
    c.setStrokeGray(0.7)
    c.setLineWidth(0.5)
    c.line(40, bottom, 572, bottom)
    c.setStrokeColor(black)


def tg100(app: App, ink: bool) -> Paper:
    """Tollgate National Loan Services (a national subservicer): form TG-100."""

    def head(c: Canvas, page: int) -> None:
        c.setFillColor(TG_SLATE)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(40, 740, "TOLLGATE")
        c.setFillColor(TG_ORANGE)
        c.rect(40, 732, 116, 4, stroke=0, fill=1)
        c.setFillColor(TG_SLATE)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 722, "NATIONAL LOAN SERVICES, INC.")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 746, "MORTGAGE ASSISTANCE APPLICATION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 735, "Form TG-100 (01/2037)")
        c.drawRightString(572, 725, f"Page {page} of 2")
        c.setStrokeGray(0.7)
        c.setLineWidth(0.5)
        c.line(40, 714, 572, 714)
        c.setStrokeColor(black)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        paragraphs(c, 40, 702, 532, [
            "Tollgate services your mortgage on behalf of the owner of your loan. Answer every question that applies "
            "to you, sign page 2 and send this form with the documents listed on the enclosed checklist. An "
            "incomplete application will delay our review."], font="Helvetica", size=8, leading=10)
        tg_step(c, 680, 632, 1, "Your loan")
        tg_field(c, 165, 650, 140, "Loan number", app.loan)
        tg_field(c, 320, 650, 110, "Best phone number", app.phone)
        tg_field(c, 445, 650, 127, "E-mail address", app.email)
        tg_step(c, 632, 590, 2, "Borrower")
        tg_field(c, 165, 606, 300, "Full name (first, middle, last)", app.borrower)
        tg_field(c, 480, 606, 92, "Last 4 digits of SSN", app.ssn[-4:])
        tg_step(c, 590, 548, 3, "Co-borrower")
        tg_field(c, 165, 564, 300, "Full name (leave blank if there is no co-borrower)", app.co or "")
        tg_field(c, 480, 564, 92, "Last 4 digits of SSN", (app.co_ssn or "")[-4:])
        tg_step(c, 548, 446, 4, "The property")
        tg_field(c, 165, 522, 407, "Street address of the mortgaged property", app.street)
        tg_field(c, 165, 490, 200, "City", app.city)
        tg_field(c, 380, 490, 60, "State", app.state)
        tg_field(c, 455, 490, 117, "ZIP code", app.zip)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(165, 462, "This property is:")
        for i, opt in enumerate(TG_OCC):
            tg_box(c, (245, 355, 440)[i], 462, OCCUPANCIES[i] == app.occupancy, opt, size=8)
        tg_step(c, 446, 232, 5, "Your hardship")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(165, 426, "Check every reason that applies:")
        for i, reason in enumerate(TG_REASONS):
            col, row = divmod(i, 5)
            tg_box(c, 165 + col * 207, 408 - row * 16, HARDSHIPS[i] in app.hardships, reason, size=8)
        tg_field(c, 165, 316, 407, "If you checked Other, describe your hardship", app.other_text)
        tg_field(c, 165, 282, 120, "Date your hardship began (mm/dd/yyyy)", mdy(app.start))
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(165, 252, "Expected to last:")
        for j, (code, words) in enumerate((("short", "6 months or less"), ("long", "Longer than 6 months"),
                                           ("resolved", "Already resolved"))):
            tg_box(c, 245 + j * 110, 252, app.duration == code, words, size=8)
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "TG-100 (01/2037)")
        c.drawRightString(572, 40, "Please turn over / continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        tg_field(c, 440, 694, 132, "Loan number", app.loan)
        tg_step(c, 680, 430, 6, "Monthly income")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(165, 662, "Gross monthly amounts before taxes, all borrowers together. Leave a line blank if "
                               "it does not apply.")
        for i, (k, label) in enumerate(zip(INCOMES, TG_INCOME, strict=True)):
            col, row = divmod(i, 4)
            x = 175 + col * 207
            y = 630 - row * 38
            amount = app.income.get(k, 0.0)
            c.setFont("Helvetica", 10)
            c.drawString(x - 9, y + 3, "$")
            tg_field(c, x, y, 180, label, money(amount) if amount > 0 else "")
        c.setFont("Helvetica", 10)
        c.drawString(373, 473, "$")
        tg_field(c, 382, 470, 180, "TOTAL monthly gross income (all lines above)", money(app.total), bold=True)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(368, 473, "Total")
        tg_step(c, 430, 150, 7, "Sign and date")
        yy = paragraphs(c, 165, 412, 407, [
            "By signing, I certify that the information in this application is true and that the hardship I described "
            "contributed to my need for mortgage relief. I will provide the documents Tollgate requests and I consent "
            "to Tollgate or its agents obtaining a credit report for each borrower. Knowingly false statements may "
            "violate federal law. Tollgate is not obligated to offer assistance because I applied."],
            font="Helvetica", size=8, leading=10)
        marks: list[Mark] = []
        sy = yy - 36
        people = [("Borrower", app.borrower, app.b_signs, app.b_dates, 0),
                  ("Co-borrower", app.co or "", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, name, signs, dates, k in people:
            c.setFont("Helvetica-Bold", 12)
            c.drawString(165, sy + 2, "X")
            tg_field(c, 176, sy, 240, f"{role} signature" + (f"  ({name})" if name else ""), "")
            tg_field(c, 436, sy, 136, "Date (mm/dd/yyyy)", "")
            if signs:
                marks.append(Mark("sig", 190, sy + 2, w=190, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 442, sy + 3, mdy(app.signed_on), size=12, seed=app.seed + 9 + k))
                else:
                    c.setFont("Helvetica", 10)
                    c.drawString(438, sy + 3, mdy(app.signed_on))
            sy -= 56
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 120, "Return to: Tollgate National Loan Services, Inc., Loss Mitigation, PO Box 90417, "
                              "Irving, TX 75039  -  Fax (972) 555-0143  -  Upload at tollgate-loans.example")
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "TG-100 (01/2037)")
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



WH_ROOF = Withholding(0.09, 0.0, True, (("Health plan", 42.50), ("Tool allowance repay", 10.00)))
WH_CALL = Withholding(0.07, 0.0, True, (("Medical - employee", 54.10), ("Dental", 6.35)))
WH_TECH = Withholding(0.13, 0.0, True, (("401(k)", 180.00), ("Medical PPO", 121.48), ("Vision", 4.12)))
WH_IDAHO = Withholding(0.1, 0.045, True, (("Medical - employee", 54.10),))


def packet_ah1(seed: int) -> Packet:
    """Form 710 typed and signed on screen; a folder named after the loan; a roofer's weekly stubs."""
    received = dt.date(2037, 1, 19)
    addr = ["7714 West Bonneville Street", "Pasco, WA 99301"]
    key = seed * 7919 + 1
    jobs = [("2417", "Columbia Park Elementary - reroof", 31.50, 24.0), ("2431", "Hanford Hwy warehouse - flashing",
                                                                         29.00, 8.0)]
    stubs = [trades_stub("Ironwood Roofing & Sheet Metal, Inc.", "4810 Commerce Loop, Pasco, WA 99301",
                         "IRONWRS884KM", "Tobias R. Lindqvist", "1187", "Roofer - Journeyman", d, "weekly", jobs,
                         WH_ROOF, key) for d in (dt.date(2037, 1, 9), dt.date(2037, 1, 16))]
    app = App("4290165738", "Tobias R. Lindqvist", "941-27-3368", "7714 West Bonneville Street", "Pasco", "WA",
              "99301", "(509) 555-0148", "t.lindqvist@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2036, 11, 3), "short", {"wages": stubs[-1].monthly}, dt.date(2037, 1, 17), seed=seed + 11)
    p = Packet("ah1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Mortgage Assistance Application - Lindqvist.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/Ironwood stub {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2037, 1, 17)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Cascade Federal Mortgage Servicing", [
        "I am a roofer. Every winter our crews slow down, but this year the company lost two of its large jobs in "
        "November and I went from fifty-plus hours a week with overtime to about thirty. My take-home pay is down "
        "by roughly a third.",
        "The spring bid schedule looks good and my foreman expects full hours again by April. I am asking for a "
        "few months of reduced payments, or whatever option keeps my loan current until then."],
        ink=False, seed=seed + 1)
    p.pdf(f"{folder}/letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ah2(seed: int) -> Packet:
    """SD-414 typed and signed on screen; loose files named with the loan; call-centre stubs; two statements
    show the child support."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2037, 2, 9)
    addr = ["1206 South Irby Street", "Kennewick, WA 99337"]
    key = seed * 7919 + 2
    items = [("Regular", "hours", 72.0, 18.25), ("Evening shift differential", "hours", 24.0, 1.25),
             ("Bilingual premium", "flat", 40.00, 0.0), ("Quality incentive", "bonus", 75.00, 0.0)]
    stubs = [office_stub("Brightline Contact Solutions", "3300 West Clearwater Avenue, Kennewick, WA 99336",
                         "Alondra M. Whitcomb", "BCS-20771", "Customer Care - Utilities", "Customer Service Rep II",
                         d, "biweekly", items, WH_CALL, key, "6613") for d in (dt.date(2037, 1, 22),
                                                                               dt.date(2037, 2, 5))]
    cs = 620.00
    net_old = 1061.18  # a late-2036 check, before the hours were cut back further
    net_a = stubs[0].fields["net_current"]
    dec = [(5, "CHILD SUPPORT DISB WA DSHS", cs), (11, "BRIGHTLINE CONTACT PAYROLL", net_old),
           (24, "BRIGHTLINE CONTACT PAYROLL", net_old)]
    jan = [(5, "CHILD SUPPORT DISB WA DSHS", cs), (8, "BRIGHTLINE CONTACT PAYROLL", net_old),
           (22, "BRIGHTLINE CONTACT PAYROLL", net_a)]
    s1 = bayline_statement(rng, "Alondra M. Whitcomb", addr, "3071205566", 2036, 12, 1418.37, dec)
    s2 = bayline_statement(rng, "Alondra M. Whitcomb", addr, "3071205566", 2037, 1, s1.fields["ending_balance"], jan)
    app = App("7723016684", "Alondra M. Whitcomb", "962-04-1187", "1206 South Irby Street", "Kennewick", "WA",
              "99337", "(509) 555-0183", "alondra.whitcomb@example.com", "primary_residence",
              ["disability_or_illness"], dt.date(2036, 10, 20), "long", {"wages": stubs[-1].monthly, "other": cs},
              dt.date(2037, 2, 6), seed=seed + 21)
    p = Packet("ah2", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_application.pdf", paper_pdf(sd414(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{loan}_paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan}_statement_december.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf(f"{loan}_statement_january.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    on = dt.date(2037, 2, 6)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Columbia Plateau Housing Finance Agency", [
        "In October I was diagnosed with a heart condition and spent nine days in the hospital. I was on unpaid "
        "leave for six weeks and went back to work in December. While my paychecks stopped we fell behind, and "
        "the hospital bills and my ongoing treatment have used up our savings.",
        "I receive child support for my two children, which I have listed on my application. I am asking the "
        "Agency to lower my payment while I recover so that I can keep our home."], ink=False, seed=seed + 2)
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ah3(seed: int) -> Packet:
    """TG-100 typed, signed in ink by both and scanned with the packet behind the separator sheet; rental income
    with one statement only."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2037, 11, 10)
    addr = ["318 North Fir Avenue", "Meridian, ID 83642"]
    key = seed * 7919 + 3
    jobs = [("M-5520", "St. Luke's clinic expansion - piping", 36.50, 64.0),
            ("M-5538", "Eagle Rd apartments - rough-in", 34.00, 12.0)]
    stubs = [trades_stub("Basalt Mechanical Contractors", "2901 East Franklin Road, Meridian, ID 83642",
                         "PWC-C-31877", "Raymond T. Okonkwo", "4412", "Pipefitter - Journeyman", d, "biweekly",
                         jobs, WH_IDAHO, key) for d in (dt.date(2037, 10, 23), dt.date(2037, 11, 6))]
    net1 = stubs[0].fields["net_current"]
    credits = [(1, "MOBILE DEPOSIT - RENT UNIT B", 975.00), (9, "BASALT MECHANICAL PAYROLL", net1),
               (23, "BASALT MECHANICAL PAYROLL", net1)]
    s1 = sawtooth_statement(rng, "Raymond T. Okonkwo / Lucia M. Okonkwo", addr, "20418837", "7100294156", 2037, 10,
                            2236.90, credits)
    app = App("5038842179", "Raymond T. Okonkwo", "917-58-2044", "318 North Fir Avenue", "Meridian", "ID", "83642",
              "(208) 555-0126", "rokonkwo@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2037, 7, 1), "long", {"wages": stubs[-1].monthly, "rental": 890.00}, dt.date(2037, 11, 3),
              co="Lucia M. Okonkwo", co_ssn="917-60-3391", seed=seed + 31)
    p = Packet("ah3", received, app, ["income_doc:rental"])
    style = Scan(dpi=300, tilt=0.25, blur=0.65, noise=0.0004)
    on = dt.date(2037, 11, 3)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Tollgate National Loan Services, Inc.", [
        "In July our homeowner's insurance was not renewed and the replacement policy costs more than twice as "
        "much. The county also reassessed our duplex, and together our escrow payment went up by $386 a month.",
        "We rent the other side of the duplex for $975 a month, and I work full time as a pipefitter. We are "
        "asking Tollgate to review us for a modification so the payment fits our income again."],
        ink=True, seed=seed + 3)
    t_pdf, t_marks = form4506c_page("Raymond", "T", "Okonkwo", "917-58-2044", "318 North Fir Avenue", "Meridian",
                                    "ID", "83642", "Tollgate National Loan Services, Inc.", "(972) 555-0143", on,
                                    "(208) 555-0126", seed + 33, ink=True)
    p.scan("MAILRM_20371110_0087.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), scan_paper(tg100(app, ink=True), style, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 302)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 303)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 304)),
        (Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True),
         scan_sheets(t_pdf, [t_marks], style, seed + 305)),
        (hardship_doc(on), scan_paper(hl, style, seed + 306))], style)
    return p


def packet_ah4(seed: int) -> Packet:
    """Form 710 typed, printed, signed and dated in ink by both spouses; ONE 240 dpi scan without separator."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2037, 12, 8)
    addr = ["2245 North Ridgeview Drive", "Spokane Valley, WA 99216"]
    key = seed * 7919 + 4
    items = [("Salary", "flat", 3687.50, 0.0), ("On-call stipend", "bonus", 150.00, 0.0)]
    stubs = [office_stub("Corvane Systems, Inc.", "600 Riverpoint Boulevard, Spokane, WA 99202",
                         "Hannah E. Marchbanks", "CV-008815", "Customer Support Engineering",
                         "Support Engineer III", d, "semimonthly", items, WH_TECH, key, "2290")
             for d in (dt.date(2037, 11, 13), dt.date(2037, 11, 30))]
    reloc = transfer_letter("Hannah E. Marchbanks", addr, dt.date(2037, 9, 8), "Corvane Systems, Inc.", "Spokane",
                            "Boise, Idaho", dt.date(2037, 11, 1))
    member, acct = "30917725", "7100381460"
    oct_c = [(3, "DEPOSIT - CLIENT CHECK", 1150.00), (10, "ACH CREDIT RIVERSTONE DENTAL", 875.00),
             (17, "DEPOSIT - CLIENT CHECK", 640.00), (28, "ACH CREDIT PALOUSE FEED & SEED", 560.00)]
    nov_c = [(4, "ACH CREDIT RIVERSTONE DENTAL", 875.00), (12, "DEPOSIT - CLIENT CHECK", 1020.00),
             (19, "ACH CREDIT PALOUSE FEED & SEED", 560.00), (25, "DEPOSIT - CLIENT CHECK", 710.00)]
    holder = "Julian P. Marchbanks dba Marchbanks Bookkeeping"
    s1 = sawtooth_statement(rng, holder, addr, member, acct, 2037, 10, 1844.12, oct_c, "Business Checking")
    s2 = sawtooth_statement(rng, holder, addr, member, acct, 2037, 11, s1.fields["ending_balance"], nov_c,
                            "Business Checking")
    app = App("0086417352", "Hannah E. Marchbanks", "934-71-0526", "2245 North Ridgeview Drive", "Spokane Valley",
              "WA", "99216", "(509) 555-0107", "hmarchbanks@example.org", "primary_residence", ["relocation"],
              dt.date(2037, 11, 1), "long", {"wages": stubs[-1].monthly, "self_employment": 3150.00},
              dt.date(2037, 12, 2), co="Julian P. Marchbanks", co_ssn="934-71-8840", seed=seed + 41)
    p = Packet("ah4", received, app, [])
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0005)
    on = dt.date(2037, 12, 2)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Meadowlark Home Loan Servicing", [
        "My employer moved my whole team to its Boise office on November 1. I now rent a small apartment in Boise "
        "during the week and drive home on weekends, so we are paying rent and the mortgage at the same time.",
        "My husband runs his bookkeeping business from our home and his clients are here, so we plan to sell the "
        "house in the spring and move together. Until then we ask for a lower payment or a forbearance."],
        ink=True, seed=seed + 4)
    t_pdf, t_marks = form4506c_page("Julian", "P", "Marchbanks", "934-71-8840", "2245 North Ridgeview Drive",
                                    "Spokane Valley", "WA", "99216", "Meadowlark Home Loan Servicing", "(800) 555-0199",
                                    on, "(509) 555-0107", seed + 44, ink=True)
    p.scan(f"Marchbanks {app.loan}.pdf", [
        (app_doc(), form710_ink(app, style, seed + 400)),
        (hardship_doc(on), scan_paper(hl, style, seed + 401)),
        (letter_doc(reloc), scan_paper(reloc.paper, style, seed + 402)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 403)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 404)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 405)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 406)),
        (Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True),
         scan_sheets(t_pdf, [t_marks], style, seed + 407))], style)
    return p


def packet_ah5(seed: int) -> Packet:
    """TG-100 signed in ink; a folder named after the loan, one 200 dpi scan per paper; the stubs are stale."""
    received = dt.date(2037, 2, 23)
    addr = ["58 Cottonwood Lane", "Twin Falls, ID 83301"]
    key = seed * 7919 + 5
    items = [("Regular", "hours", 76.0, 16.80), ("Training / nesting", "hours", 4.0, 16.80),
             ("Attendance bonus", "bonus", 50.00, 0.0)]
    stubs = [office_stub("Halcyon Teleservices LLC", "1450 Pole Line Road East, Twin Falls, ID 83301",
                         "Marcus D. Feeney", "HT-3306", "Inbound Sales - Wireless", "Sales Agent", d, "biweekly",
                         items, WH_IDAHO, key, "0485") for d in (dt.date(2036, 10, 22), dt.date(2036, 11, 5))]
    app = App("9120573318", "Marcus D. Feeney", "958-33-6012", "58 Cottonwood Lane", "Twin Falls", "ID", "83301",
              "(208) 555-0171", "mdfeeney@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2036, 12, 1), "short", {"wages": r2(48 * 16.80 * 26 / 12)}, dt.date(2037, 2, 16),
              seed=seed + 51)
    p = Packet("ah5", received, app, ["income_doc:wages"])
    style = Scan(dpi=200, tilt=0.5, blur=0.45, noise=0.0006)
    on = dt.date(2037, 2, 16)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Tollgate National Loan Services, Inc.", [
        "Since December the call center lost its biggest client and cut every agent on my team to part-time "
        "schedules. I was working close to 80 hours every two weeks; now I get about 48.",
        "I have enclosed my pay stubs from the fall, which show what I earned before the cut. I am looking for a "
        "second job and ask for a short-term plan that lowers my payment until my hours come back."],
        ink=True, seed=seed + 5)
    folder = app.loan
    for i, (doc, paper) in enumerate([(app_doc(), tg100(app, ink=True)), (stub_doc(stubs[0]), stubs[0].paper),
                                      (stub_doc(stubs[1]), stubs[1].paper), (hardship_doc(on), hl)]):
        p.scan(f"{folder}/SCAN_{i + 1:04d}.pdf", [(doc, scan_paper(paper, style, seed + 500 + i))], style)
    return p


def packet_ah6(seed: int) -> Packet:
    """SD-414 printed, signed in ink by the borrower only and faxed behind a cover sheet."""
    received = dt.date(2037, 11, 24)
    key = seed * 7919 + 6
    jobs = [("E-118", "Road 68 water main - trench", 33.25, 40.0)]
    stubs = [trades_stub("Granger Excavation & Utility, LLC", "900 Port Way, Granger, WA 98932", "GRANGEU912LP",
                         "Wendell O. Strand", "0552", "Equipment Operator II", d, "weekly", jobs, WH_ROOF, key)
             for d in (dt.date(2037, 11, 13), dt.date(2037, 11, 20))]
    app = App("3307719524", "Wendell O. Strand", "926-14-7730", "411 Birch Street", "Granger", "WA", "98932",
              "(509) 555-0135", "wostrand@example.net", "primary_residence", ["unemployment"], dt.date(2037, 9, 12),
              "short", {"wages": stubs[-1].monthly, "unemployment": 1476.00}, dt.date(2037, 11, 19),
              co="Beatrix L. Strand", co_ssn="926-14-9021", co_signs=False, seed=seed + 61)
    p = Packet("ah6", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)
    cover = fax_cover("Lower Valley Housing Counseling", "(509) 555-0192", "Columbia Plateau HFA - Servicing",
                      "(509) 555-0169", received, 6, f"Strand - Agency loan {app.loan}")
    p.scan("FAX_20371124_141907.pdf", [
        (None, scan_paper(cover, style, seed + 600)),
        (app_doc(), scan_paper(sd414(app, ink=True), style, seed + 601)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 602)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 603))], style)
    return p


def packet_ah7(seed: int) -> Packet:
    """TG-100 typed and signed on screen by both; loose born-digital files "<Surname> <loan> - <paper>.pdf"."""
    received = dt.date(2037, 12, 15)
    addr = ["1629 Maple Grove Court", "Richland, WA 99352"]
    key = seed * 7919 + 7
    items = [("Salary", "flat", 2262.50, 0.0), ("Weekend coverage", "bonus", 120.00, 0.0)]
    stubs = [office_stub("Keystroke IT Services", "2125 Jadwin Avenue, Richland, WA 99354", "Simone A. Rutherford",
                         "KIT-1184", "Service Desk", "Service Desk Analyst", d, "semimonthly", items, WH_CALL, key,
                         "5120") for d in (dt.date(2037, 11, 13), dt.date(2037, 11, 30))]
    pension = trades_pension_letter("Arthur L. Rutherford", addr, dt.date(2037, 10, 14), 1688.40, dt.date(2033, 6, 1))
    app = App("6651280947", "Simone A. Rutherford", "973-40-2261", "1629 Maple Grove Court", "Richland", "WA",
              "99352", "(509) 555-0159", "simone.rutherford@example.com", "primary_residence", ["other"],
              dt.date(2037, 8, 4), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 1688.40},
              dt.date(2037, 12, 12), co="Arthur L. Rutherford", co_ssn="973-40-5518",
              other_text="Custody of two grandchildren placed with us", seed=seed + 71)
    p = Packet("ah7", received, app, [])
    loan = app.loan
    p.pdf(f"Rutherford {loan} - application.pdf", paper_pdf(tg100(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"Rutherford {loan} - paystub {s.date.strftime('%b %d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"Rutherford {loan} - pension letter.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    on = dt.date(2037, 12, 12)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Tollgate National Loan Services, Inc.", [
        "In August the court placed our two grandchildren, ages 4 and 9, with us after their mother could no "
        "longer care for them. We were glad to take them, but child care, clothes, school costs and a larger "
        "grocery bill have added about $900 a month to our expenses.",
        "Simone works at a service desk and Arthur is retired on his union pension. Our income has not changed, "
        "but we can no longer make the full payment. We ask Tollgate to review us for a modification."],
        ink=False, seed=seed + 7)
    p.pdf(f"Rutherford {loan} - hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ah8(seed: int) -> Packet:
    """SD-414 signed in ink by both and scanned; loose files "<loan>_..." mixing scans and downloads; the
    co-borrower's VA disability has no award letter and only one statement."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2037, 1, 26)
    addr = ["92 Aspen Hollow Road", "Walla Walla, WA 99362"]
    key = seed * 7919 + 8
    items = [("Salary", "flat", 2870.00, 0.0), ("Shift premium", "bonus", 95.00, 0.0)]
    stubs = [office_stub("Corvane Systems, Inc.", "600 Riverpoint Boulevard, Spokane, WA 99202", "Nadia K. Poulsen",
                         "CV-011402", "Technical Support - Tier 1", "Support Specialist", d, "semimonthly", items,
                         WH_TECH, key, "8847") for d in (dt.date(2036, 12, 31), dt.date(2037, 1, 15))]
    va = 1215.40
    net_a = stubs[0].fields["net_current"]
    dec = [(1, "VA BENEFIT DEP US TREAS 220", va), (15, "CORVANE SYSTEMS PAYROLL", net_a),
           (31, "CORVANE SYSTEMS PAYROLL", net_a)]
    s1 = bayline_statement(rng, "Nadia K. Poulsen / Erik J. Poulsen", addr, "3071880412", 2036, 12, 1902.55, dec)
    app = App("1849306275", "Nadia K. Poulsen", "985-26-4471", "92 Aspen Hollow Road", "Walla Walla", "WA", "99362",
              "(509) 555-0114", "nadia.poulsen@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2036, 9, 15), "long", {"wages": stubs[-1].monthly, "benefits_nontaxable": va},
              dt.date(2037, 1, 20), co="Erik J. Poulsen", co_ssn="985-26-1093", seed=seed + 81)
    p = Packet("ah8", received, app, ["income_doc:benefits_nontaxable"])
    style = Scan(dpi=240, tilt=0.35, blur=0.5, noise=0.0005)
    loan = app.loan
    p.scan(f"{loan}_application_scan.pdf", [(app_doc(), scan_paper(sd414(app, ink=True), style, seed + 800))], style)
    for s in stubs:
        p.pdf(f"{loan}_paystub_{s.date.isoformat()}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan}_bank_statement.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    on = dt.date(2037, 1, 20)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Columbia Plateau Housing Finance Agency", [
        "My husband Erik is a disabled veteran. In September his condition got worse and he had to give up his "
        "job at the winery. He now receives only his VA disability compensation, which is not taxed.",
        "I work full time in technical support, but without Erik's paycheck we are short every month. We ask "
        "the Agency to review us for a modification of our Agency home loan."], ink=True, seed=seed + 8)
    p.scan(f"{loan}_letter_scan.pdf", [(hardship_doc(on), scan_paper(hl, style, seed + 801))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ah1, packet_ah2, packet_ah3, packet_ah4, packet_ah5, packet_ah6,
                                             packet_ah7, packet_ah8]


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
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: year to date below the current gross {f}")
        # every page of every file belongs to one document, the separator and fax cover sheets aside
        for pdf_path in sorted((exp_path.parent / "inbox").rglob("*.pdf")):
            rel = pdf_path.relative_to(exp_path.parent / "inbox").as_posix()
            count = len(PdfReader(pdf_path).pages)
            unlisted = [n for n in range(1, count + 1) if (rel, n) not in seen]
            allowed = [1] if pdf_path.name.startswith(("MAILRM_", "FAX_")) else []
            if unlisted != allowed:
                problems.append(f"{name}: pages {unlisted} of {rel} belong to no document")
        if re.search(r"\b9\d\d-?\d\d-?\d{4}\b", json.dumps(exp)):  # SSNs appear as last four only
            problems.append(f"{name}: a full SSN in expected.json")
        problems += [f"{name}: self-comparison {c.label}" for c in self_compare(exp)]
    return problems


def self_compare(exp: dict[str, Any]) -> list[Any]:
    """expected.json scored against itself (as a case.json) through tests/sample_compare.compare: all checks
    must pass, so the file is in the shape the scorer reads."""
    sys.path.insert(0, str(REPO / "tests"))
    try:
        from sample_compare import compare
    finally:
        sys.path.pop(0)
    case = {"status": exp["status"], "missing": [{"code": c} for c in exp["missing"]],
            "application": {k: {"value": v} for k, v in (exp["application"] or {}).items()},
            "documents": [{"type": d["type"], "pages": d["pages"],
                           "fields": {k: {"value": v} for k, v in d["fields"].items()}} for d in exp["documents"]]}
    return [c for c in compare(exp, case).checks if not c.ok]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ah1 ..)")
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
        if args.check:  # the same seed must give the same bytes
            again = build(args.seed)
            if again.files != p.files or expected_of(again) != exp:
                problems.append(f"{name}: a rebuild with seed {args.seed} gives different bytes")
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
