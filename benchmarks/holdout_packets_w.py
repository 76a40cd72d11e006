"""A twenty-third holdout set of borrower packets (w1..w8), laid out unlike the shared samples and unlike the a (first),
b, c, ... u and v sets, written without looking at the service's code, rules, data files or tests, to estimate
honestly how it reads an ORDINARY week of borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_w.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Unlike the sets
before it, this one avoids unusual deliveries: most papers are typed, most files are single born-digital PDFs or
plain scans, and the hand-written parts are signatures, a few dates and one letter.

Applications: the real Form 710 in five packets - typed through its AcroForm and signed on the screen with a drawn
signature (w1, w5, w8, born digital), typed through its AcroForm, printed, signed and dated in ink and scanned (w3:
the borrower only; w6: both spouses). Three servicers' own forms: Pinecrest Harbor Loan Servicing's two-page
"Borrower Assistance Application" (PHLS-BAA: a green title band, boxed cells with small capital captions, answers in
Courier, "Mortgage account number", boxes typed with X, occupancy as "Principal residence / Second - vacation home /
Rental - investment", its own hardship wording, one income column with a boxed total), typed, signed in ink and
scanned (w2); Ridgeway Commons Mortgage's "Request for Mortgage Assistance" (RCM-RMA: serif labels on dotted rows
with the answer after a colon, "Loan No.", "Applicant" / "Co-applicant", the street on one row and "City / State /
ZIP" on the next, choices as "( X )"), typed, signed and dated in ink and faxed (w4); Lakemont Savings Bank's
"Homeowner Retention Application" (LSB 7710: navy bands, BORROWER and CO-BORROWER answered in two columns, check marks
in boxes, income by person with a Total column and a household total), typed, signed and dated in ink by both and
scanned black and white (w7).

Pay: a hospital's bi-weekly "Earnings Statement" (teal band, a grid of captioned employee facts, pay codes REG / EVD /
WKD with hours and rate, "Check Date", pre-tax deductions, a Current / Year to Date totals strip); a school district's
monthly "Employee Pay Advice" (earnings and deductions side by side, SERS retirement and no Social Security); a
trucking company's weekly "Driver Pay Statement" (settlement week, a trip table of loaded and empty miles, mileage
pay at a cents-per-mile rate, "This Week" / "Year to Date"); a restaurant chain's bi-weekly stub printed by a payroll
service (its mark in the corner, a This period / Year to date summary of gross, taxes, deductions and net, charged
tips); a federal "Earnings and Leave Statement" (LAST, FIRST name, pay period number and dates, pay plan / grade /
step, leave table, in a typewriter font); a dental practice's semi-monthly "Pay Stub" from an online payroll app
(dates written "November 30, 2026", a net pay box); and a delivery platform's monthly "Earnings Summary" for an
independent contractor (an "other" paper: no employer, no withholding). Statements: an online bank's two-page
statement ("For the period 03/01/2026 to 03/31/2026", "Opening balance" / "Money in" / "Money out" / "Closing
balance", +/- amounts with a running balance), a credit union's one-page member statement (joint holders, a share
savings line, "Statement Period: Aug 1, 2026 through Aug 31, 2026", "Previous Balance" / "New Balance") and a
regional bank's two-page checking statement ("Statement Period 02/01/2026 - 02/28/2026", a boxed account summary
with "Beginning Balance" / "Ending Balance", credits and debits listed apart, a daily balance summary). Letters and
papers: typed hardship letters (some unsigned e-mail attachments, some signed in ink), one written by hand on ruled
notebook paper, Social Security's two-page Notice of Award, a municipal retirement system's benefit confirmation, a
state unemployment Notice of Benefit Determination, page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over and
signed in pen or on screen, a Form 1040 printed from tax software, an obituary printed from a funeral home's web
site, and as "other" papers the servicer's own mortgage statement, an insurer's claim decision and the platform's
earnings summaries. Co-borrowers in w3, w6 and w7.

Deliveries: a folder named after the loan holding born-digital files with everyday names and one stub printed and
scanned at 200 dpi (w1); loose files named with the loan number, the application a 300 dpi grey JPEG scan and two
statements downloaded into one file (w2); one 300 dpi grey scan of the whole packet behind the mailroom's Code 128
separator sheet ("LOAN <number>") (w3); one fine-mode fax (204 x 196 dpi, bilevel, CCITT G4) with a cover sheet and
the copy shop's header line on every page (w4); a loan folder of e-mailed files with a phone-style scan of the
4506-C (w5); one 240 dpi grey scan of the whole packet without a separator, in a loan folder (w6); an e-mail folder
whose name is no loan number, holding files named with it: a 200 dpi black-and-white scan, a born-digital file of
two stubs, a grey scan (w7); loose born-digital files named "<Surname> <loan> - ..." (w8). Every scan is tilted
0.2 to 1.5 degrees, grey or off-white, noisy and JPEG-compressed (the fax thresholded and speckled); no scan carries
a text layer.

Complete: w1 (a fresh stub with year-to-date pay), w6 (award letters and two statements for the Social Security and
pension income; a disaster needs no papers), w7 (unemployment needs nothing; the wife's fresh stubs), w8 (two
consecutive fresh statements show both the pay and the rent; a signed 4506-C for the rental income; the obituary
for the death). Incomplete for different reasons: w2 the school-district pay advice and both bank statements were
gathered in the spring and mailed in August, so the pay advice and the newer statement are more than 90 days old
(income_doc:wages); w3 the co-borrower is named on Form 710 but her signature and date lines are empty
(application_signature); w4 divorce is claimed and the hand-written letter says the decree is not final - no decree,
separation agreement or quitclaim deed (hardship_doc:divorce_or_separation); w5 self-employment income is claimed and
the signed 4506-C and the platform's summaries arrived, but no bank statements, signed profit and loss statement or
signed tax return (income_doc:self_employment).

This set is standalone: its people, pens (glyphs of a system font jittered one by one, and a quick slanted
signature), printers, scanners and fax, and the checklist (`missing_codes`, shared/spec/checklist.md) are written
here, and only tests/pdf_factory.py's Form 710 filler and tests/sample_compare.py are borrowed. Expected status and
missing codes follow from the values drawn, not from a hand-written answer; a different seed changes names, numbers
and noise but never the scenario. `--check` confirms that the checklist gives each scenario's codes, that
expected.json has exactly the samples' keys and per-type fields, that every page of every file belongs to exactly one
document (separator and fax cover sheets aside), that `scanned` matches the pages' text layers, that born-digital
documents print (or hold in their form fields) their key values, that pay-stub arithmetic and periods hold, that the
separator's barcode still reads after scanning, that no full SSN (all in the 900-999 area) reaches expected.json,
that expected.json scores perfectly against itself through tests/sample_compare.compare, and that a rebuild with the
same seed is the same bytes. Received dates are Mondays in 2026. All people, employers, banks and servicers are
fictional (the federal agency and the Social Security Administration aside).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import logging
import math
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as rl_canvas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import pdf_factory  # noqa: E402  (the shared folder, the blank Form 710 and its AcroForm filler)

logging.getLogger("pypdf").setLevel(logging.ERROR)

REFERENCE = pdf_factory.REFERENCE
FORM710_BLANK = pdf_factory.FORM710_BLANK
FORM4506C_BLANK = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
PW, PH = letter
MARK = "synthetic test document - not a real record"
FONT_DIR = Path("/usr/share/fonts/truetype")
PEN_FONTS = (FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf", FONT_DIR / "liberation2/LiberationSans-Italic.ttf")
SIGN_FONTS = (FONT_DIR / "liberation2/LiberationSerif-Italic.ttf", FONT_DIR / "dejavu/DejaVuSerif-Italic.ttf")
PRINT_FONT = FONT_DIR / "liberation2/LiberationSans-Regular.ttf"
FIXED_TIME = time.struct_time((2030, 1, 1, 0, 0, 0, 1, 1, 0))
CENT = Decimal("0.01")
PACKETS = ("w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8")


# ------------------------------------------------------------------------------------------------------------
# money and dates
# ------------------------------------------------------------------------------------------------------------


def D(value: Any) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def money(value: Decimal, dollar: bool = False) -> str:
    text = f"{value:,.2f}"
    return f"${text}" if dollar else text


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_mon(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


PERIODS_A_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


def monthly_from(gross: Decimal, frequency: str) -> Decimal:
    return D(gross * PERIODS_A_YEAR[frequency] / 12)


def month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# ------------------------------------------------------------------------------------------------------------
# people
# ------------------------------------------------------------------------------------------------------------

FIRST_F = ("Renee", "Tamika", "Lorraine", "Beatriz", "Colleen", "Shauna", "Marisol", "Yvette", "Danielle", "Priya",
           "Heather", "Lakisha", "Gwendolyn", "Kirsten", "Noemi", "Felicia")
FIRST_M = ("Terrence", "Dwayne", "Raymond", "Gustavo", "Philip", "Marcus", "Darnell", "Wesley", "Curtis", "Lamar",
           "Howard", "Rodney", "Everett", "Jerome", "Calvin", "Roberto")
LASTS = ("Whitacre", "Okafor", "Brannigan", "Delacroix", "Haverford", "Pruitt", "Lindqvist", "Mathis", "Castellanos",
         "Harrell", "Vosburgh", "Tillman", "Abernathy", "Quintero", "Stroud", "Kowalczyk", "Ridley", "Batiste",
         "Fenwick", "Oyelaran", "Sandoval", "McCready", "Ellison", "Nakagawa")
STREETS = ("Larkin", "Old Mill", "Sycamore Hollow", "Bramblewood", "Kestner", "Foxglove", "Harmon Ridge", "Ashby",
           "Crescent Oak", "Willet", "Pondview", "Tanager", "Copper Beech", "Mariner", "Quail Run", "Juniper Bend")
SUFFIXES = ("Road", "Street", "Drive", "Lane", "Court", "Avenue", "Way", "Place")
TOWNS = (("Harlow Springs", "OH", "43"), ("East Calloway", "KY", "42"), ("Millbrook Falls", "PA", "17"),
         ("Dunmore Heights", "TN", "37"), ("Port Elgin", "MI", "49"), ("Caddo Junction", "AR", "72"),
         ("Sutter Creek Valley", "MO", "65"), ("Bellhaven", "NC", "27"), ("West Arbury", "IN", "46"),
         ("Rosewood Flats", "GA", "31"), ("Lake Tinley", "WI", "53"), ("Fort Caswell", "SC", "29"),
         ("Granger Point", "IA", "50"), ("North Ellery", "NY", "14"), ("Pine Hollow", "AL", "35"),
         ("Cedar Ford", "VA", "24"))
STATE_NAMES = {"OH": "Ohio", "KY": "Kentucky", "PA": "Pennsylvania", "TN": "Tennessee", "MI": "Michigan",
               "AR": "Arkansas", "MO": "Missouri", "NC": "North Carolina", "IN": "Indiana", "GA": "Georgia",
               "WI": "Wisconsin", "SC": "South Carolina", "IA": "Iowa", "NY": "New York", "AL": "Alabama",
               "VA": "Virginia"}


@dataclass
class Address:
    street: str
    city: str
    state: str
    zip: str

    @property
    def one_line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def city_line(self) -> str:
        return f"{self.city}, {self.state} {self.zip}"


@dataclass
class Person:
    first: str
    middle: str
    last: str
    ssn: str  # full, never-issued 9xx area; only the last four reach expected.json
    phone: str
    email: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.middle} {self.last}" if self.middle else f"{self.first} {self.last}"

    @property
    def last4(self) -> str:
        return self.ssn[-4:]

    @property
    def masked_ssn(self) -> str:
        return f"XXX-XX-{self.last4}"


class People:
    """Draws fictional people and addresses for one packet. Each packet draws from its own slice of the name lists,
    so no two packets of the set share a surname whatever the seed."""

    def __init__(self, rng: random.Random, slot: int):
        self.rng = rng
        self.firsts = {True: FIRST_F[slot * 2: slot * 2 + 2], False: FIRST_M[slot * 2: slot * 2 + 2]}
        self.lasts = LASTS[slot * 3: slot * 3 + 3]

    def person(self, female: bool, last: str | None = None, middle: bool = True) -> Person:
        rng = self.rng
        first = rng.choice(self.firsts[female])
        surname = last or rng.choice(self.lasts)
        mid = rng.choice("ABCDEGHJKLMNPRSTW") + "." if middle else ""
        ssn = f"9{rng.randint(0, 9)}{rng.randint(0, 9)}-{rng.randint(70, 88)}-{rng.randint(0, 9999):04d}"
        phone = f"({rng.randint(2, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}) 555-01{rng.randint(0, 99):02d}"
        email = f"{first.lower()}.{surname.lower()}{rng.randint(1, 99)}@example.com"
        return Person(first, mid, surname, ssn, phone, email)

    def address(self) -> Address:
        rng = self.rng
        town, state, zip3 = rng.choice(TOWNS)
        street = f"{rng.randint(104, 9870)} {rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
        return Address(street, town, state, f"{zip3}{rng.randint(100, 999)}")

    def loan_number(self, leading_zeros: bool = False) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        return ("00" if leading_zeros else str(self.rng.randint(1, 9)) + str(self.rng.randint(0, 9))) + digits


# ------------------------------------------------------------------------------------------------------------
# pens: hand-printed words and signatures, drawn glyph by glyph with jitter into a transparent picture
# ------------------------------------------------------------------------------------------------------------

BLUE_INK = (24, 42, 128)
BLACK_INK = (28, 28, 34)
_font_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    key = (str(path), px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(str(path), px)
    return _font_cache[key]


@dataclass
class Ink:
    """A transparent picture of pen strokes and its size on the page in points."""

    image: Image.Image
    width: float
    height: float
    baseline: float  # points from the picture's bottom edge up to the writing's baseline


def _ink_from_mask(mask: Image.Image, colour: tuple[int, int, int], dpi: int, baseline_px: float) -> Ink:
    box = mask.getbbox() or (0, 0, 2, 2)
    left, top, right, bottom = box
    left, top = max(0, left - 4), max(0, top - 4)
    right, bottom = min(mask.width, right + 4), min(mask.height, bottom + 4)
    mask = mask.crop((left, top, right, bottom))
    rgba = Image.new("RGBA", mask.size, (*colour, 0))
    rgba.putalpha(mask)
    scale = 72.0 / dpi
    return Ink(rgba, mask.width * scale, mask.height * scale, (bottom - baseline_px) * scale)


def pen_text(text: str, size_pt: float, rng: random.Random, colour: tuple[int, int, int] = BLUE_INK,
             dpi: int = 300, font: Path | None = None, slant: float = 0.0) -> Ink:
    """Hand printing: every glyph a little turned, sized and lifted differently, the line drifting."""
    px = size_pt * dpi / 72
    font_path = font or rng.choice(PEN_FONTS)
    width = int(px * (0.72 * len(text) + 3))
    height = int(px * 3)
    mask = Image.new("L", (width, height), 0)
    x, base = px * 0.5, px * 1.9
    drift = 0.0
    weight = rng.choice((0, 0, 1))
    for ch in text:
        if ch == " ":
            x += px * rng.uniform(0.26, 0.38)
            continue
        size = max(6, int(px * rng.uniform(0.9, 1.08)))
        fnt = _font(font_path, size)
        gw = int(size * 2.2)
        glyph = Image.new("L", (gw, gw), 0)
        ImageDraw.Draw(glyph).text((gw * 0.3, gw * 0.7), ch, font=fnt, fill=int(rng.uniform(200, 255)),
                                   anchor="ls", stroke_width=weight, stroke_fill=int(rng.uniform(170, 230)))
        glyph = glyph.rotate(rng.uniform(-7, 7) + slant, resample=Image.Resampling.BICUBIC)
        drift += rng.uniform(-0.035, 0.035) * px
        drift = max(-0.18 * px, min(0.18 * px, drift))
        ox, oy = int(x - gw * 0.3), int(base + drift + rng.uniform(-0.05, 0.05) * px - gw * 0.7)
        region = mask.crop((ox, oy, ox + gw, oy + gw))
        mask.paste(Image.fromarray(np.maximum(np.asarray(region), np.asarray(glyph))), (ox, oy))
        x += fnt.getlength(ch) * rng.uniform(0.95, 1.12) + px * 0.04
    mask = mask.filter(ImageFilter.GaussianBlur(0.6))
    return _ink_from_mask(mask, colour, dpi, base)


def signature(name: str, size_pt: float, rng: random.Random, colour: tuple[int, int, int] = BLUE_INK,
              dpi: int = 300) -> Ink:
    """A quick joined signature: the name in a slanted italic, letters crowded together, a looping stroke under."""
    px = size_pt * dpi / 72
    fnt = _font(rng.choice(SIGN_FONTS), int(px))
    width, height = int(px * (0.62 * len(name) + 4)), int(px * 3.2)
    mask = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(mask)
    x, base = px * 0.6, px * 1.9
    words = name.replace(".", "").split()
    if len(words) > 2 and rng.random() < 0.6:
        words = [words[0], words[-1]]  # many sign without the middle initial
    for _wi, word in enumerate(words):
        for ci, ch in enumerate(word):
            size = int(px * (1.25 if ci == 0 else rng.uniform(0.86, 1.0)))
            f = _font(Path(fnt.path), size)
            draw.text((x, base + rng.uniform(-0.06, 0.06) * px), ch, font=f, fill=255, anchor="ls",
                      stroke_width=1 if rng.random() < 0.5 else 0, stroke_fill=230)
            x += f.getlength(ch) * rng.uniform(0.74, 0.9)
        x += px * rng.uniform(0.25, 0.45)
    # a flourish: a smooth curve from the last letter back under the name
    end_x = x
    pts = []
    for i in range(60):
        t = i / 59
        bx = end_x - t * (end_x - px * 0.8) + math.sin(t * math.pi) * px * 0.3
        by = base + px * (0.25 + 0.25 * math.sin(t * math.pi * 1.5)) + rng.uniform(-1, 1)
        pts.append((bx, by))
    draw.line(pts, fill=220, width=max(2, int(px * 0.06)), joint="curve")
    mask = mask.transform(mask.size, Image.Transform.AFFINE, (1, 0.28, -0.28 * base, 0, 1, 0),
                          resample=Image.Resampling.BICUBIC)
    mask = mask.rotate(rng.uniform(-3, 4), resample=Image.Resampling.BICUBIC)
    mask = mask.filter(ImageFilter.GaussianBlur(0.7))
    return _ink_from_mask(mask, colour, dpi, base)


def tick(size_pt: float, rng: random.Random, colour: tuple[int, int, int] = BLUE_INK, cross: bool = False,
         dpi: int = 300) -> Ink:
    """A check mark (or a cross) made with a pen."""
    px = size_pt * dpi / 72
    side = int(px * 2)
    mask = Image.new("L", (side, side), 0)
    draw = ImageDraw.Draw(mask)
    w = max(2, int(px * 0.13))
    if cross:
        j = lambda: rng.uniform(-0.08, 0.08) * px  # noqa: E731
        draw.line([(px * 0.5 + j(), px * 0.5 + j()), (px * 1.5 + j(), px * 1.5 + j())], fill=235, width=w)
        draw.line([(px * 1.5 + j(), px * 0.5 + j()), (px * 0.5 + j(), px * 1.5 + j())], fill=235, width=w)
    else:
        pts = [(px * 0.45, px * 1.05), (px * 0.8, px * 1.5), (px * 1.7, px * 0.3 + rng.uniform(-2, 2))]
        draw.line(pts, fill=235, width=w, joint="curve")
    mask = mask.filter(ImageFilter.GaussianBlur(0.6))
    return _ink_from_mask(mask, colour, dpi, px * 1.5)


# ------------------------------------------------------------------------------------------------------------
# born-digital pages (reportlab) with small drawing helpers; y is measured from the page's TOP in points
# ------------------------------------------------------------------------------------------------------------


class Page:
    """A thin layer over a reportlab canvas that measures y from the top of the page."""

    def __init__(self, c: rl_canvas.Canvas, size: tuple[float, float] = letter):
        self.c = c
        self.w, self.h = size

    def text(self, x: float, y: float, s: str, size: float = 9.5, font: str = "Helvetica", align: str = "l",
             grey: float = 0.0) -> None:
        c = self.c
        c.setFont(font, size)
        c.setFillGray(grey)
        if align == "r":
            c.drawRightString(x, self.h - y, s)
        elif align == "c":
            c.drawCentredString(x, self.h - y, s)
        else:
            c.drawString(x, self.h - y, s)
        c.setFillGray(0)

    def lines(self, x: float, y: float, rows: list[str], size: float = 10.5, lead: float = 1.45,
              font: str = "Helvetica") -> float:
        for row in rows:
            self.text(x, y, row, size, font)
            y += size * lead
        return y

    def para(self, x: float, y: float, s: str, width: float, size: float = 10.5, lead: float = 1.4,
             font: str = "Helvetica") -> float:
        """A paragraph wrapped to `width`; returns the y under it."""
        words, line = s.split(), ""
        for word in words:
            trial = f"{line} {word}".strip()
            if self.c.stringWidth(trial, font, size) > width and line:
                self.text(x, y, line, size, font)
                y += size * lead
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, size, font)
            y += size * lead
        return y

    def hline(self, x1: float, x2: float, y: float, width: float = 0.6, grey: float = 0.0) -> None:
        self.c.setStrokeGray(grey)
        self.c.setLineWidth(width)
        self.c.line(x1, self.h - y, x2, self.h - y)
        self.c.setStrokeGray(0)

    def vline(self, x: float, y1: float, y2: float, width: float = 0.6, grey: float = 0.0) -> None:
        self.c.setStrokeGray(grey)
        self.c.setLineWidth(width)
        self.c.line(x, self.h - y1, x, self.h - y2)
        self.c.setStrokeGray(0)

    def box(self, x: float, y: float, w: float, h: float, width: float = 0.6, fill: float | None = None,
            stroke: bool = True, stroke_grey: float = 0.0) -> None:
        c = self.c
        c.setLineWidth(width)
        c.setStrokeGray(stroke_grey)
        if fill is not None:
            c.setFillGray(fill)
        c.rect(x, self.h - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillGray(0)
        c.setStrokeGray(0)

    def colour_box(self, x: float, y: float, w: float, h: float, rgb: tuple[float, float, float]) -> None:
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x, self.h - y - h, w, h, stroke=0, fill=1)
        self.c.setFillGray(0)

    def colour_text(self, x: float, y: float, s: str, rgb: tuple[float, float, float], size: float = 10,
                    font: str = "Helvetica-Bold", align: str = "l") -> None:
        self.c.setFillColorRGB(*rgb)
        self.c.setFont(font, size)
        (self.c.drawRightString if align == "r" else self.c.drawCentredString if align == "c" else
         self.c.drawString)(x, self.h - y, s)
        self.c.setFillGray(0)

    def checkbox(self, x: float, y: float, on: bool, size: float = 8.0, mark: str = "X") -> None:
        """A square whose top-left corner is at (x, y), typed full with `mark` when on."""
        self.box(x, y, size, size, 0.7)
        if on:
            self.text(x + size / 2, y + size * 0.86, mark, size * 1.05, "Helvetica-Bold", "c")

    def ink(self, ink: Ink, x: float, baseline_y: float) -> None:
        """Lay a pen picture so that its writing sits on `baseline_y`, starting at x."""
        bottom = self.h - baseline_y - ink.baseline
        self.c.drawImage(ImageReader(ink.image), x, bottom, width=ink.width, height=ink.height, mask="auto")

    def ink_in_box(self, ink: Ink, x: float, y: float, size: float) -> None:
        """A pen tick centred on a box whose top-left is (x, y)."""
        cx, cy = x + size / 2, self.h - y - size / 2
        self.c.drawImage(ImageReader(ink.image), cx - ink.width / 2, cy - ink.height / 2, width=ink.width,
                         height=ink.height, mask="auto")

    def mark(self) -> None:
        self.text(self.w - 18, self.h - 8, MARK, 5.5, "Helvetica", "r", grey=0.72)


PageFn = Callable[[Page], None]


def make_pdf(pages: list[PageFn], size: tuple[float, float] = letter, title: str = "") -> bytes:
    """A born-digital PDF: each function draws one page; every page carries the faint synthetic-test line."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    if title:
        c.setTitle(title)
    for draw in pages:
        page = Page(c, size)
        draw(page)
        page.mark()
        c.showPage()
    c.save()
    return buf.getvalue()


def overlay_pdf(base: bytes, overlays: dict[int, PageFn], mark_all: bool = True) -> bytes:
    """Stamp drawings (typed text over a flat form, a signature picture, the synthetic-test line) on a PDF."""
    reader = PdfReader(io.BytesIO(base))
    writer = PdfWriter(clone_from=reader)
    for index, page in enumerate(writer.pages):
        fn = overlays.get(index)
        if fn is None and not mark_all:
            continue
        size = (float(page.mediabox.width), float(page.mediabox.height))

        def draw(p: Page, fn: PageFn | None = fn) -> None:
            if fn is not None:
                fn(p)

        stamp = make_pdf([draw], size) if mark_all else _bare_pdf(draw, size)
        page.merge_page(PdfReader(io.BytesIO(stamp)).pages[0])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _bare_pdf(draw: PageFn, size: tuple[float, float]) -> bytes:
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=size, invariant=1)
    draw(Page(c, size))
    c.showPage()
    c.save()
    return buf.getvalue()


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


def concat(parts: list[tuple[bytes, int]]) -> bytes:
    """One PDF of the given (pdf, page index) pages, in order; a whole document in its own order is kept byte for
    byte (so a filled form keeps its AcroForm)."""
    if len({id(d) for d, _ in parts}) == 1 and [i for _, i in parts] == list(range(page_count(parts[0][0]))):
        return parts[0][0]
    writer = PdfWriter()
    readers: dict[int, PdfReader] = {}
    for data, index in parts:
        key = id(data)
        if key not in readers:
            readers[key] = PdfReader(io.BytesIO(data))
        writer.add_page(readers[key].pages[index])
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------------------
# paper: printing, scanning and faxing a born-digital page into a picture, and pictures back into a PDF
# ------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scanner:
    dpi: int = 300
    dpi_y: int | None = None  # fax fine mode: 204 x 196
    bilevel: bool = False
    skew: tuple[float, float] = (0.3, 1.2)  # degrees, drawn per page with a random sign
    noise: float = 5.0  # grey noise sigma
    paper: tuple[int, int] = (228, 244)  # the sheet's grey as scanned
    jpeg_quality: int = 72
    blur: float = 0.55
    threshold: int = 150
    header: str = ""  # a fax machine's line across the top of every page: may hold {page} and {pages}


def render_pages(data: bytes, dpi: int, dpi_y: int | None = None) -> list[Image.Image]:
    doc = pdfium.PdfDocument(data)
    doc.init_forms()
    images = []
    try:
        for index in range(len(doc)):
            page = doc[index]
            image = page.render(scale=dpi / 72, may_draw_forms=True, grayscale=True).to_pil().convert("L")
            if dpi_y and dpi_y != dpi:
                image = image.resize((image.width, round(image.height * dpi_y / dpi)), Image.Resampling.LANCZOS)
            images.append(image)
            page.close()
    finally:
        doc.close()
    return images


def scan_image(image: Image.Image, style: Scanner, rng: random.Random, page: int = 1, pages: int = 1) -> Image.Image:
    """Paper tone, uneven light, toner spread, a slight tilt, sensor noise and dust; a fax is then thresholded."""
    nrng = np.random.default_rng(rng.randrange(2**32))
    a = np.asarray(image, dtype=np.float32) / 255.0
    h, w = a.shape
    paper = rng.uniform(*style.paper)
    ink = rng.uniform(14, 38)
    light = (rng.uniform(-7, 7) * (np.arange(w, dtype=np.float32) / w - 0.5))[None, :] + \
        (rng.uniform(-7, 7) * (np.arange(h, dtype=np.float32) / h - 0.5))[:, None]
    out = ink + (paper - ink + light) * a
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if style.header:
        draw = ImageDraw.Draw(img)
        fnt = _font(FONT_DIR / "dejavu/DejaVuSansMono.ttf", max(10, int(style.dpi * 0.095)))
        draw.text((int(style.dpi * 0.25), int((style.dpi_y or style.dpi) * 0.08)),
                  style.header.format(page=page, pages=pages), font=fnt, fill=20)
    img = img.filter(ImageFilter.GaussianBlur(style.blur))
    angle = rng.uniform(*style.skew) * rng.choice((-1, 1))
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=int(paper - 18))
    a = np.asarray(img, dtype=np.float32)
    sigma = 18.0 if style.bilevel else style.noise
    a = a + nrng.standard_normal(a.shape, dtype=np.float32) * sigma
    n_dust = int(a.size * 0.00012)
    a.flat[nrng.integers(0, a.size, n_dust)] = nrng.uniform(30, 120, n_dust).astype(np.float32)
    if style.bilevel:
        bits = a > style.threshold
        n_flip = int(a.size * 0.0008)
        idx = nrng.integers(0, a.size, n_flip)
        bits.flat[idx] = ~bits.flat[idx]
        return Image.fromarray(bits.astype(np.uint8) * 255).convert("1")
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def images_to_pdf(images: list[Image.Image], style: Scanner) -> bytes:
    buf = io.BytesIO()
    first, *rest = images
    extra = {} if style.bilevel else {"quality": style.jpeg_quality}
    first.save(buf, "PDF", save_all=True, append_images=rest, dpi=(style.dpi, style.dpi_y or style.dpi),
               **extra, creationDate=FIXED_TIME, modDate=FIXED_TIME, producer="ScanSoft",
               title="", author="", subject="", keywords="", creator="")
    return buf.getvalue()


def scan_pages(pages: list[tuple[bytes, int]], style: Scanner, rng: random.Random) -> bytes:
    """Print the given born-digital pages and scan them (or fax them) as one image-only PDF."""
    rendered: dict[int, list[Image.Image]] = {}
    images = []
    for n, (data, index) in enumerate(pages, start=1):
        if id(data) not in rendered:
            rendered[id(data)] = render_pages(data, style.dpi, style.dpi_y)
        images.append(scan_image(rendered[id(data)][index], style, rng, n, len(pages)))
    return images_to_pdf(images, style)


# ------------------------------------------------------------------------------------------------------------
# what an application says: one structure for Form 710 and the servicers' own forms
# ------------------------------------------------------------------------------------------------------------

HARDSHIP_CODES = ("unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
                  "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation",
                  "other")
INCOME_CODES = ("wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
                "investment", "other")


@dataclass
class Application:
    loan: str
    borrower: Person
    co_borrower: Person | None
    address: Address
    occupancy: str
    hardships: list[str]
    hardship_start: dt.date | None
    duration: str  # short_term | long_term
    income: dict[str, Decimal]  # by income code, the amounts as written on the form (several lines summed)
    lines: dict[str, Decimal]  # the form's own lines when they differ from `income` (borrower / co-borrower)
    signed_on: dt.date | None  # the borrower's signature date (None: not signed or not dated)
    borrower_signs: bool
    co_signed_on: dt.date | None
    co_signs: bool
    hardship_note: str = ""
    assets: dict[str, Decimal] = field(default_factory=dict)

    @property
    def total(self) -> Decimal:
        return sum((v for v in self.income.values() if v > 0), Decimal("0.00"))

    def expected(self) -> dict[str, Any]:
        income = {code: float(v) for code, v in self.income.items() if v > 0}
        income["total"] = float(self.total)
        return {
            "loan_number": self.loan,
            "borrower_name": self.borrower.name,
            "co_borrower_name": self.co_borrower.name if self.co_borrower else None,
            "ssn_last4": self.borrower.last4,
            "property_address": self.address.one_line,
            "occupancy": self.occupancy,
            "hardship_types": sorted(self.hardships),
            "hardship_start_date": self.hardship_start.isoformat() if self.hardship_start else None,
            "income": income,
            "signed": bool(self.borrower_signs and self.signed_on),
            "signed_on": self.signed_on.isoformat() if (self.borrower_signs and self.signed_on) else None,
            "co_borrower_signed": (bool(self.co_signs and self.co_signed_on) if self.co_borrower else None),
        }


F710_HARDSHIP = dict(zip(HARDSHIP_CODES, (f"Checkbox_{n}" for n in range(41, 51)), strict=False))
F710_INCOME = dict(zip(INCOME_CODES, (f"Number_{n}" for n in range(2, 10)), strict=False))
F710_OCCUPANCY = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25",
                  "investment_property": "Checkbox_26"}


def form710(app: Application, rng: random.Random, typed_dates: bool, ink_signatures: bool,
            amount_style: str = "plain") -> bytes:
    """The real Form 710 filled through its AcroForm; the signatures are pen pictures stamped on page 4 (drawn on
    a screen, or signed in ink on the printout), the dates typed into their fields or written by hand."""
    b, co = app.borrower, app.co_borrower
    v: dict[str, str | bool] = {"Text_1": app.loan, "Text_2": b.name, "Text_3": b.last4, "Email_1": b.email,
                                "US_Phone_Number_1": b.phone, "Checkbox_1": True, "Checkbox_17": True,
                                "Checkbox_23": True, "Text_6": app.address.one_line, "Checkbox_27": True,
                                "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True}
    v[F710_OCCUPANCY[app.occupancy]] = True
    if co:
        v.update({"Text_4": co.name, "Text_5": co.last4, "US_Phone_Number_3": co.phone, "Checkbox_9": True})
    if app.hardship_start:
        v["Date_1"] = us(app.hardship_start)
    v["Checkbox_38" if app.duration == "short_term" else "Checkbox_39"] = True
    for code in app.hardships:
        v[F710_HARDSHIP[code]] = True
    if app.hardship_note:
        v["Text_9"] = app.hardship_note
    for code, amount in app.income.items():
        if amount > 0:
            v[F710_INCOME[code]] = f"{amount:,.2f}" if amount_style == "comma" else f"{amount:.2f}"
    for name, amount in zip(("Number_10", "Number_11"), app.assets.values(), strict=False):
        v[name] = f"{amount:.2f}"
    if typed_dates:
        if app.borrower_signs and app.signed_on:
            v["Date_3"] = us(app.signed_on)
        if co and app.co_signs and app.co_signed_on:
            v["Date_4"] = us(app.co_signed_on)
    filled = pdf_factory.form710_filled(v)
    colour = BLUE_INK if ink_signatures else BLACK_INK

    def page4(p: Page) -> None:
        # Signature_1 [145, 343, 396, 367], Date_3 [425, 343, 558, 358]; Signature_2 ... 305 ..., Date_4 ... 305
        for signs, person, when, y_field in ((app.borrower_signs, b, app.signed_on, 343),
                                             (co is not None and app.co_signs, co, app.co_signed_on, 305)):
            if not signs or person is None:
                continue
            p.ink(signature(person.name, 17, rng, colour), 160 + rng.uniform(0, 30), PH - y_field - 3)
            if not typed_dates and when:
                p.ink(pen_text(us(when), 11, rng, colour), 432 + rng.uniform(0, 10), PH - y_field - 3)

    return overlay_pdf(filled, {3: page4})


def _label(p: Page, x: float, y: float, s: str, size: float = 6.8) -> None:
    p.text(x, y, s, size, "Helvetica", grey=0.25)


def _answer(p: Page, x: float, y: float, s: str, size: float = 10.5) -> None:
    if s:
        p.text(x, y, s, size, "Courier")


def servicer_form_a(app: Application, rng: random.Random, pen: bool) -> bytes:
    """Pinecrest Harbor Loan Servicing, "Borrower Assistance Application" (PHLS-BAA 03/24): two pages, boxed cells
    with small captions, answers typed in Courier by the servicer's fillable copy, boxes typed with X; signed in ink."""
    b, co, a = app.borrower, app.co_borrower, app.address
    green = (0.13, 0.36, 0.30)

    def header(p: Page, n: int) -> None:
        p.colour_box(36, 30, 540, 42, green)
        p.colour_text(48, 50, "PINECREST HARBOR", (1, 1, 1), 15)
        p.colour_text(48, 64, "LOAN SERVICING", (1, 1, 1), 9, "Helvetica")
        p.colour_text(564, 50, "Borrower Assistance Application", (1, 1, 1), 13, align="r")
        p.colour_text(564, 64, "Home Retention Department  |  P.O. Box 4410, Tulsa, OK 74159", (1, 1, 1), 7.5,
                      "Helvetica", align="r")
        p.text(36, 770, "PHLS-BAA (03/24)", 7)
        p.text(576, 770, f"Page {n} of 2", 7, align="r")

    def cell(p: Page, x: float, y: float, w: float, h: float, cap: str, ans: str) -> None:
        p.box(x, y, w, h, 0.5)
        _label(p, x + 3, y + 8, cap)
        _answer(p, x + 5, y + h - 6, ans)

    def section(p: Page, y: float, title: str) -> None:
        p.colour_box(36, y, 540, 15, (0.86, 0.91, 0.88))
        p.text(42, y + 11, title, 9, "Helvetica-Bold")

    def page1(p: Page) -> None:
        header(p, 1)
        p.para(36, 92, "Complete every section, sign page 2 and return this application with the documents listed "
               "on the enclosed checklist. Keep a copy for your records. Questions? Call 1-800-555-0147, "
               "Monday - Friday, 8 a.m. - 8 p.m. Central.", 540, 8.5, 1.35)
        cell(p, 36, 118, 260, 30, "MORTGAGE ACCOUNT NUMBER", app.loan)
        cell(p, 296, 118, 280, 30, "SERVICER USE ONLY - DATE RECEIVED", "")
        section(p, 156, "SECTION 1 - WHO IS APPLYING")
        cell(p, 36, 176, 380, 30, "BORROWER - FULL NAME (first, middle, last)", b.name)
        cell(p, 416, 176, 160, 30, "LAST 4 OF SOCIAL SECURITY NO.", b.last4)
        cell(p, 36, 206, 260, 30, "HOME / CELL PHONE", b.phone)
        cell(p, 296, 206, 280, 30, "E-MAIL", b.email)
        cell(p, 36, 236, 380, 30, "CO-BORROWER - FULL NAME (if any)", co.name if co else "")
        cell(p, 416, 236, 160, 30, "LAST 4 OF SOCIAL SECURITY NO.", co.last4 if co else "")
        section(p, 274, "SECTION 2 - THE PROPERTY")
        cell(p, 36, 294, 540, 30, "ADDRESS OF THE MORTGAGED PROPERTY (street, city, state, ZIP)", a.one_line)
        cell(p, 36, 324, 540, 30, "MAILING ADDRESS, IF DIFFERENT", "")
        _label(p, 40, 368, "THIS PROPERTY IS MY:", 7.5)
        for x, code, word in ((150, "primary_residence", "Principal residence"),
                              (290, "second_home", "Second / vacation home"),
                              (440, "investment_property", "Rental / investment")):
            p.checkbox(x, 361, app.occupancy == code)
            p.text(x + 12, 368, word, 9)
        _label(p, 40, 386, "I WOULD LIKE TO:", 7.5)
        for x, word, on in ((150, "Keep my home", True), (290, "Sell my home", False), (440, "Not sure yet", False)):
            p.checkbox(x, 379, on)
            p.text(x + 12, 386, word, 9)
        section(p, 398, "SECTION 3 - YOUR HARDSHIP (check every reason that applies)")
        reasons = (("unemployment", "Job loss / unemployment"), ("reduction_in_income", "Reduced pay or hours"),
                   ("increase_in_housing_expenses", "Higher housing costs (taxes, insurance, HOA)"),
                   ("disaster", "Natural or declared disaster"),
                   ("disability_or_illness", "Illness, injury or disability (you or a dependent)"),
                   ("divorce_or_separation", "Divorce or legal separation"),
                   ("separation_unmarried", "Separation of unmarried co-owners"),
                   ("death", "Death of a borrower or household wage earner"),
                   ("relocation", "Job transfer / relocation over 50 miles"), ("other", "Other (explain below)"))
        for i, (code, word) in enumerate(reasons):
            x, y = (42 if i < 5 else 312), 429 + (i % 5) * 15
            p.checkbox(x, y - 7, code in app.hardships)
            p.text(x + 12, y, word, 9)
        cell(p, 36, 500, 270, 30, "DATE THE HARDSHIP BEGAN (mm/dd/yyyy)",
             us(app.hardship_start) if app.hardship_start else "")
        _label(p, 312, 508, "I EXPECT THE HARDSHIP TO LAST:", 7.5)
        p.checkbox(312, 515, app.duration == "short_term")
        p.text(324, 522, "6 months or less", 9)
        p.checkbox(430, 515, app.duration == "long_term")
        p.text(442, 522, "Longer than 6 months", 9)
        cell(p, 36, 530, 540, 30, "OTHER HARDSHIP - DESCRIBE", app.hardship_note)
        section(p, 568, "SECTION 4 - HOUSEHOLD MONTHLY INCOME (gross, before taxes)")
        rows = (("wages", "Wages / salary / overtime / tips"), ("self_employment", "Self-employment (net)"),
                ("unemployment", "Unemployment benefits"),
                ("benefits_taxable", "Social Security, pension, disability (taxable)"),
                ("benefits_nontaxable", "Non-taxable Social Security / disability"),
                ("rental", "Rental income (net of expenses)"), ("investment", "Investment / insurance income"),
                ("other", "Alimony / child support / other income"))
        y = 597
        for code, word in rows:
            p.text(42, y, word, 9)
            p.hline(360, 470, y + 2, 0.4)
            p.text(352, y, "$", 9)
            amount = app.income.get(code, Decimal(0))
            if amount > 0:
                p.text(466, y, money(amount), 10.5, "Courier", "r")
            y += 17
        p.text(42, y + 2, "TOTAL MONTHLY HOUSEHOLD INCOME", 9, "Helvetica-Bold")
        p.box(350, y - 10, 124, 16, 0.9)
        p.text(352, y + 2, "$", 9)
        p.text(466, y + 2, money(app.total), 10.5, "Courier-Bold", "r")

    def page2(p: Page) -> None:
        header(p, 2)
        section(p, 90, "SECTION 5 - ASSETS")
        y = 124
        for word, amount in (("Checking and savings accounts", app.assets.get("cash", Decimal(0))),
                             ("Stocks, bonds, CDs (not retirement)", Decimal(0))):
            p.text(42, y, word, 9)
            p.text(352, y, "$", 9)
            p.hline(360, 470, y + 2, 0.4)
            p.text(466, y, money(amount), 10.5, "Courier", "r")
            y += 18
        section(p, 170, "SECTION 6 - CERTIFICATION AND SIGNATURES")
        text = ("By signing below I certify that the information in this application is true and complete and that "
                "my hardship contributed to my difficulty paying my mortgage. I understand that Pinecrest Harbor "
                "Loan Servicing may verify the information, obtain my credit report, and contact me at any number "
                "or e-mail address I have given. I understand that knowingly submitting false information may "
                "violate federal law. I agree that Pinecrest Harbor is not obligated to offer me assistance based "
                "only on this application.")
        yy = p.para(42, 194, text, 528, 9, 1.45)
        for n, (who, person, signs, when) in enumerate(((
                "Borrower signature", b, app.borrower_signs, app.signed_on),
                ("Co-borrower signature", co, co is not None and app.co_signs, app.co_signed_on))):
            y = yy + 46 + n * 58
            p.hline(42, 360, y, 0.7)
            p.hline(390, 560, y, 0.7)
            _label(p, 42, y + 10, who.upper(), 7.2)
            _label(p, 390, y + 10, "DATE", 7.2)
            if signs and person:
                p.ink(signature(person.name, 17, rng, BLUE_INK if pen else BLACK_INK), 60, y - 2)
                if when:
                    if pen:
                        p.ink(pen_text(us(when), 11, rng), 400, y - 3)
                    else:
                        _answer(p, 400, y - 4, us(when))
        p.para(42, yy + 170, "Return to: Pinecrest Harbor Loan Servicing, Home Retention Department, P.O. Box 4410, "
               "Tulsa, OK 74159  |  Fax 1-888-555-0119  |  pinecrestharbor.example/help", 528, 8, 1.3)

    return make_pdf([page1, page2])


def servicer_form_b(app: Application, rng: random.Random) -> bytes:
    """Ridgeway Commons Mortgage, "Request for Mortgage Assistance" (RCM-RMA rev. 2025): questions on dotted
    rows with the answer after a colon, choices as ( X ) in parentheses, city / state / ZIP on a row of their own;
    typed, printed, signed and dated in ink."""
    b, co, a = app.borrower, app.co_borrower, app.address

    def head(p: Page, n: int) -> None:
        p.text(306, 46, "RIDGEWAY COMMONS MORTGAGE", 15, "Times-Bold", "c")
        p.text(306, 60, "Loss Mitigation  *  1450 Commerce Parkway, Suite 300  *  Omaha, NE 68154", 8, "Times-Roman",
               "c")
        p.hline(54, 558, 68, 1.4)
        p.text(306, 88, "REQUEST FOR MORTGAGE ASSISTANCE", 12.5, "Times-Bold", "c")
        p.text(558, 770, f"RCM-RMA (rev. 2025)   {n}/2", 7.5, "Times-Roman", "r")

    def row(p: Page, y: float, label: str, ans: str, x: float = 60, lx: float = 230) -> None:
        p.text(x, y, label, 10, "Times-Roman")
        p.text(lx - 8, y, ":", 10, "Times-Roman")
        p.hline(lx, 556, y + 2, 0.3, 0.5)
        if ans:
            p.text(lx + 4, y, ans, 10.5, "Helvetica")

    def choice(p: Page, x: float, y: float, on: bool, word: str) -> float:
        p.text(x, y, "(   )", 10, "Times-Roman")
        if on:
            p.text(x + 6.3, y, "X", 10, "Helvetica-Bold")
        p.text(x + 20, y, word, 10, "Times-Roman")
        return x + 26 + p.c.stringWidth(word, "Times-Roman", 10)

    def page1(p: Page) -> None:
        head(p, 1)
        p.text(60, 112, "PART A.  APPLICANT AND PROPERTY", 10.5, "Times-Bold")
        row(p, 132, "Loan No.", app.loan)
        row(p, 150, "Applicant (full name)", b.name)
        row(p, 168, "SSN (last four)", b.last4)
        row(p, 186, "Daytime telephone", b.phone)
        row(p, 204, "Co-applicant (full name)", co.name if co else "")
        row(p, 222, "Co-applicant SSN (last four)", co.last4 if co else "")
        row(p, 240, "Property street address", a.street)
        row(p, 258, "City / State / ZIP", f"{a.city}, {a.state} {a.zip}")
        p.text(60, 282, "Occupancy", 10, "Times-Roman")
        p.text(222, 282, ":", 10, "Times-Roman")
        x = 232
        for code, word in (("primary_residence", "Primary home (owner-occupied)"), ("second_home", "Second home"),
                           ("investment_property", "Rental / investment")):
            x = choice(p, x, 282, app.occupancy == code, word)
        p.text(60, 318, "PART B.  HARDSHIP", 10.5, "Times-Bold")
        p.text(60, 336, "Mark every reason that applies to your situation:", 10, "Times-Italic")
        reasons = (("unemployment", "Loss of employment"), ("reduction_in_income", "Reduction in income or hours"),
                   ("increase_in_housing_expenses", "Increased housing expenses"),
                   ("disaster", "Disaster (natural or man-made)"),
                   ("disability_or_illness", "Disability or serious illness"),
                   ("divorce_or_separation", "Divorce / legal separation"),
                   ("separation_unmarried", "Separation - borrowers not married"),
                   ("death", "Death of borrower or wage earner"),
                   ("relocation", "Distant employment transfer"), ("other", "Other"))
        for i, (code, word) in enumerate(reasons):
            choice(p, 70 if i % 2 == 0 else 320, 356 + (i // 2) * 17, code in app.hardships, word)
        row(p, 452, "Hardship start date (mm/dd/yyyy)",
            us(app.hardship_start) if app.hardship_start else "", lx=250)
        p.text(60, 472, "Expected duration", 10, "Times-Roman")
        p.text(242, 472, ":", 10, "Times-Roman")
        x = choice(p, 252, 472, app.duration == "short_term", "Short-term (6 months or less)")
        choice(p, x + 4, 472, app.duration == "long_term", "Long-term / permanent")
        row(p, 492, "If other, explain", app.hardship_note)
        p.text(60, 528, "PART C.  MONTHLY GROSS INCOME", 10.5, "Times-Bold")
        rows = (("wages", "Wages and salary (gross)"), ("self_employment", "Self-employment income"),
                ("unemployment", "Unemployment compensation"),
                ("benefits_taxable", "Taxable Social Security / pension / disability"),
                ("benefits_nontaxable", "Non-taxable Social Security / disability"), ("rental", "Net rental income"),
                ("investment", "Investment / insurance income"), ("other", "Child support / alimony / other"))
        y = 548
        for code, word in rows:
            p.text(70, y, word, 10, "Times-Roman")
            p.text(360, y, "$", 10, "Times-Roman")
            p.hline(368, 470, y + 2, 0.3, 0.5)
            amount = app.income.get(code, Decimal(0))
            if amount > 0:
                p.text(468, y, money(amount), 10.5, "Helvetica", "r")
            y += 17
        p.hline(360, 470, y - 8, 0.8)
        p.text(70, y + 4, "Total monthly gross income", 10, "Times-Bold")
        p.text(360, y + 4, "$", 10, "Times-Bold")
        p.text(468, y + 4, money(app.total), 10.5, "Helvetica-Bold", "r")

    def page2(p: Page) -> None:
        head(p, 2)
        p.text(60, 112, "PART D.  ACKNOWLEDGMENT AND AGREEMENT", 10.5, "Times-Bold")
        items = ("All of the information in this request is truthful and the hardship I described contributed to my "
                 "need for mortgage relief.",
                 "I will provide all required documents and respond to Ridgeway Commons Mortgage in a timely manner.",
                 "Ridgeway Commons Mortgage is not obligated to offer me assistance based solely on this request.",
                 "I consent to Ridgeway Commons Mortgage obtaining a current credit report for each applicant.",
                 "I consent to being contacted about this request at any telephone number or e-mail address I have "
                 "provided, including a mobile telephone number.")
        y = 134
        for n, item in enumerate(items, start=1):
            p.text(66, y, f"{n}.", 10, "Times-Roman")
            y = p.para(82, y, item, 470, 10, 1.35, "Times-Roman") + 6
        y += 30
        for who, person, signs, when in (("Applicant", b, app.borrower_signs, app.signed_on),
                                         ("Co-applicant", co, co is not None and app.co_signs, app.co_signed_on)):
            p.text(60, y, f"{who}'s signature", 10, "Times-Roman")
            p.hline(170, 400, y + 2, 0.6)
            p.text(414, y, "Date", 10, "Times-Roman")
            p.hline(440, 556, y + 2, 0.6)
            if signs and person:
                p.ink(signature(person.name, 16, rng, BLACK_INK), 180, y)
                if when:
                    p.ink(pen_text(us(when), 11, rng, BLACK_INK), 446, y - 1)
            y += 44
        p.text(60, y + 20, "Send this request with your documents to loss.mit@ridgewaycommons.example or fax "
               "(402) 555-0188.", 9.5, "Times-Italic")

    return make_pdf([page1, page2])


def servicer_form_c(app: Application, rng: random.Random, co_lines: dict[str, tuple[Decimal, Decimal]]) -> bytes:
    """Lakemont Savings Bank, "Homeowner Retention Application" (LSB 7710): borrower and co-borrower answered side by
    side in two columns, income by person with a column total and a household total, typed check marks; both sign
    and date in ink on page 2."""
    b, co, a = app.borrower, app.co_borrower, app.address
    navy = (0.10, 0.17, 0.36)

    def head(p: Page, n: int) -> None:
        p.colour_text(40, 46, "Lakemont Savings Bank", navy, 17, "Times-Bold")
        p.text(40, 60, "Home Loan Servicing  -  Homeowner Support Team", 8.5, "Helvetica", grey=0.3)
        p.text(572, 44, "HOMEOWNER RETENTION", 12, "Helvetica-Bold", "r")
        p.text(572, 58, "APPLICATION", 12, "Helvetica-Bold", "r")
        p.hline(40, 572, 68, 2.0)
        p.text(40, 772, "LSB 7710  (10/2025)", 7)
        p.text(572, 772, f"page {n} of 2", 7, align="r")

    def band(p: Page, y: float, title: str) -> None:
        p.colour_box(40, y, 532, 14, navy)
        p.colour_text(46, y + 10.5, title, (1, 1, 1), 9)

    def tick_box(p: Page, x: float, y: float, on: bool, word: str) -> None:
        p.box(x, y - 8, 9, 9, 0.7)
        if on:
            c = p.c
            c.setLineWidth(1.5)
            path = c.beginPath()
            path.moveTo(x + 1.8, p.h - (y - 4))
            path.lineTo(x + 3.8, p.h - (y - 1.2))
            path.lineTo(x + 8.2, p.h - (y - 8.6))
            c.drawPath(path, stroke=1, fill=0)
        p.text(x + 13, y, word, 8.8)

    def page1(p: Page) -> None:
        head(p, 1)
        p.text(40, 88, "Loan number", 8.5, "Helvetica-Bold")
        p.box(110, 78, 150, 15, 0.6)
        p.text(115, 89, app.loan, 10.5, "Helvetica")
        band(p, 102, "1.  APPLICANTS")
        p.text(200, 128, "BORROWER", 8.5, "Helvetica-Bold")
        p.text(410, 128, "CO-BORROWER", 8.5, "Helvetica-Bold")
        rows = (("Full name", b.name, co.name if co else ""), ("Social Security No. (last 4)", b.last4,
                                                               co.last4 if co else ""),
                ("Phone", b.phone, co.phone if co else ""), ("E-mail", b.email, co.email if co else ""),
                ("Employer (if employed)", "", ""))
        y = 146
        for label, left, right in rows:
            p.text(46, y, label, 8.5)
            p.hline(196, 392, y + 3, 0.4, 0.4)
            p.hline(406, 572, y + 3, 0.4, 0.4)
            p.text(200, y, left, 10)
            p.text(410, y, right, 10)
            y += 19
        band(p, 246, "2.  PROPERTY")
        p.text(46, 276, "Property address", 8.5)
        p.hline(130, 572, 279, 0.4, 0.4)
        p.text(134, 276, a.one_line, 10)
        p.text(46, 298, "Occupancy", 8.5)
        x = 130
        for code, word in (("primary_residence", "I live here (primary residence)"),
                           ("second_home", "Second home"), ("investment_property", "Investment / rental")):
            tick_box(p, x, 298, app.occupancy == code, word)
            x += 150
        band(p, 314, "3.  HARDSHIP")
        p.text(46, 342, "Hardship began on", 8.5)
        p.hline(130, 250, 345, 0.4, 0.4)
        p.text(134, 342, us(app.hardship_start) if app.hardship_start else "", 10)
        tick_box(p, 280, 342, app.duration == "short_term", "Temporary (6 months or less)")
        tick_box(p, 430, 342, app.duration == "long_term", "Long-term / permanent")
        reasons = (("unemployment", "Unemployment"), ("reduction_in_income", "Reduction in income"),
                   ("increase_in_housing_expenses", "Increase in housing expenses"), ("disaster", "Disaster"),
                   ("disability_or_illness", "Disability / serious illness"),
                   ("divorce_or_separation", "Divorce or legal separation"),
                   ("separation_unmarried", "Separation (not married)"), ("death", "Death in household"),
                   ("relocation", "Employment relocation"), ("other", "Other hardship"))
        for i, (code, word) in enumerate(reasons):
            tick_box(p, 46 + (i % 3) * 176, 366 + (i // 3) * 17, code in app.hardships, word)
        band(p, 440, "4.  MONTHLY GROSS INCOME")
        p.text(300, 464, "Borrower", 8.5, "Helvetica-Bold", "r")
        p.text(400, 464, "Co-borrower", 8.5, "Helvetica-Bold", "r")
        p.text(500, 464, "Total", 8.5, "Helvetica-Bold", "r")
        rows = (("wages", "Wages, salary, tips, overtime"), ("self_employment", "Self-employment"),
                ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Taxable SS / pension / disability"),
                ("benefits_nontaxable", "Non-taxable SS / disability"), ("rental", "Rental income"),
                ("investment", "Investment / insurance"), ("other", "Other (alimony, support, other)"))
        y = 482
        sums = [Decimal(0), Decimal(0)]
        for code, word in rows:
            p.text(46, y, word, 8.8)
            left, right = co_lines.get(code, (Decimal(0), Decimal(0)))
            for xr, amount in ((300, left), (400, right), (500, left + right)):
                p.hline(xr - 70, xr + 2, y + 3, 0.4, 0.4)
                if amount > 0:
                    p.text(xr, y, money(amount), 9.5, "Helvetica", "r")
            sums[0] += left
            sums[1] += right
            y += 17
        p.hline(230, 502, y - 9, 0.9)
        p.text(46, y + 3, "Total monthly income", 8.8, "Helvetica-Bold")
        for xr, amount in ((300, sums[0]), (400, sums[1]), (500, sums[0] + sums[1])):
            p.text(xr, y + 3, money(amount), 9.5, "Helvetica-Bold", "r")

    def page2(p: Page) -> None:
        head(p, 2)
        band(p, 84, "5.  CERTIFICATION")
        text = ("Each of us certifies that the information in this application is true and correct, that the "
                "hardship described caused our difficulty in making our mortgage payments, and that we will provide "
                "the documents Lakemont Savings Bank requests. We authorize Lakemont Savings Bank to obtain our credit "
                "reports and to verify any information given. We understand that we are not guaranteed an offer of "
                "assistance, and that knowingly false statements may violate federal law (18 U.S.C. 1001 and 1014).")
        y = p.para(46, 112, text, 520, 9.2, 1.45)
        for who, person, signs, when in (("Borrower", b, app.borrower_signs, app.signed_on),
                                         ("Co-borrower", co, co is not None and app.co_signs, app.co_signed_on)):
            y += 44
            p.hline(46, 350, y, 0.7)
            p.hline(380, 560, y, 0.7)
            p.text(46, y + 11, f"{who} signature", 8)
            p.text(380, y + 11, "Date signed", 8)
            if signs and person:
                p.ink(signature(person.name, 16, rng, BLACK_INK), 62, y - 2)
                if when:
                    p.ink(pen_text(us(when), 11, rng, BLACK_INK), 392, y - 3)
        p.para(46, y + 60, "Mail to Lakemont Savings Bank, Homeowner Support, 88 Shoreline Drive, Erie, PA 16507, "
               "or upload at lakemontsavings.example/homeowner. Questions: 1-866-555-0172.", 520, 8.5, 1.3)

    return make_pdf([page1, page2])


# ------------------------------------------------------------------------------------------------------------
# pay: a year of paychecks, so every stub's year-to-date adds up
# ------------------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    earnings: list[tuple[str, Decimal | None, Decimal | None, Decimal]]  # label, hours, rate, amount
    deductions: list[tuple[str, Decimal]]
    gross: Decimal = Decimal(0)
    net: Decimal = Decimal(0)
    ytd_gross: Decimal = Decimal(0)
    ytd_net: Decimal = Decimal(0)
    ytd_earn: dict[str, Decimal] = field(default_factory=dict)
    ytd_ded: dict[str, Decimal] = field(default_factory=dict)
    ytd_hours: Decimal = Decimal(0)


def schedule(frequency: str, year: int, until: dt.date, anchor: dt.date | None = None, lag: int = 6) -> list[
        tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check paid in `year` up to `until`."""
    out = []
    if frequency in ("weekly", "biweekly"):
        step = 7 if frequency == "weekly" else 14
        pay = anchor or dt.date(year, 1, 2)
        while pay.year == year and pay <= until:
            end = pay - dt.timedelta(days=lag)
            out.append((pay, end - dt.timedelta(days=step - 1), end))
            pay += dt.timedelta(days=step)
    elif frequency == "semimonthly":
        for month in range(1, 13):
            for start, end in ((dt.date(year, month, 1), dt.date(year, month, 15)),
                               (dt.date(year, month, 16), month_end(year, month))):
                pay = end
                while pay.weekday() >= 5:
                    pay -= dt.timedelta(days=1)
                if pay <= until:
                    out.append((pay, start, end))
    elif frequency == "monthly":
        for month in range(1, 13):
            end = month_end(year, month)
            pay = end
            while pay.weekday() >= 5:
                pay -= dt.timedelta(days=1)
            if pay <= until:
                out.append((pay, dt.date(year, month, 1), end))
    return out


def paychecks(dates: list[tuple[dt.date, dt.date, dt.date]],
              earn: Callable[[int], list[tuple[str, Decimal | None, Decimal | None, Decimal]]],
              deduct: Callable[[Decimal], list[tuple[str, Decimal]]]) -> list[Check]:
    checks: list[Check] = []
    ytd_gross = ytd_net = ytd_hours = Decimal(0)
    ytd_earn: dict[str, Decimal] = {}
    ytd_ded: dict[str, Decimal] = {}
    for i, (pay, start, end) in enumerate(dates):
        earnings = earn(i)
        gross = sum((e[3] for e in earnings), Decimal(0))
        deductions = deduct(gross)
        net = gross - sum((d[1] for d in deductions), Decimal(0))
        ytd_gross += gross
        ytd_net += net
        ytd_hours += sum((e[1] for e in earnings if e[1] is not None and not e[0].endswith("Diff")), Decimal(0))
        for label, _, _, amount in earnings:
            ytd_earn[label] = ytd_earn.get(label, Decimal(0)) + amount
        for label, amount in deductions:
            ytd_ded[label] = ytd_ded.get(label, Decimal(0)) + amount
        checks.append(Check(pay, start, end, earnings, deductions, gross, net, ytd_gross, ytd_net, dict(ytd_earn),
                            dict(ytd_ded), ytd_hours))
    return checks


def taxes(rate_fed: float, rate_state: float, pretax: Decimal = Decimal(0), social_security: bool = True,
          state_label: str = "State Income Tax") -> Callable[[Decimal], list[tuple[str, Decimal]]]:
    def deduct(gross: Decimal) -> list[tuple[str, Decimal]]:
        taxable = gross - pretax
        out = [("Federal Income Tax", D(taxable * Decimal(str(rate_fed))))]
        if social_security:
            out.append(("Social Security", D(gross * Decimal("0.062"))))
        out.append(("Medicare", D(gross * Decimal("0.0145"))))
        out.append((state_label, D(taxable * Decimal(str(rate_state)))))
        return out
    return deduct


def stub_fields(employer: str, person: Person, check: Check, frequency: str, show_ytd: bool = True) -> dict:
    return {"employer": employer, "employee_name": person.name, "pay_date": check.pay_date.isoformat(),
            "period_start": check.start.isoformat(), "period_end": check.end.isoformat(), "frequency": frequency,
            "gross_current": float(check.gross), "gross_ytd": float(check.ytd_gross) if show_ytd else None,
            "net_current": float(check.net), "monthly_gross": float(monthly_from(check.gross, frequency))}


def _hrs(v: Decimal | None) -> str:
    return "" if v is None else f"{v:.2f}"


def _rate(v: Decimal | None) -> str:
    if v is None:
        return ""
    text = f"{v:.3f}"
    return text[:-1] if text.endswith("0") else text


def stub_hospital(employer: str, person: Person, addr: Address, check: Check, extra: dict) -> bytes:
    """A hospital's bi-weekly "Earnings Statement": a teal title band, a grid of employee facts, earnings by pay
    code with hours, rate, current and YTD, deductions split pre-tax / taxes / after-tax, a totals strip."""
    teal = (0.0, 0.42, 0.45)

    def draw(p: Page) -> None:
        p.colour_box(36, 36, 540, 46, teal)
        p.colour_text(48, 56, employer.upper(), (1, 1, 1), 13)
        p.colour_text(48, 71, "Human Resources & Payroll  -  2200 Aldric Parkway, " + extra["city"], (1, 1, 1), 8,
                      "Helvetica")
        p.colour_text(564, 56, "Earnings Statement", (1, 1, 1), 13, align="r")
        p.colour_text(564, 71, "Keep for your records", (1, 1, 1), 8, "Helvetica", align="r")
        facts = (("Employee", person.name), ("Employee ID", extra["emp_id"]),
                 ("Department", extra["dept"]), ("Job Title", extra["job"]),
                 ("Pay Frequency", "Biweekly"), ("Pay Group", "BW1 - Hourly"),
                 ("Period Begin", us(check.start)), ("Period End", us(check.end)),
                 ("Check Date", us(check.pay_date)), ("Advice No.", extra["advice"]),
                 ("SSN", person.masked_ssn), ("Base Rate", f"${extra['rate']:.2f}/hr"))
        for i, (k, v) in enumerate(facts):
            col, row = i % 3, i // 3
            x, y = 36 + col * 180, 96 + row * 26
            p.box(x, y, 180, 26, 0.4, stroke_grey=0.6)
            p.text(x + 4, y + 9, k, 6.8, grey=0.35)
            p.text(x + 4, y + 21, v, 9.2, "Helvetica-Bold" if k in ("Employee", "Check Date") else "Helvetica")
        y = 218
        p.colour_box(36, y, 540, 14, (0.85, 0.93, 0.93))
        for x, s, al in ((40, "Code", "l"), (80, "Earnings", "l"), (300, "Hours", "r"), (370, "Rate", "r"),
                         (470, "Current", "r"), (570, "YTD", "r")):
            p.text(x, y + 10, s, 8, "Helvetica-Bold", al)
        y += 28
        codes = {"Regular": "REG", "Evening Diff": "EVD", "Weekend Diff": "WKD", "Overtime": "OT"}
        for label, hours, rate, amount in check.earnings:
            p.text(40, y, codes.get(label, "OTH"), 8.5)
            p.text(80, y, label, 8.5)
            p.text(300, y, _hrs(hours), 8.5, align="r")
            p.text(370, y, _rate(rate), 8.5, align="r")
            p.text(470, y, money(amount), 8.5, align="r")
            p.text(570, y, money(check.ytd_earn[label]), 8.5, align="r")
            y += 13
        p.hline(36, 576, y - 8, 0.5)
        p.text(80, y + 2, "Gross Earnings", 8.8, "Helvetica-Bold")
        p.text(470, y + 2, money(check.gross), 8.8, "Helvetica-Bold", "r")
        p.text(570, y + 2, money(check.ytd_gross), 8.8, "Helvetica-Bold", "r")
        y += 26
        p.colour_box(36, y - 10, 540, 14, (0.85, 0.93, 0.93))
        for x, s, al in ((40, "Deductions", "l"), (300, "Type", "l"), (470, "Current", "r"), (570, "YTD", "r")):
            p.text(x, y, s, 8, "Helvetica-Bold", al)
        y += 16
        for label, amount in check.deductions:
            kind = "Pre-tax" if label.startswith(("403", "Medical", "Dental")) else "Tax"
            p.text(40, y, label, 8.5)
            p.text(300, y, kind, 8.5)
            p.text(470, y, money(amount), 8.5, align="r")
            p.text(570, y, money(check.ytd_ded[label]), 8.5, align="r")
            y += 13
        y += 14
        heads = ("", "Gross", "Deductions", "Net Pay")
        vals = (("Current", check.gross, check.gross - check.net, check.net),
                ("Year to Date", check.ytd_gross, check.ytd_gross - check.ytd_net, check.ytd_net))
        for i, h in enumerate(heads):
            p.box(36 + i * 135, y, 135, 16, 0.5, fill=0.88)
            p.text(36 + i * 135 + 67, y + 11, h, 8.5, "Helvetica-Bold", "c")
        for r, row in enumerate(vals):
            yy = y + 16 + r * 16
            for i, v in enumerate(row):
                p.box(36 + i * 135, yy, 135, 16, 0.5)
                s = v if isinstance(v, str) else money(v)
                p.text(36 + i * 135 + (6 if i == 0 else 129), yy + 11, s, 9,
                       "Helvetica-Bold" if i == 3 else "Helvetica", "l" if i == 0 else "r")
        y += 70
        p.text(36, y, f"Net pay deposited to checking account ending {extra['acct']}:  {money(check.net, True)}", 8.5)
        p.text(36, y + 13, f"PTO balance: {extra['pto']} hrs     Sick balance: {extra['sick']} hrs", 8.5)
        p.text(306, 740, "THIS IS NOT A CHECK - NON-NEGOTIABLE", 8, "Helvetica-Bold", "c")

    return make_pdf([draw])


def stub_school(employer: str, person: Person, addr: Address, check: Check, extra: dict) -> bytes:
    """A school district's monthly "Employee Pay Advice" for a classified employee: the district's seal-like circle,
    a two-column header of facts, earnings and deductions in side-by-side tables, retirement instead of Social
    Security."""

    def draw(p: Page) -> None:
        p.c.setLineWidth(1.2)
        p.c.circle(66, PH - 66, 24)
        p.text(66, 63, "WBUSD", 7.5, "Helvetica-Bold", "c")
        p.text(66, 72, "EST. 1921", 5.5, "Helvetica", "c")
        p.text(100, 56, employer, 14, "Times-Bold")
        p.text(100, 70, "Business Services - Payroll Office  |  " + extra["district_addr"], 8, "Times-Roman")
        p.text(100, 82, "EMPLOYEE PAY ADVICE", 11, "Helvetica-Bold")
        p.hline(36, 576, 98, 1.0)
        left = (("Employee Name", person.name), ("Employee No.", extra["emp_id"]), ("Position", extra["job"]),
                ("Site", extra["site"]))
        right = (("Pay Date", us(check.pay_date)), ("Pay Period", f"{us(check.start)} - {us(check.end)}"),
                 ("Pay Frequency", "Monthly"), ("Retirement System", "SERS"))
        for i, ((k1, v1), (k2, v2)) in enumerate(zip(left, right, strict=False)):
            y = 116 + i * 15
            p.text(40, y, k1 + ":", 9, "Helvetica-Bold")
            p.text(130, y, v1, 9.5)
            p.text(330, y, k2 + ":", 9, "Helvetica-Bold")
            p.text(430, y, v2, 9.5)
        y = 190
        p.box(36, y, 266, 16, 0.6, fill=0.85)
        p.box(310, y, 266, 16, 0.6, fill=0.85)
        p.text(42, y + 11, "EARNINGS", 8.5, "Helvetica-Bold")
        p.text(216, y + 11, "CURRENT", 8, "Helvetica-Bold", "r")
        p.text(296, y + 11, "YTD", 8, "Helvetica-Bold", "r")
        p.text(316, y + 11, "DEDUCTIONS", 8.5, "Helvetica-Bold")
        p.text(490, y + 11, "CURRENT", 8, "Helvetica-Bold", "r")
        p.text(570, y + 11, "YTD", 8, "Helvetica-Bold", "r")
        p.box(36, y + 16, 266, 150, 0.6)
        p.box(310, y + 16, 266, 150, 0.6)
        yy = y + 32
        for label, _hours, _rate, amount in check.earnings:
            p.text(42, yy, label, 8.8)
            p.text(216, yy, money(amount), 8.8, align="r")
            p.text(296, yy, money(check.ytd_earn[label]), 8.8, align="r")
            yy += 14
        yy = y + 32
        for label, amount in check.deductions:
            p.text(316, yy, label, 8.8)
            p.text(490, yy, money(amount), 8.8, align="r")
            p.text(570, yy, money(check.ytd_ded[label]), 8.8, align="r")
            yy += 14
        y += 186
        p.box(36, y, 540, 44, 0.9)
        for i, (k, cur, ytd) in enumerate((("GROSS PAY", check.gross, check.ytd_gross),
                                           ("TOTAL DEDUCTIONS", check.gross - check.net,
                                            check.ytd_gross - check.ytd_net),
                                           ("NET PAY", check.net, check.ytd_net))):
            x = 36 + i * 180
            p.text(x + 90, y + 13, k, 8.5, "Helvetica-Bold", "c")
            p.text(x + 90, y + 27, money(cur, True), 11, "Helvetica-Bold", "c")
            p.text(x + 90, y + 39, f"YTD {money(ytd)}", 8, "Helvetica", "c")
        y += 66
        p.text(40, y, f"Direct deposit: {extra['bank']} ....{extra['acct']}   {money(check.net, True)}", 9)
        p.text(40, y + 14, "Leave balances - Sick: " + extra["sick"] + " hrs   Personal: 16.00 hrs", 9)
        p.para(40, y + 40, "Questions about this advice? Contact the Payroll Office at (555) 014-2290 or "
               "payroll@wbusd.example. Please allow 2 business days for deposits to post.", 520, 8.5)

    return make_pdf([draw])


def stub_trucking(employer: str, person: Person, addr: Address, check: Check, extra: dict) -> bytes:
    """A trucking company's weekly "Driver Pay Statement": a settlement week, a trip table with miles and rate, other
    pay, deductions and the week's gross / net beside the year's."""

    def draw(p: Page) -> None:
        p.text(40, 50, employer, 16, "Helvetica-BoldOblique")
        p.text(40, 64, extra["hq"], 8.5)
        p.text(40, 75, "Driver Payroll  (800) 555-0163", 8.5)
        p.box(380, 36, 196, 50, 1.0)
        p.text(478, 52, "DRIVER PAY STATEMENT", 10.5, "Helvetica-Bold", "c")
        p.text(388, 67, "Pay Date:", 8.5)
        p.text(568, 67, us(check.pay_date), 9.5, "Helvetica-Bold", "r")
        p.text(388, 80, "Frequency:", 8.5)
        p.text(568, 80, "Weekly", 9.5, "Helvetica", "r")
        p.hline(36, 576, 96, 0.8)
        facts = (("Driver", person.name), ("Driver No.", extra["driver_no"]), ("Truck", extra["truck"]),
                 ("Settlement week", f"{us(check.start)} to {us(check.end)}"), ("Home terminal", extra["terminal"]))
        for i, (k, v) in enumerate(facts):
            x = 40 if i < 3 else 320
            y = 112 + (i % 3) * 14
            p.text(x, y, k, 8.5, "Helvetica-Bold")
            p.text(x + 92, y, v, 9)
        y = 170
        p.text(40, y, "TRIPS", 9, "Helvetica-Bold")
        y += 6
        heads = ((40, "Trip #", "l"), (100, "Origin", "l"), (220, "Destination", "l"), (400, "Loaded mi", "r"),
                 (460, "Empty mi", "r"), (570, "Pay", "r"))
        p.box(36, y, 540, 14, 0.5, fill=0.9)
        for x, s, al in heads:
            p.text(x, y + 10, s, 8, "Helvetica-Bold", al)
        y += 26
        for trip in extra["trips"]:
            for (x, _, al), s in zip(heads, trip, strict=False):
                p.text(x, y, s, 8.5, align=al)
            y += 13
        y += 12
        p.text(40, y, "EARNINGS", 9, "Helvetica-Bold")
        p.text(400, y, "This Week", 8.5, "Helvetica-Bold", "r")
        p.text(490, y, "Year to Date", 8.5, "Helvetica-Bold", "r")
        y += 14
        for label, hours, rate, amount in check.earnings:
            detail = f"  ({hours:,.0f} mi @ ${rate:.3f})" if label == "Mileage pay" and hours else (
                f"  ({hours:.0f} @ ${rate:.2f})" if hours else "")
            p.text(44, y, label + detail, 8.8)
            p.text(400, y, money(amount), 8.8, align="r")
            p.text(490, y, money(check.ytd_earn[label]), 8.8, align="r")
            y += 13
        p.hline(300, 500, y - 8, 0.6)
        p.text(44, y + 2, "GROSS EARNINGS", 9, "Helvetica-Bold")
        p.text(400, y + 2, money(check.gross), 9, "Helvetica-Bold", "r")
        p.text(490, y + 2, money(check.ytd_gross), 9, "Helvetica-Bold", "r")
        y += 26
        p.text(40, y, "DEDUCTIONS", 9, "Helvetica-Bold")
        y += 14
        for label, amount in check.deductions:
            p.text(44, y, label, 8.8)
            p.text(400, y, money(amount), 8.8, align="r")
            p.text(490, y, money(check.ytd_ded[label]), 8.8, align="r")
            y += 13
        y += 10
        p.box(300, y, 276, 22, 1.0, fill=0.92)
        p.text(310, y + 15, "NET PAY THIS WEEK", 9.5, "Helvetica-Bold")
        p.text(566, y + 15, money(check.net, True), 11, "Helvetica-Bold", "r")
        p.text(40, y + 15, f"Deposited to acct ****{extra['acct']}", 8.5)
        p.para(40, y + 50, "Settlement questions must be raised with Driver Payroll within 14 days of the pay date. "
               "Per diem is not included in gross earnings.", 520, 8)

    return make_pdf([draw])


def stub_restaurant(employer: str, person: Person, addr: Address, check: Check, extra: dict) -> bytes:
    """A restaurant chain's bi-weekly stub printed by a payroll service: the service's mark in a corner, the company
    and location, a two-row summary of Gross / Taxes / Deductions / Net, hours and tips."""

    def draw(p: Page) -> None:
        p.text(40, 48, employer, 14, "Helvetica-Bold")
        p.text(40, 61, f"Location {extra['store']}  -  {extra['store_addr']}", 8.5)
        p.text(572, 46, "clearpay", 13, "Helvetica-BoldOblique", "r")
        p.text(572, 57, "payroll services", 7, "Helvetica", "r")
        p.hline(36, 576, 72, 0.5, 0.5)
        p.text(40, 92, person.name, 11, "Helvetica-Bold")
        p.text(40, 105, addr.street, 9)
        p.text(40, 117, addr.city_line, 9)
        rows = (("Pay date", us(check.pay_date)), ("Pay period", f"{us(check.start)} - {us(check.end)}"),
                ("Pay schedule", "Every two weeks"), ("Employee ID", extra["emp_id"]),
                ("Position", extra["job"]))
        for i, (k, v) in enumerate(rows):
            p.text(360, 88 + i * 12, k, 8.5, grey=0.35)
            p.text(572, 88 + i * 12, v, 8.8, align="r")
        y = 160
        cols = ("", "Gross pay", "Taxes", "Deductions", "Net pay")
        is_tax = lambda label: "Tax" in label or label in ("Social Security", "Medicare")  # noqa: E731
        tax = sum((a for label, a in check.deductions if is_tax(label)), Decimal(0))
        ded = check.gross - check.net - tax
        ytd_tax = sum((check.ytd_ded[label] for label, _ in check.deductions if is_tax(label)), Decimal(0))
        ytd_ded = check.ytd_gross - check.ytd_net - ytd_tax
        for i, cname in enumerate(cols):
            p.text(40 + i * 108 + (0 if i == 0 else 100), y, cname, 8.5, "Helvetica-Bold", "l" if i == 0 else "r")
        for r, (label, vals) in enumerate((("This period", (check.gross, tax, ded, check.net)),
                                           ("Year to date", (check.ytd_gross, ytd_tax, ytd_ded, check.ytd_net)))):
            yy = y + 16 + r * 15
            p.text(40, yy, label, 9)
            for i, v in enumerate(vals, start=1):
                p.text(40 + i * 108 + 100, yy, money(v), 9.5, "Helvetica-Bold" if i == 4 else "Helvetica", "r")
        p.hline(36, 576, y + 40, 0.5, 0.5)
        y += 62
        p.text(40, y, "Earnings", 9.5, "Helvetica-Bold")
        for x, s in ((300, "Hours"), (360, "Rate"), (460, "Current"), (570, "Year to date")):
            p.text(x, y, s, 8.5, "Helvetica-Bold", "r")
        y += 14
        for label, hours, rate, amount in check.earnings:
            p.text(44, y, label, 9)
            p.text(300, y, _hrs(hours), 9, align="r")
            p.text(360, y, _rate(rate), 9, align="r")
            p.text(460, y, money(amount), 9, align="r")
            p.text(570, y, money(check.ytd_earn[label]), 9, align="r")
            y += 13
        y += 14
        p.text(40, y, "Taxes and deductions", 9.5, "Helvetica-Bold")
        for x, s in ((460, "Current"), (570, "Year to date")):
            p.text(x, y, s, 8.5, "Helvetica-Bold", "r")
        y += 14
        for label, amount in check.deductions:
            p.text(44, y, label, 9)
            p.text(460, y, money(amount), 9, align="r")
            p.text(570, y, money(check.ytd_ded[label]), 9, align="r")
            y += 13
        y += 16
        p.text(40, y, f"Net pay {money(check.net, True)} deposited to {extra['bank']} x{extra['acct']}", 9)
        p.text(306, 745, f"Prepared by ClearPay Payroll Services for {employer}. Non-negotiable.", 7.5,
               "Helvetica", "c", grey=0.3)

    return make_pdf([draw])


def stub_federal(employer: str, person: Person, addr: Address, check: Check, extra: dict) -> bytes:
    """A federal civilian "Earnings and Leave Statement": the agency and payroll office up top, pay plan / grade /
    step, a current / year-to-date table of pay and deductions, leave balances in a grid."""

    def draw(p: Page) -> None:
        p.box(36, 36, 540, 60, 1.0)
        p.text(306, 52, "EARNINGS AND LEAVE STATEMENT", 12, "Courier-Bold", "c")
        p.text(306, 66, employer.upper(), 9.5, "Courier-Bold", "c")
        p.text(306, 78, "NATIONAL PAYROLL CENTER - CIVILIAN PAY", 8, "Courier", "c")
        p.text(306, 89, f"PAY PERIOD {extra['pp']}   {us(check.start)} - {us(check.end)}   "
               f"PAY DATE {us(check.pay_date)}",
               8.5, "Courier-Bold", "c")
        grid = (("NAME", f"{person.last.upper()}, {person.first.upper()} {person.middle.upper()}".strip()),
                ("SSN", person.masked_ssn), ("PAY PLAN/GRADE/STEP", extra["grade"]),
                ("ANNUAL SALARY", money(extra["salary"], True)), ("HOURLY RATE", f"{extra['hourly']:.2f}"),
                ("DUTY STATION", extra["station"]), ("PAY FREQUENCY", "BI-WEEKLY"), ("RETIREMENT", "FERS"))
        for i, (k, v) in enumerate(grid):
            x, y = 36 + (i % 4) * 135, 104 + (i // 4) * 30
            p.box(x, y, 135, 30, 0.5)
            p.text(x + 4, y + 10, k, 6.5, "Courier")
            p.text(x + 4, y + 23, v, 8.6, "Courier-Bold")
        y = 178
        p.box(36, y, 540, 16, 0.6, fill=0.85)
        for x, s, al in ((42, "PAY AND ALLOWANCES", "l"), (420, "CURRENT", "r"), (560, "YEAR TO DATE", "r")):
            p.text(x, y + 11, s, 8.5, "Courier-Bold", al)
        y += 30
        for label, hours, _rate, amount in check.earnings:
            p.text(42, y, label.upper() + (f"  {hours:.1f} HRS" if hours else ""), 8.8, "Courier")
            p.text(420, y, money(amount), 8.8, "Courier", "r")
            p.text(560, y, money(check.ytd_earn[label]), 8.8, "Courier", "r")
            y += 13
        p.text(42, y + 4, "GROSS PAY", 9, "Courier-Bold")
        p.text(420, y + 4, money(check.gross), 9, "Courier-Bold", "r")
        p.text(560, y + 4, money(check.ytd_gross), 9, "Courier-Bold", "r")
        y += 22
        p.box(36, y, 540, 16, 0.6, fill=0.85)
        for x, s, al in ((42, "DEDUCTIONS", "l"), (420, "CURRENT", "r"), (560, "YEAR TO DATE", "r")):
            p.text(x, y + 11, s, 8.5, "Courier-Bold", al)
        y += 30
        for label, amount in check.deductions:
            p.text(42, y, label.upper(), 8.8, "Courier")
            p.text(420, y, money(amount), 8.8, "Courier", "r")
            p.text(560, y, money(check.ytd_ded[label]), 8.8, "Courier", "r")
            y += 13
        p.text(42, y + 4, "TOTAL DEDUCTIONS", 9, "Courier-Bold")
        p.text(420, y + 4, money(check.gross - check.net), 9, "Courier-Bold", "r")
        p.text(560, y + 4, money(check.ytd_gross - check.ytd_net), 9, "Courier-Bold", "r")
        y += 26
        p.box(36, y, 540, 22, 1.0)
        p.text(42, y + 15, "NET PAY", 10, "Courier-Bold")
        p.text(420, y + 15, money(check.net), 10, "Courier-Bold", "r")
        p.text(560, y + 15, money(check.ytd_net), 10, "Courier-Bold", "r")
        y += 40
        p.text(42, y, "LEAVE", 8.5, "Courier-Bold")
        for i, h in enumerate(("TYPE", "BEGIN BAL", "EARNED", "USED", "END BAL")):
            p.text(42 + i * 100, y + 14, h, 8, "Courier-Bold")
        for r, row in enumerate(extra["leave"]):
            for i, s in enumerate(row):
                p.text(42 + i * 100, y + 28 + r * 12, s, 8.5, "Courier")
        p.text(42, y + 70, f"NET PAY DIRECTED TO: {extra['bank']} ACCT ****{extra['acct']}", 8.5, "Courier")
        p.text(42, y + 84, "REMARKS: YOUR TSP CONTRIBUTION IS 5 PERCENT OF BASIC PAY.", 8.5, "Courier")

    return make_pdf([draw])


def stub_dental(employer: str, person: Person, addr: Address, check: Check, extra: dict) -> bytes:
    """A small practice's semi-monthly "Pay Stub" from an online payroll app: a thin rule layout, employer and
    employee blocks side by side, one table of hours and earnings, taxes below, a net pay box on the right."""

    def draw(p: Page) -> None:
        p.text(40, 50, "Pay Stub", 20, "Helvetica-Bold")
        p.text(572, 42, "Pay Date", 8, align="r", grey=0.4)
        p.text(572, 56, long_date(check.pay_date), 11, "Helvetica-Bold", "r")
        p.hline(40, 572, 70, 2.0)
        p.text(40, 88, "EMPLOYER", 7.5, "Helvetica-Bold", grey=0.4)
        p.lines(40, 101, [employer, extra["emp_street"], extra["emp_city"]], 9.5, 1.3)
        p.text(300, 88, "EMPLOYEE", 7.5, "Helvetica-Bold", grey=0.4)
        p.lines(300, 101, [person.name, addr.street, addr.city_line], 9.5, 1.3)
        p.text(40, 150, "PAY PERIOD", 7.5, "Helvetica-Bold", grey=0.4)
        p.text(40, 163, f"{short_mon(check.start)} - {short_mon(check.end)}", 9.5)
        p.text(300, 150, "PAY FREQUENCY", 7.5, "Helvetica-Bold", grey=0.4)
        p.text(300, 163, "Semi-monthly", 9.5)
        p.text(440, 150, "EMPLOYEE ID", 7.5, "Helvetica-Bold", grey=0.4)
        p.text(440, 163, extra["emp_id"], 9.5)
        p.box(420, 184, 152, 50, 1.0, fill=0.93)
        p.text(496, 200, "NET PAY", 8, "Helvetica-Bold", "c")
        p.text(496, 222, money(check.net, True), 15, "Helvetica-Bold", "c")
        y = 196
        for k, v in (("Gross pay", check.gross), ("Gross pay YTD", check.ytd_gross)):
            p.text(40, y, k, 9)
            p.text(250, y, money(v, True), 9.5, "Helvetica-Bold", "r")
            y += 15
        y = 260
        p.hline(40, 572, y - 11, 0.4, 0.4)
        for x, s, al in ((40, "EARNINGS", "l"), (280, "HOURS", "r"), (350, "RATE", "r"), (460, "CURRENT", "r"),
                         (572, "YTD", "r")):
            p.text(x, y, s, 7.5, "Helvetica-Bold", al)
        p.hline(40, 572, y + 5, 0.4, 0.4)
        y += 18
        for label, hours, rate, amount in check.earnings:
            p.text(40, y, label, 9)
            p.text(280, y, _hrs(hours), 9, align="r")
            p.text(350, y, _rate(rate), 9, align="r")
            p.text(460, y, money(amount), 9, align="r")
            p.text(572, y, money(check.ytd_earn[label]), 9, align="r")
            y += 14
        y += 18
        p.hline(40, 572, y - 11, 0.4, 0.4)
        for x, s, al in ((40, "TAXES & DEDUCTIONS", "l"), (460, "CURRENT", "r"), (572, "YTD", "r")):
            p.text(x, y, s, 7.5, "Helvetica-Bold", al)
        p.hline(40, 572, y + 5, 0.4, 0.4)
        y += 18
        for label, amount in check.deductions:
            p.text(40, y, label, 9)
            p.text(460, y, money(amount), 9, align="r")
            p.text(572, y, money(check.ytd_ded[label]), 9, align="r")
            y += 14
        p.text(306, 748, "Powered by Tallyroll Online Payroll", 7, "Helvetica", "c", grey=0.45)

    return make_pdf([draw])


# ------------------------------------------------------------------------------------------------------------
# bank statements
# ------------------------------------------------------------------------------------------------------------


@dataclass
class Statement:
    bank: str
    holder: str
    holder2: str
    address: Address
    account: str  # full number; statements print it masked
    start: dt.date
    end: dt.date
    begin: Decimal
    txns: list[tuple[dt.date, str, Decimal]]  # signed amounts

    @property
    def ending(self) -> Decimal:
        return self.begin + sum((t[2] for t in self.txns), Decimal(0))

    @property
    def credits(self) -> Decimal:
        return sum((t[2] for t in self.txns if t[2] > 0), Decimal(0))

    @property
    def debits(self) -> Decimal:
        return -sum((t[2] for t in self.txns if t[2] < 0), Decimal(0))

    def fields(self) -> dict:
        return {"bank_name": self.bank, "account_last4": self.account[-4:], "period_start": self.start.isoformat(),
                "period_end": self.end.isoformat(), "beginning_balance": float(self.begin),
                "ending_balance": float(self.ending)}


def month_txns(rng: random.Random, start: dt.date, end: dt.date, deposits: list[tuple[dt.date, str, Decimal]],
               bills: list[tuple[int, str, Decimal]], n_card: int, card_merchants: tuple[str, ...]
               ) -> list[tuple[dt.date, str, Decimal]]:
    txns = [t for t in deposits if start <= t[0] <= end]
    for dom, label, amount in bills:
        d = start.replace(day=min(dom, end.day))
        txns.append((d, label, -amount))
    span = (end - start).days
    for _ in range(n_card):
        d = start + dt.timedelta(days=rng.randint(0, span))
        txns.append((d, rng.choice(card_merchants), -D(rng.uniform(6, 140))))
    txns.sort(key=lambda t: (t[0], -t[2]))
    return txns


MERCHANTS = ("POS PURCHASE KROGER #0412", "DEBIT CARD SHELL OIL 5714", "POS DOLLAR GENERAL #1187",
             "DEBIT CARD WALGREENS #3390", "POS ALDI 44 STORE", "DEBIT CARD AMAZON MKTPL", "POS TARGET T-2219",
             "DEBIT CARD CVS/PHARMACY 0712", "POS SAFEWAY 1920", "DEBIT CARD MARATHON PETRO")


def stmt_online(st: Statement, extra: dict) -> list[PageFn]:
    """An online bank's statement: a white page with a coloured wordmark, "For the period ... to ...", a summary of
    Opening balance / Money in / Money out / Closing balance, and transactions on two pages ("Page 1 of 2")."""
    purple = (0.33, 0.16, 0.55)
    half = (len(st.txns) + 1) // 2
    parts = (st.txns[:half], st.txns[half:])

    def page(n: int) -> PageFn:
        def draw(p: Page) -> None:
            p.colour_text(40, 52, st.bank, purple, 17, "Helvetica-Bold")
            p.text(40, 66, "Member FDIC  |  northpointdirect.example  |  1-877-555-0135 (24/7)", 8, grey=0.35)
            p.text(572, 50, f"Page {n} of 2", 8.5, align="r")
            if n == 1:
                p.lines(40, 100, [st.holder.upper(), st.address.street.upper(), st.address.city_line.upper()], 9.5,
                        1.3)
                p.text(340, 100, "Everyday Checking", 11, "Helvetica-Bold")
                p.text(340, 115, f"Account number  ****{st.account[-4:]}", 9.5)
                p.text(340, 129, f"For the period {us(st.start)} to {us(st.end)}", 9.5)
                y = 162
                p.colour_box(40, y, 532, 58, (0.95, 0.93, 0.98))
                for i, (k, v) in enumerate((("Opening balance", st.begin), ("Money in", st.credits),
                                            ("Money out", -st.debits), ("Closing balance", st.ending))):
                    x = 52 + i * 132
                    p.text(x, y + 20, k, 8.5, grey=0.3)
                    s = money(v, True) if v >= 0 else "-" + money(-v, True)
                    p.text(x, y + 40, s, 13, "Helvetica-Bold")
                y = 250
            else:
                p.text(40, 96, f"Everyday Checking ****{st.account[-4:]}  -  {us(st.start)} to {us(st.end)}", 9)
                y = 120
            p.text(40, y, "Transactions" + (" (continued)" if n == 2 else ""), 11, "Helvetica-Bold")
            y += 18
            for x, s, al in ((40, "Date", "l"), (110, "Description", "l"), (470, "Amount", "r"), (572, "Balance", "r")):
                p.text(x, y, s, 8.5, "Helvetica-Bold", al, grey=0.3)
            p.hline(40, 572, y + 5, 0.4, 0.5)
            y += 19
            bal = st.begin + sum((t[2] for t in parts[0]), Decimal(0)) if n == 2 else st.begin
            if n == 1:
                p.text(110, y, "Opening balance", 9)
                p.text(572, y, money(bal), 9, align="r")
                y += 16
            for d, label, amount in parts[n - 1]:
                bal += amount
                p.text(40, y, d.strftime("%b %d"), 9)
                p.text(110, y, label, 9)
                p.text(470, y, ("+" if amount > 0 else "-") + money(abs(amount)), 9, align="r")
                p.text(572, y, money(bal), 9, align="r")
                y += 16
            if n == 2:
                p.hline(40, 572, y - 6, 0.4, 0.5)
                p.text(110, y + 6, "Closing balance", 9, "Helvetica-Bold")
                p.text(572, y + 6, money(st.ending), 9, "Helvetica-Bold", "r")
                p.para(40, y + 40, "Questions about an electronic transfer? Call us or write within 60 days of the "
                       "statement on which the error first appeared.", 520, 8)
        return draw

    return [page(1), page(2)]


def stmt_credit_union(st: Statement, extra: dict) -> list[PageFn]:
    """A credit union's one-page member statement: member number, "Statement Period: Aug 1, 2026 through Aug 31,
    2026", a share savings line and a checking section with Previous Balance / Deposits / Withdrawals / New Balance."""
    green = (0.16, 0.38, 0.16)

    def draw(p: Page) -> None:
        p.colour_box(36, 30, 540, 6, green)
        p.colour_text(40, 58, st.bank, green, 14, "Times-Bold")
        p.text(40, 71, extra["cu_addr"], 8.5)
        p.text(572, 56, "MEMBER STATEMENT", 11, "Helvetica-Bold", "r")
        p.text(572, 70, f"Member No. {extra['member']}", 9, align="r")
        p.lines(60, 110, [st.holder.upper(), st.holder2.upper(), st.address.street.upper(),
                          st.address.city_line.upper()] if st.holder2 else
                [st.holder.upper(), st.address.street.upper(), st.address.city_line.upper()], 9.5, 1.3)
        p.box(340, 98, 232, 44, 0.6)
        p.text(348, 112, "Statement Period:", 8.5, "Helvetica-Bold")
        p.text(348, 126, f"{short_mon(st.start)} through {short_mon(st.end)}", 9.5)
        p.text(348, 138, f"Statement date: {us(st.end)}", 8)
        y = 180
        p.colour_box(36, y, 540, 15, (0.88, 0.93, 0.88))
        p.text(40, y + 11, "SHARE SAVINGS  -  Suffix 00", 9, "Helvetica-Bold")
        y += 30
        sv = extra["savings"]
        p.text(44, y, f"Previous Balance {money(sv)}   Dividends {money(Decimal('0.04'))}   New Balance "
               f"{money(sv + Decimal('0.04'))}", 9)
        y += 24
        p.colour_box(36, y, 540, 15, (0.88, 0.93, 0.88))
        p.text(40, y + 11, f"CHECKING  -  Account ...{st.account[-4:]}", 9, "Helvetica-Bold")
        y += 30
        for i, (k, v) in enumerate((("Previous Balance", st.begin), ("Deposits / Credits", st.credits),
                                    ("Withdrawals / Debits", st.debits), ("New Balance", st.ending))):
            p.text(44 + i * 132, y, k, 8.5, grey=0.3)
            p.text(44 + i * 132, y + 14, money(v), 10.5, "Helvetica-Bold")
        y += 36
        for x, s, al in ((44, "Post Date", "l"), (110, "Transaction Description", "l"), (420, "Amount", "r"),
                         (520, "Balance", "r")):
            p.text(x, y, s, 8.5, "Helvetica-Bold", al)
        p.hline(40, 572, y + 4, 0.5)
        y += 17
        bal = st.begin
        p.text(110, y, "Balance Forward", 8.8)
        p.text(520, y, money(bal), 8.8, align="r")
        y += 13
        for d, label, amount in st.txns:
            bal += amount
            p.text(44, y, d.strftime("%m/%d"), 8.8)
            p.text(110, y, label, 8.8)
            p.text(420, y, money(amount) if amount > 0 else "-" + money(-amount), 8.8, align="r")
            p.text(520, y, money(bal), 8.8, align="r")
            y += 13
        p.hline(40, 572, y - 4, 0.5)
        p.text(110, y + 8, "Ending Balance", 8.8, "Helvetica-Bold")
        p.text(520, y + 8, money(st.ending), 8.8, "Helvetica-Bold", "r")
        p.text(306, 740, "Federally insured by NCUA", 8, "Helvetica-Bold", "c")

    return [draw]


def stmt_regional(st: Statement, extra: dict) -> list[PageFn]:
    """A regional bank's two-page checking statement: "Statement Period 02/01/2026 - 02/28/2026", a boxed account
    summary of Beginning Balance / Deposits and Other Credits / Withdrawals and Other Debits / Ending Balance,
    deposits and withdrawals listed apart, then daily balances."""
    deposits = [t for t in st.txns if t[2] > 0]
    debits = [t for t in st.txns if t[2] < 0]

    def head(p: Page, n: int) -> None:
        p.text(40, 52, st.bank, 15, "Times-Bold")
        p.text(40, 65, extra["bank_addr"], 8.5, "Times-Roman")
        p.text(572, 48, f"Statement Period {us(st.start)} - {us(st.end)}", 9, align="r")
        p.text(572, 61, f"Account Number XXXXXX{st.account[-4:]}", 9, align="r")
        p.text(572, 74, f"Page {n} of 2", 9, align="r")
        p.hline(40, 572, 84, 1.2)

    def page1(p: Page) -> None:
        head(p, 1)
        p.lines(60, 118, [st.holder.upper(), st.address.street.upper(), st.address.city_line.upper()], 10, 1.3)
        p.box(330, 100, 242, 96, 0.8)
        p.text(338, 114, "ACCOUNT SUMMARY - PERSONAL CHECKING", 8.5, "Helvetica-Bold")
        rows = (("Beginning Balance", st.begin), (f"{len(deposits)} Deposits and Other Credits", st.credits),
                (f"{len(debits)} Withdrawals and Other Debits", -st.debits), ("Ending Balance", st.ending))
        for i, (k, v) in enumerate(rows):
            y = 132 + i * 16
            p.text(338, y, k, 9, "Helvetica-Bold" if i in (0, 3) else "Helvetica")
            p.text(564, y, money(v) if v >= 0 else "-" + money(-v), 9, "Helvetica-Bold" if i in (0, 3) else
                   "Helvetica", "r")
        y = 224
        p.text(40, y, "DEPOSITS AND OTHER CREDITS", 10, "Helvetica-Bold")
        y += 16
        for d, label, amount in deposits:
            p.text(44, y, us(d)[:5], 9)
            p.text(100, y, label, 9)
            p.text(564, y, money(amount), 9, align="r")
            y += 14
        y += 14
        p.text(40, y, "WITHDRAWALS AND OTHER DEBITS", 10, "Helvetica-Bold")
        y += 16
        for d, label, amount in debits[: extra.get("split", 14)]:
            p.text(44, y, us(d)[:5], 9)
            p.text(100, y, label, 9)
            p.text(564, y, money(-amount), 9, align="r")
            y += 14
        p.text(306, 745, "Member FDIC  -  Equal Housing Lender", 8, "Helvetica", "c")

    def page2(p: Page) -> None:
        head(p, 2)
        y = 110
        rest = debits[extra.get("split", 14):]
        if rest:
            p.text(40, y, "WITHDRAWALS AND OTHER DEBITS (continued)", 10, "Helvetica-Bold")
            y += 16
            for d, label, amount in rest:
                p.text(44, y, us(d)[:5], 9)
                p.text(100, y, label, 9)
                p.text(564, y, money(-amount), 9, align="r")
                y += 14
            y += 16
        p.text(40, y, "DAILY BALANCE SUMMARY", 10, "Helvetica-Bold")
        y += 16
        bal = st.begin
        daily: dict[dt.date, Decimal] = {}
        for d, _, amount in st.txns:
            bal += amount
            daily[d] = bal
        for i, (d, b) in enumerate(sorted(daily.items())):
            x = 44 + (i % 3) * 176
            p.text(x, y + (i // 3) * 14, us(d)[:5], 9)
            p.text(x + 140, y + (i // 3) * 14, money(b), 9, align="r")
        y += ((len(daily) + 2) // 3) * 14 + 24
        p.para(40, y, "In case of errors or questions about your electronic transfers, telephone us at "
               "(555) 014-7700 or write to us at the address above as soon as you can.", 520, 8.5)

    return [page1, page2]


# ------------------------------------------------------------------------------------------------------------
# letters and other papers
# ------------------------------------------------------------------------------------------------------------


def typed_letter(sender: list[str], when: dt.date, to: list[str], re: str, body: list[str], closing: str,
                 signers: list[Person], rng: random.Random, ink: bool = True, font: str = "Times-Roman",
                 date_style: str = "long") -> bytes:
    """A borrower's typed letter: the sender's lines, the date, the servicer's address, a RE line, paragraphs and
    a signature block signed in ink over each typed name."""

    def draw(p: Page) -> None:
        y = p.lines(72, 72, sender, 10.5, 1.35, font)
        y += 14
        p.text(72, y, long_date(when) if date_style == "long" else us(when), 10.5, font)
        y += 28
        y = p.lines(72, y, to, 10.5, 1.35, font) + 12
        p.text(72, y, re, 10.5, font.replace("-Roman", "-Bold") if "Roman" in font else font + "-Bold")
        y += 26
        for para in body:
            y = p.para(72, y, para, 468, 11, 1.42, font) + 9
        y += 4
        p.text(72, y, closing, 11, font)
        y += 48
        for n, person in enumerate(signers):
            x = 72 + n * 230
            if ink:
                p.ink(signature(person.name, 17, rng), x + 4, y - 12)
            p.text(x, y + 10, person.name, 11, font)

    return make_pdf([draw])


def hand_letter(lines: list[str], rng: random.Random, pages: int = 1) -> bytes:
    """A letter written by hand on ruled notebook paper: pale blue rules, a red margin line, the writing wobbling
    along the rules (every line given here is one written line)."""
    per_page = math.ceil(len(lines) / pages)

    def page(chunk: list[str]) -> PageFn:
        def draw(p: Page) -> None:
            p.c.setStrokeColorRGB(0.62, 0.74, 0.9)
            p.c.setLineWidth(0.5)
            y = 96.0
            while y < 760:
                p.c.line(0, PH - y, PW, PH - y)
                y += 24
            p.c.setStrokeColorRGB(0.9, 0.45, 0.45)
            p.c.line(72, 0, 72, PH)
            p.c.setStrokeGray(0)
            y = 96.0
            for text in chunk:
                if text == "<sign>":
                    p.ink(signature(signer_name, 20, rng), 96, y - 2)
                elif text:
                    p.ink(pen_text(text, 13.5, rng, BLUE_INK, font=PEN_FONTS[0]), 80 + rng.uniform(0, 6), y - 3)
                y += 24
        return draw

    signer_name = next((line[len("<name>"):] for line in lines if line.startswith("<name>")), "")
    clean = [line for line in lines if not line.startswith("<name>")]
    return make_pdf([page(clean[i:i + per_page]) for i in range(0, len(clean), per_page)])


def fax_cover(sender: Person, sender_fax: str, to: str, to_fax: str, when: dt.date, pages: int, loan: str,
              note: str) -> bytes:
    def draw(p: Page) -> None:
        p.text(72, 96, "FAX", 40, "Helvetica-Bold")
        p.hline(72, 540, 112, 3)
        rows = (("To:", to), ("Fax:", to_fax), ("From:", sender.name), ("Fax:", sender_fax),
                ("Phone:", sender.phone), ("Date:", us(when)), ("Pages:", f"{pages} (including cover)"),
                ("Re:", f"Loan # {loan} - mortgage assistance"))
        y = 150
        for k, v in rows:
            p.text(72, y, k, 12, "Helvetica-Bold")
            p.text(150, y, v, 12)
            y += 24
        p.hline(72, 540, y, 1)
        p.para(72, y + 30, note, 468, 12, 1.45)
        p.text(72, 700, "CONFIDENTIAL: this fax is intended only for the addressee.", 9, "Helvetica-Oblique")

    return make_pdf([draw])


def separator_sheet(loan: str) -> bytes:
    """The servicer's mailroom separator: a Code 128 barcode reading "LOAN <number>" and the number in words."""
    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=4)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def draw(p: Page) -> None:
        p.box(54, 54, 504, 684, 2.5)
        p.text(306, 120, "DOCUMENT SEPARATOR", 26, "Helvetica-Bold", "c")
        p.text(306, 150, "Loss Mitigation Intake - do not remove", 12, "Helvetica", "c")
        p.c.drawImage(ImageReader(code), 126, PH - 330, width=360, height=110)
        p.text(306, 370, f"LOAN {loan}", 20, "Courier-Bold", "c")
        p.text(306, 640, "Scan this sheet face up on top of the borrower's documents.", 10, "Helvetica", "c")

    return make_pdf([draw])


def ssa_award(person: Person, addr: Address, when: dt.date, monthly: Decimal, start: dt.date, claim: str) -> bytes:
    """A Social Security "Notice of Award" for retirement benefits: the agency's return address, the reference box,
    the monthly amount and when it is paid, a "What We Will Pay" paragraph and a second page of information."""

    def page1(p: Page) -> None:
        p.text(72, 60, "SOCIAL SECURITY ADMINISTRATION", 12, "Helvetica-Bold")
        p.text(72, 74, "Retirement, Survivors, and Disability Insurance", 9.5)
        p.text(72, 88, "Notice of Award", 13, "Helvetica-Bold")
        p.lines(72, 104, ["Office of Central Operations", "1500 Woodlawn Drive", "Baltimore, Maryland 21241-1500",
                          "www.ssa.gov"], 9, 1.3)
        p.text(540, 104, f"Date: {long_date(when)}", 10, align="r")
        p.text(540, 118, f"Claim Number: {claim}", 10, align="r")
        p.lines(90, 178, [person.name.upper(), addr.street.upper(), addr.city_line.upper()], 10.5, 1.3)
        y = 250
        y = p.para(72, y, f"You are entitled to monthly retirement benefits beginning {start.strftime('%B %Y')}.",
                   468, 11) + 12
        p.text(72, y, "The Date You Became Entitled To Benefits", 11, "Helvetica-Bold")
        y = p.para(72, y + 16, f"We found that you became entitled to monthly benefits in {start.strftime('%B %Y')}. "
                   "This is the first month you met all the rules for getting benefits.", 468, 11) + 12
        p.text(72, y, "What We Will Pay And When", 11, "Helvetica-Bold")
        y = p.para(72, y + 16, f"Your monthly benefit amount is {money(monthly, True)}. You will receive "
                   f"{money(monthly, True)} on or about the second Wednesday of each month. Social Security benefits "
                   "for a month are paid the following month.", 468, 11) + 12
        y = p.para(72, y, "The day we make a payment depends on your birth date. We will pay your benefits by "
                   "direct deposit to the account you chose.", 468, 11) + 12
        p.text(72, y, "Your Benefits", 11, "Helvetica-Bold")
        rows = (("Beginning", "Benefit Before Deductions", "Amount We Will Pay"),
                (start.strftime("%B %Y"), money(monthly, True), money(monthly, True)))
        for r, row in enumerate(rows):
            for i, s in enumerate(row):
                p.text((80, 210, 400)[i], y + 20 + r * 15, s, 10, "Helvetica-Bold" if r == 0 else "Helvetica")
        p.text(540, 745, "See Next Page", 9, align="r")

    def page2(p: Page) -> None:
        p.text(72, 60, f"{claim}", 9)
        p.text(540, 60, "Page 2 of 2", 9, align="r")
        y = 96
        for title, text in (("Information About Medicare", "You are not yet eligible for Medicare hospital insurance "
                             "or medical insurance. We will write to you before you turn 65."),
                            ("Things To Remember", "You must report to us if you work and expect to earn more than "
                             "the annual limit, if you move, or if you change your direct deposit account."),
                            ("Do You Disagree With The Decision?", "If you disagree with this decision, you have the "
                             "right to appeal. We will review your case and consider any new facts you have. You have "
                             "60 days to ask for an appeal."),
                            ("If You Have Any Questions", "You may call us toll-free at 1-800-772-1213, or call your "
                             "local Social Security office. Please have this letter with you when you call.")):
            p.text(72, y, title, 11, "Helvetica-Bold")
            y = p.para(72, y + 16, text, 468, 11) + 14

    return make_pdf([page1, page2])


def pension_letter(fund: str, fund_addr: list[str], person: Person, addr: Address, when: dt.date, monthly: Decimal,
                   first_pay: dt.date, member: str) -> bytes:
    """A municipal retirement system's "Retirement Benefit Confirmation"."""

    def draw(p: Page) -> None:
        p.c.setFillColorRGB(0.55, 0.18, 0.12)
        p.c.rect(72, PH - 86, 10, 36, stroke=0, fill=1)
        p.c.setFillGray(0)
        p.text(90, 62, fund, 13, "Times-Bold")
        p.lines(90, 76, fund_addr, 8.5, 1.25, "Times-Roman")
        p.text(540, 120, long_date(when), 10.5, "Times-Roman", "r")
        p.lines(72, 140, [person.name, addr.street, addr.city_line], 10.5, 1.3, "Times-Roman")
        p.text(72, 200, f"RE:  Retirement Benefit Confirmation  -  Member ID {member}", 10.5, "Times-Bold")
        y = p.para(72, 226, f"Dear {person.first} {person.last}:", 468, 11, 1.4, "Times-Roman") + 8
        y = p.para(72, y, "This letter confirms the retirement benefit payable to you from the System. Your "
                   "benefit was calculated under the Tier 2 formula using your final average salary and years of "
                   "credited service.", 468, 11, 1.4, "Times-Roman") + 10
        rows = (("Benefit option", "Single Life Annuity"), ("Monthly benefit amount (gross)", money(monthly, True)),
                ("Payment frequency", "Monthly, on the first business day"),
                ("First payment", long_date(first_pay)), ("Cost-of-living adjustment", "Each January, up to 2%"))
        for k, v in rows:
            p.text(96, y, k, 10.5, "Times-Roman")
            p.text(330, y, v, 10.5, "Times-Bold")
            y += 17
        y = p.para(72, y + 10, "Federal income tax is withheld as you elected on your withholding certificate; your "
                   "annual Form 1099-R will show the taxable amount. Keep this letter as proof of income.", 468, 11,
                   1.4, "Times-Roman") + 14
        p.text(72, y, "Sincerely,", 11, "Times-Roman")
        p.text(72, y + 40, "Benefits Administration", 11, "Times-Roman")

    return make_pdf([draw])


def ui_determination(state: str, person: Person, addr: Address, when: dt.date, weekly: Decimal, effective: dt.date,
                     claim: str, employer: str) -> bytes:
    """A state unemployment agency's "Benefit Determination": claim facts in a table, the weekly benefit amount,
    the maximum benefit, appeal rights."""
    agency = f"{STATE_NAMES[state]} Department of Employment Security"

    def draw(p: Page) -> None:
        p.text(306, 56, agency.upper(), 12, "Helvetica-Bold", "c")
        p.text(306, 70, "Unemployment Insurance Division", 10, "Helvetica", "c")
        p.text(306, 92, "NOTICE OF BENEFIT DETERMINATION - CLAIM APPROVED", 11, "Helvetica-Bold", "c")
        p.hline(60, 552, 102, 0.8)
        p.lines(72, 126, [person.name.upper(), addr.street.upper(), addr.city_line.upper()], 10, 1.3)
        p.text(540, 126, f"Mailing date: {us(when)}", 9.5, align="r")
        p.text(540, 140, f"Claim ID: {claim}", 9.5, align="r")
        rows = (("Claimant", person.name), ("Effective date of claim", us(effective)),
                ("Last employer", employer), ("Separation reason", "Lack of work - laid off"),
                ("Weekly benefit amount", money(weekly, True)), ("Maximum benefit amount", money(weekly * 26, True)),
                ("Benefit year ends", us(effective + dt.timedelta(days=364))))
        y = 200
        for k, v in rows:
            p.box(72, y, 200, 18, 0.5, fill=0.93)
            p.box(272, y, 268, 18, 0.5)
            p.text(78, y + 12.5, k, 9.5)
            p.text(278, y + 12.5, v, 9.5, "Helvetica-Bold")
            y += 18
        y = p.para(72, y + 24, "DECISION: You are eligible for unemployment benefits because you were separated from "
                   "your employer for lack of work. Benefits are paid weekly for each week you request payment and "
                   "meet the eligibility requirements, including being able to work, available for work and actively "
                   "seeking work.", 468, 10.5) + 10
        y = p.para(72, y, "APPEAL RIGHTS: If you disagree with this determination, you may file an appeal within 20 "
                   "calendar days of the mailing date shown above.", 468, 10.5) + 10

    return make_pdf([draw])


def insurer_letter(person: Person, addr: Address, when: dt.date, claim: str, loss: dt.date, paid: Decimal,
                   denied: Decimal) -> bytes:
    def draw(p: Page) -> None:
        p.text(72, 60, "GRANITE SHIELD MUTUAL INSURANCE COMPANY", 12, "Helvetica-Bold")
        p.text(72, 73, "Property Claims  -  P.O. Box 80112, Lincoln, NE 68501  -  1-800-555-0191", 8.5)
        p.text(540, 110, long_date(when), 10.5, align="r")
        p.lines(72, 120, [person.name, addr.street, addr.city_line], 10.5, 1.3)
        p.text(72, 180, f"Claim number: {claim}      Date of loss: {us(loss)}      Policy: HO-3", 10)
        p.text(72, 198, "Subject: Claim decision - wind and hail damage", 10.5, "Helvetica-Bold")
        y = p.para(72, 226, f"Dear {person.first} {person.last},", 468, 11) + 8
        y = p.para(72, y, "We have completed our inspection of the damage to your dwelling reported after the storm "
                   f"of {long_date(loss)}. Our adjuster found hail damage to the roof covering and the north "
                   "elevation siding.", 468, 11) + 8
        y = p.para(72, y, f"We will pay {money(paid, True)} for the covered damage, after your deductible. We are "
                   f"unable to pay {money(denied, True)} of the estimate you submitted for the roof decking and "
                   "gutters: the inspection showed long-term deterioration, which your policy excludes.", 468, 11) + 8
        y = p.para(72, y, "If you disagree with this decision you may request an appraisal as described in the "
                   "Conditions section of your policy.", 468, 11) + 14
        p.text(72, y, "Sincerely,", 11)
        p.text(72, y + 36, "Property Claims Unit", 11)

    return make_pdf([draw])


def mortgage_statement(servicer: str, person: Person, addr: Address, loan: str, when: dt.date, due: dt.date,
                       pmt: Decimal, past_due: Decimal, fees: Decimal, principal: Decimal, rate: str,
                       oldest_unpaid: dt.date) -> bytes:
    def draw(p: Page) -> None:
        p.text(40, 52, servicer, 15, "Helvetica-Bold")
        p.text(40, 66, "Customer Service 1-888-555-0126  |  Mon-Fri 8am-9pm ET", 8.5)
        p.text(572, 48, "Mortgage Statement", 12, "Helvetica-Bold", "r")
        p.text(572, 62, f"Statement Date: {us(when)}", 9, align="r")
        p.lines(40, 110, [person.name.upper(), addr.street.upper(), addr.city_line.upper()], 10, 1.3)
        p.box(330, 92, 242, 92, 0.8)
        rows = (("Account Number", loan), ("Payment Due Date", us(due)), ("Amount Due", money(pmt + past_due + fees,
                                                                                            True)))
        for i, (k, v) in enumerate(rows):
            p.text(338, 110 + i * 18, k, 9)
            p.text(564, 110 + i * 18, v, 10, "Helvetica-Bold", "r")
        p.text(338, 172, f"If payment is received after {us(due + dt.timedelta(days=15))}, a late fee applies.", 7.5)
        y = 210
        p.text(40, y, "Explanation of Amount Due", 10, "Helvetica-Bold")
        for i, (k, v) in enumerate((("Regular Monthly Payment", pmt), ("Past Due Payment(s)", past_due),
                                    ("Fees and Charges", fees), ("Total Amount Due", pmt + past_due + fees))):
            p.text(44, y + 18 + i * 15, k, 9)
            p.text(300, y + 18 + i * 15, money(v, True), 9, align="r")
        p.text(330, y, "Account Information", 10, "Helvetica-Bold")
        for i, (k, v) in enumerate((("Outstanding Principal", money(principal, True)), ("Interest Rate", rate),
                                    ("Property Address", addr.street))):
            p.text(334, y + 18 + i * 15, k, 9)
            p.text(572, y + 18 + i * 15, v, 9, align="r")
        p.box(40, 310, 532, 70, 1.2)
        p.text(48, 326, "Delinquency Notice", 10, "Helvetica-Bold")
        late = (when - oldest_unpaid).days
        p.para(48, 342, f"You are late on your mortgage payments. As of {us(when)} you are {late} "
               "days delinquent. Failure to bring your loan current may result in fees and foreclosure. If you are "
               "having trouble, call us about mortgage assistance options.", 516, 8.8)
        p.text(40, 420, "HUD-approved housing counselors: 1-800-569-4287  |  www.hud.gov/counseling", 9)

    return make_pdf([draw])


def gig_summary(platform: str, person: Person, month: dt.date, weeks: list[tuple[dt.date, dt.date, int, Decimal,
                Decimal, Decimal]], miles: int) -> bytes:
    """A delivery platform's monthly "Earnings Summary" downloaded from its driver app: week-by-week trips, fares,
    tips and fees and the payouts to the bank; no employer, no withholding (the driver is an independent
    contractor)."""
    orange = (0.93, 0.42, 0.12)
    fares = sum((w[3] for w in weeks), Decimal(0))
    tips = sum((w[4] for w in weeks), Decimal(0))
    fees = sum((w[5] for w in weeks), Decimal(0))

    def draw(p: Page) -> None:
        p.colour_text(40, 56, platform.lower(), orange, 24, "Helvetica-Bold")
        p.text(572, 46, "Earnings Summary", 13, "Helvetica-Bold", "r")
        p.text(572, 61, month.strftime("%B %Y"), 11, align="r")
        p.text(40, 92, f"Driver: {person.name}", 10.5)
        p.text(40, 106, f"Account: {person.email}", 9, grey=0.35)
        p.text(40, 120, "Status: Independent contractor - no taxes withheld", 9, grey=0.35)
        y = 150
        tiles = (("Trips", str(sum(w[2] for w in weeks))), ("Gross fares", money(fares, True)),
                 ("Tips", money(tips, True)), ("Total payouts", money(fares + tips - fees, True)))
        for i, (k, v) in enumerate(tiles):
            p.colour_box(40 + i * 134, y, 126, 48, (0.99, 0.93, 0.88))
            p.text(48 + i * 134, y + 16, k, 8.5, grey=0.35)
            p.text(48 + i * 134, y + 36, v, 13, "Helvetica-Bold")
        y = 230
        for x, s, al in ((40, "Week", "l"), (250, "Trips", "r"), (330, "Fares", "r"), (400, "Tips", "r"),
                         (480, "Service fee", "r"), (572, "Payout", "r")):
            p.text(x, y, s, 8.5, "Helvetica-Bold", al)
        p.hline(40, 572, y + 5, 0.5)
        y += 18
        for start, end, trips, fare, tip, fee in weeks:
            vals = (f"{start.strftime('%b %d')} - {end.strftime('%b %d')}", str(trips), money(fare), money(tip),
                    "-" + money(fee), money(fare + tip - fee))
            columns = ((40, "l"), (250, "r"), (330, "r"), (400, "r"), (480, "r"), (572, "r"))
            for (x, al), s in zip(columns, vals, strict=True):
                p.text(x, y, s, 9, align=al)
            y += 15
        p.hline(40, 572, y - 6, 0.5)
        p.text(40, y + 8, f"Online miles this month: {miles:,}", 9)
        p.para(40, y + 40, "This summary is provided for your records and is not a tax document. Your annual "
               "Form 1099-K / 1099-NEC will be available in the app by January 31.", 520, 8.5)

    return make_pdf([draw])


def form_4506c(person: Person, addr: Address, when: dt.date | None, rng: random.Random, ives: tuple[str, ...],
               year: int, ink_date: bool, client: str) -> bytes:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), its fields flattened and the answers typed over it, signed
    (and dated) in pen: the way a servicer's pre-filled copy comes back from a borrower."""
    reader = PdfReader(str(FORM4506C_BLANK))
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    writer.write(buf)
    flat = buf.getvalue()
    first, last = person.first, person.last
    mi = person.middle[:1]
    name, pid, mailbox, street, city, state, zip_ = ives

    def draw(p: Page) -> None:
        def at(x: float, y_pdf: float, s: str, size: float = 9) -> None:
            p.text(x, PH - y_pdf, s, size, "Courier")
        for x, y, value in ((28, 668, first), (115, 668, mi), (172, 668, last)):
            at(x, y, value)
        at(28, 636, person.ssn)
        for x, y, value in ((28, 571, addr.street), (313, 571, addr.city), (421, 571, addr.state),
                            (475, 571, addr.zip), (28, 506, name), (313, 506, pid), (421, 506, mailbox),
                            (28, 484, street), (313, 484, city), (421, 484, state), (475, 484, zip_)):
            at(x, y, value)
        at(28, 430, client, 8.5)
        at(28, 362, "1040")
        p.text(99, PH - 350, "X", 9, "Helvetica-Bold")
        for i, (mm, dd, yyyy) in enumerate(((12, 31, year), (12, 31, year - 1))):
            base = (22, 184)[i]
            for dx, value in ((3, f"{mm:02d}"), (31, f"{dd:02d}"), (59, str(yyyy))):
                at(base + dx, 268, value)
        p.text(27, PH - 195, "X", 9, "Helvetica-Bold")
        at(64, 129, person.name)
        at(436, 169, person.phone)
        if when:
            p.ink(signature(person.name, 14, rng, BLUE_INK), 72, PH - 170)
            if ink_date:
                p.ink(pen_text(us(when), 10, rng, BLUE_INK), 346, PH - 170)
            else:
                at(346, 169, us(when))

    return overlay_pdf(flat, {0: draw})


def form_1040(person: Person, addr: Address, year: int, wages: Decimal, sched1: Decimal, withheld: Decimal,
              signed_on: dt.date | None, occupation: str, rng: random.Random) -> bytes:
    """Pages 1-2 of a Form 1040 as tax software prints it for the taxpayer's records (a replica, not the IRS
    artwork): the year, filing status, income lines, the signature area with the date."""
    agi = wages + sched1
    std = Decimal("15750.00")
    taxable = max(Decimal(0), agi - std)
    tax = D(taxable * Decimal("0.105"))

    def head(p: Page, n: int) -> None:
        p.box(36, 36, 540, 40, 1.2)
        p.text(44, 56, "Form", 8)
        p.text(68, 60, "1040", 20, "Helvetica-Bold")
        p.text(130, 52, "Department of the Treasury - Internal Revenue Service", 7.5)
        p.text(130, 66, "U.S. Individual Income Tax Return", 12, "Helvetica-Bold")
        p.text(470, 62, str(year), 22, "Helvetica-Bold")
        p.text(540, 72, f"Page {n}", 7, align="r")

    def line(p: Page, y: float, num: str, label: str, amount: Decimal | None) -> None:
        p.text(44, y, num, 8.5, "Helvetica-Bold")
        p.text(70, y, label, 8.5)
        p.hline(470, 576, y + 3, 0.4)
        if amount is not None:
            p.text(572, y, money(amount), 9.5, "Courier", "r")

    def page1(p: Page) -> None:
        head(p, 1)
        p.text(44, 92, f"For the year Jan. 1 - Dec. 31, {year}", 8)
        p.box(36, 100, 400, 26, 0.5)
        p.text(40, 108, "Your first name and middle initial / Last name", 6.5)
        p.text(44, 121, f"{person.first} {person.middle[:1]}   {person.last}", 10, "Courier")
        p.box(436, 100, 140, 26, 0.5)
        p.text(440, 108, "Your social security number", 6.5)
        p.text(444, 121, person.ssn, 10, "Courier")
        p.box(36, 126, 540, 26, 0.5)
        p.text(40, 134, "Home address (number and street) / City, state and ZIP code", 6.5)
        p.text(44, 147, addr.one_line, 10, "Courier")
        p.text(44, 170, "Filing Status", 9, "Helvetica-Bold")
        p.text(130, 170, "[X] Single  [ ] Married filing jointly  [ ] Married filing separately  [ ] Head of "
               "household  [ ] Qualifying surviving spouse", 8)
        y = 200
        p.text(44, y, "Income", 10, "Helvetica-Bold")
        y += 18
        for num, label, amount in (("1a", "Total amount from Form(s) W-2, box 1", wages),
                                   ("1z", "Add lines 1a through 1h", wages),
                                   ("2b", "Taxable interest", Decimal("3.12")),
                                   ("8", "Additional income from Schedule 1, line 10", sched1),
                                   ("9", "This is your total income", agi + Decimal("3.12")),
                                   ("11", "This is your adjusted gross income", agi + Decimal("3.12")),
                                   ("12", "Standard deduction", std),
                                   ("15", "This is your taxable income", taxable + Decimal("3.12"))):
            line(p, y, num, label, amount)
            y += 19

    def page2(p: Page) -> None:
        head(p, 2)
        y = 100
        for num, label, amount in (("16", "Tax", tax), ("24", "This is your total tax", tax),
                                   ("25a", "Federal income tax withheld from Form(s) W-2", withheld),
                                   ("33", "These are your total payments", withheld),
                                   ("34", "Amount you overpaid", max(Decimal(0), withheld - tax)),
                                   ("35a", "Amount of line 34 you want refunded to you",
                                    max(Decimal(0), withheld - tax))):
            line(p, y, num, label, amount)
            y += 19
        y += 20
        p.box(36, y, 540, 70, 1.0)
        p.text(44, y + 14, "Sign Here", 11, "Helvetica-Bold")
        p.para(130, y + 12, "Under penalties of perjury, I declare that I have examined this return and accompanying "
               "schedules and statements, and to the best of my knowledge and belief, they are true, correct, and "
               "complete.", 440, 7.5, 1.3)
        p.text(130, y + 60, "Your signature", 6.5)
        p.text(330, y + 60, "Date", 6.5)
        p.text(400, y + 60, "Your occupation", 6.5)
        p.hline(130, 320, y + 50, 0.4)
        p.hline(330, 390, y + 50, 0.4)
        p.hline(400, 570, y + 50, 0.4)
        p.text(404, y + 46, occupation, 9, "Courier")
        if signed_on:
            p.ink(signature(person.name, 13, rng), 140, y + 48)
            p.text(334, y + 46, us(signed_on), 9, "Courier")
        p.text(44, y + 100, "Paid Preparer Use Only:  Self-prepared", 8)
        p.text(306, 760, f"Form 1040 ({year})  -  taxpayer copy printed from tax software", 7, "Helvetica", "c")

    return make_pdf([page1, page2])


def obituary(deceased: str, born: str, died: dt.date, age: int, town: str, survivors: str, home: str,
             printed: dt.date, service: dt.date) -> bytes:
    """An obituary printed from a funeral home's website: the browser's header and footer lines, the funeral home's
    banner, the name and dates, the notice and the service details."""

    def draw(p: Page) -> None:
        p.text(24, 20, f"{printed.month}/{printed.day}/{printed.year % 100}, 7:42 PM", 7.5)
        p.text(306, 20, f"Obituary for {deceased} | {home}", 7.5, "Helvetica", "c")
        slug = deceased.lower().replace(" ", "-").replace(".", "")
        p.text(24, 780, f"https://www.{home.split()[0].lower()}funeralhome.example/obituaries/{slug}", 7.5)
        p.text(588, 780, "1/1", 7.5, align="r")
        p.colour_box(36, 36, 540, 34, (0.2, 0.22, 0.28))
        p.colour_text(306, 58, home.upper(), (1, 1, 1), 12, "Times-Bold", "c")
        p.text(306, 110, deceased, 24, "Times-Roman", "c")
        p.text(306, 132, f"{born} - {long_date(died)}", 12, "Times-Italic", "c")
        y = 170
        text = (f"{deceased}, {age}, of {town}, passed away peacefully on {long_date(died)}, surrounded by his family. "
                "He worked for many years as a machinist and was known to everyone for his fishing stories, his "
                "garden and his Sunday pancakes.")
        y = p.para(90, y, text, 432, 11.5, 1.45, "Times-Roman") + 10
        y = p.para(90, y, f"He is survived by {survivors}.", 432, 11.5, 1.45, "Times-Roman") + 10
        y = p.para(90, y, f"A funeral service will be held on {long_date(service)} at 11:00 AM at {home}, followed by "
                   "burial. In lieu of flowers, the family asks that donations be made to the local food pantry.", 432,
                   11.5, 1.45, "Times-Roman") + 16
        p.text(306, y, "Share a memory  |  Send flowers  |  Service details", 9, "Helvetica", "c", grey=0.4)

    return make_pdf([draw])


# ------------------------------------------------------------------------------------------------------------
# packets: documents, how they were delivered, and the checklist applied to what was drawn
# ------------------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str | None  # None: a separator sheet or a fax cover, not a document of the case
    pdf: bytes
    fields: dict = field(default_factory=dict)
    facts: dict = field(default_factory=dict)
    show: list[str] = field(default_factory=list)  # values that must be printed on a born-digital copy


@dataclass
class Delivery:
    path: str  # relative to inbox/
    items: list[tuple[str, int]]  # (document key, page index), in the file's page order
    scanner: Scanner | None = None  # None: born digital


@dataclass
class Packet:
    name: str
    received: dt.date
    app: Application | None
    docs: dict[str, Doc]
    files: list[Delivery]
    intended: list[str]  # the scenario's missing codes; --check confirms the checklist gives exactly these
    app_key: str = "app"


def consecutive(a: dict, b: dict) -> bool:
    return a["account"] == b["account"] and b["start"] == a["end"] + dt.timedelta(days=1)


def missing_codes(pk: Packet) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into the packet."""
    codes: list[str] = []
    app = pk.app
    evaluated = pk.received

    def fresh(d: dt.date) -> bool:
        return (evaluated - d).days <= 90

    docs = [d for d in pk.docs.values() if d.type]
    of = lambda t: [d.facts for d in docs if d.type == t]  # noqa: E731
    if app is None:
        return ["application"]
    if not (app.borrower_signs and app.signed_on) or (app.co_borrower and not (app.co_signs and app.co_signed_on)):
        codes.append("application_signature")
    exp = app.expected()
    for name in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                 "hardship_start_date"):
        if not exp[name]:
            codes.append(f"application_field:{name}")
    if not any(v > 0 for v in app.income.values()):
        codes.append("application_field:income")
    statements = of("bank_statement")
    two_statements = any(consecutive(a, b) and fresh(b["end"]) for a in statements for b in statements)
    stubs_ok = any(fresh(s["date"]) and s["has_ytd"] for s in of("pay_stub"))
    letters = of("benefit_award_letter") + of("unemployment_benefit_letter") + of("other")
    claimed = {code for code, v in app.income.items() if v > 0}
    for code in sorted(claimed):
        if code == "unemployment":
            continue
        if code == "wages":
            ok = stubs_ok or two_statements
        elif code == "self_employment":
            ok = (two_statements or any(p["signed"] and fresh(p["date"]) for p in of("profit_and_loss_statement"))
                  or any(t["signed"] for t in of("tax_return")))
        elif code in ("benefits_taxable", "benefits_nontaxable", "other"):
            ok = two_statements or any(x.get("benefit_type") == code and fresh(x["date"]) for x in letters)
        elif code == "rental":
            ok = two_statements or len([c for c in of("rent_check") if fresh(c["date"])]) >= 2
        elif code == "investment":
            ok = two_statements or len([c for c in of("investment_statement") if fresh(c["date"])]) >= 2
        else:
            ok = False
        if not ok:
            codes.append(f"income_doc:{code}")
    has = lambda *types: any(of(t) for t in types)  # noqa: E731
    need = {"disability_or_illness": ("hardship_letter", "medical_statement"),
            "divorce_or_separation": ("divorce_decree", "quitclaim_deed"),
            "separation_unmarried": ("quitclaim_deed",), "death": ("death_certificate", "obituary"),
            "relocation": ("employer_relocation_letter", "military_pcs_orders"), "other": ("hardship_letter",)}
    for code in app.hardships:
        if code in need and not has(*need[code]):
            codes.append(f"hardship_doc:{code}")
    if claimed & {"self_employment", "rental"} and not any(f["signed"] for f in of("irs_form_4506c")):
        codes.append("irs_form_4506c")
    return sorted(codes)


def assemble(pk: Packet, out: Path, rng: random.Random) -> dict[str, Any]:
    """Write the packet's inbox files and return its expected.json."""
    inbox = out / pk.name / "inbox"
    placed: dict[str, list[tuple[int, str, int]]] = {}
    scanned: dict[str, bool] = {}
    order: list[str] = []
    for delivery in pk.files:
        pages = [(pk.docs[key].pdf, index) for key, index in delivery.items]
        data = scan_pages(pages, delivery.scanner, rng) if delivery.scanner else concat(pages)
        target = inbox / delivery.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        for n, (key, index) in enumerate(delivery.items, start=1):
            if pk.docs[key].type is None:
                continue
            placed.setdefault(key, []).append((index, delivery.path, n))
            scanned[key] = delivery.scanner is not None
            if key not in order:
                order.append(key)
    if pk.app_key in order:
        order.remove(pk.app_key)
        order.insert(0, pk.app_key)
    documents = []
    for n, key in enumerate(order, start=1):
        doc = pk.docs[key]
        pages = [{"file": f, "page": pg} for _, f, pg in sorted(placed[key])]
        documents.append({"id": f"D{n:02d}", "type": doc.type, "scanned": scanned[key], "pages": pages,
                          "fields": doc.fields})
    missing = missing_codes(pk)
    return {"loan_number": pk.app.loan if pk.app else "", "received_on": pk.received.isoformat(),
            "status": "incomplete" if missing else "complete", "missing": missing,
            "application": pk.app.expected() if pk.app else None, "documents": documents}


# ------------------------------------------------------------------------------------------------------------
# the eight packets
# ------------------------------------------------------------------------------------------------------------

GREY300 = Scanner(dpi=300, jpeg_quality=70)
GREY240 = Scanner(dpi=240, jpeg_quality=66, skew=(0.4, 1.4), noise=6.0, paper=(222, 238))
GREY200 = Scanner(dpi=200, jpeg_quality=62, skew=(0.3, 1.5), noise=6.5, paper=(220, 236))
BW200 = Scanner(dpi=200, bilevel=True, skew=(0.3, 1.0), threshold=145)


def H(x: float) -> Decimal:
    return Decimal(str(x)).quantize(CENT)


def stub_doc(layout: Callable, employer: str, person: Person, addr: Address, check: Check, frequency: str,
             extra: dict) -> Doc:
    return Doc("pay_stub", layout(employer, person, addr, check, extra),
               stub_fields(employer, person, check, frequency),
               {"date": check.pay_date, "has_ytd": True},
               [money(check.gross), money(check.ytd_gross), money(check.net),
                f"{us(check.pay_date)}|{long_date(check.pay_date)}"])


def statement_doc(layout: Callable, st: Statement, extra: dict) -> Doc:
    return Doc("bank_statement", make_pdf(layout(st, extra)), st.fields(),
               {"account": st.account, "start": st.start, "end": st.end,
                "lowest": min(st.begin + sum((t[2] for t in st.txns[:n]), Decimal(0))
                              for n in range(len(st.txns) + 1))},
               [st.account[-4:], money(st.begin), money(st.ending)])


def letter_doc(kind: str, pdf: bytes, when: dt.date, **more: Any) -> Doc:
    fields = {"letter_date": when.isoformat(), **more}
    facts = {"date": when, **({"benefit_type": more["benefit_type"]} if "benefit_type" in more else {})}
    return Doc(kind, pdf, fields, facts)


def build_w1(rng: random.Random, people: People) -> Packet:
    """Form 710 typed in a viewer and signed on screen; a hospital's bi-weekly earnings statements (one printed and
    scanned); a typed hardship letter; last year's Form 1040; the servicer's own mortgage statement."""
    received = day("2026-03-16")
    b = people.person(female=True)
    addr = people.address()
    loan = people.loan_number(leading_zeros=True)
    employer = "Saint Aldric Medical Center"
    rate = H(round(rng.uniform(19.6, 24.4), 2))
    extra = {"city": addr.city_line, "emp_id": f"{rng.randint(100000, 999999)}", "dept": "4 West Med/Surg",
             "job": "Patient Care Technician II", "rate": rate, "acct": f"{rng.randint(1000, 9999)}",
             "pto": f"{rng.uniform(20, 90):.2f}", "sick": f"{rng.uniform(10, 60):.2f}"}
    dates = schedule("biweekly", 2026, day("2026-03-13"))

    def earn(i: int) -> list:
        reg = H(rng.choice((64, 64, 64, 72)))
        eve = H(rng.choice((16, 20, 24, 28, 32)))
        wkd = H(rng.choice((8, 12, 16)))
        return [("Regular", reg, rate, D(reg * rate)), ("Evening Diff", eve, H(2.25), D(eve * H(2.25))),
                ("Weekend Diff", wkd, H(1.75), D(wkd * H(1.75)))]

    def deduct(gross: Decimal) -> list:
        ret = D(gross * Decimal("0.04"))
        pre = ret + H(86.40) + H(9.12)
        return [("403(b) Retirement", ret), ("Medical Plan", H(86.40)), ("Dental Plan", H(9.12)),
                *taxes(0.085, 0.031, pre)(gross)]

    checks = paychecks(dates, earn, deduct)
    s1, s2 = checks[-2], checks[-1]
    extra1 = dict(extra, advice=f"{rng.randint(4000000, 4999999)}")
    extra2 = dict(extra, advice=f"{rng.randint(4000000, 4999999)}")
    avg = sum((c.gross for c in checks), Decimal(0)) / len(checks)
    wages = D(round(avg * 26 / 12))
    app = Application(loan, b, None, addr, "primary_residence", ["reduction_in_income"], day("2025-11-02"),
                      "long_term", {"wages": wages}, {}, day("2026-03-10"), True, None, False,
                      assets={"cash": H(rng.randint(150, 900)), "savings": H(rng.randint(0, 400))})
    docs: dict[str, Doc] = {}
    docs["app"] = Doc("mortgage_assistance_application", form710(app, rng, typed_dates=True, ink_signatures=False),
                      show=[loan, b.name])
    docs["stub1"] = stub_doc(stub_hospital, employer, b, addr, s1, "biweekly", extra1)
    docs["stub2"] = stub_doc(stub_hospital, employer, b, addr, s2, "biweekly", extra2)
    servicer = "Bluestem Mortgage Servicing"
    body = [f"I am writing to ask for help with my mortgage, loan number {loan}. I have worked at {employer} as a "
            "patient care technician for six years. In early November 2025 the hospital closed two units and cut "
            "the hours of every technician on my floor from 80 to 64 hours every two weeks.",
            "Because of the cut I lost about a fifth of my pay and I have not been able to make my full mortgage "
            "payment since December. I pick up evening and weekend shifts when I can, and I have cut my other "
            "expenses, but it is not enough to catch up.",
            "I want to keep my home. I am asking to be considered for a loan modification or any other option that "
            "would make my payment affordable. My pay stubs and my application are enclosed."]
    docs["letter"] = letter_doc("hardship_letter", typed_letter(
        [b.name, addr.street, addr.city_line, b.phone], day("2026-03-09"),
        [servicer, "Attn: Loss Mitigation", "P.O. Box 77120", "Columbus, OH 43207"],
        f"Re: Hardship letter - Loan # {loan}", body, "Sincerely,", [b], rng, ink=False,
        font="Helvetica"), day("2026-03-09"))
    docs["letter"].show = ["March 9, 2026"]
    wages_2025 = D(rate * 80 * 26 + 2600)
    docs["tax"] = Doc("tax_return", form_1040(b, addr, 2025, wages_2025, Decimal(0), D(wages_2025 * Decimal("0.09")),
                                              day("2026-02-20"), "Patient care tech", rng),
                      {"tax_year": 2025, "form": "1040"}, {"signed": True, "form": "1040"}, ["2025"])
    pmt = H(rng.randint(1150, 1650)) + H(rng.randint(0, 99)) / 100
    docs["mstmt"] = Doc("other", mortgage_statement(servicer, b, addr, loan, day("2026-02-17"), day("2026-03-01"),
                                                    pmt, pmt * 2, H(94.50), H(rng.randint(140000, 210000)),
                                                    "6.375%", day("2025-12-01")))
    folder = loan
    files = [Delivery(f"{folder}/Mortgage Assistance App - signed.pdf", [("app", i) for i in range(4)]),
             Delivery(f"{folder}/paystub_02-27.pdf", [("stub1", 0)]),
             Delivery(f"{folder}/PAYSTUB 3-13 (1).pdf", [("stub2", 0)], GREY200),
             Delivery(f"{folder}/Letter to lender.pdf", [("letter", 0)]),
             Delivery(f"{folder}/2025 taxes.pdf", [("tax", 0), ("tax", 1)]),
             Delivery(f"{folder}/Feb mortgage stmt.pdf", [("mstmt", 0)])]
    return Packet("w1", received, app, docs, files, [])


def build_w2(rng: random.Random, people: People) -> Packet:
    """Pinecrest Harbor's own form typed, signed in ink and scanned; an April school-district pay advice and March /
    April online bank statements, all more than 90 days old on arrival (income_doc:wages)."""
    received = day("2026-08-10")
    b = people.person(female=rng.random() < 0.5)
    addr = people.address()
    loan = people.loan_number()
    employer = "Willow Basin Unified School District"
    salary = H(rng.randint(2950, 3450)) + H(rng.choice((0, 25, 50, 75))) / 100
    stipend = H(125.00)
    extra = {"district_addr": f"410 Schoolhouse Road, {addr.city_line}", "emp_id": f"E{rng.randint(10000, 99999)}",
             "job": "Paraeducator - Special Education", "site": "Lincoln Elementary",
             "bank": "Northpoint Direct Bank", "acct": "", "sick": f"{rng.uniform(20, 70):.2f}"}
    dates = schedule("monthly", 2026, day("2026-04-30"))

    def earn(i: int) -> list:
        rows = [("Base Salary", None, None, salary)]
        if i != 1:
            rows.append(("Extra Duty Stipend", None, None, stipend))
        return rows

    def deduct(gross: Decimal) -> list:
        sers = D(gross * Decimal("0.10"))
        health = H(112.35)
        return [("Retirement (SERS)", sers), ("Health Insurance", health),
                *taxes(0.07, 0.028, sers + health, social_security=False)(gross)]

    checks = paychecks(dates, earn, deduct)
    stub = checks[-1]
    account = f"{rng.randint(10, 99)}{rng.randint(10000000, 99999999)}"
    extra["acct"] = account[-4:]
    app = Application(loan, b, None, addr, "primary_residence", ["increase_in_housing_expenses"], day("2026-01-01"),
                      "long_term", {"wages": salary + stipend}, {}, day("2026-07-28"), True, None, False,
                      assets={"cash": H(rng.randint(200, 800))})
    docs: dict[str, Doc] = {}
    docs["app"] = Doc("mortgage_assistance_application", servicer_form_a(app, rng, pen=True))
    docs["stub"] = stub_doc(stub_school, employer, b, addr, stub, "monthly", extra)
    begin = H(rng.randint(2300, 2900)) + H(rng.randint(0, 99)) / 100
    statements = []
    for month in (3, 4):
        start, end = dt.date(2026, month, 1), month_end(2026, month)
        deposits = [(c.pay_date, "WILLOW BASIN USD PAYROLL DIR DEP", c.net) for c in checks]
        bills = [(3, "ONLINE TRANSFER TO SAVINGS ****2207", H(50)),
                 (8, "DUKE ENERGY BILL PAY", H(rng.randint(90, 160))),
                 (12, "VERIZON WIRELESS AUTOPAY", H(84.17)), (15, "STATE FARM INSURANCE", H(131.40)),
                 (20, "PINECREST HARBOR LN PMT", H(rng.randint(1050, 1250))), (27, "ATM WITHDRAWAL #0391", H(100))]
        txns = month_txns(rng, start, end, deposits, bills, 7, MERCHANTS)
        st = Statement("Northpoint Direct Bank", b.name, "", addr, account, start, end, begin, txns)
        statements.append(st)
        begin = st.ending
    docs["stmt3"] = statement_doc(stmt_online, statements[0], {})
    docs["stmt4"] = statement_doc(stmt_online, statements[1], {})
    body = [f"I am re-sending the papers for my mortgage assistance application on loan {loan}. I put this "
            "package together in May but it was never mailed when my mother went into the hospital, so I am "
            "sending it now with a new signed application.",
            "In January my escrow payment went up by more than $300 a month because of the county's new property "
            "tax assessment and a big increase in my homeowner's insurance premium. My pay from the school district "
            "has not changed, and I cannot cover the higher payment.",
            "I would like to stay in my home and I am asking for a modification of my loan. Thank you for your "
            "time."]
    docs["letter"] = letter_doc("hardship_letter", typed_letter(
        [b.name, addr.street, addr.city_line], day("2026-07-28"),
        ["Pinecrest Harbor Loan Servicing", "Home Retention Department", "P.O. Box 4410", "Tulsa, OK 74159"],
        f"RE: Mortgage account {loan}", body, "Respectfully,", [b], rng), day("2026-07-28"))
    docs["letter"].show = ["July 28, 2026"]
    files = [Delivery(f"{loan} application.pdf", [("app", 0), ("app", 1)], GREY300),
             Delivery(f"{loan}_paystub_april.pdf", [("stub", 0)]),
             Delivery(f"{loan} - bank stmts Mar Apr.pdf", [("stmt3", 0), ("stmt3", 1), ("stmt4", 0), ("stmt4", 1)]),
             Delivery(f"LOAN {loan} hardship letter.pdf", [("letter", 0)])]
    return Packet("w2", received, app, docs, files, ["income_doc:wages"])


def build_w3(rng: random.Random, people: People) -> Packet:
    """Form 710 typed, printed, signed and dated in ink by the borrower only (the co-borrower's line left empty)
    inside one 300 dpi scan behind the mailroom's barcode separator; a trucking company's weekly driver pay
    statements and a restaurant chain's bi-weekly payroll-service stubs; a typed hardship letter
    (application_signature)."""
    received = day("2026-05-18")
    b = people.person(female=False)
    co = people.person(female=True, last=b.last)
    addr = people.address()
    loan = people.loan_number()
    trucker = "Red Mesa Freight Lines, Inc."
    cpm = Decimal("0.585")
    trips_by_check: dict[int, list] = {}
    cities = ("Amarillo TX", "Joplin MO", "Tulsa OK", "Memphis TN", "Little Rock AR", "Wichita KS",
              "Springfield MO", "Fort Smith AR", "Oklahoma City OK", "Dallas TX")

    def earn_t(i: int) -> list:
        trips = []
        total_pay = Decimal(0)
        total_miles = 0
        for _ in range(rng.randint(3, 4)):
            loaded, empty = rng.randint(380, 720), rng.randint(20, 120)
            pay = D((loaded + empty) * cpm)
            o, d = rng.sample(cities, 2)
            trips.append((f"{rng.randint(400000, 499999)}", o, d, f"{loaded:,}", f"{empty:,}", money(pay)))
            total_pay += pay
            total_miles += loaded + empty
        trips_by_check[i] = trips
        rows = [("Mileage pay", H(total_miles), cpm, total_pay)]
        stops = rng.randint(2, 6)
        rows.append(("Stop pay", H(stops), H(25), D(stops * 25)))
        if i % 4 == 3:
            rows.append(("Safety bonus", None, None, H(50)))
        return rows

    def deduct_t(gross: Decimal) -> list:
        return [*taxes(0.08, 0.04)(gross), ("Health Insurance", H(58.75))]

    tchecks = paychecks(schedule("weekly", 2026, day("2026-05-15")), earn_t, deduct_t)
    t1, t2 = tchecks[-2], tchecks[-1]
    texa = {"hq": "8800 Interstate Drive, Amarillo, TX 79118", "driver_no": f"D{rng.randint(1000, 9999)}",
            "truck": f"T-{rng.randint(100, 999)}", "terminal": "Joplin, MO", "acct": f"{rng.randint(1000, 9999)}"}
    restaurant = "Hollis Grill Family Restaurants"
    hourly = H(12.75)

    def earn_r(i: int) -> list:
        reg = H(rng.choice((58, 61.5, 64, 66.25, 70)))
        ot = H(rng.choice((0, 0, 2, 3.5)))
        tips = H(rng.randint(380, 540)) + H(rng.randint(0, 99)) / 100
        rows = [("Regular", reg, hourly, D(reg * hourly))]
        if ot:
            rows.append(("Overtime", ot, Decimal("19.125"), D(ot * Decimal("19.125"))))
        rows.append(("Charged Tips", None, None, tips))
        return rows

    rchecks = paychecks(schedule("biweekly", 2026, day("2026-05-08")), earn_r, taxes(0.055, 0.035))
    r1, r2 = rchecks[-2], rchecks[-1]
    rexa = {"store": f"#{rng.randint(100, 399)}", "store_addr": f"2150 Market Street, {addr.city_line}",
            "emp_id": f"{rng.randint(20000, 89999)}", "job": "Server / Shift Lead", "bank": "Sandhill Valley FCU",
            "acct": f"{rng.randint(1000, 9999)}"}
    tavg = sum((c.gross for c in tchecks), Decimal(0)) / len(tchecks)
    ravg = sum((c.gross for c in rchecks), Decimal(0)) / len(rchecks)
    wages = D(round(tavg * 52 / 12 + ravg * 26 / 12, -1))
    app = Application(loan, b, co, addr, "primary_residence", ["disability_or_illness"], day("2026-01-20"),
                      "long_term", {"wages": wages}, {}, day("2026-05-11"), True, None, False,
                      assets={"cash": H(rng.randint(300, 1200))})
    docs: dict[str, Doc] = {"sep": Doc(None, separator_sheet(loan))}
    docs["app"] = Doc("mortgage_assistance_application", form710(app, rng, typed_dates=False, ink_signatures=True,
                                                                 amount_style="comma"))
    for key, check, _n in (("t1", t1, 1), ("t2", t2, 2)):
        idx = tchecks.index(check)
        docs[key] = stub_doc(stub_trucking, trucker, b, addr, check, "weekly", dict(texa, trips=trips_by_check[idx]))
    docs["r1"] = stub_doc(stub_restaurant, restaurant, co, addr, r1, "biweekly", rexa)
    docs["r2"] = stub_doc(stub_restaurant, restaurant, co, addr, r2, "biweekly", rexa)
    child = rng.choice(("Jayden", "Micah", "Aaliyah", "Sophie"))
    body = [f"We are behind on our mortgage (loan {loan}) because our son {child}, who is 9, was diagnosed with a "
            "serious illness in January and has been in and out of the children's hospital since then.",
            f"{co.first} had to cut back her shifts at the restaurant to be with him for his treatments, and I have "
            "taken unpaid days off from driving to cover the days she cannot. Our insurance deductible and the "
            "travel to the hospital have used up our savings.",
            "His doctors expect the treatment to continue for most of this year. We are asking for a modification "
            "so that we can keep our home while we get through this. Our application and pay stubs are enclosed."]
    docs["letter"] = letter_doc("hardship_letter", typed_letter(
        [f"{b.name} and {co.name}", addr.street, addr.city_line], day("2026-05-11"),
        ["Loss Mitigation Department", "Re: Mortgage Assistance Application"], f"Loan Number: {loan}", body,
        "Thank you,", [b], rng), day("2026-05-11"))
    order = [("sep", 0)] + [("app", i) for i in range(4)] + [("letter", 0), ("t1", 0), ("t2", 0), ("r1", 0),
                                                             ("r2", 0)]
    files = [Delivery("SCAN_20260518_0935_0003.pdf", order, GREY300)]
    return Packet("w3", received, app, docs, files, ["application_signature"])


def build_w4(rng: random.Random, people: People) -> Packet:
    """Ridgeway Commons' own form typed, signed in ink and faxed in fine mode with a cover sheet, two federal
    Earnings and Leave Statements and a hand-written hardship letter about a divorce that is not final: no decree,
    separation agreement or quitclaim deed (hardship_doc:divorce_or_separation)."""
    received = day("2026-06-22")
    b = people.person(female=False)
    addr = people.address()
    loan = people.loan_number()
    agency = "U.S. Department of Agriculture"
    annual = H(rng.choice((58412, 61009, 63720, 66539)))
    hourly = D(annual / 2087)
    basic = D(hourly * 80)
    dates = schedule("biweekly", 2026, day("2026-06-11"), anchor=day("2026-01-08"), lag=5)

    def earn(i: int) -> list:
        return [("Basic Pay", H(80), hourly, basic)]

    def deduct(gross: Decimal) -> list:
        tsp = D(gross * Decimal("0.05"))
        fers = D(gross * Decimal("0.008"))
        fehb = H(142.67)
        return [("Federal Tax", D((gross - tsp - fehb) * Decimal("0.09"))), ("OASDI", D(gross * Decimal("0.062"))),
                ("Medicare", D(gross * Decimal("0.0145"))), ("State Tax", D((gross - tsp - fehb) * Decimal("0.035"))),
                ("FERS", fers), ("FEHB", fehb), ("TSP", tsp)]

    checks = paychecks(dates, earn, deduct)
    c1, c2 = checks[-2], checks[-1]
    bank = "Cumberland Valley FCU"
    base = {"grade": f"GS-{rng.choice((7, 9))}/{rng.randint(2, 6)}", "salary": annual, "hourly": hourly,
            "station": f"{addr.city.upper()}, {addr.state}", "bank": bank, "acct": f"{rng.randint(1000, 9999)}"}
    docs: dict[str, Doc] = {}
    for key, c in (("les1", c1), ("les2", c2)):
        n = checks.index(c)
        used = rng.choice(("0.0", "4.0", "8.0"))
        leave = [("ANNUAL", f"{60 + n * 6:.1f}", "6.0", used, f"{66 + n * 6 - float(used):.1f}"),
                 ("SICK", f"{40 + n * 4:.1f}", "4.0", "0.0", f"{44 + n * 4:.1f}")]
        docs[key] = stub_doc(stub_federal, agency, b, addr, c, "biweekly", dict(base, pp=f"{n:02d}", leave=leave))
    wages = D(round(basic * 26 / 12))
    app = Application(loan, b, None, addr, "primary_residence", ["divorce_or_separation"], day("2026-02-14"),
                      "long_term", {"wages": wages}, {}, day("2026-06-15"), True, None, False)
    docs["app"] = Doc("mortgage_assistance_application", servicer_form_b(app, rng))
    wife = rng.choice(("Dana", "Melissa", "Carla", "Teresa"))
    lines = ["June 15, 2026", "", "To Ridgeway Commons Mortgage,", f"Re: loan {loan}", "",
             f"My wife {wife} and I separated on February 14 of this",
             "year and she moved out with our two kids. She has filed",
             "for divorce but it is not final yet. Our court date keeps",
             "getting moved and my lawyer thinks it will be in the fall.",
             "Since she left I have been paying the whole mortgage",
             "and the bills on my salary alone plus child support,",
             "and I fell behind in March. I want to keep the house so",
             "the kids have their rooms when they stay with me.",
             "I will send the divorce decree when the judge signs it.",
             "Please let me know what else you need.", "", "Thank you,", "<sign>", b.name,
             f"<name>{b.name}"]
    docs["letter"] = letter_doc("hardship_letter", hand_letter(lines, rng), day("2026-06-15"))
    total_pages = 6
    docs["cover"] = Doc(None, fax_cover(b, f"({rng.randint(200, 989)}) 555-01{rng.randint(10, 99)}",
                                        "Ridgeway Commons Mortgage - Loss Mitigation", "(402) 555-0188", received,
                                        total_pages, loan, "Application, two pay statements and my letter. "
                                        "Please call me if anything is missing."))
    header = "JUN-22-2026 09:41     FROM: COPY CORNER 2214     TO: 14025550188     P.{page:03d}/{pages:03d}"
    fax = Scanner(dpi=204, dpi_y=196, bilevel=True, skew=(0.2, 0.9), noise=4.0, threshold=150, header=header)
    order = [("cover", 0), ("app", 0), ("app", 1), ("les1", 0), ("les2", 0), ("letter", 0)]
    files = [Delivery("FAX-20260622-094118-4025550188.pdf", order, fax)]
    return Packet("w4", received, app, docs, files, ["hardship_doc:divorce_or_separation"])


def build_w5(rng: random.Random, people: People) -> Packet:
    """Form 710 typed and signed on screen by a delivery-app driver claiming self-employment income, with the app's
    monthly earnings summaries, a signed 4506-C printed and scanned at home and a typed letter: no bank statements,
    profit and loss statement or tax return (income_doc:self_employment)."""
    received = day("2026-10-05")
    b = people.person(female=rng.random() < 0.5)
    addr = people.address()
    loan = people.loan_number()
    docs: dict[str, Doc] = {}
    monthly_payouts = []
    for month in (8, 9):
        first = dt.date(2026, month, 1)
        monday = first - dt.timedelta(days=first.weekday())
        weeks = []
        while monday.month <= month and monday.year == 2026 and monday <= month_end(2026, month):
            start = max(monday, first)
            end = min(monday + dt.timedelta(days=6), month_end(2026, month))
            days = (end - start).days + 1
            trips = rng.randint(9, 13) * days
            fare = D(trips * rng.uniform(9.1, 10.4))
            tip = D(trips * rng.uniform(2.2, 3.1))
            fee = D(fare * Decimal("0.12"))
            weeks.append((start, end, trips, fare, tip, fee))
            monday += dt.timedelta(days=7)
        payout = sum((w[3] + w[4] - w[5] for w in weeks), Decimal(0))
        monthly_payouts.append(payout)
        docs[f"gig{month}"] = Doc("other", gig_summary("Routefly", b, first, weeks, rng.randint(2600, 3400)))
    se = D(round(sum(monthly_payouts) / 2 * Decimal("0.8"), -1))
    app = Application(loan, b, None, addr, "primary_residence", ["reduction_in_income"], day("2026-05-01"),
                      "short_term", {"self_employment": se}, {}, day("2026-09-28"), True, None, False)
    docs["app"] = Doc("mortgage_assistance_application", form710(app, rng, typed_dates=True, ink_signatures=False),
                      show=[loan, b.name])
    ives = ("Veriscan Income Verification LLC", "IV-20418", "VSIV0418", "600 Commerce Street", "Dallas", "TX",
            "75202")
    docs["4506c"] = Doc("irs_form_4506c", form_4506c(b, addr, day("2026-09-28"), rng, ives, 2025, True,
                                                     "Loss Mitigation, (800) 555-0142, 1 Servicer Way, Dallas TX"),
                        {"signed": True, "signed_on": "2026-09-28"}, {"signed": True})
    body = ["I drive for a delivery app full time. Since May the company changed how it pays drivers and cut the "
            "base pay per delivery, and my weekly payouts dropped by about $250. I also had to replace the "
            "transmission in my car in June, which kept me off the road for two weeks.",
            "I fell behind on my mortgage in June and I have not been able to catch up. I am working more hours and "
            "expect my income to stabilize, but I need a short-term plan to bring the loan current.",
            "I have attached my application, my earnings summaries for August and September and the signed IRS "
            "form."]
    docs["letter"] = letter_doc("hardship_letter", typed_letter(
        [b.name, addr.one_line, b.email], day("2026-09-28"), ["To whom it may concern"],
        f"Loan number {loan}", body, "Best regards,", [b], rng, ink=False, font="Helvetica",
        date_style="us"), day("2026-09-28"))
    scan = Scanner(dpi=200, jpeg_quality=60, skew=(0.5, 1.5), noise=7.0, paper=(214, 232))
    f = loan
    files = [Delivery(f"{f}/MAA form 710 signed.pdf", [("app", i) for i in range(4)]),
             Delivery(f"{f}/Scanned_20260928-1915.pdf", [("4506c", 0)], scan),
             Delivery(f"{f}/earnings_summary_2026-08.pdf", [("gig8", 0)]),
             Delivery(f"{f}/earnings_summary_2026-09.pdf", [("gig9", 0)]),
             Delivery(f"{f}/why I fell behind.pdf", [("letter", 0)])]
    return Packet("w5", received, app, docs, files, ["income_doc:self_employment"])


def build_w6(rng: random.Random, people: People) -> Packet:
    """Form 710 typed, printed and signed in ink by a retired couple; Social Security's Notice of Award, a municipal
    pension's benefit confirmation, two credit union statements, a typed letter and the insurer's claim decision,
    all in one 240 dpi scan without a separator sheet, in a folder named after the loan. Complete."""
    received = day("2026-11-02")
    b = people.person(female=False)
    co = people.person(female=True, last=b.last)
    addr = people.address()
    loan = people.loan_number()
    ssa = H(rng.randint(1650, 2150))
    pension = H(rng.randint(1050, 1450)) + H(rng.randint(0, 99)) / 100
    app = Application(loan, b, co, addr, "primary_residence", ["disaster"], day("2026-07-19"), "short_term",
                      {"benefits_taxable": ssa + pension}, {}, day("2026-10-20"), True, day("2026-10-20"), True,
                      assets={"cash": H(rng.randint(800, 2400)), "savings": H(rng.randint(1000, 5000))})
    docs: dict[str, Doc] = {}
    docs["app"] = Doc("mortgage_assistance_application", form710(app, rng, typed_dates=False, ink_signatures=True))
    docs["ssa"] = letter_doc("benefit_award_letter", ssa_award(b, addr, day("2026-10-14"), ssa, day("2026-09-01"),
                                                               f"XXX-XX-{b.last4}A"),
                             day("2026-10-14"), monthly_amount=float(ssa), benefit_type="benefits_taxable")
    fund = "Three Rivers Municipal Employees' Retirement System"
    docs["pension"] = letter_doc("benefit_award_letter", pension_letter(
        fund, ["300 Civic Center Plaza, Suite 5", f"{addr.city}, {addr.state} {addr.zip}", "(555) 014-3300"], co,
        addr, day("2026-09-30"), pension, day("2022-07-01"), f"M-{rng.randint(100000, 999999)}"),
        day("2026-09-30"), monthly_amount=float(pension), benefit_type="benefits_taxable")
    account = f"{rng.randint(100000, 999999)}{rng.randint(1000, 9999)}"
    begin = H(rng.randint(900, 2200)) + H(rng.randint(0, 99)) / 100
    for month in (8, 9):
        start, end = dt.date(2026, month, 1), month_end(2026, month)
        deposits = [(dt.date(2026, month, 1), "ACH DEP THREE RIVERS MERS PENSION", pension),
                    (dt.date(2026, month, 14), "SHARE TRANSFER FROM SAVINGS", H(400))]
        bills = [(5, "ACH ATMOS ENERGY", H(rng.randint(40, 75))), (9, "ACH AT&T PAYMENT", H(72.41)),
                 (18, "CHECK 1044", H(rng.randint(200, 320))), (22, "ACH GRANITE SHIELD MUTUAL INS", H(168.00))]
        txns = month_txns(rng, start, end, deposits, bills, 6, MERCHANTS)
        st = Statement("Sandhill Valley Federal Credit Union", b.name, co.name, addr, account, start, end, begin,
                       txns)
        docs[f"cu{month}"] = statement_doc(stmt_credit_union, st, {"cu_addr": "1200 Prairie Avenue, Wichita, KS 67202",
                                                                   "member": account[:6],
                                                                   "savings": H(rng.randint(500, 3000))})
        begin = st.ending
    body = [f"On July 19 a hail storm went through our neighborhood and damaged the roof and siding of our home at "
            f"{addr.street}. Our insurance company paid only part of the claim and we had to pay the rest of the "
            "roof replacement ourselves, about $9,000, on top of our deductible.",
            f"We are both retired. {co.first} receives a pension from the city and {b.first}'s Social Security "
            "started in September. Paying for the roof took all of our savings and we have missed the August, "
            "September and October mortgage payments.",
            "Our income is steady and we can afford our regular payment going forward. We are asking for help to "
            "catch up on what we missed."]
    docs["letter"] = letter_doc("hardship_letter", typed_letter(
        [f"{b.name} and {co.name}", addr.street, addr.city_line], day("2026-10-20"),
        ["Loss Mitigation Department"], f"Loan # {loan} - request for assistance", body, "Sincerely,", [b, co],
        rng), day("2026-10-20"))
    paid, denied = H(rng.randint(6000, 9000)), H(rng.randint(7500, 9800))
    docs["ins"] = Doc("other", insurer_letter(b, addr, day("2026-08-20"), f"HO-{rng.randint(1000000, 9999999)}",
                                              day("2026-07-19"), paid, denied))
    order = ([("app", i) for i in range(4)] + [("letter", 0), ("ins", 0), ("ssa", 0), ("ssa", 1), ("pension", 0),
                                               ("cu8", 0), ("cu9", 0)])
    files = [Delivery(f"{loan}/Scan_2026-11-02_093217.pdf", order, GREY240)]
    return Packet("w6", received, app, docs, files, [])


def build_w7(rng: random.Random, people: People) -> Packet:
    """Lakemont Savings' own two-column form typed, printed, signed and dated in ink by a laid-off borrower and his
    wife, scanned black-and-white at 200 dpi; her dental office's semi-monthly pay stubs, his unemployment benefit
    determination and a typed letter signed by both, e-mailed as files named with the loan number. Complete."""
    received = day("2026-12-07")
    b = people.person(female=False)
    co = people.person(female=True, last=b.last, middle=False)
    addr = people.address()
    loan = people.loan_number()
    rate = H(rng.choice((41.50, 43.00, 44.25, 45.75)))

    def earn(i: int) -> list:
        hrs = H(rng.choice((72, 76, 78.5, 80, 82, 84.5)))
        rows = [("Regular", hrs, rate, D(hrs * rate))]
        if i == 21:
            rows.append(("Holiday", H(8), rate, D(8 * rate)))
            rows[0] = ("Regular", hrs - 8, rate, D((hrs - 8) * rate))
        return rows

    def deduct(gross: Decimal) -> list:
        k = D(gross * Decimal("0.03"))
        return [("401(k)", k), *taxes(0.09, 0.0307, k)(gross)]

    checks = paychecks(schedule("semimonthly", 2026, day("2026-11-30")), earn, deduct)
    c1, c2 = checks[-2], checks[-1]
    employer = "Brookline Family Dental, PLLC"
    extra = {"emp_street": "77 Brookline Avenue, Suite 2", "emp_city": addr.city_line,
             "emp_id": f"{rng.randint(100, 999)}"}
    weekly = H(rng.choice((445, 465, 482, 510)))
    ui_monthly = D(round(weekly * 52 / 12))
    wages = D(round(sum((c.gross for c in checks), Decimal(0)) / len(checks) * 2, -1))
    app = Application(loan, b, co, addr, "primary_residence", ["unemployment"], day("2026-09-18"), "short_term",
                      {"wages": wages, "unemployment": ui_monthly}, {}, day("2026-11-30"), True, day("2026-11-30"),
                      True)
    docs: dict[str, Doc] = {}
    docs["app"] = Doc("mortgage_assistance_application", servicer_form_c(
        app, rng, {"wages": (Decimal(0), wages), "unemployment": (ui_monthly, Decimal(0))}))
    docs["s1"] = stub_doc(stub_dental, employer, co, addr, c1, "semimonthly", extra)
    docs["s2"] = stub_doc(stub_dental, employer, co, addr, c2, "semimonthly", extra)
    plant = "Kessler Valve & Fitting Co."
    docs["ui"] = letter_doc("unemployment_benefit_letter", ui_determination(
        addr.state, b, addr, day("2026-10-02"), weekly, day("2026-09-20"), f"UI-{rng.randint(10000000, 99999999)}",
        plant), day("2026-10-02"), benefit_type="unemployment")
    docs["ui"].show = ["10/02/2026", money(weekly)]
    body = [f"{b.first} was laid off from {plant} on September 18, 2026 when the plant closed its second shift. He "
            "is receiving unemployment benefits and is looking for work every week; he has had two interviews "
            "and expects to be working again early next year.",
            f"{co.first} works full time as a dental hygienist, but her pay alone does not cover the mortgage and "
            "our other bills. We missed the October and November payments.",
            "We are asking for a forbearance or a short-term plan until he is back at work, and then help to catch "
            "up the missed payments. Thank you for considering our request."]
    docs["letter"] = letter_doc("hardship_letter", typed_letter(
        [f"{b.first} and {co.first} {b.last}", addr.street, addr.city_line], day("2026-11-30"),
        ["Lakemont Savings Bank", "Homeowner Support", "88 Shoreline Drive", "Erie, PA 16507"],
        f"Loan {loan}", body, "Sincerely,", [b, co], rng, font="Times-Roman"), day("2026-11-30"))
    folder = "Email 12-07 from borrower"
    files = [Delivery(f"{folder}/{loan} application.pdf", [("app", 0), ("app", 1)], BW200),
             Delivery(f"{folder}/{loan} Nov paystubs.pdf", [("s1", 0), ("s2", 0)]),
             Delivery(f"{folder}/{loan}_UI_determination.pdf", [("ui", 0)]),
             Delivery(f"{folder}/{loan} letter.pdf", [("letter", 0)], GREY200)]
    return Packet("w7", received, app, docs, files, [])


def build_w8(rng: random.Random, people: People) -> Packet:
    """Form 710 typed and signed on screen by a widow who works and rents out the apartment over her garage; her
    regional bank's February and March statements (payroll and rent deposits), the obituary printed from the
    funeral home's site, a 4506-C typed and signed on screen, and a short letter; loose files named by surname
    and loan number. Complete."""
    received = day("2026-04-20")
    b = people.person(female=True)
    addr = people.address()
    loan = people.loan_number()
    husband = people.person(female=False, last=b.last)
    net_pay = H(rng.randint(1280, 1520)) + H(rng.randint(0, 99)) / 100
    gross_monthly = D(net_pay * Decimal("1.31") * 26 / 12)
    wages = D(round(gross_monthly, -1))
    rent = H(rng.choice((950, 1050, 1150)))
    rental = D(rent * Decimal("0.75"))
    app = Application(loan, b, None, addr, "primary_residence", ["death"], day("2026-01-09"), "long_term",
                      {"wages": wages, "rental": rental}, {}, day("2026-04-13"), True, None, False,
                      assets={"cash": H(rng.randint(400, 1500))})
    docs: dict[str, Doc] = {}
    docs["app"] = Doc("mortgage_assistance_application", form710(app, rng, typed_dates=True, ink_signatures=False,
                                                                 amount_style="comma"), show=[loan, b.name])
    account = f"{rng.randint(1000, 9999)}{rng.randint(100000, 999999)}"
    begin = H(rng.randint(2500, 3200)) + H(rng.randint(0, 99)) / 100
    paydays = [day("2026-01-30") + dt.timedelta(days=14 * k) for k in range(6)]
    for month in (2, 3):
        start, end = dt.date(2026, month, 1), month_end(2026, month)
        deposits = [(d, "DIRECT DEP TAMARACK COUNTY PAYROLL", net_pay) for d in paydays]
        deposits.append((dt.date(2026, month, 3), "MOBILE DEPOSIT CHECK - RENT", rent))
        bills = [(2, "ONLINE PMT COLUMBIA GAS", H(rng.randint(90, 180))), (7, "ACH SPECTRUM INTERNET", H(79.99)),
                 (11, "ACH PROGRESSIVE INS", H(118.20)), (16, "ONLINE PMT CITY WATER & SEWER", H(64.35)),
                 (21, "CHECK 2217", H(rng.randint(150, 400))), (24, "ACH HOMEOWNERS HEARTH MTG PMT",
                                                                 H(rng.randint(700, 950)))]
        if month == 2:
            bills.append((6, "CHECK 2214 WHITFIELD & SONS", H(rng.randint(2100, 2600))))
        else:
            bills.append((12, "ONLINE PMT CAPITAL ONE CARD", H(rng.randint(900, 1300))))
        txns = month_txns(rng, start, end, deposits, bills, 9, MERCHANTS)
        st = Statement("First Cumberland Bank & Trust", b.name, "", addr, account, start, end, begin, txns)
        docs[f"bs{month}"] = statement_doc(stmt_regional, st, {"bank_addr": "P.O. Box 1120, Cumberland, MD 21501",
                                                               "split": 10})
        begin = st.ending
    home = "Whitfield & Sons Funeral Home"
    docs["obit"] = Doc("obituary", obituary(husband.name, "March 3, 1961", day("2026-01-09"), 64, addr.city,
                                            f"his wife of 38 years, {b.first}; two daughters; and four grandchildren",
                                            home, day("2026-01-15"), day("2026-01-16")))
    ives = ("Ledgerline Verify Inc.", "LV-55102", "LVI5510", "1900 Market Street", "Philadelphia", "PA", "19103")
    client = "Loss Mitigation, (888) 555-0126, 500 Servicer Plaza, Columbus OH"
    docs["4506c"] = Doc("irs_form_4506c", form_4506c(b, addr, day("2026-04-13"), rng, ives, 2025, False, client),
                        {"signed": True, "signed_on": "2026-04-13"}, {"signed": True}, ["2026"])
    body = [f"My husband {husband.first} passed away on January 9 after a short illness. His income from his job "
            "paid about half of our bills, including the mortgage. I am working full time for the county and I "
            "rent the apartment over the garage, but I have not been able to keep up with the payment on my own.",
            "I want to stay in our home. I am enclosing his obituary, my bank statements, which show my pay and the "
            "rent deposits, the IRS form you asked for and my application."]
    docs["letter"] = letter_doc("hardship_letter", typed_letter(
        [b.name, addr.street, addr.city_line], day("2026-04-13"), ["Loss Mitigation"], f"Loan {loan}", body,
        "Thank you,", [b], rng, ink=False, font="Times-Roman"), day("2026-04-13"))
    n = f"{b.last} {loan}"
    files = [Delivery(f"{n} - application.pdf", [("app", i) for i in range(4)]),
             Delivery(f"{n} - Feb statement.pdf", [("bs2", 0), ("bs2", 1)]),
             Delivery(f"{n} - Mar statement.pdf", [("bs3", 0), ("bs3", 1)]),
             Delivery(f"{n} - obituary.pdf", [("obit", 0)]),
             Delivery(f"{n} - 4506C.pdf", [("4506c", 0)]),
             Delivery(f"{n} - letter.pdf", [("letter", 0)])]
    return Packet("w8", received, app, docs, files, [])


BUILDERS = {"w1": build_w1, "w2": build_w2, "w3": build_w3, "w4": build_w4, "w5": build_w5, "w6": build_w6,
            "w7": build_w7, "w8": build_w8}


# ------------------------------------------------------------------------------------------------------------
# building, checking
# ------------------------------------------------------------------------------------------------------------

APPLICATION_KEYS = ("loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
                    "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed")
FIELD_KEYS = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "hardship_letter": {"letter_date"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "unemployment_benefit_letter": {"letter_date", "benefit_type"},
    "tax_return": {"tax_year", "form"},
    "irs_form_4506c": {"signed", "signed_on"},
    "mortgage_assistance_application": set(), "other": set(), "obituary": set(),
}


def build_packet(name: str, seed: int) -> tuple[Packet, random.Random]:
    rng = random.Random(f"holdout-w/{seed}/{name}")
    return BUILDERS[name](rng, People(rng, PACKETS.index(name))), random.Random(f"holdout-w/{seed}/{name}/paper")


def write_packet(args: tuple[str, int, str]) -> tuple[str, float]:
    name, seed, out = args
    t0 = time.time()
    pk, paper = build_packet(name, seed)
    target = Path(out) / name
    if target.exists():
        shutil.rmtree(target)
    expected = assemble(pk, Path(out), paper)
    (target / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return name, time.time() - t0


DOC_TYPES = {"mortgage_assistance_application", "pay_stub", "bank_statement", "hardship_letter",
             "profit_and_loss_statement", "tax_return", "w2", "irs_form_4506c", "unemployment_benefit_letter",
             "benefit_award_letter", "investment_statement", "rent_check", "divorce_decree", "quitclaim_deed",
             "death_certificate", "obituary", "medical_statement", "employer_relocation_letter", "military_pcs_orders",
             "other"}


def _fake_case(expected: dict) -> dict:
    """expected.json dressed as a case.json, to run it through tests/sample_compare.compare."""
    wrap = lambda v: {"value": v, "confidence": 1.0}  # noqa: E731
    app = expected["application"]
    case_app = {k: wrap(v) for k, v in app.items() if k != "income"}
    case_app["income"] = {k: wrap(v) for k, v in app["income"].items()}
    return {"status": expected["status"], "missing": [{"code": c, "description": c} for c in expected["missing"]],
            "application": case_app,
            "documents": [{"type": d["type"], "pages": d["pages"], "fields": {k: wrap(v) for k, v in
                                                                             d["fields"].items()}}
                          for d in expected["documents"]]}


def check(out: Path, seed: int) -> list[str]:
    """Every way this generator can catch its own mistakes; returns the problems found."""
    import re

    from sample_compare import compare  # tests/sample_compare.py

    problems: list[str] = []
    for name in PACKETS:
        def say(msg: str, name: str = name) -> None:
            problems.append(f"{name}: {msg}")
        folder = out / name
        expected = json.loads((folder / "expected.json").read_text())
        pk, _ = build_packet(name, seed)
        if list(expected) != ["loan_number", "received_on", "status", "missing", "application", "documents"]:
            say(f"expected.json keys {list(expected)}")
        if tuple(expected["application"]) != APPLICATION_KEYS:
            say(f"application keys {list(expected['application'])}")
        if not re.fullmatch(r"\d{6,15}", expected["loan_number"]):
            say("loan number")
        if expected["loan_number"] != expected["application"]["loan_number"]:
            say("loan number differs from the application's")
        # the checklist gives the scenario's codes, and the status follows
        if expected["missing"] != sorted(pk.intended):
            say(f"missing {expected['missing']} but the scenario intends {pk.intended}")
        if expected["status"] != ("incomplete" if expected["missing"] else "complete"):
            say("status does not follow from missing")
        inc = expected["application"]["income"]
        if abs(sum(v for k, v in inc.items() if k != "total") - inc["total"]) > 0.005:
            say("income total is not the sum of the lines")
        if any(k not in (*INCOME_CODES, "total") for k in inc) or any(
                h not in HARDSHIP_CODES for h in expected["application"]["hardship_types"]):
            say("unknown income or hardship code")
        if re.search(r"9\d\d-\d\d-\d{4}", json.dumps(expected)):
            say("a full SSN reached expected.json")
        # documents, pages and files
        seen: set[tuple[str, int]] = set()
        ids = []
        for doc in expected["documents"]:
            ids.append(doc["id"])
            if set(doc) != {"id", "type", "scanned", "pages", "fields"} or doc["type"] not in DOC_TYPES:
                say(f"{doc['id']} malformed")
            if set(doc["fields"]) != FIELD_KEYS[doc["type"]]:
                say(f"{doc['id']} ({doc['type']}) fields {sorted(doc['fields'])}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    say(f"page {key} in two documents")
                seen.add(key)
            f = doc["fields"]
            if doc["type"] == "pay_stub":
                freq = f["frequency"]
                if f["monthly_gross"] != float(monthly_from(D(f["gross_current"]), freq)):
                    say(f"{doc['id']} monthly_gross")
                if not f["period_start"] <= f["period_end"] or f["pay_date"] < f["period_start"] or \
                        f["gross_ytd"] < f["gross_current"]:
                    say(f"{doc['id']} stub dates or YTD")
                days = (day(f["period_end"]) - day(f["period_start"])).days + 1
                if {"weekly": (7,), "biweekly": (14,), "semimonthly": (15, 16, 13, 14), "monthly": (28, 29, 30, 31)
                    }[freq].count(days) == 0:
                    say(f"{doc['id']} period length {days} for {freq}")
        if ids != [f"D{n:02d}" for n in range(1, len(ids) + 1)] or expected["documents"][0]["type"] != \
                "mortgage_assistance_application":
            say("document ids or order")
        non_docs = sum(1 for d in pk.files for key, _ in d.items if pk.docs[key].type is None)
        total = 0
        for delivery in pk.files:
            path = folder / "inbox" / delivery.path
            try:
                reader = PdfReader(str(path))
                n = len(reader.pages)
            except Exception as exc:
                say(f"{delivery.path} does not open: {exc}")
                continue
            total += n
            if n != len(delivery.items):
                say(f"{delivery.path} has {n} pages, {len(delivery.items)} planned")
            for i, page in enumerate(reader.pages, start=1):
                text = (page.extract_text() or "").strip()
                if delivery.scanner and text:
                    say(f"{delivery.path} p{i} is a scan but has a text layer")
                if not delivery.scanner and not text:
                    say(f"{delivery.path} p{i} is born digital but has no text")
        if total != len(seen) + non_docs:
            say(f"{total} pages in the files, {len(seen)} in documents and {non_docs} cover or separator sheets")
        all_files = sorted(str(p.relative_to(folder / "inbox")) for p in (folder / "inbox").rglob("*") if p.is_file())
        if all_files != sorted(d.path for d in pk.files):
            say(f"unexpected files in inbox: {all_files}")
        for doc in expected["documents"]:
            if not doc["scanned"]:
                key = next(k for k, d in pk.docs.items() if d.type == doc["type"] and d.fields == doc["fields"])
                text = ""
                for p in doc["pages"]:
                    reader = PdfReader(str(folder / "inbox" / p["file"]))
                    text += " " + (reader.pages[p["page"] - 1].extract_text() or "")
                    text += " " + " ".join(str(v.get("/V", "")) for v in (reader.get_fields() or {}).values())
                for value in pk.docs[key].show:
                    if not any(option in text for option in value.split("|")):
                        say(f"{doc['id']} does not print {value!r}")
        # a separator sheet's barcode still reads after scanning
        for delivery in pk.files:
            for n, (key, _) in enumerate(delivery.items):
                if pk.docs[key].type is None and key == "sep":
                    image = render_pages(concat([((folder / "inbox" / delivery.path).read_bytes(), n)]), 150)[0]
                    codes = [r.text for r in zxingcpp.read_barcodes(image)]
                    if f"LOAN {expected['loan_number']}" not in codes:
                        say(f"separator barcode reads {codes}")
        # received dates and freshness stated in the docstring's terms
        received = day(expected["received_on"])
        if received.weekday() >= 5:
            say("received on a weekend")
        comparison = compare(expected, _fake_case(expected))
        if comparison.wrong():
            say(f"expected.json does not score perfectly against itself: {comparison.wrong()[:2]}")
    return problems


def file_hashes(out: Path) -> dict[str, str]:
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.rglob("*")) if p.is_file() and p.parts[len(out.parts)] in PACKETS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--check", action="store_true", help="validate the output (and that a rebuild is identical)")
    args = parser.parse_args(argv)
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    for name in PACKETS:
        _, took = write_packet((name, args.seed, str(out)))
        print(f"{name}: {took:.1f}s", flush=True)
    print(f"wrote {len(PACKETS)} packets to {out} in {time.time() - t0:.1f}s")
    if not args.check:
        return 0
    problems = check(out, args.seed)
    with tempfile.TemporaryDirectory(prefix="wgen_rebuild_") as tmp:
        for name in PACKETS:
            write_packet((name, args.seed, tmp))
        first, again = file_hashes(out), file_hashes(Path(tmp))
        if first != again:
            differ = sorted(k for k in set(first) | set(again) if first.get(k) != again.get(k))
            problems.append(f"a rebuild with the same seed differs: {differ[:5]}")
    for problem in problems:
        print("PROBLEM", problem)
    print(f"check: {'OK' if not problems else f'{len(problems)} problem(s)'} in {time.time() - t0:.1f}s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
