"""A twenty-seventh holdout set of borrower packets (aa1..aa8), laid out unlike the shared samples and unlike the a
(first), b, c, ... y and z sets, written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_aa.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are single born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.6 degrees at most,
a little blurred and speckled, JPEG, no text layer) or one plain fax, and the hand-written parts are signatures and
a few dates.

Applications: the real Form 710 (April 2023) typed through its AcroForm in two packets - signed on the screen with a
drawn signature and the date typed into its field, e-mailed (aa1); printed, signed and dated in ink by the borrower
while his wife, named as co-borrower, left her signature and date lines empty, then faxed (aa5). Three servicers'
own forms, each typed in its PDF and signed on the screen in one packet and printed, signed in ink and scanned in
another: Ferncliff Mutual Mortgage Servicing's two-page "Homeowner Workout Application" (FM-220: a green letterhead
in serif capitals, numbered green section bands, every answer in a bordered box with its caption in small capitals
inside the box's top-left corner, APPLICANT and CO-APPLICANT answering side by side in two columns, "How is the home
used?" - "We live here as our main home / Vacation or second home / Rented out to tenants", its own reasons such as
"Pay cut, fewer hours or lost overtime" and "Illness, injury or disability (you or a dependent)", "Date the problem
began", an income table of eight sources with an APPLICANT and a CO-APPLICANT "$ / month" column and a "Combined
monthly income, both applicants" row, "Applicant's signature" / "Date signed" boxes) - aa2 on screen, aa8 in ink;
Marrowstone Bay Mortgage's one-page "Payment Help Short Form" (MBM-SF1: a teal title bar, small italic captions
ABOVE writing lines, answers in Courier, round bubbles filled in, "This home is: where I live full-time / a second
home / a rental property", ten short reasons in three columns - "Lost my job", "Earning less", "Other: ___" -, "When
did this start?", household income in two columns of "$ ____" lines with a "Total monthly income", "X ____ Borrower
signs here" and "Today's date") - aa3 in ink, aa4 on screen; Ashgrove Trust Servicing's two-page "Application for
Home Retention Options" (ATS-410: a maroon-ruled serif letterhead, a ruled table of numbered questions 1..13 with the
answers typed in a right-hand "Your answer" column, "Who lives in the property?" answered with boxes - "I / we do -
it is our principal home" ..., the reasons as a boxed list in one answer cell, question 14 "Monthly gross income,
listed by person" as a Borrower block and a Co-borrower block of eight rows each and a "Household total, all
persons", "Signed on (mm/dd/yyyy)" under the signature line) - aa6 on screen, aa7 in ink.

Pay: a state payroll office's bi-weekly "EARNINGS STATEMENT" for a correction officer at a state prison (captioned
cells for agency / facility, period begin and end and pay date, hours and rates with YTD, taxes and deductions in a
second column, four totals tiles, a leave line, a detachable non-negotiable "DIRECT DEPOSIT ADVICE"); a payroll
service's "PAY STUB" for fast-food franchisees (a grey employee panel down the left - position, pay rate, period,
pay date - hours and earnings, taxes withheld and other deductions with This period / Year to date, a This check /
Year to date strip of gross, taxes, deductions and net), weekly for a breakfast restaurant's shift manager and
bi-weekly with credit card tips for a pizza restaurant's assistant manager; a harbour hotel's semi-monthly salaried
"STATEMENT OF EARNINGS" (a dark title strip, three shaded date cells "Period beginning / Period ending / Check date",
one ledger of earnings, taxes and deductions as negatives with Current and Year-to-Date, a boxed NET PAY); a trucking
company's weekly "DRIVER SETTLEMENT STATEMENT" (driver, truck, "Week of ... to ...", "Paid on", a load table with
miles, mileage pay at cents per mile, stop and detention pay, withholding in parentheses, "Net pay deposited"); and
electrical contractors' bi-weekly "Employee Pay Stub" from desktop accounting software ("Pay Period: mm/dd/yyyy -
mm/dd/yyyy", "Pay Date:", Earnings / Taxes / Adjustments tables with "YTD Amount", union dues). Every year-to-date
figure is the sum of that year's checks. Statements: a cooperative bank's two-page "COMBINED STATEMENT OF ACCOUNTS"
for a self-employed painter (small business checking with "Opening balance on May 1, 2032" / "Closing balance on May
31, 2032" and a running balance, a linked business savings summarized on page 2; the expected values are the
checking account's) and a savings bank's one-page statement ("Cycle: 07/01/2032 to 07/31/2032", "Account ending in
NNNN", "Last statement balance" / "This statement balance", Credits and Debits columns). Letters and papers: typed
hardship letters in ordinary borrowers' words (unsigned when e-mailed, signed in ink when scanned or faxed), the
VA's benefits summary letter (non-taxable, monthly), Social Security's benefit letter and a paper workers' pension
fund's letter (taxable, monthly), a group disability insurer's long term disability approval (taxable, monthly),
two states' unemployment benefit award notices (weekly amounts), page 1 of the real IRS Form 4506-C (Rev. 10-2022)
typed over in a PDF editor and signed on the screen, a public library's fax cover and the mailroom's Code 128
"LOAN <number>" separator sheet (neither is a document). Co-borrowers in aa2, aa4, aa5, aa7 and aa8.

Deliveries: a folder named after the loan of e-mailed born-digital files (aa1, aa6); loose born-digital files named
"<loan>_..." (aa2); a folder named after the loan holding one 200 dpi scan per paper under the scanner's names
(aa3); loose born-digital files named "<Surname> <loan> - ..." (aa4); one fine-mode fax (200 dpi, black and white,
the sender's header line with page numbers) behind a cover sheet, under the fax server's name (aa5); one 240 dpi grey
scan of the whole packet without a separator, its name carrying the loan number (aa7); one 300 dpi grey scan of the
whole packet behind the separator sheet under the mailroom's name (aa8).

Complete: aa1 (a fresh bi-weekly stub with year-to-date pay; a reduction in income needs no papers), aa2 (fresh
weekly stubs; the VA letter for the co-borrower's non-taxable benefit; the letter for the illness), aa6 (two
consecutive fresh statements for the self-employment, the signed 4506-C), aa8 (the wife's fresh stubs; unemployment
income and the unemployment hardship need nothing). Incomplete: aa3 "Other" (identity theft) is marked on the short
form but no letter explaining it came (hardship_doc:other); aa4 the driver's settlements were paid in January and
the packet arrived in May, more than 90 days later, and no bank statements came (income_doc:wages); aa5 the
co-borrower named on Form 710 did not sign or date it (application_signature); aa7 child support is claimed but only
one month's bank statement shows it and nothing else gives its amount and frequency (income_doc:other), while the
stub and the insurer's letter document the wages and the disability benefit.

This set is standalone: people, pens (a quick signature with large slanted initials, dates written with an oblique
system font jittered glyph by glyph), printer, scanner, fax and the checklist (`missing_codes`,
shared/spec/checklist.md) are written here; only tests/pdf_factory.py's Form 710 filler and barcode maker and
tests/sample_compare.py are borrowed. Expected status and codes follow from the values drawn and must equal each
scenario's intended codes; a different seed changes amounts, signatures and noise but never the scenario.
`--check` confirms expected.json's keys and per-type fields, status against codes, income totals, pay-stub periods
and monthly gross, that every page of every file belongs to exactly one document (fax cover and separator aside),
that `scanned` matches the pages' text layers, that born-digital documents print their key values, that
expected.json scores perfectly against itself through tests/sample_compare.compare, and that a rebuild with the same
seed gives the same bytes. Received dates fall in 2032. All people, employers, banks and servicers are fictional
(the VA, the Social Security Administration and the IRS form aside).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from pdf_factory import REFERENCE, barcode_image, form710_filled  # noqa: E402
from sample_compare import compare  # noqa: E402

W, H = letter
CENT = Decimal("0.01")
YEAR = 2032
FOOTER = "synthetic test document - all people, firms and numbers are fictional"
FORM4506C_BLANK = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"

_FONTS = {
    "Hand": "/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf",
    "Hand2": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf",
}
for _name, _file in _FONTS.items():
    pdfmetrics.registerFont(TTFont(_name, _file))

BLUE_INK = Color(0.10, 0.16, 0.52)
BLACK_INK = Color(0.08, 0.08, 0.12)


# --- money, dates ---------------------------------------------------------------------------------------


def D(value: Any) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def money(value: Any) -> str:
    return f"{D(value):,.2f}"


def usd(value: Any) -> str:
    return "$" + money(value)


def iso(day: dt.date) -> str:
    return day.isoformat()


def mdy(day: dt.date) -> str:
    return day.strftime("%m/%d/%Y")


def long_date(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def short_month(day: dt.date) -> str:
    return f"{day.strftime('%b')} {day.day}, {day.year}"


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- born-digital pages ---------------------------------------------------------------------------------


def new_canvas(size: tuple[float, float] = letter, title: str = "") -> tuple[io.BytesIO, canvas.Canvas]:
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=size, invariant=1, pageCompression=1)
    pdf.setTitle(title)
    pdf.setAuthor("")
    pdf.setProducer("")
    pdf.setCreator("")
    return buf, pdf


def footer(pdf: canvas.Canvas, size: tuple[float, float] = letter) -> None:
    pdf.saveState()
    pdf.setFont("Helvetica", 5.5)
    pdf.setFillGray(0.72)
    pdf.drawCentredString(size[0] / 2, 4, FOOTER)
    pdf.restoreState()


def finish(buf: io.BytesIO, pdf: canvas.Canvas) -> bytes:
    pdf.save()
    return buf.getvalue()


def text_block(pdf: canvas.Canvas, x: float, y: float, lines: list[str], font: str = "Helvetica",
               size: float = 10.0, leading: float | None = None) -> float:
    """Draw lines from the baseline y downward; return the next baseline."""
    leading = leading or size * 1.32
    pdf.setFont(font, size)
    for line in lines:
        pdf.drawString(x, y, line)
        y -= leading
    return y


def wrap(text: str, width: float, font: str = "Helvetica", size: float = 10.0) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        trial = f"{line} {word}".strip()
        if pdfmetrics.stringWidth(trial, font, size) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


def paragraph(pdf: canvas.Canvas, x: float, y: float, text: str, width: float, font: str = "Helvetica",
              size: float = 10.0, leading: float | None = None) -> float:
    return text_block(pdf, x, y, wrap(text, width, font, size), font, size, leading)


def box(pdf: canvas.Canvas, x: float, y: float, w: float, h: float, checked: bool, mark: str = "x") -> None:
    """A small check box with its lower-left corner at x, y; `mark` x or tick when checked."""
    pdf.saveState()
    pdf.setLineWidth(0.7)
    pdf.rect(x, y, w, h)
    if checked:
        pdf.setLineWidth(1.2)
        if mark == "tick":
            pdf.lines([(x + w * 0.18, y + h * 0.5, x + w * 0.42, y + h * 0.2),
                       (x + w * 0.42, y + h * 0.2, x + w * 0.85, y + h * 0.88)])
        else:
            pdf.line(x + 2, y + 2, x + w - 2, y + h - 2)
            pdf.line(x + 2, y + h - 2, x + w - 2, y + 2)
    pdf.restoreState()


# --- a hand: signatures and written dates ----------------------------------------------------------------


def signature(pdf: canvas.Canvas, x: float, y: float, width: float, name: str, rng: random.Random,
              ink: Color = BLUE_INK, height: float = 16.0) -> None:
    """A quick joined signature: each initial written large and slanted, the rest of the name run out in
    waves of the hand, one underline stroke under it all."""
    pdf.saveState()
    pdf.setStrokeColor(ink)
    pdf.setFillColor(ink)
    pdf.setLineWidth(1.0)
    pdf.setLineCap(1)
    pdf.setLineJoin(1)
    parts = [p for p in name.replace(".", "").split() if p]
    words = [parts[0], parts[-1]] if len(parts) > 1 else parts
    cursor = x
    for k, word in enumerate(words):
        size = height * rng.uniform(1.45, 1.75)
        pdf.saveState()
        pdf.translate(cursor, y + rng.uniform(-1, 1))
        pdf.rotate(rng.uniform(-6, 4))
        pdf.setFont("Hand2", size)
        pdf.drawString(0, 0, word[0].upper())
        pdf.restoreState()
        px = cursor + pdfmetrics.stringWidth(word[0].upper(), "Hand2", size) * 0.9
        path = pdf.beginPath()
        path.moveTo(px - 2, y + height * 0.15)
        share = 0.28 if k == 0 and len(words) > 1 else 0.55
        waves = max(2, min(8, len(word) - 1))
        step = width * share / waves
        for _ in range(waves):
            amp = height * rng.uniform(0.25, 0.6)
            path.curveTo(px + step * rng.uniform(0.2, 0.4), y + amp, px + step * rng.uniform(0.5, 0.7),
                         y + rng.uniform(-1.5, 1), px + step, y + amp * rng.uniform(0.15, 0.5))
            px += step
        pdf.drawPath(path, stroke=1, fill=0)
        cursor = px + rng.uniform(4, 9)
    tail = pdf.beginPath()
    tail.moveTo(x + rng.uniform(-3, 6), y - 4)
    tail.curveTo(x + width * 0.3, y - 7, x + width * 0.6, y - 2, min(cursor, x + width), y - 5)
    pdf.drawPath(tail, stroke=1, fill=0)
    pdf.restoreState()


def handwrite(pdf: canvas.Canvas, x: float, y: float, text: str, rng: random.Random, size: float = 11.0,
              ink: Color = BLUE_INK) -> None:
    """Writing by hand: each glyph of an oblique face nudged, turned and sized a little on its own."""
    pdf.saveState()
    pdf.setFillColor(ink)
    cursor = x
    for ch in text:
        s = size * rng.uniform(0.94, 1.08)
        pdf.saveState()
        pdf.translate(cursor, y + rng.uniform(-0.8, 0.8))
        pdf.rotate(rng.uniform(-4, 4))
        pdf.setFont("Hand", s)
        pdf.drawString(0, 0, ch)
        pdf.restoreState()
        cursor += pdfmetrics.stringWidth(ch, "Hand", s) * rng.uniform(1.02, 1.12)
    pdf.restoreState()


def overlay(base: bytes, marks: dict[int, Any]) -> bytes:
    """Stamp drawings onto pages of a PDF: marks maps a page index to a function drawing on a canvas."""
    reader = PdfReader(io.BytesIO(base))
    writer = PdfWriter(clone_from=reader)
    for index, draw in marks.items():
        page = writer.pages[index]
        size = (float(page.mediabox.width), float(page.mediabox.height))
        buf, pdf = new_canvas(size)
        draw(pdf)
        pdf.showPage()
        stamp = PdfReader(io.BytesIO(finish(buf, pdf))).pages[0]
        page.merge_page(stamp)
    return write_pdf(writer)


def write_pdf(writer: PdfWriter) -> bytes:
    writer.add_metadata({"/Producer": "", "/Creator": ""})
    writer._ID = None
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def join_pdfs(parts: list[bytes]) -> bytes:
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    return write_pdf(writer)


def page_count(data: bytes) -> int:
    return len(PdfReader(io.BytesIO(data)).pages)


# --- a scanner and a fax --------------------------------------------------------------------------------


def render(data: bytes, dpi: int, forms: bool = False) -> list[Image.Image]:
    document = pdfium.PdfDocument(data)
    if forms:
        document.init_forms()
    images = []
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=forms)
            images.append(bitmap.to_pil().convert("L"))
    finally:
        document.close()
    return images


def _apply_speck(image: Image.Image, speck: Image.Image) -> Image.Image:
    return ImageChops.subtract(image, speck)


def scan_image(image: Image.Image, rng: random.Random, paper: int = 236, tilt: float | None = None) -> Image.Image:
    """A sheet on the glass: a grey paper tone, a slight turn, a little blur and speckle."""
    angle = tilt if tilt is not None else rng.uniform(-0.6, 0.6)
    toned = image.point(lambda v: int(18 + v * (paper - 18) / 255))
    turned = toned.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=paper)
    soft = turned.filter(ImageFilter.GaussianBlur(0.45))
    return _apply_speck(soft, _speckle(soft.size, rng, 1500))


def _speckle(size: tuple[int, int], rng: random.Random, per: int) -> Image.Image:
    w, h = size
    speck = Image.new("L", size, 0)
    px = speck.load()
    for _ in range(w * h // per):
        px[rng.randrange(w), rng.randrange(h)] = rng.randrange(20, 70)
    return speck.filter(ImageFilter.BoxBlur(0.6))


def images_to_pdf(images: list[Image.Image], dpi: float | tuple[float, float], jpeg: bool = True) -> bytes:
    """Wrap page images into an image-only PDF (no text layer), one page each."""
    xdpi, ydpi = (dpi, dpi) if not isinstance(dpi, tuple) else dpi
    buf, pdf = new_canvas()
    for image in images:
        w_pt, h_pt = image.size[0] * 72 / xdpi, image.size[1] * 72 / ydpi
        pdf.setPageSize((w_pt, h_pt))
        if jpeg:
            raw = io.BytesIO()
            image.save(raw, "JPEG", quality=72, optimize=False)
            raw.seek(0)
            pdf.drawImage(ImageReader(raw), 0, 0, width=w_pt, height=h_pt)
        else:
            pdf.drawImage(ImageReader(image.convert("L")), 0, 0, width=w_pt, height=h_pt)
        pdf.showPage()
    return finish(buf, pdf)


def scanned(data: bytes, rng: random.Random, dpi: int = 200, forms: bool = False) -> bytes:
    """Print a born-digital PDF and scan it back: grey JPEG pages, no text layer."""
    return images_to_pdf([scan_image(im, rng) for im in render(data, dpi, forms)], dpi)


# --- the people and the application ---------------------------------------------------------------------

HARDSHIPS = ("unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster",
             "disability_or_illness", "divorce_or_separation", "separation_unmarried", "death", "relocation", "other")
INCOMES = ("wages", "self_employment", "unemployment", "benefits_taxable", "benefits_nontaxable", "rental",
           "investment", "other")
OCCUPANCIES = ("primary_residence", "second_home", "investment_property")


@dataclass
class Person:
    name: str
    ssn4: str
    phone: str
    email: str


@dataclass
class App:
    loan: str
    borrower: Person
    co: Person | None
    street: str
    city: str
    state: str
    zip: str
    occupancy: str | None
    hardships: list[str]
    hardship_start: dt.date | None
    income: dict[str, dict[str, Decimal]]  # income code -> {"b": borrower amount, "c": co-borrower amount}
    signed_on: dt.date | None
    co_signed_on: dt.date | None
    other_text: str = ""
    long_term: bool = False

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    def amount(self, code: str, who: str | None = None) -> Decimal:
        parts = self.income.get(code, {})
        if who:
            return D(parts.get(who, 0))
        return D(sum(parts.values(), Decimal(0)))

    @property
    def total(self) -> Decimal:
        return D(sum((self.amount(c) for c in INCOMES), Decimal(0)))

    def expected(self) -> dict[str, Any]:
        income = {c: float(self.amount(c)) for c in INCOMES if self.amount(c) > 0}
        income["total"] = float(self.total)
        return {
            "loan_number": self.loan,
            "borrower_name": self.borrower.name,
            "co_borrower_name": self.co.name if self.co else None,
            "ssn_last4": self.borrower.ssn4,
            "property_address": self.address,
            "occupancy": self.occupancy,
            "hardship_types": [h for h in HARDSHIPS if h in self.hardships],
            "hardship_start_date": iso(self.hardship_start) if self.hardship_start else None,
            "income": income,
            "signed": self.signed_on is not None,
            "signed_on": iso(self.signed_on) if self.signed_on else None,
            "co_borrower_signed": (self.co_signed_on is not None) if self.co else None,
        }


def sign_slot(pdf: canvas.Canvas, mode: str, rng: random.Random, name: str, when: dt.date | None,
              sig_xy: tuple[float, float], date_xy: tuple[float, float], width: float = 150,
              date_text: str | None = None, date_size: float = 10.5) -> None:
    """Sign and date one signature line. mode "screen": a signature drawn with a finger or mouse in black and
    the date typed; "ink": signed in blue ink and the date written by hand. Nothing when `when` is None."""
    if when is None:
        return
    text = date_text or mdy(when)
    if mode == "screen":
        signature(pdf, sig_xy[0], sig_xy[1], width, name, rng, ink=BLACK_INK, height=13)
        pdf.setFont("Helvetica", date_size)
        pdf.setFillGray(0)
        pdf.drawString(date_xy[0], date_xy[1], text)
    else:
        signature(pdf, sig_xy[0], sig_xy[1], width, name, rng, ink=BLUE_INK)
        handwrite(pdf, date_xy[0], date_xy[1], text, rng, size=12)


# --- the real Form 710 ----------------------------------------------------------------------------------

F710_HARDSHIP = dict(zip(HARDSHIPS, (f"Checkbox_{n}" for n in range(41, 51)), strict=True))
F710_INCOME = dict(zip(INCOMES, (f"Number_{n}" for n in range(2, 10)), strict=True))
F710_OCCUPANCY = dict(zip(OCCUPANCIES, ("Checkbox_24", "Checkbox_25", "Checkbox_26"), strict=True))


def form710(app: App, mode: str, rng: random.Random, checking: Decimal) -> bytes:
    """Form 710 typed through its AcroForm; signed on the screen (date typed into its field) or, for
    printing, signatures and dates left to the pen (drawn in ink over the page)."""
    b, c = app.borrower, app.co
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": b.name, "Text_3": b.ssn4, "Email_1": b.email,
        "US_Phone_Number_1": b.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, "Checkbox_27": True, "Checkbox_30": True, "Checkbox_35": True,
        "Checkbox_37": True, "Checkbox_39" if app.long_term else "Checkbox_38": True,
        "Number_10": money(checking),
    }
    if c:
        values.update({"Text_4": c.name, "Text_5": c.ssn4, "Email_2": c.email, "US_Phone_Number_3": c.phone,
                       "Checkbox_9": True})
    if app.occupancy:
        values[F710_OCCUPANCY[app.occupancy]] = True
    if app.hardship_start:
        values["Date_1"] = mdy(app.hardship_start)
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for code in INCOMES:
        if app.amount(code) > 0:
            values[F710_INCOME[code]] = money(app.amount(code))
    if mode == "screen":
        if app.signed_on:
            values["Date_3"] = mdy(app.signed_on)
        if c and app.co_signed_on:
            values["Date_4"] = mdy(app.co_signed_on)
    data = form710_filled(values)

    def ink(pdf: canvas.Canvas) -> None:
        if app.signed_on:
            signature(pdf, 170, 348, 170, b.name, rng, ink=BLACK_INK if mode == "screen" else BLUE_INK)
            if mode != "screen":
                handwrite(pdf, 432, 347, mdy(app.signed_on), rng, size=12)
        if c and app.co_signed_on:
            signature(pdf, 180, 310, 170, c.name, rng, ink=BLACK_INK if mode == "screen" else BLUE_INK)
            if mode != "screen":
                handwrite(pdf, 432, 309, mdy(app.co_signed_on), rng, size=12)

    def foot(pdf: canvas.Canvas) -> None:
        footer(pdf)

    marks = {i: foot for i in range(4)}
    marks[3] = lambda pdf: (ink(pdf), footer(pdf))
    return overlay(data, marks)


# --- Ferncliff Mutual Mortgage Servicing: "Homeowner Workout Application" (FM-220) ----------------------

FM_OCC = (("primary_residence", "We live here as our main home"), ("second_home", "Vacation or second home"),
          ("investment_property", "Rented out to tenants"))
FM_REASONS = (
    ("unemployment", "Lost a job or was laid off"),
    ("reduction_in_income", "Pay cut, fewer hours or lost overtime"),
    ("increase_in_housing_expenses", "Housing costs went up (taxes, insurance, HOA)"),
    ("disaster", "Fire, flood, storm or other disaster"),
    ("disability_or_illness", "Illness, injury or disability (you or a dependent)"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Co-owners split up (not married to each other)"),
    ("death", "A borrower or household wage earner died"),
    ("relocation", "Job moved us far away / relocation"),
    ("other", "Something else (tell us below)"),
)
FM_INCOME = (
    ("wages", "Paychecks from an employer (wages, overtime, tips, bonus)"),
    ("self_employment", "Own business or self-employment (net)"),
    ("unemployment", "Unemployment benefits"),
    ("benefits_taxable", "Social Security, pension, disability - taxable"),
    ("benefits_nontaxable", "Social Security or disability - not taxable"),
    ("rental", "Rent received from tenants (after expenses)"),
    ("investment", "Investment or insurance income"),
    ("other", "Alimony, child support or other income"),
)
FERN_GREEN = Color(0.16, 0.36, 0.30)


def cap_box(pdf: canvas.Canvas, x: float, top: float, w: float, h: float, caption: str, value: str = "",
            size: float = 10.5) -> None:
    """A bordered answer box with its caption in small capitals inside the top-left corner."""
    pdf.saveState()
    pdf.setLineWidth(0.6)
    pdf.setStrokeColor(FERN_GREEN)
    pdf.rect(x, top - h, w, h)
    pdf.setFillColor(FERN_GREEN)
    pdf.setFont("Helvetica", 6.3)
    pdf.drawString(x + 3, top - 8, caption.upper())
    pdf.setFillGray(0)
    if value:
        pdf.setFont("Helvetica", size)
        pdf.drawString(x + 5, top - h + 5, value)
    pdf.restoreState()


def fm_band(pdf: canvas.Canvas, y: float, text: str) -> None:
    pdf.saveState()
    pdf.setFillColor(FERN_GREEN)
    pdf.rect(36, y - 4, W - 72, 16, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(42, y + 1, text)
    pdf.restoreState()


def ferncliff_form(app: App, mode: str, rng: random.Random) -> bytes:
    b, c = app.borrower, app.co
    buf, pdf = new_canvas(title="FM-220 Homeowner Workout Application")
    # page 1 -- letterhead
    pdf.setFillColor(FERN_GREEN)
    pdf.setFont("Times-Bold", 19)
    pdf.drawString(36, 748, "FERNCLIFF MUTUAL")
    pdf.setFont("Times-Roman", 10.5)
    pdf.drawString(36, 735, "Mortgage Servicing  |  PO Box 6120, Ashland Falls, OR 97521  |  (855) 410-2271")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawRightString(W - 36, 748, "Homeowner Workout Application")
    pdf.setFont("Helvetica", 8)
    pdf.drawRightString(W - 36, 736, "Form FM-220  (rev. 01/2032)   Page 1 of 2")
    pdf.setFont("Helvetica", 8.6)
    y = paragraph(pdf, 36, 716, "Use this application to ask us to review your loan for a repayment plan, forbearance, "
                  "modification or another workout. Answer every box that applies to you. If two people are on the "
                  "loan, the co-applicant answers in the right-hand column. Mail, fax (855) 410-2290 or upload to "
                  "ferncliffmutual.example/help with your income and hardship papers.", W - 72, size=8.6)
    cap_box(pdf, 36, y - 2, 250, 30, "Loan number (from your statement)", app.loan, 12)
    cap_box(pdf, 296, y - 2, 276, 30, "For Ferncliff use - date received")
    y -= 54
    fm_band(pdf, y, "1   PEOPLE ON THE LOAN")
    y -= 10
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(38, y - 8, "APPLICANT")
    pdf.drawString(312, y - 8, "CO-APPLICANT  (leave blank if no one else is on the loan)")
    y -= 12
    rows = (("Full name", "name"), ("Last 4 digits of Social Security no.", "ssn4"), ("Best phone number", "phone"),
            ("E-mail", "email"))
    for caption, attr in rows:
        cap_box(pdf, 36, y, 266, 28, caption, getattr(b, attr))
        cap_box(pdf, 306, y, 266, 28, caption, getattr(c, attr) if c else "")
        y -= 32
    y -= 18
    fm_band(pdf, y, "2   THE HOME")
    y -= 10
    street, rest = app.street, None
    del rest
    cap_box(pdf, 36, y, 536, 28, "Street address of the mortgaged home", street)
    y -= 32
    cap_box(pdf, 36, y, 300, 28, "City", app.city)
    cap_box(pdf, 340, y, 90, 28, "State", app.state)
    cap_box(pdf, 434, y, 138, 28, "ZIP code", app.zip)
    y -= 46
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(38, y, "How is the home used?  (mark one)")
    y -= 16
    x = 42
    pdf.setFont("Helvetica", 9)
    for code, words in FM_OCC:
        box(pdf, x, y - 1, 9, 9, app.occupancy == code)
        pdf.drawString(x + 14, y, words)
        x += 36 + pdfmetrics.stringWidth(words, "Helvetica", 9)
    y -= 18
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(38, y, "What would you like to do?")
    x = 200
    pdf.setFont("Helvetica", 9)
    for i, words in enumerate(("Stay in the home", "Sell it", "Not sure yet")):
        box(pdf, x, y - 1, 9, 9, i == 0)
        pdf.drawString(x + 14, y, words)
        x += 36 + pdfmetrics.stringWidth(words, "Helvetica", 9)
    y -= 24
    fm_band(pdf, y, "3   WHAT HAPPENED")
    y -= 10
    start = mdy(app.hardship_start) if app.hardship_start else ""
    cap_box(pdf, 36, y, 170, 30, "Date the problem began (mm/dd/yyyy)", start, 11)
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(222, y - 10, "Expected to last")
    pdf.setFont("Helvetica", 9)
    x = 222
    for i, words in enumerate(("Less than 6 months", "6 months or more", "Already over")):
        box(pdf, x, y - 26, 9, 9, (i == 1) == app.long_term and i < 2)
        pdf.drawString(x + 13, y - 25, words)
        x += 30 + pdfmetrics.stringWidth(words, "Helvetica", 9)
    y -= 46
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(38, y, "Mark every reason that applies:")
    y -= 16
    pdf.setFont("Helvetica", 9)
    for i, (code, words) in enumerate(FM_REASONS):
        col, row = i % 2, i // 2
        bx, by = 42 + col * 272, y - row * 16
        box(pdf, bx, by - 1, 9, 9, code in app.hardships)
        pdf.drawString(bx + 14, by, words)
    y -= 5 * 16 + 4
    cap_box(pdf, 36, y, 536, 26, "If something else, tell us in a few words", app.other_text, 10)
    footer(pdf)
    pdf.showPage()
    # page 2 -- income and signatures
    pdf.setFont("Helvetica", 8)
    pdf.drawString(36, 760, f"Ferncliff Mutual  -  Homeowner Workout Application  -  Loan {app.loan}")
    pdf.drawRightString(W - 36, 760, "Form FM-220  Page 2 of 2")
    y = 736
    fm_band(pdf, y, "4   MONTHLY INCOME BEFORE TAXES")
    y -= 12
    pdf.setFont("Helvetica", 8.4)
    y = paragraph(pdf, 38, y - 4, "Write what each person receives in a usual month before taxes. Leave a box empty "
                  "if it does not apply. Include child support or alimony only if you want us to count it.",
                  W - 76, size=8.4)
    top = y - 2
    cols = (36, 336, 454, 572)
    pdf.setLineWidth(0.6)
    pdf.setStrokeColor(FERN_GREEN)
    pdf.setFillColor(Color(0.88, 0.93, 0.90))
    pdf.rect(36, top - 18, 536, 18, stroke=1, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(42, top - 12, "SOURCE")
    pdf.drawCentredString(395, top - 12, "APPLICANT  $ / month")
    pdf.drawCentredString(513, top - 12, "CO-APPLICANT  $ / month")
    rowy = top - 18
    for code, words in FM_INCOME:
        pdf.rect(36, rowy - 20, 536, 20)
        pdf.line(cols[1], rowy, cols[1], rowy - 20)
        pdf.line(cols[2], rowy, cols[2], rowy - 20)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(42, rowy - 13, words)
        for who, right in (("b", cols[2] - 8), ("c", cols[3] - 8)):
            value = app.amount(code, who)
            if value > 0:
                pdf.setFont("Helvetica", 10.5)
                pdf.drawRightString(right, rowy - 14, money(value))
        rowy -= 20
    pdf.setFillColor(Color(0.88, 0.93, 0.90))
    pdf.rect(36, rowy - 22, 536, 22, stroke=1, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(42, rowy - 14, "Combined monthly income, both applicants")
    pdf.setFont("Helvetica-Bold", 10.5)
    pdf.drawRightString(cols[3] - 8, rowy - 15, "$ " + money(app.total))
    y = rowy - 44
    fm_band(pdf, y, "5   SIGN AND DATE")
    y -= 14
    certification = (
        "By signing, I say that what I wrote in this application is true and that the hardship I described is why I "
        "need help with my mortgage. I understand Ferncliff may check my credit, verify my income and employment, "
        "and that knowingly giving false information can be a federal crime. I agree to send the documents Ferncliff "
        "asks for and understand that sending this application does not guarantee any offer. Ferncliff may contact "
        "me about this application at the phone numbers and e-mail written above.")
    y = paragraph(pdf, 38, y - 4, certification, W - 76, size=8.6) - 8
    for i, (person, when) in enumerate(((b, app.signed_on), (c, app.co_signed_on))):
        x0 = 36 + i * 270
        who = "Applicant's signature" if i == 0 else "Co-applicant's signature"
        cap_box(pdf, x0, y, 180, 40, who)
        cap_box(pdf, x0 + 184, y, 82, 40, "Date signed")
        if person is not None:
            sign_slot(pdf, mode, rng, person.name, when, (x0 + 12, y - 30), (x0 + 190, y - 31), width=140,
                      date_size=10)
    y -= 60
    pdf.setFont("Helvetica", 8.2)
    paragraph(pdf, 38, y, "Send with this form: your most recent pay stub(s) showing year-to-date pay, or your two "
              "most recent bank statements; a letter explaining your hardship; benefit award letters for any "
              "benefits you listed. We will write to you within five business days to confirm we received your "
              "application and tell you if anything is missing.", W - 76, size=8.2)
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


# --- Marrowstone Bay Mortgage: one-page "Payment Help Short Form" (MBM-SF1) -------------------------------

MB_OCC = (("primary_residence", "where I live full-time"), ("second_home", "a second home"),
          ("investment_property", "a rental property"))
MB_REASONS = (
    ("unemployment", "Lost my job"), ("reduction_in_income", "Earning less"),
    ("increase_in_housing_expenses", "Housing costs went up"), ("disaster", "Disaster damage"),
    ("disability_or_illness", "Illness or disability"), ("divorce_or_separation", "Divorce / legal separation"),
    ("separation_unmarried", "Split from co-owner (not married)"), ("death", "Death of a wage earner"),
    ("relocation", "Moved for work"), ("other", "Other:"),
)
MB_INCOME = (
    ("wages", "Paychecks (before taxes)"), ("self_employment", "Self-employed income"),
    ("unemployment", "Unemployment"), ("benefits_taxable", "Soc. Sec. / pension / disability (taxable)"),
    ("benefits_nontaxable", "Non-taxable benefits"), ("rental", "Rent from tenants"),
    ("investment", "Investments / insurance"), ("other", "Other (alimony, child support ...)"),
)
MB_TEAL = Color(0.05, 0.38, 0.47)


def above(pdf: canvas.Canvas, x: float, y: float, w: float, caption: str, value: str = "",
          size: float = 10.5) -> None:
    """A writing line with its caption printed small ABOVE it and the answer typed on it."""
    pdf.saveState()
    pdf.setFillColor(MB_TEAL)
    pdf.setFont("Helvetica-Oblique", 7)
    pdf.drawString(x, y + 14, caption)
    pdf.setStrokeGray(0.25)
    pdf.setLineWidth(0.6)
    pdf.line(x, y - 2, x + w, y - 2)
    pdf.setFillGray(0)
    if value:
        pdf.setFont("Courier", size)
        pdf.drawString(x + 2, y + 1, value)
    pdf.restoreState()


def bubble(pdf: canvas.Canvas, x: float, y: float, on: bool) -> None:
    pdf.saveState()
    pdf.setLineWidth(0.7)
    pdf.circle(x + 4, y + 3.2, 4, stroke=1, fill=0)
    if on:
        pdf.circle(x + 4, y + 3.2, 2.4, stroke=0, fill=1)
    pdf.restoreState()


def marrowstone_form(app: App, mode: str, rng: random.Random) -> bytes:
    b, c = app.borrower, app.co
    buf, pdf = new_canvas(title="MBM-SF1 Payment Help Short Form")
    pdf.setFillColor(MB_TEAL)
    pdf.rect(0, H - 54, W, 54, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 17)
    pdf.drawString(36, H - 32, "Marrowstone Bay Mortgage")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(36, H - 46, "Loan Servicing Center  -  1400 Harbor Loop, Port Ledyard, WA 98366")
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawRightString(W - 36, H - 30, "PAYMENT HELP SHORT FORM")
    pdf.setFont("Helvetica", 8.5)
    pdf.drawRightString(W - 36, H - 44, "Form MBM-SF1 (01/32)  |  one page")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 8.4)
    y = paragraph(pdf, 36, H - 72, "Behind on your payments or worried you soon will be? Fill in this one page, sign "
                  "it, and send it back with proof of your income. We review every short form for all the help "
                  "the owner of your loan allows.", W - 72, size=8.4)
    y -= 16
    above(pdf, 36, y, 170, "Loan number", app.loan)
    y -= 32
    for caption, person in (("Borrower name", b), ("Co-borrower name (if any)", c)):
        above(pdf, 36, y, 250, caption, person.name if person else "")
        above(pdf, 300, y, 80, "SSN - last 4", person.ssn4 if person else "")
        above(pdf, 394, y, 178, "Phone", person.phone if person else "")
        y -= 32
    above(pdf, 36, y, 250, "Property street address", app.street)
    above(pdf, 300, y, 140, "City", app.city)
    above(pdf, 454, y, 40, "State", app.state)
    above(pdf, 508, y, 64, "ZIP", app.zip)
    y -= 28
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(36, y, "This home is:")
    x = 110
    pdf.setFont("Helvetica", 9)
    for code, words in MB_OCC:
        bubble(pdf, x, y - 1, app.occupancy == code)
        pdf.drawString(x + 12, y, words)
        x += 30 + pdfmetrics.stringWidth(words, "Helvetica", 9)
    y -= 24
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(36, y, "Why do you need help?  Fill in every reason that applies.")
    y -= 16
    pdf.setFont("Helvetica", 9)
    for i, (code, words) in enumerate(MB_REASONS):
        col, row = i % 3, i // 3
        bx, by = 40 + col * 180, y - row * 16
        bubble(pdf, bx, by - 1, code in app.hardships)
        pdf.drawString(bx + 12, by, words)
        if code == "other":
            pdf.setLineWidth(0.5)
            pdf.line(bx + 44, by - 2, bx + 300, by - 2)
            if app.other_text:
                pdf.setFont("Courier", 10)
                pdf.drawString(bx + 47, by, app.other_text)
                pdf.setFont("Helvetica", 9)
    y -= 4 * 16 + 22
    start = mdy(app.hardship_start) if app.hardship_start else ""
    above(pdf, 36, y, 150, "When did this start? (mm/dd/yyyy)", start)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(210, y + 1, "Will it last more than 6 months?")
    bubble(pdf, 360, y, app.long_term)
    pdf.drawString(372, y + 1, "Yes")
    bubble(pdf, 400, y, not app.long_term)
    pdf.drawString(412, y + 1, "No")
    y -= 26
    pdf.setFillColor(MB_TEAL)
    pdf.rect(36, y - 2, W - 72, 14, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(40, y + 2, "MONTHLY HOUSEHOLD INCOME BEFORE TAXES (everyone on the loan together)")
    pdf.setFillGray(0)
    y -= 20
    for i, (code, words) in enumerate(MB_INCOME):
        col, row = i // 4, i % 4
        x0, yy = 36 + col * 272, y - row * 20
        pdf.setFont("Helvetica", 9)
        pdf.drawString(x0, yy, words)
        pdf.drawString(x0 + 186, yy, "$")
        pdf.setLineWidth(0.5)
        pdf.line(x0 + 194, yy - 2, x0 + 264, yy - 2)
        if app.amount(code) > 0:
            pdf.setFont("Courier", 10)
            pdf.drawRightString(x0 + 262, yy, money(app.amount(code)))
    y -= 4 * 20 + 4
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(308, y, "Total monthly income")
    pdf.drawString(458, y, "$")
    pdf.line(466, y - 2, 536, y - 2)
    pdf.setFont("Courier-Bold", 10)
    pdf.drawRightString(534, y, money(app.total))
    y -= 24
    pdf.setFont("Helvetica", 7.8)
    y = paragraph(pdf, 36, y, "I promise that the information on this form is true and that the hardship I marked is "
                  "why I need help. Marrowstone Bay may pull my credit report, verify what I wrote, and call, text or "
                  "e-mail me about this request. False statements can be punished under federal law.", W - 72,
                  size=7.8) - 22
    for caption, person, when in (("Borrower signs here", b, app.signed_on),
                                  ("Co-borrower signs here", c, app.co_signed_on)):
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(36, y, "X")
        pdf.setLineWidth(0.7)
        pdf.line(48, y - 2, 330, y - 2)
        pdf.line(360, y - 2, 470, y - 2)
        pdf.setFont("Helvetica-Oblique", 7)
        pdf.setFillColor(MB_TEAL)
        pdf.drawString(48, y - 11, caption)
        pdf.drawString(360, y - 11, "Today's date")
        pdf.setFillGray(0)
        if person is not None:
            sign_slot(pdf, mode, rng, person.name, when, (70, y + 2), (364, y + 1), width=200)
        y -= 40
    pdf.setFont("Helvetica", 7.8)
    pdf.setFillColor(MB_TEAL)
    paragraph(pdf, 36, y + 4, "SEND WITH THIS FORM: the last 30 days of pay stubs (or two months of bank statements); "
              "award letters for any benefits; a short letter in your own words if you marked Illness, Divorce, "
              "Death, Moved for work or Other; IRS Form 4506-C if you are self-employed or rent out property. Fax "
              "(866) 300-7714 or mail to the address above.", W - 72, size=7.8)
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


# --- Ashgrove Trust Servicing: "Application for Home Retention Options" (ATS-410) -------------------------

AT_OCC = (("primary_residence", "I / we do - it is our principal home"),
          ("second_home", "No one full-time - it is a second home"),
          ("investment_property", "Tenants - it is an investment property"))
AT_REASONS = (
    ("unemployment", "Loss of employment"), ("reduction_in_income", "Reduced earnings or hours"),
    ("increase_in_housing_expenses", "Higher taxes, insurance or association dues"),
    ("disaster", "Natural or man-made disaster"),
    ("disability_or_illness", "Serious illness or disability in the household"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Separation of unmarried co-borrowers"),
    ("death", "Death of a borrower or wage earner"), ("relocation", "Distant job transfer"),
    ("other", "Other (explain in a letter)"),
)
AT_INCOME = (
    ("wages", "Wages / salary (gross)"), ("self_employment", "Self-employment (net)"),
    ("unemployment", "Unemployment compensation"), ("benefits_taxable", "Taxable benefits (SS, pension, disability)"),
    ("benefits_nontaxable", "Non-taxable benefits"), ("rental", "Net rental income"),
    ("investment", "Investment / insurance income"), ("other", "Support or other income"),
)
AT_MAROON = Color(0.42, 0.12, 0.16)


def ashgrove_form(app: App, mode: str, rng: random.Random) -> bytes:
    b, c = app.borrower, app.co
    buf, pdf = new_canvas(title="ATS-410 Application for Home Retention Options")

    def head(page: int) -> None:
        pdf.setStrokeColor(AT_MAROON)
        pdf.setLineWidth(2)
        pdf.line(36, H - 62, W - 36, H - 62)
        pdf.setFillColor(AT_MAROON)
        pdf.setFont("Times-Bold", 16)
        pdf.drawString(36, H - 40, "Ashgrove Trust Servicing")
        pdf.setFont("Times-Italic", 9.5)
        pdf.drawString(36, H - 54, "Home Retention Department  -  77 Quarry Street, Millbrook, NY 12545")
        pdf.setFillGray(0)
        pdf.setFont("Times-Bold", 12)
        pdf.drawRightString(W - 36, H - 40, "Application for Home Retention Options")
        pdf.setFont("Times-Roman", 8.5)
        pdf.drawRightString(W - 36, H - 54, f"ATS-410   Page {page} of 2")
        pdf.setStrokeGray(0)
        pdf.setLineWidth(0.6)

    head(1)
    pdf.setFont("Times-Roman", 9.5)
    y = paragraph(pdf, 36, H - 80, "Please answer each question in the right-hand column. Use black ink or type. "
                  "Questions 4 and 5 apply only if a second person signed the note.", W - 72, "Times-Roman", 9.5)
    qx, ax, right = 36, 250, W - 36
    y -= 4
    pdf.setFillColor(Color(0.93, 0.89, 0.88))
    pdf.rect(qx, y - 16, right - qx, 16, stroke=1, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Times-Bold", 9.5)
    pdf.drawString(qx + 4, y - 12, "No.")
    pdf.drawString(qx + 28, y - 12, "Question")
    pdf.drawString(ax + 6, y - 12, "Your answer")
    y -= 16

    def row(no: str, question: str, height: float, answer: str = "", draw: Any = None) -> None:
        nonlocal y
        pdf.rect(qx, y - height, right - qx, height)
        pdf.line(qx + 24, y, qx + 24, y - height)
        pdf.line(ax, y, ax, y - height)
        pdf.setFont("Times-Bold", 9.5)
        pdf.drawString(qx + 5, y - 13, no)
        text_block(pdf, qx + 28, y - 13, wrap(question, ax - qx - 34, "Times-Roman", 9.5), "Times-Roman", 9.5, 11.5)
        if answer:
            pdf.setFont("Helvetica", 10.5)
            pdf.drawString(ax + 6, y - 14, answer)
        if draw:
            draw(y)
        y -= height

    row("1", "Loan number", 22, app.loan)
    row("2", "Name of borrower", 22, b.name)
    row("3", "Borrower's Social Security number (last four digits only)", 26, b.ssn4)
    row("4", "Name of co-borrower, if any", 22, c.name if c else "")
    row("5", "Co-borrower's Social Security number (last four digits only)", 26, c.ssn4 if c else "")
    row("6", "Street address of the property", 22, app.street)
    row("7", "City, state and ZIP code of the property", 22, f"{app.city}, {app.state} {app.zip}")
    row("8", "Daytime telephone number", 22, b.phone)

    def occ(top: float) -> None:
        pdf.setFont("Times-Roman", 9.5)
        for i, (code, words) in enumerate(AT_OCC):
            box(pdf, ax + 6, top - 13 - i * 13, 8, 8, app.occupancy == code)
            pdf.drawString(ax + 19, top - 12 - i * 13, words)

    row("9", "Who lives in the property?", 46, draw=occ)
    row("10", "On what date did your hardship begin? (mm/dd/yyyy)", 26,
        mdy(app.hardship_start) if app.hardship_start else "")

    def reasons(top: float) -> None:
        pdf.setFont("Times-Roman", 9.5)
        for i, (code, words) in enumerate(AT_REASONS):
            box(pdf, ax + 6, top - 13 - i * 13, 8, 8, code in app.hardships)
            pdf.drawString(ax + 19, top - 12 - i * 13, words)

    row("11", "Which of these caused your hardship? Tick each one that applies.", 140, draw=reasons)

    def lasting(top: float) -> None:
        pdf.setFont("Times-Roman", 9.5)
        for i, words in enumerate(("Temporary (6 months or less)", "Long-term or permanent")):
            box(pdf, ax + 6 + i * 150, top - 14, 8, 8, (i == 1) == app.long_term)
            pdf.drawString(ax + 19 + i * 150, top - 13, words)

    row("12", "Do you expect the hardship to be temporary or long-term?", 26, draw=lasting)
    row("13", "Briefly, if 'Other' was ticked", 22, app.other_text)
    footer(pdf)
    pdf.showPage()

    head(2)
    y = H - 84
    pdf.setFont("Times-Bold", 11)
    pdf.drawString(36, y, "14.  Monthly gross income, listed by person")
    y -= 6
    pdf.setFont("Times-Roman", 9)
    y = paragraph(pdf, 36, y - 8, "Enter amounts before taxes and deductions for an average month. Leave blank any "
                  "line that does not apply.", W - 72, "Times-Roman", 9) - 2
    for who, person in (("b", b), ("c", c)):
        pdf.setFillColor(Color(0.93, 0.89, 0.88))
        pdf.rect(36, y - 16, W - 72, 16, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Times-Bold", 9.5)
        label = "Borrower" if who == "b" else "Co-borrower"
        pdf.drawString(40, y - 12, f"{label}:  {person.name if person else '(none)'}")
        pdf.drawRightString(W - 40, y - 12, "Monthly amount")
        y -= 16
        for code, words in AT_INCOME:
            pdf.rect(36, y - 16, W - 72, 16)
            pdf.line(440, y, 440, y - 16)
            pdf.setFont("Times-Roman", 9.5)
            pdf.drawString(44, y - 12, words)
            pdf.drawString(446, y - 12, "$")
            if app.amount(code, who) > 0:
                pdf.setFont("Helvetica", 10)
                pdf.drawRightString(W - 42, y - 12, money(app.amount(code, who)))
            y -= 16
        y -= 8
    pdf.setLineWidth(1.2)
    pdf.rect(36, y - 20, W - 72, 20)
    pdf.setLineWidth(0.6)
    pdf.line(440, y, 440, y - 20)
    pdf.setFont("Times-Bold", 10)
    pdf.drawString(44, y - 14, "Household total, all persons")
    pdf.drawString(446, y - 14, "$")
    pdf.setFont("Helvetica-Bold", 10.5)
    pdf.drawRightString(W - 42, y - 14, money(app.total))
    y -= 44
    pdf.setFont("Times-Bold", 11)
    pdf.drawString(36, y, "15.  Declarations and signatures")
    pdf.setFont("Times-Roman", 9)
    y = paragraph(pdf, 36, y - 14, "Each person signing declares that the answers above are complete and true to the "
                  "best of his or her knowledge, that the hardship described is the reason assistance is requested, "
                  "and authorizes Ashgrove Trust Servicing and the owner of the loan to obtain a consumer credit "
                  "report and to verify income, employment and the information given. Ashgrove is not required to "
                  "offer any option because this application was submitted.", W - 72, "Times-Roman", 9) - 30
    for caption, person, when in (("Borrower signature", b, app.signed_on),
                                  ("Co-borrower signature", c, app.co_signed_on)):
        pdf.setLineWidth(0.6)
        pdf.line(36, y, 330, y)
        pdf.line(380, y, W - 36, y)
        pdf.setFont("Times-Roman", 8.5)
        pdf.drawString(36, y - 10, caption)
        pdf.drawString(380, y - 10, "Signed on (mm/dd/yyyy)")
        if person is not None:
            sign_slot(pdf, mode, rng, person.name, when, (60, y + 4), (392, y + 3), width=200)
        y -= 46
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


# --- pay: a pay engine and five stub layouts ------------------------------------------------------------

PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


@dataclass
class Check:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    earnings: list[tuple[str, Decimal, Decimal, Decimal]]  # label, hours, rate, amount
    taxes: list[tuple[str, Decimal]] = field(default_factory=list)
    deductions: list[tuple[str, Decimal]] = field(default_factory=list)

    @property
    def gross(self) -> Decimal:
        return D(sum((e[3] for e in self.earnings), Decimal(0)))

    @property
    def net(self) -> Decimal:
        return D(self.gross - sum((t[1] for t in self.taxes), Decimal(0)) - sum((d[1] for d in self.deductions),
                                                                                Decimal(0)))


@dataclass
class Stub:
    employer: str
    employee: Person
    address: list[str]
    frequency: str
    checks: list[Check]  # every check of the year up to and including this one
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def now(self) -> Check:
        return self.checks[-1]

    def ytd(self, label: str | None = None, kind: str = "earnings") -> Decimal:
        total = Decimal(0)
        for check in self.checks:
            rows = check.earnings if kind == "earnings" else check.taxes if kind == "taxes" else check.deductions
            for row in rows:
                if label is None or row[0] == label:
                    total += row[-1]
        return D(total)

    @property
    def gross_ytd(self) -> Decimal:
        return self.ytd()

    @property
    def net_ytd(self) -> Decimal:
        return D(sum((c.net for c in self.checks), Decimal(0)))

    def expected(self, show_ytd: bool = True) -> dict[str, Any]:
        c = self.now
        return {
            "employer": self.employer, "employee_name": self.employee.name, "pay_date": iso(c.pay_date),
            "period_start": iso(c.start), "period_end": iso(c.end), "frequency": self.frequency,
            "gross_current": float(c.gross), "gross_ytd": float(self.gross_ytd) if show_ytd else None,
            "net_current": float(c.net), "monthly_gross": float(D(c.gross * PERIODS[self.frequency] / 12)),
        }


def periods(freq: str, first_end: dt.date, lag: int, until_pay: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(start, end, pay date) of every period of the year from the first, until the pay date `until_pay`."""
    out = []
    if freq in ("weekly", "biweekly"):
        length = 7 if freq == "weekly" else 14
        end = first_end
        while True:
            start = end - dt.timedelta(days=length - 1)
            pay = end + dt.timedelta(days=lag)
            if pay > until_pay:
                break
            if pay.year == until_pay.year:
                out.append((start, end, pay))
            end += dt.timedelta(days=length)
        return out
    else:
        month = 1
        while True:
            for half in (1, 2):
                if half == 1:
                    start, end = dt.date(until_pay.year, month, 1), dt.date(until_pay.year, month, 15)
                else:
                    nxt = dt.date(until_pay.year + (month == 12), month % 12 + 1, 1)
                    start, end = dt.date(until_pay.year, month, 16), nxt - dt.timedelta(days=1)
                pay = end + dt.timedelta(days=lag)
                if pay > until_pay:
                    return out
                out.append((start, end, pay))
            month += 1


def withholding(gross: Decimal, fed: str, state: str,
                state_name: str = "State income tax") -> list[tuple[str, Decimal]]:
    return [("Federal income tax", D(gross * Decimal(fed))), ("Social Security", D(gross * Decimal("0.062"))),
            ("Medicare", D(gross * Decimal("0.0145"))), (state_name, D(gross * Decimal(state)))]


def make_stub(employer: str, person: Person, address: list[str], freq: str, first_end: dt.date, lag: int,
              last_pay: dt.date, earn: Any, deduct: Any, fed: str = "0.08", state: str = "0.035",
              state_name: str = "State income tax", extra: dict[str, str] | None = None) -> Stub:
    checks = []
    for i, (start, end, pay) in enumerate(periods(freq, first_end, lag, last_pay)):
        earnings = earn(i, start, end)
        gross = D(sum((e[3] for e in earnings), Decimal(0)))
        checks.append(Check(pay, start, end, earnings, withholding(gross, fed, state, state_name),
                            deduct(gross)))
    assert checks and checks[-1].pay_date == last_pay, (employer, last_pay)
    return Stub(employer, person, address, freq, checks, extra or {})


def hourly(label: str, hours: Decimal, rate: Decimal) -> tuple[str, Decimal, Decimal, Decimal]:
    return (label, hours, rate, D(hours * rate))


def h2(value: Decimal) -> str:
    return f"{value:.2f}"


def stub_prison(stub: Stub) -> bytes:
    """A state payroll office's earnings statement over a non-negotiable direct deposit advice."""
    c = stub.now
    buf, pdf = new_canvas(title="Earnings Statement")
    top = H - 40
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(36, top, stub.extra["payer"].upper())
    pdf.setFont("Helvetica", 8)
    pdf.drawString(36, top - 11, stub.extra["payer_addr"])
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawRightString(W - 36, top - 4, "EARNINGS STATEMENT")
    grid = [("Employee name", stub.employee.name), ("Employee ID", stub.extra["emp_id"]),
            ("Agency / facility", stub.employer), ("Job title", stub.extra["title"]),
            ("Pay period begin", mdy(c.start)), ("Pay period end", mdy(c.end)), ("Pay date", mdy(c.pay_date)),
            ("Pay frequency", "Bi-weekly")]
    y = top - 24
    lefts, widths = (36, 186, 286, 476), (150, 100, 190, 100)
    for i, (cap, val) in enumerate(grid):
        col, row = i % 4, i // 4
        x0, y0 = lefts[col], y - row * 30
        pdf.setLineWidth(0.5)
        pdf.rect(x0, y0 - 28, widths[col], 28)
        pdf.setFont("Helvetica", 6.5)
        pdf.drawString(x0 + 3, y0 - 8, cap.upper())
        pdf.setFont("Helvetica-Bold" if i in (0, 2) else "Helvetica", 9)
        pdf.drawString(x0 + 3, y0 - 22, val)
    y -= 72
    pdf.setFillGray(0.85)
    pdf.rect(36, y - 14, 300, 14, stroke=0, fill=1)
    pdf.rect(346, y - 14, W - 382, 14, stroke=0, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 8)
    for x0, label in ((40, "EARNINGS"), (150, "HOURS"), (192, "RATE"), (262, "CURRENT"), (332, "YTD")):
        (pdf.drawRightString if label != "EARNINGS" else pdf.drawString)(x0, y - 10, label)
    pdf.drawString(350, y - 10, "TAXES / DEDUCTIONS")
    pdf.drawRightString(510, y - 10, "CURRENT")
    pdf.drawRightString(W - 40, y - 10, "YTD")
    ry = y - 26
    pdf.setFont("Helvetica", 8.6)
    for label, hours, rate, amount in c.earnings:
        pdf.drawString(40, ry, label)
        pdf.drawRightString(150, ry, h2(hours))
        pdf.drawRightString(192, ry, f"{rate:.4f}")
        pdf.drawRightString(262, ry, money(amount))
        pdf.drawRightString(332, ry, money(stub.ytd(label)))
        ry -= 12
    dy = y - 26
    for label, amount in c.taxes + c.deductions:
        kind = "taxes" if (label, amount) in c.taxes else "deductions"
        pdf.drawString(350, dy, label)
        pdf.drawRightString(510, dy, money(amount))
        pdf.drawRightString(W - 40, dy, money(stub.ytd(label, kind)))
        dy -= 12
    y = min(ry, dy) - 8
    pdf.setLineWidth(1)
    pdf.line(36, y, W - 36, y)
    y -= 16
    tiles = (("GROSS PAY", c.gross, stub.gross_ytd), ("TOTAL TAXES", D(sum(t[1] for t in c.taxes)),
             stub.ytd(None, "taxes")), ("TOTAL DEDUCTIONS", D(sum(d[1] for d in c.deductions)),
             stub.ytd(None, "deductions")), ("NET PAY", c.net, stub.net_ytd))
    for i, (cap, cur, ytd) in enumerate(tiles):
        x0 = 36 + i * 135
        pdf.setFont("Helvetica-Bold", 7.5)
        pdf.drawString(x0 + 3, y, cap)
        pdf.setFont("Helvetica", 8.6)
        pdf.drawString(x0 + 3, y - 13, f"Current  {money(cur)}")
        pdf.drawString(x0 + 3, y - 25, f"YTD  {money(ytd)}")
    y -= 44
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(36, y, f"Leave balances (hours):  Annual {stub.extra['annual']}   Sick {stub.extra['sick']}   "
                   f"Personal 16.00      Retirement system member no. {stub.extra['emp_id']}-R")
    y -= 26
    pdf.setDash(3, 3)
    pdf.line(20, y, W - 20, y)
    pdf.setDash()
    pdf.setFont("Helvetica", 6.5)
    pdf.drawCentredString(W / 2, y - 9, "DETACH AND RETAIN FOR YOUR RECORDS")
    y -= 34
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(36, y, stub.extra["payer"])
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawRightString(W - 36, y, "DIRECT DEPOSIT ADVICE")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(36, y - 30, "Deposited to the account of")
    text_block(pdf, 36, y - 44, [stub.employee.name.upper(), *stub.address], "Helvetica", 9.5)
    pdf.drawString(340, y - 30, f"Advice no. {stub.extra['advice']}")
    pdf.drawString(340, y - 44, f"Deposit date {mdy(c.pay_date)}")
    pdf.drawString(340, y - 58, f"Checking  xxxxx{stub.extra['acct']}     {usd(c.net)}")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(340, y - 84, "NON-NEGOTIABLE")
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


def stub_payroll_service(stub: Stub) -> bytes:
    """A payroll service's stub for a small client: the service's mark, an employee panel on the left, hours
    and earnings, taxes and a This check / Year to date summary on the right."""
    c = stub.now
    buf, pdf = new_canvas(title="Pay Stub")
    pdf.setFillColor(Color(0.55, 0.12, 0.10))
    pdf.rect(36, H - 66, W - 72, 30, stroke=0, fill=1)
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(46, H - 50, stub.employer)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(46, H - 61, stub.extra["employer_line"])
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawRightString(W - 46, H - 50, "PAY STUB")
    pdf.setFont("Helvetica", 8.5)
    pdf.drawRightString(W - 46, H - 61, f"Store no. {stub.extra['store']}")
    pdf.setFillGray(0)
    pdf.setFillGray(0.93)
    pdf.rect(36, H - 330, 170, 256, stroke=0, fill=1)
    pdf.setFillGray(0)
    y = H - 92
    for cap, val in (("EMPLOYEE", stub.employee.name), ("ADDRESS", stub.address[0]), ("", stub.address[1]),
                     ("EMPLOYEE NO.", stub.extra["emp_id"]), ("POSITION", stub.extra["title"]),
                     ("PAY RATE", f"${stub.extra['rate']} / hour"), ("PAY FREQUENCY", stub.frequency.title()),
                     ("PERIOD", f"{mdy(c.start)} - {mdy(c.end)}"), ("PAY DATE", mdy(c.pay_date))):
        if cap:
            pdf.setFont("Helvetica-Bold", 6.8)
            pdf.drawString(44, y, cap)
            y -= 11
        pdf.setFont("Helvetica", 9)
        pdf.drawString(44, y, val)
        y -= 15
    x0 = 222
    y = H - 92
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(x0, y, "HOURS AND EARNINGS")
    y -= 14
    pdf.setFont("Helvetica-Bold", 7.5)
    for x, t in ((x0, "Description"), (x0 + 150, "Rate"), (x0 + 200, "Hours"), (x0 + 270, "This period"),
                 (W - 40, "Year to date")):
        (pdf.drawString if t == "Description" else pdf.drawRightString)(x, y, t)
    pdf.line(x0, y - 3, W - 36, y - 3)
    y -= 14
    pdf.setFont("Helvetica", 8.8)
    for label, hours, rate, amount in c.earnings:
        pdf.drawString(x0, y, label)
        pdf.drawRightString(x0 + 150, y, f"{rate:.2f}" if rate else "")
        pdf.drawRightString(x0 + 200, y, h2(hours) if hours else "")
        pdf.drawRightString(x0 + 270, y, money(amount))
        pdf.drawRightString(W - 40, y, money(stub.ytd(label)))
        y -= 12
    y -= 12
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(x0, y, "TAXES WITHHELD")
    y -= 14
    pdf.setFont("Helvetica", 8.8)
    for label, amount in c.taxes:
        pdf.drawString(x0, y, label)
        pdf.drawRightString(x0 + 270, y, money(amount))
        pdf.drawRightString(W - 40, y, money(stub.ytd(label, "taxes")))
        y -= 12
    y -= 12
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(x0, y, "OTHER DEDUCTIONS")
    y -= 14
    pdf.setFont("Helvetica", 8.8)
    for label, amount in c.deductions:
        pdf.drawString(x0, y, label)
        pdf.drawRightString(x0 + 270, y, money(amount))
        pdf.drawRightString(W - 40, y, money(stub.ytd(label, "deductions")))
        y -= 12
    y = H - 360
    pdf.setLineWidth(0.8)
    pdf.rect(36, y - 46, W - 72, 46)
    heads = ("", "Gross pay", "Taxes", "Deductions", "Net pay")
    cur = ("This check", money(c.gross), money(D(sum(t[1] for t in c.taxes))),
           money(D(sum(d[1] for d in c.deductions))), money(c.net))
    ytd = ("Year to date", money(stub.gross_ytd), money(stub.ytd(None, "taxes")),
           money(stub.ytd(None, "deductions")), money(stub.net_ytd))
    for i in range(5):
        x = 46 + i * 108
        pdf.setFont("Helvetica-Bold", 8)
        pdf.drawString(x, y - 12, heads[i])
        pdf.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 9)
        pdf.drawString(x, y - 26, cur[i])
        pdf.drawString(x, y - 39, ytd[i])
    pdf.setFont("Helvetica", 7)
    pdf.setFillGray(0.4)
    pdf.drawString(36, y - 60, f"Processed by {stub.extra['service']} for {stub.employer}. Questions about your pay? "
                   "Ask your store manager.")
    pdf.setFillGray(0)
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


def stub_hotel(stub: Stub) -> bytes:
    """A hotel's semi-monthly salary statement: a dark title strip, three date cells, earnings and deductions
    in one ledger with Current and Year-to-Date columns, the net in a box."""
    c = stub.now
    buf, pdf = new_canvas(title="Statement of Earnings")
    pdf.setFillColor(Color(0.12, 0.16, 0.28))
    pdf.rect(0, H - 70, W, 70, stroke=0, fill=1)
    pdf.setFillColor(Color(0.86, 0.74, 0.45))
    pdf.setFont("Times-Bold", 20)
    pdf.drawString(36, H - 38, stub.employer)
    pdf.setFont("Times-Roman", 9)
    pdf.drawString(36, H - 54, stub.extra["employer_line"])
    pdf.setFillGray(1)
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawRightString(W - 36, H - 38, "STATEMENT OF EARNINGS")
    pdf.setFillGray(0)
    y = H - 96
    text_block(pdf, 36, y, [stub.employee.name, *stub.address], "Helvetica", 10)
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(330, y, f"Associate no.  {stub.extra['emp_id']}")
    pdf.drawString(330, y - 12, f"Department  {stub.extra['dept']}")
    pdf.drawString(330, y - 24, f"Position  {stub.extra['title']}")
    pdf.drawString(330, y - 36, "Pay group  Semi-monthly salaried")
    y -= 62
    for i, (cap, val) in enumerate((("Period beginning", mdy(c.start)), ("Period ending", mdy(c.end)),
                                    ("Check date", mdy(c.pay_date)))):
        x0 = 36 + i * 180
        pdf.setFillColor(Color(0.93, 0.91, 0.85))
        pdf.rect(x0, y - 30, 172, 30, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(x0 + 6, y - 10, cap)
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(x0 + 6, y - 25, val)
    y -= 52
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(36, y, "Description")
    pdf.drawRightString(430, y, "Current")
    pdf.drawRightString(W - 36, y, "Year-to-Date")
    pdf.line(36, y - 4, W - 36, y - 4)
    y -= 18

    def ledger(title: str, rows: list[tuple[str, Decimal, Decimal]], minus: bool) -> None:
        nonlocal y
        pdf.setFont("Helvetica-Bold", 8.5)
        pdf.drawString(36, y, title)
        y -= 13
        pdf.setFont("Helvetica", 9)
        for label, cur, ytd in rows:
            pdf.drawString(50, y, label)
            pdf.drawRightString(430, y, ("-" if minus else "") + money(cur))
            pdf.drawRightString(W - 36, y, ("-" if minus else "") + money(ytd))
            y -= 12
        y -= 6

    ledger("Earnings", [(e[0], e[3], stub.ytd(e[0])) for e in c.earnings], False)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(50, y, "Gross earnings")
    pdf.drawRightString(430, y, money(c.gross))
    pdf.drawRightString(W - 36, y, money(stub.gross_ytd))
    y -= 20
    ledger("Taxes", [(t[0], t[1], stub.ytd(t[0], "taxes")) for t in c.taxes], True)
    ledger("Deductions", [(d[0], d[1], stub.ytd(d[0], "deductions")) for d in c.deductions], True)
    pdf.setLineWidth(1.2)
    pdf.rect(330, y - 34, W - 366, 34)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(340, y - 21, "NET PAY")
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawRightString(W - 46, y - 22, usd(c.net))
    pdf.setFont("Helvetica", 8)
    pdf.drawString(36, y - 20, f"Annual salary {stub.extra['salary']}  -  paid 24 times a year")
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


def stub_trucking(stub: Stub) -> bytes:
    """A trucking company's weekly driver settlement: a load table with miles and cents-per-mile pay, then the
    settlement's pay, withholding and the deposit, beside the year's totals."""
    c = stub.now
    buf, pdf = new_canvas(title="Driver Settlement")
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(36, H - 46, stub.employer)
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(36, H - 58, stub.extra["employer_line"])
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawRightString(W - 36, H - 44, "DRIVER SETTLEMENT STATEMENT")
    pdf.setFont("Helvetica", 9)
    pdf.drawRightString(W - 36, H - 58, f"Settlement no. {stub.extra['settle']}")
    pdf.setLineWidth(1.5)
    pdf.line(36, H - 66, W - 36, H - 66)
    y = H - 86
    pairs = (("Driver", stub.employee.name), ("Driver no.", stub.extra["emp_id"]), ("Truck", stub.extra["truck"]),
             ("Pay type", "Weekly - company driver"), ("Week of", f"{mdy(c.start)} to {mdy(c.end)}"),
             ("Paid on", mdy(c.pay_date)))
    for i, (cap, val) in enumerate(pairs):
        col, row = i % 2, i // 2
        pdf.setFont("Helvetica-Bold", 8.5)
        pdf.drawString(36 + col * 280, y - row * 14, cap + ":")
        pdf.setFont("Helvetica", 9)
        pdf.drawString(100 + col * 280, y - row * 14, val)
    y -= 58
    pdf.setFillGray(0.88)
    pdf.rect(36, y - 4, W - 72, 14, stroke=0, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 8)
    for x, t in ((40, "Load"), (96, "Delivered"), (156, "From"), (282, "To"), (450, "Miles"), (W - 40, "Pay")):
        (pdf.drawRightString if t in ("Miles", "Pay") else pdf.drawString)(x, y, t)
    y -= 14
    pdf.setFont("Helvetica", 8.5)
    for load in stub.extra["loads"]:
        pdf.drawString(40, y, load[0])
        pdf.drawString(96, y, load[1])
        pdf.drawString(156, y, load[2])
        pdf.drawString(282, y, load[3])
        pdf.drawRightString(450, y, load[4])
        pdf.drawRightString(W - 40, y, load[5])
        y -= 12
    y -= 14
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(36, y, "PAY THIS SETTLEMENT")
    pdf.drawRightString(400, y, "This week")
    pdf.drawRightString(W - 36, y, "Year to date")
    y -= 14
    pdf.setFont("Helvetica", 9)
    for label, hours, rate, amount in c.earnings:
        detail = f"  ({int(hours):,} mi @ ${rate:.3f})" if label.startswith("Mileage") else ""
        pdf.drawString(46, y, label + detail)
        pdf.drawRightString(400, y, money(amount))
        pdf.drawRightString(W - 36, y, money(stub.ytd(label)))
        y -= 12
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(46, y, "Gross pay")
    pdf.drawRightString(400, y, money(c.gross))
    pdf.drawRightString(W - 36, y, money(stub.gross_ytd))
    y -= 20
    pdf.setFont("Helvetica", 9)
    for label, amount in c.taxes + c.deductions:
        kind = "taxes" if (label, amount) in c.taxes else "deductions"
        pdf.drawString(46, y, label)
        pdf.drawRightString(400, y, f"({money(amount)})")
        pdf.drawRightString(W - 36, y, f"({money(stub.ytd(label, kind))})")
        y -= 12
    y -= 6
    pdf.setLineWidth(0.8)
    pdf.line(300, y + 8, W - 36, y + 8)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(46, y - 4, "Net pay deposited")
    pdf.drawRightString(400, y - 4, money(c.net))
    pdf.drawRightString(W - 36, y - 4, money(stub.net_ytd))
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(36, y - 30, "Questions about a settlement: driver payroll, ext. 214, weekdays 7 a.m. - 4 p.m.")
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


def stub_shop(stub: Stub) -> bytes:
    """A small electrical contractor's stub from desktop accounting software: a voucher top with the company
    and employee blocks, a four-column earnings table and a Taxes / Adjustments table, net at the foot."""
    c = stub.now
    buf, pdf = new_canvas(title="Paystub")
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(36, H - 44, stub.employer)
    pdf.setFont("Helvetica", 9)
    text_block(pdf, 36, H - 57, stub.extra["employer_addr"], "Helvetica", 9, 11)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawRightString(W - 36, H - 44, "Employee Pay Stub")
    pdf.setFont("Helvetica", 9)
    pdf.drawRightString(W - 36, H - 57, f"Check number: {stub.extra['check_no']}")
    pdf.drawRightString(W - 36, H - 69, f"Pay Period: {mdy(c.start)} - {mdy(c.end)}")
    pdf.drawRightString(W - 36, H - 81, f"Pay Date: {mdy(c.pay_date)}")
    y = H - 112
    pdf.setLineWidth(0.6)
    pdf.rect(36, y - 46, 260, 46)
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(42, y - 10, "Employee")
    text_block(pdf, 42, y - 22, [stub.employee.name, *stub.address], "Helvetica", 9, 10.5)
    pdf.rect(306, y - 46, W - 342, 46)
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(312, y - 12, f"Employee no.: {stub.extra['emp_id']}")
    pdf.drawString(312, y - 24, f"Trade: {stub.extra['title']}")
    pdf.drawString(312, y - 36, "Pay schedule: Every other week")
    y -= 66

    def table(heads: tuple[str, ...], rows: list[tuple[str, ...]], xs: tuple[float, ...]) -> None:
        nonlocal y
        pdf.setFillGray(0.9)
        pdf.rect(36, y - 4, W - 72, 14, stroke=0, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica-Bold", 8.5)
        for x, t in zip(xs, heads, strict=True):
            (pdf.drawString if x == xs[0] else pdf.drawRightString)(x, y, t)
        y -= 15
        pdf.setFont("Helvetica", 9)
        for r in rows:
            for x, t in zip(xs, r, strict=True):
                (pdf.drawString if x == xs[0] else pdf.drawRightString)(x, y, t)
            y -= 12
        y -= 10

    xs = (40, 300, 380, 470, W - 40)
    table(("Earnings", "Hours", "Rate", "Current", "YTD Amount"),
          [(e[0], h2(e[1]), f"{e[2]:.2f}", money(e[3]), money(stub.ytd(e[0]))) for e in c.earnings]
          + [("Total Gross Pay", "", "", money(c.gross), money(stub.gross_ytd))], xs)
    xs2 = (40, 470, W - 40)
    table(("Taxes", "Current", "YTD Amount"),
          [(t[0], "-" + money(t[1]), "-" + money(stub.ytd(t[0], "taxes"))) for t in c.taxes], xs2)
    table(("Adjustments", "Current", "YTD Amount"),
          [(d[0], "-" + money(d[1]), "-" + money(stub.ytd(d[0], "deductions"))) for d in c.deductions], xs2)
    pdf.setFont("Helvetica-Bold", 10.5)
    pdf.drawString(40, y, "Net Pay")
    pdf.drawRightString(470, y, money(c.net))
    pdf.drawRightString(W - 40, y, money(stub.net_ytd))
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


# --- bank statements ------------------------------------------------------------------------------------


@dataclass
class Statement:
    bank: str
    holders: list[str]
    address: list[str]
    last4: str
    start: dt.date
    end: dt.date
    opening: Decimal
    lines: list[tuple[dt.date, str, Decimal]]  # signed amounts
    savings: tuple[str, Decimal, Decimal] | None = None  # a linked savings account: last4, opening, interest

    @property
    def closing(self) -> Decimal:
        return D(self.opening + sum((a for _, _, a in self.lines), Decimal(0)))

    def expected(self) -> dict[str, Any]:
        return {"bank_name": self.bank, "account_last4": self.last4, "period_start": iso(self.start),
                "period_end": iso(self.end), "beginning_balance": float(self.opening),
                "ending_balance": float(self.closing)}


def statement_tidewater(st: Statement) -> bytes:
    """A cooperative bank's two-page combined statement: the business checking first (summary, then every
    transaction with a running balance), a linked savings account summarized on the second page."""
    buf, pdf = new_canvas(title="Combined Statement")
    navy = Color(0.07, 0.24, 0.42)

    def head(page: int) -> float:
        pdf.setFillColor(navy)
        pdf.setFont("Helvetica-Bold", 15)
        pdf.drawString(36, H - 44, st.bank)
        pdf.setFont("Helvetica", 8)
        pdf.drawString(36, H - 56, "Member FDIC  |  210 Wharf Street, Beaufort Landing, SC 29907  |  (843) 555-0190")
        pdf.setFillGray(0)
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawRightString(W - 36, H - 42, "COMBINED STATEMENT OF ACCOUNTS")
        pdf.setFont("Helvetica", 8.5)
        pdf.drawRightString(W - 36, H - 54, f"Statement period: {long_date(st.start)} - {long_date(st.end)}")
        pdf.drawRightString(W - 36, H - 65, f"Page {page} of 2")
        pdf.setStrokeColor(navy)
        pdf.setLineWidth(1.2)
        pdf.line(36, H - 72, W - 36, H - 72)
        pdf.setStrokeGray(0)
        return H - 90

    y = head(1)
    text_block(pdf, 36, y - 8, [*(h.upper() for h in st.holders), *st.address], "Helvetica", 9.5)
    y -= 80
    deposits = D(sum((a for _, _, a in st.lines if a > 0), Decimal(0)))
    debits = D(sum((-a for _, _, a in st.lines if a < 0), Decimal(0)))
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(36, y, f"Small Business Checking - account number ending {st.last4}")
    y -= 8
    pdf.setLineWidth(0.5)
    pdf.rect(36, y - 64, 300, 64)
    rows = ((f"Opening balance on {short_month(st.start)}", money(st.opening)),
            (f"Deposits and other additions ({sum(1 for *_, a in st.lines if a > 0)})", money(deposits)),
            (f"Withdrawals and other subtractions ({sum(1 for *_, a in st.lines if a < 0)})", money(debits)),
            (f"Closing balance on {short_month(st.end)}", money(st.closing)))
    pdf.setFont("Helvetica", 9)
    for i, (cap, val) in enumerate(rows):
        if i == 3:
            pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(42, y - 14 - i * 15, cap)
        pdf.drawRightString(330, y - 14 - i * 15, val)
    y -= 86
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(36, y, "Date")
    pdf.drawString(80, y, "Description")
    pdf.drawRightString(420, y, "Amount")
    pdf.drawRightString(W - 36, y, "Balance")
    pdf.line(36, y - 4, W - 36, y - 4)
    y -= 16
    bal = st.opening
    pdf.setFont("Helvetica", 8.8)
    for when, desc, amt in st.lines:
        bal = D(bal + amt)
        pdf.drawString(36, y, when.strftime("%m/%d"))
        pdf.drawString(80, y, desc)
        pdf.drawRightString(420, y, f"{amt:,.2f}")
        pdf.drawRightString(W - 36, y, money(bal))
        y -= 13
    footer(pdf)
    pdf.showPage()
    y = head(2)
    assert st.savings is not None
    s4, s_open, s_int = st.savings
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(36, y - 6, f"Business Savings - account number ending {s4}")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(42, y - 24, f"Opening balance on {short_month(st.start)}")
    pdf.drawRightString(330, y - 24, money(s_open))
    pdf.drawString(42, y - 38, "Interest paid this period")
    pdf.drawRightString(330, y - 38, money(s_int))
    pdf.drawString(42, y - 52, f"Closing balance on {short_month(st.end)}")
    pdf.drawRightString(330, y - 52, money(s_open + s_int))
    pdf.drawString(42, y - 66, "Annual percentage yield earned 0.35%")
    y -= 110
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(36, y, "In case of errors or questions about your electronic transfers")
    pdf.setFont("Helvetica", 8.3)
    paragraph(pdf, 36, y - 14, "Call or write us at the telephone number or address on this statement as soon as you "
              "can if you think your statement or receipt is wrong or if you need more information about a transfer "
              "listed on it. We must hear from you no later than 60 days after we sent you the FIRST statement on "
              "which the problem appeared. Tell us your name and account number, describe the error or the transfer "
              "you are unsure about, and tell us the dollar amount of the suspected error.", W - 72, size=8.3)
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


def statement_granite(st: Statement) -> bytes:
    """A savings bank's one-page checking statement: summary lines on the left, a Credits / Debits ledger."""
    buf, pdf = new_canvas(title="Account Statement")
    pdf.setFont("Times-Bold", 17)
    pdf.drawString(36, H - 46, st.bank)
    pdf.setFont("Times-Roman", 9)
    pdf.drawString(36, H - 58, "Since 1911  -  P.O. Box 88, Granite Ford, VT 05641")
    pdf.setFont("Helvetica", 9)
    pdf.drawRightString(W - 36, H - 44, f"Account ending in {st.last4}")
    pdf.drawRightString(W - 36, H - 56, f"Cycle: {mdy(st.start)} to {mdy(st.end)}")
    text_block(pdf, 36, H - 96, [*(h.upper() for h in st.holders), *st.address], "Helvetica", 9.5)
    credits = D(sum((a for _, _, a in st.lines if a > 0), Decimal(0)))
    debits = D(sum((-a for _, _, a in st.lines if a < 0), Decimal(0)))
    x0, y = 340, H - 96
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(x0, y, "EVERYDAY CHECKING SUMMARY")
    pdf.setFont("Helvetica", 9)
    for i, (cap, val) in enumerate((("Last statement balance", money(st.opening)), ("Credits", "+" + money(credits)),
                                    ("Debits", "-" + money(debits)), ("This statement balance", money(st.closing)))):
        pdf.drawString(x0, y - 14 - i * 13, cap)
        pdf.drawRightString(W - 36, y - 14 - i * 13, val)
    y = H - 190
    pdf.setFillGray(0.9)
    pdf.rect(36, y - 4, W - 72, 14, stroke=0, fill=1)
    pdf.setFillGray(0)
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(40, y, "Posted")
    pdf.drawString(90, y, "Transaction")
    pdf.drawRightString(430, y, "Credits")
    pdf.drawRightString(W - 40, y, "Debits")
    y -= 16
    pdf.setFont("Helvetica", 9)
    for when, desc, amt in st.lines:
        pdf.drawString(40, y, mdy(when)[:5])
        pdf.drawString(90, y, desc)
        pdf.drawRightString(430 if amt > 0 else W - 40, y, money(abs(amt)))
        y -= 13
    y -= 14
    pdf.setFont("Helvetica", 7.8)
    paragraph(pdf, 36, y, "Deposits are federally insured to the legal maximum. Please examine this statement "
              "promptly and report any discrepancy within 30 days.", W - 72, size=7.8)
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


# --- letters --------------------------------------------------------------------------------------------


def hardship_letter(person: Person, address: list[str], when: dt.date, loan: str, servicer: str, body: list[str],
                    mode: str, rng: random.Random, co: Person | None = None) -> bytes:
    """A borrower's typed letter in plain words; signed in ink when it will be printed and scanned, a typed
    name only when e-mailed."""
    buf, pdf = new_canvas(title="letter")
    y = text_block(pdf, 72, H - 72, [person.name, *address, person.phone], "Times-Roman", 11.5, 14)
    y = text_block(pdf, 72, y - 14, [long_date(when)], "Times-Roman", 11.5)
    y = text_block(pdf, 72, y - 14, [servicer, f"Re: Loan number {loan}"], "Times-Roman", 11.5, 14)
    y = text_block(pdf, 72, y - 14, ["To whom it may concern,"], "Times-Roman", 11.5) - 6
    for para in body:
        y = paragraph(pdf, 72, y, para, W - 144, "Times-Roman", 11.5, 15) - 8
    y = text_block(pdf, 72, y - 4, ["Thank you,"], "Times-Roman", 11.5) - 8
    for who in [person, *([co] if co else [])]:
        if mode == "ink":
            signature(pdf, 76, y + 2, 150, who.name, rng)
        y = text_block(pdf, 72, y - 22, [who.name], "Times-Roman", 11.5) - 10
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


def letterhead(pdf: canvas.Canvas, name: str, lines: list[str], color: Color) -> None:
    pdf.setFillColor(color)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(72, H - 60, name)
    pdf.setFont("Helvetica", 8.5)
    text_block(pdf, 72, H - 73, lines, "Helvetica", 8.5, 10.5)
    pdf.setFillGray(0)


def benefit_letter(kind: str, person: Person, address: list[str], when: dt.date, amount: Decimal,
                   details: dict[str, str]) -> bytes:
    """The benefit letters: the VA's compensation award summary, Social Security's benefit statement, a
    pension fund's payment letter, a disability insurer's approval and a state's unemployment notice."""
    buf, pdf = new_canvas(title="letter")
    if kind == "va":
        letterhead(pdf, "DEPARTMENT OF VETERANS AFFAIRS", ["Regional Office", "Benefits summary letter"],
                   Color(0.05, 0.18, 0.38))
    elif kind == "ssa":
        letterhead(pdf, "SOCIAL SECURITY ADMINISTRATION", ["Important information", "www.ssa.gov  |  1-800-772-1213"],
                   Color(0.05, 0.18, 0.38))
    else:
        letterhead(pdf, details["org"], details["org_lines"].split("|"), Color(0.20, 0.20, 0.20))
    pdf.setFont("Times-Roman", 11)
    pdf.drawRightString(W - 72, H - 60, long_date(when))
    if details.get("ref"):
        pdf.drawRightString(W - 72, H - 74, details["ref"])
    y = text_block(pdf, 72, H - 130, [person.name.upper(), *address], "Times-Roman", 11, 13.5) - 14
    paras: list[str]
    if kind == "va":
        paras = [f"Dear {person.name}:",
                 "This letter is a summary of benefits you currently receive from the Department of Veterans "
                 "Affairs. We are providing it at your request; you may show it to a lender or other organization.",
                 f"Your service-connected disability combined evaluation is {details['rating']}.",
                 f"Your current monthly award amount is {usd(amount)}, paid on the first business day of each month "
                 f"for the month before. The effective date of the last change to your award is {details['eff']}.",
                 "VA disability compensation is not taxable income.",
                 "If you have questions, call us at 1-800-827-1000 or visit va.gov."]
    elif kind == "ssa":
        paras = [f"Dear {person.name}:",
                 f"We are writing about the Social Security benefits you receive. Beginning {details['eff']}, your "
                 f"monthly benefit before any deductions is {usd(amount)}.",
                 "Social Security benefits are paid each month. You receive your payment on the second Wednesday "
                 "of the month by direct deposit.",
                 "Benefits may be taxable. Each January we send you a Form SSA-1099 showing the total paid for the "
                 "year before.",
                 "You may use this letter as proof of your income. Keep it for your records."]
    elif kind == "pension":
        paras = [f"Dear {person.name}:",
                 f"This confirms that you receive a monthly pension of {usd(amount)} (gross) from the "
                 f"{details['plan']}. Payments began {details['eff']} and are paid monthly for your lifetime under "
                 "the single life annuity you elected.",
                 "Federal income tax is withheld from each payment as you directed on your Form W-4P. The pension is "
                 "taxable income and is reported to you each year on Form 1099-R.",
                 "Please keep this letter. If you need another copy, call the Fund Office."]
    elif kind == "ltd":
        paras = [f"Dear {person.name}:",
                 f"Re: Group long term disability claim {details['claim']}",
                 f"We have approved your claim for long term disability benefits under the group policy issued to "
                 f"{details['employer']}. Your gross monthly benefit is {usd(amount)}, payable monthly, beginning "
                 f"{details['eff']}.",
                 "Because your employer paid the premium for this coverage, the benefits are taxable income. We will "
                 "send you a Form W-2 for benefits paid each year.",
                 "Benefits continue while you remain disabled as the policy defines it. We will review your claim "
                 "periodically and may ask for updated information."]
    else:  # state unemployment
        paras = [f"Dear {person.name}:",
                 f"NOTICE OF BENEFIT AWARD - claim effective {details['eff']}",
                 f"You have been found eligible for unemployment insurance benefits. Your weekly benefit amount is "
                 f"{usd(amount)}. Your maximum benefit amount for this benefit year is {details['max']}.",
                 "To keep receiving payments you must request them every two weeks and continue to look for work. "
                 "Payments are made by direct deposit to the account you chose.",
                 "Unemployment benefits are taxable income. You can have federal tax withheld by asking for it when "
                 "you request payment."]
    for para in paras:
        y = paragraph(pdf, 72, y, para, W - 144, "Times-Roman", 11, 14.5) - 8
    y -= 10
    text_block(pdf, 72, y, ["Sincerely,", "", details.get("signer", "Claims Department")], "Times-Roman", 11)
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


def form4506c(person: Person, street: str, city: str, state: str, zip_code: str, when: dt.date,
              rng: random.Random, servicer: str) -> bytes:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), its fields removed and the answers typed over it in
    a PDF editor, signed with a drawn signature and the date typed."""
    reader = PdfReader(FORM4506C_BLANK)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page[NameObject("/Annots")]
    first, *middle, last = person.name.split()
    mid = middle[0][0] if middle else ""

    def typed(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica", 9)
        for x, y, text in ((27, 668, first), (114, 668, mid), (171, 668, last), (27, 636, f"XXX-XX-{person.ssn4}"),
                           (27, 571, street), (312, 571, city), (420, 571, state), (474, 571, zip_code),
                           (27, 506, "Ledgerline Verification Services"), (312, 506, "0000418822"),
                           (420, 506, "LVS4506"), (27, 484, "1500 Commerce Parkway Suite 300"),
                           (312, 484, "Plano"), (420, 484, "TX"), (474, 484, "75093"),
                           (27, 430, servicer), (474, 430, "(855) 410-2271"), (27, 362, "1040"),
                           (24, 268, "12"), (52, 268, "31"), (81, 268, str(YEAR - 1)), (186, 268, "12"),
                           (214, 268, "31"), (243, 268, str(YEAR - 2)), (63, 128, person.name)):
            pdf.drawString(x, y, text)
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(99, 349, "X")
        pdf.drawString(27, 195, "X")
        signature(pdf, 70, 170, 180, person.name, rng, ink=BLACK_INK, height=12)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(345, 169, mdy(when))
        pdf.drawString(434, 169, person.phone)

    root = writer._root_object
    if "/AcroForm" in root:
        del root[NameObject("/AcroForm")]
    base = write_pdf(writer)
    return overlay(base, {0: lambda pdf: (typed(pdf), footer(pdf))})


def fax_cover(sender: str, fax_from: str, to: str, pages: int, when: dt.date, note: str) -> bytes:
    buf, pdf = new_canvas(title="fax")
    pdf.setFont("Helvetica-Bold", 30)
    pdf.drawString(72, H - 110, "FAX")
    pdf.setFont("Helvetica", 12)
    y = H - 160
    for cap, val in (("To:", to), ("From:", sender), ("Fax from:", fax_from), ("Date:", mdy(when)),
                     ("Pages (with cover):", str(pages))):
        pdf.setFont("Helvetica-Bold", 12)
        pdf.drawString(72, y, cap)
        pdf.setFont("Helvetica", 12)
        pdf.drawString(210, y, val)
        y -= 26
    pdf.line(72, y, W - 72, y)
    paragraph(pdf, 72, y - 24, note, W - 144, "Helvetica", 12, 16)
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


def separator_sheet(loan: str) -> bytes:
    buf, pdf = new_canvas(title="separator")
    pdf.setFont("Helvetica-Bold", 22)
    pdf.drawCentredString(W / 2, H - 120, "DOCUMENT SEPARATOR")
    pdf.setFont("Helvetica", 12)
    pdf.drawCentredString(W / 2, H - 146, "Place in front of each borrower packet - mailroom use")
    image = barcode_image(f"LOAN {loan}", scale=3)
    pdf.drawImage(ImageReader(image.convert("L")), 156, 440, width=300, height=90)
    pdf.setFont("Courier-Bold", 14)
    pdf.drawCentredString(W / 2, 418, f"LOAN {loan}")
    footer(pdf)
    pdf.showPage()
    return finish(buf, pdf)


# --- the checklist (shared/spec/checklist.md) -----------------------------------------------------------

FRESH_DAYS = 90
HARDSHIP_PROOF = {
    "disability_or_illness": {"hardship_letter", "medical_statement"},
    "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
    "separation_unmarried": {"quitclaim_deed"},
    "death": {"death_certificate", "obituary"},
    "relocation": {"military_pcs_orders", "employer_relocation_letter"},
    "other": {"hardship_letter"},
}


@dataclass
class Doc:
    type: str
    data: bytes
    fields: dict[str, Any] = field(default_factory=dict)
    when: dt.date | None = None  # the date freshness is judged by
    meta: dict[str, Any] = field(default_factory=dict)
    forms: bool = False  # an AcroForm whose values must be drawn when printed


def fresh(doc: Doc, received: dt.date) -> bool:
    return doc.when is not None and (received - doc.when).days <= FRESH_DAYS


def two_statements(docs: list[Doc], received: dt.date) -> bool:
    statements = [d for d in docs if d.type == "bank_statement"]
    for newer in statements:
        for older in statements:
            if newer is older or newer.meta["account"] != older.meta["account"]:
                continue
            if older.meta["end"] + dt.timedelta(days=1) == newer.meta["start"] and fresh(newer, received) \
                    and fresh(older, received):
                return True
    return False


def missing_codes(app: App | None, docs: list[Doc], received: dt.date) -> list[str]:
    if app is None:
        return ["application"]
    codes = []
    if app.signed_on is None or (app.co is not None and app.co_signed_on is None):
        codes.append("application_signature")
    required = {"loan_number": app.loan, "borrower_name": app.borrower.name, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.hardship_start,
                "income": app.total > 0}
    codes += [f"application_field:{k}" for k, v in required.items() if not v]
    claimed = [c for c in INCOMES if app.amount(c) > 0]
    statements = two_statements(docs, received)
    ok_fresh = [d for d in docs if fresh(d, received)]
    for code in claimed:
        if code == "unemployment":
            continue
        if code == "wages":
            done = statements or any(d.type == "pay_stub" and d.fields.get("gross_ytd") is not None
                                     for d in ok_fresh)
        elif code == "self_employment":
            done = statements or any((d.type in ("profit_and_loss_statement", "tax_return") and d.meta.get("signed"))
                                     for d in ok_fresh)
        elif code in ("benefits_taxable", "benefits_nontaxable"):
            done = statements or any(d.type == "benefit_award_letter" and d.fields.get("benefit_type") == code
                                     for d in ok_fresh)
        elif code == "rental":
            done = statements or sum(1 for d in ok_fresh if d.type == "rent_check") >= 2
        elif code == "investment":
            done = statements or sum(1 for d in ok_fresh if d.type == "investment_statement") >= 2
        else:
            done = statements or any(d.meta.get("shows_other") for d in ok_fresh)
        if not done:
            codes.append(f"income_doc:{code}")
    types = {d.type for d in docs}
    for hardship in app.hardships:
        if hardship in HARDSHIP_PROOF and not HARDSHIP_PROOF[hardship] & types:
            codes.append(f"hardship_doc:{hardship}")
    if (app.amount("self_employment") > 0 or app.amount("rental") > 0) and not any(
            d.type == "irs_form_4506c" and d.fields.get("signed") for d in docs):
        codes.append("irs_form_4506c")
    return codes


# --- packets --------------------------------------------------------------------------------------------


@dataclass
class File:
    name: str
    mode: str  # digital | scan | fax
    parts: list[Doc | bytes]  # documents, or bare bytes for pages that are no document (cover, separator)
    dpi: int = 200


@dataclass
class Packet:
    name: str
    loan: str
    received: dt.date
    app: App | None
    files: list[File]
    intended: list[str]
    fax_header: str = ""


def build_file(spec: File, rng: random.Random, fax_header: str) -> tuple[bytes, list[tuple[Doc | None, int]]]:
    """The file's bytes and, per page in order, the document it belongs to and its page within it."""
    layout: list[tuple[Doc | None, int]] = []
    for part in spec.parts:
        data = part.data if isinstance(part, Doc) else part
        layout += [(part if isinstance(part, Doc) else None, i + 1) for i in range(page_count(data))]
    if spec.mode == "digital":
        datas = [p.data if isinstance(p, Doc) else p for p in spec.parts]
        return (datas[0] if len(datas) == 1 else join_pdfs(datas)), layout
    images: list[Image.Image] = []
    for part in spec.parts:
        data, forms = (part.data, part.forms) if isinstance(part, Doc) else (part, False)
        images += render(data, 200 if spec.mode == "fax" else spec.dpi, forms)
    if spec.mode == "scan":
        return images_to_pdf([scan_image(im, rng) for im in images], spec.dpi), layout
    out = []
    for number, image in enumerate(images, start=1):
        sheet = scan_image(image, rng, paper=250, tilt=rng.uniform(-0.4, 0.4))
        bw = sheet.point(lambda v: 0 if v < 150 else 255)
        draw = ImageDraw.Draw(bw)
        font = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf", 22)
        draw.rectangle((0, 0, bw.size[0], 34), fill=255)
        draw.text((30, 6), f"{fax_header}   P.{number:02d}/{len(images):02d}", fill=0, font=font)
        speck = _speckle(bw.size, rng, 4000).point(lambda v: 255 if v > 30 else 0)
        bw.paste(0, mask=speck)
        out.append(bw)
    return images_to_pdf(out, 200, jpeg=False), layout


def write_packet(packet: Packet, out: Path, rng: random.Random) -> dict[str, Any]:
    root = out / packet.name
    if root.exists():
        shutil.rmtree(root)
    (root / "inbox").mkdir(parents=True)
    pages: dict[int, list[dict[str, Any]]] = {}
    order: list[Doc] = []
    scanned_of: dict[int, bool] = {}
    for spec in packet.files:
        data, layout = build_file(spec, rng, packet.fax_header)
        target = root / "inbox" / spec.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        for index, (doc, within) in enumerate(layout, start=1):
            if doc is None:
                continue
            if id(doc) not in pages:
                order.append(doc)
                pages[id(doc)] = []
            pages[id(doc)].append((within, {"file": spec.name, "page": index}))
            scanned_of[id(doc)] = spec.mode != "digital"
    documents = []
    for n, doc in enumerate(order, start=1):
        documents.append({"id": f"D{n:02d}", "type": doc.type, "scanned": scanned_of[id(doc)],
                          "pages": [p for _, p in sorted(pages[id(doc)], key=lambda t: t[0])],
                          "fields": doc.fields})
    docs = order
    codes = missing_codes(packet.app, docs, packet.received)
    expected = {"loan_number": packet.loan, "received_on": iso(packet.received),
                "status": "complete" if not codes else "incomplete", "missing": codes,
                "application": packet.app.expected() if packet.app else None, "documents": documents}
    (root / "expected.json").write_text(json.dumps(expected, indent=1) + "\n")
    return expected


def stub_doc(stub: Stub, layout: Any) -> Doc:
    return Doc("pay_stub", layout(stub), stub.expected(), stub.now.pay_date)


def statement_doc(st: Statement, layout: Any, shows_other: bool = False) -> Doc:
    return Doc("bank_statement", layout(st), st.expected(), st.end,
               {"account": st.last4, "start": st.start, "end": st.end, "shows_other": shows_other})


def letter_doc(kind: str, person: Person, address: list[str], when: dt.date, amount: Decimal,
               details: dict[str, str], benefit: str) -> Doc:
    data = benefit_letter(kind, person, address, when, amount, details)
    if benefit == "unemployment":
        return Doc("unemployment_benefit_letter", data, {"letter_date": iso(when), "benefit_type": benefit}, when)
    return Doc("benefit_award_letter", data, {"letter_date": iso(when), "monthly_amount": float(D(amount)),
                                              "benefit_type": benefit}, when)


def hardship_doc(person: Person, address: list[str], when: dt.date, app: App, servicer: str, body: list[str],
                 mode: str, rng: random.Random, co: Person | None = None) -> Doc:
    return Doc("hardship_letter", hardship_letter(person, address, when, app.loan, servicer, body, mode, rng, co),
               {"letter_date": iso(when)}, when)


def cents(rng: random.Random, low: int, high: int) -> Decimal:
    return D(Decimal(rng.randrange(low * 100, high * 100)) / 100)


def packet_aa1(rng: random.Random) -> Packet:
    """Form 710 typed and signed on the screen; a state prison's bi-weekly stubs; e-mailed into a loan folder."""
    loan = "0061742093"
    me = Person("Terrence J. Whitfield", "9318", "(607) 555-0146", "twhitfield@example.com")
    addr = ["418 Orchard Hill Road", "Elmira Heights, NY 14903"]
    received = day(f"{YEAR}-02-17")
    rate = Decimal("27.4300")

    def earn(i: int, start: dt.date, end: dt.date) -> list:
        rows = [hourly("REGULAR", Decimal(80), rate), hourly("SHIFT DIFF", Decimal(40), Decimal("1.2500"))]
        if i % 2 == 0:
            rows.append(hourly("HOLIDAY PREMIUM", Decimal(8), D(rate * Decimal("0.5"))))
        return rows

    stub = make_stub("Whitlow Ridge Correctional Facility", me, addr, "biweekly", day(f"{YEAR}-01-03"), 6,
                     day(f"{YEAR}-02-06"), earn,
                     lambda g: [("Employees' Retirement", D(g * Decimal("0.03"))), ("Health Insurance", D("96.40")),
                                ("Correction Officers Assn. dues", D("31.75"))],
                     extra={"payer": "State Comptroller - Payroll Services", "payer_addr":
                            "110 State Street, Albany, NY 12236 (synthetic)", "emp_id": "N0483317",
                            "title": "Correction Officer", "annual": "112.50", "sick": "64.00",
                            "advice": "0031877402", "acct": "6620"})
    earlier = Stub(stub.employer, me, addr, "biweekly", stub.checks[:-1], {**stub.extra, "advice": "0031602215"})
    monthly = D(stub.checks[-2].gross * 26 / 12)
    app = App(loan, me, None, addr[0], "Elmira Heights", "NY", "14903", "primary_residence",
              ["reduction_in_income"], day(f"{YEAR - 1}-10-15"), {"wages": {"b": monthly}}, day(f"{YEAR}-02-10"),
              None)
    form = Doc("mortgage_assistance_application", form710(app, "screen", rng, cents(rng, 200, 900)), {}, None,
               forms=True)
    letter = hardship_doc(me, addr, day(f"{YEAR}-02-10"), app, "Loss Mitigation Department", [
        "I am asking for help with my mortgage payment. I work as a correction officer for the state. Until last "
        "October I was working a lot of mandatory overtime, and that overtime is what let us keep up with the house "
        "payment after my wife's hours were cut at her job.",
        "In October the facility changed the schedule and overtime was taken away from most of the officers on my "
        "shift. My check went down by about a third. I have been paying what I can but I fell two months behind by "
        "December.",
        "I still have my job and my base pay has not changed, so I believe I can afford a lower payment going "
        "forward. I would like to stay in the house. I have attached my last two pay stubs."], "none", rng)
    files = [File(f"{loan}/Form 710 Whitfield signed.pdf", "digital", [form]),
             File(f"{loan}/Paystub 01-23.pdf", "digital", [stub_doc(earlier, stub_prison)]),
             File(f"{loan}/Paystub 02-06.pdf", "digital", [stub_doc(stub, stub_prison)]),
             File(f"{loan}/hardship letter.pdf", "digital", [letter])]
    return Packet("aa1", loan, received, app, files, [])


def packet_aa2(rng: random.Random) -> Packet:
    """Ferncliff's two-column form typed and signed on the screen by both; a fast-food franchise's weekly stubs
    from a payroll service; the co-borrower's VA award letter; loose files named with the loan number."""
    loan = "3308174526"
    me = Person("Renata M. Osei", "9412", "(541) 555-0132", "renata.osei@example.net")
    co = Person("Daniel K. Osei", "9377", "(541) 555-0178", "dkosei@example.net")
    addr = ["2217 Larchmont Way", "Eugene, OR 97404"]
    received = day(f"{YEAR}-03-09")
    rate = Decimal("19.75")
    hours = [Decimal(h) for h in (38, 40, 36.5, 41, 39.25, 40, 37.75, 42, 40.5, 38)]

    def earn(i: int, start: dt.date, end: dt.date) -> list:
        h = hours[i % len(hours)]
        rows = [hourly("Regular", min(h, Decimal(40)), rate)]
        if h > 40:
            rows.append(hourly("Overtime", h - 40, D(rate * Decimal("1.5"))))
        rows.append(("Shift lead premium", Decimal(0), Decimal(0), D("25.00")))
        return rows

    extra = {"employer_line": "Golden Griddle franchise  -  2950 Gateway St, Springfield, OR 97477", "store": "0417",
             "emp_id": "GG-20931", "title": "Shift Manager", "rate": "19.75", "service": "PayCrest Payroll Services"}
    stub = make_stub("Golden Griddle Restaurants of Lane County LLC", me, addr, "weekly", day(f"{YEAR}-01-04"), 5,
                     day(f"{YEAR}-03-05"), earn, lambda g: [("Meal deduction", D("12.00"))], "0.07", "0.06",
                     "OR state income tax", extra)
    earlier = Stub(stub.employer, me, addr, "weekly", stub.checks[:-1], extra)
    va = D("1812.40")
    app = App(loan, me, co, addr[0], "Eugene", "OR", "97404", "primary_residence", ["disability_or_illness"],
              day(f"{YEAR - 1}-11-03"), {"wages": {"b": D("3422.00")}, "benefits_nontaxable": {"c": va}},
              day(f"{YEAR}-03-04"), day(f"{YEAR}-03-04"), long_term=True)
    form = Doc("mortgage_assistance_application", ferncliff_form(app, "screen", rng))
    stubs = [stub_doc(earlier, stub_payroll_service), stub_doc(stub, stub_payroll_service)]
    award = letter_doc("va", co, addr, day(f"{YEAR}-01-20"), va, {"rating": "70 percent", "eff": "December 1, "
                       f"{YEAR - 1}", "signer": "Veterans Service Center Manager"}, "benefits_nontaxable")
    letter = hardship_doc(me, addr, day(f"{YEAR}-03-04"), app, "Ferncliff Mutual Mortgage Servicing", [
        "My husband Daniel had a stroke in November. He was a delivery driver and he has not been able to go back "
        "to work. His doctors say he will need therapy for a long time and he may not drive again.",
        "Daniel now gets VA disability compensation, which is less than half of what he earned. I work full time "
        "as a shift manager at a restaurant but my pay alone does not cover the mortgage and our other bills.",
        "We want to keep our home. We are asking for a payment we can manage on my pay and his VA benefit."],
        "none", rng)
    files = [File(f"{loan}_application.pdf", "digital", [form]),
             File(f"{loan}_paystubs.pdf", "digital", stubs),
             File(f"{loan}_VA award.pdf", "digital", [award]),
             File(f"{loan}_letter.pdf", "digital", [letter])]
    return Packet("aa2", loan, received, app, files, [])


def packet_aa3(rng: random.Random) -> Packet:
    """Marrowstone's short form typed, printed, signed in ink and scanned; a hotel's salary stubs scanned; the
    'other' hardship has no letter; a loan folder of one scan per paper."""
    loan = "7120093385"
    me = Person("Marisol T. Vega", "9563", "(360) 555-0119", "mvega.home@example.org")
    addr = ["86 Kestrel Court", "Silverdale, WA 98383"]
    received = day(f"{YEAR}-04-13")
    salary = Decimal("2275.00")
    extra = {"employer_line": "1 Bayfront Plaza, Bremerton, WA 98337  -  Human Resources (360) 555-0100",
             "emp_id": "40871", "dept": "Front Office", "title": "Front Office Manager", "salary": "$54,600.00"}
    stub = make_stub("Harborview Grand Hotel", me, addr, "semimonthly", day(f"{YEAR}-01-15"), 5,
                     day(f"{YEAR}-04-05"), lambda i, s, e: [("Salary", Decimal(0), Decimal(0), salary)],
                     lambda g: [("Medical - employee", D("88.15")), ("401(k)", D(g * Decimal("0.04")))], "0.09",
                     "0.0058", "WA Paid Leave", extra)
    earlier = Stub(stub.employer, me, addr, "semimonthly", stub.checks[:-1], extra)
    app = App(loan, me, None, addr[0], "Silverdale", "WA", "98383", "primary_residence", ["other"],
              day(f"{YEAR}-01-21"), {"wages": {"b": D("4550.00")}}, day(f"{YEAR}-04-07"), None,
              other_text="Identity theft - savings emptied")
    form = Doc("mortgage_assistance_application", marrowstone_form(app, "ink", rng))
    files = [File(f"{loan}/Scan_0408_001.pdf", "scan", [form], 200),
             File(f"{loan}/Scan_0408_002.pdf", "scan", [stub_doc(earlier, stub_hotel)], 200),
             File(f"{loan}/Scan_0408_003.pdf", "scan", [stub_doc(stub, stub_hotel)], 200)]
    return Packet("aa3", loan, received, app, files, ["hardship_doc:other"])


def trucking_earn(miles: list[int], cpm: Decimal) -> Any:
    def earn(i: int, start: dt.date, end: dt.date) -> list:
        m = Decimal(miles[i % len(miles)])
        rows = [("Mileage pay", m, cpm, D(m * cpm))]
        if i % 3 == 1:
            rows.append(("Detention", Decimal(0), Decimal(0), D("60.00")))
        rows.append(("Stop pay", Decimal(0), Decimal(0), D(Decimal(25) * (2 + i % 3))))
        return rows
    return earn


def loads_for(check: Check, rng: random.Random, routes: list[tuple[str, str]]) -> list[tuple[str, ...]]:
    miles = int(check.earnings[0][1])
    split = [miles // 3, miles // 3, miles - 2 * (miles // 3)]
    out = []
    for k, m in enumerate(split):
        frm, to = routes[(k + check.end.day) % len(routes)]
        when = check.start + dt.timedelta(days=1 + 2 * k)
        out.append((f"L{check.end.strftime('%m%d')}{k + 1}{rng.randrange(10, 99)}", mdy(when), frm, to, str(m),
                    money(D(Decimal(m) * check.earnings[0][2]))))
    return out


def packet_aa4(rng: random.Random) -> Packet:
    """Marrowstone's short form typed in its PDF and signed on the screen by both; a trucking company's weekly
    settlements paid in January (stale by May); the wife's unemployment award; loose files named by surname."""
    loan = "0052719934"
    me = Person("Dale R. Pruitt", "9720", "(417) 555-0163", "dale.pruitt@example.com")
    co = Person("Sharon L. Pruitt", "9751", "(417) 555-0164", "sharonp@example.com")
    addr = ["1209 Tanager Lane", "Joplin, MO 64804"]
    received = day(f"{YEAR}-05-11")
    cpm = Decimal("0.585")
    routes = [("Joplin, MO", "Tulsa, OK"), ("Tulsa, OK", "Wichita, KS"), ("Wichita, KS", "Springfield, MO"),
              ("Springfield, MO", "Fort Smith, AR"), ("Fort Smith, AR", "Joplin, MO")]
    extra = {"employer_line": "2400 Industrial Park Dr, Carthage, MO 64836  -  DOT 1928374", "settle": "",
             "emp_id": "D-1187", "truck": "Unit 214"}
    stub = make_stub("Ozark Crossroads Freight, Inc.", me, addr, "weekly", day(f"{YEAR}-01-03"), 6,
                     day(f"{YEAR}-01-30"), trucking_earn([2240, 2415, 1980, 2530, 2310], cpm),
                     lambda g: [("Health plan", D("54.00")), ("Uniform/ELD fee", D("7.50"))], "0.08", "0.04",
                     "MO withholding", extra)
    stubs = []
    for n in (len(stub.checks) - 1, len(stub.checks)):
        part = Stub(stub.employer, me, addr, "weekly", stub.checks[:n],
                    {**extra, "settle": f"S-{stub.checks[n - 1].end.strftime('%y%m%d')}-1187",
                     "loads": loads_for(stub.checks[n - 1], rng, routes)})
        stubs.append(stub_doc(part, stub_trucking))
    weekly = D("412.00")
    app = App(loan, me, co, addr[0], "Joplin", "MO", "64804", "primary_residence", ["disaster"],
              day(f"{YEAR}-02-19"), {"wages": {"b": D("4310.00")}, "unemployment": {"c": D(weekly * 52 / 12)}},
              day(f"{YEAR}-05-06"), day(f"{YEAR}-05-06"))
    form = Doc("mortgage_assistance_application", marrowstone_form(app, "screen", rng))
    ui = letter_doc("ui", co, addr, day(f"{YEAR}-03-02"), weekly,
                    {"org": "Division of Employment Security", "org_lines": "Unemployment Insurance|PO Box 59, "
                     "Jefferson City, MO 65104 (synthetic)", "eff": f"February 22, {YEAR}", "max": "$7,416.00",
                     "ref": "Claim ID UI-5581027", "signer": "Unemployment Insurance Claims Center"}, "unemployment")
    letter = hardship_doc(me, addr, day(f"{YEAR}-05-06"), app, "Marrowstone Bay Mortgage", [
        "In February the creek behind our subdivision flooded and water came into our basement and garage. The "
        "insurance paid for part of the repairs but we had to pay the rest ourselves.",
        "The same week the flood closed the warehouse where my wife Sharon worked and she was laid off. She is on "
        "unemployment now. I drive for Ozark Crossroads and I am back on my regular runs.",
        "We got behind while we were cleaning up and paying for repairs. We would like to catch up with a plan "
        "we can afford."], "none", rng, co)
    stem = f"Pruitt {loan} - "
    files = [File(stem + "short form.pdf", "digital", [form]), File(stem + "pay.pdf", "digital", stubs),
             File(stem + "unemployment.pdf", "digital", [ui]), File(stem + "letter.pdf", "digital", [letter])]
    return Packet("aa4", loan, received, app, files, ["income_doc:wages"])


def packet_aa5(rng: random.Random) -> Packet:
    """Form 710 typed, printed, signed and dated in ink by the borrower only - his wife, named as co-borrower,
    never signed - and faxed from a public library with a cover sheet; Social Security's and a pension fund's
    letters; the wife's bi-weekly stub from an electrical contractor."""
    loan = "2284605517"
    me = Person("Howard E. Lindqvist", "9245", "(218) 555-0187", "h.lindqvist@example.net")
    co = Person("Janet M. Lindqvist", "9286", "(218) 555-0188", "janetl@example.net")
    addr = ["5302 Birchwood Trail", "Hermantown, MN 55811"]
    received = day(f"{YEAR}-06-08")
    ss, pension = D("1486.00"), D("912.35")
    rate = Decimal("24.10")

    def earn(i: int, start: dt.date, end: dt.date) -> list:
        rows = [hourly("Regular", Decimal(80), rate)]
        if i % 4 == 2:
            rows.append(hourly("Overtime 1.5", Decimal(6), D(rate * Decimal("1.5"))))
        return rows

    extra = {"employer_addr": ["1150 Commonwealth Ave", "Duluth, MN 55808", "(218) 555-0140"], "check_no": "10482",
             "emp_id": "017", "title": "Electrician apprentice, 3rd year"}
    stub = make_stub("Kessler Electric & Sons, Inc.", co, addr, "biweekly", day(f"{YEAR}-01-03"), 6,
                     day(f"{YEAR}-05-28"), earn,
                     lambda g: [("IBEW Local dues", D("38.50")), ("Health ins. (pre-tax)", D("142.00"))], "0.07",
                     "0.05", "MN Income Tax", extra)
    app = App(loan, me, co, addr[0], "Hermantown", "MN", "55811", "primary_residence",
              ["increase_in_housing_expenses"], day(f"{YEAR}-01-01"),
              {"benefits_taxable": {"b": D(ss + pension)}, "wages": {"c": D("4177.33")}}, day(f"{YEAR}-05-30"), None,
              long_term=True)
    form = Doc("mortgage_assistance_application", form710(app, "ink", rng, cents(rng, 900, 2400)), forms=True)
    ssa = letter_doc("ssa", me, addr, day(f"{YEAR}-04-14"), ss, {"eff": f"January {YEAR}",
                     "ref": "BNC# 32N4471", "signer": "Social Security Administration"}, "benefits_taxable")
    fund = letter_doc("pension", me, addr, day(f"{YEAR}-05-19"), pension,
                      {"org": "Arrowhead Paper Workers Pension Fund", "org_lines": "Fund Office|2 Harbor View "
                       "Place, Duluth, MN 55802 (synthetic)|(218) 555-0101", "plan": "Arrowhead Paper Workers "
                       "Pension Fund", "eff": "April 1, 2027", "ref": "Participant no. 0044127",
                       "signer": "Fund Administrator"}, "benefits_taxable")
    letter = hardship_doc(me, addr, day(f"{YEAR}-05-30"), app, "Mortgage servicing - loss mitigation", [
        "Our property taxes went up by almost $2,400 this year after the county reassessed our neighborhood, and "
        "our homeowners insurance went up at the same time. The escrow on our loan was raised and our payment went "
        "up by more than $300 a month starting in January.",
        "I am retired and live on Social Security and my pension. My wife works as an apprentice electrician. "
        "Between us we have not been able to make the new payment and we are three months behind.",
        "We would like to be reviewed for a modification so we can keep the house."], "ink", rng)
    papers = [form, stub_doc(stub, stub_shop), ssa, fund, letter]
    total = 1 + sum(page_count(d.data) for d in papers)
    cover = fax_cover("Howard Lindqvist", "Hermantown Public Library", "Loss Mitigation - fax (855) 410-2290", total,
                      day(f"{YEAR}-06-08"), f"Loan {loan}. Mortgage assistance application with income papers and "
                      "our letter. Please call if anything else is needed.")
    files = [File("FAX_20320608_091544.pdf", "fax", [cover, *papers])]
    return Packet("aa5", loan, received, app, files, ["application_signature"],
                  fax_header="JUN-08-2032 09:12  HERMANTOWN PUB LIB  218 555 0100")


def packet_aa6(rng: random.Random) -> Packet:
    """Ashgrove's question-and-answer form typed in its PDF and signed on the screen; a self-employed painter's
    two combined business statements and a signed 4506-C; e-mailed into a loan folder."""
    loan = "4410278836"
    me = Person("Anthony V. Russo", "9104", "(843) 555-0151", "russopainting@example.com")
    addr = ["37 Palmetto Bluff Drive", "Beaufort, SC 29902"]
    received = day(f"{YEAR}-07-13")
    holders = [me.name, "dba Russo Painting & Drywall"]
    opening = cents(rng, 1800, 3200)
    statements = []
    for month in (5, 6):
        start = dt.date(YEAR, month, 1)
        end = dt.date(YEAR, month + 1, 1) - dt.timedelta(days=1)
        lines = [(start + dt.timedelta(days=3), "Mobile deposit - check 1182", cents(rng, 1800, 2600)),
                 (start + dt.timedelta(days=6), "Sherwin paint supply - card", -cents(rng, 300, 700)),
                 (start + dt.timedelta(days=10), "Mobile deposit - check 4410", cents(rng, 1200, 2200)),
                 (start + dt.timedelta(days=14), "Transfer to savings xx4489", D("-100.00")),
                 (start + dt.timedelta(days=17), "Fuel - card", -cents(rng, 120, 260)),
                 (start + dt.timedelta(days=21), "Zelle from C. HARMON", cents(rng, 900, 1700)),
                 (start + dt.timedelta(days=24), "SC Dept of Revenue est. tax", D("-350.00")),
                 (start + dt.timedelta(days=27), "Transfer to personal checking", -cents(rng, 1500, 2400))]
        st = Statement("Tidewater Cooperative Bank", holders, addr, "4471", start, end, opening, lines,
                       ("4489", D(Decimal(3100 + 100 * (month - 5))), D("0.91")))
        statements.append(statement_doc(st, statement_tidewater))
        opening = st.closing
    app = App(loan, me, None, addr[0], "Beaufort", "SC", "29902", "primary_residence", ["reduction_in_income"],
              day(f"{YEAR - 1}-11-01"), {"self_employment": {"b": D("5150.00")}}, day(f"{YEAR}-07-08"), None)
    form = Doc("mortgage_assistance_application", ashgrove_form(app, "screen", rng))
    irs = Doc("irs_form_4506c", form4506c(me, addr[0], "Beaufort", "SC", "29902", day(f"{YEAR}-07-08"), rng,
                                          "Ashgrove Trust Servicing"),
              {"signed": True, "signed_on": iso(day(f"{YEAR}-07-08"))}, day(f"{YEAR}-07-08"), {"signed": True})
    letter = hardship_doc(me, addr, day(f"{YEAR}-07-08"), app, "Ashgrove Trust Servicing", [
        "I have run my own painting and drywall business for eleven years. Last fall the two builders I did most of "
        "my work for stopped building new houses in our area, and since November I have only had small jobs.",
        "My income dropped from about $8,000 a month to a little over $5,000. I have cut my costs and I am bidding "
        "on work with other contractors, but I fell behind on the mortgage over the winter.",
        "I am asking for a modification or a plan that lets me catch up. My two latest bank statements and the "
        "IRS form are attached."], "none", rng)
    files = [File(f"{loan}/Application ATS-410.pdf", "digital", [form]),
             File(f"{loan}/Statement May {YEAR}.pdf", "digital", [statements[0]]),
             File(f"{loan}/Statement June {YEAR}.pdf", "digital", [statements[1]]),
             File(f"{loan}/4506-C signed.pdf", "digital", [irs]),
             File(f"{loan}/Hardship letter - Russo.pdf", "digital", [letter])]
    return Packet("aa6", loan, received, app, files, [])


def packet_aa7(rng: random.Random) -> Packet:
    """Ashgrove's form typed, printed, signed and dated in ink by both; a pizza franchise's bi-weekly stub from a
    payroll service, a disability insurer's approval, one month's bank statement for the child support - all in
    ONE grey scan without a separator, named with the loan number."""
    loan = "1937702264"
    me = Person("Keisha D. Barnwell", "9637", "(803) 555-0122", "kbarnwell@example.org")
    co = Person("Marcus A. Barnwell", "9611", "(803) 555-0129", "mbarnwell@example.org")
    addr = ["914 Sandhill Crossing", "Columbia, SC 29223"]
    received = day(f"{YEAR}-08-10")
    rate = Decimal("17.85")
    hours = [Decimal(h) for h in (76, 80, 72.5, 80, 78, 74.25, 80, 79.5)]

    def earn(i: int, start: dt.date, end: dt.date) -> list:
        return [hourly("Regular", hours[i % len(hours)], rate), ("Tips - credit card", Decimal(0), Decimal(0),
                                                                 D(Decimal(40) + Decimal(7) * (i % 5)))]

    extra = {"employer_line": "Hearthstone Pizza franchisee  -  7420 Two Notch Rd, Columbia, SC 29223",
             "store": "2217", "emp_id": "HP-7741", "title": "Assistant Manager", "rate": "17.85",
             "service": "PayCrest Payroll Services"}
    stub = make_stub("Two Notch Pizza Partners LLC", me, addr, "biweekly", day(f"{YEAR}-01-03"), 6,
                     day(f"{YEAR}-08-06"), earn, lambda g: [("Uniform", D("5.00"))], "0.06", "0.04",
                     "SC income tax", extra)
    ltd, support = D("2140.00"), D("650.00")
    app = App(loan, me, co, addr[0], "Columbia", "SC", "29223", "primary_residence", ["disability_or_illness"],
              day(f"{YEAR - 1}-12-05"), {"wages": {"b": D("3062.00")}, "other": {"b": support},
                                          "benefits_taxable": {"c": ltd}},
              day(f"{YEAR}-08-03"), day(f"{YEAR}-08-03"), long_term=True)
    form = Doc("mortgage_assistance_application", ashgrove_form(app, "ink", rng))
    insurer = letter_doc("ltd", co, addr, day(f"{YEAR}-06-22"), ltd,
                         {"org": "Cobalt Shield Life & Disability Insurance Company", "org_lines": "Disability "
                          "Claims Center|PO Box 40218, Greenville, SC 29603 (synthetic)|(800) 555-0166",
                          "claim": "LTD-0882147", "employer": "Congaree Building Supply, Inc.",
                          "eff": f"June 3, {YEAR}", "ref": "Claim LTD-0882147", "signer": "Disability Claims "
                          "Specialist"}, "benefits_taxable")
    lines = [(dt.date(YEAR, 7, 2), "CHILD SUPPORT SCDSS PMT", support),
             (dt.date(YEAR, 7, 3), "COLONIAL INS PREM", D("-64.20")),
             (dt.date(YEAR, 7, 10), "TWO NOTCH PIZZA PAYROLL", stub.checks[-3].net),
             (dt.date(YEAR, 7, 14), "SC EDISON ELEC", -cents(rng, 140, 230)),
             (dt.date(YEAR, 7, 20), "GROCERY OUTLET #31", -cents(rng, 90, 180)),
             (dt.date(YEAR, 7, 24), "TWO NOTCH PIZZA PAYROLL", stub.checks[-2].net),
             (dt.date(YEAR, 7, 28), "ATM WITHDRAWAL", D("-100.00"))]
    st = Statement("Granite Ford Bank", [me.name, co.name], addr, "2917", dt.date(YEAR, 7, 1), dt.date(YEAR, 7, 31),
                   cents(rng, 300, 900), lines)
    bank = statement_doc(st, statement_granite, shows_other=False)
    letter = hardship_doc(me, addr, day(f"{YEAR}-08-03"), app, "Ashgrove Trust Servicing", [
        "My husband Marcus hurt his back at work last December and had surgery in February. He has not been able to "
        "go back to his job loading trucks and his doctor says he will not be able to do that kind of work again.",
        "His long term disability was finally approved in June but it pays much less than his wages did. I work as "
        "an assistant manager at a pizza restaurant and I also receive child support for my daughter.",
        "We fell behind while we waited for the disability claim. We want to stay in our home and ask you to look "
        "at a modification."], "ink", rng, co)
    files = [File(f"{loan} mail {mdy(received).replace('/', '-')}.pdf", "scan",
                  [form, stub_doc(stub, stub_payroll_service), insurer, bank, letter], 240)]
    return Packet("aa7", loan, received, app, files, ["income_doc:other"])


def packet_aa8(rng: random.Random) -> Packet:
    """Ferncliff's form typed, printed, signed and dated in ink by both and scanned at 300 dpi with the rest of
    the packet behind the mailroom's Code 128 separator sheet; the husband's unemployment notice, the wife's
    electrical contractor stubs."""
    loan = "0098853120"
    me = Person("Gregory P. Nakamura", "9836", "(509) 555-0175", "gnakamura@example.net")
    co = Person("Elena S. Nakamura", "9858", "(509) 555-0176", "elena.nakamura@example.net")
    addr = ["2608 W Cascade Loop", "Spokane, WA 99208"]
    received = day(f"{YEAR}-09-14")
    rate = Decimal("31.20")

    def earn(i: int, start: dt.date, end: dt.date) -> list:
        rows = [hourly("Regular", Decimal(80), rate)]
        if i % 3 == 0:
            rows.append(hourly("Overtime", Decimal(4 + i % 5), D(rate * Decimal("1.5"))))
        return rows

    extra = {"employer_addr": ["4418 E Trent Ave", "Spokane, WA 99212", "(509) 555-0190"], "check_no": "",
             "emp_id": "E-22", "title": "Journeyman electrician"}
    stub = make_stub("Ortega Electrical Contractors LLC", co, addr, "biweekly", day(f"{YEAR}-01-10"), 6,
                     day(f"{YEAR}-09-10"), earn,
                     lambda g: [("Union dues", D("44.00")), ("Medical (pre-tax)", D("118.60"))], "0.08", "0.0058",
                     "WA Paid Leave", extra)
    stubs = []
    for n, check_no in ((len(stub.checks) - 1, "5521"), (len(stub.checks), "5544")):
        stubs.append(stub_doc(Stub(stub.employer, co, addr, "biweekly", stub.checks[:n],
                                   {**extra, "check_no": check_no}), stub_shop))
    weekly = D("498.00")
    app = App(loan, me, co, addr[0], "Spokane", "WA", "99208", "primary_residence", ["unemployment"],
              day(f"{YEAR}-06-24"), {"unemployment": {"b": D(weekly * 52 / 12)}, "wages": {"c": D("5678.40")}},
              day(f"{YEAR}-09-08"), day(f"{YEAR}-09-08"))
    form = Doc("mortgage_assistance_application", ferncliff_form(app, "ink", rng))
    ui = letter_doc("ui", me, addr, day(f"{YEAR}-07-08"), weekly,
                    {"org": "Employment Security Department", "org_lines": "Unemployment Insurance|PO Box 9046, "
                     "Olympia, WA 98507 (synthetic)", "eff": f"June 28, {YEAR}", "max": "$12,948.00",
                     "ref": "Claim ID 7730-2218-90", "signer": "Claims Center"}, "unemployment")
    letter = hardship_doc(me, addr, day(f"{YEAR}-09-08"), app, "Ferncliff Mutual Mortgage Servicing", [
        "I was laid off from my job as a warehouse supervisor on June 24 when the distribution center closed. I am "
        "getting unemployment benefits and I am looking for work every week.",
        "My wife Elena works full time as an electrician, but her pay and my unemployment together are not enough "
        "to cover the mortgage and our other bills. We missed the July and August payments.",
        "We would like help until I find a new job, and we will send anything else you need."], "ink", rng, co)
    files = [File("MAILROOM_20320914_0032.pdf", "scan", [separator_sheet(loan), form, *stubs, ui, letter], 300)]
    return Packet("aa8", loan, received, app, files, [])


PACKETS = (packet_aa1, packet_aa2, packet_aa3, packet_aa4, packet_aa5, packet_aa6, packet_aa7, packet_aa8)


def build(out: Path, seed: int) -> list[dict[str, Any]]:
    out.mkdir(parents=True, exist_ok=True)
    results = []
    for n, maker in enumerate(PACKETS, start=1):
        rng = random.Random(seed * 1000 + n)
        packet = maker(rng)
        expected = write_packet(packet, out, rng)
        results.append(expected)
        if sorted(expected["missing"]) != sorted(packet.intended):
            raise SystemExit(f"{packet.name}: rules give {expected['missing']}, scenario wants {packet.intended}")
    return results


# --- checking the set -----------------------------------------------------------------------------------

APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
FIELD_KEYS = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "hardship_letter": {"letter_date"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "unemployment_benefit_letter": {"letter_date", "benefit_type"},
    "irs_form_4506c": {"signed", "signed_on"},
    "mortgage_assistance_application": set(),
}
SPAN = {"weekly": (7, 7), "biweekly": (14, 14), "semimonthly": (13, 16), "monthly": (28, 31)}


def _date_forms(value: str) -> list[str]:
    d = day(value)
    return [mdy(d), long_date(d), short_month(d), d.strftime("%m/%d")]


def _file_text(path: Path) -> list[str]:
    reader = PdfReader(path)
    texts = []
    for page in reader.pages:
        text = page.extract_text() or ""
        for ref in page.get("/Annots") or []:
            value = ref.get_object().get("/V")
            if value is not None:
                text += "\n" + str(value)
        texts.append(text)
    return texts


def check(out: Path, results: list[dict[str, Any]], seed: int) -> list[str]:
    problems: list[str] = []
    for n, expected in enumerate(results, start=1):
        name = f"aa{n}"
        root = out / name
        saved = json.loads((root / "expected.json").read_text())
        if saved != json.loads(json.dumps(expected)):
            problems.append(f"{name}: expected.json differs from the build")
        if set(saved) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: top-level keys")
        if (saved["status"] == "complete") != (not saved["missing"]):
            problems.append(f"{name}: status and missing disagree")
        app = saved["application"]
        if app is not None:
            if set(app) != APP_KEYS:
                problems.append(f"{name}: application keys")
            income = dict(app["income"])
            total = income.pop("total")
            if abs(sum(income.values()) - total) > 0.005:
                problems.append(f"{name}: income lines do not add up to the total")
            if any(len(v) > 4 for v in (app["ssn_last4"],)):
                problems.append(f"{name}: more than the SSN's last four")
        covered: dict[str, set[int]] = {}
        texts: dict[str, list[str]] = {}
        for doc in saved["documents"]:
            if set(doc["fields"]) != FIELD_KEYS.get(doc["type"], set()):
                problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])}")
            for ref in doc["pages"]:
                pages = covered.setdefault(ref["file"], set())
                if ref["page"] in pages:
                    problems.append(f"{name}: {ref['file']} page {ref['page']} in two documents")
                pages.add(ref["page"])
                if ref["file"] not in texts:
                    texts[ref["file"]] = _file_text(root / "inbox" / ref["file"])
                text = texts[ref["file"]][ref["page"] - 1]
                has_text = len(text.replace(FOOTER, "").strip()) > 40
                if has_text == doc["scanned"]:
                    problems.append(f"{name}: {doc['id']} scanned={doc['scanned']} but text layer={has_text}")
            f = doc["fields"]
            if doc["type"] == "pay_stub":
                span = (day(f["period_end"]) - day(f["period_start"])).days + 1
                low, high = SPAN[f["frequency"]]
                if not low <= span <= high:
                    problems.append(f"{name}: {doc['id']} period of {span} days for {f['frequency']}")
                monthly = float(D(Decimal(str(f["gross_current"])) * PERIODS[f["frequency"]] / 12))
                ytd = f["gross_ytd"]
                if monthly != f["monthly_gross"] or (ytd is not None and ytd < f["gross_current"]):
                    problems.append(f"{name}: {doc['id']} pay arithmetic")
            if not doc["scanned"] and doc["type"] != "mortgage_assistance_application":
                text = "\n".join(texts[r["file"]][r["page"] - 1] for r in doc["pages"])
                for key, value in f.items():
                    if isinstance(value, bool) or value is None or key in ("frequency", "benefit_type",
                                                                                             "monthly_gross"):
                        continue
                    if isinstance(value, float):
                        wanted = [money(value)]
                    elif key.endswith(("_date", "_start", "_end", "signed_on")):
                        wanted = _date_forms(value)
                    else:
                        wanted = [value]
                    if not any(w in text for w in wanted):
                        problems.append(f"{name}: {doc['id']} does not print {key}={value!r}")
        for path in (root / "inbox").rglob("*.pdf"):
            rel = path.relative_to(root / "inbox").as_posix()
            count = len(PdfReader(path).pages)
            extra = {1} if name in ("aa5", "aa8") and rel.endswith(("091544.pdf", "0032.pdf")) else set()
            if covered.get(rel, set()) | extra != set(range(1, count + 1)):
                problems.append(f"{name}: pages of {rel} not all accounted for")
        fake_case = {"status": saved["status"], "missing": [{"code": c} for c in saved["missing"]],
                     "application": {k: {"value": v} for k, v in (app or {}).items()},
                     "documents": saved["documents"]}
        wrong = compare(saved, fake_case).wrong()
        if wrong:
            problems.append(f"{name}: does not score perfectly against itself: {wrong[:2]}")
    with tempfile.TemporaryDirectory(prefix="aa_rebuild_") as tmp:
        build(Path(tmp), seed)
        for path in sorted(out.rglob("*")):
            if path.is_file() and path.parent.parts[-2:] != () and path.relative_to(out).parts[0] in \
                    {f"aa{i}" for i in range(1, 9)}:
                twin = Path(tmp) / path.relative_to(out)
                if not twin.is_file() or twin.read_bytes() != path.read_bytes():
                    problems.append(f"rebuild differs: {path.relative_to(out)}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=27)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    results = build(args.out, args.seed)
    for expected in results:
        print(f"{expected['loan_number']}  {expected['received_on']}  {expected['status']:<10}  "
              f"{', '.join(expected['missing']) or '-'}")
    if args.check:
        problems = check(args.out, results, args.seed)
        for problem in problems:
            print("CHECK:", problem)
        print("check:", "ok" if not problems else f"{len(problems)} problem(s)")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
