"""Holdout set bw (bw1..bw8): DIVORCE, SEPARATION AND A CO-BORROWER WHO MOVED OUT. Written blind: only shared/spec
(all files), shared/samples (packets, expected.json files, README), shared/reference/README.md and the blank forms it
names (the real Form 710 is filled from there), tests/pdf_factory.py, tests/sample_compare.py,
benchmarks/sample_accuracy.py, the af scaffold in full and the module docstrings of the other holdout sets were read -
never the service's code, rules, data files, README, git history or other tests, and the service was not run on these
packets - to measure honestly how it reads layouts it has never seen.

    python benchmarks/holdout_packets_bw.py OUT_DIR [--seed N] [--check] [--only bw1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them.

THEME. A household change where one borrower keeps the house: a divorce (final decree excerpts whose incorporated
marital settlement agreement awards the house to one spouse and restores a maiden name), a separation of unmarried
co-owners (a recorded quitclaim deed from the partner who left), a divorce still pending (only a petition and
temporary orders - NOT a final decree, so the divorce hardship is not documented), child support and alimony
received (Form 710's "other" line: only counted when the borrower lists it; documented by two consecutive fresh bank
statements or by a fresh paper showing amount and frequency - a state disbursement unit's payment history, a court
registry's alimony ledger; a stale one does not count), a departing co-borrower who signs the application or does
not (checklist: a co-borrower NAMED on the application must sign and date), bank statements in the remaining
borrower's sole name, and names that changed (maiden names returned by the decree: the application, stubs and
statements carry the restored name; the decree and deed carry the married one).

Applications (the truth is what is written on the form; `co_borrower_name` is whoever the form names as co-borrower):
- the real Form 710 (April 2023) filled through its AcroForm and signed with strokes on screen (bw1); PEN-FILLED:
  the blank form printed and every answer hand-written over its fields, boxes marked with a hand "X", scanned grey
  (bw5); typed through its AcroForm, printed, signed and dated in ink by both former spouses, scanned (bw8).
- Tamsin Ridge Home Loans "Borrower Assistance Request" (TRH-9): the borrower and co-borrower sections STACKED ON
  SEPARATE PAGES - page 1 "PART A - BORROWER" (name, SSN, contact, then that person's own certification, signature
  and date), page 2 "PART B - CO-BORROWER" (the same, its own signature and date; "Leave Part B blank if there is no
  co-borrower"), page 3 "PART C - THE HOME, THE HARDSHIP AND THE HOUSEHOLD'S INCOME" with the loan number, property,
  occupancy boxes, hardship boxes and income lines (bw2 in ink, Part B filled with the ex-husband's name but his
  signature and date left empty; bw7 Part B blank, the borrower signed Part A but wrote no date).
- Calloway Federal Savings "Mortgage Relief Worksheet" (CFS-12): one long "ITEM / RESPONSE" TABLE of numbered rows -
  item text on the left, the typed response on the right ("Primary residence", "Divorce or legal separation",
  "$ 2,150.00"), income as items 13-20, item 21 the total, items 22-23 the signatures (bw3, typed on screen and signed
  by both).
- Meridale Mortgage Company "Financial Hardship Review" (MMC-4): shaded bands, a HOUSEHOLD CHANGES section (who
  moved out or in, relationship, date, whether still on the loan) separate from the co-borrower line, hardship as a
  two-column checkbox grid, income as a two-column grid of labelled amount boxes with a "TOTAL" box (bw4 in ink and
  faxed, the co-borrower line EMPTY while the departed husband is listed only under household changes - so there is
  no co-borrower and no second signature is due; bw6 typed on screen, the former partner named as co-borrower and
  signing).

Pay stubs (YTD = the sum of that year's checks; monthly_gross = current x 52/26/24/12 / 12): a school district's
SEMI-MONTHLY "EARNINGS STATEMENT" (Harlow Unified School District: a grey header band, two-column employee / pay
period grid, an earnings table with CURRENT and YEAR-TO-DATE columns, deductions below, net pay in a box); a
distribution warehouse's BI-WEEKLY stub with a tear-off advice (Kessling Distribution: hours by shift in a table on the
upper half, the lower third a dashed tear-off "DIRECT DEPOSIT ADVICE" that repeats the net pay); a dental group's
WEEKLY "PAY SLIP" in a narrow receipt-like column (Brightwater Dental Group).
Statements: Fallon Valley Savings Bank (one page, "STATEMENT OF ACCOUNT", a boxed running-balance register, the
summary at the BOTTOM) and Copperline Credit Union (two pages, "Page 1 of 2", a shaded summary table on page 1 and the
transactions spilling to page 2).
Papers: final decree excerpts (court caption, "FINAL DECREE OF DISSOLUTION OF MARRIAGE", the page awarding the house,
the name-restoration and support paragraphs; divorce_decree), a petition and temporary orders (other), a recorded
quitclaim deed with the recorder's stamp and a notary acknowledgment (quitclaim_deed), a state disbursement unit's
child support payment history and a court registry's alimony ledger (other, each showing amount and frequency, dated
when printed), a county retirement system's pension letter (benefit_award_letter, taxable), typed hardship letters.

Deliveries (shapes): born-digital files in a folder named after the loan (bw1); ONE 240 dpi grey scan of the whole
packet behind a Code 128 separator sheet (bw2); loose born-digital files named "<loan>-<paper>.pdf" and one 300 dpi
grey scan of the recorded deed (bw3); ONE 200 dpi black-and-white fax behind a cover sheet (bw4); a pen-filled Form
710 scanned grey plus PHONE PHOTOS (colour JPEG pages, the sheet turned a few degrees on a table top, uneven light)
of the other papers, loose files (bw5); ONE born-digital combined upload of every paper (bw6); a folder named after
the loan holding one 200 dpi grey scan per paper (bw7); a printed-and-scanned Form 710 and phone photos in a folder
(bw8).

Packets:
- bw1 complete: wages (fresh stub with YTD) and child support as "other" (two consecutive fresh statements show the
  SDU deposits); the final decree documents the divorce.
- bw2 incomplete, application_signature: the co-borrower named in Part B (the ex-husband who moved out) did not sign.
- bw3 complete: both former spouses signed; wages and alimony shown by two consecutive fresh statements; the recorded
  quitclaim deed documents the divorce.
- bw4 incomplete, hardship_doc:divorce_or_separation: divorce pending - a petition and temporary orders, no final
  decree, no recorded deed (the fresh stub covers wages; no co-borrower named, so one signature suffices).
- bw5 incomplete, income_doc:other: child support claimed; the only paper for it is an SDU payment history printed
  more than 90 days before the packet arrived (stale) and there are no bank statements.
- bw6 complete: separation of unmarried co-owners documented by a recorded quitclaim deed; the former partner,
  named as co-borrower, signed; fresh stubs.
- bw7 incomplete, application_signature + irs_form_4506c: the borrower signed but did not date; rental income (the
  basement let after the husband moved out) is shown by two fresh statements but no Form 4506-C was sent.
- bw8 complete: pension (fresh letter) and alimony (a fresh court registry ledger); both former spouses signed.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet. `--check` validates every expected.json (keys, codes, types, dates, that every listed
page exists, that `scanned` matches the absence of a text layer, and that the rules give the scenario's codes).
Received dates fall between February and November 2038. Every file is the same bytes for a seed: reportlab runs in
invariant mode, scans and photos use seeded noise, pypdf output carries fixed identifiers. All people, employers,
banks, courts and servicers are fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test
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
    c.setCreator("holdout_packets_bw")
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
    writer.add_metadata({"/Producer": "holdout_packets_bw"})
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


def stamp_synth(writer: PdfWriter) -> None:
    """The faint synthetic-document line merged onto every page of a real form."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    line = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for page in writer.pages:
        page.merge_page(line)


def form710_screen(app: App) -> bytes:
    """Typed on screen, signed with drawn strokes over the signature field, the date typed."""
    writer = form710_filled(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks = [Mark("sig", 150, 348, w=200, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    stamp_synth(writer)
    writer.pages[3].merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"bw710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned."""
    writer = form710_filled(app, type_dates=False)
    stamp_synth(writer)
    pdf = fixed_pypdf_bytes(writer, "bw710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)




# --- phone photos and the pen-filled Form 710 --------------------------------------------------------------------


@dataclass(frozen=True)
class Photo:
    dpi: int = 150
    turn: float = 2.5
    seed: int = 1


def photo_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Photo) -> list[ScannedPage]:
    """Print a PDF, add ink, lay each sheet on a table top and photograph it: colour, turned, uneven light."""
    out = []
    for i, (grey, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(grey, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        rng = random.Random(style.seed * 97 + i)
        sheet = Image.merge("RGB", (grey.point(lambda v: int(v * 0.97)), grey.point(lambda v: int(v * 0.95)),
                                    grey.point(lambda v: int(v * 0.88))))
        margin = int(style.dpi * 0.7)
        wd, ht = sheet.size[0] + 2 * margin, sheet.size[1] + 2 * margin
        table = Image.new("RGB", (wd, ht), (112, 86, 60))
        draw = ImageDraw.Draw(table)
        for k in range(0, ht, 9):  # wood grain
            shade = rng.randint(-12, 12)
            draw.line([(0, k), (wd, k + rng.randint(-6, 6))], fill=(112 + shade, 86 + shade, 60 + shade), width=3)
        angle = style.turn * (1 if i % 2 == 0 else -0.7) + rng.uniform(-0.4, 0.4)
        mask = Image.new("L", sheet.size, 255).rotate(angle, expand=True, fillcolor=0)
        turned = sheet.rotate(angle, expand=True, resample=Image.Resampling.BILINEAR, fillcolor=(0, 0, 0))
        ox = (wd - turned.size[0]) // 2 + rng.randint(-10, 10)
        oy = (ht - turned.size[1]) // 2 + rng.randint(-10, 10)
        table.paste(turned, (ox, oy), mask)
        light = Image.linear_gradient("L").resize((wd, ht))  # brighter toward one edge: a window beside the table
        light = light.transpose(rng.choice([Image.Transpose.ROTATE_180, Image.Transpose.FLIP_TOP_BOTTOM,
                                            Image.Transpose.FLIP_LEFT_RIGHT]))
        light = light.point(lambda v: int(200 + v * 0.21))
        lit = Image.composite(table, Image.new("RGB", (wd, ht), (0, 0, 0)), light)
        lit = lit.filter(ImageFilter.GaussianBlur(0.7))
        out.append(ScannedPage(lit, (wd * 72 / style.dpi, ht * 72 / style.dpi)))
    return out


def photo_paper(paper: Paper, style: Photo) -> list[ScannedPage]:
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return photo_sheets(buf.getvalue(), marks, style)


def photos_pdf(sheets: Sequence[ScannedPage]) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        sheet.image.save(data, "JPEG", quality=72)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def form710_rects() -> dict[str, tuple[int, list[float]]]:
    """Each AcroForm widget of the blank Form 710: its page and rectangle."""
    out: dict[str, tuple[int, list[float]]] = {}
    for i, page in enumerate(PdfReader(FORM710).pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            if "/T" in w and "/Rect" in w:
                out[str(w["/T"])] = (i, [float(v) for v in w["/Rect"]])
    return out


def form710_pen(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """The blank Form 710 printed, every answer written by hand over its field, boxes marked with an X, scanned."""
    rects = form710_rects()
    marks: list[list[Mark]] = [[], [], [], []]
    k = [app.seed * 13]

    def put(name: str, text: str, size: float = 11.0) -> None:
        page, (x1, y1, _x2, _y2) = rects[name]
        k[0] += 1
        marks[page].append(Mark("hand", x1 + 3, y1 + 3, text, size=size, seed=k[0]))

    def tick(name: str) -> None:
        page, (x1, y1, _x2, _y2) = rects[name]
        k[0] += 1
        marks[page].append(Mark("hand", x1 + 0.5, y1 + 1, "X", size=10, seed=k[0]))

    put("Text_1", app.loan)
    put("Text_2", app.borrower)
    put("Text_3", app.ssn[-4:])
    put("Email_1", app.email)
    put("US_Phone_Number_1", app.phone)
    for box in ("Checkbox_2", "Checkbox_18", "Checkbox_23", "Checkbox_27", "Checkbox_30", "Checkbox_35",
                "Checkbox_37", F710_OCC[app.occupancy]):
        tick(box)
    if app.co:
        put("Text_4", app.co)
        put("Text_5", (app.co_ssn or "")[-4:])
    put("Text_6", app.address, 10.5)
    put("Date_1", mdy(app.start))
    tick({"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"))
    for h in app.hardships:
        tick(F710_HARDSHIP[h])
    for key, v in app.income.items():
        if v > 0:
            put(F710_INCOME[key], money(v))
    if app.b_signs:
        _, (x1, y1, _x2, _y2) = rects["Signature_1"]
        marks[3].append(Mark("sig", x1 + 6, y1 + 4, w=190, seed=app.seed))
    if app.b_dates:
        put("Date_3", mdy(app.signed_on))
    if app.co and app.co_signs:
        _, (x1, y1, _x2, _y2) = rects["Signature_2"]
        marks[3].append(Mark("sig", x1 + 6, y1 + 4, w=180, seed=app.seed + 1))
        put("Date_4", mdy(app.signed_on))
    reader = PdfReader(FORM710)
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    stamp_synth(writer)
    blank = fixed_pypdf_bytes(writer, "bw710pen")
    return scan_sheets(blank, marks, style, seed)


# --- pay stubs -------------------------------------------------------------------------------------------------


def semimonthly_dates(current: dt.date) -> list[dt.date]:
    out = []
    for month in range(1, current.month + 1):
        _, last = month_bounds(current.year, month)
        out += [dt.date(current.year, month, 15), last]
    return [d for d in out if d <= current]


def district_stub(rng: random.Random, employee: str, emp_id: str, position: str, pay_date: dt.date,
                  per_period: float, wh: Withholding) -> Stub:
    """Harlow Unified School District: a semi-monthly earnings statement, a grey band and a two-column grid."""
    employer = "Harlow Unified School District"
    key = rng_key(rng)
    checks = []
    for d in semimonthly_dates(pay_date):
        rr = random.Random(f"{emp_id}{d}{key}")
        lines = {"Base salary": (0.0, 0.0, per_period)}
        extra = rr.choice([0.0, 0.0, 2.0, 4.0])
        if extra:
            lines["Extra duty (hourly)"] = (extra, 31.50, r2(extra * 31.50))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start = pay_date.replace(day=1) if pay_date.day == 15 else pay_date.replace(day=16)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillGray(0.85)
        c.rect(40, 712, W - 80, 48, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(52, 740, "HARLOW UNIFIED SCHOOL DISTRICT")
        c.setFont("Helvetica", 8)
        c.drawString(52, 727, "Business Services - Payroll  |  2150 Academy Road, Harlow, CA 95901")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 52, 740, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 52, 727, "Paid twice monthly (15th and last day)")
        left = [("Employee", employee), ("Employee ID", emp_id), ("Position", position)]
        right = [("Pay period", f"{mdy(start)} to {mdy(pay_date)}"), ("Check date", mdy(pay_date)),
                 ("Frequency", "Semi-monthly")]
        y = 690
        for (a, b), (cc, d) in zip(left, right, strict=True):
            c.setFont("Helvetica", 8)
            c.drawString(52, y, a)
            c.drawString(320, y, cc)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(130, y, b)
            c.drawString(398, y, d)
            y -= 15
        y -= 12
        c.setLineWidth(0.8)
        c.line(40, y, W - 40, y)
        y -= 14
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y, "EARNINGS")
        for x, t in ((300, "UNITS"), (370, "RATE"), (460, "CURRENT"), (560, "YEAR-TO-DATE")):
            c.drawRightString(x, y, t)
        y -= 16
        c.setFont("Helvetica", 9)
        for label in ("Base salary", "Extra duty (hourly)"):
            if label not in ytd:
                continue
            units, rate, amt = ch.lines.get(label, (0.0, 0.0, 0.0))
            c.drawString(52, y, label)
            c.drawRightString(300, y, f"{units:.2f}" if units else "")
            c.drawRightString(370, y, f"{rate:.2f}" if units else "")
            c.drawRightString(460, y, money(amt) if amt else "")
            c.drawRightString(560, y, money(ytd[label]))
            y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(52, y, "Total gross")
        c.drawRightString(460, y, money(ch.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 24
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y, "TAXES AND DEDUCTIONS")
        y -= 16
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(52, y, k)
            c.drawRightString(460, y, money(v))
            c.drawRightString(560, y, money(ytd[k]))
            y -= 14
        c.setLineWidth(1.2)
        c.rect(340, y - 30, W - 380, 26, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(350, y - 21, "NET PAY")
        c.drawRightString(560, y - 21, "$" + money(net))
        c.setFont("Helvetica", 7.5)
        c.drawString(52, y - 60, "Net pay deposited by ACH. Retain this statement for your records.")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, pay_date, "semimonthly", ytd["GROSS"], net),
                pay_date)


def warehouse_stub(rng: random.Random, employee: str, badge: str, pay_date: dt.date, rate: float,
                   wh: Withholding) -> Stub:
    """Kessling Distribution: a bi-weekly stub, hours by shift above, a dashed tear-off deposit advice below."""
    employer = "Kessling Distribution Inc."
    key = rng_key(rng)
    checks = []
    for d in pay_dates(dt.date(pay_date.year, 1, 8), pay_date, "biweekly"):
        rr = random.Random(f"{badge}{d}{key}")
        day = rr.choice([64.0, 72.0, 80.0, 80.0])
        night = 80.0 - day
        ot = rr.choice([0.0, 0.0, 3.5, 6.0, 9.25])
        lines = {"Day shift": (day, rate, r2(day * rate)), "Night shift": (night, r2(rate + 1.75),
                                                                          r2(night * (rate + 1.75))),
                 "Overtime 1.5x": (ot, r2(rate * 1.5), r2(ot * rate * 1.5))}
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50, 738, "KESSLING")
        c.setFont("Helvetica", 9)
        c.drawString(135, 738, "DISTRIBUTION INC.")
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 726, "Regional Fulfillment Center - 600 Rail Spur Road, Harlow, CA 95901")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(562, 738, "EMPLOYEE PAY STUB")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 726, f"Badge {badge}")
        c.setLineWidth(0.5)
        info = [("NAME", employee), ("PERIOD", f"{mdy(start)} - {mdy(end)}"), ("PAY DATE", mdy(pay_date)),
                ("PAID", "Every two weeks")]
        x = 50.0
        for cap, val in info:
            cell(c, x, 680, 128, 30, cap, val)
            x += 128
        y = 655
        c.setFont("Helvetica-Bold", 8)
        for xx, t in ((50, "SHIFT / TYPE"),):
            c.drawString(xx, y, t)
        for xx, t in ((260, "HOURS"), (330, "RATE"), (430, "THIS PERIOD"), (560, "YTD")):
            c.drawRightString(xx, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for k, (hrs, rt, amt) in ch.lines.items():
            c.drawString(50, y, k)
            c.drawRightString(260, y, f"{hrs:.2f}")
            c.drawRightString(330, y, f"{rt:.2f}")
            c.drawRightString(430, y, money(amt))
            c.drawRightString(560, y, money(ytd[k]))
            y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "GROSS PAY")
        c.drawRightString(430, y, money(ch.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 22
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(50, y, k)
            c.drawRightString(430, y, "-" + money(v))
            c.drawRightString(560, y, "-" + money(ytd[k]))
            y -= 14
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y - 6, "NET PAY")
        c.drawRightString(430, y - 6, money(net))
        c.drawRightString(560, y - 6, money(ytd["NET"]))
        c.setDash(4, 3)
        c.line(40, 250, 572, 250)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawString(50, 254, "detach here")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 222, "DIRECT DEPOSIT ADVICE")
        c.setFont("Helvetica", 9)
        c.drawString(50, 204, f"Deposited for {employee} on {mdy(pay_date)}")
        c.drawString(50, 190, f"Checking account ******{badge[-4:]}")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 204, "$" + money(net))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 160, "NON-NEGOTIABLE")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


def dental_slip(rng: random.Random, employee: str, emp_no: str, pay_date: dt.date, rate: float,
                wh: Withholding) -> Stub:
    """Brightwater Dental Group: a weekly pay slip printed as a narrow receipt-like column."""
    employer = "Brightwater Dental Group"
    key = rng_key(rng)
    checks = []
    for d in pay_dates(dt.date(pay_date.year, 1, 5), pay_date, "weekly"):
        rr = random.Random(f"{emp_no}{d}{key}")
        hrs = rr.choice([32.0, 36.0, 36.0, 40.0])
        lines = {"Regular hours": (hrs, rate, r2(hrs * rate))}
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=4)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        x0, x1 = 190, 422
        c.setLineWidth(0.6)
        c.rect(x0 - 12, 300, x1 - x0 + 24, 460, stroke=1, fill=0)
        c.setFont("Courier-Bold", 11)
        c.drawCentredString(W / 2, 738, "BRIGHTWATER DENTAL GROUP")
        c.setFont("Courier", 8)
        c.drawCentredString(W / 2, 726, "118 Park Street, Anaconda MT 59711")
        c.drawCentredString(W / 2, 708, "*** PAY SLIP ***")
        y = 688
        rows = [("Employee", employee), ("Emp no", emp_no), ("Week", f"{mdy(start)}-"), ("", mdy(end)),
                ("Paid on", mdy(pay_date)), ("Pay cycle", "WEEKLY")]
        for k, v in rows:
            c.drawString(x0, y, k)
            c.drawRightString(x1, y, v)
            y -= 12
        y -= 6
        c.drawString(x0, y, "-" * 39)
        y -= 12
        c.drawString(x0, y, f"Hours {ch.lines['Regular hours'][0]:.2f} @ {rate:.2f}")
        y -= 12
        for k, v in (("Gross this week", ch.gross), ("Gross year to date", ytd["GROSS"])):
            c.drawString(x0, y, k)
            c.drawRightString(x1, y, money(v))
            y -= 12
        c.drawString(x0, y, "-" * 39)
        y -= 12
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(x0, y, k[:22])
            c.drawRightString(x1, y, money(v))
            y -= 12
        c.drawString(x0, y, "-" * 39)
        y -= 14
        c.setFont("Courier-Bold", 10)
        c.drawString(x0, y, "NET PAY")
        c.drawRightString(x1, y, money(net))
        y -= 14
        c.setFont("Courier", 8)
        c.drawString(x0, y, "Net YTD")
        c.drawRightString(x1, y, money(ytd["NET"]))
        c.drawCentredString(W / 2, 316, "Thank you for your service")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


# --- bank statements ---------------------------------------------------------------------------------------------


def fallon_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                     begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Fallon Valley Savings Bank: one page, a boxed running-balance register, the summary at the bottom."""
    bank = "Fallon Valley Savings Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 17)
        c.drawString(50, 740, "Fallon Valley Savings Bank")
        c.setFont("Times-Italic", 9)
        c.drawString(50, 728, "Serving the valley since 1921  -  Member FDIC")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 740, "STATEMENT OF ACCOUNT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 728, f"Account number ....{acct[-4:]}   Individual checking")
        c.drawRightString(562, 717, f"For the period {mdy(start)} through {mdy(end)}")
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder, *address]:
            c.drawString(60, y, ln)
            y -= 12
        top = 630
        c.setLineWidth(0.7)
        c.rect(50, 170, 512, top - 170 + 14, stroke=1, fill=0)
        c.setFillGray(0.9)
        c.rect(50, top - 4, 512, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, top + 2, "POSTED")
        c.drawString(110, top + 2, "TRANSACTION")
        c.drawRightString(400, top + 2, "AMOUNT")
        c.drawRightString(480, top + 2, "")
        c.drawRightString(556, top + 2, "BALANCE")
        y = top - 18
        c.setFont("Helvetica", 8.5)
        c.drawString(56, y, mdy(start))
        c.drawString(110, y, "Opening balance")
        c.drawRightString(556, y, money(begin))
        bal = begin
        for d, desc, a in lines:
            y -= 13
            bal = r2(bal + a)
            c.drawString(56, y, mdy(d))
            c.drawString(110, y, desc)
            c.drawRightString(400, y, ("+" if a > 0 else "-") + money(abs(a)))
            c.drawRightString(556, y, money(bal))
        y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, y, mdy(end))
        c.drawString(110, y, "Closing balance")
        c.drawRightString(556, y, money(ending))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 150, "SUMMARY FOR THIS PERIOD")
        c.setFont("Helvetica", 9)
        summ = [("Opening balance", begin), ("Credits", r2(sum(a for *_, a in lines if a > 0))),
                ("Debits", r2(-sum(a for *_, a in lines if a < 0))), ("Closing balance", ending)]
        for i, (k, v) in enumerate(summ):
            c.drawString(50 + i * 130, 134, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50 + i * 130, 120, "$" + money(v))
            c.setFont("Helvetica", 9)
        c.setFont("Helvetica", 7)
        c.drawString(50, 90, "Fallon Valley Savings Bank, 9 Granary Street, Fallon, NV 89406. Call (775) 555-0131.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def copperline_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                         begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Copperline Credit Union: two pages, a shaded summary table on page 1, the activity spilling to page 2."""
    bank = "Copperline Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    first, rest = lines[:6], lines[6:]

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.62, 0.33, 0.16))
        c.circle(66, 742, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(88, 744, "COPPERLINE")
        c.setFont("Helvetica", 9)
        c.drawString(88, 732, "Credit Union")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 748, f"Share draft account *{acct[-4:]}")
        c.drawRightString(562, 737, f"{long_date(start)} - {long_date(end)}")
        c.drawRightString(562, 726, f"Page {n} of 2")

    def table(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float]]) -> float:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "Date")
        c.drawString(100, y, "Description")
        c.drawRightString(470, y, "Withdrawals")
        c.drawRightString(560, y, "Deposits")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for d, desc, a in part:
            c.drawString(50, y, d.strftime("%m-%d"))
            c.drawString(100, y, desc)
            c.drawRightString(470 if a < 0 else 560, y, money(abs(a)))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 700
        for ln in [holder.upper(), *address]:
            c.drawString(50, y, ln)
            y -= 12
        rows = [("Previous balance", begin), ("Deposits", r2(sum(a for *_, a in lines if a > 0))),
                ("Withdrawals", r2(-sum(a for *_, a in lines if a < 0))), ("New balance", ending)]
        y = 630
        for i, (k, v) in enumerate(rows):
            c.setFillGray(0.93 if i % 2 == 0 else 0.86)
            c.rect(330, y - 4, 232, 16, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold" if i == 3 else "Helvetica", 9)
            c.drawString(336, y, k)
            c.drawRightString(556, y, money(v))
            y -= 16
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 545, "ACCOUNT ACTIVITY")
        table(c, 528, first)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 700, "ACCOUNT ACTIVITY (continued)")
        y = table(c, 682, rest)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(100, y - 6, "New balance")
        c.drawRightString(560, y - 6, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 40, "Copperline Credit Union - federally insured by NCUA, Anaconda, MT.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- court and county papers -------------------------------------------------------------------------------------


def caption(c: Canvas, court: str, county: str, parties: tuple[str, str], case_no: str, title: str,
            roles: tuple[str, str] = ("Petitioner", "Respondent")) -> float:
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, 740, court.upper())
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, 726, f"IN AND FOR THE COUNTY OF {county.upper()}")
    c.setLineWidth(0.6)
    c.line(72, 640, 320, 640)
    c.line(320, 712, 320, 640)
    c.setFont("Times-Roman", 10.5)
    c.drawString(72, 700, "In re the Marriage of:" if roles[0] == "Petitioner" else "In the Matter of:")
    c.drawString(90, 684, f"{parties[0].upper()}, {roles[0]},")
    c.drawString(90, 668, "and")
    c.drawString(90, 652, f"{parties[1].upper()}, {roles[1]}.")
    c.drawString(336, 690, f"Case No. {case_no}")
    c.setFont("Times-Bold", 11)
    yy = 668
    for ln in wrap(title, "Times-Bold", 11, 220):
        c.drawString(336, yy, ln)
        yy -= 14
    return 612


def decree_excerpt(court: str, county: str, wife: str, husband: str, case_no: str, entered: dt.date,
                   keeper: str, departing: str, prop: str, restored: str | None, support: str, judge: str) -> Paper:
    """Pages 1 and 5 of a final decree incorporating the marital settlement agreement (an excerpt of 2 pages)."""

    def p1(c: Canvas) -> list[Mark]:
        y = caption(c, court, county, (wife, husband), case_no, "FINAL DECREE OF DISSOLUTION OF MARRIAGE")
        paras = [
            f"This matter came before the Court on {long_date(entered - dt.timedelta(days=12))} on the verified "
            "petition for dissolution of marriage. Both parties appeared and stated under oath that the marriage is "
            "irretrievably broken.",
            "THE COURT FINDS that it has jurisdiction over the parties and the subject matter, that the parties have "
            "entered into a written Marital Settlement Agreement which is fair and not unconscionable, and that the "
            "Agreement should be approved and incorporated in this Decree.",
            "IT IS THEREFORE ORDERED, ADJUDGED AND DECREED:",
            "1. The marriage of the parties is dissolved, and each party is restored to the status of a single "
            "person, effective on the date this Decree is entered.",
            "2. The Marital Settlement Agreement attached as Exhibit A is approved and incorporated into this "
            "Decree and the parties are ordered to comply with its terms."]
        paragraphs(c, 72, y, W - 144, paras, size=11, leading=15)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, f"Case No. {case_no} - Final Decree - Page 1 of 9 (excerpt)")
        return []

    def p5(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 11)
        c.drawString(72, 735, "EXHIBIT A - MARITAL SETTLEMENT AGREEMENT (continued)")
        paras = [
            f"7. MARITAL RESIDENCE. The real property commonly known as {prop} is awarded to {keeper} as "
            f"{'her' if keeper == wife else 'his'} sole and separate property, subject to the existing first "
            f"mortgage, which {keeper} shall pay and hold {departing} harmless from. Within thirty (30) days "
            f"{departing} shall execute and deliver a quitclaim deed conveying all of "
            f"{'his' if departing == husband else 'her'} interest in the residence to {keeper}.",
            f"8. SUPPORT. {support}",
            "9. VEHICLES AND ACCOUNTS. Each party shall keep the vehicle in his or her possession and the deposit "
            "accounts in his or her sole name.",
        ]
        if restored:
            paras.append(f"10. NAME. {wife} is restored to her former name, {restored}.")
        y = paragraphs(c, 72, 710, W - 144, paras, size=11, leading=15)
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 10, f"DATED AND ENTERED: {long_date(entered)}")
        c.line(330, y - 50, 540, y - 50)
        c.drawString(330, y - 64, f"{judge}, Judge of the Superior Court")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, f"Case No. {case_no} - Final Decree - Page 5 of 9 (excerpt)")
        return [Mark("sig", 340, y - 48, w=160, seed=len(judge) * 7)]

    return Paper([p1, p5])


def petition_papers(court: str, county: str, wife: str, husband: str, case_no: str, filed: dt.date,
                    hearing: dt.date) -> Paper:
    """A petition for dissolution (page 1) and temporary orders (page 2): a divorce pending, not final."""

    def p1(c: Canvas) -> list[Mark]:
        y = caption(c, court, county, (wife, husband), case_no, "PETITION FOR DISSOLUTION OF MARRIAGE")
        paras = [
            f"Petitioner {wife} states:",
            f"1. The parties were married and separated on or about {long_date(filed - dt.timedelta(days=40))}, "
            "when Respondent moved out of the marital residence.",
            "2. The marriage is irretrievably broken. Petitioner asks the Court to dissolve the marriage, to divide "
            "the marital property and debts, and to award Petitioner the marital residence.",
            "3. No final judgment or decree has been entered in this matter."]
        yy = paragraphs(c, 72, y, W - 144, paras, size=11, leading=15)
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, yy - 6, f"FILED: {long_date(filed)}        Clerk of the Court, by deputy clerk")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, f"Case No. {case_no} - Petition - Page 1")
        return []

    def p2(c: Canvas) -> list[Mark]:
        y = caption(c, court, county, (wife, husband), case_no, "TEMPORARY ORDERS PENDING FINAL HEARING")
        paras = [
            "Pending the final hearing, IT IS ORDERED on a temporary basis only:",
            "1. Petitioner shall have temporary exclusive use of the marital residence and shall pay the mortgage "
            "while this order is in effect.",
            "2. Neither party shall sell, transfer or encumber marital property without written agreement or a "
            "further order of this Court.",
            f"3. The final hearing is set for {long_date(hearing)}. These orders are not a final decree and end "
            "when a final decree is entered."]
        yy = paragraphs(c, 72, y, W - 144, paras, size=11, leading=15)
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, yy - 6, f"Entered {long_date(filed + dt.timedelta(days=21))}")
        c.drawString(330, yy - 50, "Commissioner, Family Division")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, f"Case No. {case_no} - Temporary Orders - Page 1")
        return [Mark("sig", 332, yy - 36, w=150, seed=17)]

    return Paper([p1, p2])


def quitclaim(county: str, state: str, grantor: str, grantees: str, prop: str, parcel: str, signed: dt.date,
              recorded: dt.date, instrument: str, consideration: str, notary: str) -> Paper:
    """A recorded quitclaim deed: the recorder's stamp top right, the conveyance, signature and acknowledgment."""

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1)
        c.rect(352, 668, 210, 92, stroke=1, fill=0)
        c.setFont("Courier-Bold", 8.5)
        stamp = [f"{county.upper()} COUNTY RECORDER", "OFFICIAL RECORDS", f"Instrument No. {instrument}",
                 f"Recorded {mdy(recorded)} 10:41 AM", "Fee $ 22.00   Pages: 1", "Deputy: K.M."]
        for i, ln in enumerate(stamp):
            c.drawString(358, 748 - i * 13, ln)
        c.setFont("Helvetica", 8)
        c.drawString(50, 748, "RECORDING REQUESTED BY AND")
        c.drawString(50, 738, "WHEN RECORDED MAIL TO:")
        c.drawString(50, 724, grantees)
        c.drawString(50, 714, prop)
        c.drawString(50, 694, f"APN / Parcel No. {parcel}")
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 635, "QUITCLAIM DEED")
        paras = [
            f"FOR {consideration}, {grantor.upper()} (\"Grantor\") hereby REMISES, RELEASES AND FOREVER QUITCLAIMS to "
            f"{grantees.upper()} (\"Grantee\") all of Grantor's right, title and interest in the real property in the "
            f"County of {county}, State of {state}, commonly known as {prop}, Parcel No. {parcel}, more particularly "
            "described as Lot 14, Block 3 of the subdivision map recorded in Book 41 of Maps, Page 22.",
            "Grantor makes no warranty of title. This conveyance is made to transfer the Grantor's interest to the "
            "Grantee, who remains in possession of the property."]
        y = paragraphs(c, 72, 605, W - 144, paras, size=11, leading=15)
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 6, f"Dated: {long_date(signed)}")
        c.line(300, y - 40, 540, y - 40)
        c.drawString(300, y - 54, f"{grantor}, Grantor")
        c.setFont("Times-Bold", 10)
        c.drawString(72, y - 90, "ACKNOWLEDGMENT")
        ack = [f"State of {state}, County of {county}. On {long_date(signed)} before me, {notary}, Notary Public, "
               f"personally appeared {grantor}, who proved to me on the basis of satisfactory evidence to be the "
               "person whose name is subscribed to the within instrument and acknowledged that he or she executed "
               "the same."]
        yy = paragraphs(c, 72, y - 106, W - 144, ack, size=10, leading=13)
        c.line(300, yy - 30, 540, yy - 30)
        c.setFont("Times-Roman", 10)
        c.drawString(300, yy - 44, f"{notary}, Notary Public")
        c.circle(160, yy - 30, 30, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        c.drawCentredString(160, yy - 28, "NOTARY SEAL")
        return [Mark("sig", 310, y - 38, w=170, seed=len(grantor) * 11), Mark("sig", 310, yy - 28, w=150, seed=91)]

    return Paper([page])


def sdu_history(state: str, payee: str, payer: str, case_no: str, printed: dt.date, monthly: float,
                months: int) -> Letter:
    """A state disbursement unit's child support payment history: amount and frequency, dated when printed."""
    pays = []
    d = printed.replace(day=1)
    for _ in range(months):
        pays.append(d + dt.timedelta(days=2))
        d = (d - dt.timedelta(days=1)).replace(day=1)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 740, f"{state.upper()} CHILD SUPPORT PAYMENT CENTER")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 727, "State Disbursement Unit - Case Payment History (receipts and disbursements)")
        c.drawRightString(562, 740, f"Printed {mdy(printed)}")
        c.line(50, 720, 562, 720)
        c.setFont("Helvetica", 9.5)
        rows = [("Case number", case_no), ("Custodial parent (payee)", payee), ("Obligor", payer),
                ("Current support order", f"${money(monthly)} per month"), ("Frequency", "Monthly, due the 1st")]
        y = 700
        for k, v in rows:
            c.drawString(50, y, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(220, y, v)
            c.setFont("Helvetica", 9.5)
            y -= 14
        y -= 14
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in ((50, "RECEIVED"), (140, "DISBURSED"), (240, "TYPE")):
            c.drawString(x, y, t)
        c.drawRightString(460, y, "AMOUNT")
        c.drawRightString(560, y, "METHOD")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for p in pays:
            c.drawString(50, y, mdy(p))
            c.drawString(140, y, mdy(p + dt.timedelta(days=2)))
            c.drawString(240, y, "Current support")
            c.drawRightString(460, y, money(monthly))
            c.drawRightString(560, y, "Direct deposit")
            y -= 13
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 20, "This history is provided to the payee on request and is not a court order.")
        return []

    return Letter(Paper([page]), "other", printed, monthly, "other")


def alimony_ledger(county: str, payee: str, payer: str, case_no: str, printed: dt.date, monthly: float,
                   months: int) -> Letter:
    """A court registry's ledger of spousal maintenance paid through the clerk: amount and frequency."""
    paras = [f"The Registry of the {county} County Clerk of Court certifies that the following payments of spousal "
             f"maintenance (alimony) ordered in case {case_no} were received from {payer} and disbursed to {payee}. "
             f"The order requires ${money(monthly)} per month, payable on or before the 10th day of each month, "
             "until the payee's remarriage or death or further order of the Court."]
    table = []
    d = printed.replace(day=1)
    for _ in range(months):
        table.append((f"Payment received {mdy(d + dt.timedelta(days=7))}", "$" + money(monthly)))
        d = (d - dt.timedelta(days=1)).replace(day=1)
    paper = simple_letter((f"CLERK OF COURT - {county.upper()} COUNTY", "Court Registry - Support Payments Section",
                           Color(0.25, 0.25, 0.25)), printed, [payee], f"Spousal maintenance ledger - {case_no}",
                          paras, ["Registry Clerk", f"{county} County Clerk of Court"], table)
    return Letter(paper, "other", printed, monthly, "other")


# --- servicers' applications -------------------------------------------------------------------------------------

REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster",
           "Disability or serious illness", "Divorce or legal separation", "Separation of unmarried co-owners",
           "Death of a borrower or wage earner", "Distant job transfer or relocation", "Other")
INCOME_LABELS = ("Gross wages, salary, overtime, tips, bonuses", "Self-employment income",
                 "Unemployment benefits", "Taxable Social Security, pension, disability, public assistance",
                 "Non-taxable Social Security or disability", "Rental income (net of expenses except mortgage)",
                 "Investment or insurance income", "Other (alimony, child support, separate maintenance, other)")
OCC_WORDS = {"primary_residence": "Primary residence", "second_home": "Second home",
             "investment_property": "Investment property"}
DUR_WORDS = {"short": "Short-term (6 months or less)", "long": "Long-term or permanent", "resolved": "Resolved"}


def box(c: Canvas, x: float, y: float, on: bool, size: float = 8.5) -> None:
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if on:
        c.setFont("Helvetica-Bold", size + 1)
        c.drawString(x + 1.2, y + 1.2, "X")


def date_or_ink(c: Canvas, app: App, x: float, y: float, ink: bool, seed: int, show: bool) -> list[Mark]:
    if not show:
        return []
    if ink:
        return [Mark("hand", x, y, mdy(app.signed_on), size=12, seed=seed)]
    c.setFont("Courier", 10)
    c.drawString(x, y, mdy(app.signed_on))
    return []


def trh9(app: App, ink: bool) -> Paper:
    """Tamsin Ridge Home Loans: borrower and co-borrower on separate pages, each signing there; page 3 the rest."""

    def head(c: Canvas, n: int, part: str) -> None:
        c.setFillColor(Color(0.1, 0.32, 0.3))
        c.rect(0, 748, W, 44, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 766, "Tamsin Ridge Home Loans")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 40, 772, "BORROWER ASSISTANCE REQUEST")
        c.drawRightString(W - 40, 760, f"Form TRH-9  |  Sheet {n} of 3")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 720, part)
        c.setLineWidth(1.5)
        c.line(40, 712, W - 40, 712)

    def person(c: Canvas, n: int, title: str, name: str, ssn: str, phone: str, email: str, signs: bool,
               dates: bool, seed: int, note: str) -> list[Mark]:
        head(c, n, title)
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(40, 698, note)
        y = 664
        for label, value in (("Full legal name", name), ("Social Security number - last four digits", ssn),
                             ("Best phone number", phone), ("E-mail", email),
                             ("Mailing address, if not the property", "")):
            c.setFont("Helvetica", 8)
            c.drawString(40, y + 16, label.upper())
            c.setLineWidth(0.5)
            c.rect(40, y - 4, W - 80, 18, stroke=1, fill=0)
            c.setFont("Courier", 11)
            c.drawString(46, y + 1, value)
            y -= 42
        y = paragraphs(c, 40, y - 4, W - 80, [
            "CERTIFICATION. I certify that the information I have given in this request is true and that the hardship "
            "described on sheet 3 contributed to the need for mortgage relief. I consent to Tamsin Ridge obtaining my "
            "credit report and to being contacted about this request at the numbers and address above. Knowingly "
            "false statements may violate federal law."], font="Helvetica", size=8.5, leading=11)
        y -= 36
        c.setLineWidth(0.6)
        c.line(40, y, 330, y)
        c.line(380, y, 560, y)
        c.setFont("Helvetica", 8)
        c.drawString(40, y - 11, f"Signature of the {'borrower' if n == 1 else 'co-borrower'}")
        c.drawString(380, y - 11, "Date signed")
        marks = [Mark("sig", 60, y + 2, w=200, seed=seed)] if signs else []
        marks += date_or_ink(c, app, 386, y + 4, ink, seed + 5, dates)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, f"TRH-9 - Loan {app.loan} - sheet {n}")
        return marks

    def s1(c: Canvas) -> list[Mark]:
        return person(c, 1, "PART A - BORROWER", app.borrower, app.ssn[-4:], app.phone, app.email, app.b_signs,
                      app.b_dates, app.seed, "The borrower completes and signs this sheet.")

    def s2(c: Canvas) -> list[Mark]:
        co = bool(app.co)
        return person(c, 2, "PART B - CO-BORROWER", app.co or "", (app.co_ssn or "")[-4:], "", "",
                      co and app.co_signs, co and app.co_signs, app.seed + 1,
                      "Leave Part B blank if there is no co-borrower. A co-borrower named here must sign this sheet.")

    def s3(c: Canvas) -> list[Mark]:
        head(c, 3, "PART C - THE HOME, THE HARDSHIP AND THE HOUSEHOLD'S INCOME")
        c.setFont("Helvetica", 9)
        c.drawString(40, 690, "Loan number")
        c.setFont("Courier-Bold", 11)
        c.drawString(120, 690, app.loan)
        c.setFont("Helvetica", 9)
        c.drawString(40, 670, "Property address")
        c.setFont("Courier", 10.5)
        c.drawString(140, 670, app.address)
        c.setFont("Helvetica", 9)
        c.drawString(40, 650, "The property is:")
        for i, occ in enumerate(OCCUPANCIES):
            box(c, 130 + i * 140, 648, app.occupancy == occ)
            c.setFont("Helvetica", 9)
            c.drawString(143 + i * 140, 650, OCC_WORDS[occ])
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 622, "Hardship")
        c.setFont("Helvetica", 9)
        c.drawString(40, 606, "It began on (mm/dd/yyyy)")
        c.setFont("Courier", 10.5)
        c.drawString(160, 606, mdy(app.start))
        c.setFont("Helvetica", 9)
        for i, dur in enumerate(("short", "long", "resolved")):
            box(c, 260 + i * 105, 604, app.duration == dur)
            c.setFont("Helvetica", 8)
            c.drawString(272 + i * 105, 606, DUR_WORDS[dur].split(" (")[0])
        y = 584
        for i, reason in enumerate(REASONS):
            col, row = divmod(i, 5)
            box(c, 40 + col * 270, y - row * 16, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 9)
            c.drawString(53 + col * 270, y - row * 16 + 1, reason)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 480, "Monthly household income before taxes")
        y = 462
        for k, label in zip(INCOMES, INCOME_LABELS, strict=True):
            amt = app.income.get(k, 0.0)
            c.setFont("Helvetica", 8.5)
            c.drawString(40, y, label)
            c.drawString(440, y, "$")
            c.line(450, y - 2, 560, y - 2)
            if amt > 0:
                c.setFont("Courier", 10.5)
                c.drawRightString(556, y, money(amt))
            y -= 18
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Total monthly household income")
        c.drawString(440, y, "$")
        c.setFont("Courier-Bold", 10.5)
        c.drawRightString(556, y, money(app.total))
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 30, f"TRH-9 - Loan {app.loan} - sheet 3")
        return []

    return Paper([s1, s2, s3])


def cfs12(app: App, ink: bool) -> Paper:
    """Calloway Federal Savings: one long ITEM / RESPONSE table over two pages."""
    hard = "; ".join(REASONS[HARDSHIPS.index(h)] for h in sorted(app.hardships, key=HARDSHIPS.index))
    items: list[tuple[str, str]] = [
        ("Loan number", app.loan), ("Borrower's name", app.borrower),
        ("Borrower's Social Security number (last 4)", app.ssn[-4:]),
        ("Co-borrower's name (write NONE if none)", app.co or "NONE"),
        ("Co-borrower's Social Security number (last 4)", (app.co_ssn or "")[-4:] or "-"),
        ("Phone and e-mail", f"{app.phone}  {app.email}"), ("Property address", app.address),
        ("Is the property your primary residence, a second home or an investment property?",
         OCC_WORDS[app.occupancy]),
        ("Reason(s) for the hardship", hard), ("If other, explain", app.other_text or "-"),
        ("Date the hardship began", mdy(app.start)), ("Is the hardship short-term, long-term or resolved?",
                                                      DUR_WORDS[app.duration])]
    for k, label in zip(INCOMES, INCOME_LABELS, strict=True):
        amt = app.income.get(k, 0.0)
        items.append((f"Monthly {label[0].lower()}{label[1:]}", f"$ {money(amt)}" if amt > 0 else "$ 0.00"))
    items.append(("TOTAL monthly income (items 13 to 20)", f"$ {money(app.total)}"))

    def head(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 16)
        c.drawString(50, 742, "Calloway Federal Savings")
        c.setFont("Times-Roman", 9)
        c.drawString(50, 730, "Default Servicing - 18 Wharf Street, Calloway, ME 04011 - fax (207) 555-0164")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 742, "MORTGAGE RELIEF WORKSHEET")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 730, f"CFS-12  page {n} of 2")

    def table(c: Canvas, y: float, rows: Sequence[tuple[int, str, str]]) -> float:
        c.setFillGray(0.2)
        c.rect(50, y, 512, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, y + 5, "ITEM")
        c.drawString(336, y + 5, "RESPONSE")
        c.setFillColor(black)
        c.setLineWidth(0.5)
        for num, text, resp in rows:
            lines = wrap(text, "Helvetica", 8.5, 250)
            rlines = wrap(resp, "Courier", 9.5, 215) or [""]
            h = 8 + 11 * max(len(lines), len(rlines))
            y -= h
            c.rect(50, y, 280, h, stroke=1, fill=0)
            c.rect(330, y, 232, h, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(54, y + h - 11, f"{num}.")
            c.setFont("Helvetica", 8.5)
            for i, ln in enumerate(lines):
                c.drawString(72, y + h - 11 - 11 * i, ln)
            c.setFont("Courier", 9.5)
            for i, ln in enumerate(rlines):
                c.drawString(336, y + h - 11 - 11 * i, ln)
        return y

    rows = [(i + 1, t, r) for i, (t, r) in enumerate(items)]

    def p1(c: Canvas) -> list[Mark]:
        head(c, 1)
        paragraphs(c, 50, 710, 512, ["Answer every item in the RESPONSE column. Amounts are monthly and before taxes. "
                                     "Child support or alimony need not be listed unless you want it considered."],
                   font="Helvetica", size=8.5, leading=11)
        table(c, 676, rows[:12])
        return []

    def p2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 710, f"Loan number {app.loan}")
        y = table(c, 690, rows[12:])
        y = paragraphs(c, 50, y - 18, 512, [
            "By signing I certify that my answers are true and complete and that the hardship I described contributed "
            "to my need for relief. I consent to a credit report. Every borrower named in items 2 and 4 signs below."],
            font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        for i, (num, who, signs, dates) in enumerate(((22, "Borrower", app.b_signs, app.b_dates),
                                                        (23, "Co-borrower", bool(app.co) and app.co_signs,
                                                         bool(app.co) and app.co_signs))):
            top = y - 10 - i * 44
            c.rect(50, top - 40, 280, 40, stroke=1, fill=0)
            c.rect(330, top - 40, 232, 40, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(54, top - 12, f"{num}.")
            c.setFont("Helvetica", 8.5)
            c.drawString(72, top - 12, f"{who} signature and date")
            c.drawString(336, top - 36, "date:")
            if signs:
                marks.append(Mark("sig", 340, top - 22, w=150, seed=app.seed + i))
            marks += date_or_ink(c, app, 362, top - 36, ink, app.seed + 9 + i, dates)
        return marks

    return Paper([p1, p2])


@dataclass
class Household:
    name: str
    relation: str
    moved: dt.date
    direction: str = "Moved out"
    on_loan: str = "Yes"


def mmc4(app: App, ink: bool, change: Household | None) -> Paper:
    """Meridale Mortgage Company: shaded bands, a HOUSEHOLD CHANGES section, a hardship grid, an income grid."""

    def band(c: Canvas, y: float, title: str) -> None:
        c.setFillColor(Color(0.82, 0.86, 0.93))
        c.rect(40, y, W - 80, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(46, y + 4.5, title)

    def line(c: Canvas, x: float, y: float, w: float, label: str, value: str) -> None:
        c.setFont("Helvetica", 7.5)
        c.drawString(x, y + 12, label)
        c.setLineWidth(0.5)
        c.line(x, y - 3, x + w, y - 3)
        c.setFont("Courier", 10.5)
        c.drawString(x + 2, y, value)

    def head(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 17)
        c.setFillColor(Color(0.15, 0.22, 0.45))
        c.drawString(40, 742, "MERIDALE")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        c.drawString(40, 730, "Mortgage Company  -  Homeowner Assistance")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - 40, 742, "Financial Hardship Review")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 40, 730, f"MMC-4   Page {n} of 2")

    def p1(c: Canvas) -> list[Mark]:
        head(c, 1)
        band(c, 700, "1  APPLICANTS")
        line(c, 46, 672, 200, "Loan number", app.loan)
        line(c, 46, 640, 330, "Borrower name", app.borrower)
        line(c, 400, 640, 130, "SSN (last 4)", app.ssn[-4:])
        line(c, 46, 608, 330, "Co-borrower name (if any)", app.co or "")
        line(c, 400, 608, 130, "SSN (last 4)", (app.co_ssn or "")[-4:])
        line(c, 46, 576, 200, "Phone", app.phone)
        line(c, 260, 576, 270, "E-mail", app.email)
        band(c, 540, "2  HOUSEHOLD CHANGES IN THE LAST 24 MONTHS")
        c.setFont("Helvetica", 7.5)
        c.drawString(46, 526, "List anyone who moved out of or into the home (a spouse, partner, co-borrower, adult "
                              "child). This does not add or remove anyone from the loan.")
        c.setFont("Helvetica-Bold", 7.5)
        cols = ((46, "NAME"), (210, "RELATIONSHIP"), (320, "MOVED OUT / IN"), (410, "DATE"), (480, "STILL ON LOAN?"))
        for x, t in cols:
            c.drawString(x, 508, t)
        c.line(46, 504, W - 46, 504)
        for k in range(2):
            c.line(46, 484 - 20 * k, W - 46, 484 - 20 * k)
        if change:
            c.setFont("Courier", 10)
            for (x, _), v in zip(cols, (change.name, change.relation, change.direction, mdy(change.moved),
                                        change.on_loan), strict=True):
                c.drawString(x, 488, v)
        band(c, 440, "3  PROPERTY")
        line(c, 46, 412, 480, "Property address", app.address)
        c.setFont("Helvetica", 8.5)
        c.drawString(46, 386, "Occupancy:")
        for i, occ in enumerate(OCCUPANCIES):
            box(c, 110 + i * 130, 384, app.occupancy == occ)
            c.setFont("Helvetica", 8.5)
            c.drawString(122 + i * 130, 386, OCC_WORDS[occ])
        band(c, 350, "4  HARDSHIP")
        line(c, 46, 322, 110, "Began on (mm/dd/yyyy)", mdy(app.start))
        c.setFont("Helvetica", 8.5)
        for i, dur in enumerate(("short", "long", "resolved")):
            box(c, 200 + i * 120, 320, app.duration == dur)
            c.setFont("Helvetica", 8)
            c.drawString(212 + i * 120, 322, DUR_WORDS[dur].split(" (")[0])
        for i, reason in enumerate(REASONS):
            col, row = i % 2, i // 2
            box(c, 46 + col * 260, 290 - row * 16, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 8.5)
            c.drawString(59 + col * 260, 291 - row * 16, reason)
        line(c, 46, 196, 480, "If other, describe", app.other_text)
        return []

    def p2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 712, f"Loan {app.loan}")
        band(c, 690, "5  MONTHLY INCOME (GROSS, ALL BORROWERS)")
        for i, (k, label) in enumerate(zip(INCOMES, INCOME_LABELS, strict=True)):
            col, row = i % 2, i // 2
            x, y = 46 + col * 262, 650 - row * 44
            c.setFont("Helvetica", 7)
            for j, ln in enumerate(wrap(label, "Helvetica", 7, 150)):
                c.drawString(x, y + 16 - 8 * j, ln)
            c.rect(x + 160, y - 2, 90, 20, stroke=1, fill=0)
            c.setFont("Helvetica", 9)
            c.drawString(x + 164, y + 4, "$")
            amt = app.income.get(k, 0.0)
            if amt > 0:
                c.setFont("Courier", 10.5)
                c.drawRightString(x + 246, y + 4, money(amt))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(308, 470, "TOTAL")
        c.setLineWidth(1.2)
        c.rect(468, 464, 90, 22, stroke=1, fill=0)
        c.setFont("Courier-Bold", 10.5)
        c.drawRightString(554, 471, money(app.total))
        band(c, 430, "6  SIGNATURES")
        y = paragraphs(c, 46, 410, W - 92, [
            "Each of us certifies that this review form is true and complete and that the hardship described "
            "contributed to our need for help. We consent to credit reports. Everyone named in section 1 must sign."],
            font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        for i, (who, signs, dates) in enumerate((("Borrower", app.b_signs, app.b_dates),
                                                 ("Co-borrower", bool(app.co) and app.co_signs,
                                                  bool(app.co) and app.co_signs))):
            yy = y - 40 - i * 56
            c.setLineWidth(0.6)
            c.line(46, yy, 330, yy)
            c.line(380, yy, 540, yy)
            c.setFont("Helvetica", 7.5)
            c.drawString(46, yy - 10, f"{who} signature")
            c.drawString(380, yy - 10, "Date")
            if signs:
                marks.append(Mark("sig", 60, yy + 2, w=190, seed=app.seed + i))
            marks += date_or_ink(c, app, 384, yy + 3, ink, app.seed + 20 + i, dates)
        return marks

    return Paper([p1, p2])


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


def paper_doc(kind: str, date: dt.date | None = None, benefit: str | None = None) -> Doc:
    """A document whose fields are not scored (decree, deed, petition, support history)."""
    return Doc(kind, {}, date, benefit=benefit)


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
        # an award letter, or another paper showing amount and frequency (support histories): fresh only
        return any(d.benefit == kind and fresh(d.date) for d in of)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank or letter("other")}
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



WH_D = Withholding(0.08, 0.035, True, (("CalSTRS retirement", 193.00), ("Dental plan", 14.10)))
WH_K = Withholding(0.07, 0.03, True, (("Medical", 58.40),))
WH_T = Withholding(0.06, 0.0, True, ())


def packet_bw1(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 1)
    received = dt.date(2038, 2, 16)
    addr = ["1187 Juniper Hollow Drive", "Harlow, CA 95901"]
    stub = district_stub(random.Random(seed * 7 + 1), "Danielle R. Whitcombe", "E-204417", "Science teacher",
                         dt.date(2038, 1, 31), 2412.50, WH_D)
    net = stub.fields["net_current"]
    c1 = [(2, "HARLOW USD PAYROLL DEP", r2(net - 21.0)), (3, "CA SDU CHILD SUPPORT", 850.00),
          (15, "HARLOW USD PAYROLL DEP", r2(net - 21.0))]
    c2 = [(3, "CA SDU CHILD SUPPORT", 850.00), (15, "HARLOW USD PAYROLL DEP", net), (31, "HARLOW USD PAYROLL DEP", net)]
    s1 = copperline_statement(rng, "Danielle R. Whitcombe", addr, "0077431902", 2037, 12, 1318.26, c1)
    s2 = copperline_statement(rng, "Danielle R. Whitcombe", addr, "0077431902", 2038, 1, s1.fields["ending_balance"],
                              c2)
    app = App("4720018395", "Danielle R. Whitcombe", "944-20-8163", "1187 Juniper Hollow Drive", "Harlow", "CA",
              "95901", "(530) 555-0142", "dwhitcombe@example.org", "primary_residence", ["divorce_or_separation"],
              dt.date(2037, 4, 20), "long", {"wages": 4825.00, "other": 850.00}, dt.date(2038, 2, 9), seed=seed + 11)
    p = Packet("bw1", received, app, [])
    folder = app.loan
    decree = decree_excerpt("Superior Court of the State of California", "Yuba", "Danielle R. Sorensen",
                            "Mark T. Sorensen", "FL-37-01188", dt.date(2037, 9, 14), "Danielle R. Sorensen",
                            "Mark T. Sorensen", "1187 Juniper Hollow Drive, Harlow, California",
                            "Danielle R. Whitcombe",
                            "Mark T. Sorensen shall pay child support for the two minor children of $850.00 per month, "
                            "due on the first day of each month, through the State Disbursement Unit.",
                            "Hon. Adrienne V. Castillo")
    on = dt.date(2038, 2, 9)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Loss Mitigation Department", [
        "My husband and I separated in April of last year and our divorce was final in September. The court "
        "awarded me the house on Juniper Hollow Drive and I have taken back my maiden name, Whitcombe, so some of "
        "your records may still show me as Danielle Sorensen.",
        "Until he moved out we paid the mortgage from two salaries. I now have my teacher's salary and the child "
        "support for our two children, and I fell two payments behind over the holidays. I would like to keep the "
        "house for the children and ask to be reviewed for a modification."], ink=False, seed=seed)
    p.pdf(f"{folder}/Form710_Whitcombe.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{folder}/HUSD earnings 01-31.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{folder}/Copperline Dec.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{folder}/Copperline Jan.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    p.pdf(f"{folder}/decree pages 1 and 5.pdf", paper_pdf(decree), (paper_doc("divorce_decree"), 2))
    p.pdf(f"{folder}/letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_bw2(seed: int) -> Packet:
    received = dt.date(2038, 3, 23)
    addr = ["52 Ferncliff Court", "Marysville, CA 95901"]
    stubs = [warehouse_stub(random.Random(seed * 7 + 2), "Priya N. Castellanos", "KD-30718", d, 21.40, WH_K)
             for d in (dt.date(2038, 3, 5), dt.date(2038, 3, 19))]
    app = App("0093817264", "Priya N. Castellanos", "962-04-3318", "52 Ferncliff Court", "Marysville", "CA", "95901",
              "(530) 555-0177", "priya.castellanos@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2037, 8, 1), "long", {"wages": 3709.33}, dt.date(2038, 3, 17),
              co="Rafael A. Castellanos", co_ssn="962-51-0094", co_signs=False, seed=seed + 21)
    p = Packet("bw2", received, app, ["application_signature"])
    style = Scan(dpi=240, tilt=0.3, blur=0.55, noise=0.0005)
    decree = decree_excerpt("Superior Court of the State of California", "Yuba", "Priya N. Castellanos",
                            "Rafael A. Castellanos", "FL-37-00642", dt.date(2037, 11, 30), "Priya N. Castellanos",
                            "Rafael A. Castellanos", "52 Ferncliff Court, Marysville, California", None,
                            "Neither party shall pay spousal support. There are no minor children of the marriage.",
                            "Hon. Leonard F. Ashby")
    on = dt.date(2038, 3, 17)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Tamsin Ridge Home Loans", [
        "Rafael moved out last August and our divorce became final on November 30. The decree gives me the house "
        "and makes the mortgage my responsibility, but his name is still on the loan. He has told me he will not "
        "sign anything for the bank.",
        "I work full time at the Kessling warehouse and can afford a payment close to the current one if the "
        "arrears are added to the loan. Please review me for a modification."], ink=True, seed=seed + 2)
    p.scan("mailroom_0323_1406.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 200)),
        (app_doc(), scan_paper(trh9(app, ink=True), style, seed + 201)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 202)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 203)),
        (paper_doc("divorce_decree"), scan_paper(decree, style, seed + 204)),
        (hardship_doc(on), scan_paper(hl, style, seed + 205))], style)
    return p


def packet_bw3(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2038, 5, 11)
    addr = ["306 Sagebrush Loop", "Fallon, NV 89406"]
    app = App("6158203394", "Thomas E. Ridley", "917-63-0425", "306 Sagebrush Loop", "Fallon", "NV", "89406",
              "(775) 555-0119", "tridley@example.net", "primary_residence", ["divorce_or_separation"],
              dt.date(2037, 10, 6), "long", {"wages": 3560.00, "other": 640.00}, dt.date(2038, 5, 4),
              co="Joanna M. Pell", co_ssn="917-88-2730", seed=seed + 31)
    p = Packet("bw3", received, app, [])
    c1 = [(1, "NV DWSS CHILD SUPPORT", 640.00), (14, "LAHONTAN IRRIGATION PAYROLL", 1318.64),
          (28, "LAHONTAN IRRIGATION PAYROLL", 1318.64)]
    c2 = [(1, "NV DWSS CHILD SUPPORT", 640.00), (11, "LAHONTAN IRRIGATION PAYROLL", 1318.64),
          (25, "LAHONTAN IRRIGATION PAYROLL", 1342.10)]
    s1 = fallon_statement(rng, "Thomas E. Ridley", addr, "4410382267", 2038, 3, 702.45, c1)
    s2 = fallon_statement(rng, "Thomas E. Ridley", addr, "4410382267", 2038, 4, s1.fields["ending_balance"], c2)
    deed = quitclaim("Churchill", "Nevada", "Joanna M. Pell, formerly known as Joanna M. Ridley", "Thomas E. Ridley",
                     "306 Sagebrush Loop, Fallon, NV 89406", "008-241-17", dt.date(2038, 1, 19),
                     dt.date(2038, 1, 26), "2038-000417", "no consideration, pursuant to a decree of divorce",
                     "Beatriz O. Lemaire")
    on = dt.date(2038, 5, 4)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Calloway Federal Savings", [
        "We divorced this winter. Joanna moved to Reno in October and has gone back to her family name, Pell. Under "
        "our settlement the house is mine, and she deeded her interest to me in January; the recorded deed is "
        "enclosed.",
        "With one income instead of two I cannot keep up with the full payment, even with the child support for "
        "our son. We both sign this request so that the loan can be reviewed for a modification in my name."],
        ink=False, seed=seed)
    loan = app.loan
    p.pdf(f"{loan}-worksheet.pdf", paper_pdf(cfs12(app, ink=False)), (app_doc(), 2))
    p.pdf(f"{loan}-march-statement.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf(f"{loan}-april-statement.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    style = Scan(dpi=300, tilt=0.2, blur=0.6, noise=0.0004)
    p.scan(f"{loan}-recorded-deed.pdf", [(paper_doc("quitclaim_deed"), scan_paper(deed, style, seed + 300))], style)
    p.pdf(f"{loan}-letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_bw4(seed: int) -> Packet:
    received = dt.date(2038, 6, 15)
    addr = ["9 Tollgate Road", "Anaconda, MT 59711"]
    stub = dental_slip(random.Random(seed * 7 + 4), "Lorena G. Tubbs", "BDG-118", dt.date(2038, 6, 8), 24.75, WH_T)
    app = App("8802461175", "Lorena G. Tubbs", "983-40-6612", "9 Tollgate Road", "Anaconda", "MT", "59711",
              "(406) 555-0153", "lorena.tubbs@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2038, 2, 3), "long", {"wages": 3861.00}, dt.date(2038, 6, 10), seed=seed + 41)
    p = Packet("bw4", received, app, ["hardship_doc:divorce_or_separation"])
    change = Household("Wade H. Tubbs", "Spouse", dt.date(2038, 2, 3))
    papers = petition_papers("District Court of the Third Judicial District", "Deer Lodge", "Lorena G. Tubbs",
                             "Wade H. Tubbs", "DR-38-0091", dt.date(2038, 3, 15), dt.date(2038, 8, 20))
    on = dt.date(2038, 6, 10)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Meridale Mortgage Company", [
        "My husband Wade moved out on February 3 and I filed for divorce in March. The court has given me the use "
        "of the house until the final hearing in August, and I am paying the mortgage alone from my wages at the "
        "dental office.",
        "Wade has stopped paying anything toward the house. I am enclosing the petition and the temporary orders; "
        "the final decree will not be entered until after the hearing."], ink=True, seed=seed + 4)
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)
    cover = fax_cover("Anaconda Copy & Ship", "(406) 555-0100", "Meridale Mortgage Company - Homeowner Assistance",
                      "(406) 555-0188", received, 7, f"Loan {app.loan} - hardship review form")
    p.scan("FAX0615_0938_00412.pdf", [
        (None, scan_paper(cover, style, seed + 400)),
        (app_doc(), scan_paper(mmc4(app, ink=True, change=change), style, seed + 401)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 402)),
        (hardship_doc(on), scan_paper(hl, style, seed + 403)),
        (paper_doc("other"), scan_paper(Paper(papers.pages[:1]), style, seed + 404)),
        (paper_doc("other"), scan_paper(Paper(papers.pages[1:]), style, seed + 405))], style)
    return p


def packet_bw5(seed: int) -> Packet:
    received = dt.date(2038, 7, 20)
    addr = ["740 Quail Run Road", "Oroville, CA 95965"]
    stub = warehouse_stub(random.Random(seed * 7 + 5), "Annelise K. Marchand", "KD-41127", dt.date(2038, 7, 16),
                          19.85, WH_K)
    app = App("5127740086", "Annelise K. Marchand", "929-17-4480", "740 Quail Run Road", "Oroville", "CA", "95965",
              "(530) 555-0108", "amarchand@example.net", "primary_residence", ["divorce_or_separation"],
              dt.date(2038, 1, 12), "long", {"wages": 3440.67, "other": 725.00}, dt.date(2038, 7, 14), seed=seed + 51)
    p = Packet("bw5", received, app, ["income_doc:other"])
    decree = decree_excerpt("Superior Court of the State of California", "Butte", "Annelise K. Drummond",
                            "Colin J. Drummond", "FL-36-02210", dt.date(2036, 10, 3), "Annelise K. Drummond",
                            "Colin J. Drummond", "740 Quail Run Road, Oroville, California", "Annelise K. Marchand",
                            "Child support is ordered in the separate Uniform Support Order entered on the same date, "
                            "which is not part of this Agreement.", "Hon. Gregory S. Tamura")
    sdu = sdu_history("California", "Annelise K. Marchand", "Colin J. Drummond", "CS-0419-88271",
                      dt.date(2038, 3, 28), 725.00, 6)
    on = dt.date(2038, 7, 14)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Loss Mitigation Department", [
        "I was divorced in 2036 and kept the house. Since January my former husband has paid his child support "
        "late or only in part, and the support I counted on to make the mortgage payment has not come in "
        "regularly. I went back to my maiden name, Marchand, after the divorce.",
        "I have worked at the Kessling warehouse for three years. I am asking for a modification so that my "
        "payment fits my wages and the support the court ordered."], ink=True, seed=seed + 5)
    style = Scan(dpi=200, tilt=0.45, blur=0.5, noise=0.0006)
    p.scan("Marchand application.pdf", [(app_doc(), form710_pen(app, style, seed + 500))], style)
    for i, (doc, paper) in enumerate([(stub_doc(stub), stub.paper), (paper_doc("divorce_decree"), decree),
                                      (paper_doc("other", sdu.date, "other"), sdu.paper), (hardship_doc(on), hl)]):
        photo = Photo(dpi=150, turn=2.0 + i * 0.6, seed=seed * 10 + 50 + i)
        p.scan(f"IMG_{5512 + 3 * i}.pdf", [(doc, photo_paper(paper, photo))], style)
    return p


def packet_bw6(seed: int) -> Packet:
    received = dt.date(2038, 8, 24)
    addr = ["2210 Mesquite Bend", "Marysville, CA 95901"]
    stubs = [district_stub(random.Random(seed * 7 + 6), "Keisha D. Armstead", "E-310925", "Payroll technician", d,
                           2186.00, WH_D) for d in (dt.date(2038, 7, 31), dt.date(2038, 8, 15))]
    app = App("3390572618", "Keisha D. Armstead", "951-36-7724", "2210 Mesquite Bend", "Marysville", "CA", "95901",
              "(530) 555-0164", "keisha.armstead@example.com", "primary_residence", ["separation_unmarried"],
              dt.date(2038, 1, 15), "long", {"wages": 4372.00}, dt.date(2038, 8, 18),
              co="Julian P. Voss", co_ssn="951-80-1147", seed=seed + 61)
    p = Packet("bw6", received, app, [])
    change = Household("Julian P. Voss", "Former partner", dt.date(2038, 1, 15))
    deed = quitclaim("Yuba", "California", "Julian P. Voss", "Keisha D. Armstead, an unmarried woman",
                     "2210 Mesquite Bend, Marysville, CA 95901", "020-118-09", dt.date(2038, 4, 22),
                     dt.date(2038, 5, 2), "2038-006315", "no consideration", "Harold T. Nakamura")
    on = dt.date(2038, 8, 18)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Meridale Mortgage Company", [
        "Julian and I bought the house together in 2033 but were never married. We separated in January and he "
        "moved to Sacramento. In April he signed a quitclaim deed giving me his share of the house; it was recorded "
        "on May 2 and a copy is enclosed.",
        "He is still on the loan and has signed this form, but he no longer pays toward the mortgage. On my salary "
        "alone the payment is more than I can manage, and I ask to be reviewed for a modification."],
        ink=False, seed=seed)
    papers = [(app_doc(), mmc4(app, ink=False, change=change)), (stub_doc(stubs[0]), stubs[0].paper),
              (stub_doc(stubs[1]), stubs[1].paper), (paper_doc("quitclaim_deed"), deed), (hardship_doc(on), hl)]
    p.pdf("Armstead documents for Meridale.pdf", papers_pdf([pp for _, pp in papers]),
          *[(d, len(pp.pages)) for d, pp in papers])
    return p


def packet_bw7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2038, 9, 28)
    addr = ["15 Larkspur Terrace", "Butte, MT 59701"]
    app = App("7741093520", "Carmen V. Lindqvist", "936-12-5087", "15 Larkspur Terrace", "Butte", "MT", "59701",
              "(406) 555-0131", "clindqvist@example.org", "primary_residence", ["divorce_or_separation"],
              dt.date(2038, 3, 1), "long", {"wages": 3950.00, "rental": 900.00}, dt.date(2038, 9, 20),
              b_dates=False, seed=seed + 71)
    p = Packet("bw7", received, app, ["application_signature", "irs_form_4506c"])
    c1 = [(1, "MOBILE DEP - BASEMENT RENT", 900.00), (8, "SILVER BOW HEALTH PAYROLL", 1451.37),
          (22, "SILVER BOW HEALTH PAYROLL", 1451.37)]
    c2 = [(2, "MOBILE DEP - BASEMENT RENT", 900.00), (5, "SILVER BOW HEALTH PAYROLL", 1451.37),
          (19, "SILVER BOW HEALTH PAYROLL", 1451.37)]
    s1 = copperline_statement(rng, "Carmen V. Lindqvist", addr, "0082290475", 2038, 7, 1204.88, c1)
    s2 = copperline_statement(rng, "Carmen V. Lindqvist", addr, "0082290475", 2038, 8, s1.fields["ending_balance"], c2)
    decree = decree_excerpt("Montana Second Judicial District Court", "Silver Bow", "Carmen V. Lindqvist",
                            "Erik J. Lindqvist", "DR-38-0217", dt.date(2038, 6, 24), "Carmen V. Lindqvist",
                            "Erik J. Lindqvist", "15 Larkspur Terrace, Butte, Montana", None,
                            "Each party waives spousal maintenance. There are no minor children.",
                            "Hon. Marian E. Whitlock")
    on = dt.date(2038, 9, 20)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Tamsin Ridge Home Loans", [
        "Erik moved out on March 1 and our divorce was final in June. The house was awarded to me. To help with the "
        "payment I finished the basement apartment and have rented it since July for $900 a month.",
        "My pay from the hospital and the rent together still leave me short of the full payment and the arrears "
        "from the spring. I ask for a modification. Erik is not on this request because he left the loan to me "
        "in the decree."], ink=True, seed=seed + 7)
    style = Scan(dpi=200, tilt=0.4, blur=0.5, noise=0.0006)
    folder = app.loan
    for i, (doc, paper) in enumerate([(app_doc(), trh9(app, ink=True)), (stmt_doc(s1), s1.paper),
                                      (stmt_doc(s2), s2.paper), (paper_doc("divorce_decree"), decree),
                                      (hardship_doc(on), hl)]):
        p.scan(f"{folder}/scan_{i + 1:04d}.pdf", [(doc, scan_paper(paper, style, seed + 700 + i))], style)
    return p


def packet_bw8(seed: int) -> Packet:
    received = dt.date(2038, 11, 9)
    addr = ["88 Old Mill Lane", "Carrow, OH 45601"]
    pension = pension_letter("Ruth A. Penhallow", addr, dt.date(2038, 10, 6), 1684.20, dt.date(2035, 7, 1))
    ledger = alimony_ledger("Carrow", "Ruth A. Penhallow", "Dennis M. Garrity", "DR-35-1140", dt.date(2038, 10, 28),
                            1150.00, 4)
    app = App("2265019847", "Ruth A. Penhallow", "977-25-3391", "88 Old Mill Lane", "Carrow", "OH", "45601",
              "(740) 555-0172", "ruth.penhallow@example.com", "primary_residence",
              ["divorce_or_separation", "reduction_in_income"], dt.date(2038, 6, 30), "long",
              {"benefits_taxable": 1684.20, "other": 1150.00}, dt.date(2038, 11, 2),
              co="Dennis M. Garrity", co_ssn="977-61-0258", seed=seed + 81)
    p = Packet("bw8", received, app, [])
    decree = decree_excerpt("Court of Common Pleas, Domestic Relations Division", "Carrow", "Ruth A. Garrity",
                            "Dennis M. Garrity", "DR-35-1140", dt.date(2036, 6, 17), "Ruth A. Garrity",
                            "Dennis M. Garrity", "88 Old Mill Lane, Carrow, Ohio", "Ruth A. Penhallow",
                            "Dennis M. Garrity shall pay spousal support of $1,600.00 per month through the Clerk's "
                            "registry until further order.", "Hon. Philip R. Osei")
    on = dt.date(2038, 11, 2)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Loss Mitigation Department", [
        "Dennis and I were divorced in 2036 and the house was awarded to me. In June the court reduced his "
        "spousal support from $1,600 to $1,150 a month after he retired, and my pension is my only other income.",
        "Dennis is still named on the mortgage and has signed the application with me. We ask that the loan be "
        "modified so that I can keep paying it on my own."], ink=True, seed=seed + 8)
    folder = app.loan
    style = Scan(dpi=300, tilt=0.15, blur=0.65, noise=0.0004)
    p.scan(f"{folder}/Penhallow 710.pdf", [(app_doc(), form710_ink(app, style, seed + 800))], style)
    for i, (name, doc, paper) in enumerate([
            ("pension letter", letter_doc(pension), pension.paper),
            ("alimony ledger", paper_doc("other", ledger.date, "other"), ledger.paper),
            ("decree", paper_doc("divorce_decree"), decree), ("letter", hardship_doc(on), hl)]):
        photo = Photo(dpi=150, turn=-1.8 + i * 1.1, seed=seed * 10 + 80 + i)
        p.scan(f"{folder}/{name} photo.pdf", [(doc, photo_paper(paper, photo))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bw1, packet_bw2, packet_bw3, packet_bw4, packet_bw5, packet_bw6,
                                             packet_bw7, packet_bw8]


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
    ap.add_argument("--only", nargs="*", help="build only these packets (bw1 ..)")
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
