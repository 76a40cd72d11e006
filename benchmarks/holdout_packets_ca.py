"""A holdout set of borrower packets (ca1..ca8) for CONDOMINIUM, MANUFACTURED-HOME AND RURAL HOUSEHOLDS, written
BLIND: from shared/spec (README, checklist, case-report schema, form710.md, domain-rules.md), shared/samples (the
packets, their expected.json and README), shared/reference/README.md and the blank Form 710 and Form 4506-C it names,
tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py (the
scaffold: scan noise, invariant reportlab output, expected.json, --check) and only the module docstrings of the other
holdout_packets_*.py - never the service's code, rules, data files or tests, and the service was not run on them.

    python benchmarks/holdout_packets_ca.py OUT_DIR [--seed N] [--check] [--only ca1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them.

THEME: the mail of condominium owners, families in manufactured homes (in a land-lease community or on their own
acre) and rural households holds many papers that LOOK LIKE the checklist's documents and are not - a condominium
association's OWNER ACCOUNT STATEMENT (period, account, previous balance, payments, balance: a bill, not a bank
statement), the board's NOTICE OF SPECIAL ASSESSMENT ("Monthly amount $570.00 / Frequency Monthly": what the owner
PAYS, not an award letter), a land-lease community's RESIDENT LEDGER for one lot (a running balance like a register),
a county treasurer's PROPERTY TAX STATEMENT with half-year coupons, an electric cooperative's MEMBER BILL (account,
billing period, previous balance, payment, total due) and a homeowner's insurance POLICY DECLARATIONS page that even
carries the loan number under the mortgagee - all of them type "other" - mixed among the real application, stubs,
statements (a rural credit union, a farm credit association), hardship letters, benefit letters and a 4506-C.

Applications:
- The real Form 710 (April 2023): filled through its AcroForm on screen and signed with drawn strokes, HOA "Yes" and
  the monthly dues typed (ca1, born-digital); filled in its fields, printed, signed and dated in ink by both spouses
  and PHOTOGRAPHED page by page on a table (ca6: perspective, uneven light, the table around the sheet); the blank
  printed and filled on a TYPEWRITER (ca4: every answer a few points above or through its line and left or right of
  where the field starts, the boxes X-ed by the typewriter, signed and dated in ink, 300 dpi grey scan).
- Kestrel Bay Loan Servicing's "HOMEOWNER ASSISTANCE WORKSHEET" (KB-12, two pages) printed on COLOURED paper and
  filled by hand: every choice is made by CIRCLING one printed word ("How is the home used? Circle one:
  Owner-occupied / Second home / Rental"; kind of home; rented land Yes / No; Short-term / Long-term / Resolved;
  "What happened? Circle all that apply: Job loss / Less income / Higher housing costs / ..."), every blank
  hand-printed in ink, income as lines a..h and a TOTAL: on canary paper in a colour scan with a tinted, uneven
  background and a lid shadow (ca2), on mint paper photographed (ca5), on pink paper colour-scanned (ca7).
- Sandhill Plains Savings Bank's old "APPLICATION FOR MORTGAGE PAYMENT RELIEF" (SP-7, rev. 6/88, two sheets in a
  serif face, numbered items 1..25 on ruled blanks, boxes for occupancy / dwelling / duration / reasons, income lines
  17..24 with dot leaders and a 25 TOTAL) filled on a TYPEWRITER slightly off the lines: faxed (ca3) and grey-scanned
  at 300 dpi with the borrower's date line left EMPTY (ca8).

Pay: a school-bus contractor's bi-weekly DRIVER EARNINGS STATEMENT (route hours AM / PM, field trips, pre-trip
inspections, no pay in summer); a land-lease community's ON-SITE STAFF PAY STATEMENT whose gross includes a
non-cash LOT RENT CREDIT taken back out as "Site rent - paid from lot rent credit" (monthly for a resident manager,
bi-weekly for an assistant manager; the truth's gross is the printed gross, credit included); a farm's weekly
ITEMIZED WAGE STATEMENT - AGRICULTURAL EMPLOYEE with numbered lines (custom-harvest crew by the hour; blueberry
pickers by the lug with rest-period pay); a grain cooperative's weekly VOUCHER CHECK for seasonal harvest help (the
earnings statement above the perforation, the voided check below); a rural school district's monthly PAY WARRANT
ADVICE for a part-time bus driver (a contract paid over twelve months plus activity trips). Every year-to-date
figure is the sum of that year's checks. Statements: a rural credit union's two-page core-system statement in
Courier (PREVIOUS BALANCE / NEW BALANCE, withdrawals with a TRAILING minus) and a farm credit association's landscape
CASH MANAGEMENT ACCOUNT statement (four tiles, withdrawals and deposits apart, a linked operating note). Letters: a
union pension fund's survivor-benefit verification and a rural electric cooperatives' retirement program's ANNUITY
AWARD NOTICE (both taxable), a farm mutual's workers' compensation award (non-taxable), a state NOTICE OF MONETARY
DETERMINATION (unemployment), a weekly paper's obituary clipping, typed hardship letters (signed in ink when
printed) and one HANDWRITTEN on ruled notebook paper, page 1 of the real IRS Form 4506-C typed and signed in ink.

Packets (received dates in 2052; truth judged on received_on per checklist.md, 90-day freshness):
- ca1 COMPLETE - condo; a folder named after the loan of e-mailed born-digital files: Form 710 on screen (wages from
  two fresh bus-contractor stubs, a taxable survivor pension with a fresh letter; higher housing costs need no
  papers), a hardship letter, and three "other": HOA statement, special-assessment notice, HO-6 declarations.
- ca2 COMPLETE - manufactured home in a land-lease community; ONE 200 dpi colour scan: KB-12 on canary paper (both
  spouses sign), a signed hardship letter, two fresh monthly lot-rent-credit stubs, the lot's resident ledger.
- ca3 INCOMPLETE income_doc:wages - a custom-harvest hand laid off for the winter; ONE fax behind a library's cover
  sheet: SP-7 typed (wages and unemployment claimed), the only stubs are last October's (stale), an unemployment
  determination, a property tax statement, an electric co-op bill, a signed hardship letter.
- ca4 COMPLETE - an acreage; loose files "<Surname> <loan> ..." / "<loan> ...": Form 710 typed on a typewriter
  (grey scan), a signed 4506-C (grey scan), a fresh grain co-op voucher check (born-digital), two consecutive fresh
  credit union statements showing the rent of the tenant home (born-digital), a signed hail-storm letter (scan), an
  electric co-op bill and a farm-dwelling declarations page ("other").
- ca5 INCOMPLETE income_doc:benefits_taxable - condo; KB-12 on mint paper PHOTOGRAPHED claims wages and a pension,
  two fresh school pay warrants, but the only "monthly amount" letter is the special-assessment notice (photo) and
  the only statement is the association's; no award letter, no bank statements.
- ca6 COMPLETE - manufactured home on owned land; loose files "<loan> - ...": Form 710 photographed (both sign in
  ink), two fresh piece-rate stubs, a fresh workers' compensation award for the co-borrower (non-taxable), a signed
  letter covering her injury (grey scan), manufactured-home declarations and a tax statement ("other").
- ca7 INCOMPLETE irs_form_4506c - a ranch; a folder named after the loan: KB-12 on pink paper and the letter as
  colour scans, two consecutive fresh farm credit cash-management statements (born-digital) documenting the claimed
  self-employment, a tax statement; no IRS Form 4506-C.
- ca8 INCOMPLETE application_signature - a widow, assistant manager of a land-lease community; ONE 300 dpi grey scan
  behind a barcode separator sheet: SP-7 typed, SIGNED but its date line empty, two fresh bi-weekly lot-rent-credit
  stubs, the survivor annuity award, the obituary, the handwritten letter, the lot ledger and an electric bill.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and must agree with each packet's stated scenario. `--check` regenerates the packets,
validates every expected.json (keys, codes, field names per document type, dates, that every listed page exists and
belongs to one document, that `scanned` matches the absence of a text layer) and verifies that every truth value is
printed on its pages: read back from the file for born-digital pages (text layer and AcroForm values), from what
was printed, typed and written on the sheet before it was scanned for image-only pages. Every file is the same bytes
for a seed: reportlab runs in invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All
people, employers, banks, associations and servicers are fictional; SSNs use the 900-999 area, and every page
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
import re
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
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
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
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
BLUE_INK = (28, 42, 128)
BLACK_INK = (34, 34, 40)
CANARY = (252, 236, 150)
MINT = (204, 236, 200)
PINK = (248, 210, 220)
OFF_WHITE = (247, 245, 238)


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def weekday_on_or_before(d: dt.date, weekday: int) -> dt.date:
    """The last `weekday` (0 = Monday) on or before d."""
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added to a printed page after it left the printer.
    kind: "sig" (a pen signature), "hand" (hand-printed words), "type" (a typewriter's strikes), "circle" (a pen
    circle around a printed word whose box starts at x, y and is w x h), "x" (a pen or typewriter X in a box).
    x, y: PDF points from the page's bottom-left (the baseline's left end for words)."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    h: float = 10.0
    size: float = 12.0
    seed: int = 1
    ink: tuple[int, int, int] = BLUE_INK


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
    for p in range(rng.randint(2, 3)):
        pts: list[tuple[float, float]] = []
        span = w * (0.5 if p == 0 else 0.33) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        tilt = rng.uniform(0.15, 0.35)
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = h * (0.95 if i < 8 else 0.5) * rng.uniform(0.85, 1.1)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi) * (1 - 0.4 * t)
            px = x + span * t + 2.5 * math.sin(t * loops * 2 * math.pi + 1.1) + tilt * (py - h * 0.35)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.06
        if x > w * 0.95:
            break
    strokes.append([(w * 0.05, h * 0.02), (min(x, w) * 0.9, h * 0.1)])
    return strokes


def circle_path(m: Mark) -> list[tuple[float, float]]:
    """A pen circle drawn around a word: a bit more than one turn, wobbling, its ends overlapping."""
    rng = random.Random(m.seed)
    cx, cy = m.x + m.w / 2, m.y + m.h / 2 - 1.5
    rx, ry = m.w / 2 + 5.5, m.h / 2 + 4.5
    turn = rng.uniform(1.08, 1.2)
    start = rng.uniform(0, 2 * math.pi)
    tilt = math.radians(rng.uniform(-4, 4))
    pts = []
    n = 56
    for i in range(n + 1):
        a = start + 2 * math.pi * turn * i / n
        k = 1 + 0.05 * math.sin(3 * a + m.seed) + 0.03 * (i / n)
        ex, ey = rx * k * math.cos(a), ry * k * math.sin(a)
        pts.append((cx + ex * math.cos(tilt) - ey * math.sin(tilt), cy + ex * math.sin(tilt) + ey * math.cos(tilt)))
    return pts


def x_paths(m: Mark) -> list[list[tuple[float, float]]]:
    rng = random.Random(m.seed)
    j = [rng.uniform(-1.2, 1.2) for _ in range(8)]
    x0, y0, x1, y1 = m.x, m.y, m.x + m.w, m.y + m.h
    return [[(x0 + j[0], y0 + j[1]), (x1 + j[2], y1 + j[3])], [(x0 + j[4], y1 + j[5]), (x1 + j[6], y0 + j[7])]]


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    """Marks made on the screen before the PDF was saved: drawn strokes, typed words."""
    for m in marks:
        c.saveState()
        c.setStrokeColor(Color(*(v / 255 for v in m.ink)))
        c.setLineWidth(1.1)
        c.setLineCap(1)
        c.setLineJoin(1)
        if m.kind in ("sig", "circle", "x"):
            if m.kind == "sig":
                strokes = [[(m.x + px, m.y + py) for px, py in s] for s in signature_path(m.seed, m.w)]
            elif m.kind == "circle":
                strokes = [circle_path(m)]
            else:
                strokes = x_paths(m)
            for stroke in strokes:
                path = c.beginPath()
                path.moveTo(*stroke[0])
                for pt in stroke[1:]:
                    path.lineTo(*pt)
                c.drawPath(path, stroke=1, fill=0)
        else:
            c.setFont("Courier", m.size)
            c.drawString(m.x, m.y, m.text)
        c.restoreState()


def paper_pdf(paper: Paper, screen_marks: bool = True, creator: str = "holdout_packets_ca") -> bytes:
    """The born-digital PDF of a paper; its marks drawn as vector strokes / typed words when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        c.setPageSize(paper.size)
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
    writer.add_metadata({"/Producer": "holdout_packets_ca"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def pdf_page_texts(pdf: bytes) -> list[str]:
    """Each page's text layer plus the values typed into its form fields (what a reader of the file sees)."""
    reader = PdfReader(io.BytesIO(pdf))
    out = []
    for page in reader.pages:
        parts = [page.extract_text() or ""]
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            v = w.get("/V")
            if v is not None and w.get("/FT") == "/Tx":
                parts.append(str(v))
        out.append("\n".join(parts))
    return out


# --- scanning, faxing, photographing ---------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How paper became an image: mode "grey" (a copier's grey scan), "fax" (200 dpi black and white),
    "colour" (a colour scan: coloured paper keeps its tint, unevenly) or "photo" (a phone photo of the sheet
    lying on a table: perspective, uneven light, the table around it)."""

    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    mode: str = "grey"
    seed: int = 1


@dataclass
class ScannedPage:
    image: Image.Image
    size: tuple[float, float]  # points
    text: str = ""  # what was printed and written on the sheet before it was scanned (for --check)


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def _ink_value(img: Image.Image, rgb: tuple[int, int, int], darken: int = 0) -> int | tuple[int, int, int]:
    rgb = tuple(max(0, min(255, v + darken)) for v in rgb)  # type: ignore[assignment]
    if img.mode == "L":
        return round(0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2])
    return rgb


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    """Draw the marks onto a rendered page: pen strokes, hand printing, typewriter strikes."""
    draw = ImageDraw.Draw(img)

    def to_px(x: float, y: float) -> tuple[float, float]:
        return x * scale, (page_h - y) * scale

    for m in marks:
        if m.kind in ("sig", "circle", "x"):
            if m.kind == "sig":
                strokes = [[(m.x + px, m.y + py) for px, py in s] for s in signature_path(m.seed, m.w)]
            elif m.kind == "circle":
                strokes = [circle_path(m)]
            else:
                strokes = x_paths(m)
            width = max(2, round(1.2 * scale))
            for stroke in strokes:
                draw.line([to_px(*p) for p in stroke], fill=_ink_value(img, m.ink), width=width, joint="curve")
        elif m.kind == "hand":
            rng = random.Random(m.seed)
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=_ink_value(img, m.ink), font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.96, 1.1)
        else:  # a typewriter: fixed pitch, every key struck a little high or low, light or dark
            rng = random.Random(m.seed)
            font = _font(TYPE_FONT, round(m.size * scale))
            pitch = font.getlength("M")
            x = m.x * scale
            for ch in m.text:
                if ch != " ":
                    dy = rng.uniform(-0.8, 0.8) * scale
                    dark = rng.choice([0, 0, 10, 25, 45, -10])
                    px, py = x + rng.uniform(-0.25, 0.25) * scale, (page_h - m.y) * scale + dy
                    draw.text((px, py), ch, fill=_ink_value(img, m.ink, dark), font=font, anchor="ls")
                    if rng.random() < 0.12:  # a heavy strike
                        draw.text((px + 0.6, py), ch, fill=_ink_value(img, m.ink, dark), font=font, anchor="ls")
                x += pitch


def _smooth_field(size: tuple[int, int], cells: tuple[int, int], lo: int, hi: int, rng: random.Random) -> Image.Image:
    """A slowly varying grey field (uneven paper tone, uneven light): a few random cells blown up smoothly."""
    small = Image.new("L", cells)
    small.putdata([rng.randint(lo, hi) for _ in range(cells[0] * cells[1])])
    return small.resize(size, Image.Resampling.BICUBIC)


def degrade(img: Image.Image, style: Scan, seed: int, paper: tuple[int, int, int] | None) -> Image.Image:
    rng = random.Random(seed)
    if style.mode == "photo":
        return photograph(img, style, rng, paper or OFF_WHITE)
    fill: int | tuple[int, int, int] = 255 if img.mode == "L" else (255, 255, 255)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=fill)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if style.mode == "colour":
        out = ImageChops.multiply(out, Image.new("RGB", out.size, paper or OFF_WHITE))
        tone = _smooth_field(out.size, (5, 7), 208, 255, rng).convert("RGB")
        out = ImageChops.multiply(out, tone)
        shade = Image.new("L", out.size, 255)  # the scanner lid's shadow along one edge
        d = ImageDraw.Draw(shade)
        edge = rng.choice(["left", "top"])
        for i in range(40):
            v = 150 + i * 105 // 40
            if edge == "left":
                d.line([(i, 0), (i, out.size[1])], fill=v)
            else:
                d.line([(0, i), (out.size[0], i)], fill=v)
        out = ImageChops.multiply(out, shade.convert("RGB"))
    elif style.mode == "grey":
        out = out.point(lambda v: int(18 + v * 0.91))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        if out.mode == "L":
            px[x, y] = 60 if px[x, y] > 128 else 230
        else:
            v = 70 if sum(px[x, y]) > 384 else 220
            px[x, y] = (v, v, v)
    if style.mode == "fax":
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """The 8 coefficients PIL's PERSPECTIVE transform needs to send output points dst to input points src."""
    rows = []
    rhs = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float))]


def photograph(page: Image.Image, style: Scan, rng: random.Random, paper: tuple[int, int, int]) -> Image.Image:
    """A phone photo of the sheet lying on a table: the page a little turned and foreshortened, lit unevenly."""
    page = ImageChops.multiply(page.convert("RGB"), Image.new("RGB", page.size, paper))
    pw, ph = page.size
    cw = round(pw * 1.12)
    ch = round(cw * 4 / 3)
    table = rng.choice([(112, 84, 58), (138, 132, 124), (92, 70, 52)])
    bg = Image.new("RGB", (cw, ch), table)
    bg = ImageChops.multiply(bg, _smooth_field((cw, ch), (9, 12), 170, 255, rng).convert("RGB"))
    ox, oy = (cw - pw) // 2 + rng.randint(-12, 12), (ch - ph) // 2 + rng.randint(-20, 20)
    bg.paste(page, (ox, oy))
    j = [rng.uniform(-0.028, 0.028) for _ in range(8)]
    src = [(0 + j[0] * cw, 0 + j[1] * ch), (cw + j[2] * cw, 0 + j[3] * ch), (cw + j[4] * cw, ch + j[5] * ch),
           (0 + j[6] * cw, ch + j[7] * ch)]
    dst = [(0, 0), (cw, 0), (cw, ch), (0, ch)]
    out = bg.transform((cw, ch), Image.Transform.PERSPECTIVE, perspective_coeffs(dst, src),
                       resample=Image.Resampling.BICUBIC, fillcolor=table)
    out = out.rotate(rng.uniform(-1.6, 1.6), resample=Image.Resampling.BICUBIC, expand=False, fillcolor=table)
    light = _smooth_field((cw, ch), (3, 4), 150, 255, rng).convert("RGB")
    out = ImageChops.multiply(out, light)
    warm = Image.new("RGB", (cw, ch), (255, 246, 228))
    out = ImageChops.multiply(out, warm)
    return out.filter(ImageFilter.GaussianBlur(style.blur or 0.9))


def render_pages(pdf: bytes, dpi: int, colour: bool) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as an image at dpi (grey or RGB), with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, grayscale=not colour, may_draw_forms=True)
            img = bitmap.to_pil().convert("RGB" if colour else "L")
            out.append((img, page.get_height()))
        return out
    finally:
        doc.close()


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int,
                paper: tuple[int, int, int] | None = None, extra_text: Sequence[str] = ()) -> list[ScannedPage]:
    """Print a PDF, add each page's marks, and scan (or fax, or photograph) the sheets."""
    sheets = []
    texts = pdf_page_texts(pdf)
    colour = style.mode in ("colour", "photo")
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi, colour)):
        page_marks = marks[i] if i < len(marks) else []
        ink_on_image(img, page_marks, style.dpi / 72, page_h)
        out = degrade(img, style, seed * 31 + i, paper)
        size = (out.size[0] * 72 / style.dpi, out.size[1] * 72 / style.dpi)
        text = "\n".join([texts[i], *(m.text for m in page_marks if m.text), *(extra_text if i == 0 else ())])
        sheets.append(ScannedPage(out, size, text))
    return sheets


def scan_paper(paper: Paper, style: Scan, seed: int, tint: tuple[int, int, int] | None = None) -> list[ScannedPage]:
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed, tint)


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap sheets into an image-only PDF: JPEG pages (grey or colour), or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.mode == "fax":
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=72 if style.mode == "photo" else 78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- pay --------------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, days or units; rate; amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    fica: bool = True
    deductions: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check
    state_name: str = "State income tax"

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)}
        if self.fica:
            out["Social Security"] = r2(gross * 0.062)
            out["Medicare"] = r2(gross * 0.0145)
        if self.state:
            out[self.state_name] = r2(gross * self.state)
        return out


def net_of(ch: Check, wh: Withholding, extra: float = 0.0) -> float:
    """Net pay: gross less taxes, fixed deductions and `extra` (a non-cash line taken back out)."""
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions) - extra)


def ytd_of(checks: Sequence[Check], wh: Withholding, extra: float = 0.0) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.deductions))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh, extra)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


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


def every(first: dt.date, last: dt.date, days: int) -> list[dt.date]:
    out = []
    d = first
    while d <= last:
        out.append(d)
        d += dt.timedelta(days=days)
    return out


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def box(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str, cap: float = 6.2,
        font: tuple[str, float] = ("Helvetica", 9.0), fill: float | None = None) -> None:
    c.saveState()
    if fill is not None:
        c.setFillGray(fill)
        c.rect(x, y, w, h, stroke=1, fill=1)
        c.setFillColor(black)
    else:
        c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", cap)
    c.drawString(x + 3, y + h - cap - 2, caption)
    c.setFont(*font)
    c.drawString(x + 3, y + 4, value)
    c.restoreState()


def bus_contractor_stub(rng: random.Random, company: str, address: str, terminal: str, driver: str, driver_id: str,
                        route: str, pay_date: dt.date, rate: float, wh: Withholding) -> Stub:
    """A school-bus contractor's bi-weekly driver earnings statement: route pay by the school day, no summer."""
    first = pay_date - dt.timedelta(days=14 * ((pay_date - dt.date(pay_date.year, 1, 1)).days // 14))
    dates = [d for d in every(first, pay_date, 14) if not (dt.date(d.year, 6, 20) <= d <= dt.date(d.year, 8, 25))]
    key = rng.randrange(10**6)
    checks = []
    for d in dates:
        rr = random.Random(f"{driver_id}{d}{key}")
        days = rr.choice([10, 10, 10, 9, 8])
        am = r2(days * rr.choice([1.75, 1.75, 2.0]))
        pm = r2(days * rr.choice([1.5, 1.75, 1.75]))
        trip = rr.choice([0.0, 0.0, 3.5, 5.0, 7.25])
        lines = {f"AM route {route}": (am, rate, r2(am * rate)), f"PM route {route}": (pm, rate, r2(pm * rate)),
                 "Pre-trip inspections": (float(days * 2), 6.50, r2(days * 2 * 6.50))}
        if trip:
            lines["Field trip / charter"] = (trip, r2(rate + 1.5), r2(trip * (rate + 1.5)))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.98, 0.75, 0.05))
        c.rect(40, 712, 322, 48, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, 740, company.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 728, address)
        c.drawString(50, 718, f"{terminal} terminal")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 744, "DRIVER EARNINGS STATEMENT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 731, f"Check date {mdy(pay_date)}")
        c.drawRightString(572, 720, f"Statement no. {driver_id[-3:]}{pay_date.strftime('%j')}")
        c.setLineWidth(0.5)
        grid = [[("DRIVER", driver, 180), ("DRIVER ID", driver_id, 80), ("TERMINAL", terminal, 130),
                 ("ROUTE", route, 142)],
                [("PERIOD BEGIN", mdy(start), 100), ("PERIOD END", mdy(end), 100),
                 ("PAY CYCLE", "Every two weeks (bi-weekly)", 190), ("SCHOOL DAYS IN PERIOD",
                                                                     f"{ch.lines['Pre-trip inspections'][0] / 2:.0f}",
                                                                     142)]]
        y = 672
        for row in grid:
            x = 40.0
            for cap, val, wd in row:
                box(c, x, y, wd, 26, cap, val)
                x += wd
            y -= 26
        y -= 24
        c.setFont("Helvetica-Bold", 8)
        heads = [(44, "EARNING", "l"), (300, "HOURS / COUNT", "r"), (370, "RATE", "r"), (460, "THIS PERIOD", "r"),
                 (566, "YEAR TO DATE", "r")]
        for x, t, al in heads:
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 17
        c.setFont("Helvetica", 9)
        for label in [f"AM route {route}", f"PM route {route}", "Field trip / charter", "Pre-trip inspections"]:
            if label not in ytd:
                continue
            q, rt, amt = ch.lines.get(label, (0.0, 0.0, 0.0))
            c.drawString(44, y, label)
            if q:
                c.drawRightString(300, y, f"{q:.2f}")
                c.drawRightString(370, y, money(rt))
                c.drawRightString(460, y, money(amt))
            c.drawRightString(566, y, money(ytd[label]))
            y -= 14
        c.line(380, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y - 2, "Total earnings")
        c.drawRightString(460, y - 2, money(ch.gross))
        c.drawRightString(566, y - 2, money(ytd["GROSS"]))
        y -= 34
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, "WITHHOLDINGS")
        c.drawString(320, y, "OTHER DEDUCTIONS")
        c.line(40, y - 4, 290, y - 4)
        c.line(316, y - 4, 572, y - 4)
        ty = y - 17
        c.setFont("Helvetica", 8.5)
        for k, v in wh.taxes(ch.gross).items():
            c.drawString(44, ty, k)
            c.drawRightString(220, ty, money(v))
            c.drawRightString(286, ty, money(ytd[k]))
            ty -= 13
        dy = y - 17
        for k, v in wh.deductions:
            c.drawString(320, dy, k)
            c.drawRightString(500, dy, money(v))
            c.drawRightString(566, dy, money(ytd[k]))
            dy -= 13
        by = min(ty, dy) - 50
        for i, (cap, val) in enumerate((("GROSS THIS PERIOD", ch.gross), ("GROSS YEAR TO DATE", ytd["GROSS"]),
                                        ("NET PAY - DIRECT DEPOSIT", net))):
            box(c, 40 + i * 178, by, 174, 34, cap, "$" + money(val), cap=7, font=("Helvetica-Bold", 12), fill=0.93)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, by - 20, "Route hours are paid from the dispatch log. Drivers are not paid when school is "
                                  "not in session. Keep this statement for your records.")
        return []

    return Stub(Paper([page]), stub_fields(company, driver, ch, start, end, "biweekly", ytd["GROSS"], net), pay_date)


def park_staff_stub(rng: random.Random, community: str, owner: str, address: str, employee: str, position: str,
                    lot: str, pay_date: dt.date, frequency: str, salary: float, lot_rent: float,
                    wh: Withholding) -> Stub:
    """A manufactured-home community's pay statement for on-site staff: part of the pay is a lot-rent credit,
    a non-cash wage that is taxed and then applied to the employee's own site rent instead of paid out."""
    if frequency == "monthly":
        dates = [month_end(pay_date.year, m) for m in range(1, pay_date.month + 1)]
        credit = lot_rent
        start = pay_date.replace(day=1)
        end = pay_date
    else:
        first = pay_date - dt.timedelta(days=14 * ((pay_date - dt.date(pay_date.year, 1, 1)).days // 14))
        dates = every(first, pay_date, 14)
        credit = r2(lot_rent * 12 / 26)
        end = pay_date - dt.timedelta(days=5)
        start = end - dt.timedelta(days=13)
    key = rng.randrange(10**6)
    checks = []
    for d in dates:
        rr = random.Random(f"{employee}{d}{key}")
        extra = rr.choice([0.0, 0.0, 4.0, 6.0, 9.5])
        lines = {"Salary - " + position.lower(): (0.0, 0.0, salary),
                 f"Lot rent credit - {lot} (non-cash)": (0.0, 0.0, credit)}
        if extra:
            lines["Extra hours - grounds and snow"] = (extra, 15.0, r2(extra * 15.0))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh, credit)
    net = net_of(ch, wh, credit)
    freq_word = {"monthly": "Monthly", "biweekly": "Bi-weekly (every other Friday)"}[frequency]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.86, 0.9, 0.84))
        c.rect(36, 60, 170, 700, stroke=0, fill=1)
        c.setFillColor(Color(0.2, 0.35, 0.2))
        c.setFont("Times-Bold", 13)
        y = 735
        for ln in wrap(community, "Times-Bold", 13, 160):
            c.drawString(44, y, ln)
            y -= 15
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        for ln in wrap(f"Payroll by {owner}, {address}", "Helvetica", 7, 156):
            c.drawString(44, y, ln)
            y -= 9
        y -= 20
        for k, v in (("Employee", employee), ("Position", position), ("Home site", lot),
                     ("Pay period", f"{mdy(start)} to {mdy(end)}"), ("Pay date", mdy(pay_date)),
                     ("Pay frequency", freq_word)):
            c.setFont("Helvetica-Bold", 7)
            c.drawString(44, y, k.upper())
            c.setFont("Helvetica", 9)
            for ln in wrap(v, "Helvetica", 9, 156):
                y -= 11
                c.drawString(44, y, ln)
            y -= 17
        c.setFont("Helvetica-Bold", 15)
        c.drawString(222, 738, "ON-SITE STAFF PAY STATEMENT")
        c.setLineWidth(1.5)
        c.line(222, 728, 572, 728)
        c.setLineWidth(0.5)
        y = 700

        def table(title: str, rows: Sequence[tuple[str, float, float]], y: float) -> float:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(222, y, title)
            c.drawRightString(490, y, "CURRENT")
            c.drawRightString(568, y, "YEAR TO DATE")
            c.line(222, y - 4, 572, y - 4)
            y -= 16
            c.setFont("Helvetica", 8.5)
            for label, cur, yy in rows:
                c.drawString(226, y, label)
                c.drawRightString(490, y, money(cur) if cur else "")
                c.drawRightString(568, y, money(yy))
                y -= 13
            return y - 14

        earn = [(k, ch.lines.get(k, (0, 0, 0.0))[2], ytd[k]) for k in ytd
                if k not in ("GROSS", "NET") and (k.startswith(("Salary", "Lot rent", "Extra")))]
        y = table("EARNINGS", earn, y)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(226, y + 6, "Gross earnings")
        c.drawRightString(490, y + 6, money(ch.gross))
        c.drawRightString(568, y + 6, money(ytd["GROSS"]))
        y -= 14
        taxes = wh.taxes(ch.gross)
        y = table("TAXES WITHHELD", [(k, v, ytd[k]) for k, v in taxes.items()], y)
        other = [(k, v, ytd[k]) for k, v in wh.deductions]
        other.append((f"Site rent {lot} - paid from lot rent credit", credit,
                      r2(credit * len(checks))))
        y = table("OTHER DEDUCTIONS", other, y)
        c.setFillGray(0.9)
        c.rect(222, y - 8, 350, 24, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(228, y, "NET CHECK")
        c.drawRightString(490, y, money(net))
        c.drawRightString(568, y, money(ytd["NET"]))
        c.setFont("Helvetica", 7)
        paragraphs(c, 222, y - 30, 350, [
            "The lot rent credit is a non-cash wage. It is included in gross earnings, taxed, reported on your "
            "Form W-2 and applied to your own site rent account; it is not paid to you in cash."],
            font="Helvetica", size=7, leading=9)
        return []

    return Stub(Paper([page]), stub_fields(community, employee, ch, start, end, frequency, ytd["GROSS"], net),
                pay_date)


def farm_crew_stub(rng: random.Random, farm: str, address: str, license_no: str, worker: str, worker_id: str,
                   crew: str, pay_date: dt.date, season_start: dt.date, hourly: float,
                   piece: tuple[str, float] | None, wh: Withholding, overtime: bool = False) -> Stub:
    """A farm's weekly statement for a seasonal field or greenhouse worker: numbered lines the way farm-labor
    wage statements are printed (hours, piece units and rate, minimum-wage make-up, rest periods, overtime)."""
    dates = every(season_start, pay_date, 7)
    key = rng.randrange(10**6)
    checks = []
    hours = 0.0
    for d in dates:
        rr = random.Random(f"{worker_id}{d}{key}")
        hours = rr.choice([38.0, 42.5, 46.0, 50.0, 44.0])
        lines: dict[str, tuple[float, float, float]] = {}
        if piece:
            units = rr.randrange(26, 44)
            earned = r2(units * piece[1])
            lines[f"Piece units - {piece[0]}"] = (float(units), piece[1], earned)
            floor = r2(hours * hourly)
            if earned < floor:
                lines["Make-up to minimum wage"] = (hours, 0.0, r2(floor - earned))
            lines["Rest and recovery periods"] = (r2(hours / 4 * 10 / 60), hourly, r2(hours / 4 * 10 / 60 * hourly))
        else:
            reg = min(hours, 40.0)
            lines["Regular hours"] = (reg, hourly, r2(reg * hourly))
            if overtime and hours > 40:
                lines["Overtime hours"] = (r2(hours - 40), r2(hourly * 1.5), r2((hours - 40) * hourly * 1.5))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=4)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    hours_now = hours  # the last week drawn is the current one

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.rect(40, 60, 532, 700, stroke=1, fill=0)
        c.setFont("Courier-Bold", 13)
        c.drawCentredString(W / 2, 735, farm.upper())
        c.setFont("Courier", 8.5)
        c.drawCentredString(W / 2, 722, address)
        c.drawCentredString(W / 2, 711, f"Farm labor employer registration {license_no}")
        c.line(40, 702, 572, 702)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 686, "ITEMIZED WAGE STATEMENT - AGRICULTURAL EMPLOYEE")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 675, "Paid weekly. Keep this statement; it shows how your pay was figured.")
        c.line(40, 666, 572, 666)
        rows = [("1", "Employee name", worker), ("2", "Employee number", worker_id), ("3", "Crew / location", crew),
                ("4", "Work week", f"{mdy(start)} through {mdy(end)}"), ("5", "Date paid", mdy(pay_date)),
                ("6", "Total hours worked this week", f"{hours_now:.2f}"),
                ("7", "Hourly rate", f"${hourly:.2f} an hour")]
        y = 648
        for num, label, val in rows:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(50, y, num)
            c.setFont("Helvetica", 8.5)
            c.drawString(66, y, label)
            c.setFont("Courier", 10)
            c.drawString(260, y, val)
            c.setDash(1, 2)
            c.line(255, y - 3, 560, y - 3)
            c.setDash()
            y -= 16
        y -= 10
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "8  Earnings")
        c.drawRightString(330, y, "UNITS / HOURS")
        c.drawRightString(400, y, "RATE")
        c.drawRightString(480, y, "THIS WEEK")
        c.drawRightString(562, y, "YEAR TO DATE")
        c.line(50, y - 4, 562, y - 4)
        y -= 17
        c.setFont("Courier", 9.5)
        for k in ytd:
            if k in ("GROSS", "NET") or k in wh.taxes(1.0) or k in dict(wh.deductions):
                continue
            q, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(66, y, k)
            if amt:
                c.drawRightString(330, y, f"{q:.2f}")
                c.drawRightString(400, y, f"{rt:.2f}" if rt else "")
                c.drawRightString(480, y, money(amt))
            c.drawRightString(562, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y - 4, "9  Gross wages")
        c.drawRightString(480, y - 4, money(ch.gross))
        c.drawRightString(562, y - 4, money(ytd["GROSS"]))
        y -= 28
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, y, "10 Deductions")
        y -= 15
        c.setFont("Courier", 9.5)
        for k, v in [*wh.taxes(ch.gross).items(), *wh.deductions]:
            c.drawString(66, y, k)
            c.drawRightString(480, y, money(v))
            c.drawRightString(562, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y - 8, "11 Net wages paid")
        c.drawRightString(480, y - 8, money(net))
        c.drawRightString(562, y - 8, money(ytd["NET"]))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 80, f"First check of the season: {mdy(season_start)}. Year to date includes every check "
                             "paid this calendar year.")
        return []

    return Stub(Paper([page]), stub_fields(farm, worker, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


def voucher_check_stub(rng: random.Random, coop: str, address: str, employee: str, emp_no: str, location: str,
                       pay_date: dt.date, first_check: dt.date, hourly: float, wh: Withholding) -> Stub:
    """A grain cooperative's voucher check for seasonal harvest help: the earnings statement on top, the check
    itself below the perforation (voided on the employee's copy)."""
    dates = every(first_check, pay_date, 7)
    key = rng.randrange(10**6)
    checks = []
    for d in dates:
        rr = random.Random(f"{emp_no}{d}{key}")
        hours = rr.choice([52.0, 58.5, 61.0, 66.0, 47.5])
        lines = {"Regular": (40.0, hourly, r2(40 * hourly)),
                 "Overtime 1.5x": (r2(hours - 40), r2(hourly * 1.5), r2((hours - 40) * hourly * 1.5))}
        if rr.random() < 0.4:
            lines["Dump-pit weekend premium"] = (8.0, 2.0, 16.0)
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=3)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)
    check_no = f"{40000 + (pay_date - dt.date(pay_date.year, 1, 1)).days * 7 + len(emp_no)}"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 748, coop)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 737, address)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, 748, "EARNINGS STATEMENT - DETACH AND RETAIN")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 737, f"Check no. {check_no}")
        c.setLineWidth(0.5)
        cells = [("EMPLOYEE", employee, 150), ("EMP. NO.", emp_no, 60), ("LOCATION", location, 110),
                 ("WEEK ENDING", mdy(end), 70), ("CHECK DATE", mdy(pay_date), 70), ("PAID", "Weekly", 72)]
        x = 40.0
        for cap, val, wd in cells:
            box(c, x, 700, wd, 26, cap, val, font=("Helvetica", 8.5))
            x += wd
        c.setFont("Helvetica", 7)
        c.drawString(40, 690, f"Pay period {mdy(start)} - {mdy(end)}  |  Seasonal harvest help")
        c.setFont("Helvetica-Bold", 7.5)
        y = 674
        for xx, t in ((44, "HOURS AND EARNINGS"), (200, "HRS"), (250, "RATE"), (310, "CURRENT"), (370, "YTD")):
            (c.drawString if xx == 44 else c.drawRightString)(xx, y, t)
        for xx, t in ((392, "TAXES / DEDUCTIONS"), (522, "CURRENT"), (570, "YTD")):
            (c.drawString if xx == 392 else c.drawRightString)(xx, y, t)
        c.line(40, y - 3, 374, y - 3)
        c.line(388, y - 3, 572, y - 3)
        c.setFont("Helvetica", 8)
        ey = y - 14
        for k in ("Regular", "Overtime 1.5x", "Dump-pit weekend premium"):
            if k not in ytd:
                continue
            q, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(44, ey, k)
            if amt:
                c.drawRightString(200, ey, f"{q:.2f}")
                c.drawRightString(250, ey, f"{rt:.3f}")
                c.drawRightString(310, ey, money(amt))
            c.drawRightString(370, ey, money(ytd[k]))
            ey -= 11
        ty = y - 14
        for k, v in [*wh.taxes(ch.gross).items(), *wh.deductions]:
            c.drawString(392, ty, k)
            c.drawRightString(522, ty, money(v))
            c.drawRightString(570, ty, money(ytd[k]))
            ty -= 11
        sy = min(ey, ty) - 22
        for i, (cap, cur, yy) in enumerate((("GROSS PAY", ch.gross, ytd["GROSS"]),
                                           ("TOTAL TAXES", sum(wh.taxes(ch.gross).values()),
                                            sum(ytd[k] for k in wh.taxes(1.0))),
                                           ("NET PAY", net, ytd["NET"]))):
            x = 40 + i * 178
            c.setFillGray(0.88)
            c.rect(x, sy, 174, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 4, sy + 4, cap)
            c.rect(x, sy - 16, 174, 16, stroke=1, fill=0)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 4, sy - 11, "Current " + money(r2(cur)))
            c.drawRightString(x + 170, sy - 11, "YTD " + money(r2(yy)))
        c.setDash(4, 3)
        c.line(20, 470, 592, 470)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawString(24, 474, "- - fold and tear along perforation - -")
        c.setFillColor(Color(0.88, 0.93, 0.98))
        c.rect(30, 250, 552, 205, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(44, 430, coop)
        c.setFont("Helvetica", 7.5)
        c.drawString(44, 419, address)
        c.setFont("Helvetica", 9)
        c.drawRightString(568, 430, f"No. {check_no}")
        c.drawRightString(568, 400, f"DATE  {mdy(pay_date)}")
        c.drawString(44, 370, "PAY TO THE")
        c.drawString(44, 360, "ORDER OF")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(110, 362, employee.upper())
        c.line(105, 358, 470, 358)
        c.rect(480, 356, 88, 20, stroke=1, fill=0)
        c.drawRightString(564, 362, f"**{money(net)}")
        dollars = int(net)
        c.setFont("Helvetica", 8.5)
        c.drawString(44, 330, f"EXACTLY {dollars:,} DOLLARS AND {round((net - dollars) * 100):02d} CENTS")
        c.line(44, 326, 470, 326)
        c.setFont("Helvetica-Bold", 16)
        c.setFillGray(0.6)
        c.drawCentredString(W / 2, 292, "VOID  -  NON-NEGOTIABLE  -  EMPLOYEE COPY")
        c.setFillColor(black)
        c.setFont("Courier", 10)
        c.drawString(60, 262, f"C{check_no}C  A091407712A  3310448{emp_no[-3:]}C")
        return []

    return Stub(Paper([page]), stub_fields(coop, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


def school_warrant_stub(district: str, address: str, employee: str, emp_no: str, assignment: str, pay_date: dt.date,
                        contract: float, trip_rate: float, trips: dict[int, float], wh: Withholding) -> Stub:
    """A rural school district's monthly pay warrant advice for a part-time bus driver: a contract amount spread
    over twelve months, plus activity-trip hours paid the month after they were driven."""
    dates = [weekday_on_or_before(month_end(pay_date.year, m), 4) for m in range(1, pay_date.month + 1)]
    checks = []
    for d in dates:
        lines = {"Bus driver contract (1/12)": (0.0, 0.0, contract)}
        hrs = trips.get(d.month, 0.0)
        if hrs:
            lines["Activity trips (prior month)"] = (hrs, trip_rate, r2(hrs * trip_rate))
        checks.append(Check(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start = pay_date.replace(day=1)
    end = month_end(pay_date.year, pay_date.month)
    net = net_of(ch, wh)
    warrant = f"W{pay_date.strftime('%y%m')}-{emp_no[-4:]}"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawString(50, 742, district)
        c.setFont("Times-Roman", 9)
        c.drawString(50, 730, address)
        c.setFont("Times-Bold", 12)
        c.drawRightString(562, 742, "PAY WARRANT ADVICE")
        c.setFont("Times-Roman", 9)
        c.drawRightString(562, 730, f"Warrant {warrant}")
        c.setLineWidth(0.8)
        c.line(50, 722, 562, 722)
        c.line(50, 719, 562, 719)
        c.setFont("Times-Roman", 10.5)
        y = 698
        for k, v in (("Employee", f"{employee}   (No. {emp_no})"), ("Assignment", assignment),
                     ("Pay period", f"{long_date(start)} - {long_date(end)}"),
                     ("Warrant date", long_date(pay_date)), ("Pay schedule", "Monthly, last Friday of the month")):
            c.setFont("Times-Bold", 10.5)
            c.drawString(50, y, k + ":")
            c.setFont("Times-Roman", 10.5)
            c.drawString(150, y, v)
            y -= 15
        y -= 14
        c.setFillColor(Color(0.93, 0.9, 0.82))
        c.rect(50, y - 5, 512, 17, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 10)
        c.drawString(56, y, "Pay and withholding")
        c.drawRightString(330, y, "Hours")
        c.drawRightString(400, y, "Rate")
        c.drawRightString(480, y, "This warrant")
        c.drawRightString(558, y, "Calendar YTD")
        y -= 18
        c.setFont("Times-Roman", 10)
        for k in ytd:
            if k in ("GROSS", "NET") or k in wh.taxes(1.0) or k in dict(wh.deductions):
                continue
            q, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(56, y, k)
            if q:
                c.drawRightString(330, y, f"{q:.1f}")
                c.drawRightString(400, y, money(rt))
            c.drawRightString(480, y, money(amt) if amt else "-")
            c.drawRightString(558, y, money(ytd[k]))
            y -= 14
        c.setFont("Times-Bold", 10)
        c.drawString(56, y, "Total gross")
        c.drawRightString(480, y, money(ch.gross))
        c.drawRightString(558, y, money(ytd["GROSS"]))
        y -= 20
        c.setFont("Times-Roman", 10)
        for k, v in [*wh.taxes(ch.gross).items(), *wh.deductions]:
            c.drawString(56, y, "less " + k)
            c.drawRightString(480, y, money(v))
            c.drawRightString(558, y, money(ytd[k]))
            y -= 14
        c.line(400, y + 9, 562, y + 9)
        c.setFont("Times-Bold", 11)
        c.drawString(56, y - 4, "Net amount of warrant")
        c.drawRightString(480, y - 4, money(net))
        c.drawRightString(558, y - 4, money(ytd["NET"]))
        c.setFont("Times-Italic", 8.5)
        c.drawString(50, y - 40, "Deposited to your account on the warrant date. The board of education meets the "
                                 "second Monday of each month.")
        return []

    return Stub(Paper([page]), stub_fields(district, employee, ch, start, end, "monthly", ytd["GROSS"], net),
                pay_date)


# --- bank statements --------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), month_end(year, month)


def month_lines(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                debits: Sequence[tuple[str, float, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and debits drawn between low and high."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, lo, hi in debits:
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -r2(rng.uniform(lo, hi))))
    out.sort(key=lambda t: (t[0], -t[2], t[1]))
    return out


RURAL_DEBITS = (("CASEY'S GEN STORE POS", 30, 75), ("FARM & FLEET POS", 20, 140), ("RURAL ELEC COOP ACH", 90, 210),
                ("CENTURY TEL ACH", 55, 80), ("HY-VEE POS", 60, 180), ("CHECK", 40, 300),
                ("DOLLAR GENERAL POS", 10, 45), ("MORTGAGE PMT PARTIAL", 300, 600))


def rural_cu_statement(rng: random.Random, cu: str, branch: str, holder: str, address: Sequence[str], acct: str,
                       year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """A rural credit union's share-draft statement printed by an old core system: fixed-width lines, amounts
    with a TRAILING minus for withdrawals, PREVIOUS BALANCE and NEW BALANCE lines, two pages."""
    start, end = month_bounds(year, month)
    lines = month_lines(rng, start, end, credits, RURAL_DEBITS)
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:8], rows[8:]

    def amt(a: float) -> str:
        return money(abs(a)) + ("-" if a < 0 else " ")

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.55, 0.42, 0.1))
        for i in range(5):  # a wheat-sheaf mark
            c.line(52 + i * 3, 735, 58, 752)
            c.ellipse(50 + i * 3, 752, 55 + i * 3, 760, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 748, cu)
        c.setFont("Helvetica", 8)
        c.drawString(72, 737, branch)
        c.setFont("Courier-Bold", 10)
        c.drawRightString(572, 748, "STATEMENT OF ACCOUNT")
        c.setFont("Courier", 9)
        c.drawRightString(572, 737, f"PAGE {n} OF 2")

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Courier-Bold", 9)
        c.drawString(48, y, f"{'POST':<5} {'EFF':<5} {'TRANSACTION DESCRIPTION':<30} {'AMOUNT':>13} {'BALANCE':>13}")
        c.line(44, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Courier", 9)
        if opening:
            c.drawString(48, y, f"{start:%m-%d} {'':5} {'PREVIOUS BALANCE':<30} {'':>13} {money(begin):>13}")
            y -= 12
        for d, desc, a, b in part:
            eff = d - dt.timedelta(days=1 if "ACH" in desc else 0)
            c.drawString(48, y, f"{d:%m-%d} {eff:%m-%d} {desc[:30]:<30} {amt(a):>13} {money(b):>13}")
            y -= 12
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Courier", 10)
        y = 700
        for ln in [holder.upper(), *(a.upper() for a in address)]:
            c.drawString(72, y, ln)
            y -= 12
        c.setFont("Courier", 9)
        c.drawString(340, 700, f"ACCOUNT NUMBER   {'*' * (len(acct) - 4)}{acct[-4:]}")
        c.drawString(340, 688, "ACCOUNT TYPE     SHARE DRAFT")
        c.drawString(340, 676, f"STATEMENT PERIOD {start:%m/%d/%y} THRU {end:%m/%d/%y}")
        c.drawString(340, 664, f"PREVIOUS BALANCE {money(begin):>14}")
        c.drawString(340, 652, f"NEW BALANCE      {money(ending):>14}")
        c.setFont("Courier-Bold", 9)
        c.drawString(48, 618, f"SHARE DRAFT  {'*' * (len(acct) - 4)}{acct[-4:]}")
        register(c, 600, first, True)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = register(c, 710, rest, False)
        c.setFont("Courier-Bold", 9)
        c.drawString(48, y - 4, f"{end:%m-%d} {'':5} {'NEW BALANCE':<30} {'':>13} {money(ending):>13}")
        c.setFont("Courier", 8.5)
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        c.drawString(48, y - 30, f"DEPOSITS {len([1 for t in lines if t[2] > 0]):>3}  {money(dep):>12}   "
                                 f"WITHDRAWALS {len([1 for t in lines if t[2] < 0]):>3}  {money(wd):>12}")
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 60, "Your savings federally insured to at least $250,000 by NCUA. Call us about any "
                                 "error within 60 days.")
        return []

    fields = {"bank_name": cu, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def farm_credit_statement(rng: random.Random, association: str, office: str, holder: str, address: Sequence[str],
                          acct: str, note: str, year: int, month: int, begin: float,
                          credits: Sequence[tuple[int, str, float]]) -> Statement:
    """A farm credit association's monthly statement of a member's cash management account (landscape): summary
    tiles, then the activity with withdrawals and deposits apart and a running balance, and a linked operating
    loan shown only by its note number."""
    start, end = month_bounds(year, month)
    debits = (("TRANSFER TO OPERATING NOTE " + note, 400, 900), ("SALE BARN FEES", 40, 120),
              ("CO-OP FEED & SEED", 150, 620), ("FUEL - FARMERS UNION", 80, 260), ("TRANSFER TO CHECKING", 300, 700))
    lines = month_lines(rng, start, end, credits, debits)
    ending = r2(begin + sum(a for _, _, a in lines))
    size = landscape(letter)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = size
        c.setFillColor(Color(0.16, 0.4, 0.22))
        c.rect(0, ph - 62, pw, 62, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(36, ph - 34, association)
        c.setFont("Helvetica", 8.5)
        c.drawString(36, ph - 50, office)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(pw - 36, ph - 32, "CASH MANAGEMENT ACCOUNT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(pw - 36, ph - 46, f"Monthly statement  {mdy(start)} - {mdy(end)}")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        y = ph - 88
        for ln in [holder, *address]:
            c.drawString(36, y, ln)
            y -= 11
        c.drawRightString(pw - 36, ph - 88, f"Account {acct[:3]}-XXX-{acct[-4:]}")
        c.drawRightString(pw - 36, ph - 99, f"Linked operating note {note}")
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        tiles = (("Opening balance", begin), ("Deposits", dep), ("Withdrawals", wd), ("Closing balance", ending))
        for i, (k, v) in enumerate(tiles):
            x = 36 + i * 182
            c.setStrokeColor(Color(0.16, 0.4, 0.22))
            c.setLineWidth(1.2)
            c.roundRect(x, ph - 170, 172, 42, 6, stroke=1, fill=0)
            c.setFont("Helvetica", 8)
            c.drawString(x + 8, ph - 142, k)
            c.setFont("Helvetica-Bold", 13)
            c.drawRightString(x + 164, ph - 162, "$" + money(v))
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        y = ph - 196
        c.setFont("Helvetica-Bold", 8.5)
        for x, t, al in ((40, "Date", "l"), (100, "Description", "l"), (520, "Withdrawals", "r"),
                         (620, "Deposits", "r"), (740, "Balance", "r")):
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.line(36, y - 4, pw - 36, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        bal = begin
        c.drawString(40, y, f"{start:%m/%d}")
        c.drawString(100, y, "Opening balance")
        c.drawRightString(740, y, money(begin))
        y -= 12
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(40, y, f"{d:%m/%d}")
            c.drawString(100, y, desc)
            c.drawRightString(520 if a < 0 else 620, y, money(abs(a)))
            c.drawRightString(740, y, money(bal))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 2, "Closing balance")
        c.drawRightString(740, y - 2, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(36, 40, "Interest is credited on the last day of the month at 3.10%. Report any error within 60 "
                             "days to your loan officer or the office above.")
        return []

    fields = {"bank_name": association, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page], size), fields, end, acct)


# --- papers that look like the checklist's documents but are not ("other") --------------------------------------


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


def hoa_dues_statement(assoc: str, manager: str, owner: str, unit_addr: Sequence[str], acct: str, year: int,
                       month: int, previous: float, dues: float, special: float, paid: float) -> Paper:
    """A condominium association's owner account statement: it has a period, an account number, a previous
    balance, payments and a balance - and is a bill, not a bank statement."""
    start, end = month_bounds(year, month)
    rows = [(start, "Monthly assessment - " + start.strftime("%B"), dues, 0.0),
            (start, "Special assessment installment - roof and balconies", special, 0.0),
            (start + dt.timedelta(days=9), "Payment received - thank you", 0.0, paid)]
    due = r2(previous + dues + special - paid)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.12, 0.3, 0.45))
        c.rect(40, 720, 532, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 742, assoc)
        c.setFont("Helvetica", 8)
        c.drawString(50, 729, f"Managed by {manager}")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 738, "OWNER ACCOUNT STATEMENT")
        c.setFillColor(black)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [owner, *unit_addr]:
            c.drawString(60, y, ln)
            y -= 12
        for i, (k, v) in enumerate((("Account", acct), ("Statement period", f"{mdy(start)} - {mdy(end)}"),
                                    ("Statement date", mdy(end)), ("Amount due by", mdy(end + dt.timedelta(days=10))))):
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(340, 690 - 13 * i, k)
            c.setFont("Helvetica", 8.5)
            c.drawRightString(562, 690 - 13 * i, v)
        y = 610
        c.setFont("Helvetica-Bold", 8.5)
        for x, t, al in ((50, "DATE", "l"), (110, "DESCRIPTION", "l"), (420, "CHARGES", "r"), (490, "PAYMENTS", "r"),
                         (562, "BALANCE", "r")):
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.line(46, y - 4, 566, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        bal = previous
        c.drawString(50, y, f"{start:%m/%d}")
        c.drawString(110, y, "Previous balance")
        c.drawRightString(562, y, money(previous))
        y -= 13
        for d, desc, ch, pd in rows:
            bal = r2(bal + ch - pd)
            c.drawString(50, y, f"{d:%m/%d}")
            c.drawString(110, y, desc)
            c.drawRightString(420 if ch else 490, y, money(ch or pd))
            c.drawRightString(562, y, money(bal))
            y -= 13
        c.setFillGray(0.9)
        c.rect(340, y - 26, 226, 22, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(348, y - 18, "BALANCE DUE")
        c.drawRightString(560, y - 18, "$" + money(due))
        c.setFont("Helvetica", 8)
        paragraphs(c, 50, y - 60, 512, [
            "Assessments are due on the first of each month and late after the tenth. A late fee of $25.00 is "
            "charged on any balance over 30 days. Pay online through the owner portal, by ACH, or by check payable "
            f"to {assoc}."], font="Helvetica", size=8, leading=10)
        c.setDash(3, 3)
        c.line(40, 190, 572, 190)
        c.setDash()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 170, "RETURN THIS PORTION WITH YOUR PAYMENT")
        c.setFont("Helvetica", 9)
        c.drawString(50, 155, f"Account {acct}    Owner {owner}")
        c.drawString(50, 141, f"Amount due ${money(due)}    Amount enclosed $ ____________")
        return []

    return Paper([page])


def special_assessment_notice(assoc: str, address: str, owner: str, unit_addr: Sequence[str], unit: str,
                              date: dt.date, total: float, months: int, first_due: dt.date, project: str) -> Paper:
    """The board's notice of a special assessment: an amount, a monthly figure and a frequency, like an award
    letter - but it is what the owner must PAY, not income."""
    monthly = r2(total / months)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 740, assoc.upper())
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 727, address)
        c.setLineWidth(0.6)
        c.line(72, 718, W - 72, 718)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 694, long_date(date))
        y = 668
        for ln in [owner, *unit_addr]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 12)
        c.drawString(72, y - 14, "NOTICE OF SPECIAL ASSESSMENT")
        y = paragraphs(c, 72, y - 40, W - 144, [
            "Dear Unit Owner:",
            f"At its meeting last month the Board of Directors approved a special assessment to pay for {project}. "
            "The reserve fund cannot cover the full cost, and the Declaration allows the Board to assess each unit "
            "its percentage share.",
            f"Your unit's share and your monthly amount are shown below. The amount is payable monthly together "
            f"with your regular assessment, beginning {long_date(first_due)}, for {months} months. You may prepay "
            "the balance at any time without penalty."])
        for k, v in (("Unit", unit), ("Total special assessment", "$" + money(total)),
                     ("Monthly amount", "$" + money(monthly)), ("Frequency", "Monthly"),
                     ("Number of payments", str(months)), ("First payment due", mdy(first_due))):
            c.setFont("Times-Roman", 11)
            c.drawString(100, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(300, y, v)
            y -= 15
        paragraphs(c, 72, y - 14, W - 144, [
            "Owners who cannot pay the monthly amount should contact the management office to discuss a payment "
            "arrangement before the first installment is due.", "By order of the Board of Directors"])
        return []

    return Paper([page])


def lot_rent_ledger(community: str, address: str, resident: str, lot: str, months: Sequence[tuple[int, int]],
                    rent: float, water: float, trash: float, payer: str, opening: float, seed: int) -> Paper:
    """A manufactured-home community's resident ledger for one lot: a running balance over several months,
    charges and credits - it looks like a bank register but is the rent account of the lot."""
    rng = random.Random(seed)
    rows = []
    for y, m in months:
        s = dt.date(y, m, 1)
        rows.append((s, "RENT", f"Lot rent {lot} - {s:%b %Y}", rent, 0.0))
        rows.append((s, "W/S", "Water and sewer (submetered)", r2(water * rng.uniform(0.8, 1.2)), 0.0))
        rows.append((s, "TR", "Trash pickup", trash, 0.0))
        if payer == "credit":
            rows.append((month_end(y, m), "PRC", "Payroll lot rent credit (on-site staff)", 0.0, rent))
            rows.append((s + dt.timedelta(days=rng.randrange(3, 12)), "PMT", "Payment - money order", 0.0,
                         r2(water + trash)))
        else:
            late = rng.random() < 0.35
            rows.append((s + dt.timedelta(days=rng.randrange(2, 20)), "PMT", "Payment - check", 0.0,
                         r2(rent + water + trash - (40 if late else 0))))
            if late:
                rows.append((s + dt.timedelta(days=16), "LATE", "Late charge", 25.0, 0.0))
    rows.sort(key=lambda r: (r[0], r[1] != "RENT"))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 742, community)
        c.setFont("Helvetica", 8)
        c.drawString(50, 731, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 742, "RESIDENT LEDGER")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 731, f"Printed {mdy(month_end(*months[-1]))}")
        c.setLineWidth(0.5)
        c.rect(50, 676, 512, 44, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        c.drawString(58, 705, f"Resident: {resident}")
        c.drawString(58, 690, f"Home site: {lot}")
        c.drawString(300, 705, "Lease type: Month-to-month site lease")
        c.drawString(300, 690, f"Monthly site rent: ${money(rent)}")
        y = 656
        c.setFont("Helvetica-Bold", 8)
        for x, t, al in ((54, "DATE", "l"), (104, "CODE", "l"), (144, "DESCRIPTION", "l"), (420, "CHARGE", "r"),
                         (490, "CREDIT", "r"), (558, "BALANCE", "r")):
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        bal = opening
        c.drawString(144, y, "Balance forward")
        c.drawRightString(558, y, money(bal))
        y -= 12
        for i, (d, code, desc, ch, cr) in enumerate(rows):
            bal = r2(bal + ch - cr)
            if i % 2:
                c.setFillGray(0.95)
                c.rect(50, y - 3, 512, 12, stroke=0, fill=1)
                c.setFillColor(black)
            c.drawString(54, y, mdy(d))
            c.drawString(104, y, code)
            c.drawString(144, y, desc)
            if ch:
                c.drawRightString(420, y, money(ch))
            if cr:
                c.drawRightString(490, y, money(cr))
            c.drawRightString(558, y, money(bal) if bal >= 0 else f"({money(-bal)})")
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(144, y - 6, "Balance due (credit) as of this printing")
        c.drawRightString(558, y - 6, money(bal) if bal >= 0 else f"({money(-bal)})")
        return []

    return Paper([page])


def property_tax_bill(county: str, treasurer_addr: str, owner: str, mail: Sequence[str], parcel: str, situs: str,
                      tax_year: int, land: float, improvements: float, levy: float, mh_title: str | None) -> Paper:
    """A county treasurer's property tax statement with two half-year coupons."""
    total_value = land + improvements
    tax = r2(total_value * levy / 100)
    half = r2(tax / 2)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 745, f"{county.upper()} TREASURER")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, 733, treasurer_addr)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 716, f"{tax_year} PROPERTY TAX STATEMENT")
        c.setLineWidth(0.6)
        c.rect(40, 600, 260, 100, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(46, 690, "TAXPAYER")
        c.setFont("Helvetica", 9.5)
        y = 676
        for ln in [owner.upper(), *(m.upper() for m in mail)]:
            c.drawString(46, y, ln)
            y -= 12
        rows = [("Parcel number", parcel), ("Property location", situs), ("Tax district", "RURAL 14 - SCHOOL 22"),
                ("Class", "Residential - manufactured home on owned land" if mh_title else "Residential")]
        if mh_title:
            rows.append(("Manufactured home title", mh_title))
        y = 690
        for k, v in rows:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(312, y, k)
            c.setFont("Helvetica", 8.5)
            c.drawString(412, y, v)
            y -= 14
        y = 575
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, "VALUATION AND TAX")
        c.line(40, y - 4, 572, y - 4)
        c.setFont("Helvetica", 9)
        for k, v in (("Land", money(land)), ("Buildings / improvements", money(improvements)),
                     ("Total taxable value", money(total_value)), ("Consolidated levy per $100", f"{levy:.6f}"),
                     ("Total tax", money(tax)), ("First half due " + mdy(dt.date(tax_year + 1, 4, 30)), money(half)),
                     ("Second half due " + mdy(dt.date(tax_year + 1, 8, 31)), money(r2(tax - half)))):
            y -= 15
            c.drawString(48, y, k)
            c.drawRightString(300, y, v)
        c.setFont("Helvetica", 7.5)
        paragraphs(c, 330, 560, 240, [
            "Taxes not paid by the due date draw interest at 14% a year. If your taxes are paid through your "
            "mortgage escrow account, this statement is for your records; your lender has been sent a copy."],
            font="Helvetica", size=7.5, leading=9.5)
        for i, (label, due) in enumerate((("FIRST HALF", dt.date(tax_year + 1, 4, 30)),
                                          ("SECOND HALF", dt.date(tax_year + 1, 8, 31)))):
            top = 300 - i * 130
            c.setDash(3, 3)
            c.line(30, top + 16, 582, top + 16)
            c.setDash()
            c.setFont("Helvetica-Bold", 9)
            c.drawString(44, top, f"{tax_year} {label} COUPON - {county.upper()} TREASURER")
            c.setFont("Helvetica", 9)
            c.drawString(44, top - 16, f"Parcel {parcel}    {owner}")
            c.drawString(44, top - 30, f"Due {mdy(due)}    Amount ${money(half if i == 0 else r2(tax - half))}")
            c.drawString(44, top - 44, "Amount paid $ ______________")
        return []

    return Paper([page])


def electric_coop_bill(coop: str, address: str, member: str, mail: Sequence[str], acct: str, location: str,
                       read_on: dt.date, kwh: int, previous: float, paid: float, seed: int) -> Paper:
    """An electric cooperative's member bill: an account number, a billing period, a previous balance, a payment
    and a new balance - a bill, not a statement of the member's money."""
    rng = random.Random(seed)
    start = read_on - dt.timedelta(days=30)
    energy = r2(kwh * 0.1185)
    pca = r2(kwh * 0.0062)
    facility = 38.50
    current = r2(energy + pca + facility)
    total = r2(previous - paid + current)
    history = [max(300, kwh + rng.randint(-500, 400)) for _ in range(12)] + [kwh]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.85, 0.4, 0.05))
        c.circle(62, 740, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(84, 742, coop)
        c.setFont("Helvetica", 8)
        c.drawString(84, 731, address + "  -  Your member-owned electric cooperative")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 742, "MEMBER BILL")
        c.setLineWidth(0.5)
        info = [("Account number", acct), ("Service location", location),
                ("Billing period", f"{mdy(start)} - {mdy(read_on)}"),
                ("Bill date", mdy(read_on + dt.timedelta(days=2))),
                ("Due date", mdy(read_on + dt.timedelta(days=22)))]
        y = 705
        for k, v in info:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(320, y, k)
            c.setFont("Helvetica", 8.5)
            c.drawRightString(572, y, v)
            y -= 13
        y = 705
        c.setFont("Helvetica", 9.5)
        for ln in [member, *mail]:
            c.drawString(50, y, ln)
            y -= 12
        y = 620
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "METER READING")
        c.line(46, y - 4, 566, y - 4)
        c.setFont("Helvetica", 9)
        prior = 48213 + rng.randrange(2000)
        c.drawString(50, y - 18, f"Meter 7{acct[-5:]}    Previous {prior}    Present {prior + kwh}    "
                                 f"Multiplier 1    kWh used {kwh:,}")
        y -= 46
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "ACCOUNT SUMMARY")
        c.line(46, y - 4, 566, y - 4)
        c.setFont("Helvetica", 9)
        for k, v in (("Previous balance", money(previous)), ("Payment received - thank you", f"-{money(paid)}"),
                     ("Balance forward", money(r2(previous - paid))), ("Facility charge", money(facility)),
                     (f"Energy charge {kwh:,} kWh @ 0.1185", money(energy)),
                     ("Power cost adjustment @ 0.0062", money(pca)), ("Current charges", money(current))):
            y -= 14
            c.drawString(54, y, k)
            c.drawRightString(360, y, v)
        c.setFillGray(0.9)
        c.rect(46, y - 30, 320, 22, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(54, y - 22, "TOTAL AMOUNT DUE")
        c.drawRightString(360, y - 22, "$" + money(total))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(400, 600, "kWh - last 13 months")
        top = max(history)
        for i, v in enumerate(history):
            hgt = 80 * v / top
            c.setFillGray(0.35 if i == 12 else 0.7)
            c.rect(400 + i * 13, 500, 10, hgt, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        paragraphs(c, 400, 485, 170, [
            "Capital credits: your share of the co-op's margins is allocated to you each year and retired by the "
            "board as finances allow."], font="Helvetica", size=7.5, leading=9)
        c.setDash(3, 3)
        c.line(30, 200, 582, 200)
        c.setDash()
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 180, f"{coop} - payment stub")
        c.setFont("Helvetica", 9)
        c.drawString(50, 164, f"Account {acct}    {member}")
        c.drawString(50, 150, f"Amount due ${money(total)} by {mdy(read_on + dt.timedelta(days=22))}")
        return []

    return Paper([page])


def insurance_declarations(insurer: str, address: str, form: str, policy: str, insured: Sequence[str],
                           mail: Sequence[str], premises: str, start: dt.date, coverages: Sequence[tuple[str, str]],
                           premium: float, mortgagee: Sequence[str], loan: str) -> Paper:
    """A homeowner's insurance declarations page: named insured, premises, coverages, premium and the mortgagee
    with the loan number - it names the loan but documents nothing on the checklist."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawString(50, 742, insurer)
        c.setFont("Times-Roman", 8.5)
        c.drawString(50, 730, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 742, "POLICY DECLARATIONS")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 730, form)
        c.setLineWidth(1)
        c.line(50, 722, 562, 722)
        until = start.replace(year=start.year + 1)
        rows = [("Policy number", policy), ("Policy period", f"{mdy(start)} to {mdy(until)} 12:01 a.m. standard time"),
                ("Named insured", " and ".join(insured)), ("Mailing address", ", ".join(mail)),
                ("Residence premises", premises)]
        y = 702
        for k, v in rows:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(54, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(180, y, v)
            y -= 15
        y -= 10
        c.setFillColor(Color(0.9, 0.9, 0.95))
        c.rect(50, y - 4, 512, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, "SECTION I AND II COVERAGES")
        c.drawRightString(558, y, "LIMIT OF LIABILITY")
        y -= 17
        c.setFont("Helvetica", 9)
        for k, v in coverages:
            c.drawString(58, y, k)
            c.drawRightString(558, y, v)
            y -= 13
        y -= 10
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, y, "Annual premium")
        c.drawRightString(558, y, "$" + money(premium))
        y -= 13
        c.setFont("Helvetica", 8.5)
        c.drawString(54, y, "Paid by: mortgagee (escrow)")
        y -= 26
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, "MORTGAGEE / LIENHOLDER")
        c.setFont("Helvetica", 9)
        for ln in [*mortgagee, f"Loan number {loan}"]:
            y -= 12
            c.drawString(58, y, ln)
        c.setFont("Helvetica", 7.5)
        paragraphs(c, 50, y - 30, 512, [
            "This declarations page, with the policy form and endorsements, completes your policy. Deductible "
            "applies per occurrence. Wind and hail deductible 2% of Coverage A."], font="Helvetica", size=7.5,
            leading=9)
        return []

    return Paper([page])


# --- letters -----------------------------------------------------------------------------------------------------


def typed_hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                          servicer: str, paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A typed hardship letter; signed in ink only when it was printed and mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
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
        c.drawString(72, y, f"Re: Letter of hardship, loan {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Sir or Madam,", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        sy = y - 44
        for i, nm in enumerate([writer] + ([co_writer] if co_writer else [])):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def handwritten_letter(writer: str, loan: str, date: dt.date, lines: Sequence[str], seed: int) -> Paper:
    """A hardship letter written by hand in blue ballpoint on a sheet of ruled notebook paper."""

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.6, 0.75, 0.9))
        c.setLineWidth(0.5)
        for i in range(30):
            c.line(36, 700 - i * 22, 576, 700 - i * 22)
        c.setStrokeColor(Color(0.9, 0.55, 0.55))
        c.line(86, 40, 86, 792)
        c.setStrokeColor(black)
        for yy in (180, 396, 612):  # the binder holes
            c.circle(20, yy, 7, stroke=1, fill=0)
        marks = [Mark("hand", 380, 724, long_date(date), size=12, seed=seed)]
        y = 702
        for i, ln in enumerate([f"Re: loan # {loan}", "", *lines]):
            if ln:
                marks.append(Mark("hand", 92, y + 2, ln, size=12.5, seed=seed + i + 1))
            y -= 22
        marks.append(Mark("sig", 100, y - 8, w=150, seed=seed + 99))
        marks.append(Mark("hand", 100, y - 34, writer, size=12, seed=seed + 98))
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
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        elif self.type == "unemployment_benefit_letter":
            out.update(benefit_type="unemployment")
        elif self.type == "obituary":
            return {}
        return out


def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re_line: str,
                  paras: Sequence[str], closing: Sequence[str], table: Sequence[tuple[str, str]] = ()) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re_line)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
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


def survivor_pension_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, member: str,
                            since: dt.date) -> Letter:
    paras = [f"As the surviving spouse of {member}, a retired participant of the Great Lakes Marine Trades Pension "
             f"Fund, you receive a survivor annuity. This letter confirms the amount and frequency of your benefit "
             "for any lender or agency that asks.",
             "The benefit is paid on the first business day of each month for your lifetime. It is subject to "
             "federal income tax, and tax is withheld at the rate you chose on Form W-4P."]
    table = [("Payee", person), ("Benefit", "50% joint and survivor annuity"),
             ("Payable since", long_date(since)), ("Gross monthly benefit", "$" + money(monthly)),
             ("Frequency", "Monthly"), ("Taxable", "Yes")]
    paper = simple_letter(("GREAT LAKES MARINE TRADES PENSION FUND",
                           "Participant Services  -  2700 Breakwater Drive, Muskegon Heights, MI 49444",
                           Color(0.05, 0.3, 0.5)), date, [person, *address], "Re: Benefit verification", paras,
                          ["Sincerely,", "", "Participant Services"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def annuity_award_notice(person: str, address: Sequence[str], date: dt.date, monthly: float, member: str,
                         member_no: str, since: dt.date) -> Letter:
    """A rural electric cooperatives' retirement program's form-style annuity award notice (a survivor)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, 744, "PLAINS ELECTRIC COOPERATIVES RETIREMENT & SECURITY PROGRAM")
        c.setFont("Helvetica", 8)
        c.drawString(50, 733, "Benefits Office  -  PO Box 5190, Hastings, NE 68902  -  1-800-555-0117")
        c.setLineWidth(0.8)
        c.rect(50, 640, 512, 78, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 698, "ANNUITY AWARD NOTICE - SURVIVOR BENEFIT")
        c.setFont("Helvetica", 9)
        c.drawString(60, 682, f"Notice date: {mdy(date)}")
        c.drawString(60, 668, f"Deceased member: {member}   Member no. {member_no}")
        c.drawString(60, 654, f"Survivor / payee: {person}")
        y = 612
        c.setFont("Helvetica", 9.5)
        for ln in [person, *address]:
            c.drawString(60, y, ln)
            y -= 12
        grid = [("BENEFIT START", mdy(since)), ("MONTHLY GROSS ANNUITY", "$" + money(monthly)),
                ("PAYMENT FREQUENCY", "Monthly, 1st of month"), ("FEDERAL TAX", "Taxable - withheld 10%")]
        for i, (k, v) in enumerate(grid):
            box(c, 50 + (i % 2) * 256, 500 - (i // 2) * 40, 256, 36, k, v, cap=7, font=("Helvetica-Bold", 11))
        paragraphs(c, 50, 400, 512, [
            "Your survivor annuity has been awarded as shown above. It will be paid for your lifetime by direct "
            "deposit to the account you named. The annuity is taxable income and will be reported to you on Form "
            "1099-R each January.",
            "Please tell the Benefits Office if your address or bank account changes."],
            font="Helvetica", size=9.5, leading=12.5)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def workers_comp_award(person: str, address: Sequence[str], date: dt.date, monthly: float, claim: str,
                       injury: dt.date, employer: str) -> Letter:
    paras = [f"This letter confirms the award of permanent partial disability benefits on your workers' "
             f"compensation claim for the injury of {long_date(injury)} while employed by {employer}.",
             f"You will receive ${money(monthly)} each month, paid by direct deposit on the 15th, until the award "
             "ends or is changed by the Workers' Compensation Court. Workers' compensation benefits are not "
             "taxable income.",
             "Keep this letter. Lenders and agencies may ask for proof of the amount and frequency of your benefit."]
    paper = simple_letter(("HEARTLAND FARM MUTUAL INSURANCE COMPANY",
                           "Workers' Compensation Claims  -  415 Elevator Row, Kearney, NE 68847",
                           Color(0.45, 0.2, 0.05)), date, [person, *address],
                          f"Claim {claim} - award of permanent partial disability benefits", paras,
                          ["Sincerely,", "", "Claims Adjuster, Agricultural Workers' Compensation"],
                          [("Monthly benefit", "$" + money(monthly)), ("Frequency", "Monthly"),
                           ("Taxable", "No (workers' compensation)")])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def ui_determination(person: str, address: Sequence[str], date: dt.date, weekly: float, claim_start: dt.date,
                     employer: str) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, 745, "STATE DEPARTMENT OF LABOR - REEMPLOYMENT ASSISTANCE")
        c.setFont("Helvetica", 8)
        c.drawString(50, 734, "Benefit Payment Control  -  PO Box 94600, Capitol Station")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 745, "NOTICE OF MONETARY DETERMINATION")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 734, f"Mailing date {mdy(date)}")
        c.setLineWidth(0.5)
        c.line(50, 726, 562, 726)
        y = 706
        c.setFont("Helvetica", 9.5)
        for ln in [person, *address]:
            c.drawString(60, y, ln)
            y -= 12
        cells = [("BENEFIT YEAR BEGINS", mdy(claim_start)), ("WEEKLY BENEFIT AMOUNT", "$" + money(weekly)),
                 ("MAXIMUM BENEFIT AMOUNT", "$" + money(weekly * 16)), ("BASE-PERIOD EMPLOYER", employer)]
        for i, (k, v) in enumerate(cells):
            box(c, 50 + i * 128, 600, 128, 36, k, v, cap=6, font=("Helvetica-Bold", 9))
        paragraphs(c, 50, 570, 512, [
            "You have enough wages in your base period to qualify for unemployment benefits. Your weekly benefit "
            "amount is shown above. To be paid you must request payment every week, be able to work and available "
            "for work, and look for work unless you have a definite recall date.",
            "Seasonal agricultural workers: wages earned in covered farm employment are included in your base "
            "period. If you disagree with this determination you may appeal within 20 days of the mailing date."],
            font="Helvetica", size=9.5, leading=12.5)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", date)


def weekly_obituary(paper_name: str, name: str, born: dt.date, died: dt.date, town: str, paras: Sequence[str],
                    issue: dt.date) -> Letter:
    """A clipping of a small-town weekly's obituary column photocopied onto a letter sheet."""

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.6)
        c.rect(150, 280, 300, 440, stroke=1, fill=0)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(300, 700, paper_name)
        c.setFont("Times-Roman", 7.5)
        c.drawCentredString(300, 690, f"{issue.strftime('%A')}, {long_date(issue)}  -  Obituaries")
        c.line(160, 684, 440, 684)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(300, 668, name)
        c.setFont("Times-Italic", 9)
        c.drawCentredString(300, 656, f"{long_date(born)} - {long_date(died)}")
        paragraphs(c, 162, 638, 276, [f"{name}, of {town}, died {long_date(died)}.", *paras], size=9.5,
                   leading=11.5, gap=5)
        return []

    return Letter(Paper([page]), "obituary", issue)


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 26)
        c.drawString(72, 712, "Facsimile Transmittal")
        c.setFont("Times-Roman", 10)
        c.drawString(72, 694, sender)
        rows = [("Date", mdy(date)), ("To", to), ("Fax number", to_fax), ("From", sender), ("Return fax", sender_fax),
                ("Number of pages", f"{pages} (including this sheet)"), ("Subject", note)]
        y = 650
        c.setLineWidth(0.8)
        for k, v in rows:
            c.setFont("Times-Bold", 11)
            c.drawString(72, y, k + ":")
            c.setFont("Times-Roman", 11)
            c.drawString(200, y, v)
            c.line(196, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Times-Italic", 9)
        c.drawString(72, y - 20, "Public fax service. This office does not keep copies of documents sent.")
        return []

    return Paper([page])


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72, 700, "BATCH SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawString(72, 682, "Mail services - one sheet in front of each borrower's papers")
        c.drawImage(ImageReader(code), 72, 540, width=330, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 515, f"LOAN {loan}")
        return []

    return Paper([page])


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
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    hoa: float | None = None  # monthly HOA dues (Form 710) or lot rent / HOA (the servicers' forms)
    home: str = "house"  # house | condominium | manufactured
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(v for v in self.income.values() if v > 0))

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_values(app: App, dates: bool) -> dict[str, str | bool]:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_2": True, "Checkbox_18": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "412.00"}
    if app.hoa:
        values.update({"Checkbox_36": True, "Number_1": money(app.hoa)})
    else:
        values["Checkbox_37"] = True
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if dates:
        if app.b_dates:
            values["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
    return values


def form710_filled(values: dict[str, str | bool]) -> PdfWriter:
    """The real blank Form 710 filled through its AcroForm (text by string, checkboxes by bool)."""
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
    return writer


def overlay_page(marks: Sequence[Mark]) -> Any:
    """A letter page holding the synthetic line and any screen marks, to merge over a page of a real form."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    apply_screen_marks(c, marks)
    synth_line(c)
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue())).pages[0]


F710_SIG = {"b_sig": (150, 348), "b_date": (430, 346), "c_sig": (162, 310), "c_date": (430, 308)}


def form710_screen(app: App) -> bytes:
    """Typed on screen in the form's fields, signed with drawn strokes over the signature field, date typed."""
    writer = form710_filled(form710_values(app, dates=True))
    marks = [Mark("sig", *F710_SIG["b_sig"], w=200, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", *F710_SIG["c_sig"], w=190, seed=app.seed + 1))
    for i, page in enumerate(writer.pages):
        page.merge_page(overlay_page(marks if i == 3 else []))
    return fixed_pypdf_bytes(writer, f"ca710{app.loan}")


def f710_ink_marks(app: App, ink: tuple[int, int, int]) -> list[Mark]:
    marks = []
    if app.b_signs:
        marks.append(Mark("sig", *F710_SIG["b_sig"], w=200, seed=app.seed, ink=ink))
    if app.b_dates:
        marks.append(Mark("hand", *F710_SIG["b_date"], mdy(app.signed_on), size=12, seed=app.seed + 5, ink=ink))
    if app.co and app.co_signs:
        marks.append(Mark("sig", *F710_SIG["c_sig"], w=190, seed=app.seed + 1, ink=ink))
        marks.append(Mark("hand", *F710_SIG["c_date"], mdy(app.signed_on), size=12, seed=app.seed + 6, ink=ink))
    return marks


def form710_printed(writer: PdfWriter, tag: str) -> bytes:
    for page in writer.pages:
        page.merge_page(overlay_page([]))
    return fixed_pypdf_bytes(writer, tag)


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed into the PDF's fields, printed, then signed and dated in ink; scanned or photographed."""
    pdf = form710_printed(form710_filled(form710_values(app, dates=False)), "ca710ink")
    return scan_sheets(pdf, [[], [], [], f710_ink_marks(app, BLUE_INK)], style, seed)


def form710_typewriter(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """The blank Form 710 printed and filled on a TYPEWRITER: every answer a few points off its line, left or
    right of where the field starts, the boxes X-ed by the typewriter; signed and dated in ink."""
    values = form710_values(app, dates=False)
    reader = PdfReader(FORM710)
    rng = random.Random(seed)
    marks: list[list[Mark]] = []
    for i, page in enumerate(reader.pages):
        page_marks: list[Mark] = []
        drift = rng.uniform(-2.0, 3.0)  # the sheet sat a little crooked in the platen
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            name = str(w.get("/T", ""))
            if name not in values:
                continue
            x0, y0, _x1, _y1 = (float(v) for v in w["/Rect"])
            value = values[name]
            if value is True:
                page_marks.append(Mark("type", x0 + 1.2 + rng.uniform(-2.2, 2.2), y0 + 1.5 + rng.uniform(-2, 2.4),
                                       "X", size=10, seed=rng.randrange(10**6), ink=BLACK_INK))
            elif isinstance(value, str):
                dy = rng.choice([-4.5, -3.0, 6.5, 7.5, 9.0, 5.0]) + drift
                dx = rng.uniform(-5.0, 12.0)
                page_marks.append(Mark("type", x0 + 2 + dx, y0 + 3 + dy, value, size=10, seed=rng.randrange(10**6),
                                       ink=BLACK_INK))
        if i == 3:
            page_marks += f710_ink_marks(app, BLACK_INK)
        marks.append(page_marks)
    writer = PdfWriter(clone_from=reader)
    return scan_sheets(form710_printed(writer, "ca710typ"), marks, style, seed)


KB_HARDSHIP = ("Job loss", "Less income", "Higher housing costs", "Disaster", "Illness or disability", "Divorce",
               "Separation (not married)", "Death in family", "Job transfer", "Other")
KB_OCC = ("Owner-occupied", "Second home", "Rental")
KB_INCOME = ("Wages, salary, overtime, tips", "Self-employment (net)", "Unemployment benefits",
             "Social Security, pension, disability - taxable", "Social Security or disability - NOT taxable",
             "Rent you receive (less expenses)", "Investment or insurance income",
             "Other (alimony, child support, other)")


def kb12(app: App, ink: tuple[int, int, int] = BLUE_INK) -> Paper:
    """Kestrel Bay Loan Servicing's "Homeowner Assistance Worksheet" (KB-12), printed on coloured paper and
    filled in by hand: every choice is made by CIRCLING one printed word ("Circle one: Owner-occupied / Second
    home / Rental"), every blank hand-printed in ink."""
    rng = random.Random(app.seed * 13 + 7)

    def hand(x: float, y: float, text: str, size: float = 11.5) -> Mark:
        return Mark("hand", x + rng.uniform(2, 8), y + rng.uniform(1.5, 3.5), text, size=size,
                    seed=rng.randrange(10**6), ink=ink)

    def blank(c: Canvas, x: float, y: float, label: str, w: float, answer: str | None) -> tuple[list[Mark], float]:
        c.setFont("Helvetica", 9)
        c.drawString(x, y, label)
        lx = x + stringWidth(label, "Helvetica", 9) + 4
        c.setLineWidth(0.5)
        c.line(lx, y - 2, lx + w, y - 2)
        return ([hand(lx, y, answer)] if answer else []), lx + w + 14

    def options(c: Canvas, x: float, y: float, lead: str, words: Sequence[str], chosen: set[str]) -> list[Mark]:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x, y, lead)
        x += stringWidth(lead, "Helvetica-Bold", 9) + 8
        out = []
        c.setFont("Helvetica", 9.5)
        for i, word in enumerate(words):
            wd = stringWidth(word, "Helvetica", 9.5)
            c.drawString(x, y, word)
            if word in chosen:
                out.append(Mark("circle", x, y - 2.5, w=wd, h=10.5, seed=rng.randrange(10**6), ink=ink))
            x += wd
            if i < len(words) - 1:
                c.drawString(x + 5, y, "/")
                x += 17
        return out

    def head(c: Canvas, n: int) -> None:
        c.setStrokeColor(Color(0.35, 0.2, 0.1))
        c.setLineWidth(2)
        path = c.beginPath()  # a kestrel in flight, three strokes
        path.moveTo(46, 742)
        path.lineTo(60, 752)
        path.lineTo(70, 746)
        path.lineTo(84, 756)
        c.drawPath(path, stroke=1, fill=0)
        c.line(60, 752, 64, 740)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(92, 746, "KESTREL BAY LOAN SERVICING")
        c.setFont("Helvetica", 7.5)
        c.drawString(92, 736, "Homeowner Assistance  -  PO Box 6120, Bayport, WI 54301  -  (920) 555-0143")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 748, "HOMEOWNER ASSISTANCE WORKSHEET")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 738, f"Form KB-12 (01/52)   page {n} of 2")
        c.setLineWidth(1.2)
        c.line(40, 728, 572, 728)
        c.setLineWidth(0.5)

    def section(c: Canvas, y: float, title: str) -> float:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y, title)
        c.line(40, y - 3, 572, y - 3)
        return y - 22

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica-Oblique", 8.5)
        c.drawString(40, 712, "Print in ink. \"Circle one\": draw a circle around ONE word. \"Circle all that apply\": "
                              "circle every word that fits.")
        marks: list[Mark] = []
        y = section(c, 690, "1  ABOUT YOU")
        m, _ = blank(c, 44, y, "Loan number", 150, app.loan)
        marks += m
        y -= 24
        m, nx = blank(c, 44, y, "Your name", 250, app.borrower)
        marks += m
        m, _ = blank(c, nx, y, "Last 4 of SSN", 60, app.ssn[-4:])
        marks += m
        y -= 24
        m, nx = blank(c, 44, y, "Phone", 110, app.phone)
        marks += m
        marks += options(c, nx, y, "Best time to call - Circle one:", ("Morning", "Afternoon", "Evening"),
                         {"Evening"})
        y -= 24
        m, nx = blank(c, 44, y, "Co-borrower name", 212, app.co)
        marks += m
        m, _ = blank(c, nx, y, "Last 4 of SSN", 60, app.co_ssn[-4:] if app.co_ssn else None)
        marks += m
        y = section(c, y - 30, "2  YOUR HOME")
        m, _ = blank(c, 44, y, "Street address", 400, app.street)
        marks += m
        y -= 24
        m, nx = blank(c, 44, y, "City", 200, app.city)
        marks += m
        m, nx = blank(c, nx, y, "State", 40, app.state)
        marks += m
        m, _ = blank(c, nx, y, "ZIP", 70, app.zip)
        marks += m
        y -= 26
        kinds = ("House", "Condominium", "Manufactured home", "Townhouse")
        kind = {"house": "House", "condominium": "Condominium", "manufactured": "Manufactured home"}[app.home]
        marks += options(c, 44, y, "Kind of home - Circle one:", kinds, {kind})
        y -= 26
        occ = KB_OCC[OCCUPANCIES.index(app.occupancy)]
        marks += options(c, 44, y, "How is the home used? Circle one:", KB_OCC, {occ})
        y -= 26
        marks += options(c, 44, y, "Does the home sit on rented land (a lot in a park)? Circle one:", ("Yes", "No"),
                         {"Yes" if app.home == "manufactured" and app.hoa else "No"})
        y -= 24
        m, _ = blank(c, 44, y, "HOA dues or lot rent each month  $", 90, money(app.hoa) if app.hoa else "0")
        marks += m
        y -= 26
        marks += options(c, 44, y, "What do you want to do? Circle one:", ("Keep", "Sell", "Undecided"), {"Keep"})
        y = section(c, y - 30, "3  YOUR HARDSHIP")
        m, _ = blank(c, 44, y, "When did it start? (month/day/year)", 110, mdy(app.start))
        marks += m
        y -= 26
        dur = {"short": "Short-term", "long": "Long-term", "resolved": "Resolved"}[app.duration]
        marks += options(c, 44, y, "How long will it last? Circle one:", ("Short-term", "Long-term", "Resolved"),
                         {dur})
        c.setFont("Helvetica", 7)
        c.drawString(44, y - 11, "(Short-term = 6 months or less; Long-term = more than 6 months)")
        y -= 34
        chosen = {KB_HARDSHIP[HARDSHIPS.index(h)] for h in app.hardships}
        c.setFont("Helvetica-Bold", 9)
        c.drawString(44, y, "What happened? Circle all that apply:")
        y -= 22
        marks += options(c, 60, y, "", KB_HARDSHIP[:5], chosen)
        y -= 24
        marks += options(c, 60, y, "", KB_HARDSHIP[5:], chosen)
        y -= 26
        m, _ = blank(c, 44, y, "If Other, tell us what happened:", 360, app.other_text or None)
        marks += m
        return marks

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        marks: list[Mark] = []
        m, _ = blank(c, 40, 708, "Loan number", 150, app.loan)
        marks += m
        y = section(c, 680, "4  MONTHLY INCOME - before taxes, everyone on the loan together")
        for i, (k, label) in enumerate(zip(INCOMES, KB_INCOME, strict=True)):
            c.setFont("Helvetica", 9)
            c.drawString(52, y, f"{chr(97 + i)}.  {label}")
            c.drawString(420, y, "$")
            c.line(430, y - 2, 560, y - 2)
            amount = app.income.get(k, 0.0)
            if amount > 0:
                marks.append(hand(440, y, money(amount)))
            y -= 24
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(52, y, "TOTAL (add a through h)")
        c.drawString(420, y, "$")
        c.setLineWidth(1)
        c.line(430, y - 2, 560, y - 2)
        c.setLineWidth(0.5)
        marks.append(hand(440, y, money(app.total)))
        y = section(c, y - 40, "5  SIGN HERE")
        y = paragraphs(c, 44, y, 520, [
            "I certify that what I wrote on this worksheet is true and that the hardship I circled contributed to my "
            "need for help with my mortgage. I will send Kestrel Bay the papers it asks for. I agree that Kestrel "
            "Bay may order a credit report for each borrower. Knowingly false statements may violate federal law."],
            font="Helvetica", size=8.5, leading=11)
        y -= 36
        people = [("Borrower", app.b_signs, app.b_dates, 0), ("Co-borrower", bool(app.co) and app.co_signs,
                                                             bool(app.co) and app.co_signs, 1)]
        for role, signs, dates, k in people:
            c.setFont("Helvetica", 9)
            c.drawString(44, y, f"{role} signature")
            c.line(140, y - 2, 380, y - 2)
            c.drawString(392, y, "Date")
            c.line(420, y - 2, 540, y - 2)
            if signs:
                marks.append(Mark("sig", 150, y, w=180, seed=app.seed + k, ink=ink))
            if dates:
                marks.append(hand(420, y, mdy(app.signed_on)))
            y -= 46
        c.setFont("Helvetica", 7.5)
        c.drawString(44, 70, "Mail or fax this worksheet with your papers. We will write to you within five business "
                             "days to say what we received and what we still need.")
        return marks

    return Paper([page1, page2])


SP_HARDSHIP = ("Loss of employment", "Reduction of income", "Increase in housing expense", "Disaster / casualty loss",
               "Illness or disability", "Divorce or legal separation", "Separation of unmarried co-owners",
               "Death of borrower or wage earner", "Transfer or relocation of employment", "Other:")
SP_OCC = ("Owner's principal dwelling", "Second or seasonal home", "Rented to others")
SP_INCOME = ("Gross wages, salary, overtime, commissions", "Net self-employment / farm income",
             "Unemployment compensation", "Social Security, pension, disability (taxable)",
             "Social Security or disability (non-taxable)", "Rents received, less expenses",
             "Interest, dividends, insurance income", "Alimony, support, other income")


def sp7(app: App, seed: int) -> Paper:
    """Sandhill Plains Savings Bank's old two-sheet "Application for Mortgage Payment Relief" (SP-7, rev. 6/88),
    filled on a TYPEWRITER: the answers are typed where the carriage stopped, a few points above or below the
    printed lines and not where the blanks begin; boxes X-ed by the typewriter; signed (and dated) in ink."""
    rng = random.Random(seed)

    def typed(x: float, y: float, text: str) -> Mark:
        dy = rng.choice([-4.0, -3.0, 5.5, 7.0, 8.5, 6.0])
        return Mark("type", x + rng.uniform(-1.5, 14.0), y + dy, text, size=10.5, seed=rng.randrange(10**6),
                    ink=BLACK_INK)

    def line(c: Canvas, x: float, y: float, label: str, w: float, answer: str | None) -> tuple[list[Mark], float]:
        c.setFont("Times-Roman", 10)
        c.drawString(x, y, label)
        lx = x + stringWidth(label, "Times-Roman", 10) + 3
        c.setLineWidth(0.6)
        c.line(lx, y - 1.5, lx + w, y - 1.5)
        return ([typed(lx, y, answer)] if answer else []), lx + w + 10

    def boxes(c: Canvas, x: float, y: float, words: Sequence[str], chosen: set[str], step: float | None = None,
              size: float = 10) -> list[Mark]:
        out = []
        c.setFont("Times-Roman", size)
        for word in words:
            c.rect(x, y - 1, 8, 8, stroke=1, fill=0)
            c.drawString(x + 12, y, word)
            if word in chosen:
                out.append(Mark("type", x + 1.2 + rng.uniform(-1.8, 2.2), y + 0.3 + rng.uniform(-1.5, 2.5), "X",
                                size=10.5, seed=rng.randrange(10**6), ink=BLACK_INK))
            x += step if step else stringWidth(word, "Times-Roman", size) + 30
        return out

    def head(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 745, "SANDHILL PLAINS SAVINGS BANK")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 733, "Established 1911  -  Main & Railroad Streets, Ogallah Springs, KS 67656")
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 714, "APPLICATION FOR MORTGAGE PAYMENT RELIEF")
        c.setFont("Times-Roman", 7.5)
        c.drawString(50, 700, "Form SP-7 (Rev. 6/88)")
        c.drawRightString(562, 700, f"Sheet {n} of 2")
        c.setLineWidth(1)
        c.rect(40, 60, 532, 632, stroke=1, fill=0)

    def part(c: Canvas, y: float, title: str) -> float:
        c.setFillGray(0.85)
        c.rect(40, y - 4, 532, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 10)
        c.drawString(46, y, title)
        return y - 28

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        marks: list[Mark] = []
        y = part(c, 676, "PART I - APPLICANT")
        m, nx = line(c, 50, y, "1. Loan No.", 120, app.loan)
        marks += m
        m, _ = line(c, nx, y, "2. Telephone", 150, app.phone)
        marks += m
        y -= 30
        m, nx = line(c, 50, y, "3. Name of applicant", 250, app.borrower)
        marks += m
        m, _ = line(c, nx, y, "4. Soc. Sec. No. (last four)", 45, app.ssn[-4:])
        marks += m
        y -= 30
        m, nx = line(c, 50, y, "5. Name of co-applicant", 234, app.co)
        marks += m
        m, _ = line(c, nx, y, "6. Soc. Sec. No. (last four)", 45, app.co_ssn[-4:] if app.co_ssn else None)
        marks += m
        y = part(c, y - 30, "PART II - PROPERTY")
        m, _ = line(c, 50, y, "7. Street address or rural route", 330, app.street)
        marks += m
        y -= 30
        m, nx = line(c, 50, y, "8. City or town", 190, app.city)
        marks += m
        m, nx = line(c, nx, y, "9. State", 36, app.state)
        marks += m
        m, _ = line(c, nx, y, "10. ZIP", 70, app.zip)
        marks += m
        y -= 28
        c.setFont("Times-Roman", 10)
        c.drawString(50, y, "11. Occupancy:")
        marks += boxes(c, 130, y, SP_OCC, {SP_OCC[OCCUPANCIES.index(app.occupancy)]})
        y -= 24
        c.drawString(50, y, "12. Dwelling:")
        kinds = ("Site-built house", "Manufactured / mobile home", "Condominium unit")
        kind = {"house": kinds[0], "manufactured": kinds[1], "condominium": kinds[2]}[app.home]
        marks += boxes(c, 130, y, kinds, {kind})
        y -= 28
        m, _ = line(c, 50, y, "13. Lot rent, association dues or assessments, per month  $", 90,
                    money(app.hoa) if app.hoa else "none")
        marks += m
        y = part(c, y - 30, "PART III - REASON FOR REQUEST")
        m, _ = line(c, 50, y, "14. Date the difficulty began (mo/day/yr)", 120, mdy(app.start))
        marks += m
        y -= 26
        c.setFont("Times-Roman", 10)
        c.drawString(50, y, "15. Expected to last:")
        dur = {"short": "6 months or less", "long": "More than 6 months", "resolved": "Resolved"}[app.duration]
        marks += boxes(c, 160, y, ("6 months or less", "More than 6 months", "Resolved"), {dur})
        y -= 26
        c.drawString(50, y, "16. Reason (check all that apply):")
        chosen = {SP_HARDSHIP[HARDSHIPS.index(h)] for h in app.hardships}
        y -= 20
        for i in range(5):
            marks += boxes(c, 66, y, (SP_HARDSHIP[i],), chosen)
            marks += boxes(c, 316, y, (SP_HARDSHIP[i + 5],), chosen)
            y -= 18
        c.setLineWidth(0.6)
        c.line(372, y + 16.5, 560, y + 16.5)
        if app.other_text:
            marks.append(typed(372, y + 18, app.other_text))
        return marks

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        marks: list[Mark] = []
        m, _ = line(c, 380, 676, "Loan No.", 110, app.loan)
        marks += m
        y = part(c, 652, "PART IV - MONTHLY INCOME OF HOUSEHOLD (before deductions)")
        for i, (k, label) in enumerate(zip(INCOMES, SP_INCOME, strict=True)):
            c.setFont("Times-Roman", 10)
            c.drawString(50, y, f"{17 + i}. {label}")
            dots = "." * int((390 - 70 - stringWidth(f"{17 + i}. {label}", "Times-Roman", 10)) / 2.6)
            c.drawString(60 + stringWidth(f"{17 + i}. {label}", "Times-Roman", 10), y, dots)
            c.drawString(420, y, "$")
            c.line(430, y - 1.5, 540, y - 1.5)
            amount = app.income.get(k, 0.0)
            if amount > 0:
                marks.append(typed(432, y, money(amount)))
            y -= 24
        c.setFont("Times-Bold", 10)
        c.drawString(50, y, "25. TOTAL MONTHLY INCOME (lines 17 through 24)")
        c.drawString(420, y, "$")
        c.line(430, y - 1.5, 540, y - 1.5)
        marks.append(typed(432, y, money(app.total)))
        y = part(c, y - 32, "PART V - CERTIFICATION")
        y = paragraphs(c, 50, y, 510, [
            "The undersigned certify that the statements made in this application are true and complete, that the "
            "difficulty described above contributed to the need for relief, and authorize Sandhill Plains Savings "
            "Bank to verify any information given and to obtain a consumer credit report. False statements may be "
            "punishable under federal law."], font="Times-Roman", size=9.5, leading=12)
        y -= 40
        people = [("applicant", app.b_signs, app.b_dates, 0),
                  ("co-applicant", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, signs, dates, k in people:
            c.setFont("Times-Roman", 10)
            c.drawString(50, y, f"Signature of {role}")
            c.line(150, y - 1.5, 380, y - 1.5)
            c.drawString(392, y, "Date")
            c.line(418, y - 1.5, 540, y - 1.5)
            if signs:
                marks.append(Mark("sig", 165, y, w=170, seed=app.seed + k, ink=BLUE_INK))
            if dates:
                marks.append(Mark("hand", 424, y + 2, mdy(app.signed_on), size=12, seed=app.seed + 20 + k,
                                  ink=BLUE_INK))
            y -= 44
        return marks

    return Paper([page1, page2])


FORM4506C_PUT = ((27, 668, "first"), (114, 668, "mi"), (171, 668, "last"), (27, 636, "ssn"), (27, 571, "street"),
                 (312, 571, "city"), (420, 571, "state"), (474, 571, "zip"))


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int, style: Scan | None,
              ) -> bytes | list[ScannedPage]:
    """Page 1 of the real IRS Form 4506-C typed by the servicer; signed on screen (style None: born-digital) or
    printed, signed and dated in ink and scanned."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setFont("Courier", 9)
    vals = {"first": first, "mi": mi, "last": last, "ssn": ssn, "street": street, "city": city, "state": state,
            "zip": zipc}
    put = [(x, y, vals[k]) for x, y, k in FORM4506C_PUT]
    put += [(27, 506, "Halyard Income Verification LLC"), (312, 506, "HIV-22817"), (420, 506, "HALYARD01"),
            (27, 484, "400 Commerce Way"), (312, 484, "Tysons"), (420, 484, "VA"), (474, 484, "22102"),
            (27, 430, client), (474, 430, client_phone), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
            (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"),
            (243, 268, str(signed_on.year - 1)), (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    if style is None:
        put.append((344, 168, mdy(signed_on)))
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    if style is None:
        draw_sig = Mark("sig", 80, 166, w=200, seed=seed)
        apply_screen_marks(c, [draw_sig])
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    pdf = fixed_pypdf_bytes(writer, "ca4506c")
    if style is None:
        return pdf
    ink = [Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 346, 168, mdy(signed_on), size=11, seed=seed + 1)]
    return scan_sheets(pdf, [ink], style, seed)


# --- packets -------------------------------------------------------------------------------------------------------


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
    texts: list[str] = field(default_factory=list)  # what is printed or written on each page (for --check)


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
        texts = pdf_page_texts(data)
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                doc.texts = texts[page - 1:page - 1 + n]
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan) -> None:
        """An image-only file (scan, fax or photos) holding the given documents' sheets, in order."""
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                doc.texts = [p.text for p in pages]
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def other_doc() -> Doc:
    return Doc("other", {})


def form4506c_doc(on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True)


def fresh(d: dt.date | None, received: dt.date) -> bool:
    return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)


def two_statements(docs: Sequence[Doc], received: dt.date) -> bool:
    """Two statements of consecutive periods for one account, both fresh (so the newer one is too)."""
    stmts = [d for d in docs if d.type == "bank_statement"]
    for a in stmts:
        for b in stmts:
            if a is not b and a.account == b.account and fresh(a.date, received) and fresh(b.date, received) and \
                    dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1):
                return True
    return False


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    two_bank = two_statements(docs, received)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date, received) and d.fields.get("gross_ytd")]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date, received) for d in docs)

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


WH_MI = Withholding(0.07, 0.0425, True, (("Dental plan", 11.40),), "Michigan income tax")
WH_NE = Withholding(0.06, 0.028, True, (), "Nebraska income tax")
WH_KS = Withholding(0.05, 0.031, True, (), "Kansas income tax")
WH_IA = Withholding(0.08, 0.038, True, (("Union dues", 9.00),), "Iowa income tax")
WH_WI = Withholding(0.06, 0.0354, True, (("WRS retirement", 41.63), ("Health ins.", 58.20)), "Wisconsin income tax")
WH_FARM = Withholding(0.04, 0.0425, True, (), "Michigan income tax")


def fri(d: dt.date) -> dt.date:
    return weekday_on_or_before(d, 4)


def packet_ca1(seed: int) -> Packet:
    """Condominium; a part-time school-bus driver with a survivor pension; everything e-mailed."""
    rng = random.Random(seed * 1000 + 1)
    received = dt.date(2052, 10, 15)
    addr = ["41 Harbor Pines Court Unit 3B", "Port Aldridge, MI 49431"]
    pays = [fri(dt.date(2052, 10, 11)) - dt.timedelta(days=14), fri(dt.date(2052, 10, 11))]
    stubs = [bus_contractor_stub(random.Random(seed * 7 + 1), "Lakeshore Student Transportation, Inc.",
                                 "1180 Depot Road, Port Aldridge, MI 49431", "Port Aldridge", "Lorraine V. Castellanos",
                                 "LST-0762", "14", d, 19.85, WH_MI) for d in pays]
    pension = survivor_pension_letter("Lorraine V. Castellanos", addr, dt.date(2052, 8, 6), 1186.40,
                                      "Raymond J. Castellanos", dt.date(2049, 3, 1))
    app = App("2240815573", "Lorraine V. Castellanos", "943-27-6618", "41 Harbor Pines Court Unit 3B", "Port Aldridge",
              "MI", "49431", "(231) 555-0164", "lvcastellanos@example.net", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2052, 7, 1), "long",
              {"wages": stubs[-1].monthly, "benefits_taxable": 1186.40}, dt.date(2052, 10, 9), hoa=318.00,
              home="condominium", seed=seed + 11)
    p = Packet("ca1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Castellanos_MAA.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/LST pay {s.date:%m-%d}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{folder}/pension verification.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    assoc = "Harbor Pines Condominium Association"
    p.pdf(f"{folder}/Harbor Pines statement Sept.pdf",
          paper_pdf(hoa_dues_statement(assoc, "Lakeside Community Management Co.", "Lorraine V. Castellanos", addr,
                                       "HP-3B-0412", 2052, 9, 888.00, 318.00, 570.00, 888.00)), (other_doc(), 1))
    p.pdf(f"{folder}/special assessment notice.pdf",
          paper_pdf(special_assessment_notice(assoc, "c/o Lakeside Community Management Co., 300 Water Street, Port "
                                              "Aldridge, MI 49431", "Lorraine V. Castellanos", addr, "3B",
                                              dt.date(2052, 5, 20), 6840.00, 12, dt.date(2052, 7, 1),
                                              "the replacement of the roofs and balconies of Buildings 2 and 3")),
          (other_doc(), 1))
    p.pdf(f"{folder}/HO6 declarations.pdf",
          paper_pdf(insurance_declarations(
              "Inland Seas Mutual Insurance Company", "PO Box 1402, Grand Haven, MI 49417",
              "Condominium Unit-Owners Policy - Form HO 00 06", "HO6-7731-20518", ["Lorraine V. Castellanos"], addr,
              "41 Harbor Pines Court Unit 3B, Port Aldridge, MI 49431", dt.date(2052, 4, 1),
              [("Coverage A - Dwelling (unit improvements)", "$60,000"), ("Coverage C - Personal property", "$40,000"),
               ("Coverage D - Loss of use", "$16,000"), ("Coverage E - Personal liability", "$300,000"),
               ("Coverage F - Medical payments", "$2,000"), ("Loss assessment", "$10,000")], 684.00,
              ["Northwoods Home Loan Servicing, ISAOA/ATIMA", "PO Box 9080, Traverse Point, MI 49685"], app.loan)),
          (other_doc(), 1))
    on = dt.date(2052, 10, 9)
    hl = typed_hardship_letter(app.borrower, None, addr, app.loan, on, "Northwoods Home Loan Servicing", [
        "In May the board of my condominium association approved a special assessment of $6,840 for each unit to "
        "replace the roofs and balconies. It is billed at $570 a month for a year on top of my regular dues of "
        "$318, which also went up in July.",
        "I drive a school bus part time and receive a survivor pension from my late husband's union. My income "
        "has not changed, but with the assessment I cannot make the full mortgage payment. I would like to stay in "
        "my home and ask to be considered for a modification or a lower payment until the assessment is paid."],
        ink=False, seed=rng.randrange(999))
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ca2(seed: int) -> Packet:
    """Manufactured home in a land-lease community whose resident manager is paid partly in lot rent."""
    received = dt.date(2052, 4, 16)
    addr = ["2200 County Road 9 Lot 14", "Harlan Springs, NE 68419"]
    style = Scan(dpi=200, tilt=0.35, blur=0.5, noise=0.0003, mode="colour")
    community = "Cottonwood Bend Manufactured Home Community"
    stubs = [park_staff_stub(random.Random(seed * 7 + 2), community, "Prairie Star Communities LLC",
                             "1410 O Street, Suite 300, Lincoln, NE 68508", "Dale R. Kowalczyk", "Resident Manager",
                             "Lot 14", month_end(2052, m), "monthly", 1650.00, 485.00, WH_NE) for m in (2, 3)]
    app = App("0730461928", "Dale R. Kowalczyk", "961-08-3374", "2200 County Road 9 Lot 14", "Harlan Springs", "NE",
              "68419", "(402) 555-0119", "dkowalczyk@example.com", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], dt.date(2051, 11, 1), "long",
              {"wages": 2135.00}, dt.date(2052, 4, 9), co="Tammy J. Kowalczyk", co_ssn="961-44-0925", hoa=485.00,
              home="manufactured", seed=seed + 21)
    p = Packet("ca2", received, app, [])
    ledger = lot_rent_ledger(community, "2200 County Road 9, Harlan Springs, NE 68419", "Dale R. and Tammy J. "
                             "Kowalczyk", "Lot 14", [(2052, 1), (2052, 2), (2052, 3)], 485.00, 38.00, 17.50, "credit",
                             0.0, seed + 2)
    on = dt.date(2052, 4, 9)
    hl = typed_hardship_letter(app.borrower, app.co, addr, app.loan, on, "Kestrel Bay Loan Servicing", [
        "I am the resident manager of Cottonwood Bend, where our home sits on Lot 14. Last fall the community was "
        "sold. The new owner cut my salary from $2,100 to $1,650 a month and now pays the rest of my wages as a "
        "credit toward our own lot rent, which it raised to $485 at the same time.",
        "Tammy lost her hours at the school cafeteria in November. Our income is about $600 a month lower and our "
        "housing costs are higher, and we fell behind in January. We want to keep our home and ask Kestrel Bay to "
        "lower our payment."], ink=True, seed=seed + 2)
    p.scan("SCAN_0416_0001.pdf", [
        (app_doc(), scan_paper(kb12(app), style, seed + 200, CANARY)),
        (hardship_doc(on), scan_paper(hl, style, seed + 201)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 202)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 203)),
        (other_doc(), scan_paper(ledger, style, seed + 204))], style)
    return p


def packet_ca3(seed: int) -> Packet:
    """A custom-harvest crew member laid off for the winter: the only stubs are from last season."""
    received = dt.date(2052, 4, 8)
    addr = ["1186 Road 140", "Ogallah Springs, KS 67656"]
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0007, mode="fax")
    pays = [fri(dt.date(2051, 10, 17)), fri(dt.date(2051, 10, 24))]
    stubs = [farm_crew_stub(random.Random(seed * 7 + 3), "Smoky Hill Custom Harvesting, LLC",
                            "Route 2, Box 48, Ogallah Springs, KS 67656", "KS-AG-7713", "Emilio R. Baca", "SH-2208",
                            "Combine crew 2 - fall row crops", d, fri(dt.date(2051, 5, 23)), 15.50, None, WH_KS)
             for d in pays]
    ui = ui_determination("Emilio R. Baca", addr, dt.date(2051, 11, 21), 502.00, dt.date(2051, 11, 16),
                          "Smoky Hill Custom Harvesting")
    app = App("5518203647", "Emilio R. Baca", "927-63-1184", "1186 Road 140", "Ogallah Springs", "KS", "67656",
              "(785) 555-0152", "", "primary_residence", ["unemployment"], dt.date(2051, 11, 14), "short",
              {"wages": 2980.00, "unemployment": 2175.00}, dt.date(2052, 4, 1), seed=seed + 31)
    p = Packet("ca3", received, app, ["income_doc:wages"])
    tax = property_tax_bill("Trego Bluff County", "County Courthouse, 216 Main Street, Ogallah Springs, KS 67656",
                            "Emilio R. Baca", addr, "097-214-03-0-00-012.00", "1186 ROAD 140", 2051, 6200.00,
                            71400.00, 1.384522, None)
    elec = electric_coop_bill("Smoky Valley Electric Cooperative", "PO Box 30, Ness Junction, KS 67560",
                              "Emilio R. Baca", addr, "40-2217-05", "1186 Road 140 (house)", dt.date(2052, 3, 14), 1184,
                              161.22, 161.22, seed + 3)
    on = dt.date(2052, 4, 1)
    hl = typed_hardship_letter(app.borrower, None, addr, app.loan, on, "Sandhill Plains Savings Bank", [
        "I run a combine for a custom harvesting crew from May to November. The crew was laid off in the middle of "
        "November as every year, but this winter there was no feedlot work to be had and I have lived on "
        "unemployment since then.",
        "The crew starts again at the end of May. I am asking the bank to let me pay less until the season starts "
        "and to add what I miss to the end of the loan."], ink=True, seed=seed + 3)
    cover = fax_cover("Ogallah Springs Public Library", "(785) 555-0100", "Sandhill Plains Savings Bank - Loan "
                      "Servicing", "(785) 555-0177", received - dt.timedelta(days=1), 12,
                      f"Loan {app.loan} - Baca - relief application")
    p.scan("FAX_20520407_1522.pdf", [
        (None, scan_paper(cover, style, seed + 300)),
        (app_doc(), scan_paper(sp7(app, seed + 33), style, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 302)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 303)),
        (letter_doc(ui), scan_paper(ui.paper, style, seed + 304)),
        (other_doc(), scan_paper(tax, style, seed + 305)),
        (other_doc(), scan_paper(elec, style, seed + 306)),
        (hardship_doc(on), scan_paper(hl, style, seed + 307))], style)
    return p


def packet_ca4(seed: int) -> Packet:
    """A rural acreage: a grain co-op's seasonal harvest hand who rents out the second home on his land."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2052, 11, 18)
    addr = ["2874 160th Street", "Alder Grove, IA 52218"]
    grey = Scan(dpi=300, tilt=0.25, blur=0.7, noise=0.0004)
    stub = voucher_check_stub(random.Random(seed * 7 + 4), "Tri-County Grain Cooperative",
                              "101 Elevator Street, Alder Grove, IA 52218", "Gerald T. Brandvold", "20417",
                              "Alder Grove elevator", fri(dt.date(2052, 11, 15)), fri(dt.date(2052, 9, 19)), 18.25,
                              WH_IA)
    cu = "Wapsi Prairie Credit Union"
    branch = "Alder Grove branch - 104 Main Street, Alder Grove, IA 52218 - (319) 555-0126"
    cr9 = [(2, "DEPOSIT - RENT W HALVERSON", 650.00), (12, "TRANSFER FROM SAVINGS", 200.00),
           (19, "TRI-COUNTY GRAIN PAYROLL", 1012.36), (26, "TRI-COUNTY GRAIN PAYROLL", 1131.08)]
    cr10 = [(1, "DEPOSIT - RENT W HALVERSON", 650.00), (3, "TRI-COUNTY GRAIN PAYROLL", 1204.51),
            (10, "TRI-COUNTY GRAIN PAYROLL", 1088.90), (17, "TRI-COUNTY GRAIN PAYROLL", 1163.47),
            (24, "TRI-COUNTY GRAIN PAYROLL", 1240.02), (31, "TRI-COUNTY GRAIN PAYROLL", 1178.35)]
    s1 = rural_cu_statement(rng, cu, branch, "Gerald T. Brandvold", addr, "0048813305", 2052, 9, 1418.52, cr9)
    s2 = rural_cu_statement(rng, cu, branch, "Gerald T. Brandvold", addr, "0048813305", 2052, 10,
                            s1.fields["ending_balance"], cr10)
    app = App("6104372281", "Gerald T. Brandvold", "978-40-2216", "2874 160th Street", "Alder Grove", "IA", "52218",
              "(319) 555-0171", "gbrandvold@example.net", "primary_residence", ["disaster"], dt.date(2052, 6, 22),
              "short", {"wages": 3420.00, "rental": 540.00}, dt.date(2052, 11, 11), seed=seed + 41)
    p = Packet("ca4", received, app, [])
    loan = app.loan
    p.scan(f"Brandvold {loan} application.pdf", [(app_doc(), form710_typewriter(app, grey, seed + 400))], grey)
    sheets = form4506c("Gerald", "T", "Brandvold", "978-40-2216", "2874 160th Street", "Alder Grove", "IA", "52218",
                       "Northwoods Home Loan Servicing", "(800) 555-0166", dt.date(2052, 11, 11), "(319) 555-0171",
                       seed + 44, grey)
    assert isinstance(sheets, list)
    p.scan(f"Brandvold {loan} 4506C.pdf", [(form4506c_doc(dt.date(2052, 11, 11)), sheets)], grey)
    p.pdf(f"{loan} paystub.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    p.pdf(f"{loan} stmt 09.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 2))
    p.pdf(f"{loan} stmt 10.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 2))
    on = dt.date(2052, 11, 11)
    hl = typed_hardship_letter(app.borrower, None, addr, loan, on, "Northwoods Home Loan Servicing", [
        "On June 22 a hail storm and straight-line winds went through Alder Grove. The storm took the roof off "
        "our machine shed and broke the roof and windows of the house. The insurance paid for the house after a "
        "$4,800 wind and hail deductible, which I had to put on a credit card, and nothing for the shed.",
        "I work harvest at the grain co-op every fall and rent the second home on our acreage to a neighbor. I "
        "fell two payments behind over the summer and ask for help to catch up."], ink=True, seed=seed + 4)
    p.scan(f"{loan} hail letter.pdf", [(hardship_doc(on), scan_paper(hl, grey, seed + 404))], grey)
    p.pdf(f"{loan} electric.pdf",
          paper_pdf(electric_coop_bill("Cedar Valley Rural Electric Cooperative", "PO Box 88, Alder Grove, IA 52218",
                                       "Gerald T. Brandvold", addr, "118-0412-01", "2874 160th St - house and shop",
                                       dt.date(2052, 10, 28), 1962, 244.18, 244.18, seed + 45)), (other_doc(), 1))
    dec = insurance_declarations(
        "Prairie Township Mutual Insurance Association", "PO Box 19, Alder Grove, IA 52218",
        "Farm and Acreage Dwelling Policy - Declarations", "PTM-44-10927", ["Gerald T. Brandvold"], addr,
        "2874 160th Street, Alder Grove, IA 52218 (dwelling, tenant home, machine shed)", dt.date(2052, 3, 15),
        [("Coverage A - Dwelling", "$182,000"), ("Coverage A2 - Tenant-occupied manufactured home", "$48,000"),
         ("Coverage B - Outbuildings", "$35,000"), ("Coverage E - Personal liability", "$300,000")], 1418.00,
        ["Northwoods Home Loan Servicing, ISAOA/ATIMA", "PO Box 9080, Traverse Point, MI 49685"], loan)
    p.scan(f"{loan} insurance.pdf", [(other_doc(), scan_paper(dec, grey, seed + 405))], grey)
    return p


def packet_ca5(seed: int) -> Packet:
    """Condominium; a district bus driver who also claims a pension but sends only the association's papers."""
    received = dt.date(2052, 3, 11)
    addr = ["8 Lakeview Terrace Unit 12", "Bayport, WI 54301"]
    photo = Scan(dpi=150, tilt=0.0, blur=0.9, noise=0.0, mode="photo")
    trips = {1: 6.5, 2: 11.0}
    stubs = [school_warrant_stub("Brule River Consolidated Schools", "Transportation Office - 500 School Road, "
                                 "Bayport, WI 54301", "Wilhelmina G. Ostrowski", "004418", "Bus driver, route 7 "
                                 "(part-time, 10 months, paid over 12)", fri(month_end(2052, m)), 1680.00, 21.40,
                                 trips, WH_WI) for m in (1, 2)]
    app = App("3391057720", "Wilhelmina G. Ostrowski", "952-81-0467", "8 Lakeview Terrace Unit 12", "Bayport", "WI",
              "54301", "(920) 555-0138", "", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2052, 1, 1), "long", {"wages": 1680.00, "benefits_taxable": 912.50}, dt.date(2052, 3, 5),
              hoa=276.00, home="condominium", seed=seed + 51)
    p = Packet("ca5", received, app, ["income_doc:benefits_taxable"])
    loan = app.loan
    p.scan(f"{loan} worksheet photos.pdf", [(app_doc(), scan_paper(kb12(app, BLACK_INK), photo, seed + 500, MINT))],
           photo)
    for s in stubs:
        p.pdf(f"{loan} pay advice {s.date:%b}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    assoc = "Lakeview Terrace Condominium Owners Association"
    p.pdf(f"{loan} HOA statement.pdf",
          paper_pdf(hoa_dues_statement(assoc, "Bay Shore Property Management", "Wilhelmina G. Ostrowski", addr,
                                       "LT-12-0088", 2052, 2, 142.00, 276.00, 395.00, 671.00)), (other_doc(), 1))
    notice = special_assessment_notice(assoc, "Bay Shore Property Management, 77 Dock Street, Bayport, WI 54301",
                                       "Wilhelmina G. Ostrowski", addr, "12", dt.date(2051, 11, 28), 9480.00, 24,
                                       dt.date(2052, 1, 1), "new siding, windows and the parking lot")
    p.scan(f"{loan} assessment letter.pdf", [(other_doc(), scan_paper(notice, photo, seed + 501))], photo)
    on = dt.date(2052, 3, 5)
    hl = typed_hardship_letter(app.borrower, None, addr, loan, on, "Kestrel Bay Loan Servicing", [
        "Our condominium association has started a special assessment of $9,480 for each unit, billed at $395 a "
        "month for two years, for new siding, windows and the parking lot. With my regular dues that is $671 a "
        "month to the association.",
        "My income from driving a school bus and my teacher's pension has not changed, but I cannot pay the "
        "association and the full mortgage payment. I ask to be reviewed for a modification."], ink=False,
        seed=seed + 5)
    p.pdf(f"{loan} letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_ca6(seed: int) -> Packet:
    """A manufactured home on its own rural acre: a blueberry picker paid by the lug and a co-borrower on workers'
    compensation; the Form 710 photographed page by page on the kitchen table."""
    received = dt.date(2052, 7, 29)
    addr = ["5590 Sable Creek Road", "Sable Creek, MI 49420"]
    photo = Scan(dpi=150, tilt=0.0, blur=1.0, noise=0.0, mode="photo")
    grey = Scan(dpi=240, tilt=0.4, blur=0.6, noise=0.0005)
    pays = [fri(dt.date(2052, 7, 19)), fri(dt.date(2052, 7, 26))]
    stubs = [farm_crew_stub(random.Random(seed * 7 + 6), "Sable Creek Blueberry Farms", "5100 Sable Creek Road, "
                            "Sable Creek, MI 49420", "MI-MAL-40877", "Ruben D. Altamirano", "SC-0415",
                            "Picking crew A - Field 9 (Bluecrop)", d, fri(dt.date(2052, 7, 5)), 12.48,
                            ("lugs picked", 24.50), WH_FARM) for d in pays]
    wc = workers_comp_award("Celia M. Altamirano", addr, dt.date(2052, 6, 3), 1126.00, "WC-51-208834",
                            dt.date(2051, 9, 12), "Sable Creek Blueberry Farms")
    app = App("4857209163", "Ruben D. Altamirano", "936-22-5108", "5590 Sable Creek Road", "Sable Creek", "MI",
              "49420", "(231) 555-0187", "raltamirano@example.org", "primary_residence",
              ["disability_or_illness", "reduction_in_income"], dt.date(2051, 9, 12), "long",
              {"wages": 3480.00, "benefits_nontaxable": 1126.00}, dt.date(2052, 7, 22), co="Celia M. Altamirano",
              co_ssn="936-57-2291", home="manufactured", seed=seed + 61)
    p = Packet("ca6", received, app, [])
    loan = app.loan
    p.scan(f"{loan} - application.pdf", [(app_doc(), form710_ink(app, photo, seed + 600))], photo)
    for s in stubs:
        p.pdf(f"{loan} - paystub {s.date:%m-%d}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{loan} - workers comp.pdf", paper_pdf(wc.paper), (letter_doc(wc), 1))
    on = dt.date(2052, 7, 22)
    hl = typed_hardship_letter(app.borrower, app.co, addr, loan, on, "Northwoods Home Loan Servicing", [
        "Last September my wife Celia fell from a loading dock at the farm where we both worked and injured her "
        "back. She had two surgeries and cannot go back to field work. Her workers' compensation is about half of "
        "what she earned.",
        "I pick blueberries in the summer and prune in the winter, and my hours were cut while I drove her to her "
        "appointments. We want to keep our home and ask for a modification."], ink=True, seed=seed + 6)
    p.scan(f"{loan} - letter.pdf", [(hardship_doc(on), scan_paper(hl, grey, seed + 601))], grey)
    p.pdf(f"{loan} - insurance.pdf", paper_pdf(insurance_declarations(
        "Great Lakes Farmstead Insurance Company", "PO Box 660, Fremont Center, MI 49412",
        "Manufactured Home Policy - Declarations (MH 00 04)", "MHP-09-551872",
        ["Ruben D. Altamirano", "Celia M. Altamirano"], addr, "5590 Sable Creek Road, Sable Creek, MI 49420 - 2004 "
        "Fairmont 28x64 double-section home on owned land", dt.date(2052, 5, 1),
        [("Coverage A - Manufactured home", "$96,000"), ("Coverage B - Other structures", "$9,600"),
         ("Coverage C - Personal property", "$38,400"), ("Coverage E - Personal liability", "$100,000")], 1126.00,
        ["Northwoods Home Loan Servicing, ISAOA/ATIMA", "PO Box 9080, Traverse Point, MI 49685"], loan)),
          (other_doc(), 1))
    tax = property_tax_bill("Oceola Pines County", "Treasurer's Office, 301 W Upton Avenue, Reed Bluff, MI 49677",
                            "Ruben D. and Celia M. Altamirano", addr, "11-09-300-014", "5590 SABLE CREEK RD", 2051,
                            14500.00, 38800.00, 4.118800, "MI title 02-7718345")
    p.scan(f"{loan} - taxes.pdf", [(other_doc(), scan_paper(tax, grey, seed + 602))], grey)
    return p


def packet_ca7(seed: int) -> Packet:
    """A Sandhills cow-calf and hay operation: two farm credit cash-management statements, no 4506-C."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2052, 3, 25)
    addr = ["31042 Sandpit Road", "Calamus Valley, NE 68833"]
    colour = Scan(dpi=200, tilt=0.5, blur=0.5, noise=0.0003, mode="colour")
    fca = "Loup River Farm Credit, ACA"
    office = "Calamus Valley office - 88 Railroad Avenue, Calamus Valley, NE 68833 - (308) 555-0140"
    holder = "Harlan J. and Marla K. Pettibone"
    cr1 = [(6, "HAY SALE - CHECK DEPOSIT", 1150.00), (14, "CATTLE SALE - SANDHILLS LIVESTOCK MKT", 8412.55),
           (27, "HAY SALE - CHECK DEPOSIT", 860.00), (31, "INTEREST CREDIT", 11.84)]
    cr2 = [(3, "CUSTOM HAYING - ROLLING R RANCH", 1320.00), (18, "CATTLE SALE - SANDHILLS LIVESTOCK MKT", 6208.90),
           (29, "INTEREST CREDIT", 13.02)]
    s1 = farm_credit_statement(rng, fca, office, holder, addr, "7730042195", "2231-04", 2052, 1, 4210.77, cr1)
    s2 = farm_credit_statement(rng, fca, office, holder, addr, "7730042195", "2231-04", 2052, 2,
                               s1.fields["ending_balance"], cr2)
    app = App("7016638240", "Harlan J. Pettibone", "984-15-7730", "31042 Sandpit Road", "Calamus Valley", "NE",
              "68833", "(308) 555-0129", "", "primary_residence", ["disaster"], dt.date(2051, 12, 18), "short",
              {"self_employment": 3900.00}, dt.date(2052, 3, 18), co="Marla K. Pettibone", co_ssn="984-62-0051",
              home="house", seed=seed + 71)
    p = Packet("ca7", received, app, ["irs_form_4506c"])
    folder = app.loan
    p.scan(f"{folder}/Scan_20520318_01.pdf", [(app_doc(), scan_paper(kb12(app), colour, seed + 700, PINK))], colour)
    on = dt.date(2052, 3, 18)
    hl = typed_hardship_letter(app.borrower, app.co, addr, app.loan, on, "Kestrel Bay Loan Servicing", [
        "The December blizzard killed 31 of our cows and calves and we lost most of the hay we had stacked for the "
        "winter. We had to buy hay at twice the usual price and sold the rest of our calves early and light.",
        "The ranch will recover when we rebuild the herd, but this year our income is much lower. We ask for a few "
        "months of reduced payments."], ink=True, seed=seed + 7)
    p.scan(f"{folder}/Scan_20520318_02.pdf", [(hardship_doc(on), scan_paper(hl, colour, seed + 701))], colour)
    p.pdf(f"{folder}/CMA_Statement_2052-01.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf(f"{folder}/CMA_Statement_2052-02.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    tax = property_tax_bill("Garfield Sandhills County", "Courthouse, 250 S 8th Street, Calamus Valley, NE 68833",
                            "Harlan J. and Marla K. Pettibone", addr, "000412290", "31042 SANDPIT RD (SEC 14-22-17)",
                            2051, 388000.00, 146500.00, 1.306755, None)
    p.scan(f"{folder}/Scan_20520318_03.pdf", [(other_doc(), scan_paper(tax, colour, seed + 702))], colour)
    return p


def packet_ca8(seed: int) -> Packet:
    """A widow who is a land-lease community's assistant manager, paid partly in lot rent; the typewritten form is
    signed but its date line left empty."""
    received = dt.date(2052, 2, 19)
    addr = ["640 Meadowlark Lane Site 27", "Prairie Rose, KS 67554"]
    grey = Scan(dpi=300, tilt=0.3, blur=0.65, noise=0.0004)
    community = "Meadowlark Estates Manufactured Home Community"
    pays = [fri(dt.date(2052, 2, 13)) - dt.timedelta(days=14), fri(dt.date(2052, 2, 13))]
    stubs = [park_staff_stub(random.Random(seed * 7 + 8), community, "Heritage Land Lease Partners LP",
                             "9 Commerce Plaza, Wichita Falls Crossing, KS 67202", "Opal M. Renfro",
                             "Assistant Manager", "Site 27", d, "biweekly", 980.00, 445.00, WH_KS) for d in pays]
    award = annuity_award_notice("Opal M. Renfro", addr, dt.date(2052, 1, 9), 1342.75, "Clifford W. Renfro",
                                 "PEC-118204", dt.date(2052, 1, 1))
    obit = weekly_obituary("The Prairie Rose Plainsman", "Clifford W. Renfro", dt.date(1988, 4, 2),
                           dt.date(2051, 11, 30), "Prairie Rose", [
                               "Cliff was a lineman for Prairie Lines Electric Cooperative for 31 years and a "
                               "volunteer firefighter. He loved fishing at the state lake and his grandchildren.",
                               "He is survived by his wife of 40 years, Opal, a son and two grandchildren. Services "
                               "were held at First Methodist Church."], dt.date(2051, 12, 5))
    app = App("8145290036", "Opal M. Renfro", "917-30-6642", "640 Meadowlark Lane Site 27", "Prairie Rose", "KS",
              "67554", "(620) 555-0193", "", "primary_residence", ["death", "reduction_in_income"],
              dt.date(2051, 11, 30), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 1342.75},
              dt.date(2052, 2, 12), b_dates=False, hoa=445.00, home="manufactured", seed=seed + 81)
    p = Packet("ca8", received, app, ["application_signature"])
    ledger = lot_rent_ledger(community, "640 Meadowlark Lane, Prairie Rose, KS 67554", "Opal M. Renfro", "Site 27",
                             [(2051, 11), (2051, 12), (2052, 1)], 445.00, 31.00, 15.00, "credit", 12.40, seed + 8)
    elec = electric_coop_bill("Prairie Lines Electric Cooperative", "PO Box 410, Prairie Rose, KS 67554",
                              "Opal M. Renfro", addr, "27-0640-03", "640 Meadowlark Ln Site 27", dt.date(2052, 1, 24),
                              1388, 188.04, 188.04, seed + 88)
    on = dt.date(2052, 2, 11)
    letter = handwritten_letter("Opal M. Renfro", app.loan, on, [
        "To Sandhill Plains Savings Bank,",
        "My husband Cliff passed away on November 30. He was a",
        "lineman and most of our money came from his pay.",
        "I work as assistant manager here at Meadowlark Estates",
        "and part of my pay goes to our lot rent. I now also get",
        "a survivor annuity from his retirement plan, but it is",
        "less than his pay was. I am two payments behind and",
        "want to keep our home. Please lower my payment.",
        "Thank you,"], seed + 89)
    p.scan("mailroom_batch_0219_0007.pdf", [
        (None, scan_paper(separator_sheet(app.loan), grey, seed + 800)),
        (app_doc(), scan_paper(sp7(app, seed + 83), grey, seed + 801)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, grey, seed + 802)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, grey, seed + 803)),
        (letter_doc(award), scan_paper(award.paper, grey, seed + 804)),
        (letter_doc(obit), scan_paper(obit.paper, grey, seed + 805)),
        (hardship_doc(on), scan_paper(letter, grey, seed + 806)),
        (other_doc(), scan_paper(ledger, grey, seed + 807)),
        (other_doc(), scan_paper(elec, grey, seed + 808))], grey)
    return p


# --- check ---------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ca1, packet_ca2, packet_ca3, packet_ca4, packet_ca5, packet_ca6,
                                             packet_ca7, packet_ca8]
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
FIELD_KEYS = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "unemployment_benefit_letter": {"letter_date", "benefit_type"},
    "hardship_letter": {"letter_date"},
    "irs_form_4506c": {"signed", "signed_on"},
}
FREQ_WORDS = {"weekly": ("weekly",), "biweekly": ("bi-weekly", "biweekly", "every two weeks"),
              "semimonthly": ("semi-monthly", "semimonthly", "twice a month"), "monthly": ("monthly",)}
BENEFIT_WORDS = {"benefits_taxable": ("taxable",), "benefits_nontaxable": ("not taxable", "non-taxable"),
                 "unemployment": ("unemployment",)}


def norm(text: str) -> str:
    return " ".join(re.sub(r"[,$]", "", text.lower()).split())


def renderings(name: str, value: Any) -> list[str]:
    """The ways a truth value may be printed on its page."""
    if isinstance(value, bool):
        return []
    if isinstance(value, int | float):
        return [money(float(value))] if name != "tax_year" else [str(value)]
    if name == "frequency":
        return list(FREQ_WORDS[value])
    if name == "benefit_type":
        return list(BENEFIT_WORDS[value])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        d = dt.date.fromisoformat(value)
        return [mdy(d), f"{d.month}/{d.day}/{d.year}", long_date(d), d.strftime("%m/%d/%y"), d.strftime("%m-%d-%Y")]
    return [str(value)]


def printed(texts: Sequence[str], name: str, value: Any) -> bool:
    hay = norm(" ".join(texts))
    options = renderings(name, value)
    return not options or any(norm(o) in hay for o in options)


def check(out: Path, built: dict[str, Packet]) -> list[str]:
    """Validate every expected.json under out (keys, codes, types, dates, pages, `scanned`) and verify that each
    truth value is printed on the pages of its document: read back from the file for born-digital pages, from
    what was printed and written on the sheet before it was scanned for image-only pages."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        if name not in built:
            continue
        packet = built[name]
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        dt.date.fromisoformat(exp["received_on"])
        if not re.fullmatch(r"\d{6,15}", exp["loan_number"]):
            problems.append(f"{name}: loan number {exp['loan_number']}")
        if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        if exp["missing"] != sorted(packet.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(packet.scenario)}")
        app = exp["application"]
        if set(app) != APP_KEYS:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or "total" not in app["income"]:
            problems.append(f"{name}: bad income codes")
        elif abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if app["signed"] != (app["signed_on"] is not None and packet.app.b_signs):
            problems.append(f"{name}: signed and signed_on disagree")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None:
                dt.date.fromisoformat(app[k])
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan number differs from the application's")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        file_texts: dict[str, list[str]] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: duplicate document ids")
        if sum(d["type"] == "mortgage_assistance_application" for d in exp["documents"]) != 1:
            problems.append(f"{name}: not exactly one application")
        for doc, meta in zip(exp["documents"], packet.docs, strict=True):
            label = f"{name} {doc['id']} {doc['type']}"
            if set(doc) != {"id", "type", "scanned", "pages", "fields"}:
                problems.append(f"{label}: keys {sorted(doc)}")
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{label}: type")
            want_keys = FIELD_KEYS.get(doc["type"], set())
            if set(doc["fields"]) != want_keys:
                problems.append(f"{label}: fields {sorted(doc['fields'])} != {sorted(want_keys)}")
            texts: list[str] = []
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{label}: page listed twice {key}")
                seen.add(key)
                path = exp_path.parent / "inbox" / pg["file"]
                if not path.is_file():
                    problems.append(f"{label}: missing file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if pg["page"] > len(reader.pages):
                    problems.append(f"{label}: no page {key}")
                    continue
                has_text = bool(reader.pages[pg["page"] - 1].extract_text().replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    problems.append(f"{label}: scanned={doc['scanned']} but text layer={has_text} on {key}")
                if not doc["scanned"]:
                    if pg["file"] not in file_texts:
                        file_texts[pg["file"]] = pdf_page_texts(path.read_bytes())
                    texts.append(file_texts[pg["file"]][pg["page"] - 1])
            if doc["scanned"]:
                texts = meta.texts
            if not any(SYNTH in t for t in texts) and not doc["scanned"]:
                problems.append(f"{label}: no synthetic-document line")
            for k, v in doc["fields"].items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
                if k == "monthly_gross":
                    f = doc["fields"]
                    if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - v) > 0.005:
                        problems.append(f"{label}: monthly_gross {v}")
                elif v is not None and not printed(texts, k, v):
                    problems.append(f"{label}: {k}={v!r} is not printed on its pages")
            if doc["type"] == "mortgage_assistance_application":
                street, city, state_zip = app["property_address"].rsplit(", ", 2)
                state, zipc = state_zip.split(" ")
                wanted: list[tuple[str, Any]] = [(k, app[k]) for k in ("loan_number", "borrower_name",
                                                                       "co_borrower_name", "ssn_last4",
                                                                       "hardship_start_date", "signed_on") if app[k]]
                wanted += [("street", street), ("city", city), ("state", state), ("zip", zipc)]
                form710 = "mortgage assistance application" in norm(" ".join(texts))  # prints no total line
                wanted += [(f"income.{k}", v) for k, v in app["income"].items() if not (form710 and k == "total")]
                for k, v in wanted:
                    if not printed(texts, k, v):
                        problems.append(f"{label}: application {k}={v!r} is not on the form")
        for file in (exp_path.parent / "inbox").rglob("*.pdf"):
            rel = file.relative_to(exp_path.parent / "inbox").as_posix()
            n = len(PdfReader(file).pages)
            listed = {p for f, p in seen if f == rel}
            extra = set(range(1, n + 1)) - listed
            if len(extra) > 1 or (extra and extra != {1}):
                problems.append(f"{name}: pages {sorted(extra)} of {rel} belong to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written and the truth")
    ap.add_argument("--only", nargs="*", help="build only these packets (ca1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: dict[str, Packet] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        built[name] = p
        exp = expected_of(p)
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
