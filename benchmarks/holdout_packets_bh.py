"""A holdout set of borrower packets (bh1..bh8): HOME SCANNERS AND MISHANDLED PAPER. Laid out unlike the shared
samples and unlike the earlier sets (a, b .. z, aa .. bf: only their module docstrings, and the af scaffold, were
read), written without looking at the service's code, rules, data files or tests, to estimate honestly how it reads
borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_bh.py OUT_DIR [--seed N] [--check] [--only bh1 bh5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`. Received dates are weekdays in 2046, February to October. Every
file is the same bytes for a seed (reportlab invariant mode, seeded noise, fixed PDF identifiers). All people,
employers, banks, case numbers and the servicer are fictional; SSNs use the 900-999 area; every sheet carries a faint
"synthetic test document" line, drawn into its image (blank backs too).

THE THEME. Borrowers scan their papers AT HOME on cheap flatbeds and sheet feeders and send whatever the scanner
software wrote. Every page of the set is an image-only COLOUR JPEG at 150 or 200 dpi (no text layer, so every
document is `scanned: true`), with the paper's warm or cool tone, the lamp's fall-off across the page, sensor noise
and a little softness. Five home scanners, each with its resolution, paper tone, lid or backing colour, JPEG quality
(60 to 76) and the /Creator its software writes: "HP Smart (Windows)" flatbed, 200 dpi (bh1's voucher, bh7); "Epson
ScanSmart" duplex sheet feeder, 200 dpi (bh1, bh5); "Canon IJ Scan Utility" flatbed, 150 dpi (bh2, bh6); "Brother
iPrint&Scan" flatbed, 200 dpi (bh3, bh8); "NAPS2" flatbed, 150 dpi (bh4). What happens to the paper:
- SKEW. Every sheet lies 1.0 to 3.5 degrees off square, either way. On a flatbed the whole glass is scanned (8.5 x
  11.69 in) with the sheet near the corner guide, so the pale lid shows in wedges along the edges and a tilted
  sheet's corners are cut off; through the feeder the page is the sheet's own size and the grey backing shows in the
  corner wedges. A soft shadow follows the sheet's edges. Table rows drift by about a line across a page.
- TURNED INSIDE THE IMAGE (no /Rotate key fixes these): bh1's January grocery stub went through the feeder UPSIDE
  DOWN (image turned 180 degrees); bh4's March statement lay SIDEWAYS on the glass (a landscape page, the sheet's top
  at the left).
- TURNED BY THE /Rotate KEY: bh3's stub is an upright image whose page carries /Rotate 180 (the preview's rotate
  button hit on the wrong page: every viewer shows it upside down); bh8's hardship letter is an upright image under
  /Rotate 90 (shown sideways); bh6's July stub is the opposite case - its stored image lies sideways (turned 90
  degrees counter-clockwise) and /Rotate 90 turns it upright in a viewer, so only a reader that ignores the key sees
  it sideways.
- DUPLEX BLANK BACKS. The feeder reads both sides of one-sided sheets. In bh1 blank-page skipping was off: every
  sheet is followed by its back, some clean (paper tone and noise only), some with the front's print SHOWING
  THROUGH, mirrored and washed out (5 to 7.5 per cent of the ink). In bh5 skipping was on and kept only the two backs
  with bleed-through. As the shared samples list a blank page (packet 04), every blank back is its own one-page
  `other` document without fields, never a page of the document in front of it.
- MIXED PAGE SIZES. The divorce decree on LEGAL paper through the feeder (8.5 x 14 in pages, bh5); every page of bh7
  on A4 (8.27 x 11.69 in) because the scanner was left on its A4 default - the letter sheets lose a sliver at the
  right and show lid below; a HALF-LETTER pension notice auto-cropped to a 5.75 x 8.75 in page (bh2); a SMALL CHECK
  STUB (7 x 3.25 in) and a narrow NEWSPAPER CLIPPING (2.4 x 6 in), each alone on a big, nearly white full-glass page
  (bh1, bh2).
- DAMAGE. Three-hole-punch holes down the left margin of a ring binder's papers (each hole shows the lid with a dark
  crescent: bh2's application and SSA letter); a FOLDED CORNER, top right, about an inch (the corner gone, the flap's
  back lying over the page with its shadow: bh3's unemployment notice, covering no printed value); a yellow STICKY
  NOTE with three hand-printed lines on the lower half of bh6's August stub ("HR still hasn't sent / the transfer
  letter - / will fax it. Trevor"), covering no value.
- ORDER. Several documents in one PDF in whatever order they came off the pile: pay stubs before the application
  (bh1, bh8), a shuffled stack (bh5: decree, stub, May statement, application, then April's statement with its two
  pages REVERSED), the worksheet's two sheets flipped (bh7), the application's two sheets in TWO DIFFERENT FILES
  (bh4), and THE SAME STUB SCANNED TWICE in one file (bh8, before and after the application, placed and tilted
  differently). A document's `pages` are listed in the document's own page order, whatever order they arrived in and
  whichever files hold them; the two copies of bh8's stub are two `pay_stub` documents with identical fields.
- PEN. Hand-printed capitals in blue ballpoint (each glyph turned, sized and lifted a little at random), crosses in
  check boxes, cursive signatures as pen strokes, dates written by hand as mm/dd/yyyy.

APPLICATIONS.
- The REAL Form 710 (April 2023, shared/reference), (a) TYPED through its AcroForm (the fields rendered into the
  print), printed, then signed and dated in ink on page 4 (bh1, bh5, bh8); or (b) PRINTED BLANK AND FILLED IN BY
  HAND (bh2, bh6): every answer hand-printed in capitals on its line (the e-mail in lower case), X marks in the boxes.
  Answers, per form710.md: Loan number; Borrower's name; SSN last 4; e-mail; primary phone (Cell); co-borrower's name
  and SSN last 4 (bh6); preferred contact Cell phone; military No; Property Address on one line "street, city, ST
  ZIP"; "The property is currently" - A primary residence throughout this set; Owner occupied; Keep the property; not
  listed for sale; no HOA; page 2 the hardship date, one duration box and the hardship boxes; page 3 the monthly
  amount on each income line used ("2,297.30") and checking / savings; page 4 the signature(s) and date(s).
  expected.json: income by each line's code (wages, self_employment, unemployment, benefits_taxable,
  benefits_nontaxable, rental, investment, other) and total = their sum (the form prints no total); signed and
  signed_on from the borrower's ink signature and date; co_borrower_signed from the co-borrower's (null without one).
- QUARRYSTONE MORTGAGE SERVICING's own HOME RETENTION WORKSHEET (Form QMS-7 (rev. 02/2046)): two portrait sheets,
  a slate hexagon "Q" mark, "QUARRYSTONE / MORTGAGE SERVICING, LLC", the line "PO Box 2209, Mankato, MN 56002 -
  Phone ... - Fax ...", the title at the top right over the form number and a boxed "SHEET n OF 2", a grey rounded
  LOAN NUMBER box on both sheets (sheet 2's captioned "LOAN NUMBER (REPEAT IT HERE IN CASE THE SHEETS COME APART)").
  Sheet 1 is a LEDGER OF FULL-SENTENCE QUESTIONS numbered 1-12, rows shaded alternately, the question at the left and
  the answer on a darker strip at the right: 1 "What is your full name?" (borrower_name); 2 the last four digits of
  the SSN; 3 phone; 4 "Is anyone else on this loan with you? If so, write his or her full name." (co_borrower_name;
  NONE = no co-borrower); 5 that person's last four; 6 the property address on two lines (street; "CITY, ST ZIP");
  7 "Do you live in this home yourself? [ ] YES [ ] NO"; 8 "If you answered NO, this home is: [ ] a second or vacation
  home [ ] rented out / an investment property" - occupancy is primary_residence when 7 is YES, else second_home or
  investment_property by 8; 9 "What happened? Mark EVERY box that applies." - ten boxes in two columns in
  Quarrystone's words (I lost my job = unemployment; My income went down = reduction_in_income; My housing costs
  went up = increase_in_housing_expenses; A disaster hit my home or my workplace = disaster; Long illness or
  disability = disability_or_illness; Divorce or legal separation = divorce_or_separation; Separation from a co-owner
  I am not married to = separation_unmarried; A borrower or the household's wage earner died = death; My job moved
  far away = relocation; Something else - explain = other); 10 "On what date did it begin?" (hardship_start_date);
  11 duration; 12 what to do with the home; then a dashed FOR QUARRYSTONE USE ONLY box. Sheet 2: 13 a table of nine
  income rows a-i by two columns YOU | CO-BORROWER, each cell with "$", and a shaded HOUSEHOLD TOTAL PER MONTH row.
  Codes: a "Wages or salary - main job" and b "Wages - second job" -> wages, c self_employment, d unemployment,
  e "Social Security, pension or disability - taxable" -> benefits_taxable, f "... - not taxable" ->
  benefits_nontaxable, g rent -> rental, h investment, i "Alimony, child support or other income" -> other; a code's
  amount is the sum of its rows over both columns and total = the household total printed (equal to the sum). 14
  checking and savings; 15 the certification and two signature lines, BORROWER and CO-BORROWER SIGNATURE, each with a
  DATE (mm/dd/yyyy). Typed in its PDF in Courier bold, then printed and signed and dated in ink (bh4), or filled in
  by hand throughout (bh3, bh7).

PAPERS (every layout drawn here).
- Bramblecrest Market's letter-size CHECK-AND-STUB (bh1): a green band, caption cells (ASSOCIATE, ASSOCIATE ID,
  STORE / DEPARTMENT, CHECK NO., PERIOD BEGINNING, PERIOD ENDING, PAY DATE, PAY FREQUENCY "Bi-Weekly"), EARNINGS
  (Regular, Sunday premium, Overtime: rate, hours, current, year to date) beside TAXES AND DEDUCTIONS, a GROSS PAY /
  TOTAL DEDUCTIONS / NET PAY row (this period and year to date), a perforation, and below it the voided payroll check
  for the net pay (NON-NEGOTIABLE).
- Copper Kettle Diner's small desktop-payroll VOUCHER, 7 x 3.25 in (bh1): "Pay Period: .. - .." and "Pay Date: .."
  on one line, "Paid weekly", Earnings beside Taxes & Deductions with Current and YTD Amount, then Gross Pay, YTD
  Gross, Net Pay, YTD Net.
- A letter-size STATEMENT OF EARNINGS in two styles: a coloured band with the employer in a serif face (Barre Valley
  Unified School District, bh3; Zumbro Valley Water Utility, bh4) or a coloured box title (Harbor Mutual Insurance
  Agency, bh5; Big Sky Rail Maintenance Co., bh6). Facts in two columns (Employee, Employee ID, Position /
  Department / Crew | Pay period "mm/dd/yyyy to mm/dd/yyyy", Check date, Pay frequency), EARNINGS and TAXES AND
  DEDUCTIONS tables with THIS PERIOD and YEAR TO DATE, and a boxed Gross pay / Deductions / Net pay summary. Salaried
  lines show no hours or rate; the school district pays semi-monthly on the last weekday of the half-month, so its
  03/16-03/31 check is dated 03/30.
- Dubois County Molded Plastics' DOT-MATRIX PAY STATEMENT (bh8): Courier capitals on green-bar continuous paper with
  pin-feed holes down both edges - EMPLOYEE, CLOCK NO, DEPT, PAID WEEKLY, PERIOD, PAY DATE, earnings and deductions
  with CURRENT and YTD, GROSS PAY and NET PAY lines.
  Every stub's year to date is the sum of that year's checks of the same job (each check drawn from its own pay
  date) and net = gross - taxes - deductions. Stub fields: employer (as printed; compared ignoring case),
  employee_name, pay_date, period_start, period_end, frequency, gross_current, gross_ytd, net_current and
  monthly_gross = gross x 52, 26, 24 or 12 / 12.
- Zumbro River Federal Credit Union's one-page MEMBER STATEMENT (bh4: a boxed summary, one register Posted /
  Transaction / Amount - debits with a minus - / Balance) and Tidewater Commerce Bank's two-page checking statement
  (bh5: "Page n of 2", the summary and deposits on page 1, withdrawals and daily balances on page 2). Payroll
  deposits are the stubs' net pay on their pay dates. Fields: bank_name, account_last4, period_start, period_end,
  beginning_balance, ending_balance.
- Letters: Social Security's BENEFIT VERIFICATION LETTER for a retirement benefit (benefit_award_letter; the letter
  says the benefit is reported on Form SSA-1099 and may be taxed, and the borrower claims it on the taxable line, so
  benefit_type benefits_taxable); Tri-County Ironworkers Pension Trust's HALF-LETTER 2046 BENEFIT NOTICE of a
  survivor pension ("Taxable - reported on Form 1099-R": benefit_award_letter, benefits_taxable); the State of
  Vermont's NOTICE OF MONETARY DETERMINATION with a weekly benefit amount (unemployment_benefit_letter: letter_date
  and benefit_type "unemployment", as the samples give it); The Valley Sentinel's OBITUARY clipping (obituary, no
  fields); a Virginia circuit court's FINAL DECREE OF DISSOLUTION OF MARRIAGE on legal paper, two pages, signed by the
  judge (divorce_decree, no fields); a groomer's year-to-date PROFIT AND LOSS STATEMENT, signed and dated in ink
  (period_start, period_end, net_income, signed); page 1 of the real IRS FORM 4506-C (Rev. 10-2022) printed blank,
  filled in by hand, signed and dated (irs_form_4506c: signed, signed_on); a typed hardship letter signed in ink
  (hardship_letter: letter_date); Wabash Prairie Electric Cooperative's bill (other). Benefit award letters carry
  letter_date, monthly_amount and benefit_type.

THE PACKETS.
- bh1 COMPLETE. An HOURLY WORKER WITH TWO JOBS (grocery produce clerk paid bi-weekly, diner line cook paid weekly):
  "Scan_20460211_2114.pdf" from the duplex feeder with blank skipping off - the February grocery stub and its back
  (bleed-through), the January grocery stub FED UPSIDE DOWN and its back (bleed-through, upside down too), then Form
  710 typed, each sheet followed by its back (page 3's with bleed-through, the others clean): 12 pages, stubs before
  the application; "scan0007.pdf": the diner's voucher alone on the flatbed glass. Wages on Form 710 = both jobs'
  monthly gross; reduction in income (no papers needed).
- bh2 COMPLETE. A RETIREE, widowed: Form 710 filled in by hand and hole-punched ("Dunmore application.pdf"), the SSA
  letter, hole-punched ("SSA letter.pdf"), the half-letter pension notice ("pension notice.pdf"), the obituary
  clipping ("obituary.pdf"). Social Security plus the survivor pension on the taxable line, both letters fresh;
  death, documented by the obituary.
- bh3 INCOMPLETE application_signature. An UNEMPLOYMENT CLAIMANT (a laid-off stone cutter) and his wife, a school
  attendance clerk: QMS-7 by hand, unemployment in row d under YOU (weekly benefit x 52 / 12) and her wages in row a
  under CO-BORROWER; she is named in question 4 but her signature and date lines are EMPTY. "Haverty application.pdf",
  "unemployment letter.pdf" (folded corner), "Lorraine paystub.pdf" (/Rotate 180). Unemployment needs no papers; her
  fresh stub shows year-to-date pay.
- bh4 INCOMPLETE irs_form_4506c. A water utility technician who rents out her basement: QMS-7 typed - wages in row a,
  rent after expenses in row g; sheet 1 and her stub in "Solberg scan 1.pdf", the March statement (SIDEWAYS in the
  image), April's and sheet 2 in "Solberg scan 2.pdf". The two statements are fresh and consecutive and show the rent
  deposits, but rental income is claimed and no Form 4506-C came.
- bh5 COMPLETE. A divorced claims processor: Form 710 typed; wages by her fresh semi-monthly stub, child support
  ("other") by two consecutive fresh statements, the divorce by the decree. ONE shuffled feeder file "Whitcombe
  papers.pdf": 13 pages, legal and letter, two kept backs with bleed-through, April's pages reversed.
- bh6 INCOMPLETE hardship_doc:relocation. A track foreman moved to a distant rail yard, his wife co-borrower (both
  sign): Form 710 by hand ("TA_0802_1.pdf"); two fresh bi-weekly stubs ("TA_0802_2.pdf": August's with the sticky
  note, July's stored sideways under /Rotate 90). No transfer letter or orders came - the note promises it.
- bh7 COMPLETE. A SELF-EMPLOYED mobile dog groomer after a flash flood (disaster): QMS-7 by hand (row c = the P&L's
  net profit / 8 months), her signed and dated year-to-date P&L (fresh) and a signed Form 4506-C; ONE file
  "Marchetti_docs.pdf" of A4 pages: the P&L (tilted 3.5 degrees), the 4506-C, worksheet sheet 2, then sheet 1.
- bh8 INCOMPLETE income_doc:wages (stale). A plant worker whose hours were cut: Form 710 typed with the wages she now
  earns by her own estimate; the only pay statement she has, paid in July - more than 90 days before the packet
  arrived - scanned TWICE in "Scan_20461019.pdf", and no bank statements; her typed letter under /Rotate 90;
  "electric bill.pdf".

Expected status and missing codes are not typed by hand: `missing_codes` applies shared/spec/checklist.md (90-day
freshness counted back from the received date; two bank statements = the same account, consecutive periods, both
fresh; a benefit letter counts for the income code it documents; hardship papers by document type; Form 4506-C when
self-employment or rental income is claimed) to the application's answers and the documents' fields exactly as
written to expected.json, and the result must equal each packet's story. `--check` re-reads what was written: the
keys, the codes, 2046 weekdays, status against missing, the rules re-applied to the file, the income total against
the sum of its lines, the co-borrower's name against the co-borrower's signature, that the inbox holds exactly the
files built, that every page of every file belongs to exactly one document and every listed page exists, page
counts, each page's /Rotate and size as built, no text layer on any page, and the stubs' arithmetic (monthly_gross,
period order, year to date not below the current gross, 0 < net < gross).
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
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject, NumberObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import legal, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
rl_config.useA85 = 0
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
FORM710 = SHARED / "reference" / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = SHARED / "reference" / "irs-form4506c-rev2022-10-blank.pdf"
FONTS = Path("/usr/share/fonts/truetype")
PEN_FONT = FONTS / "dejavu" / "DejaVuSansCondensed.ttf"
NOTE_FONT = FONTS / "dejavu" / "DejaVuSansCondensed-Oblique.ttf"
SMALL_FONT = FONTS / "dejavu" / "DejaVuSans.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
HALF_LETTER = (396.0, 612.0)

HARDSHIPS = (
    "unemployment",
    "reduction_in_income",
    "increase_in_housing_expenses",
    "disaster",
    "disability_or_illness",
    "divorce_or_separation",
    "separation_unmarried",
    "death",
    "relocation",
    "other",
)
INCOMES = (
    "wages",
    "self_employment",
    "unemployment",
    "benefits_taxable",
    "benefits_nontaxable",
    "rental",
    "investment",
    "other",
)
OCCUPANCIES = ("primary_residence", "second_home", "investment_property")
DOC_TYPES = (
    "mortgage_assistance_application",
    "pay_stub",
    "bank_statement",
    "hardship_letter",
    "profit_and_loss_statement",
    "tax_return",
    "w2",
    "irs_form_4506c",
    "unemployment_benefit_letter",
    "benefit_award_letter",
    "investment_statement",
    "rent_check",
    "divorce_decree",
    "quitclaim_deed",
    "death_certificate",
    "obituary",
    "medical_statement",
    "employer_relocation_letter",
    "military_pcs_orders",
    "separator_sheet",
    "other",
)
REQUIRED_FIELDS = (
    "loan_number",
    "borrower_name",
    "property_address",
    "occupancy",
    "hardship_types",
    "hardship_start_date",
    "income",
)
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
FRESH_DAYS = 90


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def crc(*parts: object) -> int:
    return zlib.crc32("|".join(str(p) for p in parts).encode())


# --- the pen: hand-printed capitals, crosses in boxes, signatures -----------------------------------------------

PEN_BLUE = (26, 44, 138)
PEN_BLACK = (34, 33, 40)


@dataclass
class Ink:
    """Something written by hand on a sheet, in PDF points from the sheet's bottom-left corner.
    kind "print": hand-printed text whose baseline starts at (x, y), letters `size` points high;
    kind "x": a cross drawn in a check box centred on (x, y), `size` points across;
    kind "sig": a signature whose baseline starts at (x, y), `w` points long."""

    kind: str
    x: float
    y: float
    text: str = ""
    size: float = 10.0
    w: float = 140.0
    seed: int = 0
    pen: tuple[int, int, int] = PEN_BLUE


_font_cache: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    key = (str(path), px)
    if key not in _font_cache:
        _font_cache[key] = ImageFont.truetype(str(path), px)
    return _font_cache[key]


def pen_print(
    img: Image.Image,
    x: float,
    y: float,
    text: str,
    size_px: float,
    rng: random.Random,
    color: tuple[int, int, int],
    face: Path = PEN_FONT,
    slant: float = 0.0,
) -> None:
    """Hand-printed letters: each glyph drawn on its own, turned, sized and lifted a little at random."""
    faces = [font(face, max(6, round(size_px * 1.32 * k))) for k in (0.94, 1.0, 1.06)]
    pad = round(size_px * 1.2)
    layer = Image.new("RGB", (pad * 2, pad * 2), color)
    drift = 0.0
    for ch in text:
        if ch == " ":
            x += size_px * rng.uniform(0.38, 0.6)
            continue
        f = faces[rng.choice((0, 1, 1, 1, 2))]
        glyph = Image.new("L", (pad * 2, pad * 2), 0)
        ImageDraw.Draw(glyph).text((pad, pad), ch, font=f, fill=rng.randint(215, 245), anchor="ls")
        angle = rng.uniform(-6.5, 6.5) - slant
        glyph = glyph.rotate(angle, resample=Image.Resampling.BICUBIC, center=(pad, pad))
        drift = max(-0.15, min(0.15, drift + rng.uniform(-0.05, 0.05)))
        dy = (rng.uniform(-0.06, 0.06) + drift) * size_px
        img.paste(layer, (round(x - pad), round(y - pad + dy)), glyph)
        x += f.getlength(ch) * rng.uniform(0.92, 1.12) + size_px * 0.05


def scrawl(rng: random.Random, w: float, h: float) -> list[list[tuple[float, float]]]:
    """A signature as pen strokes in a box w wide, baseline at 0, up positive (any unit)."""
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    words = rng.choice((2, 2, 3))
    for _word in range(words):
        letters = rng.randint(4, 7)
        wl = w / (words * letters + words) * rng.uniform(0.9, 1.15)
        pts: list[tuple[float, float]] = [(x, 0.0)]
        for i in range(letters):
            tall = h * (1.35 if i == 0 else rng.choice((0.45, 0.5, 0.55, 1.0)))
            dip = -h * 0.55 if i and rng.random() < 0.15 else 0.0
            for k in range(1, 11):
                t = k / 10
                y = tall * math.sin(math.pi * t) ** 1.3 if t <= 0.5 or not dip else dip * math.sin(math.pi * t)
                xx = x + wl * t - 0.38 * wl * math.sin(2 * math.pi * t) + 0.3 * y
                pts.append((xx, y))
            x += wl
        strokes.append(pts)
        x += wl * rng.uniform(0.5, 0.9)
    end = min(x, w)
    strokes.append([(w * 0.02, -h * 0.22), (end * 0.5, -h * 0.32), (end * 1.02, -h * 0.12)])
    return strokes


def draw_inks(img: Image.Image, inks: Sequence[Ink], dpi: float, page_h: float) -> None:
    s = dpi / 72.0
    draw = ImageDraw.Draw(img)
    for ink in inks:
        rng = random.Random(crc(ink.seed, ink.kind, ink.text, round(ink.x), round(ink.y)))
        px, py = ink.x * s, (page_h - ink.y) * s
        if ink.kind == "print":
            pen_print(img, px, py, ink.text, ink.size * s, rng, ink.pen)
        elif ink.kind == "x":
            r = ink.size * s * 0.5
            width = max(2, round(1.1 * s))
            for a, b in (((-r, -r), (r, r)), ((-r, r), (r, -r))):
                j = [rng.uniform(-0.25, 0.25) * r for _ in range(4)]
                draw.line(
                    [(px + a[0] + j[0], py + a[1] + j[1]), (px + b[0] + j[2], py + b[1] + j[3])],
                    fill=ink.pen,
                    width=width,
                )
        elif ink.kind == "sig":
            width = max(2, round(1.0 * s))
            for stroke in scrawl(rng, ink.w, 17.0):
                pts = [(px + sx * s, py - sy * s) for sx, sy in stroke]
                draw.line(pts, fill=ink.pen, width=width, joint="curve")
        else:
            raise ValueError(ink.kind)


def synth_mark(img: Image.Image, dpi: float) -> None:
    """The faint 'synthetic test document' line in a sheet's bottom-right corner."""
    f = font(SMALL_FONT, max(7, round(5.5 * dpi / 72)))
    ImageDraw.Draw(img).text(
        (img.width - round(0.3 * dpi), img.height - round(0.12 * dpi)), SYNTH, font=f, fill=(172, 172, 172), anchor="rs"
    )


# --- sheets: papers drawn with reportlab, or real forms, rendered to pixels -------------------------------------

PageFn = Callable[[Canvas], list[Ink] | None]


@dataclass
class Paper:
    """A paper as printed: its pages (draw functions returning the hand-written marks) and its size in points."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


@dataclass
class Sheet:
    """One printed, hand-marked side of paper as pixels at `dpi`."""

    image: Image.Image
    dpi: int
    size: tuple[float, float]  # points


def rasterize(pdf: bytes, dpi: int, forms: bool = False) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        if forms:
            doc.init_forms()
        return [doc[i].render(scale=dpi / 72, may_draw_forms=forms).to_pil().convert("RGB") for i in range(len(doc))]
    finally:
        doc.close()


def paper_sheets(paper: Paper, dpi: int) -> list[Sheet]:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    inks: list[list[Ink]] = []
    for fn in paper.pages:
        inks.append(fn(c) or [])
        c.showPage()
    c.save()
    return sheets_of(rasterize(buf.getvalue(), dpi), inks, dpi, paper.size)


def sheets_of(
    images: Sequence[Image.Image], inks: Sequence[Sequence[Ink]], dpi: int, size: tuple[float, float]
) -> list[Sheet]:
    out = []
    for i, img in enumerate(images):
        draw_inks(img, inks[i] if i < len(inks) else [], dpi, size[1])
        synth_mark(img, dpi)
        out.append(Sheet(img, dpi, size))
    return out


# --- the home scanner -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scanner:
    """A borrower's scanner as it sees paper: resolution, paper and lid colours, optics, JPEG quality."""

    dpi: int
    paper: tuple[int, int, int]
    lid: tuple[int, int, int]
    blur: float
    noise: float
    quality: int
    creator: str


@dataclass(frozen=True)
class Note:
    """A sticky note stuck on a sheet: top-left at (x, y) inches from the sheet's top-left, w x h inches."""

    x: float
    y: float
    lines: tuple[str, ...]
    w: float = 3.0
    h: float = 3.0
    angle: float = 4.0


@dataclass(frozen=True)
class Shot:
    """How one sheet lay on the glass or went through the feeder.
    skew: degrees counter-clockwise; turn: 0/90/180/270, the sheet lay turned counter-clockwise (the image holds
    it turned); rotate: the /Rotate key written on the PDF page; area: scan area in inches (None: the sheet's own
    size, as a feeder or an auto-crop gives); at: the sheet's top-left on the glass, inches; holes: three-hole
    punched; fold: a folded-over corner ("tl", "tr", "bl", "br") of fold_in inches; note: a sticky note;
    bleed: for a blank back, how strongly the front shows through (0 = none)."""

    skew: float = 0.0
    turn: int = 0
    rotate: int = 0
    area: tuple[float, float] | None = None
    at: tuple[float, float] = (0.0, 0.0)
    holes: bool = False
    fold: str = ""
    fold_in: float = 0.9
    note: Note | None = None
    bleed: float = 0.0


@dataclass
class Page:
    """A scanned page ready for the PDF: the image, its resolution, the /Rotate key and the JPEG quality."""

    image: Image.Image
    dpi: int
    rotate: int
    quality: int


def punch_holes(img: Image.Image, dpi: int, lid: tuple[int, int, int]) -> None:
    draw = ImageDraw.Draw(img)
    h_in = img.height / dpi
    r = 0.135 * dpi
    cx = 0.33 * dpi
    hole = tuple(round(v * 0.86) for v in lid)
    shade = tuple(round(v * 0.55) for v in lid)
    for y_in in (h_in / 2 - 4.25, h_in / 2, h_in / 2 + 4.25):
        cy = y_in * dpi
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=shade)
        draw.ellipse([cx - r + 0.018 * dpi, cy - r + 0.012 * dpi, cx + r, cy + r], fill=hole)


def stick_note(img: Image.Image, dpi: int, note: Note, seed: int) -> None:
    w, h = round(note.w * dpi), round(note.h * dpi)
    pad = round(0.12 * dpi)
    sheet = Image.new("RGBA", (w + 2 * pad, h + 2 * pad), (0, 0, 0, 0))
    shadow = Image.new("L", sheet.size, 0)
    ImageDraw.Draw(shadow).rectangle([pad + 6, pad + 8, pad + w + 6, pad + h + 8], fill=90)
    shadow = shadow.filter(ImageFilter.GaussianBlur(dpi * 0.03))
    sheet.paste(Image.new("RGBA", sheet.size, (40, 40, 30, 255)), (0, 0), shadow)
    body = Image.new("RGB", (w, h), (252, 236, 128))
    bd = ImageDraw.Draw(body)
    bd.rectangle([0, 0, w, round(0.55 * dpi)], fill=(246, 227, 112))
    rng = random.Random(seed)
    y = 0.95 * dpi
    for line in note.lines:
        pen_print(body, 0.18 * dpi, y, line, 0.2 * dpi, rng, PEN_BLACK, face=NOTE_FONT)
        y += 0.36 * dpi
    sheet.paste(body, (pad, pad))
    sheet = sheet.rotate(note.angle, resample=Image.Resampling.BICUBIC, expand=True)
    img.paste(sheet, (round(note.x * dpi) - pad, round(note.y * dpi) - pad), sheet)


def fold_corner(
    img: Image.Image, mask: Image.Image, dpi: int, corner: str, size_in: float, paper: tuple[int, int, int]
) -> tuple[Image.Image, Image.Image]:
    """Fold one corner over the front: the corner is gone (the lid shows there) and the flap, the paper's back,
    lies over the page inside the fold line with a soft shadow along its edges."""
    flips = {"tr": (), "tl": ("m",), "br": ("f",), "bl": ("m", "f")}[corner]

    def turn(a: Image.Image) -> Image.Image:
        for f in flips:
            a = ImageOps.mirror(a) if f == "m" else ImageOps.flip(a)
        return a

    img, mask = turn(img), turn(mask)
    w, s = img.width, round(size_in * dpi)
    ImageDraw.Draw(mask).polygon([(w - s, 0), (w, 0), (w, s)], fill=0)
    m = round(dpi * 0.12)  # the flap's shadow, worked out in the corner only
    shade = Image.new("L", (s + 2 * m, s + 2 * m), 0)
    ImageDraw.Draw(shade).polygon([(m - 6, m), (m - 6, m + s + 6), (m + s, m + s + 6), (m + s, m + s)], fill=110)
    shade = shade.filter(ImageFilter.GaussianBlur(dpi * 0.025))
    img.paste(Image.new("RGB", shade.size, (70, 68, 62)), (w - s - m, -m), shade)
    back = tuple(round(v * 0.93) for v in paper)
    ImageDraw.Draw(img).polygon([(w - s, 0), (w - s, s), (w, s)], fill=back, outline=tuple(v - 30 for v in back))
    return turn(img), turn(mask)


def scan_sheet(sheet: Sheet, scanner: Scanner, shot: Shot, seed: int) -> Page:
    """Lay a sheet on the glass (or feed it) and scan it: paper tone, holes, a note, a folded corner, the tilt,
    the lid around it, a turn, the lamp's fall-off, sensor noise and blur."""
    dpi = scanner.dpi
    img = (
        sheet.image
        if sheet.dpi == dpi
        else sheet.image.resize(
            (round(sheet.image.width * dpi / sheet.dpi), round(sheet.image.height * dpi / sheet.dpi)),
            Image.Resampling.LANCZOS,
        )
    )
    tone = np.array(scanner.paper, dtype=np.float32) / 255.0
    img = Image.fromarray((np.asarray(img, dtype=np.float32) * tone).clip(0, 255).astype(np.uint8))
    mask = Image.new("L", img.size, 255)
    if shot.holes:
        punch_holes(img, dpi, scanner.lid)
    if shot.note is not None:
        stick_note(img, dpi, shot.note, seed + 7)
    if shot.fold:
        img, mask = fold_corner(img, mask, dpi, shot.fold, shot.fold_in, scanner.paper)
    rot = img.rotate(shot.skew, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=scanner.lid)
    rmask = mask.rotate(shot.skew, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=0)
    if shot.area is None:
        gw, gh = img.size
        cx, cy = gw / 2, gh / 2
    else:
        gw, gh = round(shot.area[0] * dpi), round(shot.area[1] * dpi)
        cx, cy = (shot.at[0] * dpi + img.width / 2), (shot.at[1] * dpi + img.height / 2)
    glass = Image.new("RGB", (gw, gh), scanner.lid)
    ox, oy = round(cx - rot.width / 2), round(cy - rot.height / 2)
    small = rmask.resize((max(1, rmask.width // 4), max(1, rmask.height // 4)), Image.Resampling.BILINEAR)
    shadow = small.filter(ImageFilter.GaussianBlur(max(1.0, dpi * 0.003))).point(lambda v: v * 4 // 10)
    shadow = shadow.resize(rmask.size, Image.Resampling.BILINEAR)
    glass.paste(Image.new("RGB", rot.size, (95, 95, 92)), (ox + 3, oy + 4), shadow)
    glass.paste(rot, (ox, oy), rmask)
    if shot.turn:
        glass = glass.rotate(shot.turn, expand=True)
    rng = np.random.default_rng(seed)
    arr = np.asarray(glass, dtype=np.float32)
    hgt, wid = arr.shape[:2]
    ramp = 1.0 - 0.045 * np.linspace(0.0, 1.0, wid, dtype=np.float32) ** 2
    if seed % 2:
        ramp = ramp[::-1]
    arr = arr * ramp[None, :, None]
    arr = arr + scanner.noise * rng.standard_normal((hgt, wid, 1), dtype=np.float32)
    arr = arr + (scanner.noise * 0.4) * rng.standard_normal((hgt, wid, 3), dtype=np.float32)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if scanner.blur:  # the optics' softness: a small smoothing kernel, weighted by `blur`
        k = scanner.blur
        out = out.filter(ImageFilter.Kernel((3, 3), [k, 2 * k, k, 2 * k, 4.0, 2 * k, k, 2 * k, k]))
    return Page(out, dpi, shot.rotate, scanner.quality)


def blank_back(front: Sheet, scanner: Scanner, shot: Shot, seed: int) -> Page:
    """The empty back of a one-sided sheet read by a duplex feeder; with `bleed` the front's print shows through,
    mirrored and washed out."""
    if shot.bleed > 0:
        grey = np.asarray(ImageOps.mirror(front.image.convert("L")), dtype=np.float32)
        dark = Image.fromarray((255.0 - grey).astype(np.uint8)).filter(ImageFilter.GaussianBlur(front.dpi * 0.012))
        back = 255.0 - shot.bleed * np.asarray(dark, dtype=np.float32)
        img = Image.fromarray(np.repeat(back[..., None], 3, axis=2).clip(0, 255).astype(np.uint8))
    else:
        img = Image.new("RGB", front.image.size, (255, 255, 255))
    synth_mark(img, front.dpi)
    return scan_sheet(Sheet(img, front.dpi, front.size), scanner, replace(shot, holes=False, note=None, fold=""), seed)


def pages_pdf(pages: Sequence[Page], tag: str, creator: str) -> bytes:
    """An image-only PDF, one JPEG page per scan at its own size; /Rotate keys where a page carries one."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setCreator(creator)
    c.setProducer(creator)
    for page in pages:
        size = (page.image.width * 72.0 / page.dpi, page.image.height * 72.0 / page.dpi)
        c.setPageSize(size)
        data = io.BytesIO()
        page.image.save(data, "JPEG", quality=page.quality, subsampling=2)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    for i, page in enumerate(pages):
        if page.rotate:
            writer.pages[i][NameObject("/Rotate")] = NumberObject(page.rotate)
    ident = ByteStringObject(tag.encode().ljust(16, b"#")[:16])
    writer._ID = ArrayObject([ident, ident])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# --- pay ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Withholding:
    fed: float
    state: float
    state_label: str
    fixed: tuple[tuple[str, float], ...] = ()

    def items(self, gross: float) -> list[tuple[str, float]]:
        out = [
            ("Federal income tax", r2(gross * self.fed)),
            ("Social Security", r2(gross * 0.062)),
            ("Medicare", r2(gross * 0.0145)),
        ]
        if self.state:
            out.append((self.state_label, r2(gross * self.state)))
        return out + list(self.fixed)


@dataclass
class PayCheck:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: list[tuple[str, float | None, float | None, float]]  # label, hours, rate, amount
    deductions: list[tuple[str, float]]

    @property
    def gross(self) -> float:
        return r2(sum(line[3] for line in self.lines))

    @property
    def net(self) -> float:
        return r2(self.gross - sum(v for _, v in self.deductions))


def last_of_month(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def weekday_before(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


@dataclass(frozen=True)
class Job:
    """An employee's pay at one employer: the schedule, the pay lines and the withholding, so that every stub of
    the job tells one history (each check is drawn from its own pay date)."""

    employer: str
    employee: str
    frequency: str
    anchor: dt.date  # one pay date of a weekly or bi-weekly schedule
    lag: int  # days from the end of the period to the pay date
    rate: float = 0.0  # hourly rate
    hours: tuple[float, ...] = ()  # choices of regular hours in a period
    extras: tuple[tuple[str, float, tuple[float, ...]], ...] = ()  # label, rate, choices of hours
    salary: float = 0.0  # a fixed amount a period instead of hours
    wh: Withholding = Withholding(0.08, 0.0, "")

    def schedule(self, year: int) -> list[tuple[dt.date, dt.date, dt.date]]:
        """(pay date, period start, period end) of every check paid in `year`."""
        out = []
        if self.frequency in ("weekly", "biweekly"):
            step = dt.timedelta(days=7 if self.frequency == "weekly" else 14)
            d = self.anchor
            while d.year >= year:
                d -= step
            while d.year <= year:
                end = d - dt.timedelta(days=self.lag)
                if d.year == year:
                    out.append((d, end - step + dt.timedelta(days=1), end))
                d += step
            return out
        for m in range(1, 13):
            halves = [(dt.date(year, m, 1), dt.date(year, m, 15)), (dt.date(year, m, 16), last_of_month(year, m))]
            if self.frequency == "monthly":
                halves = [(dt.date(year, m, 1), last_of_month(year, m))]
            for start, end in halves:
                out.append((weekday_before(end + dt.timedelta(days=self.lag)), start, end))
        return [t for t in out if t[0].year == year]

    def check(self, pay: dt.date) -> PayCheck:
        rng = random.Random(crc(self.employer, self.employee, pay))
        lines: list[tuple[str, float | None, float | None, float]] = []
        if self.salary:
            lines.append(("Regular salary", None, None, self.salary))
        else:
            reg = rng.choice(self.hours)
            lines.append(("Regular", reg, self.rate, r2(reg * self.rate)))
        for label, rate, choices in self.extras:
            hrs = rng.choice(choices)
            if hrs:
                lines.append((label, hrs, rate, r2(hrs * rate)))
        gross = r2(sum(line[3] for line in lines))
        _, start, end = next(t for t in self.schedule(pay.year) if t[0] == pay)
        return PayCheck(pay, start, end, lines, self.wh.items(gross))

    def stub(self, pay: dt.date) -> tuple[PayCheck, dict[str, float]]:
        """The check paid on `pay` and the year-to-date sums of every line, deduction, gross and net."""
        dates = [t[0] for t in self.schedule(pay.year) if t[0] <= pay]
        if pay not in dates:
            raise ValueError(f"{pay} is not a pay date of {self.employer}")
        ytd: dict[str, float] = {}
        for d in dates:
            ch = self.check(d)
            for label, _, _, amount in ch.lines:
                ytd[label] = r2(ytd.get(label, 0.0) + amount)
            for label, amount in ch.deductions:
                ytd[label] = r2(ytd.get(label, 0.0) + amount)
            ytd["GROSS"] = r2(ytd.get("GROSS", 0.0) + ch.gross)
            ytd["NET"] = r2(ytd.get("NET", 0.0) + ch.net)
        return self.check(pay), ytd

    def fields(self, ch: PayCheck, ytd: dict[str, float] | None) -> dict[str, Any]:
        return {
            "employer": self.employer,
            "employee_name": self.employee,
            "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(),
            "period_end": ch.end.isoformat(),
            "frequency": self.frequency,
            "gross_current": ch.gross,
            "gross_ytd": None if ytd is None else ytd["GROSS"],
            "net_current": ch.net,
            "monthly_gross": r2(ch.gross * PERIODS[self.frequency] / 12),
        }


FREQ_WORDS = {"weekly": "Weekly", "biweekly": "Bi-Weekly", "semimonthly": "Semi-Monthly", "monthly": "Monthly"}


def hrs(v: float | None) -> str:
    return "" if v is None else f"{v:.2f}"


def rate_s(v: float | None) -> str:
    return "" if v is None else f"{v:.4f}"


def stub_bramblecrest(
    job: Job, pay: dt.date, store: str, assoc_id: str, dept: str, check_no: int, address: Sequence[str]
) -> tuple[Paper, dict[str, Any]]:
    """A grocery chain's letter-size check-and-stub: the earnings statement above a perforation, the (voided)
    payroll check below it."""
    ch, ytd = job.stub(pay)
    green = Color(0.16, 0.42, 0.22)

    def page(c: Canvas) -> list[Ink]:
        c.setFillColor(green)
        c.rect(36, 718, 540, 42, stroke=0, fill=1)
        c.setFillColor(white)
        c.circle(62, 739, 13, stroke=0, fill=1)
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(62, 734, "B")
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(84, 741, job.employer.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(84, 728, f"{store}  -  Associate Payroll  -  PO Box 4460, Bowling Green, KY 42102")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(566, 741, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(566, 728, "Keep this statement for your records")
        c.setFillColor(black)
        cells = [
            ("ASSOCIATE", job.employee),
            ("ASSOCIATE ID", assoc_id),
            ("STORE / DEPARTMENT", dept),
            ("CHECK NO.", str(check_no)),
            ("PERIOD BEGINNING", mdy(ch.start)),
            ("PERIOD ENDING", mdy(ch.end)),
            ("PAY DATE", mdy(ch.pay_date)),
            ("PAY FREQUENCY", FREQ_WORDS[job.frequency]),
        ]
        widths = [180, 110, 150, 100]
        for i, (cap, val) in enumerate(cells):
            x = 36 + sum(widths[: i % 4])
            y = 684 - (i // 4) * 28
            c.setLineWidth(0.5)
            c.rect(x, y, widths[i % 4], 28, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 4, y + 20, cap)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 4, y + 6, val)
        y = 610
        c.setFont("Helvetica-Bold", 7.5)
        c.setFillGray(0.9)
        c.rect(36, y - 3, 330, 13, stroke=0, fill=1)
        c.rect(376, y - 3, 200, 13, stroke=0, fill=1)
        c.setFillColor(black)
        c.drawString(40, y, "EARNINGS")
        for x, t in ((196, "RATE"), (240, "HOURS"), (298, "CURRENT"), (364, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.drawString(380, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(524, y, "CURRENT")
        c.drawRightString(572, y, "YTD")
        c.setFont("Helvetica", 8.5)
        ey = y - 15
        for label, h, rt, amt in ch.lines:
            c.drawString(40, ey, label)
            c.drawRightString(196, ey, rate_s(rt))
            c.drawRightString(240, ey, hrs(h))
            c.drawRightString(298, ey, money(amt))
            c.drawRightString(364, ey, money(ytd[label]))
            ey -= 12
        dy = y - 15
        for label, amt in ch.deductions:
            c.drawString(380, dy, label)
            c.drawRightString(524, dy, money(amt))
            c.drawRightString(572, dy, money(ytd[label]))
            dy -= 12
        y = min(ey, dy) - 16
        c.setLineWidth(1)
        c.line(36, y + 10, 576, y + 10)
        ded = r2(sum(v for _, v in ch.deductions))
        ded_ytd = r2(sum(ytd[k] for k, _ in ch.deductions))
        for i, (cap, cur, yv) in enumerate(
            (("GROSS PAY", ch.gross, ytd["GROSS"]), ("TOTAL DEDUCTIONS", ded, ded_ytd), ("NET PAY", ch.net, ytd["NET"]))
        ):
            x = 36 + i * 180
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y, cap + "  (this period / year to date)")
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 4, y - 14, money(cur))
            c.setFont("Helvetica", 9)
            c.drawString(x + 90, y - 14, money(yv))
        c.setDash(4, 3)
        c.line(20, 352, 592, 352)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 356, "DETACH AND RETAIN THIS STATEMENT BEFORE DEPOSITING")
        # the check
        c.setFillColor(Color(0.9, 0.95, 0.9))
        c.rect(36, 110, 540, 225, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 312, job.employer.upper() + " PAYROLL ACCOUNT")
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 301, "Drawn on Cumberland Plateau Bank, N.A.")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(562, 312, f"No. {check_no}")
        c.setFont("Helvetica", 9)
        c.drawRightString(562, 296, f"Date {mdy(ch.pay_date)}")
        c.drawString(50, 262, "PAY")
        c.setFont("Courier-Bold", 10)
        c.drawString(80, 262, f"*** {money(ch.net)} DOLLARS ***")
        c.rect(440, 252, 122, 24, stroke=1, fill=0)
        c.drawRightString(556, 260, "$" + money(ch.net))
        c.setFont("Helvetica", 8)
        c.drawString(50, 228, "TO THE ORDER OF")
        c.setFont("Helvetica", 9.5)
        for i, line in enumerate([job.employee, *address]):
            c.drawString(60, 214 - i * 12, line)
        c.saveState()
        c.setFillColor(Color(0.6, 0.6, 0.6))
        c.setFont("Helvetica-Bold", 30)
        c.translate(330, 170)
        c.rotate(12)
        c.drawCentredString(0, 0, "NON-NEGOTIABLE")
        c.restoreState()
        c.line(380, 140, 560, 140)
        c.setFont("Helvetica", 6.5)
        c.drawString(380, 131, "DIRECT DEPOSIT ADVICE - VOID AS A CHECK")
        c.setFont("Courier", 11)
        c.drawString(80, 118, f"C{check_no:08d}C  A084391275A  2210447185C")
        return None

    return Paper([page]), job.fields(ch, ytd)


def stub_voucher(job: Job, pay: dt.date, check_no: int, address: str) -> tuple[Paper, dict[str, Any]]:
    """A small restaurant's pay voucher torn off a desktop-payroll check: 7 x 3.25 inches."""
    ch, ytd = job.stub(pay)
    size = (504.0, 234.0)

    def page(c: Canvas) -> list[Ink]:
        pw, ph = size
        c.setFont("Times-Bold", 13)
        c.drawString(18, ph - 24, job.employer)
        c.setFont("Times-Roman", 7.5)
        c.drawString(18, ph - 34, address)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(pw - 18, ph - 22, "EMPLOYEE PAY STUB")
        c.setFont("Helvetica", 7)
        c.drawRightString(pw - 18, ph - 32, f"Check number {check_no}")
        c.setLineWidth(0.4)
        c.line(18, ph - 40, pw - 18, ph - 40)
        c.setFont("Helvetica", 7.5)
        c.drawString(18, ph - 52, f"Employee: {job.employee}")
        c.drawString(200, ph - 52, f"Pay Period: {mdy(ch.start)} - {mdy(ch.end)}")
        c.drawString(380, ph - 52, f"Pay Date: {mdy(ch.pay_date)}")
        c.drawString(18, ph - 63, f"Paid {FREQ_WORDS[job.frequency].lower()}")
        y = ph - 82
        c.setFont("Helvetica-Bold", 7)
        c.drawString(18, y, "Earnings")
        for x, t in ((130, "Hours"), (170, "Rate"), (215, "Current"), (262, "YTD Amount")):
            c.drawRightString(x, y, t)
        c.drawString(286, y, "Taxes & Deductions")
        c.drawRightString(430, y, "Current")
        c.drawRightString(486, y, "YTD Amount")
        c.line(18, y - 3, pw - 18, y - 3)
        c.setFont("Helvetica", 7.5)
        ey = y - 13
        for label, h, rt, amt in ch.lines:
            c.drawString(18, ey, label)
            c.drawRightString(130, ey, hrs(h))
            c.drawRightString(170, ey, "" if rt is None else f"{rt:.2f}")
            c.drawRightString(215, ey, money(amt))
            c.drawRightString(262, ey, money(ytd[label]))
            ey -= 10
        dy = y - 13
        for label, amt in ch.deductions:
            c.drawString(286, dy, label)
            c.drawRightString(430, dy, money(amt))
            c.drawRightString(486, dy, money(ytd[label]))
            dy -= 10
        y = min(ey, dy) - 8
        c.line(18, y + 6, pw - 18, y + 6)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(18, y - 4, f"Gross Pay  {money(ch.gross)}")
        c.drawString(120, y - 4, f"YTD Gross  {money(ytd['GROSS'])}")
        c.drawString(286, y - 4, f"Net Pay  {money(ch.net)}")
        c.drawString(400, y - 4, f"YTD Net  {money(ytd['NET'])}")
        return None

    return Paper([page], size), job.fields(ch, ytd)


def stub_statement(
    job: Job, pay: dt.date, head: tuple[str, str, Color], emp_id: str, extra: tuple[str, str], style: str = "band"
) -> tuple[Paper, dict[str, Any]]:
    """An employer's letter-size STATEMENT OF EARNINGS: a coloured band ("band") or a boxed title ("box"), a
    two-column block of facts, earnings and deductions tables one above the other, and a summary row."""
    ch, ytd = job.stub(pay)
    name, sub, color = head

    def page(c: Canvas) -> list[Ink]:
        if style == "band":
            c.setFillColor(color)
            c.rect(0, 724, W, 50, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Times-Bold", 17)
            c.drawString(48, 752, name)
            c.setFont("Helvetica", 7.5)
            c.drawString(48, 738, sub)
            c.setFont("Helvetica-Bold", 10)
            c.drawRightString(564, 752, "STATEMENT OF EARNINGS")
            c.setFillColor(black)
        else:
            c.setStrokeColor(color)
            c.setLineWidth(2)
            c.rect(48, 716, 516, 52, stroke=1, fill=0)
            c.setStrokeColor(black)
            c.setFillColor(color)
            c.setFont("Helvetica-Bold", 14)
            c.drawString(60, 748, name.upper())
            c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawString(60, 734, sub)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(554, 748, "STATEMENT OF EARNINGS")
            c.setFont("Helvetica", 7.5)
            c.drawRightString(554, 734, "and deductions - not a check")
        left = [("Employee", job.employee), ("Employee ID", emp_id), extra]
        right = [
            ("Pay period", f"{mdy(ch.start)} to {mdy(ch.end)}"),
            ("Check date", mdy(ch.pay_date)),
            ("Pay frequency", FREQ_WORDS[job.frequency]),
        ]
        y = 694
        for (k1, v1), (k2, v2) in zip(left, right, strict=True):
            c.setFont("Helvetica", 8)
            c.drawString(48, y, k1)
            c.drawString(318, y, k2)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(128, y, v1)
            c.drawString(398, y, v2)
            y -= 15
        y -= 12

        def table(title: str, heads: Sequence[tuple[float, str]], rows: Sequence[Sequence[str]], y: float) -> float:
            c.setFillColor(color)
            c.rect(48, y - 4, 516, 15, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(52, y, title)
            for x, t in heads:
                c.drawRightString(x, y, t)
            c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            y -= 17
            for row in rows:
                c.drawString(52, y, row[0])
                for (x, _), v in zip(heads, row[1:], strict=True):
                    c.drawRightString(x, y, v)
                y -= 13
            c.setLineWidth(0.4)
            c.line(48, y + 8, 564, y + 8)
            return y - 12

        y = table(
            "EARNINGS",
            ((330, "HOURS"), (400, "RATE"), (480, "THIS PERIOD"), (560, "YEAR TO DATE")),
            [(lab, hrs(h), "" if rt is None else f"{rt:.3f}", money(a), money(ytd[lab])) for lab, h, rt, a in ch.lines],
            y,
        )
        y = table(
            "TAXES AND DEDUCTIONS",
            ((480, "THIS PERIOD"), (560, "YEAR TO DATE")),
            [(lab, money(a), money(ytd[lab])) for lab, a in ch.deductions],
            y,
        )
        ded = r2(sum(v for _, v in ch.deductions))
        ded_ytd = r2(sum(ytd[k] for k, _ in ch.deductions))
        c.setLineWidth(0.8)
        c.rect(48, y - 36, 516, 40, stroke=1, fill=0)
        for i, (cap, cur, yv) in enumerate(
            (("Gross pay", ch.gross, ytd["GROSS"]), ("Deductions", ded, ded_ytd), ("Net pay", ch.net, ytd["NET"]))
        ):
            x = 56 + i * 172
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, y - 8, cap)
            c.setFont("Helvetica", 8.5)
            c.drawString(x, y - 20, f"This period  {money(cur)}")
            c.drawString(x, y - 31, f"Year to date  {money(yv)}")
        c.setFont("Helvetica", 7)
        c.drawString(48, y - 52, "Net pay was deposited to your account on the check date. Questions: Payroll Office.")
        return None

    return Paper([page]), job.fields(ch, ytd)


def stub_greenbar(job: Job, pay: dt.date, plant: str, clock_no: str, dept: str) -> tuple[Paper, dict[str, Any]]:
    """A plant's weekly pay statement printed by a dot-matrix printer on green-bar, pin-feed continuous paper
    (the feed holes run down both edges)."""
    ch, ytd = job.stub(pay)

    def page(c: Canvas) -> list[Ink]:
        c.setFillColor(Color(0.86, 0.95, 0.87))
        for i in range(0, 22):
            if i % 2 == 0:
                c.rect(40, 60 + i * 30, W - 80, 15, stroke=0, fill=1)
        c.setFillColor(Color(0.97, 0.97, 0.97))
        c.setStrokeColor(Color(0.75, 0.75, 0.75))
        for y in range(24, 792, 36):
            c.circle(18, y, 5, stroke=1, fill=1)
            c.circle(W - 18, y, 5, stroke=1, fill=1)
        c.setStrokeColor(black)
        c.setFillColor(Color(0.18, 0.18, 0.2))
        rows = [
            f"{job.employer.upper():<44}PAY STATEMENT",
            plant,
            "",
            f"EMPLOYEE  {job.employee.upper():<30} CLOCK NO {clock_no}",
            f"DEPT      {dept:<30} PAID     {FREQ_WORDS[job.frequency].upper()}",
            f"PERIOD    {mdy(ch.start)} - {mdy(ch.end)}          PAY DATE {mdy(ch.pay_date)}",
            "",
            f"{'EARNINGS':<22}{'HOURS':>8}{'RATE':>9}{'CURRENT':>12}{'YTD':>12}",
            "-" * 63,
        ]
        for label, h, rt, amt in ch.lines:
            rows.append(f"{label.upper():<22}{hrs(h):>8}{rate_s(rt)[:7]:>9}{money(amt):>12}{money(ytd[label]):>12}")
        rows += [
            f"{'GROSS PAY':<22}{'':>17}{money(ch.gross):>12}{money(ytd['GROSS']):>12}",
            "",
            f"{'DEDUCTIONS':<39}{'CURRENT':>12}{'YTD':>12}",
            "-" * 63,
        ]
        for label, amt in ch.deductions:
            rows.append(f"{label.upper():<39}{money(amt):>12}{money(ytd[label]):>12}")
        rows += [
            "-" * 63,
            f"{'NET PAY':<39}{money(ch.net):>12}{money(ytd['NET']):>12}",
            "",
            "*** DIRECT DEPOSIT - NON NEGOTIABLE ***",
        ]
        y = 742
        for row in rows:
            c.setFont("Courier-Bold" if row.startswith(("NET", "GROSS")) else "Courier", 9.5)
            c.drawString(58, y, row)
            y -= 15
        return None

    return Paper([page]), job.fields(ch, ytd)


# --- bank statements ---------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]


def month_of(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), last_of_month(year, month)


def ledger(
    seed: int,
    start: dt.date,
    end: dt.date,
    credits: Sequence[tuple[int, str, float]],
    debits: Sequence[tuple[str, float, float]],
) -> list[tuple[dt.date, str, float]]:
    """The period's lines: the credits given (day, description, amount) and the debits (description, low, high)
    on seeded days, in date order."""
    rng = random.Random(seed)
    span = (end - start).days
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


def statement_fields(
    bank: str, acct: str, start: dt.date, end: dt.date, begin: float, lines: Sequence[tuple[dt.date, str, float]]
) -> dict[str, Any]:
    return {
        "bank_name": bank,
        "account_last4": acct[-4:],
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "beginning_balance": r2(begin),
        "ending_balance": r2(begin + sum(v for _, _, v in lines)),
    }


def cu_statement(
    bank: str,
    bank_line: str,
    holder: str,
    address: Sequence[str],
    acct: str,
    year: int,
    month: int,
    begin: float,
    credits: Sequence[tuple[int, str, float]],
    debits: Sequence[tuple[str, float, float]],
    seed: int,
) -> Statement:
    """A credit union's one-page member statement: a summary box, then one register with a signed amount column."""
    start, end = month_of(year, month)
    lines = ledger(seed, start, end, credits, debits)
    f = statement_fields(bank, acct, start, end, begin, lines)
    navy = Color(0.13, 0.2, 0.38)

    def page(c: Canvas) -> list[Ink]:
        c.setFillColor(navy)
        c.circle(66, 740, 17, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(66, 736, "".join(w[0] for w in bank.split()[:2]))
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(92, 744, bank)
        c.setFont("Helvetica", 7.5)
        c.drawString(92, 732, bank_line)
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        for i, line in enumerate([holder.upper(), *[a.upper() for a in address]]):
            c.drawString(72, 680 - i * 12, line)
        c.setLineWidth(0.8)
        c.rect(340, 618, 224, 88, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(348, 692, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8.5)
        deposits = r2(sum(v for _, _, v in lines if v > 0))
        withdrawals = r2(-sum(v for _, _, v in lines if v < 0))
        for i, (k, v) in enumerate(
            (
                ("Statement period", f"{mdy(start)} - {mdy(end)}"),
                ("Share draft (checking) no.", "*****" + acct[-4:]),
                ("Beginning balance", money(f["beginning_balance"])),
                ("Deposits and credits", money(deposits)),
                ("Withdrawals and debits", money(withdrawals)),
                ("Ending balance", money(f["ending_balance"])),
            )
        ):
            c.drawString(348, 678 - i * 11, k)
            c.drawRightString(558, 678 - i * 11, v)
        y = 590
        c.setFillColor(navy)
        c.rect(48, y - 4, 516, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, y, "POSTED")
        c.drawString(110, y, "TRANSACTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(558, y, "BALANCE")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        y -= 17
        bal = f["beginning_balance"]
        c.drawString(110, y, "Beginning balance")
        c.drawRightString(558, y, money(bal))
        y -= 13
        for d, desc, v in lines:
            bal = r2(bal + v)
            c.drawString(54, y, d.strftime("%m/%d"))
            c.drawString(110, y, desc)
            c.drawRightString(470, y, ("-" if v < 0 else "") + money(abs(v)))
            c.drawRightString(558, y, money(bal))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(110, y, "Ending balance")
        c.drawRightString(558, y, money(f["ending_balance"]))
        c.setFont("Helvetica", 7)
        c.drawString(48, 60, "Dividends are paid on share savings only. Report errors within 60 days.")
        return None

    return Statement(Paper([page]), f)


def tidewater_statement(
    holder: str,
    address: Sequence[str],
    acct: str,
    year: int,
    month: int,
    begin: float,
    credits: Sequence[tuple[int, str, float]],
    debits: Sequence[tuple[str, float, float]],
    seed: int,
) -> Statement:
    """A bank's two-page checking statement: page 1 the summary and the deposits, page 2 the withdrawals and the
    daily balances; "Page n of 2" at the top right."""
    bank = "Tidewater Commerce Bank"
    start, end = month_of(year, month)
    lines = ledger(seed, start, end, credits, debits)
    f = statement_fields(bank, acct, start, end, begin, lines)
    teal = Color(0.0, 0.38, 0.42)
    deps = [t for t in lines if t[2] > 0]
    wds = [t for t in lines if t[2] < 0]

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(teal)
        c.setFont("Times-Bold", 18)
        c.drawString(54, 744, "Tidewater")
        c.setFont("Times-Roman", 10)
        c.drawString(54, 731, "COMMERCE BANK")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawRightString(558, 748, f"Page {n} of 2")
        c.drawRightString(558, 737, f"Statement period {mdy(start)} through {mdy(end)}")
        c.drawRightString(558, 726, f"Essential Checking  XXXXXX{acct[-4:]}")
        c.setStrokeColor(teal)
        c.setLineWidth(1.5)
        c.line(54, 718, 558, 718)
        c.setStrokeColor(black)

    def section(c: Canvas, title: str, rows: Sequence[tuple[dt.date, str, float]], y: float) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(teal)
        c.drawString(54, y, title)
        c.setFillColor(black)
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(54, y, "Date")
        c.drawString(100, y, "Description")
        c.drawRightString(558, y, "Amount")
        c.setLineWidth(0.4)
        c.line(54, y - 3, 558, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for d, desc, v in rows:
            c.drawString(54, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(558, y, money(abs(v)))
            y -= 12.5
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y, f"Total {title.lower()}")
        c.drawRightString(558, y, money(abs(sum(v for _, _, v in rows))))
        return y - 24

    def page1(c: Canvas) -> list[Ink]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        for i, line in enumerate([holder, *address]):
            c.drawString(72, 690 - i * 12, line)
        c.setFillGray(0.93)
        c.rect(330, 616, 228, 86, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(338, 690, "Account summary")
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate(
            (
                ("Beginning balance on " + mdy(start), f["beginning_balance"]),
                ("Deposits and other additions", sum(t[2] for t in deps)),
                ("Withdrawals and other subtractions", -sum(t[2] for t in wds)),
                ("Ending balance on " + mdy(end), f["ending_balance"]),
            )
        ):
            c.drawString(338, 674 - i * 14, k)
            c.drawRightString(552, 674 - i * 14, money(r2(v)))
        section(c, "Deposits and other additions", deps, 590)
        return None

    def page2(c: Canvas) -> list[Ink]:
        head(c, 2)
        y = section(c, "Withdrawals and other subtractions", wds, 690)
        c.setFont("Helvetica-Bold", 10)
        c.setFillColor(teal)
        c.drawString(54, y, "Daily ending balance")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        bal = f["beginning_balance"]
        daily: dict[dt.date, float] = {}
        for d, _, v in lines:
            bal = r2(bal + v)
            daily[d] = bal
        y -= 16
        for i, (d, v) in enumerate(daily.items()):
            x = 54 + (i % 3) * 170
            c.drawString(x, y, d.strftime("%m/%d"))
            c.drawRightString(x + 130, y, money(v))
            if i % 3 == 2:
                y -= 12
        c.setFont("Helvetica", 7)
        c.drawString(
            54, 60, "Member FDIC. In case of errors or questions about your electronic transfers call (757) 555-0115."
        )
        return None

    return Statement(Paper([page1, page2]), f)


# --- letters and other papers ---------------------------------------------------------------------------------


def wrap(text: str, face: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out: list[str] = []
    line = ""
    for word in text.split():
        cand = f"{line} {word}".strip()
        if stringWidth(cand, face, size) <= width:
            line = cand
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    return out


def paras(
    c: Canvas,
    x: float,
    y: float,
    width: float,
    texts: Sequence[str],
    face: str = "Times-Roman",
    size: float = 10.5,
    lead: float = 1.35,
    gap: float = 0.6,
) -> float:
    c.setFont(face, size)
    for text in texts:
        for line in wrap(text, face, size, width):
            c.drawString(x, y, line)
            y -= size * lead
        y -= size * gap
    return y


@dataclass
class Letter:
    paper: Paper
    type: str
    fields: dict[str, Any]


def ssa_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, bnc: str) -> Letter:
    """Social Security's benefit verification letter (retirement), letter size."""

    def page(c: Canvas) -> list[Ink]:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, 740, "SOCIAL SECURITY ADMINISTRATION")
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 728, "Retirement, Survivors and Disability Insurance")
        c.drawString(72, 717, "Important Information")
        c.drawRightString(540, 740, "Social Security Administration")
        c.drawRightString(540, 729, "Great Lakes Program Service Center")
        c.drawRightString(540, 718, f"Date: {long_date(date)}")
        c.drawRightString(540, 707, f"BNC#: {bnc}")
        c.setFont("Helvetica", 10)
        for i, line in enumerate([person.upper(), *[a.upper() for a in address]]):
            c.drawString(90, 660 - i * 13, line)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, 590, "Benefit Verification Letter")
        y = paras(
            c,
            72,
            566,
            468,
            [
                "You asked us for information from your record. The information that you requested is shown below. "
                "If you want anyone else to have this information, you may send them this letter.",
                "Information About Current Social Security Benefits",
                "Beginning December 2045, the full monthly Social Security benefit before any deductions is shown "
                "below. We pay Social Security benefits for a given month in the following month. Social Security "
                "benefits for a given month are paid on the third Wednesday of the following month.",
            ],
            face="Helvetica",
            size=9.5,
        )
        c.setFont("Helvetica-Bold", 10)
        c.drawString(100, y - 4, "Monthly benefit amount (retirement):")
        c.drawString(340, y - 4, "$" + money(monthly))
        c.drawString(100, y - 20, "Paid:")
        c.drawString(340, y - 20, "Monthly, by direct deposit")
        paras(
            c,
            72,
            y - 52,
            468,
            [
                "Your benefits are reported to the Internal Revenue Service each year on Form SSA-1099 and may be "
                "subject to federal income tax. Contact us if your address or bank account changes.",
                "If you have any questions, you may call us at 1-800-772-1213, or visit any Social Security office. "
                "Please have this letter with you if you call or visit.",
            ],
            face="Helvetica",
            size=9.5,
        )
        c.setFont("Helvetica", 9)
        c.drawString(72, 120, "Social Security Administration")
        return None

    return Letter(
        Paper([page]),
        "benefit_award_letter",
        {"letter_date": date.isoformat(), "monthly_amount": monthly, "benefit_type": "benefits_taxable"},
    )


def pension_notice(
    fund: str, person: str, address: Sequence[str], date: dt.date, monthly: float, member: str, pid: str
) -> Letter:
    """A union pension fund's HALF-LETTER annual benefit notice (5.5 x 8.5 inches)."""
    size = HALF_LETTER

    def page(c: Canvas) -> list[Ink]:
        pw, ph = size
        maroon = Color(0.45, 0.1, 0.12)
        c.setFillColor(maroon)
        c.rect(0, ph - 58, pw, 58, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 12.5)
        c.drawString(24, ph - 28, fund)
        c.setFont("Helvetica", 6.5)
        c.drawString(24, ph - 40, "Fund Office - 2800 Ferry Street, Youngstown, OH 44502 - (330) 555-0183")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(24, ph - 84, "2046 BENEFIT NOTICE")
        c.setFont("Helvetica", 8)
        c.drawString(24, ph - 97, f"Notice date: {mdy(date)}")
        for i, line in enumerate([person, *address]):
            c.drawString(24, ph - 124 - i * 10.5, line)
        y = paras(
            c,
            24,
            ph - 176,
            pw - 48,
            [
                f"As the surviving spouse of {member} you receive a monthly survivor pension from the Fund. This "
                "notice confirms your benefit for 2046.",
            ],
            face="Helvetica",
            size=8,
            lead=1.3,
        )
        rows = [
            ("Participant", member),
            ("Pension ID", pid),
            ("Benefit type", "Surviving spouse (50% J&S)"),
            ("Monthly benefit", "$" + money(monthly)),
            ("Payment frequency", "Monthly, on the 1st"),
            ("Federal income tax", "Taxable - reported on Form 1099-R"),
        ]
        y -= 4
        for k, v in rows:
            c.setFont("Helvetica", 8)
            c.drawString(30, y, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(140, y, v)
            c.setLineWidth(0.3)
            c.line(30, y - 3, pw - 30, y - 3)
            y -= 15
        paras(
            c,
            24,
            y - 10,
            pw - 48,
            [
                "The amount changes only if the Board of Trustees adopts a benefit adjustment. Keep this notice with "
                "your tax papers."
            ],
            face="Helvetica",
            size=7.5,
            lead=1.3,
        )
        c.setFont("Times-Italic", 8)
        c.drawString(24, 40, "Board of Trustees")
        return None

    return Letter(
        Paper([page], size),
        "benefit_award_letter",
        {"letter_date": date.isoformat(), "monthly_amount": monthly, "benefit_type": "benefits_taxable"},
    )


def obituary_clip(
    paper_name: str, name: str, born: dt.date, died: dt.date, text: Sequence[str], printed: dt.date
) -> Letter:
    """An obituary cut out of a newspaper: one narrow column, 2.4 inches wide."""
    size = (173.0, 430.0)

    def page(c: Canvas) -> list[Ink]:
        pw, ph = size
        c.setFillColor(Color(0.93, 0.92, 0.88))
        c.rect(0, 0, pw, ph, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Roman", 6)
        c.drawString(8, ph - 12, f"{paper_name.upper()}  {printed.strftime('%A, %B %d, %Y').upper()}  B7")
        c.setLineWidth(0.5)
        c.line(8, ph - 16, pw - 8, ph - 16)
        c.setFont("Times-Bold", 11)
        c.drawString(8, ph - 32, name)
        c.setFont("Times-Italic", 7.5)
        c.drawString(8, ph - 43, f"{long_date(born)} - {long_date(died)}")
        paras(c, 8, ph - 58, pw - 16, text, face="Times-Roman", size=7.4, lead=1.22, gap=0.45)
        return None

    return Letter(Paper([page], size), "obituary", {})


def ui_notice(
    state: str,
    agency: str,
    person: str,
    address: Sequence[str],
    date: dt.date,
    weekly: float,
    claim_id: str,
    effective: dt.date,
    employer: str,
) -> Letter:
    """A state unemployment agency's notice of monetary determination, letter size."""

    def page(c: Canvas) -> list[Ink]:
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 742, f"STATE OF {state.upper()}")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 729, agency)
        c.drawCentredString(W / 2, 717, "Unemployment Insurance Division")
        c.setLineWidth(1)
        c.line(60, 708, 552, 708)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, 686, "NOTICE OF MONETARY DETERMINATION")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(552, 686, f"Mailing date: {mdy(date)}")
        for i, line in enumerate([person.upper(), *[a.upper() for a in address]]):
            c.drawString(72, 656 - i * 12, line)
        rows = [
            ("Claimant", person),
            ("Claim ID", claim_id),
            ("Benefit year begins", mdy(effective)),
            ("Last employer", employer),
            ("Weekly benefit amount", "$" + money(weekly)),
            ("Maximum benefit amount", "$" + money(weekly * 26)),
            ("Payment", "Weekly, after each week you certify"),
        ]
        y = 596
        c.setLineWidth(0.5)
        for k, v in rows:
            c.rect(60, y - 5, 180, 17, stroke=1, fill=0)
            c.rect(240, y - 5, 312, 17, stroke=1, fill=0)
            c.setFont("Helvetica", 8.5)
            c.drawString(66, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(246, y, v)
            y -= 17
        paras(
            c,
            60,
            y - 20,
            492,
            [
                "You are monetarily eligible for unemployment benefits based on the wages reported in your base "
                "period. To be paid you must request payment for each week, be able to work, available for work and "
                "actively seeking work.",
                "If you disagree with this determination you may file an appeal within 30 days of the mailing date "
                "shown above. Unemployment benefits are taxable income and will be reported on Form 1099-G.",
            ],
            face="Helvetica",
            size=9,
        )
        c.setFont("Helvetica", 7.5)
        c.drawString(60, 90, f"Form UI-MD-3  -  {agency}")
        return None

    return Letter(
        Paper([page]), "unemployment_benefit_letter", {"letter_date": date.isoformat(), "benefit_type": "unemployment"}
    )


def decree(
    county: str,
    state: str,
    petitioner: str,
    respondent: str,
    case_no: str,
    entered: dt.date,
    support: float,
    address: str,
) -> Letter:
    """A county court's final decree of dissolution of marriage on LEGAL paper, two pages."""
    size = legal

    def caption(c: Canvas) -> None:
        pw, ph = size
        c.setFont("Times-Bold", 12)
        c.drawCentredString(pw / 2, ph - 72, f"IN THE CIRCUIT COURT OF {county.upper()} COUNTY, {state.upper()}")
        c.setFont("Times-Roman", 11)
        c.drawString(72, ph - 110, "IN RE THE MARRIAGE OF")
        c.drawString(72, ph - 128, f"{petitioner.upper()},")
        c.drawString(110, ph - 142, "Petitioner,")
        c.drawString(72, ph - 160, "and")
        c.drawString(72, ph - 178, f"{respondent.upper()},")
        c.drawString(110, ph - 192, "Respondent.")
        c.drawString(360, ph - 142, f"Case No. {case_no}")
        c.setLineWidth(0.6)
        c.line(340, ph - 100, 340, ph - 200)

    def page1(c: Canvas) -> list[Ink]:
        pw, ph = size
        caption(c)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(pw / 2, ph - 236, "FINAL DECREE OF DISSOLUTION OF MARRIAGE")
        paras(
            c,
            72,
            ph - 270,
            pw - 144,
            [
                "THIS CAUSE came before the Court for final hearing. The Court, having reviewed the file, the "
                "parties' Marital Settlement Agreement, and being otherwise fully advised, FINDS that it has "
                "jurisdiction of the parties and the subject matter and that the marriage of the parties is "
                "irretrievably broken. It is therefore ORDERED AND ADJUDGED:",
                "1. The marriage between the Petitioner and the Respondent is DISSOLVED, and the parties are restored "
                "to the status of single persons.",
                "2. The Marital Settlement Agreement executed by the parties is ratified, approved and incorporated "
                "into this Final Decree, and the parties are ordered to comply with it.",
                f"3. The Petitioner is awarded the marital residence at {address} as her sole and separate "
                "property, subject to the mortgage encumbering it, which she shall pay and hold the Respondent "
                "harmless from. The Respondent shall execute a quitclaim deed to the Petitioner within thirty days.",
                f"4. The Respondent shall pay child support to the Petitioner of ${money(support)} per month, payable "
                "in two equal installments on the 1st and 15th of each month through the State Disbursement Unit, "
                "until the minor child reaches the age of eighteen or graduates from high school, whichever is "
                "later.",
            ],
            size=11,
            lead=1.5,
        )
        return None

    def page2(c: Canvas) -> list[Ink]:
        pw, ph = size
        y = paras(
            c,
            72,
            ph - 90,
            pw - 144,
            [
                "5. Each party shall keep the vehicle in his or her possession and be solely responsible for any debt "
                "secured by it. Each party shall keep the bank accounts in his or her own name.",
                "6. The parties share parental responsibility for the minor child. The Parenting Plan attached to "
                "the Marital Settlement Agreement is adopted.",
                "7. The Court retains jurisdiction to enforce and, where the law allows, modify this Final Decree.",
                f"DONE AND ORDERED in chambers at {county} County, {state}, on {long_date(entered)}.",
            ],
            size=11,
            lead=1.5,
        )
        c.line(330, y - 40, pw - 72, y - 40)
        c.setFont("Times-Roman", 10)
        c.drawString(330, y - 54, "CIRCUIT JUDGE")
        c.drawString(72, y - 110, "Copies furnished to: counsel of record and the State Disbursement Unit.")
        c.setFont("Times-Bold", 9)
        c.drawString(72, 110, f"FILED {mdy(entered)}  -  CLERK OF THE CIRCUIT COURT, {county.upper()} COUNTY")
        return [Ink("sig", 338, y - 36, w=150, seed=crc(case_no), pen=PEN_BLACK)]

    return Letter(Paper([page1, page2], size), "divorce_decree", {})


def pnl(
    business: str,
    owner: str,
    start: dt.date,
    end: dt.date,
    income: Sequence[tuple[str, float]],
    expenses: Sequence[tuple[str, float]],
    signed_on: dt.date,
    seed: int,
) -> Letter:
    """A self-employed borrower's year-to-date profit and loss statement typed in a spreadsheet, signed and dated
    in ink."""
    net = r2(sum(v for _, v in income) - sum(v for _, v in expenses))

    def page(c: Canvas) -> list[Ink]:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 730, business)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 712, "Profit and Loss Statement (year to date)")
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(W / 2, 697, f"For the period {mdy(start)} through {mdy(end)}")
        c.drawCentredString(W / 2, 684, f"Owner: {owner}")
        y = 650

        def block(title: str, rows: Sequence[tuple[str, float]], total: str, y: float) -> float:
            c.setFont("Helvetica-Bold", 10)
            c.drawString(100, y, title)
            y -= 16
            c.setFont("Helvetica", 9.5)
            for k, v in rows:
                c.drawString(120, y, k)
                c.drawRightString(500, y, money(v))
                y -= 14
            c.line(400, y + 10, 500, y + 10)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(120, y - 2, total)
            c.drawRightString(500, y - 2, money(r2(sum(v for _, v in rows))))
            return y - 26

        y = block("Income", income, "Total income", y)
        y = block("Expenses", expenses, "Total expenses", y)
        c.setLineWidth(1.2)
        c.line(100, y + 8, 500, y + 8)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(100, y - 8, "NET PROFIT")
        c.drawRightString(500, y - 8, money(net))
        c.setFont("Helvetica", 9)
        c.drawString(100, y - 60, "I certify that this statement is true and correct to the best of my knowledge.")
        c.line(100, y - 100, 330, y - 100)
        c.line(360, y - 100, 500, y - 100)
        c.setFont("Helvetica", 8)
        c.drawString(100, y - 111, "Signature of owner")
        c.drawString(360, y - 111, "Date")
        return [Ink("sig", 110, y - 97, w=170, seed=seed), Ink("print", 366, y - 96, mdy(signed_on), 10, seed=seed)]

    return Letter(
        Paper([page]),
        "profit_and_loss_statement",
        {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net, "signed": True},
    )


def typed_letter(
    sender: str, address: Sequence[str], date: dt.date, to: Sequence[str], re: str, body: Sequence[str], seed: int
) -> Letter:
    """A borrower's hardship letter typed at home, printed and signed in ink."""

    def page(c: Canvas) -> list[Ink]:
        c.setFont("Times-Roman", 11)
        y = 720
        for line in [sender, *address]:
            c.drawString(72, y, line)
            y -= 14
        c.drawString(72, y - 14, long_date(date))
        y -= 48
        for line in to:
            c.drawString(72, y, line)
            y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 14, re)
        y = paras(
            c,
            72,
            y - 44,
            468,
            ["To whom it may concern:", *body, "Thank you for your consideration.", "Sincerely,"],
            size=11,
            lead=1.4,
        )
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 40, sender)
        return [Ink("sig", 76, y - 22, w=150, seed=seed)]

    return Letter(Paper([page]), "hardship_letter", {"letter_date": date.isoformat()})


def electric_bill(person: str, address: Sequence[str], date: dt.date, acct: str, amount: float) -> Letter:
    """A rural electric cooperative's bill (an `other` paper)."""

    def page(c: Canvas) -> list[Ink]:
        orange = Color(0.85, 0.45, 0.1)
        c.setFillColor(orange)
        c.rect(48, 728, 30, 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(88, 744, "Wabash Prairie Electric Cooperative")
        c.setFont("Helvetica", 8)
        c.drawString(88, 732, "Your Touchstone Energy cooperative - (812) 555-0107")
        c.setFont("Helvetica", 9.5)
        for i, line in enumerate([person, *address]):
            c.drawString(72, 680 - i * 13, line)
        rows = [
            ("Account number", acct),
            ("Bill date", mdy(date)),
            ("Service period", "30 days"),
            ("kWh used", "1,134"),
            ("Amount due", "$" + money(amount)),
            ("Due date", mdy(date + dt.timedelta(days=21))),
        ]
        y = 690
        for k, v in rows:
            c.drawString(340, y, k)
            c.drawRightString(552, y, v)
            y -= 14
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 560, "Usage history (kWh)")
        for i in range(12):
            hgt = 20 + (i * 37 % 60)
            c.rect(72 + i * 30, 470, 18, hgt, stroke=1, fill=0)
        c.setDash(3, 3)
        c.line(36, 300, 576, 300)
        c.setDash()
        c.drawString(72, 280, "Return this portion with your payment")
        c.drawString(72, 262, f"Account {acct}    Amount due ${money(amount)}")
        return None

    return Letter(Paper([page]), "other", {})


# --- applications ------------------------------------------------------------------------------------------------


@dataclass
class App:
    """What the borrower answered on the application (the truth expected.json holds)."""

    loan: str
    borrower: str
    ssn: str  # full, in the 900-999 area; forms show the last four
    phone: str
    email: str
    street: str
    city: str
    state: str
    zip: str
    occupancy: str
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    income: dict[str, float]  # by income code
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_signs: bool = True  # the co-borrower's signature AND date
    b_signs: bool = True
    other_text: str = ""
    rows: dict[str, tuple[float, float]] | None = None  # QMS-7 income rows a..i: (borrower, co-borrower)
    assets: tuple[float, float] = (0.0, 0.0)  # checking and cash, savings
    seed: int = 1

    def __post_init__(self) -> None:
        if self.rows is not None:  # the servicer's form: its rows decide the amounts by code
            got: dict[str, float] = {}
            for row, (a, b) in self.rows.items():
                code = QMS_ROW_CODES[row]
                got[code] = r2(got.get(code, 0.0) + a + b)
            got = {k: v for k, v in got.items() if v > 0}
            if got != {k: v for k, v in self.income.items() if v > 0}:
                raise ValueError(f"QMS rows {got} disagree with income {self.income}")

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(v for v in self.income.values() if v > 0))

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {
            "loan_number": self.loan,
            "borrower_name": self.borrower,
            "co_borrower_name": self.co,
            "ssn_last4": self.ssn[-4:],
            "property_address": self.address,
            "occupancy": self.occupancy,
            "hardship_types": sorted(self.hardships),
            "hardship_start_date": self.start.isoformat() if self.start else None,
            "income": income,
            "signed": self.b_signs,
            "signed_on": self.signed_on.isoformat() if self.b_signs else None,
            "co_borrower_signed": None if self.co is None else self.co_signs,
        }


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}
F710_DURATION = {"short": "Checkbox_38", "long": "Checkbox_39", "resolved": "Checkbox_40"}


def form710_values(app: App, with_dates: bool) -> dict[str, str | bool]:
    """The Form 710 AcroForm answers: text fields by string, check boxes by True."""
    v: dict[str, str | bool] = {
        "Text_1": app.loan,
        "Text_2": app.borrower,
        "Text_3": app.ssn[-4:],
        "Email_1": app.email,
        "US_Phone_Number_1": app.phone,
        "Checkbox_1": True,
        "Checkbox_17": True,
        "Checkbox_23": True,
        "Text_6": app.address,
        F710_OCC[app.occupancy]: True,
        ("Checkbox_28" if app.occupancy == "investment_property" else "Checkbox_27"): True,
        "Checkbox_30": True,
        "Checkbox_35": True,
        "Checkbox_37": True,
        F710_DURATION[app.duration]: True,
    }
    if app.start:
        v["Date_1"] = mdy(app.start)
    if app.co:
        v.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        v[F710_HARDSHIP[h]] = True
    if app.other_text:
        v["Text_9"] = app.other_text
    for code, amount in app.income.items():
        if amount > 0:
            v[F710_INCOME[code]] = money(amount)
    if app.assets[0]:
        v["Number_10"] = money(app.assets[0])
    if app.assets[1]:
        v["Number_11"] = money(app.assets[1])
    if with_dates:
        if app.b_signs:
            v["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_signs:
            v["Date_4"] = mdy(app.signed_on)
    return v


def form710_widgets() -> dict[str, tuple[int, tuple[float, float, float, float]]]:
    """Each Form 710 widget's page index and rectangle."""
    out = {}
    for i, page in enumerate(PdfReader(FORM710).pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            if "/T" in w:
                out[str(w["/T"])] = (i, tuple(float(x) for x in w["/Rect"]))
    return out


def signature_inks(
    app: App, widgets: dict[str, tuple[int, tuple[float, float, float, float]]], date_too: bool
) -> list[Ink]:
    out = []
    for who, sig, date, signs in (
        ("b", "Signature_1", "Date_3", app.b_signs),
        ("c", "Signature_2", "Date_4", bool(app.co) and app.co_signs),
    ):
        if not signs:
            continue
        _, (x0, y0, _, _) = widgets[sig]
        seed = app.seed + (0 if who == "b" else 17)
        out.append(Ink("sig", x0 + 14, y0 + 5, w=190 if who == "b" else 170, seed=seed))
        if date_too:
            _, (dx, dy, _, _) = widgets[date]
            out.append(Ink("print", dx + 6, dy + 3, mdy(app.signed_on), 10, seed=seed + 1))
    return out


def form710_typed(app: App, dpi: int) -> list[Sheet]:
    """The real Form 710 typed through its AcroForm, printed, then signed and dated in ink."""
    values = form710_values(app, with_dates=False)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for page in writer.pages:
        texts = {}
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            name = str(w.get("/T", ""))
            if name not in values:
                continue
            value = values[name]
            if isinstance(value, bool):
                on = next(str(k) for k in w["/AP"]["/N"] if str(k) != "/Off")
                w[NameObject("/V")] = NameObject(on)
                w[NameObject("/AS")] = NameObject(on)
            else:
                texts[name] = value
        if texts:
            writer.update_page_form_field_values(page, texts, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    buf = io.BytesIO()
    writer.write(buf)
    widgets = form710_widgets()
    inks: list[list[Ink]] = [[], [], [], signature_inks(app, widgets, date_too=True)]
    return sheets_of(rasterize(buf.getvalue(), dpi, forms=True), inks, dpi, letter)


def form710_hand(app: App, dpi: int) -> list[Sheet]:
    """The real Form 710 printed blank and filled in by hand: block capitals in ballpoint, crosses in the boxes."""
    widgets = form710_widgets()
    values = form710_values(app, with_dates=False)
    inks: list[list[Ink]] = [[], [], [], []]
    for name, value in values.items():
        page, (x0, y0, x1, y1) = widgets[name]
        if value is True:
            inks[page].append(Ink("x", (x0 + x1) / 2, (y0 + y1) / 2, size=7.5, seed=app.seed + page))
        elif isinstance(value, str):
            text = value if "@" in value else value.upper()
            if name == "Text_9":  # the "other" hardship explanation: several short lines in its box
                for i, line in enumerate(wrap(text, "Helvetica", 9.5, x1 - x0 - 8)[:4]):
                    inks[page].append(Ink("print", x0 + 3, y1 - 13 - i * 14, line, 9, seed=app.seed + i))
                continue
            inks[page].append(Ink("print", x0 + 4, y0 + 3, text, 10, seed=app.seed + len(text)))
    inks[3] += signature_inks(app, widgets, date_too=True)
    return sheets_of(rasterize(FORM710.read_bytes(), dpi), inks, dpi, letter)


# The servicer's own form: Quarrystone Mortgage Servicing's HOME RETENTION WORKSHEET (Form QMS-7).

QMS_NAME = "Quarrystone Mortgage Servicing, LLC"
QMS_ROWS = (
    ("a", "Wages or salary - main job"),
    ("b", "Wages - second job"),
    ("c", "Self-employment income (after business expenses)"),
    ("d", "Unemployment benefits"),
    ("e", "Social Security, pension or disability - taxable"),
    ("f", "Social Security or disability - not taxable"),
    ("g", "Rent you receive (after expenses other than the mortgage)"),
    ("h", "Investment or insurance income"),
    ("i", "Alimony, child support or other income"),
)
QMS_ROW_CODES = {
    "a": "wages",
    "b": "wages",
    "c": "self_employment",
    "d": "unemployment",
    "e": "benefits_taxable",
    "f": "benefits_nontaxable",
    "g": "rental",
    "h": "investment",
    "i": "other",
}
QMS_REASONS = (
    ("unemployment", "I lost my job"),
    ("reduction_in_income", "My income went down (fewer hours, pay cut, lost overtime)"),
    ("increase_in_housing_expenses", "My housing costs went up (taxes, insurance, HOA)"),
    ("disaster", "A disaster hit my home or my workplace"),
    ("disability_or_illness", "Long illness or disability (me, co-borrower or a dependent)"),
    ("divorce_or_separation", "Divorce or legal separation"),
    ("separation_unmarried", "Separation from a co-owner I am not married to"),
    ("death", "A borrower or the household's wage earner died"),
    ("relocation", "My job moved far away (transfer or relocation)"),
    ("other", "Something else - explain:"),
)


def qms7(app: App, typed: bool) -> Paper:
    """Quarrystone's two-sheet HOME RETENTION WORKSHEET. Sheet 1: questions 1-12 as a ledger of full-sentence
    questions at the left with the answer on a shaded strip at the right; sheet 2: the income table by borrower
    and co-borrower with a household total, assets, certification and signatures. typed: answers typed in its
    PDF (Courier) before printing; else hand-printed in ink. Signatures and their dates are always in ink."""
    slate = Color(0.24, 0.31, 0.36)
    answers: list[list[tuple[str, float, float, str]]] = [[], []]  # kind "t" text / "x" box, x, y, text

    def say(sheet: int, x: float, y: float, text: str) -> None:
        answers[sheet].append(("t", x, y, text))

    def mark(sheet: int, x: float, y: float) -> None:
        answers[sheet].append(("x", x, y, ""))

    def box(c: Canvas, x: float, y: float, label: str, size: float = 8.5) -> None:
        c.setLineWidth(0.7)
        c.rect(x, y, 9, 9, stroke=1, fill=0)
        c.setFont("Helvetica", size)
        c.drawString(x + 13, y + 1.5, label)

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(slate)
        pts = [(54 + 16 * math.cos(math.radians(a)), 740 + 16 * math.sin(math.radians(a))) for a in range(30, 390, 60)]
        p = c.beginPath()
        p.moveTo(*pts[0])
        for pt in pts[1:]:
            p.lineTo(*pt)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(54, 735, "Q")
        c.setFillColor(slate)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(78, 742, "QUARRYSTONE")
        c.setFont("Helvetica", 7.5)
        c.drawString(78, 731, "MORTGAGE SERVICING, LLC")
        c.drawString(78, 721, "PO Box 2209, Mankato, MN 56002  -  Phone (507) 555-0164  -  Fax (507) 555-0165")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(558, 742, "HOME RETENTION WORKSHEET")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(558, 731, "Form QMS-7 (rev. 02/2046)")
        c.setLineWidth(1)
        c.rect(478, 704, 80, 16, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(518, 709, f"SHEET {n} OF 2")
        c.setFillGray(0.92)
        c.roundRect(54, 684, 250, 34, 5, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(60, 709, "LOAN NUMBER" if n == 1 else "LOAN NUMBER (REPEAT IT HERE IN CASE THE SHEETS COME APART)")
        say(n - 1, 62, 690, app.loan)
        c.setFont("Helvetica", 6.5)
        c.drawString(
            54, 40, f"{QMS_NAME}  -  Form QMS-7  -  Sheet {n} of 2" + ("  -  continue on sheet 2" if n == 1 else "")
        )

    def question(c: Canvas, y: float, n: int, text: str, hgt: float = 26) -> float:
        """A ledger row: the question at the left, the shaded answer strip at the right; returns the answer
        baseline."""
        c.setFillGray(0.94 if n % 2 else 0.97)
        c.rect(54, y - hgt, 504, hgt, stroke=0, fill=1)
        c.setFillGray(0.88)
        c.rect(300, y - hgt + 3, 258, hgt - 6, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(58, y - 11, f"{n}.")
        lines = wrap(text, "Helvetica", 8, 222)
        c.setFont("Helvetica", 8)
        for i, line in enumerate(lines):
            c.drawString(72, y - 11 - i * 9.5, line)
        return y - hgt + 8

    def sheet1(c: Canvas) -> list[Ink]:
        header(c, 1)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(
            54,
            670,
            "Print in ink or type. Answer every numbered question; write NONE where nothing applies. Send both sheets.",
        )
        y = 660
        rows = [
            (1, "What is your full name?", app.borrower),
            (2, "What are the last four digits of your Social Security number?", app.ssn[-4:]),
            (3, "What is the best phone number to reach you?", app.phone),
            (4, "Is anyone else on this loan with you? If so, write his or her full name.", app.co or "NONE"),
            (
                5,
                "The last four digits of that person's Social Security number.",
                (app.co_ssn or "")[-4:] if app.co else "NONE",
            ),
        ]
        for n, q, a in rows:
            base = question(c, y, n, q)
            say(0, 306, base, a)
            y -= 28
        base = question(c, y, 6, "What is the address of the home this loan is on? (street, city, state, ZIP)", 38)
        say(0, 306, base + 13, app.street)
        say(0, 306, base, f"{app.city}, {app.state} {app.zip}")
        y -= 40
        base = question(c, y, 7, "Do you live in this home yourself?")
        box(c, 306, base, "YES")
        box(c, 366, base, "NO")
        mark(0, 310.5, base + 4.5) if app.occupancy == "primary_residence" else mark(0, 370.5, base + 4.5)
        y -= 28
        base = question(c, y, 8, "If you answered NO, this home is:", 38)
        box(c, 306, base + 13, "a second or vacation home")
        box(c, 306, base, "rented out / an investment property")
        if app.occupancy == "second_home":
            mark(0, 310.5, base + 17.5)
        elif app.occupancy == "investment_property":
            mark(0, 310.5, base + 4.5)
        y -= 40
        c.setFillGray(0.94)
        c.rect(54, y - 118, 504, 118, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(58, y - 11, "9.")
        c.setFont("Helvetica", 8)
        c.drawString(72, y - 11, "What happened? Mark EVERY box that applies.")
        for i, (code, label) in enumerate(QMS_REASONS):
            bx = 72 if i < 5 else 318
            by = y - 30 - (i % 5) * 17
            box(c, bx, by, label, size=7.5)
            if code in app.hardships:
                mark(0, bx + 4.5, by + 4.5)
        c.line(330, y - 112, 556, y - 112)
        if app.other_text:
            say(0, 332, y - 110, app.other_text)
        y -= 120
        base = question(c, y, 10, "On what date did it begin? (mm/dd/yyyy)")
        if app.start:
            say(0, 306, base, mdy(app.start))
        y -= 28
        base = question(c, y, 11, "How long do you expect it to last?", 38)
        box(c, 306, base + 13, "6 months or less")
        box(c, 420, base + 13, "more than 6 months")
        box(c, 306, base, "it is over as of ____________")
        spot = {"short": (310.5, base + 17.5), "long": (424.5, base + 17.5), "resolved": (310.5, base + 4.5)}
        mark(0, *spot[app.duration])
        y -= 40
        base = question(c, y, 12, "What do you want to do with the home?")
        for x, label in ((306, "keep it"), (362, "sell it"), (414, "give it back"), (486, "not sure")):
            box(c, x, base, label, size=7.5)
        mark(0, 310.5, base + 4.5)
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.rect(54, 80, 504, 56, stroke=1, fill=0)
        c.setDash()
        c.setFont("Helvetica-Bold", 7)
        c.drawString(60, 126, "FOR QUARRYSTONE USE ONLY")
        c.setFont("Helvetica", 7)
        for i, label in enumerate(("Received", "Imaged by", "Checklist sent", "Reviewer")):
            c.drawString(60 + i * 124, 96, label + " ________")
        return finish(c, 0)

    def sheet2(c: Canvas) -> list[Ink]:
        header(c, 2)
        y = 664
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(58, y, "13.")
        c.setFont("Helvetica", 8)
        c.drawString(
            72,
            y,
            "How much money comes in EACH MONTH before taxes? Write amounts in dollars and cents; "
            "leave unused cells blank.",
        )
        y -= 10
        cols = ((330, 444, "YOU"), (444, 558, "CO-BORROWER"))
        c.setFillColor(slate)
        c.rect(54, y - 16, 504, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(60, y - 11, "SOURCE OF MONEY")
        for x0, x1, t in cols:
            c.drawCentredString((x0 + x1) / 2, y - 11, t)
        c.setFillColor(black)
        y -= 16
        rows = app.rows or {}
        for key, label in QMS_ROWS:
            c.setLineWidth(0.5)
            c.rect(54, y - 20, 504, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(60, y - 13, f"{key}.")
            c.setFont("Helvetica", 8)
            c.drawString(72, y - 13, label)
            for i, (x0, x1, _) in enumerate(cols):
                c.rect(x0, y - 20, x1 - x0, 20, stroke=1, fill=0)
                c.drawString(x0 + 3, y - 13, "$")
                amount = rows.get(key, (0.0, 0.0))[i]
                if amount:
                    say(1, x0 + 12, y - 14, money(amount))
            y -= 20
        c.setFillGray(0.88)
        c.rect(54, y - 24, 504, 24, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(60, y - 15, "HOUSEHOLD TOTAL PER MONTH (both columns, all rows)")
        c.rect(444, y - 24, 114, 24, stroke=1, fill=0)
        c.drawString(448, y - 15, "$")
        say(1, 458, y - 16, money(app.total))
        y -= 46
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(58, y, "14.")
        c.setFont("Helvetica", 8)
        c.drawString(72, y, "Money you have today (not retirement accounts):")
        for i, (label, amount) in enumerate((("Checking and cash", app.assets[0]), ("Savings", app.assets[1]))):
            c.drawString(90, y - 18 - i * 16, label)
            c.line(200, y - 20 - i * 16, 320, y - 20 - i * 16)
            c.drawString(202, y - 18 - i * 16, "$")
            say(1, 212, y - 18 - i * 16, money(amount) if amount else "NONE")
        y -= 70
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(58, y, "15.")
        y = paras(
            c,
            72,
            y,
            480,
            [
                "By signing, I certify that everything on both sheets of this worksheet is true and complete, that the "
                "hardship I marked contributed to my need for help, and that I will send the documents Quarrystone "
                "asks for. I consent to a credit report and to being contacted at the numbers I gave. Knowingly false "
                "statements may violate federal law."
            ],
            face="Helvetica",
            size=8,
            lead=1.3,
        )
        for i, who in enumerate(("BORROWER", "CO-BORROWER")):
            yy = y - 36 - i * 48
            c.line(72, yy, 360, yy)
            c.line(390, yy, 540, yy)
            c.setFont("Helvetica", 7)
            c.drawString(72, yy - 10, f"{who} SIGNATURE")
            c.drawString(390, yy - 10, "DATE (mm/dd/yyyy)")
        ink = []
        sig_y = y - 33
        if app.b_signs:
            ink += [
                Ink("sig", 84, sig_y, w=180, seed=app.seed),
                Ink("print", 396, sig_y + 1, mdy(app.signed_on), 10, seed=app.seed + 3),
            ]
        if app.co and app.co_signs:
            ink += [
                Ink("sig", 84, sig_y - 48, w=170, seed=app.seed + 17),
                Ink("print", 396, sig_y - 47, mdy(app.signed_on), 10, seed=app.seed + 4),
            ]
        return finish(c, 1) + ink

    def finish(c: Canvas, sheet: int) -> list[Ink]:
        out = []
        for kind, x, y, text in answers[sheet]:
            if typed:
                if kind == "t":
                    c.setFont("Courier-Bold", 10)
                    c.drawString(x, y, text)
                else:
                    c.setFont("Courier-Bold", 10)
                    c.drawCentredString(x, y - 3.5, "X")
            elif kind == "t":
                out.append(
                    Ink("print", x, y, text.upper() if "@" not in text else text, 9.5, seed=app.seed + crc(text) % 97)
                )
            else:
                out.append(Ink("x", x, y, size=7.5, seed=app.seed + round(x + y)))
        return out

    return Paper([sheet1, sheet2])


def form4506c_hand(
    first: str,
    mi: str,
    last: str,
    ssn: str,
    street: str,
    city: str,
    state: str,
    zipc: str,
    phone: str,
    client: str,
    client_phone: str,
    signed_on: dt.date,
    year: int,
    dpi: int,
    seed: int,
) -> list[Sheet]:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022) printed blank and filled in by hand, signed and dated."""
    reader = PdfReader(FORM4506C)
    rects: dict[str, list[tuple[float, float, float, float]]] = {}
    for ref in reader.pages[0].get("/Annots") or []:
        w = ref.get_object()
        name = str(w.get("/T") or w["/Parent"].get_object().get("/T"))
        rects.setdefault(name, []).append(tuple(float(x) for x in w["/Rect"]))
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    if "/Annots" in writer.pages[0]:
        del writer.pages[0]["/Annots"]
    buf = io.BytesIO()
    writer.write(buf)

    def at(name: str, text: str, n: int = 0, size: float = 9) -> Ink:
        x0, y0, _, _ = rects[name][n]
        return Ink("print", x0 + 3, y0 + 2.5, text, size, seed=seed + crc(name, n) % 89)

    inks = [
        at("first_name[0]", first.upper()),
        at("middle_initial[0]", mi.upper()),
        at("last_name[0]", last.upper()),
        at("first_ssn[0]", ssn),
        at("street_address[0]", street.upper()),
        at("city[0]", city.upper()),
        at("state[0]", state),
        at("zip_code[0]", zipc),
        at("first_name[0]", client.upper(), n=2),
        at("telephone_number[0]", client_phone),
        at("street_address[0]", "PO BOX 2209", n=3),
        at("city[0]", "MANKATO", n=3),
        at("state[0]", "MN", n=3),
        at("zip_code[0]", "56002", n=3),
        at("transcript_reqeust[0]", "1040"),
        at("f1_15[0]", "12"),
        at("f1_16[0]", "31"),
        at("f1_17[0]", str(year - 1)),
        at("f1_18[0]", "12"),
        at("f1_19[0]", "31"),
        at("f1_20[0]", str(year)),
        at("date[0]", mdy(signed_on), size=10),
        at("phone_number[0]", phone),
        at("print_type_name[0]", f"{first} {mi}. {last}".upper()),
    ]
    for name in ("return_transcript[0]", "signature_attests[0]"):
        x0, y0, x1, y1 = rects[name][0]
        inks.append(Ink("x", (x0 + x1) / 2, (y0 + y1) / 2, size=8, seed=seed))
    x0, y0, _, _ = rects["signature[0]"][0]
    inks.append(Ink("sig", x0 + 12, y0 + 3, w=190, seed=seed))
    return sheets_of(rasterize(buf.getvalue(), dpi), [inks], dpi, letter)


# --- the checklist (shared/spec/checklist.md), applied to what expected.json says ------------------------------

DATE_FIELD = {
    "pay_stub": "pay_date",
    "bank_statement": "period_end",
    "profit_and_loss_statement": "period_end",
    "investment_statement": "period_end",
    "irs_form_4506c": "signed_on",
}
HARDSHIP_PAPERS = {
    "disability_or_illness": {"hardship_letter", "medical_statement"},
    "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
    "separation_unmarried": {"quitclaim_deed"},
    "death": {"death_certificate", "obituary"},
    "relocation": {"employer_relocation_letter", "military_pcs_orders"},
    "other": {"hardship_letter"},
}


def doc_date(doc: dict[str, Any]) -> dt.date | None:
    value = doc["fields"].get(DATE_FIELD.get(doc["type"], "letter_date"))
    return dt.date.fromisoformat(value) if value else None


def missing_codes(app: dict[str, Any] | None, docs: Sequence[dict[str, Any]], received: dt.date) -> list[str]:
    """The checklist's missing items for a packet, worked out from the application's answers and the documents'
    fields exactly as expected.json states them."""
    if app is None:
        return ["application"]
    out: set[str] = set()
    if not (app["signed"] and app["signed_on"]) or app["co_borrower_signed"] is False:
        out.add("application_signature")
    for name in REQUIRED_FIELDS:
        value = app.get(name)
        if name == "income":
            value = [k for k, v in (value or {}).items() if k != "total" and v]
        if value in (None, "", []):
            out.add(f"application_field:{name}")

    def fresh(doc: dict[str, Any]) -> bool:
        d = doc_date(doc)
        return d is not None and 0 <= (received - d).days <= FRESH_DAYS

    def of(kind: str) -> list[dict[str, Any]]:
        return [d for d in docs if d["type"] == kind]

    stmts = [d for d in of("bank_statement") if fresh(d)]
    two_bank = any(
        a["fields"]["account_last4"] == b["fields"]["account_last4"]
        and dt.date.fromisoformat(b["fields"]["period_start"])
        == dt.date.fromisoformat(a["fields"]["period_end"]) + dt.timedelta(days=1)
        for a in stmts
        for b in stmts
    )

    def award(kind: str) -> bool:
        return any(
            d["fields"].get("benefit_type") == kind and fresh(d)
            for d in of("benefit_award_letter") + of("unemployment_benefit_letter")
        )

    satisfied = {
        "wages": two_bank or any(fresh(d) and d["fields"].get("gross_ytd") is not None for d in of("pay_stub")),
        "self_employment": two_bank
        or any(fresh(d) and d["fields"].get("signed") is True for d in of("profit_and_loss_statement"))
        or any(d["fields"].get("signed") is True for d in of("tax_return")),
        "unemployment": True,
        "benefits_taxable": two_bank or award("benefits_taxable"),
        "benefits_nontaxable": two_bank or award("benefits_nontaxable"),
        "rental": two_bank or len(of("rent_check")) >= 2,
        "investment": two_bank or sum(fresh(d) for d in of("investment_statement")) >= 2,
        "other": two_bank or award("other"),
    }
    income = {k: v for k, v in (app.get("income") or {}).items() if k != "total" and v}
    for code in income:
        if not satisfied[code]:
            out.add(f"income_doc:{code}")
    kinds = {d["type"] for d in docs}
    for h in app.get("hardship_types") or []:
        if h in HARDSHIP_PAPERS and not HARDSHIP_PAPERS[h] & kinds:
            out.add(f"hardship_doc:{h}")
    if ("self_employment" in income or "rental" in income) and not any(
        d["fields"].get("signed") is True for d in of("irs_form_4506c")
    ):
        out.add("irs_form_4506c")
    return sorted(out)


# --- packets -----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    pages: list[tuple[int, str, int]] = field(default_factory=list)  # (page of the document, file, page of file)


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the story is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    layout: dict[str, list[tuple[int, float, float]]] = field(default_factory=dict)  # file -> (rotate, w, h in)

    def doc(self, kind: str, fields: dict[str, Any] | None = None) -> Doc:
        d = Doc(kind, dict(fields or {}))
        self.docs.append(d)
        return d

    def expected(self) -> dict[str, Any]:
        docs = []
        for i, d in enumerate(self.docs, 1):
            pages = [{"file": f, "page": n} for _, f, n in sorted(d.pages)]
            docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": True, "pages": pages, "fields": d.fields})
        app = self.app.expected()
        codes = missing_codes(app, docs, self.received)
        return {
            "loan_number": self.app.loan,
            "received_on": self.received.isoformat(),
            "status": "incomplete" if codes else "complete",
            "missing": codes,
            "application": app,
            "documents": docs,
        }


class ScanFile:
    """One PDF the borrower's scanner wrote: pages are added as they were scanned, each tied to its document."""

    def __init__(self, packet: Packet, rel: str, scanner: Scanner, seed: int) -> None:
        self.packet, self.rel, self.scanner, self.seed = packet, rel, scanner, seed
        self.pages: list[Page] = []

    def add(self, doc: Doc | None, nth: int, sheet: Sheet, shot: Shot) -> None:
        """Scan one sheet: page `nth` (1-based) of `doc`."""
        page = scan_sheet(sheet, self.scanner, shot, self.seed * 101 + len(self.pages))
        self.pages.append(page)
        if doc is not None:
            doc.pages.append((nth, self.rel, len(self.pages)))

    def paper(
        self,
        doc: Doc,
        sheets: Sequence[Sheet],
        shots: Sequence[Shot],
        order: Sequence[int] | None = None,
        backs: dict[int, Shot] | None = None,
    ) -> None:
        """Scan a document's sheets in `order` (its own page numbers), each with its shot; `backs` gives the
        blank back (an `other` page) kept after a sheet, by its page number."""
        for n in order or range(1, len(sheets) + 1):
            self.add(doc, n, sheets[n - 1], shots[(n - 1) % len(shots)])
            if backs and n in backs:
                self.back(sheets[n - 1], backs[n])

    def back(self, front: Sheet, shot: Shot) -> None:
        page = blank_back(front, self.scanner, shot, self.seed * 101 + len(self.pages))
        self.pages.append(page)
        self.packet.doc("other").pages.append((1, self.rel, len(self.pages)))

    def close(self) -> None:
        self.packet.files[self.rel] = pages_pdf(
            self.pages, f"bh{crc(self.packet.name, self.rel):08x}", self.scanner.creator
        )
        self.packet.layout[self.rel] = [(p.rotate, p.image.width / p.dpi, p.image.height / p.dpi) for p in self.pages]


FLATBED = Scanner(200, (251, 248, 240), (243, 243, 240), 0.55, 3.2, 72, "HP Smart (Windows)")
FEEDER = Scanner(200, (249, 249, 245), (214, 214, 212), 0.45, 2.6, 68, "Epson ScanSmart")
CHEAP = Scanner(150, (247, 243, 232), (236, 235, 230), 0.7, 3.8, 60, "Canon IJ Scan Utility")
BROTHER = Scanner(200, (250, 250, 247), (206, 207, 204), 0.5, 3.0, 76, "Brother iPrint&Scan")
LIDE = Scanner(150, (252, 249, 243), (238, 238, 236), 0.65, 3.4, 64, "NAPS2")
LEGAL_IN = (8.5, 14.0)
LETTER_IN = (8.5, 11.0)
A4_IN = (8.27, 11.69)


def glass(
    skew: float, at: tuple[float, float] = (0.05, 0.08), area: tuple[float, float] = (8.5, 11.69), **kw: Any
) -> Shot:
    """A sheet laid on a flatbed's glass against the corner guide, the whole glass scanned."""
    return Shot(skew=skew, area=area, at=at, **kw)


def fed(skew: float, **kw: Any) -> Shot:
    """A sheet through the document feeder: the page is the sheet's own size."""
    return Shot(skew=skew, **kw)


def payroll(job: Job, year: int, month: int, desc: str) -> list[tuple[int, str, float]]:
    """The job's net pay deposits in a month, each on its pay date."""
    return [(d.day, desc, job.check(d).net) for d, _, _ in job.schedule(year) if d.month == month]


def weekday(d: dt.date) -> dt.date:
    if d.weekday() >= 5:
        raise ValueError(f"{d} is not a weekday")
    return d


def packet_bh1(seed: int) -> Packet:
    """Two jobs: a grocery's check-and-stub pages and a diner's small voucher; duplex feeder, stubs first."""
    received = weekday(dt.date(2046, 2, 13))
    addr = ["418 Sycamore Bend Road", "Russellville, KY 42276"]
    grocery = Job(
        "Bramblecrest Market",
        "Darnell T. Whitfield",
        "biweekly",
        dt.date(2046, 1, 12),
        5,
        17.85,
        (56.0, 60.0, 64.0, 64.0, 68.0 + seed % 3),
        (("Sunday premium", 1.5, (8.0, 8.0, 16.0)), ("Overtime", 26.78, (0.0, 0.0, 2.5, 4.0))),
        wh=Withholding(0.07, 0.04, "KY state tax", (("Union dues (UFCW 227)", 14.5),)),
    )
    diner = Job(
        "Copper Kettle Diner",
        "Darnell T. Whitfield",
        "weekly",
        dt.date(2046, 1, 3),
        3,
        12.25,
        (18.0, 20.0, 22.0, 24.0 + seed % 2),
        wh=Withholding(0.05, 0.04, "KY withholding"),
    )
    s_feb, f_feb = stub_bramblecrest(
        grocery, dt.date(2046, 2, 9), "Store #214 Russellville", "0044718", "214 / Produce", 880412, addr
    )
    s_jan, f_jan = stub_bramblecrest(
        grocery, dt.date(2046, 1, 26), "Store #214 Russellville", "0044718", "214 / Produce", 879006, addr
    )
    s_din, f_din = stub_voucher(diner, dt.date(2046, 2, 7), 4417, "611 East Ninth Street, Russellville, KY 42276")
    wages = r2(f_feb["monthly_gross"] + f_din["monthly_gross"])
    app = App(
        "0072418836",
        "Darnell T. Whitfield",
        "947-22-6180",
        "(270) 555-0148",
        "dwhitfield@example.net",
        "418 Sycamore Bend Road",
        "Russellville",
        "KY",
        "42276",
        "primary_residence",
        ["reduction_in_income"],
        dt.date(2045, 10, 6),
        "long",
        {"wages": wages},
        dt.date(2046, 2, 11),
        assets=(412.0, 0.0),
        seed=seed + 11,
    )
    p = Packet("bh1", received, app, [])
    dpi = FEEDER.dpi
    form = form710_typed(app, dpi)
    feb, jan = paper_sheets(s_feb, dpi), paper_sheets(s_jan, dpi)
    app_doc = p.doc("mortgage_assistance_application")
    f1 = ScanFile(p, "Scan_20460211_2114.pdf", FEEDER, seed * 10 + 1)
    f1.paper(p.doc("pay_stub", f_feb), feb, [fed(1.3)], backs={1: fed(-1.3, bleed=0.075)})
    f1.paper(p.doc("pay_stub", f_jan), jan, [fed(-2.1, turn=180)], backs={1: fed(2.1, turn=180, bleed=0.05)})
    f1.paper(
        app_doc,
        form,
        [fed(1.1), fed(1.6), fed(-1.4), fed(2.4)],
        backs={1: fed(-1.1), 2: fed(-1.6), 3: fed(1.4, bleed=0.065), 4: fed(-2.4)},
    )
    f1.close()
    f2 = ScanFile(p, "scan0007.pdf", FLATBED, seed * 10 + 2)
    f2.paper(p.doc("pay_stub", f_din), paper_sheets(s_din, FLATBED.dpi), [glass(3.2, at=(0.35, 0.4))])
    f2.close()
    return p


def packet_bh2(seed: int) -> Packet:
    """A widow on Social Security and a survivor pension: Form 710 printed blank and filled in by hand, papers
    kept in a ring binder (hole-punched), a half-letter pension notice and a newspaper clipping."""
    received = weekday(dt.date(2046, 3, 21))
    addr = ["1207 Lakeview Terrace", "Austintown, OH 44515"]
    ssa = ssa_letter("Marguerite A. Dunmore", addr, dt.date(2046, 2, 16), 1684.90, "46BV0217K551")
    pension = pension_notice(
        "Tri-County Ironworkers Pension Trust",
        "Marguerite A. Dunmore",
        addr,
        dt.date(2046, 1, 5),
        612.40,
        "Walter J. Dunmore",
        "TCI-0038815",
    )
    obit = obituary_clip(
        "The Valley Sentinel",
        "Walter James Dunmore",
        dt.date(1969, 4, 2),
        dt.date(2045, 11, 14),
        [
            "Walter James Dunmore, 76, of Austintown, died Friday, November 14, 2045, at St. Columba Hospital after "
            "a long illness.",
            "Born in Struthers, he was a member of Ironworkers Local 207 for 41 years and helped raise the steel of "
            "half the bridges in the valley. He loved fishing Lake Milton and coaching Little League.",
            "He is survived by his wife of 52 years, Marguerite; two sons, Michael (Denise) and Paul; and five "
            "grandchildren.",
            "Calling hours will be Tuesday from 4 to 7 p.m. at Kessler-Marsh Funeral Home. Mass of Christian Burial "
            "will be Wednesday at 10 a.m. at St. Brigid Church.",
        ],
        dt.date(2045, 11, 17),
    )
    app = App(
        "5310927704",
        "Marguerite A. Dunmore",
        "972-40-1186",
        "(330) 555-0199",
        "mdunmore46@example.com",
        "1207 Lakeview Terrace",
        "Austintown",
        "OH",
        "44515",
        "primary_residence",
        ["death"],
        dt.date(2045, 11, 14),
        "long",
        {"benefits_taxable": r2(1684.90 + 612.40)},
        dt.date(2046, 3, 14),
        assets=(1180.0, 2400.0),
        seed=seed + 21,
    )
    p = Packet("bh2", received, app, [])
    dpi = CHEAP.dpi
    f1 = ScanFile(p, "Dunmore application.pdf", CHEAP, seed * 10 + 3)
    f1.paper(
        p.doc("mortgage_assistance_application"),
        form710_hand(app, dpi),
        [glass(1.2, holes=True), glass(-1.8, holes=True), glass(2.2, holes=True), glass(-1.0, holes=True)],
    )
    f1.close()
    f2 = ScanFile(p, "SSA letter.pdf", CHEAP, seed * 10 + 4)
    f2.paper(p.doc(ssa.type, ssa.fields), paper_sheets(ssa.paper, dpi), [glass(-2.6, holes=True)])
    f2.close()
    f3 = ScanFile(p, "pension notice.pdf", CHEAP, seed * 10 + 5)
    f3.paper(
        p.doc(pension.type, pension.fields),
        paper_sheets(pension.paper, dpi),
        [glass(1.9, at=(0.1, 0.12), area=(5.75, 8.75))],
    )
    f3.close()
    f4 = ScanFile(p, "obituary.pdf", CHEAP, seed * 10 + 6)
    f4.paper(p.doc(obit.type, obit.fields), paper_sheets(obit.paper, dpi), [glass(-3.4, at=(0.6, 0.5))])
    f4.close()
    return p


def packet_bh3(seed: int) -> Packet:
    """A laid-off stone cutter on unemployment and his wife, a school clerk: Quarrystone's worksheet in ink,
    signed by him only; a notice with a folded corner; her stub saved with /Rotate 180."""
    received = weekday(dt.date(2046, 4, 17))
    addr = ["77 Old Quarry Lane", "Barre, VT 05641"]
    school = Job(
        "Barre Valley Unified School District",
        "Lorraine K. Haverty",
        "semimonthly",
        dt.date(2046, 1, 15),
        0,
        salary=1700.0,
        wh=Withholding(0.06, 0.035, "Vermont income tax", (("Health insurance", 88.4), ("VMERS retirement", 102.0))),
    )
    s_stub, f_stub = stub_statement(
        school,
        dt.date(2046, 3, 30),
        (
            "Barre Valley Unified School District",
            "Business Office - 120 Ayers Street, Barre, VT 05641 - (802) 555-0140",
            Color(0.42, 0.12, 0.16),
        ),
        "E-20715",
        ("Position", "Attendance clerk, Spaulding MS"),
    )
    ui = ui_notice(
        "Vermont",
        "Department of Labor",
        "Gordon P. Haverty",
        addr,
        dt.date(2046, 1, 26),
        417.0,
        "UI-46-0318842",
        dt.date(2046, 1, 21),
        "Granite Shed Stoneworks",
    )
    ui_monthly = r2(417.0 * 52 / 12)
    app = App(
        "2208764153",
        "Gordon P. Haverty",
        "958-31-7702",
        "(802) 555-0131",
        "ghaverty@example.com",
        "77 Old Quarry Lane",
        "Barre",
        "VT",
        "05641",
        "primary_residence",
        ["unemployment"],
        dt.date(2046, 1, 19),
        "short",
        {"unemployment": ui_monthly, "wages": f_stub["monthly_gross"]},
        dt.date(2046, 4, 9),
        co="Lorraine K. Haverty",
        co_ssn="958-31-4410",
        co_signs=False,
        rows={"d": (ui_monthly, 0.0), "a": (0.0, f_stub["monthly_gross"])},
        assets=(612.5, 1500.0),
        seed=seed + 31,
    )
    p = Packet("bh3", received, app, ["application_signature"])
    dpi = BROTHER.dpi
    f1 = ScanFile(p, "Haverty application.pdf", BROTHER, seed * 10 + 7)
    f1.paper(
        p.doc("mortgage_assistance_application"),
        paper_sheets(qms7(app, typed=False), dpi),
        [glass(1.4), glass(-2.0, at=(0.15, 0.1))],
    )
    f1.close()
    f2 = ScanFile(p, "unemployment letter.pdf", BROTHER, seed * 10 + 8)
    f2.paper(p.doc(ui.type, ui.fields), paper_sheets(ui.paper, dpi), [glass(1.7, fold="tr", fold_in=1.05)])
    f2.close()
    f3 = ScanFile(p, "Lorraine paystub.pdf", BROTHER, seed * 10 + 9)
    f3.paper(p.doc("pay_stub", f_stub), paper_sheets(s_stub, dpi), [glass(-1.2, rotate=180)])
    f3.close()
    return p


def packet_bh4(seed: int) -> Packet:
    """A water utility technician who rents out her basement: Quarrystone's worksheet typed and signed in ink,
    its two sheets in two different scan files; a statement scanned sideways; no Form 4506-C."""
    received = weekday(dt.date(2046, 5, 24))
    addr = ["2215 Larkspur Avenue NW", "Rochester, MN 55901"]
    water = Job(
        "Zumbro Valley Water Utility",
        "Annika J. Solberg",
        "biweekly",
        dt.date(2046, 5, 18),
        5,
        28.4,
        (80.0,),
        (("Overtime", 42.6, (0.0, 3.0, 6.0)), ("On-call standby", 2.25, (0.0, 24.0, 48.0))),
        wh=Withholding(0.09, 0.05, "Minnesota tax", (("PERA retirement", 148.2), ("Dental", 12.1))),
    )
    s_stub, f_stub = stub_statement(
        water,
        dt.date(2046, 5, 18),
        (
            "Zumbro Valley Water Utility",
            "4000 East River Road NE, Rochester, MN 55906 - Payroll (507) 555-0150",
            Color(0.05, 0.33, 0.55),
        ),
        "ZV-1187",
        ("Department", "Distribution / Meter Services"),
        style="band",
    )
    debits = (
        ("HY-VEE #1402 POS", 60, 180),
        ("ROCHESTER PUBLIC UTIL", 140, 210),
        ("KWIK TRIP 655", 30, 70),
        ("VERIZON WIRELESS", 70, 95),
        ("CITY OF ROCHESTER WASTE", 28, 36),
        ("TARGET T-1194", 25, 120),
        ("ATM WITHDRAWAL", 40, 100),
    )
    bank = "Zumbro River Federal Credit Union"
    line = "1300 Civic Center Drive NW, Rochester, MN 55901  -  (507) 555-0109  -  Federally insured by NCUA"
    mar = cu_statement(
        bank,
        line,
        "Annika J. Solberg",
        addr,
        "5510048821",
        2046,
        3,
        1318.27,
        [*payroll(water, 2046, 3, "ZUMBRO VALLEY WTR PAYROLL"), (2, "MOBILE DEPOSIT - RENT", 850.0)],
        debits,
        seed + 41,
    )
    apr = cu_statement(
        bank,
        line,
        "Annika J. Solberg",
        addr,
        "5510048821",
        2046,
        4,
        mar.fields["ending_balance"],
        [*payroll(water, 2046, 4, "ZUMBRO VALLEY WTR PAYROLL"), (3, "MOBILE DEPOSIT - RENT", 850.0)],
        debits,
        seed + 42,
    )
    app = App(
        "4407719350",
        "Annika J. Solberg",
        "931-57-2048",
        "(507) 555-0177",
        "asolberg@example.net",
        "2215 Larkspur Avenue NW",
        "Rochester",
        "MN",
        "55901",
        "primary_residence",
        ["increase_in_housing_expenses"],
        dt.date(2046, 1, 1),
        "long",
        {"wages": f_stub["monthly_gross"], "rental": 725.0},
        dt.date(2046, 5, 19),
        rows={"a": (f_stub["monthly_gross"], 0.0), "g": (725.0, 0.0)},
        assets=(940.0, 300.0),
        seed=seed + 41,
    )
    p = Packet("bh4", received, app, ["irs_form_4506c"])
    dpi = LIDE.dpi
    sheets = paper_sheets(qms7(app, typed=True), dpi)
    app_doc = p.doc("mortgage_assistance_application")
    f1 = ScanFile(p, "Solberg scan 1.pdf", LIDE, seed * 10 + 10)
    f1.add(app_doc, 1, sheets[0], glass(-1.3))
    f1.paper(p.doc("pay_stub", f_stub), paper_sheets(s_stub, dpi), [glass(2.2, at=(0.1, 0.15))])
    f1.close()
    f2 = ScanFile(p, "Solberg scan 2.pdf", LIDE, seed * 10 + 11)
    f2.paper(p.doc("bank_statement", mar.fields), paper_sheets(mar.paper, dpi), [glass(1.0, turn=90)])
    f2.paper(p.doc("bank_statement", apr.fields), paper_sheets(apr.paper, dpi), [glass(-1.6)])
    f2.add(app_doc, 2, sheets[1], glass(1.1, at=(0.12, 0.05)))
    f2.close()
    return p


def packet_bh5(seed: int) -> Packet:
    """A divorced claims processor: Form 710 typed and signed in ink, the decree on legal paper, two bank
    statements showing the child support; the whole shuffled stack through a duplex feeder in one file."""
    received = weekday(dt.date(2046, 6, 26))
    addr = ["5120 Brambleton Court", "Smithfield, VA 23430"]
    agency = Job(
        "Harbor Mutual Insurance Agency",
        "Kiara S. Whitcombe",
        "semimonthly",
        dt.date(2046, 1, 5),
        5,
        salary=1937.5,
        wh=Withholding(0.08, 0.045, "Virginia income tax", (("Medical (PPO)", 121.35), ("401(k) 4%", 77.5))),
    )
    s_stub, f_stub = stub_statement(
        agency,
        dt.date(2046, 6, 20),
        (
            "Harbor Mutual Insurance Agency",
            "Claims Center - 900 Commerce Park Drive, Suffolk, VA 23434",
            Color(0.1, 0.27, 0.2),
        ),
        "HM-30482",
        ("Position", "Claims processor II"),
        style="box",
    )
    debits = (
        ("FOOD LION #1121 POS", 55, 160),
        ("DOMINION ENERGY", 120, 190),
        ("WAWA 8841", 25, 60),
        ("T-MOBILE AUTOPAY", 60, 90),
        ("SMITHFIELD KIDS CARE", 180, 180),
        ("DOLLAR TREE", 12, 40),
    )
    support = [(1, "VA DSS SDU CHILD SUPPORT", 325.0), (15, "VA DSS SDU CHILD SUPPORT", 325.0)]
    apr = tidewater_statement(
        "Kiara S. Whitcombe",
        addr,
        "3301847726",
        2046,
        4,
        806.12,
        payroll(agency, 2046, 4, "HARBOR MUTUAL PAYROLL") + support,
        debits,
        seed + 51,
    )
    may = tidewater_statement(
        "Kiara S. Whitcombe",
        addr,
        "3301847726",
        2046,
        5,
        apr.fields["ending_balance"],
        payroll(agency, 2046, 5, "HARBOR MUTUAL PAYROLL") + support,
        debits,
        seed + 52,
    )
    dec = decree(
        "Isle of Wight",
        "Virginia",
        "Kiara S. Whitcombe",
        "Andre M. Whitcombe",
        "CL45-1188",
        dt.date(2046, 2, 27),
        650.0,
        "5120 Brambleton Court, Smithfield, Virginia",
    )
    app = App(
        "6628015497",
        "Kiara S. Whitcombe",
        "988-06-3391",
        "(757) 555-0162",
        "kiara.whitcombe@example.com",
        "5120 Brambleton Court",
        "Smithfield",
        "VA",
        "23430",
        "primary_residence",
        ["divorce_or_separation"],
        dt.date(2045, 9, 12),
        "long",
        {"wages": f_stub["monthly_gross"], "other": 650.0},
        dt.date(2046, 6, 21),
        assets=(530.0, 0.0),
        seed=seed + 51,
    )
    p = Packet("bh5", received, app, [])
    dpi = FEEDER.dpi
    app_doc = p.doc("mortgage_assistance_application")
    d_dec = p.doc(dec.type, dec.fields)
    d_stub = p.doc("pay_stub", f_stub)
    d_may = p.doc("bank_statement", may.fields)
    d_apr = p.doc("bank_statement", apr.fields)
    f = ScanFile(p, "Whitcombe papers.pdf", FEEDER, seed * 10 + 12)
    f.paper(d_dec, paper_sheets(dec.paper, dpi), [fed(1.0), fed(-1.3)], backs={2: fed(1.3, bleed=0.05)})
    f.paper(d_stub, paper_sheets(s_stub, dpi), [fed(1.8)])
    f.paper(d_may, paper_sheets(may.paper, dpi), [fed(-1.0), fed(1.2)])
    f.paper(
        app_doc, form710_typed(app, dpi), [fed(1.5), fed(-1.1), fed(2.0), fed(-1.7)], backs={2: fed(1.1, bleed=0.06)}
    )
    f.paper(d_apr, paper_sheets(apr.paper, dpi), [fed(-2.2), fed(1.4)], order=[2, 1])
    f.close()
    return p


def packet_bh6(seed: int) -> Packet:
    """A track foreman moved to a far rail yard: Form 710 printed blank and filled by hand by both spouses'
    hands, two stubs - one with a sticky note, one stored sideways with /Rotate 90 - and no transfer letter."""
    received = weekday(dt.date(2046, 8, 6))
    rail = Job(
        "Big Sky Rail Maintenance Co.",
        "Trevor J. Ashby",
        "biweekly",
        dt.date(2046, 8, 3),
        5,
        31.15,
        (80.0,),
        (("Overtime", 46.73, (0.0, 4.0, 8.0, 12.0)),),
        wh=Withholding(0.1, 0.047, "Montana income tax", (("BMWED union dues", 42.0), ("Medical plan", 96.8))),
    )
    head = (
        "Big Sky Rail Maintenance Co.",
        "Track Services Division - 1400 Front Street, Glendive, MT 59330",
        Color(0.5, 0.28, 0.05),
    )
    s_aug, f_aug = stub_statement(
        rail, dt.date(2046, 8, 3), head, "BSR-5520", ("Crew", "Gang 14 - track foreman"), style="box"
    )
    s_jul, f_jul = stub_statement(
        rail, dt.date(2046, 7, 20), head, "BSR-5520", ("Crew", "Gang 14 - track foreman"), style="box"
    )
    app = App(
        "8840162275",
        "Trevor J. Ashby",
        "925-63-0847",
        "(406) 555-0119",
        "tashby.rail@example.com",
        "318 Cottonwood Drive",
        "Glendive",
        "MT",
        "59330",
        "primary_residence",
        ["relocation"],
        dt.date(2046, 6, 1),
        "long",
        {"wages": f_aug["monthly_gross"]},
        dt.date(2046, 8, 1),
        co="Nadia R. Ashby",
        co_ssn="925-63-5512",
        assets=(260.0, 900.0),
        seed=seed + 61,
    )
    p = Packet("bh6", received, app, ["hardship_doc:relocation"])
    dpi = CHEAP.dpi
    f1 = ScanFile(p, "TA_0802_1.pdf", CHEAP, seed * 10 + 13)
    f1.paper(
        p.doc("mortgage_assistance_application"),
        form710_hand(app, dpi),
        [glass(1.0), glass(-2.3), glass(1.6), glass(-1.2)],
    )
    f1.close()
    note = Note(4.7, 7.4, ("HR still hasn't sent", "the transfer letter -", "will fax it. Trevor"), angle=3.5)
    f2 = ScanFile(p, "TA_0802_2.pdf", CHEAP, seed * 10 + 14)
    f2.paper(p.doc("pay_stub", f_aug), paper_sheets(s_aug, dpi), [glass(1.4, note=note)])
    f2.paper(p.doc("pay_stub", f_jul), paper_sheets(s_jul, dpi), [glass(-1.8, turn=90, rotate=90)])
    f2.close()
    return p


def packet_bh7(seed: int) -> Packet:
    """A self-employed mobile dog groomer after a flash flood: Quarrystone's worksheet in ink, a signed P&L and a
    hand-filled Form 4506-C, all scanned with the scanner left on its A4 default, the worksheet's sheets flipped."""
    received = weekday(dt.date(2046, 9, 14))
    on = dt.date(2046, 9, 4)
    profit = pnl(
        "Marchetti Mobile Grooming",
        "Rosalind V. Marchetti",
        dt.date(2046, 1, 1),
        dt.date(2046, 8, 31),
        [("Grooming services", 38420.0), ("Add-on services and retail", 2315.5)],
        [
            ("Grooming supplies", 3964.2),
            ("Van fuel", 4102.75),
            ("Van repair after flood", 6880.0),
            ("Business insurance", 1420.0),
            ("Phone and internet", 640.0),
            ("Booking software", 312.0),
        ],
        on,
        seed + 71,
    )
    monthly = r2(profit.fields["net_income"] / 8)
    app = App(
        "3095527718",
        "Rosalind V. Marchetti",
        "962-18-4473",
        "(319) 555-0170",
        "rosalind@marchettigrooming.example",
        "22 Willow Run",
        "Cedar Falls",
        "IA",
        "50613",
        "primary_residence",
        ["disaster"],
        dt.date(2046, 6, 18),
        "short",
        {"self_employment": monthly},
        on,
        rows={"c": (monthly, 0.0)},
        assets=(2210.0, 0.0),
        seed=seed + 71,
    )
    p = Packet("bh7", received, app, [])
    dpi = FLATBED.dpi
    form = paper_sheets(qms7(app, typed=False), dpi)
    tax = form4506c_hand(
        "Rosalind",
        "V",
        "Marchetti",
        app.ssn,
        app.street,
        app.city,
        app.state,
        app.zip,
        app.phone,
        "Quarrystone Mortgage Servicing",
        "(507) 555-0164",
        on,
        2045,
        dpi,
        seed + 72,
    )
    f = ScanFile(p, "Marchetti_docs.pdf", FLATBED, seed * 10 + 15)
    f.paper(p.doc(profit.type, profit.fields), paper_sheets(profit.paper, dpi), [glass(3.5, area=A4_IN)])
    f.paper(
        p.doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}),
        tax,
        [glass(-1.4, area=A4_IN, at=(0.0, 0.05))],
    )
    f.paper(
        p.doc("mortgage_assistance_application"),
        form,
        [glass(-2.7, area=A4_IN, at=(0.0, 0.1)), glass(1.2, area=A4_IN, at=(0.0, 0.04))],
        order=[2, 1],
    )
    f.close()
    return p


def packet_bh8(seed: int) -> Packet:
    """A plant worker whose hours were cut: Form 710 typed and signed in ink; the one pay statement she has,
    from July, scanned twice in the same file; a typed letter whose page carries /Rotate 90; an electric bill."""
    received = weekday(dt.date(2046, 10, 23))
    addr = ["906 Prairie Rose Lane", "Jasper, IN 47546"]
    plant = Job(
        "Dubois County Molded Plastics",
        "Harriet C. Lindqvist",
        "weekly",
        dt.date(2046, 7, 13),
        6,
        16.2,
        (40.0, 36.0, 32.0, 40.0),
        (("Shift differential", 0.75, (40.0, 32.0, 0.0)),),
        wh=Withholding(0.06, 0.0323, "Indiana state tax", (("Dubois County tax", 7.1), ("Vision plan", 3.25))),
    )
    s_stub, f_stub = stub_greenbar(
        plant, dt.date(2046, 7, 13), "2400 Industrial Park Drive, Jasper, IN 47546", "04417", "Molding - 2nd shift"
    )
    letter_on = dt.date(2046, 10, 18)
    hl = typed_letter(
        "Harriet C. Lindqvist",
        addr,
        letter_on,
        ["Quarrystone Mortgage Servicing, LLC", "PO Box 2209", "Mankato, MN 56002"],
        "Re: Loan 0915583046 - request for mortgage assistance",
        [
            "At the end of June the plant cut second shift to three days a week, and my pay dropped "
            "by about a third. I have applied for other jobs but have not found one that pays what I "
            "made before.",
            "I fell behind on my mortgage in August. I would like to keep my home and I am asking for "
            "a modification or any plan that lowers my payment until my hours come back.",
        ],
        seed + 81,
    )
    bill = electric_bill("Harriet C. Lindqvist", addr, dt.date(2046, 10, 5), "20-44817-03", 162.37)
    app = App(
        "0915583046",
        "Harriet C. Lindqvist",
        "914-70-2259",
        "(812) 555-0193",
        "hlindqvist@example.org",
        "906 Prairie Rose Lane",
        "Jasper",
        "IN",
        "47546",
        "primary_residence",
        ["reduction_in_income"],
        dt.date(2046, 6, 29),
        "long",
        {"wages": 2470.0},
        dt.date(2046, 10, 18),
        assets=(145.0, 0.0),
        seed=seed + 81,
    )
    p = Packet("bh8", received, app, ["income_doc:wages"])
    dpi = BROTHER.dpi
    stub = paper_sheets(s_stub, dpi)
    f = ScanFile(p, "Scan_20461019.pdf", BROTHER, seed * 10 + 16)
    f.paper(p.doc("pay_stub", f_stub), stub, [glass(1.4)])
    f.paper(
        p.doc("mortgage_assistance_application"),
        form710_typed(app, dpi),
        [glass(-1.1), glass(1.5), glass(-2.0), glass(1.0)],
    )
    f.paper(p.doc("pay_stub", f_stub), stub, [glass(-2.8, at=(0.3, 0.35))])
    f.paper(p.doc(hl.type, hl.fields), paper_sheets(hl.paper, dpi), [glass(1.3, rotate=90)])
    f.close()
    g = ScanFile(p, "electric bill.pdf", BROTHER, seed * 10 + 17)
    g.paper(p.doc(bill.type, bill.fields), paper_sheets(bill.paper, dpi), [glass(1.1)])
    g.close()
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [
    packet_bh1,
    packet_bh2,
    packet_bh3,
    packet_bh4,
    packet_bh5,
    packet_bh6,
    packet_bh7,
    packet_bh8,
]
CODES = (
    {"application", "application_signature", "irs_form_4506c"}
    | {f"application_field:{n}" for n in REQUIRED_FIELDS}
    | {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    | {f"hardship_doc:{h}" for h in HARDSHIP_PAPERS}
)


def check(
    out: Path, layouts: dict[str, dict[str, list[tuple[int, float, float]]]], scenarios: dict[str, list[str]]
) -> list[str]:
    """Re-read what was written and check it hangs together."""
    problems: list[str] = []
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        if name not in layouts:
            continue
        exp = json.loads(exp_path.read_text())
        say = problems.append
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            say(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year != 2046 or received.weekday() >= 5:
            say(f"{name}: received {received} is not a 2046 weekday")
        if (exp["status"] == "complete") != (not exp["missing"]):
            say(f"{name}: status and missing disagree")
        say_codes = [c for c in exp["missing"] if c not in CODES]
        if say_codes:
            say(f"{name}: unknown codes {say_codes}")
        again = missing_codes(exp["application"], exp["documents"], received)
        if again != sorted(exp["missing"]) or again != sorted(scenarios[name]):
            say(f"{name}: rules on the file give {again}, expected.json {exp['missing']}, story {scenarios[name]}")
        app = exp["application"]
        if app["loan_number"] != exp["loan_number"]:
            say(f"{name}: loan numbers differ")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            say(f"{name}: occupancy or hardship code")
        income = app["income"]
        if not set(income) <= set(INCOMES) | {"total"} or any(v <= 0 for v in income.values()):
            say(f"{name}: income codes or amounts {income}")
        if abs(sum(v for k, v in income.items() if k != "total") - income["total"]) > 0.005:
            say(f"{name}: income total {income['total']} is not the sum of the lines")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            say(f"{name}: co-borrower name and signature disagree")
        if app["signed"] != (app["signed_on"] is not None):
            say(f"{name}: signed and signed_on disagree")
        ssn = app["ssn_last4"]
        if not (len(ssn) == 4 and ssn.isdigit()):
            say(f"{name}: ssn_last4 {ssn}")
        files = sorted(
            p.relative_to(exp_path.parent / "inbox").as_posix()
            for p in (exp_path.parent / "inbox").rglob("*")
            if p.is_file()
        )
        if files != sorted(layouts[name]):
            say(f"{name}: inbox holds {files}, built {sorted(layouts[name])}")
        listed: dict[tuple[str, int], str] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            say(f"{name}: document ids repeat")
        apps = [d for d in exp["documents"] if d["type"] == "mortgage_assistance_application"]
        if len(apps) != 1:
            say(f"{name}: {len(apps)} applications")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                say(f"{name}: type {doc['type']}")
            if not doc["pages"]:
                say(f"{name}: {doc['id']} has no pages")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in listed:
                    say(f"{name}: page {key} listed by {listed[key]} and {doc['id']}")
                listed[key] = doc["id"]
            f = doc["fields"]
            for k, v in f.items():
                if (k.endswith(("_date", "_start", "_end")) or k == "signed_on") and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    say(f"{name}: {doc['id']} monthly_gross")
                start, end = dt.date.fromisoformat(f["period_start"]), dt.date.fromisoformat(f["period_end"])
                if not start <= end or not start <= dt.date.fromisoformat(f["pay_date"]):
                    say(f"{name}: {doc['id']} period and pay date out of order")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    say(f"{name}: {doc['id']} year to date below the current gross")
                if not 0 < f["net_current"] < f["gross_current"]:
                    say(f"{name}: {doc['id']} net pay")
            if doc["type"] == "bank_statement" and f["period_start"] > f["period_end"]:
                say(f"{name}: {doc['id']} statement period")
        for rel, built in layouts[name].items():
            path = exp_path.parent / "inbox" / rel
            reader = PdfReader(path)
            if len(reader.pages) != len(built):
                say(f"{name}: {rel} has {len(reader.pages)} pages, built {len(built)}")
                continue
            for i, page in enumerate(reader.pages, 1):
                if (rel, i) not in listed:
                    say(f"{name}: {rel} page {i} is in no document")
                rotate, w_in, h_in = built[i - 1]
                if int(page.get("/Rotate", 0)) != rotate:
                    say(f"{name}: {rel} page {i} /Rotate {page.get('/Rotate')} != {rotate}")
                box = page.mediabox
                if abs(float(box.width) / 72 - w_in) > 0.02 or abs(float(box.height) / 72 - h_in) > 0.02:
                    say(f"{name}: {rel} page {i} is {box.width}x{box.height} pt, built {w_in}x{h_in} in")
                if page.extract_text().strip():
                    say(f"{name}: {rel} page {i} has a text layer")
                if "/XObject" not in page["/Resources"]:
                    say(f"{name}: {rel} page {i} holds no image")
        for key in listed:
            if key[0] not in layouts[name]:
                say(f"{name}: listed page {key} is in no file")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="re-read what was written and check it")
    ap.add_argument("--only", nargs="*", help="build only these packets (bh1 ..)")
    args = ap.parse_args(argv)
    began = time.perf_counter()
    layouts: dict[str, dict[str, list[tuple[int, float, float]]]] = {}
    scenarios: dict[str, list[str]] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = p.expected()
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        layouts[p.name] = p.layout
        scenarios[p.name] = p.scenario
        pages = sum(len(v) for v in p.layout.values())
        print(
            f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-':<26} {len(exp['documents']):>2} "
            f"documents, {pages:>2} pages in {len(p.files)} file(s)"
        )
    problems = check(args.out, layouts, scenarios) if args.check else []
    if args.check:
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    print(f"{time.perf_counter() - began:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
