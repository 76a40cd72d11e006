"""A thirty-third holdout set of borrower packets (ag1..ag8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z, aa, ab, ac, ad, ae and af sets, written without looking at the service's code, rules, data
files or tests, to estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ag.py OUT_DIR [--seed N] [--check] [--only ag1 ag5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.2 to 0.45 degrees, a
little blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white), and the hand-written
parts are signatures and the dates beside them; the servicers' forms mark their boxes with ticks.

Applications: the real Form 710 (April 2023) filled through its AcroForm in two packets - typed on screen, signed
with drawn strokes laid over its signature field and the date typed into its field, e-mailed (ag1); typed, printed,
signed and dated in ink by both spouses and scanned grey at 300 dpi (ag4). Two servicers' own two-page forms:
Harvest Ridge Community Credit Union's Mortgage Servicing Department's "MEMBER MORTGAGE ASSISTANCE APPLICATION"
(form MS-12: "Harvest Ridge" in bold over a wheat-gold rule; each section opened by a hairline across the page with
its NUMBER (a large gold figure) AND NAME HANGING IN THE LEFT MARGIN - "1 Members and loan", "2 Property",
"3 Hardship", "4 Monthly income", "5 Signatures" -, the questions in a label column at the middle of the page and the
typed answers in Courier on BORDERLESS GREY-SHADED STRIPS to their right; the borrower and co-borrower called the
"PRIMARY MEMBER (BORROWER)" and the "JOINT MEMBER (CO-BORROWER)" and answering side by side in two strip columns -
full name, member number, SSN (last 4 digits), home or cell phone - with "E-mail (primary member)" on one long strip;
"City, state, ZIP" as three strips on one row; "The property is (tick one): Our principal residence / A second home /
A rental / investment property"; "What caused your hardship? Tick every reason that applies." with ten reasons in
the credit union's words in two columns - "Reduced pay, hours or overtime", "Higher housing costs (taxes, insurance,
dues)", "Illness or disability of a member or dependent", "Job transfer or move for work", "Other - explain:" and a
strip -; "When did the hardship begin? (mm/dd/yyyy)"; "How long do you expect it to last? 6 months or less / Longer
than 6 months / It is over (resolved)"; the loan number repeated at the top of page 2; the income as eight rows
"BEFORE TAXES, EACH MONTH" with a "$" strip in a PRIMARY MEMBER and in a JOINT MEMBER column, an "Each member's
total" row and a "Household total, both members" row (the form's total); "Primary member signature (name)" and
"Joint member signature" rules with a "Date" strip beside each; a "FOR MORTGAGE SERVICING USE ONLY" box left empty)
- ag2 typed and signed on screen by both members, ag5 typed, printed and faxed UNSIGNED, ag7 typed, printed, signed
and dated in ink by both and scanned;
Ninebark Regional Bank's Default Servicing Unit's "Mortgage Workout Request" (form DSU-40, a bank's FILLABLE PDF: a
full-width slate-blue band with the bank's name in white, "1. Loan and borrowers" .. "5. Certification and
signatures" in slate blue over a rule, every answer in an INPUT-GROUP box - one bordered box whose pale blue-grey LEFT
SEGMENT holds the caption in small bold type ("Loan number", "Borrower SSN (last 4)", "Co-borrower name", "Property
street address", "City" / "State" / "ZIP") and whose white right segment holds the answer in Courier -, two boxes to
a row; occupancy and the expected duration as DROP-DOWN LISTS printed as the chosen words with the list's small
arrow button at the box's right end ("Owner occupied - primary residence" / "Second home" / "Non-owner occupied -
investment"; "Short term (6 months or less)" / "Long term (over 6 months)" / "Resolved"); "3. Reason for default"
as ten check boxes in default-servicing words - "Loss of employment", "Curtailment of income", "Increased housing
costs", "Disaster", "Illness / disability", "Divorce / legal separation", "Separation - unmarried co-owners", "Death
of borrower or wage earner", "Job relocation", "Other (explain below)" - with an "Explanation of other" box and
"Hardship start date (mm/dd/yyyy)"; page 2 repeating the loan number, "4. Monthly income, all borrowers (before
taxes)" as eight input groups with right-aligned "$" amounts and a "TOTAL MONTHLY GROSS INCOME" box; the signatures
and their dates in tall input groups "Borrower signature" | "Date", "Co-borrower signature" | "Date") - ag6 typed
and signed on screen, ag3 typed, printed, signed and dated in ink and scanned, ag8 the same by both spouses.

Pay: a retail chain's bi-weekly associate "PAY STATEMENT" printed from its payroll provider's portal (Quarry Payroll
Services, for Bellwether Outfitters, Larkfield Home Center and Tri-Valley Farm & Home Stores: a red bar beside the
company name, an Associate / Associate ID / Job / Store list, a RIBBON of four shaded figures GROSS PAY / TAXES /
DEDUCTIONS / NET PAY each with "Year to date $..." under it, Earnings (Regular, Overtime, Sunday premium with rate,
hours, this period and YTD) at the left and "Taxes and deductions" at the right, paid time off and "NET PAY
DEPOSITED" boxes, and the period and check date in ONE SENTENCE at the foot - "Pay period 12/28/2036 through
01/10/2037. Check date 01/16/2037. Paid biweekly."); distribution centres' weekly "EMPLOYEE EARNINGS STATEMENT"
(Halverson Logistics and Prairie Gate Fulfillment: a 3 x 2 grid of caption cells EMPLOYEE / EMPLOYEE NO. / SHIFT /
WEEK START / WEEK END / PAY DATE, "Pay frequency: Weekly", ONE dark-headed ledger CODE DESCRIPTION | HOURS / UNITS |
RATE | CURRENT | YEAR TO DATE whose EARNINGS (REG, OT, SHP shift premium, INC pick incentive paid by the unit),
TAXES and DEDUCTIONS are group rows in a fixed-width face, a NET PAY row, and a NET PAY DISTRIBUTION box splitting the
deposit between checking and savings); public school districts' "EARNINGS AND DEDUCTIONS STATEMENT" (Ashby Falls
R-II, Carmody County R-IV and Gardner Edgerton Prairie USD 231: a round seal with the district's initials, the
employee facts and "Pay period mm/dd/yyyy to mm/dd/yyyy" at the left, an ASSIGNMENT box - position, school site,
FTE, "Pay schedule: Semi-monthly (24 pays)" or "Monthly (12 pays)" -, three grey-headed columns EARNINGS / TAXES /
DEDUCTIONS side by side each with CURRENT and CAL. YTD, retirement deducted as a share of pay, leave balances and a
boxed NET PAY) - semi-monthly hourly paraeducators and custodians (the 1st-15th paid on the 25th, the 16th-month end
on the 10th, moved back to a Friday at weekends) and a monthly salaried teacher with an extra-duty stipend, paid on
the month's last weekday. Every year-to-date figure is the sum of that calendar year's checks (a January stub's is
January's checks alone, its period reaching back into December).
Statements: a national bank's two-page checking statement (Sable Creek National Bank: a black square monogram, "mm/dd/
yyyy through mm/dd/yyyy" and "Account Number: ******NNNN" at the top right, a CHECKING SUMMARY table with INSTANCES
and AMOUNT columns, activity in sections DEPOSITS AND ADDITIONS / CHECKS PAID / ELECTRONIC WITHDRAWALS with section
totals, a DAILY ENDING BALANCE list in three columns on page 2) and the credit union's one-page statement (Harvest
Ridge: member number and "Statement Period" in a box, "PREMIER CHECKING - ACCOUNT NNNN", a register with signed
amounts and a running balance between "Previous Balance" and "New Balance" rows, alternate rows shaded).
Letters and papers: typed hardship letters (unsigned when e-mailed, signed in ink when scanned or faxed, two by both
spouses), a state teachers' retirement system's benefit verification (taxable, monthly), Social Security's survivors
benefit verification (taxable, monthly), the VA's benefit summary (non-taxable, monthly), a retail chain's store
transfer confirmation (the relocation paper), a state workforce agency's notice of monetary determination for
unemployment (weekly amount), a county newspaper's obituary page, page 1 of the real IRS Form 4506-C (Rev. 10-2022)
typed over by the servicer and signed and dated in ink, the mailroom's Code 128 "LOAN <number>" separator sheet and
a borrower's fax cover from a shipping store (neither is a document).

Deliveries: a folder named after the loan of e-mailed born-digital files (ag1); loose born-digital files named
"<loan>_application.pdf", "<loan>_paystub_0123.pdf" .. (ag2); ONE 240 dpi grey mailroom scan of the whole packet
behind the separator sheet, no loan number in its name (ag3); a folder named after the loan holding ONE 300 dpi grey
scan PER PAPER under the scanner's names DOC121437_001.pdf .. (ag4); ONE 200 dpi fax behind the borrower's cover sheet
under the fax server's name (ag5); loose born-digital files named "<Surname> <loan> - <paper>.pdf" (ag6); ONE 300 dpi
grey scan of the whole packet without a separator sheet named "<Surname> <loan>.pdf" (ag7); loose 200 dpi grey scans,
one per paper, named "<Surname>_<loan>_<n>.pdf" (ag8). Co-borrowers in ag2, ag4, ag7 and ag8.

Complete: ag1 (two fresh bi-weekly retail stubs with year-to-date pay, the newer one in January; a reduction in
income needs no papers), ag2 (the joint member's fresh semi-monthly school stubs, the retirement system's fresh
letter for the primary member's pension, the couple's letter covers his illness), ag4 (two fresh weekly warehouse
stubs for the husband and the wife's fresh monthly teacher's stub, their sum on Form 710's wages line; higher housing
costs need no papers), ag8 (a fresh retail stub, the VA letter for the wife's non-taxable compensation, the store
transfer letter for the relocation). Incomplete, each for one reason: ag3 rental income is claimed but only
October's bank statement came - not two - and no rent checks (income_doc:rental; the stubs document the wages and
the 4506-C is signed); ag5 the faxed credit union form's signature and date lines are empty (application_signature;
the letter explains the "other" hardship, child care); ag6 the school district stubs were paid in August and the
packet arrived on November 30, more than 90 days later, with no bank statements (income_doc:wages; Social Security's
letter documents the survivors benefit and the obituary the husband's death); ag7 self-employment income is claimed
and two consecutive credit union statements show it, but no signed IRS Form 4506-C came (irs_form_4506c; the
unemployment income and the unemployment hardship need nothing).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the result must equal each scenario's intended codes. `--check` validates every
expected.json (keys, codes, types, dates, income totals, that every listed page exists and no page is listed twice,
that `scanned` matches the absence of a text layer, pay-stub periods, monthly gross and year to date, that consecutive
statements chain, that born-digital papers print their key values - the servicer forms their loan number, borrower,
street and total, Form 710 in its fields -, that no full SSN reaches expected.json, and that expected.json scores
perfectly against itself through tests/sample_compare.compare) and rebuilds every packet to confirm that the same
seed gives the same bytes. Received dates fall in January, February, November and December 2037. Every file is the
same bytes for a seed: reportlab runs in invariant mode, scans use seeded noise, pypdf output carries fixed
identifiers. All people, employers, banks and servicers are fictional (the Social Security Administration, the VA,
the state agencies and the IRS form aside); SSNs use the 900-999 area, and every page carries a faint "synthetic
test document" line.
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
    c.setCreator("holdout_packets_ag")
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
    writer.add_metadata({"/Producer": "holdout_packets_ag"})
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
    percent: tuple[tuple[str, float], ...] = ()  # label, share of the gross (retirement plans)
    state_label: str = "State income tax"

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)}
        if self.fica:
            out["Social Security"] = r2(gross * 0.062)
            out["Medicare"] = r2(gross * 0.0145)
        out[self.state_label] = r2(gross * self.state)
        return out

    def deducted(self, gross: float) -> dict[str, float]:
        out = {k: r2(gross * rate) for k, rate in self.percent}
        out.update(dict(self.deductions))
        return out


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch.gross))
        items.update(wh.deducted(ch.gross))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(wh.deducted(ch.gross).values()))


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


def cycle_dates(anchor: dt.date, step: int, current: dt.date) -> list[dt.date]:
    """Every pay date of current's calendar year, up to current, on a cycle of step days through anchor."""
    first = dt.date(current.year, 1, 1)
    d = anchor + dt.timedelta(days=((first - anchor).days + step - 1) // step * step)
    out = []
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


def business_day_before(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def semimonthly_schedule(current: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """The district's semi-monthly calendar up to current: (pay date, period start, period end). The 1st-15th is
    paid on the 25th, the 16th-month end on the 10th of the next month (each moved back to a weekday)."""
    out = []
    for month in range(1, current.month + 1):
        y = current.year
        pm_start = dt.date(y - (month == 1), (month - 2) % 12 + 1, 16)
        pm_end = month_bounds(pm_start.year, pm_start.month)[1]
        out.append((business_day_before(dt.date(y, month, 10)), pm_start, pm_end))
        out.append((business_day_before(dt.date(y, month, 25)), dt.date(y, month, 1), dt.date(y, month, 15)))
    return [t for t in out if t[0] <= current]


def monthly_schedule(current: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """Paid on the last weekday of each month for the month itself."""
    out = []
    for month in range(1, current.month + 1):
        start, end = month_bounds(current.year, month)
        out.append((business_day_before(end), start, end))
    return [t for t in out if t[0] <= current]


def retail_stub(rng: random.Random, company: str, store: str, address: str, employee: str, assoc_id: str, job: str,
                pay_date: dt.date, anchor: dt.date, rate: float, base_hours: float, wh: Withholding) -> Stub:
    """A retail chain's bi-weekly associate "PAY STATEMENT" printed from its payroll provider's portal (Quarry
    Payroll): a four-figure ribbon on top, earnings at the left and all withholding at the right, the period
    and check date in a sentence at the foot of the page."""
    key = rng_key(rng)
    checks = []
    for d in cycle_dates(anchor, 14, pay_date):
        rr = random.Random(f"{assoc_id}{d}{key}")
        hrs = base_hours + rr.choice([-6.0, -3.5, 0.0, 0.0, 2.25, 4.0])
        lines = {"Regular": (hrs, rate, r2(hrs * rate))}
        ot = rr.choice([0.0, 0.0, 1.5, 3.0, 4.75])
        if ot:
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        sun = rr.choice([0.0, 8.0, 16.0])
        if sun:
            lines["Sunday premium"] = (sun, 1.50, r2(sun * 1.5))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    deds = wh.deducted(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.1, 0.12))
        c.rect(50, 730, 8, 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(66, 746, company)
        c.setFont("Helvetica", 8)
        c.drawString(66, 734, f"{store}  -  {address}")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 748, "PAY STATEMENT")
        c.setFont("Helvetica", 7)
        c.drawRightString(562, 737, "Prepared by Quarry Payroll Services for the employer")
        c.setFont("Helvetica", 9)
        y = 708
        for k, v in (("Associate", employee), ("Associate ID", assoc_id), ("Job", job), ("Store", store)):
            c.setFont("Helvetica", 8)
            c.setFillGray(0.35)
            c.drawString(50, y, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(120, y, v)
            y -= 12
        # the ribbon: four figures, the year to date in small type under each
        figs = (("GROSS PAY", ch.gross, ytd["GROSS"]), ("TAXES", sum(taxes.values()), sum(ytd[k] for k in taxes)),
                ("DEDUCTIONS", sum(deds.values()), sum(ytd[k] for k in deds)), ("NET PAY", net, ytd["NET"]))
        for i, (k, cur, yt) in enumerate(figs):
            x = 50 + i * 128
            c.setFillGray(0.93 if k != "NET PAY" else 0.82)
            c.rect(x, 600, 124, 50, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7)
            c.drawString(x + 6, 639, k)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(x + 6, 620, "$" + money(r2(cur)))
            c.setFont("Helvetica", 7)
            c.drawString(x + 6, 606, f"Year to date  ${money(r2(yt))}")
        # earnings on the left
        y = 576
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Earnings")
        c.drawString(336, y, "Taxes and deductions")
        y -= 14
        c.setFont("Helvetica", 7)
        c.setFillGray(0.35)
        for x, t in ((148, "Rate"), (190, "Hours"), (250, "This period"), (312, "YTD")):
            c.drawRightString(x, y, t)
        c.drawRightString(500, y, "This period")
        c.drawRightString(562, y, "YTD")
        c.setFillColor(black)
        c.setLineWidth(0.4)
        c.line(50, y - 4, 314, y - 4)
        c.line(336, y - 4, 562, y - 4)
        ly = y - 16
        c.setFont("Helvetica", 8.5)
        for lab in ("Regular", "Overtime", "Sunday premium"):
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(50, ly, lab)
            if hrs:
                c.drawRightString(148, ly, f"{rt:.2f}")
                c.drawRightString(190, ly, f"{hrs:.2f}")
                c.drawRightString(250, ly, money(amt))
            c.drawRightString(312, ly, money(ytd[lab]))
            ly -= 13
        c.line(50, ly + 8, 314, ly + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, ly - 3, "Gross pay")
        c.drawRightString(250, ly - 3, money(ch.gross))
        c.drawRightString(312, ly - 3, money(ytd["GROSS"]))
        ry = y - 16
        c.setFont("Helvetica", 8.5)
        for k, v in list(taxes.items()) + list(deds.items()):
            c.drawString(336, ry, k)
            c.drawRightString(500, ry, money(v))
            c.drawRightString(562, ry, money(ytd[k]))
            ry -= 13
        # time off box
        by = min(ly, ry) - 40
        c.setLineWidth(0.5)
        c.rect(50, by - 34, 264, 40, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(56, by - 6, "PAID TIME OFF")
        c.setFont("Helvetica", 8)
        c.drawString(56, by - 20, f"Available {rng.randrange(8, 60)}.{rng.choice(['00', '25', '50', '75'])} hrs"
                                  f"     Used this year {rng.randrange(0, 40)}.00 hrs")
        c.rect(336, by - 34, 226, 40, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(342, by - 6, "NET PAY DEPOSITED")
        c.setFont("Helvetica", 8)
        c.drawString(342, by - 20, f"Checking xxxxxx{assoc_id[-4:]}")
        c.drawRightString(556, by - 20, "$" + money(net))
        c.setFont("Helvetica", 8.5)
        c.drawString(50, by - 62, f"Pay period {mdy(start)} through {mdy(end)}.  Check date {mdy(pay_date)}.  "
                                  "Paid biweekly.")
        c.setFont("Helvetica", 7)
        c.drawString(50, by - 76, "Associate discount and benefits questions: the People Desk at your store.")
        return []

    return Stub(Paper([page]), stub_fields(company, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


def warehouse_stub(rng: random.Random, company: str, site: str, address: str, employee: str, emp_no: str,
                   shift: str, pay_date: dt.date, anchor: dt.date, rate: float, wh: Withholding,
                   savings_split: float) -> Stub:
    """A distribution centre's weekly "EMPLOYEE EARNINGS STATEMENT": one ledger with EARNINGS, TAXES and
    DEDUCTIONS as group rows (hours or units, rate, current, year to date), a net pay distribution box that
    splits the deposit between checking and savings."""
    key = rng_key(rng)
    checks = []
    for d in cycle_dates(anchor, 7, pay_date):
        rr = random.Random(f"{emp_no}{d}{key}")
        reg = rr.choice([40.0, 40.0, 38.5, 36.0, 40.0])
        lines = {"REG  Regular": (reg, rate, r2(reg * rate))}
        ot = rr.choice([0.0, 2.5, 5.0, 7.25, 10.0])
        if ot:
            lines["OT   Overtime 1.5"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        lines["SHP  Shift premium"] = (reg + ot, 1.25, r2((reg + ot) * 1.25))
        units = rr.randrange(0, 1800)
        if units > 400:
            lines["INC  Pick incentive"] = (float(units), 0.02, r2(units * 0.02))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    deds = wh.deducted(ch.gross)
    saving = min(savings_split, net)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 744, company.upper())
        c.setFont("Helvetica", 8)
        c.drawString(50, 732, site)
        c.drawString(50, 722, address)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(50, 700, "EMPLOYEE EARNINGS STATEMENT")
        caps = [("Employee", employee), ("Employee no.", emp_no), ("Shift", shift),
                ("Week start", mdy(start)), ("Week end", mdy(end)), ("Pay date", mdy(pay_date))]
        for i, (k, v) in enumerate(caps):
            col, row = i % 3, i // 3
            x = 300 if col == 0 else 408 + (col - 1) * 77
            cell(c, x, 716 - row * 30, 108 if col == 0 else 77, 30, k.upper(), v, val_font=("Helvetica", 8.5))
        c.setFont("Helvetica", 8)
        c.drawString(50, 688, "Pay frequency: Weekly")
        y = 650
        c.setFillGray(0.2)
        c.rect(50, y - 4, 512, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(54, y + 1, "CODE  DESCRIPTION")
        for x, t in ((300, "HOURS / UNITS"), (360, "RATE"), (450, "CURRENT"), (556, "YEAR TO DATE")):
            c.drawRightString(x, y + 1, t)
        c.setFillColor(black)
        y -= 20

        def group(title: str) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold", 8)
            c.drawString(54, y, title)
            y -= 12

        group("EARNINGS")
        c.setFont("Courier", 8.5)
        for lab in ("REG  Regular", "OT   Overtime 1.5", "SHP  Shift premium", "INC  Pick incentive"):
            if lab not in ytd:
                continue
            q, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(62, y, lab)
            if q:
                c.drawRightString(300, y, f"{q:,.2f}" if lab[:3] != "INC" else f"{q:,.0f}")
                c.drawRightString(360, y, f"{rt:.4f}" if lab[:3] != "INC" else f"{rt:.2f}")
                c.drawRightString(450, y, money(amt))
            c.drawRightString(556, y, money(ytd[lab]))
            y -= 12
        c.setFont("Courier-Bold", 8.5)
        c.drawString(62, y, "     GROSS EARNINGS")
        c.drawRightString(450, y, money(ch.gross))
        c.drawRightString(556, y, money(ytd["GROSS"]))
        y -= 18
        group("TAXES")
        c.setFont("Courier", 8.5)
        for k, v in taxes.items():
            c.drawString(62, y, "     " + k)
            c.drawRightString(450, y, money(v))
            c.drawRightString(556, y, money(ytd[k]))
            y -= 12
        y -= 6
        group("DEDUCTIONS")
        c.setFont("Courier", 8.5)
        for k, v in deds.items():
            c.drawString(62, y, "     " + k)
            c.drawRightString(450, y, money(v))
            c.drawRightString(556, y, money(ytd[k]))
            y -= 12
        y -= 4
        c.setLineWidth(0.8)
        c.line(50, y + 6, 562, y + 6)
        c.setFont("Courier-Bold", 9.5)
        c.drawString(62, y - 6, "NET PAY")
        c.drawRightString(450, y - 6, money(net))
        c.drawRightString(556, y - 6, money(ytd["NET"]))
        y -= 46
        c.setLineWidth(0.5)
        c.rect(300, y - 46, 262, 58, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(306, y + 2, "NET PAY DISTRIBUTION")
        c.setFont("Helvetica", 8.5)
        c.drawString(306, y - 14, f"Checking  xxxx{emp_no[-4:]}")
        c.drawRightString(556, y - 14, money(r2(net - saving)))
        c.drawString(306, y - 28, f"Savings   xxxx{str(int(emp_no[-4:]) * 7 % 10000).zfill(4)}")
        c.drawRightString(556, y - 28, money(saving))
        c.drawString(306, y - 42, "Total deposited")
        c.drawRightString(556, y - 42, money(net))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 14, "Safety first - report every injury to your")
        c.drawString(50, y - 24, "shift lead the same day.")
        return []

    return Stub(Paper([page]), stub_fields(company, employee, ch, start, end, "weekly", ytd["GROSS"], net),
                pay_date)


def school_stub(district: str, address: str, employee: str, emp_id: str, position: str, site: str, pay_date: dt.date,
                frequency: str, wh: Withholding, *, rate: float = 0.0, hours: Sequence[float] = (),
                salary: float = 0.0, stipend: tuple[str, float, Sequence[int]] | None = None) -> Stub:
    """A public school district's "EARNINGS AND DEDUCTIONS STATEMENT": a round district seal, an ASSIGNMENT box
    (position, school site, FTE, pay schedule), three side-by-side columns Earnings / Taxes / Deductions with
    Current and Calendar YTD, leave balances, and the net pay in a box at the lower right.
    Classified staff are hourly and paid semi-monthly; certificated staff are salaried and paid monthly."""
    sched = semimonthly_schedule(pay_date) if frequency == "semimonthly" else monthly_schedule(pay_date)
    if sched[-1][0] != pay_date:
        raise ValueError(f"{pay_date} is not a pay date of the district's {frequency} calendar")
    checks = []
    for i, (d, _s, _e) in enumerate(sched):
        if frequency == "semimonthly":
            h = hours[i % len(hours)]
            lines = {"Regular hours": (h, rate, r2(h * rate))}
        else:
            lines = {"Contract salary": (0.0, 0.0, salary)}
            if stipend and d.month in stipend[2]:
                lines[stipend[0]] = (0.0, 0.0, stipend[1])
        checks.append(Check(d, lines))
    ch = checks[-1]
    _, start, end = sched[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)
    deds = wh.deducted(ch.gross)
    initials = "".join(w[0] for w in district.split()[:3])

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.circle(78, 736, 22, stroke=1, fill=0)
        c.circle(78, 736, 18, stroke=1, fill=0)
        c.setFont("Times-Bold", 11)
        c.drawCentredString(78, 732, initials)
        c.setFont("Times-Bold", 15)
        c.drawString(110, 742, district)
        c.setFont("Times-Roman", 8.5)
        c.drawString(110, 730, f"Payroll Office  -  {address}")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(562, 712, "EARNINGS AND DEDUCTIONS STATEMENT")
        c.setLineWidth(0.6)
        c.line(50, 706, 562, 706)
        c.setFont("Helvetica", 8.5)
        left = [("Employee", employee), ("Employee ID", emp_id), ("Pay date", mdy(pay_date)),
                ("Pay period", f"{mdy(start)} to {mdy(end)}")]
        y = 690
        for k, v in left:
            c.setFont("Helvetica", 8)
            c.drawString(50, y, k + ":")
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(118, y, v)
            y -= 12
        c.rect(330, 646, 232, 54, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(336, 692, "ASSIGNMENT")
        c.setFont("Helvetica", 8)
        sched_txt = "Semi-monthly (24 pays)" if frequency == "semimonthly" else "Monthly (12 pays)"
        for i, (k, v) in enumerate((("Position", position), ("Site", site),
                                    ("FTE", "1.000"), ("Pay schedule", sched_txt))):
            c.drawString(336, 680 - i * 10, f"{k}:")
            c.drawString(390, 680 - i * 10, v)
        top = 620
        cols = ((50, "EARNINGS"), (222, "TAXES"), (394, "DEDUCTIONS"))
        for x, t in cols:
            c.setFillGray(0.85)
            c.rect(x, top, 168, 14, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 4, top + 4, t)
            c.setFont("Helvetica", 6.5)
            c.drawRightString(x + 108, top + 4, "CURRENT")
            c.drawRightString(x + 166, top + 4, "CAL. YTD")
        c.setFont("Helvetica", 8)
        y = top - 13
        for lab in ytd:
            if lab in ("GROSS", "NET") or lab in taxes or lab in deds:
                continue
            q, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(52, y, lab[:22])
            c.drawRightString(50 + 108, y, money(amt) if amt else "")
            c.drawRightString(50 + 166, y, money(ytd[lab]))
            if q:
                y -= 10
                c.setFont("Helvetica", 7)
                c.drawString(58, y, f"{q:.2f} hrs @ {rt:.2f}")
                c.setFont("Helvetica", 8)
            y -= 11
        ey = y
        y = top - 13
        for k, v in taxes.items():
            c.drawString(224, y, k)
            c.drawRightString(222 + 108, y, money(v))
            c.drawRightString(222 + 166, y, money(ytd[k]))
            y -= 11
        ty = y
        y = top - 13
        for k, v in deds.items():
            c.drawString(396, y, k[:24])
            c.drawRightString(394 + 108, y, money(v))
            c.drawRightString(394 + 166, y, money(ytd[k]))
            y -= 11
        bottom = min(ey, ty, y) - 8
        c.line(50, bottom + 4, 562, bottom + 4)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, bottom - 8, "Total earnings")
        c.drawRightString(158, bottom - 8, money(ch.gross))
        c.drawRightString(216, bottom - 8, money(ytd["GROSS"]))
        c.drawString(224, bottom - 8, "Total taxes")
        c.drawRightString(330, bottom - 8, money(r2(sum(taxes.values()))))
        c.drawRightString(388, bottom - 8, money(r2(sum(ytd[k] for k in taxes))))
        c.drawString(396, bottom - 8, "Total deductions")
        c.drawRightString(502, bottom - 8, money(r2(sum(deds.values()))))
        c.drawRightString(560, bottom - 8, money(r2(sum(ytd[k] for k in deds))))
        by = bottom - 70
        c.rect(50, by, 260, 46, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(56, by + 36, "LEAVE BALANCES (HOURS)")
        c.setFont("Helvetica", 8)
        seedv = sum(map(ord, emp_id))
        c.drawString(56, by + 22, f"Sick   {40 + seedv % 70}.00      Personal   {8 + seedv % 3 * 4}.00")
        c.drawString(56, by + 10, "Accrued through the pay period end.")
        c.setLineWidth(1.2)
        c.rect(394, by, 168, 46, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(400, by + 32, "NET PAY")
        c.setFont("Helvetica-Bold", 14)
        c.drawRightString(556, by + 12, "$" + money(net))
        c.setFont("Helvetica", 7)
        c.drawString(400, by - 10, f"Calendar YTD net pay  ${money(ytd['NET'])}")
        c.drawString(50, by - 30, "This is a statement of earnings only. Net pay was deposited to the account on "
                                  "file with the Payroll Office.")
        return []

    return Stub(Paper([page]), stub_fields(district, employee, ch, start, end, frequency, ytd["GROSS"], net),
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


def sable_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                    begin: float, credits: Sequence[tuple[int, str, float]],
                    checks_paid: Sequence[tuple[int, int, float]] = ()) -> Statement:
    """Sable Creek National Bank: two pages; a CHECKING SUMMARY table with Instances and Amount columns, then the
    activity in sections (Deposits and Additions, Checks Paid, Electronic Withdrawals) and on page 2 a Daily
    Ending Balance list in three columns."""
    bank = "Sable Creek National Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    cheques = [(start + dt.timedelta(days=day - 1), f"CHECK {no}", -amt) for day, no, amt in checks_paid]
    every = sorted(lines + cheques, key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in every))
    dep = [t for t in every if t[2] > 0]
    elec = [t for t in lines if t[2] < 0]

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.1, 0.1, 0.1))
        c.rect(50, 728, 26, 26, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(63, 735, "S")
        c.setFillColor(black)
        c.setFont("Times-Bold", 14)
        c.drawString(84, 742, "Sable Creek National Bank")
        c.setFont("Helvetica", 7.5)
        c.drawString(84, 731, "PO Box 5120  -  Ashby Falls, MO 64401  -  sablecreekbank.example")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 746, f"{mdy(start)} through {mdy(end)}")
        c.drawRightString(562, 735, f"Account Number: {'*' * 6}{acct[-4:]}")
        c.drawRightString(562, 724, f"Page {n} of 2")

    def section(c: Canvas, y: float, title: str, rows: Sequence[tuple[dt.date, str, float]]) -> float:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, title)
        c.setFont("Helvetica", 7)
        c.drawString(50, y - 12, "DATE")
        c.drawString(100, y - 12, "DESCRIPTION")
        c.drawRightString(562, y - 12, "AMOUNT")
        c.setLineWidth(0.4)
        c.line(50, y - 15, 562, y - 15)
        y -= 27
        c.setFont("Helvetica", 8.5)
        for d, desc, a in rows:
            c.drawString(50, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(562, y, money(abs(a)))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y, f"Total {title.title()}")
        c.drawRightString(562, y, money(r2(sum(abs(a) for *_, a in rows))))
        return y - 24

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        y = 690
        c.setFont("Helvetica", 9)
        for ln in [holder.upper(), *address]:
            c.drawString(60, y, ln)
            y -= 11
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 610, "CHECKING SUMMARY")
        c.setFont("Helvetica", 7)
        c.drawRightString(420, 610, "INSTANCES")
        c.drawRightString(562, 610, "AMOUNT")
        c.line(50, 606, 562, 606)
        rows = [("Beginning Balance", "", begin), ("Deposits and Additions", str(len(dep)), r2(sum(t[2] for t in dep))),
                ("Checks Paid", str(len(cheques)), -r2(sum(-t[2] for t in cheques))),
                ("Electronic Withdrawals", str(len(elec)), -r2(sum(-t[2] for t in elec))),
                ("Ending Balance", "", ending)]
        y = 594
        for k, n, v in rows:
            c.setFont("Helvetica-Bold" if k.endswith("Balance") else "Helvetica", 8.5)
            c.drawString(50, y, k)
            c.drawRightString(420, y, n)
            c.drawRightString(562, y, ("-$" if v < 0 else "$") + money(abs(v)))
            y -= 12
        y = section(c, y - 18, "DEPOSITS AND ADDITIONS", dep)
        if cheques:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(50, y, "CHECKS PAID")
            c.setFont("Helvetica", 8.5)
            y -= 14
            for d, desc, a in cheques:
                c.drawString(50, y, desc.replace("CHECK ", "Check No. "))
                c.drawString(200, y, d.strftime("%m/%d"))
                c.drawRightString(562, y, money(-a))
                y -= 12
            y -= 12
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = section(c, 700, "ELECTRONIC WITHDRAWALS", elec)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "DAILY ENDING BALANCE")
        y -= 14
        bal = begin
        days: dict[dt.date, float] = {}
        for d, _desc, a in every:
            bal = r2(bal + a)
            days[d] = bal
        c.setFont("Helvetica", 8.5)
        items = list(days.items())
        per = (len(items) + 2) // 3
        for i, (d, b) in enumerate(items):
            col, row = divmod(i, per)
            c.drawString(50 + col * 175, y - row * 12, d.strftime("%m/%d"))
            c.drawRightString(50 + col * 175 + 140, y - row * 12, money(b))
        y -= per * 12 + 20
        c.setFont("Helvetica", 7)
        c.drawString(50, y, "In case of errors or questions about your electronic transfers, call us or write to us "
                            "no later than 60 days after we sent this statement.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def harvest_statement(rng: random.Random, holder: str, address: Sequence[str], member_no: str, acct: str,
                      year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Harvest Ridge Community Credit Union: one page; a wheat-gold rule, the member number and "Statement
    Period" in a box, the checking account's register with Transaction Date / Description / Amount (signed) /
    Balance, opened by "Previous Balance" and closed by "New Balance"."""
    bank = "Harvest Ridge Community Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.72, 0.55, 0.12))
        c.rect(50, 722, 512, 4, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, 740, "Harvest Ridge")
        c.setFont("Helvetica", 9)
        c.drawString(156, 740, "Community Credit Union")
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 730, "1 Granary Plaza, Harvest Ridge, IA 50588  -  Federally insured by NCUA")
        c.rect(380, 650, 182, 60, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        for i, (k, v) in enumerate((("Member number", member_no), ("Statement Period", f"{mdy(start)} -"),
                                    ("", mdy(end)), ("Checking account", f"ending {acct[-4:]}"))):
            c.drawString(386, 698 - i * 13, k)
            c.drawRightString(556, 698 - i * 13, v)
        c.setFont("Helvetica", 9.5)
        y = 700
        for ln in [holder, *address]:
            c.drawString(60, y, ln)
            y -= 12
        y = 620
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(50, y, f"PREMIER CHECKING  -  ACCOUNT {acct[-4:]}")
        y -= 16
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "TRANS. DATE")
        c.drawString(118, y, "DESCRIPTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(562, y, "BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y, mdy(start))
        c.drawString(118, y, "Previous Balance")
        c.drawRightString(562, y, money(begin))
        y -= 13
        bal = begin
        for i, (d, desc, a) in enumerate(lines):
            bal = r2(bal + a)
            if i % 2:
                c.setFillGray(0.94)
                c.rect(50, y - 3, 512, 12, stroke=0, fill=1)
                c.setFillColor(black)
            c.drawString(50, y, mdy(d))
            c.drawString(118, y, desc)
            c.drawRightString(470, y, ("-" if a < 0 else "") + money(abs(a)))
            c.drawRightString(562, y, money(bal))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, mdy(end))
        c.drawString(118, y, "New Balance")
        c.drawRightString(562, y, money(ending))
        y -= 30
        c.setFont("Helvetica", 7.5)
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        c.drawString(50, y, f"Total deposits {money(dep)}   Total withdrawals {money(wd)}   "
                            f"Dividends earned this period 0.00")
        c.drawString(50, y - 12, "Your savings federally insured to at least $250,000 by the National Credit Union "
                                 "Administration.")
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


def trs_letter(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    paras = [f"As you requested, this letter verifies the retirement benefit that {member} receives from the "
             "Prairie State Teachers' Retirement System. The benefit is a service retirement annuity paid on the "
             "last business day of each month by direct deposit.",
             "Retirement benefits paid by the System are subject to federal income tax. The amount below is the "
             "gross monthly benefit before any tax withholding or insurance premium deduction."]
    table = [("Retiree", member), ("Benefit effective date", long_date(since)), ("Gross monthly benefit",
             "$" + money(monthly)), ("Payment frequency", "Monthly"), ("Benefit type", "Service retirement")]
    paper = simple_letter(("PRAIRIE STATE TEACHERS' RETIREMENT SYSTEM",
                           "Member Services  -  900 Capitol Avenue, Jefferson Falls, MO 65101  -  (573) 555-0112",
                           Color(0.15, 0.3, 0.5)), date, [member, *address], "Re: Benefit verification", paras,
                          ["Sincerely,", "", "Member Services Division",
                           "Prairie State Teachers' Retirement System"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def ssa_survivor_letter(person: str, address: Sequence[str], date: dt.date, monthly: float,
                        deceased: str) -> Letter:
    paras = [f"You asked us for information about your Social Security benefits. You are entitled to monthly "
             f"survivors benefits as the widow of {deceased}.",
             f"Your current monthly benefit before any deductions is ${money(monthly)}. Social Security benefits "
             "are paid each month; your payment is made on the second Wednesday of the month.",
             "Some of your benefits may be taxable. Each January we send you a Form SSA-1099 showing the amount "
             "paid during the year before."]
    paper = simple_letter(("SOCIAL SECURITY ADMINISTRATION", "Benefit Verification Letter",
                           Color(0.1, 0.2, 0.42)), date, [person, *address], "Your survivors benefit",
                          paras, ["Social Security Administration", f"Date: {long_date(date)}"],
                          [("Monthly survivors benefit", "$" + money(monthly)), ("Paid", "Monthly")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def va_letter(veteran: str, address: Sequence[str], date: dt.date, monthly: float, rating: int) -> Letter:
    paras = ["This letter is a summary of the benefits you currently receive from the Department of Veterans "
             "Affairs. You may use it to apply for housing assistance, credit or any other purpose.",
             f"Your combined service-connected evaluation is {rating} percent. You receive VA disability "
             f"compensation of ${money(monthly)} each month. VA disability compensation is not taxable income.",
             "Payments are made on the first business day of each month for the month before."]
    paper = simple_letter(("DEPARTMENT OF VETERANS AFFAIRS", "Regional Benefit Office  -  Benefit Summary Letter",
                           Color(0.1, 0.3, 0.25)), date, [veteran, *address], "Summary of benefits", paras,
                          ["Sincerely,", "", "Veterans Service Center Manager"],
                          [("Combined evaluation", f"{rating}%"), ("Monthly compensation", "$" + money(monthly)),
                           ("Frequency", "Monthly")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def transfer_letter(employee: str, date: dt.date, company: str, old_store: str, new_store: str,
                    start: dt.date) -> Letter:
    paras = [f"Following the closing of {old_store}, we are pleased to confirm your transfer to the position of "
             f"Assistant Store Manager at {new_store}, effective {long_date(start)}. Your pay rate and "
             "benefits continue without change.",
             "The company will reimburse documented moving expenses up to $3,000.00 and will pay a relocation "
             "allowance of $1,200.00 with your first paycheck at the new store.",
             "Please sign the enclosed copy to accept the transfer and return it to the People Services team."]
    paper = simple_letter((company.upper(), "People Services  -  4400 Commerce Drive, Springdale, AR 72762",
                           Color(0.55, 0.1, 0.12)), date, [employee], "Store transfer confirmation", paras,
                          ["Sincerely,", "", "Regional People Services Manager", company])
    return Letter(paper, "employer_relocation_letter", date)


def ui_notice(person: str, address: Sequence[str], date: dt.date, weekly: float, claim_from: dt.date,
              agency: str = "MISSOURI DIVISION OF EMPLOYMENT SECURITY") -> Letter:
    paras = [f"Your claim for unemployment insurance benefits, effective {long_date(claim_from)}, has been "
             "approved. Benefits are paid for each week you request payment and meet the weekly requirements.",
             f"Your weekly benefit amount is ${money(weekly)}. The maximum you can receive on this claim is "
             f"${money(weekly * 20)} (20 weeks).",
             "Request your payments every week online or by phone. If you disagree with this determination you "
             "may appeal within 30 days of the date of this notice."]
    paper = simple_letter((agency, "Notice of Monetary Determination",
                           Color(0.25, 0.25, 0.25)), date, [person, *address], "Unemployment insurance benefits",
                          paras, [agency.title()],
                          [("Weekly benefit amount", "$" + money(weekly)), ("Claim effective", mdy(claim_from))])
    return Letter(paper, "unemployment_benefit_letter", date)


def obituary_page(name: str, died: dt.date, age: int, town: str, survivors: str, date: dt.date,
                  work: str) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 24)
        c.drawCentredString(W / 2, 736, "The Ashby Falls Courier")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 722, f"{date.strftime('%A')}, {long_date(date)}  -  Obituaries  -  Page A9")
        c.setLineWidth(1.5)
        c.line(72, 714, W - 72, 714)
        c.setLineWidth(0.5)
        c.line(72, 711, W - 72, 711)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 686, name.upper())
        c.setFont("Times-Italic", 10.5)
        c.drawCentredString(W / 2, 671, f"{long_date(died.replace(year=died.year - age, day=min(died.day, 28)))}"
                                        f" - {long_date(died)}")
        paragraphs(c, 108, 646, W - 216, [
            f"{name}, {age}, of {town}, died {long_date(died)} at home, surrounded by his family. {work}",
            f"He leaves {survivors}.",
            "Visitation will be at Lindqvist Funeral Chapel on Friday from 5 to 8 p.m.; the funeral Mass follows "
            "on Saturday at 10 a.m. at St. Agnes Church. Memorials may be made to the Ashby Falls food pantry."],
            size=10.5, leading=13.5)
        return []

    return Letter(Paper([page]), "obituary", date)


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
    income_joint: dict[str, float] = field(default_factory=dict)  # the co-borrower's share, where a form asks
    member_no: str = ""
    co_phone: str = ""

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
    return fixed_pypdf_bytes(writer, f"ag710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "ag710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


def check_mark(c: Canvas, x: float, y: float, size: float) -> None:
    """A check mark inside the size x size square whose lower-left corner is (x, y): a short stroke down and a
    long one up to the right, as a PDF form's check box style "check" draws it."""
    c.saveState()
    c.setLineWidth(max(1.0, size * 0.15))
    c.setLineCap(1)
    c.setLineJoin(1)
    path = c.beginPath()
    path.moveTo(x + size * 0.18, y + size * 0.5)
    path.lineTo(x + size * 0.42, y + size * 0.2)
    path.lineTo(x + size * 0.9, y + size * 0.92)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def tick(c: Canvas, x: float, y: float, on: bool, size: float = 9.0) -> None:
    """A square box (x, y its lower-left corner) with a check mark in it when on."""
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if on:
        check_mark(c, x, y, size)


GOLD = Color(0.72, 0.55, 0.12)

HR_REASONS = ("Job loss or unemployment", "Reduced pay, hours or overtime",
              "Higher housing costs (taxes, insurance, dues)", "Disaster damage to home or workplace",
              "Illness or disability of a member or dependent", "Divorce or legal separation",
              "Separation of co-owners not married to each other", "Death of a borrower or wage earner",
              "Job transfer or move for work", "Other - explain:")
HR_INCOME = ("Wages, salary, overtime, tips, commissions", "Self-employment (net)", "Unemployment benefits",
             "Social Security, pension, disability (taxable)", "Social Security / disability (non-taxable)",
             "Rental income (net of expenses)", "Investment or insurance income",
             "Alimony, child support, other")


def hrcu_ms12(app: App, ink: bool) -> Paper:
    """Harvest Ridge Community Credit Union's "Member Mortgage Assistance Application" (form MS-12)."""

    def header(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, 742, "Harvest Ridge")
        c.setFont("Helvetica", 9.5)
        c.drawString(164, 742, "Community Credit Union")
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 731, "Mortgage Servicing Department  -  1 Granary Plaza, Harvest Ridge, IA 50588  -  "
                              "(641) 555-0140  -  fax (641) 555-0149")
        c.setFillColor(GOLD)
        c.rect(50, 722, 512, 3, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 705, "MEMBER MORTGAGE ASSISTANCE APPLICATION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 705, f"Form MS-12 (01/2037)   Page {n} of 2")

    def gutter(c: Canvas, y: float, num: str, title: Sequence[str]) -> None:
        """A section: a hairline across the page and its number and name hanging in the left margin."""
        c.setLineWidth(0.4)
        c.line(50, y + 16, 562, y + 16)
        c.setFillColor(GOLD)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(50, y - 6, num)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        for i, t in enumerate(title):
            c.drawString(70, y - i * 11, t)

    def strip(c: Canvas, x: float, y: float, w: float, value: str, right: bool = False) -> None:
        """A shaded answer strip (no border) holding the typed answer."""
        c.setFillGray(0.9)
        c.rect(x, y - 4, w, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Courier", 9)
        if right:
            c.drawRightString(x + w - 4, y, value)
        else:
            c.drawString(x + 4, y, value)

    def label(c: Canvas, x: float, y: float, text: str) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(x, y, text)

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        paragraphs(c, 50, 688, 512, [
            "Please type or print. Answer every question that applies to you and tick the boxes that apply. A joint "
            "member who is a borrower on the loan must also sign on page 2. Send the application with the "
            "documents listed on the enclosed checklist."], font="Helvetica", size=8, leading=10)
        y = 640
        gutter(c, y, "1", ["Members", "and loan"])
        label(c, 160, y, "Mortgage loan number")
        strip(c, 290, y, 130, app.loan)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(290, y - 18, "PRIMARY MEMBER (BORROWER)")
        c.drawString(430, y - 18, "JOINT MEMBER (CO-BORROWER)")
        rows = [("Full name", app.borrower, app.co or ""), ("Member number", app.member_no,
                                                               app.member_no if app.co else ""),
                ("SSN (last 4 digits)", app.ssn[-4:], (app.co_ssn or "")[-4:]),
                ("Home or cell phone", app.phone, app.co_phone if app.co else "")]
        y -= 34
        for lab, a, b in rows:
            label(c, 160, y, lab)
            strip(c, 290, y, 132, a)
            strip(c, 430, y, 132, b)
            y -= 20
        label(c, 160, y, "E-mail (primary member)")
        strip(c, 290, y, 272, app.email)
        y -= 20
        y -= 24
        gutter(c, y, "2", ["Property"])
        label(c, 160, y, "Street address")
        strip(c, 290, y, 272, app.street)
        y -= 20
        label(c, 160, y, "City, state, ZIP")
        strip(c, 290, y, 150, app.city)
        strip(c, 446, y, 34, app.state)
        strip(c, 486, y, 76, app.zip)
        y -= 22
        label(c, 160, y, "The property is (tick one):")
        y -= 16
        for i, (code, text) in enumerate((("primary_residence", "Our principal residence"),
                                          ("second_home", "A second home"),
                                          ("investment_property", "A rental / investment property"))):
            x = 160 + i * 130
            tick(c, x, y - 1, app.occupancy == code)
            label(c, x + 14, y, text)
        y -= 42
        gutter(c, y, "3", ["Hardship"])
        label(c, 160, y, "What caused your hardship? Tick every reason that applies.")
        y -= 18
        for i, reason in enumerate(HR_REASONS):
            col, row = divmod(i, 5)
            x = 160 + col * 205
            yy = y - row * 16
            tick(c, x, yy - 1, HARDSHIPS[i] in app.hardships)
            label(c, x + 14, yy, reason)
        strip(c, 160 + 205 + 80, y - 4 * 16, 117, app.other_text if len(app.other_text) <= 20 else "")
        y -= 5 * 16 + 8
        if len(app.other_text) > 20:
            strip(c, 160, y, 402, app.other_text)
            y -= 20
        label(c, 160, y, "When did the hardship begin? (mm/dd/yyyy)")
        strip(c, 340, y, 90, mdy(app.start))
        y -= 22
        label(c, 160, y, "How long do you expect it to last?")
        y -= 16
        for i, (code, text) in enumerate((("short", "6 months or less"), ("long", "Longer than 6 months"),
                                          ("resolved", "It is over (resolved)"))):
            x = 160 + i * 130
            tick(c, x, y - 1, app.duration == code)
            label(c, x + 14, y, text)
        c.setFont("Helvetica", 7)
        c.drawString(50, 40, "Harvest Ridge Community CU - Form MS-12 - continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        label(c, 50, 688, "Mortgage loan number")
        strip(c, 140, 688, 120, app.loan)
        y = 650
        gutter(c, y, "4", ["Monthly", "income"])
        c.setFont("Helvetica-Bold", 7)
        c.drawString(160, y, "BEFORE TAXES, EACH MONTH")
        c.drawRightString(462, y, "PRIMARY MEMBER")
        c.drawRightString(562, y, "JOINT MEMBER")
        y -= 18
        joint = app.income_joint
        prim = {k: r2(app.income.get(k, 0.0) - joint.get(k, 0.0)) for k in INCOMES}
        for k, text in zip(INCOMES, HR_INCOME, strict=True):
            label(c, 160, y, text)
            c.setFont("Helvetica", 8)
            c.drawString(368, y, "$")
            c.drawString(468, y, "$")
            strip(c, 376, y, 88, money(prim[k]) if prim[k] > 0 else "", right=True)
            strip(c, 476, y, 86, money(joint.get(k, 0.0)) if joint.get(k, 0.0) > 0 else "", right=True)
            y -= 19
        c.setLineWidth(0.5)
        c.line(368, y + 12, 562, y + 12)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(160, y, "Each member's total")
        strip(c, 376, y, 88, money(r2(sum(prim.values()))), right=True)
        strip(c, 476, y, 86, money(r2(sum(joint.values()))) if app.co else "", right=True)
        y -= 22
        c.setFont("Helvetica-Bold", 8)
        c.drawString(160, y, "Household total, both members")
        c.drawString(468, y, "$")
        strip(c, 476, y, 86, money(app.total), right=True)
        y -= 46
        gutter(c, y, "5", ["Signatures"])
        yy = paragraphs(c, 160, y, 402, [
            "Each member signing certifies that the information in this application is true and complete, that the "
            "hardship described contributed to the need for help, and that Harvest Ridge Community Credit Union "
            "may obtain a credit report and verify any information given. Providing false information may violate "
            "federal law. Signing does not guarantee that assistance will be offered."],
            font="Helvetica", size=8, leading=10)
        marks: list[Mark] = []
        y = yy - 36
        rows = [("Primary member signature", app.borrower, app.b_signs, app.b_dates, 0),
                ("Joint member signature", app.co or "", bool(app.co) and app.co_signs,
                 bool(app.co) and app.co_signs, 1)]
        for cap, name, signs, dates, k in rows:
            c.setLineWidth(0.6)
            c.line(160, y - 2, 400, y - 2)
            c.setFont("Helvetica", 7)
            c.drawString(160, y - 11, cap + (f"  ({name})" if name else ""))
            label(c, 420, y + 14, "Date")
            strip(c, 420, y, 110, "")
            if signs:
                marks.append(Mark("sig", 172, y, w=180, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 426, y, mdy(app.signed_on), size=11, seed=app.seed + 7 + k))
                else:
                    c.setFont("Courier", 9.5)
                    c.drawString(424, y, mdy(app.signed_on))
            y -= 56
        c.setLineWidth(0.5)
        c.rect(50, 60, 512, 40, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(56, 90, "FOR MORTGAGE SERVICING USE ONLY")
        c.setFont("Helvetica", 7.5)
        c.drawString(56, 72, "Date received ____________   Reviewed by ____________   Workout no. ____________")
        return marks

    return Paper([page1, page2])


SLATE = Color(0.2, 0.29, 0.4)
NB_REASONS = ("Loss of employment", "Curtailment of income", "Increased housing costs", "Disaster",
              "Illness / disability", "Divorce / legal separation", "Separation - unmarried co-owners",
              "Death of borrower or wage earner", "Job relocation", "Other (explain below)")
NB_INCOME = ("Wages / salary (gross)", "Self-employment (net)", "Unemployment benefits",
             "SS / pension / disability - taxable", "SS / disability - non-taxable", "Rental income (net)",
             "Investment / insurance", "Other (alimony, support, other)")
NB_OCC = {"primary_residence": "Owner occupied - primary residence", "second_home": "Second home",
          "investment_property": "Non-owner occupied - investment"}
NB_DUR = {"short": "Short term (6 months or less)", "long": "Long term (over 6 months)", "resolved": "Resolved"}


def nb_field(c: Canvas, x: float, y: float, w: float, caption: str, value: str, cap_w: float = 96,
             drop: bool = False, h: float = 20, right: bool = False) -> None:
    """An input group: one bordered box whose shaded left segment holds the caption and whose white right
    segment holds the typed answer; a drop-down list shows its chosen words and a small arrow button."""
    c.setLineWidth(0.6)
    c.setFillColor(Color(0.88, 0.91, 0.95))
    c.rect(x, y, cap_w, h, stroke=0, fill=1)
    c.setFillColor(black)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.line(x + cap_w, y, x + cap_w, y + h)
    c.setFont("Helvetica-Bold", 7)
    lines = wrap(caption, "Helvetica-Bold", 7, cap_w - 8)
    for i, ln in enumerate(lines[:2]):
        c.drawString(x + 4, y + h / 2 + 1 - i * 8 + (4 if len(lines) > 1 else -2), ln)
    c.setFont("Courier", 9.5)
    if right:
        c.drawRightString(x + w - 6, y + h / 2 - 3, value)
    else:
        c.drawString(x + cap_w + 5, y + h / 2 - 3, value)
    if drop:
        c.setFillGray(0.85)
        c.rect(x + w - 14, y + 2, 12, h - 4, stroke=1, fill=1)
        c.setFillColor(black)
        path = c.beginPath()
        cx, cy = x + w - 8, y + h / 2 - 2
        path.moveTo(cx - 3, cy + 3)
        path.lineTo(cx + 3, cy + 3)
        path.lineTo(cx, cy - 1)
        path.close()
        c.drawPath(path, stroke=0, fill=1)


def ninebark_dsu40(app: App, ink: bool) -> Paper:
    """Ninebark Regional Bank's "Mortgage Workout Request" (form DSU-40), a fillable PDF from its Default
    Servicing Unit: input-group boxes (caption in a shaded left segment, answer to its right), drop-down lists
    for occupancy and duration, the reasons as check boxes."""

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(SLATE)
        c.rect(0, 742, W, 50, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(50, 760, "NINEBARK REGIONAL BANK")
        c.setFont("Helvetica", 9)
        c.drawRightString(562, 766, "Default Servicing Unit")
        c.drawRightString(562, 754, "PO Box 31770, Kansas City, MO 64141  -  fax (816) 555-0166")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 716, "Mortgage Workout Request")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 716, f"Form DSU-40 (rev. 09/2036)  -  page {n} of 2")

    def part(c: Canvas, y: float, title: str) -> None:
        c.setFillColor(SLATE)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y, title)
        c.setStrokeColor(SLATE)
        c.setLineWidth(0.8)
        c.line(50, y - 4, 562, y - 4)
        c.setStrokeColor(black)
        c.setFillColor(black)

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        paragraphs(c, 50, 696, 512, [
            "Complete this request to be reviewed for a repayment plan, forbearance, loan modification or other "
            "workout. Every borrower on the loan must sign page 2. Missing answers or documents delay the review."],
            font="Helvetica", size=8, leading=10)
        y = 656
        part(c, y, "1.  Loan and borrowers")
        y -= 30
        nb_field(c, 50, y, 251, "Loan number", app.loan)
        nb_field(c, 311, y, 251, "Borrower name", app.borrower)
        y -= 26
        nb_field(c, 50, y, 251, "Borrower SSN (last 4)", app.ssn[-4:])
        nb_field(c, 311, y, 251, "Borrower phone", app.phone)
        y -= 26
        nb_field(c, 50, y, 251, "Co-borrower name", app.co or "")
        nb_field(c, 311, y, 251, "Co-borrower SSN (last 4)", (app.co_ssn or "")[-4:])
        y -= 26
        nb_field(c, 50, y, 512, "E-mail", app.email)
        y -= 40
        part(c, y, "2.  Property")
        y -= 30
        nb_field(c, 50, y, 512, "Property street address", app.street)
        y -= 26
        nb_field(c, 50, y, 251, "City", app.city, cap_w=50)
        nb_field(c, 311, y, 110, "State", app.state, cap_w=50)
        nb_field(c, 431, y, 131, "ZIP", app.zip, cap_w=40)
        y -= 26
        nb_field(c, 50, y, 351, "Occupancy", NB_OCC[app.occupancy], drop=True)
        y -= 40
        part(c, y, "3.  Reason for default")
        y -= 22
        c.setFont("Helvetica", 8)
        c.drawString(50, y, "Check every reason that applies:")
        y -= 18
        for i, reason in enumerate(NB_REASONS):
            col, row = divmod(i, 5)
            x = 60 + col * 250
            yy = y - row * 17
            tick(c, x, yy - 2, HARDSHIPS[i] in app.hardships, size=10)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 16, yy, reason)
        y -= 5 * 17 + 10
        nb_field(c, 50, y, 512, "Explanation of other", app.other_text)
        y -= 26
        nb_field(c, 50, y, 251, "Hardship start date (mm/dd/yyyy)", mdy(app.start), cap_w=120)
        y -= 26
        nb_field(c, 50, y, 351, "Expected duration", NB_DUR[app.duration], drop=True)
        c.setFont("Helvetica", 7)
        c.drawString(50, 40, "Ninebark Regional Bank  -  DSU-40  -  continued on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        nb_field(c, 50, 690, 251, "Loan number", app.loan)
        y = 656
        part(c, y, "4.  Monthly income, all borrowers (before taxes)")
        y -= 30
        for i, (k, text) in enumerate(zip(INCOMES, NB_INCOME, strict=True)):
            col, row = i % 2, i // 2
            amount = app.income.get(k, 0.0)
            nb_field(c, 50 + col * 261, y - row * 26, 251, text, "$" + money(amount) if amount > 0 else "",
                     cap_w=150, right=True)
        y -= 4 * 26
        c.setLineWidth(1.2)
        nb_field(c, 50, y, 512, "TOTAL MONTHLY GROSS INCOME", "$" + money(app.total), cap_w=200, right=True)
        y -= 44
        part(c, y, "5.  Certification and signatures")
        yy = paragraphs(c, 50, y - 20, 512, [
            "By signing, each borrower certifies that all information in this request is true and correct, that the "
            "hardship described caused the need for a workout, and authorizes Ninebark Regional Bank to obtain a "
            "credit report and to verify income and employment. Knowingly false statements may violate federal law. "
            "A workout is not guaranteed by submitting this request."], font="Helvetica", size=8, leading=10)
        marks: list[Mark] = []
        y = yy - 44
        rows = [("Borrower signature", app.b_signs, app.b_dates, 0),
                ("Co-borrower signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for cap, signs, dates, k in rows:
            nb_field(c, 50, y, 351, cap, "", cap_w=96, h=30)
            nb_field(c, 411, y, 151, "Date", "", cap_w=34, h=30)
            if signs:
                marks.append(Mark("sig", 160, y + 6, w=190, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 452, y + 9, mdy(app.signed_on), size=11, seed=app.seed + 7 + k))
                else:
                    c.setFont("Courier", 9.5)
                    c.drawString(452, y + 11, mdy(app.signed_on))
            y -= 42
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 6, "Return with your documents to the Default Servicing Unit by mail or fax. Keep a copy "
                                "for your records.")
        return marks

    return Paper([page1, page2])


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
              ink: bool = False) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C, typed over by the servicer (fields flattened into the page). Signed on
    screen (the signature drawn and the date typed) or, for ink, returned with the marks the pen adds after
    printing: the signature and the date beside it."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Tessaline Verification Services Inc"),
           (312, 506, "TVS-40518"), (420, 506, "TESSVS02"), (27, 484, "2100 Lakeview Parkway"),
           (312, 484, "Overland Park"), (420, 484, "KS"), (474, 484, "66211"), (27, 430, client),
           (474, 430, client_phone), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    if not ink:
        put.append((344, 168, mdy(signed_on)))
    for x, y, t in put:
        c.drawString(x, y, t)
    for x, y in ((97, 349), (25, 194)):  # the boxes of line 6a and of the signatory's attestation
        check_mark(c, x, y, 8)
    marks = [Mark("sig", 80, 166, w=200, seed=seed)]
    if ink:
        marks.append(Mark("hand", 344, 167, mdy(signed_on), size=10, seed=seed + 3))
    else:
        draw_signature_vector(c, marks[0])
        marks = []
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"ag4506c{seed}"), marks


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


WH_RET = Withholding(0.08, 0.04, True, (("Medical - PPO", 84.10), ("Associate stock purchase", 20.00)),
                     state_label="MO state income tax")
WH_HOME = Withholding(0.075, 0.042, True, (("Medical plan", 61.35),), (("401(k)", 0.03),),
                      state_label="MO state income tax")
WH_DC = Withholding(0.085, 0.047, True, (("Medical plan", 38.75), ("Dental plan", 6.10)), (("401(k) 4%", 0.04),),
                    state_label="KS state income tax")
WH_CLASS = Withholding(0.07, 0.045, True, (("Health insurance", 112.00), ("ESP union dues", 21.50)),
                       (("PEERS retirement", 0.0686),), state_label="MO state income tax")
WH_TEACH = Withholding(0.09, 0.045, False, (("Health insurance", 148.00), ("NEA dues", 52.00)),
                       (("PSRS retirement", 0.145),), state_label="MO state income tax")
SCH_HOURS = (84.0, 88.0, 80.0, 76.0, 92.0, 84.0, 88.0, 72.0)


def packet_ag1(seed: int) -> Packet:
    received = dt.date(2037, 1, 26)
    addr = ["4107 Juniper Hollow Drive", "Ashby Falls, MO 64402"]
    stubs = [retail_stub(random.Random(seed * 7 + 1), "Bellwether Outfitters", "Store #0412 Ashby Falls",
                         "2800 North Belt Highway, Ashby Falls, MO 64401", "Marguerite A. Solberg", "A0417725",
                         "Sales Lead - Footwear", d, dt.date(2037, 1, 2), 17.85, 72.0, WH_RET)
             for d in (dt.date(2037, 1, 2), dt.date(2037, 1, 16))]
    app = App("6307715942", "Marguerite A. Solberg", "961-44-0873", "4107 Juniper Hollow Drive", "Ashby Falls", "MO",
              "64402", "(816) 555-0143", "msolberg@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2036, 9, 14), "long", {"wages": stubs[-1].monthly}, dt.date(2037, 1, 22), seed=seed + 11)
    p = Packet("ag1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Solberg Form 710.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/paystub_{s.date.strftime('%m-%d-%Y')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2037, 1, 22)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Mortgage servicer", [
        "I have worked at Bellwether Outfitters for nine years. In September the store changed its staffing and "
        "cut every lead's schedule from forty hours a week to about thirty-six, and overtime is no longer allowed. "
        "My pay is down by more than three hundred dollars a month.",
        "I have used my savings to keep the loan current but I cannot keep doing that. I am asking to be "
        "considered for a modification so that my payment fits my reduced pay."], ink=False, seed=seed)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ag2(seed: int) -> Packet:
    received = dt.date(2037, 2, 16)
    addr = ["88 Schoolhouse Lane", "Ashby Falls, MO 64401"]
    stubs = [school_stub("Ashby Falls R-II School District", "500 Bulldog Drive, Ashby Falls, MO 64401",
                         "Deborah L. Brinkerhoff", "E20417", "Paraeducator - Special Education",
                         "Ashby Falls Elementary", d, "semimonthly", WH_CLASS, rate=16.40, hours=SCH_HOURS)
             for d in (dt.date(2037, 1, 23), dt.date(2037, 2, 10))]
    trs = trs_letter("Harold T. Brinkerhoff", addr, dt.date(2037, 1, 20), 2318.40, dt.date(2031, 7, 1))
    wages = stubs[-1].monthly
    app = App("2215098374", "Harold T. Brinkerhoff", "973-20-5518", "88 Schoolhouse Lane", "Ashby Falls", "MO",
              "64401", "(816) 555-0167", "hbrinkerhoff@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2036, 11, 3), "long", {"wages": wages, "benefits_taxable": 2318.40}, dt.date(2037, 2, 11),
              co="Deborah L. Brinkerhoff", co_ssn="973-58-0462", income_joint={"wages": wages},
              member_no="204418", co_phone="(816) 555-0168", seed=seed + 21)
    p = Packet("ag2", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_application.pdf", paper_pdf(hrcu_ms12(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{loan}_paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan}_TRS_letter.pdf", paper_pdf(trs.paper), (letter_doc(trs), 1))
    on = dt.date(2037, 2, 11)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Harvest Ridge Community Credit Union", [
        "In November Harold was diagnosed with a serious heart condition and had surgery in December. He is "
        "retired, but until then he drove a school bus part time and did tax preparation in the spring, and he "
        "can no longer do either. Our co-pays and travel to the hospital in Kansas City add about $600 a month.",
        "Deborah still works as a paraeducator and Harold receives his teacher's pension. We ask the credit "
        "union to lower our payment for as long as his recovery takes."], ink=False, seed=seed)
    p.pdf(f"{loan}_hardship_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ag3(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2037, 11, 16)
    addr = ["1320 Sumac Ridge Court", "Olathe, KS 66062"]
    stubs = [warehouse_stub(random.Random(seed * 7 + 3), "Halverson Logistics", "Regional Distribution Center 7",
                            "16500 West 119th Street, Olathe, KS 66061", "Tobias R. Wendt", "HL-260931",
                            "2nd shift", d, dt.date(2037, 1, 2), 19.10, WH_DC, 150.00)
             for d in (dt.date(2037, 11, 6), dt.date(2037, 11, 13))]
    net = stubs[-1].fields["net_current"]
    credits = [(2, "HALVERSON LOGISTIC PAYROLL", net), (5, "MOBILE DEPOSIT - RENT 418 ELM ST", 850.00),
               (9, "HALVERSON LOGISTIC PAYROLL", r2(net - 41.18)), (16, "HALVERSON LOGISTIC PAYROLL", r2(net + 22.40)),
               (23, "HALVERSON LOGISTIC PAYROLL", net), (30, "HALVERSON LOGISTIC PAYROLL", r2(net - 12.75))]
    stmt = sable_statement(rng, "Tobias R. Wendt", addr, "7702184459", 2037, 10, 1642.37, credits,
                           [(12, 1184, 140.00), (26, 1185, 65.50)])
    app = App("0829316650", "Tobias R. Wendt", "944-81-3027", "1320 Sumac Ridge Court", "Olathe", "KS", "66062",
              "(913) 555-0121", "tobias.wendt@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2037, 8, 1), "short", {"wages": stubs[-1].monthly, "rental": 850.00}, dt.date(2037, 11, 10),
              seed=seed + 31)
    p = Packet("ag3", received, app, ["income_doc:rental"])
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0005)
    t_pdf, t_marks = form4506c("Tobias", "R", "Wendt", "944-81-3027", "1320 Sumac Ridge Court", "Olathe", "KS",
                               "66062", "Ninebark Regional Bank", "(816) 555-0160", dt.date(2037, 11, 10),
                               "(913) 555-0121", seed + 36, ink=True)
    on = dt.date(2037, 11, 10)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Ninebark Regional Bank", [
        "In August the distribution center ended the mandatory overtime we had worked since last winter, and "
        "the second-shift incentive was cut. My weekly pay dropped by about two hundred dollars.",
        "I also rent out the small house on Elm Street that my mother left me; the rent covers its own taxes and "
        "repairs with a little left over. I expect overtime to come back after the first of the year and ask for "
        "a few months of reduced payments until then."], ink=True, seed=seed + 3)
    p.scan("MAILRM_20371116_0042.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), scan_paper(ninebark_dsu40(app, ink=True), style, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 302)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 303)),
        (stmt_doc(stmt), scan_paper(stmt.paper, style, seed + 304)),
        (Doc("irs_form_4506c", {"signed": True, "signed_on": "2037-11-10"}, on, signed=True),
         scan_sheets(t_pdf, [t_marks], style, seed + 305)),
        (hardship_doc(on), scan_paper(hl, style, seed + 306))], style)
    return p


def packet_ag4(seed: int) -> Packet:
    received = dt.date(2037, 12, 14)
    addr = ["2209 Meadowlark Lane", "Gardner, KS 66030"]
    stubs = [warehouse_stub(random.Random(seed * 7 + 4), "Prairie Gate Fulfillment", "Building B - Edgerton Campus",
                            "31000 West 191st Street, Edgerton, KS 66021", "Emilio J. Vance", "PG-118842",
                            "Days", d, dt.date(2037, 1, 2), 18.35, WH_DC, 100.00)
             for d in (dt.date(2037, 12, 4), dt.date(2037, 12, 11))]
    teach = school_stub("Gardner Edgerton Prairie USD 231", "231 East Madison Street, Gardner, KS 66030",
                        "Rosalind K. Vance", "T08815", "Teacher - Grade 4", "Pioneer Ridge Elementary",
                        dt.date(2037, 11, 30), "monthly", WH_TEACH, salary=4412.50,
                        stipend=("Extra duty - yearbook", 150.00, (9, 10, 11, 12)))
    app = App("5540028716", "Emilio J. Vance", "952-67-1184", "2209 Meadowlark Lane", "Gardner", "KS", "66030",
              "(913) 555-0186", "evance@example.org", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2037, 7, 1), "long", {"wages": r2(stubs[-1].monthly + teach.monthly)}, dt.date(2037, 12, 8),
              co="Rosalind K. Vance", co_ssn="952-30-7741", seed=seed + 41)
    p = Packet("ag4", received, app, [])
    style = Scan(dpi=300, tilt=0.2, blur=0.65, noise=0.0004)
    on = dt.date(2037, 12, 8)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Mortgage servicer", [
        "In July the county reappraised our house and our taxes went up by $1,900 a year, and in September our "
        "homeowners insurance renewed at almost double last year's premium after the hail claims in our area. Our "
        "escrow shortage raised the payment by $388 a month.",
        "Our jobs have not changed, but our pay has not kept up. We would like to be considered for a "
        "modification that brings the payment back near what it was."], ink=True, seed=seed + 4)
    folder = app.loan
    papers: list[tuple[Doc, list[ScannedPage]]] = [
        (app_doc(), form710_ink(app, style, seed + 400)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 401)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 402)),
        (stub_doc(teach), scan_paper(teach.paper, style, seed + 403)),
        (hardship_doc(on), scan_paper(hl, style, seed + 404))]
    for i, (doc, sheets) in enumerate(papers):
        p.scan(f"{folder}/DOC121437_{i + 1:03d}.pdf", [(doc, sheets)], style)
    return p


def packet_ag5(seed: int) -> Packet:
    received = dt.date(2037, 2, 23)
    addr = ["617 Catalpa Street", "Maryville, MO 64468"]
    stubs = [retail_stub(random.Random(seed * 7 + 5), "Larkfield Home Center", "Store 27 Maryville",
                         "1410 South Main Street, Maryville, MO 64468", "Colleen F. Mayhew", "L2730518",
                         "Cashier / Front End", d, dt.date(2037, 1, 9), 15.25, 70.0, WH_HOME)
             for d in (dt.date(2037, 2, 6), dt.date(2037, 2, 20))]
    app = App("4471902385", "Colleen F. Mayhew", "938-02-6619", "617 Catalpa Street", "Maryville", "MO", "64468",
              "(660) 555-0139", "colleen.mayhew@example.com", "primary_residence", ["other"], dt.date(2036, 12, 15),
              "long", {"wages": stubs[-1].monthly}, dt.date(2037, 2, 19), other_text="Child care costs",
              member_no="311760", b_signs=False, b_dates=False, seed=seed + 51)
    p = Packet("ag5", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0007, fax=True)
    on = dt.date(2037, 2, 19)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Harvest Ridge Community Credit Union", [
        "In December the daycare center my two children attended closed for good. The only other center in town "
        "with openings charges $265 a week for both of them, almost twice what I paid before, and I have no "
        "family nearby who can watch them.",
        "My hours and pay at the store have not changed, but the extra child care cost means I cannot make the "
        "full mortgage payment. I am asking for a lower payment until my younger son starts school."],
        ink=True, seed=seed + 5)
    cover = fax_cover("Colleen Mayhew", "(660) 555-0190 (Postal Plus #118)",
                      "Harvest Ridge CU - Mortgage Servicing", "(641) 555-0149", received, 6,
                      f"Loan {app.loan} - assistance application")
    p.scan("RFAX_0223_154411.pdf", [
        (None, scan_paper(cover, style, seed + 500)),
        (app_doc(), scan_paper(hrcu_ms12(app, ink=True), style, seed + 501)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 502)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 503)),
        (hardship_doc(on), scan_paper(hl, style, seed + 504))], style)
    return p


def packet_ag6(seed: int) -> Packet:
    received = dt.date(2037, 11, 30)
    addr = ["45 Cottonwood Bend", "Savannah, MO 64485"]
    stubs = [school_stub("Carmody County R-IV School District", "100 Education Way, Savannah, MO 64485",
                         "Gwendolyn S. Pruett", "C31206", "Custodian II (12-month)", "Savannah High School", d,
                         "semimonthly", WH_CLASS, rate=15.10, hours=SCH_HOURS[::-1])
             for d in (dt.date(2037, 8, 10), dt.date(2037, 8, 25))]
    ssa = ssa_survivor_letter("Gwendolyn S. Pruett", addr, dt.date(2037, 10, 6), 1486.00, "Dale E. Pruett")
    obit = obituary_page("Dale E. Pruett", dt.date(2037, 6, 18), 61, "Savannah",
                         "his wife of 35 years, Gwendolyn; a son, Travis; and four grandchildren",
                         dt.date(2037, 6, 21), "He drove for the county road department for 28 years.")
    app = App("0083317492", "Gwendolyn S. Pruett", "986-51-2270", "45 Cottonwood Bend", "Savannah", "MO", "64485",
              "(816) 555-0152", "gpruett@example.net", "primary_residence", ["death"], dt.date(2037, 6, 18), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1486.00}, dt.date(2037, 11, 24), seed=seed + 61)
    p = Packet("ag6", received, app, ["income_doc:wages"])
    loan = app.loan
    p.pdf(f"Pruett {loan} - workout request.pdf", paper_pdf(ninebark_dsu40(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"Pruett {loan} - pay stub {s.date.strftime('%b %d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"Pruett {loan} - social security letter.pdf", paper_pdf(ssa.paper), (letter_doc(ssa), 1))
    p.pdf(f"Pruett {loan} - obituary.pdf", paper_pdf(obit.paper), (letter_doc(obit), 1))
    on = dt.date(2037, 11, 24)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Ninebark Regional Bank", [
        "My husband Dale died in June after a short illness. He earned most of our income, and the loan was "
        "in both our names. I work as a custodian for the school district and now also receive a survivors "
        "benefit from Social Security.",
        "I want to keep the house. Together my pay and the survivors benefit come close to the payment but "
        "not to the payment plus the bills from his illness, so I ask for a modification."], ink=False, seed=seed)
    p.pdf(f"Pruett {loan} - hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ag7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2037, 12, 7)
    addr = ["3019 Bluestem Road", "Harvest Ridge, IA 50588"]
    member = "187522"
    c1 = [(3, "MOBILE DEPOSIT - CUSTOMER CHECK", 1380.00), (8, "ZELLE FROM R HANSEN", 640.00),
          (10, "IWD UI BENEFIT", 259.85), (15, "MOBILE DEPOSIT - CUSTOMER CHECK", 925.00),
          (17, "IWD UI BENEFIT", 259.85), (24, "IWD UI BENEFIT", 259.85), (27, "SQUARE INC DEPOSIT", 1108.40)]
    c2 = [(2, "SQUARE INC DEPOSIT", 816.25), (6, "MOBILE DEPOSIT - CUSTOMER CHECK", 1560.00),
          (7, "IWD UI BENEFIT", 259.85), (14, "IWD UI BENEFIT", 259.85), (18, "ZELLE FROM D ARMSTRONG", 475.00),
          (21, "IWD UI BENEFIT", 259.85), (25, "MOBILE DEPOSIT - CUSTOMER CHECK", 1140.00)]
    holder = "Dmitri A. Kowalczyk / Ilse M. Kowalczyk"
    s1 = harvest_statement(rng, holder, addr, member, "18752210", 2037, 10, 1906.52, c1)
    s2 = harvest_statement(rng, holder, addr, member, "18752210", 2037, 11, s1.fields["ending_balance"], c2)
    ui = ui_notice("Ilse M. Kowalczyk", addr, dt.date(2037, 9, 29), 259.85, dt.date(2037, 9, 20),
                   agency="IOWA WORKFORCE DEVELOPMENT")
    app = App("7718204536", "Dmitri A. Kowalczyk", "927-15-8840", "3019 Bluestem Road", "Harvest Ridge", "IA",
              "50588", "(641) 555-0175", "dak.homerepair@example.com", "primary_residence", ["unemployment"],
              dt.date(2037, 9, 19), "short", {"self_employment": 3650.00, "unemployment": 1126.00},
              dt.date(2037, 12, 1), co="Ilse M. Kowalczyk", co_ssn="927-40-1136",
              income_joint={"unemployment": 1126.00}, member_no=member, co_phone="(641) 555-0176", seed=seed + 71)
    p = Packet("ag7", received, app, ["irs_form_4506c"])
    style = Scan(dpi=300, tilt=0.35, blur=0.6, noise=0.0005)
    on = dt.date(2037, 12, 1)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Harvest Ridge Community Credit Union", [
        "In September the grain equipment plant where Ilse worked in the parts office laid off its whole second "
        "office crew. She is receiving unemployment while she looks for work. My repair and remodeling business "
        "brings in about the same as before, but it is not enough for the mortgage on its own.",
        "We ask the credit union for a forbearance or a lower payment for a few months while Ilse finds a new "
        "job."], ink=True, seed=seed + 7)
    p.scan(f"Kowalczyk {app.loan}.pdf", [
        (app_doc(), scan_paper(hrcu_ms12(app, ink=True), style, seed + 701)),
        (hardship_doc(on), scan_paper(hl, style, seed + 702)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 703)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 704)),
        (letter_doc(ui), scan_paper(ui.paper, style, seed + 705))], style)
    return p


def packet_ag8(seed: int) -> Packet:
    received = dt.date(2037, 1, 12)
    addr = ["912 Redbud Terrace", "Chillicothe, MO 64601"]
    stub = retail_stub(random.Random(seed * 7 + 8), "Tri-Valley Farm & Home Stores", "Store #61 Springdale",
                       "5120 West Sunset Avenue, Springdale, AR 72762", "Reginald O. Ashworth", "T6108847",
                       "Assistant Store Manager", dt.date(2037, 1, 9), dt.date(2037, 1, 9), 24.60, 80.0, WH_RET)
    va = va_letter("Faye L. Ashworth", addr, dt.date(2036, 12, 2), 1215.00, 50)
    tr = transfer_letter("Reginald O. Ashworth", dt.date(2036, 11, 18), "Tri-Valley Farm & Home Stores",
                         "Store #14 in Chillicothe, Missouri", "Store #61 in Springdale, Arkansas",
                         dt.date(2036, 12, 7))
    app = App("3306651187", "Reginald O. Ashworth", "915-72-4408", "912 Redbud Terrace", "Chillicothe", "MO",
              "64601", "(660) 555-0117", "rashworth@example.com", "primary_residence", ["relocation"],
              dt.date(2036, 12, 7), "long", {"wages": stub.monthly, "benefits_nontaxable": 1215.00},
              dt.date(2037, 1, 6), co="Faye L. Ashworth", co_ssn="915-09-3352", seed=seed + 81)
    p = Packet("ag8", received, app, [])
    style = Scan(dpi=200, tilt=0.45, blur=0.5, noise=0.0006)
    on = dt.date(2037, 1, 6)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Ninebark Regional Bank", [
        "The Chillicothe store closed in early December and the company moved me to its Springdale, Arkansas "
        "store. I rent an apartment there during the week. Faye stays in our house until it sells, and we are "
        "paying for two places to live on the same income.",
        "We have listed the house with an agent and ask for help with the payment until it sells or until Faye "
        "can join me."], ink=True, seed=seed + 8)
    papers: list[tuple[Doc, list[ScannedPage]]] = [
        (app_doc(), scan_paper(ninebark_dsu40(app, ink=True), style, seed + 801)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 802)),
        (letter_doc(va), scan_paper(va.paper, style, seed + 803)),
        (letter_doc(tr), scan_paper(tr.paper, style, seed + 804)),
        (hardship_doc(on), scan_paper(hl, style, seed + 805))]
    for i, (doc, sheets) in enumerate(papers):
        p.scan(f"Ashworth_{app.loan}_{i + 1}.pdf", [(doc, sheets)], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ag1, packet_ag2, packet_ag3, packet_ag4, packet_ag5, packet_ag6,
                                             packet_ag7, packet_ag8]


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
                if not dt.date.fromisoformat(f["period_start"]) < dt.date.fromisoformat(f["period_end"]) <= \
                        dt.date.fromisoformat(f["pay_date"]):
                    problems.append(f"{name}: pay period {f}")
            if not doc["scanned"] and doc["type"] == "mortgage_assistance_application":
                rd = readers[doc["pages"][0]["file"]]
                text = " ".join(rd.pages[pg["page"] - 1].extract_text() for pg in doc["pages"])
                text += " ".join(str(v.get("/V", "")) for v in (rd.get_fields() or {}).values())
                want = [app["loan_number"], app["borrower_name"], app["street"] if "street" in app else
                        app["property_address"].split(",")[0], money(app["income"]["total"])]
                if "Form 710" in text:
                    want[3] = money(next(v for k, v in app["income"].items() if k != "total"))
                problems += [f"{name}: the application does not show {v!r}" for v in want if v not in text]
            if not doc["scanned"] and doc["type"] != "mortgage_assistance_application" and doc["pages"]:
                text = " ".join(readers[pg["file"]].pages[pg["page"] - 1].extract_text() for pg in doc["pages"])
                problems += [f"{name}: {doc['type']} does not print {v!r}" for v in printed_values(doc)
                             if v not in text]
        stmts = [d["fields"] for d in exp["documents"] if d["type"] == "bank_statement"]
        for a in stmts:
            for b in stmts:
                if a["account_last4"] == b["account_last4"] and dt.date.fromisoformat(b["period_start"]) == \
                        dt.date.fromisoformat(a["period_end"]) + dt.timedelta(days=1) and \
                        abs(a["ending_balance"] - b["beginning_balance"]) > 0.005:
                    problems.append(f"{name}: statements do not chain {a} {b}")
        text = exp_path.read_text()
        if re.search(r"\b9\d\d-?\d\d-?\d{4}\b", text):
            problems.append(f"{name}: a full SSN reached expected.json")
        problems += [f"{name}: self-comparison {c.label}" for c in self_compare(exp)]
    return problems


def printed_values(doc: dict[str, Any]) -> list[str]:
    """What a born-digital document's text layer must show, as printed."""
    f = doc["fields"]
    if doc["type"] == "pay_stub":
        return [f["employee_name"], money(f["gross_current"]), money(f["net_current"]), mdy(
            dt.date.fromisoformat(f["pay_date"]))] + ([money(f["gross_ytd"])] if f["gross_ytd"] else [])
    if doc["type"] == "bank_statement":
        return [money(f["beginning_balance"]), money(f["ending_balance"]), f["account_last4"]]
    if doc["type"] == "benefit_award_letter":
        return [money(f["monthly_amount"]), long_date(dt.date.fromisoformat(f["letter_date"]))]
    if doc["type"] in ("hardship_letter", "obituary", "employer_relocation_letter", "unemployment_benefit_letter"):
        return [long_date(dt.date.fromisoformat(f["letter_date"]))]
    return []


def self_compare(exp: dict[str, Any]) -> list[Any]:
    """Score expected.json against a case.json made of its own values through tests/sample_compare.compare: every
    check must pass, or the file is malformed for the scorer."""
    sys.path.insert(0, str(REPO / "tests"))
    keep, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # leave no cache files in the project
    try:
        from sample_compare import compare
    finally:
        sys.path.pop(0)
        sys.dont_write_bytecode = keep
    case = {"status": exp["status"], "missing": [{"code": c} for c in exp["missing"]],
            "application": {k: {"value": v} for k, v in exp["application"].items()},
            "documents": [{"type": d["type"], "pages": d["pages"],
                           "fields": {k: {"value": v} for k, v in d["fields"].items()}} for d in exp["documents"]]}
    return compare(exp, case).wrong()


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ag1 ..)")
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
                problems.append(f"{name}: a rebuild with the same seed differs")
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
