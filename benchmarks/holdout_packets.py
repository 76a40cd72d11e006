"""Holdout borrower packets, laid out unlike the shared samples, to measure how the service generalizes.

    python benchmarks/holdout_packets.py OUT_DIR [--seed N]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of
shared/samples/README.md, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores them. The layouts
(three servicers' own application forms, other payroll and bank layouts, letters, a fax cover, a separator
sheet) are drawn here; the real Form 710 is filled through its AcroForm. The expected status and missing
codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the very values drawn
into the packet, so a different seed changes names, amounts and dates but never the truth of the answers.
All people, employers, banks and servicers are fictional; SSNs appear as last four only.
"""

from __future__ import annotations

import argparse
import calendar
import io
import json
import logging
import math
import random
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import pdf_factory as pf

PAGE_W, PAGE_H = 612.0, 792.0
FOOTER = "synthetic test document - not a real record"
FRESH_DAYS = 90  # checklist.md: fresh = dated no more than 90 days before the evaluation date
_LIB = Path("/usr/share/fonts/truetype/liberation2")
_DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FONTS: dict[str, Path] = {
    "sans": _LIB / "LiberationSans-Regular.ttf",
    "sans-b": _LIB / "LiberationSans-Bold.ttf",
    "sans-i": _LIB / "LiberationSans-Italic.ttf",
    "serif": _LIB / "LiberationSerif-Regular.ttf",
    "serif-b": _LIB / "LiberationSerif-Bold.ttf",
    "serif-i": _LIB / "LiberationSerif-Italic.ttf",
    "mono": _LIB / "LiberationMono-Regular.ttf",
    "mono-b": _LIB / "LiberationMono-Bold.ttf",
    "pen": _DEJAVU / "DejaVuSansCondensed-Oblique.ttf",
}
CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, ROUND_HALF_UP)


def money(value: Decimal, sign: str = "") -> str:
    return f"{sign}{value:,.2f}"


def us(d: date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: date) -> str:
    return f"{calendar.month_name[d.month]} {d.day}, {d.year}"


# --- drawing: one layout, rendered born-digital or as a scan -----------------------------------------------


@cache
def _pil_font(name: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONTS[name]), px)


def text_width(text: str, font: str, size: float) -> float:
    return _pil_font(font, 1000).getlength(text) * size / 1000


@cache
def _rl_font(name: str) -> str:
    """Register a TrueType font with reportlab once, so PDF text matches the scanned rendering's metrics."""
    registered = f"HP-{name}"
    pdfmetrics.registerFont(TTFont(registered, str(FONTS[name])))
    return registered


@dataclass
class Sheet:
    """A letter-size page as drawing operations in points from the top-left: the same layout can become a
    born-digital page (reportlab, with a text layer) or paper on a scanner glass (Pillow, pixels only)."""

    ops: list[tuple[Any, ...]] = field(default_factory=list)

    def text(self, x: float, y: float, s: str, size: float = 10, font: str = "sans", gray: float = 0.0,
             align: str = "l") -> None:
        if s:
            self.ops.append(("text", x, y, s, size, font, gray, align))

    def line(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.7, gray: float = 0.0) -> None:
        self.ops.append(("line", x1, y1, x2, y2, width, gray))

    def rect(self, x: float, y: float, w: float, h: float, width: float = 0.7, stroke: float | None = 0.0,
             fill: float | None = None) -> None:
        self.ops.append(("rect", x, y, w, h, width, stroke, fill))

    def circle(self, cx: float, cy: float, r: float, width: float = 0.7, fill: float | None = None) -> None:
        self.ops.append(("circle", cx, cy, r, width, fill))

    def path(self, points: Sequence[tuple[float, float]], width: float = 1.2, gray: float = 0.0) -> None:
        self.ops.append(("path", list(points), width, gray))

    def image(self, img: Image.Image, x: float, y: float, w: float, h: float) -> None:
        self.ops.append(("image", img, x, y, w, h))

    def box(self, x: float, y: float, checked: bool, size: float = 8.0, mark: str = "x", gray: float = 0.0) -> None:
        """A checkbox whose top-left is (x, y); marked with a cross, a tick or filled in."""
        self.rect(x, y, size, size, width=0.6)
        if not checked:
            return
        if mark == "fill":
            self.rect(x + 1.5, y + 1.5, size - 3, size - 3, stroke=None, fill=gray)
        elif mark == "tick":
            self.path([(x + 1.5, y + size * 0.55), (x + size * 0.4, y + size - 1.2), (x + size + 1.5, y - 2)],
                      width=1.3, gray=gray)
        else:
            self.line(x + 1, y + 1, x + size - 1, y + size - 1, width=1.2, gray=gray)
            self.line(x + 1, y + size - 1, x + size - 1, y + 1, width=1.2, gray=gray)

    def band(self, x: float, y: float, w: float, title: str, fill: float = 0.82, size: float = 9.5,
             text_gray: float = 0.0, height: float = 15) -> None:
        self.rect(x, y, w, height, stroke=None, fill=fill)
        self.text(x + 5, y + height - 4.2, title, size, "sans-b", text_gray)

    def wrap(self, x: float, y: float, text: str, width: float, size: float = 9, font: str = "sans",
             leading: float | None = None, gray: float = 0.0) -> float:
        """Flow `text` into lines no wider than `width`; returns the y below the last line."""
        leading = leading or size * 1.3
        line = ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if line and text_width(trial, font, size) > width:
                self.text(x, y, line, size, font, gray)
                y += leading
                line = word
            else:
                line = trial
        self.text(x, y, line, size, font, gray)
        return y + leading

    def signature(self, rng: random.Random, x: float, y: float, w: float, h: float, gray: float = 0.1) -> None:
        """A handwritten-looking signature: loops drifting right (a prolate cycloid) and an underline flourish."""
        loops = rng.randint(5, 8)
        radius = w / loops * 0.45
        phase = rng.uniform(0, math.pi)
        points = []
        for i in range(loops * 14 + 1):
            t = i / (loops * 14)
            angle = 2 * math.pi * loops * t + phase
            wobble = 0.75 + 0.25 * math.sin(7.3 * t + phase)
            points.append((x + w * 0.9 * t + radius * math.cos(angle),
                           y - h * 0.45 - h * 0.42 * math.sin(angle) * wobble))
        self.path(points, width=1.3, gray=gray)
        sweep = [(x + w * (0.1 + 0.85 * k / 12), y - h * 0.08 + 2.5 * math.sin(k / 2.0)) for k in range(13)]
        self.path(sweep, width=1.0, gray=gray)


def _rl_gray(pdf: canvas.Canvas, gray: float) -> None:
    pdf.setFillGray(gray)
    pdf.setStrokeGray(gray)


def draw_pdf(pdf: canvas.Canvas, sheet: Sheet) -> None:
    """Draw a sheet's operations on a reportlab canvas (y turned to PDF's bottom-up axis)."""
    pdf.setLineCap(1)
    pdf.setLineJoin(1)
    for op in [*sheet.ops, ("text", PAGE_W - 30, PAGE_H - 14, FOOTER, 5.5, "sans", 0.62, "r")]:
        kind = op[0]
        if kind == "text":
            _, x, y, s, size, font, gray, align = op
            pdf.setFont(_rl_font(font), size)
            _rl_gray(pdf, gray)
            width = text_width(s, font, size)
            x = x - width if align == "r" else x - width / 2 if align == "c" else x
            pdf.drawString(x, PAGE_H - y, s)
        elif kind == "line":
            _, x1, y1, x2, y2, width, gray = op
            pdf.setLineWidth(width)
            _rl_gray(pdf, gray)
            pdf.line(x1, PAGE_H - y1, x2, PAGE_H - y2)
        elif kind == "rect":
            _, x, y, w, h, width, stroke, fill = op
            pdf.setLineWidth(width)
            if fill is not None:
                pdf.setFillGray(fill)
            if stroke is not None:
                pdf.setStrokeGray(stroke)
            pdf.rect(x, PAGE_H - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))
        elif kind == "circle":
            _, cx, cy, r, width, fill = op
            pdf.setLineWidth(width)
            pdf.setStrokeGray(0)
            if fill is not None:
                pdf.setFillGray(fill)
            pdf.circle(cx, PAGE_H - cy, r, stroke=1, fill=int(fill is not None))
        elif kind == "path":
            _, points, width, gray = op
            pdf.setLineWidth(width)
            _rl_gray(pdf, gray)
            path = pdf.beginPath()
            path.moveTo(points[0][0], PAGE_H - points[0][1])
            for px, py in points[1:]:
                path.lineTo(px, PAGE_H - py)
            pdf.drawPath(path, stroke=1, fill=0)
        elif kind == "image":
            _, img, x, y, w, h = op
            pdf.drawInlineImage(img, x, PAGE_H - y - h, width=w, height=h)


def sheets_pdf(sheets: Sequence[Sheet]) -> bytes:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter)
    for sheet in sheets:
        draw_pdf(pdf, sheet)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def sheet_image(sheet: Sheet, dpi: int) -> Image.Image:
    """Paint a sheet onto a white bitmap at `dpi`, as the printed page would look."""
    s = dpi / 72
    img = Image.new("L", (round(PAGE_W * s), round(PAGE_H * s)), 255)
    draw = ImageDraw.Draw(img)

    def px(v: float) -> int:
        return max(1, round(v * s))

    def ink(gray: float) -> int:
        return round(255 * gray)

    for op in [*sheet.ops, ("text", PAGE_W - 30, PAGE_H - 14, FOOTER, 5.5, "sans", 0.62, "r")]:
        kind = op[0]
        if kind == "text":
            _, x, y, s_, size, font, gray, align = op
            anchor = {"l": "ls", "r": "rs", "c": "ms"}[align]
            draw.text((x * s, y * s), s_, fill=ink(gray), font=_pil_font(font, px(size)), anchor=anchor)
        elif kind == "line":
            _, x1, y1, x2, y2, width, gray = op
            draw.line([(x1 * s, y1 * s), (x2 * s, y2 * s)], fill=ink(gray), width=px(width))
        elif kind == "rect":
            _, x, y, w, h, width, stroke, fill = op
            draw.rectangle([x * s, y * s, (x + w) * s, (y + h) * s],
                           fill=None if fill is None else ink(fill),
                           outline=None if stroke is None else ink(stroke), width=px(width))
        elif kind == "circle":
            _, cx, cy, r, width, fill = op
            draw.ellipse([(cx - r) * s, (cy - r) * s, (cx + r) * s, (cy + r) * s],
                         fill=None if fill is None else ink(fill), outline=0, width=px(width))
        elif kind == "path":
            _, points, width, gray = op
            draw.line([(a * s, b * s) for a, b in points], fill=ink(gray), width=px(width), joint="curve")
        elif kind == "image":
            _, picture, x, y, w, h = op
            img.paste(picture.convert("L").resize((px(w), px(h))), (round(x * s), round(y * s)))
    return img


@dataclass(frozen=True)
class Scan:
    """How paper became pixels: resolution, tilt, grain and speckle, blur, paper tone, fax thresholding."""

    dpi: int = 300
    skew: float = 0.0
    noise: float = 0.0
    blur: float = 0.0
    paper: int = 246
    fax: bool = False
    seed: int = 1


def scanned(img: Image.Image, scan: Scan, page: int = 0) -> Image.Image:
    rng = np.random.default_rng(scan.seed * 101 + page)
    arr = np.asarray(img, dtype=np.float32) * (scan.paper / 255.0)
    image = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    skew = scan.skew * (1 + 0.35 * math.sin(page + scan.seed))  # every sheet lies a little differently
    if skew:
        image = image.rotate(skew, resample=Image.Resampling.BICUBIC, fillcolor=scan.paper)
    if scan.blur:
        image = image.filter(ImageFilter.GaussianBlur(scan.blur))
    arr = np.asarray(image, dtype=np.float32) + rng.normal(0, 3.0, image.size[::-1])
    if scan.noise:
        speckle = rng.random(arr.shape) < scan.noise
        arr[speckle] = np.where(arr[speckle] > 128, 40, 250)
    image = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if scan.fax:
        image = image.point(lambda v: 255 if v > 150 else 0).convert("1")
    return image


def pdf_images(data: bytes, dpi: int) -> list[Image.Image]:
    """Print a PDF (form fields included) to page bitmaps, the way a filled form is printed before a scan."""
    document = pypdfium2.PdfDocument(data)
    document.init_forms()
    return [page.render(scale=dpi / 72, may_draw_forms=True).to_pil().convert("L") for page in document]


def overlay_pdf(data: bytes, sheets: dict[int, Sheet]) -> bytes:
    """Ink added onto existing pages (a pasted signature image, the synthetic-document footer)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for index, page in enumerate(writer.pages):
        sheet = sheets.get(index, Sheet())
        stamp = PdfReader(io.BytesIO(sheets_pdf([sheet]))).pages[0]
        page.merge_page(stamp)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- fictional people, places and firms ----------------------------------------------------------------------

FIRST = ["Darnell", "Priya", "Lucinda", "Tomasz", "Yolanda", "Everett", "Marisol", "Quentin", "Hollis", "Renata",
         "Ingrid", "Desmond", "Anneliese", "Cyrus", "Beatriz", "Thaddeus", "Noor", "Winifred", "Ezekiel", "Lorraine",
         "Gideon", "Paloma", "Rosalind", "Amadou"]
LAST = ["Okafor", "Lindqvist", "Pemberton", "Castellanos", "Vukovic", "Haverford", "Nakagawa", "Brandt",
        "Oyelaran", "Delacroix", "Fairbanks", "Szabo", "Ruiz-Ortega", "MacAllister", "Thibodeaux", "Kowalczyk",
        "Ashworth", "Quillen", "Marchetti", "Abernathy"]
PLACES = [("Cedar Falls", "IA", "506"), ("Bozeman", "MT", "597"), ("Lakeland", "FL", "338"), ("Waco", "TX", "767"),
          ("Bangor", "ME", "044"), ("Greeley", "CO", "806"), ("Rock Hill", "SC", "297"), ("Kenosha", "WI", "531"),
          ("Yakima", "WA", "989"), ("Flagstaff", "AZ", "860"), ("Muncie", "IN", "473"), ("Dothan", "AL", "363")]
STREETS = ["Larkspur Ln", "Old Mill Rd", "Whitcomb Ave", "Juniper Hollow Dr", "Cobblestone Ct", "Harbor View Ter",
           "Quarry Ridge Way", "Ashgrove Pl", "Sycamore Bend Rd", "Pewter St", "Tamarack Cir", "Fenwick Blvd"]
EMPLOYERS = ["Tallgrass Logistics Inc.", "Brightline Dental Group", "Hollow Creek Foods LLC",
             "Summit Ridge Health System", "Corvane Manufacturing Co.", "Blue Heron Hospitality",
             "Larchmont Unified School District", "Pinecrest Auto Group"]


@dataclass(frozen=True)
class Person:
    first: str
    middle: str | None
    last: str

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)

    @property
    def upper(self) -> str:
        return self.name.upper()


@dataclass(frozen=True)
class Address:
    street: str
    city: str
    state: str
    zip: str

    @property
    def one_line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def last_line(self) -> str:
        return f"{self.city}, {self.state} {self.zip}"


def person(rng: random.Random, last: str | None = None, avoid: Sequence[str] = ()) -> Person:
    first = rng.choice([f for f in FIRST if f not in avoid])
    middle = rng.choice([None, None, f"{rng.choice('ABCDEFGHJKLMNPRSTW')}."])
    return Person(first, middle, last or rng.choice(LAST))


def address(rng: random.Random) -> Address:
    city, state, zip3 = rng.choice(PLACES)
    street = f"{rng.randint(12, 9899)} {rng.choice(STREETS)}"
    if rng.random() < 0.3:
        street += f" {rng.choice(['Apt', 'Unit'])} {rng.randint(2, 40)}{rng.choice(['', 'B'])}"
    return Address(street, city, state, f"{zip3}{rng.randint(10, 99)}")


def digits(rng: random.Random, n: int, lead_zeros: int = 0) -> str:
    return "0" * lead_zeros + "".join(str(rng.randint(0, 9)) for _ in range(n - lead_zeros - 1)) + str(
        rng.randint(1, 9))


def phone(rng: random.Random) -> str:
    return f"({rng.randint(201, 989)}) 555-01{rng.randint(10, 99)}"


def weekday_on_or_before(d: date) -> date:
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def add_months(d: date, months: int) -> date:
    year, month = divmod(d.month - 1 + months, 12)
    return date(d.year + year, month + 1, 1)


# --- the case as drawn: application answers and documents ---------------------------------------------------


INCOME_CODES = ("wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
                "investment", "other")


@dataclass
class Application:
    """The answers written on the application, in checklist terms."""

    loan: str
    borrower: Person
    ssn4: str
    address: Address
    occupancy: str
    hardships: list[str]
    hardship_start: date | None
    income_lines: list[tuple[str, Decimal, str]]  # (income code, monthly amount, whose column: B or C)
    signed: bool
    signed_on: date | None
    co_borrower: Person | None = None
    co_ssn4: str | None = None
    co_signed: bool = False
    co_signed_on: date | None = None
    phone: str = ""
    email: str = ""
    other_hardship_text: str = ""
    mailing: Address | None = None  # where the borrower lives, when not at the property

    def income(self, code: str, whose: str | None = None) -> Decimal:
        return sum((a for c, a, w in self.income_lines if c == code and whose in (None, w)), Decimal(0))

    @property
    def total(self) -> Decimal:
        return sum((a for _, a, _ in self.income_lines), Decimal(0))

    @property
    def claimed(self) -> list[str]:
        return [c for c in INCOME_CODES if self.income(c) > 0]

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = {c: float(self.income(c)) for c in self.claimed}
        if income:
            income["total"] = float(self.total)
        return {
            "loan_number": self.loan,
            "borrower_name": self.borrower.name,
            "co_borrower_name": self.co_borrower.name if self.co_borrower else None,
            "ssn_last4": self.ssn4,
            "property_address": self.address.one_line,
            "occupancy": self.occupancy,
            "hardship_types": sorted(self.hardships),
            "hardship_start_date": self.hardship_start.isoformat() if self.hardship_start else None,
            "income": income,
            "signed": bool(self.signed and self.signed_on),
            "signed_on": self.signed_on.isoformat() if self.signed_on else None,
            "co_borrower_signed": bool(self.co_signed and self.co_signed_on) if self.co_borrower else None,
        }


@dataclass
class Doc:
    """One logical document: its checklist type, the fields the report must give, and how it is drawn."""

    type: str
    fields: dict[str, Any] = field(default_factory=dict)
    sheets: list[Sheet] = field(default_factory=list)
    pdf: bytes | None = None  # a prebuilt born-digital PDF (the filled Form 710)
    facts: dict[str, Any] = field(default_factory=dict)  # what the rules need beyond the compared fields
    delivered_order: list[int] | None = None  # page indexes as they lie in the file, if shuffled
    listed: bool = True  # separator and fax cover sheets are not listed

    @property
    def page_count(self) -> int:
        return len(PdfReader(io.BytesIO(self.pdf)).pages) if self.pdf else len(self.sheets)

    def digital(self) -> bytes:
        return self.pdf if self.pdf is not None else sheets_pdf(self.sheets)

    def images(self, dpi: int) -> list[Image.Image]:
        return pdf_images(self.pdf, dpi) if self.pdf is not None else [sheet_image(s, dpi) for s in self.sheets]


@dataclass
class File:
    """A file as dropped in the inbox: its parts in order, born digital or one scan of them all."""

    name: str
    parts: list[Doc]
    scan: Scan | None = None
    prebuilt_images: dict[int, Image.Image] = field(default_factory=dict)  # part index -> ready scanned page


@dataclass
class Packet:
    name: str
    received: date
    app: Application | None
    docs: list[Doc]
    files: list[File]
    loan: str
    intent: list[str] = field(default_factory=list)  # the missing codes the scenario is built to produce


# --- the checklist (shared/spec/checklist.md), applied to what was drawn ----------------------------------


def _fresh(d: date | None, received: date) -> bool:
    return d is not None and 0 <= (received - d).days <= FRESH_DAYS


def _two_recent_statements(docs: Sequence[Doc], received: date) -> bool:
    """Two statements of consecutive periods for the same account, the newer one fresh."""
    statements = [d.fields for d in docs if d.type == "bank_statement"]
    for older in statements:
        for newer in statements:
            same = (older["bank_name"], older["account_last4"]) == (newer["bank_name"], newer["account_last4"])
            if same and newer["period_start"] == older["period_end"] + timedelta(days=1) and _fresh(
                    newer["period_end"], received):
                return True
    return False


def _income_documented(code: str, docs: Sequence[Doc], received: date) -> bool:
    two = _two_recent_statements(docs, received)
    of = docs
    if code == "wages":
        return two or any(d.type == "pay_stub" and d.fields["gross_ytd"] is not None
                          and _fresh(d.fields["pay_date"], received) for d in of)
    if code == "self_employment":
        return two or any(d.type == "profit_and_loss_statement" and d.fields["signed"]
                          and _fresh(d.fields["period_end"], received) for d in of) or any(
            d.type == "tax_return" and d.facts.get("signed") for d in of)
    if code in ("benefits_taxable", "benefits_nontaxable"):
        return two or any(d.type == "benefit_award_letter" and d.fields.get("benefit_type") == code
                          and _fresh(d.fields["letter_date"], received) for d in of)
    if code == "rental":
        return two or sum(d.type == "rent_check" and _fresh(d.facts.get("date"), received) for d in of) >= 2
    if code == "investment":
        return two or sum(d.type == "investment_statement" and _fresh(d.facts.get("date"), received)
                          for d in of) >= 2
    if code == "other":
        return two
    return True  # unemployment: nothing required


HARDSHIP_DOCS = {
    "disability_or_illness": {"hardship_letter", "medical_statement"},
    "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
    "separation_unmarried": {"quitclaim_deed"},
    "death": {"death_certificate", "obituary"},
    "relocation": {"military_pcs_orders", "employer_relocation_letter"},
    "other": {"hardship_letter"},
}


def missing_codes(app: Application | None, docs: Sequence[Doc], received: date) -> list[str]:
    if app is None:
        return ["application"]
    missing = []
    co_ok = app.co_borrower is None or (app.co_signed and app.co_signed_on)
    if not (app.signed and app.signed_on) or not co_ok:
        missing.append("application_signature")
    required = {"loan_number": app.loan, "borrower_name": app.borrower.name, "property_address": app.address,
                "occupancy": app.occupancy, "hardship_types": app.hardships,
                "hardship_start_date": app.hardship_start, "income": app.claimed}
    missing += [f"application_field:{name}" for name, value in required.items() if not value]
    missing += [f"income_doc:{code}" for code in app.claimed if not _income_documented(code, docs, received)]
    types = {d.type for d in docs}
    missing += [f"hardship_doc:{h}" for h in app.hardships if h in HARDSHIP_DOCS and not HARDSHIP_DOCS[h] & types]
    if {"self_employment", "rental"} & set(app.claimed) and not any(
            d.type == "irs_form_4506c" and d.fields.get("signed") for d in docs):
        missing.append("irs_form_4506c")
    return missing


# --- servicers' own application forms ---------------------------------------------------------------------

HARDSHIP_LABELS_BOXED = [
    ("unemployment", "Job loss / unemployment"), ("reduction_in_income", "Reduced income (hours, pay, overtime)"),
    ("increase_in_housing_expenses", "Higher housing costs (taxes, insurance, HOA)"),
    ("disaster", "Disaster affecting home or workplace"), ("disability_or_illness", "Disability or serious illness"),
    ("divorce_or_separation", "Divorce / legal separation"),
    ("separation_unmarried", "Separation of unmarried co-owners"),
    ("death", "Death of a borrower or wage earner"), ("relocation", "Job relocation / distant transfer"),
    ("other", "Other (explain in your letter)"),
]
OCCUPANCY_LABELS = {"primary_residence": "Principal residence", "second_home": "Second home",
                    "investment_property": "Rental / investment property"}


def boxed_form(app: Application, rng: random.Random, servicer: tuple[str, str]) -> list[Sheet]:
    """Servicer A: two-column boxed cells ("Applicant" / "Co-Applicant"), values typed in a typewriter face,
    dates and signatures in pen."""
    name, contact = servicer
    typed, pen_gray = "mono", 0.38
    p1, p2 = Sheet(), Sheet()
    for sheet, page in ((p1, 1), (p2, 2)):
        sheet.rect(50, 38, 40, 40, stroke=None, fill=0.22)
        sheet.text(70, 64, "".join(w[0] for w in name.split()[:2]), 17, "sans-b", 1.0, "c")
        sheet.text(100, 54, name, 14, "sans-b")
        sheet.text(100, 67, contact, 7.5, "sans", 0.25)
        sheet.text(562, 50, f"Page {page} of 2", 8, "sans", 0.2, "r")
        sheet.text(50, 770, "Form HAR-1 (rev. 03/2024)", 7, "sans", 0.3)
    p1.text(306, 108, "HOMEOWNER ASSISTANCE REQUEST", 16, "sans-b", align="c")
    p1.text(306, 121, "Complete every section. Attach your income and hardship documents.", 8.5, "sans-i", 0.2,
            align="c")
    p1.text(50, 150, "Loan number:", 9.5, "sans-b")
    p1.rect(118, 137, 170, 19)
    p1.text(124, 151, app.loan, 11, typed)
    p1.text(330, 150, "Office use - date received:", 8, "sans", 0.3)
    p1.rect(440, 137, 122, 19, stroke=0.4)
    y = 172
    p1.band(50, y, 512, "SECTION A    APPLICANT INFORMATION")
    y += 15
    cols = (50, 200, 381, 562)
    p1.rect(cols[0], y, cols[3] - cols[0], 16, fill=0.93)
    p1.text(cols[1] + 6, y + 11.5, "Applicant", 9, "sans-b")
    p1.text(cols[2] + 6, y + 11.5, "Co-Applicant", 9, "sans-b")
    y += 16
    co = app.co_borrower
    rows = [("Full name (first, middle, last)", app.borrower.name, co.name if co else ""),
            ("SSN - last 4 digits only", app.ssn4, app.co_ssn4 or ""),
            ("Home / cell phone", app.phone, phone(rng) if co else ""),
            ("E-mail", app.email, "")]
    for label, left, right in rows:
        for a, b in ((cols[0], cols[1]), (cols[1], cols[2]), (cols[2], cols[3])):
            p1.rect(a, y, b - a, 24)
        p1.text(cols[0] + 5, y + 15, label, 8.5)
        size = 10.5 if text_width(max(left, right, key=len), typed, 10.5) < 170 else 9
        p1.text(cols[1] + 7, y + 16, left, size, typed)
        p1.text(cols[2] + 7, y + 16, right, size, typed)
        y += 24
    y += 14
    p1.band(50, y, 512, "SECTION B    PROPERTY")
    y += 30
    p1.text(50, y, "Property address:", 9)
    p1.rect(135, y - 14, 427, 20)
    p1.text(141, y, app.address.one_line, 10.5, typed)
    y += 24
    p1.text(50, y, "Property use:", 9)
    x = 135
    for code, label in OCCUPANCY_LABELS.items():
        p1.box(x, y - 8, app.occupancy == code, mark="x", gray=pen_gray)
        p1.text(x + 13, y, label, 9)
        x += 140
    y += 24
    p1.band(50, y, 512, "SECTION C    HARDSHIP")
    y += 32
    p1.text(50, y, "Date hardship began:", 9)
    p1.rect(148, y - 15, 110, 21)
    if app.hardship_start:
        p1.text(156, y, app.hardship_start.strftime("%m/%d/%y"), 12, "pen", pen_gray)
    p1.text(300, y, "Expected to last:", 9)
    p1.box(380, y - 8, True, mark="x", gray=pen_gray)
    p1.text(393, y, "6 months or longer", 9)
    p1.box(480, y - 8, False)
    p1.text(493, y, "Less than 6 months", 9)
    y += 22
    p1.text(50, y, "Reason(s) for hardship - check all that apply:", 9, "sans-b")
    y += 18
    for i, (code, label) in enumerate(HARDSHIP_LABELS_BOXED):
        bx = 58 if i % 2 == 0 else 312
        by = y + (i // 2) * 19
        p1.box(bx, by - 8, code in app.hardships, mark="x", gray=pen_gray)
        p1.text(bx + 14, by, label, 9)
    y += 5 * 19 + 10
    p1.wrap(50, y, "By signing page 2 you confirm that the information in this request is complete and true. "
            "Send this form with the documents listed on the enclosed checklist.", 512, 8, gray=0.25)

    p2.text(306, 100, f"Homeowner Assistance Request - continued          Loan number: {app.loan}", 9, "sans",
            align="c")
    y = 116
    p2.band(50, y, 512, "SECTION D    GROSS MONTHLY INCOME (before taxes and deductions)")
    y += 15
    cols = (50, 330, 446, 562)
    p2.rect(cols[0], y, cols[3] - cols[0], 16, fill=0.93)
    p2.text(cols[0] + 5, y + 11.5, "Income source", 9, "sans-b")
    p2.text(cols[1] + 6, y + 11.5, "Applicant", 9, "sans-b")
    p2.text(cols[2] + 6, y + 11.5, "Co-Applicant", 9, "sans-b")
    y += 16
    rows_income = [("Wages / salary (gross)", "wages", "base"), ("Overtime, commissions, bonus, tips", "wages", "ot"),
                   ("Self-employment (net)", "self_employment", ""), ("Unemployment benefits", "unemployment", ""),
                   ("Social Security / pension / disability (taxable)", "benefits_taxable", ""),
                   ("SSI / disability (non-taxable)", "benefits_nontaxable", ""),
                   ("Rental income (net)", "rental", ""), ("Interest, dividends, annuity", "investment", ""),
                   ("Alimony / child support", "other", "support"), ("Other income", "other", "misc")]
    for label, code, part in rows_income:
        for a, b in ((cols[0], cols[1]), (cols[1], cols[2]), (cols[2], cols[3])):
            p2.rect(a, y, b - a, 20)
        p2.text(cols[0] + 5, y + 13.5, label, 8.5)
        for whose, x0, x1 in (("B", cols[1], cols[2]), ("C", cols[2], cols[3])):
            p2.text(x0 + 5, y + 13.5, "$", 9)
            amount = app.income(code, whose) if part in ("", "base", "misc") else Decimal(0)
            if amount:
                p2.text(x1 - 6, y + 14, money(amount), 10.5, typed, align="r")
        y += 20
    p2.rect(cols[0], y, cols[3] - cols[0], 22, width=1.2)
    p2.text(cols[0] + 5, y + 15, "Gross monthly income - household total", 9, "sans-b")
    p2.text(cols[1] + 5, y + 15, "$", 9)
    p2.text(cols[3] - 6, y + 15.5, money(app.total), 11, "mono-b", align="r")
    y += 40
    p2.band(50, y, 512, "SECTION E    MONTHLY EXPENSES")
    y += 15
    expenses = [("First mortgage payment (principal, interest, escrow)", rng.randrange(1100, 2600)),
                ("Car loan / lease payments", rng.randrange(180, 640)), ("Credit cards - minimum payments",
                                                                       rng.randrange(60, 420))]
    for label, amount in expenses:
        p2.rect(50, y, 396, 20)
        p2.rect(446, y, 116, 20)
        p2.text(55, y + 13.5, label, 8.5)
        p2.text(451, y + 13.5, "$", 9)
        p2.text(556, y + 14, money(Decimal(amount)), 10.5, typed, align="r")
        y += 20
    y += 20
    p2.band(50, y, 512, "SECTION F    ACKNOWLEDGEMENT AND SIGNATURES")
    y += 28
    y = p2.wrap(50, y, "I certify that the information I have given is true and complete. I understand that the "
                "servicer will review this request and may ask for more documents, and that it may obtain a credit "
                "report. Knowingly submitting false information may violate federal law.", 512, 8.5)
    y += 12
    signers = [("Applicant signature", app.signed, app.signed_on)]
    if co:
        signers.append(("Co-Applicant signature", app.co_signed, app.co_signed_on))
    else:
        signers.append(("Co-Applicant signature", False, None))
    for label, signed, when in signers:
        p2.rect(50, y, 340, 36)
        p2.text(54, y + 9, label, 7.5, "sans", 0.2)
        p2.rect(400, y, 162, 36)
        p2.text(404, y + 9, "Date", 7.5, "sans", 0.2)
        if signed:
            p2.signature(rng, 90, y + 33, 210, 22, gray=0.15)
        if when:
            p2.text(415, y + 28, when.strftime("%m/%d/%Y"), 12, "pen", pen_gray)
        y += 48
    return [p1, p2]


HARDSHIP_LABELS_LINED = [
    ("unemployment", "Lost my job"), ("reduction_in_income", "Cut in pay or hours"),
    ("increase_in_housing_expenses", "Taxes / insurance / HOA went up"), ("disaster", "Fire, flood or other disaster"),
    ("disability_or_illness", "Illness or disability"), ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Unmarried co-owner moved out"), ("death", "Death in the household"),
    ("relocation", "Transferred / relocated for work"), ("other", "Other:"),
]


def lined_form(app: Application, rng: random.Random, servicer: tuple[str, str]) -> list[Sheet]:
    """Servicer B: numbered questions on ruled lines and round bubbles, filled in by hand (pen font, jitter)."""
    name, contact = servicer
    pen = 0.22

    def hand(sheet: Sheet, x: float, y: float, s: str, size: float = 12.5) -> None:
        sheet.text(x + rng.uniform(-2, 3), y + rng.uniform(-1.5, 0.5), s, size + rng.uniform(-0.8, 0.8), "pen", pen)

    def ruled(sheet: Sheet, x: float, y: float, label: str, x_line: float, x_end: float = 562) -> None:
        sheet.text(x, y, label, 10, "serif")
        sheet.line(x_line, y + 2, x_end, y + 2, 0.6)

    def bubble(sheet: Sheet, x: float, y: float, chosen: bool, label: str) -> None:
        sheet.circle(x + 4, y - 3.5, 4.2)
        if chosen:
            sheet.path([(x - 1, y - 7), (x + 9, y + 1)], 1.6, pen)
            sheet.path([(x - 1, y + 1), (x + 9, y - 7)], 1.6, pen)
        sheet.text(x + 13, y, label, 10, "serif")

    p1, p2 = Sheet(), Sheet()
    for sheet, page in ((p1, 1), (p2, 2)):
        sheet.text(306, 52, name.upper(), 16, "serif-b", align="c")
        sheet.text(306, 66, contact, 8.5, "serif", 0.2, align="c")
        sheet.line(50, 74, 562, 74, 1.4)
        sheet.text(562, 92, f"Page {page} of 2", 9, "serif", align="r")
    p1.text(306, 108, "BORROWER ASSISTANCE APPLICATION", 14, "serif-b", align="c")
    p1.text(306, 122, "Please print clearly in ink. Answer every question.", 9, "serif-i", align="c")
    y = 150
    ruled(p1, 50, y, "1.  Mortgage account number:", 200, 400)
    hand(p1, 210, y, app.loan)
    y += 28
    ruled(p1, 50, y, "2.  Borrower name (print):", 190)
    hand(p1, 200, y, app.borrower.name)
    y += 28
    ruled(p1, 50, y, "3.  Last four digits of Social Security number:", 290, 380)
    hand(p1, 300, y, app.ssn4)
    y += 28
    ruled(p1, 50, y, "4.  Co-borrower name (if any):", 212)
    if app.co_borrower:
        hand(p1, 222, y, app.co_borrower.name)
    y += 28
    ruled(p1, 50, y, "5.  Co-borrower SSN (last four):", 222, 320)
    if app.co_ssn4:
        hand(p1, 232, y, app.co_ssn4)
    y += 28
    ruled(p1, 50, y, "6.  Daytime phone:", 150, 300)
    hand(p1, 156, y, app.phone, 11.5)
    ruled(p1, 310, y, "E-mail:", 350)
    hand(p1, 356, y, app.email, 10.5)
    y += 28
    ruled(p1, 50, y, "7.  Address of the mortgaged property:", 240)
    hand(p1, 246, y, app.address.street)
    y += 24
    p1.line(70, y + 2, 562, y + 2, 0.6)
    hand(p1, 80, y, app.address.last_line)
    y += 30
    p1.text(50, y, "8.  How is the property used?", 10, "serif")
    y += 20
    x = 70
    for code, label in (("primary_residence", "My primary home"), ("second_home", "Second / vacation home"),
                        ("investment_property", "Rental or investment")):
        bubble(p1, x, y, app.occupancy == code, label)
        x += 160
    y += 28
    p1.text(50, y, "9.  What caused your hardship? (mark all that apply)", 10, "serif")
    y += 20
    for i, (code, label) in enumerate(HARDSHIP_LABELS_LINED):
        bubble(p1, 70 if i % 2 == 0 else 320, y + (i // 2) * 20, code in app.hardships, label)
    if "other" in app.hardships:
        hand(p1, 372, y + 4 * 20, app.other_hardship_text[:34], 10.5)
    y += 5 * 20 + 12
    ruled(p1, 50, y, "10. About when did the hardship begin? (month/day/year)", 340, 470)
    if app.hardship_start:
        hand(p1, 350, y, app.hardship_start.strftime("%-m/%-d/%Y"))
    y += 28
    p1.text(50, y, "11. Do you expect the hardship to be", 10, "serif")
    bubble(p1, 240, y, False, "temporary")
    bubble(p1, 330, y, True, "long-term / permanent")

    p2.text(306, 108, "Borrower Assistance Application (continued)", 12, "serif-b", align="c")
    y = 140
    p2.text(50, y, "12. Monthly household income before taxes (all borrowers):", 10, "serif")
    y += 24
    rows = [("Gross pay from employment", "wages"), ("Overtime, bonus, tips", None),
            ("Self-employment income (net)", "self_employment"), ("Unemployment benefits", "unemployment"),
            ("Social Security, pension (taxable)", "benefits_taxable"),
            ("Non-taxable Social Security / disability", "benefits_nontaxable"),
            ("Rent received", "rental"), ("Investments / annuities", "investment"),
            ("Child support / alimony / other", "other")]
    for label, code in rows:
        leader = label + " " + "." * 60
        p2.text(70, y, leader[:72], 10, "serif")
        p2.text(420, y, "$", 10, "serif")
        p2.line(430, y + 2, 540, y + 2, 0.5)
        amount = app.income(code) if code else Decimal(0)
        if amount:
            hand(p2, 440, y, money(amount))
        y += 21
    p2.text(70, y + 4, "TOTAL MONTHLY INCOME", 10, "serif-b")
    p2.text(420, y + 4, "$", 10, "serif-b")
    p2.line(430, y + 6, 540, y + 6, 1.0)
    hand(p2, 440, y + 4, money(app.total))
    y += 36
    p2.text(50, y, "13. Monthly housing payment (first mortgage):", 10, "serif")
    p2.text(320, y, "$", 10, "serif")
    p2.line(330, y + 2, 440, y + 2, 0.5)
    hand(p2, 338, y, money(Decimal(rng.randrange(900, 2400))))
    y += 36
    p2.text(50, y, "CERTIFICATION", 10.5, "serif-b")
    y += 16
    y = p2.wrap(50, y, "I/We certify that all information in this application is true and complete, that the "
                "hardship described above has made it difficult to pay the mortgage, and that the servicer may "
                "verify it, including by obtaining a credit report. I/We understand that knowingly making a false "
                "statement is a crime.", 512, 9.5, "serif", 13)
    y += 40
    for label, signed, when in (("Borrower signature", app.signed, app.signed_on),
                                ("Co-borrower signature", app.co_signed, app.co_signed_on)):
        p2.text(50, y, "X", 13, "serif-b")
        p2.line(62, y + 2, 360, y + 2, 0.7)
        p2.text(62, y + 13, label, 8, "serif", 0.2)
        p2.line(400, y + 2, 560, y + 2, 0.7)
        p2.text(400, y + 13, "Date", 8, "serif", 0.2)
        if signed:
            p2.signature(rng, 90, y, 220, 22, gray=pen)
        if when:
            hand(p2, 410, y, us(when))
        y += 54
    return [p1, p2]


def portal_summary(app: Application, rng: random.Random, servicer: str, submitted: date) -> list[Sheet]:
    """Servicer C: a web portal's printout - label-over-value cards, every income source listed (with $0.00),
    hardship reasons ticked in a list, and a drawn signature captured on a tablet."""
    p1, p2 = Sheet(), Sheet()
    confirmation = "KRH-" + "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(5))
    for sheet, page in ((p1, 1), (p2, 2)):
        sheet.rect(0, 0, PAGE_W, 52, stroke=None, fill=0.16)
        sheet.text(40, 32, servicer, 16, "sans-b", 1.0)
        sheet.text(572, 32, "Homeowner Relief Portal", 9, "sans", 0.9, "r")
        sheet.text(306, 760, f"Printed {us(submitted)}  |  Confirmation {confirmation}  |  Page {page} of 2", 7.5,
                   "sans", 0.35, "c")

    def section(sheet: Sheet, y: float, title: str) -> float:
        sheet.text(40, y, title, 12, "sans-b", 0.1)
        sheet.line(40, y + 5, 572, y + 5, 0.8, 0.55)
        return y + 24

    def card(sheet: Sheet, x: float, y: float, label: str, value: str, width: float = 250) -> None:
        sheet.rect(x, y - 10, width, 34, width=0.5, stroke=0.75, fill=0.97)
        sheet.text(x + 8, y + 1, label.upper(), 6.8, "sans-b", 0.45)
        sheet.text(x + 8, y + 16, value or "\u2014", 10.5, "sans", 0.05)

    p1.text(40, 84, "Mortgage Relief Application \u2013 Submitted Summary", 15, "sans-b")
    p1.text(40, 98, f"Submitted online {us(submitted)} 10:{rng.randint(10, 59)} AM  \u00b7  Confirmation "
            f"{confirmation}", 8.5, "sans", 0.35)
    y = section(p1, 128, "Loan")
    card(p1, 40, y, "Loan number", app.loan)
    card(p1, 310, y, "Property use", {"primary_residence": "Owner-occupied primary residence",
                                      "second_home": "Second home",
                                      "investment_property": "Investment / rental property"}[app.occupancy])
    y += 42
    card(p1, 40, y, "Property address", app.address.one_line, 520)
    y += 42
    card(p1, 40, y, "Mailing address (if different)", app.mailing.one_line if app.mailing else "", 520)
    y += 52
    y = section(p1, y, "Applicant")
    card(p1, 40, y, "Full legal name", app.borrower.name)
    card(p1, 310, y, "SSN (last 4)", app.ssn4)
    y += 42
    card(p1, 40, y, "Mobile phone", app.phone)
    card(p1, 310, y, "Email", app.email)
    y += 52
    y = section(p1, y, "Co-applicant")
    card(p1, 40, y, "Full legal name", app.co_borrower.name if app.co_borrower else "")
    card(p1, 310, y, "SSN (last 4)", app.co_ssn4 or "")
    y += 52
    y = section(p1, y, "Hardship")
    card(p1, 40, y, "Hardship began on", long_date(app.hardship_start) if app.hardship_start else "")
    card(p1, 310, y, "Expected duration", "More than 6 months")
    y += 44
    p1.text(40, y, "HARDSHIP REASON(S)", 6.8, "sans-b", 0.45)
    y += 16
    for i, (code, label) in enumerate(HARDSHIP_LABELS_BOXED):
        bx, by = (48 if i % 2 == 0 else 318), y + (i // 2) * 17
        p1.box(bx, by - 8, code in app.hardships, 8.5, mark="tick", gray=0.05)
        p1.text(bx + 15, by, label.replace(" (explain in your letter)", ""), 9.5)

    y = section(p2, 84, "Monthly income (gross, before taxes)")
    labels = [("Wages, salary, overtime, bonus", "wages"), ("Self-employment (net profit)", "self_employment"),
              ("Unemployment benefits", "unemployment"), ("Taxable benefits (Social Security, pension)",
                                                          "benefits_taxable"),
              ("Non-taxable benefits (SSI, disability)", "benefits_nontaxable"),
              ("Rental income (net of expenses)", "rental"), ("Investment / insurance income", "investment"),
              ("Alimony, child support, other", "other")]
    p2.rect(40, y - 12, 532, 18, stroke=None, fill=0.9)
    p2.text(48, y + 1, "Source", 8.5, "sans-b")
    p2.text(562, y + 1, "Monthly amount", 8.5, "sans-b", align="r")
    y += 20
    for label, code in labels:
        p2.text(48, y, label, 10)
        p2.text(562, y, f"${money(app.income(code))}", 10, align="r")
        p2.line(40, y + 6, 572, y + 6, 0.4, 0.8)
        y += 19
    p2.text(48, y + 2, "Total monthly income", 10.5, "sans-b")
    p2.text(562, y + 2, f"${money(app.total)}", 10.5, "sans-b", align="r")
    y += 40
    y = section(p2, y, "Monthly expenses")
    for label, amount in (("Mortgage payment", rng.randrange(1200, 2900)), ("Utilities", rng.randrange(140, 420)),
                          ("Auto loan", rng.randrange(0, 520))):
        p2.text(48, y, label, 10)
        p2.text(562, y, f"${money(Decimal(amount))}", 10, align="r")
        y += 18
    y += 24
    y = section(p2, y, "Certification and signature")
    y = p2.wrap(40, y, "By signing, I certify that the information I provided is accurate and complete, that my "
                "hardship contributed to my need for mortgage relief, and I consent to the servicer obtaining my "
                "credit report and contacting me about this application.", 530, 9.5)
    y += 50
    if app.signed:
        p2.signature(rng, 70, y - 2, 200, 30, gray=0.08)
    p2.line(40, y + 4, 320, y + 4, 0.8)
    p2.text(40, y + 16, "Borrower signature (captured)", 7.5, "sans", 0.4)
    p2.text(360, y, us(app.signed_on) if app.signed_on else "", 11)
    p2.line(350, y + 4, 572, y + 4, 0.8)
    p2.text(350, y + 16, "Date signed", 7.5, "sans", 0.4)
    y += 56
    p2.line(40, y + 4, 320, y + 4, 0.8)
    p2.text(40, y + 16, "Co-applicant signature (captured)", 7.5, "sans", 0.4)
    p2.line(350, y + 4, 572, y + 4, 0.8)
    p2.text(350, y + 16, "Date signed", 7.5, "sans", 0.4)
    return [p1, p2]


# --- the real Form 710 ------------------------------------------------------------------------------------

_F710_HARDSHIP = {"unemployment": 41, "reduction_in_income": 42, "increase_in_housing_expenses": 43, "disaster": 44,
                  "disability_or_illness": 45, "divorce_or_separation": 46, "separation_unmarried": 47, "death": 48,
                  "relocation": 49, "other": 50}
_F710_INCOME = {code: n for n, code in enumerate(INCOME_CODES, start=2)}
_F710_OCCUPANCY = {"primary_residence": 24, "second_home": 25, "investment_property": 26}


def form710(app: Application, rng: random.Random, date_style: str) -> bytes:
    """The real Form 710 filled on a computer (AcroForm), signatures pasted in as ink on page 4."""

    def when(d: date) -> str:
        return d.strftime(date_style).lstrip("0").replace("/0", "/")

    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.ssn4, "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address.one_line, f"Checkbox_{_F710_OCCUPANCY[app.occupancy]}": True,
        "Checkbox_27" if app.occupancy == "primary_residence" else "Checkbox_29": True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, "Checkbox_39": True,
        "Number_10": money(Decimal(rng.randrange(120, 2400))),
    }
    if app.co_borrower:
        values |= {"Text_4": app.co_borrower.name, "Text_5": app.co_ssn4 or ""}
    if app.hardship_start:
        values["Date_1"] = when(app.hardship_start)
    for code in app.hardships:
        values[f"Checkbox_{_F710_HARDSHIP[code]}"] = True
    if app.other_hardship_text:
        values["Text_9"] = app.other_hardship_text
    for code in app.claimed:
        amount = app.income(code)
        values[f"Number_{_F710_INCOME[code]}"] = money(amount) if amount % 1 else f"{amount:.0f}"
    if app.signed_on:
        values["Date_3"] = when(app.signed_on)
    if app.co_signed_on:
        values["Date_4"] = when(app.co_signed_on)
    ink = Sheet()
    if app.signed:  # Signature_1's rectangle: x 145-396, y 343-367 (PDF, bottom-up)
        ink.signature(rng, 170, PAGE_H - 346, 190, 20, gray=0.1)
    if app.co_borrower and app.co_signed:  # Signature_2: x 158-396, y 305-329
        ink.signature(rng, 180, PAGE_H - 308, 180, 20, gray=0.1)
    return overlay_pdf(pf.form710_filled(values), {3: ink})


# --- pay stubs ----------------------------------------------------------------------------------------------

PERIODS_A_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


@dataclass
class Stub:
    employer: str
    employer_address: Address
    employee: Person
    employee_address: Address
    period_start: date
    period_end: date
    pay_date: date
    frequency: str
    gross: Decimal
    ytd_gross: Decimal | None
    deductions: list[tuple[str, Decimal, Decimal]]  # label, current, ytd
    hours: Decimal | None = None
    rate: Decimal | None = None

    @property
    def net(self) -> Decimal:
        return self.gross - sum((c for _, c, _ in self.deductions), Decimal(0))

    def doc(self, sheets: list[Sheet]) -> Doc:
        monthly = cents(self.gross * PERIODS_A_YEAR[self.frequency] / 12)
        return Doc("pay_stub", {
            "employer": self.employer, "employee_name": self.employee.name, "pay_date": self.pay_date,
            "period_start": self.period_start, "period_end": self.period_end, "frequency": self.frequency,
            "gross_current": self.gross, "gross_ytd": self.ytd_gross, "net_current": self.net,
            "monthly_gross": monthly}, sheets)


def make_stub(rng: random.Random, employer: str, employee: Person, home: Address, frequency: str, gross: Decimal,
              period_end: date, with_ytd: bool = True, pay_lag: int = 4, hourly: bool = False) -> Stub:
    """A pay period ending on `period_end` with withholding that adds up, and YTD from the periods elapsed."""
    if frequency == "semimonthly":
        start = period_end.replace(day=16) if period_end.day > 15 else period_end.replace(day=1)
        index = (period_end.month - 1) * 2 + (2 if period_end.day > 15 else 1)
    else:
        length = 7 if frequency == "weekly" else 14
        start = period_end - timedelta(days=length - 1)
        index = (period_end.timetuple().tm_yday - 1) // length + 1
    pay_date = period_end + timedelta(days=pay_lag)
    if pay_date.year != period_end.year:
        pay_date = period_end
    rates = [("Federal Income Tax", Decimal("0.094")), ("Social Security", Decimal("0.062")),
             ("Medicare", Decimal("0.0145")), ("State Income Tax", Decimal("0.041"))]
    deductions = [(label, cents(gross * r), cents(gross * r) * index) for label, r in rates]
    payroll = random.Random(f"{employer}|{employee.name}")  # the same on every stub of this job
    extra = Decimal(payroll.randrange(2500, 9000)) / 100
    deductions.append((payroll.choice(["Medical Pre-Tax", "Dental/Vision", "401(k) 4%"]), extra, extra * index))
    rate = hours = None
    if hourly:
        hours = Decimal(80 if frequency == "biweekly" else 40)
        rate = gross / hours
    street = address(random.Random(employer))  # one head office per employer
    return Stub(employer, street, employee, home, start, period_end, pay_date, frequency, gross,
                gross * index if with_ytd else None, deductions, hours, rate)


def stub_earnings_statement(stub: Stub, rng: random.Random) -> Sheet:
    """Payroll layout A: "Earnings Statement", This Period / Year to Date, Gross Earnings / Net Earnings, no
    printed pay frequency (the period's length tells it)."""
    s = Sheet()
    s.text(50, 62, stub.employer, 13, "serif-b")
    s.text(50, 76, stub.employer_address.street, 9, "serif")
    s.text(50, 88, stub.employer_address.last_line, 9, "serif")
    s.text(562, 62, "EARNINGS STATEMENT", 15, "serif-b", align="r")
    s.text(562, 78, f"Check date  {us(stub.pay_date)}", 9.5, "serif", align="r")
    s.text(562, 91, f"Pay period  {us(stub.period_start)} thru {us(stub.period_end)}", 9.5, "serif", align="r")
    s.line(50, 104, 562, 104, 1.2)
    s.text(50, 122, "EMPLOYEE", 7.5, "sans-b", 0.35)
    s.text(50, 136, stub.employee.upper, 10.5, "serif-b")
    s.text(50, 149, stub.employee_address.street.upper(), 9, "serif")
    s.text(50, 161, stub.employee_address.last_line.upper(), 9, "serif")
    s.text(330, 122, "EMPLOYEE NO.", 7.5, "sans-b", 0.35)
    s.text(330, 136, f"E{rng.randint(1000, 9999)}", 10, "serif")
    s.text(440, 122, "DEPARTMENT", 7.5, "sans-b", 0.35)
    s.text(440, 136, rng.choice(["Operations", "Clinical", "Warehouse", "Admin", "Service"]), 10, "serif")
    y = 190
    s.rect(50, y, 512, 16, stroke=None, fill=0.88)
    for x, label, align in ((56, "Earnings", "l"), (300, "Rate", "r"), (360, "Hours", "r"),
                            (460, "This Period", "r"), (556, "Year to Date", "r")):
        s.text(x, y + 11.5, label, 9, "serif-b", align=align)
    y += 30
    s.text(56, y, "Regular salary", 9.5, "serif")
    s.text(460, y, money(stub.gross), 9.5, "serif", align="r")
    s.text(556, y, money(stub.ytd_gross) if stub.ytd_gross else "", 9.5, "serif", align="r")
    y += 16
    s.line(380, y - 10, 562, y - 10, 0.5)
    s.text(56, y + 2, "Gross Earnings", 10, "serif-b")
    s.text(460, y + 2, money(stub.gross), 10, "serif-b", align="r")
    if stub.ytd_gross:
        s.text(556, y + 2, money(stub.ytd_gross), 10, "serif-b", align="r")
    y += 30
    s.rect(50, y, 512, 16, stroke=None, fill=0.88)
    s.text(56, y + 11.5, "Taxes and Deductions", 9, "serif-b")
    s.text(460, y + 11.5, "This Period", 9, "serif-b", align="r")
    s.text(556, y + 11.5, "Year to Date", 9, "serif-b", align="r")
    y += 30
    for label, current, ytd in stub.deductions:
        s.text(56, y, label, 9.5, "serif")
        s.text(460, y, money(current), 9.5, "serif", align="r")
        s.text(556, y, money(ytd) if stub.ytd_gross else "", 9.5, "serif", align="r")
        y += 15
    total = sum((c for _, c, _ in stub.deductions), Decimal(0))
    s.text(56, y + 2, "Total Deductions", 9.5, "serif-b")
    s.text(460, y + 2, money(total), 9.5, "serif-b", align="r")
    y += 28
    s.rect(330, y - 14, 232, 24, width=1.2)
    s.text(338, y + 2, "Net Earnings", 11, "serif-b")
    s.text(556, y + 2, f"${money(stub.net)}", 11, "serif-b", align="r")
    y += 60
    s.line(50, y, 562, y, 0.6, 0.4)
    s.text(50, y + 18, "Direct deposit", 9, "serif-b")
    s.text(50, y + 32, f"Checking account ending {rng.randint(1000, 9999)}", 9, "serif")
    s.text(556, y + 32, f"${money(stub.net)}", 9, "serif", align="r")
    s.text(306, y + 60, "THIS IS NOT A CHECK", 10, "serif-b", 0.3, "c")
    return s


def stub_pay_slip(stub: Stub, rng: random.Random) -> Sheet:
    """Payroll layout B: a plain "Pay Slip" - Total Gross / Take Home Pay, a separate year-to-date box and the
    frequency printed."""
    s = Sheet()
    s.rect(50, 44, 512, 54, width=1.5)
    s.text(62, 66, "PAY SLIP", 18, "sans-b")
    s.text(550, 64, stub.employer, 11, "sans-b", align="r")
    s.text(550, 78, f"{stub.employer_address.street}, {stub.employer_address.last_line}", 8, "sans", 0.25, "r")
    s.text(62, 88, "Keep this slip for your records", 7.5, "sans-i", 0.3)
    y = 124
    left = [("Employee", stub.employee.name), ("Pay frequency", {"weekly": "Weekly", "biweekly": "Bi-Weekly",
                                                                  "semimonthly": "Twice a month",
                                                                  "monthly": "Monthly"}[stub.frequency]),
            ("Pay period", f"{stub.period_start.strftime('%m/%d/%y')} - {stub.period_end.strftime('%m/%d/%y')}"),
            ("Paid on", stub.pay_date.strftime("%b %d, %Y"))]
    for label, value in left:
        s.text(62, y, f"{label}:", 10, "sans-b")
        s.text(170, y, value, 10)
        y += 17
    y += 16
    s.line(50, y, 562, y, 0.8)
    y += 20
    if stub.hours is not None and stub.rate is not None:
        s.text(62, y, f"Hours worked   {stub.hours:.2f}      Hourly rate   ${money(stub.rate)}", 10)
        y += 22
    total_deductions = sum((c for _, c, _ in stub.deductions), Decimal(0))
    for label, value, bold in (("Total Gross", f"${money(stub.gross)}", True),
                               ("Less: taxes and deductions", f"-${money(total_deductions)}", False),
                               ("Take Home Pay", f"${money(stub.net)}", True)):
        s.text(62, y, label, 11 if bold else 10, "sans-b" if bold else "sans")
        s.text(330, y, value, 11 if bold else 10, "sans-b" if bold else "sans", align="r")
        y += 20
    y += 10
    s.text(62, y, "Deductions this pay", 9, "sans-b", 0.3)
    y += 15
    for label, current, _ in stub.deductions:
        s.text(72, y, label, 9)
        s.text(330, y, money(current), 9, align="r")
        y += 13
    box_y = 236
    s.rect(372, box_y, 190, 92, width=0.8)
    s.text(380, box_y + 16, "YEAR TO DATE", 9, "sans-b")
    if stub.ytd_gross is not None:
        ytd_tax = sum((t for _, _, t in stub.deductions), Decimal(0))
        s.text(380, box_y + 36, "Gross to date", 9)
        s.text(554, box_y + 36, money(stub.ytd_gross), 9, align="r")
        s.text(380, box_y + 52, "Deductions to date", 9)
        s.text(554, box_y + 52, money(ytd_tax), 9, align="r")
        s.text(380, box_y + 68, "Net to date", 9)
        s.text(554, box_y + 68, money(stub.ytd_gross - ytd_tax), 9, align="r")
    s.line(50, 560, 562, 560, 0.6, 0.5)
    s.text(306, 580, "Questions about your pay? Contact payroll.", 8, "sans-i", 0.35, "c")
    return s


# --- bank statements ----------------------------------------------------------------------------------------


@dataclass
class Statement:
    bank: str
    holder: Person
    home: Address
    last4: str
    start: date
    end: date
    begin: Decimal
    rows: list[tuple[date, str, Decimal, Decimal]]  # date, description, signed amount, running balance

    @property
    def ending(self) -> Decimal:
        return self.rows[-1][3] if self.rows else self.begin

    @property
    def deposits(self) -> Decimal:
        return sum((a for _, _, a, _ in self.rows if a > 0), Decimal(0))

    @property
    def debits(self) -> Decimal:
        return -sum((a for _, _, a, _ in self.rows if a < 0), Decimal(0))

    def doc(self, sheets: list[Sheet]) -> Doc:
        return Doc("bank_statement", {"bank_name": self.bank, "account_last4": self.last4, "period_start": self.start,
                                      "period_end": self.end, "beginning_balance": self.begin,
                                      "ending_balance": self.ending}, sheets)


DEBITS = ["POS FRESHWAY MARKET #22", "ACH CITY WATER UTIL", "ONLINE PMT VISA CARD", "ATM WITHDRAWAL 4410 MAIN",
          "ACH AUTO INSURANCE", "POS FUEL STOP 118", "RECURRING STREAMING", "CHECK {n}", "POS PHARMACY PLUS",
          "ACH GAS & ELECTRIC CO", "POS HARDWARE DEPOT", "ACH CELL WIRELESS"]


def make_statement(rng: random.Random, bank: str, holder: Person, home: Address, last4: str, start: date, end: date,
                   begin: Decimal, deposits: Sequence[tuple[int, str, Decimal]], n_debits: int = 12) -> Statement:
    """Transactions whose running balance adds up from the beginning to the ending balance."""
    span = (end - start).days
    events: list[tuple[date, str, Decimal]] = [(start + timedelta(days=min(day, span)), desc, amount)
                                               for day, desc, amount in deposits]
    for _ in range(n_debits):
        desc = rng.choice(DEBITS).replace("{n}", str(rng.randint(1100, 1399)))
        events.append((start + timedelta(days=rng.randint(0, span)), desc, -Decimal(rng.randrange(1200, 42000)) / 100))
    events.sort(key=lambda e: (e[0], -e[2]))
    balance, rows = begin, []
    for day, desc, amount in events:
        if balance + amount < 25:
            amount = -cents(max(balance - 25, Decimal(0)) * Decimal("0.5"))
            if not amount:
                continue
        balance += amount
        rows.append((day, desc, amount, balance))
    return Statement(bank, holder, home, last4, start, end, begin, rows)


def statement_cascade(st: Statement) -> list[Sheet]:
    """Bank layout X: one page, "Statement Period mm/dd/yyyy to mm/dd/yyyy", summary box, signed amounts."""
    s = Sheet()
    s.text(50, 60, st.bank, 17, "serif-b")
    s.text(50, 74, "Member FDIC  \u00b7  Customer service 1-800-555-0110  \u00b7  cascadevalley.example", 8, "sans",
           0.3)
    s.text(50, 118, st.holder.upper, 10, "sans")
    s.text(50, 131, st.home.street.upper(), 10, "sans")
    s.text(50, 144, st.home.last_line.upper(), 10, "sans")
    s.rect(340, 96, 222, 60, width=0.8)
    s.text(350, 112, "Statement Period", 8.5, "sans-b")
    s.text(552, 112, f"{us(st.start)} to {us(st.end)}", 8.5, align="r")
    s.text(350, 128, "Account Number", 8.5, "sans-b")
    s.text(552, 128, f"XXXXXX{st.last4}", 8.5, align="r")
    s.text(350, 144, "Account Type", 8.5, "sans-b")
    s.text(552, 144, "Everyday Checking", 8.5, align="r")
    y = 186
    s.band(50, y, 512, "Account Summary", 0.3, 10, 1.0, 17)
    y += 34
    for label, value in (("Beginning balance", f"${money(st.begin)}"),
                         (f"Deposits and credits ({sum(1 for r in st.rows if r[2] > 0)})", f"+${money(st.deposits)}"),
                         (f"Withdrawals and debits ({sum(1 for r in st.rows if r[2] < 0)})",
                          f"-${money(st.debits)}"),
                         ("Ending balance", f"${money(st.ending)}")):
        bold = label.startswith(("Beginning", "Ending"))
        s.text(60, y, label, 10, "sans-b" if bold else "sans")
        s.text(330, y, value, 10, "sans-b" if bold else "sans", align="r")
        y += 16
    y += 16
    s.band(50, y, 512, "Transaction Detail", 0.3, 10, 1.0, 17)
    y += 32
    for x, label, align in ((56, "Date", "l"), (110, "Description", "l"), (460, "Amount", "r"),
                            (556, "Balance", "r")):
        s.text(x, y, label, 8.5, "sans-b", align=align)
    y += 6
    s.line(50, y, 562, y, 0.5)
    y += 14
    for day, desc, amount, balance in st.rows:
        s.text(56, y, day.strftime("%m/%d"), 8.5)
        s.text(110, y, desc, 8.5)
        s.text(460, y, f"{amount:,.2f}", 8.5, align="r")
        s.text(556, y, money(balance), 8.5, align="r")
        y += 14
    s.text(306, y + 20, "Page 1 of 1", 8, "sans", 0.3, "c")
    return [s]


def statement_prairie(st: Statement) -> list[Sheet]:
    """Bank layout Y: a credit union's two pages, "Statement period: Month d, yyyy through ...", balances with
    their dates, separate withdrawal and deposit columns, "Page n of 2"."""
    period = f"{long_date(st.start)} through {long_date(st.end)}"
    half = (len(st.rows) + 1) // 2 if len(st.rows) > 14 else len(st.rows)
    parts = [st.rows[:half], st.rows[half:]] if half < len(st.rows) else [st.rows]
    sheets = []
    for page, rows in enumerate(parts, start=1):
        s = Sheet()
        s.text(50, 58, st.bank.upper(), 14, "sans-b")
        s.text(50, 71, "Your money, your neighbors.  Federally insured by NCUA", 7.5, "sans-i", 0.3)
        s.text(562, 58, "Member Statement", 11, "sans-b", align="r")
        s.text(562, 71, f"Page {page} of {len(parts)}", 8.5, align="r")
        s.text(50, 92, f"Statement period: {period}", 9.5, "sans-b")
        y = 110
        if page == 1:
            s.text(50, y + 10, st.holder.upper, 10)
            s.text(50, y + 23, st.home.street.upper(), 10)
            s.text(50, y + 36, st.home.last_line.upper(), 10)
            y += 64
            s.rect(50, y, 512, 62, width=0.6)
            s.text(58, y + 15, f"SHARE DRAFT CHECKING   ****{st.last4}", 9.5, "sans-b")
            s.text(58, y + 33, f"Beginning balance {st.start.strftime('%m/%d/%Y')}", 9.5)
            s.text(300, y + 33, f"${money(st.begin)}", 9.5, align="r")
            s.text(58, y + 49, f"Ending balance {st.end.strftime('%m/%d/%Y')}", 9.5)
            s.text(300, y + 49, f"${money(st.ending)}", 9.5, align="r")
            s.text(330, y + 33, "Total deposits", 9.5)
            s.text(554, y + 33, f"${money(st.deposits)}", 9.5, align="r")
            s.text(330, y + 49, "Total withdrawals", 9.5)
            s.text(554, y + 49, f"${money(st.debits)}", 9.5, align="r")
            y += 84
        else:
            s.text(50, y + 4, f"Share Draft Checking ****{st.last4} (continued)", 9.5, "sans-b")
            y += 22
        for x, label, align in ((56, "Posted", "l"), (106, "Description", "l"), (390, "Withdrawals", "r"),
                                (470, "Deposits", "r"), (556, "Balance", "r")):
            s.text(x, y, label, 8.5, "sans-b", align=align)
        s.line(50, y + 5, 562, y + 5, 0.7)
        y += 19
        for day, desc, amount, balance in rows:
            s.text(56, y, day.strftime("%m/%d"), 8.5)
            s.text(106, y, desc.title(), 8.5)
            s.text(390 if amount < 0 else 470, y, money(abs(amount)), 8.5, align="r")
            s.text(556, y, money(balance), 8.5, align="r")
            y += 15
        if page == len(parts):
            s.text(56, y + 14, "Dividends earned this period: $0.00", 8.5, "sans-i")
        sheets.append(s)
    return sheets


def statement_northgate(st: Statement) -> list[Sheet]:
    """Bank layout Z: a savings bank's page with "Opening Balance" / "Closing Balance" and a cycle that does
    not follow calendar months."""
    s = Sheet()
    s.rect(50, 40, 512, 4, stroke=None, fill=0.2)
    s.text(50, 70, st.bank, 16, "sans-b")
    s.text(562, 70, "ACCOUNT STATEMENT", 10, "sans-b", 0.3, "r")
    s.text(50, 104, st.holder.name, 10)
    s.text(50, 117, st.home.street, 10)
    s.text(50, 130, st.home.last_line, 10)
    s.text(380, 104, "Account", 9, "sans-b")
    s.text(562, 104, f"Premier Checking ...{st.last4}", 9, align="r")
    s.text(380, 118, "Statement from", 9, "sans-b")
    s.text(562, 118, st.start.strftime("%b %d, %Y"), 9, align="r")
    s.text(380, 132, "Statement to", 9, "sans-b")
    s.text(562, 132, st.end.strftime("%b %d, %Y"), 9, align="r")
    y = 166
    cols = [(50, "Opening Balance", st.begin), (178, "Money In", st.deposits), (306, "Money Out", st.debits),
            (434, "Closing Balance", st.ending)]
    for x, label, value in cols:
        s.rect(x, y, 128, 42, width=0.6, stroke=0.5, fill=0.95)
        s.text(x + 64, y + 15, label, 8.5, "sans-b", 0.3, "c")
        s.text(x + 64, y + 33, f"${money(value)}", 11.5, "sans-b", align="c")
    y += 70
    for x, label, align in ((56, "Date", "l"), (116, "Details", "l"), (400, "Money out", "r"),
                            (480, "Money in", "r"), (556, "Balance", "r")):
        s.text(x, y, label, 8.5, "sans-b", align=align)
    y += 16
    s.text(56, y, st.start.strftime("%d %b"), 8.5)
    s.text(116, y, "Opening balance", 8.5, "sans-i")
    s.text(556, y, money(st.begin), 8.5, align="r")
    y += 15
    for day, desc, amount, balance in st.rows:
        s.text(56, y, day.strftime("%d %b"), 8.5)
        s.text(116, y, desc, 8.5)
        s.text(400 if amount < 0 else 480, y, money(abs(amount)), 8.5, align="r")
        s.text(556, y, money(balance), 8.5, align="r")
        y += 15
    s.text(56, y, st.end.strftime("%d %b"), 8.5)
    s.text(116, y, "Closing balance", 8.5, "sans-i")
    s.text(556, y, money(st.ending), 8.5, align="r")
    return [s]


# --- letters and other papers -------------------------------------------------------------------------------

HARDSHIP_STORY = {
    "reduction_in_income": "My employer cut my scheduled hours and my overtime ended, so our household income "
                           "dropped well below what it was when we took out the loan.",
    "disability_or_illness": "I was diagnosed with a serious illness and have been unable to work full time "
                             "while I am in treatment.",
    "disaster": "A severe storm damaged our home and the business where I earn my income had to close for "
                "repairs for several months.",
    "divorce_or_separation": "My spouse and I divorced and I am now paying the mortgage on one income.",
    "unemployment": "My co-borrower lost a job when the plant closed and now receives unemployment benefits while "
                    "looking for work.",
    "other": "We have also had to pay for the care of a family member, which has used up our savings.",
    "increase_in_housing_expenses": "The property taxes and the insurance premium on the house went up sharply "
                                    "this year, and the escrow shortage raised the monthly payment.",
}


def hardship_letter(app: Application, when: date, servicer: str, rng: random.Random, font: str = "serif") -> Doc:
    s = Sheet()
    y = 80
    home = app.mailing or app.address
    for line in (app.borrower.name, home.street, home.last_line, app.phone):
        s.text(72, y, line, 11, font)
        y += 14
    y += 20
    s.text(72, y, long_date(when), 11, font)
    y += 34
    for line in (servicer, "Loss Mitigation Department"):
        s.text(72, y, line, 11, font)
        y += 14
    y += 20
    s.text(72, y, f"Re: Request for mortgage assistance - loan {app.loan}", 11, f"{font}-b")
    y += 30
    s.text(72, y, rng.choice(["To whom it may concern,", "Dear Loss Mitigation Team,", "Dear Sir or Madam,"]), 11,
           font)
    y += 24
    story = " ".join(HARDSHIP_STORY.get(h, "") for h in app.hardships)
    y = s.wrap(72, y, f"I am writing to explain why I have fallen behind on my mortgage. {story}", 468, 11, font,
               15)
    y += 10
    y = s.wrap(72, y, "I want to keep my home and I am asking to be considered for a loan modification or any other "
               "option that would make the payment affordable. I have enclosed the documents requested.", 468, 11,
               font, 15)
    y += 24
    s.text(72, y, "Sincerely,", 11, font)
    s.signature(rng, 80, y + 38, 150, 22, gray=0.12)
    s.text(72, y + 56, app.borrower.name, 11, font)
    return Doc("hardship_letter", {"letter_date": when}, [s])


def pension_award_letter(person_: Person, home: Address, when: date, monthly: Decimal, rng: random.Random) -> Doc:
    s = Sheet()
    agency = "Evergreen State Public Employees' Retirement System"
    s.text(306, 64, agency, 13, "serif-b", align="c")
    s.text(306, 78, "Benefits Division  \u00b7  PO Box 4090  \u00b7  Olympia, WA 98504", 8.5, "serif", 0.25, "c")
    s.line(72, 88, 540, 88, 0.8)
    s.text(72, 118, long_date(when), 11, "serif")
    y = 150
    for line in (person_.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10.5, "serif")
        y += 14
    y += 24
    s.text(72, y, "RE: RETIREMENT BENEFIT AWARD", 11, "serif-b")
    y += 26
    y = s.wrap(72, y, f"Dear {person_.first} {person_.last}: Your application for a disability retirement benefit "
               "has been approved. This letter confirms the amount and frequency of your benefit.", 468, 11,
               "serif", 15)
    y += 12
    rows = [("Member ID", f"R-{rng.randint(1000, 9999)}"), ("Benefit type", "Disability retirement (taxable)"),
            ("Gross monthly benefit", f"${money(monthly)}"), ("Payment frequency", "Monthly, on the 1st"),
            ("Effective date", us(when.replace(day=1)))]
    for label, value in rows:
        s.text(90, y, label, 10.5, "serif-b")
        s.text(290, y, value, 10.5, "serif")
        y += 17
    y += 12
    y = s.wrap(72, y, "This benefit is taxable income. Federal tax will be withheld unless you tell us otherwise. "
               "Keep this letter as proof of income.", 468, 11, "serif", 15)
    s.text(72, y + 30, "Benefits Division", 11, "serif")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_taxable"}, [s])


def ssi_award_letter(person_: Person, home: Address, when: date, monthly: Decimal) -> Doc:
    s = Sheet()
    s.text(72, 62, "Social Security Administration", 13, "sans-b")
    s.text(72, 76, "Supplemental Security Income", 10, "sans")
    s.text(540, 62, "Notice of Award", 13, "sans-b", align="r")
    s.text(540, 76, f"Date: {long_date(when)}", 10, align="r")
    y = 118
    for line in (person_.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10.5)
        y += 14
    y += 26
    y = s.wrap(72, y, f"We are writing to tell you that you are eligible for Supplemental Security Income (SSI) "
               f"payments. Beginning {calendar.month_name[when.month]} {when.year}, you will receive "
               f"${money(monthly)} each month.", 468, 11, "sans", 15)
    y += 10
    s.rect(72, y, 468, 56, width=0.8)
    s.text(82, y + 20, "Monthly SSI payment", 10.5, "sans-b")
    s.text(530, y + 20, f"${money(monthly)}", 10.5, "sans-b", align="r")
    s.text(82, y + 42, "Paid", 10.5)
    s.text(530, y + 42, "monthly, on the 1st of each month", 10.5, align="r")
    y += 80
    y = s.wrap(72, y, "SSI payments are not taxable and you do not need to report them as income on a tax return. "
               "Tell us right away if your income, resources or living arrangements change.", 468, 10.5, "sans", 14)
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": monthly,
                                        "benefit_type": "benefits_nontaxable"}, [s])


def unemployment_letter(person_: Person, home: Address, when: date, weekly: Decimal, rng: random.Random) -> Doc:
    s = Sheet()
    s.text(306, 60, "DEPARTMENT OF WORKFORCE SERVICES", 13, "sans-b", align="c")
    s.text(306, 74, "Unemployment Insurance  \u00b7  Claims Center", 9, "sans", 0.25, "c")
    s.text(306, 110, "MONETARY DETERMINATION", 14, "sans-b", align="c")
    s.text(72, 140, f"Mailed: {us(when)}", 10)
    y = 168
    for line in (person_.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10.5)
        y += 14
    y += 24
    rows = [("Claimant", person_.name), ("Claim ID", f"UI-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"),
            ("Benefit year begins", us(when - timedelta(days=rng.randint(5, 20)))),
            ("Weekly benefit amount", f"${money(weekly)}"), ("Maximum benefit amount", f"${money(weekly * 26)}")]
    for label, value in rows:
        s.text(90, y, label, 10.5, "sans-b")
        s.text(300, y, value, 10.5)
        y += 17
    y += 14
    s.wrap(72, y, "You are monetarily eligible for unemployment benefits. You must request payment every week and "
           "continue to look for work. Benefits are taxable income.", 468, 10.5, "sans", 14)
    return Doc("unemployment_benefit_letter", {"letter_date": when, "benefit_type": "unemployment"}, [s])


def divorce_decree(party_a: Person, party_b: Person, when: date, rng: random.Random) -> Doc:
    s = Sheet()
    county = rng.choice(["Montgomery", "Greene", "Clark", "Warren"])
    s.text(306, 70, f"IN THE COURT OF COMMON PLEAS, {county.upper()} COUNTY", 12, "serif-b", align="c")
    s.text(306, 86, "DIVISION OF DOMESTIC RELATIONS", 11, "serif-b", align="c")
    s.text(90, 130, f"{party_a.upper},", 11, "serif")
    s.text(110, 146, "Plaintiff,", 11, "serif")
    s.text(90, 170, "v.", 11, "serif")
    s.text(90, 194, f"{party_b.upper},", 11, "serif")
    s.text(110, 210, "Defendant.", 11, "serif")
    s.text(360, 150, f"Case No. {when.year - 1}-DR-{rng.randint(100, 999)}", 11, "serif")
    s.text(306, 256, "FINAL JUDGMENT AND DECREE OF DIVORCE", 13, "serif-b", align="c")
    y = 290
    for para in ("This matter came before the Court for final hearing. The Court finds that the parties were "
                 "lawfully married, that they are incompatible, and that all requirements for a divorce have "
                 "been met.",
                 "IT IS THEREFORE ORDERED that the marriage between the parties is terminated and the parties are "
                 "divorced. The marital residence shall be awarded to the Plaintiff, who shall be solely "
                 "responsible for the mortgage on it. The Defendant shall execute a quitclaim deed within thirty "
                 "days.",
                 "Each party shall keep the personal property now in his or her possession. This is a final "
                 "appealable order."):
        y = s.wrap(72, y, para, 468, 11, "serif", 16) + 10
    s.text(72, y + 30, f"SO ORDERED on {long_date(when)}.", 11, "serif")
    s.line(330, y + 80, 540, y + 80, 0.7)
    s.signature(rng, 340, y + 78, 170, 20, gray=0.1)
    s.text(330, y + 94, "JUDGE", 10, "serif")
    return Doc("divorce_decree", {}, [s])


def form_4506c(person_: Person, ssn4: str, home: Address, signed_on: date | None, rng: random.Random,
               year: int) -> Doc:
    """A page drawn after IRS Form 4506-C (IVES Request for Transcript of Tax Return)."""
    s = Sheet()
    s.text(50, 56, "Form 4506-C", 14, "sans-b")
    s.text(50, 68, "(October 2022)", 7.5)
    s.text(306, 56, "IVES Request for Transcript of Tax Return", 13, "sans-b", align="c")
    s.text(306, 70, "Do not sign this form unless all applicable lines have been completed.", 8, "sans-i", align="c")
    s.text(562, 56, "OMB No. 1545-1872", 8, align="r")
    s.text(50, 84, "Department of the Treasury - Internal Revenue Service", 7.5, "sans", 0.3)
    s.line(50, 90, 562, 90, 1.2)
    y = 108
    boxes = [("1a. Current name shown on tax return (first, middle initial, last)", person_.name,
              "1b. First taxpayer identification number", f"XXX-XX-{ssn4}"),
             ("2a. If a joint return, spouse's name shown on tax return", "", "2b. Second taxpayer identification",
              ""),
             ("3. Current address (including apt., room, or suite no.), city, state, and ZIP code",
              home.one_line, "", ""),
             ("5a. IVES participant name, address, and SOR mailbox ID", "Keystone Verification Services, SOR KVS4506",
              "", "")]
    for left_label, left, right_label, right in boxes:
        s.rect(50, y, 512 if not right_label else 300, 32, width=0.5)
        s.text(54, y + 9, left_label, 7)
        s.text(58, y + 25, left, 10, "mono")
        if right_label:
            s.rect(350, y, 212, 32, width=0.5)
            s.text(354, y + 9, right_label, 7)
            s.text(358, y + 25, right, 10, "mono")
        y += 32
    y += 14
    s.text(50, y, "6. Transcript requested. Enter the tax form number here (1040, 1065, 1120, etc.)", 8.5)
    s.text(440, y, "1040", 10, "mono")
    y += 18
    s.box(60, y - 8, True)
    s.text(74, y, "a. Return Transcript", 8.5)
    s.box(200, y - 8, False)
    s.text(214, y, "b. Account Transcript", 8.5)
    s.box(350, y - 8, False)
    s.text(364, y, "c. Record of Account", 8.5)
    y += 26
    s.text(50, y, "8. Year or period requested (mm dd yyyy)", 8.5)
    s.text(300, y, f"12/31/{year}     12/31/{year - 1}", 10, "mono")
    y += 30
    y = s.wrap(50, y, "Caution: Do not sign this form unless all applicable lines have been completed. Signatory "
               "attests that he/she has read the above attestation clause and upon so reading declares that he/she "
               "has the authority to sign the Form 4506-C.", 512, 8)
    s.box(50, y - 4, signed_on is not None)
    s.text(64, y + 4, "Signatory attests that he/she has read the attestation clause.", 8)
    y += 44
    s.text(40, y - 2, "Sign", 10, "sans-b")
    s.text(40, y + 10, "Here", 10, "sans-b")
    s.line(80, y, 380, y, 0.7)
    s.text(80, y + 10, "Signature for Line 1a (see instructions)", 7)
    s.line(400, y, 562, y, 0.7)
    s.text(400, y + 10, "Date", 7)
    if signed_on:
        s.signature(rng, 100, y - 2, 200, 20, gray=0.1)
        s.text(410, y - 4, us(signed_on), 11, "pen", 0.2)
    s.line(80, y + 34, 380, y + 34, 0.7)
    s.text(90, y + 30, person_.name, 10, "mono")
    s.text(80, y + 44, "Print/Type name", 7)
    s.text(50, 760, "Form 4506-C (10-2022)", 7.5, "sans-b")
    return Doc("irs_form_4506c", {"signed": signed_on is not None, "signed_on": signed_on}, [s])


def profit_and_loss(person_: Person, business: str, start: date, end: date, revenue: Decimal,
                    expenses: list[tuple[str, Decimal]], signed_on: date | None, rng: random.Random) -> Doc:
    s = Sheet()
    net = revenue - sum((a for _, a in expenses), Decimal(0))
    s.text(306, 70, business, 15, "serif-b", align="c")
    s.text(306, 90, "PROFIT AND LOSS STATEMENT (YEAR TO DATE)", 11.5, "serif-b", align="c")
    s.text(306, 106, f"For the period {long_date(start)} through {long_date(end)}", 10, "serif", align="c")
    y = 150
    s.text(80, y, "Income", 11, "serif-b")
    y += 18
    s.text(100, y, "Gross receipts / sales", 10.5, "serif")
    s.text(520, y, money(revenue), 10.5, "serif", align="r")
    y += 28
    s.text(80, y, "Expenses", 11, "serif-b")
    y += 18
    for label, amount in expenses:
        s.text(100, y, label, 10.5, "serif")
        s.text(440, y, money(amount), 10.5, "serif", align="r")
        y += 16
    total = sum((a for _, a in expenses), Decimal(0))
    s.line(360, y - 10, 445, y - 10, 0.5)
    s.text(100, y + 2, "Total expenses", 10.5, "serif-b")
    s.text(520, y + 2, money(total), 10.5, "serif-b", align="r")
    y += 30
    s.line(430, y - 12, 525, y - 12, 0.5)
    s.line(430, y + 6, 525, y + 6, 0.5)
    s.line(430, y + 8, 525, y + 8, 0.5)
    s.text(80, y + 2, "NET INCOME", 11.5, "serif-b")
    s.text(520, y + 2, f"${money(net)}", 11.5, "serif-b", align="r")
    y += 50
    s.wrap(80, y, "I certify that this statement is true and correct to the best of my knowledge and was prepared "
           "from the books and records of the business.", 450, 10, "serif", 14)
    y += 70
    s.line(80, y, 330, y, 0.7)
    s.text(80, y + 12, f"Owner signature - {person_.name}", 8.5, "serif")
    s.line(370, y, 520, y, 0.7)
    s.text(370, y + 12, "Date", 8.5, "serif")
    if signed_on:
        s.signature(rng, 95, y - 2, 190, 22, gray=0.12)
        s.text(380, y - 4, us(signed_on), 12, "pen", 0.25)
    return Doc("profit_and_loss_statement", {"period_start": start, "period_end": end, "net_income": net,
                                             "signed": signed_on is not None}, [s])


def tax_return_1040(app: Application, year: int, schedule_c: Decimal, wages: Decimal, signed_on: date,
                    rng: random.Random) -> Doc:
    s = Sheet()
    s.text(50, 58, "Form", 8)
    s.text(50, 76, "1040", 20, "sans-b")
    s.text(120, 56, "Department of the Treasury\u2014Internal Revenue Service", 8)
    s.text(120, 74, "U.S. Individual Income Tax Return", 13, "sans-b")
    s.text(430, 74, str(year), 20, "sans-b")
    s.text(562, 58, "OMB No. 1545-0074", 7.5, align="r")
    s.line(50, 86, 562, 86, 1.2)
    s.text(50, 100, "Filing Status", 8.5, "sans-b")
    s.box(130, 92, True)
    s.text(142, 100, "Single", 8.5)
    s.box(190, 92, False)
    s.text(202, 100, "Married filing jointly", 8.5)
    y = 116
    cells = [("Your first name and middle initial", f"{app.borrower.first} {app.borrower.middle or ''}".strip(), 50,
              200), ("Last name", app.borrower.last, 250, 170), ("Your social security number",
                                                                  f"XXX-XX-{app.ssn4}", 420, 142)]
    for label, value, x, w in cells:
        s.rect(x, y, w, 28, width=0.5)
        s.text(x + 4, y + 9, label, 6.5)
        s.text(x + 6, y + 23, value, 10)
    y += 28
    s.rect(50, y, 512, 28, width=0.5)
    s.text(54, y + 9, "Home address (number and street). City, town, state, ZIP code", 6.5)
    s.text(56, y + 23, (app.mailing or app.address).one_line, 10)
    y += 48
    lines = [("1a", "Total amount from Form(s) W-2, box 1", wages), ("2b", "Taxable interest",
                                                                      Decimal(rng.randrange(0, 9000)) / 100),
             ("8", "Additional income from Schedule 1, line 10 (Schedule C business income)", schedule_c)]
    total = sum((a for _, _, a in lines), Decimal(0))
    lines += [("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", total),
              ("10", "Adjustments to income from Schedule 1, line 26", cents(schedule_c * Decimal("0.0706"))),
              ("11", "Subtract line 10 from line 9. This is your adjusted gross income",
               total - cents(schedule_c * Decimal("0.0706"))), ("12", "Standard deduction", Decimal("14600.00"))]
    for number, label, amount in lines:
        s.text(56, y, label, 8.5)
        s.text(470, y, number, 8.5, "sans-b", align="r")
        s.text(556, y, money(amount), 9, "mono", align="r")
        s.line(480, y + 3, 562, y + 3, 0.4, 0.5)
        y += 20
    y += 30
    s.text(50, y, "Sign", 11, "sans-b")
    s.text(50, y + 13, "Here", 11, "sans-b")
    s.wrap(100, y - 8, "Under penalties of perjury, I declare that I have examined this return and accompanying "
           "schedules and statements, and to the best of my knowledge and belief, they are true, correct, and "
           "complete.", 460, 7.5)
    y += 40
    s.line(100, y, 330, y, 0.6)
    s.text(100, y + 10, "Your signature", 7)
    s.line(340, y, 420, y, 0.6)
    s.text(340, y + 10, "Date", 7)
    s.line(430, y, 562, y, 0.6)
    s.text(430, y + 10, "Your occupation", 7)
    s.signature(rng, 110, y - 2, 190, 20, gray=0.1)
    s.text(344, y - 4, us(signed_on), 9.5, "pen", 0.2)
    s.text(434, y - 4, "Contractor", 9.5)
    s.text(50, 760, "For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate instructions.", 7)
    s.text(562, 760, f"Form 1040 ({year})", 8, "sans-b", align="r")
    return Doc("tax_return", {"tax_year": year, "form": "1040"}, [s], facts={"signed": True})


def fax_cover(sender: Person, sender_phone: str, to: str, when: date, pages: int) -> Doc:
    s = Sheet()
    s.text(72, 90, "FAX", 40, "sans-b")
    s.line(72, 104, 540, 104, 2.0)
    y = 140
    for label, value in (("Date:", us(when)), ("To:", to), ("Attn:", "Loss Mitigation / Borrower Assistance"),
                         ("From:", sender.name), ("Phone:", sender_phone),
                         ("Pages:", f"{pages} (including this cover sheet)"),
                         ("Re:", "Mortgage assistance application and documents")):
        s.text(72, y, label, 12, "sans-b")
        s.text(150, y, value, 12)
        y += 24
    s.text(72, y + 30, "Comments:", 12, "sans-b")
    s.text(72, y + 52, "Please see attached application, pay stubs and court papers. Call me with any questions.",
           11)
    s.text(72, 700, "CONFIDENTIALITY NOTICE: this transmission may contain private information intended only for "
           "the recipient.", 7.5, "sans-i", 0.3)
    return Doc("fax_cover", {}, [s], listed=False)


# --- packets ------------------------------------------------------------------------------------------------


def received_date(rng: random.Random) -> date:
    return weekday_on_or_before(date(2025, 3, 10) + timedelta(days=rng.randint(0, 250)))


def _semimonthly_end_before(d: date) -> date:
    """The latest semi-monthly period end (the 15th or the month's last day) on or before `d`."""
    if d.day >= 15:
        return month_end(d.year, d.month) if d == month_end(d.year, d.month) else d.replace(day=15)
    previous = d.replace(day=1) - timedelta(days=1)
    return previous


def _friday_on_or_before(d: date) -> date:
    return d - timedelta(days=(d.weekday() - 4) % 7)


def packet_boxed_form_loose(seed: int) -> Packet:
    """A servicer's boxed two-column form, printed, filled on a typewriter and in pen, scanned at 300 dpi;
    the applicant's pay stub born digital, the co-applicant's weekly slip scanned; loose files. Complete."""
    rng = random.Random(seed * 7919 + 1)
    received = received_date(rng)
    loan = digits(rng, 10, 2)
    borrower = person(rng)
    co = person(rng, borrower.last, avoid=[borrower.first])
    home = address(rng)
    employer_b, employer_c = rng.sample(EMPLOYERS, 2)
    salary = Decimal(rng.randrange(3800, 7200, 50))
    hourly = Decimal(rng.randrange(1850, 3150)) / 100
    weekly_gross = cents(hourly * 40)
    co_monthly = cents(weekly_gross * 52 / 12)
    signed_on = received - timedelta(days=rng.randint(4, 12))
    app = Application(loan, borrower, digits(rng, 4), home, "primary_residence", ["reduction_in_income"],
                      received - timedelta(days=rng.randint(120, 400)),
                      [("wages", salary, "B"), ("wages", co_monthly, "C")], True, signed_on, co, digits(rng, 4),
                      True, signed_on, phone(rng), f"{borrower.first.lower()}.{borrower.last.lower()}@mail.example")
    servicer = ("Bluewater Loan Servicing, LLC",
                "PO Box 4410  \u00b7  Tulsa, OK 74101  \u00b7  Fax (918) 555-0147  \u00b7  assist@bluewater.example")
    app_doc = Doc("mortgage_assistance_application", {}, boxed_form(app, rng, servicer))
    stub_b = make_stub(rng, employer_b, borrower, home, "semimonthly", salary / 2,
                       _semimonthly_end_before(received - timedelta(days=rng.randint(8, 20))))
    stub_c = make_stub(rng, employer_c, co, home, "weekly", weekly_gross,
                       _friday_on_or_before(received - timedelta(days=rng.randint(6, 16))), hourly=True, pay_lag=5)
    doc_b = stub_b.doc([stub_earnings_statement(stub_b, rng)])
    doc_c = stub_c.doc([stub_pay_slip(stub_c, rng)])
    letter_doc = hardship_letter(app, signed_on, servicer[0], rng)
    docs = [app_doc, doc_b, doc_c, letter_doc]
    files = [File(f"{loan}_HAR.pdf", [app_doc], Scan(300, skew=0.6, noise=0.0008, blur=0.5, seed=seed + 11)),
             File(f"{borrower.last.upper()}-{loan}-paystub.pdf", [doc_b]),
             File(f"{co.last} {co.first} {loan} pay.pdf", [doc_c], Scan(200, skew=-1.1, noise=0.001, blur=0.7,
                                                                         paper=236, seed=seed + 12)),
             File(f"LN{loan} hardship letter.pdf", [letter_doc])]
    return Packet("h1-servicer-boxed-form-scanned-loose-files", received, app, docs, files, loan,
                  [])


def packet_form710_digital_folder(seed: int) -> Packet:
    """The real Form 710 filled on a computer, in a folder named after the loan; wages backed only by two bank
    statements a month apart (not consecutive), a pension award letter, a hardship letter for a disability."""
    rng = random.Random(seed * 7919 + 2)
    received = received_date(rng)
    loan = digits(rng, 10)
    borrower = person(rng)
    home = address(rng)
    salary = Decimal(rng.randrange(2600, 5200, 25))
    pension = Decimal(rng.randrange(60000, 180000)) / 100
    signed_on = received - timedelta(days=rng.randint(3, 10))
    app = Application(loan, borrower, digits(rng, 4), home, "primary_residence", ["disability_or_illness"],
                      received - timedelta(days=rng.randint(90, 300)),
                      [("wages", salary, "B"), ("benefits_taxable", pension, "B")], True, signed_on,
                      phone=phone(rng), email=f"{borrower.last.lower()}{rng.randint(10, 99)}@post.example")
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form710(app, rng, "%m/%d/%Y"))
    employer = rng.choice(EMPLOYERS)
    last4 = digits(rng, 4)
    newer_month = add_months(received, -1)
    older_month = add_months(received, -3)
    balance = Decimal(rng.randrange(40000, 260000)) / 100
    statements = []
    for month in (older_month, newer_month):
        end = month_end(month.year, month.month)
        net_pay = cents(salary / 2 * Decimal("0.78"))
        st = make_statement(rng, "Cascade Valley Bank", borrower, home, last4, month, end, balance,
                            [(0, "PENSION ESPRS BENEFIT", pension), (14, f"DIRECT DEP {employer.upper()[:18]}",
                                                                      net_pay),
                             (29, f"DIRECT DEP {employer.upper()[:18]}", net_pay)])
        statements.append(st.doc(statement_cascade(st)))
        balance = st.ending + Decimal(rng.randrange(-20000, 20000)) / 100  # the month between is not sent
    award = pension_award_letter(borrower, home, received - timedelta(days=rng.randint(20, 70)), pension, rng)
    letter_doc = hardship_letter(app, signed_on, "Cascade Mortgage Servicing", rng, "sans")
    docs = [app_doc, *statements, award, letter_doc]
    folder = loan
    files = [File(f"{folder}/Form710_signed.pdf", [app_doc]),
             File(f"{folder}/CVB {calendar.month_abbr[older_month.month]} {older_month.year}.pdf", [statements[0]]),
             File(f"{folder}/CVB {calendar.month_abbr[newer_month.month]} {newer_month.year}.pdf", [statements[1]]),
             File(f"{folder}/pension award.pdf", [award]),
             File(f"{folder}/letter to servicer.pdf", [letter_doc])]
    return Packet("h2-form710-digital-folder-statements-not-consecutive", received, app, docs, files, loan,
                  ["income_doc:wages"])


def packet_form710_scanned_separator(seed: int) -> Packet:
    """Form 710 filled, printed and scanned with the rest behind one barcode separator sheet; self-employed with
    two consecutive but stale statements (the newer one's pages in reverse), an unsigned P&L, a signed 4506-C."""
    rng = random.Random(seed * 7919 + 3)
    received = received_date(rng)
    loan = digits(rng, 10, 1)
    borrower = person(rng)
    home = address(rng)
    monthly = Decimal(rng.randrange(3200, 7800, 100))
    signed_on = received - timedelta(days=rng.randint(3, 9))
    app = Application(loan, borrower, digits(rng, 4), home, "primary_residence", ["disaster"],
                      received - timedelta(days=rng.randint(60, 200)), [("self_employment", monthly, "B")], True,
                      signed_on, phone=phone(rng),
                      email=f"{borrower.first[0].lower()}{borrower.last.lower()}@web.example")
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form710(app, rng, "%m/%d/%y"))
    last4 = digits(rng, 4)
    stale_end = (received - timedelta(days=rng.randint(95, 120))).replace(day=1) - timedelta(days=1)
    newer_month = stale_end.replace(day=1)  # a whole month ending more than 90 days before receipt
    older_month = add_months(newer_month, -1)
    balance = Decimal(rng.randrange(50000, 300000)) / 100
    statements = []
    for month, n in ((older_month, 9), (newer_month, 26)):
        end = month_end(month.year, month.month)
        deposits = [(rng.randint(2, 27), "MOBILE DEPOSIT CLIENT PMT", cents(monthly * Decimal(share)))
                    for share in ("0.45", "0.35", "0.3")]
        st = make_statement(rng, "Prairie Summit Credit Union", borrower, home, last4, month, end, balance, deposits,
                            n_debits=n)
        statements.append(st.doc(statement_prairie(st)))
        balance = st.ending
    statements[1].delivered_order = [1, 0]  # the second page came through the feeder first
    pl_end = month_end(add_months(received, -1).year, add_months(received, -1).month)
    revenue = cents(monthly * pl_end.month * Decimal("1.6"))
    expenses = [("Materials and supplies", cents(revenue * Decimal("0.21"))),
                ("Vehicle and fuel", cents(revenue * Decimal("0.08"))),
                ("Insurance", cents(revenue * Decimal("0.04"))), ("Phone and internet", Decimal(pl_end.month * 95))]
    business = f"{borrower.last} {rng.choice(['Home Repair', 'Landscaping', 'Mobile Detailing', 'Tile & Stone'])}"
    pnl = profit_and_loss(borrower, business, date(pl_end.year, 1, 1), pl_end, revenue, expenses, None, rng)
    irs = form_4506c(borrower, app.ssn4, home, signed_on, rng, received.year - 1)
    separator = Doc("separator_sheet", {}, listed=False)
    docs = [app_doc, *statements, pnl, irs]
    scan = Scan(200, skew=0.35, noise=0.0006, blur=0.45, paper=242, seed=seed + 31)
    sep_image = scanned(pf.separator_image(loan, pf.ScanStyle(dpi=200)), Scan(200, skew=0.2, seed=seed + 32))
    files = [File(f"ScanBatch-{received:%m%d}.pdf", [separator, app_doc, irs, *statements, pnl], scan,
                  prebuilt_images={0: sep_image})]
    return Packet("h3-form710-scanned-separator-stale-statements", received, app, docs, files, loan,
                  ["income_doc:self_employment"])


def packet_lined_form_fax(seed: int) -> Packet:
    """A servicer's ruled form filled by hand and left unsigned, faxed with a cover sheet, two bi-weekly pay slips,
    a divorce decree and a letter in one file without separator sheets."""
    rng = random.Random(seed * 7919 + 4)
    received = received_date(rng)
    loan = digits(rng, 12, 3)
    borrower = person(rng)
    ex = person(rng, avoid=[borrower.first])
    home = address(rng)
    employer = rng.choice(EMPLOYERS)
    hourly = Decimal(rng.randrange(1900, 3400)) / 100
    gross = cents(hourly * 80)
    monthly = cents(gross * 26 / 12)
    app = Application(loan, borrower, digits(rng, 4), home, "primary_residence", ["divorce_or_separation"],
                      received - timedelta(days=rng.randint(150, 420)), [("wages", monthly, "B")], False, None,
                      phone=phone(rng), email=f"{borrower.first.lower()}{rng.randint(1, 99)}@inbox.example")
    servicer = ("Tri-County Mortgage Services",
                "Loss Mitigation Department  \u00b7  2200 Commerce Pkwy, Suite 400  \u00b7  Dayton, OH 45414  "
                "\u00b7  Fax (937) 555-0190")
    app_doc = Doc("mortgage_assistance_application", {}, lined_form(app, rng, servicer))
    last_end = _friday_on_or_before(received - timedelta(days=rng.randint(6, 12)))
    stubs = []
    for end in (last_end - timedelta(days=14), last_end):
        stub = make_stub(rng, employer, borrower, home, "biweekly", gross, end, hourly=True, pay_lag=6)
        stubs.append(stub.doc([stub_pay_slip(stub, rng)]))
    decree = divorce_decree(borrower, ex, received - timedelta(days=rng.randint(100, 400)), rng)
    letter_doc = hardship_letter(app, received - timedelta(days=rng.randint(2, 6)), servicer[0], rng)
    cover = fax_cover(borrower, app.phone, servicer[0], received, 1 + sum(d.page_count for d in
                                                                          (app_doc, *stubs, decree, letter_doc)))
    docs = [app_doc, *stubs, decree, letter_doc]
    fax = Scan(200, skew=0.5, noise=0.0015, blur=0.3, fax=True, seed=seed + 41)
    files = [File(f"inbound_fax_{received:%m%d}-{rng.randint(8, 17):02d}{rng.randint(0, 59):02d}.pdf",
                  [cover, app_doc, *stubs, decree, letter_doc], fax)]
    return Packet("h4-servicer-lined-form-handfilled-fax-unsigned", received, app, docs, files, loan,
                  ["application_signature"])


def packet_form710_scanned_loose(seed: int) -> Packet:
    """Form 710 with a co-borrower, printed and scanned at 300 dpi, the hardship start date left blank; an SSI
    award letter (scanned), an unemployment determination and a hardship letter, loose files."""
    rng = random.Random(seed * 7919 + 5)
    received = received_date(rng)
    loan = digits(rng, 10)
    borrower = person(rng)
    co = person(rng, avoid=[borrower.first])
    home = address(rng)
    ssi = Decimal(rng.randrange(700, 990))
    weekly_ui = Decimal(rng.randrange(280, 560))
    ui_monthly = cents(weekly_ui * 52 / 12)
    signed_on = received - timedelta(days=rng.randint(5, 14))
    app = Application(loan, borrower, digits(rng, 4), home, "second_home", ["unemployment", "other"], None,
                      [("benefits_nontaxable", ssi, "B"), ("unemployment", ui_monthly, "C")], True, signed_on, co,
                      digits(rng, 4), True, signed_on + timedelta(days=1), phone(rng),
                      f"{borrower.last.lower()}.family@home.example",
                      other_hardship_text="Cost of caring for a parent")
    app_doc = Doc("mortgage_assistance_application", {}, pdf=form710(app, rng, "%m/%d/%Y"))
    award = ssi_award_letter(borrower, home, received - timedelta(days=rng.randint(30, 80)), ssi)
    ui = unemployment_letter(co, home, received - timedelta(days=rng.randint(15, 60)), weekly_ui, rng)
    letter_doc = hardship_letter(app, signed_on, "Northwind Home Loan Servicing", rng)
    docs = [app_doc, award, ui, letter_doc]
    files = [File(f"{loan} Form 710 scan.pdf", [app_doc], Scan(300, skew=-0.7, noise=0.0007, blur=0.6,
                                                               seed=seed + 51)),
             File(f"{borrower.last.upper()}_{loan}_SSI.pdf", [award], Scan(200, skew=0.9, noise=0.001, blur=0.5,
                                                                            paper=238, seed=seed + 52)),
             File(f"{loan}-UI-determination.pdf", [ui]),
             File(f"{borrower.first} {borrower.last} ({loan}) letter.pdf", [letter_doc])]
    return Packet("h5-form710-scanned-co-borrower-blank-hardship-date", received, app, docs, files, loan,
                  ["application_field:hardship_start_date"])


def packet_portal_form_folder(seed: int) -> Packet:
    """A servicer portal's application printout for an investment property (self-employment and rental
    income), statements on a mid-month cycle, a signed P&L scanned, a signed 4506-C and 1040; a loan folder."""
    rng = random.Random(seed * 7919 + 6)
    received = received_date(rng)
    loan = digits(rng, 10, 1)
    borrower = person(rng)
    home = address(rng)
    self_emp = Decimal(rng.randrange(2500, 6000, 50))
    rent = Decimal(rng.randrange(900, 2200, 25))
    signed_on = received - timedelta(days=rng.randint(2, 8))
    app = Application(loan, borrower, digits(rng, 4), home, "investment_property", ["increase_in_housing_expenses"],
                      received - timedelta(days=rng.randint(90, 240)),
                      [("self_employment", self_emp, "B"), ("rental", rent, "B")], True, signed_on,
                      phone=phone(rng), email=f"{borrower.first.lower()}@{borrower.last.lower()}-co.example",
                      mailing=address(rng))
    lives = app.mailing or home
    app_doc = Doc("mortgage_assistance_application", {},
                  portal_summary(app, rng, "Keystone Ridge Home Loans", signed_on))
    cycle_day = rng.randint(8, 20)
    last_end = received.replace(day=cycle_day) - timedelta(days=1)
    if (received - last_end).days < 5:
        last_end = add_months(received, -1).replace(day=cycle_day) - timedelta(days=1)
    newer_start = add_months(last_end, -1).replace(day=cycle_day)
    older_start = add_months(newer_start, -1).replace(day=cycle_day)
    last4 = digits(rng, 4)
    balance = Decimal(rng.randrange(80000, 500000)) / 100
    statements = []
    for start, end in ((older_start, newer_start - timedelta(days=1)), (newer_start, last_end)):
        deposits = [(rng.randint(1, 6), "RENT DEPOSIT - TENANT", rent),
                    (rng.randint(8, 16), "CLIENT PAYMENT ACH", cents(self_emp * Decimal("0.6"))),
                    (rng.randint(18, 27), "MOBILE CHECK DEPOSIT", cents(self_emp * Decimal("0.55")))]
        st = make_statement(rng, "Northgate Savings Bank", borrower, lives, last4, start, end, balance, deposits, 14)
        statements.append(st.doc(statement_northgate(st)))
        balance = st.ending
    pl_end = month_end(add_months(received, -1).year, add_months(received, -1).month)
    months = pl_end.month
    revenue = cents(self_emp * months * Decimal("1.45"))
    expenses = [("Supplies", cents(revenue * Decimal("0.12"))), ("Contract labor", cents(revenue * Decimal("0.14"))),
                ("Advertising", Decimal(months * 60)), ("Vehicle expenses", cents(revenue * Decimal("0.05")))]
    business = f"{borrower.first} {borrower.last} {rng.choice(['Design Studio', 'Bookkeeping', 'Catering'])}"
    pnl = profit_and_loss(borrower, business, date(pl_end.year, 1, 1), pl_end, revenue, expenses, signed_on, rng)
    irs = form_4506c(borrower, app.ssn4, lives, signed_on, rng, received.year - 1)
    filed = min(date(received.year, 4, rng.randint(1, 14)), received - timedelta(days=rng.randint(15, 30)))
    tax = tax_return_1040(app, received.year - 1, cents(self_emp * 12), Decimal(0), filed, rng)
    letter_doc = hardship_letter(app, signed_on, "Keystone Ridge Home Loans", rng, "sans")
    docs = [app_doc, *statements, pnl, irs, tax, letter_doc]
    folder = loan
    files = [File(f"{folder}/application summary.pdf", [app_doc]),
             File(f"{folder}/NSB statement {statements[0].fields['period_end']:%Y-%m}.pdf", [statements[0]]),
             File(f"{folder}/NSB statement {statements[1].fields['period_end']:%Y-%m}.pdf", [statements[1]]),
             File(f"{folder}/P&L YTD.pdf", [pnl], Scan(200, skew=0.8, noise=0.001, blur=0.5, seed=seed + 61)),
             File(f"{folder}/4506C.pdf", [irs]),
             File(f"{folder}/{received.year - 1} taxes.pdf", [tax]),
             File(f"{folder}/hardship.pdf", [letter_doc])]
    return Packet("h6-servicer-portal-form-folder-self-employed-rental", received, app, docs, files, loan,
                  [])


PACKETS = (packet_boxed_form_loose, packet_form710_digital_folder, packet_form710_scanned_separator,
           packet_lined_form_fax, packet_form710_scanned_loose, packet_portal_form_folder)


# --- writing ------------------------------------------------------------------------------------------------


def _json_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """Render every file into root/<packet>/inbox and return the expected report."""
    folder = root / packet.name
    shutil.rmtree(folder, ignore_errors=True)
    inbox = folder / "inbox"
    pages: dict[int, list[tuple[str, int]]] = {}
    for file in packet.files:
        target = inbox / file.name
        target.parent.mkdir(parents=True, exist_ok=True)
        number = 0
        images: list[Image.Image] = []
        parts: list[bytes] = []
        for index, doc in enumerate(file.parts):
            order = doc.delivered_order or list(range(doc.page_count if index not in file.prebuilt_images else 1))
            placed: dict[int, int] = {}
            if file.scan is None:
                if doc.delivered_order:
                    raise ValueError("only scanned pages are delivered out of order")
                parts.append(doc.digital())  # whole, so a filled form keeps its AcroForm
            elif index in file.prebuilt_images:
                images.append(file.prebuilt_images[index])
            else:
                rendered = doc.images(file.scan.dpi)
                images += [scanned(rendered[own], file.scan, page=len(images)) for own in order]
            for own in order:
                number += 1
                placed[own] = number
            if doc.listed:
                pages[id(doc)] = [(file.name, placed[own]) for own in sorted(placed)]
        if file.scan is None:
            target.write_bytes(parts[0] if len(parts) == 1 else pf.concat_pdfs(parts))
        else:
            pf.images_pdf(images, file.scan.dpi, target)
    return write_expected(packet, folder, pages)


def write_expected(packet: Any, folder: Path, pages: dict[int, list[tuple[str, int]]]) -> dict[str, Any]:
    """expected.json for a rendered packet: status and missing codes by the checklist's rules, the
    documents with the pages they were placed on."""
    scanned_docs = {id(d) for f in packet.files if f.scan is not None for d in f.parts}
    missing = missing_codes(packet.app, packet.docs, packet.received)
    if sorted(missing) != sorted(packet.intent):  # the rules decide; a seed that bends the scenario is told
        print(f"warning: {packet.name} is missing {missing}, its scenario meant {packet.intent}", file=sys.stderr)
    expected = {
        "loan_number": packet.loan,
        "received_on": packet.received.isoformat(),
        "status": "incomplete" if missing else "complete",
        "missing": sorted(missing),
        "application": packet.app.expected() if packet.app else None,
        "documents": [{"id": f"D{i:02d}", "type": d.type, "scanned": id(d) in scanned_docs,
                       "pages": [{"file": f, "page": p} for f, p in pages[id(d)]],
                       "fields": {k: _json_value(v) for k, v in d.fields.items()}}
                      for i, d in enumerate(packet.docs, start=1)],
    }
    (folder / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the packets into")
    parser.add_argument("--seed", type=int, default=710, help="changes names, amounts and dates (default 710)")
    args = parser.parse_args()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    args.out.mkdir(parents=True, exist_ok=True)
    for build in PACKETS:
        packet = build(args.seed)
        expected = write_packet(packet, args.out)
        page_total = sum(len(d["pages"]) for d in expected["documents"])
        print(f"{packet.name}: received {expected['received_on']}, {expected['status']}"
              f"{' ' + ', '.join(expected['missing']) if expected['missing'] else ''}; "
              f"{len(expected['documents'])} documents, {page_total} listed pages")


if __name__ == "__main__":
    main()
