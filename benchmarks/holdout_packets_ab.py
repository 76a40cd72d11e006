"""A twenty-eighth holdout set of borrower packets (ab1..ab8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z and aa sets, written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_ab.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.6 degrees at most, a
little blurred and speckled, JPEG, no text layer) or one plain fax, and the hand-written parts are signatures and a
few dates.

Applications: the real Form 710 (April 2023) typed through its AcroForm in two packets - signed on the screen with a
drawn signature and the date typed into its field, e-mailed (ab1); printed, signed and dated in ink by a widow and
scanned with the rest of her packet (ab5). Three servicers' own forms, each typed in its PDF and signed on the screen
in one packet and printed, signed in ink and scanned (or faxed) in another:
Larkspur Valley Mortgage Servicing's two-page "Mortgage Assistance Application" (LVMS-300: a plum letterhead with a
round monogram, sections as rounded cards with a plum stripe down the left edge - "Section A · Loan and Borrowers" ..
"Section F · Certification and Signatures" -, bold sans labels ABOVE underlined answers, choices as rows of boxes
with wide gaps - "My principal residence / Second / vacation home / Investment / rental property" -, its own reasons
in two columns such as "Reduced pay or hours" and "Illness or disability (you or a dependent)", "Date Hardship Began
(MM/DD/YYYY)", income as a small shaded table with Borrower / Co-Borrower / Total columns and a "Total monthly gross
income" row, the loan number repeated at the top of page 2, "Borrower Signature" and "Date" captions UNDER the
lines) - ab2 on screen by both spouses, ab6 in ink; Hollins Creek Federal Credit Union's two-page "Mortgage Hardship
Assistance Application" set in a word processor (MH-1: a centred serif letterhead, numbered underlined headings
"1. Applicant Information" .., labels at the margin with grey-shaded answer fields on underlines at one tab stop, the
FULL Social Security numbers, "City, State, ZIP" on its own line, ballot-box glyphs for the choices, "When did the
hardship begin? ___ (mm/dd/yyyy)", income as a ruled "Type of income | Monthly amount" table with the applicant's
and the co-applicant's wages on rows of their own and a shaded "TOTAL MONTHLY INCOME" row, "Applicant Signature" /
"Date" under the lines) - ab3 in ink, ab7 on screen by both; Pinebrook Mortgage Company's two-page "Borrower
Assistance Form" (PMC-7: a triangle mark, a five-step progress bar Borrowers · Property · Hardship · Income · Sign,
every answer in a pale blue box under its caption in small bold blue capitals, choices in rows with wide gaps, short
reasons in three columns - "Income went down", "Housing costs went up", "Job relocation" -, household income as a
grid of eight captioned boxes for all borrowers together and a highlighted "TOTAL MONTHLY INCOME" box, a "FOR
PINEBROOK USE ONLY" box) - ab4 in ink and faxed, ab8 on screen by both.

Pay: a county library district's semi-monthly "EMPLOYEE PAY STATEMENT" (eight captioned cells - Employee Name ..
Pay Frequency, Pay Begin Date, Pay End Date, Check Date -, hours and earnings with YTD hours, taxes beside
deductions, a Current / YTD grid of Gross Pay, Total Taxes, Total Deductions and Net Pay, PERS retirement and a city
income tax) for an hourly library associate whose hours were cut, the same public payroll layout for a county health
department's salaried specialist; Ledgerline Payroll Services' "Earnings Statement" for a furniture plant (weekly)
and a distribution warehouse (bi-weekly, night shift premium) - "Period Starting / Period Ending / Pay Date" at the
top right, the employee's address block, rate / hours / this period / year to date, statutory and voluntary
deductions as negatives, a detachable NON-NEGOTIABLE deposit advice; a seafood plant's bi-weekly in-house "PAYROLL
STATEMENT" (a dark band, two blocks of facts, one ledger of codes REG / OT / SHFT, GROSS PAY, FIT / FICA / MEDI and
NET PAY with Current and Year-To-Date); a restaurant's weekly "EARNINGS STATEMENT - WEEKLY PAYROLL" panel on the top
third of the page for a line cook (Week Ending, Check Date, withholding on the right, a perforation); an online
payroll app's "PAY SLIP" (Tallyfern: a centred title, the facts as a key / value list, one table of earnings, taxes
and deductions in parentheses, a large NET PAY) for a title agency's bi-weekly escrow assistant and a print shop's
semi-monthly salaried technician; an engineering firm's monthly "COMPENSATION STATEMENT" (the month named in the
period line, Current Month / Calendar Year to Date, employer-paid benefits boxed apart, paid on the last business
day). Every year-to-date figure is the sum of that year's checks. Statements: a savings bank's two-page "Statement of
Account" (Cobblestone: a boxed period and account panel, the window-envelope address in a typewriter face,
"Beginning balance on June 1, 2033" / "Ending balance on June 30, 2033", credits on page 1, debits and a three-column
daily ending balance list on page 2) and a merchants bank's one-page "BUSINESS CHECKING STATEMENT" (Tidewater: a navy
band, five summary cells Previous Balance / Credits / Debits / Service Fees / Current Balance, one ledger with Debits,
Credits and a running Balance opened by "Balance Forward"). Letters and papers: typed hardship letters in ordinary
borrowers' words (unsigned when e-mailed, signed in ink when scanned or faxed, two by both spouses), a transit
employees' retirement plan's "Confirmation of Monthly Pension Benefit" (taxable, monthly), the Oregon Employment
Department's unemployment benefit award notice (weekly amount), Social Security's survivors benefit letter (taxable,
monthly), a newspaper's obituary page, an employer's transfer letter signed in ink, page 1 of the real IRS Form
4506-C (Rev. 10-2022) typed by the servicer and signed and dated in ink, the credit union's own monthly mortgage
statement sent back with the form ("other"), the borrower's fax cover and the mailroom's Code 128 "LOAN <number>"
separator sheet (neither is a document). Co-borrowers in ab2, ab3, ab7 and ab8.

Deliveries: a folder named after the loan of e-mailed born-digital files (ab1); loose born-digital files named
"<loan>_application.pdf", "<loan>_paystub_0513.pdf", .. (ab2); one 300 dpi grey mailroom scan of the whole packet
behind the separator sheet, under the mailroom's name (ab3); one 200 dpi black-and-white fax behind the borrower's
cover sheet with the machine's header line on every page, under the fax server's name, the loan number only inside
(ab4); one 240 dpi grey scan of the whole packet without a separator, named "<Surname> <loan>.pdf" (ab5); a folder
named after the loan holding one 200 dpi grey scan per paper, Scan_0001.pdf .. (ab6); loose files named "<Surname>
<loan> - ...", born digital but the 4506-C, a 200 dpi grey scan (ab7); a folder named after the loan of e-mailed
born-digital files with the transfer letter a 300 dpi grey scan (ab8).

Complete: ab1 (fresh semi-monthly stubs with year-to-date pay; a reduction in income needs no papers), ab2 (fresh
weekly stubs; the pension plan's letter gives the co-borrower's benefit and its frequency; the letter for the
illness), ab5 (a fresh stub; Social Security's letter for the survivors benefit; the obituary for the death), ab8
(fresh stubs for both spouses; the employer's transfer letter for the relocation). Incomplete, each for one plain
reason: ab3 the co-borrower named on MH-1 left her signature and date lines empty (application_signature); ab4 the
restaurant stubs were paid on January 6 and 13 and the fax came on April 27, more than 90 days later, with no bank
statements (income_doc:wages); ab6 divorce is claimed and the letter says the decree is not final - no decree,
separation agreement or quitclaim deed came (hardship_doc:divorce_or_separation), while the stub and two consecutive
statements document the wages and the child support; ab7 self-employment is claimed with only August's business
statement - not two - and no profit and loss statement or tax return (income_doc:self_employment), while the wife's
stub documents the wages and the signed 4506-C is there.

This set is standalone: people, pens (a quick joined signature drawn as strokes in two words, dates written with an
oblique system font jittered glyph by glyph), printer, scanner, fax and the checklist (`missing_codes`,
shared/spec/checklist.md) are written here; only tests/pdf_factory.py's Form 710 filler and barcode maker and
tests/sample_compare.py are borrowed. Expected status and codes follow from the values drawn and must equal each
scenario's intended codes; a different seed changes names, amounts, loan numbers, signatures and noise but never the
scenario. `--check` confirms expected.json's keys and per-type fields, status against codes, income totals, pay-stub
periods and monthly gross, that consecutive statements chain their balances, that every page of every file belongs
to exactly one document (fax cover and separator aside), that `scanned` matches the pages' text layers, that
born-digital documents print their key values (Form 710 holds them in its fields), that the separator's barcode
still reads after scanning, that no full SSN (all in the 900-999 area) reaches expected.json, that expected.json
scores perfectly against itself through tests/sample_compare.compare, and that a rebuild with the same seed gives
the same bytes. Received dates fall in 2033. All people, employers, banks and servicers are fictional (Social
Security, the Oregon Employment Department and the IRS form aside).
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
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
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

logging.getLogger("pypdf").setLevel(logging.ERROR)

PACKETS = ("ab1", "ab2", "ab3", "ab4", "ab5", "ab6", "ab7", "ab8")
W, H = letter
CENT = Decimal("0.01")
D = dt.date

FONT_DIR = Path("/usr/share/fonts/truetype")
_FONTS = {
    "Hand": FONT_DIR / "liberation2/LiberationSans-Italic.ttf",
    "Glyph": FONT_DIR / "dejavu/DejaVuSans.ttf",
    "Mono": FONT_DIR / "liberation2/LiberationMono-Regular.ttf",
}
for _name, _file in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, str(_file)))

# ======================================================================================================
# small helpers
# ======================================================================================================


def q(x) -> Decimal:
    return Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)


def money(x: Decimal, dollar: bool = False) -> str:
    s = f"{q(x):,.2f}"
    return ("$" + s) if dollar else s


def mdy(d: D) -> str:
    return d.strftime("%m/%d/%Y")


def mdy2(d: D) -> str:
    return d.strftime("%m/%d/%y")


def long_date(d: D) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_date(d: D) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def month_end(d: D) -> D:
    nxt = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - days(1)


def business_day_on_or_before(d: D) -> D:
    while d.weekday() >= 5:
        d -= days(1)
    return d


PERIODS_A_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}

# ======================================================================================================
# people and places (all fictional)
# ======================================================================================================

FIRST_F = ["Adaeze", "Bethany", "Corinne", "Danielle", "Esperanza", "Felicia", "Gwendolyn", "Harriet", "Imani",
           "Jolene", "Katrina", "Lorraine", "Marisol", "Noreen", "Odette", "Priya", "Rosalind", "Sabrina",
           "Tamsin", "Valerie", "Winifred", "Yolanda"]
FIRST_M = ["Abel", "Brendan", "Cornelius", "Desmond", "Emmett", "Fletcher", "Garrison", "Horace", "Isaiah",
           "Jasper", "Kendrick", "Leland", "Marcus", "Nolan", "Orville", "Percival", "Roderick", "Silas",
           "Thaddeus", "Vernon", "Wendell", "Xavier"]
LAST = ["Ashworth", "Blackwood", "Castellano", "Delacroix", "Ellsworth", "Fairbanks", "Galloway", "Hargrove",
        "Ingersoll", "Jaramillo", "Kowalczyk", "Lindqvist", "Marchetti", "Nakamura", "Okonkwo", "Pemberton",
        "Quintero", "Rutherford", "Szymanski", "Thornbury", "Underhill", "Vandermeer", "Whitcombe", "Yarborough"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"
STREETS = ["Larch Hollow Road", "Quarry Bend Drive", "Pickett Mill Lane", "Heron Point Court", "Saddleback Way",
           "Old Ferry Road", "Willow Run Circle", "Bramble Gate Drive", "Copper Kettle Lane", "Sumac Ridge Road",
           "Foxglove Terrace", "Tanner Brook Drive", "Granary Street", "Lantern Hill Road"]
TOWNS = [("Millbrook Falls", "OH", "44"), ("Cedar Prairie", "IA", "52"), ("East Harlow", "PA", "17"),
         ("Bluewater Bay", "MI", "49"), ("Orchard Springs", "NC", "27"), ("Pinecrest", "OR", "97"),
         ("Stony Ford", "VA", "24"), ("Red Mesa", "NM", "87"), ("Wheaton Grove", "WI", "53"),
         ("Maple Shoals", "TN", "37"), ("Lark Valley", "CO", "80"), ("Hazel Crossing", "KY", "40")]


@dataclass
class Person:
    first: str
    middle: str
    last: str
    ssn: str  # full, 900-999 area: never issued

    @property
    def name(self) -> str:
        return f"{self.first} {self.middle}. {self.last}" if self.middle else f"{self.first} {self.last}"

    @property
    def plain(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def last4(self) -> str:
        return self.ssn[-4:]


@dataclass
class Address:
    street: str
    city: str
    state: str
    zip: str

    @property
    def line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def city_line(self) -> str:
        return f"{self.city}, {self.state} {self.zip}"


class People:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def person(self, sex: str, last: str | None = None, middle: bool = True) -> Person:
        """A new person; a new surname unless one is given (a spouse), never a first name used before."""
        rng = self.rng
        while True:
            first = rng.choice(FIRST_F if sex == "f" else FIRST_M)
            surname = last or rng.choice(LAST)
            if first not in self.used and (last or surname not in self.used):
                break
        self.used.update((first, surname))
        ssn = f"{rng.randint(900, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
        return Person(first, rng.choice(MIDDLE) if middle else "", surname, ssn)

    def address(self, state: str | None = None) -> Address:
        rng = self.rng
        city, state, z = rng.choice([t for t in TOWNS if state in (None, t[1])])
        return Address(f"{rng.randint(12, 9899)} {rng.choice(STREETS)}", city, state, f"{z}{rng.randint(100, 999)}")

    def loan(self) -> str:
        rng = self.rng
        head = rng.choice(["00", "01", "3", "7", "5", "2"])
        return head + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(head)))

    def phone(self, area: str | None = None) -> str:
        rng = self.rng
        return f"({area or rng.randint(201, 989)}) 555-{rng.randint(100, 199):04d}"


# ======================================================================================================
# drawing: a thin wrapper over a reportlab canvas measured from the top of the page
# ======================================================================================================


class Pg:
    def __init__(self, c: canvas.Canvas):
        self.c = c

    def t(self, x, y, s, size=9.5, font="Helvetica", color=(0, 0, 0), align="l"):
        c = self.c
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        if align == "r":
            c.drawRightString(x, H - y, s)
        elif align == "c":
            c.drawCentredString(x, H - y, s)
        else:
            c.drawString(x, H - y, s)

    def line(self, x1, y1, x2, y2, w=0.6, color=(0, 0, 0), dash=None):
        c = self.c
        c.setStrokeColorRGB(*color)
        c.setLineWidth(w)
        c.setDash(*(dash or ([], 0)))
        c.line(x1, H - y1, x2, H - y2)
        c.setDash([], 0)

    def rect(self, x, y, w, h, fill=None, stroke=(0, 0, 0), lw=0.6, radius=0):
        c = self.c
        if fill is not None:
            c.setFillColorRGB(*fill)
        if stroke is not None:
            c.setStrokeColorRGB(*stroke)
            c.setLineWidth(lw)
        if radius:
            c.roundRect(x, H - y - h, w, h, radius, stroke=stroke is not None, fill=fill is not None)
        else:
            c.rect(x, H - y - h, w, h, stroke=stroke is not None, fill=fill is not None)

    def box(self, x, y, size=8.5, checked=False, lw=0.7, color=(0, 0, 0)):
        """A square check box whose top-left corner is (x, y); typed X inside when checked."""
        self.rect(x, y, size, size, stroke=color, lw=lw)
        if checked:
            self.t(x + size / 2, y + size - 1.4, "X", size=size, font="Helvetica-Bold", align="c")

    def width(self, s, font="Helvetica", size=9.5):
        return pdfmetrics.stringWidth(s, font, size)

    def para(self, x, y, text, width, size=8.5, font="Helvetica", leading=None, color=(0, 0, 0)):
        """Wrap text into lines no wider than width; returns the y after the last line."""
        leading = leading or size * 1.3
        words = text.split()
        line = ""
        for word in words:
            trial = (line + " " + word).strip()
            if self.width(trial, font, size) > width and line:
                self.t(x, y, line, size, font, color)
                y += leading
                line = word
            else:
                line = trial
        if line:
            self.t(x, y, line, size, font, color)
            y += leading
        return y

    def synthetic(self):
        self.t(W / 2, H - 10, "synthetic test document - fictional data", size=5, color=(0.72, 0.72, 0.72),
               align="c")


def make_pdf(pages: list[Callable[[Pg], None]], title: str = "") -> bytes:
    """A born-digital PDF, one painter a page (reportlab, byte-for-byte the same for the same input)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setProducer("")
    c.setCreator("")
    for paint in pages:
        pg = Pg(c)
        paint(pg)
        pg.synthetic()
        c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------------
# pens: a signature and hand-written dates
# ------------------------------------------------------------------------------------------------------

INK = (0.07, 0.09, 0.32)
SCREEN = (0.05, 0.05, 0.05)


def signature(pg: Pg, x: float, y: float, width: float, seed: str, color=INK, lw: float = 1.0):
    """A quick joined signature drawn as strokes: two words, each opened by a tall loop and run on in looping
    humps of uneven size, slanted, the baseline drifting, sometimes a stroke under it. (x, y) is the start on
    the baseline, measured from the page's top."""
    rng = random.Random(seed)
    c = pg.c
    c.setStrokeColorRGB(*color)
    c.setLineWidth(lw)
    c.setLineCap(1)
    c.setLineJoin(1)
    slant = rng.uniform(0.15, 0.45)
    drift = rng.uniform(-0.06, 0.04)
    first_share = rng.uniform(0.3, 0.45)
    strokes: list[list[tuple[float, float]]] = []
    cx = x
    for word, share in enumerate((first_share, 1 - first_share - 0.06)):
        pts: list[tuple[float, float]] = []
        span = width * share
        h0 = rng.uniform(13, 22)
        lw0 = rng.uniform(3, 6)
        for i in range(28):
            a = 2 * math.pi * i / 27
            pts.append((cx + lw0 * math.sin(a) + i * 0.3, y - h0 * (1 - math.cos(a)) / 2))
        x0 = pts[-1][0]
        humps = max(2, int(span / rng.uniform(9, 14)))
        v = (span - (x0 - cx)) / humps
        tight = rng.uniform(2.0, 3.4)
        for k in range(humps):
            hk = rng.uniform(3.5, 8.5) if rng.random() > 0.22 else rng.uniform(10, 16)
            for i in range(1, 13):
                t = k + i / 12
                pts.append((x0 + v * t - tight * math.sin(2 * math.pi * t),
                            y - hk * (1 - math.cos(2 * math.pi * t)) / 2))
        if word == 1 and rng.random() < 0.6:
            xe, ye = pts[-1]
            for i in range(1, 14):
                pts.append((xe - i * rng.uniform(4, 6), ye + 3 + i * 0.25))
        strokes.append(pts)
        cx = pts[-1][0] + width * 0.06 if word == 0 else cx
        cx = max(cx, x0 + span * 0.9)
    for pts in strokes:
        path = c.beginPath()
        for j, (px, py) in enumerate(pts):
            sx = px + slant * (y - py)
            sy = py + drift * (px - x)
            if j == 0:
                path.moveTo(sx, H - sy)
            else:
                path.lineTo(sx, H - sy)
        c.drawPath(path, stroke=1, fill=0)
    if rng.random() < 0.5:
        tx = x + width * rng.uniform(0.5, 0.8)
        c.line(tx - 6, H - (y - 8), tx + 8, H - (y - 10))


def hand_text(pg: Pg, x: float, y: float, text: str, seed: str, size: float = 11.5, color=INK):
    """Hand-written figures: an oblique font, every glyph nudged, turned and sized a little differently."""
    rng = random.Random(seed)
    c = pg.c
    c.setFillColorRGB(*color)
    cx = x
    for ch in text:
        s = size * rng.uniform(0.92, 1.08)
        c.saveState()
        c.translate(cx, H - y + rng.uniform(-1.0, 1.0))
        c.rotate(rng.uniform(-5, 5))
        c.setFont("Hand", s)
        c.drawString(0, 0, ch)
        c.restoreState()
        cx += pdfmetrics.stringWidth(ch, "Hand", s) * rng.uniform(0.95, 1.12) + 0.4
    return cx


# ======================================================================================================
# pay engine: every period of the year is computed, so year to date is the sum of the year's checks
# ======================================================================================================


@dataclass
class Job:
    employer: str
    address: list[str]
    freq: str  # weekly | biweekly | semimonthly | monthly
    kind: str  # salary | hourly | tipped
    rate: Decimal  # hourly rate, or salary per period
    hours: tuple[float, float] = (80, 80)  # per period, hourly jobs
    lag: int = 6  # days from period end to pay date
    fed: float = 0.09
    state: float = 0.035
    state_label: str = "State Income Tax"
    local: tuple[str, float] | None = None
    deductions: list[tuple[str, object]] = field(default_factory=list)  # (label, Decimal | ("pct", p))
    extra: tuple[str, str, Decimal] | None = None  # (code, label, per-hour premium) on all hours
    tips: tuple[int, int] | None = None  # charged tips paid through payroll, dollars a period
    social_security: bool = True
    seed: str = ""

    def pay_date(self, end: D) -> D:
        if self.freq == "monthly":
            return business_day_on_or_before(end)
        return business_day_on_or_before(end + days(self.lag))

    def previous_end(self, end: D) -> D:
        if self.freq == "weekly":
            return end - days(7)
        if self.freq == "biweekly":
            return end - days(14)
        if self.freq == "semimonthly":
            return D(end.year, end.month, 15) if end.day > 15 else month_end(D(end.year, end.month, 1) - days(1))
        return month_end(D(end.year, end.month, 1) - days(1))

    def start_of(self, end: D) -> D:
        if self.freq == "weekly":
            return end - days(6)
        if self.freq == "biweekly":
            return end - days(13)
        if self.freq == "semimonthly":
            return D(end.year, end.month, 16) if end.day > 15 else D(end.year, end.month, 1)
        return D(end.year, end.month, 1)


@dataclass
class Period:
    start: D
    end: D
    pay: D
    earnings: list[tuple[str, str, Decimal | None, Decimal | None, Decimal]]  # code, label, hours, rate, amount
    taxes: list[tuple[str, Decimal]]
    deductions: list[tuple[str, Decimal]]

    @property
    def gross(self) -> Decimal:
        return sum((e[4] for e in self.earnings), Decimal(0))

    @property
    def net(self) -> Decimal:
        return self.gross - sum((t[1] for t in self.taxes), Decimal(0)) - sum((d[1] for d in self.deductions),
                                                                              Decimal(0))


def compute_period(job: Job, end: D) -> Period:
    rng = random.Random(f"{job.seed}|{end.isoformat()}")
    earnings: list[tuple[str, str, Decimal | None, Decimal | None, Decimal]] = []
    if job.kind == "salary":
        hours = Decimal(str(job.hours[0])) if job.hours[0] else None
        earnings.append(("REG", "Regular Salary", hours, None, q(job.rate)))
    else:
        hours = round(rng.uniform(*job.hours) * 4) / 4
        weeks = {"weekly": 1, "biweekly": 2}.get(job.freq, 2)
        reg_h = min(hours, 40 * weeks)
        ot_h = hours - reg_h
        earnings.append(("REG", "Regular", Decimal(str(reg_h)), job.rate, q(Decimal(str(reg_h)) * job.rate)))
        if ot_h > 0:
            ot_rate = q(job.rate * Decimal("1.5"))
            earnings.append(("OT", "Overtime", Decimal(str(ot_h)), ot_rate, q(Decimal(str(ot_h)) * ot_rate)))
        if job.extra:
            code, label, prem = job.extra
            earnings.append((code, label, Decimal(str(hours)), prem, q(Decimal(str(hours)) * prem)))
        if job.tips:
            earnings.append(("TIPS", "Charged Tips", None, None, q(rng.randint(*job.tips) + rng.randint(0, 99) / 100)))
    gross = sum((e[4] for e in earnings), Decimal(0))
    pre = Decimal(0)
    deductions = []
    for label, amount in job.deductions:
        value = q(gross * Decimal(str(amount[1]))) if isinstance(amount, tuple) else q(amount)
        deductions.append((label, value))
        if "401" in label or "Retirement" in label or "403" in label or "PERS" in label:
            pre += value
    taxable = gross - pre
    taxes = [("Federal Income Tax", q(taxable * Decimal(str(job.fed))))]
    if job.social_security:
        taxes.append(("Social Security", q(gross * Decimal("0.062"))))
    taxes.append(("Medicare", q(gross * Decimal("0.0145"))))
    if job.state:
        taxes.append((job.state_label, q(taxable * Decimal(str(job.state)))))
    if job.local:
        taxes.append((job.local[0], q(taxable * Decimal(str(job.local[1])))))
    return Period(job.start_of(end), end, job.pay_date(end), earnings, taxes, deductions)


@dataclass
class Stub:
    job: Job
    employee: Person
    emp_id: str
    cur: Period
    year: list[Period]  # every check paid in the stub's year up to and including this one
    check_no: str
    extra: dict = field(default_factory=dict)

    def ytd(self, kind: str, label: str) -> Decimal:
        total = Decimal(0)
        for p in self.year:
            rows = {"earnings": [(e[1], e[4]) for e in p.earnings], "taxes": p.taxes, "deductions": p.deductions}[kind]
            total += sum((r[1] for r in rows if r[0] == label), Decimal(0))
        return total

    def ytd_hours(self, label: str) -> Decimal:
        return sum((e[2] or Decimal(0) for p in self.year for e in p.earnings if e[1] == label), Decimal(0))

    @property
    def ytd_gross(self) -> Decimal:
        return sum((p.gross for p in self.year), Decimal(0))

    @property
    def ytd_net(self) -> Decimal:
        return sum((p.net for p in self.year), Decimal(0))

    def ytd_sum(self, kind: str) -> Decimal:
        return sum((x[1] for p in self.year for x in getattr(p, kind)), Decimal(0))

    @property
    def monthly_gross(self) -> Decimal:
        return q(self.cur.gross * PERIODS_A_YEAR[self.job.freq] / 12)

    def fields(self) -> dict:
        return {"employer": self.job.employer, "employee_name": self.employee.name,
                "pay_date": self.cur.pay.isoformat(), "period_start": self.cur.start.isoformat(),
                "period_end": self.cur.end.isoformat(), "frequency": self.job.freq,
                "gross_current": float(self.cur.gross), "gross_ytd": float(self.ytd_gross),
                "net_current": float(self.cur.net), "monthly_gross": float(self.monthly_gross)}


def stubs_for(job: Job, employee: Person, last_end: D, count: int, emp_id: str, first_check: int) -> list[Stub]:
    """The last `count` consecutive stubs ending with the period that ends on `last_end`."""
    ends = [last_end]
    for _ in range(count - 1):
        ends.insert(0, job.previous_end(ends[0]))
    out = []
    for i, end in enumerate(ends):
        cur = compute_period(job, end)
        year = [cur]
        e = job.previous_end(end)
        while True:
            p = compute_period(job, e)
            if p.pay.year != cur.pay.year:
                break
            year.insert(0, p)
            e = job.previous_end(e)
        out.append(Stub(job, employee, emp_id, cur, year, str(first_check + i * 1)))
    return out


# ======================================================================================================
# bank statements
# ======================================================================================================


@dataclass
class Statement:
    bank: str
    bank_address: list[str]
    holders: list[str]
    holder_address: Address
    account: str  # full number, printed masked
    start: D
    end: D
    begin: Decimal
    txns: list[tuple[D, str, Decimal]]  # signed amounts, in date order
    product: str = "Checking"

    @property
    def last4(self) -> str:
        return self.account[-4:]

    @property
    def ending(self) -> Decimal:
        return self.begin + sum((t[2] for t in self.txns), Decimal(0))

    def running(self) -> list[tuple[D, str, Decimal, Decimal]]:
        bal = self.begin
        out = []
        for d, desc, amt in self.txns:
            bal += amt
            out.append((d, desc, amt, bal))
        return out

    @property
    def credits(self) -> list[tuple[D, str, Decimal]]:
        return [t for t in self.txns if t[2] > 0]

    @property
    def debits(self) -> list[tuple[D, str, Decimal]]:
        return [t for t in self.txns if t[2] < 0]

    def fields(self) -> dict:
        return {"bank_name": self.bank, "account_last4": self.last4, "period_start": self.start.isoformat(),
                "period_end": self.end.isoformat(), "beginning_balance": float(self.begin),
                "ending_balance": float(self.ending)}


DEBIT_PAYEES = ["KROGAN FOODS #221", "SHELLWAY FUEL 0412", "CITY WATER UTIL AUTOPAY", "BRIGHTLINE ELECTRIC",
                "NORTHSTAR MOBILE WIRELESS", "PHARMACARE #1187", "DOLLAR VALUE STORE", "HOMEBASE HARDWARE",
                "ATM WITHDRAWAL", "STATE FARMERS INS PREM", "STREAMBOX MONTHLY", "SAVEMART GROCERY",
                "CHECK"]


def statement(rng: random.Random, bank: str, bank_address: list[str], holders: list[str], address: Address,
              account: str, start: D, end: D, begin: Decimal, credits: list[tuple[D, str, Decimal]],
              spend_ratio: float = 0.9, product: str = "Checking", keep_begin: bool = False) -> Statement:
    """A month of transactions: the given credits and everyday debits spending about `spend_ratio` of them."""
    total_in = sum((c[2] for c in credits), Decimal(0))
    budget = q(total_in * Decimal(str(spend_ratio)))
    debits = []
    n = rng.randint(9, 14)
    weights = [rng.uniform(0.5, 2.0) for _ in range(n)]
    wsum = sum(weights)
    check_no = rng.randint(1040, 1400)
    for w in weights:
        amt = q(budget * Decimal(str(w / wsum)))
        d = start + days(rng.randint(0, (end - start).days))
        payee = rng.choice(DEBIT_PAYEES)
        if payee == "CHECK":
            payee = f"CHECK #{check_no}"
            check_no += 1
        debits.append((d, payee, -amt))
    txns = sorted(credits + debits, key=lambda t: (t[0], -t[2]))
    st = Statement(bank, bank_address, holders, address, account, start, end, q(begin), txns, product)
    # keep the running balance above zero: raise the opening balance, or (when it is the last statement's
    # closing balance) leave out the largest debits
    while min([st.begin] + [r[3] for r in st.running()]) < 50:
        if not keep_begin:
            low = min([st.begin] + [r[3] for r in st.running()])
            st.begin = q(st.begin + (50 - low) + rng.randint(20, 300))
            break
        biggest = min(st.debits, key=lambda t: t[2])
        st.txns.remove(biggest)
    return st


# ======================================================================================================
# documents, files and packets
# ======================================================================================================


@dataclass
class Doc:
    type: str | None  # None: a sheet that is no document (separator sheet, fax cover)
    pdf: bytes
    fields: dict = field(default_factory=dict)
    printed: list[str] = field(default_factory=list)  # values a born-digital copy must show in its text
    form_values: dict | None = None  # Form 710: the AcroForm values a born-digital copy must hold
    facts: dict = field(default_factory=dict)  # what the checklist needs to know
    label: str = ""

    @property
    def npages(self) -> int:
        return len(PdfReader(io.BytesIO(self.pdf)).pages)


@dataclass
class Delivery:
    name: str  # path under inbox/
    how: str  # digital | grey | fax
    parts: list[Doc]
    dpi: int = 0
    fax_header: str = ""  # format with {page} and {pages}
    tilt: float = 0.4


@dataclass
class App:
    loan: str
    b: Person
    cb: Person | None
    prop: Address
    occupancy: str
    hardships: list[str]
    start: D | None
    duration: str
    lines: list[tuple[str, str, Decimal]]  # (income code, "b" | "cb", monthly amount)
    b_signed: bool
    b_date: D | None
    cb_signed: bool
    cb_date: D | None
    phone: str = ""
    email: str = ""
    cb_phone: str = ""
    checking: Decimal = Decimal(0)
    savings: Decimal = Decimal(0)

    def income(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for code, _who, amount in self.lines:
            if amount > 0:
                out[code] = out.get(code, Decimal(0)) + amount
        return out

    def amount(self, code: str, who: str) -> Decimal:
        return sum((a for c, w, a in self.lines if c == code and w == who), Decimal(0))

    @property
    def total(self) -> Decimal:
        return sum(self.income().values(), Decimal(0))

    def expected(self) -> dict:
        inc = {k: float(v) for k, v in self.income().items()}
        inc["total"] = float(self.total)
        signed = bool(self.b_signed and self.b_date)
        return {
            "loan_number": self.loan,
            "borrower_name": self.b.name,
            "co_borrower_name": self.cb.name if self.cb else None,
            "ssn_last4": self.b.last4,
            "property_address": self.prop.line,
            "occupancy": self.occupancy,
            "hardship_types": list(self.hardships),
            "hardship_start_date": self.start.isoformat() if self.start else None,
            "income": inc,
            "signed": signed,
            "signed_on": self.b_date.isoformat() if signed else None,
            "co_borrower_signed": (bool(self.cb_signed and self.cb_date) if self.cb else None),
        }


@dataclass
class Packet:
    name: str
    loan: str
    received: D
    app: App | None
    docs: list[Doc]  # every document, in the order expected.json lists them
    files: list[Delivery]
    intended: list[str]
    summary: str


# ======================================================================================================
# printer, scanner, fax
# ======================================================================================================


def render_pages(pdf: bytes, dpi: int, forms: bool = True) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        if forms:
            doc.init_forms()
        out = []
        for i in range(len(doc)):
            bitmap = doc[i].render(scale=dpi / 72, grayscale=True, may_draw_forms=forms)
            out.append(bitmap.to_pil().convert("L"))
        return out
    finally:
        doc.close()


def grey_scan(img: Image.Image, seed: str, dpi: int, max_tilt: float) -> Image.Image:
    """A sheet on an office scanner: grey paper tone, a slight tilt, a little blur, noise and specks."""
    rng = random.Random(seed)
    tone = rng.randint(228, 240)
    arr = np.asarray(img, dtype=np.float32) * (tone / 255.0)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    tilt = rng.uniform(0.15, max_tilt) * rng.choice((-1, 1))
    img = img.rotate(tilt, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=tone)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.45 * dpi / 200))
    nrng = np.random.default_rng(int(hashlib.sha256(seed.encode()).hexdigest()[:8], 16))
    arr = np.asarray(img, dtype=np.float32) + nrng.normal(0, 4.0, (img.height, img.width))
    specks = int(img.width * img.height * 0.00004)
    ys = nrng.integers(0, img.height - 2, specks)
    xs = nrng.integers(0, img.width - 2, specks)
    arr[ys, xs] = nrng.integers(30, 120, specks)
    arr[ys + 1, xs] = np.minimum(arr[ys + 1, xs], 150)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


_HEADER_FONT = ImageFont.truetype(str(_FONTS["Mono"]), 22)


def fax_page(img: Image.Image, seed: str, header: str) -> Image.Image:
    """A page as a fax machine sends it at 200 dpi: the sender's header line, a hair of tilt, black and white."""
    rng = random.Random(seed)
    img = img.rotate(rng.uniform(-0.35, 0.35), resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, img.width, 34), fill=255)
    draw.text((40, 8), header, fill=0, font=_HEADER_FONT)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.35))
    bw = img.point(lambda v: 255 if v > 175 else 0).convert("1")
    px = bw.load()
    nrng = random.Random(seed + "specks")
    for _ in range(int(img.width * img.height * 0.00003)):
        x, y = nrng.randrange(img.width), nrng.randrange(img.height)
        px[x, y] = 0 if px[x, y] else 255
    return bw


def images_pdf(images: list[Image.Image], dpi: int, when: D, title: str, quality: int = 72) -> bytes:
    buf = io.BytesIO()
    stamp = dt.datetime(when.year, when.month, when.day, 9, 30).timetuple()
    first, *rest = images
    extra = {"quality": quality} if first.mode == "L" else {}
    first.save(buf, "PDF", resolution=float(dpi), save_all=True, append_images=rest, title=title,
               creationDate=stamp, modDate=stamp, producer="", creator="", **extra)
    return buf.getvalue()


def concat(parts: list[bytes]) -> bytes:
    if len(parts) == 1:
        return parts[0]
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    writer.add_metadata({"/Producer": ""})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def deliver(packet: Packet, d: Delivery, seed: int) -> bytes:
    if d.how == "digital":
        return concat([p.pdf for p in d.parts])
    pages: list[Image.Image] = []
    total = sum(p.npages for p in d.parts)
    for part in d.parts:
        for img in render_pages(part.pdf, d.dpi):
            n = len(pages) + 1
            key = f"{seed}|{packet.name}|{d.name}|{n}"
            if d.how == "fax":
                pages.append(fax_page(img, key, d.fax_header.format(page=n, pages=total)))
            else:
                pages.append(grey_scan(img, key, d.dpi, d.tilt))
    return images_pdf(pages, d.dpi, packet.received, Path(d.name).stem)


# ======================================================================================================
# the checklist (shared/spec/checklist.md), applied to the values drawn
# ======================================================================================================

HARDSHIP_PROOF = {
    "disability_or_illness": {"hardship_letter", "medical_statement"},
    "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
    "separation_unmarried": {"quitclaim_deed", "separation_agreement"},
    "death": {"death_certificate", "obituary"},
    "relocation": {"employer_relocation_letter", "military_pcs_orders"},
    "other": {"hardship_letter"},
}


def doc_date(doc: Doc) -> D | None:
    f = doc.fields
    for key in ("pay_date", "period_end", "letter_date"):
        if f.get(key):
            return D.fromisoformat(f[key])
    if doc.facts.get("date"):
        return doc.facts["date"]
    return None


def fresh(doc: Doc, on: D) -> bool:
    d = doc_date(doc)
    return d is not None and (on - d).days <= 90


def two_statements(docs: list[Doc], on: D) -> bool:
    stmts = [d for d in docs if d.type == "bank_statement"]
    for a in stmts:
        for b in stmts:
            if a is b or a.fields["account_last4"] != b.fields["account_last4"]:
                continue
            a_end = D.fromisoformat(a.fields["period_end"])
            b_start = D.fromisoformat(b.fields["period_start"])
            if (b_start - a_end).days == 1 and fresh(b, on) and fresh(a, on):
                return True
    return False


def missing_codes(packet: Packet) -> list[str]:
    app, docs, on = packet.app, packet.docs, packet.received
    if app is None:
        return ["application"]
    codes = []
    if not (app.b_signed and app.b_date) or (app.cb and not (app.cb_signed and app.cb_date)):
        codes.append("application_signature")
    required = {"loan_number": app.loan, "borrower_name": app.b.name, "property_address": app.prop.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": app.income()}
    codes += [f"application_field:{k}" for k, v in required.items() if not v]
    statements = two_statements(docs, on)
    for code in app.income():
        if code == "unemployment":
            continue
        ok = statements
        for d in docs:
            if not fresh(d, on):
                continue
            if code == "wages" and d.type == "pay_stub" and d.fields.get("gross_ytd") is not None:
                ok = True
            if code == "self_employment" and d.facts.get("signed") and d.type in ("profit_and_loss_statement",
                                                                                    "tax_return"):
                ok = True
            if code in d.facts.get("documents_income", ()):  # an award letter or other paper: amount and frequency
                ok = True
        if not ok:
            codes.append(f"income_doc:{code}")
    for hardship in app.hardships:
        proof = HARDSHIP_PROOF.get(hardship)
        if proof and not any(d.type in proof for d in docs):
            codes.append(f"hardship_doc:{hardship}")
    needs_4506c = bool(set(app.income()) & {"self_employment", "rental"})
    if needs_4506c and not any(d.type == "irs_form_4506c" and d.fields.get("signed") for d in docs):
        codes.append("irs_form_4506c")
    return codes


# ======================================================================================================
# building a packet
# ======================================================================================================


def build_packet(packet: Packet, out: Path, seed: int) -> dict:
    root = out / packet.name
    if root.exists():
        shutil.rmtree(root)
    inbox = root / "inbox"
    where: dict[int, list[dict]] = {}
    extra_pages: list[tuple[str, int, str]] = []
    for d in packet.files:
        data = deliver(packet, d, seed)
        path = inbox / d.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        page = 1
        for part in d.parts:
            for _ in range(part.npages):
                if part.type is None:
                    extra_pages.append((d.name, page, part.label))
                else:
                    where.setdefault(id(part), []).append({"file": d.name, "page": page})
                page += 1
    scanned_of = {id(p): d.how != "digital" for d in packet.files for p in d.parts}
    codes = missing_codes(packet)
    documents = []
    for i, doc in enumerate(packet.docs, 1):
        documents.append({"id": f"D{i:02d}", "type": doc.type, "scanned": scanned_of[id(doc)],
                          "pages": where[id(doc)], "fields": doc.fields})
    expected = {"loan_number": packet.loan, "received_on": packet.received.isoformat(),
                "status": "incomplete" if codes else "complete", "missing": codes,
                "application": packet.app.expected() if packet.app else None, "documents": documents}
    (root / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return {"extra_pages": extra_pages, "codes": codes, "intended": packet.intended,
            "printed": {f"D{i:02d}": (doc.printed, doc.form_values) for i, doc in enumerate(packet.docs, 1)}}


# ======================================================================================================
# Form 710 (the real form, filled through its AcroForm)
# ======================================================================================================

HARDSHIP_710 = {"unemployment": "Checkbox_41", "reduction_in_income": "Checkbox_42",
                "increase_in_housing_expenses": "Checkbox_43", "disaster": "Checkbox_44",
                "disability_or_illness": "Checkbox_45", "divorce_or_separation": "Checkbox_46",
                "separation_unmarried": "Checkbox_47", "death": "Checkbox_48", "relocation": "Checkbox_49",
                "other": "Checkbox_50"}
INCOME_710 = {"wages": "Number_2", "self_employment": "Number_3", "unemployment": "Number_4",
              "benefits_taxable": "Number_5", "benefits_nontaxable": "Number_6", "rental": "Number_7",
              "investment": "Number_8", "other": "Number_9"}
OCCUPANCY_710 = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25",
                 "investment_property": "Checkbox_26"}
DURATION_710 = {"short_term": "Checkbox_38", "long_term": "Checkbox_39", "resolved": "Checkbox_40"}


def stamp_pages(pdf: bytes, paints: dict[int, Callable[[Pg], None]]) -> bytes:
    """Draw over pages of an existing PDF (ink or an on-screen signature), keeping its form fields."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for i, page in enumerate(writer.pages):
        def paint(pg: Pg, i=i):
            if i in paints:
                paints[i](pg)
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=letter, invariant=1)
        pg = Pg(c)
        paint(pg)
        pg.synthetic()
        c.showPage()
        c.save()
        page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def form710(app: App, mode: str, seed: str) -> Doc:
    """mode "screen": typed and signed on the screen, dates typed; "ink": typed, printed, signed and dated by hand."""
    v: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.b.name, "Text_3": app.b.last4, "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.prop.line, "Checkbox_27": app.occupancy == "primary_residence", "Checkbox_30": True,
        "Checkbox_35": True, "Checkbox_37": True,
        "Number_10": money(app.checking), "Number_11": money(app.savings),
    }
    if app.cb:
        v.update({"Text_4": app.cb.name, "Text_5": app.cb.last4, "US_Phone_Number_3": app.cb_phone,
                  "Checkbox_9": True})
    if app.occupancy:
        v[OCCUPANCY_710[app.occupancy]] = True
    if app.start:
        v["Date_1"] = mdy(app.start)
    v[DURATION_710[app.duration]] = True
    for h in app.hardships:
        v[HARDSHIP_710[h]] = True
    for code, amount in app.income().items():
        v[INCOME_710[code]] = money(amount)
    if mode == "screen":
        if app.b_date:
            v["Date_3"] = mdy(app.b_date)
        if app.cb and app.cb_date:
            v["Date_4"] = mdy(app.cb_date)
    pdf = pdf_factory.form710_filled(v)

    def page4(pg: Pg):
        color = SCREEN if mode == "screen" else INK
        if app.b_signed:
            signature(pg, 160, 445, 150, seed + "b", color=color, lw=0.9 if mode == "screen" else 1.1)
        if app.cb and app.cb_signed:
            signature(pg, 172, 484, 140, seed + "cb", color=color, lw=0.9 if mode == "screen" else 1.1)
        if mode == "ink":
            if app.b_date:
                hand_text(pg, 440, 446, mdy2(app.b_date) if app.b_date.day % 2 else mdy(app.b_date), seed + "bd")
            if app.cb and app.cb_date:
                hand_text(pg, 440, 485, mdy(app.cb_date), seed + "cbd")

    pdf = stamp_pages(pdf, {3: page4})
    return Doc("mortgage_assistance_application", pdf, {}, form_values={k: x for k, x in v.items()
                                                                        if isinstance(x, str)},
               label="Form 710")


# ======================================================================================================
# letters
# ======================================================================================================


def letter_doc(kind: str, sender_lines: list[str], date: D, to_lines: list[str], re_line: str, salutation: str,
               paragraphs: list[str], closing: str, signer_names: list[str], paper: bool, seed: str,
               fields: dict | None = None, facts: dict | None = None, letterhead: Callable[[Pg], float] | None = None,
               date_style: str = "long", font: str = "Helvetica", size: float = 10.5) -> Doc:
    """A typed letter. On paper the signers sign above their typed names; e-mailed, the names are just typed."""
    date_text = long_date(date) if date_style == "long" else mdy(date)

    def page(pg: Pg):
        y = 72.0
        if letterhead:
            y = letterhead(pg)
        for line in sender_lines:
            pg.t(72, y, line, size, font)
            y += size * 1.3
        y += size
        pg.t(72, y, date_text, size, font)
        y += size * 2.4
        for line in to_lines:
            pg.t(72, y, line, size, font)
            y += size * 1.3
        y += size
        if re_line:
            pg.t(72, y, re_line, size, font + ("-Bold" if font == "Helvetica" else ""))
            y += size * 2.2
        pg.t(72, y, salutation, size, font)
        y += size * 2
        for p in paragraphs:
            y = pg.para(72, y, p, W - 144, size, font, leading=size * 1.38) + size * 0.8
        y += size * 0.6
        pg.t(72, y, closing, size, font)
        y += size * 1.3
        for i, name in enumerate(signer_names):
            y += 34
            if paper:
                signature(pg, 80, y - 2, 120, f"{seed}|sig{i}")
            pg.t(72, y + 16, name, size, font)
            y += size * 2

    return Doc(kind, make_pdf([page]), fields if fields is not None else {"letter_date": date.isoformat()},
               printed=[date_text], facts=facts or {}, label=kind)


def hardship_letter(app: App, date: D, paragraphs: list[str], servicer: list[str], paper: bool, seed: str,
                    signers: list[Person] | None = None) -> Doc:
    signers = signers or [app.b]
    sender = [" and ".join(p.name for p in signers) if len(signers) > 1 else signers[0].name,
              app.prop.street, app.prop.city_line, app.phone]
    return letter_doc("hardship_letter", sender, date, servicer, f"Re: Loan number {app.loan}",
                      "Dear Loss Mitigation Department,", paragraphs, "Sincerely,",
                      [p.name for p in signers], paper, seed, {"letter_date": date.isoformat()})


# ======================================================================================================
# pay stubs: six payroll layouts
# ======================================================================================================

FREQ_WORDS = {"weekly": "Weekly", "biweekly": "Bi-Weekly", "semimonthly": "Semi-Monthly", "monthly": "Monthly"}


def stub_doc(stub: Stub, painter: Callable[[Pg, Stub], None], printed: list[str]) -> Doc:
    return Doc("pay_stub", make_pdf([lambda pg: painter(pg, stub)], "Pay statement"), stub.fields(),
               printed=printed, facts={}, label=f"stub {stub.job.employer}")


def stub_printed(stub: Stub, date_fmt: Callable[[D], str] = mdy) -> list[str]:
    return [stub.job.employer, date_fmt(stub.cur.pay), date_fmt(stub.cur.start), date_fmt(stub.cur.end),
            money(stub.cur.gross), money(stub.ytd_gross), money(stub.cur.net)]


def paint_public_advice(pg: Pg, s: Stub):
    """P1: a public employer's semi-monthly "EMPLOYEE PAY STATEMENT": captioned cells, an hours and earnings
    table with YTD hours, taxes and deductions side by side, a Gross / Taxes / Deductions / Net grid."""
    job, p = s.job, s.cur
    navy = (0.12, 0.2, 0.38)
    pg.t(48, 58, job.employer.upper(), 13, "Helvetica-Bold", navy)
    for i, line in enumerate(job.address):
        pg.t(48, 72 + i * 11, line, 8.5)
    pg.rect(392, 44, 172, 44, stroke=navy, lw=1.2)
    pg.t(478, 62, "EMPLOYEE PAY STATEMENT", 10.5, "Helvetica-Bold", navy, "c")
    pg.t(478, 78, f"Advice No. {s.check_no}", 8.5, align="c")
    cells = [("Employee Name", s.employee.name), ("Employee ID", s.emp_id), ("Department", s.extra["dept"]),
             ("Job Title", s.extra["title"]), ("Pay Frequency", FREQ_WORDS[job.freq]),
             ("Pay Begin Date", mdy(p.start)), ("Pay End Date", mdy(p.end)), ("Check Date", mdy(p.pay))]
    x0, y0, cw, ch = 48, 104, 129, 30
    for i, (cap, val) in enumerate(cells):
        x, y = x0 + (i % 4) * cw, y0 + (i // 4) * ch
        pg.rect(x, y, cw, ch, stroke=(0.55, 0.55, 0.6), lw=0.5)
        pg.t(x + 4, y + 9, cap, 6.5, "Helvetica", (0.35, 0.35, 0.4))
        pg.t(x + 4, y + 23, val, 9.5)
    y = 184
    pg.rect(48, y, 516, 14, fill=(0.86, 0.89, 0.94), stroke=None)
    pg.t(52, y + 10, "HOURS AND EARNINGS", 8, "Helvetica-Bold", navy)
    y += 26
    cols = [(52, "Description", "l"), (262, "Hours", "r"), (318, "Rate", "r"), (390, "Current", "r"),
            (462, "YTD Hours", "r"), (560, "YTD Amount", "r")]
    for x, cap, al in cols:
        pg.t(x, y, cap, 7.5, "Helvetica-Bold", align=al)
    pg.line(48, y + 4, 564, y + 4, 0.5)
    y += 16
    for _code, label, hours, rate, amount in p.earnings:
        pg.t(52, y, label, 8.5)
        pg.t(262, y, f"{hours:.2f}" if hours is not None else "", 8.5, align="r")
        pg.t(318, y, f"{rate:.4f}" if rate is not None else "", 8.5, align="r")
        pg.t(390, y, money(amount), 8.5, align="r")
        yh = s.ytd_hours(label)
        pg.t(462, y, f"{yh:.2f}" if hours is not None else "", 8.5, align="r")
        pg.t(560, y, money(s.ytd("earnings", label)), 8.5, align="r")
        y += 13
    y += 14
    half = [(48, "TAXES", "taxes"), (310, "DEDUCTIONS", "deductions")]
    ybottom = y
    for x, title, kind in half:
        yy = y
        pg.rect(x, yy, 254, 14, fill=(0.86, 0.89, 0.94), stroke=None)
        pg.t(x + 4, yy + 10, title, 8, "Helvetica-Bold", navy)
        yy += 26
        pg.t(x + 4, yy, "Description", 7.5, "Helvetica-Bold")
        pg.t(x + 180, yy, "Current", 7.5, "Helvetica-Bold", align="r")
        pg.t(x + 250, yy, "YTD", 7.5, "Helvetica-Bold", align="r")
        pg.line(x, yy + 4, x + 254, yy + 4, 0.5)
        yy += 16
        for label, amount in getattr(p, kind):
            pg.t(x + 4, yy, label, 8.5)
            pg.t(x + 180, yy, money(amount), 8.5, align="r")
            pg.t(x + 250, yy, money(s.ytd(kind, label)), 8.5, align="r")
            yy += 13
        ybottom = max(ybottom, yy)
    y = ybottom + 16
    heads = ["", "Gross Pay", "Total Taxes", "Total Deductions", "Net Pay"]
    cur = ["Current", money(p.gross), money(sum((t[1] for t in p.taxes), Decimal(0))),
           money(sum((d[1] for d in p.deductions), Decimal(0))), money(p.net)]
    ytd = ["YTD", money(s.ytd_gross), money(s.ytd_sum("taxes")), money(s.ytd_sum("deductions")), money(s.ytd_net)]
    cw = 103.2
    for r, row in enumerate([heads, cur, ytd]):
        for i, val in enumerate(row):
            x = 48 + i * cw
            pg.rect(x, y + r * 18, cw, 18, fill=(0.86, 0.89, 0.94) if r == 0 or i == 0 else None,
                    stroke=(0.55, 0.55, 0.6), lw=0.5)
            if i == 0:
                pg.t(x + 5, y + r * 18 + 12, val, 8, "Helvetica-Bold")
            else:
                pg.t(x + cw - 5, y + r * 18 + 12, val, 8.5, "Helvetica-Bold" if r == 0 else "Helvetica", align="r")
    y += 74
    pg.t(48, y, "NET PAY DISTRIBUTION", 8, "Helvetica-Bold", navy)
    pg.t(48, y + 14, f"Direct Deposit   Checking  XXXXXX{s.extra['acct']}", 8.5)
    pg.t(390, y + 14, money(p.net), 8.5, align="r")
    pg.t(48, y + 40, s.extra.get("message", ""), 8, "Helvetica-Oblique", (0.3, 0.3, 0.3))


def neg(x: Decimal) -> str:
    return "-" + money(x)


def paint_provider_statement(pg: Pg, s: Stub):
    """P2: a national payroll provider's "Earnings Statement" (Ledgerline Payroll Services): company block at
    the top left, the statement's dates right-aligned at the top right, the employee's address block, earnings
    with rate / hours / this period / year to date, statutory and voluntary deductions as negatives, a detachable
    deposit advice under a dashed tear line."""
    job, p = s.job, s.cur
    pg.t(48, 54, job.employer, 11.5, "Helvetica-Bold")
    for i, line in enumerate(job.address):
        pg.t(48, 67 + i * 10.5, line, 8.5)
    pg.t(48, 104, f"Co. {s.extra['co']}   File {s.extra['file']}   Dept. {s.extra['dept']}   Clock {s.extra['clock']}",
         7.5, "Courier")
    pg.t(564, 54, "Earnings Statement", 15, "Helvetica-Bold", align="r")
    for i, (cap, val) in enumerate([("Period Starting:", mdy(p.start)), ("Period Ending:", mdy(p.end)),
                                    ("Pay Date:", mdy(p.pay))]):
        pg.t(490, 72 + i * 12, cap, 8.5, align="r")
        pg.t(564, 72 + i * 12, val, 8.5, align="r")
    pg.t(48, 130, "Taxable Marital Status:  Single", 8)
    pg.t(48, 141, "Exemptions/Allowances:  Federal: Std W-4    State: 1", 8)
    pg.t(48, 152, f"Pay frequency:  {FREQ_WORDS[job.freq]}", 8)
    pg.t(360, 130, s.employee.name.upper(), 10, "Helvetica-Bold")
    for i, line in enumerate(s.extra["home"]):
        pg.t(360, 143 + i * 11, line.upper(), 9)
    y = 186
    heads = [(48, "Earnings", "l"), (200, "rate", "r"), (250, "hours", "r"), (320, "this period", "r"),
             (400, "year to date", "r")]
    for x, cap, al in heads:
        pg.t(x, y, cap, 9 if cap == "Earnings" else 8, "Helvetica-Bold", align=al)
    pg.line(48, y + 4, 400, y + 4, 0.8)
    y += 16
    for _code, label, hours, rate, amount in p.earnings:
        pg.t(56, y, label, 8.5)
        pg.t(200, y, f"{rate:.2f}" if rate is not None else "", 8.5, align="r")
        pg.t(250, y, f"{hours:.2f}" if hours is not None else "", 8.5, align="r")
        pg.t(320, y, money(amount), 8.5, align="r")
        pg.t(400, y, money(s.ytd("earnings", label)), 8.5, align="r")
        y += 12
    y += 4
    pg.t(110, y, "Gross Pay", 9, "Helvetica-Bold")
    pg.t(320, y, "$" + money(p.gross), 9, "Helvetica-Bold", align="r")
    pg.t(400, y, money(s.ytd_gross), 9, "Helvetica-Bold", align="r")
    y += 20
    for title, kind in (("Statutory Deductions", "taxes"), ("Voluntary Deductions", "deductions")):
        pg.t(56, y, title, 8.5, "Helvetica-Bold")
        y += 12
        for label, amount in getattr(p, kind):
            pg.t(56, y, label, 8.5)
            pg.t(320, y, neg(amount), 8.5, align="r")
            pg.t(400, y, money(s.ytd(kind, label)), 8.5, align="r")
            y += 12
        y += 6
    pg.line(48, y, 400, y, 0.6)
    y += 14
    pg.t(110, y, "Net Pay", 10, "Helvetica-Bold")
    pg.t(320, y, "$" + money(p.net), 10, "Helvetica-Bold", align="r")
    pg.t(400, y, money(s.ytd_net), 9, align="r")
    # right column: other information
    pg.t(420, 186, "Other Benefits and", 9, "Helvetica-Bold")
    pg.t(420, 197, "Information", 9, "Helvetica-Bold")
    pg.t(480, 210, "this period", 7.5, align="r")
    pg.t(564, 210, "total to date", 7.5, align="r")
    pg.line(420, 213, 564, 213, 0.6)
    pg.t(424, 226, "Vacation Hrs", 8.5)
    pg.t(564, 226, s.extra["vac"], 8.5, align="r")
    pg.t(424, 238, "Sick Hrs", 8.5)
    pg.t(564, 238, s.extra["sick"], 8.5, align="r")
    pg.t(420, 262, "Important Notes", 9, "Helvetica-Bold")
    pg.para(420, 275, s.extra.get("note", "Your federal taxable wages this period are shown above."), 144, 7.5)
    # deposit advice
    y = 560
    pg.line(40, y, 572, y, 0.7, (0.4, 0.4, 0.4), dash=([4, 3], 0))
    pg.t(306, y + 10, "\u2702  DETACH HERE", 6.5, align="c", color=(0.4, 0.4, 0.4))
    y += 30
    pg.t(48, y, job.employer, 10, "Helvetica-Bold")
    pg.t(564, y, f"Advice number:  {s.check_no}", 8.5, align="r")
    pg.t(564, y + 12, f"Pay date:  {mdy(p.pay)}", 8.5, align="r")
    pg.t(48, y + 40, "Deposited to the account of", 8)
    pg.t(300, y + 40, "account number", 8)
    pg.t(430, y + 40, "transit ABA", 8)
    pg.t(564, y + 40, "amount", 8, align="r")
    pg.t(48, y + 54, s.employee.name.upper(), 9)
    pg.t(300, y + 54, f"xxxxxx{s.extra['acct']}", 9)
    pg.t(430, y + 54, "xxxx xxxx", 9)
    pg.t(564, y + 54, "$" + money(p.net), 9, align="r")
    pg.t(306, y + 92, "NON-NEGOTIABLE", 16, "Helvetica-Bold", (0.8, 0.8, 0.8), "c")
    pg.t(48, 750, "Payroll processed by Ledgerline Payroll Services", 6.5, color=(0.45, 0.45, 0.45))


def paint_plant_statement(pg: Pg, s: Stub):
    """P3: a seafood plant's in-house "PAYROLL STATEMENT": a dark band, two facts blocks, one ledger of codes -
    earnings, GROSS PAY, taxes, deductions, NET PAY - with Current and Year-To-Date columns."""
    job, p = s.job, s.cur
    teal = (0.05, 0.33, 0.36)
    pg.rect(40, 36, 532, 40, fill=teal, stroke=None)
    pg.t(52, 60, job.employer.upper(), 13, "Helvetica-Bold", (1, 1, 1))
    pg.t(52, 71, "  ".join(job.address), 7.5, color=(0.85, 0.95, 0.95))
    pg.t(560, 62, "PAYROLL STATEMENT", 12, "Helvetica-Bold", (1, 1, 1), "r")
    left = [("Employee", s.employee.name), ("Employee No.", s.emp_id), ("Department", s.extra["dept"]),
            ("Base Rate", f"${job.rate:.2f} / hr")]
    right = [("Pay Period", f"{mdy(p.start)} - {mdy(p.end)}"), ("Pay Date", mdy(p.pay)),
             ("Pay Schedule", "Biweekly" if job.freq == "biweekly" else FREQ_WORDS[job.freq]),
             ("Check / Voucher", s.check_no)]
    for i, (cap, val) in enumerate(left):
        pg.t(52, 100 + i * 14, cap + ":", 8.5, "Helvetica-Bold")
        pg.t(132, 100 + i * 14, val, 9)
    for i, (cap, val) in enumerate(right):
        pg.t(330, 100 + i * 14, cap + ":", 8.5, "Helvetica-Bold")
        pg.t(410, 100 + i * 14, val, 9)
    y = 168
    cols = [(52, "Code", "l"), (100, "Description", "l"), (318, "Hours", "r"), (378, "Rate", "r"),
            (464, "Current", "r"), (560, "Year-To-Date", "r")]
    pg.rect(40, y - 11, 532, 16, fill=(0.85, 0.92, 0.92), stroke=None)
    for x, cap, al in cols:
        pg.t(x, y, cap, 8.5, "Helvetica-Bold", align=al)
    y += 17
    for code, label, hours, rate, amount in p.earnings:
        pg.t(52, y, code, 8.5, "Courier")
        pg.t(100, y, label, 8.5)
        pg.t(318, y, f"{hours:.2f}" if hours is not None else "", 8.5, align="r")
        pg.t(378, y, f"{rate:.2f}" if rate is not None else "", 8.5, align="r")
        pg.t(464, y, money(amount), 8.5, align="r")
        pg.t(560, y, money(s.ytd("earnings", label)), 8.5, align="r")
        y += 13
    pg.line(40, y - 7, 572, y - 7, 0.5)
    y += 4
    pg.t(100, y, "GROSS PAY", 9, "Helvetica-Bold")
    pg.t(464, y, money(p.gross), 9, "Helvetica-Bold", align="r")
    pg.t(560, y, money(s.ytd_gross), 9, "Helvetica-Bold", align="r")
    y += 20
    codes = {"Federal Income Tax": "FIT", "Social Security": "FICA", "Medicare": "MEDI", "Union Dues": "UDUE",
             "Medical Insurance": "MEDINS", job.state_label: "SIT"}
    for kind in ("taxes", "deductions"):
        for label, amount in getattr(p, kind):
            pg.t(52, y, codes.get(label, label[:4].upper()), 8.5, "Courier")
            pg.t(100, y, label, 8.5)
            pg.t(464, y, money(amount), 8.5, align="r")
            pg.t(560, y, money(s.ytd(kind, label)), 8.5, align="r")
            y += 13
    pg.line(40, y - 7, 572, y - 7, 0.5)
    y += 6
    pg.rect(40, y - 12, 532, 18, fill=(0.85, 0.92, 0.92), stroke=None)
    pg.t(100, y, "NET PAY", 10, "Helvetica-Bold")
    pg.t(464, y, money(p.net), 10, "Helvetica-Bold", align="r")
    pg.t(560, y, money(s.ytd_net), 9, align="r")
    y += 30
    pg.t(52, y, f"YTD hours worked: {s.ytd_hours('Regular') + s.ytd_hours('Overtime'):.2f}", 8.5)
    pg.t(52, y + 13, f"Net pay deposited to checking account ending {s.extra['acct']}.", 8.5)
    pg.t(52, y + 26, s.extra.get("note", ""), 8, "Helvetica-Oblique")


def paint_restaurant_stub(pg: Pg, s: Stub):
    """P4: a restaurant's weekly stub printed by its point-of-sale back office: one bordered panel on the top
    third of the page, employee and earnings on the left, withholding and totals on the right, a perforation."""
    job, p = s.job, s.cur
    pg.rect(40, 40, 532, 250, stroke=(0, 0, 0), lw=1)
    pg.t(52, 60, job.employer, 13, "Helvetica-Bold")
    pg.t(52, 72, "  |  ".join(job.address), 7.5)
    pg.t(560, 58, "EARNINGS STATEMENT", 10, "Helvetica-Bold", align="r")
    pg.t(560, 70, "WEEKLY PAYROLL", 8, align="r")
    pg.line(40, 80, 572, 80, 0.8)
    pg.line(306, 80, 306, 290, 0.6)
    rows = [("Employee", s.employee.name), ("Position", s.extra["position"]), ("Emp #", s.emp_id),
            ("Period", f"{mdy(p.start)} - {mdy(p.end)}"), ("Week Ending", mdy(p.end)), ("Check Date", mdy(p.pay)),
            ("Check #", s.check_no)]
    for i, (cap, val) in enumerate(rows):
        pg.t(52, 96 + i * 12, cap, 8, "Helvetica-Bold")
        pg.t(122, 96 + i * 12, val, 8.5)
    y = 190
    for x, cap, al in [(52, "Earnings", "l"), (160, "Hrs", "r"), (202, "Rate", "r"), (250, "Current", "r"),
                       (298, "YTD", "r")]:
        pg.t(x, y, cap, 8, "Helvetica-Bold", align=al)
    pg.line(48, y + 3, 302, y + 3, 0.5)
    y += 13
    for _code, label, hours, rate, amount in p.earnings:
        pg.t(52, y, label, 8.5)
        pg.t(160, y, f"{hours:.2f}" if hours is not None else "", 8.5, align="r")
        pg.t(202, y, f"{rate:.2f}" if rate is not None else "", 8.5, align="r")
        pg.t(250, y, money(amount), 8.5, align="r")
        pg.t(298, y, money(s.ytd("earnings", label)), 8.5, align="r")
        y += 12
    pg.t(52, y + 4, "Gross Earnings", 8.5, "Helvetica-Bold")
    pg.t(250, y + 4, money(p.gross), 8.5, "Helvetica-Bold", align="r")
    pg.t(298, y + 4, money(s.ytd_gross), 8.5, "Helvetica-Bold", align="r")
    y = 96
    for x, cap, al in [(318, "Withholding / Deductions", "l"), (500, "Current", "r"), (560, "YTD", "r")]:
        pg.t(x, y, cap, 8, "Helvetica-Bold", align=al)
    pg.line(314, y + 3, 568, y + 3, 0.5)
    y += 13
    for kind in ("taxes", "deductions"):
        for label, amount in getattr(p, kind):
            pg.t(318, y, label, 8.5)
            pg.t(500, y, money(amount), 8.5, align="r")
            pg.t(560, y, money(s.ytd(kind, label)), 8.5, align="r")
            y += 12
    y += 14
    for cap, cur, ytd in (("Gross", p.gross, s.ytd_gross),
                          ("Total Withheld", p.gross - p.net, s.ytd_gross - s.ytd_net), ("NET PAY", p.net, s.ytd_net)):
        bold = cap == "NET PAY"
        pg.t(318, y, cap, 9 if bold else 8.5, "Helvetica-Bold" if bold else "Helvetica")
        pg.t(500, y, money(cur), 9 if bold else 8.5, "Helvetica-Bold" if bold else "Helvetica", align="r")
        pg.t(560, y, money(ytd), 8.5, align="r")
        y += 13
    pg.t(318, 278, "Direct deposit. Keep this statement for your records.", 7.5, "Helvetica-Oblique")
    for x in range(40, 572, 6):
        pg.line(x, 310, x + 3, 310, 0.6, (0.5, 0.5, 0.5))


def paint_payslip(pg: Pg, s: Stub):
    """P5: a small office's "PAY SLIP" from an online payroll app: a centred title, the facts as a key / value
    list, then one table of items with This Pay and Year to Date, grouped under Earnings and Deductions, and a
    large net pay line."""
    job, p = s.job, s.cur
    pg.t(306, 62, "PAY SLIP", 20, "Helvetica-Bold", align="c")
    pg.t(306, 78, job.employer, 10, align="c")
    pg.t(306, 90, ", ".join(job.address), 8, align="c", color=(0.35, 0.35, 0.35))
    facts = [("Employee", s.employee.name), ("Employee no.", s.emp_id), ("Job title", s.extra["title"]),
             ("Pay frequency", FREQ_WORDS[job.freq]), ("Pay period", f"{mdy(p.start)} to {mdy(p.end)}"),
             ("Payment date", mdy(p.pay)), ("Paid by", f"Direct deposit, account ending {s.extra['acct']}")]
    y = 124
    for cap, val in facts:
        pg.t(150, y, cap, 9.5, color=(0.35, 0.35, 0.35))
        pg.t(260, y, val, 9.5, "Helvetica-Bold")
        y += 15
    y += 14
    pg.line(120, y, 492, y, 1)
    pg.t(124, y + 13, "Item", 9, "Helvetica-Bold")
    pg.t(400, y + 13, "This Pay", 9, "Helvetica-Bold", align="r")
    pg.t(488, y + 13, "Year to Date", 9, "Helvetica-Bold", align="r")
    pg.line(120, y + 18, 492, y + 18, 0.5)
    y += 34
    def earning_label(e) -> str:
        return e[1] + (f" ({e[2]:.2f} h @ {e[3]:.2f})" if e[2] is not None and e[3] is not None else "")

    groups = [("Earnings", [(earning_label(e), e[4], s.ytd("earnings", e[1])) for e in p.earnings]),
              ("Taxes", [(t[0], t[1], s.ytd("taxes", t[0])) for t in p.taxes]),
              ("Deductions", [(d[0], d[1], s.ytd("deductions", d[0])) for d in p.deductions])]
    for title, rows in groups:
        pg.t(124, y, title, 9, "Helvetica-BoldOblique")
        y += 14
        for label, cur, ytd in rows:
            pg.t(136, y, label, 9)
            pg.t(400, y, money(cur) if title == "Earnings" else f"({money(cur)})", 9, align="r")
            pg.t(488, y, money(ytd) if title == "Earnings" else f"({money(ytd)})", 9, align="r")
            y += 13
        if title == "Earnings":
            pg.t(136, y, "Total gross pay", 9, "Helvetica-Bold")
            pg.t(400, y, money(p.gross), 9, "Helvetica-Bold", align="r")
            pg.t(488, y, money(s.ytd_gross), 9, "Helvetica-Bold", align="r")
            y += 13
        y += 8
    pg.line(120, y, 492, y, 1)
    pg.t(124, y + 22, "NET PAY", 14, "Helvetica-Bold")
    pg.t(400, y + 22, "$" + money(p.net), 14, "Helvetica-Bold", align="r")
    pg.t(488, y + 22, money(s.ytd_net), 9, align="r")
    pg.t(306, 740, "Generated by Tallyfern Payroll \u00b7 questions about your pay? ask your employer", 7,
         align="c", color=(0.45, 0.45, 0.45))


def paint_compensation(pg: Pg, s: Stub):
    """P6: an engineering firm's monthly "COMPENSATION STATEMENT": a ruled letterhead, the month named in the
    period line, current month and calendar year to date side by side, employer-paid benefits boxed apart."""
    job, p = s.job, s.cur
    green = (0.16, 0.32, 0.22)
    pg.c.setFillColorRGB(*green)
    pg.c.rect(48, H - 66, 22, 22, stroke=0, fill=1)
    pg.t(59, 59, "C", 14, "Helvetica-Bold", (1, 1, 1), "c")
    pg.t(78, 56, job.employer, 13, "Times-Bold", green)
    pg.t(78, 67, " \u00b7 ".join(job.address), 8, "Times-Roman")
    pg.line(48, 78, 564, 78, 1.5, green)
    pg.t(48, 104, "COMPENSATION STATEMENT", 12, "Helvetica-Bold")
    info = [("Employee", s.employee.name), ("Employee ID", s.emp_id), ("Position", s.extra["title"]),
            ("Annual base salary", "$" + money(job.rate * 12))]
    for i, (cap, val) in enumerate(info):
        pg.t(48, 126 + i * 13, cap, 8.5, color=(0.35, 0.35, 0.35))
        pg.t(150, 126 + i * 13, val, 9)
    info2 = [("Pay period", f"{p.start.strftime('%B %Y')} ({mdy(p.start)} - {mdy(p.end)})"),
             ("Payment date", mdy(p.pay)), ("Pay frequency", "Monthly"), ("Statement no.", s.check_no)]
    for i, (cap, val) in enumerate(info2):
        pg.t(296, 126 + i * 13, cap, 8.5, color=(0.35, 0.35, 0.35))
        pg.t(368, 126 + i * 13, val, 9)
    y = 196
    pg.rect(48, y, 516, 16, fill=(0.88, 0.92, 0.89), stroke=None)
    pg.t(54, y + 11.5, "Description", 8.5, "Helvetica-Bold")
    pg.t(440, y + 11.5, "Current Month", 8.5, "Helvetica-Bold", align="r")
    pg.t(558, y + 11.5, "Calendar Year to Date", 8.5, "Helvetica-Bold", align="r")
    y += 30
    sections = [("Earnings", [(e[1], e[4], s.ytd("earnings", e[1])) for e in p.earnings]),
                ("Taxes withheld", [(t[0], t[1], s.ytd("taxes", t[0])) for t in p.taxes]),
                ("Other deductions", [(d[0], d[1], s.ytd("deductions", d[0])) for d in p.deductions])]
    for title, rows in sections:
        pg.t(54, y, title, 9, "Helvetica-Bold", green)
        y += 13
        for label, cur, ytd in rows:
            pg.t(66, y, label, 9)
            pg.t(440, y, money(cur), 9, align="r")
            pg.t(558, y, money(ytd), 9, align="r")
            y += 12.5
        if title == "Earnings":
            pg.t(66, y, "Gross compensation", 9, "Helvetica-Bold")
            pg.t(440, y, money(p.gross), 9, "Helvetica-Bold", align="r")
            pg.t(558, y, money(s.ytd_gross), 9, "Helvetica-Bold", align="r")
            y += 12.5
        y += 8
    pg.line(48, y, 564, y, 0.8)
    pg.t(54, y + 16, "Net pay", 11, "Helvetica-Bold")
    pg.t(440, y + 16, money(p.net), 11, "Helvetica-Bold", align="r")
    pg.t(558, y + 16, money(s.ytd_net), 9, align="r")
    y += 44
    pg.rect(48, y, 516, 58, stroke=(0.6, 0.6, 0.6), lw=0.6)
    pg.t(56, y + 14, "Employer-paid benefits (not included in your pay)", 8.5, "Helvetica-Bold")
    pg.t(56, y + 28, f"Medical premium share  {money(s.extra['er_med'])}      401(k) match  "
         f"{money(q(p.gross * Decimal('0.04')))}      Life and disability insurance  38.70", 8.5)
    pg.t(56, y + 44, "Amounts shown for the current month.", 7.5, "Helvetica-Oblique")


# ======================================================================================================
# servicers' own application forms
# ======================================================================================================


def sign_here(pg: Pg, app: App, who: str, mode: str, x: float, y: float, sig_w: float, date_x: float, seed: str,
              typed_date_size: float = 10):
    """Fill one signature line: (x, y) is the start of the signature line, date_x the start of its date line."""
    signed = app.b_signed if who == "b" else app.cb_signed
    date = app.b_date if who == "b" else app.cb_date
    if signed:
        signature(pg, x + 10, y - 3, sig_w, f"{seed}|{who}", color=SCREEN if mode == "screen" else INK,
                  lw=0.9 if mode == "screen" else 1.1)
    if date:
        if mode == "screen":
            pg.t(date_x + 6, y - 4, mdy(date), typed_date_size)
        else:
            hand_text(pg, date_x + 6, y - 3, mdy(date), f"{seed}|{who}date")


def app_printed(app: App, date_fmt=mdy, full_ssn: bool = False, lines: str = "person") -> list[str]:
    """What a born-digital application must show: lines "person" (every person's amounts), "code" (household
    amounts by income code) or "wages" (wages by person, the rest by code)."""
    out = [app.loan, app.b.name, app.prop.street, app.prop.city, money(app.total)]
    out.append(app.b.ssn if full_ssn else app.b.last4)
    if app.cb:
        out.append(app.cb.name)
    if app.start:
        out.append(date_fmt(app.start))
    if lines == "person":
        out += [money(a) for _c, _w, a in app.lines if a > 0]
    elif lines == "code":
        out += [money(a) for a in app.income().values()]
    else:
        out += [money(a) for c, _w, a in app.lines if a > 0 and c == "wages"]
        out += [money(a) for c, a in app.income().items() if c != "wages"]
    return out


# ---- Form A: Larkspur Valley Mortgage Servicing, "Mortgage Assistance Application" (LVMS-300) ----------

A_NAME = "Larkspur Valley Mortgage Servicing"
A_PLUM = (0.40, 0.20, 0.44)
A_HARDSHIPS = [("unemployment", "Job loss / unemployment"), ("reduction_in_income", "Reduced pay or hours"),
               ("increase_in_housing_expenses", "Higher housing costs (taxes, insurance, HOA)"),
               ("disaster", "Natural or man-made disaster"),
               ("disability_or_illness", "Illness or disability (you or a dependent)"),
               ("divorce_or_separation", "Divorce or legal separation"),
               ("separation_unmarried", "Unmarried co-owners have separated"),
               ("death", "Death of a borrower or wage earner"),
               ("relocation", "Job transfer / relocation (50+ miles)"), ("other", "Other (please attach a letter)")]
A_INCOME = [("wages", "Wages, salary, overtime, tips"), ("self_employment", "Self-employment income (net)"),
            ("unemployment", "Unemployment benefits"),
            ("benefits_taxable", "Social Security, pension, disability (taxable)"),
            ("benefits_nontaxable", "Non-taxable Social Security / disability"),
            ("rental", "Rental income (net of expenses)"), ("investment", "Investment or insurance income"),
            ("other", "Child support, alimony, other income")]
A_OCCUPANCY = [("primary_residence", "My principal residence"), ("second_home", "Second / vacation home"),
               ("investment_property", "Investment / rental property")]


def a_card(pg: Pg, x, y, w, h, title):
    pg.rect(x, y, w, h, stroke=(0.72, 0.70, 0.74), lw=0.8, radius=5)
    pg.rect(x, y, 5, h, fill=A_PLUM, stroke=None)
    pg.t(x + 16, y + 17, title, 10.5, "Helvetica-Bold", A_PLUM)


def a_field(pg: Pg, x, y, w, label, value):
    pg.t(x, y, label, 7.2, "Helvetica-Bold", (0.25, 0.25, 0.3))
    pg.line(x, y + 19, x + w - 10, y + 19, 0.6, (0.35, 0.35, 0.35))
    if value:
        size = 10
        while pg.width(value, "Helvetica", size) > w - 14 and size > 6.5:
            size -= 0.5
        pg.t(x + 2, y + 16, value, size)


def a_choice(pg: Pg, x, y, label, checked):
    """A box before its words; the choice is typed as an X (in the PDF, before printing when signed in ink)."""
    pg.box(x, y - 7.5, 9, False, 0.8)
    if checked:
        pg.t(x + 4.5, y + 0.2, "X", 9, "Helvetica-Bold", align="c")
    pg.t(x + 14, y, label, 9)


def form_a(app: App, mode: str, seed: str) -> Doc:
    def header(pg: Pg, page: int):
        pg.c.setFillColorRGB(*A_PLUM)
        pg.c.circle(58, H - 52, 11, stroke=0, fill=1)
        pg.t(58, 56.5, "LV", 9, "Helvetica-Bold", (1, 1, 1), "c")
        pg.t(76, 50, A_NAME, 14, "Helvetica-Bold", A_PLUM)
        pg.t(76, 63, "Homeowner Assistance Center  |  P.O. Box 7781, Sioux Ridge, SD 57199  |  Fax (605) 555-0174",
             7.5, color=(0.3, 0.3, 0.3))
        pg.t(564, 48, "Form LVMS-300 (rev. 01/2032)", 7.5, align="r", color=(0.3, 0.3, 0.3))
        pg.t(564, 60, f"Page {page} of 2", 7.5, align="r", color=(0.3, 0.3, 0.3))
        pg.line(46, 74, 566, 74, 1.2, A_PLUM)

    def page1(pg: Pg):
        header(pg, 1)
        pg.t(46, 100, "Mortgage Assistance Application", 18, "Helvetica-Bold")
        pg.para(46, 116, "Complete every section that applies to you and sign on page 2. Send the application with "
                "your most recent pay stubs or other proof of income and any hardship documents. We will tell you "
                "within five business days whether anything is missing.", 520, 8.3)
        y = 146
        a_card(pg, 46, y, 520, 146, "Section A  \u00b7  Loan and Borrowers")
        a_field(pg, 62, y + 34, 190, "Loan Number", app.loan)
        a_field(pg, 252, y + 34, 130, "Primary Phone", app.phone)
        a_field(pg, 382, y + 34, 180, "E-mail Address", app.email)
        a_field(pg, 62, y + 72, 300, "Borrower Full Name", app.b.name)
        a_field(pg, 362, y + 72, 100, "SSN (last 4 digits)", app.b.last4)
        a_field(pg, 462, y + 72, 100, "Phone", app.phone)
        a_field(pg, 62, y + 110, 300, "Co-Borrower Full Name", app.cb.name if app.cb else "")
        a_field(pg, 362, y + 110, 100, "SSN (last 4 digits)", app.cb.last4 if app.cb else "")
        a_field(pg, 462, y + 110, 100, "Phone", app.cb_phone if app.cb else "")
        y = 304
        a_card(pg, 46, y, 520, 124, "Section B  \u00b7  Property")
        a_field(pg, 62, y + 34, 250, "Property Street Address", app.prop.street)
        a_field(pg, 312, y + 34, 140, "City", app.prop.city)
        a_field(pg, 452, y + 34, 44, "State", app.prop.state)
        a_field(pg, 496, y + 34, 66, "ZIP Code", app.prop.zip)
        pg.t(62, y + 78, "How is the property used? (check one)", 8.5, "Helvetica-Bold")
        for i, (code, label) in enumerate(A_OCCUPANCY):
            a_choice(pg, 62 + i * 172, y + 96, label, app.occupancy == code)
        pg.t(62, y + 114, "Do you want to keep the property?", 8.5, "Helvetica-Bold")
        a_choice(pg, 234, y + 114, "Yes", True)
        a_choice(pg, 300, y + 114, "No, I want to sell", False)
        y = 440
        a_card(pg, 46, y, 520, 188, "Section C  \u00b7  Your Hardship")
        pg.t(62, y + 36, "What caused your difficulty paying? (check all that apply)", 8.5, "Helvetica-Bold")
        for i, (code, label) in enumerate(A_HARDSHIPS):
            a_choice(pg, 62 + (i % 2) * 256, y + 56 + (i // 2) * 18, label, code in app.hardships)
        a_field(pg, 62, y + 150, 170, "Date Hardship Began (MM/DD/YYYY)", mdy(app.start) if app.start else "")
        pg.t(250, y + 150, "Expected to last", 7.2, "Helvetica-Bold", (0.25, 0.25, 0.3))
        for i, (code, label) in enumerate([("short_term", "6 months or less"), ("long_term", "More than 6 months"),
                                           ("resolved", "Already resolved")]):
            a_choice(pg, 250 + i * 104, y + 168, label, app.duration == code)
        pg.para(46, 648, "Section C continues: if you checked Other, or your hardship is an illness or disability, "
                "please include a short letter in your own words. For divorce, death or a job transfer, see the "
                "documents listed on our website.", 520, 7.5, color=(0.3, 0.3, 0.3))

    def page2(pg: Pg):
        header(pg, 2)
        a_field(pg, 400, 92, 166, "Loan Number", app.loan)
        y = 126
        a_card(pg, 46, y, 520, 262, "Section D  \u00b7  Monthly Gross Income (before taxes)")
        cols = [(62, "Income source", "l"), (392, "Borrower", "r"), (472, "Co-Borrower", "r"), (552, "Total", "r")]
        yy = y + 32
        pg.rect(58, yy, 500, 18, fill=(0.93, 0.90, 0.94), stroke=None)
        for x, cap, al in cols:
            pg.t(x, yy + 12.5, cap, 8.5, "Helvetica-Bold", align=al)
        yy += 18
        for i, (code, label) in enumerate(A_INCOME):
            if i % 2:
                pg.rect(58, yy, 500, 20, fill=(0.97, 0.96, 0.97), stroke=None)
            pg.t(62, yy + 14, label, 9)
            vb, vc = app.amount(code, "b"), app.amount(code, "cb")
            if vb:
                pg.t(392, yy + 14, money(vb), 9.5, align="r")
            if vc:
                pg.t(472, yy + 14, money(vc), 9.5, align="r")
            if vb + vc:
                pg.t(552, yy + 14, money(vb + vc), 9.5, align="r")
            pg.line(58, yy + 20, 558, yy + 20, 0.4, (0.8, 0.8, 0.82))
            yy += 20
        pg.rect(58, yy + 2, 500, 20, fill=(0.93, 0.90, 0.94), stroke=None)
        pg.t(62, yy + 16, "Total monthly gross income", 9, "Helvetica-Bold")
        tb = sum((a for _c, w, a in app.lines if w == "b"), Decimal(0))
        tc = sum((a for _c, w, a in app.lines if w == "cb"), Decimal(0))
        pg.t(392, yy + 16, money(tb), 9.5, "Helvetica-Bold", align="r")
        if tc:
            pg.t(472, yy + 16, money(tc), 9.5, "Helvetica-Bold", align="r")
        pg.t(552, yy + 16, money(app.total), 9.5, "Helvetica-Bold", align="r")
        y = 400
        a_card(pg, 46, y, 520, 70, "Section E  \u00b7  Assets (exclude retirement accounts)")
        a_field(pg, 62, y + 34, 160, "Checking accounts and cash", money(app.checking, True))
        a_field(pg, 232, y + 34, 160, "Savings / money market / CDs", money(app.savings, True))
        a_field(pg, 402, y + 34, 160, "Stocks and bonds", "")
        y = 482
        a_card(pg, 46, y, 520, 262, "Section F  \u00b7  Certification and Signatures")
        yy = pg.para(62, y + 36, "By signing, I (we) certify that the information in this application is true and "
                     "complete, that the hardship described above contributed to my need for help, and that I will "
                     "provide any further documents Larkspur Valley Mortgage Servicing asks for. I (we) consent to a "
                     "credit report for each borrower and to being contacted about this application at the phone "
                     "numbers and e-mail address above. Knowingly false statements may violate federal law.",
                     490, 8.2)
        rows = [("b", yy + 44), ("cb", yy + 104)]
        for who, ly in rows:
            pg.line(62, ly, 372, ly, 0.8)
            pg.line(396, ly, 548, ly, 0.8)
            pg.t(62, ly + 11, "Borrower Signature" if who == "b" else "Co-Borrower Signature", 7.5,
                 "Helvetica-Bold", (0.25, 0.25, 0.3))
            pg.t(396, ly + 11, "Date", 7.5, "Helvetica-Bold", (0.25, 0.25, 0.3))
            if who == "b" or app.cb:
                sign_here(pg, app, who, mode, 62, ly, 150, 396, seed)

    doc = Doc("mortgage_assistance_application", make_pdf([page1, page2], "Mortgage Assistance Application"),
              {}, printed=app_printed(app), label="LVMS-300")
    if mode == "screen":
        doc.printed += [mdy(d) for d in (app.b_date, app.cb_date) if d]
    return doc


# ---- Form B: Hollins Creek Federal Credit Union, "Mortgage Hardship Assistance Application" -----------
# set in a word processor: serif type, tab-aligned labels with shaded answer fields on underlines,
# ballot-box glyphs, income as a two-column ruled table, signature lines with captions under them.

B_NAME = "Hollins Creek Federal Credit Union"
B_HARDSHIPS = [("unemployment", "Loss of employment"), ("reduction_in_income", "Reduction of income or hours"),
               ("increase_in_housing_expenses", "Increase in housing expenses"),
               ("disaster", "Natural disaster or other disaster"),
               ("disability_or_illness", "Serious illness or disability"),
               ("divorce_or_separation", "Divorce or legal separation"),
               ("separation_unmarried", "Separation from a co-owner (not married)"),
               ("death", "Death of a borrower or household wage earner"),
               ("relocation", "Employment transfer or relocation"),
               ("other", "Other hardship (explain on a separate page)")]
B_INCOME = [("wages", "b", "Gross wages / salary \u2013 Applicant"),
            ("wages", "cb", "Gross wages / salary \u2013 Co-Applicant"),
            ("self_employment", None, "Self-employment income (net)"),
            ("unemployment", None, "Unemployment compensation"),
            ("benefits_taxable", None, "Social Security, pension or disability (taxable)"),
            ("benefits_nontaxable", None, "Non-taxable benefits (SSI, VA disability)"),
            ("rental", None, "Rental income (net)"), ("investment", None, "Investment or insurance income"),
            ("other", None, "Other income (child support, alimony)")]
B_OCCUPANCY = [("primary_residence", "Primary residence"), ("second_home", "Second home"),
               ("investment_property", "Rental / investment")]


def b_box(pg: Pg, x, y, checked: bool, size=11):
    pg.t(x, y, "\u2612" if checked else "\u2610", size, "Glyph")


def form_b(app: App, mode: str, seed: str) -> Doc:
    serif, bold = "Times-Roman", "Times-Bold"

    def field_line(pg: Pg, y, label, value, x_label=72, x0=232, x1=540):
        pg.t(x_label, y, label, 11, serif)
        pg.rect(x0, y - 11, x1 - x0, 14, fill=(0.90, 0.90, 0.90), stroke=None)
        pg.line(x0, y + 3, x1, y + 3, 0.5)
        if value:
            pg.t(x0 + 3, y, value, 11, serif)

    def heading(pg: Pg, y, text):
        pg.t(72, y, text, 12, bold)
        pg.line(72, y + 2, 72 + pg.width(text, bold, 12), y + 2, 0.7)

    def page1(pg: Pg):
        pg.t(W / 2, 62, B_NAME.upper(), 14, bold, align="c")
        pg.t(W / 2, 77, "Member Mortgage Servicing  \u2022  2200 Mill Race Road  \u2022  Dunmore Falls, WV 26291  "
             "\u2022  Fax (304) 555-0148", 9, serif, align="c")
        pg.line(72, 86, 540, 86, 0.8)
        pg.t(W / 2, 112, "MORTGAGE HARDSHIP ASSISTANCE APPLICATION", 13, bold, align="c")
        pg.t(W / 2, 127, "Please type or print clearly. Attach the documents listed on page 2.", 10, "Times-Italic",
             align="c")
        heading(pg, 158, "1.  Applicant Information")
        rows = [("Mortgage Loan Number:", app.loan), ("Applicant Name:", app.b.name),
                ("Social Security Number:", app.b.ssn), ("Co-Applicant Name:", app.cb.name if app.cb else ""),
                ("Social Security Number:", app.cb.ssn if app.cb else ""), ("Home / Cell Phone:", app.phone),
                ("E-mail Address:", app.email)]
        y = 184
        for label, value in rows:
            field_line(pg, y, label, value)
            y += 22
        heading(pg, y + 12, "2.  Property")
        y += 38
        field_line(pg, y, "Property Address:", app.prop.street)
        y += 22
        field_line(pg, y, "City, State, ZIP:", app.prop.city_line)
        y += 26
        pg.t(72, y, "This property is my:", 11, serif)
        for i, (code, label) in enumerate(B_OCCUPANCY):
            x = 200 + i * 122
            b_box(pg, x, y + 1, app.occupancy == code)
            pg.t(x + 15, y, label, 11, serif)
        y += 20
        pg.t(72, y, "I would like to:", 11, serif)
        for i, label in enumerate(["Keep my home", "Sell my home"]):
            x = 200 + i * 122
            b_box(pg, x, y + 1, i == 0)
            pg.t(x + 15, y, label, 11, serif)
        heading(pg, y + 32, "3.  Hardship")
        y += 56
        pg.t(72, y, "Please check each reason that applies to you:", 11, serif)
        y += 20
        for i, (code, label) in enumerate(B_HARDSHIPS):
            x = 86 + (i % 2) * 232
            yy = y + (i // 2) * 18
            b_box(pg, x, yy + 1, code in app.hardships)
            pg.t(x + 15, yy, label, 10.5, serif)
        y += 5 * 18 + 10
        field_line(pg, y, "When did the hardship begin?", mdy(app.start) if app.start else "", x0=232, x1=340)
        pg.t(346, y, "(mm/dd/yyyy)", 9.5, "Times-Italic")
        y += 22
        pg.t(72, y, "Is the hardship:", 11, serif)
        for i, (code, label) in enumerate([("short_term", "Temporary"), ("long_term", "Long-term / permanent"),
                                           ("resolved", "Resolved")]):
            x = 200 + i * 122
            b_box(pg, x, y + 1, app.duration == code)
            pg.t(x + 15, y, label, 11, serif)
        pg.t(540, 740, "Page 1 of 2", 9, serif, align="r")
        pg.t(72, 740, "HCFCU Form MH-1 (03/2031)", 9, serif)

    def page2(pg: Pg):
        pg.t(72, 60, f"{B_NAME} \u2013 Mortgage Hardship Assistance Application (continued)", 9, "Times-Italic")
        pg.t(540, 60, f"Loan No. {app.loan}", 9, "Times-Italic", align="r")
        heading(pg, 92, "4.  Monthly Household Income (before taxes and deductions)")
        x0, x1, x2 = 72, 400, 540
        y = 108
        pg.rect(x0, y, x2 - x0, 18, fill=(0.85, 0.85, 0.85), stroke=(0, 0, 0), lw=0.6)
        pg.line(x1, y, x1, y + 18, 0.6)
        pg.t(x0 + 5, y + 13, "Type of income", 11, bold)
        pg.t(x2 - 5, y + 13, "Monthly amount", 11, bold, align="r")
        y += 18
        for code, who, label in B_INCOME:
            amount = app.amount(code, who) if who else app.amount(code, "b") + app.amount(code, "cb")
            pg.rect(x0, y, x2 - x0, 18, stroke=(0, 0, 0), lw=0.6)
            pg.line(x1, y, x1, y + 18, 0.6)
            pg.t(x0 + 5, y + 13, label, 11, serif)
            pg.t(x1 + 8, y + 13, "$", 11, serif)
            if amount:
                pg.t(x2 - 5, y + 13, money(amount), 11, serif, align="r")
            y += 18
        pg.rect(x0, y, x2 - x0, 20, fill=(0.85, 0.85, 0.85), stroke=(0, 0, 0), lw=0.6)
        pg.line(x1, y, x1, y + 20, 0.6)
        pg.t(x0 + 5, y + 14, "TOTAL MONTHLY INCOME", 11, bold)
        pg.t(x1 + 8, y + 14, "$", 11, bold)
        pg.t(x2 - 5, y + 14, money(app.total), 11, bold, align="r")
        y += 48
        heading(pg, y, "5.  Documents to Attach")
        y += 18
        for line in ["\u2022  Your two most recent pay stubs, or other proof of each income listed above;",
                     "\u2022  Your two most recent bank statements if you are self-employed, with IRS Form 4506-C;",
                     "\u2022  A letter or other paper for the hardship, where the hardship requires one."]:
            pg.t(86, y, line, 10.5, serif)
            y += 15
        heading(pg, y + 18, "6.  Acknowledgment and Signatures")
        y = pg.para(72, y + 40, "I/We certify that the information given in this application is true and correct "
                    "to the best of my/our knowledge. I/We authorize Hollins Creek Federal Credit Union to verify "
                    "any of it, to obtain a credit report, and to contact me/us about this request. I/We understand "
                    "that the credit union is not required to offer assistance because of this application.",
                    468, 11, serif, leading=14)
        for who, ly in (("b", y + 46), ("cb", y + 106)):
            pg.line(72, ly, 344, ly, 0.7)
            pg.line(380, ly, 540, ly, 0.7)
            pg.t(72, ly + 13, "Applicant Signature" if who == "b" else "Co-Applicant Signature", 10, serif)
            pg.t(380, ly + 13, "Date", 10, serif)
            if who == "b" or app.cb:
                sign_here(pg, app, who, mode, 72, ly, 140, 380, seed, typed_date_size=11)
        pg.t(540, 740, "Page 2 of 2", 9, serif, align="r")
        pg.t(72, 740, "HCFCU Form MH-1 (03/2031)", 9, serif)

    doc = Doc("mortgage_assistance_application", make_pdf([page1, page2], "Mortgage Hardship Assistance Application"),
              {}, printed=app_printed(app, full_ssn=True, lines="wages"), label="MH-1")
    if mode == "screen":
        doc.printed += [mdy(d) for d in (app.b_date, app.cb_date) if d]
    return doc


# ---- Form C: Pinebrook Mortgage Company, "Borrower Assistance Form" (PMC-7) -----------------------------
# a step bar across the top, pale blue answer boxes with bold captions above them, choices in rows with
# wide gaps, household income as a grid of boxes with a highlighted total.

C_NAME = "Pinebrook Mortgage Company"
C_BLUE = (0.16, 0.36, 0.62)
C_FILL = (0.91, 0.95, 0.99)
C_HARDSHIPS = [("unemployment", "Unemployed"), ("reduction_in_income", "Income went down"),
               ("increase_in_housing_expenses", "Housing costs went up"), ("disaster", "Disaster"),
               ("disability_or_illness", "Illness / disability"), ("divorce_or_separation", "Divorce / separation"),
               ("separation_unmarried", "Co-owner moved out (unmarried)"), ("death", "Death in household"),
               ("relocation", "Job relocation"), ("other", "Other")]
C_INCOME = [("wages", "Wages / salary (all borrowers)"), ("self_employment", "Self-employment (net)"),
            ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Social Security / pension (taxable)"),
            ("benefits_nontaxable", "Non-taxable benefits"), ("rental", "Rental income (net)"),
            ("investment", "Investment / insurance"), ("other", "Other (support, alimony)")]
C_OCCUPANCY = [("primary_residence", "Owner-occupied home"), ("second_home", "Second home"),
               ("investment_property", "Rental property")]


def c_box(pg: Pg, x, y, w, label, value, h=22):
    pg.t(x, y, label.upper(), 6.8, "Helvetica-Bold", C_BLUE)
    pg.rect(x, y + 4, w, h, fill=C_FILL, stroke=(0.55, 0.66, 0.82), lw=0.7)
    if value:
        size = 10.5
        while pg.width(value, "Helvetica", size) > w - 10 and size > 6.5:
            size -= 0.5
        pg.t(x + 6, y + 4 + h - 7, value, size)


def c_choice(pg: Pg, x, y, label, checked):
    pg.rect(x, y - 8.5, 10, 10, fill=(1, 1, 1), stroke=C_BLUE, lw=0.9)
    if checked:
        pg.t(x + 5, y, "X", 10, "Helvetica-Bold", align="c")
    pg.t(x + 15, y, label, 9.5)


def form_c(app: App, mode: str, seed: str) -> Doc:
    steps = ["Borrowers", "Property", "Hardship", "Income", "Sign"]

    def header(pg: Pg, page: int):
        pg.c.setFillColorRGB(*C_BLUE)
        p = pg.c.beginPath()
        p.moveTo(48, H - 64)
        p.lineTo(60, H - 42)
        p.lineTo(72, H - 64)
        p.close()
        pg.c.drawPath(p, stroke=0, fill=1)
        pg.t(80, 56, C_NAME, 15, "Helvetica-Bold", C_BLUE)
        pg.t(80, 68, "Borrower Assistance  \u00b7  1450 Tamarind Parkway, Suite 300, Glen Arbor, MN 55999  \u00b7  "
             "fax 612-555-0166", 7.5, color=(0.3, 0.3, 0.3))
        pg.t(564, 56, "PMC-7", 11, "Helvetica-Bold", C_BLUE, "r")
        pg.t(564, 68, f"page {page}/2", 7.5, align="r")
        y = 92
        for i, s in enumerate(steps):
            x = 92 + i * 107
            if i < len(steps) - 1:
                pg.line(x + 9, y, x + 98, y, 1.2, (0.6, 0.7, 0.85))
            pg.c.setFillColorRGB(*(C_BLUE if (page == 1 and i < 3) or (page == 2 and i >= 3) else (0.75, 0.8, 0.88)))
            pg.c.circle(x, H - y, 8, stroke=0, fill=1)
            pg.t(x, y + 3, str(i + 1), 8, "Helvetica-Bold", (1, 1, 1), "c")
            pg.t(x, y + 19, s, 7.5, align="c")

    def page1(pg: Pg):
        header(pg, 1)
        pg.t(48, 140, "Borrower Assistance Form", 17, "Helvetica-Bold")
        pg.t(48, 154, "Type or print in the blue boxes. Sign and date on page 2.", 8.5, color=(0.3, 0.3, 0.3))
        pg.t(48, 180, "1  BORROWERS", 10, "Helvetica-Bold", C_BLUE)
        c_box(pg, 48, 196, 180, "Loan number", app.loan)
        c_box(pg, 240, 196, 150, "Phone", app.phone)
        c_box(pg, 402, 196, 162, "Email", app.email)
        c_box(pg, 48, 236, 330, "Borrower name", app.b.name)
        c_box(pg, 390, 236, 80, "Last 4 of SSN", app.b.last4)
        c_box(pg, 482, 236, 82, "Date of birth", "")
        c_box(pg, 48, 276, 330, "Co-borrower name", app.cb.name if app.cb else "")
        c_box(pg, 390, 276, 80, "Last 4 of SSN", app.cb.last4 if app.cb else "")
        c_box(pg, 482, 276, 82, "Date of birth", "")
        pg.t(48, 330, "2  PROPERTY", 10, "Helvetica-Bold", C_BLUE)
        c_box(pg, 48, 346, 260, "Street address of the mortgaged property", app.prop.street)
        c_box(pg, 320, 346, 130, "City", app.prop.city)
        c_box(pg, 462, 346, 36, "State", app.prop.state)
        c_box(pg, 510, 346, 54, "ZIP", app.prop.zip)
        pg.t(48, 394, "The property is:", 9.5, "Helvetica-Bold")
        for i, (code, label) in enumerate(C_OCCUPANCY):
            c_choice(pg, 150 + i * 150, 394, label, app.occupancy == code)
        pg.t(48, 414, "Do you want to keep it?", 9.5, "Helvetica-Bold")
        c_choice(pg, 190, 414, "Yes", True)
        c_choice(pg, 290, 414, "No", False)
        pg.t(48, 448, "3  HARDSHIP", 10, "Helvetica-Bold", C_BLUE)
        pg.t(48, 464, "Mark every reason that applies.", 8.5, color=(0.3, 0.3, 0.3))
        for i, (code, label) in enumerate(C_HARDSHIPS):
            c_choice(pg, 56 + (i % 3) * 176, 486 + (i // 3) * 20, label, code in app.hardships)
        c_box(pg, 48, 570, 150, "Hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "")
        pg.t(220, 570, "HOW LONG WILL IT LAST?", 6.8, "Helvetica-Bold", C_BLUE)
        for i, (code, label) in enumerate([("short_term", "Up to 6 months"), ("long_term", "Longer than 6 months"),
                                           ("resolved", "It is over")]):
            c_choice(pg, 220 + i * 118, 590, label, app.duration == code)
        c_box(pg, 48, 616, 516, "Tell us briefly what happened (optional)", "", h=60)

    def page2(pg: Pg):
        header(pg, 2)
        c_box(pg, 402, 140, 162, "Loan number", app.loan)
        pg.t(48, 156, "4  MONTHLY HOUSEHOLD INCOME", 10, "Helvetica-Bold", C_BLUE)
        pg.t(48, 170, "Gross amounts before taxes, for everyone on the loan together.", 8.5, color=(0.3, 0.3, 0.3))
        for i, (code, label) in enumerate(C_INCOME):
            x = 48 + (i % 2) * 264
            y = 186 + (i // 2) * 40
            amount = app.amount(code, "b") + app.amount(code, "cb")
            c_box(pg, x, y, 252, label, ("$ " + money(amount)) if amount else "")
        pg.t(48, 352, "TOTAL MONTHLY INCOME", 8, "Helvetica-Bold", C_BLUE)
        pg.rect(48, 356, 252, 26, fill=(0.80, 0.88, 0.97), stroke=C_BLUE, lw=1.2)
        pg.t(56, 374, "$ " + money(app.total), 12, "Helvetica-Bold")
        pg.t(48, 414, "5  SIGN", 10, "Helvetica-Bold", C_BLUE)
        y = pg.para(48, 432, "I certify that everything in this form is true and complete. I authorize Pinebrook "
                    "Mortgage Company to check the information, to order a credit report for each borrower, and to "
                    "contact me about this request by phone, text or e-mail. Submitting this form does not "
                    "guarantee that I will be offered help.", 516, 8.8)
        for who, ly in (("b", y + 50), ("cb", y + 112)):
            pg.line(48, ly, 360, ly, 0.8)
            pg.line(392, ly, 564, ly, 0.8)
            pg.t(48, ly + 12, "Borrower Signature" if who == "b" else "Co-Borrower Signature", 8, "Helvetica-Bold",
                 C_BLUE)
            pg.t(392, ly + 12, "Date", 8, "Helvetica-Bold", C_BLUE)
            if who == "b" or app.cb:
                sign_here(pg, app, who, mode, 48, ly, 150, 392, seed)
        pg.rect(48, 660, 516, 60, stroke=(0.75, 0.75, 0.75), lw=0.6)
        pg.t(56, 676, "FOR PINEBROOK USE ONLY", 7, "Helvetica-Bold", (0.5, 0.5, 0.5))
        pg.t(56, 694, "Received: ____________   Reviewed by: ____________   Case no.: ____________", 8,
             color=(0.5, 0.5, 0.5))

    doc = Doc("mortgage_assistance_application", make_pdf([page1, page2], "Borrower Assistance Form"), {},
              printed=app_printed(app, lines="code"), label="PMC-7")
    if mode == "screen":
        doc.printed += [mdy(d) for d in (app.b_date, app.cb_date) if d]
    return doc


# ======================================================================================================
# bank statements: two layouts
# ======================================================================================================


def paint_cobblestone(st: Statement) -> list[Callable[[Pg], None]]:
    """B1: a savings bank's two-page "Statement of Account": serif letterhead, a boxed period / account panel,
    the customer's window-envelope address, a summary with dated balance lines, credits on page 1, debits and
    the daily ending balances on page 2."""
    brown = (0.36, 0.22, 0.12)
    period = f"{mdy(st.start)} \u2013 {mdy(st.end)}"

    def page1(pg: Pg):
        pg.t(54, 58, st.bank, 17, "Times-Bold", brown)
        pg.t(54, 71, "Member FDIC  \u00b7  " + "  \u00b7  ".join(st.bank_address), 7.5, "Times-Roman")
        pg.rect(372, 40, 190, 66, stroke=brown, lw=0.9)
        pg.t(467, 55, "Statement of Account", 10.5, "Times-Bold", brown, "c")
        masked = f"XXXX XX{st.account[-6:-4]} {st.last4}"
        for i, (cap, val) in enumerate([("Statement period", period), ("Account number", masked), ("Page", "1 of 2")]):
            pg.t(380, 72 + i * 11.5, cap, 8)
            pg.t(554, 72 + i * 11.5, val, 8, align="r")
        y = 140
        for line in [h.upper() for h in st.holders] + [st.holder_address.street.upper(),
                                                          st.holder_address.city_line.upper()]:
            pg.t(72, y, line, 9.5, "Courier")
            y += 12
        y = 232
        pg.t(54, y, f"Everyday {st.product}  \u2013  Account ending {st.last4}", 12, "Times-Bold")
        pg.line(54, y + 6, 558, y + 6, 0.8, brown)
        y += 26
        rows = [(f"Beginning balance on {long_date(st.start)}", "$" + money(st.begin)),
                (f"Deposits and other credits ({len(st.credits)})", "+ $" + money(sum(t[2] for t in st.credits))),
                (f"Withdrawals and other debits ({len(st.debits)})", "\u2013 $" + money(-sum(t[2] for t in st.debits))),
                (f"Ending balance on {long_date(st.end)}", "$" + money(st.ending))]
        for i, (cap, val) in enumerate(rows):
            bold = i in (0, 3)
            pg.t(72, y, cap, 10, "Times-Bold" if bold else "Times-Roman")
            pg.t(420, y, val, 10, "Times-Bold" if bold else "Times-Roman", align="r")
            y += 15
        y += 18
        pg.t(54, y, "Deposits and other credits", 11, "Times-Bold", brown)
        y += 16
        pg.t(72, y, "Date", 8.5, "Helvetica-Bold")
        pg.t(130, y, "Description", 8.5, "Helvetica-Bold")
        pg.t(556, y, "Amount", 8.5, "Helvetica-Bold", align="r")
        pg.line(54, y + 4, 558, y + 4, 0.4)
        y += 16
        for d, desc, amt in st.credits:
            pg.t(72, y, d.strftime("%m/%d"), 9)
            pg.t(130, y, desc, 9)
            pg.t(556, y, money(amt), 9, align="r")
            y += 13
        pg.t(130, y + 4, "Total deposits and other credits", 9, "Helvetica-Bold")
        pg.t(556, y + 4, money(sum(t[2] for t in st.credits)), 9, "Helvetica-Bold", align="r")
        pg.para(54, 706, "Questions about your statement? Call 1-800-555-0133 or write to us at the address above. "
                "Please examine this statement promptly; errors must be reported within 60 days.", 504, 7.5,
                "Times-Roman")

    def page2(pg: Pg):
        pg.t(54, 52, f"{st.bank}  \u00b7  Everyday {st.product}  \u00b7  Account ending {st.last4}", 8.5, "Times-Roman")
        pg.t(558, 52, f"Statement period {period}   Page 2 of 2", 8.5, "Times-Roman", align="r")
        pg.line(54, 58, 558, 58, 0.6, brown)
        y = 86
        pg.t(54, y, "Withdrawals and other debits", 11, "Times-Bold", brown)
        y += 16
        pg.t(72, y, "Date", 8.5, "Helvetica-Bold")
        pg.t(130, y, "Description", 8.5, "Helvetica-Bold")
        pg.t(556, y, "Amount", 8.5, "Helvetica-Bold", align="r")
        pg.line(54, y + 4, 558, y + 4, 0.4)
        y += 16
        for d, desc, amt in st.debits:
            pg.t(72, y, d.strftime("%m/%d"), 9)
            pg.t(130, y, desc, 9)
            pg.t(556, y, money(-amt), 9, align="r")
            y += 13
        pg.t(130, y + 4, "Total withdrawals and other debits", 9, "Helvetica-Bold")
        pg.t(556, y + 4, money(-sum(t[2] for t in st.debits)), 9, "Helvetica-Bold", align="r")
        y += 36
        pg.t(54, y, "Daily ending balance", 11, "Times-Bold", brown)
        y += 16
        daily: dict[D, Decimal] = {}
        for d, _desc, _amt, bal in st.running():
            daily[d] = bal
        items = sorted(daily.items())
        per = math.ceil(len(items) / 3)
        for i, (d, bal) in enumerate(items):
            col, row = divmod(i, per)
            pg.t(72 + col * 170, y + row * 13, d.strftime("%m/%d"), 9)
            pg.t(200 + col * 170, y + row * 13, money(bal), 9, align="r")

    return [page1, page2]


def paint_tidewater(st: Statement) -> list[Callable[[Pg], None]]:
    """B2: a merchants bank's one-page "BUSINESS CHECKING STATEMENT": a navy band, a row of five summary cells
    (Previous Balance, Credits, Debits, Service Fees, Current Balance), then one ledger with Debits, Credits and
    a running Balance opened by "Balance Forward"."""
    navy = (0.09, 0.16, 0.30)

    def page(pg: Pg):
        pg.rect(36, 30, 540, 44, fill=navy, stroke=None)
        pg.t(50, 57, st.bank.upper(), 14, "Helvetica-Bold", (1, 1, 1))
        pg.t(50, 68, "  ".join(st.bank_address), 7, color=(0.8, 0.85, 0.95))
        pg.t(564, 57, "BUSINESS CHECKING STATEMENT", 10, "Helvetica-Bold", (1, 1, 1), "r")
        y = 100
        for line in [h.upper() for h in st.holders] + [st.holder_address.street.upper(),
                                                          st.holder_address.city_line.upper()]:
            pg.t(54, y, line, 9)
            y += 11.5
        for i, (cap, val) in enumerate([("Statement Date", mdy(st.end)),
                                        ("Statement Period", f"{mdy(st.start)} to {mdy(st.end)}"),
                                        ("Account Number", f"******{st.last4}"), ("Page", "1 of 1")]):
            pg.t(380, 100 + i * 12, cap, 8.5, "Helvetica-Bold")
            pg.t(564, 100 + i * 12, val, 8.5, align="r")
        y = 168
        cells = [("Previous Balance", money(st.begin)),
                 (f"Credits ({len(st.credits)})", money(sum(t[2] for t in st.credits))),
                 (f"Debits ({len(st.debits)})", money(-sum(t[2] for t in st.debits))), ("Service Fees", "0.00"),
                 ("Current Balance", money(st.ending))]
        cw = 540 / 5
        for i, (cap, val) in enumerate(cells):
            x = 36 + i * cw
            pg.rect(x, y, cw, 40, fill=(0.93, 0.95, 0.98), stroke=(0.6, 0.65, 0.75), lw=0.6)
            pg.t(x + cw / 2, y + 14, cap, 8, "Helvetica-Bold", navy, "c")
            pg.t(x + cw / 2, y + 31, val, 10.5, "Helvetica-Bold" if i == 4 else "Helvetica", align="c")
        y = 234
        cols = [(44, "Date", "l"), (100, "Description", "l"), (396, "Debits", "r"), (476, "Credits", "r"),
                (564, "Balance", "r")]
        pg.rect(36, y - 11, 540, 16, fill=navy, stroke=None)
        for x, cap, al in cols:
            pg.t(x, y, cap, 8.5, "Helvetica-Bold", (1, 1, 1), al)
        y += 17
        pg.t(44, y, mdy(st.start)[:5], 8.5)
        pg.t(100, y, "Balance Forward", 8.5, "Helvetica-Oblique")
        pg.t(564, y, money(st.begin), 8.5, align="r")
        y += 13
        for i, (d, desc, amt, bal) in enumerate(st.running()):
            if i % 2 == 0:
                pg.rect(36, y - 9.5, 540, 13, fill=(0.96, 0.97, 0.99), stroke=None)
            pg.t(44, y, d.strftime("%m/%d"), 8.5)
            pg.t(100, y, desc, 8.5)
            pg.t(396 if amt < 0 else 476, y, money(abs(amt)), 8.5, align="r")
            pg.t(564, y, money(bal), 8.5, align="r")
            y += 13
        pg.line(36, y - 6, 576, y - 6, 0.6)
        pg.t(100, y + 6, "Ending Balance", 8.5, "Helvetica-Bold")
        pg.t(564, y + 6, money(st.ending), 8.5, "Helvetica-Bold", align="r")
        pg.para(44, 716, "Thank you for banking with Tidewater Merchants Bank. Report errors or questions about "
                "electronic transfers within 60 days by calling 1-888-555-0107.", 520, 7.2, color=(0.35, 0.35, 0.35))

    return [page]


def statement_doc(st: Statement, pages: list[Callable[[Pg], None]]) -> Doc:
    printed = [st.bank, st.last4, mdy(st.start), mdy(st.end), money(st.begin), money(st.ending)]
    return Doc("bank_statement", make_pdf(pages, "Statement"), st.fields(), printed=printed,
               label=f"statement {st.end}")


# ======================================================================================================
# letters and papers from others
# ======================================================================================================


def simple_letterhead(name: str, lines: list[str], color=(0, 0, 0), font: str = "Helvetica-Bold",
                      rule: bool = True) -> Callable[[Pg], float]:
    def paint(pg: Pg) -> float:
        pg.t(72, 58, name, 15, font, color)
        for i, line in enumerate(lines):
            pg.t(72, 71 + i * 10, line, 8)
        if rule:
            pg.line(72, 76 + len(lines) * 10, 540, 76 + len(lines) * 10, 1, color)
        return 110 + len(lines) * 10
    return paint


def pension_letter(holder: Person, addr: Address, date: D, monthly: Decimal, withheld: Decimal, since: D,
                   member_id: str) -> Doc:
    plan = "Tri-Valley Transit Employees' Retirement Plan"

    def page(pg: Pg):
        maroon = (0.45, 0.1, 0.15)
        pg.t(306, 60, plan.upper(), 12.5, "Times-Bold", maroon, "c")
        pg.t(306, 74, "Plan Administration Office  \u00b7  88 Depot Square, Suite 4  \u00b7  Ashby Junction, IN 46999  "
             "\u00b7  (317) 555-0191", 8, "Times-Roman", align="c")
        pg.line(90, 82, 522, 82, 0.8, maroon)
        y = 118
        pg.t(72, y, long_date(date), 11, "Times-Roman")
        y += 30
        for line in [holder.name, addr.street, addr.city_line]:
            pg.t(72, y, line, 11, "Times-Roman")
            y += 14
        y += 16
        pg.t(72, y, f"Re:  Confirmation of Monthly Pension Benefit \u2013 Member ID {member_id}", 11, "Times-Bold")
        y += 26
        pg.t(72, y, f"Dear {holder.first} {holder.last}:", 11, "Times-Roman")
        y += 22
        y = pg.para(72, y, f"As you requested, this letter confirms the retirement benefit you receive from the "
                    f"{plan}. You have received a service retirement benefit since {long_date(since)}. The benefit "
                    "is paid for your lifetime and is subject to federal income tax.", 468, 11, "Times-Roman",
                    leading=14.5)
        y += 12
        rows = [("Type of benefit", "Service retirement \u2013 single life annuity"),
                ("Gross monthly benefit", "$" + money(monthly)), ("Federal income tax withheld", "$" + money(withheld)),
                ("Net monthly payment", "$" + money(monthly - withheld)),
                ("Payment frequency", "Monthly, by direct deposit on the first business day of each month")]
        for cap, val in rows:
            pg.t(96, y, cap, 11, "Times-Bold")
            pg.t(270, y, val, 11, "Times-Roman")
            y += 17
        y += 12
        y = pg.para(72, y, "This confirmation may be given to a lender or a government agency as proof of income. "
                    "If you have questions about your benefit, please call the Plan Administration Office.", 468, 11,
                    "Times-Roman", leading=14.5)
        y += 20
        pg.t(72, y, "Sincerely,", 11, "Times-Roman")
        pg.t(72, y + 36, "Member Services", 11, "Times-Roman")
        pg.t(72, y + 50, plan, 11, "Times-Roman")

    return Doc("benefit_award_letter", make_pdf([page], "Pension confirmation"),
               {"letter_date": date.isoformat(), "monthly_amount": float(monthly), "benefit_type": "benefits_taxable"},
               printed=[long_date(date), money(monthly)], facts={"documents_income": ("benefits_taxable",)},
               label="pension letter")


def unemployment_letter(person: Person, addr: Address, date: D, weekly: Decimal, effective: D, claim: str) -> Doc:
    def page(pg: Pg):
        pg.t(72, 58, "OREGON EMPLOYMENT DEPARTMENT", 13, "Helvetica-Bold")
        pg.t(72, 70, "Unemployment Insurance Division  \u00b7  PO Box 14010  \u00b7  Salem, OR 97309", 8)
        pg.rect(380, 44, 160, 48, stroke=(0, 0, 0), lw=0.8)
        for i, (cap, val) in enumerate([("Date mailed:", mdy(date)), ("Claim ID:", claim),
                                        ("Claim effective:", mdy(effective))]):
            pg.t(386, 58 + i * 12, cap, 8.5, "Helvetica-Bold")
            pg.t(534, 58 + i * 12, val, 8.5, align="r")
        y = 120
        for line in [person.name.upper(), addr.street.upper(), addr.city_line.upper()]:
            pg.t(72, y, line, 10, "Courier")
            y += 12
        y += 26
        pg.t(306, y, "UNEMPLOYMENT INSURANCE BENEFIT AWARD NOTICE", 12, "Helvetica-Bold", align="c")
        y += 28
        y = pg.para(72, y, "You have filed a new claim for unemployment insurance benefits. Based on the wages "
                    "reported for you in your base period, you are eligible for benefits as shown below. You must "
                    "claim each week and meet all eligibility requirements to be paid.", 468, 10, leading=13.5)
        y += 10
        rows = [("Weekly benefit amount", "$" + money(weekly)), ("Maximum benefit amount", "$" + money(weekly * 26)),
                ("Benefit year begins", mdy(effective)), ("Benefit year ends", mdy(effective + days(364))),
                ("Payment", "Weekly, after each week you claim")]
        for cap, val in rows:
            pg.rect(90, y - 11, 432, 17, stroke=(0.5, 0.5, 0.5), lw=0.5)
            pg.t(98, y, cap, 10, "Helvetica-Bold")
            pg.t(514, y, val, 10, align="r")
            y += 17
        y += 18
        y = pg.para(72, y, "If you disagree with this notice you may request a hearing within 20 days of the date it "
                    "was mailed. Keep this notice for your records.", 468, 9, leading=12)

    return Doc("unemployment_benefit_letter", make_pdf([page], "Award notice"),
               {"letter_date": date.isoformat(), "benefit_type": "unemployment"},
               printed=[mdy(date), money(weekly)], facts={"documents_income": ("unemployment",)},
               label="unemployment notice")


def ssa_letter(person: Person, addr: Address, date: D, monthly: Decimal, first_month: D, spouse: Person) -> Doc:
    def page(pg: Pg):
        pg.t(72, 60, "Social Security Administration", 14, "Times-Bold")
        pg.t(72, 74, "Retirement, Survivors, and Disability Insurance", 10, "Times-Italic")
        pg.t(72, 90, "Important Information", 11, "Times-Bold")
        pg.t(540, 60, "Mid-Atlantic Program Service Center", 8.5, "Times-Roman", align="r")
        pg.t(540, 71, "300 Spring Garden Street", 8.5, "Times-Roman", align="r")
        pg.t(540, 82, "Philadelphia, PA 19123", 8.5, "Times-Roman", align="r")
        pg.t(540, 104, f"Date: {long_date(date)}", 10, "Times-Roman", align="r")
        pg.t(540, 117, f"Claim Number: XXX-XX-{spouse.last4}A", 10, "Times-Roman", align="r")
        y = 140
        for line in [person.name.upper(), addr.street.upper(), addr.city_line.upper()]:
            pg.t(72, y, line, 10.5, "Times-Roman")
            y += 13
        y += 24
        y = pg.para(72, y, f"We are writing about your claim for survivors benefits on the record of "
                    f"{spouse.name}. You are entitled to monthly benefits as a surviving spouse beginning "
                    f"{first_month.strftime('%B %Y')}.", 468, 11, "Times-Roman", leading=14.5)
        y += 8
        pg.t(72, y, "The Amount Of Your Benefit", 11, "Times-Bold")
        y += 18
        for x, cap in ((90, "Beginning"), (260, "Benefit Amount"), (420, "Amount We Pay")):
            pg.t(x, y, cap, 10, "Times-Bold")
        pg.line(88, y + 3, 520, y + 3, 0.5)
        y += 16
        pg.t(90, y, first_month.strftime("%B %Y"), 10.5, "Times-Roman")
        pg.t(260, y, "$" + money(monthly), 10.5, "Times-Roman")
        pg.t(420, y, "$" + money(monthly), 10.5, "Times-Roman")
        y += 26
        y = pg.para(72, y, f"Your monthly benefit is ${money(monthly)}. We pay benefits once a month; your payment "
                    "for each month is deposited on the second Wednesday of the following month. Part of your "
                    "benefits may be taxable; each January we will send you a Form SSA-1099.", 468, 11,
                    "Times-Roman", leading=14.5)
        y += 8
        y = pg.para(72, y, "If you have any questions, you may call us at 1-800-772-1213, or call your local Social "
                    "Security office. Please have this letter with you if you call or visit.", 468, 11,
                    "Times-Roman", leading=14.5)
        pg.t(72, y + 30, "Social Security Administration", 11, "Times-Roman")

    return Doc("benefit_award_letter", make_pdf([page], "SSA letter"),
               {"letter_date": date.isoformat(), "monthly_amount": float(monthly), "benefit_type": "benefits_taxable"},
               printed=[long_date(date), money(monthly)], facts={"documents_income": ("benefits_taxable",)},
               label="SSA letter")


def obituary_page(deceased: Person, widow: Person, born: D, died: D, town: str, paper: str, run: D,
                  employer: str) -> Doc:
    def page(pg: Pg):
        pg.t(306, 56, paper, 22, "Times-Bold", align="c")
        pg.line(60, 64, 552, 64, 1.5)
        pg.t(60, 75, f"{run.strftime('%A, %B')} {run.day}, {run.year}", 8.5, "Times-Roman")
        pg.t(552, 75, "B5", 8.5, "Times-Bold", align="r")
        pg.line(60, 79, 552, 79, 0.5)
        pg.t(306, 104, "OBITUARIES", 16, "Helvetica-Bold", align="c")
        col = [60, 316]
        w = 236
        pg.t(col[0], 132, deceased.name.upper(), 12, "Times-Bold")
        pg.t(col[0], 146, f"{long_date(born)} \u2013 {long_date(died)}", 9.5, "Times-Italic")
        text = (f"{deceased.first} {deceased.middle}. {deceased.last}, {died.year - born.year}, of {town}, died "
                f"{long_date(died)}, at home after a sudden illness. He was born in {town} and graduated from "
                f"{town} High School. For twenty-two years he worked at {employer}, where friends knew him for his "
                f"patience and his terrible puns. He coached youth baseball, never missed a Friday fish fry at "
                f"St. Brendan's, and could fix almost anything with a length of wire. He is survived by his wife, "
                f"{widow.first}; two children; his mother; and three sisters. Visitation will be held at Kessler-"
                f"Dunn Funeral Home on Thursday from 4 to 7 p.m., with a funeral Mass Friday at 10 a.m. In lieu of "
                f"flowers, the family asks that gifts be made to the {town} Youth Baseball League.")
        pg.para(col[0], 164, text, w, 9.5, "Times-Roman", leading=12.2)
        other = ("MARGARET ELLEN VOSS, 91, of Stony Ford, died peacefully surrounded by family. A retired "
                 "schoolteacher, she taught third grade for thirty-five years and was a member of the garden club "
                 "and the library board. She is survived by a son, two grandchildren and four great-grandchildren. "
                 "A memorial service will be held at a later date.")
        pg.para(col[1], 132, other, w, 9.5, "Times-Roman", leading=12.2)
        other2 = ("WALTER J. PRZYBYLSKI, 77, of Lark Valley, a Korean-language interpreter in the Army and later a "
                  "postal carrier, died after a long illness. He loved polka music, his dogs, and fishing the river "
                  "at dawn. Services are private.")
        pg.para(col[1], 232, other2, w, 9.5, "Times-Roman", leading=12.2)
        pg.line(306, 120, 306, 420, 0.5)

    return Doc("obituary", make_pdf([page], "Obituaries"), {}, printed=[deceased.last], label="obituary")


def relocation_letter(emp: Person, employer: str, addr_lines: list[str], date: D, new_city: str, effective: D,
                      allowance: Decimal, signer: str, seed: str) -> Doc:
    green = (0.16, 0.32, 0.22)
    head = simple_letterhead(employer, [" \u00b7 ".join(addr_lines)], green, "Times-Bold")
    return letter_doc(
        "employer_relocation_letter", [], date, [emp.name, "Via e-mail and first-class mail"],
        "Re: Confirmation of transfer", f"Dear {emp.first},",
        [f"This letter confirms your transfer from our {addr_lines[-1].split(',')[0]} office to our {new_city} office, "
         f"effective {long_date(effective)}. Your position, title and base salary are unchanged.",
         f"The firm will provide a one-time relocation allowance of ${money(allowance)} toward moving expenses, "
         "paid through payroll after you report to the new office. Temporary housing is available for up to "
         "thirty days.",
         "Please contact Human Resources with any questions about the move. We appreciate your flexibility and look "
         "forward to your work with the new team."],
        "Sincerely,", [signer + ", Director of Human Resources"], paper=True, seed=seed,
        fields={"letter_date": date.isoformat()}, letterhead=head, font="Times-Roman", size=11)


def mortgage_statement(app: App, date: D, due: D, payment: Decimal, past_due: Decimal) -> Doc:
    """The servicer's own monthly mortgage statement, sent back with the packet: an "other" paper."""
    def page(pg: Pg):
        pg.t(72, 60, B_NAME, 14, "Times-Bold")
        pg.t(72, 73, "Member Mortgage Servicing  \u00b7  2200 Mill Race Road  \u00b7  Dunmore Falls, WV 26291", 8,
             "Times-Roman")
        pg.t(540, 60, "MORTGAGE STATEMENT", 12, "Helvetica-Bold", align="r")
        pg.t(540, 74, f"Statement Date: {mdy(date)}", 9, align="r")
        y = 116
        for line in [app.b.name.upper(), app.cb.name.upper() if app.cb else "", app.prop.street.upper(),
                     app.prop.city_line.upper()]:
            if line:
                pg.t(72, y, line, 9.5, "Courier")
                y += 12
        pg.rect(340, 104, 200, 92, stroke=(0, 0, 0), lw=0.8)
        for i, (cap, val) in enumerate([("Account Number", app.loan), ("Payment Due Date", mdy(due)),
                                        ("Amount Due", "$" + money(payment + past_due)),
                                        ("If received after", mdy(due + days(15)))]):
            pg.t(348, 120 + i * 20, cap, 9)
            pg.t(532, 120 + i * 20, val, 9, "Helvetica-Bold", align="r")
        y = 226
        pg.t(72, y, "Explanation of Amount Due", 10.5, "Helvetica-Bold")
        y += 16
        principal = q(payment * Decimal("0.38"))
        interest = q(payment * Decimal("0.44"))
        escrow = payment - principal - interest
        for cap, val in [("Principal", principal), ("Interest", interest), ("Escrow (taxes and insurance)", escrow),
                         ("Regular Monthly Payment", payment), ("Overdue / Unpaid Amount", past_due),
                         ("Total Amount Due", payment + past_due)]:
            pg.t(84, y, cap, 9.5)
            pg.t(300, y, "$" + money(val), 9.5, align="r")
            y += 14
        y += 14
        pg.rect(72, y, 468, 64, fill=(0.95, 0.95, 0.95), stroke=(0, 0, 0), lw=0.6)
        pg.t(80, y + 16, "Delinquency Notice", 10, "Helvetica-Bold")
        pg.para(80, y + 30, f"You are late on your mortgage payments. As of {mdy(date)} you are "
                f"{int(past_due / payment * 30)} days delinquent. If you are having difficulty making your payment, "
                "call Member Mortgage Servicing at (304) 555-0140 to learn about assistance options.", 452, 8.5)
    return Doc("other", make_pdf([page], "Mortgage statement"), {}, printed=[app.loan], label="mortgage statement")


_FORM_4506C_IMAGE: dict[int, Image.Image] = {}


def form_4506c(person: Person, addr: Address, phone: str, signed_on: D, years: list[int], client: list[str],
               seed: str) -> Doc:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), typed over by the servicer, signed and dated in ink."""
    if 200 not in _FORM_4506C_IMAGE:
        _FORM_4506C_IMAGE[200] = render_pages((pdf_factory.REFERENCE / "irs-form4506c-rev2022-10-blank.pdf")
                                              .read_bytes(), 200, forms=False)[0]
    background = _FORM_4506C_IMAGE[200]

    def at(pg: Pg, rect_x: float, rect_y1: float, text: str, size: float = 9):
        pg.t(rect_x + 2, H - rect_y1 - 2.5, text, size, "Courier")

    def page(pg: Pg):
        buf = io.BytesIO()
        background.save(buf, "PNG")
        pg.c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, W, H)
        at(pg, 25, 666, person.first)
        at(pg, 112, 666, person.middle)
        at(pg, 169, 666, person.last)
        at(pg, 25, 634, person.ssn)
        at(pg, 25, 569, addr.street)
        at(pg, 310, 569, addr.city)
        at(pg, 418, 569, addr.state)
        at(pg, 472, 569, addr.zip)
        at(pg, 25, 504, "Clearpath Verification Services LLC")
        at(pg, 310, 504, "40219")
        at(pg, 418, 504, "CPVS0192")
        at(pg, 25, 482, "500 Keystone Plaza, Floor 9")
        at(pg, 310, 482, "Harrisville")
        at(pg, 418, 482, "PA")
        at(pg, 472, 482, "17999")
        at(pg, 25, 428, client[0])
        at(pg, 472, 428, client[1])
        at(pg, 25, 407, client[2])
        at(pg, 310, 407, client[3])
        at(pg, 418, 407, client[4])
        at(pg, 472, 407, client[5])
        at(pg, 25, 360, "1040")
        at(pg, 99, 348, "X", 10)
        for (mx, dx, yx), year in zip(((22, 50, 79), (184, 212, 241)), years, strict=True):
            at(pg, mx, 266, "12")
            at(pg, dx, 266, "31")
            at(pg, yx, 266, str(year))
        at(pg, 26, 193, "X", 10)
        at(pg, 61, 126, person.name)
        signature(pg, 80, H - 169, 150, seed)
        hand_text(pg, 348, H - 169, mdy(signed_on), seed + "date", size=10.5)
        at(pg, 432, 166, phone)

    return Doc("irs_form_4506c", make_pdf([page], "4506-C"),
               {"signed": True, "signed_on": signed_on.isoformat()}, label="4506-C")


def fax_cover(sender: Person, phone: str, to: str, to_fax: str, date: D, pages: int, re: str, note: str) -> Doc:
    def page(pg: Pg):
        pg.t(72, 96, "FAX", 48, "Helvetica-Bold")
        pg.line(72, 110, 540, 110, 2)
        rows = [("Date:", mdy(date)), ("To:", to), ("Fax:", to_fax), ("From:", sender.name), ("Phone:", phone),
                ("Pages:", f"{pages} (including this cover)"), ("Re:", re)]
        y = 150
        for cap, val in rows:
            pg.t(72, y, cap, 13, "Helvetica-Bold")
            pg.t(150, y, val, 13)
            pg.line(150, y + 4, 540, y + 4, 0.6, (0.2, 0.2, 0.2))
            y += 30
        pg.t(72, y + 20, "Message:", 13, "Helvetica-Bold")
        pg.para(72, y + 42, note, 468, 12, leading=16)
    return Doc(None, make_pdf([page], "Fax cover"), label="fax cover")


def separator_sheet(loan: str, batch: str) -> Doc:
    code = pdf_factory.barcode_image(f"LOAN {loan}", scale=4)
    buf = io.BytesIO()
    code.save(buf, "PNG")

    def page(pg: Pg):
        pg.t(306, 110, "MAILROOM DOCUMENT SEPARATOR", 20, "Helvetica-Bold", align="c")
        pg.t(306, 132, "Place this sheet in front of each borrower packet. Do not remove.", 10, align="c")
        pg.c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 126, H - 330, 360, 120)
        pg.t(306, 352, f"LOAN {loan}", 16, "Courier-Bold", align="c")
        pg.t(306, 380, f"Batch {batch}", 10, align="c")
        pg.rect(150, 600, 312, 60, stroke=(0, 0, 0), lw=1.5)
        pg.t(306, 636, "SEPARATOR", 26, "Helvetica-Bold", (0.3, 0.3, 0.3), "c")
    return Doc(None, make_pdf([page], "Separator"), label="separator")


# ======================================================================================================
# the packets
# ======================================================================================================


def ab1(rng: random.Random, people: People, seed: int) -> Packet:
    """Form 710 typed and signed on the screen, e-mailed; library district stubs; complete."""
    received = D(2033, 4, 11)
    loan = people.loan()
    b = people.person("f")
    prop = people.address("OH")
    servicer = ["Ridgeline Home Loan Servicing", "Attn: Loss Mitigation", "P.O. Box 44120",
                "Fort Calloway, TX 75099"]
    job = Job("Bellhaven County Library District",
              ["Finance & Payroll Office", "410 Commons Avenue", f"{prop.city}, {prop.state} {prop.zip[:3]}10"],
              "semimonthly", "hourly", q(rng.uniform(19.5, 24.0)), hours=(58, 66), lag=5, fed=0.07, state=0.03,
              state_label=f"{prop.state} State Income Tax", local=("City Income Tax", 0.02),
              deductions=[("PERS Retirement", ("pct", 0.10)), ("Medical Plan", q(rng.uniform(55, 75))),
                          ("Dental Plan", Decimal("8.40"))], seed=f"{seed}ab1job")
    stubs = stubs_for(job, b, D(2033, 3, 31), 2, f"E{rng.randint(10000, 99999)}", rng.randint(210000, 290000))
    for st in stubs:
        st.extra = {"dept": "Branch Services", "title": "Library Associate II", "acct": f"{rng.randint(1000, 9999)}",
                    "message": "Leave balances as of check date: Vacation 31.50 hrs   Sick 64.25 hrs"}
    wages = q(round(stubs[-1].monthly_gross))
    signed = D(2033, 4, 7)
    app = App(loan, b, None, prop, "primary_residence", ["reduction_in_income"], D(2033, 1, 9), "short_term",
              [("wages", "b", wages)], True, signed, False, None, people.phone(), f"{b.first.lower()}."
              f"{b.last.lower()}@mailbox.example", checking=q(rng.uniform(300, 900)), savings=q(rng.uniform(100, 700)))
    app_doc = form710(app, "screen", f"{seed}ab1app")
    stub_docs = [stub_doc(st, paint_public_advice, stub_printed(st)) for st in stubs]
    letter = hardship_letter(app, signed, [
        f"I am writing to ask for help with my mortgage. I work for the {job.employer} as a library associate. "
        "In January the district cut the hours of part-time branch staff because of its budget, and my hours "
        "went from about thirty-five a week to about thirty.",
        "The smaller paychecks do not cover the full mortgage payment together with my other bills. I fell behind "
        "in February and I have not been able to catch up.",
        "I want to stay in my home. I am attaching my application and my last two pay statements. Please let me "
        "know if you need anything else from me."], servicer, paper=False, seed=f"{seed}ab1letter")
    folder = loan
    files = [Delivery(f"{folder}/Mortgage Assistance Application.pdf", "digital", [app_doc]),
             Delivery(f"{folder}/paystub {stubs[0].cur.pay.strftime('%m-%d-%Y')}.pdf", "digital", [stub_docs[0]]),
             Delivery(f"{folder}/paystub {stubs[1].cur.pay.strftime('%m-%d-%Y')}.pdf", "digital", [stub_docs[1]]),
             Delivery(f"{folder}/Hardship letter.pdf", "digital", [letter])]
    return Packet("ab1", loan, received, app, [app_doc, *stub_docs, letter], files, [],
                  "Form 710 typed and signed on screen, e-mailed; complete")


def estimate(x: Decimal, to: int = 10) -> Decimal:
    """What a borrower writes on a form for a monthly amount: the pay stub's figure rounded."""
    return q(round(x / to) * to)


def ab2(rng: random.Random, people: People, seed: int) -> Packet:
    """Larkspur Valley form typed and signed on screen; furniture plant weekly stubs via Ledgerline; pension."""
    received = D(2033, 5, 16)
    loan = people.loan()
    b = people.person("m")
    cb = people.person("f", b.last)
    prop = people.address("IA")
    job = Job("Ridgeway Hardwood Furniture Co.", ["2400 Mill Yard Road", f"{prop.city}, {prop.state} {prop.zip}"],
              "weekly", "hourly", q(rng.uniform(18.9, 22.4)), hours=(30, 40), lag=6, fed=0.06, state=0.04,
              state_label=f"{prop.state} State Income Tax",
              deductions=[("401(k)", ("pct", 0.04)), ("Medical", q(rng.uniform(38, 49))), ("Dental", Decimal("6.35"))],
              seed=f"{seed}ab2job")
    stubs = stubs_for(job, b, D(2033, 5, 7), 2, f"{rng.randint(100000, 999999)}", rng.randint(40100, 48000))
    for st in stubs:
        st.extra = {"co": "RHF", "file": f"{rng.randint(100, 999):06d}", "dept": "0420 FINISHING",
                    "clock": f"{rng.randint(1000, 9999)}", "home": [prop.street, prop.city_line], "vac": "12.00",
                    "sick": "0.00", "acct": f"{rng.randint(1000, 9999)}",
                    "note": "Effective 01/01/2033 the 401(k) match is 4% of eligible pay."}
    pension = q(rng.uniform(1180, 1650))
    withheld = q(pension * Decimal("0.06"))
    signed = D(2033, 5, 11)
    app = App(loan, b, cb, prop, "primary_residence", ["reduction_in_income", "disability_or_illness"],
              D(2033, 2, 13), "short_term", [("wages", "b", estimate(stubs[-1].monthly_gross)),
                                             ("benefits_taxable", "cb", pension)],
              True, signed, True, signed, people.phone(), f"{b.first[0].lower()}{b.last.lower()}@postbox.example",
              people.phone(), q(rng.uniform(200, 700)), q(rng.uniform(0, 400)))
    app_doc = form_a(app, "screen", f"{seed}ab2app")
    stub_docs = [stub_doc(st, paint_provider_statement, stub_printed(st)) for st in stubs]
    letter_date = D(2033, 4, 18)
    pension_doc = pension_letter(cb, prop, letter_date, pension, withheld, D(2029, 7, 1),
                                 f"TV-{rng.randint(10000, 99999)}")
    hl = hardship_letter(app, signed, [
        "We are asking for help with our mortgage payments. In February I was diagnosed with a heart condition and "
        "had surgery. I was off work for almost five weeks and since I went back my doctor has limited me to light "
        "duty, so I am only getting about thirty to forty hours a week at the furniture plant instead of full time "
        "with overtime.",
        f"{cb.first} is retired and receives a monthly pension, but it is not enough to cover the house payment and "
        "the medical bills we now have. We fell two payments behind in March and April.",
        "We expect my hours to come back over the next few months. We would like to keep our home and ask to be "
        "considered for a modification or a payment plan."], [A_NAME, "Homeowner Assistance Center", "P.O. Box 7781",
                                                             "Sioux Ridge, SD 57199"],
        paper=False, seed=f"{seed}ab2letter", signers=[b, cb])
    files = [Delivery(f"{loan}_application.pdf", "digital", [app_doc]),
             Delivery(f"{loan}_paystub_{stubs[0].cur.pay.strftime('%m%d')}.pdf", "digital", [stub_docs[0]]),
             Delivery(f"{loan}_paystub_{stubs[1].cur.pay.strftime('%m%d')}.pdf", "digital", [stub_docs[1]]),
             Delivery(f"{loan}_pension_letter.pdf", "digital", [pension_doc]),
             Delivery(f"{loan}_hardship_letter.pdf", "digital", [hl])]
    return Packet("ab2", loan, received, app, [app_doc, *stub_docs, pension_doc, hl], files, [],
                  "LVMS-300 typed and signed on screen; complete")


def ab3(rng: random.Random, people: People, seed: int) -> Packet:
    """Hollins Creek form printed and signed by the borrower only; scanned behind a separator sheet."""
    received = D(2033, 6, 20)
    loan = people.loan()
    b = people.person("m")
    cb = people.person("f", b.last)
    prop = people.address("OR")
    job = Job("Northwind Harbor Seafoods, Inc.", ["Pier 7 Cannery Row", f"{prop.city}, OR 97{rng.randint(100, 999)}"],
              "biweekly", "hourly", q(rng.uniform(19.25, 23.5)), hours=(76, 88), lag=6, fed=0.08, state=0.05,
              state_label="OR State Income Tax", extra=("SHFT", "Night Shift Differential", Decimal("1.25")),
              deductions=[("Medical Insurance", q(rng.uniform(52, 64))), ("Union Dues", Decimal("24.00"))],
              seed=f"{seed}ab3job")
    stubs = stubs_for(job, b, D(2033, 6, 11), 2, f"NH{rng.randint(1000, 9999)}", rng.randint(88000, 89999))
    for st in stubs:
        st.extra = {"dept": "Processing \u2013 Line 3", "acct": f"{rng.randint(1000, 9999)}",
                    "note": "Reminder: the plant is closed July 4. Holiday pay is paid on the following check."}
    weekly = q(rng.randint(412, 560))
    unemp_monthly = q(weekly * 52 / 12)
    signed = D(2033, 6, 14)
    app = App(loan, b, cb, prop, "primary_residence", ["unemployment"], D(2033, 4, 21), "short_term",
              [("wages", "b", estimate(stubs[-1].monthly_gross)), ("unemployment", "cb", unemp_monthly)],
              True, signed, False, None, people.phone("541"),
              f"{b.first.lower()}{rng.randint(10, 99)}@coastmail.example", people.phone("541"),
              q(rng.uniform(150, 600)), q(rng.uniform(0, 300)))
    app_doc = form_b(app, "ink", f"{seed}ab3app")
    hl = hardship_letter(app, signed, [
        f"My wife {cb.first} was laid off on {long_date(D(2033, 4, 21))} when the clinic where she worked as a "
        "billing clerk closed its coastal office. She is receiving unemployment benefits and is looking for work.",
        "I still work at the seafood plant, but my paychecks alone do not cover the mortgage, the car and the "
        "utilities. We missed the May and June payments.",
        "We are asking for a forbearance or a lower payment until she finds a new job. Enclosed are the application, "
        "my last two pay statements and her award notice."],
        [B_NAME, "Member Mortgage Servicing", "2200 Mill Race Road", "Dunmore Falls, WV 26291"], paper=True,
        seed=f"{seed}ab3letter")
    stub_docs = [stub_doc(st, paint_plant_statement, stub_printed(st)) for st in stubs]
    ui = unemployment_letter(cb, prop, D(2033, 5, 9), weekly, D(2033, 4, 24), f"{rng.randint(1000000, 9999999)}")
    # two payments behind
    payment = q(rng.uniform(1150, 1650))
    stmt_doc = mortgage_statement(app, D(2033, 6, 1), D(2033, 7, 1), payment, payment * 2)
    sep = separator_sheet(loan, "0620-B")
    name = f"MAILROOM_{received.strftime('%Y%m%d')}_0047.pdf"
    files = [Delivery(name, "grey", [sep, app_doc, hl, *stub_docs, ui, stmt_doc], dpi=300, tilt=0.5)]
    return Packet("ab3", loan, received, app, [app_doc, *stub_docs, ui, hl, stmt_doc], files,
                  ["application_signature"], "MH-1 printed, signed by the borrower only; separator scan")


def ab4(rng: random.Random, people: People, seed: int) -> Packet:
    """Pinebrook form printed, signed and faxed behind a cover sheet; the restaurant stubs are from January."""
    received = D(2033, 4, 27)
    loan = people.loan()
    b = people.person("f")
    prop = people.address("WI")
    job = Job("Saltmeadow Grill & Oyster Bar", ["118 Harbor Street", f"{prop.city}, WI {prop.zip}"], "weekly",
              "hourly", q(rng.uniform(17.5, 19.75)), hours=(38, 47), lag=4, fed=0.07, state=0.045,
              state_label="WI State Tax", deductions=[("Medical", Decimal("31.50")), ("Uniforms", Decimal("5.00"))],
              seed=f"{seed}ab4job")
    stubs = stubs_for(job, b, D(2033, 1, 9), 2, f"{rng.randint(100, 999)}", rng.randint(5100, 5900))
    for st in stubs:
        st.extra = {"position": "Line Cook"}
    signed = D(2033, 4, 25)
    phone = people.phone("920")
    app = App(loan, b, None, prop, "primary_residence", ["increase_in_housing_expenses"], D(2033, 1, 1), "long_term",
              [("wages", "b", estimate(stubs[-1].monthly_gross))], True, signed, False, None, phone,
              f"{b.first.lower()}.{b.last[0].lower()}@lakeshore.example", checking=q(rng.uniform(100, 500)))
    app_doc = form_c(app, "ink", f"{seed}ab4app")
    hl = hardship_letter(app, signed, [
        "In January my mortgage payment went up by more than two hundred dollars a month because the county "
        "reassessed my house and my homeowners insurance premium went up after the storms last fall. The escrow "
        "shortage was added to my payment too.",
        "I work full time as a cook and my pay did not go up. I have paid what I could but I am now three months "
        "behind.",
        "I would like to stay in my home and ask for a modification so that the payment fits my income."],
        [C_NAME, "Borrower Assistance", "1450 Tamarind Parkway, Suite 300", "Glen Arbor, MN 55999"], paper=True,
        seed=f"{seed}ab4letter")
    stub_docs = [stub_doc(st, paint_restaurant_stub, stub_printed(st)) for st in stubs]
    cover = fax_cover(b, phone, f"{C_NAME} \u2013 Borrower Assistance", "612-555-0166", received, 6,
                      f"Loan {loan}",
                      "Here is my assistance form, my letter and my pay stubs. Please call me if anything is missing.")
    header = (f"{received.strftime('%m/%d/%Y')} 10:14  {phone.replace('(', '').replace(') ', '-')}  "
              f"{b.last.upper():<14} P.{{page:02d}}/{{pages:02d}}")
    files = [Delivery(f"FAX{received.strftime('%m%d')}101422.pdf", "fax", [cover, app_doc, hl, *stub_docs], dpi=200,
                      fax_header=header)]
    return Packet("ab4", loan, received, app, [app_doc, *stub_docs, hl], files, ["income_doc:wages"],
                  "PMC-7 printed, signed, faxed; January stubs")


def ab5(rng: random.Random, people: People, seed: int) -> Packet:
    """Form 710 typed, printed, signed and dated in ink; one 240 dpi grey scan of the whole packet."""
    received = D(2033, 7, 18)
    loan = people.loan()
    b = people.person("f")
    husband = people.person("m", b.last)
    prop = people.address("IA")
    annual = Decimal(rng.randint(41600, 52000))
    job = Job(f"{prop.city} Title & Escrow, LLC", ["31 Courthouse Square", f"{prop.city}, {prop.state} {prop.zip}"],
              "biweekly", "salary", q(annual / 26), hours=(80, 80), lag=6, fed=0.07, state=0.04,
              state_label=f"{prop.state} Withholding", deductions=[("Health Insurance", Decimal("88.40")),
                                                                    ("401(k) Deferral", ("pct", 0.03))],
              seed=f"{seed}ab5job")
    stubs = stubs_for(job, b, D(2033, 7, 9), 1, f"{rng.randint(10, 99)}", rng.randint(1000, 1999))
    stubs[0].extra = {"title": "Escrow Assistant", "acct": f"{rng.randint(1000, 9999)}"}
    ssa = q(rng.randint(1290, 1690))
    died = D(2033, 2, 11)
    signed = D(2033, 7, 12)
    app = App(loan, b, None, prop, "primary_residence", ["death"], died, "long_term",
              [("wages", "b", stubs[0].monthly_gross), ("benefits_taxable", "b", ssa)], True, signed, False, None,
              people.phone("319"), f"{b.first.lower()}{b.last.lower()}@prairienet.example",
              checking=q(rng.uniform(300, 900)), savings=q(rng.uniform(500, 2500)))
    app_doc = form710(app, "ink", f"{seed}ab5app")
    hl = hardship_letter(app, signed, [
        f"My husband {husband.first} died suddenly on {long_date(died)}. He earned most of our household income and "
        "since then I have been paying the mortgage from my own paycheck and, since spring, from my survivor "
        "benefits from Social Security.",
        "It has not been enough. I am behind on the mortgage and I am worried about losing the house we lived in "
        "for nineteen years.",
        "I am sending the application, my most recent pay slip, the Social Security letter and a copy of his "
        "obituary. I would like to keep my home and I hope a modification can make the payment affordable."],
        ["Loss Mitigation Department", "Servicing Center", "P.O. Box 2900", "Tolland Mills, KS 66999"], paper=True,
        seed=f"{seed}ab5letter")
    stub_doc5 = stub_doc(stubs[0], paint_payslip, stub_printed(stubs[0]))
    ssa_doc = ssa_letter(b, prop, D(2033, 6, 9), ssa, D(2033, 3, 1), husband)
    obit = obituary_page(husband, b, D(1969, 5, 3), died, prop.city, f"The {prop.city} Ledger", D(2033, 2, 15),
                         "Harmon Implement & Supply")
    files = [Delivery(f"{b.last} {loan}.pdf", "grey", [app_doc, hl, stub_doc5, ssa_doc, obit], dpi=240, tilt=0.55)]
    return Packet("ab5", loan, received, app, [app_doc, stub_doc5, ssa_doc, hl, obit], files, [],
                  "Form 710 printed, signed in ink; one grey scan")


def ab6(rng: random.Random, people: People, seed: int) -> Packet:
    """Larkspur Valley form printed, signed in ink; a loan folder of 200 dpi scans; divorce without a decree."""
    received = D(2033, 8, 15)
    loan = people.loan()
    b = people.person("f")
    ex = people.person("m", b.last)
    prop = people.address("NC")
    job = Job("Kettle Creek Print & Sign Co.", ["77 Foundry Lane", f"{prop.city}, NC {prop.zip}"], "semimonthly",
              "salary", q(rng.uniform(1600, 1950)), hours=(0, 0), lag=5, fed=0.07, state=0.0425,
              state_label="NC Income Tax", deductions=[("Medical", Decimal("74.25")), ("Dental", Decimal("9.10"))],
              seed=f"{seed}ab6job")
    stubs = stubs_for(job, b, D(2033, 7, 31), 1, f"{rng.randint(100, 999)}", rng.randint(3000, 3999))
    stubs[0].extra = {"title": "Prepress Technician", "acct": f"{rng.randint(1000, 9999)}"}
    support = q(rng.choice([275, 300, 325, 350, 410]))
    acct = f"{rng.randint(10, 99)}{rng.randint(100000, 999999)}{rng.randint(1000, 9999)}"
    bank_addr = ["14 Cobble Square", "Orchard Springs, NC 27999"]
    stmts = []
    begin = q(rng.uniform(300, 900))
    for start in (D(2033, 6, 1), D(2033, 7, 1)):
        end = month_end(start)
        credits = []
        e = job.previous_end(D(2033, 8, 15))
        for _ in range(8):
            p = compute_period(job, e)
            if start <= p.pay <= end:
                credits.append((p.pay, "KETTLE CREEK PRINT PAYROLL DIR DEP", p.net))
            e = job.previous_end(e)
        credits.append((start + days(2), "NC CHILD SUPPORT SDU PAYMENT", support))
        credits.append((start + days(16), "NC CHILD SUPPORT SDU PAYMENT", support))
        st = statement(rng, "Cobblestone Savings Bank", bank_addr, [b.name], prop, acct, start, end, begin,
                       credits, spend_ratio=0.97, keep_begin=bool(stmts))
        stmts.append(st)
        begin = st.ending  # the July statement opens with June's closing balance
    signed = D(2033, 8, 9)
    app = App(loan, b, None, prop, "primary_residence", ["divorce_or_separation"], D(2033, 3, 1), "long_term",
              [("wages", "b", stubs[0].monthly_gross), ("other", "b", support * 2)], True, signed, False, None,
              people.phone("919"), f"{b.first.lower()}.{b.last.lower()}@tarheelmail.example",
              checking=q(rng.uniform(200, 800)))
    app_doc = form_a(app, "ink", f"{seed}ab6app")
    hl = hardship_letter(app, signed, [
        f"My husband {ex.first} moved out of our home on {long_date(D(2033, 3, 1))} and I filed for divorce in "
        "April. Our divorce is not final yet; the court hearing is set for October. Since he left he has paid child "
        "support through the state but nothing toward the house.",
        "On my salary and the child support alone I cannot keep up with the full mortgage payment. I have missed "
        "the June and July payments.",
        "I want to keep the house for my children and me. I will send the divorce decree as soon as the judge signs "
        "it. Please let me know what else you need."],
        [A_NAME, "Homeowner Assistance Center", "P.O. Box 7781", "Sioux Ridge, SD 57199"], paper=True,
        seed=f"{seed}ab6letter")
    stub_doc6 = stub_doc(stubs[0], paint_payslip, stub_printed(stubs[0]))
    stmt_docs = [statement_doc(st, paint_cobblestone(st)) for st in stmts]
    folder = loan
    files = [Delivery(f"{folder}/Scan_0001.pdf", "grey", [app_doc], dpi=200),
             Delivery(f"{folder}/Scan_0002.pdf", "grey", [hl], dpi=200),
             Delivery(f"{folder}/Scan_0003.pdf", "grey", [stub_doc6], dpi=200),
             Delivery(f"{folder}/Scan_0004.pdf", "grey", [stmt_docs[0]], dpi=200),
             Delivery(f"{folder}/Scan_0005.pdf", "grey", [stmt_docs[1]], dpi=200)]
    return Packet("ab6", loan, received, app, [app_doc, stub_doc6, *stmt_docs, hl], files,
                  ["hardship_doc:divorce_or_separation"], "LVMS-300 in ink; folder of scans; no decree")


GROOMING_PAYEES = ["PETSUPPLY WHOLESALE", "SHELLWAY FUEL 0412", "VAN LOAN PMT - AUTOFIN", "COMMERCIAL AUTO INS",
                   "GROOMERS DEPOT ONLINE", "NORTHSTAR MOBILE WIRELESS", "WATERWORKS REFILL", "CARDLINK FEES"]


def ab7(rng: random.Random, people: People, seed: int) -> Packet:
    """Hollins Creek form typed and signed on screen; self-employed with one business statement."""
    received = D(2033, 9, 12)
    loan = people.loan()
    b = people.person("m")
    cb = people.person("f", b.last)
    prop = people.address("VA")
    job = Job("Crossdock Distribution Partners, Inc.", ["9 Logistics Parkway, Building C",
                                                        f"{prop.city}, VA {prop.zip}"],
              "biweekly", "hourly", q(rng.uniform(18.75, 21.0)), hours=(72, 84), lag=6, fed=0.07, state=0.0475,
              state_label="VA State Income Tax", extra=("NSP", "Night Shift Premium", Decimal("1.00")),
              deductions=[("401(k)", ("pct", 0.03)), ("Medical", q(rng.uniform(58, 70)))], seed=f"{seed}ab7job")
    stubs = stubs_for(job, cb, D(2033, 9, 3), 1, f"{rng.randint(100000, 999999)}", rng.randint(70000, 79999))
    stubs[0].extra = {"co": "CDP", "file": f"{rng.randint(100, 999):06d}", "dept": "0310 INBOUND",
                      "clock": f"{rng.randint(1000, 9999)}", "home": [prop.street, prop.city_line], "vac": "26.50",
                      "sick": "8.00", "acct": f"{rng.randint(1000, 9999)}",
                      "note": "Open enrollment for 2034 benefits begins October 15."}
    business = "Foxtail Mobile Pet Grooming"
    credits = []
    for i in range(rng.randint(9, 12)):
        d = D(2033, 8, 1) + days(rng.randint(0, 30))
        credits.append((d, "CARDLINK MERCH DEP 88231" if i % 3 else "MOBILE DEPOSIT", q(rng.uniform(260, 640))))
    acct = f"{rng.randint(1000, 9999)}{rng.randint(100000, 999999)}"
    st = statement(rng, "Tidewater Merchants Bank", ["PO Box 1180", "Norfolk Point, VA 23999"],
                   [f"{b.name} DBA {business}"], prop, acct, D(2033, 8, 1), D(2033, 8, 31), q(rng.uniform(400, 1200)),
                   sorted(credits), spend_ratio=0.62)
    st.txns = [(d, rng.choice(GROOMING_PAYEES) if amt < 0 and not desc.startswith("CHECK") else desc, amt)
               for d, desc, amt in st.txns]
    net_se = estimate(sum((t[2] for t in st.credits), Decimal(0)) * Decimal("0.55"), 50)
    signed = D(2033, 9, 7)
    app = App(loan, b, cb, prop, "primary_residence", ["reduction_in_income"], D(2033, 3, 20), "short_term",
              [("wages", "cb", estimate(stubs[0].monthly_gross)), ("self_employment", "b", net_se)],
              True, signed, True, signed, people.phone("757"), f"foxtailgrooming{rng.randint(1, 99)}@shoremail.example",
              people.phone("757"), q(rng.uniform(300, 900)), q(rng.uniform(0, 500)))
    app_doc = form_b(app, "screen", f"{seed}ab7app")
    stub7 = stub_doc(stubs[0], paint_provider_statement, stub_printed(stubs[0]))
    st_doc = statement_doc(st, paint_tidewater(st))
    c4506 = form_4506c(b, prop, app.phone, D(2033, 9, 6), [2032, 2031],
                       [B_NAME, "(304) 555-0140", "2200 Mill Race Road", "Dunmore Falls", "WV", "26291"],
                       f"{seed}ab7sig")
    hl = hardship_letter(app, signed, [
        f"I have run {business} out of my van for six years. In March my van's transmission failed and the "
        "business was off the road for most of a month. Since then a large pet store opened a grooming salon in "
        "town and my bookings are down by about a third.",
        f"My wife {cb.first} works nights at a distribution warehouse. Together we have not been able to make the "
        "full mortgage payment since May.",
        "We are rebuilding the business and ask for a temporary lower payment. I have attached our application, "
        f"{cb.first}'s pay statement, my business bank statement and the signed tax transcript form."],
        [B_NAME, "Member Mortgage Servicing", "2200 Mill Race Road", "Dunmore Falls, WV 26291"], paper=False,
        seed=f"{seed}ab7letter", signers=[b, cb])
    base = f"{b.last} {loan}"
    files = [Delivery(f"{base} - application.pdf", "digital", [app_doc]),
             Delivery(f"{base} - paystub.pdf", "digital", [stub7]),
             Delivery(f"{base} - business bank statement.pdf", "digital", [st_doc]),
             Delivery(f"{base} - 4506-C.pdf", "grey", [c4506], dpi=200),
             Delivery(f"{base} - letter.pdf", "digital", [hl])]
    return Packet("ab7", loan, received, app, [app_doc, stub7, st_doc, c4506, hl], files,
                  ["income_doc:self_employment"], "MH-1 typed and signed on screen; one business statement")


def ab8(rng: random.Random, people: People, seed: int) -> Packet:
    """Pinebrook form typed and signed on screen; a transfer letter scanned at 300 dpi among e-mailed files."""
    received = D(2033, 10, 17)
    loan = people.loan()
    b = people.person("m")
    cb = people.person("f", b.last)
    prop = people.address("KY")
    monthly = q(rng.randint(7200, 8900))
    firm = "Castlegate Engineering Group"
    firm_addr = ["600 Riverfront Plaza, Suite 1200", f"{prop.city}, KY {prop.zip}"]
    job_b = Job(firm, firm_addr, "monthly", "salary", monthly, hours=(0, 0), fed=0.12, state=0.04,
                state_label="KY State Tax", local=("Occupational Tax", 0.0125),
                deductions=[("401(k)", ("pct", 0.06)), ("Medical", Decimal("186.00")), ("Dental", Decimal("22.50")),
                            ("Vision", Decimal("6.80"))], seed=f"{seed}ab8b")
    stub_b = stubs_for(job_b, b, D(2033, 9, 30), 1, f"CEG-{rng.randint(1000, 9999)}", rng.randint(9100, 9199))[0]
    stub_b.extra = {"title": "Senior Structural Engineer", "er_med": Decimal("612.00")}
    job_cb = Job("Marion Falls County Health Department", ["Human Resources / Payroll", "212 Court Street",
                                                          f"{prop.city}, KY {prop.zip}"],
                 "semimonthly", "salary", q(rng.uniform(1750, 2150)), hours=(0, 0), lag=5, fed=0.07, state=0.04,
                 state_label="KY State Tax", local=("County Occupational Tax", 0.01),
                 deductions=[("KPPA Retirement", ("pct", 0.05)), ("Health Plan", Decimal("52.00"))],
                 seed=f"{seed}ab8cb")
    stub_cb = stubs_for(job_cb, cb, D(2033, 9, 30), 1, f"E{rng.randint(10000, 99999)}", rng.randint(600000, 699999))[0]
    stub_cb.extra = {"dept": "Environmental Health", "title": "Program Specialist",
                     "acct": f"{rng.randint(1000, 9999)}",
                     "message": "Direct deposit notices are also available in the employee portal."}
    signed = D(2033, 10, 12)
    app = App(loan, b, cb, prop, "primary_residence", ["relocation"], D(2033, 9, 1), "long_term",
              [("wages", "b", monthly), ("wages", "cb", stub_cb.monthly_gross)], True, signed, True, signed,
              people.phone("502"), f"{b.first.lower()}{b.last.lower()}@bluegrassmail.example", people.phone("502"),
              q(rng.uniform(1500, 4000)), q(rng.uniform(1000, 6000)))
    app_doc = form_c(app, "screen", f"{seed}ab8app")
    sb = stub_doc(stub_b, paint_compensation, stub_printed(stub_b))
    scb = stub_doc(stub_cb, paint_public_advice, stub_printed(stub_cb))
    reloc = relocation_letter(b, firm, firm_addr, D(2033, 7, 28), "Denver, Colorado", D(2033, 9, 1),
                              q(rng.choice([5000, 6500, 7500])), "Renata Voskuijlen", f"{seed}ab8reloc")
    hl = hardship_letter(app, signed, [
        f"My employer transferred me to its Denver office on {long_date(D(2033, 9, 1))}. I now rent an apartment "
        f"there during the week while {cb.first} and our children stay in the house here until the school year "
        "ends. Paying rent in Denver and our mortgage at the same time has left us short every month.",
        "We are behind on the August and September payments. We plan to keep the house and rent it out or move "
        "the family next summer, and we ask for a temporary reduced payment while we sort this out.",
        "The transfer letter from my employer and our most recent pay statements are attached."],
        [C_NAME, "Borrower Assistance", "1450 Tamarind Parkway, Suite 300", "Glen Arbor, MN 55999"], paper=False,
        seed=f"{seed}ab8letter", signers=[b, cb])
    folder = loan
    files = [Delivery(f"{folder}/PMC-7 Borrower Assistance Form.pdf", "digital", [app_doc]),
             Delivery(f"{folder}/Sept compensation statement.pdf", "digital", [sb]),
             Delivery(f"{folder}/pay statement {stub_cb.cur.pay.strftime('%m-%d-%Y')}.pdf", "digital", [scb]),
             Delivery(f"{folder}/transfer letter.pdf", "grey", [reloc], dpi=300),
             Delivery(f"{folder}/our hardship letter.pdf", "digital", [hl])]
    return Packet("ab8", loan, received, app, [app_doc, sb, scb, reloc, hl], files, [],
                  "PMC-7 typed and signed on screen; complete")


SCENARIOS: dict[str, Callable[[random.Random, People, int], Packet]] = {
    "ab1": ab1, "ab2": ab2, "ab3": ab3, "ab4": ab4, "ab5": ab5, "ab6": ab6, "ab7": ab7, "ab8": ab8}


def build(out: Path, seed: int = 2033, quiet: bool = False) -> dict:
    out.mkdir(parents=True, exist_ok=True)
    people = People(random.Random(seed))
    manifest = {}
    for name in PACKETS:
        if name not in SCENARIOS:
            continue
        packet = SCENARIOS[name](random.Random(f"{seed}|{name}"), people, seed)
        info = build_packet(packet, out, seed)
        manifest[name] = info
        if not quiet:
            status = "incomplete" if info["codes"] else "complete"
            print(f"{name}: loan {packet.loan}  received {packet.received.isoformat()}  {status}  "
                  f"{', '.join(info['codes']) or '-'}")
    return manifest


# ======================================================================================================
# --check
# ======================================================================================================

TOP_KEYS = ["loan_number", "received_on", "status", "missing", "application", "documents"]
APP_KEYS = ["loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"]
DOC_KEYS = ["id", "type", "scanned", "pages", "fields"]
LETTER = ["letter_date"]
FIELDS = {
    "mortgage_assistance_application": [],
    "pay_stub": ["employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                 "gross_current", "gross_ytd", "net_current", "monthly_gross"],
    "bank_statement": ["bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"],
    "hardship_letter": LETTER, "medical_statement": LETTER, "employer_relocation_letter": LETTER,
    "benefit_award_letter": ["letter_date", "monthly_amount", "benefit_type"],
    "unemployment_benefit_letter": ["letter_date", "benefit_type"],
    "irs_form_4506c": ["signed", "signed_on"],
    "tax_return": ["tax_year", "form"],
    "profit_and_loss_statement": ["period_start", "period_end", "net_income", "signed"],
    "obituary": [], "death_certificate": [], "divorce_decree": [], "quitclaim_deed": [], "other": [],
}
PERIOD_DAYS = {"weekly": {7}, "biweekly": {14}, "semimonthly": {13, 14, 15, 16}, "monthly": {28, 29, 30, 31}}


def page_texts(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    try:
        return [" ".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]
    finally:
        doc.close()


def as_case(expected: dict) -> dict:
    def wrap(d):
        return {k: {"value": v, "confidence": 1.0} for k, v in d.items()}
    app = expected["application"]
    return {"status": expected["status"], "missing": [{"code": c} for c in expected["missing"]],
            "application": ({k: ({kk: {"value": vv} for kk, vv in v.items()} if k == "income" else {"value": v})
                             for k, v in app.items()} if app else None),
            "documents": [{"type": d["type"], "pages": d["pages"], "fields": wrap(d["fields"])}
                          for d in expected["documents"]]}


def check(out: Path, seed: int, manifest: dict) -> list[str]:
    problems: list[str] = []

    def bad(msg: str):
        problems.append(msg)

    for name, info in manifest.items():
        root = out / name
        exp = json.loads((root / "expected.json").read_text())
        if list(exp) != TOP_KEYS:
            bad(f"{name}: top keys {list(exp)}")
        if exp["application"] is not None and list(exp["application"]) != APP_KEYS:
            bad(f"{name}: application keys {list(exp['application'])}")
        # status and codes
        if (exp["status"] == "complete") != (not exp["missing"]):
            bad(f"{name}: status {exp['status']} with codes {exp['missing']}")
        if sorted(exp["missing"]) != sorted(info["intended"]) or sorted(info["codes"]) != sorted(info["intended"]):
            bad(f"{name}: codes {exp['missing']} but the scenario intends {info['intended']}")
        # income total
        app = exp["application"]
        if app:
            inc = app["income"]
            parts = sum(Decimal(str(v)) for k, v in inc.items() if k != "total")
            if q(parts) != q(inc["total"]) or any(v <= 0 for v in inc.values()):
                bad(f"{name}: income lines {inc} do not add up to the total")
            if app["signed"] != bool(app["signed_on"]):
                bad(f"{name}: signed {app['signed']} but signed_on {app['signed_on']}")
            if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
                bad(f"{name}: co_borrower_signed must be null exactly when there is no co-borrower")
        # documents: keys, fields, pay stubs
        for doc in exp["documents"]:
            if list(doc) != DOC_KEYS:
                bad(f"{name} {doc.get('id')}: keys {list(doc)}")
            want = FIELDS.get(doc["type"])
            if want is None or list(doc["fields"]) != want:
                bad(f"{name} {doc['id']}: fields {list(doc['fields'])} for {doc['type']}")
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                start, end, pay = (D.fromisoformat(f[k]) for k in ("period_start", "period_end", "pay_date"))
                if (end - start).days + 1 not in PERIOD_DAYS[f["frequency"]] or pay < end - days(3):
                    bad(f"{name} {doc['id']}: period {start}..{end} paid {pay} is not {f['frequency']}")
                if q(Decimal(str(f["gross_current"])) * PERIODS_A_YEAR[f["frequency"]] / 12) != q(f["monthly_gross"]):
                    bad(f"{name} {doc['id']}: monthly gross {f['monthly_gross']}")
                if f["gross_ytd"] is not None and f["gross_ytd"] < f["gross_current"]:
                    bad(f"{name} {doc['id']}: year to date below the current gross")
                if not 0 < f["net_current"] < f["gross_current"]:
                    bad(f"{name} {doc['id']}: net {f['net_current']}")
            if doc["type"] == "bank_statement":
                f = doc["fields"]
                if D.fromisoformat(f["period_end"]) <= D.fromisoformat(f["period_start"]):
                    bad(f"{name} {doc['id']}: statement period")
                for other in exp["documents"]:
                    g = other["fields"]
                    if (other["type"] == "bank_statement" and g["account_last4"] == f["account_last4"]
                            and (D.fromisoformat(g["period_start"]) - D.fromisoformat(f["period_end"])).days == 1
                            and q(g["beginning_balance"]) != q(f["ending_balance"])):
                        bad(f"{name} {other['id']}: opens at {g['beginning_balance']}, not at the last closing balance")
        # every page of every file belongs to exactly one document (separator and fax cover sheets aside)
        inbox = root / "inbox"
        files = sorted(p for p in inbox.rglob("*") if p.is_file())
        seen: dict[tuple[str, int], str] = {}
        for doc in exp["documents"]:
            for pgref in doc["pages"]:
                key = (pgref["file"], pgref["page"])
                if key in seen:
                    bad(f"{name}: {key} in {seen[key]} and {doc['id']}")
                seen[key] = doc["id"]
        for file, page, what in info["extra_pages"]:
            if (file, page) in seen:
                bad(f"{name}: {file}#{page} is a {what} and also in {seen[(file, page)]}")
            seen[(file, page)] = what
        texts: dict[str, list[str]] = {}
        for path in files:
            rel = path.relative_to(inbox).as_posix()
            texts[rel] = page_texts(path)
            for n in range(1, len(texts[rel]) + 1):
                if (rel, n) not in seen:
                    bad(f"{name}: {rel} page {n} belongs to no document")
        for file, page in seen:
            if file not in texts or page > len(texts[file]):
                bad(f"{name}: {file}#{page} does not exist")
        # scanned <=> no text layer; born-digital documents print their key values
        for doc in exp["documents"]:
            pages = [texts[p["file"]][p["page"] - 1] for p in doc["pages"] if p["file"] in texts]
            has_text = [bool(t.replace("synthetic test document - fictional data", "").strip()) for t in pages]
            if doc["scanned"] and any(has_text):
                bad(f"{name} {doc['id']}: scanned but a page has a text layer")
            if not doc["scanned"] and not all(has_text):
                bad(f"{name} {doc['id']}: born digital but a page has no text")
            printed, form_values = info["printed"][doc["id"]]
            if not doc["scanned"]:
                text = " ".join(pages).lower()
                for value in printed:
                    if value.lower() not in text:
                        bad(f"{name} {doc['id']}: {value!r} is not printed on the {doc['type']}")
                if form_values:
                    path = inbox / doc["pages"][0]["file"]
                    fields = {k: v.get("/V") for k, v in (PdfReader(str(path)).get_fields() or {}).items()}
                    for k, v in form_values.items():
                        if str(fields.get(k) or "") != v:
                            bad(f"{name} {doc['id']}: Form 710 field {k} holds {fields.get(k)!r}, not {v!r}")
        # separator sheets still read after scanning
        for file, page, what in info["extra_pages"]:
            if what != "separator":
                continue
            doc = pdfium.PdfDocument(str(inbox / file))
            img = doc[page - 1].render(scale=200 / 72, grayscale=True).to_pil()
            doc.close()
            found = [r.text for r in zxingcpp.read_barcodes(img)]
            if f"LOAN {exp['loan_number']}" not in found:
                bad(f"{name}: separator barcode reads {found}")
        # no full SSN reaches expected.json
        raw = (root / "expected.json").read_text()
        if re.search(r"\b9\d\d-?\d\d-?\d{4}\b", raw):
            bad(f"{name}: a full SSN in expected.json")
        # expected.json scores perfectly against itself
        cmp = sample_compare.compare(exp, as_case(exp))
        if cmp.wrong():
            bad(f"{name}: self-comparison fails {[c.label for c in cmp.wrong()]}")
    # the same seed gives the same bytes
    with tempfile.TemporaryDirectory(prefix="ab_rebuild_") as tmp:
        build(Path(tmp), seed, quiet=True)
        for name in manifest:
            a = {p.relative_to(out / name).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                 for p in (out / name).rglob("*") if p.is_file()}
            b = {p.relative_to(Path(tmp) / name).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
                 for p in (Path(tmp) / name).rglob("*") if p.is_file()}
            if a != b:
                diff = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
                bad(f"{name}: a rebuild with seed {seed} differs in {diff}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the packets into")
    parser.add_argument("--seed", type=int, default=2033)
    parser.add_argument("--check", action="store_true", help="verify the packets after writing them")
    args = parser.parse_args(argv)
    manifest = build(args.out, args.seed)
    if args.check:
        problems = check(args.out, args.seed, manifest)
        for p in problems:
            print("check:", p)
        print("check: ok" if not problems else f"check: {len(problems)} problem(s)")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
