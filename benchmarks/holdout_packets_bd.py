"""A holdout set of borrower packets (bd1..bd8) for GIG, HOURLY AND APP-ECONOMY WORKERS whose papers are PRINTOUTS OF
MOBILE AND WEB SCREENS, laid out unlike the shared samples and unlike the earlier sets, written without looking at the
service's code, rules, data files or tests, to measure honestly how it generalizes.

    python benchmarks/holdout_packets_bd.py OUT_DIR [--seed N] [--check] [--only bd1 bd5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
tests/sample_compare.compare scores them. Each packet is its own batch: process it with `--received-on <received_on>`.
Received dates are 2046 weekdays. Files are born-digital PDFs (browser "Save as PDF", AcroForm, app exports),
SCREENSHOTS PASTED INTO A PDF (image-only, crisp colour PNG at 144 dpi, no noise: they need OCR), one 300 dpi grey
scan of a whole packet (tilt 0.35 degree, light blur and speckle, JPEG) and one 200 dpi black-and-white fax.
Hand-written parts are drawn signature strokes and dates and answers in a handwriting-like oblique face.

THE SERVICER'S FORM. Larkspur Home Loans' "Mortgage Help Request", filled on its web site and printed from the
browser to PDF (born-digital, three pages, text layer). Every page has the browser's print header (date and time
"3/3/46, 9:12 PM" at the left, the page title "Mortgage Help Request - Review | Larkspur Home Loans" centred) and footer
(the review page's URL at the left, "Page n of 3" at the right), and the site's bar (a purple larkspur mark,
"Larkspur / HOME LOANS", "Request LHL-46-nnnnn" at the right - a request ID, not a loan number). Each answer is a
ROUNDED CARD with a small grey caption ABOVE its value in larger type, no colon, three cards a row:
page 1 "About you" (Loan number, Borrower full name, Last 4 of SSN / Email, Mobile phone, Best way to reach you),
"Co-borrower" (a TOGGLE "Someone else is on this loan with me"; when on, Co-borrower full name, last 4 of SSN,
email), "Your home" (Property address on one line, Mailing address "Same as property"; "How do you use this home?"
as three option cards with RADIO CIRCLES - the chosen one filled in teal and its card tinted; then What would you like
to do?, HOA dues, Is the home for sale?); page 2 "Your hardship" (When did it start? as "Oct 20, 2045", How long...,
then the ten reasons as cards each with a TOGGLE at its right - only the switched-on ones (teal, knob right) are
claimed; "Tell us more"), "Monthly income before taxes" (eight cards, one per Form 710 income line, each "$0.00" when
not used, and a "Total monthly income" card); page 3 "What you have" and "Sign and submit" (certification, an
"I agree" toggle, a "Borrower signature" card holding the signature DRAWN WITH MOUSE OR FINGER (vector strokes) beside
a "Date signed" card "03/03/46"; for a co-borrower the same pair, or "Waiting for <first name> to sign - we e-mailed
a link" and a "-" date when the co-borrower has not signed).
How its income cards map to the spec's codes: "Paychecks from an employer (wages, overtime, tips)" -> wages;
"Self-employment, gig & app work (1099)" -> self_employment; "Unemployment benefits" -> unemployment; "Social Security,
pension, disability - taxable" -> benefits_taxable; "Social Security or disability - non-taxable" ->
benefits_nontaxable; "Rent you receive (after expenses)" -> rental; "Investments or insurance" -> investment;
"Other (child support, alimony, other)" -> other. Only cards above $0.00 are in expected `income`; `total` is the
Total card (equal to the sum). Both borrowers' pay goes on the one wages card (its amount is their sum).
The reason toggles map in order to unemployment, reduction_in_income, increase_in_housing_expenses, disaster,
disability_or_illness, divorce_or_separation, separation_unmarried, death, relocation, other; the occupancy radios to
primary_residence, second_home, investment_property. `signed` = the borrower's drawn signature AND its date card;
`co_borrower_signed` likewise for the co-borrower (null without one).
THE REAL FORM 710 (April 2023) in the other packets: typed through its AcroForm on screen, the signature drawn as
strokes over the signature line and the date typed in its field (bd2, bd5); or printed blank, FILLED IN BY HAND
(every answer and X mark in ink at its field, signed and dated in ink) and scanned grey (bd3) or faxed (bd7).
Gig earnings are written on its "Self-employment income" line; two borrowers' wages are summed on the wages line.

PAPERS.
- Paycadet (an online payroll provider) "Pay statement" printed from the browser: the browser's header and footer
  ("n/1"), a pale top bar with an orange dot and "paycadet", a big "Pay statement" heading, a rounded green
  "Net pay" BADGE at the top right, six captioned facts (Employee, Employee ID, Job title, Pay date "03/02/46", Pay
  period "02/12/46 - 02/25/46", Pay frequency), EARNINGS (item, hours, rate, current, YTD), TAXES and DEDUCTIONS
  panels SIDE BY SIDE, four summary tiles (Gross pay / Taxes / Deductions / Net pay, each with "YTD $...").
  Employers: Harborline Fulfillment (biweekly), Saguaro Freight Services (weekly), Bluebonnet Home Health
  (semimonthly).
- Wagely (a phone-first payroll app) "Pay stub": ONE NARROW, LONG COLUMN (a 300-point-wide page) - a purple card
  with the employer and "Take-home pay", then stacked caption/value rows (Employee, Pay date "2045-11-24" ISO, Pay
  period "2045-11-13 to 2045-11-19", Pay schedule "Every week" / "Every 2 weeks", Gross pay, Gross pay year to date),
  Earnings (Regular "22.00 h x 16.50", Tips), Taxes, Deductions with THIS PAY / YEAR TO DATE, Net pay. As a
  SCREENSHOT (status bar "8:02 ... 5G 82%", image-only 144 dpi: bd2, bd5, bd8) or printed from the phone's browser
  (born-digital narrow page with the address in the footer: bd3 (then scanned), bd6).
  Every year-to-date figure on every stub is the sum of that year's checks by pay date; monthly_gross = current
  gross x 52, 26 or 24 / 12.
- Courio (a food-delivery platform) "Weekly earnings summary" printed from the courier web dashboard: red bar
  "courio for Couriers", the week "Thu, Feb 19 - Wed, Feb 25, 2046", tiles (Deliveries, Active time, Total earnings),
  a Breakdown (delivery pay, customer tips, challenges & peak pay, total), a By-day table, the payout line and the
  notice that the courier is an INDEPENDENT CONTRACTOR paid without withholding who gets a 1099-NEC. Its type is
  `other` (fields {}): the spec's pay_stub is the paper of wages from an employer, and this is neither wages nor one of
  the papers the checklist accepts for self-employment (two bank statements, signed P&L, signed tax return); the
  income it shows is claimed as self_employment and is proved by the Nimbus statements that receive the payouts.
- Nimbus Bank (an app bank) "Monthly statement" from its app: a DARK NAVY HEADER BAND with "nimbus", "Monthly
  statement" and "Jan 1 - Jan 31, 2046"; the holder, "Nimbus Checking ••4821", four figure tiles (Beginning balance,
  Money in, Money out, Ending balance), then "Activity" - newest first, each transaction a ROUNDED CARD (initial in a
  circle, description, grey category, signed amount) under DAY HEADERS "Tue, Jan 30"; "Page n of N" in the footer.
  Printed from the phone on letter paper (bd1, bd3, bd7, bd8 - one or two pages) or as one long phone SCREENSHOT
  (status bar, tiles two by two; image-only, 144 dpi; bd4). bank_name "Nimbus Bank" (the footer says "Nimbus Bank, N.A.
  Member FDIC"), account_last4 the four digits after the dots, period the calendar month, balances from the tiles
  (beginning + money in - money out = ending, and every transaction is listed). Courio payouts land on Tuesdays and
  equal the Courio weeks they pay; payroll deposits equal the stubs' net pay on their pay dates.
- Hardship letters TYPED IN A WEBMAIL CLIENT AND PRINTED ("Postlight Mail" over a heavy rule, the subject as a
  heading, "1 message", then From / To / Subject / "Date: Tue, Mar 10, 2046 at 7:42 PM", the body, "Thank you," and
  the typed name); letter_date is the Date line.
- A state's unemployment insurance "Payment History" printed from its claimant web site (Colorado, Tennessee):
  browser chrome, the state banner, "Payment history as of 03/09/2046", claimant facts (weekly benefit amount,
  benefit year) and a week-by-week table of payments. Typed `unemployment_benefit_letter` (the spec's paper from the
  benefits agency; a payment history plays that role) with letter_date = the "as of" date (also the print date) and
  benefit_type "unemployment". Unemployment income needs no paper, so it never decides a packet.
- Page 1 of the real IRS Form 4506-C typed over, signed on screen (bd1) or signed and dated in ink (bd3, bd7);
  a public library's fax cover sheet (bd7, not a document and not listed).

PACKETS (the Larkspur form in bd1, bd4, bd6, bd8; Form 710 in bd2, bd5 on screen, bd3, bd7 by hand).
- bd1 COMPLETE (5108826403; a folder named after the loan, browser file names): warehouse wages (a fresh Paycadet
  biweekly statement with YTD) + Courio self-employment (two consecutive fresh Nimbus statements, January and
  February, showing the payouts; the application's figure is their monthly average) + a signed 4506-C; reduction in
  income needs no paper; a Courio weekly summary (other).
- bd2 INCOMPLETE income_doc:wages (0073419985; loose files "<loan>_..."): Form 710 on screen; the only pay stubs are
  two Wagely SCREENSHOTS paid 2045-11-24 and 2045-12-01, more than 90 days before 2046-03-13; unemployment income and
  the unemployment hardship need nothing; the UI payment history and the e-mailed letter are there.
- bd3 COMPLETE (6620481137; ONE grey 300 dpi scan of the whole packet, no loan number in its name): Form 710 by hand,
  signed and dated by both; the co-borrower's Wagely stub (printed narrow page, fresh, YTD) for wages; two
  consecutive fresh Nimbus statements (February, March) for the courier's self-employment; a 4506-C signed in ink;
  the e-mailed letter covers the illness (disability_or_illness).
- bd4 INCOMPLETE irs_form_4506c (3391570264; loose files with phone and browser names): the Larkspur form;
  self-employment only, shown by two consecutive fresh Nimbus SCREENSHOT statements (March, April); "Something else"
  (other) explained by the e-mailed letter; no 4506-C.
- bd5 COMPLETE (8842006715; a folder named after the loan): Form 710 on screen signed by both; the borrower's fresh
  weekly Paycadet statement and the co-borrower's fresh biweekly Wagely screenshot (wages = the sum of their monthly
  grosses); higher housing costs need nothing.
- bd6 INCOMPLETE application_signature (2207719458; loose browser-named files): the Larkspur form with the co-borrower
  named and "Waiting for Omar to sign"; fresh semimonthly Paycadet and weekly Wagely (narrow print) stubs.
- bd7 INCOMPLETE hardship_doc:disability_or_illness, income_doc:self_employment (0459123386; ONE 200 dpi fax behind a
  library's cover sheet): Form 710 by hand; ONE Nimbus statement (July) - one statement is not two; a Courio weekly
  summary (other); a 4506-C signed in ink; illness claimed with no letter and no medical statement.
- bd8 COMPLETE (7735064821; loose files "<loan> ..."): the Larkspur form with wages (a fresh Wagely screenshot with
  tips and YTD), unemployment (the Tennessee payment history; nothing needed) and "other" child support of $450.00 a
  month shown by two consecutive fresh Nimbus statements (July, August) that also carry the pay and the UI deposits.

Expected status and missing codes are not typed by hand: `missing_codes` applies shared/spec/checklist.md to what
expected.json itself says (the application's answers and signatures, each document's type and dates, the received
date, 90-day freshness, two consecutive statements of one account, income kinds claimed -> papers needed, hardship
papers, the 4506-C for self-employment or rental), and the scenario each packet was built for is asserted against it.
`--check` re-reads every expected.json and validates its keys, codes and ISO dates, re-derives the missing codes and
status, checks that every listed page exists in its PDF, that every page of every file belongs to a document (cover
sheets aside), that `scanned` agrees with the absence of a text layer, the stubs' monthly_gross and the income total;
it exits non-zero on any problem. Every file is the same bytes for a seed (reportlab invariant mode, seeded noise,
fixed pypdf identifiers). All people, employers, banks, platforms and servicers are fictional; SSNs use the 900-999
area; every page carries a faint "synthetic test document" line.
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

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter

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


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something the borrower adds by hand: a signature ("sig") or a hand-written string ("hand").
    x, y: PDF points from the page's bottom-left (the baseline's left end); w: the signature's width."""

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
    """One logical document: its pages (draw functions) and the page size."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


def synth_line(c: Canvas, size: tuple[float, float] = letter) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawRightString(size[0] - 24, 10, SYNTH)
    c.restoreState()


def signature_path(seed: int, w: float, h: float = 18.0) -> list[list[tuple[float, float]]]:
    """Strokes of a scrawled signature inside a w x h box (0,0 bottom-left), as polylines."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    parts = rng.randint(2, 3)
    for p in range(parts):
        pts: list[tuple[float, float]] = []
        span = w * (0.55 if p == 0 else 0.35) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = h * (0.9 if i < 8 else 0.45) * rng.uniform(0.85, 1.1)
            px = x + span * t + 3.0 * math.sin(t * loops * 2 * math.pi + 1.3)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi) * (1 - 0.4 * t)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.05
        if x > w * 0.95:
            break
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])  # the underline flourish
    return strokes


def draw_signature_vector(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.08, 0.12, 0.45))
    c.setLineWidth(1.1)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_path(m.seed, m.w):
        path = c.beginPath()
        path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(m.x + px, m.y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        else:  # typed on screen
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_bd")
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def papers_pdf(papers: Sequence[Paper]) -> bytes:
    """Several born-digital papers in one file (a borrower's combined upload)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
            apply_screen_marks(c, fn(c))
            synth_line(c, paper.size)
            c.showPage()
    c.save()
    return buf.getvalue()


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    seed: int = 1


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # a light grey paper tone
        out = out.point(lambda v: int(18 + v * 0.91))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def render_pages(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as a grey image at dpi, with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil().convert("L")
            out.append((img, page.get_height()))
        return out
    finally:
        doc.close()


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int) -> list[ScannedPage]:
    """Print a PDF, add the ink marks of each page, and scan the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed)


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bd"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay ----------------------------------------------------------------------------------------------------




# --- dates, chrome, screenshots -------------------------------------------------------------------------------

MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
TEAL = Color(0.05, 0.45, 0.45)
GREY = Color(0.45, 0.47, 0.5)
LINE = Color(0.82, 0.84, 0.86)


def short(d: dt.date) -> str:
    """'Mar 4, 2046'."""
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def ymd2(d: dt.date) -> str:
    """'03/04/46'."""
    return d.strftime("%m/%d/%y")


def dayhead(d: dt.date) -> str:
    """'Mon, Mar 4'."""
    return f"{d.strftime('%a')}, {MON[d.month - 1]} {d.day}"


def chrome(c: Canvas, size: tuple[float, float], when: str, title: str, url: str, n: int, total: int,
           count_style: str = "Page {n} of {t}") -> None:
    """A browser's print header (date and time, page title) and footer (address, page count)."""
    pw, ph = size
    c.saveState()
    c.setFillColor(black)
    c.setFont("Helvetica", 7.5)
    c.drawString(22, ph - 16, when)
    c.drawCentredString(pw / 2, ph - 16, title)
    c.drawString(22, 18, url)
    c.drawRightString(pw - 22, 18, count_style.format(n=n, t=total))
    c.restoreState()


def rrect(c: Canvas, x: float, y: float, w: float, h: float, r: float = 6, fill: Color | None = None,
          stroke: Color | None = LINE, lw: float = 0.8) -> None:
    c.saveState()
    if fill is not None:
        c.setFillColor(fill)
    if stroke is not None:
        c.setStrokeColor(stroke)
        c.setLineWidth(lw)
    c.roundRect(x, y, w, h, r, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
    c.restoreState()


def screenshot_pdf(paper: Paper, dpi: int = 144) -> tuple[bytes, int]:
    """Screenshots pasted into a PDF: each page rendered crisp in colour at `dpi`, no noise, image-only."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    for fn in paper.pages:
        apply_screen_marks(c, fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    doc = pdfium.PdfDocument(buf.getvalue())
    out = io.BytesIO()
    oc = Canvas(out, pagesize=paper.size, invariant=1)
    try:
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72).to_pil().convert("RGB")
            size = (img.size[0] * 72 / dpi, img.size[1] * 72 / dpi)
            data = io.BytesIO()
            img.save(data, "PNG")
            data.seek(0)
            oc.setPageSize(size)
            oc.drawImage(ImageReader(data), 0, 0, width=size[0], height=size[1])
            oc.showPage()
    finally:
        doc.close()
    oc.save()
    return out.getvalue(), len(paper.pages)


# --- pay engine -------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def pay_dates(first: dt.date, current: dt.date, frequency: str) -> list[dt.date]:
    """Every pay date of current's year up to current: weekly / biweekly from `first`, semimonthly 15th and last."""
    out = []
    if frequency == "semimonthly":
        for m in range(1, current.month + 1):
            _, last = month_bounds(current.year, m)
            out += [dt.date(current.year, m, 15), last]
        return [d for d in out if d <= current]
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=7 if frequency == "weekly" else 14)
    return out


@dataclass
class Withholding:
    fed: float = 0.08
    state: float = 0.03
    deductions: tuple[tuple[str, float], ...] = ()

    def taxes(self, gross: float) -> dict[str, float]:
        return {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
                "Medicare": r2(gross * 0.0145), "State income tax": r2(gross * self.state)}


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items |= {f"H:{k}": v[0] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.deductions))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    checks: list[Check] = field(default_factory=list)
    wh: Withholding | None = None

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])

    @property
    def net(self) -> float:
        return float(self.fields["net_current"])


def hourly_history(key: str, first: dt.date, pay_date: dt.date, frequency: str, rate: float, hours: float,
                   tips: float = 0.0, ot: bool = False) -> list[Check]:
    """Every check of the year, each drawn from its own date, so two stubs of one job tell one history."""
    checks = []
    for d in pay_dates(first, pay_date, frequency):
        rr = random.Random(f"{key}|{d}")
        h = r2(hours + rr.choice([-6.5, -3.25, 0.0, 0.0, 2.5, 4.0]))
        lines = {"Regular": (h, rate, r2(h * rate))}
        if ot:
            o = rr.choice([0.0, 2.0, 3.5, 5.0])
            if o:
                lines["Overtime"] = (o, r2(rate * 1.5), r2(o * rate * 1.5))
        if tips:
            t = r2(tips * rr.uniform(0.8, 1.2))
            lines["Tips"] = (0.0, 0.0, t)
        checks.append(Check(d, lines))
    return checks


def period_of(pay_date: dt.date, frequency: str) -> tuple[dt.date, dt.date]:
    if frequency == "semimonthly":
        if pay_date.day == 15:
            return pay_date.replace(day=1), pay_date
        return pay_date.replace(day=16), pay_date
    end = pay_date - dt.timedelta(days=5)
    return end - dt.timedelta(days=6 if frequency == "weekly" else 13), end


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
                ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


FREQ_WORD = {"weekly": "Weekly", "biweekly": "Biweekly", "semimonthly": "Semimonthly", "monthly": "Monthly"}


def paycadet_stub(employer: str, emp_addr: str, employee: str, emp_id: str, title: str, pay_date: dt.date,
                  frequency: str, rate: float, hours: float, wh: Withholding, first: dt.date, when: str,
                  ot: bool = True, acct4: str = "3302") -> Stub:
    """Paycadet, an online payroll provider: the pay statement page printed from the browser - Earnings, Taxes and
    Deductions tables side by side under a row of facts, and a rounded 'Net pay' badge at the top right."""
    checks = hourly_history(f"pc{emp_id}", first, pay_date, frequency, rate, hours, ot=ot)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start, end = period_of(pay_date, frequency)
    net = net_of(ch, wh)
    size = letter
    url = f"https://app.paycadet.com/employee/statements/{pay_date.strftime('%Y%m%d')}-{emp_id}"

    def page(c: Canvas) -> list[Mark]:
        chrome(c, size, when, "Pay statement | Paycadet", url, 1, 1, "{n}/{t}")
        c.setFillColor(Color(0.96, 0.97, 0.98))
        c.rect(30, 712, W - 60, 44, stroke=0, fill=1)
        c.setFillColor(Color(0.99, 0.45, 0.2))
        c.circle(50, 734, 9, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(64, 729, "paycadet")
        c.setFont("Helvetica", 9)
        c.setFillColor(GREY)
        c.drawRightString(W - 42, 738, employer)
        c.drawRightString(W - 42, 726, "Employee portal")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(40, 680, "Pay statement")
        c.setFont("Helvetica", 9)
        c.drawString(40, 664, f"{employer}  ·  {emp_addr}")
        rrect(c, W - 200, 652, 158, 46, r=23, fill=Color(0.1, 0.55, 0.35), stroke=None)
        c.setFillColor(white)
        c.setFont("Helvetica", 8)
        c.drawCentredString(W - 121, 684, "Net pay")
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W - 121, 663, "$" + money(net))
        c.setFillColor(black)
        facts = [("Employee", employee), ("Employee ID", emp_id), ("Job title", title),
                 ("Pay date", ymd2(pay_date)), ("Pay period", f"{ymd2(start)} - {ymd2(end)}"),
                 ("Pay frequency", FREQ_WORD[frequency])]
        for i, (k, v) in enumerate(facts):
            x, yy = 40 + (i % 3) * 180, 638 - (i // 3) * 26
            c.setFont("Helvetica", 7)
            c.setFillColor(GREY)
            c.drawString(x, yy, k.upper())
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x, yy - 11, v)
        c.setStrokeColor(LINE)
        c.line(40, 592, W - 40, 592)
        top = 566
        panels = [(40, 236, "Earnings"), (284, 150, "Taxes"), (442, 130, "Deductions")]
        for x, wd, t in panels:
            rrect(c, x, 390, wd, top - 390 + 12, r=5)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 8, top - 6, t)
        c.setFont("Helvetica", 6.8)
        c.setFillColor(GREY)
        hy = top - 22
        for xx, t in ((48, "ITEM"), (148, "HRS"), (180, "RATE"), (226, "CURRENT"), (268, "YTD")):
            (c.drawString if t == "ITEM" else c.drawRightString)(xx, hy, t)
        for xx, t in ((292, "TAX"), (390, "CURRENT"), (428, "YTD"), (450, "ITEM"), (528, "CURRENT"), (566, "YTD")):
            (c.drawString if t in ("TAX", "ITEM") else c.drawRightString)(xx, hy, t)
        c.setFillColor(black)
        y = hy - 15
        c.setFont("Helvetica", 8)
        for k in ("Regular", "Overtime"):
            if k not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(48, y, k)
            if hrs:
                c.drawRightString(148, y, f"{hrs:.2f}")
                c.drawRightString(180, y, f"{rt:.2f}")
            c.drawRightString(226, y, money(amt))
            c.drawRightString(268, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y - 3, "Gross pay")
        c.drawRightString(226, y - 3, money(ch.gross))
        c.drawRightString(268, y - 3, money(ytd["GROSS"]))
        taxes = wh.taxes(ch.gross)
        y = hy - 15
        c.setFont("Helvetica", 8)
        for k, v in taxes.items():
            c.drawString(292, y, k.replace(" income tax", " tax"))
            c.drawRightString(390, y, money(v))
            c.drawRightString(428, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 8)
        c.drawString(292, y - 3, "Total")
        c.drawRightString(390, y - 3, money(r2(sum(taxes.values()))))
        c.drawRightString(428, y - 3, money(r2(sum(ytd[k] for k in taxes))))
        y = hy - 15
        c.setFont("Helvetica", 8)
        for k, v in wh.deductions:
            c.drawString(450, y, k)
            c.drawRightString(528, y, money(v))
            c.drawRightString(566, y, money(ytd[k]))
            y -= 13
        if not wh.deductions:
            c.setFillColor(GREY)
            c.drawString(450, y, "None this period")
            c.setFillColor(black)
        # summary strip
        heads = [("Gross pay", ch.gross, ytd["GROSS"]),
                 ("Taxes", r2(sum(taxes.values())), r2(sum(ytd[k] for k in taxes))),
                 ("Deductions", r2(sum(v for _, v in wh.deductions)), r2(sum(ytd[k] for k, _ in wh.deductions))),
                 ("Net pay", net, ytd["NET"])]
        x = 40.0
        for k, cur, yv in heads:
            rrect(c, x, 318, 126, 56, r=5, fill=Color(0.97, 0.98, 0.99))
            c.setFont("Helvetica", 7.5)
            c.setFillColor(GREY)
            c.drawString(x + 8, 360, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 12)
            c.drawString(x + 8, 343, "$" + money(cur))
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 8, 326, f"YTD ${money(yv)}")
            x += 133
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 292, "Direct deposit")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 278, f"Checking account ····{acct4}   ${money(net)}")
        c.setFillColor(GREY)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 250, "This statement was issued by Paycadet on behalf of your employer. Keep it for your "
                              "records; questions go to your employer's payroll contact.")
        c.setFillColor(black)
        return []

    return Stub(Paper([page], size), stub_fields(employer, employee, ch, start, end, frequency, ytd["GROSS"], net),
                pay_date, checks, wh)


def wagely_stub(employer: str, employee: str, pay_date: dt.date, frequency: str, rate: float, hours: float,
                tips: float, wh: Withholding, first: dt.date, screenshot: bool, when: str) -> Stub:
    """Wagely, a phone-first payroll app: one narrow, long column - the pay stub screen, as a screenshot
    (status bar at the top) or printed from the phone's browser (narrow page, the address in the footer)."""
    checks = hourly_history(f"wg{employee}{employer}", first, pay_date, frequency, rate, hours, tips=tips)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start, end = period_of(pay_date, frequency)
    net = net_of(ch, wh)
    rows_e = list(ch.lines.items())
    taxes = wh.taxes(ch.gross)
    height = 470 + 15 * (len(rows_e) + len(taxes) + len(wh.deductions)) + 70
    size = (300.0, float(height))
    pw, ph = size
    sched = {"weekly": "Every week", "biweekly": "Every 2 weeks", "semimonthly": "Twice a month"}[frequency]

    def page(c: Canvas) -> list[Mark]:
        y = ph - 14
        if screenshot:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(18, y - 4, when)
            c.drawRightString(pw - 18, y - 4, "5G  82%")
            y -= 20
        else:
            c.setFont("Helvetica", 6.5)
            c.drawString(12, y, when)
            c.drawRightString(pw - 12, y, "Wagely")
            y -= 14
        c.setFont("Helvetica-Bold", 12)
        c.drawString(16, y - 14, "‹")
        c.drawCentredString(pw / 2, y - 14, "Pay stub")
        y -= 34
        c.setFillColor(Color(0.35, 0.25, 0.75))
        c.roundRect(16, y - 70, pw - 32, 70, 10, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica", 8)
        c.drawString(28, y - 16, employer)
        c.setFont("Helvetica", 8)
        c.drawString(28, y - 32, "Take-home pay")
        c.setFont("Helvetica-Bold", 20)
        c.drawString(28, y - 56, "$" + money(net))
        c.setFillColor(black)
        y -= 90
        facts = [("Employee", employee), ("Pay date", pay_date.isoformat()),
                 ("Pay period", f"{start.isoformat()} to {end.isoformat()}"), ("Pay schedule", sched),
                 ("Gross pay", "$" + money(ch.gross)), ("Gross pay year to date", "$" + money(ytd["GROSS"]))]
        for k, v in facts:
            c.setFont("Helvetica", 7.5)
            c.setFillColor(GREY)
            c.drawString(18, y, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(18, y - 13, v)
            c.setStrokeColor(LINE)
            c.line(18, y - 20, pw - 18, y - 20)
            y -= 34
        for title, items in (("Earnings", [(k, v[2], ytd[k], v) for k, v in rows_e]),
                             ("Taxes", [(k, v, ytd[k], None) for k, v in taxes.items()]),
                             ("Deductions", [(k, v, ytd[k], None) for k, v in wh.deductions])):
            if not items:
                continue
            y -= 6
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(18, y, title)
            c.setFont("Helvetica", 6.8)
            c.setFillColor(GREY)
            c.drawRightString(pw - 86, y, "THIS PAY")
            c.drawRightString(pw - 18, y, "YEAR TO DATE")
            c.setFillColor(black)
            y -= 16
            for k, cur, yv, hv in items:
                c.setFont("Helvetica", 8.5)
                label = k if not (hv and hv[0]) else f"{k}  {hv[0]:.2f} h × {hv[1]:.2f}"
                c.drawString(18, y, label)
                c.drawRightString(pw - 86, y, money(cur))
                c.drawRightString(pw - 18, y, money(yv))
                y -= 15
        y -= 8
        c.setFont("Helvetica-Bold", 10)
        c.drawString(18, y, "Net pay")
        c.drawRightString(pw - 86, y, money(net))
        c.drawRightString(pw - 18, y, money(ytd["NET"]))
        y -= 26
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        for ln in wrap("Paid by direct deposit. Wagely provides payroll services for your employer; "
                       "your employer is responsible for your wages.", "Helvetica", 7, pw - 36):
            c.drawString(18, y, ln)
            y -= 9
        c.setFillColor(black)
        if not screenshot:
            c.setFont("Helvetica", 6.5)
            c.drawString(12, 16, f"https://my.wagely.app/stubs/{pay_date.isoformat()}")
            c.drawRightString(pw - 12, 16, "1/1")
        return []

    return Stub(Paper([page], size), stub_fields(employer, employee, ch, start, end, frequency, ytd["GROSS"], net),
                pay_date, checks, wh)


# --- the delivery platform --------------------------------------------------------------------------------------


def courio_week(key: str, week_start: dt.date) -> dict[str, Any]:
    """One week of a courier's work on the Courio app, drawn from its own start date."""
    rr = random.Random(f"{key}|{week_start}")
    days = []
    for i in range(7):
        d = week_start + dt.timedelta(days=i)
        if rr.random() < 0.35:
            days.append((d, 0, 0, 0.0))
            continue
        n = rr.randint(3, 10)
        mins = n * rr.randint(19, 27)
        days.append((d, n, mins, r2(n * rr.uniform(8.1, 11.4))))
    base = r2(sum(x[3] for x in days) * 0.58)
    tips = r2(sum(x[3] for x in days) - base)
    promo = r2(rr.choice([0.0, 12.0, 25.0, 40.0]))
    total = r2(base + tips + promo)
    return {"start": week_start, "end": week_start + dt.timedelta(days=6), "days": days, "base": base, "tips": tips,
            "promo": promo, "total": total, "paid": week_start + dt.timedelta(days=8)}


def courio_summary(key: str, courier: str, week_start: dt.date, when: str, card: str) -> Paper:
    """Courio's weekly earnings summary printed from the courier web dashboard."""
    wk = courio_week(key, week_start)
    url = f"https://couriers.courio.com/earnings/week/{week_start.isoformat()}"

    def page(c: Canvas) -> list[Mark]:
        chrome(c, letter, when, "Earnings · Courio for Couriers", url, 1, 1, "{n}/{t}")
        c.setFillColor(Color(0.93, 0.27, 0.2))
        c.rect(30, 716, W - 60, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(44, 729, "courio")
        c.setFont("Helvetica", 9)
        c.drawString(112, 730, "for Couriers")
        c.drawRightString(W - 44, 730, courier)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(40, 684, "Weekly earnings summary")
        c.setFont("Helvetica", 10)
        c.drawString(40, 668, f"{dayhead(wk['start'])} - {dayhead(wk['end'])}, {wk['end'].year}")
        n = sum(x[1] for x in wk["days"])
        mins = sum(x[2] for x in wk["days"])
        tiles = [("Deliveries", str(n)), ("Active time", f"{mins // 60} h {mins % 60} min"),
                 ("Total earnings", "$" + money(wk["total"]))]
        for i, (k, v) in enumerate(tiles):
            x = 40 + i * 180
            rrect(c, x, 600, 170, 52, r=8)
            c.setFont("Helvetica", 8)
            c.setFillColor(GREY)
            c.drawString(x + 10, 636, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 16)
            c.drawString(x + 10, 612, v)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 574, "Breakdown")
        y = 556
        for k, v in (("Delivery pay (base)", wk["base"]), ("Customer tips", wk["tips"]),
                     ("Challenges & peak pay", wk["promo"])):
            c.setFont("Helvetica", 9.5)
            c.drawString(40, y, k)
            c.drawRightString(300, y, "$" + money(v))
            y -= 16
        c.setStrokeColor(LINE)
        c.line(40, y + 8, 300, y + 8)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y - 6, "Total earnings")
        c.drawRightString(300, y - 6, "$" + money(wk["total"]))
        c.setFont("Helvetica", 9)
        c.drawString(40, y - 26, f"Weekly payout: deposited to debit card {card} on {dayhead(wk['paid'])}")
        y = 556
        c.setFont("Helvetica-Bold", 11)
        c.drawString(340, 574, "By day")
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        c.drawString(340, y, "DAY")
        c.drawRightString(460, y, "DELIVERIES")
        c.drawRightString(510, y, "ACTIVE")
        c.drawRightString(570, y, "EARNINGS")
        c.setFillColor(black)
        y -= 15
        for d, k, m, e in wk["days"]:
            c.setFont("Helvetica", 9)
            c.drawString(340, y, dayhead(d))
            c.drawRightString(460, y, str(k) if k else "-")
            c.drawRightString(510, y, f"{m // 60}:{m % 60:02d}" if k else "-")
            c.drawRightString(570, y, money(e) if k else "-")
            y -= 14
        c.setFont("Helvetica", 7.5)
        c.setFillColor(GREY)
        paragraphs(c, 40, 360, W - 80, [
            "You work with Courio as an independent contractor. Courio does not withhold income or payroll taxes "
            "from your earnings. If you earn $600 or more in a calendar year you will receive a Form 1099-NEC. "
            "Tips are passed to you in full. Earnings shown are for deliveries completed in the week shown and are "
            "paid out the following Tuesday."], font="Helvetica", size=7.5, leading=10)
        c.setFillColor(black)
        return []

    return Paper([page])


# --- the app bank -------------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


DEBITS = [("Rent-A-Space Storage", "Bills", 0), ("Aldi", "Groceries", 1), ("Shell", "Gas", 1),
          ("Tri-County Electric", "Utilities", 0), ("T-Mobile", "Phone", 0), ("Walgreens", "Shopping", 1),
          ("Geico Auto", "Insurance", 0), ("Cash withdrawal", "ATM", 1), ("Kroger", "Groceries", 1),
          ("Spotify", "Subscriptions", 2)]


def nimbus_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                     begin: float, credits: Sequence[tuple[dt.date, str, str, float]], phone_shot: bool) -> Statement:
    """Nimbus Bank's monthly statement from its app: a dark header band, four figure tiles, then the money in and
    out as rounded cards grouped under day headers ('Mon, Mar 4'). On letter paper as the app prints it from the
    phone, or as one long phone screenshot (narrow page) when `phone_shot`."""
    start, end = month_bounds(year, month)
    lines = [(d, desc, cat, a) for d, desc, cat, a in credits]
    for desc, cat, small in DEBITS[: rng.randint(4, 6)]:
        amt = r2(rng.uniform(9, 16) if small == 2 else rng.uniform(22, 95) if small else rng.uniform(70, 260))
        lines.append((start + dt.timedelta(days=rng.randrange((end - start).days + 1)), desc, cat, -amt))
    lines.sort(key=lambda t: (t[0], -t[3]))
    ending = r2(begin + sum(t[3] for t in lines))
    money_in = r2(sum(t[3] for t in lines if t[3] > 0))
    money_out = r2(-sum(t[3] for t in lines if t[3] < 0))
    groups: list[tuple[dt.date, list[tuple[dt.date, str, str, float]]]] = []
    for t in sorted(lines, key=lambda t: (t[0], -t[3]), reverse=True):  # newest first, as the app lists them
        if not groups or groups[-1][0] != t[0]:
            groups.append((t[0], []))
        groups[-1][1].append(t)
    navy = Color(0.08, 0.11, 0.2)
    period = f"{MON[month - 1]} 1 - {MON[month - 1]} {end.day}, {year}"
    pw = 330.0 if phone_shot else W
    need = 300 + sum(18 + 25 * len(g[1]) for g in groups) + 70
    size = (pw, float(need)) if phone_shot else letter

    # split the groups over letter pages
    pages_groups: list[list[Any]] = [[]]
    room = 520.0
    for g in groups:
        h = 18 + 25 * len(g[1])
        if not phone_shot and room - h < 30 and pages_groups[-1]:
            pages_groups.append([])
            room = 660.0
        pages_groups[-1].append(g)
        room -= h
    total_pages = len(pages_groups)

    def make(idx: int) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            ph = size[1]
            m = 18 if phone_shot else 40
            c.setFillColor(navy)
            band = 64 if idx == 0 else 40
            c.rect(0, ph - band - (20 if phone_shot else 0), pw, band + (20 if phone_shot else 0), stroke=0, fill=1)
            c.setFillColor(white)
            if phone_shot:
                c.setFont("Helvetica-Bold", 8)
                c.drawString(m, ph - 13, "9:41")
                c.drawRightString(pw - m, ph - 13, "LTE  64%")
            c.setFont("Helvetica-Bold", 18)
            top = ph - (20 if phone_shot else 0)
            c.drawString(m, top - 28, "nimbus")
            c.setFont("Helvetica", 8)
            c.drawRightString(pw - m, top - 24, "Monthly statement")
            c.drawRightString(pw - m, top - 36, period)
            c.setFillColor(black)
            y = top - band - 22
            if idx == 0:
                c.setFont("Helvetica-Bold", 10)
                c.drawString(m, y, holder)
                c.setFont("Helvetica", 8.5)
                for ln in address:
                    y -= 12
                    c.drawString(m, y, ln)
                y -= 18
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(m, y, f"Nimbus Checking ••{acct[-4:]}")
                y -= 14
                tiles = [("Beginning balance", begin), ("Money in", money_in), ("Money out", money_out),
                         ("Ending balance", ending)]
                tw = (pw - 2 * m - 18) / 4 if not phone_shot else (pw - 2 * m - 6) / 2
                for i, (k, v) in enumerate(tiles):
                    col, row = (i, 0) if not phone_shot else (i % 2, i // 2)
                    x = m + col * (tw + 6)
                    ty = y - 44 - row * 50
                    rrect(c, x, ty, tw, 42, r=8, fill=Color(0.95, 0.96, 0.98), stroke=None)
                    c.setFont("Helvetica", 7.5)
                    c.setFillColor(GREY)
                    c.drawString(x + 8, ty + 28, k)
                    c.setFillColor(black)
                    c.setFont("Helvetica-Bold", 12)
                    c.drawString(x + 8, ty + 10, ("-" if k == "Money out" else "") + "$" + money(v))
                y -= 60 if not phone_shot else 110
                c.setFont("Helvetica-Bold", 11)
                c.drawString(m, y, "Activity")
                y -= 8
            for d, items in pages_groups[idx]:
                y -= 14
                c.setFont("Helvetica-Bold", 8.5)
                c.setFillColor(GREY)
                c.drawString(m, y, dayhead(d))
                c.setFillColor(black)
                y -= 4
                for _, desc, cat, a in items:
                    y -= 25
                    rrect(c, m, y, pw - 2 * m, 22, r=7)
                    c.setFillColor(Color(0.86, 0.9, 0.97) if a > 0 else Color(0.93, 0.93, 0.93))
                    c.circle(m + 13, y + 11, 7, stroke=0, fill=1)
                    c.setFillColor(black)
                    c.setFont("Helvetica-Bold", 7)
                    c.drawCentredString(m + 13, y + 8.5, desc[0])
                    c.setFont("Helvetica", 8.5)
                    c.drawString(m + 26, y + 12, desc)
                    c.setFont("Helvetica", 6.5)
                    c.setFillColor(GREY)
                    c.drawString(m + 26, y + 4, cat)
                    c.setFillColor(Color(0.1, 0.5, 0.3) if a > 0 else black)
                    c.setFont("Helvetica-Bold", 8.5)
                    c.drawRightString(pw - m - 8, y + 8, ("+" if a > 0 else "-") + "$" + money(abs(a)))
                    c.setFillColor(black)
            if idx == total_pages - 1:
                c.setFont("Helvetica", 6.5)
                c.setFillColor(GREY)
                y -= 22
                for ln in wrap("Nimbus Bank, N.A. Member FDIC. Report an error within 60 days in the app or at "
                               "nimbus.bank/help. This statement lists all activity for the period shown.",
                               "Helvetica", 6.5, pw - 2 * m):
                    c.drawString(m, y, ln)
                    y -= 8
                c.setFillColor(black)
            if not phone_shot:
                c.setFont("Helvetica", 7)
                c.drawRightString(pw - m, 24, f"Page {idx + 1} of {total_pages}")
                c.drawString(m, 24, f"Nimbus Checking ••{acct[-4:]}  ·  {period}")
            return []

        return page

    fields = {"bank_name": "Nimbus Bank", "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([make(i) for i in range(total_pages)], size), fields, end, acct)


def courio_credits(key: str, year: int, month: int, card: str) -> list[tuple[dt.date, str, str, float]]:
    """Courio's weekly payouts (Tuesdays) that land in a month."""
    start, end = month_bounds(year, month)
    out = []
    d = start
    while d <= end:
        if d.weekday() == 1:
            wk = courio_week(key, d - dt.timedelta(days=8))
            out.append((d, "Courio payout", "Income", wk["total"]))
        d += dt.timedelta(days=1)
    return out


def payroll_credits(stub: Stub, name: str, year: int, month: int) -> list[tuple[dt.date, str, str, float]]:
    assert stub.wh is not None
    return [(ch.pay_date, name, "Paycheck", net_of(ch, stub.wh)) for ch in stub.checks
            if (ch.pay_date.year, ch.pay_date.month) == (year, month)]


# --- letters ----------------------------------------------------------------------------------------------------


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

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
               size: float = 11, leading: float = 14.5, gap: float = 8) -> float:
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


def email_letter(sender: str, email: str, to: str, sent: dt.date, clock: str, subject: str,
                 paras: Sequence[str]) -> Paper:
    """A hardship letter typed in a webmail client and printed: the account's line over a heavy rule, the subject,
    then From / To / Subject / Date, the body and the typed name."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(54, 742, "Postlight Mail")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 54, 742, f"{sender} <{email}>")
        c.setLineWidth(2.2)
        c.line(54, 734, W - 54, 734)
        c.setLineWidth(0.6)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(54, 708, subject)
        c.setFont("Helvetica", 8)
        c.drawString(54, 694, "1 message")
        c.line(54, 688, W - 54, 688)
        rows = [("From:", f"{sender} <{email}>"), ("To:", to), ("Subject:", subject),
                ("Date:", f"{sent.strftime('%a')}, {short(sent)} at {clock}")]
        y = 670
        for k, v in rows:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(54, y, k)
            c.setFont("Helvetica", 9.5)
            c.drawString(110, y, v)
            y -= 14
        y -= 14
        y = paragraphs(c, 54, y, W - 108, paras, font="Helvetica", size=10, leading=13.5, gap=9)
        c.setFont("Helvetica", 10)
        c.drawString(54, y - 2, "Thank you,")
        c.drawString(54, y - 16, sender)
        c.setFont("Helvetica", 7)
        c.drawString(54, 30, f"https://mail.postlight.com/#inbox/sent - printed {ymd2(sent)}")
        return []

    return Paper([page])


def ui_history(state: str, agency: str, claimant: str, ssn4: str, as_of: dt.date, byb: dt.date, wba: float,
               weeks: int, when: str) -> Paper:
    """A state's unemployment insurance 'Payment history' page printed from its claimant web site."""
    url = f"https://uibenefits.{state.lower().replace(' ', '')}.gov/claimant/payments"
    rows = []
    we = byb + dt.timedelta(days=(5 - byb.weekday()) % 7 + 7)  # weeks end on Saturday
    while len(rows) < weeks and we + dt.timedelta(days=4) <= as_of:
        paid = we + dt.timedelta(days=4)
        fed = r2(wba * 0.10)
        rows.append((we, paid, wba, fed, r2(wba - fed)))
        we += dt.timedelta(days=7)
    rows = rows[-weeks:]
    maxb = r2(wba * 26)

    def page(c: Canvas) -> list[Mark]:
        chrome(c, letter, when, f"Payment History - {state} UI Benefits Online", url, 1, 1, "{n}/{t}")
        c.setFillColor(Color(0.12, 0.22, 0.38))
        c.rect(30, 722, W - 60, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(42, 738, f"STATE OF {state.upper()}")
        c.setFont("Helvetica", 8.5)
        c.drawString(42, 727, agency)
        c.drawRightString(W - 42, 733, f"Welcome, {claimant}  |  Log out")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(40, 706, "Home  >  My claim  >  Payment history")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, 684, "Unemployment Insurance - Payment History")
        c.setFont("Helvetica", 9)
        c.drawString(40, 668, f"Payment history as of {mdy(as_of)}")
        info = [("Claimant", claimant), ("SSN", f"XXX-XX-{ssn4}"), ("Benefit year begin", mdy(byb)),
                ("Benefit year end", mdy(byb + dt.timedelta(days=364))), ("Weekly benefit amount", "$" + money(wba)),
                ("Maximum benefit amount", "$" + money(maxb)),
                ("Balance remaining", "$" + money(r2(maxb - wba * len(rows)))), ("Payment method", "Direct deposit")]
        y = 640
        for i, (k, v) in enumerate(info):
            x = 40 + (i % 2) * 270
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x, y, k + ":")
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 120, y, v)
            if i % 2:
                y -= 14
        y -= 16
        heads = ["Week ending", "Date paid", "Gross amount", "Federal tax withheld", "Net paid", "Status"]
        xs = [40, 120, 270, 380, 460, 480]
        c.setFillColor(Color(0.9, 0.92, 0.95))
        c.rect(36, y - 5, W - 72, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for x, h in zip(xs, heads, strict=True):
            (c.drawRightString if h in heads[2:5] else c.drawString)(x if h not in heads[2:5] else x + 0, y, h)
        y -= 17
        c.setFont("Helvetica", 8.5)
        for we_, pd, g, f, n in reversed(rows):
            c.drawString(40, y, mdy(we_))
            c.drawString(120, y, mdy(pd))
            c.drawRightString(270, y, money(g))
            c.drawRightString(380, y, money(f))
            c.drawRightString(460, y, money(n))
            c.drawString(480, y, "Paid")
            y -= 13
        c.setFont("Helvetica", 7.5)
        paragraphs(c, 40, y - 16, W - 80, [
            "Benefits are paid weekly for each week you request and are eligible. You chose to have 10% federal income "
            "tax withheld. Unemployment benefits are taxable income; you will receive Form 1099-G in January. Report "
            "all work and earnings for each week you request."], font="Helvetica", size=7.5, leading=10)
        return []

    return Paper([page])


# --- applications -------------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_email: str = ""
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs, "signed_on": self.signed_on.isoformat() if self.b_signs
                else None, "co_borrower_signed": None if self.co is None else self.co_signs}


CARD_HARDSHIPS = ("Lost my job", "Less income (fewer hours, lower pay, fewer gigs)",
                  "Higher housing costs (taxes, insurance, HOA)", "Disaster hit my home or workplace",
                  "Illness or disability (me, co-borrower or a dependent)", "Divorce or legal separation",
                  "Separated from a co-owner I'm not married to", "Death of a borrower or wage earner",
                  "Moved far away for work", "Something else")
CARD_INCOME = ("Paychecks from an employer (wages, overtime, tips)",
               "Self-employment, gig & app work (1099)", "Unemployment benefits",
               "Social Security, pension, disability - taxable", "Social Security or disability - non-taxable",
               "Rent you receive (after expenses)", "Investments or insurance",
               "Other (child support, alimony, other)")


def card(c: Canvas, x: float, y: float, w: float, caption: str, value: str, h: float = 40, size: float = 11.5,
         bold: bool = False) -> None:
    """A rounded card: a small grey caption above its value in larger type (no colon)."""
    rrect(c, x, y, w, h, r=7)
    c.setFont("Helvetica", 7)
    c.setFillColor(GREY)
    c.drawString(x + 10, y + h - 13, caption)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
    c.drawString(x + 10, y + 9, value)


def toggle(c: Canvas, x: float, y: float, on: bool) -> None:
    c.saveState()
    c.setFillColor(TEAL if on else Color(0.8, 0.82, 0.84))
    c.roundRect(x, y, 24, 13, 6.5, stroke=0, fill=1)
    c.setFillColor(white)
    c.circle(x + (17.5 if on else 6.5), y + 6.5, 5, stroke=0, fill=1)
    c.restoreState()


def radio(c: Canvas, x: float, y: float, on: bool) -> None:
    c.saveState()
    c.setStrokeColor(TEAL if on else GREY)
    c.setLineWidth(1.2)
    c.circle(x, y, 5.5, stroke=1, fill=0)
    if on:
        c.setFillColor(TEAL)
        c.circle(x, y, 3.2, stroke=0, fill=1)
    c.restoreState()


def larkspur_form(app: App, when: str, req_id: str) -> Paper:
    """Larkspur Home Loans' 'Mortgage Help Request', filled on its web site and printed from the browser."""
    url = f"https://myhome.larkspurhomeloans.com/help/request/{req_id}/review"
    title = "Mortgage Help Request - Review | Larkspur Home Loans"
    cw = (W - 80 - 16) / 3  # three cards a row

    def top(c: Canvas, n: int) -> float:
        chrome(c, letter, when, title, url, n, 3)
        c.setFillColor(Color(0.36, 0.25, 0.6))
        for i in range(4):
            c.circle(48, 724 + i * 7, 3.2 - i * 0.5, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 737, "Larkspur")
        c.setFont("Helvetica", 8)
        c.drawString(60, 726, "HOME LOANS")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 40, 732, f"Request {req_id}")
        c.setStrokeColor(LINE)
        c.line(30, 714, W - 30, 714)
        return 690.0

    def section(c: Canvas, y: float, name: str) -> float:
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(40, y, name)
        return y - 50

    def page1(c: Canvas) -> list[Mark]:
        y = top(c, 1)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, y, "Mortgage Help Request")
        c.setFont("Helvetica", 9)
        c.setFillColor(GREY)
        c.drawString(40, y - 15, "Review your answers, then print or save a copy for your records.")
        c.setFillColor(black)
        y = section(c, y - 48, "About you")
        card(c, 40, y, cw, "Loan number", app.loan, bold=True)
        card(c, 48 + cw, y, cw, "Borrower full name", app.borrower)
        card(c, 56 + 2 * cw, y, cw, "Last 4 of SSN", app.ssn[-4:])
        y -= 48
        card(c, 40, y, cw, "Email", app.email, size=10)
        card(c, 48 + cw, y, cw, "Mobile phone", app.phone)
        card(c, 56 + 2 * cw, y, cw, "Best way to reach you", "Text message")
        y = section(c, y - 30, "Co-borrower")
        rrect(c, 40, y + 12, W - 80, 26, r=7)
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y + 21, "Someone else is on this loan with me")
        toggle(c, W - 76, y + 18, bool(app.co))
        if app.co:
            y -= 40
            card(c, 40, y, cw, "Co-borrower full name", app.co)
            card(c, 48 + cw, y, cw, "Co-borrower last 4 of SSN", (app.co_ssn or "")[-4:])
            card(c, 56 + 2 * cw, y, cw, "Co-borrower email", app.co_email, size=10)
        y = section(c, y - 30, "Your home")
        card(c, 40, y, 2 * cw + 8, "Property address", app.address)
        card(c, 56 + 2 * cw, y, cw, "Mailing address", "Same as property")
        y -= 22
        c.setFont("Helvetica", 9)
        c.drawString(40, y, "How do you use this home?")
        y -= 40
        opts = (("primary_residence", "I live here (primary residence)"), ("second_home", "Second home"),
                ("investment_property", "Rental / investment property"))
        for i, (code, label) in enumerate(opts):
            x = 40 + i * (cw + 8)
            on = app.occupancy == code
            rrect(c, x, y, cw, 30, r=7, fill=Color(0.9, 0.96, 0.96) if on else None, stroke=TEAL if on else LINE)
            radio(c, x + 14, y + 15, on)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 26, y + 12, label)
        y -= 48
        card(c, 40, y, cw, "What would you like to do?", "Keep my home")
        card(c, 48 + cw, y, cw, "HOA or condo dues per month", "$0.00")
        card(c, 56 + 2 * cw, y, cw, "Is the home for sale?", "No")
        return []

    def page2(c: Canvas) -> list[Mark]:
        y = top(c, 2)
        y = section(c, y - 4, "Your hardship")
        card(c, 40, y, cw, "When did it start?", short(app.start) if app.start else "-")
        card(c, 48 + cw, y, 2 * cw + 8, "How long do you expect it to last?",
             {"short": "Short-term (6 months or less)", "long": "Long-term (more than 6 months)"}.get(
                 app.duration, "Resolved"))
        y -= 20
        c.setFont("Helvetica", 9)
        c.drawString(40, y, "What's making it hard to pay? Turn on all that apply.")
        y -= 8
        half = (W - 88) / 2
        for i, label in enumerate(CARD_HARDSHIPS):
            col, row = i % 2, i // 2
            x = 40 + col * (half + 8)
            yy = y - 30 - row * 32
            rrect(c, x, yy, half, 26, r=7)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 10, yy + 10, label)
            toggle(c, x + half - 34, yy + 6.5, HARDSHIPS[i] in app.hardships)
        y -= 30 + 5 * 32
        card(c, 40, y - 10, W - 80, "Tell us more (optional)", app.other_text or "-", h=40, size=10)
        y = section(c, y - 40, "Monthly income before taxes")
        for i, (code, label) in enumerate(zip(INCOMES, CARD_INCOME, strict=True)):
            col, row = i % 3, i // 3
            amt = app.income.get(code, 0.0)
            card(c, 40 + col * (cw + 8), y - row * 48, cw, label if len(label) < 44 else label[:42] + "...",
                 "$" + money(amt), bold=amt > 0)
        card(c, 40 + 2 * (cw + 8), y - 2 * 48, cw, "Total monthly income", "$" + money(app.total), bold=True,
             size=12.5)
        return []

    def page3(c: Canvas) -> list[Mark]:
        y = top(c, 3)
        y = section(c, y - 4, "What you have")
        card(c, 40, y, cw, "Checking and cash", "$" + money(640.0 + app.seed % 400))
        card(c, 48 + cw, y, cw, "Savings", "$0.00")
        card(c, 56 + 2 * cw, y, cw, "Stocks and bonds", "$0.00")
        y = section(c, y - 30, "Sign and submit")
        c.setFont("Helvetica", 8.5)
        y = paragraphs(c, 40, y + 28, W - 80, [
            "By signing I certify that everything in this request is true and that the hardship I described "
            "contributed to my need for help. I agree to send the documents Larkspur asks for, I consent to a credit "
            "report for each borrower and to being contacted at the phone numbers and e-mail addresses above. "
            "Knowingly false statements may violate federal law."], font="Helvetica", size=8.5, leading=11)
        rrect(c, 40, y - 14, W - 80, 26, r=7)
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y - 5, "I have read and agree to the certification above")
        toggle(c, W - 76, y - 7.5, True)
        y -= 80
        marks: list[Mark] = []
        people = [("Borrower signature", app.borrower, app.b_signs, 0)]
        if app.co:
            people.append(("Co-borrower signature", app.co, app.co_signs, 1))
        for cap, name, signs, k in people:
            rrect(c, 40, y, 2 * cw + 8, 56, r=7)
            c.setFont("Helvetica", 7)
            c.setFillColor(GREY)
            c.drawString(50, y + 43, cap)
            c.drawString(50, y + 6, f"Signed with mouse or finger - {name}")
            c.setFillColor(black)
            if signs:
                marks.append(Mark("sig", 70, y + 16, w=170, seed=app.seed + k))
            else:
                c.setFont("Helvetica-Oblique", 9)
                c.setFillColor(GREY)
                c.drawString(60, y + 24, f"Waiting for {name.split()[0]} to sign - we e-mailed a link")
                c.setFillColor(black)
            card(c, 56 + 2 * cw, y + 8, cw, "Date signed", ymd2(app.signed_on) if signs else "-", h=48)
            y -= 70
        c.setFont("Helvetica", 8)
        c.setFillColor(GREY)
        c.drawString(40, y + 20, "Send your documents with the Upload button or by mail to Larkspur Home Loans, "
                                 "PO Box 4410, Tempe, AZ 85280.")
        c.setFillColor(black)
        return marks

    return Paper([page1, page2, page3])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
F710_DUR = {"short": "Checkbox_38", "long": "Checkbox_39", "resolved": "Checkbox_40"}


def f710_values(app: App) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_21": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True, "Checkbox_27": True, "Checkbox_30": True,
        "Checkbox_35": True, "Checkbox_37": True, F710_DUR[app.duration]: True, "Number_10": "415.00"}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:], "Email_2": app.co_email})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    return values


def form710_screen(app: App) -> bytes:
    """The real Form 710 typed through its AcroForm, signed with drawn strokes, the dates typed in their fields."""
    values = f710_values(app)
    if app.b_signs:
        values["Date_3"] = mdy(app.signed_on)
    if app.co and app.co_signs:
        values["Date_4"] = mdy(app.signed_on)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        names = {str(ref.get_object().get("/T", "")): ref.get_object() for ref in page.get("/Annots") or []}
        texts = {}
        for name, value in values.items():
            if name not in names:
                continue
            w = names[name]
            if isinstance(value, bool):
                states = [str(k) for k in w["/AP"]["/N"] if str(k) != "/Off"]
                state = NameObject(states[0] if value else "/Off")
                w[NameObject("/V")] = state
                w[NameObject("/AS")] = state
            else:
                texts[name] = value
        if texts:
            writer.update_page_form_field_values(page, texts, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks = [Mark("sig", 160, 346, w=190, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 170, 308, w=180, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    synth_line(c)
    c.showPage()
    c.save()
    writer.pages[3].merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    return fixed_pypdf_bytes(writer, f"bd710{app.loan}")


def form710_by_hand(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """The blank Form 710 printed, filled in by hand (answers and X marks in ink), signed, dated and scanned."""
    reader = PdfReader(FORM710)
    rects: dict[str, tuple[int, list[float]]] = {}
    for i, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            rects[str(w.get("/T", ""))] = (i, [float(v) for v in w["/Rect"]])
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
        if "/Annots" in writer.pages[-1]:
            del writer.pages[-1]["/Annots"]
    pdf = fixed_pypdf_bytes(writer, "bd710blank")
    marks: list[list[Mark]] = [[], [], [], []]
    values = f710_values(app)
    for k, (name, value) in enumerate(values.items(), 1):
        i, (x0, y0, _, _) = rects[name]
        if isinstance(value, bool):
            marks[i].append(Mark("hand", x0 + 0.5, y0 + 1, "X", size=11, seed=seed + k))
        else:
            marks[i].append(Mark("hand", x0 + 4, y0 + 3, value, size=11.5, seed=seed + k))
    if app.b_signs:
        marks[3].append(Mark("sig", 165, 346, w=190, seed=app.seed))
        marks[3].append(Mark("hand", 432, 347, mdy(app.signed_on), size=12, seed=seed + 90))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 172, 308, w=180, seed=app.seed + 1))
        marks[3].append(Mark("hand", 432, 309, mdy(app.signed_on), size=12, seed=seed + 91))
    return scan_sheets(pdf, marks, style, seed)


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              signed_on: dt.date, phone: str, seed: int, ink: bool) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C typed over; signed on screen, or (ink) the signature and date left for
    the pen and returned as marks."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Courier", 9)
    put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, ssn), (27, 571, street), (312, 571, city),
           (420, 571, state), (474, 571, zipc), (27, 506, "Larkspur Home Loans - Loss Mitigation"),
           (312, 506, "LHL-45-3301"), (420, 506, "LRKSPR01"), (27, 484, "PO Box 4410"),
           (312, 484, "Tempe"), (420, 484, "AZ"), (474, 484, "85280"), (27, 430, "Larkspur Home Loans"),
           (474, 430, "(480) 555-0142"), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    if not ink:
        put.append((344, 168, mdy(signed_on)))
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 167, mdy(signed_on), size=11, seed=seed + 3)]
    if not ink:
        draw_signature_vector(c, marks[0])
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"bd4506c{seed}"), marks if ink else []


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 28)
        c.drawString(72, 700, "FAX")
        c.setFont("Helvetica", 10)
        c.drawString(72, 682, sender)
        rows = [("To:", to), ("Fax:", to_fax), ("From:", sender), ("Fax:", sender_fax), ("Date:", mdy(date)),
                ("Pages (with cover):", str(pages)), ("Re:", note)]
        y = 640
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(210, y, v)
            c.line(205, y - 4, 540, y - 4)
            y -= 26
        return []

    return Paper([page])


# --- packets and the checklist ------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int], scanned: bool = False) -> None:
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                doc.scanned = scanned
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields)


def letter_doc(kind: str, on: dt.date, **extra: Any) -> Doc:
    return Doc(kind, {"letter_date": on.isoformat(), **extra})


def other_doc() -> Doc:
    return Doc("other", {})


def f4506_doc(on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()})


def missing_codes(exp: dict[str, Any]) -> list[str]:
    """shared/spec/checklist.md applied to what an expected.json says the packet holds (its application's answers,
    its documents' types and dates), judged on its received date."""
    app = exp["application"]
    docs = exp["documents"]
    received = dt.date.fromisoformat(exp["received_on"])
    if app is None or not any(d["type"] == "mortgage_assistance_application" for d in docs):
        return ["application"]
    out: list[str] = []
    if not app["signed"] or not app["signed_on"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        out.append("application_signature")
    for name in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_start_date"):
        if not app.get(name):
            out.append(f"application_field:{name}")
    if not app.get("hardship_types"):
        out.append("application_field:hardship_types")
    claimed = {k for k, v in (app.get("income") or {}).items() if k != "total" and v and v > 0}
    if not claimed:
        out.append("application_field:income")

    def fresh(iso: str | None) -> bool:
        return iso is not None and 0 <= (received - dt.date.fromisoformat(iso)).days <= FRESH_DAYS

    stmts = [d["fields"] for d in docs if d["type"] == "bank_statement"]
    two_bank = any(
        a["account_last4"] == b["account_last4"] and a["bank_name"] == b["bank_name"]
        and dt.date.fromisoformat(b["period_start"]) == dt.date.fromisoformat(a["period_end"]) + dt.timedelta(days=1)
        and fresh(b["period_end"]) and fresh(a["period_end"])
        for a in stmts for b in stmts)
    stub_ytd = any(d["type"] == "pay_stub" and fresh(d["fields"]["pay_date"]) and d["fields"]["gross_ytd"] is not None
                   for d in docs)
    pnl = any(d["type"] == "profit_and_loss_statement" and d["fields"].get("signed")
              and fresh(d["fields"]["period_end"]) for d in docs)

    def award(kind: str) -> bool:
        return any(d["type"] == "benefit_award_letter" and d["fields"].get("benefit_type") == kind
                   and fresh(d["fields"]["letter_date"]) for d in docs)

    ok = {"wages": stub_ytd or two_bank, "self_employment": two_bank or pnl, "unemployment": True,
          "benefits_taxable": two_bank or award("benefits_taxable"),
          "benefits_nontaxable": two_bank or award("benefits_nontaxable"), "rental": two_bank,
          "investment": two_bank, "other": two_bank}
    out += [f"income_doc:{k}" for k in sorted(claimed) if not ok[k]]
    types = {d["type"] for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app.get("hardship_types") or [] if h in need and not need[h] & types]
    if claimed & {"self_employment", "rental"} and not any(
            d["type"] == "irs_form_4506c" and d["fields"].get("signed") for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    docs = [{"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
             "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields}
            for i, d in enumerate(p.docs, 1)]
    exp = {"loan_number": p.app.loan, "received_on": p.received.isoformat(), "status": "", "missing": [],
           "application": p.app.expected(), "documents": docs}
    codes = missing_codes(exp)
    exp["status"] = "incomplete" if codes else "complete"
    exp["missing"] = codes
    return exp


WH_1 = Withholding(0.07, 0.025, (("Dental", 6.50),))
WH_2 = Withholding(0.05, 0.02, ())
WH_3 = Withholding(0.09, 0.031, (("Medical plan", 38.20), ("401(k)", 25.00)))
HAND = Scan(dpi=300, tilt=0.35, blur=0.6, noise=0.0004)
FAX = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0008, fax=True)


def gig_monthly(credits: Sequence[tuple[dt.date, str, str, float]], months: int) -> float:
    """What a courier writes as monthly self-employment income: the Courio payouts of the months shown, averaged
    and rounded to the dollar."""
    return float(round(sum(a for _, desc, _, a in credits if desc == "Courio payout") / months))


def browser_when(d: dt.date, clock: str) -> str:
    return f"{d.month}/{d.day}/{d.strftime('%y')}, {clock}"


def packet_bd1(seed: int) -> Packet:
    """Card form on screen; warehouse wages + Courio self-employment; two fresh Nimbus statements; 4506-C."""
    rng = random.Random(seed * 1000 + 1)
    received = dt.date(2046, 3, 5)
    name = "Marcus D. Whitlow"
    addr = ["4417 West Saguaro Lane", "Glendale, AZ 85304"]
    key = f"cw{seed}bd1"
    stub = paycadet_stub("Harborline Fulfillment LLC", "7001 N 51st Ave, Glendale, AZ 85301", name, "HF-20733",
                         "Warehouse associate (part-time)", dt.date(2046, 3, 2), "biweekly", 18.75, 52.0, WH_1,
                         dt.date(2046, 1, 5), browser_when(dt.date(2046, 3, 2), "7:48 PM"), acct4="4821")
    card_no = "••4821"
    acct = "7730044821"
    credits1 = courio_credits(key, 2046, 1, card_no) + payroll_credits(stub, "Harborline Fulfil Payroll", 2046, 1)
    s1 = nimbus_statement(rng, name, addr, acct, 2046, 1, 412.37, credits1, phone_shot=False)
    credits2 = courio_credits(key, 2046, 2, card_no) + payroll_credits(stub, "Harborline Fulfil Payroll", 2046, 2)
    s2 = nimbus_statement(rng, name, addr, acct, 2046, 2, s1.fields["ending_balance"], credits2, phone_shot=False)
    signed = dt.date(2046, 3, 3)
    app = App("5108826403", name, "934-51-7702", "4417 West Saguaro Lane", "Glendale", "AZ", "85304",
              "(623) 555-0148", "marcus.whitlow@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2045, 10, 20), "long",
              {"wages": stub.monthly, "self_employment": gig_monthly(credits1 + credits2, 2)}, signed,
              seed=seed + 11)
    p = Packet("bd1", received, app, [])
    f = app.loan
    p.pdf(f"{f}/Mortgage Help Request - Review _ Larkspur Home Loans.pdf",
          paper_pdf(larkspur_form(app, browser_when(signed, "9:12 PM"), "LHL-46-08817")), (app_doc(), 3))
    p.pdf(f"{f}/Pay statement _ Paycadet.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{f}/nimbus-statement-2046-01.pdf", paper_pdf(s1.paper), (stmt_doc(s1), len(s1.paper.pages)))
    p.pdf(f"{f}/nimbus-statement-2046-02.pdf", paper_pdf(s2.paper), (stmt_doc(s2), len(s2.paper.pages)))
    wk = courio_summary(key, name, dt.date(2046, 2, 19), browser_when(dt.date(2046, 3, 3), "9:20 PM"), card_no)
    p.pdf(f"{f}/Earnings · Courio for Couriers.pdf", paper_pdf(wk), (other_doc(), 1))
    t, _ = form4506c("Marcus", "D", "Whitlow", "934-51-7702", addr[0], "Glendale", "AZ", "85304", signed,
                     app.phone, seed + 15, ink=False)
    p.pdf(f"{f}/4506-C signed.pdf", t, (f4506_doc(signed), 1))
    return p


def packet_bd2(seed: int) -> Packet:
    """Form 710 on screen; the only pay stubs are phone screenshots more than 90 days old; UI history."""
    received = dt.date(2046, 3, 13)
    name = "Priya N. Castellanos"
    stubs = [wagely_stub("Copper Kettle Coffee Co.", name, d, "weekly", 16.50, 22.0, 58.0, WH_2,
                         dt.date(2045, 1, 6), True, "8:02") for d in (dt.date(2045, 11, 24), dt.date(2045, 12, 1))]
    signed = dt.date(2046, 3, 9)
    wba = 412.00
    app = App("0073419985", name, "918-40-2267", "2290 Larkmoor Court", "Aurora", "CO", "80013", "(720) 555-0193",
              "priya.castellanos@example.net", "primary_residence", ["unemployment"], dt.date(2045, 11, 28), "short",
              {"wages": stubs[-1].monthly, "unemployment": r2(wba * 52 / 12)}, signed, seed=seed + 21)
    p = Packet("bd2", received, app, ["income_doc:wages"])
    f = app.loan
    p.pdf(f"{f}_mortgage_assistance_application.pdf", form710_screen(app), (app_doc(), 4))
    for i, s in enumerate(stubs):
        data, n = screenshot_pdf(s.paper)
        p.pdf(f"{f}_Screenshot_{s.date.strftime('%Y%m%d')}-0{i + 3}1522.pdf", data, (stub_doc(s), n), scanned=True)
    ui = ui_history("Colorado", "Department of Labor and Employment - Unemployment Insurance", name, "2267",
                    signed, dt.date(2045, 11, 30), wba, 12, browser_when(signed, "10:41 AM"))
    p.pdf(f"{f}_unemployment_payments.pdf", paper_pdf(ui),
          (letter_doc("unemployment_benefit_letter", signed, benefit_type="unemployment"), 1))
    on = dt.date(2046, 3, 10)
    hl = email_letter(name, app.email, "Loss Mitigation <lossmit@servicer.example.com>", on, "7:42 PM",
                      f"Hardship letter - loan {app.loan}", [
        "Hello,", "I was laid off from my full-time job as a shipping coordinator on November 28 when the warehouse "
        "closed. I have been on unemployment since the first week of December and I still work my part-time shifts "
        "at the coffee shop on weekends.",
        "Together that is not enough to cover the full mortgage payment. I am applying for jobs every week and "
        "expect to be back at full-time work within a few months. I am asking for a forbearance or a lower payment "
        "until then. My application is attached."])
    p.pdf(f"{f}_hardship_email.pdf", paper_pdf(hl), (letter_doc("hardship_letter", on), 1))
    return p


def packet_bd3(seed: int) -> Packet:
    """Form 710 filled by hand by both, one grey scan: gig self-employment + co-borrower wages; complete."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2046, 4, 12)
    b, co = "Andre L. Bouchard", "Keisha M. Bouchard"
    addr = ["1186 Pinecrest Drive", "Smyrna, GA 30080"]
    key = f"cw{seed}bd3"
    co_stub = wagely_stub("Peachtree Pet Resort", co, dt.date(2046, 4, 3), "biweekly", 15.25, 68.0, 0.0, WH_2,
                          dt.date(2046, 1, 9), False, "4/5/46, 6:55 AM")
    acct = "7730091156"
    s = []
    gig: list[tuple[dt.date, str, str, float]] = []
    begin = 288.14
    for m in (2, 3):
        gig += courio_credits(key, 2046, m, "••1156")
        cr = courio_credits(key, 2046, m, "••1156") + payroll_credits(co_stub, "Peachtree Pet Resort DIR DEP", 2046, m)
        st = nimbus_statement(rng, f"{b} & {co}", addr, acct, 2046, m, begin, cr, phone_shot=False)
        begin = st.fields["ending_balance"]
        s.append(st)
    signed = dt.date(2046, 4, 8)
    app = App("6620481137", b, "947-22-0615", "1186 Pinecrest Drive", "Smyrna", "GA", "30080", "(770) 555-0121",
              "andre.bouchard@example.com", "primary_residence", ["disability_or_illness"], dt.date(2046, 1, 14),
              "short", {"wages": co_stub.monthly, "self_employment": gig_monthly(gig, 2)}, signed, co=co,
              co_ssn="947-63-1180",
              co_email="keisha.b@example.com", seed=seed + 31)
    p = Packet("bd3", received, app, [])
    on = dt.date(2046, 4, 7)
    hl = email_letter(b, app.email, "Loss Mitigation <lossmit@servicer.example.com>", on, "10:05 PM",
                      f"Loan {app.loan} - why we fell behind", [
                          "To the loss mitigation team,",
                          "On January 14 I hurt my back lifting an order out of my car. My doctor told me not to "
                          "drive for at least eight weeks, and I deliver for Courio for a living, so for two months I "
                          "earned almost nothing. I am back on the app part of the day now and building up my hours.",
                          "My wife works at a pet resort and her pay alone could not cover the mortgage. We missed "
                          "February and March. We want to keep our home and ask for a plan that lets us catch up."])
    t, tmarks = form4506c("Andre", "L", "Bouchard", "947-22-0615", addr[0], "Smyrna", "GA", "30080", signed,
                          app.phone, seed + 35, ink=True)
    p.scan("Scan 2046-04-12 10.31.pdf", [
        (app_doc(), form710_by_hand(app, HAND, seed + 300)),
        (stub_doc(co_stub), scan_paper(co_stub.paper, HAND, seed + 301)),
        (stmt_doc(s[0]), scan_paper(s[0].paper, HAND, seed + 302)),
        (stmt_doc(s[1]), scan_paper(s[1].paper, HAND, seed + 303)),
        (f4506_doc(signed), scan_sheets(t, [tmarks], HAND, seed + 304)),
        (letter_doc("hardship_letter", on), scan_paper(hl, HAND, seed + 305))], HAND)
    return p


def packet_bd4(seed: int) -> Packet:
    """Card form; gig-only self-employment shown by two screenshot statements; no 4506-C."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2046, 5, 11)
    name = "Yesenia P. Marroquin"
    addr = ["807 East Alameda Street", "Tempe, AZ 85282"]
    key = f"cw{seed}bd4"
    acct = "7730068309"
    s = []
    gig: list[tuple[dt.date, str, str, float]] = []
    begin = 175.60
    for m in (3, 4):
        cr = courio_credits(key, 2046, m, "••8309")
        gig += cr
        if m == 4:
            cr.append((dt.date(2046, 4, 17), "Redline Insurance claim pmt", "Transfer", 1150.00))
        st = nimbus_statement(rng, name, addr, acct, 2046, m, begin, cr, phone_shot=True)
        begin = st.fields["ending_balance"]
        s.append(st)
    signed = dt.date(2046, 5, 7)
    app = App("3391570264", name, "926-08-3345", "807 East Alameda Street", "Tempe", "AZ", "85282", "(480) 555-0166",
              "yesi.marroquin@example.com", "primary_residence", ["other"], dt.date(2046, 2, 26), "short",
              {"self_employment": gig_monthly(gig, 2)}, signed,
              other_text="My car was wrecked and I could not deliver for 6 weeks", seed=seed + 41)
    p = Packet("bd4", received, app, ["irs_form_4506c"])
    p.pdf("Mortgage Help Request - Review _ Larkspur Home Loans.pdf",
          paper_pdf(larkspur_form(app, browser_when(signed, "11:37 PM"), "LHL-46-21950")), (app_doc(), 3))
    for st in s:
        data, n = screenshot_pdf(st.paper)
        p.pdf(f"Screenshot_{st.date.strftime('%Y%m%d')}_Nimbus.pdf", data, (stmt_doc(st), n), scanned=True)
    wk = courio_summary(key, name, dt.date(2046, 4, 27), browser_when(dt.date(2046, 5, 7), "11:40 PM"), "••8309")
    p.pdf("Earnings · Courio for Couriers.pdf", paper_pdf(wk), (other_doc(), 1))
    on = dt.date(2046, 5, 7)
    hl = email_letter(name, app.email, "Larkspur Home Loans <help@larkspurhomeloans.example.com>", on, "11:52 PM",
                      "Hardship explanation", [
                          "Hi,", "On February 26 a driver ran a red light and hit my car while I was on a delivery. "
                          "Nobody was badly hurt, but the car was in the body shop for six weeks waiting for parts, "
                          "and I deliver food for Courio for a living. I had no income in March.",
                          "The other driver's insurance paid part of my lost income in April and I am back to full "
                          "days now. I am asking Larkspur to add the two missed payments to the end of my loan."])
    p.pdf("Hardship explanation - Postlight Mail.pdf", paper_pdf(hl), (letter_doc("hardship_letter", on), 1))
    return p


def packet_bd5(seed: int) -> Packet:
    """Form 710 on screen by both; a weekly Paycadet statement and a screenshot Wagely stub; complete."""
    received = dt.date(2046, 6, 11)
    b, co = "Theo J. Lindqvist", "Amara N. Lindqvist"
    stub = paycadet_stub("Saguaro Freight Services Inc.", "2150 S 35th Ave, Phoenix, AZ 85009", b, "SF-4471",
                         "Dock worker", dt.date(2046, 6, 5), "weekly", 21.40, 36.0, WH_3, dt.date(2046, 1, 2),
                         browser_when(dt.date(2046, 6, 6), "6:15 AM"))
    co_stub = wagely_stub("Mesa Ridge Dental Group", co, dt.date(2046, 5, 29), "biweekly", 19.80, 64.0, 0.0, WH_2,
                          dt.date(2046, 1, 2), True, "12:47")
    signed = dt.date(2046, 6, 7)
    app = App("8842006715", b, "951-37-4408", "3318 North 67th Drive", "Phoenix", "AZ", "85033", "(602) 555-0184",
              "theo.lindqvist@example.org", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2046, 1, 1), "long", {"wages": r2(stub.monthly + co_stub.monthly)}, signed, co=co,
              co_ssn="951-70-2231", co_email="amara.lindqvist@example.org", seed=seed + 51)
    p = Packet("bd5", received, app, [])
    f = app.loan
    p.pdf(f"{f}/Form710_Lindqvist_signed.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{f}/Pay statement _ Paycadet.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    data, n = screenshot_pdf(co_stub.paper)
    p.pdf(f"{f}/IMG_4471.pdf", data, (stub_doc(co_stub), n), scanned=True)
    on = dt.date(2046, 6, 7)
    hl = email_letter(b, app.email, "Loss Mitigation <lossmit@servicer.example.com>", on, "8:30 AM",
                      f"Hardship letter for loan {app.loan}", [
                          "Good morning,", "Our escrow analysis in January raised our payment by $388 a month: the "
                          "county reassessed the house and our homeowner's insurance went up after the hail season. "
                          "Our pay has not changed, and we fell behind in April.",
                          "We both work full time and want to stay in our home. Please consider a modification."])
    p.pdf(f"{f}/hardship letter.pdf", paper_pdf(hl), (letter_doc("hardship_letter", on), 1))
    return p


def packet_bd6(seed: int) -> Packet:
    """Card form: the co-borrower has not signed yet; two fresh stubs."""
    received = dt.date(2046, 7, 17)
    b, co = "Lucia F. Demir", "Omar S. Demir"
    stub = paycadet_stub("Bluebonnet Home Health LLC", "900 E Parmer Ln, Austin, TX 78753", b, "BH-1902",
                         "Home health aide", dt.date(2046, 6, 30), "semimonthly", 17.60, 84.0, WH_1,
                         dt.date(2046, 1, 1), browser_when(dt.date(2046, 7, 1), "9:03 PM"), ot=False)
    co_stub = wagely_stub("Lone Star Tire & Lube", co, dt.date(2046, 7, 10), "weekly", 18.25, 38.0, 0.0, WH_2,
                          dt.date(2046, 1, 2), False, "7/11/46, 5:40 PM")
    signed = dt.date(2046, 7, 13)
    app = App("2207719458", b, "963-15-8820", "5504 Cedar Elm Trail", "Pflugerville", "TX", "78660",
              "(512) 555-0137", "lucia.demir@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2046, 3, 2), "long", {"wages": r2(stub.monthly + co_stub.monthly)}, signed, co=co,
              co_ssn="963-42-0519", co_email="omar.demir@example.com", co_signs=False, seed=seed + 61)
    p = Packet("bd6", received, app, ["application_signature"])
    p.pdf("Mortgage Help Request - Review _ Larkspur Home Loans.pdf",
          paper_pdf(larkspur_form(app, browser_when(signed, "8:26 PM"), "LHL-46-40213")), (app_doc(), 3))
    p.pdf("Pay statement _ Paycadet.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf("Wagely - Pay stub.pdf", paper_pdf(co_stub.paper), (stub_doc(co_stub), 1))
    return p


def packet_bd7(seed: int) -> Packet:
    """Form 710 by hand, faxed: one statement only for the gig income, no paper for the illness."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2046, 8, 14)
    name = "Grant T. Halvorsen"
    addr = ["62 Millbrook Road", "Rock Hill, SC 29730"]
    key = f"cw{seed}bd7"
    st = nimbus_statement(rng, name, addr, "7730030472", 2046, 7, 96.81, courio_credits(key, 2046, 7, "••0472"),
                          phone_shot=False)
    signed = dt.date(2046, 8, 10)
    app = App("0459123386", name, "972-30-5561", "62 Millbrook Road", "Rock Hill", "SC", "29730", "(803) 555-0109",
              "ghalvorsen@example.net", "primary_residence", ["disability_or_illness"], dt.date(2046, 5, 19), "long",
              {"self_employment": gig_monthly(courio_credits(key, 2046, 7, "••0472"), 1)}, signed,
              seed=seed + 71)
    p = Packet("bd7", received, app, ["hardship_doc:disability_or_illness", "income_doc:self_employment"])
    t, tmarks = form4506c("Grant", "T", "Halvorsen", "972-30-5561", addr[0], "Rock Hill", "SC", "29730", signed,
                          app.phone, seed + 75, ink=True)
    wk = courio_summary(key, name, dt.date(2046, 7, 27), browser_when(dt.date(2046, 8, 10), "3:12 PM"), "••0472")
    n_pages = 1 + 4 + len(st.paper.pages) + 1 + 1
    cover = fax_cover("Rock Hill Library - Public Fax", "(803) 555-0190", "Loss Mitigation", "(480) 555-0143",
                      received, n_pages, f"Loan {app.loan} application")
    p.scan("FAX_0814_1412_8035550190.pdf", [
        (None, scan_paper(cover, FAX, seed + 700)),
        (app_doc(), form710_by_hand(app, FAX, seed + 701)),
        (stmt_doc(st), scan_paper(st.paper, FAX, seed + 702)),
        (other_doc(), scan_paper(wk, FAX, seed + 703)),
        (f4506_doc(signed), scan_sheets(t, [tmarks], FAX, seed + 704))], FAX)
    return p


def packet_bd8(seed: int) -> Packet:
    """Card form: tips wages (screenshot stub), unemployment (UI history), child support in two statements."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2046, 9, 11)
    name = "Shanice R. Pollard"
    addr = ["1420 Magnolia Bend, Apt 6", "Memphis, TN 38116"]
    stub = wagely_stub("Beale Street Smokehouse", name, dt.date(2046, 9, 4), "weekly", 9.50, 26.0, 190.0, WH_2,
                       dt.date(2046, 1, 2), True, "9:58")
    wba = 275.00
    acct = "7730055290"
    s = []
    begin = 522.48
    for m in (7, 8):
        cr = payroll_credits(stub, "Beale St Smokehouse PAYROLL", 2046, m)
        cr += [(d, "TN Child Support Disb", "Income", 450.00) for d in (dt.date(2046, m, 3),)]
        cr += [(d, "TN UI Benefits", "Income", r2(wba * 0.9)) for d in
               (dt.date(2046, m, 8), dt.date(2046, m, 15), dt.date(2046, m, 22), dt.date(2046, m, 29))]
        st = nimbus_statement(rng, name, addr, acct, 2046, m, begin, cr, phone_shot=False)
        begin = st.fields["ending_balance"]
        s.append(st)
    signed = dt.date(2046, 9, 6)
    app = App("7735064821", name, "985-21-6094", "1420 Magnolia Bend, Apt 6", "Memphis", "TN", "38116",
              "(901) 555-0158", "shanice.pollard@example.com", "primary_residence", ["unemployment"],
              dt.date(2046, 6, 12), "short",
              {"wages": stub.monthly, "unemployment": r2(wba * 52 / 12), "other": 450.00}, signed, seed=seed + 81)
    p = Packet("bd8", received, app, [])
    f = app.loan
    p.pdf(f"{f} help request.pdf", paper_pdf(larkspur_form(app, browser_when(signed, "1:15 PM"), "LHL-46-63307")),
          (app_doc(), 3))
    data, n = screenshot_pdf(stub.paper)
    p.pdf(f"{f} paystub screenshot.pdf", data, (stub_doc(stub), n), scanned=True)
    ui = ui_history("Tennessee", "Department of Labor and Workforce Development - Unemployment Insurance", name,
                    "6094", signed, dt.date(2046, 6, 14), wba, 10, browser_when(signed, "1:22 PM"))
    p.pdf(f"{f} unemployment.pdf", paper_pdf(ui),
          (letter_doc("unemployment_benefit_letter", signed, benefit_type="unemployment"), 1))
    for st in s:
        p.pdf(f"{f} nimbus {MON[int(st.fields['period_end'][5:7]) - 1].lower()}.pdf", paper_pdf(st.paper),
              (stmt_doc(st), len(st.paper.pages)))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_bd1, packet_bd2, packet_bd3, packet_bd4, packet_bd5, packet_bd6,
                                             packet_bd7, packet_bd8]
EXPECTED_KEYS = {"loan_number", "received_on", "status", "missing", "application", "documents"}
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
FIELD_KEYS = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                           "gross_current", "gross_ytd", "net_current", "monthly_gross"},
              "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                 "ending_balance"},
              "hardship_letter": {"letter_date"}, "unemployment_benefit_letter": {"letter_date", "benefit_type"},
              "irs_form_4506c": {"signed", "signed_on"}, "other": set(), "mortgage_assistance_application": set()}


def check(out: Path, scenarios: dict[str, list[str]]) -> list[str]:
    """Validate every expected.json under out: keys, codes, dates, pages against the PDFs, `scanned` against the
    text layer, pay stub arithmetic, and the missing codes re-derived from the file itself."""
    problems: list[str] = []
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != EXPECTED_KEYS:
            problems.append(f"{name}: keys {sorted(exp)}")
            continue
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() > 4 or received.year != 2046:
            problems.append(f"{name}: received_on {received} is not a 2046 weekday")
        codes = missing_codes(exp)
        if codes != sorted(exp["missing"]) or exp["status"] != ("incomplete" if codes else "complete"):
            problems.append(f"{name}: rules give {codes}, file says {exp['status']} {exp['missing']}")
        if name in scenarios and sorted(scenarios[name]) != codes:
            problems.append(f"{name}: scenario {scenarios[name]} but rules give {codes}")
        app = exp["application"]
        if set(app) != APP_KEYS:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        readers: dict[str, PdfReader] = {}
        listed: set[tuple[str, int]] = set()
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or set(doc) != {"id", "type", "scanned", "pages", "fields"}:
                problems.append(f"{name}: document {doc.get('id')}")
            if doc["type"] in FIELD_KEYS and set(doc["fields"]) != FIELD_KEYS[doc["type"]]:
                problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in listed:
                    problems.append(f"{name}: page listed twice {key}")
                listed.add(key)
                path = exp_path.parent / "inbox" / pg["file"]
                if not path.is_file():
                    problems.append(f"{name}: no file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if not 1 <= pg["page"] <= len(reader.pages):
                    problems.append(f"{name}: no page {key}")
                    continue
                text = (reader.pages[pg["page"] - 1].extract_text() or "").replace(SYNTH, "").strip()
                if bool(text) == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={bool(text)} on {key}")
            for k, v in doc["fields"].items():
                if (k.endswith(("_date", "_start", "_end")) or k == "signed_on") and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                fl = doc["fields"]
                if abs(r2(fl["gross_current"] * PERIODS[fl["frequency"]] / 12) - fl["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {doc['id']}")
                if fl["gross_ytd"] is not None and fl["gross_ytd"] + 0.005 < fl["gross_current"]:
                    problems.append(f"{name}: ytd below current {doc['id']}")
        for rel, reader in readers.items():  # every page of every listed file is accounted for (cover sheets aside)
            for i in range(1, len(reader.pages) + 1):
                if (rel, i) not in listed and not (rel.startswith("FAX_") and i == 1):
                    problems.append(f"{name}: page {rel}#{i} belongs to no document")
        inbox = exp_path.parent / "inbox"
        inbox_files = {str(p.relative_to(inbox)) for p in inbox.rglob("*.pdf")}
        if inbox_files != set(readers):
            problems.append(f"{name}: files not listed {sorted(inbox_files - set(readers))}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bd1 ..)")
    args = ap.parse_args(argv)
    scenarios: dict[str, list[str]] = {}
    total_pages = 0
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        scenarios[name] = p.scenario
        exp = expected_of(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        pages = sum(len(PdfReader(io.BytesIO(d)).pages) for d in p.files.values())
        total_pages += pages
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{pages} pages)")
    print(f"total pages: {total_pages}")
    problems: list[str] = []
    if args.check:
        problems = check(args.out, scenarios)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
