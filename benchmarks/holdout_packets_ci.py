"""A holdout set of borrower packets (ci1..ci8): OLD OFFICE MACHINES AND AGED PAPER - elderly and rural borrowers of
small credit unions and local banks whose papers come off manual typewriters, dot-matrix payroll and pension
printers, carbon sets and spirit duplicators, and reach the servicer as scans of yellowed sheets and photocopies of
photocopies. Written without looking at the service's code, rules, data files or tests (only shared/spec,
shared/samples, the reference README, tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py,
the af scaffold and the other sets' module docstrings were read), to estimate honestly how the service reads such
mail.

    python benchmarks/holdout_packets_ci.py OUT_DIR [--seed N] [--check] [--only ci1 ci5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch, processed with `--received-on <received_on>` (weekdays from March to October 2049).

THE LOOKS. Typewriting is drawn character by character in a monospaced face at ten to the inch: every key strikes a
little high or low and a little lighter or darker in its own habitual way, the odd key bounces, mistakes are X-ed
out in place with the right word typed after them ("XXXXXX illness"), or painted over with CORRECTION FLUID and
retyped on the lumpy white patch. Dot-matrix printing breaks each glyph into a lattice of round dots, in capitals,
on pin-feed continuous stock (punched holes and perforations down both edges) that is plain, GREEN-BAR or blue-bar,
the ribbon fading from line to line, dates as mm/dd/yy. A CARBON copy holds only the carbon's soft, fuzzy blue on
canary or onionskin paper with stray carbon specks; the spirit-duplicated ("ditto") form is violet, soft-edged and
unevenly inked, its labels themselves typed on the master. Aged sheets are cream-yellow, browner at the edges, with
blotches and foxing; a PHOTOCOPY OF A PHOTOCOPY is grey, thickened, with black ragged edges, toner specks and a drum
scratch. Scans are colour JPEG (200-240 dpi), grey JPEG (200-300 dpi) or a 200 dpi black-and-white fax, tilted a
few tenths of a degree; pens are ballpoint signatures with an old hand's tremor and hand-written dates.

THE APPLICATIONS. The real Form 710 (April 2023) printed blank and filled on a TYPEWRITER - every answer a little
above, on or through its line and right of where the field starts, the boxes X-ed (ci1 on yellowed paper, ci4
faxed, ci7 copied twice); Form 710 prints no income total, so `total` is the sum of its lines. Prairie Grange
Federal Credit Union's "Member Request for Mortgage Payment Assistance" (Form PG-4, two spirit-duplicated sheets:
numbered questions with dot leaders, "(  )" choices marked X, reasons A..J, income lines A..H in the middle of sheet
2 with a TOTAL line - its total - and distractors: savings on hand, a payment the member could make, a "for credit
union use" strip; ci2, ci5, ci8). Harlan Mill Savings Bank's "Request for Mortgage Relief" (Form HMSB-22, one page
of numbered boxes with small captions, occupancy and duration as CODE LETTERS - O / S / R, T / L / R -, income lines
a..h and i TOTAL): the CANARY BORROWER'S CARBON COPY mailed in (ci3) and the white copy filled on screen (ci6,
born-digital).

THE PAPERS. Pay stubs (year to date = the sum of that year's checks; frequency printed): a farmers' co-op elevator's
weekly dot-matrix EMPLOYEE EARNINGS STATEMENT on green-bar with a detachable non-negotiable check (ci2); a school
district's semi-monthly STATEMENT OF EARNINGS, captions pre-printed in green, the figures dot-struck out of register
(ci5, the 1st-15th paid the 20th, the 16th-month end paid the 5th); a country store's typed bi-weekly EMPLOYEE PAY
RECORD (ci4); a county's bi-weekly PAY ADVICE kept as the print image, born-digital (ci8). Statements: a savings
bank's print-image STATEMENT OF ACCOUNT, born-digital (ci6). Benefit letters (benefit_type from what the letter says
about tax): a survivor-benefit notice dot-printed on continuous paper and school and county retirement letters
(taxable), VA DIC and VA compensation letters (non-taxable), a water district's typed letter (taxable). Others: a
farm P&L typed and signed (ci3), two photocopied deposited RENT CHECKS front and back with the bank's stamp (ci3),
the real IRS Form 4506-C typed and signed by both spouses (ci3), two dot-matrix monthly ANNUITY statements
(investment_statement, ci7), a typed certified DEATH CERTIFICATE and a newspaper OBITUARY clipping taped on a sheet
(ci1), a country doctor's letter as a CARBON COPY "/s/" (medical_statement, ci5), typed hardship letters, a
HAND-RULED household account book page (type other, ci1 and ci6), a library's fax cover and a mail room separator
sheet (neither listed).

THE PACKETS.
- ci1 complete: a widow's typed Form 710 on yellowed paper (death; taxable survivor pension and non-taxable DIC,
  each with a fresh letter; death certificate and obituary), one colour or grey scan per paper in a folder named
  after the loan ("Mom mortgage 1.pdf" ..).
- ci2 incomplete (income_doc:wages): PG-4 (a phone number X-ed out and retyped, "-0-" on unused lines) of a retired
  couple; his only stubs are last harvest's, over 90 days old; her pension letter is fresh. ONE colour scan
  "<Surname> <loan>.pdf".
- ci3 complete: a dairy farm after a flood (disaster): the canary carbon copy, a signed P&L for January-June,
  two fresh rent checks, the signed 4506-C. Loose grey and colour scans "<loan>-n.pdf".
- ci4 incomplete (application_signature): a typed Form 710 faxed from the public library behind its cover sheet;
  the borrower signed but left his date blank, his wife signed and dated. Loan number only inside the papers.
- ci5 complete: PG-4 with two correction-fluid patches (the hardship date, the non-taxable amount) behind the mail
  room's barcode separator sheet in one grey scan; illness documented by the doctor's carbon copy and a letter.
- ci6 incomplete (irs_form_4506c): an 81-year-old landlady's HMSB-22 filled on screen, two consecutive print-image
  statements showing pension and rent deposits, a typed letter and her account book, but no 4506-C for the rent.
  Loose files "WHITCOMB <loan> ...".
- ci7 complete: a bachelor's typed Form 710 copied twice ("other": caring for a brother, explained by his letter),
  a pension letter, two monthly annuity statements; one grey 300 dpi file "Loan <loan> Haskins.pdf".
- ci8 incomplete (application_field:hardship_start_date): PG-4 whose hardship date was X-ED OUT AND NEVER RETYPED
  (so blank), "NONE" typed for a joint member (no co-borrower), with the county's born-digital stubs. Loose files
  "LN<loan>_n.pdf".

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet. `--check` validates every expected.json (keys, codes, types, dates, the fields each
type carries, that every listed page exists and every unlisted page is at most a cover, that `scanned` matches the
absence of a text layer, sums) and that the rules give each scenario's codes. The same seed writes the same bytes
(reportlab invariant mode, seeded noise, fixed pypdf identifiers). All people, employers, banks and servicers are
fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.
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

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
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
MONO = FONT_DIR / "liberation2/LiberationMono-Regular.ttf"
MONO_BOLD = FONT_DIR / "liberation2/LiberationMono-Bold.ttf"
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

# inks, as RGB 0..255
RIBBON = (28, 26, 30)  # a typewriter's black cloth ribbon
DOT_RIBBON = (38, 38, 52)  # a dot-matrix printer's worn ribbon
CARBON = (46, 58, 140)  # what a blue carbon sheet leaves on the copy under it
PEN = (24, 36, 112)  # a ballpoint
SPIRIT = Color(0.43, 0.2, 0.6)  # the violet of a spirit duplicator ("ditto") master
GREENBAR = Color(0.84, 0.93, 0.84)


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def mdy2(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def mdy_short(d: dt.date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def abbr_date(d: dt.date) -> str:
    month = d.strftime("%b") + ("." if d.month not in (5, 6, 7) else "")
    return f"{month} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- what is put on a page after it is printed: typing, printing heads, pens -------------------------------


@dataclass
class Mark:
    """Something struck or written onto a printed sheet. x, y: PDF points from the page's bottom-left (the
    baseline's left end). kinds: "type" (typewriter), "xout" (`wrong` struck over with X, then `text` after it;
    `text` may be empty), "fluid" (`wrong` typed, painted over with correction fluid, `text` typed on the patch),
    "dot" (a dot-matrix printer's line), "sig" (a pen signature `w` points wide), "hand" (pen writing)."""

    kind: str
    x: float
    y: float
    text: str = ""
    wrong: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1
    color: tuple[int, int, int] | None = None
    blur: float = 0.0  # extra softness in points (a carbon copy's typing)
    ink: float = 1.0  # how much ink reaches the paper
    machine: int = 0  # which typewriter: its keys' habits


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Paper:
    """One logical document: its pages (draw functions returning the marks put on afterwards) and page size."""

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
        span = w * (0.55 if p == 0 else 0.35) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        tremor = rng.uniform(0.2, 0.7)  # an old hand shakes a little
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = h * (0.9 if i < 8 else 0.45) * rng.uniform(0.85, 1.1)
            px = x + span * t + 3.0 * math.sin(t * loops * 2 * math.pi + 1.3)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi) * (1 - 0.4 * t) + \
                tremor * math.sin(i * 2.7)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.05
        if x > w * 0.95:
            break
    strokes.append([(w * 0.1, h * 0.05), (min(x, w) * 0.95, h * 0.12)])
    return strokes


def key_character(machine: int, ch: str) -> tuple[float, float]:
    """A typewriter key's own habits: how far above or below the line it strikes (points) and how dark."""
    rr = random.Random(machine * 7919 + ord(ch))
    return rr.uniform(-0.75, 0.75), rr.uniform(0.7, 1.0)


def screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    """The marks of a born-digital page: typing in Courier (each key a little off, as a typewriter font does),
    dot-matrix lines in Courier-Bold, signatures as vector strokes."""
    for m in marks:
        if m.kind == "sig":
            c.saveState()
            c.setStrokeColor(Color(*(v / 255 for v in (m.color or PEN))))
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
        elif m.kind == "dot":
            c.setFillColor(black)
            c.setFont("Courier-Bold", m.size)
            c.drawString(m.x, m.y, m.text)
        elif m.kind == "hand":
            c.setFillColor(black)
            c.setFont("Helvetica-Oblique", m.size)
            c.drawString(m.x, m.y, m.text)
        else:
            c.setFillColor(black)
            c.setFont("Courier", m.size)
            pitch = m.size * 0.6
            x = m.x
            if m.kind == "xout" and m.wrong:  # (a fluid patch hides the wrong text entirely)
                c.drawString(x, m.y, m.wrong)
                c.drawString(x, m.y, "X" * len(m.wrong))
                x += pitch * (len(m.wrong) + 1)
            for i, ch in enumerate(m.text):
                dy, _ = key_character(m.machine, ch)
                c.drawString(x + i * pitch, m.y + dy * 0.4, ch)


def paper_pdf(paper: Paper, with_marks: bool = True, creator: str = "holdout_packets_ci") -> bytes:
    """The born-digital PDF of a paper (the marks drawn as vector text and strokes when asked)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        marks = fn(c)
        if with_marks:
            screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def printed_pdf(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """What the printing press or the office copier put on the sheets, and the marks added afterwards."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    marks = []
    for fn in paper.pages:
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_ci"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- sheets of paper as images: marks, aging, copying, scanning ------------------------------------------------


def render_pdf(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as an RGB image at dpi, with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            out.append((page.render(scale=dpi / 72).to_pil().convert("RGB"), page.get_height()))
        return out
    finally:
        doc.close()


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def _laydown(img: Image.Image, mask: Image.Image, box: tuple[int, int], color: tuple[int, int, int]) -> None:
    """Ink of `color` through `mask` (L, 255 = full ink) onto img at box's top-left corner."""
    x0, y0 = box
    region = img.crop((x0, y0, x0 + mask.size[0], y0 + mask.size[1]))
    solid = Image.new("RGB", region.size, color)
    img.paste(Image.composite(solid, region, mask), (x0, y0))


def _type_chars(draw: ImageDraw.ImageDraw, text: str, x: float, base: float, pitch: float, font: ImageFont.FreeTypeFont,
                m: Mark, scale: float, rng: random.Random, strike: float = 1.0) -> None:
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        dy, dark = key_character(m.machine, ch)
        y = base + (dy + rng.uniform(-0.25, 0.25)) * scale
        level = int(255 * min(1.0, m.ink * (0.6 + 0.4 * dark) * strike * rng.uniform(0.88, 1.0)))
        cx = x + i * pitch + rng.uniform(-0.15, 0.15) * scale
        draw.text((cx, y), ch, fill=level, font=font, anchor="ls", stroke_width=1 if scale > 2.5 else 0,
                  stroke_fill=level * 3 // 4)
        if rng.random() < 0.06:  # the key bounced: a faint second strike beside the first
            draw.text((cx + 0.35 * scale, y - 0.2 * scale), ch, fill=level // 3, font=font, anchor="ls")


def _typing(img: Image.Image, m: Mark, scale: float, page_h: float) -> None:
    rng = random.Random(m.seed)
    font = _font(MONO, round(m.size * scale))
    pitch = m.size * 0.6 * scale
    x0, base = m.x * scale, (page_h - m.y) * scale
    n = len(m.wrong) + 1 + len(m.text) if m.wrong else len(m.text)
    pad = round(3 * scale)
    left, top = int(x0) - pad, int(base - m.size * 1.1 * scale) - pad
    size = (int(pitch * n) + 2 * pad, int(m.size * 1.5 * scale) + 2 * pad)
    color = m.color or RIBBON
    soft = max(0.25, (0.12 + m.blur) * scale / 2.5)

    def lay(text: str, start: float, strike: float = 1.0, over: str = "") -> None:
        mask = Image.new("L", size, 0)
        d = ImageDraw.Draw(mask)
        _type_chars(d, text, start - left, base - top, pitch, font, m, scale, rng, strike)
        if over:
            _type_chars(d, over, start - left, base - top, pitch, font, m, scale, rng, strike)
        _laydown(img, mask.filter(ImageFilter.GaussianBlur(soft)), (left, top), color)

    if m.kind == "xout":
        lay(m.wrong, x0, over="X" * len(m.wrong))
        if m.text:
            lay(m.text, x0 + pitch * (len(m.wrong) + 1))
        return
    if m.kind == "fluid":
        lay(m.wrong, x0)
        patch = Image.new("L", size, 0)
        pd = ImageDraw.Draw(patch)
        w = pitch * max(len(m.wrong), len(m.text))
        bx0, by0 = x0 - left - 2.5 * scale, base - top - m.size * 0.95 * scale
        bx1, by1 = bx0 + w + 4 * scale, base - top + m.size * 0.38 * scale
        pd.rounded_rectangle((bx0, by0, bx1, by1), radius=2.2 * scale, fill=255)
        for _ in range(6):  # the brush leaves a lumpy edge
            cx, cy = rng.uniform(bx0, bx1), rng.choice((by0, by1))
            rad = rng.uniform(0.8, 2.0) * scale
            pd.ellipse((cx - rad, cy - rad, cx + rad, cy + rad), fill=255)
        patch = patch.filter(ImageFilter.GaussianBlur(0.5 * scale))
        ring = patch.filter(ImageFilter.MaxFilter(3)).point(lambda v: 70 if 20 < v < 200 else 0)
        _laydown(img, ring.filter(ImageFilter.GaussianBlur(0.6 * scale)), (left, top), (170, 168, 160))
        _laydown(img, patch, (left, top), (251, 250, 244))
        lay(m.text, x0)
        return
    lay(m.text, x0)


_LATTICE: dict[tuple[int, int, int], np.ndarray] = {}


def _dotted(img: Image.Image, m: Mark, scale: float, page_h: float) -> None:
    """A line struck by a 9-pin head: the glyphs broken into a lattice of round dots."""
    font = _font(MONO_BOLD, round(m.size * scale))
    x0, base = m.x * scale, (page_h - m.y) * scale
    left, top = int(x0) - 4, int(base - m.size * 1.0 * scale)
    size = (int(font.getlength(m.text)) + 8, int(m.size * 1.35 * scale))
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).text((x0 - left, base - top), m.text, fill=255, font=font, anchor="ls")
    mask = mask.filter(ImageFilter.MaxFilter(3))
    pitch = max(3, round(scale * 1.25))
    key = (size[0], size[1], pitch)
    if key not in _LATTICE:
        yy, xx = np.mgrid[0:size[1], 0:size[0]]
        c = (pitch - 1) / 2
        _LATTICE[key] = (((xx + left) % pitch - c) ** 2 + ((yy + top) % pitch - c) ** 2) <= (pitch * 0.42) ** 2
    arr = np.asarray(mask, dtype=np.float32) / 255.0 * _LATTICE[key]
    arr *= m.ink
    out = Image.fromarray((arr * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.45 * scale / 2.5))
    _laydown(img, out, (left, top), m.color or DOT_RIBBON)


def _pen(img: Image.Image, m: Mark, scale: float, page_h: float) -> None:
    color = m.color or PEN
    pad = round(6 * scale)
    left, top = int(m.x * scale) - pad, int((page_h - m.y - 26) * scale) - pad
    if m.kind == "sig":
        size = (int(m.w * scale) + 2 * pad, int(36 * scale) + 2 * pad)
        mask = Image.new("L", size, 0)
        d = ImageDraw.Draw(mask)
        for stroke in signature_path(m.seed, m.w):
            pts = [((m.x + px) * scale - left, (page_h - m.y - py) * scale - top) for px, py in stroke]
            d.line(pts, fill=int(235 * m.ink), width=max(2, round(1.2 * scale)), joint="curve")
    else:
        font = _font(HAND_FONT, round(m.size * scale))
        size = (int(font.getlength(m.text) * 1.12) + 2 * pad, int(36 * scale) + 2 * pad)
        mask = Image.new("L", size, 0)
        d = ImageDraw.Draw(mask)
        rng = random.Random(m.seed)
        x = m.x * scale - left
        for ch in m.text:
            dy = rng.uniform(-0.9, 0.9) * scale
            d.text((x, (page_h - m.y) * scale - top + dy), ch, fill=int(230 * m.ink), font=font, anchor="ls")
            x += font.getlength(ch) * rng.uniform(0.95, 1.1)
    if m.blur:
        mask = mask.filter(ImageFilter.GaussianBlur(m.blur * scale / 2))
    _laydown(img, mask, (left, top), color)


def put_marks(img: Image.Image, marks: Sequence[Mark], dpi: int, page_h: float) -> None:
    scale = dpi / 72
    for m in marks:
        if m.kind in ("type", "xout", "fluid"):
            _typing(img, m, scale, page_h)
        elif m.kind == "dot":
            _dotted(img, m, scale, page_h)
        else:
            _pen(img, m, scale, page_h)


def _field(rng: np.random.Generator, shape: tuple[int, int], cells: int = 10) -> np.ndarray:
    """A smooth random field in 0..1 the size of `shape` (blotches, uneven ink, uneven toner)."""
    small = Image.fromarray((rng.random((cells, max(2, cells * shape[1] // shape[0]))) * 255).astype(np.uint8))
    big = small.resize((shape[1], shape[0]), Image.Resampling.BICUBIC)
    return np.asarray(big, dtype=np.float32) / 255.0


def _as_array(img: Image.Image) -> np.ndarray:
    return np.asarray(img, dtype=np.float32)


def _from_array(arr: np.ndarray, mode: str = "RGB") -> Image.Image:
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode)


def look_spirit(img: Image.Image, seed: int) -> Image.Image:
    """A spirit-duplicator print: soft edges and violet ink that runs heavy in places and thin in others."""
    rng = np.random.default_rng(seed)
    soft = img.filter(ImageFilter.GaussianBlur(0.9))
    arr = _as_array(soft)
    density = 0.5 + 0.5 * _field(rng, arr.shape[:2], 7)
    return _from_array(255 - (255 - arr) * density[..., None])


def look_tint(img: Image.Image, paper: tuple[int, int, int]) -> Image.Image:
    arr = _as_array(img) * (np.array(paper, dtype=np.float32) / 255.0)
    return _from_array(arr)


def look_yellowed(img: Image.Image, seed: int, strength: float = 1.0) -> Image.Image:
    """Decades in a drawer: cream-yellow paper, browner toward the edges, blotches and foxing spots."""
    rng = np.random.default_rng(seed)
    arr = _as_array(img)
    h, w = arr.shape[:2]
    paper = np.array([246, 232, 190], dtype=np.float32) / 255.0
    arr = arr * (1 - strength * (1 - paper))
    blot = _field(rng, (h, w), 9)
    arr *= (1 - 0.07 * strength * blot)[..., None]
    yy, xx = np.mgrid[0:h, 0:w]
    edge = np.minimum(np.minimum(xx, w - 1 - xx), np.minimum(yy, h - 1 - yy)) / (0.45 * w / 8.5)
    brown = np.clip(1 - edge, 0, 1) ** 2 * 0.22 * strength
    arr = arr * (1 - brown[..., None] * np.array([0.12, 0.26, 0.5], dtype=np.float32))
    out = _from_array(arr)
    draw = ImageDraw.Draw(out, "RGBA")
    for _ in range(int(30 * strength)):
        x, y, r = rng.integers(0, w), rng.integers(0, h), float(rng.uniform(1.5, 6.0)) * w / 1700
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(150, 110, 60, int(rng.integers(25, 80))))
    return out


def look_onionskin(img: Image.Image, seed: int) -> Image.Image:
    """Thin copy paper: a grey-green cast and visible fibres."""
    rng = np.random.default_rng(seed)
    arr = _as_array(img) * (np.array([236, 238, 226], dtype=np.float32) / 255.0)
    grain = rng.normal(0, 3.0, arr.shape[:2]).astype(np.float32)
    return _from_array(arr + grain[..., None])


def look_carbon_smudge(img: Image.Image, seed: int) -> Image.Image:
    """Where a carbon sheet touched the copy by accident: faint blue specks and a smear or two."""
    rng = np.random.default_rng(seed)
    out = img.copy()
    w, h = out.size
    draw = ImageDraw.Draw(out, "RGBA")
    for _ in range(260):
        x, y = rng.integers(0, w), rng.integers(0, h)
        r = float(rng.uniform(0.6, 1.6))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*CARBON, int(rng.integers(30, 90))))
    for _ in range(2):
        x, y = int(rng.integers(w // 8, w * 7 // 8)), int(rng.integers(h // 8, h * 7 // 8))
        draw.line([(x, y), (x + int(rng.integers(80, 240)), y + int(rng.integers(-30, 30)))],
                  fill=(*CARBON, 22), width=int(rng.integers(6, 14)))
    return out


def look_photocopy(img: Image.Image, seed: int, generations: int = 2) -> Image.Image:
    """A photocopy of a photocopy: grey background, thickened strokes, dark edges and toner specks (grey)."""
    rng = np.random.default_rng(seed)
    grey = img.convert("L")
    w, h = grey.size
    for g in range(generations):
        arr = _as_array(grey.filter(ImageFilter.GaussianBlur(0.7 + 0.2 * g)))
        arr = (arr - 35) * 1.28
        background = 0.8 + 0.1 * _field(rng, arr.shape, 6)
        arr = np.minimum(arr, 255) * background
        yy, xx = np.mgrid[0:h, 0:w]
        for side, dist in (("l", xx), ("r", w - 1 - xx), ("t", yy), ("b", h - 1 - yy)):
            width = float(rng.uniform(0.01, 0.03)) * w * (1.6 if side in "lr" else 1.0)
            ragged = width * (0.85 + 0.3 * _field(rng, arr.shape, 30))
            arr = np.where(dist < ragged, arr * (0.15 + 0.5 * dist / np.maximum(ragged, 1)), arr)
        grey = _from_array(arr, "L")
        draw = ImageDraw.Draw(grey)
        for _ in range(int(w * h * 0.00006)):
            x, y = rng.integers(0, w), rng.integers(0, h)
            for _ in range(int(rng.integers(1, 6))):
                dx, dy = rng.normal(0, 3, 2)
                r = float(rng.uniform(0.5, 1.8))
                draw.ellipse((x + dx - r, y + dy - r, x + dx + r, y + dy + r), fill=int(rng.integers(20, 90)))
        if g == generations - 1:  # a drum scratch down the page
            x = int(rng.integers(w // 5, w * 4 // 5))
            draw.line([(x, 0), (x + int(rng.integers(-6, 6)), h)], fill=150, width=2)
    return grey.convert("RGB")


def look_clipping(img: Image.Image, box: tuple[float, float, float, float], dpi: int, seed: int) -> Image.Image:
    """A newspaper clipping taped on a sheet: the clipping's area turned newsprint-brown, a shadow on its edge."""
    rng = np.random.default_rng(seed)
    s = dpi / 72
    x0, y0, x1, y1 = (round(v * s) for v in box)
    arr = _as_array(img)
    part = arr[y0:y1, x0:x1] * (np.array([232, 218, 182], dtype=np.float32) / 255.0)
    part *= (1 - 0.08 * _field(rng, part.shape[:2], 5))[..., None]
    arr[y0:y1, x0:x1] = part
    arr[y1:y1 + round(2 * s), x0 + round(3 * s):x1 + round(2 * s)] *= 0.72
    arr[y0 + round(3 * s):y1 + round(2 * s), x1:x1 + round(2 * s)] *= 0.72
    out = _from_array(arr)
    draw = ImageDraw.Draw(out, "RGBA")
    for x in (x0 + (x1 - x0) // 3, x0 + 2 * (x1 - x0) // 3):  # two bits of yellowed tape
        draw.rectangle((x - 40, y0 - 14, x + 40, y0 + 14), fill=(225, 205, 140, 90))
    return out


Look = Callable[[Image.Image, int], Image.Image]


@dataclass(frozen=True)
class Scan:
    """How the sheets were captured: dpi, colour / grey / fax, tilt, blur and speckle."""

    dpi: int = 200
    mode: str = "color"  # color | grey | fax
    tilt: float = 0.3
    blur: float = 0.5
    noise: float = 0.0004
    quality: int = 74


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    angle = style.tilt * (1 if seed % 2 else -1) * rng.uniform(0.7, 1.0)
    out = img.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=(248, 248, 246))
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if style.mode != "color":
        out = out.convert("L")
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        v = px[x, y]
        dark = (v if isinstance(v, int) else sum(v) // 3) > 128
        px[x, y] = (60 if dark else 230) if style.mode != "color" else ((70, 70, 70) if dark else (232, 232, 228))
    if style.mode == "fax":
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


@dataclass
class Sheet:
    image: Image.Image
    size: tuple[float, float]  # points


def make_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int,
                before: Sequence[Look] = (), after: Sequence[Look] = ()) -> list[Sheet]:
    """Print a PDF, age or copy it (`before` the marks: the printing; `after`: the paper), put the marks on, scan."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pdf(pdf, style.dpi)):
        for fn in before:
            img = fn(img, seed * 17 + i)
        put_marks(img, marks[i] if i < len(marks) else [], style.dpi, page_h)
        for fn in after:
            img = fn(img, seed * 13 + i)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(Sheet(degrade(img, style, seed * 31 + i), size))
    return sheets


def scan_paper(paper: Paper, style: Scan, seed: int, before: Sequence[Look] = (),
               after: Sequence[Look] = ()) -> list[Sheet]:
    pdf, marks = printed_pdf(paper)
    return make_sheets(pdf, marks, style, seed, before, after)


def sheets_pdf(sheets: Sequence[Sheet], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: colour or grey JPEG pages, or black and white for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.mode == "fax":
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.convert("RGB" if style.mode == "color" else "L").save(data, "JPEG", quality=style.quality)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- typing a page ----------------------------------------------------------------------------------------------


def _correction(piece: str) -> tuple[str, str] | None:
    """("wrong", "right") of a "{wrong>right}" token (punctuation after the brace goes with the right word)."""
    if piece.startswith("{") and "}" in piece and ">" in piece:
        body, tail = piece[1:].split("}", 1)
        wrong, right = body.split(">")
        return wrong, right + tail
    return None


def _shown(piece: str) -> str:
    """What a typed piece occupies on the line: "{wrong>right}" is the wrong word, a space, the right one."""
    fix = _correction(piece)
    if fix:
        return fix[0] + (" " + fix[1] if fix[1] else "")
    return piece


def wrap_typed(text: str, width: int) -> list[str]:
    """Word-wrap typewriter text at `width` characters; "{wrong>right}" tokens (an x-ed out correction) count as
    the characters they take."""
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for word in text.split():
        n = len(_shown(word))
        if line and used + 1 + n > width:
            lines.append(" ".join(line))
            line, used = [], 0
        used += n + (1 if line else 0)
        line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


def typed_line(x: float, y: float, line: str, seed: int, size: float = 12.0, **kw: Any) -> list[Mark]:
    """One typed line as marks; "{wrong>right}" tokens become x-ed out words followed by the right word."""
    pitch = size * 0.6
    marks: list[Mark] = []
    col = 0
    run = ""
    run_col = 0
    for token in line.split(" "):
        fix = _correction(token)
        if fix:
            if run.strip():
                marks.append(Mark("type", x + run_col * pitch, y, run, size=size, seed=seed + len(marks), **kw))
            wrong, right = fix
            marks.append(Mark("xout", x + col * pitch, y, right, wrong=wrong, size=size, seed=seed + len(marks), **kw))
            col += len(_shown(token)) + 1
            run, run_col = "", col
            continue
        if not run:
            run_col = col
        run += token + " "
        col += len(token) + 1
    if run.strip():
        marks.append(Mark("type", x + run_col * pitch, y, run.rstrip(), size=size, seed=seed + len(marks), **kw))
    return marks


def typed_block(x: float, y: float, paras: Sequence[str], seed: int, width: int = 62, size: float = 12.0,
                indent: int = 5, leading: float = 14.0, gap: float = 14.0, **kw: Any) -> tuple[list[Mark], float]:
    """Typed paragraphs (first line indented, single spaced, a blank line between); returns marks and next y."""
    marks: list[Mark] = []
    for p, para in enumerate(paras):
        for i, ln in enumerate(wrap_typed(para, width - indent)):
            lead = indent if i == 0 else 0
            marks += typed_line(x + lead * size * 0.6, y, ln, seed + 37 * p + 5 * i, size, **kw)
            y -= leading
        y -= gap
    return marks, y


# --- pay -------------------------------------------------------------------------------------------------------------


@dataclass
class PayCheck:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Withholding:
    fed: float = 0.07
    state: float = 0.03
    state_label: str = "STATE W/H"
    deductions: tuple[tuple[str, float], ...] = ()

    def taxes(self, gross: float) -> dict[str, float]:
        return {"FEDERAL W/H": r2(gross * self.fed), "FICA SOC SEC": r2(gross * 0.062),
                "FICA MEDICARE": r2(gross * 0.0145), self.state_label: r2(gross * self.state)}

    def all(self, gross: float) -> dict[str, float]:
        return {**self.taxes(gross), **dict(self.deductions)}

    def net(self, gross: float) -> float:
        return r2(gross - sum(self.all(gross).values()))


def ytd(checks: Sequence[PayCheck], wh: Withholding) -> dict[str, float]:
    """Year-to-date sums of the checks of the current check's year: each earnings line, withholding, gross, net."""
    year = checks[-1].pay_date.year
    total: dict[str, float] = {}
    for ch in checks:
        if ch.pay_date.year != year:
            continue
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.all(ch.gross))
        items["GROSS"] = ch.gross
        items["NET"] = wh.net(ch.gross)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def semimonthly_periods(first_pay: dt.date, last_pay: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, start, end): the 1st-15th paid on the 20th, the 16th-month end paid on the 5th after."""
    out = []
    y, mth = first_pay.year, first_pay.month - 1
    while True:
        start1, end1 = dt.date(y, mth + 1, 1), dt.date(y, mth + 1, 15)
        nxt = dt.date(y + (mth == 11), (mth + 1) % 12 + 1, 1)
        for pay, s, e in ((dt.date(y, mth + 1, 20), start1, end1), (nxt + dt.timedelta(days=4), dt.date(y, mth + 1, 16),
                                                                     nxt - dt.timedelta(days=1))):
            if first_pay <= pay <= last_pay:
                out.append((pay, s, e))
        if nxt > last_pay:
            return out
        y, mth = nxt.year, nxt.month - 1


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, ch: PayCheck, frequency: str, ytd_gross: float | None,
                net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd_gross, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


# --- continuous-form stationery ------------------------------------------------------------------------------------


def tractor_paper(c: Canvas, bars: Color | None, first_bar: float = 700.0, holes_dark: bool = True,
                  size: tuple[float, float] = letter) -> None:
    """Pin-feed paper: a strip of punched holes down each edge behind a perforation, and (for green-bar or blue-bar
    stock) pale bands three lines (half an inch) deep."""
    pw, ph = size
    if bars is not None:
        c.setFillColor(bars)
        y = first_bar
        while y > 30:
            c.rect(40, y - 36, pw - 80, 36, stroke=0, fill=1)
            y -= 72
        y = first_bar + 72
        while y < ph - 10:
            c.rect(40, y - 36, pw - 80, 36, stroke=0, fill=1)
            y += 72
    c.setFillColor(Color(0.2, 0.2, 0.2) if holes_dark else white)
    c.setStrokeColor(Color(0.55, 0.55, 0.55))
    c.setLineWidth(0.6)
    y = ph - 18
    while y > 0:
        for x in (18, pw - 18):
            c.circle(x, y, 5.8, stroke=1, fill=1)
        y -= 36
    c.setDash(2, 2)
    c.setStrokeColor(Color(0.6, 0.6, 0.6))
    for x in (36, pw - 36):
        c.line(x, 0, x, ph)
    c.setDash()
    c.setFillColor(black)
    c.setStrokeColor(black)


def dot_lines(x: float, top: float, lines: Sequence[str], seed: int, size: float = 10.0, step: float = 12.0,
              fade: float = 0.12) -> list[Mark]:
    """Lines struck by a 9-pin printer, six to the inch; the ribbon gives out a little from line to line."""
    rng = random.Random(seed)
    marks = []
    for i, ln in enumerate(lines):
        if ln.strip():
            ink = 1.0 - fade * (0.5 + 0.5 * math.sin(i * 0.7 + seed)) - rng.uniform(0, 0.05)
            marks.append(Mark("dot", x, top - i * step, ln, size=size, seed=seed + i, ink=ink))
    return marks


def col(text: str, width: int, right: bool = False) -> str:
    return text.rjust(width) if right else text.ljust(width)


def coop_stub(employer: str, address: str, employee: str, emp_no: str, dept: str, checks: Sequence[PayCheck],
              wh: Withholding, seed: int) -> Stub:
    """A farmers' co-op's weekly EMPLOYEE EARNINGS STATEMENT printed on green-bar stock by a dot-matrix printer."""
    ch = checks[-1]
    year = ytd(checks, wh)
    net = wh.net(ch.gross)
    lines = [
        col(employer.upper(), 52) + "EMPLOYEE EARNINGS STATEMENT",
        col(address.upper(), 52) + "PAYROLL REGISTER - EMPLOYEE COPY", "",
        f"EMPLOYEE   {col(employee.upper(), 26)}EMP NO {col(emp_no, 8)}DEPT {dept.upper()}",
        f"PERIOD     {mdy2(ch.start)} THRU {mdy2(ch.end)}     CHECK DATE {mdy2(ch.pay_date)}     PAY FREQ WEEKLY",
        f"CHECK NO   {seed % 9000 + 18000:06d}", "",
        f"{'EARNINGS':<20}{'HOURS':>8}{'RATE':>10}{'CURRENT':>14}{'Y-T-D':>16}"]
    for label, (hours, rate, amount) in ch.lines.items():
        lines.append(f"{label.upper():<20}{hours:>8.2f}{rate:>10.4f}{money(amount):>14}{money(year[label]):>16}")
    lines += [f"{'':<38}{'-' * 10:>14}{'-' * 10:>16}",
              f"{'GROSS PAY':<38}{money(ch.gross):>14}{money(year['GROSS']):>16}", "",
              f"{'DEDUCTIONS':<38}{'CURRENT':>14}{'Y-T-D':>16}"]
    for label, amount in wh.all(ch.gross).items():
        lines.append(f"{label:<38}{money(amount):>14}{money(year[label]):>16}")
    lines += [f"{'':<38}{'-' * 10:>14}{'-' * 10:>16}",
              f"{'NET PAY':<38}{money(net):>14}{money(year['NET']):>16}", "", "",
              "- - - - - - - - - - - - - - - DETACH BEFORE DEPOSITING - - - - - - - - - - - - - - -", "",
              f"{employer.upper():<52}NO. {seed % 9000 + 18000:06d}",
              f"PAY TO THE ORDER OF {employee.upper():<32}${money(net):>12}",
              f"{'':<52}NON-NEGOTIABLE - VOID"]

    def page(c: Canvas) -> list[Mark]:
        tractor_paper(c, GREENBAR, first_bar=732)
        return dot_lines(50, 720, lines, seed)

    return Stub(Paper([page]), stub_fields(employer, employee, ch, "weekly", year["GROSS"], net), ch.pay_date)


def school_stub(district: str, address: str, employee: str, emp_no: str, position: str, checks: Sequence[PayCheck],
                wh: Withholding, seed: int, out_of_register: tuple[float, float] = (4.0, -3.0)) -> Stub:
    """A school district's semi-monthly STATEMENT OF EARNINGS: captions pre-printed in green on continuous stock,
    the figures struck by a dot-matrix printer into the boxes - a little out of register."""
    ch = checks[-1]
    year = ytd(checks, wh)
    net = wh.net(ch.gross)
    green = Color(0.1, 0.45, 0.25)
    dx, dy = out_of_register

    def page(c: Canvas) -> list[Mark]:
        tractor_paper(c, None, holes_dark=True)
        c.setStrokeColor(green)
        c.setFillColor(green)
        c.setFont("Times-Bold", 13)
        c.drawString(54, 740, district.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(54, 729, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(558, 740, "STATEMENT OF EARNINGS")
        c.setFont("Helvetica", 7)
        c.drawRightString(558, 730, "PAID SEMI-MONTHLY  -  RETAIN FOR YOUR RECORDS")
        c.setLineWidth(0.7)
        caps = [("EMPLOYEE NAME", 54, 200), ("EMPLOYEE NO.", 254, 70), ("POSITION", 324, 110),
                ("PERIOD BEGINNING", 434, 62), ("PERIOD ENDING", 496, 62)]
        for cap, x, w in caps:
            c.rect(x, 690, w, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 5.5)
            c.drawString(x + 2, 714, cap)
        for cap, x, w in (("CHECK DATE", 54, 90), ("CHECK NUMBER", 144, 90), ("FED. EXEMPT.", 234, 70),
                          ("STATE EXEMPT.", 304, 70)):
            c.rect(x, 656, w, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 5.5)
            c.drawString(x + 2, 680, cap)
        c.rect(54, 440, 504, 206, stroke=1, fill=0)
        c.line(306, 440, 306, 646)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(58, 636, "EARNINGS")
        c.drawString(310, 636, "DEDUCTIONS")
        for x, t in ((157, "HOURS"), (208, "CURRENT"), (266, "YEAR TO DATE"), (472, "CURRENT"),
                     (535, "YEAR TO DATE")):
            c.drawRightString(x, 636, t)
        c.line(54, 630, 558, 630)
        for cap, x in (("GROSS PAY", 54), ("TOTAL DEDUCTIONS", 222), ("NET PAY", 390)):
            c.rect(x, 396, 168, 40, stroke=1, fill=0)
            c.setFont("Helvetica", 5.5)
            c.drawString(x + 2, 430, cap + "  -  CURRENT / YEAR TO DATE")
        c.setFont("Helvetica", 6.5)
        c.drawString(54, 380, "Questions about your pay should be directed to the district business office.")
        c.setFillColor(black)
        c.setStrokeColor(black)
        marks: list[Mark] = []

        def at(x: float, y: float, text: str) -> None:
            marks.extend(dot_lines(x + dx, y + dy, [text], seed + len(marks), size=9.5))

        at(58, 696, employee.upper())
        at(258, 696, emp_no)
        at(328, 696, position.upper()[:17])
        at(438, 696, mdy2(ch.start))
        at(500, 696, mdy2(ch.end))
        at(58, 662, mdy2(ch.pay_date))
        at(148, 662, f"{seed % 90000 + 40000:06d}")
        at(238, 662, "02")
        at(308, 662, "02")
        y = 616
        for label, (hours, _rate, amount) in ch.lines.items():
            at(58, y, f"{label.upper():<11}{hours:>6.2f}{money(amount):>9}{money(year[label]):>10}")
            y -= 13
        y = 616
        for label, amount in wh.all(ch.gross).items():
            at(310, y, f"{label:<19}{money(amount):>9}{money(year[label]):>11}")
            y -= 13
        tot = sum(wh.all(ch.gross).values())
        tot_y = r2(sum(year[k] for k in wh.all(ch.gross)))
        at(60, 404, f"{money(ch.gross):>10} / {money(year['GROSS'])}")
        at(228, 404, f"{money(r2(tot)):>10} / {money(tot_y)}")
        at(396, 404, f"{money(net):>10} / {money(year['NET'])}")
        return marks

    return Stub(Paper([page]), stub_fields(district, employee, ch, "semimonthly", year["GROSS"], net), ch.pay_date)


def county_stub(county: str, address: str, employee: str, emp_no: str, dept: str, checks: Sequence[PayCheck],
                wh: Withholding, seed: int) -> Stub:
    """A county's bi-weekly PAY ADVICE from its old payroll system, saved as a PDF of the print image: the green-bar
    form drawn behind Courier capitals (born-digital when rendered with its marks)."""
    ch = checks[-1]
    year = ytd(checks, wh)
    net = wh.net(ch.gross)
    lines = [f"{county.upper():<44}PAY ADVICE - BI-WEEKLY PAYROLL",
             f"{address.upper():<44}RUN {mdy2(ch.pay_date)}  PGM PR0417", "",
             f"NAME: {employee.upper():<30}ID: {emp_no:<10}DEPT: {dept.upper()}",
             f"PAY PERIOD: {mdy2(ch.start)}-{mdy2(ch.end)}   PAY DATE: {mdy2(ch.pay_date)}   FREQ: BI-WEEKLY", "",
             f"{'CODE DESCRIPTION':<24}{'HRS':>7}{'RATE':>9}{'THIS PERIOD':>14}{'YEAR TO DATE':>16}"]
    for label, (hours, rate, amount) in ch.lines.items():
        lines.append(f"{label.upper():<24}{hours:>7.2f}{rate:>9.2f}{money(amount):>14}{money(year[label]):>16}")
    lines.append(f"{'*** GROSS EARNINGS ***':<40}{money(ch.gross):>14}{money(year['GROSS']):>16}")
    lines.append("")
    for label, amount in wh.all(ch.gross).items():
        lines.append(f"{label:<40}{money(amount):>14}{money(year[label]):>16}")
    lines += ["", f"{'*** NET PAY ***':<40}{money(net):>14}{money(year['NET']):>16}", "",
              f"DIRECT DEPOSIT  ACCT ******{emp_no[-4:]}  AMOUNT {money(net)}"]

    def page(c: Canvas) -> list[Mark]:
        tractor_paper(c, GREENBAR, first_bar=744, holes_dark=False)
        return dot_lines(52, 732, lines, seed, size=9.6, fade=0.0)

    return Stub(Paper([page]), stub_fields(county, employee, ch, "biweekly", year["GROSS"], net), ch.pay_date)


def mercantile_stub(store: str, address: str, employee: str, checks: Sequence[PayCheck], wh: Withholding,
                    seed: int, machine: int) -> Stub:
    """A country store's EMPLOYEE PAY RECORD: a printed slip the owner fills in on the office typewriter every
    other Friday (bi-weekly), with year-to-date figures carried forward by hand."""
    ch = checks[-1]
    year = ytd(checks, wh)
    net = wh.net(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.rect(54, 430, 504, 320, stroke=1, fill=0)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 728, store.upper())
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 716, address + "  -  General Merchandise, Feed & Hardware")
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(W / 2, 698, "EMPLOYEE PAY RECORD")
        c.setLineWidth(0.5)
        c.setFont("Helvetica", 8)
        rows = [("Employee", 68, 684, 250), ("Pay date", 340, 684, 200), ("Pay period from", 68, 662, 210),
                ("to", 300, 662, 100), ("Paid", 420, 662, 120)]
        for label, x, y, w in rows:
            c.drawString(x, y, label)
            c.line(x + stringWidth(label, "Helvetica", 8) + 4, y - 2, x + w, y - 2)
        c.line(54, 646, 558, 646)
        c.setFont("Helvetica-Bold", 8)
        for x, t in ((68, "EARNINGS / WITHHELD"), (250, "HOURS"), (310, "RATE"), (390, "THIS PAY"),
                     (480, "YEAR TO DATE")):
            c.drawString(x, 634, t)
        c.line(54, 628, 558, 628)
        labels = ["Regular hours", "Overtime hours", "GROSS PAY", "Federal withholding", "Social Security",
                  "Medicare", "State withholding", "NET PAY"]
        c.setFont("Helvetica", 8.5)
        for i, lab in enumerate(labels):
            y = 612 - i * 20
            c.setFont("Helvetica-Bold" if lab.isupper() else "Helvetica", 8.5)
            c.drawString(68, y, lab)
            c.setLineWidth(0.3)
            for x0, x1 in ((245, 295), (305, 365), (385, 465), (475, 550)):
                c.line(x0, y - 2, x1, y - 2)
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(68, 440, "Keep this record. Year-to-date figures are carried from your last pay record.")
        kw = {"machine": machine, "size": 11.0}
        marks = [Mark("type", 122, 685, employee, seed=seed, **kw),
                 Mark("type", 388, 685, mdy(ch.pay_date), seed=seed + 1, **kw),
                 Mark("type", 142, 663, mdy(ch.start), seed=seed + 2, **kw),
                 Mark("type", 318, 663, mdy(ch.end), seed=seed + 3, **kw),
                 Mark("type", 446, 663, "Every 2 weeks", seed=seed + 4, **kw)]
        values: list[tuple[str, str, str, str]] = []
        for label in ("Regular", "Overtime"):
            hours, rate, amount = ch.lines.get(label, (0.0, 0.0, 0.0))
            values.append((f"{hours:.2f}" if hours else "", f"{rate:.2f}" if hours else "",
                           money(amount) if hours else "", money(year.get(label, 0.0)) if label in year else ""))
        values.append(("", "", money(ch.gross), money(year["GROSS"])))
        for label, amount in wh.taxes(ch.gross).items():
            values.append(("", "", money(amount), money(year[label])))
        values.append(("", "", money(net), money(year["NET"])))
        for i, row in enumerate(values):
            y = 612 - i * 20 + 1
            for right, text in zip((292, 362, 462, 547), row, strict=True):
                if text:
                    marks.append(Mark("type", right - len(text) * 6.6, y, text, seed=seed + 10 + i * 4 + right, **kw))
        return marks

    return Stub(Paper([page]), stub_fields(store, employee, ch, "biweekly", year["GROSS"], net), ch.pay_date)


# --- letters and other papers --------------------------------------------------------------------------------------


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
        if self.type in ("obituary", "death_certificate", "other", "rent_check", "investment_statement"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def typed_letter(sender: Sequence[str], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                 signers: Sequence[str], seed: int, machine: int, date_style: Callable[[dt.date], str] = long_date,
                 carbon: bool = False, sign: bool = True, salutation: str = "Dear Sirs:",
                 closing: str = "Sincerely yours,", head: tuple[str, Sequence[str], Color, str] | None = None,
                 titles: Sequence[str] = ()) -> Paper:
    """A letter typed at home on a manual typewriter: return address and date at the centre tab, the inside
    address, a "Re:" line, indented paragraphs, signed in ink above the typed names. On a carbon copy everything
    is the carbon's soft blue and nobody signs."""
    kw: dict[str, Any] = {"machine": machine}
    if carbon:
        kw.update(color=CARBON, blur=0.9, ink=0.74)

    def page(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        y = 724.0
        if head:
            letterhead(c, *head)
            y = 684.0
        for i, ln in enumerate([*sender, date_style(date)]):
            marks += typed_line(324, y, ln, seed + i * 3, **kw)
            y -= 14
        y -= 28
        for i, ln in enumerate(to):
            marks += typed_line(72, y, ln, seed + 40 + i * 3, **kw)
            y -= 14
        y -= 14
        marks += typed_line(72, y, re, seed + 60, **kw)
        y -= 28
        marks += typed_line(72, y, salutation, seed + 62, **kw)
        y -= 28
        block, y = typed_block(72, y, paras, seed + 100, width=65, **kw)
        marks += block
        marks += typed_line(324, y, closing, seed + 70, **kw)
        for i, name in enumerate(signers):
            sy = y - 46 - i * 62
            if sign and not carbon:
                marks.append(Mark("sig", 330, sy + 4, w=150, seed=seed + 80 + i))
            marks += typed_line(324, sy - 10, f"/s/ {name}" if carbon else name, seed + 90 + i, **kw)
            if i < len(titles):
                marks += typed_line(324, sy - 24, titles[i], seed + 95 + i, **kw)
        return marks

    return Paper([page])


def letterhead(c: Canvas, name: str, lines: Sequence[str], color: Color, seal: str = "") -> None:
    c.setFillColor(color)
    c.setFont("Times-Bold", 15)
    c.drawCentredString(W / 2, 738, name)
    c.setFont("Times-Roman", 8.5)
    for i, ln in enumerate(lines):
        c.drawCentredString(W / 2, 725 - i * 10, ln)
    c.setStrokeColor(color)
    c.setLineWidth(1.2)
    base = 725 - len(lines) * 10
    c.line(72, base, W - 72, base)
    if seal:
        c.circle(96, 733, 17, stroke=1, fill=0)
        c.setFont("Times-Bold", 7)
        c.drawCentredString(96, 730, seal)
    c.setFillColor(black)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def printed_letter(head: tuple[str, Sequence[str], Color, str], date: dt.date, to: Sequence[str], re: str,
                   paras: Sequence[str], closing: Sequence[str], table: Sequence[tuple[str, str]] = (),
                   sign_seed: int | None = None) -> Paper:
    """An office letter printed on letterhead (Times), optionally signed in ink above the closing's name line."""

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 668, long_date(date))
        y = 640
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        for k, v in table:
            c.setFont("Times-Roman", 11)
            c.drawString(96, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(320, y, v)
            y -= 15
        y -= 14
        c.setFont("Times-Roman", 11)
        marks = []
        for i, ln in enumerate(closing):
            c.drawString(72, y, ln)
            if i == 0 and sign_seed is not None:
                marks.append(Mark("sig", 76, y - 26, w=130, seed=sign_seed))
            y -= 14 if i else 36
        return marks

    return Paper([page])


def dot_notice(lines: Sequence[str], seed: int, bars: Color | None = None) -> Paper:
    """A notice printed on continuous stock by a dot-matrix printer, all capitals."""

    def page(c: Canvas) -> list[Mark]:
        tractor_paper(c, bars, first_bar=742)
        return dot_lines(56, 728, lines, seed, size=10.0)

    return Paper([page])


def death_certificate(state: str, name: str, sex: str, died: dt.date, born: dt.date, county: str, place: str,
                      residence: str, spouse: str, informant: str, cause: Sequence[str], certifier: str,
                      filed: dt.date, number: str, seed: int, machine: int) -> Letter:
    """A state certificate of death: a printed grid of numbered boxes filled in on a typewriter, certified copy."""
    boxes = [
        (1, "DECEDENT'S LEGAL NAME (First, Middle, Last)", 54, 652, 360, name.upper()),
        (2, "SEX", 414, 652, 60, sex), (3, "DATE OF DEATH (Mo/Day/Yr)", 474, 652, 84, mdy(died)),
        (4, "AGE - LAST BIRTHDAY (Years)", 54, 616, 130, str(died.year - born.year - ((died.month, died.day) <
                                                                                   (born.month, born.day)))),
        (5, "DATE OF BIRTH (Mo/Day/Yr)", 184, 616, 130, mdy(born)),
        (6, "COUNTY OF DEATH", 314, 616, 244, county.upper()),
        (7, "PLACE OF DEATH (Facility name or street address)", 54, 580, 504, place.upper()),
        (8, "RESIDENCE - STREET AND NUMBER, CITY, STATE, ZIP", 54, 544, 504, residence.upper()),
        (9, "MARITAL STATUS AT TIME OF DEATH", 54, 508, 200, "MARRIED"),
        (10, "SURVIVING SPOUSE'S NAME", 254, 508, 304, spouse.upper()),
        (11, "INFORMANT'S NAME AND RELATIONSHIP", 54, 472, 504, informant.upper()),
        (12, "PART I. IMMEDIATE CAUSE AND CONDITIONS LEADING TO DEATH", 54, 400, 504, ""),
        (13, "CERTIFIER (Name, title)", 54, 328, 330, certifier.upper()),
        (14, "DATE FILED BY REGISTRAR", 384, 328, 174, mdy(filed))]

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 742, f"STATE OF {state.upper()}")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 730, "DEPARTMENT OF HEALTH  -  OFFICE OF VITAL RECORDS")
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 708, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 7.5)
        c.drawString(54, 692, "STATE FILE NUMBER")
        c.drawRightString(558, 692, "TYPE OR PRINT IN PERMANENT BLACK INK")
        marks = [Mark("type", 132, 692, number, seed=seed, machine=machine, size=11)]
        for num, cap, x, y, w, value in boxes:
            hgt = 72 if num == 12 else 36
            c.setLineWidth(0.7)
            c.rect(x, y - (hgt - 36), w, hgt, stroke=1, fill=0)
            c.setFont("Helvetica", 5.8)
            c.drawString(x + 2, y + 28, f"{num}. {cap}")
            if value:
                marks.append(Mark("type", x + 6, y + 8, value, seed=seed + num, machine=machine, size=11))
        for i, ln in enumerate(cause):
            marks.append(Mark("type", 66, 412 - i * 16, f"{'abc'[i]}. {ln.upper()}", seed=seed + 40 + i,
                              machine=machine, size=11))
        c.setFont("Times-Roman", 8.5)
        paragraphs(c, 54, 306, 504, [
            "I CERTIFY THAT THIS IS A TRUE AND CORRECT COPY OF THE RECORD ON FILE IN THIS OFFICE. This copy is "
            "valid only when it bears the raised seal of the Office of Vital Records."], font="Times-Roman",
            size=8.5, leading=11)
        c.setLineWidth(1.0)
        c.circle(470, 250, 44, stroke=1, fill=0)
        c.circle(470, 250, 36, stroke=1, fill=0)
        c.setFont("Times-Bold", 7)
        c.drawCentredString(470, 253, "OFFICE OF")
        c.drawCentredString(470, 244, "VITAL RECORDS")
        c.line(72, 232, 300, 232)
        c.setFont("Helvetica", 7.5)
        c.drawString(72, 222, "STATE REGISTRAR")
        marks.append(Mark("sig", 80, 236, w=150, seed=seed + 60, color=(20, 20, 20)))
        return marks

    return Letter(Paper([page]), "death_certificate", filed)


def obituary_clipping(paper_name: str, date: dt.date, name: str, paras: Sequence[str], note: str,
                      seed: int) -> tuple[Letter, tuple[float, float, float, float]]:
    """A narrow newspaper column cut out and taped on a sheet, the paper's name and date written above it."""
    x0, width = 180.0, 200.0
    lines = sum(len(wrap(p, "Times-Roman", 8.6, width - 12)) for p in paras)
    bottom = 580 - lines * 10.2 - len(paras) * 3 - 8

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 8)
        c.drawString(x0 + 6, 690, "OBITUARIES")
        c.setLineWidth(0.5)
        c.line(x0 + 6, 686, x0 + width - 6, 686)
        c.setFont("Times-Bold", 12)
        c.drawString(x0 + 6, 670, name.upper())
        c.setFillGray(0.55)
        c.rect(x0 + 6, 590, 62, 72, stroke=0, fill=1)
        c.setFillColor(black)
        paragraphs(c, x0 + 6, 580, width - 12, paras, size=8.6, leading=10.2, gap=3)
        c.setLineWidth(0.3)
        c.rect(x0, bottom, width, 700 - bottom, stroke=1, fill=0)
        return [Mark("hand", 180, 716, note, size=12, seed=seed)]

    return Letter(Paper([page]), "obituary", date), (x0, H - 700, x0 + width, H - bottom)


def notebook_ledger(title: str, rows: Sequence[tuple[str, str, str, str]], seed: int) -> Letter:
    """A page of a household account book ruled by hand in pencil on lined notebook paper: date, item, money in,
    money out, written in ballpoint (document type other)."""
    rng = random.Random(seed)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.62, 0.74, 0.9))
        c.setLineWidth(0.5)
        for i in range(34):
            c.line(0, 690 - i * 19.5, W, 690 - i * 19.5)
        c.setStrokeColor(Color(0.88, 0.45, 0.45))
        c.line(82, 0, 82, H)
        c.setStrokeColor(Color(0.45, 0.45, 0.45))
        c.setLineWidth(0.8)
        for x in (150, 392, 480):  # ruled by hand: not quite straight, not quite upright
            lean = rng.uniform(-3, 3)
            path = c.beginPath()
            path.moveTo(x, 712)
            for k in range(1, 9):
                path.lineTo(x + lean * k / 8 + rng.uniform(-0.6, 0.6), 712 - k * 80)
            c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColor(black)
        marks = [Mark("hand", 96, 720, title, size=15, seed=seed)]
        for x, t in ((90, "Date"), (160, "What"), (400, "In"), (488, "Out")):
            marks.append(Mark("hand", x, 696, t, size=12, seed=seed + x))
        for i, (d, item, money_in, money_out) in enumerate(rows):
            y = 676 - i * 19.5
            marks.append(Mark("hand", 90, y, d, size=11.5, seed=seed + 100 + i))
            marks.append(Mark("hand", 158, y, item, size=11.5, seed=seed + 200 + i))
            if money_in:
                marks.append(Mark("hand", 398, y, money_in, size=11.5, seed=seed + 300 + i))
            if money_out:
                marks.append(Mark("hand", 486, y, money_out, size=11.5, seed=seed + 400 + i))
        return marks

    return Letter(Paper([page]), "other", dt.date(2000, 1, 1))


def farm_pl(farm: str, owners: Sequence[str], start: dt.date, end: dt.date, income: Sequence[tuple[str, float]],
            expenses: Sequence[tuple[str, float]], signed_on: dt.date, seed: int, machine: int) -> tuple[Paper, float]:
    """A farm's profit and loss statement typed on a typewriter, signed and dated in ink by the owners."""
    gross = r2(sum(v for _, v in income))
    cost = r2(sum(v for _, v in expenses))
    net = r2(gross - cost)

    def page(c: Canvas) -> list[Mark]:
        kw = {"machine": machine}
        lines = [farm.upper(), "STATEMENT OF FARM INCOME AND EXPENSES (PROFIT AND LOSS)",
                 f"FOR THE PERIOD {long_date(start).upper()} THROUGH {long_date(end).upper()}"]
        marks: list[Mark] = []
        for i, ln in enumerate(lines):
            marks += typed_line(W / 2 - len(ln) * 3.6, 716 - i * 14, ln, seed + i, **kw)
        y = 660.0
        marks += typed_line(72, y, "INCOME", seed + 10, **kw)
        y -= 18
        for i, (k, v) in enumerate(income):
            marks += typed_line(100, y, f"{k:<38}{money(v):>12}", seed + 20 + i, **kw)
            y -= 14
        marks += typed_line(100, y, f"{'':<38}{'-' * 12:>12}", seed + 39, **kw)
        y -= 14
        marks += typed_line(100, y, f"{'TOTAL FARM INCOME':<38}{'':>12}{money(gross):>12}", seed + 40, **kw)
        y -= 28
        marks += typed_line(72, y, "EXPENSES", seed + 41, **kw)
        y -= 18
        for i, (k, v) in enumerate(expenses):
            marks += typed_line(100, y, f"{k:<38}{money(v):>12}", seed + 50 + i, **kw)
            y -= 14
        marks += typed_line(100, y, f"{'':<38}{'-' * 12:>12}", seed + 79, **kw)
        y -= 14
        marks += typed_line(100, y, f"{'TOTAL FARM EXPENSES':<38}{'':>12}{money(cost):>12}", seed + 80, **kw)
        y -= 14
        marks += typed_line(100, y, f"{'':<50}{'=' * 12:>12}", seed + 81, **kw)
        y -= 14
        marks += typed_line(100, y, f"{'NET FARM PROFIT':<38}{'':>12}{money(net):>12}", seed + 82, **kw)
        y -= 40
        block, y = typed_block(72, y, ["We certify that this statement is true and complete to the best of our "
                                       "knowledge and was prepared from the farm's own books."], seed + 90,
                               width=65, **kw)
        marks += block
        y -= 20
        for i, who in enumerate(owners):
            yy = y - i * 56
            c.setLineWidth(0.5)
            c.line(72, yy, 300, yy)
            c.line(340, yy, 460, yy)
            c.setFont("Helvetica", 7.5)
            c.drawString(72, yy - 10, f"Signature - {who}")
            c.drawString(340, yy - 10, "Date")
            marks.append(Mark("sig", 80, yy + 3, w=170, seed=seed + 120 + i))
            marks.append(Mark("hand", 346, yy + 4, mdy2(signed_on).lstrip("0"), size=12, seed=seed + 130 + i))
        return marks

    return Paper([page]), net


ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def in_words(amount: float) -> str:
    """A check's amount line: "Six hundred fifty and 00/100"."""
    whole, cents = int(amount), round((amount - int(amount)) * 100)

    def under_1000(n: int) -> str:
        parts = []
        if n >= 100:
            parts.append(ONES[n // 100] + " hundred")
            n %= 100
        if n >= 20:
            parts.append(TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else ""))
        elif n:
            parts.append(ONES[n])
        return " ".join(parts)

    text = (under_1000(whole // 1000) + " thousand " if whole >= 1000 else "") + under_1000(whole % 1000)
    return f"{text.strip().capitalize()} and {cents:02d}/100"


def rent_check_copy(bank: str, bank_town: str, payer: Sequence[str], number: int, date: dt.date, payee: str,
                    amount: float, memo: str, endorser: str, deposit_bank: str, deposited: dt.date,
                    seed: int) -> Letter:
    """A photocopy of a deposited rent check, front above and back below: written by the tenant in ballpoint,
    endorsed by the landlord, stamped by the landlord's bank."""

    def page(c: Canvas) -> list[Mark]:
        fx, fy, fw, fh = 72, 520, 468, 200
        c.setLineWidth(0.8)
        c.rect(fx, fy, fw, fh, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        for i, ln in enumerate(payer):
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8 if i == 0 else 7)
            c.drawString(fx + 12, fy + fh - 16 - i * 10, ln)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(fx + fw - 12, fy + fh - 16, str(number))
        c.setFont("Helvetica", 7.5)
        c.drawString(fx + 300, fy + fh - 48, "DATE")
        c.line(fx + 322, fy + fh - 50, fx + 440, fy + fh - 50)
        c.drawString(fx + 12, fy + 112, "PAY TO THE")
        c.drawString(fx + 12, fy + 103, "ORDER OF")
        c.line(fx + 56, fy + 102, fx + 360, fy + 102)
        c.rect(fx + 372, fy + 98, 84, 18, stroke=1, fill=0)
        c.drawString(fx + 364, fy + 104, "$")
        c.line(fx + 12, fy + 76, fx + 410, fy + 76)
        c.drawString(fx + 414, fy + 78, "DOLLARS")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(fx + 12, fy + 54, bank.upper())
        c.setFont("Helvetica", 7)
        c.drawString(fx + 12, fy + 45, bank_town)
        c.drawString(fx + 12, fy + 26, "MEMO")
        c.line(fx + 36, fy + 24, fx + 210, fy + 24)
        c.line(fx + 260, fy + 24, fx + 456, fy + 24)
        c.setFont("Courier", 10)
        c.drawString(fx + 60, fy + 8, f"A011700425A  2231 4410 7C  {number:04d}")
        bx, by, bh = 72, 300, 200
        c.rect(bx, by, fw, bh, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(bx + 12, by + bh - 12, "ENDORSE HERE")
        for i in range(3):
            c.line(bx + 12, by + bh - 34 - i * 18, bx + 200, by + bh - 34 - i * 18)
        c.drawString(bx + 12, by + bh - 96, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE")
        c.drawString(bx + 12, by + bh - 104, "RESERVED FOR FINANCIAL INSTITUTION USE")
        c.saveState()  # the depositing bank's stamp, a little crooked
        c.translate(bx + 300, by + 100)
        c.rotate(-6)
        c.setStrokeColor(Color(0.45, 0.2, 0.55))
        c.setFillColor(Color(0.45, 0.2, 0.55))
        c.setLineWidth(1.4)
        c.rect(-80, -34, 160, 68, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(0, 18, deposit_bank.upper())
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(0, 2, "DEPOSITED")
        c.setFont("Courier-Bold", 10)
        c.drawCentredString(0, -16, deposited.strftime("%b %d %Y").upper())
        c.restoreState()
        ink = {"size": 12.5}
        return [Mark("hand", fx + 330, fy + fh - 46, mdy(date), seed=seed, **ink),
                Mark("hand", fx + 64, fy + 104, payee, seed=seed + 1, **ink),
                Mark("hand", fx + 380, fy + 102, money(amount), seed=seed + 2, **ink),
                Mark("hand", fx + 20, fy + 79, in_words(amount), seed=seed + 3, **ink),
                Mark("hand", fx + 42, fy + 27, memo, seed=seed + 4, size=11),
                Mark("sig", fx + 276, fy + 27, w=150, seed=seed + 5),
                Mark("hand", bx + 16, by + bh - 31, endorser, seed=seed + 6, size=12),
                Mark("hand", bx + 16, by + bh - 49, "For deposit only", seed=seed + 7, size=12)]

    return Letter(Paper([page]), "rent_check", date)


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


def legacy_statement(rng: random.Random, bank: str, bank_address: str, holder: str, address: Sequence[str],
                     acct: str, year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                     seed: int) -> Statement:
    """A savings bank's monthly STATEMENT OF ACCOUNT from its old core system, kept as the print image: green-bar
    stock drawn behind Courier capitals, the register with withdrawals, deposits and a running balance."""
    start, end = month_bounds(year, month)
    debits = [("CHECK", 0), ("GREEN MTN POWER AUTOPAY", 0), ("PRICE CHOPPER #212 POS", 1), ("RITE AID 7710 POS", 1),
              ("VT TEL CO", 0), ("CHECK", 0), ("TOWN OF HARLAN MILL WATER", 0), ("IRVING OIL 3310 POS", 1),
              ("CHECK", 0), ("ATM WITHDRAWAL", 1)]
    moves = [(start + dt.timedelta(days=d - 1), desc, amt) for d, desc, amt in credits]
    check_no = 1400 + rng.randrange(300)
    for desc, small in debits:
        amt = r2(rng.uniform(18, 95) if small else rng.uniform(60, 260))
        if desc == "CHECK":
            desc = f"CHECK {check_no}"
            check_no += 1
        moves.append((start + dt.timedelta(days=rng.randrange((end - start).days + 1)), desc, -amt))
    moves.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in moves))
    lines = [f"{bank.upper():<46}STATEMENT OF ACCOUNT", f"{bank_address.upper():<46}PAGE 1 OF 1", "",
             f"{holder.upper():<46}ACCOUNT NUMBER   {acct[:4]}-{acct[4:8]}-{acct[8:]}",
             f"{address[0].upper():<46}STATEMENT PERIOD {mdy2(start)} - {mdy2(end)}",
             f"{address[1].upper():<46}ACCOUNT TYPE     REGULAR CHECKING", "",
             f"{'BALANCE FORWARD ' + mdy2(start):<52}{money(begin):>12}", "",
             f"{'DATE':<7}{'DESCRIPTION':<31}{'WITHDRAWALS':>12}{'DEPOSITS':>12}{'BALANCE':>12}"]
    bal = begin
    for d, desc, amt in moves:
        bal = r2(bal + amt)
        lines.append(f"{d.strftime('%m/%d'):<7}{desc:<31}{money(-amt) if amt < 0 else '':>12}"
                     f"{money(amt) if amt > 0 else '':>12}{money(bal):>12}")
    dep = [a for _, _, a in moves if a > 0]
    wd = [-a for _, _, a in moves if a < 0]
    lines += ["", f"{'ENDING BALANCE ' + mdy2(end):<52}{money(ending):>12}", "",
              f"SUMMARY  {len(dep)} DEPOSITS {money(r2(sum(dep)))}   {len(wd)} WITHDRAWALS {money(r2(sum(wd)))}", "",
              "REPORT ERRORS OR QUESTIONS WITHIN 60 DAYS.  MEMBER FDIC."]

    def page(c: Canvas) -> list[Mark]:
        tractor_paper(c, GREENBAR, first_bar=744, holes_dark=False)
        return dot_lines(50, 732, lines, seed, size=9.6, fade=0.0)

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def fax_cover(sender: str, sender_lines: Sequence[str], to: str, to_fax: str, date: dt.date, pages: int,
              note: str, seed: int) -> Paper:
    """A public library's fax transmittal slip, the blanks written in by the person at the desk."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(W / 2, 730, sender.upper())
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(sender_lines):
            c.drawCentredString(W / 2, 716 - i * 11, ln)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(72, 650, "FAX TRANSMITTAL")
        c.setLineWidth(0.6)
        rows = [("TO:", to), ("FAX NUMBER:", to_fax), ("FROM:", "Patron - see attached"), ("DATE:", mdy(date)),
                ("PAGES (INCLUDING THIS ONE):", str(pages)), ("MESSAGE:", note)]
        marks = []
        y = 610
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, k)
            c.line(250, y - 3, 540, y - 3)
            marks.append(Mark("hand", 256, y, v, size=13, seed=seed + i))
            y -= 34
        c.setFont("Helvetica", 8)
        c.drawString(72, y - 10, "Fax service is $1.00 a page. The library is not responsible for transmission errors.")
        return marks

    return Paper([page])


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "MAIL ROOM - BATCH SEPARATOR")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Scan this sheet in front of the member's papers.")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


# --- applications -----------------------------------------------------------------------------------------------


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
    occupancy: str
    hardships: list[str]
    start: dt.date | None  # None: no hardship date stands on the form
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    seed: int = 1
    machine: int = 1

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
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


# Form 710 (April 2023): where its fill-in fields lie (x0, y0 of each widget's rectangle, in points), read off the
# blank's AcroForm; the typist uses the printed lines and boxes, not these.
F710_TEXT = {"Text_1": (1, 122.4, 758.3), "Text_2": (1, 120.3, 497.6), "Text_3": (1, 199.4, 478.1),
             "US_Phone_Number_1": (1, 141.4, 432.4), "Text_4": (1, 131.7, 388.5), "Text_5": (1, 197.2, 368.3),
             "Text_6": (1, 116.8, 199.1), "Date_1": (2, 396.7, 713.0), "Text_9": (2, 55.6, 98.0),
             "Number_10": (3, 455.0, 116.8), "Date_3": (4, 425.0, 343.0), "Date_4": (4, 425.0, 305.2)}
F710_INCOME_Y = {"wages": 675.8, "self_employment": 616.3, "unemployment": 496.9, "benefits_taxable": 476.8,
                 "benefits_nontaxable": 415.9, "rental": 353.6, "investment": 306.3, "other": 257.6}
F710_BOX = {"home_phone": (1, 438.6, 438.3), "contact_home": (1, 314.3, 289.7), "military_no": (1, 555.4, 245.5),
            "primary_residence": (1, 164.3, 158.6), "second_home": (1, 282.3, 158.6),
            "investment_property": (1, 371.5, 159.3), "owner_occupied": (1, 211.8, 138.8),
            "renter_occupied": (1, 301.6, 138.8), "keep": (1, 91.8, 119.1), "listed_no": (1, 200.5, 95.9),
            "hoa_no": (1, 414.7, 62.0), "short": (2, 50.1, 697.0), "long": (2, 49.4, 680.6),
            "resolved": (2, 49.4, 666.4)}
F710_HARDSHIP_Y = dict(zip(HARDSHIPS, (620.2, 599.1, 540.0, 467.2, 433.2, 371.3, 338.8, 276.1, 242.2, 118.5),
                           strict=True))


def form710_blank() -> bytes:
    """The blank Form 710 with the synthetic-document line on every page and no fill-in fields (it was printed)."""
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
        page.merge_page(overlay)
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_pypdf_bytes(writer, "ci710blank")


def form710_typed(app: App, date_fmt: Callable[[dt.date], str], drift: float = 1.0, ink_dates: bool = False,
                  assets: float = 0.0, sign_fmt: Callable[[dt.date], str] | None = None) -> list[list[Mark]]:
    """The marks a typist leaves on a printed Form 710 rolled into a typewriter: each answer a little above, on or
    through its line and a little right of where the field starts; the boxes X-ed; then signed in ink."""
    rng = random.Random(app.seed * 3 + 1)
    pages: list[list[Mark]] = [[], [], [], []]

    def off() -> tuple[float, float]:
        return rng.uniform(2, 16) * drift, rng.uniform(-3.5, 6.5) * drift

    def text(name: str, value: str) -> None:
        page, x, y = F710_TEXT[name]
        dx, dy = off()
        pages[page - 1].append(Mark("type", x + dx, y + 3 + dy, value, seed=app.seed + len(pages[page - 1]) * 7,
                                    machine=app.machine))

    def box(page: int, x: float, y: float) -> None:
        pages[page - 1].append(Mark("type", x + 1.2 + rng.uniform(-2.5, 2.5) * drift,
                                    y + 1.2 + rng.uniform(-2.0, 2.5) * drift, "X", seed=app.seed + int(x + y),
                                    machine=app.machine))

    text("Text_1", app.loan)
    text("Text_2", app.borrower)
    text("Text_3", app.ssn[-4:])
    text("US_Phone_Number_1", app.phone)
    if app.co:
        text("Text_4", app.co)
        text("Text_5", (app.co_ssn or "")[-4:])
    text("Text_6", app.address)
    for key in ("home_phone", "contact_home", "military_no", app.occupancy,
                "owner_occupied" if app.occupancy != "investment_property" else "renter_occupied", "keep",
                "listed_no", "hoa_no", app.duration):
        box(*F710_BOX[key])
    if app.start:
        text("Date_1", date_fmt(app.start))
    for h in app.hardships:
        box(2, 40.1, F710_HARDSHIP_Y[h])
    if app.other_text:
        text("Text_9", app.other_text)
    for k, v in app.income.items():
        if v > 0:
            dx, dy = off()
            pages[2].append(Mark("type", 242 + dx * 0.6, F710_INCOME_Y[k] + 3 + dy * 0.6, money(v),
                                 seed=app.seed + 500 + len(pages[2]), machine=app.machine))
    if assets:
        text("Number_10", money(assets))
    if app.b_signs:
        pages[3].append(Mark("sig", 152, 347, w=190, seed=app.seed + 900))
    if app.b_dates:
        if ink_dates:
            pages[3].append(Mark("hand", 432, 347, mdy(app.signed_on), size=12, seed=app.seed + 901))
        else:
            text("Date_3", (sign_fmt or date_fmt)(app.signed_on))
    if app.co and app.co_signs:
        pages[3].append(Mark("sig", 166, 309, w=180, seed=app.seed + 902))
        pages[3].append(Mark("hand", 432, 309, mdy(app.signed_on), size=12, seed=app.seed + 903))
    return pages


def form710_scan(app: App, style: Scan, seed: int, date_fmt: Callable[[dt.date], str], drift: float = 1.0,
                 ink_dates: bool = False, assets: float = 0.0, before: Sequence[Look] = (),
                 after: Sequence[Look] = (), sign_fmt: Callable[[dt.date], str] | None = None) -> list[Sheet]:
    marks = form710_typed(app, date_fmt, drift, ink_dates, assets, sign_fmt)
    return make_sheets(form710_blank(), marks, style, seed, before, after)


def stencil(c: Canvas, x: float, y: float, text: str, size: float = 10.0, bold: bool = False) -> None:
    """A line of the spirit master, itself cut on a typewriter: violet Courier."""
    c.setFillColor(SPIRIT)
    c.setFont("Courier-Bold" if bold else "Courier", size)
    c.drawString(x, y, text)


PG_REASONS = ("A. LOSS OF A JOB", "B. LESS PAY OR FEWER HOURS", "C. HOUSING COSTS WENT UP",
              "D. FLOOD, FIRE, STORM, HAIL",
              "E. SERIOUS ILLNESS OR DISABILITY", "F. DIVORCE OR LEGAL SEPARATION", "G. UNMARRIED CO-OWNERS SPLIT UP",
              "H. DEATH OF A BORROWER OR EARNER", "I. JOB TRANSFER FAR AWAY", "J. OTHER - EXPLAIN:")
PG_INCOME = ("A. WAGES, SALARY, OVERTIME, TIPS", "B. SELF-EMPLOYMENT (FARM OR BUSINESS)", "C. UNEMPLOYMENT BENEFITS",
             "D. SOC. SEC., PENSION, DISABILITY - TAXABLE", "E. SOC. SEC., SSI, DISABILITY - NOT TAXABLE",
             "F. RENT RECEIVED, LESS EXPENSES (NOT MORTGAGE)", "G. INVESTMENT, ANNUITY OR INSURANCE",
             "H. OTHER (ALIMONY, CHILD SUPPORT, OTHER)")


@dataclass
class PGFill:
    """How the member typed the PG-4: corrections by x-ing out or by correction fluid, unused lines as -0-."""

    zero: str = "-0-"  # typed on income lines with nothing ("" leaves them blank)
    co_none: bool = False  # "NONE" typed for a joint member
    xout: dict[str, str] = field(default_factory=dict)  # item -> the wrong value x-ed out before the right one
    fluid: dict[str, str] = field(default_factory=dict)  # item -> the wrong value under correction fluid
    date_fmt: Callable[[dt.date], str] = mdy2
    savings: float = 0.0
    afford: float = 0.0


def pg4(app: App, fill: PGFill) -> Paper:
    """Prairie Grange FCU's "Member Request for Mortgage Payment Assistance" (Form PG-4): two sheets run off a spirit
    duplicator in violet, every label typed on the master; the member's answers typed in black on the dotted
    lines, X in the parentheses."""
    kw = {"machine": app.machine}

    def answer(marks: list[Mark], key: str, x: float, y: float, value: str) -> None:
        seed = app.seed + 11 * len(marks) + 3
        if key in fill.xout:
            marks.append(Mark("xout", x, y, value, wrong=fill.xout[key], seed=seed, **kw))
        elif key in fill.fluid:
            marks.append(Mark("fluid", x, y, value, wrong=fill.fluid[key], seed=seed, **kw))
        elif value:
            marks.append(Mark("type", x, y, value, seed=seed, **kw))

    def header(c: Canvas, sheet: int) -> None:
        stencil(c, 150, 742, "PRAIRIE GRANGE FEDERAL CREDIT UNION", 13, True)
        stencil(c, 96, 728, "212 ELEVATOR ROAD * MARROW CREEK, NEBRASKA 68843 * PHONE 308-555-0142", 9)
        stencil(c, 132, 706, "MEMBER REQUEST FOR MORTGAGE PAYMENT ASSISTANCE", 12, True)
        stencil(c, 60, 690, f"FORM PG-4       TYPE OR PRINT IN INK       SHEET {sheet} OF 2", 9)
        stencil(c, 60, 680, "=" * 82, 9)

    def item(c: Canvas, y: float, label: str, leader_to: float = 300) -> None:
        width = stringWidth(label, "Courier", 10)
        stencil(c, 60, y, label + "." * max(2, int((leader_to - 60 - width) / 6)))
        stencil(c, leader_to, y - 2, "_" * 42)

    def paren(c: Canvas, x: float, y: float, label: str) -> None:
        stencil(c, x, y, f"(  ) {label}")

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        marks: list[Mark] = []
        rows = [("1", "1. LOAN NUMBER", app.loan), ("2", "2. MEMBER'S NAME (BORROWER)", app.borrower),
                ("3", "3. LAST 4 DIGITS OF SOC. SEC. NO.", app.ssn[-4:]),
                ("4", "4. JOINT MEMBER (CO-BORROWER), IF ANY", app.co or ("NONE" if fill.co_none else "")),
                ("5", "5. JOINT MEMBER'S LAST 4 DIGITS", (app.co_ssn or "")[-4:]),
                ("6", "6. STREET ADDRESS OF MORTGAGED PROPERTY", app.street),
                ("7", "7. TOWN, STATE AND ZIP CODE", f"{app.city}, {app.state} {app.zip}"),
                ("8", "8. TELEPHONE NUMBER", app.phone)]
        y = 656.0
        rng = random.Random(app.seed)
        for key, label, value in rows:
            item(c, y, label)
            answer(marks, key, 306 + rng.uniform(0, 10), y + rng.uniform(-1.5, 3.5), value)
            y -= 24
        stencil(c, 60, y, "9. THE PROPERTY IS (MARK ONE WITH AN X):")
        y -= 16
        for occ, label in zip(OCCUPANCIES, ("OUR HOME, WHERE WE LIVE ALL YEAR", "A SECOND HOME OR SUMMER PLACE",
                                            "RENTED TO OTHERS (INVESTMENT)"), strict=True):
            paren(c, 84, y, label)
            if app.occupancy == occ:
                answer(marks, "9", 90 + rng.uniform(-1, 1.5), y + rng.uniform(-1, 1.5), "X")
            y -= 14
        y -= 8
        stencil(c, 60, y, "10. WHAT CAUSED THE TROUBLE? MARK EVERY ONE THAT APPLIES:")
        y -= 16
        for i, reason in enumerate(PG_REASONS):
            cx, cy = (84 if i < 5 else 324), y - (i % 5) * 14
            paren(c, cx, cy, reason)
            if HARDSHIPS[i] in app.hardships:
                answer(marks, "10", cx + 6 + rng.uniform(-1, 1.5), cy + rng.uniform(-1, 1.5), "X")
        y -= 5 * 14 + 4
        stencil(c, 108, y, "_" * 70)
        if app.other_text:
            answer(marks, "10j", 112, y + 2 + rng.uniform(-1, 3), app.other_text.upper())
        y -= 26
        item(c, y, "11. DATE THE TROUBLE BEGAN (MO/DAY/YR)", 360)
        answer(marks, "11", 366 + rng.uniform(0, 8), y + rng.uniform(-1, 3), fill.date_fmt(app.start) if app.start
               else "")
        y -= 24
        stencil(c, 60, y, "12. WE EXPECT IT TO LAST (MARK ONE):")
        y -= 16
        for i, (dur, label) in enumerate(zip(("short", "long", "resolved"), ("SIX MONTHS OR LESS",
                                                                             "MORE THAN SIX MONTHS", "IT IS OVER NOW"),
                                             strict=True)):
            paren(c, 84 + i * 160, y, label)
            if app.duration == dur:
                answer(marks, "12", 90 + i * 160 + rng.uniform(-1, 1.5), y + rng.uniform(-1, 1.5), "X")
        stencil(c, 60, 60, "CONTINUE ON SHEET 2 - SIGN THERE", 9)
        c.setFillColor(black)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        marks: list[Mark] = []
        rng = random.Random(app.seed + 2)
        item(c, 656, "LOAN NUMBER (AGAIN, PLEASE)")
        answer(marks, "loan2", 306 + rng.uniform(0, 10), 656 + rng.uniform(-1, 3), app.loan)
        stencil(c, 60, 624, "13. HOUSEHOLD INCOME EACH MONTH, BEFORE TAXES:")
        y = 604.0
        for k, label in zip(INCOMES, PG_INCOME, strict=True):
            stencil(c, 84, y, label + "." * max(2, int((372 - 84 - stringWidth(label, "Courier", 10)) / 6)) + " $")
            stencil(c, 396, y - 2, "_" * 22)
            amount = app.income.get(k, 0.0)
            value = money(amount) if amount > 0 else fill.zero
            answer(marks, f"13{k}", 404 + rng.uniform(0, 8), y + rng.uniform(-1.5, 3), value)
            y -= 20
        stencil(c, 84, y - 4, "TOTAL - ADD LINES A THROUGH H" + "." * 13 + " $")
        stencil(c, 396, y - 6, "_" * 22)
        answer(marks, "13total", 404 + rng.uniform(0, 8), y - 4 + rng.uniform(-1.5, 3), money(app.total))
        y -= 40
        item(c, y, "14. SAVINGS AND CHECKING ON HAND TODAY $", 372)
        if fill.savings:
            answer(marks, "14", 404, y + rng.uniform(-1, 3), money(fill.savings))
        y -= 22
        item(c, y, "15. MONTHLY PAYMENT YOU COULD MAKE NOW $", 372)
        if fill.afford:
            answer(marks, "15", 404, y + rng.uniform(-1, 3), money(fill.afford))
        y -= 32
        cert = ["16. WE CERTIFY THAT WHAT WE HAVE WRITTEN HERE IS TRUE AND THAT THE",
                "    TROUBLE WE DESCRIBED IS WHY WE NEED HELP WITH OUR PAYMENTS. WE WILL",
                "    SEND THE PAPERS THE CREDIT UNION ASKS FOR. THE CREDIT UNION MAY",
                "    OBTAIN A CREDIT REPORT ON EACH OF US. FALSE STATEMENTS MAY BE A",
                "    FEDERAL CRIME."]
        for ln in cert:
            stencil(c, 60, y, ln)
            y -= 13
        y -= 30
        people = [("MEMBER'S SIGNATURE", app.b_signs, app.b_dates, 0),
                  ("JOINT MEMBER'S SIGNATURE", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for label, signs, dates, k in people:
            stencil(c, 60, y, label)
            stencil(c, 220, y - 2, "_" * 26)
            stencil(c, 392, y, "DATE")
            stencil(c, 424, y - 2, "_" * 20)
            if signs:
                marks.append(Mark("sig", 228, y + 1, w=140, seed=app.seed + 40 + k))
            if dates:
                answer(marks, f"date{k}", 430 + rng.uniform(0, 6), y + rng.uniform(-1, 3),
                       fill.date_fmt(app.signed_on))
            y -= 40
        stencil(c, 60, 96, "- - - - - - - - - - FOR CREDIT UNION USE ONLY - - - - - - - - - -", 9)
        stencil(c, 60, 80, "RECEIVED __________  BY _____  LOAN OFFICER ________  CODE ____", 9)
        c.setFillColor(black)
        return marks

    return Paper([page1, page2])


HM_REASONS = ("Loss of employment", "Reduced income or hours", "Higher taxes, insurance or housing costs",
              "Flood, fire, storm or other disaster", "Illness or disability in the family",
              "Divorce or legal separation", "Separation of unmarried co-owners", "Death of a borrower or wage earner",
              "Job transfer or relocation", "Other (describe):")
HM_INCOME = ("a. Wages, salary, overtime, tips, bonuses", "b. Self-employment / farm income",
             "c. Unemployment compensation", "d. Social Security, pension, disability (taxable)",
             "e. Social Security, SSI, disability (non-taxable)", "f. Rental income, net of expenses except mortgage",
             "g. Investment, annuity or insurance income", "h. Other: alimony, child support, maintenance, other")


def hmsb22(app: App, copy: str, request_date: dt.date, carbon: bool) -> Paper:
    """Harlan Mill Savings Bank's "Request for Mortgage Relief" (Form HMSB-22), a one-page three-part carbon set of
    numbered boxes, each caption in small capitals at the box's top-left; occupancy and duration answered by a
    code letter. Typed through the set, the canary copy keeps only the carbon's blue; on screen it is Courier."""
    kw: dict[str, Any] = {"machine": app.machine}
    if carbon:
        kw.update(color=CARBON, blur=1.0, ink=0.72)
    pen: dict[str, Any] = {"color": CARBON, "blur": 1.4, "ink": 0.8} if carbon else {}

    def page(c: Canvas) -> list[Mark]:
        rng = random.Random(app.seed + 5)
        marks: list[Mark] = []

        def typed(x: float, y: float, value: str) -> None:
            if value:
                marks.append(Mark("type", x + rng.uniform(-1, 3), y + rng.uniform(-1, 1.5), value,
                                  seed=app.seed + 13 * len(marks), size=11, **kw))

        def boxed(num: int, cap: str, x: float, y: float, w: float, h: float = 30) -> None:
            c.setLineWidth(0.7)
            c.rect(x, y, w, h, stroke=1, fill=0)
            c.setFont("Helvetica", 5.6)
            c.drawString(x + 2.5, y + h - 7, f"{num}  {cap.upper()}")

        c.setFont("Times-Bold", 15)
        c.drawString(40, 752, "HARLAN MILL SAVINGS BANK")
        c.setFont("Times-Roman", 8)
        c.drawString(40, 741, "9 Mill Race Street, Harlan Mill, Vermont 05733  -  (802) 555-0117")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 752, "REQUEST FOR MORTGAGE RELIEF")
        c.setFont("Helvetica-Bold", 7)
        c.drawRightString(572, 741, copy)
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 732, "FORM HMSB-22  -  3-PART SET  -  TYPE OR PRESS HARD WITH BALLPOINT: YOU ARE MAKING "
                              "THREE COPIES")
        boxed(1, "Loan number", 40, 690, 180)
        boxed(2, "Date of this request", 220, 690, 120)
        boxed(3, "Branch", 340, 690, 232)
        typed(46, 697, app.loan)
        typed(226, 697, mdy(request_date))
        typed(346, 697, "MAIN OFFICE")
        boxed(4, "Borrower - first, middle, last name", 40, 660, 400)
        boxed(5, "Soc. sec. no. - last 4", 440, 660, 132)
        typed(46, 667, app.borrower)
        typed(446, 667, app.ssn[-4:])
        boxed(6, "Co-borrower - first, middle, last name", 40, 630, 400)
        boxed(7, "Soc. sec. no. - last 4", 440, 630, 132)
        typed(46, 637, app.co or "")
        typed(446, 637, (app.co_ssn or "")[-4:])
        boxed(8, "Property address - number and street", 40, 600, 260)
        boxed(9, "Town", 300, 600, 150)
        boxed(10, "State", 450, 600, 50)
        boxed(11, "ZIP code", 500, 600, 72)
        typed(46, 607, app.street)
        typed(306, 607, app.city)
        typed(456, 607, app.state)
        typed(506, 607, app.zip)
        boxed(12, "Home telephone", 40, 570, 180)
        boxed(13, "Occupancy - enter code", 220, 570, 352)
        typed(46, 577, app.phone)
        c.setFont("Helvetica", 6.3)
        c.drawString(262, 584, "O = our own home (principal residence)    S = second or seasonal home")
        c.drawString(262, 575, "R = rented to others (investment property)")
        c.rect(530, 573, 30, 18, stroke=1, fill=0)
        typed(540, 577, {"primary_residence": "O", "second_home": "S", "investment_property": "R"}[app.occupancy])
        boxed(14, "Cause of hardship - mark every one that applies", 40, 460, 532, 106)
        c.setFont("Helvetica", 7.5)
        for i, reason in enumerate(HM_REASONS):
            x, y = (50 if i < 5 else 310), 540 - (i % 5) * 15
            c.rect(x, y - 1.5, 8, 8, stroke=1, fill=0)
            c.drawString(x + 13, y, reason)
            if HARDSHIPS[i] in app.hardships:
                typed(x + 1.2, y - 0.5, "X")
        c.line(392, 478, 566, 478)
        typed(394, 481, app.other_text)
        boxed(15, "Hardship began (mo/day/yr)", 40, 430, 180)
        boxed(16, "Expected to last - enter code", 220, 430, 352)
        typed(46, 437, mdy(app.start) if app.start else "")
        c.setFont("Helvetica", 6.3)
        c.drawString(262, 444, "T = temporary, six months or less    L = longer than six months / permanent")
        c.drawString(262, 435, "R = resolved")
        c.rect(530, 433, 30, 18, stroke=1, fill=0)
        typed(540, 437, {"short": "T", "long": "L", "resolved": "R"}[app.duration])
        boxed(17, "Gross monthly income of all borrowers, before taxes", 40, 232, 532, 194)
        c.setFont("Helvetica", 8)
        y = 402.0
        for k, label in zip(INCOMES, HM_INCOME, strict=True):
            c.drawString(52, y, label)
            c.line(420, y - 3, 566, y - 3)
            c.drawString(410, y, "$")
            amount = app.income.get(k, 0.0)
            if amount > 0:
                typed(556 - len(money(amount)) * 6.6, y, money(amount))
            y -= 19
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, y - 4, "i. TOTAL (add lines a through h)")
        c.drawString(410, y - 4, "$")
        c.setLineWidth(1.0)
        c.line(420, y - 7, 566, y - 7)
        typed(556 - len(money(app.total)) * 6.6, y - 4, money(app.total))
        c.setFont("Helvetica", 6.5)
        paragraphs(c, 40, 220, 532, [
            "CERTIFICATION. I/We certify that the information in this request is true and that the hardship described "
            "caused our need for relief. I/We will provide the documents the bank requests and authorize the bank to "
            "obtain credit reports on each borrower. Knowingly false statements may violate federal law."],
            font="Helvetica", size=6.5, leading=8)
        people = [("Borrower signature", app.b_signs, app.b_dates, 0),
                  ("Co-borrower signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for i, (label, signs, dates, k) in enumerate(people):
            y0 = 150 - i * 42
            boxed(18 + 2 * i, label, 40, y0, 360, 38)
            boxed(19 + 2 * i, "Date", 400, y0, 172, 38)
            if signs:
                marks.append(Mark("sig", 70, y0 + 6, w=170, seed=app.seed + 60 + k, **pen))
            if dates:
                marks.append(Mark("hand", 410, y0 + 8, mdy(app.signed_on), size=12.5, seed=app.seed + 70 + k, **pen))
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(40, 50, "HMSB-22 (REV. 6/88)     WHITE - BANK     CANARY - BORROWER'S COPY     PINK - BRANCH FILE")
        return marks

    return Paper([page])


def form4506c_typed(first: str, mi: str, last: str, ssn: str, spouse: tuple[str, str, str, str] | None,
                    street: str, city: str, state: str, zipc: str, client: str, client_phone: str, signed_on: dt.date,
                    phone: str, seed: int, machine: int) -> tuple[bytes, list[list[Mark]]]:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022) rolled into a typewriter, then signed and dated in ink."""
    reader = PdfReader(FORM4506C)
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    page = writer.pages[0]
    if "/Annots" in page:
        del page["/Annots"]
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    pdf = fixed_pypdf_bytes(writer, "ci4506c")
    put = [(27, 668, first), (114, 668, mi), (171, 668, last), (27, 636, ssn), (27, 571, street), (312, 571, city),
           (420, 571, state), (474, 571, zipc), (27, 506, "Halyard Income Verification LLC"),
           (312, 506, "HIV-22817"), (420, 506, "HALYARD01"), (27, 484, "400 Commerce Way"),
           (312, 484, "Tysons"), (420, 484, "VA"), (474, 484, "22102"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}"), (98, 350, "X"), (26, 195, "X")]
    if spouse:
        put += [(312, 668, spouse[0]), (420, 668, spouse[1]), (474, 668, spouse[2]), (312, 636, spouse[3]),
                (63, 56, f"{spouse[0]} {spouse[1]} {spouse[2]}")]
    rng = random.Random(seed)
    marks = [Mark("type", x + rng.uniform(0, 4), y + rng.uniform(-1.5, 2.5), t, size=10.5, seed=seed + i,
                  machine=machine) for i, (x, y, t) in enumerate(put)]
    marks += [Mark("sig", 84, 166, w=190, seed=seed + 100), Mark("hand", 346, 168, mdy(signed_on), seed=seed + 101)]
    if spouse:
        marks += [Mark("sig", 84, 82, w=170, seed=seed + 102), Mark("hand", 434, 82, mdy(signed_on), seed=seed + 103)]
    return pdf, [marks]


# --- packets -----------------------------------------------------------------------------------------------------


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
    app: App | None
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

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[Sheet]]], style: Scan) -> None:
        """One image-only file of scanned sheets; each part is a document (None: a cover or separator sheet)."""
        sheets: list[Sheet] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = sheets_pdf(sheets, style)


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


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    if app.start is None:
        out.append("application_field:hardship_start_date")
    if not app.hardships:
        out.append("application_field:hardship_types")
    if not any(v > 0 for v in app.income.values()):
        out.append("application_field:income")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(b.date) and fresh(a.date) and
                   dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    def count(kind: str) -> int:
        return sum(1 for d in docs if d.type == kind and fresh(d.date))

    pl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) for d in docs)
    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank or pl, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank or count("rent_check") >= 2,
             "investment": two_bank or count("investment_statement") >= 2,
             "other": two_bank}
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
    return {"loan_number": p.app.loan if p.app else "", "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes,
            "application": p.app.expected() if p.app else None, "documents": docs}


def weekly_checks(first_pay: dt.date, last_pay: dt.date, lag: int, lines: Callable[[random.Random], dict],
                  key: str) -> list[PayCheck]:
    out = []
    d = first_pay
    while d <= last_pay:
        end = d - dt.timedelta(days=lag)
        out.append(PayCheck(d, end - dt.timedelta(days=6), end, lines(random.Random(f"{key}{d}"))))
        d += dt.timedelta(days=7)
    return out


def biweekly_checks(first_pay: dt.date, last_pay: dt.date, lag: int, lines: Callable[[random.Random], dict],
                    key: str) -> list[PayCheck]:
    out = []
    d = first_pay
    while d <= last_pay:
        end = d - dt.timedelta(days=lag)
        out.append(PayCheck(d, end - dt.timedelta(days=13), end, lines(random.Random(f"{key}{d}"))))
        d += dt.timedelta(days=14)
    return out


def hourly(rate: float, base: Sequence[float], overtime: Sequence[float] = (0.0,),
           labels: tuple[str, str] = ("Regular", "Overtime")) -> Callable[[random.Random], dict]:
    def make(rr: random.Random) -> dict[str, tuple[float, float, float]]:
        hours = rr.choice(list(base))
        out = {labels[0]: (hours, rate, r2(hours * rate))}
        ot = rr.choice(list(overtime))
        if ot:
            out[labels[1]] = (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))
        return out

    return make


def aged(strength: float) -> Look:
    return lambda img, seed: look_yellowed(img, seed, strength)


def copied(generations: int) -> Look:
    return lambda img, seed: look_photocopy(img, seed, generations)


CANARY: Look = lambda img, seed: look_tint(img, (255, 238, 150))  # noqa: E731


def packet_ci1(seed: int) -> Packet:
    """A widow's Form 710 typed on yellowed paper; her husband's death, a survivor pension, VA DIC."""
    received = dt.date(2049, 3, 2)
    app = App("0043817260", "Edna Mae Lindqvist", "951-22-4417", "4127 County Road 9", "Tamarack Falls", "MN",
              "56589", "(218) 555-0163", "primary_residence", ["death"], dt.date(2048, 11, 3), "long",
              {"benefits_taxable": 1184.00, "benefits_nontaxable": 1612.75}, dt.date(2049, 2, 19),
              seed=seed * 100 + 11, machine=seed * 10 + 1)
    p = Packet("ci1", received, app, [])
    folder = app.loan
    home = ["4127 County Road 9", "Tamarack Falls, Minnesota 56589"]
    color = Scan(dpi=200, mode="color", tilt=0.45, blur=0.5, noise=0.0003)
    grey = Scan(dpi=300, mode="grey", tilt=0.3, blur=0.6, noise=0.0002, quality=70)
    p.scan(f"{folder}/Mom mortgage 1.pdf", [(app_doc(), form710_scan(app, color, seed + 100, mdy_short, 1.0,
                                                                     assets=312.40, after=[aged(1.0)],
                                                                     sign_fmt=long_date))], color)
    on = dt.date(2049, 2, 19)
    hl = typed_letter(home, on, ["Kittson Valley State Bank", "Loan Department", "Box 40",
                                 "Tamarack Falls, Minnesota 56589"], f"Re: Loan No. {app.loan}", [
        "My husband Arnold passed away on November 3 after a long {illnes>illness} with his heart. We were married "
        "fifty-one years. He took care of the bills and I am still learning where everything is.",
        "Since he died the house payment has been more than I can {mange>manage} on what comes in. His pension from "
        "the electric co-op was cut to the survivor amount, and I now get the VA compensation for widows. I have "
        "enclosed the letters that show what I receive each month, a copy of the death certificate and the "
        "{notice>obituary} from the Tribune.",
        "I would like to stay in the house where we raised our family. I am asking the bank to lower my payment "
        "so that I can keep up. My daughter Karen helped me with the papers and can be reached at my number."],
        ["Edna Mae Lindqvist"], seed + 110, app.machine)
    p.scan(f"{folder}/Mom mortgage 2.pdf", [(hardship_doc(on), scan_paper(hl, color, seed + 111,
                                                                         after=[aged(0.35)]))], color)
    dc = death_certificate("Minnesota", "Arnold James Lindqvist", "M", dt.date(2048, 11, 3), dt.date(1966, 4, 12),
                           "Tamarack", "Lakeland Regional Hospital, Tamarack Falls", "4127 County Road 9, Tamarack "
                           "Falls, MN 56589", "Edna Mae Lindqvist", "Edna Mae Lindqvist - wife",
                           ["Congestive heart failure", "Coronary artery disease"], "R. T. Bergquist, M.D.",
                           dt.date(2048, 11, 9), "2048-MN-033817", seed + 120, seed * 10 + 2)
    p.scan(f"{folder}/Mom mortgage 3.pdf", [(letter_doc(dc), scan_paper(dc.paper, grey, seed + 121,
                                                                       after=[copied(2)]))], grey)
    obit, box = obituary_clipping("Tamarack Falls Tribune", dt.date(2048, 11, 8), "Arnold J. Lindqvist", [
        "Arnold James Lindqvist, 82, of rural Tamarack Falls, died Friday, November 3, 2048, at Lakeland "
        "Regional Hospital.",
        "He was born April 12, 1966, in Tamarack Falls and farmed north of town before joining the North Star "
        "rural electric cooperative as a lineman, retiring after 31 years. He served in the U.S. Army.",
        "On June 6, 1997, he married Edna Mae Berg at Bethany Lutheran Church. He enjoyed fishing on Tamarack "
        "Lake, the church council and coffee at the co-op.",
        "Survivors include his wife, Edna Mae; a daughter, Karen (Dale) Sundby; a son, Peter; and five "
        "grandchildren. Services were held Tuesday at Bethany Lutheran Church."], "Tribune  Nov. 8, 2048",
        seed + 130)
    p.scan(f"{folder}/Mom mortgage 4.pdf", [(letter_doc(obit), scan_paper(
        obit.paper, color, seed + 131, after=[lambda im, s: look_clipping(im, box, color.dpi, s)]))], color)
    on_p = dt.date(2049, 1, 12)
    pension_lines = [
        "NORTH STAR RURAL ELECTRIC COOPERATIVES RETIREMENT TRUST", "1200 TRANSMISSION WAY  -  ALEXANDRIA MN 56308",
        "", f"DATE OF NOTICE: {mdy(on_p)}", "", "EDNA M LINDQVIST", "4127 COUNTY ROAD 9",
        "TAMARACK FALLS MN 56589", "", "RE: NOTICE OF SURVIVOR BENEFIT", "    MEMBER: ARNOLD J LINDQVIST (DECEASED)",
        "    MEMBER NO: 0047-2218", "",
        "THE TRUST HAS RECEIVED NOTICE OF THE DEATH OF THE MEMBER NAMED ABOVE.",
        "AS THE SURVIVING SPOUSE UNDER THE JOINT AND 66-2/3% SURVIVOR OPTION",
        "ELECTED AT RETIREMENT, YOU ARE ENTITLED TO A MONTHLY SURVIVOR BENEFIT.", "",
        f"    MONTHLY SURVIVOR BENEFIT (GROSS) .......... ${money(1184.00)}",
        "    PAYMENT FREQUENCY ......................... MONTHLY",
        "    FIRST PAYMENT ............................. 12/01/48",
        "    PAID BY ................................... DIRECT DEPOSIT", "",
        "THIS BENEFIT IS SUBJECT TO FEDERAL AND MINNESOTA INCOME TAX. A FORM",
        "1099-R WILL BE MAILED TO YOU EACH JANUARY.", "",
        "PAYMENTS CONTINUE FOR YOUR LIFETIME. PLEASE KEEP THIS NOTICE.", "", "BENEFITS ADMINISTRATION",
        "NORTH STAR RURAL ELECTRIC COOPERATIVES RETIREMENT TRUST"]
    pension = Letter(dot_notice(pension_lines, seed + 140), "benefit_award_letter", on_p, 1184.00,
                     "benefits_taxable")
    p.scan(f"{folder}/Mom mortgage 5.pdf", [(letter_doc(pension), scan_paper(pension.paper, color, seed + 141,
                                                                            after=[aged(0.25)]))], color)
    on_va = dt.date(2048, 12, 15)
    va = Letter(printed_letter(
        ("DEPARTMENT OF VETERANS AFFAIRS", ["Regional Office  -  Fort Snelling, Minnesota",
                                            "Dependency and Indemnity Compensation"], Color(0.1, 0.2, 0.4), "VA"),
        on_va, ["Edna M. Lindqvist", *home], "Your Dependency and Indemnity Compensation award", [
            "We have approved your claim for Dependency and Indemnity Compensation (DIC) as the surviving spouse of "
            "Arnold J. Lindqvist. DIC is a tax-free monthly benefit paid to eligible survivors of veterans.",
            "Your monthly entitlement is shown below. We pay DIC monthly, on the first business day of the month "
            "for the month before. DIC payments are not taxable income and you do not need to report them on a "
            "federal or state tax return.", "Tell us right away if you remarry or if your address changes."],
        ["Sincerely,", "Veterans Service Center Manager"],
        [("Monthly DIC rate", "$" + money(1612.75)), ("Paid", "Monthly"), ("Effective date", "November 1, 2048")]),
        "benefit_award_letter", on_va, 1612.75, "benefits_nontaxable")
    gs = Scan(dpi=200, mode="grey", tilt=0.5, blur=0.5, noise=0.0004)
    p.scan(f"{folder}/Mom mortgage 6.pdf", [(letter_doc(va), scan_paper(va.paper, gs, seed + 151,
                                                                       after=[copied(1)]))], gs)
    ledger = notebook_ledger("Household Book - February 2049", [
        ("2/1", "Survivor pension (co-op)", "1,184.00", ""), ("2/1", "VA check (DIC)", "1,612.75", ""),
        ("2/1", "House payment - bank", "", "1,452.18"), ("2/3", "Co-op electric", "", "148.62"),
        ("2/4", "Propane - 150 gal", "", "411.00"), ("2/6", "Groceries - Red Owl", "", "96.40"),
        ("2/10", "Pills - pharmacy", "", "88.15"), ("2/12", "Telephone", "", "62.30"),
        ("2/14", "Church", "", "40.00"), ("2/17", "Car insurance", "", "118.00"),
        ("2/20", "Groceries", "", "71.85"), ("2/24", "Funeral home - payment", "", "250.00"),
        ("", "Total", "2,796.75", "2,738.50")], seed + 160)
    p.scan(f"{folder}/Mom mortgage 7.pdf", [(letter_doc(ledger), scan_paper(ledger.paper, color, seed + 161,
                                                                           after=[aged(0.3)]))], color)
    return p


def packet_ci2(seed: int) -> Packet:
    """A retired couple's PG-4 off the spirit duplicator; his co-op elevator stubs are last fall's (stale)."""
    received = dt.date(2049, 4, 14)
    addr = ["48211 Road 743", "Marrow Creek, Nebraska 68843"]
    wh = Withholding(0.06, 0.025, "NE STATE W/H")
    checks = weekly_checks(dt.date(2048, 8, 7), dt.date(2048, 11, 13), 6,
                           hourly(16.25, (40.0, 40.0, 44.0, 36.0), (0.0, 4.5, 6.5, 8.0)), f"ci2{seed}")
    stubs = [coop_stub("Tri-County Farmers Co-op Elevator", "Highway 2 East  Stapleton NE 69163",
                       "Walter E Oberholtzer", "0417", "Grain", checks[:n], wh, seed + 200 + n)
             for n in (len(checks) - 1, len(checks))]
    app = App("0071402589", "Walter E. Oberholtzer", "938-41-2275", "48211 Road 743", "Marrow Creek", "NE", "68843",
              "(308) 555-0129", "primary_residence", ["reduction_in_income"], dt.date(2048, 12, 1), "long",
              {"wages": 2600.00, "benefits_taxable": 1046.30}, dt.date(2049, 4, 6), co="Ruth A. Oberholtzer",
              co_ssn="938-07-6614", seed=seed * 100 + 21, machine=seed * 10 + 3)
    p = Packet("ci2", received, app, ["income_doc:wages"])
    style = Scan(dpi=200, mode="color", tilt=0.35, blur=0.45, noise=0.0003)
    fill = PGFill(zero="-0-", xout={"8": "(308) 555-0192"}, savings=412.00, afford=650.00)
    on = dt.date(2049, 4, 6)
    hl = typed_letter(addr, on, ["Prairie Grange Federal Credit Union", "212 Elevator Road",
                                 "Marrow Creek, Nebraska 68843"], f"Re: Loan {app.loan}", [
        "Walter has worked the fall harvest at the Tri-County elevator every year since he retired from the "
        "county roads. This year the elevator put in a new leg and dryer and {ket>kept} only two of us old hands "
        "on, and the work ended the second week of November. He has not been called back and the elevator says "
        "there will be little until harvest.",
        "With only my school pension coming in over the winter we fell two payments behind. We have sent copies "
        "of Walter's last check stubs from the elevator and the letter from the retirement system. We would like "
        "to keep the place and ask the credit union to lower the payment until Walter is working again."],
        ["Ruth A. Oberholtzer", "Walter E. Oberholtzer"], seed + 210, app.machine, date_style=abbr_date,
        salutation="Dear Loan Committee:")
    on_p = dt.date(2049, 2, 20)
    pension = Letter(printed_letter(
        ("PLATTE VALLEY SCHOOL EMPLOYEES' RETIREMENT SYSTEM", ["1601 Capitol Avenue  -  Lincoln, Nebraska 68508",
                                                              "Member Services (402) 555-0160"],
         Color(0.15, 0.3, 0.2), ""), on_p, ["Ruth A. Oberholtzer", *addr], "Annual statement of retirement benefit",
        ["This statement confirms your service retirement benefit as of the date above. Your benefit was "
         "increased by the cost-of-living adjustment the Board approved for 2049.",
         "Your retirement benefit is paid monthly by direct deposit on the 25th of each month. It is subject to "
         "federal income tax; Nebraska tax is withheld only if you ask."],
        ["Sincerely,", "Member Services"],
        [("Retiree", "Ruth A. Oberholtzer"), ("Monthly gross benefit", "$" + money(1046.30)),
         ("Frequency", "Monthly"), ("Federal tax withheld", "$62.00")]),
        "benefit_award_letter", on_p, 1046.30, "benefits_taxable")
    p.scan(f"Oberholtzer {app.loan}.pdf", [
        (app_doc(), scan_paper(pg4(app, fill), style, seed + 220, before=[look_spirit])),
        (hardship_doc(on), scan_paper(hl, style, seed + 221)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 222, after=[aged(0.2)])),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 223, after=[aged(0.2)])),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 224, after=[copied(1)]))], style)
    return p


def packet_ci3(seed: int) -> Packet:
    """A dairy farm after a July flood: the canary carbon copy of the bank's form, a typed P&L, rent checks,
    a typed 4506-C."""
    received = dt.date(2049, 8, 23)
    app = App("0028850913", "Amos R. Kettleborough", "964-30-8812", "1190 Cold Spring Road", "Harlan Mill", "VT",
              "05733", "(802) 555-0148", "primary_residence", ["disaster"], dt.date(2049, 7, 11), "short",
              {"self_employment": 2366.00, "rental": 650.00}, dt.date(2049, 8, 16), co="Ione M. Kettleborough",
              co_ssn="964-52-0375", seed=seed * 100 + 31, machine=seed * 10 + 4)
    p = Packet("ci3", received, app, [])
    loan = app.loan
    color = Scan(dpi=200, mode="color", tilt=0.4, blur=0.5, noise=0.0003)
    grey = Scan(dpi=240, mode="grey", tilt=0.3, blur=0.55, noise=0.0004)
    p.scan(f"{loan}-1.pdf", [(app_doc(), scan_paper(hmsb22(app, "CANARY - BORROWER'S COPY", dt.date(2049, 8, 16),
                                                           carbon=True), color, seed + 300,
                                                    after=[CANARY, look_carbon_smudge]))], color)
    start, end = dt.date(2049, 1, 1), dt.date(2049, 6, 30)
    pl, net = farm_pl("Kettleborough Farm - Cold Spring Road, Harlan Mill, Vt.",
                      ["Amos R. Kettleborough", "Ione M. Kettleborough"], start, end,
                      [("Milk sales (co-op checks)", 41870.20), ("Cull cows and calves sold", 3150.00),
                       ("Hay sold", 1920.00), ("Maple syrup", 2440.00)],
                      [("Feed purchased", 17305.44), ("Fertilizer and lime", 2110.00),
                       ("Veterinary and breeding", 1846.30),
                       ("Gasoline, fuel and oil", 2912.18), ("Repairs and maintenance", 3440.52),
                       ("Electricity", 1688.09), ("Hired labor", 2600.00), ("Insurance", 1412.00),
                       ("Property taxes - farm", 1870.00)], dt.date(2049, 8, 14), seed + 310, app.machine)
    p.scan(f"{loan}-2.pdf", [(Doc("profit_and_loss_statement", {"period_start": start.isoformat(),
                                                                "period_end": end.isoformat(), "net_income": net,
                                                                "signed": True}, end, signed=True),
                              scan_paper(pl, grey, seed + 311))], grey)
    for i, (d, dep, month) in enumerate(((dt.date(2049, 7, 1), dt.date(2049, 7, 6), "July"),
                                         (dt.date(2049, 8, 1), dt.date(2049, 8, 4), "Aug."))):
        chk = rent_check_copy("Otter Creek Valley Bank", "Bristol, Vermont", ["DUSTIN J. MARSH", "KAYLA R. MARSH",
                                                                              "1202 Cold Spring Road",
                                                                              "Harlan Mill, VT 05733"],
                              1187 + i, d, "Amos Kettleborough", 650.00, f"Rent - tenant house - {month}",
                              "Amos R. Kettleborough", "Harlan Mill Savings Bank", dep, seed + 320 + 10 * i)
        p.scan(f"{loan}-{3 + i}.pdf", [(letter_doc(chk), scan_paper(chk.paper, grey, seed + 321 + 10 * i,
                                                                    after=[copied(1)]))], grey)
    on = dt.date(2049, 8, 16)
    pdf, marks = form4506c_typed("Amos", "R", "Kettleborough", "964-30-8812", ("Ione", "M", "Kettleborough",
                                                                              "964-52-0375"),
                                 "1190 Cold Spring Road", "Harlan Mill", "VT", "05733", "Harlan Mill Savings Bank",
                                 "(802) 555-0117", on, "(802) 555-0148", seed + 340, app.machine)
    p.scan(f"{loan}-5.pdf", [(Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True),
                              make_sheets(pdf, marks, grey, seed + 341))], grey)
    hl = typed_letter(["1190 Cold Spring Road", "Harlan Mill, Vermont 05733"], on,
                      ["Harlan Mill Savings Bank", "Loan Department", "9 Mill Race Street",
                       "Harlan Mill, Vermont 05733"], f"Re: Mortgage loan no. {loan}", [
        "On the night of July 11 the brook came over Cold Spring Road and through our lower barn and hay fields. "
        "We lost the first cutting that was down and the second that was {stading>standing}, the lower barn floor "
        "and most of the grain we had on hand. The cows are all right, but we are buying hay at twice the price "
        "to get them through.",
        "Our farm statement for the first half of the year is enclosed along with the rent checks from the tenant "
        "house and the tax form the bank asked for. We expect to be back on our feet once the fall milk checks "
        "come in and ask for a few months of reduced payments."],
        ["Amos R. Kettleborough", "Ione M. Kettleborough"], seed + 350, app.machine, salutation="Gentlemen:")
    p.scan(f"{loan}-6.pdf", [(hardship_doc(on), scan_paper(hl, color, seed + 351, after=[aged(0.2)]))], color)
    return p


def packet_ci4(seed: int) -> Packet:
    """Form 710 typed and faxed from the public library; the borrower signed but never dated it."""
    received = dt.date(2049, 5, 18)
    addr = ["305 Prairie Street", "Cedar Bluff, Kansas 67631"]
    wh = Withholding(0.05, 0.03, "KS STATE W/H")
    checks = biweekly_checks(dt.date(2049, 1, 8), dt.date(2049, 5, 14), 6, hourly(13.50, (52.0, 56.0, 60.0, 48.0)),
                             f"ci4{seed}")
    stubs = [mercantile_stub("Cedar Bluff Mercantile", "118 Main Street, Cedar Bluff, Kansas 67631",
                             "Lorraine D. Pettibone", checks[:n], wh, seed + 400 + n, seed * 10 + 5)
             for n in (len(checks) - 1, len(checks))]
    app = App("0090316472", "Harold J. Pettibone", "927-64-1150", "305 Prairie Street", "Cedar Bluff", "KS", "67631",
              "(785) 555-0171", "primary_residence", ["increase_in_housing_expenses"], dt.date(2048, 10, 1), "long",
              {"wages": r2(stubs[-1].monthly), "benefits_taxable": 890.00}, dt.date(2049, 5, 10),
              co="Lorraine D. Pettibone", co_ssn="927-18-4093", b_dates=False, seed=seed * 100 + 41,
              machine=seed * 10 + 6)
    p = Packet("ci4", received, app, ["application_signature"])
    style = Scan(dpi=200, mode="fax", tilt=0.3, blur=0.35, noise=0.0006)
    cover = fax_cover("Cedar Bluff Public Library", ["210 Main Street, Cedar Bluff, Kansas 67631",
                                                     "(785) 555-0102  -  fax (785) 555-0103"],
                      "Sunflower Plains Bank - Loan Dept.", "(785) 555-0190", received, 9,
                      "Pettibone mortgage papers", seed + 401)
    on_p = dt.date(2049, 3, 30)
    pension = Letter(typed_letter(
        ["Office of the Secretary", "Box 7, Cedar Bluff, Kansas"], on_p, ["Mr. Harold J. Pettibone", *addr],
        "Re: Your retirement benefit", [
            "This will confirm that the Board of Rural Water District No. 3 continues your monthly retirement "
            "benefit of $890.00 for the year beginning April 1, 2049. The benefit is paid on the first of each "
            "month by check from the district's retirement plan.",
            "The benefit is taxable income. The district withholds federal tax as you instructed and will send "
            "you a Form 1099-R in January."], ["Marvel Knoll"], seed + 410, seed * 10 + 7, salutation="Dear Harold:",
        titles=["Secretary-Treasurer"],
        head=("RURAL WATER DISTRICT NO. 3", ["Rooks and Trego Counties, Kansas", "Box 7  -  Cedar Bluff, Kansas "
                                                                               "67631"], Color(0.1, 0.3, 0.5), "")),
        "benefit_award_letter", on_p, 890.00, "benefits_taxable")
    on = dt.date(2049, 5, 10)
    hl = typed_letter(addr, on, ["Sunflower Plains Bank", "Loan Department", "Hays, Kansas 67601"],
                      f"Re: Loan No. {app.loan}", [
        "Last fall the county raised the value on our house and the taxes went up more than four hundred dollars "
        "a year. Then our insurance company dropped us after the hail claim and the new company charges nearly "
        "twice as much. The bank raised our payment in October to cover the escrow {shortge>shortage}.",
        "Lorraine works at the Mercantile and I have my pension from the water district. We have kept up as long "
        "as we could but we are behind now. We want to stay in our home and ask the bank to spread the shortage "
        "out or lower the payment."], ["Harold J. Pettibone", "Lorraine D. Pettibone"], seed + 420, app.machine,
        date_style=mdy_short)
    p.scan("fax_20490518_093114.pdf", [
        (None, scan_paper(cover, style, seed + 402)),
        (app_doc(), form710_scan(app, style, seed + 403, mdy2, drift=1.4)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 404)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 405)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 406)),
        (hardship_doc(on), scan_paper(hl, style, seed + 407))], style)
    return p


def packet_ci5(seed: int) -> Packet:
    """A custodian's PG-4 with correction-fluid patches behind the mail room's separator sheet; his wife's stroke."""
    received = dt.date(2049, 6, 10)
    addr = ["771 West 4th Street", "Marrow Creek, Nebraska 68843"]
    wh = Withholding(0.06, 0.025, "NE STATE W/H", (("NPERS RETIREMENT", 82.10),))
    periods = semimonthly_periods(dt.date(2049, 1, 5), dt.date(2049, 6, 5))
    make = hourly(17.40, (86.67, 88.0, 80.0), (0.0, 3.0, 6.0), ("REGULAR", "OVERTIME"))
    checks = [PayCheck(pay, s, e, make(random.Random(f"ci5{seed}{pay}"))) for pay, s, e in periods]
    stubs = [school_stub("Marrow Creek Public Schools - District 17", "400 School Street, Marrow Creek, Nebraska "
                         "68843", "Delbert F Amundsen", "004471", "Head Custodian", checks[:n], wh, seed + 500 + n)
             for n in (len(checks) - 1, len(checks))]
    app = App("0064229017", "Delbert F. Amundsen", "913-58-0046", "771 West 4th Street", "Marrow Creek", "NE",
              "68843", "(308) 555-0184", "primary_residence", ["disability_or_illness"], dt.date(2049, 1, 22), "long",
              {"wages": 3016.00, "benefits_nontaxable": 524.00}, dt.date(2049, 6, 3), co="Marjorie L. Amundsen",
              co_ssn="913-27-9931", seed=seed * 100 + 51, machine=seed * 10 + 8)
    p = Packet("ci5", received, app, [])
    style = Scan(dpi=240, mode="grey", tilt=0.3, blur=0.5, noise=0.0004, quality=72)
    fill = PGFill(zero="", fluid={"11": "01/12/49", "13benefits_nontaxable": "542.00"}, date_fmt=mdy2, savings=1140.00)
    on_va = dt.date(2049, 4, 2)
    va = Letter(printed_letter(
        ("DEPARTMENT OF VETERANS AFFAIRS", ["Regional Office  -  Lincoln, Nebraska", "Compensation Service"],
         Color(0.1, 0.2, 0.4), "VA"), on_va, ["Delbert F. Amundsen", *addr], "Your VA disability compensation", [
            "This letter confirms your entitlement to VA disability compensation for service-connected conditions. "
            "Your combined rating is 30 percent.",
            "We pay compensation monthly, on the first business day of the month, by direct deposit. VA disability "
            "compensation is not taxable income."], ["Sincerely,", "Veterans Service Representative"],
        [("Monthly compensation", "$" + money(524.00)), ("Paid", "Monthly"), ("Combined rating", "30%")]),
        "benefit_award_letter", on_va, 524.00, "benefits_nontaxable")
    on_md = dt.date(2049, 5, 28)
    md = typed_letter(["Loup Valley Family Clinic", "109 Hospital Drive", "Marrow Creek, Nebraska 68843"], on_md,
                      ["Prairie Grange Federal Credit Union", "212 Elevator Road", "Marrow Creek, Nebraska 68843"],
                      "Re: Marjorie L. Amundsen", [
        "Mrs. Amundsen has been my patient for many years. On January 22 of this year she suffered a stroke and "
        "was hospitalized at Good Samaritan in Kearney. She has weakness on her right side and needs help at home "
        "with daily care.",
        "She is not able to return to her work at the school lunchroom and I expect her condition to be long-term. "
        "Her husband has had to reduce his extra hours to care for her. Please contact me if you need more."],
        ["Harold V. Lindgren, M.D."], seed + 530, seed * 10 + 9, carbon=True, salutation="To whom it may concern:")
    medical = Letter(md, "medical_statement", on_md)
    on = dt.date(2049, 6, 3)
    hl = typed_letter(addr, on, ["Prairie Grange Federal Credit Union", "Loan Department",
                                 "Marrow Creek, Nebraska 68843"], f"Re: Loan No. {app.loan}", [
        "My wife Marjorie had a stroke in January and has been home since March. She lost her job at the school "
        "kitchen and I have given up the extra hours I used to work so I can be home with her. Her {medicne>medicine} "
        "and therapy cost more than our insurance pays.",
        "I am still the head custodian for the school and I have my VA compensation. We are asking the credit "
        "union to lower our payment so we can stay in our home. The doctor's letter is enclosed."],
        ["Delbert F. Amundsen", "Marjorie L. Amundsen"], seed + 540, app.machine, date_style=abbr_date)
    p.scan("MAILROOM_20490610_0007.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 501)),
        (app_doc(), scan_paper(pg4(app, fill), style, seed + 502, before=[look_spirit])),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 503)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 504)),
        (letter_doc(va), scan_paper(va.paper, style, seed + 505)),
        (letter_doc(medical), scan_paper(md, style, seed + 506, after=[look_onionskin])),
        (hardship_doc(on), scan_paper(hl, style, seed + 507))], style)
    return p


def packet_ci6(seed: int) -> Packet:
    """An 81-year-old widow renting her upstairs apartment: the bank's form filled on screen, two print-image
    statements, a typed letter and her account book - and no 4506-C."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2049, 9, 15)
    addr = ["22 Church Hill Road", "Harlan Mill, VT 05733"]
    app = App("0019975530", "Florence A. Whitcomb", "970-16-5528", "22 Church Hill Road", "Harlan Mill", "VT",
              "05733", "(802) 555-0133", "primary_residence", ["increase_in_housing_expenses"], dt.date(2049, 4, 1),
              "long", {"benefits_taxable": 1318.00, "rental": 725.00}, dt.date(2049, 9, 8), seed=seed * 100 + 61,
              machine=seed * 10 + 10)
    p = Packet("ci6", received, app, ["irs_form_4506c"])
    name = f"WHITCOMB {app.loan}"
    p.pdf(f"{name} application.pdf", paper_pdf(hmsb22(app, "WHITE - BANK COPY", dt.date(2049, 9, 8), carbon=False)),
          (app_doc(), 1))
    credits = [(1, "PENSION DEP VT MUNI EMPL RET", 1318.00), (3, "DEPOSIT - RENT APT 2", 725.00)]
    s1 = legacy_statement(rng, "Harlan Mill Savings Bank", "9 Mill Race Street  Harlan Mill VT 05733",
                          "Florence A Whitcomb", addr, "441020873319", 2049, 7, 1482.16, credits, seed + 600)
    s2 = legacy_statement(rng, "Harlan Mill Savings Bank", "9 Mill Race Street  Harlan Mill VT 05733",
                          "Florence A Whitcomb", addr, "441020873319", 2049, 8, s1.fields["ending_balance"],
                          [(1, "PENSION DEP VT MUNI EMPL RET", 1318.00), (4, "DEPOSIT - RENT APT 2", 725.00)],
                          seed + 601)
    p.pdf(f"{name} stmt JUL.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf(f"{name} stmt AUG.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    style = Scan(dpi=200, mode="color", tilt=0.5, blur=0.5, noise=0.0003)
    on = dt.date(2049, 9, 8)
    hl = typed_letter(addr, on, ["Harlan Mill Savings Bank", "9 Mill Race Street", "Harlan Mill, VT 05733"],
                      f"Re: Loan {app.loan}", [
        "This spring the town reappraised every house in the village and my taxes went from $3,140 to $4,980 a "
        "year. The bank raised my monthly payment in April to make up the escrow, and the oil for the furnace "
        "went up again as well.",
        "I live on my pension from the town and the rent from the upstairs apartment, which Mrs. Tatro has rented "
        "for nine years. I have enclosed my bank statements and my account book. I have never been late in "
        "thirty-one years and I would like to stay in the house my husband built. Please help me lower the "
        "payment."], ["Florence A. Whitcomb"], seed + 610, app.machine, salutation="Dear Mr. Perkins:")
    p.scan(f"{name} letter.pdf", [(hardship_doc(on), scan_paper(hl, style, seed + 611, after=[aged(0.15)]))], style)
    ledger = notebook_ledger("Accounts - August 2049", [
        ("Aug 1", "Town pension", "1,318.00", ""), ("Aug 1", "Mortgage (bank)", "", "1,386.40"),
        ("Aug 4", "Rent - Mrs. Tatro", "725.00", ""), ("Aug 5", "Green Mtn Power", "", "84.11"),
        ("Aug 9", "Groceries", "", "63.20"), ("Aug 12", "Oil - prebuy", "", "250.00"),
        ("Aug 15", "Telephone", "", "58.75"), ("Aug 19", "Drug store", "", "41.90"),
        ("Aug 23", "Groceries", "", "55.48"), ("Aug 30", "Church", "", "25.00"),
        ("", "Total", "2,043.00", "1,964.84")], seed + 620)
    p.scan(f"{name} budget.pdf", [(letter_doc(ledger), scan_paper(ledger.paper, style, seed + 621,
                                                                  after=[aged(0.4)]))], style)
    return p


def annuity_statement(contract: str, owner: str, address: Sequence[str], year: int, month: int, begin: float,
                      payment: float, rate: float, seed: int) -> Letter:
    """A farm-bureau life insurer's monthly ANNUITY STATEMENT, dot-matrix on blue-bar stock."""
    start, end = month_bounds(year, month)
    interest = r2(begin * rate / 12)
    ending = r2(begin + interest - payment)
    lines = ["HEARTLAND FARM BUREAU LIFE INSURANCE COMPANY", "ANNUITY SERVICE CENTER  PO BOX 1960  COLUMBIA MO 65205",
             "", f"{'MONTHLY ANNUITY STATEMENT':<44}STATEMENT DATE {mdy2(end + dt.timedelta(days=3))}",
             f"{'':<44}PERIOD {mdy2(start)} - {mdy2(end)}", "", owner.upper(), *(a.upper() for a in address), "",
             f"CONTRACT NUMBER ........ {contract}", "PLAN ................... SINGLE PREMIUM IMMEDIATE ANNUITY",
             "PAYOUT OPTION .......... LIFE WITH 10 YEARS CERTAIN", f"GUARANTEED RATE ........ {rate * 100:.2f}%", "",
             f"{'ACCOUNT ACTIVITY':<40}{'AMOUNT':>14}",
             f"{'BEGINNING CONTRACT VALUE':<40}{money(begin):>14}",
             f"{'INTEREST CREDITED':<40}{money(interest):>14}",
             f"{'MONTHLY INCOME PAYMENT ' + start.strftime('%m/%d/%y'):<40}{'-' + money(payment):>14}",
             f"{'ENDING CONTRACT VALUE':<40}{money(ending):>14}", "",
             f"YOUR MONTHLY INCOME PAYMENT OF ${money(payment)} IS PAID ON THE FIRST",
             "OF EACH MONTH BY DIRECT DEPOSIT. FEDERAL TAX WITHHELD: NONE ELECTED.", "",
             "QUESTIONS? CALL YOUR FARM BUREAU AGENT OR 1-800-555-0119."]
    return Letter(dot_notice(lines, seed, Color(0.85, 0.9, 0.97)), "investment_statement", end)


def packet_ci7(seed: int) -> Packet:
    """A bachelor farmer's Form 710, typed and copied and copied again, with his pension letter, two monthly
    annuity statements and the letter that explains his "other" hardship."""
    received = dt.date(2049, 7, 13)
    addr = ["9 Persimmon Ridge Road", "Licking Fork, MO 65542"]
    app = App("0058812347", "Virgil T. Haskins", "982-70-3361", "9 Persimmon Ridge Road", "Licking Fork", "MO",
              "65542", "(573) 555-0126", "primary_residence", ["other"], dt.date(2049, 2, 15), "long",
              {"benefits_taxable": 1365.00, "investment": 410.00}, dt.date(2049, 7, 6),
              other_text="Caring for my disabled brother", seed=seed * 100 + 71, machine=seed * 10 + 11)
    p = Packet("ci7", received, app, [])
    style = Scan(dpi=300, mode="grey", tilt=0.25, blur=0.55, noise=0.0002, quality=68)
    on_p = dt.date(2049, 5, 1)
    pension = Letter(printed_letter(
        ("TEXCOMA COUNTY EMPLOYEES' RETIREMENT PLAN", ["Courthouse Annex, Room 12  -  Licking Fork, Missouri 65542",
                                                      "(573) 555-0177"], Color(0.3, 0.15, 0.1), ""),
        on_p, ["Virgil T. Haskins", *addr], "Verification of retirement benefit", [
            "At your request, this letter verifies that you receive a monthly retirement benefit from the Texcoma "
            "County Employees' Retirement Plan, based on 28 years of service with the county road and bridge "
            "department.",
            "The benefit is paid on the last business day of each month. It is taxable income for federal and "
            "Missouri purposes, and a Form 1099-R is mailed each January."],
        ["Sincerely,", "Plan Administrator"],
        [("Monthly benefit (gross)", "$" + money(1365.00)), ("Frequency", "Monthly"),
         ("Benefit began", "September 1, 2031")], sign_seed=seed + 701), "benefit_award_letter", on_p, 1365.00,
        "benefits_taxable")
    a1 = annuity_statement("FA-2231078", "Virgil T Haskins", addr, 2049, 5, 38412.66, 410.00, 0.035, seed + 710)
    begin2 = r2(38412.66 + r2(38412.66 * 0.035 / 12) - 410.00)
    a2 = annuity_statement("FA-2231078", "Virgil T Haskins", addr, 2049, 6, begin2, 410.00, 0.035, seed + 711)
    on = dt.date(2049, 7, 6)
    hl = typed_letter(addr, on, ["Ozark Hollow Community Bank", "Loan Department", "Licking Fork, Missouri 65542"],
                      f"Re: Loan {app.loan}", [
        "In February my brother Lyle had a fall and could not live alone any longer. He moved in with me at the "
        "home place. He has no income of his own yet except a small check, and I am paying for a woman to come "
        "in three days a week and for his {medecine>medicine}, about $600 a month.",
        "My own income is my county pension and the annuity I bought when I sold the cattle. I have always paid "
        "on time but now the mortgage payment and Lyle's care are more than I have. I ask the bank to lower my "
        "payment so we can stay on the place."], ["Virgil T. Haskins"], seed + 720, app.machine,
        date_style=abbr_date, salutation="Dear Sir or Madam:")
    p.scan(f"Loan {app.loan} Haskins.pdf", [
        (app_doc(), form710_scan(app, style, seed + 730, mdy_short, 1.2, assets=2210.00, after=[copied(2)],
                                 sign_fmt=abbr_date)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 731, after=[copied(2)])),
        (letter_doc(a1), scan_paper(a1.paper, style, seed + 732, after=[copied(1)])),
        (letter_doc(a2), scan_paper(a2.paper, style, seed + 733, after=[copied(1)])),
        (hardship_doc(on), scan_paper(hl, style, seed + 734, after=[copied(2)]))], style)
    return p


def packet_ci8(seed: int) -> Packet:
    """A clerk's PG-4 whose hardship date was x-ed out and never typed again; her county's print-image stubs."""
    received = dt.date(2049, 10, 21)
    addr = ["612 Maple Avenue", "New Hebron, Iowa 50271"]
    wh = Withholding(0.05, 0.044, "IA STATE W/H", (("IPERS", 93.25),))
    make = hourly(18.35, (56.0, 60.0, 48.0, 52.0), (0.0,), ("REG  REGULAR HOURS", "OT   OVERTIME"))
    checks = biweekly_checks(dt.date(2049, 1, 8), dt.date(2049, 10, 15), 5, make, f"ci8{seed}")
    stubs = [county_stub("Hollis County, Iowa", "Courthouse  New Hebron IA 50271", "Leona B Fairweather", "100388",
                         "Recorder", checks[:n], wh, seed + 800 + n) for n in (len(checks) - 1, len(checks))]
    app = App("0036604718", "Leona B. Fairweather", "946-81-7702", "612 Maple Avenue", "New Hebron", "IA", "50271",
              "(641) 555-0115", "primary_residence", ["reduction_in_income"], None, "long", {"wages": 1650.00},
              dt.date(2049, 10, 14), seed=seed * 100 + 81, machine=seed * 10 + 12)
    p = Packet("ci8", received, app, ["application_field:hardship_start_date"])
    style = Scan(dpi=240, mode="color", tilt=0.4, blur=0.5, noise=0.0003)
    fill = PGFill(zero="NONE", co_none=True, xout={"11": "08/12/49"}, date_fmt=mdy_short, savings=286.00,
                  afford=800.00)
    loan = app.loan
    p.scan(f"LN{loan}_1.pdf", [(app_doc(), scan_paper(pg4(app, fill), style, seed + 810, before=[look_spirit],
                                                      after=[aged(0.15)]))], style)
    p.pdf(f"LN{loan}_2.pdf", paper_pdf(stubs[0].paper), (stub_doc(stubs[0]), 1))
    p.pdf(f"LN{loan}_3.pdf", paper_pdf(stubs[1].paper), (stub_doc(stubs[1]), 1))
    on = dt.date(2049, 10, 14)
    hl = typed_letter(addr, on, ["Prairie Grange Federal Credit Union", "212 Elevator Road",
                                 "Marrow Creek, Nebraska 68843"], f"Re: Loan {loan}", [
        "I have worked in the county recorder's office for twenty-two years. This year the supervisors cut the "
        "part-time hours in the courthouse and I went from full weeks to about three days a week. My pay is a "
        "good deal less than when I took out the loan.",
        "I have no other income until I draw my Social Security. I would like to keep my house and ask the credit "
        "union to lower my payment for a while. My {las>last} two pay stubs are enclosed."],
        ["Leona B. Fairweather"], seed + 820, app.machine, date_style=long_date)
    p.scan(f"LN{loan}_4.pdf", [(hardship_doc(on), scan_paper(hl, style, seed + 821))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ci1, packet_ci2, packet_ci3, packet_ci4, packet_ci5, packet_ci6,
                                             packet_ci7, packet_ci8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the sums."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    app_keys = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
                "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}
    field_keys = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                               "gross_current", "gross_ytd", "net_current", "monthly_gross"},
                  "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                     "ending_balance"},
                  "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
                  "hardship_letter": {"letter_date"}, "medical_statement": {"letter_date"},
                  "profit_and_loss_statement": {"period_start", "period_end", "net_income", "signed"},
                  "irs_form_4506c": {"signed", "signed_on"}}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        dt.date.fromisoformat(exp["received_on"])
        if not (exp["loan_number"].isdigit() and 6 <= len(exp["loan_number"]) <= 15):
            problems.append(f"{name}: loan number {exp['loan_number']}")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app is not None:
            if set(app) != app_keys:
                problems.append(f"{name}: application keys {sorted(app)}")
            if app["loan_number"] != exp["loan_number"]:
                problems.append(f"{name}: application loan number")
            if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
                problems.append(f"{name}: bad occupancy or hardship code")
            if not set(app["income"]) <= set(INCOMES) | {"total"}:
                problems.append(f"{name}: bad income code")
            if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
                problems.append(f"{name}: income total")
            for k in ("hardship_start_date", "signed_on"):
                if app[k] is not None:
                    dt.date.fromisoformat(app[k])
            if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
                problems.append(f"{name}: co-borrower name and signature disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            want = field_keys.get(doc["type"], set())
            if set(doc["fields"]) != want:
                problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])}")
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
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: year to date below the current gross {f}")
            if doc["type"] == "benefit_award_letter" and doc["fields"]["benefit_type"] not in INCOMES:
                problems.append(f"{name}: benefit type {doc['fields']}")
        for rel in sorted(readers):
            listed = {n for f, n in seen if f == rel}
            if len(readers[rel].pages) - len(listed) > 1:  # a cover or separator sheet at most
                problems.append(f"{name}: {rel} has unlisted pages")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ci1 ..)")
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
