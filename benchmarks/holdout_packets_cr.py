"""Holdout set cr (cr1..cr8): ELDERLY AND DISABLED BORROWERS WITH HELPERS - a daughter holding her mother's power of
attorney, a son signing for his father, HUD-approved housing counselors submitting for their clients with their own
cover letters, contents pages and intake worksheets, a large-print form for low vision, borrowers on SSDI with a
part-time pharmacy job, retirees on pensions and long-term-care insurance. Written BLIND, to measure honestly how
lossmit-docs reads such mail in layouts it has never seen.

    python benchmarks/holdout_packets_cr.py OUT_DIR [--seed N] [--check] [--only cr1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its own
batch, processed with `--received-on <received_on>`; received dates are weekdays of 2063 (March to October).

WHAT WAS READ. shared/spec/* (README, checklist.md, case-report.schema.json, domain-rules.md, loan-data.md,
architecture.md), shared/samples/* (README and every expected.json, some PDFs), shared/reference/README.md,
tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py in full
(the scaffold whose helpers - signatures, scan noise, invariant reportlab output, expected.json, --check - are copied
and adapted here) and ONLY the module docstrings of the other holdout_packets*.py. Never the service's code, rules,
data files or other tests, its README or its history; the service was not run on these packets.

APPLICATIONS (three layouts, none of them Form 710)
- Bellwether Ridge Mortgage Servicing's LARGE-PRINT "Mortgage Help Request" (Form BR-LP20), SEVEN pages: a dark band
  "BELLWETHER RIDGE ... LARGE PRINT", 20-point bold captions, ONE QUESTION PER BLOCK under a heavy rule with a white
  number in a black square, 14-point help text, and every answer HAND-PRINTED IN CAPITALS ONE LETTER TO A COMB BOX
  (22 x 30 points): 1 loan number, 2 full name, 3 SSN last 4, 4 phone, 5-6 co-borrower and SSN, 7 street, 8 city,
  9 state and ZIP; 10 occupancy and 12 duration as 24-point squares with a hand-drawn X; 11 the hardship's start as
  MONTH / DAY / YEAR combs; 13 ten reasons as big squares; 14 the "other" words in two combs; 15-22 one income kind
  per block ("Money from a job, before taxes", "... that IS TAXED", "... that is NOT TAXED", "Investment or
  insurance income" ...) as "$ [6 dollar boxes] . [2 cent boxes] each month" - empty boxes for income not received;
  23 the TOTAL; 24-25 borrower and co-borrower signature lines with date combs; 26 the name and relationship of
  anyone signing under a power of attorney (a name on the form that is neither borrower). Hand-printed in pen by a
  daughter (cr2), in thick felt-tip MARKER by a low-vision borrower (cr5), in ballpoint (cr8).
- A housing counseling agency's own "BORROWER FINANCIAL INTAKE" worksheet (BFI-3, two pages) STANDING IN FOR THE
  APPLICATION: the agency's letterhead (Harborlight Housing Counseling Center, a lighthouse; Sycamore Hill Community
  Action, a tree), a captioned grid typed in Courier (client, co-client, SSNs, servicer, loan number, property
  address on one line, phone, e-mail, intake date), occupancy and ten hardship boxes in the counselor's words, the
  start date and duration; then a TWO-COLUMN LEDGER - INCOME, GROSS PER MONTH by Form 710's eight categories C1..C8
  with each source on an italic line under its category (two sources of one category each carry an amount and NO
  category subtotal: the code's amount is their sum) beside EXPENSES E1..E10 - with totals, a surplus line, and the
  COUNSELOR'S NOTES IN THE RIGHT MARGIN ("award ltr 2/21/63", "aides 7 days, ~$3,300": handwritten on paper, blue
  italic comments in the PDF); page 2 holds assets, the counselor's summary, the papers collected, a certification
  asking the servicer to treat the signed worksheet as the request, and THREE signature lines: client, co-client
  and the HOUSING COUNSELOR (signed and dated too - the counselor is not a borrower). Printed and signed in ink
  (cr1), or kept as a PDF signed on the screen (cr4, cr7).
- Quarry Bend Savings Bank's "APPLICATION FOR MORTGAGE ASSISTANCE" (Form QB-9, two pages) printed in a serif face
  and FILLED ON A TYPEWRITER: 12-point pica that rides above or below its blank and drifts with the sheet's skew, an
  X struck between brackets, and the typist's mistakes X-ED OUT letter by letter with the right answer typed after
  them (a hardship date, an income amount, a street); income lines a..h with dot leaders and a typed TOTAL, a
  housing-payment line (a distractor), typed dates beside ink signatures. The sheets were PHOTOCOPIED TWICE before
  they were sent - grey, contrast lost, a drum streak, toner dust (cr3 then faxed, cr6 then scanned).

PAPERS
- Meriwether Drug Co.'s bi-weekly EARNINGS STATEMENT for part-time hourly associates: a green cross, captioned cells
  (associate, ID, position, store; period beginning and ending, pay date, "Every two weeks (biweekly)"), an HOURS
  WORKED grid by weekday for both weeks, Regular and Sunday-premium lines with hours, rate, this period and year to
  date, taxes, a four-cell summary band with YTD under each figure and a detachable DIRECT DEPOSIT ADVICE repeating
  the net. Paid Fridays for the 14 days ending the Saturday before; every year-to-date figure is the sum of that
  year's checks by pay date.
- Social Security's NOTICE OF AWARD for disability insurance (SSDI): entitlement, the onset date, a back-benefit lump
  sum, a table whose one row gives the benefit before deductions and the amount paid (no Medicare premium yet) -
  benefit_award_letter, benefits_nontaxable (the application's non-taxable line). Social Security's BENEFIT
  VERIFICATION LETTER for a widow, "$0.00 for medical insurance premiums" - benefit_award_letter, benefits_nontaxable.
- Two pension funds' verification letters (benefit_award_letter, benefits_taxable). A Form 1099-R Copy B for last
  year's pension (an annual amount, no frequency, for a year that ended months before): neither a Form 1040 nor a
  business return, so `other`.
- Sheffield Mutual's LONG-TERM-CARE INSURANCE letters for CASH-BENEFIT policies paying the insured a fixed amount each
  month - an approval (cr3) and a reassessment (cr7) - with daily and lifetime figures that are not the monthly
  amount: benefit_award_letter whose benefit_type is `investment` (Form 710's "investment or insurance income" line,
  where the applications list it). The checklist documents that line only by investment or bank statements, so in
  both packets two consecutive fresh bank statements carry it.
- Tidewater Cooperative Bank's two-page statement with the register printed NEWEST FIRST (the balance column reads
  upward, "Beginning balance" as the last line of page 2); Pemaquid Federal Credit Union's one-page statement.
- Physicians' letters without medical detail (medical_statement); typed hardship letters - by the borrower, by a
  wife, and by a daughter or son "Attorney-in-fact for ..." (a hardship_letter all the same); a funeral home's
  STATEMENT OF FUNERAL GOODS AND SERVICES naming the deceased and the date of death (`other`: neither a death
  certificate nor an obituary).
- PAPERS THAT ARE NOT BORROWER DOCUMENTS, typed per the spec: a two-page DURABLE POWER OF ATTORNEY, initialed,
  witnessed and notarised years ago (`other`); the counselor's COVER LETTER (`other`, with budget figures that are
  not the application's); the counselor's SUBMISSION CONTENTS page opening a combined PDF - a table of the
  enclosures and their pages in the file - which is neither a separator sheet nor a fax cover, so like the samples'
  blank pages it is LISTED as a one-page `other`; FAX COVER SHEETS (a senior center's, a pharmacy's), which the
  samples do not list and neither does this set. A signature made on the borrower's line by an agent under a power
  of attorney is the borrower's signature (signed: true).

PACKETS (status by shared/spec/checklist.md on received_on; every income paper is at least 5 days from the 90-day
edge, and two statements are both fresh, so both readings of "two most recent bank statements" agree)
- cr1 COMPLETE 2063-03-27. ONE COMBINED PDF from Harborlight, "Harborlight_Bramhall_submission.pdf": page 1 the
  contents page and page 2 the cover letter BORN-DIGITAL (signed on screen), then 300 dpi grey scans of the BFI
  worksheet signed in ink by the client and the counselor (SSDI after a stroke plus part-time pharmacy wages;
  disability and reduction in income), his signed letter, the SSDI award and two fresh stubs with YTD. Wages by a
  fresh stub, SSDI by a fresh award, the illness by the letter.
- cr2 INCOMPLETE income_doc:benefits_taxable 2063-05-23. The DAUGHTER'S LOOSE HOME SCANS, 200 dpi grey, "mom
  mortgage stuff 1.pdf" .. "mom mortgage stuff 5 letter.pdf" (no loan number in any name): the large-print form
  hand-printed by her and signed on her mother's line "by Janice O. Pruett, POA" with the date (signed: true), the
  power of attorney, ONE FILE HOLDING TWO PAPERS (the Social Security verification letter, then the 2062 Form
  1099-R), a physician's letter, her letter. Social Security (non-taxable line) is documented by the fresh letter;
  the $620 town pension (taxable line) only by the 1099-R - stale and `other` - and there are no bank statements.
- cr3 COMPLETE 2063-08-09. ONE 200 dpi FAX from a senior center, "FAX0809_101412.pdf", the machine's header line on
  every page: cover sheet (unlisted), the TYPEWRITTEN QB-9 from a copy of a copy (husband and wife both sign; his
  pension and their Social Security on the taxable line, the long-term-care benefit on the insurance line), the two
  Tidewater statements WITH THE STACK TURNED OVER - July page 2, July page 1, June page 2, June page 1 (each listed in
  its own page order) -, the insurer's approval, the wife's signed letter about his illness.
- cr4 INCOMPLETE application_signature 2063-06-12. Harborlight's LOOSE E-MAILED FILES "Harborlight - Benavides -
  <paper>.pdf": cover letter, the BFI worksheet in PDF SIGNED AND DATED ONLY BY THE COUNSELOR - the client's line and
  date are empty (signed: false, signed_on null) -, two fresh stubs, a fresh pension letter, an unsigned letter
  (reduction in income and higher housing costs need no papers).
- cr5 COMPLETE 2063-04-16. A FOLDER NAMED AFTER THE LOAN: "SCAN_0001.pdf" (240 dpi grey) the large-print form in
  MARKER by the low-vision borrower, both spouses signing; born-digital SSDI award, the wife's two pharmacy stubs
  (wages), their letter.
- cr6 INCOMPLETE hardship_doc:death 2063-08-15. ONE 200 dpi grey scan from an office copier,
  "RICOH_MPC3004_20630815_101522.pdf", no separator: the typewritten QB-9 photocopied twice (a widow; death; survivor
  pension and survivor Social Security), her signed letter, the funeral home's statement, two consecutive fresh
  Tidewater statements (income documented). No death certificate and no obituary.
- cr7 COMPLETE 2063-09-25. ONE COMBINED PDF from Sycamore Hill, "SHCA_Whitcombe_packet_2063-09-21.pdf", all
  born-digital except the power of attorney (a 300 dpi scan inside it): contents page, cover letter, the BFI signed on
  the screen by the SON AS ATTORNEY-IN-FACT and by the counselor (Social Security and a pension as TWO LINES of the
  taxable category, summing to its amount; the long-term-care benefit on the insurance line), the power of attorney,
  the insurer's reassessment, July and August credit-union statements, a physician's letter, the son's letter.
- cr8 INCOMPLETE application_field:hardship_start_date 2063-10-18. ONE 200 dpi FAX from the pharmacy where the
  borrower works, "fax_4015550117_20631018_0842.pdf", header line on every page: cover sheet (unlisted), the
  large-print form in ballpoint by a wife on SSDI with a part-time job and her retired husband (both sign) with the
  HARDSHIP DATE COMBS LEFT EMPTY, her fresh stub, her SSDI award, his pension letter, their signed letter. Every
  income and the illness are documented.

CHECKS. Expected status and codes are not written by hand: `codes_from` applies checklist.md to each expected.json's
own application and documents, and the build fails when they differ from the packet's scenario. At build time every
expected value (names, amounts, dates, the application's answers) must be found printed, typed or written on its
document, and every income paper's age must stay 5 days away from the 90-day line. `--check` validates every
expected.json: keys, codes recomputed under both readings of the bank-statement rule, document types and field names
per type, ISO dates, income lines adding to the total, statements chaining their balances, every listed page
existing once, every page of every file belonging to a document (a fax's first page, its cover, aside), `scanned`
matching the absence of a text layer. Same seed, same bytes: reportlab runs in invariant mode, noise, hands and
signatures are seeded. All people, employers, agencies, banks, insurers and servicers are fictional (Social Security
and the IRS form aside); SSNs use the 900-999 area; every page carries a faint "synthetic test document" line.
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
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
PRINT_FONTS = {"pen": FONT_DIR / "dejavu/DejaVuSansCondensed.ttf",
               "marker": FONT_DIR / "dejavu/DejaVuSans-Bold.ttf",
               "ballpoint": FONT_DIR / "liberation2/LiberationSans-Regular.ttf"}
TYPE_FONT = FONT_DIR / "liberation2/LiberationMono-Regular.ttf"
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
EDGE_DAYS = 5  # every income paper's age stays this far from the 90-day edge
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
FIELD_NAMES = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "hardship_letter": {"letter_date"},
    "medical_statement": {"letter_date"},
    "mortgage_assistance_application": set(),
    "other": set(),
}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- marks: what a person adds by hand or on a typewriter ---------------------------------------------------


@dataclass
class Mark:
    """Something added to a printed page after it left the printer.

    kind: "sig" a signature (drawn strokes; w its width); "hand" a hand-written string in a slanted script;
    "cap" ONE hand-printed capital centred at x (the middle of a comb box) on baseline y, in the pen `style`;
    "x" a hand-drawn cross centred at (x, y), w across; "type" a string struck on a typewriter from x on
    baseline y, 12-point pica; "typex" the same string struck and then x-ed out, every letter typed over with
    an "X". `group` holds the whole answer a run of "cap" marks spells, for the build-time reading check."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1
    style: str = "pen"
    group: str = ""


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
    """Marks made on the screen of a born-digital file: signatures as vector strokes, anything else typed."""
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "x":
            c.setFont("Helvetica-Bold", m.w)
            c.drawCentredString(m.x, m.y - m.w * 0.35, "X")
        elif m.kind == "cap":
            c.setFont("Helvetica", m.size)
            c.drawCentredString(m.x, m.y, m.text)
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as on a screen when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_cr")
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- ink on the sheet ------------------------------------------------------------------------------------------


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def _glyph(ch: str, font: ImageFont.FreeTypeFont, angle: float, fill: int) -> Image.Image:
    """One character on a white square, turned a little the way a hand turns it."""
    side = int(font.size * 1.8) + 4
    tile = Image.new("L", (side, side), 255)
    ImageDraw.Draw(tile).text((side / 2, side / 2), ch, fill=fill, font=font, anchor="mm")
    return tile.rotate(angle, resample=Image.Resampling.BILINEAR, fillcolor=255)


def _stamp(img: Image.Image, tile: Image.Image, cx: float, cy: float) -> None:
    """Lay a tile's ink over the page centred at (cx, cy) in pixels (the darker of the two wins)."""
    x0, y0 = round(cx - tile.size[0] / 2), round(cy - tile.size[1] / 2)
    box = (x0, y0, x0 + tile.size[0], y0 + tile.size[1])
    if box[0] < 0 or box[1] < 0 or box[2] > img.size[0] or box[3] > img.size[1]:
        return
    img.paste(ImageChops.darker(img.crop(box), tile), box)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        rng = random.Random(m.seed * 7919 + int(m.x * 13) + int(m.y * 7))
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "hand":
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)
        elif m.kind == "cap":
            font = _font(PRINT_FONTS[m.style], round(m.size * scale))
            tile = _glyph(m.text, font, rng.uniform(-6, 6), 30 if m.style == "marker" else 45)
            if m.style == "marker":  # a felt-tip marker spreads
                tile = tile.filter(ImageFilter.MinFilter(3))
            cx = (m.x + rng.uniform(-1.2, 1.2)) * scale
            cy = (page_h - m.y - m.size * 0.36 + rng.uniform(-1.2, 1.2)) * scale
            _stamp(img, tile, cx, cy)
        elif m.kind == "x":
            half = m.w / 2
            width = max(2, round(1.6 * scale))
            for sx in (1, -1):
                a = (m.x - half * sx + rng.uniform(-1.5, 1.5), m.y - half + rng.uniform(-1.5, 1.5))
                b = (m.x + half * sx + rng.uniform(-1.5, 1.5), m.y + half + rng.uniform(-1.5, 1.5))
                draw.line([(a[0] * scale, (page_h - a[1]) * scale), (b[0] * scale, (page_h - b[1]) * scale)],
                          fill=38, width=width)
        elif m.kind in ("type", "typex"):
            font = _font(TYPE_FONT, round(m.size * scale))
            pitch = m.size * 0.6  # 10 characters to the inch at 12 point
            for i, ch in enumerate(m.text):
                if ch == " ":
                    continue
                x = (m.x + i * pitch + rng.uniform(-0.25, 0.25)) * scale
                y = (page_h - m.y + rng.uniform(-0.55, 0.55)) * scale
                tone = rng.choice([20, 30, 40, 55, 70]) if rng.random() < 0.85 else 95  # an uneven ribbon
                draw.text((x, y), ch, fill=tone, font=font, anchor="ls")
                if m.kind == "typex":
                    draw.text((x, y), "X", fill=25, font=font, anchor="ls")


# --- scanning, photocopying, faxing --------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    copies: int = 0  # generations of photocopying before the scanner or the fax saw the sheet


def photocopy(img: Image.Image, seed: int) -> Image.Image:
    """One pass through an office copier: contrast lost (black turns grey, white turns grey), the sheet shifted and
    turned a hair, toner blurred, a faint drum streak and a sprinkle of toner dust."""
    rng = random.Random(seed)
    out = img.point(lambda v: int(46 + v * 0.7))
    dx, dy = rng.randint(-6, 6), rng.randint(-6, 6)
    out = out.rotate(rng.uniform(-0.35, 0.35), resample=Image.Resampling.BILINEAR, translate=(dx, dy),
                     fillcolor=205)
    out = out.filter(ImageFilter.GaussianBlur(0.55))
    wd, ht = out.size
    streak_x = rng.randrange(wd // 5, wd - wd // 5)
    streak = Image.new("L", (max(2, wd // 300), ht), 232)
    region = (streak_x, 0, streak_x + streak.size[0], ht)
    out.paste(ImageChops.darker(out.crop(region), streak), region)
    px = out.load()
    for _ in range(int(wd * ht * 0.00025)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = min(px[x, y], 70)
    return out


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
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            out.append((img, page.get_height()))
        return out
    finally:
        doc.close()


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points
    fax: bool = False


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    """Print a paper, add the ink and typewriter marks of each page, photocopy it as often as the style says,
    and scan or fax the sheets."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(buf.getvalue(), style.dpi)):
        ink_on_image(img, marks[i], style.dpi / 72, page_h)
        for k in range(style.copies):
            img = photocopy(img, seed * 97 + i * 11 + k)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size, style.fax))
    return sheets


def paper_corpus(paper: Paper) -> str:
    """Everything printed on a paper's pages and everything written on them, as one string: the build-time check
    that every expected value can be read off the document looks here."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    written: list[str] = []
    for fn in paper.pages:
        c.setPageSize(paper.size)
        for m in fn(c):
            if m.kind == "cap":
                if m.group and m.group not in written:
                    written.append(m.group)
            elif m.kind in ("hand", "type"):
                written.append(m.text)
        c.showPage()
    c.save()
    text = " ".join(pg.extract_text() or "" for pg in PdfReader(io.BytesIO(buf.getvalue())).pages)
    return " ".join((text + " " + " ".join(written)).split())


# --- packets: documents, sheets and the files that carry them --------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False
    corpus: str = ""
    _placed: list[tuple[int, str, int, bool]] = field(default_factory=list)


@dataclass
class Sheet:
    """One page of a delivered file: the document it belongs to (None for a fax cover sheet), its place in that
    document's own page order, and either a scanned image or a born-digital page function."""

    doc: Doc | None
    idx: int
    scanned: ScannedPage | None = None
    fn: PageFn | None = None
    size: tuple[float, float] = letter


def digital(doc: Doc | None, paper: Paper) -> list[Sheet]:
    if doc is not None:
        doc.corpus = paper_corpus(paper)
    return [Sheet(doc, i, fn=fn, size=paper.size) for i, fn in enumerate(paper.pages)]


def scanned(doc: Doc | None, paper: Paper, style: Scan, seed: int) -> list[Sheet]:
    if doc is not None:
        doc.corpus = paper_corpus(paper)
    return [Sheet(doc, i, scanned=pg) for i, pg in enumerate(scan_paper(paper, style, seed))]


def reverse_pages(sheets: list[Sheet]) -> list[Sheet]:
    """The same sheets, the stack turned over: last page first (each keeps its place in its document)."""
    return list(reversed(sheets))


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App | None
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    covers: list[tuple[str, int]] = field(default_factory=list)

    def file(self, rel: str, sheets: Sequence[Sheet]) -> None:
        """Write one delivered file from its sheets in the order they lie in it."""
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
        c.setCreator("holdout_packets_cr")
        for n, sh in enumerate(sheets, 1):
            if sh.scanned is not None:
                c.setPageSize(sh.scanned.size)
                data = io.BytesIO()
                if sh.scanned.fax:
                    sh.scanned.image.convert("L").save(data, "PNG", optimize=False)
                else:
                    sh.scanned.image.save(data, "JPEG", quality=76)
                data.seek(0)
                c.drawImage(ImageReader(data), 0, 0, width=sh.scanned.size[0], height=sh.scanned.size[1])
            else:
                assert sh.fn is not None
                c.setPageSize(sh.size)
                apply_screen_marks(c, sh.fn(c))
                synth_line(c, sh.size)
            c.showPage()
            if sh.doc is None:
                self.covers.append((rel, n))
                continue
            sh.doc._placed.append((sh.idx, rel, n, sh.scanned is not None))
            if all(d is not sh.doc for d in self.docs):
                self.docs.append(sh.doc)
        c.save()
        self.files[rel] = buf.getvalue()
        for d in self.docs:
            placed = sorted(d._placed)
            d.pages = [(f, n) for _, f, n, _ in placed]
            d.scanned = all(s for *_, s in placed)


# --- pay: a pharmacy's part-time associate stub ------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)
    days: list[float] = field(default_factory=list)  # hours by day over the period, Sunday first

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Withholding:
    fed: float = 0.06
    state: float = 0.0375
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        return {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
                "Medicare": r2(gross * 0.0145), "State income tax": r2(gross * self.state)}


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
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

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
                ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


def cell(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str) -> None:
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", 5.8)
    c.drawString(x + 3, y + h - 7.5, caption)
    c.setFont("Helvetica-Bold", 8.8)
    c.drawString(x + 3, y + 4, value)


SUNDAY_PREMIUM = 1.50
WEEKDAYS = ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")


def pharmacy_stub(store: str, address: str, employee: str, emp_id: str, position: str, pay_date: dt.date,
                  rate: float, shifts: int, wh: Withholding, key: int) -> Stub:
    """Meriwether Drug Co.'s bi-weekly earnings statement for a part-time hourly associate: a grid of the hours
    worked each day, regular and Sunday-premium pay, taxes, a summary band and a detachable deposit advice."""
    employer = "Meriwether Drug Co."
    first = pay_date
    while first - dt.timedelta(days=14) >= dt.date(pay_date.year, 1, 1):
        first -= dt.timedelta(days=14)
    checks: list[Check] = []
    d = first
    while d <= pay_date:  # every check of the year drawn from its own date, so all stubs tell one history
        rr = random.Random(f"{emp_id}{d}{key}")
        days = [0.0] * 14
        for week in (0, 7):
            for day in rr.sample(range(7), shifts + rr.choice([-1, 0, 0, 0, 1])):
                days[week + day] = rr.choice([4.0, 4.5, 5.0, 6.0, 6.5, 7.5])
        hours = sum(days)
        sun = days[0] + days[7]
        lines = {"Regular": (hours, rate, r2(hours * rate))}
        if sun:
            lines["Sunday premium"] = (sun, SUNDAY_PREMIUM, r2(sun * SUNDAY_PREMIUM))
        checks.append(Check(d, lines, days))
        d += dt.timedelta(days=14)
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.05, 0.45, 0.32))
        c.roundRect(48, 722, 30, 30, 6, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(60, 727, 6, 20, stroke=0, fill=1)
        c.rect(53, 734, 20, 6, stroke=0, fill=1)
        c.setFillColor(Color(0.05, 0.45, 0.32))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(86, 738, "MERIWETHER DRUG CO.")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(86, 727, f"Store {store}  -  {address}")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(564, 740, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(564, 729, "Part-time hourly associate  -  keep for your records")
        c.setLineWidth(0.5)
        y = 682
        row1 = [("ASSOCIATE", employee, 170), ("ASSOCIATE ID", emp_id, 80), ("POSITION", position, 150),
                ("STORE", store, 116)]
        row2 = [("PERIOD BEGINNING", mdy(start), 110), ("PERIOD ENDING", mdy(end), 110), ("PAY DATE", mdy(pay_date),
                                                                                          96),
                ("PAY FREQUENCY", "Every two weeks (biweekly)", 200)]
        for row, yy in ((row1, y + 24), (row2, y)):
            x = 48.0
            for cap, val, wd in row:
                cell(c, x, yy, wd, 24, cap, val)
                x += wd
        # hours grid
        gy = 640
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, gy + 6, "HOURS WORKED")
        c.setFont("Helvetica-Bold", 7)
        x0 = 140
        for i, dname in enumerate(WEEKDAYS):
            c.drawCentredString(x0 + 20 + i * 44, gy - 8, dname)
        c.drawCentredString(x0 + 20 + 7 * 44, gy - 8, "TOTAL")
        c.line(48, gy - 12, 564, gy - 12)
        c.setFont("Helvetica", 8)
        for wk in (0, 1):
            yy = gy - 26 - wk * 14
            wstart = start + dt.timedelta(days=7 * wk)
            c.drawString(48, yy, f"Week of {wstart.strftime('%m/%d')}")
            for i in range(7):
                hrs = ch.days[wk * 7 + i]
                if hrs:
                    c.drawCentredString(x0 + 20 + i * 44, yy, f"{hrs:.2f}")
            c.drawCentredString(x0 + 20 + 7 * 44, yy, f"{sum(ch.days[wk * 7:wk * 7 + 7]):.2f}")
        # earnings
        ey = 574
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((48, "EARNINGS"),):
            c.drawString(x, ey, t)
        for x, t in ((230, "HOURS"), (290, "RATE"), (360, "THIS PERIOD"), (440, "YEAR TO DATE")):
            c.drawRightString(x, ey, t)
        c.line(48, ey - 4, 444, ey - 4)
        c.setFont("Helvetica", 8.5)
        yy = ey - 16
        for lab in ("Regular", "Sunday premium"):
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(48, yy, lab)
            if hrs:
                c.drawRightString(230, yy, f"{hrs:.2f}")
                c.drawRightString(290, yy, f"{rt:.4f}")
                c.drawRightString(360, yy, money(amt))
            c.drawRightString(440, yy, money(ytd[lab]))
            yy -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, yy, "Gross earnings")
        c.drawRightString(360, yy, money(ch.gross))
        c.drawRightString(440, yy, money(ytd["GROSS"]))
        # taxes and deductions
        ty = yy - 28
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(48, ty, "TAXES AND DEDUCTIONS")
        c.drawRightString(360, ty, "THIS PERIOD")
        c.drawRightString(440, ty, "YEAR TO DATE")
        c.line(48, ty - 4, 444, ty - 4)
        c.setFont("Helvetica", 8.5)
        yy = ty - 16
        for k, v in list(taxes.items()) + list(wh.deductions):
            c.drawString(48, yy, k)
            c.drawRightString(360, yy, money(v))
            c.drawRightString(440, yy, money(ytd[k]))
            yy -= 13
        # summary band
        sy = yy - 30
        heads = [("GROSS", ch.gross, ytd["GROSS"]), ("TAXES", sum(taxes.values()), sum(ytd[k] for k in taxes)),
                 ("DEDUCTIONS", sum(v for _, v in wh.deductions), sum(ytd[k] for k, _ in wh.deductions)),
                 ("NET PAY", net, ytd["NET"])]
        for i, (hd, cur, yv) in enumerate(heads):
            x = 48 + i * 129
            c.setFillColor(Color(0.86, 0.93, 0.89))
            c.rect(x, sy, 129, 34, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 5, sy + 24, hd)
            c.setFont("Helvetica-Bold" if hd == "NET PAY" else "Helvetica", 10)
            c.drawRightString(x + 124, sy + 12, money(r2(cur)))
            c.setFont("Helvetica", 6.5)
            c.drawRightString(x + 124, sy + 3, f"YTD {money(r2(yv))}")
        # detachable advice
        dy_ = sy - 40
        c.setDash(4, 3)
        c.line(40, dy_, 572, dy_)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, dy_ + 3, "DETACH HERE")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, dy_ - 22, "DIRECT DEPOSIT ADVICE  -  NON-NEGOTIABLE")
        c.setFont("Helvetica", 8.5)
        c.drawString(48, dy_ - 38, f"Deposited for {employee.upper()}")
        c.drawString(48, dy_ - 51, f"Checking account ending {emp_id[-2:]}{key % 90 + 10}")
        c.drawRightString(564, dy_ - 38, f"Advice date {mdy(pay_date)}")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(564, dy_ - 54, f"${money(net)}")
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


# --- bank statements ------------------------------------------------------------------------------------------


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


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and an older household's debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("MORTGAGE PMT - PARTIAL", 0), ("SHOP N SAVE #22 POS", 1), ("PORT ALDEN ELECTRIC AUTOPAY", 0),
              ("HARBOR RX COPAY POS", 1), ("MEDIGAP SUPPLEMENT PREM", 0), ("BRIGHTHAVEN HOME CARE", 0),
              ("CHECK", 0), ("ATM WITHDRAWAL", 1), ("TOWN WATER DEPT", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 120) if small else rng.uniform(80, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


def tidewater_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                        begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Tidewater Cooperative Bank: two pages, the register printed NEWEST FIRST (the balance column reads upward),
    the beginning balance as the register's LAST line on page 2, a summary box and a check-image note."""
    bank = "Tidewater Cooperative Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    ending = bal
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    rows.reverse()  # newest first
    first, rest = rows[:8], rows[8:]

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.0, 0.3, 0.42))
        for i in range(3):
            c.setLineWidth(1.4)
            c.setStrokeColor(Color(0.0, 0.3 + i * 0.12, 0.42 + i * 0.1))
            c.bezier(48, 742 - i * 5, 62, 752 - i * 5, 74, 732 - i * 5, 90, 742 - i * 5)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 17)
        c.drawString(98, 738, "Tidewater Cooperative Bank")
        c.setFillColor(black)
        c.setFont("Times-Italic", 8.5)
        c.drawString(98, 727, "A mutual savings institution since 1871  -  Member FDIC")
        c.setFont("Helvetica", 8)
        c.drawRightString(564, 744, "CHECKING STATEMENT")
        c.drawRightString(564, 733, f"{long_date(start)} to {long_date(end)}")
        c.drawRightString(564, 722, f"Account no. ...{acct[-4:]}   Page {n} of 2")
        c.setLineWidth(0.8)
        c.line(48, 714, 564, 714)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(48, y, "POSTED")
        c.drawString(100, y, "DESCRIPTION")
        c.drawRightString(390, y, "WITHDRAWALS")
        c.drawRightString(470, y, "DEPOSITS")
        c.drawRightString(560, y, "BALANCE")
        c.line(48, y - 4, 564, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(48, y, d.strftime("%b %d"))
            c.drawString(100, y, desc)
            c.drawRightString(390 if a < 0 else 470, y, money(abs(a)))
            c.drawRightString(560, y, money(b))
            y -= 13.5
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 12
        c.setLineWidth(0.6)
        c.rect(330, 600, 234, 100, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(338, 688, "SUMMARY FOR THIS PERIOD")
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Balance on " + mdy(start), begin), ("Deposits and credits", dep),
                                    ("Withdrawals and debits", wd), ("Balance on " + mdy(end), ending))):
            c.drawString(338, 670 - 16 * i, k)
            c.drawRightString(556, 670 - 16 * i, money(v))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, 575, "ACCOUNT ACTIVITY  (most recent first)")
        register(c, 558, first)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(48, 130, "Continued on page 2. Images of paid checks are available in online banking.")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, 692, "ACCOUNT ACTIVITY  (continued)")
        y = register(c, 675, rest)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, start.strftime("%b %d"))
        c.drawString(100, y, "Beginning balance")
        c.drawRightString(560, y, money(begin))
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 40, "In case of errors or questions about your electronic transfers, call 1-800-555-0186 "
                                 "or write to Tidewater")
        c.drawString(48, y - 50, "Cooperative Bank, 9 Custom House Square, as soon as you can.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def pemaquid_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Pemaquid Federal Credit Union: one page, a one-line summary table and a chronological share-draft register."""
    bank = "Pemaquid Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.42, 0.16, 0.12))
        c.circle(64, 742, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(64, 738, "P")
        c.setFillColor(Color(0.42, 0.16, 0.12))
        c.setFont("Helvetica-Bold", 14)
        c.drawString(88, 744, "PEMAQUID")
        c.setFont("Helvetica", 9)
        c.drawString(88, 732, "Federal Credit Union")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(564, 744, "Statement of Account")
        c.setFont("Helvetica", 8)
        c.drawRightString(564, 732, f"Member number ******{acct[-4:]}")
        c.drawRightString(564, 721, f"Statement period {mdy(start)} - {mdy(end)}")
        c.setFont("Helvetica", 9)
        y = 700
        for ln in [holder, *address]:
            c.drawString(60, y, ln)
            y -= 12
        heads = ["Previous balance", "Deposits", "Withdrawals", "Dividends", "New balance"]
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        vals = [begin, dep, wd, 0.0, ending]
        x = 48.0
        for hd, v in zip(heads, vals, strict=True):
            c.setFillGray(0.9)
            c.rect(x, 630, 103, 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + 51, 635, hd)
            c.rect(x, 612, 103, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 9)
            c.drawCentredString(x + 51, 618, money(v))
            x += 103.2
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, 590, f"SHARE DRAFT CHECKING  ...{acct[-4:]}")
        c.setFont("Helvetica-Bold", 7.5)
        y = 574
        c.drawString(48, y, "DATE")
        c.drawString(100, y, "TRANSACTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(560, y, "BALANCE")
        c.line(48, y - 4, 564, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(48, y, mdy(start)[:5])
        c.drawString(100, y, "Beginning Balance")
        c.drawRightString(560, y, money(begin))
        y -= 13
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(48, y, mdy(d)[:5])
            c.drawString(100, y, desc)
            c.drawRightString(470, y, money(a) if a > 0 else f"({money(-a)})")
            c.drawRightString(560, y, money(bal))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y, "Ending Balance")
        c.drawRightString(560, y, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(48, 60, "Federally insured by NCUA. Pemaquid Federal Credit Union, 14 Harbor Road.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters and papers ---------------------------------------------------------------------------------------


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


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type == "other":
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def ssa_head(c: Canvas, title: str, sub: str, date: dt.date, claim: str) -> None:
    c.setFillColor(Color(0.1, 0.2, 0.42))
    c.circle(66, 738, 17, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8)
    c.drawCentredString(66, 735, "SSA")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(92, 744, "SOCIAL SECURITY ADMINISTRATION")
    c.setFont("Helvetica", 8.5)
    c.drawString(92, 732, sub)
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(W - 54, 744, title)
    c.setFont("Helvetica", 8.5)
    c.drawRightString(W - 54, 731, f"Date: {long_date(date)}")
    c.drawRightString(W - 54, 720, f"Claim Number: {claim}")
    c.setLineWidth(0.7)
    c.line(54, 710, W - 54, 710)


def ssdi_award(person: str, address: Sequence[str], date: dt.date, monthly: float, onset: dt.date,
               entitled: dt.date, ssn4: str, office: Sequence[str]) -> Letter:
    """Social Security's Notice of Award for disability insurance benefits: entitlement, the monthly amount in a
    table (no Medicare premium yet: Medicare starts 24 months after entitlement), back benefits paid once."""
    months = (date.year - entitled.year) * 12 + date.month - entitled.month
    assert months > 0
    back = r2(monthly * months)
    last_due = date.replace(day=1) - dt.timedelta(days=1)

    def page(c: Canvas) -> list[Mark]:
        ssa_head(c, "Notice of Award", "Retirement, Survivors and Disability Insurance", date, f"XXX-XX-{ssn4}A")
        c.setFont("Helvetica", 10)
        y = 690
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 13
        c.setFont("Helvetica", 8)
        oy = 690
        c.drawString(380, oy, "Social Security office:")
        for ln in office:
            oy -= 11
            c.drawString(380, oy, ln)
        y -= 16
        y = paragraphs(c, 72, y, W - 144, [
            f"We are writing to tell you that you are entitled to monthly disability benefits beginning "
            f"{entitled.strftime('%B %Y')}.",
            f"We found that you became disabled under our rules on {long_date(onset)}. You have to be disabled for "
            "5 full calendar months in a row before you can be entitled to benefits."], font="Helvetica", size=10,
            leading=13.5)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, "What We Will Pay And When")
        y -= 18
        y = paragraphs(c, 72, y, W - 144, [
            f"You will receive ${money(back)} around {long_date(date + dt.timedelta(days=9))}. This is the money you "
            f"are due for {entitled.strftime('%B %Y')} through {last_due.strftime('%B %Y')}.",
            "After that you will receive your benefit each month, on the second Wednesday of the month, by direct "
            "deposit. The table below shows your benefit."], font="Helvetica", size=10, leading=13.5)
        heads = ["Beginning", "Benefit amount before any deductions", "Amount we pay"]
        xs = [72, 190, 420]
        c.setFillGray(0.9)
        c.rect(72, y - 4, W - 144, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        for x, hd in zip(xs, heads, strict=True):
            c.drawString(x + 4, y, hd)
        c.setFont("Helvetica", 10)
        c.drawString(76, y - 20, entitled.strftime("%B %Y"))
        c.drawString(194, y - 20, f"${money(monthly)}")
        c.drawString(424, y - 20, f"${money(monthly)}")
        c.line(72, y - 28, W - 72, y - 28)
        y = paragraphs(c, 72, y - 50, W - 144, [
            "You will be entitled to Medicare hospital and medical insurance beginning 24 months after your "
            "entitlement date. We will send you a card and information about Medicare before then.",
            "Report any work you do. You may work part time and keep your benefits while your earnings stay under "
            "our limits; tell us when you start or stop work or when your earnings change.",
            "If you disagree with this decision, you have 60 days to ask for an appeal."], font="Helvetica",
            size=9.5, leading=12.5)
        c.setFont("Helvetica", 9.5)
        c.drawString(72, y - 10, "Social Security Administration")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_nontaxable")


def ssa_verification(person: str, address: Sequence[str], date: dt.date, monthly: float, ssn4: str) -> Letter:
    """Social Security's benefit verification letter for a retired widow (no Medicare premium is deducted: the
    state's Medicare savings program pays it), printed by the field office."""

    def page(c: Canvas) -> list[Mark]:
        ssa_head(c, "Benefit Verification Letter", "Retirement, Survivors and Disability Insurance", date,
                 f"XXX-XX-{ssn4}B1")
        c.setFont("Helvetica", 10)
        y = 688
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 14
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y, "Information About Current Social Security Benefits")
        y -= 20
        y = paragraphs(c, 72, y, W - 144, [
            "You are entitled to monthly widow's benefits. You became entitled to these benefits in March 2044.",
            f"Beginning December 2062, the full monthly Social Security benefit before any deductions is "
            f"${money(monthly)}.",
            "We deduct $0.00 for medical insurance premiums each month; the State Medicare Savings Program pays "
            "your Medicare Part B premium.",
            f"The regular monthly Social Security payment is ${money(monthly)}. Social Security benefits for a "
            "given month are paid the following month. Your benefit is paid on the third of each month.",
            "This letter may be used as proof of income for housing, lending and benefit programs."],
            font="Helvetica", size=10, leading=13.5)
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 6, "If you have questions, call us at 1-800-555-0213 or visit any Social Security office.")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_nontaxable")


def letterhead(c: Canvas, name: str, sub: str, color: Color, serif: bool = False) -> None:
    c.setFillColor(color)
    c.setFont("Times-Bold" if serif else "Helvetica-Bold", 15)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Times-Roman" if serif else "Helvetica", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = (), serif: bool = True) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head, serif=serif)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            for k, v in table:
                c.setFont("Times-Roman", 11)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", 11)
                c.drawString(300, y, v)
                y -= 15
            y -= 12
        c.setFont("Times-Roman", 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])


def pension_letter(fund: str, fund_addr: str, color: Color, member: str, address: Sequence[str], date: dt.date,
                   monthly: float, since: dt.date, job: str) -> Letter:
    paras = [f"At the member's request, this letter confirms that {member} has received a retirement pension from "
             f"the {fund} since {long_date(since)}, after {job}.",
             "The pension is paid monthly by direct deposit on the first business day of each month for the rest of "
             "the member's life. It is subject to federal income tax and the fund withholds tax as the member has "
             "elected on Form W-4P.",
             "This verification is current as of the date above. Cost-of-living increases, when the trustees approve "
             "one, take effect each January."]
    table = [("Member", member), ("Pension start date", long_date(since)),
             ("Gross monthly pension", "$" + money(monthly)), ("Paid", "Monthly, by direct deposit"),
             ("Taxable", "Yes")]
    paper = simple_letter((fund.upper(), fund_addr, color), date, [member, *address],
                          "Re: Verification of monthly pension benefit", paras,
                          ["Sincerely,", "", "Pension Administration Office", fund], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def ltc_letter(insured: str, address: Sequence[str], date: dt.date, monthly: float, policy: str,
               eligible: dt.date, review: bool = False) -> Letter:
    """A long-term-care insurer's benefit eligibility determination (or, with review, its yearly reassessment): a
    cash-benefit policy paying the insured a fixed amount every month (insurance income, the application's
    investment-or-insurance line), with daily and lifetime figures that are not the monthly amount."""
    daily = r2(monthly / 30)
    lifetime = r2(monthly * 72)
    first_pay = (eligible.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    if review:
        opening = (f"We have completed the scheduled reassessment of your claim. You continue to be a chronically ill "
                   f"individual as defined in your policy (you first met the elimination period on "
                   f"{long_date(eligible)}), and your benefits CONTINUE without change.")
    else:
        opening = (f"We have completed our review of your claim. Based on the assessment by our care coordinator, "
                   f"you are a chronically ill individual as defined in your policy, and you met the elimination "
                   f"period on {long_date(eligible)}. Your claim is APPROVED.")

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.33, 0.2, 0.45))
        c.rect(0, 756, W, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 16)
        c.drawString(54, 768, "SHEFFIELD MUTUAL")
        c.setFont("Helvetica", 8.5)
        c.drawString(230, 770, "Long-Term Care Insurance  -  Claims Department")
        c.drawRightString(W - 54, 770, "PO Box 4410, Sheffield, CT 06070")
        c.setFillColor(black)
        c.setFont("Helvetica", 9.5)
        c.drawString(54, 726, long_date(date))
        y = 700
        for ln in [insured, *address]:
            c.drawString(54, y, ln)
            y -= 12.5
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(W - 54, 726, f"Policy number {policy}")
        c.drawRightString(W - 54, 714, f"Claim LTC-{policy[-5:]}-01")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, y - 14, "Annual Benefit Reassessment" if review else "Benefit Eligibility Determination")
        y = paragraphs(c, 54, y - 36, W - 108, [
            f"Dear {insured.split()[0]}:", opening,
            "Your policy is a cash-benefit policy. We pay the monthly benefit to you, the insured, whether or not "
            "you use paid care; you do not need to send us receipts.",
            "We will reassess your eligibility every twelve months. Premiums are waived while benefits are paid."],
            font="Helvetica", size=9.8, leading=13)
        rows = [("Monthly cash benefit", f"${money(monthly)}"), ("Paid", "Monthly, on the first business day"),
                ("Daily benefit equivalent", f"${money(daily)}"), ("Remaining lifetime maximum", f"${money(lifetime)}"),
                ("Benefits paid since" if review else "First payment", long_date(first_pay))]
        c.setLineWidth(0.5)
        for k, v in rows:
            c.line(54, y - 4, 360, y - 4)
            c.setFont("Helvetica", 9.5)
            c.drawString(58, y, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawRightString(356, y, v)
            y -= 17
        y = paragraphs(c, 54, y - 14, W - 108, [
            "Benefits paid under a qualified long-term care insurance contract are generally not taxable up to the "
            "federal per-diem limit. Please consult a tax adviser.", "Sincerely,", "Long-Term Care Claims Examiner"],
            font="Helvetica", size=9.5, leading=12.5)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "investment")


def medical_letter(practice: str, practice_addr: str, doctor: str, patient: str, born: str, date: dt.date,
                   paras: Sequence[str]) -> Letter:
    """A physician's letter confirming that a patient needs care, without medical detail."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, 742, practice)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 729, practice_addr)
        c.setLineWidth(0.4)
        c.line(120, 721, W - 120, 721)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        c.drawString(72, 660, "To whom it may concern:")
        c.setFont("Times-Bold", 11)
        c.drawString(72, 640, f"Re: {patient}, date of birth {born}")
        y = paragraphs(c, 72, 614, W - 144, paras)
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Sincerely,")
        c.drawString(72, y - 48, f"{doctor}, M.D.")
        return [Mark("sig", 72, y - 34, w=150, seed=len(doctor) * 31 + date.day)]

    return Letter(Paper([page]), "medical_statement", date)


def hardship_letter(signers: Sequence[str], heading: Sequence[str], loan: str, date: dt.date, servicer: str,
                    paras: Sequence[str], ink: bool, seed: int, capacity: str = "") -> Letter:
    """A typed hardship letter; signed in ink when it was printed and mailed. `capacity` is printed under the
    signer's name when someone signs for the borrower (an agent under a power of attorney)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in heading:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [servicer, "Attn: Loss Mitigation"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Loan number {loan} - letter explaining our hardship")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Sir or Madam:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Sincerely,")
        marks = []
        sy = y - 44
        for i, nm in enumerate(signers):
            x = 72 + i * 240
            c.drawString(x, sy - 14, nm)
            if capacity and i == 0:
                c.setFont("Times-Italic", 10)
                c.drawString(x, sy - 27, capacity)
                c.setFont("Times-Roman", 11)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def form_1099r(payer: Sequence[str], payer_tin: str, recipient: str, address: Sequence[str], rec_tin4: str,
               year: int, gross: float, fed: float, state: float, acct: str) -> Letter:
    """Copy B of a Form 1099-R for the pension paid last year: a tax information return (an annual amount, no
    frequency), neither a Form 1040 nor a business return, so its type is `other`."""

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.6)
        left, top = 40, 740
        c.setFont("Helvetica", 6)
        c.drawString(left + 2, top - 8, "PAYER'S name, street address, city or town, state, ZIP code, and phone no.")
        c.rect(left, top - 84, 250, 84)
        c.setFont("Helvetica", 9)
        y = top - 22
        for ln in payer:
            c.drawString(left + 6, y, ln)
            y -= 11
        boxes_l = [("PAYER'S TIN", payer_tin), ("RECIPIENT'S TIN", f"XXX-XX-{rec_tin4}")]
        for i, (cap, val) in enumerate(boxes_l):
            x = left + i * 125
            c.rect(x, top - 120, 125, 36)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, top - 92, cap)
            c.setFont("Helvetica", 9)
            c.drawString(x + 6, top - 112, val)
        c.rect(left, top - 200, 250, 80)
        c.setFont("Helvetica", 6)
        c.drawString(left + 3, top - 128, "RECIPIENT'S name")
        c.drawString(left + 3, top - 156, "Street address (including apt. no.)")
        c.drawString(left + 3, top - 180, "City or town, state or province, country, and ZIP or foreign postal code")
        c.setFont("Helvetica", 9)
        c.drawString(left + 6, top - 142, recipient.upper())
        c.drawString(left + 6, top - 168, address[0].upper())
        c.drawString(left + 6, top - 193, address[1].upper())
        c.rect(left, top - 228, 250, 28)
        c.setFont("Helvetica", 6)
        c.drawString(left + 3, top - 207, "Account number (see instructions)")
        c.setFont("Helvetica", 9)
        c.drawString(left + 6, top - 222, acct)
        boxes = [("1  Gross distribution", f"$ {money(gross)}"), ("2a  Taxable amount", f"$ {money(gross)}"),
                 ("2b  Taxable amount not determined  [ ]   Total distribution  [ ]", ""),
                 ("3  Capital gain (included in box 2a)", "$"), ("4  Federal income tax withheld", f"$ {money(fed)}"),
                 ("5  Employee contributions / Designated Roth contributions", "$"),
                 ("7  Distribution code(s)      IRA/SEP/SIMPLE  [ ]", "7"),
                 ("14  State tax withheld", f"$ {money(state)}"), ("16  State distribution", f"$ {money(gross)}")]
        y = top
        for cap, val in boxes:
            c.rect(left + 254, y - 25.3, 150, 25.3)
            c.setFont("Helvetica", 5.8)
            c.drawString(left + 257, y - 7, cap[:48])
            c.setFont("Helvetica", 9)
            c.drawString(left + 262, y - 20, val)
            y -= 25.3
        c.setFont("Helvetica", 7)
        c.drawString(left + 412, top - 10, "OMB No. 1545-0119")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(left + 412, top - 34, str(year))
        c.setFont("Helvetica", 7)
        c.drawString(left + 412, top - 46, "Form 1099-R")
        c.setFont("Helvetica-Bold", 8.5)
        yy = top - 66
        for ln in ("Distributions From", "Pensions, Annuities,", "Retirement or", "Profit-Sharing", "Plans, IRAs,",
                   "Insurance", "Contracts, etc."):
            c.drawString(left + 412, yy, ln)
            yy -= 10.5
        c.setFont("Helvetica-Bold", 9)
        c.drawString(left + 412, yy - 12, "Copy B")
        c.setFont("Helvetica", 6.5)
        copy_b = ("Report this income on your", "federal tax return. If this", "form shows federal income",
                  "tax withheld in box 4, attach", "this copy to your return.")
        for i, ln in enumerate(copy_b):
            c.drawString(left + 412, yy - 24 - i * 8, ln)
        c.setFont("Helvetica", 7)
        c.drawString(left, top - 246, f"Form 1099-R     For calendar year {year}     www.irs.gov/Form1099R     "
                                      "Department of the Treasury - Internal Revenue Service")
        c.setDash(3, 3)
        c.line(30, top - 262, W - 30, top - 262)
        c.setDash()
        c.setFont("Helvetica", 8)
        c.drawString(left, top - 282, "Your pension fund mails this form each January for the pension paid during the "
                                      "calendar year shown. Keep it with your tax records.")
        return []

    return Letter(Paper([page]), "other", dt.date(year + 1, 1, 24))


def power_of_attorney(principal: str, p_address: str, agent: str, relation: str, a_address: str, county: str,
                      state_name: str, signed: dt.date, notary: str, seed: int) -> Letter:
    """A two-page durable power of attorney for financial matters, initialed, signed, witnessed and notarised
    years ago: not a borrower paper the checklist asks for, so it is `other`."""
    powers = ["Real estate transactions, including my home and any mortgage on it",
              "Banking and other financial institution transactions", "Insurance and annuity transactions",
              "Retirement plans, pensions and government benefits, including Social Security",
              "Tax matters, including signing returns and IRS forms", "Claims and litigation",
              "Personal and family maintenance", "Gifts to my spouse and descendants, up to the annual exclusion"]
    inits = "".join(w[0] for w in principal.replace(".", "").split())

    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 730, "DURABLE GENERAL POWER OF ATTORNEY")
        c.setFont("Times-Italic", 10)
        c.drawCentredString(W / 2, 714, "Financial matters  -  this power of attorney is not affected by my later "
                                        "incapacity")
        y = paragraphs(c, 72, 684, W - 144, [
            f"I, {principal}, of {p_address}, appoint my {relation}, {agent}, of {a_address}, as my agent "
            "(attorney-in-fact) to act for me in any lawful way with respect to each subject below that I have "
            "initialed.",
            "To grant authority over a subject, I have written my initials in the box before it."], size=11)
        marks: list[Mark] = []
        for i, pw in enumerate(powers):
            c.rect(72, y - 4, 34, 16)
            c.setFont("Times-Roman", 11)
            c.drawString(116, y, f"({chr(65 + i)})  {pw}")
            marks.append(Mark("hand", 76, y - 1, inits, size=11, seed=seed + i))
            y -= 24
        paragraphs(c, 72, y - 10, W - 144, [
            "This power of attorney is effective immediately and shall not be affected by my subsequent disability "
            "or incapacity, or by the lapse of time. Any third party who receives a copy of this document may act "
            "under it.",
            "My agent shall keep my funds separate from the agent's own funds and shall keep records of every "
            "transaction made on my behalf."], size=11)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, "Page 1 of 2")
        return marks

    def page2(c: Canvas) -> list[Mark]:
        day = signed.day
        suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 720, f"Signed this {day}{suffix} day of {signed.strftime('%B')}, {signed.year}.")
        marks = [Mark("sig", 80, 682, w=190, seed=seed + 20)]
        c.line(72, 680, 330, 680)
        c.drawString(72, 667, f"{principal}, Principal")
        y = 630
        for i in range(2):
            c.line(72, y, 300, y)
            c.drawString(72, y - 13, f"Witness {i + 1}")
            marks.append(Mark("sig", 80, y + 2, w=150, seed=seed + 30 + i))
            y -= 48
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 6, "ACKNOWLEDGMENT")
        y = paragraphs(c, 72, y - 26, W - 144, [
            f"State of {state_name}, County of {county}, ss.: On {long_date(signed)}, before me, the undersigned, "
            f"personally appeared {principal}, personally known to me or proved to me on the basis of satisfactory "
            "evidence to be the individual whose name is subscribed to this instrument, and acknowledged executing "
            "it."], size=11)
        c.line(72, y - 20, 300, y - 20)
        c.drawString(72, y - 33, f"{notary}, Notary Public")
        marks.append(Mark("sig", 80, y - 18, w=150, seed=seed + 40))
        c.setLineWidth(1.2)
        c.circle(430, y - 10, 38)
        c.circle(430, y - 10, 30)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawCentredString(430, y - 6, "NOTARY PUBLIC")
        c.drawCentredString(430, y - 16, state_name.upper())
        c.setLineWidth(0.6)
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 80, "AGENT'S ACCEPTANCE")
        y2 = paragraphs(c, 72, y - 100, W - 144, [
            "By signing below I accept my appointment as agent and acknowledge my duties to act in the principal's "
            "best interest, in good faith, and only within the authority granted."], size=11)
        c.line(72, y2 - 20, 330, y2 - 20)
        c.drawString(72, y2 - 33, f"{agent}, Agent")
        marks.append(Mark("sig", 80, y2 - 18, w=170, seed=seed + 50))
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, "Page 2 of 2")
        return marks

    return Letter(Paper([page1, page2]), "other", signed)


@dataclass(frozen=True)
class Agency:
    name: str
    sub: str
    address: str
    hud_id: str
    color: Color
    logo: str  # "lighthouse" | "tree"
    counselor: str
    title: str
    phone: str


def agency_logo(c: Canvas, ag: Agency, x: float, y: float) -> None:
    c.saveState()
    c.setFillColor(ag.color)
    if ag.logo == "lighthouse":
        p = c.beginPath()
        p.moveTo(x + 8, y)
        p.lineTo(x + 22, y)
        p.lineTo(x + 19, y + 30)
        p.lineTo(x + 11, y + 30)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.rect(x + 9, y + 30, 12, 6, stroke=0, fill=1)
        c.setStrokeColor(ag.color)
        c.setLineWidth(1)
        for dx in (-10, 40):
            c.line(x + 15, y + 33, x + dx, y + 38)
            c.line(x + 15, y + 33, x + dx, y + 28)
    else:
        c.circle(x + 15, y + 24, 13, stroke=0, fill=1)
        c.rect(x + 12, y, 6, 14, stroke=0, fill=1)
    c.restoreState()


def agency_head(c: Canvas, ag: Agency) -> None:
    agency_logo(c, ag, 60, 722)
    c.setFillColor(ag.color)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(104, 744, ag.name.upper())
    c.setFont("Helvetica", 9)
    c.drawString(104, 732, ag.sub)
    c.setFillColor(black)
    c.setFont("Helvetica", 7.5)
    c.drawString(104, 722, f"A HUD-approved housing counseling agency  -  HUD agency ID {ag.hud_id}")
    c.drawRightString(W - 54, 744, ag.address)
    c.drawRightString(W - 54, 733, ag.phone)
    c.setStrokeColor(ag.color)
    c.setLineWidth(2)
    c.line(54, 712, W - 54, 712)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def cover_letter(ag: Agency, date: dt.date, via: str, servicer: Sequence[str], clients: str, loan: str,
                 paras: Sequence[str], enclosed: Sequence[str], seed: int) -> Letter:
    """The counselor's cover letter that opens the agency's submission (type `other`: not a borrower paper)."""

    def page(c: Canvas) -> list[Mark]:
        agency_head(c, ag)
        c.setFont("Helvetica", 10)
        c.drawString(72, 688, long_date(date))
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(72, 674, via)
        c.setFont("Helvetica", 10)
        y = 652
        for ln in servicer:
            c.drawString(72, y, ln)
            y -= 13
        y -= 10
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, f"Re:  {clients}  -  loan number {loan}")
        c.drawString(72, y - 13, "       Request for mortgage assistance submitted by a housing counselor")
        y = paragraphs(c, 72, y - 36, W - 144, paras, font="Helvetica", size=10, leading=13.5)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, "Enclosed:")
        c.setFont("Helvetica", 10)
        y -= 14
        for i, e in enumerate(enclosed, 1):
            c.drawString(90, y, f"{i}.  {e}")
            y -= 13
        y -= 12
        c.drawString(72, y, "Sincerely,")
        c.drawString(72, y - 44, f"{ag.counselor}, {ag.title}")
        c.drawString(72, y - 57, f"{ag.name}  -  {ag.phone}")
        return [Mark("sig", 74, y - 32, w=150, seed=seed)]  # drawn on screen when e-mailed, in ink on paper

    return Letter(Paper([page]), "other", date)


def contents_page(ag: Agency, date: dt.date, client: str, loan: str, servicer: str,
                  entries: Sequence[tuple[str, int]]) -> Letter:
    """The first page of the agency's combined PDF: a table of contents giving each enclosure's pages in the file.
    It is neither a separator sheet nor a fax cover, so, like the samples' blank pages, it is listed as `other`."""
    total = 1 + sum(n for _, n in entries)

    def page(c: Canvas) -> list[Mark]:
        agency_head(c, ag)
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 670, "SUBMISSION CONTENTS")
        c.setFont("Helvetica", 9.5)
        facts = [("Client", client), ("Loan number", loan), ("Servicer", servicer),
                 ("Prepared by", f"{ag.counselor}, {ag.title}"), ("Prepared on", long_date(date)),
                 ("Pages in this file", f"{total} including this page")]
        y = 642
        for k, v in facts:
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 9.5)
            c.drawString(190, y, v)
            y -= 15
        y -= 16
        c.setFillColor(ag.color)
        c.rect(72, y - 4, W - 144, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(78, y + 1, "TAB")
        c.drawString(120, y + 1, "ENCLOSURE")
        c.drawRightString(W - 80, y + 1, "PAGES OF THIS PDF")
        c.setFillColor(black)
        y -= 22
        page_no = 2
        c.setFont("Helvetica", 10)
        for i, (title, n) in enumerate(entries, 1):
            rng_txt = f"{page_no}" if n == 1 else f"{page_no} - {page_no + n - 1}"
            c.drawString(80, y, chr(64 + i))
            c.drawString(120, y, title)
            c.setDash(1, 2)
            c.line(120 + stringWidth(title, "Helvetica", 10) + 6, y, W - 130, y)
            c.setDash()
            c.drawRightString(W - 80, y, rng_txt)
            page_no += n
            y -= 20
        paragraphs(c, 72, y - 20, W - 144, [
            "The papers were scanned at our office from the originals the homeowner brought to the session, or "
            "saved from the homeowner's online accounts. The agency does not judge whether the package is complete."],
            font="Helvetica-Oblique", size=9, leading=12)
        return []

    return Letter(Paper([page]), "other", date)


def fax_cover(sender: str, sender_lines: Sequence[str], sender_fax: str, to: str, to_fax: str, date: dt.date,
              pages: int, re: str, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(54, 660, W - 108, 90)
        c.setFont("Helvetica-Bold", 36)
        c.drawString(70, 700, "FACSIMILE")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 70, 730, sender)
        c.setFont("Helvetica", 8.5)
        yy = 716
        for ln in sender_lines:
            c.drawRightString(W - 70, yy, ln)
            yy -= 11
        c.setLineWidth(0.8)
        rows = [("TO", to), ("FAX NUMBER", to_fax), ("FROM", sender), ("SENDER FAX", sender_fax),
                ("DATE", mdy(date)), ("NUMBER OF PAGES (with cover)", str(pages)), ("RE", re)]
        y = 620
        for k, v in rows:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(60, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(250, y, v)
            c.line(245, y - 4, W - 60, y - 4)
            y -= 28
        paragraphs(c, 60, y - 10, W - 120, [note], font="Helvetica", size=10.5, leading=14)
        c.setFont("Helvetica", 8)
        c.drawString(60, 90, "CONFIDENTIAL: the pages that follow are intended only for the addressee. If you received "
                             "them in error, call the sender.")
        return []

    return Paper([page])


def fax_header(sheets: Sequence[Sheet], stamp: str, sender: str, number: str) -> None:
    """The sending machine's header line across the top of every faxed page."""
    total = len(sheets)
    for i, sh in enumerate(sheets, 1):
        assert sh.scanned is not None
        img = sh.scanned.image
        scale = img.size[0] / sh.scanned.size[0]
        draw = ImageDraw.Draw(img)
        font = _font(TYPE_FONT, round(7.5 * scale))
        draw.text((30 * scale, 12 * scale), f"{stamp}  {sender}  {number}   P.{i:03d}/{total:03d}", fill=0, font=font)


# --- applications -------------------------------------------------------------------------------------------------


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
    start: dt.date | None
    duration: str  # short | long | resolved
    lines: list[tuple[str, str, float]]  # (income code, the source in the filler's words, monthly amount)
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    b_signs: bool = True  # the borrower's line carries a signature (the borrower's, or an agent's for the borrower)
    b_dates: bool = True
    co_signs: bool = True  # signature and date together
    agent: str = ""  # who signs the borrower's line under a power of attorney
    agent_relation: str = ""
    hand: str = "pen"
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
        return r2(sum(self.income.values()))

    def expected(self) -> dict[str, Any]:
        income = {k: v for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


# Bellwether Ridge Mortgage Servicing's LARGE-PRINT "Mortgage Help Request" (BR-LP20): seven pages, captions in 20 pt
# bold, one question to a block under a heavy rule, a white number in a black square, answers HAND-PRINTED IN
# CAPITALS ONE LETTER TO A COMB BOX (22 x 30 points), choices as 24-point squares marked with a hand-drawn X.

LP_BOX_W, LP_BOX_H = 22.0, 30.0
LP_LEFT = 50.0
LP_REASONS = ("I LOST MY JOB", "MY INCOME WENT DOWN", "MY HOUSING COSTS WENT UP", "A DISASTER (FIRE, FLOOD, STORM)",
              "ILLNESS OR DISABILITY", "DIVORCE OR LEGAL SEPARATION", "SEPARATED FROM A CO-OWNER (NOT MARRIED)",
              "DEATH OF A BORROWER OR EARNER", "JOB MOVED FAR AWAY", "OTHER (TELL US BELOW)")
LP_INCOME = (("Money from a job, before taxes", "wages, salary, tips, overtime, commissions, bonuses"),
             ("Money from your own business", "self-employment income"),
             ("Unemployment benefits", "from the state unemployment office"),
             ("Social Security, pension or disability that IS TAXED", "taxable benefits, public assistance"),
             ("Social Security or disability that is NOT TAXED", "non-taxable Social Security, SSI, disability"),
             ("Rent that tenants pay you", "after expenses other than the mortgage"),
             ("Investment or insurance income", "interest, dividends, annuities, insurance benefits"),
             ("Other income", "alimony, child support, separate maintenance, other"))


def lp_comb(c: Canvas, x: float, y: float, n: int) -> list[float]:
    """n comb boxes from x with their bottom at y; the centre x of each box."""
    c.setLineWidth(1.3)
    c.rect(x, y, n * LP_BOX_W, LP_BOX_H)
    c.setLineWidth(0.8)
    for i in range(1, n):
        c.line(x + i * LP_BOX_W, y, x + i * LP_BOX_W, y + LP_BOX_H * 0.45)
    return [x + (i + 0.5) * LP_BOX_W for i in range(n)]


def lp_write(centres: Sequence[float], y: float, text: str, app: App, k: int, right: bool = False,
             group: str = "") -> list[Mark]:
    """Hand-print text one capital to a box (right-aligned for dollar amounts)."""
    text = text.upper()
    start = len(centres) - len(text) if right else 0
    assert start >= 0 and start + len(text) <= len(centres), text
    return [Mark("cap", centres[start + i], y + 7, ch, size=19, seed=app.seed * 100 + k * 37 + i, style=app.hand,
                 group=group or text)
            for i, ch in enumerate(text) if ch != " "]


def lp_head(c: Canvas, n: int, total: int = 7) -> None:
    c.setFillColor(Color(0.12, 0.22, 0.18))
    c.rect(0, 748, W, 44, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(LP_LEFT, 762, "BELLWETHER RIDGE")
    c.setFont("Helvetica-Bold", 14)
    c.drawRightString(W - LP_LEFT, 764, "LARGE PRINT")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(LP_LEFT, 726, "Mortgage Help Request")
    c.setFont("Helvetica", 14)
    c.drawRightString(W - LP_LEFT, 726, f"Page {n} of {total}")
    c.setFont("Helvetica", 9)
    c.drawString(LP_LEFT, 36, "Bellwether Ridge Mortgage Servicing  -  Form BR-LP20 (large print)  -  "
                              "Call 1-800-555-0170 (TTY 711) for help")


def lp_block(c: Canvas, y: float, num: int, caption: str, help_text: str = "") -> float:
    """A question block: a heavy rule, the number in a black square, the caption in 20 pt bold, the help text in
    14 pt; returns the y where the answer's boxes go (their bottom)."""
    c.setLineWidth(2.2)
    c.line(LP_LEFT, y, W - LP_LEFT, y)
    c.setFillColor(black)
    c.rect(LP_LEFT, y - 34, 28, 28, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 17)
    c.drawCentredString(LP_LEFT + 14, y - 26, str(num))
    c.setFillColor(black)
    yy = y - 25
    for ln in wrap(caption, "Helvetica-Bold", 20, W - 2 * LP_LEFT - 40):
        c.setFont("Helvetica-Bold", 20)
        c.drawString(LP_LEFT + 38, yy, ln)
        yy -= 23
    if help_text:
        c.setFont("Helvetica", 14)
        for ln in wrap(help_text, "Helvetica", 14, W - 2 * LP_LEFT - 40):
            c.drawString(LP_LEFT + 38, yy + 2, ln)
            yy -= 17
    return yy - LP_BOX_H - 2


def lp_choice(c: Canvas, x: float, y: float, label: str, marked: bool, app: App, k: int) -> list[Mark]:
    c.setLineWidth(1.6)
    c.rect(x, y, 24, 24)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(x + 34, y + 6, label)
    return [Mark("x", x + 12, y + 12, w=17, seed=app.seed * 50 + k)] if marked else []


def lp_amount(c: Canvas, y: float, amount: float, app: App, k: int) -> list[Mark]:
    c.setFont("Helvetica-Bold", 22)
    c.drawString(LP_LEFT + 38, y + 7, "$")
    dollars = lp_comb(c, LP_LEFT + 56, y, 6)
    c.setFont("Helvetica-Bold", 26)
    c.drawString(LP_LEFT + 56 + 6 * LP_BOX_W + 3, y + 3, ".")
    cents = lp_comb(c, LP_LEFT + 56 + 6 * LP_BOX_W + 14, y, 2)
    c.setFont("Helvetica", 12)
    c.drawString(LP_LEFT + 56 + 8 * LP_BOX_W + 26, y + 10, "each month")
    if amount <= 0:
        return []
    whole, cent = f"{amount:.2f}".split(".")
    grp = money(amount)
    return lp_write(dollars, y, whole, app, k, right=True, group=grp) + lp_write(cents, y, cent, app, k + 1,
                                                                                   group=grp)


def lp_date(c: Canvas, x: float, y: float, d: dt.date | None, app: App, k: int) -> list[Mark]:
    marks: list[Mark] = []
    grp = mdy(d) if d else ""
    parts = [(2, d.strftime("%m") if d else ""), (2, d.strftime("%d") if d else ""), (4, str(d.year) if d else "")]
    for j, (n, txt) in enumerate(parts):
        centres = lp_comb(c, x, y, n)
        c.setFont("Helvetica", 11)
        c.drawCentredString(x + n * LP_BOX_W / 2, y - 12, ("MONTH", "DAY", "YEAR")[j])
        if txt:
            marks += lp_write(centres, y, txt, app, k + j, group=grp)
        x += n * LP_BOX_W
        if j < 2:
            c.setFont("Helvetica-Bold", 24)
            c.drawCentredString(x + 8, y + 5, "/")
            x += 16
    return marks


def lp_form(app: App) -> Paper:
    co = app.co or ""
    co4 = (app.co_ssn or "")[-4:] if app.co else ""

    def p1(c: Canvas) -> list[Mark]:
        lp_head(c, 1)
        c.setLineWidth(1)
        c.setFillColor(Color(0.93, 0.95, 0.93))
        c.rect(LP_LEFT, 612, W - 2 * LP_LEFT, 98, stroke=1, fill=1)
        c.setFillColor(black)
        paragraphs(c, LP_LEFT + 12, 688, W - 2 * LP_LEFT - 24, [
            "This large-print form asks one question at a time. Please PRINT IN CAPITAL LETTERS, one letter or "
            "number in each box. Leave a box empty between words."], font="Helvetica", size=15, leading=19)
        marks: list[Mark] = []
        y = lp_block(c, 596, 1, "What is your loan number?", "It is at the top of your monthly statement.")
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y, 12), y, app.loan, app, 1)
        y = lp_block(c, y - 24, 2, "What is your full name?", "First name, middle initial, last name.")
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y, 22), y, app.borrower.replace(".", ""), app, 2,
                          group=app.borrower.upper())
        y = lp_block(c, y - 24, 3, "What are the last 4 numbers of your Social Security number?")
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y, 4), y, app.ssn[-4:], app, 3)
        y = lp_block(c, y - 24, 4, "What is the best telephone number to reach you?")
        digits = re.sub(r"\D", "", app.phone)
        x = LP_LEFT + 38
        for j, (n, part) in enumerate(((3, digits[:3]), (3, digits[3:6]), (4, digits[6:]))):
            marks += lp_write(lp_comb(c, x, y, n), y, part, app, 4 + j)
            x += n * LP_BOX_W
            if j < 2:
                c.setFont("Helvetica-Bold", 24)
                c.drawCentredString(x + 8, y + 6, "-")
                x += 16
        return marks

    def p2(c: Canvas) -> list[Mark]:
        lp_head(c, 2)
        marks: list[Mark] = []
        y = lp_block(c, 706, 5, "Is there a co-borrower? Print the co-borrower's full name.",
                     "Leave the boxes empty if there is no co-borrower.")
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y, 22), y, co.replace(".", ""), app, 10, group=co.upper())
        y = lp_block(c, y - 24, 6, "Last 4 numbers of the co-borrower's Social Security number")
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y, 4), y, co4, app, 11)
        y = lp_block(c, y - 24, 7, "Street address of the home with this mortgage",
                     "House number and street. Add the apartment or unit number if there is one.")
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y, 22), y, app.street.replace(".", ""), app, 12,
                          group=app.street.upper())
        y = lp_block(c, y - 24, 8, "City or town")
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y, 18), y, app.city, app, 13)
        y = lp_block(c, y - 24, 9, "State and ZIP code")
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y, 2), y, app.state, app, 14)
        marks += lp_write(lp_comb(c, LP_LEFT + 38 + 2 * LP_BOX_W + 30, y, 5), y, app.zip, app, 15)
        return marks

    def p3(c: Canvas) -> list[Mark]:
        lp_head(c, 3)
        marks: list[Mark] = []
        y = lp_block(c, 706, 10, "How is this home used?", "Mark ONE box with an X.")
        y += LP_BOX_H - 24
        for k, (code, label) in enumerate((("primary_residence", "I LIVE THERE. IT IS MY MAIN HOME."),
                                           ("second_home", "IT IS MY SECOND HOME."),
                                           ("investment_property", "I RENT IT OUT (INVESTMENT)."))):
            marks += lp_choice(c, LP_LEFT + 38, y - k * 34, label, app.occupancy == code, app, 20 + k)
        y = lp_block(c, y - 3 * 34 + 6, 11, "On what date did your money problem (your hardship) begin?",
                     "Month, day and year.")
        marks += lp_date(c, LP_LEFT + 38, y, app.start, app, 24)
        y = lp_block(c, y - 40, 12, "How long do you think your hardship will last?", "Mark ONE box with an X.")
        y += LP_BOX_H - 24
        for k, (code, label) in enumerate((("short", "LESS THAN 6 MONTHS"), ("long", "6 MONTHS OR LONGER, OR FOREVER"),
                                           ("resolved", "IT IS ALREADY OVER"))):
            marks += lp_choice(c, LP_LEFT + 38, y - k * 34, label, app.duration == code, app, 30 + k)
        return marks

    def p4(c: Canvas) -> list[Mark]:
        lp_head(c, 4)
        marks: list[Mark] = []
        y = lp_block(c, 706, 13, "What caused your hardship?", "Mark EVERY box that is true for you.")
        y += LP_BOX_H - 24
        for k, label in enumerate(LP_REASONS):
            marks += lp_choice(c, LP_LEFT + 38, y - k * 32, label, HARDSHIPS[k] in app.hardships, app, 40 + k)
        y = lp_block(c, y - 10 * 32 + 6, 14, "If you marked OTHER, tell us what happened in a few words.")
        rows = textwrap.wrap(app.other_text.upper(), 21)
        assert len(rows) <= 2, app.other_text
        for r in range(2):
            centres = lp_comb(c, LP_LEFT + 38, y - r * (LP_BOX_H + 8), 21)
            if r < len(rows):
                marks += lp_write(centres, y - r * (LP_BOX_H + 8), rows[r], app, 60 + r)
        return marks

    def income_page(n: int, first: int, idx: Sequence[int], with_total: bool) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            lp_head(c, n)
            marks: list[Mark] = []
            y = 712.0
            if first == 15:
                c.setFont("Helvetica-Bold", 18)
                c.drawString(LP_LEFT, 700, "MONEY YOUR HOUSEHOLD RECEIVES EACH MONTH")
                c.setFont("Helvetica", 14)
                c.drawString(LP_LEFT, 682, "Before taxes. Leave the boxes empty for money you do not receive.")
                y = 668.0
            for j, i in enumerate(idx):
                caption, help_text = LP_INCOME[i]
                y = lp_block(c, y, first + j, caption, help_text)
                marks += lp_amount(c, y, app.income.get(INCOMES[i], 0.0), app, 70 + 3 * i)
                y -= 22
            if with_total:
                y = lp_block(c, y, first + len(idx), "TOTAL of all the money above, each month")
                marks += lp_amount(c, y, app.total, app, 99)
            return marks

        return page

    def p7(c: Canvas) -> list[Mark]:
        lp_head(c, 7)
        y = paragraphs(c, LP_LEFT, 700, W - 2 * LP_LEFT, [
            "PLEASE READ BEFORE YOU SIGN. I promise that what I wrote on this form is true. I know that the servicer "
            "will check it, and that a false statement on purpose can be a crime under federal law. I agree that the "
            "servicer may get my credit report."], font="Helvetica", size=14, leading=18)
        marks: list[Mark] = []
        people = [("Borrower", app.b_signs, app.b_dates, 0), ("Co-borrower", bool(app.co) and app.co_signs,
                                                              bool(app.co) and app.co_signs, 1)]
        y -= 6
        for k, (role, signs, dates, j) in enumerate(people):
            yb = lp_block(c, y, 24 + k, f"{role}: sign here", "Then write today's date in the boxes.")
            c.setLineWidth(1.4)
            c.line(LP_LEFT + 38, yb + 8, LP_LEFT + 330, yb + 8)
            if signs:
                marks.append(Mark("sig", LP_LEFT + 48, yb + 10, w=200, seed=app.seed + j))
                if role == "Borrower" and app.agent:
                    marks.append(Mark("hand", LP_LEFT + 48, yb - 6, f"by {app.agent}, POA", size=11,
                                      seed=app.seed + 7))
            d = app.signed_on if dates else None
            marks += lp_date(c, LP_LEFT + 38, yb - 48, d, app, 110 + 5 * k)
            y = yb - 76
        y = lp_block(c, y, 26, "Is someone signing for a borrower under a power of attorney?",
                     "Print that person's full name and how they are related to the borrower.")
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y, 22), y, app.agent.replace(".", ""), app, 130,
                          group=app.agent.upper())
        marks += lp_write(lp_comb(c, LP_LEFT + 38, y - 40, 12), y - 40, app.agent_relation, app, 131)
        c.setFont("Helvetica", 11)
        c.drawString(LP_LEFT + 38 + 12 * LP_BOX_W + 8, y - 30, "RELATIONSHIP")
        return marks

    return Paper([p1, p2, p3, p4, income_page(5, 15, (0, 1, 2, 3, 4), False), income_page(6, 20, (5, 6, 7), True),
                  p7])


# A housing counseling agency's own "BORROWER FINANCIAL INTAKE" worksheet, standing in for the application: facts
# about the homeowner and the loan in a ruled grid, occupancy and hardship ticks, then a TWO-COLUMN LEDGER - income
# by Form 710's categories (sources on lines under them) beside the household's expenses - with the counselor's NOTES
# IN THE RIGHT MARGIN, and a second page of assets, the counselor's summary, the papers collected and the
# signatures of the homeowner(s) AND of the counselor.

BFI_INCOME = ("Wages, salary, tips, overtime (gross)", "Self-employment income", "Unemployment benefits",
              "Taxable Soc. Sec. / pension / disability", "Non-taxable Soc. Sec. / disability / SSI",
              "Rental income", "Investment or insurance income", "Alimony / child support / other")
BFI_REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster",
               "Disability or serious illness", "Divorce or legal separation", "Separation (unmarried co-owners)",
               "Death of a borrower or earner", "Distant job transfer / relocation", "Other")


@dataclass
class Intake:
    agency: Agency
    servicer: str
    intake_on: dt.date
    counselor_on: dt.date
    expenses: list[tuple[str, float]]
    notes: list[tuple[str, str]]  # (income code or expense label the note sits beside, the note)
    summary: str
    collected: list[str]
    assets: list[tuple[str, float]]


def bfi_form(app: App, it: Intake, on_screen: bool) -> Paper:
    """The worksheet printed with the counselor's typing; notes and signatures in ink (on_screen False), or kept
    as a PDF whose notes are the counselor's typed margin comments and whose signatures were drawn on the screen."""
    ag = it.agency
    mono = ("Courier-Bold", 9.5)

    def grid_row(c: Canvas, y: float, cells: Sequence[tuple[float, float, str, str]]) -> None:
        for x, w, cap, val in cells:
            c.setLineWidth(0.5)
            c.rect(x, y, w, 24)
            c.setFont("Helvetica", 6.3)
            c.drawString(x + 3, y + 16.5, cap)
            c.setFont(*mono)
            c.drawString(x + 5, y + 4, val)

    def note(c: Canvas, marks: list[Mark], y: float, text: str, k: int) -> None:
        if on_screen:
            c.saveState()
            c.setFillColor(Color(0.1, 0.25, 0.7))
            c.setFont("Helvetica-Oblique", 6.8)
            for j, ln in enumerate(textwrap.wrap(text, 18)):
                c.drawString(510, y - j * 8, ln)
            c.restoreState()
        else:
            for j, ln in enumerate(textwrap.wrap(text, 15)):
                marks.append(Mark("hand", 508, y - j * 10, ln, size=8.5, seed=app.seed * 31 + k * 5 + j))

    def page1(c: Canvas) -> list[Mark]:
        agency_head(c, ag)
        marks: list[Mark] = []
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, 690, "BORROWER FINANCIAL INTAKE")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 694, "Worksheet BFI-3  -  Page 1 of 2")
        c.drawString(40, 678, "Completed with the homeowner at intake. When signed on page 2, the homeowner asks the "
                              "servicer named below to review this")
        c.drawString(40, 668, "worksheet as the homeowner's request for mortgage assistance (in place of the "
                              "servicer's own application form).")
        c.setLineWidth(0.4)
        c.line(503, 80, 503, 655)
        c.setFont("Helvetica-Oblique", 6)
        c.drawString(508, 648, "counselor notes")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 648, "A.  HOMEOWNER AND LOAN")
        y = 618
        grid_row(c, y, [(40, 330, "CLIENT (BORROWER) - FULL NAME", app.borrower),
                        (370, 130, "SSN - LAST 4 DIGITS", app.ssn[-4:])])
        y -= 24
        grid_row(c, y, [(40, 330, "CO-CLIENT (CO-BORROWER) - FULL NAME, IF ANY", app.co or ""),
                        (370, 130, "SSN - LAST 4 DIGITS", (app.co_ssn or "")[-4:] if app.co else "")])
        y -= 24
        grid_row(c, y, [(40, 330, "MORTGAGE SERVICER", it.servicer), (370, 130, "LOAN NUMBER", app.loan)])
        y -= 24
        grid_row(c, y, [(40, 460, "PROPERTY ADDRESS (STREET, CITY, STATE ZIP)", app.address)])
        y -= 24
        grid_row(c, y, [(40, 160, "PHONE", app.phone), (200, 170, "E-MAIL", app.email),
                        (370, 130, "INTAKE DATE", mdy(it.intake_on))])
        c.setFont("Helvetica-Bold", 8.5)
        y -= 20
        c.drawString(40, y, "B.  OCCUPANCY AND HARDSHIP")
        y -= 15
        c.setFont("Helvetica", 7.8)
        c.drawString(40, y, "Property is:")
        x = 90.0
        for code, label in (("primary_residence", "Owner-occupied (principal residence)"),
                            ("second_home", "Second home"), ("investment_property", "Rental / investment")):
            c.rect(x, y - 1.5, 8, 8)
            if app.occupancy == code:
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 1.2, y - 0.5, "X")
                c.setFont("Helvetica", 7.8)
            c.drawString(x + 12, y, label)
            x += 24 + stringWidth(label, "Helvetica", 7.8)
        y -= 15
        c.drawString(40, y, "Cause of hardship (all that apply):")
        y -= 13
        for i, label in enumerate(BFI_REASONS):
            xx = 50 + (i % 3) * 150
            yy = y - (i // 3) * 12
            c.rect(xx, yy - 1.5, 8, 8)
            if HARDSHIPS[i] in app.hardships:
                c.setFont("Courier-Bold", 10)
                c.drawString(xx + 1.2, yy - 0.5, "X")
                c.setFont("Helvetica", 7.8)
            c.drawString(xx + 12, yy, label)
        y -= 4 * 12 + 4
        c.drawString(40, y, "Hardship began (mm/dd/yyyy):")
        c.line(150, y - 2, 240, y - 2)
        c.setFont(*mono)
        c.drawString(154, y, mdy(app.start) if app.start else "")
        c.setFont("Helvetica", 7.8)
        y -= 13
        c.drawString(40, y, "Expected duration:")
        x = 112.0
        for code, label in (("short", "Short-term (< 6 mo.)"), ("long", "Long-term / permanent"),
                            ("resolved", "Resolved")):
            c.rect(x, y - 1.5, 8, 8)
            if app.duration == code:
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 1.2, y - 0.5, "X")
                c.setFont("Helvetica", 7.8)
            c.drawString(x + 11, y, label)
            x += 15 + stringWidth(label, "Helvetica", 7.8)
        y -= 14
        c.drawString(40, y, "If other, explain:")
        c.line(110, y - 2, 500, y - 2)
        c.setFont(*mono)
        c.drawString(114, y, app.other_text)
        # the ledger
        y -= 24
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "C.  MONTHLY LEDGER")
        y -= 16
        for x0, x1, title in ((40, 268, "INCOME - GROSS, PER MONTH"), (274, 500, "EXPENSES - PER MONTH")):
            c.setFillColor(ag.color)
            c.rect(x0, y - 3, x1 - x0, 13, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x0 + 4, y + 0.5, title)
            c.drawRightString(x1 - 4, y + 0.5, "$ / MONTH")
            c.setFillColor(black)
        top = y - 15
        yi = top
        anchors: dict[str, float] = {}
        for i, label in enumerate(BFI_INCOME):
            code = INCOMES[i]
            srcs = [(s, a) for k, s, a in app.lines if k == code and a > 0]
            c.setFont("Helvetica-Bold", 7.3)
            c.drawString(42, yi, f"C{i + 1}  {label}")
            anchors[code] = yi
            c.setFont(*mono)
            if len(srcs) == 1:
                c.drawRightString(266, yi, money(srcs[0][1]))
            elif not srcs:
                c.drawRightString(266, yi, "--")
            c.setLineWidth(0.3)
            c.line(40, yi - 3, 268, yi - 3)
            yi -= 11
            for s, a in srcs:
                c.setFont("Helvetica-Oblique", 7)
                c.drawString(60, yi, s)
                if len(srcs) > 1:
                    c.setFont("Courier", 9)
                    c.drawRightString(266, yi, money(a))
                c.line(56, yi - 3, 268, yi - 3)
                yi -= 11
        ye = top
        for j, (label, amount) in enumerate(it.expenses):
            c.setFont("Helvetica", 7.3)
            c.drawString(276, ye, f"E{j + 1}  {label}")
            anchors[label] = ye
            c.setFont("Courier", 9)
            c.drawRightString(498, ye, money(amount) if amount else "--")
            c.setLineWidth(0.3)
            c.line(274, ye - 3, 500, ye - 3)
            ye -= 13
        bottom = min(yi, ye) - 6
        c.setLineWidth(0.6)
        c.line(271, top + 12, 271, bottom + 4)
        spent = r2(sum(a for _, a in it.expenses))
        c.setLineWidth(1.2)
        c.line(40, bottom + 4, 500, bottom + 4)
        c.setFont("Helvetica-Bold", 7.8)
        c.drawString(42, bottom - 8, "TOTAL GROSS MONTHLY INCOME")
        c.drawString(276, bottom - 8, "TOTAL MONTHLY EXPENSES")
        c.setFont("Courier-Bold", 9.5)
        c.drawRightString(266, bottom - 8, money(app.total))
        c.drawRightString(498, bottom - 8, money(spent))
        c.setFont("Helvetica", 7.8)
        gap = r2(app.total - spent)
        c.drawString(276, bottom - 22, "Surplus / (shortfall)")
        c.setFont("Courier", 9)
        c.drawRightString(498, bottom - 22, money(gap) if gap >= 0 else f"({money(-gap)})")
        free = 700.0  # notes stack down the margin without running into each other
        for k, (anchor, text) in sorted(enumerate(it.notes), key=lambda kv: -anchors[kv[1][0]]):
            yy = min(anchors[anchor], free)
            note(c, marks, yy, text, k)
            free = yy - len(textwrap.wrap(text, 18 if on_screen else 15)) * (8 if on_screen else 10) - 6
        return marks

    def page2(c: Canvas) -> list[Mark]:
        agency_head(c, ag)
        marks: list[Mark] = []
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 690, "BORROWER FINANCIAL INTAKE (continued)")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 694, "Worksheet BFI-3  -  Page 2 of 2")
        c.drawString(40, 678, f"Client: {app.borrower}     Loan number: {app.loan}")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 652, "D.  ASSETS")
        y = 636
        for label, amount in it.assets:
            c.setFont("Helvetica", 8)
            c.drawString(50, y, label)
            c.setFont("Courier", 9)
            c.drawRightString(300, y, money(amount))
            c.setLineWidth(0.3)
            c.line(50, y - 3, 300, y - 3)
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 12, "E.  COUNSELOR'S SUMMARY")
        y = paragraphs(c, 50, y - 28, 510, [it.summary], font="Helvetica", size=8.5, leading=11.5)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 6, "F.  PAPERS COLLECTED AT INTAKE (copies enclosed)")
        y -= 22
        c.setFont("Helvetica", 8)
        for i, item in enumerate(it.collected):
            c.rect(50, y - 1.5, 7, 7)
            c.setFont("Courier-Bold", 9)
            c.drawString(51, y - 0.5, "X")
            c.setFont("Helvetica", 8)
            c.drawString(62, y, item)
            y -= 12
            if i > 12:
                break
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 10, "G.  CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 50, y - 26, 510, [
            "I certify that the information on this worksheet is true and complete, that the hardship described "
            "above has made it hard to pay my mortgage, and I ask my servicer to treat this signed worksheet as my "
            "request for mortgage assistance. I authorize the housing counseling agency named above to send it, "
            "with copies of my papers, and to discuss my loan with the servicer. I understand that knowingly "
            "false statements may violate federal law."], font="Helvetica", size=8.5, leading=11.5)
        rows = [("Client (borrower) signature", app.borrower, app.b_signs, app.b_dates, app.seed),
                ("Co-client (co-borrower) signature", app.co or "", bool(app.co) and app.co_signs,
                 bool(app.co) and app.co_signs, app.seed + 1),
                ("Housing counselor signature", f"{ag.counselor}, {ag.title}", True, True, app.seed + 60)]
        y -= 18
        for cap, name, signs, dates, seed in rows:
            c.setLineWidth(0.7)
            c.line(50, y, 330, y)
            c.line(360, y, 500, y)
            c.setFont("Helvetica", 7)
            c.drawString(50, y - 9, cap)
            c.drawString(360, y - 9, "Date (mm/dd/yyyy)")
            c.setFont("Helvetica", 8)
            c.drawString(50, y - 19, f"({name})" if name else "")
            when = it.counselor_on if "counselor" in cap else app.signed_on
            if signs:
                marks.append(Mark("sig", 60, y + 2, w=170, seed=seed))
                if app.agent and cap.startswith("Client"):  # the agent signs the client's line and says so
                    if on_screen:
                        c.setFont("Courier-Bold", 9)
                        c.drawString(190, y - 19, f"signed by {app.agent}, POA")
                    else:
                        marks.append(Mark("hand", 190, y - 20, f"by {app.agent}, POA", size=10, seed=seed + 3))
            if dates:
                if on_screen:
                    c.setFont("Courier-Bold", 9.5)
                    c.drawString(366, y + 3, mdy(when))
                else:
                    marks.append(Mark("hand", 366, y + 3, mdy(when), size=11, seed=seed + 5))
            y -= 44
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y + 6, f"HUD agency ID {ag.hud_id}. The counselor signs as the preparer of this worksheet, "
                                "not as a borrower.")
        return marks

    return Paper([page1, page2])


# Quarry Bend Savings Bank's "APPLICATION FOR MORTGAGE ASSISTANCE" (QB-9): a printed two-page form in a serif face,
# numbered questions on ruled blanks and bracket boxes, FILLED IN ON A TYPEWRITER - pica type that rides a little
# above or below its blank and drifts across the page, an X struck between the brackets, and the typist's mistakes
# X-ED OUT (struck over letter by letter) with the right answer typed after them.

QB_REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster",
              "Long-term disability or serious illness", "Divorce or legal separation",
              "Separation of unmarried borrowers", "Death of a borrower or wage earner",
              "Distant employment transfer", "Other (explain in 13)")
QB_INCOME = ("a. Wages, salary, overtime, tips, commissions, bonuses", "b. Self-employment income",
             "c. Unemployment benefits", "d. Taxable Social Security, pension, disability, public assistance",
             "e. Non-taxable Social Security or disability income",
             "f. Rental income (less expenses other than the mortgage)", "g. Investment or insurance income",
             "h. Alimony, child support, separate maintenance, other")


def qb_form(app: App, fixes: dict[str, str], payment: float, typed_dates: bool = True) -> Paper:
    """`fixes` maps a field (loan, borrower, start, wages, benefits_taxable, ...) to the wrong text the typist
    struck first and then X-ed out."""
    rng0 = random.Random(app.seed * 4099)
    skew = [rng0.uniform(-0.012, 0.012) for _ in range(2)]
    offsets: dict[str, tuple[float, float]] = {}

    def typed(page: int, key: str, x: float, y_line: float, text: str) -> list[Mark]:
        if key not in offsets:
            r = random.Random(f"{app.seed}{key}")
            box = key.startswith(("occ", "dur", "why"))  # an X between brackets strays less than a word on a blank
            offsets[key] = ((r.uniform(-1.5, 2.5), r.uniform(-1.5, 2.5)) if box else
                            (r.uniform(-4, 12), r.choice([-3.5, -2.0, 1.5, 2.5, 3.0, 4.5, 6.0])))
        dx, dy = offsets[key]
        x += dx
        y = y_line + dy + (x - 72) * skew[page]
        out: list[Mark] = []
        if key in fixes:
            wrong = fixes[key]
            out.append(Mark("typex", x, y, wrong, size=12, seed=app.seed + len(key)))
            x += (len(wrong) + 1) * 7.2
            y += (len(wrong) + 1) * 7.2 * skew[page]
        if text:
            out.append(Mark("type", x, y, text, size=12, seed=app.seed + 3 * len(key) + page))
        return out

    def blank(c: Canvas, x0: float, x1: float, y: float) -> None:
        c.setLineWidth(0.5)
        c.line(x0, y - 2, x1, y - 2)

    def label(c: Canvas, x: float, y: float, text: str, size: float = 10.5) -> float:
        c.setFont("Times-Roman", size)
        c.drawString(x, y, text)
        return x + stringWidth(text, "Times-Roman", size) + 4

    def bracket(c: Canvas, x: float, y: float, text: str) -> float:
        c.setFont("Times-Roman", 10.5)
        c.drawString(x, y, "[      ]")
        c.drawString(x + 26, y, text)
        return x + 26 + stringWidth(text, "Times-Roman", 10.5) + 12

    def head(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 742, "QUARRY BEND SAVINGS BANK")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 729, "Loan Servicing Department  -  40 Granite Row, Quarry Bend, VT 05661  -  "
                                        "(802) 555-0119")
        c.setLineWidth(1.2)
        c.line(60, 721, W - 60, 721)
        c.setLineWidth(0.4)
        c.line(60, 718, W - 60, 718)
        c.setFont("Times-Roman", 8.5)
        c.drawString(60, 40, f"Form QB-9 (Rev. 4/58)                                                              "
                             f"Page {n} of 2")

    def section(c: Canvas, y: float, text: str) -> None:
        c.setFont("Times-Bold", 11)
        c.drawString(60, y, text)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 698, "APPLICATION FOR MORTGAGE ASSISTANCE")
        c.setFont("Times-Italic", 9)
        c.drawCentredString(W / 2, 685, "Please type or print in ink. Answer every question. Attach the papers listed "
                                        "on the enclosed checklist.")
        m: list[Mark] = []
        section(c, 660, "I.  THE BORROWERS")
        x = label(c, 72, 636, "1.  Loan number")
        blank(c, x, 330, 636)
        m += typed(0, "loan", x + 4, 636, app.loan)
        x = label(c, 72, 612, "2.  Name of borrower")
        blank(c, x, 400, 612)
        m += typed(0, "borrower", x + 4, 612, app.borrower)
        x = label(c, 408, 612, "3.  SS no., last four")
        blank(c, x, 552, 612)
        m += typed(0, "ssn", x + 4, 612, app.ssn[-4:])
        x = label(c, 72, 588, "4.  Name of co-borrower")
        blank(c, x, 400, 588)
        m += typed(0, "co", x + 4, 588, app.co or "")
        x = label(c, 408, 588, "5.  SS no., last four")
        blank(c, x, 552, 588)
        m += typed(0, "co_ssn", x + 4, 588, (app.co_ssn or "")[-4:] if app.co else "")
        x = label(c, 72, 564, "6.  Telephone")
        blank(c, x, 300, 564)
        m += typed(0, "phone", x + 4, 564, app.phone)
        section(c, 532, "II.  THE PROPERTY")
        x = label(c, 72, 508, "7.  Street address of the property")
        blank(c, x, 552, 508)
        m += typed(0, "street", x + 4, 508, app.street)
        x = label(c, 72, 484, "8.  City or town")
        blank(c, x, 330, 484)
        m += typed(0, "city", x + 4, 484, app.city)
        x = label(c, 340, 484, "State")
        blank(c, x, 400, 484)
        m += typed(0, "state", x + 4, 484, app.state)
        x = label(c, 410, 484, "ZIP code")
        blank(c, x, 552, 484)
        m += typed(0, "zip", x + 4, 484, app.zip)
        x = label(c, 72, 460, "9.  The property is:")
        for code, text in (("primary_residence", "my principal residence"), ("second_home", "a second home"),
                           ("investment_property", "an investment or rental property")):
            if app.occupancy == code:
                m += typed(0, f"occ{code}", x + 9, 460, "X")
            x = bracket(c, x, 460, text)
        section(c, 428, "III.  THE HARDSHIP")
        x = label(c, 72, 404, "10.  Date the hardship began (month/day/year)")
        blank(c, x, 420, 404)
        m += typed(0, "start", x + 4, 404, mdy(app.start) if app.start else "")
        x = label(c, 72, 380, "11.  The hardship is:")
        for code, text in (("short", "temporary (under 6 months)"), ("long", "long-term or permanent"),
                           ("resolved", "resolved")):
            if app.duration == code:
                m += typed(0, f"dur{code}", x + 9, 380, "X")
            x = bracket(c, x, 380, text)
        label(c, 72, 356, "12.  Cause of the hardship (check all that apply):")
        for i, text in enumerate(QB_REASONS):
            xx = 90 + (i % 2) * 240
            yy = 334 - (i // 2) * 20
            if HARDSHIPS[i] in app.hardships:
                m += typed(0, f"why{i}", xx + 9, yy, "X")
            bracket(c, xx, yy, text)
        x = label(c, 72, 228, '13.  If "Other", explain')
        blank(c, x, 552, 228)
        blank(c, 90, 552, 206)
        m += typed(0, "other", x + 4, 228, app.other_text)
        c.setFont("Times-Italic", 9)
        c.drawString(72, 170, "Continue on page 2. A form that is not signed and dated on page 2 cannot be reviewed.")
        return m

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        m: list[Mark] = []
        x = label(c, 330, 698, "Loan number")
        blank(c, x, 552, 698)
        m += typed(1, "loan2", x + 4, 698, app.loan)
        section(c, 668, "IV.  MONTHLY GROSS INCOME OF ALL BORROWERS (before taxes and deductions)")
        y = 642
        for i, text in enumerate(QB_INCOME):
            c.setFont("Times-Roman", 10.5)
            c.drawString(80, y, text)
            lead_from = 80 + stringWidth(text, "Times-Roman", 10.5) + 4
            c.setFont("Times-Roman", 10.5)
            c.drawString(lead_from, y, " ." * int((430 - lead_from) / 5.3))
            c.drawString(440, y, "$")
            blank(c, 450, 552, y)
            amount = app.income.get(INCOMES[i], 0.0)
            if amount > 0:
                m += typed(1, INCOMES[i], 456, y, money(amount))
            y -= 22
        c.setFont("Times-Bold", 10.5)
        c.drawString(80, y, "i. TOTAL MONTHLY INCOME")
        c.drawString(440, y, "$")
        blank(c, 450, 552, y)
        m += typed(1, "total", 456, y, money(app.total))
        section(c, y - 34, "V.  HOUSING EXPENSE")
        x = label(c, 80, y - 58, "Present monthly mortgage payment (principal, interest, taxes, insurance)")
        c.drawString(440, y - 58, "$")
        blank(c, 450, 552, y - 58)
        m += typed(1, "payment", 456, y - 58, money(payment))
        section(c, y - 92, "VI.  CERTIFICATION")
        yy = paragraphs(c, 72, y - 112, W - 144, [
            "I (we) certify that the information in this application is true and correct, that the hardship described "
            "has made it difficult to make my mortgage payments, and that I will send the bank the papers it asks for. "
            "I (we) consent to a credit report. A false statement made on purpose may be punished under federal law."],
            size=10, leading=12.5)
        people = [("Signature of borrower", app.b_signs, app.b_dates, 0),
                  ("Signature of co-borrower", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        yy -= 24
        for text, signs, dates, k in people:
            x = label(c, 72, yy, text)
            blank(c, x, 390, yy)
            x2 = label(c, 400, yy, "Date")
            blank(c, x2, 552, yy)
            if signs:
                m.append(Mark("sig", x + 10, yy, w=170, seed=app.seed + k))
            if dates:
                if typed_dates:
                    m += typed(1, f"signed{k}", x2 + 4, yy, mdy(app.signed_on))
                else:
                    m.append(Mark("hand", x2 + 6, yy + 1, mdy(app.signed_on), size=12, seed=app.seed + 9 + k))
            yy -= 40
        c.setLineWidth(0.6)
        c.rect(72, 70, W - 144, 38)
        c.setFont("Times-Roman", 8.5)
        c.drawString(78, 98, "FOR BANK USE ONLY")
        c.drawString(78, 80, "Received ____________   Reviewed by ____________   Logged ____________   "
                             "Acknowledged ____________")
        return m

    return Paper([page1, page2])


def funeral_statement(home: str, address: str, deceased: str, died: dt.date, buyer: str, date: dt.date) -> Letter:
    """A funeral home's itemized statement of goods and services: it names the deceased and the date of death but
    is neither a death certificate nor an obituary, so it is `other` and does not document the death hardship."""
    items = [("Basic services of funeral director and staff", 2395.00), ("Transfer of remains to funeral home", 425.00),
             ("Embalming", 895.00), ("Use of facilities for viewing", 550.00), ("Funeral ceremony", 650.00),
             ("Hearse", 395.00), ("Casket - 18 gauge steel, silver", 2890.00), ("Certified copies (cash advance)",
                                                                                 60.00)]
    total = r2(sum(a for _, a in items))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 740, home)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 727, address)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 700, "STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED")
        c.setFont("Times-Roman", 10.5)
        rows = [("Deceased", deceased), ("Date of death", long_date(died)), ("Purchaser", buyer),
                ("Date of this statement", long_date(date))]
        y = 670
        for k, v in rows:
            c.drawString(72, y, k)
            c.drawString(220, y, v)
            y -= 15
        y -= 10
        c.setLineWidth(0.6)
        c.line(72, y + 4, W - 72, y + 4)
        for k, a in items:
            y -= 16
            c.drawString(80, y, k)
            c.drawRightString(W - 80, y, money(a))
        y -= 20
        c.setFont("Times-Bold", 10.5)
        c.drawString(80, y, "TOTAL")
        c.drawRightString(W - 80, y, money(total))
        c.setFont("Times-Roman", 10.5)
        c.drawString(80, y - 18, "Paid by insurance assignment and check - balance due")
        c.drawRightString(W - 80, y - 18, "0.00")
        paragraphs(c, 72, y - 50, W - 144, [
            "Charges are only for those items that you selected or that are required. If we are required by law or "
            "by a cemetery or crematory to use any items, we will explain the reasons in writing below."],
            size=9.5, leading=12)
        return []

    return Letter(Paper([page]), "other", date)


# --- the checklist -------------------------------------------------------------------------------------------------


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


HARDSHIP_PAPERS = {"disability_or_illness": {"hardship_letter", "medical_statement"},
                   "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
                   "separation_unmarried": {"quitclaim_deed"}, "death": {"death_certificate", "obituary"},
                   "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}


def codes_from(app: dict[str, Any] | None, docs: Sequence[dict[str, Any]], received: dt.date,
               newer_only: bool = False) -> list[str]:
    """shared/spec/checklist.md applied to an expected.json's own application and documents. newer_only reads "two
    most recent bank statements" as the checklist's Terms word it (only the newer one need be fresh); otherwise
    both must be."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app["signed"] or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        out.append("application_signature")
    for name in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_start_date"):
        if not app.get(name):
            out.append(f"application_field:{name}")
    if not app.get("hardship_types"):
        out.append("application_field:hardship_types")
    if not any(k != "total" and v for k, v in app["income"].items()):
        out.append("application_field:income")

    def fresh(iso: str | None) -> bool:
        return iso is not None and 0 <= (received - dt.date.fromisoformat(iso)).days <= FRESH_DAYS

    stmts = [d["fields"] for d in docs if d["type"] == "bank_statement"]
    two_bank = any(
        a["account_last4"] == b["account_last4"] and a["bank_name"] == b["bank_name"]
        and dt.date.fromisoformat(b["period_start"]) == dt.date.fromisoformat(a["period_end"]) + dt.timedelta(days=1)
        and fresh(b["period_end"]) and (newer_only or fresh(a["period_end"]))
        for a in stmts for b in stmts if a is not b)
    stub_ok = any(d["type"] == "pay_stub" and d["fields"]["gross_ytd"] is not None and fresh(d["fields"]["pay_date"])
                  for d in docs)

    def award(kind: str) -> bool:
        return any(d["type"] == "benefit_award_letter" and d["fields"]["benefit_type"] == kind
                   and fresh(d["fields"]["letter_date"]) for d in docs)

    rules = {"wages": stub_ok or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or award("benefits_taxable"),
             "benefits_nontaxable": two_bank or award("benefits_nontaxable"), "rental": two_bank,
             "investment": two_bank, "other": two_bank}
    for k, v in app["income"].items():
        if k != "total" and v and not rules[k]:
            out.append(f"income_doc:{k}")
    types = {d["type"] for d in docs}
    for h in app["hardship_types"]:
        if h in HARDSHIP_PAPERS and not HARDSHIP_PAPERS[h] & types:
            out.append(f"hardship_doc:{h}")
    if (app["income"].get("self_employment") or app["income"].get("rental")) and not any(
            d["type"] == "irs_form_4506c" and d["fields"].get("signed") for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    docs = []
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    app = p.app.expected() if p.app else None
    codes = codes_from(app, docs, p.received)
    return {"loan_number": p.app.loan if p.app else "", "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": app,
            "documents": docs}


def _date_forms(d: dt.date) -> list[str]:
    return [mdy(d), long_date(d), d.isoformat(), d.strftime("%b %d, %Y")]


def unread(p: Packet) -> list[str]:
    """Build-time check: every expected value of every document, and the application's answers, are printed,
    typed or written on the document they belong to."""
    problems: list[str] = []

    def seen(doc: Doc, what: str, forms: Sequence[str]) -> None:
        text = doc.corpus.lower()
        if not any(f.lower() in text for f in forms):
            problems.append(f"{p.name}: {doc.type} {doc.pages[:1]} does not show {what} {forms[0]!r}")

    for doc in p.docs:
        for k, v in doc.fields.items():
            if v is None or k in ("frequency", "monthly_gross", "benefit_type", "signed"):
                continue
            if k.endswith(("date", "_start", "_end")):
                seen(doc, k, _date_forms(dt.date.fromisoformat(v)))
            elif isinstance(v, float):
                seen(doc, k, [money(v), f"{v:.2f}"])
            else:
                seen(doc, k, [str(v)])
        if doc.type == "mortgage_assistance_application" and p.app:
            a = p.app
            for what, val in (("loan", a.loan), ("borrower", a.borrower), ("ssn", a.ssn[-4:]), ("street", a.street),
                              ("city", a.city), ("state", a.state), ("zip", a.zip)):
                seen(doc, what, [val, val.replace(".", "")])
            if a.co:
                seen(doc, "co-borrower", [a.co, a.co.replace(".", "")])
            if a.start:
                seen(doc, "hardship start", _date_forms(a.start))
            for code, amount in a.income.items():
                parts = [money(v) for k, _, v in a.lines if k == code]
                if len(parts) > 1 and all(pt.lower() in doc.corpus.lower() for pt in parts):
                    continue  # the worksheet lists the sources of one code on lines of their own: their sum counts
                seen(doc, f"income {code}", [money(amount)])
            seen(doc, "total", [money(a.total)])
            if a.b_dates:
                seen(doc, "signed_on", _date_forms(a.signed_on))
    return problems


def edge_problems(p: Packet) -> list[str]:
    """Every income paper's age stays EDGE_DAYS away from the 90-day line, so a day's slip in reading cannot flip it."""
    out = []
    for d in p.docs:
        if d.date is None or d.type not in ("pay_stub", "bank_statement", "benefit_award_letter"):
            continue
        age = (p.received - d.date).days
        if age < 0 or FRESH_DAYS - EDGE_DAYS < age < FRESH_DAYS + EDGE_DAYS:
            out.append(f"{p.name}: {d.type} dated {d.date} is {age} days old")
    return out


# --- the packets -----------------------------------------------------------------------------------------------------

HARBORLIGHT = Agency("Harborlight", "Housing Counseling Center", "18 Lantern Wharf, Port Alden, RI 02871", "91-4417",
                     Color(0.0, 0.38, 0.45), "lighthouse", "Marisa K. Dellaporta", "HUD-certified housing counselor",
                     "(401) 555-0190")
SYCAMORE = Agency("Sycamore Hill", "Community Action  -  Housing Counseling Program",
                  "72 Furnace Street, Dunmore Crossing, PA 18512", "91-6650", Color(0.2, 0.4, 0.12), "tree",
                  "Terrence L. Obuya", "Housing counselor", "(570) 555-0148")
QUARRY_BEND = ["Quarry Bend Savings Bank", "Loan Servicing Department", "40 Granite Row", "Quarry Bend, VT 05661"]
BELLWETHER = ["Bellwether Ridge Mortgage Servicing", "Homeowner Assistance", "PO Box 6120", "Bellwether, NH 03261"]
WH_RX = Withholding(0.05, 0.0375, (("Associate 401(k)", 12.00),))
WH_RX2 = Withholding(0.04, 0.0375, ())
EXPENSES = ["First mortgage (PITI)", "Second mortgage / HELOC", "Utilities", "Food", "Medical / prescriptions",
            "In-home care", "Transportation", "Insurance (not escrowed)", "Credit cards / loans", "Other"]


def expenses(amounts: Sequence[float]) -> list[tuple[str, float]]:
    return list(zip(EXPENSES, amounts, strict=True))


def packet_cr1(seed: int) -> Packet:
    """Counselor's combined PDF: contents page and cover letter born-digital, the rest scanned at the agency."""
    received = dt.date(2063, 3, 27)
    addr = ["47 Gannet Lane", "Port Alden, RI 02871"]
    stubs = [pharmacy_stub("#0417", "220 Water Street, Port Alden, RI 02871", "Curtis W. Bramhall", "M0417-2286",
                           "Front-store clerk (part-time)", d, 16.85, 3, WH_RX, seed * 7 + 1)
             for d in (dt.date(2063, 3, 2), dt.date(2063, 3, 16))]
    app = App("0603318842", "Curtis W. Bramhall", "947-52-6071", "47 Gannet Lane", "Port Alden", "RI", "02871",
              "(401) 555-0147", "cbramhall@example.net", "primary_residence",
              ["disability_or_illness", "reduction_in_income"], dt.date(2062, 4, 11), "long",
              [("wages", "Meriwether Drug Co. - part-time clerk", stubs[-1].monthly),
               ("benefits_nontaxable", "SSDI - Social Security Administration", 1612.00)],
              dt.date(2063, 3, 20), seed=seed + 11)
    it = Intake(HARBORLIGHT, "Quarry Bend Savings Bank", dt.date(2063, 3, 20), dt.date(2063, 3, 20),
                expenses([1386.22, 0.0, 318.40, 410.00, 164.75, 0.0, 142.00, 0.0, 95.00, 60.00]),
                [("wages", "about 22 hrs/wk, under SSA limit"), ("benefits_nontaxable", "award ltr 2/21/63"),
                 ("First mortgage (PITI)", "3 pmts behind (Jan-Mar)")],
                "Mr. Bramhall had a stroke in April 2062 and could no longer work as a warehouse lead. Social Security "
                "approved his disability claim in February 2063. He now works about 22 hours a week at a pharmacy, "
                "within Social Security's earnings limit. He wants to keep the home and asks for a modification that "
                "brings the payment to about 31 percent of his income.",
                ["Pay stubs from Meriwether Drug Co. (2)", "Social Security notice of award",
                 "Hardship letter signed by the client"], [("Checking", 412.50), ("Savings", 1200.00)])
    ssdi = ssdi_award("Curtis W. Bramhall", addr, dt.date(2063, 2, 21), 1612.00, dt.date(2062, 4, 11),
                      dt.date(2062, 10, 1), "6071", ["Social Security Administration", "1 Federal Way, Suite 200",
                                                     "Providence, RI 02903"])
    hl = hardship_letter([app.borrower], [app.borrower, *addr], app.loan, dt.date(2063, 3, 19), QUARRY_BEND[0], [
        "In April of last year I had a stroke. I was a warehouse lead for nineteen years and I cannot do that work "
        "any more. For most of a year I lived on savings and short-term disability while Social Security decided "
        "my claim.",
        "Social Security approved my disability benefits in February. My doctor lets me work part time, so I took "
        "a clerk's job at the pharmacy on Water Street. Together they come to much less than I used to earn.",
        "I have lived in this house for twenty-six years and I want to stay. I am asking for a modification with "
        "a payment I can keep up with. The housing counselor at Harborlight is helping me."], ink=True,
        seed=seed + 13)
    cover = cover_letter(HARBORLIGHT, dt.date(2063, 3, 23), "VIA E-MAIL TO LOSSMIT@QUARRYBEND.EXAMPLE", QUARRY_BEND,
                         app.borrower, app.loan, [
                             "Our client has authorized Harborlight Housing Counseling Center to submit his request "
                             "for mortgage assistance and to discuss his loan with you; the authorization is on file "
                             "at our office and a copy is available on request.",
                             "Mr. Bramhall completed our Borrower Financial Intake worksheet with me on March 20 and "
                             "signed it in my office. Please accept the signed worksheet as his application. Our "
                             "budget shows a gross household income of about $3,250 a month against expenses of about "
                             "$2,580; the amounts on the worksheet itself are the ones to use.",
                             "Please direct questions to me at the number below."],
                         ["Borrower Financial Intake worksheet, signed", "Client's hardship letter",
                          "Social Security notice of award", "Two pay stubs"], seed + 15)
    toc = contents_page(HARBORLIGHT, dt.date(2063, 3, 23), app.borrower, app.loan, QUARRY_BEND[0], [
        ("Cover letter", 1), ("Borrower Financial Intake worksheet (signed)", 2), ("Hardship letter", 1),
        ("SSDI notice of award", 1), ("Pay stub - paid 03/02/2063", 1), ("Pay stub - paid 03/16/2063", 1)])
    p = Packet("cr1", received, app, [])
    style = Scan(dpi=300, tilt=0.25, blur=0.6, noise=0.0004)
    p.file("Harborlight_Bramhall_submission.pdf",
           digital(letter_doc(toc), toc.paper) + digital(letter_doc(cover), cover.paper)
           + scanned(app_doc(), bfi_form(app, it, on_screen=False), style, seed + 101)
           + scanned(letter_doc(hl), hl.paper, style, seed + 102)
           + scanned(letter_doc(ssdi), ssdi.paper, style, seed + 103)
           + scanned(stub_doc(stubs[0]), stubs[0].paper, style, seed + 104)
           + scanned(stub_doc(stubs[1]), stubs[1].paper, style, seed + 105))
    return p


def packet_cr2(seed: int) -> Packet:
    """A daughter under a power of attorney: large-print form in pen, loose home scans named by her."""
    received = dt.date(2063, 5, 23)
    addr = ["1208 Cider Mill Road", "Ashby Falls, VT 05250"]
    app = App("0041876230", "Wilhelmina J. Osterhout", "962-18-4471", "1208 Cider Mill Road", "Ashby Falls", "VT",
              "05250", "(802) 555-0133", "", "primary_residence",
              ["disability_or_illness", "increase_in_housing_expenses"], dt.date(2062, 10, 3), "long",
              [("benefits_taxable", "town pension", 620.00), ("benefits_nontaxable", "Social Security", 1480.00)],
              dt.date(2063, 5, 14), agent="Janice O. Pruett", agent_relation="DAUGHTER", hand="pen", seed=seed + 21)
    poa = power_of_attorney("Wilhelmina J. Osterhout", "1208 Cider Mill Road, Ashby Falls, Vermont", "Janice O. Pruett",
                            "daughter", "77 Birch Hollow Lane, Rutland, Vermont", "Bennington", "Vermont",
                            dt.date(2059, 8, 14), "Alden P. Marsh", seed + 22)
    ssa = ssa_verification("Wilhelmina J. Osterhout", addr, dt.date(2063, 4, 30), 1480.00, "4471")
    f1099 = form_1099r(["Town of Ashby Falls Employees' Pension Plan", "c/o Granite State Pension Services",
                        "PO Box 880, Concord, NH 03302", "(603) 555-0114"], "03-6004417", "Wilhelmina J. Osterhout",
                       ["1208 Cider Mill Road", "Ashby Falls, VT 05250"], "4471", 2062, 7440.00, 0.00, 0.00,
                       "AF-00172")
    med = medical_letter("Ashby Falls Family Medicine", "310 Depot Street, Ashby Falls, VT 05250  -  (802) 555-0150",
                         "Harriet N. Castellane", "Wilhelmina J. Osterhout", "02/11/1982", dt.date(2063, 5, 2), [
                             "Mrs. Osterhout has been my patient for many years. Since October 2062 she has had a "
                             "serious illness that leaves her unable to live on her own or manage her affairs. She "
                             "needs help with daily activities and is expected to need it permanently.",
                             "Her daughter, Janice Pruett, holds her power of attorney and arranges her care. Please "
                             "contact my office if you need anything further."])
    hl = hardship_letter(["Janice O. Pruett"], ["Wilhelmina J. Osterhout", "by Janice O. Pruett, attorney-in-fact",
                                                *addr], app.loan, dt.date(2063, 5, 14), BELLWETHER[0], [
        "I am writing for my mother, Wilhelmina Osterhout, under the power of attorney she signed in 2059. A copy "
        "is enclosed.",
        "In October my mother became seriously ill. She can no longer live alone, and she pays aides to be with her "
        "during the day so that she can stay in her house. The town also raised her property taxes this year, so "
        "her escrow payment went up.",
        "Her only income is her Social Security and a small pension from her years with the town. After the aides "
        "are paid, there is not enough for the full mortgage payment. We are asking for a modification so she can "
        "remain at home."], ink=True, seed=seed + 23, capacity="Attorney-in-fact for Wilhelmina J. Osterhout")
    p = Packet("cr2", received, app, ["income_doc:benefits_taxable"])
    style = Scan(dpi=200, tilt=0.55, blur=0.5, noise=0.0006)
    p.file("mom mortgage stuff 1.pdf", scanned(app_doc(), lp_form(app), style, seed + 201))
    p.file("mom mortgage stuff 2.pdf", scanned(letter_doc(poa), poa.paper, style, seed + 202))
    p.file("mom mortgage stuff 3.pdf", scanned(letter_doc(ssa), ssa.paper, style, seed + 203)
           + scanned(letter_doc(f1099), f1099.paper, style, seed + 204))
    p.file("mom mortgage stuff 4.pdf", scanned(letter_doc(med), med.paper, style, seed + 205))
    p.file("mom mortgage stuff 5 letter.pdf", scanned(letter_doc(hl), hl.paper, style, seed + 206))
    return p


def packet_cr3(seed: int) -> Packet:
    """A senior center's fax: the typewritten form from a copy of a copy, two statements with the stack reversed."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2063, 8, 9)
    addr = ["9 Old Quarry Road", "Hallowell Mills, VT 05661"]
    app = App("0392716650", "Raymond T. Fairweather", "951-40-2287", "9 Old Quarry Road", "Hallowell Mills", "VT",
              "05661", "(802) 555-0162", "", "primary_residence", ["disability_or_illness"], dt.date(2062, 11, 6),
              "long", [("benefits_taxable", "pension and Social Security", 4575.00),
                       ("investment", "long-term-care insurance", 2400.00)],
              dt.date(2063, 8, 1), co="Loretta M. Fairweather", co_ssn="951-77-1035", seed=seed + 31)
    holder = "Raymond T. Fairweather / Loretta M. Fairweather"
    credits = [(1, "SHEFFIELD MUTUAL LTC BENEFIT", 2400.00), (1, "GREEN MTN RAIL PENSION", 1845.00),
               (3, "SSA TREAS 310 SOC SEC", 1602.00), (3, "SSA TREAS 310 SOC SEC", 1128.00)]
    s1 = tidewater_statement(rng, holder, addr, "4471029385", 2063, 6, 3318.07, credits)
    s2 = tidewater_statement(rng, holder, addr, "4471029385", 2063, 7, s1.fields["ending_balance"], credits)
    ltc = ltc_letter("Raymond T. Fairweather", addr, dt.date(2063, 5, 22), 2400.00, "SM-LTC-0049127",
                     dt.date(2063, 5, 15))
    hl = hardship_letter(["Loretta M. Fairweather"], ["Raymond and Loretta Fairweather", *addr], app.loan,
                         dt.date(2063, 8, 1), QUARRY_BEND[0], [
                             "My husband Raymond has a serious illness that has taken away his memory and his "
                             "judgment. Since last November he cannot be left alone, and I cannot care for him by "
                             "myself. His care costs us more than four thousand dollars a month.",
                             "His long-term-care policy began paying in June, but it covers only part of the cost. "
                             "We have used our savings and fell behind on the mortgage in the spring.",
                             "We have lived on Old Quarry Road for forty-four years. We ask the bank to lower our "
                             "payment so that Raymond can stay at home with me."], ink=True, seed=seed + 33)
    p = Packet("cr3", received, app, [])
    style = Scan(dpi=200, tilt=0.3, blur=0.45, noise=0.0007, fax=True)
    copies = Scan(dpi=200, tilt=0.3, blur=0.45, noise=0.0007, fax=True, copies=2)
    cover = fax_cover("Hallowell Mills Senior Center", ["12 Meetinghouse Lane, Hallowell Mills, VT 05661",
                                                         "Phone (802) 555-0166"], "(802) 555-0167",
                      "Quarry Bend Savings Bank - Loan Servicing", "(802) 555-0120", received, 9,
                      f"Fairweather - loan {app.loan}", "Sent for Mr. and Mrs. Fairweather by the senior center's "
                      "volunteer. Application, bank statements, insurance letter and their letter follow.")
    sheets = (scanned(None, cover, style, seed + 300) + scanned(app_doc(), qb_form(app, {
        "start": "11/16/2062", "investment": "2,040.00"}, 1412.37), copies, seed + 301)
        + reverse_pages(scanned(stmt_doc(s2), s2.paper, style, seed + 302))
        + reverse_pages(scanned(stmt_doc(s1), s1.paper, style, seed + 303))
        + scanned(letter_doc(ltc), ltc.paper, style, seed + 304) + scanned(letter_doc(hl), hl.paper, style, seed + 305))
    fax_header(sheets, "AUG-09-2063 10:14", "HALLOWELL MILLS SR CTR", "802 555 0167")
    p.file("FAX0809_101412.pdf", sheets)
    return p


def packet_cr4(seed: int) -> Packet:
    """The counselor's e-mailed born-digital files; the worksheet signed by the counselor, not by the client."""
    received = dt.date(2063, 6, 12)
    addr = ["315 Bellflower Street", "Port Alden, RI 02871"]
    stubs = [pharmacy_stub("#0522", "88 Main Street, Kingsford, RI 02879", "Oswaldo R. Benavides", "M0522-0418",
                           "Cashier (part-time)", d, 15.60, 3, WH_RX2, seed * 7 + 4)
             for d in (dt.date(2063, 5, 18), dt.date(2063, 6, 1))]
    pension = pension_letter("Narragansett Machinists Pension Fund", "500 Foundry Street, Pawtucket, RI 02860  -  "
                             "(401) 555-0109", Color(0.35, 0.2, 0.1), "Oswaldo R. Benavides", addr,
                             dt.date(2063, 4, 20), 1310.00, dt.date(2059, 7, 1),
                             "thirty-one years as a machinist with Kettle Point Tool & Die")
    app = App("7720415596", "Oswaldo R. Benavides", "938-61-4402", "315 Bellflower Street", "Port Alden", "RI",
              "02871", "(401) 555-0121", "obenavides@example.com", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], dt.date(2063, 1, 15), "long",
              [("wages", "Meriwether Drug Co. - cashier, part-time", stubs[-1].monthly),
               ("benefits_taxable", "Narragansett Machinists pension", 1310.00)],
              dt.date(2063, 6, 6), b_signs=False, b_dates=False, seed=seed + 41)
    it = Intake(HARBORLIGHT, "Quarry Bend Savings Bank", dt.date(2063, 6, 6), dt.date(2063, 6, 6),
                expenses([1248.90, 0.0, 296.15, 380.00, 88.00, 0.0, 210.00, 0.0, 240.00, 45.00]),
                [("wages", "hours cut from 28 to 16/wk in Jan"), ("benefits_taxable", "verified - fund ltr 4/20"),
                 ("First mortgage (PITI)", "escrow up $164 (tax)")],
                "Mr. Benavides retired from the tool and die shop in 2059 and has worked part time at a pharmacy "
                "since. In January the store cut his hours, and this year's tax bill raised his escrow payment. We "
                "reviewed the worksheet by telephone on June 6; the client will sign and return it.",
                ["Pay stubs (2)", "Pension verification letter", "Hardship letter"],
                [("Checking", 633.18), ("Savings", 2050.00)])
    hl = hardship_letter([app.borrower], [app.borrower, *addr], app.loan, dt.date(2063, 6, 5), QUARRY_BEND[0], [
        "I retired in 2059 and took a part-time job at Meriwether Drug to add to my pension. In January the store "
        "cut my hours almost in half. At the same time the town raised my property taxes and my escrow payment went "
        "up by $164 a month.",
        "I have paid this mortgage for twenty-two years. I am asking for a modification so that my payment fits my "
        "pension and my part-time pay."], ink=False, seed=seed + 43)
    cover = cover_letter(HARBORLIGHT, dt.date(2063, 6, 8), "VIA E-MAIL", QUARRY_BEND, app.borrower, app.loan, [
        "Harborlight Housing Counseling Center is assisting Mr. Benavides with a request for mortgage assistance. "
        "His authorization to share information with you is on file at our office.",
        "We completed our Borrower Financial Intake worksheet with him by telephone on June 6 and I have signed it as "
        "the preparer. Mr. Benavides will sign his copy and send it to you when he returns from visiting family.",
        "By our count the household's gross income is about $2,390 a month; please rely on the worksheet's figures."],
        ["Borrower Financial Intake worksheet", "Two pay stubs", "Pension verification letter", "Hardship letter"],
        seed + 45)
    p = Packet("cr4", received, app, ["application_signature"])
    base = "Harborlight - Benavides - "
    p.file(base + "cover letter.pdf", digital(letter_doc(cover), cover.paper))
    p.file(base + "intake worksheet.pdf", digital(app_doc(), bfi_form(app, it, on_screen=True)))
    for s in stubs:
        p.file(base + f"pay stub {s.date.strftime('%m%d')}.pdf", digital(stub_doc(s), s.paper))
    p.file(base + "pension letter.pdf", digital(letter_doc(pension), pension.paper))
    p.file(base + "hardship letter.pdf", digital(letter_doc(hl), hl.paper))
    return p


def packet_cr5(seed: int) -> Packet:
    """A low-vision borrower's large-print form in felt-tip marker, scanned; the rest e-mailed by his wife."""
    received = dt.date(2063, 4, 16)
    addr = ["26 Larkspur Court", "Kingsford, RI 02879"]
    stubs = [pharmacy_stub("#0522", "88 Main Street, Kingsford, RI 02879", "Ruth E. Achterberg", "M0522-1137",
                           "Pharmacy technician (part-time)", d, 19.40, 3, WH_RX, seed * 7 + 5)
             for d in (dt.date(2063, 3, 23), dt.date(2063, 4, 6))]
    ssdi = ssdi_award("Franklin D. Achterberg", addr, dt.date(2063, 2, 8), 1904.00, dt.date(2062, 6, 18),
                      dt.date(2062, 12, 1), "7716", ["Social Security Administration", "380 Westminster Street",
                                                     "Providence, RI 02903"])
    app = App("5518820937", "Franklin D. Achterberg", "929-34-7716", "26 Larkspur Court", "Kingsford", "RI", "02879",
              "(401) 555-0178", "", "primary_residence", ["disability_or_illness"], dt.date(2062, 6, 18), "long",
              [("wages", "Ruth - pharmacy", stubs[-1].monthly), ("benefits_nontaxable", "Frank - SSDI", 1904.00)],
              dt.date(2063, 4, 9), co="Ruth E. Achterberg", co_ssn="929-60-2258", hand="marker", seed=seed + 51)
    hl = hardship_letter([app.borrower, "Ruth E. Achterberg"], ["Franklin and Ruth Achterberg", *addr], app.loan,
                         dt.date(2063, 4, 9), BELLWETHER[0], [
                             "Last June Frank lost most of his sight to an eye disease. He drove a delivery route for "
                             "a bakery supplier for twenty years and had to stop working. Social Security approved "
                             "his disability benefits in February.",
                             "Ruth works part time as a pharmacy technician. Her pay and Frank's benefit are about "
                             "half of what we earned before, and we fell behind in the fall.",
                             "Frank filled in your large-print form himself with a marker. We ask for a lower payment "
                             "so we can keep our home."], ink=False, seed=seed + 53)
    p = Packet("cr5", received, app, [])
    folder = app.loan
    style = Scan(dpi=240, tilt=0.4, blur=0.55, noise=0.0005)
    p.file(f"{folder}/SCAN_0001.pdf", scanned(app_doc(), lp_form(app), style, seed + 501))
    p.file(f"{folder}/SSA award letter.pdf", digital(letter_doc(ssdi), ssdi.paper))
    for s in stubs:
        p.file(f"{folder}/Ruth paystub {s.date.strftime('%m-%d')}.pdf", digital(stub_doc(s), s.paper))
    p.file(f"{folder}/letter about Frank.pdf", digital(letter_doc(hl), hl.paper))
    return p


def packet_cr6(seed: int) -> Packet:
    """A widow's typewritten form photocopied twice, scanned with everything else on an office copier."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2063, 8, 15)
    addr = ["63 Tamarack Hill Road", "Hallowell Mills, VT 05661"]
    app = App("0814402261", "Beatrix A. Holmgren", "975-83-1149", "63 Tamarack Hill Road", "Hallowell Mills", "VT",
              "05661", "(802) 555-0191", "", "primary_residence", ["death"], dt.date(2062, 12, 9), "long",
              [("benefits_taxable", "survivor pension", 980.00), ("benefits_nontaxable", "Social Security", 1655.00)],
              dt.date(2063, 8, 6), seed=seed + 61)
    credits = [(1, "VT GRANITE WKRS PENSION", 980.00), (3, "SSA TREAS 310 SOC SEC", 1655.00)]
    s1 = tidewater_statement(rng, "Beatrix A. Holmgren", addr, "4470188264", 2063, 6, 2240.16, credits)
    s2 = tidewater_statement(rng, "Beatrix A. Holmgren", addr, "4470188264", 2063, 7, s1.fields["ending_balance"],
                             credits)
    funeral = funeral_statement("Lindqvist & Sons Funeral Home", "4 Church Street, Hallowell Mills, VT 05661",
                                "Gunnar E. Holmgren", dt.date(2062, 12, 9), "Beatrix A. Holmgren",
                                dt.date(2062, 12, 14))
    hl = hardship_letter([app.borrower], [app.borrower, *addr], app.loan, dt.date(2063, 8, 6), QUARRY_BEND[0], [
        "My husband Gunnar died on December 9 of last year. He had a pension from the granite company and Social "
        "Security, and when he died most of his income stopped. I now receive a survivor's pension and my own "
        "survivor's Social Security.",
        "I have tried to keep up the payments from our savings, but the savings are gone. I would like to stay in "
        "the house and ask the bank to lower my payment."], ink=True, seed=seed + 63)
    p = Packet("cr6", received, app, ["hardship_doc:death"])
    style = Scan(dpi=200, tilt=0.35, blur=0.5, noise=0.0005)
    copies = Scan(dpi=200, tilt=0.35, blur=0.5, noise=0.0005, copies=2)
    p.file("RICOH_MPC3004_20630815_101522.pdf",
           scanned(app_doc(), qb_form(app, {"street": "63 Tamarak", "benefits_nontaxable": "1,565.00"}, 1106.48),
                   copies, seed + 601)
           + scanned(letter_doc(hl), hl.paper, style, seed + 602)
           + scanned(letter_doc(funeral), funeral.paper, style, seed + 603)
           + scanned(stmt_doc(s1), s1.paper, style, seed + 604) + scanned(stmt_doc(s2), s2.paper, style, seed + 605))
    return p


def packet_cr7(seed: int) -> Packet:
    """A second agency's combined born-digital PDF with a contents page; the son signs for his father (POA)."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2063, 9, 25)
    addr = ["5 Brookside Terrace", "Dunmore Crossing, PA 18512"]
    app = App("3307719284", "Cornelius J. Whitcombe", "984-20-5563", "5 Brookside Terrace", "Dunmore Crossing", "PA",
              "18512", "(570) 555-0139", "dwhitcombe@example.org", "primary_residence", ["disability_or_illness"],
              dt.date(2063, 2, 20), "long",
              [("benefits_taxable", "Social Security retirement (taxable)", 1968.00),
               ("benefits_taxable", "Dunmore Silk Mills pension", 2115.00),
               ("investment", "Sheffield Mutual LTC cash benefit", 3000.00)],
              dt.date(2063, 9, 17), agent="Daniel R. Whitcombe", agent_relation="SON", seed=seed + 71)
    it = Intake(SYCAMORE, BELLWETHER[0], dt.date(2063, 9, 17), dt.date(2063, 9, 18),
                expenses([1872.40, 0.0, 402.00, 450.00, 312.00, 3280.00, 60.00, 0.0, 0.0, 85.00]),
                [("benefits_taxable", "SS + pension: see 2 stmts"), ("investment", "LTC pays 1st of month"),
                 ("In-home care", "aides 7 days, ~$3,300")],
                "Mr. Whitcombe, 84, broke his hip in February and now needs an aide at home every day. His son Daniel "
                "holds his power of attorney and came to the session. The long-term-care benefit covers most of the "
                "aides; the escrow shortage from this year's tax bill and the remaining care costs leave a monthly "
                "shortfall. The family asks for a modification so that Mr. Whitcombe can remain at home.",
                ["Power of attorney (copy)", "Long-term-care insurer's reassessment letter",
                 "Bank statements, July and August", "Physician's letter", "Hardship letter by the son"],
                [("Checking", 2840.77), ("Savings", 6100.00)])
    holder = "Cornelius J. Whitcombe"
    credits = [(1, "SHEFFIELD MUTUAL LTC BENEFIT", 3000.00), (1, "DUNMORE SILK MILLS PENSION", 2115.00),
               (3, "SSA TREAS 310 SOC SEC", 1968.00)]
    s1 = pemaquid_statement(rng, holder, addr, "70355219046", 2063, 7, 3112.54, credits)
    s2 = pemaquid_statement(rng, holder, addr, "70355219046", 2063, 8, s1.fields["ending_balance"], credits)
    ltc = ltc_letter(holder, addr, dt.date(2063, 8, 14), 3000.00, "SM-LTC-0061883", dt.date(2063, 3, 22),
                     review=True)
    poa = power_of_attorney(holder, "5 Brookside Terrace, Dunmore Crossing, Pennsylvania", "Daniel R. Whitcombe",
                            "son", "19 Kestrel Drive, Scranton, Pennsylvania", "Lackawanna", "Pennsylvania",
                            dt.date(2061, 3, 2), "Miriam E. Kowalski", seed + 72)
    med = medical_letter("Dunmore Crossing Orthopedic and Geriatric Associates", "1400 Valley View Drive, Dunmore "
                         "Crossing, PA 18512  -  (570) 555-0182", "Samuel T. Okonjo", holder, "06/30/1979",
                         dt.date(2063, 9, 5), [
                             "Mr. Whitcombe has been under my care since February 2063. Because of his condition he "
                             "is unable to live independently and requires assistance at home every day. This need "
                             "is expected to be permanent.",
                             "I am providing this letter at the request of his son and attorney-in-fact."])
    hl = hardship_letter(["Daniel R. Whitcombe"], ["Cornelius J. Whitcombe", "c/o Daniel R. Whitcombe, POA",
                                                   "19 Kestrel Drive", "Scranton, PA 18505"], app.loan,
                         dt.date(2063, 9, 15), BELLWETHER[0], [
                             "I write on behalf of my father, Cornelius Whitcombe, whose power of attorney I hold.",
                             "In February my father fell and broke his hip. He cannot live on his own any longer, and "
                             "he needs an aide at home every day. His long-term-care insurance pays most of that "
                             "cost, but not all of it, and his property taxes went up this year.",
                             "My father has lived in his house for fifty-one years. We ask you to lower his payment "
                             "so that he can stay there."], ink=False, seed=seed + 73,
                         capacity="Attorney-in-fact for Cornelius J. Whitcombe")
    cover = cover_letter(SYCAMORE, dt.date(2063, 9, 21), "VIA SECURE UPLOAD", BELLWETHER, holder, app.loan, [
        "Sycamore Hill Community Action's housing counseling program is assisting Mr. Whitcombe and his son and "
        "attorney-in-fact, Daniel R. Whitcombe, who signed our worksheet for his father. A copy of the power of "
        "attorney is enclosed.",
        "Please accept the signed Borrower Financial Intake worksheet as Mr. Whitcombe's request for mortgage "
        "assistance. Our budget shows about $7,080 a month in gross income and about $6,460 in expenses, most of it "
        "for care at home.", "We will gladly send anything else you need."],
        ["Borrower Financial Intake worksheet", "Power of attorney", "Long-term-care insurer's letter",
         "Two bank statements", "Physician's letter", "Hardship letter"], seed + 75)
    toc = contents_page(SYCAMORE, dt.date(2063, 9, 21), holder, app.loan, BELLWETHER[0], [
        ("Cover letter", 1), ("Borrower Financial Intake worksheet", 2), ("Durable power of attorney (copy)", 2),
        ("Long-term-care benefit reassessment", 1), ("Pemaquid FCU statement - July 2063", 1),
        ("Pemaquid FCU statement - August 2063", 1), ("Physician's letter", 1), ("Hardship letter", 1)])
    p = Packet("cr7", received, app, [])
    style = Scan(dpi=300, tilt=0.2, blur=0.6, noise=0.0004)
    p.file("SHCA_Whitcombe_packet_2063-09-21.pdf",
           digital(letter_doc(toc), toc.paper) + digital(letter_doc(cover), cover.paper)
           + digital(app_doc(), bfi_form(app, it, on_screen=True))
           + scanned(letter_doc(poa), poa.paper, style, seed + 701)
           + digital(letter_doc(ltc), ltc.paper) + digital(stmt_doc(s1), s1.paper) + digital(stmt_doc(s2), s2.paper)
           + digital(letter_doc(med), med.paper) + digital(letter_doc(hl), hl.paper))
    return p


def packet_cr8(seed: int) -> Packet:
    """A pharmacy's fax: the large-print form in ballpoint with the hardship date left empty."""
    received = dt.date(2063, 10, 18)
    addr = ["140 Salt Marsh Lane", "Kingsford, RI 02879"]
    stub = pharmacy_stub("#0417", "220 Water Street, Port Alden, RI 02871", "Gloria N. Ashworth", "M0417-3051",
                         "Pharmacy cashier (part-time)", dt.date(2063, 10, 12), 15.95, 3, WH_RX2, seed * 7 + 8)
    ssdi = ssdi_award("Gloria N. Ashworth", addr, dt.date(2063, 8, 29), 1388.00, dt.date(2062, 12, 2),
                      dt.date(2063, 6, 1), "3306", ["Social Security Administration", "1 Federal Way, Suite 200",
                                                    "Providence, RI 02903"])
    pension = pension_letter("Blackstone Valley Transit Retirement Plan", "25 Depot Square, Woonsocket, RI 02895  -  "
                             "(401) 555-0186", Color(0.1, 0.3, 0.55), "Harold B. Ashworth", addr,
                             dt.date(2063, 9, 10), 1276.50, dt.date(2062, 3, 1),
                             "twenty-eight years as a bus operator")
    app = App("6092258814", "Gloria N. Ashworth", "918-47-3306", "140 Salt Marsh Lane", "Kingsford", "RI", "02879",
              "(401) 555-0115", "", "primary_residence", ["disability_or_illness"], None, "long",
              [("wages", "Gloria - pharmacy", stub.monthly), ("benefits_taxable", "Harold - pension", 1276.50),
               ("benefits_nontaxable", "Gloria - SSDI", 1388.00)],
              dt.date(2063, 10, 15), co="Harold B. Ashworth", co_ssn="918-22-7740", hand="ballpoint", seed=seed + 81)
    hl = hardship_letter([app.borrower, "Harold B. Ashworth"], ["Gloria and Harold Ashworth", *addr], app.loan,
                         dt.date(2063, 10, 15), BELLWETHER[0], [
                             "At the end of last year I was diagnosed with a disease of the nervous system that "
                             "keeps getting worse. I had to leave my full-time job as a bookkeeper. Social Security "
                             "approved my disability benefits in August, and I work a few short shifts a week at the "
                             "pharmacy.",
                             "My husband Harold retired from the transit authority last year and receives a small "
                             "pension. We fell behind on the mortgage while we waited for my benefits.",
                             "We would like to keep our home and ask for a payment we can afford."], ink=True,
                         seed=seed + 83)
    p = Packet("cr8", received, app, ["application_field:hardship_start_date"])
    style = Scan(dpi=200, tilt=0.25, blur=0.45, noise=0.0007, fax=True)
    cover = fax_cover("Meriwether Drug Co. - Store #0417", ["220 Water Street, Port Alden, RI 02871",
                                                             "Pharmacy (401) 555-0117"], "(401) 555-0117",
                      "Bellwether Ridge Mortgage Servicing", "(603) 555-0171", received, 12,
                      f"Gloria and Harold Ashworth - loan {app.loan}", "Please deliver to Homeowner Assistance. "
                      "Large-print form, pay stub, Social Security letter, pension letter and our letter.")
    sheets = (scanned(None, cover, style, seed + 800) + scanned(app_doc(), lp_form(app), style, seed + 801)
              + scanned(stub_doc(stub), stub.paper, style, seed + 802)
              + scanned(letter_doc(ssdi), ssdi.paper, style, seed + 803)
              + scanned(letter_doc(pension), pension.paper, style, seed + 804)
              + scanned(letter_doc(hl), hl.paper, style, seed + 805))
    fax_header(sheets, "OCT-18-2063 08:42", "MERIWETHER DRUG 0417", "401 555 0117")
    p.file("fax_4015550117_20631018_0842.pdf", sheets)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cr1, packet_cr2, packet_cr3, packet_cr4, packet_cr5, packet_cr6,
                                             packet_cr7, packet_cr8]
KNOWN_CODES = ({"application", "application_signature", "irs_form_4506c"}
               | {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
               | {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
               | {f"hardship_doc:{h}" for h in HARDSHIP_PAPERS})
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, fields, dates, sums, pages, `scanned`, and the
    missing codes recomputed from the file itself under both readings of "two most recent bank statements"."""
    problems: list[str] = []
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() > 4:
            problems.append(f"{name}: received on a weekend")
        if not re.fullmatch(r"\d{6,15}", exp["loan_number"]):
            problems.append(f"{name}: loan number {exp['loan_number']}")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in KNOWN_CODES]
        for newer_only in (False, True):
            codes = codes_from(exp["application"], exp["documents"], received, newer_only)
            if codes != sorted(exp["missing"]):
                problems.append(f"{name}: the rules give {codes} (newer_only={newer_only}), expected.json says "
                                f"{exp['missing']}")
        app = exp["application"]
        if set(app) != APP_KEYS:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan numbers differ")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or any(
                v <= 0 for k, v in app["income"].items()):
            problems.append(f"{name}: bad income code or amount")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co_borrower_signed must be null exactly when there is no co-borrower")
        if app["signed"] != (app["signed_on"] is not None) and app["signed"]:
            problems.append(f"{name}: signed without a date")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None:
                dt.date.fromisoformat(app[k])
        if len([d for d in exp["documents"] if d["type"] == "mortgage_assistance_application"]) != 1:
            problems.append(f"{name}: not exactly one application")
        listed: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: duplicate ids")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            if set(doc["fields"]) != FIELD_NAMES.get(doc["type"], set()):
                problems.append(f"{name}: {doc['type']} fields {sorted(doc['fields'])}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in listed:
                    problems.append(f"{name}: page listed twice {key}")
                listed.add(key)
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
                if k.endswith(("date", "_start", "_end")) and v is not None:
                    dt.date.fromisoformat(v)
            f = doc["fields"]
            if doc["type"] == "pay_stub":
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005 or f["period_start"] > f["period_end"] or \
                        f["period_end"] > f["pay_date"]:
                    problems.append(f"{name}: pay stub {f}")
            if doc["type"] == "benefit_award_letter" and f["benefit_type"] not in INCOMES:
                problems.append(f"{name}: benefit_type {f['benefit_type']}")
        stmts = sorted((d["fields"] for d in exp["documents"] if d["type"] == "bank_statement"),
                       key=lambda f: f["period_start"])
        for a, b in itertools.pairwise(stmts):
            if a["account_last4"] == b["account_last4"] and abs(a["ending_balance"] - b["beginning_balance"]) > 0.005:
                problems.append(f"{name}: statements do not chain {a['period_end']} -> {b['period_start']}")
        for path in sorted((exp_path.parent / "inbox").rglob("*.pdf")):
            rel = path.relative_to(exp_path.parent / "inbox").as_posix()
            n = len(PdfReader(path).pages)
            unlisted = [i for i in range(1, n + 1) if (rel, i) not in listed]
            if unlisted not in ([], [1]):  # only a fax cover sheet, always first, goes unlisted
                problems.append(f"{name}: pages {unlisted} of {rel} belong to no document")
            if unlisted == [1] and "fax" not in rel.lower():
                problems.append(f"{name}: unlisted first page in {rel}, which is not a fax")
            if path.stat().st_size > 6_000_000:
                problems.append(f"{name}: {rel} is {path.stat().st_size} bytes")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cr1 ..)")
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
        problems += unread(p) + edge_problems(p)
        covers = [(f, n) for f, n in p.covers]
        if any(n != 1 or "fax" not in f.lower() for f, n in covers):
            problems.append(f"{name}: cover sheets {covers}")
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
