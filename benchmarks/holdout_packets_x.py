"""A twenty-fourth holdout set of borrower packets (x1..x8), laid out unlike the shared samples and unlike the a
(first), b, c, ... v and w sets, written without looking at the service's code, rules, data files or tests, to estimate
honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_x.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Like w, it avoids
stunts: most papers are typed, files are single born-digital PDFs, plain scans or one fax, and the hand-written parts
are signatures and a few dates.

Applications: the real Form 710 (April 2023) in four packets, always typed through its AcroForm - signed on the screen
with a drawn signature, the date typed, and e-mailed (x1, born digital); printed, signed and dated in ink and faxed
(x3); printed, signed in ink by both spouses with typed dates and scanned (x5); printed with the property's occupancy
row left blank, signed and dated in ink and scanned (x7). Three servicers' own forms: Cardinal Point Mortgage
Servicing's two-page "Loss Mitigation Request" (CPMS-LMR: a red diamond mark, sections in rounded frames whose titles
break the top border, bold labels left of light answer boxes, an Applicant / Co-applicant table, check marks in boxes,
its own hardship wording such as "My pay or my hours were cut", income in "$" boxes with a boxed TOTAL MONTHLY INCOME,
"Date signed (mm/dd/yyyy)"), typed, printed, signed and dated in ink by both spouses and scanned (x2), or typed in its
PDF and signed on the screen by both and e-mailed (x8); Juniper Ridge Home Loans' "Request for Mortgage Relief"
(JRHL-200: a dark green band, numbered sections 1 Property .. 6 Acknowledgment, a two-column label | answer table with
alternate shading, "Loan #", "City, State ZIP" in one cell, "Owner-occupied (primary)", boxes crossed with X, a
monthly expenses table), typed, printed, signed in ink and the date line left EMPTY (x4); Osprey Lane Mortgage's
"Mortgage Assistance Worksheet" (OLM-MAW: the hardship first, then income, then "About you and your home", answers in
a serif face on rules with small captions under them, "[ ]" brackets with a typed check mark, "Customer name", "Last 4
of SSN", "This home is: where I live full time", the loan number in a box at the top right), typed, printed, signed
and dated in ink (x6).

Pay: a state university's monthly "Payroll Statement" (salary at 0.80 FTE, before-tax deductions, Calendar YTD, paid
on the last working day of the month); a freight and logistics company's weekly "Earnings Statement" printed by a
payroll service (Period Beginning / Period Ending / Pay Date, rate and hours, overtime and a shift premium, statutory
and other deductions, a NON-NEGOTIABLE deposit advice at the foot); a call centre's bi-weekly "Pay Statement"
processed by a PEO (a row of five captioned cells: Check Date, Period Start, Period End, Check No., Net Pay, dates as
"Aug 27, 2027"; the employer is the call centre, the PEO is named as payroll processor); a nursing home's bi-weekly
"Employee Pay Stub" (a captioned grid, REG / EVE DIFF / WKND DIFF / OT rows, "Date Paid", a NET CHECK box); an
airline's semi-monthly "Earnings Advice" for a ramp agent (earnings beside deductions, union dues, "Payment Date",
"For period ... through ...", paid the business day before a holiday); a municipal transit authority's bi-weekly
"Payroll Check Stub" for a bus operator ("Deposit Date", pension and union dues). Statements: a savings bank's
two-page statement ("Statement period: June 1, 2027 through June 30, 2027", "Opening balance on Jun 1, 2027" /
"Closing balance on Jun 30, 2027", a running balance), a community bank's two-page business checking statement
("08/01/2027 through 08/31/2027", "Balance on 08/01/2027" / "Balance on 08/31/2027", debits and credits in columns,
a daily ending balance list) and a national bank's one-page joint e-statement ("Statement Period 02/01/2027 to
02/28/2027", "Beginning balance" / "Ending balance" cards, signed amounts). Letters and papers: typed hardship letters
(one an unsigned e-mail attachment, the others signed in ink, two by both spouses), Social Security's benefit
verification for a survivor, a manufacturer's retirement plan survivor annuity confirmation, a state's two-page
unemployment Notice of Benefit Award (weekly amount), a group long-term disability insurer's benefit verification
(taxable, monthly), a newspaper obituary, a signed year-to-date profit and loss, a two-page Form 1040 printed from tax
software and signed, page 1 of the real IRS Form 4506-C (Rev. 10-2022, its leftover sample values removed) typed over
and signed in ink (by both spouses in x8), a W-2, and as "other" papers a university HR notice cutting the
appointment, a homeowners insurance renewal notice and the servicer's own letter. Co-borrowers in x2, x5 and x8.

Deliveries: a folder named after the loan holding e-mailed born-digital attachments (x1); one 300 dpi grey mailroom
scan behind a Code 128 separator sheet ("LOAN <number>") under the scanner's name (x2); one fine-mode fax (204 x 196
dpi, bilevel, CCITT G4) with a typed cover sheet and the sending machine's header line, under the fax server's name,
the loan number only inside (x3); loose files named "<loan>_application.pdf", "<loan>_paystub_0813.pdf", ... mixing
300 / 200 dpi grey scans and downloaded stubs (x4); a folder named after the loan holding one 240 dpi grey scan of the
whole packet without separator (x5); a folder named for the borrower ("<Last>, <First> - mortgage docs", not a loan
number) holding 200 dpi scans named scan_001.pdf .. and IMG_4471.pdf - the stubs carry no loan number anywhere and must
be placed by the borrower's name (x6); one 300 dpi grey scan behind a QR-code separator sheet (x7); loose e-mailed
files, only the application's name carrying the loan number ("paystub 0326.pdf", "Feb statement.pdf", "LTD benefit
letter.pdf" addressed to the co-borrower, and "Scan 2027-04-22.pdf" holding a signed letter and a 4506-C) (x8). Every
scan is tilted 0.3 to 1.4 degrees, on grey or off-white paper, blurred a little, noisy and JPEG-compressed (the fax
thresholded, speckled and streaked); no scan carries a text layer.

Complete: x1 (a fresh monthly statement with year-to-date pay; a reduction in income needs no papers), x3 (Social
Security and pension letters give amount and frequency of the taxable benefits; the obituary documents the death), x5
(fresh stubs for the wages; unemployment income and the unemployment hardship need nothing), x8 (fresh stubs, two
consecutive fresh statements showing pay, disability benefit and rent, the insurer's letter, a signed 4506-C for the
rental income, a letter for the illness). Incomplete for different reasons: x2 the weekly pay statements were paid in
March and the packet arrived in July, about 120 days later, and only June's bank statement came - no fresh stub and
not two statements (income_doc:wages); x4 the borrower signed the Juniper Ridge form but left its date line empty
(application_signature); x6 the child's serious illness is claimed with no letter or medical paper, and child support
is claimed with nothing showing its amount and frequency (hardship_doc:disability_or_illness, income_doc:other); x7
the occupancy question of Form 710 is left unanswered (application_field:occupancy; the self-employment income is
documented by a signed P&L and two consecutive business statements, the 4506-C is signed).

This set is standalone: its people, pens (a quick joined signature drawn as strokes, dates written with a system font
jittered glyph by glyph), printers, scanners, fax and the checklist (`missing_codes`, shared/spec/checklist.md) are
written here, and only tests/pdf_factory.py's Form 710 filler and barcodes and tests/sample_compare.py are borrowed.
Expected status and missing codes follow from the values drawn, not from a hand-written answer, and must equal each
scenario's intended codes; a different seed changes names, numbers and noise but never the scenario. Pay stubs come
from a pay engine that computes every period of the year, so each year-to-date figure is the sum of that year's checks.
`--check` confirms that expected.json has exactly the samples' keys and per-type fields, that the codes and status
agree with the scenario, that income totals add up, that every file opens and every page belongs to exactly one
document (separator and fax cover sheets aside), that `scanned` matches the pages' text layers, that born-digital
documents print (or hold in their Form 710 fields) their key values, that pay-stub periods and monthly gross hold,
that the separator barcodes still read after scanning, that no full SSN (all in the 900-999 area) reaches
expected.json, that expected.json scores perfectly against itself through tests/sample_compare.compare, and that a
rebuild with the same seed gives the same bytes. Received dates fall in 2027. All people, employers, banks and
servicers are fictional (the Social Security Administration and the IRS form aside).
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import logging
import random
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import pdf_factory  # noqa: E402  (the real Form 710 filler, barcodes, the shared folder)
import sample_compare  # noqa: E402

logging.getLogger("pypdf").setLevel(logging.ERROR)

PAGE = (612.0, 792.0)
REFERENCE = pdf_factory.REFERENCE
FORM4506C_BLANK = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FOOTNOTE = "Synthetic test document - fictional people and companies"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONTS = (FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf", FONT_DIR / "liberation2/LiberationSans-Italic.ttf",
              FONT_DIR / "dejavu/DejaVuSansCondensed-Oblique.ttf")

# --------------------------------------------------------------------------------------------------------------
# money and dates
# --------------------------------------------------------------------------------------------------------------

CENT = Decimal("0.01")


def c2(value: Any) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def money(value: Decimal, sign: str = "") -> str:
    return f"{sign}{c2(value):,.2f}"


def monthly_from(gross: Decimal, freq: str) -> Decimal:
    periods = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}[freq]
    exact = gross * periods / Decimal(12)
    return exact.quantize(CENT, rounding=ROUND_HALF_UP)


def is_tie(gross: Decimal, freq: str) -> bool:
    periods = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}[freq]
    exact = gross * periods / Decimal(12) * 100
    return (exact - exact.to_integral_value(rounding="ROUND_FLOOR")) == Decimal("0.5")


def d_us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def d_us2(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def d_long(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def d_mon(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def last_day(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


HOLIDAYS = {dt.date(2027, 1, 1), dt.date(2027, 1, 18), dt.date(2027, 2, 15), dt.date(2027, 5, 31),
            dt.date(2027, 6, 18), dt.date(2027, 7, 5), dt.date(2027, 9, 6), dt.date(2027, 10, 11),
            dt.date(2027, 11, 11), dt.date(2027, 11, 25), dt.date(2027, 12, 24)}


def prev_business_day(d: dt.date) -> dt.date:
    while d.weekday() >= 5 or d in HOLIDAYS:
        d -= dt.timedelta(days=1)
    return d


# --------------------------------------------------------------------------------------------------------------
# people and places (fictional)
# --------------------------------------------------------------------------------------------------------------

FIRST = ["Andrea", "Marcus", "Priya", "Tomasz", "Keisha", "Rafael", "Hannah", "Darnell", "Mei", "Colleen", "Ibrahim",
         "Lucia", "Gregory", "Nadia", "Terrence", "Yolanda", "Victor", "Shauna", "Dmitri", "Alicia", "Bernard",
         "Renee", "Kwame", "Lorraine", "Esteban", "Tamara", "Wesley", "Farah", "Douglas", "Imani", "Jerome", "Kristin"]
LAST = ["Okafor", "Lindqvist", "Castellano", "Brennan", "Nakamura", "Whitfield", "Haddad", "Moreau", "Pulaski",
        "Ferreira", "Abernathy", "Szabo", "Gallagher", "Ramanathan", "Kowalczyk", "Delacroix", "Ashworth", "Mbeki",
        "Vandermeer", "Quintero", "Halvorsen", "Osei", "Tremblay", "Yilmaz", "Carrington", "Dominguez", "Petrakis"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"
STREET = ["Juniper", "Hawthorne", "Sutter", "Linden", "Prairie View", "Coldwater", "Beacon Hill", "Fox Run",
          "Wildrose", "Old Mill", "Carriage", "Meadowlark", "Stonegate", "Pinecone", "Riverside", "Orchard Ridge"]
SUFFIX = ["Street", "Avenue", "Drive", "Lane", "Court", "Road", "Way", "Place", "Circle", "Terrace"]
CITY_A = ["Maple", "Cedar", "Oak", "Elm", "Willow", "Ash", "Birch", "Spruce", "Laurel", "Hazel"]
CITY_B = ["ton", " Falls", " Grove", " Heights", "wood", " Springs", " Crossing", "field", " Junction", "dale"]
ZIP3 = {"OH": (430, 458), "IA": (500, 528), "MN": (550, 567), "WI": (530, 549), "MO": (630, 658), "NC": (270, 289),
        "GA": (300, 319), "TN": (370, 385), "PA": (150, 196), "MI": (480, 499), "IN": (460, 479), "KY": (400, 427),
        "SC": (290, 299), "VA": (220, 246), "CO": (800, 816), "OR": (970, 979), "KS": (660, 679), "NE": (680, 693)}
AREA = {"OH": "614", "IA": "515", "MN": "612", "WI": "414", "MO": "314", "NC": "919", "GA": "404", "TN": "615",
        "PA": "717", "MI": "616", "IN": "317", "KY": "502", "SC": "803", "VA": "804", "CO": "303", "OR": "503",
        "KS": "785", "NE": "402"}


@dataclass
class Person:
    first: str
    middle: str
    last: str
    ssn4: str
    ssn_mid: str
    area: str
    dob: dt.date
    phone: str
    email: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.middle}. {self.last}" if self.middle else f"{self.first} {self.last}"

    @property
    def plain(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def ssn_full(self) -> str:  # never-issued 900-999 area, printed only on the 4506-C
        return f"{self.area}-{self.ssn_mid}-{self.ssn4}"


@dataclass
class Home:
    street: str
    city: str
    state: str
    zip: str

    @property
    def line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def csz(self) -> str:
        return f"{self.city}, {self.state} {self.zip}"


def make_person(rng: random.Random, state: str, last: str | None = None, middle: bool = True,
                used: set | None = None) -> Person:
    used = used if used is not None else set()
    while True:
        first = rng.choice(FIRST)
        if first not in used:
            used.add(first)
            break
    last = last or rng.choice(LAST)
    mid = rng.choice(MIDDLE) if middle else ""
    ssn4 = f"{rng.randint(1, 9999):04d}"
    dob = dt.date(rng.randint(1962, 1992), rng.randint(1, 12), rng.randint(1, 28))
    phone = f"({AREA[state]}) 555-{rng.randint(100, 199):04d}"
    email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.net"
    return Person(first, mid, last, ssn4, f"{rng.randint(10, 99)}", f"9{rng.randint(0, 99):02d}", dob, phone, email)


def make_home(rng: random.Random, state: str) -> Home:
    street = f"{rng.randint(105, 9870)} {rng.choice(STREET)} {rng.choice(SUFFIX)}"
    city = rng.choice(CITY_A) + rng.choice(CITY_B)
    lo, hi = ZIP3[state]
    return Home(street, city, state, f"{rng.randint(lo, hi):03d}{rng.randint(1, 99):02d}")


def loan_number(rng: random.Random, zeros: int = 0) -> str:
    return "0" * zeros + "".join(str(rng.randint(0, 9)) for _ in range(10 - zeros - 1)) + str(rng.randint(1, 9))


# --------------------------------------------------------------------------------------------------------------
# drawing on a page (reportlab, y measured from the top)
# --------------------------------------------------------------------------------------------------------------


def _color(c: Any) -> tuple[float, float, float]:
    if isinstance(c, (int, float)):
        return (c, c, c)
    return c


class Pg:
    """A reportlab canvas seen from the top-left corner, in points."""

    def __init__(self, cv: canvas.Canvas, size: tuple[float, float] = PAGE):
        self.cv = cv
        self.w, self.h = size

    def text(self, x: float, y: float, s: str, size: float = 9, font: str = "Helvetica", color: Any = 0,
             align: str = "l") -> None:
        self.cv.setFillColorRGB(*_color(color))
        self.cv.setFont(font, size)
        if align == "r":
            self.cv.drawRightString(x, self.h - y, s)
        elif align == "c":
            self.cv.drawCentredString(x, self.h - y, s)
        else:
            self.cv.drawString(x, self.h - y, s)

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.6, stroke: Any = 0, fill: Any = None,
             radius: float = 0) -> None:
        cv = self.cv
        cv.setLineWidth(lw)
        if stroke is not None:
            cv.setStrokeColorRGB(*_color(stroke))
        if fill is not None:
            cv.setFillColorRGB(*_color(fill))
        if radius:
            cv.roundRect(x, self.h - y - h, w, h, radius, stroke=int(stroke is not None), fill=int(fill is not None))
        else:
            cv.rect(x, self.h - y - h, w, h, stroke=int(stroke is not None), fill=int(fill is not None))

    def line(self, x1: float, y1: float, x2: float, y2: float, lw: float = 0.6, color: Any = 0,
             dash: Sequence[float] | None = None) -> None:
        cv = self.cv
        cv.setLineWidth(lw)
        cv.setStrokeColorRGB(*_color(color))
        cv.setDash(list(dash) if dash else [])
        cv.line(x1, self.h - y1, x2, self.h - y2)
        cv.setDash([])

    def para(self, x: float, y: float, width: float, text: str, size: float = 9, font: str = "Helvetica",
             leading: float | None = None, color: Any = 0) -> float:
        """Word-wrapped text from baseline y; returns the baseline after the last line."""
        leading = leading or size * 1.3
        for block in text.split("\n"):
            words, line = block.split(), ""
            for word in words:
                trial = f"{line} {word}".strip()
                if stringWidth(trial, font, size) > width and line:
                    self.text(x, y, line, size, font, color)
                    y += leading
                    line = word
                else:
                    line = trial
            if line:
                self.text(x, y, line, size, font, color)
            y += leading
        return y

    def box(self, x: float, y: float, size: float = 8.5, lw: float = 0.7) -> None:
        self.rect(x, y, size, size, lw=lw, stroke=0, fill=None)

    def tick(self, x: float, y: float, size: float = 8.5, lw: float = 1.3, color: Any = 0) -> None:
        """A typed check mark inside the box whose top-left corner is (x, y)."""
        cv = self.cv
        cv.setLineWidth(lw)
        cv.setStrokeColorRGB(*_color(color))
        p = cv.beginPath()
        p.moveTo(x + size * 0.18, self.h - (y + size * 0.55))
        p.lineTo(x + size * 0.42, self.h - (y + size * 0.82))
        p.lineTo(x + size * 0.88, self.h - (y + size * 0.14))
        cv.drawPath(p, stroke=1, fill=0)

    def cross(self, x: float, y: float, size: float = 8.5, lw: float = 1.0, color: Any = 0) -> None:
        self.line(x + 1.4, y + 1.4, x + size - 1.4, y + size - 1.4, lw, color)
        self.line(x + 1.4, y + size - 1.4, x + size - 1.4, y + 1.4, lw, color)

    def image(self, img: Image.Image, x: float, y: float, w: float, h: float) -> None:
        self.cv.drawImage(ImageReader(img), x, self.h - y - h, w, h)


# --------------------------------------------------------------------------------------------------------------
# pens: signatures and a few hand-written dates
# --------------------------------------------------------------------------------------------------------------

INK = {"blue": (28, 42, 120), "black": (25, 25, 30), "gel": (15, 20, 70)}


@dataclass
class Signature:
    x: float  # the box the signature is written in, points from the top-left corner
    y: float
    w: float
    h: float
    name: str
    seed: int
    ink: str = "blue"
    width: float = 1.0


@dataclass
class HandText:
    x: float  # left end of the baseline, points from the top-left corner
    y: float
    text: str
    size: float
    seed: int
    ink: str = "blue"


def _catmull(points: list[tuple[float, float]], steps: int = 8) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    pts = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * ((2 * p1[k]) + (-p0[k] + p2[k]) * t
                                    + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                                    + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in (0, 1)))
    out.append(points[-1])
    return out


def signature_strokes(sig: Signature) -> list[list[tuple[float, float]]]:
    """A quick joined signature: a tall looped capital per name, then humps, then an underline flourish."""
    rng = random.Random(sig.seed)
    parts = sig.name.replace(".", "").split()
    parts = [parts[0], parts[-1]] if len(parts) > 1 else parts
    base = sig.y + sig.h * 0.72
    scale = sig.h
    slant = rng.uniform(0.18, 0.32)
    x = sig.x + rng.uniform(2, 10)
    strokes: list[list[tuple[float, float]]] = []
    budget = sig.w * rng.uniform(0.72, 0.9)
    letters = sum(min(len(p), 7) for p in parts) + 3 * len(parts)
    step = budget / max(letters, 1)
    for index, part in enumerate(parts):
        pts = [(x, base - scale * 0.05)]
        top = base - scale * rng.uniform(0.62, 0.8)
        pts += [(x + step * 0.6, top), (x + step * 1.3, top + scale * 0.1), (x + step * 0.5, base - scale * 0.25),
                (x + step * 0.2, base), (x + step * 1.6, base - scale * 0.3)]
        x += step * 2.0
        for _ in range(min(len(part) - 1, 6)):
            hgt = scale * (rng.uniform(0.15, 0.32) if rng.random() < 0.75 else rng.uniform(0.4, 0.6))
            pts += [(x + step * 0.45, base - hgt), (x + step * 0.9, base - scale * rng.uniform(0.0, 0.06))]
            x += step
        if index == len(parts) - 1:
            pts.append((x + step * 0.8, base - scale * 0.2))
        smooth = _catmull(pts)
        strokes.append([(px - (base - py) * slant, py) for px, py in smooth])
        x += step * 1.0
    y0 = base + scale * rng.uniform(0.08, 0.16)
    flourish = [(sig.x + sig.w * 0.12, y0 + 2), (sig.x + sig.w * 0.45, y0 - 1), (x, y0 - scale * 0.12)]
    strokes.append(_catmull(flourish, 10))
    return strokes


def draw_marks_vector(pg: Pg, marks: Sequence[Any]) -> None:
    for mark in marks:
        if isinstance(mark, Signature):
            r, g, b = (v / 255 for v in INK[mark.ink])
            pg.cv.setStrokeColorRGB(r, g, b)
            pg.cv.setLineWidth(mark.width)
            pg.cv.setLineCap(1)
            pg.cv.setLineJoin(1)
            for stroke in signature_strokes(mark):
                path = pg.cv.beginPath()
                path.moveTo(stroke[0][0], pg.h - stroke[0][1])
                for px, py in stroke[1:]:
                    path.lineTo(px, pg.h - py)
                pg.cv.drawPath(path, stroke=1, fill=0)
        else:
            raise ValueError("hand-written text is only put on paper")


_FONT_CACHE: dict[tuple[int, int], ImageFont.FreeTypeFont] = {}


def _hand_font(index: int, px: int) -> ImageFont.FreeTypeFont:
    key = (index, px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(str(HAND_FONTS[index % len(HAND_FONTS)]), px)
    return _FONT_CACHE[key]


def draw_marks_raster(img: Image.Image, marks: Sequence[Any], dpi: float) -> Image.Image:
    """Pen on paper: ink drawn onto an RGB page image."""
    k = dpi / 72.0
    draw = ImageDraw.Draw(img)
    for mark in marks:
        ink = INK[mark.ink]
        if isinstance(mark, Signature):
            width = max(2, round(mark.width * k * 1.1))
            for stroke in signature_strokes(mark):
                pts = [(px * k, py * k) for px, py in stroke]
                draw.line(pts, fill=ink, width=width, joint="curve")
        else:
            rng = random.Random(mark.seed)
            font_index = rng.randrange(len(HAND_FONTS))
            x = mark.x * k
            drift = rng.uniform(-0.04, 0.04)
            for index, ch in enumerate(mark.text):
                px = max(8, round(mark.size * k * rng.uniform(0.86, 1.14)))
                font = _hand_font(font_index, px)
                if ch == " ":
                    x += px * 0.35
                    continue
                box = font.getbbox(ch)
                gw, gh = box[2] + 6, px + px // 2
                glyph = Image.new("L", (gw + 12, gh + 12), 0)
                ImageDraw.Draw(glyph).text((6, 6), ch, fill=255, font=font, stroke_width=max(0, round(px / 45)),
                                           stroke_fill=255)
                glyph = glyph.rotate(rng.uniform(-8, 8), resample=Image.Resampling.BILINEAR, expand=True)
                gy = mark.y * k - px * 0.95 + (rng.uniform(-0.1, 0.1) + drift * index) * px
                img.paste(Image.new("RGB", glyph.size, ink), (round(x), round(gy)), glyph)
                x += (box[2] - box[0]) * rng.uniform(0.95, 1.2) + px * 0.05
    return img


# --------------------------------------------------------------------------------------------------------------
# sheets: one side of paper, born digital or to be printed and scanned
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Sheet:
    draw: Callable[[Pg], None] | None = None  # the page's own content, or what is typed over `base`
    base: tuple[bytes, int] | None = None  # a page of an existing PDF (the real Form 710, the 4506-C)
    forms: bool = False  # `base` carries AcroForm values to show
    marks: list[Any] = field(default_factory=list)  # pen on paper (or drawn on the screen)
    size: tuple[float, float] = PAGE
    footnote: bool = True


def _rl_page(sheet: Sheet, with_marks: bool) -> bytes:
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=sheet.size, invariant=1)
    pg = Pg(cv, sheet.size)
    if sheet.draw:
        sheet.draw(pg)
    if sheet.footnote:
        pg.text(sheet.size[0] - 24, sheet.size[1] - 8, FOOTNOTE, 5.5, color=0.62, align="r")
    if with_marks and sheet.marks:
        draw_marks_vector(pg, sheet.marks)
    cv.showPage()
    cv.save()
    return buf.getvalue()


def born_pdf(sheets: Sequence[Sheet], title: str = "", author: str = "", creator: str = "") -> bytes:
    """A born-digital file: own pages drawn with reportlab, Form 710 pages kept with their fields."""
    if all(s.base is None for s in sheets):
        buf = io.BytesIO()
        cv = canvas.Canvas(buf, pagesize=sheets[0].size, invariant=1)
        if title:
            cv.setTitle(title)
        if author:
            cv.setAuthor(author)
        if creator:
            cv.setCreator(creator)
        for sheet in sheets:
            cv.setPageSize(sheet.size)
            pg = Pg(cv, sheet.size)
            if sheet.draw:
                sheet.draw(pg)
            if sheet.footnote:
                pg.text(sheet.size[0] - 24, sheet.size[1] - 8, FOOTNOTE, 5.5, color=0.62, align="r")
            if sheet.marks:
                draw_marks_vector(pg, sheet.marks)
            cv.showPage()
        cv.save()
        return buf.getvalue()
    base_bytes = sheets[0].base[0]
    if any(s.base is None or s.base[0] is not base_bytes for s in sheets):
        raise ValueError("a born-digital form file holds the form's own pages only")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(base_bytes)))
    for sheet in sheets:
        overlay = PdfReader(io.BytesIO(_rl_page(sheet, with_marks=True))).pages[0]
        writer.pages[sheet.base[1]].merge_page(overlay)
    keep = [s.base[1] for s in sheets]
    for index in reversed(range(len(writer.pages))):
        if index not in keep:
            writer.remove_page(index)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


_DOC_CACHE: dict[tuple[bytes, bool], pdfium.PdfDocument] = {}


def _pdfium_doc(data: bytes, forms: bool) -> pdfium.PdfDocument:
    key = (hashlib.sha256(data).digest(), forms)
    if key not in _DOC_CACHE:
        doc = pdfium.PdfDocument(data)
        if forms:
            doc.init_forms()
        _DOC_CACHE[key] = doc
    return _DOC_CACHE[key]


def render_sheet(sheet: Sheet, dpi: float) -> Image.Image:
    """The printed sheet as an RGB bitmap at `dpi`, pen marks included."""
    scale = dpi / 72.0
    own = pdfium.PdfDocument(_rl_page(sheet, with_marks=False))
    try:
        img = own[0].render(scale=scale).to_pil().convert("RGB")
    finally:
        own.close()
    if sheet.base is not None:
        doc = _pdfium_doc(sheet.base[0], sheet.forms)
        under = doc[sheet.base[1]].render(scale=scale, may_draw_forms=sheet.forms).to_pil().convert("RGB")
        if under.size != img.size:
            under = under.resize(img.size)
        img = Image.fromarray(np.minimum(np.asarray(img), np.asarray(under)))
    return draw_marks_raster(img, sheet.marks, dpi)


# --------------------------------------------------------------------------------------------------------------
# scanners and a fax machine
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Scanner:
    dpi: int = 300
    paper: tuple[int, int] = (236, 246)  # paper tone range (grey to off-white)
    noise: float = 4.0
    blur: float = 0.55
    quality: int = 78
    skew: tuple[float, float] = (0.3, 1.4)


def grey_scan(sheet: Sheet, sc: Scanner, rng: random.Random) -> Image.Image:
    page = render_sheet(sheet, sc.dpi).convert("L")
    arr = np.asarray(page, dtype=np.float32) / 255.0
    h, w = arr.shape
    nrng = np.random.default_rng(rng.randrange(2**32))
    tone = rng.uniform(*sc.paper)
    ramp = np.linspace(-1.0, 1.0, h, dtype=np.float32)[:, None] * rng.uniform(-3, 3)
    paper = tone + ramp + np.linspace(-1, 1, w, dtype=np.float32)[None, :] * rng.uniform(-2, 2)
    ink = rng.uniform(18, 34)
    out = ink + (paper - ink) * arr
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    angle = rng.uniform(*sc.skew) * rng.choice((-1, 1))
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=round(tone - 8))
    if sc.blur:
        img = img.filter(ImageFilter.GaussianBlur(sc.blur * sc.dpi / 300))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr + nrng.normal(0.0, sc.noise, arr.shape).astype(np.float32)
    for _ in range(rng.randint(6, 18)):  # dust
        y, x = nrng.integers(0, h - 4), nrng.integers(0, w - 4)
        arr[y:y + nrng.integers(1, 4), x:x + nrng.integers(1, 4)] = rng.uniform(40, 120)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


FAX_DPI = (204, 196)


def fax_scan(sheet: Sheet, header: str, rng: random.Random) -> Image.Image:
    """A fine-mode fax page: 1728 dots a line, 196 lines an inch, one bit deep, with the sender's header line."""
    page = render_sheet(sheet, FAX_DPI[0]).convert("L")
    page = page.resize((page.width, round(page.height * FAX_DPI[1] / FAX_DPI[0])), Image.Resampling.LANCZOS)
    canvas_img = Image.new("L", (1728, page.height), 255)
    canvas_img.paste(page, ((1728 - page.width) // 2, 0))
    angle = rng.uniform(0.3, 1.1) * rng.choice((-1, 1))
    img = canvas_img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(FONT_DIR / "liberation2/LiberationMono-Regular.ttf"), 22)
    draw.rectangle((0, 0, 1728, 34), fill=255)
    draw.text((24, 6), header, fill=0, font=font)
    arr = np.asarray(img, dtype=np.float32)
    nrng = np.random.default_rng(rng.randrange(2**32))
    arr = arr + nrng.normal(0, 18, arr.shape).astype(np.float32)
    bits = arr > 150
    flips = nrng.random(bits.shape) < 0.0012
    bits = np.where(flips, ~bits, bits)
    for _ in range(rng.randint(1, 3)):  # a streak or a dropped line
        y = int(nrng.integers(60, bits.shape[0] - 2))
        bits[y, :] = rng.random() < 0.5
    return Image.fromarray((bits * 255).astype(np.uint8)).convert("1")


def images_pdf(images: Sequence[Image.Image], dpi: Any, quality: int, stamp: dt.datetime) -> bytes:
    buf = io.BytesIO()
    first, *rest = images
    when = time.struct_time(stamp.timetuple())
    opts: dict[str, Any] = {"save_all": True, "append_images": rest, "creationDate": when, "modDate": when,
                            "producer": "ScanSnap Manager", "creator": "Scanner"}
    if quality:
        opts["quality"] = quality
    if isinstance(dpi, tuple):
        opts["dpi"] = dpi
    else:
        opts["resolution"] = float(dpi)
    first.save(buf, "PDF", **opts)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------------------------
# the application
# --------------------------------------------------------------------------------------------------------------

HARDSHIPS = ("unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
             "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation", "other")
INCOMES = ("wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
           "investment", "other")


@dataclass
class App:
    loan: str
    borrower: Person
    co: Person | None
    home: Home
    occupancy: str | None
    hardships: list[str]
    hardship_start: dt.date | None
    duration: str
    income: dict[str, Decimal]
    prints_total: bool
    sign_date: dt.date  # the day the papers were signed
    signed: bool = True  # the borrower's signature is on the form
    dated: str | None = "typed"  # the borrower's date: typed | hand | None (left blank)
    co_signed: bool = True
    co_dated: str | None = "typed"
    ink: str = "blue"
    assets: dict[str, Decimal] = field(default_factory=dict)
    employer: str = ""
    co_employer: str = ""
    seed: int = 0

    @property
    def total(self) -> Decimal:
        return sum(self.income.values(), Decimal("0"))

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = {k: float(v) for k, v in self.income.items() if v > 0}
        if income:
            income["total"] = float(self.total)
        borrower_ok = self.signed and self.dated is not None
        co_ok = None if self.co is None else (self.co_signed and self.co_dated is not None)
        return {
            "loan_number": self.loan,
            "borrower_name": self.borrower.name,
            "co_borrower_name": self.co.name if self.co else None,
            "ssn_last4": self.borrower.ssn4,
            "property_address": self.home.line,
            "occupancy": self.occupancy,
            "hardship_types": list(self.hardships),
            "hardship_start_date": self.hardship_start.isoformat() if self.hardship_start else None,
            "income": income,
            "signed": borrower_ok,
            "signed_on": self.sign_date.isoformat() if self.dated is not None else None,
            "co_borrower_signed": co_ok,
        }

    def sign_marks(self, who: str, sig_box: tuple[float, float, float, float],
                   date_at: tuple[float, float] | None, date_fmt: Callable[[dt.date], str] = d_us,
                   size: float = 11) -> list[Any]:
        """Ink for one signer: the signature in `sig_box`, and the date written at `date_at` when by hand."""
        person = self.borrower if who == "b" else self.co
        signed = self.signed if who == "b" else self.co_signed
        dated = self.dated if who == "b" else self.co_dated
        marks: list[Any] = []
        salt = 11 if who == "b" else 23
        if signed:
            marks.append(Signature(*sig_box, person.plain, self.seed + salt, self.ink))
        if dated == "hand" and date_at is not None:
            marks.append(HandText(date_at[0], date_at[1], date_fmt(self.sign_date), size, self.seed + salt + 1,
                                  self.ink))
        return marks


# ---------- the real Form 710 (April 2023), filled through its AcroForm ----------

F710_HARDSHIP = dict(zip(HARDSHIPS, (f"Checkbox_{n}" for n in range(41, 51)), strict=True))
F710_INCOME = dict(zip(INCOMES, (f"Number_{n}" for n in range(2, 10)), strict=True))
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def _pdf_box(rect: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
    """A widget rectangle (PDF points from the bottom) as x, top, width, height from the page's top."""
    x1, y1, x2, y2 = rect
    return x1, PAGE[1] - y2, x2 - x1, y2 - y1


def form710(app: App, other_text: str = "", owner_occupied: bool = True) -> tuple[list[Sheet], dict[str, Any]]:
    b, co = app.borrower, app.co
    v: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": b.name, "Text_3": b.ssn4, "Email_1": b.email,
        "US_Phone_Number_1": b.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.home.line, "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
    }
    if co:
        v.update({"Text_4": co.name, "Text_5": co.ssn4, "Email_2": co.email, "US_Phone_Number_3": co.phone,
                  "Checkbox_9": True})
    if app.occupancy:
        v[F710_OCC[app.occupancy]] = True
        if owner_occupied:
            v["Checkbox_27"] = True
    if app.hardship_start:
        v["Date_1"] = d_us(app.hardship_start)
    v[{"short_term": "Checkbox_38", "long_term": "Checkbox_39", "resolved": "Checkbox_40"}[app.duration]] = True
    for code in app.hardships:
        v[F710_HARDSHIP[code]] = True
    if other_text:
        v["Text_9"] = other_text
    for code, amount in app.income.items():
        v[F710_INCOME[code]] = money(amount)
    for name, amount in zip(("Number_10", "Number_11"), (app.assets.get("checking"), app.assets.get("savings")),
                            strict=True):
        if amount is not None:
            v[name] = money(amount)
    if app.signed and app.dated == "typed":
        v["Date_3"] = d_us(app.sign_date)
    if co and app.co_signed and app.co_dated == "typed":
        v["Date_4"] = d_us(app.sign_date)
    filled = pdf_factory.form710_filled(v)
    sig1, date3 = _pdf_box((145, 343, 396, 367)), _pdf_box((425, 343, 558, 358))
    sig2, date4 = _pdf_box((158, 305, 396, 329)), _pdf_box((425, 305, 558, 320))
    marks = app.sign_marks("b", (sig1[0] + 4, sig1[1] - 8, sig1[2] - 20, sig1[3] + 6),
                           (date3[0] + 6, date3[1] + date3[3] - 3))
    if co:
        marks += app.sign_marks("c", (sig2[0] + 4, sig2[1] - 8, sig2[2] - 20, sig2[3] + 6),
                                (date4[0] + 6, date4[1] + date4[3] - 3))
    sheets = [Sheet(base=(filled, i), forms=True) for i in range(4)]
    sheets[3].marks = marks
    return sheets, v


# ---------- Cardinal Point Mortgage Servicing: "Loss Mitigation Request" (CPMS-LMR) ----------

CP_RED = (0.62, 0.11, 0.13)
CP_OCC = (("primary_residence", "I live here (principal home)"), ("second_home", "Second / vacation home"),
          ("investment_property", "Rental / investment property"))
CP_REASONS = (("unemployment", "I lost my job / I am unemployed"),
              ("reduction_in_income", "My pay or my hours were cut"),
              ("increase_in_housing_expenses", "My housing costs went up (taxes, insurance, HOA)"),
              ("disaster", "A disaster hit my home or my workplace"),
              ("disability_or_illness", "Illness or disability (me, co-applicant or a dependent)"),
              ("divorce_or_separation", "Divorce or legal separation"),
              ("separation_unmarried", "Co-owners who are not married have separated"),
              ("death", "Death of a borrower or of a wage earner"),
              ("relocation", "Job transfer or relocation far away"),
              ("other", "Something else (explain below)"))
CP_INCOME = (("wages", "Wages, salary, overtime, tips, bonuses (gross)"),
             ("self_employment", "Self-employment income (net)"),
             ("unemployment", "Unemployment benefits"),
             ("benefits_taxable", "Social Security, pension, disability (taxable)"),
             ("benefits_nontaxable", "Non-taxable Social Security or disability"),
             ("rental", "Rental income (rents less expenses other than mortgage)"),
             ("investment", "Investment, annuity or insurance income"),
             ("other", "Child support, alimony, other income"))


def _fieldset(pg: Pg, x: float, y: float, w: float, h: float, title: str) -> None:
    pg.rect(x, y, w, h, lw=0.8, stroke=CP_RED, radius=5)
    tw = stringWidth(title, "Helvetica-Bold", 9.5)
    pg.rect(x + 12, y - 6, tw + 10, 12, stroke=None, fill=1)
    pg.text(x + 17, y + 3.5, title, 9.5, "Helvetica-Bold", CP_RED)


def _cp_cell(pg: Pg, x: float, y: float, w: float, value: str = "", h: float = 16, size: float = 10) -> None:
    pg.rect(x, y, w, h, lw=0.5, stroke=0.45)
    if value:
        pg.text(x + 4, y + h - 4.5, value, size, "Helvetica")


def _cp_option(pg: Pg, x: float, y: float, label: str, on: bool) -> float:
    pg.box(x, y, 8.5)
    if on:
        pg.tick(x, y, 8.5)
    pg.text(x + 12, y + 7.5, label, 8.5)
    return x + 12 + stringWidth(label, "Helvetica", 8.5) + 16


def cardinal_point(app: App) -> list[Sheet]:
    b, co = app.borrower, app.co

    def header(pg: Pg, page: int) -> None:
        pg.cv.setFillColorRGB(*CP_RED)
        path = pg.cv.beginPath()
        cx, cy = 52, pg.h - 44
        path.moveTo(cx, cy + 13)
        path.lineTo(cx + 10, cy)
        path.lineTo(cx, cy - 13)
        path.lineTo(cx - 10, cy)
        path.close()
        pg.cv.drawPath(path, stroke=0, fill=1)
        pg.text(70, 42, "CARDINAL POINT", 15, "Helvetica-Bold", CP_RED)
        pg.text(70, 54, "MORTGAGE SERVICING", 8.5, "Helvetica", 0.25)
        pg.text(572, 42, "Loss Mitigation Request", 15, "Helvetica-Bold", align="r")
        pg.text(572, 55, f"Form CPMS-LMR  Rev. 01/2027  -  Page {page} of 2", 7.5, color=0.3, align="r")
        pg.line(40, 64, 572, 64, 1.2, CP_RED)

    def page1(pg: Pg) -> None:
        header(pg, 1)
        pg.text(40, 76, "Return to: Loss Mitigation, P.O. Box 4410, Sioux Falls, SD 57101   |   Fax 1-605-555-0187"
                "   |   Upload: cardinalpoint.example/help", 7.5, color=0.25)
        pg.para(40, 90, 532, "Complete every section, sign and date page 2, and send this request with the "
                "documents listed on the enclosed checklist. We will confirm that we received it within five "
                "business days.", 8.5)
        _fieldset(pg, 40, 116, 532, 150, "A  Account and property")
        pg.text(52, 142, "Account number", 8.5, "Helvetica-Bold")
        _cp_cell(pg, 160, 130, 160, app.loan)
        pg.text(52, 166, "Property street address", 8.5, "Helvetica-Bold")
        _cp_cell(pg, 160, 154, 400, app.home.street)
        pg.text(52, 190, "City", 8.5, "Helvetica-Bold")
        _cp_cell(pg, 160, 178, 190, app.home.city)
        pg.text(362, 190, "State", 8.5, "Helvetica-Bold")
        _cp_cell(pg, 392, 178, 40, app.home.state)
        pg.text(444, 190, "ZIP", 8.5, "Helvetica-Bold")
        _cp_cell(pg, 466, 178, 94, app.home.zip)
        pg.text(52, 214, "How do you use the property?", 8.5, "Helvetica-Bold")
        x = 200
        for code, label in CP_OCC:
            x = _cp_option(pg, x, 206, label, app.occupancy == code)
        pg.text(52, 238, "Do you want to keep the property?", 8.5, "Helvetica-Bold")
        x = 220
        for label, on in (("Yes", True), ("No", False), ("Not sure yet", False)):
            x = _cp_option(pg, x, 230, label, on)
        pg.text(52, 256, "Is the property listed for sale?", 8.5, "Helvetica-Bold")
        x = 220
        for label, on in (("Yes", False), ("No", True)):
            x = _cp_option(pg, x, 248, label, on)

        _fieldset(pg, 40, 282, 532, 160, "B  Applicants")
        pg.text(160, 302, "Applicant", 8.5, "Helvetica-Bold")
        pg.text(366, 302, "Co-applicant (leave blank if none)", 8.5, "Helvetica-Bold")
        rows = (("Full legal name", b.name, co.name if co else ""),
                ("SSN (last four digits)", b.ssn4, co.ssn4 if co else ""),
                ("Date of birth", d_us(b.dob), d_us(co.dob) if co else ""),
                ("Phone number", b.phone, co.phone if co else ""),
                ("E-mail address", b.email, co.email if co else ""),
                ("Employer", app.employer, app.co_employer if co else ""))
        y = 308
        for label, left, right in rows:
            pg.text(52, y + 11.5, label, 8.5, "Helvetica-Bold")
            _cp_cell(pg, 160, y, 196, left, size=9.5)
            _cp_cell(pg, 366, y, 196, right, size=9.5)
            y += 21

        _fieldset(pg, 40, 458, 532, 286, "C  Your hardship")
        pg.text(52, 484, "Date the hardship began (mm/dd/yyyy)", 8.5, "Helvetica-Bold")
        _cp_cell(pg, 230, 472, 100, d_us(app.hardship_start) if app.hardship_start else "")
        pg.text(52, 508, "How long do you expect it to last?", 8.5, "Helvetica-Bold")
        x = 220
        for code, label in (("short_term", "6 months or less"), ("long_term", "More than 6 months / permanent"),
                            ("resolved", "It is already over")):
            x = _cp_option(pg, x, 500, label, app.duration == code)
        pg.text(52, 532, "What caused it? Check all that apply.", 8.5, "Helvetica-Bold")
        for i, (code, label) in enumerate(CP_REASONS):
            col, row = divmod(i, 5)
            _cp_option(pg, 56 + col * 262, 542 + row * 22, label, code in app.hardships)
        pg.text(56, 666, "Explain (required if you checked \"Something else\"):", 8.5)
        for k in range(3):
            pg.line(56, 688 + k * 18, 560, 688 + k * 18, 0.4, 0.5)

    def page2(pg: Pg) -> None:
        header(pg, 2)
        pg.text(40, 80, "Account number", 8.5, "Helvetica-Bold")
        _cp_cell(pg, 120, 68, 150, app.loan)
        _fieldset(pg, 40, 104, 532, 238, "D  Monthly household income before taxes")
        pg.text(52, 126, "Enter the monthly amount for every kind of income anyone in the household receives.", 8)
        y = 134
        for code, label in CP_INCOME:
            pg.text(52, y + 11.5, label, 8.5)
            pg.text(420, y + 11.5, "$", 9)
            amount = app.income.get(code)
            _cp_cell(pg, 430, y, 130, money(amount) if amount else "")
            y += 21
        pg.line(52, y + 4, 560, y + 4, 0.6, 0.4)
        pg.text(52, y + 20, "TOTAL MONTHLY INCOME", 9, "Helvetica-Bold")
        pg.text(420, y + 20, "$", 9, "Helvetica-Bold")
        pg.rect(430, y + 8, 130, 17, lw=1.2, stroke=0)
        pg.text(434, y + 20.5, money(app.total), 10, "Helvetica-Bold")

        _fieldset(pg, 40, 358, 532, 86, "E  Assets (leave out retirement accounts)")
        y = 372
        for key, label in (("checking", "Checking accounts and cash on hand"),
                           ("savings", "Savings, money market, CDs"), ("stocks", "Stocks and bonds")):
            pg.text(52, y + 11.5, label, 8.5)
            pg.text(420, y + 11.5, "$", 9)
            amount = app.assets.get(key)
            _cp_cell(pg, 430, y, 130, money(amount) if amount is not None else "")
            y += 21

        _fieldset(pg, 40, 460, 532, 290, "F  Certification and signatures")
        text = ("By signing, I certify that the information in this request is true and that the hardship I "
                "described contributed to my need for help with my mortgage. I will send the documents Cardinal "
                "Point Mortgage Servicing asks for and answer its letters and calls promptly. I understand that "
                "Cardinal Point is not required to offer me assistance because I sent this request. I consent to "
                "Cardinal Point obtaining a credit report for each applicant and to being contacted about this "
                "request at any telephone number or e-mail address I gave. A trial, repayment or forbearance plan "
                "I am offered is accepted by making its first payment on time.")
        pg.para(52, 482, 508, text, 8.2, leading=11)
        for i, (who, label) in enumerate((("Applicant", "Applicant's signature"),
                                          ("Co-applicant", "Co-applicant's signature"))):
            y = 600 + i * 64
            pg.line(52, y, 380, y, 0.7)
            pg.text(52, y + 11, label, 8, color=0.3)
            pg.line(410, y, 560, y, 0.7)
            pg.text(410, y + 11, "Date signed (mm/dd/yyyy)", 8, color=0.3)
            dated = app.dated if who == "Applicant" else app.co_dated
            signer = app.signed if who == "Applicant" else app.co_signed
            if dated == "typed" and signer and (who == "Applicant" or co):
                pg.text(414, y - 4, d_us(app.sign_date), 10.5)

    sheets = [Sheet(page1), Sheet(page2)]
    marks = app.sign_marks("b", (60, 574, 300, 26), (416, 596))
    if co:
        marks += app.sign_marks("c", (60, 638, 300, 26), (416, 660))
    sheets[1].marks = marks
    return sheets


# ---------- Juniper Ridge Home Loans: "Request for Mortgage Relief" (JRHL-200) ----------

JR_GREEN = (0.12, 0.36, 0.26)
JR_TINT = (0.89, 0.94, 0.91)
JR_OCC = (("primary_residence", "Owner-occupied (primary)"), ("second_home", "Second home"),
          ("investment_property", "Non-owner occupied"))
JR_REASONS = (("unemployment", "Involuntary job loss"), ("reduction_in_income", "Reduced income (hours, pay, OT)"),
              ("increase_in_housing_expenses", "Higher housing expense (ins./tax/HOA)"),
              ("disaster", "Natural or declared disaster"), ("disability_or_illness", "Medical condition / disability"),
              ("divorce_or_separation", "Divorce / legal separation"),
              ("separation_unmarried", "Separation - unmarried co-borrowers"),
              ("death", "Death of borrower or wage earner"), ("relocation", "Employment relocation"),
              ("other", "Other (describe below)"))
JR_INCOME = (("wages", "Gross monthly employment income"), ("self_employment", "Net self-employment income"),
             ("unemployment", "Unemployment compensation"),
             ("benefits_taxable", "Social Security / pension / disability (taxable)"),
             ("benefits_nontaxable", "Non-taxable Social Security / disability"),
             ("rental", "Net rental income"), ("investment", "Investment / insurance income"),
             ("other", "Alimony / child support / other"))


def juniper_ridge(app: App, expenses: dict[str, Decimal], explanation: str) -> list[Sheet]:
    b, co = app.borrower, app.co
    lx, ax, right = 42, 232, 570

    def band(pg: Pg) -> None:
        pg.rect(0, 0, pg.w, 58, stroke=None, fill=JR_GREEN)
        pg.text(42, 26, "JUNIPER RIDGE", 14, "Helvetica-Bold", 1)
        pg.text(42, 40, "HOME LOANS", 9, "Helvetica", (0.8, 0.92, 0.85))
        pg.text(570, 32, "Request for Mortgage Relief", 17, "Helvetica-Bold", 1, "r")
        pg.text(570, 72, "Form JRHL-200 (03/27)", 7.5, color=0.35, align="r")

    def section(pg: Pg, y: float, title: str) -> float:
        pg.rect(lx, y, right - lx, 16, stroke=None, fill=JR_TINT)
        pg.text(lx + 6, y + 11.5, title, 9.5, "Helvetica-Bold", JR_GREEN)
        return y + 16

    def row(pg: Pg, y: float, label: str, value: str = "", h: float = 18, shade: bool = False) -> float:
        if shade:
            pg.rect(lx, y, ax - lx, h, stroke=None, fill=0.95)
        pg.rect(lx, y, right - lx, h, lw=0.4, stroke=0.6)
        pg.line(ax, y, ax, y + h, 0.4, 0.6)
        pg.text(lx + 5, y + 12, label, 8.5)
        if value:
            pg.text(ax + 6, y + 12.5, value, 10, "Times-Roman")
        return y + h

    def choices(pg: Pg, y: float, label: str, options: Sequence[tuple[Any, str]], chosen: Any,
                shade: bool = False) -> float:
        row(pg, y, label, shade=shade)
        x = ax + 6
        for code, text in options:
            pg.box(x, y + 4.5, 8.5)
            if code == chosen:
                pg.cross(x, y + 4.5, 8.5, 1.1)
            pg.text(x + 12, y + 12, text, 8.5)
            x += 22 + stringWidth(text, "Helvetica", 8.5)
        return y + 18

    def page1(pg: Pg) -> None:
        band(pg)
        pg.para(42, 86, 528, "Please answer every question. Incomplete requests delay our review. Send this form, "
                "signed and dated, with your income and hardship documents to Juniper Ridge Home Loans, Attn: "
                "Homeowner Assistance, 2200 Larkspur Parkway, Suite 400, Omaha, NE 68154, or fax it to "
                "(402) 555-0142.", 8.5)
        y = section(pg, 118, "1  Property")
        y = row(pg, y, "Loan #", app.loan, shade=True)
        y = row(pg, y, "Property street", app.home.street)
        y = row(pg, y, "City, State ZIP", app.home.csz, shade=True)
        y = choices(pg, y, "Occupancy", JR_OCC, app.occupancy)
        y = choices(pg, y, "Listed for sale?", (("y", "Yes"), ("n", "No")), "n", shade=True)
        y = choices(pg, y, "I want to", (("keep", "Keep the home"), ("sell", "Sell the home"),
                                         ("und", "Undecided")), "keep")
        y = section(pg, y + 10, "2  Borrowers")
        y = row(pg, y, "Primary borrower - name", b.name, shade=True)
        y = row(pg, y, "SSN (last 4 only)", b.ssn4)
        y = row(pg, y, "Phone / email", f"{b.phone}   {b.email}", shade=True)
        y = row(pg, y, "Employer", app.employer)
        y = row(pg, y, "Secondary borrower - name", co.name if co else "", shade=True)
        y = row(pg, y, "SSN (last 4 only)", co.ssn4 if co else "")
        y = section(pg, y + 10, "3  Hardship")
        y = row(pg, y, "Hardship began (MM/DD/YYYY)", d_us(app.hardship_start) if app.hardship_start else "",
                shade=True)
        y = choices(pg, y, "Expected duration", (("short_term", "Short-term (6 mo. or less)"),
                                                  ("long_term", "Long-term (over 6 mo.)"),
                                                  ("resolved", "Resolved")), app.duration)
        h = 5 * 17 + 22
        pg.rect(lx, y, right - lx, h, lw=0.4, stroke=0.6)
        pg.rect(lx, y, ax - lx, h, stroke=None, fill=0.95)
        pg.rect(lx, y, right - lx, h, lw=0.4, stroke=0.6)
        pg.line(ax, y, ax, y + h, 0.4, 0.6)
        pg.text(lx + 5, y + 12, "Cause of hardship", 8.5)
        pg.text(lx + 5, y + 24, "(mark all that apply)", 7.5, color=0.35)
        for i, (code, text) in enumerate(JR_REASONS):
            col, r = divmod(i, 5)
            bx, by = ax + 6 + col * 166, y + 6 + r * 19
            pg.box(bx, by, 8.5)
            if code in app.hardships:
                pg.cross(bx, by, 8.5, 1.1)
            pg.text(bx + 12, by + 7.5, text, 7.6)
        y += h
        pg.rect(lx, y, right - lx, 48, lw=0.4, stroke=0.6)
        pg.text(lx + 5, y + 12, "Explanation (optional)", 8.5)
        pg.para(ax + 6, y + 12.5, right - ax - 12, explanation, 9.5, "Times-Roman", 11.5)
        pg.text(306, 772, "JRHL-200  Page 1 of 2", 7.5, color=0.35, align="c")

    def page2(pg: Pg) -> None:
        band(pg)
        pg.text(42, 88, f"Loan #  {app.loan}", 9.5, "Helvetica-Bold")
        pg.text(300, 88, f"Borrower  {b.name}", 9.5, "Helvetica-Bold")
        y = section(pg, 100, "4  Monthly income (before taxes and deductions)")
        for i, (code, label) in enumerate(JR_INCOME):
            amount = app.income.get(code)
            y = row(pg, y, label, f"$ {money(amount)}" if amount else "", shade=i % 2 == 0)
        pg.rect(lx, y, right - lx, 20, lw=1.1, stroke=0)
        pg.text(lx + 5, y + 13.5, "Total gross monthly household income", 9, "Helvetica-Bold")
        pg.text(ax + 6, y + 14, f"$ {money(app.total)}", 10.5, "Times-Bold")
        y = section(pg, y + 32, "5  Monthly expenses")
        total = Decimal("0")
        for i, (key, label) in enumerate((("first", "First mortgage payment"), ("second", "Second mortgage / HELOC"),
                                          ("auto", "Car loans / leases"), ("cards", "Credit cards (minimums)"),
                                          ("other", "Other (utilities, insurance, childcare)"))):
            amount = expenses.get(key)
            total += amount or 0
            y = row(pg, y, label, f"$ {money(amount)}" if amount else "", shade=i % 2 == 0)
        y = row(pg, y, "Total monthly expenses", f"$ {money(total)}")
        y = section(pg, y + 14, "6  Acknowledgment and signature")
        text = ("I certify that everything in this request is true and complete, that the hardship described above "
                "caused my difficulty paying my mortgage, and that I will provide any other document Juniper Ridge "
                "Home Loans reasonably asks for. I understand that Juniper Ridge is not obliged to offer me any "
                "assistance, and I consent to a credit report and to being contacted at the numbers and e-mail "
                "address above, including by text message.")
        y = pg.para(lx + 4, y + 14, right - lx - 8, text, 8.3, leading=11)
        lines = []
        for i, label in enumerate(("Borrower signature", "Co-borrower signature")):
            yy = y + 34 + i * 52
            lines.append(yy)
            pg.line(lx + 4, yy, 380, yy, 0.7)
            pg.text(lx + 4, yy + 11, label, 8, color=0.3)
            pg.line(410, yy, right, yy, 0.7)
            pg.text(410, yy + 11, "Date", 8, color=0.3)
            dated = app.dated if i == 0 else app.co_dated
            signer = app.signed if i == 0 else app.co_signed
            if dated == "typed" and signer and (i == 0 or co):
                pg.text(414, yy - 4, d_us(app.sign_date), 10.5, "Times-Roman")
        pos["sign"] = lines
        pg.text(306, 772, "JRHL-200  Page 2 of 2", 7.5, color=0.35, align="c")

    pos: dict[str, Any] = {}
    _probe(page2)
    sheets = [Sheet(page1), Sheet(page2)]
    y1, y2 = pos["sign"]
    sheets[1].marks = app.sign_marks("b", (lx + 10, y1 - 26, 300, 26), (414, y1 - 4))
    if co:
        sheets[1].marks += app.sign_marks("c", (lx + 10, y2 - 26, 300, 26), (414, y2 - 4))
    return sheets


def _probe(draw: Callable[[Pg], None]) -> None:
    """Draw a page once on a scratch canvas, so the page can note where its lines fell."""
    draw(Pg(canvas.Canvas(io.BytesIO(), pagesize=PAGE, invariant=1)))


# ---------- Osprey Lane Mortgage: "Mortgage Assistance Worksheet" (OLM-MAW) ----------

OL_NAVY = (0.09, 0.17, 0.36)
OL_REASONS = (("unemployment", "Job loss", "Not required"),
              ("reduction_in_income", "Income reduction", "Not required"),
              ("increase_in_housing_expenses", "Higher housing costs", "Not required"),
              ("disaster", "Disaster (home or workplace)", "Not required"),
              ("disability_or_illness", "Serious illness or disability (you, a co-borrower or a dependent)",
               "Your written statement or other proof of the illness"),
              ("divorce_or_separation", "Divorce or legal separation", "Final decree, separation agreement or "
               "quitclaim deed"),
              ("separation_unmarried", "Separation of unmarried co-owners", "Recorded quitclaim deed or binding "
               "agreement"),
              ("death", "Death of a borrower or wage earner", "Death certificate or obituary"),
              ("relocation", "Long-distance job transfer", "Transfer or offer letter"),
              ("other", "Other", "Your written explanation"))
OL_INCOME = (("wages", "Pay from a job (gross wages, overtime, tips)"), ("self_employment", "Self-employment (net)"),
             ("unemployment", "Unemployment benefits"),
             ("benefits_taxable", "Social Security, pension or disability - taxable"),
             ("benefits_nontaxable", "Social Security or disability - non-taxable"),
             ("rental", "Rent you receive (less expenses)"), ("investment", "Investments or insurance"),
             ("other", "Child support, alimony or other"))
OL_OCC = (("primary_residence", "where I live full time"), ("second_home", "a second or vacation home"),
          ("investment_property", "rented to others"))


def _bracket(pg: Pg, x: float, y: float, on: bool, size: float = 9.5) -> float:
    """'[ ]' printed as text; a typed check mark between the brackets when chosen. y is the baseline."""
    width = stringWidth("[    ]", "Courier", size)
    pg.text(x, y, "[    ]", size, "Courier")
    if on:
        pg.tick(x + width / 2 - 4.6, y - 8.0, 9.0, 1.3)
    return x + width + 4


def osprey_lane(app: App) -> list[Sheet]:
    b, co = app.borrower, app.co
    ans = "Times-Roman"

    def head(pg: Pg, page: int) -> None:
        pg.cv.setFillColorRGB(*OL_NAVY)
        pg.cv.circle(54, pg.h - 44, 13, stroke=0, fill=1)
        pg.text(54, 48, "OL", 10, "Helvetica-Bold", 1, "c")
        pg.text(74, 42, "Osprey Lane Mortgage", 16, "Times-BoldItalic", OL_NAVY)
        pg.text(74, 55, "Homeowner Support Team  -  1-888-555-0168  -  ospreylane.example", 7.5, color=0.3)
        pg.rect(404, 28, 168, 32, lw=0.8, stroke=OL_NAVY)
        pg.text(410, 38, "Loan number", 7, "Helvetica-Bold", OL_NAVY)
        pg.text(410, 54, app.loan, 12, ans)
        pg.text(306, 86, "Mortgage Assistance Worksheet", 15, "Helvetica-Bold", align="c")
        pg.text(306, 98, f"OLM-MAW 2027  -  page {page} of 2", 7.5, color=0.35, align="c")

    def part(pg: Pg, y: float, title: str) -> float:
        pg.text(40, y, title, 10, "Helvetica-Bold", OL_NAVY)
        pg.line(40, y + 4, 572, y + 4, 1.0, OL_NAVY)
        return y + 20

    def page1(pg: Pg) -> None:
        head(pg, 1)
        y = part(pg, 124, "PART 1  -  YOUR HARDSHIP")
        pg.text(40, y, "What caused your difficulty? Check every reason that applies.", 8.8)
        y += 8
        pg.rect(40, y, 532, 15, stroke=None, fill=(0.86, 0.89, 0.95))
        pg.text(46, y + 10.5, "Reason", 8, "Helvetica-Bold")
        pg.text(352, y + 10.5, "What to include with this worksheet", 8, "Helvetica-Bold")
        y += 15
        for code, label, need in OL_REASONS:
            x = _bracket(pg, 46, y + 13, code in app.hardships)
            pg.text(x, y + 13, label, 8.6)
            pg.text(352, y + 13, need, 7.2, color=0.25)
            pg.line(40, y + 19, 572, y + 19, 0.3, 0.7)
            y += 19
        y += 16
        pg.text(40, y, "When did it start? (month/day/year)", 8.8, "Helvetica-Bold")
        pg.line(210, y + 2, 320, y + 2, 0.6)
        if app.hardship_start:
            pg.text(214, y - 1, d_us(app.hardship_start), 11, ans)
        y += 22
        pg.text(40, y, "Do you expect it to be:", 8.8, "Helvetica-Bold")
        x = 160
        for code, label in (("short_term", "temporary (6 months or less)"), ("long_term", "long-term or permanent"),
                            ("resolved", "already resolved")):
            x = _bracket(pg, x, y, app.duration == code)
            pg.text(x, y, label, 8.6)
            x += stringWidth(label, "Helvetica", 8.6) + 14
        y += 30
        y = part(pg, y, "PART 2  -  YOUR MONTHLY INCOME (gross, before deductions)")
        pg.text(40, y, "Source", 8, "Helvetica-Bold")
        pg.text(572, y, "Amount per month", 8, "Helvetica-Bold", align="r")
        y += 6
        for code, label in OL_INCOME:
            amount = app.income.get(code)
            pg.text(46, y + 13, label, 8.8)
            pg.text(470, y + 13, "$", 9)
            pg.line(480, y + 15, 572, y + 15, 0.5)
            if amount:
                pg.text(568, y + 12, money(amount), 11, ans, align="r")
            y += 19
        pg.text(46, y + 15, "Total monthly income", 9, "Helvetica-Bold")
        pg.text(470, y + 15, "$", 9, "Helvetica-Bold")
        pg.rect(480, y + 2, 92, 18, lw=1.0, stroke=0)
        pg.text(568, y + 15, money(app.total), 11, "Times-Bold", align="r")

    def page2(pg: Pg) -> None:
        head(pg, 2)
        y = part(pg, 124, "PART 3  -  ABOUT YOU AND YOUR HOME")

        def field_line(x: float, y: float, w: float, label: str, value: str) -> None:
            pg.line(x, y, x + w, y, 0.6)
            pg.text(x, y + 9, label, 7, color=0.3)
            if value:
                pg.text(x + 3, y - 3, value, 11, ans)

        y += 14
        field_line(40, y, 330, "Customer name", b.name)
        field_line(390, y, 182, "Last 4 of SSN", b.ssn4)
        y += 34
        field_line(40, y, 330, "Co-customer name (if any)", co.name if co else "")
        field_line(390, y, 182, "Last 4 of SSN", co.ssn4 if co else "")
        y += 34
        field_line(40, y, 250, "Cell phone", b.phone)
        field_line(310, y, 262, "E-mail", b.email)
        y += 34
        field_line(40, y, 532, "Address of the home securing this loan (number and street)", app.home.street)
        y += 34
        field_line(40, y, 260, "City", app.home.city)
        field_line(320, y, 90, "State", app.home.state)
        field_line(430, y, 142, "ZIP code", app.home.zip)
        y += 36
        pg.text(40, y, "This home is:", 8.8, "Helvetica-Bold")
        x = 112
        for code, label in OL_OCC:
            x = _bracket(pg, x, y, app.occupancy == code)
            pg.text(x, y, label, 8.6)
            x += stringWidth(label, "Helvetica", 8.6) + 14
        y += 22
        pg.text(40, y, "Your employer:", 8.8, "Helvetica-Bold")
        pg.text(120, y, app.employer, 11, ans)
        y += 34
        y = part(pg, y, "PART 4  -  SIGNATURES")
        text = ("I/We certify that the information on this worksheet is accurate and that the hardship I/we "
                "described is the reason I/we need help with my/our mortgage. I/We will send the documents Osprey "
                "Lane Mortgage requests. Osprey Lane may verify the information given, including by obtaining a "
                "credit report, and may contact me/us about this request at any number or e-mail address given.")
        y = pg.para(40, y + 2, 532, text, 8.4, leading=11.2)
        pos["sign"] = []
        for i, label in enumerate(("Customer signature", "Co-customer signature")):
            yy = y + 38 + i * 54
            pos["sign"].append(yy)
            pg.line(40, yy, 370, yy, 0.7)
            pg.text(40, yy + 10, label, 7.5, color=0.3)
            pg.line(400, yy, 572, yy, 0.7)
            pg.text(400, yy + 10, "Date", 7.5, color=0.3)
            dated = app.dated if i == 0 else app.co_dated
            signer = app.signed if i == 0 else app.co_signed
            if dated == "typed" and signer and (i == 0 or co):
                pg.text(404, yy - 3, d_us(app.sign_date), 11, ans)

    pos: dict[str, Any] = {}
    _probe(page2)
    sheets = [Sheet(page1), Sheet(page2)]
    y1, y2 = pos["sign"]
    sheets[1].marks = app.sign_marks("b", (48, y1 - 26, 290, 26), (404, y1 - 3))
    if co:
        sheets[1].marks += app.sign_marks("c", (48, y2 - 26, 290, 26), (404, y2 - 3))
    return sheets


# --------------------------------------------------------------------------------------------------------------
# payroll: every period of the year computed the same way, so year-to-date columns are sums of real checks
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Line:
    label: str
    current: Decimal
    ytd: Decimal
    hours: Decimal | None = None
    rate: Decimal | None = None


@dataclass
class Stub:
    employer: str
    employee: Person
    freq: str
    pay_date: dt.date
    start: dt.date
    end: dt.date
    earnings: list[Line]
    taxes: list[Line]
    pretax: list[Line]
    aftertax: list[Line]
    gross: Decimal
    gross_ytd: Decimal
    net: Decimal
    net_ytd: Decimal
    number: int  # the check's sequence in the year
    proof: dict[str, str] = field(default_factory=dict)

    @property
    def taxes_total(self) -> tuple[Decimal, Decimal]:
        return sum((t.current for t in self.taxes), Decimal(0)), sum((t.ytd for t in self.taxes), Decimal(0))

    @property
    def deductions_total(self) -> tuple[Decimal, Decimal]:
        items = self.pretax + self.aftertax
        return sum((t.current for t in items), Decimal(0)), sum((t.ytd for t in items), Decimal(0))

    def fields(self) -> dict[str, Any]:
        return {
            "employer": self.employer,
            "employee_name": self.proof.get("employee_name", self.employee.name),
            "pay_date": self.pay_date.isoformat(),
            "period_start": self.start.isoformat(),
            "period_end": self.end.isoformat(),
            "frequency": self.freq,
            "gross_current": float(self.gross),
            "gross_ytd": float(self.gross_ytd),
            "net_current": float(self.net),
            "monthly_gross": float(monthly_from(self.gross, self.freq)),
        }


def pay_periods(freq: str, last_end: dt.date, lag: int) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(start, end, pay date) of every period paid in the year of the last one, up to the last one."""
    if freq in ("weekly", "biweekly"):
        step = 7 if freq == "weekly" else 14
        year = prev_business_day(last_end + dt.timedelta(days=lag)).year
        out = []
        end = last_end
        while end.year >= year - 1 and end > dt.date(year - 1, 12, 1):
            pay = prev_business_day(end + dt.timedelta(days=lag))
            if pay.year == year:
                out.append((end - dt.timedelta(days=step - 1), end, pay))
            end -= dt.timedelta(days=step)
        return out[::-1]
    if freq == "semimonthly":
        out = []
        pay_last = last_end + dt.timedelta(days=lag) if lag else prev_business_day(last_end)
        for year in (pay_last.year - 1, pay_last.year):
            for month in range(1, 13):
                for start, end in ((dt.date(year, month, 1), dt.date(year, month, 15)),
                                   (dt.date(year, month, 16), last_day(year, month))):
                    pay = end + dt.timedelta(days=lag) if lag else prev_business_day(end)
                    if pay.year == pay_last.year and pay <= pay_last:
                        out.append((start, end, pay))
        return out
    if freq == "monthly":
        return [(dt.date(last_end.year, m, 1), last_day(last_end.year, m),
                 prev_business_day(last_day(last_end.year, m))) for m in range(1, last_end.month + 1)]
    raise ValueError(freq)


@dataclass
class Payroll:
    employer: str
    employee: Person
    freq: str
    earn: Callable[[random.Random, int], list[tuple[str, Decimal | None, Decimal | None, Decimal]]]
    fed: Decimal
    state_rate: Decimal
    state_label: str
    pretax: list[tuple[str, Decimal, bool]]  # label, amount or rate, is_rate
    aftertax: list[tuple[str, Decimal]]
    social_security: bool = True
    fed_label: str = "Federal Income Tax"
    ss_label: str = "Social Security"
    med_label: str = "Medicare"

    def run(self, last_end: dt.date, lag: int, rng: random.Random, keep: int) -> list[Stub]:
        periods = pay_periods(self.freq, last_end, lag)
        totals: dict[str, Decimal] = {}
        order: list[str] = []
        stubs = []
        for index, (start, end, pay) in enumerate(periods):
            lines = self.earn(rng, index)
            gross = sum((amt for *_, amt in lines), Decimal(0))
            if is_tie(gross, self.freq):
                lines[0] = (lines[0][0], lines[0][1], lines[0][2], lines[0][3] + CENT)
                gross += CENT
            pre = []
            for label, value, is_rate in self.pretax:
                pre.append((label, c2(gross * value) if is_rate else value))
            pre_total = sum((v for _, v in pre), Decimal(0))
            health = sum((v for label, v in pre if "401" not in label and "403" not in label
                          and "Retire" not in label and "Pension" not in label), Decimal(0))
            taxable = gross - pre_total
            fica_base = gross - health
            taxes = [(self.fed_label, c2(taxable * self.fed))]
            if self.social_security:
                taxes.append((self.ss_label, c2(fica_base * Decimal("0.062"))))
            taxes.append((self.med_label, c2(fica_base * Decimal("0.0145"))))
            taxes.append((self.state_label, c2(taxable * self.state_rate)))
            after = list(self.aftertax)
            net = gross - pre_total - sum((v for _, v in taxes), Decimal(0)) - sum((v for _, v in after), Decimal(0))

            def acc(key: str, value: Decimal) -> Decimal:
                totals[key] = totals.get(key, Decimal(0)) + value
                return totals[key]

            current = {label: Line(label, amount, acc("E:" + label, amount), hours, rate)
                       for label, hours, rate, amount in lines}
            for label, *_ in lines:
                if label not in order:
                    order.append(label)
            # a kind of pay earned earlier in the year but not this period still shows its year to date
            earn_lines = [current.get(label) or Line(label, Decimal(0), totals["E:" + label]) for label in order]
            stub = Stub(self.employer, self.employee, self.freq, pay, start, end, earn_lines,
                        [Line(lbl, v, acc("T:" + lbl, v)) for lbl, v in taxes],
                        [Line(lbl, v, acc("P:" + lbl, v)) for lbl, v in pre],
                        [Line(lbl, v, acc("A:" + lbl, v)) for lbl, v in after],
                        gross, acc("gross", gross), net, acc("net", net), index + 1)
            stubs.append(stub)
        return stubs[-keep:]


def _h(value: Decimal | None, places: int = 2) -> str:
    return "" if value is None else f"{value:,.{places}f}"


# ---------- S1: a state university's monthly "Payroll Statement" ----------


def stub_university(s: Stub, univ_addr: str, dept: str, position: str, fte: str, emp_id: str,
                    acct4: str) -> Sheet:
    navy = (0.1, 0.16, 0.33)
    s.proof.update(pay_date=d_us(s.pay_date), period=f"{d_us(s.start)} - {d_us(s.end)}")

    def draw(pg: Pg) -> None:
        pg.rect(40, 36, 532, 4, stroke=None, fill=(0.72, 0.55, 0.15))
        pg.text(40, 62, s.employer, 17, "Times-Bold", navy)
        pg.text(40, 76, f"Office of Payroll Services  -  {univ_addr}", 8, color=0.3)
        pg.text(572, 60, "PAYROLL STATEMENT", 12, "Helvetica-Bold", navy, "r")
        pg.text(572, 74, f"Advice No. {emp_id[-3:]}{s.pay_date:%y%m}{s.number:02d}", 8, color=0.3, align="r")
        pg.line(40, 86, 572, 86, 0.8, navy)
        left = (("Employee Name", s.employee.name), ("Employee ID", emp_id), ("Department", dept),
                ("Position", position), ("FTE", fte))
        right = (("Pay Date", d_us(s.pay_date)), ("Pay Period", f"{d_us(s.start)} - {d_us(s.end)}"),
                 ("Pay Frequency", "Monthly"), ("Net Pay", f"${money(s.net)}"))
        for i, (label, value) in enumerate(left):
            pg.text(40, 104 + i * 14, label, 8.5, "Helvetica-Bold")
            pg.text(130, 104 + i * 14, value, 9)
        for i, (label, value) in enumerate(right):
            pg.text(350, 104 + i * 14, label, 8.5, "Helvetica-Bold")
            pg.text(440, 104 + i * 14, value, 9)

        def table(y: float, title: str, rows: list[Line]) -> float:
            pg.rect(40, y, 532, 15, stroke=None, fill=(0.88, 0.9, 0.95))
            pg.text(46, y + 10.5, title, 8.5, "Helvetica-Bold", navy)
            pg.text(470, y + 10.5, "Current", 8.5, "Helvetica-Bold", navy, "r")
            pg.text(566, y + 10.5, "Calendar YTD", 8.5, "Helvetica-Bold", navy, "r")
            y += 15
            for ln in rows:
                pg.text(46, y + 11, ln.label, 8.8)
                pg.text(470, y + 11, money(ln.current), 8.8, align="r")
                pg.text(566, y + 11, money(ln.ytd), 8.8, align="r")
                y += 14
            return y + 8

        y = table(182, "Earnings", s.earnings)
        y = table(y, "Before-Tax Deductions", s.pretax)
        y = table(y, "Taxes", s.taxes)
        y = table(y, "After-Tax Deductions", s.aftertax)
        tax, tax_y = s.taxes_total
        ded, ded_y = s.deductions_total
        pg.rect(40, y + 4, 532, 54, lw=0.8, stroke=navy)
        heads = ("", "Gross Pay", "Total Taxes", "Total Deductions", "Net Pay")
        for i, head in enumerate(heads):
            pg.text(40 + 106 * i + 100, y + 18, head, 8.5, "Helvetica-Bold", navy, "r")
        for r, (label, vals) in enumerate((("Current", (s.gross, tax, ded, s.net)),
                                           ("Calendar YTD", (s.gross_ytd, tax_y, ded_y, s.net_ytd)))):
            pg.text(48, y + 34 + r * 14, label, 8.5, "Helvetica-Bold")
            for i, value in enumerate(vals):
                pg.text(40 + 106 * (i + 1) + 100, y + 34 + r * 14, money(value), 9, align="r")
        y += 74
        pg.text(40, y, "Net Pay Distribution", 8.5, "Helvetica-Bold", navy)
        pg.text(40, y + 14, f"Direct Deposit  -  Checking account ending {acct4}", 8.8)
        pg.text(572, y + 14, f"${money(s.net)}", 8.8, align="r")
        pg.para(40, y + 40, 532, "Questions about this statement? Contact the Office of Payroll Services. Salaried "
                "employees are paid on the last working day of each month for that month.", 7.5, color=0.35)

    return Sheet(draw)


# ---------- S2: a freight and logistics company's weekly "Earnings Statement" (printed by a payroll service) ----------


def stub_freight(s: Stub, company_addr: tuple[str, str], emp_addr: Home, file_no: str, dept: str) -> Sheet:
    s.proof.update(pay_date=d_us(s.pay_date))

    def draw(pg: Pg) -> None:
        pg.text(40, 50, s.employer.upper(), 12, "Helvetica-Bold")
        pg.text(40, 62, company_addr[0], 8.5)
        pg.text(40, 73, company_addr[1], 8.5)
        pg.text(572, 48, "Earnings Statement", 15, "Helvetica-Bold", align="r")
        rows = (("Period Beginning:", d_us(s.start)), ("Period Ending:", d_us(s.end)), ("Pay Date:", d_us(s.pay_date)))
        for i, (label, value) in enumerate(rows):
            pg.text(500, 64 + i * 11, label, 8.5, align="r")
            pg.text(572, 64 + i * 11, value, 8.5, "Helvetica-Bold", align="r")
        pg.text(40, 104, f"File No. {file_no}    Dept. {dept}    Pay Group: WKLY", 8)
        pg.text(330, 112, s.employee.name.upper(), 10.5, "Helvetica-Bold")
        pg.text(330, 124, emp_addr.street.upper(), 9)
        pg.text(330, 135, emp_addr.csz.upper(), 9)
        y = 160
        pg.line(40, y, 572, y, 1.0)
        heads = ((40, "Earnings", "l"), (150, "rate", "r"), (200, "hours", "r"), (265, "this period", "r"),
                 (330, "year to date", "r"))
        for x, head, al in heads:
            pg.text(x, y + 11, head, 8.5, "Helvetica-Bold", align=al)
        y += 24
        for ln in s.earnings:
            pg.text(40, y, ln.label, 8.8)
            pg.text(150, y, _h(ln.rate, 4), 8.8, align="r")
            pg.text(200, y, _h(ln.hours), 8.8, align="r")
            pg.text(265, y, money(ln.current), 8.8, align="r")
            pg.text(330, y, money(ln.ytd), 8.8, align="r")
            y += 12
        y += 4
        pg.text(40, y, "Gross Pay", 9, "Helvetica-Bold")
        pg.text(265, y, f"${money(s.gross)}", 9, "Helvetica-Bold", align="r")
        pg.text(330, y, money(s.gross_ytd), 9, "Helvetica-Bold", align="r")
        y += 22
        pg.text(40, y, "Deductions", 8.5, "Helvetica-Bold")
        pg.text(80, y + 12, "Statutory", 8.5, "Helvetica-Oblique")
        y += 24
        for ln in s.taxes:
            pg.text(40, y, ln.label, 8.8)
            pg.text(265, y, "-" + money(ln.current), 8.8, align="r")
            pg.text(330, y, money(ln.ytd), 8.8, align="r")
            y += 12
        pg.text(80, y + 4, "Other", 8.5, "Helvetica-Oblique")
        y += 16
        for ln in s.pretax + s.aftertax:
            pg.text(40, y, ln.label + ("*" if ln in s.pretax else ""), 8.8)
            pg.text(265, y, "-" + money(ln.current), 8.8, align="r")
            pg.text(330, y, money(ln.ytd), 8.8, align="r")
            y += 12
        y += 8
        pg.text(40, y, "Net Pay", 10, "Helvetica-Bold")
        pg.text(265, y, f"${money(s.net)}", 10, "Helvetica-Bold", align="r")
        pg.text(40, y + 16, "* Excluded from federal taxable wages", 7.5, color=0.3)
        pg.rect(372, 170, 200, 120, lw=0.6, stroke=0.4)
        pg.text(380, 184, "Other Benefits and Information", 8.5, "Helvetica-Bold")
        worked = sum((ln.hours or 0 for ln in s.earnings if ln.label in ("Regular", "Overtime")), Decimal(0))
        pg.text(380, 198, f"Total Hours Worked   {worked:.2f}", 8.3)
        pg.text(380, 211, "Federal Filing Status   Single", 8.3)
        pg.text(380, 224, f"Check No.   {s.number:04d}-{s.pay_date:%m%d}", 8.3)
        pg.text(380, 246, "Important: review your W-4 withholding", 8)
        pg.text(380, 256, "each January.", 8)
        pg.line(40, 650, 572, 650, 0.5, dash=(3, 2))
        pg.text(40, 668, s.employer, 9, "Helvetica-Bold")
        pg.text(40, 681, "Deposited to the account of", 8)
        pg.text(200, 681, s.employee.name.upper(), 8.5, "Helvetica-Bold")
        pg.text(572, 668, f"Advice date  {d_us(s.pay_date)}", 8.5, align="r")
        pg.text(572, 681, f"Amount  ${money(s.net)}", 8.5, "Helvetica-Bold", align="r")
        pg.text(306, 706, "NON-NEGOTIABLE", 10, "Helvetica-Bold", 0.55, "c")
        pg.text(572, 750, "PayWell Services  -  payroll for growing businesses", 7, "Helvetica-Oblique", 0.4, "r")

    return Sheet(draw)


# ---------- S3: a call centre's bi-weekly "Pay Statement" processed by a PEO ----------


def stub_peo(s: Stub, client_addr: str, peo: str, emp_id: str, location: str) -> Sheet:
    violet = (0.33, 0.2, 0.52)
    s.proof.update(pay_date=d_mon(s.pay_date))

    def draw(pg: Pg) -> None:
        pg.rect(0, 0, pg.w, 70, stroke=None, fill=(0.93, 0.9, 0.97))
        pg.text(40, 34, s.employer, 15, "Helvetica-Bold", violet)
        pg.text(40, 48, client_addr, 8.5, color=0.3)
        pg.text(40, 60, f"Payroll processed by {peo}, a professional employer organization", 7.5,
                "Helvetica-Oblique", 0.35)
        pg.text(572, 38, "Pay Statement", 16, "Helvetica", violet, "r")
        pg.text(572, 54, "Pay frequency: Bi-Weekly", 8.5, color=0.3, align="r")
        cells = (("Check Date", d_mon(s.pay_date)), ("Period Start", d_mon(s.start)), ("Period End", d_mon(s.end)),
                 ("Check No.", f"DD{s.pay_date:%y%m%d}{s.number:02d}"), ("Net Pay", f"${money(s.net)}"))
        for i, (label, value) in enumerate(cells):
            x = 40 + i * 106.4
            pg.rect(x, 84, 104, 36, lw=0.5, stroke=0.7)
            pg.text(x + 6, 96, label, 7.5, "Helvetica-Bold", violet)
            pg.text(x + 6, 112, value, 10, "Helvetica-Bold" if label == "Net Pay" else "Helvetica")
        pg.text(40, 142, "Employee", 7.5, "Helvetica-Bold", violet)
        pg.text(40, 155, s.employee.name, 10)
        pg.text(250, 142, "Employee ID", 7.5, "Helvetica-Bold", violet)
        pg.text(250, 155, emp_id, 10)
        pg.text(400, 142, "Work location", 7.5, "Helvetica-Bold", violet)
        pg.text(400, 155, location, 10)

        def table(y: float, title: str, cols: Sequence[str], rows: Sequence[Sequence[str]]) -> float:
            pg.text(40, y, title, 10, "Helvetica-Bold", violet)
            y += 6
            pg.line(40, y, 572, y, 0.8, violet)
            xs = (40, 300, 370, 470, 572) if len(cols) == 5 else (40, 470, 572)
            for x, col in zip(xs, cols, strict=True):
                pg.text(x, y + 12, col, 8, "Helvetica-Bold", 0.3, "l" if x == 40 else "r")
            y += 16
            for values in rows:
                for x, val in zip(xs, values, strict=True):
                    pg.text(x, y + 11, val, 8.8, align="l" if x == 40 else "r")
                pg.line(40, y + 15, 572, y + 15, 0.3, 0.8)
                y += 15
            return y + 16

        y = table(186, "Earnings", ("Description", "Hours", "Rate", "Current", "YTD"),
                  [(ln.label, _h(ln.hours), _h(ln.rate), money(ln.current), money(ln.ytd)) for ln in s.earnings]
                  + [("Gross Earnings", "", "", money(s.gross), money(s.gross_ytd))])
        y = table(y, "Taxes", ("Description", "Current", "YTD"),
                  [(ln.label, money(ln.current), money(ln.ytd)) for ln in s.taxes])
        y = table(y, "Deductions", ("Description", "Current", "YTD"),
                  [(ln.label + (" (pre-tax)" if ln in s.pretax else ""), money(ln.current), money(ln.ytd))
                   for ln in s.pretax + s.aftertax])
        tax, tax_y = s.taxes_total
        ded, ded_y = s.deductions_total
        y = table(y, "Summary", ("", "Current", "YTD"),
                  [("Gross Earnings", money(s.gross), money(s.gross_ytd)), ("Taxes", money(tax), money(tax_y)),
                   ("Deductions", money(ded), money(ded_y)), ("Net Pay", money(s.net), money(s.net_ytd))])
        pg.text(40, y, f"{peo}  -  co-employment services  -  this statement is for your records.", 7,
                color=0.45)

    return Sheet(draw)


# ---------- S4: a nursing home's bi-weekly "Employee Pay Stub" ----------


def stub_nursing(s: Stub, facility_addr: str, position: str, dept: str, emp_no: str) -> Sheet:
    s.proof.update(pay_date=d_us(s.pay_date))

    def draw(pg: Pg) -> None:
        pg.rect(40, 40, 532, 56, lw=1.2, stroke=0)
        pg.text(52, 60, s.employer, 13, "Helvetica-Bold")
        pg.text(52, 74, facility_addr, 8.5)
        pg.text(52, 87, "A skilled nursing and rehabilitation community", 7.5, "Helvetica-Oblique", 0.35)
        pg.text(560, 66, "EMPLOYEE PAY STUB", 12, "Helvetica-Bold", align="r")
        pg.text(560, 82, f"Stub #{s.pay_date:%Y}-{s.number:02d}", 8.5, align="r")
        grid = (("Employee", s.employee.name), ("Emp #", emp_no), ("Position", position), ("Dept", dept),
                ("Date Paid", d_us(s.pay_date)), ("Pay Period", f"{d_us(s.start)} to {d_us(s.end)}"))
        for i, (label, value) in enumerate(grid):
            col, row = divmod(i, 3)
            x, y = 40 + col * 266, 108 + row * 20
            pg.rect(x, y, 266, 20, lw=0.5, stroke=0.3)
            pg.rect(x, y, 70, 20, stroke=None, fill=0.88)
            pg.rect(x, y, 266, 20, lw=0.5, stroke=0.3)
            pg.text(x + 5, y + 13.5, label, 8.5, "Helvetica-Bold")
            pg.text(x + 76, y + 13.5, value, 9.5)
        y = 186
        cols = ((40, "Code / Description", "l"), (250, "Hours", "r"), (320, "Rate", "r"), (420, "Amount", "r"),
                (560, "YTD", "r"))
        pg.rect(40, y, 532, 16, stroke=None, fill=0.2)
        for x, head, al in cols:
            pg.text(x + (4 if al == "l" else 0), y + 11.5, head, 8.5, "Helvetica-Bold", 1, al)
        y += 16
        for ln in s.earnings:
            pg.text(44, y + 12, ln.label, 9)
            pg.text(250, y + 12, _h(ln.hours), 9, align="r")
            pg.text(320, y + 12, _h(ln.rate, 4), 9, align="r")
            pg.text(420, y + 12, money(ln.current), 9, align="r")
            pg.text(560, y + 12, money(ln.ytd), 9, align="r")
            pg.line(40, y + 16, 572, y + 16, 0.3, 0.7)
            y += 16
        pg.text(44, y + 14, "GROSS WAGES", 9, "Helvetica-Bold")
        pg.text(420, y + 14, money(s.gross), 9, "Helvetica-Bold", align="r")
        pg.text(560, y + 14, money(s.gross_ytd), 9, "Helvetica-Bold", align="r")
        y += 34
        pg.rect(40, y, 532, 16, stroke=None, fill=0.2)
        pg.text(44, y + 11.5, "Withholdings and Deductions", 8.5, "Helvetica-Bold", 1)
        pg.text(420, y + 11.5, "Amount", 8.5, "Helvetica-Bold", 1, "r")
        pg.text(560, y + 11.5, "YTD", 8.5, "Helvetica-Bold", 1, "r")
        y += 16
        for ln in s.taxes + s.pretax + s.aftertax:
            pg.text(44, y + 12, ln.label, 9)
            pg.text(420, y + 12, money(ln.current), 9, align="r")
            pg.text(560, y + 12, money(ln.ytd), 9, align="r")
            pg.line(40, y + 16, 572, y + 16, 0.3, 0.7)
            y += 16
        y += 18
        pg.rect(372, y, 200, 30, lw=1.4, stroke=0)
        pg.text(380, y + 19, "NET CHECK", 10, "Helvetica-Bold")
        pg.text(564, y + 19, f"${money(s.net)}", 12, "Helvetica-Bold", align="r")
        pg.text(40, y + 19, f"YTD net  {money(s.net_ytd)}", 8.5)
        pg.text(40, y + 60, "Differentials: EVE 3p-11p, NOC 11p-7a, WKND Sat/Sun. Questions: Business Office, "
                "ext. 210.",
                7.5, color=0.35)

    return Sheet(draw)


# ---------- S5: an airline's semi-monthly "Earnings Advice" for ground staff ----------


def stub_airline(s: Stub, emp_no: str, station: str, job: str, hq: str) -> Sheet:
    teal = (0.0, 0.38, 0.45)
    s.proof.update(pay_date=d_us(s.pay_date))

    def draw(pg: Pg) -> None:
        pg.cv.setFillColorRGB(*teal)
        p = pg.cv.beginPath()
        p.moveTo(40, pg.h - 58)
        p.lineTo(70, pg.h - 44)
        p.lineTo(40, pg.h - 40)
        p.close()
        pg.cv.drawPath(p, stroke=0, fill=1)
        pg.text(78, 56, s.employer.upper(), 16, "Helvetica-BoldOblique", teal)
        pg.text(78, 68, hq, 7.5, color=0.35)
        pg.text(572, 52, "Earnings Advice", 13, "Helvetica-Bold", align="r")
        pg.text(572, 66, "Semi-monthly payroll", 8, color=0.35, align="r")
        pg.line(40, 80, 572, 80, 2, teal)
        info = (("Name", s.employee.name), ("Employee No.", emp_no), ("Station", station), ("Job", job),
                ("Payment Date", d_us(s.pay_date)), ("For period", f"{d_us(s.start)} through {d_us(s.end)}"))
        for i, (label, value) in enumerate(info):
            col, row = divmod(i, 3)
            pg.text(40 + col * 270, 98 + row * 14, f"{label}:", 8.5, "Helvetica-Bold")
            pg.text(120 + col * 270, 98 + row * 14, value, 9)
        y = 150
        pg.text(40, y, "EARNINGS", 9, "Helvetica-Bold", teal)
        pg.text(300, y, "DEDUCTIONS", 9, "Helvetica-Bold", teal)
        y += 4
        pg.line(40, y, 285, y, 0.6, teal)
        pg.line(300, y, 572, y, 0.6, teal)
        ey = y + 13
        pg.text(40, ey, "Type", 7.5, "Helvetica-Bold", 0.3)
        pg.text(150, ey, "Hrs", 7.5, "Helvetica-Bold", 0.3, "r")
        pg.text(225, ey, "Current", 7.5, "Helvetica-Bold", 0.3, "r")
        pg.text(285, ey, "YTD", 7.5, "Helvetica-Bold", 0.3, "r")
        for ln in s.earnings:
            ey += 13
            pg.text(40, ey, ln.label, 8.6)
            pg.text(150, ey, _h(ln.hours), 8.6, align="r")
            pg.text(225, ey, money(ln.current), 8.6, align="r")
            pg.text(285, ey, money(ln.ytd), 8.6, align="r")
        dy = y + 13
        pg.text(300, dy, "Type", 7.5, "Helvetica-Bold", 0.3)
        pg.text(500, dy, "Current", 7.5, "Helvetica-Bold", 0.3, "r")
        pg.text(572, dy, "YTD", 7.5, "Helvetica-Bold", 0.3, "r")
        for ln in s.taxes + s.pretax + s.aftertax:
            dy += 13
            pg.text(300, dy, ln.label, 8.6)
            pg.text(500, dy, money(ln.current), 8.6, align="r")
            pg.text(572, dy, money(ln.ytd), 8.6, align="r")
        y = max(ey, dy) + 26
        tax, tax_y = s.taxes_total
        ded, ded_y = s.deductions_total
        pg.rect(40, y, 532, 44, stroke=None, fill=(0.9, 0.95, 0.96))
        heads = ("Total Earnings", "Total Taxes", "Total Deductions", "Net Deposit")
        cur = (s.gross, tax, ded, s.net)
        ytd = (s.gross_ytd, tax_y, ded_y, s.net_ytd)
        for i, head in enumerate(heads):
            x = 40 + i * 133
            pg.text(x + 8, y + 13, head, 8, "Helvetica-Bold", teal)
            pg.text(x + 8, y + 27, money(cur[i]), 10.5, "Helvetica-Bold")
            pg.text(x + 8, y + 39, f"YTD {money(ytd[i])}", 7.8, color=0.3)
        pg.text(40, y + 66, "Payday is the 15th and the last day of the month (the business day before when it falls "
                "on a weekend or holiday).", 7.5, color=0.35)

    return Sheet(draw)


# ---------- S6: a municipal transit authority's bi-weekly "Payroll Check Stub" ----------


def stub_transit(s: Stub, addr: str, badge: str, division: str, acct4: str) -> Sheet:
    green = (0.05, 0.4, 0.2)
    s.proof.update(pay_date=d_us(s.pay_date), period=f"{d_us(s.start)} to {d_us(s.end)}")

    def draw(pg: Pg) -> None:
        pg.rect(40, 40, 532, 310, lw=0.9, stroke=0)
        pg.rect(40, 40, 532, 26, stroke=None, fill=green)
        pg.text(50, 57.5, s.employer, 12, "Helvetica-Bold", 1)
        pg.text(562, 57.5, "PAYROLL CHECK STUB", 10, "Helvetica-Bold", 1, "r")
        pg.text(50, 80, addr, 8, color=0.3)
        facts = (("Employee", s.employee.name), ("Badge No.", badge), ("Division", division),
                 ("Deposit Date", d_us(s.pay_date)), ("Pay Period", f"{d_us(s.start)} to {d_us(s.end)}"),
                 ("Frequency", "Biweekly"))
        for i, (label, value) in enumerate(facts):
            col, row = divmod(i, 3)
            pg.text(50 + col * 260, 98 + row * 13, label, 8, "Helvetica-Bold")
            pg.text(125 + col * 260, 98 + row * 13, value, 8.8)
        y = 146
        pg.line(40, y, 572, y, 0.6)
        pg.line(306, y, 306, 340, 0.6)
        heads_l = ((50, "Earnings", "l"), (170, "Hours", "r"), (225, "This Period", "r"), (298, "YTD", "r"))
        heads_r = ((314, "Deductions", "l"), (490, "This Period", "r"), (564, "YTD", "r"))
        for x, head, al in heads_l + heads_r:
            pg.text(x, y + 12, head, 8, "Helvetica-Bold", align=al)
        pg.line(40, y + 16, 572, y + 16, 0.4)
        ly = y + 29
        for ln in s.earnings:
            pg.text(50, ly, ln.label, 8.5)
            pg.text(170, ly, _h(ln.hours), 8.5, align="r")
            pg.text(225, ly, money(ln.current), 8.5, align="r")
            pg.text(298, ly, money(ln.ytd), 8.5, align="r")
            ly += 12
        ry = y + 29
        for ln in s.taxes + s.pretax + s.aftertax:
            pg.text(314, ry, ln.label, 8.5)
            pg.text(490, ry, money(ln.current), 8.5, align="r")
            pg.text(564, ry, money(ln.ytd), 8.5, align="r")
            ry += 12
        pg.line(40, 296, 572, 296, 0.6)
        ded, ded_y = s.deductions_total
        tax, tax_y = s.taxes_total
        pg.text(50, 312, "GROSS PAY", 8.5, "Helvetica-Bold")
        pg.text(225, 312, money(s.gross), 9, "Helvetica-Bold", align="r")
        pg.text(298, 312, money(s.gross_ytd), 9, "Helvetica-Bold", align="r")
        pg.text(314, 312, "TOTAL DEDUCTIONS", 8.5, "Helvetica-Bold")
        pg.text(490, 312, money(ded + tax), 9, "Helvetica-Bold", align="r")
        pg.text(564, 312, money(ded_y + tax_y), 9, "Helvetica-Bold", align="r")
        pg.text(50, 332, "NET PAY", 10, "Helvetica-Bold", green)
        pg.text(225, 332, money(s.net), 10, "Helvetica-Bold", green, "r")
        pg.text(314, 332, f"Deposited to checking ...{acct4}", 8.5)
        pg.text(306, 372, "Keep this stub for your records. Operators are paid every other Friday.", 7.5,
                color=0.4, align="c")

    return Sheet(draw)


# --------------------------------------------------------------------------------------------------------------
# bank statements
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Txn:
    date: dt.date
    desc: str
    amount: Decimal  # + credit, - debit


@dataclass
class Statement:
    bank: str
    holders: list[str]
    address: Home
    acct4: str
    start: dt.date
    end: dt.date
    begin: Decimal
    txns: list[Txn]

    @property
    def closing(self) -> Decimal:
        return self.begin + sum((t.amount for t in self.txns), Decimal(0))

    @property
    def credits(self) -> list[Txn]:
        return [t for t in self.txns if t.amount > 0]

    @property
    def debits(self) -> list[Txn]:
        return [t for t in self.txns if t.amount < 0]

    def fields(self) -> dict[str, Any]:
        return {"bank_name": self.bank, "account_last4": self.acct4, "period_start": self.start.isoformat(),
                "period_end": self.end.isoformat(), "beginning_balance": float(self.begin),
                "ending_balance": float(self.closing)}


SPEND = (("POS PURCHASE {s}", ("KROGER #412", "ALDI 77", "HY-VEE 1021", "MEIJER #88", "FOOD LION 1407",
                                "PUBLIX 0611", "PICK N SAVE 6650"), 35, 185, 5),
         ("POS PURCHASE {s}", ("SHELL OIL 5744", "CASEY'S #3310", "SPEEDWAY 4412", "KWIK TRIP 812"), 28, 75, 3),
         ("CARD PURCHASE {s}", ("MCDONALD'S F1188", "SUBWAY 20431", "PANERA BREAD #601", "CULVER'S 117"), 8, 42, 3),
         ("CARD PURCHASE {s}", ("AMAZON MKTPL", "WALMART SC 2217", "TARGET T-2210", "DOLLAR GENERAL",
                                "CVS/PHARMACY 06231", "WALGREENS #5521"), 12, 140, 4),
         ("ACH DEBIT {s}", ("CITY UTILITIES", "CONSUMERS ENERGY", "XFINITY COMCAST", "SPECTRUM", "VERIZON WIRELESS"),
          55, 240, 2),
         ("ACH DEBIT {s}", ("STATE FARM INS", "GEICO AUTO"), 85, 190, 1),
         ("ACH DEBIT {s}", ("ALLY AUTO PMT", "CAPITAL ONE AUTO"), 280, 470, 1),
         ("ONLINE PMT {s}", ("DISCOVER CARD", "CITI CARD SVCS"), 75, 350, 1),
         ("ATM WITHDRAWAL {s}", ("#0412 MAIN ST", "#7781 MARKET"), 40, 200, 1))
BUSINESS_SPEND = (("POS PURCHASE {s}", ("SHERWIN-WILLIAMS #4410", "SHERWIN-WILLIAMS #2270"), 120, 950, 4),
                  ("POS PURCHASE {s}", ("HOME DEPOT #3021", "LOWE'S #0772", "MENARDS 3318"), 60, 780, 4),
                  ("POS PURCHASE {s}", ("QT 0412", "CASEY'S #2203"), 45, 120, 3),
                  ("ACH DEBIT {s}", ("SUNBELT RENTALS",), 150, 620, 1),
                  ("ACH DEBIT {s}", ("VERIZON WIRELESS",), 90, 160, 1),
                  ("ACH DEBIT {s}", ("INTUIT QBOOKS",), 35, 85, 1),
                  ("ZELLE TO {s}", ("M ORTEGA - LABOR", "D KRAUSE - LABOR"), 600, 1400, 2))


def statement_txns(rng: random.Random, start: dt.date, end: dt.date, begin: Decimal,
                   credits: list[Txn], mortgage: tuple[str, Decimal] | None, count: int,
                   spend: Sequence[tuple[str, Sequence[str], int, int, int]] = SPEND) -> list[Txn]:
    """Deposits as given, a mortgage payment, and everyday spending that leaves a positive balance."""
    days = (end - start).days + 1
    txns = list(credits)
    if mortgage:
        txns.append(Txn(start + dt.timedelta(days=min(days - 1, rng.randint(1, 5))), mortgage[0], -mortgage[1]))
    inflow = begin + sum((t.amount for t in txns), Decimal(0))
    budget = inflow * Decimal(str(rng.uniform(0.6, 0.85)))
    weights = [w for *_, w in spend]
    spent = Decimal(0)
    for _ in range(count):
        if spent >= budget:
            break
        template, shops, lo, hi, _w = rng.choices(spend, weights)[0]
        amount = cents(rng, lo, hi)
        spent += amount
        txns.append(Txn(start + dt.timedelta(days=rng.randrange(days)), template.format(s=rng.choice(shops)), -amount))
    txns.sort(key=lambda t: (t.date, -t.amount))
    balance = begin
    for t in txns:  # never overdrawn: trim a purchase that would be
        if balance + t.amount < 25 and t.amount < 0 and "MTG" not in t.desc and "TRANSFER" not in t.desc:
            t.amount = -c2(max(Decimal("5.00"), (balance - 25) / 2))
        balance += t.amount
    return txns


# ---------- B1: Granary Savings Bank, two pages ----------


def stmt_granary(st: Statement, product: str) -> list[Sheet]:
    gold = (0.62, 0.47, 0.12)
    rows = st.txns
    first, rest = rows[:14], rows[14:]
    period = f"{d_long(st.start)} through {d_long(st.end)}"

    def head(pg: Pg, page: int) -> None:
        pg.rect(40, 36, 22, 22, stroke=None, fill=gold)
        pg.text(51, 51, "G", 13, "Times-Bold", 1, "c")
        pg.text(70, 50, st.bank, 15, "Times-Bold", (0.25, 0.2, 0.08))
        pg.text(70, 62, "Member FDIC  -  Equal Housing Lender  -  granarysavings.example  -  1-800-555-0134", 7.5,
                color=0.35)
        pg.text(572, 50, f"Page {page} of 2", 8, align="r")

    def ledger(pg: Pg, y: float, items: list[Txn], balance: Decimal) -> tuple[float, Decimal]:
        pg.rect(40, y, 532, 15, stroke=None, fill=(0.95, 0.92, 0.84))
        for x, head, al in ((46, "Date", "l"), (100, "Description", "l"), (400, "Withdrawals", "r"),
                            (480, "Deposits", "r"), (566, "Balance", "r")):
            pg.text(x, y + 10.5, head, 8.2, "Helvetica-Bold", align=al)
        y += 15
        for t in items:
            balance += t.amount
            pg.text(46, y + 11, t.date.strftime("%m/%d"), 8.5)
            pg.text(100, y + 11, t.desc, 8.5)
            pg.text(400 if t.amount < 0 else 480, y + 11, money(abs(t.amount)), 8.5, align="r")
            pg.text(566, y + 11, money(balance), 8.5, align="r")
            pg.line(40, y + 15, 572, y + 15, 0.25, 0.75)
            y += 15
        return y, balance

    def page1(pg: Pg) -> None:
        head(pg, 1)
        y = 100
        for line in [*(h.upper() for h in st.holders), st.address.street.upper(), st.address.csz.upper()]:
            pg.text(58, y, line, 9.5)
            y += 12
        pg.rect(330, 88, 242, 62, lw=0.6, stroke=gold)
        pg.text(338, 102, "Statement period:", 8.5, "Helvetica-Bold")
        pg.text(338, 114, period, 8.5)
        pg.text(338, 128, f"Account: {product}", 8.5)
        pg.text(338, 140, f"Account number ending in {st.acct4}", 8.5)
        y = 176
        pg.text(40, y, "Account summary", 11, "Helvetica-Bold", (0.25, 0.2, 0.08))
        summary = ((f"Opening balance on {d_mon(st.start)}", money(st.begin)),
                   (f"Deposits and other credits ({len(st.credits)})",
                    money(sum((t.amount for t in st.credits), Decimal(0)))),
                   (f"Withdrawals and other debits ({len(st.debits)})",
                    "-" + money(-sum((t.amount for t in st.debits), Decimal(0)))),
                   (f"Closing balance on {d_mon(st.end)}", money(st.closing)))
        for i, (label, value) in enumerate(summary):
            bold = i in (0, 3)
            pg.text(46, y + 18 + i * 14, label, 9, "Helvetica-Bold" if bold else "Helvetica")
            pg.text(330, y + 18 + i * 14, f"${value}" if bold else value, 9, "Helvetica-Bold" if bold else "Helvetica",
                    align="r")
        pg.text(40, 262, "Account activity", 11, "Helvetica-Bold", (0.25, 0.2, 0.08))
        ledger(pg, 270, first, st.begin)
        pg.text(306, 760, "Continued on next page", 7.5, color=0.4, align="c")

    def page2(pg: Pg) -> None:
        head(pg, 2)
        pg.text(40, 84, f"Account number ending in {st.acct4}  -  {period}", 8.5)
        balance = st.begin + sum((t.amount for t in first), Decimal(0))
        y, balance = ledger(pg, 96, rest, balance)
        pg.text(400, y + 16, "Closing balance", 9, "Helvetica-Bold", align="r")
        pg.text(566, y + 16, f"${money(balance)}", 9, "Helvetica-Bold", align="r")
        pg.para(40, y + 50, 532, "In case of errors or questions about your electronic transfers, call or write us "
                "as soon as you can. We must hear from you no later than 60 days after we sent the FIRST statement "
                "on which the problem or error appeared.", 7.5, color=0.35)

    return [Sheet(page1), Sheet(page2)]


# ---------- B2: Blue Spruce Community Bank, business checking, two pages ----------


def stmt_bluespruce(st: Statement, business: str) -> list[Sheet]:
    spruce = (0.1, 0.3, 0.38)
    rows = st.txns
    first, rest = rows[:12], rows[12:]

    def head(pg: Pg, page: int) -> None:
        pg.cv.setFillColorRGB(*spruce)
        p = pg.cv.beginPath()
        p.moveTo(52, pg.h - 30)
        p.lineTo(64, pg.h - 56)
        p.lineTo(40, pg.h - 56)
        p.close()
        pg.cv.drawPath(p, stroke=0, fill=1)
        pg.text(72, 46, st.bank, 14, "Helvetica-Bold", spruce)
        pg.text(72, 58, "Business Banking  -  PO Box 220  -  Member FDIC", 7.5, color=0.35)
        pg.text(572, 44, "BUSINESS CHECKING STATEMENT", 9.5, "Helvetica-Bold", spruce, "r")
        pg.text(572, 57, f"{d_us(st.start)} through {d_us(st.end)}", 9, align="r")
        pg.text(572, 70, f"Page {page} of 2", 7.5, color=0.4, align="r")

    def ledger(pg: Pg, y: float, items: list[Txn]) -> float:
        for x, head, al in ((40, "Posted", "l"), (92, "Transaction detail", "l"), (430, "Debits", "r"),
                            (500, "Credits", "r"), (572, "", "r")):
            pg.text(x, y, head, 8.2, "Helvetica-Bold", spruce, al)
        pg.line(40, y + 4, 572, y + 4, 0.6, spruce)
        y += 17
        for t in items:
            pg.text(40, y, d_us(t.date), 8.4)
            pg.text(92, y, t.desc, 8.4)
            pg.text(430 if t.amount < 0 else 500, y, money(abs(t.amount)), 8.4, align="r")
            y += 13.5
        return y

    def page1(pg: Pg) -> None:
        head(pg, 1)
        y = 96
        for line in (business.upper(), *(h.upper() for h in st.holders), st.address.street.upper(),
                     st.address.csz.upper()):
            pg.text(52, y, line, 9.5)
            y += 12
        pg.text(360, 100, "Account number", 8, "Helvetica-Bold")
        pg.text(360, 112, f"XXXXXX{st.acct4}", 10)
        pg.text(360, 128, "Statement dates", 8, "Helvetica-Bold")
        pg.text(360, 140, f"{d_us(st.start)} through {d_us(st.end)}", 9.5)
        y = 172
        pg.rect(40, y, 532, 76, lw=0.7, stroke=spruce)
        cred = sum((t.amount for t in st.credits), Decimal(0))
        deb = -sum((t.amount for t in st.debits), Decimal(0))
        items = ((f"Balance on {d_us(st.start)}", money(st.begin)), (f"Total credits ({len(st.credits)})", money(cred)),
                 (f"Total debits ({len(st.debits)})", money(deb)), (f"Balance on {d_us(st.end)}", money(st.closing)))
        for i, (label, value) in enumerate(items):
            pg.text(52, y + 16 + i * 16, label, 9, "Helvetica-Bold" if i in (0, 3) else "Helvetica")
            pg.text(300, y + 16 + i * 16, value, 9, "Helvetica-Bold" if i in (0, 3) else "Helvetica", align="r")
        pg.text(330, y + 16, "Minimum balance this period", 8.3)
        low = min(st.begin + sum((t.amount for t in st.txns[:k + 1]), Decimal(0)) for k in range(len(st.txns)))
        pg.text(560, y + 16, money(min(low, st.begin)), 8.3, align="r")
        pg.text(330, y + 32, "Service charges", 8.3)
        pg.text(560, y + 32, "0.00", 8.3, align="r")
        ledger(pg, 272, first)

    def page2(pg: Pg) -> None:
        head(pg, 2)
        y = ledger(pg, 96, rest)
        pg.text(40, y + 20, "Daily ending balance", 9, "Helvetica-Bold", spruce)
        balance = st.begin
        daily: dict[dt.date, Decimal] = {}
        for t in st.txns:
            balance += t.amount
            daily[t.date] = balance
        x, yy = 40, y + 36
        for i, (day, bal) in enumerate(sorted(daily.items())):
            pg.text(x + (i % 4) * 133, yy + (i // 4) * 12, f"{day:%m/%d}   {money(bal)}", 8)
        pg.text(40, yy + (len(daily) // 4 + 2) * 12, "Thank you for banking with Blue Spruce.", 7.5, color=0.4)

    return [Sheet(page1), Sheet(page2)]


# ---------- B3: Millbrook National Bank e-statement, one page ----------


def stmt_millbrook(st: Statement) -> Sheet:
    plum = (0.35, 0.12, 0.3)

    def draw(pg: Pg) -> None:
        pg.text(40, 48, "MILLBROOK", 18, "Helvetica-Bold", plum)
        pg.text(40, 60, "NATIONAL BANK", 8, "Helvetica-Bold", 0.35)
        pg.text(572, 44, "Statement Period", 8, "Helvetica-Bold", align="r")
        pg.text(572, 56, f"{d_us(st.start)} to {d_us(st.end)}", 10, align="r")
        y = 90
        for line in (" and ".join(st.holders), st.address.street, st.address.csz):
            pg.text(40, y, line, 9.5)
            y += 12
        pg.text(330, 90, f"Primary account: Joint checking ...{st.acct4}", 9)
        pg.text(330, 102, "Customer service: 1-877-555-0119", 8.5)
        y = 140
        cred = sum((t.amount for t in st.credits), Decimal(0))
        deb = -sum((t.amount for t in st.debits), Decimal(0))
        for i, (label, value) in enumerate((("Beginning balance", f"${money(st.begin)}"),
                                            ("Deposits and additions", f"${money(cred)}"),
                                            ("Withdrawals and subtractions", f"-${money(deb)}"),
                                            ("Ending balance", f"${money(st.closing)}"))):
            x = 40 + i * 133
            pg.rect(x, y, 129, 40, lw=0.6, stroke=plum)
            pg.text(x + 6, y + 14, label, 7.8, "Helvetica-Bold", plum)
            pg.text(x + 6, y + 31, value, 11)
        y = 200
        pg.text(40, y, "Transactions", 10, "Helvetica-Bold", plum)
        pg.line(40, y + 5, 572, y + 5, 0.8, plum)
        y += 18
        balance = st.begin
        for x, head, al in ((40, "Date", "l"), (90, "Description", "l"), (460, "Amount", "r"), (572, "Balance", "r")):
            pg.text(x, y, head, 8, "Helvetica-Bold", align=al)
        y += 13
        for t in st.txns:
            balance += t.amount
            pg.text(40, y, t.date.strftime("%m/%d"), 8.3)
            pg.text(90, y, t.desc, 8.3)
            pg.text(460, y, ("+" if t.amount > 0 else "-") + money(abs(t.amount)), 8.3, align="r")
            pg.text(572, y, money(balance), 8.3, align="r")
            y += 12.2
        pg.text(40, 760, "Millbrook National Bank, Member FDIC. Page 1 of 1", 7, color=0.4)

    return Sheet(draw)


# --------------------------------------------------------------------------------------------------------------
# letters and other papers
# --------------------------------------------------------------------------------------------------------------


def letter_sheet(sender: Sequence[str], date: dt.date, recipient: Sequence[str], re_line: str, salutation: str,
                 body: Sequence[str], closing: str, signers: Sequence[Person], font: str, seed: int,
                 signed: bool, ink: str = "blue", date_style: Callable[[dt.date], str] = d_long) -> Sheet:
    """A typed hardship letter; signed in ink (or not) above each typed name."""
    bold = {"Times-Roman": "Times-Bold", "Helvetica": "Helvetica-Bold", "Courier": "Courier-Bold"}[font]
    pos: dict[str, list[float]] = {"sign": []}

    def draw(pg: Pg) -> None:
        y = 72
        for line in sender:
            pg.text(72, y, line, 11, font)
            y += 14
        y += 14
        pg.text(72, y, date_style(date), 11, font)
        y += 28
        for line in recipient:
            pg.text(72, y, line, 11, font)
            y += 14
        y += 14
        pg.text(72, y, re_line, 11, bold)
        y += 28
        pg.text(72, y, salutation, 11, font)
        y += 22
        for paragraph in body:
            y = pg.para(72, y, 468, paragraph, 11, font, 14.5) + 8
        y += 6
        pg.text(72, y, closing, 11, font)
        pos["sign"] = []
        for i, person in enumerate(signers):
            x = 72 + i * 240
            pos["sign"].append(x)
            pg.text(x, y + 48, person.name, 11, font)
        pos["y"] = [y]

    _probe(draw)
    sheet = Sheet(draw)
    if signed:
        y = pos["y"][0]
        for i, (person, x) in enumerate(zip(signers, pos["sign"], strict=True)):
            sheet.marks.append(Signature(x, y + 8, 190, 28, person.plain, seed + 5 * i, ink))
    return sheet


def ssa_letter(person: Person, home: Home, date: dt.date, monthly: Decimal, deceased: str, claim: str) -> Sheet:
    def draw(pg: Pg) -> None:
        pg.text(72, 60, "SOCIAL SECURITY ADMINISTRATION", 12, "Helvetica-Bold")
        pg.text(72, 74, "Benefit Verification", 10)
        pg.text(540, 60, "Date:", 9, "Helvetica-Bold", align="r")
        pg.text(540, 72, d_long(date), 9, align="r")
        pg.text(540, 88, f"Claim Number: XXX-XX-{claim}", 8.5, align="r")
        y = 120
        for line in (person.name.upper(), home.street.upper(), home.csz.upper()):
            pg.text(72, y, line, 10)
            y += 13
        y = 190
        body = [
            f"You asked us for information from your record. The information below shows the benefits you receive "
            f"as the surviving spouse of {deceased}.",
            "Information About Current Social Security Benefits",
            f"Beginning February 2027, the full monthly Social Security benefit before any deductions is "
            f"${money(monthly)}.",
            "We pay Social Security benefits monthly. Social Security benefits for a given month are paid the "
            "following month. For example, Social Security benefits for March are paid in April.",
            "Your Social Security benefits are paid as survivors benefits. This letter may be used as proof of "
            "income when you apply for a loan, housing assistance or other benefits.",
            "If You Have Questions",
            "If you have any questions, you may visit our website, call us toll-free, or contact your local "
            "Social Security office. Please have this letter with you if you call or visit an office.",
        ]
        for para in body:
            if para in ("Information About Current Social Security Benefits", "If You Have Questions"):
                y += 4
                pg.text(72, y, para, 10.5, "Helvetica-Bold")
                y += 18
            else:
                y = pg.para(72, y, 468, para, 10, "Times-Roman", 13.5) + 8
        pg.text(72, y + 30, "SOCIAL SECURITY ADMINISTRATION", 9, "Helvetica-Bold")
        pg.text(72, 740, "Form SSA-2458 (fictional test copy)", 7, color=0.4)

    return Sheet(draw)


def pension_letter(plan: str, admin_addr: str, person: Person, home: Home, date: dt.date, monthly: Decimal,
                   deceased: str, start: dt.date, ref: str) -> Sheet:
    rust = (0.5, 0.22, 0.1)

    def draw(pg: Pg) -> None:
        pg.text(306, 56, plan, 13, "Times-Bold", rust, "c")
        pg.text(306, 70, admin_addr, 8, color=0.35, align="c")
        pg.line(72, 80, 540, 80, 0.8, rust)
        pg.text(72, 104, d_long(date), 10.5, "Times-Roman")
        y = 128
        for line in (person.name, home.street, home.csz):
            pg.text(72, y, line, 10.5, "Times-Roman")
            y += 13.5
        pg.text(72, y + 14, f"Participant: {deceased}     Reference: {ref}", 10, "Times-Bold")
        y += 44
        pg.text(72, y, "RE: Confirmation of Survivor Benefit", 11, "Times-Bold")
        y += 24
        y = pg.para(72, y, 468, f"Dear {person.first} {person.last}:", 10.5, "Times-Roman", 14) + 4
        paras = [
            f"This letter confirms the survivor benefit you receive from the {plan} following the death of "
            f"{deceased}, a participant in the Plan.",
            f"Your monthly survivor annuity is ${money(monthly)}, payable on the first day of each month for your "
            f"lifetime. Payments began {d_long(start)} and are made by direct deposit.",
            "Federal income tax is withheld according to the election on file; the benefit is reported to you "
            "each year on Form 1099-R. You may use this letter to verify your income.",
            "If you have questions about your benefit, please call the Plan Service Center at 1-866-555-0152, "
            "Monday through Friday, 8 a.m. to 5 p.m.",
        ]
        for para in paras:
            y = pg.para(72, y, 468, para, 10.5, "Times-Roman", 14) + 8
        pg.text(72, y + 16, "Sincerely,", 10.5, "Times-Roman")
        pg.text(72, y + 50, "Plan Service Center", 10.5, "Times-Roman")

    return Sheet(draw)


def ui_letter(agency: str, state_name: str, person: Person, home: Home, date: dt.date, weekly: Decimal,
              claim_start: dt.date, claimant_id: str, employer: str) -> list[Sheet]:
    def p1(pg: Pg) -> None:
        pg.text(72, 58, f"STATE OF {state_name.upper()}", 9, "Helvetica-Bold")
        pg.text(72, 72, agency, 12, "Helvetica-Bold")
        pg.text(72, 84, "Unemployment Insurance Division", 9)
        pg.text(540, 58, "NOTICE OF BENEFIT AWARD", 10, "Helvetica-Bold", align="r")
        pg.text(540, 72, f"Mailing date: {d_us(date)}", 9, align="r")
        pg.text(540, 84, f"Claimant ID: {claimant_id}", 9, align="r")
        y = 118
        for line in (person.name.upper(), home.street.upper(), home.csz.upper()):
            pg.text(72, y, line, 10)
            y += 13
        y = 180
        y = pg.para(72, y, 468, "Your claim for unemployment insurance benefits has been reviewed. Based on the "
                    "wages reported by your employers in your base period, you are eligible for benefits as shown "
                    "below.", 10, leading=13.5) + 10
        rows = (("Benefit year begins", d_us(claim_start)),
                ("Benefit year ends", d_us(claim_start + dt.timedelta(days=364))),
                ("Weekly benefit amount", f"${money(weekly)}"),
                ("Maximum benefit amount", f"${money(weekly * 26)}"),
                ("Last employer", employer),
                ("Payment method", "Direct deposit, paid weekly after each weekly claim"))
        for label, value in rows:
            pg.rect(72, y, 468, 20, lw=0.5, stroke=0.5)
            pg.rect(72, y, 170, 20, stroke=None, fill=0.92)
            pg.rect(72, y, 468, 20, lw=0.5, stroke=0.5)
            pg.text(78, y + 13.5, label, 9, "Helvetica-Bold")
            pg.text(250, y + 13.5, value, 9.5)
            y += 20
        y += 18
        y = pg.para(72, y, 468, "To receive payment you must file a weekly claim, be able and available for work, "
                    "and look for work each week. Report any earnings in the week you earn them, not when you are "
                    "paid.", 10, leading=13.5) + 8
        pg.text(306, 770, "Page 1 of 2", 8, align="c")

    def p2(pg: Pg) -> None:
        pg.text(72, 58, f"Claimant ID: {claimant_id}     Mailing date: {d_us(date)}", 9)
        pg.text(72, 90, "YOUR APPEAL RIGHTS", 10.5, "Helvetica-Bold")
        y = pg.para(72, 108, 468, "If you disagree with this determination, you may file an appeal. Your appeal "
                    "must be received within 20 calendar days of the mailing date shown on this notice. You may "
                    "appeal online, by mail or by fax. Continue to file weekly claims while your appeal is pending.",
                    10, leading=13.5)
        pg.text(72, y + 20, "OTHER INFORMATION", 10.5, "Helvetica-Bold")
        pg.para(72, y + 38, 468, "Unemployment benefits are taxable income. You may choose to have federal income "
                "tax withheld. If you return to work, stop filing weekly claims. Penalties apply to anyone who "
                "knowingly gives false information to receive benefits.", 10, leading=13.5)
        pg.text(306, 770, "Page 2 of 2", 8, align="c")

    return [Sheet(p1), Sheet(p2)]


def ltd_letter(insurer: str, person: Person, home: Home, date: dt.date, monthly: Decimal, claim: str,
               employer: str, since: dt.date) -> Sheet:
    blue = (0.12, 0.3, 0.55)

    def draw(pg: Pg) -> None:
        pg.text(72, 56, insurer, 14, "Helvetica-Bold", blue)
        pg.text(72, 68, "Group Disability Claims  -  P.O. Box 9031  -  Hartford, CT 06102", 8, color=0.35)
        pg.line(72, 76, 540, 76, 1.4, blue)
        pg.text(72, 100, d_long(date), 10.5)
        y = 124
        for line in (person.name, home.street, home.csz):
            pg.text(72, y, line, 10.5)
            y += 13.5
        y += 12
        for label, value in (("Claim number", claim), ("Policyholder", employer),
                             ("Coverage", "Group Long Term Disability")):
            pg.text(72, y, f"{label}:", 9.5, "Helvetica-Bold")
            pg.text(170, y, value, 9.5)
            y += 13
        y += 16
        pg.text(72, y, "Benefit Verification", 11.5, "Helvetica-Bold", blue)
        y += 22
        paras = [
            f"Dear {person.first} {person.last}:",
            f"As you requested, this letter verifies that you are receiving Long Term Disability benefits under the "
            f"group policy issued to {employer}. Your benefits have been approved and paid since {d_long(since)}.",
            f"Your gross monthly benefit is ${money(monthly)}. Benefits are paid monthly, on the first business day of "
            f"the month, by direct deposit.",
            "Because your employer paid the premiums for this coverage, your benefits are taxable income and are "
            "reported to you on Form W-2 each year.",
            "Benefits continue while you remain disabled as defined by the policy. We review claims periodically "
            "and may ask you for updated medical information.",
        ]
        for para in paras:
            y = pg.para(72, y, 468, para, 10.3, leading=13.8) + 8
        pg.text(72, y + 14, "Sincerely,", 10.3)
        pg.text(72, y + 44, "Disability Benefits Specialist", 10.3)
        pg.text(72, y + 57, insurer, 10.3)

    return Sheet(draw)


def w2_sheet(year: int, employer: str, ein: str, emp_addr: str, person: Person, home: Home,
             wages: Decimal, fed: Decimal, ss: Decimal, med: Decimal, state: str, state_tax: Decimal) -> Sheet:
    def draw(pg: Pg) -> None:
        x0, y0 = 40, 60
        pg.text(x0, y0 - 10, f"Form W-2 Wage and Tax Statement {year}", 11, "Helvetica-Bold")
        pg.text(572, y0 - 10, "Copy C - For EMPLOYEE'S RECORDS", 8, align="r")
        cells = [
            (x0, y0, 270, 32, "a Employee's social security number", f"XXX-XX-{person.ssn4}"),
            (x0, y0 + 32, 270, 32, "b Employer identification number (EIN)", ein),
            (x0, y0 + 64, 270, 60, "c Employer's name, address, and ZIP code", ""),
            (x0, y0 + 124, 270, 32, "d Control number", f"{person.ssn4}{year % 100:02d}07"),
            (x0, y0 + 156, 270, 64, "e/f Employee's name, address, and ZIP code", ""),
            (x0 + 270, y0, 131, 32, "1 Wages, tips, other compensation", money(wages)),
            (x0 + 401, y0, 131, 32, "2 Federal income tax withheld", money(fed)),
            (x0 + 270, y0 + 32, 131, 32, "3 Social security wages", money(wages)),
            (x0 + 401, y0 + 32, 131, 32, "4 Social security tax withheld", money(ss)),
            (x0 + 270, y0 + 64, 131, 32, "5 Medicare wages and tips", money(wages)),
            (x0 + 401, y0 + 64, 131, 32, "6 Medicare tax withheld", money(med)),
            (x0 + 270, y0 + 96, 131, 32, "12a See instructions for box 12", ""),
            (x0 + 401, y0 + 96, 131, 32, "13 Retirement plan", "X"),
            (x0, y0 + 220, 90, 32, "15 State", state),
            (x0 + 90, y0 + 220, 150, 32, "16 State wages, tips, etc.", money(wages)),
            (x0 + 240, y0 + 220, 150, 32, "17 State income tax", money(state_tax)),
            (x0 + 390, y0 + 220, 142, 32, "20 Locality name", ""),
        ]
        for x, y, w, h, label, value in cells:
            pg.rect(x, y, w, h, lw=0.6, stroke=0)
            pg.text(x + 3, y + 8, label, 6.5)
            if value:
                pg.text(x + 6, y + 24, value, 10, "Courier")
        pg.text(x0 + 6, y0 + 90, employer, 10, "Courier")
        pg.text(x0 + 6, y0 + 102, emp_addr, 9, "Courier")
        pg.text(x0 + 6, y0 + 180, person.name, 10, "Courier")
        pg.text(x0 + 6, y0 + 192, home.street, 9, "Courier")
        pg.text(x0 + 6, y0 + 204, home.csz, 9, "Courier")
        pg.text(x0, y0 + 270, "Department of the Treasury - Internal Revenue Service", 7.5, color=0.3)

    return Sheet(draw)


def memo_fte(univ: str, person: Person, date: dt.date, effective: dt.date, dept: str, old: str, new: str,
             salary: Decimal) -> Sheet:
    def draw(pg: Pg) -> None:
        pg.text(72, 60, univ, 15, "Times-Bold", (0.1, 0.16, 0.33))
        pg.text(72, 74, "Human Resources  -  Notice of Change in Appointment", 9.5, color=0.3)
        pg.line(72, 82, 540, 82, 0.8)
        rows = (("To", person.name), ("Department", dept), ("Date", d_us(date)),
                ("Subject", "Change in appointment percentage (FTE)"))
        y = 106
        for label, value in rows:
            pg.text(72, y, f"{label}:", 10, "Helvetica-Bold")
            pg.text(160, y, value, 10)
            y += 15
        y += 14
        paras = [
            f"Because of the reduction in the department's operating budget, your appointment is changed from "
            f"{old} FTE to {new} FTE effective {d_long(effective)}.",
            f"Your annual base salary at the new appointment is ${money(salary)}, paid in twelve monthly "
            "installments. Benefits eligibility continues at the reduced appointment.",
            "Please contact Human Resources with any questions about this change.",
        ]
        for para in paras:
            y = pg.para(72, y, 468, para, 10.5, "Times-Roman", 14) + 8
        pg.text(72, y + 20, "Office of Human Resources", 10.5, "Times-Roman")

    return Sheet(draw)


def insurance_notice(insurer: str, person: Person, home: Home, date: dt.date, old: Decimal, new: Decimal,
                     policy: str, start: dt.date) -> Sheet:
    def draw(pg: Pg) -> None:
        pg.rect(40, 36, 532, 40, stroke=None, fill=(0.95, 0.45, 0.1))
        pg.text(52, 62, insurer, 15, "Helvetica-Bold", 1)
        pg.text(560, 62, "Renewal Notice", 12, "Helvetica", 1, "r")
        y = 100
        for line in (person.name, home.street, home.csz):
            pg.text(52, y, line, 10)
            y += 13
        pg.text(360, 100, f"Policy number: {policy}", 9.5)
        pg.text(360, 113, f"Notice date: {d_us(date)}", 9.5)
        pg.text(360, 126, "Homeowners - HO-3", 9.5)
        y = 170
        pg.text(52, y, "Your homeowners policy renews soon", 13, "Helvetica-Bold")
        y += 20
        y = pg.para(52, y, 508, f"Your policy renews on {d_long(start)} for twelve months. Because of rising "
                    "rebuilding costs and storm losses in your area, your annual premium has changed.", 10) + 10
        for label, value in (("Current annual premium", f"${money(old)}"), ("Renewal annual premium", f"${money(new)}"),
                             ("Change", f"+${money(new - old)}")):
            pg.text(72, y, label, 10.5)
            pg.text(400, y, value, 10.5, "Helvetica-Bold", align="r")
            y += 16
        y += 10
        pg.para(52, y, 508, "If your premium is paid from an escrow account, your mortgage servicer will receive "
                "this bill and may adjust your monthly payment. No action is needed to keep your coverage.", 10)

    return Sheet(draw)


def servicer_letter(servicer: str, person: Person, home: Home, date: dt.date, loan: str) -> Sheet:
    def draw(pg: Pg) -> None:
        pg.cv.setFillColorRGB(*OL_NAVY)
        pg.cv.circle(58, pg.h - 50, 13, stroke=0, fill=1)
        pg.text(58, 54, "OL", 10, "Helvetica-Bold", 1, "c")
        pg.text(78, 54, servicer, 15, "Times-BoldItalic", OL_NAVY)
        pg.text(72, 100, d_long(date), 10.5)
        y = 124
        for line in (person.name, home.street, home.csz):
            pg.text(72, y, line, 10.5)
            y += 13.5
        pg.text(72, y + 16, f"Loan number: {loan}", 10.5, "Helvetica-Bold")
        y += 46
        paras = [
            f"Dear {person.first} {person.last}:",
            "We have not received your full mortgage payment and we want to help. You may be eligible for "
            "assistance such as a repayment plan, a forbearance or a loan modification.",
            "To be considered, complete the enclosed Mortgage Assistance Worksheet, sign and date it, and return "
            "it with proof of your income and of your hardship. Call our Homeowner Support Team at "
            "1-888-555-0168 if you have questions.",
            "Sincerely,",
            "Homeowner Support Team",
        ]
        for para in paras:
            y = pg.para(72, y, 468, para, 10.5, "Helvetica", 14) + 8
        pg.text(72, 740, "This communication is from a debt collector.", 8, color=0.35)

    return Sheet(draw)


def obituary_sheet(paper: str, run_date: dt.date, deceased: str, born: dt.date, died: dt.date, city: str,
                   spouse: str, employer: str, years: int, extra: str) -> Sheet:
    def draw(pg: Pg) -> None:
        x0, w = 150, 312
        pg.rect(x0 - 10, 40, w + 20, 640, lw=0.5, stroke=0.6, fill=(0.97, 0.96, 0.92))
        pg.text(x0 + w / 2, 62, paper, 13, "Times-Bold", align="c")
        pg.text(x0 + w / 2, 76, f"OBITUARIES  -  {run_date.strftime('%A')}, {d_long(run_date)}", 7.5, align="c")
        pg.line(x0, 82, x0 + w, 82, 0.8)
        pg.rect(x0 + w / 2 - 45, 92, 90, 110, stroke=None, fill=0.35)
        pg.cv.setFillColorRGB(0.62, 0.62, 0.62)
        pg.cv.circle(x0 + w / 2, pg.h - 128, 20, stroke=0, fill=1)
        pg.cv.ellipse(x0 + w / 2 - 34, pg.h - 202, x0 + w / 2 + 34, pg.h - 150, stroke=0, fill=1)
        pg.text(x0 + w / 2, 222, deceased.upper(), 12, "Times-Bold", align="c")
        pg.text(x0 + w / 2, 236, f"{d_long(born)} - {d_long(died)}", 8.5, "Times-Italic", align="c")
        body = (f"{deceased}, {died.year - born.year - ((died.month, died.day) < (born.month, born.day))}, of {city}, "
                f"passed away on {d_long(died)}, surrounded by his family. He worked for {years} years at "
                f"{employer}, where he was known for his patience and his terrible jokes. {extra} He is survived by "
                f"his loving wife, {spouse}, and by their children and grandchildren. A celebration of his life "
                "will be held at the family's church on Saturday at 11 a.m. In lieu of flowers, the family asks "
                "that donations be made to the local food pantry.")
        pg.para(x0, 256, w, body, 9.5, "Times-Roman", 12.5)

    return Sheet(draw)


def fax_cover(sender: Person, phone: str, to: str, to_fax: str, date: dt.date, pages: int, loan: str,
              note: str) -> Sheet:
    def draw(pg: Pg) -> None:
        pg.text(72, 90, "FAX", 40, "Helvetica-Bold")
        pg.line(72, 104, 540, 104, 2.0)
        rows = (("Date:", d_us(date)), ("To:", to), ("Fax:", to_fax), ("From:", sender.name), ("Phone:", phone),
                ("Pages:", f"{pages} (including this cover)"), ("Re:", f"Loan # {loan} - mortgage assistance"))
        y = 136
        for label, value in rows:
            pg.text(72, y, label, 12, "Helvetica-Bold")
            pg.text(150, y, value, 12)
            pg.line(150, y + 4, 540, y + 4, 0.4, 0.6)
            y += 26
        y += 12
        pg.text(72, y, "Message:", 12, "Helvetica-Bold")
        pg.para(72, y + 20, 468, note, 11.5, leading=15)
        pg.text(72, 700, "CONFIDENTIAL: this fax is intended only for the addressee.", 8.5, color=0.3)

    return Sheet(draw)


def separator_sheet(loan: str, qr: bool) -> Sheet:
    code = pdf_factory.barcode_image(f"LOAN {loan}", qr=qr, scale=8 if qr else 4)

    def draw(pg: Pg) -> None:
        pg.text(306, 80, "LOSS MITIGATION - DOCUMENT SEPARATOR", 15, "Helvetica-Bold", align="c")
        pg.text(306, 100, "Mailroom use only. Scan this sheet in front of the borrower's papers.", 9, align="c")
        if qr:
            pg.image(code, 226, 150, 160, 160)
        else:
            pg.image(code, 126, 170, 360, 90)
        pg.text(306, 350, f"LOAN {loan}", 20, "Courier-Bold", align="c")

    return Sheet(draw, footnote=False)


def pl_sheet(person: Person, business: str, home: Home, start: dt.date, end: dt.date,
             revenue: list[tuple[str, Decimal]], expenses: list[tuple[str, Decimal]], signed_on: dt.date,
             seed: int) -> tuple[Sheet, Decimal]:
    rev = sum((v for _, v in revenue), Decimal(0))
    exp = sum((v for _, v in expenses), Decimal(0))
    net = rev - exp
    pos: dict[str, float] = {}

    def draw(pg: Pg) -> None:
        pg.text(306, 64, business, 15, "Helvetica-Bold", align="c")
        pg.text(306, 78, f"{person.name}, owner  -  {home.line}", 8.5, align="c")
        pg.text(306, 104, "PROFIT AND LOSS STATEMENT", 12.5, "Helvetica-Bold", align="c")
        pg.text(306, 119, f"Year to date: {d_long(start)} through {d_long(end)}", 10, align="c")
        y = 150
        pg.text(90, y, "INCOME", 10, "Helvetica-Bold")
        y += 16
        for label, value in revenue:
            pg.text(110, y, label, 10)
            pg.text(520, y, money(value), 10, align="r")
            y += 14
        pg.line(430, y - 8, 520, y - 8, 0.5)
        pg.text(110, y + 4, "Total income", 10, "Helvetica-Bold")
        pg.text(520, y + 4, money(rev), 10, "Helvetica-Bold", align="r")
        y += 30
        pg.text(90, y, "EXPENSES", 10, "Helvetica-Bold")
        y += 16
        for label, value in expenses:
            pg.text(110, y, label, 10)
            pg.text(520, y, money(value), 10, align="r")
            y += 14
        pg.line(430, y - 8, 520, y - 8, 0.5)
        pg.text(110, y + 4, "Total expenses", 10, "Helvetica-Bold")
        pg.text(520, y + 4, money(exp), 10, "Helvetica-Bold", align="r")
        y += 30
        pg.line(90, y - 10, 520, y - 10, 1.0)
        pg.text(90, y + 4, "NET PROFIT", 11, "Helvetica-Bold")
        pg.text(520, y + 4, money(net), 11, "Helvetica-Bold", align="r")
        pg.line(430, y + 8, 520, y + 8, 0.5)
        pg.line(430, y + 10, 520, y + 10, 0.5)
        y += 50
        pg.para(90, y, 430, "I certify that this profit and loss statement is true and correct to the best of my "
                "knowledge.", 9.5)
        pos["y"] = y + 60
        pg.line(90, y + 60, 330, y + 60, 0.6)
        pg.text(90, y + 71, "Signature of owner", 8, color=0.3)
        pg.line(370, y + 60, 520, y + 60, 0.6)
        pg.text(370, y + 71, "Date", 8, color=0.3)

    _probe(draw)
    sheet = Sheet(draw)
    y = pos["y"]
    sheet.marks = [Signature(96, y - 26, 220, 26, person.plain, seed, "black"),
                   HandText(376, y - 4, d_us(signed_on), 11, seed + 1, "black")]
    return sheet, net


def form1040_sheets(year: int, person: Person, home: Home, business_income: Decimal, wages: Decimal,
                    signed_on: dt.date, occupation: str, seed: int) -> list[Sheet]:
    se_half = c2(business_income * Decimal("0.9235") * Decimal("0.153") / 2)
    total = wages + business_income
    agi = total - se_half
    std = Decimal("15000.00")
    taxable = max(Decimal(0), agi - std)
    tax = c2(taxable * Decimal("0.11"))
    se_tax = c2(business_income * Decimal("0.9235") * Decimal("0.153"))

    def line(pg: Pg, y: float, num: str, label: str, value: str) -> None:
        pg.text(40, y, num, 8.5, "Helvetica-Bold")
        pg.text(62, y, label, 8.5)
        pg.line(62 + stringWidth(label, "Helvetica", 8.5) + 4, y + 1, 470, y + 1, 0.3, 0.6, dash=(1, 2))
        pg.text(478, y, num, 8, "Helvetica-Bold")
        pg.rect(494, y - 10, 78, 14, lw=0.5, stroke=0)
        if value:
            pg.text(568, y, value, 9.5, "Courier", align="r")

    def p1(pg: Pg) -> None:
        pg.text(40, 46, "Form", 8)
        pg.text(64, 50, "1040", 20, "Helvetica-Bold")
        pg.text(130, 42, "Department of the Treasury - Internal Revenue Service", 7.5)
        pg.text(130, 56, "U.S. Individual Income Tax Return", 12, "Helvetica-Bold")
        pg.text(520, 56, str(year), 20, "Helvetica-Bold", align="r")
        pg.line(40, 64, 572, 64, 1.2)
        pg.text(40, 80, "Filing Status", 8.5, "Helvetica-Bold")
        pg.box(110, 72, 8)
        pg.cross(110, 72, 8)
        pg.text(122, 80, "Single", 8.5)
        for i, label in enumerate(("Married filing jointly", "Married filing separately", "Head of household")):
            pg.box(170 + i * 120, 72, 8)
            pg.text(182 + i * 120, 80, label, 8.5)
        cells = ((40, 90, 260, "Your first name and middle initial", f"{person.first} {person.middle}"),
                 (300, 90, 150, "Last name", person.last),
                 (450, 90, 122, "Your social security number", f"XXX-XX-{person.ssn4}"),
                 (40, 118, 410, "Home address (number and street)", home.street),
                 (40, 146, 260, "City, town, or post office", home.city),
                 (300, 146, 70, "State", home.state), (370, 146, 80, "ZIP code", home.zip))
        for x, y, w, label, value in cells:
            pg.rect(x, y, w, 28, lw=0.5, stroke=0)
            pg.text(x + 3, y + 8, label, 6.5)
            pg.text(x + 6, y + 22, value, 10, "Courier")
        y = 200
        rows = (("1a", "Total amount from Form(s) W-2, box 1", money(wages) if wages else ""),
                ("1z", "Add lines 1a through 1h", money(wages) if wages else ""),
                ("2b", "Taxable interest", ""), ("3b", "Ordinary dividends", ""),
                ("8", "Additional income from Schedule 1, line 10", money(business_income)),
                ("9", "Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7, and 8. This is your total income", money(total)),
                ("10", "Adjustments to income from Schedule 1, line 26", money(se_half)),
                ("11", "Subtract line 10 from line 9. This is your adjusted gross income", money(agi)),
                ("12", "Standard deduction or itemized deductions", money(std)),
                ("15", "Taxable income", money(taxable)))
        for num, label, value in rows:
            line(pg, y, num, label, value)
            y += 22
        pg.text(40, 760, f"For Disclosure, Privacy Act, and Paperwork Reduction Act Notice, see separate instructions."
                f"    Form 1040 ({year})", 7)

    def p2(pg: Pg) -> None:
        pg.text(40, 46, f"Form 1040 ({year})", 8.5)
        pg.text(572, 46, "Page 2", 8.5, align="r")
        y = 76
        rows = (("16", "Tax", money(tax)), ("23", "Other taxes, including self-employment tax", money(se_tax)),
                ("24", "Add lines 22 and 23. This is your total tax", money(tax + se_tax)),
                ("26", "Estimated tax payments", money(c2((tax + se_tax) * Decimal("0.8")))),
                ("33", "Total payments", money(c2((tax + se_tax) * Decimal("0.8")))),
                ("37", "Amount you owe", money(tax + se_tax - c2((tax + se_tax) * Decimal("0.8")))))
        for num, label, value in rows:
            line(pg, y, num, label, value)
            y += 22
        y += 20
        pg.rect(40, y, 532, 92, lw=0.8, stroke=0)
        pg.text(46, y + 22, "Sign", 14, "Helvetica-Bold")
        pg.text(46, y + 38, "Here", 14, "Helvetica-Bold")
        pg.para(110, y + 12, 450, "Under penalties of perjury, I declare that I have examined this return and "
                "accompanying schedules and statements, and to the best of my knowledge and belief, they are true, "
                "correct, and complete.", 7.5, leading=9)
        pg.line(110, y + 62, 300, y + 62, 0.5)
        pg.text(110, y + 72, "Your signature", 7)
        pg.line(310, y + 62, 390, y + 62, 0.5)
        pg.text(310, y + 72, "Date", 7)
        pg.line(400, y + 62, 566, y + 62, 0.5)
        pg.text(400, y + 72, "Your occupation", 7)
        pg.text(404, y + 58, occupation, 9.5, "Courier")
        pg.text(40, y + 120, "Paid Preparer Use Only: Self-prepared", 8)
        pos["y"] = y

    pos: dict[str, float] = {}
    _probe(p2)
    sheets = [Sheet(p1), Sheet(p2)]
    y = pos["y"]
    sheets[1].marks = [Signature(114, y + 36, 180, 24, person.plain, seed, "black"),
                       HandText(312, y + 58, d_us(signed_on), 10, seed + 1, "black")]
    return sheets


_BLANK_4506C: bytes | None = None


def blank_4506c() -> bytes:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), its fields (and their leftover sample values) removed."""
    global _BLANK_4506C
    if _BLANK_4506C is None:
        reader = PdfReader(FORM4506C_BLANK)
        writer = PdfWriter()
        writer.add_page(reader.pages[0])
        page = writer.pages[0]
        if "/Annots" in page:
            del page["/Annots"]
        if "/AcroForm" in writer.root_object:
            del writer.root_object["/AcroForm"]
        buf = io.BytesIO()
        writer.write(buf)
        _BLANK_4506C = buf.getvalue()
    return _BLANK_4506C


def form4506c(person: Person, spouse: Person | None, home: Home, client: tuple[str, str, Home], years: Sequence[int],
              signed_on: dt.date, seed: int, typed_date: bool) -> Sheet:
    def at(rect: tuple[float, float, float, float]) -> tuple[float, float]:
        return rect[0] + 3, PAGE[1] - rect[1] - 2.5

    ives = ("ClearPath Income Verification LLC", "0004417726", "CPIV4506", "1200 Commerce Drive, Suite 300",
            "Plano", "TX", "75093")
    values: list[tuple[tuple[float, float, float, float], str]] = [
        ((25, 666, 104, 678), person.first), ((112, 666, 162, 678), person.middle),
        ((169, 666, 302, 678), person.last), ((25, 634, 302, 646), person.ssn_full),
        ((25, 569, 302, 581), home.street), ((310, 569, 410, 581), home.city),
        ((418, 569, 464, 581), home.state), ((472, 569, 587, 581), home.zip),
        ((25, 504, 302, 516), ives[0]), ((310, 504, 410, 516), ives[1]), ((418, 504, 587, 516), ives[2]),
        ((25, 482, 302, 495), ives[3]), ((310, 482, 410, 495), ives[4]), ((418, 482, 464, 495), ives[5]),
        ((472, 482, 587, 495), ives[6]),
        ((25, 428, 464, 441), client[0]), ((472, 428, 587, 441), client[1]),
        ((25, 407, 302, 419), client[2].street), ((310, 407, 410, 419), client[2].city),
        ((418, 407, 464, 419), client[2].state), ((472, 407, 587, 419), client[2].zip),
        ((25, 360, 587, 372), "1040"),
        ((432, 166, 587, 181), person.phone), ((61, 126, 587, 142), person.name),
    ]
    if spouse:
        values += [((310, 666, 410, 678), spouse.first), ((418, 666, 464, 678), spouse.middle),
                   ((472, 666, 587, 678), spouse.last), ((310, 634, 587, 646), spouse.ssn_full),
                   ((61, 36, 587, 52), spouse.name)]
    date_rects = (((22, 266, 43, 279), (50, 266, 72, 279), (79, 266, 108, 279)),
                  ((184, 266, 205, 279), (212, 266, 234, 279), (241, 266, 270, 279)))
    for rects, year in zip(date_rects, years, strict=False):
        for rect, part in zip(rects, ("12", "31", str(year)), strict=True):
            values.append((rect, part))
    if typed_date:
        values.append(((342, 166, 425, 181), d_us(signed_on)))
        if spouse:
            values.append(((432, 76, 587, 91), d_us(signed_on)))

    def draw(pg: Pg) -> None:
        for rect, text in values:
            x, y = at(rect)
            pg.text(x, y, text, 9, "Helvetica")
        for rect in ((97, 348, 107, 358), (25, 193, 35, 203)):  # 6a return transcript; signatory attests
            pg.cross(rect[0], PAGE[1] - rect[3], 10, 1.0)

    sheet = Sheet(draw, base=(blank_4506c(), 0))
    sheet.marks = [Signature(66, PAGE[1] - 181 - 10, 240, 22, person.plain, seed, "blue")]
    if not typed_date:
        sheet.marks.append(HandText(346, PAGE[1] - 168, d_us(signed_on), 10, seed + 1, "blue"))
    if spouse:
        sheet.marks.append(Signature(66, PAGE[1] - 91 - 10, 240, 22, spouse.plain, seed + 3, "blue"))
        if not typed_date:
            sheet.marks.append(HandText(436, PAGE[1] - 78, d_us(signed_on), 10, seed + 4, "blue"))
    return sheet


# --------------------------------------------------------------------------------------------------------------
# documents, files and packets
# --------------------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    sheets: list[Sheet]
    fields: dict[str, Any] = field(default_factory=dict)
    date: dt.date | None = None  # what freshness is judged on: pay date, period end, letter date
    signed: bool | None = None
    account: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    benefit: str | None = None
    ytd: bool = False
    amount_and_frequency: bool = False  # documents "other" income
    proof: list[str] = field(default_factory=list)  # how key values are printed (born-digital check)
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool | None = None
    form_values: dict[str, Any] = field(default_factory=dict)  # a born-digital Form 710's AcroForm answers


@dataclass
class Part:
    """One file as it lands in the inbox."""

    path: str
    items: list[tuple[Doc | str, Sheet]]  # a document's sheet, or ("separator" | "cover", sheet)
    mode: str  # born | grey | fax
    scanner: Scanner | None = None
    fax_header: str = ""
    title: str = ""
    creator: str = ""


@dataclass
class Packet:
    name: str
    loan: str
    received: dt.date
    app: App | None
    docs: list[Doc]
    parts: list[Part]
    want: list[str]
    summary: str


def doc_pages(doc: Doc) -> list[tuple[Doc, Sheet]]:
    return [(doc, s) for s in doc.sheets]


def stub_doc(stub: Stub, sheet: Sheet) -> Doc:
    proof = [stub.employer, stub.proof.get("employee_name", stub.employee.name), stub.proof["pay_date"],
             money(stub.gross), money(stub.gross_ytd), money(stub.net)]
    return Doc("pay_stub", [sheet], stub.fields(), stub.pay_date, ytd=True, proof=proof)


def statement_doc(st: Statement, sheets: list[Sheet]) -> Doc:
    return Doc("bank_statement", sheets, st.fields(), st.end, account=f"{st.bank}/{st.acct4}", start=st.start,
               end=st.end, proof=[st.bank, st.acct4, money(st.begin), money(st.closing)])


def letter_doc(kind: str, sheet: Sheet | list[Sheet], date: dt.date, printed: str, **more: Any) -> Doc:
    sheets = sheet if isinstance(sheet, list) else [sheet]
    fields: dict[str, Any] = {"letter_date": date.isoformat()}
    doc = Doc(kind, sheets, fields, date, proof=[printed])
    if kind == "benefit_award_letter":
        fields["monthly_amount"] = float(more["monthly"])
        fields["benefit_type"] = more["benefit"]
        doc.benefit = more["benefit"]
        doc.proof.append(money(more["monthly"]))
    elif kind == "unemployment_benefit_letter":
        fields["benefit_type"] = "unemployment"
        doc.benefit = "unemployment"
    return doc


def hardship_doc(person_lines: Sequence[str], date: dt.date, loan: str, recipient: Sequence[str],
                 body: Sequence[str], signers: Sequence[Person], font: str, seed: int, signed: bool,
                 salutation: str = "Dear Loss Mitigation Department,", ink: str = "blue",
                 date_style: Callable[[dt.date], str] = d_long) -> Doc:
    sheet = letter_sheet(person_lines, date, recipient, f"Re: Loan number {loan} - hardship letter", salutation,
                         body, "Sincerely,", signers, font, seed, signed, ink, date_style)
    return letter_doc("hardship_letter", sheet, date, date_style(date))


# ---------- the checklist (shared/spec/checklist.md), applied to the values drawn ----------

REQUIRED = ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types", "hardship_start_date",
            "income")
WINDOW = 90


def missing_codes(p: Packet) -> list[str]:
    if p.app is None:
        return ["application"]
    app = p.app.expected()
    codes = []
    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        codes.append("application_signature")
    for name in REQUIRED:
        if not app[name]:
            codes.append(f"application_field:{name}")
    docs = p.docs

    def fresh(d: Doc) -> bool:
        return d.date is not None and 0 <= (p.received - d.date).days <= WINDOW

    stmts = [d for d in docs if d.type == "bank_statement"]
    two = any(a.account == b.account and b.start == a.end + dt.timedelta(days=1) and fresh(b)
              for a in stmts for b in stmts)
    for code, amount in p.app.income.items():
        if amount <= 0 or code == "unemployment":
            continue
        if code == "wages":
            ok = two or any(d.type == "pay_stub" and d.ytd and fresh(d) for d in docs)
        elif code == "self_employment":
            ok = two or any(d.type == "profit_and_loss_statement" and d.signed and fresh(d) for d in docs) \
                or any(d.type == "tax_return" and d.signed for d in docs)
        elif code in ("benefits_taxable", "benefits_nontaxable"):
            ok = two or any(d.type == "benefit_award_letter" and d.benefit == code and fresh(d) for d in docs)
        elif code == "rental":
            ok = two or sum(d.type == "rent_check" and fresh(d) for d in docs) >= 2
        elif code == "investment":
            ok = two or sum(d.type == "investment_statement" and fresh(d) for d in docs) >= 2
        else:
            ok = two or any(d.amount_and_frequency and fresh(d) for d in docs)
        if not ok:
            codes.append(f"income_doc:{code}")
    kinds = {d.type for d in docs}
    proof_of = {"disability_or_illness": {"hardship_letter", "medical_statement"},
                "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
                "separation_unmarried": {"quitclaim_deed"}, "death": {"death_certificate", "obituary"},
                "relocation": {"military_pcs_orders", "employer_relocation_letter"}, "other": {"hardship_letter"}}
    for code in p.app.hardships:
        if code in proof_of and not kinds & proof_of[code]:
            codes.append(f"hardship_doc:{code}")
    if any(p.app.income.get(k, 0) > 0 for k in ("self_employment", "rental")) and not any(
            d.type == "irs_form_4506c" and d.signed for d in docs):
        codes.append("irs_form_4506c")
    return codes


# ---------- writing a packet ----------


def write_packet(p: Packet, out: Path, seed: int) -> dict[str, Any]:
    inbox = out / p.name / "inbox"
    for index, part in enumerate(p.parts):
        rng = random.Random(f"{p.name}/{part.path}/{seed}")
        images: list[Image.Image] = []
        sheets: list[Sheet] = []
        for page_no, (owner, sheet) in enumerate(part.items, start=1):
            if isinstance(owner, Doc):
                owner.pages.append((part.path, page_no))
                owner.scanned = part.mode != "born"
            if part.mode == "born":
                sheets.append(sheet)
            elif part.mode == "grey":
                images.append(grey_scan(sheet, part.scanner, rng))
            else:
                header = part.fax_header.format(page=page_no, pages=len(part.items))
                images.append(fax_scan(sheet, header, rng))
        target = inbox / part.path
        target.parent.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.combine(p.received, dt.time(8, 40)) - dt.timedelta(days=1, minutes=7 * index)
        if part.mode == "born":
            data = born_pdf(sheets, part.title, "", part.creator)
        elif part.mode == "grey":
            data = images_pdf(images, part.scanner.dpi, part.scanner.quality, stamp)
        else:
            data = images_pdf(images, FAX_DPI, 0, stamp)
        target.write_bytes(data)
    codes = missing_codes(p)
    if sorted(codes) != sorted(p.want):
        raise AssertionError(f"{p.name}: the checklist gives {codes}, the scenario wants {p.want}")
    documents = []
    ordered = sorted(p.docs, key=lambda d: d.type != "mortgage_assistance_application")
    for number, doc in enumerate(ordered, start=1):
        if not doc.pages:
            raise AssertionError(f"{p.name}: a {doc.type} was never delivered")
        documents.append({"id": f"D{number:02d}", "type": doc.type, "scanned": bool(doc.scanned),
                          "pages": [{"file": f, "page": n} for f, n in doc.pages], "fields": doc.fields})
    expected = {"loan_number": p.loan, "received_on": p.received.isoformat(),
                "status": "incomplete" if codes else "complete", "missing": sorted(codes),
                "application": p.app.expected() if p.app else None, "documents": documents}
    (out / p.name / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return expected


def fresh_rng(name: str, seed: int) -> random.Random:
    return random.Random(f"{name}/{seed}")


def cents(rng: random.Random, lo: float, hi: float) -> Decimal:
    return c2(Decimal(rng.randrange(round(lo * 100), round(hi * 100))) / 100)


def dollars(rng: random.Random, lo: int, hi: int) -> Decimal:
    return Decimal(rng.randrange(lo, hi)).quantize(CENT)


# --------------------------------------------------------------------------------------------------------------
# the packets
# --------------------------------------------------------------------------------------------------------------

MEN = ["Harold", "Raymond", "Walter", "Eugene", "Leonard", "Curtis", "Vernon", "Dennis", "Stanley", "Clifford"]
WOMEN = ["Loretta", "Gwendolyn", "Bernice", "Marlene", "Yvonne", "Darlene", "Rosalind", "Judith", "Colette"]
SERVICER_710 = ("Ashcombe Home Mortgage", "(816) 555-0177", Home("4100 Main Street, Suite 900", "Kansas City",
                                                                  "MO", "64111"))
CARDINAL = ("Cardinal Point Mortgage Servicing", "(605) 555-0187", Home("P.O. Box 4410", "Sioux Falls", "SD",
                                                                         "57101"))
SERVICER_LINES = ["Loss Mitigation Department", "Ashcombe Home Mortgage", "4100 Main Street, Suite 900",
                  "Kansas City, MO 64111"]


def surname(seed: int, packet: int) -> str:
    """Eight different family names a seed, so no two packets share one (several packets may share a service home)."""
    return random.Random(f"surnames/{seed}").sample(LAST, 8)[packet - 1]


MEDICAL_SPEND = (("ACH DEBIT {s}", ("FROEDTERT HEALTH PMT", "ST LUKE'S MEDICAL CTR", "WALGREENS SPECIALTY RX"),
                  120, 780, 3),)


def app_doc(sheets: list[Sheet], proof: Sequence[str] = (), form_values: dict[str, Any] | None = None) -> Doc:
    return Doc("mortgage_assistance_application", sheets, {}, proof=list(proof), form_values=form_values or {})


def build_x1(seed: int) -> Packet:
    """Real Form 710 typed in a viewer and signed on the screen, e-mailed; a university's monthly statements."""
    rng = fresh_rng("x1", seed)
    state = "IA"
    b = make_person(rng, state, last=surname(seed, 1))
    home = make_home(rng, state)
    loan = loan_number(rng, zeros=2)
    received = dt.date(2027, 3, 22)
    univ = "Wexley State University"
    univ_addr = f"410 College Avenue, {rng.choice(CITY_A)}ton, IA 50{rng.randint(100, 999)}"
    full_annual = Decimal(rng.randrange(540, 690) * 100)
    annual = c2(full_annual * Decimal("0.8"))
    monthly = c2(annual / 12)
    payroll = Payroll(univ, b, "monthly", lambda r, i: [("Regular Salary", None, None, monthly)],
                      Decimal("0.082"), Decimal("0.041"), "Iowa Income Tax",
                      [("IPERS Retirement 6.29%", Decimal("0.0629"), True),
                       ("Health Plan - Single", Decimal("142.50"), False), ("Dental Plan", Decimal("11.20"), False)],
                      [("Parking Permit", Decimal("22.00"))], fed_label="Federal Withholding", ss_label="OASDI")
    stubs = payroll.run(dt.date(2027, 2, 28), 0, rng, 2)
    emp_id = f"W{rng.randint(1000000, 9999999)}"
    acct4 = f"{rng.randint(0, 9999):04d}"
    dept = rng.choice(["College of Arts and Sciences", "School of Education", "University Libraries"])
    stub_docs = [stub_doc(s, stub_university(s, univ_addr, dept, "Administrative Specialist II", "0.80", emp_id,
                                             acct4)) for s in stubs]
    app = App(loan, b, None, home, "primary_residence", ["reduction_in_income"], dt.date(2026, 9, 1), "long_term",
              {"wages": monthly}, False, dt.date(2027, 3, 18), ink="black", seed=rng.randrange(10**6),
              assets={"checking": cents(rng, 400, 2400), "savings": cents(rng, 0, 3000)}, employer=univ)
    sheets, values = form710(app)
    application = app_doc(sheets, form_values=values)
    full_m = c2(full_annual / 12)
    gross26 = full_m * 8 + monthly * 4
    health = (Decimal("142.50") + Decimal("11.20")) * 12
    box1 = gross26 - c2(gross26 * Decimal("0.0629")) - health
    fica = gross26 - health
    w2 = Doc("w2", [w2_sheet(2026, univ, f"42-60{rng.randint(10000, 99999)}", univ_addr, b, home, box1,
                              c2(box1 * Decimal("0.082")), c2(fica * Decimal("0.062")), c2(fica * Decimal("0.0145")),
                              state, c2(box1 * Decimal("0.041")))], proof=[money(box1)])
    letter = hardship_doc(
        [b.name, home.street, home.csz, b.phone], dt.date(2027, 3, 18), loan, SERVICER_LINES,
        [f"I am writing to explain why I have fallen behind on my mortgage. I work as an administrative specialist "
         f"at {univ}. Because of budget cuts, the university reduced my appointment from full time to 80 percent "
         f"starting September 1, 2026.",
         f"My salary went from ${money(full_m)} to ${money(monthly)} a month before taxes. I have cut my spending, "
         f"but the mortgage payment is now more than I can manage together with my other bills. The university "
         f"has told us that the reduced appointments will continue at least through the next fiscal year.",
         "I want to stay in my home. I am asking you to review me for a loan modification or any other option "
         "that would make my payment affordable. My application, my two most recent payroll statements and my "
         "W-2 are attached."],
        [b], "Helvetica", app.seed + 40, signed=False, date_style=d_long)
    memo = Doc("other", [memo_fte(univ, b, dt.date(2026, 8, 3), dt.date(2026, 9, 1), dept, "1.00", "0.80",
                                  annual)], proof=["Notice of Change in Appointment"])
    folder = f"{loan}/"
    parts = [Part(folder + "Form710_signed.pdf", doc_pages(application), "born"),
             Part(folder + "PayrollStatement_2027-01.pdf", doc_pages(stub_docs[0]), "born",
                  title="Payroll Statement", creator="PeopleSoft HCM"),
             Part(folder + "PayrollStatement_2027-02.pdf", doc_pages(stub_docs[1]), "born",
                  title="Payroll Statement", creator="PeopleSoft HCM"),
             Part(folder + "W2_2026.pdf", doc_pages(w2), "born"),
             Part(folder + "Hardship Letter.pdf", doc_pages(letter), "born", creator="Microsoft Word"),
             Part(folder + "FTE change notice.pdf", doc_pages(memo), "born")]
    return Packet("x1", loan, received, app, [application, *stub_docs, w2, letter, memo], parts, [],
                  "the real Form 710 typed through its AcroForm and signed on the screen, e-mailed with monthly "
                  "university payroll statements, a W-2, an unsigned typed letter and an HR notice (other) into a "
                  "folder named after the loan; complete")


def build_x2(seed: int) -> Packet:
    """Cardinal Point form typed, signed and dated in ink by both spouses; one mailroom scan behind a Code 128
    separator; the warehouse pay statements are four months old and only one bank statement came."""
    rng = fresh_rng("x2", seed)
    state = "IN"
    used: set[str] = set()
    b = make_person(rng, state, last=surname(seed, 2), used=used)
    co = make_person(rng, state, last=b.last, used=used)
    home = make_home(rng, state)
    loan = loan_number(rng)
    received = dt.date(2027, 7, 14)
    employer = "Harlan Freight Logistics"
    rate = Decimal(rng.choice(["19.40", "19.85", "20.25", "20.60", "21.10"]))
    ot_rate = rate * Decimal("1.5")

    def earn(r: random.Random, i: int) -> list[tuple[str, Decimal | None, Decimal | None, Decimal]]:
        ot = Decimal(r.choice(["0", "0", "2.50", "4.00", "5.25", "7.50", "9.00"]))
        lines = [("Regular", Decimal("40.00"), rate, c2(rate * 40))]
        if ot:
            lines.append(("Overtime", ot, ot_rate, c2(ot_rate * ot)))
        lines.append(("Shift Premium", Decimal("40.00"), Decimal("1.25"), Decimal("50.00")))
        return lines

    payroll = Payroll(employer, b, "weekly", earn, Decimal("0.074"), Decimal("0.0305"), "IN State Income Tax",
                      [("401(k)", Decimal("0.04"), True), ("Medical", Decimal("41.75"), False)],
                      [("Uniform Rental", Decimal("4.50"))], ss_label="Social Security Tax", med_label="Medicare Tax")
    stubs = payroll.run(dt.date(2027, 3, 13), 5, rng, 2)
    company = ("2450 Distribution Parkway", f"{rng.choice(CITY_A)}field, IN 46{rng.randint(100, 999)}")
    file_no = f"{rng.randint(100000, 999999)}"
    stub_docs = [stub_doc(s, stub_freight(s, company, home, file_no, "WH2-RECV")) for s in stubs]
    wages = c2(rate * 40 * 52 / 12)
    app = App(loan, b, co, home, "primary_residence", ["reduction_in_income", "increase_in_housing_expenses"],
              dt.date(2027, 1, 4), "long_term", {"wages": wages}, True, dt.date(2027, 7, 8), dated="hand",
              co_dated="hand", seed=rng.randrange(10**6), employer=employer,
              assets={"checking": cents(rng, 150, 900), "savings": cents(rng, 0, 500)})
    application = app_doc(cardinal_point(app))
    acct4 = f"{rng.randint(0, 9999):04d}"
    begin = cents(rng, 700, 1900)
    net = stubs[-1].net
    credits = [Txn(dt.date(2027, 6, d), "HARLAN FREIGHT LOG PAYROLL PPD", c2(net + cents(rng, -45, 60)))
               for d in (3, 10, 17, 24)]
    txns = statement_txns(rng, dt.date(2027, 6, 1), dt.date(2027, 6, 30), begin, credits,
                          ("CARDINAL POINT MTG PAYMENT", cents(rng, 700, 900)), 22)
    st = Statement("Granary Savings Bank", [b.name, co.name], home, acct4, dt.date(2027, 6, 1),
                   dt.date(2027, 6, 30), begin, txns)
    statement = statement_doc(st, stmt_granary(st, "Everyday Checking"))
    letter = hardship_doc(
        [f"{b.name} and {co.name}", home.street, home.csz], dt.date(2027, 7, 8), loan,
        ["Cardinal Point Mortgage Servicing", "Attn: Loss Mitigation", "P.O. Box 4410", "Sioux Falls, SD 57101"],
        [f"We are behind on our mortgage because our income went down and our costs went up at the same time. "
         f"In January {employer} ended the mandatory overtime and the weekend shifts at the warehouse where "
         f"{b.first} works, which had been about a quarter of our pay.",
         "In the same month our property tax bill went up after the county reassessment, and the escrow shortage "
         "raised our monthly payment. We tried to catch up with our savings, but they are gone.",
         "We want to keep our home and can afford a lower payment. Please review us for a modification. We are "
         "sending the application, pay stubs and a bank statement."],
        [b, co], "Times-Roman", app.seed + 40, signed=True)
    sep = separator_sheet(loan, qr=False)
    items = [("separator", sep), *doc_pages(application), *doc_pages(letter), *doc_pages(stub_docs[0]),
             *doc_pages(stub_docs[1]), *doc_pages(statement)]
    parts = [Part("Scan_2027-07-14_0931.pdf", items, "grey", Scanner(300, quality=76))]
    return Packet("x2", loan, received, app, [application, *stub_docs, statement, letter], parts,
                  ["income_doc:wages"],
                  "a servicer's form (Cardinal Point) typed, signed and dated in ink by both spouses, one 300 dpi "
                  "grey mailroom scan behind a Code 128 separator; the weekly pay statements are about 120 days "
                  "old and only one month of bank statement came")


def build_x3(seed: int) -> Packet:
    """Real Form 710 typed, printed, signed and dated by hand, faxed with a cover sheet; a widow's benefits."""
    rng = fresh_rng("x3", seed)
    state = "PA"
    last = surname(seed, 3)
    b = make_person(rng, state, last=last)
    b.first = rng.choice(WOMEN)
    b.email = f"{b.first.lower()}.{last.lower()}{rng.randint(1, 99)}@example.net"
    husband = f"{rng.choice(MEN)} {rng.choice(MIDDLE)}. {last}"
    home = make_home(rng, state)
    loan = loan_number(rng, zeros=1)
    received = dt.date(2027, 5, 10)
    died = dt.date(2027, 1, rng.randint(9, 27))
    ss = dollars(rng, 1350, 1950)
    pension = cents(rng, 560, 1150)
    app = App(loan, b, None, home, "primary_residence", ["death"], died, "long_term",
              {"benefits_taxable": ss + pension}, False, dt.date(2027, 5, 3), dated="hand", ink="blue",
              seed=rng.randrange(10**6), assets={"checking": cents(rng, 300, 1500), "savings": cents(rng, 1000, 6000)})
    sheets, values = form710(app)
    application = app_doc(sheets, form_values=values)
    ssa = letter_doc("benefit_award_letter", ssa_letter(b, home, dt.date(2027, 4, 12), ss, husband,
                                                        f"{rng.randint(1000, 9999)}A"),
                     dt.date(2027, 4, 12), d_long(dt.date(2027, 4, 12)), monthly=ss, benefit="benefits_taxable")
    plan = "Kittredge Manufacturing Company Retirement Plan"
    pen = letter_doc("benefit_award_letter",
                     pension_letter(plan, "c/o Benefit Services Center, P.O. Box 7709, Harrisburg, PA 17106", b,
                                    home, dt.date(2027, 3, 30), pension, husband, dt.date(2027, 3, 1),
                                    f"KMC-{rng.randint(100000, 999999)}"),
                     dt.date(2027, 3, 30), d_long(dt.date(2027, 3, 30)), monthly=pension, benefit="benefits_taxable")
    born = dt.date(rng.randint(1950, 1962), rng.randint(1, 12), rng.randint(1, 28))
    obit = Doc("obituary", [obituary_sheet(f"The {home.city} Courier", died + dt.timedelta(days=4), husband, born,
                                           died, home.city, b.name.replace(f" {b.middle}.", ""),
                                           "Kittredge Manufacturing", rng.randint(24, 36),
                                           "He coached Little League for many summers and never missed a parade.")])
    letter = hardship_doc(
        [b.name, home.street, home.csz, b.phone], dt.date(2027, 5, 3), loan, SERVICER_LINES,
        [f"My husband, {husband}, passed away on {d_long(died)}. His paycheck paid most of our bills, including "
         "the mortgage. Since then I have lived on my Social Security survivors benefit and a small survivor "
         "pension from his employer.",
         f"Together these come to ${money(ss + pension)} a month before taxes, which is not enough to pay the "
         "mortgage at its current amount along with the utilities and my medicine.",
         "I would like to stay in the home we shared for many years. I am asking for a modification that lowers "
         "my payment. I have enclosed my application, my benefit letters and a copy of his obituary."],
        [b], "Helvetica", app.seed + 40, signed=True)
    digits = b.phone.replace("(", "").replace(")", "").replace("-", " ")
    cover = fax_cover(b, b.phone, "Ashcombe Home Mortgage - Loss Mitigation", "(816) 555-0190",
                      dt.date(2027, 5, 7), 9, loan,
                      "Please find my mortgage assistance application and papers. 8 pages follow. Thank you.")
    items = [("cover", cover), *doc_pages(application), *doc_pages(letter), *doc_pages(ssa), *doc_pages(pen),
             *doc_pages(obit)]
    header = f"MAY-07-2027 14:32  FROM: {digits}  TO: 816 555 0190   P.{{page}}/{{pages}}"
    parts = [Part("FAX_2027-05-07_1432_from_home.pdf", items, "fax", fax_header=header)]
    return Packet("x3", loan, received, app, [application, letter, ssa, pen, obit], parts, [],
                  "the real Form 710 typed through its AcroForm, printed, signed and dated in ink, faxed in fine "
                  "mode behind a cover sheet with a Social Security letter, a survivor pension letter, an "
                  "obituary and a signed letter, under the fax server's name; complete")


def build_x4(seed: int) -> Packet:
    """Juniper Ridge form typed, printed and signed in ink but never dated; loose files named with the loan."""
    rng = fresh_rng("x4", seed)
    state = "NC"
    b = make_person(rng, state, last=surname(seed, 4))
    home = make_home(rng, state)
    loan = loan_number(rng)
    received = dt.date(2027, 9, 8)
    client = "Brightline Customer Care, LLC"
    peo = "Cobalt HR Alliance"
    rate = cents(rng, 16.90, 18.60)
    ot_rate = c2(rate * Decimal("1.5"))

    def earn(r: random.Random, i: int) -> list[tuple[str, Decimal | None, Decimal | None, Decimal]]:
        lines = [("Regular", Decimal("80.00"), rate, c2(rate * 80))]
        ot = Decimal(r.choice(["0", "0", "0", "1.50", "3.00", "4.25"]))
        if ot:
            lines.append(("Overtime", ot, ot_rate, c2(ot_rate * ot)))
        if r.random() < 0.4:
            lines.append(("Quality Incentive", None, None, Decimal(r.choice(["50.00", "75.00"]))))
        return lines

    payroll = Payroll(client, b, "biweekly", earn, Decimal("0.071"), Decimal("0.0425"), "NC State Income Tax",
                      [("Medical", Decimal("64.20"), False), ("Vision", Decimal("3.10"), False)], [],
                      fed_label="Federal Income Tax", ss_label="Social Security", med_label="Medicare")
    stubs = payroll.run(dt.date(2027, 8, 21), 6, rng, 2)
    emp_id = f"BCC-{rng.randint(10000, 99999)}"
    city = f"{rng.choice(CITY_A)}{rng.choice(CITY_B)}"
    stub_docs = [stub_doc(s, stub_peo(s, f"Contact Center, 800 Gateway Boulevard, {city}, NC 27{rng.randint(100, 999)}",
                                      peo, emp_id, f"{city} Contact Center")) for s in stubs]
    wages = c2(rate * 80 * 26 / 12)
    app = App(loan, b, None, home, "primary_residence", ["increase_in_housing_expenses"], dt.date(2027, 6, 1),
              "long_term", {"wages": wages}, True, dt.date(2027, 9, 1), dated=None, seed=rng.randrange(10**6),
              employer=f"{client} (through {peo})")
    old_prem, new_prem = cents(rng, 1200, 1500), cents(rng, 2500, 2900)
    increase = c2((new_prem - old_prem) / 12)
    expenses = {"first": cents(rng, 1150, 1450), "auto": cents(rng, 280, 420), "cards": cents(rng, 90, 210),
                "other": cents(rng, 380, 520)}
    application = app_doc(juniper_ridge(app, expenses, f"Homeowners insurance renewal nearly doubled. Escrow "
                                                       f"shortage raised my payment about ${money(increase)}/mo."))
    policy = f"HO{rng.randint(10000000, 99999999)}"
    notice = Doc("other", [insurance_notice("Tarheel Mutual Insurance", b, home, dt.date(2027, 4, 20), old_prem,
                                            new_prem, policy, dt.date(2027, 6, 1))])
    letter = hardship_doc(
        [b.name, home.street, home.csz], dt.date(2027, 9, 1), loan,
        ["Juniper Ridge Home Loans", "Attn: Homeowner Assistance", "2200 Larkspur Parkway, Suite 400",
         "Omaha, NE 68154"],
        [f"When my homeowners insurance renewed on June 1 the premium went from ${money(old_prem)} to "
         f"${money(new_prem)} a year. Because the insurance is paid from my escrow account, my mortgage payment "
         "went up and there was also an escrow shortage to repay.",
         "My pay at the call center has not changed, and I cannot cover the higher payment on top of my other "
         "bills. I have shopped for other insurance but the quotes were no lower.",
         "I am asking to be considered for a modification or a repayment plan for the shortage."],
        [b], "Courier", app.seed + 40, signed=True, ink="black")
    parts = [Part(f"{loan}_application.pdf", doc_pages(application), "grey", Scanner(300, quality=80)),
             Part(f"{loan}_paystub_{stubs[0].pay_date:%m%d}.pdf", doc_pages(stub_docs[0]), "born",
                  title="Pay Statement", creator="Cobalt HR Alliance Employee Portal"),
             Part(f"{loan}_paystub_{stubs[1].pay_date:%m%d}.pdf", doc_pages(stub_docs[1]), "born",
                  title="Pay Statement", creator="Cobalt HR Alliance Employee Portal"),
             Part(f"{loan}_insurance_renewal.pdf", doc_pages(notice), "grey", Scanner(200, quality=74)),
             Part(f"{loan}_hardship_letter.pdf", doc_pages(letter), "grey", Scanner(200, quality=74))]
    return Packet("x4", loan, received, app, [application, *stub_docs, notice, letter], parts,
                  ["application_signature"],
                  "a servicer's form (Juniper Ridge) typed, printed and signed in ink but the date line left "
                  "empty, scanned at 300 dpi; downloaded bi-weekly PEO pay statements, a scanned insurance "
                  "renewal (other) and letter; loose files named with the loan number")


def build_x5(seed: int) -> Packet:
    """Real Form 710 typed, signed in ink by both; one scan of the whole packet, no separator, in a loan folder."""
    rng = fresh_rng("x5", seed)
    state = "MN"
    used: set[str] = set()
    b = make_person(rng, state, last=surname(seed, 5), used=used)
    co = make_person(rng, state, last=b.last, used=used)
    home = make_home(rng, state)
    loan = loan_number(rng, zeros=2)
    received = dt.date(2027, 11, 15)
    facility = "Larchmont Senior Living & Rehabilitation"
    rate = cents(rng, 17.80, 19.90)
    ot_rate = rate * Decimal("1.5")

    def earn(r: random.Random, i: int) -> list[tuple[str, Decimal | None, Decimal | None, Decimal]]:
        reg = Decimal(r.choice(["72.00", "75.50", "76.25", "80.00", "80.00"]))
        eve = Decimal(r.choice(["24.00", "32.00", "40.00"]))
        wk = Decimal(r.choice(["8.00", "16.00", "16.00"]))
        lines = [("REG  Regular", reg, rate, c2(rate * reg)),
                 ("EVE DIFF  Evening shift", eve, Decimal("1.50"), c2(eve * Decimal("1.50"))),
                 ("WKND DIFF  Weekend", wk, Decimal("1.00"), c2(wk))]
        if r.random() < 0.35:
            ot = Decimal(r.choice(["4.00", "6.50", "8.00"]))
            lines.append(("OT  Overtime", ot, ot_rate, c2(ot_rate * ot)))
        return lines

    payroll = Payroll(facility, b, "biweekly", earn, Decimal("0.066"), Decimal("0.0535"), "MN Withholding",
                      [("403(b) Retirement 3%", Decimal("0.03"), True), ("Health Insurance", Decimal("52.00"), False)],
                      [("Meal Plan", Decimal("12.00"))], fed_label="Fed Withholding", ss_label="Social Security",
                      med_label="Medicare")
    stubs = payroll.run(dt.date(2027, 10, 30), 6, rng, 2)
    emp_no = f"{rng.randint(1000, 9999)}"
    facility_addr = f"1800 Larchmont Drive, {rng.choice(CITY_A)} Heights, MN 55{rng.randint(100, 999)}"
    stub_docs = [stub_doc(s, stub_nursing(s, facility_addr, "Certified Nursing Assistant", "Nursing - 2 West",
                                          emp_no)) for s in stubs]
    weekly = dollars(rng, 420, 590)
    wages = c2(rate * 80 * 26 / 12)
    laid_off_from = rng.choice(["Norbeck Printing Company", "Prairie Lakes Cabinetry", "Two Rivers Plastics"])
    app = App(loan, b, co, home, "primary_residence", ["unemployment"], dt.date(2027, 8, 20), "short_term",
              {"wages": wages, "unemployment": c2(weekly * 52 / 12)}, False, dt.date(2027, 11, 8),
              seed=rng.randrange(10**6), assets={"checking": cents(rng, 200, 1400), "savings": cents(rng, 0, 2500)})
    sheets, values = form710(app)
    application = app_doc(sheets, form_values=values)
    ui = letter_doc("unemployment_benefit_letter",
                    ui_letter("Department of Employment and Economic Development", "Minnesota", co, home,
                              dt.date(2027, 9, 1), weekly, dt.date(2027, 8, 22), f"{rng.randint(10**7, 10**8 - 1)}",
                              laid_off_from),
                    dt.date(2027, 9, 1), d_us(dt.date(2027, 9, 1)))
    letter = hardship_doc(
        [f"{b.name} and {co.name}", home.street, home.csz], dt.date(2027, 11, 8), loan, SERVICER_LINES,
        [f"On August 20, 2027 {co.first} was laid off when {laid_off_from} closed its {home.city} plant. "
         f"{co.first} is receiving unemployment benefits of ${money(weekly)} a week while looking for work.",
         f"{b.first} still works as a nursing assistant at {facility}, but one paycheck does not cover our "
         "mortgage and our other bills. We fell behind in September.",
         "We expect this to be temporary and ask to be considered for a forbearance or another option until "
         f"{co.first} is working again."],
        [b, co], "Times-Roman", app.seed + 40, signed=True)
    items = [*doc_pages(application), *doc_pages(stub_docs[0]), *doc_pages(stub_docs[1]), *doc_pages(ui),
             *doc_pages(letter)]
    parts = [Part(f"{loan}/SCAN0042.pdf", items, "grey", Scanner(240, quality=72))]
    return Packet("x5", loan, received, app, [application, *stub_docs, ui, letter], parts, [],
                  "the real Form 710 typed through its AcroForm, printed, signed in ink by both spouses (dates "
                  "typed); the whole packet one 240 dpi grey scan without separator in a folder named after the "
                  "loan: a nursing home's bi-weekly stubs, a two-page unemployment award, a letter signed by both; "
                  "complete")


def build_x6(seed: int) -> Packet:
    """Osprey Lane worksheet typed, signed and dated in ink; no letter for the child's illness, nothing for the
    child support; a folder named for the borrower, scanner file names."""
    rng = fresh_rng("x6", seed)
    state = "MI"
    b = make_person(rng, state, last=surname(seed, 6))
    home = make_home(rng, state)
    loan = loan_number(rng)
    received = dt.date(2027, 6, 21)
    airline = "Pelican Air"
    rate = cents(rng, 17.40, 19.60)

    def earn(r: random.Random, i: int) -> list[tuple[str, Decimal | None, Decimal | None, Decimal]]:
        hrs = Decimal(r.choice(["80.00", "84.50", "86.67", "88.00", "86.67"]))
        sd = Decimal(r.choice(["24.00", "32.00", "40.00"]))
        lines = [("Base Pay", hrs, rate, c2(rate * hrs)), ("Shift Differential", sd, Decimal("1.10"),
                                                           c2(sd * Decimal("1.10")))]
        if r.random() < 0.2:
            lines.append(("Holiday Premium", Decimal("8.00"), c2(rate / 2), c2(rate / 2 * 8)))
        return lines

    payroll = Payroll(airline, b, "semimonthly", earn, Decimal("0.069"), Decimal("0.0425"), "MI State Tax",
                      [("401(k) 5%", Decimal("0.05"), True), ("Medical", Decimal("71.15"), False)],
                      [("IAM Union Dues", Decimal("36.00"))], fed_label="Federal Tax", ss_label="Social Security",
                      med_label="Medicare")
    stubs = payroll.run(dt.date(2027, 6, 15), 0, rng, 2)
    emp_no = f"{rng.randint(100000, 999999)}"
    stub_docs = [stub_doc(s, stub_airline(s, emp_no, "GRR - Grand Rapids", "Ramp Agent",
                                          "Pelican Air, Inc.  -  Corporate Payroll  -  Tampa, FL 33607"))
                 for s in stubs]
    support = dollars(rng, 350, 720)
    wages = c2(rate * 2080 / 12)
    app = App(loan, b, None, home, "primary_residence", ["disability_or_illness"], dt.date(2027, 2, 10), "long_term",
              {"wages": wages, "other": support}, True, dt.date(2027, 6, 14), dated="hand", ink="blue",
              seed=rng.randrange(10**6), employer=f"{airline} (ramp agent)")
    application = app_doc(osprey_lane(app))
    sl = Doc("other", [servicer_letter("Osprey Lane Mortgage", b, home, dt.date(2027, 5, 20), loan)])
    folder = f"{b.last}, {b.first} - mortgage docs/"
    sc = Scanner(200, quality=75)
    parts = [Part(folder + "scan_001.pdf", doc_pages(application), "grey", sc),
             Part(folder + "scan_002.pdf", doc_pages(stub_docs[0]), "grey", sc),
             Part(folder + "scan_003.pdf", doc_pages(stub_docs[1]), "grey", sc),
             Part(folder + "IMG_4471.pdf", doc_pages(sl), "grey", sc)]
    return Packet("x6", loan, received, app, [application, *stub_docs, sl], parts,
                  ["hardship_doc:disability_or_illness", "income_doc:other"],
                  "a servicer's worksheet (Osprey Lane) typed, printed, signed and dated in ink, scanned at 200 dpi "
                  "with an airline's semi-monthly stubs and the servicer's own letter (other), in a folder named "
                  "for the borrower, files named by the scanner; the child's illness has no letter or medical "
                  "paper and the child support nothing")


def build_x7(seed: int) -> Packet:
    """Real Form 710 with the occupancy left blank; a self-employed painter; one scan behind a QR separator."""
    rng = fresh_rng("x7", seed)
    state = "MO"
    b = make_person(rng, state, last=surname(seed, 7))
    home = make_home(rng, state)
    loan = loan_number(rng)
    received = dt.date(2027, 10, 18)
    business = f"{rng.choice(['Ridgeback', 'Bluestem', 'Copperleaf'])} Painting & Drywall LLC"
    claim = dollars(rng, 4300, 5600)
    expenses = [("Paint and materials", cents(rng, 14000, 19000)), ("Subcontract labor", cents(rng, 6000, 11000)),
                ("Vehicle and fuel", cents(rng, 4200, 6200)), ("Insurance", cents(rng, 2600, 3600)),
                ("Equipment rental", cents(rng, 900, 2400)), ("Phone and software", cents(rng, 700, 1100)),
                ("Advertising", cents(rng, 400, 1200))]
    net_target = claim * 9 + cents(rng, -300, 300)
    revenue_total = net_target + sum((v for _, v in expenses), Decimal(0))
    r1 = c2(revenue_total * Decimal(str(rng.uniform(0.55, 0.65))))
    r2 = c2(revenue_total * Decimal(str(rng.uniform(0.18, 0.25))))
    revenue = [("Residential painting", r1), ("Drywall repair", r2), ("Commercial repaint", revenue_total - r1 - r2)]
    seed_b = rng.randrange(10**6)
    pl_sheet_, net = pl_sheet(b, business, home, dt.date(2027, 1, 1), dt.date(2027, 9, 30), revenue, expenses,
                              dt.date(2027, 10, 11), seed_b + 60)
    pl = Doc("profit_and_loss_statement", [pl_sheet_], {"period_start": "2027-01-01", "period_end": "2027-09-30",
                                                        "net_income": float(net), "signed": True},
             dt.date(2027, 9, 30), signed=True)
    app = App(loan, b, None, home, None, ["disaster"], dt.date(2027, 7, 19), "short_term",
              {"self_employment": claim}, False, dt.date(2027, 10, 11), dated="hand", seed=seed_b,
              assets={"checking": cents(rng, 900, 3500), "savings": cents(rng, 0, 1500)})
    sheets, values = form710(app, owner_occupied=False)
    application = app_doc(sheets, form_values=values)
    acct4 = f"{rng.randint(0, 9999):04d}"
    statements = []
    begin = cents(rng, 2500, 5200)
    for month in (8, 9):
        start, end = dt.date(2027, month, 1), last_day(2027, month)
        credits = []
        for _ in range(rng.randint(6, 8)):
            kind = rng.choice(["SQUARE INC DEPOSIT {d}", "MOBILE DEPOSIT CHECK", "ZELLE FROM {n}",
                               "DEPOSIT - CUSTOMER CHECK"])
            payer = f"{rng.choice(FIRST)[0]} {rng.choice([x for x in LAST if x != b.last])}".upper()
            desc = kind.format(d=f"{rng.randint(100000, 999999)}", n=payer)
            credits.append(Txn(start + dt.timedelta(days=rng.randrange(28)), desc, cents(rng, 500, 2300)))
        for day in (12, 27):
            credits.append(Txn(dt.date(2027, month, day), "ONLINE TRANSFER TO CHK ...1187", -dollars(rng, 1600, 2300)))
        credits.append(Txn(dt.date(2027, month, 3), "ACH DEBIT PROGRESSIVE COMM INS", -cents(rng, 280, 420)))
        txns = statement_txns(rng, start, end, begin, credits, None, rng.randint(17, 21), BUSINESS_SPEND)
        st = Statement("Blue Spruce Community Bank", [b.name], home, acct4, start, end, begin, txns)
        statements.append(statement_doc(st, stmt_bluespruce(st, business)))
        begin = st.closing
    form_c = Doc("irs_form_4506c", [form4506c(b, None, home, SERVICER_710, (2026, 2025), dt.date(2027, 10, 11),
                                              seed_b + 70, typed_date=False)],
                 {"signed": True, "signed_on": "2027-10-11"}, signed=True)
    tax = Doc("tax_return", form1040_sheets(2026, b, home, dollars(rng, 52000, 68000), Decimal(0),
                                            dt.date(2027, 4, 9), "Painting contractor", seed_b + 80),
              {"tax_year": 2026, "form": "1040"}, signed=True)
    letter = hardship_doc(
        [b.name, home.street, home.csz, b.phone], dt.date(2027, 10, 11), loan, SERVICER_LINES,
        ["On July 19, 2027 flash flooding put two feet of water into the garage and the shop where I keep my "
         f"equipment, and into several homes I was working on. I run a small painting business, {business}.",
         "I lost sprayers, ladders and materials, and for six weeks most of my customers postponed their jobs. "
         "My income dropped sharply in July and August and I fell behind on the mortgage.",
         "Work has been picking up since September and I expect to be back to normal by the end of the year. "
         "I am asking for a short forbearance or a repayment plan. My profit and loss statement, business bank "
         "statements, tax return and the signed 4506-C are enclosed."],
        [b], "Times-Roman", seed_b + 40, signed=True, ink="black")
    sep = separator_sheet(loan, qr=True)
    items = [("separator", sep), *doc_pages(application), *doc_pages(letter), *doc_pages(pl),
             *doc_pages(statements[0]), *doc_pages(statements[1]), *doc_pages(form_c), *doc_pages(tax)]
    parts = [Part("MAILROOM_2027-10-18_batch07.pdf", items, "grey", Scanner(300, quality=78))]
    return Packet("x7", loan, received, app, [application, letter, pl, *statements, form_c, tax], parts,
                  ["application_field:occupancy"],
                  "the real Form 710 typed through its AcroForm with the property's occupancy row left blank, "
                  "printed, signed and dated in ink; one 300 dpi grey scan behind a QR-code separator with a signed "
                  "P&L, two business statements, a 4506-C signed in ink, a Form 1040 and a signed letter")


def build_x8(seed: int) -> Packet:
    """Cardinal Point form typed and signed on the screen by both, e-mailed as loose files, most named with no
    loan number; wages, the wife's long-term disability benefit and the upstairs unit's rent."""
    rng = fresh_rng("x8", seed)
    state = "WI"
    used: set[str] = set()
    b = make_person(rng, state, last=surname(seed, 8), used=used)
    co = make_person(rng, state, last=b.last, used=used)
    home = make_home(rng, state)
    loan = loan_number(rng)
    received = dt.date(2027, 4, 26)
    transit = "Tamarack Valley Transit Authority"
    rate = cents(rng, 23.10, 27.40)
    ot_rate = c2(rate * Decimal("1.5"))

    def earn(r: random.Random, i: int) -> list[tuple[str, Decimal | None, Decimal | None, Decimal]]:
        lines = [("Regular Operator", Decimal("80.00"), rate, c2(rate * 80))]
        ot = Decimal(r.choice(["0", "2.25", "4.50", "6.00", "8.75"]))
        if ot:
            lines.append(("Overtime 1.5", ot, ot_rate, c2(ot_rate * ot)))
        rep = Decimal(r.choice(["1.50", "2.00", "3.25"]))
        lines.append(("Report / Relief Time", rep, rate, c2(rate * rep)))
        return lines

    payroll = Payroll(transit, b, "biweekly", earn, Decimal("0.078"), Decimal("0.044"), "WI State Tax",
                      [("TVTA Pension 6.00%", Decimal("0.06"), True), ("Medical Plan", Decimal("88.00"), False)],
                      [("ATU Local 998 Dues", Decimal("29.40"))], fed_label="Federal Tax", ss_label="Social Security",
                      med_label="Medicare")
    every = payroll.run(dt.date(2027, 4, 3), 6, rng, 100)
    stubs = every[-2:]
    badge = f"{rng.randint(1000, 9999)}"
    acct4 = f"{rng.randint(0, 9999):04d}"  # the joint checking account the pay is deposited to
    stub_docs = [stub_doc(s, stub_transit(s, "Administrative Offices, 77 Depot Street, "
                                             f"{home.city}, WI {home.zip}", badge, "Fixed Route - North Garage",
                                          acct4)) for s in stubs]
    ltd = cents(rng, 1800, 2400)
    rent = dollars(rng, 1050, 1250)
    net_rent = rent - dollars(rng, 120, 220)
    insurer = "Sycamore Mutual Life Insurance Company"
    co_employer = rng.choice(["Lakeshore Dental Group", "Fenwick County Clerk's Office", "Bayberry Foods Inc."])
    ltd_doc = letter_doc("benefit_award_letter",
                         ltd_letter(insurer, co, home, dt.date(2027, 4, 5), ltd, f"LTD-{rng.randint(10**6, 10**7 - 1)}",
                                    co_employer, dt.date(2027, 1, 10)),
                         dt.date(2027, 4, 5), d_long(dt.date(2027, 4, 5)), monthly=ltd, benefit="benefits_taxable")
    statements = []
    begin = cents(rng, 900, 2600)
    for month in (2, 3):
        start, end = dt.date(2027, month, 1), last_day(2027, month)
        credits = [Txn(s.pay_date, "TVTA PAYROLL DIR DEP", s.net) for s in every if start <= s.pay_date <= end]
        credits.append(Txn(dt.date(2027, month, 1), "SYCAMORE MUTUAL LTD BENEFIT", c2(ltd * Decimal("0.9"))))
        credits.append(Txn(dt.date(2027, month, rng.randint(2, 5)), f"REMOTE DEPOSIT CHECK #{rng.randint(1100, 1399)}",
                           rent))
        txns = statement_txns(rng, start, end, begin, credits, ("CARDINAL POINT MTG PMT", cents(rng, 900, 1300)),
                              rng.randint(20, 26), SPEND + MEDICAL_SPEND)
        st = Statement("Millbrook National Bank", [b.name, co.name], home, acct4, start, end, begin, txns)
        statements.append(statement_doc(st, [stmt_millbrook(st)]))
        begin = st.closing
    wages = c2(rate * 80 * 26 / 12)
    app = App(loan, b, co, home, "primary_residence", ["disability_or_illness"], dt.date(2026, 10, 11), "long_term",
              {"wages": wages, "benefits_taxable": ltd, "rental": net_rent}, True, dt.date(2027, 4, 19),
              ink="black", seed=rng.randrange(10**6), employer=transit,
              co_employer=f"{insurer.split(' Life')[0]} LTD (formerly {co_employer})",
              assets={"checking": cents(rng, 800, 2400), "savings": cents(rng, 300, 3000)})
    application = app_doc(cardinal_point(app), proof=[loan, b.name, co.name, money(wages), money(app.total)])
    letter = hardship_doc(
        [f"{b.name} and {co.name}", home.street, home.csz], dt.date(2027, 4, 19), loan,
        ["Cardinal Point Mortgage Servicing", "Attn: Loss Mitigation", "P.O. Box 4410", "Sioux Falls, SD 57101"],
        [f"In October 2026 {co.first} was diagnosed with a serious illness and had to stop working at "
         f"{co_employer}. After the waiting period {co.first} began receiving long-term disability benefits "
         "in January, but they replace only part of the lost pay.",
         f"{b.first} drives a bus for {transit}, and we rent the upstairs unit of our duplex. Even so, our "
         "income is well below what it was, and the medical bills have added up. We fell behind on the mortgage "
         "in December.",
         "We would like to stay in our home. Please consider us for a loan modification. Our application, pay "
         "stubs, bank statements, the disability benefit letter and the signed 4506-C are enclosed."],
        [b, co], "Helvetica", app.seed + 40, signed=True)
    form_c = Doc("irs_form_4506c", [form4506c(b, co, home, CARDINAL, (2026, 2025), dt.date(2027, 4, 19),
                                              app.seed + 70, typed_date=True)],
                 {"signed": True, "signed_on": "2027-04-19"}, signed=True)
    parts = [Part(f"LossMitRequest_{loan}.pdf", doc_pages(application), "born", title="Loss Mitigation Request",
                  creator="Cardinal Point eForms"),
             Part(f"paystub {stubs[0].pay_date:%m%d}.pdf", doc_pages(stub_docs[0]), "born"),
             Part(f"paystub {stubs[1].pay_date:%m%d}.pdf", doc_pages(stub_docs[1]), "born"),
             Part("Feb statement.pdf", doc_pages(statements[0]), "born", title="eStatement"),
             Part("March statement.pdf", doc_pages(statements[1]), "born", title="eStatement"),
             Part("LTD benefit letter.pdf", doc_pages(ltd_doc), "born"),
             Part("Scan 2027-04-22.pdf", [*doc_pages(letter), *doc_pages(form_c)], "grey", Scanner(200, quality=74))]
    return Packet("x8", loan, received, app, [application, *stub_docs, *statements, ltd_doc, letter, form_c], parts,
                  [],
                  "a servicer's form (Cardinal Point) typed in its PDF and signed on the screen by both, e-mailed "
                  "as loose files mostly named without the loan number: a transit authority's bi-weekly stubs, two "
                  "joint e-statements showing pay, disability benefit and rent, an insurer's LTD letter, and one "
                  "200 dpi scan holding a letter and a 4506-C signed in ink by both; complete")


BUILDERS = (build_x1, build_x2, build_x3, build_x4, build_x5, build_x6, build_x7, build_x8)


# --------------------------------------------------------------------------------------------------------------
# building, checking
# --------------------------------------------------------------------------------------------------------------

SAMPLE_KEYS = ["loan_number", "received_on", "status", "missing", "application", "documents"]
APP_KEYS = ["loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"]
DOC_KEYS = ["id", "type", "scanned", "pages", "fields"]
TYPE_FIELDS = {
    "pay_stub": ["employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"],
    "bank_statement": ["bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"],
    "hardship_letter": ["letter_date"], "medical_statement": ["letter_date"],
    "employer_relocation_letter": ["letter_date"],
    "benefit_award_letter": ["letter_date", "monthly_amount", "benefit_type"],
    "unemployment_benefit_letter": ["letter_date", "benefit_type"],
    "profit_and_loss_statement": ["period_start", "period_end", "net_income", "signed"],
    "tax_return": ["tax_year", "form"], "irs_form_4506c": ["signed", "signed_on"],
}
PERIOD_DAYS = {"weekly": {7}, "biweekly": {14}, "semimonthly": {13, 14, 15, 16}, "monthly": {28, 29, 30, 31}}


def build_all(out: Path, seed: int) -> tuple[list[Packet], list[dict[str, Any]]]:
    out.mkdir(parents=True, exist_ok=True)
    packets, expected = [], []
    for builder in BUILDERS:
        packet = builder(seed)
        target = out / packet.name
        if target.exists():
            shutil.rmtree(target)
        expected.append(write_packet(packet, out, seed))
        packets.append(packet)
    _DOC_CACHE.clear()
    return packets, expected


def _norm(text: str) -> str:
    return " ".join(text.split())


def as_case(expected: dict[str, Any]) -> dict[str, Any]:
    """expected.json dressed as a case.json, to score it against itself."""
    return {**expected, "missing": [{"code": c} for c in expected["missing"]]}


def check(out: Path, seed: int, packets: list[Packet], expected: list[dict[str, Any]]) -> list[str]:
    problems: list[str] = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            problems.append(what)

    for packet, exp in zip(packets, expected, strict=True):
        name = packet.name
        on_disk = json.loads((out / name / "expected.json").read_text())
        need(on_disk == exp, f"{name}: expected.json differs from what was built")
        need(list(exp) == SAMPLE_KEYS, f"{name}: keys {list(exp)}")
        need(exp["application"] is None or list(exp["application"]) == APP_KEYS, f"{name}: application keys")
        need(sorted(exp["missing"]) == sorted(packet.want), f"{name}: missing {exp['missing']} != {packet.want}")
        need((exp["status"] == "complete") == (not exp["missing"]), f"{name}: status and missing disagree")
        income = (exp["application"] or {}).get("income") or {}
        if income:
            lines = [v for k, v in income.items() if k != "total"]
            need(all(v > 0 for v in lines), f"{name}: an income line is not above zero")
            need(c2(sum(Decimal(str(v)) for v in lines)) == c2(income["total"]), f"{name}: income total")
        for doc in exp["documents"]:
            need(list(doc) == DOC_KEYS, f"{name} {doc['id']}: document keys {list(doc)}")
            need(list(doc["fields"]) == TYPE_FIELDS.get(doc["type"], []),
                 f"{name} {doc['id']}: {doc['type']} fields {list(doc['fields'])}")
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                start, end = dt.date.fromisoformat(f["period_start"]), dt.date.fromisoformat(f["period_end"])
                need((end - start).days + 1 in PERIOD_DAYS[f["frequency"]], f"{name} {doc['id']}: period length")
                need(dt.date.fromisoformat(f["pay_date"]) >= end - dt.timedelta(days=4),
                     f"{name} {doc['id']}: paid long before the period ended")
                need(c2(f["monthly_gross"]) == monthly_from(c2(f["gross_current"]), f["frequency"]),
                     f"{name} {doc['id']}: monthly gross")
                need(f["gross_ytd"] >= f["gross_current"] > f["net_current"] > 0, f"{name} {doc['id']}: pay figures")
        # the answer key scores perfectly against itself
        result = sample_compare.compare(exp, as_case(exp))
        need(not result.wrong(), f"{name}: self-comparison fails {result.wrong()[:3]}")
        # no full SSN
        text = json.dumps(exp)
        people = [packet.app.borrower] + ([packet.app.co] if packet.app and packet.app.co else [])
        need(all(p.ssn_full not in text for p in people), f"{name}: a full SSN reached expected.json")
        # files: open, page counts, every page one document's (separator and fax cover sheets aside)
        owners: dict[tuple[str, int], str] = {}
        for part in packet.parts:
            runs = set(re.findall(r"\d{6,}", part.path))
            need(runs <= {packet.loan}, f"{name}: {part.path} carries a number that could pass for a loan number")
            path = out / name / "inbox" / part.path
            try:
                reader = PdfReader(path)
                count = len(reader.pages)
            except Exception as exc:
                problems.append(f"{name}: {part.path} does not open ({exc})")
                continue
            need(count == len(part.items), f"{name}: {part.path} has {count} pages, {len(part.items)} drawn")
            for page_no, (owner, _) in enumerate(part.items, start=1):
                if isinstance(owner, str):
                    owners[(part.path, page_no)] = owner
            for doc in exp["documents"]:
                for page in doc["pages"]:
                    if page["file"] != part.path:
                        continue
                    key = (page["file"], page["page"])
                    need(key not in owners, f"{name}: page {key} belongs to two documents")
                    owners[key] = doc["id"]
                    need(1 <= page["page"] <= count, f"{name}: page {key} out of range")
                    layer = _norm(reader.pages[page["page"] - 1].extract_text() or "")
                    need(bool(layer) != doc["scanned"], f"{name} {doc['id']}: scanned={doc['scanned']} but text "
                         f"layer {'present' if layer else 'absent'} on {key}")
            need(all((part.path, n) in owners for n in range(1, count + 1)), f"{name}: {part.path} has a page "
                 "that belongs to no document")
            for page_no, (owner, _) in enumerate(part.items, start=1):
                if owner == "separator":
                    image = pdfium.PdfDocument(str(path))[page_no - 1].render(scale=150 / 72).to_pil()
                    found = [r.text for r in zxingcpp.read_barcodes(image)]
                    need(f"LOAN {packet.loan}" in found, f"{name}: separator on page {page_no} reads {found}")
        # born-digital documents print (or hold in their fields) their key values
        for doc in packet.docs:
            if doc.scanned:
                continue
            text = ""
            for file, page_no in doc.pages:
                text += " " + (PdfReader(out / name / "inbox" / file).pages[page_no - 1].extract_text() or "")
            text = _norm(text)
            for token in doc.proof:
                need(_norm(token) in text, f"{name}: {doc.type} does not print {token!r}")
            if doc.form_values:
                fields = PdfReader(out / name / "inbox" / doc.pages[0][0]).get_fields() or {}
                for key in ("Text_1", "Text_2", "Text_6", "Date_1", "Date_3", "Number_2"):
                    if key in doc.form_values:
                        need(str(fields.get(key, {}).get("/V")) == str(doc.form_values[key]),
                             f"{name}: Form 710 field {key}")
    # the same seed gives the same bytes
    with tempfile.TemporaryDirectory(prefix="xgen_again_") as again:
        build_all(Path(again), seed)
        for packet in packets:
            first = sorted(p.relative_to(out / packet.name) for p in (out / packet.name).rglob("*") if p.is_file())
            second = sorted(p.relative_to(Path(again) / packet.name)
                            for p in (Path(again) / packet.name).rglob("*") if p.is_file())
            need(first == second, f"{packet.name}: a rebuild makes other files")
            for rel in first:
                a = (out / packet.name / rel).read_bytes()
                b = (Path(again) / packet.name / rel).read_bytes()
                need(a == b, f"{packet.name}: {rel} differs on a rebuild with the same seed")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the packets into")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="validate the set after writing it")
    args = parser.parse_args(argv)
    started = time.time()
    packets, expected = build_all(args.out, args.seed)
    for packet, exp in zip(packets, expected, strict=True):
        pages = sum(len(part.items) for part in packet.parts)
        print(f"{packet.name}: {exp['status']:<10} {','.join(exp['missing']) or '-':<48} "
              f"{len(packet.parts)} file(s), {pages} page(s), {len(exp['documents'])} documents")
    print(f"built in {time.time() - started:.1f}s")
    if args.check:
        problems = check(args.out, args.seed, packets, expected)
        for problem in problems:
            print("CHECK:", problem)
        print(f"check {'failed' if problems else 'passed'} in {time.time() - started:.1f}s total")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
