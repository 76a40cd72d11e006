"""Holdout set ce (ce1..ce8): PAPERS MADE ON A PHONE - borrowers who own no computer and no scanner, written BLIND
to measure honestly how lossmit-docs generalizes to layouts it has never seen.

Written BLIND: from shared/spec (README, checklist.md, case-report.schema.json, form710.md, domain-rules.md,
architecture.md), shared/samples (the packets, their expected.json and README), shared/reference/README.md and the
blank Form 710 and Form 4506-C it names, tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py,
benchmarks/holdout_packets_af.py in full (the scaffold: signatures, invariant reportlab output, expected.json,
--check) and only the module docstrings of the other holdout_packets_*.py - never the service's code (src/), its
.yaml data files, its other tests, the project README or the git history; the service was not run on these packets.

    python benchmarks/holdout_packets_ce.py OUT_DIR [--seed N] [--check] [--only ce1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them; each packet is one
batch processed with `--received-on <received_on>` (weekdays, March to October 2057).

THEME. Everything was made, captured or printed with a phone (one iPad): SCREENSHOTS saved as PDF (crisp PNG pages,
no text layer, 1170 x 2532 pixels on a 390 x 844-point page - or on a 1170 x 2532-point page where the converting app
maps a pixel to a point (ce5 activity, ce6 July statement); iPad screenshots 2360 x 1640 on 1180 x 820-point
LANDSCAPE pages), each with the status bar (time, signal, Wi-Fi, battery with its percent), the app's bars and the
home indicator, several in DARK MODE (light text on black); pages photographed and "flattened" by a PHONE SCANNER
APP (PocketScan: 200 dpi colour JPEG on letter pages, a residual keystone with dark slivers in the top corners, a
small turn, the SHADOW of the hand or phone over one edge, the white balance off - yellow, blue or warm -, the app's
"enhance", sensor noise, and the footer stamp "Scanned with PocketScan" burnt into the image), several documents in
one scanner-app file; a form filled by hand and PHOTOGRAPHED ON A KITCHEN TABLE (a red-and-white checked tablecloth
around the sheet, the sheet turned 1-2.5 degrees, the far edge narrower, a shadow under it, warm lamp light, camera
noise, JPEG; the page size follows the photo's pixels at 200 a inch); born-digital PDFs from a phone PDF app and
from the phone's browser and mail app.

LAYOUTS
- Form 710 (April 2023) filled through its AcroForm in a phone PDF app ("Quillpad PDF 5.2 (iPhone)" as Producer),
  the date TYPED into its Date field and the signature drawn with a FINGERTIP - thick (2.6-3 pt), wobbly, slanted,
  LARGE (about 236 x 44 points, loops running up into the footnote above the line): kept as an /Ink ANNOTATION with
  its appearance stream, not page content (ce1; ce8 for both borrowers), or flattened into page 4 (ce6). Typed on the
  phone, printed at home, signed and dated in pen and captured with PocketScan (ce4). The BLANK form filled entirely
  by hand in pen (answers at their fields, X in the boxes), photographed page by page on the kitchen table (ce3).
- Ferncastle Mortgage Servicing's "Homeowner Help Request" (Form FMS-HH3): a MOBILE-FRIENDLY ONE-COLUMN web form (a
  360-point column down the middle of a letter page: a green site bar with a fern mark, numbered round section
  badges, every label in bold ABOVE a full-width rounded box, choices as stacked option rows with a circle or a
  square), printed blank from the phone's browser with the browser's margins (top: "4/2/57, 9:14 PM" and the title
  "Homeowner Help Request | Ferncastle Mortgage Servicing"; bottom: the page's URL and "1/3" .. "3/3"), then filled
  in the phone PDF app and saved flattened: answers typed in Helvetica a little off inside the boxes, choices TICKED,
  a finger-drawn signature in a dashed "sign with your finger or mouse" box, the date typed (ce2, ce5, ce7). Page 1
  About you / Co-borrower / Your home (street, city, state, ZIP, "How do you use this home?"); page 2 What happened
  (start date, three duration options, ten reasons, "If something else"); page 3 eight monthly income boxes and a
  Total (the total printed equals the sum), then the two signature boxes with their dates.
- Pay: PAYLARK, a payroll app, "Pay details" of one paycheck in two or three scrolled shots that repeat a few rows
  (a green net-pay card, Details rows - employee, ID, pay date, pay period "Feb 25 – Mar 10, 2057", frequency
  "Bi-weekly" or NOT SHOWN (ce3: weekly by its 7-day period) -, Earnings / Taxes / Deductions with This check | Year
  to date columns, a Summary; light ce1, ce3, dark ce5); CLOCKWISE HR, an employee app on grey grouped lists, the large
  title scrolling away, "Twice a month", year-to-date in its own section (ce2: a semi-monthly salary paid on Friday
  03/30 for the period 03/16-03/31); WORKNEST, an employer self-service site in Safari on an iPad held sideways, one
  LANDSCAPE screenshot per statement (ce7 two stale ones in one file, ce8); a dental office's paper EARNINGS STATEMENT
  with a detachable voucher through PocketScan (ce4). Every year-to-date figure is the sum of that year's checks by
  pay date; an earnings line paid earlier in the year shows with its YTD even when this check has none.
- Bank: BRIGHTWATER BANK's Activity tab in DARK mode (balances, a segmented control, a search field, Pending / Today /
  "Fri, Mar 16" day headings, no running balance; ce1) and MARIGOLD FCU's history in light mode with the RUNNING
  BALANCE "Bal $..." under every amount and long day headings "Monday, July 2" (three shots; ce5); LARCHMONT SAVINGS
  BANK's in-app MONTHLY STATEMENT screen (bank, "Personal Checking ••5064", holder and address, Statement period,
  account number, a summary of beginning balance, deposits (n), withdrawals (n) and ending balance, every line with
  its balance after it, a "Download PDF" bar) in three shots - June in light mode, July in DARK mode (ce6).
  DECISION (the spec's bank statement is a period's account record with bank, account, period start and end and
  beginning and ending balances, and the checklist needs "two statements of consecutive periods"): the Larchmont
  statement screens show all of that and are `bank_statement`; the Brightwater and Marigold ACTIVITY screenshots show
  only recent lines and a current balance - no statement period, no beginning or ending balance - and are `other`,
  so they document nothing (ce5's rent deposits by Zelle therefore leave income_doc:rental missing).
- Other screens: ZIPTO Driver's weekly Earnings tab (bar chart, fares / tips / quests, payouts; a gig platform's
  screen, not an employer's pay stub: `other`); a funeral home's OBITUARY page read in Safari (two tall shots,
  `obituary`); hardship letters typed in the NOTES app (a grey time stamp, the first line as bold title, one or two
  shots, light or dark; letter_date = the date typed at the top of the note, the same day as the stamp).
- E-mails printed from the phone: MAILCOVE webmail's print view printed from the browser (browser date, title, URL
  and "1/1" in the margins; "Mailcove", subject, "1 message", sender, "Wed, Sep 12, 2057 at 9:40 PM", To:, the
  letter; ce2, ce7) and the phone's mail app printing the message itself (bold right-aligned From: / Subject: /
  Date: / To: labels; ce6). letter_date = the message's date, not the print date.
- PocketScan papers: a VA benefits summary (non-taxable disability compensation), a neurologist's letter
  (medical_statement), a state's Notice of Monetary Determination (unemployment_benefit_letter), a two-page final
  divorce decree ("Page n of 2"), a pension trust's surviving-spouse award (taxable), an employer's transfer letter,
  a hardship letter typed on the phone, printed and signed in pen; page 1 of the real IRS Form 4506-C typed over and
  finger-signed in the phone PDF app (born-digital; ce5, ce6).

PACKETS (C complete, I incomplete, by checklist.md on received_on; 73 document pages, 47 of them images)
- ce1 C 2057-03-20, a folder named after the loan: Form 710 with the Ink-annotation signature; Paylark pay details
  (two shots, fresh, YTD; wages); a dark Brightwater activity screenshot (other); a two-shot notes-app letter.
  A reduction in income needs no papers.
- ce2 I application_signature 2057-04-12, loose "<loan>_..." files: FMS-HH3 naming the wife as co-borrower, signed
  and dated by the husband only; Clockwise pay details (wages); ONE PocketScan file holding the VA award (fresh,
  benefits_nontaxable) and the neurologist's letter; the Mailcove letter (disability covered twice).
- ce3 I application_field:occupancy 2057-05-16, a folder named after the loan: the hand-filled Form 710 in four
  kitchen-table photos with "The property is currently" (and "The property is") left unanswered; a weekly Paylark
  stub without a printed frequency (wages, fresh, YTD from his first check in March); the UI determination
  (unemployment needs nothing; unemployment and reduction in income need no papers).
- ce4 C 2057-06-11, ONE loose PocketScan file "PocketScan 06-09-2057 19.22.pdf" (no separator, no loan number in its
  name; 9 pages): Form 710 typed, printed, signed and dated in pen; the signed letter; the two-page decree (covers
  the divorce); the May 31 and May 15 paper stubs, newest first.
- ce5 I income_doc:rental 2057-07-17, loose "<loan> ..." files: FMS-HH3 (wages and rent); dark Paylark pay details;
  three Marigold activity screenshots on 1170 x 2532-point pages showing the tenant's Zelle rent (other - not
  statements); a finger-signed 4506-C (the rent's 4506-C is there); a dark notes-app letter.
- ce6 C 2057-08-15, a folder named after the loan: Form 710 with the flattened finger signature (self-employment,
  "other" hardship - the stolen car); the June (light) and July (dark) Larchmont statement screens, consecutive and
  fresh; the Zipto earnings screen (other); a finger-signed 4506-C; the mail-app letter (explains "other").
- ce7 I income_doc:wages 2057-09-18, a folder named after the loan: FMS-HH3 signed by both spouses (relocation); ONE
  file of two LANDSCAPE iPad pay statements paid 05/25 and 06/08 (116 and 102 days before receipt: STALE);
  PocketScan of the employer's transfer letter (covers the relocation); the Mailcove letter.
- ce8 C 2057-10-16, loose "Pennington <loan> - ..." files: Form 710 finger-signed by the widow and her son (two Ink
  annotations; wages and a taxable survivor pension; death); ONE file MIXING the two tall obituary screenshots with
  the son's LANDSCAPE iPad pay statement (fresh); PocketScan of the pension award (fresh); a notes-app letter.

Expected status and missing codes are not written by hand: `codes_from_expected` applies shared/spec/checklist.md to
the values expected.json records (signatures and dates, the required answers, 90-day freshness by pay date, period end
and letter date, two consecutive fresh statements of one account, award letters by benefit type, hardship papers by
type, a signed 4506-C for self-employment or rent), and every packet asserts its scenario's codes against it.
`--check` validates every expected.json: keys, codes, the rules again, loan number, occupancy / hardship / income
codes, the income total, signature fields, field names per document type, no date after receipt, no income paper
within six days of the 90-day edge, stub arithmetic and periods, statements that chain, that every listed page
exists and no page is listed twice or left out of a document, and that `scanned` matches the absence of a text layer.
Same seed, same bytes: reportlab runs in invariant mode, noise is seeded, pypdf output carries fixed identifiers. All
people, employers, banks, apps and servicers are fictional (the public agencies and the IRS form aside); SSNs use the
900-999 area, and every page carries a faint "synthetic test document" line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
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
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
)
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
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
UI_FONT = FONT_DIR / "dejavu/DejaVuSans.ttf"
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
REQUIRED_FIELDS = ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                   "hardship_start_date", "income")
FRESH_DAYS = 90
EDGE_DAYS = 6  # no income paper is dated this close to the 90-day edge, so no off-by-one reading can flip a code
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}

for _name, _file in (("UI", "dejavu/DejaVuSans.ttf"), ("UI-B", "dejavu/DejaVuSans-Bold.ttf"),
                     ("UIC", "dejavu/DejaVuSansCondensed.ttf"), ("UIC-B", "dejavu/DejaVuSansCondensed-Bold.ttf"),
                     ("UI-L", "dejavu/DejaVuSans-ExtraLight.ttf"), ("SER", "dejavu/DejaVuSerif.ttf"),
                     ("SER-B", "dejavu/DejaVuSerif-Bold.ttf"), ("SER-I", "dejavu/DejaVuSerif-Italic.ttf"),
                     ("WEB", "liberation2/LiberationSans-Regular.ttf"),
                     ("WEB-B", "liberation2/LiberationSans-Bold.ttf"),
                     ("WEB-I", "liberation2/LiberationSans-Italic.ttf")):
    pdfmetrics.registerFont(TTFont(_name, str(FONT_DIR / _file)))


def money(v: float) -> str:
    return f"{v:,.2f}"


def usd(v: float) -> str:
    return ("-$" if v < 0 else "$") + money(abs(v))


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def short_date(d: dt.date, year: bool = True) -> str:
    """Mar 16, 2057 (or Mar 16)."""
    return f"{d.strftime('%b')} {d.day}" + (f", {d.year}" if year else "")


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def rgb(hexcode: str) -> Color:
    h = hexcode.lstrip("#")
    return Color(int(h[0:2], 16) / 255, int(h[2:4], 16) / 255, int(h[4:6], 16) / 255)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something the borrower adds by hand on paper: a pen signature ("sig"), a hand-written string ("hand") or
    an X in a box ("x"). x, y: PDF points from the page's bottom-left (the baseline's left end)."""

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
    """One logical paper document: its pages (draw functions) and the page size."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


def synth_line(c: Canvas, size: tuple[float, float] = letter, gray: float = 0.72) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(gray)
    c.drawRightString(size[0] - 24, 10, SYNTH)
    c.restoreState()


def pen_signature_path(seed: int, w: float, h: float = 18.0) -> list[list[tuple[float, float]]]:
    """Strokes of a scrawled pen signature inside a w x h box (0,0 bottom-left), as polylines."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for p in range(rng.randint(2, 3)):
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
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])
    return strokes


def _smooth_noise(rng: random.Random, n: int, step: int, amp: float) -> list[float]:
    """A wobble: random values every `step` points, linearly joined."""
    knots = [rng.uniform(-amp, amp) for _ in range(n // step + 2)]
    out = []
    for i in range(n):
        k, f = divmod(i, step)
        out.append(knots[k] * (1 - f / step) + knots[k + 1] * f / step)
    return out


def finger_signature_path(seed: int, w: float, h: float) -> list[list[tuple[float, float]]]:
    """A signature drawn with a fingertip on a phone: LARGE, slanted, shaky strokes - a looped capital, a run of
    uneven cursive loops (some tall), often a second word, often an underline. Scaled into a w x h box (0,0
    bottom-left); loops may overshoot its top."""
    rng = random.Random(seed * 7919 + 17)
    slant = rng.uniform(0.12, 0.34)
    base = h * 0.2
    raw: list[list[tuple[float, float]]] = []
    x = 0.0
    for _word in range(rng.choice((1, 2, 2))):
        cap_h = h * rng.uniform(0.75, 1.05)
        cap_w = h * rng.uniform(0.35, 0.6)
        n = 34
        wob = _smooth_noise(rng, n, 5, h * 0.045)
        cap = []
        for i in range(n):
            t = i / (n - 1)
            ang = math.pi * (0.5 + 2.3 * t)
            cap.append((x + cap_w * (0.5 + 0.5 * math.cos(ang)) * (1.1 - 0.5 * t) + wob[i],
                        base + cap_h * (0.5 + 0.5 * math.sin(ang)) * (1 - 0.4 * t) + wob[(i + 7) % n]))
        raw.append(cap)
        bx = x + cap_w * 0.7
        body: list[tuple[float, float]] = []
        for _ in range(rng.randint(3, 6)):
            lw = h * rng.uniform(0.28, 0.55)
            lh = h * rng.choice((0.28, 0.34, 0.42, 0.42, 0.85))
            r = lw * rng.uniform(0.28, 0.4)
            for i in range(12):
                t = 2 * math.pi * i / 12
                body.append((bx + lw * t / (2 * math.pi) - r * math.sin(t), base + lh / 2 * (1 - math.cos(t))))
            bx += lw
        body.append((bx + h * 0.25, base - h * 0.12))
        wob = _smooth_noise(rng, len(body), 4, h * 0.05)
        raw.append([(px + wob[i], py + wob[(i + 5) % len(body)]) for i, (px, py) in enumerate(body)])
        x = bx + h * rng.uniform(0.35, 0.6)
    if rng.random() < 0.75:
        n = 18
        wob = _smooth_noise(rng, n, 4, h * 0.04)
        raw.append([(x * (0.05 + 0.95 * i / (n - 1)), base * 0.1 + h * 0.1 * math.sin(math.pi * i / (n - 1)) + wob[i])
                    for i in range(n)])
    slanted = [[(px + (py - base) * slant, py) for px, py in st] for st in raw]
    lo = min(p[0] for st in slanted for p in st)
    hi = max(p[0] for st in slanted for p in st)
    k = w / (hi - lo)
    return [[((px - lo) * k, py) for px, py in st] for st in slanted]


def draw_strokes(c: Canvas, x: float, y: float, strokes: Sequence[Sequence[tuple[float, float]]], color: Color,
                 width: float) -> None:
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in strokes:
        path = c.beginPath()
        path.moveTo(x + stroke[0][0], y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(x + px, y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


FINGER_INK = Color(0.07, 0.07, 0.09)
FINGER_BLUE = Color(0.05, 0.22, 0.62)


def finger_sign(c: Canvas, x: float, y: float, w: float, h: float, seed: int, color: Color = FINGER_INK,
                width: float = 2.8) -> None:
    """A fingertip signature flattened into the page (vector strokes, thick)."""
    draw_strokes(c, x, y, finger_signature_path(seed, w, h), color, width)


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


# --- raster pages: screenshots, app scans and photos ------------------------------------------------------


@dataclass
class Raster:
    """One image-only PDF page: the picture and the page's size in points."""

    image: Image.Image
    size: tuple[float, float]
    fmt: str = "PNG"  # PNG for screenshots (lossless), JPEG for camera pictures
    quality: int = 80


def raster_pdf(pages: Sequence[Raster], creator: str) -> bytes:
    """Image-only PDF, one picture a page, each page its own size (screenshots, app scans, photos)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=pages[0].size, invariant=1)
    c.setCreator(creator)
    c.setProducer(creator)
    for p in pages:
        c.setPageSize(p.size)
        data = io.BytesIO()
        if p.fmt == "JPEG":
            p.image.convert("RGB").save(data, "JPEG", quality=p.quality)
        else:
            p.image.save(data, "PNG")
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=p.size[0], height=p.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def pdf_page_images(pdf: bytes, scale: float, forms: bool = True) -> list[Image.Image]:
    """Each page of a PDF rendered in colour at `scale` pixels a point."""
    doc = pdfium.PdfDocument(pdf)
    try:
        if forms:
            doc.init_forms()
        return [doc[i].render(scale=scale, may_draw_forms=forms).to_pil().convert("RGB") for i in range(len(doc))]
    finally:
        doc.close()


def canvas_pdf(size: tuple[float, float], draw: Callable[[Canvas], Any]) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=size, invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str, producer: str = "holdout_packets_ce") -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": producer})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ui_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(UI_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float,
                 ink: tuple[int, int, int] = (28, 36, 92)) -> None:
    """Pen marks on a rendered colour page: signatures, hand-written strings and X marks."""
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.2 * scale))
            for stroke in pen_signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=ink, width=width, joint="curve")
        elif m.kind == "x":
            rng = random.Random(m.seed)
            s = m.size * scale
            cx, cy = m.x * scale + rng.uniform(-1, 1) * scale, (page_h - m.y) * scale + rng.uniform(-1, 1) * scale
            width = max(2, round(1.1 * scale))
            draw.line([(cx - s / 2, cy - s / 2), (cx + s / 2 + rng.uniform(0, 2), cy + s / 2)], fill=ink, width=width)
            draw.line([(cx + s / 2, cy - s / 2 - rng.uniform(0, 2)), (cx - s / 2, cy + s / 2)], fill=ink, width=width)
        else:
            rng = random.Random(m.seed)
            font = hand_font(round(m.size * scale))
            x = m.x * scale
            base = (page_h - m.y) * scale
            drift = rng.uniform(-0.6, 0.6) * scale / max(1, len(m.text))
            for i, ch in enumerate(m.text):
                dy = rng.uniform(-0.7, 0.7) * scale + drift * i
                draw.text((x, base + dy), ch, fill=ink, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.97, 1.1)


def paper_images(paper: Paper, dpi: int) -> list[Image.Image]:
    """Print a paper: render each page in colour at dpi and put its pen marks on it."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    images = pdf_page_images(buf.getvalue(), dpi / 72)
    for img, mk in zip(images, marks, strict=True):
        ink_on_image(img, mk, dpi / 72, paper.size[1])
    return images


def paper_pdf(paper: Paper, creator: str = "holdout_packets_ce") -> bytes:
    """The born-digital PDF of a paper (no pen marks: a paper made on the phone carries none)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    c.setCreator(creator)
    for fn in paper.pages:
        fn(c)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- phone and tablet screens -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Device:
    """A screen in points and its pixels a point: an iPhone (390 x 844 at 3x -> 1170 x 2532 pixels) or an iPad
    held sideways (1180 x 820 at 2x -> 2360 x 1640 pixels)."""

    w: float
    h: float
    scale: int
    status_h: float
    tablet: bool = False


IPHONE = Device(390, 844, 3, 47)
IPAD = Device(1180, 820, 2, 24, tablet=True)


@dataclass(frozen=True)
class Theme:
    dark: bool = False
    accent: Color = field(default_factory=lambda: Color(0.04, 0.52, 1.0))

    @property
    def bg(self) -> Color:
        return black if self.dark else white

    @property
    def group(self) -> Color:
        return black if self.dark else rgb("#F2F2F7")

    @property
    def card(self) -> Color:
        return rgb("#1C1C1E") if self.dark else white

    @property
    def fg(self) -> Color:
        return white if self.dark else black

    @property
    def sub(self) -> Color:
        return rgb("#8E8E93") if self.dark else rgb("#6C6C70")

    @property
    def sep(self) -> Color:
        return rgb("#38383A") if self.dark else rgb("#D1D1D6")

    @property
    def bar(self) -> Color:
        return rgb("#161618") if self.dark else rgb("#F9F9F9")

    @property
    def credit(self) -> Color:
        return rgb("#30D158") if self.dark else rgb("#1E8E3E")


def status_bar(c: Canvas, dev: Device, th: Theme, clock: str, battery: int, day: str = "") -> None:
    """The status bar as a screenshot keeps it: the time, signal, Wi-Fi and the battery with its percent."""
    c.saveState()
    c.setFillColor(th.fg)
    c.setStrokeColor(th.fg)
    if dev.tablet:
        y = dev.h - 16
        c.setFont("UI-B", 11.5)
        c.drawString(22, y, clock)
        c.setFont("UI", 11.5)
        c.drawString(22 + stringWidth(clock, "UI-B", 11.5) + 7, y, day)
        c.setFont("UI", 11.5)
        c.drawRightString(dev.w - 52, y, f"{battery}%")
        bx, by = dev.w - 46, y - 1.5
        wx = dev.w - 92 - stringWidth(f"{battery}%", "UI", 11.5)
    else:
        y = dev.h - 31
        c.setFont("UI-B", 15.5)
        c.drawCentredString(64, y, clock)
        for i in range(4):
            c.roundRect(dev.w - 118 + i * 5.4, y - 1, 3.4, 4 + i * 2.6, 0.9, stroke=0, fill=1)
        bx, by = dev.w - 62, y - 2
        wx = dev.w - 84
    # Wi-Fi: three arcs and a dot
    c.setLineWidth(2.0)
    c.setLineCap(1)
    for r in (3.6, 7.0, 10.4):
        c.arc(wx - r, by - r + 1, wx + r, by + r + 1, 48, 84)
    c.circle(wx, by + 1.2, 1.3, stroke=0, fill=1)
    # battery with its level and the percent inside
    c.setStrokeColor(th.sub)
    c.setLineWidth(1.0)
    c.roundRect(bx, by, 25, 12, 3.6, stroke=1, fill=0)
    c.roundRect(bx + 26, by + 4, 1.6, 4, 0.8, stroke=0, fill=1)
    c.setFillColor(th.fg if battery > 20 else rgb("#FF3B30"))
    c.roundRect(bx + 1.6, by + 1.6, 21.8 * battery / 100, 8.8, 2.2, stroke=0, fill=1)
    if not dev.tablet:
        c.setFillColor(th.bg if battery > 55 else th.fg)
        c.setFont("UI-B", 8)
        c.drawCentredString(bx + 12.5, by + 3.2, str(battery))
    c.restoreState()


def home_indicator(c: Canvas, dev: Device, th: Theme) -> None:
    c.setFillColor(th.fg)
    w = 220 if dev.tablet else 134
    c.roundRect(dev.w / 2 - w / 2, 8, w, 5, 2.5, stroke=0, fill=1)


def icon(c: Canvas, kind: str, cx: float, cy: float, s: float, color: Color, fill: bool = False) -> None:
    """Plain line icons of the kind apps draw in their bars (about s points square)."""
    c.saveState()
    c.setStrokeColor(color)
    c.setFillColor(color)
    c.setLineWidth(max(1.2, s / 13))
    c.setLineCap(1)
    c.setLineJoin(1)
    h = s / 2
    if kind == "home":
        p = c.beginPath()
        p.moveTo(cx - h, cy)
        p.lineTo(cx, cy + h)
        p.lineTo(cx + h, cy)
        c.drawPath(p, stroke=1, fill=0)
        c.rect(cx - h * 0.7, cy - h, h * 1.4, h, stroke=1, fill=1 if fill else 0)
    elif kind in ("dollar", "pay"):
        c.circle(cx, cy, h, stroke=1, fill=1 if fill else 0)
        c.setFillColor(white if fill else color)
        c.setFont("UI-B", s * 0.62)
        c.drawCentredString(cx, cy - s * 0.22, "$")
    elif kind == "clock":
        c.circle(cx, cy, h, stroke=1, fill=0)
        c.line(cx, cy, cx, cy + h * 0.6)
        c.line(cx, cy, cx + h * 0.45, cy - h * 0.2)
    elif kind == "person":
        c.circle(cx, cy + h * 0.4, h * 0.38, stroke=1, fill=1 if fill else 0)
        c.arc(cx - h * 0.8, cy - h * 1.3, cx + h * 0.8, cy + h * 0.2, 0, 180)
    elif kind == "doc":
        c.roundRect(cx - h * 0.7, cy - h, h * 1.4, s, 2, stroke=1, fill=0)
        for i in range(3):
            c.line(cx - h * 0.4, cy + h * 0.4 - i * h * 0.4, cx + h * 0.4, cy + h * 0.4 - i * h * 0.4)
    elif kind == "card":
        c.roundRect(cx - h, cy - h * 0.65, s, h * 1.3, 2.5, stroke=1, fill=0)
        c.line(cx - h, cy + h * 0.2, cx + h, cy + h * 0.2)
    elif kind == "arrows":
        c.line(cx - h, cy + h * 0.35, cx + h, cy + h * 0.35)
        c.line(cx + h * 0.55, cy + h * 0.7, cx + h, cy + h * 0.35)
        c.line(cx - h, cy - h * 0.35, cx + h, cy - h * 0.35)
        c.line(cx - h * 0.55, cy - h * 0.7, cx - h, cy - h * 0.35)
    elif kind == "camera":
        c.roundRect(cx - h, cy - h * 0.6, s, h * 1.3, 3, stroke=1, fill=0)
        c.circle(cx, cy + h * 0.05, h * 0.38, stroke=1, fill=0)
    elif kind == "more":
        c.circle(cx, cy, h, stroke=1, fill=0)
        for dx in (-h * 0.45, 0, h * 0.45):
            c.circle(cx + dx, cy, s * 0.05, stroke=0, fill=1)
    elif kind == "dots":
        for dx in (-h * 0.6, 0, h * 0.6):
            c.circle(cx + dx, cy, s * 0.08, stroke=0, fill=1)
    elif kind == "share":
        c.roundRect(cx - h * 0.7, cy - h, h * 1.4, h * 1.3, 2, stroke=1, fill=0)
        c.setStrokeColor(color)
        c.line(cx, cy - h * 0.3, cx, cy + h)
        c.line(cx - h * 0.35, cy + h * 0.65, cx, cy + h)
        c.line(cx + h * 0.35, cy + h * 0.65, cx, cy + h)
    elif kind == "search":
        c.circle(cx - h * 0.2, cy + h * 0.2, h * 0.55, stroke=1, fill=0)
        c.line(cx + h * 0.2, cy - h * 0.2, cx + h * 0.75, cy - h * 0.75)
    elif kind == "compose":
        c.roundRect(cx - h, cy - h, s * 0.85, s * 0.85, 3, stroke=1, fill=0)
        c.line(cx - h * 0.2, cy - h * 0.2, cx + h, cy + h)
    elif kind == "checklist":
        c.circle(cx, cy, h, stroke=1, fill=0)
        c.line(cx - h * 0.45, cy, cx - h * 0.1, cy - h * 0.35)
        c.line(cx - h * 0.1, cy - h * 0.35, cx + h * 0.5, cy + h * 0.35)
    elif kind == "pen":
        c.line(cx - h, cy - h, cx + h * 0.7, cy + h * 0.7)
        c.line(cx - h, cy - h, cx - h * 0.8, cy - h * 0.4)
    elif kind == "chart":
        for i, t in enumerate((0.5, 1.0, 0.7)):
            c.rect(cx - h + i * h * 0.75, cy - h, h * 0.45, s * t, stroke=0, fill=1)
    elif kind == "grid":
        for i in range(2):
            for j in range(2):
                c.roundRect(cx - h + i * h * 1.1, cy - h + j * h * 1.1, h * 0.85, h * 0.85, 1.5, stroke=1, fill=0)
    elif kind == "book":
        c.roundRect(cx - h, cy - h * 0.8, s, h * 1.6, 2, stroke=1, fill=0)
        c.line(cx, cy - h * 0.8, cx, cy + h * 0.8)
    elif kind == "tabs":
        c.roundRect(cx - h * 0.7, cy - h * 0.7, h * 1.4, h * 1.4, 2, stroke=1, fill=0)
        c.roundRect(cx - h * 0.4, cy - h * 0.4, h * 1.4, h * 1.4, 2, stroke=1, fill=0)
    elif kind == "plus":
        c.line(cx - h, cy, cx + h, cy)
        c.line(cx, cy - h, cx, cy + h)
    elif kind == "back":
        c.line(cx + h * 0.3, cy + h, cx - h * 0.4, cy)
        c.line(cx - h * 0.4, cy, cx + h * 0.3, cy - h)
    elif kind == "forward":
        c.line(cx - h * 0.3, cy + h, cx + h * 0.4, cy)
        c.line(cx + h * 0.4, cy, cx - h * 0.3, cy - h)
    elif kind == "sidebar":
        c.roundRect(cx - h, cy - h * 0.75, s, h * 1.5, 2.5, stroke=1, fill=0)
        c.line(cx - h * 0.35, cy - h * 0.75, cx - h * 0.35, cy + h * 0.75)
    elif kind == "lock":
        c.roundRect(cx - h * 0.55, cy - h * 0.7, h * 1.1, h * 0.9, 1.2, stroke=0, fill=1)
        c.arc(cx - h * 0.35, cy - h * 0.1, cx + h * 0.35, cy + h * 0.75, 0, 180)
    c.restoreState()


def nav_bar(c: Canvas, dev: Device, th: Theme, back: str | None, title: str | None, right: Sequence[str] = (),
            bg: Color | None = None) -> float:
    """An iOS navigation bar under the status bar; returns its bottom."""
    top = dev.h - dev.status_h
    bottom = top - 44
    c.setFillColor(bg or th.bg)
    c.rect(0, bottom, dev.w, dev.h - bottom, stroke=0, fill=1)
    y = bottom + 15
    if back is not None:
        c.saveState()
        c.setStrokeColor(th.accent)
        c.setLineWidth(2.6)
        c.setLineCap(1)
        c.setLineJoin(1)
        c.line(18, y + 5, 11, y + 12)
        c.line(11, y + 12, 18, y + 19)
        c.restoreState()
        c.setFillColor(th.accent)
        c.setFont("UI", 16)
        c.drawString(24, y + 6, back)
    if title:
        c.setFillColor(th.fg)
        c.setFont("UI-B", 16)
        c.drawCentredString(dev.w / 2, y + 6, title)
    x = dev.w - 24
    for kind in right:
        icon(c, kind, x, y + 11, 20, th.accent)
        x -= 40
    return bottom


def tab_bar(c: Canvas, dev: Device, th: Theme, items: Sequence[tuple[str, str]], selected: int) -> float:
    """A bottom tab bar (icon over label) with the home indicator under it; returns its top."""
    top = 83.0
    c.setFillColor(th.bar)
    c.rect(0, 0, dev.w, top, stroke=0, fill=1)
    c.setStrokeColor(th.sep)
    c.setLineWidth(0.5)
    c.line(0, top, dev.w, top)
    n = len(items)
    for i, (kind, label) in enumerate(items):
        cx = dev.w * (i + 0.5) / n
        color = th.accent if i == selected else th.sub
        icon(c, kind, cx, top - 22, 22, color, fill=i == selected)
        c.setFillColor(color)
        c.setFont("UI", 9.5)
        c.drawCentredString(cx, top - 45, label)
    home_indicator(c, dev, th)
    return top


def text_right(c: Canvas, x: float, y: float, text: str, font: str, size: float, color: Color) -> None:
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawRightString(x, y, text)


def text_left(c: Canvas, x: float, y: float, text: str, font: str, size: float, color: Color) -> None:
    c.setFont(font, size)
    c.setFillColor(color)
    c.drawString(x, y, text)


def rows_card(c: Canvas, th: Theme, x: float, top: float, w: float, rows: Sequence[tuple[str, str]],
              row_h: float = 44.0, size: float = 15.0, bold_last: bool = False) -> float:
    """An inset grouped list: a rounded card of label | value rows with hairlines; returns its bottom."""
    c.setFillColor(th.card)
    c.roundRect(x, top - row_h * len(rows), w, row_h * len(rows), 11, stroke=0, fill=1)
    for i, (k, v) in enumerate(rows):
        y = top - i * row_h - row_h / 2 - size * 0.35
        last = bold_last and i == len(rows) - 1
        text_left(c, x + 16, y, k, "UI-B" if last else "UI", size, th.fg)
        text_right(c, x + w - 16, y, v, "UI-B" if last else "UI", size, th.fg if last else th.sub)
        if i:
            c.setStrokeColor(th.sep)
            c.setLineWidth(0.5)
            c.line(x + 16, top - i * row_h, x + w, top - i * row_h)
    return top - row_h * len(rows)


def section_head(c: Canvas, th: Theme, x: float, y: float, text: str, right: Sequence[tuple[float, str]] = ()) -> None:
    text_left(c, x, y, text.upper(), "UI", 11.5, th.sub)
    for rx, t in right:
        text_right(c, rx, y, t.upper(), "UI", 10, th.sub)


Content = Callable[[Canvas, float], float]
Chrome = Callable[[Canvas, int], None]


def content_height(dev: Device, content: Content) -> float:
    scratch = Canvas(io.BytesIO(), pagesize=(dev.w, dev.h))
    return 100000.0 - content(scratch, 100000.0)


def screen_image(dev: Device, draw: Callable[[Canvas], None]) -> Image.Image:
    """Render one screen to the pixels a screenshot holds."""

    def page(c: Canvas) -> None:
        draw(c)
        synth_line(c, (dev.w, dev.h), gray=0.5)

    return pdf_page_images(canvas_pdf((dev.w, dev.h), page), dev.scale, forms=False)[0]


def scroll_shots(dev: Device, th: Theme, viewport: tuple[float, float], content: Content, chrome: Chrome,
                 overlap: float = 70.0, bg: Color | None = None, shots: int | None = None) -> list[Image.Image]:
    """Screenshots taken while scrolling one long screen: the content moves under fixed bars, and each shot
    repeats the last rows of the one before it (the overlap) - the last shot stops at the content's end."""
    top, bottom = viewport
    vp = top - bottom
    total = content_height(dev, content) + 24
    step = vp - overlap
    n = shots or max(1, math.ceil(max(0.0, total - vp) / step) + 1)
    last = max(0.0, total - vp)
    if shots:  # the first few shots of a longer list, scrolled one screen at a time
        offsets = [min(k * step, last) for k in range(n)]
    else:  # down to the end, evenly: every row is in some shot
        offsets = [last * k / (n - 1) if n > 1 else 0.0 for k in range(n)]
    out = []
    for k, off in enumerate(offsets):

        def draw(c: Canvas, off: float = off, k: int = k) -> None:
            c.setFillColor(bg or th.bg)
            c.rect(0, 0, dev.w, dev.h, stroke=0, fill=1)
            c.saveState()
            p = c.beginPath()
            p.rect(0, bottom, dev.w, vp)
            c.clipPath(p, stroke=0, fill=0)
            content(c, top + off)
            c.restoreState()
            chrome(c, k)

        out.append(screen_image(dev, draw))
    return out


def shot_pages(images: Sequence[Image.Image], dev: Device, points_per_pixel: float | None = None) -> list[Raster]:
    """Screenshots as PDF pages: by default one point per screen point (390 x 844 for an iPhone); an app that
    maps one pixel to one point gives 1170 x 2532-point pages."""
    ppp = points_per_pixel or 1 / dev.scale
    return [Raster(img, (img.size[0] * ppp, img.size[1] * ppp)) for img in images]


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours or units, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    state_name: str = "State income tax"
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145)}
        if self.state:
            out[self.state_name] = r2(gross * self.state)
        return out


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each tax, each deduction, gross, taxes, deductions and net."""
    total: dict[str, float] = {}
    for ch in checks:
        taxes = wh.taxes(ch.gross)
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(taxes)
        items.update(dict(wh.deductions))
        items["GROSS"] = ch.gross
        items["TAXES"] = r2(sum(taxes.values()))
        items["DEDUCTIONS"] = r2(sum(v for _, v in wh.deductions))
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def friday_before(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def schedule(freq: str, first: dt.date, upto: dt.date) -> list[dt.date]:
    """Pay dates of upto's year up to upto: weekly or bi-weekly from `first`; semi-monthly on the 15th and the
    last day (a weekend date moves to the Friday before)."""
    out: list[dt.date] = []
    if freq == "semimonthly":
        for month in range(1, 13):
            last = (dt.date(upto.year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
            for day in (15, last):
                out.append(friday_before(dt.date(upto.year, month, day)))
    else:
        step = 7 if freq == "weekly" else 14
        d = first
        while d.year <= upto.year:
            out.append(d)
            d += dt.timedelta(days=step)
    out = [d for d in out if d.year == upto.year and d <= upto]
    if not out or out[-1] != upto:
        raise ValueError(f"{upto} is not a {freq} pay date")
    return out


def period_of(freq: str, pay: dt.date) -> tuple[dt.date, dt.date]:
    if freq == "semimonthly":
        if pay.day <= 15:
            return pay.replace(day=1), pay.replace(day=15)
        last = dt.date(pay.year + (pay.month == 12), pay.month % 12 + 1, 1) - dt.timedelta(days=1)
        return pay.replace(day=16), last
    end = pay - dt.timedelta(days=6)
    return end - dt.timedelta(days=6 if freq == "weekly" else 13), end


@dataclass
class PayData:
    """One pay stub's numbers: the current check, its period, and year-to-date sums over that year's checks."""

    employer: str
    employee: str
    emp_id: str
    frequency: str
    checks: list[Check]
    wh: Withholding
    account: str = "8812"

    @property
    def check(self) -> Check:
        return self.checks[-1]

    @property
    def pay_date(self) -> dt.date:
        return self.check.pay_date

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        return period_of(self.frequency, self.pay_date)

    @property
    def gross(self) -> float:
        return self.check.gross

    @property
    def taxes(self) -> dict[str, float]:
        return self.wh.taxes(self.gross)

    @property
    def net(self) -> float:
        return net_of(self.check, self.wh)

    @property
    def ytd(self) -> dict[str, float]:
        return ytd_of(self.checks, self.wh)

    @property
    def monthly(self) -> float:
        return r2(self.gross * PERIODS[self.frequency] / 12)

    def earning_rows(self) -> list[tuple[str, float, float, float, float]]:
        """Every earnings line of the year (label, hours, rate, current, YTD): a line paid earlier in the year and
        not on this check still shows with its year-to-date amount."""
        keys: list[str] = []
        for ch in self.checks:
            keys += [k for k in ch.lines if k not in keys]
        ytd = self.ytd
        return [(k, *self.check.lines.get(k, (0.0, 0.0, 0.0)), ytd[k]) for k in keys]

    def fields(self) -> dict[str, Any]:
        start, end = self.period
        return {"employer": self.employer, "employee_name": self.employee, "pay_date": self.pay_date.isoformat(),
                "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": self.frequency,
                "gross_current": self.gross, "gross_ytd": self.ytd["GROSS"], "net_current": self.net,
                "monthly_gross": self.monthly}


LineFn = Callable[[random.Random, dt.date], dict[str, tuple[float, float, float]]]


def pay_data(employer: str, employee: str, emp_id: str, freq: str, first: dt.date, pay_date: dt.date,
             lines: LineFn, wh: Withholding, key: str, account: str = "8812") -> PayData:
    """Every check of the year up to pay_date, each drawn from its own date, so all stubs of a job agree."""
    checks = [Check(d, lines(random.Random(f"{key}|{d}"), d)) for d in schedule(freq, first, pay_date)]
    return PayData(employer, employee, emp_id, freq, checks, wh, account)


def hourly(rate: float, base: float, ot_choices: Sequence[float] = (0.0,), extra: Sequence[tuple[str, float]] = ()
           ) -> LineFn:
    def fn(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        reg = rr.choice([base, base, base, base - 4, base - 8]) if base > 30 else rr.choice([base, base - 2, base + 3])
        out = {"Regular": (reg, rate, r2(reg * rate))}
        ot = rr.choice(list(ot_choices))
        if ot:
            out["Overtime"] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        for label, amt in extra:
            out[label] = (0.0, 0.0, amt)
        return out

    return fn


def salaried(amount: float, label: str = "Salary") -> LineFn:
    def fn(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        return {label: (0.0, 0.0, amount)}

    return fn


def fixed_lines(lines: dict[str, tuple[float, float, float]]) -> LineFn:
    """The same lines every check (the current one in a stale packet is what the borrower typed on the form)."""

    def fn(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        return dict(lines)

    return fn


def weekday_date(d: dt.date) -> str:
    return f"{d.strftime('%a')}, {short_date(d)}"


def span_text(a: dt.date, b: dt.date) -> str:
    """Feb 24 – Mar 9, 2057 (the year once when both ends share it)."""
    if a.year == b.year:
        return f"{short_date(a, year=False)} – {short_date(b)}"
    return f"{short_date(a)} – {short_date(b)}"


PAYLARK_GREEN = rgb("#0B8A5F")


def paylark_screens(p: PayData, clock: str, battery: int, show_frequency: bool = True,
                    dark: bool = False) -> list[Image.Image]:
    """Paylark, a payroll app: the "Pay details" screen of one paycheck, scrolled through in three shots."""
    dev = IPHONE
    th = Theme(dark, PAYLARK_GREEN)
    start, end = p.period
    ytd = p.ytd
    freq_words = {"weekly": "Weekly", "biweekly": "Bi-weekly", "semimonthly": "Semi-monthly", "monthly": "Monthly"}
    cur_x, ytd_x = dev.w - 124, dev.w - 30

    def content(c: Canvas, top: float) -> float:
        x0, cw = 16.0, dev.w - 32
        y = top - 14
        c.setFillColor(rgb("#0F2A20") if dark else rgb("#E6F5EE"))
        c.roundRect(x0, y - 176, cw, 176, 16, stroke=0, fill=1)
        c.setFillColor(PAYLARK_GREEN)
        c.circle(x0 + 32, y - 34, 17, stroke=0, fill=1)
        initials = "".join(w[0] for w in p.employer.replace(",", "").split()[:2]).upper()
        text_left(c, x0 + 32 - stringWidth(initials, "UI-B", 12) / 2, y - 38.5, initials, "UI-B", 12, white)
        text_left(c, x0 + 58, y - 30, p.employer, "UI-B", 15, th.fg)
        text_left(c, x0 + 58, y - 48, f"Paycheck · {weekday_date(p.pay_date)}", "UI", 12.5, th.sub)
        text_left(c, x0 + 18, y - 86, "Net pay", "UI", 13, th.sub)
        text_left(c, x0 + 18, y - 122, usd(p.net), "UI-B", 34, th.fg)
        text_left(c, x0 + 18, y - 150, f"Deposited to Checking ••{p.account}", "UI", 12.5, th.sub)
        y -= 206
        section_head(c, th, x0 + 4, y, "Details")
        rows = [("Employee", p.employee), ("Employee ID", p.emp_id), ("Pay date", short_date(p.pay_date)),
                ("Pay period", span_text(start, end))]
        if show_frequency:
            rows.append(("Pay frequency", freq_words[p.frequency]))
        y = rows_card(c, th, x0, y - 10, cw, rows) - 30

        def money_block(title: str, items: Sequence[tuple[str, str, float, float]], total: tuple[str, float, float]
                        ) -> float:
            nonlocal y
            section_head(c, th, x0 + 4, y, title, [(cur_x, "This check"), (ytd_x, "Year to date")])
            rh = [50.0 if sub else 40.0 for _, sub, _, _ in items] + [44.0]
            height = sum(rh)
            c.setFillColor(th.card)
            c.roundRect(x0, y - 10 - height, cw, height, 11, stroke=0, fill=1)
            yy = y - 10
            for i, (label, sub, cur, yv) in enumerate([*items, (total[0], "", total[1], total[2])]):
                last = i == len(items)
                base = yy - (20 if sub else rh[i] / 2 + 5)
                text_left(c, x0 + 14, base, label, "UI-B" if last else "UI", 14.5, th.fg)
                if sub:
                    text_left(c, x0 + 14, base - 17, sub, "UI", 11.5, th.sub)
                text_right(c, cur_x, base, money(cur), "UI-B" if last else "UI", 13.5, th.fg)
                text_right(c, ytd_x, base, money(yv), "UI-B" if last else "UI", 13.5, th.fg if last else th.sub)
                if i:
                    c.setStrokeColor(th.sep)
                    c.setLineWidth(0.5)
                    c.line(x0 + 14, yy, x0 + cw, yy)
                yy -= rh[i]
            y = yy - 30
            return y

        earn = []
        for k, q, rt, amt, yv in p.earning_rows():
            sub = f"{q:.2f} hrs × ${rt:.2f}" if q else ""
            earn.append((k, sub, amt, yv))
        money_block("Earnings", earn, ("Gross pay", p.gross, ytd["GROSS"]))
        money_block("Taxes", [(k, "", v, ytd[k]) for k, v in p.taxes.items()],
                    ("Total taxes", r2(sum(p.taxes.values())), ytd["TAXES"]))
        if p.wh.deductions:
            money_block("Deductions", [(k, "", v, ytd[k]) for k, v in p.wh.deductions],
                        ("Total deductions", r2(sum(v for _, v in p.wh.deductions)), ytd["DEDUCTIONS"]))
        section_head(c, th, x0 + 4, y, "Summary", [(cur_x, "This check"), (ytd_x, "Year to date")])
        c.setFillColor(th.card)
        c.roundRect(x0, y - 10 - 52, cw, 52, 11, stroke=0, fill=1)
        text_left(c, x0 + 14, y - 42, "Net pay", "UI-B", 16, th.fg)
        text_right(c, cur_x, y - 42, money(p.net), "UI-B", 15, PAYLARK_GREEN)
        text_right(c, ytd_x, y - 42, money(ytd["NET"]), "UI-B", 15, th.fg)
        y -= 90
        notes = [f"Paycheck ID {p.emp_id[-4:]}-{p.pay_date.strftime('%m%d')}-{len(p.checks):02d}",
                 *wrap(f"Questions about this paycheck? Contact {p.employer} payroll.", "UI", 11.5, cw - 8),
                 "Paylark keeps 24 months of pay."]
        for ln in notes:
            text_left(c, x0 + 4, y, ln, "UI", 11.5, th.sub)
            y -= 17
        return y

    def chrome(c: Canvas, k: int) -> None:
        nav_bar(c, dev, th, "Paychecks", "Pay details", ["share"])
        status_bar(c, dev, th, clock, battery)
        tab_bar(c, dev, th, [("home", "Home"), ("dollar", "Pay"), ("clock", "Time off"), ("person", "Profile")], 1)

    return scroll_shots(dev, th, (dev.h - dev.status_h - 44, 83), content, chrome, overlap=76)


CLOCKWISE_BLUE = rgb("#2459D6")


def clockwise_screens(p: PayData, clock: str, battery: int) -> list[Image.Image]:
    """Clockwise HR, an employee app: "Pay details" as grouped lists on grey, year-to-date in its own section;
    the large title scrolls away and a small one appears in the bar on the second shot."""
    dev = IPHONE
    th = Theme(False, CLOCKWISE_BLUE)
    start, end = p.period
    ytd = p.ytd
    freq_words = {"weekly": "Weekly", "biweekly": "Every other week", "semimonthly": "Twice a month",
                  "monthly": "Monthly"}

    def content(c: Canvas, top: float) -> float:
        x0, cw = 16.0, dev.w - 32
        y = top - 40
        text_left(c, x0, y, "Pay details", "UI-B", 31, th.fg)
        text_left(c, x0, y - 24, f"{short_date(p.pay_date)} · {p.employer}", "UI", 14, th.sub)
        y -= 50
        c.setFillColor(th.card)
        c.roundRect(x0, y - 112, cw, 112, 12, stroke=0, fill=1)
        text_left(c, x0 + 16, y - 28, "Take-home pay", "UI", 13, th.sub)
        text_left(c, x0 + 16, y - 64, usd(p.net), "UI-B", 30, th.fg)
        text_left(c, x0 + 16, y - 90, f"Direct deposit · Checking ••{p.account}", "UI", 12.5, th.sub)
        y -= 140
        section_head(c, th, x0 + 4, y, "Pay statement")
        y = rows_card(c, th, x0, y - 8, cw, [("Company", p.employer), ("Employee", p.employee),
                                            ("Employee no.", p.emp_id), ("Pay date", mdy(p.pay_date)),
                                            ("Period", f"{mdy(start)} – {mdy(end)}"),
                                            ("Frequency", freq_words[p.frequency])]) - 30
        section_head(c, th, x0 + 4, y, "Earnings · this period")
        rows = [(k + (f" ({q:.2f} h)" if q else ""), usd(a)) for k, (q, _, a) in p.check.lines.items()]
        y = rows_card(c, th, x0, y - 8, cw, [*rows, ("Gross pay", usd(p.gross))], bold_last=True) - 30
        section_head(c, th, x0 + 4, y, "Taxes · this period")
        y = rows_card(c, th, x0, y - 8, cw, [(k, "-" + usd(v)) for k, v in p.taxes.items()]) - 30
        section_head(c, th, x0 + 4, y, "Deductions · this period")
        rows = [(k, "-" + usd(v)) for k, v in p.wh.deductions]
        y = rows_card(c, th, x0, y - 8, cw, [*rows, ("Net pay", usd(p.net))], bold_last=True) - 30
        section_head(c, th, x0 + 4, y, f"Year to date ({p.pay_date.year})")
        y = rows_card(c, th, x0, y - 8, cw, [("Gross pay", usd(ytd["GROSS"])), ("Taxes", "-" + usd(ytd["TAXES"])),
                                            ("Deductions", "-" + usd(ytd["DEDUCTIONS"])),
                                            ("Net pay", usd(ytd["NET"]))]) - 26
        text_left(c, x0 + 4, y, f"Paycheck {len(p.checks)} of {PERIODS[p.frequency]} this year.", "UI", 11.5,
                  th.sub)
        return y - 20

    def chrome(c: Canvas, k: int) -> None:
        nav_bar(c, dev, th, "Paychecks", "Pay details" if k else None, ["dots"], bg=th.group)
        status_bar(c, dev, th, clock, battery)
        tab_bar(c, dev, th, [("clock", "Schedule"), ("dollar", "Pay"), ("doc", "Requests"), ("dots", "More")], 1)

    return scroll_shots(dev, th, (dev.h - dev.status_h - 44, 83), content, chrome, overlap=60, bg=th.group)


# --- bank data -----------------------------------------------------------------------------------------------


@dataclass
class Txn:
    date: dt.date
    desc: str
    amount: float  # credits positive
    category: str = ""


DEBITS = (("KROGER #0412", "Groceries", 1), ("SHELL OIL 5510", "Gas", 1), ("CITY UTILITIES AUTOPAY", "Utilities", 0),
          ("VERIZON WIRELESS", "Phone", 0), ("WALGREENS #9921", "Pharmacy", 1), ("STATE FARM INS", "Insurance", 0),
          ("ATM WITHDRAWAL", "Cash", 1), ("DOLLAR GENERAL", "Shopping", 1), ("SPOTIFY USA", "Subscriptions", 1),
          ("TACO BELL #3304", "Dining", 1))


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    return start, dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def month_txns(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[Txn],
               debits: Sequence[tuple[str, str, int]] = DEBITS) -> list[Txn]:
    """The period's lines: the given credits and ordinary debits, in date order."""
    out = list(credits)
    span = (end - start).days
    for desc, cat, small in debits:
        amt = r2(rng.uniform(14, 130) if small else rng.uniform(60, 310))
        out.append(Txn(start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt, cat))
    out.sort(key=lambda t: (t.date, -t.amount, t.desc))
    return out


@dataclass
class StatementData:
    bank: str
    holder: str
    address: list[str]
    account: str
    start: dt.date
    end: dt.date
    begin: float
    txns: list[Txn]

    @property
    def ending(self) -> float:
        return r2(self.begin + sum(t.amount for t in self.txns))

    @property
    def deposits(self) -> list[Txn]:
        return [t for t in self.txns if t.amount > 0]

    @property
    def withdrawals(self) -> list[Txn]:
        return [t for t in self.txns if t.amount < 0]

    def balances(self) -> list[float]:
        out, bal = [], self.begin
        for t in self.txns:
            bal = r2(bal + t.amount)
            out.append(bal)
        return out

    def fields(self) -> dict[str, Any]:
        return {"bank_name": self.bank, "account_last4": self.account[-4:], "period_start": self.start.isoformat(),
                "period_end": self.end.isoformat(), "beginning_balance": self.begin, "ending_balance": self.ending}


def statement_data(rng: random.Random, bank: str, holder: str, address: list[str], account: str, year: int,
                   month: int, begin: float, credits: Sequence[Txn]) -> StatementData:
    start, end = month_bounds(year, month)
    return StatementData(bank, holder, address, account, start, end, begin, month_txns(rng, start, end, credits))


def day_heading(d: dt.date, today: dt.date, style: str) -> str:
    if d == today:
        return "Today"
    if d == today - dt.timedelta(days=1):
        return "Yesterday"
    if style == "long":
        return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}"
    return f"{d.strftime('%a')}, {short_date(d, year=False)}"


def recent_activity(rng: random.Random, today: dt.date, days: int, credits: Sequence[Txn],
                    debits: Sequence[tuple[str, str, int]] = DEBITS, per_day: float = 0.8) -> list[Txn]:
    """What an account's activity list shows: the last `days` days of lines, newest first."""
    out = [t for t in credits if today - dt.timedelta(days=days) < t.date <= today]
    for k in range(days):
        d = today - dt.timedelta(days=k)
        if rng.random() < per_day:
            desc, cat, small = rng.choice(list(debits))
            out.append(Txn(d, desc, -r2(rng.uniform(9, 95) if small else rng.uniform(45, 240)), cat))
    out.sort(key=lambda t: (t.date, t.amount, t.desc), reverse=True)
    return out


CATEGORY_COLORS = {"Groceries": "#34C759", "Gas": "#FF9500", "Utilities": "#5AC8FA", "Phone": "#5856D6",
                   "Pharmacy": "#FF2D55", "Insurance": "#AF52DE", "Cash": "#8E8E93", "Shopping": "#FFCC00",
                   "Subscriptions": "#FF3B30", "Dining": "#FF9F0A", "Income": "#30B0C7", "Transfer": "#007AFF",
                   "Mortgage": "#A2845E"}


def txn_icon(c: Canvas, t: Txn, cx: float, cy: float, r: float = 17) -> None:
    c.setFillColor(rgb(CATEGORY_COLORS.get(t.category, "#8E8E93")))
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("UI-B", r * 0.85)
    c.drawCentredString(cx, cy - r * 0.3, t.desc.strip()[0].upper())


def fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


# --- banking app screens -------------------------------------------------------------------------------------


BRIGHTWATER_TEAL = rgb("#3CC8D8")


def brightwater_activity(txns: Sequence[Txn], today: dt.date, available: float, current: float, acct: str,
                         clock: str, battery: int, dark: bool = True) -> list[Image.Image]:
    """Brightwater Bank's app, an account's Activity tab (dark mode at night): balances, then the newest lines
    grouped under day headings - no statement period, no beginning or ending balance."""
    dev = IPHONE
    th = Theme(dark, BRIGHTWATER_TEAL)

    def content(c: Canvas, top: float) -> float:
        x0, cw = 16.0, dev.w - 32
        y = top - 24
        text_left(c, x0, y, "Brightwater Bank", "UI", 13, th.sub)
        text_left(c, x0, y - 26, f"Everyday Checking ••{acct}", "UI-B", 21, th.fg)
        text_left(c, x0, y - 56, "Available balance", "UI", 13, th.sub)
        text_left(c, x0, y - 92, usd(available), "UI-B", 34, th.fg)
        text_left(c, x0, y - 116, f"Current balance {usd(current)}", "UI", 13, th.sub)
        y -= 146
        c.setFillColor(th.card)
        c.roundRect(x0, y - 32, cw, 32, 9, stroke=0, fill=1)
        c.setFillColor(rgb("#3A3A3C") if dark else white)
        c.roundRect(x0 + 2, y - 30, cw / 2 - 2, 28, 7.5, stroke=0, fill=1)
        text_left(c, x0 + cw / 4 - stringWidth("Activity", "UI-B", 13.5) / 2, y - 21, "Activity", "UI-B", 13.5, th.fg)
        text_left(c, x0 + 3 * cw / 4 - stringWidth("Details", "UI", 13.5) / 2, y - 21, "Details", "UI", 13.5, th.fg)
        y -= 48
        c.setFillColor(th.card)
        c.roundRect(x0, y - 36, cw, 36, 10, stroke=0, fill=1)
        icon(c, "search", x0 + 20, y - 18, 14, th.sub)
        text_left(c, x0 + 36, y - 23, "Search transactions", "UI", 15, th.sub)
        y -= 60
        groups: dict[str, list[Txn]] = {}
        for t in txns:
            head = "Pending" if t.category == "Pending" else day_heading(t.date, today, "short")
            groups.setdefault(head, []).append(t)
        for head, items in groups.items():
            section_head(c, th, x0 + 4, y, head)
            y -= 10
            c.setFillColor(th.card)
            c.roundRect(x0, y - 60 * len(items), cw, 60 * len(items), 11, stroke=0, fill=1)
            for i, t in enumerate(items):
                cy = y - 30 - 60 * i
                txn_icon(c, t, x0 + 30, cy)
                text_left(c, x0 + 58, cy + 3, fit(t.desc.title(), "UI", 15, cw - 160), "UI", 15, th.fg)
                text_left(c, x0 + 58, cy - 15, "Pending" if head == "Pending" else t.category, "UI", 12, th.sub)
                amt = ("+" if t.amount > 0 else "") + usd(t.amount)
                text_right(c, x0 + cw - 14, cy - 4, amt, "UI", 15, th.credit if t.amount > 0 else th.fg)
                if i:
                    c.setStrokeColor(th.sep)
                    c.setLineWidth(0.5)
                    c.line(x0 + 58, y - 60 * i, x0 + cw, y - 60 * i)
            y -= 60 * len(items) + 30
        return y

    def chrome(c: Canvas, k: int) -> None:
        nav_bar(c, dev, th, "Accounts", None, ["dots"])
        status_bar(c, dev, th, clock, battery)
        tab_bar(c, dev, th, [("grid", "Accounts"), ("arrows", "Transfer"), ("dollar", "Pay"), ("camera", "Deposit"),
                             ("dots", "More")], 0)

    return scroll_shots(dev, th, (dev.h - dev.status_h - 44, 83), content, chrome, shots=1)


MARIGOLD_ORANGE = rgb("#E0780E")


def marigold_activity(txns: Sequence[Txn], today: dt.date, end_balance: float, acct: str, clock: str,
                      battery: int, shots: int = 2) -> list[Image.Image]:
    """Marigold Federal Credit Union's app: a share draft account's history with the RUNNING BALANCE under each
    amount, days as bold headings - still no statement period or beginning / ending balance."""
    dev = IPHONE
    th = Theme(False, MARIGOLD_ORANGE)
    bals = []
    bal = end_balance
    for t in txns:  # newest first: the balance after each line
        bals.append(bal)
        bal = r2(bal - t.amount)

    def content(c: Canvas, top: float) -> float:
        x0, cw = 18.0, dev.w - 36
        y = top - 18
        c.setFillColor(MARIGOLD_ORANGE)
        for k in range(8):
            a = k * math.pi / 4
            c.circle(x0 + 14 + 7 * math.cos(a), y - 12 + 7 * math.sin(a), 5, stroke=0, fill=1)
        c.setFillColor(rgb("#7A3E00"))
        c.circle(x0 + 14, y - 12, 4, stroke=0, fill=1)
        text_left(c, x0 + 34, y - 17, "Marigold Federal Credit Union", "UI-B", 14, th.fg)
        y -= 44
        c.setFillColor(rgb("#FFF4E8"))
        c.roundRect(x0, y - 96, cw, 96, 14, stroke=0, fill=1)
        text_left(c, x0 + 16, y - 26, "Share Draft Checking", "UI-B", 16, th.fg)
        text_right(c, x0 + cw - 16, y - 26, f"••{acct}", "UI", 14, th.sub)
        text_left(c, x0 + 16, y - 50, "Available", "UI", 12.5, th.sub)
        text_left(c, x0 + 16, y - 80, usd(end_balance), "UI-B", 26, th.fg)
        y -= 120
        text_left(c, x0, y, "History", "UI-B", 20, th.fg)
        icon(c, "search", x0 + cw - 10, y + 6, 16, MARIGOLD_ORANGE)
        y -= 16
        last_day = None
        for t, b in zip(txns, bals, strict=True):
            if t.date != last_day:
                y -= 22
                text_left(c, x0, y, day_heading(t.date, today, "long"), "UI-B", 14, th.fg)
                y -= 10
                c.setStrokeColor(th.sep)
                c.setLineWidth(0.5)
                c.line(x0, y, x0 + cw, y)
                last_day = t.date
            text_left(c, x0, y - 22, fit(t.desc, "UI", 14.5, cw - 130), "UI", 14.5, th.fg)
            text_left(c, x0, y - 40, t.category, "UI", 12, th.sub)
            amt = ("+" if t.amount > 0 else "-") + "$" + money(abs(t.amount))
            text_right(c, x0 + cw, y - 22, amt, "UI-B" if t.amount > 0 else "UI", 14.5,
                       th.credit if t.amount > 0 else th.fg)
            text_right(c, x0 + cw, y - 40, f"Bal {usd(b)}", "UI", 12, th.sub)
            y -= 54
            c.setStrokeColor(th.sep)
            c.line(x0, y, x0 + cw, y)
        return y - 20

    def chrome(c: Canvas, k: int) -> None:
        nav_bar(c, dev, th, "Back", None, ["share"])
        status_bar(c, dev, th, clock, battery)
        tab_bar(c, dev, th, [("home", "Home"), ("arrows", "Move Money"), ("camera", "Deposit"), ("card", "Cards"),
                             ("dots", "Menu")], 0)

    return scroll_shots(dev, th, (dev.h - dev.status_h - 44, 83), content, chrome, overlap=90, shots=shots)


LARCH_GREEN = rgb("#2F6B3A")


def larch_mark(c: Canvas, x: float, y: float, s: float, color: Color) -> None:
    c.setFillColor(color)
    for i in range(3):
        p = c.beginPath()
        w = s * (0.35 + 0.18 * i)
        yy = y + s - i * s * 0.28
        p.moveTo(x, yy)
        p.lineTo(x - w, yy - s * 0.42)
        p.lineTo(x + w, yy - s * 0.42)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    c.rect(x - s * 0.06, y - s * 0.12, s * 0.12, s * 0.22, stroke=0, fill=1)


def larchmont_statement(st: StatementData, clock: str, battery: int, dark: bool) -> list[Image.Image]:
    """Larchmont Savings Bank's app, Statements > a month: the statement as a native screen - bank, account,
    statement period, a summary with beginning and ending balance, every line with the balance after it -
    scrolled through in three or four shots."""
    dev = IPHONE
    accent = rgb("#6FCF7F") if dark else LARCH_GREEN
    th = Theme(dark, accent)
    bals = st.balances()

    def content(c: Canvas, top: float) -> float:
        x0, cw = 16.0, dev.w - 32
        y = top - 16
        larch_mark(c, x0 + 12, y - 26, 22, accent)
        text_left(c, x0 + 32, y - 18, "Larchmont Savings Bank", "UI-B", 15, th.fg)
        y -= 60
        text_left(c, x0, y, "Monthly statement", "UI-B", 25, th.fg)
        text_left(c, x0, y - 24, f"Personal Checking ••{st.account[-4:]}", "UI", 15, th.sub)
        y -= 50
        text_left(c, x0, y, st.holder.upper(), "UI-B", 12.5, th.fg)
        for i, ln in enumerate(st.address):
            text_left(c, x0, y - 16 - 15 * i, ln.upper(), "UI", 12, th.sub)
        y -= 16 + 15 * len(st.address) + 12
        y = rows_card(c, th, x0, y, cw, [("Statement period", f"{mdy(st.start)} - {mdy(st.end)}"),
                                         ("Account number", f"XXXXXX{st.account[-4:]}")], size=13.5) - 26
        section_head(c, th, x0 + 4, y, "Summary")
        y = rows_card(c, th, x0, y - 8, cw, [
            ("Beginning balance", usd(st.begin)),
            (f"Deposits and credits ({len(st.deposits)})", "+" + usd(sum(t.amount for t in st.deposits))),
            (f"Withdrawals and debits ({len(st.withdrawals)})", "-" + usd(-sum(t.amount for t in st.withdrawals))),
            ("Ending balance", usd(st.ending))], bold_last=True) - 28
        section_head(c, th, x0 + 4, y, "Transactions", [(dev.w - 126, "Amount"), (dev.w - 30, "Balance")])
        rows = [(st.start, "Beginning balance", None, st.begin)]
        rows += [(t.date, t.desc, t.amount, b) for t, b in zip(st.txns, bals, strict=True)]
        rows.append((st.end, "Ending balance", None, st.ending))
        c.setFillColor(th.card)
        c.roundRect(x0, y - 8 - 52 * len(rows), cw, 52 * len(rows), 11, stroke=0, fill=1)
        yy = y - 8
        for i, (d, desc, amt, bal) in enumerate(rows):
            text_left(c, x0 + 12, yy - 19, d.strftime("%b %d"), "UI", 11.5, th.sub)
            bold = amt is None
            text_left(c, x0 + 12, yy - 38, fit(desc, "UI", 13.5, cw - 190), "UI-B" if bold else "UI", 13.5, th.fg)
            if amt is not None:
                text_right(c, dev.w - 126, yy - 38, ("+" if amt > 0 else "-") + money(abs(amt)), "UI", 13.5,
                           th.credit if amt > 0 else th.fg)
            text_right(c, dev.w - 30, yy - 38, money(bal), "UI-B" if bold else "UI", 13.5, th.fg)
            if i:
                c.setStrokeColor(th.sep)
                c.setLineWidth(0.5)
                c.line(x0 + 12, yy, x0 + cw, yy)
            yy -= 52
        y = yy - 26
        for ln in ("Larchmont Savings Bank · Member FDIC", "Statement shown in the app.",
                   "Tap Download PDF to save a copy for your records."):
            text_left(c, x0 + 4, y, ln, "UI", 11.5, th.sub)
            y -= 17
        return y

    def chrome(c: Canvas, k: int) -> None:
        nav_bar(c, dev, th, "Statements", st.start.strftime("%B %Y"), ["share"], bg=th.group)
        status_bar(c, dev, th, clock, battery)
        c.setFillColor(th.bar)
        c.rect(0, 0, dev.w, 84, stroke=0, fill=1)
        c.setStrokeColor(th.sep)
        c.setLineWidth(0.5)
        c.line(0, 84, dev.w, 84)
        c.setFillColor(accent)
        c.roundRect(24, 30, dev.w - 48, 42, 12, stroke=0, fill=1)
        text_left(c, dev.w / 2 - stringWidth("Download PDF", "UI-B", 16) / 2, 45, "Download PDF", "UI-B", 16,
                  black if dark else white)
        home_indicator(c, dev, th)

    return scroll_shots(dev, th, (dev.h - dev.status_h - 44, 84), content, chrome, overlap=70, bg=th.group)


# --- other phone screens -------------------------------------------------------------------------------------


ZIPTO_PURPLE = rgb("#6D28D9")


def zipto_earnings(driver: str, week_start: dt.date, days: Sequence[float], trips: int, online: str,
                   tips: float, bonus: float, payouts: Sequence[tuple[dt.date, float]], acct: str, clock: str,
                   battery: int) -> list[Image.Image]:
    """Zipto Driver, a ride and delivery app: the Earnings tab for one week - a bar chart by day, the week's
    total and its breakdown, recent payouts. A gig worker's screen, not an employer's pay stub."""
    dev = IPHONE
    th = Theme(False, ZIPTO_PURPLE)
    total = r2(sum(days))
    fares = r2(total - tips - bonus)

    def content(c: Canvas, top: float) -> float:
        x0, cw = 18.0, dev.w - 36
        y = top - 40
        text_left(c, x0, y, "Earnings", "UI-B", 31, th.fg)
        text_right(c, x0 + cw, y + 6, driver.split()[0], "UI", 14, th.sub)
        y -= 40
        c.setFillColor(rgb("#F1EBFD"))
        c.roundRect(x0, y - 34, cw, 34, 17, stroke=0, fill=1)
        week_end = week_start + dt.timedelta(days=6)
        label = f"{short_date(week_start, year=False)} – {short_date(week_end, year=False)}"
        text_left(c, x0 + cw / 2 - stringWidth(label, "UI-B", 15) / 2, y - 22, label, "UI-B", 15, ZIPTO_PURPLE)
        icon(c, "back", x0 + 22, y - 17, 12, ZIPTO_PURPLE)
        icon(c, "forward", x0 + cw - 22, y - 17, 12, ZIPTO_PURPLE)
        y -= 82
        text_left(c, x0 + cw / 2 - stringWidth(usd(total), "UI-B", 40) / 2, y, usd(total), "UI-B", 40, th.fg)
        y -= 30
        peak = max(days) or 1
        bw = cw / 7
        for i, v in enumerate(days):
            hgt = 120 * v / peak
            c.setFillColor(ZIPTO_PURPLE if v == peak else rgb("#B9A2F0"))
            c.roundRect(x0 + i * bw + bw * 0.2, y - 140, bw * 0.6, max(hgt, 3), 4, stroke=0, fill=1)
            d = week_start + dt.timedelta(days=i)
            text_left(c, x0 + i * bw + bw / 2 - stringWidth(d.strftime("%a")[0], "UI", 12) / 2, y - 158,
                      d.strftime("%a")[0], "UI", 12, th.sub)
        y -= 190
        for i, (k, v) in enumerate((("Trips", str(trips)), ("Online", online), ("Tips", usd(tips)))):
            xx = x0 + i * cw / 3
            text_left(c, xx + 8, y, k, "UI", 12.5, th.sub)
            text_left(c, xx + 8, y - 22, v, "UI-B", 17, th.fg)
        y -= 50
        section_head(c, th, x0 + 2, y, "Breakdown")
        y = rows_card(c, Theme(False, ZIPTO_PURPLE), x0, y - 8, cw,
                      [("Trip fares", usd(fares)), ("Customer tips", usd(tips)), ("Quests and boosts", usd(bonus)),
                       ("Total earnings", usd(total))], bold_last=True) - 30
        section_head(c, th, x0 + 2, y, "Payouts")
        rows = [(f"{weekday_date(d)} · Weekly", f"{usd(a)}") for d, a in payouts]
        y = rows_card(c, th, x0, y - 8, cw, rows) - 20
        text_left(c, x0 + 2, y, f"Paid to Larchmont ••{acct} every Tuesday.", "UI", 12, th.sub)
        text_left(c, x0 + 2, y - 17, "Zipto drivers are independent contractors.", "UI", 12, th.sub)
        return y - 30

    def chrome(c: Canvas, k: int) -> None:
        c.setFillColor(th.group)
        c.rect(0, dev.h - dev.status_h, dev.w, dev.status_h, stroke=0, fill=1)
        status_bar(c, dev, th, clock, battery)
        tab_bar(c, dev, th, [("home", "Drive"), ("chart", "Earnings"), ("doc", "Inbox"), ("person", "Account")], 1)

    return scroll_shots(dev, th, (dev.h - dev.status_h, 83), content, chrome, shots=1, bg=th.group)


NOTES_YELLOW = rgb("#D9A400")


def notes_screens(lines: Sequence[str], stamp: str, clock: str, battery: int, dark: bool) -> list[Image.Image]:
    """A letter typed in the phone's notes app and screenshotted: the note's first line as its bold title, the
    app's grey time stamp over it, one or more shots while scrolling down."""
    dev = IPHONE
    th = Theme(dark, rgb("#FFD60A") if dark else NOTES_YELLOW)
    width = dev.w - 40

    def content(c: Canvas, top: float) -> float:
        y = top - 22
        text_left(c, dev.w / 2 - stringWidth(stamp, "UI", 12.5) / 2, y, stamp, "UI", 12.5, th.sub)
        y -= 40
        first = True
        for para in lines:
            if not para:
                y -= 12
                continue
            font, size, lead = ("UI-B", 23, 30) if first else ("UI", 16.5, 23)
            for ln in wrap(para, font, size, width):
                text_left(c, 20, y, ln, font, size, th.fg)
                y -= lead
            first = False
        return y - 30

    def chrome(c: Canvas, k: int) -> None:
        nav_bar(c, dev, th, "Notes", None, ["more", "share"])
        status_bar(c, dev, th, clock, battery)
        c.setFillColor(th.bg)
        c.rect(0, 0, dev.w, 78, stroke=0, fill=1)
        for i, kind in enumerate(("checklist", "camera", "pen", "compose")):
            icon(c, kind, 36 + i * (dev.w - 72) / 3, 52, 22, th.accent)
        home_indicator(c, dev, th)

    return scroll_shots(dev, th, (dev.h - dev.status_h - 44, 78), content, chrome, overlap=46)


def safari_chrome(c: Canvas, dev: Device, th: Theme, host: str) -> None:
    """Safari on the phone: the address bar and the toolbar at the bottom."""
    c.setFillColor(rgb("#F7F7F7"))
    c.rect(0, 0, dev.w, 104, stroke=0, fill=1)
    c.setStrokeColor(th.sep)
    c.setLineWidth(0.5)
    c.line(0, 104, dev.w, 104)
    c.setFillColor(rgb("#E4E4E8"))
    c.roundRect(14, 58, dev.w - 28, 38, 12, stroke=0, fill=1)
    text_left(c, 28, 72, "AA", "UI-B", 12, th.fg)
    w = stringWidth(host, "UI", 15)
    icon(c, "lock", dev.w / 2 - w / 2 - 10, 77, 10, th.sub)
    text_left(c, dev.w / 2 - w / 2, 72, host, "UI", 15, th.fg)
    for i, kind in enumerate(("back", "forward", "share", "book", "tabs")):
        icon(c, kind, 34 + i * (dev.w - 68) / 4, 36, 20, rgb("#0A84FF") if kind != "forward" else th.sub)
    home_indicator(c, dev, th)


def obituary_screens(name: str, born: dt.date, died: dt.date, town: str, paras: Sequence[str],
                     service: Sequence[str], home: str, host: str, clock: str, battery: int) -> list[Image.Image]:
    """A funeral home's obituary page read in the phone's browser, screenshotted twice while scrolling."""
    dev = IPHONE
    th = Theme(False, rgb("#23403A"))
    green = rgb("#23403A")

    def content(c: Canvas, top: float) -> float:
        x0, cw = 20.0, dev.w - 40
        c.setFillColor(green)
        c.rect(0, top - 64, dev.w, 64, stroke=0, fill=1)
        text_left(c, x0, top - 30, home, "SER-B", 15.5, white)
        text_left(c, x0, top - 49, "FUNERAL HOME & CREMATION SERVICES", "UI", 8.5, rgb("#CFE3DC"))
        for i in range(3):
            c.setFillColor(white)
            c.rect(dev.w - 42, top - 26 - i * 7, 22, 2.2, stroke=0, fill=1)
        y = top - 96
        text_left(c, x0, y, "Home  ›  Obituaries", "UI", 12, th.sub)
        y -= 26
        c.setFillColor(rgb("#DADDE0"))
        c.roundRect(dev.w / 2 - 80, y - 200, 160, 200, 8, stroke=0, fill=1)
        c.setFillColor(rgb("#A7ADB3"))
        c.circle(dev.w / 2, y - 80, 34, stroke=0, fill=1)
        c.wedge(dev.w / 2 - 62, y - 250, dev.w / 2 + 62, y - 120, 30, 120, stroke=0, fill=1)
        y -= 236
        for ln in wrap(name, "SER-B", 25, cw):
            text_left(c, dev.w / 2 - stringWidth(ln, "SER-B", 25) / 2, y, ln, "SER-B", 25, th.fg)
            y -= 30
        dates = f"{long_date(born)} – {long_date(died)}"
        text_left(c, dev.w / 2 - stringWidth(dates, "SER-I", 14) / 2, y, dates, "SER-I", 14, th.sub)
        y -= 20
        text_left(c, dev.w / 2 - stringWidth(town, "UI", 13) / 2, y, town, "UI", 13, th.sub)
        y -= 38
        for para in paras:
            for ln in wrap(para, "SER", 15.5, cw):
                text_left(c, x0, y, ln, "SER", 15.5, th.fg)
                y -= 23
            y -= 12
        y -= 8
        text_left(c, x0, y, "Service information", "SER-B", 19, th.fg)
        y -= 28
        for ln in service:
            for part in wrap(ln, "UI", 14.5, cw):
                text_left(c, x0, y, part, "UI", 14.5, th.fg)
                y -= 21
        y -= 20
        c.setFillColor(green)
        c.roundRect(x0, y - 44, cw, 44, 10, stroke=0, fill=1)
        text_left(c, dev.w / 2 - stringWidth("Share a memory", "UI-B", 16) / 2, y - 28, "Share a memory", "UI-B", 16,
                  white)
        return y - 80

    def chrome(c: Canvas, k: int) -> None:
        c.setFillColor(green if k == 0 else white)
        c.rect(0, dev.h - dev.status_h, dev.w, dev.status_h, stroke=0, fill=1)
        status_bar(c, dev, Theme(k == 0, green), clock, battery)
        safari_chrome(c, dev, th, host)

    return scroll_shots(dev, th, (dev.h - dev.status_h, 104), content, chrome, overlap=80)


WORKNEST_NAVY = rgb("#1F3A5F")


def worknest_tablet(p: PayData, dept: str, clock: str, day: str, battery: int) -> Image.Image:
    """An employer's self-service site (WorkNest) open in Safari on an iPad held sideways: one landscape
    screenshot of a pay statement - a side menu, the statement's facts in cards, earnings beside taxes and
    deductions, a Current / Year-to-date summary strip."""
    dev = IPAD
    th = Theme(False, rgb("#0A84FF"))
    start, end = p.period
    ytd = p.ytd
    freq_words = {"weekly": "Weekly", "biweekly": "Biweekly", "semimonthly": "Semimonthly", "monthly": "Monthly"}

    def draw(c: Canvas) -> None:
        c.setFillColor(white)
        c.rect(0, 0, dev.w, dev.h, stroke=0, fill=1)
        # Safari's bar
        bar_bottom = dev.h - dev.status_h - 46
        c.setFillColor(rgb("#F6F6F7"))
        c.rect(0, bar_bottom, dev.w, dev.h - bar_bottom, stroke=0, fill=1)
        c.setStrokeColor(th.sep)
        c.setLineWidth(0.5)
        c.line(0, bar_bottom, dev.w, bar_bottom)
        status_bar(c, dev, th, clock, battery, day)
        yb = bar_bottom + 23
        for i, kind in enumerate(("sidebar", "back", "forward")):
            icon(c, kind, 30 + i * 40, yb, 20, rgb("#0A84FF") if kind != "forward" else th.sub)
        c.setFillColor(rgb("#E6E6EA"))
        c.roundRect(dev.w / 2 - 230, yb - 16, 460, 32, 9, stroke=0, fill=1)
        host = "ess.worknest.app"
        hw = stringWidth(host, "UI", 14)
        icon(c, "lock", dev.w / 2 - hw / 2 - 10, yb + 1, 10, th.sub)
        text_left(c, dev.w / 2 - hw / 2, yb - 5, host, "UI", 14, th.fg)
        for i, kind in enumerate(("share", "plus", "tabs")):
            icon(c, kind, dev.w - 110 + i * 40, yb, 20, rgb("#0A84FF"))
        # the site: a side menu and the statement
        top = bar_bottom
        c.setFillColor(WORKNEST_NAVY)
        c.rect(0, 0, 210, top, stroke=0, fill=1)
        text_left(c, 24, top - 40, "WorkNest", "UI-B", 20, white)
        text_left(c, 24, top - 58, p.employer, "UI", 10.5, rgb("#BFD0E6"))
        for i, item in enumerate(("Home", "Pay", "Time", "Benefits", "Tax forms", "Profile")):
            yy = top - 100 - i * 38
            if item == "Pay":
                c.setFillColor(rgb("#2E5585"))
                c.roundRect(12, yy - 12, 186, 32, 7, stroke=0, fill=1)
            text_left(c, 28, yy, item, "UI-B" if item == "Pay" else "UI", 14, white)
        x0 = 240
        mw = dev.w - x0 - 30
        y = top - 34
        text_left(c, x0, y, f"Pay  ›  Pay statements  ›  {short_date(p.pay_date)}", "UI", 12, th.sub)
        y -= 34
        text_left(c, x0, y, "Pay statement", "UI-B", 26, th.fg)
        c.setFillColor(rgb("#EEF3FA"))
        c.roundRect(x0 + mw - 170, y - 6, 170, 32, 8, stroke=0, fill=1)
        text_left(c, x0 + mw - 152, y + 5, "Download PDF", "UI-B", 13, rgb("#1F5FBF"))
        y -= 24
        cards = [("Company", p.employer, "Employee", p.employee),
                 ("Employee ID", p.emp_id, "Department", dept),
                 ("Pay date", mdy(p.pay_date), "Pay frequency", freq_words[p.frequency]),
                 ("Period start", mdy(start), "Period end", mdy(end))]
        widths = [mw - 190 - 3 * 156, 156, 156, 156]
        xx = x0
        for (k1, v1, k2, v2), cw in zip(cards, widths, strict=True):
            c.setStrokeColor(th.sep)
            c.setFillColor(white)
            c.roundRect(xx, y - 106, cw - 10, 100, 8, stroke=1, fill=1)
            text_left(c, xx + 12, y - 26, k1, "UI", 11, th.sub)
            text_left(c, xx + 12, y - 44, fit(v1, "UI-B", 13, cw - 30), "UI-B", 13, th.fg)
            text_left(c, xx + 12, y - 70, k2, "UI", 11, th.sub)
            text_left(c, xx + 12, y - 88, fit(v2, "UI-B", 13, cw - 30), "UI-B", 13, th.fg)
            xx += cw
        c.setFillColor(rgb("#E8F5EC"))
        c.roundRect(x0 + mw - 180, y - 106, 180, 100, 8, stroke=0, fill=1)
        text_left(c, x0 + mw - 166, y - 30, "Net pay", "UI", 12, th.sub)
        text_left(c, x0 + mw - 166, y - 62, usd(p.net), "UI-B", 24, rgb("#1E7A3A"))
        text_left(c, x0 + mw - 166, y - 86, f"Deposit ••{p.account}", "UI", 11, th.sub)
        y -= 134

        def table(xx: float, ww: float, title: str, head: Sequence[str], rows: Sequence[Sequence[str]],
                  yy: float) -> float:
            text_left(c, xx, yy, title, "UI-B", 14, th.fg)
            yy -= 20
            c.setFillColor(rgb("#F3F4F6"))
            c.rect(xx, yy - 6, ww, 20, stroke=0, fill=1)
            cols = [xx + 8] + [xx + ww - 8 - (len(head) - 1 - j) * (ww * 0.19) for j in range(1, len(head))]
            for j, hd in enumerate(head):
                (text_left if j == 0 else text_right)(c, cols[j], yy, hd, "UI-B", 10.5, th.sub)
            yy -= 22
            for r in rows:
                bold = r[0].startswith(("Gross", "Total"))
                for j, v in enumerate(r):
                    (text_left if j == 0 else text_right)(c, cols[j], yy, v, "UI-B" if bold else "UI", 12, th.fg)
                c.setStrokeColor(th.sep)
                c.line(xx, yy - 7, xx + ww, yy - 7)
                yy -= 22
            return yy

        earn = [[k, f"{q:.2f}" if q else "", f"{rt:.2f}" if q else "", money(a) if a else "", money(yv)]
                for k, q, rt, a, yv in p.earning_rows()]
        earn.append(["Gross pay", "", "", money(p.gross), money(ytd["GROSS"])])
        half = (mw - 24) / 2
        table(x0, half, "Earnings", ["Description", "Hours", "Rate", "Current", "YTD"], earn, y)
        taxes = [[k, money(v), money(ytd[k])] for k, v in p.taxes.items()]
        taxes.append(["Total taxes", money(sum(p.taxes.values())), money(ytd["TAXES"])])
        yy = table(x0 + half + 24, half, "Taxes", ["Tax", "Current", "YTD"], taxes, y)
        if p.wh.deductions:
            ded = [[k, money(v), money(ytd[k])] for k, v in p.wh.deductions]
            table(x0 + half + 24, half, "Deductions", ["Deduction", "Current", "YTD"], ded, yy - 16)
        # summary strip
        sy = 70
        heads = ["", "Gross pay", "Taxes", "Deductions", "Net pay"]
        cur = ["Current", money(p.gross), money(sum(p.taxes.values())), money(sum(v for _, v in p.wh.deductions)),
               money(p.net)]
        yv = ["Year to date", money(ytd["GROSS"]), money(ytd["TAXES"]), money(ytd["DEDUCTIONS"]), money(ytd["NET"])]
        sw = mw / 5
        c.setFillColor(rgb("#F3F4F6"))
        c.rect(x0, sy + 36, mw, 22, stroke=0, fill=1)
        for j in range(5):
            xx = x0 + j * sw
            if j:
                text_right(c, xx + sw - 12, sy + 43, heads[j], "UI-B", 11, th.sub)
                text_right(c, xx + sw - 12, sy + 16, cur[j], "UI", 13, th.fg)
                text_right(c, xx + sw - 12, sy - 6, yv[j], "UI-B", 13, th.fg)
            else:
                text_left(c, xx + 8, sy + 16, cur[0], "UI-B", 12, th.fg)
                text_left(c, xx + 8, sy - 6, yv[0], "UI-B", 12, th.fg)
        home_indicator(c, dev, th)

    return screen_image(dev, draw)


# --- applications --------------------------------------------------------------------------------------------


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
    occupancy: str | None  # None: the borrower left the question unanswered
    hardships: list[str]
    start: dt.date
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_email: str = ""
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    checking: float = 640.00
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
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


FERN_GREEN = rgb("#1D5E4B")
FERN_REASONS = ("I lost my job or I am unemployed", "My income went down (fewer hours, less pay, no overtime)",
                "My housing costs went up (taxes, insurance, HOA)", "A disaster damaged my home or my workplace",
                "Illness or disability (me, a co-borrower or a dependent)", "Divorce or legal separation",
                "Separation from a co-owner I am not married to", "A borrower or a wage earner died",
                "My job moved me far away (transfer or relocation)", "Something else (tell us below)")
FERN_INCOME = ("Pay from a job (wages, salary, overtime, tips, bonus)", "Self-employment or gig work",
               "Unemployment benefits", "Social Security, pension or disability - taxable",
               "Social Security or disability - non-taxable", "Rent you receive (after expenses other than mortgage)",
               "Investments or insurance", "Other (alimony, child support, other)")
FERN_USE = ("I live here - it is my primary residence", "Second home or vacation home", "Rental or investment property")
FERN_DURATION = ("6 months or less", "More than 6 months", "It is over - resolved")


def check_mark(c: Canvas, x: float, y: float, s: float, color: Color = black, width: float = 1.8) -> None:
    """A phone PDF app's tick, centred on (x, y)."""
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    p.moveTo(x - s * 0.45, y)
    p.lineTo(x - s * 0.12, y - s * 0.35)
    p.lineTo(x + s * 0.5, y + s * 0.45)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def fern_mark(c: Canvas, x: float, y: float, s: float) -> None:
    c.setFillColor(white)
    for i in range(6):
        for side in (-1, 1):
            c.ellipse(x + side * (2 + s * 0.05 * (6 - i)), y + i * s * 0.14, x + side * (s * 0.08 * (7 - i)),
                      y + i * s * 0.14 + s * 0.07, stroke=0, fill=1)
    c.setStrokeColor(white)
    c.setLineWidth(1.1)
    c.line(x, y - s * 0.1, x, y + s * 0.9)


def ferncastle_form(app: App, printed_on: dt.datetime, request_id: str) -> Paper:
    """Ferncastle Mortgage Servicing's "Homeowner Help Request" (FMS-HH3): a mobile-friendly one-column web form,
    printed blank from the phone's browser (the browser's date, the page title, the address and "n/3" in the
    margins), then filled in a phone PDF app - answers typed in the app's font over the boxes, choices ticked, a
    FINGER-DRAWN signature and a typed date - and saved flattened."""
    rng = random.Random(app.seed * 31 + 5)
    x0, cw = 126.0, 360.0
    url = f"https://www.ferncastlemortgage.com/help/request?id={request_id}&print=1"
    stamp = f"{printed_on.month}/{printed_on.day}/{printed_on.strftime('%y')}, " \
            f"{printed_on.strftime('%I:%M %p').lstrip('0')}"

    def chrome(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 8)
        c.setFillColor(black)
        c.drawString(24, 776, stamp)
        c.drawCentredString(W / 2, 776, "Homeowner Help Request | Ferncastle Mortgage Servicing")
        c.drawString(24, 18, url)
        c.drawRightString(W - 24, 18, f"{n}/3")

    def typed(c: Canvas, x: float, y: float, text: str) -> None:
        c.setFont("Helvetica", 11)
        c.setFillColor(black)
        c.drawString(x + rng.uniform(-1.5, 2.5), y + rng.uniform(-1.5, 1.5), text)

    def tick(c: Canvas, x: float, y: float) -> None:
        check_mark(c, x + rng.uniform(-1.5, 1.5), y + rng.uniform(-1.5, 1.5), 11)

    def head(c: Canvas, y: float, num: int, title: str) -> float:
        c.setFillColor(FERN_GREEN)
        c.circle(x0 + 9, y + 4, 9, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(x0 + 9, y + 0.5, str(num))
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0 + 24, y, title)
        c.setStrokeColor(rgb("#C9D6D1"))
        c.setLineWidth(0.8)
        c.line(x0, y - 8, x0 + cw, y - 8)
        return y - 28

    def box(c: Canvas, x: float, y: float, w: float, label: str, answer: str = "", h: float = 20) -> float:
        c.setFillColor(rgb("#333333"))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, y, label)
        c.setStrokeColor(rgb("#9AA5A1"))
        c.setLineWidth(0.8)
        c.setFillColor(white)
        c.roundRect(x, y - 6 - h, w, h, 4, stroke=1, fill=1)
        if answer:
            typed(c, x + 6, y - 6 - h + 6, answer)
        return y - 14 - h - 2

    def option(c: Canvas, y: float, text: str, chosen: bool, square: bool = False) -> float:
        c.setStrokeColor(rgb("#9AA5A1"))
        c.setLineWidth(0.8)
        c.setFillColor(white)
        c.roundRect(x0, y - 6, cw, 20, 5, stroke=1, fill=1)
        if square:
            c.rect(x0 + 8, y - 1, 9, 9, stroke=1, fill=0)
        else:
            c.circle(x0 + 12.5, y + 3.5, 4.8, stroke=1, fill=0)
        c.setFillColor(black)
        c.setFont("Helvetica", 9.5)
        c.drawString(x0 + 24, y, text)
        if chosen:
            tick(c, x0 + 12.5, y + 3.5)
        return y - 23

    def site_header(c: Canvas, y: float) -> float:
        c.setFillColor(FERN_GREEN)
        c.rect(x0, y - 36, cw, 36, stroke=0, fill=1)
        fern_mark(c, x0 + 18, y - 30, 26)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(x0 + 36, y - 17, "Ferncastle")
        c.setFont("Helvetica", 7)
        c.drawString(x0 + 36, y - 28, "MORTGAGE SERVICING")
        c.setFont("Helvetica", 8)
        c.drawRightString(x0 + cw - 10, y - 22, "Menu")
        return y - 36

    def page1(c: Canvas) -> list[Mark]:
        chrome(c, 1)
        y = site_header(c, 760) - 30
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(x0, y, "Homeowner Help Request")
        y = paragraphs(c, x0, y - 18, cw, [
            f"Form FMS-HH3 · Request {request_id}. Fill in every box, sign page 3 and send all three pages with "
            "the documents on our checklist. Upload at ferncastlemortgage.com/upload, e-mail help@ferncastle"
            "mortgage.com or mail PO Box 2210, Tacoma, WA 98401."], font="Helvetica", size=8.5, leading=11) - 10
        y = head(c, y, 1, "About you")
        y = box(c, x0, y, cw, "Loan number", app.loan)
        y = box(c, x0, y, cw, "Your full name", app.borrower)
        y = box(c, x0, y, 150, "Last 4 digits of your Social Security number", app.ssn[-4:])
        y = box(c, x0, y, cw, "Mobile phone", app.phone)
        y = box(c, x0, y, cw, "Email", app.email) - 6
        y = head(c, y, 2, "Co-borrower")
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, y, "Is someone else on this loan with you? Tell us who. Leave blank if not.")
        y -= 16
        y = box(c, x0, y, cw, "Co-borrower's full name", app.co or "")
        y = box(c, x0, y, 150, "Co-borrower's SSN - last 4 digits", (app.co_ssn or "")[-4:]) - 6
        y = head(c, y, 3, "Your home")
        y = box(c, x0, y, cw, "Street address of the home", app.street)
        y = box(c, x0, y, cw, "City", app.city)
        box(c, x0, y, 110, "State", app.state)
        y = box(c, x0 + 126, y, 130, "ZIP code", app.zip)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y, "How do you use this home? (choose one)")
        y -= 18
        for i, text in enumerate(FERN_USE):
            y = option(c, y, text, app.occupancy == OCCUPANCIES[i])
        return []

    def page2(c: Canvas) -> list[Mark]:
        chrome(c, 2)
        y = 740.0
        c.setFont("Helvetica", 8.5)
        c.drawRightString(x0 + cw, y + 8, f"Loan number: {app.loan}")
        y = head(c, y - 10, 4, "What happened")
        y = box(c, x0, y, 170, "When did your hardship start? (MM/DD/YYYY)", mdy(app.start))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y, "How long do you expect it to last? (choose one)")
        y -= 18
        for text, code in zip(FERN_DURATION, ("short", "long", "resolved"), strict=True):
            y = option(c, y, text, app.duration == code)
        y -= 4
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y, "What caused it? (check all that apply)")
        y -= 18
        for i, text in enumerate(FERN_REASONS):
            y = option(c, y, text, HARDSHIPS[i] in app.hardships, square=True)
        y = box(c, x0, y - 4, cw, "If something else, tell us what happened", app.other_text)
        return []

    def page3(c: Canvas) -> list[Mark]:
        chrome(c, 3)
        y = 740.0
        c.setFont("Helvetica", 8.5)
        c.drawRightString(x0 + cw, y + 8, f"Loan number: {app.loan}")
        y = head(c, y - 10, 5, "Monthly income before taxes")
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, y, "Everyone on the loan together. Enter 0 or leave blank for any you do not have.")
        y -= 16
        for k, label in zip(INCOMES, FERN_INCOME, strict=True):
            amount = app.income.get(k, 0.0)
            y = box(c, x0, y, cw, label, ("$" + money(amount)) if amount > 0 else "", h=18)
        y = box(c, x0, y, cw, "Total monthly income", "$" + money(app.total), h=18) - 4
        y = head(c, y, 6, "Sign")
        y = paragraphs(c, x0, y, cw, [
            "I certify that what I wrote is true and that the hardship contributed to my need for help. I agree to "
            "send the documents Ferncastle asks for and I consent to a credit report for each borrower."],
            font="Helvetica", size=8, leading=10) - 4
        for role, name, signs, dates, k in (("Borrower", app.borrower, app.b_signs, app.b_dates, 0),
                                             ("Co-borrower", app.co or "", bool(app.co) and app.co_signs,
                                              bool(app.co) and app.co_signs, 1)):
            c.setFont("Helvetica-Bold", 9)
            c.setFillColor(rgb("#333333"))
            c.drawString(x0, y, f"{role} signature - sign with your finger or mouse")
            c.setStrokeColor(rgb("#9AA5A1"))
            c.setDash(3, 2)
            c.setFillColor(white)
            c.roundRect(x0, y - 52, 228, 46, 5, stroke=1, fill=1)
            c.setDash()
            c.setFont("Helvetica", 7)
            c.setFillColor(rgb("#8A9490"))
            c.drawString(x0 + 4, y - 49, f"Printed name: {name}")
            if signs:
                finger_sign(c, x0 + 10, y - 44, 200, 40, app.seed + k * 11)
            box(c, x0 + 240, y, 120, "Date (MM/DD/YYYY)", mdy(app.signed_on) if dates else "", h=20)
            y -= 68
        return []

    return Paper([page1, page2, page3])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
F710_DURATION = {"short": "Checkbox_38", "long": "Checkbox_39", "resolved": "Checkbox_40"}


def form710_values(app: App, type_dates: bool) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start), F710_DURATION[app.duration]: True, "Number_10": money(app.checking)}
    if app.occupancy:
        values[F710_OCC[app.occupancy]] = True
        values["Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"] = True
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
        if app.co_email:
            values["Email_2"] = app.co_email
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if type_dates:
        if app.b_dates:
            values["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
    return values


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    """The real Form 710 with its AcroForm fields filled (text by string, check boxes by their on state)."""
    values = form710_values(app, type_dates)
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
    return writer


def ink_annotation(writer: PdfWriter, page: int, x: float, y: float, w: float, h: float, seed: int,
                   width: float = 3.0, color: tuple[float, float, float] = (0.05, 0.05, 0.08)) -> None:
    """A finger-drawn signature kept the way a phone PDF app saves it: an Ink annotation (its strokes in /InkList
    and an appearance stream), not part of the page's own content."""
    strokes = [[(x + px, y + py) for px, py in s] for s in finger_signature_path(seed, w, h)]
    xs = [p[0] for s in strokes for p in s]
    ys = [p[1] for s in strokes for p in s]
    rect = [min(xs) - width, min(ys) - width, max(xs) + width, max(ys) + width]
    ops = [f"{color[0]:.3f} {color[1]:.3f} {color[2]:.3f} RG {width:.2f} w 1 J 1 j"]
    for s in strokes:
        ops.append(f"{s[0][0]:.2f} {s[0][1]:.2f} m " + " ".join(f"{px:.2f} {py:.2f} l" for px, py in s[1:]) + " S")
    ap = DecodedStreamObject()
    ap.set_data("\n".join(ops).encode())
    ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
               NameObject("/BBox"): ArrayObject([FloatObject(round(v, 2)) for v in rect]),
               NameObject("/Resources"): DictionaryObject()})
    annot = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Ink"),
        NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in rect]),
        NameObject("/InkList"): ArrayObject([ArrayObject([FloatObject(round(v, 2)) for p in s for v in p])
                                             for s in strokes]),
        NameObject("/C"): ArrayObject([FloatObject(v) for v in color]),
        NameObject("/BS"): DictionaryObject({NameObject("/W"): FloatObject(width)}),
        NameObject("/F"): NumberObject(4),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(ap)})})
    writer.add_annotation(page, annot)


PHONE_PDF_APP = "Quillpad PDF 5.2 (iPhone)"
SIG_BOX = {"b": (148.0, 337.0, 236.0, 44.0), "co": (162.0, 299.0, 222.0, 40.0)}  # Form 710 page 4, x y w h


def form710_phone(app: App, annotations: bool) -> bytes:
    """Form 710 filled in a phone PDF app: its fields typed, the date typed into the Date field, the signature
    drawn with a fingertip - kept as an Ink annotation, or flattened into page 4."""
    writer = form710_filled(app, type_dates=True)
    people = [("b", app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        people.append(("co", app.seed + 1))
    if annotations:
        for who, seed in people:
            ink_annotation(writer, 3, *SIG_BOX[who], seed)
    else:

        def sign(c: Canvas) -> None:
            for who, seed in people:
                x, y, w, h = SIG_BOX[who]
                finger_sign(c, x, y, w, h, seed, width=2.6)

        writer.pages[3].merge_page(PdfReader(io.BytesIO(canvas_pdf(letter, sign))).pages[0])
    return fixed_pypdf_bytes(writer, f"ce710{app.loan}", PHONE_PDF_APP)


def form710_printed_ink(app: App, dpi: int) -> list[Image.Image]:
    """Form 710 typed on the phone, printed at home, then signed and dated in pen: the sheets as images."""
    pdf = fixed_pypdf_bytes(form710_filled(app, type_dates=False), "ce710ink")
    images = pdf_page_images(pdf, dpi / 72)
    marks: list[Mark] = []
    if app.b_signs:
        marks.append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks.append(Mark("hand", 432, 347, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks.append(Mark("hand", 432, 309, mdy(app.signed_on), size=12, seed=app.seed + 6))
    ink_on_image(images[3], marks, dpi / 72, H)
    for img in images:
        ImageDraw.Draw(img).text((img.size[0] - 24 * dpi / 72, img.size[1] - 10 * dpi / 72), SYNTH,
                                 fill=(170, 170, 170), font=ui_font(round(5.5 * dpi / 72)), anchor="rs")
    return images


def form710_rects() -> dict[str, tuple[int, list[float]]]:
    out = {}
    for i, page in enumerate(PdfReader(FORM710).pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            out[str(w.get("/T", ""))] = (i, [float(v) for v in w["/Rect"]])
    return out


def form710_by_hand(app: App, dpi: int) -> list[Image.Image]:
    """The BLANK Form 710 printed and filled in by hand with a pen - every answer written at its field, an X in
    each box, signed and dated: the sheets as images (the photograph is taken later)."""
    rects = form710_rects()
    values = form710_values(app, type_dates=True)
    values.pop("Number_10", None)
    values["Number_10"] = f"{app.checking:,.0f}"
    marks: list[list[Mark]] = [[], [], [], []]
    rng = random.Random(app.seed * 3 + 1)
    for name, value in values.items():
        page, (x0, y0, x1, y1) = rects[name]
        seed = rng.randrange(10**6)
        if value is True:
            marks[page].append(Mark("x", (x0 + x1) / 2, (y0 + y1) / 2, size=7.5, seed=seed))
        elif isinstance(value, str):
            size = 11.5 if y1 - y0 < 30 else 11
            marks[page].append(Mark("hand", x0 + 4 + rng.uniform(-1, 3), y0 + 3 + rng.uniform(-1, 1.5), value,
                                    size=size, seed=seed))
    if app.b_signs:
        marks[3].append(Mark("sig", 152, 348, w=190, seed=app.seed))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 165, 310, w=180, seed=app.seed + 1))
    blank = io.BytesIO()
    PdfWriter(clone_from=PdfReader(FORM710)).write(blank)
    images = pdf_page_images(blank.getvalue(), dpi / 72, forms=False)
    for img, mk in zip(images, marks, strict=True):
        ink_on_image(img, mk, dpi / 72, H, ink=(22, 30, 70))
        ImageDraw.Draw(img).text((img.size[0] - 24 * dpi / 72, img.size[1] - 10 * dpi / 72), SYNTH,
                                 fill=(170, 170, 170), font=ui_font(round(5.5 * dpi / 72)), anchor="rs")
    return images


def form4506c_phone(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                    client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int, tag: str) -> bytes:
    """Page 1 of the real IRS Form 4506-C, typed over in a phone PDF app and signed there with a fingertip
    (answers and signature flattened into the page)."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]

    def draw(c: Canvas) -> None:
        c.setFont("Helvetica", 9.5)
        put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, ssn), (27, 571, street),
               (312, 571, city), (420, 571, state), (474, 571, zipc), (27, 506, "Tidemark Income Verification LLC"),
               (312, 506, "TIV-40418"), (420, 506, "TIDEMK02"), (27, 484, "1200 Harbor Point Blvd"),
               (312, 484, "Norfolk"), (420, 484, "VA"), (474, 484, "23510"), (27, 430, client),
               (474, 430, client_phone), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
               (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"),
               (243, 268, str(signed_on.year - 1)), (344, 168, mdy(signed_on)), (434, 168, phone),
               (63, 129, f"{first} {mi} {last}")]
        for x, y, t in put:
            c.drawString(x, y, t)
        check_mark(c, 101, 353, 8, width=1.5)
        check_mark(c, 29, 198, 8, width=1.5)
        finger_sign(c, 64, 158, 220, 40, seed, width=2.7)
        synth_line(c)

    page.merge_page(PdfReader(io.BytesIO(canvas_pdf(letter, draw))).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, tag, PHONE_PDF_APP)


# --- papers: letters, a decree, a paper stub, e-mails ----------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out["benefit_type"] = "unemployment"
        return out


def letterhead(c: Canvas, name: str, sub: str, color: Color, font: str = "Helvetica-Bold") -> None:
    c.setFillColor(color)
    c.setFont(font, 15)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = (), sign: int | None = None,
                  body_font: str = "Times-Roman") -> Paper:
    """An organisation's typed letter; with `sign`, signed in pen by its writer above the closing's name."""

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont(body_font, 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont(body_font.replace("-Roman", "") + ("-Bold" if "Bold" not in body_font else ""), 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras, font=body_font)
        for k, v in table:
            c.setFont(body_font, 11)
            c.drawString(96, y, k)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(300, y, v)
            y -= 15
        y -= 12 if table else 0
        marks: list[Mark] = []
        c.setFont(body_font, 11)
        for i, ln in enumerate(closing):
            if sign is not None and i == 1:
                marks.append(Mark("sig", 74, y - 2, w=130, seed=sign))
                y -= 22
            c.drawString(72, y, ln)
            y -= 14
        return marks

    return Paper([page])


def va_award(vet: str, address: Sequence[str], date: dt.date, monthly: float, rating: int, since: dt.date) -> Letter:
    paras = ["This letter is a summary of the benefits you currently receive from the Department of Veterans "
             "Affairs. You may use it to show a lender, a landlord or a state agency the amount and frequency of "
             "your VA compensation.",
             f"Your combined service-connected evaluation is {rating} percent. Your current monthly award is shown "
             "below; it is paid on the first business day of each month for the month before. VA disability "
             "compensation is not taxable income."]
    table = [("Veteran", vet), ("Benefit", "Disability compensation"), ("Combined rating", f"{rating}%"),
             ("Effective date of this amount", mdy(since)), ("Monthly award amount", "$" + money(monthly)),
             ("Payment frequency", "Monthly")]
    paper = simple_letter(("DEPARTMENT OF VETERANS AFFAIRS",
                           "Regional Benefit Office  -  Benefits summary  -  1-800-555-0127",
                           Color(0.08, 0.2, 0.42)), date, [vet, *address], "Summary of benefits", paras,
                          ["Sincerely,", "Veterans Service Center Manager"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def medical_note(patient: str, date: dt.date, since: dt.date, doctor: str, practice: str, addr: str,
                 seed: int) -> Letter:
    paras = [f"{patient} has been under my care since {long_date(since)} for a chronic neurological condition. "
             "Since that time she has not been able to work, and her condition is expected to last longer than "
             "twelve months.",
             "This letter is written at my patient's request to confirm her illness for her mortgage company. "
             "No further medical information is released with it."]
    paper = simple_letter((practice, addr, Color(0.1, 0.38, 0.55)), date, ["To whom it may concern"],
                          f"Re: {patient}", paras, ["Sincerely,", doctor, "Attending neurologist"], sign=seed)
    return Letter(paper, "medical_statement", date)


def ui_determination(claimant: str, address: Sequence[str], date: dt.date, weekly: float, claim_start: dt.date,
                     employer: str) -> Letter:
    paras = [f"Your claim for unemployment benefits effective {long_date(claim_start)} has been reviewed. Based on "
             f"the wages reported by your base-period employers, including {employer}, you are monetarily "
             "eligible for benefits.",
             "You must file a weekly claim for each week you want to be paid and report any work and earnings. "
             "Benefits are paid weekly by direct deposit. If you disagree with this determination you may appeal "
             "within 30 days of the date of this notice."]
    table = [("Weekly benefit amount", "$" + money(weekly)), ("Maximum benefit amount", "$" + money(weekly * 26)),
             ("Benefit year begins", mdy(claim_start)), ("Payment frequency", "Weekly")]
    paper = simple_letter(("EMPLOYMENT SECURITY DEPARTMENT  -  STATE OF WASHINGTON",
                           "Unemployment Insurance  -  Notice of Monetary Determination  -  PO Box 9046, Olympia WA",
                           Color(0.05, 0.3, 0.25)), date, [claimant, *address], "Notice of Monetary Determination",
                          paras, ["Unemployment Claims Center", "Date mailed: " + mdy(date)], table,
                          body_font="Helvetica")
    return Letter(paper, "unemployment_benefit_letter", date)


def survivor_pension(widow: str, address: Sequence[str], date: dt.date, monthly: float, member: str,
                     since: dt.date) -> Letter:
    paras = [f"We were sorry to learn of the death of {member}, a retired member of the Scioto Valley Electrical "
             "Workers Pension Trust. Under the joint and survivor option he elected at retirement, you are entitled "
             "to a monthly surviving spouse benefit for your lifetime.",
             "The benefit is paid on the first of each month by direct deposit and is subject to federal and state "
             "income tax; a Form 1099-R will be mailed each January."]
    table = [("Surviving spouse", widow), ("Member", member), ("Benefit begins", mdy(since)),
             ("Monthly benefit (gross)", "$" + money(monthly)), ("Frequency", "Monthly")]
    paper = simple_letter(("SCIOTO VALLEY ELECTRICAL WORKERS PENSION TRUST",
                           "Benefits Office  -  4400 Refugee Road, Columbus, OH 43232  -  (614) 555-0184",
                           Color(0.45, 0.15, 0.05)), date, [widow, *address], "Surviving spouse benefit award",
                          paras, ["Sincerely,", "Benefits Administrator"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def transfer_letter(employee: str, date: dt.date, employer: str, old: str, new: str, start: dt.date,
                    allowance: float, seed: int) -> Letter:
    paras = [f"This letter confirms your transfer from our {old} branch to our {new} branch, effective "
             f"{long_date(start)}. The {old} branch will close at the end of that month and its yard and delivery "
             "positions are moving to the new location.",
             f"The company will pay a one-time relocation allowance of ${money(allowance)} with your first paycheck "
             "at the new branch. Your rate of pay and seniority are unchanged.",
             "Please sign below to accept the transfer and return a copy to Human Resources."]
    paper = simple_letter((employer.upper(), "Human Resources  -  88 Liberty Street, Erie, PA 16501  -  (814) 555-0150",
                           Color(0.55, 0.3, 0.05)), date, [employee], "Notice of transfer to a new location", paras,
                          ["Sincerely,", "Dana Whitcombe", "Director of Human Resources"], sign=seed)
    return Letter(paper, "employer_relocation_letter", date)


def printed_letter(writer: str, address: Sequence[str], loan: str, date: dt.date, servicer: str,
                   paras: Sequence[str], seed: int) -> Paper:
    """A hardship letter typed on the phone, printed at home and signed in pen."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 11)
        y = 730
        for ln in [writer, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [servicer, "Attn: Loss Mitigation"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, f"Hardship letter - loan {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern,", *paras], font="Helvetica", size=11,
                       leading=15)
        c.setFont("Helvetica", 11)
        c.drawString(72, y - 4, "Sincerely,")
        c.drawString(72, y - 58, writer)
        return [Mark("sig", 74, y - 44, w=150, seed=seed)]

    return Paper([page])


def divorce_decree(court: str, county: str, state: str, case_no: str, petitioner: str, respondent: str,
                   entered: dt.date, property_addr: str, seed: int) -> Paper:
    """A court's final decree of dissolution of marriage, two pages, "Page n of 2"."""

    def caption(c: Canvas, n: int) -> None:
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - 72, 40, f"Page {n} of 2")
        c.drawString(72, 40, f"Case No. {case_no}")

    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 730, f"STATE OF {state.upper()}")
        c.drawCentredString(W / 2, 714, f"COUNTY OF {county.upper()}")
        c.drawCentredString(W / 2, 698, court.upper())
        c.setFont("Times-Roman", 11)
        c.drawString(72, 660, "IN THE MATTER OF THE PETITION FOR")
        c.drawString(72, 646, "DISSOLUTION OF MARRIAGE OF")
        c.drawString(72, 620, f"{petitioner.upper()},")
        c.drawString(110, 606, "Petitioner,")
        c.drawString(72, 588, "and")
        c.drawString(72, 570, f"{respondent.upper()},")
        c.drawString(110, 556, "Respondent.")
        c.drawString(380, 606, f"No. {case_no}")
        c.setLineWidth(0.6)
        c.line(340, 660, 340, 550)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 520, "FINAL DECREE OF DISSOLUTION OF MARRIAGE")
        paragraphs(c, 72, 490, W - 144, [
            "THIS MATTER came before the Court on the Petition for Dissolution of Marriage. The Court, having "
            "reviewed the file and the parties' Marital Settlement Agreement, and being otherwise fully advised, "
            "FINDS that the marriage of the parties is irretrievably broken and that the Court has jurisdiction.",
            "IT IS THEREFORE ORDERED, ADJUDGED AND DECREED:",
            f"1. The marriage of {petitioner} and {respondent} is dissolved, and each party is restored to the "
            "status of a single person.",
            "2. The Marital Settlement Agreement of the parties is approved and incorporated in this Decree.",
            f"3. The real property at {property_addr} is awarded to the Petitioner as her sole and separate "
            "property, subject to the mortgage on it, which the Petitioner shall pay and hold the Respondent "
            "harmless from. The Respondent shall execute a quitclaim deed within thirty days."],
            font="Times-Roman", size=11, leading=15)
        caption(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        y = paragraphs(c, 72, 720, W - 144, [
            "4. Each party shall keep the vehicle, accounts and personal property in his or her possession, and "
            "shall pay the debts in his or her own name.",
            "5. No spousal support is awarded to either party. Each party shall pay his or her own attorney fees.",
            "6. This is a FINAL DECREE. The Court retains jurisdiction to enforce its terms."],
            font="Times-Roman", size=11, leading=15)
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 20, f"ENTERED: {long_date(entered)}")
        c.line(320, y - 70, 540, y - 70)
        c.drawString(320, y - 84, "DISTRICT JUDGE")
        c.setFont("Times-Italic", 9)
        c.drawString(72, y - 130, f"FILED in the {court}, {county} County, {long_date(entered)}.")
        c.setStrokeColor(Color(0.2, 0.25, 0.5))
        c.circle(150, y - 200, 42, stroke=1, fill=0)
        c.circle(150, y - 200, 36, stroke=1, fill=0)
        c.setFont("Times-Bold", 7)
        c.setFillColor(Color(0.2, 0.25, 0.5))
        c.drawCentredString(150, y - 197, "DISTRICT COURT")
        c.drawCentredString(150, y - 207, county.upper() + " CO.")
        c.setFillColor(black)
        caption(c, 2)
        return [Mark("sig", 330, y - 66, w=170, seed=seed)]

    return Paper([page1, page2])


def paper_stub(p: PayData, address: str, check_no: int) -> Paper:
    """A small employer's paper pay stub from its payroll service: the earnings statement over a perforation and
    a non-negotiable voucher."""
    start, end = p.period
    ytd = p.ytd

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 742, p.employer)
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 730, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 742, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 730, f"Check no. {check_no}")
        c.setLineWidth(0.8)
        c.line(50, 722, 562, 722)
        info = [("Employee", p.employee), ("Employee no.", p.emp_id), ("Pay period", f"{mdy(start)} - {mdy(end)}"),
                ("Pay date", mdy(p.pay_date)), ("Frequency", "Semi-monthly" if p.frequency == "semimonthly"
                                                else p.frequency.title())]
        y = 704
        for k, v in info:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(140, y, v)
            y -= 13
        y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        for x, t in ((50, "EARNINGS"), (300, "HOURS"), (370, "RATE"), (460, "CURRENT"), (560, "YEAR TO DATE")):
            (c.drawString if x == 50 else c.drawRightString)(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for k, q, rt, a, yv in p.earning_rows():
            c.drawString(50, y, k)
            if q:
                c.drawRightString(300, y, f"{q:.2f}")
                c.drawRightString(370, y, f"{rt:.2f}")
            c.drawRightString(460, y, money(a) if a else "")
            c.drawRightString(560, y, money(yv))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "GROSS PAY")
        c.drawRightString(460, y, money(p.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 22
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "TAXES AND DEDUCTIONS")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for k, v in [*p.taxes.items(), *p.wh.deductions]:
            c.drawString(50, y, k)
            c.drawRightString(460, y, money(v))
            c.drawRightString(560, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y - 6, "NET PAY")
        c.drawRightString(460, y - 6, money(p.net))
        c.drawRightString(560, y - 6, money(ytd["NET"]))
        c.setDash(2, 2)
        c.line(30, 300, W - 30, 300)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 304, "DETACH HERE")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 270, p.employer)
        c.setFont("Helvetica", 9)
        c.drawRightString(562, 270, f"Date {mdy(p.pay_date)}")
        c.drawString(50, 236, f"Deposited to the account of  {p.employee}")
        c.drawRightString(562, 236, f"${money(p.net)}")
        c.drawString(50, 218, f"Checking account ending {p.account}")
        c.setFont("Helvetica-Bold", 12)
        c.setFillGray(0.75)
        c.drawCentredString(W / 2, 180, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK")
        c.setFillColor(black)
        return []

    return Paper([page])


def email_print(sender: str, sender_addr: str, to: str, subject: str, sent: dt.datetime, body: Sequence[str],
                style: str, printed: dt.datetime, account: str) -> Paper:
    """An e-mail printed from the phone: "webmail" is Mailcove's print view printed from the browser (its date,
    title, address and 1/1 in the margins); "mailapp" is the phone's mail app printing the message itself."""
    when = f"{sent.strftime('%a')}, {short_date(sent.date())} at {sent.strftime('%I:%M %p').lstrip('0')}"

    def page(c: Canvas) -> list[Mark]:
        if style == "webmail":
            stamp = f"{printed.month}/{printed.day}/{printed.strftime('%y')}, " \
                    f"{printed.strftime('%I:%M %p').lstrip('0')}"
            c.setFont("Helvetica", 8)
            c.drawString(24, 776, stamp)
            c.drawCentredString(W / 2, 776, f"Mailcove - {subject}")
            c.drawString(24, 18, "https://mail.mailcove.com/u/0/?view=pt&search=sent&permthid=thread-f:18020547")
            c.drawRightString(W - 24, 18, "1/1")
            c.setFont("WEB-B", 18)
            c.setFillColor(rgb("#C2410C"))
            c.drawString(54, 736, "Mailcove")
            c.setFillColor(black)
            c.setFont("WEB", 10)
            c.drawRightString(W - 54, 738, f"{sender} <{account}>")
            c.setLineWidth(1.2)
            c.line(54, 726, W - 54, 726)
            c.setFont("WEB-B", 15)
            c.drawString(54, 700, subject)
            c.setFont("WEB", 9)
            c.drawString(54, 684, "1 message")
            c.setLineWidth(0.5)
            c.line(54, 676, W - 54, 676)
            c.setFont("WEB-B", 10)
            c.drawString(54, 660, f"{sender} <{sender_addr}>")
            c.setFont("WEB", 10)
            c.drawRightString(W - 54, 660, when)
            c.drawString(54, 646, f"To: {to}")
            y = 616
            font = "WEB"
        else:
            y = 730
            for k, v in (("From:", f"{sender} <{sender_addr}>"), ("Subject:", subject),
                         ("Date:", f"{long_date(sent.date())} at {sent.strftime('%I:%M:%S %p').lstrip('0')} EDT"),
                         ("To:", to)):
                c.setFont("Helvetica-Bold", 10.5)
                c.drawRightString(118, y, k)
                c.setFont("Helvetica", 10.5)
                c.drawString(124, y, v)
                y -= 15
            c.setLineWidth(0.5)
            c.line(54, y + 4, W - 54, y + 4)
            y -= 22
            font = "Helvetica"
        for para in body:
            if not para:
                y -= 8
                continue
            y = paragraphs(c, 54, y, W - 108, [para], font=font, size=11, leading=15, gap=2)
        return []

    return Paper([page])


# --- capture: a phone scanner app and a phone camera -------------------------------------------------------------


def perspective_coeffs(out_pts: Sequence[tuple[float, float]], in_pts: Sequence[tuple[float, float]]
                       ) -> list[float]:
    """PIL PERSPECTIVE data mapping output pixels to input pixels, from four point pairs."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(out_pts, in_pts, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return [float(v) for v in np.linalg.solve(np.array(rows, float), np.array(rhs, float))]


def edge_shadow(size: tuple[int, int], edge: str, strength: float, rng: np.random.Generator) -> np.ndarray:
    """The soft shadow of a hand or of the phone falling over one edge of the sheet: a blurred blob, 0..strength."""
    w, h = size
    small = Image.new("L", (w // 4, h // 4), 0)
    d = ImageDraw.Draw(small)
    sw, sh = small.size
    reach = rng.uniform(0.16, 0.3)
    along = rng.uniform(0.2, 0.8)
    if edge in ("left", "right"):
        cx = -sw * 0.05 if edge == "left" else sw * 1.05
        cy = sh * along
        d.ellipse([cx - sw * reach, cy - sh * 0.3, cx + sw * reach, cy + sh * 0.3], fill=255)
    else:
        cy = sh * 1.05 if edge == "bottom" else -sh * 0.05
        cx = sw * along
        d.ellipse([cx - sw * 0.35, cy - sh * reach * 0.8, cx + sw * 0.35, cy + sh * reach * 0.8], fill=255)
    small = small.filter(ImageFilter.GaussianBlur(sw * 0.06))
    return np.asarray(small.resize((w, h), Image.Resampling.BILINEAR), float) / 255 * strength


@dataclass(frozen=True)
class AppScan:
    """How the PocketScan app left a page: the residual keystone it did not square (pixels a side at the top),
    a small turn, the hand's or phone's shadow on one edge, the white balance it got wrong, JPEG quality."""

    dpi: int = 200
    keystone: float = 7.0
    turn: float = 0.35
    edge: str = "left"
    shadow: float = 0.3
    tint: tuple[float, float, float] = (1.0, 0.97, 0.88)
    quality: int = 70


POCKETSCAN = "PocketScan 4.8 (iOS)"


def pocketscan(img: Image.Image, st: AppScan, seed: int) -> Raster:
    """A page through a phone scanner app: found, 'flattened' and cleaned up - but not quite."""
    rng = np.random.default_rng(seed)
    w, h = img.size
    k = st.keystone * rng.uniform(0.7, 1.3)
    coeffs = perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)],
                                [(-k, -k * 0.4), (w + k * rng.uniform(0.6, 1.4), 0), (w, h), (0, h)])
    table = (58, 52, 47)
    out = img.transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=table)
    out = out.rotate(st.turn * (1 if seed % 2 else -1), Image.Resampling.BICUBIC, fillcolor=table)
    out = out.filter(ImageFilter.GaussianBlur(0.55))
    a = np.asarray(out, float)
    a = np.clip((a - 14) * 1.07, 0, 255)  # the app's "enhance"
    shade = 1 - edge_shadow((w, h), st.edge, st.shadow, rng)
    ramp = np.linspace(1.0, rng.uniform(0.9, 0.97), h)[:, None]
    a = a * (shade * ramp)[:, :, None] * np.array(st.tint)[None, None, :]
    a = a + rng.normal(0, 3.2, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    draw = ImageDraw.Draw(out)
    px = st.dpi / 72
    font = ui_font(round(7.5 * px))
    text = "Scanned with PocketScan"
    tw = font.getlength(text)
    x1, y1 = w / 2 + (tw + 16 * px) / 2, h - 9 * px  # centred in the foot, as the app stamps it
    draw.rounded_rectangle([x1 - tw - 16 * px, y1 - 9 * px, x1 - tw - 6 * px, y1 + 1 * px], radius=2 * px,
                           fill=(38, 99, 212))
    draw.text((x1 - tw - 11 * px, y1 - 4 * px), "P", fill=(255, 255, 255), font=ui_font(round(6.5 * px)),
              anchor="mm")
    draw.text((x1, y1), text, fill=(60, 95, 170), font=font, anchor="rs")
    return Raster(out, (w / st.dpi * 72, h / st.dpi * 72), "JPEG", st.quality)


def gingham(size: tuple[int, int], square: int, rng: np.random.Generator) -> np.ndarray:
    """A red-and-white checked kitchen tablecloth, with a little weave texture."""
    w, h = size
    xs = (np.arange(w) // square) % 2
    ys = (np.arange(h) // square) % 2
    both = ys[:, None] & xs[None, :]
    one = ys[:, None] ^ xs[None, :]
    base = np.empty((h, w, 3))
    base[:] = (244, 238, 228)
    base[one == 1] = (222, 128, 124)
    base[both == 1] = (184, 58, 56)
    weave = ((np.arange(w)[None, :] + np.arange(h)[:, None]) % 4 < 2) * 6.0
    return base - weave[:, :, None] + rng.normal(0, 4, (h, w, 1))


def kitchen_photo(page: Image.Image, seed: int, px_per_inch: float = 200.0) -> Raster:
    """A sheet PHOTOGRAPHED on a kitchen table: a checked tablecloth around it, the sheet turned a little, the far
    edge narrower (the phone held at an angle), a soft shadow under the sheet, warm lamp light falling off to one
    side, camera noise; a colour JPEG whose page size follows the photo's pixels."""
    rng = np.random.default_rng(seed)
    pw, ph = page.size
    cw, chh = int(pw * 1.55), int(ph * 1.28)
    cloth = gingham((cw, chh), int(pw / 17), rng)
    scene = Image.fromarray(np.clip(cloth, 0, 255).astype(np.uint8), "RGB")
    angle = rng.uniform(-2.5, 2.5)
    sheet = page.convert("RGBA").rotate(angle, Image.Resampling.BICUBIC, expand=True)
    ox, oy = (cw - sheet.size[0]) // 2 + int(rng.uniform(-0.03, 0.03) * cw), (chh - sheet.size[1]) // 2
    alpha = sheet.getchannel("A")
    shadow = Image.new("L", scene.size, 0)
    shadow.paste(alpha, (ox + int(pw * 0.012), oy + int(ph * 0.014)))
    shadow = shadow.filter(ImageFilter.GaussianBlur(pw * 0.012))
    sa = np.asarray(scene, float) * (1 - np.asarray(shadow, float)[:, :, None] / 255 * 0.45)
    scene = Image.fromarray(np.clip(sa, 0, 255).astype(np.uint8), "RGB")
    scene.paste(sheet.convert("RGB"), (ox, oy), alpha)
    out_w, out_h = int(pw * 1.22), int(ph * 1.2)
    m = (cw - out_w * 1.02) / 2
    t = cw * rng.uniform(0.035, 0.06)
    top_y = chh * rng.uniform(0.0, 0.03)
    coeffs = perspective_coeffs([(0, 0), (out_w, 0), (out_w, out_h), (0, out_h)],
                                [(m - t, top_y), (cw - m + t, top_y), (cw - m, chh - 1), (m, chh - 1)])
    photo = scene.transform((out_w, out_h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    a = np.asarray(photo, float)
    yy, xx = np.mgrid[0:out_h, 0:out_w]
    lx, ly = out_w * rng.uniform(0.1, 0.9), -out_h * 0.2
    dist = np.sqrt(((xx - lx) / out_w) ** 2 + ((yy - ly) / out_h) ** 2)
    light = 1.08 - 0.32 * dist
    a = a * light[:, :, None] * np.array((1.04, 0.98, 0.86))[None, None, :]
    photo = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.8))
    a = np.asarray(photo, float) + rng.normal(0, 4.5, (out_h, out_w, 3))
    photo = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return Raster(photo, (out_w / px_per_inch * 72, out_h / px_per_inch * 72), "JPEG", 82)


# --- packets -----------------------------------------------------------------------------------------------------


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
    scenario: list[str]  # the missing codes the packet is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            doc.pages = [(rel, page + i) for i in range(n)]
            self.docs.append(doc)
            page += n

    def raster(self, rel: str, parts: Sequence[tuple[Doc, Sequence[Raster]]], creator: str) -> None:
        """An image-only file (screenshots, app scans, photos) holding the given documents in order."""
        pages: list[Raster] = []
        for doc, rasters in parts:
            doc.pages = [(rel, len(pages) + 1 + i) for i in range(len(rasters))]
            doc.scanned = True
            self.docs.append(doc)
            pages.extend(rasters)
        self.files[rel] = raster_pdf(pages, creator)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(p: PayData) -> Doc:
    return Doc("pay_stub", p.fields())


def stmt_doc(st: StatementData) -> Doc:
    return Doc("bank_statement", st.fields())


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()})


def form4506c_doc(on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()})


def other_doc() -> Doc:
    return Doc("other", {})


# --- the checklist, applied to what expected.json says ---------------------------------------------------------

HARDSHIP_PAPERS = {"disability_or_illness": {"hardship_letter", "medical_statement"},
                   "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
                   "separation_unmarried": {"quitclaim_deed"}, "death": {"death_certificate", "obituary"},
                   "relocation": {"employer_relocation_letter", "military_pcs_orders"},
                   "other": {"hardship_letter"}}
DOC_DATE = {"pay_stub": "pay_date", "bank_statement": "period_end", "benefit_award_letter": "letter_date",
            "unemployment_benefit_letter": "letter_date"}


def codes_from_expected(exp: dict[str, Any]) -> list[str]:
    """shared/spec/checklist.md applied to the values expected.json records (received_on is the evaluation date)."""
    app = exp["application"]
    if app is None:
        return ["application"]
    received = dt.date.fromisoformat(exp["received_on"])
    out: list[str] = []
    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        out.append("application_signature")
    for name in REQUIRED_FIELDS:
        v = app[name]
        if name == "income":
            v = {k: x for k, x in v.items() if k != "total" and x}
        if v in (None, "", [], {}):
            out.append(f"application_field:{name}")

    def fresh(iso: str | None) -> bool:
        return iso is not None and 0 <= (received - dt.date.fromisoformat(iso)).days <= FRESH_DAYS

    docs = exp["documents"]
    stmts = [d["fields"] for d in docs if d["type"] == "bank_statement"]
    two_bank = any(a is not b and (a["bank_name"], a["account_last4"]) == (b["bank_name"], b["account_last4"])
                   and dt.date.fromisoformat(b["period_start"]) == dt.date.fromisoformat(a["period_end"])
                   + dt.timedelta(days=1) and fresh(a["period_end"]) and fresh(b["period_end"])
                   for a in stmts for b in stmts)
    stub_ok = any(d["type"] == "pay_stub" and fresh(d["fields"]["pay_date"]) and d["fields"]["gross_ytd"] is not None
                  for d in docs)

    def award(kind: str) -> bool:
        return any(d["type"] == "benefit_award_letter" and d["fields"]["benefit_type"] == kind
                   and fresh(d["fields"]["letter_date"]) for d in docs)

    rules = {"wages": stub_ok or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or award("benefits_taxable"),
             "benefits_nontaxable": two_bank or award("benefits_nontaxable"), "rental": two_bank,
             "investment": two_bank, "other": two_bank}
    for k, v in app["income"].items():
        if k != "total" and v > 0 and not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d["type"] for d in docs}
    for h in app["hardship_types"]:
        if h in HARDSHIP_PAPERS and not HARDSHIP_PAPERS[h] & types:
            out.append(f"hardship_doc:{h}")
    if (app["income"].get("self_employment", 0) > 0 or app["income"].get("rental", 0) > 0) and not any(
            d["type"] == "irs_form_4506c" and d["fields"].get("signed") for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    docs = []
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    exp = {"loan_number": p.app.loan, "received_on": p.received.isoformat(), "status": "complete", "missing": [],
           "application": p.app.expected(), "documents": docs}
    codes = codes_from_expected(exp)
    exp["status"] = "incomplete" if codes else "complete"
    exp["missing"] = codes
    return exp


IOS_PDF = "iOS Version 30.3 (Build 27D52) Quartz PDFContext"
IMAGES_APP = "Photos to PDF 3.1 (iPhone)"


def scan_papers(papers: Sequence[Paper | list[Image.Image]], style: AppScan, seed: int) -> list[list[Raster]]:
    """Papers captured one sheet after another with PocketScan (each a Paper to print, or sheets already made)."""
    out = []
    for i, paper in enumerate(papers):
        sheets = paper if isinstance(paper, list) else paper_images(paper, style.dpi)
        out.append([pocketscan(img, style, seed * 100 + i * 10 + j) for j, img in enumerate(sheets)])
    return out


def packet_ce1(seed: int) -> Packet:
    """COMPLETE - a folder named after the loan, everything from one phone."""
    received = dt.date(2057, 3, 20)
    rng = random.Random(seed * 1000 + 1)
    wh = Withholding(0.09, 0.0475, "Oregon income tax", (("Medical", 64.10), ("401(k)", 42.80)))
    pay = pay_data("Northhollow Logistics LLC", "Tamsin J. Kowalczyk", "NL-20417", "biweekly", dt.date(2057, 1, 5),
                   dt.date(2057, 3, 16), hourly(21.40, 80, (0.0, 3.5, 6.0, 8.0)), wh, f"ce1-{seed}", "8812")
    app = App("3307419265", "Tamsin J. Kowalczyk", "957-40-3318", "1184 Ridgeback Lane", "Corvallis", "OR", "97330",
              "(541) 555-0148", "tamsin.k@mailcove.com", "primary_residence", ["reduction_in_income"],
              dt.date(2057, 1, 8), "long", {"wages": pay.monthly}, dt.date(2057, 3, 17), checking=702.18,
              seed=seed + 11)
    p = Packet("ce1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Mortgage Assistance Application.pdf", form710_phone(app, annotations=True), (app_doc(), 4))
    p.raster(f"{folder}/Paylark pay details Mar 16.pdf",
             [(stub_doc(pay), shot_pages(paylark_screens(pay, "9:06", 64), IPHONE))], IOS_PDF)
    today = dt.date(2057, 3, 18)
    credits = [Txn(c.pay_date, "NORTHHOLLOW LOGISTICS PAYROLL", net_of(c, wh), "Income") for c in pay.checks[-2:]]
    acts = recent_activity(rng, today, 10, credits)
    acts.insert(0, Txn(today, "SAFEWAY #1733", -38.62, "Pending"))
    p.raster(f"{folder}/IMG_4471.pdf",
             [(other_doc(), shot_pages(brightwater_activity(acts, today, 663.56, 702.18, "2291", "10:47", 23),
                                       IPHONE))], IOS_PDF)
    on = dt.date(2057, 3, 17)
    note = ["Hardship letter", long_date(on), "", "To: Loss Mitigation Department", f"Re: loan number {app.loan}",
            f"Borrower: {app.borrower}", "", "To whom it may concern,", "",
            "Since January the warehouse where I work has cut our shifts from ten hours to eight and stopped all "
            "weekend overtime. My take-home pay went down by about six hundred dollars a month and I fell behind on "
            "my mortgage in February.", "",
            "I do not own a computer, so I am sending everything from my phone: the application, my latest pay "
            "details from the Paylark app and a screenshot of my bank account.", "",
            "I want to keep my home. I am asking for a modification or any program that can lower my payment to "
            "what I earn now.", "", "Thank you,", app.borrower, app.phone]
    p.raster(f"{folder}/Hardship letter.pdf",
             [(hardship_doc(on), shot_pages(notes_screens(note, f"{long_date(on)} at 9:12 PM", "9:20", 41, False),
                                            IPHONE))], IOS_PDF)
    return p


def packet_ce2(seed: int) -> Packet:
    """INCOMPLETE application_signature - the co-borrower named on the servicer's form never signed it."""
    received = dt.date(2057, 4, 12)
    addr = ["47 Whitcomb Hollow Road", "Montpelier, VT 05602"]
    wh = Withholding(0.1, 0.06, "Vermont income tax", (("Health plan", 88.00), ("Pension 6%", 144.75)))
    pay = pay_data("Tri-County Transit District", "Desmond K. Achterberg", "004417", "semimonthly",
                   dt.date(2057, 1, 15), dt.date(2057, 3, 30), salaried(2412.50), wh, f"ce2-{seed}", "5517")
    va = va_award("Lorraine M. Achterberg", addr, dt.date(2057, 2, 20), 1163.40, 70, dt.date(2056, 12, 1))
    med = medical_note("Lorraine M. Achterberg", dt.date(2057, 3, 28), dt.date(2056, 11, 3), "Helena Marsh, MD",
                       "GREEN MOUNTAIN NEUROLOGY ASSOCIATES",
                       "210 College Street, Suite 4, Burlington, VT 05401  -  (802) 555-0177", seed + 24)
    app = App("5520187743", "Desmond K. Achterberg", "941-22-8817", addr[0], "Montpelier", "VT", "05602",
              "(802) 555-0162", "dk.achterberg@mailcove.com", "primary_residence", ["disability_or_illness"],
              dt.date(2056, 11, 3), "long", {"wages": pay.monthly, "benefits_nontaxable": va.monthly or 0.0},
              dt.date(2057, 4, 9), co="Lorraine M. Achterberg", co_ssn="941-60-2275", co_signs=False,
              seed=seed + 21)
    p = Packet("ce2", received, app, ["application_signature"])
    loan = app.loan
    p.pdf(f"{loan}_application.pdf", paper_pdf(ferncastle_form(app, dt.datetime(2057, 4, 2, 21, 14), "HH3-57-04418"),
                                               PHONE_PDF_APP), (app_doc(), 3))
    p.raster(f"{loan}_paystub.pdf", [(stub_doc(pay), shot_pages(clockwise_screens(pay, "7:48", 31), IPHONE))],
             IOS_PDF)
    style = AppScan(keystone=5, turn=0.3, edge="bottom", shadow=0.34, tint=(0.9, 0.96, 1.05), quality=68)
    scans = scan_papers([va.paper, med.paper], style, seed * 7 + 2)
    p.raster(f"{loan}_PocketScan_0410.pdf", [(letter_doc(va), scans[0]), (letter_doc(med), scans[1])], POCKETSCAN)
    on = dt.datetime(2057, 4, 9, 22, 14)
    body = ["To the Loss Mitigation Department,", "",
            f"My wife Lorraine and I are writing about our mortgage, loan number {loan}. Last November Lorraine "
            "was diagnosed with a serious neurological illness. She had to stop working at the school cafeteria "
            "and her doctor does not expect her to go back. Her VA disability compensation is now her only "
            "income.", "",
            "My salary at the transit district has not changed, but we lost her paycheck and we have new medical "
            "bills every month. We fell behind in January. We would like to keep our home and ask to be "
            "reviewed for a loan modification.", "",
            "We have attached the application, my pay details, Lorraine's VA letter and a note from her doctor.",
            "", "Thank you,", "Desmond Achterberg", "(802) 555-0162"]
    p.pdf(f"{loan}_email.pdf", paper_pdf(email_print(
        "Desmond Achterberg", "dk.achterberg@mailcove.com", "Ferncastle Loss Mitigation <help@ferncastlemortgage.com>",
        f"Hardship letter - loan {loan}", on, body, "webmail", dt.datetime(2057, 4, 10, 7, 52),
        "dk.achterberg@mailcove.com"), IOS_PDF), (hardship_doc(on.date()), 1))
    return p


def packet_ce3(seed: int) -> Packet:
    """INCOMPLETE application_field:occupancy - Form 710 filled by hand and photographed on the kitchen table,
    the "The property is currently" question left unanswered."""
    received = dt.date(2057, 5, 16)
    addr = ["2210 Cedar Loop Road", "Shelton, WA 98584"]
    wh = Withholding(0.05, 0.0, deductions=())
    pay = pay_data("Alder Market", "Colm P. Brannigan", "AM-3308", "weekly", dt.date(2057, 3, 9),
                   dt.date(2057, 5, 11), hourly(17.25, 24), wh, f"ce3-{seed}", "0938")
    ui = ui_determination("Colm P. Brannigan", addr, dt.date(2057, 3, 2), 320.00, dt.date(2057, 2, 18),
                          "Skookum Timber Co.")
    app = App("0081926457", "Colm P. Brannigan", "966-30-1182", addr[0], "Shelton", "WA", "98584", "(360) 555-0139",
              "colm.brannigan@mailcove.com", None, ["unemployment", "reduction_in_income"], dt.date(2057, 2, 16),
              "short", {"wages": pay.monthly, "unemployment": r2(320.00 * 52 / 12)}, dt.date(2057, 5, 12),
              checking=410.00, seed=seed + 31)
    p = Packet("ce3", received, app, ["application_field:occupancy"])
    folder = app.loan
    pages = [kitchen_photo(img, seed * 50 + i) for i, img in enumerate(form710_by_hand(app, 165))]
    p.raster(f"{folder}/Application photos.pdf", [(app_doc(), pages)], IMAGES_APP)
    p.raster(f"{folder}/Screenshot pay.pdf",
             [(stub_doc(pay), shot_pages(paylark_screens(pay, "6:41", 92, show_frequency=False), IPHONE))], IOS_PDF)
    style = AppScan(keystone=9, turn=0.5, edge="right", shadow=0.36, tint=(1.0, 0.96, 0.86), quality=72)
    p.raster(f"{folder}/PocketScan 05-13-2057.pdf", [(letter_doc(ui), scan_papers([ui.paper], style, seed * 7 + 3)[0])],
             POCKETSCAN)
    return p


def packet_ce4(seed: int) -> Packet:
    """COMPLETE - ONE PocketScan file of the whole packet, no separator sheet, no loan number in its name."""
    received = dt.date(2057, 6, 11)
    addr = ["915 Pinyon Mesa Drive", "Santa Fe, NM 87505"]
    wh = Withholding(0.1, 0.045, "NM income tax", (("Dental and vision", 22.50), ("SIMPLE IRA", 60.00)))
    stubs = [pay_data("Brightside Pediatric Dentistry", "Yvette N. Castellanos", "0117", "semimonthly",
                      dt.date(2057, 1, 15), d, hourly(38.50, 84), wh, f"ce4-{seed}", "6620")
             for d in (dt.date(2057, 5, 15), dt.date(2057, 5, 31))]
    app = App("6648102397", "Yvette N. Castellanos", "978-03-5561", addr[0], "Santa Fe", "NM", "87505",
              "(505) 555-0183", "yvette.castellanos@mailcove.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2056, 10, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2057, 6, 7), checking=1120.00,
              seed=seed + 41)
    p = Packet("ce4", received, app, [])
    on = dt.date(2057, 6, 7)
    letter = printed_letter(app.borrower, addr, app.loan, on, "Mortgage servicer - loss mitigation", [
        "My husband and I separated in October and our divorce was final in January. The court gave me the house "
        "and the mortgage. For the last eight months I have paid the whole mortgage on my own pay as a dental "
        "hygienist, and I used up my savings doing it.",
        "I want to keep the house for my two children. I am asking for a modification so that the payment fits "
        "one income. I scanned all of my papers with my phone because I do not have a scanner."], seed + 44)
    decree = divorce_decree("First Judicial District Court", "Santa Fe", "New Mexico", "D-101-DM-2056-00417",
                            app.borrower, "Rafael T. Castellanos", dt.date(2057, 1, 22), app.address, seed + 45)
    style = AppScan(keystone=8, turn=0.45, edge="left", shadow=0.3, tint=(1.02, 0.98, 0.9), quality=70)
    papers: list[Paper | list[Image.Image]] = [form710_printed_ink(app, 200), letter, decree,
                                               paper_stub(stubs[1], "1620 St. Michael's Drive, Santa Fe, NM 87505",
                                                          20417),
                                               paper_stub(stubs[0], "1620 St. Michael's Drive, Santa Fe, NM 87505",
                                                          20388)]
    scans = scan_papers(papers, style, seed * 7 + 4)
    p.raster("PocketScan 06-09-2057 19.22.pdf", [
        (app_doc(), scans[0]), (hardship_doc(on), scans[1]), (Doc("divorce_decree", {}), scans[2]),
        (stub_doc(stubs[1]), scans[3]), (stub_doc(stubs[0]), scans[4])], POCKETSCAN)
    return p


def packet_ce5(seed: int) -> Packet:
    """INCOMPLETE income_doc:rental - the tenant's rent shows only in screenshots of the credit union's activity
    list (no statement period, no beginning or ending balance: not bank statements) and there are no rent checks."""
    received = dt.date(2057, 7, 17)
    rng = random.Random(seed * 1000 + 5)
    wh = Withholding(0.1, 0.0, deductions=(("Medical", 92.30), ("Union dues", 38.00)))
    pay = pay_data("Cascadia Cold Storage Inc", "Obinna C. Eze", "CCS-7781", "biweekly", dt.date(2057, 1, 12),
                   dt.date(2057, 7, 13), hourly(24.15, 80, (0.0, 4.0, 8.0, 10.0)), wh, f"ce5-{seed}", "7730")
    app = App("2719064438", "Obinna C. Eze", "958-21-4410", "3318 Juniper Terrace", "Spokane", "WA", "99205",
              "(509) 555-0173", "obinna.eze@mailcove.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2057, 4, 1), "long", {"wages": pay.monthly, "rental": 1150.00}, dt.date(2057, 7, 12),
              seed=seed + 51)
    p = Packet("ce5", received, app, ["income_doc:rental"])
    loan = app.loan
    p.pdf(f"{loan} application.pdf", paper_pdf(ferncastle_form(app, dt.datetime(2057, 7, 10, 20, 5), "HH3-57-07731"),
                                               PHONE_PDF_APP), (app_doc(), 3))
    p.raster(f"{loan} paystub.pdf", [(stub_doc(pay), shot_pages(paylark_screens(pay, "11:52", 47, dark=True),
                                                                IPHONE))], IOS_PDF)
    today = dt.date(2057, 7, 14)
    credits = [Txn(c.pay_date, "CASCADIA COLD STORAGE DIR DEP", net_of(c, wh), "Income") for c in pay.checks[-3:]]
    credits += [Txn(dt.date(2057, 7, 2), "ZELLE FROM TOBIAS OKAFOR - JULY RENT", 1150.00, "Transfer"),
                Txn(dt.date(2057, 6, 1), "ZELLE FROM TOBIAS OKAFOR - JUNE RENT", 1150.00, "Transfer")]
    acts = recent_activity(rng, today, 45, credits, per_day=0.45)
    shots = marigold_activity(acts, today, 2114.61, "7730", "12:05", 88, shots=3)
    p.raster(f"{loan} bank.pdf", [(other_doc(), shot_pages(shots, IPHONE, points_per_pixel=1.0))], IOS_PDF)
    on = dt.date(2057, 7, 12)
    p.pdf(f"{loan} 4506C.pdf", form4506c_phone("Obinna", "C", "Eze", app.ssn, app.street, app.city, app.state,
                                               app.zip, "Ferncastle Mortgage Servicing", "(253) 555-0190", on,
                                               app.phone, seed + 55, "ce5-4506c"), (form4506c_doc(on), 1))
    note = ["Hardship letter", long_date(on), f"Loan {loan} - Obinna C. Eze", "",
            "My escrow analysis came back in March with a shortage of $2,900 because my property taxes and my "
            "insurance went up. Since April my payment is $386 higher than before.", "",
            "I rent the basement apartment to a tenant who pays me by Zelle every month, and I work full time at "
            "Cascadia Cold Storage. Even with both incomes I cannot cover the new payment. Please review me for a "
            "modification.", "", "Obinna Eze"]
    p.raster(f"{loan} letter.pdf", [(hardship_doc(on), shot_pages(notes_screens(
        note, f"{long_date(on)} at 11:38 PM", "11:44", 45, True), IPHONE))], IOS_PDF)
    return p


def packet_ce6(seed: int) -> Packet:
    """COMPLETE - a gig driver: two monthly statements read in the bank's app (June in light mode, July in dark
    mode), a Zipto earnings screen (other), Form 710 signed with a fingertip, a 4506-C, an e-mailed letter."""
    received = dt.date(2057, 8, 15)
    rng = random.Random(seed * 1000 + 6)
    addr = ["68 Larkfield Court", "Edison, NJ 08817"]
    holder = "Priya S. Raghunathan"
    tuesdays = {6: (5, 12, 19, 26), 7: (3, 10, 17, 24, 31)}
    stmts = []
    begin = 842.17
    for month in (6, 7):
        credits = [Txn(dt.date(2057, month, d), "ZIPTO TECHNOLOGIES PAYOUT", r2(rng.uniform(520, 660)), "Income")
                   for d in tuesdays[month]]
        credits.append(Txn(dt.date(2057, month, 15), "PARCELO DELIVERY INC DIRECT DEP", r2(rng.uniform(140, 230)),
                           "Income"))
        st = statement_data(rng, "Larchmont Savings Bank", holder, addr, "400215064", 2057, month, begin, credits)
        stmts.append(st)
        begin = st.ending
    app = App("9034417726", holder, "903-58-2217", addr[0], "Edison", "NJ", "08817", "(732) 555-0114",
              "priya.raghu@mailcove.com", "primary_residence", ["other"], dt.date(2057, 5, 19), "short",
              {"self_employment": 2540.00}, dt.date(2057, 8, 11), other_text="My car was stolen - I drive for a living",
              checking=stmts[-1].ending, seed=seed + 61)
    p = Packet("ce6", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Mortgage Assistance Application.pdf", form710_phone(app, annotations=False), (app_doc(), 4))
    p.raster(f"{folder}/June statement.pdf",
             [(stmt_doc(stmts[0]), shot_pages(larchmont_statement(stmts[0], "2:31", 57, dark=False), IPHONE))],
             IOS_PDF)
    p.raster(f"{folder}/July statement.pdf",
             [(stmt_doc(stmts[1]), shot_pages(larchmont_statement(stmts[1], "10:58", 19, dark=True), IPHONE,
                                              points_per_pixel=1.0))], IOS_PDF)
    days = [r2(rng.uniform(60, 170)) for _ in range(7)]
    days[2] = 0.0
    p.raster(f"{folder}/Zipto earnings.pdf", [(other_doc(), shot_pages(zipto_earnings(
        holder, dt.date(2057, 7, 30), days, 38, "29h 47m", 88.25, 35.00,
        [(dt.date(2057, 8, 7), r2(rng.uniform(520, 660))),
         (dt.date(2057, 7, 31), next(t.amount for t in stmts[1].deposits if t.date == dt.date(2057, 7, 31)))],
        "5064", "8:03", 71), IPHONE))], IOS_PDF)
    on = dt.date(2057, 8, 11)
    p.pdf(f"{folder}/4506-C signed.pdf", form4506c_phone("Priya", "S", "Raghunathan", app.ssn, app.street, app.city,
                                                         app.state, app.zip, "Mortgage servicer - loss mitigation",
                                                         "(800) 555-0166", on, app.phone, seed + 66, "ce6-4506c"),
          (form4506c_doc(on), 1))
    sent = dt.datetime(2057, 8, 10, 23, 32, 4)
    body = ["Hello,", "",
            f"I am writing to explain why I fell behind on my mortgage, loan number {app.loan}.", "",
            "I drive for Zipto and deliver for Parcelo, and my car is how I earn my living. On May 19 my car was "
            "stolen from in front of my building. It was found three weeks later, damaged, and the repairs took "
            "until the end of June. For almost six weeks I could only do a few deliveries with a borrowed car and "
            "my income dropped to almost nothing.", "",
            "I am back on the road now and my June and July statements show my payouts. I am asking for help with "
            "the payments I missed in June and July.", "", "Thank you,", "Priya Raghunathan", app.phone]
    p.pdf(f"{folder}/Hardship letter email.pdf", paper_pdf(email_print(
        holder, "priya.raghu@mailcove.com", "loss.mitigation@servicer.example", f"Hardship letter - loan {app.loan}",
        sent, body, "mailapp", sent, "priya.raghu@mailcove.com"), IOS_PDF), (hardship_doc(sent.date()), 1))
    return p


def packet_ce7(seed: int) -> Packet:
    """INCOMPLETE income_doc:wages - the only pay papers are two iPad screenshots of pay statements paid in May and
    June, more than 90 days before the packet arrived (stale)."""
    received = dt.date(2057, 9, 18)
    wh = Withholding(0.08, 0.0307, "PA income tax", (("Medical PPO", 71.20), ("401(k) 4%", 86.75),
                                                      ("Union dues", 24.00)))
    stubs = [pay_data("Ostrander Building Supply", "Jerome A. Fitzwilliam", "OBS-11872", "biweekly",
                      dt.date(2057, 1, 5), d, hourly(27.10, 80, (0.0, 2.0, 5.0)), wh, f"ce7-{seed}", "3306")
             for d in (dt.date(2057, 5, 25), dt.date(2057, 6, 8))]
    reloc = transfer_letter("Jerome A. Fitzwilliam", dt.date(2057, 7, 20), "Ostrander Building Supply", "Erie",
                            "Allentown", dt.date(2057, 8, 1), 3000.00, seed + 74)
    app = App("4185530962", "Jerome A. Fitzwilliam", "972-14-6603", "702 Sassafras Street", "Erie", "PA", "16502",
              "(814) 555-0126", "jfitzwilliam@mailcove.com", "primary_residence", ["relocation"],
              dt.date(2057, 8, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2057, 9, 13),
              co="Nadia L. Fitzwilliam", co_ssn="972-50-1948", seed=seed + 71)
    p = Packet("ce7", received, app, ["income_doc:wages"])
    folder = app.loan
    p.pdf(f"{folder}/Homeowner Help Request.pdf",
          paper_pdf(ferncastle_form(app, dt.datetime(2057, 9, 11, 19, 37), "HH3-57-09210"), PHONE_PDF_APP),
          (app_doc(), 3))
    shots = [worknest_tablet(s, "Yard & Delivery", "8:02 PM" if i else "7:59 PM", "Fri Sep 14", 78 - i)
             for i, s in enumerate(stubs)]
    p.raster(f"{folder}/Pay statements.pdf",
             [(stub_doc(s), shot_pages([img], IPAD)) for s, img in zip(stubs, shots, strict=True)], IOS_PDF)
    style = AppScan(keystone=6, turn=0.25, edge="top", shadow=0.28, tint=(0.93, 0.97, 1.06), quality=74)
    p.raster(f"{folder}/PocketScan 09-14-2057 08.10.pdf",
             [(letter_doc(reloc), scan_papers([reloc.paper], style, seed * 7 + 7)[0])], POCKETSCAN)
    sent = dt.datetime(2057, 9, 12, 21, 40)
    body = ["Dear Loss Mitigation team,", "",
            f"We are asking for help with our mortgage, loan {app.loan}. In July my employer closed the Erie branch "
            "where I have worked for eleven years and transferred me to its Allentown branch, more than three "
            "hundred miles away, starting August 1.", "",
            "Our house in Erie has not sold yet. I now pay rent for a room in Allentown as well as our mortgage, "
            "and my wife Nadia stayed behind with our daughter until the school year ends. We cannot keep up with "
            "both.", "",
            "I attached the transfer letter from my employer and my pay statements. We would like a lower payment "
            "until the house sells or we can move together.", "", "Jerome and Nadia Fitzwilliam"]
    p.pdf(f"{folder}/Our hardship letter.pdf", paper_pdf(email_print(
        "Jerome Fitzwilliam", "jfitzwilliam@mailcove.com", "help@ferncastlemortgage.com",
        f"Loan {app.loan} - hardship letter", sent, body, "webmail", dt.datetime(2057, 9, 14, 8, 3),
        "jfitzwilliam@mailcove.com"), IOS_PDF), (hardship_doc(sent.date()), 1))
    return p


def packet_ce8(seed: int) -> Packet:
    """COMPLETE - a widow and her son: Form 710 signed by both with fingertips (Ink annotations), ONE file mixing
    two tall phone screenshots of the online obituary with a LANDSCAPE iPad screenshot of the son's pay statement,
    the survivor pension award through PocketScan, a notes-app letter."""
    received = dt.date(2057, 10, 16)
    addr = ["19 Quarry Hill Road", "Chillicothe, OH 45601"]
    wh = Withholding(0.085, 0.03, "OH income tax", (("Medical", 58.40),))
    pay = pay_data("Paint Creek Fabrication LLC", "Tobias H. Pennington", "PCF-0552", "biweekly", dt.date(2057, 1, 12),
                   dt.date(2057, 10, 5), hourly(23.60, 80, (0.0, 4.0, 6.0)), wh, f"ce8-{seed}", "4471")
    pension = survivor_pension("Gwendolyn M. Pennington", addr, dt.date(2057, 8, 30), 1286.40,
                               "Harold J. Pennington", dt.date(2057, 7, 1))
    app = App("7761203854", "Gwendolyn M. Pennington", "925-77-3041", addr[0], "Chillicothe", "OH", "45601",
              "(740) 555-0193", "gwen.pennington@mailcove.com", "primary_residence", ["death"], dt.date(2057, 6, 22),
              "long", {"wages": pay.monthly, "benefits_taxable": pension.monthly or 0.0}, dt.date(2057, 10, 11),
              co="Tobias H. Pennington", co_ssn="925-80-6617", co_email="tobias.pennington@mailcove.com",
              checking=930.00, seed=seed + 81)
    p = Packet("ce8", received, app, [])
    name = f"Pennington {app.loan}"
    p.pdf(f"{name} - application.pdf", form710_phone(app, annotations=True), (app_doc(), 4))
    obit = obituary_screens(
        "Harold James Pennington", dt.date(1994, 3, 3), dt.date(2057, 6, 22), "Chillicothe, Ohio",
        ["Harold James Pennington, 63, of Chillicothe, passed away peacefully at home on June 22, 2057, surrounded by "
         "his family, after a long illness. He was born March 3, 1994 in Circleville to the late James and Ruth "
         "Pennington.",
         "Harold worked for thirty-one years as a lineman for South Central Power and was a proud member of IBEW "
         "Local 575. He loved fishing at Deer Creek, Buckeyes football and his grandchildren.",
         "He is survived by his wife of 38 years, Gwendolyn; his son Tobias; his daughter Mara (Kyle) Finch; three "
         "grandchildren; and his sister Joan Weller."],
        ["Visitation: Thursday, June 28, 2057, 4 to 7 p.m. at Ashgrove & Whitcomb Funeral Home, 210 East Main "
         "Street, Chillicothe.", "Funeral service: Friday, June 29, 2057 at 11 a.m., Walnut Street United Methodist "
         "Church. Burial will follow at Grandview Cemetery."],
        "Ashgrove & Whitcomb", "ashgrovewhitcomb.com", "7:58", 66)
    stub_shot = worknest_tablet(pay, "Welding - 2nd shift", "6:15 PM", "Sat Oct 6", 54)
    p.raster(f"{name} - documents.pdf", [(Doc("obituary", {}), shot_pages(obit, IPHONE)),
                                         (stub_doc(pay), shot_pages([stub_shot], IPAD))], IMAGES_APP)
    style = AppScan(keystone=7, turn=0.4, edge="left", shadow=0.33, tint=(1.03, 0.99, 0.92), quality=70)
    p.raster(f"{name} - pension letter.pdf",
             [(letter_doc(pension), scan_papers([pension.paper], style, seed * 7 + 8)[0])], POCKETSCAN)
    on = dt.date(2057, 10, 11)
    note = ["Letter about our mortgage", long_date(on), f"Loan number {app.loan}", "",
            "My husband Harold died on June 22 after a long illness. He earned most of our income as a lineman. "
            "I now receive a survivor pension from his union, and our son Tobias, who is on the loan with me, "
            "works at Paint Creek Fabrication and lives here.", "",
            "Between the funeral and the medical bills we fell two payments behind. We want to stay in the house "
            "and ask for a modification we can afford on the pension and Tobias's pay.", "",
            "Gwendolyn Pennington", "Tobias Pennington"]
    p.raster(f"{name} - letter.pdf", [(hardship_doc(on), shot_pages(notes_screens(
        note, f"{long_date(on)} at 4:26 PM", "4:31", 80, False), IPHONE))], IOS_PDF)
    return p


# --- main ------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ce1, packet_ce2, packet_ce3, packet_ce4, packet_ce5, packet_ce6,
                                             packet_ce7, packet_ce8]
FIELD_KEYS = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                           "gross_current", "gross_ytd", "net_current", "monthly_gross"},
              "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                 "ending_balance"},
              "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
              "unemployment_benefit_letter": {"letter_date", "benefit_type"},
              "irs_form_4506c": {"signed", "signed_on"}}
LETTERS = {"hardship_letter", "medical_statement", "employer_relocation_letter"}


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned, fields and the rules."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in REQUIRED_FIELDS}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in HARDSHIP_PAPERS}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        if codes_from_expected(exp) != sorted(exp["missing"]):
            problems.append(f"{name}: the rules give {codes_from_expected(exp)}, expected.json says {exp['missing']}")
        app = exp["application"]
        if not (6 <= len(exp["loan_number"]) <= 15 and exp["loan_number"].isdigit()) or \
                app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan number")
        if app["occupancy"] not in (*OCCUPANCIES, None) or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["signed"] != (app["signed_on"] is not None) or (app["co_borrower_name"] is None) != \
                (app["co_borrower_signed"] is None):
            problems.append(f"{name}: signature fields disagree")
        for key in ("signed_on", "hardship_start_date"):
            if app[key] and dt.date.fromisoformat(app[key]) > received:
                problems.append(f"{name}: {key} after receipt")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            kind = doc["type"]
            if kind not in DOC_TYPES or kind == "separator_sheet":
                problems.append(f"{name}: type {kind}")
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
            f = doc["fields"]
            want = FIELD_KEYS.get(kind, {"letter_date"} if kind in LETTERS else set())
            if set(f) != want:
                problems.append(f"{name}: {kind} fields {sorted(f)}")
                continue
            for k, v in f.items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None and \
                        dt.date.fromisoformat(v) > received:
                    problems.append(f"{name}: {kind} {k} after receipt")
            when = f.get(DOC_DATE.get(kind, ""))
            if when and abs((received - dt.date.fromisoformat(when)).days - FRESH_DAYS) <= EDGE_DAYS:
                problems.append(f"{name}: {kind} dated {when} is too near the 90-day edge")
            if kind == "pay_stub":
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: year to date below the check")
                if not f["period_start"] <= f["pay_date"] or f["period_start"] > f["period_end"]:
                    problems.append(f"{name}: pay period {f}")
        stmts = sorted((d["fields"] for d in exp["documents"] if d["type"] == "bank_statement"),
                       key=lambda s: s["period_start"])
        for a, b in itertools.pairwise(stmts):
            if (a["bank_name"], a["account_last4"]) == (b["bank_name"], b["account_last4"]) and \
                    abs(a["ending_balance"] - b["beginning_balance"]) > 0.005:
                problems.append(f"{name}: statements do not chain")
        for path in sorted((exp_path.parent / "inbox").rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(exp_path.parent / "inbox").as_posix()
            n = len(pdfium.PdfDocument(path.read_bytes()))
            stray = [i for i in range(1, n + 1) if (rel, i) not in seen]
            if stray:
                problems.append(f"{name}: pages {stray} of {rel} belong to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ce1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
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
        problems += check(args.out)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
