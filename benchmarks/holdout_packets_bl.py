"""Holdout set bl (bl1..bl8): SELF-EMPLOYED AND GIG-ECONOMY BORROWERS. Written without looking at the service's code,
rules, data files or tests (only the spec, the shared samples, tests/pdf_factory.py, tests/sample_compare.py,
benchmarks/sample_accuracy.py, the af scaffold and the module docstrings of the other sets were read), to estimate
honestly how the service reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_bl.py OUT_DIR [--seed N] [--check] [--only bl1 bl5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`; received dates are weekdays in 2047. The seed changes amounts,
transactions and pen strokes, never names, dates or the truth of the answers.

THE SERVICER. Quillfeather Mortgage Servicing, LLC (1600 Wynkoop Street, Suite 410, Denver CO) serves borrowers in
Colorado, Utah, Wyoming and New Mexico. Besides the real Form 710 it sends its self-employed borrowers its own
three-page "Application for Mortgage Assistance - Self-Employed, 1099 and Gig Workers" (Form QMS-SE7 (01/2047)):
page 1 is a two-column Applicant | Co-applicant table, the property and its use (three boxes), the reasons in its
own words (ten boxes), the start date and the expected length; page 2 is a MONTHLY INCOME WORKSHEET of numbered lines
with line arithmetic - line 1 gross receipts and platform payouts, line 2 platform fees, line 3 other business
costs, line 4 "Add lines 2 and 3", line 5 NET SELF-EMPLOYMENT INCOME "Subtract line 4 from line 1", lines 6 to 12 the
other incomes (wages, unemployment, taxable and non-taxable benefits, rent, investments, alimony/child support/
other), line 13 "Add lines 6 through 12", line 14 TOTAL MONTHLY INCOME "Add lines 5 and 13", arithmetic lines shaded;
page 3 the certification, a printed list of the papers to send, and signature and date lines. The application's
self_employment amount is LINE 5 (not the gross of line 1), its total is LINE 14.

THE PAPERS (their document types per shared/spec/checklist.md):
- profit_and_loss_statement in four styles: "LedgerLeaf" bookkeeping software's "Profit and Loss" report (indented
  accounts, a TOTAL column, the basis and run time at the foot) exported as is WITHOUT a signature line (bl2) or with
  an owner's certification added under it and signed on screen (bl4); "Brightbooks" "Profit & Loss by Month",
  LANDSCAPE, a column per month and a Total column (bl6); a borrower-typed "Quarterly Profit and Loss Statement" in a
  ruled table (bl3); a tax preparer's compiled "Statement of Income and Expenses" headed "For the three months ended
  December 31, 2046" - its start date must be worked out (bl5). Fields: period_start, period_end, net_income, signed.
- bank_statement: four banks, each month holding many small deposits (platform payouts, card settlements, P2P
  cash-outs, client ACH, mobile deposits): Larimer Peak Bank (personal "Everyday Checking", a two-page register),
  Kestrel Digital Bank (business, "Opening balance / Money in / Money out / Closing balance", signed amounts), Granite
  Ledge Bank (business, "Previous Statement Balance" / "New Balance", separate deposit, debit and check sections and a
  daily balance grid) and Sagebrush Trail Credit Union (share draft checking, amounts with a trailing minus).
- other: rideshare and delivery platforms' earnings statements (Zipply weekly, landscape; HopCart monthly,
  landscape; Parcelwing weekly), IRS Form 1099-NEC and 1099-K replicas (information returns, not tax returns), a
  client's notice terminating a contractor agreement. pay_stub: only the co-borrower's W-2 job in bl3 (bi-weekly,
  with year-to-date pay).
- hardship_letter (lost contracts, a platform's rate cut, a hailstorm, a knee operation), irs_form_4506c (page 1 of
  the real Rev. 10-2022 form typed over: signed on screen, signed in ink, or typed and NOT signed), the mailroom's
  Code 128 "LOAN <number>" separator sheet (not a document).

DELIVERIES. bl1 a folder named after the loan of e-mailed born-digital files (the Zipply statements are landscape
pages); bl2 loose files "<loan>_<paper>.pdf"; bl3 ONE 300 dpi grey scan of the whole packet behind a separator sheet,
named by the scanner; bl4 loose files "<Surname> <loan> <paper>.pdf"; bl5 a folder named after the loan of PHONE
PHOTOS saved as PDF (colour JPEG about 165 dpi, the sheet on a table, turned 1-2 degrees, keystoned, a soft shadow,
no text layer), one per paper; bl6 one 240 dpi grey scan per paper, "<loan> <paper>.pdf", whose two LANDSCAPE
sheets went through the scanner in portrait, so their text runs sideways; bl7 loose files "LN<loan>-<n>.pdf"; bl8 ONE
born-digital upload holding the whole packet, "<loan>_portal_upload.pdf". Ink (signatures, the dates beside them)
only on scanned and photographed papers; born-digital papers are signed with drawn strokes or not at all.

TRUTH. Complete: bl1 (two consecutive fresh statements, a signed 4506-C; the rate cut needs no paper), bl3 (a fresh
signed quarterly P&L, the co-borrower's fresh stub with year-to-date pay, a signed 4506-C, the letter explains the
"other" hardship), bl6 (a fresh signed year-to-date P&L, the letter covers the illness), bl8 (two consecutive fresh
statements cover self-employment and child support). Incomplete: bl2 (income_doc:self_employment - the P&L is not
signed and the two statements are March and May, not consecutive), bl4 (irs_form_4506c - typed, never signed),
bl5 (income_doc:self_employment - the only P&L is last year's fourth quarter, signed in January, stale; a single
bank statement), bl7 (application_signature - the co-applicant did not sign; hardship_doc:other - the client's
termination notice is not the borrower's written explanation). `missing_codes` applies shared/spec/checklist.md to
the drawn values; `--check` validates every expected.json (keys, codes, types, dates, pages, `scanned` against the
text layer, the rules against the scenario, and that every money and name field of a born-digital paper is printed
on it).
Every file is the same bytes for a seed (reportlab invariant mode, seeded noise, fixed PDF identifiers). All people,
businesses, platforms, banks and the servicer are fictional; SSNs use the 900-999 area; every page carries a faint
"synthetic test document" line.
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

import numpy as np
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
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
FORM710 = SHARED / "reference" / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = SHARED / "reference" / "irs-form4506c-rev2022-10-blank.pdf"
HAND_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf")
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
LAND = landscape(letter)

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
SERVICER = "Quillfeather Mortgage Servicing, LLC"
SERVICER_LINES = [SERVICER, "Loss Mitigation Department", "1600 Wynkoop Street, Suite 410", "Denver, CO 80202"]
MONEY_FIELDS = ("beginning_balance", "ending_balance", "net_income", "gross_current", "gross_ytd", "net_current")
NAME_FIELDS = ("bank_name", "employer", "employee_name")
TAX_YEARS = (2045, 2046)  # the years every 4506-C of the set asks transcripts for (all packets arrive in 2047)


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_date(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


# --- drawing primitives -----------------------------------------------------------------------------------------


@dataclass
class Mark:
    """What a hand adds: a signature ("sig") or a written string ("hand"); x, y in PDF points from the page's
    bottom-left (the baseline's left end); w the signature's width."""

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
    """One logical paper drawn with reportlab: a draw function per page (each returns its hand marks)."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


@dataclass
class Printed:
    """A paper as it comes out of the printer (typed, no ink) and the ink each page then receives."""

    pdf: bytes
    marks: list[list[Mark]]


def synth_line(c: Canvas, size: tuple[float, float]) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawRightString(size[0] - 24, 10, SYNTH)
    c.restoreState()


def signature_strokes(seed: int, w: float, h: float = 17.0) -> list[list[tuple[float, float]]]:
    """A cursive signature inside a w x h box (0,0 at its bottom-left), as polylines: for the given name and the
    surname a tall capital, then a run of slanted loops of varying height, and a closing flourish."""
    rng = random.Random(seed * 7919 + 17)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for part in (rng.uniform(0.36, 0.46), rng.uniform(0.44, 0.54)):
        span = w * part
        pts = [(x + 1, h * 0.05), (x + 4, h * rng.uniform(0.9, 1.2)), (x + 7, h * 0.2), (x + 2, h * 0.45)]
        loops = rng.randint(4, 8)
        n = loops * 10
        loop_w = rng.uniform(2.5, 4.5)
        heights = [rng.choice([0.3, 0.35, 0.4, 0.75, 0.9]) * h for _ in range(loops + 1)]
        phase = rng.uniform(0, 1)
        for i in range(n + 1):
            t = i / n
            k = min(int(t * loops), loops)
            ang = 2 * math.pi * (loops * t + phase)
            py = h * 0.12 + heights[k] * 0.5 * (1 - math.cos(ang))
            px = x + 8 + (span - 8) * t + loop_w * math.sin(ang) + 0.22 * py
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.05
    end = min(x, w)
    strokes.append([(end * rng.uniform(0.55, 0.75), h * 0.1), (end * 0.85, -h * 0.12), (end, h * 0.05)])
    return strokes


def draw_signature_vector(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.07, 0.1, 0.42))
    c.setLineWidth(1.05)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_strokes(m.seed, m.w):
        path = c.beginPath()
        path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(m.x + px, m.y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def render_paper(paper: Paper, screen: bool) -> tuple[bytes, list[list[Mark]]]:
    """The paper as a PDF; with `screen`, its marks drawn into it (signed on the screen, dates typed)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_bl")
    marks: list[list[Mark]] = []
    for fn in paper.pages:
        c.setPageSize(paper.size)
        page_marks = fn(c)
        if screen:
            for m in page_marks:
                if m.kind == "sig":
                    draw_signature_vector(c, m)
                else:
                    c.setFont("Courier", 10)
                    c.drawString(m.x, m.y, m.text)
        marks.append(page_marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def digital(paper: Paper) -> bytes:
    return render_paper(paper, screen=True)[0]


def printed(paper: Paper) -> Printed:
    pdf, marks = render_paper(paper, screen=False)
    return Printed(pdf, marks)


def combine(parts: Sequence[bytes], tag: str) -> bytes:
    """Several born-digital PDFs as one file (a portal's upload of the whole packet)."""
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    return fixed_pypdf_bytes(writer, tag)


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bl"})
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
               size: float = 11.0, leading: float = 14.5, gap: float = 8.0) -> float:
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


def fit(c: Canvas, x: float, y: float, text: str, width: float, font: str = "Courier", size: float = 9.5) -> None:
    """Typed text in a cell, its size brought down until it fits the cell's width."""
    while size > 6 and stringWidth(text, font, size) > width:
        size -= 0.5
    c.setFont(font, size)
    c.drawString(x, y, text)


def box(c: Canvas, x: float, y: float, checked: bool, size: float = 8.0) -> None:
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if checked:
        c.setFont("Helvetica-Bold", size + 1)
        c.drawCentredString(x + size / 2, y + 1.2, "X")


# --- scanning and photographing -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How paper became pixels: a grey scanner (tilt, blur, speckle) or a phone photo (colour, the table around the
    sheet, keystone, shadow). `sideways`: a landscape sheet fed in portrait, so its image is turned a quarter."""

    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.5
    noise: float = 0.0005
    sideways: bool = False
    photo: bool = False


@dataclass
class Sheet:
    image: Image.Image
    size: tuple[float, float]  # points


def render_pdf(pdf: bytes, dpi: int, colour: bool) -> list[tuple[Image.Image, float]]:
    """Each page as an image at dpi (grey, or RGB for a photo), with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, grayscale=not colour, may_draw_forms=True)
            out.append((bitmap.to_pil().convert("RGB" if colour else "L"), page.get_height()))
        return out
    finally:
        doc.close()


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    ink: int | tuple[int, int, int] = (22, 30, 95) if img.mode == "RGB" else 38
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.25 * scale))
            for stroke in signature_strokes(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=ink, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = ImageFont.truetype(str(HAND_FONT), round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=ink, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.96, 1.1)


def scanner(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    out = out.point(lambda v: int(14 + v * 0.93))  # the grey of the paper and of the black
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 70 if px[x, y] > 128 else 225
    if style.sideways:
        out = out.rotate(90, expand=True)
    return out


def photograph(img: Image.Image, seed: int) -> Image.Image:
    """A phone photo of the sheet lying on a table: warm paper tone, the table around it, a slight turn and keystone,
    a soft shadow across part of the page, blur and sensor noise."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    page = np.asarray(img, dtype=np.float32) * np.array([0.97, 0.95, 0.9], dtype=np.float32)
    wd, ht = img.size
    margin = int(wd * 0.05)
    table = np.empty((ht + 2 * margin, wd + 2 * margin, 3), dtype=np.float32)
    table[:] = np.array([92.0, 74.0, 58.0], dtype=np.float32)
    grain = nrng.normal(0, 9, (table.shape[0], 1, 1)).astype(np.float32)
    table += grain
    canvas = Image.fromarray(np.clip(table, 0, 255).astype(np.uint8))
    sheet = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8))
    angle = rng.uniform(1.0, 2.0) * (1 if seed % 2 else -1)
    mask = Image.new("L", sheet.size, 255).rotate(angle, expand=True)
    sheet = sheet.rotate(angle, expand=True, resample=Image.Resampling.BICUBIC)
    canvas.paste(sheet, (margin - (sheet.size[0] - wd) // 2, margin - (sheet.size[1] - ht) // 2), mask)
    cw, ch = canvas.size
    k = cw * rng.uniform(0.012, 0.025)  # the top edge further from the lens than the bottom
    canvas = canvas.transform((cw, ch), Image.Transform.QUAD, (-k, 0, k * 0.2, ch, cw - k * 0.2, ch, cw + k, 0),
                              resample=Image.Resampling.BICUBIC, fillcolor=(80, 64, 50))
    arr = np.asarray(canvas, dtype=np.float32)
    xs = np.linspace(0.0, 1.0, cw, dtype=np.float32)[None, :]
    ys = np.linspace(0.0, 1.0, ch, dtype=np.float32)[:, None]
    edge = rng.uniform(0.3, 0.5)
    shade = 1.0 - rng.uniform(0.18, 0.28) * np.clip((edge - (0.6 * xs + 0.4 * ys)) / 0.12 + 0.5, 0, 1)
    arr = arr * shade[:, :, None] + nrng.normal(0, 3.5, arr.shape).astype(np.float32)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.7))


def scan_printed(pr: Printed, style: Scan, seed: int) -> list[Sheet]:
    """Print a paper, add its ink, and scan or photograph every sheet."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pdf(pr.pdf, style.dpi, style.photo)):
        ink_on_image(img, pr.marks[i] if i < len(pr.marks) else [], style.dpi / 72, page_h)
        out = photograph(img, seed * 31 + i) if style.photo else scanner(img, style, seed * 31 + i)
        sheets.append(Sheet(out, (out.size[0] * 72 / style.dpi, out.size[1] * 72 / style.dpi)))
    return sheets


def sheets_pdf(sheets: Sequence[Sheet]) -> bytes:
    """Scanned sheets as an image-only PDF, one JPEG page each."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        sheet.image.save(data, "JPEG", quality=80)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- documents: what the expected report says about each -------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    signed: bool = False  # signed and dated (a P&L, a 4506-C)
    signed_on: dt.date | None = None
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


def other_doc() -> Doc:
    return Doc("other", {})


def letter_doc(on: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": on.isoformat()}, on)


# --- bank statements --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Txn:
    day: dt.date
    desc: str
    amount: float  # + in, - out


def ref(rng: random.Random, n: int = 7) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def payouts(rng: random.Random, start: dt.date, end: dt.date, desc: Callable[[random.Random], str], lo: float,
            hi: float, chance: float) -> list[Txn]:
    """Small deposits on the days the borrower worked (a platform's daily payout, a card processor's settlement)."""
    return [Txn(d, desc(rng), r2(rng.uniform(lo, hi))) for d in days(start, end) if rng.random() < chance]


def picks(rng: random.Random, start: dt.date, end: dt.date, n: int, descs: Sequence[str], lo: float, hi: float,
          sign: int) -> list[Txn]:
    span = (end - start).days
    return [Txn(start + dt.timedelta(days=rng.randrange(span + 1)), rng.choice(descs), sign * r2(rng.uniform(lo, hi)))
            for _ in range(n)]


def fixed(start: dt.date, items: Sequence[tuple[int, str, float]]) -> list[Txn]:
    return [Txn(start + dt.timedelta(days=d - 1), desc, amt) for d, desc, amt in items]


@dataclass
class Month:
    start: dt.date
    end: dt.date
    begin: float
    txns: list[Txn]

    @property
    def ending(self) -> float:
        return r2(self.begin + sum(t.amount for t in self.txns))

    @property
    def money_in(self) -> float:
        return r2(sum(t.amount for t in self.txns if t.amount > 0))

    @property
    def money_out(self) -> float:
        return r2(-sum(t.amount for t in self.txns if t.amount < 0))

    def running(self) -> list[tuple[Txn, float]]:
        out = []
        bal = self.begin
        for t in self.txns:
            bal = r2(bal + t.amount)
            out.append((t, bal))
        return out


def month(year: int, mon: int, begin: float, txns: Sequence[Txn]) -> Month:
    start, end = month_bounds(year, mon)
    return Month(start, end, begin, sorted(txns, key=lambda t: (t.day, -t.amount, t.desc)))


def statement_doc(bank: str, acct: str, m: Month) -> Doc:
    return Doc("bank_statement", {"bank_name": bank, "account_last4": acct[-4:], "period_start": m.start.isoformat(),
                                  "period_end": m.end.isoformat(), "beginning_balance": m.begin,
                                  "ending_balance": m.ending}, m.end, account=acct)


Row = tuple[float, Callable[[Canvas, float], None]]  # the row's height and how to draw it at a baseline


def paginate(rows: Sequence[Row], first_top: float, next_top: float, bottom: float) -> list[list[tuple[float, Row]]]:
    pages: list[list[tuple[float, Row]]] = [[]]
    y = first_top
    for row in rows:
        if y - row[0] < bottom:
            pages.append([])
            y = next_top
        pages[-1].append((y, row))
        y -= row[0]
    return pages


def flowed(rows: Sequence[Row], first: Callable[[Canvas, int, int], None], later: Callable[[Canvas, int, int], None],
           first_top: float, next_top: float, bottom: float) -> list[PageFn]:
    """Page functions laying rows over as many pages as they need; first/later draw each page's frame given the
    page number and the page count."""
    laid = paginate(rows, first_top, next_top, bottom)

    def page_fn(i: int) -> PageFn:
        def fn(c: Canvas) -> list[Mark]:
            (first if i == 0 else later)(c, i + 1, len(laid))
            for y, (_, draw) in laid[i]:
                draw(c, y)
            return []
        return fn

    return [page_fn(i) for i in range(len(laid))]


def larimer_statement(holder: str, address: Sequence[str], acct: str, m: Month) -> tuple[Paper, Doc]:
    """Larimer Peak Bank, personal "Everyday Checking": a summary box beside the address, then one transaction
    register (withdrawals and deposits in their own columns, a running balance) over as many pages as it takes."""
    bank = "Larimer Peak Bank"
    period = f"{long_date(m.start)} - {long_date(m.end)}"
    n_in = sum(1 for t in m.txns if t.amount > 0)
    n_out = len(m.txns) - n_in

    def heads(c: Canvas, y: float) -> None:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, y, "DATE")
        c.drawString(92, y, "DESCRIPTION")
        c.drawRightString(410, y, "WITHDRAWALS")
        c.drawRightString(484, y, "DEPOSITS")
        c.drawRightString(562, y, "BALANCE")
        c.setLineWidth(0.6)
        c.line(50, y - 4, 562, y - 4)

    def footer(c: Canvas, n: int, total: int) -> None:
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 30, f"Page {n} of {total}")
        c.drawString(50, 30, "Larimer Peak Bank  -  Member FDIC")

    def first(c: Canvas, n: int, total: int) -> None:
        c.setFillColor(Color(0.12, 0.36, 0.25))
        p = c.beginPath()
        p.moveTo(50, 724)
        p.lineTo(68, 752)
        p.lineTo(77, 740)
        p.lineTo(84, 748)
        p.lineTo(100, 724)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(108, 736, "LARIMER PEAK BANK")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(108, 725, "PO Box 2210, Fort Collins, CO 80522  -  (970) 555-0144")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(562, 744, "Everyday Checking")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 732, f"Account number: XXXXXX{acct[-4:]}")
        c.drawRightString(562, 721, f"Statement period: {period}")
        c.setFont("Helvetica", 9.5)
        y = 684
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(62, y, ln)
            y -= 12
        c.setLineWidth(0.8)
        c.rect(326, 604, 236, 96, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(334, 688, "ACCOUNT SUMMARY")
        c.setFont("Helvetica", 8)
        rows = [(f"Beginning balance on {short_date(m.start)}", money(m.begin)),
                (f"Deposits and additions ({n_in})", money(m.money_in)),
                (f"Withdrawals and subtractions ({n_out})", "-$" + money(m.money_out)),
                (f"Ending balance on {short_date(m.end)}", money(m.ending))]
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 3 else "Helvetica", 8)
            c.drawString(334, 670 - 16 * i, k)
            c.drawRightString(554, 670 - 16 * i, v if v.startswith("-") else "$" + v)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 580, "TRANSACTION DETAIL")
        heads(c, 566)
        footer(c, n, total)

    def later(c: Canvas, n: int, total: int) -> None:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 748, "LARIMER PEAK BANK")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 748, f"Everyday Checking  XXXXXX{acct[-4:]}  -  {period}")
        c.drawString(50, 736, "Transaction detail (continued)")
        heads(c, 718)
        footer(c, n, total)

    rows: list[Row] = []

    def opening(c: Canvas, y: float) -> None:
        c.setFont("Helvetica", 8)
        c.drawString(50, y, m.start.strftime("%m/%d"))
        c.drawString(92, y, "Beginning balance")
        c.drawRightString(562, y, money(m.begin))

    rows.append((12.0, opening))
    for t, bal in m.running():
        def draw(c: Canvas, y: float, t: Txn = t, bal: float = bal) -> None:
            c.setFont("Helvetica", 8)
            c.drawString(50, y, t.day.strftime("%m/%d"))
            c.drawString(92, y, t.desc)
            c.drawRightString(410 if t.amount < 0 else 484, y, money(abs(t.amount)))
            c.drawRightString(562, y, money(bal))
        rows.append((12.0, draw))

    def closing(c: Canvas, y: float) -> None:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(92, y - 4, "Ending balance")
        c.drawRightString(562, y - 4, money(m.ending))
        c.setFont("Helvetica", 7)
        c.drawString(50, y - 30, "Please examine this statement at once. Report errors or questions within 60 days.")

    rows.append((40.0, closing))
    pages = flowed(rows, first, later, 550, 702, 60)
    return Paper(pages), statement_doc(bank, acct, m)


def kestrel_statement(business: str, owner: str, address: Sequence[str], acct: str, m: Month) -> tuple[Paper, Doc]:
    """Kestrel Digital Bank business checking: a teal band, four summary figures, one signed-amount register."""
    bank = "Kestrel Digital Bank"
    period = f"{m.start.strftime('%b')} {m.start.day}, {m.start.year} - {m.end.strftime('%b')} {m.end.day}, " \
             f"{m.end.year}"

    def band(c: Canvas, n: int, total: int) -> None:
        c.setFillColor(Color(0.0, 0.42, 0.45))
        c.rect(0, 742, W, 50, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 19)
        c.drawString(40, 760, "kestrel")
        c.setFont("Helvetica", 9)
        c.drawString(116, 761, "Business Banking")
        c.drawRightString(572, 766, "Monthly statement")
        c.drawRightString(572, 754, period)
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(40, 28, "Kestrel Digital Bank  -  Member FDIC  -  help@kestrel-bank.example  -  (888) 555-0123")
        c.drawRightString(572, 28, f"Page {n} of {total}")

    def heads(c: Canvas, y: float) -> None:
        c.setFont("Helvetica-Bold", 8)
        c.setFillGray(0.35)
        c.drawString(40, y, "Date")
        c.drawString(100, y, "Description")
        c.drawRightString(480, y, "Amount")
        c.drawRightString(572, y, "Balance")
        c.setFillColor(black)
        c.setLineWidth(0.4)
        c.line(40, y - 5, 572, y - 5)

    def first(c: Canvas, n: int, total: int) -> None:
        band(c, n, total)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 712, business)
        c.setFont("Helvetica", 9)
        y = 699
        for ln in [f"Attn: {owner}", *address]:
            c.drawString(40, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, 712, f"Business Checking \u2022\u2022{acct[-4:]}")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 700, f"Account number ending in {acct[-4:]}")
        items = [("Opening balance", money(m.begin)), ("Money in", "+" + money(m.money_in)),
                 ("Money out", "-" + money(m.money_out)), ("Closing balance", money(m.ending))]
        for i, (k, v) in enumerate(items):
            x = 40 + i * 134
            c.setFillColor(Color(0.92, 0.97, 0.97))
            c.roundRect(x, 606, 126, 44, 5, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 8)
            c.drawString(x + 8, 636, k)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x + 8, 616, "$" + v if i in (0, 3) else v)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 580, "Activity")
        heads(c, 562)

    def later(c: Canvas, n: int, total: int) -> None:
        band(c, n, total)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 716, f"Activity (continued)  -  {business}  \u2022\u2022{acct[-4:]}")
        heads(c, 696)

    rows: list[Row] = []
    for t, bal in m.running():
        def draw(c: Canvas, y: float, t: Txn = t, bal: float = bal) -> None:
            c.setFont("Helvetica", 8.5)
            c.drawString(40, y, t.day.strftime("%b %d"))
            c.drawString(100, y, t.desc)
            c.setFillColor(Color(0.0, 0.45, 0.2) if t.amount > 0 else black)
            c.drawRightString(480, y, ("+" if t.amount > 0 else "-") + money(abs(t.amount)))
            c.setFillColor(black)
            c.drawRightString(572, y, money(bal))
        rows.append((13.0, draw))
    return Paper(flowed(rows, first, later, 546, 680, 50)), statement_doc(bank, acct, m)


def granite_statement(business: str, address: Sequence[str], acct: str, m: Month,
                      checks: dict[str, int]) -> tuple[Paper, Doc]:
    """Granite Ledge Bank business checking: "Previous Statement Balance" / "New Balance", then deposits, electronic
    debits and checks paid in their own sections and a daily balance grid. `checks` maps a debit's description to
    its check number (those debits are listed as checks paid)."""
    bank = "Granite Ledge Bank"
    deposits = [t for t in m.txns if t.amount > 0]
    paid = [t for t in m.txns if t.amount < 0 and t.desc in checks]
    debits = [t for t in m.txns if t.amount < 0 and t.desc not in checks]

    def frame(c: Canvas, n: int, total: int) -> None:
        c.setFont("Times-Bold", 16)
        c.drawString(50, 742, "GRANITE LEDGE BANK")
        c.setFont("Times-Roman", 8.5)
        c.drawString(50, 731, "Commercial Banking Center  -  410 Pearl Street, Boulder, CO 80302")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 742, f"Account ****{acct[-4:]}")
        c.drawRightString(562, 732, f"Statement Date {mdy(m.end)}")
        c.drawRightString(562, 722, f"Page {n} of {total}")
        c.setLineWidth(1.4)
        c.line(50, 716, 562, 716)

    def first(c: Canvas, n: int, total: int) -> None:
        frame(c, n, total)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 696, "BUSINESS CHECKING STATEMENT")
        c.setFont("Helvetica", 9)
        y = 676
        for ln in [business.upper(), *[a.upper() for a in address]]:
            c.drawString(50, y, ln)
            y -= 11.5
        c.setLineWidth(0.6)
        c.rect(312, 590, 250, 100, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(320, 678, f"Summary of Account  {mdy(m.start)} - {mdy(m.end)}")
        rows = [(f"Previous Statement Balance as of {mdy(m.start - dt.timedelta(days=1))}", money(m.begin)),
                (f"{len(deposits)} Deposits/Credits", money(m.money_in)),
                (f"{len(paid)} Checks Paid", money(r2(-sum(t.amount for t in paid)))),
                (f"{len(debits)} Electronic/Other Debits", money(r2(-sum(t.amount for t in debits)))),
                (f"New Balance as of {mdy(m.end)}", money(m.ending))]
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i in (0, 4) else "Helvetica", 8)
            c.drawString(320, 662 - 15 * i, k)
            c.drawRightString(554, 662 - 15 * i, v)

    def later(c: Canvas, n: int, total: int) -> None:
        frame(c, n, total)
        c.setFont("Helvetica", 8)
        c.drawString(50, 704, f"{business.upper()}  -  Business Checking ****{acct[-4:]} (continued)")

    def heading(title: str, cols: Sequence[tuple[float, str, bool]]) -> list[Row]:
        def draw(c: Canvas, y: float) -> None:
            c.setFillGray(0.85)
            c.rect(50, y - 4, 512, 15, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(54, y, title)
            c.setFont("Helvetica-Bold", 7.5)
            for x, t, right in cols:
                (c.drawRightString if right else c.drawString)(x, y - 16, t)
        return [(32.0, draw)]

    def entry(d: dt.date, desc: str, amount: float) -> Row:
        def draw(c: Canvas, y: float) -> None:
            c.setFont("Helvetica", 8)
            c.drawString(54, y, d.strftime("%m/%d"))
            c.drawRightString(170, y, money(abs(amount)))
            c.drawString(190, y, desc)
        return (11.5, draw)

    rows: list[Row] = heading("DEPOSITS AND OTHER CREDITS", [(54, "Date", False), (170, "Amount", True),
                                                             (190, "Description", False)])
    rows += [entry(t.day, t.desc, t.amount) for t in deposits]
    rows += [(10.0, lambda c, y: None)]
    rows += heading("ELECTRONIC DEBITS", [(54, "Date", False), (170, "Amount", True), (190, "Description", False)])
    rows += [entry(t.day, t.desc, t.amount) for t in debits]
    rows += [(10.0, lambda c, y: None)]
    rows += heading("CHECKS PAID", [(54, "Check No.", False), (150, "Date Paid", False), (260, "Amount", True)])
    for t in sorted(paid, key=lambda t: checks[t.desc]):
        def chk(c: Canvas, y: float, t: Txn = t) -> None:
            c.setFont("Helvetica", 8)
            c.drawString(54, y, str(checks[t.desc]))
            c.drawString(150, y, t.day.strftime("%m/%d"))
            c.drawRightString(260, y, money(-t.amount))
        rows.append((11.5, chk))
    rows += [(10.0, lambda c, y: None)]
    rows += heading("DAILY BALANCE SUMMARY", [(54, "Date", False), (170, "Balance", True), (230, "Date", False),
                                              (346, "Balance", True), (406, "Date", False), (522, "Balance", True)])
    ends: dict[dt.date, float] = {}
    for t, bal in m.running():
        ends[t.day] = bal
    items = sorted(ends.items())
    for i in range(0, len(items), 3):
        def grid(c: Canvas, y: float, part: Sequence[tuple[dt.date, float]] = items[i:i + 3]) -> None:
            c.setFont("Helvetica", 8)
            for j, (d, bal) in enumerate(part):
                c.drawString(54 + 176 * j, y, d.strftime("%m/%d"))
                c.drawRightString(170 + 176 * j, y, money(bal))
        rows.append((11.5, grid))
    return Paper(flowed(rows, first, later, 566, 684, 50)), statement_doc(bank, acct, m)


def sagebrush_statement(holder: str, address: Sequence[str], member: str, acct: str, m: Month) -> tuple[Paper, Doc]:
    """Sagebrush Trail Credit Union member statement: share draft checking with amounts signed by a trailing minus."""
    bank = "Sagebrush Trail Credit Union"

    def frame(c: Canvas, n: int, total: int) -> None:
        c.setFillColor(Color(0.85, 0.55, 0.15))
        c.circle(64, 742, 13, stroke=0, fill=1)
        c.setFillColor(Color(0.35, 0.42, 0.25))
        c.setFont("Helvetica-Bold", 14)
        c.drawString(84, 744, "SAGEBRUSH TRAIL")
        c.setFont("Helvetica", 8.5)
        c.drawString(84, 733, "CREDIT UNION  -  Las Cruces  -  Albuquerque  -  Santa Fe")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(562, 746, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 735, f"Member Number {member}")
        c.drawRightString(562, 724, f"Statement Period: {mdy(m.start)} thru {mdy(m.end)}")
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, "Sagebrush Trail Credit Union  -  Federally insured by NCUA  -  Questions? Call (505) "
                             "555-0161 or visit any branch.")
        c.drawRightString(562, 30, f"Page {n} of {total}")

    def heads(c: Canvas, y: float) -> None:
        c.setFont("Courier-Bold", 8)
        c.drawString(50, y, "DATE")
        c.drawString(92, y, "TRANSACTION DESCRIPTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(562, y, "BALANCE")
        c.setDash(1, 2)
        c.line(50, y - 4, 562, y - 4)
        c.setDash()

    def first(c: Canvas, n: int, total: int) -> None:
        frame(c, n, total)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder, *address]:
            c.drawString(62, y, ln)
            y -= 12
        c.setFillColor(Color(0.35, 0.42, 0.25))
        c.rect(50, 606, 512, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, 611, f"SHARE DRAFT CHECKING     Account No. ****{acct[-4:]}")
        c.setFillColor(black)
        heads(c, 590)

    def later(c: Canvas, n: int, total: int) -> None:
        frame(c, n, total)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 700, f"SHARE DRAFT CHECKING ****{acct[-4:]} - continued")
        heads(c, 684)

    def line(d: str, desc: str, amt: str, bal: str, bold: bool = False) -> Row:
        def draw(c: Canvas, y: float) -> None:
            c.setFont("Courier-Bold" if bold else "Courier", 8)
            c.drawString(50, y, d)
            c.drawString(92, y, desc)
            c.drawRightString(474, y, amt)
            c.drawRightString(562, y, bal)
        return (11.5, draw)

    rows: list[Row] = [line(m.start.strftime("%m/%d"), "BEGINNING BALANCE", "", money(m.begin), True)]
    for t, bal in m.running():
        amt = money(t.amount) + " " if t.amount > 0 else money(-t.amount) + "-"
        rows.append(line(t.day.strftime("%m/%d"), t.desc, amt, money(bal)))
    rows.append(line(m.end.strftime("%m/%d"), "ENDING BALANCE", "", money(m.ending), True))

    def summary(c: Canvas, y: float) -> None:
        n_in = sum(1 for t in m.txns if t.amount > 0)
        c.setFont("Courier", 8)
        c.drawString(92, y - 8, f"TOTAL DEPOSITS    ({n_in:>2}) {money(m.money_in):>12}")
        c.drawString(92, y - 19, f"TOTAL WITHDRAWALS ({len(m.txns) - n_in:>2}) {money(m.money_out):>12}")
        c.drawString(92, y - 30, f"DIVIDENDS YTD          {'0.00':>12}")

    rows.append((40.0, summary))
    return Paper(flowed(rows, first, later, 574, 668, 50)), statement_doc(bank, acct, m)


# --- profit and loss statements ---------------------------------------------------------------------------------

Lines = list[tuple[str, list[float]]]  # an account and its amount in each month of the period


@dataclass
class PnL:
    business: str
    owner: str
    year: int
    first_month: int
    income: Lines
    cogs: Lines
    expenses: Lines

    @property
    def n(self) -> int:
        return len(self.income[0][1])

    @property
    def start(self) -> dt.date:
        return dt.date(self.year, self.first_month, 1)

    @property
    def end(self) -> dt.date:
        return month_bounds(self.year, self.first_month + self.n - 1)[1]

    def month_total(self, lines: Lines) -> list[float]:
        return [r2(sum(v[i] for _, v in lines)) for i in range(self.n)]

    def net_by_month(self) -> list[float]:
        inc, cogs, exp = (self.month_total(x) for x in (self.income, self.cogs, self.expenses))
        return [r2(inc[i] - cogs[i] - exp[i]) for i in range(self.n)]

    @staticmethod
    def total(lines: Lines) -> float:
        return r2(sum(sum(v) for _, v in lines))

    @property
    def net(self) -> float:
        return r2(self.total(self.income) - self.total(self.cogs) - self.total(self.expenses))


def make_pnl(rng: random.Random, business: str, owner: str, year: int, first_month: int, n: int,
             income: Sequence[tuple[str, float, float]], cogs: Sequence[tuple[str, float, float]],
             expenses: Sequence[tuple[str, float, float]]) -> PnL:
    def draw(spec: Sequence[tuple[str, float, float]]) -> Lines:
        return [(label, [r2(rng.uniform(lo, hi)) for _ in range(n)]) for label, lo, hi in spec]

    return PnL(business, owner, year, first_month, draw(income), draw(cogs), draw(expenses))


def pnl_doc(p: PnL, signed_on: dt.date | None) -> Doc:
    return Doc("profit_and_loss_statement", {"period_start": p.start.isoformat(), "period_end": p.end.isoformat(),
                                             "net_income": p.net, "signed": signed_on is not None},
               p.end, signed=signed_on is not None, signed_on=signed_on)


def ledgerleaf_pnl(p: PnL, run_on: dt.date, run_time: str, signed_on: dt.date | None, seed: int) -> Paper:
    """LedgerLeaf Online's standard "Profit and Loss" report; an owner's certification block added under it when
    the owner signed (on the screen)."""
    months = f"{p.start.strftime('%B')} - {p.end.strftime('%B')}, {p.year}"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 730, p.business)
        c.setFont("Helvetica", 11)
        c.drawCentredString(W / 2, 714, "Profit and Loss")
        c.setFont("Helvetica", 8.5)
        c.setFillGray(0.4)
        c.drawCentredString(W / 2, 701, months)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(540, 676, "TOTAL")
        c.setLineWidth(0.5)
        c.line(72, 671, 540, 671)
        y = 656.0

        def row(label: str, amount: float | None, indent: int, bold: bool = False, rule: bool = False) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
            c.drawString(76 + indent, y, label)
            if amount is not None:
                if rule:
                    c.line(440, y + 10, 540, y + 10)
                c.drawRightString(540, y, "$" + money(amount) if bold else money(amount))
            y -= 15

        for title, lines, total_label in (("Income", p.income, "Total Income"),
                                          ("Cost of Goods Sold", p.cogs, "Total Cost of Goods Sold")):
            row(title, None, 0)
            for label, vals in lines:
                row(label, r2(sum(vals)), 14)
            row(total_label, p.total(lines), 0, bold=True, rule=True)
        row("Gross Profit", r2(p.total(p.income) - p.total(p.cogs)), 0, bold=True)
        row("Expenses", None, 0)
        for label, vals in p.expenses:
            row(label, r2(sum(vals)), 14)
        row("Total Expenses", p.total(p.expenses), 0, bold=True, rule=True)
        row("Net Operating Income", p.net, 0, bold=True)
        row("Net Income", p.net, 0, bold=True, rule=True)
        c.line(440, y + 12, 540, y + 12)
        c.line(440, y + 10, 540, y + 10)
        c.setFont("Helvetica", 7)
        c.setFillGray(0.4)
        c.drawString(72, 70, f"Cash Basis  {run_on.strftime('%A')}, {long_date(run_on)} {run_time} GMT-06:00")
        c.setFillColor(black)
        if signed_on is None:
            return []
        y -= 24
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(72, y, "OWNER'S CERTIFICATION")
        paragraphs(c, 72, y - 14, 468, [f"I certify that this profit and loss statement of {p.business} for the "
                                        "period shown is true, correct and complete to the best of my knowledge."],
                   font="Helvetica", size=8.5, leading=11)
        sy = y - 66
        c.setLineWidth(0.6)
        c.line(72, sy, 300, sy)
        c.line(340, sy, 470, sy)
        c.setFont("Helvetica", 7.5)
        c.drawString(72, sy - 10, f"Signature of owner - {p.owner}")
        c.drawString(340, sy - 10, "Date")
        return [Mark("sig", 84, sy + 2, w=170, seed=seed), Mark("hand", 346, sy + 4, mdy(signed_on), seed=seed + 1)]

    return Paper([page])


def brightbooks_by_month(p: PnL, signed_on: dt.date, seed: int) -> Paper:
    """Brightbooks' landscape "Profit & Loss by Month": a column per month and a Total column, the owner's
    certification and signature line at the foot."""

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LAND
        c.setFillColor(Color(0.95, 0.6, 0.1))
        c.circle(52, ph - 46, 12, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(52, ph - 51, "b")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, ph - 44, p.business)
        c.setFont("Helvetica", 10)
        c.drawString(72, ph - 58, "Profit & Loss by Month")
        c.setFont("Helvetica", 8)
        c.drawRightString(pw - 36, ph - 44, f"{long_date(p.start)} - {long_date(p.end)}")
        c.drawRightString(pw - 36, ph - 56, "Accounting basis: Cash   -   Currency: USD")
        x0, col, tot = 36.0, 62.0, 74.0
        label_w = pw - 72 - col * p.n - tot
        heads = [dt.date(p.year, p.first_month + i, 1).strftime("%b %Y") for i in range(p.n)] + ["Total"]
        y = ph - 92
        c.setFillGray(0.9)
        c.rect(x0, y - 5, pw - 72, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x0 + 4, y, "Account")
        for i, hd in enumerate(heads):
            c.drawRightString(x0 + label_w + col * (i + 1) + (tot - col if i == p.n else 0) - 4, y, hd)
        y -= 18

        def row(label: str, vals: Sequence[float] | None, bold: bool = False, indent: float = 0) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 7.5)
            c.drawString(x0 + 4 + indent, y, label)
            if vals is not None:
                for i, v in enumerate([*vals, r2(sum(vals))]):
                    c.drawRightString(x0 + label_w + col * (i + 1) + (tot - col if i == p.n else 0) - 4, y,
                                      money(v))
                if bold:
                    c.setLineWidth(0.4)
                    c.line(x0 + label_w, y + 9, pw - 36, y + 9)
            y -= 12.5

        row("Income", None, bold=True)
        for label, vals in p.income:
            row(label, vals, indent=10)
        row("Total income", p.month_total(p.income), bold=True)
        y -= 4
        row("Expenses", None, bold=True)
        for label, vals in p.expenses:
            row(label, vals, indent=10)
        row("Total expenses", p.month_total(p.expenses), bold=True)
        y -= 4
        row("Net income", p.net_by_month(), bold=True)
        c.setFont("Helvetica", 7.5)
        c.drawString(x0, 96, "Owner certification: I certify that this year-to-date profit and loss statement is "
                             "true and complete.")
        c.setLineWidth(0.6)
        c.line(x0, 62, x0 + 250, 62)
        c.line(x0 + 290, 62, x0 + 420, 62)
        c.drawString(x0, 52, f"Signature - {p.owner}, owner")
        c.drawString(x0 + 290, 52, "Date")
        c.setFillGray(0.45)
        c.drawRightString(pw - 36, 40, "Brightbooks  -  report generated " + mdy(p.end + dt.timedelta(days=3)))
        c.setFillColor(black)
        return [Mark("sig", x0 + 12, 64, w=190, seed=seed), Mark("hand", x0 + 296, 65, mdy(signed_on), seed=seed + 3)]

    return Paper([page], LAND)


def typed_quarterly_pnl(p: PnL, quarter: str, signed_on: dt.date, seed: int) -> Paper:
    """A borrower-typed quarterly statement in a ruled table, signed and dated by hand."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 728, "QUARTERLY PROFIT AND LOSS STATEMENT")
        c.setFont("Times-Roman", 11)
        rows = [("Business", p.business), ("Owner", p.owner),
                ("Quarter", f"{quarter} ({long_date(p.start)} to {long_date(p.end)})")]
        y = 696
        for k, v in rows:
            c.setFont("Times-Bold", 11)
            c.drawString(90, y, k + ":")
            c.setFont("Times-Roman", 11)
            c.drawString(170, y, v)
            y -= 16
        y -= 10
        c.setLineWidth(0.8)
        top = y + 12

        def line(label: str, amount: float | None, bold: bool = False) -> None:
            nonlocal y
            c.setFont("Times-Bold" if bold else "Times-Roman", 11)
            c.drawString(96, y, label)
            if amount is not None:
                c.setFont("Courier-Bold" if bold else "Courier", 10.5)
                c.drawRightString(516, y, "$ " + money(amount))
            c.setLineWidth(0.4)
            c.line(90, y - 5, 522, y - 5)
            y -= 19

        line("REVENUE", None, bold=True)
        for label, vals in p.income:
            line("   " + label, r2(sum(vals)))
        line("Gross revenue", p.total(p.income), bold=True)
        line("EXPENSES", None, bold=True)
        for label, vals in p.expenses:
            line("   " + label, r2(sum(vals)))
        line("Total expenses", p.total(p.expenses), bold=True)
        line("NET PROFIT FOR THE QUARTER", p.net, bold=True)
        c.setLineWidth(0.8)
        c.rect(90, y + 14, 432, top - y - 14, stroke=1, fill=0)
        c.line(420, y + 14, 420, top)
        y = paragraphs(c, 90, y - 14, 432, ["I certify that the figures above are taken from my business records and "
                                            "are true and correct."], size=10.5, leading=13)
        sy = y - 36
        c.setLineWidth(0.6)
        c.line(90, sy, 330, sy)
        c.line(370, sy, 522, sy)
        c.setFont("Times-Italic", 9)
        c.drawString(90, sy - 11, "Signature of owner")
        c.drawString(370, sy - 11, "Date")
        return [Mark("sig", 100, sy + 2, w=180, seed=seed), Mark("hand", 376, sy + 4, mdy(signed_on), seed=seed + 4)]

    return Paper([page])


def preparer_statement(p: PnL, preparer: str, prepared_on: dt.date, signed_on: dt.date, seed: int) -> Paper:
    """A tax and bookkeeping office's compiled "Statement of Income and Expenses" for a quarter, named only by its
    end ("For the three months ended ..."), certified and signed by the owner."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, 736, preparer.upper())
        c.setFont("Helvetica", 8)
        c.drawString(72, 725, "Tax Preparation  -  Bookkeeping  -  Payroll   |   2210 Lomas Blvd NE, Albuquerque, "
                              "NM 87106")
        c.setLineWidth(0.8)
        c.line(72, 717, W - 72, 717)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 690, p.business)
        c.drawCentredString(W / 2, 675, "STATEMENT OF INCOME AND EXPENSES")
        c.setFont("Times-Italic", 11)
        c.drawCentredString(W / 2, 660, f"For the three months ended {long_date(p.end)}")
        y = 626.0
        c.setFont("Times-Bold", 11)
        c.drawString(100, y, "Revenues")
        y -= 16
        c.setFont("Times-Roman", 11)
        for label, vals in p.income:
            c.drawString(118, y, label)
            c.drawRightString(500, y, money(r2(sum(vals))))
            y -= 15
        c.setFont("Times-Bold", 11)
        c.drawString(118, y, "Total revenues")
        c.drawRightString(500, y, money(p.total(p.income)))
        y -= 24
        c.drawString(100, y, "Operating expenses")
        y -= 16
        c.setFont("Times-Roman", 11)
        for label, vals in p.cogs + p.expenses:
            c.drawString(118, y, label)
            c.drawRightString(500, y, money(r2(sum(vals))))
            y -= 15
        c.setFont("Times-Bold", 11)
        c.drawString(118, y, "Total operating expenses")
        c.drawRightString(500, y, money(r2(p.total(p.cogs) + p.total(p.expenses))))
        y -= 22
        c.drawString(100, y, "Net income")
        c.drawRightString(500, y, "$" + money(p.net))
        c.setLineWidth(0.5)
        c.line(430, y - 3, 500, y - 3)
        c.line(430, y - 5, 500, y - 5)
        y = paragraphs(c, 72, y - 34, W - 144, [
            f"Prepared by {preparer} on {long_date(prepared_on)} from the records furnished by the owner, without "
            "audit or review. Management has elected to omit substantially all disclosures.",
            "Owner's certification: I have reviewed this statement and certify that it is true and complete."],
            size=9.5, leading=12)
        sy = y - 30
        c.setLineWidth(0.6)
        c.line(72, sy, 310, sy)
        c.line(360, sy, 500, sy)
        c.setFont("Times-Roman", 9)
        c.drawString(72, sy - 11, f"{p.owner}, owner")
        c.drawString(360, sy - 11, "Date")
        return [Mark("sig", 82, sy + 2, w=180, seed=seed), Mark("hand", 366, sy + 4, mdy(signed_on), seed=seed + 2)]

    return Paper([page])


# --- a co-borrower's pay stub -------------------------------------------------------------------------------------


def clinic_stub(rng: random.Random, employer: str, address: str, employee: str, emp_id: str, position: str,
                pay_date: dt.date, first_pay: dt.date, rate: float) -> tuple[Paper, Doc]:
    """A medical group's bi-weekly "Earnings Statement" over a non-negotiable check; every year-to-date figure is the
    sum of that year's checks."""
    dates = []
    d = first_pay
    while d <= pay_date:
        dates.append(d)
        d += dt.timedelta(days=14)
    key = rng.randrange(10**6)
    checks = []
    for d in dates:
        rr = random.Random(f"{emp_id}{d}{key}")
        reg = rr.choice([80.0, 80.0, 80.0, 76.0, 72.0])
        ot = rr.choice([0.0, 0.0, 2.5, 4.0, 6.0])
        checks.append({"Regular": (reg, rate), "Overtime": (ot, r2(rate * 1.5))})

    def gross(ch: dict[str, tuple[float, float]]) -> float:
        return r2(sum(r2(h * rt) for h, rt in ch.values()))

    def taxes(g: float) -> dict[str, float]:
        return {"Federal income tax": r2(g * 0.092), "Social Security": r2(g * 0.062),
                "Medicare": r2(g * 0.0145), "CO state income tax": r2(g * 0.044)}

    def deductions(g: float) -> dict[str, float]:
        return {"Medical plan (pre-tax)": 84.20, "401(k) 4%": r2(g * 0.04)}

    def net(g: float) -> float:
        return r2(g - sum(taxes(g).values()) - sum(deductions(g).values()))

    ytd: dict[str, float] = {}
    for ch in checks:
        g = gross(ch)
        items = {k: r2(h * rt) for k, (h, rt) in ch.items()} | taxes(g) | deductions(g)
        items |= {"GROSS": g, "NET": net(g)}
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
    cur = checks[-1]
    g = gross(cur)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 742, employer)
        c.setFont("Helvetica", 8)
        c.drawString(50, 731, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 742, "EARNINGS STATEMENT")
        info = [("Employee", employee), ("Employee ID", emp_id), ("Position", position),
                ("Pay period", f"{mdy(start)} - {mdy(end)}"), ("Pay date", mdy(pay_date)),
                ("Pay frequency", "Biweekly")]
        c.setLineWidth(0.5)
        for i, (k, v) in enumerate(info):
            x = 50 + (i % 3) * 171
            y = 696 - (i // 3) * 26
            c.rect(x, y, 171, 26, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 17, k.upper())
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 4, y + 5, v)
        y = 624
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((50, "EARNINGS"), (320, "TAXES AND DEDUCTIONS")):
            c.drawString(x, y, t)
        y -= 13
        c.setFont("Helvetica-Bold", 7)
        for xr, t in ((150, "HOURS"), (195, "RATE"), (250, "CURRENT"), (305, "YTD"), (500, "CURRENT"), (562, "YTD")):
            c.drawRightString(xr, y, t)
        c.line(50, y - 3, 305, y - 3)
        c.line(320, y - 3, 562, y - 3)
        c.setFont("Helvetica", 8)
        ey = y - 14
        for k, (h, rt) in cur.items():
            c.drawString(50, ey, k)
            c.drawRightString(150, ey, f"{h:.2f}" if h else "")
            c.drawRightString(195, ey, f"{rt:.2f}" if h else "")
            c.drawRightString(250, ey, money(r2(h * rt)))
            c.drawRightString(305, ey, money(ytd[k]))
            ey -= 12
        ty = y - 14
        for k, v in (taxes(g) | deductions(g)).items():
            c.drawString(320, ty, k)
            c.drawRightString(500, ty, money(v))
            c.drawRightString(562, ty, money(ytd[k]))
            ty -= 12
        sy = 500
        heads = ["", "GROSS PAY", "TAXES", "DEDUCTIONS", "NET PAY"]
        tx, dd = taxes(g), deductions(g)
        cur_vals = [g, sum(tx.values()), sum(dd.values()), net(g)]
        ytd_vals = [ytd["GROSS"], sum(ytd[k] for k in tx), sum(ytd[k] for k in dd), ytd["NET"]]
        for i, hd in enumerate(heads):
            x = 50 + i * 102.4
            c.setFillGray(0.9)
            c.rect(x, sy, 102.4, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(x + 51.2, sy + 4, hd)
            for row, vals in ((1, cur_vals), (2, ytd_vals)):
                c.rect(x, sy - 14 * row, 102.4, 14, stroke=1, fill=0)
                c.setFont("Helvetica", 8)
                if i == 0:
                    c.drawString(x + 4, sy - 14 * row + 4, "This period" if row == 1 else "Year to date")
                else:
                    c.drawRightString(x + 98, sy - 14 * row + 4, money(r2(vals[i - 1])))
        c.setDash(4, 3)
        c.line(30, 300, W - 30, 300)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 304, "DETACH HERE")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, 262, employer)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(552, 262, f"Advice No. {pay_date.strftime('%y%m%d')}{emp_id[-3:]}    Date {mdy(pay_date)}")
        c.drawString(60, 222, "PAY TO THE")
        c.drawString(60, 212, "ORDER OF")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(120, 214, employee)
        c.drawRightString(552, 214, "$ ****" + money(net(g)))
        c.setFont("Helvetica-Bold", 12)
        c.setFillGray(0.55)
        c.drawCentredString(W / 2, 170, "NON-NEGOTIABLE  -  DIRECT DEPOSIT ADVICE")
        c.setFillColor(black)
        return []

    fields = {"employer": employer, "employee_name": employee, "pay_date": pay_date.isoformat(),
              "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": "biweekly",
              "gross_current": g, "gross_ytd": ytd["GROSS"], "net_current": net(g), "monthly_gross": r2(g * 26 / 12)}
    return Paper([page]), Doc("pay_stub", fields, pay_date)


# --- platform earnings statements and information returns (all "other") --------------------------------------------


def zipply_weekly(rng: random.Random, driver: str, monday: dt.date, bank: str, last4: str) -> Paper:
    """Zipply's LANDSCAPE weekly earnings statement for a rideshare driver: a day-by-day table and a summary panel."""
    week = days(monday, monday + dt.timedelta(days=6))
    rows = []
    for d in week:
        trips = rng.choice([0, 6, 9, 11, 14, 17, 19])
        hrs = r2(trips * rng.uniform(0.42, 0.55))
        fares = r2(trips * rng.uniform(9.5, 14.0))
        tips = r2(trips * rng.uniform(0.8, 2.2))
        promo = 15.0 if trips >= 17 else 0.0
        rows.append((d, trips, hrs, round(trips * rng.uniform(6.5, 9.5)), fares, tips, promo))
    fares = r2(sum(r[4] for r in rows))
    tips = r2(sum(r[5] for r in rows))
    promo = r2(sum(r[6] for r in rows))
    gross = r2(fares / 0.75)
    total = r2(fares + tips + promo)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LAND
        c.setFillColor(black)
        c.rect(0, ph - 64, pw, 64, stroke=0, fill=1)
        c.setFillColor(Color(0.3, 0.95, 0.6))
        c.setFont("Helvetica-Bold", 24)
        c.drawString(36, ph - 44, "zipply")
        c.setFillColor(white)
        c.setFont("Helvetica", 11)
        c.drawString(130, ph - 42, "Weekly earnings statement")
        c.setFont("Helvetica", 9)
        c.drawRightString(pw - 36, ph - 34, driver)
        c.drawRightString(pw - 36, ph - 47, f"{monday.strftime('%a, %b')} {monday.day} - "
                                           f"{week[-1].strftime('%a, %b')} {week[-1].day}, {week[-1].year}")
        c.setFillColor(black)
        heads = ["Day", "Trips", "Online hours", "Miles", "Fares", "Tips", "Promotions", "Total"]
        xs = [40, 170, 240, 300, 370, 430, 500, 560]
        y = ph - 100
        c.setFont("Helvetica-Bold", 8.5)
        for i, (x, t) in enumerate(zip(xs, heads, strict=True)):
            (c.drawString if i == 0 else c.drawRightString)(x, y, t)
        c.setLineWidth(0.5)
        c.line(40, y - 5, 562, y - 5)
        c.setFont("Helvetica", 9)
        for d, trips, hrs, miles, f, t, pr in rows:
            y -= 17
            vals = [f"{d.strftime('%a')} {d.strftime('%b')} {d.day}", str(trips), f"{hrs:.1f}", str(miles), money(f),
                    money(t), money(pr), money(r2(f + t + pr))]
            for i, (x, v) in enumerate(zip(xs, vals, strict=True)):
                (c.drawString if i == 0 else c.drawRightString)(x, y, v)
        y -= 8
        c.line(40, y, 562, y)
        y -= 13
        c.setFont("Helvetica-Bold", 9)
        vals = ["Week", str(sum(r[1] for r in rows)), f"{sum(r[2] for r in rows):.1f}", str(sum(r[3] for r in rows)),
                money(fares), money(tips), money(promo), money(total)]
        for i, (x, v) in enumerate(zip(xs, vals, strict=True)):
            (c.drawString if i == 0 else c.drawRightString)(x, y, v)
        c.setFillColor(Color(0.94, 0.98, 0.95))
        c.roundRect(590, ph - 330, 166, 240, 6, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(600, ph - 108, "Summary")
        items = [("Riders paid", money(gross)), ("Zipply service fee", "-" + money(r2(gross - fares))),
                 ("Your fares", money(fares)), ("Tips (100% yours)", money(tips)), ("Promotions", money(promo)),
                 ("Total earnings", money(total))]
        yy = ph - 130
        for k, v in items:
            c.setFont("Helvetica-Bold" if k == "Total earnings" else "Helvetica", 8.5)
            c.drawString(600, yy, k)
            c.drawRightString(748, yy, v)
            yy -= 16
        c.setFont("Helvetica", 7.5)
        for ln in wrap(f"Paid out daily by automatic cash-out to {bank} account ending {last4}.", "Helvetica", 7.5,
                       148):
            yy -= 10
            c.drawString(600, yy, ln)
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, "You drive as an independent contractor. Zipply does not withhold income or payroll taxes "
                             "from your earnings. Zipply Technologies, Inc., Denver, CO.")
        return []

    return Paper([page], LAND)


def hopcart_monthly(rng: random.Random, shopper: str, year: int, mon: int, card_last4: str) -> Paper:
    """HopCart's LANDSCAPE monthly shopper earnings summary: one row per day worked and the month's totals."""
    start, end = month_bounds(year, mon)
    rows = []
    for d in days(start, end):
        if rng.random() < 0.55:
            batches = rng.randint(2, 6)
            rows.append((d, batches, batches * rng.randint(14, 38), r2(batches * rng.uniform(7.0, 11.5)),
                         r2(rng.choice([0.0, 0.0, 2.0, 3.0]) * batches), r2(batches * rng.uniform(4.0, 9.0))))
    totals = [sum(r[1] for r in rows), sum(r[2] for r in rows), r2(sum(r[3] for r in rows)),
              r2(sum(r[4] for r in rows)), r2(sum(r[5] for r in rows))]
    total = r2(totals[2] + totals[3] + totals[4])

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LAND
        c.setFillColor(Color(0.95, 0.45, 0.1))
        c.roundRect(36, ph - 62, 30, 30, 6, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(51, ph - 53, "H")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(76, ph - 46, "HopCart")
        c.setFont("Helvetica", 9)
        c.drawString(76, ph - 59, "Shopper earnings  -  monthly summary")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(pw - 36, ph - 44, shopper)
        c.setFont("Helvetica", 9)
        c.drawRightString(pw - 36, ph - 57, start.strftime("%B %Y"))
        heads = ["Date", "Batches", "Items", "Batch pay", "Peak boost", "Customer tips", "Day total"]
        xs = [40, 170, 240, 340, 430, 540, 650]
        y = ph - 92
        c.setFont("Helvetica-Bold", 8)
        for i, (x, t) in enumerate(zip(xs, heads, strict=True)):
            (c.drawString if i == 0 else c.drawRightString)(x, y, t)
        c.setLineWidth(0.5)
        c.line(40, y - 4, 650, y - 4)
        step = min(13.0, (ph - 180) / max(1, len(rows)))
        c.setFont("Helvetica", 8)
        for d, b, items, pay, boost, tips in rows:
            y -= step
            vals = [d.strftime("%a %m/%d"), str(b), str(items), money(pay), money(boost), money(tips),
                    money(r2(pay + boost + tips))]
            for i, (x, v) in enumerate(zip(xs, vals, strict=True)):
                (c.drawString if i == 0 else c.drawRightString)(x, y, v)
        y -= 6
        c.line(40, y, 650, y)
        y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        vals = ["Month total", str(totals[0]), str(totals[1]), money(totals[2]), money(totals[3]), money(totals[4]),
                money(total)]
        for i, (x, v) in enumerate(zip(xs, vals, strict=True)):
            (c.drawString if i == 0 else c.drawRightString)(x, y, v)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 44, f"Earnings were cashed out to your HopCart debit card ending {card_last4}. Shoppers are "
                             "independent contractors; HopCart does not withhold taxes. Form 1099-NEC is issued each "
                             "January.")
        return []

    return Paper([page], LAND)


def parcelwing_weekly(rng: random.Random, courier: str, sunday: dt.date, last4: str) -> Paper:
    """Parcelwing Flex's portrait weekly statement: the delivery blocks a courier worked and the payout."""
    blocks = []
    for d in days(sunday - dt.timedelta(days=6), sunday):
        if rng.random() < 0.75:
            hrs = rng.choice([3.0, 3.5, 4.0, 4.5])
            blocks.append((d, rng.choice(["7:30 AM", "10:00 AM", "1:30 PM", "4:00 PM"]), hrs,
                           rng.randint(28, 64), r2(hrs * rng.choice([21.0, 22.5, 24.0])), r2(rng.uniform(0, 14))))
    pay = r2(sum(b[4] for b in blocks))
    tips = r2(sum(b[5] for b in blocks))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.2, 0.25, 0.6))
        p = c.beginPath()
        p.moveTo(50, 728)
        p.lineTo(74, 752)
        p.lineTo(70, 734)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(82, 734, "Parcelwing Flex")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        c.drawRightString(562, 744, "Weekly statement")
        c.drawRightString(562, 732, f"Week ending {long_date(sunday)}")
        c.setFont("Helvetica", 10)
        c.drawString(50, 700, f"Delivery partner: {courier}")
        c.drawString(50, 686, "Station: DEN7 - Commerce City, CO")
        heads = ["Date", "Block start", "Hours", "Packages", "Block pay", "Tips", "Total"]
        xs = [50, 130, 250, 320, 410, 480, 560]
        y = 650
        c.setFont("Helvetica-Bold", 8.5)
        for i, (x, t) in enumerate(zip(xs, heads, strict=True)):
            (c.drawString if i < 2 else c.drawRightString)(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        c.setFont("Helvetica", 9)
        for d, st, hrs, pk, bp, tp in blocks:
            y -= 16
            vals = [mdy(d), st, f"{hrs:.1f}", str(pk), money(bp), money(tp), money(r2(bp + tp))]
            for i, (x, v) in enumerate(zip(xs, vals, strict=True)):
                (c.drawString if i < 2 else c.drawRightString)(x, y, v)
        y -= 24
        c.setFont("Helvetica-Bold", 10)
        c.drawString(330, y, "Block pay")
        c.drawRightString(560, y, money(pay))
        c.drawString(330, y - 16, "Customer tips")
        c.drawRightString(560, y - 16, money(tips))
        c.drawString(330, y - 34, "Amount paid")
        c.drawRightString(560, y - 34, "$" + money(r2(pay + tips)))
        c.setFont("Helvetica", 8)
        c.drawString(50, y - 70, f"Paid by direct deposit to the account ending {last4} on "
                                 f"{long_date(sunday + dt.timedelta(days=2))}.")
        c.drawString(50, y - 82, "Delivery partners are independent contractors. No taxes were withheld.")
        return []

    return Paper([page])


def irs_box(c: Canvas, x: float, y: float, w: float, h: float, label: str, value: str = "",
            value_size: float = 9.5) -> None:
    c.setStrokeColor(Color(0.75, 0.1, 0.1))
    c.setLineWidth(0.6)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setStrokeColor(black)
    c.setFont("Helvetica", 5.8)
    for i, ln in enumerate(wrap(label, "Helvetica", 5.8, w - 4)[:3]):
        c.drawString(x + 2, y + h - 7 - 6.5 * i, ln)
    if value:
        c.setFont("Courier", value_size)
        c.drawString(x + 4, y + 4, value)


def form1099(kind: str, year: int, payer: Sequence[str], payer_tin: str, recipient: str, recip_addr: Sequence[str],
             ssn: str, boxes: Sequence[tuple[str, str]]) -> Paper:
    """A replica of Copy B of IRS Form 1099-NEC or 1099-K: the payer's and recipient's boxes at the left, the
    numbered amount boxes at the right (`boxes`: label, value)."""
    title = {"NEC": ("1099-NEC", "Nonemployee Compensation", "(Rev. April 2025)"),
             "K": ("1099-K", "Payment Card and Third Party Network Transactions", "(Rev. March 2024)")}[kind]

    def page(c: Canvas) -> list[Mark]:
        top = 720.0
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, top + 14, "CORRECTED (if checked)")
        box(c, 132, top + 13, False, 7)
        irs_box(c, 40, top - 92, 260, 92, ("FILER'S" if kind == "K" else "PAYER'S") + " name, street address, city or "
                "town, state or province, country, ZIP or foreign postal code, and telephone no.")
        c.setFont("Courier", 9)
        for i, ln in enumerate(payer):
            c.drawString(46, top - 30 - 11 * i, ln)
        irs_box(c, 40, top - 122, 130, 30, ("FILER'S" if kind == "K" else "PAYER'S") + " TIN", payer_tin)
        irs_box(c, 170, top - 122, 130, 30, ("PAYEE'S" if kind == "K" else "RECIPIENT'S") + " TIN",
                "***-**-" + ssn[-4:])
        irs_box(c, 40, top - 152, 260, 30, ("PAYEE'S" if kind == "K" else "RECIPIENT'S") + " name", recipient)
        irs_box(c, 40, top - 182, 260, 30, "Street address (including apt. no.)", recip_addr[0])
        irs_box(c, 40, top - 212, 260, 30, "City or town, state or province, country, and ZIP or foreign postal code",
                recip_addr[1])
        irs_box(c, 40, top - 242, 260, 30, "Account number (see instructions)")
        x = 300.0
        bw = 136.0
        for i, (label, value) in enumerate(boxes):
            col, row = i % 2, i // 2
            irs_box(c, x + col * bw, top - 30 - row * 30, bw, 30, label, value, 8.5)
        c.setFont("Helvetica", 7)
        c.drawRightString(572, top + 14, "OMB No. 1545-0116" if kind == "NEC" else "OMB No. 1545-2205")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(572, top + 4, f"For calendar year {year}")
        base = min(top - 242, top - 30 * ((len(boxes) + 1) // 2)) - 32
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, base, f"Form {title[0]}")
        c.setFont("Helvetica", 7)
        c.drawString(40, base - 10, title[2])
        c.setFont("Helvetica-Bold", 11)
        c.drawString(150, base, title[1])
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, base, "Copy B")
        c.setFont("Helvetica", 7)
        c.drawRightString(572, base - 10, "For Recipient" if kind == "NEC" else "For Payee")
        paragraphs(c, 40, base - 32, 532, [
            "This is important tax information and is being furnished to the IRS. If you are required to file a "
            "return, a negligence penalty or other sanction may be imposed on you if this income is taxable and the "
            "IRS determines that it has not been reported."], font="Helvetica", size=7, leading=9)
        c.setFont("Helvetica", 7)
        c.drawString(40, base - 66, f"Form {title[0]} (keep for your records)      "
                                    f"www.irs.gov/Form{title[0].replace('-', '')}"
                                    "      Department of the Treasury - Internal Revenue Service")
        return []

    return Paper([page])


def nec_boxes(amount: float, state: str, state_no: str) -> list[tuple[str, str]]:
    return [("1 Nonemployee compensation", "$ " + money(amount)),
            ("2 Payer made direct sales totaling $5,000 or more of consumer products to recipient for resale", ""),
            ("3 Excess golden parachute payments", ""), ("4 Federal income tax withheld", "$ 0.00"),
            ("5 State tax withheld", "$ 0.00"), ("6 State/Payer's state no.", f"{state} {state_no}"),
            ("7 State income", "$ " + money(amount)), ("", "")]


def k_boxes(monthly: Sequence[float], count: int, mcc: str) -> list[tuple[str, str]]:
    out = [("1a Gross amount of payment card/third party network transactions", "$ " + money(r2(sum(monthly)))),
           ("1b Card not present transactions", "$ 0.00"), ("2 Merchant category code", mcc),
           ("3 Number of payment transactions", f"{count:,}"), ("4 Federal income tax withheld", "$ 0.00")]
    out.append(("", ""))
    for i, v in enumerate(monthly):
        out.append((f"5{'abcdefghijkl'[i]} {dt.date(2000, i + 1, 1).strftime('%B')}", "$ " + money(v)))
    return out


# --- letters and papers -----------------------------------------------------------------------------------------


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, on: dt.date,
                    paras: Sequence[str], signed: bool, seed: int, font: str = "Times-Roman") -> Paper:
    """A borrower's typed letter; signed (in ink) only when it was printed."""
    bold = {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold"}[font]

    def page(c: Canvas) -> list[Mark]:
        c.setFont(font, 11)
        y = 724
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawRightString(W - 72, y, ln)
            y -= 14
        y -= 16
        c.drawString(72, y, long_date(on))
        y -= 26
        for ln in SERVICER_LINES:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont(bold, 11)
        c.drawString(72, y, f"RE: Loan number {loan} - letter of hardship")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Team,", *paras], font=font, size=11)
        c.setFont(font, 11)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        sy = y - 46
        for i, nm in enumerate([writer] + ([co_writer] if co_writer else [])):
            x = 72 + i * 240
            c.drawString(x, sy - 14, nm)
            if signed:
                marks.append(Mark("sig", x, sy - 2, w=150, seed=seed + i))
        return marks

    return Paper([page])


def termination_notice(client: Sequence[str], contractor: str, business: str, address: Sequence[str], on: dt.date,
                       agreement_date: dt.date, paras: Sequence[str]) -> Paper:
    """A client's notice ending an independent contractor agreement (addressed to the borrower's business)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.1, 0.4))
        c.rect(72, 724, 6, 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(86, 740, client[0])
        c.setFont("Helvetica", 8.5)
        c.drawString(86, 727, client[1])
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(on))
        c.drawString(72, 668, "VIA E-MAIL AND FIRST-CLASS MAIL")
        y = 646
        for ln in [contractor, business, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Notice of termination - Independent Contractor Agreement dated "
                            f"{long_date(agreement_date)}")
        y = paragraphs(c, 72, y - 26, W - 144, [f"Dear {contractor.split()[0]}:", *paras])
        c.setFont("Times-Roman", 11)
        for ln in ["Sincerely,", "", "", client[2], client[3]]:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(3)
        c.rect(60, 400, W - 120, 330, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(W / 2, 690, "QUILLFEATHER MAILROOM")
        c.setFont("Helvetica", 12)
        c.drawCentredString(W / 2, 668, "Loss mitigation batch header - scan in front of the borrower's papers")
        c.drawImage(ImageReader(code), W / 2 - 170, 520, width=340, height=100)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 496, f"LOAN {loan}")
        return []

    return Paper([page])


# --- IRS Form 4506-C ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Taxpayer:
    first: str
    mi: str
    last: str
    ssn: str
    street: str
    city: str
    state: str
    zip: str
    phone: str


def form4506c(t: Taxpayer, signed_on: dt.date | None, screen: bool, seed: int) -> Printed:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over (fields flattened into the page). Signed on the
    screen (drawn strokes, the date typed), or printed and signed in ink (the marks), or - signed_on None - never
    signed nor dated."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Courier", 9)
    put = [(27, 668, t.first), (114, 668, t.mi), (171, 668, t.last), (27, 636, t.ssn), (27, 571, t.street),
           (312, 571, t.city), (420, 571, t.state), (474, 571, t.zip), (27, 506, "Ridgeback Income Verification LLC"),
           (312, 506, "RIV-40213"), (420, 506, "RIDGEBK02"), (27, 484, "88 Inverness Drive East"),
           (312, 484, "Englewood"), (420, 484, "CO"), (474, 484, "80112"), (27, 430, SERVICER),
           (474, 430, "(303) 555-0185"), (27, 408, "1600 Wynkoop Street, Suite 410"), (312, 408, "Denver"),
           (420, 408, "CO"), (474, 408, "80202"), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(TAX_YEARS[0])), (186, 268, "12"), (214, 268, "31"), (243, 268, str(TAX_YEARS[1])),
           (434, 168, t.phone), (63, 129, f"{t.first} {t.mi} {t.last}")]
    for x, y, s in put:
        c.drawString(x, y, s)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks: list[Mark] = []
    if signed_on is not None:
        if screen:
            c.setFont("Courier", 9)
            c.drawString(344, 168, mdy(signed_on))
            draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
        else:
            marks = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 167, mdy(signed_on), 11, seed=seed + 1)]
    synth_line(c, letter)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return Printed(fixed_pypdf_bytes(writer, f"bl4506c{t.last}"), [marks])


def f4506c_doc(signed_on: dt.date | None) -> Doc:
    return Doc("irs_form_4506c", {"signed": signed_on is not None,
                                  "signed_on": signed_on.isoformat() if signed_on else None},
               signed_on, signed=signed_on is not None, signed_on=signed_on)


# --- applications -------------------------------------------------------------------------------------------------


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
    co_phone: str = ""
    other_text: str = ""
    co_signs: bool = True
    business: str = ""
    se_gross: float = 0.0  # worksheet line 1
    se_fees: float = 0.0  # worksheet line 2
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    @property
    def se_costs(self) -> float:
        """Worksheet line 3, so that line 1 - (line 2 + line 3) is the self-employment income claimed."""
        return r2(self.se_gross - self.se_fees - self.income.get("self_employment", 0.0))

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": True, "signed_on": self.signed_on.isoformat(),
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710(app: App, screen: bool) -> Printed:
    """The real Form 710 (April 2023) typed through its AcroForm. On the screen: the dates typed into their fields and
    the signatures drawn as strokes over page 4's lines; on paper: printed, then signed and dated in ink."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True, "Checkbox_27": True, "Checkbox_30": True,
        "Checkbox_35": True, "Checkbox_37": True, "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "1,140.00"}
    if app.co:
        values |= {"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:], "US_Phone_Number_3": app.co_phone}
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    sign = [Mark("sig", 150, 348, w=200, seed=app.seed), Mark("hand", 430, 347, mdy(app.signed_on), 12, app.seed + 5)]
    if app.co and app.co_signs:
        sign += [Mark("sig", 162, 310, w=190, seed=app.seed + 1),
                 Mark("hand", 430, 309, mdy(app.signed_on), 12, app.seed + 6)]
    if screen:
        values["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        widgets = {str(ref.get_object().get("/T", "")): ref.get_object() for ref in page.get("/Annots") or []}
        texts = {}
        for name, value in values.items():
            if name not in widgets:
                continue
            if isinstance(value, bool):
                w = widgets[name]
                on = next(str(k) for k in w["/AP"]["/N"] if str(k) != "/Off")
                w[NameObject("/V")] = NameObject(on)
                w[NameObject("/AS")] = NameObject(on)
            else:
                texts[name] = value
        if texts:
            writer.update_page_form_field_values(page, texts, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    if not screen:
        return Printed(fixed_pypdf_bytes(writer, f"bl710{app.loan}"), [[], [], [], sign])
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for m in sign:
        if m.kind == "sig":
            draw_signature_vector(c, m)
    synth_line(c, letter)
    c.showPage()
    c.save()
    writer.pages[3].merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    return Printed(fixed_pypdf_bytes(writer, f"bl710{app.loan}"), [[], [], [], []])


QMS_REASONS = ("Lost my job or my main source of work", "Earn less: fewer hours, fewer gigs or lower pay rates",
               "Housing costs went up (taxes, insurance, HOA)", "Disaster (fire, flood, storm) hit my home or work",
               "Serious illness or disability (me, co-applicant, dependent)", "Divorce or legal separation",
               "Separation from a co-owner I am not married to", "Death of a borrower or of a wage earner",
               "Job transfer or a move far away", "Other - explain below")
QMS_OTHER = ("Wages, salary, overtime, tips, bonuses, commissions (W-2 jobs)", "Unemployment benefits",
             "Taxable Social Security, pension, disability or public assistance",
             "Non-taxable Social Security, SSI or disability", "Rental income, less expenses other than the mortgage",
             "Investment or insurance income", "Alimony, child support, separate maintenance or other income")
PLUM = Color(0.33, 0.16, 0.36)


def qms_se7(app: App, deposit_bank: str, payers: str) -> Paper:
    """Quillfeather's three-page application for self-employed borrowers with its numbered income worksheet."""

    def head(c: Canvas, n: int) -> None:
        c.saveState()
        c.setFillColor(PLUM)
        c.translate(60, 738)
        c.rotate(35)
        c.ellipse(-3.5, -15, 3.5, 15, stroke=0, fill=1)
        c.setStrokeColor(PLUM)
        c.line(0, -22, 0, 15)
        c.restoreState()
        c.setFont("Times-Bold", 17)
        c.drawString(76, 742, "QUILLFEATHER")
        c.setFont("Times-Roman", 8)
        c.drawString(76, 731, "MORTGAGE SERVICING, LLC  -  1600 Wynkoop St, Suite 410, Denver, CO 80202")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawRightString(562, 748, "APPLICATION FOR MORTGAGE ASSISTANCE")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 737, "Self-Employed, 1099 and Gig Workers")
        c.setFont("Helvetica", 7)
        c.drawRightString(562, 727, f"Form QMS-SE7 (01/2047)   Page {n} of 3")
        c.setLineWidth(1.2)
        c.setStrokeColor(PLUM)
        c.line(50, 721, 562, 721)
        c.setStrokeColor(black)
        c.setLineWidth(0.7)
        c.rect(402, 694, 160, 20, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(406, 701, "LOAN NO.")
        c.setFont("Courier-Bold", 11)
        c.drawString(448, 699, app.loan)

    def bar(c: Canvas, y: float, text: str) -> None:
        c.setFillColor(PLUM)
        c.rect(50, y, 512, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, y + 4, text)
        c.setFillColor(black)

    def cellrow(c: Canvas, y: float, cells: Sequence[tuple[float, float, str, str]], h: float = 20) -> None:
        c.setLineWidth(0.5)
        for x, w, label, value in cells:
            c.rect(x, y, w, h, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, y + h - 7, label)
            fit(c, x + 6, y + 3.5, value, w - 10)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 708, "Type or print clearly. Answer every question and sign on page 3.")
        c.drawString(50, 698, "Send it with the papers listed on page 3.")
        bar(c, 668, "PART 1   WHO IS APPLYING")
        y = 644.0
        c.setLineWidth(0.5)
        c.setFillGray(0.9)
        c.rect(190, y, 372, 18, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(196, y + 6, "APPLICANT")
        c.drawString(382, y + 6, "CO-APPLICANT (leave blank if none)")
        rows = [("Full legal name", app.borrower, app.co or ""),
                ("Social Security no. - last 4 digits", app.ssn[-4:], (app.co_ssn or "")[-4:]),
                ("Phone", app.phone, app.co_phone), ("E-mail", app.email, "")]
        for label, a, b in rows:
            y -= 20
            c.rect(50, y, 140, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(54, y + 7, label)
            for x, v in ((190, a), (376, b)):
                c.rect(x, y, 186, 20, stroke=1, fill=0)
                fit(c, x + 6, y + 6, v, 174)
        y -= 20
        c.rect(50, y, 140, 20, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(54, y + 7, "Business name and trade")
        c.rect(190, y, 372, 20, stroke=1, fill=0)
        fit(c, 196, y + 6, app.business, 360)
        bar(c, 514, "PART 2   THE PROPERTY")
        cellrow(c, 486, [(50, 512, "Street address of the property", app.street)], 24)
        cellrow(c, 462, [(50, 260, "City", app.city), (310, 100, "State", app.state), (410, 152, "ZIP", app.zip)],
                24)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, 444, "How is the property used? (check one)")
        for i, (label, code) in enumerate((("My principal residence", "primary_residence"),
                                           ("Second home", "second_home"),
                                           ("Rental / investment property", "investment_property"))):
            x = 230 + i * 112
            box(c, x, 442, app.occupancy == code)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, 443.5, label)
        bar(c, 410, "PART 3   WHAT HAPPENED")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, 394, "Check every reason that applies:")
        for i, reason in enumerate(QMS_REASONS):
            col, row = divmod(i, 5)
            x, y = 56 + col * 256, 376 - row * 17
            box(c, x, y, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 8)
            c.drawString(x + 13, y + 1.5, reason)
        cellrow(c, 266, [(50, 512, "If other, explain in a few words", app.other_text)], 24)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, 238, "The hardship started on (mm/dd/yyyy):")
        c.setLineWidth(0.6)
        c.rect(216, 232, 96, 20, stroke=1, fill=0)
        c.setFont("Courier", 10)
        c.drawString(222, 238, mdy(app.start))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, 210, "I expect it to last:")
        for i, (label, code) in enumerate((("6 months or less", "short"), ("More than 6 months", "long"),
                                           ("It is already over", "resolved"))):
            x = 150 + i * 120
            box(c, x, 208, app.duration == code)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, 209.5, label)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 40, "QMS-SE7  -  continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        bar(c, 668, "PART 4   MONTHLY INCOME WORKSHEET")
        paragraphs(c, 50, 652, 512, [
            "Use an average month over the last three months. Enter dollars and cents; leave a line blank if it does "
            "not apply. Shaded lines are arithmetic: do the math the line tells you. Do not include a co-applicant's "
            "income twice."], font="Helvetica", size=7.5, leading=9.5)
        y = 614.0
        inc = app.income
        se = inc.get("self_employment", 0.0)
        fees_costs = r2(app.se_fees + app.se_costs) if app.se_gross else 0.0
        other = [inc.get(k, 0.0) for k in INCOMES if k != "self_employment"]
        sub = r2(sum(other))

        def section(title: str) -> None:
            nonlocal y
            y -= 6
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(50, y, title)
            y -= 8

        def line(n: int, label: str, hint: str, amount: float | None, shaded: bool = False,
                 strong: bool = False) -> None:
            nonlocal y
            y -= 26
            if shaded:
                c.setFillColor(Color(0.93, 0.9, 0.94))
                c.rect(50, y - 2, 512, 25, stroke=0, fill=1)
                c.setFillColor(black)
            c.setLineWidth(0.6)
            c.rect(52, y + 2, 20, 18, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 9)
            c.drawCentredString(62, y + 7, str(n))
            c.setFont("Helvetica-Bold" if strong else "Helvetica", 8.5)
            c.drawString(80, y + 12, label)
            if hint:
                c.setFont("Helvetica-Oblique", 7.5)
                c.drawString(80, y + 2, hint)
            c.setFont("Helvetica", 9)
            c.drawString(440, y + 7, "$")
            c.setLineWidth(1.4 if strong else 0.6)
            c.rect(450, y + 2, 108, 18, stroke=1, fill=0)
            if amount is not None:
                c.setFont("Courier-Bold" if strong else "Courier", 10)
                c.drawRightString(553, y + 7, money(amount))
            c.setLineWidth(0.3)
            c.line(50, y - 2, 562, y - 2)

        section("A.  SELF-EMPLOYMENT, 1099 AND GIG INCOME - all businesses, platforms and clients together")
        line(1, "Gross receipts, sales, fares and platform payouts", "before any expenses",
             app.se_gross if app.se_gross else None)
        line(2, "Platform service fees and commissions", "only if they were not already taken out of line 1",
             app.se_fees if app.se_fees else None)
        line(3, "Other business expenses", "fuel, mileage, repairs, supplies, insurance, phone, booth or space rent",
             app.se_costs if app.se_gross else None)
        line(4, "Total business expenses", "Add lines 2 and 3.", fees_costs, shaded=True)
        line(5, "NET SELF-EMPLOYMENT INCOME", "Subtract line 4 from line 1. If less than zero, enter 0.", se,
             shaded=True, strong=True)
        y -= 14
        section("B.  OTHER MONTHLY INCOME OF THE APPLICANTS, BEFORE TAXES")
        hints = {6: "gross pay, before taxes and deductions", 12: "include only if you want it considered"}
        for i, (label, amount) in enumerate(zip(QMS_OTHER, other, strict=True)):
            line(6 + i, label, hints.get(6 + i, ""), amount if amount > 0 else None)
        line(13, "Subtotal of other income", "Add lines 6 through 12.", sub, shaded=True)
        y -= 14
        section("C.  TOTAL")
        line(14, "TOTAL MONTHLY INCOME", "Add lines 5 and 13.", app.total, shaded=True, strong=True)
        assert r2(se + sub) == app.total and r2(app.se_gross - fees_costs) == r2(se)
        cellrow(c, y - 40, [(50, 512, "Bank and account where your business income is deposited", deposit_bank)], 24)
        cellrow(c, y - 64, [(50, 512, "Platforms and clients that pay you", payers)], 24)
        return []

    def page3(c: Canvas) -> list[Mark]:
        head(c, 3)
        bar(c, 668, "PART 5   CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 50, 650, 512, [
            "By signing, each applicant certifies that the information in this application is true and complete, that "
            "the hardship described contributed to the need for mortgage relief, and that the income worksheet "
            "reflects the applicant's actual business receipts and expenses. Each applicant agrees to provide the "
            "documents Quillfeather requests, consents to a credit report, and understands that knowingly false "
            "statements may violate federal law.",
            "If you are offered a trial period plan, your first timely payment under the plan will serve as your "
            "acceptance of it."], font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        y -= 36
        people = [("Applicant", app.borrower, True, 0),
                  ("Co-applicant", app.co or "", bool(app.co) and app.co_signs, 1)]
        for role, name, signs, k in people:
            c.setLineWidth(0.7)
            c.line(50, y, 330, y)
            c.rect(380, y - 2, 120, 22, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(50, y - 10, f"{role}'s signature")
            c.drawString(380, y - 12, "Date (mm/dd/yyyy)")
            c.setFont("Helvetica", 7.5)
            c.drawString(160, y - 10, f"Printed name: {name}")
            if signs:
                marks += [Mark("sig", 64, y + 2, w=200, seed=app.seed + k),
                          Mark("hand", 386, y + 4, mdy(app.signed_on), 12, seed=app.seed + 8 + k)]
            y -= 62
        bar(c, y - 6, "PART 6   WHAT TO SEND WITH THIS APPLICATION")
        items = ["Your two most recent business bank statements (every page), or",
                 "a signed and dated profit and loss statement for the last quarter or the year to date",
                 "A signed IRS Form 4506-C (one for each applicant)",
                 "A letter in your own words explaining your hardship",
                 "Pay stubs for any W-2 job listed on line 6"]
        yy = y - 24
        c.setFont("Helvetica", 8.5)
        for it in items:
            c.circle(58, yy + 3, 1.6, stroke=0, fill=1)
            c.drawString(66, yy, it)
            yy -= 13
        c.setFont("Helvetica", 7.5)
        c.drawString(50, yy - 14, "Fax (303) 555-0186  -  upload at quillfeather-servicing.example/help  -  "
                                  "questions (303) 555-0185")
        return marks

    return Paper([page1, page2, page3])


# --- packets ------------------------------------------------------------------------------------------------------


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def born(self, rel: str, *parts: tuple[Doc | None, bytes]) -> None:
        """A born-digital file holding the given papers in order."""
        page = 1
        for doc, data in parts:
            n = len(PdfReader(io.BytesIO(data)).pages)
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            page += n
        self.files[rel] = parts[0][1] if len(parts) == 1 else combine([d for _, d in parts], f"bl{self.app.loan}")

    def scan(self, rel: str, *parts: tuple[Doc | None, list[Sheet]]) -> None:
        """An image-only file of scanned or photographed sheets."""
        sheets: list[Sheet] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = sheets_pdf(sheets)


def missing_codes(app: App, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet. Every application of this set answers
    every required question and carries the borrower's signature and date; award letters, rent checks, investment
    statements and tax returns are not drawn, so the options they give are left out."""
    out: list[str] = []
    if app.co and not app.co_signs:
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
    stub = any(d.type == "pay_stub" and fresh(d.date) and d.fields["gross_ytd"] is not None for d in docs)
    pnl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) and fresh(d.signed_on)
              for d in docs)
    documented = {"wages": stub or two_bank, "self_employment": pnl or two_bank, "unemployment": True}
    for k, v in app.income.items():
        if v > 0 and not documented.get(k, two_bank):
            out.append(f"income_doc:{k}")
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app.hardships if h in need and not need[h] & types]
    if (app.income.get("self_employment", 0) > 0 or app.income.get("rental", 0) > 0) and not any(
            d.type == "irs_form_4506c" and d.signed for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received)
    docs = [{"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
             "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields}
            for i, d in enumerate(p.docs, 1)]
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


def whole_tens(v: float) -> float:
    return float(round(v / 10) * 10)


def fuel(r: random.Random) -> str:
    return r.choice(["KING SOOPERS FUEL #", "CONOCO ", "MAVERIK #", "SHELL OIL ", "LOVES TRAVEL #"]) + ref(r, 4)


def debits(rng: random.Random, start: dt.date, end: dt.date, fuel_n: int,
           bills: Sequence[tuple[int, str, float]]) -> list[Txn]:
    """A gig worker's ordinary spending: many fuel stops, groceries, and the month's bills."""
    out = [Txn(start + dt.timedelta(days=rng.randrange((end - start).days + 1)), fuel(rng),
               -r2(rng.uniform(24, 71))) for _ in range(fuel_n)]
    out += picks(rng, start, end, 6, ["SAFEWAY #1552", "WALMART SUPERCENTER", "COSTCO WHSE #0681", "SMITHS #4410"],
                 28, 142, -1)
    out += [Txn(start + dt.timedelta(days=d - 1), desc, -amt) for d, desc, amt in bills]
    return out


def packet_bl1(seed: int) -> Packet:
    """A rideshare driver, Form 710 typed and signed on the screen, e-mailed in a folder named after the loan."""
    rng = random.Random(f"bl1-{seed}")
    received = dt.date(2047, 4, 16)
    name, addr, acct = "Mateo R. Villanueva", ["14702 East Dartmouth Place", "Aurora, CO 80014"], "4471902278"
    bills = [(3, "XCEL ENERGY AUTOPAY", 118.42), (9, "T-MOBILE AUTOPAY", 85.00),
             (14, "PROGRESSIVE INS RIDESHARE", 212.60),
             (20, "AURORA WATER", 64.18)]

    def zipply(r: random.Random) -> str:
        return f"ZIPPLY TECH DRIVER PAYOUT {ref(r, 8)}"

    def instant(r: random.Random) -> str:
        return f"ZIPPLY INSTANT PAY {ref(r, 6)}"

    months = []
    begin = r2(rng.uniform(420, 780))
    for mon in (2, 3):
        start, end = month_bounds(2047, mon)
        txns = payouts(rng, start, end, zipply, 42, 228, 0.78) + payouts(rng, start, end, instant, 18, 75, 0.15)
        txns += debits(rng, start, end, 14, bills)
        months.append(month(2047, mon, begin, txns))
        begin = months[-1].ending
    claimed = whole_tens(sum(m.money_in for m in months) / 2 * 0.71)  # the fuel and the car come out of the payouts
    app = App("5829103467", name, "951-27-4408", "14702 East Dartmouth Place", "Aurora", "CO", "80014",
              "(720) 555-0142", "mateo.villanueva@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2046, 11, 4), "long", {"self_employment": claimed}, dt.date(2047, 4, 12), seed=seed + 11)
    p = Packet("bl1", received, app, [])
    folder = app.loan
    p.born(f"{folder}/Villanueva mortgage assistance application.pdf", (Doc("mortgage_assistance_application", {}),
                                                                        form710(app, screen=True).pdf))
    for m in months:
        paper, doc = larimer_statement(name, addr, acct, m)
        p.born(f"{folder}/Larimer Peak {m.start.strftime('%b %Y')}.pdf", (doc, digital(paper)))
    last_monday = received - dt.timedelta(days=received.weekday() + 7)
    for monday in (last_monday - dt.timedelta(days=7), last_monday):
        p.born(f"{folder}/zipply weekly {monday.isoformat()}.pdf",
               (other_doc(), digital(zipply_weekly(rng, name, monday, "Larimer Peak Bank", acct[-4:]))))
    monthly = [r2(rng.uniform(3900, 5200)) for _ in range(12)]
    k = form1099("K", 2046, ["Zipply Technologies, Inc.", "1801 California Street, Floor 22", "Denver, CO 80202",
                             "(303) 555-0107"], "88-4410273", name, addr, app.ssn,
                 k_boxes(monthly, rng.randint(3100, 3900), "4121"))
    p.born(f"{folder}/1099-K 2046 Zipply.pdf", (other_doc(), digital(k)))
    tp = Taxpayer("Mateo", "R", "Villanueva", app.ssn, addr[0], "Aurora", "CO", "80014", app.phone)
    p.born(f"{folder}/4506-C signed.pdf", (f4506c_doc(app.signed_on), form4506c(tp, app.signed_on, True, seed).pdf))
    on = dt.date(2047, 4, 12)
    letter = hardship_letter(name, None, addr, app.loan, on, [
        "I have driven full time for Zipply since 2043. Last November Zipply cut the per-mile and per-minute rates "
        "for drivers in the Denver market by about a quarter, and at the same time it let many more drivers onto "
        "the app, so I get fewer trips for the same hours online.",
        "My take-home from driving went from about $4,600 a month to about $3,300, and I fell two payments behind. "
        "I am driving more evenings and weekends, but I cannot make up the difference. I want to keep my home and "
        "ask to be reviewed for a modification."], signed=False, seed=seed)
    p.born(f"{folder}/my hardship letter.pdf", (letter_doc(on), digital(letter)))
    return p


def packet_bl2(seed: int) -> Packet:
    """A freelance designer who lost her biggest client: loose e-mailed files; the P&L is an unsigned software export
    and the two business statements are March and May."""
    rng = random.Random(f"bl2-{seed}")
    received = dt.date(2047, 6, 18)
    name, co = "Priya N. Castellanos", "Daniel J. Castellanos"
    addr = ["2285 South Lincoln Street", "Salt Lake City, UT 84106"]
    business = "Castellanos Design Co. LLC"
    pnl = make_pnl(rng, business, name, 2047, 1, 3,
                   [("Design services", 2600, 3400), ("Stock illustration sales", 120, 260)],
                   [("Printing & production", 60, 180)],
                   [("Advertising & marketing", 40, 120), ("Computer software & subscriptions", 150, 190),
                    ("Contract labor", 0, 300), ("Home office", 220, 240), ("Internet & phone", 110, 130),
                    ("Merchant & platform fees", 90, 170)])
    fees = r2(sum(pnl.expenses[-1][1]) / 3)
    loan = "0073318845"
    app = App(loan, name, "962-40-1187", addr[0], "Salt Lake City", "UT", "84106", "(801) 555-0163",
              "priya@castellanos-design.example", "primary_residence", ["other", "reduction_in_income"],
              dt.date(2047, 1, 31), "long", {"self_employment": r2(pnl.net / 3), "unemployment": 1860.00},
              dt.date(2047, 6, 11), co=co, co_ssn="962-58-3305", co_phone="(801) 555-0178",
              other_text="Lost my largest client contract (Halcyon Outdoor Brands)",
              business=business + " (graphic design)",
              se_gross=r2(pnl.total(pnl.income) / 3), se_fees=fees, seed=seed + 21)
    p = Packet("bl2", received, app, ["income_doc:self_employment"])
    p.born(f"{loan}_application.pdf", (Doc("mortgage_assistance_application", {}),
                                       digital(qms_se7(app, "Kestrel Digital Bank, business checking ending 5521",
                                                       "Tessellate Studio, Stripe (web shop), Glimmer Pay"))))
    p.born(f"{loan}_PL_Q1_2047.pdf", (pnl_doc(pnl, None), digital(ledgerleaf_pnl(pnl, dt.date(2047, 4, 9), "10:14 AM",
                                                                                None, seed))))
    acct = "8800315521"
    bills = [(2, "ADOBE CREATIVE CLOUD", 89.99), (5, "FIGMA INC", 45.00), (11, "GOOGLE WORKSPACE", 14.40),
             (18, "CANVA PRO", 14.99)]

    def stripe(r: random.Random) -> str:
        return f"STRIPE PAYOUT ST-{ref(r, 4)}{r.choice('ABCDEFGHJK')}{ref(r, 2)}"

    begin = r2(rng.uniform(1800, 2600))
    for mon in (3, 5):
        start, end = month_bounds(2047, mon)
        txns = payouts(rng, start, end, stripe, 60, 320, 0.3)
        txns += picks(rng, start, end, 5, ["GLIMMER PAY CASHOUT"], 40, 160, 1)
        txns += fixed(start, [(rng.randint(8, 12), "TESSELLATE STUDIO LLC ACH PMT", r2(rng.uniform(900, 1400)))])
        txns += picks(rng, start, end, 3, ["TRANSFER TO CHECKING **0419"], 450, 900, -1)
        txns += picks(rng, start, end, 4, ["UPWORK SERVICE FEE", "ETSY SELLER FEES"], 6, 38, -1)
        txns += fixed(start, [(d, desc, -amt) for d, desc, amt in bills])
        m = month(2047, mon, begin, txns)
        paper, doc = kestrel_statement(business, name, addr, acct, m)
        p.born(f"{loan}_kestrel_{start.strftime('%B').lower()}.pdf", (doc, digital(paper)))
        begin = r2(m.ending + rng.uniform(-300, 300))  # April's statement, not sent, moved the balance
    for payer, tin, amount in ((["Halcyon Outdoor Brands, Inc.", "77 West 200 South, Suite 900",
                                 "Salt Lake City, UT 84101", "(801) 555-0120"], "87-2210934", 38400.00),
                               (["Tessellate Studio LLC", "1450 Wasatch Drive", "Park City, UT 84060",
                                 "(435) 555-0191"], "45-0917736", 9250.00)):
        nec = form1099("NEC", 2046, payer, tin, name, addr, app.ssn, nec_boxes(amount, "UT", "14402207-002"))
        p.born(f"{loan}_1099_{payer[0].split()[0].lower()}.pdf", (other_doc(), digital(nec)))
    tp = Taxpayer("Priya", "N", "Castellanos", app.ssn, addr[0], "Salt Lake City", "UT", "84106", app.phone)
    p.born(f"{loan}_4506C.pdf", (f4506c_doc(app.signed_on), form4506c(tp, app.signed_on, True, seed + 2).pdf))
    on = dt.date(2047, 6, 11)
    letter = hardship_letter(name, co, addr, loan, on, [
        "I run a one-person graphic design studio. For four years most of my work came from one client, Halcyon "
        "Outdoor Brands, under a retainer contract. In January Halcyon moved its design work in-house and did not "
        "renew the contract when it ended on January 31. That contract was about 70 percent of my income.",
        "I am rebuilding with smaller clients and online sales, but they pay far less. My husband Daniel was laid "
        "off from his warehouse job in April and is drawing unemployment while he looks for work.",
        "We are asking for a modification so we can keep our home while my business recovers."],
        signed=False, seed=seed, font="Helvetica")
    p.born(f"{loan}_letter.pdf", (letter_doc(on), digital(letter)))
    return p


def packet_bl3(seed: int) -> Packet:
    """A courier who lost a dedicated-route contract and his wife's W-2 job: ONE 300 dpi grey scan of the packet
    behind the mailroom's separator sheet; everything signed and dated in ink."""
    rng = random.Random(f"bl3-{seed}")
    received = dt.date(2047, 8, 6)
    name, co = "Marcus D. Feeney", "Alicia M. Feeney"
    addr = ["1127 Carlile Avenue", "Pueblo, CO 81004"]
    pnl = make_pnl(rng, "Feeney Courier Services", name, 2047, 4, 3,
                   [("Parcelwing route pay", 2900, 3600), ("Direct deliveries - local businesses", 300, 700),
                    ("Customer tips", 150, 300)], [],
                   [("Fuel", 520, 700), ("Cargo van lease", 489, 489), ("Commercial auto insurance", 214, 214),
                    ("Maintenance and tires", 60, 300), ("Phone and data", 85, 95), ("Tolls and parking", 20, 60)])
    stubs = [clinic_stub(random.Random(f"bl3-stub-{seed}"), "Bessemer Valley Medical Group",
                         "2002 Lake Avenue, Pueblo, CO 81004", co, "BVM-20731", "Patient Access Coordinator", d,
                         dt.date(2047, 1, 4), 24.85) for d in (dt.date(2047, 7, 19), dt.date(2047, 8, 2))]
    loan = "3360457712"
    signed_on = dt.date(2047, 7, 30)
    app = App(loan, name, "938-61-2750", addr[0], "Pueblo", "CO", "81004", "(719) 555-0133", "mdfeeney@example.net",
              "primary_residence", ["other"], dt.date(2047, 3, 15), "long",
              {"wages": stubs[-1][1].fields["monthly_gross"], "self_employment": r2(pnl.net / 3)}, signed_on,
              co=co, co_ssn="938-70-4416", co_phone="(719) 555-0139", other_text="Lost dedicated route contract",
              business="Feeney Courier Services (package delivery)", se_gross=r2(pnl.total(pnl.income) / 3),
              seed=seed + 31)
    p = Packet("bl3", received, app, [])
    style = Scan(dpi=300, tilt=0.35, blur=0.5, noise=0.0004)
    on = signed_on
    letter = hardship_letter(name, co, addr, loan, on, [
        "Since 2044 I have run my own courier van. My steady income came from a dedicated-route contract with "
        "Ridgeway Medical Labs, carrying specimens between their clinics every weekday. On March 15 Ridgeway gave "
        "the route to a national courier company and ended my contract with two weeks' notice.",
        "I now deliver blocks for Parcelwing and take local jobs, but the pay is about half of what the contract "
        "paid and the fuel and van lease did not go down. Alicia's paycheck covers our food and bills, not the "
        "mortgage. We are asking for a modification."], signed=True, seed=seed + 3)
    tp = Taxpayer("Marcus", "D", "Feeney", app.ssn, addr[0], "Pueblo", "CO", "81004", app.phone)
    sunday = received - dt.timedelta(days=received.weekday() + 1)
    parts: list[tuple[Doc | None, list[Sheet]]] = [
        (None, scan_printed(printed(separator_sheet(loan)), style, seed + 300)),
        (Doc("mortgage_assistance_application", {}),
         scan_printed(printed(qms_se7(app, "Pikes Peak Savings, checking ending 3120", "Parcelwing Flex; local shops")),
                      style, seed + 301)),
        (pnl_doc(pnl, on), scan_printed(printed(typed_quarterly_pnl(pnl, "Second quarter 2047", on, seed + 32)),
                                        style, seed + 302))]
    parts += [(doc, scan_printed(printed(paper), style, seed + 303 + i)) for i, (paper, doc) in enumerate(stubs)]
    parts += [(other_doc(), scan_printed(printed(parcelwing_weekly(rng, name, sunday, "3120")), style, seed + 306)),
              (f4506c_doc(on), scan_printed(form4506c(tp, on, False, seed + 33), style, seed + 307)),
              (letter_doc(on), scan_printed(printed(letter), style, seed + 308))]
    p.scan(f"SCN_{received.strftime('%Y%m%d')}_103212.pdf", *parts)
    return p


def packet_bl4(seed: int) -> Packet:
    """A handyman after a hailstorm: Form 710 on the screen, a LedgerLeaf year-to-date P&L certified and signed on the
    screen, and a 4506-C typed but never signed."""
    rng = random.Random(f"bl4-{seed}")
    received = dt.date(2047, 5, 21)
    name, addr = "Hollis G. Brandvold", ["3314 Evans Avenue", "Cheyenne, WY 82001"]
    pnl = make_pnl(rng, "Brandvold Yard & Handyman", name, 2047, 1, 4,
                   [("Handyman services", 1600, 2600), ("Lawn & snow services", 200, 900), ("Tasklark jobs", 300, 700)],
                   [("Materials & supplies", 250, 600)],
                   [("Fuel", 180, 320), ("Equipment rental", 0, 250), ("Insurance - general liability", 118, 118),
                    ("Phone", 72, 72), ("Tasklark service fees", 45, 110), ("Repairs & maintenance", 40, 260)])
    loan = "4105562290"
    signed_on = dt.date(2047, 5, 14)
    app = App(loan, name, "977-14-6029", addr[0], "Cheyenne", "WY", "82001", "(307) 555-0116",
              "hollis.brandvold@example.net", "primary_residence", ["disaster", "reduction_in_income"],
              dt.date(2047, 3, 28), "short", {"self_employment": r2(pnl.net / 4)}, signed_on, seed=seed + 41)
    p = Packet("bl4", received, app, ["irs_form_4506c"])
    stem = f"Brandvold {loan}"
    p.born(f"{stem} application.pdf", (Doc("mortgage_assistance_application", {}), form710(app, screen=True).pdf))
    p.born(f"{stem} profit and loss.pdf", (pnl_doc(pnl, signed_on),
                                           digital(ledgerleaf_pnl(pnl, dt.date(2047, 5, 3), "4:52 PM", signed_on,
                                                                  seed + 42))))
    nec = form1099("NEC", 2046, ["Tasklark Marketplace, Inc.", "500 Seventeenth Street", "Denver, CO 80202",
                                 "(720) 555-0150"], "83-3301952", name, addr, app.ssn,
                   nec_boxes(r2(rng.uniform(6800, 9400)), "WY", "N/A"))
    p.born(f"{stem} 1099.pdf", (other_doc(), digital(nec)))
    tp = Taxpayer("Hollis", "G", "Brandvold", app.ssn, addr[0], "Cheyenne", "WY", "82001", app.phone)
    p.born(f"{stem} 4506-C.pdf", (f4506c_doc(None), form4506c(tp, None, True, seed).pdf))
    on = signed_on
    letter = hardship_letter(name, None, addr, loan, on, [
        "On March 28 a hailstorm went through the east side of Cheyenne. It destroyed my work trailer and most of "
        "the tools in it, and cracked the windshield and roof of my truck. My insurance paid part of the trailer "
        "but not the tools, and I lost three weeks of work while I replaced what I could.",
        "I am self-employed doing repairs, yard work and snow removal, and spring is when I earn the most. Losing "
        "those weeks put me behind on the mortgage. I expect to catch up by fall, and I am asking for a plan that "
        "lets me bring the loan current."], signed=False, seed=seed)
    p.born(f"{stem} letter.pdf", (letter_doc(on), digital(letter)))
    return p


def packet_bl5(seed: int) -> Packet:
    """A house cleaner and grocery shopper who photographed her papers with a phone: last year's fourth-quarter
    statement of income and expenses and a single bank statement."""
    rng = random.Random(f"bl5-{seed}")
    received = dt.date(2047, 5, 15)
    name, addr = "Yesenia T. Montoya", ["509 Calle del Sol SW", "Albuquerque, NM 87105"]
    pnl = make_pnl(rng, "Yesenia T. Montoya dba Sparkle Nest Cleaning", name, 2046, 10, 3,
                   [("House cleaning services", 1500, 2100), ("HopCart shopper earnings", 700, 1100)],
                   [("Cleaning supplies", 90, 160)],
                   [("Vehicle fuel", 180, 260), ("Mobile phone", 60, 60), ("Liability insurance", 41, 41)])
    acct, member = "6203116631", "558213"

    def hopcart(r: random.Random) -> str:
        return f"HOPCART PAYMENTS FASTPAY {ref(r, 6)}"

    start, end = month_bounds(2047, 4)
    txns = payouts(rng, start, end, hopcart, 40, 140, 0.45)
    txns += picks(rng, start, end, 10, ["GLIMMER PAY CASHOUT"], 60, 180, 1)
    txns += picks(rng, start, end, 2, ["DEPOSIT - CASH"], 100, 250, 1)
    txns += debits(rng, start, end, 9, [(2, "PNM ELECTRIC", 96.30), (8, "CRICKET WIRELESS", 60.00),
                                        (15, "GEICO AUTO", 148.20), (22, "NM GAS CO", 41.75)])
    m = month(2047, 4, r2(rng.uniform(300, 600)), txns)
    gross = float(round(m.money_in))
    loan = "2218804396"
    signed_on = dt.date(2047, 5, 9)
    app = App(loan, name, "929-83-5140", addr[0], "Albuquerque", "NM", "87105", "(505) 555-0127",
              "yesenia.montoya@example.com", "primary_residence", ["reduction_in_income"], dt.date(2046, 12, 1),
              "long", {"self_employment": whole_tens(gross * 0.8)}, signed_on,
              business="Sparkle Nest Cleaning; HopCart shopper", se_gross=gross, seed=seed + 51)
    p = Packet("bl5", received, app, ["income_doc:self_employment"])
    style = Scan(dpi=165, photo=True)
    folder = loan
    paper, doc = sagebrush_statement(name, addr, member, acct, m)
    tp = Taxpayer("Yesenia", "T", "Montoya", app.ssn, addr[0], "Albuquerque", "NM", "87105", app.phone)
    letter = hardship_letter(name, None, addr, loan, signed_on, [
        "I clean houses and I shop for HopCart. In December two of my steady cleaning clients moved away and a "
        "third cut back to once a month, and HopCart lowered its batch pay in my area at the same time.",
        "I have found some new clients, but I still make about a third less than last year. I want to keep my "
        "house and I am asking for a lower payment."], signed=True, seed=seed + 5)
    papers: list[tuple[str, Doc, Printed]] = [
        ("IMG_4471.pdf", Doc("mortgage_assistance_application", {}),
         printed(qms_se7(app, "Sagebrush Trail Credit Union, checking ending 6631",
                         "House cleaning clients (Glimmer Pay), HopCart"))),
        ("IMG_4474.pdf", pnl_doc(pnl, dt.date(2047, 1, 22)),
         printed(preparer_statement(pnl, "Rio Grande Tax & Bookkeeping", dt.date(2047, 1, 18), dt.date(2047, 1, 22),
                                    seed + 52))),
        ("IMG_4475.pdf", doc, printed(paper)),
        ("IMG_4478.pdf", other_doc(), printed(hopcart_monthly(rng, name, 2047, 4, "4410"))),
        ("IMG_4479.pdf", f4506c_doc(signed_on), form4506c(tp, signed_on, False, seed + 53)),
        ("IMG_4480.pdf", letter_doc(signed_on), printed(letter))]
    for i, (fname, d, pr) in enumerate(papers):
        p.scan(f"{folder}/{fname}", (d, scan_printed(pr, style, seed + 500 + i)))
    return p


def packet_bl6(seed: int) -> Packet:
    """A delivery driver after knee surgery: Form 710 printed and signed in ink, one 240 dpi grey scan per paper;
    the landscape P&L and HopCart summary went through the scanner in portrait."""
    rng = random.Random(f"bl6-{seed}")
    received = dt.date(2047, 9, 18)
    name, addr = "Gideon P. Hartsock", ["2950 Jet Wing Drive", "Colorado Springs, CO 80916"]
    pnl = make_pnl(rng, "Gideon P. Hartsock - delivery and rideshare", name, 2047, 1, 8,
                   [("HopCart shopper payouts", 900, 1400), ("Zipply fares and tips", 1200, 2300),
                    ("Other gig income", 0, 150)], [],
                   [("Vehicle fuel", 210, 340), ("Vehicle repairs & maintenance", 0, 280), ("Auto insurance", 176, 176),
                    ("Phone & data", 78, 78), ("Parking & tolls", 10, 45), ("Insulated bags & supplies", 0, 40)])
    for _, vals in pnl.income:  # June and July: off the road after the operation
        vals[5] = r2(vals[5] * 0.3)
        vals[6] = r2(vals[6] * 0.55)
    loan = "6641027753"
    signed_on = dt.date(2047, 9, 10)
    app = App(loan, name, "984-22-7361", addr[0], "Colorado Springs", "CO", "80916", "(719) 555-0171",
              "g.hartsock@example.org", "primary_residence", ["disability_or_illness", "reduction_in_income"],
              dt.date(2047, 6, 9), "short", {"self_employment": r2(pnl.net / 8)}, signed_on, seed=seed + 61)
    p = Packet("bl6", received, app, [])
    style = Scan(dpi=240, tilt=0.3, blur=0.55, noise=0.0005)
    side = Scan(dpi=240, tilt=0.25, blur=0.55, noise=0.0005, sideways=True)
    tp = Taxpayer("Gideon", "P", "Hartsock", app.ssn, addr[0], "Colorado Springs", "CO", "80916", app.phone)
    nec = form1099("NEC", 2046, ["HopCart Inc.", "PO Box 77045", "San Mateo, CA 94403", "(650) 555-0118"],
                   "46-8820154", name, addr, app.ssn, nec_boxes(r2(rng.uniform(12800, 16900)), "CO", "N/A"))
    letter = hardship_letter(name, None, addr, loan, signed_on, [
        "I earn my living driving for Zipply and shopping for HopCart. On June 9 I had surgery to repair a torn "
        "ligament in my right knee, and my surgeon did not let me drive for six weeks. I had no income at all in "
        "late June and only part-time work in July.",
        "I am back to full days now, but the missed weeks and the medical bills put me two payments behind. I am "
        "asking for help to bring my loan current."], signed=True, seed=seed + 6)
    papers: list[tuple[str, Doc, Printed, Scan]] = [
        ("application", Doc("mortgage_assistance_application", {}), form710(app, screen=False), style),
        ("profit and loss", pnl_doc(pnl, signed_on), printed(brightbooks_by_month(pnl, signed_on, seed + 62)), side),
        ("hopcart august", other_doc(), printed(hopcart_monthly(rng, name, 2047, 8, "7702")), side),
        ("1099-NEC", other_doc(), printed(nec), style),
        ("4506-C", f4506c_doc(signed_on), form4506c(tp, signed_on, False, seed + 63), style),
        ("letter", letter_doc(signed_on), printed(letter), style)]
    for i, (label, d, pr, st) in enumerate(papers):
        p.scan(f"{loan} {label}.pdf", (d, scan_printed(pr, st, seed + 600 + i)))
    return p


def packet_bl7(seed: int) -> Packet:
    """An event video producer whose main client went bankrupt: loose files "LN<loan>-<n>.pdf"; the co-applicant did
    not sign and there is no letter in the borrower's own words, only the client's termination notice."""
    rng = random.Random(f"bl7-{seed}")
    received = dt.date(2047, 7, 24)
    name, co = "Corbin A. Szabo", "Natalia R. Szabo"
    addr = ["4180 Darley Avenue", "Boulder, CO 80305"]
    business = "Szabo Media Works"
    acct = "3007710932"
    clients = ["ACH CREDIT FOLDLINE BREWING CO", "ACH CREDIT UNIV OF COLO CONF SVC", "ACH CREDIT PEARL ST ARTS FEST"]

    def stripe(r: random.Random) -> str:
        return f"STRIPE TRANSFER ST-{ref(r, 6)}"

    months = []
    checks: dict[str, int] = {}
    begin = r2(rng.uniform(2400, 3600))
    for i, mon in enumerate((5, 6)):
        start, end = month_bounds(2047, mon)
        txns = payouts(rng, start, end, stripe, 90, 480, 0.3)
        txns += picks(rng, start, end, 2, clients, 450, 1600, 1)
        txns += picks(rng, start, end, 3, ["MOBILE DEPOSIT"], 150, 650, 1)
        txns += picks(rng, start, end, 4, ["GLIMMER PAY CASHOUT"], 40, 200, 1)
        txns += picks(rng, start, end, 3, ["LENSWORKS RENTAL BOULDER", "B&H PHOTO VIDEO", "ADOBE CREATIVE CLOUD"],
                      40, 420, -1)
        txns += picks(rng, start, end, 2, ["TRANSFER TO PERSONAL **7710"], 800, 1600, -1)
        txns += debits(rng, start, end, 5, [(10, "FRONTIER INTERNET", 79.99),
                                            (15, "STATE FARM COMMERCIAL AUTO", 186.40)])
        for j, amount in enumerate((850.00, r2(rng.uniform(300, 700)))):  # the studio's rent, a second shooter
            number = 1041 + 2 * i + j
            checks[f"Check {number}"] = number
            txns.append(Txn(start + dt.timedelta(days=rng.randint(2, 20)), f"Check {number}", -amount))
        months.append(month(2047, mon, begin, txns))
        begin = months[-1].ending
    gross = float(round(sum(m.money_in for m in months) / 2))
    loan = "7790215536"
    signed_on = dt.date(2047, 7, 17)
    app = App(loan, name, "913-55-8042", addr[0], "Boulder", "CO", "80305", "(303) 555-0194",
              "corbin@szabomedia.example", "primary_residence", ["other"], dt.date(2047, 4, 30), "long",
              {"self_employment": whole_tens(gross * 0.55)},
              signed_on, co=co, co_ssn="913-60-2291", co_phone="(303) 555-0197", co_signs=False,
              other_text="Main client went bankrupt; contract ended", business=business + " (event video)",
              se_gross=gross, seed=seed + 71)
    p = Packet("bl7", received, app, ["application_signature", "hardship_doc:other"])
    p.born(f"LN{loan}-1.pdf", (Doc("mortgage_assistance_application", {}),
                               digital(qms_se7(app, "Granite Ledge Bank, business checking ending 0932",
                                               "Stripe, event clients, Glimmer Pay"))))
    for i, m in enumerate(months):
        paper, doc = granite_statement(business, addr, acct, m, checks)
        p.born(f"LN{loan}-{2 + i}.pdf", (doc, digital(paper)))
    notice = termination_notice(
        ["CASCADIA LIVE EVENTS, INC.", "Production Services  -  2600 Walnut Street, Denver, CO 80205",
         "Renata Oyelaran-Pike", "Chief Operating Officer"], name, business, addr, dt.date(2047, 4, 30),
        dt.date(2044, 3, 1), [
            "As you may know, Cascadia Live Events, Inc. filed a voluntary petition under Chapter 7 of the "
            "Bankruptcy Code on April 28, 2047 and has ceased operations.",
            "This letter gives notice that the Independent Contractor Agreement between Cascadia and Szabo Media "
            "Works is terminated effective immediately. All scheduled productions, including the summer concert "
            "series, are cancelled.",
            "Invoices for work performed before the petition date should be filed as claims with the Chapter 7 "
            "trustee. We thank you for your years of excellent work."])
    p.born(f"LN{loan}-4.pdf", (other_doc(), digital(notice)))
    nec = form1099("NEC", 2046, ["Cascadia Live Events, Inc.", "2600 Walnut Street", "Denver, CO 80205",
                                 "(303) 555-0124"], "84-1093377", name, addr, app.ssn,
                   nec_boxes(41600.00, "CO", "39-11047"))
    p.born(f"LN{loan}-5.pdf", (other_doc(), digital(nec)))
    tp = Taxpayer("Corbin", "A", "Szabo", app.ssn, addr[0], "Boulder", "CO", "80305", app.phone)
    p.born(f"LN{loan}-6.pdf", (f4506c_doc(signed_on), form4506c(tp, signed_on, True, seed + 7).pdf))
    return p


def packet_bl8(seed: int) -> Packet:
    """A hair stylist renting a salon suite, with child support: ONE born-digital portal upload of the whole packet."""
    rng = random.Random(f"bl8-{seed}")
    received = dt.date(2047, 10, 17)
    name, addr = "Imani S. Thackeray", ["1805 Avenida de Mesilla", "Las Cruces, NM 88005"]
    acct, member = "6203348819", "604417"

    def tillpoint(r: random.Random) -> str:
        return f"TILLPOINT PAYMENTS SETTLE {ref(r, 7)}"

    months = []
    begin = r2(rng.uniform(700, 1200))
    for mon in (8, 9):
        start, end = month_bounds(2047, mon)
        txns = [t for t in payouts(rng, start, end, tillpoint, 60, 320, 0.8) if t.day.weekday() in (1, 2, 3, 4, 5)]
        txns += picks(rng, start, end, 5, ["GLIMMER PAY CASHOUT"], 25, 120, 1)
        txns += fixed(start, [(1, "NM CHILD SUPPORT SDU PAYMENT", 325.00),
                              (16, "NM CHILD SUPPORT SDU PAYMENT", 325.00)])
        txns += picks(rng, start, end, 3, ["SALONCENTRIC #2231", "COSMOPROF #0418"], 60, 240, -1)
        txns += debits(rng, start, end, 4, [(1, "MESILLA SALON SUITES RENT", 950.00), (6, "EL PASO ELECTRIC", 131.12),
                                            (12, "VERIZON WIRELESS", 92.00), (25, "TILLPOINT MONTHLY FEE", 29.00)])
        months.append(month(2047, mon, begin, txns))
        begin = months[-1].ending
    cards = r2(sum(t.amount for m in months for t in m.txns if t.desc.startswith(("TILLPOINT PAYMENTS", "GLIMMER")))
               / 2)
    gross = float(round(cards / 0.973))
    loan = "0920448157"
    signed_on = dt.date(2047, 10, 10)
    app = App(loan, name, "957-31-0624", addr[0], "Las Cruces", "NM", "88005", "(575) 555-0158",
              "imani.hairstudio@example.com", "primary_residence",
              ["increase_in_housing_expenses", "reduction_in_income"], dt.date(2047, 6, 1), "long",
              {"self_employment": whole_tens(gross * 0.62), "other": 650.00}, signed_on,
              business="Imani Thackeray Hair Studio (salon suite)", se_gross=gross, se_fees=r2(gross * 0.027),
              seed=seed + 81)
    p = Packet("bl8", received, app, [])
    parts: list[tuple[Doc | None, bytes]] = [
        (Doc("mortgage_assistance_application", {}),
         digital(qms_se7(app, "Sagebrush Trail Credit Union, checking ending 8819",
                         "Salon clients by card (Tillpoint), Glimmer Pay tips")))]
    for m in months:
        paper, doc = sagebrush_statement(name, addr, member, acct, m)
        parts.append((doc, digital(paper)))
    monthly = [r2(rng.uniform(2600, 3900)) for _ in range(12)]
    parts.append((other_doc(), digital(form1099("K", 2046, ["Tillpoint Payments, Inc.", "9100 Jefferson Street NE",
                                                            "Albuquerque, NM 87113", "(505) 555-0102"], "85-2046613",
                                                name, addr, app.ssn, k_boxes(monthly, rng.randint(900, 1400),
                                                                             "7230")))))
    tp = Taxpayer("Imani", "S", "Thackeray", app.ssn, addr[0], "Las Cruces", "NM", "88005", app.phone)
    parts.append((f4506c_doc(signed_on), form4506c(tp, signed_on, True, seed + 8).pdf))
    letter = hardship_letter(name, None, addr, loan, signed_on, [
        "I am a self-employed hair stylist renting a suite at Mesilla Salon Suites. In June the suite rent went up "
        "from $700 to $950 a month, and the same month my homeowner's insurance renewed at almost double the old "
        "premium after the spring hail claims in our area, so my escrow payment went up too.",
        "At the same time several of my regular clients moved to a new salon, and my bookings are down. I receive "
        "$650 a month in child support, which helps, but I cannot keep up with the higher payment. Please review me "
        "for a modification."], signed=False, seed=seed, font="Helvetica")
    parts.append((letter_doc(signed_on), digital(letter)))
    p.born(f"{loan}_portal_upload.pdf", *parts)
    return p


# --- main ---------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bl1, packet_bl2, packet_bl3, packet_bl4, packet_bl5, packet_bl6,
                                             packet_bl7, packet_bl8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, `scanned` against the text layer, the
    pay stub arithmetic, and that each money and name field of a born-digital paper is printed on its pages."""
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
        if dt.date.fromisoformat(exp["received_on"]).weekday() > 4:
            problems.append(f"{name}: received on a weekend")
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
            text = ""
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
                page_text = reader.pages[pg["page"] - 1].extract_text().replace(SYNTH, "").strip()
                text += page_text + "\n"
                if bool(page_text) == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={bool(page_text)} on {key}")
            fields = doc["fields"]
            for k, v in fields.items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
                if k in MONEY_FIELDS and v is not None and not doc["scanned"] and money(v) not in text:
                    problems.append(f"{name}: {doc['id']} {k} {money(v)} is not printed on its pages")
                if k in NAME_FIELDS and not doc["scanned"] and v.lower() not in text.lower():
                    problems.append(f"{name}: {doc['id']} {k} {v!r} is not printed on its pages")
            if doc["type"] == "pay_stub":
                mg = r2(fields["gross_current"] * PERIODS[fields["frequency"]] / 12)
                if abs(mg - fields["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {fields}")
        listed = {(f, n) for f, r in readers.items() for n in range(1, len(r.pages) + 1)}
        files = {str(f.relative_to(exp_path.parent / "inbox")) for f in (exp_path.parent / "inbox").rglob("*.pdf")}
        if files != set(readers):
            problems.append(f"{name}: files without a listed document: {sorted(files - set(readers))}")
        unlisted = sorted(listed - seen)
        if len(unlisted) > (1 if name == "bl3" else 0):  # bl3's separator sheet is the one page no document holds
            problems.append(f"{name}: pages not listed {unlisted}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bl1 ..)")
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
