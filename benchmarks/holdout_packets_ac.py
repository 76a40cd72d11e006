"""A twenty-ninth holdout set of borrower packets (ac1..ac8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z and aa sets, written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ac.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.15 to 0.6 degrees, a
little blurred and speckled, JPEG, no text layer) or one plain fax, and the hand-written parts are signatures and the
dates beside them.

Applications: the real Form 710 (April 2023) typed through its AcroForm in three packets - signed on the screen with
drawn strokes and the date typed into its field, e-mailed (ac1); printed, signed and dated in ink by both spouses and
scanned by the mailroom (ac4); printed, signed and dated in ink and faxed from a copy shop (ac7). Two servicers' own
forms, each once typed in its PDF and signed on the screen and once printed, signed in ink and scanned:
Brightwater Loan Servicing's two-page LANDSCAPE "Homeowner Relief Application" (BLS-2L: a serif name over a double
rule, two columns a page, every answer typed in Courier after a row of dot leaders - "Borrower's full name . . . .
answer" -, the FULL Social Security number asked (the report keeps its last four), "Street address" and "City, state
and ZIP" on two rows, occupancy asked as three statements each answered in a YES / NO pair of boxes - "I live in the
property as my primary residence", "The property is my second or vacation home", "The property is rented out or held
as an investment" -, its own hardship wording in the same YES / NO pairs ("My pay, hours or overtime were reduced",
"Death of a borrower or of a wage earner"), "The hardship began on (mm/dd/yyyy)", income as dot-leader rows run to a
"$" column with a TOTAL MONTHLY INCOME row, the two signature and date rules across the foot of page 2) - ac2 on
screen, ac5 in ink; Cobalt Ridge Mortgage Services' two-page "Loss Mitigation Application" (CRM-5: portrait, every
section a bordered box numbered in a black square at its top-left corner, labels in SMALL CAPITALS down the left of
the box and answers typed on rules to the right, choices marked by an X typed on a short blank BEFORE the option -
"_X_ my primary residence" -, city, state and ZIP on answer rules of their own, ten hardship reasons as such blanks
in two columns, income as a ruled table Source | Amount per month | How often paid with a total row) - ac6 on screen,
ac3 and ac8 in ink.

Pay: a state university's semi-monthly salaried "PAY STATEMENT" (a boxed Pay Date / Pay Period Begin / End / Pay
Frequency panel, employee facts in two boxes, earnings, taxes and deductions with Current and YTD, a Current / Year to
Date grid of gross, taxes, deductions and net); a transit district's bi-weekly "EMPLOYEE EARNINGS STATEMENT" in a
fixed-width face (a row of caption cells EMP NO / EMPLOYEE NAME / DEPT / PERIOD FROM / PERIOD TO / PAY DATE, REG /
OT15 / SHF codes with hours, rate, amount and YTD, a four-cell totals strip, a leave line); a nursing home's weekly
"PAYROLL VOUCHER" (work week and check date in sentences, one ledger of pay and withholding with This Check / Year to
Date, a boxed NET CHECK); and a payroll provider's "Earnings Statement" with a non-negotiable CHECK FACE below a
perforation (amount in words, pay-to block, MICR line) for a garden center chain (bi-weekly) and a bakery (weekly).
Every year-to-date figure is the sum of that year's checks. Statements: a credit union's two-page "MEMBER STATEMENT"
(member number and period in a box, a share savings and share draft summary, the checking account's activity with
Withdrawals / Deposits / Balance columns) and an online bank's one-page statement (a lower-case word mark, "Statement
period: Mar 1, 2034 - Mar 31, 2034", four summary cards, deposits and withdrawals listed in separate sections).
Letters and papers: typed hardship letters (unsigned when e-mailed, signed in ink when scanned or faxed), Social
Security's survivors benefit letter (taxable, monthly) and SSI notice (non-taxable, monthly), the VA's summary of
disability compensation (non-taxable, monthly), two pension funds' confirmations of a monthly pension (taxable),
two states' notices of benefit award (weekly amounts), a newspaper obituary, page 1 of the real IRS Form 4506-C
(Rev. 10-2022) typed over and signed in ink, the mailroom's Code 128 "LOAN <number>" separator sheet and a copy shop's
fax cover (neither is a document). Co-borrowers in ac2, ac4, ac6 and ac8.

Deliveries: a folder named after the loan of e-mailed born-digital files (ac1); loose files named "<loan>_..." with
the two pay statements 200 dpi scans of paper (ac2); ONE 240 dpi grey scan of the whole packet without a separator
sheet, named "<Surname>_<loan>_packet.pdf" (ac3); one 300 dpi grey mailroom scan behind the Code 128 separator sheet
under the mailroom's name (ac4); a folder named after the loan holding one 200 or 300 dpi scan per paper under the
scanner's names scan0001.pdf.. (ac5); loose born-digital files named "<Surname> <loan> - ..." (ac6); one fine fax
(200 dpi, black and white, the copy shop's header line with page numbers on every page) behind its cover sheet under
the fax server's name (ac7); a folder named after the loan holding the 240 dpi scan of the signed application beside
downloaded stubs and a letter (ac8).

Complete: ac1 (a fresh semi-monthly statement with year-to-date pay; a reduction in income needs no papers), ac3
(two consecutive fresh credit union statements show the self-employment deposits, the 4506-C is signed; a disaster
needs no papers), ac5 (Social Security's and the pension plan's letters give amount and frequency of the taxable
benefits claimed on one line; the obituary documents the husband's death), ac7 (unemployment income and the
unemployment hardship need nothing; the VA letter documents the non-taxable benefit). Incomplete, each for one
reason: ac2 the transit district's pay statements were paid in February and the packet arrived in June, more than
90 days later, and no bank statements came (income_doc:wages; the pension letter and the illness letter are fine);
ac4 rental income from a basement apartment is claimed and two consecutive statements show it, but no signed IRS
Form 4506-C came (irs_form_4506c); ac6 the typed form's "Date hardship began" is empty
(application_field:hardship_start_date); ac8 the wife is named as co-borrower on the Cobalt Ridge form but her
signature and date rules are empty (application_signature).

This set is standalone: people (each household with a surname of its own), pens (a quick joined signature drawn as
smoothed strokes, dates written with an oblique system font jittered glyph by glyph), printer, scanner, fax, a
hand-written image-PDF writer and the checklist (`missing_codes`, shared/spec/checklist.md) are written here; only
tests/pdf_factory.py's Form 710 filler and barcode maker and tests/sample_compare.py are borrowed. Expected status
and codes follow from the values drawn and must equal each scenario's intended codes; a different seed changes names,
amounts, signatures and noise but never the scenario. `--check` rebuilds the set in memory and confirms that every
file is the same bytes for the seed, expected.json's keys and per-type fields, status against codes and the codes
against the scenario, income totals, pay-stub periods, monthly gross and year to date (the sum of the year's checks),
that statements add up and chain, that every page of every file belongs to exactly one document (fax cover and
separator aside), that `scanned` matches the pages' text layers, that born-digital documents print their key values
(Form 710's in its fields), that the separator's barcode still reads after scanning, that no SSN beyond its last four
reaches expected.json, and that expected.json scores perfectly against itself through tests/sample_compare.compare.
Received dates fall in 2034. All people, employers, banks and servicers are fictional (the Social Security
Administration, the VA, the state agencies and the IRS form aside).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import io
import itertools
import json
import logging
import random
import re
import shutil
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import pdf_factory  # noqa: E402  (Form 710 filler, barcode maker)
from sample_compare import compare  # noqa: E402

logging.getLogger("pypdf").setLevel(logging.ERROR)  # the blank forms' harmless xref and font warnings

PACKETS = ("ac1", "ac2", "ac3", "ac4", "ac5", "ac6", "ac7", "ac8")
D = dt.date
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu" / "DejaVuSans-Oblique.ttf"
MONO_FONT = FONT_DIR / "dejavu" / "DejaVuSansMono.ttf"
if not MONO_FONT.is_file():
    MONO_FONT = FONT_DIR / "liberation2" / "LiberationMono-Regular.ttf"
if not HAND_FONT.is_file():
    HAND_FONT = FONT_DIR / "liberation2" / "LiberationSans-Italic.ttf"


# ---------------------------------------------------------------------------------------------------------------
# small formatting helpers
# ---------------------------------------------------------------------------------------------------------------


def money(v: float) -> str:
    return f"{v:,.2f}"


def cents(v: float) -> float:
    return round(v + 1e-9, 2)


def us(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_date(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def eom(y: int, m: int) -> dt.date:
    return D(y, m, calendar.monthrange(y, m)[1])


def business_day_on_or_before(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    return D(d.year + y, m + 1, 1)


# ---------------------------------------------------------------------------------------------------------------
# people, places, numbers (all fictional; SSNs in the never-issued 900-999 area)
# ---------------------------------------------------------------------------------------------------------------

FIRST_F = ["Renata", "Colleen", "Imani", "Theresa", "Marisol", "Janelle", "Dorothy", "Ingrid", "Priya", "Annika",
           "Lorraine", "Felicia", "Gwendolyn", "Rosalind", "Tamsin", "Bethany", "Yolanda", "Corinne"]
FIRST_M = ["Desmond", "Harold", "Tobias", "Reginald", "Mateo", "Curtis", "Leland", "Anton", "Bradley", "Isaiah",
           "Warren", "Emmett", "Gordon", "Rafael", "Quentin", "Lyle", "Sheldon", "Victor"]
LAST = ["Okafor", "Lindqvist", "Brannigan", "Delacroix", "Pemberton", "Castellanos", "Whitford", "Ferreira",
        "Kowalczyk", "Ashdown", "Marchetti", "Holloway", "Nakashima", "Thibodeaux", "Greaves", "Vasquez",
        "Underhill", "Rasmussen", "Achterberg", "Quarles", "Sandoval", "McAllister", "Haverford", "Osei"]
STREETS = ["Quarry Hill Rd", "Linden Bend Dr", "Old Ferry Ln", "Sable Creek Ct", "Marsh Hawk Way", "Tillman Ave",
           "Orchard Gate Blvd", "Beacon Knoll St", "Whitcomb Pl", "Fallow Field Dr", "Corliss St", "Pine Barrens Rd"]
TOWNS = [("Harlow", "OH", "430"), ("Brennan Falls", "WI", "549"), ("Cedar Mills", "IA", "522"),
         ("East Varney", "PA", "166"), ("Millbrook Junction", "NC", "275"), ("Port Alder", "OR", "971"),
         ("Sayre Heights", "MO", "651"), ("Tolland Ridge", "CT", "062"), ("Wexley", "MN", "563"),
         ("Oriel", "KS", "674"), ("Dunmore Springs", "GA", "310"), ("Lake Corvin", "MI", "496")]


@dataclass
class Person:
    first: str
    middle: str
    last: str
    ssn: str
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
    def ssn4(self) -> str:
        return self.ssn[-4:]


@dataclass
class Home:
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


def person(rng: random.Random, female: bool, last: str | None = None) -> Person:
    first = rng.choice(FIRST_F if female else FIRST_M)
    last = last or rng.choice(LAST)
    middle = rng.choice("ABCDEGHJKLMNPRSTW") if rng.random() < 0.7 else ""
    ssn = f"{rng.randrange(900, 1000)}-{rng.randrange(10, 100):02d}-{rng.randrange(1000, 10000):04d}"
    dob = D(rng.randrange(1962, 1996), rng.randrange(1, 13), rng.randrange(1, 29))
    phone = f"({rng.randrange(201, 990)}) 555-{rng.randrange(100, 200):04d}"
    email = f"{first[0].lower()}{last.lower()}{rng.randrange(10, 99)}@mail.example"
    return Person(first, middle, last, ssn, dob, phone, email)


def home(rng: random.Random) -> Home:
    town, st, z = rng.choice(TOWNS)
    return Home(f"{rng.randrange(12, 9900)} {rng.choice(STREETS)}", town, st, f"{z}{rng.randrange(10, 99)}")


def loan_number(rng: random.Random) -> str:
    return f"{rng.choice('0012345678')}{rng.randrange(10**8, 10**9)}"


def round_to(rng: random.Random, lo: float, hi: float, step: float) -> float:
    return cents(step * round(rng.uniform(lo, hi) / step))


# ---------------------------------------------------------------------------------------------------------------
# pens: a quick joined signature as strokes, and dates written by hand (an oblique font jittered glyph by glyph)
# ---------------------------------------------------------------------------------------------------------------


def signature_strokes(name: str, seed: str, width: float = 130.0, height: float = 20.0) -> list[list[tuple]]:
    """Points in points, origin at the left of the baseline: one or two strokes of a quick cursive scrawl."""
    r = random.Random("sig:" + seed + name)
    parts = name.replace(".", "").split()
    first, last = parts[0], parts[-1]
    strokes = []
    x = 0.0
    for word, share in ((first, 0.38), (last, 0.62)):
        pts = []
        span = width * share
        # a tall capital loop
        cap_h = height * r.uniform(0.85, 1.15)
        pts += [(x, 0.0), (x + 3, cap_h * 0.9), (x + 6, cap_h), (x + 5, cap_h * 0.4), (x + 1, 0.1 * cap_h)]
        x += 6
        n = max(3, len(word) - 1)
        step = (span - 10) / n
        for i in range(n):
            h = height * r.uniform(0.25, 0.55) * (1.6 if word[min(i + 1, len(word) - 1)] in "bdfhklt" else 1.0)
            pts += [(x + step * 0.25, h), (x + step * 0.55, h * r.uniform(0.1, 0.4)), (x + step, 0.0)]
            x += step
        pts.append((x + 4, -height * 0.15))
        strokes.append(pts)
        x += width * 0.05
    # a closing flourish under the surname
    y0 = -height * 0.25
    strokes.append([(width * 0.35, y0), (width * 0.7, y0 - 2), (width * 1.02, y0 + 3)])
    return [_smooth(st) for st in strokes]


def _smooth(points: list[tuple], rounds: int = 2) -> list[tuple]:
    """Chaikin corner cutting: turns the zigzag into a pen's curves."""
    for _ in range(rounds):
        out = [points[0]]
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            out += [(0.75 * x0 + 0.25 * x1, 0.75 * y0 + 0.25 * y1), (0.25 * x0 + 0.75 * x1, 0.25 * y0 + 0.75 * y1)]
        out.append(points[-1])
        points = out
    return points


def sign_vector(c: canvas.Canvas, name: str, seed: str, x: float, y: float, width: float = 130.0) -> None:
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.35)
    c.setLineWidth(0.9)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_strokes(name, seed, width):
        p = c.beginPath()
        p.moveTo(x + stroke[0][0], y + stroke[0][1])
        for px, py in stroke[1:]:
            p.lineTo(x + px, y + py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def sign_image(img: Image.Image, page_h_pt: float, dpi: int, name: str, seed: str, x: float, y: float,
               width: float = 130.0) -> None:
    draw = ImageDraw.Draw(img)
    k = dpi / 72.0
    lw = max(2, round(dpi / 105))
    for stroke in signature_strokes(name, seed, width):
        pts = [((x + px) * k, (page_h_pt - (y + py)) * k) for px, py in stroke]
        draw.line(pts, fill=30, width=lw, joint="curve")


_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    key = (str(path), px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(str(path), px)
    return _FONT_CACHE[key]


def hand_text(img: Image.Image, page_h_pt: float, dpi: int, text: str, seed: str, x: float, y: float,
              size: float = 11.0) -> None:
    r = random.Random("hand:" + seed + text)
    k = dpi / 72.0
    font = _font(HAND_FONT, round(size * k))
    draw = ImageDraw.Draw(img)
    cx = x * k
    base = (page_h_pt - y) * k - size * k * 0.85
    for ch in text:
        dy = r.uniform(-0.07, 0.07) * size * k
        draw.text((cx, base + dy), ch, fill=35, font=font)
        cx += font.getlength(ch) * r.uniform(0.96, 1.12)


# ---------------------------------------------------------------------------------------------------------------
# documents: a born-digital PDF plus the ink that goes on it when it is printed and signed by hand
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Ink:
    page: int
    kind: str  # "sig" | "text"
    x: float
    y: float
    text: str
    size: float = 11.0


@dataclass
class Doc:
    type: str
    fields: dict
    pdf: bytes
    date: dt.date | None = None
    inks: list[Ink] = field(default_factory=list)
    forms: bool = False  # an AcroForm whose widgets must be drawn when printed
    facts: dict = field(default_factory=dict)  # what the checklist needs beyond the fields
    printed: list[Any] = field(default_factory=list)  # values a born-digital copy must print (str or tuple of options)
    seed: str = ""

    @property
    def page_count(self) -> int:
        return len(PdfReader(io.BytesIO(self.pdf)).pages)


class Sheet:
    """A reportlab canvas that knows its page number and how the signatures go on: on the screen (vector strokes),
    in ink (left for the printer/scanner step), or not at all."""

    def __init__(self, size=letter, title: str = "document"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.size = size
        self.page = 0
        self.inks: list[Ink] = []

    def next_page(self) -> None:
        self.c.showPage()
        self.page += 1

    def signature(self, mode: str | None, name: str, seed: str, x: float, y: float, width: float = 130.0) -> None:
        if mode == "screen":
            sign_vector(self.c, name, seed, x, y, width)
        elif mode == "ink":
            self.inks.append(Ink(self.page, "sig", x, y, name, width))

    def date(self, mode: str | None, text: str, x: float, y: float, font=("Courier", 10), hand_size=11.0) -> None:
        """A signature date: typed (on screen), written by hand (ink) or left empty (None)."""
        if mode == "screen" or mode == "typed":
            self.c.setFont(*font)
            self.c.drawString(x, y, text)
        elif mode == "ink":
            self.inks.append(Ink(self.page, "text", x, y, text, hand_size))

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def small_caps(c: canvas.Canvas, x: float, y: float, text: str, size: float, font: str = "Helvetica") -> float:
    """Draw `text` in small capitals; returns the end x."""
    for ch in text:
        if ch.islower():
            c.setFont(font, size * 0.78)
            c.drawString(x, y, ch.upper())
            x += c.stringWidth(ch.upper(), font, size * 0.78)
        else:
            c.setFont(font, size)
            c.drawString(x, y, ch)
            x += c.stringWidth(ch, font, size)
    return x


def wrap(text: str, width: float, font: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    lines, cur = [], ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if stringWidth(trial, font, size) > width and cur:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def paragraph(c: canvas.Canvas, x: float, y: float, text: str, width: float, font="Helvetica", size=10.0,
              leading=None) -> float:
    leading = leading or size * 1.35
    c.setFont(font, size)
    for line in wrap(text, width, font, size):
        c.drawString(x, y, line)
        y -= leading
    return y


def synthetic_mark(c: canvas.Canvas, w: float) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawRightString(w - 18, 10, "synthetic test document")
    c.restoreState()


# ---------------------------------------------------------------------------------------------------------------
# printers, scanners and the fax
# ---------------------------------------------------------------------------------------------------------------


def render_pages(doc: Doc, dpi: int) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(doc.pdf)
    try:
        if doc.forms:
            pdf.init_forms()
        out = []
        for i in range(len(pdf)):
            page = pdf[i]
            img = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=doc.forms).to_pil().convert("L")
            h_pt = page.get_height()
            for ink in doc.inks:
                if ink.page != i:
                    continue
                if ink.kind == "sig":
                    sign_image(img, h_pt, dpi, ink.text, doc.seed, ink.x, ink.y, ink.size)
                else:
                    hand_text(img, h_pt, dpi, ink.text, doc.seed, ink.x, ink.y, ink.size)
            out.append(img)
        return out
    finally:
        pdf.close()


@dataclass
class Scanner:
    dpi: int = 300
    fax: bool = False
    fax_header: str = ""  # with {page} and {pages}
    producer: str = "Scan"


def scan_image(img: Image.Image, dpi: int, rng: random.Random, fax: bool = False) -> Image.Image:
    a = np.asarray(img, dtype=np.float32)
    paper = rng.uniform(224.0, 238.0) if not fax else 250.0
    ink = rng.uniform(26.0, 44.0)
    a = ink + (a / 255.0) * (paper - ink)
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8), "L")
    tilt = rng.uniform(0.15, 0.6) * rng.choice((-1, 1))
    im = im.rotate(tilt, resample=Image.Resampling.BICUBIC, fillcolor=int(paper))
    im = im.filter(ImageFilter.GaussianBlur(radius=0.45 * dpi / 200))
    nrng = np.random.default_rng(rng.randrange(2**32))
    a = np.asarray(im, dtype=np.float32)
    a = a + nrng.normal(0.0, 3.2, a.shape).astype(np.float32)
    count = int(a.size * 0.00012)
    ys = nrng.integers(0, a.shape[0], count)
    xs = nrng.integers(0, a.shape[1], count)
    a[ys, xs] = nrng.uniform(30, 140, count).astype(np.float32)
    a = a.clip(0, 255).astype(np.uint8)
    if fax:
        return Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8), "L").convert("1", dither=Image.Dither.NONE)
    return Image.fromarray(a, "L")


def fax_header(img: Image.Image, dpi: int, text: str) -> None:
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, img.width, round(0.24 * dpi)), fill=255)
    draw.text((round(0.25 * dpi), round(0.06 * dpi)), text, fill=0, font=_font(MONO_FONT, round(8.5 * dpi / 72)))


def image_pdf(pages: list[tuple[Image.Image, int]], producer: str, stamp: dt.date) -> bytes:
    """A plain image-only PDF, written by hand so its bytes depend only on the pages: JPEG for grey pages,
    one-bit Flate for fax pages."""
    out = io.BytesIO()
    offsets: dict[int, int] = {}

    def obj(num: int, body: bytes, stream: bytes | None = None) -> None:
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + body)
        if stream is not None:
            out.write(b"\nstream\n" + stream + b"\nendstream")
        out.write(b"\nendobj\n")

    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    n = len(pages)
    kids = b" ".join(b"%d 0 R" % (4 + 3 * i) for i in range(n))
    obj(1, b"<< /Type /Catalog /Pages 2 0 R >>")
    obj(2, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n))
    when = stamp.strftime("D:%Y%m%d090000").encode()
    obj(3, b"<< /Producer (%s) /CreationDate (%s) /ModDate (%s) >>" % (producer.encode("latin-1"), when, when))
    for i, (img, dpi) in enumerate(pages):
        pnum, inum, cnum = 4 + 3 * i, 5 + 3 * i, 6 + 3 * i
        w_pt, h_pt = img.width * 72.0 / dpi, img.height * 72.0 / dpi
        if img.mode == "1":
            data = zlib.compress(img.tobytes(), 9)
            head = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 1 /Filter /FlateDecode /Length %d >>" % (img.width, img.height, len(data)))
        else:
            jb = io.BytesIO()
            img.save(jb, "JPEG", quality=72, optimize=False)
            data = jb.getvalue()
            head = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>" % (img.width, img.height, len(data)))
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (w_pt, h_pt)
        obj(pnum, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im0 %d 0 R >> "
                  b">> /Contents %d 0 R >>" % (w_pt, h_pt, inum, cnum))
        obj(inum, head, data)
        obj(cnum, b"<< /Length %d >>" % len(content), content)
    xref = out.tell()
    total = 4 + 3 * n
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % total)
    for num in range(1, total):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 3 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (total, xref))
    return out.getvalue()


# ---------------------------------------------------------------------------------------------------------------
# the checklist (shared/spec/checklist.md), applied to the values drawn
# ---------------------------------------------------------------------------------------------------------------

HARDSHIP_DOCS = {
    "disability_or_illness": {"hardship_letter", "medical_statement"},
    "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
    "separation_unmarried": {"quitclaim_deed"},
    "death": {"death_certificate", "obituary"},
    "relocation": {"military_pcs_orders", "employer_relocation_letter"},
    "other": {"hardship_letter"},
}


def doc_date(doc: dict) -> dt.date | None:
    f = doc["fields"]
    for key in ("pay_date", "period_end", "letter_date", "signed_on"):
        if f.get(key):
            return dt.date.fromisoformat(f[key])
    return None


def missing_codes(app: dict | None, docs: list[dict], evaluated: dt.date) -> list[str]:
    """docs: expected documents plus `facts` (internal)."""
    codes: list[str] = []
    if app is None:
        return ["application"]

    def fresh(d: dict) -> bool:
        when = doc_date(d)
        return when is not None and (evaluated - when).days <= 90

    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        codes.append("application_signature")
    for name in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                 "hardship_start_date", "income"):
        value = app.get(name)
        if name == "income":
            value = {k: v for k, v in (value or {}).items() if k != "total" and v and v > 0}
        if not value:
            codes.append(f"application_field:{name}")
    statements = [d for d in docs if d["type"] == "bank_statement"]
    two_statements = False
    for newer in statements:
        for older in statements:
            fn, fo = newer["fields"], older["fields"]
            if (fn["account_last4"] == fo["account_last4"] and fn["bank_name"] == fo["bank_name"]
                    and dt.date.fromisoformat(fn["period_start"])
                    == dt.date.fromisoformat(fo["period_end"]) + dt.timedelta(days=1) and fresh(newer)):
                two_statements = True
    of = lambda t: [d for d in docs if d["type"] == t]  # noqa: E731
    claimed = [k for k, v in app["income"].items() if k != "total" and v > 0]
    for kind in claimed:
        ok = two_statements
        if kind == "wages":
            ok = ok or any(fresh(d) and d["fields"]["gross_ytd"] is not None for d in of("pay_stub"))
        elif kind == "self_employment":
            ok = ok or any(fresh(d) and d["fields"]["signed"] for d in of("profit_and_loss_statement"))
            ok = ok or any(d["facts"].get("signed") for d in of("tax_return"))
        elif kind == "unemployment":
            ok = True
        elif kind in ("benefits_taxable", "benefits_nontaxable"):
            ok = ok or any(fresh(d) and d["fields"].get("benefit_type") == kind for d in of("benefit_award_letter"))
        elif kind == "rental":
            ok = ok or len([d for d in of("rent_check") if fresh(d)]) >= 2
        elif kind == "investment":
            ok = ok or len([d for d in of("investment_statement") if fresh(d)]) >= 2
        elif kind == "other":
            ok = ok or any(fresh(d) and d["facts"].get("shows_other_income") for d in docs)
        if not ok:
            codes.append(f"income_doc:{kind}")
    for kind in app["hardship_types"] or []:
        need = HARDSHIP_DOCS.get(kind)
        if need and not any(d["type"] in need for d in docs):
            codes.append(f"hardship_doc:{kind}")
    needs_4506c = any(app["income"].get(k, 0) > 0 for k in ("self_employment", "rental"))
    if needs_4506c and not any(d["type"] == "irs_form_4506c" and d["fields"]["signed"] for d in docs):
        codes.append("irs_form_4506c")
    return sorted(codes)


# ---------------------------------------------------------------------------------------------------------------
# payroll: every period of the year is computed, so each year-to-date figure is the sum of that year's checks
# ---------------------------------------------------------------------------------------------------------------

PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
FREQ_WORD = {"weekly": "Weekly", "biweekly": "Bi-weekly", "semimonthly": "Semi-monthly", "monthly": "Monthly"}


@dataclass
class Check:
    start: dt.date
    end: dt.date
    pay: dt.date
    earnings: list  # (label, hours or None, rate or None, amount)
    taxes: list  # (label, amount)
    deductions: list  # (label, amount)
    ytd: dict = field(default_factory=dict)  # label -> year-to-date amount, plus "gross", "taxes", "deductions", "net"

    @property
    def gross(self) -> float:
        return cents(sum(a for *_, a in self.earnings))

    @property
    def tax_total(self) -> float:
        return cents(sum(a for _, a in self.taxes))

    @property
    def ded_total(self) -> float:
        return cents(sum(a for _, a in self.deductions))

    @property
    def net(self) -> float:
        return cents(self.gross - self.tax_total - self.ded_total)

    @property
    def hours(self) -> float:
        return round(sum(h or 0 for _, h, _, _ in self.earnings), 2)


def schedule(freq: str, year: int, anchor_end: dt.date, lag: int) -> list[tuple[dt.date, dt.date, dt.date]]:
    out = []
    if freq in ("weekly", "biweekly"):
        step = 7 if freq == "weekly" else 14
        end = anchor_end
        while end > D(year - 1, 11, 15):
            end -= dt.timedelta(days=step)
        while end < D(year + 1, 1, 15):
            pay = end + dt.timedelta(days=lag)
            out.append((end - dt.timedelta(days=step - 1), end, pay))
            end += dt.timedelta(days=step)
    elif freq == "semimonthly":
        for m in range(1, 13):
            for start, end in ((D(year, m, 1), D(year, m, 15)), (D(year, m, 16), eom(year, m))):
                out.append((start, end, business_day_on_or_before(end + dt.timedelta(days=lag))))
    else:
        for m in range(1, 13):
            out.append((D(year, m, 1), eom(year, m), business_day_on_or_before(eom(year, m))))
    return [p for p in out if p[2].year == year]


def run_payroll(seed: str, freq: str, year: int, anchor_end: dt.date, lag: int, earn, tax, ded) -> list[Check]:
    """All checks dated in `year`, with year-to-date sums."""
    checks = []
    ytd: dict[str, float] = {}
    for start, end, pay in schedule(freq, year, anchor_end, lag):
        r = random.Random(f"{seed}:{pay.isoformat()}")
        earnings = earn(r, start, end)
        gross = cents(sum(a for *_, a in earnings))
        chk = Check(start, end, pay, earnings, tax(gross), ded(gross))
        for label, hours, _, amount in chk.earnings:
            ytd[label] = cents(ytd.get(label, 0) + amount)
            if hours is not None:
                ytd["hours:" + label] = round(ytd.get("hours:" + label, 0) + hours, 2)
        for label, amount in chk.taxes + chk.deductions:
            ytd[label] = cents(ytd.get(label, 0) + amount)
        for key, amount in (("gross", chk.gross), ("taxes", chk.tax_total), ("deductions", chk.ded_total),
                            ("net", chk.net), ("hours", chk.hours)):
            ytd[key] = cents(ytd.get(key, 0) + amount)
        chk.ytd = dict(ytd)
        checks.append(chk)
    return checks


def pick_checks(checks: list[Check], last_pay_on_or_before: dt.date, count: int) -> list[Check]:
    usable = [c for c in checks if c.pay <= last_pay_on_or_before]
    return usable[-count:]


def std_taxes(fed: float, state: float, labels=("Federal Income Tax", "Social Security", "Medicare",
                                                 "State Income Tax")):
    def tax(gross: float) -> list:
        out = [(labels[0], cents(gross * fed)), (labels[1], cents(gross * 0.062)),
               (labels[2], cents(gross * 0.0145)), (labels[3], cents(gross * state))]
        return [(k, v) for k, v in out if v > 0]
    return tax


def stub_fields(employer: str, who: Person, chk: Check, freq: str, show_ytd: bool = True) -> dict:
    return {
        "employer": employer, "employee_name": who.name, "pay_date": chk.pay.isoformat(),
        "period_start": chk.start.isoformat(), "period_end": chk.end.isoformat(), "frequency": freq,
        "gross_current": chk.gross, "gross_ytd": chk.ytd["gross"] if show_ytd else None,
        "net_current": chk.net, "monthly_gross": cents(chk.gross * PERIODS[freq] / 12),
    }


def stub_doc(fields: dict, pdf: bytes, chk: Check, checks: list[Check], seed: str) -> Doc:
    year_checks = [c for c in checks if c.pay.year == chk.pay.year and c.pay <= chk.pay]
    printed = [money(fields["gross_current"]), money(fields["net_current"]), fields["employee_name"],
               fields["employer"], (us(chk.pay), long_date(chk.pay), short_date(chk.pay)),
               (us(chk.start), long_date(chk.start), short_date(chk.start)),
               (us(chk.end), long_date(chk.end), short_date(chk.end))]
    if fields["gross_ytd"] is not None:
        printed.append(money(fields["gross_ytd"]))
    return Doc("pay_stub", fields, pdf, chk.pay, facts={"year_checks": [c.gross for c in year_checks]},
               printed=printed, seed=seed)


def _table_rule(c, x0, x1, y, gray=0.0, width=0.6):
    c.saveState()
    c.setStrokeGray(gray)
    c.setLineWidth(width)
    c.line(x0, y, x1, y)
    c.restoreState()


def paystub_university(employer: str, dept: str, title: str, who: Person, addr: Home, chk: Check, salary: float,
                       emp_id: str, acct4: str) -> bytes:
    """A university payroll office's semi-monthly "Pay Statement": serif letterhead, a boxed date panel at the
    right, employee facts in two boxes, earnings / taxes / deductions tables with Current and Year to Date, and a
    Current / Year to Date summary grid with the net pay."""
    s = Sheet(letter, "Pay Statement")
    c = s.c
    W, H = letter
    c.setFont("Times-Bold", 16)
    c.drawString(40, H - 58, employer.upper())
    c.setFont("Times-Roman", 10)
    c.drawString(40, H - 73, "Office of Payroll Services  -  Administration Building, Room 114")
    c.setFont("Times-Bold", 13)
    c.drawString(40, H - 98, "PAY STATEMENT")
    # date panel
    x0, y0 = 380, H - 110
    c.setLineWidth(0.8)
    c.rect(x0, y0, 192, 66)
    rows = [("Pay Date:", us(chk.pay)), ("Pay Period Begin:", us(chk.start)), ("Pay Period End:", us(chk.end)),
            ("Pay Frequency:", "Semi-monthly")]
    for i, (k, v) in enumerate(rows):
        y = y0 + 52 - i * 15
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x0 + 8, y, k)
        c.setFont("Helvetica", 9)
        c.drawRightString(x0 + 184, y, v)
    # employee boxes
    y1 = H - 200
    c.rect(40, y1, 260, 78)
    c.rect(312, y1, 260, 78)
    left = [("Name", who.name), ("Employee ID", emp_id), ("Address", addr.street), ("", addr.city_line)]
    right = [("Department", dept), ("Job Title", title), ("Annual Salary", "$" + money(salary)), ("FTE", "1.00")]
    for col_x, items in ((48, left), (320, right)):
        for i, (k, v) in enumerate(items):
            y = y1 + 62 - i * 15
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(col_x, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(col_x + 78, y, v)
    # earnings
    y = y1 - 28
    c.setFillGray(0.88)
    c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(46, y, "EARNINGS")
    for x, t in ((300, "Hours"), (370, "Rate"), (470, "Current"), (566, "Year to Date")):
        c.drawRightString(x, y, t)
    y -= 17
    c.setFont("Helvetica", 9)
    for label, hours, rate, amount in chk.earnings:
        c.drawString(46, y, label)
        if hours is not None:
            c.drawRightString(300, y, f"{hours:.2f}")
        if rate is not None:
            c.drawRightString(370, y, money(rate))
        c.drawRightString(470, y, money(amount))
        c.drawRightString(566, y, money(chk.ytd[label]))
        y -= 13
    _table_rule(c, 40, 572, y + 8)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(46, y - 3, "Total Earnings")
    c.drawRightString(470, y - 3, money(chk.gross))
    c.drawRightString(566, y - 3, money(chk.ytd["gross"]))
    # taxes and deductions side by side
    y -= 34
    for x_left, title_, items in ((40, "TAXES", chk.taxes), (312, "DEDUCTIONS", chk.deductions)):
        yy = y
        c.setFillGray(0.88)
        c.rect(x_left, yy - 4, 260, 15, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x_left + 6, yy, title_)
        c.drawRightString(x_left + 190, yy, "Current")
        c.drawRightString(x_left + 256, yy, "YTD")
        yy -= 17
        c.setFont("Helvetica", 9)
        for label, amount in items:
            c.drawString(x_left + 6, yy, label)
            c.drawRightString(x_left + 190, yy, money(amount))
            c.drawRightString(x_left + 256, yy, money(chk.ytd[label]))
            yy -= 13
    # summary grid
    y -= 110
    heads = ["", "Gross Pay", "Taxes", "Deductions", "Net Pay"]
    xs = [40, 150, 255, 360, 465, 572]
    c.setLineWidth(0.7)
    for i in range(3):
        c.line(40, y - i * 17 + 12, 572, y - i * 17 + 12)
    c.line(40, y - 3 * 17 + 12, 572, y - 3 * 17 + 12)
    for x in xs:
        c.line(x, y + 12, x, y - 3 * 17 + 12)
    c.setFont("Helvetica-Bold", 9)
    for i, h in enumerate(heads):
        c.drawCentredString((xs[i] + xs[i + 1]) / 2, y, h)
    for r_i, (label, vals) in enumerate((("Current", (chk.gross, chk.tax_total, chk.ded_total, chk.net)),
                                         ("Year to Date", (chk.ytd["gross"], chk.ytd["taxes"], chk.ytd["deductions"],
                                                           chk.ytd["net"])))):
        yy = y - 17 * (r_i + 1)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, yy, label)
        c.setFont("Helvetica", 9)
        for i, v in enumerate(vals):
            c.drawRightString(xs[i + 2] - 8, yy, money(v))
    c.setFont("Helvetica", 9)
    c.drawString(40, y - 80, f"Net pay distribution: direct deposit to checking account ending {acct4}"
                             f"   ${money(chk.net)}")
    c.setFont("Times-Italic", 8)
    c.drawString(40, 60, "Questions about this statement? Contact Payroll Services. "
                         "Keep this statement for your records.")
    synthetic_mark(c, W)
    return s.finish()


def paystub_transit(employer: str, who: Person, chk: Check, emp_no: str, dept: str, leave: tuple) -> bytes:
    """A transit district's bi-weekly "EMPLOYEE EARNINGS STATEMENT" in a fixed-width face: one row of caption cells,
    earnings and deductions side by side in ruled boxes, a totals strip and a leave line."""
    s = Sheet(letter, "Earnings Statement")
    c = s.c
    W, H = letter
    c.setFont("Courier-Bold", 14)
    c.drawCentredString(W / 2, H - 56, employer.upper())
    c.setFont("Courier-Bold", 11)
    c.drawCentredString(W / 2, H - 72, "EMPLOYEE EARNINGS STATEMENT")
    c.setFont("Courier", 8)
    c.drawCentredString(W / 2, H - 84, "FINANCE DEPT - PAYROLL UNIT      PAY GROUP: BW")
    caps = [("EMP NO", emp_no, 60), ("EMPLOYEE NAME", who.name.upper(), 170), ("DEPT", dept, 90),
            ("PERIOD FROM", us(chk.start), 72), ("PERIOD TO", us(chk.end), 70), ("PAY DATE", us(chk.pay), 70)]
    x = 36
    y = H - 128
    for cap, val, w in caps:
        c.rect(x, y, w, 30)
        c.setFont("Courier", 6.5)
        c.drawString(x + 3, y + 21, cap)
        c.setFont("Courier", 9)
        c.drawString(x + 3, y + 6, val)
        x += w
    # earnings box
    y_top = H - 150
    c.rect(36, y_top - 190, 330, 190)
    c.rect(372, y_top - 190, 204, 190)
    c.setFont("Courier-Bold", 8)
    c.drawString(40, y_top - 12, "EARNINGS")
    c.drawString(40, y_top - 26, "CODE DESCRIPTION        HRS     RATE     AMOUNT        YTD")
    c.setFont("Courier", 8)
    yy = y_top - 40
    for label, hours, rate, amount in chk.earnings:
        code, desc = label.split(" ", 1)
        c.drawString(40, yy, f"{code:<4} {desc[:17]:<17}")
        if hours is not None:
            c.drawRightString(178, yy, f"{hours:.2f}")
        if rate is not None:
            c.drawRightString(222, yy, f"{rate:.4f}")
        c.drawRightString(278, yy, money(amount))
        c.drawRightString(362, yy, money(chk.ytd[label]))
        yy -= 12
    c.setFont("Courier-Bold", 8)
    c.drawString(376, y_top - 12, "TAXES AND DEDUCTIONS")
    c.drawString(376, y_top - 26, "DESCRIPTION        AMOUNT      YTD")
    c.setFont("Courier", 8)
    yy = y_top - 40
    for label, amount in chk.taxes + chk.deductions:
        c.drawString(376, yy, label.upper()[:17])
        c.drawRightString(502, yy, money(amount))
        c.drawRightString(572, yy, money(chk.ytd[label]))
        yy -= 12
    # totals strip
    y = y_top - 240
    cells = [("GROSS PAY", chk.gross, chk.ytd["gross"]), ("TAXES", chk.tax_total, chk.ytd["taxes"]),
             ("DEDUCTIONS", chk.ded_total, chk.ytd["deductions"]), ("NET PAY", chk.net, chk.ytd["net"])]
    x = 36
    for cap, cur, ytd in cells:
        c.rect(x, y, 135, 40)
        c.setFont("Courier-Bold", 8)
        c.drawString(x + 4, y + 30, cap)
        c.setFont("Courier", 8)
        c.drawString(x + 4, y + 17, "CURRENT")
        c.drawRightString(x + 131, y + 17, money(cur))
        c.drawString(x + 4, y + 5, "YTD")
        c.drawRightString(x + 131, y + 5, money(ytd))
        x += 135
    c.setFont("Courier", 8)
    c.drawString(36, y - 22, f"LEAVE BALANCES (HRS):  VACATION {leave[0]:.2f}   SICK {leave[1]:.2f}   "
                             f"PERSONAL {leave[2]:.2f}")
    c.drawString(36, y - 36, f"NET PAY DEPOSITED {us(chk.pay)}        ** NON-NEGOTIABLE **")
    synthetic_mark(c, W)
    return s.finish()


def paystub_care(employer: str, addr_line: str, who: Person, chk: Check, voucher: str, position: str) -> bytes:
    """A nursing home's weekly "PAYROLL VOUCHER": a plain bordered voucher, week and check date in a sentence,
    one ledger of hours, pay and withholding with This Check / Year to Date columns, a boxed net check."""
    s = Sheet(letter, "Payroll Voucher")
    c = s.c
    W, H = letter
    c.setLineWidth(1.2)
    c.rect(30, H - 470, W - 60, 430)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(44, H - 66, employer)
    c.setFont("Helvetica", 8.5)
    c.drawString(44, H - 79, addr_line)
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(W - 44, H - 66, "PAYROLL VOUCHER")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 44, H - 79, f"Voucher No. {voucher}")
    c.line(44, H - 88, W - 44, H - 88)
    c.setFont("Helvetica", 9.5)
    c.drawString(44, H - 106, f"Employee: {who.name}")
    c.drawString(300, H - 106, f"Position: {position}")
    c.drawString(44, H - 121, f"Work week: {us(chk.start)} through {us(chk.end)}")
    c.drawString(300, H - 121, f"Check date: {us(chk.pay)}")
    c.drawString(44, H - 136, "Paid weekly (Sunday - Saturday)")
    y = H - 166
    c.setFillGray(0.85)
    c.rect(44, y - 5, W - 88, 16, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "Item")
    for x, t in ((300, "Hours"), (370, "Rate"), (460, "This Check"), (560, "Year to Date")):
        c.drawRightString(x, y, t)
    y -= 18
    c.setFont("Helvetica", 9)
    for label, hours, rate, amount in chk.earnings:
        c.drawString(50, y, label)
        if hours is not None:
            c.drawRightString(300, y, f"{hours:.2f}")
        if rate is not None:
            c.drawRightString(370, y, money(rate))
        c.drawRightString(460, y, money(amount))
        c.drawRightString(560, y, money(chk.ytd[label]))
        y -= 13
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, y, "GROSS PAY")
    c.drawRightString(460, y, money(chk.gross))
    c.drawRightString(560, y, money(chk.ytd["gross"]))
    y -= 17
    c.setFont("Helvetica", 9)
    for label, amount in chk.taxes + chk.deductions:
        c.drawString(50, y, label)
        c.drawRightString(460, y, "-" + money(amount))
        c.drawRightString(560, y, "-" + money(chk.ytd[label]))
        y -= 13
    _table_rule(c, 44, W - 44, y + 8)
    c.setLineWidth(1.4)
    c.rect(350, y - 30, 224, 28)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(358, y - 20, "NET CHECK")
    c.drawRightString(566, y - 20, "$" + money(chk.net))
    c.setFont("Helvetica", 8.5)
    c.drawString(50, y - 20, f"Year-to-date net pay: {money(chk.ytd['net'])}")
    synthetic_mark(c, W)
    return s.finish()


NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    if n < 20:
        return NUM_WORDS[n]
    if n < 100:
        return TENS[n // 10] + ("-" + NUM_WORDS[n % 10] if n % 10 else "")
    if n < 1000:
        return NUM_WORDS[n // 100] + " hundred" + (" " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")


def paystub_retail(employer: str, store: str, provider: str, who: Person, addr: Home, chk: Check, freq: str,
                   check_no: str, bank: str) -> bytes:
    """A retail chain's stub printed by a payroll provider: the earnings statement on the upper part, then a
    perforation and a non-negotiable check face (amount in words, pay-to block, void MICR line)."""
    s = Sheet(letter, "Earnings Statement")
    c = s.c
    W, H = letter
    c.setFont("Helvetica-Bold", 13)
    c.drawString(36, H - 50, employer)
    c.setFont("Helvetica", 8.5)
    c.drawString(36, H - 62, store)
    c.setFont("Helvetica-Oblique", 7.5)
    c.drawRightString(W - 36, H - 44, f"Processed by {provider}")
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(W - 36, H - 60, "Earnings Statement")
    c.setLineWidth(0.5)
    c.line(36, H - 70, W - 36, H - 70)
    # employee and dates
    c.setFont("Helvetica", 9)
    c.drawString(36, H - 86, who.name)
    c.drawString(36, H - 98, addr.street)
    c.drawString(36, H - 110, addr.city_line)
    facts = [("Check Date", us(chk.pay)), ("Period Beginning", us(chk.start)), ("Period Ending", us(chk.end)),
             ("Pay Frequency", FREQ_WORD[freq]), ("Check Number", check_no)]
    for i, (k, v) in enumerate(facts):
        c.setFont("Helvetica", 8.5)
        c.drawString(360, H - 86 - 12 * i, k)
        c.drawRightString(W - 36, H - 86 - 12 * i, v)
    y = H - 160
    c.setFont("Helvetica-Bold", 8.5)
    for x, t, al in ((36, "Earnings", "l"), (200, "Rate", "r"), (250, "Hours", "r"), (310, "This Period", "r"),
                     (380, "Year to Date", "r")):
        (c.drawString if al == "l" else c.drawRightString)(x, y, t)
    for x, t, al in ((396, "Deductions", "l"), (518, "This Period", "r"), (576, "Year to Date", "r")):
        (c.drawString if al == "l" else c.drawRightString)(x, y, t)
    c.line(36, y - 4, 380, y - 4)
    c.line(396, y - 4, 576, y - 4)
    c.setFont("Helvetica", 8.5)
    yy = y - 16
    for label, hours, rate, amount in chk.earnings:
        c.drawString(36, yy, label)
        if rate is not None:
            c.drawRightString(200, yy, money(rate))
        if hours is not None:
            c.drawRightString(250, yy, f"{hours:.2f}")
        c.drawRightString(310, yy, money(amount))
        c.drawRightString(380, yy, money(chk.ytd[label]))
        yy -= 12
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(36, yy - 4, "Gross Pay")
    c.drawRightString(310, yy - 4, money(chk.gross))
    c.drawRightString(380, yy - 4, money(chk.ytd["gross"]))
    c.setFont("Helvetica", 8.5)
    yy = y - 16
    for label, amount in chk.taxes + chk.deductions:
        c.drawString(396, yy, label)
        c.drawRightString(518, yy, money(amount))
        c.drawRightString(576, yy, money(chk.ytd[label]))
        yy -= 12
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(396, yy - 4, "Total Deductions")
    c.drawRightString(518, yy - 4, money(chk.tax_total + chk.ded_total))
    c.drawRightString(576, yy - 4, money(chk.ytd["taxes"] + chk.ytd["deductions"]))
    y = H - 330
    c.setLineWidth(0.9)
    c.rect(360, y - 6, 216, 22)
    c.setFont("Helvetica-Bold", 10)
    c.drawString(368, y + 1, "Net Pay")
    c.drawRightString(570, y + 1, "$" + money(chk.net))
    # perforation and check face
    yp = H - 430
    c.setDash(3, 3)
    c.line(20, yp, W - 20, yp)
    c.setDash()
    c.setFont("Helvetica", 6.5)
    c.drawCentredString(W / 2, yp + 4, "DETACH HERE")
    top = yp - 20
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, top - 12, employer)
    c.setFont("Helvetica", 8)
    c.drawString(40, top - 23, store)
    c.drawRightString(W - 40, top - 12, f"Check No. {check_no}")
    c.drawString(300, top - 12, bank)
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 40, top - 36, f"Date  {us(chk.pay)}")
    dollars, cts = int(chk.net), round((chk.net - int(chk.net)) * 100)
    c.drawString(40, top - 62, f"PAY  {words(dollars).capitalize()} and {cts:02d}/100 Dollars")
    c.setFont("Helvetica-Bold", 10)
    c.drawRightString(W - 40, top - 62, f"$****{money(chk.net)}")
    c.setFont("Helvetica", 8)
    c.drawString(40, top - 86, "TO THE ORDER OF")
    c.setFont("Helvetica", 9)
    c.drawString(120, top - 86, who.name)
    c.drawString(120, top - 98, addr.street)
    c.drawString(120, top - 110, addr.city_line)
    c.setFont("Helvetica-Bold", 12)
    c.drawCentredString(W / 2 + 80, top - 135, "NON-NEGOTIABLE  -  DIRECT DEPOSIT ADVICE")
    c.line(380, top - 112, W - 40, top - 112)
    c.setFont("Helvetica", 6.5)
    c.drawString(380, top - 121, "VOID - THIS IS NOT A CHECK")
    c.setFont("Courier", 10)
    c.drawString(110, top - 168, f"C{check_no}C  A000000000A  000000000C")
    synthetic_mark(c, W)
    return s.finish()


# ---------------------------------------------------------------------------------------------------------------
# bank statements
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Statement:
    bank: str
    last4: str
    start: dt.date
    end: dt.date
    opening: float
    lines: list  # (date, description, signed amount, balance after)

    @property
    def closing(self) -> float:
        return self.lines[-1][3] if self.lines else self.opening

    @property
    def credits(self) -> float:
        return cents(sum(a for _, _, a, _ in self.lines if a > 0))

    @property
    def debits(self) -> float:
        return cents(-sum(a for _, _, a, _ in self.lines if a < 0))

    def fields(self) -> dict:
        return {"bank_name": self.bank, "account_last4": self.last4, "period_start": self.start.isoformat(),
                "period_end": self.end.isoformat(), "beginning_balance": self.opening,
                "ending_balance": self.closing}


SPEND = [("POS PURCHASE SAVE-RITE GROCERY", 80, 260), ("ACH DEBIT CITY UTILITIES", 90, 220),
         ("POS PURCHASE QUIKFUEL #218", 35, 80), ("ACH DEBIT HARBORLINE WIRELESS", 55, 95),
         ("CHECK", 100, 600), ("ATM WITHDRAWAL", 60, 200), ("ACH DEBIT CORNERSTONE AUTO LOAN", 280, 420),
         ("POS PURCHASE PHARMACY PLUS", 15, 60), ("DEBIT CARD HOMEWORKS HARDWARE", 20, 140),
         ("ACH DEBIT MIDSTATE MUTUAL INS", 90, 180)]


def month_statements(seed: str, bank: str, last4: str, first_month: dt.date, months: int, opening: float,
                     deposits) -> list[Statement]:
    """`deposits(month_start, month_end)` gives (date, description, amount) credits for a month."""
    out = []
    bal = opening
    for k in range(months):
        start = add_months(first_month, k)
        end = eom(start.year, start.month)
        r = random.Random(f"{seed}:{start.isoformat()}")
        items = [(d, desc, a) for d, desc, a in deposits(start, end)]
        income = sum(a for _, _, a in items)
        budget = income * r.uniform(0.8, 0.97)
        spent = 0.0
        check_no = r.randrange(1040, 1300)
        while spent < budget - 40:
            desc, lo, hi = r.choice(SPEND)
            amount = cents(min(r.uniform(lo, hi), budget - spent))
            if len(items) >= 24:
                desc, amount = "BILL PAY - VISA CARD PAYMENT", cents(budget - spent)
            if amount < 5:
                break
            if desc == "CHECK":
                desc = f"CHECK {check_no}"
                check_no += 1
            items.append((start + dt.timedelta(days=r.randrange(0, end.day)), desc, -amount))
            spent += amount
        items.sort(key=lambda t: (t[0], -t[2]))
        lines = []
        b = bal
        for d, desc, a in items:
            b = cents(b + a)
            lines.append((d, desc, cents(a), b))
        st = Statement(bank, last4, start, end, cents(bal), lines)
        out.append(st)
        bal = st.closing
    return out


def statement_doc(st: Statement, pdf: bytes, seed: str, facts: dict | None = None) -> Doc:
    f = st.fields()
    printed = [money(st.opening), money(st.closing), st.last4, st.bank,
               (us(st.start), long_date(st.start), short_date(st.start)),
               (us(st.end), long_date(st.end), short_date(st.end))]
    facts = dict(facts or {}, credits=st.credits, debits=st.debits)
    return Doc("bank_statement", f, pdf, st.end, facts=facts, printed=printed, seed=seed)


def statement_credit_union(st: Statement, member: Person, co: Person | None, addr: Home, cu_addr: str,
                           savings: tuple[float, float]) -> bytes:
    """A credit union's two-page "MEMBER STATEMENT": member number and period in a box at the top right, a
    summary of the share savings and the share draft checking, then the checking account's activity with
    separate Withdrawals and Deposits columns and a running balance; page 2 carries on and closes the account."""
    s = Sheet(letter, "Member Statement")
    c = s.c
    W, H = letter
    per_page = [st.lines[:22], st.lines[22:]]

    def header(page: int) -> float:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, H - 54, st.bank)
        c.setFont("Helvetica", 8)
        c.drawString(40, H - 66, cu_addr)
        c.drawString(40, H - 76, "Federally insured by NCUA")
        c.setLineWidth(0.8)
        c.rect(370, H - 100, 202, 60)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(378, H - 56, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8.5)
        c.drawString(378, H - 70, f"Member number: XXXXX{st.last4}")
        c.drawString(378, H - 82, f"Statement period: {us(st.start)} to {us(st.end)}")
        c.drawString(378, H - 94, f"Page {page} of 2")
        return H - 120

    y = header(1)
    c.setFont("Helvetica", 9.5)
    names = [member.name.upper()] + ([co.name.upper()] if co else [])
    for i, line in enumerate([*names, addr.street.upper(), addr.city_line.upper()]):
        c.drawString(60, y - 12 * i, line)
    y -= 12 * (len(names) + 2) + 16
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(40, y, "ACCOUNT SUMMARY")
    y -= 14
    c.setFont("Helvetica-Bold", 8)
    cols = [(40, "Account", "l"), (300, "Beginning Balance", "r"), (375, "Deposits", "r"),
            (450, "Withdrawals", "r"), (572, "Ending Balance", "r")]
    for x, t, al in cols:
        (c.drawString if al == "l" else c.drawRightString)(x, y, t)
    c.line(40, y - 4, 572, y - 4)
    c.setFont("Helvetica", 8.5)
    sv_open, sv_div = savings
    rows = [("Share Savings  (S00)", sv_open, sv_div, 0.0, cents(sv_open + sv_div)),
            (f"Share Draft Checking  (S10)  ending {st.last4}", st.opening, st.credits, st.debits, st.closing)]
    for i, (label, a, b, d, e) in enumerate(rows):
        yy = y - 16 - 12 * i
        c.drawString(40, yy, label)
        for x, v in ((300, a), (375, b), (450, d), (572, e)):
            c.drawRightString(x, yy, money(v))
    y -= 56
    c.setFont("Helvetica-Bold", 9.5)
    c.drawString(40, y, f"SHARE DRAFT CHECKING  -  ACCOUNT ENDING {st.last4}")
    y -= 16

    def table_head(y: float) -> float:
        c.setFillGray(0.88)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, "Date")
        c.drawString(96, y, "Transaction Description")
        c.drawRightString(400, y, "Withdrawals")
        c.drawRightString(480, y, "Deposits")
        c.drawRightString(568, y, "Balance")
        return y - 16

    y = table_head(y)
    c.setFont("Helvetica", 8.5)
    c.drawString(44, y, st.start.strftime("%m/%d"))
    c.drawString(96, y, "Beginning Balance")
    c.drawRightString(568, y, money(st.opening))
    y -= 12
    for page_i, chunk in enumerate(per_page):
        if page_i == 1:
            synthetic_mark(c, W)
            s.next_page()
            y = header(2) - 10
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(40, y, f"SHARE DRAFT CHECKING  -  ACCOUNT ENDING {st.last4}  (continued)")
            y = table_head(y - 16)
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in chunk:
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(96, y, desc)
            c.drawRightString(400 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(568, y, money(b))
            y -= 12
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(44, y - 2, st.end.strftime("%m/%d"))
    c.drawString(96, y - 2, "Ending Balance")
    c.drawRightString(568, y - 2, money(st.closing))
    y -= 34
    c.setFont("Helvetica", 8)
    c.drawString(40, y, f"Total deposits {money(st.credits)}   Total withdrawals {money(st.debits)}   "
                        f"Dividends paid on share savings {money(savings[1])}")
    y -= 24
    paragraph(c, 40, y, "In case of errors or questions about your electronic transfers, call us or write to us at "
              "the address above as soon as you can. We must hear from you no later than 60 days after we sent "
              "the FIRST statement on which the problem appeared.", 532, "Helvetica", 7.5)
    synthetic_mark(c, W)
    return s.finish()


def statement_online(st: Statement, holder: Person, co: Person | None, addr: Home, product: str) -> bytes:
    """An online bank's one-page statement: a lower-case word mark, the period in words under the product name,
    four summary figures in a row, deposits and withdrawals listed in two separate sections with their totals."""
    s = Sheet(letter, "Statement")
    c = s.c
    W, H = letter
    brand = st.bank.split()[0].lower()
    c.setFont("Helvetica-Bold", 22)
    c.drawString(40, H - 60, brand)
    c.setFont("Helvetica", 8)
    c.drawString(40, H - 72, f"{st.bank}  -  Member FDIC  -  Online and mobile banking, no branches")
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(W - 40, H - 52, f"{product} statement")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 40, H - 66, f"Statement period: {short_date(st.start)} - {short_date(st.end)}")
    c.drawRightString(W - 40, H - 78, f"Account number: ******{st.last4}")
    y = H - 110
    c.setFont("Helvetica", 9.5)
    for i, line in enumerate([holder.name] + ([co.name] if co else []) + [addr.street, addr.city_line]):
        c.drawString(40, y - 12 * i, line)
    y -= 80
    boxes = [("Beginning balance", st.opening), ("Total deposits", st.credits), ("Total withdrawals", st.debits),
             ("Ending balance", st.closing)]
    x = 40
    for label, v in boxes:
        c.setLineWidth(0.5)
        c.setStrokeGray(0.6)
        c.roundRect(x, y - 18, 124, 40, 5)
        c.setFont("Helvetica", 8)
        c.drawString(x + 8, y + 10, label)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x + 8, y - 8, ("-" if label == "Total withdrawals" else "") + "$" + money(v))
        x += 133
    c.setStrokeGray(0)
    y -= 50

    def section(title: str, rows: list, total: float, y: float) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, title)
        y -= 14
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "Date")
        c.drawString(100, y, "Description")
        c.drawRightString(572, y, "Amount")
        c.line(40, y - 3, 572, y - 3)
        y -= 13
        c.setFont("Helvetica", 8.5)
        for d, desc, a, _ in rows:
            c.drawString(40, y, short_date(d)[:-6])
            c.drawString(100, y, desc)
            c.drawRightString(572, y, money(abs(a)))
            y -= 11.5
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 1, f"Total {title.lower()}")
        c.drawRightString(572, y - 1, money(total))
        return y - 24

    y = section("Deposits and other credits", [ln for ln in st.lines if ln[2] > 0], st.credits, y)
    y = section("Withdrawals and other debits", [ln for ln in st.lines if ln[2] < 0], st.debits, y)
    c.setFont("Helvetica", 7.5)
    c.drawString(40, max(y, 50), f"Ending balance on {short_date(st.end)}: ${money(st.closing)}")
    synthetic_mark(c, W)
    return s.finish()


# ---------------------------------------------------------------------------------------------------------------
# letters
# ---------------------------------------------------------------------------------------------------------------


def hardship_letter(who: Person, co: Person | None, addr: Home, loan: str, servicer: str, when: dt.date,
                    body: list[str], sign: str | None, seed: str, co_signs: bool = False) -> Doc:
    """A typed letter in the borrower's words; signed on paper (ink) or sent unsigned as an e-mail attachment."""
    s = Sheet(letter, "Hardship letter")
    c = s.c
    W, H = letter
    font = random.Random(seed + "font").choice(["Times-Roman", "Helvetica"])
    c.setFont(font, 11)
    y = H - 72
    for line in [who.plain + (f" and {co.plain}" if co else ""), addr.street, addr.city_line, "", long_date(when),
                 "", servicer, "Loss Mitigation Department", "", f"RE: Loan number {loan}", ""]:
        c.drawString(72, y, line)
        y -= 14
    c.drawString(72, y, "To whom it may concern,")
    y -= 22
    for para in body:
        y = paragraph(c, 72, y, para, W - 144, font, 11, 15) - 9
    c.setFont(font, 11)
    c.drawString(72, y - 4, "Sincerely,")
    s.signature(sign, who.name, seed, 74, y - 36, 120)
    c.setFont(font, 11)
    c.drawString(72, y - 52, who.name)
    if co and co_signs:
        s.signature(sign, co.name, seed, 300, y - 36, 120)
        c.drawString(300, y - 52, co.name)
    synthetic_mark(c, W)
    pdf = s.finish()
    return Doc("hardship_letter", {"letter_date": when.isoformat()}, pdf, when, inks=s.inks,
               printed=[(long_date(when),), loan], seed=seed)


def ssa_letter(who: Person, addr: Home, when: dt.date, amount: float, kind: str, since: dt.date, seed: str,
               office: str) -> Doc:
    """Social Security's benefit letter: monthly amount and since when."""
    s = Sheet(letter, "Social Security")
    c = s.c
    W, H = letter
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, H - 64, "SOCIAL SECURITY ADMINISTRATION")
    c.setFont("Helvetica", 9)
    c.drawString(72, H - 78, office)
    c.drawRightString(W - 72, H - 64, f"Date: {long_date(when)}")
    c.drawRightString(W - 72, H - 78, f"Claim Number: XXX-XX-{who.ssn4}")
    y = H - 120
    c.setFont("Helvetica", 10.5)
    for line in (who.name.upper(), addr.street.upper(), addr.city_line.upper()):
        c.drawString(72, y, line)
        y -= 13
    y -= 20
    c.setFont("Helvetica-Bold", 12)
    if kind == "survivor":
        c.drawString(72, y, "Your Social Security Survivors Benefits")
        text = [f"We are writing about your monthly survivors benefits. You are entitled to monthly benefits as "
                f"a surviving spouse beginning {since.strftime('%B %Y')}.",
                f"Your monthly benefit before any deductions is ${money(amount)}. We pay Social Security benefits "
                f"monthly. Your payment is deposited to your bank account each month.",
                "Social Security benefits may be subject to federal income tax. Each January we will send you a "
                "Form SSA-1099 showing the amount of benefits you received the year before."]
    else:
        c.drawString(72, y, "Supplemental Security Income - Notice of Payment Amount")
        text = [f"You are eligible for Supplemental Security Income (SSI) payments because you are disabled. "
                f"Your eligibility began {since.strftime('%B %Y')}.",
                f"Beginning with your next payment your SSI payment will be ${money(amount)} a month. SSI is paid "
                f"monthly, on the first day of the month.",
                "SSI payments are not taxable income and are not reported to the Internal Revenue Service."]
    y -= 24
    for para in text:
        y = paragraph(c, 72, y, para, W - 144, "Helvetica", 10.5, 14) - 10
    y = paragraph(c, 72, y - 6, "If you have questions, call us at 1-800-772-1213 or visit www.ssa.gov. Please "
                  "have this letter with you when you call.", W - 144, "Helvetica", 10.5, 14)
    synthetic_mark(c, W)
    btype = "benefits_taxable" if kind == "survivor" else "benefits_nontaxable"
    return Doc("benefit_award_letter", {"letter_date": when.isoformat(), "monthly_amount": amount,
                                        "benefit_type": btype}, s.finish(), when,
               printed=[(long_date(when),), money(amount)], seed=seed)


def va_letter(who: Person, addr: Home, when: dt.date, amount: float, rating: int, seed: str) -> Doc:
    """The VA's letter summarising a veteran's disability compensation."""
    s = Sheet(letter, "VA letter")
    c = s.c
    W, H = letter
    c.setFont("Times-Bold", 13)
    c.drawCentredString(W / 2, H - 60, "DEPARTMENT OF VETERANS AFFAIRS")
    c.setFont("Times-Roman", 10)
    c.drawCentredString(W / 2, H - 74, "Regional Benefit Office")
    c.setFont("Times-Roman", 11)
    c.drawString(72, H - 112, long_date(when))
    y = H - 140
    for line in (who.name, addr.street, addr.city_line):
        c.drawString(72, y, line)
        y -= 14
    y -= 16
    c.drawString(72, y, f"Dear {who.first} {who.last}:")
    y -= 22
    for para in [
        "This letter is a summary of the benefits you currently receive from the Department of Veterans Affairs "
        "(VA). We are providing this letter to veterans and their beneficiaries for use in obtaining benefits such "
        "as housing assistance or loans.",
        f"Your combined service-connected evaluation is {rating} percent. Your current monthly award amount is "
        f"${money(amount)}. You have been paid this amount monthly since December 1, {when.year - 1}.",
        "VA disability compensation is not taxable income.",
        "You may request a new summary letter at any time through your online VA account."]:
        y = paragraph(c, 72, y, para, W - 144, "Times-Roman", 11, 15) - 10
    c.drawString(72, y - 10, "Sincerely yours,")
    c.drawString(72, y - 40, "Veterans Service Center Manager")
    synthetic_mark(c, W)
    return Doc("benefit_award_letter", {"letter_date": when.isoformat(), "monthly_amount": amount,
                                        "benefit_type": "benefits_nontaxable"}, s.finish(), when,
               printed=[(long_date(when),), money(amount)], seed=seed)


def pension_letter(who: Person, addr: Home, when: dt.date, amount: float, plan: str, plan_addr: str,
                   since: dt.date, seed: str) -> Doc:
    s = Sheet(letter, "Pension letter")
    c = s.c
    W, H = letter
    c.setFillGray(0.25)
    c.rect(0, H - 84, W, 84, stroke=0, fill=1)
    c.setFillGray(1)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(54, H - 44, plan)
    c.setFont("Helvetica", 8.5)
    c.drawString(54, H - 60, plan_addr)
    c.setFillGray(0)
    y = H - 120
    c.setFont("Helvetica", 10.5)
    c.drawString(54, y, long_date(when))
    y -= 28
    for line in (who.name, addr.street, addr.city_line):
        c.drawString(54, y, line)
        y -= 13
    y -= 18
    c.setFont("Helvetica-Bold", 11)
    c.drawString(54, y, "Confirmation of Monthly Pension Benefit")
    y -= 22
    c.setFont("Helvetica", 10.5)
    c.drawString(54, y, f"Dear {who.first} {who.last},")
    y -= 20
    y = paragraph(c, 54, y, f"As you requested, we confirm the pension benefit the Plan pays you. Your benefit began "
                  f"on {long_date(since)} and continues for your lifetime.", W - 108, "Helvetica", 10.5, 14) - 12
    rows = [("Monthly gross benefit", "$" + money(amount)), ("Payment frequency", "Monthly, on the 1st"),
            ("Federal tax withheld", "$" + money(cents(amount * 0.08))),
            ("Net monthly payment", "$" + money(cents(amount * 0.92))), ("Form of payment", "Direct deposit")]
    for k, v in rows:
        c.drawString(72, y, k)
        c.drawRightString(380, y, v)
        y -= 15
    y -= 12
    y = paragraph(c, 54, y, "Your benefit is taxable income and is reported each year on Form 1099-R. Please "
                  "contact the Plan office if your address changes.", W - 108, "Helvetica", 10.5, 14)
    c.drawString(54, y - 24, "Benefits Administration")
    synthetic_mark(c, W)
    return Doc("benefit_award_letter", {"letter_date": when.isoformat(), "monthly_amount": amount,
                                        "benefit_type": "benefits_taxable"}, s.finish(), when,
               printed=[(long_date(when),), money(amount)], seed=seed)


def ui_letter(who: Person, addr: Home, when: dt.date, weekly: float, state: str, agency: str, claim_date: dt.date,
              seed: str) -> Doc:
    """A state workforce agency's notice of the weekly benefit amount."""
    s = Sheet(letter, "Unemployment")
    c = s.c
    W, H = letter
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 58, f"STATE OF {state.upper()}")
    c.drawString(60, H - 72, agency.upper())
    c.setFont("Helvetica", 8.5)
    c.drawString(60, H - 84, "Unemployment Insurance Division")
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(W - 60, H - 62, "NOTICE OF BENEFIT AWARD")
    c.setFont("Helvetica", 9)
    c.drawRightString(W - 60, H - 76, f"Mailing date: {us(when)}")
    y = H - 120
    c.setFont("Helvetica", 10)
    for line in (who.name.upper(), addr.street.upper(), addr.city_line.upper()):
        c.drawString(60, y, line)
        y -= 13
    y -= 18
    rows = [("Claimant", who.name), ("Social Security No.", f"XXX-XX-{who.ssn4}"),
            ("Claim effective date", us(claim_date)), ("Benefit year ends", us(claim_date + dt.timedelta(days=364))),
            ("Weekly benefit amount", "$" + money(weekly)), ("Maximum benefit amount", "$" + money(weekly * 26)),
            ("Payment schedule", "Weekly, for each week claimed")]
    c.setLineWidth(0.6)
    c.rect(60, y - 15 * len(rows) + 4, W - 120, 15 * len(rows) + 8)
    for k, v in rows:
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(68, y - 4, k)
        c.setFont("Helvetica", 9.5)
        c.drawString(250, y - 4, v)
        y -= 15
    y -= 26
    for para in ["You have been found monetarily eligible for unemployment insurance benefits. To be paid, you must "
                 "request payment for each week you are unemployed and meet all eligibility requirements.",
                 "Benefits are taxable income. You may choose to have federal income tax withheld from your "
                 "payments.", "If you disagree with this determination, you may file an appeal within 30 days of "
                 "the mailing date shown above."]:
        y = paragraph(c, 60, y, para, W - 120, "Helvetica", 10, 13.5) - 8
    synthetic_mark(c, W)
    return Doc("unemployment_benefit_letter", {"letter_date": when.isoformat(), "benefit_type": "unemployment"},
               s.finish(), when, printed=[(us(when),), money(weekly)], seed=seed)


def obituary(deceased: Person, spouse: Person, born: dt.date, died: dt.date, paper: str, town: str,
             printed_on: dt.date, seed: str) -> Doc:
    s = Sheet(letter, "Obituary")
    c = s.c
    W, H = letter
    c.setFont("Times-Bold", 20)
    c.drawCentredString(W / 2, H - 60, paper)
    c.setFont("Times-Roman", 9)
    c.drawCentredString(W / 2, H - 74, f"{town}  -  {long_date(printed_on)}  -  Obituaries")
    c.line(60, H - 82, W - 60, H - 82)
    c.setFont("Times-Bold", 15)
    c.drawString(140, H - 116, f"{deceased.first} {deceased.middle + '. ' if deceased.middle else ''}{deceased.last}")
    c.setFont("Times-Italic", 10)
    c.drawString(140, H - 130, f"{long_date(born)} - {long_date(died)}")
    age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
    text = (f"{deceased.first} {deceased.last}, {age}, of {town}, passed away on {long_date(died)}, surrounded by "
            f"his family. He worked for many years as a machinist and later as a school bus driver, and he never "
            f"missed one of his grandchildren's ball games. He is survived by his wife of many years, "
            f"{spouse.first}, by two children and by four grandchildren. A memorial service will be held at the "
            f"First Methodist Church of {town}. In lieu of flowers, the family asks that donations be made to the "
            f"county food pantry.")
    c.setLineWidth(0.5)
    c.rect(60, H - 150, 68, 80)
    paragraph(c, 140, H - 152, text, W - 200, "Times-Roman", 10.5, 14)
    synthetic_mark(c, W)
    return Doc("obituary", {}, s.finish(), printed_on, printed=[deceased.last], seed=seed)


# ---------------------------------------------------------------------------------------------------------------
# IRS Form 4506-C (page 1 of the real Rev. 10-2022 form, typed over), separator and fax cover sheets
# ---------------------------------------------------------------------------------------------------------------

FORM4506C_BLANK = pdf_factory.REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"


def form4506c(who: Person, addr: Home, ives: tuple[str, str, str, str], client: tuple[str, str, str, Home],
              years: tuple[int], sign: str | None, signed_on: dt.date, seed: str) -> Doc:
    """Page 1 of the real Form 4506-C, typed over by the servicer in a PDF editor (its sample fields left empty),
    then printed and signed and dated in ink by the taxpayer."""
    s = Sheet(letter, "4506-C overlay")
    c = s.c
    c.setFont("Courier", 9.5)
    c.drawString(28, 669, who.first)
    c.drawString(114, 669, who.middle)
    c.drawString(172, 669, who.last)
    c.drawString(28, 645, who.ssn)
    c.drawString(28, 571, addr.street)
    c.drawString(312, 571, addr.city)
    c.drawString(420, 571, addr.state)
    c.drawString(474, 571, addr.zip)
    name, ives_id, ives_street, ives_city = ives
    c.drawString(28, 507, name)
    c.drawString(312, 507, ives_id)
    c.drawString(28, 485, ives_street)
    c.drawString(312, 485, ives_city)
    cname, cphone, cstreet, chome = client
    c.drawString(28, 431, cname)
    c.drawString(474, 431, cphone)
    c.drawString(28, 410, cstreet)
    c.drawString(312, 410, chome.city)
    c.drawString(420, 410, chome.state)
    c.drawString(474, 410, chome.zip)
    c.drawString(130, 366, "1040")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(95.5, 349.5, "X")
    c.drawString(28.5, 195, "X")
    c.setFont("Courier", 9.5)
    c.drawString(24, 268, "12")
    c.drawString(47, 268, "31")
    c.drawString(80, 268, str(years[0]))
    c.drawString(435, 166, who.phone)
    c.drawString(70, 131, who.name)
    s.signature(sign, who.name, seed, 200, 164, 110)
    s.date(sign, us(signed_on), 348, 164)
    overlay = s.finish()
    base = PdfReader(FORM4506C_BLANK)
    writer = PdfWriter()
    page = writer.add_page(base.pages[0])
    page.merge_page(PdfReader(io.BytesIO(overlay)).pages[0])
    if "/AcroForm" in writer.root_object:
        del writer.root_object["/AcroForm"]
    buf = io.BytesIO()
    writer.write(buf)
    signed = sign is not None
    return Doc("irs_form_4506c", {"signed": signed, "signed_on": signed_on.isoformat() if signed else None},
               buf.getvalue(), signed_on, inks=s.inks, seed=seed)


def separator_sheet(loan: str) -> Doc:
    """The mailroom's cover sheet: a Code 128 barcode reading LOAN <number>."""
    s = Sheet(letter, "Separator")
    c = s.c
    W, H = letter
    c.setFont("Helvetica-Bold", 20)
    c.drawCentredString(W / 2, H - 120, "DOCUMENT SEPARATOR SHEET")
    c.setFont("Helvetica", 11)
    c.drawCentredString(W / 2, H - 142, "Loss Mitigation - Incoming Mail")
    code = pdf_factory.barcode_image(f"LOAN {loan}", scale=4)
    c.drawImage(ImageReader(code.convert("RGB")), W / 2 - 170, H - 330, width=340, height=120)
    c.setFont("Helvetica", 13)
    c.drawCentredString(W / 2, H - 356, f"LOAN {loan}")
    c.setFont("Helvetica", 9)
    c.drawCentredString(W / 2, 120, "Place this sheet on top of the borrower's papers. Do not staple.")
    return Doc("separator_sheet", {}, s.finish())


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, when: dt.date, pages: int, loan: str,
              note: str) -> Doc:
    s = Sheet(letter, "Fax cover")
    c = s.c
    W, H = letter
    c.setFont("Helvetica-Bold", 30)
    c.drawString(72, H - 100, "FAX")
    c.setLineWidth(2)
    c.line(72, H - 110, W - 72, H - 110)
    rows = [("To:", to), ("Fax:", to_fax), ("From:", sender), ("Fax:", sender_fax), ("Date:", us(when)),
            ("Pages (including cover):", str(pages)), ("Re:", f"Loan {loan} - mortgage assistance application")]
    y = H - 150
    for k, v in rows:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, y, k)
        c.setFont("Helvetica", 12)
        c.drawString(250, y, v)
        y -= 24
    c.setLineWidth(0.8)
    c.line(72, y, W - 72, y)
    paragraph(c, 72, y - 24, note, W - 144, "Helvetica", 12, 16)
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(72, 80, "This facsimile may contain confidential information intended only for the addressee.")
    return Doc("fax_cover", {}, s.finish())


# ---------------------------------------------------------------------------------------------------------------
# applications
# ---------------------------------------------------------------------------------------------------------------

INCOME_ORDER = ["wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
                "investment", "other"]
HARDSHIP_ORDER = ["unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
                  "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation",
                  "other"]


@dataclass
class App:
    loan: str
    borrower: Person
    co: Person | None
    home: Home
    occupancy: str
    hardships: list[str]
    hardship_start: dt.date | None
    duration: str  # short_term | long_term
    income: dict[str, float]  # code -> monthly amount (only lines above zero)
    how_often: dict[str, str]
    signed_on: dt.date | None  # the borrower's signature date (None: not signed at all)
    co_signed_on: dt.date | None
    checking: float
    explain: str = ""
    employers: dict = field(default_factory=dict)

    @property
    def total(self) -> float:
        return cents(sum(self.income.values()))

    def expected(self) -> dict:
        income = {k: self.income[k] for k in INCOME_ORDER if self.income.get(k, 0) > 0}
        income["total"] = self.total
        return {
            "loan_number": self.loan, "borrower_name": self.borrower.name,
            "co_borrower_name": self.co.name if self.co else None, "ssn_last4": self.borrower.ssn4,
            "property_address": self.home.one_line, "occupancy": self.occupancy,
            "hardship_types": list(self.hardships),
            "hardship_start_date": self.hardship_start.isoformat() if self.hardship_start else None,
            "income": income, "signed": self.signed_on is not None,
            "signed_on": self.signed_on.isoformat() if self.signed_on else None,
            "co_borrower_signed": (self.co_signed_on is not None) if self.co else None,
        }


def app_doc(app: App, pdf: bytes, inks: list[Ink], seed: str, forms: bool = False, printed=None) -> Doc:
    return Doc("mortgage_assistance_application", {}, pdf, app.signed_on, inks=inks, forms=forms, seed=seed,
               printed=printed or [])


def form710(app: App, mode: str, seed: str) -> Doc:
    """The real Form 710 typed through its AcroForm; signed on the screen (strokes drawn on page 4, dates typed
    into their fields) or printed and signed and dated in ink."""
    b, co = app.borrower, app.co
    v: dict[str, Any] = {
        "Text_1": app.loan, "Text_2": b.name, "Text_3": b.ssn4, "Email_1": b.email, "US_Phone_Number_1": b.phone,
        "Checkbox_1": True, "Text_6": app.home.one_line, "Checkbox_23": True, "Checkbox_27": True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, "Checkbox_17": True,
        "Number_10": money(app.checking),
    }
    if co:
        v.update({"Text_4": co.name, "Text_5": co.ssn4, "Email_2": co.email, "US_Phone_Number_3": co.phone,
                  "Checkbox_9": True})
    v[{"primary_residence": "Checkbox_24", "second_home": "Checkbox_25",
       "investment_property": "Checkbox_26"}[app.occupancy]] = True
    if app.hardship_start:
        v["Date_1"] = us(app.hardship_start)
    v["Checkbox_38" if app.duration == "short_term" else "Checkbox_39"] = True
    for i, code in enumerate(HARDSHIP_ORDER):
        if code in app.hardships:
            v[f"Checkbox_{41 + i}"] = True
    if "other" in app.hardships:
        v["Text_9"] = app.explain
    for i, code in enumerate(INCOME_ORDER):
        if app.income.get(code, 0) > 0:
            v[f"Number_{2 + i}"] = money(app.income[code])
    inks: list[Ink] = []
    if mode == "screen":
        if app.signed_on:
            v["Date_3"] = us(app.signed_on)
        if co and app.co_signed_on:
            v["Date_4"] = us(app.co_signed_on)
    pdf = pdf_factory.form710_filled(v)
    if mode == "screen":
        s = Sheet(letter, "signature")
        if app.signed_on:
            sign_vector(s.c, b.name, seed, 152, 347, 125)
        if co and app.co_signed_on:
            sign_vector(s.c, co.name, seed, 165, 309, 125)
        overlay = PdfReader(io.BytesIO(s.finish())).pages[0]
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
        writer.pages[3].merge_page(overlay)
        buf = io.BytesIO()
        writer.write(buf)
        pdf = buf.getvalue()
    else:
        if app.signed_on:
            inks += [Ink(3, "sig", 152, 347, b.name, 125), Ink(3, "text", 432, 347, us(app.signed_on))]
        if co and app.co_signed_on:
            inks += [Ink(3, "sig", 165, 309, co.name, 125), Ink(3, "text", 432, 309, us(app.co_signed_on))]
    doc = app_doc(app, pdf, inks, seed, forms=True)
    doc.facts["form_fields"] = {k: val for k, val in v.items() if isinstance(val, str)}
    return doc


def _dot_row(c: canvas.Canvas, x0: float, x_ans: float, y: float, label: str, answer: str = "",
             label_font=("Helvetica", 9), ans_font=("Courier", 10), right: float | None = None) -> None:
    """'Label ........ answer': dots from the label to the answer column."""
    c.setFont(*label_font)
    c.drawString(x0, y, label)
    start = x0 + c.stringWidth(label, *label_font) + 3
    dot_w = c.stringWidth(" .", "Helvetica", 8)
    n = int(max(0, (x_ans - 5 - start)) / dot_w)
    c.setFont("Helvetica", 8)
    c.drawString(start, y, " ." * n)
    if answer:
        c.setFont(*ans_font)
        if right is not None:
            c.drawRightString(right, y, answer)
        else:
            c.drawString(x_ans, y, answer)


def _box(c: canvas.Canvas, x: float, y: float, marked: bool, size: float = 9.0) -> None:
    c.setLineWidth(0.7)
    c.rect(x, y - 1.5, size, size)
    if marked:
        c.setFont("Courier-Bold", 10)
        c.drawCentredString(x + size / 2, y, "X")


BW_HARDSHIPS = {
    "unemployment": "I lost my job or I am out of work",
    "reduction_in_income": "My pay, hours or overtime were reduced",
    "increase_in_housing_expenses": "My housing costs went up (taxes, insurance, HOA)",
    "disaster": "A disaster damaged my home or my workplace",
    "disability_or_illness": "Disability or serious illness (me or my family)",
    "divorce_or_separation": "Divorce or legal separation",
    "separation_unmarried": "Unmarried co-owners have separated",
    "death": "Death of a borrower or of a wage earner",
    "relocation": "Job transfer or move far away",
    "other": "Another reason (explain below)",
}
BW_INCOME = {
    "wages": "Wages, salary, overtime, tips, commissions",
    "self_employment": "Self-employment income",
    "unemployment": "Unemployment benefits",
    "benefits_taxable": "Social Security, pension, disability (taxable)",
    "benefits_nontaxable": "Social Security or disability (non-taxable)",
    "rental": "Rental income, less expenses",
    "investment": "Investment or insurance income",
    "other": "Alimony, child support or other income",
}


def form_brightwater(app: App, mode: str, seed: str, household: int) -> Doc:
    """Brightwater Loan Servicing's two-page LANDSCAPE "Homeowner Relief Application" (BLS-2L): a serif name over a
    double rule, two columns a page, every answer typed after a row of dot leaders ("Borrower's full name . . . .
    answer"), the full Social Security number asked, the street and "City, state and ZIP" on two rows, occupancy,
    sale, keep and every hardship reason asked as YES / NO box pairs in two columns, income as dot-leader rows to a
    "$" column with a TOTAL MONTHLY INCOME row, signatures and dates side by side across the foot of page 2."""
    b, co = app.borrower, app.co
    size = landscape(letter)
    W, H = size
    s = Sheet(size, "Homeowner Relief Application")
    c = s.c
    L0, L1, R0, R1 = 36, 376, 416, 756

    def masthead(page: int) -> None:
        c.setFont("Times-Bold", 17)
        c.drawString(36, H - 44, "BRIGHTWATER LOAN SERVICING, LLC")
        c.setFont("Helvetica", 7.5)
        c.drawString(36, H - 56, "Loss Mitigation Department  -  P.O. Box 4410, Harlow, OH 43099  -  "
                                 "Fax (555) 014-7730  -  www.brightwater-servicing.example")
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(W - 36, H - 42, "HOMEOWNER RELIEF APPLICATION")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 36, H - 55, f"Form BLS-2L (01/2033)     Page {page} of 2")
        c.setLineWidth(1.2)
        c.line(36, H - 64, W - 36, H - 64)
        c.setLineWidth(0.4)
        c.line(36, H - 67, W - 36, H - 67)

    def part(x0: float, x1: float, y: float, title: str) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(x0, y, title)
        c.setLineWidth(0.6)
        c.line(x0, y - 4, x1, y - 4)
        return y - 20

    def yes_no(x0: float, x_yes: float, y: float, label: str, yes: bool) -> None:
        _dot_row(c, x0, x_yes - 2, y, label)
        _box(c, x_yes, y, yes)
        _box(c, x_yes + 36, y, not yes)

    masthead(1)
    c.setFont("Helvetica", 8)
    c.drawString(36, H - 82, "Please answer every question. Print clearly or type. Send pages 1 and 2 together with "
                             "the documents listed in Part F.")
    y = part(L0, L1, H - 106, "PART A  -  ABOUT YOU")
    xa = L0 + 168
    rows = [("Loan number", app.loan), ("Borrower's full name", b.name), ("Social Security number", b.ssn),
            ("Date of birth", us(b.dob)), ("Phone", b.phone), ("E-mail", b.email), ("", ""),
            ("Co-borrower's full name", co.name if co else ""), ("Social Security number", co.ssn if co else ""),
            ("Date of birth", us(co.dob) if co else ""), ("Phone", co.phone if co else ""),
            ("Number of people in the household", str(household))]
    for label, ans in rows:
        if label:
            _dot_row(c, L0, xa, y, label, ans, label_font=("Helvetica-Bold" if label == "Loan number" else
                                                           "Helvetica", 9))
        y -= 19
    y = part(L0, L1, y - 10, "PART A2  -  EMPLOYMENT")
    for label, ans in (("Borrower's employer", app.employers.get("borrower", "")),
                       ("Co-borrower's employer", app.employers.get("co", ""))):
        _dot_row(c, L0, L0 + 168, y, label, ans)
        y -= 19
    y = part(R0, R1, H - 106, "PART B  -  THE PROPERTY")
    xa = R0 + 150
    for label, ans in (("Street address", app.home.street), ("City, state and ZIP", app.home.city_line),
                       ("Mailing address, if different", ""), ("Monthly HOA or condo dues", "")):
        _dot_row(c, R0, xa, y, label, ans)
        y -= 19
    y -= 8
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(R0, y, "Mark YES or NO for each statement.")
    c.setFont("Helvetica-Bold", 8)
    x_yes = R1 - 52
    c.drawCentredString(x_yes + 4.5, y, "YES")
    c.drawCentredString(x_yes + 40.5, y, "NO")
    y -= 17
    occ = app.occupancy
    for label, yes in (("I live in the property as my primary residence", occ == "primary_residence"),
                       ("The property is my second or vacation home", occ == "second_home"),
                       ("The property is rented out or held as an investment", occ == "investment_property"),
                       ("The property is listed for sale", False), ("I want to keep the property", True)):
        yes_no(R0, x_yes, y, label, yes)
        y -= 19
    y = part(R0, R1, y - 10, "PART B2  -  OTHER QUESTIONS")
    for label in ("Is either borrower on active military duty?", "Has either borrower filed for bankruptcy?",
                  "Is there a second mortgage or other lien?"):
        yes_no(R0, x_yes, y, label, False)
        y -= 19
    c.setFont("Helvetica", 7.5)
    c.drawString(R0, 60, "Brightwater Loan Servicing will acknowledge your application within five business days.")
    c.drawRightString(W - 36, 44, "Continued on page 2")
    synthetic_mark(c, W)
    s.next_page()
    masthead(2)
    y = part(L0, L1, H - 92, "PART C  -  YOUR HARDSHIP")
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(L0, y, "Mark YES or NO for each reason.")
    x_yes = L1 - 52
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(x_yes + 4.5, y, "YES")
    c.drawCentredString(x_yes + 40.5, y, "NO")
    y -= 17
    for code in HARDSHIP_ORDER:
        yes_no(L0, x_yes, y, BW_HARDSHIPS[code], code in app.hardships)
        y -= 17
    y -= 6
    _dot_row(c, L0, L0 + 168, y, "The hardship began on (mm/dd/yyyy)",
             us(app.hardship_start) if app.hardship_start else "")
    y -= 19
    c.setFont("Helvetica", 9)
    c.drawString(L0, y, "It will last:")
    for x, label, on in ((L0 + 60, "6 months or less", app.duration == "short_term"),
                         (L0 + 160, "more than 6 months", app.duration == "long_term"),
                         (L0 + 270, "it is over", False)):
        _box(c, x, y, on)
        c.setFont("Helvetica", 9)
        c.drawString(x + 13, y, label)
    y -= 19
    _dot_row(c, L0, L0 + 110, y, "Explain in a few words", app.explain[:34], ans_font=("Courier", 9))
    y = part(R0, R1, H - 92, "PART D  -  MONTHLY INCOME (gross, before taxes)")
    c.setFont("Helvetica-Oblique", 8.5)
    c.drawString(R0, y, "Income of everyone on the loan, per month.")
    y -= 19
    for code in INCOME_ORDER:
        amount = app.income.get(code, 0)
        _dot_row(c, R0, R1 - 78, y, BW_INCOME[code])
        c.setFont("Helvetica", 9)
        c.drawString(R1 - 76, y, "$")
        if amount > 0:
            c.setFont("Courier", 10)
            c.drawRightString(R1, y, money(amount))
        c.setLineWidth(0.3)
        c.line(R1 - 68, y - 2.5, R1, y - 2.5)
        y -= 18
    c.setLineWidth(0.8)
    c.line(R0, y + 9, R1, y + 9)
    y -= 4
    _dot_row(c, R0, R1 - 78, y, "TOTAL MONTHLY INCOME", label_font=("Helvetica-Bold", 9))
    c.setFont("Helvetica-Bold", 9)
    c.drawString(R1 - 76, y, "$")
    c.setFont("Courier-Bold", 10)
    c.drawRightString(R1, y, money(app.total))
    y -= 22
    _dot_row(c, R0, R1 - 78, y, "Money in checking and savings today")
    c.setFont("Helvetica", 9)
    c.drawString(R1 - 76, y, "$")
    c.setFont("Courier", 10)
    c.drawRightString(R1, y, money(app.checking))
    # part E across the foot
    y = 196
    part(36, W - 36, y, "PART E  -  SIGNATURES")
    paragraph(c, 36, y - 18, "I certify that the information in this application is true and complete, that the "
              "hardship described above contributed to my need for help, and I allow Brightwater Loan Servicing to "
              "obtain a credit report and to verify what I have stated. Knowingly false statements may violate "
              "federal law.", W - 72, "Helvetica", 8, 10)
    y_sig = 112
    c.setLineWidth(0.6)
    for who, signed_on, label in ((b, app.signed_on, "Borrower's signature"),
                                  (co, app.co_signed_on, "Co-borrower's signature")):
        c.setFont("Helvetica", 8.5)
        c.drawString(36, y_sig, label)
        c.line(150, y_sig - 3, 430, y_sig - 3)
        c.drawString(450, y_sig, "Date")
        c.line(476, y_sig - 3, 600, y_sig - 3)
        if who is not None and signed_on is not None:
            s.signature(mode, who.name, seed, 160, y_sig, 125)
            s.date(mode, us(signed_on), 482, y_sig)
        y_sig -= 30
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(36, 44, "PART F  -  SEND WITH THIS FORM:")
    c.setFont("Helvetica", 8)
    c.drawString(190, 44, "your two most recent pay stubs or bank statements, benefit letters, and a letter that "
                          "explains your hardship.")
    synthetic_mark(c, W)
    pdf = s.finish()
    printed = [app.loan, b.name, b.ssn, app.home.street, app.home.city_line, money(app.total)]
    printed += [money(a) for a in app.income.values()]
    if app.hardship_start:
        printed.append(us(app.hardship_start))
    if co:
        printed.append(co.name)
    if mode == "screen" and app.signed_on:
        printed.append(us(app.signed_on))
    return app_doc(app, pdf, s.inks, seed, printed=printed)


CR_HARDSHIPS = {
    "unemployment": "Unemployment",
    "reduction_in_income": "Reduced income (fewer hours, lower pay)",
    "increase_in_housing_expenses": "Higher housing expenses",
    "disaster": "Natural or man-made disaster",
    "disability_or_illness": "Disability or serious illness",
    "divorce_or_separation": "Divorce or legal separation",
    "separation_unmarried": "Separation of unmarried co-borrowers",
    "death": "Death of a borrower or wage earner",
    "relocation": "Distant job transfer or relocation",
    "other": "Other (attach an explanation)",
}
CR_INCOME = {
    "wages": "Wages and salary (gross)",
    "self_employment": "Self-employment",
    "unemployment": "Unemployment benefits",
    "benefits_taxable": "Taxable benefits (Social Security, pension, disability)",
    "benefits_nontaxable": "Non-taxable benefits (Social Security, disability)",
    "rental": "Rental income (net)",
    "investment": "Investment or insurance income",
    "other": "Other (child support, alimony, other)",
}


def form_cobalt(app: App, mode: str, seed: str) -> Doc:
    """Cobalt Ridge Mortgage Services' two-page "Loss Mitigation Application" (CRM-5): each section a bordered box
    numbered in a black square at its top-left corner, labels in SMALL CAPITALS down the left of the box and the
    answers typed on rules to the right, choices marked with an X typed on a short blank BEFORE the option
    ("__X__ primary residence"), the hardship reasons as such blanks in two columns, income as a ruled table
    Source | Amount per month | How often paid with a total row, and signature and date rules in the last box."""
    b, co = app.borrower, app.co
    W, H = letter
    s = Sheet(letter, "Loss Mitigation Application")
    c = s.c
    X0, X1 = 40, 572
    LAB, ANS = 54, 210

    def header(page: int) -> None:
        c.setFont("Times-Bold", 17)
        c.drawString(X0, H - 50, "COBALT RIDGE MORTGAGE SERVICES")
        c.setFont("Times-Italic", 12)
        c.drawString(X0, H - 66, "Loss Mitigation Application")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(X1, H - 40, f"Form CRM-5 (2033)   -   Page {page} of 2")
        if page == 1:
            small_caps(c, 392, H - 66, "Loan no.", 9)
            c.setLineWidth(0.5)
            c.line(440, H - 69, X1, H - 69)
            c.setFont("Courier", 11)
            c.drawString(446, H - 66, app.loan)
        c.setLineWidth(1)
        c.line(X0, H - 78, X1, H - 78)

    def section(num: int, title: str, top: float, height: float) -> float:
        c.setLineWidth(0.8)
        c.rect(X0, top - height, X1 - X0, height)
        c.setFillGray(0.1)
        c.rect(X0, top - 22, 22, 22, stroke=0, fill=1)
        c.setFillGray(1)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(X0 + 11, top - 16, str(num))
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(X0 + 30, top - 15, title)
        return top - 40

    def row(y: float, label: str, answer: str, x_lab=LAB, x_ans=ANS, x_end=X1 - 12) -> None:
        small_caps(c, x_lab, y, label, 8.5)
        c.setLineWidth(0.4)
        c.line(x_ans, y - 3, x_end, y - 3)
        if answer:
            c.setFont("Courier", 10.5)
            c.drawString(x_ans + 4, y, answer)

    def blank(x: float, y: float, label: str, on: bool) -> None:
        c.setLineWidth(0.5)
        c.line(x, y - 2, x + 20, y - 2)
        if on:
            c.setFont("Courier-Bold", 11)
            c.drawCentredString(x + 10, y - 0.5, "X")
        c.setFont("Helvetica", 9)
        c.drawString(x + 24, y, label)

    header(1)
    c.setFont("Helvetica", 8)
    c.drawString(X0, H - 94, "Type or print in ink. Complete every box that applies to you and sign on page 2.")
    y = section(1, "BORROWER", H - 106, 132)
    for label, ans in (("Full name", b.name), ("Social Security no. (last 4)", b.ssn4), ("Date of birth", us(b.dob)),
                       ("Phone", b.phone), ("E-mail", b.email)):
        row(y, label, ans)
        y -= 19
    y = section(2, "CO-BORROWER (if any)", H - 250, 96)
    for label, ans in (("Full name", co.name if co else ""), ("Social Security no. (last 4)", co.ssn4 if co else ""),
                       ("Phone", co.phone if co else "")):
        row(y, label, ans)
        y -= 19
    y = section(3, "PROPERTY", H - 360, 152)
    row(y, "Street address", app.home.street)
    y -= 19
    row(y, "City", app.home.city)
    y -= 19
    row(y, "State", app.home.state, x_end=300)
    row(y, "ZIP code", app.home.zip, x_lab=320, x_ans=390)
    y -= 21
    small_caps(c, LAB, y, "The property is", 8.5)
    for x, label, code in ((ANS, "my primary residence", "primary_residence"), (ANS + 140, "a second home",
                                                                               "second_home"),
                           (ANS + 240, "an investment property", "investment_property")):
        blank(x, y, label, app.occupancy == code)
    y -= 19
    small_caps(c, LAB, y, "I want to", 8.5)
    blank(ANS, y, "keep the property", True)
    blank(ANS + 140, y, "sell the property", False)
    y -= 19
    small_caps(c, LAB, y, "Listed for sale?", 8.5)
    blank(ANS, y, "yes", False)
    blank(ANS + 140, y, "no", True)
    y = section(4, "EMPLOYMENT AND ASSETS", H - 526, 100)
    for label, ans in (("Borrower's employer", app.employers.get("borrower", "")),
                       ("Co-borrower's employer", app.employers.get("co", "")),
                       ("Checking and savings", "$ " + money(app.checking))):
        row(y, label, ans)
        y -= 19
    c.setFont("Helvetica", 7.5)
    c.drawString(X0, 60, "Cobalt Ridge Mortgage Services - Loss Mitigation - 88 Harbor Street, Harlow, OH 43010 - "
                         "Fax (555) 014-2290")
    synthetic_mark(c, W)
    s.next_page()
    header(2)
    y = section(5, "HARDSHIP", H - 92, 200)
    small_caps(c, LAB, y, "Reason(s) - mark all that apply", 8.5)
    y -= 20
    for i, code in enumerate(HARDSHIP_ORDER):
        col, r_i = divmod(i, 5)
        blank(LAB + 10 + col * 255, y - r_i * 18, CR_HARDSHIPS[code], code in app.hardships)
    y -= 5 * 18 + 8
    row(y, "Date hardship began", us(app.hardship_start) if app.hardship_start else "", x_end=360)
    c.setFont("Helvetica", 7.5)
    c.drawString(366, y, "(mm/dd/yyyy)")
    y -= 22
    small_caps(c, LAB, y, "Expected to last", 8.5)
    blank(ANS, y, "6 months or less", app.duration == "short_term")
    blank(ANS + 130, y, "longer than 6 months", app.duration == "long_term")
    blank(ANS + 270, y, "resolved", False)
    y = section(6, "MONTHLY HOUSEHOLD INCOME", H - 300, 224)
    cols = [LAB, 380, 470]
    c.setFillGray(0.9)
    c.rect(LAB - 4, y - 5, X1 - LAB - 8, 15, stroke=0, fill=1)
    c.setFillGray(0)
    small_caps(c, LAB, y, "Source", 8.5)
    small_caps(c, 330, y, "Amount per month", 8.5)
    small_caps(c, 470, y, "How often paid", 8.5)
    y -= 18
    c.setLineWidth(0.3)
    for code in INCOME_ORDER:
        amount = app.income.get(code, 0)
        c.setFont("Helvetica", 9)
        c.drawString(LAB, y, CR_INCOME[code])
        c.drawString(cols[1] - 62, y, "$")
        if amount > 0:
            c.setFont("Courier", 10.5)
            c.drawRightString(cols[1] + 44, y, money(amount))
            c.drawString(cols[2], y, app.how_often.get(code, "Monthly"))
        c.line(LAB - 4, y - 4, X1 - 12, y - 4)
        y -= 18
    small_caps(c, LAB, y - 2, "Total monthly income", 9, "Helvetica-Bold")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(cols[1] - 62, y - 2, "$")
    c.setFont("Courier-Bold", 10.5)
    c.drawRightString(cols[1] + 44, y - 2, money(app.total))
    y = section(7, "SIGNATURES", H - 536, 160)
    y = paragraph(c, LAB, y, "By signing, I certify that everything in this application is true and complete, that I "
                  "will provide the documents Cobalt Ridge asks for, and that Cobalt Ridge may obtain my credit "
                  "report and verify my income and hardship.", X1 - LAB - 14, "Helvetica", 8, 10) - 18
    for who, signed_on in ((b, app.signed_on), (co, app.co_signed_on)):
        small_caps(c, LAB, y, "Borrower signature" if who is b else "Co-borrower signature", 8.5)
        c.setLineWidth(0.5)
        c.line(ANS - 20, y - 3, 420, y - 3)
        small_caps(c, 430, y, "Date", 8.5)
        c.line(460, y - 3, X1 - 12, y - 3)
        if who is not None and signed_on is not None:
            s.signature(mode, who.name, seed, ANS - 10, y, 130)
            s.date(mode, us(signed_on), 464, y, font=("Courier", 10.5))
        y -= 36
    c.setFont("Helvetica", 7.5)
    c.drawString(X0, 60, "Return this application with your documents to Cobalt Ridge Mortgage Services.")
    synthetic_mark(c, W)
    pdf = s.finish()
    printed = [app.loan, b.name, b.ssn4, app.home.street, app.home.city, app.home.zip, money(app.total)]
    printed += [money(a) for a in app.income.values()]
    if app.hardship_start:
        printed.append(us(app.hardship_start))
    if co:
        printed.append(co.name)
    return app_doc(app, pdf, s.inks, seed, printed=printed)


# ---------------------------------------------------------------------------------------------------------------
# packets: files as they reach the inbox, and where every document's pages went
# ---------------------------------------------------------------------------------------------------------------


@dataclass
class Entry:
    doc: Doc
    pages: list[tuple[str, int]]
    scanned: bool


class Packet:
    def __init__(self, name: str, seed: int, loan: str, received: dt.date):
        self.name, self.seed, self.loan, self.received = name, seed, loan, received
        self.files: dict[str, bytes] = {}
        self.entries: list[Entry] = []
        self.asides: list[tuple[str, int, str]] = []
        self.barcodes: list[tuple[str, int, str]] = []
        self.app: App | None = None
        self.intended: list[str] = []

    def digital(self, rel: str, *docs: Doc) -> None:
        data = docs[0].pdf if len(docs) == 1 else pdf_factory.concat_pdfs([d.pdf for d in docs])
        n = 1
        for d in docs:
            count = d.page_count
            self.entries.append(Entry(d, [(rel, n + i) for i in range(count)], False))
            n += count
        self.files[rel] = data

    def scanned(self, rel: str, items: list[Doc], dpi: int, fax_line: str | None = None,
                producer: str = "Scanner") -> None:
        rng = random.Random(f"{self.seed}:{self.name}:{rel}")
        images: list[Image.Image] = []
        for item in items:
            start = len(images) + 1
            for img in render_pages(item, dpi):
                images.append(scan_image(img, dpi, rng, fax=fax_line is not None))
            pages = [(rel, start + i) for i in range(len(images) - start + 1)]
            if item.type in ("separator_sheet", "fax_cover"):
                self.asides += [(f, p, item.type) for f, p in pages]
                if item.type == "separator_sheet":
                    self.barcodes.append((rel, start, f"LOAN {self.loan}"))
            else:
                self.entries.append(Entry(item, pages, True))
        if fax_line is not None:
            for i, im in enumerate(images):
                grey = im.convert("L")
                fax_header(grey, dpi, fax_line.format(page=i + 1, pages=len(images)))
                images[i] = grey.point(lambda v: 255 if v > 128 else 0).convert("1", dither=Image.Dither.NONE)
        self.files[rel] = image_pdf([(im, dpi) for im in images], producer, self.received)

    # ---- expected.json ----
    def ordered(self) -> list[Entry]:
        return sorted(self.entries, key=lambda e: e.doc.type != "mortgage_assistance_application")

    def doc_facts(self) -> list[dict]:
        return [{"type": e.doc.type, "fields": e.doc.fields, "facts": e.doc.facts} for e in self.ordered()]

    def codes(self) -> list[str]:
        return missing_codes(self.app.expected() if self.app else None, self.doc_facts(), self.received)

    def expected(self) -> dict:
        codes = self.codes()
        docs = []
        for i, e in enumerate(self.ordered()):
            docs.append({"id": f"D{i + 1:02d}", "type": e.doc.type, "scanned": e.scanned,
                         "pages": [{"file": f, "page": p} for f, p in e.pages], "fields": dict(e.doc.fields)})
        return {"loan_number": self.loan, "received_on": self.received.isoformat(),
                "status": "incomplete" if codes else "complete", "missing": codes,
                "application": self.app.expected() if self.app else None, "documents": docs}


def first_saturday(year: int) -> dt.date:
    d = D(year, 1, 1)
    while d.weekday() != 5:
        d += dt.timedelta(days=1)
    return d


def days_before(d: dt.date, n: int) -> dt.date:
    return d - dt.timedelta(days=n)


def fax_line_for(when: dt.date, sender: str, number: str, to: str) -> str:
    return f"{when.strftime('%b-%d-%Y').upper()} 10:4{when.day % 10} FROM: {sender:<24} {number}  TO: {to}" \
           "   P.{page:03d}/{pages:03d}"


def _r(seed: int, name: str) -> random.Random:
    return random.Random(f"holdout-ac:{seed}:{name}")


def family(seed: int, name: str) -> str:
    """Each packet's household gets a surname of its own, so packets sharing one service home never share a name."""
    return random.Random(f"holdout-ac:{seed}:surnames").sample(LAST, len(PACKETS))[PACKETS.index(name)]


# ---- ac1 ------------------------------------------------------------------------------------------------------


def build_ac1(seed: int) -> Packet:
    """Form 710 typed and signed on the screen, e-mailed with two university pay statements and a letter."""
    r = _r(seed, "ac1")
    received = D(2034, 3, 13)
    pk = Packet("ac1", seed, loan_number(r), received)
    b = person(r, True, family(seed, "ac1"))
    h = home(r)
    salary = round_to(r, 48000, 66000, 120)
    employer = "Larchmont State University"
    checks = run_payroll(f"{seed}:ac1:pay", "semimonthly", 2034, D(2034, 1, 15), 0,
                         lambda rr, a, z: [("Regular Salary", None, None, cents(salary / 24))],
                         std_taxes(0.094, 0.032),
                         lambda g: [("Retirement - State Plan", cents(g * 0.09)), ("Medical Insurance", 118.40),
                                    ("Dental Insurance", 14.26)])
    stubs = pick_checks(checks, D(2034, 3, 6), 2)
    signed = days_before(received, r.randrange(3, 6))
    pk.app = App(pk.loan, b, None, h, "primary_residence", ["reduction_in_income"],
                 D(2033, r.randrange(9, 12), r.randrange(1, 28)), "long_term",
                 {"wages": cents(salary / 12)}, {}, signed, None, round_to(r, 300, 1800, 0.01),
                 employers={"borrower": employer})
    app = form710(pk.app, "screen", f"{seed}:ac1")
    emp_id = f"{r.randrange(100000, 999999)}"
    acct4 = f"{r.randrange(1000, 9999)}"
    dept, title = r.choice([("Biology", "Laboratory Coordinator"), ("Library Services", "Library Specialist II"),
                            ("Facilities", "Building Services Supervisor")])
    stub_docs = []
    for chk in stubs:
        pdf = paystub_university(employer, dept, title, b, h, chk, salary, emp_id, acct4)
        stub_docs.append(stub_doc(stub_fields(employer, b, chk, "semimonthly"), pdf, chk, checks, f"{seed}:ac1"))
    letter_doc = hardship_letter(
        b, None, h, pk.loan, "Fenwick Harbor Mortgage", signed,
        [f"I am asking for help with my mortgage payments. In the fall the university reorganized my department "
         f"and my position went from a twelve-month appointment to a reduced one, so my pay dropped by about a "
         f"fifth starting in {pk.app.hardship_start.strftime('%B %Y')}.",
         "I have cut back everywhere I can, but the full payment is now more than I can manage every month. I "
         "would like to stay in my home and I am asking to be considered for a loan modification or any other "
         "option that would lower my payment.",
         "My pay statements for February are attached. Please e-mail or call me if anything else is needed."],
        None, f"{seed}:ac1")
    folder = pk.loan
    pk.digital(f"{folder}/Mortgage Assistance Application.pdf", app)
    for chk, d in zip(stubs, stub_docs, strict=True):
        pk.digital(f"{folder}/PayStatement_{chk.pay.strftime('%Y%m%d')}.pdf", d)
    pk.digital(f"{folder}/hardship letter.pdf", letter_doc)
    pk.intended = []
    return pk


# ---- ac2 ------------------------------------------------------------------------------------------------------


def build_ac2(seed: int) -> Packet:
    """Brightwater's landscape form typed and signed on the screen by both spouses; the transit district's pay
    statements scanned from paper are from February (stale in June), a pension letter, a letter."""
    r = _r(seed, "ac2")
    received = D(2034, 6, 12)
    pk = Packet("ac2", seed, loan_number(r), received)
    b = person(r, False, family(seed, "ac2"))
    co = person(r, True, b.last)
    h = home(r)
    rate = round_to(r, 29.5, 34.5, 0.01)
    employer = "Tri-County Transit District"

    def earn(rr, a, z):
        reg = rr.choice([80.0, 80.0, 72.0, 76.0])
        ot = rr.choice([0.0, 2.0, 3.5, 5.0])
        lines = [("REG Regular Time", reg, rate, cents(reg * rate))]
        if ot:
            lines.append(("OT15 Overtime 1.5", ot, cents(rate * 1.5), cents(ot * cents(rate * 1.5))))
        lines.append(("SHF Shift Differential", 40.0, 1.15, 46.0))
        return lines

    checks = run_payroll(f"{seed}:ac2:pay", "biweekly", 2034, first_saturday(2034), 6, earn,
                         std_taxes(0.088, 0.041, ("Federal Tax", "Social Security", "Medicare", "State Tax")),
                         lambda g: [("PERS Pension", cents(g * 0.07)), ("ATU Union Dues", 38.50),
                                    ("Health Premium", 96.20)])
    stubs = pick_checks(checks, D(2034, 3, 3), 2)
    pension = round_to(r, 980, 1480, 0.01)
    signed = days_before(received, r.randrange(4, 8))
    wages = cents(round(rate * 80 * 26 / 12))
    pk.app = App(pk.loan, b, co, h, "primary_residence", ["disability_or_illness"],
                 D(2034, 1, r.randrange(5, 28)), "long_term", {"wages": wages, "benefits_taxable": pension},
                 {"wages": "Bi-weekly", "benefits_taxable": "Monthly"}, signed, signed, round_to(r, 200, 900, 0.01),
                 explain="Back surgery, on light duty", employers={"borrower": employer, "co": "Retired"})
    app = form_brightwater(pk.app, "screen", f"{seed}:ac2", r.randrange(2, 5))
    emp_no = f"{r.randrange(10000, 99999)}"
    stub_docs = []
    for chk in stubs:
        pdf = paystub_transit(employer, b, chk, emp_no, "FLEET MAINT", (r.randrange(40, 160) + 0.5,
                                                                          r.randrange(20, 90) + 0.25, 8.0))
        stub_docs.append(stub_doc(stub_fields(employer, b, chk, "biweekly"), pdf, chk, checks, f"{seed}:ac2"))
    plan = "Cumberland Valley Teachers' Pension Fund"
    pens = pension_letter(co, h, days_before(received, r.randrange(15, 30)), pension, plan,
                          "400 Commonwealth Avenue, Suite 12  -  Member Services (555) 013-2200",
                          D(2031, 7, 1), f"{seed}:ac2")
    letter_doc = hardship_letter(
        b, co, h, pk.loan, "Brightwater Loan Servicing, LLC", signed,
        [f"My name is {b.plain} and I work as a mechanic for the transit district. In "
         f"{pk.app.hardship_start.strftime('%B')} I had back surgery and I was out of work for several weeks. "
         "Since I came back I am on light duty with no overtime, and I missed two payments while I was out.",
         f"My wife {co.first} is retired and receives a teacher's pension, which helps, but together we cannot "
         "catch up on the missed payments and keep up with the regular ones. My doctor expects the restrictions "
         "to last most of this year.",
         "We want to keep our home and we are asking to be reviewed for a modification or a plan that fits our "
         "income now."], None, f"{seed}:ac2")
    pk.digital(f"{pk.loan}_application.pdf", app)
    for i, d in enumerate(stub_docs, 1):
        pk.scanned(f"{pk.loan}_paystub_{i}.pdf", [d], 200, producer="HP Smart")
    pk.digital(f"{pk.loan}_pension_letter.pdf", pens)
    pk.digital(f"{pk.loan}_hardship_letter.pdf", letter_doc)
    pk.intended = ["income_doc:wages"]
    return pk


# ---- ac3 ------------------------------------------------------------------------------------------------------


def build_ac3(seed: int) -> Packet:
    """Cobalt Ridge's form printed, signed in ink and scanned with the rest of the packet in one grey scan:
    a self-employed contractor's two credit union statements and a signed 4506-C."""
    r = _r(seed, "ac3")
    received = D(2034, 4, 17)
    pk = Packet("ac3", seed, loan_number(r), received)
    b = person(r, False, family(seed, "ac3"))
    h = home(r)
    business = f"{b.last} Home Repair"
    signed = days_before(received, r.randrange(4, 9))
    member4 = f"{r.randrange(1000, 9999)}"
    bank = "Prairie Hearth Federal Credit Union"

    def deposits(a: dt.date, z: dt.date):
        rr = random.Random(f"{seed}:ac3:dep:{a.isoformat()}")
        out = []
        for day in sorted(rr.sample(range(2, z.day), 5)):
            out.append((D(a.year, a.month, day), rr.choice(["MOBILE CHECK DEPOSIT", "SHARED BRANCH DEPOSIT",
                                                            f"ACH CREDIT SQUAREPAY {business.upper()[:12]}"]),
                        round_to(rr, 480, 1350, 0.01)))
        return out

    stmts = month_statements(f"{seed}:ac3:cu", bank, member4, D(2034, 2, 1), 2, round_to(r, 700, 2200, 0.01),
                             deposits)
    monthly = cents(round(sum(s_.credits for s_ in stmts) / 2 / 50) * 50)
    pk.app = App(pk.loan, b, None, h, "primary_residence", ["disaster"], D(2034, 1, r.randrange(6, 20)),
                 "short_term", {"self_employment": monthly}, {"self_employment": "Varies"}, signed, None,
                 round_to(r, 400, 1500, 0.01), employers={"borrower": f"Self-employed ({business})"})
    app = form_cobalt(pk.app, "ink", f"{seed}:ac3")
    cu_addr = "2210 Prairie Hearth Way, Oriel, KS 67401  -  (555) 014-8800"
    st_docs = [statement_doc(s_, statement_credit_union(s_, b, None, h, cu_addr,
                                                        (round_to(r, 25, 600, 0.01), round_to(r, 0.05, 1.2, 0.01))),
                             f"{seed}:ac3") for s_ in stmts]
    letter_doc = hardship_letter(
        b, None, h, pk.loan, "Cobalt Ridge Mortgage Services", signed,
        [f"In {pk.app.hardship_start.strftime('%B')} an ice storm brought a tree down on my garage, where I keep "
         "my truck, tools and materials for my home repair business. The truck was totaled and most of my tools "
         "were ruined, and I could not work for almost six weeks.",
         "I am working again with borrowed and replacement tools, but I fell behind on my mortgage while I had "
         "no income and I cannot make up the missed payments at once.",
         "I have enclosed my last two credit union statements, which show the deposits from my business, and "
         "the signed IRS form. I would like to keep my home and ask for a repayment plan or a modification."],
        "ink", f"{seed}:ac3")
    client = ("Cobalt Ridge Mortgage Services", "(555) 014-2290", "88 Harbor Street", Home("", "Harlow", "OH",
                                                                                             "43010"))
    f4506 = form4506c(b, h, ("ClearPath Verification LLC", f"{r.randrange(1000, 9999)}", "400 Commerce Pkwy",
                             "Harlow"), client, (2033,), "ink", signed, f"{seed}:ac3")
    pk.scanned(f"{b.last}_{pk.loan}_packet.pdf", [app, letter_doc, st_docs[0], st_docs[1], f4506], 240,
               producer="Brother MFC scan")
    pk.intended = []
    return pk


# ---- ac4 ------------------------------------------------------------------------------------------------------


def build_ac4(seed: int) -> Packet:
    """Form 710 printed, signed and dated in ink by both spouses, scanned by the mailroom behind the separator
    sheet: the wife's weekly nursing home vouchers, the husband's unemployment award, two online bank statements
    showing the rent from a basement apartment - but no IRS Form 4506-C for the rental income."""
    r = _r(seed, "ac4")
    received = D(2034, 5, 22)
    pk = Packet("ac4", seed, loan_number(r), received)
    b = person(r, False, family(seed, "ac4"))
    co = person(r, True, b.last)
    h = home(r)
    rate = round_to(r, 18.4, 21.9, 0.05)
    employer = "Willow Bend Care Center"

    def earn(rr, a, z):
        reg = rr.choice([32.0, 36.0, 37.5, 40.0, 40.0])
        eve = rr.choice([16.0, 24.0, 8.0])
        wkd = rr.choice([0.0, 8.0, 16.0])
        lines = [("Regular", reg, rate, cents(reg * rate)), ("Evening Differential", eve, 1.50, cents(eve * 1.5))]
        if wkd:
            lines.append(("Weekend Differential", wkd, 1.00, wkd))
        return lines

    checks = run_payroll(f"{seed}:ac4:pay", "weekly", 2034, first_saturday(2034), 6, earn, std_taxes(0.071, 0.0355),
                         lambda g: [("Health Insurance", 41.10), ("401(k) Deferral", cents(g * 0.03))])
    checks = [c_ for c_ in checks]
    stubs = pick_checks(checks, D(2034, 5, 19), 2)
    weekly_ui = round_to(r, 420, 540, 1.0)
    rent = round_to(r, 700, 1000, 25)
    signed = days_before(received, r.randrange(5, 9))
    wages = cents(round(rate * 38 * 52 / 12))
    pk.app = App(pk.loan, b, co, h, "primary_residence", ["unemployment"], D(2034, 2, r.randrange(10, 28)),
                 "short_term", {"wages": wages, "unemployment": cents(weekly_ui * 52 / 12), "rental": rent}, {},
                 signed, signed, round_to(r, 300, 2500, 0.01))
    app = form710(pk.app, "ink", f"{seed}:ac4")
    voucher0 = r.randrange(20000, 80000)
    stub_docs = []
    for i, chk in enumerate(stubs):
        pdf = paystub_care(employer, "1800 Willow Bend Road, " + h.city_line + "  -  Payroll (555) 016-3400", co,
                           chk, str(voucher0 + i), "Certified Nursing Assistant")
        stub_docs.append(stub_doc(stub_fields(employer, co, chk, "weekly"), pdf, chk, checks, f"{seed}:ac4"))
    state_name = {"OH": "Ohio", "WI": "Wisconsin", "IA": "Iowa", "PA": "Pennsylvania", "NC": "North Carolina",
                  "OR": "Oregon", "MO": "Missouri", "CT": "Connecticut", "MN": "Minnesota", "KS": "Kansas",
                  "GA": "Georgia", "MI": "Michigan"}[h.state]
    claim = pk.app.hardship_start + dt.timedelta(days=3)
    ui = ui_letter(b, h, claim + dt.timedelta(days=12), weekly_ui, state_name, "Department of Employment Security",
                   claim, f"{seed}:ac4")
    tenant = f"{r.choice(FIRST_F + FIRST_M)} {r.choice(LAST)}".upper()
    last4 = f"{r.randrange(1000, 9999)}"
    bank = "Evenkeel Bank"

    def deposits(a: dt.date, z: dt.date):
        out = [(c_.pay, "WILLOW BEND CARE PAYROLL", c_.net) for c_ in checks if a <= c_.pay <= z]
        d = a
        while d <= z:
            if d.weekday() == 1 and d > claim + dt.timedelta(days=14):
                out.append((d, "STATE UI BENEFIT PAYMENT", weekly_ui))
            d += dt.timedelta(days=1)
        out.append((D(a.year, a.month, 2), f"ZELLE FROM {tenant}", rent))
        return out

    stmts = month_statements(f"{seed}:ac4:bank", bank, last4, D(2034, 3, 1), 2, round_to(r, 300, 1500, 0.01),
                             deposits)
    st_docs = [statement_doc(s_, statement_online(s_, b, co, h, "Everyday Checking"), f"{seed}:ac4")
               for s_ in stmts]
    letter_doc = hardship_letter(
        b, co, h, pk.loan, "Redbud Lane Servicing", signed,
        [f"I was laid off from my job at the distribution center on {long_date(pk.app.hardship_start)} when the "
         "company closed the building. I am receiving unemployment benefits and I am looking for work every "
         "week.",
         f"My wife {co.first} works as a nursing assistant and we rent out the apartment in our basement, but "
         "without my paycheck we cannot make the full mortgage payment. We are asking for a forbearance or a "
         "reduced payment until I find a new job.",
         "Our pay vouchers, bank statements and the unemployment notice are enclosed."],
        "ink", f"{seed}:ac4", co_signs=True)
    sep = separator_sheet(pk.loan)
    pk.scanned(f"MAILROOM_{received.strftime('%Y%m%d')}_{r.randrange(100, 999):04d}.pdf",
               [sep, app, *stub_docs, ui, *st_docs, letter_doc], 300, producer="Kodak Capture Pro")
    pk.intended = ["irs_form_4506c"]
    return pk


# ---- ac5 ------------------------------------------------------------------------------------------------------


def build_ac5(seed: int) -> Packet:
    """Brightwater's form printed, signed in ink and scanned paper by paper into a folder named after the loan:
    a widow's Social Security and pension letters, her husband's obituary and her letter."""
    r = _r(seed, "ac5")
    received = D(2034, 7, 10)
    pk = Packet("ac5", seed, loan_number(r), received)
    b = person(r, True, family(seed, "ac5"))
    late = person(r, False, b.last)
    h = home(r)
    died = D(2034, 3, r.randrange(1, 25))
    ssa_amt = round_to(r, 1350, 2150, 1.0)
    pens_amt = round_to(r, 520, 960, 0.01)
    signed = days_before(received, r.randrange(5, 10))
    pk.app = App(pk.loan, b, None, h, "primary_residence", ["death"], died, "long_term",
                 {"benefits_taxable": cents(ssa_amt + pens_amt)}, {"benefits_taxable": "Monthly"}, signed, None,
                 round_to(r, 800, 3500, 0.01), explain=f"My husband {late.first} passed away",
                 employers={"borrower": "Retired"})
    app = form_brightwater(pk.app, "ink", f"{seed}:ac5", 1)
    ssa = ssa_letter(b, h, D(2034, 4, r.randrange(20, 30)), ssa_amt, "survivor", D(2034, 4, 1), f"{seed}:ac5",
                     "Social Security Administration  -  Field Office  -  " + h.city_line)
    pens = pension_letter(b, h, D(2034, 6, r.randrange(1, 12)), pens_amt, "Ironwood Millworkers Pension Plan",
                          "P.O. Box 2290  -  Plan Office (555) 018-4410", D(2034, 4, 1), f"{seed}:ac5")
    obit = obituary(late, b, D(r.randrange(1950, 1962), r.randrange(1, 13), r.randrange(1, 28)), died,
                    f"The {h.city} Courier", h.city, died + dt.timedelta(days=4), f"{seed}:ac5")
    letter_doc = hardship_letter(
        b, None, h, pk.loan, "Brightwater Loan Servicing, LLC", signed,
        [f"My husband {late.first} passed away on {long_date(died)}. He was still working part-time and his "
         "paycheck and his pension paid most of our bills, including the mortgage.",
         "I now receive a survivor's benefit from Social Security and a survivor pension from his plan, but "
         "together they are less than what we had, and I have fallen behind while settling his affairs.",
         "I have lived in this house for thirty years and I want to stay. I am asking for a modification that "
         "lowers the payment to what I can afford on my own. His obituary and my benefit letters are enclosed."],
        "ink", f"{seed}:ac5")
    folder = pk.loan
    for i, (d, dpi) in enumerate(((app, 200), (ssa, 300), (pens, 200), (obit, 300), (letter_doc, 200)), 1):
        pk.scanned(f"{folder}/scan{i:04d}.pdf", [d], dpi, producer="Epson Scan 2")
    pk.intended = []
    return pk


# ---- ac6 ------------------------------------------------------------------------------------------------------


def build_ac6(seed: int) -> Packet:
    """Cobalt Ridge's form typed in its PDF and signed on the screen by both - the hardship's start date left
    empty - with the garden center's bi-weekly stubs, Social Security's SSI letter and a letter."""
    r = _r(seed, "ac6")
    received = D(2034, 5, 8)
    pk = Packet("ac6", seed, loan_number(r), received)
    b = person(r, True, family(seed, "ac6"))
    co = person(r, False, b.last)
    h = home(r)
    rate = round_to(r, 16.5, 19.5, 0.05)
    employer = "Greenleaf Home & Garden, Inc."

    def earn(rr, a, z):
        reg = rr.choice([64.0, 68.0, 72.0, 75.5, 80.0])
        lines = [("Regular", reg, rate, cents(reg * rate))]
        ot = rr.choice([0.0, 0.0, 1.5, 3.0])
        if ot:
            lines.append(("Overtime", ot, cents(rate * 1.5), cents(ot * cents(rate * 1.5))))
        return lines

    checks = run_payroll(f"{seed}:ac6:pay", "biweekly", 2034, first_saturday(2034) + dt.timedelta(days=7), 6, earn,
                         std_taxes(0.062, 0.028), lambda g: [("Medical Pre-Tax", 52.80),
                                                             ("Roth 401(k)", cents(g * 0.02))])
    stubs = pick_checks(checks, D(2034, 5, 3), 2)
    ssi = round_to(r, 860, 990, 1.0)
    signed = days_before(received, r.randrange(3, 7))
    wages = cents(round(rate * 74 * 26 / 12))
    pk.app = App(pk.loan, b, co, h, "primary_residence", ["reduction_in_income", "disability_or_illness"], None,
                 "long_term", {"wages": wages, "benefits_nontaxable": ssi},
                 {"wages": "Bi-weekly", "benefits_nontaxable": "Monthly"}, signed, signed,
                 round_to(r, 150, 900, 0.01), employers={"borrower": employer, "co": "Disabled - not working"})
    app = form_cobalt(pk.app, "screen", f"{seed}:ac6")
    store = f"Store #{r.randrange(100, 400)}  -  {r.randrange(100, 9000)} Route {r.randrange(2, 90)}, {h.city_line}"
    check0 = r.randrange(300000, 900000)
    stub_docs = []
    for i, chk in enumerate(stubs):
        pdf = paystub_retail(employer, store, "PayBridge Payroll Services", b, h, chk, "biweekly", str(check0 + i),
                             "Meridian Plains Bank")
        stub_docs.append(stub_doc(stub_fields(employer, b, chk, "biweekly"), pdf, chk, checks, f"{seed}:ac6"))
    ssa = ssa_letter(co, h, D(2034, 3, r.randrange(10, 28)), ssi, "ssi", D(2033, 10, 1), f"{seed}:ac6",
                     "Social Security Administration  -  Office of Central Operations")
    letter_doc = hardship_letter(
        b, co, h, pk.loan, "Cobalt Ridge Mortgage Services", signed,
        [f"Last year my husband {co.first} was diagnosed with a heart condition and had to stop working. He now "
         "receives SSI, which is much less than he earned.",
         "At the same time the garden center cut my hours for the winter season, and they have not come back to "
         "full time. We have been using our savings to pay the mortgage and now they are gone.",
         "We would like to be considered for a loan modification so we can keep our home."],
        None, f"{seed}:ac6")
    tag = f"{b.last} {pk.loan}"
    pk.digital(f"{tag} - application.pdf", app)
    for chk, d in zip(stubs, stub_docs, strict=True):
        pk.digital(f"{tag} - paystub {chk.pay.strftime('%b %d')}.pdf", d)
    pk.digital(f"{tag} - SSI letter.pdf", ssa)
    pk.digital(f"{tag} - hardship letter.pdf", letter_doc)
    pk.intended = ["application_field:hardship_start_date"]
    return pk


# ---- ac7 ------------------------------------------------------------------------------------------------------


def build_ac7(seed: int) -> Packet:
    """Form 710 printed, signed and dated in ink and faxed from a copy shop behind its cover sheet: a laid-off
    veteran's unemployment award, his VA letter and his letter."""
    r = _r(seed, "ac7")
    received = D(2034, 8, 21)
    pk = Packet("ac7", seed, loan_number(r), received)
    b = person(r, False, family(seed, "ac7"))
    h = home(r)
    weekly = round_to(r, 430, 560, 1.0)
    va_amt = round_to(r, 1100, 2300, 0.01)
    laid_off = D(2034, 6, r.randrange(2, 20))
    signed = days_before(received, r.randrange(2, 5))
    pk.app = App(pk.loan, b, None, h, "primary_residence", ["unemployment"], laid_off, "short_term",
                 {"unemployment": cents(weekly * 52 / 12), "benefits_nontaxable": va_amt}, {}, signed, None,
                 round_to(r, 200, 1200, 0.01))
    app = form710(pk.app, "ink", f"{seed}:ac7")
    state_name = {"OH": "Ohio", "WI": "Wisconsin", "IA": "Iowa", "PA": "Pennsylvania", "NC": "North Carolina",
                  "OR": "Oregon", "MO": "Missouri", "CT": "Connecticut", "MN": "Minnesota", "KS": "Kansas",
                  "GA": "Georgia", "MI": "Michigan"}[h.state]
    claim = laid_off + dt.timedelta(days=2)
    ui = ui_letter(b, h, claim + dt.timedelta(days=10), weekly, state_name, "Department of Labor", claim,
                   f"{seed}:ac7")
    va = va_letter(b, h, D(2034, 7, r.randrange(1, 28)), va_amt, r.choice([50, 60, 70]), f"{seed}:ac7")
    letter_doc = hardship_letter(
        b, None, h, pk.loan, "Silverbirch Mortgage Servicing", signed,
        [f"I lost my job as a warehouse lead on {long_date(laid_off)} when my employer lost its main contract. "
         "I am collecting unemployment and I have applied for several jobs.",
         "My VA disability compensation and the unemployment benefits cover part of my bills, but not the full "
         "mortgage payment. I am asking for a forbearance for a few months until I am working again."],
        "ink", f"{seed}:ac7")
    shop = "Quickprint Copy & Ship"
    shop_fax = f"(555) 017-{r.randrange(1000, 9999)}"
    to_fax = "(555) 019-4400"
    cover = fax_cover(f"{b.plain} (via {shop})", shop_fax, "Silverbirch Mortgage Servicing - Loss Mitigation",
                      to_fax, received, 1 + sum(d.page_count for d in (app, ui, va, letter_doc)), pk.loan,
                      "Please find my mortgage assistance application with my unemployment notice, my VA benefit "
                      "letter and my hardship letter.")
    line = fax_line_for(received, shop, shop_fax, to_fax)
    pk.scanned(f"FAX_{received.strftime('%Y%m%d')}_{r.randrange(100000, 999999)}.pdf",
               [cover, app, ui, va, letter_doc], 200, fax_line=line, producer="FaxServer")
    pk.intended = []
    return pk


# ---- ac8 ------------------------------------------------------------------------------------------------------


def build_ac8(seed: int) -> Packet:
    """Cobalt Ridge's form printed and signed and dated in ink by the borrower, the co-borrower's signature and date
    lines left empty, scanned; the bakery's weekly stubs and a letter as downloaded, in a folder named after the
    loan."""
    r = _r(seed, "ac8")
    received = D(2034, 9, 18)
    pk = Packet("ac8", seed, loan_number(r), received)
    b = person(r, False, family(seed, "ac8"))
    co = person(r, True, b.last)
    h = home(r)
    rate = round_to(r, 18.0, 22.0, 0.25)
    employer = "Harbor Street Bakery Co."

    def earn(rr, a, z):
        reg = rr.choice([36.0, 38.0, 40.0, 40.0])
        lines = [("Regular", reg, rate, cents(reg * rate))]
        ot = rr.choice([0.0, 2.0, 4.5])
        if ot:
            lines.append(("Overtime", ot, cents(rate * 1.5), cents(ot * cents(rate * 1.5))))
        return lines

    checks = run_payroll(f"{seed}:ac8:pay", "weekly", 2034, first_saturday(2034), 6, earn, std_taxes(0.068, 0.031),
                         lambda g: [("Dental", 6.50)])
    stubs = pick_checks(checks, D(2034, 9, 15), 2)
    signed = days_before(received, r.randrange(4, 8))
    wages = cents(round(rate * 40 * 52 / 12))
    pk.app = App(pk.loan, b, co, h, "primary_residence", ["increase_in_housing_expenses"],
                 D(2034, r.randrange(1, 4), 1), "long_term", {"wages": wages}, {"wages": "Weekly"}, signed, None,
                 round_to(r, 200, 1400, 0.01), employers={"borrower": employer, "co": "Homemaker"})
    app = form_cobalt(pk.app, "ink", f"{seed}:ac8")
    store = f"{r.randrange(10, 990)} Harbor Street, {h.city_line}"
    check0 = r.randrange(10000, 90000)
    stub_docs = []
    for i, chk in enumerate(stubs):
        pdf = paystub_retail(employer, store, "PayBridge Payroll Services", b, h, chk, "weekly", str(check0 + i),
                             "Lakeshore Savings Bank")
        stub_docs.append(stub_doc(stub_fields(employer, b, chk, "weekly"), pdf, chk, checks, f"{seed}:ac8"))
    letter_doc = hardship_letter(
        b, co, h, pk.loan, "Cobalt Ridge Mortgage Services", signed,
        ["Our county reassessed our home this year and the property taxes went up by almost forty percent. Our "
         "homeowners insurance also went up at renewal, so our escrow payment increased by several hundred "
         "dollars a month starting in " + pk.app.hardship_start.strftime("%B") + ".",
         "I work full time at the bakery and my pay has not changed, but we cannot keep up with the new payment "
         "and we are now behind. We would like to be considered for a modification to make the payment "
         "affordable again."], None, f"{seed}:ac8")
    folder = pk.loan
    pk.scanned(f"{folder}/Application signed.pdf", [app], 240, producer="Canon ScanGear")
    for chk, d in zip(stubs, stub_docs, strict=True):
        pk.digital(f"{folder}/Paystub {chk.pay.strftime('%m-%d')}.pdf", d)
    pk.digital(f"{folder}/Letter.pdf", letter_doc)
    pk.intended = ["application_signature"]
    return pk


BUILDERS = {"ac1": build_ac1, "ac2": build_ac2, "ac3": build_ac3, "ac4": build_ac4, "ac5": build_ac5,
            "ac6": build_ac6, "ac7": build_ac7, "ac8": build_ac8}


def write_packet(pk: Packet, out: Path) -> dict:
    base = out / pk.name
    if base.exists():
        shutil.rmtree(base)
    for rel, data in pk.files.items():
        path = base / "inbox" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    expected = pk.expected()
    (base / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return expected


def build(out: Path, seed: int = 0) -> dict[str, Packet]:
    out.mkdir(parents=True, exist_ok=True)
    packets = {}
    for name in PACKETS:
        pk = BUILDERS[name](seed)
        expected = write_packet(pk, out)
        packets[name] = pk
        print(f"{name}: loan {pk.loan}  received {pk.received}  {expected['status']}"
              f"  {','.join(expected['missing']) or '-'}")
    return packets


# ---------------------------------------------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------------------------------------------

EXPECTED_KEYS = {"loan_number", "received_on", "status", "missing", "application", "documents"}
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
DOC_KEYS = {"id", "type", "scanned", "pages", "fields"}
FIELD_KEYS = {
    "mortgage_assistance_application": set(),
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "hardship_letter": {"letter_date"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "unemployment_benefit_letter": {"letter_date", "benefit_type"},
    "obituary": set(),
    "irs_form_4506c": {"signed", "signed_on"},
}
PERIOD_DAYS = {"weekly": {7}, "biweekly": {14}, "semimonthly": {13, 14, 15, 16}, "monthly": {28, 29, 30, 31}}


def as_case(expected: dict) -> dict:
    """expected.json dressed as a case.json, to score it against itself."""
    wrap_ = lambda v: {"value": v, "confidence": 1.0}  # noqa: E731
    app = expected["application"]
    case_app = None
    if app is not None:
        case_app = {k: wrap_(v) for k, v in app.items() if k != "income"}
        case_app["income"] = {k: wrap_(v) for k, v in app["income"].items()}
    return {"status": expected["status"], "missing": [{"code": c, "description": c} for c in expected["missing"]],
            "application": case_app,
            "documents": [{"id": d["id"], "type": d["type"], "pages": d["pages"],
                           "fields": {k: wrap_(v) for k, v in d["fields"].items()}} for d in expected["documents"]]}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def check_packet(pk: Packet, base: Path) -> list[str]:
    bad: list[str] = []
    name = pk.name
    expected = json.loads((base / "expected.json").read_text())
    # keys and per-type fields
    if set(expected) != EXPECTED_KEYS:
        bad.append(f"{name}: expected.json keys {sorted(expected)}")
    app = expected["application"]
    if app is not None and set(app) != APP_KEYS:
        bad.append(f"{name}: application keys {sorted(app)}")
    for d in expected["documents"]:
        if set(d) != DOC_KEYS:
            bad.append(f"{name}: {d['id']} keys {sorted(d)}")
        if set(d["fields"]) != FIELD_KEYS.get(d["type"], set()):
            bad.append(f"{name}: {d['id']} {d['type']} fields {sorted(d['fields'])}")
    pairs = list(zip(expected["documents"], pk.ordered(), strict=False))
    if len(pairs) != len(pk.entries) or any(d["type"] != e.doc.type for d, e in pairs):
        bad.append(f"{name}: documents on disk do not match the build")
    # status, codes, the scenario
    codes = missing_codes(app, [{"type": d["type"], "fields": d["fields"], "facts": e.doc.facts} for d, e in pairs],
                          dt.date.fromisoformat(expected["received_on"]))
    if sorted(expected["missing"]) != codes or codes != sorted(pk.intended):
        bad.append(f"{name}: codes {expected['missing']} / rules {codes} / intended {pk.intended}")
    if expected["status"] != ("incomplete" if expected["missing"] else "complete"):
        bad.append(f"{name}: status {expected['status']} with codes {expected['missing']}")
    if any(not c.startswith(("application", "income_doc:", "hardship_doc:", "irs_form_4506c"))
           for c in expected["missing"]):
        bad.append(f"{name}: unknown code in {expected['missing']}")
    if app is not None:
        inc = app["income"]
        lines = [v for k, v in inc.items() if k != "total"]
        if any(v <= 0 for v in lines) or abs(sum(lines) - inc["total"]) > 0.005:
            bad.append(f"{name}: income total {inc}")
        if set(inc) - set(INCOME_ORDER) - {"total"}:
            bad.append(f"{name}: income codes {sorted(inc)}")
        if app["co_borrower_name"] is None and app["co_borrower_signed"] is not None:
            bad.append(f"{name}: co_borrower_signed without a co-borrower")
        if app["signed"] != (app["signed_on"] is not None):
            bad.append(f"{name}: signed / signed_on disagree")
    # pay stubs and statements
    for d, e in pairs:
        f = d["fields"]
        if e.doc.type == "pay_stub":
            start, end, pay = (dt.date.fromisoformat(f[k]) for k in ("period_start", "period_end", "pay_date"))
            if (end - start).days + 1 not in PERIOD_DAYS[f["frequency"]] or pay < end:
                bad.append(f"{name}: stub period {start}..{end} paid {pay} for {f['frequency']}")
            if abs(f["monthly_gross"] - cents(f["gross_current"] * PERIODS[f["frequency"]] / 12)) > 0.005:
                bad.append(f"{name}: monthly gross {f}")
            if f["gross_ytd"] is not None and (abs(sum(e.doc.facts["year_checks"]) - f["gross_ytd"]) > 0.01
                                               or f["gross_ytd"] < f["gross_current"]):
                bad.append(f"{name}: year to date {f['gross_ytd']} vs checks")
            if not 0 < f["net_current"] < f["gross_current"]:
                bad.append(f"{name}: net pay {f['net_current']}")
        if e.doc.type == "bank_statement":
            fx = e.doc.facts
            if abs(f["beginning_balance"] + fx["credits"] - fx["debits"] - f["ending_balance"]) > 0.005:
                bad.append(f"{name}: statement arithmetic {f}")
    stmts = sorted((d["fields"] for d, _ in pairs if d["type"] == "bank_statement"),
                   key=lambda f: f["period_start"])
    for older, newer in itertools.pairwise(stmts):
        if older["account_last4"] == newer["account_last4"] and older["ending_balance"] != newer["beginning_balance"]:
            bad.append(f"{name}: statements do not chain {older['period_end']} -> {newer['period_start']}")
    # every page of every file belongs to exactly one document (fax cover and separator aside)
    on_disk = sorted(p.relative_to(base / "inbox").as_posix() for p in (base / "inbox").rglob("*") if p.is_file())
    claimed: dict[tuple[str, int], int] = {}
    for d in expected["documents"]:
        for pg in d["pages"]:
            claimed[(pg["file"], pg["page"])] = claimed.get((pg["file"], pg["page"]), 0) + 1
    for f_, p_, _ in pk.asides:
        claimed[(f_, p_)] = claimed.get((f_, p_), 0) + 1
    readers: dict[str, PdfReader] = {}
    for rel in on_disk:
        readers[rel] = PdfReader(base / "inbox" / rel)
        for i in range(len(readers[rel].pages)):
            if claimed.pop((rel, i + 1), 0) != 1:
                bad.append(f"{name}: {rel} page {i + 1} is not in exactly one document")
    if claimed:
        bad.append(f"{name}: pages claimed that do not exist: {sorted(claimed)}")
    # scanned <-> no text layer; born-digital documents print their values
    for d, e in pairs:
        texts = [readers[pg["file"]].pages[pg["page"] - 1].extract_text() or "" for pg in d["pages"]]
        has_text = [bool(t.strip()) for t in texts]
        if (d["scanned"] and any(has_text)) or (not d["scanned"] and not all(has_text)):
            bad.append(f"{name}: {d['id']} scanned={d['scanned']} but text layers {has_text}")
        if d["scanned"]:
            continue
        if e.doc.facts.get("form_fields"):
            fields = {k: (v.get("/V") if isinstance(v, dict) else None)
                      for k, v in (readers[d["pages"][0]["file"]].get_fields() or {}).items()}
            for k, v in e.doc.facts["form_fields"].items():
                if str(fields.get(k)) != v:
                    bad.append(f"{name}: Form 710 field {k} holds {fields.get(k)!r}, not {v!r}")
            want = [app["loan_number"], app["borrower_name"], app["ssn_last4"], app["property_address"]]
            want += [money(v) for k, v in app["income"].items() if k != "total"]
            if app["hardship_start_date"]:
                want.append(us(dt.date.fromisoformat(app["hardship_start_date"])))
            if app["signed_on"]:
                want.append(us(dt.date.fromisoformat(app["signed_on"])))
            for w in want:
                if w not in e.doc.facts["form_fields"].values():
                    bad.append(f"{name}: Form 710 does not carry {w!r} in its fields")
            continue
        text = _norm(" ".join(texts))
        for value in e.doc.printed:
            options = value if isinstance(value, tuple) else (value,)
            if not any(_norm(str(o)) in text for o in options):
                bad.append(f"{name}: {d['id']} {d['type']} does not print {options[0]!r}")
    # the separator's barcode still reads after scanning
    import zxingcpp
    for rel, page, want in pk.barcodes:
        pdf = pdfium.PdfDocument(str(base / "inbox" / rel))
        try:
            img = pdf[page - 1].render(scale=200 / 72, grayscale=True).to_pil()
        finally:
            pdf.close()
        if want not in [b.text for b in zxingcpp.read_barcodes(img)]:
            bad.append(f"{name}: separator barcode on {rel} p{page} does not read {want!r}")
    # scores perfectly against itself
    wrong = compare(expected, as_case(expected)).wrong()
    if wrong:
        bad.append(f"{name}: self-comparison wrong: {wrong[:3]}")
    # no SSN beyond its last four
    raw = (base / "expected.json").read_text()
    if re.search(r"\d{3}-\d{2}-\d{4}", raw) or re.search(r"\b9\d{8}\b", raw):
        bad.append(f"{name}: a full SSN reached expected.json")
    return bad


def check(out: Path, seed: int) -> list[str]:
    """Rebuild in memory (same seed: same bytes?) and check every packet on disk."""
    bad: list[str] = []
    for name in PACKETS:
        pk = BUILDERS[name](seed)
        base = out / name
        on_disk = {p.relative_to(base / "inbox").as_posix(): p for p in (base / "inbox").rglob("*") if p.is_file()}
        if set(on_disk) != set(pk.files):
            bad.append(f"{name}: files on disk {sorted(on_disk)} != built {sorted(pk.files)}")
        for rel, data in pk.files.items():
            if rel in on_disk and on_disk[rel].read_bytes() != data:
                bad.append(f"{name}: {rel} differs on a rebuild with seed {seed}")
        if (base / "expected.json").read_text() != json.dumps(pk.expected(), indent=1) + "\n":
            bad.append(f"{name}: expected.json differs on a rebuild")
        bad += check_packet(pk, base)
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder to write the packets into")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--check", action="store_true", help="verify the set after building it")
    args = parser.parse_args(argv)
    build(args.out, args.seed)
    if args.check:
        problems = check(args.out, args.seed)
        for p in problems:
            print("check:", p)
        print("check: ok" if not problems else f"check: {len(problems)} problem(s)")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
