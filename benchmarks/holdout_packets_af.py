"""A thirty-second holdout set of borrower packets (af1..af8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z, aa, ab, ac, ad and ae sets, written without looking at the service's code, rules, data files
or tests, to estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_af.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.1 to 0.6 degrees, a
little blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white), and the hand-written
parts are signatures and the dates beside them.

Applications: the real Form 710 (April 2023) filled through its AcroForm in two packets - typed on screen, signed
with drawn strokes laid over its signature field and the date typed into its field, e-mailed (af1); typed, printed,
signed and dated in ink by both spouses and scanned grey at 300 dpi (af4). Two servicers' own two-page forms, each
typed in its PDF and signed on the screen, and printed, signed and dated in ink and scanned or faxed:
Pellham Gate Mortgage Servicing's "Loss Mitigation Intake Sheet" (PGM-31: every section a ruled box with a dark
VERTICAL TAB down its left edge carrying the section's name turned 90 degrees - BORROWERS, PROPERTY, HARDSHIP,
INCOME, SIGNATURES -, labels in small bold type at the left of each ruled row and the answer typed in Courier after
them, occupancy and hardship answered by WRITING NUMBERS from a printed numbered legend into an answer box -
"Occupancy: write 1, 2 or 3", "Number(s) of every reason that applies: 3, 10" -, the duration as a letter S / L /
R in a box, the income on page 2 as numbered lines 20..27 whose amounts sit in SPLIT DOLLARS | CENTS cells and a
line 28 TOTAL, the loan number repeated at the top of page 2) - af2 on screen by both spouses, af5 in ink and faxed
behind a cover sheet, af8 on screen by the borrower while the co-borrower's signature and date stay empty;
Brackenridge Savings and Loan's "Request for Mortgage Assistance" (BSL-5: a pre-printed LETTER addressed to the
association, in a serif face, whose answers are typed in Courier on blanks INSIDE RUNNING SENTENCES - "I, ____, the
borrower on loan number ____, whose Social Security number ends in ____, ask ..." -, the occupancy, duration and
reasons as small boxes marked inline in the sentences, the household income as one long sentence of "$ ____ in
wages ...; $ ____ from self-employment; ... for a total of $ ____ a month", "Signed by the borrower ____ on ____") -
af6 on screen by both, af3 and af7 in ink and scanned.

Pay: a hospital's LANDSCAPE bi-weekly "PAY ADVICE" (St. Brendan Regional Medical Center and Lakemont Children's
Hospital: a row of caption cells, REG / NDIF / PTO codes with hours, rate, current and YTD, taxes and deductions in
side-by-side panels, a Gross / Taxes / Deductions / Net strip with Current and YTD rows); a freight carrier's weekly
"TRIP PAY SUMMARY" for company drivers (Ridgeline Freight Lines and Bluestem Carriers: a trip sheet of loads with
loaded and empty miles and cents-per-mile pay, stop pay, then an earnings summary This Settlement / Year to Date); a
home-care agency's weekly "CAREGIVER EARNINGS" stub paid BY THE VISIT (Hearthside Home Care: a visit log - date,
client initials, visit type, rate per visit - instead of hours); a church's simple typed monthly pay stub in a
typewriter face (Grace Covenant Church). Every year-to-date figure is the sum of that year's checks.
Statements: a community bank's two-page statement (Cedar Hollow Community Bank: a boxed account summary at the top
right, a Date / Description / Debits / Credits / Balance register, "Page 1 of 2") and a credit union's one-page
member statement (Northgate Federal Credit Union: a four-cell summary band, deposits and withdrawals in separate
sections). Letters and papers: typed hardship letters (unsigned when e-mailed, signed in ink when scanned or faxed),
a county employees' retirement board's pension letter (taxable), Social Security's SSI notice (non-taxable), a
disability insurer's long-term disability claim approval (taxable), a trucking company's transfer letter (the
relocation paper), a newspaper's obituary, page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over and signed
on screen, the mailroom's Code 128 "LOAN <number>" separator sheet and a tax office's fax cover sheet (neither is a
document).

Deliveries: a folder named after the loan of e-mailed born-digital files (af1); loose born-digital files named
"<loan>_..." (af2); ONE 240 dpi grey scan of the whole packet behind a separator sheet, no loan number in its name
(af3); ONE 300 dpi grey scan of the whole packet without a separator sheet named "<Surname> <loan>.pdf" (af4); ONE
200 dpi fax behind its cover sheet under the fax server's name (af5); loose born-digital files named
"<loan> <paper>.pdf" (af6); a folder named after the loan holding one 200 dpi grey scan per paper under a scanner's
names (af7); loose born-digital files named "<paper> - <loan>.pdf" (af8). Co-borrowers in af2, af4, af6 and af8.

Complete: af1 (two fresh bi-weekly stubs with year-to-date pay; a reduction in income needs no papers), af2 (two
fresh visit stubs, the retirement board's fresh letter for the co-borrower's pension, the letter explains the
"other" hardship), af4 (a fresh church stub, a fresh disability approval for the co-borrower, the letter covers the
illness), af6 (a fresh stub, SSI notice, two consecutive fresh statements show the rent, a signed 4506-C).
Incomplete: af3 (irs_form_4506c - self-employment claimed, no 4506-C), af5 (hardship_doc:other - an "other"
hardship and no letter explaining it), af7 (income_doc:wages - no stub, and the only two statements ended more than
90 days before the packet arrived), af8 (application_signature - the co-borrower named on the form did not sign).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet. `--check` validates every expected.json (keys, codes, types, dates, that every listed
page exists, that `scanned` matches the absence of a text layer, and that the rules give the scenario's codes).
Received dates fall between March and October 2037. Every file is the same bytes for a seed: reportlab runs in
invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks and
servicers are fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.
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
    c.setCreator("holdout_packets_af")
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
    writer.add_metadata({"/Producer": "holdout_packets_af"})
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


def hospital_stub(rng: random.Random, employer: str, address: str, employee: str, emp_no: str, dept: str,
                  pay_date: dt.date, rate: float, reg_hours: float, wh: Withholding) -> Stub:
    """A hospital's landscape bi-weekly pay advice."""
    dates = pay_dates(dt.date(pay_date.year, 1, 2), pay_date, "biweekly")
    checks = []
    for d in dates:  # each check drawn from its own date, so every stub of this job tells one history
        rr = random.Random(f"{emp_no}{d}{rng_key(rng)}")
        reg = rr.choice([reg_hours, reg_hours, reg_hours - 8, reg_hours + 4])
        ndif = rr.choice([0.0, 12.0, 24.0, 36.0])
        pto = rr.choice([0.0, 0.0, 8.0])
        lines = {"REG  Regular": (reg, rate, r2(reg * rate)),
                 "NDIF Night differential": (ndif, 3.25, r2(ndif * 3.25))}
        if pto:
            lines["PTO  Paid time off"] = (pto, rate, r2(pto * rate))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    size = landscape(letter)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFillColor(Color(0.05, 0.28, 0.36))
        c.rect(30, ph - 70, pw - 60, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(42, ph - 50, employer.upper())
        c.setFont("Helvetica", 8)
        c.drawString(42, ph - 63, address)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(pw - 42, ph - 50, "PAY ADVICE")
        c.setFont("Helvetica", 8)
        c.drawRightString(pw - 42, ph - 63, "NON-NEGOTIABLE - THIS IS NOT A CHECK")
        c.setFillColor(black)
        c.setLineWidth(0.6)
        y = ph - 112
        caps = [("EMPLOYEE", employee, 180), ("EMPLOYEE NO.", emp_no, 80), ("DEPARTMENT", dept, 140),
                ("PERIOD BEGIN", mdy(start), 76), ("PERIOD END", mdy(end), 76), ("PAY DATE", mdy(pay_date), 76),
                ("PAY FREQUENCY", "Bi-Weekly", 84)]
        x = 30.0
        for cap, val, wd in caps:
            cell(c, x, y, wd, 30, cap, val)
            x += wd
        # earnings panel
        top = y - 22
        c.setFont("Helvetica-Bold", 9)
        c.drawString(34, top, "EARNINGS")
        c.drawString(420, top, "TAXES")
        c.drawString(585, top, "DEDUCTIONS")
        c.setFont("Helvetica-Bold", 7)
        hy = top - 14
        for xx, t in ((34, "CODE / DESCRIPTION"), (225, "HOURS"), (275, "RATE"), (335, "CURRENT"),
                      (395, "YTD")):
            if t in ("CODE / DESCRIPTION",):
                c.drawString(xx, hy, t)
            else:
                c.drawRightString(xx + 12 if t != "YTD" else 400, hy, t)
        c.line(30, hy - 4, 405, hy - 4)
        c.setFont("Helvetica", 8.5)
        ly = hy - 16
        labels = ["REG  Regular", "NDIF Night differential", "PTO  Paid time off"]
        for lab in labels:
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, rate, 0.0))
            c.drawString(34, ly, lab)
            c.drawRightString(237, ly, f"{hrs:.2f}" if hrs else "")
            c.drawRightString(287, ly, f"{rt:.4f}" if hrs else "")
            c.drawRightString(347, ly, money(amt) if hrs else "")
            c.drawRightString(400, ly, money(ytd[lab]))
            ly -= 13
        taxes = wh.taxes(ch.gross)
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(525, hy, "CURRENT")
        c.drawRightString(570, hy, "YTD")
        c.drawRightString(705, hy, "CURRENT")
        c.drawRightString(760, hy, "YTD")
        c.line(415, hy - 4, 575, hy - 4)
        c.line(580, hy - 4, 762, hy - 4)
        c.setFont("Helvetica", 8.5)
        ty = hy - 16
        for k, v in taxes.items():
            c.drawString(420, ty, k)
            c.drawRightString(525, ty, money(v))
            c.drawRightString(570, ty, money(ytd[k]))
            ty -= 13
        dy = hy - 16
        for k, v in wh.deductions:
            c.drawString(585, dy, k)
            c.drawRightString(705, dy, money(v))
            c.drawRightString(760, dy, money(ytd[k]))
            dy -= 13
        # totals strip
        sy = 150
        heads = ["", "GROSS PAY", "TAXES", "DEDUCTIONS", "NET PAY"]
        cur = [ch.gross, sum(taxes.values()), sum(v for _, v in wh.deductions), net]
        ytds = [ytd["GROSS"], sum(ytd[k] for k in taxes), sum(ytd[k] for k, _ in wh.deductions), ytd["NET"]]
        widths = [90, 160, 160, 160, 160]
        x = 30.0
        for i, hd in enumerate(heads):
            c.setFillGray(0.88)
            c.rect(x, sy, widths[i], 18, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(x + widths[i] / 2, sy + 6, hd)
            for row, vals in ((1, cur), (2, ytds)):
                c.rect(x, sy - 18 * row, widths[i], 18, stroke=1, fill=0)
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
                if i == 0:
                    c.drawString(x + 5, sy - 18 * row + 6, "Current" if row == 1 else "Year to date")
                else:
                    c.drawRightString(x + widths[i] - 8, sy - 18 * row + 6, money(r2(vals[i - 1])))
            x += widths[i]
        c.setFont("Helvetica", 7.5)
        c.drawString(30, 80, f"Net pay deposited to checking ****{emp_no[-4:]} on {mdy(pay_date)}.")
        c.drawString(30, 68, "Questions about your pay? Contact Payroll Services, extension 4410.")
        return []

    return Stub(Paper([page], size), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


def trucking_stub(rng: random.Random, carrier: str, address: str, driver: str, driver_no: str, truck: str,
                  pay_date: dt.date, cpm: float, wh: Withholding) -> Stub:
    """A freight carrier's weekly trip pay summary for a company driver."""
    dates = pay_dates(dt.date(pay_date.year, 1, 2), pay_date, "weekly")
    key = rng_key(rng)
    cities = ["Joplin MO", "Tulsa OK", "Wichita KS", "Amarillo TX", "Salina KS", "Springfield MO", "Fort Smith AR",
              "Lincoln NE", "Dodge City KS", "Oklahoma City OK"]
    checks = []
    trips_now: list[tuple[str, str, str, int, int]] = []
    for d in dates:
        cur = d == pay_date
        rng = random.Random(f"{driver_no}{d}{key}")
        n = rng.choice([2, 3, 3, 4])
        loaded = 0
        empty = 0
        trips = []
        for _ in range(n):
            lm = rng.randrange(180, 520)
            em = rng.randrange(0, 60)
            loaded += lm
            empty += em
            a, b = rng.sample(cities, 2)
            trips.append((f"{rng.randrange(40000, 49999)}", a, b, lm, em))
        stops = rng.choice([1, 2, 3])
        lines = {"Loaded miles": (float(loaded), cpm, r2(loaded * cpm)),
                 "Empty miles": (float(empty), r2(cpm * 0.5), r2(empty * cpm * 0.5)),
                 "Stop pay": (float(stops), 25.0, r2(stops * 25.0))}
        checks.append(Check(d, lines))
        if cur:
            trips_now = trips
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, 740, carrier)
        c.setFont("Helvetica", 8)
        c.drawString(50, 728, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 740, "TRIP PAY SUMMARY")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 728, "Company driver - weekly settlement")
        c.setLineWidth(2)
        c.line(50, 720, 562, 720)
        c.setLineWidth(0.5)
        c.setFont("Helvetica", 9)
        rows = [("Driver", driver), ("Driver no.", driver_no), ("Tractor", truck),
                ("Settlement period", f"{mdy(start)} through {mdy(end)}"), ("Paid on", mdy(pay_date)),
                ("Pay frequency", "Weekly")]
        y = 700
        for i, (k, v) in enumerate(rows):
            x = 50 if i % 2 == 0 else 310
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y, k + ":")
            c.setFont("Helvetica", 9)
            c.drawString(x + 95, y, v)
            if i % 2 == 1:
                y -= 15
        y -= 18
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "TRIP SHEET")
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((50, "TRIP #"), (100, "ORIGIN"), (200, "DESTINATION")):
            c.drawString(x, y, t)
        for x, t in ((360, "LOADED MI"), (420, "EMPTY MI"), (480, "RATE / MI"), (560, "TRIP PAY")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        c.setFont("Courier", 8.5)
        y -= 16
        for trip, a, b, lm, em in trips_now:
            c.drawString(50, y, trip)
            c.drawString(100, y, a)
            c.drawString(200, y, b)
            c.drawRightString(360, y, f"{lm:,}")
            c.drawRightString(420, y, f"{em:,}")
            c.drawRightString(480, y, f"{cpm:.3f}")
            c.drawRightString(560, y, money(r2(lm * cpm + em * cpm * 0.5)))
            y -= 13
        y -= 18
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "EARNINGS SUMMARY")
        c.drawRightString(470, y, "This settlement")
        c.drawRightString(560, y, "Year to date")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for k, (q, rt, amt) in ch.lines.items():
            c.drawString(50, y, f"{k}  ({q:,.0f} x {rt:.3f})" if k != "Stop pay" else f"{k}  ({q:.0f} stops)")
            c.drawRightString(470, y, money(amt))
            c.drawRightString(560, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Gross pay")
        c.drawRightString(470, y, money(ch.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 20
        c.setFont("Helvetica", 9)
        for k, v in wh.taxes(ch.gross).items():
            c.drawString(50, y, k)
            c.drawRightString(470, y, f"({money(v)})")
            c.drawRightString(560, y, f"({money(ytd[k])})")
            y -= 13
        for k, v in wh.deductions:
            c.drawString(50, y, k)
            c.drawRightString(470, y, f"({money(v)})")
            c.drawRightString(560, y, f"({money(ytd[k])})")
            y -= 13
        c.line(380, y + 8, 562, y + 8)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y - 6, "NET PAY")
        c.drawRightString(470, y - 6, money(net))
        c.drawRightString(560, y - 6, money(ytd["NET"]))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 40, "Miles are paid as dispatched by the driver's ELD. "
                                 "Direct deposit - keep for your records.")
        return []

    return Stub(Paper([page]), stub_fields(carrier, driver, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


def homecare_stub(rng: random.Random, agency: str, address: str, employee: str, emp_id: str, pay_date: dt.date,
                  rates: dict[str, float], visits_now: dict[str, int], wh: Withholding) -> Stub:
    """A home-care agency's weekly caregiver stub paid by the visit."""
    dates = pay_dates(dt.date(pay_date.year, 1, 2), pay_date, "weekly")
    checks = []
    key = rng_key(rng)
    for d in dates:
        rr = random.Random(f"{emp_id}{d}{key}")
        lines = {}
        for kind, rate in rates.items():
            n = max(1, visits_now[kind] + rr.randint(-3, 2))
            lines[kind] = (float(n), rate, r2(n * rate))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    clients = ["M.R.", "J.T.", "E.W.", "H.B.", "L.K."]
    log = []
    for kind, (n, rate, _) in ch.lines.items():
        for _ in range(int(n)):
            day = start + dt.timedelta(days=rng.randrange(7))
            log.append((day, rng.choice(clients), kind, rate))
    log.sort(key=lambda r: (r[0], r[1]))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.18, 0.22))
        c.circle(62, 738, 12, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 17)
        c.drawString(82, 738, agency)
        c.setFont("Times-Roman", 8.5)
        c.drawString(82, 726, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 742, "CAREGIVER EARNINGS")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 730, "Paid per completed visit")
        c.setLineWidth(0.6)
        c.line(50, 716, 562, 716)
        c.setFont("Helvetica", 9)
        info = [("Caregiver", employee), ("Caregiver ID", emp_id), ("Week worked", f"{mdy(start)} - {mdy(end)}"),
                ("Check date", mdy(pay_date)), ("Paid", "Weekly")]
        y = 698
        for k, v in info:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(140, y, v)
            y -= 13
        y -= 10
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "VISIT LOG")
        y -= 13
        for x, t in ((50, "DATE"), (120, "CLIENT"), (180, "VISIT TYPE")):
            c.drawString(x, y, t)
        c.drawRightString(470, y, "RATE PER VISIT")
        c.line(50, y - 4, 480, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for day, cl, kind, rate in log:
            c.drawString(50, y, mdy(day))
            c.drawString(120, y, cl)
            c.drawString(180, y, kind)
            c.drawRightString(470, y, money(rate))
            y -= 11.5
        y -= 14
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "PAY FOR THE WEEK")
        c.drawRightString(300, y, "VISITS")
        c.drawRightString(380, y, "RATE")
        c.drawRightString(470, y, "THIS CHECK")
        c.drawRightString(560, y, "YEAR TO DATE")
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Helvetica", 9)
        for kind, (n, rate, amt) in ch.lines.items():
            c.drawString(50, y, kind)
            c.drawRightString(300, y, f"{n:.0f}")
            c.drawRightString(380, y, money(rate))
            c.drawRightString(470, y, money(amt))
            c.drawRightString(560, y, money(ytd[kind]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Gross earnings")
        c.drawRightString(470, y, money(ch.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 18
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(50, y, k)
            c.drawRightString(470, y, money(v))
            c.drawRightString(560, y, money(ytd[k]))
            y -= 13
        c.setFillGray(0.9)
        c.rect(340, y - 22, 222, 20, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(346, y - 15, "Net pay")
        c.drawRightString(470, y - 15, money(net))
        c.drawRightString(556, y - 15, money(ytd["NET"]))
        return []

    return Stub(Paper([page]), stub_fields(agency, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


def church_stub(church: str, address: str, employee: str, position: str, pay_date: dt.date, salary: float,
                wh: Withholding) -> Stub:
    """A church office's simple typed monthly pay stub."""
    dates = pay_dates(dt.date(pay_date.year, 1, 31), pay_date, "monthly")
    checks = [Check(d, {"Salary": (0.0, 0.0, salary)}) for d in dates]
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start = pay_date.replace(day=1)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, 740, church)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 727, address)
        c.setFont("Courier-Bold", 11)
        c.drawString(72, 690, "PAY STUB")
        c.setFont("Courier", 10)
        rows = [f"Employee:      {employee}", f"Position:      {position}",
                f"Pay period:    {long_date(start)} to {long_date(pay_date)}",
                f"Pay date:      {long_date(pay_date)}", "Paid:          Monthly", "",
                f"{'':22}{'THIS MONTH':>14}{'YEAR TO DATE':>16}",
                f"{'Gross salary':22}{money(ch.gross):>14}{money(ytd['GROSS']):>16}", ""]
        for k, v in wh.taxes(ch.gross).items():
            rows.append(f"{('Less ' + k.lower()):22}{money(v):>14}{money(ytd[k]):>16}")
        for k, v in wh.deductions:
            rows.append(f"{('Less ' + k.lower()):22}{money(v):>14}{money(ytd[k]):>16}")
        rows += [f"{'':22}{'-' * 12:>14}{'-' * 12:>16}", f"{'NET PAY':22}{money(net):>14}{money(ytd['NET']):>16}",
                 "", f"Check no. {pay_date.strftime('%m%d')}1 issued by the church office.",
                 "Questions: see the church administrator."]
        y = 668
        for row in rows:
            c.drawString(72, y, row)
            y -= 14
        c.setDash(3, 3)
        c.line(60, y - 10, W - 60, y - 10)
        c.setDash()
        return []

    return Stub(Paper([page]), stub_fields(church, employee, ch, start, pay_date, "monthly", ytd["GROSS"], net),
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


def cedar_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                    begin: float, credits: Sequence[tuple[int, str, float]],
                    kind: str = "PERSONAL CHECKING") -> Statement:
    """Cedar Hollow Community Bank: two pages, a boxed summary at the top right, a running-balance register."""
    bank = "Cedar Hollow Community Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:9], rows[9:]

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.18, 0.33, 0.2))
        c.setFont("Times-Bold", 18)
        c.drawString(50, 735, "Cedar Hollow")
        c.setFont("Times-Roman", 10)
        c.drawString(50, 722, "COMMUNITY BANK  -  Member FDIC")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 740, f"{kind}  Account ending {acct[-4:]}")
        c.drawRightString(562, 729, f"Statement period {mdy(start)} - {mdy(end)}")
        c.drawRightString(562, 718, f"Page {n} of 2")

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "DATE")
        c.drawString(100, y, "DESCRIPTION")
        c.drawRightString(400, y, "DEBITS")
        c.drawRightString(480, y, "CREDITS")
        c.drawRightString(560, y, "BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        if opening:
            c.drawString(50, y, start.strftime("%m/%d"))
            c.drawString(100, y, "Beginning balance")
            c.drawRightString(560, y, money(begin))
            y -= 13
        for d, desc, a, b in part:
            c.drawString(50, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(400 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(560, y, money(b))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 680
        for ln in [holder.upper(), *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.rect(340, 585, 222, 100, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(348, 672, "ACCOUNT SUMMARY")
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Beginning balance", begin), ("Deposits and credits", dep),
                                    ("Withdrawals and debits", wd), ("Ending balance", ending))):
            c.drawString(348, 655 - 15 * i, k)
            c.drawRightString(555, 655 - 15 * i, money(v))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 560, "ACCOUNT ACTIVITY")
        register(c, 544, first, True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = register(c, 690, rest, False)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 4, "Ending balance")
        c.drawRightString(560, y - 4, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 40, "Report errors within 60 days. Cedar Hollow Community Bank, 14 Mill Pond Road.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def northgate_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                        begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Northgate Federal Credit Union: one page, a four-cell summary band, deposits and withdrawals apart."""
    bank = "Northgate Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = [t for t in lines if t[2] > 0]
    wds = [t for t in lines if t[2] < 0]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.1, 0.2, 0.5))
        c.rect(0, 752, W, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, 766, "NORTHGATE")
        c.setFont("Helvetica", 9)
        c.drawString(142, 767, "Federal Credit Union")
        c.drawRightString(572, 767, "MEMBER STATEMENT")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        y = 725
        for ln in [holder, *address]:
            c.drawString(40, y, ln)
            y -= 12
        c.drawRightString(572, 725, f"Member account: XXXXXX{acct[-4:]}")
        c.drawRightString(572, 713, f"Statement from {long_date(start)}")
        c.drawRightString(572, 701, f"through {long_date(end)}")
        heads = (("Beginning Balance", begin), ("Total Deposits", r2(sum(t[2] for t in dep))),
                 ("Total Withdrawals", r2(-sum(t[2] for t in wds))), ("Ending Balance", ending))
        for i, (k, v) in enumerate(heads):
            x = 40 + i * 133
            c.setFillGray(0.92)
            c.rect(x, 630, 130, 40, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 6, 658, k.upper())
            c.setFont("Helvetica-Bold", 11)
            c.drawRightString(x + 124, 638, "$" + money(v))
        y = 605
        for title, part in (("DEPOSITS AND OTHER CREDITS", dep), ("WITHDRAWALS AND OTHER DEBITS", wds)):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, title)
            c.line(40, y - 4, 572, y - 4)
            y -= 16
            c.setFont("Helvetica", 8.5)
            for d, desc, a in part:
                c.drawString(40, y, d.strftime("%b %d"))
                c.drawString(100, y, desc)
                c.drawRightString(572, y, money(abs(a)))
                y -= 12
            y -= 14
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y, "Dividends are paid monthly. Federally insured by NCUA.")
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


def pension_letter(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    paras = [f"This letter confirms that {member} receives a service retirement pension from the Carrow County "
             "Employees' Retirement Board. The pension is paid monthly by direct deposit on the first business day "
             "of each month and is subject to federal income tax.",
             "The current monthly benefit is shown below. The amount will continue for the member's lifetime and "
             "changes only with the annual cost-of-living adjustment approved by the Board each January."]
    table = [("Member", member), ("Retirement date", long_date(since)), ("Gross monthly pension", "$" + money(monthly)),
             ("Payment frequency", "Monthly"), ("Federal tax withheld", "Yes, per Form W-4P on file")]
    paper = simple_letter(("CARROW COUNTY EMPLOYEES' RETIREMENT BOARD",
                           "200 Courthouse Square, Suite 410  -  Carrow, OH 45601  -  (740) 555-0148",
                           Color(0.2, 0.2, 0.45)), date, [member, *address], "Re: Verification of pension benefit",
                          paras,
                          ["Sincerely,", "", "Benefits Administration", "Carrow County Employees' Retirement Board"],
                          table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def ssi_notice(person: str, address: Sequence[str], date: dt.date, monthly: float) -> Letter:
    paras = [f"We are writing to tell you about your Supplemental Security Income (SSI) payments. Beginning "
             f"{long_date((date.replace(day=1) + dt.timedelta(days=32)).replace(day=1))} your monthly SSI "
             f"payment will be ${money(monthly)}. We pay SSI once a month, on the first of the month.",
             "SSI payments are not taxable income. You must tell us right away about changes in your income, "
             "resources or living arrangements, because they may change your payment.",
             "If you disagree with this decision, you have 60 days to ask for an appeal."]
    paper = simple_letter(("SOCIAL SECURITY ADMINISTRATION",
                           "Supplemental Security Income  -  Notice of Change in Payment",
                           Color(0.1, 0.25, 0.45)), date, [person, *address], "Your SSI payment amount",
                          paras, ["Social Security Administration", "Date of this notice: " + mdy(date)],
                          [("Monthly SSI payment", "$" + money(monthly)), ("Paid", "Monthly")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def ltd_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, claim: str, since: dt.date,
               employer: str) -> Letter:
    paras = [f"We have completed our review of your claim for Long Term Disability benefits under the group policy "
             f"issued to {employer}. We are pleased to tell you that your claim has been APPROVED.",
             f"Benefits begin after the 90-day elimination period, on {long_date(since)}. Your gross monthly "
             f"benefit is ${money(monthly)}, paid monthly. Because your employer paid the premiums, the benefit is "
             "taxable income.",
             "We will review your claim periodically and may ask for updated information from you and your doctor."]
    paper = simple_letter(("ALLARD MUTUAL LIFE & DISABILITY",
                           "Group Disability Claims  -  PO Box 7720, Hartwell, CT 06102",
                           Color(0.35, 0.1, 0.1)), date, [person, *address],
                          f"Claim {claim} - Long Term Disability claim approval", paras,
                          ["Sincerely,", "", "Disability Claims Specialist", "Allard Mutual Life & Disability"],
                          [("Gross monthly benefit", "$" + money(monthly)), ("Frequency", "Monthly"),
                           ("Benefit start date", mdy(since))])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def relocation_letter(employee: str, date: dt.date, carrier: str, new_place: str, start: dt.date) -> Letter:
    paras = [f"This letter confirms that your position as a company driver is being transferred from our Salina, "
             f"Kansas terminal to our {new_place} terminal, effective {long_date(start)}. The Salina terminal will "
             "close at the end of that month.",
             "The transfer is a condition of continued employment. The company will pay a one-time relocation "
             "allowance of $2,500.00 with your first settlement at the new terminal.",
             "Please sign and return the acknowledgment below."]
    paper = simple_letter((carrier.upper(), "Human Resources  -  1800 Industrial Parkway, Salina, KS 67401",
                           Color(0.1, 0.35, 0.3)), date, [employee], "Notice of transfer to a new terminal", paras,
                          ["Sincerely,", "", "Director of Human Resources", carrier])
    return Letter(paper, "employer_relocation_letter", date)


def obituary(name: str, died: dt.date, age: int, town: str, survivors: str, date: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 22)
        c.drawCentredString(W / 2, 735, "The Marlow County Ledger")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 721, f"OBITUARIES  -  {long_date(date)}  -  Page B6")
        c.line(72, 713, W - 72, 713)
        c.setFont("Times-Bold", 15)
        c.drawString(72, 690, name)
        c.setFont("Times-Italic", 10)
        c.drawString(72, 676, f"{long_date(died.replace(year=died.year - age))} - {long_date(died)}")
        paragraphs(c, 72, 652, W - 144, [
            f"{name}, {age}, of {town}, passed away on {long_date(died)} at Marlow General Hospital after a "
            "short illness. He worked for many years as an electrician and was a member of the volunteer fire "
            "company.", f"He is survived by {survivors}.",
            "A memorial service will be held at the Fenwick Funeral Home on Saturday at 11 a.m. In lieu of "
            "flowers, the family asks that donations be made to the volunteer fire company."], size=10.5)
        return []

    return Letter(Paper([page]), "obituary", date)


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
        if i == 3:
            page.merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"af710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    pdf = fixed_pypdf_bytes(writer, "af710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


def tab_section(c: Canvas, top: float, height: float, title: str) -> float:
    """A ruled box with a dark vertical tab down its left edge carrying the section name turned 90 degrees."""
    c.setLineWidth(0.8)
    c.rect(50, top - height, 512, height, stroke=1, fill=0)
    c.setFillColor(Color(0.16, 0.2, 0.28))
    c.rect(50, top - height, 22, height, stroke=0, fill=1)
    c.setFillColor(white)
    c.saveState()
    c.translate(65, top - height / 2)
    c.rotate(90)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(0, 0, title)
    c.restoreState()
    c.setFillColor(black)
    return 78.0


def pgm_row(c: Canvas, y: float, cells: Sequence[tuple[float, float, str, str]]) -> None:
    """A ruled row 22 points high: cells of (x, width, label, typed answer)."""
    c.setLineWidth(0.4)
    for x, w, label, value in cells:
        c.line(x, y, x + w, y)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x + 2, y + 8, label)
        from reportlab.pdfbase.pdfmetrics import stringWidth

        c.setFont("Courier", 10)
        c.drawString(x + 8 + stringWidth(label, "Helvetica-Bold", 7.5), y + 7, value)
    c.line(cells[0][0] - 6, y, 562, y)


PGM_REASONS = ("Job loss / unemployment", "Less pay, fewer hours or lost overtime",
               "Higher housing costs (taxes, insurance, HOA)", "Natural or man-made disaster",
               "Illness or disability (you, co-borrower or dependent)", "Divorce or legal separation",
               "Separation of unmarried co-owners", "Death of a borrower or wage earner",
               "Job transfer or relocation far away", "Other (describe below)")
PGM_INCOME = ("Wages, salary, overtime, tips, bonuses, commissions", "Self-employment income",
              "Unemployment benefits", "Social Security, pension, disability, other public benefits (taxable)",
              "Non-taxable Social Security, SSI or disability", "Rental income (after expenses other than mortgage)",
              "Investment or insurance income", "Other: alimony, child support, separate maintenance, other")


def pgm31(app: App, ink: bool) -> Paper:
    def header(c: Canvas) -> None:
        c.setFont("Times-Bold", 17)
        c.drawString(50, 742, "PELLHAM GATE")
        c.setFont("Times-Roman", 8.5)
        c.drawString(50, 731, "MORTGAGE SERVICING  -  PO Box 3318, Pellham, VA 23112")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 744, "Loss Mitigation Intake Sheet")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 733, "Form PGM-31 (rev. 02/2037)")
        c.setLineWidth(1.2)
        c.line(50, 724, 562, 724)

    def page1(c: Canvas) -> list[Mark]:
        header(c)
        paragraphs(c, 50, 710, 512, ["Complete every section, then sign page 2. Type or print clearly. Where a "
                                     "question asks for a number, write the number from the list printed beside it. "
                                     "Return the form with the documents listed on our checklist."],
                   font="Helvetica", size=8, leading=10)
        top = 680
        xi = tab_section(c, top, 100, "BORROWERS")
        y = top - 22
        pgm_row(c, y, [(xi, 484, "Loan number", app.loan)])
        y -= 22
        pgm_row(c, y, [(xi, 330, "Borrower - full name", app.borrower), (xi + 340, 144, "SSN - last 4", app.ssn[-4:])])
        y -= 22
        pgm_row(c, y, [(xi, 330, "Co-borrower - full name", app.co or ""),
                       (xi + 340, 144, "SSN - last 4", (app.co_ssn or "")[-4:])])
        y -= 22
        pgm_row(c, y, [(xi, 200, "Phone", app.phone), (xi + 210, 274, "E-mail", app.email)])
        top = 568
        xi = tab_section(c, top, 110, "PROPERTY")
        y = top - 22
        pgm_row(c, y, [(xi, 484, "Property street address", app.street)])
        y -= 22
        pgm_row(c, y, [(xi, 250, "City", app.city), (xi + 260, 80, "State", app.state),
                       (xi + 350, 134, "ZIP", app.zip)])
        y -= 30
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(xi + 2, y + 8, "Occupancy - write 1, 2 or 3 in the box:")
        c.rect(xi + 160, y + 2, 26, 20, stroke=1, fill=0)
        c.setFont("Courier-Bold", 12)
        c.drawCentredString(xi + 173, y + 7, str(OCCUPANCIES.index(app.occupancy) + 1))
        c.setFont("Helvetica", 7.5)
        c.drawString(xi + 200, y + 14, "1 = I / we live in it as our principal residence")
        c.drawString(xi + 200, y + 4, "2 = second or vacation home      3 = rented out / investment property")
        top = 446
        xi = tab_section(c, top, 206, "HARDSHIP")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(xi + 2, top - 14, "Reasons (numbered list):")
        c.setFont("Helvetica", 8)
        for i, reason in enumerate(PGM_REASONS):
            col, row = divmod(i, 5)
            c.drawString(xi + 2 + col * 245, top - 28 - row * 12, f"{i + 1:>2}  {reason}")
        y = top - 112
        nums = ", ".join(str(HARDSHIPS.index(h) + 1) for h in sorted(app.hardships, key=HARDSHIPS.index))
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(xi + 2, y + 8, "Number(s) of every reason that applies:")
        c.rect(xi + 160, y + 2, 120, 20, stroke=1, fill=0)
        c.setFont("Courier-Bold", 12)
        c.drawString(xi + 166, y + 7, nums)
        y -= 26
        pgm_row(c, y, [(xi, 484, "If 10, describe:", app.other_text)])
        y -= 30
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(xi + 2, y + 8, "Date the hardship began (mm/dd/yyyy):")
        c.rect(xi + 160, y + 2, 90, 20, stroke=1, fill=0)
        c.setFont("Courier", 10)
        c.drawString(xi + 165, y + 8, mdy(app.start))
        y -= 28
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(xi + 2, y + 8, "Expected to last - write S, L or R:")
        c.rect(xi + 160, y + 2, 26, 20, stroke=1, fill=0)
        c.setFont("Courier-Bold", 12)
        c.drawCentredString(xi + 173, y + 7, {"short": "S", "long": "L"}.get(app.duration, "R"))
        c.setFont("Helvetica", 7.5)
        c.drawString(xi + 200, y + 8, "S = 6 months or less    L = longer than 6 months    R = already resolved")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 40, "PGM-31  -  Page 1 of 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, 708, "Loan number:")
        c.setFont("Courier", 10)
        c.drawString(112, 708, app.loan)
        top = 690
        xi = tab_section(c, top, 262, "INCOME")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(xi + 2, top - 14, "Monthly income before taxes - all borrowers together")
        c.drawCentredString(497, top - 14, "$ per month")
        c.setFont("Helvetica", 7)
        c.drawString(456, top - 26, "DOLLARS")
        c.drawString(523, top - 26, "CENTS")
        y = top - 50
        rows = [(20 + i, label, app.income.get(k, 0.0)) for i, (k, label) in enumerate(zip(INCOMES, PGM_INCOME,
                                                                                                strict=True))]
        rows.append((28, "TOTAL monthly income (add lines 20 through 27)", app.total))
        for num, label, amount in rows:
            bold = num == 28
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(xi + 2, y + 7, str(num))
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
            c.drawString(xi + 22, y + 7, label)
            c.setLineWidth(0.5)
            c.rect(440, y, 78, 20, stroke=1, fill=0)
            c.rect(518, y, 36, 20, stroke=1, fill=0)
            c.setFont("Helvetica", 9)
            c.drawString(430, y + 6, "$")
            if amount > 0:
                dollars, cents = f"{amount:,.2f}".split(".")
                c.setFont("Courier-Bold" if bold else "Courier", 10.5)
                c.drawRightString(514, y + 6, dollars)
                c.drawCentredString(536, y + 6, cents)
            y -= 24
        top = 412
        xi = tab_section(c, top, 250, "SIGNATURES")
        yy = paragraphs(c, xi + 2, top - 16, 470, [
            "I certify that the information on this sheet is true and that the hardship described contributed to my "
            "need for help. I agree to provide the documents Pellham Gate asks for and consent to a credit report "
            "for every borrower named. Knowingly false statements may violate federal law."],
            font="Helvetica", size=8, leading=10)
        marks: list[Mark] = []
        y = yy - 40
        people = [(app.borrower, "Borrower", app.b_signs, app.b_dates, 0)]
        if app.co:
            people.append((app.co, "Co-borrower", app.co_signs, app.co_signs, 1))
        for name, role, signs, dates, k in [*people, *([] if app.co else [("", "Co-borrower", False, False, 1)])]:
            c.setLineWidth(0.6)
            c.line(xi + 4, y, xi + 300, y)
            c.rect(xi + 330, y - 2, 110, 22, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(xi + 4, y - 10, f"{role} signature")
            c.drawString(xi + 330, y - 12, "Date (mm/dd/yyyy)")
            c.setFont("Helvetica", 7.5)
            c.drawString(xi + 120, y - 10, f"Printed name: {name}")
            if signs:
                marks.append(Mark("sig", xi + 20, y + 2, w=190, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", xi + 336, y + 4, mdy(app.signed_on), size=12, seed=app.seed + 7 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(xi + 336, y + 5, mdy(app.signed_on))
            y -= 70
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 40, "PGM-31  -  Page 2 of 2")
        return marks

    return Paper([page1, page2])


Seg = str | tuple[str, float, str] | tuple[str, bool]


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


BSL_REASONS = ("I lost my job", "my income was reduced", "my housing costs went up",
               "a disaster struck my home or workplace", "I or a family member became seriously ill or disabled",
               "divorce or legal separation", "separation from a co-owner I am not married to",
               "the death of a borrower or wage earner", "I was transferred or relocated far away for work",
               "another reason:")
BSL_INCOME = ("in wages, salary, overtime, tips and bonuses", "from self-employment", "in unemployment benefits",
              "in taxable Social Security, pension or disability benefits",
              "in non-taxable Social Security, SSI or disability benefits",
              "in rent, after expenses other than the mortgage", "from investments or insurance",
              "from other sources such as alimony or child support")


def bsl5(app: App, ink: bool) -> Paper:
    def head(c: Canvas, page: int) -> None:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 745, "BRACKENRIDGE SAVINGS AND LOAN ASSOCIATION")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 733, "Loss Mitigation Department  -  71 Forge Street, Brackenridge, PA 15014  -  "
                                        "(724) 555-0190")
        c.setLineWidth(0.5)
        c.line(72, 726, W - 72, 726)
        c.line(72, 723, W - 72, 723)
        c.setFont("Times-Italic", 8)
        c.drawString(72, 712, "Form BSL-5  -  Request for Mortgage Assistance")
        c.drawRightString(W - 72, 712, f"Page {page} of 2")

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, 686, "To: Brackenridge Savings and Loan Association, Loss Mitigation Department")
        c.drawString(72, 668, "Please complete the blanks and mark the boxes that apply, then sign page 2.")
        y = flow(c, 72, 640, W - 144, [
            "1. I,", ("blank", 190, app.borrower), ", the borrower on loan number", ("blank", 100, app.loan),
            ", whose Social Security number ends in", ("blank", 46, app.ssn[-4:]),
            ", ask Brackenridge Savings and Loan to review me for help with my mortgage payments."])
        y = flow(c, 72, y - 6, W - 144, [
            "2. My co-borrower is", ("blank", 190, app.co or ""), "(leave blank if there is none), whose Social "
            "Security number ends in", ("blank", 46, (app.co_ssn or "")[-4:]), "."])
        y = flow(c, 72, y - 6, W - 144, [
            "3. The property that secures the loan is located at", ("blank", 200, app.street), ", in",
            ("blank", 120, app.city), ",", ("blank", 30, app.state), ("blank", 60, app.zip), "."])
        y = flow(c, 72, y - 6, W - 144, [
            "4. The property is", ("box", app.occupancy == "primary_residence"), "the home I live in as my principal "
            "residence", ("box", app.occupancy == "second_home"), "my second or vacation home",
            ("box", app.occupancy == "investment_property"), "a rental or investment property."])
        y = flow(c, 72, y - 6, W - 144, [
            "5. My hardship began on or about", ("blank", 90, mdy(app.start)), "(mm/dd/yyyy), and I expect it to be",
            ("box", app.duration == "short"), "short-term (six months or less)", ("box", app.duration == "long"),
            "long-term or permanent", ("box", app.duration == "resolved"), "already resolved."])
        segs: list[Any] = ["6. The cause of my hardship is (mark every one that applies):"]
        for i, reason in enumerate(BSL_REASONS):
            segs += [("box", HARDSHIPS[i] in app.hardships), reason + (";" if i < 9 else "")]
        segs += [("blank", 230, app.other_text), "."]
        flow(c, 72, y - 6, W - 144, segs)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, 686, f"Loan number {app.loan} (continued)")
        segs: list[Any] = ["7. Every month, before taxes, my household receives"]
        for i, (k, label) in enumerate(zip(INCOMES, BSL_INCOME, strict=True)):
            amount = app.income.get(k, 0.0)
            segs += ["$", ("blank", 70, money(amount) if amount > 0 else "0.00"),
                     label + (";" if i < 6 else "; and" if i == 6 else ",")]
        segs += ["for a total of $", ("blank", 80, money(app.total)), "a month."]
        y = flow(c, 72, 656, W - 144, segs)
        y = paragraphs(c, 72, y - 8, W - 144, [
            "8. I certify that everything in this request is true, and that the hardship I described contributed to "
            "my need for mortgage relief. I agree to send the documents Brackenridge asks for, I consent to a credit "
            "report for each borrower, and I understand that knowingly false statements may violate federal law."],
            size=10.5, leading=14)
        marks: list[Mark] = []
        y -= 30
        people = [(app.borrower, "borrower", app.b_signs, app.b_dates, 0),
                  (app.co or "", "co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for _name, role, signs, dates, k in people:
            c.setFont("Times-Roman", 10.5)
            c.drawString(72, y, f"Signed by the {role}")
            c.setLineWidth(0.5)
            c.line(200, y - 2, 400, y - 2)
            c.drawString(408, y, "on")
            c.line(426, y - 2, 540, y - 2)
            c.setFont("Times-Italic", 7.5)
            c.drawString(430, y - 11, "date (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", 210, y, w=145, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", 432, y + 1, mdy(app.signed_on), size=12, seed=app.seed + 9 + k))
                else:
                    c.setFont("Courier-Bold", 10)
                    c.drawString(432, y + 1, mdy(app.signed_on))
            y -= 48
        c.setFont("Times-Italic", 8.5)
        c.drawString(72, y - 10, "Return this request with the documents on the enclosed checklist. Keep a copy.")
        return marks

    return Paper([page1, page2])


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
    return fixed_pypdf_bytes(writer, "af4506c")


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


WH_A = Withholding(0.1, 0.04, True, (("Medical plan", 96.40), ("403(b) retirement", 75.00)))
WH_B = Withholding(0.08, 0.03, True, (("Health insurance", 61.25),))
WH_C = Withholding(0.07, 0.0307, True, ())
WH_CH = Withholding(0.06, 0.03, True, (("Dental plan", 18.00),))
ADDR = {"af1": ["2718 Larkin Hollow Road", "Brookfield, OH 44403"]}


def packet_af1(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 1)
    received = dt.date(2037, 3, 16)
    addr = ["2718 Larkin Hollow Road", "Brookfield, OH 44403"]
    stubs = [hospital_stub(random.Random(seed * 7 + 1), "St. Brendan Regional Medical Center",
                           "1500 Abbey Lane, Warren, OH 44485", "Renata M. Okafor", "0087215", "4 West Med-Surg",
                           d, 38.40, 72.0, WH_A) for d in (dt.date(2037, 2, 27), dt.date(2037, 3, 13))]
    app = App("4417203958", "Renata M. Okafor", "947-31-2286", "2718 Larkin Hollow Road", "Brookfield", "OH",
              "44403", "(330) 555-0172", "renata.okafor@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2036, 11, 2), "long", {"wages": stubs[-1].monthly}, dt.date(2037, 3, 14), seed=seed + 11)
    p = Packet("af1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Okafor MAA signed.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/PayAdvice_{s.date.isoformat()}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    letter_on = dt.date(2037, 3, 14)
    hl = hardship_letter(app.borrower, None, addr, app.loan, letter_on, "Fannie Mae loan servicer", [
        "Since November my hospital has cut the night shifts on my unit. I used to work four twelve-hour nights "
        "every two weeks on top of my regular hours and now I am held to my base schedule, so my take-home pay "
        "dropped by almost eight hundred dollars a month.",
        "I have kept up with the mortgage as long as I could, but I fell behind in January. I want to stay in my "
        "home and I am asking for a modification or any program that lowers my payment to what I earn now."],
        ink=False, seed=rng.randrange(999))
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(letter_on), 1))
    return p


def packet_af2(seed: int) -> Packet:
    received = dt.date(2037, 4, 21)
    addr = ["114 Tanager Court", "Carrow, OH 45601"]
    rates = {"Personal care visit": 31.50, "Respite visit (4 hr)": 84.00, "Companion visit": 24.00}
    stubs = [homecare_stub(random.Random(seed * 7 + 2), "Hearthside Home Care Services",
                           "3900 Route 33 East, Carrow, OH 45601", "Darnell K. Whitfield", "HC-20418", d, rates,
                           {"Personal care visit": 14, "Respite visit (4 hr)": 3, "Companion visit": 5}, WH_B)
             for d in (dt.date(2037, 4, 10), dt.date(2037, 4, 17))]
    pension = pension_letter("Odessa M. Whitfield", addr, dt.date(2037, 2, 5), 1412.60, dt.date(2031, 7, 1))
    app = App("2093381746", "Darnell K. Whitfield", "962-48-1175", "114 Tanager Court", "Carrow", "OH", "45601",
              "(740) 555-0126", "dkwhitfield@example.com", "primary_residence",
              ["increase_in_housing_expenses", "other"], dt.date(2037, 1, 9), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1412.60}, dt.date(2037, 4, 14),
              co="Odessa M. Whitfield", co_ssn="958-20-4431", other_text="Caring for my mother at home",
              seed=seed + 21)
    p = Packet("af2", received, app, [])
    p.pdf(f"{app.loan}_application.pdf", paper_pdf(pgm31(app, ink=False)), (app_doc(), 2))
    for s in stubs:
        p.pdf(f"{app.loan}_paystub_{s.date.strftime('%m%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{app.loan}_pension.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    on = dt.date(2037, 4, 14)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Pellham Gate Mortgage Servicing", [
        "In January the county raised the assessed value of our house and our escrow payment went up by $212 a "
        "month. At the same time my wife's mother moved in with us after a fall, and my wife now cares for her at "
        "home during the day. I cut my visits at the agency to be home in the mornings.",
        "We are asking Pellham Gate to look at a modification so that our payment fits what we now earn."],
        ink=False, seed=seed)
    p.pdf(f"{app.loan}_letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_af3(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2037, 6, 9)
    mail = ["908 Furnace Street", "Brackenridge, PA 15014"]
    app = App("7730015524", "Gideon P. Marchetti", "931-66-0458", "41 Heron Point Lane", "Lake Aldine", "PA",
              "16137", "(724) 555-0163", "gmarchetti.upholstery@example.com", "second_home", ["disaster"],
              dt.date(2037, 3, 28), "short", {"self_employment": 4850.00}, dt.date(2037, 6, 2), seed=seed + 31)
    p = Packet("af3", received, app, ["irs_form_4506c"])
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    credits = [[(3, "MOBILE DEPOSIT - CUSTOMER CHECK", 1240.00), (11, "DEPOSIT - MARCHETTI UPHOLSTERY", 1685.50),
                (19, "MOBILE DEPOSIT - CUSTOMER CHECK", 960.00), (26, "SQUARE INC DEPOSIT", 1122.35)],
               [(2, "SQUARE INC DEPOSIT", 1318.20), (9, "MOBILE DEPOSIT - CUSTOMER CHECK", 1540.00),
                (18, "DEPOSIT - MARCHETTI UPHOLSTERY", 1205.75), (27, "SQUARE INC DEPOSIT", 994.40)]]
    s1 = cedar_statement(rng, "Gideon P. Marchetti dba Marchetti Upholstery", mail, "5512904417", 2037, 4, 2214.63,
                         credits[0], "BUSINESS CHECKING")
    s2 = cedar_statement(rng, "Gideon P. Marchetti dba Marchetti Upholstery", mail, "5512904417", 2037, 5,
                         s1.fields["ending_balance"], credits[1], "BUSINESS CHECKING")
    on = dt.date(2037, 6, 2)
    hl = hardship_letter(app.borrower, None, mail, app.loan, on, "Brackenridge Savings and Loan Association", [
        "On March 28 the creek behind the cottage on Heron Point Lane flooded and the lower level took almost two "
        "feet of water. The same storm flooded my upholstery shop, and I lost three weeks of work and most of the "
        "fabric I had on order for customers.",
        "The insurance claim is still open. I need a few months of lower payments until the repairs are paid and "
        "my shop is back to a normal schedule."], ink=True, seed=seed + 3)
    p.scan("scan_20370609_0912.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300)),
        (app_doc(), scan_paper(bsl5(app, ink=True), style, seed + 301)),
        (hardship_doc(on), scan_paper(hl, style, seed + 302)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 303)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 304))], style)
    return p


def packet_af4(seed: int) -> Packet:
    received = dt.date(2037, 5, 12)
    addr = ["3306 Cobblestone Way", "Marlow, IN 47130"]
    stubs = [church_stub("Grace Covenant Church", "500 North Main Street, Marlow, IN 47130", "Lionel A. Pruitt",
                         "Facilities Manager", d, 3250.00, WH_CH) for d in (dt.date(2037, 3, 31), dt.date(2037, 4, 30))]
    ltd = ltd_letter("Jeanette R. Pruitt", addr, dt.date(2037, 3, 20), 1890.00, "LTD-2037-004417",
                     dt.date(2037, 3, 1), "Marlow Valley School Corporation")
    app = App("6620194837", "Lionel A. Pruitt", "975-12-6039", "3306 Cobblestone Way", "Marlow", "IN", "47130",
              "(812) 555-0194", "lpruitt@example.org", "primary_residence", ["disability_or_illness"],
              dt.date(2036, 11, 20), "long", {"wages": 3250.00, "benefits_taxable": 1890.00}, dt.date(2037, 5, 4),
              co="Jeanette R. Pruitt", co_ssn="975-40-2218", seed=seed + 41)
    p = Packet("af4", received, app, [])
    style = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004)
    on = dt.date(2037, 5, 4)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Fannie Mae loan servicer", [
        "In November my wife Jeanette was diagnosed with a serious illness and had to stop teaching. Her pay "
        "ended in February, and her long-term disability benefit, which started in March, is a little more than "
        "half of what she earned.",
        "My salary from the church has not changed, but with her income cut and her medical bills we cannot make "
        "the full payment. We would like to be considered for a modification."], ink=True, seed=seed + 4)
    p.scan(f"Pruitt {app.loan}.pdf", [
        (app_doc(), form710_ink(app, style, seed + 400)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 401)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 402)),
        (letter_doc(ltd), scan_paper(ltd.paper, style, seed + 403)),
        (hardship_doc(on), scan_paper(hl, style, seed + 404))], style)
    return p


def packet_af5(seed: int) -> Packet:
    received = dt.date(2037, 7, 14)
    stubs = [trucking_stub(random.Random(seed * 7 + 5), "Ridgeline Freight Lines", "2200 Depot Street, Salina, KS "
                           "67401", "Travis L. Hennessy", "D-4471", "T-219", d, 0.58, WH_C)
             for d in (dt.date(2037, 7, 2), dt.date(2037, 7, 9))]
    app = App("9051628830", "Travis L. Hennessy", "948-77-3320", "87 Quarry Road", "Salina", "KS", "67401",
              "(785) 555-0137", "thennessy@example.net", "investment_property", ["other"], dt.date(2037, 4, 30),
              "short", {"wages": stubs[-1].monthly}, dt.date(2037, 7, 10),
              other_text="Tenant moved out; house vacant for repairs", seed=seed + 51)
    p = Packet("af5", received, app, ["hardship_doc:other"])
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0008, fax=True)
    cover = fax_cover("Salina Tax & Notary", "(785) 555-0199", "Pellham Gate Mortgage Servicing", "(804) 555-0177",
                      received, 5, f"Loan {app.loan} - application and pay stubs")
    p.scan("FAX_20370714_103322.pdf", [
        (None, scan_paper(cover, style, seed + 500)),
        (app_doc(), scan_paper(pgm31(app, ink=True), style, seed + 501)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 502)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 503))], style)
    return p


def packet_af6(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2037, 8, 18)
    addr = ["1207 Alder Street", "Hartwell, CT 06102"]
    stub = hospital_stub(random.Random(seed * 7 + 6), "Lakemont Children's Hospital", "88 Lakemont Drive, Hartwell, "
                         "CT 06105", "Marisol T. Quintero", "0041977", "Pediatric Imaging", dt.date(2037, 8, 14),
                         33.15, 76.0, WH_A)
    ssi = ssi_notice("Ramon J. Quintero", addr, dt.date(2037, 6, 2), 943.00)
    net = stub.fields["net_current"]
    credits = [(1, "SSA TREAS 310 XXSUPP SEC", 943.00), (3, "MOBILE DEPOSIT - RENT UNIT 2", 1150.00),
               (5, "LAKEMONT CHILDRENS PAYROLL", net), (19, "LAKEMONT CHILDRENS PAYROLL", net)]
    s1 = northgate_statement(rng, "Marisol T. Quintero / Ramon J. Quintero", addr, "30078815562", 2037, 6, 1876.44,
                             credits)
    credits2 = [(1, "SSA TREAS 310 XXSUPP SEC", 943.00), (2, "LAKEMONT CHILDRENS PAYROLL", net),
                (6, "MOBILE DEPOSIT - RENT UNIT 2", 1150.00), (16, "LAKEMONT CHILDRENS PAYROLL", net),
                (30, "LAKEMONT CHILDRENS PAYROLL", net)]
    s2 = northgate_statement(rng, "Marisol T. Quintero / Ramon J. Quintero", addr, "30078815562", 2037, 7,
                             s1.fields["ending_balance"], credits2)
    app = App("3158840627", "Marisol T. Quintero", "919-05-7784", "1207 Alder Street", "Hartwell", "CT", "06102",
              "(860) 555-0181", "marisol.quintero@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2037, 1, 15), "long",
              {"wages": stub.monthly, "benefits_nontaxable": 943.00, "rental": 980.00}, dt.date(2037, 8, 10),
              co="Ramon J. Quintero", co_ssn="919-33-6502", seed=seed + 61)
    p = Packet("af6", received, app, [])
    loan = app.loan
    p.pdf(f"{loan} request for assistance.pdf", paper_pdf(bsl5(app, ink=False)), (app_doc(), 2))
    p.pdf(f"{loan} paystub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{loan} SSI letter.pdf", paper_pdf(ssi.paper), (letter_doc(ssi), 1))
    p.pdf(f"{loan} June statement.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf(f"{loan} July statement.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    t = form4506c_screen("Marisol", "T", "Quintero", "919-05-7784", "1207 Alder Street", "Hartwell", "CT", "06102",
                         "Brackenridge Savings and Loan Association", "(724) 555-0190", dt.date(2037, 8, 10),
                         "(860) 555-0181", seed + 66)
    p.pdf(f"{loan} 4506-C.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": "2037-08-10"},
                                        dt.date(2037, 8, 10), signed=True), 1))
    on = dt.date(2037, 8, 10)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Brackenridge Savings and Loan Association", [
        "This year the city revalued our two-family house and our property taxes went up by almost $3,000. Our "
        "escrow shortage was spread over twelve months, so our payment went up by $410 a month starting in "
        "February.",
        "We rent the second unit, and with my pay from the hospital and my husband's SSI we can afford the old "
        "payment but not the new one. We ask for a modification."], ink=False, seed=seed)
    p.pdf(f"{loan} hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_af7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2037, 9, 22)
    addr = ["52 Orchard Bend Road", "Dunmore, IN 47130"]
    app = App("0481276653", "Constance E. Dunleavy", "988-14-5521", "52 Orchard Bend Road", "Dunmore", "IN", "47130",
              "(812) 555-0155", "cdunleavy@example.net", "primary_residence", ["death"], dt.date(2037, 2, 11), "long",
              {"wages": 2860.00}, dt.date(2037, 9, 15), seed=seed + 71)
    p = Packet("af7", received, app, ["income_doc:wages"])
    style = Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0006)
    credits = [(7, "PAYROLL DEP MARLOW DENTAL", 1318.42), (21, "PAYROLL DEP MARLOW DENTAL", 1318.42)]
    s1 = cedar_statement(rng, "Constance E. Dunleavy", addr, "2209317785", 2037, 4, 922.18, credits)
    s2 = cedar_statement(rng, "Constance E. Dunleavy", addr, "2209317785", 2037, 5, s1.fields["ending_balance"],
                         [(5, "PAYROLL DEP MARLOW DENTAL", 1318.42), (19, "PAYROLL DEP MARLOW DENTAL", 1318.42)])
    obit = obituary("Francis X. Dunleavy", dt.date(2037, 2, 11), 64, "Dunmore",
                    "his wife of 38 years, Constance, two daughters and five grandchildren", dt.date(2037, 2, 14))
    on = dt.date(2037, 9, 15)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Brackenridge Savings and Loan Association", [
        "My husband Francis died in February. He was an electrician and earned most of our income. I work at a "
        "dental office, and my pay alone does not cover the mortgage, the taxes and the bills he left.",
        "I would like to stay in the house we have lived in for thirty years. Please review me for a "
        "modification or any help you can offer."], ink=True, seed=seed + 7)
    folder = app.loan
    for i, (doc, paper) in enumerate([(app_doc(), bsl5(app, ink=True)), (hardship_doc(on), hl),
                                      (letter_doc(obit), obit.paper), (stmt_doc(s1), s1.paper),
                                      (stmt_doc(s2), s2.paper)]):
        p.scan(f"{folder}/SCAN{41 + i:04d}.pdf", [(doc, scan_paper(paper, style, seed + 700 + i))], style)
    return p


def packet_af8(seed: int) -> Packet:
    received = dt.date(2037, 10, 27)
    addr = ["6 Prairie Lark Drive", "Salina, KS 67401"]
    stub = trucking_stub(random.Random(seed * 7 + 8), "Bluestem Carriers", "1800 Industrial Parkway, Salina, KS 67401",
                         "Wendell F. Abernathy", "BC-0932", "T-0417", dt.date(2037, 10, 23), 0.61, WH_C)
    rates = {"Personal care visit": 29.75, "Overnight visit": 118.00}
    co_stub = homecare_stub(random.Random(seed * 7 + 9), "Prairie Hearth Home Care", "230 South Ninth Street, Salina,"
                            " KS 67401", "Kendra S. Abernathy", "PH-7731", dt.date(2037, 10, 16), rates,
                            {"Personal care visit": 12, "Overnight visit": 2}, WH_B)
    reloc = relocation_letter("Wendell F. Abernathy", dt.date(2037, 8, 29), "Bluestem Carriers", "Amarillo, Texas",
                              dt.date(2037, 10, 1))
    app = App("5502917364", "Wendell F. Abernathy", "936-58-2047", "6 Prairie Lark Drive", "Salina", "KS", "67401",
              "(785) 555-0108", "wabernathy@example.com", "primary_residence", ["relocation"], dt.date(2037, 10, 1),
              "long", {"wages": r2(stub.monthly + co_stub.monthly)}, dt.date(2037, 10, 22),
              co="Kendra S. Abernathy", co_ssn="936-71-9930", co_signs=False, seed=seed + 81)
    p = Packet("af8", received, app, ["application_signature"])
    loan = app.loan
    p.pdf(f"Intake sheet - {loan}.pdf", paper_pdf(pgm31(app, ink=False)), (app_doc(), 2))
    p.pdf(f"Wendell settlement - {loan}.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"Kendra pay stub - {loan}.pdf", paper_pdf(co_stub.paper), (stub_doc(co_stub), 1))
    p.pdf(f"Transfer letter - {loan}.pdf", paper_pdf(reloc.paper), (letter_doc(reloc), 1))
    on = dt.date(2037, 10, 20)
    hl = hardship_letter(app.borrower, None, addr, loan, on, "Pellham Gate Mortgage Servicing", [
        "Bluestem closed the Salina terminal and moved my job to Amarillo on October 1. I now drive out of Texas "
        "and come home every other weekend, and I pay rent for a room near the new terminal on top of our "
        "mortgage.", "My wife still works here in Salina. We want to keep the house until we can sell it or "
        "move together, and ask for a lower payment in the meantime."], ink=False, seed=seed)
    p.pdf(f"Hardship letter - {loan}.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_af1, packet_af2, packet_af3, packet_af4, packet_af5, packet_af6,
                                             packet_af7, packet_af8]


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
    ap.add_argument("--only", nargs="*", help="build only these packets (af1 ..)")
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
