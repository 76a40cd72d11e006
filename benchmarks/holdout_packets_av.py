"""A forty-eighth holdout set of borrower packets (av1..av8): applications made through a large servicer's ONLINE
PORTAL and printed from the browser, with the papers borrowers upload there. Laid out unlike the shared samples and
unlike every earlier set (a, b .. z, aa .. au), written without looking at the service's code, rules, data files or
tests, to estimate honestly how it reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_av.py OUT_DIR [--seed N] [--check] [--only av1 av5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed or printed from web pages;
files are born-digital PDFs, plain grey scans (240 or 300 dpi, tilted 0.2 to 0.35 degrees, a little blurred and
speckled, JPEG, no text layer), one plain fax (200 dpi, black and white, the sending machine's header line across
the top of every page, the page shrunk a little under it) and two PHONE PHOTOS saved as PDF (colour JPEG at
about 160-170 dpi, no text layer). Hand-written parts are signatures (drawn strokes) and the dates beside them; the
portal's own signatures are electronic (a printed line).

THEME. Summit Ridge Mortgage runs a "Homeowner Help Center" web portal. Borrowers fill the mortgage assistance
application there, sign it electronically, print the review page from the browser and upload (or mail, fax, photo)
the printout together with screenshots and prints of their other papers. Received dates fall in 2042.

APPLICATIONS (two layouts).
- THE PORTAL PRINTOUT (Summit Ridge Mortgage "Homeowner Help Center" - "Review your application"), US Letter, two
  or three pages. EVERY page carries the browser's print header and footer: at the top left the print date and
  time in the browser's short form ("3/12/42, 8:55 PM"), centred the page title ("Review your application |
  Homeowner Help Center"); at the bottom left the portal URL ("https://help.summitridgemortgage.com/application/
  HHC-42-.../review") and at the bottom right the page count "1/3". Page 1 opens with the portal's top bar (a
  three-peak mountain mark, "Summit Ridge Mortgage" over "Homeowner Help Center", "Hi, <first name> | Sign out" at
  the right), "Step 5 of 5 - Review & sign", the heading "Review your application", the application ID (letters
  and digits, never a loan number) with "Submitted <Month d, yyyy>" and a status pill ("Submitted" or "Waiting for
  signatures"). The rest is a STACK OF CARDS with rounded grey borders, one card a section, each with its title in
  bold at the top left and an "Edit" link at the top right; a card never splits across pages (the browser leaves
  the rest of the page white): "Your loan" (Loan number, Servicer, Application ID), "About you" (Full legal name,
  Last 4 of SSN, Date of birth is NOT asked; Email, Mobile phone), "Co-borrower" (either the chosen option
  "(check) Someone else is on my loan" and the co-borrower's Full legal name / Last 4 of SSN / Email, or only
  "(check) No one else is on my loan"), "Your home" (Property address on one line, "How do you use this home?" and
  the chosen option only - "(check) I live in this home" / "(check) This is my second home" / "(check) I rent this
  home to tenants" -, "What would you like to do?" "(check) Keep my home", HOA dues), "What happened" ("What's
  making it hard to pay?" with the chosen hardships as PILL-SHAPED CHIPS - Job loss, Reduced income, Higher
  housing costs, Disaster, Illness or disability, Divorce or separation, Co-owner moved out (not married), Death of
  a borrower or wage earner, Job relocation, Something else -, "When did it start?" as "December 1, 2041", "How
  long do you expect it to last?" with the chosen option, and for "Something else" a "Tell us more" text), "Monthly
  income" (a LIST "Wages & salary - Nadia .......... $4,875.00 / mo" with dotted leaders, only the lines the
  borrower entered, TWO LINES OF ONE KIND where both borrowers earn wages (their sum is the code's amount), and a
  bold "Total monthly income" line), and "Review & sign" (a certification paragraph, "(check) I certify that the
  information in this application is true", then one line per signer: "Signed electronically by <name> on <Month
  d, yyyy at h:mm a.m. CT>" or, for a co-borrower who has not yet signed, "Awaiting co-borrower signature" with "We
  e-mailed a signing link to <e-mail>"). Within a card every answer is a small GREY LABEL ABOVE its value in black,
  two or three answers across. Unchosen options are never printed. The check glyph and the chips are drawn in the
  portal's teal. Renditions: printed to PDF from the browser (born-digital: av1, av2, av5, av7), printed on paper
  and scanned grey at 240 dpi with the rest of the packet (av3), PHOTOGRAPHED WITH A PHONE page by page and saved
  as one PDF (colour JPEG, the sheet lying on a table with a margin of table around it, a perspective tilt of up to
  2 degrees, light falling off towards one corner and a soft shadow along one edge; av6), and faxed (av8).
- The real Form 710 (April 2023) once: downloaded from the portal's forms page, typed through its AcroForm and
  signed on screen with drawn strokes over its signature line, the date typed (av4).

PAY AND INCOME PAPERS.
- An employee self-service PAY SLIP printed from the browser (Crestline HCM, a Workday-like system; employers
  Bastrop Valley Health Partners, Canadian River Foods, Red River Logistics, Gulfway Marine Engineering and Ouachita
  Fiber Products): browser header and footer like the portal's, a dark app bar ("crestline" and the employer's
  name), the heading "Pay Slip" and a sub-line "<name> - Check Date mm/dd/yyyy"; a grey-headed grid Company / Name /
  Employee ID / Pay Period Begin / Pay Period End / Check Date / Check Number; a CURRENT / YTD summary grid (Hours
  Worked, Gross Pay, Pre Tax Deductions, Employee Taxes, Post Tax Deductions, Net Pay); then the COLLAPSIBLE
  SECTIONS, ALL EXPANDED, each a caret "(down-triangle) Earnings" over its own grid: Earnings (Description, Dates,
  Hours, Rate, Amount, YTD Hours, YTD Amount, an "Earnings Total" row), Employee Taxes, Pre Tax Deductions, Post Tax
  Deductions, Employer Paid Benefits (not pay), Taxable Wages (the federal taxable wages - LESS than the gross - a
  distractor) and Payment Information (bank, masked account, amount). The pay frequency is NOT printed on the
  semi-monthly slips of av1 (infer it from the 1st-15th / 16th-month-end periods); the others show "Pay Group:
  US Biweekly Hourly" or "US Semi-Monthly" under the heading. Every year-to-date figure is the sum of that year's
  checks by check date.
- A rideshare platform's WEEKLY EARNINGS STATEMENT printed from its driver web dashboard (Wayfare; av3): browser
  header and footer, a violet app header, "Weekly statement", "Mon, Mar 30 - Sun, Apr 5, 2042", tiles (Trips,
  Online time, Miles), a BREAKDOWN (Fares, Tips, Promotions, Wayfare service fee as a negative, Net earnings), the
  payout line ("Paid out to debit card ending 4471 on Tue, Apr 7"), a trip table (date and time, pickup -> drop-off
  areas, fare, tip, fee, earnings - the first 14 rows "of 41 trips") and a year-to-date box; the notice says the
  driver is an independent contractor with a Form 1099-K / 1099-NEC. It documents SELF-EMPLOYMENT income and is an
  "other" paper: not a pay stub, not a profit and loss statement, not a bank statement.
- A body shop's weekly EARNINGS STATEMENT on check stock (Harlan Auto Body & Paint, av4) PHOTOGRAPHED BY PHONE:
  the stub on the top half (Pay frequency: Weekly, Period beginning / ending, Pay date, Rate / Hours / This period
  / Year to date for Regular and Overtime, Gross pay, statutory deductions, Net pay) and the voucher below a
  perforation ("NON-NEGOTIABLE - THIS IS NOT A CHECK", the net amount in words and figures).
- An online bank's monthly "Statement" PDF downloaded from its app (Kestrel Direct Bank; av3, av4, av5, av7): the
  bank's mark and name at the left, "Statement" in large type and "June 1 - June 30, 2042" at the right, the
  holders' name and address, "Kestrel Checking - Account ending 3381", a row of FOUR FIGURE TILES (Starting
  balance, Money in, Money out, Ending balance), a Date | Description | Amount (signed, + for money in) | Balance
  table across two pages, "Page 1 of 2".
- A credit union's ONLINE-BANKING "Account history" printed from the browser (Harbor Point Credit Union; av6):
  browser header and footer, "Account history - Share Draft Checking (...5521)", Available and Current balance,
  "Showing transactions from 06/14/2042 to 08/12/2042" (a 60-day window, not a calendar month), pending rows at the
  top, newest first, no beginning balance, and at the foot "This account history is provided for your convenience
  and is not an official account statement." It is NOT a bank statement: its type is "other".
- A teachers' retirement system's "Benefit Verification Letter" downloaded from its member portal (Prairie State
  Teachers' Retirement System, av2): a taxable monthly pension (benefit_award_letter, benefits_taxable).

LETTERS AND OTHER PAPERS. The HARDSHIP STATEMENT the borrower typed into the portal's text box, printed as a plain
page from the browser (header and footer, "Hardship statement", From / Loan number / Date lines, the typed text and
the borrower's typed name; av1, av2, av3, av4, av7, av8); an obituary printed from a funeral home's web site
(Caldwell-Brenner Funeral Home, av5: browser header and footer, the site's menu, the name, years, a grey photo box,
the text and a "Services" box); an employer's transfer letter signed in ink and scanned grey at 300 dpi (Gulfway
Marine Engineering, av7); page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over and signed on screen (av7)
or signed and dated in ink and scanned (av3); a print shop's fax cover sheet (av8, not a document).

PACKETS AND DELIVERIES.
- av1 COMPLETE - loose born-digital files under the browser's default names, NO loan number in any name ("Review
  your application _ Homeowner Help Center.pdf", "Pay Slip.pdf", "Pay Slip (1).pdf", "Hardship statement _
  Homeowner Help Center.pdf"): one borrower, reduced income, two fresh semi-monthly slips without a printed
  frequency.
- av2 INCOMPLETE application_signature - loose born-digital files "<loan> - <paper>.pdf" (the loan number has a
  leading zero): the portal printout says "Awaiting co-borrower signature"; a fresh bi-weekly slip, the
  co-borrower's fresh pension letter, the hardship statement for the illness.
- av3 COMPLETE - ONE 240 dpi grey scan of the whole printed packet, "Scan_2042-05-18_101522.pdf": the printout,
  the hardship statement (the "other" hardship), two Wayfare weekly statements ("other"), two consecutive fresh
  Kestrel statements (the self-employment proof) and a 4506-C signed in ink.
- av4 INCOMPLETE hardship_doc:divorce_or_separation - a folder named after the loan: the real Form 710 signed on
  screen, the phone photo of a fresh weekly stub, two consecutive fresh Kestrel statements (child support) and the
  hardship statement; divorce is claimed and no decree or quitclaim deed came.
- av5 COMPLETE - loose born-digital files "SRM <loan> <paper>.pdf": both borrowers signed electronically, wages in
  TWO portal lines (mother and son) plus a taxable survivor pension, all shown by two consecutive fresh Kestrel
  statements of their joint account; the printed web obituary covers the death.
- av6 INCOMPLETE income_doc:benefits_nontaxable - loose files: the phone photo of the printout
  ("IMG_20420814_191203.pdf"), "<loan>_payslip.pdf" (fresh), "account history.pdf" (the credit union's history
  export showing the VA deposits - not a statement, and no award letter came); higher housing costs need nothing.
- av7 COMPLETE - a folder named after the loan with born-digital files under browser names plus the scanned
  transfer letter: a fresh bi-weekly slip, two consecutive fresh Kestrel statements showing the rent from the
  borrower's tenants (the home is now an investment property), a 4506-C signed on screen, the relocation letter.
- av8 INCOMPLETE income_doc:wages - ONE 200 dpi fax behind a print shop's cover sheet, "fax_0000418827.pdf": the
  printout signed by both, the hardship statement, and the only two pay slips were paid in July for a November
  packet (more than 90 days); the co-borrower's unemployment benefits need nothing.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the scenario's codes are asserted. Every document carries PROBES - strings that
must appear in its drawn text (the loan number, names, amounts, dates as printed); the build verifies them against
the text layer of each page before it is scanned or photographed, and `--check` verifies them again on every
born-digital file, besides the keys, codes, types, dates, that every listed page exists and that `scanned` matches
the absence of a text layer. Every file is the same bytes for a seed: reportlab runs in invariant mode, scans and
photos use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks and servicers are
fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.

Notes for a scorer: the portal's application ID (HHC-42-xxxxx) is not a loan number; the "Submitted" date is the
signing day; the hardship statements' letter_date is the "Date:" line (the same day the page was printed); the
pay slips' "Taxable Wages" and the bank's "Money in" are not the gross pay; Wayfare statements and the account
history are "other"; photos and scans have no text layer.
"""

from __future__ import annotations

import argparse
import calendar
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

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
HAND_FONT = FONT_DIR / "DejaVuSans-Oblique.ttf"
MONO_FONT = FONT_DIR / "DejaVuSansMono-Bold.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter

pdfmetrics.registerFont(TTFont("Web", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("Web-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("WebCond", str(FONT_DIR / "DejaVuSansCondensed.ttf")))

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
TEAL = Color(0.04, 0.45, 0.47)
INK_GREY = Color(0.42, 0.44, 0.47)
PORTAL = "https://help.summitridgemortgage.com"


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_md(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def browser_stamp(d: dt.date, hh: int, mm: int) -> str:
    """The browser's print-header time stamp: 3/12/42, 8:55 PM."""
    return f"{d.month}/{d.day}/{d.year % 100:02d}, {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}"


def clock(hh: int, mm: int) -> str:
    """The portal's signing time: 8:52 p.m."""
    return f"{(hh - 1) % 12 + 1}:{mm:02d} {'a.m.' if hh < 12 else 'p.m.'}"


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
    c.drawRightString(size[0] - 24, 4, SYNTH)
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


def paper_source(paper: Paper, screen_marks: bool) -> tuple[bytes, list[list[Mark]]]:
    """The paper drawn to PDF; the hand marks kept apart (for ink) or drawn as strokes (signed on screen)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_av")
    marks: list[list[Mark]] = []
    for fn in paper.pages:
        c.setPageSize(paper.size)
        got = fn(c)
        if screen_marks:
            apply_screen_marks(c, got)
            got = []
        marks.append(got)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def paper_pdf(paper: Paper) -> bytes:
    return paper_source(paper, screen_marks=True)[0]


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_av"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def pdf_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
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


def browser_chrome(c: Canvas, stamp: str, title: str, url: str, n: int, total: int,
                   size: tuple[float, float] = letter) -> None:
    """The browser's print header (time stamp, page title) and footer (URL, n/total)."""
    pw, ph = size
    c.saveState()
    c.setFillColor(black)
    c.setFont("Helvetica", 7.5)
    c.drawString(24, ph - 16, stamp)
    c.drawCentredString(pw / 2, ph - 16, title)
    c.drawString(24, 14, url)
    c.drawRightString(pw - 24, 14, f"{n}/{total}")
    c.restoreState()


def table_height(widths: Sequence[float], head: Sequence[str] | None, rows: int, size: float = 7.8,
                 row_h: float = 14.0) -> float:
    """The height table() takes: a header row (two lines where a heading does not fit its column) and the rows."""
    lines = max((len(wrap(h, "Web-Bold", size, w - 8)) for w, h in zip(widths, head, strict=True)), default=1) \
        if head is not None else 0
    return (row_h + (lines - 1) * (size + 1.5) if head is not None else 0.0) + row_h * rows


def table(c: Canvas, x: float, y: float, widths: Sequence[float], head: Sequence[str] | None,
          rows: Sequence[Sequence[str]], aligns: str, size: float = 7.8, row_h: float = 14.0,
          bold_last: bool = False) -> float:
    """A web grid: a grey header row (headings wrapped on two lines where needed), thin rules between rows; aligns
    is one letter a column (l or r)."""
    total = sum(widths)
    c.setLineWidth(0.4)
    c.setStrokeGray(0.78)

    def put(vals: Sequence[str], yy: float, font: str) -> None:
        xx = x
        c.setFont(font, size)
        for wd, v, a in zip(widths, vals, aligns, strict=True):
            if a == "r":
                c.drawRightString(xx + wd - 4, yy + 4.2, v)
            else:
                c.drawString(xx + 4, yy + 4.2, v)
            xx += wd

    if head is not None:
        hh = table_height(widths, head, 0, size, row_h)
        y -= hh
        c.setFillGray(0.93)
        c.rect(x, y, total, hh, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Web-Bold", size)
        xx = x
        for wd, h, a in zip(widths, head, aligns, strict=True):
            parts = wrap(h, "Web-Bold", size, wd - 8)
            for k, ln in enumerate(parts):
                yy = y + 4.2 + (len(parts) - 1 - k) * (size + 1.5)
                if a == "r":
                    c.drawRightString(xx + wd - 4, yy, ln)
                else:
                    c.drawString(xx + 4, yy, ln)
            xx += wd
        c.line(x, y, x + total, y)
    for i, row in enumerate(rows):
        y -= row_h
        put(row, y, "Web-Bold" if bold_last and i == len(rows) - 1 else "Web")
        c.line(x, y, x + total, y)
    c.setStrokeColor(black)
    return y


# --- scanning, faxing, photographing -----------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    photo: bool = False


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    ink: Any = (30, 36, 92) if img.mode == "RGB" else 35
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=ink, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=ink, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def render_pages(pdf: bytes, dpi: int, colour: bool = False) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as an image at dpi (grey, or RGB for a photo), with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=not colour, may_draw_forms=True).to_pil()
            out.append((img.convert("RGB" if colour else "L"), page.get_height()))
        return out
    finally:
        doc.close()


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


def perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """PIL PERSPECTIVE data mapping output (dst) points back to input (src) points."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    return [float(v) for v in np.linalg.solve(np.array(rows, float), np.array(rhs, float))]


def photograph(img: Image.Image, seed: int) -> Image.Image:
    """A phone photo of a sheet lying on a table: margin of table, perspective tilt (at most 2 degrees), light
    falling off towards one corner, a soft shadow along one edge, a little blur and sensor noise."""
    rng = random.Random(seed)
    pw, ph = img.size
    cw, ch = int(pw * 1.12), int(ph * 1.09)
    nrng = np.random.default_rng(seed)
    # a wooden table top: warm brown with faint grain
    yy, xx = np.mgrid[0:ch, 0:cw].astype(np.float32)
    grain = 10 * np.sin(xx / 23.0 + 3 * np.sin(yy / 170.0)) + nrng.normal(0, 4, (ch, cw))
    table_rgb = np.stack([118 + grain, 84 + grain * 0.8, 58 + grain * 0.6], axis=-1)
    canvas = Image.fromarray(np.clip(table_rgb, 0, 255).astype(np.uint8), "RGB")
    paper = ImageChops.multiply(img, Image.new("RGB", img.size, (252, 247, 236)))  # a warm white sheet
    angle = math.radians(rng.uniform(0.8, 2.0) * rng.choice((-1, 1)))
    cx, cy = cw / 2 + rng.uniform(-8, 8), ch / 2 + rng.uniform(-8, 8)
    corners = [(-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)]
    keystone = rng.uniform(0.012, 0.025) * pw  # the top edge a little narrower: the phone held at a slant
    dst = []
    for i, (x, y) in enumerate(corners):
        if i < 2:
            x += keystone if x < 0 else -keystone
        rx = x * math.cos(angle) - y * math.sin(angle)
        ry = x * math.sin(angle) + y * math.cos(angle)
        dst.append((cx + rx, cy + ry))
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = perspective_coeffs(dst, src)
    warped = paper.transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR)
    mask = Image.new("L", img.size, 255).transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs,
                                                   Image.Resampling.BILINEAR)
    # a faint drop shadow of the sheet on the table
    shadow = mask.filter(ImageFilter.GaussianBlur(9))
    canvas = Image.composite(Image.new("RGB", (cw, ch), (60, 42, 30)), canvas,
                             shadow.point(lambda v: int(v * 0.55)))
    canvas.paste(warped, (0, 0), mask)
    arr = np.asarray(canvas).astype(np.float32)
    u, v = xx / cw, yy / ch
    light = 1.04 - 0.20 * (0.65 * u + 0.35 * v) ** 1.3  # brighter at the top left
    edge = rng.choice(("left", "right", "bottom"))
    dist = {"left": u, "right": 1 - u, "bottom": 1 - v}[edge]
    light *= 1 - 0.36 * np.clip(1 - dist / 0.13, 0, 1) ** 1.6  # the hand's / phone's shadow along one edge
    arr = arr * light[..., None] + nrng.normal(0, 3.0, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    return out.filter(ImageFilter.GaussianBlur(0.7))


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points


def fax_line(img: Image.Image, text: str, dpi: int) -> None:
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(MONO_FONT), round(7.5 * dpi / 72))
    draw.text((round(18 * dpi / 72), round(3 * dpi / 72)), text, fill=0, font=font)


def sheets_of(sources: Sequence[tuple[bytes, list[list[Mark]]]], style: Scan, seed: int,
              fax_header: Callable[[int, int], str] | None = None) -> list[ScannedPage]:
    """Print the sources, add the ink marks of each page, and scan (or fax, or photograph) the sheets."""
    rendered: list[tuple[Image.Image, float, list[Mark]]] = []
    for pdf, marks in sources:
        for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi, colour=style.photo)):
            rendered.append((img, page_h, marks[i] if i < len(marks) else []))
    out = []
    for k, (img, page_h, marks) in enumerate(rendered):
        ink_on_image(img, marks, style.dpi / 72, page_h)
        if fax_header is not None:  # the receiving machine shrinks the page a little under its header line
            small = img.resize((round(img.size[0] * 0.965), round(img.size[1] * 0.965)), Image.Resampling.LANCZOS)
            img = Image.new("L", img.size, 255)
            img.paste(small, ((img.size[0] - small.size[0]) // 2, round(13 * style.dpi / 72)))
            fax_line(img, fax_header(k + 1, len(rendered)), style.dpi)
        if style.photo:
            shot = photograph(img, seed * 37 + k)
            size = (shot.size[0] * 72 / style.dpi, shot.size[1] * 72 / style.dpi)
            out.append(ScannedPage(shot, size))
        else:
            size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
            out.append(ScannedPage(degrade(img, style, seed * 31 + k), size))
    return out


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap sheets into an image-only PDF: grey or colour JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=80 if style.photo else 78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- flowing web pages -------------------------------------------------------------------------------------


@dataclass
class Block:
    """A piece of a printed web page: its height and how to draw it with its top at y."""

    height: float
    draw: Callable[[Canvas, float], None]
    gap: float = 10.0


def flow_paper(blocks: Sequence[Block], chrome: Callable[[Canvas, int, int], None], top: float = 752.0,
               bottom: float = 40.0) -> Paper:
    """Lay blocks down the pages the way a browser prints: a block that does not fit starts the next page."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = top
    for b in blocks:
        if y - b.height < bottom and pages[-1]:
            pages.append([])
            y = top
        pages[-1].append((b, y))
        y -= b.height + b.gap
    total = len(pages)

    def make(i: int) -> PageFn:
        def fn(c: Canvas) -> list[Mark]:
            chrome(c, i + 1, total)
            for b, yy in pages[i]:
                b.draw(c, yy)
            return []

        return fn

    return Paper([make(i) for i in range(total)])


def chrome_of(stamp: str, title: str, url: str) -> Callable[[Canvas, int, int], None]:
    def fn(c: Canvas, n: int, total: int) -> None:
        browser_chrome(c, stamp, title, url, n, total)

    return fn


# --- pay ------------------------------------------------------------------------------------------------------


@dataclass
class Period:
    pay_date: dt.date
    start: dt.date
    end: dt.date


def friday_before(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def schedule(frequency: str, current: dt.date) -> list[Period]:
    """This year's pay periods up to the check paid on `current` (which must be a pay date of the schedule)."""
    out: list[Period] = []
    if frequency == "semimonthly":
        for month in range(1, 13):
            last = calendar.monthrange(current.year, month)[1]
            for a, b in ((1, 15), (16, last)):
                start, end = dt.date(current.year, month, a), dt.date(current.year, month, b)
                out.append(Period(friday_before(end), start, end))
    else:
        step = 7 if frequency == "weekly" else 14
        d = current
        while d.year == current.year:
            d -= dt.timedelta(days=step)
        d += dt.timedelta(days=step)
        while d.year == current.year and d <= current + dt.timedelta(days=400):
            end = d - dt.timedelta(days=5 if frequency == "weekly" else 6)
            out.append(Period(d, end - dt.timedelta(days=step - 1), end))
            d += dt.timedelta(days=step)
    upto = [p for p in out if p.pay_date <= current]
    if not upto or upto[-1].pay_date != current:
        raise ValueError(f"{current} is not a {frequency} pay date")
    return upto


@dataclass
class Payroll:
    fed: float
    state: float
    state_name: str | None
    pretax: tuple[tuple[str, float], ...] = ()
    posttax: tuple[tuple[str, float], ...] = ()
    employer_paid: tuple[tuple[str, float], ...] = ()

    def taxable(self, gross: float) -> float:
        return r2(gross - sum(v for _, v in self.pretax))

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal Withholding": r2(self.taxable(gross) * self.fed),
               "OASDI": r2(gross * 0.062), "Medicare": r2(gross * 0.0145)}
        if self.state_name:
            out[f"State Tax - {self.state_name}"] = r2(self.taxable(gross) * self.state)
        return out

    def net(self, gross: float) -> float:
        return r2(gross - sum(v for _, v in self.pretax) - sum(self.taxes(gross).values())
                  - sum(v for _, v in self.posttax))


@dataclass
class Check:
    period: Period
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))

    @property
    def hours(self) -> float:
        return round(sum(v[0] for v in self.lines.values()), 2)


def ytd_of(checks: Sequence[Check], pr: Payroll) -> dict[str, float]:
    """Year-to-date figures: each earnings line (amount and hours), each tax and deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items: dict[str, float] = {}
        for k, (hrs, _, amt) in ch.lines.items():
            items[k] = amt
            items["hours:" + k] = hrs
        items.update(pr.taxes(ch.gross))
        items.update(dict(pr.pretax))
        items.update(dict(pr.posttax))
        items.update({"er:" + k: v for k, v in pr.employer_paid})
        items["GROSS"] = ch.gross
        items["NET"] = pr.net(ch.gross)
        items["HOURS"] = ch.hours
        items["TAXABLE"] = pr.taxable(ch.gross)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def stub_fields(employer: str, employee: str, ch: Check, frequency: str, ytd: float | None,
                net: float) -> dict[str, Any]:
    p = ch.period
    return {"employer": employer, "employee_name": employee, "pay_date": p.pay_date.isoformat(),
            "period_start": p.start.isoformat(), "period_end": p.end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    probes: list[str]

    @property
    def date(self) -> dt.date:
        return dt.date.fromisoformat(self.fields["pay_date"])

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


EarnFn = Callable[[Period, random.Random], dict[str, tuple[float, float, float]]]


def hourly(rate: float, base_hours: float, ot_choices: Sequence[float], extra: Sequence[tuple[str, float, float]] = ()
           ) -> EarnFn:
    """Regular hours at rate, some overtime at 1.5x, and occasional extra codes (label, hours, rate)."""

    def fn(p: Period, rr: random.Random) -> dict[str, tuple[float, float, float]]:
        ot = rr.choice(list(ot_choices))
        lines = {"Regular": (base_hours, rate, r2(base_hours * rate))}
        if ot:
            lines["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        for label, hrs, rt in extra:
            if rr.random() < 0.4:
                lines[label] = (hrs, rt, r2(hrs * rt))
        return lines

    return fn


def salaried(per_check: float, hours: float) -> EarnFn:
    def fn(p: Period, rr: random.Random) -> dict[str, tuple[float, float, float]]:
        return {"Salary": (hours, r2(per_check / hours), per_check)}

    return fn


def checks_for(frequency: str, pay_date: dt.date, earn: EarnFn, key: str) -> list[Check]:
    return [Check(p, earn(p, random.Random(f"{key}|{p.pay_date}"))) for p in schedule(frequency, pay_date)]


def crestline_slip(employer: str, tenant: str, employee: str, emp_id: str, frequency: str, pay_date: dt.date,
                   earn: EarnFn, pr: Payroll, bank: str, acct4: str, show_group: bool, printed: dt.date,
                   printed_at: tuple[int, int]) -> Stub:
    """An employee self-service pay slip (Crestline HCM, Workday-like) printed from the browser."""
    checks = checks_for(frequency, pay_date, earn, f"{emp_id}{employer}")
    ch = checks[-1]
    p = ch.period
    ytd = ytd_of(checks, pr)
    net = pr.net(ch.gross)
    taxes = pr.taxes(ch.gross)
    check_no = f"{int(emp_id[-4:]) * 7 + pay_date.toordinal() % 9973:07d}"
    codes = [k for k in ("Salary", "Regular", "Overtime", "Shift Differential", "Holiday", "On Call", "PTO")
             if k in ytd]
    group = {"semimonthly": "US Semi-Monthly", "biweekly": "US Biweekly Hourly", "weekly": "US Weekly"}[frequency]
    blocks: list[Block] = []

    def appbar(c: Canvas, y: float) -> None:
        c.setFillColor(Color(0.11, 0.15, 0.24))
        c.rect(36, y - 26, 540, 26, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Web-Bold", 12)
        c.drawString(46, y - 18, "crestline")
        c.setFont("Web", 8.5)
        c.drawRightString(566, y - 17, employer)
        c.setFillColor(black)
        c.setFont("Web-Bold", 16)
        c.drawString(36, y - 52, "Pay Slip")
        c.setFont("Web", 8.5)
        c.setFillColor(INK_GREY)
        c.drawString(36, y - 66, f"{employee}  -  Check Date {mdy(p.pay_date)}")
        if show_group:
            c.drawString(36, y - 78, f"Pay Group: {group}")
        c.setFillColor(TEAL)
        c.drawRightString(576, y - 52, "Print     Download PDF     View Tax Details")
        c.setFillColor(black)

    blocks.append(Block(84, appbar, 6))
    info_w = [150, 100, 52, 62, 62, 58, 56]
    info = [employer, employee, emp_id, mdy(p.start), mdy(p.end), mdy(p.pay_date), check_no]
    info_h = ["Company", "Name", "Employee ID", "Pay Period Begin", "Pay Period End", "Check Date", "Check Number"]
    blocks.append(Block(table_height(info_w, info_h, 1, 7.2),
                        lambda c, y: table(c, 36, y, info_w, info_h, [info], "lllllll", size=7.2), 12))
    pre_cur = sum(v for _, v in pr.pretax)
    post_cur = sum(v for _, v in pr.posttax)
    sum_rows = [["Current", f"{ch.hours:.2f}", money(ch.gross), money(pre_cur), money(sum(taxes.values())),
                 money(post_cur), money(net)],
                ["YTD", f"{ytd['HOURS']:.2f}", money(ytd["GROSS"]), money(sum(ytd[k] for k, _ in pr.pretax)),
                 money(sum(ytd[k] for k in taxes)), money(sum(ytd[k] for k, _ in pr.posttax)), money(ytd["NET"])]]
    sum_w = [60, 70, 82, 82, 82, 82, 82]
    sum_h = ["", "Hours Worked", "Gross Pay", "Pre Tax Deductions", "Employee Taxes", "Post Tax Deductions",
             "Net Pay"]
    blocks.append(Block(table_height(sum_w, sum_h, 2),
                        lambda c, y: table(c, 36, y, sum_w, sum_h, sum_rows, "lrrrrrr"), 14))

    def section(title: str, widths: Sequence[float], head: Sequence[str], rows: list[list[str]], aligns: str,
                bold_last: bool = False) -> Block:
        def draw(c: Canvas, y: float) -> None:
            c.setFont("Web-Bold", 10)
            c.setFillColor(TEAL)
            c.drawString(36, y - 11, "\u25be")
            c.setFillColor(black)
            c.drawString(48, y - 11, title)
            table(c, 36, y - 16, widths, head, rows, aligns, bold_last=bold_last)

        return Block(16 + table_height(widths, head, len(rows)), draw, 12)

    span = f"{mdy(p.start)} - {mdy(p.end)}"
    earn_rows = []
    for k in codes:
        hrs, rate, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
        earn_rows.append([k, span if amt else "", f"{hrs:.2f}" if amt else "", f"{rate:.4f}" if amt else "",
                          money(amt) if amt else "", f"{ytd['hours:' + k]:.2f}", money(ytd[k])])
    earn_rows.append(["Earnings Total", "", f"{ch.hours:.2f}", "", money(ch.gross), f"{ytd['HOURS']:.2f}",
                      money(ytd["GROSS"])])
    blocks.append(section("Earnings", [110, 124, 52, 60, 66, 58, 70],
                          ["Description", "Dates", "Hours", "Rate", "Amount", "YTD Hours", "YTD Amount"],
                          earn_rows, "llrrrrr", bold_last=True))
    three = [300, 120, 120]
    blocks.append(section("Employee Taxes", three, ["Description", "Amount", "YTD"],
                          [[k, money(v), money(ytd[k])] for k, v in taxes.items()], "lrr"))
    if pr.pretax:
        blocks.append(section("Pre Tax Deductions", three, ["Description", "Amount", "YTD"],
                              [[k, money(v), money(ytd[k])] for k, v in pr.pretax], "lrr"))
    if pr.posttax:
        blocks.append(section("Post Tax Deductions", three, ["Description", "Amount", "YTD"],
                              [[k, money(v), money(ytd[k])] for k, v in pr.posttax], "lrr"))
    if pr.employer_paid:
        blocks.append(section("Employer Paid Benefits", three, ["Description", "Amount", "YTD"],
                              [[k, money(v), money(ytd["er:" + k])] for k, v in pr.employer_paid], "lrr"))
    blocks.append(section("Taxable Wages", three, ["Description", "Amount", "YTD"],
                          [["Federal Withholding - Taxable Wages", money(pr.taxable(ch.gross)),
                            money(ytd["TAXABLE"])],
                           ["OASDI - Taxable Wages", money(ch.gross), money(ytd["GROSS"])]], "lrr"))
    blocks.append(section("Payment Information", [150, 130, 120, 70, 70],
                          ["Bank", "Account Name", "Account Number", "USD Amount", "Amount"],
                          [[bank, "Checking", f"******{acct4}", money(net), money(net)]], "lllrr"))
    url = f"https://{tenant}.crestlinehcm.com/d/task/2998${check_no}.htmld"
    paper = flow_paper(blocks, chrome_of(browser_stamp(printed, *printed_at), "Pay Slip - Crestline", url))
    fields = stub_fields(employer, employee, ch, frequency, ytd["GROSS"], net)
    probes = [employee, mdy(p.pay_date), mdy(p.start), mdy(p.end), money(ch.gross), money(ytd["GROSS"]), money(net)]
    return Stub(paper, fields, probes)


def harlan_stub(shop: str, address: str, employee: str, emp_no: str, pay_date: dt.date, rate: float,
                pr: Payroll) -> Stub:
    """A body shop's weekly earnings statement on check stock: the stub above, the voucher below a perforation."""
    earn = hourly(rate, 40.0, (0.0, 0.0, 2.5, 4.0, 6.5))
    checks = checks_for("weekly", pay_date, earn, f"{emp_no}{shop}")
    ch = checks[-1]
    p = ch.period
    ytd = ytd_of(checks, pr)
    net = pr.net(ch.gross)
    taxes = pr.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.86, 0.92, 0.88))
        c.rect(30, 410, W - 60, 352, stroke=0, fill=1)
        c.rect(30, 40, W - 60, 340, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(44, 740, shop.upper())
        c.setFont("Helvetica", 8)
        c.drawString(44, 728, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - 44, 740, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        rows = [("Employee", employee), ("Employee no.", emp_no), ("Period beginning", mdy(p.start)),
                ("Period ending", mdy(p.end)), ("Pay date", mdy(p.pay_date)), ("Pay frequency", "Weekly")]
        y = 708
        for i, (k, v) in enumerate(rows):
            x = 44 + (i % 2) * 280
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(x + 90, y, v)
            if i % 2:
                y -= 13
        y -= 14
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((44, "EARNINGS"), (190, "RATE"), (250, "HOURS"), (330, "THIS PERIOD"), (420, "YEAR TO DATE")):
            (c.drawString if x == 44 else c.drawRightString)(x if x == 44 else x + 40, y, t)
        c.line(44, y - 4, W - 44, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for k in ("Regular", "Overtime"):
            if k not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(44, y, k)
            if amt:
                c.drawRightString(230, y, f"{rt:.2f}")
                c.drawRightString(290, y, f"{hrs:.2f}")
                c.drawRightString(370, y, money(amt))
            c.drawRightString(460, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y, "Gross pay")
        c.drawRightString(370, y, money(ch.gross))
        c.drawRightString(460, y, money(ytd["GROSS"]))
        y -= 20
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, "STATUTORY DEDUCTIONS")
        y -= 13
        c.setFont("Helvetica", 9)
        for k, v in taxes.items():
            c.drawString(44, y, k.replace("OASDI", "Social Security tax").replace("Federal Withholding",
                                                                                 "Federal income tax"))
            c.drawRightString(370, y, f"-{money(v)}")
            c.drawRightString(460, y, f"-{money(ytd[k])}")
            y -= 13
        for k, v in pr.posttax:
            c.drawString(44, y, k)
            c.drawRightString(370, y, f"-{money(v)}")
            c.drawRightString(460, y, f"-{money(ytd[k])}")
            y -= 13
        c.line(300, y + 8, 470, y + 8)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(44, y - 4, "NET PAY")
        c.drawRightString(370, y - 4, money(net))
        c.drawRightString(460, y - 4, money(ytd["NET"]))
        # perforation
        c.setDash(2, 3)
        c.line(20, 395, W - 20, 395)
        c.setDash()
        c.setFont("Helvetica-Bold", 11)
        c.drawString(44, 352, shop.upper())
        c.setFont("Helvetica", 8)
        c.drawString(44, 340, address)
        c.drawRightString(W - 44, 352, f"Advice no. {p.pay_date.strftime('%y%m%d')}{emp_no[-3:]}")
        c.drawRightString(W - 44, 340, f"Date {mdy(p.pay_date)}")
        c.setFont("Helvetica-Bold", 16)
        c.setFillColor(Color(0.6, 0.1, 0.1))
        c.drawCentredString(W / 2, 290, "NON-NEGOTIABLE - THIS IS NOT A CHECK")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        dollars = int(net)
        c.drawString(44, 250, f"PAY  {num_words(dollars).upper()} AND {round((net - dollars) * 100):02d}/100 DOLLARS")
        c.rect(W - 160, 240, 116, 22, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 50, 247, f"${money(net)}")
        c.setFont("Helvetica", 9)
        c.drawString(44, 215, "TO THE ORDER OF")
        c.drawString(150, 215, employee.upper())
        c.drawString(150, 203, "DIRECT DEPOSIT - CHECKING ******" + emp_no[-4:])
        c.line(W - 250, 130, W - 50, 130)
        c.setFont("Helvetica", 7)
        c.drawString(W - 250, 120, "VOID - AUTHORIZED SIGNATURE NOT REQUIRED")
        return []

    fields = stub_fields(shop, employee, ch, "weekly", ytd["GROSS"], net)
    probes = [employee, mdy(p.pay_date), mdy(p.start), mdy(p.end), money(ch.gross), money(ytd["GROSS"]), money(net),
              "Weekly"]
    return Stub(Paper([page]), fields, probes)


ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def num_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" " + num_words(n % 100) if n % 100 else "")
    return num_words(n // 1000) + " thousand" + (" " + num_words(n % 1000) if n % 1000 else "")


@dataclass
class Other:
    """A paper of type "other" (or any type without fields) with its probes."""

    paper: Paper
    probes: list[str]
    type: str = "other"


def wayfare_week(driver: str, week_start: dt.date, card4: str, key: str, printed: dt.date, level: float) -> Other:
    """A rideshare platform's weekly earnings statement printed from its driver dashboard."""
    rr = random.Random(f"{key}|{week_start}")
    week_end = week_start + dt.timedelta(days=6)
    areas = ["Downtown", "Fort Cavazos Main Gate", "Killeen Mall", "Harker Heights", "Copperas Cove", "KTX Airport",
             "Temple VA Clinic", "Nolanville", "Belton Lake", "Texas A&M Central TX", "Rancier Ave", "Stan Schlueter"]
    n = rr.randint(int(level / 38), int(level / 32))
    trips = []
    for _ in range(n):
        day = week_start + dt.timedelta(days=rr.randrange(7))
        hh, mm = rr.randint(6, 23), rr.randrange(60)
        fare = r2(rr.uniform(9.5, 48.0))
        tip = r2(rr.choice([0, 0, 2, 3, 5, 4.5, 6, 10]) * 1.0)
        fee = r2(fare * 0.25)
        a, b = rr.sample(areas, 2)
        trips.append((day, hh, mm, a, b, fare, tip, fee))
    trips.sort(key=lambda t: (t[0], t[1], t[2]))
    fares = r2(sum(t[5] for t in trips))
    tips = r2(sum(t[6] for t in trips))
    promos = r2(rr.choice([0.0, 25.0, 40.0, 60.0]))
    fees = r2(sum(t[7] for t in trips))
    net = r2(fares + tips + promos - fees)
    ytd = r2(net * (week_start.timetuple().tm_yday / 7) * rr.uniform(0.93, 0.99))
    online = rr.randint(int(n * 0.6 * 60), int(n * 0.75 * 60))
    miles = round(n * rr.uniform(7.5, 11.0), 1)
    payout = week_end + dt.timedelta(days=2)
    violet = Color(0.33, 0.2, 0.62)

    def page(c: Canvas) -> list[Mark]:
        browser_chrome(c, browser_stamp(printed, 22, 14), "Earnings statements - Wayfare Drive",
                       f"https://drive.wayfare.app/earnings/statements/{week_start.isoformat()}", 1, 1)
        c.setFillColor(violet)
        c.roundRect(36, 716, 540, 40, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Web-Bold", 16)
        c.drawString(52, 730, "wayfare")
        c.setFont("Web", 9)
        c.drawString(130, 731, "Drive")
        c.drawRightString(560, 731, f"{driver}   |   Earnings   Trips   Account")
        c.setFillColor(black)
        c.setFont("Web-Bold", 15)
        c.drawString(36, 690, "Weekly statement")
        c.setFont("Web", 9.5)
        c.setFillColor(INK_GREY)
        c.drawString(36, 674, f"{week_start.strftime('%a')}, {short_md(week_start)} - {week_end.strftime('%a')}, "
                              f"{short_md(week_end)}, {week_end.year}   -   {driver}")
        c.setFillColor(black)
        tiles = [("Trips", str(n)), ("Online time", f"{online // 60} h {online % 60} min"), ("Miles", f"{miles}")]
        for i, (k, v) in enumerate(tiles):
            x = 36 + i * 182
            c.setStrokeGray(0.8)
            c.roundRect(x, 612, 172, 50, 6, stroke=1, fill=0)
            c.setFont("Web", 8)
            c.setFillColor(INK_GREY)
            c.drawString(x + 10, 646, k)
            c.setFillColor(black)
            c.setFont("Web-Bold", 15)
            c.drawString(x + 10, 622, v)
        c.setStrokeColor(black)
        c.setFont("Web-Bold", 11)
        c.drawString(36, 590, "Breakdown")
        y = 572
        for k, v, bold in (("Fares", money(fares), False), ("Tips (100% yours)", money(tips), False),
                           ("Promotions", money(promos), False), ("Wayfare service fee", "-" + money(fees), False),
                           ("Net earnings", money(net), True)):
            c.setFont("Web-Bold" if bold else "Web", 9.5)
            c.drawString(36, y, k)
            c.drawRightString(300, y, ("$" if not v.startswith("-") else "-$") + v.lstrip("-"))
            if bold:
                c.line(36, y + 11, 300, y + 11)
            y -= 15
        c.setFont("Web", 8.5)
        c.setFillColor(INK_GREY)
        c.drawString(36, y - 4, f"Paid out to debit card ending {card4} on {payout.strftime('%a')}, "
                                f"{short_md(payout)}")
        c.setFillColor(black)
        c.setStrokeGray(0.8)
        c.roundRect(340, 500, 236, 88, 6, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Web-Bold", 10)
        c.drawString(352, 570, f"Year to date ({week_end.year})")
        c.setFont("Web", 8.5)
        c.drawString(352, 552, "Net earnings")
        c.drawRightString(566, 552, "$" + money(ytd))
        c.drawString(352, 538, "Tips")
        c.drawRightString(566, 538, "$" + money(r2(ytd * 0.09)))
        c.drawString(352, 524, "Service fees")
        c.drawRightString(566, 524, "-$" + money(r2(ytd * 0.27)))
        c.setFont("Web-Bold", 11)
        c.drawString(36, 470, "Trips")
        c.setFont("Web", 8)
        c.setFillColor(INK_GREY)
        shown = trips[:14]
        c.drawRightString(576, 470, f"Showing {len(shown)} of {n} trips")
        c.setFillColor(black)
        rows = [[f"{t[0].strftime('%a %b')} {t[0].day}, {clock(t[1], t[2])}", f"{t[3]} -> {t[4]}", money(t[5]),
                 money(t[6]), "-" + money(t[7]), money(r2(t[5] + t[6] - t[7]))] for t in shown]
        table(c, 36, 462, [118, 200, 52, 52, 56, 62], ["Time", "Route", "Fare", "Tip", "Fee", "You earned"],
              rows, "llrrrr", size=7.4, row_h=13)
        paragraphs(c, 36, 240 - 14 * max(0, len(shown) - 14), 540, [
            "You drive with Wayfare as an independent contractor. Wayfare does not withhold taxes from your "
            "earnings; you will receive Form 1099-K and, where it applies, Form 1099-NEC for the year. Fares shown "
            "are after rider discounts. Tips are passed to you in full."], font="Web", size=7.5, leading=10)
        return []

    probes = [driver, money(fares), money(net), "Weekly statement"]
    return Other(Paper([page]), probes)


# --- bank papers ------------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    account: str
    probes: list[str]

    @property
    def date(self) -> dt.date:
        return dt.date.fromisoformat(self.fields["period_end"])


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


DEBITS = (("H-E-B #512 POS", 1), ("ZELLE TO M. GARZA", 1), ("ONCOR ELECTRIC AUTOPAY", 0), ("AT&T WIRELESS", 0),
          ("SHELL 5771 POS", 1), ("WALMART SUPERCENTER POS", 1), ("PROGRESSIVE INS", 0), ("ATM WITHDRAWAL", 1),
          ("SPOTIFY USA", 2), ("CITY WATER UTIL", 0), ("SUMMIT RIDGE MTG PMT", 3), ("AUTO LOAN PMT - ALLY", 4),
          ("DEBIT CARD PURCHASE - ALDI 77", 1), ("VENMO CASHOUT", 1), ("HEALTH INS PREMIUM", 5))


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 mortgage: float) -> list[tuple[dt.date, str, float]]:
    """The period's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, kind in DEBITS:
        amt = {0: rng.uniform(70, 260), 1: rng.uniform(18, 160), 2: 11.99, 3: mortgage, 4: 412.36,
               5: rng.uniform(180, 330)}[kind]
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(amt)))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


def kestrel_statement(rng: random.Random, holders: str, address: Sequence[str], acct: str, year: int, month: int,
                      begin: float, credits: Sequence[tuple[int, str, float]], mortgage: float) -> Statement:
    """Kestrel Direct Bank: an online bank's monthly "Statement" PDF downloaded from its app."""
    bank = "Kestrel Direct Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits, mortgage)
    ending = r2(begin + sum(a for _, _, a in lines))
    money_in = r2(sum(a for _, _, a in lines if a > 0))
    money_out = r2(-sum(a for _, _, a in lines if a < 0))
    rows, bal = [], begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append([short_md(d), desc, ("+" if a > 0 else "-") + "$" + money(abs(a)), "$" + money(bal)])
    first, rest = rows[:14], rows[14:]
    period = f"{start.strftime('%B')} 1 - {end.strftime('%B')} {end.day}, {year}"
    navy = Color(0.05, 0.16, 0.3)

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.93, 0.45, 0.18))
        p = c.beginPath()
        p.moveTo(40, 742)
        p.lineTo(62, 760)
        p.lineTo(56, 742)
        p.lineTo(70, 734)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(navy)
        c.setFont("Web-Bold", 14)
        c.drawString(76, 740, "Kestrel")
        c.setFont("Web", 8)
        c.drawString(76, 729, "Direct Bank  -  Member FDIC")
        c.setFont("Web-Bold", 22)
        c.drawRightString(572, 738, "Statement")
        c.setFont("Web", 9)
        c.drawRightString(572, 724, period)
        c.setFillColor(black)
        c.setFont("Web", 7.5)
        c.drawRightString(572, 30, f"Page {n} of 2")
        c.drawString(40, 30, "kestreldirect.com  -  Questions? Chat with us in the app, 24/7, or call 1-888-555-0167")

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Web", 9.5)
        y = 690
        for ln in [holders, *address]:
            c.drawString(40, y, ln)
            y -= 12.5
        c.setFont("Web-Bold", 11)
        c.drawString(40, 628, f"Kestrel Checking  -  Account ending {acct[-4:]}")
        tiles = (("Starting balance", begin), ("Money in", money_in), ("Money out", money_out),
                 ("Ending balance", ending))
        for i, (k, v) in enumerate(tiles):
            x = 40 + i * 134
            c.setFillColor(Color(0.95, 0.96, 0.98))
            c.roundRect(x, 560, 126, 52, 6, stroke=0, fill=1)
            c.setFillColor(INK_GREY)
            c.setFont("Web", 8)
            c.drawString(x + 10, 594, k)
            c.setFillColor(navy)
            c.setFont("Web-Bold", 13)
            c.drawString(x + 10, 572, ("-" if k == "Money out" else "") + "$" + money(v))
        c.setFillColor(black)
        c.setFont("Web-Bold", 11)
        c.drawString(40, 530, "Transactions")
        table(c, 40, 522, [70, 260, 101, 101], ["Date", "Description", "Amount", "Balance"],
              [[short_md(start), "Starting balance", "", "$" + money(begin)], *first], "llrr", size=8.2, row_h=17)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Web-Bold", 11)
        c.drawString(40, 690, "Transactions (continued)")
        y = table(c, 40, 682, [70, 260, 101, 101], ["Date", "Description", "Amount", "Balance"],
                  [*rest, [short_md(end), "Ending balance", "", "$" + money(ending)]], "llrr", size=8.2, row_h=17,
                  bold_last=True)
        c.setFont("Web-Bold", 10)
        c.drawString(40, y - 34, "Interest")
        c.setFont("Web", 8.5)
        c.drawString(40, y - 50, "Kestrel Checking earns 0.25% APY. Interest paid this period: $0.00 (paid on balances "
                                 "over $2,500).")
        paragraphs(c, 40, y - 80, 532, [
            "In case of errors or questions about your electronic transfers, contact us in the app or by phone as "
            "soon as you can. We must hear from you no later than 60 days after we sent the FIRST statement on "
            "which the problem appeared."], font="Web", size=7.5, leading=10)
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    probes = [holders, acct[-4:], money(begin), money(ending), period]
    return Statement(Paper([page1, page2]), fields, acct, probes)


def harbor_history(rng: random.Random, holder: str, acct: str, window_end: dt.date,
                   credits: Sequence[tuple[dt.date, str, float]], balance_now: float, printed_at: tuple[int, int]
                   ) -> Other:
    """Harbor Point Credit Union online banking: a 60-day "Account history" printed from the browser."""
    start = window_end - dt.timedelta(days=59)
    lines: list[tuple[dt.date, str, float]] = list(credits)
    d = start
    while d <= window_end:
        m_start, m_end = max(d, start), min(month_bounds(d.year, d.month)[1], window_end)
        lines += transactions(rng, m_start, m_end, [], 612.40)
        d = m_end + dt.timedelta(days=1)
    lines.sort(key=lambda t: (t[0], -t[2], t[1]))
    pending = [("Pending", "POS AUTH  BROOKSHIRE BROS #88", -42.17), ("Pending", "POS AUTH  MURPHY USA 7714", -38.50)]
    rows: list[list[str]] = []
    bal = balance_now
    for _, desc, a in pending:
        rows.append(["Pending", desc, ("-" if a < 0 else "") + "$" + money(abs(a)), ""])
    for d0, desc, a in reversed(lines):
        rows.append([mdy(d0), desc, ("-" if a < 0 else "") + "$" + money(abs(a)), "$" + money(bal)])
        bal = r2(bal - a)
    available = r2(balance_now + sum(a for _, _, a in pending))
    blocks: list[Block] = []

    def top(c: Canvas, y: float) -> None:
        c.setFillColor(Color(0.0, 0.3, 0.5))
        c.rect(36, y - 34, 540, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Web-Bold", 13)
        c.drawString(48, y - 22, "Harbor Point")
        c.setFont("Web", 8.5)
        c.drawString(56 + stringWidth("Harbor Point", "Web-Bold", 13), y - 22, "Credit Union  |  Online Banking")
        c.drawRightString(566, y - 22, "Accounts   Transfers   Bill Pay   Log off")
        c.setFillColor(black)
        c.setFont("Web-Bold", 15)
        c.drawString(36, y - 62, f"Account history - Share Draft Checking (...{acct[-4:]})")
        c.setFont("Web", 9)
        c.drawString(36, y - 80, f"Available balance  ${money(available)}")
        c.drawString(220, y - 80, f"Current balance  ${money(balance_now)}")
        c.setFillColor(INK_GREY)
        c.drawString(36, y - 96, f"Showing transactions from {mdy(start)} to {mdy(window_end)}   -   "
                                 f"All transaction types   -   Sort: newest first")
        c.setFillColor(black)

    blocks.append(Block(100, top, 8))
    chunk = 30
    for i in range(0, len(rows), chunk):
        part = rows[i:i + chunk]
        blocks.append(Block(table_height([80, 270, 95, 95], ["Date", "Description", "Amount", "Balance"],
                                         len(part)), lambda c, y, part=part: table(
            c, 36, y, [80, 270, 95, 95], ["Date", "Description", "Amount", "Balance"], part, "llrr"), 6))

    def foot(c: Canvas, y: float) -> None:
        paragraphs(c, 36, y - 10, 540, [
            f"{holder}, member since 2031. This account history is provided for your convenience and is not an "
            "official account statement. Pending transactions may change or be removed. For your periodic "
            "statements go to Documents > eStatements."], font="Web", size=7.5, leading=10)

    blocks.append(Block(40, foot))
    stamp = browser_stamp(window_end, *printed_at)
    paper = flow_paper(blocks, chrome_of(stamp, "Account History | Harbor Point Credit Union",
                                         "https://online.harborpointcu.org/accounts/share-draft/history?range=60d"))
    return Other(paper, [f"...{acct[-4:]}", "not an official account statement", mdy(start), mdy(window_end)])


# --- letters and other papers ------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date | None
    probes: list[str]
    monthly: float | None = None
    benefit: str | None = None
    dated: bool = True

    @property
    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.dated and self.date is not None:
            out["letter_date"] = self.date.isoformat()
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def hardship_statement(writer: str, loan: str, date: dt.date, at: tuple[int, int], paras: Sequence[str],
                       app_id: str) -> Letter:
    """The hardship statement typed into the portal's text box, printed from the browser as a plain page."""

    def body(c: Canvas, y: float) -> None:
        c.setFont("Web-Bold", 15)
        c.drawString(72, y - 14, "Hardship statement")
        c.setFont("Web", 9.5)
        yy = y - 40
        for k, v in (("From:", writer), ("Loan number:", loan), ("Date:", long_date(date)),
                     ("To:", "Summit Ridge Mortgage, Homeowner Help Center")):
            c.drawString(72, yy, k)
            c.drawString(160, yy, v)
            yy -= 14
        c.setLineWidth(0.5)
        c.line(72, yy + 2, W - 72, yy + 2)
        yy = paragraphs(c, 72, yy - 18, W - 144, paras, font="Web", size=10, leading=14, gap=9)
        c.setFont("Web", 10)
        c.drawString(72, yy - 4, writer)

    height = 120 + sum(len(wrap(p, "Web", 10, W - 144)) * 14 + 9 for p in paras)
    paper = flow_paper([Block(height, body)], chrome_of(
        browser_stamp(date, *at), "Hardship statement | Homeowner Help Center",
        f"{PORTAL}/application/{app_id}/hardship-statement"))
    return Letter(paper, "hardship_letter", date, [writer, loan, long_date(date)])


def pension_letter(member: str, address: Sequence[str], date: dt.date, monthly: float, retired: dt.date) -> Letter:
    """Prairie State Teachers' Retirement System: a benefit verification letter from its member portal."""
    withheld = r2(monthly * 0.1)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.12, 0.12))
        c.circle(92, 728, 20, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(92, 724, "PS")
        c.setFillColor(black)
        c.setFont("Times-Bold", 14)
        c.drawString(122, 734, "PRAIRIE STATE TEACHERS' RETIREMENT SYSTEM")
        c.setFont("Times-Roman", 8.5)
        c.drawString(122, 721, "2100 North Lincoln Boulevard  -  Oklahoma City, OK 73105  -  (405) 555-0120  -  "
                               "member.pstrs.example.org")
        c.setLineWidth(0.8)
        c.line(72, 700, W - 72, 700)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 676, long_date(date))
        y = 650
        for ln in [member, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 14, "BENEFIT VERIFICATION LETTER")
        y = paragraphs(c, 72, y - 38, W - 144, [
            f"This letter verifies that {member} is a retired member of the Prairie State Teachers' Retirement "
            f"System and has received a monthly service retirement benefit since {long_date(retired)}. The benefit "
            "is paid for the member's lifetime on the last business day of each month by direct deposit.",
            "The benefit is taxable income. It is reported to the member each January on Form 1099-R, and federal "
            "income tax is withheld as the member elected."])
        for k, v in (("Gross monthly benefit", "$" + money(monthly)), ("Federal tax withheld", "$" + money(withheld)),
                     ("Net monthly deposit", "$" + money(r2(monthly - withheld))), ("Payment frequency", "Monthly")):
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(300, y, v)
            y -= 15
        paragraphs(c, 72, y - 14, W - 144, [
            "This letter was generated from the member portal at the member's request and is valid without a "
            "signature. Verification questions may be sent to the Benefits Division at the address above."])
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, [member, money(monthly), long_date(date)], monthly,
                  "benefits_taxable")


def obituary_web(name: str, born: dt.date, died: dt.date, city: str, text: Sequence[str], service: str,
                 printed: dt.date, at: tuple[int, int]) -> Letter:
    """An obituary printed from a funeral home's web site."""
    slug = name.lower().replace(".", "").replace(" ", "-")

    def body(c: Canvas, y: float) -> None:
        c.setFillColor(Color(0.2, 0.24, 0.2))
        c.rect(36, y - 40, 540, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 15)
        c.drawString(50, y - 25, "Caldwell-Brenner Funeral Home")
        c.setFont("Web", 8)
        c.drawRightString(562, y - 24, "Obituaries   Services   Plan Ahead   Grief Support   Contact")
        c.setFillColor(black)
        c.setFillGray(0.82)
        c.rect(48, y - 210, 130, 150, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 22)
        c.drawString(196, y - 84, name)
        c.setFont("Times-Roman", 12)
        c.drawString(196, y - 104, f"{long_date(born)} - {long_date(died)}")
        c.setFont("Web", 8.5)
        c.setFillColor(INK_GREY)
        c.drawString(196, y - 122, f"{city}   |   Share   Send flowers   Light a candle")
        c.setFillColor(black)
        yy = paragraphs(c, 196, y - 150, 370, text, size=10.5, leading=14)
        yy = min(yy, y - 224)
        c.setStrokeGray(0.75)
        c.roundRect(48, yy - 70, 518, 60, 6, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Web-Bold", 10)
        c.drawString(60, yy - 28, "Services")
        paragraphs(c, 60, yy - 44, 490, [service], font="Web", size=9, leading=12, gap=0)

    paper = flow_paper([Block(560, body)], chrome_of(
        browser_stamp(printed, *at), f"Obituary of {name} | Caldwell-Brenner Funeral Home",
        f"https://www.caldwellbrenner.example.com/obituaries/{slug}"))
    return Letter(paper, "obituary", died, [name, long_date(died)], dated=False)


def relocation_letter(employee: str, address: Sequence[str], date: dt.date, company: str, old: str, new: str,
                      effective: dt.date, allowance: float, signer: str, seed: int) -> Letter:
    """An employer's transfer letter, signed in ink by its HR director."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.0, 0.25, 0.45))
        c.rect(72, 728, 10, 30, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(90, 744, company.upper())
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawString(90, 731, "Human Resources  -  1 Dauphin Island Parkway, Mobile, AL 36605  -  (251) 555-0131")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in [employee, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 12, "Re: Transfer to our Dallas engineering office")
        y = paragraphs(c, 72, y - 38, W - 144, [
            f"Dear {employee.split()[0]}:",
            f"As we discussed, {company} is consolidating its design group, and your position as a Senior Marine "
            f"Design Engineer will move from our {old} office to our {new} office effective {long_date(effective)}. "
            "Your title, grade and base salary are unchanged.",
            f"The company will pay a one-time relocation allowance of ${money(allowance)}, less applicable taxes, "
            "with your first paycheck after the transfer date. Please keep this letter for your records.",
            "We appreciate your years of service in Mobile and look forward to your work in Dallas."])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Sincerely,")
        c.drawString(72, y - 56, signer)
        c.drawString(72, y - 70, f"Director of Human Resources, {company}")
        return [Mark("sig", 76, y - 44, w=150, seed=seed)]

    return Letter(Paper([page]), "employer_relocation_letter", date, [employee, long_date(date), money(allowance)])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72, 716, sender)
        c.setFont("Helvetica", 9)
        c.drawString(72, 702, "Copies - Shipping - Fax - Notary   |   Fax sent for a customer")
        c.setFont("Helvetica-Bold", 40)
        c.drawString(72, 630, "FAX")
        c.setLineWidth(0.8)
        rows = [("TO", to), ("FAX NUMBER", to_fax), ("FROM", "Customer (see attached)"), ("SENDER FAX", sender_fax),
                ("DATE", mdy(date)), ("PAGES INCL. COVER", str(pages)), ("RE", note)]
        y = 590
        for k, v in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(200, y, v)
            c.line(196, y - 4, 540, y - 4)
            y -= 28
        c.setFont("Helvetica", 8.5)
        c.drawString(72, y - 20, "If you do not receive all pages, please call the sender. This cover page is not "
                                 "part of the customer's documents.")
        return []

    return Paper([page])


# --- official forms ------------------------------------------------------------------------------------------------


def form4506c_source(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                     client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int, ink: bool
                     ) -> tuple[bytes, list[list[Mark]]]:
    """Page 1 of the real IRS Form 4506-C typed over; signed on screen (strokes, typed date) or left for ink."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Meridel Income Verification LLC"),
           (312, 506, "MIV-40913"), (420, 506, "MERIDEL7"), (27, 484, "2600 Commerce Park Dr"),
           (312, 484, "Irving"), (420, 484, "TX"), (474, 484, "75063"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    if not ink:
        put.append((344, 168, mdy(signed_on)))
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks = [Mark("sig", 80, 166, w=200, seed=seed)]
    if ink:
        marks.append(Mark("hand", 344, 167, mdy(signed_on), size=11, seed=seed + 3))
    else:
        apply_screen_marks(c, marks)
        marks = []
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"av4506c{seed}"), [marks]


# --- applications ------------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area
    street: str
    city: str
    state: str
    zip: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date
    duration: str  # short | long | resolved
    lines: list[tuple[str, str, float]]  # (income code, the portal's label, monthly amount)
    signed_on: dt.date
    signed_at: tuple[int, int] = (20, 52)
    co: str | None = None
    co_ssn: str | None = None
    co_email: str = ""
    co_signs: bool = True
    co_signed_at: tuple[int, int] = (21, 6)
    other_text: str = ""
    app_id: str = "HHC-42-00000"
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for code, _, amount in self.lines:
            out[code] = r2(out.get(code, 0.0) + amount)
        return out

    @property
    def total(self) -> float:
        return r2(sum(a for _, _, a in self.lines))

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = {k: v for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": True, "signed_on": self.signed_on.isoformat(),
                "co_borrower_signed": None if self.co is None else self.co_signs}


CHIPS = {"unemployment": "Job loss", "reduction_in_income": "Reduced income",
         "increase_in_housing_expenses": "Higher housing costs", "disaster": "Disaster",
         "disability_or_illness": "Illness or disability", "divorce_or_separation": "Divorce or separation",
         "separation_unmarried": "Co-owner moved out (not married)", "death": "Death of a borrower or wage earner",
         "relocation": "Job relocation", "other": "Something else"}
HOME_USE = {"primary_residence": "I live in this home", "second_home": "This is my second home",
            "investment_property": "I rent this home to tenants"}
DURATION = {"short": "6 months or less", "long": "Longer than 6 months", "resolved": "It's already resolved"}
CX0, CW = 54.0, 504.0  # the cards' left edge and width
IX, IW = CX0 + 16, CW - 32  # inside a card


def chip_rows(texts: Sequence[str]) -> list[list[tuple[str, float]]]:
    rows: list[list[tuple[str, float]]] = [[]]
    x = 0.0
    for t in texts:
        w = stringWidth(t, "Web", 8.5) + 22
        if x + w > IW and rows[-1]:
            rows.append([])
            x = 0.0
        rows[-1].append((t, w))
        x += w + 8
    return rows


def item_height(item: tuple[Any, ...]) -> float:
    kind = item[0]
    if kind == "fields":
        return 34.0
    if kind == "q":
        return 14.0
    if kind == "check":
        return 19.0
    if kind == "chips":
        return 25.0 * len(chip_rows(item[1])) + 4
    if kind == "income":
        return 19.0 * len(item[1]) + 26
    if kind == "para":
        return 11.5 * len(wrap(item[1], "Web", 8.2, IW)) + 6
    if kind == "sig":
        return 19.0 + (12.0 if item[3] else 0.0)
    raise ValueError(kind)


def draw_check(c: Canvas, x: float, y: float, text: str, size: float = 10) -> None:
    c.setFillColor(TEAL)
    c.setFont("Web-Bold", size)
    c.drawString(x, y, "\u2713")
    c.setFillColor(black)
    c.setFont("Web", size)
    c.drawString(x + 15, y, text)


def card(title: str, items: Sequence[tuple[Any, ...]], edit: bool = True) -> Block:
    """A rounded card: title at the top left, "Edit" at the right, answers as grey labels above black values."""
    height = 34 + sum(item_height(it) for it in items) + 8

    def draw(c: Canvas, top: float) -> None:
        c.setStrokeGray(0.78)
        c.setLineWidth(0.8)
        c.roundRect(CX0, top - height, CW, height, 9, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Web-Bold", 12)
        c.drawString(IX, top - 22, title)
        if edit:
            c.setFillColor(TEAL)
            c.setFont("Web", 9)
            c.drawRightString(CX0 + CW - 16, top - 22, "Edit")
            c.setFillColor(black)
        y = top - 34
        for it in items:
            kind = it[0]
            if kind == "fields":
                pairs = it[1]
                colw = IW / len(pairs)
                for i, (label, value) in enumerate(pairs):
                    x = IX + i * colw
                    c.setFillColor(INK_GREY)
                    c.setFont("Web", 7.5)
                    c.drawString(x, y - 9, label)
                    c.setFillColor(black)
                    c.setFont("Web", 10.5)
                    c.drawString(x, y - 24, value)
            elif kind == "q":
                c.setFillColor(INK_GREY)
                c.setFont("Web", 7.5)
                c.drawString(IX, y - 9, it[1])
                c.setFillColor(black)
            elif kind == "check":
                draw_check(c, IX, y - 13, it[1])
            elif kind == "chips":
                yy = y - 2
                for row in chip_rows(it[1]):
                    x = IX
                    for t, w in row:
                        c.setFillColor(Color(0.87, 0.95, 0.95))
                        c.setStrokeColor(TEAL)
                        c.setLineWidth(0.7)
                        c.roundRect(x, yy - 19, w, 17, 8.5, stroke=1, fill=1)
                        c.setFillColor(Color(0.02, 0.3, 0.32))
                        c.setFont("Web", 8.5)
                        c.drawString(x + 11, yy - 13.5, t)
                        x += w + 8
                    yy -= 25
                c.setFillColor(black)
                c.setStrokeColor(black)
            elif kind == "income":
                yy = y - 13
                for label, amount in it[1]:
                    amt = f"${money(amount)} / mo"
                    c.setFont("Web", 10)
                    c.drawString(IX, yy, label)
                    lx = IX + stringWidth(label, "Web", 10) + 6
                    rx = IX + IW - stringWidth(amt, "Web", 10) - 6
                    c.setFillColor(INK_GREY)
                    dots = "." * max(0, int((rx - lx) / stringWidth(".", "Web", 10)))
                    c.drawString(lx, yy, dots)
                    c.setFillColor(black)
                    c.drawRightString(IX + IW, yy, amt)
                    yy -= 19
                c.setLineWidth(0.6)
                c.line(IX, yy + 9, IX + IW, yy + 9)
                c.setFont("Web-Bold", 10.5)
                c.drawString(IX, yy - 4, "Total monthly income")
                c.drawRightString(IX + IW, yy - 4, f"${money(it[2])} / mo")
            elif kind == "para":
                paragraphs(c, IX, y - 9, IW, [it[1]], font="Web", size=8.2, leading=11.5, gap=0)
            elif kind == "sig":
                _, text, ok, note = it
                if ok:
                    draw_check(c, IX, y - 13, text, size=9.5)
                else:
                    c.setFillColor(Color(0.72, 0.42, 0.0))
                    c.setFont("Web-Bold", 9.5)
                    c.drawString(IX, y - 13, "\u25cb  " + text)
                    c.setFillColor(black)
                if note:
                    c.setFillColor(INK_GREY)
                    c.setFont("Web", 8)
                    c.drawString(IX + 15, y - 25, note)
                    c.setFillColor(black)
            y -= item_height(it)

    return Block(height, draw, 12)


def portal_printout(app: App, printed: dt.date, at: tuple[int, int]) -> tuple[Paper, list[str]]:
    """The Homeowner Help Center's review page, printed from the browser."""
    first = app.borrower.split()[0]
    done = app.co is None or app.co_signs

    def topbar(c: Canvas, y: float) -> None:
        c.setFillColor(TEAL)
        p = c.beginPath()
        base = y - 32
        p.moveTo(54, base)
        for px, py in ((62, base + 14), (67, base + 8), (75, base + 24), (83, base + 10), (87, base + 16),
                       (94, base)):
            p.lineTo(px, py)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Web-Bold", 13)
        c.drawString(102, y - 16, "Summit Ridge Mortgage")
        c.setFont("Web", 8.5)
        c.setFillColor(INK_GREY)
        c.drawString(102, y - 29, "Homeowner Help Center")
        c.setFillColor(black)
        c.setFont("Web", 8.5)
        c.drawRightString(CX0 + CW, y - 20, f"Hi, {first}   |   Messages   |   Sign out")
        c.setStrokeGray(0.8)
        c.line(36, y - 42, 576, y - 42)
        c.setStrokeColor(black)
        c.setFillColor(INK_GREY)
        c.setFont("Web", 8.5)
        c.drawString(CX0, y - 60, "Step 5 of 5  -  Review & sign")
        c.setFillColor(black)
        c.setFont("Web-Bold", 18)
        c.drawString(CX0, y - 84, "Review your application")
        c.setFont("Web", 9)
        c.setFillColor(INK_GREY)
        when = "Submitted" if done else "Last saved"
        c.drawString(CX0, y - 100, f"Application ID {app.app_id}   -   {when} {long_date(app.signed_on)}")
        status = "Submitted" if done else "Waiting for signatures"
        w = stringWidth(status, "Web-Bold", 8.5) + 22
        fill, ink = ((Color(0.86, 0.95, 0.9), Color(0.05, 0.4, 0.2)) if done
                     else (Color(1.0, 0.94, 0.8), Color(0.6, 0.36, 0.0)))
        c.setFillColor(fill)
        c.roundRect(CX0 + CW - w, y - 92, w, 18, 9, stroke=0, fill=1)
        c.setFillColor(ink)
        c.setFont("Web-Bold", 8.5)
        c.drawString(CX0 + CW - w + 11, y - 86, status)
        c.setFillColor(black)

    blocks = [Block(104, topbar, 14)]
    blocks.append(card("Your loan", [("fields", [("Loan number", app.loan), ("Servicer", "Summit Ridge Mortgage"),
                                                 ("Application ID", app.app_id)])]))
    blocks.append(card("About you", [("fields", [("Full legal name", app.borrower), ("Last 4 of SSN", app.ssn[-4:])]),
                                     ("fields", [("Email", app.email), ("Mobile phone", app.phone)])]))
    if app.co:
        co_items: list[tuple[Any, ...]] = [("q", "Is anyone else on your loan?"),
                                           ("check", "Someone else is on my loan"),
                                           ("fields", [("Full legal name", app.co),
                                                       ("Last 4 of SSN", (app.co_ssn or "")[-4:]),
                                                       ("Email", app.co_email)])]
    else:
        co_items = [("q", "Is anyone else on your loan?"), ("check", "No one else is on my loan")]
    blocks.append(card("Co-borrower", co_items))
    blocks.append(card("Your home", [("fields", [("Property address", app.address)]),
                                     ("q", "How do you use this home?"), ("check", HOME_USE[app.occupancy]),
                                     ("q", "What would you like to do?"), ("check", "Keep my home"),
                                     ("fields", [("HOA or condo dues", "None")])]))
    what: list[tuple[Any, ...]] = [("q", "What's making it hard to pay?"),
                                   ("chips", [CHIPS[h] for h in HARDSHIPS if h in app.hardships]),
                                   ("fields", [("When did it start?", long_date(app.start))]),
                                   ("q", "How long do you expect it to last?"), ("check", DURATION[app.duration])]
    if app.other_text:
        what.append(("fields", [("Tell us more", app.other_text)]))
    blocks.append(card("What happened", what))
    blocks.append(card("Monthly income", [("q", "Household income before taxes"),
                                          ("income", [(label, amount) for _, label, amount in app.lines], app.total)]))
    sign: list[tuple[Any, ...]] = [
        ("para", "By signing, you certify that all of the information in this application is truthful and that the "
                 "hardship you identified contributed to your need for mortgage relief. You agree to provide the "
                 "documents we ask for and consent to a credit report for each borrower."),
        ("check", "I certify that the information in this application is true"),
        ("sig", f"Signed electronically by {app.borrower} on {long_date(app.signed_on)} at {clock(*app.signed_at)} CT",
         True, None)]
    if app.co:
        if app.co_signs:
            sign.append(("sig", f"Signed electronically by {app.co} on {long_date(app.signed_on)} at "
                                f"{clock(*app.co_signed_at)} CT", True, None))
        else:
            sign.append(("sig", "Awaiting co-borrower signature", False,
                         f"We e-mailed a signing link to {app.co_email}."))
    blocks.append(card("Review & sign", sign, edit=False))
    paper = flow_paper(blocks, chrome_of(browser_stamp(printed, *at), "Review your application | Homeowner Help Center",
                                         f"{PORTAL}/application/{app.app_id}/review"))
    probes = [app.loan, app.borrower, app.ssn[-4:], app.street, app.city, app.zip, long_date(app.start),
              *[money(a) for _, _, a in app.lines], money(app.total), CHIPS[app.hardships[0]],
              f"Signed electronically by {app.borrower} on {long_date(app.signed_on)}"]
    if app.co:
        probes.append(app.co)
    return paper, probes


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_screen(app: App) -> tuple[bytes, list[str]]:
    """The real Form 710 typed through its AcroForm, signed with drawn strokes over its signature line, the date
    typed."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_20": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "412.00", "Date_3": mdy(app.signed_on)}
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
        if app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        names = {}
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            names[str(w.get("/T", ""))] = w
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
    marks = [Mark("sig", 150, 348, w=200, seed=app.seed)]
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    synth_line(c)
    c.showPage()
    c.save()
    writer.pages[3].merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    probes = [app.loan, app.borrower, app.ssn[-4:], app.address, mdy(app.start), mdy(app.signed_on),
              *[money(v) for v in app.income.values()]]
    return fixed_pypdf_bytes(writer, f"av710{app.loan}"), probes


# --- packets -----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    probes: list[str]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


def norm(text: str) -> str:
    return " ".join(text.split()).lower()


def text_of(pdf: bytes, first: int, count: int) -> str:
    """The text layer of pages first..first+count-1 (0-based) plus the values of any form fields on them."""
    reader = PdfReader(io.BytesIO(pdf))
    parts = []
    for i in range(first, first + count):
        page = reader.pages[i]
        parts.append(page.extract_text() or "")
        for ref in page.get("/Annots") or []:
            v = ref.get_object().get("/V")
            if isinstance(v, str):
                parts.append(v)
    return norm(" ".join(parts))


def probe_problems(label: str, text: str, probes: Sequence[str]) -> list[str]:
    return [f"{label}: probe {p!r} not in the drawn text" for p in probes if norm(p) not in text]


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
                self.problems += probe_problems(f"{self.name} {rel}", text_of(data, page - 1, n), doc.probes)
            page += n
        if page - 1 != len(PdfReader(io.BytesIO(data)).pages):
            self.problems.append(f"{self.name} {rel}: page count")

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, tuple[bytes, list[list[Mark]]]]], style: Scan,
             seed: int, fax_header: Callable[[int, int], str] | None = None) -> None:
        """Print the parts, ink them, and scan / fax / photograph them into one image-only file."""
        n = 0
        for doc, (pdf, _) in parts:
            count = len(PdfReader(io.BytesIO(pdf)).pages)
            if doc is not None:
                doc.pages = [(rel, n + 1 + i) for i in range(count)]
                doc.scanned = True
                self.docs.append(doc)
                self.problems += probe_problems(f"{self.name} {rel} (before scanning)", text_of(pdf, 0, count),
                                                doc.probes)
            n += count
        sheets = sheets_of([src for _, src in parts], style, seed, fax_header)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc(probes: list[str]) -> Doc:
    return Doc("mortgage_assistance_application", {}, probes)


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.probes, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.probes, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.probes, lt.date, benefit=lt.benefit)


def other_doc(o: Other) -> Doc:
    return Doc(o.type, {}, o.probes)


def form4506c_doc(signed_on: dt.date, probes: list[str]) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": signed_on.isoformat()}, probes, signed_on, signed=True)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if app.co and not app.co_signs:
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a is not b and a.account == b.account and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    for k, v in app.income.items():
        if v > 0 and not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not (need[h] & types):
            out.append(f"hardship_doc:{h}")
    if (app.income.get("self_employment", 0) > 0 or app.income.get("rental", 0) > 0) and not any(
            d.type == "irs_form_4506c" and d.signed for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received)
    docs = []
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


PR_BVHP = Payroll(0.11, 0.0, None, (("401(k) Pre-Tax", 121.88), ("Medical - PPO", 86.40)),
                  (("Supplemental Life", 6.20),), (("Employer 401(k) Match", 73.13), ("Employer Medical", 412.00)))
PR_CRF = Payroll(0.08, 0.0475, "OK", (("Medical - HMO", 58.20), ("401(k) Pre-Tax", 60.00)),
                 (("Union Dues - UFCW Local 1000", 24.00),), (("Employer Medical", 288.10),))
PR_RRL = Payroll(0.09, 0.0425, "LA", (("Dental", 9.85), ("Medical - HDHP", 41.30)), (),
                 (("Employer HSA Contribution", 25.00),))
PR_GME = Payroll(0.14, 0.05, "AL", (("401(k)", 198.00), ("Medical - PPO Family", 164.75), ("Vision", 7.40)),
                 (("Roth 401(k)", 66.00),), (("Employer 401(k) Match", 132.00), ("Employer Medical", 611.50)))
PR_OFP = Payroll(0.085, 0.039, "AR", (("Medical", 72.60),), (("Credit Union Savings", 25.00),), ())
PR_HAB = Payroll(0.075, 0.052, "KS", (), (("Uniform rental", 7.50),), ())


def hardship_doc(s: Letter) -> Doc:
    return letter_doc(s)


def packet_av1(seed: int) -> Packet:
    received = dt.date(2042, 3, 17)
    app = App("3304718265", "Nadia R. Lindqvist", "947-52-6180", "1418 Cottonwood Bend", "Round Rock", "TX", "78664",
              "(512) 555-0148", "nadia.lindqvist@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2041, 12, 1), "long", [("wages", "Wages & salary", 4875.00)], dt.date(2042, 3, 12),
              signed_at=(20, 52), app_id=f"HHC-42-7Q{seed % 10}K9", seed=seed + 11)
    p = Packet("av1", received, app, [])
    printout, probes = portal_printout(app, app.signed_on, (20, 55))
    stubs = [crestline_slip("Bastrop Valley Health Partners", "bvhp", app.borrower, "E041177", "semimonthly", d,
                            salaried(2437.50, 86.67), PR_BVHP, "Lone Star Credit Union", "6630", False,
                            dt.date(2042, 3, 15), (10, 2)) for d in (dt.date(2042, 2, 28), dt.date(2042, 3, 14))]
    hs = hardship_statement(app.borrower, app.loan, app.signed_on, (20, 41), [
        "In December my clinic closed its weekend urgent-care hours. I was paid a weekend differential and worked "
        "two Saturdays a month, and now I am on the weekday schedule only, so my pay went down by about $900 a "
        "month while the mortgage, insurance and daycare stayed the same.",
        "I paid the January and February payments late and I am behind now. I want to keep my home. Please review "
        "me for a modification or another option that brings the payment closer to what I earn today."],
        app.app_id)
    p.pdf("Review your application _ Homeowner Help Center.pdf", paper_pdf(printout),
          (app_doc(probes), len(printout.pages)))
    p.pdf("Pay Slip.pdf", paper_pdf(stubs[0].paper), (stub_doc(stubs[0]), len(stubs[0].paper.pages)))
    p.pdf("Pay Slip (1).pdf", paper_pdf(stubs[1].paper), (stub_doc(stubs[1]), len(stubs[1].paper.pages)))
    p.pdf("Hardship statement _ Homeowner Help Center.pdf", paper_pdf(hs.paper), (hardship_doc(hs), 1))
    return p


def packet_av2(seed: int) -> Packet:
    received = dt.date(2042, 4, 23)
    addr = ["77 Larkspur Court", "Edmond, OK 73034"]
    stub = crestline_slip("Canadian River Foods", "crfoods", "Marcus D. Whitlow", "204518", "biweekly",
                          dt.date(2042, 4, 11), hourly(21.40, 80.0, (0.0, 0.0, 3.5, 6.0),
                                                       (("Shift Differential", 24.0, 1.25),)),
                          PR_CRF, "Arvest Bank", "2291", True, dt.date(2042, 4, 16), (18, 48))
    pension = pension_letter("Renee A. Whitlow", addr, dt.date(2042, 2, 3), 1846.20, dt.date(2036, 6, 1))
    app = App("0718264409", "Marcus D. Whitlow", "962-07-3318", "77 Larkspur Court", "Edmond", "OK", "73034",
              "(405) 555-0193", "mdwhitlow@example.net", "primary_residence",
              ["reduction_in_income", "disability_or_illness"], dt.date(2042, 1, 20), "long",
              [("wages", "Wages & salary", 3700.00),
               ("benefits_taxable", "Pension or retirement (taxable) - Renee", 1846.20)],
              dt.date(2042, 4, 16), signed_at=(19, 14), co="Renee A. Whitlow", co_ssn="962-40-8875",
              co_email="renee.whitlow@example.net", co_signs=False, app_id=f"HHC-42-3M{seed % 10}T8",
              seed=seed + 21)
    p = Packet("av2", received, app, ["application_signature"])
    printout, probes = portal_printout(app, app.signed_on, (19, 16))
    hs = hardship_statement(app.borrower, app.loan, app.signed_on, (19, 2), [
        "In January I was diagnosed with a heart condition and spent nine days in the hospital. My doctor has me "
        "on light duty for at least six more months, so the plant moved me off the night line and I lost my shift "
        "differential and most of my overtime.",
        "My wife's teacher pension helps, but with my reduced hours and the medical bills we cannot keep up with "
        "the full payment. We are asking for a lower payment so we can stay in our house."], app.app_id)
    loan = app.loan
    p.pdf(f"{loan} - application.pdf", paper_pdf(printout), (app_doc(probes), len(printout.pages)))
    p.pdf(f"{loan} - pay slip.pdf", paper_pdf(stub.paper), (stub_doc(stub), len(stub.paper.pages)))
    p.pdf(f"{loan} - pension letter.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    p.pdf(f"{loan} - hardship statement.pdf", paper_pdf(hs.paper), (hardship_doc(hs), 1))
    return p


def packet_av3(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2042, 5, 19)
    app = App("5120983376", "Hector L. Barragan", "931-26-4407", "2290 Mesquite Trail", "Killeen", "TX", "76542",
              "(254) 555-0172", "hbarragan.drives@example.com", "primary_residence", ["other"], dt.date(2042, 2, 9),
              "short", [("self_employment", "Self-employment & gig work", 3980.00)], dt.date(2042, 5, 16),
              signed_at=(10, 37), other_text="My rideshare account was deactivated for five weeks",
              app_id=f"HHC-42-9B{seed % 10}W2", seed=seed + 31)
    p = Packet("av3", received, app, [])
    printout, probes = portal_printout(app, app.signed_on, (10, 40))
    hs = hardship_statement(app.borrower, app.loan, app.signed_on, (10, 22), [
        "I drive full time for Wayfare. On February 9 my account was deactivated after a rider filed a complaint "
        "that turned out to be about a different driver. It took five weeks to get my account back, and during "
        "that time I had no income at all. I used my savings for groceries and the truck payment and missed the "
        "March and April mortgage payments.",
        "I am driving again and my weekly earnings are back to normal, as my statements show. I am asking for a "
        "repayment plan or a modification so I can catch up."], app.app_id)
    weeks = [wayfare_week(app.borrower, d, "4471", f"{seed}wf", app.signed_on, 1300.0)
             for d in (dt.date(2042, 4, 28), dt.date(2042, 5, 5))]
    holder = "Hector L. Barragan"
    mail = ["2290 Mesquite Trail", "Killeen, TX 76542"]
    s1 = kestrel_statement(rng, holder, mail, "7720143381", 2042, 3, 1284.55,
                           [(4, "WAYFARE DRIVER PAYOUT", 412.18), (11, "WAYFARE DRIVER PAYOUT", 355.60),
                            (18, "WAYFARE DRIVER PAYOUT", 941.27), (25, "WAYFARE DRIVER PAYOUT", 1003.44)], 600.00)
    s2 = kestrel_statement(rng, holder, mail, "7720143381", 2042, 4, s1.fields["ending_balance"],
                           [(1, "WAYFARE DRIVER PAYOUT", 968.02), (8, "WAYFARE DRIVER PAYOUT", 987.90),
                            (15, "WAYFARE DRIVER PAYOUT", 1021.35), (22, "WAYFARE DRIVER PAYOUT", 958.14),
                            (29, "WAYFARE DRIVER PAYOUT", 1012.66)], 1100.00)
    t_src = form4506c_source("Hector", "L", "Barragan", "931-26-4407", "2290 Mesquite Trail", "Killeen", "TX",
                             "76542", "Summit Ridge Mortgage", "(800) 555-0142", app.signed_on, "(254) 555-0172",
                             seed + 36, ink=True)
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    p.scan("Scan_2042-05-18_101522.pdf", [
        (app_doc(probes), paper_source(printout, False)),
        (hardship_doc(hs), paper_source(hs.paper, False)),
        (other_doc(weeks[0]), paper_source(weeks[0].paper, False)),
        (other_doc(weeks[1]), paper_source(weeks[1].paper, False)),
        (stmt_doc(s1), paper_source(s1.paper, False)),
        (stmt_doc(s2), paper_source(s2.paper, False)),
        (form4506c_doc(app.signed_on, ["Barragan", "931-26-4407"]), t_src)], style, seed + 300)
    return p


def packet_av4(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2042, 6, 24)
    mail = ["5 Juniper Hollow Road", "Lawrence, KS 66049"]
    stub = harlan_stub("Harlan Auto Body & Paint", "1120 East 23rd Street, Lawrence, KS 66046", "Tamsin J. Rowley",
                       "HAB-0317", dt.date(2042, 6, 20), 18.25, PR_HAB)
    app = App("6650372914", "Tamsin J. Rowley", "918-63-2254", "5 Juniper Hollow Road", "Lawrence", "KS", "66049",
              "(785) 555-0126", "tamsin.rowley@example.org", "primary_residence", ["divorce_or_separation"],
              dt.date(2042, 1, 31), "long", [("wages", "", 3250.00), ("other", "", 650.00)], dt.date(2042, 6, 18),
              seed=seed + 41)
    p = Packet("av4", received, app, ["hardship_doc:divorce_or_separation"])
    net = stub.fields["net_current"]
    pay = [(d, "HARLAN AUTO BODY PAYROLL", r2(net + rng.choice([-38.4, -12.1, 0.0, 21.9]))) for d in (4, 11, 18, 25)]
    s1 = kestrel_statement(rng, "Tamsin J. Rowley", mail, "4409127765", 2042, 4, 1410.72,
                           [*pay, (1, "KS PAYMENT CENTER CHILD SUPP", 325.00), (15, "KS PAYMENT CENTER CHILD SUPP",
                                                                                  325.00)], 1187.33)
    pay2 = [(d, "HARLAN AUTO BODY PAYROLL", r2(net + rng.choice([-25.0, 0.0, 14.6]))) for d in (2, 9, 16, 23, 30)]
    s2 = kestrel_statement(rng, "Tamsin J. Rowley", mail, "4409127765", 2042, 5, s1.fields["ending_balance"],
                           [*pay2, (1, "KS PAYMENT CENTER CHILD SUPP", 325.00), (15, "KS PAYMENT CENTER CHILD SUPP",
                                                                                  325.00)], 1187.33)
    hs = hardship_statement(app.borrower, app.loan, app.signed_on, (21, 30), [
        "My husband and I separated at the end of January and he moved to Topeka. The divorce is filed but not "
        "final yet; my lawyer expects the decree in August. Until then he pays $650 a month in temporary child "
        "support through the Kansas Payment Center and nothing toward the house.",
        "I work full time at a body shop and I want to keep the house for my two children. I cannot make the full "
        "payment on my own and I am asking for a modification."], "HHC-42-5R2J6")
    form, fprobes = form710_screen(app)
    folder = app.loan
    p.pdf(f"{folder}/Form710_Rowley_signed.pdf", form, (app_doc(fprobes), 4))
    p.scan(f"{folder}/IMG_4471.pdf", [(stub_doc(stub), paper_source(stub.paper, False))],
           Scan(dpi=160, photo=True), seed + 400)
    p.pdf(f"{folder}/Statement_2042-04.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{folder}/Statement_2042-05.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    p.pdf(f"{folder}/Hardship statement _ Homeowner Help Center.pdf", paper_pdf(hs.paper), (hardship_doc(hs), 1))
    return p


def packet_av5(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2042, 7, 28)
    app = App("2284015637", "Gloria M. Esparza", "974-18-5530", "318 Bluebonnet Lane", "Temple", "TX", "76502",
              "(254) 555-0119", "gloria.esparza@example.com", "primary_residence", ["death"], dt.date(2042, 3, 30),
              "long", [("wages", "Wages & salary - Daniel", 3450.00), ("wages", "Wages & salary - Gloria", 1210.00),
                       ("benefits_taxable", "Survivor pension (taxable) - Gloria", 780.00)], dt.date(2042, 7, 24),
              signed_at=(9, 12), co="Daniel R. Esparza", co_ssn="974-61-0298", co_email="d.esparza@example.com",
              co_signed_at=(21, 47), app_id=f"HHC-42-6C{seed % 10}P4", seed=seed + 51)
    p = Packet("av5", received, app, [])
    printout, probes = portal_printout(app, app.signed_on, (21, 53))
    holders = "Gloria M. Esparza / Daniel R. Esparza"
    mail = ["318 Bluebonnet Lane", "Temple, TX 76502"]
    s1 = kestrel_statement(rng, holders, mail, "5530981172", 2042, 5, 2210.48,
                           [(15, "BELL COUNTY ISD PAYROLL", 1391.62), (30, "BELL COUNTY ISD PAYROLL", 1391.62),
                            (9, "TEMPLE PUBLIC LIBRARY PAYROLL", 498.30),
                            (23, "TEMPLE PUBLIC LIBRARY PAYROLL", 498.30), (28, "TMRS SURVIVOR ANNUITY", 702.00)],
                           1264.91)
    s2 = kestrel_statement(rng, holders, mail, "5530981172", 2042, 6, s1.fields["ending_balance"],
                           [(13, "BELL COUNTY ISD PAYROLL", 1391.62), (30, "BELL COUNTY ISD PAYROLL", 1391.62),
                            (6, "TEMPLE PUBLIC LIBRARY PAYROLL", 498.30),
                            (20, "TEMPLE PUBLIC LIBRARY PAYROLL", 498.30), (27, "TMRS SURVIVOR ANNUITY", 702.00)],
                           1264.91)
    obit = obituary_web("Ruben A. Esparza", dt.date(1968, 9, 14), dt.date(2042, 3, 30), "Temple, Texas", [
        "Ruben Alonso Esparza, 73, of Temple, passed away peacefully at home on March 30, 2042, surrounded by his "
        "family. He was born in Cameron and worked for thirty-one years as a lineman for the county electric "
        "cooperative, then drove a school bus for Bell County ISD.",
        "Ruben loved fishing at Belton Lake, Sunday dinners and coaching Little League. He is survived by his wife "
        "of forty-four years, Gloria; his son Daniel; his sister Yolanda; and four grandchildren."],
        "Rosary Thursday, April 2, 2042, 6:00 p.m.; Mass of Christian Burial Friday, April 3, 10:00 a.m., "
        "St. Luke Catholic Church, Temple.", app.signed_on, (9, 30))
    loan = app.loan
    p.pdf(f"SRM {loan} application.pdf", paper_pdf(printout), (app_doc(probes), len(printout.pages)))
    p.pdf(f"SRM {loan} statement May.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"SRM {loan} statement June.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    p.pdf(f"SRM {loan} obituary.pdf", paper_pdf(obit.paper), (letter_doc(obit), len(obit.paper.pages)))
    return p


def packet_av6(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2042, 8, 19)
    app = App("9043127750", "Curtis O. Bramlett", "985-33-1046", "64 Pecan Grove Drive", "Bossier City", "LA",
              "71111", "(318) 555-0164", "cobramlett@example.net", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2042, 5, 1), "long",
              [("wages", "Wages & salary", 3560.00),
               ("benefits_nontaxable", "VA disability compensation (non-taxable)", 1204.50)],
              dt.date(2042, 8, 14), signed_at=(19, 5), app_id=f"HHC-42-2H{seed % 10}D7", seed=seed + 61)
    p = Packet("av6", received, app, ["income_doc:benefits_nontaxable"])
    printout, probes = portal_printout(app, app.signed_on, (19, 8))
    stub = crestline_slip("Red River Logistics", "redriver", app.borrower, "RRL-88412", "semimonthly",
                          dt.date(2042, 8, 15), hourly(20.50, 86.67, (0.0, 2.0, 4.5, 7.0)), PR_RRL,
                          "Barksdale Federal Credit Union", "0458", True, dt.date(2042, 8, 16), (9, 41))
    net = stub.fields["net_current"]
    credits = [(dt.date(2042, 7, 1), "VA BENEFIT VACP TREAS 310", 1204.50),
               (dt.date(2042, 8, 1), "VA BENEFIT VACP TREAS 310", 1204.50)]
    for d in (dt.date(2042, 6, 30), dt.date(2042, 7, 15), dt.date(2042, 7, 31), dt.date(2042, 8, 15)):
        credits.append((d, "RED RIVER LOGISTICS DIR DEP", r2(net + rng.choice([-41.2, -18.0, 0.0, 27.55]))))
    hist = harbor_history(rng, app.borrower, "0071135521", dt.date(2042, 8, 16), credits, 1876.03, (9, 52))
    p.scan("IMG_20420814_191203.pdf", [(app_doc(probes), paper_source(printout, False))],
           Scan(dpi=170, photo=True), seed + 600)
    p.pdf(f"{app.loan}_payslip.pdf", paper_pdf(stub.paper), (stub_doc(stub), len(stub.paper.pages)))
    p.pdf("account history.pdf", paper_pdf(hist.paper), (other_doc(hist), len(hist.paper.pages)))
    return p


def packet_av7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2042, 9, 25)
    app = App("4471902386", "Anjali K. Menon", "957-80-2243", "930 Harbor View Drive", "Mobile", "AL", "36605",
              "(251) 555-0187", "anjali.menon@example.com", "investment_property", ["relocation"],
              dt.date(2042, 7, 7), "long", [("wages", "Wages & salary", 7150.00),
                                             ("rental", "Rental income (after expenses)", 1350.00)],
              dt.date(2042, 9, 17), signed_at=(12, 20), app_id=f"HHC-42-8F{seed % 10}N1", seed=seed + 71)
    p = Packet("av7", received, app, [])
    printout, probes = portal_printout(app, app.signed_on, (12, 24))
    stub = crestline_slip("Gulfway Marine Engineering", "gulfway", app.borrower, "GME-20931", "biweekly",
                          dt.date(2042, 9, 12), salaried(3300.00, 80.0), PR_GME, "Regions Bank", "7104", True,
                          app.signed_on, (12, 5))
    net = stub.fields["net_current"]
    new_addr = ["4410 Cedar Springs Road, Apt 1207", "Dallas, TX 75219"]
    s1 = kestrel_statement(rng, app.borrower, new_addr, "6120554490", 2042, 7, 3318.07,
                           [(4, "GULFWAY MARINE PAYROLL", net), (18, "GULFWAY MARINE PAYROLL", net),
                            (3, "ZELLE FROM J THIBODEAUX - RENT", 1450.00)], 1942.18)
    s2 = kestrel_statement(rng, app.borrower, new_addr, "6120554490", 2042, 8, s1.fields["ending_balance"],
                           [(1, "GULFWAY MARINE PAYROLL", net), (15, "GULFWAY MARINE PAYROLL", net),
                            (29, "GULFWAY MARINE PAYROLL", net), (2, "ZELLE FROM J THIBODEAUX - RENT", 1450.00)],
                           1942.18)
    reloc = relocation_letter(app.borrower, ["930 Harbor View Drive", "Mobile, AL 36605"], dt.date(2042, 5, 20),
                              "Gulfway Marine Engineering", "Mobile, Alabama", "Dallas, Texas", dt.date(2042, 7, 7),
                              4000.00, "Lorraine B. Hebert", seed + 77)
    t_pdf, _ = form4506c_source("Anjali", "K", "Menon", "957-80-2243", "4410 Cedar Springs Road Apt 1207", "Dallas",
                                "TX", "75219", "Summit Ridge Mortgage", "(800) 555-0142", app.signed_on,
                                "(251) 555-0187", seed + 76, ink=False)
    hs = hardship_statement(app.borrower, app.loan, app.signed_on, (12, 11), [
        "In July my employer closed the Mobile design office and transferred my job to Dallas. I had to move "
        "there to keep my position, and I now pay rent in Dallas on top of the mortgage on my house in Mobile. "
        "I have rented the house to a family while I try to sell it, but the rent covers less than the full "
        "payment, taxes and insurance.",
        "I am asking Summit Ridge for a modification or a temporary lower payment until the house sells."],
        app.app_id)
    folder = app.loan
    p.pdf(f"{folder}/Review your application _ Homeowner Help Center.pdf", paper_pdf(printout),
          (app_doc(probes), len(printout.pages)))
    p.pdf(f"{folder}/Pay Slip.pdf", paper_pdf(stub.paper), (stub_doc(stub), len(stub.paper.pages)))
    p.pdf(f"{folder}/Statement_Jul_2042.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{folder}/Statement_Aug_2042.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    p.pdf(f"{folder}/4506-C signed.pdf", t_pdf, (form4506c_doc(app.signed_on, ["Menon", "957-80-2243",
                                                                             mdy(app.signed_on)]), 1))
    p.scan(f"{folder}/transfer letter scan.pdf", [(letter_doc(reloc), paper_source(reloc.paper, False))],
           Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004), seed + 700)
    p.pdf(f"{folder}/Hardship statement _ Homeowner Help Center.pdf", paper_pdf(hs.paper), (hardship_doc(hs), 1))
    return p


def packet_av8(seed: int) -> Packet:
    received = dt.date(2042, 11, 12)
    app = App("0837265190", "Roland E. Pichette", "903-71-5542", "2207 Sycamore Ridge", "Hot Springs", "AR", "71913",
              "(501) 555-0135", "rpichette@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2042, 6, 30), "short",
              [("wages", "Wages & salary", 3900.00), ("unemployment", "Unemployment benefits - Simone", 1120.00)],
              dt.date(2042, 11, 8), signed_at=(14, 30), co="Simone L. Pichette", co_ssn="903-28-6617",
              co_email="simone.pichette@example.com", co_signed_at=(14, 41), app_id=f"HHC-42-4V{seed % 10}G3",
              seed=seed + 81)
    p = Packet("av8", received, app, ["income_doc:wages"])
    printout, probes = portal_printout(app, app.signed_on, (14, 44))
    stubs = [crestline_slip("Ouachita Fiber Products", "ouachitafiber", app.borrower, "OFP-1187", "semimonthly", d,
                            hourly(23.10, 86.67, (0.0, 0.0, 4.0)), PR_OFP, "Arkansas Federal Credit Union", "3318",
                            True, dt.date(2042, 8, 2), (16, 12)) for d in (dt.date(2042, 7, 15), dt.date(2042, 7, 31))]
    hs = hardship_statement(app.borrower, app.loan, app.signed_on, (14, 20), [
        "At the end of June the mill went to a four-day week and cut all overtime. My pay dropped by about a fifth, "
        "and in September my wife was laid off from her job at the hospital laundry; she now draws unemployment.",
        "The mill says full shifts should return after the first of the year. We are asking for a forbearance or "
        "a short-term plan until then."], app.app_id)
    cover = fax_cover("COPY CORNER PRINT & SHIP", "(501) 555-0178", "Summit Ridge Mortgage - Loss Mitigation",
                      "(800) 555-0143", received, 1 + len(printout.pages) + 3, f"Loan {app.loan} - Pichette")
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0008, fax=True)

    def header(n: int, total: int) -> str:
        return f"NOV-12-2042 09:31   FROM-COPY CORNER  5015550178        T-418  P.{n:03d}/{total:03d}  F-827"

    p.scan("fax_0000418827.pdf", [
        (None, paper_source(cover, False)),
        (app_doc(probes), paper_source(printout, False)),
        (stub_doc(stubs[0]), paper_source(stubs[0].paper, False)),
        (stub_doc(stubs[1]), paper_source(stubs[1].paper, False)),
        (hardship_doc(hs), paper_source(hs.paper, False))], style, seed + 800, fax_header=header)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_av1, packet_av2, packet_av3, packet_av4, packet_av5, packet_av6,
                                          packet_av7, packet_av8]
EXPECTED_KEYS = {"loan_number", "received_on", "status", "missing", "application", "documents"}
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
FIELD_KEYS = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "hardship_letter": {"letter_date"}, "employer_relocation_letter": {"letter_date"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "irs_form_4506c": {"signed", "signed_on"}}


def check(out: Path, built: dict[str, Packet]) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned, the scenario, and that the
    values expected are the values drawn (each born-digital document's probes in its text layer on disk)."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != EXPECTED_KEYS:
            problems.append(f"{name}: keys {sorted(exp)}")
            continue
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2042:
            problems.append(f"{name}: received_on outside 2042")
        if (exp["status"] == "complete") != (not exp["missing"]) or exp["status"] not in ("complete", "incomplete"):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != APP_KEYS:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["loan_number"] != exp["loan_number"] or not (6 <= len(exp["loan_number"]) <= 15):
            problems.append(f"{name}: loan number")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None and dt.date.fromisoformat(app[k]) > received:
                problems.append(f"{name}: {k} after the received date")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        files = {str(f.relative_to(exp_path.parent / "inbox")) for f in (exp_path.parent / "inbox").rglob("*")
                 if f.is_file()}
        if [d["type"] for d in exp["documents"]].count("mortgage_assistance_application") != 1:
            problems.append(f"{name}: not exactly one application")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            want = FIELD_KEYS.get(doc["type"], set())
            if set(doc["fields"]) != want:
                problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])} (want {sorted(want)})")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{name}: page listed twice {key}")
                seen.add(key)
                path = exp_path.parent / "inbox" / pg["file"]
                if not path.is_file():
                    problems.append(f"{name}: missing file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if pg["page"] > len(reader.pages):
                    problems.append(f"{name}: no page {key}")
                    continue
                has_text = bool(reader.pages[pg["page"] - 1].extract_text().replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={has_text} on {key}")
            for k, v in doc["fields"].items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None and \
                        dt.date.fromisoformat(v) > received:
                    problems.append(f"{name}: {doc['id']} {k} after the received date")
            f = doc["fields"]
            if doc["type"] == "pay_stub":
                if f["frequency"] not in PERIODS:
                    problems.append(f"{name}: frequency {f['frequency']}")
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: ytd below current {f}")
                if not f["period_start"] <= f["period_end"]:
                    problems.append(f"{name}: period {f}")
            if doc["type"] == "benefit_award_letter" and f["benefit_type"] not in INCOMES:
                problems.append(f"{name}: benefit_type {f}")
        listed = {pg["file"] for d in exp["documents"] for pg in d["pages"]}
        for extra in sorted(files - listed):
            if name != "av8":  # only the fax has a page (its cover sheet) that is no document
                problems.append(f"{name}: file {extra} holds no listed document")
        p = built.get(name)
        if p is None:
            continue
        if exp != json.loads(json.dumps(expected_of(p))):
            problems.append(f"{name}: expected.json differs from the drawn packet")
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        for d in p.docs:
            if d.scanned:
                continue
            rel = d.pages[0][0]
            data = (exp_path.parent / "inbox" / rel).read_bytes()
            text = text_of(data, d.pages[0][1] - 1, len(d.pages))
            problems += probe_problems(f"{name} {rel}", text, d.probes)
        app_doc_ = next(d for d in p.docs if d.type == "mortgage_assistance_application")
        if not app_doc_.probes:
            problems.append(f"{name}: application without probes")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (av1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: dict[str, Packet] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        built[name] = p
        problems += p.problems
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, built)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
