"""A twentieth holdout set of borrower packets (t1..t6), laid out unlike the shared samples and unlike the a (first),
b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r and s sets, written without looking at the service's code, rules or
tests, to gauge honestly how it reads what a servicer's loss-mitigation team really receives.

    python benchmarks/holdout_packets_t.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Weighted toward the
common case: the real Form 710 in four packets, two servicers' own forms, ordinary pay stubs, statements and letters.
New here: the real Form 710 in four new delivery shapes - answered in a desktop PDF viewer with its "Add Text" tool,
so every answer (and every X in a box) is a loose FreeText ANNOTATION placed by eye near its line, the AcroForm fields
left EMPTY, nothing flattened, and both signatures drawn on a trackpad as Ink annotations (the answers are in no text
layer and in no field, only in the annotations' appearance streams); printed blank, hand-printed in capitals and faxed
from home at 200 dpi, where the feeder pulled two sheets at once, so the application's PAGE 3 (income) never went
through while the machine's header numbers the seven pages it did send without a gap and the borrower's cover sheet
still says 8; typed through its AcroForm, printed, signed and dated in ink and MAILED: the servicer's mailroom scans
the ENVELOPE (return address, postmark) and the packet at 300 dpi grayscale behind its barcode separator sheet, with a
"RECEIVED" rubber stamp at the foot of every page; and typed through its AcroForm with drawn signatures, then MERGED
by an online tool with downloaded e-statements, pay stubs and two scanned sheets into ONE file that mixes born-digital
pages (the form's fields kept) with image-only ones. A servicer's own re-set edition of Form 710 (Granite Harbor,
GHMS-710): the same questions on FIVE pages with "Page x of 5", "Account Number" instead of "Loan number", the
servicer's address, fax and website filled into the instructions, borrower and co-borrower answered side by side,
typed in its fillable PDF and signed in ink, kept in a ring binder and scanned one document a file on a FLATBED WITH
THE LID UP (the glass around each sheet black, the three punched holes black) at 200 dpi. A community bank's intake
worksheet made in a SPREADSHEET (Tallgrass Bank, "LM_Intake_Worksheet_v3.xlsx" in the header): printed gridlines,
label cells in column A, Borrower / Co-borrower columns, drop-down answers printed as their words, the property's city,
state and ZIP in cells of their own, income as a Source x Borrower / Co-borrower / Total grid in accounting format
with "-" for empty cells, signed and dated in ink and scanned on a home all-in-one at 300 dpi. Pay stubs: a payroll
bureau's semi-monthly "Earnings Statement" (a row of captioned cells, earnings beside taxes, a Current / Year to Date
summary box; the first check of the year, its YTD equal to the period), a workforce app's e-mailed weekly "pay
summary" (cards, dates written "Dec 30, 2029 - Jan 5, 2030", a holiday week), an ERP's bi-weekly "Remuneration
Statement" (wage-type codes 1000 / 1210 / /101 / /550, a Cumulative column, "Payroll period 02/2030", the name as
"Last, First M"), a small employer's three-column pay statement, and a HOUSEHOLD employer's weekly nanny stub (the
employer is a family). Statements: a community bank's two-page checking statement with a one-row summary (Beginning
Balance | n Deposits/Credits | n Withdrawals/Debits | Service Charges | Ending Balance) and an online bank's business
checking e-statement with summary tiles and signed amounts. Letters and papers: a military survivor-annuity letter
(taxable, monthly), a newspaper obituary clipping, an employer's transfer letter with a relocation allowance, a state's
unemployment claim approval, a condominium association's special-assessment notice, two deposited personal rent checks
photocopied front and back (written by the tenant, endorsed, "DEPOSITED" stamp), the IRS Form 4506-C (the real form's
page, typed by the servicer, signed and dated in pen by both spouses), a W-2, the servicer's own monthly mortgage
statement, hardship letters typed and handwritten, and a fax cover filled in by hand. Co-borrowers in four packets.
Delivered as: a folder named after the loan holding born-digital files; one 200 dpi black-and-white fax without
separator under the fax server's name; a folder named "<Last name> - <loan>" (not a loan number) of files named
Scan_<date>_0001.pdf ..; loose files whose only loan number is typed with dashes ("Loan 0041-1877-20 application.pdf");
the mailroom's one combined 300 dpi scan behind the separator sheet; and one merged file "<loan> complete packet.pdf".

Complete: t1, t3, t5. Incomplete for different reasons: t2 the income page of the application never arrived, so no
income line has an amount (application_field:income; the pay stubs that came cannot stand in for the answer); t4
rental income is claimed and documented by two fresh deposited rent checks, but no IRS Form 4506-C was sent
(irs_form_4506c); t6 the self-employed borrower's two business statements are consecutive and of one account, but the
newer one ended 100 days before receipt and no signed P&L or return was sent (income_doc:self_employment, stale).

This set is standalone: its people, pens (hand printing drawn letter by letter, signatures as strokes), scanning and
the checklist (`missing_codes`, shared/spec/checklist.md) are written here, so expected status and missing codes
follow from the values drawn. expected.json also carries `acknowledgment_due` (received + 5 business days, legal public
holidays on their actual dates skipped: MLK Day, Washington's Birthday, Memorial Day, Juneteenth, Independence Day and
Veterans Day all fall inside a window) and `evaluation_due` (complete packets: received + 30 days); the comparison
ignores both. `--check` confirms that the rules give each scenario's codes, that the dates are right, that every page
of every file belongs to exactly one document (fax covers and separator sheets aside), that `scanned` matches the
pages' text layers, that pay-stub arithmetic holds, and that every expected value is printed (or hand-written) on its
document. Received dates fall in 2030, each beside a federal holiday. Every file is the same bytes for a seed.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas


def _shared() -> Path:
    if os.environ.get("LOSSMIT_SHARED"):
        return Path(os.environ["LOSSMIT_SHARED"])
    return Path(__file__).resolve().parents[2] / "shared"


SHARED = _shared()
logging.getLogger("pypdf").setLevel(logging.ERROR)
FORM710 = SHARED / "reference" / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = SHARED / "reference" / "irs-form4506c-rev2022-10-blank.pdf"
FONTS = Path("/usr/share/fonts/truetype")
HAND_FONT = FONTS / "liberation2" / "LiberationSans-Regular.ttf"
TYPE_FONT = FONTS / "liberation2" / "LiberationSans-Regular.ttf"
TYPE_BOLD = FONTS / "liberation2" / "LiberationSans-Bold.ttf"
MONO_FONT = FONTS / "liberation2" / "LiberationMono-Regular.ttf"
SYNTHETIC = "synthetic test document - not a real record"
PROGRAM_DAYS_FRESH = 90

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
OCCUPANCY = ["primary_residence", "second_home", "investment_property"]
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


# --- calendar ------------------------------------------------------------------------------------------------------


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def legal_public_holidays(year: int) -> set[date]:
    """5 U.S.C. 6103(a), on their actual dates (domain-rules.md §1.14, §6 rule 1; observed days are business days)."""
    days = {date(year, 1, 1), _nth_weekday(year, 1, 0, 3), _nth_weekday(year, 2, 0, 3), _last_weekday(year, 5, 0),
            date(year, 7, 4), _nth_weekday(year, 9, 0, 1), _nth_weekday(year, 10, 0, 2), date(year, 11, 11),
            _nth_weekday(year, 11, 3, 4), date(year, 12, 25)}
    if year >= 2021:
        days.add(date(year, 6, 19))
    return days


def add_business_days(start: date, count: int) -> date:
    day = start
    while count:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in legal_public_holidays(day.year):
            count -= 1
    return day


def fresh(doc_date: date | None, evaluated_on: date) -> bool:
    return doc_date is not None and 0 <= (evaluated_on - doc_date).days <= PROGRAM_DAYS_FRESH


def us(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def long_date(d: date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def money(v: float) -> str:
    return f"{v:,.2f}"


def cents(v: float) -> float:
    return float(f"{v + 1e-9:.2f}") if v >= 0 else float(f"{v - 1e-9:.2f}")


# --- people --------------------------------------------------------------------------------------------------------

FIRST = {
    "f": ["Adaeze", "Brianna", "Carmela", "Delphine", "Esperanza", "Fiona", "Gwendolyn", "Harriet", "Imani", "Josefina",
          "Keiko", "Lorraine", "Marisol", "Nadia", "Odessa", "Priya", "Rosalind", "Sunniva", "Tamsin", "Yolanda"],
    "m": ["Abdul", "Bartholomew", "Cyrus", "Desmond", "Emeka", "Fitzgerald", "Gunnar", "Hollis", "Ignatius", "Jerome",
          "Kwame", "Lysander", "Mateo", "Nikolai", "Osvaldo", "Percival", "Quentin", "Rutger", "Solomon", "Thaddeus"],
}
LAST = ["Abernathy", "Balogun", "Castellanos", "Dunleavy", "Eriksen", "Fairbairn", "Galloway", "Hakimi", "Iwasaki",
        "Jablonski", "Kowalczyk", "Lindqvist", "Mwangi", "Nakashima", "Okonkwo", "Pettigrew", "Quintanilla",
        "Rosenthal", "Szymanski", "Thibodeaux", "Underwood", "Vasquez-Ortiz", "Whitcombe", "Yarborough", "Zeller"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"
STREETS = ["Juniper Hollow Rd", "Alder Creek Dr", "Bellflower Ct", "Cobblestone Ln", "Dogwood Terrace", "Eastgate Ave",
           "Foxglove Way", "Granary St", "Heron Point Blvd", "Ironwood Pl", "Kestrel Run", "Larkspur Cir"]
CITIES = [("Maple Falls", "WI", "54"), ("Cedar Bluff", "IA", "52"), ("Pine Harbor", "MI", "49"),
          ("Sandstone", "MN", "55"), ("Willow Springs", "MO", "65"), ("Bramblewood", "NC", "27"),
          ("Riverton Heights", "OH", "43"), ("Copper Mesa", "AZ", "85"), ("Laurel Glen", "PA", "17"),
          ("Stillwater Flats", "OK", "74")]


@dataclass
class Person:
    first: str
    middle: str
    last: str
    ssn: str

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
class Place:
    street: str
    city: str
    state: str
    zip: str

    @property
    def line(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"


def person(rng: random.Random, sex: str, last: str | None = None, middle: bool = True) -> Person:
    ssn = f"9{rng.randint(0, 99):02d}-{rng.randint(70, 99):02d}-{rng.randint(1000, 9999):04d}"
    return Person(rng.choice(FIRST[sex]), rng.choice(MIDDLE) if middle else "", last or rng.choice(LAST), ssn)


def place(rng: random.Random) -> Place:
    city, state, zip2 = rng.choice(CITIES)
    return Place(f"{rng.randint(110, 9899)} {rng.choice(STREETS)}", city, state, f"{zip2}{rng.randint(100, 999)}")


def loan_number(rng: random.Random) -> str:
    return "00" + "".join(str(rng.randint(0, 9)) for _ in range(8))


# --- born-digital paper --------------------------------------------------------------------------------------------


@dataclass
class Pen:
    """A mark a person makes on printed paper, in points from the page's top-left corner."""

    kind: str  # hand | x | tick | sign
    x: float
    y: float  # baseline for hand, top for boxes
    text: str = ""
    size: float = 11.0
    w: float = 0.0
    h: float = 0.0


@dataclass
class Paper:
    """One logical document as paper: its born-digital pages, the pen marks a person adds once it is printed, and the
    strings on each page (printed or written) that --check looks for."""

    pdf: bytes
    pens: list[list[Pen]]
    words: list[list[str]]

    @property
    def count(self) -> int:
        return len(self.words)


class Sheet:
    """A reportlab canvas addressed from the top-left corner, recording every string it draws."""

    def __init__(self, size: tuple[float, float] = letter, title: str = "", creator: str = "") -> None:
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=size, invariant=1, pageCompression=1)
        if title:
            self.c.setTitle(title)
        if creator:
            self.c.setCreator(creator)
            self.c.setProducer(creator)
        self.w, self.h = size
        self.words: list[list[str]] = [[]]
        self.pens: list[list[Pen]] = [[]]

    def t(self, x: float, y: float, s: str, size: float = 9, font: str = "Helvetica", align: str = "l",
          gray: float = 0.0, color: tuple[float, float, float] | None = None) -> float:
        c = self.c
        c.setFont(font, size)
        if color:
            c.setFillColorRGB(*color)
        else:
            c.setFillGray(gray)
        yy = self.h - y
        if align == "r":
            c.drawRightString(x, yy, s)
        elif align == "c":
            c.drawCentredString(x, yy, s)
        else:
            c.drawString(x, yy, s)
        c.setFillGray(0)
        self.words[-1].append(s)
        return stringWidth(s, font, size)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, gray: float = 0.0,
             dash: tuple[float, ...] | None = None) -> None:
        c = self.c
        c.setLineWidth(w)
        c.setStrokeGray(gray)
        c.setDash(*(dash or ()))
        if dash:
            c.setDash(list(dash), 0)
        else:
            c.setDash([], 0)
        c.line(x1, self.h - y1, x2, self.h - y2)
        c.setStrokeGray(0)
        c.setDash([], 0)

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.5, fill: float | None = None,
             stroke: bool = True, color: tuple[float, float, float] | None = None, radius: float = 0) -> None:
        c = self.c
        c.setLineWidth(lw)
        if color:
            c.setFillColorRGB(*color)
        elif fill is not None:
            c.setFillGray(fill)
        do_fill = 1 if (fill is not None or color) else 0
        if radius:
            c.roundRect(x, self.h - y - h, w, h, radius, stroke=int(stroke), fill=do_fill)
        else:
            c.rect(x, self.h - y - h, w, h, stroke=int(stroke), fill=do_fill)
        c.setFillGray(0)

    def box(self, x: float, y: float, s: float = 8, checked: bool = False, glyph: str = "X") -> None:
        self.rect(x, y, s, s, lw=0.6)
        if checked:
            self.t(x + s / 2, y + s - 1.3, glyph, size=s, font="Helvetica-Bold", align="c")

    def para(self, x: float, y: float, width: float, text: str, size: float = 9, font: str = "Helvetica",
             leading: float | None = None, gray: float = 0.0) -> float:
        leading = leading or size * 1.3
        words, line = text.split(), ""
        for word in words:
            trial = f"{line} {word}".strip()
            if stringWidth(trial, font, size) > width and line:
                self.t(x, y, line, size, font, gray=gray)
                y += leading
                line = word
            else:
                line = trial
        if line:
            self.t(x, y, line, size, font, gray=gray)
            y += leading
        return y

    def pen(self, mark: Pen) -> None:
        self.pens[-1].append(mark)
        if mark.kind == "hand":
            self.words[-1].append(mark.text)

    def _foot(self) -> None:
        c = self.c
        c.setFont("Helvetica", 5)
        c.setFillGray(0.62)
        c.drawRightString(self.w - 18, 9, SYNTHETIC)
        c.setFillGray(0)

    def page(self) -> None:
        self._foot()
        self.c.showPage()
        self.words.append([])
        self.pens.append([])

    def done(self) -> Paper:
        self._foot()
        self.c.showPage()
        self.c.save()
        return Paper(self.buf.getvalue(), self.pens, self.words)


def pdf_pages(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


# --- pens: hand printing, marks and signatures ---------------------------------------------------------------------

_FONT_CACHE: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    key = (str(path), px)
    if key not in _FONT_CACHE:
        _FONT_CACHE[key] = ImageFont.truetype(str(path), px)
    return _FONT_CACHE[key]


def write_hand(img: Image.Image, x: float, base: float, text: str, px: float, rng: random.Random, ink: int = 38,
               slant: float = 0.16) -> float:
    """Print `text` the way a person prints with a ballpoint: every letter a little turned, sized, squeezed and
    lifted off the line, the line itself drifting."""
    pad = int(px * 0.5)
    drift = rng.uniform(-0.008, 0.008)
    start = x
    for ch in text:
        if ch == " ":
            x += px * rng.uniform(0.25, 0.4)
            continue
        f = font(HAND_FONT, max(8, int(px * rng.uniform(0.9, 1.1))))
        ascent, descent = f.getmetrics()
        width = int(f.getlength(ch) * 1.3) + 2 * pad
        glyph = Image.new("L", (width, ascent + descent + 2 * pad), 0)
        ImageDraw.Draw(glyph).text((pad, pad), ch, fill=255, font=f)
        sh = slant + rng.uniform(-0.08, 0.08)
        sx = rng.uniform(0.88, 1.08)
        y0 = pad + ascent
        glyph = glyph.transform(glyph.size, Image.Transform.AFFINE, (1 / sx, sh, -sh * y0, 0, 1, 0),
                                resample=Image.Resampling.BILINEAR)
        glyph = glyph.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BILINEAR, center=(pad, y0))
        top = int(base - y0 + rng.uniform(-0.07, 0.07) * px + drift * (x - start))
        img.paste(ink, (int(x), top), glyph)
        x += f.getlength(ch) * sx * rng.uniform(0.98, 1.12) + px * 0.03
    return x


def _catmull(points: list[tuple[float, float]], steps: int = 10) -> list[tuple[float, float]]:
    if len(points) < 3:
        return points
    pts = [points[0], *points, points[-1]]
    out = []
    for i in range(1, len(pts) - 2):
        p0, p1, p2, p3 = pts[i - 1], pts[i], pts[i + 1], pts[i + 2]
        for s in range(steps):
            t = s / steps
            t2, t3 = t * t, t * t * t
            out.append(tuple(0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2
                                    + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3) for k in (0, 1)))
    out.append(points[-1])
    return out


def signature_strokes(name: str, rng: random.Random) -> list[list[tuple[float, float]]]:
    """A cursive signature as strokes in a unit box (x right, y down, baseline at 0.7): a tall loop for each
    capital, then the name's letters run together - loops up for ascenders, down for descenders, humps for the
    rest, trailing off - and a flourish under it."""
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for part in name.replace(".", "").split():
        lean = rng.uniform(0.01, 0.03)
        pts = [(x + 0.01, 0.7), (x + 0.035 + lean, rng.uniform(0.0, 0.08)), (x + 0.045, 0.72),
               (x + 0.02, 0.45), (x + 0.075, rng.uniform(0.35, 0.45))]
        x += 0.075
        letters = part[1:].lower()
        keep = letters[: max(1, int(len(letters) * rng.uniform(0.55, 0.85)))]
        for i, ch in enumerate(keep):
            fade = 1 - 0.5 * i / max(1, len(keep))
            step = rng.uniform(0.03, 0.045)
            if ch in "bdfhklt":
                pts += [(x + step * 0.9 + lean, 0.7 - rng.uniform(0.45, 0.6) * fade), (x + step * 0.5, 0.68)]
            elif ch in "gjpqyz":
                pts += [(x + step * 0.6, 0.5), (x + step * 0.4, 0.7 + rng.uniform(0.2, 0.3) * fade),
                        (x + step, 0.6)]
            elif ch in "mn":
                pts += [(x + step * 0.3, 0.52), (x + step * 0.5, 0.7), (x + step * 0.8, 0.52), (x + step, 0.7)]
                step *= 1.3
            else:
                pts += [(x + step * 0.5, 0.7 - rng.uniform(0.15, 0.25) * fade), (x + step, 0.68)]
            x += step
        pts.append((x + 0.02, rng.uniform(0.55, 0.7)))
        strokes.append(_catmull(pts, steps=7))
        x += rng.uniform(0.05, 0.08)
    end = x
    strokes.append(_catmull([(end - 0.04, 0.62), (end * 0.65, rng.uniform(0.86, 0.95)), (end * 0.2, 0.9),
                             (end * 0.08, rng.uniform(0.78, 0.88))], steps=12))
    scale = 1 / max(end, 0.3)
    lean, tall = rng.uniform(-0.05, 0.25), rng.uniform(0.8, 1.1)
    return [[(px * scale + (0.7 - py) * lean * scale * 0.4, 0.7 - (0.7 - py) * tall) for px, py in stroke]
            for stroke in strokes]


def draw_pen(img: Image.Image, mark: Pen, dpi: float, rng: random.Random, ink: int = 38) -> None:
    k = dpi / 72
    draw = ImageDraw.Draw(img)
    width = max(2, round(0.55 * k))
    if mark.kind == "hand":
        write_hand(img, mark.x * k, mark.y * k, mark.text, mark.size * k, rng, ink)
    elif mark.kind == "x":
        x0, y0, w, h = (mark.x - 1.5) * k, (mark.y - 1.5) * k, (mark.w + 3) * k, (mark.h + 3) * k
        j = lambda: rng.uniform(-0.12, 0.12) * w  # noqa: E731
        draw.line([(x0 + j(), y0 + j()), (x0 + w + j(), y0 + h + j())], fill=ink, width=width)
        draw.line([(x0 + w + j(), y0 + j()), (x0 + j(), y0 + h + j())], fill=ink, width=width)
    elif mark.kind == "tick":
        x0, y0, w, h = mark.x * k, mark.y * k, mark.w * k, mark.h * k
        pts = _catmull([(x0 + 0.05 * w, y0 + 0.5 * h), (x0 + 0.35 * w, y0 + 0.95 * h),
                        (x0 + 0.75 * w, y0 + 0.1 * h), (x0 + 1.25 * w, y0 - 0.4 * h)], steps=6)
        draw.line(pts, fill=ink, width=width, joint="curve")
    elif mark.kind == "sign":
        x0, y0, w, h = mark.x * k, mark.y * k, mark.w * k, mark.h * k
        for stroke in signature_strokes(mark.text, rng):
            draw.line([(x0 + px * w, y0 + py * h) for px, py in stroke], fill=ink, width=width, joint="curve")


# --- printing and scanning -----------------------------------------------------------------------------------------


@dataclass
class Scan:
    """How a sheet went through a scanner or a fax machine."""

    dpi: int = 200
    bw: bool = False  # black and white only, as a fax
    threshold: int = 150
    skew: float = 0.0  # degrees; each page varies around it
    noise: float = 0.0  # share of pixels speckled
    blur: float = 0.0
    quality: int = 80  # JPEG quality of grey pages
    lid_open: bool = False  # flatbed with the lid up: the glass around the sheet comes out black
    holes: bool = False  # three-hole punched paper
    header: str = ""  # the sending fax machine's line, with {page} and {total}
    stamp: tuple[str, ...] = ()  # a mailroom's rubber stamp
    toner: float = 0.0  # a fading cartridge: pale vertical bands
    paper_tone: int = 255


def render_pages(pdf: bytes, dpi: int, forms: bool = False) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        if forms:
            doc.init_forms()
        return [doc[i].render(scale=dpi / 72, grayscale=True, may_draw_forms=forms).to_pil().convert("L")
                for i in range(len(doc))]
    finally:
        doc.close()


def _stamp(img: Image.Image, lines: tuple[str, ...], dpi: int, rng: random.Random) -> None:
    k = dpi / 72
    w, h = int(150 * k), int((14 + 15 * len(lines)) * k)
    mask = Image.new("L", (w, h), 0)
    draw = ImageDraw.Draw(mask)
    draw.rounded_rectangle([2, 2, w - 3, h - 3], radius=int(6 * k), outline=255, width=max(2, int(1.6 * k)))
    y = 7 * k
    for i, line in enumerate(lines):
        f = font(TYPE_BOLD, int((13 if i == 1 else 9.5) * k))
        draw.text((w / 2, y), line, fill=255, font=f, anchor="mt")
        y += (17 if i == 1 else 13) * k
    arr = np.asarray(mask, dtype=np.float32) / 255
    grain = np.random.default_rng(rng.randint(0, 2**31)).random(arr.shape)
    arr = arr * (grain > 0.22) * rng.uniform(0.55, 0.7)
    mask = Image.fromarray((arr * 255).astype(np.uint8)).rotate(rng.uniform(-6, 6), expand=True,
                                                                  resample=Image.Resampling.BILINEAR)
    if img.width > img.height:  # an envelope: lower left, clear of the addresses and the postage
        x, y = int(rng.uniform(0.3, 0.8) * dpi), int(img.height - mask.height - rng.uniform(0.1, 0.25) * dpi)
    else:  # the foot of the page, where a mailroom clerk stamps without covering the document
        x = int(img.width - mask.width - rng.uniform(0.3, 1.4) * dpi)
        y = int(img.height - mask.height - rng.uniform(0.05, 0.2) * dpi)
    img.paste(95, (x, y), mask)


def scan_page(img: Image.Image, scan: Scan, rng: random.Random, page: int, total: int) -> Image.Image:
    dpi = scan.dpi
    if scan.paper_tone < 255:
        img = img.point(lambda v: v * scan.paper_tone // 255)
    if scan.toner:
        arr = np.asarray(img, dtype=np.float32)
        cols = np.linspace(0, 1, arr.shape[1])
        band = 1 - scan.toner * (0.5 + 0.5 * np.sin(cols * rng.uniform(9, 14) + rng.uniform(0, 6))) ** 8
        arr = 255 - (255 - arr) * band[None, :]
        img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if scan.stamp:
        _stamp(img, scan.stamp, dpi, rng)
    if scan.holes:
        draw = ImageDraw.Draw(img)
        r = 0.135 * dpi
        for cy in (1.25, 5.5, 9.75):
            cx, yy = 0.38 * dpi, cy * dpi * img.height / (11 * dpi)
            draw.ellipse([cx - r, yy - r, cx + r, yy + r], fill=44 if scan.lid_open else 250)
    angle = scan.skew + rng.uniform(-0.35, 0.35) if scan.skew else 0.0
    if scan.lid_open:
        glass = (int(8.5 * dpi), int(11.69 * dpi))
        out = Image.new("L", glass, 30)
        arr = np.asarray(out, dtype=np.float32) + np.random.default_rng(page).normal(0, 6, (glass[1], glass[0]))
        out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
        sheet = img.rotate(angle, expand=True, fillcolor=0, resample=Image.Resampling.BICUBIC)
        mask = Image.new("L", img.size, 255).rotate(angle, expand=True, fillcolor=0)
        shadow = mask.filter(ImageFilter.GaussianBlur(0.05 * dpi))
        off = (int(rng.uniform(0.02, 0.08) * dpi), int(rng.uniform(0.03, 0.1) * dpi))
        out.paste(12, (off[0] + int(0.03 * dpi), off[1] + int(0.03 * dpi)), shadow)
        out.paste(sheet, off, mask)
        img = out
    elif angle:
        img = img.rotate(angle, fillcolor=scan.paper_tone, resample=Image.Resampling.BICUBIC)
    if scan.blur:
        img = img.filter(ImageFilter.GaussianBlur(scan.blur))
    if scan.noise:
        gen = np.random.default_rng(rng.randint(0, 2**31))
        arr = np.asarray(img).copy()
        speck = gen.random(arr.shape) < scan.noise
        arr[speck] = np.where(arr[speck] > 128, gen.integers(0, 90, int(speck.sum())), 235).astype(np.uint8)
        img = Image.fromarray(arr)
    if scan.header:
        draw = ImageDraw.Draw(img)
        band = int(0.17 * dpi)
        draw.rectangle([0, 0, img.width, band], fill=255)
        f = font(MONO_FONT, int(0.105 * dpi))
        draw.text((int(0.25 * dpi), int(0.03 * dpi)), scan.header.format(page=page, total=total), fill=0, font=f)
    if scan.bw:
        t = scan.threshold
        img = img.point(lambda v: 255 if v > t else 0).convert("1")
    return img


def scanned(paper: Paper, scan: Scan, rng: random.Random, forms: bool = False, pages: list[int] | None = None,
            pens: bool = True, ink: int = 38) -> list[Image.Image]:
    """Print `paper`, add its pen marks, and put the printed sheets through `scan` (pages numbered later)."""
    images = render_pages(paper.pdf, scan.dpi, forms)
    out = []
    for i in pages if pages is not None else range(len(images)):
        img = images[i]
        if pens:
            for mark in paper.pens[i]:
                draw_pen(img, mark, scan.dpi, rng, ink)
        out.append(img)
    return out


def separator_paper(loan: str, servicer: str) -> Paper:
    code = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(code)
    image = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))
    s = Sheet(title="Separator")
    s.t(306, 90, servicer.upper(), 13, "Helvetica-Bold", align="c")
    s.t(306, 112, "LOSS MITIGATION DOCUMENT SEPARATOR", 16, "Helvetica-Bold", align="c")
    s.t(306, 134, "Place in front of each borrower packet. Do not remove.", 9, align="c")
    s.c.drawInlineImage(image, 126, s.h - 330, width=360, height=110)
    s.t(306, 360, f"LOAN {loan}", 14, "Courier-Bold", align="c")
    s.t(306, 380, "Mailroom batch scanning", 9, align="c", gray=0.3)
    return s.done()


# --- packets, files and the truth ----------------------------------------------------------------------------------


@dataclass
class Doc:
    """One logical document of a packet: what expected.json says about it and what the checklist needs."""

    type: str
    fields: dict = field(default_factory=dict)
    date: date | None = None  # the document date the 90-day freshness runs from
    info: dict = field(default_factory=dict)  # facts the checklist needs (signed, account, claims ...)
    listed: bool = True  # fax covers and separator sheets are not listed
    words: list[str] = field(default_factory=list)  # what is printed or written on it
    scanned: bool = False
    refs: list[tuple[int, str, int]] = field(default_factory=list)  # (own page index, file, page in file)


class OutFile:
    """A file of the inbox, assembled page by page from born-digital pages and scanned sheets."""

    def __init__(self, rel: str, producer: str = "", title: str = "") -> None:
        self.rel, self.producer, self.title = rel, producer, title
        self.items: list[tuple] = []  # ("pdf", bytes, index) | ("raw", Image, Scan)

    def digital(self, doc: Doc, pdf: bytes, pages: list[int] | None = None) -> None:
        for i in pages if pages is not None else range(pdf_pages(pdf)):
            self.items.append(("pdf", pdf, i))
            doc.refs.append((i, self.rel, len(self.items)))

    def sheets(self, doc: Doc, images: list[Image.Image], scan: Scan, own: list[int] | None = None) -> None:
        doc.scanned = True
        for n, img in enumerate(images):
            self.items.append(("raw", img, scan))
            doc.refs.append((own[n] if own else n, self.rel, len(self.items)))

    def write(self, root: Path, rng: random.Random, when: datetime) -> None:
        path = root / self.rel
        path.parent.mkdir(parents=True, exist_ok=True)
        total = len(self.items)
        done: list[tuple] = []
        for n, item in enumerate(self.items, start=1):
            if item[0] == "raw":
                done.append(("img", scan_page(item[1], item[2], rng, n, total), item[2]))
            else:
                done.append(item)
        meta = {"creationDate": when.timetuple(), "modDate": when.timetuple(),
                "producer": self.producer or "Scanner", "title": self.title}
        if all(d[0] == "img" for d in done) and len({d[2].dpi for d in done}) == 1:
            path.write_bytes(_images_pdf([d[1] for d in done], done[0][2], meta))
            return
        writer = PdfWriter()
        run: list[tuple] = []

        def flush() -> None:
            if not run:
                return
            if run[0][0] == "img":
                data = _images_pdf([d[1] for d in run], run[0][2], meta)
                writer.append(PdfReader(io.BytesIO(data)))
            else:
                writer.append(PdfReader(io.BytesIO(run[0][1])), pages=[d[2] for d in run])
            run.clear()

        for d in done:
            if run and (d[0] != run[0][0] or (d[0] == "pdf" and d[1] is not run[0][1])
                        or (d[0] == "img" and d[2].dpi != run[0][2].dpi)):
                flush()
            run.append(d)
        flush()
        stamp = when.strftime("D:%Y%m%d%H%M%S")
        writer.add_metadata({"/Producer": self.producer or "pypdf", "/Title": self.title, "/CreationDate": stamp,
                             "/ModDate": stamp})
        buf = io.BytesIO()
        writer.write(buf)
        path.write_bytes(buf.getvalue())


def _images_pdf(images: list[Image.Image], scan: Scan, meta: dict) -> bytes:
    buf = io.BytesIO()
    first, *rest = images
    extra = {} if first.mode == "1" else {"quality": scan.quality}
    first.save(buf, "PDF", resolution=float(scan.dpi), save_all=True, append_images=rest, **extra,
               **{k: v for k, v in meta.items() if v})
    return buf.getvalue()


@dataclass
class Packet:
    name: str
    loan: str
    received: date
    intended: list[str]  # the checklist codes the scenario is built to produce
    application: dict | None
    app_info: dict = field(default_factory=dict)
    docs: list[Doc] = field(default_factory=list)
    files: list[OutFile] = field(default_factory=list)
    blank_pages: list[tuple[str, int]] = field(default_factory=list)

    def doc(self, type_: str, **kw) -> Doc:
        d = Doc(type_, **kw)
        self.docs.append(d)
        return d

    def file(self, rel: str, producer: str = "", title: str = "") -> OutFile:
        f = OutFile(rel, producer, title)
        self.files.append(f)
        return f


def _consecutive(a: Doc, b: Doc) -> bool:
    return b.fields["period_start"] == (date.fromisoformat(a.fields["period_end"]) + timedelta(days=1)).isoformat()


def two_statements(docs: list[Doc], kind: str, on: date) -> bool:
    """Two statements of consecutive periods for the same account, the newer one fresh."""
    stmts = [d for d in docs if d.type == kind]
    for a in stmts:
        for b in stmts:
            if a is b or a.fields.get("account_last4") != b.fields.get("account_last4"):
                continue
            if _consecutive(a, b) and fresh(date.fromisoformat(b.fields["period_end"]), on):
                return True
    return False


def missing_codes(app: dict | None, info: dict, docs: list[Doc], on: date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    codes = []
    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        codes.append("application_signature")
    for name in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                 "hardship_start_date"):
        if not app.get(name):
            codes.append(f"application_field:{name}")
    claimed = [k for k, v in app["income"].items() if k != "total" and v and v > 0]
    if not claimed:
        codes.append("application_field:income")
    docs = [d for d in docs if d.listed]
    banks = two_statements(docs, "bank_statement", on)
    for code in claimed:
        ok = banks
        if code == "wages":
            ok = ok or any(d.type == "pay_stub" and d.fields.get("gross_ytd") is not None and fresh(d.date, on)
                           for d in docs)
        elif code == "self_employment":
            ok = ok or any(d.type in ("profit_and_loss_statement", "tax_return") and d.info.get("signed")
                           and fresh(d.date, on) for d in docs)
        elif code == "unemployment":
            ok = True
        elif code in ("benefits_taxable", "benefits_nontaxable"):
            ok = ok or any(d.type == "benefit_award_letter" and d.fields.get("benefit_type") == code
                           and fresh(d.date, on) for d in docs)
        elif code == "rental":
            ok = ok or sum(d.type == "rent_check" and fresh(d.date, on) for d in docs) >= 2
        elif code == "investment":
            ok = ok or two_statements(docs, "investment_statement", on)
        elif code == "other":
            ok = ok or any(d.info.get("documents_income") == "other" and fresh(d.date, on) for d in docs)
        if not ok:
            codes.append(f"income_doc:{code}")
    satisfied_by = {
        "disability_or_illness": {"hardship_letter", "medical_statement"},
        "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
        "separation_unmarried": {"quitclaim_deed"},
        "death": {"death_certificate", "obituary"},
        "relocation": {"military_pcs_orders", "employer_relocation_letter"},
        "other": {"hardship_letter"},
    }
    for hardship in app["hardship_types"] or []:
        if hardship in satisfied_by and not any(d.type in satisfied_by[hardship] for d in docs):
            codes.append(f"hardship_doc:{hardship}")
    if ({"self_employment", "rental"} & set(claimed)
            and not any(d.type == "irs_form_4506c" and d.fields.get("signed") for d in docs)):
        codes.append("irs_form_4506c")
    return codes


def expected_json(p: Packet) -> dict:
    listed = [d for d in p.docs if d.listed]
    listed.sort(key=lambda d: d.type != "mortgage_assistance_application")
    documents = []
    for n, d in enumerate(listed, start=1):
        refs = sorted(d.refs)
        documents.append({"id": f"D{n:02d}", "type": d.type, "scanned": d.scanned,
                          "pages": [{"file": f, "page": pg} for _, f, pg in refs], "fields": d.fields})
    codes = missing_codes(p.application, p.app_info, p.docs, p.received)
    return {
        "loan_number": p.loan,
        "received_on": p.received.isoformat(),
        "status": "incomplete" if codes else "complete",
        "missing": codes,
        "application": p.application,
        "documents": documents,
        "acknowledgment_due": add_business_days(p.received, 5).isoformat(),
        "evaluation_due": None if codes else (p.received + timedelta(days=30)).isoformat(),
    }


# --- the real Form 710 ---------------------------------------------------------------------------------------------

HARDSHIP_BOX = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
INCOME_FIELD = {code: f"Number_{2 + i}" for i, code in enumerate(INCOMES)}
OCCUPANCY_BOX = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
DURATION_BOX = {"short_term": "Checkbox_38", "long_term": "Checkbox_39", "resolved": "Checkbox_40"}
_WIDGETS: dict[str, tuple[int, tuple[float, float, float, float]]] = {}


def widgets() -> dict[str, tuple[int, tuple[float, float, float, float]]]:
    """Form 710's fields by name: (page index, rect in PDF points)."""
    if not _WIDGETS:
        for i, page in enumerate(PdfReader(FORM710).pages):
            for ref in page.get("/Annots") or []:
                w = ref.get_object()
                if "/T" in w:
                    _WIDGETS[str(w["/T"])] = (i, tuple(float(v) for v in w["/Rect"]))
    return _WIDGETS


@dataclass
class Household:
    loan: str
    borrower: Person
    co: Person | None
    home: Place
    email: str
    phone: str
    co_phone: str = ""
    co_email: str = ""


def form710_answers(h: Household, hardships: list[str], start: date | None, duration: str,
                    income: dict[str, float], assets: tuple[float, float], hoa: float = 0.0,
                    date_fmt=us) -> dict[str, str | bool]:
    """The answers a borrower gives on Form 710, keyed by its AcroForm field names (signatures aside)."""
    v: dict[str, str | bool] = {
        "Text_1": h.loan, "Text_2": h.borrower.name, "Text_3": h.borrower.last4, "Email_1": h.email,
        "US_Phone_Number_1": h.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": h.home.line, OCCUPANCY_BOX["primary_residence"]: True, "Checkbox_27": True, "Checkbox_30": True,
        "Checkbox_35": True, DURATION_BOX[duration]: True,
    }
    if h.co:
        v.update({"Text_4": h.co.name, "Text_5": h.co.last4, "Email_2": h.co_email, "US_Phone_Number_3": h.co_phone,
                  "Checkbox_9": True})
    if hoa:
        v.update({"Checkbox_36": True, "Number_1": money(hoa)})
    else:
        v["Checkbox_37"] = True
    if start:
        v["Date_1"] = date_fmt(start)
    for hardship in hardships:
        v[HARDSHIP_BOX[hardship]] = True
    for code, amount in income.items():
        v[INCOME_FIELD[code]] = money(amount)
    v["Number_10"], v["Number_11"] = money(assets[0]), money(assets[1])
    return v


def _overlay(draw_fn) -> PdfReader:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    draw_fn(c)
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue()))


def _footer(c: canvas.Canvas) -> None:
    c.setFont("Helvetica", 5)
    c.setFillGray(0.62)
    c.drawRightString(594, 9, SYNTHETIC)


def _vector_signature(c: canvas.Canvas, name: str, rect: tuple[float, float, float, float], rng: random.Random,
                      rgb: tuple[float, float, float] = (0.08, 0.1, 0.35)) -> None:
    x0, y0, x1, y1 = rect
    w, h = x1 - x0, (y1 - y0) * 1.5
    c.setStrokeColorRGB(*rgb)
    c.setLineWidth(1.1)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_strokes(name, rng):
        path = c.beginPath()
        for n, (px, py) in enumerate(stroke):
            point = (x0 + 4 + px * w * 0.8, y0 + h * 0.85 - py * h)
            path.moveTo(*point) if n == 0 else path.lineTo(*point)
        c.drawPath(path, stroke=1, fill=0)


def form710_acroform(values: dict[str, str | bool], signatures: dict[str, str] | None = None,
                     rng: random.Random | None = None, producer: str = "") -> bytes:
    """The real Form 710 filled through its AcroForm; `signatures` {"Signature_1": name} drawn in as ink."""
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
    spots = widgets()
    for i, page in enumerate(writer.pages):
        def draw(c: canvas.Canvas, i: int = i) -> None:
            _footer(c)
            for field_name, name in (signatures or {}).items():
                if spots[field_name][0] == i:
                    _vector_signature(c, name, spots[field_name][1], rng or random.Random(1))
        page.merge_page(_overlay(draw).pages[0])
    if producer:
        writer.add_metadata({"/Producer": producer})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _ap(writer: PdfWriter, rect: tuple[float, float, float, float], content: str, fonts: bool = True):
    stream = DecodedStreamObject()
    stream.set_data(content.encode("latin-1"))
    res = DictionaryObject()
    if fonts:
        helv = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                 NameObject("/BaseFont"): NameObject("/Helvetica"),
                                 NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
        res[NameObject("/Font")] = DictionaryObject({NameObject("/Helv"): helv})
    stream.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([FloatObject(v) for v in rect]),
                   NameObject("/Resources"): res})
    return writer._add_object(stream)


def _pdf_str(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def form710_text_boxes(values: dict[str, str | bool], signatures: dict[str, str], rng: random.Random,
                       when: datetime) -> bytes:
    """Form 710 'filled' with a desktop viewer's Add Text tool: every answer a FreeText annotation placed by eye near
    its line (the AcroForm fields stay empty), the boxes ticked with a typed X, and each signature drawn on the
    trackpad as an Ink annotation. Nothing is flattened: the answers live only in the annotations."""
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    spots = widgets()
    stamp = when.strftime("D:%Y%m%d%H%M%S-05'00'")
    for n, (name, value) in enumerate(sorted(values.items())):
        page_index, (x0, y0, x1, y1) = spots[name]
        if value is False or value == "":
            continue
        size = 10.5 if value is not True else 11
        text = "X" if value is True else str(value)
        if value is True:
            bx, by = x0 + rng.uniform(0.3, 1.6), y0 + rng.uniform(-0.8, 0.6)
        else:
            bx, by = x0 + rng.uniform(3, 14), y0 + rng.uniform(1.0, 5.5)
        width = stringWidth(text, "Helvetica", size) + 6
        rect = (bx - 2, by - 3, bx + width, by + size + 2)
        content = f"BT /Helv {size} Tf 0 0 0 rg {bx + 1:.2f} {by + 0.5:.2f} Td ({_pdf_str(text)}) Tj ET"
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/Contents"): TextStringObject(text),
            NameObject("/DA"): TextStringObject(f"0 0 0 rg /Helv {size} Tf"),
            NameObject("/F"): NumberObject(4), NameObject("/M"): TextStringObject(stamp),
            NameObject("/NM"): TextStringObject(f"txt-{n:03d}"),
            NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): _ap(writer, rect, content)}),
        })
        writer.pages[page_index][NameObject("/Annots")].append(writer._add_object(annot))
    for name, who in signatures.items():
        page_index, (x0, y0, x1, y1) = spots[name]
        w, h = (x1 - x0) * 0.72, (y1 - y0) * 1.35
        lists, ops, xs, ys = [], [], [], []
        for stroke in signature_strokes(who, rng):
            pts = [(x0 + 6 + px * w, y0 + h * 0.8 - py * h) for px, py in stroke]
            lists.append(ArrayObject([FloatObject(round(v, 2)) for pt in pts for v in pt]))
            ops.append(" ".join(f"{x:.2f} {y:.2f} {'m' if i == 0 else 'l'}" for i, (x, y) in enumerate(pts)) + " S")
            xs += [p[0] for p in pts]
            ys += [p[1] for p in pts]
        rect = (min(xs) - 2, min(ys) - 2, max(xs) + 2, max(ys) + 2)
        content = "0.06 0.09 0.4 RG 1.2 w 1 J 1 j " + " ".join(ops)
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Ink"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
            NameObject("/InkList"): ArrayObject(lists), NameObject("/F"): NumberObject(4),
            NameObject("/C"): ArrayObject([FloatObject(0.06), FloatObject(0.09), FloatObject(0.4)]),
            NameObject("/BS"): DictionaryObject({NameObject("/W"): FloatObject(1.2)}),
            NameObject("/M"): TextStringObject(stamp), NameObject("/NM"): TextStringObject(f"ink-{name}"),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): _ap(writer, rect, content, fonts=False)}),
        })
        writer.pages[page_index][NameObject("/Annots")].append(writer._add_object(annot))
    for page in writer.pages:
        page.merge_page(_overlay(_footer).pages[0])
    writer.add_metadata({"/Producer": "macOS Version 15.3 (Build 24D60) Quartz PDFContext",
                         "/Title": "Form 710 updated 04-12-23", "/ModDate": stamp, "/CreationDate": stamp})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def form710_paper(values: dict[str, str | bool], hand: bool, signs: dict[str, str], dates: dict[str, str],
                  filled: bytes | None = None) -> Paper:
    """Form 710 as paper: blank (hand=True: every answer becomes a pen mark at its field) or already typed
    (`filled`), with signatures and any hand-written dates as pen marks."""
    pdf = filled if filled is not None else form710_acroform({})
    spots = widgets()
    pens: list[list[Pen]] = [[], [], [], []]
    words: list[list[str]] = [[], [], [], []]
    items = dict(values) if hand else {}
    items.update(dates)
    for name, value in items.items():
        i, (x0, y0, x1, y1) = spots[name]
        if value is True:
            pens[i].append(Pen("x", x0, 792 - y1, w=x1 - x0, h=y1 - y0))
        elif value:
            text = str(value).upper() if name.startswith("Text") and name != "Text_3" else str(value)
            pens[i].append(Pen("hand", x0 + 4, 792 - y0 - 3, text, size=10.5))
            words[i].append(str(value))
    for name, who in signs.items():
        i, (x0, y0, x1, y1) = spots[name]
        pens[i].append(Pen("sign", x0 + 8, 792 - y1 - 8, who, w=(x1 - x0) * 0.7, h=(y1 - y0) * 1.25))
    if not hand:
        for name, value in values.items():
            if isinstance(value, str) and value:
                words[spots[name][0]].append(value)
    return Paper(pdf, pens, words)


# --- payroll ---------------------------------------------------------------------------------------------------------


@dataclass
class PayCheck:
    number: int  # the check's sequence in its year
    pay_date: date
    start: date
    end: date
    earnings: list[tuple[str, float | None, float | None, float]]  # label, rate, hours, amount
    taxes: list[tuple[str, float]]
    deductions: list[tuple[str, float]]
    ytd: dict[str, float]

    @property
    def gross(self) -> float:
        return cents(sum(e[3] for e in self.earnings))

    @property
    def net(self) -> float:
        return cents(self.gross - sum(t[1] for t in self.taxes) - sum(d[1] for d in self.deductions))


def _friday_before(d: date) -> date:
    while d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def periods(freq: str, year: int, until: date, first_end: date | None = None, lag: int = 5) -> list[tuple]:
    """(pay date, period start, period end) for every check of `year` paid on or before `until`."""
    out = []
    if freq == "semimonthly":
        for month in range(1, 13):
            last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1))
            for start, end in ((date(year, month, 1), date(year, month, 15)), (date(year, month, 16), last)):
                out.append((_friday_before(end), start, end))
    else:
        step = 7 if freq == "weekly" else 14
        end = first_end
        while end - timedelta(days=step) + timedelta(days=lag) >= date(year, 1, 1):
            end -= timedelta(days=step)
        while True:
            pay = end + timedelta(days=lag)
            if pay.year == year:
                out.append((pay, end - timedelta(days=step - 1), end))
            if pay > until:
                break
            end += timedelta(days=step)
    return [p for p in out if p[0].year == year and p[0] <= until]


def run_payroll(slots: list[tuple], earn, fed: float, state: tuple[str, float] | None,
                deductions: list[tuple[str, float, bool]], fica: bool = True) -> list[PayCheck]:
    """Checks of one year; every year-to-date figure is the sum of the year's checks so far."""
    ytd: dict[str, float] = {}
    out = []
    for n, (pay, start, end) in enumerate(slots, start=1):
        earnings = [(label, rate, hours, cents(amount)) for label, rate, hours, amount in earn(n, start, end)]
        gross = cents(sum(e[3] for e in earnings))
        deds = [(label, cents(gross * share) if share < 1 else share, pre) for label, share, pre in deductions]
        taxable = gross - sum(d[1] for d in deds if d[2])
        taxes = [("Federal Income Tax", cents(taxable * fed))]
        if fica:
            taxes += [("Social Security", cents(gross * 0.062)), ("Medicare", cents(gross * 0.0145))]
        if state:
            taxes.append((state[0], cents(taxable * state[1])))
        check = PayCheck(n, pay, start, end, earnings, taxes, [(d[0], d[1]) for d in deds], {})
        for label, _r, _h, amount in earnings:
            ytd[label] = cents(ytd.get(label, 0) + amount)
        for label, amount in check.taxes + check.deductions:
            ytd[label] = cents(ytd.get(label, 0) + amount)
        ytd["gross"] = cents(ytd.get("gross", 0) + gross)
        ytd["net"] = cents(ytd.get("net", 0) + check.net)
        ytd["hours"] = round(ytd.get("hours", 0) + sum(e[2] or 0 for e in earnings), 2)
        check.ytd = dict(ytd)
        out.append(check)
    return out


def stub_fields(check: PayCheck, employer: str, employee: str, freq: str, ytd: bool = True) -> dict:
    return {"employer": employer, "employee_name": employee, "pay_date": check.pay_date.isoformat(),
            "period_start": check.start.isoformat(), "period_end": check.end.isoformat(), "frequency": freq,
            "gross_current": check.gross, "gross_ytd": check.ytd["gross"] if ytd else None,
            "net_current": check.net, "monthly_gross": cents(check.gross * PERIODS[freq] / 12)}


def _hrs(v: float | None) -> str:
    return "" if v is None else f"{v:,.2f}"


def _rate(v: float | None) -> str:
    if v is None:
        return ""
    return f"{v:,.2f}" if round(v, 2) == v else f"{v:,.4f}"


# --- pay stub layouts ----------------------------------------------------------------------------------------------


def stub_paytrail(s: Sheet, c: PayCheck, co: dict, emp: Person, home: Place, freq_label: str, emp_id: str,
                  dept: str, acct: str) -> None:
    """A payroll bureau's statement: a row of captioned cells, earnings beside taxes, deductions, a summary bar."""
    s.t(40, 50, co["name"], 13, "Helvetica-Bold")
    s.t(40, 64, co["street"], 8.5)
    s.t(40, 75, co["city"], 8.5)
    s.t(572, 50, "Earnings Statement", 15, "Helvetica-Bold", align="r")
    s.t(572, 64, "NON-NEGOTIABLE - THIS IS NOT A CHECK", 7.5, align="r", gray=0.35)
    cells = [("EMPLOYEE ID", emp_id, 80), ("DEPARTMENT", dept, 110), ("CHECK DATE", us(c.pay_date), 80),
             ("PERIOD BEGINNING", us(c.start), 90), ("PERIOD ENDING", us(c.end), 90),
             ("PAY FREQUENCY", freq_label, 82)]
    x = 40
    for cap, val, w in cells:
        s.rect(x, 92, w, 30, lw=0.6)
        s.rect(x, 92, w, 11, lw=0.6, fill=0.85)
        s.t(x + 3, 100.5, cap, 6.5, "Helvetica-Bold")
        s.t(x + 3, 116, val, 9)
        x += w
    s.t(360, 146, emp.name.upper(), 10, "Helvetica-Bold")
    s.t(360, 158, home.street.upper(), 9)
    s.t(360, 169, f"{home.city.upper()}, {home.state} {home.zip}", 9)
    s.t(40, 146, f"Employee: {emp.name}", 9)
    s.t(40, 158, f"SSN: XXX-XX-{emp.last4}", 9)
    s.t(40, 170, "Filing status: Married / 2 allowances", 8, gray=0.25)
    y = 200
    s.rect(40, y, 320, 13, fill=0.2, stroke=False)
    for x, label, al in ((44, "EARNINGS", "l"), (190, "RATE", "r"), (232, "HOURS", "r"), (290, "THIS PERIOD", "r"),
                         (356, "YEAR TO DATE", "r")):
        s.t(x, y + 9.5, label, 7, "Helvetica-Bold", align=al, gray=1)
    yy = y + 26
    for label, rate, hours, amount in c.earnings:
        s.t(44, yy, label, 8.5)
        s.t(190, yy, _rate(rate), 8.5, align="r")
        s.t(232, yy, _hrs(hours), 8.5, align="r")
        s.t(290, yy, money(amount), 8.5, align="r")
        s.t(356, yy, money(c.ytd[label]), 8.5, align="r")
        yy += 13
    s.line(40, yy - 6, 360, yy - 6, 0.5)
    s.t(44, yy + 5, "Gross Pay", 8.5, "Helvetica-Bold")
    s.t(290, yy + 5, money(c.gross), 8.5, "Helvetica-Bold", align="r")
    s.t(356, yy + 5, money(c.ytd["gross"]), 8.5, "Helvetica-Bold", align="r")
    s.rect(376, y, 196, 13, fill=0.2, stroke=False)
    for x, label, al in ((380, "TAXES", "l"), (508, "CURRENT", "r"), (568, "YTD", "r")):
        s.t(x, y + 9.5, label, 7, "Helvetica-Bold", align=al, gray=1)
    ty = y + 26
    for label, amount in c.taxes:
        s.t(380, ty, label, 8.5)
        s.t(508, ty, money(amount), 8.5, align="r")
        s.t(568, ty, money(c.ytd[label]), 8.5, align="r")
        ty += 13
    y = max(yy, ty) + 28
    s.rect(40, y, 532, 13, fill=0.2, stroke=False)
    for x, label, al in ((44, "DEDUCTIONS", "l"), (290, "THIS PERIOD", "r"), (356, "YEAR TO DATE", "r")):
        s.t(x, y + 9.5, label, 7, "Helvetica-Bold", align=al, gray=1)
    dy = y + 26
    for label, amount in c.deductions:
        s.t(44, dy, label, 8.5)
        s.t(290, dy, money(amount), 8.5, align="r")
        s.t(356, dy, money(c.ytd[label]), 8.5, align="r")
        dy += 13
    y = dy + 24
    heads = ["GROSS PAY", "TAXES", "DEDUCTIONS", "NET PAY"]
    cur = [c.gross, sum(t[1] for t in c.taxes), sum(d[1] for d in c.deductions), c.net]
    ytd = [c.ytd["gross"], sum(c.ytd[t[0]] for t in c.taxes), sum(c.ytd[d[0]] for d in c.deductions), c.ytd["net"]]
    s.rect(40, y, 532, 50, lw=0.8)
    s.t(48, y + 27, "Current", 8.5, "Helvetica-Bold")
    s.t(48, y + 42, "Year to Date", 8.5, "Helvetica-Bold")
    for n, head in enumerate(heads):
        x = 230 + n * 95
        s.t(x, y + 12, head, 7.5, "Helvetica-Bold", align="r")
        s.t(x, y + 27, money(cents(cur[n])), 9, "Helvetica-Bold" if n == 3 else "Helvetica", align="r")
        s.t(x, y + 42, money(cents(ytd[n])), 9, align="r")
    y += 74
    s.t(40, y, "NET PAY DISTRIBUTION", 7.5, "Helvetica-Bold")
    s.t(40, y + 13, f"Direct deposit to Checking account XXXXXX{acct}", 8.5)
    s.t(572, y + 13, money(c.net), 8.5, align="r")
    s.t(306, 742, "Processed by Paytrail Payroll Services  |  Questions about your pay? Contact your payroll "
        "administrator.",
        7, align="c", gray=0.35)


def stub_shiftwise(s: Sheet, c: PayCheck, employer: str, store: str, emp: Person, emp_id: str) -> None:
    """A workforce app's e-mailed weekly pay summary: rounded cards, a big net figure, dates written out."""
    s.rect(0, 0, s.w, 58, color=(0.93, 0.45, 0.12), stroke=False)
    s.t(36, 34, employer, 16, "Helvetica-Bold", gray=1)
    s.t(36, 49, f"{store}  |  powered by Shiftwise", 8.5, gray=1)
    s.t(36, 92, "Your pay summary", 18, "Helvetica-Bold")
    s.t(36, 110, f"{emp.plain}  -  Associate #{emp_id}", 10)
    when = lambda d: f"{d:%b} {d.day}, {d.year}"  # noqa: E731
    cards = [("Pay date", when(c.pay_date)), ("Pay period", f"{when(c.start)} - {when(c.end)}"),
             ("Pay schedule", "Weekly"), ("Net pay", f"${money(c.net)}")]
    x = 36
    for cap, val in cards:
        w = 170 if cap == "Pay period" else 118
        s.rect(x, 126, w, 46, lw=0.6, radius=6, fill=0.96)
        s.t(x + 9, 142, cap, 8, gray=0.35)
        s.t(x + 9, 160, val, 12 if cap == "Net pay" else 9.5, "Helvetica-Bold")
        x += w + 8
    y = 200
    s.t(36, y, "Earnings", 12, "Helvetica-Bold")
    y += 16
    for x, label, al in ((36, "Type", "l"), (260, "Hours", "r"), (340, "Rate", "r"), (440, "This check", "r"),
                         (570, "Year to date", "r")):
        s.t(x, y, label, 8, "Helvetica-Bold", align=al, gray=0.3)
    s.line(36, y + 4, 576, y + 4, 0.6, gray=0.6)
    y += 17
    for label, rate, hours, amount in c.earnings:
        s.t(36, y, label, 9.5)
        s.t(260, y, _hrs(hours), 9.5, align="r")
        s.t(340, y, f"${_rate(rate)}" if rate else "", 9.5, align="r")
        s.t(440, y, f"${money(amount)}", 9.5, align="r")
        s.t(570, y, f"${money(c.ytd[label])}", 9.5, align="r")
        y += 15
    s.line(36, y - 8, 576, y - 8, 0.4, gray=0.6)
    s.t(36, y + 4, "Gross pay", 9.5, "Helvetica-Bold")
    s.t(440, y + 4, f"${money(c.gross)}", 9.5, "Helvetica-Bold", align="r")
    s.t(570, y + 4, f"${money(c.ytd['gross'])}", 9.5, "Helvetica-Bold", align="r")
    y += 36
    s.t(36, y, "Taxes and deductions", 12, "Helvetica-Bold")
    y += 18
    for label, amount in c.taxes + c.deductions:
        s.t(36, y, label, 9.5)
        s.t(440, y, f"-${money(amount)}", 9.5, align="r")
        s.t(570, y, f"-${money(c.ytd[label])}", 9.5, align="r")
        y += 15
    y += 12
    s.rect(36, y, 540, 30, radius=5, fill=0.9, stroke=False)
    s.t(48, y + 19, "Take-home pay", 11, "Helvetica-Bold")
    s.t(440, y + 19, f"${money(c.net)}", 11, "Helvetica-Bold", align="r")
    s.t(570, y + 19, f"${money(c.ytd['net'])}", 10, align="r")
    s.t(36, y + 60, "Hours this year: " + f"{c.ytd['hours']:,.2f}", 8.5, gray=0.35)
    s.t(36, 742, "This summary was sent to you by e-mail. Keep it for your records. Shiftwise does not store bank "
        "details.",
        7, gray=0.4)


def stub_remuneration(s: Sheet, c: PayCheck, co: dict, emp: Person, pers_no: str, cost_center: str,
                      bank: str, acct: str) -> None:
    """An ERP payroll's 'Remuneration Statement': wage types with codes, an amount and a cumulative column."""
    m = "Courier"
    s.t(40, 46, co["name"], 11, "Helvetica-Bold")
    s.t(40, 58, co["street"] + " * " + co["city"], 8)
    s.t(572, 46, "Remuneration Statement", 12, "Helvetica-Bold", align="r")
    s.t(572, 58, f"Payroll period {c.number:02d}/{c.pay_date.year}   Bi-weekly", 8.5, align="r")
    s.line(40, 66, 572, 66, 1)
    rows = [("Pers.No.", pers_no), ("Name", f"{emp.last}, {emp.first} {emp.middle}".strip()),
            ("Cost center", cost_center), ("Pay date", us(c.pay_date)),
            ("For period", f"{us(c.start)} - {us(c.end)}"), ("Tax status", "MFJ / WI 2")]
    for n, (k, v) in enumerate(rows):
        x, y = (40, 84 + 12 * n) if n < 3 else (320, 84 + 12 * (n - 3))
        s.t(x, y, f"{k:<13}{v}", 8.5, m)
    y = 140
    s.line(40, y, 572, y, 0.5)
    s.t(40, y + 11, f"{'WT':<6}{'Wage type':<28}{'Number':>9}{'Rate':>11}{'Amount':>13}{'Cumulative':>14}", 8.5,
        "Courier-Bold")
    s.line(40, y + 15, 572, y + 15, 0.5)
    y += 28
    codes = iter(["1000", "1210", "1305", "1420", "1510"])
    for label, rate, hours, amount in c.earnings:
        code = next(codes)
        num = "" if hours is None else f"{hours:.2f}"
        rt = "" if rate is None else f"{rate:.4f}"
        s.t(40, y, f"{code:<6}{label[:27]:<28}{num:>9}{rt:>11}{money(amount):>13}{money(c.ytd[label]):>14}", 8.5, m)
        y += 11
    y += 4
    s.t(40, y, f"{'/101':<6}{'Total gross':<28}{'':>9}{'':>11}{money(c.gross):>13}{money(c.ytd['gross']):>14}", 8.5,
        "Courier-Bold")
    y += 18
    s.t(40, y, "Statutory deductions", 8.5, "Helvetica-Bold")
    y += 12
    tcodes = iter(["/401", "/403", "/405", "/4W1"])
    for label, amount in c.taxes:
        s.t(40, y, f"{next(tcodes):<6}{label[:27]:<28}{'':>9}{'':>11}{money(amount):>13}{money(c.ytd[label]):>14}", 8.5,
            m)
        y += 11
    y += 8
    s.t(40, y, "Other deductions", 8.5, "Helvetica-Bold")
    y += 12
    dcodes = iter(["2300", "2410", "2620", "2750"])
    for label, amount in c.deductions:
        s.t(40, y, f"{next(dcodes):<6}{label[:27]:<28}{'':>9}{'':>11}{money(amount):>13}{money(c.ytd[label]):>14}", 8.5,
            m)
        y += 11
    y += 8
    s.line(40, y, 572, y, 0.5)
    y += 12
    s.t(40, y, f"{'/550':<6}{'Statutory net':<28}{'':>9}{'':>11}{money(c.net):>13}{money(c.ytd['net']):>14}", 8.5,
        "Courier-Bold")
    y += 11
    s.t(40, y, f"{'/559':<6}{'Bank transfer':<28}{'':>9}{'':>11}{money(c.net):>13}", 8.5, m)
    y += 24
    s.t(40, y, f"Bank transfer to {bank}, account ****{acct}", 8.5)
    s.t(40, y + 12, "Leave balances:  Vacation 61.25 h   Sick 24.00 h   Floating holiday 8.00 h", 8.5)
    s.t(40, 742, "Employee self-service - printed copy. Questions: HR Service Center, ext. 4400.", 7, gray=0.4)


def stub_threecol(s: Sheet, c: PayCheck, co: dict, emp: Person, emp_id: str, freq_label: str, acct: str) -> None:
    """The plain pay statement small employers print: a header band, three columns side by side."""
    s.rect(36, 36, 540, 44, fill=0.88, stroke=False)
    s.t(46, 54, co["name"], 12, "Helvetica-Bold")
    s.t(46, 68, f"{co['street']}, {co['city']}  {co.get('phone', '')}", 8)
    s.t(566, 54, "PAY STATEMENT", 12, "Helvetica-Bold", align="r")
    s.t(566, 68, f"Statement #{c.number:03d}-{c.pay_date.year}", 8, align="r")
    left = [("Employee", emp.name), ("Employee ID", emp_id), ("SSN", f"***-**-{emp.last4}")]
    right = [("Pay Date", us(c.pay_date)), ("Pay Period", f"{us(c.start)} to {us(c.end)}"),
             ("Pay Frequency", freq_label)]
    for n, (k, v) in enumerate(left):
        s.t(40, 100 + 13 * n, f"{k}:", 8.5, "Helvetica-Bold")
        s.t(112, 100 + 13 * n, v, 8.5)
    for n, (k, v) in enumerate(right):
        s.t(330, 100 + 13 * n, f"{k}:", 8.5, "Helvetica-Bold")
        s.t(410, 100 + 13 * n, v, 8.5)
    y = 150
    cols = [(36, "EARNINGS", [(f"{lab} {_hrs(h)} hrs @ {_rate(r)}" if h else lab, a, c.ytd[lab])
                               for lab, r, h, a in c.earnings]),
            (218, "TAXES", [(lab, a, c.ytd[lab]) for lab, a in c.taxes]),
            (400, "DEDUCTIONS", [(lab, a, c.ytd[lab]) for lab, a in c.deductions])]
    for x, head, rows in cols:
        s.rect(x, y, 176, 14, fill=0.75, stroke=False)
        s.t(x + 4, y + 10, head, 8, "Helvetica-Bold")
        s.t(x + 128, y + 10, "Current", 7, "Helvetica-Bold", align="r")
        s.t(x + 172, y + 10, "YTD", 7, "Helvetica-Bold", align="r")
        yy = y + 26
        for label, cur, ytd in rows:
            s.t(x + 4, yy, label, 7.3)
            s.t(x + 128, yy, money(cur), 7.6, align="r")
            s.t(x + 172, yy, money(ytd), 7.6, align="r")
            yy += 12
        s.rect(x, y, 176, 150, lw=0.5)
    y += 170
    s.rect(36, y, 540, 40, lw=0.8)
    for n, (k, cur, ytd) in enumerate([("Gross Pay", c.gross, c.ytd["gross"]),
                                       ("Total Taxes", cents(sum(t[1] for t in c.taxes)),
                                        cents(sum(c.ytd[t[0]] for t in c.taxes))),
                                       ("Total Deductions", cents(sum(d[1] for d in c.deductions)),
                                        cents(sum(c.ytd[d[0]] for d in c.deductions))),
                                       ("Net Pay", c.net, c.ytd["net"])]):
        x = 46 + n * 135
        s.t(x, y + 13, k, 8, "Helvetica-Bold")
        s.t(x, y + 25, f"Current  {money(cur)}", 8)
        s.t(x, y + 36, f"YTD  {money(ytd)}", 8)
    s.t(40, y + 60, f"Net pay deposited to account ending {acct}.", 8)


def stub_household(s: Sheet, c: PayCheck, household: str, hh_addr: str, emp: Person, emp_addr: Place) -> None:
    """A household employer's weekly pay stub prepared by a nanny-payroll service."""
    s.t(306, 48, "HOUSEHOLD EMPLOYEE PAY STUB", 13, "Helvetica-Bold", align="c")
    s.t(306, 61, "Prepared by HearthPay - payroll and tax filing for families", 8, align="c", gray=0.35)
    s.rect(40, 78, 262, 64, lw=0.7)
    s.rect(310, 78, 262, 64, lw=0.7)
    s.t(48, 92, "EMPLOYER", 7, "Helvetica-Bold", gray=0.3)
    s.t(48, 106, household, 9.5, "Helvetica-Bold")
    s.t(48, 119, hh_addr, 8.5)
    s.t(48, 132, "Household employer EIN: 9X-XXX4471", 8, gray=0.3)
    s.t(318, 92, "EMPLOYEE", 7, "Helvetica-Bold", gray=0.3)
    s.t(318, 106, emp.name, 9.5, "Helvetica-Bold")
    s.t(318, 119, emp_addr.street, 8.5)
    s.t(318, 132, f"{emp_addr.city}, {emp_addr.state} {emp_addr.zip}", 8.5)
    s.t(40, 166, f"Pay date: {us(c.pay_date)}", 9.5, "Helvetica-Bold")
    s.t(220, 166, f"Work week: {us(c.start)} - {us(c.end)}", 9.5)
    s.t(572, 166, "Paid weekly", 9.5, align="r")
    y = 186
    s.line(40, y, 572, y, 0.8)
    for x, h, al in ((44, "Description", "l"), (300, "Hours", "r"), (370, "Rate", "r"), (460, "This week", "r"),
                     (568, "Year to date", "r")):
        s.t(x, y + 12, h, 8.5, "Helvetica-Bold", align=al)
    s.line(40, y + 17, 572, y + 17, 0.5)
    y += 31
    for label, rate, hours, amount in c.earnings:
        for x, v, al in ((44, label, "l"), (300, _hrs(hours), "r"), (370, _rate(rate), "r"), (460, money(amount), "r"),
                         (568, money(c.ytd[label]), "r")):
            s.t(x, y, v, 9, align=al)
        y += 14
    s.t(44, y, "Total gross wages", 9, "Helvetica-Bold")
    s.t(460, y, money(c.gross), 9, "Helvetica-Bold", align="r")
    s.t(568, y, money(c.ytd["gross"]), 9, "Helvetica-Bold", align="r")
    y += 26
    s.t(44, y, "Employee taxes withheld", 9, "Helvetica-Bold")
    y += 14
    for label, amount in c.taxes + c.deductions:
        s.t(56, y, label, 9)
        s.t(460, y, money(amount), 9, align="r")
        s.t(568, y, money(c.ytd[label]), 9, align="r")
        y += 14
    y += 10
    s.line(40, y, 572, y, 0.8)
    s.t(44, y + 15, "NET PAY", 10.5, "Helvetica-Bold")
    s.t(460, y + 15, money(c.net), 10.5, "Helvetica-Bold", align="r")
    s.t(568, y + 15, money(c.ytd["net"]), 9, align="r")
    s.t(44, y + 42, "Employer-paid taxes (not deducted from your pay): Social Security, Medicare, FUTA, state UI.", 8,
        gray=0.35)


# --- bank statements -----------------------------------------------------------------------------------------------


def ledger(rng: random.Random, start: date, end: date, opening: float, credits: list[tuple[date, str, float]],
           debit_names: list[str], spend: float) -> list[tuple[date, str, float, float]]:
    """Transactions of one statement period with running balances: the given credits and ordinary spending."""
    rows: list[tuple[date, str, float]] = list(credits)
    days = (end - start).days
    budget = spend
    while budget > 40:
        amount = cents(min(budget, rng.uniform(18, 260)))
        rows.append((start + timedelta(days=rng.randint(0, days)), rng.choice(debit_names), -amount))
        budget -= amount
    rows.sort(key=lambda r: (r[0], r[2] < 0))
    out, bal = [], opening
    for d, desc, amt in rows:
        if bal + amt < 25:  # the household holds back rather than overdraw
            continue
        bal = cents(bal + amt)
        out.append((d, desc, amt, bal))
    return out


def statement_community(s: Sheet, bank: dict, owner: list[str], addr: Place, acct: str, start: date, end: date,
                        opening: float, rows: list) -> None:
    """A community bank's two-page checking statement with a one-row account summary."""
    closing = rows[-1][3] if rows else opening
    deposits = [r for r in rows if r[2] > 0]
    debits = [r for r in rows if r[2] < 0]

    def head(page: int) -> None:
        s.t(40, 44, bank["name"], 15, "Times-Bold")
        s.t(40, 57, bank["tag"], 8, "Times-Italic", gray=0.3)
        s.t(572, 44, f"Statement Period {us(start)} - {us(end)}", 9, align="r")
        s.t(572, 56, f"Account Number XXXXXX{acct}", 9, align="r")
        s.t(572, 68, f"Page {page} of 2", 8, align="r")
        s.line(40, 76, 572, 76, 1.2)

    head(1)
    y = 100
    for line in [*owner, addr.street.upper(), f"{addr.city.upper()} {addr.state} {addr.zip}"]:
        s.t(60, y, line, 9.5, "Courier")
        y += 12
    s.t(360, 100, bank["street"], 8.5)
    s.t(360, 111, bank["city"], 8.5)
    s.t(360, 122, f"Customer Service {bank['phone']}", 8.5)
    y = 176
    s.t(40, y, f"{bank['product']}  XXXXXX{acct}", 11, "Helvetica-Bold")
    y += 10
    heads = ["Beginning Balance", f"{len(deposits)} Deposits/Credits", f"{len(debits)} Withdrawals/Debits",
             "Service Charges", "Ending Balance"]
    vals = [opening, sum(r[2] for r in deposits), -sum(r[2] for r in debits), 0.0, closing]
    for n, (hd, v) in enumerate(zip(heads, vals, strict=True)):
        x = 40 + n * 106.4
        s.rect(x, y, 106.4, 34, lw=0.5, fill=0.92 if n in (0, 4) else None)
        s.t(x + 53, y + 12, hd, 7.5, "Helvetica-Bold", align="c")
        s.t(x + 53, y + 27, money(cents(v)), 9.5, align="c")
    y += 50
    s.t(40, y, f"Days in statement period: {(end - start).days + 1}      Average ledger balance: "
        f"{money(cents((opening + closing) / 2))}      Interest paid year to date: 0.00", 8)
    y += 22

    def table_head(y: float) -> float:
        s.rect(40, y, 532, 14, fill=0.8, stroke=False)
        for x, hd, al in ((44, "Date", "l"), (92, "Description", "l"), (420, "Debits", "r"), (494, "Credits", "r"),
                          (568, "Balance", "r")):
            s.t(x, y + 10, hd, 8, "Helvetica-Bold", align=al)
        return y + 26

    y = table_head(y)
    s.t(92, y, "Beginning balance", 8.5)
    s.t(568, y, money(opening), 8.5, align="r")
    y += 12
    page = 1
    for d, desc, amt, bal in rows:
        if y > 730:
            s.page()
            page += 1
            head(page)
            y = table_head(96)
        s.t(44, y, f"{d.month:02d}/{d.day:02d}", 8.5)
        s.t(92, y, desc, 8.5)
        s.t(420 if amt < 0 else 494, y, money(abs(amt)), 8.5, align="r")
        s.t(568, y, money(bal), 8.5, align="r")
        y += 12
    s.t(92, y, "Ending balance", 8.5, "Helvetica-Bold")
    s.t(568, y, money(closing), 8.5, "Helvetica-Bold", align="r")
    if page == 1:
        s.page()
        head(2)
        y = 100
    y += 30
    s.t(40, y, "IN CASE OF ERRORS OR QUESTIONS ABOUT YOUR ELECTRONIC TRANSFERS", 8.5, "Helvetica-Bold")
    s.para(40, y + 13, 532, "Telephone us or write us at the address on this statement as soon as you can if you think "
           "your statement or receipt is wrong or if you need more information about a transfer listed on the "
           "statement. We must hear from you no later than 60 days after we sent you the FIRST statement on which "
           "the problem appeared. Tell us your name and account number, describe the error, and tell us the dollar "
           "amount of the suspected error.", 8, leading=10.5)
    s.t(40, y + 90, f"Member FDIC. {bank['name']} is an Equal Housing Lender.", 8, gray=0.3)


def statement_online(s: Sheet, bank: dict, owner: str, addr: Place, acct: str, start: date, end: date,
                     opening: float, rows: list) -> None:
    """An online bank's business checking e-statement: a coloured header, summary tiles, one signed-amount list."""
    closing = rows[-1][3]
    s.rect(0, 0, s.w, 70, color=(0.1, 0.22, 0.42), stroke=False)
    s.t(40, 40, bank["name"], 18, "Helvetica-Bold", gray=1)
    s.t(40, 56, "Business Checking Statement", 9, gray=1)
    s.t(572, 40, f"{start:%B} {start.day} - {end:%B} {end.day}, {end.year}", 10, align="r", gray=1)
    s.t(572, 56, f"Account ••••{acct}", 9, align="r", gray=1)
    s.t(40, 100, owner, 10.5, "Helvetica-Bold")
    s.t(40, 113, addr.street, 9)
    s.t(40, 125, f"{addr.city}, {addr.state} {addr.zip}", 9)
    tiles = [("Starting balance", opening), ("Money in", sum(r[2] for r in rows if r[2] > 0)),
             ("Money out", -sum(r[2] for r in rows if r[2] < 0)), ("Ending balance", closing)]
    for n, (cap, v) in enumerate(tiles):
        x = 40 + n * 134
        s.rect(x, 146, 126, 44, radius=5, fill=0.94, stroke=False)
        s.t(x + 10, 162, cap, 8, gray=0.35)
        s.t(x + 10, 180, f"${money(cents(v))}", 12, "Helvetica-Bold")
    y = 216
    s.t(40, y, "Transactions", 12, "Helvetica-Bold")
    y += 18
    for x, hd, al in ((40, "Date", "l"), (110, "Description", "l"), (480, "Amount", "r"), (572, "Balance", "r")):
        s.t(x, y, hd, 8, "Helvetica-Bold", align=al, gray=0.35)
    y += 14
    for d, desc, amt, bal in rows:
        if y > 735:
            s.page()
            y = 60
        s.t(40, y, f"{d:%b} {d.day:02d}", 8.5)
        s.t(110, y, desc, 8.5)
        s.t(480, y, ("+" if amt > 0 else "-") + f"${money(abs(amt))}", 8.5, align="r")
        s.t(572, y, f"${money(bal)}", 8.5, align="r")
        s.line(40, y + 4, 572, y + 4, 0.3, gray=0.8)
        y += 14
    s.t(40, y + 20, f"{bank['name']} is a member FDIC bank. Statement generated for online download.", 7.5, gray=0.4)


# --- letters and other papers --------------------------------------------------------------------------------------


def letter_typed(s: Sheet, sender: list[str], when: date, to: list[str], subject: str, body: list[str],
                 closing: str, signers: list[str], sign_space: bool = True) -> None:
    y = 60
    for line in sender:
        s.t(72, y, line, 10.5, "Times-Roman")
        y += 13
    y += 14
    s.t(72, y, long_date(when), 10.5, "Times-Roman")
    y += 30
    for line in to:
        s.t(72, y, line, 10.5, "Times-Roman")
        y += 13
    y += 16
    s.t(72, y, subject, 10.5, "Times-Bold")
    y += 24
    for para in body:
        y = s.para(72, y, 468, para, 10.5, "Times-Roman", 14) + 8
    y += 6
    s.t(72, y, closing, 10.5, "Times-Roman")
    y += 44 if sign_space else 16
    for n, name in enumerate(signers):
        x = 72 + n * 230
        if sign_space:
            s.pen(Pen("sign", x, y - 40, name, w=150, h=34))
        s.t(x, y, name, 10.5, "Times-Roman")


def letter_handwritten(s: Sheet, lines: list[str], signers: list[str], ruled: bool = True) -> None:
    """A letter written in pen on ruled notebook paper: one pen line per rule."""
    top, gap = 86, 24
    if ruled:
        s.line(64, 40, 64, 760, 0.8, gray=0.7)
        y = top
        while y < 760:
            s.line(20, y, 592, y, 0.4, gray=0.78)
            y += gap
    y = top - 4
    for line in lines:
        s.pen(Pen("hand", 74, y, line, size=12))
        y += gap
    y += gap
    for name in signers:
        s.pen(Pen("sign", 80, y - 22, name, w=160, h=30))
        y += gap * 1.6


def mortgage_statement(s: Sheet, servicer: dict, h: Household, when: date, due: date, pi: float, escrow: float,
                       past_due: float, oldest_unpaid: date) -> None:
    s.t(40, 48, servicer["name"], 14, "Helvetica-Bold")
    s.t(40, 61, f"{servicer['street']}, {servicer['city']}   {servicer['phone']}", 8)
    s.t(572, 48, "Mortgage Statement", 14, "Helvetica-Bold", align="r")
    s.t(572, 62, f"Statement Date: {us(when)}", 9, align="r")
    y = 96
    for line in [h.borrower.name.upper()] + ([h.co.name.upper()] if h.co else []) + [
            h.home.street.upper(), f"{h.home.city.upper()} {h.home.state} {h.home.zip}"]:
        s.t(60, y, line, 9.5, "Courier")
        y += 12
    box = [("Loan Number", h.loan), ("Payment Due Date", us(due)), ("Amount Due", f"${money(pi + escrow + past_due)}")]
    for n, (k, v) in enumerate(box):
        s.rect(360, 88 + 22 * n, 212, 22, lw=0.6, fill=0.93 if n == 2 else None)
        s.t(366, 102 + 22 * n, k, 8.5, "Helvetica-Bold")
        s.t(566, 102 + 22 * n, v, 9, align="r")
    s.t(360, 172, "If payment is received after the 16th, a late fee of $48.50 will be charged.", 7, gray=0.3)
    y = 200
    s.t(40, y, "Explanation of Amount Due", 10, "Helvetica-Bold")
    for n, (k, v) in enumerate([("Principal and Interest", pi), ("Escrow (Taxes and Insurance)", escrow),
                                ("Regular Monthly Payment", pi + escrow), ("Overdue Payment(s)", past_due),
                                ("Total Amount Due", pi + escrow + past_due)]):
        s.t(40, y + 16 + 13 * n, k, 8.5, "Helvetica-Bold" if n in (2, 4) else "Helvetica")
        s.t(300, y + 16 + 13 * n, f"${money(cents(v))}", 8.5, align="r")
    s.t(330, y, "Property Address", 10, "Helvetica-Bold")
    s.t(330, y + 16, h.home.line, 8.5)
    y = 300
    s.rect(40, y, 532, 82, lw=1)
    s.t(48, y + 16, "Delinquency Notice", 10, "Helvetica-Bold")
    s.para(48, y + 30, 516, f"You are late on your mortgage payments. As of {us(when)}, you are "
           f"{(when - oldest_unpaid).days} days delinquent on your mortgage loan. Failure to bring your loan current "
           "may "
           "result in fees and foreclosure - the loss of your home. If you are experiencing financial difficulty, "
           "see the back for information about mortgage counseling or assistance.", 8.5, leading=11)
    s.t(40, 420, "Important Messages", 10, "Helvetica-Bold")
    s.para(40, 434, 532, "If you are having trouble making your payments, call our Home Retention team. You may be "
           "eligible for assistance. A HUD-approved housing counselor can help you at no charge: (800) 569-4287.", 8.5)
    s.line(40, 640, 572, 640, 0.6, dash=(3, 2))
    s.t(40, 656, "Please detach and return with your payment", 8, gray=0.3)
    s.t(40, 672, f"Loan Number {h.loan}      Due {us(due)}      Amount Due ${money(pi + escrow + past_due)}", 9)


def fax_cover_blank(s: Sheet) -> None:
    s.t(72, 96, "FAX", 54, "Helvetica-Bold")
    s.line(72, 112, 540, 112, 2)
    for n, label in enumerate(["To:", "Fax:", "From:", "Phone:", "Date:", "Pages (including cover):", "Re:"]):
        y = 150 + 34 * n
        s.t(72, y, label, 12, "Helvetica-Bold")
        s.line(230 if n == 5 else 130, y + 2, 540, y + 2, 0.5)
    s.t(72, 420, "Comments:", 12, "Helvetica-Bold")
    for n in range(6):
        s.line(72, 450 + 26 * n, 540, 450 + 26 * n, 0.5)
    s.t(306, 740, "CONFIDENTIAL: intended only for the person or office named above.", 8, align="c", gray=0.3)


def obituary(s: Sheet, paper: str, when: date, who: Person, born: date, died: date, city: str, survivors: str,
             rng: random.Random) -> None:
    """A newspaper obituary cut out and taped to a sheet for copying."""
    s.rect(150, 70, 300, 560, lw=0.3, fill=0.97)
    s.t(158, 84, f"{paper.upper()}  -  {when:%A, %B} {when.day}, {when.year}  -  B7", 6.5, "Times-Roman")
    s.line(158, 88, 442, 88, 0.4)
    s.t(300, 110, "OBITUARIES", 11, "Times-Bold", align="c")
    s.rect(245, 122, 110, 130, fill=0.55, stroke=False)
    s.t(300, 274, f"{who.first} {who.middle}. {who.last}".upper(), 12, "Times-Bold", align="c")
    s.t(300, 288, f"{long_date(born)} - {long_date(died)}", 8.5, "Times-Italic", align="c")
    age = died.year - born.year - (1 if (died.month, died.day) < (born.month, born.day) else 0)
    text = (f"{who.first} {who.middle}. {who.last}, {age}, "
            f"of {city}, passed away unexpectedly on {long_date(died)}. Born in {born.year}, {who.first} served "
            f"twenty-two years in the United States Army before retiring as a master sergeant and going on to work "
            f"as a maintenance supervisor for the county school district. He loved fishing the river at dawn, "
            f"coaching Little League and his Sunday pancake breakfasts. He is survived by {survivors}. A memorial "
            f"service will be held at 11 a.m. Saturday at Grace Fellowship Church, followed by interment with "
            f"military honors. In lieu of flowers, the family asks that donations be made to the county food pantry.")
    s.para(160, 306, 280, text, 8.6, "Times-Roman", 10.6)


def w2_form(s: Sheet, year: int, employer: dict, ein: str, emp: Person, addr: Place, wages: float) -> None:
    s.t(40, 50, f"Form W-2  Wage and Tax Statement  {year}", 13, "Helvetica-Bold")
    s.t(572, 50, "Copy B - To Be Filed With Employee's FEDERAL Tax Return", 7.5, align="r")
    fed, ss, med, st = cents(wages * 0.07), cents(wages * 0.062), cents(wages * 0.0145), cents(wages * 0.035)
    cells = [
        (40, 64, 266, 30, "a  Employee's social security number", emp.ssn),
        (306, 64, 266, 30, "1  Wages, tips, other compensation", money(wages)),
        (40, 94, 266, 30, "b  Employer identification number (EIN)", ein),
        (306, 94, 266, 30, "2  Federal income tax withheld", money(fed)),
        (40, 124, 266, 60, "c  Employer's name, address, and ZIP code", ""),
        (306, 124, 266, 30, "3  Social security wages", money(wages)),
        (306, 154, 266, 30, "4  Social security tax withheld", money(ss)),
        (40, 184, 266, 30, "d  Control number", f"{year}-0{emp.last4}"),
        (306, 184, 266, 30, "5  Medicare wages and tips", money(wages)),
        (40, 214, 266, 60, "e  Employee's name, address, and ZIP code", ""),
        (306, 214, 266, 30, "6  Medicare tax withheld", money(med)),
        (306, 244, 266, 30, "12a  See instructions for box 12", ""),
        (40, 274, 532, 30, "15 State / Employer's state ID no.      16 State wages      17 State income tax",
         f"{addr.state}  {ein[-6:]}        {money(wages)}        {money(st)}"),
    ]
    for x, y, w, h, cap, val in cells:
        s.rect(x, y, w, h, lw=0.6)
        s.t(x + 3, y + 9, cap, 6.5)
        if val:
            s.t(x + 8, y + 23, val, 10, "Courier")
    for n, line in enumerate([employer["name"], employer["street"], employer["city"]]):
        s.t(48, 148 + 11 * n, line, 9.5, "Courier")
    for n, line in enumerate([emp.name, addr.street, f"{addr.city}, {addr.state} {addr.zip}"]):
        s.t(48, 238 + 11 * n, line, 9.5, "Courier")
    s.t(40, 320, "Department of the Treasury - Internal Revenue Service", 7.5, gray=0.3)


def spreadsheet_grid(s: Sheet, x0: float, y0: float, widths: list[float], rows: list[list[str]], height: float = 16,
                     bold_rows: tuple[int, ...] = (), shade_rows: tuple[int, ...] = (),
                     money_cols: tuple[int, ...] = ()) -> float:
    """Cells of a printed spreadsheet with its gridlines; money columns accounting style ($ left, figure right)."""
    y = y0
    for r, row in enumerate(rows):
        x = x0
        for ci, w in enumerate(widths):
            if r in shade_rows:
                s.rect(x, y, w, height, fill=0.86, lw=0.3)
            else:
                s.rect(x, y, w, height, lw=0.3)
            text = row[ci] if ci < len(row) else ""
            font = "Helvetica-Bold" if r in bold_rows else "Helvetica"
            if ci in money_cols and text and text[0].isdigit():
                s.t(x + 3, y + height - 4.5, "$", 8.5, font)
                s.t(x + w - 3, y + height - 4.5, text, 8.5, font, align="r")
            elif text:
                s.t(x + 3, y + height - 4.5, text, 8.5, font)
            x += w
        y += height
    return y


# --- servicers' own application forms ------------------------------------------------------------------------------

HARDSHIP_WORDS = [
    ("unemployment", "Unemployment", "Not required"),
    ("reduction_in_income", "Reduction in income: a hardship that has caused a decrease in your income due to "
     "circumstances outside your control", "Not required"),
    ("increase_in_housing_expenses", "Increase in housing-related expenses due to circumstances outside your control",
     "Not required"),
    ("disaster", "Disaster (natural or man-made) impacting the property or borrower's place of employment",
     "Not required"),
    ("disability_or_illness", "Long-term or permanent disability, or serious illness of a borrower/co-borrower or "
     "dependent family member", "Written statement from the borrower, or other documentation verifying disability "
     "or illness"),
    ("divorce_or_separation", "Divorce or legal separation", "Final divorce decree or final separation agreement OR "
     "recorded quitclaim deed"),
    ("separation_unmarried", "Separation of borrowers unrelated by marriage, civil union, or similar domestic "
     "partnership", "Recorded quitclaim deed OR legally binding agreement"),
    ("death", "Death of borrower or death of either the primary or secondary wage earner",
     "Death certificate OR obituary or newspaper article reporting the death"),
    ("relocation", "Distant employment transfer/relocation", "PCS orders or letter showing transfer; or signed "
     "offer letter or notice from employer showing transfer"),
    ("other", "Other - hardship that is not covered above", "Written explanation describing the details of the "
     "hardship and any relevant documentation"),
]
INCOME_WORDS = [
    ("wages", "Gross (pre-tax) wages, salaries and overtime pay, commissions, tips, and bonuses"),
    ("self_employment", "Self-employment income"),
    ("unemployment", "Unemployment benefit income"),
    ("benefits_taxable", "Taxable Social Security, pension, disability, death benefits, adoption assistance, housing "
     "allowance, and other public assistance"),
    ("benefits_nontaxable", "Non-taxable Social Security or disability income"),
    ("rental", "Rental income (rents received, less expenses other than mortgage expense)"),
    ("investment", "Investment or insurance income"),
    ("other", "Other sources of income not listed above"),
]


def form_granite(sv: dict, h: Household, hardships: list[str], start: date, duration: str, income: dict[str, float],
                 assets: tuple[float, float], sign_date: str) -> Paper:
    """A servicer's own edition of Form 710 (Granite Harbor, GHMS-710): the same questions re-set on five pages with
    'Page x of 5', 'Account Number', the servicer's addresses filled in, borrower and co-borrower side by side, typed
    in its fillable PDF; signature and date left for the pen."""
    s = Sheet(title="GHMS-710 Mortgage Assistance Application")
    teal = (0.05, 0.33, 0.36)

    def frame(n: int) -> None:
        s.rect(0, 0, s.w, 46, color=teal, stroke=False)
        s.t(36, 29, sv["name"].upper(), 13, "Helvetica-Bold", gray=1)
        s.t(576, 29, "Mortgage Assistance Application", 11, "Helvetica-Bold", align="r", gray=1)
        s.t(36, 772, "Fannie Mae/Freddie Mac Form 710", 7)
        s.t(306, 772, f"Page {n} of 5", 7.5, align="c")
        s.t(576, 772, "GHMS-710 (rev. 04/2023)", 7, align="r")

    def band(y: float, text: str) -> float:
        s.rect(36, y, 540, 16, color=(0.85, 0.92, 0.92), stroke=False)
        s.t(42, y + 11.5, text, 10, "Helvetica-Bold", color=teal)
        return y + 28

    def answer(x: float, y: float, w: float, label: str, value: str, size: float = 9.5) -> None:
        s.t(x, y, label, 7.5, gray=0.25)
        s.line(x, y + 16, x + w, y + 16, 0.5)
        if value:
            s.t(x + 3, y + 13.5, value, size)

    frame(1)
    s.t(36, 72, "Account Number:", 10, "Helvetica-Bold")
    s.line(124, 74, 300, 74, 0.6)
    s.t(128, 71, h.loan, 10.5)
    y = s.para(36, 94, 540, "If you are having mortgage payment challenges, please complete and submit this "
               f"application, along with the required documentation, to {sv['name']} via mail: {sv['mail']}, fax: "
               f"{sv['fax']}, or online: {sv['web']}. We will contact you within five business days to acknowledge "
               "receipt and let you know if you need to send additional information or documents.", 8.5) + 4
    y = s.para(36, y, 540, "We will use the information you provide to help us identify the assistance you may be "
               f"eligible to receive. If you need help completing this application, please contact {sv['name']} at "
               f"{sv['phone']}. For a list of HUD-approved housing counseling agencies, call (800) 569-4287 or visit "
               "www.hud.gov/counseling; the Consumer Financial Protection Bureau can be reached at (855) 411-2372.",
               8.5) + 8
    y = band(y, "Borrower Information")
    s.t(150, y, "BORROWER", 8.5, "Helvetica-Bold", color=teal)
    s.t(380, y, "CO-BORROWER", 8.5, "Helvetica-Bold", color=teal)
    y += 10
    co = h.co
    for label, left, right in (("Name", h.borrower.name, co.name if co else ""),
                               ("Social Security No. (last 4)", h.borrower.last4, co.last4 if co else ""),
                               ("E-mail address", h.email, h.co_email if co else ""),
                               ("Primary phone number", h.phone, h.co_phone if co else ""),
                               ("Alternate phone number", "", "")):
        s.t(36, y + 13, label, 7.5)
        s.line(150, y + 16, 360, y + 16, 0.5)
        s.line(380, y + 16, 576, y + 16, 0.5)
        if left:
            s.t(153, y + 13.5, left, 9.5)
        if right:
            s.t(383, y + 13.5, right, 9.5)
        y += 24
    s.t(36, y + 6, "Phone type (primary):", 8)
    s.box(150, y - 1, checked=True)
    s.t(161, y + 6, "Cell", 8)
    s.box(190, y - 1)
    s.t(201, y + 6, "Home", 8)
    s.box(380, y - 1, checked=bool(co))
    s.t(391, y + 6, "Cell", 8)
    s.box(420, y - 1)
    s.t(431, y + 6, "Home", 8)
    y += 22
    s.t(36, y, "Preferred contact method:", 8)
    for n, (lab, on) in enumerate((("Cell phone", True), ("Home phone", False), ("Work phone", False),
                                   ("Email", True), ("Text", False))):
        s.box(150 + n * 80, y - 7, checked=on)
        s.t(161 + n * 80, y, lab, 8)
    y += 20
    y = s.para(36, y, 440, "Is either borrower on active duty with the military (including the National Guard and "
               "Reserves), the dependent of a borrower on active duty, or the surviving spouse of a member of the "
               "military who was on active duty at the time of death?", 8)
    s.box(500, y - 16)
    s.t(511, y - 9, "Yes", 8)
    s.box(535, y - 16, checked=True)
    s.t(546, y - 9, "No", 8)
    s.page()
    frame(2)
    y = band(70, "Property Information")
    answer(36, y, 540, "Property address (street, city, state, ZIP)", h.home.line)
    answer(36, y + 30, 540, "Mailing address (if different from property address)", "")
    y += 70
    for label, options, chosen in (("The property is currently:", ["A primary residence", "A second home",
                                                                   "An investment property"], {0}),
                                   ("The property is (select all that apply):", ["Owner occupied", "Renter occupied",
                                                                                 "Vacant"], {0}),
                                   ("I want to:", ["Keep the property", "Sell the property", "Transfer ownership to my "
                                                   "servicer", "Undecided"], {0})):
        s.t(36, y, label, 8.5, "Helvetica-Bold")
        x = 210
        for n, opt in enumerate(options):
            s.box(x, y - 7, checked=n in chosen)
            s.t(x + 11, y, opt, 8.5)
            x += stringWidth(opt, "Helvetica", 8.5) + 26
        y += 22
    s.t(36, y, "Is the property listed for sale?", 8.5, "Helvetica-Bold")
    s.box(210, y - 7)
    s.t(221, y, "Yes", 8.5)
    s.box(250, y - 7, checked=True)
    s.t(261, y, "No", 8.5)
    y += 22
    s.t(36, y, "Is the property subject to condominium or HOA fees?", 8.5, "Helvetica-Bold")
    s.box(270, y - 7)
    s.t(281, y, "Yes", 8.5)
    s.box(310, y - 7, checked=True)
    s.t(321, y, "No", 8.5)
    s.t(350, y, "Monthly dues: $ ________", 8.5)
    s.page()
    frame(3)
    y = band(70, "Hardship Information")
    s.t(36, y + 4, "The hardship causing mortgage payment challenges began on approximately (date):", 9)
    s.line(380, y + 7, 500, y + 7, 0.5)
    s.t(384, y + 4, us(start), 9.5)
    y += 22
    for key, label in (("short_term", "Short-term (up to 6 months)"),
                       ("long_term", "Long-term or permanent (greater than 6 months)"),
                       ("resolved", "Resolved as of (date) __________")):
        s.box(48, y - 7, checked=duration == key)
        s.t(60, y, label, 8.5)
        y += 14
    y += 8
    s.rect(36, y, 540, 16, fill=0.25, stroke=False)
    s.t(42, y + 11, "TYPE OF HARDSHIP (CHECK ALL THAT APPLY)", 8, "Helvetica-Bold", gray=1)
    s.t(346, y + 11, "REQUIRED HARDSHIP DOCUMENTATION", 8, "Helvetica-Bold", gray=1)
    y += 16
    for code, label, need in HARDSHIP_WORDS:
        top = y
        s.box(42, y + 4, checked=code in hardships)
        y1 = s.para(56, y + 11, 270, label, 8, leading=10)
        y2 = s.para(346, y + 11, 224, need, 7.5, leading=9.5)
        y = max(y1, y2) + 2
        s.rect(36, top, 540, y - top, lw=0.4)
        s.line(340, top, 340, y, 0.4)
    s.page()
    frame(4)
    y = band(70, "Borrower Income")
    s.t(36, y, "Please enter all borrower income amounts in the middle column. Amounts are MONTHLY.", 8.5)
    y += 10
    s.rect(36, y, 540, 16, fill=0.25, stroke=False)
    s.t(42, y + 11, "MONTHLY TOTAL BORROWER INCOME TYPE", 8, "Helvetica-Bold", gray=1)
    s.t(400, y + 11, "AMOUNT", 8, "Helvetica-Bold", gray=1)
    y += 16
    for code, label in INCOME_WORDS:
        top = y
        y = s.para(42, y + 11, 330, label, 8, leading=10) + 2
        s.rect(36, top, 540, y - top, lw=0.4)
        s.line(390, top, 390, y, 0.4)
        s.t(396, top + 11, "$", 9)
        if code in income:
            s.t(566, top + 11, money(income[code]), 9.5, align="r")
    y += 24
    y = band(y, "Current Borrower Assets")
    s.t(36, y, "Exclude retirement funds such as a 401(k) or IRA, and college savings accounts such as a 529 plan.",
        8)
    y += 16
    for n, (label, v) in enumerate((("Checking account(s) and cash on hand", assets[0]),
                                    ("Savings, money market funds, and Certificates of Deposit (CDs)", assets[1]),
                                    ("Stocks and bonds (non-retirement accounts)", None), ("Other: ________", None))):
        s.t(42, y + 14 * n, label, 8.5)
        s.t(450, y + 14 * n, "$", 8.5)
        if v is not None:
            s.t(566, y + 14 * n, money(v), 9.5, align="r")
    s.page()
    frame(5)
    y = band(70, "Borrower Certification and Agreement")
    for n, text in enumerate([
            "I certify and acknowledge that all of the information in this Mortgage Assistance Application is "
            "truthful, and the hardship I identified contributed to my need for mortgage relief.",
            "I agree to provide my servicer with all required documents, including any additional supporting "
            "documentation as requested, and will respond in a timely manner to all servicer or authorized third "
            "party communications.",
            "I acknowledge and agree that my servicer is not obligated to offer me assistance based solely on the "
            "representations in this document or other documentation submitted in connection with my request.",
            "I consent to the servicer or authorized third party obtaining a current credit report for the borrower "
            "and co-borrower.",
            "I consent to the disclosure by my servicer, authorized third party, or any investor/guarantor of my "
            "mortgage loan(s) of any personal information collected during the mortgage assistance process, "
            "including Fannie Mae, Freddie Mac, or any investor, insurer, guarantor, or servicer of my mortgage "
            "loan(s), for purposes permitted by applicable law.",
            "I agree that the terms of this borrower certification and agreement will apply to any modification trial "
            "period plan, repayment plan, or forbearance plan that I may be offered based on this application.",
            "I consent to being contacted concerning this application for mortgage assistance at any telephone "
            "number, including mobile telephone number, or email address I have provided."], start=1):
        s.t(40, y, f"{n}.", 8.5)
        y = s.para(54, y, 520, text, 8.5, leading=11) + 4
    y += 30
    for who, label in ((h.borrower, "Borrower signature"), (h.co, "Co-Borrower signature")):
        s.t(36, y, label, 8.5)
        s.line(140, y + 2, 400, y + 2, 0.6)
        s.t(412, y, "Date", 8.5)
        s.line(436, y + 2, 576, y + 2, 0.6)
        if who:
            s.pen(Pen("sign", 150, y - 26, who.name, w=180, h=30))
            s.pen(Pen("hand", 442, y - 2, sign_date, size=11))
        y += 44
    s.para(36, y + 10, 540, f"Please submit your completed application, together with the required documentation, to "
           f"{sv['name']} via mail: {sv['mail']}, fax: {sv['fax']}, or online: {sv['web']}.", 8.5, "Helvetica-Bold")
    return s.done()


def form_tallgrass(bank: dict, h: Household, hardship: str, start: date, duration: str,
                   income: dict[str, tuple[float, float]], hoa: float, sign_date: str, prop2: Place) -> Paper:
    """A small bank's loss-mitigation intake worksheet made in a spreadsheet and printed: gridlines, label cells in
    column A, drop-down answers printed as their chosen words, money in accounting style, the sheet's name in the
    header and 'Page x of 2' in the footer."""
    s = Sheet(title="LM_Intake_Worksheet_v3.xlsx", creator="Microsoft Excel")

    def frame(n: int) -> None:
        s.t(306, 30, "LM_Intake_Worksheet_v3.xlsx", 8, align="c")
        s.t(306, 770, f"Page {n} of 2", 8, align="c")

    frame(1)
    y = spreadsheet_grid(s, 40, 48, [532], [[f"{bank['name']} - Mortgage Loss Mitigation Intake Worksheet"],
                                            [f"Return to: {bank['mail']}   Fax {bank['fax']}   {bank['phone']}"]],
                         height=18, bold_rows=(0,), shade_rows=(0,))
    co = h.co
    rows = [["Loan number", h.loan, "", ""],
            ["", "Borrower", "Co-borrower", ""],
            ["Full name", h.borrower.name, co.name if co else "", ""],
            ["SSN (last 4)", h.borrower.last4, co.last4 if co else "", ""],
            ["Phone", h.phone, h.co_phone, ""],
            ["E-mail", h.email, h.co_email, ""],
            ["Property street", h.home.street, "", ""],
            ["City", h.home.city, "", ""],
            ["State", h.home.state, "", ""],
            ["ZIP code", h.home.zip, "", ""],
            ["Mailing address", "Same as property", "", ""],
            ["Occupancy", "Primary residence", "", ""],
            ["Plan for the home", "Keep the home", "", ""],
            ["Listed for sale?", "No", "", ""],
            ["HOA / condo dues (monthly)", money(hoa), "", ""],
            ["Other properties owned", prop2.line, "", ""],
            ["Active military?", "No", "No", ""]]
    y = spreadsheet_grid(s, 40, y + 14, [150, 170, 130, 82], rows, bold_rows=(1,), shade_rows=(1,))
    y = spreadsheet_grid(s, 40, y + 14, [532], [["HARDSHIP"]], bold_rows=(0,), shade_rows=(0,))
    hardship_words = dict((c, lab.split(":")[0]) for c, lab, _ in HARDSHIP_WORDS)
    rows = [["Hardship reason 1", hardship_words[hardship].replace("Increase in housing-related expenses due to "
                                                                    "circumstances outside your control",
                                                                    "Increase in housing-related expenses")],
            ["Hardship reason 2", ""],
            ["Date hardship began", f"{start.month}/{start.day}/{start.year}"],
            ["Expected duration", {"short_term": "Short-term (6 months or less)",
                                   "long_term": "Long-term (more than 6 months)"}[duration]],
            ["Briefly describe", "Condo special assessment for roof and siding plus homeowner insurance renewal up"],
            ["", "38%; our payment went up more than we can cover. See attached letter."]]
    y = spreadsheet_grid(s, 40, y, [150, 382], rows)
    s.page()
    frame(2)
    y = spreadsheet_grid(s, 40, 48, [532], [["MONTHLY GROSS INCOME (before taxes)"]], bold_rows=(0,),
                         shade_rows=(0,))
    labels = [("wages", "Wages / salary / overtime"), ("self_employment", "Self-employment"),
              ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Social Security / pension (taxable)"),
              ("benefits_nontaxable", "Non-taxable SS / disability"), ("rental", "Rental income (net)"),
              ("investment", "Investment / insurance"), ("other", "Other (alimony, child support, ...)")]
    rows = [["Source", "Borrower", "Co-borrower", "Total"]]
    tb = tc = 0.0
    for code, label in labels:
        b, c = income.get(code, (0.0, 0.0))
        tb, tc = tb + b, tc + c
        rows.append([label, money(b) if b else "-", money(c) if c else "-", money(cents(b + c)) if b + c else "-"])
    rows.append(["TOTAL MONTHLY INCOME", money(cents(tb)), money(cents(tc)), money(cents(tb + tc))])
    y = spreadsheet_grid(s, 40, y, [200, 110, 110, 112], rows, bold_rows=(0, len(rows) - 1),
                         shade_rows=(0, len(rows) - 1), money_cols=(1, 2, 3))
    y = spreadsheet_grid(s, 40, y + 14, [532], [["MONTHLY EXPENSES"]], bold_rows=(0,), shade_rows=(0,))
    rows = [["First mortgage payment", "1,486.22"], ["HOA dues", money(hoa)], ["Utilities", "310.00"],
            ["Car payments", "412.00"], ["Groceries / household", "900.00"]]
    y = spreadsheet_grid(s, 40, y, [200, 110], rows, money_cols=(1,))
    y = spreadsheet_grid(s, 40, y + 14, [532], [["CERTIFICATION"]], bold_rows=(0,), shade_rows=(0,))
    s.rect(40, y, 532, 70, lw=0.3)
    s.para(44, y + 12, 524, "I/we certify that the information in this worksheet is true and complete. I/we "
           "authorize the bank to verify it, to obtain a credit report, and to share it with the owner or guarantor "
           "of my loan to evaluate me for mortgage assistance. I/we will send the documents the bank asks for.", 8.5)
    y += 84
    rows = [["Borrower signature", "", "Date", ""], ["Co-borrower signature", "", "Date", ""]]
    spreadsheet_grid(s, 40, y, [130, 230, 50, 122], rows, height=30)
    for n, who in enumerate((h.borrower, h.co)):
        if who:
            s.pen(Pen("sign", 178, y + 30 * n + 2, who.name, w=170, h=26))
            s.pen(Pen("hand", 466, y + 30 * n + 22, sign_date, size=11))
    return s.done()


# --- letters and papers of third parties ---------------------------------------------------------------------------


def annuity_letter(s: Sheet, when: date, widow: Person, addr: Place, member: Person, died: date, gross: float,
                   first_pay: date, acct_no: str) -> None:
    s.t(306, 50, "DEFENSE FINANCE AND ACCOUNTING SERVICE", 12, "Times-Bold", align="c")
    s.t(306, 64, "RETIRED AND ANNUITANT PAY", 9.5, "Times-Roman", align="c")
    s.t(306, 76, "LONDON, KENTUCKY", 9, "Times-Roman", align="c")
    s.line(72, 84, 540, 84, 0.8)
    s.t(72, 108, long_date(when), 10.5, "Times-Roman")
    s.t(400, 108, f"Annuitant account: {acct_no}", 9, "Times-Roman")
    y = 136
    for line in (widow.name.upper(), addr.street.upper(), f"{addr.city.upper()} {addr.state} {addr.zip}"):
        s.t(72, y, line, 10.5, "Courier")
        y += 13
    y += 18
    s.t(72, y, "SUBJECT: Survivor Benefit Plan (SBP) Annuity Established", 10.5, "Times-Bold")
    y += 22
    body = [
        f"Dear {widow.first} {widow.last}:",
        f"Please accept our sincere condolences on the death of {member.first} {member.middle}. {member.last}, "
        f"which occurred on {long_date(died)}. We have established your Survivor Benefit Plan annuity account based "
        "on the election the member made at retirement.",
        f"Your gross monthly annuity is ${money(gross)}. The annuity is paid monthly, on the first business day of "
        f"each month, by direct deposit to the account you designated. Your first regular payment will be made on "
        f"{long_date(first_pay)}; any amount due for the period from the day after the member's death will be paid "
        "to you separately.",
        "The SBP annuity is taxable income. Federal income tax will be withheld according to the Form W-4P you "
        "returned; you will receive a Form 1099-R each January. The annuity continues for your lifetime unless you "
        "remarry before age 55.",
        "If you have questions, please have your annuitant account number ready when you contact us.",
    ]
    for para in body:
        y = s.para(72, y, 468, para, 10.5, "Times-Roman", 14) + 8
    y += 10
    for n, (k, v) in enumerate((("Gross monthly annuity", f"${money(gross)}"), ("Payment frequency", "Monthly"),
                                ("Annuity start date", us(died + timedelta(days=1))),
                                ("Federal income tax withheld", f"${money(cents(gross * 0.08))}"))):
        s.rect(72, y + 18 * n, 240, 18, lw=0.4)
        s.rect(312, y + 18 * n, 140, 18, lw=0.4)
        s.t(78, y + 18 * n + 12.5, k, 9.5, "Times-Roman")
        s.t(446, y + 18 * n + 12.5, v, 9.5, "Times-Roman", align="r")
    s.t(72, y + 100, "Retired and Annuitant Pay, Defense Finance and Accounting Service", 9.5, "Times-Italic")


def transfer_letter(s: Sheet, co: dict, when: date, emp: Person, title: str, old: str, new: str, miles: int,
                    effective: date, lump: float, hr: str) -> None:
    s.t(72, 52, co["name"], 15, "Helvetica-Bold", color=(0.1, 0.25, 0.5))
    s.t(72, 66, f"{co['street']}  |  {co['city']}  |  {co['phone']}", 8, gray=0.3)
    s.line(72, 74, 540, 74, 1.2)
    s.t(72, 104, long_date(when), 10.5, "Times-Roman")
    s.t(72, 130, emp.name, 10.5, "Times-Roman")
    s.t(72, 160, "RE: Notice of Transfer of Work Location", 10.5, "Times-Bold")
    y = 184
    for para in [
        f"Dear {emp.first}:",
        f"This letter confirms that, as part of the consolidation of our {old} engineering office, your position as "
        f"{title} is being transferred to our {new} office, approximately {miles} miles from your current work "
        f"location. Your transfer is effective {long_date(effective)}. Your salary, benefits and seniority are "
        "unchanged.",
        f"The company will provide a one-time relocation allowance of ${money(lump)}, paid as a lump sum with your "
        "first paycheck after the effective date, less applicable withholding. No other relocation assistance will "
        "be provided.",
        "The office in your current location will close on the effective date; remote work is not available for "
        "this role. Please contact Human Resources with any questions.",
    ]:
        y = s.para(72, y, 468, para, 10.5, "Times-Roman", 14) + 8
    s.t(72, y + 10, "Sincerely,", 10.5, "Times-Roman")
    s.pen(Pen("sign", 72, y + 18, hr, w=150, h=30))
    s.t(72, y + 62, hr, 10.5, "Times-Roman")
    s.t(72, y + 75, "Director, Human Resources", 10.5, "Times-Roman")


def ui_letter(s: Sheet, state_agency: str, when: date, claimant: Person, addr: Place, claim_date: date,
              weekly: float, claim_id: str) -> None:
    s.t(40, 48, state_agency, 12, "Helvetica-Bold")
    s.t(40, 61, "Unemployment Insurance Division", 9)
    s.t(572, 48, "NOTICE OF CLAIM APPROVAL", 11, "Helvetica-Bold", align="r")
    s.t(572, 61, f"Mailing date: {us(when)}", 9, align="r")
    y = 96
    for line in (claimant.name.upper(), addr.street.upper(), f"{addr.city.upper()} {addr.state} {addr.zip}"):
        s.t(60, y, line, 9.5, "Courier")
        y += 12
    s.rect(350, 90, 222, 52, lw=0.6)
    for n, (k, v) in enumerate((("Claim ID", claim_id), ("Claimant", f"XXX-XX-{claimant.last4}"),
                                ("Benefit year begins", us(claim_date)))):
        s.t(356, 103 + 13 * n, k, 8, "Helvetica-Bold")
        s.t(566, 103 + 13 * n, v, 8.5, align="r")
    y = 170
    for para in [
        f"Your claim for unemployment insurance benefits has been approved. Your weekly benefit amount is "
        f"${money(weekly)}. The maximum benefit amount payable on this claim is ${money(weekly * 26)}.",
        "You must request payment every two weeks by filing your weekly certifications online or by phone. "
        "Benefits are paid by direct deposit or debit card after each certification is processed.",
        "Benefits are taxable income. You may choose to have 10% federal income tax withheld.",
        "If you return to work, report your gross earnings for each week you claim, even if you have not yet "
        "been paid.",
    ]:
        y = s.para(40, y, 532, para, 9.5, leading=12.5) + 8
    s.t(40, y + 10, "This determination becomes final unless you file an appeal within 21 days of the mailing date.",
        8.5, "Helvetica-Oblique")


def hoa_notice(s: Sheet, assoc: str, when: date, owner: str, addr: Place, amount: float, due: date) -> None:
    s.t(306, 56, assoc.upper(), 13, "Times-Bold", align="c")
    s.t(306, 70, "Board of Directors", 9.5, "Times-Italic", align="c")
    s.t(72, 110, long_date(when), 10.5, "Times-Roman")
    s.t(72, 136, f"To: {owner}", 10.5, "Times-Roman")
    s.t(72, 149, f"Unit address: {addr.street}", 10.5, "Times-Roman")
    s.t(72, 180, "NOTICE OF SPECIAL ASSESSMENT", 11, "Times-Bold")
    y = 204
    for para in [
        "At its meeting the Board approved a special assessment to replace the roofs and siding of all buildings, "
        "following the reserve study and the insurer's notice that coverage will not renew on the current roofs.",
        f"Your unit's share of the special assessment is ${money(amount)}. It may be paid in full by {long_date(due)} "
        f"or in twelve monthly installments of ${money(cents(amount / 12))} added to your regular dues beginning "
        "with the next billing.",
        "Regular monthly dues will also increase by 14% with the next budget year.",
    ]:
        y = s.para(72, y, 468, para, 10.5, "Times-Roman", 14) + 8
    s.t(72, y + 16, "On behalf of the Board,", 10.5, "Times-Roman")
    s.t(72, y + 42, "Community Manager", 10.5, "Times-Roman")


def rent_check(s: Sheet, payer: Person, payer_addr: Place, bank: str, number: int, when: date, payee: str,
               amount: float, memo: str, deposited: date, acct: str) -> None:
    """A photocopy of a deposited personal rent check: the front, written by the tenant, over its endorsed back."""
    words = {0: "", 1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight",
             9: "Nine"}
    tens = {1: "Ten", 2: "Twenty", 3: "Thirty", 4: "Forty", 5: "Fifty", 6: "Sixty", 7: "Seventy", 8: "Eighty",
            9: "Ninety"}
    dollars = int(amount)
    th, rest = divmod(dollars, 1000)
    hu, rest = divmod(rest, 100)
    te, on = divmod(rest, 10)
    spelled = " ".join(x for x in [f"{words[th]} Thousand" if th else "", f"{words[hu]} Hundred" if hu else "",
                                   tens.get(te, ""), words[on]] if x)
    spelled += f" and {round((amount - dollars) * 100):02d}/100"
    x0, y0 = 54, 60
    s.rect(x0, y0, 504, 216, lw=0.8, fill=0.95)
    s.t(x0 + 12, y0 + 20, payer.name.upper(), 9, "Helvetica-Bold")
    s.t(x0 + 12, y0 + 31, payer_addr.street, 8)
    s.t(x0 + 12, y0 + 41, f"{payer_addr.city}, {payer_addr.state} {payer_addr.zip}", 8)
    s.t(x0 + 492, y0 + 20, str(number), 10, "Helvetica-Bold", align="r")
    s.t(x0 + 330, y0 + 56, "DATE", 7)
    s.line(x0 + 355, y0 + 57, x0 + 470, y0 + 57, 0.5)
    s.pen(Pen("hand", x0 + 362, y0 + 54, f"{when.month}/{when.day}/{when.year}", size=11))
    s.t(x0 + 12, y0 + 86, "PAY TO THE", 6.5)
    s.t(x0 + 12, y0 + 94, "ORDER OF", 6.5)
    s.line(x0 + 52, y0 + 95, x0 + 390, y0 + 95, 0.5)
    s.pen(Pen("hand", x0 + 60, y0 + 92, payee, size=12))
    s.rect(x0 + 400, y0 + 78, 92, 20, lw=0.6, fill=1)
    s.t(x0 + 404, y0 + 92, "$", 9)
    s.pen(Pen("hand", x0 + 414, y0 + 93, money(amount), size=12))
    s.line(x0 + 12, y0 + 124, x0 + 440, y0 + 124, 0.5)
    s.pen(Pen("hand", x0 + 18, y0 + 121, spelled, size=11))
    s.t(x0 + 446, y0 + 124, "DOLLARS", 7)
    s.t(x0 + 12, y0 + 146, bank, 8.5, "Helvetica-Bold")
    s.t(x0 + 12, y0 + 178, "MEMO", 6.5)
    s.line(x0 + 36, y0 + 179, x0 + 220, y0 + 179, 0.5)
    s.pen(Pen("hand", x0 + 42, y0 + 176, memo, size=11))
    s.line(x0 + 280, y0 + 179, x0 + 492, y0 + 179, 0.5)
    s.pen(Pen("sign", x0 + 300, y0 + 152, payer.name, w=150, h=28))
    s.t(x0 + 40, y0 + 204, f"C0{number:04d}C  A091{number % 97:03d}5510A  {payer.ssn[-4:]}0{number}7C", 10, "Courier")
    x0, y0 = 54, 330
    s.rect(x0, y0, 504, 216, lw=0.8, fill=0.97)
    s.t(x0 + 20, y0 + 20, "ENDORSE HERE", 7, "Helvetica-Bold")
    s.line(x0 + 20, y0 + 46, x0 + 220, y0 + 46, 0.4)
    s.line(x0 + 20, y0 + 66, x0 + 220, y0 + 66, 0.4)
    s.pen(Pen("sign", x0 + 24, y0 + 20, payee, w=140, h=26))
    s.pen(Pen("hand", x0 + 24, y0 + 63, f"For deposit only acct {acct}", size=10))
    s.t(x0 + 20, y0 + 92, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE", 6.5)
    s.rect(x0 + 270, y0 + 120, 200, 60, lw=0.8)
    s.t(x0 + 370, y0 + 140, "DEPOSITED", 10, "Helvetica-Bold", align="c", gray=0.35)
    s.t(x0 + 370, y0 + 156, f"{deposited:%b %d %Y}".upper(), 10, "Courier-Bold", align="c", gray=0.35)
    s.t(x0 + 370, y0 + 170, "MOBILE DEPOSIT", 8, align="c", gray=0.35)


def envelope(s: Sheet, sender: Person, addr: Place, to: list[str], postmark: date, zip_from: str) -> None:
    s.rect(1, 1, s.w - 2, s.h - 2, lw=0.6, fill=0.96)
    s.pen(Pen("hand", 18, 26, sender.plain, size=10))
    s.pen(Pen("hand", 18, 40, addr.street, size=10))
    s.pen(Pen("hand", 18, 54, f"{addr.city} {addr.state} {addr.zip}", size=10))
    s.rect(s.w - 66, 14, 48, 56, lw=0.8, fill=0.8)
    s.t(s.w - 42, 40, "USA", 9, "Helvetica-Bold", align="c")
    s.t(s.w - 42, 52, "FOREVER", 6, align="c")
    c = s.c
    c.setStrokeGray(0.35)
    c.setLineWidth(0.9)
    c.circle(s.w - 118, s.h - 44, 26)
    for n in range(5):
        c.line(s.w - 90, s.h - 30 - 7 * n, s.w - 20, s.h - 30 - 7 * n)
    s.t(s.w - 118, 40, f"{postmark:%b %d}".upper(), 6.5, align="c", gray=0.35)
    s.t(s.w - 118, 48, str(postmark.year), 6.5, align="c", gray=0.35)
    s.t(s.w - 118, 56, zip_from, 6, align="c", gray=0.35)
    for n, line in enumerate(to):
        s.pen(Pen("hand", 250, 150 + 16 * n, line, size=12))


def form4506c_paper(taxpayer: Person, spouse: Person | None, addr: Place, client: dict, years: list[int],
                    sign_date: str, phone: str) -> Paper:
    """The IRS Form 4506-C page 1, pre-typed by the servicer, signed and dated in pen by the taxpayers."""
    reader = PdfReader(FORM4506C)
    rects: dict[str, tuple[float, float, float, float]] = {}

    def name_of(w) -> str:
        parts = []
        while w is not None:
            if "/T" in w:
                parts.append(str(w["/T"]).replace("[0]", ""))
            w = w.get("/Parent")
            w = w.get_object() if w is not None else None
        return ".".join(reversed(parts))

    for ref in reader.pages[0]["/Annots"].get_object():
        w = ref.get_object()
        rects[name_of(w)] = tuple(float(v) for v in w["/Rect"])
    p = "form1.page_1."
    typed = {
        "name_shown.first_name": taxpayer.first, "name_shown.middle_initial": taxpayer.middle,
        "name_shown.last_name": taxpayer.last, "name_shown.first_ssn": taxpayer.ssn,
        "current_name_address.street_address": addr.street, "current_name_address.city": addr.city,
        "current_name_address.state": addr.state, "current_name_address.zip_code": addr.zip,
        "ives_participant_name.ives_participant_name": "Keystone Transcript Services LLC",
        "ives_participant_name.ives_participant_id": "0047713", "ives_participant_name.sor_mailbox_id": "KTS4471",
        "ives_participant_name.street_address": "PO Box 22190", "ives_participant_name.city": "Harrisburg",
        "ives_participant_name.state": "PA", "ives_participant_name.zip_code": "17110",
        "client_info.first_name": client["name"], "client_info.telephone_number": client["phone"],
        "client_info.street_address": client["street"], "client_info.city": client["city_only"],
        "client_info.state": client["state"], "client_info.zip_code": client["zip"],
        "transcript_reqeust": "1040", "print_type_name": taxpayer.name,
    }
    if spouse:
        typed.update({"if_a_joint.first_name": spouse.first, "if_a_joint.middle_initial": spouse.middle,
                      "if_a_joint.last_name": spouse.last, "if_a_joint.second_ssn": spouse.ssn,
                      "print_type_name[1]": spouse.name})
    checks = ["transcript_type.return_transcript", "signature_attests"]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Courier", 9.5)
    for key, value in typed.items():
        x0, y0, _x1, _y1 = rects[p + key]
        c.drawString(x0 + 2, y0 + 2.5, value)
    for key in checks:
        x0, y0, x1, _y1 = rects[p + key]
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString((x0 + x1) / 2, y0 + 1.6, "X")
    for n, year in enumerate(years):
        keys = [f"question_8.f1_{15 + 3 * n + k}" for k in range(3)]
        for key, value in zip(keys, ("12", "31", str(year)), strict=True):
            x0, y0, _x1, _y1 = rects[p + key]
            c.setFont("Courier", 9.5)
            c.drawString(x0 + 2, y0 + 2.5, value)
    _footer(c)
    c.showPage()
    c.save()
    blank = PdfWriter()
    blank.append(reader, pages=[0])
    page = blank.pages[0]
    if "/Annots" in page:
        del page[NameObject("/Annots")]
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in blank._root_object:
        del blank._root_object[NameObject("/AcroForm")]
    out = io.BytesIO()
    blank.write(out)
    pens = []
    sx0, _sy0, _sx1, sy1 = rects[p + "signature"]
    pens.append(Pen("sign", sx0 + 10, 792 - sy1 - 8, taxpayer.name, w=150, h=22))
    dx0, dy0, _dx1, _dy1 = rects[p + "date"]
    pens.append(Pen("hand", dx0 + 4, 792 - dy0 - 3, sign_date, size=10))
    px0, py0, _px1, _py1 = rects[p + "phone_number"]
    pens.append(Pen("hand", px0 + 4, 792 - py0 - 3, phone, size=10))
    if spouse:
        sx0, _sy0, _sx1, sy1 = rects[p + "spouses_signature"]
        pens.append(Pen("sign", sx0 + 10, 792 - sy1 - 8, spouse.name, w=150, h=22))
        dx0, dy0, _dx1, _dy1 = rects[p + "date[1]"]
        pens.append(Pen("hand", dx0 + 4, 792 - dy0 - 3, sign_date, size=10))
    words = [*typed.values(), sign_date]
    return Paper(out.getvalue(), [pens], [words])


# --- the six packets -----------------------------------------------------------------------------------------------


def phone(rng: random.Random) -> str:
    return f"({rng.randint(212, 989)}) 555-01{rng.randint(10, 99)}"


def add(p: Packet, f: OutFile, type_: str, paper: Paper, *, fields: dict | None = None, when: date | None = None,
        info: dict | None = None, scan: Scan | None = None, rng: random.Random | None = None,
        pages: list[int] | None = None, listed: bool = True, forms: bool = False) -> Doc:
    d = p.doc(type_, fields=fields or {}, date=when, info=info or {}, listed=listed)
    idx = pages if pages is not None else list(range(paper.count))
    d.words = [w for i in idx for w in paper.words[i]]
    if scan:
        f.sheets(d, scanned(paper, scan, rng or random.Random(0), forms=forms, pages=idx), scan, own=idx)
    else:
        f.digital(d, paper.pdf, idx)
    return d


def app_expected(h: Household, hardships: list[str], start: date | None, income: dict[str, float],
                 signed_on: date | None, co_signed: bool | None) -> dict:
    lines = {k: cents(v) for k, v in income.items() if v > 0}
    if lines:
        lines["total"] = cents(sum(lines.values()))
    return {"loan_number": h.loan, "borrower_name": h.borrower.name, "co_borrower_name": h.co.name if h.co else None,
            "ssn_last4": h.borrower.last4, "property_address": h.home.line, "occupancy": "primary_residence",
            "hardship_types": hardships, "hardship_start_date": start.isoformat() if start else None,
            "income": lines, "signed": signed_on is not None, "signed_on": signed_on.isoformat() if signed_on else None,
            "co_borrower_signed": co_signed if h.co else None}


def stub_paper(draw, checks: list[PayCheck], title: str, creator: str = "") -> Paper:
    s = Sheet(title=title, creator=creator)
    for n, check in enumerate(checks):
        if n:
            s.page()
        draw(s, check)
    return s.done()


def build_t1(seed: int) -> Packet:
    """Form 710 answered with a desktop viewer's Add Text tool (FreeText annotations, fields empty, Ink signatures);
    a folder named after the loan. Complete."""
    rng = random.Random(f"t1:{seed}")
    received = date(2030, 1, 16)
    b = person(rng, "f")
    co = person(rng, "m", last=b.last)
    home = place(rng)
    h = Household(loan_number(rng), b, co, home, f"{b.first.lower()}.{b.last.lower()}@example.net", phone(rng),
                  phone(rng), f"{co.first.lower()}{rng.randint(10, 99)}@example.com")
    p = Packet("t1-form710-text-boxes-two-earners-loan-folder", h.loan, received, [], None)
    annual = rng.choice([52_800, 55_560, 58_650, 61_200])
    employer = {"name": rng.choice(["Brightwater Dental Laboratory, Inc.", "Kettle Creek Veterinary Partners"]),
                "street": "1450 Commerce Pkwy, Suite 200", "city": f"{home.city}, {home.state} {home.zip[:3]}20"}
    ded = [("Medical Pre-Tax", 86.40, True), ("401(k)", 0.05, True), ("Dental", 12.10, True), ("Vision", 3.85, False)]
    salary = lambda n, s0, e0: [("Regular Salary", None, None, annual / 24)]  # noqa: E731
    state_tax = (f"{home.state} State Tax", 0.035)
    last_year = run_payroll(periods("semimonthly", 2029, date(2029, 12, 31)), salary, 0.08, state_tax, ded)
    this_year = run_payroll(periods("semimonthly", 2030, received), salary, 0.08, state_tax, ded)
    stubs_b = [last_year[-1], this_year[-1]]
    hours = {1: (24.0, 8.0), 2: (23.5, 8.0)}
    weekly = lambda n, s0, e0: [("Regular", 18.40, hours[n][0], 18.40 * hours[n][0]),  # noqa: E731
                                ("Holiday", 18.40, hours[n][1], 18.40 * hours[n][1])]
    store = rng.choice(["Lakeshore Home & Garden Centers", "Timberline Hardware & Supply"])
    co_checks = run_payroll(periods("weekly", 2030, received, first_end=date(2030, 1, 5), lag=6), weekly, 0.06,
                            (f"{home.state} State Tax", 0.03), [("Medical", 24.75, True)])
    wages = cents(stubs_b[-1].gross * 24 / 12 + co_checks[-1].gross * 52 / 12)
    start = date(2029, 9, rng.randint(3, 27))
    assets = (cents(rng.uniform(300, 1200)), cents(rng.uniform(500, 3000)))
    values = form710_answers(h, ["reduction_in_income"], start, "long_term", {"wages": wages}, assets)
    signed = date(2030, 1, 14)
    values["Date_3"] = values["Date_4"] = us(signed)
    p.application = app_expected(h, ["reduction_in_income"], start, {"wages": wages}, signed, True)
    folder = h.loan
    f = p.file(f"{folder}/Mortgage Assistance Application - signed.pdf")
    app_pdf = form710_text_boxes(values, {"Signature_1": b.name, "Signature_2": co.name}, rng,
                                 datetime(2030, 1, 14, 21, 12))
    d = p.doc("mortgage_assistance_application")
    d.words = [str(v) for v in values.values() if isinstance(v, str)]
    f.digital(d, app_pdf)
    acct = f"{rng.randint(1000, 9999)}"
    emp_id = f"E{rng.randint(10000, 99999)}"
    paper = stub_paper(lambda s, c: stub_paytrail(s, c, employer, b, home, "Semi-Monthly", emp_id,
                                                  "Lab Operations", acct), stubs_b, "Earnings Statement",
                       "Paytrail Payroll Services")
    f = p.file(f"{folder}/{b.last} paystubs.pdf")
    for n, check in enumerate(stubs_b):
        add(p, f, "pay_stub", paper, fields=stub_fields(check, employer["name"], b.name, "semimonthly"),
            when=check.pay_date, pages=[n])
    check = co_checks[-1]
    paper = stub_paper(lambda s, c: stub_shiftwise(s, c, store, f"Store #{rng.randint(100, 999)} {home.city}", co,
                                                   f"{rng.randint(1000000, 9999999)}"), [check], "Pay summary")
    f = p.file(f"{folder}/Pay summary {check.pay_date:%b %d %Y}.pdf")
    add(p, f, "pay_stub", paper, fields=stub_fields(check, store, co.plain, "weekly"), when=check.pay_date)
    s = Sheet(title="Hardship Letter", creator="Microsoft Word")
    letter_typed(s, [b.name, co.name, home.street, f"{home.city}, {home.state} {home.zip}"], signed,
                 ["Loss Mitigation Department", "Northgate Home Loan Servicing"], f"Re: Loan number {h.loan}",
                 ["To whom it may concern,",
                  f"We are writing to explain why we fell behind on our mortgage. In September {co.first}'s store cut "
                  "the hours of most part-time and full-time associates. He went from about 40 hours a week to 24-32, "
                  "and overtime stopped completely. At the same time our daycare costs went up.",
                  f"{b.first} is still working full time, but her salary alone does not cover the mortgage, the car "
                  "and daycare. We used our savings to keep up until November and then missed the December payment.",
                  "We want to keep our home. We are asking to be considered for a loan modification or another "
                  "option that brings the payment to something we can manage on our current income. Our pay stubs "
                  "are attached."],
                 "Sincerely,", [b.name, co.name], sign_space=False)
    paper = s.done()
    f = p.file(f"{folder}/Hardship Letter.pdf")
    add(p, f, "hardship_letter", paper, fields={"letter_date": signed.isoformat()}, when=signed)
    s = Sheet(title="Mortgage Statement")
    mortgage_statement(s, {"name": "Northgate Home Loan Servicing", "street": "PO Box 61044",
                           "city": "Columbus, OH 43216", "phone": "(800) 555-0117"}, h, date(2029, 12, 17),
                       date(2030, 1, 1), 1388.42, 402.17, 1790.59, date(2029, 12, 1))
    f = p.file(f"{folder}/Dec statement.pdf")
    add(p, f, "other", s.done(), when=date(2029, 12, 17))
    return p


def build_t2(seed: int) -> Packet:
    """Form 710 hand-filled and faxed; the feeder pulled two sheets at once, so page 3 (income) never went through.
    Incomplete: application_field:income."""
    rng = random.Random(f"t2:{seed}")
    received = date(2030, 2, 14)
    b = person(rng, "m")
    home = place(rng)
    h = Household(loan_number(rng), b, None, home, f"{b.first[0].lower()}{b.last.lower()}@example.org", phone(rng))
    p = Packet("t2-form710-handwritten-fax-page-lost", h.loan, received, ["application_field:income"], None)
    co = {"name": rng.choice(["Cascade Silicon Fabrication, Inc.", "Northfield Wafer Technologies Corp."]),
          "street": "7700 Fab Way", "city": f"{home.city}, {home.state} {home.zip}"}
    hours = {1: 80.0, 2: 64.0, 3: 72.0}
    earn = lambda n, s0, e0: [("Regular hours", 27.85, hours[n], 27.85 * hours[n]),  # noqa: E731
                              ("Shift premium 2nd", 1.75, hours[n], 1.75 * hours[n])]
    checks = run_payroll(periods("biweekly", 2030, received, first_end=date(2030, 1, 19), lag=5), earn, 0.075,
                         (f"{home.state} state income tax", 0.04),
                         [("Medical plan", 112.30, True), ("401(k) 6%", 0.06, True), ("Union dues", 38.00, False)])
    stubs = checks[-2:]
    wages = cents(checks[0].gross * 26 / 12)
    start = date(2029, 11, 4)
    assets = (cents(rng.uniform(100, 600)), cents(rng.uniform(0, 400)))
    values = form710_answers(h, ["disability_or_illness"], start, "long_term", {"wages": wages}, assets,
                             date_fmt=lambda d: f"{d.month}/{d.day}/{d.year}")
    signed = date(2030, 2, 11)
    p.application = app_expected(h, ["disability_or_illness"], start, {}, signed, None)
    fax = p.file(f"fax_20300214_0941_{re_digits(h.phone)}.pdf", producer="FaxServer 9.2")
    scan = Scan(dpi=200, bw=True, threshold=168, noise=0.0012, skew=0.6, blur=0.55,
                header=f"FEB-14-2030 09:41  FROM:{re_digits(h.phone)}   TO:18665550123"
                       "        P.{page:02d}/{total:02d}")
    s = Sheet(title="Fax cover")
    fax_cover_blank(s)
    for n, text in enumerate(["Loss Mitigation Dept.", "1-866-555-0123", b.plain, h.phone, "2/13/30", "8",
                              f"Loan # {h.loan}  mortgage help"]):
        s.pen(Pen("hand", 236 if n == 5 else 136, 148 + 34 * n, text, size=13))
    for n, text in enumerate(["Application, my letter and last 2 pay stubs.",
                              "Please call me if you need anything else."]):
        s.pen(Pen("hand", 76, 446 + 26 * n, text, size=12))
    add(p, fax, "other", s.done(), scan=scan, rng=rng, listed=False)
    paper = form710_paper(values, hand=True, signs={"Signature_1": b.name}, dates={"Date_3": "2/11/2030"})
    d = add(p, fax, "mortgage_assistance_application", paper, scan=scan, rng=rng, pages=[0, 1, 3])
    d.words = [str(v) for k, v in values.items() if isinstance(v, str) and widgets()[k][0] != 2] + ["2/11/2030"]
    s = Sheet()
    letter_handwritten(s, [
        "February 11, 2030", "", "To the Loss Mitigation Department,", "",
        f"My name is {b.plain} and I am writing about loan {h.loan}.",
        "In November our son was diagnosed with leukemia and he",
        "has been in treatment at the children's hospital since.",
        "I took unpaid family leave to be with him for his chemo",
        "and I can only work part of my shifts right now, so my",
        "pay is down a lot and the medical bills keep coming.",
        "I fell behind on the mortgage in December. I want to keep",
        "our house and I am asking for a modification or any help",
        "you can give us until he finishes treatment.", "", "Thank you,"], [b.name])
    add(p, fax, "hardship_letter", s.done(), fields={"letter_date": "2030-02-11"}, when=signed, scan=scan, rng=rng)
    paper = stub_paper(lambda s, c: stub_remuneration(s, c, co, b, f"{rng.randint(100000, 999999)}",
                                                      "FAB2-ETCH", "Summit Federal Credit Union",
                                                      f"{rng.randint(1000, 9999)}"), stubs, "Remuneration Statement")
    for n, check in enumerate(stubs):
        add(p, fax, "pay_stub", paper, fields=stub_fields(check, co["name"], b.name, "biweekly"), when=check.pay_date,
            scan=scan, rng=rng, pages=[n])
    return p


def re_digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def build_t3(seed: int) -> Packet:
    """A servicer's own five-page edition of Form 710, typed, signed in ink; a widow's packet kept in a binder
    (three-hole punched), scanned one document a file on a flatbed with the lid up. Complete."""
    rng = random.Random(f"t3:{seed}")
    received = date(2030, 5, 22)
    b = person(rng, "f")
    spouse = person(rng, "m", last=b.last)
    home = place(rng)
    h = Household(loan_number(rng), b, None, home, f"{b.first.lower()}{b.last[:3].lower()}@example.com", phone(rng))
    p = Packet("t3-servicer-710-edition-flatbed-binder-widow", h.loan, received, [], None)
    died = date(2030, 2, rng.randint(12, 22))
    hours = [46.0, 48.5, 44.0, 52.0, 50.25, 47.5, 45.0, 49.75, 51.0, 46.25]
    employer = {"name": rng.choice(["Harborview Pediatric Therapy, PLLC", "Bright Steps Pediatric Therapy, PLLC"]),
                "street": "2201 Lakeview Dr", "city": f"{home.city}, {home.state} {home.zip}",
                "phone": "(555) 013-2200"}
    earn = lambda n, s0, e0: [("Regular", 22.75, hours[n - 1], 22.75 * hours[n - 1])]  # noqa: E731
    checks = run_payroll(periods("biweekly", 2030, received, first_end=date(2030, 5, 4), lag=6), earn, 0.06,
                         (f"{home.state} Income Tax", 0.03), [("Retirement 403(b)", 0.03, True)])
    stub = checks[-1]
    annuity = 1612.00
    income = {"wages": cents(stub.gross * 26 / 12), "benefits_taxable": annuity}
    signed = date(2030, 5, 18)
    sv = {"name": "Granite Harbor Mortgage Servicing", "mail": "PO Box 40917, Portland, ME 04112",
          "fax": "(207) 555-0190", "web": "www.graniteharborms.example/help", "phone": "(800) 555-0143"}
    assets = (cents(rng.uniform(800, 2500)), cents(rng.uniform(2000, 6000)))
    paper = form_granite(sv, h, ["death"], died, "long_term", income, assets,
                         f"{signed.month}/{signed.day}/{signed.year}")
    p.application = app_expected(h, ["death"], died, income, signed, None)
    folder = f"{b.last} - {h.loan}"
    scan = Scan(dpi=200, lid_open=True, holes=True, skew=0.9, blur=0.45, quality=72, noise=0.0004)
    counter = iter(range(1, 20))

    def nxt() -> OutFile:
        return p.file(f"{folder}/Scan_20300522_{next(counter):04d}.pdf", producer="EPSON Scan")

    add(p, nxt(), "mortgage_assistance_application", paper, scan=scan, rng=rng)
    s = Sheet()
    letter_handwritten(s, [
        "May 18, 2030", "", "Dear Granite Harbor,", "",
        f"My husband {spouse.first} died suddenly on {died:%B} {died.day}. He handled",
        "our bills and his retirement pay was most of our income.",
        "I work part time as a therapy aide and I now receive his",
        "survivor annuity, but it is less than half of what we had.",
        "I fell two payments behind while waiting for the annuity",
        "to start. I want to stay in our home. Please consider me",
        "for a modification. His obituary and my papers are enclosed.", "", "Sincerely,"], [b.name], ruled=False)
    add(p, nxt(), "hardship_letter", s.done(), fields={"letter_date": signed.isoformat()}, when=signed, scan=scan,
        rng=rng)
    s = Sheet()
    obituary(s, f"The {home.city} Courier", died + timedelta(days=4), spouse, date(1971, rng.randint(1, 12), 9), died,
             home.city, f"his wife of 29 years, {b.first}; two daughters; and his mother", rng)
    add(p, nxt(), "obituary", s.done(), when=died + timedelta(days=4), scan=scan, rng=rng)
    letter_on = date(2030, 4, 9)
    s = Sheet()
    annuity_letter(s, letter_on, b, home, spouse, died, annuity, date(2030, 5, 1), f"{rng.randint(100, 999)}-"
                   f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}")
    add(p, nxt(), "benefit_award_letter", s.done(), scan=scan, rng=rng, when=letter_on,
        fields={"letter_date": letter_on.isoformat(), "monthly_amount": annuity, "benefit_type": "benefits_taxable"})
    paper = stub_paper(lambda s, c: stub_threecol(s, c, employer, b, f"{rng.randint(100, 999)}", "Biweekly",
                                                  f"{rng.randint(1000, 9999)}"), [stub], "Pay Statement")
    add(p, nxt(), "pay_stub", paper, fields=stub_fields(stub, employer["name"], b.name, "biweekly"),
        when=stub.pay_date, scan=scan, rng=rng)
    s = Sheet()
    w2_form(s, 2029, employer, f"9{rng.randint(1, 9)}-{rng.randint(1000000, 9999999)}", b, home,
            cents(rng.uniform(26000, 29500)))
    add(p, nxt(), "w2", s.done(), scan=scan, rng=rng)
    return p


def build_t4(seed: int) -> Packet:
    """A small bank's spreadsheet intake worksheet, printed, signed and scanned; loose files, the loan number
    typed with dashes in one name only; rental income claimed with rent checks but no 4506-C. Incomplete:
    irs_form_4506c."""
    rng = random.Random(f"t4:{seed}")
    received = date(2030, 6, 17)
    b = person(rng, "m")
    co = person(rng, "f")
    home = place(rng)
    h = Household(loan_number(rng), b, co, home, f"{b.first.lower()}.{b.last[:4].lower()}@example.net", phone(rng),
                  phone(rng), f"{co.first.lower()}.{co.last.lower()}@example.org")
    p = Packet("t4-bank-spreadsheet-worksheet-rental-no-4506c", h.loan, received, ["irs_form_4506c"], None)
    employer = {"name": rng.choice(["Northstar Contact Solutions LLC", "Clearpath Customer Care, Inc."]),
                "street": "500 Gateway Blvd", "city": f"{home.city}, {home.state} {home.zip}",
                "phone": "(555) 014-9000"}
    earn = lambda n, s0, e0: [("Regular", 17.25, 80.0, 17.25 * 80), ("Attendance Bonus", None, None, 50.0)]  # noqa: E731
    checks = run_payroll(periods("biweekly", 2030, received, first_end=date(2030, 6, 1), lag=6), earn, 0.07,
                         (f"{home.state} State Tax", 0.04), [("Medical", 64.20, True), ("401(k)", 0.04, True)])
    ot = lambda n: 4.5 if n % 4 == 2 else 0.0  # noqa: E731
    nanny = lambda n, s0, e0: [("Regular wages", 21.50, 40.0, 860.0),  # noqa: E731
                               ("Overtime", 32.25, ot(n), 32.25 * ot(n))]
    nchecks = run_payroll(periods("weekly", 2030, received, first_end=date(2030, 6, 9), lag=5), nanny, 0.04,
                          (f"{home.state} Withholding", 0.03), [])
    rent = 1150.00
    net_rent = 950.00
    wage_b, wage_c = cents(checks[-1].gross * 26 / 12), cents(nchecks[-1].gross * 52 / 12)
    income = {"wages": (wage_b, wage_c), "rental": (net_rent, 0.0)}
    start = date(2030, 3, 28)
    signed = date(2030, 6, 12)
    condo = place(rng)
    hoa = 285.00
    bank = {"name": "Tallgrass Bank", "mail": "Loss Mitigation, 300 Prairie Ave, Emporia, KS 66801",
            "fax": "(620) 555-0177", "phone": "(620) 555-0100"}
    paper = form_tallgrass(bank, h, "increase_in_housing_expenses", start, "long_term", income, hoa,
                           f"{signed.month}/{signed.day}/{signed.year}", condo)
    p.application = app_expected(h, ["increase_in_housing_expenses"], start,
                                 {"wages": cents(wage_b + wage_c), "rental": net_rent}, signed, True)
    dashed = f"{h.loan[:4]}-{h.loan[4:8]}-{h.loan[8:]}"
    f = p.file(f"Loan {dashed} application.pdf", producer="HP Scan")
    add(p, f, "mortgage_assistance_application", paper, rng=rng,
        scan=Scan(dpi=300, skew=0.4, blur=0.35, quality=62, paper_tone=250))
    check = checks[-1]
    paper = stub_paper(lambda s, c: stub_threecol(s, c, employer, b, f"NCS-{rng.randint(1000, 9999)}", "Bi-Weekly",
                                                  f"{rng.randint(1000, 9999)}"), [check], "Pay Statement",
                       "Employee Portal")
    f = p.file(f"{b.last} paystub {check.pay_date:%m-%d-%Y}.pdf")
    add(p, f, "pay_stub", paper, fields=stub_fields(check, employer["name"], b.name, "biweekly"), when=check.pay_date)
    household = f"The {rng.choice(['Feld', 'Okafor', 'Lindgren'])} Household"
    for check in nchecks[-2:]:
        paper = stub_paper(lambda s, c: stub_household(s, c, household, "88 Orchard Lane, " + home.city, co, home),
                           [check], "Household Pay Stub", "HearthPay")
        f = p.file(f"Nanny pay {check.pay_date:%m%d}.pdf")
        add(p, f, "pay_stub", paper, fields=stub_fields(check, household, co.name, "weekly"), when=check.pay_date)
    tenant = person(rng, rng.choice("mf"), middle=False)
    tenant_home = Place(condo.street + " Unit 12B", condo.city, condo.state, condo.zip)
    f = p.file("rent checks May June.pdf", producer="HP Scan")
    scan = Scan(dpi=200, skew=0.5, blur=0.4, quality=70, noise=0.0005)
    for n, (when, dep) in enumerate(((date(2030, 5, 1), date(2030, 5, 3)), (date(2030, 6, 1), date(2030, 6, 4)))):
        s = Sheet()
        rent_check(s, tenant, tenant_home, "First Meadow Credit Union", 1041 + n, when, b.plain, rent,
                   f"{when:%B} rent 12B", dep, f"xx{rng.randint(1000, 9999)}")
        add(p, f, "rent_check", s.done(), when=when, scan=scan, rng=rng)
    s = Sheet(title="hardship letter", creator="Google Docs")
    letter_typed(s, [b.name, co.name, home.street, f"{home.city}, {home.state} {home.zip}"], signed,
                 [bank["name"], "Loss Mitigation"], "Re: request for mortgage assistance",
                 ["Dear Tallgrass Bank,",
                  "Our homeowners association approved a special assessment this spring for new roofs and siding, and "
                  "in the same month our homeowner's insurance renewed at a much higher premium, which raised the "
                  "escrow part of our payment. Together these added several hundred dollars a month to our housing "
                  "costs.",
                  "Our income has not changed, but we cannot absorb the increase. We are behind on the April and May "
                  "payments. We rent out a condo we owned before we bought this house; the rent covers that unit's "
                  "own costs and a little more.",
                  "We would like to keep our home and ask to be evaluated for a modification."],
                 "Thank you,", [b.name, co.name], sign_space=False)
    f = p.file("hardship letter.pdf")
    add(p, f, "hardship_letter", s.done(), fields={"letter_date": signed.isoformat()}, when=signed)
    s = Sheet()
    notice_on = date(2030, 3, 21)
    hoa_notice(s, f"{home.city} Commons Owners Association", notice_on, f"{b.name} and {co.name}", home, 6840.00,
               date(2030, 5, 1))
    f = p.file("HOA special assessment.pdf", producer="HP Scan")
    add(p, f, "other", s.done(), when=notice_on, scan=Scan(dpi=200, skew=0.3, blur=0.4, quality=70), rng=rng)
    return p


def build_t5(seed: int) -> Packet:
    """Form 710 typed through its AcroForm, printed, signed in ink and mailed; the servicer's mailroom stamps every
    page RECEIVED and scans the envelope and the packet at 300 dpi behind a barcode separator sheet. Complete."""
    rng = random.Random(f"t5:{seed}")
    received = date(2030, 7, 1)
    b = person(rng, "m")
    co = person(rng, "f", last=b.last)
    home = place(rng)
    h = Household(loan_number(rng), b, co, home, f"{b.first.lower()}{rng.randint(1, 99)}@example.net", phone(rng),
                  phone(rng), f"{co.first.lower()}.{co.last.lower()}@example.com")
    p = Packet("t5-form710-mailed-received-stamp-separator", h.loan, received, [], None)
    annual = rng.choice([78_000, 81_600, 86_400])
    employer = {"name": rng.choice(["Ridgeline Structural Engineers, Inc.", "Meridian Civil Design Group, LLC"]),
                "street": "310 Founders Plaza", "city": f"{home.city}, {home.state} {home.zip}",
                "phone": "(555) 016-3300"}
    salary = lambda n, s0, e0: [("Regular Salary", None, None, annual / 24)]  # noqa: E731
    checks = run_payroll(periods("semimonthly", 2030, received), salary, 0.1, (f"{home.state} Income Tax", 0.045),
                         [("Medical Pre-Tax", 142.80, True), ("401(k)", 0.06, True), ("Life Insurance", 6.45, False)])
    stubs = checks[-2:]
    weekly_ui = 412.00
    income = {"wages": cents(stubs[-1].gross * 24 / 12), "unemployment": cents(weekly_ui * 52 / 12)}
    start = date(2030, 5, 13)
    signed = date(2030, 6, 24)
    assets = (cents(rng.uniform(1500, 4000)), cents(rng.uniform(500, 2500)))
    values = form710_answers(h, ["relocation", "unemployment"], start, "long_term", income, assets)
    filled = form710_acroform(values)
    paper = form710_paper(values, hand=False, signs={"Signature_1": b.name, "Signature_2": co.name},
                          dates={"Date_3": "6/24/2030", "Date_4": "6/24/2030"}, filled=filled)
    p.application = app_expected(h, ["relocation", "unemployment"], start, income, signed, True)
    servicer = "Bayline Mortgage Servicing"
    f = p.file(f"MAILROOM_B{rng.randint(1000, 9999)}_20300701.pdf", producer="Kodak Capture Pro")
    plain = Scan(dpi=300, skew=0.2, blur=0.3, quality=74, noise=0.0002)
    stamped = Scan(dpi=300, skew=0.3, blur=0.3, quality=74, noise=0.0002,
                   stamp=("RECEIVED", "JUL 01 2030", "BAYLINE MAIL SERVICES"))
    add(p, f, "separator_sheet", separator_paper(h.loan, servicer), scan=plain, rng=rng, listed=False)
    s = Sheet(size=(9.5 * 72, 4.125 * 72))
    envelope(s, b, home, [servicer, "Attn: Loss Mitigation", "PO Box 1150", "Irving TX 75061"], date(2030, 6, 26),
             home.zip[:3])
    add(p, f, "other", s.done(), scan=stamped, rng=rng, when=date(2030, 6, 26))
    d = add(p, f, "mortgage_assistance_application", paper, scan=stamped, rng=rng, forms=True)
    d.words += ["6/24/2030"]
    letter_on = date(2030, 4, 15)
    s = Sheet()
    transfer_letter(s, employer, letter_on, b, "Senior Project Engineer", home.city, "Denver, Colorado",
                    rng.randint(410, 520), start, 7500.00, f"{rng.choice(FIRST['f'])} {rng.choice(LAST)}")
    add(p, f, "employer_relocation_letter", s.done(), fields={"letter_date": letter_on.isoformat()}, when=letter_on,
        scan=stamped, rng=rng)
    acct = f"{rng.randint(1000, 9999)}"
    paper = stub_paper(lambda s, c: stub_paytrail(s, c, employer, b, home, "Semi-Monthly", f"{rng.randint(1000, 9999)}",
                                                  "Structures", acct), stubs, "Earnings Statement")
    for n, check in enumerate(stubs):
        add(p, f, "pay_stub", paper, fields=stub_fields(check, employer["name"], b.name, "semimonthly"),
            when=check.pay_date, scan=stamped, rng=rng, pages=[n])
    bank = {"name": rng.choice(["Prairie Lantern State Bank", "Old Mill Savings Bank"]),
            "tag": "Hometown banking since 1911",
            "street": "100 Main Street", "city": f"{home.city}, {home.state} {home.zip}", "phone": "(555) 017-4000",
            "product": "Free Checking"}
    opening = cents(rng.uniform(900, 2400))
    for month in (4, 5):
        s0, e0 = date(2030, month, 1), date(2030, month + 1, 1) - timedelta(days=1)
        credits = [(c.pay_date, f"{employer['name'][:22].upper()} PAYROLL", c.net) for c in checks
                   if s0 <= c.pay_date <= e0]
        if month == 5:
            credits += [(date(2030, 5, d), "STATE UI BENEFIT DD", cents(weekly_ui * 2 * 0.9)) for d in (23,)]
        rows = ledger(rng, s0, e0, opening, credits, ["POS KWIK TRIP", "ACH XCEL ENERGY", "CHECK", "POS ALDI",
                                                      "ACH STATE FARM INS", "ATM WITHDRAWAL", "POS WALGREENS",
                                                      "ACH VERIZON WIRELESS"],
                      spend=sum(c[2] for c in credits) * rng.uniform(0.9, 1.02))
        s = Sheet(title="Statement")
        statement_community(s, bank, [b.name.upper(), co.name.upper()], home, acct, s0, e0, opening, rows)
        add(p, f, "bank_statement", s.done(), when=e0, scan=stamped, rng=rng,
            fields={"bank_name": bank["name"], "account_last4": acct, "period_start": s0.isoformat(),
                    "period_end": e0.isoformat(), "beginning_balance": opening, "ending_balance": rows[-1][3]})
        opening = rows[-1][3]
    ui_on = date(2030, 5, 20)
    s = Sheet()
    ui_letter(s, "Department of Workforce Development", ui_on, co, home, date(2030, 5, 17), weekly_ui,
              f"UI-{rng.randint(1000000, 9999999)}")
    add(p, f, "unemployment_benefit_letter", s.done(), when=ui_on, scan=stamped, rng=rng,
        fields={"letter_date": ui_on.isoformat(), "benefit_type": "unemployment"})
    return p


def build_t6(seed: int) -> Packet:
    """Form 710 filled through its AcroForm, merged by an online tool with e-statements, pay stubs and two scanned
    sheets into one file; the self-employed borrower's two statements are consecutive but the newer ended 100 days
    before receipt. Incomplete: income_doc:self_employment (stale)."""
    rng = random.Random(f"t6:{seed}")
    received = date(2030, 11, 8)
    b = person(rng, "m")
    co = person(rng, "f", last=b.last)
    home = place(rng)
    h = Household(loan_number(rng), b, co, home, f"{b.first.lower()}@example.net", phone(rng), phone(rng),
                  f"{co.first.lower()}.{co.last.lower()}@example.org")
    p = Packet("t6-form710-merged-packet-stale-business-statements", h.loan, received,
               ["income_doc:self_employment"], None)
    business = f"{rng.choice(['Precision', 'Summit', 'Blue Ridge'])} Mobile Detailing LLC"
    plant = {"name": rng.choice(["Heartland Foods Processing Co.", "Great River Packaging Corp."]),
             "street": "4000 Industrial Dr", "city": f"{home.city}, {home.state} {home.zip}"}
    ot = {21: 6.0}
    earn = lambda n, s0, e0: [("Regular hours", 19.60, 80.0, 19.60 * 80)] + (  # noqa: E731
        [("Overtime 1.5", 29.40, ot[n], 29.40 * ot[n])] if n in ot else [])
    checks = run_payroll(periods("biweekly", 2030, received, first_end=date(2030, 10, 26), lag=6), earn, 0.07,
                         (f"{home.state} state income tax", 0.04),
                         [("Medical plan", 88.15, True), ("401(k) 4%", 0.04, True)])
    stubs = checks[-2:]
    se = rng.choice([3900.00, 4150.00, 3650.00])
    income = {"wages": cents(stubs[-1].gross * 26 / 12), "self_employment": se}
    start = date(2030, 5, rng.randint(18, 26))
    signed = date(2030, 11, 3)
    assets = (cents(rng.uniform(200, 900)), cents(rng.uniform(0, 300)))
    values = form710_answers(h, ["other"], start, "long_term", income, assets)
    values["Text_9"] = "Business checking emptied by check fraud in May; bank returned only part."
    values["Text_10"] = "Lost two fleet contracts while the account was frozen."
    values["Date_3"] = values["Date_4"] = us(signed)
    app_pdf = form710_acroform(values, {"Signature_1": b.name, "Signature_2": co.name}, rng)
    p.application = app_expected(h, ["other"], start, income, signed, True)
    f = p.file(f"{h.loan} complete packet.pdf", producer="PDFjoin Online 4.1")
    d = p.doc("mortgage_assistance_application")
    d.words = [str(v) for v in values.values() if isinstance(v, str)]
    f.digital(d, app_pdf)
    gray = Scan(dpi=200, skew=0.6, blur=0.4, quality=68, noise=0.0006)
    s = Sheet()
    letter_typed(s, [b.name, home.street, f"{home.city}, {home.state} {home.zip}", h.phone], signed,
                 ["Redwater Loan Servicing", "Loss Mitigation Department"], f"Hardship letter - loan {h.loan}",
                 ["To the loss mitigation team:",
                  f"I own {business}, a two-van mobile detailing business. In May someone forged checks on my business "
                  "account and emptied it. The bank froze the account for five weeks while it investigated and in "
                  "the end returned only part of the money.",
                  "While the account was frozen I could not pay my supplier or my part-time helper, and two fleet "
                  "customers moved their contracts. My business income has been lower since then. My wife works full "
                  "time at a packaging plant; her pay stubs are included.",
                  "We fell behind in June. We want to keep our home and ask to be reviewed for a modification."],
                 "Sincerely,", [b.name])
    add(p, f, "hardship_letter", s.done(), fields={"letter_date": signed.isoformat()}, when=signed, scan=gray, rng=rng)
    paper = form4506c_paper(b, co, home, {"name": "Redwater Loan Servicing", "phone": "8005550166",
                                          "street": "1200 Harbor Blvd", "city_only": "Long Beach", "state": "CA",
                                          "zip": "90802"}, [2029, 2028], "11/03/2030", h.phone)
    add(p, f, "irs_form_4506c", paper, fields={"signed": True, "signed_on": signed.isoformat()}, when=signed,
        scan=gray, rng=rng)
    bank = {"name": rng.choice(["Bluepoint Bank", "Northwind Direct Bank"])}
    acct = f"{rng.randint(1000, 9999)}"
    opening = cents(rng.uniform(1200, 3000))
    for month in (6, 7):
        s0, e0 = date(2030, month, 1), date(2030, month + 1, 1) - timedelta(days=1)
        kinds = ["SQUARE DEPOSIT", "MOBILE CHECK DEPOSIT", "ZELLE FROM CUSTOMER"]
        credits = [(s0 + timedelta(days=d), rng.choice(kinds),
                    cents(rng.uniform(280, 900))) for d in range(2, 29, 3)]
        rows = ledger(rng, s0, e0, opening, credits, ["DETAIL SUPPLY CO", "SHELL OIL", "PROGRESSIVE INS",
                                                      "VERIZON BUSINESS", "AUTOZONE", "OWNER TRANSFER"],
                      spend=sum(c[2] for c in credits) * rng.uniform(0.92, 1.0))
        s = Sheet(title=f"Statement {e0:%Y-%m}")
        statement_online(s, bank, business, home, acct, s0, e0, opening, rows)
        add(p, f, "bank_statement", s.done(), when=e0,
            fields={"bank_name": bank["name"], "account_last4": acct, "period_start": s0.isoformat(),
                    "period_end": e0.isoformat(), "beginning_balance": opening, "ending_balance": rows[-1][3]})
        opening = rows[-1][3]
    paper = stub_paper(lambda s, c: stub_remuneration(s, c, plant, co, f"{rng.randint(100000, 999999)}", "PKG-LINE3",
                                                      bank["name"], f"{rng.randint(1000, 9999)}"), stubs,
                       "Remuneration Statement")
    for n, check in enumerate(stubs):
        add(p, f, "pay_stub", paper, fields=stub_fields(check, plant["name"], co.name, "biweekly"),
            when=check.pay_date, pages=[n])
    return p


BUILDERS = [build_t1, build_t2, build_t3, build_t4, build_t5, build_t6]


# --- writing and checking ------------------------------------------------------------------------------------------


def write_packet(p: Packet, out: Path, seed: int) -> dict:
    root = out / p.name
    if root.exists():
        for path in sorted(root.rglob("*"), reverse=True):
            path.unlink() if path.is_file() else path.rmdir()
    (root / "inbox").mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{p.name}:{seed}:scan")
    when = datetime(p.received.year, p.received.month, p.received.day, 9, 30)
    for f in p.files:
        f.write(root / "inbox", rng, when)
    expected = expected_json(p)
    (root / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return expected


def _variants(name: str, value) -> list[str]:
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, float | int):
        return [money(value), f"{value:.2f}"]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        d = date.fromisoformat(value)
        return [us(d), f"{d.month}/{d.day}/{d.year}", long_date(d), f"{d:%b} {d.day}, {d.year}", f"{d:%m/%d/%y}",
                f"{d:%B} {d.day}", f"{d:%b} {d.day:02d}"]
    return [value]


def _printed(name: str, value, text: str) -> bool:
    variants = _variants(name, value)
    if not variants:
        return True
    if name in ("borrower_name", "co_borrower_name", "employer", "employee_name", "bank_name", "property_address"):
        tokens = [t for t in "".join(ch if ch.isalnum() else " " for ch in str(value).lower()).split()]
        return all(t in text for t in tokens)
    return any(v.lower() in text for v in variants)


VALID_CODES = ({"application", "application_signature", "irs_form_4506c"}
               | {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
               | {f"income_doc:{c}" for c in INCOMES if c != "unemployment"}
               | {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                                "separation_unmarried", "death", "relocation", "other")})


def check_packet(p: Packet, exp: dict, root: Path) -> list[str]:
    """The expected.json of one packet against the spec's rules and against what its files really hold."""
    bad: list[str] = []
    received = date.fromisoformat(exp["received_on"])
    if sorted(exp["missing"]) != sorted(p.intended):
        bad.append(f"the rules give {exp['missing']}, the scenario is built for {p.intended}")
    bad += [f"unknown code {c}" for c in exp["missing"] if c not in VALID_CODES]
    if (exp["status"] == "complete") != (not exp["missing"]):
        bad.append("status disagrees with missing")
    due = date.fromisoformat(exp["acknowledgment_due"])
    days = [received + timedelta(days=n) for n in range(1, (due - received).days + 1)]
    business = [d for d in days if d.weekday() < 5 and d not in legal_public_holidays(d.year)]
    if len(business) != 5 or business[-1] != due:
        bad.append(f"acknowledgment_due {due} is not 5 business days after {received}")
    app = exp["application"]
    app_doc = next(d for d in p.docs if d.type == "mortgage_assistance_application")
    app_text = " ".join(app_doc.words).lower()
    if app:
        if app["occupancy"] not in OCCUPANCY or not set(app["hardship_types"]) <= set(HARDSHIPS):
            bad.append("application codes")
        lines = {k: v for k, v in app["income"].items() if k != "total"}
        if not set(lines) <= set(INCOMES) or (lines and abs(app["income"]["total"] - sum(lines.values())) > 0.005):
            bad.append("application income")
        for key in ("signed_on", "hardship_start_date"):
            if app[key] and date.fromisoformat(app[key]) > received:
                bad.append(f"application {key} after receipt")
        for key, value in app.items():
            if key == "income":
                bad += [f"application income {k} {v} not on the form" for k, v in value.items()
                        if k != "total" and not _printed(k, v, app_text)]
            elif key not in ("occupancy", "hardship_types", "signed", "co_borrower_signed") and not _printed(
                    key, value, app_text):
                bad.append(f"application {key} {value!r} not on the form")
    seen: set[tuple[str, int]] = set()
    for doc in exp["documents"]:
        if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
            bad.append(f"{doc['id']} type {doc['type']}")
        for ref in doc["pages"]:
            key = (ref["file"], ref["page"])
            if key in seen:
                bad.append(f"page {key} in two documents")
            seen.add(key)
            reader = PdfReader(root / "inbox" / ref["file"])
            if ref["page"] > len(reader.pages):
                bad.append(f"{doc['id']} page {key} beyond the file")
                continue
            has_text = bool(reader.pages[ref["page"] - 1].extract_text().strip())
            if has_text == doc["scanned"]:
                bad.append(f"{doc['id']} page {key}: scanned={doc['scanned']} but text layer={has_text}")
        fields = doc["fields"]
        for key, value in fields.items():
            if isinstance(value, str) and len(value) == 10 and value[4] == "-" and date.fromisoformat(value) > received:
                bad.append(f"{doc['id']} {key} after receipt")
        if doc["type"] == "pay_stub":
            n = PERIODS[fields["frequency"]]
            if abs(fields["monthly_gross"] - cents(fields["gross_current"] * n / 12)) > 0.005:
                bad.append(f"{doc['id']} monthly_gross")
            span = (date.fromisoformat(fields["period_end"]) - date.fromisoformat(fields["period_start"])).days + 1
            if span not in {"weekly": (7,), "biweekly": (14,), "semimonthly": (13, 14, 15, 16),
                            "monthly": (28, 29, 30, 31)}[fields["frequency"]]:
                bad.append(f"{doc['id']} period of {span} days for {fields['frequency']}")
            if fields["gross_ytd"] is not None and fields["gross_ytd"] + 0.005 < fields["gross_current"]:
                bad.append(f"{doc['id']} ytd below current")
            if not 0 < fields["net_current"] < fields["gross_current"]:
                bad.append(f"{doc['id']} net")
        if doc["type"] == "bank_statement" and fields["period_start"] > fields["period_end"]:
            bad.append(f"{doc['id']} period")
    for d in p.docs:
        if d.listed:
            text = " ".join(d.words).lower()
            for key, value in d.fields.items():
                if key not in ("monthly_gross", "frequency", "benefit_type") and not _printed(key, value, text):
                    bad.append(f"{d.type} {key} {value!r} is not printed on it")
        else:
            seen |= {(f, pg) for _, f, pg in d.refs}
    for f in p.files:
        count = len(PdfReader(root / "inbox" / f.rel).pages)
        bad += [f"{f.rel} page {n} belongs to no document" for n in range(1, count + 1) if (f.rel, n) not in seen]
    return bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write the packets into")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--check", action="store_true", help="validate each expected.json against the rules")
    args = parser.parse_args(argv)
    if not FORM710.is_file():
        print(f"Form 710 not found at {FORM710}; set LOSSMIT_SHARED", file=sys.stderr)
        return 2
    started = time.perf_counter()
    failures = 0
    for build in BUILDERS:
        t0 = time.perf_counter()
        packet = build(args.seed)
        expected = write_packet(packet, args.out, args.seed)
        pages = sum(len(d["pages"]) for d in expected["documents"])
        print(f"{packet.name}: {expected['status']} {expected['missing']} - {len(expected['documents'])} documents, "
              f"{pages} pages, received {expected['received_on']}, acknowledgment due "
              f"{expected['acknowledgment_due']} ({time.perf_counter() - t0:.1f} s)")
        if args.check:
            problems = check_packet(packet, expected, args.out / packet.name)
            failures += len(problems)
            for problem in problems:
                print(f"    CHECK: {problem}")
    print(f"wrote {len(BUILDERS)} packets to {args.out} in {time.perf_counter() - started:.1f} s"
          + (f"; check: {failures} problem(s)" if args.check else ""))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
