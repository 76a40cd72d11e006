"""A thirtieth holdout set of borrower packets (ad1..ad8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z, aa, ab and ac sets, written without looking at the service's code, rules, data files or tests,
to estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ad.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.15 to 0.6 degrees, a
little blurred and speckled, JPEG, no text layer) or one plain fax, and the hand-written parts are signatures and the
dates beside them.

Applications: the real Form 710 (April 2023) typed through its AcroForm in two packets - signed on the screen with
drawn strokes and the date typed into its field, e-mailed (ad1); printed, signed and dated in ink by both spouses and
scanned grey by the mailroom (ad4). Two servicers' own two-page forms, each once typed in its PDF and signed on the
screen and once printed, signed and dated in ink and scanned or faxed:
Quillmark Home Lending's "Mortgage Relief Request" (QHL-210: a serif word mark, dark section bands "SECTION 1 - YOUR
LOAN AND THE BORROWERS" .., every question a row of a two-column table whose narrow GREY LEFT COLUMN holds the label in
small bold type - "Loan number", "Borrower SSN / last 4 digits only", "City, State, ZIP" - and whose right column holds
the answer typed in Courier, occupancy and duration as glyph boxes (a crossed box for the answer) in the answer cell,
ten hardship reasons as crossed / empty boxes in two columns inside one tall answer cell, "Date the hardship began",
income on page 2 as a ruled table with ONE ROW PER HOUSEHOLD MEMBER - Borrower / Co-borrower / Other member - and a
column per source (wages, self-employment, unemployment, taxable Social Security and pension, non-taxable SS / SSI / VA,
rental, investment, child support and other) with a "Total per member" column and a TOTAL row, and the signatures and
their dates in grey-labelled rows of the same two-column table) - ad5 on screen, ad3 and ad7 in ink; Larkspur Home
Loans' "Application for Payment Assistance" (LHL-PA3: a dark title bar, numbered sections with a rule, every answer
typed in a BOX with a small grey CAPTION BELOW it - "Loan number", "Borrower - last 4 digits of SSN", "City" / "State" /
"ZIP code" -, occupancy asked as "Do you live in the property?  Yes ● No ○" and "Is it rented to someone else?  Yes ○
No ●" with the circle AFTER each option, the hardship reasons in the borrower's words as a two-column list of options
each run out by dot leaders to a circle (○ / ●), the duration as "Do you expect it to last more than 6 months?", the
income as eight captioned dollar boxes in two columns and a "TOTAL monthly income" box, signature and date boxes with
captions under them) - ad2 and ad8 on screen, ad6 in ink. Co-borrowers in ad2, ad3, ad4 and ad8.

Pay: a dental group's semi-monthly "PAY SUMMARY" with a GREY SIDEBAR of stacked facts at the left (employee,
address, ID, PAY DATE, PERIOD START, PERIOD END, PAY FREQUENCY, account, NET PAY) and dark-headed EARNINGS / TAXES /
DEDUCTIONS ledgers with This Period and Year to Date at the right over three summary boxes (also bi-weekly for a
hospital and semi-monthly for a credit bureau); a school district's and a freight terminal's bi-weekly "STATEMENT OF
EARNINGS AND DEDUCTIONS" in a serif face (the period in ONE SENTENCE "Pay period 04/15/2035 through 04/28/2035 | Paid
bi-weekly | Pay date 05/04/2035", three ruled ledgers side by side each with Current / Year to date and a total line,
"Gross pay year to date" in a line below, a boxed NET PAY THIS PERIOD); a feed store's and a hardware store's weekly
"PAY SLIP" from a bookkeeping program (half a page, "Week of .. - .. (paid weekly)", "Date paid:", Item / This week /
Year to date with hours @ rate, withholdings shown negative, a dashed tear line). Every year-to-date figure is the sum
of that year's checks. Statements: a community bank's two-page checking statement (a "Statement Dates .. thru .." box,
a dotted-leader account summary, a Date / Description / Debits / Credits / Balance register continued on page 2 with a
daily balance summary) and a mutual savings bank's one-page statement (a dark band, "Beginning January 1, 2035 /
Ending January 31, 2035", a Previous balance + Deposits - Withdrawals - Fees = New balance strip of boxes, a
transaction register with signed amounts). Letters and papers: typed hardship letters (unsigned when e-mailed,
signed in ink when scanned or faxed), Social Security's benefit verification letters (retirement, survivors: taxable,
monthly), the VA's benefit summary (non-taxable, monthly), a pension fund's confirmation of a monthly pension
(taxable), a state's notice of monetary determination for unemployment (weekly amount), a county child support
agency's statement of the support order (monthly, benefit type "other"), a newspaper obituary, page 1 of the real IRS
Form 4506-C (Rev. 10-2022) typed over and signed and dated in ink, the mailroom's Code 128 "LOAN <number>" separator
sheet and a copy shop's fax cover (neither is a document).

Deliveries: a folder named after the loan of e-mailed born-digital files (ad1); loose born-digital files named
"<loan>_application.pdf", "<loan>_bank_statement_march.pdf" .. (ad2); ONE 240 dpi grey scan of the whole packet
without a separator sheet, named "Scan_<yyyymmdd>_<loan>.pdf" (ad3); one 300 dpi grey mailroom scan behind the Code 128
separator sheet under the mailroom's name (ad4); a folder named after the loan of born-digital files (ad5); one fax
(200 dpi, black and white, the copy shop's header line with page numbers on every page) behind its cover sheet under
the fax server's name, no loan number in the name (ad6); loose 200 and 300 dpi grey scans named
"<Surname> <loan> application.pdf" .. (ad7); a folder named after the loan holding the typed form and four stubs
downloaded from the payroll portals (ad8).

Complete: ad1 (two fresh semi-monthly pay summaries with year-to-date pay; a reduction in income needs no papers),
ad3 (fresh weekly pay slips, Social Security's letter for the wife's taxable retirement benefit, the husband's signed
letter documents his illness), ad4 (a fresh bi-weekly stub; two consecutive savings bank statements show the basement
tenant's rent; the 4506-C is signed; higher housing costs need no papers), ad7 (Social Security's survivors letter
and the pension fund's letter give amount and frequency of the taxable benefits claimed on one line; the obituary
documents the husband's death). Incomplete, each for one reason: ad2 self-employment income is claimed and two
consecutive statements show it, but no IRS Form 4506-C came (irs_form_4506c); ad5 the typed relief request leaves
"Date the hardship began" empty (application_field:hardship_start_date; unemployment needs nothing and the child
support statement documents the other income); ad6 the borrower signed the faxed Larkspur form but left the date
box empty (application_signature); ad8 the co-borrower's illness is marked as a hardship and no letter or medical
statement came (hardship_doc:disability_or_illness).

This set is standalone: people (each household with a surname of its own), pens (a quick joined signature drawn as
smoothed strokes, dates written with an oblique face jittered glyph by glyph), printer, scanner, fax and the
checklist (`missing_codes`, shared/spec/checklist.md) are written here; only tests/pdf_factory.py's Form 710 filler,
barcode maker and reference folder and tests/sample_compare.py are borrowed. Expected status and codes follow from the
values drawn and must equal each scenario's intended codes; a different seed changes names, amounts, signatures and
noise but never the scenario. `--check` rebuilds the set in memory and confirms that every file and expected.json is
the same bytes for the seed, expected.json's keys and per-type fields, status against codes and the codes against the
checklist and the scenario, income totals, pay-stub periods, monthly gross and year to date (the sum of the year's
checks), that statements add up, never go overdrawn and chain, that every page of every file belongs to exactly one
document (fax cover and separator aside), that `scanned` matches the pages' text layers, that born-digital documents
print their key values (Form 710's in its fields), that the separator's barcode still reads after scanning, that no
SSN beyond its last four reaches expected.json, and that expected.json scores perfectly against itself through
tests/sample_compare.compare. Received dates fall in 2035. All people, employers, banks and servicers are fictional
(the Social Security Administration, the VA, the state and county agencies and the IRS form aside).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import io
import itertools
import json
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import pdf_factory  # noqa: E402  (Form 710 filler, barcode maker)
import sample_compare  # noqa: E402

PACKETS = ("ad1", "ad2", "ad3", "ad4", "ad5", "ad6", "ad7", "ad8")
W, H = letter
FONT_DIR = Path("/usr/share/fonts/truetype")
FORM4506C_BLANK = pdf_factory.REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"

for _name, _file in (("DV", "dejavu/DejaVuSans.ttf"), ("DVB", "dejavu/DejaVuSans-Bold.ttf"),
                     ("DVO", "dejavu/DejaVuSans-Oblique.ttf"), ("DVSC", "dejavu/DejaVuSansCondensed.ttf"),
                     ("DVSCB", "dejavu/DejaVuSansCondensed-Bold.ttf"),
                     ("LSerif", "liberation2/LiberationSerif-Regular.ttf"),
                     ("LSerifB", "liberation2/LiberationSerif-Bold.ttf"),
                     ("LSerifI", "liberation2/LiberationSerif-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(_name, str(FONT_DIR / _file)))

FOOTNOTE = "synthetic test document - fictional people and companies"

# ---------------------------------------------------------------------------------------------------- money, dates


def money(x: float) -> str:
    return f"{x:,.2f}"


def r2(x: float) -> float:
    return float(f"{x + 0.0:.2f}") if x >= 0 else -float(f"{-x:.2f}")


def cents(x: float) -> int:
    return round(x * 100)


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{calendar.month_name[d.month]} {d.day}, {d.year}"


def short_date(d: dt.date) -> str:
    return f"{calendar.month_abbr[d.month]} {d.day}, {d.year}"


def month_end(d: dt.date) -> dt.date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def add_months(d: dt.date, n: int) -> dt.date:
    m = d.month - 1 + n
    return dt.date(d.year + m // 12, m % 12 + 1, 1)


PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
FREQ_WORD = {"weekly": "Weekly", "biweekly": "Bi-Weekly", "semimonthly": "Semi-Monthly", "monthly": "Monthly"}

# ---------------------------------------------------------------------------------------------------- people

FEMALE = ["Adelaide", "Bettina", "Corinne", "Daphne", "Elspeth", "Fiona", "Greta", "Harriet", "Imogen", "Juniper",
          "Leona", "Marisol", "Noreen", "Odette", "Philippa", "Rosalind", "Sabine", "Tamsin", "Verena", "Winona"]
MALE = ["Alaric", "Barnaby", "Cormac", "Desmond", "Emmett", "Fletcher", "Gideon", "Horace", "Ignatius", "Jasper",
        "Lucian", "Mortimer", "Nolan", "Osric", "Percival", "Roderick", "Silas", "Thaddeus", "Ulrich", "Wendell"]
SURNAMES = ["Abernathy", "Bellweather", "Calloway", "Drummond", "Ellsworth", "Fairbairn", "Galbraith", "Hollister",
            "Inverness", "Kettering", "Lindqvist", "Marchbanks", "Northcott", "Oakhurst", "Pendergast", "Quimby",
            "Rutherford", "Sandoval", "Thistlewood", "Underhill", "Vandermeer", "Whitcombe", "Yarborough", "Zeller"]
STREETS = ["Larkfield", "Copper Beech", "Millrace", "Windermere", "Old Quarry", "Tanager", "Hawthorn Ridge",
           "Bramblewood", "Sexton", "Kingfisher", "Juniper Hollow", "Foxglove", "Wheelwright", "Cedar Knoll"]
SUFFIX = ["Road", "Lane", "Drive", "Court", "Avenue", "Way", "Street", "Circle"]
TOWNS = [("Larch Hollow", "OH", "43"), ("East Pemberton", "PA", "17"), ("Saddle Creek", "NC", "27"),
         ("Brandywell", "WI", "53"), ("North Ashby", "OR", "97"), ("Millbrook Falls", "MN", "55"),
         ("Fenwick", "MO", "63"), ("Orrin Bay", "MI", "49"), ("Kestrel Point", "IN", "46"),
         ("Dunmore Springs", "KY", "40")]


@dataclass
class Person:
    first: str
    middle: str
    last: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.middle}. {self.last}" if self.middle else f"{self.first} {self.last}"


@dataclass
class Address:
    street: str
    city: str
    state: str
    zip: str

    @property
    def line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"


class Names:
    """Hands out people and places so that no two packets share a surname."""

    def __init__(self, seed: int):
        self.rng = random.Random(f"ad-names-{seed}")
        self.surnames = self.rng.sample(SURNAMES, len(SURNAMES))
        self.towns = self.rng.sample(TOWNS, len(TOWNS))

    def household(self, rng: random.Random, female_first: bool, couple: bool) -> tuple[Person, Person | None]:
        last = self.surnames.pop()
        a = Person(rng.choice(FEMALE if female_first else MALE), rng.choice("ABCDEFGHJKLMNPRSTW"), last)
        b = None
        if couple:
            b = Person(rng.choice(MALE if female_first else FEMALE), rng.choice("ABCDEFGHJKLMNPRSTW"), last)
        return a, b

    def address(self, rng: random.Random) -> Address:
        city, state, z = self.towns.pop()
        street = f"{rng.randint(12, 9870)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}"
        return Address(street, city, state, f"{z}{rng.randint(100, 999)}")


def loan_number(rng: random.Random) -> str:
    return rng.choice(["00", "0", "1", "3", "5", "7"]) + "".join(str(rng.randint(0, 9)) for _ in range(9))[:9]


# ---------------------------------------------------------------------------------------------------- drawing


class Sheet:
    """A reportlab canvas measured from the top-left corner of a letter page, in points."""

    def __init__(self, title: str = "document"):
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=letter, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.pages = 0

    def text(self, x, y, s, font="Helvetica", size=9.0, gray=0.0, align="l"):
        c = self.c
        c.setFont(font, size)
        c.setFillGray(gray)
        if align == "r":
            c.drawRightString(x, H - y, s)
        elif align == "c":
            c.drawCentredString(x, H - y, s)
        else:
            c.drawString(x, H - y, s)

    def width(self, s, font="Helvetica", size=9.0):
        return pdfmetrics.stringWidth(s, font, size)

    def rect(self, x, y, w, h, fill=None, stroke=0.6, stroke_gray=0.0):
        c = self.c
        c.setLineWidth(stroke if stroke else 0.1)
        c.setStrokeGray(stroke_gray)
        if fill is not None:
            c.setFillGray(fill)
        c.rect(x, H - y - h, w, h, stroke=1 if stroke else 0, fill=1 if fill is not None else 0)
        c.setFillGray(0)

    def line(self, x1, y1, x2, y2, width=0.6, gray=0.0, dash=None):
        c = self.c
        c.setLineWidth(width)
        c.setStrokeGray(gray)
        if dash:
            c.setDash(*dash)
        c.line(x1, H - y1, x2, H - y2)
        if dash:
            c.setDash()

    def para(self, x, y, text, width, font="Helvetica", size=9.0, leading=None, gray=0.0) -> float:
        """Wrapped text; returns the y below the last line."""
        leading = leading or size * 1.3
        words, line = text.split(), ""
        for word in words:
            trial = f"{line} {word}".strip()
            if self.width(trial, font, size) > width and line:
                self.text(x, y, line, font, size, gray)
                y += leading
                line = word
            else:
                line = trial
        if line:
            self.text(x, y, line, font, size, gray)
            y += leading
        return y

    def end_page(self, footnote=True):
        if footnote:
            self.text(W - 36, H - 14, FOOTNOTE, "Helvetica", 5.5, 0.72, "r")
        self.c.showPage()
        self.pages += 1

    def bytes(self) -> bytes:
        self.c.save()
        return self.buf.getvalue()


INK = (0.07, 0.11, 0.42)


def pen_signature(s: Sheet, x: float, y: float, person: Person, rng: random.Random, width: float = 130.0,
                  height: float = 16.0) -> None:
    """A quick joined signature: smoothed strokes through jittered cursive humps, baseline at y."""
    c = s.c
    c.saveState()
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(rng.uniform(0.9, 1.3))
    c.setLineCap(1)
    c.setLineJoin(1)
    slant = rng.uniform(0.15, 0.35)
    cx = x
    for word_i, word in enumerate([person.first, person.last]):
        letters = len(word)
        step = width * (0.36 if word_i == 0 else 0.58) / max(4, letters)
        pts = []
        for i, ch in enumerate(word):
            up = height * (rng.uniform(0.85, 1.15) if i == 0 or ch in "bdfhklt" else rng.uniform(0.3, 0.55))
            down = height * (rng.uniform(0.35, 0.6) if ch in "gjpqy" else rng.uniform(-0.05, 0.08))
            pts.append((cx + step * 0.2, y - up))
            pts.append((cx + step * 0.65, y + down))
            cx += step * rng.uniform(0.85, 1.1)
        path = c.beginPath()
        px, py = pts[0]
        path.moveTo(px + slant * (y - py), H - py)
        for (ax, ay), (bx, by) in itertools.pairwise(pts):
            mx, my = (ax + bx) / 2, (ay + by) / 2
            path.curveTo(ax + slant * (y - ay), H - ay, ax + slant * (y - ay) + 1.5, H - ay,
                         mx + slant * (y - my), H - my)
        c.drawPath(path, stroke=1, fill=0)
        cx += step * 0.9
    if rng.random() < 0.6:
        c.setLineWidth(0.8)
        c.line(x + width * 0.1, H - y - 3, cx - rng.uniform(5, 15), H - y - rng.uniform(1, 5))
    c.restoreState()


def pen_text(s: Sheet, x: float, y: float, text: str, rng: random.Random, size: float = 11.0) -> None:
    """Hand-written figures: an oblique face jittered glyph by glyph in blue-black ink."""
    c = s.c
    for ch in text:
        sz = size * rng.uniform(0.92, 1.1)
        c.saveState()
        c.setFillColorRGB(*INK)
        c.translate(x, H - y + rng.uniform(-1.0, 1.0))
        c.rotate(rng.uniform(-5, 5))
        c.setFont("DVO", sz)
        c.drawString(0, 0, ch)
        c.restoreState()
        x += pdfmetrics.stringWidth(ch, "DVO", sz) * rng.uniform(0.95, 1.12)


# ---------------------------------------------------------------------------------------------------- scanning


@dataclass
class Scan:
    dpi: int
    fax: bool = False
    header: str = ""


def render_pages(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    doc.init_forms()
    try:
        return [doc[i].render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil().convert("L")
                for i in range(len(doc))]
    finally:
        doc.close()


def age_image(img: Image.Image, style: Scan, rng: random.Random, page_no: int = 0, pages: int = 0) -> Image.Image:
    """A sheet on a scanner glass: tilted, slightly blurred, toned grey and speckled; or a fine fax."""
    tilt = rng.uniform(0.15, 0.6) * rng.choice((-1, 1))
    img = img.rotate(tilt, resample=Image.BICUBIC, expand=False, fillcolor=255,
                     translate=(rng.randint(-6, 6), rng.randint(-6, 6)))
    img = img.filter(ImageFilter.GaussianBlur(rng.uniform(0.45, 0.8) * style.dpi / 200))
    nrng = np.random.default_rng(rng.randrange(2 ** 32))
    a = np.asarray(img, dtype=np.float32)
    if style.fax:
        a = a + nrng.normal(0, 10, a.shape)
        bw = np.where(a < 150, 0, 255).astype(np.uint8)
        count = int(bw.size * 0.0004)
        ys, xs = nrng.integers(0, bw.shape[0], count), nrng.integers(0, bw.shape[1], count)
        bw[ys, xs] = 0
        out = Image.new("L", (bw.shape[1], bw.shape[0]), 255)
        shrunk = Image.fromarray(bw, "L").resize((round(bw.shape[1] * 0.96), round(bw.shape[0] * 0.96)))
        out.paste(shrunk, (round(bw.shape[1] * 0.02), 50))
        out = out.point(lambda v: 0 if v < 128 else 255)
        if style.header:
            draw = ImageDraw.Draw(out)
            font = ImageFont.truetype(str(FONT_DIR / "liberation2/LiberationMono-Regular.ttf"), 26)
            draw.rectangle((0, 0, out.width, 46), fill=255)
            draw.text((40, 10), f"{style.header}   P.{page_no:02d}/{pages:02d}", fill=0, font=font)
        return out.convert("1")
    paper = rng.uniform(228, 240)
    a = a * (paper - 18) / 255 + 18
    a = a + nrng.normal(0, 3.0, a.shape)
    count = int(a.size * 0.00025)
    ys, xs = nrng.integers(0, a.shape[0], count), nrng.integers(0, a.shape[1], count)
    a[ys, xs] = nrng.uniform(40, 140, count)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def images_pdf(images: list[Image.Image], dpi: int, fax: bool = False) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    for img in images:
        w, h = img.width * 72 / dpi, img.height * 72 / dpi
        c.setPageSize((w, h))
        if fax:
            c.drawImage(ImageReader(img), 0, 0, w, h)
        else:
            jpg = io.BytesIO()
            img.save(jpg, "JPEG", quality=78)
            c.drawImage(ImageReader(io.BytesIO(jpg.getvalue())), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def concat(parts: list[bytes]) -> bytes:
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def overlay(base: bytes, draw_pages: dict[int, callable]) -> bytes:
    """Merge reportlab drawings onto pages of an existing PDF (ink on a printed form, typing over a blank)."""
    reader = PdfReader(io.BytesIO(base))
    writer = PdfWriter(clone_from=reader)
    for index, draw in draw_pages.items():
        s = Sheet()
        draw(s)
        s.end_page(footnote=False)
        ink = PdfReader(io.BytesIO(s.bytes())).pages[0]
        writer.pages[index].merge_page(ink)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------------- documents


@dataclass
class Doc:
    type: str
    pdf: bytes
    fields: dict
    date: dt.date | None = None
    printed: list = field(default_factory=list)   # what a born-digital text layer must say
    meta: dict = field(default_factory=dict)       # what the checklist needs beyond the fields
    form_fields: dict = field(default_factory=dict)  # Form 710 typed on screen: AcroForm values


@dataclass
class Check:
    period_start: dt.date
    period_end: dt.date
    pay_date: dt.date
    lines: dict            # earnings code -> (hours, rate, amount)
    gross: float
    taxes: dict
    deductions: dict
    net: float
    ytd: dict = field(default_factory=dict)
    history: list = field(default_factory=list, repr=False)


def pay_history(freq: str, rng: random.Random, until: dt.date, salary: float | None = None,
                rate: float | None = None, state_rate: float = 0.04, deductions: dict | None = None) -> list[Check]:
    """Every check from the December before `until` through the last pay date on or before it, with YTD sums."""
    start = dt.date(until.year - 1, 12, 1)
    periods = []
    if freq == "semimonthly":
        d = start
        while d <= until:
            periods.append((d, d.replace(day=15)))
            periods.append((d.replace(day=16), month_end(d)))
            d = add_months(d, 1)
        periods = [(a, b, b + dt.timedelta(days=5)) for a, b in periods]
    else:
        days = 7 if freq == "weekly" else 14
        d = start - dt.timedelta(days=(start.weekday() + 1) % 7)  # a Sunday
        while d <= until:
            periods.append((d, d + dt.timedelta(days=days - 1), d + dt.timedelta(days=days + 5)))
            d += dt.timedelta(days=days)
    fed = rng.uniform(0.07, 0.12)
    k401 = rng.choice([0.0, 0.03, 0.05])
    checks = []
    for a, b, pay in periods:
        if pay > until:
            break
        lines = {}
        if salary is not None:
            lines["Regular Salary"] = (None, None, r2(salary))
        else:
            hours = 40.0 if freq == "weekly" else 80.0
            hours -= rng.choice([0, 0, 0, 2, 4])
            ot = rng.choice([0, 0, 1.5, 2.5, 4, 5.5]) * (1 if freq == "weekly" else 2)
            lines["Regular"] = (hours, rate, r2(hours * rate))
            if ot:
                lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        gross = r2(sum(v[2] for v in lines.values()))
        taxes = {"Federal Income Tax": r2(gross * fed), "Social Security": r2(gross * 0.062),
                 "Medicare": r2(gross * 0.0145), "State Income Tax": r2(gross * state_rate)}
        deds = {}
        for name, amount in (deductions or {}).items():
            deds[name] = amount
        if k401:
            deds["401(k)"] = r2(gross * k401)
        net = r2(gross - sum(taxes.values()) - sum(deds.values()))
        checks.append(Check(a, b, pay, lines, gross, taxes, deds, net))
    for i, chk in enumerate(checks):
        same = [c for c in checks[: i + 1] if c.pay_date.year == chk.pay_date.year]
        ytd = {"gross": r2(sum(c.gross for c in same)), "net": r2(sum(c.net for c in same))}
        for group in ("lines", "taxes", "deductions"):
            for name in getattr(chk, group):
                vals = [getattr(c, group).get(name) for c in same]
                amt = [v[2] if isinstance(v, tuple) else v for v in vals if v is not None]
                ytd[name] = r2(sum(amt))
        ytd["taxes"] = r2(sum(ytd[n] for n in chk.taxes))
        ytd["deductions"] = r2(sum(ytd[n] for n in chk.deductions))
        chk.ytd = ytd
        chk.history = checks
    return checks


def stub_meta(chk: Check) -> dict:
    return {"history": [(c.pay_date, c.gross) for c in chk.history]}


def stub_fields(chk: Check, freq: str, employer: str, person: Person) -> dict:
    return {"employer": employer, "employee_name": person.name, "pay_date": chk.pay_date.isoformat(),
            "period_start": chk.period_start.isoformat(), "period_end": chk.period_end.isoformat(),
            "frequency": freq, "gross_current": chk.gross, "gross_ytd": chk.ytd["gross"],
            "net_current": chk.net, "monthly_gross": r2(chk.gross * PERIODS[freq] / 12)}


def stub_sidebar(chk: Check, freq: str, emp: dict, person: Person, addr: Address, emp_id: str) -> Doc:
    """Pay stub layout 1: a grey sidebar of stacked facts at the left, ledgers at the right, a summary bar."""
    s = Sheet("Pay Summary")
    s.rect(30, 30, 160, 540, fill=0.88, stroke=0)
    s.text(42, 60, "PAY SUMMARY", "Helvetica-Bold", 14)
    s.text(42, 74, "Keep for your records", "Helvetica-Oblique", 7.5, 0.3)
    facts = [("EMPLOYEE", person.name), ("", addr.street), ("", f"{addr.city}, {addr.state} {addr.zip}"),
             ("EMPLOYEE ID", emp_id), ("PAY DATE", mdy(chk.pay_date)), ("PERIOD START", mdy(chk.period_start)),
             ("PERIOD END", mdy(chk.period_end)), ("PAY FREQUENCY", FREQ_WORD[freq]),
             ("DEPOSITED TO", f"Checking ****{emp['acct']}"), ("NET PAY", f"${money(chk.net)}")]
    y = 104
    for label, value in facts:
        if label:
            y += 10
            s.text(42, y, label, "Helvetica-Bold", 7, 0.35)
            y += 13
        s.text(42, y, value, "Helvetica-Bold" if label == "NET PAY" else "Helvetica", 10 if label == "NET PAY" else 9)
        y += 12
    x0, x1 = 206, 582
    s.text(x0, 52, emp["name"], "Helvetica-Bold", 14)
    s.text(x0, 66, emp["address"], "Helvetica", 8, 0.25)
    s.text(x0, 78, f"Payroll processed by {emp['processor']}", "Helvetica", 7, 0.4)
    cols = [(x0 + 4, "l"), (x0 + 170, "r"), (x0 + 215, "r"), (x0 + 295, "r"), (x1 - 4, "r")]

    def ledger(y, title, heads, rows, total):
        s.rect(x0, y, x1 - x0, 15, fill=0.2, stroke=0)
        for (x, al), head in zip(cols, heads, strict=False):
            s.text(x, y + 11, head, "Helvetica-Bold", 7.5, 1.0, al)
        s.text(x0 + 4, y + 11, title, "Helvetica-Bold", 7.5, 1.0)
        y += 27
        for row in rows:
            for (x, al), cell in zip(cols, row, strict=False):
                s.text(x, y, cell, "Helvetica", 8.5, 0, al)
            y += 13
        s.line(x0, y - 8, x1, y - 8, 0.5, 0.5)
        for (x, al), cell in zip(cols, total, strict=False):
            s.text(x, y + 3, cell, "Helvetica-Bold", 8.5, 0, al)
        return y + 26

    rows = []
    for name, (hours, rate, amount) in chk.lines.items():
        rows.append([name, money(rate) if rate else "", f"{hours:.2f}" if hours else "", money(amount),
                     money(chk.ytd[name])])
    y = ledger(98, "EARNINGS", ["", "Rate", "Hours", "This Period", "Year to Date"], rows,
               ["Gross Pay", "", "", money(chk.gross), money(chk.ytd["gross"])])
    rows = [[n, "", "", money(v), money(chk.ytd[n])] for n, v in chk.taxes.items()]
    y = ledger(y, "TAXES", ["", "", "", "This Period", "Year to Date"], rows,
               ["Total Taxes", "", "", money(sum(chk.taxes.values())), money(chk.ytd["taxes"])])
    if chk.deductions:
        rows = [[n, "", "", money(v), money(chk.ytd[n])] for n, v in chk.deductions.items()]
        y = ledger(y, "DEDUCTIONS", ["", "", "", "This Period", "Year to Date"], rows,
                   ["Total Deductions", "", "", money(sum(chk.deductions.values())), money(chk.ytd["deductions"])])
    y += 6
    bw = (x1 - x0) / 3
    for i, (label, cur, ytd) in enumerate([("GROSS PAY", chk.gross, chk.ytd["gross"]),
                                          ("TAXES & DEDUCTIONS", r2(chk.gross - chk.net),
                                           r2(chk.ytd["gross"] - chk.ytd["net"])),
                                          ("NET PAY", chk.net, chk.ytd["net"])]):
        bx = x0 + i * bw
        s.rect(bx, y, bw - 6, 48, fill=0.93 if i < 2 else 0.8, stroke=0.6)
        s.text(bx + 6, y + 12, label, "Helvetica-Bold", 7.5, 0.25)
        s.text(bx + bw - 12, y + 29, f"${money(cur)}", "Helvetica-Bold", 11, 0, "r")
        s.text(bx + bw - 12, y + 42, f"YTD ${money(ytd)}", "Helvetica", 7.5, 0.3, "r")
    s.end_page()
    return Doc("pay_stub", s.bytes(), stub_fields(chk, freq, emp["name"], person), chk.pay_date,
               [emp["name"], person.name, mdy(chk.pay_date), mdy(chk.period_start), mdy(chk.period_end),
                money(chk.gross), money(chk.ytd["gross"]), money(chk.net)], stub_meta(chk))


def stub_ledgers(chk: Check, freq: str, emp: dict, person: Person, emp_id: str, dept: str) -> Doc:
    """Pay stub layout 2: a serif head, the period told in one sentence, three ledgers side by side."""
    s = Sheet("Statement of Earnings and Deductions")
    s.text(W / 2, 54, emp["name"].upper(), "LSerifB", 15, 0, "c")
    s.text(W / 2, 68, emp["address"], "LSerif", 9, 0.2, "c")
    s.line(40, 76, W - 40, 76, 1.2)
    s.line(40, 79, W - 40, 79, 0.4)
    s.text(W / 2, 98, "STATEMENT OF EARNINGS AND DEDUCTIONS", "LSerifB", 11, 0, "c")
    s.text(W / 2, 116, f"Pay period {mdy(chk.period_start)} through {mdy(chk.period_end)}   |   "
                       f"Paid {FREQ_WORD[freq].lower()}   |   Pay date {mdy(chk.pay_date)}", "LSerif", 10, 0, "c")
    s.text(40, 140, f"Employee: {person.name}", "LSerifB", 10)
    s.text(300, 140, f"Employee No. {emp_id}", "LSerif", 10)
    s.text(440, 140, f"Dept: {dept}", "LSerif", 10)
    top, colw, gap = 156, 172, 6
    blocks = [("EARNINGS", [(f"{n}" + (f" {h:.1f} h" if h else ""), a, chk.ytd[n])
                            for n, (h, _r, a) in chk.lines.items()],
               ("Total earnings", chk.gross, chk.ytd["gross"])),
              ("TAXES WITHHELD", [(n.replace(" Income Tax", " Tax"), v, chk.ytd[n]) for n, v in chk.taxes.items()],
               ("Total taxes", r2(sum(chk.taxes.values())), chk.ytd["taxes"])),
              ("DEDUCTIONS", [(n, v, chk.ytd[n]) for n, v in chk.deductions.items()],
               ("Total deductions", r2(sum(chk.deductions.values())), chk.ytd["deductions"]))]
    for i, (title, rows, total) in enumerate(blocks):
        x = 40 + i * (colw + gap)
        s.rect(x, top, colw, 190, stroke=0.7)
        s.text(x + 6, top + 14, title, "LSerifB", 9)
        s.text(x + colw - 62, top + 28, "Current", "LSerifI", 8, 0.2, "r")
        s.text(x + colw - 6, top + 28, "Year to date", "LSerifI", 8, 0.2, "r")
        s.line(x, top + 33, x + colw, top + 33, 0.4)
        y = top + 46
        for name, cur, ytd in rows:
            s.text(x + 6, y, name, "LSerif", 8.5)
            s.text(x + colw - 62, y, money(cur), "LSerif", 8.5, 0, "r")
            s.text(x + colw - 6, y, money(ytd), "LSerif", 8.5, 0, "r")
            y += 13
        s.line(x, top + 166, x + colw, top + 166, 0.4)
        s.text(x + 6, top + 180, total[0], "LSerifB", 8.5)
        s.text(x + colw - 62, top + 180, money(total[1]), "LSerifB", 8.5, 0, "r")
        s.text(x + colw - 6, top + 180, money(total[2]), "LSerifB", 8.5, 0, "r")
    y = top + 214
    s.text(40, y, f"Gross pay this period  {money(chk.gross)}", "LSerif", 10)
    s.text(300, y, f"Gross pay year to date  {money(chk.ytd['gross'])}", "LSerif", 10)
    s.rect(360, y + 14, 212, 34, fill=0.9, stroke=1.0)
    s.text(368, y + 35, "NET PAY THIS PERIOD", "LSerifB", 9.5)
    s.text(564, y + 35, f"${money(chk.net)}", "LSerifB", 12, 0, "r")
    s.text(40, y + 30, f"Direct deposit: account ending {emp['acct']}", "LSerif", 8.5, 0.25)
    s.text(40, y + 42, "This is not a check. Questions about your pay? Call Payroll at (555) 013-7720.",
           "LSerif", 8, 0.3)
    s.end_page()
    return Doc("pay_stub", s.bytes(), stub_fields(chk, freq, emp["name"], person), chk.pay_date,
               [emp["name"].upper(), person.name, mdy(chk.pay_date), mdy(chk.period_start), mdy(chk.period_end),
                money(chk.gross), money(chk.ytd["gross"]), money(chk.net)], stub_meta(chk))


def stub_slip(chk: Check, freq: str, emp: dict, person: Person, slip_no: int) -> Doc:
    """Pay stub layout 3: a small employer's half-page slip from a bookkeeping program, a tear line below."""
    s = Sheet("Pay slip")
    s.text(44, 52, emp["name"], "DVB", 12)
    s.text(44, 65, emp["address"], "DV", 8, 0.2)
    s.text(W - 44, 52, "PAY SLIP", "DVB", 16, 0, "r")
    s.text(W - 44, 66, f"No. {slip_no}", "DV", 8.5, 0, "r")
    s.line(44, 76, W - 44, 76, 0.8)
    s.text(44, 94, f"Paid to: {person.name}", "DV", 10)
    s.text(44, 110, f"Week of {mdy(chk.period_start)} - {mdy(chk.period_end)} (paid weekly)", "DV", 9.5)
    s.text(W - 44, 110, f"Date paid: {mdy(chk.pay_date)}", "DV", 9.5, 0, "r")
    xs = (44, 330, 450, W - 44)
    y = 130
    s.rect(44, y, W - 88, 16, fill=0.85, stroke=0.5)
    s.text(50, y + 11.5, "Item", "DVB", 8.5)
    s.text(xs[2] - 6, y + 11.5, "This week", "DVB", 8.5, 0, "r")
    s.text(xs[3] - 6, y + 11.5, "Year to date", "DVB", 8.5, 0, "r")
    y += 30
    rows = []
    for n, (h, r, a) in chk.lines.items():
        rows.append((f"{n} {h:.2f} hrs @ {money(r)}", money(a), money(chk.ytd[n]), False))
    rows.append(("Gross pay", money(chk.gross), money(chk.ytd["gross"]), True))
    for n, v in chk.taxes.items():
        label = {"Federal Income Tax": "Federal withholding", "State Income Tax": "State withholding"}.get(n, n)
        rows.append((label, f"-{money(v)}", f"-{money(chk.ytd[n])}", False))
    for n, v in chk.deductions.items():
        rows.append((n, f"-{money(v)}", f"-{money(chk.ytd[n])}", False))
    rows.append(("Net pay", money(chk.net), money(chk.ytd["net"]), True))
    for label, cur, ytd, bold in rows:
        font = "DVB" if bold else "DV"
        if bold:
            s.line(44, y - 10, W - 44, y - 10, 0.4, 0.4)
        s.text(50, y, label, font, 9)
        s.text(xs[2] - 6, y, cur, font, 9, 0, "r")
        s.text(xs[3] - 6, y, ytd, font, 9, 0, "r")
        y += 15
    s.rect(44, 126, W - 88, y - 126, stroke=0.5)
    s.text(44, y + 14, "Printed by TallyBooks Small Business Payroll", "DV", 6.5, 0.45)
    s.line(30, y + 34, W - 30, y + 34, 0.6, 0.3, dash=(4, 3))
    s.text(W / 2, y + 46, "detach and keep for your records", "DV", 6.5, 0.45, "c")
    s.end_page()
    return Doc("pay_stub", s.bytes(), stub_fields(chk, freq, emp["name"], person), chk.pay_date,
               [emp["name"], person.name, mdy(chk.pay_date), mdy(chk.period_start), mdy(chk.period_end),
                money(chk.gross), money(chk.ytd["gross"]), money(chk.net)], stub_meta(chk))


# ------------------------------------------------------------------ bank statements


@dataclass
class Month:
    start: dt.date
    end: dt.date
    begin: float
    rows: list  # (date, description, amount signed)

    @property
    def ending(self) -> float:
        return r2(self.begin + sum(r[2] for r in self.rows))


def bank_months(rng: random.Random, first: dt.date, count: int, credits, begin: float) -> list[Month]:
    """`credits(month_start, month_end)` lists the month's deposits; spending is drawn to keep a cushion."""
    months = []
    for i in range(count):
        a = add_months(first, i)
        b = month_end(a)
        rows = list(credits(a, b))
        income = sum(r[2] for r in rows)
        spend = [(a.replace(day=rng.randint(1, 5)), "ACH DEBIT MORTGAGE PAYMENT", -r2(income * rng.uniform(0.22, 0.3))),
                 (a.replace(day=rng.randint(8, 14)), "ELECTRIC COOP AUTOPAY", -r2(rng.uniform(90, 210))),
                 (a.replace(day=rng.randint(15, 20)), "WATER & SEWER UTILITY", -r2(rng.uniform(40, 95))),
                 (a.replace(day=rng.randint(2, 26)), "CELL PHONE AUTOPAY", -r2(rng.uniform(60, 140)))]
        for _ in range(rng.randint(5, 8)):
            shop = rng.choice(["POS PURCHASE HILLSIDE GROCERY", "POS PURCHASE FUEL STOP #12", "CARD PURCHASE PHARMACY",
                               "POS PURCHASE HARDWARE BARN", "ATM WITHDRAWAL", "CARD PURCHASE DINER"])
            spend.append((a.replace(day=rng.randint(1, b.day)), shop, -r2(rng.uniform(18, 160))))
        total_spend = -sum(r[2] for r in spend)
        target = income * rng.uniform(0.85, 0.97)
        if total_spend > target:
            factor = target / total_spend
            spend = [(d, t, r2(v * factor)) for d, t, v in spend]
        rows += spend
        rows.sort(key=lambda r: (r[0], -r[2]))
        months.append(Month(a, b, 0.0, rows))
    running, low = 0.0, 0.0
    for m in months:  # one opening balance high enough that no day of any month is overdrawn
        for r in m.rows:
            running += r[2]
            low = min(low, running)
    begin = r2(max(begin, -low + rng.uniform(150, 450)))
    for m in months:
        m.begin = begin
        begin = m.ending
    return months


def statement_community(m: Month, bank: dict, holders: list[Person], addr: Address, acct: str) -> Doc:
    """Bank layout 1: two pages, a statement-dates box at the right, a dotted-leader summary, a five-column
    activity register, and a daily balance summary on page 2."""
    s = Sheet("Statement")
    pages = 2
    rows = []
    bal = m.begin
    for d, desc, amt in m.rows:
        bal = r2(bal + amt)
        rows.append((d, desc, amt, bal))
    split = min(len(rows), 14)

    def head(page):
        s.text(40, 54, bank["name"], "LSerifB", 17)
        s.text(40, 68, bank["tagline"], "LSerifI", 9, 0.3)
        s.text(W - 40, H - 30, f"Page {page} of {pages}", "Helvetica", 8, 0.2, "r")

    head(1)
    s.rect(370, 84, 202, 58, stroke=0.8)
    s.text(378, 98, "Statement Dates", "Helvetica-Bold", 8.5)
    s.text(378, 111, f"{mdy(m.start)} thru {mdy(m.end)}", "Helvetica", 9)
    s.text(378, 124, "Account Number", "Helvetica-Bold", 8.5)
    s.text(378, 137, f"XXXXXX{acct}", "Helvetica", 9)
    y = 100
    for line in [" and ".join(p.name.upper() for p in holders), addr.street.upper(),
                 f"{addr.city.upper()} {addr.state} {addr.zip}"]:
        s.text(48, y, line, "Courier", 9.5)
        y += 12
    y = 170
    s.text(40, y, "PERSONAL CHECKING - ACCOUNT SUMMARY", "Helvetica-Bold", 10)
    y += 18
    dep = [r for r in m.rows if r[2] > 0]
    wd = [r for r in m.rows if r[2] < 0]
    summary = [(f"Beginning Balance on {mdy(m.start)}", f"${money(m.begin)}"),
               (f"Deposits and Other Credits ({len(dep)})", f"+ {money(sum(r[2] for r in dep))}"),
               (f"Withdrawals and Other Debits ({len(wd)})", f"- {money(-sum(r[2] for r in wd))}"),
               (f"Ending Balance on {mdy(m.end)}", f"${money(m.ending)}")]
    for label, val in summary:
        s.text(48, y, label, "Helvetica", 9)
        s.text(330, y, val, "Helvetica", 9, 0, "r")
        lw = s.width(label, "Helvetica", 9)
        s.text(48 + lw + 4, y, "." * int((330 - 60 - lw - s.width(val, "Helvetica", 9)) / 2.5), "Helvetica", 9, 0.5)
        y += 14
    y += 10

    def register(y, part, continued=False):
        s.text(40, y, "ACCOUNT ACTIVITY" + (" (continued)" if continued else ""), "Helvetica-Bold", 10)
        y += 8
        s.rect(40, y, W - 80, 15, fill=0.85, stroke=0)
        for x, label, al in ((46, "Date", "l"), (100, "Description", "l"), (400, "Debits", "r"),
                             (478, "Credits", "r"), (566, "Balance", "r")):
            s.text(x, y + 11, label, "Helvetica-Bold", 8, 0, al)
        y += 28
        for d, desc, amt, b in part:
            s.text(46, y, d.strftime("%m/%d"), "Helvetica", 8.5)
            s.text(100, y, desc, "Helvetica", 8.5)
            s.text(400 if amt < 0 else 478, y, money(abs(amt)), "Helvetica", 8.5, 0, "r")
            s.text(566, y, money(b), "Helvetica", 8.5, 0, "r")
            y += 14
        return y

    register(y, rows[:split])
    s.end_page()
    head(2)
    y = 96
    if rows[split:]:
        y = register(y, rows[split:], True) + 10
    s.text(40, y, f"Ending Balance on {mdy(m.end)}: ${money(m.ending)}", "Helvetica-Bold", 9)
    y += 26
    s.text(40, y, "DAILY BALANCE SUMMARY", "Helvetica-Bold", 10)
    y += 16
    daily = {}
    for d, _desc, _a, b in rows:
        daily[d] = b
    for i, (d, b) in enumerate(sorted(daily.items())):
        s.text(46 + (i % 3) * 180, y + (i // 3) * 13, f"{d.strftime('%m/%d')}   {money(b)}", "Helvetica", 8.5)
    y += ((len(daily) + 2) // 3) * 13 + 24
    y = s.para(40, y, f"Questions about your statement or an electronic transfer? Call {bank['phone']} or write to "
                      f"{bank['name']}, {bank['address']}. Member FDIC.", W - 80, "Helvetica", 8, gray=0.3)
    s.end_page()
    return Doc("bank_statement", s.bytes(),
               {"bank_name": bank["name"], "account_last4": acct, "period_start": m.start.isoformat(),
                "period_end": m.end.isoformat(), "beginning_balance": m.begin, "ending_balance": m.ending},
               m.end, [bank["name"], acct, mdy(m.start), mdy(m.end), money(m.begin), money(m.ending)],
               {"account": acct, "rows": list(m.rows)})


def statement_savings_bank(m: Month, bank: dict, holders: list[Person], addr: Address, acct: str) -> Doc:
    """Bank layout 2: one page, the period as "Beginning ... / Ending ...", an arithmetic strip
    Previous balance + Deposits - Withdrawals - Fees = New balance, and a check-register listing."""
    s = Sheet("Account statement")
    s.rect(0, 0, W, 70, fill=0.3, stroke=0)
    s.text(40, 40, bank["name"], "DVB", 18, 1.0)
    s.text(40, 56, bank["tagline"], "DV", 8.5, 0.9)
    s.text(W - 40, 40, "Checking Account Statement", "DV", 11, 1.0, "r")
    y = 96
    for line in [", ".join(p.name for p in holders), addr.street, f"{addr.city}, {addr.state} {addr.zip}"]:
        s.text(40, y, line, "DV", 9.5)
        y += 13
    s.text(360, 96, f"Account: Everyday Checking ...{acct}", "DV", 9)
    s.text(360, 109, f"Beginning {long_date(m.start)}", "DV", 9)
    s.text(360, 122, f"Ending {long_date(m.end)}", "DV", 9)
    dep = r2(sum(r[2] for r in m.rows if r[2] > 0 and "FEE" not in r[1]))
    fees = r2(-sum(r[2] for r in m.rows if "FEE" in r[1]))
    wd = r2(-sum(r[2] for r in m.rows if r[2] < 0 and "FEE" not in r[1]))
    y = 150
    cells = [("Previous balance", money(m.begin)), ("+", ""), ("Deposits", money(dep)), ("-", ""),
             ("Withdrawals", money(wd)), ("-", ""), ("Fees", money(fees)), ("=", ""), ("New balance", money(m.ending))]
    x = 40
    for label, val in cells:
        if not val:
            s.text(x + 6, y + 24, label, "DVB", 14, 0.3, "c")
            x += 12
            continue
        s.rect(x, y, 96, 40, fill=0.94, stroke=0.5)
        s.text(x + 6, y + 13, label, "DV", 7.5, 0.3)
        s.text(x + 90, y + 31, f"${val}", "DVB", 10, 0, "r")
        x += 102
    y = 214
    s.text(40, y, "Transaction register", "DVB", 10.5)
    y += 10
    s.line(40, y, W - 40, y, 0.8)
    y += 14
    for x, label, al in ((44, "Posted", "l"), (110, "Transaction", "l"), (440, "Amount", "r"), (568, "Balance", "r")):
        s.text(x, y, label, "DVB", 8, 0.2, al)
    y += 6
    s.line(40, y, W - 40, y, 0.4)
    y += 14
    bal = m.begin
    s.text(44, y, short_date(m.start), "DV", 8.5)
    s.text(110, y, "Previous balance", "DV", 8.5, 0.3)
    s.text(568, y, money(bal), "DV", 8.5, 0, "r")
    y += 13
    for d, desc, amt in m.rows:
        bal = r2(bal + amt)
        s.text(44, y, short_date(d), "DV", 8.5)
        s.text(110, y, desc.title(), "DV", 8.5)
        s.text(440, y, ("+" if amt > 0 else "-") + money(abs(amt)), "DV", 8.5, 0, "r")
        s.text(568, y, money(bal), "DV", 8.5, 0, "r")
        y += 13
    y += 8
    s.line(40, y, W - 40, y, 0.4)
    y += 14
    s.text(44, y, f"New balance as of {short_date(m.end)}: ${money(m.ending)}", "DVB", 9)
    s.para(40, H - 60, f"{bank['name']} - {bank['address']} - {bank['phone']} - Equal Housing Lender - Member FDIC",
           W - 80, "DV", 7, gray=0.4)
    s.end_page()
    return Doc("bank_statement", s.bytes(),
               {"bank_name": bank["name"], "account_last4": acct, "period_start": m.start.isoformat(),
                "period_end": m.end.isoformat(), "beginning_balance": m.begin, "ending_balance": m.ending},
               m.end, [bank["name"], acct, long_date(m.start), long_date(m.end), money(m.begin), money(m.ending)],
               {"account": acct, "rows": list(m.rows)})


# ------------------------------------------------------------------ letters and papers


def letter_body(s: Sheet, y: float, paragraphs: list[str], font="LSerif", size=11.0, x=72, width=W - 144) -> float:
    for p in paragraphs:
        y = s.para(x, y, p, width, font, size, size * 1.35) + size * 0.6
    return y


def hardship_letter(people: list[Person], addr: Address, loan: str, servicer: dict, date: dt.date,
                    paragraphs: list[str], ink: bool, rng: random.Random) -> Doc:
    s = Sheet("Hardship letter")
    y = 72
    for line in [" and ".join(p.name for p in people), addr.street, f"{addr.city}, {addr.state} {addr.zip}"]:
        s.text(72, y, line, "LSerif", 11)
        y += 14
    y += 14
    s.text(72, y, long_date(date), "LSerif", 11)
    y += 28
    for line in [servicer["name"], "Loss Mitigation Department", servicer["address"]]:
        s.text(72, y, line, "LSerif", 11)
        y += 14
    y += 14
    s.text(72, y, f"Re: Hardship letter - loan number {loan}", "LSerifB", 11)
    y += 28
    s.text(72, y, "Dear Loss Mitigation Team,", "LSerif", 11)
    y = letter_body(s, y + 22, paragraphs)
    s.text(72, y + 6, "Sincerely,", "LSerif", 11)
    y += 44
    for p in people:
        if ink:
            pen_signature(s, 76, y - 6, p, rng, 120, 15)
        s.text(72, y + 10, p.name, "LSerif", 11)
        y += 50
    s.end_page()
    return Doc("hardship_letter", s.bytes(), {"letter_date": date.isoformat()}, date,
               [long_date(date), loan, people[0].name])


def agency_head(s: Sheet, lines: list[str], seal: str) -> None:
    s.c.setLineWidth(1.2)
    s.c.circle(84, H - 70, 26, stroke=1, fill=0)
    s.text(84, 73, seal, "Helvetica-Bold", 9, 0, "c")
    s.text(124, 62, lines[0], "Helvetica-Bold", 13)
    for i, line in enumerate(lines[1:]):
        s.text(124, 77 + i * 12, line, "Helvetica", 9, 0.2)


def ssa_letter(person: Person, addr: Address, date: dt.date, ssn4: str, kind: str, amount: float,
               since: dt.date) -> Doc:
    """Social Security's benefit letter: retirement or survivors (taxable), or SSI (non-taxable)."""
    s = Sheet("Social Security letter")
    agency_head(s, ["SOCIAL SECURITY ADMINISTRATION", "Office of Earnings and International Operations",
                    "Important information - keep this letter"], "SSA")
    s.text(W - 72, 118, f"Date: {long_date(date)}", "Helvetica", 10, 0, "r")
    s.text(W - 72, 132, f"Claim Number: ***-**-{ssn4}", "Helvetica", 10, 0, "r")
    y = 160
    for line in [person.name.upper(), addr.street.upper(), f"{addr.city.upper()} {addr.state} {addr.zip}"]:
        s.text(72, y, line, "Courier", 10)
        y += 13
    y += 22
    program = {"retirement": "Social Security retirement benefits", "survivors": "Social Security survivors benefits",
               "ssi": "Supplemental Security Income (SSI) payments"}[kind]
    s.text(72, y, "Benefit Verification Letter", "Helvetica-Bold", 12)
    y += 24
    paras = ["You asked us for information from your record. The information that you requested is shown below. "
             "If you want anyone else to have this information, you may send them this letter.",
             f"Information About Current {('SSI' if kind == 'ssi' else 'Social Security')} Benefits",
             f"Beginning {calendar.month_name[since.month]} {since.year}, you are entitled to {program}. "
             f"The amount you receive each month is ${money(amount)}. "
             + ("SSI payments are not taxable income." if kind == "ssi"
                else "Your benefits are paid on the second Wednesday of each month."),
             "Type of Payment: monthly benefit paid by direct deposit.",
             "If you have any questions, you may call us at 1-800-772-1213, or visit your local Social Security "
             "office. Please have this letter with you if you call or visit."]
    y = letter_body(s, y, paras, "Helvetica", 10)
    s.text(72, y + 20, "Social Security Administration", "Helvetica-Oblique", 10)
    s.end_page()
    btype = "benefits_nontaxable" if kind == "ssi" else "benefits_taxable"
    return Doc("benefit_award_letter", s.bytes(),
               {"letter_date": date.isoformat(), "monthly_amount": amount, "benefit_type": btype}, date,
               [long_date(date), money(amount)], {"benefit_type": btype})


def va_letter(person: Person, addr: Address, date: dt.date, amount: float, rating: int, since: dt.date) -> Doc:
    s = Sheet("VA letter")
    agency_head(s, ["DEPARTMENT OF VETERANS AFFAIRS", "Regional Benefit Office", "Compensation Service"], "VA")
    s.text(W - 72, 118, long_date(date), "Helvetica", 10, 0, "r")
    y = 150
    for line in [person.name, addr.street, f"{addr.city}, {addr.state} {addr.zip}"]:
        s.text(72, y, line, "Helvetica", 10)
        y += 13
    y += 20
    s.text(72, y, "Benefit Summary Letter", "Helvetica-Bold", 12)
    y += 22
    y = letter_body(s, y, [f"Dear {person.first} {person.last}:",
                           "This letter is a summary of benefits you currently receive from the Department of "
                           "Veterans Affairs (VA). We are providing this letter to disabled Veterans to use in "
                           "applying for housing assistance and other benefits."], "Helvetica", 10)
    rows = [("Your combined service-connected evaluation", f"{rating}%"),
            ("Your current monthly award amount", f"${money(amount)}"),
            ("The effective date of the last change to your current award", mdy(since)),
            ("Are you considered to be totally and permanently disabled?", "No")]
    s.rect(72, y, W - 144, 14 * len(rows) + 12, stroke=0.6)
    y += 16
    for label, val in rows:
        s.text(80, y, label, "Helvetica", 9.5)
        s.text(W - 80, y, val, "Helvetica-Bold", 9.5, 0, "r")
        y += 14
    y += 18
    y = letter_body(s, y, ["VA disability compensation is paid monthly and is not taxable income. You should "
                           "contact us if you have questions about this letter.", "Sincerely yours,",
                           "Regional Office Director"], "Helvetica", 10)
    s.end_page()
    return Doc("benefit_award_letter", s.bytes(),
               {"letter_date": date.isoformat(), "monthly_amount": amount, "benefit_type": "benefits_nontaxable"},
               date, [long_date(date), money(amount)], {"benefit_type": "benefits_nontaxable"})


def pension_letter(person: Person, addr: Address, date: dt.date, amount: float, fund: dict, member_no: str) -> Doc:
    s = Sheet("Pension letter")
    s.text(72, 64, fund["name"], "LSerifB", 15)
    s.text(72, 78, fund["address"], "LSerif", 9, 0.25)
    s.line(72, 86, W - 72, 86, 0.8)
    s.text(72, 112, long_date(date), "LSerif", 11)
    y = 140
    for line in [person.name, addr.street, f"{addr.city}, {addr.state} {addr.zip}"]:
        s.text(72, y, line, "LSerif", 11)
        y += 14
    y += 16
    s.text(72, y, f"Re: Confirmation of monthly pension - member no. {member_no}", "LSerifB", 11)
    y += 26
    y = letter_body(s, y, [f"Dear {person.first} {person.last}:",
                           f"As you requested, this letter confirms that you receive a monthly pension from the "
                           f"{fund['name']}. Your gross monthly benefit is ${money(amount)}, paid on the first "
                           f"business day of each month by direct deposit, for your lifetime.",
                           "Pension benefits are reported to you each January on Form 1099-R and are subject to "
                           "federal income tax.",
                           "If we may be of further assistance, please call Member Services at (555) 016-4410.",
                           "Sincerely,", "Member Services"])
    s.end_page()
    return Doc("benefit_award_letter", s.bytes(),
               {"letter_date": date.isoformat(), "monthly_amount": amount, "benefit_type": "benefits_taxable"},
               date, [long_date(date), money(amount)], {"benefit_type": "benefits_taxable"})


def ui_letter(person: Person, addr: Address, date: dt.date, weekly: float, claim_start: dt.date, state: str) -> Doc:
    s = Sheet("Unemployment notice")
    agency_head(s, [f"{state} DEPARTMENT OF EMPLOYMENT SECURITY", "Unemployment Insurance Division",
                    "NOTICE OF MONETARY DETERMINATION"], "UI")
    s.text(W - 72, 118, f"Mailing date: {mdy(date)}", "Helvetica", 10, 0, "r")
    y = 146
    for line in [person.name.upper(), addr.street.upper(), f"{addr.city.upper()} {addr.state} {addr.zip}"]:
        s.text(72, y, line, "Courier", 10)
        y += 13
    y += 20
    rows = [("Benefit year begins", mdy(claim_start)),
            ("Benefit year ends", mdy(claim_start + dt.timedelta(days=364))),
            ("Weekly benefit amount", f"${money(weekly)}"),
            ("Maximum benefit amount (26 weeks)", f"${money(weekly * 26)}")]
    for label, val in rows:
        s.text(72, y, label, "Helvetica", 10)
        s.text(380, y, val, "Helvetica-Bold", 10)
        y += 15
    y += 12
    letter_body(s, y, ["You have been found monetarily eligible for unemployment insurance benefits. Benefits are "
                       "paid every week for each week you request and remain eligible. You must request payment "
                       "every week and keep looking for work.",
                       "If you disagree with this determination you may appeal within 30 days of the mailing date."],
                "Helvetica", 10)
    s.end_page()
    return Doc("unemployment_benefit_letter", s.bytes(),
               {"letter_date": date.isoformat(), "benefit_type": "unemployment"}, date,
               [mdy(date), money(weekly)], {"benefit_type": "unemployment"})


def child_support_letter(person: Person, addr: Address, date: dt.date, monthly: float, case_no: str,
                         county: str) -> Doc:
    s = Sheet("Child support notice")
    agency_head(s, [f"{county.upper()} COUNTY CHILD SUPPORT ENFORCEMENT AGENCY", "State Disbursement Unit",
                    "Statement of Support Order and Payments"], "CSEA")
    s.text(W - 72, 118, f"Date: {mdy(date)}", "Helvetica", 10, 0, "r")
    s.text(W - 72, 132, f"Case number: {case_no}", "Helvetica", 10, 0, "r")
    y = 150
    for line in [person.name, addr.street, f"{addr.city}, {addr.state} {addr.zip}"]:
        s.text(72, y, line, "Helvetica", 10)
        y += 13
    y += 20
    y = letter_body(s, y, [f"This statement is sent at the request of the obligee, {person.name}.",
                           f"The current support order requires payment of ${money(monthly)} per month for the "
                           f"support of two minor children. Payments are collected by income withholding and "
                           f"disbursed to you monthly by direct deposit.",
                           "Payments disbursed to you in the last three months are listed below."], "Helvetica", 10)
    for i in range(3, 0, -1):
        d = add_months(date.replace(day=1), -i).replace(day=7)
        s.text(90, y, mdy(d), "Helvetica", 10)
        s.text(260, y, f"${money(monthly)}", "Helvetica", 10)
        s.text(360, y, "Direct deposit", "Helvetica", 10)
        y += 14
    s.end_page()
    return Doc("benefit_award_letter", s.bytes(),
               {"letter_date": date.isoformat(), "monthly_amount": monthly, "benefit_type": "other"}, date,
               [mdy(date), money(monthly)], {"benefit_type": "other"})


def obituary(person: Person, spouse: Person, died: dt.date, paper: str, town: str, rng: random.Random) -> Doc:
    s = Sheet("Obituary")
    s.text(W / 2, 70, paper, "LSerifB", 20, 0, "c")
    s.text(W / 2, 86, f"{town}  -  {calendar.day_name[(died + dt.timedelta(days=4)).weekday()]}, "
                      f"{long_date(died + dt.timedelta(days=4))}  -  Obituaries", "LSerif", 9, 0.2, "c")
    s.line(72, 94, W - 72, 94, 1.0)
    s.text(72, 126, f"{person.first} {person.middle}. {person.last}", "LSerifB", 14)
    age = rng.randint(58, 74)
    letter_body(s, 146, [
        f"{person.first} {person.last}, {age}, of {town}, passed away peacefully on {long_date(died)} after a "
        f"short illness, surrounded by his family.",
        "He worked for many years as a machinist and later as a shop foreman, and was known for his garden, "
        "his fishing trips and his patience with anyone who needed a hand.",
        f"He is survived by his wife of {rng.randint(28, 44)} years, {spouse.first}, two children and four "
        f"grandchildren. Visitation will be held at Greer & Sons Funeral Home, with a service to follow.",
        "In lieu of flowers, the family asks that donations be made to the local volunteer fire company."],
        "LSerif", 10.5, x=72, width=300)
    s.end_page()
    return Doc("obituary", s.bytes(), {}, died, [person.last])


def form4506c(person: Person, ssn: str, addr: Address, servicer: dict, signed_on: dt.date, rng: random.Random) -> Doc:
    """Page 1 of the real IRS Form 4506-C typed over by the servicer and signed and dated in ink."""
    reader = PdfReader(str(FORM4506C_BLANK))
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    writer.remove_annotations(None)
    buf = io.BytesIO()
    writer.write(buf)

    def typing(s: Sheet):
        f, z = "Courier", 9
        for x, y_pdf, val in ((27, 668, person.first), (114, 668, person.middle), (171, 668, person.last),
                              (27, 636, ssn), (27, 571, addr.street), (312, 571, addr.city), (420, 571, addr.state),
                              (474, 571, addr.zip), (27, 506, "Harborline Income Verification LLC"),
                              (312, 506, "0000418822"), (420, 506, "HIV4506"),
                              (27, 484, "PO Box 7719"), (312, 484, "Fenwick"), (420, 484, "MO"), (474, 484, "63190"),
                              (27, 430, servicer["name"]), (474, 430, servicer["phone"]),
                              (27, 409, servicer["street"]), (312, 409, servicer["city"]),
                              (420, 409, servicer["state"]), (474, 409, servicer["zip"]),
                              (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, "2034"),
                              (186, 268, "12"), (214, 268, "31"), (243, 268, "2033"),
                              (63, 128, person.name)):
            s.text(x, H - y_pdf, val, f, z)
        s.text(99, H - 350, "X", "Helvetica-Bold", 9)
        s.text(27, H - 195, "X", "Helvetica-Bold", 9)
        pen_signature(s, 70, H - 169, person, rng, 150, 12)
        pen_text(s, 346, H - 169, mdy(signed_on), rng, 10)
        s.text(W - 36, H - 6, FOOTNOTE, "Helvetica", 5.5, 0.72, "r")

    pdf = overlay(buf.getvalue(), {0: typing})
    return Doc("irs_form_4506c", pdf, {"signed": True, "signed_on": signed_on.isoformat()}, signed_on, [],
               {"signed": True})


def separator_sheet(loan: str) -> bytes:
    s = Sheet("Separator")
    s.text(W / 2, 120, "DOCUMENT BATCH SEPARATOR", "Helvetica-Bold", 20, 0, "c")
    s.text(W / 2, 146, "Mail Services - place on top of each borrower's papers", "Helvetica", 10, 0.2, "c")
    code = pdf_factory.barcode_image(f"LOAN {loan}", scale=3)
    s.c.drawImage(ImageReader(code.convert("RGB")), 126, H - 330, width=360, height=110)
    s.text(W / 2, 352, f"LOAN {loan}", "Courier-Bold", 16, 0, "c")
    s.end_page(footnote=False)
    return s.bytes()


def fax_cover(sender: list[Person], phone: str, servicer: dict, loan: str, pages: int, date: dt.date,
              shop: str) -> bytes:
    s = Sheet("Fax cover")
    s.text(72, 90, "FAX", "Helvetica-Bold", 40)
    s.text(72, 112, f"{shop} - Copy, Print & Ship", "Helvetica", 10, 0.2)
    s.line(72, 124, W - 72, 124, 2)
    y = 156
    for label, val in (("Date:", mdy(date)), ("To:", f"{servicer['name']} - Loss Mitigation"),
                       ("Fax:", servicer["fax"]), ("From:", " and ".join(p.name for p in sender)),
                       ("Phone:", phone), ("Pages:", f"{pages} (including this cover)"),
                       ("Re:", f"Mortgage assistance application - loan {loan}")):
        s.text(72, y, label, "Helvetica-Bold", 12)
        s.text(150, y, val, "Helvetica", 12)
        y += 24
    s.text(72, y + 20, "Comments: Please find my application and papers attached. Thank you.", "Helvetica", 11)
    s.end_page(footnote=False)
    return s.bytes()


# ---------------------------------------------------------------------------------------------------- applications

INCOME_CODES = ("wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
                "investment", "other")
HARDSHIPS = ("unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
             "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation", "other")


@dataclass
class App:
    loan: str
    borrower: Person
    co: Person | None
    ssn4: str
    co_ssn4: str | None
    address: Address
    phone: str
    email: str
    occupancy: str
    hardships: list
    start: dt.date | None
    duration: str
    income: dict            # code -> {"borrower": x, "co": y}
    signed_on: dt.date | None      # date written beside the borrower's signature
    co_signed_on: dt.date | None
    borrower_signs: bool = True
    co_signs: bool = True

    def per_code(self) -> dict:
        return {k: r2(sum(v.values())) for k, v in self.income.items() if sum(v.values()) > 0}

    def expected(self) -> dict:
        inc = self.per_code()
        inc["total"] = r2(sum(inc.values()))
        signed = self.borrower_signs and self.signed_on is not None
        return {"loan_number": self.loan, "borrower_name": self.borrower.name,
                "co_borrower_name": self.co.name if self.co else None, "ssn_last4": self.ssn4,
                "property_address": self.address.line, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None, "income": inc,
                "signed": signed, "signed_on": self.signed_on.isoformat() if signed else None,
                "co_borrower_signed": (self.co_signs and self.co_signed_on is not None) if self.co else None}


F710_HARDSHIP = dict(zip(HARDSHIPS, [f"Checkbox_{n}" for n in range(41, 51)], strict=False))
F710_INCOME = dict(zip(INCOME_CODES, [f"Number_{n}" for n in range(2, 10)], strict=False))


def form710(app: App, on_screen: bool, rng: random.Random) -> Doc:
    """The real Form 710 typed through its AcroForm; signed on the screen (strokes, date typed in its field)
    or printed and signed and dated in ink (the caller scans it)."""
    v: dict = {"Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.ssn4, "Email_1": app.email,
               "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
               "Text_6": app.address.line, "Checkbox_27": True, "Checkbox_30": True, "Checkbox_35": True,
               "Checkbox_37": True}
    if app.co:
        v.update({"Text_4": app.co.name, "Text_5": app.co_ssn4})
    v[{"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}[
        app.occupancy]] = True
    if app.start:
        v["Date_1"] = mdy(app.start)
    v[{"short_term": "Checkbox_38", "long_term": "Checkbox_39"}[app.duration]] = True
    for h in app.hardships:
        v[F710_HARDSHIP[h]] = True
    for code, amount in app.per_code().items():
        v[F710_INCOME[code]] = money(amount)
    v["Number_10"] = money(rng.randint(3, 40) * 25.0)
    if on_screen and app.signed_on:
        v["Date_3"] = mdy(app.signed_on)
    if on_screen and app.co and app.co_signed_on:
        v["Date_4"] = mdy(app.co_signed_on)
    base = pdf_factory.form710_filled(v)

    def foot(s):
        s.text(W - 36, H - 6, FOOTNOTE, "Helvetica", 5.5, 0.72, "r")

    def sign(s):
        foot(s)
        if app.borrower_signs:
            pen_signature(s, 160, H - 347, app.borrower, rng, 150, 15)
        if app.co and app.co_signs:
            pen_signature(s, 172, H - 309, app.co, rng, 150, 15)
        if not on_screen:
            if app.signed_on:
                pen_text(s, 432, H - 347, mdy(app.signed_on), rng, 11)
            if app.co and app.co_signed_on:
                pen_text(s, 432, H - 309, mdy(app.co_signed_on), rng, 11)

    pdf = overlay(base, {0: foot, 1: foot, 2: foot, 3: sign})
    printed = {"Text_1": app.loan, "Text_2": app.borrower.name, "Text_3": app.ssn4, "Text_6": app.address.line}
    if on_screen:
        printed.update({k: v[k] for k in v if k.startswith(("Number_", "Date_"))})
    return Doc("mortgage_assistance_application", pdf, {}, app.signed_on, [], {"app": app}, printed)


def glyph(s: Sheet, x: float, y: float, on: bool, kind: str = "box", size: float = 10.0) -> float:
    ch = {"box": ("\u2612", "\u2610"), "circle": ("\u25cf", "\u25cb")}[kind][0 if on else 1]
    s.text(x, y, ch, "DV", size)
    return x + s.width(ch, "DV", size) + 3


def footer_page(s: Sheet, form: str, page: int, pages: int) -> None:
    s.text(36, H - 24, form, "Helvetica", 7, 0.3)
    s.text(W - 36, H - 24, f"Page {page} of {pages}", "Helvetica", 7.5, 0.2, "r")


QHL_HARDSHIP = [("unemployment", "Unemployment"), ("reduction_in_income", "Reduction in income or hours"),
                ("increase_in_housing_expenses", "Increase in housing expenses"),
                ("disaster", "Disaster (natural or man-made)"),
                ("disability_or_illness", "Disability or serious illness"),
                ("divorce_or_separation", "Divorce or legal separation"),
                ("separation_unmarried", "Separation of unmarried co-borrowers"),
                ("death", "Death of a borrower or wage earner"),
                ("relocation", "Distant job transfer or relocation"), ("other", "Other (attach an explanation)")]
QHL_INCOME = [("wages", "Wages, salary, overtime"), ("self_employment", "Self-employ-ment"),
              ("unemployment", "Unemploy-ment"), ("benefits_taxable", "Soc. Sec., pension, disability (taxable)"),
              ("benefits_nontaxable", "Non-taxable SS, SSI, VA"), ("rental", "Rental (net)"),
              ("investment", "Investment, insurance"), ("other", "Child support, alimony, other")]


def form_quillmark(app: App, servicer: dict, on_screen: bool, rng: random.Random) -> Doc:
    """Servicer form A (Quillmark Home Lending, QHL-210): a two-column table, labels in a narrow grey left
    column and answers typed in the right; income as a table with one row per household member."""
    s = Sheet("Mortgage Relief Request")
    ans_font, ans_size = "Courier-Bold", 10

    def header(sub):
        s.text(36, 50, "QUILLMARK", "LSerifB", 22)
        s.text(37, 63, "H O M E   L E N D I N G", "DV", 7.5, 0.25)
        s.text(W - 36, 46, "Mortgage Relief Request", "Helvetica-Bold", 15, 0, "r")
        s.text(W - 36, 60, f"Form QHL-210 (rev. 01/2035)  -  {sub}", "Helvetica", 8, 0.25, "r")
        s.line(36, 72, W - 36, 72, 1.5)

    x0, xl, x1 = 36, 176, W - 36

    def band(y, title):
        s.rect(x0, y, x1 - x0, 17, fill=0.25, stroke=0)
        s.text(x0 + 6, y + 12, title, "Helvetica-Bold", 9, 1.0)
        return y + 17

    def row(y, label, h=22, answer=None, sub=None):
        s.rect(x0, y, xl - x0, h, fill=0.82, stroke=0.5, stroke_gray=0.45)
        s.rect(xl, y, x1 - xl, h, stroke=0.5, stroke_gray=0.45)
        ly = y + 13 if not sub else y + 11
        for i, part in enumerate(label.split("\n")):
            s.text(x0 + 6, ly + i * 10, part, "Helvetica-Bold", 8)
        if sub:
            s.text(x0 + 6, ly + 10 * len(label.split("\n")), sub, "Helvetica", 6.5, 0.25)
        if answer:
            s.text(xl + 8, y + 15, answer, ans_font, ans_size)
        return y + h

    header("page 1")
    y = s.para(36, 90, f"Please answer every question that applies to you, sign on page 2 and return this request "
                       f"with your income and hardship papers to {servicer['name']}, Loss Mitigation, "
                       f"{servicer['address']}, or fax it to {servicer['fax']}.", W - 72, "Helvetica", 8.5) + 6
    y = band(y, "SECTION 1 - YOUR LOAN AND THE BORROWERS")
    y = row(y, "Loan number", answer=app.loan)
    y = row(y, "Borrower name", answer=app.borrower.name)
    y = row(y, "Borrower SSN", sub="last 4 digits only", h=26, answer=app.ssn4)
    y = row(y, "Co-borrower name", answer=app.co.name if app.co else None)
    y = row(y, "Co-borrower SSN", sub="last 4 digits only", h=26, answer=app.co_ssn4 if app.co else None)
    y = row(y, "Best phone number", answer=app.phone)
    y = row(y, "E-mail address", answer=app.email)
    y = band(y + 8, "SECTION 2 - THE PROPERTY")
    y = row(y, "Property street address", answer=app.address.street)
    y = row(y, "City, State, ZIP", answer=f"{app.address.city}, {app.address.state} {app.address.zip}")
    top = y
    y = row(y, "The property is", h=22)
    x = xl + 8
    for code, label in (("primary_residence", "My primary residence"), ("second_home", "A second home"),
                        ("investment_property", "An investment or rental property")):
        x = glyph(s, x, top + 15, app.occupancy == code)
        s.text(x, top + 15, label, "Helvetica", 9)
        x += s.width(label, "Helvetica", 9) + 14
    y = band(y + 8, "SECTION 3 - YOUR HARDSHIP")
    top = y
    y = row(y, "Reason(s) for your\nhardship", sub="mark all that apply", h=5 * 15 + 10)
    for i, (code, label) in enumerate(QHL_HARDSHIP):
        x = xl + 8 + (i % 2) * 200
        yy = top + 16 + (i // 2) * 15
        x = glyph(s, x, yy, code in app.hardships)
        s.text(x, yy, label, "Helvetica", 8.5)
    y = row(y, "Date the hardship\nbegan", h=26, answer=mdy(app.start) if app.start else None)
    top = y
    y = row(y, "The hardship is", h=22)
    x = xl + 8
    for code, label in (("short_term", "Short-term (6 months or less)"), ("long_term", "Long-term or permanent"),
                        ("resolved", "Resolved")):
        x = glyph(s, x, top + 15, app.duration == code)
        s.text(x, top + 15, label, "Helvetica", 9)
        x += s.width(label, "Helvetica", 9) + 14
    s.rect(x0, y + 14, x1 - x0, 40, stroke=0.5, stroke_gray=0.5)
    s.para(x0 + 6, y + 27, "Papers we need for your hardship: a letter from you for illness, disability or other "
                           "hardships; a divorce decree or quitclaim deed for a divorce; a death certificate or "
                           "obituary for a death; an offer or transfer letter for a relocation.", x1 - x0 - 12,
           "Helvetica-Oblique", 7.5, gray=0.2)
    footer_page(s, "QHL-210 Mortgage Relief Request", 1, 2)
    s.end_page()

    header("page 2")
    y = band(92, "SECTION 4 - MONTHLY INCOME BEFORE TAXES (ONE ROW PER HOUSEHOLD MEMBER)")
    cols = [x0, x0 + 70] + [x0 + 70 + i * 52 for i in range(1, 9)] + [x1]
    heads = ["Household\nmember"] + [label for _c, label in QHL_INCOME] + ["Total per\nmember"]

    def wrap(label, width):
        out, line = [], ""
        for word in label.replace("-", "- ").split():
            trial = (line + (" " if line and not line.endswith("-") else "") + word).strip()
            if s.width(trial, "Helvetica-Bold", 6.8) > width and line:
                out.append(line)
                line = word
            else:
                line = trial
        out.append(line)
        return out

    s.rect(x0, y, x1 - x0, 40, fill=0.82, stroke=0.5, stroke_gray=0.45)
    for i, head in enumerate(heads):
        lines = []
        for part in head.split("\n"):
            lines += wrap(part, cols[i + 1] - cols[i] - 6)
        for j, line in enumerate(lines[:4]):
            s.text(cols[i] + 3, y + 10 + j * 8, line, "Helvetica-Bold", 6.8)
    y += 40
    members = [("Borrower", "borrower")] + ([("Co-borrower", "co")] if app.co else []) + [("Other member", None)]
    for label, who in members:
        s.rect(x0, y, x1 - x0, 24, stroke=0.5, stroke_gray=0.45)
        s.text(x0 + 4, y + 15, label, "Helvetica-Bold", 8)
        tot = 0.0
        for i, (code, _l) in enumerate(QHL_INCOME):
            amt = app.income.get(code, {}).get(who, 0.0) if who else 0.0
            if amt:
                s.text(cols[i + 2] - 3, y + 15, money(amt), "Courier-Bold", 8.2, 0, "r")
                tot += amt
        if tot:
            s.text(cols[-1] - 3, y + 15, money(r2(tot)), "Courier-Bold", 8.2, 0, "r")
        y += 24
    s.rect(x0, y, x1 - x0, 24, fill=0.9, stroke=0.5, stroke_gray=0.45)
    s.text(x0 + 4, y + 15, "TOTAL", "Helvetica-Bold", 8)
    per = app.per_code()
    for i, (code, _l) in enumerate(QHL_INCOME):
        if code in per:
            s.text(cols[i + 2] - 3, y + 15, money(per[code]), "Courier-Bold", 8.2, 0, "r")
    s.text(cols[-1] - 3, y + 15, money(r2(sum(per.values()))), "Courier-Bold", 8.2, 0, "r")
    for x in cols[1:-1]:
        s.line(x, y - 24 * len(members) - 40, x, y + 24, 0.5, 0.45)
    y += 24
    s.text(x0, y + 14, "Send proof of each income: your most recent pay stub with year-to-date pay, award or "
                       "benefit letters, or your two most recent bank statements.", "Helvetica-Oblique", 7.5, 0.2)
    y = band(y + 30, "SECTION 5 - CERTIFICATION AND SIGNATURES")
    y = s.para(x0 + 4, y + 14, "By signing I certify that the information in this request is true and that the "
                                "hardship described contributed to my need for help. I agree to provide the "
                                "documents requested and I consent to a credit report and to being contacted about "
                                "this request at the numbers I gave. Knowingly false statements may violate federal "
                                "law.", x1 - x0 - 8, "Helvetica", 8.5) + 4
    sig_rows = [("Borrower signature", "sig_b", 34), ("Date signed", "date_b", 22)]
    if app.co:
        sig_rows += [("Co-borrower signature", "sig_c", 34), ("Date signed", "date_c", 22)]
    for label, what, h in sig_rows:
        top = y
        y = row(y, label, h=h)
        if what == "sig_b" and app.borrower_signs:
            pen_signature(s, xl + 14, top + 26, app.borrower, rng, 140, 15)
        if what == "sig_c" and app.co_signs:
            pen_signature(s, xl + 14, top + 26, app.co, rng, 140, 15)
        date = app.signed_on if what == "date_b" else app.co_signed_on if what == "date_c" else None
        if date:
            if on_screen:
                s.text(xl + 8, top + 15, mdy(date), ans_font, ans_size)
            else:
                pen_text(s, xl + 14, top + 16, mdy(date), rng, 11)
    s.text(x0, y + 20, f"{servicer['name']}  -  {servicer['address']}  -  fax {servicer['fax']}", "Helvetica", 7.5, 0.3)
    footer_page(s, "QHL-210 Mortgage Relief Request", 2, 2)
    s.end_page()
    printed = [app.loan, app.borrower.name, app.ssn4, app.address.street, money(sum(per.values()))]
    printed += [money(a) for a in per.values()]
    if app.start:
        printed.append(mdy(app.start))
    if on_screen and app.signed_on:
        printed.append(mdy(app.signed_on))
    return Doc("mortgage_assistance_application", s.bytes(), {}, app.signed_on, printed, {"app": app})


LHL_HARDSHIP = [("unemployment", "Job loss or unemployment"), ("reduction_in_income", "Lower pay or fewer hours"),
                ("increase_in_housing_expenses", "Higher housing costs (taxes, insurance, HOA)"),
                ("disaster", "Natural or man-made disaster"),
                ("disability_or_illness", "Illness or disability (you or a dependent)"),
                ("divorce_or_separation", "Divorce or legal separation"),
                ("separation_unmarried", "Separation (borrowers not married)"),
                ("death", "Death of a borrower or wage earner"), ("relocation", "Job transfer or move"),
                ("other", "Other (explain in a letter)")]
LHL_INCOME = [("wages", "Gross wages, salary, overtime (all borrowers)"), ("self_employment", "Self-employment income"),
              ("unemployment", "Unemployment benefits"),
              ("benefits_taxable", "Social Security, pension, disability (taxable)"),
              ("benefits_nontaxable", "Non-taxable benefits (SSI, VA)"), ("rental", "Rental income (net)"),
              ("investment", "Investment or insurance income"), ("other", "Other: child support, alimony")]


def form_larkspur(app: App, servicer: dict, on_screen: bool, rng: random.Random) -> Doc:
    """Servicer form B (Larkspur Home Loans, LHL-PA3): every answer typed in a box with a small caption
    BELOW it; yes/no and hardship options followed by circles; income in captioned boxes with a total."""
    s = Sheet("Application for Payment Assistance")

    def header():
        s.rect(0, 0, W, 40, fill=0.22, stroke=0)
        s.text(36, 26, "LARKSPUR HOME LOANS", "DVB", 14, 1.0)
        s.text(W - 36, 26, "Application for Payment Assistance", "DV", 12, 1.0, "r")

    def section(y, num, title):
        s.text(36, y, num, "DVB", 13, 0.35)
        s.text(56, y, title, "DVB", 11)
        s.line(36, y + 5, W - 36, y + 5, 0.8)
        return y + 18

    def box(x, y, w, caption, value=None, h=20, right=False, dollar=False):
        s.rect(x, y, w, h, stroke=0.7)
        s.text(x + 1, y + h + 8, caption, "DV", 6.5, 0.3)
        if dollar:
            s.text(x + 4, y + 14, "$", "DV", 9, 0.4)
        if value:
            if right:
                s.text(x + w - 5, y + 14, value, "Helvetica", 10, 0, "r")
            else:
                s.text(x + 5, y + 14, value, "Helvetica", 10)

    header()
    s.text(36, 58, "Form LHL-PA3  -  Type or print in the boxes. The caption under each box says what goes in it.",
           "DV", 7.5, 0.3)
    y = section(84, "1", "Your loan and the people on it")
    box(36, y, 200, "Loan number", app.loan)
    box(250, y, 150, "Daytime phone", app.phone)
    box(414, y, 162, "E-mail", app.email)
    y += 38
    box(36, y, 380, "Borrower - full name", app.borrower.name)
    box(430, y, 146, "Borrower - last 4 digits of SSN", app.ssn4)
    y += 38
    box(36, y, 380, "Co-borrower - full name (leave empty if none)", app.co.name if app.co else None)
    box(430, y, 146, "Co-borrower - last 4 digits of SSN", app.co_ssn4 if app.co else None)
    y += 46
    y = section(y, "2", "Your home")
    box(36, y, 540, "Property street address", app.address.street)
    y += 38
    box(36, y, 300, "City", app.address.city)
    box(350, y, 80, "State", app.address.state)
    box(444, y, 132, "ZIP code", app.address.zip)
    y += 44
    live = app.occupancy == "primary_residence"
    rented = app.occupancy == "investment_property"
    for question, yes in (("Do you live in the property?", live), ("Is it rented to someone else?", rented)):
        s.text(36, y, question, "DV", 9.5)
        x = 250
        for label, on in (("Yes", yes), ("No", not yes)):
            s.text(x, y, label, "DV", 9.5)
            glyph(s, x + s.width(label, "DV", 9.5) + 4, y, on, "circle", 10)
            x += 60
        y += 17
    y += 12
    y = section(y, "3", "What happened")
    s.text(36, y, "What caused your hardship? Mark all that apply.", "DV", 9.5)
    y += 18
    for i, (code, label) in enumerate(LHL_HARDSHIP):
        x = 36 + (i % 2) * 276
        yy = y + (i // 2) * 17
        s.text(x, yy, label, "DV", 8.8)
        lw = s.width(label, "DV", 8.8)
        s.text(x + lw + 3, yy, "." * max(2, int((250 - lw - 6) / s.width(".", "DV", 8.8))), "DV", 8.8, 0.55)
        glyph(s, x + 252, yy, code in app.hardships, "circle", 10)
    y += 5 * 17 + 8
    box(36, y, 160, "Date the hardship began (MM/DD/YYYY)", mdy(app.start) if app.start else None)
    s.text(214, y + 14, "Do you expect it to last more than 6 months?", "DV", 9)
    x = 440
    for label, on in (("Yes", app.duration == "long_term"), ("No", app.duration == "short_term")):
        s.text(x, y + 14, label, "DV", 9)
        glyph(s, x + s.width(label, "DV", 9) + 4, y + 14, on, "circle", 10)
        x += 56
    footer_page(s, "Larkspur Home Loans LHL-PA3", 1, 2)
    s.end_page()

    header()
    y = section(70, "4", "Household income per month (before taxes)")
    s.text(36, y, "Write each kind of income once for everyone on the loan. Leave a box empty if it does not apply.",
           "DV", 8, 0.3)
    y += 14
    per = app.per_code()
    for i, (code, label) in enumerate(LHL_INCOME):
        x = 36 + (i % 2) * 276
        yy = y + (i // 2) * 40
        box(x, yy, 264, label, money(per[code]) if code in per else None, right=True, dollar=True)
    y += 4 * 40
    box(312, y, 264, "TOTAL monthly income (add the boxes above)", money(r2(sum(per.values()))), right=True,
        dollar=True)
    y += 50
    y = section(y, "5", "Signatures")
    y = s.para(36, y, "I certify that everything in this application is true and that the hardship I described "
                      "is why I need help with my mortgage. I will send the papers Larkspur asks for, and I agree "
                      "that Larkspur may order a credit report and contact me about this application.",
               540, "DV", 8.5) + 10
    people = [(app.borrower, app.borrower_signs, app.signed_on, "Borrower")]
    if app.co:
        people.append((app.co, app.co_signs, app.co_signed_on, "Co-borrower"))
    for person, signs, date, role in people:
        box(36, y, 330, f"{role} signature", h=30)
        box(380, y, 196, "Date signed (MM/DD/YYYY)", h=30)
        if signs:
            pen_signature(s, 48, y + 23, person, rng, 150, 15)
        if date:
            if on_screen:
                s.text(386, y + 19, mdy(date), "Helvetica", 10)
            else:
                pen_text(s, 392, y + 21, mdy(date), rng, 11.5)
        y += 50
    y += 10
    s.para(36, y, f"Send this application with your papers to {servicer['name']}, {servicer['address']}, "
                  f"fax {servicer['fax']}.", 540, "DV", 8, gray=0.3)
    footer_page(s, "Larkspur Home Loans LHL-PA3", 2, 2)
    s.end_page()
    printed = [app.loan, app.borrower.name, app.ssn4, app.address.street, money(sum(per.values()))]
    printed += [money(a) for a in per.values()]
    if app.start:
        printed.append(mdy(app.start))
    if on_screen and app.signed_on:
        printed.append(mdy(app.signed_on))
    return Doc("mortgage_assistance_application", s.bytes(), {}, app.signed_on, printed, {"app": app})


# ---------------------------------------------------------------------------------------------------- packets

STATE_NAMES = {"OH": "OHIO", "PA": "PENNSYLVANIA", "NC": "NORTH CAROLINA", "WI": "WISCONSIN", "OR": "OREGON",
               "MN": "MINNESOTA", "MO": "MISSOURI", "MI": "MICHIGAN", "IN": "INDIANA", "KY": "KENTUCKY"}
QUILLMARK = {"name": "Quillmark Home Lending", "address": "P.O. Box 4417, Granby Station, OH 43230",
             "fax": "(555) 014-2290", "phone": "(555) 014-2200"}
LARKSPUR = {"name": "Larkspur Home Loans", "address": "1200 Meridian Parkway, Suite 300, Carrow, TX 75061",
            "fax": "(555) 019-3344", "phone": "(555) 019-3300"}
BELLHAVEN = {"name": "Bellhaven Mortgage Servicing", "address": "88 Commerce Row, Dalby, IA 50266",
             "fax": "(555) 017-6690", "phone": "(555) 017-6600", "street": "88 Commerce Row", "city": "Dalby",
             "state": "IA", "zip": "50266"}
GRANITE = {"name": "Granite Falls Community Bank", "tagline": "Your hometown bank since 1911",
           "phone": "(555) 012-8800", "address": "40 Depot Street, Granite Falls"}
TIDEWATER = {"name": "Tidewater Mutual Savings", "tagline": "A mutual savings bank owned by its depositors",
             "phone": "(555) 018-2525", "address": "300 Harbor Road, Orrin Bay"}


@dataclass
class FileSpec:
    path: str
    parts: list              # Doc, or ("separator" | "cover", pdf bytes)
    scan: Scan | None = None


@dataclass
class Packet:
    name: str
    loan: str
    received: dt.date
    app: App | None
    files: list
    intended: list
    story: str = ""


def phone(rng):
    return f"(555) 01{rng.randint(0, 9)}-{rng.randint(1000, 9999)}"


def email(p: Person, rng):
    return f"{p.first[0].lower()}{p.last.lower()}{rng.randint(1, 99)}@mail.example"


def ssn4(rng):
    return f"{rng.randint(0, 9999):04d}"


def payroll_deposits(checks, label):
    def credits(a, b):
        return [(c.pay_date, label, c.net) for c in checks if a <= c.pay_date <= b]
    return credits


def packet_ad1(names: Names, seed: int) -> Packet:
    rng = random.Random(f"ad-{seed}-ad1")
    received = dt.date(2035, 4, 11)
    b, _ = names.household(rng, True, False)
    addr = names.address(rng)
    loan = loan_number(rng)
    emp = {"name": "Pinecrest Dental Group", "address": "77 Orchard Plaza, Suite 2, Brandywell, WI 53150",
           "processor": "ClearLedger Payroll Services", "acct": f"{rng.randint(1000, 9999)}"}
    salary = r2(rng.randint(2050, 3300) + rng.choice([0, 0.5, 0.25]))
    checks = pay_history("semimonthly", rng, received - dt.timedelta(days=rng.randint(6, 9)), salary=salary,
                         deductions={"Dental / Medical": 86.40})
    app = App(loan, b, None, ssn4(rng), None, addr, phone(rng), email(b, rng), "primary_residence",
              ["reduction_in_income"], dt.date(2034, 11, rng.randint(1, 28)), "long_term",
              {"wages": {"borrower": r2(salary * 2)}}, received - dt.timedelta(days=rng.randint(2, 5)), None)
    eid = f"E{rng.randint(10000, 99999)}"
    stubs = [stub_sidebar(c, "semimonthly", emp, b, addr, eid) for c in checks[-2:]]
    letter = hardship_letter([b], addr, loan, BELLHAVEN, app.signed_on, [
        "In November my practice cut my weekly schedule from five days to four after two of our dentists "
        "retired, and my salary was reduced to match. I have kept paying what I can, but I fell behind on my "
        "mortgage in January.",
        "I want to keep my home. I am asking for a modification or any plan that lowers my payment to an "
        "amount I can manage on my current salary."], False, rng)
    files = [FileSpec(f"{loan}/Mortgage Assistance Application.pdf", [form710(app, True, rng)]),
             FileSpec(f"{loan}/paystub {stubs[0].date.strftime('%m-%d')}.pdf", [stubs[0]]),
             FileSpec(f"{loan}/paystub {stubs[1].date.strftime('%m-%d')}.pdf", [stubs[1]]),
             FileSpec(f"{loan}/hardship letter.pdf", [letter])]
    return Packet("ad1", loan, received, app, files, [])


def packet_ad2(names: Names, seed: int) -> Packet:
    rng = random.Random(f"ad-{seed}-ad2")
    received = dt.date(2035, 5, 16)
    b, co = names.household(rng, False, True)
    addr = names.address(rng)
    loan = loan_number(rng)
    emp = {"name": "Saddle Creek School District", "address": "410 Academy Street, Saddle Creek, NC 27540",
           "acct": f"{rng.randint(1000, 9999)}"}
    salary = r2(rng.randint(1450, 2100) + 0.77)
    checks = pay_history("biweekly", rng, received - dt.timedelta(days=rng.randint(5, 10)), salary=salary,
                         state_rate=0.0475, deductions={"Health Insurance": 112.35, "Retirement 6%": r2(salary * 0.06)})
    business = f"{b.last} Lawn & Landscape"
    se_month = r2(rng.randint(3200, 4600))

    def credits(a, bb):
        out = payroll_deposits(checks, "DIRECT DEP SADDLE CREEK SD PAYROLL")(a, bb)
        parts = [rng.uniform(0.15, 0.35) for _ in range(4)]
        total = sum(parts)
        for i, p in enumerate(parts):
            out.append((a.replace(day=3 + i * 7), f"MOBILE DEPOSIT {business.upper()[:22]}",
                        r2(se_month * 1.25 * p / total)))
        return out

    acct = f"{rng.randint(1000, 9999)}"
    months = bank_months(rng, dt.date(2035, 3, 1), 2, credits, r2(rng.uniform(900, 2400)))
    statements = [statement_community(m, GRANITE, [b, co], addr, acct) for m in months]
    app = App(loan, b, co, ssn4(rng), ssn4(rng), addr, phone(rng), email(b, rng), "primary_residence",
              ["reduction_in_income"], dt.date(2034, 10, rng.randint(1, 28)), "short_term",
              {"self_employment": {"borrower": se_month}, "wages": {"co": r2(salary * 26 / 12)}},
              received - dt.timedelta(days=4), received - dt.timedelta(days=4))
    stub = stub_ledgers(checks[-1], "biweekly", emp, co, f"{rng.randint(20000, 49999)}", "Food Services")
    letter = hardship_letter([b, co], addr, loan, LARKSPUR, app.signed_on, [
        f"I run a small lawn care business, {business}. Last fall two of my largest commercial accounts ended "
        "their contracts and my income dropped by about a third. My wife works in food services for the school "
        "district and her pay has not changed.",
        "We have fallen two payments behind. New customers are signing up for the season and we expect our "
        "income to recover by the end of summer. We ask for a forbearance or a repayment plan."], False, rng)
    files = [FileSpec(f"{loan}_application.pdf", [form_larkspur(app, LARKSPUR, True, rng)]),
             FileSpec(f"{loan}_bank_statement_march.pdf", [statements[0]]),
             FileSpec(f"{loan}_bank_statement_april.pdf", [statements[1]]),
             FileSpec(f"{loan}_paystub.pdf", [stub]),
             FileSpec(f"{loan}_hardship_letter.pdf", [letter])]
    return Packet("ad2", loan, received, app, files, ["irs_form_4506c"])


def packet_ad3(names: Names, seed: int) -> Packet:
    rng = random.Random(f"ad-{seed}-ad3")
    received = dt.date(2035, 6, 13)
    b, co = names.household(rng, False, True)
    addr = names.address(rng)
    loan = loan_number(rng)
    emp = {"name": "Dunmore Feed & Supply", "address": "1502 County Road 9, Dunmore Springs, KY 40312"}
    rate = r2(rng.choice([17.25, 18.5, 19.75, 21.0]))
    checks = pay_history("weekly", rng, received - dt.timedelta(days=rng.randint(5, 9)), rate=rate, state_rate=0.04)
    ss = r2(rng.randint(1100, 1900) + rng.choice([0, 0.4, 0.9]))
    app = App(loan, b, co, ssn4(rng), ssn4(rng), addr, phone(rng), email(b, rng), "primary_residence",
              ["disability_or_illness", "reduction_in_income"], dt.date(2035, 1, rng.randint(2, 28)), "long_term",
              {"wages": {"borrower": r2(rate * 36 * 52 / 12)}, "benefits_taxable": {"co": ss}},
              received - dt.timedelta(days=6), received - dt.timedelta(days=6))
    slip0 = rng.randint(1100, 1900)
    stubs = [stub_slip(c, "weekly", emp, b, slip0 + i) for i, c in enumerate(checks[-2:])]
    ssa = ssa_letter(co, addr, received - dt.timedelta(days=rng.randint(20, 50)), app.co_ssn4, "retirement", ss,
                     dt.date(2033, 3, 1))
    letter = hardship_letter([b, co], addr, loan, QUILLMARK, app.signed_on, [
        "In January I was diagnosed with a heart condition and spent two weeks in the hospital. Since I went "
        "back to work my doctor has limited me to light duty and fewer hours, so my weekly pay is lower than it "
        "was.",
        "My wife's Social Security is steady, but together we cannot keep up with the full mortgage payment. "
        "We would like to stay in our home and ask to be considered for a loan modification."], True, rng)
    app_doc = form_quillmark(app, QUILLMARK, False, rng)
    files = [FileSpec(f"Scan_{received.strftime('%Y%m%d')}_{loan}.pdf", [app_doc, *stubs, ssa, letter],
                      Scan(240))]
    return Packet("ad3", loan, received, app, files, [])


def packet_ad4(names: Names, seed: int) -> Packet:
    rng = random.Random(f"ad-{seed}-ad4")
    received = dt.date(2035, 3, 20)
    b, co = names.household(rng, True, True)
    addr = names.address(rng)
    loan = loan_number(rng)
    emp = {"name": "Kestrel Point Regional Hospital", "address": "2200 Lakeshore Avenue, Kestrel Point, IN 46360",
           "processor": "Meridian Payroll Partners", "acct": f"{rng.randint(1000, 9999)}"}
    salary = r2(rng.randint(1900, 2700) + 0.46)
    checks = pay_history("biweekly", rng, received - dt.timedelta(days=rng.randint(5, 9)), salary=salary,
                         state_rate=0.0323, deductions={"Medical PPO": 141.12})
    rent = float(rng.choice([850, 900, 975, 1050]))
    acct = f"{rng.randint(1000, 9999)}"

    def credits(a, bb):
        out = payroll_deposits(checks, "PAYROLL DEPOSIT KESTREL PT REG HOSP")(a, bb)
        out.append((a.replace(day=rng.randint(1, 4)), "MOBILE CHECK DEPOSIT - RENT", rent))
        return out

    months = bank_months(rng, dt.date(2035, 1, 1), 2, credits, r2(rng.uniform(1200, 3000)))
    statements = [statement_savings_bank(m, TIDEWATER, [b, co], addr, acct) for m in months]
    app = App(loan, b, co, ssn4(rng), ssn4(rng), addr, phone(rng), email(b, rng), "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2034, 12, rng.randint(1, 28)), "long_term",
              {"wages": {"borrower": r2(salary * 26 / 12)}, "rental": {"borrower": r2(rent - 125)}},
              received - dt.timedelta(days=8), received - dt.timedelta(days=7))
    stub = stub_sidebar(checks[-1], "biweekly", emp, b, addr, f"{rng.randint(100000, 999999)}")
    f4506 = form4506c(b, f"9{rng.randint(10, 99)}-{rng.randint(10, 99)}-{app.ssn4}", addr, BELLHAVEN,
                      received - dt.timedelta(days=8), rng)
    files = [FileSpec(f"MAILROOM_{received.strftime('%Y%m%d')}_{rng.randint(10, 99):04d}.pdf",
                      [("separator", separator_sheet(loan)), form710(app, False, rng), stub, *statements, f4506],
                      Scan(300))]
    return Packet("ad4", loan, received, app, files, [])


def packet_ad5(names: Names, seed: int) -> Packet:
    rng = random.Random(f"ad-{seed}-ad5")
    received = dt.date(2035, 7, 24)
    b, _ = names.household(rng, True, False)
    addr = names.address(rng)
    loan = loan_number(rng)
    weekly = float(rng.choice([412, 447, 486, 503, 538]))
    support = float(rng.choice([520, 575, 610, 650, 700]))
    app = App(loan, b, None, ssn4(rng), None, addr, phone(rng), email(b, rng), "primary_residence",
              ["unemployment"], None, "short_term",
              {"unemployment": {"borrower": r2(weekly * 52 / 12)}, "other": {"borrower": support}},
              received - dt.timedelta(days=3), None)
    claim = dt.date(2035, 5, rng.randint(4, 20))
    ui = ui_letter(b, addr, claim + dt.timedelta(days=9), weekly, claim, STATE_NAMES[addr.state])
    cs = child_support_letter(b, addr, received - dt.timedelta(days=rng.randint(12, 30)), support,
                              f"{rng.randint(1000000, 9999999)}", addr.city.split()[0])
    letter = hardship_letter([b], addr, loan, QUILLMARK, app.signed_on, [
        f"I was laid off from my job as an office manager in {calendar.month_name[claim.month]} when the "
        "company closed its local branch. I am receiving unemployment benefits and child support for my two "
        "children while I look for work.",
        "I am asking for a forbearance for a few months until I find a new position. I want to keep my home "
        "for my children."], False, rng)
    files = [FileSpec(f"{loan}/relief_request.pdf", [form_quillmark(app, QUILLMARK, True, rng)]),
             FileSpec(f"{loan}/UI_determination.pdf", [ui]),
             FileSpec(f"{loan}/child_support_statement.pdf", [cs]),
             FileSpec(f"{loan}/letter.pdf", [letter])]
    return Packet("ad5", loan, received, app, files, ["application_field:hardship_start_date"])


def packet_ad6(names: Names, seed: int) -> Packet:
    rng = random.Random(f"ad-{seed}-ad6")
    received = dt.date(2035, 8, 15)
    b, _ = names.household(rng, False, False)
    addr = names.address(rng)
    loan = loan_number(rng)
    emp = {"name": "Northcott Freight Terminals", "address": "9 Railyard Way, Fenwick, MO 63101",
           "acct": f"{rng.randint(1000, 9999)}"}
    rate = r2(rng.choice([22.4, 23.85, 25.1, 26.3]))
    checks = pay_history("biweekly", rng, received - dt.timedelta(days=rng.randint(5, 9)), rate=rate,
                         state_rate=0.048, deductions={"Union Dues": 38.0})
    va = r2(rng.choice([1075.16, 1361.88, 1716.28, 2241.91]))
    app = App(loan, b, None, ssn4(rng), None, addr, phone(rng), email(b, rng), "primary_residence",
              ["reduction_in_income"], dt.date(2035, 3, rng.randint(1, 28)), "short_term",
              {"wages": {"borrower": r2(rate * 72 * 26 / 12)}, "benefits_nontaxable": {"borrower": va}},
              None, None)
    stubs = [stub_ledgers(c, "biweekly", emp, b, f"{rng.randint(1000, 8999)}", "Dock Operations")
             for c in checks[-2:]]
    val = va_letter(b, addr, received - dt.timedelta(days=rng.randint(15, 45)), va, rng.choice([50, 60, 70]),
                    dt.date(2034, 12, 1))
    sent = received - dt.timedelta(days=1)
    letter = hardship_letter([b], addr, loan, LARKSPUR, sent - dt.timedelta(days=2), [
        "In March the terminal where I work lost a major shipping contract and cut overtime and most weekend "
        "shifts. My regular hours were also reduced, so my pay is several hundred dollars lower each month.",
        "My VA compensation continues, but it is not enough to cover the difference. I would like to be "
        "reviewed for any program that can bring my payment down."], True, rng)
    parts = [form_larkspur(app, LARKSPUR, False, rng), *stubs, val, letter]
    pages = 1 + sum(len(PdfReader(io.BytesIO(p.pdf)).pages) for p in parts)
    cover = fax_cover([b], app.phone, LARKSPUR, loan, pages, sent, "ShipRight 2217")
    header = f"{sent.strftime('%b %d %Y').upper()} 16:{rng.randint(10, 59)}  FROM: SHIPRIGHT 2217 555-0148"
    files = [FileSpec(f"FAX_{sent.strftime('%m%d')}_{rng.randint(100000, 999999)}.pdf",
                      [("cover", cover), *parts], Scan(200, True, header))]
    return Packet("ad6", loan, received, app, files, ["application_signature"])


def packet_ad7(names: Names, seed: int) -> Packet:
    rng = random.Random(f"ad-{seed}-ad7")
    received = dt.date(2035, 9, 12)
    b, husband = names.household(rng, True, True)
    addr = names.address(rng)
    loan = loan_number(rng)
    ss = r2(rng.randint(1300, 2100) + 0.0)
    pension = r2(rng.randint(600, 1400) + rng.choice([0.18, 0.5, 0.84]))
    died = dt.date(2035, 6, rng.randint(2, 26))
    app = App(loan, b, None, ssn4(rng), None, addr, phone(rng), email(b, rng), "primary_residence",
              ["death"], died, "long_term", {"benefits_taxable": {"borrower": r2(ss + pension)}},
              received - dt.timedelta(days=5), None)
    fund = {"name": "Tri-County Machinists Pension Fund", "address": "600 Union Hall Drive, Orrin Bay, MI 49710"}
    ssa = ssa_letter(b, addr, received - dt.timedelta(days=rng.randint(14, 30)), app.ssn4, "survivors", ss,
                     add_months(died, 1))
    pen = pension_letter(b, addr, received - dt.timedelta(days=rng.randint(20, 40)), pension, fund,
                         f"TCM-{rng.randint(10000, 99999)}")
    obit = obituary(husband, b, died, f"The {addr.city.split()[0]} Courier", addr.city, rng)
    letter = hardship_letter([b], addr, loan, QUILLMARK, app.signed_on, [
        f"My husband {husband.first} passed away on {long_date(died)}. His wages paid most of our bills, and "
        "since his death my income is his survivor pension and my Social Security survivors benefit.",
        "I have lived in this house for thirty years and want to stay. I am asking for a modification so that "
        "the payment fits what I now receive each month."], True, rng)
    sur = b.last
    files = [FileSpec(f"{sur} {loan} application.pdf", [form_quillmark(app, QUILLMARK, False, rng)], Scan(200)),
             FileSpec(f"{sur} {loan} social security.pdf", [ssa], Scan(300)),
             FileSpec(f"{sur} {loan} pension.pdf", [pen], Scan(300)),
             FileSpec(f"{sur} {loan} obituary.pdf", [obit], Scan(200)),
             FileSpec(f"{sur} {loan} letter.pdf", [letter], Scan(200))]
    return Packet("ad7", loan, received, app, files, [])


def packet_ad8(names: Names, seed: int) -> Packet:
    rng = random.Random(f"ad-{seed}-ad8")
    received = dt.date(2035, 10, 17)
    b, co = names.household(rng, True, True)
    addr = names.address(rng)
    loan = loan_number(rng)
    emp_b = {"name": "Orrin Bay Credit Bureau", "address": "18 Wharf Street, Orrin Bay, MI 49710",
             "processor": "ClearLedger Payroll Services", "acct": f"{rng.randint(1000, 9999)}"}
    emp_c = {"name": "Fenwick Hardware & Lumber", "address": "255 Mill Road, Fenwick, MO 63101"}
    salary = r2(rng.randint(1700, 2500) + 0.0)
    rate = r2(rng.choice([16.4, 17.9, 19.15]))
    until = received - dt.timedelta(days=rng.randint(5, 9))
    cb = pay_history("semimonthly", rng, until, salary=salary, deductions={"Medical": 94.5})
    cc = pay_history("weekly", rng, until, rate=rate, state_rate=0.0425)
    app = App(loan, b, co, ssn4(rng), ssn4(rng), addr, phone(rng), email(b, rng), "primary_residence",
              ["disability_or_illness", "reduction_in_income"], dt.date(2035, 6, rng.randint(1, 28)), "long_term",
              {"wages": {"borrower": r2(salary * 2), "co": r2(rate * 30 * 52 / 12)}},
              received - dt.timedelta(days=3), received - dt.timedelta(days=3))
    stubs_b = [stub_sidebar(c, "semimonthly", emp_b, b, addr, f"OB{rng.randint(1000, 9999)}") for c in cb[-2:]]
    slip0 = rng.randint(4000, 6000)
    stubs_c = [stub_slip(c, "weekly", emp_c, co, slip0 + i) for i, c in enumerate(cc[-2:])]
    files = [FileSpec(f"{loan}/LHL-PA3 application.pdf", [form_larkspur(app, LARKSPUR, True, rng)])]
    for st in stubs_b + stubs_c:
        who = b if st in stubs_b else co
        files.append(FileSpec(f"{loan}/{who.first} paystub {st.date.isoformat()}.pdf", [st]))
    return Packet("ad8", loan, received, app, files, ["hardship_doc:disability_or_illness"])


BUILDERS = [packet_ad1, packet_ad2, packet_ad3, packet_ad4, packet_ad5, packet_ad6, packet_ad7, packet_ad8]


# ---------------------------------------------------------------------------------------------------- assembly

APP_KEYS = ["loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"]
FIELD_KEYS = {
    "mortgage_assistance_application": [], "obituary": [], "hardship_letter": ["letter_date"],
    "pay_stub": ["employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"],
    "bank_statement": ["bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"],
    "benefit_award_letter": ["letter_date", "monthly_amount", "benefit_type"],
    "unemployment_benefit_letter": ["letter_date", "benefit_type"],
    "irs_form_4506c": ["signed", "signed_on"]}


@dataclass
class Built:
    files: dict            # relative path -> bytes
    expected: dict
    placed: list           # (Doc, path, [pages], scanned)
    extra_pages: dict      # path -> {page: "separator" | "cover"}


def part_pdf(part) -> bytes:
    return part[1] if isinstance(part, tuple) else part.pdf


def build_packet(p: Packet, seed: int) -> Built:
    rng = random.Random(f"ad-{seed}-{p.name}-scanner")
    files, placed, extra = {}, [], {}
    for f in p.files:
        page = 0
        extra[f.path] = {}
        if f.scan is None:
            data = f.parts[0].pdf if len(f.parts) == 1 else concat([part_pdf(x) for x in f.parts])
        else:
            rendered = [render_pages(part_pdf(x), f.scan.dpi) for x in f.parts]
            total = sum(len(r) for r in rendered)
            images = []
            for imgs in rendered:
                for img in imgs:
                    images.append(age_image(img, f.scan, rng, len(images) + 1, total))
            data = images_pdf(images, f.scan.dpi, f.scan.fax)
        for part in f.parts:
            n = len(PdfReader(io.BytesIO(part_pdf(part))).pages)
            pages = list(range(page + 1, page + n + 1))
            page += n
            if isinstance(part, tuple):
                for q in pages:
                    extra[f.path][q] = part[0]
            else:
                placed.append((part, f.path, pages, f.scan is not None))
        files[f.path] = data
    ordered = sorted(placed, key=lambda x: x[0].type != "mortgage_assistance_application")
    documents = []
    for i, (doc, path, pages, scanned) in enumerate(ordered):
        documents.append({"id": f"D{i + 1:02d}", "type": doc.type, "scanned": scanned,
                          "pages": [{"file": path, "page": q} for q in pages], "fields": dict(doc.fields)})
    exp = {"loan_number": p.loan, "received_on": p.received.isoformat(), "status": "complete",
           "missing": [], "application": p.app.expected() if p.app else None, "documents": documents}
    exp["missing"] = missing_codes(exp)
    exp["status"] = "incomplete" if exp["missing"] else "complete"
    return Built(files, exp, ordered, extra)


def build_all(seed: int) -> dict:
    names = Names(seed)
    out = {}
    for builder in BUILDERS:
        packet = builder(names, seed)
        out[packet.name] = (packet, build_packet(packet, seed))
    return out


def expected_bytes(exp: dict) -> bytes:
    return (json.dumps(exp, indent=1) + "\n").encode()


def build(out: Path, seed: int) -> dict:
    built = build_all(seed)
    for name, (_packet, b) in built.items():
        for rel, data in b.files.items():
            path = out / name / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (out / name / "expected.json").write_bytes(expected_bytes(b.expected))
    return built


# ---------------------------------------------------------------------------------------------------- checklist


def iso(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def doc_date(d: dict) -> dt.date | None:
    f = d["fields"]
    return iso(f.get("pay_date") or f.get("period_end") or f.get("letter_date") or f.get("signed_on"))


def missing_codes(exp: dict, fresh_days: int = 90) -> list[str]:
    """shared/spec/checklist.md, written here from the spec's words."""
    app, docs = exp["application"], exp["documents"]
    evaluated = iso(exp["received_on"])
    if app is None:
        return ["application"]
    codes = []
    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        codes.append("application_signature")
    for name in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                 "hardship_start_date"):
        if not app[name]:
            codes.append(f"application_field:{name}")
    claimed = [k for k, v in app["income"].items() if k != "total" and v > 0]
    if not claimed:
        codes.append("application_field:income")

    def fresh(d):
        date = doc_date(d)
        return date is not None and (evaluated - date).days <= fresh_days

    def of(t):
        return [d for d in docs if d["type"] == t]

    stmts = of("bank_statement")
    two_bank = any(new["fields"]["account_last4"] == old["fields"]["account_last4"] and fresh(new)
                   and iso(new["fields"]["period_start"]) == iso(old["fields"]["period_end"]) + dt.timedelta(days=1)
                   for new in stmts for old in stmts)
    letters = of("benefit_award_letter")
    for code in claimed:
        if code == "unemployment":
            continue
        if code == "wages":
            ok = two_bank or any(fresh(d) and d["fields"]["gross_ytd"] is not None for d in of("pay_stub"))
        elif code == "self_employment":
            ok = two_bank or any(fresh(d) and d["fields"].get("signed") for d in of("profit_and_loss_statement")) \
                or any(fresh(d) for d in of("tax_return"))
        elif code in ("benefits_taxable", "benefits_nontaxable", "other"):
            ok = two_bank or any(fresh(d) and d["fields"]["benefit_type"] == code for d in letters)
        elif code == "rental":
            ok = two_bank or len([d for d in of("rent_check") if fresh(d)]) >= 2
        else:
            ok = two_bank or len([d for d in of("investment_statement") if fresh(d)]) >= 2
        if not ok:
            codes.append(f"income_doc:{code}")
    needs = {"disability_or_illness": ("hardship_letter", "medical_statement"),
             "divorce_or_separation": ("divorce_decree", "quitclaim_deed"),
             "separation_unmarried": ("quitclaim_deed",), "death": ("death_certificate", "obituary"),
             "relocation": ("military_pcs_orders", "employer_relocation_letter"), "other": ("hardship_letter",)}
    for h in app["hardship_types"] or []:
        if h in needs and not any(d["type"] in needs[h] for d in docs):
            codes.append(f"hardship_doc:{h}")
    if {"self_employment", "rental"} & set(claimed) and not any(d["fields"].get("signed")
                                                                 for d in of("irs_form_4506c")):
        codes.append("irs_form_4506c")
    return codes


# ---------------------------------------------------------------------------------------------------- check


def squash(text: str) -> str:
    return " ".join(text.split())


def as_case(exp: dict) -> dict:
    wrap = lambda v: {"value": v, "confidence": 1.0}  # noqa: E731
    app = None
    if exp["application"] is not None:
        app = {k: wrap(v) for k, v in exp["application"].items() if k != "income"}
        app["income"] = {k: wrap(v) for k, v in exp["application"]["income"].items()}
    return {"status": exp["status"], "missing": [{"code": c, "description": c} for c in exp["missing"]],
            "application": app,
            "documents": [{"id": d["id"], "type": d["type"], "pages": d["pages"],
                           "fields": {k: wrap(v) for k, v in d["fields"].items()}} for d in exp["documents"]]}


def check(out: Path, seed: int, built: dict | None = None) -> list[str]:
    problems = []
    bad = problems.append
    again = build_all(seed)
    built = built or again
    for name in PACKETS:
        packet, b = built[name]
        _p2, b2 = again[name]
        exp_path = out / name / "expected.json"
        disk = json.loads(exp_path.read_text())
        if exp_path.read_bytes() != expected_bytes(b2.expected):
            bad(f"{name}: expected.json differs on rebuild")
        for rel, data in b2.files.items():
            path = out / name / "inbox" / rel
            if not path.is_file() or path.read_bytes() != data:
                bad(f"{name}: {rel} differs on rebuild")
        on_disk = sorted(str(q.relative_to(out / name / "inbox")) for q in (out / name / "inbox").rglob("*")
                         if q.is_file())
        if on_disk != sorted(b2.files):
            bad(f"{name}: inbox holds {on_disk}")
        exp = disk
        if list(exp) != ["loan_number", "received_on", "status", "missing", "application", "documents"]:
            bad(f"{name}: top-level keys {list(exp)}")
        if exp["application"] is not None and list(exp["application"]) != APP_KEYS:
            bad(f"{name}: application keys {list(exp['application'])}")
        for d in exp["documents"]:
            if list(d) != ["id", "type", "scanned", "pages", "fields"]:
                bad(f"{name}: document keys {list(d)}")
            if list(d["fields"]) != FIELD_KEYS[d["type"]]:
                bad(f"{name}: {d['id']} {d['type']} fields {list(d['fields'])}")
        if (exp["status"] == "complete") != (not exp["missing"]):
            bad(f"{name}: status {exp['status']} with missing {exp['missing']}")
        if sorted(missing_codes(exp)) != sorted(exp["missing"]) or sorted(exp["missing"]) != sorted(packet.intended):
            bad(f"{name}: codes {exp['missing']} vs checklist {missing_codes(exp)} vs intended {packet.intended}")
        inc = exp["application"]["income"]
        if cents(sum(v for k, v in inc.items() if k != "total")) != cents(inc["total"]) or any(
                v <= 0 for v in inc.values()):
            bad(f"{name}: income lines do not add to total {inc}")
        if re.search(r"\b\d{3}-?\d{2}-?\d{4}\b", json.dumps(exp)):
            bad(f"{name}: a full SSN in expected.json")
        if exp["loan_number"] != packet.loan or exp["application"]["loan_number"] != packet.loan:
            bad(f"{name}: loan number")
        # documents' own arithmetic
        for doc, _path, _pages, _sc in b.placed:
            f = doc.fields
            if doc.type == "pay_stub":
                length = (iso(f["period_end"]) - iso(f["period_start"])).days + 1
                want = {"weekly": {7}, "biweekly": {14}, "semimonthly": {13, 14, 15, 16}, "monthly": {28, 29, 30, 31}}
                if length not in want[f["frequency"]] or iso(f["pay_date"]) < iso(f["period_end"]):
                    bad(f"{name}: stub period {f}")
                if cents(f["monthly_gross"]) != cents(f["gross_current"] * PERIODS[f["frequency"]] / 12):
                    bad(f"{name}: monthly gross {f}")
                pay = iso(f["pay_date"])
                ytd = sum(g for d, g in doc.meta["history"] if d.year == pay.year and d <= pay)
                if cents(ytd) != cents(f["gross_ytd"]):
                    bad(f"{name}: ytd {f['gross_ytd']} != sum of checks {ytd}")
            if doc.type == "bank_statement":
                run = f["beginning_balance"]
                for _d, _t, amount in doc.meta["rows"]:
                    run = r2(run + amount)
                    if run < 0:
                        bad(f"{name}: statement overdrawn")
                if cents(run) != cents(f["ending_balance"]):
                    bad(f"{name}: statement does not add up")
        stmts = [d for d in exp["documents"] if d["type"] == "bank_statement"]
        for d in stmts:
            nxt = [e for e in stmts
                   if iso(e["fields"]["period_start"]) == iso(d["fields"]["period_end"]) + dt.timedelta(days=1)]
            for e in nxt:
                if cents(e["fields"]["beginning_balance"]) != cents(d["fields"]["ending_balance"]):
                    bad(f"{name}: statements do not chain")
        # pages: every page of every file belongs to exactly one document (cover and separator aside)
        readers = {rel: PdfReader(io.BytesIO(data)) for rel, data in b.files.items()}
        seen = {}
        for d in exp["documents"]:
            for pg in d["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    bad(f"{name}: page {key} in two documents")
                seen[key] = d
        for rel, reader in readers.items():
            for q in range(1, len(reader.pages) + 1):
                inside = (rel, q) in seen
                aside = q in b.extra_pages.get(rel, {})
                if inside == aside:
                    bad(f"{name}: {rel} page {q} belongs to {'both a document and a cover' if inside else 'nothing'}")
        for d in exp["documents"]:
            for pg in d["pages"]:
                if pg["page"] > len(readers[pg["file"]].pages):
                    bad(f"{name}: {pg} beyond the file")
        # scanned against text layers; born-digital pages print their key values
        for (doc, rel, pages, scanned), d in zip(b.placed, exp["documents"], strict=False):
            texts = [readers[rel].pages[q - 1].extract_text() or "" for q in pages]
            if d["scanned"] != scanned:
                bad(f"{name}: scanned flag")
            if scanned and any(t.strip() for t in texts):
                bad(f"{name}: scanned {d['id']} has a text layer")
            if not scanned:
                if not all(t.strip() for t in texts):
                    bad(f"{name}: born-digital {d['id']} page without text")
                whole = squash(" ".join(texts))
                for want in doc.printed:
                    if squash(want) not in whole:
                        bad(f"{name}: {d['id']} {d['type']} does not print {want!r}")
                if doc.form_fields:
                    got = {k: (v.get("/V") if isinstance(v, dict) else None)
                           for k, v in (readers[rel].get_fields() or {}).items()}
                    for k, v in doc.form_fields.items():
                        if str(got.get(k)) != v:
                            bad(f"{name}: Form 710 field {k} = {got.get(k)!r}, want {v!r}")
        # separator barcodes still read after scanning
        for rel, pages in b.extra_pages.items():
            for q, kind in pages.items():
                if kind != "separator":
                    continue
                img = pdfium.PdfDocument(b.files[rel])[q - 1].render(scale=200 / 72, grayscale=True).to_pil()
                texts = [r.text for r in zxingcpp.read_barcodes(img)]
                if f"LOAN {packet.loan}" not in texts:
                    bad(f"{name}: separator reads {texts}")
        # expected scores perfectly against itself
        result = sample_compare.compare(exp, as_case(exp))
        if result.wrong():
            bad(f"{name}: self-comparison fails {[c.label for c in result.wrong()]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2035)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    started = time.monotonic()
    built = build(args.out, args.seed)
    for name, (_p, b) in built.items():
        e = b.expected
        print(f"{name}: loan {e['loan_number']} received {e['received_on']} {e['status']} {e['missing']}")
    print(f"built in {time.monotonic() - started:.1f}s")
    if args.check:
        problems = check(args.out, args.seed, built)
        for p in problems:
            print("check:", p)
        print("check: ok" if not problems else f"check: {len(problems)} problem(s)")
        print(f"total {time.monotonic() - started:.1f}s")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
