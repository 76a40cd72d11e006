"""A forty-seventh holdout set of borrower packets (au1..au8), laid out unlike the shared samples and unlike every
earlier set (a, b .. z, aa .. at), written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_au.py OUT_DIR [--seed N] [--check] [--only au1 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed; files are born-digital PDFs, plain grey scans (240 or 300 dpi, tilted 0.2 to 0.5 degrees, a little
blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white, the sending machine's header
line across the top of every page); the hand-written parts are signatures (drawn strokes) and the dates beside them.

THEME. Rio Pecos Home Loan Servicing (El Paso, Texas), a servicer in Texas and New Mexico whose borrowers are largely
Spanish-speaking: farm workers paid by the piece, warehouse temps placed by a bilingual staffing agency, retirees,
widows. Names carry accents and two surnames (José Luis Ñíguez Carrasco, María de los Ángeles Ortiz Peña, Anselmo
Quiñones Barragán ...); the report compares names ignoring case and punctuation, but the accents are kept as
printed. Received dates fall between April and December 2042.

APPLICATIONS.
Rio Pecos's own BILINGUAL "SOLICITUD DE ASISTENCIA HIPOTECARIA / MORTGAGE ASSISTANCE APPLICATION" (form RP-710B,
rev. 01/2042, THREE pages, "Hoja n de 3 / Sheet n of 3" at the foot). Page 1 opens with a logo of three wavy river
lines, "RIO PECOS" and "HOME LOAN SERVICING · SERVICIOS HIPOTECARIOS", the servicer's El Paso address, phone and fax,
"Forma / Form RP-710B" at the top right, then the title in bold Spanish capitals over the English in italics and a
two-line instruction in Spanish and in English. Sections open on TERRACOTTA BANDS with white roman-numbered titles,
Spanish then English ("I. INFORMACIÓN DEL PRESTATARIO · Borrower information", "II. PROPIEDAD · Property",
"III. DIFICULTAD · Hardship", "IV. INGRESOS MENSUALES BRUTOS · Gross monthly income", "V. ACTIVOS · Assets",
"VI. CERTIFICACIÓN Y FIRMAS · Certification and signatures"). EVERY LABEL IS PRINTED SPANISH FIRST IN SMALL BOLD
TYPE WITH THE ENGLISH UNDER IT IN SMALLER ITALICS ("Nombre del prestatario" / "Borrower's name"), and the ANSWER
SITS IN A RULED BOX BELOW THE LABEL - label above value, two to four boxes per row: loan number | preferred language
(Español / English boxes) | active military duty "Sí / Yes [ ] No [ ]"; borrower's name | SSN last 4 | cell phone;
e-mail | alternate phone; co-borrower's name | SSN last 4 | phone; property street address; city | state | ZIP |
county; mailing address if different. Occupancy is a bilingual check list in one row ("Residencia principal /
Primary residence", "Segunda casa / Second home", "Propiedad de inversión o rentada / Investment or rental
property"), then "Deseo / I want to" (keep, sell, undecided), listed for sale "Sí [ ] No [ ]" and HOA dues
"Sí [ ] No [ ]" with a monthly dues box. Page 2 repeats the loan number in a box at the top right; the hardship date
is a box "Fecha en que comenzó (mm/dd/aaaa) / Date it began (mm/dd/yyyy)" beside three duration boxes (short,
long, resolved + date); the ten causes are a ONE-COLUMN bilingual check list, each cause Spanish over English, with a
right-hand column "Documentos que debe enviar / Documents to send" in both languages, then an "Otra - explique /
Other - explain" box. The income is a BILINGUAL TABLE with FOUR COLUMNS - "Tipo de ingreso / Income type",
"Prestatario / Borrower", "Co-prestatario / Co-borrower" and "Total mensual / Monthly total" - eight rows and a
TOTAL row; the application's amount for an income code is its MONTHLY TOTAL column (the borrower's and the
co-borrower's amounts added), the total is the TOTAL row's monthly total. Page 3: assets (checking and cash,
savings, other - distractor amounts), the certification as two columns (Spanish left, English right), then labelled
boxes "Firma del prestatario / Borrower signature" | "Fecha (mm/dd/aaaa) / Date (mm/dd/yyyy)" and the same for the
co-borrower, a "send to" paragraph and an empty "Para uso de la oficina / For office use only" box.
The RP-710B comes four ways: typed in its PDF on screen, signed with drawn strokes and the date typed (au1, au5,
au7); typed on a TYPEWRITER after printing the blank (Courier with uneven baselines and ink, each field's text a
little off its box's left edge), signed and dated in ink and scanned grey (au2 at 300 dpi, au6 at 240 dpi, au8 at 240
dpi); typed on screen, printed and FAXED UNSIGNED - the signature and date boxes of both borrowers empty (au3).
The real Form 710 (April 2023) once: filled through its AcroForm, printed, signed and dated in ink and scanned grey at
240 dpi (au4). The wage line on every application is what a borrower paid by the piece or by the hour writes: the
year's average check x 52 / 12, to the dollar - not the latest stub's monthly gross. Every loan number has ten digits
and a leading zero.

PAY STUBS (weekly; every year-to-date figure is the sum of that year's checks, paid on Fridays from January 3).
A FARM LABOR CONTRACTOR's bilingual "TALÓN DE PAGO SEMANAL / WEEKLY PAY STUB" (Valle de Mesilla Farm Labor, LLC of
Hatch, NM in au1; Hermanos Ledezma Farm Labor Contractors of Fabens, TX in au6 and au8): licence number, worker,
worker no., crew and foreman ("Cuadrilla / Crew"), the work week (Monday to Sunday, paid the Friday after) and "Pago
semanal / Paid weekly"; a DAILY LOG of the week - date, ranch / field, task in Spanish and English ("Cosecha de chile
(por bin) / Chile harvest (per bin)", "Deshierbe con azadón (por acre) / Hoeing (per acre)", "Poda de nogal (por
acre) / Pecan pruning (per acre)" ...), units, rate, piece pay and hours; then EARNINGS with Current and Year to
date: the piece pay by task (units x rate) and a "Ajuste a salario mínimo / Minimum wage top-up" line = the week's
hours x the guaranteed hourly rate less the week's piece pay, when the piece pay falls short (its hours shown); Gross
pay; taxes (federal, Social Security, Medicare, and New Mexico's state tax for the NM contractor only); Net pay.
A BILINGUAL STAFFING AGENCY's weekly check stub (Manos Unidas Staffing · Personal Temporal, El Paso; au2, au3, au5,
au7): the top third a direct-deposit voucher "DEPÓSITO DIRECTO - NO NEGOCIABLE / DIRECT DEPOSIT - NON-NEGOTIABLE"
with the net amount; the stub below it has captioned cells (Empleado / Employee, No. de empleado / Employee no.,
Asignación / Assignment - the client warehouse, Semana trabajada / Week worked, Fecha de pago / Pay date, Frecuencia /
Frequency "Semanal / Weekly"), an earnings table (regular, overtime at 1.5x, night shift differential: hours,
rate, current, year to date), deductions (federal tax, Social Security, Medicare - no state tax in Texas - and a van
transport fee), and a totals strip "Bruto / Gross | Deducciones / Deductions | Neto / Net" for Current and YTD.
The employer on these stubs is the agency, not the client warehouse.

STATEMENTS. A border-town credit union's BILINGUAL two-page statement (Puerta del Sol Federal Credit Union ·
Cooperativa de Ahorro y Crédito, Sunland Park, NM; au2, au5, au7): "ESTADO DE CUENTA / ACCOUNT STATEMENT", the
period in both languages ("del 1 de junio al 30 de junio de 2042 / June 1 - June 30, 2042"), "Cuenta de cheques /
Checking account ****1234", a summary box ("Saldo inicial / Beginning balance", "Depósitos / Deposits", "Retiros /
Withdrawals", "Saldo final / Ending balance"), and the register "Fecha / Date | Descripción / Description | Retiros /
Withdrawals | Depósitos / Deposits | Saldo / Balance" carried to page 2 under "Saldo anterior / Balance forward"
and closed with "Saldo final / Ending balance"; "Página n de 2 / Page n of 2".

LETTERS AND OTHER PAPERS. A hardship letter written in ENGLISH by the borrower's ADULT DAUGHTER on her father's
behalf (au4: he speaks only Spanish; she signs, and he signs under her beside "Anselmo Quiñones Barragán
(borrower)"); a hardship letter written in SPANISH ("Fabens, Texas, a 3 de noviembre de 2042", "A quien
corresponda:") with an ENGLISH TRANSLATION stapled behind it (au6: page 1 the Spanish letter signed in ink, page 2
"TRADUCCIÓN AL INGLÉS / ENGLISH TRANSLATION" of the same letter made by her daughter; the two sheets are one
hardship_letter document of two pages, marked "Hoja 1 de 2" / "Hoja 2 de 2", dated the Spanish letter's date);
plain English hardship letters typed by the borrowers (au2, au3, au5, au7); Social Security's "Benefit Verification
Letter" (au4: the full monthly benefit before deductions equals the regular monthly payment - taxable benefits); a
Texas Workforce Commission "Unemployment Benefits Payment Notice" (au3, au8: claim ID, benefit year, weekly benefit
amount, the weeks paid; its letter_date is the date it was mailed); Rio Pecos's own bilingual "LISTA DE DOCUMENTOS /
DOCUMENT CHECKLIST" returned with the boxes marked (au1, type other); Rio Pecos's bilingual "AUTORIZACIÓN DE
TERCEROS / THIRD-PARTY AUTHORIZATION" letting the daughter speak for her father, signed in ink (au4, type other);
a neighbourhood tax office's fax cover sheet (au3) and the mailroom's Code 128 "LOAN <number>" separator sheet (au6),
neither of which is a document.

DELIVERIES. Loose born-digital files, the loan number in some names only: "<loan> solicitud RP-710B.pdf",
"talon 09-26.pdf", "talon 10-03.pdf", "lista de documentos <loan>.pdf" (au1); ONE 300 dpi grey scan of the whole
packet without a separator sheet, named only by the borrower "ORTIZ PENA MARIA.pdf" (au2); ONE 200 dpi fax behind
the tax office's cover sheet under the fax server's name "FAX_20420519_093114.pdf", every page with the sending
machine's header line (au3); a folder named after the loan holding one 240 dpi grey scan per paper under the
scanner's names "EPSN0001.PDF" .. (au4); ONE born-digital combined upload of everything, "Escobedo_Lujan_paquete.pdf"
(au5); ONE 240 dpi grey scan of the whole packet behind a separator sheet, "scan_20421110_0814.pdf" (au6); loose
born-digital files "<loan>_RP710B.pdf", "<loan>_talon_0808.pdf", the credit union's "eStatement_2042-06.pdf" and
"eStatement_2042-07.pdf", "carta.pdf" (au7); loose 240 dpi grey scans, the application "RP710B <loan>.pdf" and the
rest under a phone scanner's names "IMG_20421126_0001.pdf" .. (au8). Co-borrowers in au3, au5 and au8.

Complete: au1 (two fresh farm labor stubs with YTD; a reduction in income needs no papers), au4 (the real Form 710;
a fresh Social Security letter shows the taxable benefit; the daughter's letter covers the father's illness), au5
(fresh agency stubs for the borrower's wages, two consecutive fresh credit union statements show the co-borrower's
child support; the English letter explains the "other" hardship), au8 (fresh farm labor stubs for the husband's
wages; the wife's unemployment benefit needs no papers; unemployment needs no hardship papers).
Incomplete, each for one plain reason: au2 (income_doc:wages - the two agency stubs were paid in early January, more
than 90 days before the packet arrived, and only one credit union statement came), au3 (application_signature - the
faxed RP-710B was never signed or dated by either borrower), au6 (hardship_doc:death - the widow's Spanish letter and
its translation tell of her husband's death, but no death certificate or obituary came), au7 (irs_form_4506c - rental
income from a casita is claimed and two consecutive fresh statements show the rent and the wages, but no signed
4506-C came).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet. `--check` validates every expected.json (keys, codes, types, dates, income totals,
that every listed page exists and none is listed twice, that `scanned` matches the absence of a text layer, that the
monthly gross is the current gross times the periods a year over 12, that the rules give the scenario's codes) and
that every expected value - application answers and document fields - is printed on the paper it is expected from
(read from the clean rendering of each paper before it was printed, scanned or faxed, hand-written dates included).
Every file is the same bytes for a seed: reportlab runs in invariant mode, scans use seeded noise, pypdf output
carries fixed identifiers. All people, employers, banks, agencies and servicers are fictional; SSNs use the 900-999
area, and every page carries a faint "synthetic test document" line.
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
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
FAX_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
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
MESES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
         "noviembre", "diciembre")
FIRST_FRIDAY = dt.date(2042, 1, 3)


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def fecha(d: dt.date) -> str:
    """A date the Spanish way: "3 de noviembre de 2042"."""
    return f"{d.day} de {MESES[d.month - 1]} de {d.year}"


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
    c.setCreator("holdout_packets_au")
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
    c.setCreator("holdout_packets_au")
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
            apply_screen_marks(c, fn(c))
            synth_line(c, paper.size)
            c.showPage()
    c.save()
    return buf.getvalue()


def proof_text(pdf: bytes, marks: Sequence[Sequence[Mark]] = ()) -> str:
    """Everything printed on a paper before it went to the scanner: its text layer plus the hand-written strings."""
    reader = PdfReader(io.BytesIO(pdf))
    parts = [pg.extract_text() or "" for pg in reader.pages]
    parts += [m.text for page in marks for m in page if m.kind == "hand"]
    return "\n".join(parts)


def paper_proof(paper: Paper) -> str:
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        c.showPage()
    c.save()
    return proof_text(buf.getvalue(), marks)


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


def fax_header(img: Image.Image, text: str, dpi: int) -> None:
    """The sending machine's line across the top of a faxed page."""
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FAX_FONT), round(8 * dpi / 72))
    draw.rectangle((0, 0, img.size[0], round(0.21 * dpi)), fill=255)
    draw.text((round(0.25 * dpi), round(0.05 * dpi)), text, fill=0, font=font)


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


@dataclass
class Sheets:
    """A paper printed, marked by hand and scanned, with the proof of what was on it before the scanner."""

    pages: list[ScannedPage]
    proof: str


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int) -> Sheets:
    """Print a PDF, add the ink marks of each page, and scan the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return Sheets(sheets, proof_text(pdf, marks))


def scan_paper(paper: Paper, style: Scan, seed: int) -> Sheets:
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed)


def fax_pages(sheets: Sequence[ScannedPage], style: Scan, header: Callable[[int, int], str]) -> None:
    """Stamp the fax machine's header line on every page (page numbers n of total)."""
    for i, sheet in enumerate(sheets):
        img = sheet.image.convert("L")
        fax_header(img, header(i + 1, len(sheets)), style.dpi)
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
    writer.add_metadata({"/Producer": "holdout_packets_au"})
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


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (units or hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def rng_key(rng: random.Random) -> int:
    """A number fixed by the packet's seed, so histories change with --seed but not between stubs."""
    return random.Random(rng.getstate()[1][0]).randrange(10**6)


def fridays(until: dt.date) -> list[dt.date]:
    """Every Friday pay date of the year up to and including `until`."""
    out = []
    d = FIRST_FRIDAY.replace(year=until.year)
    while d.weekday() != 4:
        d += dt.timedelta(days=1)
    while d <= until:
        out.append(d)
        d += dt.timedelta(days=7)
    return out


@dataclass
class Withholding:
    fed: float = 0.06
    state: float = 0.0  # 0 in Texas
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Impuesto federal / Federal income tax": r2(gross * self.fed),
               "Seguro Social / Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145)}
        if self.state:
            out["Impuesto estatal NM / NM state tax"] = r2(gross * self.state)
        return out


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


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


def monthly_estimate(s: Stub) -> float:
    """What a borrower writes on the form for a weekly wage that varies: the year's average check x 52 / 12, to the
    dollar."""
    return float(round(s.fields["gross_ytd"] / len(fridays(s.date)) * 52 / 12))


# A farm labor contractor's tasks by month: (Spanish, English, unit es, unit en, rate, units a day low, high)
Task = tuple[str, str, str, str, float, float, float]
FLC_TASKS: dict[str, list[Task]] = {
    "winter": [("Poda de nogal", "Pecan pruning", "acre", "acre", 96.00, 0.8, 1.6),
               ("Recolección de nuez", "Pecan gleaning", "bin", "bin", 41.00, 2.0, 4.0)],
    "spring": [("Trasplante de cebolla", "Onion transplanting", "acre", "acre", 118.00, 0.8, 1.4),
               ("Deshierbe con azadón", "Hoeing", "acre", "acre", 72.00, 1.2, 2.4)],
    "summer": [("Cosecha de cebolla", "Onion harvest", "bin", "bin", 38.50, 2.5, 5.0),
               ("Deshierbe con azadón", "Hoeing", "acre", "acre", 72.00, 1.2, 2.4)],
    "fall": [("Cosecha de chile", "Chile harvest", "bin", "bin", 46.00, 2.0, 4.5),
             ("Deshierbe con azadón", "Hoeing", "acre", "acre", 72.00, 1.0, 2.2)],
}


def season(d: dt.date) -> str:
    return {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer",
            7: "summer", 8: "summer"}.get(d.month, "fall")


TOPUP = "Ajuste a salario mínimo / Minimum wage top-up"


def flc_week(rr: random.Random, monday: dt.date, ranches: Sequence[str], guarantee: float, slow: bool
             ) -> tuple[list[tuple[dt.date, str, Task, float, float]], dict[str, tuple[float, float, float]]]:
    """One work week of a crew member: the daily log (date, ranch, task, units, hours) and the earnings lines."""
    tasks = FLC_TASKS[season(monday)]
    days = rr.choice([5, 6, 6])
    log = []
    for i in range(days):
        day = monday + dt.timedelta(days=i)
        task = tasks[0] if rr.random() < 0.65 else tasks[1]
        lo, hi = task[5], task[6]
        if slow and i % 2 == 0:
            hi = lo + (hi - lo) * 0.25  # a slow field: few bins or acres a day
        units = round(rr.uniform(lo, hi) * 2) / 2 if task[2] == "bin" else round(rr.uniform(lo, hi), 1)
        units = max(units, 0.5)
        hours = round(rr.uniform(7.0, 10.0) * 4) / 4
        log.append((day, rr.choice(ranches), task, units, hours))
    lines: dict[str, tuple[float, float, float]] = {}
    for task in tasks:
        units = sum(u for _, _, t, u, _ in log if t is task)
        if units:
            label = f"{task[0]} (por {task[2]}) / {task[1]} (per {task[3]})"
            lines[label] = (r2(units), task[4], r2(units * task[4]))
    piece = r2(sum(v[2] for v in lines.values()))
    hours = sum(h for *_, h in log)
    floor = r2(hours * guarantee)
    if piece < floor:
        lines[TOPUP] = (hours, guarantee, r2(floor - piece))
    return log, lines


def flc_stub(rng: random.Random, employer: str, address: str, licence: str, worker: str, worker_no: str,
             crew: str, pay_date: dt.date, guarantee: float, ranches: Sequence[str], wh: Withholding,
             slow: bool = False) -> Stub:
    """A farm labor contractor's bilingual weekly stub: piece rate by the bin or the acre, a minimum-wage top-up."""
    if pay_date.weekday() != 4:
        raise ValueError(f"{employer} pays on Fridays, not {pay_date}")
    key = rng_key(rng)
    checks = []
    log_now: list[tuple[dt.date, str, Task, float, float]] = []
    for d in fridays(pay_date):
        monday = d - dt.timedelta(days=11)
        rr = random.Random(f"{worker_no}{d}{key}")
        log, lines = flc_week(rr, monday, ranches, guarantee, slow and d == pay_date)
        checks.append(Check(d, lines))
        log_now = log
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start = pay_date - dt.timedelta(days=11)
    end = start + dt.timedelta(days=6)
    net = net_of(ch, wh)
    hours_now = sum(h for *_, h in log_now)
    dias = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.2, 0.38, 0.16))
        c.rect(40, 718, 532, 46, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, 745, employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 733, address)
        c.drawString(50, 723, f"Contratista de mano de obra agrícola / Farm labor contractor  -  Lic. {licence}")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 747, "TALÓN DE PAGO SEMANAL")
        c.setFont("Helvetica-Oblique", 9)
        c.drawRightString(562, 735, "Weekly pay stub")
        c.setFillColor(black)
        caps = [("Trabajador / Worker", worker, 50), ("No. de trabajador / Worker no.", worker_no, 330),
                ("Cuadrilla / Crew", crew, 450), ("Semana trabajada / Work week", f"{mdy(start)} - {mdy(end)}", 50),
                ("Fecha de pago / Pay date", mdy(pay_date), 330), ("Pago / Paid", "Semanal / Weekly", 450)]
        for i, (cap, val, x) in enumerate(caps):
            y = 698 - 28 * (i // 3)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x, y, cap)
            c.setFont("Helvetica", 9.5)
            c.drawString(x, y - 11, val)
        c.setLineWidth(0.5)
        c.line(40, 640, 572, 640)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 628, "REGISTRO DIARIO / DAILY LOG")
        y = 614
        c.setFont("Helvetica-Bold", 6.5)
        for x, t in ((40, "Día / Day"), (100, "Rancho / Field"), (210, "Labor / Task")):
            c.drawString(x, y, t)
        for x, t in ((400, "Unidades / Units"), (448, "Tarifa / Rate"), (515, "Destajo / Piece pay"),
                     (570, "Horas / Hours")):
            c.drawRightString(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8)
        for day, ranch, task, units, hours in log_now:
            c.drawString(40, y, f"{dias[day.weekday()]} {day.strftime('%m/%d')}")
            c.drawString(100, y, ranch)
            c.drawString(210, y, f"{task[0]} / {task[1]}")
            c.drawRightString(400, y, f"{units:g} {task[2]}")
            c.drawRightString(448, y, money(task[4]))
            c.drawRightString(515, y, money(r2(units * task[4])))
            c.drawRightString(570, y, f"{hours:.2f}")
            y -= 12
        c.line(360, y + 7, 572, y + 7)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(210, y - 3, "Total de la semana / Week total")
        piece = r2(sum(v[2] for k, v in ch.lines.items() if k != TOPUP))
        c.drawRightString(515, y - 3, money(piece))
        c.drawRightString(570, y - 3, f"{hours_now:.2f}")
        y -= 20
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(40, y, f"Salario mínimo garantizado / Guaranteed minimum wage: ${guarantee:.2f} por hora / per "
                            f"hour x {hours_now:.2f} h = ${money(r2(hours_now * guarantee))}. Si el destajo es "
                            "menor, se paga la diferencia.")
        c.drawString(40, y - 9, "If the piece pay is less, the difference is paid as a top-up.")
        y -= 30
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "INGRESOS / EARNINGS")
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(380, y, "Cantidad / Qty")
        c.drawRightString(432, y, "Tarifa / Rate")
        c.drawRightString(495, y, "Actual / Current")
        c.drawRightString(572, y, "Acumulado / YTD")
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8)
        labels = [k for k in ytd if k not in ("GROSS", "NET") and k not in wh.taxes(1.0) and
                  k not in dict(wh.deductions)]
        labels = sorted(labels, key=lambda k: (k == TOPUP, k not in ch.lines, k))
        for lab in labels:
            q, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(40, y, lab)
            if lab in ch.lines:
                c.drawRightString(380, y, f"{q:g} h" if lab == TOPUP else f"{q:g}")
                c.drawRightString(432, y, money(rt))
                c.drawRightString(495, y, money(amt))
            c.drawRightString(572, y, money(ytd[lab]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 2, "Pago bruto / Gross pay")
        c.drawRightString(495, y - 2, money(ch.gross))
        c.drawRightString(572, y - 2, money(ytd["GROSS"]))
        y -= 22
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "IMPUESTOS Y DEDUCCIONES / TAXES AND DEDUCTIONS")
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(40, y, k)
            c.drawRightString(495, y, money(v))
            c.drawRightString(572, y, money(ytd[k]))
            y -= 12
        c.setFillGray(0.9)
        c.rect(330, y - 22, 242, 20, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(336, y - 15, "PAGO NETO / NET PAY")
        c.drawRightString(495, y - 15, money(net))
        c.drawRightString(568, y - 15, money(ytd["NET"]))
        c.setFont("Helvetica", 6.5)
        c.drawString(40, y - 50, "Conserve este talón / Keep this stub. Preguntas sobre su pago / Pay questions: "
                                 "hable con su mayordomo o llame a la oficina / ask your foreman or call the office.")
        return []

    return Stub(Paper([page]), stub_fields(employer, worker, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


AGENCY = "Manos Unidas Staffing"
AGENCY_ADDR = "3401 Montana Avenue, Suite 5, El Paso, TX 79903  -  (915) 555-0167"


def staffing_stub(rng: random.Random, employee: str, emp_no: str, assignment: str, pay_date: dt.date, rate: float,
                  base_hours: float, wh: Withholding) -> Stub:
    """A bilingual staffing agency's weekly direct-deposit voucher and stub."""
    if pay_date.weekday() != 4:
        raise ValueError(f"{AGENCY} pays on Fridays, not {pay_date}")
    key = rng_key(rng)
    checks = []
    for d in fridays(pay_date):
        rr = random.Random(f"{emp_no}{d}{key}")
        reg = min(40.0, rr.choice([base_hours, base_hours, base_hours - 8, base_hours - 4]))
        ot = rr.choice([0.0, 0.0, 3.5, 6.0, 8.5])
        night = rr.choice([0.0, 16.0, 24.0, 32.0])
        lines = {"Horas regulares / Regular hours": (reg, rate, r2(reg * rate))}
        if ot:
            lines["Tiempo extra / Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        if night:
            lines["Diferencial nocturno / Night differential"] = (night, 1.25, r2(night * 1.25))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start = pay_date - dt.timedelta(days=11)
    end = start + dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        # the voucher
        c.setLineWidth(0.8)
        c.rect(40, 560, 532, 200, stroke=1, fill=0)
        c.setFillColor(Color(0.1, 0.36, 0.55))
        c.circle(66, 734, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(66, 730, "MU")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(88, 738, "MANOS UNIDAS STAFFING")
        c.setFont("Helvetica", 7.5)
        c.drawString(88, 727, "Personal Temporal  -  " + AGENCY_ADDR)
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(562, 740, "DEPÓSITO DIRECTO - NO NEGOCIABLE")
        c.setFont("Helvetica-Oblique", 8)
        c.drawRightString(562, 730, "DIRECT DEPOSIT - NON-NEGOTIABLE")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 712, f"Fecha / Date  {mdy(pay_date)}")
        c.setFont("Helvetica", 9)
        c.drawString(60, 680, "Depositado a la cuenta de / Deposited to the account of:")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, 666, employee)
        c.setFont("Helvetica", 9)
        c.drawString(60, 640, f"Cuenta / Account  ****{emp_no[-4:]}  -  Puerta del Sol FCU")
        c.rect(430, 640, 130, 24, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(552, 648, "$" + money(net))
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(60, 585, "ESTO NO ES UN CHEQUE / THIS IS NOT A CHECK")
        c.setDash(4, 3)
        c.line(30, 548, 582, 548)
        c.setDash()
        c.setFont("Helvetica", 6)
        c.drawCentredString(W / 2, 551, "doble y desprenda aquí / fold and tear here")
        # the stub
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 528, "TALÓN DE PAGO / EARNINGS STATEMENT")
        caps = [("Empleado / Employee", employee, 170), ("No. de empleado / Employee no.", emp_no, 104),
                ("Asignación / Assignment", assignment, 156), ("Frecuencia / Frequency", "Semanal / Weekly", 102)]
        caps2 = [("Semana trabajada / Week worked", f"{mdy(start)} - {mdy(end)}", 170),
                 ("Fecha de pago / Pay date", mdy(pay_date), 104), ("Cheque / Advice no.", f"DD{emp_no[-3:]}"
                  f"{pay_date.strftime('%m%d')}", 156), ("Tarifa / Pay rate", f"${rate:.2f} / h", 102)]
        for row, cells in enumerate((caps, caps2)):
            x = 40.0
            y = 490 - 30 * row
            for cap, val, wd in cells:
                c.rect(x, y, wd, 28, stroke=1, fill=0)
                c.setFont("Helvetica-Bold", 6)
                c.drawString(x + 3, y + 20, cap)
                c.setFont("Helvetica", 8.5)
                c.drawString(x + 3, y + 6, val)
                x += wd
        y = 440
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y, "INGRESOS / EARNINGS")
        for x, t in ((300, "Horas / Hours"), (360, "Tarifa / Rate"), (440, "Actual / Current"),
                     (530, "Acumulado / YTD")):
            c.drawRightString(x, y, t)
        c.line(40, y - 4, 532, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for lab in ("Horas regulares / Regular hours", "Tiempo extra / Overtime",
                    "Diferencial nocturno / Night differential"):
            if lab not in ytd:
                continue
            c.drawString(40, y, lab)
            if lab in ch.lines:
                h_, rt, amt = ch.lines[lab]
                c.drawRightString(300, y, f"{h_:.2f}")
                c.drawRightString(360, y, money(rt))
                c.drawRightString(440, y, money(amt))
            c.drawRightString(530, y, money(ytd[lab]))
            y -= 12
        y -= 8
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y, "DEDUCCIONES / DEDUCTIONS")
        c.drawRightString(440, y, "Actual / Current")
        c.drawRightString(530, y, "Acumulado / YTD")
        c.line(40, y - 4, 532, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(40, y, k)
            c.drawRightString(440, y, money(v))
            c.drawRightString(530, y, money(ytd[k]))
            y -= 12
        y -= 14
        heads = ["", "Bruto / Gross", "Deducciones / Deductions", "Neto / Net"]
        ded_now = r2(ch.gross - net)
        ded_ytd = r2(ytd["GROSS"] - ytd["NET"])
        rows = [("Actual / Current", [ch.gross, ded_now, net]), ("Acumulado / YTD", [ytd["GROSS"], ded_ytd,
                                                                                      ytd["NET"]])]
        widths = [110, 130, 130, 122]
        x = 40.0
        for i, hd in enumerate(heads):
            c.setFillGray(0.86)
            c.rect(x, y, widths[i], 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + widths[i] / 2, y + 5, hd)
            for r, (lab, vals) in enumerate(rows, 1):
                c.rect(x, y - 16 * r, widths[i], 16, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 7.5)
                    c.drawString(x + 4, y - 16 * r + 5, lab)
                else:
                    c.setFont("Helvetica", 8.5)
                    c.drawRightString(x + widths[i] - 6, y - 16 * r + 5, money(vals[i - 1]))
            x += widths[i]
        c.setFont("Helvetica", 6.5)
        c.drawString(40, y - 62, "Manos Unidas Staffing es su empleador; el cliente de la asignación no lo es. / "
                                 "Manos Unidas Staffing is your employer of record, not the assignment client.")
        return []

    return Stub(Paper([page]), stub_fields(AGENCY, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


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


def transactions(rng: random.Random, start: dt.date, end: dt.date, begin: float,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount), a partial mortgage payment after the second
    deposit and ordinary debits that spend about 60% of the deposits, never overdrawing the account."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    paid_in = sum(a for _, _, a in credits)
    days = sorted(d for d, _, _ in out)
    pay_day = min(end, days[min(1, len(days) - 1)] + dt.timedelta(days=1))
    out.append((pay_day, "RIO PECOS HLS PAGO HIPOTECA / MORTGAGE", -r2(min(845.00, paid_in * 0.32))))
    debits = ["POS DEBIT - SUPERMERCADO LA FRONTERA", "FRONTERA ELECTRIC COOP AUTOPAY",
              "POS DEBIT - GASOLINERA DEL VALLE", "CELULAR CONECTA WIRELESS", "POS DEBIT - FARMACIA SAN JOSE",
              "ATM RETIRO / WITHDRAWAL", "SEGUROS ALIANZA AUTO INS", "POS DEBIT - DOLLAR STOP #204",
              "POS DEBIT - SUPERMERCADO LA FRONTERA", "AGUA MUNICIPAL / CITY WATER", "ATM RETIRO / WITHDRAWAL"]
    weights = [rng.uniform(0.5, 1.5) for _ in debits]
    budget = paid_in * rng.uniform(0.55, 0.62)
    span = (end - start).days
    for desc, wt in zip(debits, weights, strict=True):
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(budget * wt / sum(weights))))
    for _ in range(400):  # push a debit that would overdraw the account to a later day
        out.sort(key=lambda t: (t[0], -t[2]))
        bal = begin
        low = None
        for i, (_, _, a) in enumerate(out):
            bal += a
            if bal < 15:
                low = i
                break
        if low is None:
            break
        j = max((k for k in range(low + 1) if out[k][2] < 0 and out[k][0] < end), key=lambda k: -out[k][2],
                default=None)
        if j is None:
            break
        d, desc, a = out[j]
        out[j] = (min(end, d + dt.timedelta(days=3)), desc, a)
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


CU = "Puerta del Sol Federal Credit Union"


def puerta_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                     begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """The border-town credit union's bilingual two-page statement."""
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, begin, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:10], rows[10:]
    en_period = f"{start.strftime('%B')} {start.day} - {end.strftime('%B')} {end.day}, {year}"
    es_period = f"del {start.day} de {MESES[start.month - 1]} al {end.day} de {MESES[end.month - 1]} de {year}"

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.85, 0.55, 0.12))
        c.circle(58, 742, 13, stroke=0, fill=1)
        c.setFillColor(Color(0.55, 0.2, 0.08))
        c.rect(45, 729, 26, 6, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(80, 744, "PUERTA DEL SOL")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(80, 733, "Federal Credit Union  -  Cooperativa de Ahorro y Crédito")
        c.drawString(80, 724, "2100 McNutt Road, Sunland Park, NM 88063  -  (575) 555-0119  -  "
                              "Federally insured by NCUA")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 746, "ESTADO DE CUENTA")
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawRightString(572, 736, "Account statement")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 724, f"Página {n} de 2 / Page {n} of 2")
        c.setLineWidth(1)
        c.line(40, 716, 572, 716)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y, "Fecha / Date")
        c.drawString(100, y, "Descripción / Description")
        c.drawRightString(400, y, "Retiros / Withdrawals")
        c.drawRightString(485, y, "Depósitos / Deposits")
        c.drawRightString(570, y, "Saldo / Balance")
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8)
        if opening:
            c.drawString(40, y, mdy(start))
            c.drawString(100, y, "Saldo inicial / Beginning balance")
            c.drawRightString(570, y, money(begin))
            y -= 13
        else:
            c.drawString(100, y, "Saldo anterior / Balance forward")
            c.drawRightString(570, y, money(first[-1][3]))
            y -= 13
        for i, (d, desc, a, b) in enumerate(part):
            if i % 2:
                c.setFillGray(0.94)
                c.rect(40, y - 3, 532, 12, stroke=0, fill=1)
                c.setFillColor(black)
            c.drawString(40, y, mdy(d))
            c.drawString(100, y, desc)
            c.drawRightString(400 if a < 0 else 485, y, money(abs(a)))
            c.drawRightString(570, y, money(b))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9)
        y = 690
        for ln in [*[h.strip().upper() for h in holder.split("/")], *[a.upper() for a in address]]:
            c.drawString(50, y, ln)
            y -= 11
        c.setFont("Helvetica-Bold", 8)
        c.drawString(330, 694, "Periodo / Period")
        c.setFont("Helvetica", 8)
        c.drawString(330, 684, es_period)
        c.drawString(330, 674, en_period)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(330, 660, f"Cuenta de cheques / Checking account  ****{acct[-4:]}")
        c.rect(330, 560, 242, 88, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(337, 636, "RESUMEN / SUMMARY")
        for i, (k, v) in enumerate((("Saldo inicial / Beginning balance", begin), ("Depósitos / Deposits", dep),
                                    ("Retiros / Withdrawals", wd), ("Saldo final / Ending balance", ending))):
            c.setFont("Helvetica-Bold" if i == 3 else "Helvetica", 8)
            c.drawString(337, 620 - 15 * i, k)
            c.drawRightString(565, 620 - 15 * i, money(v))
        c.setFont("Helvetica", 7)
        y = 630
        for ln in wrap("Aviso: a partir del próximo mes, las transferencias entre socios por la aplicación móvil no "
                       "tienen costo. / Notice: member-to-member transfers in the mobile app are now free.",
                       "Helvetica", 7, 250):
            c.drawString(50, y, ln)
            y -= 9
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 540, "MOVIMIENTOS / TRANSACTIONS")
        register(c, 524, first, True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 700, f"{holder}  -  ****{acct[-4:]}  -  {es_period} / {en_period}")
        y = register(c, 680, rest, False)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 4, "Saldo final / Ending balance")
        c.drawRightString(570, y - 4, money(ending))
        y -= 40
        c.setFont("Helvetica", 6.8)
        for ln in wrap("En caso de errores o preguntas sobre sus transferencias electrónicas, llámenos o escríbanos "
                       "dentro de 60 días. In case of errors or questions about your electronic transfers, call or "
                       "write us within 60 days of this statement.", "Helvetica", 6.8, 532):
            c.drawString(40, y, ln)
            y -= 9
        return []

    fields = {"bank_name": CU, "account_last4": acct[-4:], "period_start": start.isoformat(),
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

    @property
    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out.update(benefit_type="unemployment")
        return out


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    paras: Sequence[str], ink: bool, seed: int) -> Letter:
    """A typed English hardship letter from the borrowers; signed in ink only when it was printed and mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in ["Rio Pecos Home Loan Servicing", "Loss Mitigation Department", "1200 N. Mesa St., Suite 400",
                   "El Paso, TX 79902"]:
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
        for i, nm in enumerate([writer] + ([co_writer] if co_writer else [])):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def daughter_letter(daughter: str, father: str, address: Sequence[str], loan: str, date: dt.date,
                    paras: Sequence[str], seed: int) -> Letter:
    """A hardship letter written in English by the borrower's adult daughter on his behalf, signed by both."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 10.5)
        y = 732
        for ln in [daughter, *address, "(915) 555-0124"]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 16
        c.drawString(72, y, long_date(date))
        y -= 26
        for ln in ["Rio Pecos Home Loan Servicing", "Attn: Loss Mitigation", "1200 N. Mesa St., Suite 400",
                   "El Paso, TX 79902"]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 14
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, f"RE: {father} - Loan # {loan} - hardship letter")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, ["Dear Rio Pecos Loss Mitigation team,", *paras], font="Helvetica",
                       size=10.5, leading=14)
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 2, "Thank you for your help,")
        sy = y - 44
        c.drawString(72, sy - 14, f"{daughter} (daughter)")
        c.drawString(320, sy - 14, f"{father} (borrower)")
        return [Mark("sig", 72, sy - 2, w=150, seed=seed), Mark("sig", 320, sy - 2, w=150, seed=seed + 1)]

    return Letter(Paper([page]), "hardship_letter", date)


def spanish_letter(writer: str, town: str, address: Sequence[str], loan: str, date: dt.date, es_paras: Sequence[str],
                   en_paras: Sequence[str], translator: str, seed: int) -> Letter:
    """A hardship letter typed in Spanish and signed in ink, with its English translation stapled behind it."""

    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11.5)
        c.drawRightString(W - 72, 728, f"{town}, a {fecha(date)}")
        y = 700
        for ln in ["Rio Pecos Home Loan Servicing", "Departamento de Mitigación de Pérdidas", "El Paso, Texas"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11.5)
        c.drawString(72, y, f"Asunto: carta de dificultad - préstamo número {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["A quien corresponda:", *es_paras], size=11.5, leading=15)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, y - 2, "Atentamente,")
        sy = y - 46
        c.drawString(72, sy - 14, writer)
        y = sy - 28
        for ln in address:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Italic", 9)
        c.drawCentredString(W / 2, 40, "Hoja 1 de 2")
        return [Mark("sig", 72, sy - 2, w=160, seed=seed)]

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 735, "TRADUCCIÓN AL INGLÉS / ENGLISH TRANSLATION")
        c.setFont("Helvetica-Oblique", 9)
        c.drawCentredString(W / 2, 721, f"of the attached letter of {writer}, dated {long_date(date)}")
        c.setLineWidth(0.5)
        c.line(72, 712, W - 72, 712)
        c.setFont("Times-Roman", 11)
        c.drawRightString(W - 72, 690, f"{town}, {long_date(date)}")
        y = 664
        for ln in ["Rio Pecos Home Loan Servicing", "Loss Mitigation Department", "El Paso, Texas"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Subject: hardship letter - loan number {loan}")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern:", *en_paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 2, "Sincerely,")
        c.drawString(72, y - 18, f"[signed] {writer}")
        y -= 56
        c.setFont("Helvetica", 8.5)
        for ln in wrap(f"I, {translator}, translated the letter above from Spanish into English to the best of my "
                       "ability. The Spanish original is attached.", "Helvetica", 8.5, W - 144):
            c.drawString(72, y, ln)
            y -= 11
        c.setFont("Times-Italic", 9)
        c.drawCentredString(W / 2, 40, "Hoja 2 de 2")
        return []

    return Letter(Paper([page1, page2]), "hardship_letter", date)


def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def ssa_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date,
               claim: str) -> Letter:
    """Social Security's benefit verification letter (retirement benefits, taxable)."""

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, "Social Security Administration", "Retirement, Survivors and Disability Insurance  -  "
                                                        "Benefit Verification Letter", Color(0.1, 0.22, 0.42))
        c.setFont("Times-Roman", 11)
        c.drawString(72, 692, f"Date: {long_date(date)}")
        c.drawString(380, 692, f"Claim number: {claim}")
        y = 664
        for ln in [person, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, "You asked us for information from your record.")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, [
            "The information below shows your current Social Security benefits. We are sending this letter at your "
            "request so that you can show your income to your mortgage servicer.",
            f"You are entitled to monthly retirement benefits beginning {long_date(since)}."])
        rows = [("Your full monthly Social Security benefit before any deductions is", "$" + money(monthly)),
                ("We deduct for medical insurance premiums each month", "$0.00"),
                ("Your regular monthly Social Security payment is", "$" + money(monthly)),
                ("Paid", "monthly, on the 3rd of the month")]
        c.setFont("Times-Roman", 11)
        for k, v in rows:
            c.drawString(90, y, k)
            c.setFont("Times-Bold", 11)
            c.drawRightString(W - 80, y, v)
            c.setFont("Times-Roman", 11)
            y -= 16
        y -= 10
        y = paragraphs(c, 72, y, W - 144, [
            "Social Security benefits may be taxable. Each January we send Form SSA-1099 showing the benefits paid "
            "in the year before.",
            "If you have questions, call us at 1-800-555-0100 or visit any Social Security office. Se habla "
            "español: oprima 7."])
        c.drawString(72, y - 6, "Social Security Administration")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def twc_notice(claimant: str, address: Sequence[str], date: dt.date, claim: str, byb: dt.date, wba: float,
               weeks: Sequence[dt.date]) -> Letter:
    """The Texas Workforce Commission's unemployment benefits payment notice."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.05, 0.2, 0.4))
        c.rect(30, 730, W - 60, 42, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 752, "TEXAS WORKFORCE COMMISSION")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 738, "Unemployment Benefit Services  -  PO Box 149137, Austin, TX 78714")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 752, "PAYMENT NOTICE")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 738, "Aviso de pago disponible en español: 1-800-555-0139")
        c.setFillColor(black)
        c.setFont("Helvetica", 9.5)
        y = 706
        for ln in [claimant.upper(), *[a.upper() for a in address]]:
            c.drawString(50, y, ln)
            y -= 12
        info = [("Date mailed", mdy(date)), ("Claim ID", claim), ("Benefit year begins", mdy(byb)),
                ("Weekly benefit amount", "$" + money(wba)), ("Maximum benefit amount", "$" + money(wba * 26))]
        y = 706
        for k, v in info:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(340, y, k)
            c.setFont("Helvetica", 8.5)
            c.drawRightString(572, y, v)
            y -= 13
        y = 630
        c.setFont("Helvetica", 9.5)
        y = paragraphs(c, 50, y, 512, [
            "We paid the unemployment benefits shown below for the weeks you requested. Payments are made to your "
            "TWC debit card or by direct deposit. Federal income tax is withheld only if you asked us to withhold "
            "it.", "You must continue to request payment every two weeks and look for work each week to keep "
            "receiving benefits."], font="Helvetica", size=9.5, leading=12.5)
        c.setFont("Helvetica-Bold", 8)
        heads = ((50, "Week ending"), (150, "Date paid"))
        for x, t in heads:
            c.drawString(x, y, t)
        for x, t in ((330, "Benefit amount"), (430, "Tax withheld"), (540, "Amount paid")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        paid = date - dt.timedelta(days=2)
        for wk in weeks:
            tax = r2(wba * 0.10)
            c.drawString(50, y, mdy(wk))
            c.drawString(150, y, mdy(paid))
            c.drawRightString(330, y, money(wba))
            c.drawRightString(430, y, money(tax))
            c.drawRightString(540, y, money(r2(wba - tax)))
            y -= 13
        y -= 20
        c.setFont("Helvetica", 8)
        c.drawString(50, y, "Keep this notice for your records. Report fraud at 1-800-555-0158.")
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", date, benefit="unemployment")


RP_NAME = "RIO PECOS"
RP_ADDR = "1200 N. Mesa St., Suite 400  -  El Paso, TX 79902  -  Tel. (915) 555-0142  -  Fax (915) 555-0143"
RP_RED = Color(0.55, 0.2, 0.1)
RP_BLUE = Color(0.1, 0.27, 0.45)


def rp_logo(c: Canvas, x: float, y: float, scale: float = 1.0) -> None:
    """Three wavy river lines."""
    c.saveState()
    c.setLineWidth(2.2 * scale)
    for i, col in enumerate((RP_BLUE, Color(0.25, 0.5, 0.65), RP_RED)):
        c.setStrokeColor(col)
        yy = y - i * 6 * scale
        p = c.beginPath()
        p.moveTo(x, yy)
        p.curveTo(x + 7 * scale, yy + 5 * scale, x + 13 * scale, yy - 5 * scale, x + 20 * scale, yy)
        p.curveTo(x + 27 * scale, yy + 5 * scale, x + 33 * scale, yy - 5 * scale, x + 40 * scale, yy)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def rp_head(c: Canvas, full: bool) -> None:
    rp_logo(c, 40, 756, 1.0 if full else 0.8)
    c.setFillColor(RP_BLUE)
    c.setFont("Helvetica-Bold", 16 if full else 12)
    c.drawString(90 if full else 82, 748 if full else 750, RP_NAME)
    c.setFillColor(black)
    c.setFont("Helvetica", 7)
    c.drawString(90 if full else 82, 738 if full else 741, "HOME LOAN SERVICING  ·  SERVICIOS HIPOTECARIOS")
    if full:
        c.setFont("Helvetica", 6.5)
        c.drawString(90, 729, RP_ADDR)


def rp_checklist(app_loan: str, borrower: str, marked: Sequence[bool], pen: Callable[..., None]) -> Paper:
    """Rio Pecos's bilingual document checklist, returned by the borrower with the boxes marked."""
    items = [("Solicitud RP-710B firmada y fechada", "Signed and dated RP-710B application"),
             ("Talones de pago recientes (30 días)", "Recent pay stubs (30 days)"),
             ("Dos estados de cuenta bancarios más recientes", "Two most recent bank statements"),
             ("Carta de beneficios (Seguro Social, pensión, desempleo)", "Benefit letters (Social Security, pension, "
                                                                          "unemployment)"),
             ("Carta de dificultad", "Hardship letter"),
             ("Forma 4506-C del IRS (si trabaja por cuenta propia o recibe renta)", "IRS Form 4506-C (if "
                                                                                     "self-employed or rental "
                                                                                     "income)")]

    def page(c: Canvas) -> list[Mark]:
        rp_head(c, True)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 690, "LISTA DE DOCUMENTOS")
        c.setFont("Helvetica-Oblique", 10)
        c.drawCentredString(W / 2, 676, "Document checklist")
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 648, "Marque lo que envía con su solicitud. / "
                              "Mark what you are sending with your application.")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(72, 626, "Préstamo / Loan")
        c.drawString(250, 626, "Nombre / Name")
        c.rect(72, 600, 160, 20, stroke=1, fill=0)
        c.rect(250, 600, 290, 20, stroke=1, fill=0)
        pen(c, 76, 606, app_loan)
        pen(c, 254, 606, borrower)
        y = 570
        for (es, en), m in zip(items, marked, strict=True):
            c.setLineWidth(0.7)
            c.rect(72, y - 2, 10, 10, stroke=1, fill=0)
            if m:
                pen(c, 73.5, y, "X")
            c.setFont("Helvetica-Bold", 9)
            c.drawString(92, y, es)
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(92, y - 10, en)
            y -= 32
        c.setFont("Helvetica", 8)
        paragraphs(c, 72, y - 10, W - 144, [
            "Envíe todo junto por correo, fax o en nuestra oficina. Si le falta un documento, envíe lo que tenga y "
            "le diremos qué falta. / Send everything together by mail, fax or at our office. If a document is "
            "missing, send what you have and we will tell you what is missing."], font="Helvetica", size=8,
                   leading=10)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 40, "RP-LD1 (01/2042)")
        return []

    return Paper([page])


def third_party_auth(borrower: str, loan: str, helper: str, relation: str, phone: str, date: dt.date,
                     seed: int) -> Paper:
    """Rio Pecos's bilingual third-party authorization, typed and signed in ink."""

    def page(c: Canvas) -> list[Mark]:
        rp_head(c, True)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 690, "AUTORIZACIÓN DE TERCEROS")
        c.setFont("Helvetica-Oblique", 10)
        c.drawCentredString(W / 2, 676, "Third-party authorization")
        y = paragraphs(c, 72, 646, W - 144, [
            f"Yo, {borrower}, titular del préstamo número {loan}, autorizo a Rio Pecos Home Loan Servicing a hablar "
            f"de mi préstamo y de mi solicitud de asistencia con la persona nombrada abajo.",
            f"I, {borrower}, the borrower on loan number {loan}, authorize Rio Pecos Home Loan Servicing to discuss "
            "my loan and my application for assistance with the person named below."], font="Helvetica", size=9.5,
                       leading=12.5)
        rows = [("Nombre / Name", helper), ("Relación / Relationship", relation), ("Teléfono / Phone", phone)]
        for k, v in rows:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(72, y, k)
            c.setFont("Courier", 10)
            c.drawString(230, y, v)
            c.line(226, y - 3, 540, y - 3)
            y -= 22
        y -= 30
        c.line(72, y, 330, y)
        c.line(380, y, 540, y)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(72, y - 10, "Firma del prestatario / Borrower signature")
        c.drawString(380, y - 10, "Fecha / Date")
        return [Mark("sig", 90, y + 2, w=170, seed=seed), Mark("hand", 386, y + 4, mdy(date), size=12,
                                                              seed=seed + 3)]

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 700, "FAX")
        c.setFont("Helvetica", 10)
        c.drawString(72, 682, sender + "  -  Impuestos · Notario · Copias / Taxes · Notary · Copies")
        c.setLineWidth(0.8)
        rows = [("Para / To:", to), ("Fax:", to_fax), ("De / From:", sender), ("Fax:", sender_fax),
                ("Fecha / Date:", mdy(date)), ("Páginas (con esta) / Pages (incl. cover):", str(pages)),
                ("Asunto / Re:", note)]
        y = 640
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 10.5)
            c.drawString(285, y, v)
            c.line(280, y - 4, 560, y - 4)
            y -= 26
        c.setFont("Helvetica", 8.5)
        c.drawString(72, y - 20, "Este fax puede contener información confidencial. Si lo recibió por error, llame "
                                 "al remitente.")
        c.drawString(72, y - 32, "This fax may contain confidential information. If you received it in error, "
                                 "please call the sender.")
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
        c.drawString(72, 680, "Rio Pecos mailroom - place in front of each borrower packet")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
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
    county: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date
    duration: str  # short | long | resolved
    income: dict[str, float]  # the borrower's column
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_phone: str = ""
    co_income: dict[str, float] = field(default_factory=dict)  # the co-borrower's column
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    alt_phone: str = ""
    best_time: str = "Tardes"
    mailing: str = ""
    spanish: bool = True
    checking: float = 0.0
    savings: float = 0.0
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def totals(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for col in (self.income, self.co_income):
            for k, v in col.items():
                if v > 0:
                    out[k] = r2(out.get(k, 0.0) + v)
        return out

    @property
    def total(self) -> float:
        return r2(sum(self.totals.values()))

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.totals)
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


Pen = Callable[[Canvas, float, float, str], None]


def screen_pen(c: Canvas, x: float, y: float, text: str) -> None:
    """Typed on a computer: Courier, straight."""
    c.setFillColor(black)
    c.setFont("Courier", 10)
    c.drawString(x, y, text)


def typewriter_pen(seed: int) -> Pen:
    """Typed on a typewriter into the printed blank: pica pitch, each field's line a little off, each letter's
    baseline and ink uneven."""

    def pen(c: Canvas, x: float, y: float, text: str) -> None:
        rr = random.Random(f"{seed}|{x:.1f}|{y:.1f}|{text}")
        x += rr.uniform(-1.5, 2.5)
        y += rr.uniform(-1.2, 1.0)
        for ch in text:
            if ch != " ":
                c.setFillGray(rr.uniform(0.05, 0.35))
                c.setFont("Courier-Bold" if rr.random() < 0.12 else "Courier", 11)
                c.drawString(x, y + rr.uniform(-0.5, 0.5), ch)
            x += 6.6
        c.setFillColor(black)

    return pen


def rp_band(c: Canvas, top: float, roman: str, es: str, en: str) -> float:
    c.setFillColor(RP_RED)
    c.rect(40, top - 15, 532, 15, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8.5)
    s = f"{roman}. {es}"
    c.drawString(46, top - 11, s)
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(46 + stringWidth(s, "Helvetica-Bold", 8.5) + 6, top - 11, "·  " + en)
    c.setFillColor(black)
    return top - 21


def bi_label(c: Canvas, x: float, y: float, es: str, en: str, size: float = 7.0) -> None:
    """Spanish first in bold, the English under it in smaller italics."""
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", size)
    c.drawString(x, y, es)
    c.setFont("Helvetica-Oblique", size - 0.8)
    c.drawString(x, y - size - 0.5, en)


def fbox(c: Canvas, x: float, top: float, w: float, es: str, en: str, value: str, pen: Pen,
         h: float = 17) -> float:
    """A label above a ruled answer box; returns the box's bottom."""
    bi_label(c, x, top - 7, es, en)
    c.setLineWidth(0.6)
    c.rect(x, top - 17 - h, w, h, stroke=1, fill=0)
    if value:
        pen(c, x + 4, top - 17 - h + 5, value)
    return top - 17 - h


def cbox(c: Canvas, x: float, y: float, on: bool, pen: Pen) -> None:
    c.setLineWidth(0.7)
    c.rect(x, y, 8, 8, stroke=1, fill=0)
    if on:
        pen(c, x + 1, y + 1, "X")


def choice(c: Canvas, x: float, y: float, on: bool, es: str, en: str, pen: Pen) -> None:
    """A box with its bilingual label to the right, Spanish over English."""
    cbox(c, x, y, on, pen)
    c.setFont("Helvetica-Bold", 7)
    c.drawString(x + 12, y + 3, es)
    c.setFont("Helvetica-Oblique", 6.2)
    c.drawString(x + 12, y - 5, en)


def yes_no(c: Canvas, x: float, y: float, yes: bool, pen: Pen) -> None:
    c.setFont("Helvetica", 7.5)
    c.drawString(x, y + 1, "Sí / Yes")
    cbox(c, x + 30, y, yes, pen)
    c.drawString(x + 50, y + 1, "No")
    cbox(c, x + 63, y, not yes, pen)


RP_REASONS = (
    ("Desempleo", "Unemployment", "No se requiere", "Not required"),
    ("Reducción de ingresos (menos horas, sin tiempo extra, menor salario)",
     "Reduction in income (fewer hours, no overtime, lower pay)", "No se requiere", "Not required"),
    ("Aumento en gastos de vivienda (impuestos, seguro, cuotas HOA)",
     "Increase in housing expenses (taxes, insurance, HOA dues)", "No se requiere", "Not required"),
    ("Desastre natural o causado por el hombre", "Natural or man-made disaster", "No se requiere", "Not required"),
    ("Discapacidad o enfermedad grave del prestatario o de un dependiente",
     "Disability or serious illness of a borrower or dependent", "Carta del prestatario o constancia médica",
     "Borrower's letter or medical statement"),
    ("Divorcio o separación legal", "Divorce or legal separation", "Sentencia final o escritura de renuncia",
     "Final decree or recorded quitclaim deed"),
    ("Separación de co-prestatarios no casados", "Separation of unmarried co-borrowers",
     "Escritura de renuncia o acuerdo firmado", "Recorded quitclaim deed or binding agreement"),
    ("Muerte de un prestatario o del sostén de la familia", "Death of a borrower or of a wage earner",
     "Acta de defunción u obituario", "Death certificate or obituary"),
    ("Traslado de empleo a gran distancia", "Distant employment transfer or relocation",
     "Carta del empleador u órdenes PCS", "Employer's letter or PCS orders"),
    ("Otra (explique abajo)", "Other (explain below)", "Explicación por escrito", "Written explanation"),
)
RP_INCOME = (
    ("Sueldos y salarios brutos, tiempo extra, propinas, comisiones, bonos",
     "Gross wages, salary, overtime, tips, commissions, bonuses"),
    ("Ingresos de trabajo por cuenta propia", "Self-employment income"),
    ("Beneficios de desempleo", "Unemployment benefits"),
    ("Seguro Social, pensión, incapacidad, asistencia pública (gravable)",
     "Social Security, pension, disability, public assistance (taxable)"),
    ("Seguro Social o incapacidad no gravable", "Non-taxable Social Security or disability"),
    ("Renta recibida (menos gastos que no sean la hipoteca)", "Rental income (less expenses other than mortgage)"),
    ("Inversiones o seguros", "Investment or insurance income"),
    ("Otros: pensión alimenticia, manutención de hijos, otros", "Other: alimony, child support, other"),
)


def rp710b(app: App, pen: Pen, sign: str) -> Paper:
    """Rio Pecos's bilingual three-page application. sign: "screen" (strokes drawn and the date typed in the PDF),
    "ink" (signed and dated by hand on the printed sheet) or "none"."""

    def foot(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 7)
        c.drawString(40, 34, "Forma / Form RP-710B (rev. 01/2042)")
        c.drawRightString(572, 34, f"Hoja {n} de 3 / Sheet {n} of 3")

    def small_head(c: Canvas) -> None:
        rp_head(c, False)
        fbox(c, 420, 774, 152, "Préstamo núm.", "Loan no.", app.loan, pen)

    def page1(c: Canvas) -> list[Mark]:
        rp_head(c, True)
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(572, 756, "Forma / Form RP-710B")
        c.setFont("Helvetica", 7)
        c.drawRightString(572, 746, "Rev. 01/2042")
        c.setLineWidth(1.2)
        c.setStrokeColor(RP_BLUE)
        c.line(40, 721, 572, 721)
        c.setStrokeColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 703, "SOLICITUD DE ASISTENCIA HIPOTECARIA")
        c.setFont("Helvetica-Oblique", 10)
        c.drawCentredString(W / 2, 690, "MORTGAGE ASSISTANCE APPLICATION")
        c.setFont("Helvetica", 7.2)
        c.drawString(40, 674, "Conteste todas las preguntas, firme la hoja 3 y envíe esta solicitud con los documentos "
                              "de la Lista de documentos.")
        c.setFont("Helvetica-Oblique", 6.8)
        c.drawString(40, 665, "Answer every question, sign sheet 3 and send this application with the documents on the"
                              " Document checklist.")
        top = rp_band(c, 656, "I", "INFORMACIÓN DEL PRESTATARIO", "Borrower information")
        fbox(c, 40, top, 150, "Número de préstamo", "Loan number", app.loan, pen)
        bi_label(c, 205, top - 7, "Idioma preferido", "Preferred language")
        choice(c, 205, top - 30, app.spanish, "Español", "Spanish", pen)
        choice(c, 265, top - 30, not app.spanish, "Inglés", "English", pen)
        bi_label(c, 340, top - 7, "¿Algún prestatario está en servicio militar activo?",
                 "Is either borrower on active military duty?")
        yes_no(c, 340, top - 30, False, pen)
        top -= 40
        fbox(c, 40, top, 300, "Nombre del prestatario", "Borrower's name", app.borrower, pen)
        fbox(c, 350, top, 90, "Últimos 4 del SSN", "SSN last 4", app.ssn[-4:], pen)
        fbox(c, 450, top, 122, "Teléfono celular", "Cell phone", app.phone, pen)
        top -= 40
        fbox(c, 40, top, 260, "Correo electrónico", "E-mail", app.email, pen)
        fbox(c, 310, top, 130, "Teléfono alterno", "Alternate phone", app.alt_phone, pen)
        fbox(c, 450, top, 122, "Mejor hora para llamar", "Best time to call", app.best_time, pen)
        top -= 40
        fbox(c, 40, top, 300, "Nombre del co-prestatario", "Co-borrower's name", app.co or "", pen)
        fbox(c, 350, top, 90, "Últimos 4 del SSN", "SSN last 4", (app.co_ssn or "")[-4:], pen)
        fbox(c, 450, top, 122, "Teléfono", "Phone", app.co_phone, pen)
        top = rp_band(c, top - 46, "II", "PROPIEDAD", "Property")
        fbox(c, 40, top, 532, "Dirección de la propiedad (número y calle)", "Property address (number and street)",
             app.street, pen)
        top -= 40
        fbox(c, 40, top, 220, "Ciudad", "City", app.city, pen)
        fbox(c, 270, top, 60, "Estado", "State", app.state, pen)
        fbox(c, 340, top, 90, "Código postal", "ZIP code", app.zip, pen)
        fbox(c, 440, top, 132, "Condado", "County", app.county, pen)
        top -= 40
        fbox(c, 40, top, 532, "Dirección postal (si es diferente)", "Mailing address (if different)", app.mailing,
             pen)
        top -= 44
        bi_label(c, 40, top, "La propiedad es (marque una):", "The property is (check one):")
        y = top - 24
        choice(c, 40, y, app.occupancy == "primary_residence", "Residencia principal", "Primary residence", pen)
        choice(c, 200, y, app.occupancy == "second_home", "Segunda casa", "Second home", pen)
        choice(c, 360, y, app.occupancy == "investment_property", "Propiedad de inversión o rentada",
               "Investment or rental property", pen)
        top -= 46
        bi_label(c, 40, top, "Deseo:", "I want to:")
        y = top - 24
        choice(c, 40, y, True, "Conservar la casa", "Keep the home", pen)
        choice(c, 160, y, False, "Vender la casa", "Sell the home", pen)
        choice(c, 280, y, False, "No sé todavía", "Undecided", pen)
        bi_label(c, 400, top, "¿Está la propiedad a la venta?", "Is the property listed for sale?")
        yes_no(c, 400, y, False, pen)
        top -= 46
        bi_label(c, 40, top, "¿Paga cuotas de asociación de propietarios (HOA)?", "Do you pay homeowners' "
                                                                                  "association (HOA) dues?")
        yes_no(c, 40, top - 24, False, pen)
        fbox(c, 260, top + 7, 120, "Cuota mensual HOA", "Monthly HOA dues", "", pen)
        foot(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        small_head(c)
        top = rp_band(c, 728, "III", "DIFICULTAD", "Hardship")
        fbox(c, 40, top, 140, "Fecha en que comenzó (mm/dd/aaaa)", "Date it began (mm/dd/yyyy)", mdy(app.start), pen)
        bi_label(c, 200, top - 7, "Se espera que la dificultad sea:", "The hardship is expected to be:")
        y = top - 30
        choice(c, 200, y, app.duration == "short", "Corto plazo (6 meses o menos)", "Short-term (6 months or less)",
               pen)
        choice(c, 340, y, app.duration == "long", "Largo plazo o permanente", "Long-term or permanent", pen)
        choice(c, 470, y, app.duration == "resolved", "Ya se resolvió", "Already resolved", pen)
        top -= 46
        c.setFillGray(0.88)
        c.rect(40, top - 20, 532, 20, stroke=1, fill=1)
        c.setFillColor(black)
        bi_label(c, 46, top - 8, "Causa de la dificultad (marque todas las que apliquen)",
                 "Cause of the hardship (check all that apply)")
        bi_label(c, 380, top - 8, "Documentos que debe enviar", "Documents to send")
        y = top - 20
        for i, (es, en, des, den) in enumerate(RP_REASONS):
            c.setLineWidth(0.4)
            c.rect(40, y - 21, 532, 21, stroke=1, fill=0)
            c.line(374, y - 21, 374, y)
            cbox(c, 46, y - 14, HARDSHIPS[i] in app.hardships, pen)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(60, y - 9, es)
            c.setFont("Helvetica-Oblique", 6.2)
            c.drawString(60, y - 17, en)
            c.setFont("Helvetica", 6.6)
            c.drawString(380, y - 9, des)
            c.setFont("Helvetica-Oblique", 6.2)
            c.drawString(380, y - 17, den)
            y -= 21
        top = y - 6
        fbox(c, 40, top, 532, "Otra - explique", "Other - explain", app.other_text, pen)
        top = rp_band(c, top - 42, "IV", "INGRESOS MENSUALES BRUTOS (ANTES DE IMPUESTOS)",
                      "Gross monthly income (before taxes)")
        cols = (40, 322, 404, 486, 572)
        c.setFillGray(0.88)
        c.rect(40, top - 24, 532, 24, stroke=1, fill=1)
        c.setFillColor(black)
        heads = (("Tipo de ingreso", "Income type"), ("Prestatario", "Borrower"), ("Co-prestatario", "Co-borrower"),
                 ("Total mensual", "Monthly total"))
        for (es, en), x in zip(heads, cols, strict=False):
            bi_label(c, x + 5, top - 10, es, en)
        y = top - 24
        totals = app.totals
        rows = [(es, en, app.income.get(k, 0.0), app.co_income.get(k, 0.0), totals.get(k, 0.0))
                for (es, en), k in zip(RP_INCOME, INCOMES, strict=True)]
        co_total = r2(sum(v for v in app.co_income.values() if v > 0))
        b_total = r2(sum(v for v in app.income.values() if v > 0))
        rows.append(("TOTAL", "Total", b_total, co_total if app.co else 0.0, app.total))
        for i, (es, en, b, co, tot) in enumerate(rows):
            last = i == len(rows) - 1
            c.setLineWidth(1.2 if last else 0.4)
            c.rect(40, y - 20, 532, 20, stroke=1, fill=0)
            c.setLineWidth(0.4)
            for x in cols[1:-1]:
                c.line(x, y - 20, x, y)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(45, y - 8, es)
            c.setFont("Helvetica-Oblique", 6.2)
            c.drawString(45, y - 16, en)
            for x, v in ((cols[1], b), (cols[2], co), (cols[3], tot)):
                c.setFont("Helvetica", 7.5)
                c.drawString(x + 4, y - 13, "$")
                if v > 0:
                    txt = money(v)
                    pen(c, x + 76 - 6.6 * len(txt), y - 14, txt)  # room for a typewriter's pica pitch
            y -= 20
        foot(c, 2)
        return []

    def page3(c: Canvas) -> list[Mark]:
        small_head(c)
        top = rp_band(c, 728, "V", "ACTIVOS", "Assets")
        fbox(c, 40, top, 170, "Cuentas de cheques y efectivo", "Checking accounts and cash",
             "$ " + money(app.checking), pen)
        fbox(c, 220, top, 170, "Ahorros y certificados", "Savings and CDs", "$ " + money(app.savings), pen)
        fbox(c, 400, top, 172, "Otros activos (no retiro)", "Other assets (not retirement)", "", pen)
        top = rp_band(c, top - 44, "VI", "CERTIFICACIÓN Y FIRMAS", "Certification and signatures")
        es = ["1. Certifico que toda la información de esta solicitud es verdadera y que la dificultad que describí "
              "contribuyó a mi necesidad de ayuda con la hipoteca. Dar información falsa a sabiendas puede violar la "
              "ley federal.",
              "2. Enviaré todos los documentos que Rio Pecos me pida y contestaré a tiempo sus comunicaciones.",
              "3. Rio Pecos no está obligado a ofrecerme asistencia solo por lo que declaro en esta solicitud.",
              "4. Autorizo a Rio Pecos a obtener un informe de crédito de cada prestatario nombrado.",
              "5. Acepto que me llamen o me escriban sobre esta solicitud a cualquier teléfono o correo que di, "
              "incluso mi celular."]
        en = ["1. I certify that all of the information in this application is true and that the hardship I "
              "described contributed to my need for mortgage relief. Knowingly false information may violate "
              "federal law.",
              "2. I will provide every document Rio Pecos asks for and will answer its communications on time.",
              "3. Rio Pecos is not obligated to offer me assistance based only on the statements in this application.",
              "4. I authorize Rio Pecos to obtain a credit report for each borrower named.",
              "5. I agree to be called or written to about this application at any phone number or e-mail I gave, "
              "including my cell phone."]
        y_es = paragraphs(c, 40, top - 8, 255, es, font="Helvetica", size=7.3, leading=9.2, gap=4)
        y_en = paragraphs(c, 317, top - 8, 255, en, font="Helvetica-Oblique", size=7.1, leading=9.2, gap=4)
        c.setLineWidth(0.4)
        c.line(306, top - 2, 306, min(y_es, y_en) + 8)
        top = min(y_es, y_en) - 8
        marks: list[Mark] = []
        people = [("Firma del prestatario", "Borrower signature", app.b_signs, app.b_dates, 0),
                  ("Firma del co-prestatario", "Co-borrower signature", bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, 1)]
        for es_l, en_l, signs, dates, k in people:
            bottom = fbox(c, 40, top, 360, es_l, en_l, "", pen, h=36)
            fbox(c, 410, top, 162, "Fecha (mm/dd/aaaa)", "Date (mm/dd/yyyy)", "", pen, h=36)
            if sign != "none":
                if signs:
                    marks.append(Mark("sig", 60, bottom + 8, w=210, seed=app.seed + k))
                if dates:
                    if sign == "ink":
                        marks.append(Mark("hand", 420, bottom + 12, mdy(app.signed_on), size=13,
                                          seed=app.seed + 7 + k))
                    else:
                        pen(c, 418, bottom + 13, mdy(app.signed_on))
            top = bottom - 8
        c.setFont("Helvetica", 7.2)
        y = paragraphs(c, 40, top - 14, 532, [
            "Envíe esta solicitud firmada con sus documentos a / Send this signed application with your documents to: "
            "Rio Pecos Home Loan Servicing, Loss Mitigation, 1200 N. Mesa St., Suite 400, El Paso, TX 79902 - "
            "Fax (915) 555-0143 - documentos@riopecos-example.com. Le avisaremos en un plazo de cinco días hábiles "
            "si falta algo. / We will tell you within five business days if anything is missing."],
                       font="Helvetica", size=7.2, leading=9)
        c.setDash(2, 2)
        c.rect(40, y - 58, 532, 50, stroke=1, fill=0)
        c.setDash()
        bi_label(c, 46, y - 18, "Para uso de la oficina", "For office use only")
        c.setFont("Helvetica", 7)
        c.drawString(220, y - 18, "Recibido / Received: ____________     Por / By: ________     Caso / Case: ________")
        foot(c, 3)
        return marks

    return Paper([page1, page2, page3])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_values(app: App) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.checking)}
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.totals.items():
        values[F710_INCOME[k]] = money(v)
    return values


def form710_ink(app: App, style: Scan, seed: int) -> Sheets:
    """The real Form 710 typed through its AcroForm, printed, then signed and dated in ink and scanned."""
    values = form710_values(app)
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
    pdf = fixed_pypdf_bytes(writer, "au710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    sheets = scan_sheets(pdf, marks, style, seed)
    sheets.proof += "\n" + "\n".join(str(v) for v in values.values() if isinstance(v, str))
    return sheets


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
    proof: str = ""  # what was printed on it before it was scanned or faxed


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    form: str = "RP-710B"  # the application's form: its total row is printed (the real Form 710 has none)
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        reader = PdfReader(io.BytesIO(data))
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                doc.proof = "\n".join(reader.pages[page - 1 + i].extract_text() or "" for i in range(n))
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, Sheets]], style: Scan,
             header: Callable[[int, int], str] | None = None) -> None:
        sheets: list[ScannedPage] = []
        for doc, scanned in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(scanned.pages))]
                doc.scanned = True
                doc.proof = scanned.proof
                self.docs.append(doc)
            sheets.extend(scanned.pages)
        if header is not None:
            fax_pages(sheets, style, header)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def other_doc() -> Doc:
    return Doc("other", {})


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = sorted((d for d in docs if d.type == "bank_statement"), key=lambda d: d.fields["period_end"])
    two_bank = False
    for a in stmts:
        for b in stmts:
            if a.account == b.account and a is not b and fresh(a.date) and fresh(b.date) and \
                    dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1):
                two_bank = True
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    for k in app.totals:
        if not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not (need[h] & types):
            out.append(f"hardship_doc:{h}")
    if ("self_employment" in app.totals or "rental" in app.totals) and not any(
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


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s).lower()


def renderings(name: str, value: Any) -> list[str] | None:
    """The ways a field's value may be printed on its paper; None when it is not printed as such."""
    if value is None or isinstance(value, bool) or name in ("monthly_gross", "benefit_type", "frequency"):
        return None
    if name.endswith(("date", "_start", "_end", "signed_on")):
        d = dt.date.fromisoformat(value)
        return [mdy(d), long_date(d), fecha(d), d.isoformat()]
    if isinstance(value, float | int):
        return [money(float(value))]
    return [str(value)]


def proof_problems(exp: dict[str, Any], proofs: dict[str, str], form: str) -> list[str]:
    """That every expected value is printed on the paper it is expected from."""
    problems: list[str] = []
    app = exp["application"]
    app_doc_ = next(d for d in exp["documents"] if d["type"] == "mortgage_assistance_application")
    text = _squash(proofs.get(app_doc_["id"], ""))
    wants: list[tuple[str, list[str]]] = [
        ("loan_number", [app["loan_number"]]), ("borrower_name", [app["borrower_name"]]),
        ("ssn_last4", [app["ssn_last4"]]), ("hardship_start_date", renderings("date", app["hardship_start_date"])
                                           or [])]
    street, city, rest = app["property_address"].rsplit(", ", 2)
    wants += [("property_address", [street]), ("property_address", [city]), ("property_address", [rest.split()[-1]])]
    if app["co_borrower_name"]:
        wants.append(("co_borrower_name", [app["co_borrower_name"]]))
    if app["signed_on"]:
        wants.append(("signed_on", renderings("signed_on", app["signed_on"]) or []))
    for k, v in app["income"].items():
        if k != "total" or form != "Form 710":
            wants.append((f"income.{k}", [money(v)]))
    for name, options in wants:
        if not any(_squash(o) in text for o in options):
            problems.append(f"application {name}: none of {options} printed")
    for doc in exp["documents"]:
        text = _squash(proofs.get(doc["id"], ""))
        for name, value in doc["fields"].items():
            options = renderings(name, value)
            if options and not any(_squash(o) in text for o in options):
                problems.append(f"{doc['id']} {doc['type']} {name}: none of {options} printed")
        if doc["type"] == "pay_stub" and not any(w in text for w in ("weekly", "semanal")):
            problems.append(f"{doc['id']} pay_stub: no frequency printed")
    return problems


def check(out: Path, proofs: dict[str, dict[str, str]], forms: dict[str, str]) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the printed values."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    app_keys = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
                "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
    field_keys = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                               "gross_current", "gross_ytd", "net_current", "monthly_gross"},
                  "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                     "ending_balance"},
                  "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
                  "unemployment_benefit_letter": {"letter_date", "benefit_type"},
                  "hardship_letter": {"letter_date"}, "mortgage_assistance_application": set(), "other": set()}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        if name not in proofs:
            continue
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2042:
            problems.append(f"{name}: received {received}")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != app_keys:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"] or not re.fullmatch(r"\d{6,15}", exp["loan_number"]):
            problems.append(f"{name}: loan number")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["signed"] != (app["signed_on"] is not None) and app["signed"]:
            problems.append(f"{name}: signed without a date")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower and co_borrower_signed disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if ids != [f"D{i:02d}" for i in range(1, len(ids) + 1)]:
            problems.append(f"{name}: document ids {ids}")
        if sum(d["type"] == "mortgage_assistance_application" for d in exp["documents"]) != 1:
            problems.append(f"{name}: not exactly one application")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            if doc["type"] in field_keys and set(doc["fields"]) != field_keys[doc["type"]]:
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
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: YTD under the current gross")
        problems += [f"{name}: {pr}" for pr in proof_problems(exp, proofs[name], forms[name])]
        unlisted = {rel.relative_to(exp_path.parent / "inbox").as_posix()
                    for rel in (exp_path.parent / "inbox").rglob("*") if rel.is_file()} - {f for f, _ in seen}
        problems += [f"{name}: file {u} lists no document" for u in sorted(unlisted)]
    return problems


WH_NM_FLC = Withholding(0.04, 0.017)
WH_TX_FLC = Withholding(0.035, 0.0)
WH_AGENCY = Withholding(0.055, 0.0, (("Transporte en van / Van transport", 15.00),))
VALLE = ("Valle de Mesilla Farm Labor, LLC", "215 Franklin Street, Hatch, NM 87937  -  (575) 555-0131", "NM-FLC-0418")
LEDEZMA = ("Hermanos Ledezma Farm Labor Contractors", "1880 Main Street, Fabens, TX 79838  -  (915) 555-0176",
           "TX-FLC-2271")
NM_RANCHES = ("Rancho Los Álamos", "Campo Rincón 3", "Rancho Salem Norte", "Finca Garfield")
TX_RANCHES = ("Rancho Tornillo Sur", "Campo Alamo Alto", "Finca San Elizario", "Rancho La Isla")


def packet_au1(seed: int) -> Packet:
    received = dt.date(2042, 10, 6)
    stubs = [flc_stub(random.Random(seed * 7 + 1), *VALLE, "José Luis Ñíguez Carrasco", "VM-20731",
                      "Cuadrilla 4 - R. Baca", d, 15.40, NM_RANCHES, WH_NM_FLC, slow=slow)
             for d, slow in ((dt.date(2042, 9, 26), False), (dt.date(2042, 10, 3), True))]
    app = App("0420917735", "José Luis Ñíguez Carrasco", "951-40-2864", "412 Calle del Río", "Hatch", "NM", "87937",
              "Doña Ana", "(575) 555-0183", "jlniguez@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2042, 6, 2), "short", {"wages": monthly_estimate(stubs[-1])}, dt.date(2042, 10, 2),
              checking=385.00,
              seed=seed + 11)
    p = Packet("au1", received, app, [])
    p.pdf(f"{app.loan} solicitud RP-710B.pdf", paper_pdf(rp710b(app, screen_pen, "screen")), (app_doc(), 3))
    for s in stubs:
        p.pdf(f"talon {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    lista = rp_checklist(app.loan, app.borrower, [True, True, False, False, False, False], screen_pen)
    p.pdf(f"lista de documentos {app.loan}.pdf", paper_pdf(lista), (other_doc(), 1))
    return p


def packet_au2(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2042, 4, 14)
    addr = ["10432 Paseo del Sol Drive", "El Paso, TX 79924"]
    who = "María de los Ángeles Ortiz Peña"

    def stub(d: dt.date) -> Stub:
        return staffing_stub(random.Random(seed * 7 + 2), who, "MU-48213", "Zaragoza Logistics - Bodega 3", d,
                             14.25, 40.0, WH_AGENCY)

    stubs = [stub(d) for d in (dt.date(2042, 1, 3), dt.date(2042, 1, 10))]
    credits = [(d.day, "MANOS UNIDAS STAFFING DIR DEP / NOMINA", stub(d).fields["net_current"])
               for d in fridays(dt.date(2042, 3, 31)) if d.month == 3]
    s1 = puerta_statement(rng, who, addr, "2207314458", 2042, 3, 612.35, credits)
    app = App("0731466208", who, "973-18-5520", addr[0], "El Paso", "TX", "79924", "El Paso", "(915) 555-0158",
              "mangeles.ortiz@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2041, 11, 1), "long", {"wages": monthly_estimate(stubs[-1])}, dt.date(2042, 4, 9),
              checking=640.00,
              savings=120.00, seed=seed + 21)
    p = Packet("au2", received, app, ["income_doc:wages"])
    style = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004)
    on = dt.date(2042, 4, 9)
    hl = hardship_letter(who, None, addr, app.loan, on, [
        "In November our homeowner's insurance renewed at almost double the old premium after the hail storms, and "
        "the county raised the appraisal of my house. My escrow payment went up by $286 a month at the same time.",
        "I work full time through a staffing agency at a warehouse, and I cannot pay the new amount together with "
        "my other bills. I want to keep my home and I ask for a modification of my loan."], ink=True, seed=seed + 2)
    pen = typewriter_pen(seed + 20)
    p.scan("ORTIZ PENA MARIA.pdf", [
        (app_doc(), scan_paper(rp710b(app, pen, "ink"), style, seed + 201)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 202)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 203)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 204)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 205))], style)
    return p


def packet_au3(seed: int) -> Packet:
    received = dt.date(2042, 5, 19)
    addr = ["1127 Calle Parral", "Socorro, TX 79927"]
    wba = 512.00
    twc = twc_notice("Efraín Saucedo Villarreal", addr, dt.date(2042, 5, 12), "0048812077", dt.date(2042, 3, 1), wba,
                     [dt.date(2042, 5, 2), dt.date(2042, 5, 9)])
    stub = staffing_stub(random.Random(seed * 7 + 3), "Rocío Ibarra Domínguez", "MU-51877",
                         "Juárez Cross Freight - Andén 7", dt.date(2042, 5, 16), 13.75, 36.0, WH_AGENCY)
    app = App("0918054473", "Efraín Saucedo Villarreal", "988-07-3316", addr[0], "Socorro", "TX", "79927", "El Paso",
              "(915) 555-0121", "efrain.saucedo@example.net", "primary_residence", ["unemployment"],
              dt.date(2042, 2, 27), "short", {"unemployment": r2(wba * 52 / 12)}, dt.date(2042, 5, 16),
              co="Rocío Ibarra Domínguez", co_ssn="988-42-0913", co_phone="(915) 555-0122",
              co_income={"wages": monthly_estimate(stub)}, b_signs=False, b_dates=False, co_signs=False,
              checking=210.00,
              seed=seed + 31)
    p = Packet("au3", received, app, ["application_signature"])
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0008, fax=True)
    on = dt.date(2042, 5, 15)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, [
        "I drove a truck for a freight company that crossed loads to Juarez. The company lost its contract and let "
        "all the drivers go at the end of February. I receive unemployment from the Texas Workforce Commission "
        "while I look for work and study for a new license endorsement.",
        "My wife works through a staffing agency, but her pay and my unemployment are not enough for the full "
        "mortgage payment. We ask for a few months of help until I am driving again."], ink=True, seed=seed + 3)
    cover = fax_cover("Servicios Fiscales La Fe", "(915) 555-0188", "Rio Pecos Home Loan Servicing",
                      "(915) 555-0143", received, 7, f"Saucedo - préstamo / loan {app.loan}")

    def header(n: int, total: int) -> str:
        return f"MAY-19-2042 09:{29 + n:02d}  SERV FISCALES LA FE  915 555 0188          P.{n:02d}/{total:02d}"

    p.scan("FAX_20420519_093114.pdf", [
        (None, scan_paper(cover, style, seed + 300)),
        (app_doc(), scan_paper(rp710b(app, screen_pen, "none"), style, seed + 301)),
        (letter_doc(twc), scan_paper(twc.paper, style, seed + 302)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 303)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 304))], style, header)
    return p


def packet_au4(seed: int) -> Packet:
    received = dt.date(2042, 7, 8)
    addr = ["2306 Calle Tularosa", "Las Cruces, NM 88001"]
    who = "Anselmo Quiñones Barragán"
    ssa = ssa_letter(who, addr, dt.date(2042, 6, 2), 1486.00, dt.date(2036, 4, 1), "962-31-5508A")
    app = App("0650372918", who, "962-31-5508", addr[0], "Las Cruces", "NM", "88001", "Doña Ana", "(575) 555-0147",
              "marisela.quinones@example.com", "primary_residence", ["disability_or_illness"], dt.date(2042, 3, 14),
              "long", {"benefits_taxable": 1486.00}, dt.date(2042, 7, 1), checking=530.00, seed=seed + 41)
    p = Packet("au4", received, app, [], form="Form 710")
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    on = dt.date(2042, 7, 1)
    hl = daughter_letter("Marisela Quiñones Arce", who, ["1809 Valley Drive, Apt. 12", "Las Cruces, NM 88005"],
                         app.loan, on, [
        f"I am writing on behalf of my father, {who}, who reads and speaks only Spanish. He signed this letter "
        "with me after I read it to him in Spanish.",
        "On March 14 my father had a stroke. He spent three weeks in the hospital and a month in rehabilitation, "
        "and he still cannot use his right hand well or drive. Before the stroke he did yard and handyman work "
        "for cash to add to his Social Security. That work has stopped and his doctor says it will not come back.",
        "Since April he has lived only on his Social Security retirement, and his medicines and therapy copays "
        "take more than $300 a month. He fell two payments behind. He wants to stay in the house where he raised "
        "us, and we ask Rio Pecos to review him for a modification that he can pay with his benefit.",
        "Please call me at the number above with any questions; a signed authorization for me to speak for him "
        "is enclosed."], seed=seed + 4)
    auth = third_party_auth(who, app.loan, "Marisela Quiñones Arce", "Hija / Daughter", "(915) 555-0124", on,
                            seed + 44)
    folder = app.loan
    parts: list[tuple[Doc, Sheets]] = [(app_doc(), form710_ink(app, style, seed + 400)),
                                       (letter_doc(ssa), scan_paper(ssa.paper, style, seed + 401)),
                                       (letter_doc(hl), scan_paper(hl.paper, style, seed + 402)),
                                       (other_doc(), scan_paper(auth, style, seed + 403))]
    for i, (doc, sheets) in enumerate(parts, 1):
        p.scan(f"{folder}/EPSN{i:04d}.PDF", [(doc, sheets)], style)
    return p


def packet_au5(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2042, 9, 15)
    addr = ["517 Calle Sombra", "Anthony, TX 79821"]
    who, co = "Héctor Manuel Escobedo Luján", "Ana Sofía Durán Ríos"

    def stub(d: dt.date) -> Stub:
        return staffing_stub(random.Random(seed * 7 + 5), who, "MU-39904", "Santa Teresa Cold Storage - Turno B", d,
                             15.10, 40.0, WH_AGENCY)

    stubs = [stub(d) for d in (dt.date(2042, 9, 5), dt.date(2042, 9, 12))]
    stmts: list[Statement] = []
    begin = 388.72
    for month in (7, 8):
        credits = [(d.day, "MANOS UNIDAS STAFFING DIR DEP / NOMINA", stub(d).fields["net_current"])
                   for d in fridays(dt.date(2042, month, 28)) if d.month == month]
        credits += [(2, "TX CHILD SUPPORT SDU / MANUTENCION", 225.00), (16, "TX CHILD SUPPORT SDU / MANUTENCION",
                                                                         225.00)]
        s = puerta_statement(rng, f"{who} / {co}", addr, "4410078863", 2042, month, begin, credits)
        stmts.append(s)
        begin = s.fields["ending_balance"]
    app = App("0587210946", who, "915-62-0471", addr[0], "Anthony", "TX", "79821", "El Paso", "(915) 555-0109",
              "hmescobedo@example.com", "primary_residence", ["increase_in_housing_expenses", "other"],
              dt.date(2042, 5, 20), "long", {"wages": monthly_estimate(stubs[-1])}, dt.date(2042, 9, 11), co=co,
              co_ssn="915-77-3382",
              co_phone="(915) 555-0110", co_income={"other": 450.00},
              other_text="Cuidado de mi suegra enferma en Juárez / Caring for my sick mother-in-law in Juárez",
              alt_phone="(915) 555-0110", checking=stmts[-1].fields["ending_balance"], seed=seed + 51)
    p = Packet("au5", received, app, [])
    on = dt.date(2042, 9, 11)
    hl = hardship_letter(who, co, addr, app.loan, on, [
        "Since May my wife's mother in Juarez has been sick with kidney failure. She has no one else, so my wife "
        "crosses the bridge three times a week to take her to dialysis and we pay for her medicines. This costs "
        "us about $600 a month and my wife had to leave her part-time job.",
        "At the same time our escrow went up because of the new school tax in Anthony. I work full time through "
        "Manos Unidas at a cold storage warehouse, and my wife receives child support for her son.",
        "We are asking for a modification so that we can keep our home while we care for her mother."],
        ink=False, seed=seed + 5)
    papers = [rp710b(app, screen_pen, "screen"), stubs[0].paper, stubs[1].paper, stmts[0].paper, stmts[1].paper,
              hl.paper]
    docs = [app_doc(), stub_doc(stubs[0]), stub_doc(stubs[1]), stmt_doc(stmts[0]), stmt_doc(stmts[1]),
            letter_doc(hl)]
    p.pdf("Escobedo_Lujan_paquete.pdf", papers_pdf(papers),
          *[(d, len(pp.pages)) for d, pp in zip(docs, papers, strict=True)])
    return p


def packet_au6(seed: int) -> Packet:
    received = dt.date(2042, 11, 10)
    addr = ["14 Calle Nogal", "Fabens, TX 79838"]
    who = "Rosa Elvira Chávez Montoya"
    stubs = [flc_stub(random.Random(seed * 7 + 6), *LEDEZMA, who, "HL-1187", "Cuadrilla 2 - J. Ledezma", d, 14.10,
                      TX_RANCHES, WH_TX_FLC) for d in (dt.date(2042, 10, 31), dt.date(2042, 11, 7))]
    app = App("0304417582", who, "927-55-1406", addr[0], "Fabens", "TX", "79838", "El Paso", "(915) 555-0190",
              "", "primary_residence", ["death"], dt.date(2042, 8, 3), "long",
              {"wages": monthly_estimate(stubs[-1])},
              dt.date(2042, 11, 4), best_time="Después de 6pm", checking=145.00, seed=seed + 61)
    p = Packet("au6", received, app, ["hardship_doc:death"])
    style = Scan(dpi=240, tilt=0.45, blur=0.5, noise=0.0006)
    on = dt.date(2042, 11, 3)
    es = ["Le escribo para explicar por qué me atrasé con los pagos de la casa. Mi esposo, Ramón Iturralde Soto, "
          "falleció el 3 de agosto de este año de un ataque al corazón. Él trabajaba como mecánico en un taller de "
          "Clint y ganaba la mayor parte del dinero de la casa.",
          "Yo trabajo en el campo con una cuadrilla, pero mi sueldo no alcanza para el pago completo de la "
          "hipoteca, la luz y la comida. Con los gastos del funeral me atrasé dos meses.",
          "Quiero quedarme en la casa donde vivimos veintidós años. Les pido que me den una modificación o un pago "
          "que yo pueda cubrir con lo que gano."]
    en = ["I am writing to explain why I fell behind on the house payments. My husband, Ramón Iturralde Soto, died "
          "of a heart attack on August 3 of this year. He worked as a mechanic at a shop in Clint and earned most of "
          "our household's money.",
          "I work in the fields with a crew, but my pay is not enough for the full mortgage payment, the electricity "
          "and food. With the funeral expenses I fell two months behind.",
          "I want to stay in the house where we lived for twenty-two years. I ask you to give me a modification or "
          "a payment that I can cover with what I earn."]
    hl = spanish_letter(who, "Fabens, Texas", addr, app.loan, on, es, en,
                        "Abigail Iturralde Chávez (hija / daughter)", seed + 6)
    pen = typewriter_pen(seed + 60)
    p.scan("scan_20421110_0814.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 600)),
        (app_doc(), scan_paper(rp710b(app, pen, "ink"), style, seed + 601)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 602)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 603)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 604))], style)
    return p


def packet_au7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2042, 8, 19)
    addr = ["2215 Calle Mimbres", "Sunland Park, NM 88063"]
    who = "María Guadalupe Ibáñez Sotelo"

    def stub(d: dt.date) -> Stub:
        return staffing_stub(random.Random(seed * 7 + 7), who, "MU-44310", "Mesa Verde Furniture DC - Picking", d,
                             14.60, 32.0, WH_AGENCY)

    stubs = [stub(dt.date(2042, 8, 8))]
    stmts: list[Statement] = []
    begin = 1204.18
    for month in (6, 7):
        credits = [(d.day, "MANOS UNIDAS STAFFING DIR DEP / NOMINA", stub(d).fields["net_current"])
                   for d in fridays(dt.date(2042, month, 28)) if d.month == month]
        credits.append((3, "DEPOSITO EFECTIVO - RENTA CASITA / RENT", 650.00))
        s = puerta_statement(rng, who, addr, "3318820471", 2042, month, begin, credits)
        stmts.append(s)
        begin = s.fields["ending_balance"]
    app = App("0862391057", who, "940-23-8817", addr[0], "Sunland Park", "NM", "88063", "Doña Ana", "(575) 555-0166",
              "lupita.ibanez@example.net", "primary_residence", ["reduction_in_income"], dt.date(2042, 3, 1), "short",
              {"wages": monthly_estimate(stubs[-1]), "rental": 650.00}, dt.date(2042, 8, 14),
              checking=stmts[-1].fields["ending_balance"],
              seed=seed + 71)
    p = Packet("au7", received, app, ["irs_form_4506c"])
    on = dt.date(2042, 8, 14)
    hl = hardship_letter(who, None, addr, app.loan, on, [
        "In March the furniture warehouse where the agency sends me cut the picking shift from forty to about "
        "thirty-two hours a week, and there is no more overtime. My pay went down by more than $400 a month.",
        "I rent the small casita behind my house to a tenant for $650 a month, which helps, but I still cannot "
        "make the full payment. I ask for a modification of my loan."], ink=False, seed=seed + 7)
    loan = app.loan
    p.pdf(f"{loan}_RP710B.pdf", paper_pdf(rp710b(app, screen_pen, "screen")), (app_doc(), 3))
    p.pdf(f"{loan}_talon_0808.pdf", paper_pdf(stubs[0].paper), (stub_doc(stubs[0]), 1))
    for s in stmts:
        p.pdf(f"eStatement_2042-{s.date.month:02d}.pdf", paper_pdf(s.paper), (stmt_doc(s), 2))
    p.pdf("carta.pdf", paper_pdf(hl.paper), (letter_doc(hl), 1))
    return p


def packet_au8(seed: int) -> Packet:
    received = dt.date(2042, 12, 1)
    addr = ["388 Camino Algodón", "Clint, TX 79836"]
    who, co = "Juan Pablo Ochoa Zubiría", "Marisol Ávila Terrazas"
    stubs = [flc_stub(random.Random(seed * 7 + 8), *LEDEZMA, who, "HL-0954", "Cuadrilla 5 - A. Ledezma", d, 14.10,
                      TX_RANCHES, WH_TX_FLC, slow=slow)
             for d, slow in ((dt.date(2042, 11, 14), True), (dt.date(2042, 11, 21), False))]
    wba = 398.00
    twc = twc_notice(co, addr, dt.date(2042, 11, 20), "0051907342", dt.date(2042, 9, 14), wba,
                     [dt.date(2042, 11, 8), dt.date(2042, 11, 15)])
    app = App("0779125340", who, "933-71-6045", addr[0], "Clint", "TX", "79836", "El Paso", "(915) 555-0135",
              "jp.ochoa@example.com", "primary_residence", ["unemployment"], dt.date(2042, 9, 12), "short",
              {"wages": monthly_estimate(stubs[-1])}, dt.date(2042, 11, 25), co=co, co_ssn="933-08-2261",
              co_phone="(915) 555-0136",
              co_income={"unemployment": r2(wba * 52 / 12)}, checking=260.00, seed=seed + 81)
    p = Packet("au8", received, app, [])
    style = Scan(dpi=240, tilt=0.3, blur=0.6, noise=0.0006)
    pen = typewriter_pen(seed + 80)
    p.scan(f"RP710B {app.loan}.pdf", [(app_doc(), scan_paper(rp710b(app, pen, "ink"), style, seed + 801))], style)
    for i, (doc, paper) in enumerate([(stub_doc(stubs[0]), stubs[0].paper), (stub_doc(stubs[1]), stubs[1].paper),
                                      (letter_doc(twc), twc.paper)], 1):
        p.scan(f"IMG_20421126_{i:04d}.pdf", [(doc, scan_paper(paper, style, seed + 801 + i))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_au1, packet_au2, packet_au3, packet_au4, packet_au5, packet_au6,
                                             packet_au7, packet_au8]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (au1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    proofs: dict[str, dict[str, str]] = {}
    forms: dict[str, str] = {}
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
        proofs[p.name] = {f"D{i:02d}": d.proof for i, d in enumerate(p.docs, 1)}
        forms[p.name] = p.form
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, proofs, forms)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
