"""A fortieth holdout set of borrower packets (an1..an8), laid out unlike the shared samples and unlike every earlier
set (a, b .. z, aa .. al), written without looking at the service's code, rules, data files or tests, to estimate
honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_an.py OUT_DIR [--seed N] [--check] [--only an1 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed; files are born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.3 to 0.5 degrees, a little
blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white, the sending machine's header
line across the top of every page); the hand-written parts are signatures (drawn strokes) and the dates beside them.

APPLICATIONS.
Costa Serena Mortgage Servicing's BILINGUAL "Solicitud de Asistencia / Assistance Application" (form CS-710B
(03/2038), two pages): a teal "CS" roundel and "COSTA SERENA - Servicios Hipotecarios / Mortgage Servicing" at the
top left, the title in Spanish over its English italic at the top right, "Página n de 2 / Page n of 2". Every label
is given in both languages on TWO STACKED LINES - the Spanish in small bold type, the English in italics under it
("Nombre del prestatario" / "Borrower name", "Últimos 4 del Seguro Social" / "SSN last 4", "Dirección de la
propiedad" / "Property address", "Código postal" / "ZIP code") - and the answer sits, typed in Courier (or left
empty), in a BOXED CELL under the labels. Sections open on pale-teal bands carrying both titles ("1. Información del
prestatario" / "Borrower information" .. "5. Certificación y firmas" / "Certification and signatures"). Yes / no
questions (military duty, listed for sale, HOA dues) end in two boxes "Sí / Yes" and "No"; the occupancy is three
boxes "Residencia principal / Primary residence", "Segunda vivienda / Second home", "Inversión o alquiler /
Investment or rental"; the hardship date is a boxed cell "Fecha en que comenzó (mm/dd/aaaa) / Date it began
(mm/dd/yyyy)" beside three duration boxes; the ten hardship causes are boxes in two columns of five, each cause in
Spanish over English, then an "Explicación de la dificultad / Explanation of the hardship" cell. Page 2 repeats the
loan number cell, lists eight bilingual income rows with a "$" boxed amount at the right (rows that do not apply
left empty) and a heavier "Total mensual / Monthly total" box, then a Spanish and an English certification paragraph
and two rows of boxed cells "Firma del prestatario / Borrower signature" | "Fecha (mm/dd/aaaa) / Date (mm/dd/yyyy)"
and the same for the co-borrower. Typed in its PDF and signed on screen with the date typed (an1, an8); printed,
signed and dated in ink and scanned (an4 at 240 dpi, an6 at 200 dpi - an6's co-borrower row left blank).
A HUD-approved HOUSING COUNSELING AGENCY's "Foreclosure Prevention Intake - Request for Mortgage Assistance" (two
pages) that the COUNSELOR typed for the client (Riverbend Housing Counseling Center in an2, Prairie Roots
Homeownership Center in an5 and an7): the agency's name in capitals, "HUD-approved housing counseling agency (HUD
agency ID ....)", its address, phone and fax, the title and "Page n of 2" over a heavy rule. Every section is a
TABLE WITH HORIZONTAL RULES ONLY - a small-caps blue title on a rule, then rows with the LABEL IN BOLD ON THE LEFT and
the answer in a column to the right, a hairline under each row, no vertical lines: COUNSELING SESSION (counselor,
HUD counselor ID, session date, client file number - the counselor's facts come first), CLIENT (client (borrower)
name, last 4 of SSN, co-client name or "None", phone, e-mail), MORTGAGE AND PROPERTY (servicer, servicer loan
number, the property address on one line, occupancy in words - "Primary residence - client lives in the home",
military duty and listed for sale answered "No"), HARDSHIP (the reasons in words, "Death of spouse (primary wage
earner)", "Disaster damage to the home", "Other (see counselor summary)"; the date it began; the expected duration
in words; a "Counselor summary" of two or three lines). Page 2 repeats client, loan and file in one line, the
MONTHLY HOUSEHOLD INCOME (GROSS, BEFORE TAXES) table (eight rows "0.00" where nothing applies, amounts flush right,
a TOTAL row between heavier rules), a client certification that authorizes the agency to submit the request, and
ruled signature rows "Client signature ... Date", "Co-client signature ... Date", and "Prepared by" naming the
counselor (typed - the counselor does not sign). Printed, signed and dated in ink by the client and FAXED by the
agency behind its FAX COVER SHEET (an2); typed and signed on the agency's screen by the client, date typed,
e-mailed (an5); printed, signed in ink and scanned at 200 dpi by the agency with the client's papers (an7).
The real Form 710 (April 2023) once: filled through its AcroForm, printed, signed and dated in ink by both spouses
and scanned grey at 300 dpi (an3).

PAY STUBS (every year-to-date figure is the sum of that year's checks; the frequency is printed on each).
An airline's semi-monthly "CREW PAY STATEMENT" (Sunmesa Airlines for a flight attendant in an1, Cardinal Plains
Airlines for a first officer in an7): a navy band with an amber rule, eight captioned facts in two rows (Crewmember,
Employee no., Position, Crew base; Period begin, Period end, Pay date, Pay frequency "Semi-monthly"; pay on the 22nd
for the 1st-15th and on the 7th for the 16th to the month's end), a FLYING ACTIVITY table of pairings (pairing,
report date, legs, block hours, CREDIT hours, TAFB hours) with totals, EARNINGS (flight pay = credit hours x rate,
a Spanish language qualification premium, an occasional holiday premium) beside TAXES AND DEDUCTIONS (union dues,
401(k)), each with Current and YTD, GROSS PAY under the earnings, then a NON-TAXABLE REIMBURSEMENT line - per diem
at $2.40 per hour away from base - said not to be part of the gross but added to the deposit, and a shaded NET PAY
box (net = gross - taxes - deductions + per diem).
A union HIRING HALL's weekly statement: a maritime employers' association pays, as paying agent for its member
employers, a registered longshore worker for the shifts the hall dispatched him to (Salish Coast Maritime Employers
Association in an3, Harbor Pacific Maritime Employers in an6): "WEEKLY EARNINGS STATEMENT", worker, registration
no., work week (Monday to Sunday), check date (the Thursday after), "Pay frequency Weekly"; SHIFTS DISPATCHED THIS
WEEK lists date, EMPLOYER (three to five different stevedoring companies), job, day or night shift, straight and
overtime hours and earnings; PAY has straight time, overtime and night differential with hours, rate, this week
and year to date, Gross pay, taxes and working dues shown as minus amounts, Net pay; a boxed FRINGE BENEFIT
CONTRIBUTIONS PAID BY THE EMPLOYERS - NOT PART OF YOUR GROSS PAY (pension, health and welfare, vacation - hours x
rate, this week and YTD). The employer is the association that issues and pays the statement.
A hospital's bi-weekly "EARNINGS STATEMENT" printed TWO TO A SHEET on perforated stock (Jefferson Bay General
Hospital in an3, Santa Cruz Valley Medical Center in an4): the previous period on the top half, the latest period on
the bottom half, a dashed "FOLD AND TEAR ALONG PERFORATION" line between; each half has its own captioned cells
(employee name, ID, department, period start, period end, pay date, frequency "Biweekly"), earnings (regular,
evening and weekend differentials, on-call) and taxes/deductions side by side with their own YTD, and a NET PAY
strip. The page is one document; its fields are the LATEST period's (the bottom half). In an4 that latest pay date
is more than 90 days before the packet arrived.

STATEMENTS.
Farmers & Drovers Bank's THREE-PAGE statement (an4, an5, an7): a serif name, "Account number", "Statement date",
"Page n of 3" on every page; page 1 has the holder's address in capitals, "FREE CHECKING", "Statement period
mm/dd/yyyy through mm/dd/yyyy" and a four-line summary ("Balance last statement", "n deposits", "n withdrawals",
"Balance this statement"); the ACCOUNT TRANSACTIONS ledger (date mm-dd, description, withdrawals, deposits, running
balance, light grey banding every other row) starts on page 1, continues on page 2 under a "BALANCE FORWARD" row and
ends on page 3 with "BALANCE THIS STATEMENT" and the error-resolution notice; about forty-seven lines a month.
Whitcomb & Lane Securities' brokerage CASH MANAGEMENT ACCOUNT statement (an8, two pages): an account summary
(Opening balance, deposits, money market dividends reinvested, checks paid, debit card and electronic payments,
Closing balance), a "YOUR CASH SWEEP" box (cash swept nightly into a government money market fund, seven-day yield),
a Holdings line for the sweep fund at $1.00 a share, and on page 2 the CHECKING ACTIVITY: deposits and credits,
checks paid by number, debit card and electronic payments, each with a total. Its cash is the account; its opening
and closing balances are the statement's.

LETTERS AND OTHER PAPERS.
A public pension plan's "NOTICE OF PENSION AWARD" (Ohio Valley School Employees Pension Plan in an2, San Diego
County Employees Retirement Fund in an6): a centred plan name, the date, the member's address, a boxed award table
(type, form of payment, effective date, monthly pension amount (gross), paid monthly, taxable) and paragraphs.
Social Security's "Benefit Statement" for a retiree (an2, an8): claim number and date at the top right, a ruled
two-column table - monthly benefit BEFORE deductions, the Medicare Part B premium deducted, the amount paid each month
rounded down to the dollar, paid monthly; the letter's monthly amount is the benefit before deductions, which is
what the application lists. Both letters document taxable benefits. Typed hardship letters (signed in ink when
scanned or faxed), and the counseling agency's FAX COVER SHEET (agency, counselor, "PAGES 6 (including this cover
sheet)", "RE: <borrower> - loan <number>"), which is not a document.

DELIVERIES. Loose born-digital files "<loan>_solicitud.pdf", "<loan>_crew_pay_0307.pdf" .. (an1); ONE 200 dpi fax
behind the agency's cover sheet under the fax server's name FAX_20380518_141502.pdf (an2); a folder named after the
loan holding UNHELPFULLY NAMED scans scan0001.pdf .. scan0004.pdf, IMG_2231.pdf and IMG_2232.pdf - IMG_2232.pdf is the
SAME pay stub as IMG_2231.pdf scanned again on another scanner (a duplicate copy, different bytes; both are listed as
documents) (an3); ONE 240 dpi grey scan of the whole packet "Escaneo_2038-06-15.pdf" (an4); loose born-digital files
"<loan> intake.pdf" .. (an5); "<loan>-solicitud.pdf" scanned at 200 dpi beside born-digital "<loan>-talon-0902.pdf"
.. (an6); ONE 200 dpi grey scan "ClientDocs_PR-0917.pdf" from the agency (an7); a folder named after the loan of
born-digital files in Spanish names "solicitud.pdf", "estado de cuenta septiembre.pdf" .. (an8).

Complete: an1 (two fresh crew pay statements with YTD; a reduction in income needs no papers), an3 (fresh hall and
hospital stubs for both spouses; the letter covers the illness), an5 (two consecutive fresh three-page statements
show the wages and the child support; the letter explains the "other" hardship), an8 (two consecutive fresh cash
management statements show the Social Security and the alimony; the benefit statement is fresh too).
Incomplete: an2 (hardship_doc:death - the widow's letter tells of the death but no death certificate or obituary
came), an4 (income_doc:wages - the only stub was paid more than 90 days before the packet arrived and there is only
one bank statement), an6 (application_signature - the co-borrower named on the form did not sign or date it), an7
(irs_form_4506c - rental income is claimed and no signed 4506-C came; wages and rent are documented).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet. `--check` validates every expected.json (keys, codes, types, dates, income totals,
that every listed page exists and none is listed twice, that `scanned` matches the absence of a text layer, that the
monthly gross is the current gross times the periods a year over 12, and that the rules give the scenario's codes).
Received dates fall between March and November 2038. Every file is the same bytes for a seed: reportlab runs in
invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks,
agencies and servicers are fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test
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
    c.setCreator("holdout_packets_an")
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


def stamp_header(sheet: ScannedPage, text: str, dpi: int) -> None:
    """The transmitting fax machine's header line across the top edge of a received page."""
    img = sheet.image.convert("L")
    font = ImageFont.truetype(str(FONT_DIR / "dejavu/DejaVuSansMono.ttf"), round(8.5 * dpi / 72))
    ImageDraw.Draw(img).text((round(0.3 * dpi), round(0.08 * dpi)), text, fill=0, font=font)
    sheet.image = img.point(lambda v: 255 if v > 150 else 0).convert("1")


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
    writer.add_metadata({"/Producer": "holdout_packets_an"})
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
        if self.state:
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
        if i == 3:
            page.merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"an710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "an710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)





# --- the an set's pay stubs ----------------------------------------------------------------------------------


def semimonthly_dates(current: dt.date) -> list[dt.date]:
    """The crew payroll's pay dates of current's year up to current: the 7th (for the 16th to the month's end
    before) and the 22nd (for the 1st to the 15th)."""
    out = []
    for month in range(1, current.month + 1):
        for day in (7, 22):
            d = dt.date(current.year, month, day)
            if d <= current:
                out.append(d)
    return out


def semimonthly_period(pay: dt.date) -> tuple[dt.date, dt.date]:
    if pay.day == 22:
        return pay.replace(day=1), pay.replace(day=15)
    end = pay.replace(day=1) - dt.timedelta(days=1)
    return end.replace(day=16), end


def first_of_year(pay_date: dt.date, step: int) -> dt.date:
    """The year's first pay date of a weekly (7) or bi-weekly (14) payroll that pays on pay_date."""
    first = pay_date
    while (first - dt.timedelta(days=step)).year == pay_date.year:
        first -= dt.timedelta(days=step)
    return first


def airline_stub(rng: random.Random, airline: str, address: str, employee: str, emp_no: str, position: str,
                 base: str, pay_date: dt.date, rate: float, premium: tuple[str, float] | None,
                 wh: Withholding) -> Stub:
    """A regional airline's semi-monthly crew pay statement: pairings flown with block, credit and away-from-base
    hours, flight pay on credit hours, and per diem paid outside the gross (not taxable) but inside the net."""
    key = rng_key(rng)
    checks: list[Check] = []
    per_diem: list[float] = []
    pairings_now: list[tuple[str, dt.date, int, float, float, float]] = []
    for d in semimonthly_dates(pay_date):
        rr = random.Random(f"{emp_no}{d}{key}")
        start, end = semimonthly_period(d)
        n = rr.choice([3, 4, 4, 5])
        pairings = []
        for _ in range(n):
            credit = round(rr.uniform(6.5, 11.5) * 4) / 4
            block = round(credit * rr.uniform(0.86, 0.97) * 4) / 4
            tafb = round(credit * rr.uniform(2.1, 2.8) * 4) / 4
            day = start + dt.timedelta(days=rr.randrange((end - start).days - 1))
            pairings.append((f"{position[0]}{rr.randrange(1000, 4999)}", day, rr.choice([2, 3, 4, 5]), block, credit,
                             tafb))
        pairings.sort(key=lambda p: p[1])
        credit_total = sum(p[4] for p in pairings)
        lines = {"Flight pay (credit hours)": (credit_total, rate, r2(credit_total * rate))}
        if premium:
            lines[premium[0]] = (0.0, 0.0, premium[1])
        if rr.random() < 0.25:
            lines["Holiday / junior assignment premium"] = (0.0, 0.0, r2(rate * 5))
        checks.append(Check(d, lines))
        per_diem.append(r2(sum(p[5] for p in pairings) * 2.40))
        if d == pay_date:
            pairings_now = pairings
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    pd_now, pd_ytd = per_diem[-1], r2(sum(per_diem))
    start, end = semimonthly_period(pay_date)
    net = r2(net_of(ch, wh) + pd_now)
    net_ytd = r2(ytd["NET"] + pd_ytd)
    tafb_now = sum(p[5] for p in pairings_now)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.07, 0.16, 0.36))
        c.rect(36, 724, 540, 44, stroke=0, fill=1)
        c.setFillColor(Color(0.95, 0.62, 0.12))
        c.rect(36, 720, 540, 4, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-BoldOblique", 17)
        c.drawString(48, 745, airline.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(48, 732, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(564, 748, "CREW PAY STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(564, 735, "Inflight and flight operations payroll")
        c.setFillColor(black)
        info = [("Crewmember", employee), ("Employee no.", emp_no), ("Position", position), ("Crew base", base),
                ("Period begin", mdy(start)), ("Period end", mdy(end)), ("Pay date", mdy(pay_date)),
                ("Pay frequency", "Semi-monthly")]
        y = 700
        for i, (k, v) in enumerate(info):
            x = 40 + (i % 4) * 134
            if i == 4:
                y -= 30
            c.setFont("Helvetica", 6.5)
            c.setFillGray(0.35)
            c.drawString(x, y + 10, k.upper())
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x, y, v)
        c.setLineWidth(0.4)
        c.line(36, 658, 576, 658)
        y = 640
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "FLYING ACTIVITY THIS PERIOD")
        y -= 14
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y, "PAIRING")
        c.drawString(110, y, "REPORT DATE")
        for x, t in ((260, "LEGS"), (340, "BLOCK HRS"), (420, "CREDIT HRS"), (500, "TAFB HRS")):
            c.drawRightString(x, y, t)
        c.line(36, y - 4, 576, y - 4)
        y -= 15
        c.setFont("Courier", 9)
        for pid, day, legs, block, credit, tafb in pairings_now:
            c.drawString(40, y, pid)
            c.drawString(110, y, mdy(day))
            c.drawRightString(260, y, str(legs))
            c.drawRightString(340, y, f"{block:.2f}")
            c.drawRightString(420, y, f"{credit:.2f}")
            c.drawRightString(500, y, f"{tafb:.2f}")
            y -= 12
        c.setFont("Courier-Bold", 9)
        c.drawString(110, y, "Totals")
        c.drawRightString(340, y, f"{sum(p[3] for p in pairings_now):.2f}")
        c.drawRightString(420, y, f"{sum(p[4] for p in pairings_now):.2f}")
        c.drawRightString(500, y, f"{tafb_now:.2f}")
        y -= 26
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "EARNINGS")
        c.drawString(350, y, "TAXES AND DEDUCTIONS")
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(190, y, "HOURS")
        c.drawRightString(235, y, "RATE")
        c.drawRightString(285, y, "CURRENT")
        c.drawRightString(335, y, "YTD")
        c.drawRightString(515, y, "CURRENT")
        c.drawRightString(572, y, "YTD")
        c.line(36, y - 4, 338, y - 4)
        c.line(348, y - 4, 576, y - 4)
        ey = y - 15
        c.setFont("Helvetica", 8)
        labels = ["Flight pay (credit hours)"] + ([premium[0]] if premium else []) + \
            ["Holiday / junior assignment premium"]
        for lab in labels:
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(40, ey, lab)
            if hrs:
                c.drawRightString(190, ey, f"{hrs:.2f}")
                c.drawRightString(235, ey, f"{rt:.2f}")
            c.drawRightString(285, ey, money(amt) if lab in ch.lines else "")
            c.drawRightString(335, ey, money(ytd[lab]))
            ey -= 12
        c.line(200, ey + 8, 338, ey + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, ey - 2, "GROSS PAY")
        c.drawRightString(285, ey - 2, money(ch.gross))
        c.drawRightString(335, ey - 2, money(ytd["GROSS"]))
        ty = y - 15
        c.setFont("Helvetica", 8)
        items = list(wh.taxes(ch.gross).items()) + list(wh.deductions)
        for k, v in items:
            c.drawString(352, ty, k)
            c.drawRightString(515, ty, money(v))
            c.drawRightString(572, ty, money(ytd[k]))
            ty -= 12
        y = min(ey, ty) - 26
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "NON-TAXABLE REIMBURSEMENT")
        c.setFont("Helvetica", 8)
        c.drawString(40, y - 14, f"Per diem - {tafb_now:.2f} hours away from base at $2.40 per hour")
        c.drawRightString(515, y - 14, money(pd_now))
        c.drawRightString(572, y - 14, money(pd_ytd))
        c.setFont("Helvetica", 6.5)
        c.drawString(40, y - 25, "Per diem is not wages and is not included in gross pay; it is added to your deposit.")
        y -= 56
        c.setFillColor(Color(0.9, 0.92, 0.96))
        c.rect(300, y - 6, 276, 22, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(306, y + 1, "NET PAY")
        c.drawRightString(515, y + 1, money(net))
        c.setFont("Helvetica", 8)
        c.drawRightString(572, y + 1, money(net_ytd))
        c.setFont("Helvetica", 7)
        c.drawString(40, y + 1, "Deposited by ACH on the pay date.")
        return []

    return Stub(Paper([page]), stub_fields(airline, employee, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date)


HALL_EMPLOYERS = ("Pacific Quay Stevedoring", "Bayside Terminal Operators", "Coastline Container Services",
                  "Northgate Marine Terminals", "Olympic Bulk Handling")


def hall_stub(rng: random.Random, association: str, address: str, hall: str, worker: str, reg_no: str,
              pay_date: dt.date, st_rate: float, wh: Withholding) -> Stub:
    """A maritime employers' association paying, week by week, for the shifts a registered longshore worker was
    dispatched to from the union hiring hall by several member employers; employer-paid fringe contributions
    listed apart from the gross."""
    key = rng_key(rng)
    first = first_of_year(pay_date, 7)
    checks: list[Check] = []
    hours: list[float] = []
    now: list[tuple[dt.date, str, str, str, float, float, float]] = []
    for d in pay_dates(first, pay_date, "weekly"):
        rr = random.Random(f"{reg_no}{d}{key}")
        wk_end = d - dt.timedelta(days=4)
        days = sorted(rr.sample(range(7), rr.choice([3, 4, 4, 5])))
        jobs = []
        st = ot = night = 0.0
        for k in days:
            day = wk_end - dt.timedelta(days=6 - k)
            shift = rr.choice(["Day", "Day", "Night"])
            o = rr.choice([0.0, 0.0, 1.0, 2.0])
            job = rr.choice(["Lasher", "Hold man", "Crane signal", "Yard tractor", "Lines"])
            emp = rr.choice(HALL_EMPLOYERS)
            amt = r2(8 * st_rate + o * st_rate * 1.5 + (8 * 3.10 if shift == "Night" else 0.0))
            jobs.append((day, emp, job, shift, 8.0, o, amt))
            st += 8
            ot += o
            night += 8 if shift == "Night" else 0
        lines = {"Straight time": (st, st_rate, r2(st * st_rate)),
                 "Overtime": (ot, r2(st_rate * 1.5), r2(ot * st_rate * 1.5)),
                 "Night shift differential": (night, 3.10, r2(night * 3.10))}
        checks.append(Check(d, lines))
        hours.append(st + ot)
        if d == pay_date:
            now = jobs
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=4)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    fringes = (("Pension trust", 11.25), ("Health and welfare trust", 14.10), ("Vacation and holiday fund", 3.40))

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2.2)
        c.line(40, 748, 572, 748)
        c.setFont("Times-Bold", 15)
        c.drawString(40, 728, association)
        c.setFont("Times-Roman", 8.5)
        c.drawString(40, 716, f"Payroll Department  -  {address}")
        c.drawString(40, 705, f"Paying agent for its member employers  -  dispatch through {hall}")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 730, "WEEKLY EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 718, f"Statement no. {pay_date.strftime('%y%m%d')}-{reg_no[-4:]}")
        c.setLineWidth(0.6)
        c.line(40, 698, 572, 698)
        rows = [("Worker", worker), ("Registration no.", reg_no), ("Work week", f"{mdy(start)} to {mdy(end)}"),
                ("Check date", mdy(pay_date)), ("Pay frequency", "Weekly"), ("Status", "Class A registered")]
        y = 682
        for i, (k, v) in enumerate(rows):
            x = 40 if i % 2 == 0 else 320
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(x + 90, y, v)
            if i % 2:
                y -= 13
        y -= 14
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "SHIFTS DISPATCHED THIS WEEK")
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        for x, t in ((40, "DATE"), (92, "EMPLOYER"), (250, "JOB"), (320, "SHIFT")):
            c.drawString(x, y, t)
        for x, t in ((415, "ST HRS"), (460, "OT HRS"), (570, "EARNED")):
            c.drawRightString(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 14
        c.setFont("Helvetica", 8)
        for day, emp, job, shift, s_h, o_h, amt in now:
            c.drawString(40, y, day.strftime("%a %m/%d"))
            c.drawString(92, y, emp)
            c.drawString(250, y, job)
            c.drawString(320, y, shift)
            c.drawRightString(415, y, f"{s_h:.1f}")
            c.drawRightString(460, y, f"{o_h:.1f}")
            c.drawRightString(570, y, money(amt))
            y -= 11.5
        y -= 16
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "PAY")
        for x, t in ((300, "HOURS"), (360, "RATE"), (460, "THIS WEEK"), (570, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for k, (h, rt, amt) in ch.lines.items():
            c.drawString(40, y, k)
            c.drawRightString(300, y, f"{h:.1f}")
            c.drawRightString(360, y, f"{rt:.2f}")
            c.drawRightString(460, y, money(amt))
            c.drawRightString(570, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Gross pay")
        c.drawRightString(460, y, money(ch.gross))
        c.drawRightString(570, y, money(ytd["GROSS"]))
        y -= 18
        c.setFont("Helvetica", 8.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(40, y, k)
            c.drawRightString(460, y, "-" + money(v))
            c.drawRightString(570, y, "-" + money(ytd[k]))
            y -= 12
        c.setLineWidth(1)
        c.line(380, y + 7, 572, y + 7)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y - 6, "Net pay")
        c.drawRightString(460, y - 6, money(net))
        c.drawRightString(570, y - 6, money(ytd["NET"]))
        y -= 34
        c.setLineWidth(0.5)
        c.rect(40, y - 58, 532, 70, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y + 2, "FRINGE BENEFIT CONTRIBUTIONS PAID BY THE EMPLOYERS - NOT PART OF YOUR GROSS PAY")
        c.setFont("Helvetica", 8)
        fy = y - 12
        for k, r in fringes:
            c.drawString(48, fy, f"{k}  ({hours[-1]:.1f} hrs x {r:.2f})")
            c.drawRightString(460, fy, money(r2(hours[-1] * r)))
            c.drawRightString(565, fy, money(r2(sum(hours) * r)))
            fy -= 12
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 74, "Direct deposit advice - non-negotiable. Report errors to the payroll department "
                                 "within 30 days.")
        return []

    return Stub(Paper([page]), stub_fields(association, worker, ch, start, end, "weekly", ytd["GROSS"], net),
                pay_date)


def hospital_two_up(rng: random.Random, hospital: str, address: str, employee: str, emp_id: str, dept: str,
                    pay_date: dt.date, rate: float, wh: Withholding) -> Stub:
    """A hospital's bi-weekly earnings statements printed two to a sheet on perforated stock: the period before
    on the top half, the latest period on the bottom half, each with its own year-to-date column."""
    key = rng_key(rng)
    dates = pay_dates(first_of_year(pay_date, 14), pay_date, "biweekly")
    checks = []
    for d in dates:
        rr = random.Random(f"{emp_id}{d}{key}")
        reg = rr.choice([72.0, 72.0, 76.0, 80.0, 64.0])
        eve = rr.choice([0.0, 12.0, 24.0])
        wknd = rr.choice([0.0, 12.0, 24.0])
        oncall = rr.choice([0.0, 0.0, 16.0])
        lines = {"Regular": (reg, rate, r2(reg * rate)), "Evening differential": (eve, 2.75, r2(eve * 2.75)),
                 "Weekend differential": (wknd, 3.50, r2(wknd * 3.50)), "On-call": (oncall, 4.00, r2(oncall * 4.0))}
        checks.append(Check(d, {k: v for k, v in lines.items() if v[0]}))
    labels = ["Regular", "Evening differential", "Weekend differential", "On-call"]

    def panel(c: Canvas, top: float, idx: int) -> None:
        ch = checks[idx]
        ytd = ytd_of(checks[: idx + 1], wh)
        end = ch.pay_date - dt.timedelta(days=6)
        start = end - dt.timedelta(days=13)
        c.setFillColor(Color(0.45, 0.1, 0.2))
        c.circle(50, top - 14, 9, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(50, top - 17.5, "+")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(66, top - 14, hospital)
        c.setFont("Helvetica", 7.5)
        c.drawString(66, top - 24, address)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawRightString(572, top - 13, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, top - 24, f"Advice no. {ch.pay_date.strftime('%m%d')}{emp_id[-3:]}")
        c.setLineWidth(0.5)
        y = top - 64
        cells = [("EMPLOYEE NAME", employee, 140), ("EMPLOYEE ID", emp_id, 58), ("DEPARTMENT", dept, 100),
                 ("PERIOD START", mdy(start), 60), ("PERIOD END", mdy(end), 60), ("PAY DATE", mdy(ch.pay_date), 60),
                 ("FREQUENCY", "Biweekly", 54)]
        x = 40.0
        for cap, val, w in cells:
            cell(c, x, y, w, 28, cap, val, val_font=("Helvetica", 8.5))
            x += w
        y -= 16
        c.setFont("Helvetica-Bold", 7)
        c.drawString(42, y, "EARNINGS")
        for xx, t in ((180, "HOURS"), (220, "RATE"), (270, "CURRENT"), (325, "YTD")):
            c.drawRightString(xx, y, t)
        c.drawString(350, y, "TAXES / DEDUCTIONS")
        c.drawRightString(515, y, "CURRENT")
        c.drawRightString(570, y, "YTD")
        c.line(40, y - 3, 330, y - 3)
        c.line(346, y - 3, 572, y - 3)
        ey = y - 13
        c.setFont("Helvetica", 8)
        for lab in labels:
            if lab not in ytd:
                continue
            h, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(42, ey, lab)
            if h:
                c.drawRightString(180, ey, f"{h:.2f}")
                c.drawRightString(220, ey, f"{rt:.2f}")
                c.drawRightString(270, ey, money(amt))
            c.drawRightString(325, ey, money(ytd[lab]))
            ey -= 11
        c.setFont("Helvetica-Bold", 8)
        c.drawString(42, ey - 2, "GROSS")
        c.drawRightString(270, ey - 2, money(ch.gross))
        c.drawRightString(325, ey - 2, money(ytd["GROSS"]))
        ty = y - 13
        c.setFont("Helvetica", 8)
        items = list(wh.taxes(ch.gross).items()) + list(wh.deductions)
        for k, v in items:
            c.drawString(350, ty, k)
            c.drawRightString(515, ty, money(v))
            c.drawRightString(570, ty, money(ytd[k]))
            ty -= 11
        by = min(ey, ty) - 26
        c.setFillGray(0.9)
        c.rect(346, by, 226, 18, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(352, by + 5, "NET PAY")
        c.drawRightString(515, by + 5, money(net_of(ch, wh)))
        c.setFont("Helvetica", 8)
        c.drawRightString(570, by + 5, money(ytd["NET"]))
        c.setFont("Helvetica", 7)
        c.drawString(42, by + 5, "Net pay deposited to your account on the pay date.")

    def page(c: Canvas) -> list[Mark]:
        panel(c, 770, len(checks) - 2)
        c.setDash(2, 3)
        c.setLineWidth(0.6)
        c.line(20, 398, W - 20, 398)
        c.setDash()
        c.setFont("Helvetica", 6)
        c.drawCentredString(W / 2, 402, "FOLD AND TEAR ALONG PERFORATION")
        panel(c, 382, len(checks) - 1)
        return []

    ch = checks[-1]
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    ytd = ytd_of(checks, wh)
    return Stub(Paper([page]), stub_fields(hospital, employee, ch, start, end, "biweekly", ytd["GROSS"],
                                           net_of(ch, wh)), pay_date)


# --- the an set's statements --------------------------------------------------------------------------------


SMALL_DEBITS = (("CASEY'S GEN STORE POS", 8, 45), ("HY-VEE #1187 POS", 20, 95), ("DOLLAR GENERAL POS", 5, 30),
                ("AMAZON MKTPL PMT", 12, 60), ("ATM W/D", 20, 60), ("NETFLIX.COM", 15.49, 15.49),
                ("SCHOOL LUNCH ACCT", 20, 40), ("WALMART SUPERCENTER POS", 15, 85), ("SUBWAY 22190", 7, 18),
                ("AUTO ZONE 4471 POS", 10, 48), ("CHECK", 25, 140), ("PHARMACY CVS POS", 6, 35),
                ("SHELL OIL 5512 POS", 25, 55), ("US CELLULAR AUTOPAY", 88.40, 88.40))
BILLS = (("POWER CO AUTOPAY", 90, 160), ("PROGRESSIVE INS", 118.20, 118.20), ("CITY WATER SEWER", 48, 75))


def ledger_lines(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 n_debits: int, begin: float, mortgage: str) -> list[tuple[dt.date, str, float]]:
    """The month's ledger: the given credits, a mortgage payment, the household bills and small purchases,
    drawn again until the running balance never goes below zero."""
    span = (end - start).days
    out: list[tuple[dt.date, str, float]] = []
    for _ in range(200):
        out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
        chk = rng.randrange(1100, 1400)
        for desc, lo, hi in BILLS:
            out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
        for _ in range(n_debits - len(BILLS)):
            desc, lo, hi = rng.choice(SMALL_DEBITS)
            if desc == "CHECK":
                chk += 1
                desc = f"CHECK {chk}"
            out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
        out.append((start + dt.timedelta(days=rng.randrange(1, 6)), mortgage, -r2(rng.uniform(450, 650))))
        out.sort(key=lambda t: (t[0], -t[2]))
        bal, low = begin, begin
        for _, _, a in out:
            bal = r2(bal + a)
            low = min(low, bal)
        if low >= 25:
            break
    return out


def ledger_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                     begin: float, credits: Sequence[tuple[int, str, float]], mortgage: str) -> Statement:
    """Farmers & Drovers Bank: a small bank's three-page statement whose ledger (date, description, withdrawals,
    deposits, running balance) runs from page 1 across page 2 to page 3, "Balance forward" at each page's top."""
    bank = "Farmers & Drovers Bank"
    start, end = month_bounds(year, month)
    lines = ledger_lines(rng, start, end, credits, 42, begin, mortgage)
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    ending = bal
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    parts = [rows[:14], rows[14:36], rows[36:]]

    def head(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 16)
        c.drawString(50, 740, "Farmers & Drovers Bank")
        c.setFont("Times-Italic", 8.5)
        c.drawString(50, 728, "Serving Cass and Otoe counties since 1911  -  Main Street, Stony Ford, NE 68463  -  "
                              "Member FDIC")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 742, f"Account number  {acct}")
        c.drawRightString(562, 731, f"Statement date  {mdy(end)}")
        c.drawRightString(562, 720, f"Page {n} of 3")
        c.setLineWidth(0.8)
        c.line(50, 712, 562, 712)

    def ledger(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], forward: float | None) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "DATE")
        c.drawString(95, y, "DESCRIPTION")
        c.drawRightString(380, y, "WITHDRAWALS")
        c.drawRightString(465, y, "DEPOSITS")
        c.drawRightString(560, y, "BALANCE")
        c.setLineWidth(0.4)
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Courier", 8.5)
        if forward is not None:
            c.drawString(95, y, "BALANCE FORWARD")
            c.drawRightString(560, y, money(forward))
            y -= 12.5
        for i, (d, desc, a, b) in enumerate(part):
            if i % 2:
                c.setFillGray(0.94)
                c.rect(50, y - 3, 512, 12, stroke=0, fill=1)
                c.setFillColor(black)
            c.drawString(50, y, d.strftime("%m-%d"))
            c.drawString(95, y, desc)
            c.drawRightString(380 if a < 0 else 465, y, money(abs(a)))
            c.drawRightString(560, y, money(b))
            y -= 12.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 680
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(62, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(330, 684, "FREE CHECKING")
        c.setFont("Helvetica", 8.5)
        c.drawString(330, 672, f"Statement period {mdy(start)} through {mdy(end)}")
        summ = [("Balance last statement", begin), (f"{sum(1 for t in lines if t[2] > 0)} deposits", dep),
                (f"{sum(1 for t in lines if t[2] < 0)} withdrawals", wd), ("Balance this statement", ending)]
        y = 650
        for k, v in summ:
            c.drawString(330, y, k)
            c.drawRightString(560, y, money(v))
            y -= 12
        c.line(330, 602, 562, 602)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 575, "ACCOUNT TRANSACTIONS")
        y = ledger(c, 558, parts[0], None)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawRightString(562, y - 6, "continued on next page")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = ledger(c, 690, parts[1], parts[0][-1][3])
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawRightString(562, y - 6, "continued on next page")
        return []

    def page3(c: Canvas) -> list[Mark]:
        head(c, 3)
        y = ledger(c, 690, parts[2], parts[1][-1][3])
        c.setLineWidth(0.8)
        c.line(50, y + 6, 562, y + 6)
        c.setFont("Courier-Bold", 8.5)
        c.drawString(95, y - 6, "BALANCE THIS STATEMENT")
        c.drawRightString(560, y - 6, money(ending))
        paragraphs(c, 50, y - 40, 512, [
            "In case of errors or questions about your electronic transfers, call 402-555-0160 or write to us at "
            "the address above as soon as you can. We must hear from you no later than 60 days after we sent the "
            "FIRST statement on which the problem or error appeared.",
            "Thank you for banking with Farmers & Drovers."], font="Helvetica", size=7.5, leading=9.5, gap=4)
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2, page3]), fields, end, acct)


def cma_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                  begin: float, credits: Sequence[tuple[int, str, float]], yield_pct: float) -> Statement:
    """Whitcomb & Lane Securities: a brokerage CASH MANAGEMENT ACCOUNT whose cash is swept into a government
    money market fund, with a checking section (deposits, checks paid, debit card and electronic payments)."""
    bank = "Whitcomb & Lane Securities"
    start, end = month_bounds(year, month)
    deps = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    checks = []
    no = rng.randrange(310, 380)
    for payee_amt in (rng.uniform(60, 240), rng.uniform(40, 180), rng.uniform(300, 900)):
        no += 1
        checks.append((no, start + dt.timedelta(days=rng.randrange(3, span + 1)), r2(payee_amt)))
    card = []
    for desc in ("SAFEWAY #1422 DEBIT CARD", "PG&E WEB PMT", "COSTCO WHSE DEBIT CARD", "COSTA SERENA MTG PMT",
                 "CHEVRON 0091 DEBIT CARD", "KAISER PERMANENTE AUTOPAY", "WALGREENS DEBIT CARD"):
        amt = r2(rng.uniform(900, 1300) if "MTG" in desc else rng.uniform(25, 260))
        card.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, amt))
    card.sort()
    checks.sort(key=lambda t: t[1])
    dividend = r2(max(begin, 500.0) * yield_pct / 100 / 12)
    total_dep = r2(sum(a for _, _, a in deps))
    total_chk = r2(sum(a for _, _, a in checks))
    total_card = r2(sum(a for _, _, a in card))
    ending = r2(begin + total_dep + dividend - total_chk - total_card)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.12, 0.3, 0.25))
        c.rect(40, 738, 6, 34, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 17)
        c.drawString(54, 754, "WHITCOMB & LANE")
        c.setFont("Helvetica", 7.5)
        c.drawString(54, 742, "SECURITIES  -  Member FINRA/SIPC  -  One Embarcadero West, San Francisco, CA 94111")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 758, "Cash Management Account")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 746, f"{long_date(start)} - {long_date(end)}")
        c.drawRightString(572, 735, f"Account {acct[:4]}-{acct[4:]}   Page {n} of 2")
        c.setLineWidth(0.5)
        c.line(40, 728, 572, 728)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 704
        for ln in [holder, *address]:
            c.drawString(54, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 620, "Account summary")
        c.setLineWidth(0.4)
        c.line(40, 614, 330, 614)
        rows = [("Opening balance", begin), ("Deposits and other credits", total_dep),
                ("Money market dividends reinvested", dividend), ("Checks paid", -total_chk),
                ("Debit card and electronic payments", -total_card), ("Closing balance", ending)]
        y = 600
        for k, v in rows:
            bold = k.endswith("balance")
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            c.drawString(44, y, k)
            c.drawRightString(326, y, ("-" if v < 0 else "") + "$" + money(abs(v)))
            y -= 14
        c.setLineWidth(0.5)
        c.rect(350, 508, 222, 112, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(358, 606, "YOUR CASH SWEEP")
        c.setFont("Helvetica", 8)
        paragraphs(c, 358, 592, 206, [
            "Your cash balance is swept each business night into the Whitcomb Government Money Market Fund "
            "(WGVXX), which pays dividends monthly. One share is priced at $1.00.",
            f"Seven-day yield at period end: {yield_pct:.2f}%"], font="Helvetica", size=8, leading=10, gap=4)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 470, "Holdings")
        c.line(40, 464, 572, 464)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((44, "DESCRIPTION"), (250, "SYMBOL")):
            c.drawString(x, 452, t)
        for x, t in ((400, "SHARES"), (470, "PRICE"), (568, "VALUE")):
            c.drawRightString(x, 452, t)
        c.setFont("Helvetica", 8.5)
        c.drawString(44, 438, "Whitcomb Government Money Market Fund")
        c.drawString(250, 438, "WGVXX")
        c.drawRightString(400, 438, f"{ending:,.3f}")
        c.drawRightString(470, 438, "1.00")
        c.drawRightString(568, 438, money(ending))
        c.setFont("Helvetica", 7)
        paragraphs(c, 40, 400, 532, [
            "Money market fund shares are not bank deposits and are not insured by the FDIC. Securities in your "
            "account are protected up to $500,000 by SIPC. Checking services are provided through the account's "
            "checks and debit card; see page 2 for account activity."], font="Helvetica", size=7, leading=9)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 706, "Checking activity")
        y = 684

        def section(title: str, heads: Sequence[str], rows: Sequence[Sequence[str]], total: float) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, title)
            y -= 13
            c.setFont("Helvetica-Bold", 7)
            c.drawString(44, y, heads[0])
            c.drawString(120, y, heads[1])
            c.drawRightString(568, y, heads[2])
            c.setLineWidth(0.4)
            c.line(40, y - 4, 572, y - 4)
            y -= 14
            c.setFont("Helvetica", 8.5)
            for a, b, amt in rows:
                c.drawString(44, y, a)
                c.drawString(120, y, b)
                c.drawRightString(568, y, amt)
                y -= 12
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(120, y, "Total")
            c.drawRightString(568, y, money(total))
            y -= 24

        section("Deposits and other credits", ("DATE", "DESCRIPTION", "AMOUNT"),
                [(d.strftime("%m/%d"), desc, money(a)) for d, desc, a in deps], total_dep)
        section("Money market dividends", ("DATE", "DESCRIPTION", "AMOUNT"),
                [(end.strftime("%m/%d"), "Dividend reinvested WGVXX", money(dividend))], dividend)
        section("Checks paid", ("DATE PAID", "CHECK NUMBER", "AMOUNT"),
                [(d.strftime("%m/%d"), f"Check {n}", money(a)) for n, d, a in checks], total_chk)
        section("Debit card and electronic payments", ("DATE", "DESCRIPTION", "AMOUNT"),
                [(d.strftime("%m/%d"), desc, money(a)) for d, desc, a in card], total_card)
        c.setFont("Helvetica", 7)
        c.drawString(40, y, "Checks are paid from your cash sweep. Keep this statement with your records.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- the an set's letters ------------------------------------------------------------------------------------


def pension_award(member: str, address: Sequence[str], date: dt.date, monthly: float, effective: dt.date,
                  plan: str, plan_addr: str, kind: str) -> Letter:
    """A public pension plan's NOTICE OF PENSION AWARD: a boxed award table, then the paragraphs."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 742, plan.upper())
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 730, plan_addr)
        c.setLineWidth(1.2)
        c.line(72, 722, W - 72, 722)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 698, long_date(date))
        y = 672
        for ln in [member, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, y - 14, "NOTICE OF PENSION AWARD")
        y -= 34
        y = paragraphs(c, 72, y, W - 144, [
            f"Dear {member.split()[0]} {member.split()[-1]}:",
            f"Your application for a {kind} has been approved. The details of your award are shown below."])
        rows = [("Member", member), ("Type of pension", kind.capitalize()), ("Form of payment", "Single life annuity"),
                ("Effective date", long_date(effective)), ("Monthly pension amount (gross)", "$" + money(monthly)),
                ("Paid", "Monthly, on the first business day of the month"),
                ("Federal income tax", "Taxable; withheld as elected on Form W-4P")]
        c.setLineWidth(0.6)
        top = y + 4
        c.rect(72, top - 16 * len(rows) - 4, W - 144, 16 * len(rows) + 4, stroke=1, fill=0)
        for i, (k, v) in enumerate(rows):
            yy = top - 14 - 16 * i
            c.setFont("Helvetica", 9)
            c.drawString(80, yy, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(290, yy, v)
            if i:
                c.line(72, yy + 12, W - 72, yy + 12)
        y = top - 16 * len(rows) - 26
        y = paragraphs(c, 72, y, W - 144, [
            "Your pension will continue for your lifetime. It may increase with the cost-of-living adjustment the "
            "Board of Trustees approves each July; you will receive a notice of any change.",
            "Please keep this notice. Lenders and agencies often ask for it as proof of income. If any information "
            "above is not correct, call Member Services at the number shown above."])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 6, "Member Services Division")
        c.drawString(72, y - 20, plan)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def ssa_statement(person: str, address: Sequence[str], date: dt.date, gross: float, part_b: float,
                  claim: str) -> Letter:
    """Social Security's benefit statement for a retiree: the facts in a ruled two-column table."""
    paid = math.floor(gross - part_b)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 740, "SOCIAL SECURITY ADMINISTRATION")
        c.setFont("Helvetica", 9)
        c.drawString(72, 727, "Retirement, Survivors and Disability Insurance")
        c.drawRightString(W - 72, 740, f"Date: {long_date(date)}")
        c.drawRightString(W - 72, 727, f"Claim number: {claim}")
        c.setLineWidth(0.8)
        c.line(72, 718, W - 72, 718)
        c.setFont("Helvetica", 10)
        y = 694
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 13
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, y - 18, "Benefit Statement")
        y = paragraphs(c, 72, y - 44, W - 144, [
            "You asked us for a statement of your Social Security benefits. The information below is current as of "
            "the date of this statement."], font="Helvetica", size=10, leading=13)
        rows = [("Name of beneficiary", person), ("Type of benefit", "Retirement insurance benefits"),
                ("Monthly benefit amount before any deductions", "$" + money(gross)),
                ("Medicare medical insurance (Part B) premium deducted", "$" + money(part_b)),
                ("Amount paid each month (rounded down to the dollar)", "$" + money(paid)),
                ("How often paid", "Monthly, on the second Wednesday of the month"),
                ("Paid to", "Direct deposit to the account on our records")]
        c.setLineWidth(0.5)
        y -= 4
        c.line(72, y + 12, W - 72, y + 12)
        for k, v in rows:
            c.setFont("Helvetica", 9)
            c.drawString(76, y, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(340, y, v if len(v) < 30 else "")
            if len(v) >= 30:
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(340, y, v)
            c.line(72, y - 5, W - 72, y - 5)
            y -= 17
        y = paragraphs(c, 72, y - 14, W - 144, [
            "Social Security benefits for a month are paid the following month. Some of your benefits may be "
            "taxable; each January we send you a Form SSA-1099 showing the benefits paid in the year before.",
            "If you have questions, call 1-800-772-1213 or visit your local Social Security office. Please have "
            "your claim number ready when you call."], font="Helvetica", size=9.5, leading=12.5)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, gross, "benefits_taxable")


def agency_fax_cover(agency: str, addr: str, phone: str, fax: str, counselor: str, to: str, to_fax: str,
                     date: dt.date, pages: int, re: str, note: str) -> Paper:
    """A HUD-approved counseling agency's fax cover sheet."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 736, agency)
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 724, f"A HUD-approved housing counseling agency  -  {addr}")
        c.drawString(72, 713, f"Phone {phone}  -  Fax {fax}")
        c.setFont("Helvetica-Bold", 34)
        c.drawString(72, 652, "FAX COVER SHEET")
        c.setLineWidth(0.6)
        rows = [("DATE", mdy(date)), ("TO", to), ("FAX", to_fax), ("FROM", f"{counselor}, Housing Counselor"),
                ("PHONE", phone), ("PAGES", f"{pages} (including this cover sheet)"), ("RE", re)]
        y = 610
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(150, y, v)
            c.line(72, y - 6, W - 72, y - 6)
            y -= 26
        paragraphs(c, 72, y - 10, W - 144, [note], font="Helvetica", size=10.5, leading=14)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(72, 120, "CONFIDENTIAL: this transmission contains the client's personal financial information. "
                              "If you received it")
        c.drawString(72, 110, "in error, please call the sender and destroy the pages.")
        return []

    return Paper([page])


# --- the an set's applications -------------------------------------------------------------------------------


def box(c: Canvas, x: float, y: float, checked: bool, size: float = 8.0) -> None:
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        c.setFont("Helvetica-Bold", size + 1)
        c.drawCentredString(x + size / 2, y + 1, "X")


def bi_cell(c: Canvas, x: float, top: float, w: float, es: str, en: str, value: str, h: float = 18.0,
            right: bool = False) -> float:
    """A bilingual label on two stacked lines - Spanish in bold, English in italics under it - and the answer
    typed in a boxed cell beneath. Returns the cell's bottom."""
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x, top - 8, es)
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(x, top - 16, en)
    c.setLineWidth(0.6)
    c.rect(x, top - 20 - h, w, h, stroke=1, fill=0)
    c.setFont("Courier", 10)
    if right:
        c.drawRightString(x + w - 4, top - 20 - h + 5, value)
    else:
        c.drawString(x + 4, top - 20 - h + 5, value)
    return top - 20 - h


def bi_band(c: Canvas, y: float, es: str, en: str) -> float:
    c.setFillColor(Color(0.78, 0.88, 0.86))
    c.rect(50, y - 22, 512, 24, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(56, y - 8, es)
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(56, y - 18, en)
    return y - 30


def bi_yes_no(c: Canvas, x: float, y: float, es: str, en: str, yes: bool) -> None:
    """A yes / no question: the question in two lines and 'Sí / Yes  No' boxes at the right."""
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x, y, es)
    c.setFont("Helvetica-Oblique", 7)
    c.drawString(x, y - 9, en)
    box(c, 430, y - 6, yes)
    c.setFont("Helvetica", 8.5)
    c.drawString(442, y - 5, "Sí / Yes")
    box(c, 492, y - 6, not yes)
    c.drawString(504, y - 5, "No")


BI_HARDSHIPS = (("Desempleo", "Unemployment"), ("Reducción de ingresos", "Reduction in income"),
                ("Aumento de gastos de vivienda", "Increase in housing expenses"),
                ("Desastre natural o causado por el hombre", "Disaster (natural or man-made)"),
                ("Discapacidad o enfermedad grave", "Disability or serious illness"),
                ("Divorcio o separación legal", "Divorce or legal separation"),
                ("Separación de co-prestatarios no casados", "Separation of unmarried co-borrowers"),
                ("Muerte de un prestatario o asalariado", "Death of a borrower or wage earner"),
                ("Traslado de empleo a larga distancia", "Distant employment transfer / relocation"),
                ("Otra (explique abajo)", "Other (explain below)"))
BI_INCOME = (("Sueldos, salarios, horas extra, propinas, bonos", "Wages, salaries, overtime, tips, bonuses"),
             ("Ingresos de trabajo por cuenta propia", "Self-employment income"),
             ("Beneficios de desempleo", "Unemployment benefits"),
             ("Seguro Social, pensión, discapacidad (gravables)", "Social Security, pension, disability (taxable)"),
             ("Seguro Social o discapacidad no gravables", "Non-taxable Social Security or disability"),
             ("Ingresos de alquiler (netos)", "Rental income (net)"),
             ("Ingresos de inversiones o seguros", "Investment or insurance income"),
             ("Otros ingresos (pensión alimenticia, manutención)", "Other income (alimony, child support)"))
BI_OCC = (("Residencia principal", "Primary residence"), ("Segunda vivienda", "Second home"),
          ("Inversión o alquiler", "Investment or rental"))


def solicitud(app: App, ink: bool) -> Paper:
    """Costa Serena Mortgage Servicing's bilingual two-page 'Solicitud de Asistencia / Assistance Application'."""

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.05, 0.4, 0.42))
        c.circle(66, 744, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(66, 740, "CS")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(88, 746, "COSTA SERENA")
        c.setFont("Helvetica", 7.5)
        c.drawString(88, 736, "Servicios Hipotecarios / Mortgage Servicing  -  PO Box 4410, Tucson, AZ 85717")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 750, "Solicitud de Asistencia")
        c.setFont("Helvetica-Oblique", 10.5)
        c.drawRightString(562, 738, "Assistance Application")
        c.setFont("Helvetica", 7)
        c.drawRightString(562, 727, f"Formulario CS-710B (03/2038)  -  Página {n} de 2 / Page {n} of 2")
        c.setLineWidth(1)
        c.line(50, 720, 562, 720)

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        paragraphs(c, 50, 708, 512, [
            "Complete todas las secciones en letra de molde y firme en la página 2. / Complete every section in print "
            "and sign on page 2. Llame al (520) 555-0140 si necesita ayuda. / Call (520) 555-0140 if you need help."],
            font="Helvetica", size=7.5, leading=9.5)
        y = bi_band(c, 684, "1. Información del prestatario", "Borrower information")
        bi_cell(c, 50, y, 130, "Número de préstamo", "Loan number", app.loan)
        bi_cell(c, 190, y, 262, "Nombre del prestatario", "Borrower name", app.borrower)
        y = bi_cell(c, 462, y, 100, "Últimos 4 del Seguro Social", "SSN last 4", app.ssn[-4:]) - 6
        bi_cell(c, 50, y, 402, "Nombre del co-prestatario", "Co-borrower name", app.co or "")
        y = bi_cell(c, 462, y, 100, "Últimos 4 del Seguro Social", "SSN last 4", (app.co_ssn or "")[-4:]) - 6
        bi_cell(c, 50, y, 180, "Teléfono", "Phone", app.phone)
        y = bi_cell(c, 240, y, 322, "Correo electrónico", "E-mail", app.email) - 14
        bi_yes_no(c, 50, y, "¿Algún prestatario está en servicio militar activo?", "Is any borrower on active "
                  "military duty?", False)
        y = bi_band(c, y - 22, "2. Información de la propiedad", "Property information")
        bi_cell(c, 50, y, 230, "Dirección de la propiedad", "Property address", app.street)
        bi_cell(c, 290, y, 140, "Ciudad", "City", app.city)
        bi_cell(c, 440, y, 44, "Estado", "State", app.state)
        y = bi_cell(c, 494, y, 68, "Código postal", "ZIP code", app.zip) - 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "La propiedad es:")
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(50, y - 9, "The property is:")
        for i, (es, en) in enumerate(BI_OCC):
            x = 150 + i * 140
            box(c, x, y - 6, app.occupancy == OCCUPANCIES[i])
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 12, y, es)
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(x + 12, y - 9, en)
        y -= 28
        bi_yes_no(c, 50, y, "¿Está la propiedad a la venta?", "Is the property listed for sale?", False)
        y -= 24
        bi_yes_no(c, 50, y, "¿Paga cuotas de asociación de propietarios (HOA)?", "Do you pay homeowners' "
                  "association (HOA) dues?", False)
        y = bi_band(c, y - 22, "3. Dificultad económica", "Hardship")
        bottom = bi_cell(c, 50, y, 120, "Fecha en que comenzó (mm/dd/aaaa)", "Date it began (mm/dd/yyyy)",
                         mdy(app.start))
        for i, (es, en, k) in enumerate((("Corto plazo (6 meses o menos)", "Short-term (6 months or less)", "short"),
                                         ("Largo plazo o permanente", "Long-term or permanent", "long"),
                                         ("Ya resuelta", "Already resolved", "resolved"))):
            x = 190 + i * 125
            box(c, x, bottom + 8, app.duration == k)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 12, bottom + 14, es)
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(x + 12, bottom + 5, en)
        y = bottom - 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "Causa de la dificultad (marque todas las que correspondan):")
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(50, y - 9, "Cause of the hardship (mark all that apply):")
        y -= 26
        for i, (es, en) in enumerate(BI_HARDSHIPS):
            col, row = divmod(i, 5)
            x = 50 + col * 256
            yy = y - row * 22
            box(c, x, yy - 6, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 12, yy, es)
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(x + 12, yy - 9, en)
        y -= 5 * 22
        bi_cell(c, 50, y, 512, "Explicación de la dificultad", "Explanation of the hardship", app.other_text)
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = bi_cell(c, 50, 712, 130, "Número de préstamo", "Loan number", app.loan) - 8
        y = bi_band(c, y, "4. Ingresos mensuales del hogar (antes de impuestos)",
                    "Monthly household income (before taxes)")
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(502, y + 1, "$ POR MES / PER MONTH")
        y -= 8
        for i, (es, en) in enumerate(BI_INCOME):
            amount = app.income.get(INCOMES[i], 0.0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(50, y - 8, es)
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(50, y - 17, en)
            c.setLineWidth(0.6)
            c.rect(442, y - 21, 120, 20, stroke=1, fill=0)
            c.setFont("Helvetica", 9)
            c.drawString(432, y - 15, "$")
            if amount > 0:
                c.setFont("Courier", 10)
                c.drawRightString(558, y - 15, money(amount))
            c.setLineWidth(0.3)
            c.setStrokeGray(0.6)
            c.line(50, y - 24, 430, y - 24)
            c.setStrokeColor(black)
            y -= 26
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y - 8, "Total mensual")
        c.setFont("Helvetica-BoldOblique", 8)
        c.drawString(50, y - 17, "Monthly total")
        c.setLineWidth(1.2)
        c.rect(442, y - 21, 120, 20, stroke=1, fill=0)
        c.setFont("Courier-Bold", 10)
        c.drawString(432, y - 15, "$")
        c.drawRightString(558, y - 15, money(app.total))
        y = bi_band(c, y - 36, "5. Certificación y firmas", "Certification and signatures")
        y = paragraphs(c, 50, y - 4, 512, [
            "Certifico que la información de esta solicitud es verdadera y que la dificultad descrita contribuyó a mi "
            "necesidad de ayuda. Autorizo a Costa Serena a obtener mi informe de crédito y a comunicarse conmigo por "
            "teléfono o correo electrónico.",
            "I certify that the information in this application is true and that the hardship described contributed "
            "to my need for help. I authorize Costa Serena to obtain my credit report and to contact me by phone or "
            "e-mail."], font="Helvetica", size=7.5, leading=9.5, gap=5)
        marks: list[Mark] = []
        y -= 8
        people = [("Firma del prestatario", "Borrower signature", app.b_signs, app.b_dates, 0),
                  ("Firma del co-prestatario", "Co-borrower signature", bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, 1)]
        for es, en, signs, dates, k in people:
            bottom = bi_cell(c, 50, y, 330, es, en, "", h=30)
            bi_cell(c, 400, y, 162, "Fecha (mm/dd/aaaa)", "Date (mm/dd/yyyy)", "", h=30)
            if signs:
                marks.append(Mark("sig", 70, bottom + 6, w=200, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 410, bottom + 9, mdy(app.signed_on), size=12, seed=app.seed + 5 + k))
                else:
                    c.setFont("Courier", 11)
                    c.drawString(410, bottom + 10, mdy(app.signed_on))
            y = bottom - 10
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 40, "Envíe esta solicitud con sus documentos. / Send this application with your "
                                       "documents.")
        return marks

    return Paper([page1, page2])


HCC_HARDSHIP_WORDS = {"unemployment": "Unemployment - job loss", "reduction_in_income": "Reduction in income",
                      "increase_in_housing_expenses": "Increase in housing expenses",
                      "disaster": "Disaster damage to the home",
                      "disability_or_illness": "Illness or disability in the household",
                      "divorce_or_separation": "Divorce / legal separation",
                      "separation_unmarried": "Separation from unmarried co-owner",
                      "death": "Death of spouse (primary wage earner)",
                      "relocation": "Distant job transfer", "other": "Other (see counselor summary)"}
HCC_OCC = {"primary_residence": "Primary residence - client lives in the home",
           "second_home": "Second home", "investment_property": "Investment / rental property"}
HCC_INCOME = ("Wages, salary, overtime, tips, bonuses", "Self-employment income", "Unemployment benefits",
              "Social Security, pension, disability - taxable", "Social Security / disability - non-taxable",
              "Rental income (net of expenses)", "Investment or insurance income",
              "Other: alimony, child support, other")


@dataclass(frozen=True)
class Agency:
    name: str
    addr: str
    phone: str
    fax: str
    hud_id: str
    counselor: str
    counselor_id: str


def hcc_intake(app: App, ag: Agency, servicer: str, session: dt.date, file_no: str, summary: str,
               ink: bool) -> Paper:
    """A HUD-approved counseling agency's two-page intake the counselor typed: tables with horizontal rules only,
    bold labels on the left, answers in a column to the right; the client signs and dates at the end."""
    lx, ax = 54.0, 250.0

    def header(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(54, 744, ag.name.upper())
        c.setFont("Helvetica", 8)
        c.drawString(54, 732, f"HUD-approved housing counseling agency (HUD agency ID {ag.hud_id})  -  {ag.addr}")
        c.drawString(54, 722, f"Phone {ag.phone}  -  Fax {ag.fax}")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(54, 702, "Foreclosure Prevention Intake - Request for Mortgage Assistance")
        c.setFont("Helvetica", 8)
        c.drawRightString(558, 702, f"Page {n} of 2")
        c.setLineWidth(1.6)
        c.line(54, 694, 558, 694)

    def section(c: Canvas, y: float, title: str, rows: Sequence[tuple[str, str]]) -> float:
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(Color(0.2, 0.25, 0.5))
        c.drawString(lx, y, title.upper())
        c.setFillColor(black)
        c.setLineWidth(1)
        c.line(lx, y - 5, 558, y - 5)
        y -= 19
        for k, v in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(lx, y, k)
            lines = wrap(v, "Helvetica", 9.5, 558 - ax) or [""]
            c.setFont("Helvetica", 9.5)
            for i, ln in enumerate(lines):
                c.drawString(ax, y - 12 * i, ln)
            y -= 12 * (len(lines) - 1)
            c.setLineWidth(0.3)
            c.line(lx, y - 5, 558, y - 5)
            y -= 18
        return y - 8

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        y = section(c, 676, "Counseling session", [
            ("Housing counselor", ag.counselor), ("HUD counselor ID", ag.counselor_id),
            ("Session date", mdy(session)), ("Client file number", file_no)])
        y = section(c, y, "Client", [
            ("Client (borrower) name", app.borrower), ("Last 4 of SSN", app.ssn[-4:]),
            ("Co-client (co-borrower) name", app.co or "None"),
            ("Co-client last 4 of SSN", (app.co_ssn or "")[-4:] or "None"),
            ("Phone", app.phone), ("E-mail", app.email)])
        y = section(c, y, "Mortgage and property", [
            ("Servicer", servicer), ("Servicer loan number", app.loan), ("Property address", app.address),
            ("Occupancy", HCC_OCC[app.occupancy]), ("Active military duty", "No"), ("Property listed for sale", "No")])
        section(c, y, "Hardship", [
            ("Hardship reason(s)", "; ".join(HCC_HARDSHIP_WORDS[h] for h in HARDSHIPS if h in app.hardships)),
            ("Hardship began (mm/dd/yyyy)", mdy(app.start)),
            ("Expected duration", {"short": "Short-term (6 months or less)", "long": "Long-term (over 6 months)"}
             .get(app.duration, "Resolved")),
            ("Counselor summary", summary)])
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        c.setFont("Helvetica", 8.5)
        c.drawString(54, 680, f"Client: {app.borrower}   -   Loan number: {app.loan}   -   File: {file_no}")
        y = 652
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(Color(0.2, 0.25, 0.5))
        c.drawString(lx, y, "MONTHLY HOUSEHOLD INCOME (GROSS, BEFORE TAXES)")
        c.setFillColor(black)
        c.drawRightString(558, y, "$ PER MONTH")
        c.setLineWidth(1)
        c.line(lx, y - 5, 558, y - 5)
        y -= 19
        for k, label in zip(INCOMES, HCC_INCOME, strict=True):
            v = app.income.get(k, 0.0)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(lx, y, label)
            c.setFont("Helvetica", 9.5)
            c.drawRightString(558, y, money(v) if v > 0 else "0.00")
            c.setLineWidth(0.3)
            c.line(lx, y - 5, 558, y - 5)
            y -= 18
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(lx, y, "TOTAL MONTHLY HOUSEHOLD INCOME")
        c.drawRightString(558, y, money(app.total))
        c.setLineWidth(1)
        c.line(lx, y - 5, 558, y - 5)
        y -= 36
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(Color(0.2, 0.25, 0.5))
        c.drawString(lx, y, "CLIENT CERTIFICATION AND AUTHORIZATION")
        c.setFillColor(black)
        c.line(lx, y - 5, 558, y - 5)
        y = paragraphs(c, lx, y - 20, 504, [
            f"I certify that the information above is true and complete, and that the hardship described contributed "
            f"to my need for mortgage assistance. I authorize {ag.name} to submit this request and my documents to "
            f"my servicer on my behalf and to discuss my loan with it, and I consent to my servicer obtaining a "
            f"credit report. Knowingly false statements may violate federal law."],
            font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        y -= 36
        people = [("Client signature", app.b_signs, app.b_dates, 0),
                  ("Co-client signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for label, signs, dates, k in people:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(lx, y, label)
            c.drawString(400, y, "Date")
            c.setLineWidth(0.5)
            c.line(lx, y - 5, 558, y - 5)
            if signs:
                marks.append(Mark("sig", 160, y - 2, w=180, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 440, y - 1, mdy(app.signed_on), size=12, seed=app.seed + 5 + k))
                else:
                    c.setFont("Helvetica", 9.5)
                    c.drawString(440, y, mdy(app.signed_on))
            y -= 40
        c.setFont("Helvetica-Bold", 9)
        c.drawString(lx, y, "Prepared by")
        c.setFont("Helvetica", 9.5)
        c.drawString(160, y, f"{ag.counselor}, housing counselor (HUD counselor ID {ag.counselor_id})")
        c.line(lx, y - 5, 558, y - 5)
        c.setFont("Helvetica", 7)
        c.drawString(lx, 60, "Housing counseling is free of charge. This agency does not make or service loans.")
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

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan,
             header: Callable[[int, int], str] | None = None) -> None:
        """An image-only file of the given documents; a fax gets the sending machine's header line on each page."""
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        if header is not None:
            for i, sheet in enumerate(sheets):
                stamp_header(sheet, header(i + 1, len(sheets)), style.dpi)
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





WH_AIR = Withholding(0.1, 0.025, True, (("AFA union dues", 43.50), ("401(k) 5%", 88.00)))
WH_PILOT = Withholding(0.14, 0.025, True, (("ALPA dues", 96.00), ("401(k)", 310.00), ("Medical", 74.20)))
WH_HALL = Withholding(0.09, 0.0, True, (("Local 17 working dues", 42.00),))
WH_HALL_CA = Withholding(0.09, 0.03, True, (("Local 29 working dues", 39.00),))
WH_HOSP = Withholding(0.1, 0.0, True, (("Medical plan", 88.60), ("403(b)", 60.00)))
WH_HOSP_NE = Withholding(0.09, 0.035, True, (("Medical plan", 104.15),))
GRANITE = "Granite Arch Loan Servicing"
RIVERBEND = Agency("Riverbend Housing Counseling Center", "410 Front Street, Marietta, OH 45750", "(740) 555-0142",
                   "(740) 555-0143", "80931", "Alicia M. Brandt", "HC-447201")
PRAIRIE = Agency("Prairie Roots Homeownership Center", "1220 O Street, Suite 4, Lincoln, NE 68508",
                 "(402) 555-0118", "(402) 555-0119", "81177", "Thomas E. Vick", "HC-582090")


def fax_stamp(sender: str, number: str, when: dt.datetime) -> Callable[[int, int], str]:
    def header(n: int, total: int) -> str:
        return f"{when.strftime('%b-%d-%Y %I:%M%p').upper()}  FROM: {sender}  {number}   P.{n:03d}/{total:03d}"

    return header


def packet_an1(seed: int) -> Packet:
    received = dt.date(2038, 3, 24)
    addr = ["5521 Calle Mirasol", "Tucson, AZ 85746"]
    stubs = [airline_stub(random.Random(seed * 7 + 1), "Sunmesa Airlines", "2150 Aviation Parkway, Tucson, AZ 85756",
                          "Yesenia M. Carrasco", "SM40718", "Flight Attendant", "TUS", d, 38.65,
                          ("Language qualification pay (Spanish)", 45.00), WH_AIR)
             for d in (dt.date(2038, 3, 7), dt.date(2038, 3, 22))]
    app = App("3306174482", "Yesenia M. Carrasco", "934-52-7718", "5521 Calle Mirasol", "Tucson", "AZ", "85746",
              "(520) 555-0163", "ycarrasco@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2037, 11, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2038, 3, 23), seed=seed + 11)
    p = Packet("an1", received, app, [])
    loan = app.loan
    p.pdf(f"{loan}_solicitud.pdf", paper_pdf(solicitud(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{loan}_crew_pay_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    on = dt.date(2038, 3, 23)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Costa Serena Mortgage Servicing", [
        "Since November my airline has cut the Tucson schedule and most of the trips I used to fly were moved "
        "to other bases. As a flight attendant I am paid by the credit hour, so fewer trips mean a smaller check, "
        "about a third less than last year.",
        "I do not want to transfer away from my family. I am asking for a modification so that my payment fits "
        "what I earn now."], ink=False, seed=seed)
    p.pdf(f"{loan}_carta_dificultad.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_an2(seed: int) -> Packet:
    received = dt.date(2038, 5, 18)
    addr = ["87 Tupper Street", "Marietta, OH 45750"]
    pension = pension_award("Loretta J. Pennington", addr, dt.date(2038, 4, 2), 1318.40, dt.date(2038, 4, 1),
                            "Ohio Valley School Employees Pension Plan",
                            "300 Harmar Avenue, Marietta, OH 45750  -  Member Services (740) 555-0177",
                            "service retirement pension")
    ssa = ssa_statement("Loretta J. Pennington", addr, dt.date(2038, 3, 3), 1624.90, 185.00, "942-61-3358A")
    app = App("5150447621", "Loretta J. Pennington", "942-61-3358", "87 Tupper Street", "Marietta", "OH", "45750",
              "(740) 555-0129", "lpennington@example.org", "primary_residence", ["death"], dt.date(2038, 1, 26),
              "long", {"benefits_taxable": r2(1318.40 + 1624.90)}, dt.date(2038, 5, 14), seed=seed + 21)
    p = Packet("an2", received, app, ["hardship_doc:death"])
    style = Scan(dpi=200, tilt=0.4, blur=0.4, noise=0.0007, fax=True)
    on = dt.date(2038, 5, 14)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, GRANITE, [
        "My husband Harold passed away on January 26 of this year. He drove a school bus and did maintenance work, "
        "and his pay was most of what we lived on. I have my own small pension and my Social Security, but "
        "without his income I cannot make the full mortgage payment.",
        "My counselor at Riverbend is helping me apply. I would like to stay in my home and ask to be considered "
        "for a modification."], ink=True, seed=seed + 2)
    summary = ("Client widowed in January; spouse was the main earner. Client's income is now her school pension "
               "and Social Security. Client wants to keep the home.")
    cover = agency_fax_cover(RIVERBEND.name, RIVERBEND.addr, RIVERBEND.phone, RIVERBEND.fax, RIVERBEND.counselor,
                             f"{GRANITE} - Loss Mitigation", "(855) 555-0190", received, 6,
                             f"Loretta J. Pennington - loan {app.loan}",
                             "Attached please find our client's mortgage assistance request with her income "
                             "documents and hardship letter. Please direct questions to the counselor above; the "
                             "client's authorization is on page 2 of the intake.")
    p.scan("FAX_20380518_141502.pdf", [
        (None, scan_paper(cover, style, seed + 200)),
        (app_doc(), scan_paper(hcc_intake(app, RIVERBEND, GRANITE, dt.date(2038, 5, 14), "RB-38-0412", summary,
                                          ink=True), style, seed + 201)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 202)),
        (letter_doc(ssa), scan_paper(ssa.paper, style, seed + 203)),
        (hardship_doc(on), scan_paper(hl, style, seed + 204))], style,
        header=fax_stamp("RIVERBEND HCC", "740 555 0143", dt.datetime(2038, 5, 18, 14, 15)))
    return p


def packet_an3(seed: int) -> Packet:
    received = dt.date(2038, 7, 9)
    addr = ["218 Pilings Row", "Port Halvard, WA 98368"]
    assoc = ("Salish Coast Maritime Employers Association", "2600 Alaskan Way, Seattle, WA 98121",
             "Longshore Workers Local 17 Joint Dispatch Hall")
    stubs = [hall_stub(random.Random(seed * 7 + 3), *assoc, "Tobias K. Lindqvist", "A-117204", d, 41.20, WH_HALL)
             for d in (dt.date(2038, 6, 24), dt.date(2038, 7, 1))]
    co_stub = hospital_two_up(random.Random(seed * 7 + 4), "Jefferson Bay General Hospital",
                              "900 Sheridan Street, Port Halvard, WA 98368", "Marisa A. Lindqvist", "0062318",
                              "Labor & Delivery", dt.date(2038, 6, 25), 39.50, WH_HOSP)
    app = App("0072519836", "Tobias K. Lindqvist", "951-27-8840", "218 Pilings Row", "Port Halvard", "WA", "98368",
              "(360) 555-0175", "tk.lindqvist@example.com", "primary_residence",
              ["reduction_in_income", "disability_or_illness"], dt.date(2038, 2, 15), "short",
              {"wages": r2(stubs[-1].monthly + co_stub.monthly)}, dt.date(2038, 7, 2),
              co="Marisa A. Lindqvist", co_ssn="951-60-2217", seed=seed + 31)
    p = Packet("an3", received, app, [])
    on = dt.date(2038, 7, 2)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Fannie Mae loan servicer", [
        "In February I hurt my back lashing containers and was off work for eleven weeks on a small state "
        "time-loss payment. I am cleared for light jobs again, but the hall can only dispatch me three or four "
        "shifts a week until my doctor releases me fully.",
        "My wife works as a nurse and has picked up extra shifts, but we fell three payments behind while I was "
        "out. We ask for a modification or a plan that lets us catch up."], ink=True, seed=seed + 3)
    folder = app.loan
    s300 = Scan(dpi=300, tilt=0.3, blur=0.6, noise=0.0004)
    s200 = Scan(dpi=200, tilt=0.45, blur=0.5, noise=0.0006)
    s240 = Scan(dpi=240, tilt=0.35, blur=0.5, noise=0.0005)
    p.scan(f"{folder}/scan0001.pdf", [(app_doc(), form710_ink(app, s300, seed + 300))], s300)
    p.scan(f"{folder}/scan0002.pdf", [(stub_doc(stubs[0]), scan_paper(stubs[0].paper, s300, seed + 301))], s300)
    p.scan(f"{folder}/IMG_2231.pdf", [(stub_doc(stubs[1]), scan_paper(stubs[1].paper, s200, seed + 302))], s200)
    # the same stub again, scanned a second time on another machine: a duplicate copy of one document
    p.scan(f"{folder}/IMG_2232.pdf", [(stub_doc(stubs[1]), scan_paper(stubs[1].paper, s240, seed + 303))], s240)
    p.scan(f"{folder}/scan0003.pdf", [(stub_doc(co_stub), scan_paper(co_stub.paper, s300, seed + 304))], s300)
    p.scan(f"{folder}/scan0004.pdf", [(hardship_doc(on), scan_paper(hl, s300, seed + 305))], s300)
    return p


def packet_an4(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2038, 6, 15)
    addr = ["3140 South Mesquite Lane", "Tucson, AZ 85713"]
    stub = hospital_two_up(random.Random(seed * 7 + 5), "Santa Cruz Valley Medical Center",
                           "1800 West Ajo Way, Tucson, AZ 85713", "Rafael A. Montoya", "0117745", "Respiratory Therapy",
                           dt.date(2038, 3, 5), 36.80, Withholding(0.09, 0.025, True, (("Medical plan", 72.30),)))
    net = stub.fields["net_current"]
    credits = [(6, "SANTA CRUZ VALLEY MC PAYROLL", r2(net - 41.17)), (20, "SANTA CRUZ VALLEY MC PAYROLL",
                                                                          r2(net + 12.40))]
    stmt = ledger_statement(rng, "Rafael A. Montoya", addr, "40022719", 2038, 5, 1288.35, credits,
                            "COSTA SERENA MTG PMT")
    app = App("8841206537", "Rafael A. Montoya", "926-44-1093", "3140 South Mesquite Lane", "Tucson", "AZ", "85713",
              "(520) 555-0191", "rmontoya@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2038, 1, 1), "long", {"wages": stub.monthly}, dt.date(2038, 6, 8), seed=seed + 41)
    p = Packet("an4", received, app, ["income_doc:wages"])
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0005)
    on = dt.date(2038, 6, 8)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Costa Serena Mortgage Servicing", [
        "In January my homeowner's insurance was not renewed after the hail claims in our area, and the new "
        "policy costs almost three times as much. Together with the higher county taxes my escrow payment went "
        "up by $388 a month.",
        "My pay at the medical center has not changed. I am asking for help to lower the payment."],
        ink=True, seed=seed + 4)
    p.scan("Escaneo_2038-06-15.pdf", [
        (app_doc(), scan_paper(solicitud(app, ink=True), style, seed + 400)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 401)),
        (stmt_doc(stmt), scan_paper(stmt.paper, style, seed + 402)),
        (hardship_doc(on), scan_paper(hl, style, seed + 403))], style)
    return p


def packet_an5(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2038, 8, 20)
    addr = ["1907 Saltillo Road", "Lincoln, NE 68512"]
    pay = 1183.62
    c1 = [(3, "LPS PAYROLL DIR DEP", pay), (10, "NE CSPC CHILD SUPPORT", 325.00), (17, "LPS PAYROLL DIR DEP", pay),
          (24, "NE CSPC CHILD SUPPORT", 325.00)]
    c2 = [(1, "LPS PAYROLL DIR DEP", pay), (7, "NE CSPC CHILD SUPPORT", 325.00), (15, "LPS PAYROLL DIR DEP", pay),
          (21, "NE CSPC CHILD SUPPORT", 325.00), (29, "LPS PAYROLL DIR DEP", pay)]
    s1 = ledger_statement(rng, "Danielle R. Osei", addr, "40118852", 2038, 6, 842.16, c1, "GRANITE ARCH MTG")
    s2 = ledger_statement(rng, "Danielle R. Osei", addr, "40118852", 2038, 7, s1.fields["ending_balance"], c2,
                          "GRANITE ARCH MTG")
    app = App("4418820375", "Danielle R. Osei", "973-08-5521", "1907 Saltillo Road", "Lincoln", "NE", "68512",
              "(402) 555-0133", "danielle.osei@example.net", "primary_residence", ["other"], dt.date(2038, 1, 10),
              "short", {"wages": 2564.51, "other": 650.00}, dt.date(2038, 8, 12), seed=seed + 51)
    p = Packet("an5", received, app, [])
    summary = ("Child support from the client's former husband stopped from January to May while he was between "
               "jobs; payments resumed in June through the state disbursement unit. Client fell four payments "
               "behind and asks for a repayment plan or modification.")
    loan = app.loan
    p.pdf(f"{loan} intake.pdf", paper_pdf(hcc_intake(app, PRAIRIE, GRANITE, dt.date(2038, 8, 12), "PR-0881", summary,
                                                     ink=False)), (app_doc(), 2))
    p.pdf(f"{loan} bank June.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 3))
    p.pdf(f"{loan} bank July.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 3))
    on = dt.date(2038, 8, 12)
    hl = hardship_letter(app.borrower, None, addr, loan, on, GRANITE, [
        "From January through May my children's father did not pay the child support the court ordered, $650 a "
        "month, because he lost his job. I work for the school district as a paraeducator and my pay alone did "
        "not cover the mortgage, the day care and the utilities.",
        "The support payments started again in June and are coming through the state again, as my bank "
        "statements show. I need help catching up on the payments I missed."], ink=False, seed=seed)
    p.pdf(f"{loan} letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_an6(seed: int) -> Packet:
    received = dt.date(2038, 9, 14)
    addr = ["640 Avenida Alvarado", "Chula Vista, CA 91910"]
    assoc = ("Harbor Pacific Maritime Employers", "1150 Harbor Drive, San Diego, CA 92101",
             "Longshore Workers Local 29 Hiring Hall")
    stubs = [hall_stub(random.Random(seed * 7 + 6), *assoc, "Julio C. Arriaga", "B-290318", d, 47.15, WH_HALL_CA)
             for d in (dt.date(2038, 9, 2), dt.date(2038, 9, 9))]
    pension = pension_award("Beatriz L. Arriaga", addr, dt.date(2038, 7, 20), 912.75, dt.date(2038, 8, 1),
                            "San Diego County Employees Retirement Fund",
                            "2400 Pacific Highway, San Diego, CA 92101  -  (619) 555-0150", "early service retirement")
    app = App("6093317248", "Julio C. Arriaga", "918-37-6604", "640 Avenida Alvarado", "Chula Vista", "CA", "91910",
              "(619) 555-0147", "jarriaga@example.com", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], dt.date(2038, 4, 1), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 912.75}, dt.date(2038, 9, 10),
              co="Beatriz L. Arriaga", co_ssn="918-52-0731", co_signs=False, seed=seed + 61)
    p = Packet("an6", received, app, ["application_signature"])
    loan = app.loan
    style = Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0006)
    p.scan(f"{loan}-solicitud.pdf", [(app_doc(), scan_paper(solicitud(app, ink=True), style, seed + 600))], style)
    for s in stubs:
        p.pdf(f"{loan}-talon-{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan}-pension.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    return p


def packet_an7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2038, 10, 19)
    addr = ["2245 Sumner Street", "Lincoln, NE 68502"]
    stubs = [airline_stub(random.Random(seed * 7 + 7), "Cardinal Plains Airlines", "3400 NW 12th Street, Lincoln, NE "
                          "68524", "Nathaniel P. Grunwald", "CP2291", "First Officer", "LNK", d, 91.40, None, WH_PILOT)
             for d in (dt.date(2038, 9, 22), dt.date(2038, 10, 7))]
    net = stubs[-1].fields["net_current"]
    c1 = [(1, "RENT DEPOSIT UNIT B", 1150.00), (7, "CARDINAL PLAINS PAYROLL", r2(net - 133.21)),
          (22, "CARDINAL PLAINS PAYROLL", r2(net + 64.05))]
    c2 = [(2, "RENT DEPOSIT UNIT B", 1150.00), (8, "CARDINAL PLAINS PAYROLL", r2(net - 12.77)),
          (22, "CARDINAL PLAINS PAYROLL", r2(net + 8.30))]
    s1 = ledger_statement(rng, "Nathaniel P. Grunwald", addr, "40300917", 2038, 8, 2210.48, c1, "GRANITE ARCH MTG")
    s2 = ledger_statement(rng, "Nathaniel P. Grunwald", addr, "40300917", 2038, 9, s1.fields["ending_balance"], c2,
                          "GRANITE ARCH MTG")
    app = App("7205583194", "Nathaniel P. Grunwald", "965-14-2283", "2245 Sumner Street", "Lincoln", "NE", "68502",
              "(402) 555-0171", "npgrunwald@example.com", "primary_residence", ["disaster"], dt.date(2038, 6, 28),
              "short", {"wages": stubs[-1].monthly, "rental": 1150.00}, dt.date(2038, 10, 14), seed=seed + 71)
    p = Packet("an7", received, app, ["irs_form_4506c"])
    style = Scan(dpi=200, tilt=0.35, blur=0.5, noise=0.0006)
    summary = ("Hail storm of June 28 damaged the roof of the client's duplex; the insurer paid less the deductible "
               "and the client paid the balance of the roof and the interior repairs. The second unit was empty "
               "for two months during repairs.")
    on = dt.date(2038, 10, 14)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, GRANITE, [
        "On June 28 a hail storm tore the roof off the duplex I live in and rent out half of. My insurance paid, "
        "less a $5,000 wind and hail deductible, and I paid the rest of the roof and ceiling repairs myself. My "
        "tenant moved out until the unit was repaired in August.",
        "I used my savings and fell behind on the mortgage. I ask for a short forbearance or repayment plan."],
        ink=True, seed=seed + 7)
    p.scan("ClientDocs_PR-0917.pdf", [
        (app_doc(), scan_paper(hcc_intake(app, PRAIRIE, GRANITE, dt.date(2038, 10, 14), "PR-0917", summary,
                                          ink=True), style, seed + 700)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 701)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 702)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 703)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 704)),
        (hardship_doc(on), scan_paper(hl, style, seed + 705))], style)
    return p


def packet_an8(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2038, 11, 16)
    addr = ["76 Camino del Cerro", "Salinas, CA 93906"]
    ssa = ssa_statement("Graciela T. Ybarra", addr, dt.date(2038, 9, 30), 1488.00, 0.00, "929-70-4416A")
    c1 = [(5, "ALIMONY PMT R YBARRA", 700.00), (14, "SSA TREAS 310 XXSOC SEC", 1488.00)]
    c2 = [(5, "ALIMONY PMT R YBARRA", 700.00), (12, "SSA TREAS 310 XXSOC SEC", 1488.00)]
    s1 = cma_statement(rng, "GRACIELA T YBARRA", addr, "58210647", 2038, 9, 6412.83, c1, 3.36)
    s2 = cma_statement(rng, "GRACIELA T YBARRA", addr, "58210647", 2038, 10, s1.fields["ending_balance"], c2, 3.29)
    app = App("2750961184", "Graciela T. Ybarra", "929-70-4416", "76 Camino del Cerro", "Salinas", "CA", "93906",
              "(831) 555-0126", "gybarra@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2038, 7, 1), "long", {"benefits_taxable": 1488.00, "other": 700.00}, dt.date(2038, 11, 10),
              seed=seed + 81)
    p = Packet("an8", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/solicitud.pdf", paper_pdf(solicitud(app, ink=False)), (app_doc(), 2))
    p.pdf(f"{folder}/estado de cuenta septiembre.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{folder}/estado de cuenta octubre.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    p.pdf(f"{folder}/seguro social.pdf", paper_pdf(ssa.paper), (letter_doc(ssa), 1))
    on = dt.date(2038, 11, 10)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Costa Serena Mortgage Servicing", [
        "In July the court reduced the spousal support my former husband pays me from $1,250 to $700 a month, "
        "after he retired. My Social Security has not changed, and together the two no longer cover the mortgage "
        "and my other bills.",
        "I have paid this loan for nineteen years and want to stay in my home. I ask for a modification."],
        ink=False, seed=seed)
    p.pdf(f"{folder}/carta.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


PACKETS: list[Callable[[int], Packet]] = [packet_an1, packet_an2, packet_an3, packet_an4, packet_an5, packet_an6,
                                             packet_an7, packet_an8]


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
    ap.add_argument("--only", nargs="*", help="build only these packets (an1 ..)")
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
