"""A holdout set of borrower packets (cp1..cp8) from RURAL AND TRIBAL HOUSEHOLDS, written BLIND: without looking at the
service's code, rules, data files, tests or git history, and without running it, to estimate honestly how it reads
mail from small-town post offices in layouts it has never seen.

    python benchmarks/holdout_packets_cp.py OUT_DIR [--seed N] [--check] [--only cp1 ..]

Written from shared/spec/* (README, checklist, case-report schema, domain-rules §1-2 and §6), shared/samples/*
(README and every expected.json), shared/reference/README.md and the blank IRS Form 4506-C it names,
tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py in full (the scaffold:
signatures, scan noise, invariant reportlab output, expected.json writing, --check) and only the module docstrings of
the other holdout_packets_*.py (to avoid repeating their layouts). Writes OUT_DIR/<packet>/inbox/... and
OUT_DIR/<packet>/expected.json in the samples' format, so `benchmarks/sample_accuracy.py --samples OUT_DIR -v` scores
them. Received dates are weekdays of 2062 (March to November).

THEME. Section 184 (Indian Home Loan Guarantee) borrowers serviced by a tribal-area lender, Two Rivers Tribal
Lending, Inc. (fictional, "Two Rivers Agency, SD"); tribal government payroll (the fictional Sweetgrass Creek Nation
in South Dakota and Red Willow Lake Band in Montana), a tribal per-capita distribution office's letters, an office of
tribal enrollment's certificate, a tribal newspaper's obituary, a tribal court's divorce decree and a tribal health
center's medical statement; farm and ranch families with a Form 1040 + Schedule F, a farmers' cooperative's patronage
notice (1099-PATR strip), a county extension office's drought map, a crop-hail insurer's claim letter; rural electric
co-op linemen (Wolf Creek Rural Electric Cooperative, Big Sandy Valley Electric Cooperative); a USDA-style servicer,
High Plains Rural Housing Servicing Center, with its own form. Packets come by mail: scanned at LOW resolution
(150 dpi grey for single pages, 200 dpi where a sheet carries two reduced form pages), sheets and a statement's pages
OUT OF ORDER, a page DUPLICATED (sent twice), a page fed UPSIDE DOWN (the image itself turned 180 degrees, no
/Rotate), a snapshot of HAIL DAMAGE, a HAND-DRAWN MAP to the ranch and a printed drought map mixed in, HAND-WRITTEN
NOTES in margins (some slightly turned: "Dennis passed in December - obituary enclosed", "storm hit about 6 pm",
"they send this every January", "newest ones I could find - W.K.", "(2nd copy)"). Notes never sit on an answer.

APPLICATION LAYOUT 1 - Two Rivers Tribal Lending "HOMEOWNER ASSISTANCE REQUEST", Form TRTL-LM2 (Rev. 01/2062), two
letter pages, a RULED GRID OF NUMBERED CELLS: every cell has its caption in a shaded band across its top ("1 LOAN
NUMBER", "4 BORROWER - LAST NAME", "5 FIRST NAME", "6 M.I.", "7 SSN - LAST 4 DIGITS"...) and the answer is written in
the box BELOW the caption; fixed-format answers go ONE CHARACTER A SMALL BOX (loan number in 12 boxes filled from the
left so two stay empty, SSN last 4, state 2, ZIP 5, dates as MM / DD / YYYY boxes). Dark section bars A BORROWER, B
THE HOME, C HARDSHIP, D MONTHLY INCOME, E ASSETS, F CERTIFICATION AND SIGNATURES. Page 1: 1 loan number | 2 Section
184 case number ("184-0062-44107", a distractor) | 3 tribe or nation of enrollment; the NAME SPLIT into cells 4 LAST
(multi-word surnames such as "Standing Elk") | 5 FIRST | 6 M.I., same for the co-borrower (8-11); 12 phone, 13
e-mail; 14 property street (BIA / county routes), 15 city, 16 state, 17 ZIP, 18 county, 19 a MAILING P.O. BOX
different from the property (distractor); 20 land status (tribal trust / allotted / fee simple, distractor) and 21
how the home is used - three sub-captions, each with an X box beneath (principal residence / second or seasonal home
/ rented to others -> occupancy); ten hardship cells 22..31 in two rows of five, each caption over an X box, in the
checklist's order (job loss, less income, higher housing costs, disaster, illness, divorce, separation not married,
death, distant transfer, other); 32 date hardship began (MM DD YYYY boxes); 33 duration (three X boxes); 34 explain.
Page 2: the loan number repeated in boxes at the top right; income as EIGHT CELLS in two rows of four, caption above
and "$ amount" below (35 wages; 36 self-employment, farm or ranch (Sch. C or F); 37 unemployment; 38 taxable Social
Security, pension, disability, assistance; 39 non-taxable SS / SSI / disability; 40 rents and leases incl. grazing and
farm leases; 41 investment or insurance; 42 OTHER: TRIBAL PER-CAPITA, child support, alimony), 43 TOTAL, 44 people
in household and 45 children under 18 (distractors); E assets 46-48; F certification, then cell 49 borrower's
signature beside 50 DATE SIGNED boxes, 51 co-borrower's signature beside 52; an empty "FOR TRTL USE ONLY" block with
a DATE RECEIVED cell (distractor). Filled three ways: typed on screen in Courier with the signature drawn as vector
strokes and the date typed in the boxes (cp1, cp8 - born digital, text layer); typed, printed, signed in ink with the
date boxes LEFT EMPTY and faxed (cp4); every answer hand-printed in capitals, boxes crossed by hand, scanned (cp3).

APPLICATION LAYOUT 2 - High Plains Rural Housing Servicing Center "APPLICATION FOR PAYMENT ASSISTANCE OR LOAN WORKOUT",
Form HP-3550-9 (01-62), four letter pages in LARGE type (12 pt) because the center mails it printed TWO PAGES TO A
SHEET: each landscape letter sheet carries two portrait pages reduced to 64.7 % side by side, [1 | 2] then [3 | 4]
(sheet = one PDF page, so the application is two PDF pages). "Item n." questions each on one line with the answer
written on a ruled line UNDER it. Page 1 PART A: Item 1 account (loan) number, 2 borrower's full name (natural
order, one line), 3 SSN last four, 4 co-borrower's full name, 5 co-borrower's SSN last four, 6 telephone; PART B: 7
street or rural route, 8 "City or town, State and ZIP code" on ONE line, 9 mailing address if different, 10 "Do you
live in this house as your home? [ ] Yes [ ] No" and 11 "If No, the house is: [ ] a second or seasonal home [ ]
rented to others" (occupancy from a yes/no question). Page 2 PART C: Item 12 a YES | NO table with a box in each
column for each of ten causes (in the checklist's order) - hardship types are the rows marked YES; 13 date the
hardship began (mm/dd/yyyy); 14 "more than six months?" Yes / No / It is already over (long / short / resolved); 15
three lines of explanation. Page 3 PART D: a SOURCE CODES legend (W wages, F farm / ranch / other self-employment, U
unemployment, T taxable SS / pension / disability / assistance, N non-taxable SS / SSI / disability, R rent, land,
grazing or crop-share leases, I investment or insurance, O other - per-capita, child support, alimony) and a HOUSEHOLD
INCOME TABLE, one row per source: Household member | Relation | Code | Paid by / source | Per month $; the expected
income per code is the SUM OF THE ROWS with that code (cp7 has two F rows, husband's ranch and wife's egg sales), the
total is Item 17's printed total; Item 18 cash in accounts and 19 people in the house are distractors. Page 4 PART E:
certification, "Signature of borrower ____ Date (month / day / year) ____", the same for the co-borrower; PART F an
empty "for servicing center use only" box. Filled three ways: typed in the PDF and PRINTED TO PDF by a driver "2
pages per sheet" (cp5: born digital, text layer kept, signature drawn, date typed); typed, printed 2-up, signed and
dated in ink by both, scanned at 200 dpi (cp7); hand-written in capitals, boxes crossed, 2-up, scanned at 200 dpi
(cp2, cp6).

PAY: a rural electric co-op's bi-weekly "EARNINGS STATEMENT" for a line crew (orange rule, caption cells EMPLOYEE |
EMP. NO. | POSITION | HEADQUARTERS | CHECK DATE, "Pay period ... to ...  Frequency: Bi-weekly (26 per year)", codes
REG / OT / CALL / STBY with hours, rate, current and YTD, a list of OUTAGE TICKETS charged, taxes and deductions,
three shaded total boxes, and a DIRECT DEPOSIT ADVICE below a dashed tear line); a tribal government's semi-monthly
"EMPLOYEE PAY STATEMENT" (nation's name in serif capitals, eight labelled boxes incl. "Pay period number 4 of 24",
earnings and deductions side by side, "State income tax EXEMPT - enrolled member residing in Indian country", a LEAVE
BALANCES box with annual / sick / cultural leave hours, Gross | Total deductions | Net with Current and Year to date);
a farmers' cooperative elevator's weekly "PAYROLL CHECK STUB" (regular and harvest overtime hours). The employer is
the co-op or the nation/band as printed; every YTD figure is the sum of that year's checks.
STATEMENTS: Prairie Sentinel State Bank (two pages: holder lines incl. "DBA HAUGEN FARMS", a SUMMARY OF YOUR ACCOUNT box
"Previous balance / n deposits / n checks paid / n other debits / NEW BALANCE", DEPOSITS, CHECKS PAID by number and
OTHER DEBITS as separate lists, page 2 a three-column DAILY BALANCE table and "Ending balance"; account shown as
"44-XXXX-9258"); Lone Butte Federal Credit Union (one page, SHARE DRAFT register opened by BALANCE FORWARD, withdrawal
/ deposit / balance columns, TOTALS / ENDING BALANCE). OTHER PAPERS: typed hardship letters (signed in ink when
mailed), hand-written letters on a ruled tablet page, a per-capita distribution office's verification letter
($ per month, "paid monthly on the 20th", taxable, 1099-MISC) typed as benefit_award_letter with benefit_type
"other" because the application claims it on the OTHER line; an enrollment certificate ("verifies membership only",
other); a tribal weekly's obituary with a photo box; a tribal court's two-page FINAL DECREE OF DISSOLUTION OF MARRIAGE
with caption, case number, child support and a certified-copy seal (scanned); an SSA SSI notice for a son with his
mother as payee (benefits_nontaxable); a tribal health center's medical statement with no medical detail; a farm
mutual's hail-claim acknowledgment, a co-op NOTICE OF PATRONAGE ALLOCATION with a 1099-PATR box strip, a county
extension office's township drought map, a hail-damage snapshot taped to a sheet with a hand caption, a hand-drawn
map (all "other"); Form 1040 pages 1-2 (SSNs masked, signed in ink by both spouses) with Schedule F (Profit or Loss
From Farming) as ONE three-page tax_return (tax_year 2061, form 1040; no "Page x of y" on it); a typed year-to-date
P&L of a hay and horse-boarding business, certified, signed and dated in ink; page 1 of the real IRS Form 4506-C
typed over, signed and dated in ink, scanned; Two Rivers' own "Loss Mitigation Document Checklist" returned with
ticks (other; full of document words); a housing authority's fax cover and the mailroom's Code 128 "LOAN <number>"
separator sheet (neither is a document).

PACKETS (C complete, I incomplete; received date; delivery):
- cp1 C 2062-03-14 (Tue): loose born-digital files "<loan> ...pdf"; TRTL-LM2 typed on screen by a lineman and his
  wife (both sign); his co-op stub (no overtime since November) and her Sweetgrass Creek Nation statement, wages =
  the two monthly figures added; reduction in income needs no papers; unsigned typed letter; enrollment certificate
  and the returned checklist (other).
- cp2 I irs_form_4506c 2062-07-14 (Fri): ONE 200 dpi grey mailroom scan "MAILROOM_20620714_0031.pdf" without
  separator or loan number in the name: the hand-written HP-3550-9 2-up with sheet [3 | 4] FIRST (application pages
  2, 1), the June statement's page 2 before its page 1 (pages 4, 3), the hail snapshot, the May statement, the wife's
  elevator stub with a margin note, the 1040 + Schedule F, the insurer's letter, the patronage notice with a note.
  Farm self-employment is documented by the two consecutive statements, but self-employment needs a signed 4506-C.
- cp3 C 2062-04-25 (Tue): a loan folder with two 150 dpi scans SCAN_0001 (TRTL-LM2 hand-printed by a widow, with a
  margin note; the obituary; a hand-written letter) and SCAN_0002 (her tribal pay statement, the per-capita letter
  dated 29 days before receipt, and the obituary AGAIN - a second copy, listed as its own obituary document). Death
  is documented; wages by the stub; other (per-capita) by the letter. No co-borrower.
- cp4 I application_signature 2062-05-17 (Wed): ONE 200 dpi black-and-white FAX from the housing authority behind its
  cover sheet, no loan number in the file name: TRTL-LM2 typed and printed, SIGNED in ink but the DATE SIGNED boxes
  EMPTY (signed false, signed_on null), two semi-monthly stubs (the second FED UPSIDE DOWN), the son's SSI notice with
  a margin note, a typed letter signed in ink. Higher housing costs need no papers.
- cp5 C 2062-08-16 (Wed): a loan folder of e-mailed born-digital files: the HP-3550-9 printed to PDF 2-up, a Red
  Willow Lake Band stub, June and July credit-union statements showing the band's child support deposits (other
  income), the tribal court's decree as a 150 dpi scan (divorce), a typed letter.
- cp6 I income_doc:wages 2062-09-21 (Thu): ONE 200 dpi grey scan "BATCH_0921_07.pdf" behind a separator sheet:
  hand-written HP-3550-9 2-up, the lineman's two stubs paid 2062-05-05 and 2062-05-19 (139 and 125 days old: stale),
  between them the hand-drawn map, the wife's signed P&L through 2062-08-31 (self-employment), the hand-written
  letter UPSIDE DOWN, a signed 4506-C, ONE August statement (not two), and the May 19 stub AGAIN (duplicate, listed
  as a second pay_stub). Disaster needs no papers.
- cp7 C 2062-10-19 (Thu): loose scans "VOSS_<loan>_01.pdf".."_06.pdf": the HP-3550-9 typed, printed 2-up and signed
  and dated in ink by both (200 dpi), August and September ranch statements (150 dpi; ranch and pasture-lease
  deposits cover self-employment and rental), a signed 4506-C, a typed letter signed by both with a margin note,
  the drought map.
- cp8 I income_doc:other 2062-11-13 (Mon): loose "<loan>_..." files: TRTL-LM2 typed on screen (born digital), one
  scan with the two October stubs newest first, the per-capita letter dated 2062-01-12 (305 days old: stale) with a
  margin note, and the health center's medical statement (illness documented).

Expected values come from what is printed or written: names in natural order ("Verna L. Standing Elk"), the
property address on one line (street, city, state ZIP), occupancy and hardships from the marked boxes / YES rows,
income per code as stated (summed over HP rows), signed = signature AND date present. Status and missing codes are
not written by hand: `missing_codes` applies shared/spec/checklist.md to the values drawn (a per-capita letter counts
as "another document showing amount and frequency" for other income; a fresh signed P&L for self-employment; every
income document within 90 days of receipt; two statements of consecutive months of one account). `--check`
validates every expected.json (keys, codes, weekday 2062 dates, that every listed page exists and belongs to one
document, that only a separator or cover sheet is left unlisted, that `scanned` matches the absence of a text layer)
and that the rules give each scenario's codes. Same seed, same bytes: reportlab invariant mode, seeded noise, fixed
pypdf identifiers. All people, tribes, employers, banks and servicers are fictional; SSNs use the 900-999 area and only
their last four digits are printed (the 4506-C carries the full synthetic number as that form requires); every page
carries a faint "synthetic test document" line.
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
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import ArrayObject, ByteStringObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
PRINT_FONT = FONT_DIR / "dejavu/DejaVuSansCondensed-Oblique.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
YEAR = 2062

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


# --- drawing primitives -------------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand (or, on screen, typed): "sig" a signature; "hand" hand-written text; "x" a
    hand-drawn cross in a box w points wide; "note" a margin note that exists only on paper (never on screen).
    x, y: PDF points from the page's bottom-left (a text's baseline start, a box's bottom-left corner)."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1
    angle: float = 0.0


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
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])
    return strokes


def cross_path(seed: int, w: float) -> list[list[tuple[float, float]]]:
    """A hand-drawn X filling most of a w x w box."""
    rng = random.Random(seed)
    a = [(w * rng.uniform(0.12, 0.22), w * rng.uniform(0.78, 0.9)), (w * rng.uniform(0.78, 0.9),
                                                                         w * rng.uniform(0.1, 0.2))]
    b = [(w * rng.uniform(0.12, 0.2), w * rng.uniform(0.1, 0.2)), (w * rng.uniform(0.8, 0.9),
                                                                       w * rng.uniform(0.8, 0.9))]
    return [a, b]


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
    """Marks made on screen: signatures as vector strokes, text typed in Courier, crosses typed as X."""
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "hand":
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)
        elif m.kind == "x":
            c.setFont("Courier-Bold", m.w + 1)
            c.drawCentredString(m.x + m.w / 2, m.y + m.w * 0.15, "X")


def paper_pdf(paper: Paper, screen_marks: bool = True, creator: str = "holdout_packets_cp") -> bytes:
    """The born-digital PDF of a paper; marks typed / drawn on screen when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_cp"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def two_up_pdf(single: bytes, tag: str) -> bytes:
    """A print driver's "2 pages per sheet": each pair of portrait letter pages reduced to 64.7 % and set side by
    side on one landscape letter sheet, [1 | 2], [3 | 4] ... The text layer survives (smaller)."""
    reader = PdfReader(io.BytesIO(single))
    writer = PdfWriter()
    lw, lh = landscape(letter)
    s = (lw / 2) / W
    oy = (lh - H * s) / 2
    pages = list(reader.pages)
    for i in range(0, len(pages), 2):
        sheet = PageObject.create_blank_page(width=lw, height=lh)
        for k, src in enumerate(pages[i:i + 2]):
            sheet.merge_transformed_page(src, Transformation().scale(s, s).translate(k * lw / 2, oy))
        writer.add_page(sheet)
    return fixed_pypdf_bytes(writer, tag)


# --- scanning -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 150
    tilt: float = 0.3
    blur: float = 0.5
    noise: float = 0.0006
    fax: bool = False


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def _hand_text(img: Image.Image, m: Mark, scale: float, page_h: float, fill: int) -> None:
    """Hand-written text, letter by letter with a little jitter; turned by m.angle degrees when asked."""
    rng = random.Random(m.seed)
    font = _font(HAND_FONT if m.kind != "note" else PRINT_FONT, round(m.size * scale))
    if not m.angle:
        draw = ImageDraw.Draw(img)
        x = m.x * scale
        for ch in m.text:
            dy = rng.uniform(-0.8, 0.8) * scale
            draw.text((x, (page_h - m.y) * scale + dy), ch, fill=fill, font=font, anchor="ls")
            x += font.getlength(ch) * rng.uniform(0.95, 1.08)
        return
    width = int(font.getlength(m.text) * 1.1) + 10
    height = int(m.size * scale * 1.8) + 10
    tile = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(tile)
    x = 4.0
    for ch in m.text:
        dy = rng.uniform(-0.8, 0.8) * scale
        draw.text((x, height * 0.7 + dy), ch, fill=fill, font=font, anchor="ls")
        x += font.getlength(ch) * rng.uniform(0.95, 1.08)
    turned = tile.rotate(m.angle, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
    px = min(max(0, round(m.x * scale)), img.size[0] - turned.size[0])
    py = min(max(0, round((page_h - m.y) * scale - turned.size[1])), img.size[1] - turned.size[1])
    region = img.crop((px, py, px + turned.size[0], py + turned.size[1]))
    img.paste(ImageChops.darker(region, turned), (px, py))


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "x":
            width = max(2, round(1.2 * scale))
            for stroke in cross_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=30, width=width)
        else:
            _hand_text(img, m, scale, page_h, 40 if m.kind == "hand" else 70)


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


def render_pages(pdf: bytes, dpi: float) -> list[tuple[Image.Image, float]]:
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


def paper_print(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The printed paper (no marks) and each page's marks, to be put on in ink."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def scan_paper(paper: Paper, style: Scan, seed: int, flip: Sequence[int] = (),
               extra: dict[int, list[Mark]] | None = None) -> list[ScannedPage]:
    """Print a paper, put on its ink (and any margin notes in extra, by page index), and scan the sheets;
    the pages whose index is in flip went through the feeder upside down (the image itself is turned)."""
    pdf, marks = paper_print(paper)
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] + (extra or {}).get(i, []), style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        out = degrade(img, style, seed * 31 + i)
        if i in flip:
            out = out.rotate(180)
        sheets.append(ScannedPage(out, size))
    return sheets


def two_up_scan(paper: Paper, style: Scan, seed: int, extra: dict[int, list[Mark]] | None = None,
                sheet_order: Sequence[int] | None = None) -> list[ScannedPage]:
    """The printed 2-up booklet of a paper: its pages filled in ink at full size, then copied 2 pages per
    landscape sheet ([1 | 2], [3 | 4]) and scanned; sheet_order gives the order the sheets were fed."""
    pdf, marks = paper_print(paper)
    lw, lh = landscape(letter)
    s = (lw / 2) / W
    hi = style.dpi * s * 2
    halves = []
    for i, (img, page_h) in enumerate(render_pages(pdf, hi)):
        ink_on_image(img, marks[i] + (extra or {}).get(i, []), hi / 72, page_h)
        target = (round(img.size[0] / 2), round(img.size[1] / 2))
        halves.append(img.resize(target, Image.Resampling.LANCZOS))
    sheets = []
    sw, sh = round(lw / 72 * style.dpi), round(lh / 72 * style.dpi)
    for n, i in enumerate(range(0, len(halves), 2)):
        canvas = Image.new("L", (sw, sh), 255)
        for k, half in enumerate(halves[i:i + 2]):
            canvas.paste(half, (k * sw // 2, (sh - half.size[1]) // 2))
        draw = ImageDraw.Draw(canvas)
        draw.line([(sw // 2, 20), (sw // 2, sh - 20)], fill=200, width=1)  # the fold
        sheets.append(ScannedPage(degrade(canvas, style, seed * 37 + n), (lw, lh)))
    if sheet_order is not None:
        sheets = [sheets[i] for i in sheet_order]
    return sheets


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if sheet.image.mode == "1" or style.fax:
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=72)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def storm_photo(seed: int, width: int = 900, height: int = 620) -> Image.Image:
    """A grey snapshot of a hail-stripped machine shed: sky, a field, the shed with holes in its roof and a
    bent door, hailstones in the grass - drawn, then grained like a drugstore print."""
    rng = random.Random(seed)
    img = Image.new("L", (width, height), 255)
    d = ImageDraw.Draw(img)
    horizon = int(height * 0.55)
    for y in range(horizon):
        d.line([(0, y), (width, y)], fill=int(150 + 60 * y / horizon))
    for _ in range(9):  # storm clouds
        cx, cy, r = rng.randrange(width), rng.randrange(horizon // 2), rng.randrange(50, 140)
        d.ellipse([cx - r * 2, cy - r // 2, cx + r * 2, cy + r // 2], fill=rng.randrange(90, 130))
    for y in range(horizon, height):
        d.line([(0, y), (width, y)], fill=int(120 - 40 * (y - horizon) / (height - horizon)))
    x0, x1, base = int(width * 0.22), int(width * 0.78), int(height * 0.8)
    top = int(height * 0.42)
    d.polygon([(x0, base), (x0, top + 40), (x1, top + 40), (x1, base)], fill=175, outline=60)
    d.polygon([(x0 - 20, top + 40), ((x0 + x1) // 2, top - 40), (x1 + 20, top + 40)], fill=150, outline=50)
    for i in range(x0, x1, 14):  # steel ribs
        d.line([(i, top + 40), (i, base)], fill=150)
    for _ in range(22):  # holes torn in the roof
        hx = rng.randrange(x0, x1)
        frac = abs(hx - (x0 + x1) / 2) / ((x1 - x0) / 2)
        hy = int(top - 40 + frac * 80 + rng.randrange(-4, 14))
        d.ellipse([hx - 6, hy - 4, hx + 6, hy + 4], fill=40)
    d.polygon([(int(width * 0.42), base), (int(width * 0.44), int(height * 0.55)), (int(width * 0.58),
               int(height * 0.57)), (int(width * 0.57), base)], fill=95, outline=30)  # the bent door
    for _ in range(380):  # hailstones in the grass
        hx, hy = rng.randrange(width), rng.randrange(base, height)
        d.ellipse([hx - 2, hy - 2, hx + 2, hy + 2], fill=235)
    img = img.filter(ImageFilter.GaussianBlur(1.2))
    px = img.load()
    for _ in range(width * height // 25):
        x, y = rng.randrange(width), rng.randrange(height)
        px[x, y] = max(0, min(255, px[x, y] + rng.randrange(-35, 35)))
    return img


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
    state: float = 0.0
    state_note: str = ""  # printed on the state line when nothing is withheld
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145)}
        if self.state:
            out["State income tax"] = r2(gross * self.state)
        return out


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


def pay_history(pay_date: dt.date, frequency: str) -> list[dt.date]:
    """Every pay date of pay_date's year up to pay_date, oldest first."""
    if frequency == "semimonthly":
        out = []
        for month in range(1, pay_date.month + 1):
            last = (dt.date(pay_date.year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
            out += [dt.date(pay_date.year, month, 15), dt.date(pay_date.year, month, last)]
        return [d for d in out if d <= pay_date]
    step = dt.timedelta(days=7 if frequency == "weekly" else 14)
    out = [pay_date]
    while (out[-1] - step).year == pay_date.year:
        out.append(out[-1] - step)
    return out[::-1]


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
                ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def lineman_stub(coop: str, address: str, employee: str, emp_no: str, position: str, hq: str, pay_date: dt.date,
                 rate: float, wh: Withholding, key: int, overtime: bool = True) -> Stub:
    """A rural electric cooperative's bi-weekly earnings statement for a line crew: REG / OT / CALL / STBY
    codes, the outage tickets charged, a direct-deposit advice torn along a dashed line at the foot."""
    checks = []
    for d in pay_history(pay_date, "biweekly"):
        rr = random.Random(f"{emp_no}{d}{key}")
        lines = {"REG": (80.0, rate, r2(80 * rate))}
        ot = rr.choice([0.0, 6.0, 9.5, 14.0, 21.5]) if overtime else 0.0
        call = rr.choice([0.0, 0.0, 4.0, 7.5]) if overtime else 0.0
        if ot:
            lines["OT"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        if call:
            lines["CALL"] = (call, r2(rate * 2), r2(call * rate * 2))
        if rr.random() < 0.5:
            lines["STBY"] = (1.0, 175.0, 175.0)
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    names = {"REG": "Regular", "OT": "Overtime 1.5", "CALL": "Call-out 2.0", "STBY": "Standby week"}
    rr = random.Random(f"{emp_no}{pay_date}tickets")
    tickets = [(f"OT-{YEAR % 100}-{rr.randrange(1000, 9999)}", rr.choice(["Feeder 3 - Hwy 20 east",
                                                                          "Feeder 7 - Bear Butte tap",
                                                                          "Sub 2 - Cutbank Rd",
                                                                          "Feeder 5 - Agency loop"]),
                rr.choice([2.5, 3.0, 4.0, 5.5])) for _ in range(rr.randint(2, 4))]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.85, 0.55, 0.05))
        c.rect(40, 738, 532, 4, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 746 + 4, coop.upper())
        c.setFont("Helvetica", 8)
        c.drawString(40, 726, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 718, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 707, "Pay group: LINE CREW - paid bi-weekly")
        y = 676
        caps = [("EMPLOYEE", employee, 140), ("EMP. NO.", emp_no, 50), ("POSITION", position, 110),
                ("HEADQUARTERS", hq, 132), ("CHECK DATE", mdy(pay_date), 100)]
        x = 40.0
        for cap, val, wd in caps:
            c.setLineWidth(0.5)
            c.rect(x, y, wd, 24, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, y + 16, cap)
            c.setFont("Helvetica", 9)
            c.drawString(x + 3, y + 4, val)
            x += wd
        c.setFont("Helvetica", 9)
        c.drawString(40, y - 16, f"Pay period: {mdy(start)} to {mdy(end)}        Frequency: Bi-weekly (26 per year)")
        y -= 44
        c.setFont("Helvetica-Bold", 8)
        for xx, t in ((40, "CODE"), (80, "DESCRIPTION")):
            c.drawString(xx, y, t)
        for xx, t in ((300, "HOURS"), (370, "RATE"), (460, "CURRENT"), (570, "YEAR TO DATE")):
            c.drawRightString(xx, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 17
        c.setFont("Helvetica", 9)
        for code in ("REG", "OT", "CALL", "STBY"):
            if code not in ytd:
                continue
            hrs, rt, amt = ch.lines.get(code, (0.0, 0.0, 0.0))
            c.drawString(40, y, code)
            c.drawString(80, y, names[code])
            if hrs:
                c.drawRightString(300, y, f"{hrs:.2f}" if code != "STBY" else "1 wk")
                c.drawRightString(370, y, money(rt))
                c.drawRightString(460, y, money(amt))
            c.drawRightString(570, y, money(ytd[code]))
            y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(80, y, "GROSS EARNINGS")
        c.drawRightString(460, y, money(ch.gross))
        c.drawRightString(570, y, money(ytd["GROSS"]))
        y -= 26
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "OUTAGE TICKETS / WORK ORDERS CHARGED THIS PERIOD")
        c.line(40, y - 4, 330, y - 4)
        y -= 15
        c.setFont("Helvetica", 8)
        for t, feeder, hrs in tickets:
            c.drawString(40, y, t)
            c.drawString(110, y, feeder)
            c.drawRightString(330, y, f"{hrs:.1f} hrs")
            y -= 11
        y -= 16
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(460, y, "CURRENT")
        c.drawRightString(570, y, "YEAR TO DATE")
        c.line(40, y - 4, 572, y - 4)
        y -= 17
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(40, y, k)
            c.drawRightString(460, y, money(v))
            c.drawRightString(570, y, money(ytd[k]))
            y -= 14
        if wh.state_note:
            c.drawString(40, y, f"State income tax - {wh.state_note}")
            c.drawRightString(460, y, "0.00")
            c.drawRightString(570, y, "0.00")
            y -= 14
        y -= 10
        heads = (("GROSS PAY", ch.gross, ytd["GROSS"]), ("TAXES + DEDUCTIONS", r2(ch.gross - net),
                                                          r2(ytd["GROSS"] - ytd["NET"])), ("NET PAY", net, ytd["NET"]))
        for i, (k, cur, yy) in enumerate(heads):
            x = 40 + i * 178
            c.setFillGray(0.9)
            c.rect(x, y - 40, 176, 40, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 5, y - 11, k)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 5, y - 24, "This period")
            c.drawRightString(x + 170, y - 24, money(cur))
            c.drawString(x + 5, y - 35, "Year to date")
            c.drawRightString(x + 170, y - 35, money(yy))
        c.setDash(4, 3)
        c.line(30, 170, 582, 170)
        c.setDash()
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, 148, "DIRECT DEPOSIT ADVICE")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 134, "NON-NEGOTIABLE - THIS IS NOT A CHECK")
        c.drawString(40, 112, f"Deposited for {employee}")
        c.drawString(40, 99, f"Account ****{emp_no[-2:]}{emp_no[:2]}   Advice no. {pay_date.strftime('%y%j')}{emp_no}")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 112, f"${money(net)}")
        return []

    return Stub(Paper([page]), stub_fields(coop, employee, ch, start, end, "biweekly", ytd["GROSS"], net), pay_date)


def tribal_stub(nation: str, office: str, employee: str, emp_id: str, dept: str, position: str, pay_date: dt.date,
                salary: float, wh: Withholding) -> Stub:
    """A tribal government's semi-monthly pay statement: labelled boxes, earnings and deductions side by side,
    leave balances, a state-tax line marked exempt for an enrolled member living in Indian country."""
    checks = [Check(d, {"Regular salary": (0.0, 0.0, salary)}) for d in pay_history(pay_date, "semimonthly")]
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start = pay_date.replace(day=1 if pay_date.day == 15 else 16)
    net = net_of(ch, wh)
    n_checks = len(checks)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 742, nation.upper())
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 729, office)
        c.setLineWidth(1.2)
        c.rect(206, 694, 200, 22, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 701, "EMPLOYEE PAY STATEMENT")
        c.setLineWidth(0.5)
        boxes = [("Employee name", employee), ("Employee ID", emp_id), ("Department / program", dept),
                 ("Position", position), ("Pay schedule", "SEMI-MONTHLY (24 pay periods)"),
                 ("Pay period", f"{mdy(start)} - {mdy(pay_date)}"), ("Pay date", mdy(pay_date)),
                 ("Pay period number", f"{n_checks} of 24")]
        for i, (k, v) in enumerate(boxes):
            col, row = i % 2, i // 2
            x, y = 46 + col * 262, 660 - row * 30
            c.rect(x, y, 258, 28, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 19, k.upper())
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x + 4, y + 6, v)
        top = 520
        c.rect(46, top - 130, 258, 130, stroke=1, fill=0)
        c.rect(308, top - 130, 258, 130, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, top - 13, "EARNINGS")
        c.drawRightString(235, top - 13, "CURRENT")
        c.drawRightString(300, top - 13, "YTD")
        c.drawString(312, top - 13, "DEDUCTIONS")
        c.drawRightString(497, top - 13, "CURRENT")
        c.drawRightString(562, top - 13, "YTD")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, top - 30, "Regular salary")
        c.drawRightString(235, top - 30, money(ch.gross))
        c.drawRightString(300, top - 30, money(ytd["GROSS"]))
        y = top - 30
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(312, y, k)
            c.drawRightString(497, y, money(v))
            c.drawRightString(562, y, money(ytd[k]))
            y -= 13
        if wh.state_note:
            c.drawString(312, y, "State income tax")
            c.drawRightString(497, y, "EXEMPT")
            c.setFont("Helvetica", 6.5)
            c.drawString(312, y - 9, wh.state_note)
            c.setFont("Helvetica", 8.5)
        c.rect(46, top - 210, 258, 70, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, top - 153, "LEAVE BALANCES (HOURS)")
        c.setFont("Helvetica", 8.5)
        rr = random.Random(f"{emp_id}{pay_date}")
        for i, (k, v) in enumerate((("Annual leave", rr.randrange(20, 140) + 0.5),
                                    ("Sick leave", rr.randrange(30, 200) + 0.25),
                                    ("Cultural / ceremonial leave", float(rr.choice([8, 16, 24]))))):
            c.drawString(50, top - 168 - 12 * i, k)
            c.drawRightString(300, top - 168 - 12 * i, f"{v:.2f}")
        y = top - 250
        for i, (k, cur, yy) in enumerate((("GROSS PAY", ch.gross, ytd["GROSS"]),
                                          ("TOTAL DEDUCTIONS", r2(ch.gross - net), r2(ytd["GROSS"] - ytd["NET"])),
                                          ("NET PAY", net, ytd["NET"]))):
            x = 46 + i * 174
            c.setFillColor(Color(0.9, 0.93, 0.88))
            c.rect(x, y, 172, 44, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(x + 86, y + 33, k)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 6, y + 19, "Current")
            c.drawRightString(x + 166, y + 19, money(cur))
            c.drawString(x + 6, y + 6, "Year to date")
            c.drawRightString(x + 166, y + 6, money(yy))
        c.setFont("Helvetica", 7.5)
        c.drawString(46, y - 22, "Net pay is deposited by the Nation's Office of the Treasurer. Keep this statement "
                                 "for "
                                 "your records.")
        return []

    return Stub(Paper([page]), stub_fields(nation, employee, ch, start, pay_date, "semimonthly", ytd["GROSS"], net),
                pay_date)


def elevator_stub(coop: str, address: str, employee: str, emp_no: str, location: str, pay_date: dt.date,
                  rate: float, wh: Withholding, key: int) -> Stub:
    """A farmers' cooperative elevator's weekly pay stub: a plain ruled box, hours regular and harvest overtime."""
    checks = []
    for d in pay_history(pay_date, "weekly"):
        rr = random.Random(f"{emp_no}{d}{key}")
        lines = {"Regular hours": (40.0, rate, r2(40 * rate))}
        ot = rr.choice([0.0, 0.0, 2.0, 4.5]) if d.month not in (7, 8, 9, 10) else rr.choice([4.0, 6.5, 9.0])
        if ot:
            lines["Overtime (harvest)"] = (ot, r2(rate * 1.5), r2(ot * rate * 1.5))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(56, 736, coop.upper())
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(56, 724, "Grain  -  Agronomy  -  Energy  -  Feed")
        c.setFont("Helvetica", 8)
        c.drawString(56, 713, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(556, 736, "PAYROLL CHECK STUB")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(556, 724, "Paid weekly")
        c.setLineWidth(1)
        c.rect(56, 420, 500, 280, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        info = [("Employee", employee), ("Employee no.", emp_no), ("Location", location),
                ("Week worked", f"{mdy(start)} through {mdy(end)}"), ("Check date", mdy(pay_date))]
        y = 684
        for k, v in info:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(64, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(150, y, v)
            y -= 13
        y -= 6
        c.line(56, y + 4, 556, y + 4)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(64, y - 8, "EARNINGS")
        for xx, t in ((300, "HOURS"), (360, "RATE"), (450, "THIS CHECK"), (548, "YEAR TO DATE")):
            c.drawRightString(xx, y - 8, t)
        y -= 22
        c.setFont("Helvetica", 9)
        for k, (hrs, rt, amt) in ch.lines.items():
            c.drawString(64, y, k)
            c.drawRightString(300, y, f"{hrs:.2f}")
            c.drawRightString(360, y, money(rt))
            c.drawRightString(450, y, money(amt))
            c.drawRightString(548, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(64, y, "Gross pay")
        c.drawRightString(450, y, money(ch.gross))
        c.drawRightString(548, y, money(ytd["GROSS"]))
        y -= 18
        c.setFont("Helvetica", 9)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(64, y, k)
            c.drawRightString(450, y, money(v))
            c.drawRightString(548, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 10)
        c.drawString(64, y - 6, "Net pay")
        c.drawRightString(450, y - 6, money(net))
        c.drawRightString(548, y - 6, money(ytd["NET"]))
        c.setFont("Helvetica", 7.5)
        c.drawString(56, 404, "Cooperative employees may not charge personal purchases against their pay. "
                              "Retain this stub.")
        return []

    return Stub(Paper([page]), stub_fields(coop, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


# --- bank statements ----------------------------------------------------------------------------------------


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


RURAL_DEBITS = (("FARMERS UNION OIL - DIESEL", 0), ("CASEY'S GEN STORE POS", 1), ("WOLF CREEK REC ELECTRIC", 0),
                ("PROPANE - PLAINS GAS CO", 0), ("DOLLAR GENERAL POS", 1), ("VERIZON WIRELESS", 0),
                ("ATM WITHDRAWAL - AGENCY", 1), ("TRACTOR SUPPLY POS", 1), ("NAPA AUTO PARTS POS", 1))


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 debits: Sequence[tuple[str, int]] = RURAL_DEBITS) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 140) if small else rng.uniform(90, 460))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def sentinel_statement(rng: random.Random, holder: Sequence[str], address: Sequence[str], acct: str, year: int,
                       month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                       kind: str = "AG OPERATING ACCOUNT", checks: int = 3) -> Statement:
    """Prairie Sentinel State Bank: two pages - a boxed summary at the left, then DEPOSITS, CHECKS PAID (by
    number) and OTHER DEBITS as separate lists; page 2 a DAILY BALANCE table. "Page 1 of 2" in the corner."""
    bank = "Prairie Sentinel State Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    first_check = rng.randrange(2100, 2900)
    for n in range(checks):
        day = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
        lines.append((day, f"CHECK {first_check + n}", -r2(rng.uniform(60, 900))))
    lines.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    deps = [t for t in lines if t[2] > 0]
    chks = [t for t in lines if t[1].startswith("CHECK ")]
    other = [t for t in lines if t[2] < 0 and not t[1].startswith("CHECK ")]
    daily: dict[dt.date, float] = {}
    bal = begin
    for d, _, a in lines:
        bal = r2(bal + a)
        daily[d] = bal

    def header(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 16)
        c.drawString(50, 742, "PRAIRIE SENTINEL")
        c.setFont("Times-Roman", 9)
        c.drawString(50, 730, "STATE BANK  -  Since 1911  -  Member FDIC")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 746, f"Page {n} of 2")
        c.drawRightString(562, 735, f"{kind}  {acct[:2]}-XXXX-{acct[-4:]}")
        c.drawRightString(562, 724, f"Statement dates {mdy(start)} thru {mdy(end)}")
        c.setLineWidth(0.8)
        c.line(50, 716, 562, 716)

    def listing(c: Canvas, y: float, title: str, part: Sequence[tuple[dt.date, str, float]]) -> float:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, title)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, y, f"{len(part)} item(s)")
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for d, desc, a in part:
            c.drawString(50, y, d.strftime("%m-%d"))
            c.drawString(100, y, desc)
            c.drawRightString(562, y, money(abs(a)))
            y -= 12
        return y - 10

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 694
        for ln in [*holder, *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.setLineWidth(0.6)
        c.rect(330, 612, 232, 88, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(338, 688, "SUMMARY OF YOUR ACCOUNT")
        c.setFont("Helvetica", 8.5)
        rows = (("Previous balance", begin), (f"{len(deps)} deposits / credits", r2(sum(t[2] for t in deps))),
                (f"{len(chks)} checks paid", r2(-sum(t[2] for t in chks))),
                (f"{len(other)} other debits", r2(-sum(t[2] for t in other))), ("NEW BALANCE", ending))
        for i, (k, v) in enumerate(rows):
            c.drawString(338, 672 - 14 * i, k)
            c.drawRightString(554, 672 - 14 * i, money(v))
        y = listing(c, 586, "DEPOSITS AND OTHER CREDITS", deps)
        listing(c, y, "CHECKS PAID", chks)
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = listing(c, 696, "OTHER DEBITS", other)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "DAILY BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        items = sorted(daily.items())
        for i, (d, b) in enumerate(items):
            col, row = i % 3, i // 3
            c.drawString(50 + col * 172, y - row * 12, d.strftime("%m-%d"))
            c.drawRightString(200 + col * 172, y - row * 12, money(b))
        y -= 12 * ((len(items) + 2) // 3) + 16
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Ending balance")
        c.drawRightString(562, y, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 30, "Ask about our operating lines and FSA guaranteed loans. Prairie Sentinel State Bank, "
                                 "200 Main Street.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def lonebutte_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                        begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Lone Butte Federal Credit Union: one page, a running-balance SHARE DRAFT register, totals at the foot."""
    bank = "Lone Butte Federal Credit Union"
    start, end = month_bounds(year, month)
    debits = (("RED WILLOW TRADING POST POS", 1), ("HIGH PLAINS RURAL HSG PMT", 0), ("LAKE AREA PROPANE", 0),
              ("SINCLAIR POS", 1), ("US CELLULAR", 0), ("ATM WITHDRAWAL", 1), ("FAMILY DOLLAR POS", 1))
    lines = transactions(rng, start, end, credits, debits)
    ending = r2(begin + sum(a for _, _, a in lines))

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.22, 0.1))
        c.circle(66, 738, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(66, 734, "LB")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(90, 740, "Lone Butte Federal Credit Union")
        c.setFont("Helvetica", 8)
        c.drawString(90, 728, "Serving the Red Willow Lake community - Federally insured by NCUA")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(562, 742, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 730, f"{start.strftime('%b %d, %Y')} to {end.strftime('%b %d, %Y')}")
        c.drawRightString(562, 719, f"Member no. ******{acct[-4:]}")
        y = 700
        c.setFont("Helvetica", 9.5)
        for ln in [holder, *address]:
            c.drawString(60, y, ln)
            y -= 12
        y = 640
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, f"SHARE DRAFT (CHECKING)  -  account ending {acct[-4:]}")
        y -= 16
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "POSTED")
        c.drawString(100, y, "TRANSACTION")
        c.drawRightString(400, y, "WITHDRAWAL")
        c.drawRightString(480, y, "DEPOSIT")
        c.drawRightString(562, y, "BALANCE")
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(50, y, start.strftime("%m/%d"))
        c.drawString(100, y, "BALANCE FORWARD")
        c.drawRightString(562, y, money(begin))
        y -= 13
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(50, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(400 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(562, y, money(bal))
            y -= 13
        c.line(50, y + 6, 562, y + 6)
        y -= 8
        c.setFont("Helvetica-Bold", 8.5)
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        c.drawString(100, y, "TOTALS / ENDING BALANCE")
        c.drawRightString(400, y, money(wd))
        c.drawRightString(480, y, money(dep))
        c.drawRightString(562, y, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 30, "Dividends on share savings are paid quarterly. Call (605) 555-0117 to report an "
                                 "error.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- letters and papers -------------------------------------------------------------------------------------


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


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A typed hardship letter; signed in ink only when it was printed and mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11.5)
        y = 730
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawString(72, y, ln)
            y -= 14.5
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [servicer, "Loss Mitigation Department"]:
            c.drawString(72, y, ln)
            y -= 14.5
        y -= 14
        c.setFont("Times-Bold", 11.5)
        c.drawString(72, y, f"Re: Hardship letter - loan number {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern:", *paras], size=11.5, leading=15)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, y - 4, "Sincerely,")
        marks = []
        sy = y - 44
        names = [writer] + ([co_writer] if co_writer else [])
        for i, nm in enumerate(names):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def handwritten_letter(writer: str, loan: str, date: dt.date, to: str, paras: Sequence[str], seed: int) -> Paper:
    """A letter written by hand on a ruled tablet page (every word is ink; nothing typed)."""

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.6, 0.75, 0.9))
        c.setLineWidth(0.5)
        for i in range(34):
            c.line(40, 720 - i * 19, 572, 720 - i * 19)
        c.setStrokeColor(Color(0.9, 0.5, 0.5))
        c.line(76, 40, 76, 770)
        c.setStrokeColor(black)
        marks: list[Mark] = []
        k = seed * 100
        rows = [long_date(date), "", to, f"Re: loan {loan}", ""]
        for para in paras:
            rows += [*wrap(para, "Helvetica-Oblique", 12.5, 405), ""]
        rows += ["Thank you,"]
        for i, row in enumerate(rows):
            if row:
                k += 1
                marks.append(Mark("hand", 84 if i else 380, 723 - (i + 1) * 19, row, size=12.5, seed=k))
        y = 723 - (len(rows) + 2) * 19
        marks.append(Mark("sig", 90, y, w=150, seed=seed))
        marks.append(Mark("hand", 84, y - 19, writer, size=12.5, seed=k + 1))
        return marks

    return Paper([page])


def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 15)
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
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = (), sign_seed: int = 0) -> Paper:
    """A letter on letterhead; a drawn signature on the closing's blank second line when sign_seed is given."""

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14.5
        y -= 12
        c.setFont("Times-Bold", 11.5)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras, size=11.5, leading=15)
        if table:
            for k, v in table:
                c.setFont("Times-Roman", 11.5)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", 11.5)
                c.drawString(310, y, v)
                y -= 15.5
            y -= 12
        c.setFont("Times-Roman", 11.5)
        marks = []
        for i, ln in enumerate(closing):
            if i == 1 and sign_seed and not ln:  # the blank line under the salutation holds the signature
                marks.append(Mark("sig", 72, y - 6, w=130, seed=sign_seed))
                y -= 12
            c.drawString(72, y, ln)
            y -= 14.5
        return marks

    return Paper([page])


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type in ("other", "obituary", "divorce_decree", "death_certificate", "quitclaim_deed"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def percap_letter(nation: str, office_line: str, member: str, enroll_no: str, address: Sequence[str],
                  date: dt.date, monthly: float, schedule: str, seed: int) -> Letter:
    """A tribe's per-capita office confirming a member's per-capita distribution: amount, schedule, taxability."""
    paras = [f"This letter verifies that {member}, enrolled member no. {enroll_no}, is an eligible adult member and "
             f"receives per-capita distributions from the {nation} under the Nation's Revenue Allocation Plan.",
             f"Per-capita payments to eligible members are currently ${money(monthly)} per month, paid {schedule}. "
             "The payments are made from net gaming revenue, are reported on Form 1099-MISC, and are subject to "
             "federal income tax. The amount is reviewed by Tribal Council each year and may change.",
             "This verification is issued at the member's request for a mortgage lender."]
    paper = simple_letter((f"{nation.upper()} - PER CAPITA DISTRIBUTION OFFICE", office_line,
                           Color(0.45, 0.15, 0.1)), date, [member, *address],
                          "Re: Verification of per-capita distribution", paras,
                          ["Sincerely,", "", "Per Capita Distribution Officer", nation],
                          [("Member", member), ("Monthly per-capita payment", "$" + money(monthly)),
                           ("Payment schedule", schedule.capitalize()), ("Status", "Active - eligible adult")],
                          sign_seed=seed)
    return Letter(paper, "benefit_award_letter", date, monthly, "other")


def enrollment_letter(nation: str, office_line: str, member: str, enroll_no: str, born: dt.date, date: dt.date,
                      seed: int) -> Letter:
    paras = [f"The Office of Tribal Enrollment certifies that {member}, born {long_date(born)}, is an enrolled "
             f"member of the {nation}, enrollment number {enroll_no}, as shown on the Nation's base roll and its "
             "official supplements.",
             "This certificate verifies membership only. It does not state income, land holdings or eligibility for "
             "any program, and it is not a Certificate of Degree of Indian Blood."]
    paper = simple_letter((f"{nation.upper()} - OFFICE OF TRIBAL ENROLLMENT", office_line, Color(0.1, 0.3, 0.35)),
                          date, ["To whom it may concern"], "Verification of tribal enrollment", paras,
                          ["Certified by", "", "Enrollment Officer", "Office of Tribal Enrollment"], sign_seed=seed)
    return Letter(paper, "other", date)


def tribal_obituary(paper_name: str, name: str, born: dt.date, died: dt.date, town: str, work: str,
                    survivors: str, service: str, date: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 24)
        c.drawCentredString(W / 2, 738, paper_name)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 724, f"Published weekly  -  {long_date(date)}  -  Section B  -  Obituaries")
        c.setLineWidth(1.5)
        c.line(60, 716, W - 60, 716)
        c.setLineWidth(0.5)
        c.line(60, 713, W - 60, 713)
        c.setFillGray(0.55)
        c.rect(72, 560, 110, 135, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 16)
        c.drawString(196, 676, name)
        c.setFont("Times-Italic", 10.5)
        c.drawString(196, 660, f"{long_date(born)} - {long_date(died)}")
        paragraphs(c, 196, 636, W - 72 - 196, [
            f"{name}, {died.year - born.year - (1 if (died.month, died.day) < (born.month, born.day) else 0)}, of "
            f"{town}, went home to the Creator on {long_date(died)}.", f"{work}"], size=10.5, leading=13.5)
        paragraphs(c, 72, 540, W - 144, [
            f"He is survived by {survivors}.", service,
            "The family thanks the volunteer ambulance crew and everyone who brought food to the house."],
            size=10.5, leading=13.5)
        return []

    return Letter(Paper([page]), "obituary", date)


def tribal_decree(court: str, case_no: str, petitioner: str, respondent: str, entered: dt.date, property_line: str,
                  child_support: float, judge_seed: int) -> Letter:
    """A tribal court's two-page final decree of dissolution of marriage."""

    def caption(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 740, f"IN THE TRIBAL COURT OF THE {court.upper()}")
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - 72, 756, f"Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        caption(c, 1)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 704, "In re the Marriage of")
        c.drawString(96, 686, f"{petitioner}, Petitioner,")
        c.drawString(96, 668, "and")
        c.drawString(96, 650, f"{respondent}, Respondent.")
        c.drawString(360, 686, f"Case No. {case_no}")
        c.line(340, 640, 340, 714)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 612, "FINAL DECREE OF DISSOLUTION OF MARRIAGE")
        paragraphs(c, 72, 584, W - 144, [
            "This matter came before the Court on the petition for dissolution of marriage. The Court has "
            "jurisdiction over the parties, who are members of the Band residing within its reservation, and over "
            "the subject matter under the Band's Domestic Relations Code.",
            "IT IS ORDERED, ADJUDGED AND DECREED:",
            "1. The marriage of the parties is dissolved, and each party is restored to the status of a single "
            "person.",
            f"2. {property_line}",
            f"3. Respondent shall pay child support of ${money(child_support)} per month through the Band's "
            "Tribal Child Support Enforcement program, beginning the first day of the month after entry of this "
            "decree, until the minor child reaches eighteen years of age."], size=11, leading=14.5)
        return []

    def page2(c: Canvas) -> list[Mark]:
        caption(c, 2)
        paragraphs(c, 72, 704, W - 144, [
            "4. Each party shall keep the vehicles, accounts and personal property in his or her possession and "
            "shall pay the debts in his or her own name.",
            "5. This decree is final and takes effect on entry. Any party may appeal to the Band's Court of "
            "Appeals within thirty days of entry."], size=11, leading=14.5)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 560, f"Entered this {entered.day} day of {entered.strftime('%B')}, {entered.year}.")
        c.line(330, 520, 540, 520)
        c.drawString(330, 506, "Chief Judge, Tribal Court")
        c.setFont("Times-Italic", 9)
        c.drawString(72, 450, "CERTIFIED TRUE COPY - Clerk of the Tribal Court")
        c.circle(140, 400, 40, stroke=1, fill=0)
        c.setFont("Times-Roman", 7)
        c.drawCentredString(140, 404, "TRIBAL COURT")
        c.drawCentredString(140, 394, "SEAL")
        return [Mark("sig", 340, 524, w=150, seed=judge_seed), Mark("sig", 220, 440, w=100, seed=judge_seed + 1)]

    return Letter(Paper([page1, page2]), "divorce_decree", entered)


def ssi_notice(person: str, payee: str, address: Sequence[str], date: dt.date, monthly: float) -> Letter:
    first = (date.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    paras = [f"We are writing about the Supplemental Security Income (SSI) payments for {person}. {payee} is the "
             f"representative payee. Beginning {long_date(first)}"
             f" the monthly SSI payment will be ${money(monthly)}. We pay SSI once a month, on the first of the month.",
             "SSI payments are not taxable income. Tell us right away about changes in income, resources or living "
             "arrangements, because they may change the payment.",
             "If you disagree with this decision, you have 60 days to ask for an appeal."]
    paper = simple_letter(("SOCIAL SECURITY ADMINISTRATION", "Supplemental Security Income  -  Notice of Change in "
                                                             "Payment", Color(0.1, 0.25, 0.45)), date,
                          [payee, f"for {person}", *address], "Your SSI payment amount", paras,
                          ["Social Security Administration", "Date of this notice: " + mdy(date)],
                          [("Monthly SSI payment", "$" + money(monthly)), ("Paid", "Monthly")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def clinic_statement(clinic: str, sub: str, patient: str, date: dt.date, since: dt.date, seed: int) -> Letter:
    paras = [f"{patient} has been a patient of this clinic for several years. Since {long_date(since)} he has been "
             "under my care for a serious medical condition that keeps him from working his regular duties.",
             "He is expected to need ongoing treatment for at least the next twelve months and may return to light "
             "duty only as his condition allows. Please direct any questions to the clinic; no further medical "
             "information will be released without the patient's written consent."]
    paper = simple_letter((clinic.upper(), sub, Color(0.05, 0.4, 0.35)), date, ["To whom it may concern"],
                          f"Re: {patient} - medical statement", paras,
                          ["Sincerely,", "", "Family Medicine Physician", clinic], sign_seed=seed)
    return Letter(paper, "medical_statement", date)


def adjuster_letter(insurer: str, insured: str, address: Sequence[str], date: dt.date, loss: dt.date,
                    claim: str) -> Letter:
    paras = [f"We received your report of hail and wind damage on {long_date(loss)} at the insured location. An "
             "adjuster inspected the machine shed, the house roof and the grain bins on our behalf.",
             "Coverage for the house roof is confirmed under your farm owner's policy, less the 2 percent wind and "
             "hail deductible. The machine shed is under review because the policy lists it at actual cash value. "
             "We will write again when the review is finished; no payment has been issued yet."]
    paper = simple_letter((insurer.upper(), "Farm and Ranch Claims  -  PO Box 880, Jamestown, ND 58402",
                           Color(0.15, 0.3, 0.15)), date, [insured, *address], f"Claim {claim} - hail loss",
                          paras, ["Sincerely,", "", "Property Claims Adjuster", insurer])
    return Letter(paper, "other", date)


def patronage_notice(coop: str, member: str, member_no: str, year: int, purchases: float, rate: float,
                     cash_share: float, date: dt.date) -> Letter:
    """A farm cooperative's notice of patronage allocation with a 1099-PATR style box strip."""
    alloc = r2(purchases * rate)
    cash = r2(alloc * cash_share)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, 736, coop.upper())
        c.setFont("Helvetica", 8.5)
        c.drawString(60, 724, "Member-owned  -  Hawley Junction, ND 58042")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(552, 736, f"NOTICE OF PATRONAGE ALLOCATION - {year}")
        c.setFont("Helvetica", 9)
        c.drawRightString(552, 722, f"Date of notice: {mdy(date)}")
        c.line(60, 714, 552, 714)
        c.setFont("Helvetica", 10)
        c.drawString(60, 690, member)
        c.drawString(60, 676, f"Member no. {member_no}")
        paragraphs(c, 60, 644, 492, [
            f"The Board of Directors declared a patronage refund on {year} business. Your allocation is based on "
            "your qualified purchases and grain marketed through the cooperative. The cash portion is paid by the "
            "enclosed check; the balance is retained as equity in your member account."], font="Helvetica",
            size=9.5, leading=12.5)
        rows = [("Qualified patronage (purchases and grain)", money(purchases)),
                ("Patronage rate", f"{rate * 100:.2f}%"), ("Total patronage allocation", money(alloc)),
                (f"Paid in cash ({cash_share * 100:.0f}%)", money(cash)),
                ("Retained as allocated equity", money(r2(alloc - cash)))]
        y = 580
        for k, v in rows:
            c.drawString(80, y, k)
            c.drawRightString(440, y, "$" + v)
            y -= 16
        y -= 14
        c.setFont("Helvetica-Bold", 8)
        c.drawString(60, y, "FORM 1099-PATR INFORMATION (COPY B FOR RECIPIENT)")
        y -= 8
        boxes = (("1 Patronage dividends", money(cash)), ("2 Nonpatronage distributions", "0.00"),
                 ("3 Per-unit retain allocations", "0.00"), ("4 Federal income tax withheld", "0.00"))
        for i, (k, v) in enumerate(boxes):
            x = 60 + i * 123
            c.rect(x, y - 40, 123, 40, stroke=1, fill=0)
            c.setFont("Helvetica", 7)
            c.drawString(x + 4, y - 10, k)
            c.setFont("Helvetica", 10)
            c.drawRightString(x + 118, y - 32, v)
        return []

    return Letter(Paper([page]), "other", date)


def form1040_schedule_f(names: str, spouse: str, ssn4: str, spouse4: str, address: Sequence[str], year: int,
                        farm_name: str, gross_farm: float, expenses: float, wages: float, signed_on: dt.date,
                        seed: int) -> Paper:
    """The farm couple's federal return as their preparer printed it: a plain rendering of Form 1040 pages 1-2
    (SSNs masked) signed in ink on page 2, and Schedule F (Profit or Loss From Farming)."""
    net_farm = r2(gross_farm - expenses)
    agi = r2(wages + net_farm)

    def head(c: Canvas, title: str, sub: str) -> None:
        c.setLineWidth(1.2)
        c.line(36, 744, 576, 744)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(36, 752, title)
        c.setFont("Helvetica", 8)
        c.drawString(36, 734, sub)
        c.setFont("Helvetica-Bold", 18)
        c.drawRightString(576, 752, str(year))
        c.setFont("Helvetica", 7)
        c.drawRightString(576, 734, "Department of the Treasury - Internal Revenue Service")
        c.setLineWidth(0.5)

    def lines(c: Canvas, y: float, rows: Sequence[tuple[str, str, str]]) -> float:
        for num, label, amt in rows:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, num)
            c.setFont("Helvetica", 8.5)
            c.drawString(66, y, label)
            c.rect(470, y - 4, 106, 14, stroke=1, fill=0)
            c.setFont("Courier", 9.5)
            c.drawRightString(572, y, amt)
            y -= 17
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, "Form 1040  U.S. Individual Income Tax Return", f"For the year Jan. 1 - Dec. 31, {year}  -  "
             "OMB No. 1545-0074  -  preparer's copy for the taxpayer")
        c.setFont("Helvetica", 8)
        c.drawString(40, 716, "Filing status:  [X] Married filing jointly")
        c.drawString(40, 698, "Your first name and middle initial / last name")
        c.drawString(400, 698, "Your social security number")
        c.drawString(40, 668, "If joint return, spouse's first name and middle initial / last name")
        c.drawString(400, 668, "Spouse's social security number")
        c.drawString(40, 638, "Home address (number and street or rural route), city, state and ZIP code")
        c.setFont("Courier", 10)
        c.drawString(40, 684, names)
        c.drawString(400, 684, f"XXX-XX-{ssn4}")
        c.drawString(40, 654, spouse)
        c.drawString(400, 654, f"XXX-XX-{spouse4}")
        c.drawString(40, 624, ", ".join(address))
        lines(c, 590, [("1a", "Total amount from Form(s) W-2, box 1", money(wages)),
                       ("2b", "Taxable interest", "0.00"),
                       ("3b", "Ordinary dividends (incl. cooperative patronage, see Sch. F)", "0.00"),
                       ("8", "Additional income from Schedule 1, line 10 (farm income, Schedule F)",
                        money(net_farm)),
                       ("9", "Total income", money(agi)), ("11", "Adjusted gross income", money(agi)),
                       ("12", "Standard deduction", "31,500.00"),
                       ("15", "Taxable income", money(max(0.0, r2(agi - 31500))))])
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, "Form 1040 (continued)", f"{names} and {spouse}  -  Page 2")
        tax = r2(max(0.0, agi - 31500) * 0.1)
        y = lines(c, 700, [("16", "Tax", money(tax)), ("23", "Self-employment tax (Schedule 2)",
                                                       money(r2(net_farm * 0.1413))),
                           ("24", "Total tax", money(r2(tax + net_farm * 0.1413))),
                           ("25a", "Federal income tax withheld from Forms W-2", money(r2(wages * 0.08))),
                           ("26", "Estimated tax payments", "1,200.00")])
        y -= 20
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Sign Here")
        c.setFont("Helvetica", 7)
        c.drawString(100, y, "Under penalties of perjury, I declare that I have examined this return and to the best "
                             "of my knowledge it is true, correct and complete.")
        y -= 40
        c.line(100, y, 300, y)
        c.line(310, y, 390, y)
        c.line(400, y, 576, y)
        c.drawString(100, y - 9, "Your signature")
        c.drawString(310, y - 9, "Date")
        c.drawString(400, y - 9, "Your occupation")
        c.setFont("Courier", 9)
        c.drawString(404, y + 4, "Farmer")
        marks = [Mark("sig", 110, y + 2, w=150, seed=seed), Mark("hand", 314, y + 3, mdy(signed_on), size=10,
                                                                  seed=seed + 3)]
        y -= 34
        c.setFont("Helvetica", 7)
        c.line(100, y, 300, y)
        c.line(310, y, 390, y)
        c.line(400, y, 576, y)
        c.drawString(100, y - 9, "Spouse's signature (joint return: both must sign)")
        c.drawString(310, y - 9, "Date")
        c.drawString(400, y - 9, "Spouse's occupation")
        c.setFont("Courier", 9)
        c.drawString(404, y + 4, "Farmer / elevator clerk")
        marks += [Mark("sig", 110, y + 2, w=150, seed=seed + 1), Mark("hand", 314, y + 3, mdy(signed_on), size=10,
                                                                        seed=seed + 4)]
        y -= 30
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y, "Paid preparer: Hawley Junction Tax & Farm Records  -  PTIN P00000000 (synthetic)")
        return marks

    def page3(c: Canvas) -> list[Mark]:
        head(c, "SCHEDULE F (Form 1040)  Profit or Loss From Farming", "Attach to Form 1040. Name of proprietor: "
             f"{names}  -  SSN XXX-XX-{ssn4}")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 714, f"A Principal crop or activity: small grains, cow-calf      B Farm name: {farm_name}")
        c.drawString(40, 700, "C Accounting method: [X] Cash      E Did you materially participate? [X] Yes")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, 680, "Part I  Farm Income - Cash Method")
        inc = [r2(gross_farm * 0.28), r2(gross_farm * 0.58), r2(gross_farm * 0.09)]
        inc.append(r2(gross_farm - sum(inc)))
        y = lines(c, 662, [("1a", "Sales of livestock and other resale items", money(inc[0])),
                           ("2", "Sales of livestock, produce, grains and other products you raised", money(inc[1])),
                           ("3a", "Cooperative distributions (Form(s) 1099-PATR), taxable amount", money(inc[2])),
                           ("6b", "Crop insurance proceeds, taxable amount", money(inc[3])),
                           ("9", "Gross income", money(gross_farm))])
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 4, "Part II  Farm Expenses - Cash and Accrual Method")
        parts = [("12", "Chemicals", 0.08), ("16", "Feed", 0.22), ("17", "Fertilizers and lime", 0.16),
                 ("19", "Gasoline, fuel and oil", 0.12), ("21", "Interest, mortgage (banks, etc.)", 0.07),
                 ("25", "Repairs and maintenance", 0.11), ("26", "Seeds and plants", 0.13),
                 ("32", "Other expenses (vet, utilities, insurance)", 0.11)]
        rows = []
        acc = 0.0
        for i, (n, lab, f) in enumerate(parts):
            v = r2(expenses * f) if i < len(parts) - 1 else r2(expenses - acc)
            acc = r2(acc + v)
            rows.append((n, lab, money(v)))
        rows += [("33", "Total expenses", money(expenses)), ("34", "Net farm profit or (loss)", money(net_farm))]
        lines(c, y - 22, rows)
        return []

    return Paper([page1, page2, page3])


def pl_statement(owner: str, business: str, address: str, start: dt.date, end: dt.date,
                 revenue: Sequence[tuple[str, float]], costs: Sequence[tuple[str, float]], signed_on: dt.date,
                 seed: int) -> tuple[Paper, dict[str, Any]]:
    """An owner's typed year-to-date profit and loss statement, certified, signed and dated in ink."""
    rev = r2(sum(v for _, v in revenue))
    exp = r2(sum(v for _, v in costs))
    net = r2(rev - exp)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 732, business)
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, 718, address)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 688, "PROFIT AND LOSS STATEMENT (YEAR TO DATE)")
        c.setFont("Times-Roman", 11)
        c.drawCentredString(W / 2, 672, f"For the period {long_date(start)} through {long_date(end)}")
        y = 640

        def block(title: str, items: Sequence[tuple[str, float]], total_label: str, total: float) -> None:
            nonlocal y
            c.setFont("Times-Bold", 11)
            c.drawString(90, y, title)
            y -= 17
            c.setFont("Times-Roman", 11)
            for k, v in items:
                c.drawString(110, y, k)
                c.drawRightString(500, y, money(v))
                y -= 15
            c.line(420, y + 10, 500, y + 10)
            c.setFont("Times-Bold", 11)
            c.drawString(110, y, total_label)
            c.drawRightString(500, y, money(total))
            y -= 26

        block("INCOME", revenue, "Total income", rev)
        block("EXPENSES", costs, "Total expenses", exp)
        c.setFont("Times-Bold", 12)
        c.drawString(90, y, "NET PROFIT (LOSS)")
        c.drawRightString(500, y, money(net))
        c.line(420, y - 4, 500, y - 4)
        c.line(420, y - 7, 500, y - 7)
        y -= 44
        paragraphs(c, 90, y, 430, ["I certify that this statement is true and complete to the best of my "
                                   "knowledge and was prepared from my business records."], size=10.5)
        y -= 64
        c.setFont("Times-Roman", 10)
        c.line(90, y, 300, y)
        c.line(340, y, 480, y)
        c.drawString(90, y - 12, f"Owner's signature ({owner})")
        c.drawString(340, y - 12, "Date")
        return [Mark("sig", 100, y + 2, w=150, seed=seed), Mark("hand", 346, y + 4, mdy(signed_on), size=12,
                                                                 seed=seed + 2)]

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net, "signed": True}
    return Paper([page]), fields


def form4506c_page(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                   client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int, ink: bool
                   ) -> tuple[bytes, list[Mark]]:
    """Page 1 of the real IRS Form 4506-C typed over (fields flattened into the page). On screen the signature
    is drawn as vector strokes and the date typed; on paper (ink=True) both are returned as marks to put on in
    ink before scanning."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Plainsview Income Verification LLC"),
           (312, 506, "PIV-40117"), (420, 506, "PLNSVW01"), (27, 484, "12 Depot Street"),
           (312, 484, "Bismarck"), (420, 484, "ND"), (474, 484, "58501"), (27, 430, client), (474, 430, client_phone),
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
        marks.append(Mark("hand", 344, 167, mdy(signed_on), size=10, seed=seed + 1))
    else:
        draw_signature_vector(c, marks[0])
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, f"cp4506c{seed}"), (marks if ink else [])


def scan_pdf_pages(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int) -> list[ScannedPage]:
    """Print an existing PDF, add ink to its pages, scan them."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def servicer_checklist(loan: str, borrower: str, ticks: Sequence[bool], seed: int, screen: bool) -> Paper:
    """Two Rivers Tribal Lending's own 'what to send' checklist, returned with the borrower's ticks: full of
    document words (pay stubs, bank statements, hardship letter) but itself no income or hardship proof."""
    items = ["Homeowner Assistance Request (Form TRTL-LM2), every box answered, signed and dated",
             "Most recent pay stub(s) showing year-to-date earnings, for each borrower who works",
             "Tribal per-capita, lease or benefit letters showing the amount and how often it is paid",
             "Two most recent bank statements (all pages) if you cannot send the papers above",
             "A letter in your own words explaining the hardship",
             "IRS Form 4506-C, signed, if you are self-employed or receive rental or lease income",
             "Copy of your Section 184 loan guarantee certificate (optional)"]

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 736, "TWO RIVERS TRIBAL LENDING, INC.")
        c.setFont("Helvetica", 8.5)
        c.drawString(60, 724, "Section 184 Loan Servicing  -  PO Box 184, Two Rivers Agency, SD 57580")
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, 690, "Loss Mitigation Document Checklist")
        c.setFont("Helvetica", 10)
        c.drawString(60, 670, f"Loan number {loan}     Borrower {borrower}")
        paragraphs(c, 60, 646, 490, ["Tick each item you are sending and return this page with your papers. "
                                     "We will tell you within five business days if anything is missing."],
                   font="Helvetica", size=10, leading=13)
        marks: list[Mark] = []
        y = 600
        for i, (item, tick) in enumerate(zip(items, ticks, strict=True)):
            c.rect(62, y - 2, 12, 12, stroke=1, fill=0)
            c.setFont("Helvetica", 10)
            for j, ln in enumerate(wrap(item, "Helvetica", 10, 440)):
                c.drawString(86, y - j * 13, ln)
            if tick:
                if screen:
                    c.setFont("ZapfDingbats", 11)
                    c.drawString(63, y, "4")
                else:
                    marks.append(Mark("x", 62, y - 2, w=12, seed=seed + i))
            y -= 36
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(60, y - 10, "TRTL-CL1 (01/2062). Keep a copy of everything you send.")
        return marks

    return Paper([page])


def photo_page(photo: Image.Image, caption: str, seed: int) -> Paper:
    """A snapshot printed at the library and taped to a sheet, a note written under it."""

    def page(c: Canvas) -> list[Mark]:
        data = io.BytesIO()
        photo.save(data, "PNG")
        data.seek(0)
        c.drawImage(ImageReader(data), 76, 300, width=460, height=317)
        c.setFillGray(0.86)
        c.rect(220, 605, 70, 22, stroke=0, fill=1)
        c.rect(330, 292, 70, 22, stroke=0, fill=1)
        c.setFillColor(black)
        return [Mark("hand", 90, 260, caption, size=14, seed=seed)]

    return Paper([page])


def hand_map(lines_: Sequence[tuple[str, tuple[float, float], tuple[float, float]]],
             labels: Sequence[tuple[float, float, str]], seed: int) -> Paper:
    """A map to the house drawn with a pen on a blank sheet: wobbly roads, labels, a north arrow."""
    rng = random.Random(seed)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.1, 0.1, 0.3))
        c.setLineWidth(1.6)
        for _, (x0, y0), (x1, y1) in lines_:
            path = c.beginPath()
            path.moveTo(x0, y0)
            for i in range(1, 21):
                t = i / 20
                path.lineTo(x0 + (x1 - x0) * t + rng.uniform(-2, 2), y0 + (y1 - y0) * t + rng.uniform(-2, 2))
            c.drawPath(path, stroke=1, fill=0)
        c.line(520, 680, 520, 730)
        c.line(520, 730, 512, 716)
        c.line(520, 730, 528, 716)
        c.rect(300, 300, 26, 20, stroke=1, fill=0)
        c.line(300, 320, 313, 332)
        c.line(313, 332, 326, 320)
        c.setStrokeColor(black)
        marks = [Mark("hand", 514, 664, "N", size=16, seed=seed)]
        for i, (x, y, t) in enumerate(labels):
            marks.append(Mark("hand", x, y, t, size=12, seed=seed + 10 + i))
        return marks

    return Paper([page])


def drought_map(county: str, state: str, week: dt.date, seed: int) -> Letter:
    """An extension office's printed drought map of a county: townships shaded by category, a legend."""
    rng = random.Random(seed)
    cats = [("D0 Abnormally dry", 0.85), ("D1 Moderate drought", 0.7), ("D2 Severe drought", 0.5),
            ("D3 Extreme drought", 0.3)]

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 736, f"{county.upper()} COUNTY EXTENSION OFFICE - DROUGHT CONDITIONS")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 720, f"{county} County, {state}  -  conditions for the week of {long_date(week)}")
        x0, y0, cell = 106, 300, 50
        for row in range(8):
            for col in range(8):
                k = min(3, max(0, int((col + row) / 4 + rng.uniform(-0.8, 0.8))))
                c.setFillGray(cats[k][1])
                c.rect(x0 + col * cell, y0 + row * cell, cell, cell, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        for col in range(8):
            c.drawCentredString(x0 + col * cell + cell / 2, y0 - 10, f"R{30 + col}W")
        for row in range(8):
            c.drawRightString(x0 - 4, y0 + row * cell + cell / 2, f"T{101 + row}N")
        y = 250
        for label, g in cats:
            c.setFillGray(g)
            c.rect(140, y, 18, 12, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 9)
            c.drawString(166, y + 2, label)
            y -= 18
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(106, y - 10, "Township-level estimates from county observers. Not an official drought "
                                  "declaration.")
        return []

    return Letter(Paper([page]), "other", week)


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 30)
        c.drawString(72, 700, "FAX")
        c.setFont("Helvetica", 10)
        c.drawString(72, 682, sender)
        c.setLineWidth(0.8)
        rows = [("To:", to), ("Fax:", to_fax), ("From:", sender), ("Fax:", sender_fax), ("Date:", mdy(date)),
                ("Pages (including cover):", str(pages)), ("Re:", note)]
        y = 640
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(240, y, v)
            c.line(235, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 20, "The pages that follow may contain confidential information intended only for the")
        c.drawString(72, y - 32, "addressee. If you received this fax in error please call the sender.")
        return []

    return Paper([page])


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "DOCUMENT SEPARATOR SHEET")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Mailroom use - place in front of each borrower packet")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


# --- applications -------------------------------------------------------------------------------------------

HP_CODES = {"W": "wages", "F": "self_employment", "U": "unemployment", "T": "benefits_taxable",
            "N": "benefits_nontaxable", "R": "rental", "I": "investment", "O": "other"}


@dataclass
class App:
    loan: str
    first: str
    mi: str
    last: str
    ssn: str  # full, 900-999 area; only the last four are ever printed on an application
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
    signed_on: dt.date
    lines: dict[str, float] = field(default_factory=dict)  # income by code (grid form)
    rows: list[tuple[str, str, str, str, float]] = field(default_factory=list)  # household rows (HP form)
    co: tuple[str, str, str] | None = None  # first, middle initial, last
    co_ssn: str = ""
    county: str = ""
    mailing: str = ""
    tribe: str = ""
    case184: str = ""
    land: str = "trust"
    other_text: str = ""
    explain: str = ""
    household: int = 2
    children: int = 0
    checking: float = 0.0
    savings: float = 0.0
    b_signs: bool = True
    b_dates: bool = True
    co_signs: bool = True
    co_dates: bool = True
    seed: int = 1

    @property
    def borrower(self) -> str:
        return f"{self.first} {self.mi}. {self.last}" if self.mi else f"{self.first} {self.last}"

    @property
    def co_name(self) -> str | None:
        if not self.co:
            return None
        f, m, ln = self.co
        return f"{f} {m}. {ln}" if m else f"{f} {ln}"

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def income(self) -> dict[str, float]:
        if not self.rows:
            return {k: v for k, v in self.lines.items() if v > 0}
        out: dict[str, float] = {}
        for *_, code, _payer, amount in self.rows:
            out[HP_CODES[code]] = r2(out.get(HP_CODES[code], 0.0) + amount)
        return out

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co_name,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else (self.co_signs and self.co_dates)}


def hand_width(text: str, size: float) -> float:
    return _font(HAND_FONT, round(size * 4)).getlength(text) / 4


def wrap_answer(mode: str, text: str, size: float, width: float) -> list[str]:
    """Lines of an answer as it will be written: measured in the hand-writing face on paper, in Courier typed."""
    if mode != "hand":
        return wrap(text, "Courier", size, width)
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if hand_width(trial, size + 1.5) * 1.04 > width and line:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


class Fill:
    """Writes a form's answers: typed in Courier on the page ("screen" and "print" modes) or as hand-writing marks
    ("hand" mode). Dates beside signatures are typed only on screen; on paper they are written in ink."""

    def __init__(self, c: Canvas, mode: str, seed: int) -> None:
        self.c, self.mode, self.marks, self.k = c, mode, [], seed * 1000

    def _seed(self) -> int:
        self.k += 1
        return self.k

    def text(self, x: float, y: float, s: str, size: float = 10.5, upper: bool = True) -> None:
        if not s:
            return
        if self.mode == "hand":
            self.marks.append(Mark("hand", x, y, s.upper() if upper else s, size=size + 1.5, seed=self._seed()))
        else:
            self.c.setFont("Courier", size)
            self.c.drawString(x, y, s)

    def right(self, xr: float, y: float, s: str, size: float = 10.5) -> None:
        if self.mode == "hand":
            self.text(xr - hand_width(s, size + 1.5) * 1.03, y, s, size)
        else:
            self.c.setFont("Courier", size)
            self.c.drawRightString(xr, y, s)

    def char(self, xc: float, y: float, ch: str, ink: bool = False) -> None:
        if self.mode == "hand" or ink:
            self.marks.append(Mark("hand", xc - hand_width(ch, 12) / 2, y, ch, size=12, seed=self._seed()))
        else:
            self.c.setFont("Courier-Bold", 11)
            self.c.drawCentredString(xc, y, ch)

    def cross(self, x: float, y: float, w: float) -> None:
        if self.mode == "hand":
            self.marks.append(Mark("x", x, y, w=w, seed=self._seed()))
        else:
            self.c.setFont("Courier-Bold", w + 1)
            self.c.drawCentredString(x + w / 2, y + w * 0.18, "X")

    def sign(self, x: float, y: float, w: float, seed: int) -> None:
        self.marks.append(Mark("sig", x, y, w=w, seed=seed))

    def date(self, x: float, y: float, s: str, size: float = 10.5) -> None:
        """A date beside a signature: typed on screen, hand-written on paper."""
        if self.mode == "screen":
            self.c.setFont("Courier", size)
            self.c.drawString(x, y, s)
        else:
            self.marks.append(Mark("hand", x, y, s, size=size + 1.5, seed=self._seed()))


# The grid form --------------------------------------------------------------------------------------------

TRTL_REASONS = ("22 JOB LOSS OR\nUNEMPLOYMENT", "23 LESS INCOME OR\nFEWER HOURS", "24 HIGHER HOUSING\nCOSTS",
                "25 DISASTER (FIRE,\nFLOOD, STORM)", "26 ILLNESS OR\nDISABILITY", "27 DIVORCE OR LEGAL\nSEPARATION",
                "28 SEPARATION -\nNOT MARRIED", "29 DEATH OF BORROWER\nOR WAGE EARNER", "30 DISTANT JOB\nTRANSFER",
                "31 OTHER (EXPLAIN\nIN BOX 34)")
TRTL_INCOME = ("35 WAGES, SALARY, OVERTIME,\nTIPS, BONUSES", "36 SELF-EMPLOYMENT, FARM\nOR RANCH (SCH. C OR F)",
               "37 UNEMPLOYMENT\nBENEFITS", "38 SOCIAL SECURITY, PENSION,\nDISABILITY (TAXABLE), ASSISTANCE",
               "39 NON-TAXABLE SOCIAL\nSECURITY, SSI, DISABILITY", "40 RENTS AND LEASES (INCL.\nGRAZING, FARM LEASES)",
               "41 INVESTMENT OR\nINSURANCE INCOME", "42 OTHER: TRIBAL PER-CAPITA,\nCHILD SUPPORT, ALIMONY")


def gcell(c: Canvas, x: float, top: float, w: float, h: float, caption: str) -> float:
    """A grid cell: a shaded caption band at the top, the answer area below it. Returns the answer baseline."""
    lines_ = caption.split("\n")
    band = 4 + 7.2 * len(lines_)
    c.setLineWidth(0.6)
    c.setFillGray(0.88)
    c.rect(x, top - band, w, band, stroke=0, fill=1)
    c.setFillColor(black)
    c.rect(x, top - h, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 6.3)
    for i, ln in enumerate(lines_):
        c.drawString(x + 3, top - 7.5 - 7.2 * i, ln)
    return top - h + 7


def comb(c: Canvas, x: float, y: float, n: int, cw: float = 15.0, ch: float = 17.0) -> list[float]:
    """n small answer boxes in a row from (x, y) bottom-left; returns their centres."""
    c.setLineWidth(0.5)
    out = []
    for i in range(n):
        c.rect(x + i * cw, y, cw, ch, stroke=1, fill=0)
        out.append(x + i * cw + cw / 2)
    return out


def section_bar(c: Canvas, top: float, text: str) -> None:
    c.setFillColor(Color(0.32, 0.13, 0.08))
    c.rect(36, top - 13, 540, 13, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(40, top - 10, text)
    c.setFillColor(black)


def trtl_header(c: Canvas, page: int) -> None:
    c.setFillColor(Color(0.32, 0.13, 0.08))
    c.circle(52, 744, 14, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(52, 741, "TR")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 748, "TWO RIVERS TRIBAL LENDING, INC.")
    c.setFont("Helvetica", 7.5)
    c.drawString(72, 738, "Section 184 Indian Home Loan Guarantee Program  -  Loan Servicing Department")
    c.drawString(72, 729, "PO Box 184, Two Rivers Agency, SD 57580  -  (605) 555-0184")
    c.setFont("Helvetica-Bold", 12)
    c.drawRightString(576, 748, "HOMEOWNER ASSISTANCE REQUEST")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(576, 738, f"Form TRTL-LM2 (Rev. 01/2062)    Page {page} of 2")


def trtl_grid(app: App, mode: str) -> Paper:
    """Two Rivers Tribal Lending's Section 184 'Homeowner Assistance Request' (TRTL-LM2): every question a numbered
    cell of a ruled grid, its caption in a shaded band and the answer written in the box below it; the loan
    number, SSN, state, ZIP and dates one character a little box; marks are X'd in small boxes under captions."""
    co = app.co or ("", "", "")

    def page1(c: Canvas) -> list[Mark]:
        f = Fill(c, mode, app.seed)
        trtl_header(c, 1)
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(36, 712, "Print one answer in the box below each caption, one character per small box. Use "
                              "black or blue ink. Mark a box with an X.")
        section_bar(c, 700, "A   BORROWER")
        top = 687
        y = gcell(c, 36, top, 216, 38, "1 LOAN NUMBER")
        for xc, ch in zip(comb(c, 42, y - 4, 12), app.loan, strict=False):
            f.char(xc, y, ch)
        y = gcell(c, 252, top, 150, 38, "2 SECTION 184 CASE NUMBER\n(FROM YOUR GUARANTEE CERTIFICATE)")
        f.text(256, y, app.case184, 10)
        y = gcell(c, 402, top, 174, 38, "3 TRIBE OR NATION OF ENROLLMENT")
        f.text(406, y, app.tribe, 9.5)
        for n, (nm, ssn4) in enumerate((((app.last, app.first, app.mi), app.ssn[-4:]),
                                        ((co[2], co[0], co[1]), app.co_ssn[-4:] if app.co else ""))):
            top = 649 - 38 * n
            who = "BORROWER" if n == 0 else "CO-BORROWER"
            base = 4 + 4 * n
            y = gcell(c, 36, top, 200, 38, f"{base} {who} - LAST NAME")
            f.text(40, y, nm[0])
            y = gcell(c, 236, top, 150, 38, f"{base + 1} FIRST NAME")
            f.text(240, y, nm[1])
            y = gcell(c, 386, top, 40, 38, f"{base + 2} M.I.")
            f.text(398, y, nm[2])
            y = gcell(c, 426, top, 150, 38, f"{base + 3} SSN - LAST 4 DIGITS")
            for xc, ch in zip(comb(c, 432, y - 4, 4), ssn4, strict=False):
                f.char(xc, y, ch)
        top = 573
        y = gcell(c, 36, top, 180, 38, "12 DAYTIME PHONE")
        f.text(40, y, app.phone)
        y = gcell(c, 216, top, 360, 38, "13 E-MAIL")
        f.text(220, y, app.email, upper=False)
        section_bar(c, 531, "B   THE HOME")
        top = 518
        y = gcell(c, 36, top, 540, 38, "14 PROPERTY ADDRESS - HOUSE NUMBER AND STREET, ROAD OR ROUTE")
        f.text(40, y, app.street)
        top = 480
        y = gcell(c, 36, top, 220, 38, "15 CITY / TOWN / COMMUNITY")
        f.text(40, y, app.city)
        y = gcell(c, 256, top, 60, 38, "16 STATE")
        for xc, ch in zip(comb(c, 262, y - 4, 2), app.state, strict=True):
            f.char(xc, y, ch)
        y = gcell(c, 316, top, 110, 38, "17 ZIP CODE")
        for xc, ch in zip(comb(c, 322, y - 4, 5), app.zip, strict=True):
            f.char(xc, y, ch)
        y = gcell(c, 426, top, 150, 38, "18 COUNTY")
        f.text(430, y, app.county)
        y = gcell(c, 36, 442, 540, 38, "19 MAILING ADDRESS IF DIFFERENT (P.O. BOX, TOWN, STATE, ZIP)")
        f.text(40, y, app.mailing)
        top = 404
        gcell(c, 36, top, 240, 48, "20 LAND STATUS OF THE HOME SITE")
        for i, (cap, key) in enumerate((("TRIBAL TRUST", "trust"), ("ALLOTTED", "allotted"),
                                        ("FEE SIMPLE", "fee"))):
            x = 36 + i * 80
            c.setFont("Helvetica", 6.3)
            c.drawCentredString(x + 40, top - 21, cap)
            c.rect(x + 34, top - 42, 12, 12, stroke=1, fill=0)
            if app.land == key:
                f.cross(x + 34, top - 42, 12)
        gcell(c, 276, top, 300, 48, "21 HOW THE HOME IS USED (MARK ONE)")
        for i, (cap, key) in enumerate((("MY PRINCIPAL RESIDENCE", "primary_residence"),
                                        ("SECOND / SEASONAL HOME", "second_home"),
                                        ("RENTED TO OTHERS", "investment_property"))):
            x = 276 + i * 100
            c.setFont("Helvetica", 6.3)
            c.drawCentredString(x + 50, top - 21, cap)
            c.rect(x + 44, top - 42, 12, 12, stroke=1, fill=0)
            if app.occupancy == key:
                f.cross(x + 44, top - 42, 12)
        section_bar(c, 352, "C   HARDSHIP - MARK EVERY BOX THAT APPLIES")
        for i, (cap, code) in enumerate(zip(TRTL_REASONS, HARDSHIPS, strict=True)):
            row, col = divmod(i, 5)
            x, top = 36 + col * 108, 339 - row * 46
            gcell(c, x, top, 108, 46, cap)
            c.rect(x + 48, top - 41, 12, 12, stroke=1, fill=0)
            if code in app.hardships:
                f.cross(x + 48, top - 41, 12)
        top = 247
        y = gcell(c, 36, top, 200, 38, "32 DATE HARDSHIP BEGAN (MM DD YYYY)")
        centres = comb(c, 42, y - 4, 2) + comb(c, 78, y - 4, 2) + comb(c, 114, y - 4, 4)
        c.setFont("Helvetica", 9)
        c.drawCentredString(75, y + 1, "/")
        c.drawCentredString(111, y + 1, "/")
        if app.start:
            for xc, ch in zip(centres, app.start.strftime("%m%d%Y"), strict=True):
                f.char(xc, y, ch)
        gcell(c, 236, top, 340, 38, "33 THE HARDSHIP IS EXPECTED TO LAST (MARK ONE)")
        for i, (cap, key) in enumerate((("6 MONTHS OR LESS", "short"), ("LONGER THAN 6 MONTHS", "long"),
                                        ("ALREADY RESOLVED", "resolved"))):
            x = 236 + i * 113
            c.setFont("Helvetica", 6.3)
            c.drawString(x + 22, top - 28, cap)
            c.rect(x + 6, top - 32, 12, 12, stroke=1, fill=0)
            if app.duration == key:
                f.cross(x + 6, top - 32, 12)
        y = gcell(c, 36, 209, 540, 46, "34 EXPLAIN - REQUIRED IF BOX 31 IS MARKED")
        lines_ = wrap_answer(mode, app.other_text or app.explain, 9.5, 525)
        for i, ln in enumerate(lines_[:2]):
            f.text(40, y + 12 - 13 * i, ln, 9.5, upper=False)
        c.setFont("Helvetica", 7)
        c.drawString(36, 150, "Two Rivers Tribal Lending services Section 184 loans guaranteed by HUD's Office of "
                              "Loan Guarantee. Continue on page 2.")
        c.drawCentredString(W / 2, 36, "TRTL-LM2  -  Page 1 of 2")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Fill(c, mode, app.seed + 50)
        trtl_header(c, 2)
        y = gcell(c, 360, 722, 216, 36, "LOAN NUMBER (REPEAT FROM BOX 1)")
        for xc, ch in zip(comb(c, 366, y - 4, 12), app.loan, strict=False):
            f.char(xc, y, ch)
        section_bar(c, 680, "D   MONTHLY INCOME OF ALL BORROWERS, BEFORE TAXES")
        income = app.income
        for i, (cap, code) in enumerate(zip(TRTL_INCOME, INCOMES, strict=True)):
            row, col = divmod(i, 4)
            x, top = 36 + col * 135, 667 - row * 50
            y = gcell(c, x, top, 135, 50, cap)
            c.setFont("Helvetica", 9)
            c.drawString(x + 6, y, "$")
            if income.get(code, 0) > 0:
                f.right(x + 128, y, money(income[code]))
        top = 567
        y = gcell(c, 36, top, 270, 38, "43 TOTAL MONTHLY INCOME (ADD BOXES 35 THROUGH 42)")
        c.setFont("Helvetica", 9)
        c.drawString(42, y, "$")
        f.right(296, y, money(app.total))
        y = gcell(c, 306, top, 130, 38, "44 PEOPLE IN HOUSEHOLD")
        f.text(312, y, str(app.household))
        y = gcell(c, 436, top, 140, 38, "45 CHILDREN UNDER 18")
        f.text(442, y, str(app.children))
        section_bar(c, 525, "E   ASSETS (DO NOT COUNT THIS HOME)")
        for i, (cap, v) in enumerate((("46 CHECKING / CASH ON HAND", app.checking), ("47 SAVINGS", app.savings),
                                      ("48 OTHER ASSETS", 0.0))):
            y = gcell(c, 36 + i * 180, 512, 180, 38, cap)
            c.setFont("Helvetica", 9)
            c.drawString(42 + i * 180, y, "$")
            if v:
                f.right(36 + i * 180 + 172, y, money(v))
        section_bar(c, 470, "F   CERTIFICATION AND SIGNATURES")
        paragraphs(c, 40, 446, 530, [
            "I certify that the information in this request is true and complete, that the hardship described "
            "contributed to my need for help, and that I will send the documents Two Rivers Tribal Lending asks "
            "for. I consent to a credit report and to being contacted at the phone and e-mail above. Knowingly "
            "false statements may violate federal and tribal law."], font="Helvetica", size=8, leading=10)
        people = [(app.b_signs, app.b_dates, 49, "BORROWER'S SIGNATURE", 0)]
        people.append((bool(app.co) and app.co_signs, bool(app.co) and app.co_dates, 51,
                       "CO-BORROWER'S SIGNATURE (IF ANY)", 1))
        for signs, dates, num, cap, k in people:
            top = 396 - 48 * k
            y = gcell(c, 36, top, 370, 48, f"{num} {cap}")
            if signs:
                f.sign(60, y - 2, 200, app.seed + k)
            y = gcell(c, 406, top, 170, 48, f"{num + 1} DATE SIGNED (MM DD YYYY)")
            centres = comb(c, 412, y - 4, 2) + comb(c, 448, y - 4, 2) + comb(c, 484, y - 4, 4)
            c.setFont("Helvetica", 9)
            c.drawCentredString(445, y + 1, "/")
            c.drawCentredString(481, y + 1, "/")
            if dates:
                for xc, ch in zip(centres, app.signed_on.strftime("%m%d%Y"), strict=True):
                    f.char(xc, y, ch, ink=mode != "screen")
        c.setFillGray(0.94)
        c.rect(36, 220, 540, 60, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(42, 270, "FOR TRTL USE ONLY")
        for i, cap in enumerate(("DATE RECEIVED", "LOSS MITIGATION SPECIALIST", "WORKOUT CODE")):
            gcell(c, 42 + i * 178, 262, 170, 36, cap)
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 36, "TRTL-LM2  -  Page 2 of 2")
        return f.marks

    return Paper([page1, page2])


# The USDA-style form printed two pages to a sheet ------------------------------------------------------------

HP_REASONS = ("Loss of a job, or unemployment", "Less income - fewer hours, lower prices or lost overtime",
              "Higher housing costs - taxes, insurance, propane, repairs", "A disaster - fire, flood, hail, storm",
              "Serious illness or disability in the household", "Divorce or legal separation",
              "Separation from a co-borrower you are not married to", "Death of a borrower or a wage earner",
              "Transfer or relocation for work far from home", "Something else (explain in Item 15)")
HP_LEGEND = (("W", "Wages, salary, overtime, tips, bonuses"), ("F", "Farm, ranch or other self-employment"),
             ("U", "Unemployment benefits"), ("T", "Taxable Social Security, pension, disability, assistance"),
             ("N", "Non-taxable Social Security, SSI, disability"), ("R", "Rent, land, grazing or crop-share leases"),
             ("I", "Investment or insurance income"), ("O", "Other - per-capita, child support, alimony, other"))


def hp_header(c: Canvas, page: int) -> None:
    c.setFont("Helvetica-Bold", 16)
    c.drawString(54, 748, "HIGH PLAINS RURAL HOUSING SERVICING CENTER")
    c.setFont("Helvetica", 9.5)
    c.drawString(54, 734, "Servicing agent for single-family rural housing loans - PO Box 3550, Harlan Springs, NE")
    c.setFont("Helvetica-Bold", 11)
    c.drawRightString(558, 720, "Form HP-3550-9")
    c.setFont("Helvetica", 10)
    c.drawRightString(558, 708, f"Page {page} of 4")
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, 714, "APPLICATION FOR PAYMENT ASSISTANCE")
    c.drawString(54, 700, "OR LOAN WORKOUT")
    c.setLineWidth(1.5)
    c.line(54, 692, 558, 692)
    c.setFont("Helvetica", 9)
    c.drawString(54, 40, "HP-3550-9 (01-62)   Previous editions are obsolete.")


def hp_part(c: Canvas, y: float, text: str) -> None:
    c.setFillGray(0.8)
    c.rect(54, y - 5, 504, 20, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 12.5)
    c.drawString(60, y, text)


def hp_item(c: Canvas, f: Fill, y: float, num: int, label: str, answer: str, upper: bool = True) -> None:
    """'Item n.' and its question on one line, the answer written on a ruled line under it."""
    c.setFont("Helvetica-Bold", 12)
    c.drawString(54, y, f"Item {num}.")
    c.setFont("Helvetica", 12)
    c.drawString(108, y, label)
    c.setLineWidth(0.6)
    c.line(96, y - 25, 558, y - 25)
    f.text(102, y - 21, answer, 13, upper=upper)


def hp_box(c: Canvas, f: Fill, x: float, y: float, label: str, on: bool) -> float:
    c.setLineWidth(0.8)
    c.rect(x, y - 2, 13, 13, stroke=1, fill=0)
    if on:
        f.cross(x, y - 2, 13)
    c.setFont("Helvetica", 12)
    c.drawString(x + 19, y, label)
    return x + 19 + stringWidth(label, "Helvetica", 12) + 18


def hp3550(app: App, mode: str) -> Paper:
    """High Plains Rural Housing Servicing Center's four-page 'Application for Payment Assistance or Loan Workout'
    (HP-3550-9), set in large type because the center mails it printed TWO PAGES TO A SHEET."""
    co = app.co_name or ""

    def page1(c: Canvas) -> list[Mark]:
        f = Fill(c, mode, app.seed)
        hp_header(c, 1)
        hp_part(c, 666, "PART A - ACCOUNT AND BORROWERS")
        items = [("Account (loan) number", app.loan), ("Borrower's full name", app.borrower),
                 ("Last four digits of the borrower's Social Security number", app.ssn[-4:]),
                 ("Co-borrower's full name (leave blank if none)", co),
                 ("Last four digits of the co-borrower's Social Security number", app.co_ssn[-4:] if co else ""),
                 ("Telephone number where we can reach you", app.phone)]
        for i, (label, answer) in enumerate(items):
            hp_item(c, f, 638 - 44 * i, i + 1, label, answer)
        hp_part(c, 364, "PART B - THE PROPERTY")
        hp_item(c, f, 336, 7, "Street address or rural route of the property", app.street)
        hp_item(c, f, 292, 8, "City or town, State and ZIP code", f"{app.city}, {app.state} {app.zip}")
        hp_item(c, f, 248, 9, "Mailing address, if different from the property", app.mailing)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, 196, "Item 10.")
        c.setFont("Helvetica", 12)
        c.drawString(108, 196, "Do you live in this house as your home?")
        x = hp_box(c, f, 340, 196, "Yes", app.occupancy == "primary_residence")
        hp_box(c, f, x, 196, "No", app.occupancy != "primary_residence")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, 166, "Item 11.")
        c.setFont("Helvetica", 12)
        c.drawString(108, 166, "If No, the house is:")
        x = hp_box(c, f, 228, 166, "a second or seasonal home", app.occupancy == "second_home")
        hp_box(c, f, x, 166, "rented to others", app.occupancy == "investment_property")
        return f.marks

    def page2(c: Canvas) -> list[Mark]:
        f = Fill(c, mode, app.seed + 20)
        hp_header(c, 2)
        hp_part(c, 666, "PART C - YOUR HARDSHIP")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, 638, "Item 12.")
        c.setFont("Helvetica", 12)
        c.drawString(108, 638, "For each cause below, mark YES or NO.")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawCentredString(70, 614, "YES")
        c.drawCentredString(106, 614, "NO")
        c.drawString(130, 614, "CAUSE")
        for i, (reason, code) in enumerate(zip(HP_REASONS, HARDSHIPS, strict=True)):
            y = 592 - 23 * i
            c.setLineWidth(0.4)
            c.line(54, y - 7, 558, y - 7)
            c.setLineWidth(0.8)
            c.rect(63, y - 2, 13, 13, stroke=1, fill=0)
            c.rect(99, y - 2, 13, 13, stroke=1, fill=0)
            f.cross(63 if code in app.hardships else 99, y - 2, 13)
            c.setFont("Helvetica", 11.5)
            c.drawString(130, y, reason)
        hp_item(c, f, 346, 13, "Date the hardship began (month / day / year)", mdy(app.start) if app.start else "")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, 296, "Item 14.")
        c.setFont("Helvetica", 12)
        c.drawString(108, 296, "Do you expect the hardship to last more than six months?")
        x = hp_box(c, f, 108, 272, "Yes", app.duration == "long")
        x = hp_box(c, f, x, 272, "No", app.duration == "short")
        hp_box(c, f, x, 272, "It is already over", app.duration == "resolved")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, 236, "Item 15.")
        c.setFont("Helvetica", 12)
        c.drawString(108, 236, "In a few words, what happened?")
        lines_ = wrap_answer(mode, app.other_text or app.explain, 12.5, 450)
        for i in range(3):
            y = 212 - 26 * i
            c.setLineWidth(0.6)
            c.line(96, y - 4, 558, y - 4)
            if i < len(lines_):
                f.text(102, y, lines_[i], 12.5, upper=False)
        return f.marks

    def page3(c: Canvas) -> list[Mark]:
        f = Fill(c, mode, app.seed + 40)
        hp_header(c, 3)
        hp_part(c, 666, "PART D - HOUSEHOLD MEMBERS AND MONTHLY INCOME")
        paragraphs(c, 54, 640, 504, ["Item 16. List every source of income of everyone living in the house, one "
                                     "source on each line. Write the SOURCE CODE from the box and the GROSS amount "
                                     "received each month, before taxes."], font="Helvetica", size=11.5, leading=14)
        c.setLineWidth(0.8)
        c.rect(54, 500, 504, 100, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, 588, "SOURCE CODES")
        for i, (code, label) in enumerate(HP_LEGEND):
            col, row = divmod(i, 4)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(62 + col * 252, 572 - 18 * row, code)
            c.setFont("Helvetica", 9.5)
            c.drawString(76 + col * 252, 572 - 18 * row, label)
        c.setFont("Helvetica-Bold", 10.5)
        for x, t in ((58, "Household member"), (218, "Relation"), (300, "Code"), (346, "Paid by / source")):
            c.drawString(x, 478, t)
        c.drawRightString(556, 478, "Per month $")
        c.line(54, 472, 558, 472)
        for i in range(7):
            y = 450 - 27 * i
            c.setLineWidth(0.4)
            c.line(54, y - 6, 558, y - 6)
            for x in (212, 294, 340, 470):
                c.line(x, y - 6, x, y + 21)
            if i < len(app.rows):
                member, rel, code, payer, amount = app.rows[i]
                f.text(58, y, member, 11)
                f.text(218, y, rel, 11)
                f.text(310, y, code, 12)
                assert stringWidth(payer, "Helvetica", 12) < 118, payer
                f.text(346, y, payer, 10)
                f.right(554, y, money(amount), 11.5)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, 236, "Item 17.")
        c.setFont("Helvetica", 12)
        c.drawString(108, 236, "TOTAL monthly household income (add all lines)   $")
        c.line(400, 232, 558, 232)
        f.right(554, 236, money(app.total), 12)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, 200, "Item 18.")
        c.setFont("Helvetica", 12)
        c.drawString(108, 200, "Cash in checking and savings accounts   $")
        c.line(400, 196, 558, 196)
        if app.checking or app.savings:
            f.right(554, 200, money(r2(app.checking + app.savings)), 12)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, 164, "Item 19.")
        c.setFont("Helvetica", 12)
        c.drawString(108, 164, "Number of people living in the house")
        c.line(400, 160, 558, 160)
        f.text(410, 164, str(app.household), 12)
        return f.marks

    def page4(c: Canvas) -> list[Mark]:
        f = Fill(c, mode, app.seed + 60)
        hp_header(c, 4)
        hp_part(c, 666, "PART E - CERTIFICATION")
        paragraphs(c, 54, 640, 504, [
            "I (we) certify that the information in this application is true and complete, that the hardship I "
            "described is why I cannot make my full payment, and that I will give the servicing center the "
            "papers it asks for. I (we) authorize the center to verify income and to order a credit report. "
            "False statements are punishable under 18 U.S.C. 1001."], font="Helvetica", size=11.5, leading=15)
        people = [(app.b_signs, app.b_dates, "Signature of borrower", 0),
                  (bool(app.co) and app.co_signs, bool(app.co) and app.co_dates, "Signature of co-borrower", 1)]
        for signs, dates, cap, k in people:
            y = 500 - 80 * k
            c.setLineWidth(0.8)
            c.line(54, y, 360, y)
            c.line(384, y, 558, y)
            c.setFont("Helvetica", 10.5)
            c.drawString(54, y - 13, cap)
            c.drawString(384, y - 13, "Date (month / day / year)")
            if signs:
                f.sign(70, y + 3, 200, app.seed + k)
            if dates:
                f.date(392, y + 5, mdy(app.signed_on), 12)
        hp_part(c, 300, "PART F - FOR SERVICING CENTER USE ONLY")
        c.setLineWidth(0.8)
        c.rect(54, 190, 504, 100, stroke=1, fill=0)
        c.setFont("Helvetica", 11)
        for i, t in enumerate(("Date received", "Reviewed by", "Workout code", "Referred to")):
            col, row = divmod(i, 2)
            c.drawString(64 + col * 252, 262 - 40 * row, t + ":")
            c.line(160 + col * 252, 258 - 40 * row, 296 + col * 252, 258 - 40 * row)
        return f.marks

    return Paper([page1, page2, page3, page4])


# --- packets ------------------------------------------------------------------------------------------------


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


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, seq: Sequence[tuple[Doc | None, int, ScannedPage]], style: Scan) -> None:
        """An image-only file of sheets fed in the given order: (doc, index of the page in its doc, sheet)."""
        placed: dict[int, list[tuple[int, int]]] = {}
        for n, (doc, k, _) in enumerate(seq, 1):
            if doc is not None:
                if id(doc) not in placed:
                    self.docs.append(doc)
                    doc.scanned = True
                placed.setdefault(id(doc), []).append((k, n))
        for doc in self.docs:
            if id(doc) in placed:
                doc.pages = [(rel, n) for _, n in sorted(placed[id(doc)])]
        self.files[rel] = scans_pdf([s for _, _, s in seq], style)


def whole(doc: Doc | None, sheets: Sequence[ScannedPage]) -> list[tuple[Doc | None, int, ScannedPage]]:
    """Every sheet of a document, in its own order."""
    return [(doc, k, s) for k, s in enumerate(sheets)]


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", dict(s.fields), s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", dict(s.fields), s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def other_doc() -> Doc:
    return Doc("other", {})


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not (app.co_signs and app.co_dates)):
        out.append("application_signature")
    blanks = {"loan_number": app.loan, "borrower_name": app.first and app.last, "property_address": app.street,
              "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
              "income": app.income}
    out += [f"application_field:{k}" for k, v in blanks.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]
    pl = [d for d in docs if d.type == "profit_and_loss_statement" and d.signed and fresh(d.date)]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or bool(pl), "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank or letter("other")}
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


SWEETGRASS = "Sweetgrass Creek Nation"
SWEETGRASS_OFFICE = "PO Box 12, Sweetgrass Creek Agency, SD 57562  -  (605) 555-0140"
RED_WILLOW = "Red Willow Lake Band"
RED_WILLOW_OFFICE = "Tribal Government Center, 1 Council Drive, Red Willow, MT 59528  -  (406) 555-0162"
WOLF_CREEK = "Wolf Creek Rural Electric Cooperative, Inc."
WOLF_CREEK_ADDR = "411 Transformer Road, Pine Hollow Crossing, SD 57560  -  member-owned since 1946"
BIG_SANDY = "Big Sandy Valley Electric Cooperative"
BIG_SANDY_ADDR = "88 Substation Road, Box Elder Flats, MT 59521  -  your Touchline co-op"
PRAIRIE_GOLD = "Prairie Gold Farmers Cooperative"
TRTL = "Two Rivers Tribal Lending, Inc."
HPRH = "High Plains Rural Housing Servicing Center"
WH_LINE_SD = Withholding(0.1, 0.0, "", (("NRECA 401(k) 4%", 96.00), ("Medical - co-op plan", 88.50),
                                        ("IBEW Local dues", 31.00)))
WH_LINE_MT = Withholding(0.09, 0.047, "", (("NRECA 401(k) 3%", 70.00), ("Medical - co-op plan", 92.25)))
WH_ELEV = Withholding(0.06, 0.015, "", (("Coop store charge", 25.00),))


def tribal_wh(salary: float) -> Withholding:
    return Withholding(0.07, 0.0, "enrolled member residing in Indian country",
                       (("Tribal Employees Retirement 5%", r2(salary * 0.05)), ("Health plan (self-funded)", 41.60)))


def check_weekday(d: dt.date) -> dt.date:
    assert d.year == YEAR and d.weekday() < 5, d
    return d


def packet_cp1(seed: int) -> Packet:
    """Complete: born-digital loose files; the grid form typed on screen by a lineman and his wife."""
    received = check_weekday(dt.date(2062, 3, 14))
    addr = ["2214 BIA Route 7", "Sweetgrass Creek, SD 57562"]
    marcus = lineman_stub(WOLF_CREEK, WOLF_CREEK_ADDR, "Marcus D. Whitecloud", "L0417", "Journeyman Lineman",
                          "Sweetgrass Creek yard", dt.date(2062, 3, 10), 41.85, WH_LINE_SD, seed * 7 + 1,
                          overtime=False)
    renee = tribal_stub(SWEETGRASS, f"Office of the Treasurer - Payroll Division - {SWEETGRASS_OFFICE}",
                        "Renee A. Whitecloud", "SCN-20931", "Tribal Housing Authority", "Occupancy Specialist",
                        dt.date(2062, 2, 28), 1612.50, tribal_wh(1612.50))
    app = App("1840027391", "Marcus", "D", "Whitecloud", "947-31-5508", "2214 BIA Route 7", "Sweetgrass Creek", "SD",
              "57562", "(605) 555-0193", "mwhitecloud@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2061, 11, 3), "long", dt.date(2062, 3, 11),
              lines={"wages": r2(marcus.monthly + renee.monthly)}, co=("Renee", "A", "Whitecloud"),
              co_ssn="947-62-0374", county="Lone Tree", mailing="PO Box 418, Sweetgrass Creek, SD 57562",
              tribe=SWEETGRASS, case184="184-0062-44107", land="trust",
              explain="Transmission rebuild ended in November; no more overtime or call-out shifts for Marcus.",
              household=4, children=2, checking=812.40, savings=150.00, seed=seed + 11)
    p = Packet("cp1", received, app, [])
    loan = app.loan
    p.pdf(f"{loan} TRTL-LM2 request.pdf", paper_pdf(trtl_grid(app, "screen")), (app_doc(), 2))
    p.pdf(f"{loan} Marcus paystub 03-10.pdf", paper_pdf(marcus.paper), (stub_doc(marcus), 1))
    p.pdf(f"{loan} Renee pay statement.pdf", paper_pdf(renee.paper), (stub_doc(renee), 1))
    on = dt.date(2062, 3, 11)
    hl = hardship_letter(app.borrower, app.co_name, addr, loan, on, TRTL, [
        "I am a journeyman lineman at Wolf Creek REC. For two years I worked the transmission rebuild east of "
        "the agency, with overtime and call-outs almost every week. The rebuild was finished in November and "
        "since then I am paid for my regular 80 hours only, which is about $1,400 a month less than before.",
        "Renee works for the Tribal Housing Authority and her pay has not changed. We have two children at home. "
        "We want to keep our home and ask Two Rivers to lower our Section 184 payment to fit what we earn now."],
        ink=False, seed=seed)
    p.pdf(f"{loan} hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    enr = enrollment_letter(SWEETGRASS, SWEETGRASS_OFFICE, "Renee A. Whitecloud", "SC-004417",
                            dt.date(2031, 6, 2), dt.date(2062, 2, 20), seed + 5)
    p.pdf(f"{loan} enrollment verification.pdf", paper_pdf(enr.paper), (letter_doc(enr), 1))
    p.pdf(f"{loan} checklist.pdf", paper_pdf(servicer_checklist(loan, app.borrower,
                                                                [True, True, False, False, True, False, False],
                                                                seed, screen=True)), (other_doc(), 1))
    return p


def packet_cp2(seed: int) -> Packet:
    """Incomplete (irs_form_4506c): a farm couple's mailed packet in ONE mailroom scan; the HP-3550-9 filled by
    hand and copied two pages to a sheet, its sheets and a statement's pages out of order; a hail photo."""
    received = check_weekday(dt.date(2062, 7, 14))
    rng = random.Random(seed * 1000 + 2)
    addr = ["11482 County Road 9", "Hawley Junction, ND 58042"]
    ingrid = elevator_stub(PRAIRIE_GOLD, "Main Street and the Railroad, Hawley Junction, ND 58042",
                           "Ingrid M. Haugen", "PG-1183", "Hawley Junction elevator", dt.date(2062, 7, 7), 17.25,
                           WH_ELEV, seed * 7 + 2)
    app = App("0055172093", "Gunnar", "T", "Haugen", "962-48-3371", "11482 County Road 9", "Hawley Junction", "ND",
              "58042", "(701) 555-0126", "haugenfarms@example.com", "primary_residence", ["disaster"],
              dt.date(2062, 6, 14), "short", dt.date(2062, 7, 6),
              rows=[("Gunnar Haugen", "Self", "F", "Haugen Farms", 3900.00),
                    ("Ingrid Haugen", "Wife", "W", "Prairie Gold Coop", ingrid.monthly)],
              co=("Ingrid", "M", "Haugen"), co_ssn="962-51-0842", mailing="PO Box 61, Hawley Junction, ND 58042",
              explain="Hail June 14 flattened the wheat and tore up the machine shed and the house roof.",
              household=3, checking=2210.00, seed=seed + 21)
    p = Packet("cp2", received, app, ["irs_form_4506c"])
    holder = ["GUNNAR T HAUGEN", "INGRID M HAUGEN", "DBA HAUGEN FARMS"]
    net = ingrid.fields["net_current"]
    may = sentinel_statement(rng, holder, addr, "4410739258", 2062, 5, 6120.55,
                             [(3, "PRAIRIE GOLD COOP GRAIN SETTLEMENT", 4875.20), (5, "PRAIRIE GOLD COOP PAYROLL", net),
                              (12, "PRAIRIE GOLD COOP PAYROLL", net), (16, "HARLAN LIVESTOCK AUCTION PROCEEDS",
                                                                        3312.75),
                              (19, "PRAIRIE GOLD COOP PAYROLL", net), (26, "PRAIRIE GOLD COOP PAYROLL", net)])
    june = sentinel_statement(rng, holder, addr, "4410739258", 2062, 6, may.fields["ending_balance"],
                              [(2, "PRAIRIE GOLD COOP PAYROLL", net), (9, "PRAIRIE GOLD COOP PAYROLL", net),
                               (11, "PRAIRIE GOLD COOP GRAIN SETTLEMENT", 2960.40),
                               (16, "PRAIRIE GOLD COOP PAYROLL", net), (23, "PRAIRIE GOLD COOP PAYROLL", net),
                               (30, "PRAIRIE GOLD COOP PAYROLL", net)])
    tax = form1040_schedule_f("Gunnar T. Haugen", "Ingrid M. Haugen", "3371", "0842", addr, 2061, "Haugen Farms",
                              118450.00, 71630.00, 21880.00, dt.date(2062, 3, 30), seed + 25)
    adj = adjuster_letter("Northern Plains Farm Mutual Insurance", "Gunnar and Ingrid Haugen", addr,
                          dt.date(2062, 6, 29), dt.date(2062, 6, 14), "NPFM-62-118734")
    pat = patronage_notice(PRAIRIE_GOLD, "Gunnar T. Haugen", "M-20417", 2061, 148200.00, 0.0215, 0.3,
                           dt.date(2062, 3, 15))
    photo = photo_page(storm_photo(seed + 29), "machine shed north of the house - after the June 14 hail", seed + 30)
    style = Scan(dpi=200, tilt=0.45, blur=0.6, noise=0.0007)
    sheets = two_up_scan(hp3550(app, "hand"), style, seed + 200, extra={
        1: [Mark("note", 300, 118, "storm hit about 6 pm", size=11, seed=seed + 31, angle=6)]})
    ad = app_doc()
    jd, md = stmt_doc(june), stmt_doc(may)
    june_sheets = scan_paper(june.paper, style, seed + 202)
    may_sheets = scan_paper(may.paper, style, seed + 203)
    seq = [(ad, 1, sheets[1]), (ad, 0, sheets[0]), (jd, 1, june_sheets[1]), (jd, 0, june_sheets[0]),
           *whole(other_doc(), scan_paper(photo, style, seed + 204)), *whole(md, may_sheets),
           *whole(stub_doc(ingrid), scan_paper(ingrid.paper, style, seed + 205, extra={
               0: [Mark("note", 64, 380, "Ingrid - elevator job, more hours at harvest", size=12, seed=seed + 32)]})),
           *whole(Doc("tax_return", {"tax_year": 2061, "form": "1040"}, dt.date(2062, 3, 30)),
                  scan_paper(tax, style, seed + 206)),
           *whole(letter_doc(adj), scan_paper(adj.paper, style, seed + 207)),
           *whole(letter_doc(pat), scan_paper(pat.paper, style, seed + 208, extra={
               0: [Mark("note", 70, 300, "coop paper - not sure if you need it", size=12, seed=seed + 33, angle=-4)]}))]
    p.scan("MAILROOM_20620714_0031.pdf", seq, style)
    return p


def packet_cp3(seed: int) -> Packet:
    """Complete: a widow's mailed papers in a loan folder as two 150 dpi scans; the grid form hand-printed; the
    obituary sent twice; the per-capita letter documents the 'other' income."""
    received = check_weekday(dt.date(2062, 4, 25))
    addr = ["38 Meadowlark Loop", "Sweetgrass Creek, SD 57562"]
    stub = tribal_stub(SWEETGRASS, f"Office of the Treasurer - Payroll Division - {SWEETGRASS_OFFICE}",
                       "Verna L. Standing Elk", "SCN-11872", "Head Start Program", "Cook / Teacher Aide",
                       dt.date(2062, 4, 15), 1725.00, tribal_wh(1725.00))
    percap = percap_letter(SWEETGRASS, SWEETGRASS_OFFICE, "Verna L. Standing Elk", "SC-002281", addr,
                           dt.date(2062, 3, 27), 375.00, "monthly on the 20th", seed + 5)
    app = App("1840031158", "Verna", "L", "Standing Elk", "931-07-6642", "38 Meadowlark Loop", "Sweetgrass Creek",
              "SD", "57562", "(605) 555-0158", "vstandingelk@example.com", "primary_residence", ["death"],
              dt.date(2061, 12, 9), "long", dt.date(2062, 4, 18), lines={"wages": stub.monthly, "other": 375.00},
              county="Lone Tree", tribe=SWEETGRASS, case184="184-0058-31920", land="allotted",
              explain="My husband Dennis passed away December 9. He was the main wage earner.", household=3,
              children=1, checking=306.12, seed=seed + 31)
    p = Packet("cp3", received, app, [])
    obit = tribal_obituary("Sweetgrass Creek Tribal Times", "Dennis R. Standing Elk", dt.date(2003, 8, 21),
                           dt.date(2061, 12, 9), "Sweetgrass Creek",
                           "Dennis worked for twenty years as a heavy equipment operator for the Nation's roads "
                           "department and rode saddle bronc in his younger days.",
                           "his wife Verna, his son Tyrell, his mother Geraldine and many relatives",
                           "A wake was held at the community center, and he was laid to rest at the family cemetery "
                           "west of the agency.", dt.date(2061, 12, 16))
    on = dt.date(2062, 4, 18)
    hl = handwritten_letter(app.borrower, app.loan, on, "To Two Rivers Tribal Lending", [
        "My husband Dennis passed away on December 9. He ran the grader for the roads department and his pay was "
        "most of what we lived on.",
        "I work at Head Start and I get my per cap every month, but it is not enough for the house payment, the "
        "propane and my son's school things. I want to keep our home. Please help me with a lower payment."],
        seed + 37)
    style = Scan(dpi=150, tilt=0.55, blur=0.45, noise=0.0008)
    folder = app.loan
    ad = app_doc()
    app_sheets = scan_paper(trtl_grid(app, "hand"), style, seed + 300, extra={
        0: [Mark("note", 40, 112, "Dennis passed in December - obituary enclosed", size=12, seed=seed + 38,
                 angle=2)]})
    p.scan(f"{folder}/SCAN_0001.pdf", [
        *whole(ad, app_sheets), *whole(letter_doc(obit), scan_paper(obit.paper, style, seed + 301)),
        *whole(hardship_doc(on), scan_paper(hl, style, seed + 302))], style)
    style2 = Scan(dpi=150, tilt=0.25, blur=0.55, noise=0.0006)
    p.scan(f"{folder}/SCAN_0002.pdf", [
        *whole(stub_doc(stub), scan_paper(stub.paper, style2, seed + 303)),
        *whole(letter_doc(percap), scan_paper(percap.paper, style2, seed + 304)),
        *whole(letter_doc(obit), scan_paper(obit.paper, style2, seed + 305, extra={
            0: [Mark("note", 380, 140, "(2nd copy)", size=13, seed=seed + 39)]}))], style2)
    return p


def packet_cp4(seed: int) -> Packet:
    """Incomplete (application_signature): the grid form typed, printed and signed in ink, but the date boxes
    beside the signature left empty; faxed by the housing authority with one sheet fed upside down."""
    received = check_weekday(dt.date(2062, 5, 17))
    addr = ["61 Agency Heights Drive", "Sweetgrass Creek, SD 57562"]
    stubs = [tribal_stub(SWEETGRASS, f"Office of the Treasurer - Payroll Division - {SWEETGRASS_OFFICE}",
                         "Rosalind K. Yellowhorse", "SCN-30418", "Department of Transportation",
                         "School Bus Driver", d, 1890.00, tribal_wh(1890.00))
             for d in (dt.date(2062, 4, 30), dt.date(2062, 5, 15))]
    ssi = ssi_notice("Tyler J. Yellowhorse", "Rosalind K. Yellowhorse", addr, dt.date(2062, 3, 8), 943.00)
    app = App("1840038804", "Rosalind", "K", "Yellowhorse", "958-20-1167", "61 Agency Heights Drive",
              "Sweetgrass Creek", "SD", "57562", "(605) 555-0171", "rkyellowhorse@example.org", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2062, 1, 15), "long", dt.date(2062, 5, 12),
              lines={"wages": stubs[-1].monthly, "benefits_nontaxable": 943.00}, county="Lone Tree",
              tribe=SWEETGRASS, case184="184-0060-77215", land="trust",
              explain="Propane went from $1.90 to $3.40 a gallon and the house insurance went up $85 a month.",
              household=2, children=1, checking=140.77, b_dates=False, seed=seed + 41)
    p = Packet("cp4", received, app, ["application_signature"])
    on = dt.date(2062, 5, 12)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, TRTL, [
        "Since January my propane bill has almost doubled, and the insurance on the house went up by $85 a "
        "month when the policy renewed. I drive a school bus for the Nation and my pay did not change.",
        "My son Tyler lives with me and gets SSI, which I receive as his payee. With the higher bills I have "
        "fallen two payments behind. I am asking for a lower payment so I can catch up and keep our home."],
        ink=True, seed=seed + 44)
    style = Scan(dpi=200, tilt=0.35, blur=0.35, noise=0.0009, fax=True)
    cover = fax_cover("Sweetgrass Creek Housing Authority", "(605) 555-0149", TRTL, "(605) 555-0185", received, 7,
                      f"R. Yellowhorse - loan {app.loan}")
    p.scan("fax_20620517_1432.pdf", [
        *whole(None, scan_paper(cover, style, seed + 400)),
        *whole(app_doc(), scan_paper(trtl_grid(app, "print"), style, seed + 401)),
        *whole(stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 402)),
        *whole(stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 403, flip=[0])),
        *whole(letter_doc(ssi), scan_paper(ssi.paper, style, seed + 404, extra={
            0: [Mark("note", 330, 92, "Tyler's SSI - I am his payee", size=13, seed=seed + 45, angle=3)]})),
        *whole(hardship_doc(on), scan_paper(hl, style, seed + 405))], style)
    return p


def packet_cp5(seed: int) -> Packet:
    """Complete: a divorced tribal court clerk's e-mailed folder; the HP-3550-9 typed in the PDF and 'printed'
    two pages to a sheet by a print driver (text layer kept); the tribal court decree is a scan."""
    received = check_weekday(dt.date(2062, 8, 16))
    rng = random.Random(seed * 1000 + 5)
    addr = ["7 Loon Point Road", "Red Willow, MT 59528"]
    wh = Withholding(0.07, 0.0, "enrolled member residing in Indian country",
                     (("Tribal Employees Retirement 5%", 77.00), ("Health plan (self-funded)", 38.20)))
    stub = tribal_stub(RED_WILLOW, f"Finance Office - Payroll - {RED_WILLOW_OFFICE}", "Alicia R. Greyeagle",
                       "RWL-5520", "Tribal Court", "Deputy Court Clerk", dt.date(2062, 7, 31), 1540.00, wh)
    app = App("0055190317", "Alicia", "R", "Greyeagle", "975-12-4483", "7 Loon Point Road", "Red Willow", "MT",
              "59528", "(406) 555-0119", "agreyeagle@example.net", "primary_residence", ["divorce_or_separation"],
              dt.date(2061, 10, 1), "long", dt.date(2062, 8, 10),
              rows=[("Alicia Greyeagle", "Self", "W", "RWLB Tribal Court", stub.monthly),
                    ("Alicia Greyeagle", "Self", "O", "Child support", 425.00)],
              explain="Norman moved out in October 2061; divorce final February 2062. I pay the loan alone now.",
              household=2, checking=611.30, seed=seed + 51)
    p = Packet("cp5", received, app, [])
    net = stub.fields["net_current"]
    june = lonebutte_statement(rng, "ALICIA R GREYEAGLE", addr, "310077298", 2062, 6, 904.16,
                               [(5, "RWLB TCSE CHILD SUPPORT", 425.00), (15, "RED WILLOW LAKE BAND PAYROLL", net),
                                (30, "RED WILLOW LAKE BAND PAYROLL", net)])
    july = lonebutte_statement(rng, "ALICIA R GREYEAGLE", addr, "310077298", 2062, 7, june.fields["ending_balance"],
                               [(7, "RWLB TCSE CHILD SUPPORT", 425.00), (14, "RED WILLOW LAKE BAND PAYROLL", net),
                                (31, "RED WILLOW LAKE BAND PAYROLL", net)])
    decree = tribal_decree(RED_WILLOW, "DR-2061-0147", "Alicia R. Greyeagle", "Norman J. Greyeagle",
                           dt.date(2062, 2, 2), "The family home at 7 Loon Point Road, Red Willow, Montana, is awarded "
                           "to Petitioner, who shall be solely responsible for the mortgage loan on it.", 425.00,
                           seed + 55)
    folder = app.loan
    single = paper_pdf(hp3550(app, "screen"), creator="Microsoft Print to PDF (2 pages per sheet)")
    p.pdf(f"{folder}/HP-3550-9 application (2 per page).pdf", two_up_pdf(single, f"cp5hp{seed}"), (app_doc(), 2))
    p.pdf(f"{folder}/paystub 07-31.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{folder}/LBFCU June.pdf", paper_pdf(june.paper), (stmt_doc(june), 1))
    p.pdf(f"{folder}/LBFCU July.pdf", paper_pdf(july.paper), (stmt_doc(july), 1))
    style = Scan(dpi=150, tilt=0.3, blur=0.5, noise=0.0007)
    p.scan(f"{folder}/divorce decree.pdf", whole(letter_doc(decree), scan_paper(decree.paper, style, seed + 500)),
           style)
    on = dt.date(2062, 8, 10)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, HPRH, [
        "My husband Norman moved out in October of last year and our divorce was final on February 2. The "
        "tribal court gave me the house, and I have paid the loan by myself since then.",
        "I work as a deputy clerk at the tribal court and I receive $425 a month in child support through the "
        "Band's child support program. It is not enough for the full payment, the propane and our daughter's "
        "needs. I am asking for a workout so my daughter and I can stay in our home."], ink=False, seed=seed)
    p.pdf(f"{folder}/letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_cp6(seed: int) -> Packet:
    """Incomplete (income_doc:wages): a ranch couple's mail in ONE scan behind a separator sheet; the HP-3550-9
    filled by hand two pages to a sheet; the lineman's only stubs are from May (stale), one sent twice; a signed
    P&L covers the hay business; a hand-drawn map; the hand-written letter fed upside down."""
    received = check_weekday(dt.date(2062, 9, 21))
    rng = random.Random(seed * 1000 + 6)
    addr = ["2750 Milk River Road", "Box Elder Flats, MT 59521"]
    stubs = [lineman_stub(BIG_SANDY, BIG_SANDY_ADDR, "Wade R. Kittredge", "B2208", "Lineman", "Box Elder Flats", d,
                          38.20, WH_LINE_MT, seed * 7 + 6, overtime=False)
             for d in (dt.date(2062, 5, 5), dt.date(2062, 5, 19))]
    app = App("0055203846", "Wade", "R", "Kittredge", "988-14-2209", "2750 Milk River Road", "Box Elder Flats", "MT",
              "59521", "(406) 555-0122", "kittredgeranch@example.com", "primary_residence", ["disaster"],
              dt.date(2062, 8, 3), "short", dt.date(2062, 9, 12),
              rows=[("Wade Kittredge", "Self", "W", "Big Sandy REC", stubs[-1].monthly),
                    ("Jolene Kittredge", "Wife", "F", "Hay and boarding", 1150.00)],
              co=("Jolene", "A", "Kittredge"), co_ssn="988-30-7715",
              explain="Grass fire Aug 3 burned the hay yard, the old barn and 4 miles of fence.", household=4,
              checking=1480.00, seed=seed + 61)
    p = Packet("cp6", received, app, ["income_doc:wages"])
    pl, pl_fields = pl_statement("Jolene A. Kittredge", "Milk River Bench Hay & Horse Boarding",
                                 "2750 Milk River Road, Box Elder Flats, MT 59521", dt.date(2062, 1, 1),
                                 dt.date(2062, 8, 31), [("Hay sales", 7400.00), ("Horse boarding (3 stalls)", 5600.00)],
                                 [("Fuel and equipment repair", 1380.00), ("Fertilizer and twine", 910.00),
                                  ("Feed and bedding", 1230.00), ("Farrier and veterinarian", 280.00)],
                                 dt.date(2062, 9, 12), seed + 62)
    t_pdf, t_marks = form4506c_page("Wade", "R", "Kittredge", "988-14-2209", "2750 Milk River Road",
                                    "Box Elder Flats", "MT", "59521", HPRH, "(402) 555-0135", dt.date(2062, 9, 12),
                                    "(406) 555-0122", seed + 63, ink=True)
    aug = sentinel_statement(rng, ["WADE R KITTREDGE", "JOLENE A KITTREDGE"], addr, "5520198473", 2062, 8, 2214.08,
                             [(4, "BIG SANDY VALLEY EC PAYROLL", 2418.66), (18, "BIG SANDY VALLEY EC PAYROLL",
                                                                             2377.05),
                              (22, "DEPOSIT - HAY SALE", 960.00), (28, "DEPOSIT - BOARDING", 700.00)],
                             kind="PERSONAL CHECKING", checks=2)
    mp = hand_map([("hwy", (60, 600), (560, 600)), ("road", (300, 600), (300, 335)), ("lane", (300, 335), (300, 320))],
                  [(70, 612, "US HWY 2"), (205, 624, "grain bins"), (310, 480, "Milk River Rd - 6 mi gravel"),
                   (310, 400, "cattle guard"), (336, 300, "our place - 2nd on left, green roof"),
                   (70, 700, "How to find us (no address on GPS)")], seed + 64)
    on = dt.date(2062, 9, 12)
    hl = handwritten_letter("Wade and Jolene Kittredge", app.loan, on, "To High Plains Rural Housing", [
        "On August 3 a grass fire came over the bench from the west. It burned our hay yard, the old barn and "
        "about four miles of fence before the volunteer crews stopped it. We are okay and the house did not burn.",
        "We had to buy hay for the horses we board and we are rebuilding fence. Wade works for the electric co-op. "
        "We need a few months of lower payments to get through this winter."], seed + 65)
    style = Scan(dpi=200, tilt=0.5, blur=0.7, noise=0.0009)
    sheets = two_up_scan(hp3550(app, "hand"), style, seed + 600)
    ad = app_doc()
    s0, s1 = (scan_paper(s.paper, style, seed + 601 + i, extra={} if i == 0 else {
        0: [Mark("note", 360, 200, "newest ones I could find - W.K.", size=12, seed=seed + 66, angle=4)]})
        for i, s in enumerate(stubs))
    dup = scan_paper(stubs[1].paper, Scan(dpi=200, tilt=-0.9, blur=0.8, noise=0.0012), seed + 611)
    p.scan("BATCH_0921_07.pdf", [
        *whole(None, scan_paper(separator_sheet(app.loan), style, seed + 599)),
        (ad, 0, sheets[0]), (ad, 1, sheets[1]),
        *whole(stub_doc(stubs[0]), s0), *whole(other_doc(), scan_paper(mp, style, seed + 603)),
        *whole(stub_doc(stubs[1]), s1),
        *whole(Doc("profit_and_loss_statement", pl_fields, dt.date(2062, 8, 31), signed=True),
               scan_paper(pl, style, seed + 604)),
        *whole(hardship_doc(on), scan_paper(hl, style, seed + 605, flip=[0])),
        *whole(Doc("irs_form_4506c", {"signed": True, "signed_on": "2062-09-12"}, on, signed=True),
               scan_pdf_pages(t_pdf, [t_marks], style, seed + 606)),
        *whole(stmt_doc(aug), scan_paper(aug.paper, style, seed + 607)),
        *whole(stub_doc(stubs[1]), dup)], style)
    return p


def packet_cp7(seed: int) -> Packet:
    """Complete: a drought-hit ranch couple's loose scans; the HP-3550-9 typed, printed two pages to a sheet,
    signed and dated in ink by both; two fresh statements show the ranch and lease income; a signed 4506-C."""
    received = check_weekday(dt.date(2062, 10, 19))
    rng = random.Random(seed * 1000 + 7)
    addr = ["48213 Sandhill Trail", "Harlan Springs, NE 68937"]
    app = App("0055211760", "Leland", "P", "Voss", "921-55-0386", "48213 Sandhill Trail", "Harlan Springs", "NE",
              "68937", "(308) 555-0147", "vossranch@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2062, 6, 1), "long", dt.date(2062, 10, 9),
              rows=[("Leland Voss", "Self", "F", "Voss Ranch", 2850.00),
                    ("Leland Voss", "Self", "R", "Dvorak pasture lease", 650.00),
                    ("Marjorie Voss", "Wife", "F", "Eggs and garden", 240.00)],
              co=("Marjorie", "A", "Voss"), co_ssn="921-70-4418",
              explain="Drought - no second cutting of hay, calves sold early at light weights.", household=2,
              checking=3120.00, savings=1800.00, seed=seed + 71)
    p = Packet("cp7", received, app, [])
    holder = ["LELAND P VOSS", "MARJORIE A VOSS", "DBA VOSS RANCH"]
    aug = sentinel_statement(rng, holder, addr, "7730451192", 2062, 8, 4310.27,
                             [(4, "DVORAK PASTURE LEASE", 650.00), (12, "HARLAN LIVESTOCK AUCTION PROCEEDS", 5412.60),
                              (20, "DEPOSIT - EGG/GARDEN", 180.00)])
    sep = sentinel_statement(rng, holder, addr, "7730451192", 2062, 9, aug.fields["ending_balance"],
                             [(5, "DVORAK PASTURE LEASE", 650.00), (18, "HARLAN LIVESTOCK AUCTION PROCEEDS", 7120.35),
                              (26, "DEPOSIT - EGG/GARDEN", 210.00)])
    on = dt.date(2062, 10, 9)
    t_pdf, t_marks = form4506c_page("Leland", "P", "Voss", "921-55-0386", "48213 Sandhill Trail", "Harlan Springs",
                                    "NE", "68937", HPRH, "(402) 555-0135", on, "(308) 555-0147", seed + 73, ink=True)
    hl = hardship_letter(app.borrower, app.co_name, addr, app.loan, on, HPRH, [
        "This summer was the driest we have seen on the ranch. We got one cutting of hay instead of two, the "
        "pasture gave out in July, and we sold our calves six weeks early at light weights. Our ranch income "
        "this year is about a third less than last year.",
        "We still lease the north pasture to our neighbor and Marjorie sells eggs and garden produce in town. We "
        "ask for a workout that lowers our payment until the grass comes back."], ink=True, seed=seed + 74)
    dmap = drought_map("Harlan", "Nebraska", dt.date(2062, 9, 25), seed + 75)
    hi = Scan(dpi=200, tilt=0.3, blur=0.5, noise=0.0006)
    lo = Scan(dpi=150, tilt=0.4, blur=0.45, noise=0.0007)
    base = f"VOSS_{app.loan}"
    p.scan(f"{base}_01.pdf", whole(app_doc(), two_up_scan(hp3550(app, "print"), hi, seed + 700)), hi)
    p.scan(f"{base}_02.pdf", whole(stmt_doc(aug), scan_paper(aug.paper, lo, seed + 701)), lo)
    p.scan(f"{base}_03.pdf", whole(stmt_doc(sep), scan_paper(sep.paper, lo, seed + 702)), lo)
    p.scan(f"{base}_04.pdf", whole(Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on,
                                       signed=True), scan_pdf_pages(t_pdf, [t_marks], lo, seed + 703)), lo)
    p.scan(f"{base}_05.pdf", whole(hardship_doc(on), scan_paper(hl, lo, seed + 704, extra={
        0: [Mark("note", 400, 120, "call after 7 pm -", size=12, seed=seed + 76, angle=5),
            Mark("note", 400, 104, "no cell service at the ranch", size=12, seed=seed + 77, angle=5)]})), lo)
    p.scan(f"{base}_06.pdf", whole(letter_doc(dmap), scan_paper(dmap.paper, lo, seed + 705)), lo)
    return p


def packet_cp8(seed: int) -> Packet:
    """Incomplete (income_doc:other): the grid form typed on screen; the per-capita letter that documents the
    'other' income is January's annual letter, more than 90 days old; stubs and the clinic letter are scans."""
    received = check_weekday(dt.date(2062, 11, 13))
    addr = ["415 Agency Hill Road", "Red Willow, MT 59528"]
    wh = Withholding(0.07, 0.0, "enrolled member residing in Indian country",
                     (("Tribal Employees Retirement 5%", 73.25), ("Health plan (self-funded)", 38.20)))
    stubs = [tribal_stub(RED_WILLOW, f"Finance Office - Payroll - {RED_WILLOW_OFFICE}", "Elias J. Runningwater",
                         "RWL-3107", "Natural Resources - Conservation", "Fish & Wildlife Technician", d, 1465.00, wh)
             for d in (dt.date(2062, 10, 15), dt.date(2062, 10, 31))]
    percap = percap_letter(RED_WILLOW, RED_WILLOW_OFFICE, "Elias J. Runningwater", "RW-01877", addr,
                           dt.date(2062, 1, 12), 420.00, "monthly on the 1st", seed + 81)
    clinic = clinic_statement("Red Willow Lake Band Health Center", "Family Medicine  -  3 Clinic Road, Red Willow, "
                              "MT 59528  -  (406) 555-0177", "Elias J. Runningwater", dt.date(2062, 10, 30),
                              dt.date(2062, 7, 20), seed + 82)
    app = App("1840044629", "Elias", "J", "Runningwater", "939-41-2750", "415 Agency Hill Road", "Red Willow", "MT",
              "59528", "(406) 555-0188", "erunningwater@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2062, 7, 20), "long", dt.date(2062, 11, 6),
              lines={"wages": stubs[-1].monthly, "other": 420.00}, county="Willow", tribe=RED_WILLOW,
              case184="184-0061-10388", land="fee",
              explain="On medical leave part of the summer; back on light duty, no field overtime.", household=1,
              checking=275.55, seed=seed + 83)
    p = Packet("cp8", received, app, ["income_doc:other"])
    loan = app.loan
    p.pdf(f"{loan}_request.pdf", paper_pdf(trtl_grid(app, "screen")), (app_doc(), 2))
    style = Scan(dpi=150, tilt=0.35, blur=0.5, noise=0.0007)
    newer, older = stub_doc(stubs[1]), stub_doc(stubs[0])
    p.scan(f"{loan}_paystubs.pdf", [*whole(newer, scan_paper(stubs[1].paper, style, seed + 801)),
                                    *whole(older, scan_paper(stubs[0].paper, style, seed + 802))], style)
    p.scan(f"{loan}_percap.pdf", whole(letter_doc(percap), scan_paper(percap.paper, style, seed + 803, extra={
        0: [Mark("note", 330, 84, "they send this every January", size=12, seed=seed + 84, angle=3)]})), style)
    p.scan(f"{loan}_clinic.pdf", whole(letter_doc(clinic), scan_paper(clinic.paper, style, seed + 804)), style)
    return p


# --- main ---------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cp1, packet_cp2, packet_cp3, packet_cp4, packet_cp5, packet_cp6,
                                             packet_cp7, packet_cp8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and received dates."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("cp*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        rec = dt.date.fromisoformat(exp["received_on"])
        if rec.year != YEAR or rec.weekday() >= 5:
            problems.append(f"{name}: received_on {rec} is not a weekday of {YEAR}")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app["loan_number"] != exp["loan_number"] or not (6 <= len(app["loan_number"]) <= 15):
            problems.append(f"{name}: loan number")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: duplicate ids")
        if sum(d["type"] == "mortgage_assistance_application" for d in exp["documents"]) != 1:
            problems.append(f"{name}: not exactly one application")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
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
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
            if doc["type"] == "benefit_award_letter" and doc["fields"].get("benefit_type") not in INCOMES:
                problems.append(f"{name}: benefit_type {doc['fields']}")
        for rel in {p.relative_to(exp_path.parent / "inbox").as_posix()
                    for p in (exp_path.parent / "inbox").rglob("*.pdf")}:
            n = len(PdfReader(exp_path.parent / "inbox" / rel).pages)
            unlisted = [i for i in range(1, n + 1) if (rel, i) not in seen]
            if len(unlisted) > 1 or (unlisted and unlisted != [1]):
                problems.append(f"{name}: pages {unlisted} of {rel} belong to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cp1 ..)")
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
