"""A thirty-first holdout set of borrower packets (ae1..ae8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z, aa, ab, ac and ad sets, written without looking at the service's code, rules, data files or
tests, to estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ae.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.1 to 0.6 degrees, a
little blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white), and the hand-written
parts are signatures and the dates beside them.

Applications: the real Form 710 (April 2023) filled through its AcroForm in two packets - typed on screen, signed
with drawn strokes laid over its signature field and the date typed into its field, e-mailed (ae1); typed, printed,
signed and dated in ink by both spouses and scanned grey at 300 dpi by the mailroom (ae4). Two servicers' own
two-page forms, each typed in its PDF and signed on the screen, and printed, signed in ink and scanned or faxed:
Harrow Point Mortgage Servicing's "Mortgage Help Questionnaire" (HPM-Q12: a green rule under a serif name, ONE
column of numbered questions asked as whole sentences - "1. What is the loan number shown on your monthly
statement?", "6. What is the street address of the home this loan is on?" -, every other question on a pale shaded
band, the typed answer in Courier on a rule UNDER its question, the choices as rows whose right-hand "Mark one" (or
"Mark all that apply") column takes a check mark (✓), the income on page 2 as question 11 "How much money does your
household receive each month, before taxes?" with eight source rows and a "Total each month" row, signature and
"Date signed" rules for borrower and co-borrower) - ae2 and ae7 on screen, ae3 in ink; Copperfield Home Loan
Servicing's "Request for Mortgage Relief" (CHL-88: dark section bars, every answer in a wide white LEFT cell and its
caption in a narrow grey cell to the RIGHT of it - "0009184736 | A1 Loan number" -, row codes A1..E4 in the caption
cells, choices as "[X]" / "[ ]" in the answer cell, reasons in two columns inside one answer cell, income amounts set
flush right in the answer cells with a "Total monthly income" row, the signatures and their dates in answer cells
whose captions stand to their right) - ae5 on screen, ae6 in ink and faxed with its date left blank by the
borrower, ae8 in ink and scanned. Co-borrowers in ae2, ae4, ae6 and ae8.

Pay: a payroll service's weekly "CREW PAY STUB" (Fieldhand Payroll: a dark top band, five tiles Pay date / Week /
Gross / Deductions / Net pay, a Sun..Sat daily hours grid, Earnings and Deductions tables with This week / Year to
date) for a landscape nursery's crew leader and a cabinet shop's finisher; a fictional state's MONTHLY "Earnings
Statement" (State of Columbia, Office of the State Controller: a round seal, a 3 x 3 grid of captioned cells -
Employee, Employee ID, Agency, Position, Pay period, Warrant date, Pay frequency -, earnings and deductions stacked,
Current / Calendar YTD columns, a net pay line) for three state employees; a restaurant point-of-sale system's
bi-weekly RECEIPT-WIDTH stub (Toastline Payroll: a narrow column in a fixed-width face centred on the page, tipped
wage at a tip-credit rate, credit card tips and declared cash tips inside the gross, cash tips taken back out before
the net) for a server and a line cook's kitchen tip share. Every year-to-date figure is the sum of that year's checks.
Statements: a credit union's two-page "Member Account Statement" (Harbor Light CU: shaded alternating transaction
rows, Withdrawals / Deposits / Balance, "Page 1 of 2") and a mutual bank's one-page statement (Prairie Mutual Bank: a
grey summary sidebar at the left, the register in a fixed-width face with a running balance, "Statement period: June
1 through June 30, 2036"). Letters and papers: typed hardship letters (unsigned when e-mailed, signed in ink when
scanned or faxed), the U.S. Office of Personnel Management's annuity statement (taxable, monthly; dated in December,
so stale by June), a group disability insurer's long-term disability approval letter (taxable, monthly), a county
court's final judgment of dissolution of marriage, page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over and
signed and dated in ink, the mailroom's Code 128 "LOAN <number>" separator sheet and a copy shop's fax cover sheet
(neither is a document).

Deliveries: a folder named after the loan of e-mailed born-digital files (ae1); loose born-digital files named
"<loan>_..." (ae2); ONE 240 dpi grey scan of the whole packet without a separator sheet named "<Surname> <loan>.pdf"
(ae3); ONE 300 dpi grey mailroom scan behind the separator sheet, no loan number in its name (ae4); loose born-digital
files named "LN<loan> <Surname> - ..." (ae5); ONE fax behind its cover sheet under the fax server's name (ae6); loose
born-digital files named "<Surname>, <First> - <loan> - ..." (ae7); a folder named after the loan holding one 200
dpi grey scan per paper under a phone scanner app's names beside downloaded e-statements (ae8).

Complete: ae1 (two fresh weekly stubs with year-to-date pay; a reduction in income needs no papers), ae3 (two fresh
tip stubs; a disaster needs no papers), ae4 (two consecutive fresh business bank statements cover self-employment
and wages; the borrower's letter covers the illness; a signed 4506-C), ae8 (two consecutive fresh statements cover
self-employment, a fresh disability letter covers the co-borrower's benefits, a signed 4506-C). Incomplete: ae2
(income_doc:benefits_taxable - the only paper for the co-borrower's annuity is OPM's December statement, stale),
ae5 (irs_form_4506c - rental income claimed, no 4506-C), ae6 (application_signature - the borrower signed but left
the date blank), ae7 (hardship_doc:other - an "other" hardship and no letter explaining it).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet. `--check` validates every expected.json (keys, codes, types, dates, that every listed
page exists, that `scanned` matches the absence of a text layer, and that the rules give the scenario's codes).
Received dates fall between late May and mid-August 2036. Every file is the same bytes for a seed: reportlab runs in
invariant mode, Pillow's PDF dates are fixed, scans use seeded noise. All people, employers, banks and servicers are
fictional; SSNs appear as last four only, and every page carries a faint "synthetic test document" line.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import io
import itertools
import json
import logging
import math
import random
import re
import sys
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

logging.getLogger("pypdf").setLevel(logging.ERROR)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FORM710 = SHARED / "reference" / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = SHARED / "reference" / "irs-form4506c-rev2022-10-blank.pdf"
W, H = letter
FONT_DIR = Path("/usr/share/fonts/truetype")
DEJAVU = FONT_DIR / "dejavu" / "DejaVuSans.ttf"
HAND_FONT = FONT_DIR / "dejavu" / "DejaVuSans-Oblique.ttf"
SYNTH = "synthetic test document - fictional people and companies"

DOC_TYPES = {
    "mortgage_assistance_application", "pay_stub", "bank_statement", "hardship_letter", "profit_and_loss_statement",
    "tax_return", "w2", "irs_form_4506c", "unemployment_benefit_letter", "benefit_award_letter",
    "investment_statement", "rent_check", "divorce_decree", "quitclaim_deed", "death_certificate", "obituary",
    "medical_statement", "employer_relocation_letter", "military_pcs_orders", "separator_sheet", "other",
}
HARDSHIPS = ["unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
             "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation", "other"]
INCOMES = ["wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
           "investment", "other"]
OCCUPANCIES = ["primary_residence", "second_home", "investment_property"]
STUB_FIELDS = ["employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
               "gross_ytd", "net_current", "monthly_gross"]
BANK_FIELDS = ["bank_name", "account_last4", "period_start", "period_end", "beginning_balance", "ending_balance"]
APP_FIELDS = ["loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
              "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"]
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
FRESH_DAYS = 90

pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))


# --- small helpers -------------------------------------------------------------------------------------------------


def money(value: float | Decimal) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def fm(value: Decimal | float, dollar: bool = False) -> str:
    text = f"{money(value):,.2f}"
    return ("$" + text) if dollar else text


def us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def fixed_time(d: dt.date) -> Any:
    return dt.datetime(d.year, d.month, d.day, 9, 0, 0).timetuple()


def new_canvas(buf: io.BytesIO, title: str, pagesize: tuple[float, float] = letter) -> canvas.Canvas:
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setCreator("holdout_packets_ae")
    return c


def synth_line(c: canvas.Canvas) -> None:
    c.saveState()
    c.setFillGray(0.72)
    c.setFont("Helvetica", 5.5)
    c.drawCentredString(W / 2, 5, SYNTH)
    c.restoreState()


def T(top: float) -> float:
    """A distance from the page's top, as reportlab's y."""
    return H - top


def text(c: canvas.Canvas, x: float, top: float, s: str, font: str = "Helvetica", size: float = 9.5,
         gray: float = 0.0, align: str = "l") -> None:
    c.setFont(font, size)
    c.setFillGray(gray)
    if align == "r":
        c.drawRightString(x, T(top), s)
    elif align == "c":
        c.drawCentredString(x, T(top), s)
    else:
        c.drawString(x, T(top), s)
    c.setFillGray(0)


def rect(c: canvas.Canvas, x: float, top: float, w: float, h: float, fill: float | None = None,
         stroke: float | None = 0.0, width: float = 0.6, rgb: tuple[float, float, float] | None = None) -> None:
    c.saveState()
    c.setLineWidth(width)
    if rgb is not None:
        c.setFillColorRGB(*rgb)
    elif fill is not None:
        c.setFillGray(fill)
    if stroke is not None:
        c.setStrokeGray(stroke)
    c.rect(x, T(top + h), w, h, stroke=1 if stroke is not None else 0, fill=1 if (fill is not None or rgb) else 0)
    c.restoreState()


def hline(c: canvas.Canvas, x1: float, x2: float, top: float, width: float = 0.6, gray: float = 0.0) -> None:
    c.saveState()
    c.setLineWidth(width)
    c.setStrokeGray(gray)
    c.line(x1, T(top), x2, T(top))
    c.restoreState()


def wrap(s: str, width: int) -> list[str]:
    words, lines, line = s.split(), [], ""
    for word in words:
        if len(line) + len(word) + 1 > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines


# --- pens: signatures and dates, drawn on the screen or written in ink on paper -----------------------------------


def signature_strokes(name: str, seed: str) -> list[list[tuple[float, float]]]:
    """A scribbled signature as polylines in a unit box (x right, y up)."""
    rng = random.Random(f"sig-{seed}-{name}")
    strokes = []
    parts = [p for p in name.replace(".", "").split() if p][:3]
    x0 = 0.02
    for k, part in enumerate(parts):
        width = 0.12 if len(part) <= 2 else min(0.55, 0.06 * len(part))
        if k == len(parts) - 1:
            width = min(0.98 - x0, max(width, 0.35))
        pts = []
        n = 10 + 3 * len(part)
        amp = rng.uniform(0.22, 0.34)
        freq = rng.uniform(1.2, 2.2) * max(2, len(part) / 2)
        phase = rng.uniform(0, 6.28)
        pts.append((x0, rng.uniform(0.15, 0.35)))
        pts.append((x0 + 0.02, 0.95))
        for i in range(n):
            t = i / (n - 1)
            x = x0 + 0.03 + t * width + 0.015 * math.sin(t * 20 + phase)
            y = 0.45 + amp * math.sin(t * freq * 6.28 + phase) * (1 - 0.4 * t) + rng.uniform(-0.04, 0.04)
            pts.append((x, y))
        strokes.append(pts)
        x0 = x0 + width + 0.05
        if x0 > 0.9:
            break
    end = strokes[-1][-1]
    strokes.append([(end[0] - 0.3, 0.1), (end[0] - 0.1, 0.06), (min(0.99, end[0] + 0.05), 0.14)])
    return strokes


@dataclass
class Mark:
    page: int  # 0-based page of the document
    kind: str  # "sig" or "date"
    x: float  # points, left
    top: float  # points from the page top: the writing's baseline
    w: float
    text: str = ""
    h: float = 0.0


class Pen:
    """Signs and dates a document. On the screen the strokes are drawn into the PDF and the date is typed; on paper
    the marks are only remembered and written in ink onto the printed page's image later."""

    def __init__(self, on_screen: bool, seed: str):
        self.on_screen = on_screen
        self.seed = seed
        self.marks: list[Mark] = []

    def sign(self, c: canvas.Canvas, x: float, top: float, w: float, name: str, h: float = 0.0) -> None:
        page = c.getPageNumber() - 1
        if not self.on_screen:
            self.marks.append(Mark(page, "sig", x, top, w, name, h))
            return
        h = h or min(26.0, w * 0.22)
        c.saveState()
        c.setStrokeColorRGB(0.05, 0.1, 0.35)
        c.setLineWidth(1.1)
        c.setLineCap(1)
        c.setLineJoin(1)
        for stroke in signature_strokes(name, self.seed):
            path = c.beginPath()
            for i, (u, v) in enumerate(stroke):
                px, py = x + u * w, T(top) + (v - 0.15) * h
                if i == 0:
                    path.moveTo(px, py)
                else:
                    path.lineTo(px, py)
            c.drawPath(path, stroke=1, fill=0)
        c.restoreState()

    def date(self, c: canvas.Canvas, x: float, top: float, when: dt.date | None, typed: str | None = None,
             font: str = "Courier", size: float = 10) -> None:
        if when is None:
            return
        if self.on_screen:
            text(c, x, top, typed or us(when), font, size)
        else:
            self.marks.append(Mark(c.getPageNumber() - 1, "date", x, top, 80, f"{when.month}/{when.day}/{when.year}"))


def hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink_marks(image: Image.Image, marks: list[Mark], page: int, dpi: int, seed: str) -> None:
    """Write the remembered signatures and dates in dark ink on a grey page image."""
    draw = ImageDraw.Draw(image)
    scale = dpi / 72
    for n, mark in enumerate(m for m in marks if m.page == page):
        rng = random.Random(f"ink-{seed}-{page}-{n}")
        if mark.kind == "sig":
            w = mark.w * scale
            h = (mark.h or min(30.0, mark.w * 0.24)) * scale
            x0, base = mark.x * scale, mark.top * scale
            for stroke in signature_strokes(mark.text, seed + "paper"):
                pts = [(x0 + u * w, base - (v - 0.15) * h) for u, v in stroke]
                draw.line(pts, fill=35, width=max(2, round(dpi / 110)), joint="curve")
        else:
            font = hand_font(round(12.5 * scale))
            x = mark.x * scale
            base = mark.top * scale
            for ch in mark.text:
                glyph = Image.new("L", (round(20 * scale), round(24 * scale)), 0)
                ImageDraw.Draw(glyph).text((2, 2), ch, fill=255, font=font)
                glyph = glyph.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BILINEAR)
                top = base - 14 * scale + rng.uniform(-1.2, 1.2) * scale
                image.paste(Image.new("L", glyph.size, 40), (round(x), round(top)), glyph)
                x += font.getlength(ch) + rng.uniform(0.2, 1.2) * scale


# --- scanning and faxing ----------------------------------------------------------------------------------------------


def render(pdf_bytes: bytes, dpi: int, forms: bool = False) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf_bytes)
    try:
        if forms:
            document.init_forms()
        images = []
        for page in document:
            bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=forms)
            images.append(bitmap.to_pil().convert("L"))
        return images
    finally:
        document.close()


def scanned(image: Image.Image, dpi: int, seed: str, tilt: float) -> Image.Image:
    """A grey scan of a printed sheet: the paper's tone, a slight tilt, a little blur and speckle."""
    rng = np.random.default_rng(abs(hash_seed(seed)))
    pixels = np.asarray(image, dtype=np.float32)
    pixels = 14 + pixels * 0.9
    img = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "L")
    img = img.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=243)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.35 * dpi / 150))
    arr = np.asarray(img, dtype=np.int16).copy()
    arr += rng.normal(0, 3.0, arr.shape).astype(np.int16)
    specks = rng.random(arr.shape) < 0.00025
    arr[specks] = rng.integers(40, 140, int(specks.sum()))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def faxed(image: Image.Image, seed: str, tilt: float, header: str) -> Image.Image:
    """A 200 dpi black-and-white fax page with the sending machine's header line."""
    rng = np.random.default_rng(abs(hash_seed(seed)))
    img = image.rotate(tilt, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "dejavu" / "DejaVuSansMono.ttf"), 22)
    draw.rectangle((0, 0, img.width, 34), fill=255)
    draw.text((40, 6), header, fill=0, font=font)
    arr = np.asarray(img, dtype=np.int16)
    arr = np.where(arr > 150, 255, 0)
    specks = rng.random(arr.shape) < 0.0006
    arr = np.where(specks, 255 - arr, arr)
    return Image.fromarray(arr.astype(np.uint8), "L").convert("1", dither=Image.Dither.NONE)


def hash_seed(seed: str) -> int:
    value = 0
    for ch in seed:
        value = (value * 131 + ord(ch)) % (2**61 - 1)
    return value


def images_pdf(images: list[Image.Image], dpi: int, when: dt.date) -> bytes:
    buf = io.BytesIO()
    first, *rest = images
    extra = {"quality": 82} if first.mode == "L" else {}
    first.save(buf, "PDF", resolution=float(dpi), save_all=True, append_images=rest, **extra,
               creationDate=fixed_time(when), modDate=fixed_time(when), producer="ScanStation")
    return buf.getvalue()


def separator_page(loan: str, dpi: int) -> Image.Image:
    import zxingcpp

    sheet = Image.new("L", (round(8.5 * dpi), 11 * dpi), 255)
    draw = ImageDraw.Draw(sheet)
    font = ImageFont.truetype(str(FONT_DIR / "dejavu" / "DejaVuSans-Bold.ttf"), round(18 * dpi / 72))
    small = ImageFont.truetype(str(DEJAVU), round(11 * dpi / 72))
    draw.text((dpi, dpi), "LOSS MITIGATION - DOCUMENT SEPARATOR", fill=0, font=font)
    draw.text((dpi, round(1.5 * dpi)), f"Loan number: {loan}", fill=0, font=small)
    draw.text((dpi, round(1.8 * dpi)), "Mailroom use only. Place on top of each borrower packet.", fill=0, font=small)
    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=max(2, dpi // 75))
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))
    code = code.resize((code.width, round(0.9 * dpi)), Image.Resampling.NEAREST)
    sheet.paste(code, (dpi, round(2.6 * dpi)))
    draw.text((dpi, round(0.2 * dpi) + 10 * dpi), SYNTH, fill=170, font=ImageFont.truetype(str(DEJAVU), 14))
    return sheet


# --- pay: schedules, checks, year-to-date ---------------------------------------------------------------------------


def last_business_day(year: int, month: int) -> dt.date:
    d = dt.date(year, month, calendar.monthrange(year, month)[1])
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def schedule(freq: str, year: int) -> list[tuple[dt.date, dt.date, dt.date]]:
    """Every (period start, period end, pay date) whose pay date falls in `year`."""
    out = []
    if freq == "monthly":
        for month in range(1, 13):
            end = dt.date(year, month, calendar.monthrange(year, month)[1])
            out.append((dt.date(year, month, 1), end, last_business_day(year, month)))
        return out
    step, lag = (7, 6) if freq == "weekly" else (14, 6)
    start = dt.date(year - 1, 12, 7)
    while start.weekday() != 6:  # Sunday
        start += dt.timedelta(days=1)
    while True:
        end = start + dt.timedelta(days=step - 1)
        pay = end + dt.timedelta(days=lag)
        if pay.year > year:
            return out
        if pay.year == year:
            out.append((start, end, pay))
        start += dt.timedelta(days=step)


@dataclass
class Job:
    kind: str  # crew | state | server | cook
    key: str
    employer: str
    employer_addr: list[str]
    employee: str
    employee_addr: list[str]
    emp_id: str
    position: str
    rate: Decimal
    agency: str = ""


def overtime(job: Job, hours: Decimal) -> tuple[str, Decimal, Decimal, Decimal]:
    rate = money(job.rate * Decimal("1.5"))
    return ("Overtime", hours, rate, money(hours * rate))


def one_check(job: Job, idx: int) -> tuple[list[tuple[str, Decimal, Decimal, Decimal]], list[tuple[str, Decimal]],
                                            list[float]]:
    """A check's earnings (label, hours, rate, amount), deductions (label, amount) and daily hours."""
    rng = random.Random(f"check-{job.key}-{idx}")
    earn: list[tuple[str, Decimal, Decimal, Decimal]] = []
    daily: list[float] = []
    if job.kind == "crew":
        daily = [0.0] + [rng.choice([8.0, 8.5, 9.0, 9.5, 10.0]) for _ in range(5)] + [rng.choice([0.0, 0.0, 4.0, 5.5])]
        total = Decimal(str(sum(daily)))
        reg = min(total, Decimal(40))
        ot = total - reg
        earn.append(("Regular", reg, job.rate, money(reg * job.rate)))
        if ot:
            earn.append(overtime(job, ot))
    elif job.kind == "state":
        earn.append(("Regular Salary", Decimal("173.33"), Decimal(0), job.rate))
        earn.append(("Longevity Pay", Decimal(0), Decimal(0), Decimal("85.00")))
    elif job.kind == "server":
        hours = Decimal(str(rng.choice([56.5, 58.0, 61.25, 63.5, 64.75, 67.0])))
        earn.append(("Tipped wage", hours, job.rate, money(hours * job.rate)))
        earn.append(("Credit card tips", Decimal(0), Decimal(0), money(rng.randint(68000, 98000) / 100)))
        earn.append(("Cash tips declared", Decimal(0), Decimal(0), money(rng.randint(12000, 21000) / 100)))
    else:  # cook
        ot = Decimal(str(rng.choice([0, 0, 2.5, 4.0, 5.5])))
        earn.append(("Regular", Decimal(80), job.rate, money(80 * job.rate)))
        if ot:
            earn.append(overtime(job, ot))
        earn.append(("Kitchen tip share", Decimal(0), Decimal(0), money(rng.randint(6000, 14500) / 100)))
    gross = sum((e[3] for e in earn), Decimal(0))
    ded: list[tuple[str, Decimal]] = []
    if job.kind == "state":
        ded += [("Federal Withholding", money(gross * Decimal("0.108"))),
                ("State Withholding", money(gross * Decimal("0.046"))),
                ("Social Security", money(gross * Decimal("0.062"))), ("Medicare", money(gross * Decimal("0.0145"))),
                ("State Retirement (PERS)", money(gross * Decimal("0.075"))), ("Health Plan", Decimal("212.40"))]
    else:
        ded += [("Federal income tax", money(gross * Decimal("0.082"))),
                ("Social Security", money(gross * Decimal("0.062"))),
                ("Medicare", money(gross * Decimal("0.0145"))), ("State income tax", money(gross * Decimal("0.038")))]
        if job.kind == "server":
            ded.append(("Cash tips received", earn[2][3]))
        if job.kind == "crew":
            ded.append(("Uniform rental", Decimal("7.50")))
    return earn, ded, daily


@dataclass
class Stub:
    job: Job
    freq: str
    start: dt.date
    end: dt.date
    pay: dt.date
    earnings: list[tuple[str, Decimal, Decimal, Decimal, Decimal]]  # label, hours, rate, current, ytd
    deductions: list[tuple[str, Decimal, Decimal]]  # label, current, ytd
    daily: list[float]
    gross: Decimal
    gross_ytd: Decimal
    ded_total: Decimal
    ded_ytd: Decimal
    net: Decimal
    net_ytd: Decimal
    check_no: str

    def fields(self) -> dict[str, Any]:
        return {"employer": self.job.employer, "employee_name": self.job.employee, "pay_date": self.pay.isoformat(),
                "period_start": self.start.isoformat(), "period_end": self.end.isoformat(), "frequency": self.freq,
                "gross_current": float(self.gross), "gross_ytd": float(self.gross_ytd), "net_current": float(self.net),
                "monthly_gross": float(money(self.gross * PERIODS[self.freq] / 12))}


def make_stub(job: Job, freq: str, pay_on_or_before: dt.date) -> Stub:
    checks = [c for c in schedule(freq, pay_on_or_before.year) if c[2] <= pay_on_or_before]
    ytd_e: dict[str, Decimal] = {}
    ytd_d: dict[str, Decimal] = {}
    for idx, _ in enumerate(checks):
        earn, ded, daily = one_check(job, idx)
        for label, _h, _r, amount in earn:
            ytd_e[label] = ytd_e.get(label, Decimal(0)) + amount
        for label, amount in ded:
            ytd_d[label] = ytd_d.get(label, Decimal(0)) + amount
    start, end, pay = checks[-1]
    earn, ded, daily = one_check(job, len(checks) - 1)
    gross = sum((e[3] for e in earn), Decimal(0))
    ded_total = sum((d[1] for d in ded), Decimal(0))
    gross_ytd = sum(ytd_e.values(), Decimal(0))
    ded_ytd = sum(ytd_d.values(), Decimal(0))
    return Stub(job, freq, start, end, pay, [(lab, h, r, a, ytd_e[lab]) for lab, h, r, a in earn],
                [(lab, a, ytd_d[lab]) for lab, a in ded], daily, gross, gross_ytd, ded_total, ded_ytd,
                gross - ded_total, gross_ytd - ded_ytd, f"{hash_seed(job.key) % 90000 + 10000 + len(checks)}")


def hrs(value: Decimal) -> str:
    return f"{value:.2f}" if value else ""


def page_done(c: canvas.Canvas) -> None:
    synth_line(c)
    c.showPage()


# --- pay stub layouts ---------------------------------------------------------------------------------------------


def draw_crew_stub(c: canvas.Canvas, s: Stub) -> None:
    """Fieldhand Payroll's weekly CREW PAY STUB: dark band, five tiles, a daily hours grid, two tables."""
    rect(c, 36, 36, W - 72, 46, rgb=(0.16, 0.27, 0.18), stroke=None)
    c.setFillColorRGB(1, 1, 1)
    text(c, 48, 56, "FIELDHAND PAYROLL", "Helvetica-Bold", 15, gray=1)
    text(c, 48, 72, "Payroll for farms, nurseries and trades crews  -  fieldhandpayroll.example", "Helvetica", 7.5, 1)
    text(c, W - 48, 62, "CREW PAY STUB", "Helvetica-Bold", 13, gray=1, align="r")
    text(c, 40, 104, s.job.employer, "Helvetica-Bold", 11)
    for i, line in enumerate(s.job.employer_addr):
        text(c, 40, 117 + 11 * i, line, "Helvetica", 8.5)
    text(c, 330, 104, s.job.employee, "Helvetica-Bold", 11)
    for i, line in enumerate(s.job.employee_addr):
        text(c, 330, 117 + 11 * i, line, "Helvetica", 8.5)
    text(c, 330, 117 + 11 * len(s.job.employee_addr), f"Crew ID {s.job.emp_id}  -  {s.job.position}", "Helvetica", 8.5)
    tiles = [("PAY DATE", us(s.pay)), ("WEEK", f"{s.start.strftime('%m/%d')} - {us(s.end)}"),
             ("GROSS THIS WEEK", fm(s.gross, True)), ("DEDUCTIONS", fm(s.ded_total, True)),
             ("NET PAY", fm(s.net, True))]
    tw = (W - 72 - 4 * 6) / 5
    for i, (cap, val) in enumerate(tiles):
        x = 36 + i * (tw + 6)
        rect(c, x, 160, tw, 44, fill=0.93 if i < 4 else 0.82, stroke=0.55)
        text(c, x + 6, 172, cap, "Helvetica", 6.8, gray=0.3)
        text(c, x + 6, 192, val, "Helvetica-Bold", 10.5 if i != 1 else 9)
    text(c, 36, 226, "HOURS WORKED THIS WEEK (paid weekly)", "Helvetica-Bold", 8.5)
    days = [s.start + dt.timedelta(days=i) for i in range(7)]
    cw = (W - 72) / 8
    for i, day in enumerate([*days, None]):
        x = 36 + i * cw
        rect(c, x, 232, cw, 16, fill=0.88, stroke=0.5)
        rect(c, x, 248, cw, 18, stroke=0.5)
        head = f"{day.strftime('%a')} {day.month}/{day.day}" if day else "Total"
        text(c, x + cw / 2, 243, head, "Helvetica-Bold", 7.5, align="c")
        value = s.daily[i] if day else sum(s.daily)
        text(c, x + cw / 2, 261, f"{value:.2f}" if value else "-", "Helvetica", 8.5, align="c")
    top = 290
    text(c, 36, top, "EARNINGS", "Helvetica-Bold", 9)
    heads = [(200, "Hours"), (270, "Rate"), (370, "This week"), (470, "Year to date")]
    for x, h in heads:
        text(c, x, top, h, "Helvetica-Bold", 8, align="r")
    hline(c, 36, 480, top + 4)
    y = top + 17
    for label, h, r, cur, ytd in s.earnings:
        text(c, 40, y, label, "Helvetica", 8.5)
        text(c, 200, y, hrs(h), "Helvetica", 8.5, align="r")
        text(c, 270, y, f"{r:.2f}" if r else "", "Helvetica", 8.5, align="r")
        text(c, 370, y, fm(cur), "Helvetica", 8.5, align="r")
        text(c, 470, y, fm(ytd), "Helvetica", 8.5, align="r")
        y += 13
    hline(c, 36, 480, y - 8, 0.4)
    text(c, 40, y + 3, "Gross pay", "Helvetica-Bold", 8.5)
    text(c, 370, y + 3, fm(s.gross), "Helvetica-Bold", 8.5, align="r")
    text(c, 470, y + 3, fm(s.gross_ytd), "Helvetica-Bold", 8.5, align="r")
    top = y + 30
    text(c, 36, top, "DEDUCTIONS", "Helvetica-Bold", 9)
    for x, h in [(370, "This week"), (470, "Year to date")]:
        text(c, x, top, h, "Helvetica-Bold", 8, align="r")
    hline(c, 36, 480, top + 4)
    y = top + 17
    for label, cur, ytd in s.deductions:
        text(c, 40, y, label, "Helvetica", 8.5)
        text(c, 370, y, fm(cur), "Helvetica", 8.5, align="r")
        text(c, 470, y, fm(ytd), "Helvetica", 8.5, align="r")
        y += 13
    hline(c, 36, 480, y - 8, 0.4)
    text(c, 40, y + 3, "Total deductions", "Helvetica-Bold", 8.5)
    text(c, 370, y + 3, fm(s.ded_total), "Helvetica-Bold", 8.5, align="r")
    text(c, 470, y + 3, fm(s.ded_ytd), "Helvetica-Bold", 8.5, align="r")
    rect(c, 36, y + 22, W - 72, 26, fill=0.9, stroke=0.5)
    text(c, 46, y + 39, f"Net pay deposited to checking ...{s.job.emp_id[-2:]}4{s.job.emp_id[-1]}", "Helvetica", 9)
    text(c, W - 46, y + 39, f"NET PAY {fm(s.net, True)}", "Helvetica-Bold", 11, align="r")
    text(c, 36, y + 66, f"Check no. {s.check_no}. Questions about your hours? Ask your crew supervisor before Friday.",
         "Helvetica-Oblique", 7.5, gray=0.35)
    page_done(c)


def draw_state_stub(c: canvas.Canvas, s: Stub) -> None:
    """The State of Columbia's monthly Earnings Statement: a seal, a 3 x 3 grid of cells, stacked tables."""
    c.setStrokeGray(0.2)
    c.circle(70, T(70), 28, stroke=1, fill=0)
    c.circle(70, T(70), 23, stroke=1, fill=0)
    text(c, 70, 66, "STATE OF", "Times-Bold", 6.5, align="c")
    text(c, 70, 75, "COLUMBIA", "Times-Bold", 6.5, align="c")
    text(c, 70, 84, "1857", "Times-Roman", 6, align="c")
    text(c, 112, 58, "STATE OF COLUMBIA", "Times-Bold", 16)
    text(c, 112, 74, "Office of the State Controller  -  Statewide Payroll Services", "Times-Roman", 10)
    text(c, W - 40, 58, "EARNINGS STATEMENT", "Times-Bold", 13, align="r")
    text(c, W - 40, 72, "Monthly payroll", "Times-Italic", 9.5, align="r")
    hline(c, 36, W - 36, 104, 1.4)
    cells = [("EMPLOYEE", s.job.employee), ("EMPLOYEE ID", s.job.emp_id), ("AGENCY", s.job.agency),
             ("POSITION", s.job.position), ("PAY PERIOD", f"{us(s.start)} - {us(s.end)}"),
             ("WARRANT DATE", us(s.pay)), ("PAY FREQUENCY", "Monthly"), ("EMPLOYER", s.job.employer),
             ("CHECK / ADVICE NO.", s.check_no)]
    cw = (W - 72) / 3
    for i, (cap, val) in enumerate(cells):
        x, top = 36 + (i % 3) * cw, 114 + (i // 3) * 36
        rect(c, x, top, cw, 36, stroke=0.45)
        text(c, x + 5, top + 10, cap, "Helvetica", 6.5, gray=0.35)
        size = 9.5 if len(val) < 34 else 7.8
        text(c, x + 5, top + 27, val, "Helvetica-Bold", size)
    text(c, 36, 246, "Mail to:", "Helvetica", 7.5, gray=0.4)
    for i, line in enumerate([s.job.employee, *s.job.employee_addr]):
        text(c, 36, 258 + 11 * i, line, "Courier", 9)

    def table(top: float, title: str, rows: list[tuple[str, str, Decimal, Decimal]], total: tuple[str, Decimal, Decimal]
              ) -> float:
        rect(c, 36, top, W - 72, 16, fill=0.2, stroke=None)
        text(c, 42, top + 11.5, title, "Helvetica-Bold", 8.5, gray=1)
        for x, h in [(330, "Hours"), (440, "Current"), (W - 44, "Calendar YTD")]:
            if h != "Hours" or title == "EARNINGS":
                text(c, x, top + 11.5, h, "Helvetica-Bold", 8, gray=1, align="r")
        y = top + 30
        for label, hours, cur, ytd in rows:
            text(c, 42, y, label, "Helvetica", 8.5)
            text(c, 330, y, hours, "Helvetica", 8.5, align="r")
            text(c, 440, y, fm(cur), "Helvetica", 8.5, align="r")
            text(c, W - 44, y, fm(ytd), "Helvetica", 8.5, align="r")
            y += 13
        hline(c, 36, W - 36, y - 8, 0.5)
        text(c, 42, y + 4, total[0], "Helvetica-Bold", 8.5)
        text(c, 440, y + 4, fm(total[1]), "Helvetica-Bold", 8.5, align="r")
        text(c, W - 44, y + 4, fm(total[2]), "Helvetica-Bold", 8.5, align="r")
        return y + 24

    y = table(312, "EARNINGS", [(lab, hrs(h), cur, ytd) for lab, h, _r, cur, ytd in s.earnings],
              ("GROSS EARNINGS", s.gross, s.gross_ytd))
    y = table(y, "DEDUCTIONS", [(lab, "", cur, ytd) for lab, cur, ytd in s.deductions],
              ("TOTAL DEDUCTIONS", s.ded_total, s.ded_ytd))
    rect(c, 36, y, W - 72, 30, stroke=0.2, width=1.2)
    text(c, 46, y + 19, "NET PAY", "Helvetica-Bold", 11)
    text(c, 300, y + 19, f"Calendar YTD net {fm(s.net_ytd, True)}", "Helvetica", 8.5)
    text(c, W - 46, y + 19, fm(s.net, True), "Helvetica-Bold", 12, align="r")
    text(c, 36, y + 50, "Leave balances as of the end of the pay period:  Annual 96.5 h   Sick 141.0 h   Comp 4.0 h",
         "Helvetica", 8)
    text(c, 36, y + 64, "Salaried employees of the State are paid once a month on the last working day of the month.",
         "Times-Italic", 8.5, gray=0.3)
    page_done(c)


def draw_toast_stub(c: canvas.Canvas, s: Stub) -> None:
    """Toastline Payroll's bi-weekly receipt-width stub, in a fixed-width face down the middle of the page."""
    width = 3.3 * 72
    x0 = (W - width) / 2
    lines: list[tuple[str, str]] = []
    lines += [("*c", "TOASTLINE PAYROLL"), ("*c", "- - - - - - - - - - - - - - -"), ("*c", s.job.employer.upper())]
    lines += [("*c", a.upper()) for a in s.job.employer_addr]
    lines += [("", ""), ("*c", "EMPLOYEE PAY STUB"), ("", "")]
    lines += [("EMPLOYEE", ""), ("*l", s.job.employee.upper()), ("EMP #", s.job.emp_id),
              ("JOB", s.job.position.upper()),
              ("PAY FREQ", "BI-WEEKLY"), ("PERIOD BEGIN", us(s.start)), ("PERIOD END", us(s.end)),
              ("PAY DATE", us(s.pay)), ("", ""), ("*l", "EARNINGS          CURRENT")]
    for label, h, r, cur, _ytd in s.earnings:
        lines.append((label.upper(), fm(cur)))
        if h:
            lines.append((f"  {h:.2f} HRS @ {r:.2f}", ""))
    lines += [("*r", "----------"), ("GROSS PAY", fm(s.gross)), ("GROSS YTD", fm(s.gross_ytd)), ("", ""),
              ("*l", "DEDUCTIONS        CURRENT")]
    for label, cur, _ytd in s.deductions:
        lines.append((label.upper(), fm(cur)))
    lines += [("*r", "----------"), ("TOTAL DEDUCT", fm(s.ded_total)), ("DEDUCT YTD", fm(s.ded_ytd)), ("", ""),
              ("NET PAY", fm(s.net)), ("NET YTD", fm(s.net_ytd)), ("", ""),
              ("*c", "DIRECT DEPOSIT - NON-NEGOTIABLE"), ("*c", f"ADVICE {s.check_no}"),
              ("*c", "TIPS REPORTED PER IRS FORM 4070"), ("*c", "THANK YOU FOR YOUR HARD WORK!")]
    height = 40 + 11 * len(lines)
    rect(c, x0 - 10, 40, width + 20, height, fill=0.985, stroke=0.75, width=0.5)
    y = 62
    for key, val in lines:
        if key == "*c":
            text(c, W / 2, y, val, "Courier-Bold" if "PAY STUB" in val else "Courier", 8.6, align="c")
        elif key == "*l":
            text(c, x0, y, val, "Courier", 8.6)
        elif key == "*r":
            text(c, x0 + width, y, val, "Courier", 8.6, align="r")
        elif key:
            bold = key in ("GROSS PAY", "NET PAY")
            text(c, x0, y, key, "Courier-Bold" if bold else "Courier", 8.6)
            text(c, x0 + width, y, val, "Courier-Bold" if bold else "Courier", 8.6, align="r")
        y += 11
    page_done(c)


STUB_DRAWERS = {"crew": draw_crew_stub, "state": draw_state_stub, "server": draw_toast_stub, "cook": draw_toast_stub}


# --- bank statements ----------------------------------------------------------------------------------------------


@dataclass
class Statement:
    bank: str
    bank_addr: list[str]
    holders: list[str]
    holder_addr: list[str]
    account: str
    product: str
    start: dt.date
    end: dt.date
    begin: Decimal
    txns: list[tuple[dt.date, str, Decimal]]

    @property
    def ending(self) -> Decimal:
        return self.begin + sum((t[2] for t in self.txns), Decimal(0))

    def fields(self) -> dict[str, Any]:
        return {"bank_name": self.bank, "account_last4": self.account[-4:], "period_start": self.start.isoformat(),
                "period_end": self.end.isoformat(), "beginning_balance": float(self.begin),
                "ending_balance": float(self.ending)}


def make_statements(key: str, bank: str, bank_addr: list[str], holders: list[str], holder_addr: list[str], account: str,
                    product: str, months: list[tuple[int, int]], begin: Decimal,
                    deposits: list[tuple[int, str, Decimal]], debit_words: list[str]) -> list[Statement]:
    out = []
    balance = begin
    for k, (year, month) in enumerate(months):
        rng = random.Random(f"stmt-{key}-{k}")
        start = dt.date(year, month, 1)
        end = dt.date(year, month, calendar.monthrange(year, month)[1])
        txns = []
        for day, desc, amount in deposits:
            varies = "SQUARE" in desc or desc.startswith("CASH")
            wobble = money(amount * Decimal(str(rng.uniform(0.9, 1.1)))) if varies else amount
            txns.append((dt.date(year, month, min(day, end.day)), desc, wobble))
        for _ in range(rng.randint(11, 15)):
            word = rng.choice(debit_words)
            txns.append((dt.date(year, month, rng.randint(1, end.day)), word, -money(rng.randint(1800, 26000) / 100)))
        txns.sort(key=lambda t: (t[0], -t[2]))
        stmt = Statement(bank, bank_addr, holders, holder_addr, account, product, start, end, balance, txns)
        balance = stmt.ending
        out.append(stmt)
    return out


def draw_harbor_statement(c: canvas.Canvas, s: Statement) -> None:
    """Harbor Light Credit Union's two-page Member Account Statement with shaded alternating rows."""
    rows = []
    balance = s.begin
    for d, desc, amount in s.txns:
        balance += amount
        rows.append((d, desc, amount, balance))
    split = 14
    pages = [rows[:split], rows[split:]]
    deposits = sum((t[2] for t in s.txns if t[2] > 0), Decimal(0))
    withdrawals = -sum((t[2] for t in s.txns if t[2] < 0), Decimal(0))
    for p, chunk in enumerate(pages):
        rect(c, 0, 0, W, 64, rgb=(0.07, 0.2, 0.38), stroke=None)
        text(c, 40, 34, "Harbor Light", "Times-Bold", 22, gray=1)
        text(c, 40, 50, "CREDIT UNION", "Helvetica-Bold", 8.5, gray=1)
        text(c, W - 40, 30, "Member Account Statement", "Helvetica-Bold", 12, gray=1, align="r")
        text(c, W - 40, 46, f"Page {p + 1} of 2", "Helvetica", 8.5, gray=1, align="r")
        if p == 0:
            for i, line in enumerate(s.bank_addr):
                text(c, 40, 84 + 10 * i, line, "Helvetica", 7.5, gray=0.3)
            for i, line in enumerate([*s.holders, *s.holder_addr]):
                text(c, 58, 130 + 12 * i, line.upper(), "Helvetica", 9.5)
            rect(c, 340, 82, W - 380, 88, fill=0.95, stroke=0.5)
            facts = [("Statement period", f"{us(s.start)} - {us(s.end)}"), ("Member number", s.account[:5]),
                     ("Account", f"{s.product} ****{s.account[-4:]}"), ("Questions", "(555) 010-4430")]
            for i, (k, v) in enumerate(facts):
                text(c, 350, 100 + 19 * i, k, "Helvetica", 7.5, gray=0.35)
                text(c, W - 48, 100 + 19 * i, v, "Helvetica-Bold", 8.5, align="r")
            text(c, 40, 212, "ACCOUNT SUMMARY", "Helvetica-Bold", 9.5)
            cells = [("Beginning balance", s.begin), ("Deposits and credits", deposits),
                     ("Withdrawals and debits", withdrawals), ("Ending balance", s.ending)]
            cw = (W - 80) / 4
            for i, (k, v) in enumerate(cells):
                rect(c, 40 + i * cw, 218, cw, 36, stroke=0.5, fill=0.9 if i in (0, 3) else None)
                text(c, 46 + i * cw, 230, k, "Helvetica", 7.5, gray=0.3)
                text(c, 34 + (i + 1) * cw, 248, fm(v, True), "Helvetica-Bold", 10, align="r")
            top = 280
        else:
            text(c, 40, 88, f"{', '.join(s.holders)}  -  {s.product} ****{s.account[-4:]}  -  "
                             f"{us(s.start)} - {us(s.end)}", "Helvetica", 8.5)
            top = 104
        text(c, 40, top, "TRANSACTIONS" + (" (continued)" if p else ""), "Helvetica-Bold", 9.5)
        head = top + 8
        rect(c, 40, head, W - 80, 15, fill=0.78, stroke=None)
        for x, h, al in [(46, "Date", "l"), (100, "Description", "l"), (400, "Withdrawals", "r"),
                         (480, "Deposits", "r"), (W - 46, "Balance", "r")]:
            text(c, x, head + 11, h, "Helvetica-Bold", 8, align=al)
        y = head + 15
        if p == 0:
            rect(c, 40, y, W - 80, 15, fill=0.94, stroke=None)
            text(c, 46, y + 11, us(s.start)[:5], "Helvetica", 8.3)
            text(c, 100, y + 11, "Beginning balance", "Helvetica", 8.3)
            text(c, W - 46, y + 11, fm(s.begin), "Helvetica", 8.3, align="r")
            y += 15
        for i, (d, desc, amount, bal) in enumerate(chunk):
            if (i + (1 if p == 0 else 0)) % 2 == 0:
                rect(c, 40, y, W - 80, 15, fill=0.94, stroke=None)
            text(c, 46, y + 11, d.strftime("%m/%d"), "Helvetica", 8.3)
            text(c, 100, y + 11, desc, "Helvetica", 8.3)
            text(c, 400 if amount < 0 else 480, y + 11, fm(abs(amount)), "Helvetica", 8.3, align="r")
            text(c, W - 46, y + 11, fm(bal), "Helvetica", 8.3, align="r")
            y += 15
        if p == 1:
            hline(c, 40, W - 40, y + 2, 0.8)
            text(c, 100, y + 16, "Ending balance", "Helvetica-Bold", 8.5)
            text(c, W - 46, y + 16, fm(s.ending), "Helvetica-Bold", 8.5, align="r")
            text(c, 40, y + 48, "Dividends: this account earned no dividends this period. Federally insured by NCUA.",
                 "Helvetica", 7.5, gray=0.35)
        page_done(c)


def draw_prairie_statement(c: canvas.Canvas, s: Statement) -> None:
    """Prairie Mutual Bank's one-page statement: a grey sidebar summary at the left, a fixed-width register."""
    deposits = sum((t[2] for t in s.txns if t[2] > 0), Decimal(0))
    withdrawals = -sum((t[2] for t in s.txns if t[2] < 0), Decimal(0))
    text(c, 36, 50, "PRAIRIE MUTUAL BANK", "Helvetica-Bold", 17)
    text(c, 36, 64, "  ".join(s.bank_addr), "Helvetica", 7.5, gray=0.35)
    text(c, W - 36, 50, "Statement period:", "Helvetica", 8.5, align="r")
    text(c, W - 36, 63, f"{s.start.strftime('%B')} {s.start.day} through {long_date(s.end)}", "Helvetica-Bold", 9.5,
         align="r")
    hline(c, 36, W - 36, 76, 2.0, 0.45)
    rect(c, 36, 90, 168, 400, fill=0.9, stroke=None)
    side = [("ACCOUNT HOLDER", [*s.holders]), ("ACCOUNT", [s.product, f"Number ending in {s.account[-4:]}"]),
            (f"BALANCE ON {s.start.strftime('%b').upper()} {s.start.day}", [fm(s.begin, True)]),
            ("DEPOSITS (+)", [fm(deposits, True)]), ("WITHDRAWALS (-)", [fm(withdrawals, True)]),
            (f"BALANCE ON {s.end.strftime('%b').upper()} {s.end.day}", [fm(s.ending, True)])]
    y = 108
    for cap, vals in side:
        text(c, 46, y, cap, "Helvetica-Bold", 7.2, gray=0.3)
        y += 14
        for v in vals:
            text(c, 46, y, v, "Helvetica-Bold" if v.startswith("$") else "Helvetica", 10 if v.startswith("$") else 8.5)
            y += 13
        y += 10
    text(c, 46, 460, "Member FDIC", "Helvetica", 7.5, gray=0.35)
    text(c, 46, 472, "prairiemutual.example", "Helvetica", 7.5, gray=0.35)
    for i, line in enumerate([*s.holders, *s.holder_addr]):
        text(c, 224, 104 + 11 * i, line.upper(), "Courier", 9)
    x0 = 224
    top = 170
    text(c, x0, top, "ACCOUNT ACTIVITY", "Helvetica-Bold", 9.5)
    head = f"{'DATE':<6}{'DESCRIPTION':<24}{'AMOUNT':>11}{'BALANCE':>11}"
    text(c, x0, top + 16, head, "Courier-Bold", 8)
    hline(c, x0, W - 36, top + 20, 0.5)
    y = top + 32
    balance = s.begin
    text(c, x0, y, f"{s.start.strftime('%m/%d'):<6}{'BEGINNING BALANCE':<24}{'':>11}{fm(balance):>11}", "Courier", 8)
    for d, desc, amount in s.txns:
        y += 11.5
        balance += amount
        amt = fm(amount) if amount > 0 else "-" + fm(-amount)
        text(c, x0, y, f"{d.strftime('%m/%d'):<6}{desc[:23]:<24}{amt:>11}{fm(balance):>11}", "Courier", 8)
    y += 11.5
    text(c, x0, y, f"{s.end.strftime('%m/%d'):<6}{'ENDING BALANCE':<24}{'':>11}{fm(balance):>11}", "Courier-Bold", 8)
    page_done(c)


STATEMENT_DRAWERS = {"harbor": draw_harbor_statement, "prairie": draw_prairie_statement}


# --- applications ----------------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn4: str
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    hardship_start: dt.date
    duration: str  # short_term | long_term | resolved
    income: dict[str, Decimal]
    signed_on: dt.date | None
    borrower_signs: bool = True
    co: str | None = None
    co_ssn4: str | None = None
    co_signed_on: dt.date | None = None
    co_signs: bool = False
    other_text: str = ""

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> Decimal:
        return sum(self.income.values(), Decimal(0))

    def expected(self) -> dict[str, Any]:
        income = {k: float(v) for k, v in self.income.items() if v > 0}
        income["total"] = float(self.total)
        return {
            "loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
            "ssn_last4": self.ssn4, "property_address": self.address, "occupancy": self.occupancy,
            "hardship_types": sorted(self.hardships), "hardship_start_date": self.hardship_start.isoformat(),
            "income": income, "signed": bool(self.borrower_signs and self.signed_on),
            "signed_on": self.signed_on.isoformat() if self.signed_on else None,
            "co_borrower_signed": None if not self.co else bool(self.co_signs and self.co_signed_on),
        }


HPM_OCC = {"primary_residence": "I live there - it is my primary home",
           "second_home": "It is my second home or a vacation home",
           "investment_property": "I rent it out - it is an investment property"}
HPM_HARDSHIP = {
    "unemployment": "I lost my job or I am out of work",
    "reduction_in_income": "My pay or my working hours were cut",
    "increase_in_housing_expenses": "My housing costs went up (taxes, insurance, HOA dues, repairs)",
    "disaster": "A natural or man-made disaster hit my home or my workplace",
    "disability_or_illness": "Serious illness or disability (me, a co-borrower or a dependent)",
    "divorce_or_separation": "Divorce or legal separation",
    "separation_unmarried": "Separation from a co-borrower I am not married to",
    "death": "Death of a borrower or of a wage earner in the household",
    "relocation": "My job moved me far away (transfer or relocation)",
    "other": "Something else (explain on the line below)",
}
HPM_DURATION = {"short_term": "6 months or less", "long_term": "More than 6 months, or permanent",
                "resolved": "It is already over"}
HPM_INCOME = {
    "wages": "Wages, salary, overtime, tips, commissions and bonuses",
    "self_employment": "Self-employment (your own business)",
    "unemployment": "Unemployment benefits",
    "benefits_taxable": "Taxable Social Security, pension, disability, survivor or public assistance",
    "benefits_nontaxable": "Non-taxable Social Security or disability income",
    "rental": "Rent received, less expenses other than the mortgage",
    "investment": "Investment or insurance income",
    "other": "Other (alimony or child support only if you want it counted)",
}
GREEN = (0.13, 0.4, 0.25)


def draw_form_a(c: canvas.Canvas, a: App, pen: Pen) -> None:
    """Harrow Point Mortgage Servicing's two-page Mortgage Help Questionnaire (HPM-Q12)."""
    def header(page: int) -> None:
        text(c, 36, 48, "Harrow Point", "Times-Bold", 21)
        text(c, 36, 62, "MORTGAGE SERVICING", "Helvetica", 8, gray=0.3)
        text(c, W - 36, 44, "Form HPM-Q12 (rev. 03/2035)", "Helvetica", 7.5, align="r", gray=0.3)
        text(c, W - 36, 56, f"Page {page} of 2", "Helvetica", 7.5, align="r", gray=0.3)
        c.setStrokeColorRGB(*GREEN)
        c.setLineWidth(2.2)
        c.line(36, T(72), W - 36, T(72))
        c.setStrokeGray(0)

    band = [0]

    def shade(top: float, h: float) -> None:
        if band[0] % 2 == 0:
            rect(c, 36, top, W - 72, h, fill=0.925, stroke=None)
        band[0] += 1

    def ask(top: float, number: int, question: str, answer: str | None, h: float = 44) -> float:
        shade(top, h)
        text(c, 44, top + 14, f"{number}.", "Helvetica-Bold", 9.5)
        text(c, 62, top + 14, question, "Helvetica-Bold", 9.5)
        hline(c, 62, W - 52, top + 36, 0.5)
        if answer:
            text(c, 66, top + 32, answer, "Courier", 10.5)
        return top + h

    def choose(top: float, number: int, question: str, options: list[tuple[str, bool]], many: bool = False) -> float:
        h = 26 + 16 * len(options)
        shade(top, h)
        text(c, 44, top + 14, f"{number}.", "Helvetica-Bold", 9.5)
        text(c, 62, top + 14, question, "Helvetica-Bold", 9.5)
        text(c, W - 40, top + 14, "Mark all that apply" if many else "Mark one", "Helvetica-Oblique", 7.5,
             align="r")
        y = top + 30
        for label, on in options:
            text(c, 74, y, label, "Helvetica", 9)
            hline(c, 74 + c.stringWidth(label, "Helvetica", 9) + 4, W - 86, y, 0.3, 0.6)
            rect(c, W - 66, y - 9, 11, 11, fill=1, stroke=0.1, width=0.7)
            if on:
                c.setFont("DejaVu", 12)
                c.drawString(W - 65.5, T(y), "\u2713")
            y += 16
        return top + h

    header(1)
    text(c, 36, 98, "Mortgage Help Questionnaire", "Times-Bold", 17)
    intro = ("Please answer every question that applies to you, sign page 2 and send this questionnaire to Harrow "
             "Point with the papers listed in the enclosed checklist. Mail: PO Box 4471, Harrow Point, WA 98077-4471. "
             "Fax: (555) 010-2288. We will write to you within five business days of receiving it.")
    for i, line in enumerate(wrap(intro, 118)):
        text(c, 36, 114 + 11 * i, line, "Helvetica", 8.3, gray=0.15)
    y = 150
    y = ask(y, 1, "What is the loan number shown on your monthly mortgage statement?", a.loan)
    y = ask(y, 2, "What is your full name (the borrower)?", a.borrower)
    y = ask(y, 3, "What are the last 4 digits of your Social Security number?", a.ssn4)
    y = ask(y, 4, "Is someone else on the loan applying with you? If so, what is his or her full name?", a.co)
    y = ask(y, 5, "What are the last 4 digits of that person's Social Security number?", a.co_ssn4)
    y = ask(y, 6, "What is the street address of the home this loan is on?", a.street)
    y = ask(y, 7, "In what city, state and ZIP code is that home?", f"{a.city}, {a.state} {a.zip}")
    y = ask(y, 8, "At what phone number and e-mail address can we reach you?", f"{a.phone}   {a.email}")
    choose(y, 9, "How is the home used?", [(v, k == a.occupancy) for k, v in HPM_OCC.items()])
    page_done(c)

    header(2)
    text(c, 36, 92, f"Loan number {a.loan}", "Helvetica", 8.5, gray=0.3)
    band[0] = 0
    y = 102
    y = choose(y, 10, "Which of these describe why you are having trouble paying?",
               [(v, k in a.hardships) for k, v in HPM_HARDSHIP.items()], many=True)
    hline(c, 74, W - 52, y - 4, 0.5)
    if a.other_text:
        text(c, 78, y - 7, a.other_text, "Courier", 9.5)
    y += 6
    y = ask(y, 11, "On what date did this hardship begin? (mm/dd/yyyy)", us(a.hardship_start))
    y = choose(y, 12, "How long do you expect the hardship to last?",
               [(v, k == a.duration) for k, v in HPM_DURATION.items()])
    rows = list(HPM_INCOME.items())
    h = 40 + 15 * (len(rows) + 1)
    shade(y, h)
    text(c, 44, y + 14, "13.", "Helvetica-Bold", 9.5)
    text(c, 62, y + 14, "How much money does your household receive each month, before taxes?", "Helvetica-Bold", 9.5)
    text(c, W - 60, y + 14, "$ per month", "Helvetica-Oblique", 7.5, align="c")
    yy = y + 30
    for code, label in rows:
        text(c, 74, yy, label, "Helvetica", 8.6)
        hline(c, W - 140, W - 52, yy + 2, 0.4)
        text(c, W - 140, yy, "$", "Helvetica", 8.6)
        if a.income.get(code):
            text(c, W - 56, yy, fm(a.income[code]), "Courier", 10, align="r")
        yy += 15
    text(c, 74, yy + 2, "Total each month", "Helvetica-Bold", 9)
    hline(c, W - 140, W - 52, yy + 4, 1.0)
    text(c, W - 140, yy + 2, "$", "Helvetica-Bold", 9)
    text(c, W - 56, yy + 2, fm(a.total), "Courier-Bold", 10, align="r")
    y += h
    cert = ("14. By signing, I certify that the information in this questionnaire is true and that the hardship I "
            "described contributed to my need for help. I agree to send the documents Harrow Point asks for and I "
            "consent to a credit report and to being contacted by phone, text or e-mail about this request.")
    for i, line in enumerate(wrap(cert, 112)):
        text(c, 36, y + 16 + 11 * i, line, "Helvetica", 8.3)
    y += 16 + 11 * len(wrap(cert, 112)) + 8
    for who, name, signs, when in [("Borrower", a.borrower, a.borrower_signs, a.signed_on),
                                    ("Co-borrower", a.co or "", a.co_signs, a.co_signed_on)]:
        y += 30
        hline(c, 36, 380, y + 3, 0.7)
        hline(c, 420, W - 36, y + 3, 0.7)
        text(c, 36, y + 13, f"{who} - sign here", "Helvetica", 7.5, gray=0.3)
        text(c, 420, y + 13, "Date signed (mm/dd/yyyy)", "Helvetica", 7.5, gray=0.3)
        if signs and name:
            pen.sign(c, 60, y, 220, name)
        if name:
            pen.date(c, 430, y, when)
        y += 14
    page_done(c)


CHL_OCC = {"primary_residence": "Owner-occupied, my main home", "second_home": "Second home",
           "investment_property": "Rental / investment property"}
CHL_HARDSHIP = {
    "unemployment": "Job loss", "reduction_in_income": "Reduced pay or hours",
    "increase_in_housing_expenses": "Higher housing expenses", "disaster": "Disaster damage (home or job)",
    "disability_or_illness": "Disability or serious illness", "divorce_or_separation": "Divorce / legal separation",
    "separation_unmarried": "Unmarried co-owners separated", "death": "Death of borrower or wage earner",
    "relocation": "Distant job transfer", "other": "Other (explain in C2)",
}
CHL_DURATION = {"short_term": "Up to 6 months", "long_term": "Over 6 months / permanent", "resolved": "Resolved"}
CHL_INCOME = {
    "wages": "D1 Gross wages, salary, overtime, tips", "self_employment": "D2 Self-employment income",
    "unemployment": "D3 Unemployment benefits", "benefits_taxable": "D4 Taxable SS, pension, disability",
    "benefits_nontaxable": "D5 Non-taxable SS or disability", "rental": "D6 Net rental income",
    "investment": "D7 Investment / insurance income", "other": "D8 Other (alimony, support, other)",
}
COPPER = (0.55, 0.27, 0.1)


def draw_form_b(c: canvas.Canvas, a: App, pen: Pen) -> None:
    """Copperfield Home Loan Servicing's Request for Mortgage Relief (CHL-88): answers left, captions right."""
    split = 408

    def header(page: int) -> None:
        c.setFillColorRGB(*COPPER)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(36, T(46), "COPPERFIELD")
        c.setFont("Helvetica", 9)
        c.drawString(36, T(58), "HOME LOAN SERVICING")
        c.setFillGray(0)
        text(c, W - 36, 42, "Request for Mortgage Relief", "Helvetica-Bold", 13, align="r")
        text(c, W - 36, 56, f"Form CHL-88 (2034)   Page {page} of 2", "Helvetica", 8, align="r", gray=0.3)
        hline(c, 36, W - 36, 66, 0.8)

    def section(top: float, title: str) -> float:
        rect(c, 36, top, W - 72, 16, fill=0.18, stroke=None)
        text(c, 42, top + 11.5, title, "Helvetica-Bold", 8.5, gray=1)
        return top + 16

    def row(top: float, code: str, caption: str, answer: str | None = None, h: float = 24,
            font: str = "Courier", align: str = "l") -> float:
        rect(c, 36, top, split - 36, h, stroke=0.45, fill=1)
        rect(c, split, top, W - 36 - split, h, stroke=0.45, fill=0.88)
        text(c, split + 6, top + 10, code, "Helvetica-Bold", 7.5, gray=0.25)
        for i, line in enumerate(wrap(caption, 30)):
            text(c, split + 24, top + 10 + 9 * i, line, "Helvetica-Oblique", 7.5, gray=0.25)
        if answer:
            if align == "r":
                text(c, split - 10, top + h - 8, answer, font, 10.5, align="r")
            else:
                text(c, 44, top + h - 8, answer, font, 10.5)
        return top + h

    def boxes(options: list[tuple[str, bool]], x: float, top: float) -> None:
        text(c, x, top, "   ".join(f"[{'X' if on else ' '}] {label}" for label, on in options), "Courier", 8.6)

    header(1)
    text(c, 36, 84, "Answer in the white boxes. Each box's caption is printed to its right. Please type or print.",
         "Helvetica", 8.3, gray=0.25)
    y = section(94, "A.  LOAN AND PROPERTY")
    y = row(y, "A1", "Loan number", a.loan)
    y = row(y, "A2", "Property street address", a.street)
    y = row(y, "A3", "Property city, state and ZIP code", f"{a.city}, {a.state} {a.zip}")
    top = y
    y = row(y, "A4", "The property is (mark one)", None, h=52)
    for i, (k, v) in enumerate(CHL_OCC.items()):
        text(c, 44, top + 14 + 13 * i, f"[{'X' if k == a.occupancy else ' '}] {v}", "Courier", 9)
    y = section(y + 8, "B.  BORROWERS")
    y = row(y, "B1", "Borrower's full name", a.borrower)
    y = row(y, "B2", "Borrower's SSN - last 4 digits", a.ssn4)
    y = row(y, "B3", "Co-borrower's full name (if any)", a.co)
    y = row(y, "B4", "Co-borrower's SSN - last 4 digits", a.co_ssn4)
    y = row(y, "B5", "Best phone number", a.phone)
    y = row(y, "B6", "E-mail address", a.email)
    y = section(y + 8, "C.  HARDSHIP")
    top = y
    y = row(y, "C1", "Reason(s) for the hardship (mark all that apply)", None, h=82)
    items = list(CHL_HARDSHIP.items())
    for i, (k, v) in enumerate(items):
        col, line = divmod(i, 5)
        text(c, 44 + col * 176, top + 15 + 14 * line, f"[{'X' if k in a.hardships else ' '}] {v}", "Courier", 8.2)
    y = row(y, "C2", "Other reason, explained", a.other_text or None)
    y = row(y, "C3", "Date the hardship started (mm/dd/yyyy)", us(a.hardship_start))
    top = y
    y = row(y, "C4", "Expected to last (mark one)", None)
    boxes([(v, k == a.duration) for k, v in CHL_DURATION.items()], 44, top + 16)
    page_done(c)

    header(2)
    text(c, 36, 84, f"Loan number: {a.loan}      Borrower: {a.borrower}", "Helvetica", 8.5)
    y = section(94, "D.  MONTHLY INCOME OF ALL BORROWERS (gross, before taxes)")
    for code, caption in CHL_INCOME.items():
        amount = a.income.get(code)
        y = row(y, caption[:2], caption[3:], f"$ {fm(amount)}" if amount else None, h=22, align="r")
    y = row(y, "D9", "Total monthly income", f"$ {fm(a.total)}", h=24, font="Courier-Bold", align="r")
    y = section(y + 10, "E.  CERTIFICATION AND SIGNATURES")
    cert = ("I/we certify that everything in this request is true and complete, that the hardship described above "
            "contributed to my/our need for relief, and that I/we will provide the documents Copperfield asks for. "
            "I/we consent to a credit report and to be contacted about this request at the numbers given.")
    rect(c, 36, y, W - 72, 50, stroke=0.45, fill=0.97)
    for i, line in enumerate(wrap(cert, 116)):
        text(c, 42, y + 13 + 11 * i, line, "Helvetica", 8.2)
    y += 50
    for code, cap, name, signs, when in [("E1", "Borrower's signature", a.borrower, a.borrower_signs, None),
                                         ("E2", "Date signed (mm/dd/yyyy)", a.borrower, False, a.signed_on),
                                         ("E3", "Co-borrower's signature", a.co, a.co_signs, None),
                                         ("E4", "Date signed (mm/dd/yyyy)", a.co, False, a.co_signed_on)]:
        h = 34 if code in ("E1", "E3") else 24
        top = y
        y = row(y, code, cap, None, h=h)
        if name and signs:
            pen.sign(c, 60, top + h - 7, 200, name)
        if name and when:
            pen.date(c, 48, top + h - 7, when)
    text(c, 36, y + 22, "Return to: Copperfield Home Loan Servicing, Loss Mitigation, 800 Foundry Row, Copperfield, "
                        "OH 43950.  Fax (555) 010-7312.", "Helvetica", 8, gray=0.3)
    page_done(c)


# --- the real Form 710 and the real 4506-C ------------------------------------------------------------------------

F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
F710_DURATION = {"short_term": "Checkbox_38", "long_term": "Checkbox_39", "resolved": "Checkbox_40"}
F710_HARDSHIP = dict(zip(HARDSHIPS, [f"Checkbox_{n}" for n in range(41, 51)], strict=True))
F710_INCOME = dict(zip(INCOMES, [f"Number_{n}" for n in range(2, 10)], strict=True))


def overlay_page(draw: Any) -> Any:
    buf = io.BytesIO()
    c = new_canvas(buf, "overlay")
    draw(c)
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue())).pages[0]


def form710(a: App, pen: Pen) -> bytes:
    """The real Form 710 typed through its AcroForm; on the screen the signatures are strokes laid over the
    signature fields and the dates typed; on paper the dates are left for the pen."""
    values: dict[str, str | bool] = {
        "Text_1": a.loan, "Text_2": a.borrower, "Text_3": a.ssn4, "Email_1": a.email, "US_Phone_Number_1": a.phone,
        "Checkbox_1": True, "Text_6": a.address, F710_OCC[a.occupancy]: True, "Checkbox_27": True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, "Checkbox_23": True, "Checkbox_17": True,
        "Date_1": us(a.hardship_start), F710_DURATION[a.duration]: True,
    }
    if a.co:
        values.update({"Text_4": a.co, "Text_5": a.co_ssn4 or ""})
    for code in a.hardships:
        values[F710_HARDSHIP[code]] = True
    if a.other_text:
        values["Text_9"] = a.other_text
    for code, amount in a.income.items():
        values[F710_INCOME[code]] = f"{money(amount):.2f}"
    if pen.on_screen:
        if a.signed_on:
            values["Date_3"] = us(a.signed_on)
        if a.co and a.co_signed_on:
            values["Date_4"] = us(a.co_signed_on)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            name = str(widget.get("/T", ""))
            if name not in values:
                continue
            value = values[name]
            if isinstance(value, bool):
                states = [str(k) for k in widget["/AP"]["/N"] if str(k) != "/Off"]
                state = NameObject(states[0] if value else "/Off")
                widget[NameObject("/V")] = state
                widget[NameObject("/AS")] = state
            else:
                writer.update_page_form_field_values(page, {name: value}, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    signers = [(a.borrower, a.borrower_signs, a.signed_on, 347.0), (a.co, a.co_signs, a.co_signed_on, 309.0)]

    def sign(c: canvas.Canvas) -> None:
        for name, signs, when, base in signers:
            if name and signs:
                pen.sign(c, 160, H - base, 200, name)
            if name and when and not pen.on_screen:
                pen.marks.append(Mark(3, "date", 430, H - base, 80, f"{when.month}/{when.day}/{when.year}"))

    for i, page in enumerate(writer.pages):
        page.merge_page(overlay_page(synth_line))
        if i == 3:
            page.merge_page(overlay_page(sign))
            for mark in pen.marks:
                mark.page = 3
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def form4506c(a: App, pen: Pen, when: dt.date, street: str, city: str, state: str, zip_code: str,
              client: str) -> bytes:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), its fields removed and the answers typed over it the way
    a PDF editor does, signed (and dated) by the pen."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    first, *rest = a.borrower.split()
    last = rest[-1]
    middle = rest[0][0] if len(rest) > 1 else ""

    def typed(c: canvas.Canvas) -> None:
        def at(x: float, bottom: float, s: str, size: float = 9) -> None:
            c.setFont("Courier", size)
            c.drawString(x, H - bottom + 2.5, s)

        at(28, 126, first)
        at(115, 126, middle)
        at(172, 126, last)
        at(28, 158, f"9{a.ssn4[:2]}-{a.ssn4[2:]}-{a.ssn4}")
        at(28, 223, street)
        at(313, 223, city)
        at(421, 223, state)
        at(475, 223, zip_code)
        at(28, 364, f"{client} - loan {a.loan}", 8)
        at(475, 364, "(555) 010-7312", 8)
        at(28, 432, "1040")
        at(98.5, 443.5, "X", 9)
        for x, v in [(26, "12"), (54, "31"), (82, "2035"), (188, "12"), (216, "31"), (244, "2034")]:
            at(x, 525, v)
        at(26.5, 598.5, "X", 9)
        at(64, 665, a.borrower.upper())
        pen.sign(c, 70, 624, 190, a.borrower, h=15)
        pen.date(c, 346, 623, when, font="Courier", size=9)
        at(436, 624, a.phone, 8.5)
        synth_line(c)

    page.merge_page(overlay_page(typed))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- letters and papers -------------------------------------------------------------------------------------------


def draw_hardship_letter(c: canvas.Canvas, when: dt.date, signers: list[str], addr: list[str], servicer: str,
                         loan: str, body: list[str], pen: Pen, sign: bool) -> None:
    """A borrower's typed hardship letter, in a word processor's default face."""
    y = 72
    for line in [" and ".join(signers), *addr]:
        text(c, 72, y, line, "Times-Roman", 11.5)
        y += 14
    y += 14
    text(c, 72, y, long_date(when), "Times-Roman", 11.5)
    y += 28
    for line in [servicer, "Attn: Loss Mitigation / Mortgage Assistance"]:
        text(c, 72, y, line, "Times-Roman", 11.5)
        y += 14
    y += 14
    text(c, 72, y, f"RE: Hardship letter - loan number {loan}", "Times-Bold", 11.5)
    y += 28
    text(c, 72, y, "To whom it may concern,", "Times-Roman", 11.5)
    y += 22
    for para in body:
        for line in wrap(para, 88):
            text(c, 72, y, line, "Times-Roman", 11.5)
            y += 14.5
        y += 10
    text(c, 72, y + 4, "Sincerely,", "Times-Roman", 11.5)
    y += 46
    for i, name in enumerate(signers):
        x = 72 + i * 230
        if sign:
            pen.sign(c, x, y - 6, 170, name)
        text(c, x, y + 10, name, "Times-Roman", 11.5)
    page_done(c)


def draw_opm_statement(c: canvas.Canvas, when: dt.date, name: str, addr: list[str], csa: str, gross: Decimal,
                       effective: dt.date) -> None:
    """OPM Retirement Services' annuity statement (taxable, monthly)."""
    text(c, W / 2, 54, "UNITED STATES OFFICE OF PERSONNEL MANAGEMENT", "Times-Bold", 13, align="c")
    text(c, W / 2, 69, "Retirement Services  -  Post Office Box 45  -  Boyers, Pennsylvania 16017-0045", "Times-Roman",
         9.5, align="c")
    hline(c, 72, W - 72, 78, 0.8)
    text(c, 72, 104, f"Date: {long_date(when)}", "Times-Roman", 11)
    text(c, W - 72, 104, f"Claim number: {csa}", "Times-Roman", 11, align="r")
    for i, line in enumerate([name.upper(), *[a.upper() for a in addr]]):
        text(c, 72, 134 + 13 * i, line, "Courier", 10)
    text(c, W / 2, 206, "ANNUITY STATEMENT", "Times-Bold", 14, align="c")
    text(c, W / 2, 222, "Civil Service Retirement System", "Times-Italic", 10.5, align="c")
    para = (f"This statement shows your monthly annuity under the Civil Service Retirement System after the cost-of-"
            f"living adjustment effective {long_date(effective)}. Your annuity is paid monthly, on the first business "
            f"day of each month, by direct deposit. Annuity payments are subject to federal income tax.")
    y = 248
    for line in wrap(para, 90):
        text(c, 72, y, line, "Times-Roman", 11)
        y += 14
    y += 12
    health = Decimal("386.22")
    tax = money(gross * Decimal("0.09"))
    rows = [("Gross monthly annuity", gross), ("Health benefits (FEHB) premium", -health),
            ("Federal income tax withheld", -tax), ("Net monthly annuity payment", gross - health - tax)]
    rect(c, 110, y, W - 220, 20 * len(rows) + 10, stroke=0.3)
    for i, (k, v) in enumerate(rows):
        bold = i in (0, 3)
        text(c, 120, y + 20 + 20 * i, k, "Times-Bold" if bold else "Times-Roman", 11)
        amount = fm(abs(v), True)
        text(c, W - 120, y + 20 + 20 * i, amount if v >= 0 else f"- {amount}", "Times-Bold" if bold else "Times-Roman",
             11, align="r")
    y += 20 * len(rows) + 40
    para2 = ("Keep this statement for your records. You may need it to show the amount of your annuity to a lender, a "
             "landlord or a public agency. If you have questions, call Retirement Services at (888) 767-6738 or write "
             "to us at the address above and include your claim number.")
    for line in wrap(para2, 90):
        text(c, 72, y, line, "Times-Roman", 11)
        y += 14
    text(c, 72, y + 30, "Retirement Services, Office of Personnel Management", "Times-Italic", 10.5)
    page_done(c)


def draw_ltd_letter(c: canvas.Canvas, when: dt.date, name: str, addr: list[str], claim: str, employer: str,
                    monthly: Decimal, since: dt.date) -> None:
    """A group disability insurer's long-term disability approval letter (taxable, monthly)."""
    c.setFillColorRGB(0.2, 0.35, 0.55)
    c.circle(88, T(62), 16, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(88, T(66), "SR")
    c.setFillGray(0)
    text(c, 112, 58, "Summit Ridge Mutual Life Insurance Company", "Helvetica-Bold", 13)
    text(c, 112, 72, "Group Disability Claims  -  PO Box 7700, Hartwell, CT 06190  -  Fax (555) 010-8800",
         "Helvetica", 8.5, gray=0.3)
    text(c, 72, 110, long_date(when), "Helvetica", 10)
    for i, line in enumerate([name, *addr]):
        text(c, 72, 138 + 13 * i, line, "Helvetica", 10)
    facts = [("Claimant", name), ("Claim number", claim), ("Group policyholder", employer),
             ("Benefit", "Long Term Disability (LTD)")]
    for i, (k, v) in enumerate(facts):
        text(c, 330, 138 + 13 * i, f"{k}:", "Helvetica", 9, gray=0.3)
        text(c, 420, 138 + 13 * i, v, "Helvetica-Bold", 9)
    y = 214
    text(c, 72, y, f"Dear {name.split()[0]} {name.split()[-1]}:", "Helvetica", 10)
    paras = [
        "We have completed our review of your claim for Long Term Disability benefits under the group policy issued "
        f"to {employer}. We are pleased to tell you that your claim has been approved. Benefits are payable from "
        f"{long_date(since)}, after the 90-day elimination period.",
        f"Your gross monthly benefit is {fm(monthly, True)}. Benefits are paid monthly, on the first day of each "
        "month, by direct deposit, for as long as you remain disabled under the terms of the policy. Because your "
        "employer paid the premiums for this coverage, your benefits are taxable income and we will send you a Form "
        "W-2 each January.",
        "We may ask for updated information about your condition from time to time. Please tell us right away if you "
        "return to work in any capacity or receive other income such as Social Security disability benefits.",
    ]
    y += 22
    for para in paras:
        for line in wrap(para, 92):
            text(c, 72, y, line, "Helvetica", 10)
            y += 13.5
        y += 10
    rect(c, 72, y, W - 144, 44, fill=0.94, stroke=0.5)
    text(c, 82, y + 17, "Monthly benefit amount", "Helvetica", 9)
    text(c, W - 82, y + 17, fm(monthly, True), "Helvetica-Bold", 11, align="r")
    text(c, 82, y + 34, "Frequency of payment", "Helvetica", 9)
    text(c, W - 82, y + 34, "Monthly", "Helvetica-Bold", 10, align="r")
    text(c, 72, y + 76, "Sincerely,", "Helvetica", 10)
    text(c, 72, y + 116, "Colleen Abernathy, Senior Disability Claims Examiner", "Helvetica", 10)
    page_done(c)


def draw_divorce_decree(c: canvas.Canvas, when: dt.date, wife: str, husband: str, case: str, county: str,
                        state: str, addr: str) -> None:
    """A county circuit court's final judgment of dissolution of marriage, one page."""
    text(c, W / 2, 66, f"IN THE CIRCUIT COURT OF {county.upper()} COUNTY, {state.upper()}", "Times-Bold", 12, align="c")
    text(c, W / 2, 82, "FAMILY DIVISION", "Times-Roman", 11, align="c")
    text(c, 72, 118, "In re the Marriage of:", "Times-Roman", 11.5)
    text(c, 90, 136, f"{wife.upper()}, Petitioner,", "Times-Roman", 11.5)
    text(c, 90, 152, "and", "Times-Roman", 11.5)
    text(c, 90, 168, f"{husband.upper()}, Respondent.", "Times-Roman", 11.5)
    text(c, W - 72, 136, f"Case No. {case}", "Times-Roman", 11.5, align="r")
    text(c, W / 2, 206, "FINAL JUDGMENT OF DISSOLUTION OF MARRIAGE", "Times-Bold", 13, align="c")
    paras = [
        "THIS CAUSE came before the Court on the Petition for Dissolution of Marriage. The Court, having reviewed the "
        "file, heard the testimony and being otherwise fully advised, finds that it has jurisdiction over the parties "
        "and the subject matter and that the marriage is irretrievably broken. It is therefore ORDERED AND ADJUDGED:",
        "1. The marriage between the Petitioner and the Respondent is dissolved.",
        "2. The Marital Settlement Agreement executed by the parties is ratified, approved and incorporated in this "
        "Final Judgment, and the parties are ordered to comply with it.",
        f"3. The real property located at {addr} is awarded to the Petitioner as her sole and separate property, "
        "together with the mortgage debt secured by it, and the Respondent shall execute a quitclaim deed to the "
        "Petitioner within thirty days.",
        "4. Neither party shall pay alimony to the other. Each party shall bear his or her own attorney's fees.",
        "5. The Court retains jurisdiction to enforce this Final Judgment.",
    ]
    y = 236
    for para in paras:
        for line in wrap(para, 86):
            text(c, 72, y, line, "Times-Roman", 11.5)
            y += 15
        y += 8
    text(c, 72, y + 14, f"DONE AND ORDERED in chambers on {long_date(when)}.", "Times-Roman", 11.5)
    text(c, 340, y + 64, "/s/ Margaret L. Oyelaran", "Times-Italic", 12)
    hline(c, 340, 540, y + 68, 0.6)
    text(c, 340, y + 82, "CIRCUIT JUDGE", "Times-Roman", 10.5)
    text(c, 72, y + 120, "Copies furnished to: counsel for Petitioner; Respondent.", "Times-Roman", 10)
    page_done(c)


def draw_fax_cover(c: canvas.Canvas, when: dt.date, to: str, to_fax: str, sender: str, phone: str, pages: int,
                   loan: str) -> None:
    """A copy shop's fax cover sheet."""
    text(c, 54, 80, "FAX", "Helvetica-Bold", 44)
    text(c, W - 54, 60, "QuickCopy Print & Ship #0418", "Helvetica-Bold", 10, align="r")
    text(c, W - 54, 74, "1260 Main St  -  (555) 010-6240", "Helvetica", 9, align="r")
    hline(c, 54, W - 54, 96, 2)
    rows = [("Date", us(when)), ("To", to), ("Fax", to_fax), ("From", sender), ("Phone", phone),
            ("Pages (incl. cover)", str(pages)), ("Re", f"Mortgage assistance application - loan {loan}")]
    for i, (k, v) in enumerate(rows):
        text(c, 60, 132 + 26 * i, f"{k}:", "Helvetica-Bold", 11)
        text(c, 200, 132 + 26 * i, v, "Helvetica", 11)
        hline(c, 195, W - 60, 136 + 26 * i, 0.4, 0.5)
    text(c, 60, 340, "Comments:", "Helvetica-Bold", 11)
    text(c, 60, 360, "Please find our signed application and our papers. Thank you.", "Helvetica", 11)
    text(c, 60, 700, "If you received this fax in error please call the sender.", "Helvetica-Oblique", 8.5, gray=0.3)
    page_done(c)


def pdf_bytes(title: str, draw: Any, *args: Any) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title)
    draw(c, *args)
    c.save()
    return buf.getvalue()


# --- packets ----------------------------------------------------------------------------------------------------------


@dataclass
class Paper:
    type: str
    pdf: bytes
    marks: list[Mark] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)
    forms: bool = False


def paper(kind: str, title: str, pen: Pen | None, draw: Any, *args: Any, fields: dict[str, Any] | None = None
          ) -> Paper:
    return Paper(kind, pdf_bytes(title, draw, *args), pen.marks if pen else [], fields or {})


class Packet:
    def __init__(self, out: Path, name: str, loan: str, received: dt.date, seed: int):
        self.name, self.loan, self.received, self.seed = name, loan, received, seed
        self.inbox = out / name / "inbox"
        self.root = out / name
        self.docs: list[dict[str, Any]] = []
        self.rng = random.Random(f"{seed}-{name}")

    def _write(self, rel: str, data: bytes) -> None:
        path = self.inbox / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    def _add(self, p: Paper, rel: str, pages: list[int], is_scan: bool) -> None:
        self.docs.append({"type": p.type, "scanned": is_scan, "pages": [{"file": rel, "page": n} for n in pages],
                          "fields": p.fields})

    def born(self, rel: str, p: Paper) -> None:
        """An e-mailed or downloaded born-digital file."""
        self._write(rel, p.pdf)
        self._add(p, rel, list(range(1, len(PdfReader(io.BytesIO(p.pdf)).pages) + 1)), False)

    def scan(self, rel: str, papers: list[Paper], dpi: int, separator: bool = False, cover: bytes | None = None,
             fax: bool = False) -> None:
        """One image-only PDF of printed papers: a grey scan, or a fax behind its cover sheet."""
        images: list[Image.Image] = []
        if separator:
            images.append(scanned(separator_page(self.loan, dpi), dpi, f"{self.seed}{rel}sep", self.tilt()))
        if cover is not None:
            images.append(render(cover, dpi)[0])
        for p in papers:
            first = len(images) + 1
            for i, image in enumerate(render(p.pdf, dpi, forms=p.forms)):
                ink_marks(image, p.marks, i, dpi, f"{self.seed}{self.name}{p.type}")
                images.append(image if fax else scanned(image, dpi, f"{self.seed}{rel}{len(images)}", self.tilt()))
            self._add(p, rel, list(range(first, len(images) + 1)), True)
        if fax:
            n = len(images)
            stamp = f"{self.received - dt.timedelta(days=1):%b %d %Y} 18:4{n % 10}"
            images = [faxed(im, f"{self.seed}{rel}{i}", self.tilt() / 2,
                            f"{stamp}  FROM: QUICKCOPY 0418 5550106240   TO: 15550107312   P.{i + 1:02d}/{n:02d}")
                      for i, im in enumerate(images)]
        self._write(rel, images_pdf(images, dpi, self.received))

    def tilt(self) -> float:
        return round(self.rng.uniform(0.1, 0.6) * self.rng.choice([-1, 1]), 2)

    def finish(self, app: App | None) -> dict[str, Any]:
        for i, doc in enumerate(self.docs, 1):
            doc["id"] = f"D{i:02d}"
        expected = {"loan_number": self.loan, "received_on": self.received.isoformat(), "status": "",
                    "missing": [], "application": app.expected() if app else None,
                    "documents": [{"id": d["id"], "type": d["type"], "scanned": d["scanned"], "pages": d["pages"],
                                   "fields": d["fields"]} for d in self.docs]}
        expected["missing"] = missing_codes(expected)
        expected["status"] = "incomplete" if expected["missing"] else "complete"
        self.root.mkdir(parents=True, exist_ok=True)
        (self.root / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
        return expected


# --- the checklist, applied to what was drawn (shared/spec/checklist.md) ----------------------------------------


HARDSHIP_PROOF = {
    "disability_or_illness": {"hardship_letter", "medical_statement"},
    "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
    "separation_unmarried": {"quitclaim_deed"},
    "death": {"death_certificate", "obituary"},
    "relocation": {"employer_relocation_letter", "military_pcs_orders"},
    "other": {"hardship_letter"},
}


def doc_date(doc: dict[str, Any]) -> dt.date | None:
    f = doc.get("fields") or {}
    value = f.get("pay_date") or f.get("period_end") or f.get("letter_date") or f.get("signed_on")
    return dt.date.fromisoformat(value) if value else None


def missing_codes(expected: dict[str, Any]) -> list[str]:
    received = dt.date.fromisoformat(expected["received_on"])
    docs = expected["documents"]
    app = expected["application"]

    def fresh(doc: dict[str, Any]) -> bool:
        when = doc_date(doc)
        return when is not None and 0 <= (received - when).days <= FRESH_DAYS

    codes: list[str] = []
    if app is None or not any(d["type"] == "mortgage_assistance_application" for d in docs):
        return ["application"]
    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        codes.append("application_signature")
    for name in ["loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                 "hardship_start_date", "income"]:
        value = app.get(name)
        if name == "income":
            value = {k: v for k, v in (value or {}).items() if k != "total" and v}
        if not value:
            codes.append(f"application_field:{name}")
    statements = sorted((d for d in docs if d["type"] == "bank_statement"),
                        key=lambda d: (d["fields"]["bank_name"], d["fields"]["account_last4"],
                                       d["fields"]["period_start"]))
    bank_pair = False
    for older, newer in itertools.pairwise(statements):
        same = all(older["fields"][k] == newer["fields"][k] for k in ("bank_name", "account_last4"))
        follows = (dt.date.fromisoformat(newer["fields"]["period_start"])
                   == dt.date.fromisoformat(older["fields"]["period_end"]) + dt.timedelta(days=1))
        if same and follows and fresh(newer):
            bank_pair = True

    def letter_for(code: str) -> bool:
        return any(d["type"] in ("benefit_award_letter", "unemployment_benefit_letter") and fresh(d)
                   and d["fields"].get("benefit_type") == code for d in docs)

    claimed = [k for k, v in (app.get("income") or {}).items() if k != "total" and v]
    for code in claimed:
        if code == "unemployment":
            continue
        if code == "wages":
            ok = bank_pair or any(d["type"] == "pay_stub" and fresh(d) and d["fields"].get("gross_ytd") is not None
                                  for d in docs)
        elif code == "self_employment":
            ok = bank_pair or any(d["type"] == "profit_and_loss_statement" and fresh(d) and d["fields"].get("signed")
                                  for d in docs)
        elif code == "rental":
            ok = bank_pair or sum(1 for d in docs if d["type"] == "rent_check" and fresh(d)) >= 2
        elif code == "investment":
            ok = bank_pair or sum(1 for d in docs if d["type"] == "investment_statement" and fresh(d)) >= 2
        else:
            ok = bank_pair or letter_for(code)
        if not ok:
            codes.append(f"income_doc:{code}")
    types = {d["type"] for d in docs}
    for hardship in app.get("hardship_types") or []:
        if hardship in HARDSHIP_PROOF and not (HARDSHIP_PROOF[hardship] & types):
            codes.append(f"hardship_doc:{hardship}")
    if {"self_employment", "rental"} & set(claimed) and not any(
            d["type"] == "irs_form_4506c" and d["fields"].get("signed") for d in docs):
        codes.append("irs_form_4506c")
    return sorted(codes)


# --- the eight packets --------------------------------------------------------------------------------------------


def stated_monthly(stubs: list[Stub]) -> Decimal:
    """What a borrower writes for monthly wages: the stubs' average monthly gross, to the dollar."""
    avg = sum((s.gross * PERIODS[s.freq] / 12 for s in stubs), Decimal(0)) / len(stubs)
    return Decimal(round(avg))


def stub_paper(s: Stub) -> Paper:
    return paper("pay_stub", f"Pay stub {us(s.pay)}", None, STUB_DRAWERS[s.job.kind], s, fields=s.fields())


def letter_paper(when: dt.date, signers: list[str], addr: list[str], servicer: str, loan: str, body: list[str],
                 pen: Pen, sign: bool) -> Paper:
    return paper("hardship_letter", "Hardship letter", pen, draw_hardship_letter, when, signers, addr, servicer, loan,
                 body, pen, sign, fields={"letter_date": when.isoformat()})


def ae1(out: Path, seed: int) -> dict[str, Any]:
    loan, received = "0047719320", dt.date(2036, 5, 27)
    pk = Packet(out, "ae1", loan, received, seed)
    addr = ["4127 Tamarack Hollow Rd", "Elk Rapids, MI 49629"]
    job = Job("crew", f"{seed}-ae1", "Bramblewood Landscape & Nursery LLC", ["2290 County Road 611",
              "Elk Rapids, MI 49629"], "Darnell K. Whitfield", addr, "BW-0417", "Crew Leader", Decimal("21.75"))
    s1, s2 = make_stub(job, "weekly", dt.date(2036, 5, 15)), make_stub(job, "weekly", dt.date(2036, 5, 22))
    app = App(loan, "Darnell K. Whitfield", "9031", addr[0], "Elk Rapids", "MI", "49629", "(555) 010-3391",
              "dkwhitfield@example.com", "primary_residence", ["reduction_in_income"], dt.date(2035, 9, 15),
              "long_term", {"wages": stated_monthly([s1, s2])}, dt.date(2036, 5, 22))
    pen = Pen(True, f"{seed}ae1")
    folder = f"{loan}/"
    pk.born(folder + "Mortgage Assistance Application - signed.pdf",
            Paper("mortgage_assistance_application", form710(app, pen), pen.marks, {}, True))
    pk.born(folder + f"Paystub {s1.pay:%m-%d-%Y}.pdf", stub_paper(s1))
    pk.born(folder + f"Paystub {s2.pay:%m-%d-%Y}.pdf", stub_paper(s2))
    body = ["I am writing to ask for help with my mortgage. I have worked at Bramblewood Landscape & Nursery for six "
            "years. Last September the company lost its two biggest contracts and moved me from a salaried foreman "
            "position to crew leader paid by the hour. My pay dropped by about $900 a month.",
            "I kept up with the payments from savings until February, when the savings ran out and I fell behind. I "
            "would like to keep my home and I am asking for a modification that brings my payment to something I "
            "can afford on my current pay.",
            "Thank you for considering my request. You can reach me at (555) 010-3391."]
    pk.born(folder + "hardship letter.pdf", letter_paper(dt.date(2036, 5, 21), ["Darnell K. Whitfield"], addr,
                                                         "Lakeshore Mortgage Servicing", loan, body, Pen(True, ""),
                                                         False))
    return pk.finish(app)


def ae2(out: Path, seed: int) -> dict[str, Any]:
    loan, received = "3081265547", dt.date(2036, 6, 9)
    pk = Packet(out, "ae2", loan, received, seed)
    addr = ["88 Wicklow Terrace", "Port Ransom, CO 80941"]
    job = Job("state", f"{seed}-ae2", "State of Columbia", [], "Rosalind M. Okafor", addr, "C0-448217",
              "Transportation Planner II", Decimal("4870.00"), agency="Department of Transportation, District 4")
    stub = make_stub(job, "monthly", dt.date(2036, 5, 31))
    annuity = Decimal("2318.00")
    app = App(loan, "Rosalind M. Okafor", "9266", addr[0], "Port Ransom", "CO", "80941", "(555) 010-5128",
              "rokafor@example.net", "primary_residence", ["increase_in_housing_expenses"], dt.date(2036, 1, 1),
              "long_term", {"wages": stub.gross, "benefits_taxable": annuity}, dt.date(2036, 6, 4),
              co="Emmett J. Okafor", co_ssn4="9514", co_signed_on=dt.date(2036, 6, 4), co_signs=True)
    pen = Pen(True, f"{seed}ae2")
    pk.born(f"{loan}_application.pdf", paper("mortgage_assistance_application", "Mortgage Help Questionnaire", pen,
                                             draw_form_a, app, pen))
    pk.born(f"{loan}_paystub_may.pdf", stub_paper(stub))
    letter_date = dt.date(2035, 12, 8)
    pk.born(f"{loan}_OPM_annuity_statement.pdf",
            paper("benefit_award_letter", "Annuity statement", None, draw_opm_statement, letter_date,
                  "Emmett J. Okafor", addr, "CSA 4 471 903", annuity, dt.date(2035, 12, 1),
                  fields={"letter_date": letter_date.isoformat(), "monthly_amount": float(annuity),
                          "benefit_type": "benefits_taxable"}))
    body = ["Our county reassessed our home last fall and the property taxes went up by almost 40 percent. At the same "
            "time our homeowner's insurance premium rose after the hail claims in our area. Our escrow account came "
            "up short and our monthly payment went up by more than $600 starting in January.",
            "I work for the state Department of Transportation and my husband is retired from federal service. Our "
            "income has not changed, but we cannot keep up with the new payment and our other bills. We want to stay "
            "in our home and ask to be considered for a loan modification.",
            "Thank you for your help."]
    pk.born(f"{loan}_letter.pdf", letter_paper(dt.date(2036, 6, 4), ["Rosalind M. Okafor", "Emmett J. Okafor"], addr,
                                               "Harrow Point Mortgage Servicing", loan, body, Pen(True, ""), False))
    return pk.finish(app)


def ae3(out: Path, seed: int) -> dict[str, Any]:
    loan, received = "0062390418", dt.date(2036, 6, 18)
    pk = Packet(out, "ae3", loan, received, seed)
    addr = ["615 Calle Arroyo Apt 2", "Las Cruces, NM 88005"]
    job = Job("server", f"{seed}-ae3", "Marisol's Cantina & Grill", ["1404 El Paseo Rd", "Las Cruces, NM 88001"],
              "Yesenia Paredes-Lund", addr, "2291", "Server", Decimal("3.50"))
    s1, s2 = make_stub(job, "biweekly", dt.date(2036, 5, 30)), make_stub(job, "biweekly", dt.date(2036, 6, 13))
    app = App(loan, "Yesenia Paredes-Lund", "9187", addr[0], "Las Cruces", "NM", "88005", "(555) 010-7725",
              "yesenia.pl@example.com", "primary_residence", ["disaster"], dt.date(2036, 3, 14), "short_term",
              {"wages": stated_monthly([s1, s2])}, dt.date(2036, 6, 13))
    pen = Pen(False, f"{seed}ae3")
    app_paper = paper("mortgage_assistance_application", "Mortgage Help Questionnaire", pen, draw_form_a, app, pen)
    body = ["On March 14 a storm sent water through the ground floor of my home. The flood insurance paid only part of "
            "the cost of the new floors, drywall and water heater, and I paid the contractor the rest out of my "
            "savings and my paychecks. Because of that I missed two mortgage payments.",
            "The repairs are finished and my work at Marisol's Cantina has not changed, as my pay stubs show. I am "
            "asking for a plan to bring my loan current so that I can keep my home.",
            "Thank you."]
    lpen = Pen(False, f"{seed}ae3l")
    letter = letter_paper(dt.date(2036, 6, 13), ["Yesenia Paredes-Lund"], addr, "Harrow Point Mortgage Servicing",
                          loan, body, lpen, True)
    pk.scan(f"Paredes-Lund {loan}.pdf", [app_paper, stub_paper(s1), stub_paper(s2), letter], 240)
    return pk.finish(app)


def ae4(out: Path, seed: int) -> dict[str, Any]:
    loan, received = "5510347782", dt.date(2036, 7, 1)
    pk = Packet(out, "ae4", loan, received, seed)
    addr = ["2207 Sycamore Bend Dr", "Fort Kessel, OH 45833"]
    job = Job("state", f"{seed}-ae4", "State of Columbia", [], "Lorna A. Hendershot", addr, "C0-201945",
              "Health Program Specialist", Decimal("3920.00"), agency="Department of Health, Northwest Region")
    stub = make_stub(job, "monthly", dt.date(2036, 6, 30))
    business = Decimal("3650.00")
    app = App(loan, "Tobias R. Hendershot", "9342", addr[0], "Fort Kessel", "OH", "45833", "(555) 010-2674",
              "tobias.hendershot@example.com", "primary_residence", ["disability_or_illness"], dt.date(2036, 2, 20),
              "long_term", {"wages": stub.gross, "self_employment": business}, dt.date(2036, 6, 24),
              co="Lorna A. Hendershot", co_ssn4="9710", co_signed_on=dt.date(2036, 6, 24), co_signs=True)
    pen = Pen(False, f"{seed}ae4")
    app_paper = Paper("mortgage_assistance_application", form710(app, pen), pen.marks, {}, True)
    tpen = Pen(False, f"{seed}ae4t")
    tax = Paper("irs_form_4506c", form4506c(app, tpen, dt.date(2036, 6, 24), addr[0], "Fort Kessel", "OH", "45833",
                                  "Lakeshore Mortgage Servicing"),
                tpen.marks, {"signed": True, "signed_on": "2036-06-24"})
    statements = make_statements(
        f"{seed}-ae4", "Prairie Mutual Bank", ["310 Grain Exchange Plaza", "Fort Kessel, OH 45833"],
        ["Hendershot's Barber Shop LLC", "Tobias R. Hendershot"], ["2207 Sycamore Bend Dr", "Fort Kessel, OH 45833"],
        "40772158316", "Small Business Checking", [(2036, 4), (2036, 5)], Decimal("2416.38"),
        [(3, "SQUARE DEPOSIT SALES", Decimal("1180.00")), (10, "SQUARE DEPOSIT SALES", Decimal("1240.00")),
         (17, "SQUARE DEPOSIT SALES", Decimal("1095.00")), (24, "SQUARE DEPOSIT SALES", Decimal("1310.00")),
         (29, "CASH DEPOSIT BRANCH", Decimal("620.00"))],
        ["BARBER SUPPLY CO", "OHIO EDISON", "SHOP RENT ACH", "OWNER DRAW TRANSFER", "INSURANCE PREMIUM",
         "CARD PURCHASE STAPLES", "CITY WATER DEPT"])
    stmt_papers = [paper("bank_statement", "Statement", None, draw_prairie_statement, s, fields=s.fields())
                   for s in statements]
    body = ["I have cut hair in my own shop for fourteen years. In February I had surgery on my lower back and I was "
            "out of the shop for eight weeks. My doctor has told me I can only stand for a few hours at a time, so I "
            "now work half days and I have had to turn away regular customers. My shop's income dropped by about "
            "half.",
            "My wife Lorna works for the state and her pay has stayed the same, but it is not enough to cover the "
            "mortgage and the shop's costs. We are asking for a modification of our loan so that we can stay in our "
            "home while I recover.",
            "Thank you for your time."]
    lpen = Pen(False, f"{seed}ae4l")
    letter = letter_paper(dt.date(2036, 6, 24), ["Tobias R. Hendershot"], addr, "Lakeshore Mortgage Servicing",
                          loan, body, lpen, True)
    pk.scan("MAILROOM_20360701_0007.pdf", [app_paper, tax, *stmt_papers, stub_paper(stub), letter], 300,
            separator=True)
    return pk.finish(app)


def ae5(out: Path, seed: int) -> dict[str, Any]:
    loan, received = "0009184736", dt.date(2036, 7, 14)
    pk = Packet(out, "ae5", loan, received, seed)
    home = ["51 Lantern Hill Ct", "Benning Falls, KY 40213"]
    job = Job("state", f"{seed}-ae5", "State of Columbia", [], "Marguerite L. Santangelo", home, "C0-377604",
              "Revenue Agent III", Decimal("4410.00"), agency="Department of Revenue, Audit Division")
    stub = make_stub(job, "monthly", dt.date(2036, 6, 30))
    rent = Decimal("1150.00")
    app = App(loan, "Marguerite L. Santangelo", "9428", "1739 Orchard Row", "Benning Falls", "KY", "40211",
              "(555) 010-9043", "m.santangelo@example.org", "investment_property", ["divorce_or_separation"],
              dt.date(2035, 11, 3), "long_term", {"wages": stub.gross, "rental": rent}, dt.date(2036, 7, 9))
    pen = Pen(True, f"{seed}ae5")
    name = f"LN{loan} Santangelo - "
    pk.born(name + "application.pdf", paper("mortgage_assistance_application", "Request for Mortgage Relief", pen,
                                            draw_form_b, app, pen))
    pk.born(name + "June paystub.pdf", stub_paper(stub))
    statements = make_statements(
        f"{seed}-ae5", "Harbor Light Credit Union", ["PO Box 2200", "Benning Falls, KY 40210", "(555) 010-4430"],
        ["Marguerite L. Santangelo"], home, "20518830927", "Share Draft Checking", [(2036, 5), (2036, 6)],
        Decimal("1874.12"),
        [(1, "DEPOSIT RENT ORCHARD ROW", rent), (30, "PAYROLL STATE OF COLUMBIA", stub.net)],
        ["KROGER #412", "LG&E UTILITY", "SPECTRUM", "SHELL OIL", "CVS PHARMACY", "AMAZON MKTPL", "CHECK",
         "STATE FARM INS", "TARGET"])
    for s in statements:
        pk.born(name + f"statement {s.start:%m-%Y}.pdf",
                paper("bank_statement", "Statement", None, draw_harbor_statement, s, fields=s.fields()))
    pk.born(name + "divorce decree.pdf", paper("divorce_decree", "Final judgment", None, draw_divorce_decree,
                                               dt.date(2036, 1, 22), "Marguerite L. Santangelo", "Victor P. Santangelo",
                                               "2035-DR-004417", "Harlow", "Kentucky", "1739 Orchard Row, Benning "
                                               "Falls, KY 40211"))
    return pk.finish(app)


def ae6(out: Path, seed: int) -> dict[str, Any]:
    loan, received = "7204418865", dt.date(2036, 7, 23)
    pk = Packet(out, "ae6", loan, received, seed)
    home = ["930 Wren Hollow Rd", "Mapleton, WI 53066"]
    job = Job("crew", f"{seed}-ae6", "Kestrel Cabinetry Inc.", ["44 Mill Race Dr", "Mapleton, WI 53066"],
              "Augustin P. Ferreira", home, "KC-1182", "Finisher", Decimal("23.40"))
    s1, s2 = make_stub(job, "weekly", dt.date(2036, 7, 10)), make_stub(job, "weekly", dt.date(2036, 7, 17))
    ltd = Decimal("2140.00")
    app = App(loan, "Augustin P. Ferreira", "9605", "17 Loon Point Ln", "Minocqua Shores", "WI", "54548",
              "(555) 010-4417", "aferreira@example.com", "second_home", ["reduction_in_income"], dt.date(2036, 3, 2),
              "short_term", {"wages": stated_monthly([s1, s2]), "benefits_taxable": ltd}, None, borrower_signs=True,
              co="Noelle B. Ferreira", co_ssn4="9233", co_signed_on=dt.date(2036, 7, 18), co_signs=True)
    pen = Pen(False, f"{seed}ae6")
    app_paper = paper("mortgage_assistance_application", "Request for Mortgage Relief", pen, draw_form_b, app, pen)
    when = dt.date(2036, 5, 5)
    ltd_paper = paper("benefit_award_letter", "LTD approval", None, draw_ltd_letter, when, "Noelle B. Ferreira", home,
                      "LTD-2036-0088173", "Mapleton Area School District", ltd, dt.date(2036, 4, 1),
                      fields={"letter_date": when.isoformat(), "monthly_amount": float(ltd),
                              "benefit_type": "benefits_taxable"})
    body = ["We are writing about the loan on our cabin at Loon Point. My wife Noelle became ill last fall and since "
            "April she has been on long term disability, which pays much less than her teaching salary did. My pay "
            "at the cabinet shop has not changed, but it does not cover both of our homes.",
            "We have been renting the cabin for a few weekends but it does not cover the payment. We would like to "
            "keep it for our family and ask to be reviewed for any help you can offer on this loan.",
            "Thank you."]
    lpen = Pen(False, f"{seed}ae6l")
    letter = letter_paper(dt.date(2036, 7, 18), ["Augustin P. Ferreira", "Noelle B. Ferreira"], home,
                          "Copperfield Home Loan Servicing", loan, body, lpen, True)
    papers = [app_paper, stub_paper(s1), stub_paper(s2), ltd_paper, letter]
    cover = pdf_bytes("Fax cover", draw_fax_cover, dt.date(2036, 7, 22), "Copperfield Home Loan Servicing - Loss "
                      "Mitigation", "(555) 010-7312", "Augustin & Noelle Ferreira", "(555) 010-4417",
                      1 + sum(len(PdfReader(io.BytesIO(p.pdf)).pages) for p in papers), loan)
    pk.scan("fax_20360722_184117.pdf", papers, 200, cover=cover, fax=True)
    return pk.finish(app)


def ae7(out: Path, seed: int) -> dict[str, Any]:
    loan, received = "0035827764", dt.date(2036, 8, 4)
    pk = Packet(out, "ae7", loan, received, seed)
    addr = ["3318 Pilings Way", "Brackett Harbor, ME 04609"]
    job = Job("cook", f"{seed}-ae7", "Dockside Oyster House", ["7 Wharf St", "Brackett Harbor, ME 04609"],
              "Dmitri V. Pashkov", addr, "0466", "Line Cook", Decimal("18.40"))
    s1, s2 = make_stub(job, "biweekly", dt.date(2036, 7, 17)), make_stub(job, "biweekly", dt.date(2036, 7, 31))
    app = App(loan, "Dmitri V. Pashkov", "9871", addr[0], "Brackett Harbor", "ME", "04609", "(555) 010-6602",
              "dpashkov@example.net", "primary_residence", ["other"], dt.date(2036, 5, 18), "short_term",
              {"wages": stated_monthly([s1, s2])}, dt.date(2036, 7, 31),
              other_text="Engine failure - towing and repair of the car I need to get to work")
    pen = Pen(True, f"{seed}ae7")
    name = f"Pashkov, Dmitri - {loan} - "
    pk.born(name + "application.pdf", paper("mortgage_assistance_application", "Mortgage Help Questionnaire", pen,
                                            draw_form_a, app, pen))
    pk.born(name + f"paystub {s1.pay:%m-%d}.pdf", stub_paper(s1))
    pk.born(name + f"paystub {s2.pay:%m-%d}.pdf", stub_paper(s2))
    return pk.finish(app)


def ae8(out: Path, seed: int) -> dict[str, Any]:
    loan, received = "6619027453", dt.date(2036, 8, 18)
    pk = Packet(out, "ae8", loan, received, seed)
    addr = ["1208 Fenwick Prairie Rd", "Cottonwood Junction, KS 66842"]
    ltd = Decimal("1880.00")
    app = App(loan, "Harriet E. Vandermeer", "9058", addr[0], "Cottonwood Junction", "KS", "66842", "(555) 010-3186",
              "suds.snips@example.com", "primary_residence", ["reduction_in_income", "increase_in_housing_expenses"],
              dt.date(2036, 4, 6), "long_term", {"self_employment": Decimal("2900.00"), "benefits_taxable": ltd},
              dt.date(2036, 8, 12), co="Jonah T. Vandermeer", co_ssn4="9377", co_signed_on=dt.date(2036, 8, 12),
              co_signs=True)
    folder = f"{loan}/"
    pen = Pen(False, f"{seed}ae8")
    pk.scan(folder + "IMG_0412.pdf", [paper("mortgage_assistance_application", "Request for Mortgage Relief", pen,
                                            draw_form_b, app, pen)], 200)
    tpen = Pen(False, f"{seed}ae8t")
    tax = form4506c(app, tpen, dt.date(2036, 8, 12), addr[0], "Cottonwood Junction", "KS", "66842",
                    "Copperfield Home Loan Servicing")
    pk.scan(folder + "IMG_0413.pdf", [Paper("irs_form_4506c", tax, tpen.marks, {"signed": True,
                                                                                 "signed_on": "2036-08-12"})], 200)
    when = dt.date(2036, 6, 15)
    pk.scan(folder + "IMG_0414.pdf", [paper("benefit_award_letter", "LTD approval", None, draw_ltd_letter, when,
                                            "Jonah T. Vandermeer", addr, "LTD-2036-0104552",
                                            "Flint Hills Grain Cooperative", ltd, dt.date(2036, 5, 1),
                                            fields={"letter_date": when.isoformat(), "monthly_amount": float(ltd),
                                                    "benefit_type": "benefits_taxable"})], 200)
    body = ["I run a mobile dog grooming business, Suds & Snips, from a converted van. In April the van's water "
            "heater and generator failed and I lost most of my bookings for six weeks while it was repaired, and "
            "several regular customers found other groomers. My business income is still down.",
            "At the same time our property taxes and insurance went up and our escrow payment increased. My husband "
            "Jonah has been on long term disability since May. We want to keep our home and ask for a modification.",
            "Thank you for reviewing our request."]
    lpen = Pen(False, f"{seed}ae8l")
    pk.scan(folder + "IMG_0415.pdf", [letter_paper(dt.date(2036, 8, 12), ["Harriet E. Vandermeer",
                                                                          "Jonah T. Vandermeer"], addr,
                                                   "Copperfield Home Loan Servicing", loan, body, lpen, True)], 200)
    statements = make_statements(
        f"{seed}-ae8", "Prairie Mutual Bank", ["310 Grain Exchange Plaza", "Emporia, KS 66801"],
        ["Suds & Snips Mobile Grooming", "Harriet E. Vandermeer"], addr, "40779904128", "Small Business Checking",
        [(2036, 6), (2036, 7)], Decimal("1307.55"),
        [(5, "SQUARE DEPOSIT SALES", Decimal("980.00")), (12, "SQUARE DEPOSIT SALES", Decimal("1020.00")),
         (19, "SQUARE DEPOSIT SALES", Decimal("890.00")), (26, "SQUARE DEPOSIT SALES", Decimal("1060.00"))],
        ["PETSMART SUPPLY", "CASEYS FUEL", "VAN LOAN ACH", "EVERGY ELECTRIC", "OWNER DRAW TRANSFER",
         "SQUARE FEES", "INSURANCE PREMIUM"])
    for s in statements:
        pk.born(folder + f"eStatement_{s.start:%Y-%m}.pdf",
                paper("bank_statement", "Statement", None, draw_prairie_statement, s, fields=s.fields()))
    return pk.finish(app)


PACKETS = [ae1, ae2, ae3, ae4, ae5, ae6, ae7, ae8]


# --- checking the expected reports ----------------------------------------------------------------------------------

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIELDS_BY_TYPE = {"pay_stub": STUB_FIELDS, "bank_statement": BANK_FIELDS, "hardship_letter": ["letter_date"],
                  "benefit_award_letter": ["letter_date", "monthly_amount", "benefit_type"],
                  "irs_form_4506c": ["signed", "signed_on"]}


def check_packet(folder: Path) -> list[str]:
    """Problems with one packet's expected.json: keys, codes, types, pages, scans and the checklist's verdict."""
    problems: list[str] = []
    exp = json.loads((folder / "expected.json").read_text())
    for key in ("loan_number", "received_on", "status", "missing", "application", "documents"):
        if key not in exp:
            problems.append(f"no {key}")
    if not re.fullmatch(r"[0-9]{6,15}", exp["loan_number"]):
        problems.append("loan_number is not 6-15 digits")
    if not ISO.match(exp["received_on"]):
        problems.append("received_on is not ISO")
    if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
        problems.append("status and missing disagree")
    valid = {"application", "application_signature", "irs_form_4506c",
             *(f"application_field:{n}" for n in ["loan_number", "borrower_name", "property_address", "occupancy",
                                                  "hardship_types", "hardship_start_date", "income"]),
             *(f"income_doc:{c}" for c in INCOMES if c != "unemployment"),
             *(f"hardship_doc:{c}" for c in HARDSHIP_PROOF)}
    problems += [f"unknown code {c}" for c in exp["missing"] if c not in valid]
    if sorted(exp["missing"]) != missing_codes(exp):
        problems.append(f"missing {exp['missing']} but the checklist gives {missing_codes(exp)}")
    app = exp["application"]
    if app is not None:
        if sorted(app) != sorted(APP_FIELDS):
            problems.append(f"application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or any(h not in HARDSHIPS for h in app["hardship_types"]):
            problems.append("bad occupancy or hardship code")
        if any(k not in [*INCOMES, "total"] for k in app["income"]):
            problems.append("bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append("income total is not the sum of its lines")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None and not ISO.match(app[k]):
                problems.append(f"{k} not ISO")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append("co_borrower_signed must be null exactly when there is no co-borrower")
    seen: set[tuple[str, int]] = set()
    readers: dict[str, PdfReader] = {}
    for doc in exp["documents"]:
        if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
            problems.append(f"bad document type {doc['type']}")
        want = FIELDS_BY_TYPE.get(doc["type"], [])
        if sorted(doc["fields"]) != sorted(want):
            problems.append(f"{doc['id']} fields {sorted(doc['fields'])} != {sorted(want)}")
        if doc["type"] == "pay_stub":
            f = doc["fields"]
            if f["frequency"] not in PERIODS:
                problems.append(f"{doc['id']} frequency")
            if float(money(f["gross_current"] * PERIODS[f["frequency"]] / 12)) != f["monthly_gross"]:
                problems.append(f"{doc['id']} monthly_gross")
        for page in doc["pages"]:
            key = (page["file"], page["page"])
            if key in seen:
                problems.append(f"page listed twice {key}")
            seen.add(key)
            path = folder / "inbox" / page["file"]
            if not path.is_file():
                problems.append(f"no file {page['file']}")
                continue
            reader = readers.setdefault(page["file"], PdfReader(path))
            if page["page"] > len(reader.pages):
                problems.append(f"no page {key}")
                continue
            has_text = bool(reader.pages[page["page"] - 1].extract_text().strip())
            if has_text == bool(doc["scanned"]):
                problems.append(f"{doc['id']} page {key}: scanned={doc['scanned']} but text layer={has_text}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--check", action="store_true", help="validate the expected.json files written")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    bad = 0
    for build in PACKETS:
        expected = build(args.out, args.seed)
        line = f"{build.__name__}: {expected['status']:<10} {', '.join(expected['missing']) or '-'}"
        if args.check:
            problems = check_packet(args.out / build.__name__)
            bad += bool(problems)
            line += "  check: " + ("ok" if not problems else "; ".join(problems))
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
