"""Holdout set cd (cd1..cd8): TEXT LAYERS THAT MISLEAD AND ODD PAGE GEOMETRY. Written BLIND - from shared/spec
(README, checklist.md, case-report.schema.json, form710.md, domain-rules.md), shared/samples (the packets, their
expected.json and README), shared/reference/README.md and the blank Form 710 and Form 4506-C it names,
tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py in
full (the scaffold: signatures, scan noise, invariant reportlab output, expected.json, --check) and only the module
docstrings of the other holdout_packets_*.py - never the service's code (src/), its .yaml data files, its other
tests, the project README or the git history, and the service was not run on these packets.

    python benchmarks/holdout_packets_cd.py OUT_DIR [--seed N] [--check] [--only cd1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them; each packet is one
batch processed with `--received-on <received_on>` (Tuesdays, March to October 2053).

THEME. Many PDFs carry a text layer that is not the page, and many pages are not letter-size portrait:
- NONSENSE LAYER: the servicer's portal prints its form in subset TrueType fonts (DejaVu) whose glyph codes are
  assigned in order of first use, then its /ToUnicode maps are deleted (pypdf): the text extracts as control
  characters and the page reads only by OCR (cd2, cd6; type text: born-digital, `scanned` false).
- POOR OCR LAYER: an office copier's "searchable PDF" (cd3, cd7): a clean 300 dpi grey image under invisible words
  (text render mode 3, each word stretched to its box, turned with the sheet) taken from the printed page, then
  spoiled - about one line in six left out, 0/O, 1/l, I/1, 5/S, 8/B swapped in two words of five that hold one,
  letters dropped, doubled, "m" read "rn", "e" read "c"; hand-writing never in the layer.
- STAMP-ONLY LAYER: scans whose only text is a stamp laid over the image - a receiving fax server's "Received
  06/17/2053 10:41 AM  Page 3 of 9 ..." on every page of a fax whose images also carry the SENDING machine's header
  line (cd4), and a servicer mailroom's imaging footer "WHMS MAILROOM  Batch 0722-0147  Received 07/22/2053  Page n
  of 10" (cd5). The "Page n of N" counts the file's pages, not the document's.
- NO TEXT AT ALL on a born-digital page: e-statements whose every glyph is drawn as a filled vector outline (glyph
  paths read from PDFium's standard fonts): no text layer and no image (cd1, cd8; `scanned` false).
- GEOMETRY: US Legal (8.5 x 14) pages for a state's monetary determination (cd4, faxed) and a circuit court's
  divorce decree (cd5, scanned); A4 pages of a transfer letter from the employer's head office in Rotterdam (cd7);
  a half-letter (5.5 x 8.5) clinic pay stub (cd1); each bank statement's pages 1 and 2 printed 2-up side by side on
  ONE landscape sheet and colour-scanned (cd2: one PDF page per statement, listed once); a landscape stub stored as a
  portrait page with its content drawn turned and /Rotate 90 (cd2, born-digital) and a landscape stub fed portrait
  into a copier that set /Rotate 90 on the image page (cd3) versus one that reached a fax SIDEWAYS, drawn turned with
  no /Rotate (cd4); a print vendor's letter whose MediaBox (9 x 12 in) holds crop marks and a print-run slug outside
  the letter-size CropBox (cd6), and a flatbed's whole-glass colour scan (8.5 x 11.69 in) cropped to the sheet by a
  CropBox (cd8); a diner's check stub cut off its check, a strip ONE INCH tall, scanned alone (cd6).
expected.json page numbers are the PDF's pages. `scanned` is true for every page whose picture is a raster image
(scans, faxes, photos - whatever text lies over them) and false for born-digital pages (the nonsense-layer forms and
the outlined statements included): the README's "images without a text layer" read as "pictures of paper".

LAYOUTS. Applications: the real Form 710 (April 2023) through its AcroForm, typed and signed on screen (cd1),
typed, printed, signed and dated in ink by both spouses and copier-scanned (cd3) or mailroom-scanned (cd5); the
BLANK Form 710 printed and filled entirely by pen in block capitals (X in the boxes), faxed (cd4) or PHOTOGRAPHED
on a table (cd8). Wexcombe Harbor Mortgage Servicing's portal summary "Online Assistance Request" (Form WHM-7, two
pages: a teal band, "Request ID | Submitted | Loan" line, six numbered steps of grey question / bold answer rows on
dotted rules - "Step 1 of 6 - Your loan" .. "Step 6 of 6 - Review and sign" -, occupancy, reasons and duration as
the portal's words, an income table of eight sources with "-" for none and a shaded total row, two signature boxes
with "DATE SIGNED (MM/DD/YYYY)" boxes beside them), signed on screen (cd2, cd6: nonsense layer) or printed and
signed in ink (cd7: OCR layer). Pay: a clinic's half-letter semi-monthly EARNINGS STATEMENT (cd1); a landscape
STATEMENT OF EARNINGS AND DEDUCTIONS with a shaded particulars panel (bi-weekly cd2, cd3; weekly cd4); a payroll
service's portrait Pay Statement over a non-negotiable direct-deposit advice (bi-weekly cd5, cd7); the diner's
one-inch weekly stub with tips (cd6). Every year-to-date figure is the sum of that year's checks; semi-monthly pay
days on a weekend move to the Friday before. Statements: an e-statement with a signed-amount register ("Page n of
N", cd1 two pages, cd8 one), a bank's two-page statement with deposits and withdrawals apart and daily balances
(cd2 joint checking, cd3 business checking). Letters and papers: hardship letters (typed; signed in ink when
printed), a retirement board's disability annuity award and a disability insurer's LTD approval (taxable), the
state's notice of monetary determination (unemployment_benefit_letter), the decree, the transfer letter, page 1 of
the real IRS Form 4506-C typed and signed in ink, a funeral home's statement of goods and services (other - not an
obituary), a copy shop's fax cover sheet and the mailroom's Code 128 "LOAN <number>" separator sheet (neither is a
document).

PACKETS (C complete, I incomplete, by checklist.md on received_on; 65 document pages, 44 of them scanned, faxed or
photographed):
- cd1 C 2053-03-18: folder named after the loan, e-mailed born-digital - Form 710 on screen (wages, child support
  on the "other" line; reduction in income needs no papers), ONE file of two half-letter stubs, two consecutive
  outlined e-statements (show the child support), a typed letter.
- cd2 C 2053-04-22: loose "<loan>_..." files - WHM-7 with the nonsense layer signed by both, the /Rotate 90 stub
  (wages), both statements 2-up in one colour scan (pension and rent deposits: benefits_taxable, rental), the signed
  4506-C (rental needs it) and the letter in colour; higher housing costs need no papers.
- cd3 I irs_form_4506c 2053-05-13: ONE copier scan with OCR layers behind the separator sheet - Form 710 in ink by
  both (disaster; self-employment and the wife's wages), the letter, her stub fed sideways (/Rotate 90), the roofing
  business's April and March statements (newest first); self-employment is claimed and no 4506-C was sent.
- cd4 I income_doc:wages 2053-06-17: ONE fax with stamp-only layers behind a hand-filled cover - the pen-filled
  Form 710 (unemployment and the husband's part-time wages), the two-page Legal determination, his sideways stub
  paid 02/21/2053 (116 days before receipt: stale) and no bank statements; unemployment income needs nothing.
- cd5 C 2053-07-22: ONE mailroom scan with the footer stamp behind the separator sheet - Form 710 in ink
  (divorce), the three-page Legal decree (documents the divorce), a fresh stub, the signed letter.
- cd6 I application_signature 2053-08-19: loose files - WHM-7 with the nonsense layer naming the husband as
  co-borrower, signed and dated only by the wife; the one-inch stub (wages, fresh, YTD); the print vendor's LTD award
  with its CropBox (benefits_taxable); a photographed signed letter (the illness).
- cd7 C 2053-09-16: folder named after the loan - four copier "searchable PDFs" (WHM-7 signed in ink by both, a stub,
  the disability annuity award, the letter) and the employer's A4 transfer letter (documents the relocation).
- cd8 I application_field:hardship_start_date, hardship_doc:death 2053-10-21: loose files - the pen-filled Form 710
  photographed with the hardship's start date left empty (death; wages and survivor benefits), two consecutive
  outlined one-page statements (document both incomes), the glass-scanned funeral home statement (other) and a
  photographed letter - but no death certificate, obituary or newspaper article.

Expected status and missing codes are not written by hand: `codes_from_expected` applies shared/spec/checklist.md
to the values recorded in expected.json and must agree with each packet's scenario. `--check` validates every
expected.json against case-report.schema.json (each value put in a field with confidence 1), its keys, codes, field
names per document type, dates (none after receipt), pay-stub monthly gross, that statements of one account chain,
and every page of every file: that it belongs to exactly one document (or is a separator or cover sheet), that
`scanned` matches a raster image on the page, that its text layer is what the packet meant (true text printing the
stub's, statement's and award's amounts; nonsense without /ToUnicode; none with many outline curves; a render-mode-3
OCR layer that differs from the page; only the stamp), and its MediaBox, /Rotate and CropBox. Every file is the
same bytes for a seed: reportlab runs in invariant mode, scans and photos use seeded noise, pypdf output carries
fixed identifiers. All people, employers, banks, courts and servicers are fictional (the public agencies and IRS
form aside); SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.
"""

from __future__ import annotations

import argparse
import ctypes
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
import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject, NumberObject, RectangleObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4, LEGAL, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)
logging.getLogger("pdfminer").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
SCHEMA = SHARED / "spec" / "case-report.schema.json"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
BLOCK_FONT = FONT_DIR / "dejavu/DejaVuSansCondensed-Oblique.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
HALF_LETTER = (396.0, 612.0)
STRIP = (612.0, 72.0)  # a check stub cut off its check: 8.5 x 1 inch

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
SERVICER = "Wexcombe Harbor Mortgage Servicing"

# The servicer's portal writes its forms in subset TrueType fonts whose codes are assigned in order of first use
# (not ASCII); the ToUnicode maps are removed afterwards, so the text layer of those pages decodes to nonsense.
pdfmetrics.registerFont(TTFont("WX", str(FONT_DIR / "dejavu/DejaVuSans.ttf"), asciiReadable=False))
pdfmetrics.registerFont(TTFont("WXB", str(FONT_DIR / "dejavu/DejaVuSans-Bold.ttf"), asciiReadable=False))
pdfmetrics.registerFont(TTFont("WXM", str(FONT_DIR / "dejavu/DejaVuSansMono.ttf"), asciiReadable=False))


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives (after the af scaffold) ---------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig"), hand-written text ("hand") or block capitals ("block").
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
    synth_font: str = "Helvetica"
    synth_xy: tuple[float, float] | None = None  # where the synthetic line ends, when not at the foot's right
    synth: bool = True  # False: the page functions draw the synthetic line themselves


def synth_line(c: Canvas, size: tuple[float, float] = letter, font: str = "Helvetica",
               xy: tuple[float, float] | None = None) -> None:
    c.saveState()
    c.setFont(font, 5.5)
    c.setFillGray(0.72)
    x, y = xy or (size[0] - 24, 10 if size[1] > 100 else 3)
    c.drawRightString(x, y, SYNTH)
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


def apply_screen_marks(c: Canvas, marks: Sequence[Mark], font: str = "Courier") -> None:
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        else:  # typed on screen
            c.setFont(font, 10)
            c.drawString(m.x, m.y, m.text)


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_cd"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- text drawn as vector outlines -----------------------------------------------------------------------------

_GLYPH_DOC: list[Any] = []
_GLYPH_FONTS: dict[str, Any] = {}
_GLYPHS: dict[tuple[str, str], list[tuple[int, float, float, bool]]] = {}


def glyph_outline(font: str, ch: str) -> list[tuple[int, float, float, bool]]:
    """The outline of one glyph of a standard PDF font in em units, read through PDFium: (type, x, y, close) with
    type 0 line, 1 bezier point, 2 move."""
    key = (font, ch)
    if key not in _GLYPHS:
        if not _GLYPH_DOC:
            _GLYPH_DOC.append(pdfium.PdfDocument.new())
        if font not in _GLYPH_FONTS:
            _GLYPH_FONTS[font] = pdfium_raw.FPDFText_LoadStandardFont(_GLYPH_DOC[0].raw, font.encode())
        segs: list[tuple[int, float, float, bool]] = []
        path = pdfium_raw.FPDFFont_GetGlyphPath(_GLYPH_FONTS[font], ord(ch), 1.0)
        if path:
            for i in range(pdfium_raw.FPDFGlyphPath_CountGlyphSegments(path)):
                seg = pdfium_raw.FPDFGlyphPath_GetGlyphPathSegment(path, i)
                x, y = ctypes.c_float(), ctypes.c_float()
                pdfium_raw.FPDFPathSegment_GetPoint(seg, x, y)
                segs.append((pdfium_raw.FPDFPathSegment_GetType(seg), x.value, y.value,
                             bool(pdfium_raw.FPDFPathSegment_GetClose(seg))))
        _GLYPHS[key] = segs
    return _GLYPHS[key]


class OutlineCanvas(Canvas):
    """A canvas that draws every string as filled glyph outlines: the page looks typed and holds no text at all
    (what some statement engines and 'print as image' drivers produce)."""

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        font, size = self._fontname, self._fontsize
        path = self.beginPath()
        pen = x
        for ch in text:
            segs = glyph_outline(font, ch)
            bez: list[tuple[float, float]] = []
            for kind, gx, gy, close in segs:
                px, py = pen + gx * size, y + gy * size
                if kind == 2:
                    path.moveTo(px, py)
                elif kind == 0:
                    path.lineTo(px, py)
                else:
                    bez.append((px, py))
                    if len(bez) == 3:
                        path.curveTo(*bez[0], *bez[1], *bez[2])
                        bez = []
                if close:
                    path.close()
            pen += stringWidth(ch, font, size)
        self.drawPath(path, stroke=0, fill=1, fillMode=1)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.drawString(x - stringWidth(text, self._fontname, self._fontsize), y, text)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.drawString(x - stringWidth(text, self._fontname, self._fontsize) / 2, y, text)


# --- born-digital files --------------------------------------------------------------------------------------


def paper_pdf(paper: Paper, screen_marks: bool = True, outline: bool = False, creator: str = "") -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    cls = OutlineCanvas if outline else Canvas
    c = cls(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    if creator:
        c.setCreator(creator)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks, "WXM" if paper.synth_font == "WX" else "Courier")
        if paper.synth:
            synth_line(c, paper.size, paper.synth_font, paper.synth_xy)
        c.showPage()
    c.save()
    return buf.getvalue()


def strip_tounicode(pdf: bytes, tag: str) -> bytes:
    """Remove every font's /ToUnicode map: the text layer keeps its glyph codes but no longer says what they mean."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for page in writer.pages:
        fonts = page["/Resources"].get("/Font") or {}
        for key in fonts:
            font = fonts[key].get_object()
            if "/ToUnicode" in font:
                del font["/ToUnicode"]
            for desc in font.get("/DescendantFonts") or []:
                d = desc.get_object()
                if "/ToUnicode" in d:
                    del d["/ToUnicode"]
    return fixed_pypdf_bytes(writer, tag)


def set_boxes(pdf: bytes, tag: str, rotate: dict[int, int] | None = None,
              crop: dict[int, tuple[float, float, float, float]] | None = None) -> bytes:
    """Set /Rotate and /CropBox on pages (0-based) of a PDF."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for i, page in enumerate(writer.pages):
        if rotate and i in rotate:
            page[NameObject("/Rotate")] = NumberObject(rotate[i])
        if crop and i in crop:
            page.cropbox = RectangleObject(crop[i])
    return fixed_pypdf_bytes(writer, tag)


# --- printing, ink, scanning, faxing, photographing ---------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.5
    noise: float = 0.0004
    kind: str = "grey"  # grey | fax | colour
    tone: tuple[int, int, int] = (246, 244, 236)  # the paper under a colour scanner's lamp
    ink: tuple[int, int, int] = (28, 40, 120)  # blue-black ballpoint on a colour scan


GREY300 = Scan(300, 0.25, 0.5, 0.0004)
CLEAN300 = Scan(300, 0.15, 0.35, 0.0001)  # an office copier's careful scan: the image is clean
FAX200 = Scan(200, 0.35, 0.4, 0.0008, "fax")
COLOUR200 = Scan(200, 0.4, 0.55, 0.0005, "colour")


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float,
                 ink: int | tuple[int, int, int]) -> None:
    """Signatures and hand-written words drawn on a printed page's image, as a pen would add them."""
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=ink, width=width, joint="curve")
            continue
        rng = random.Random(m.seed)
        block = m.kind == "block"
        font = _font(BLOCK_FONT if block else HAND_FONT, round(m.size * scale))
        text = m.text.upper() if block else m.text
        x = m.x * scale
        for ch in text:
            dy = rng.uniform(-0.9, 0.9) * scale
            draw.text((x, (page_h - m.y) * scale + dy), ch, fill=ink, font=font, anchor="ls")
            x += font.getlength(ch) * (rng.uniform(1.02, 1.16) if block else rng.uniform(0.95, 1.08))


def render_pages(pdf: bytes, dpi: int, colour: bool = False) -> list[tuple[Image.Image, float, float]]:
    """Each page of a PDF as an image at dpi (grey, or RGB for a colour scan), with the page's size in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            bitmap = page.render(scale=dpi / 72, grayscale=not colour, may_draw_forms=True)
            img = bitmap.to_pil().convert("RGB" if colour else "L")
            out.append((img, page.get_width(), page.get_height()))
        return out
    finally:
        doc.close()


def degrade(img: Image.Image, style: Scan, seed: int) -> tuple[Image.Image, float]:
    """The scanner's or fax machine's copy of a printed sheet, and the angle (degrees, counter-clockwise) it lay at."""
    rng = random.Random(seed)
    angle = style.tilt * (1 if seed % 2 else -1)
    fill: int | tuple[int, int, int] = (255, 255, 255) if img.mode == "RGB" else 255
    out = img.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=fill)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if style.kind == "grey":
        out = out.point(lambda v: int(18 + v * 0.91))
    elif style.kind == "colour":
        arr = np.asarray(out, dtype=np.float32)
        tone = np.array(style.tone, dtype=np.float32) / 255.0
        wd = arr.shape[1]
        lamp = (0.97 + 0.03 * np.linspace(0, 1, wd, dtype=np.float32))[None, :, None]
        arr = arr * tone[None, None, :] * lamp + 4.0
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "RGB")
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        if out.mode == "RGB":
            v = px[x, y][0]
            px[x, y] = (70, 68, 64) if v > 128 else (232, 230, 222)
        else:
            px[x, y] = 60 if px[x, y] > 128 else 230
    if style.kind == "fax":
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out, angle


@dataclass
class Word:
    """One word of a text layer: (x0, y0) its box's bottom-left corner on the page (points, origin bottom-left),
    x1 - x0 and y1 - y0 its width and height along its own direction, turned by angle."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    angle: float = 0.0  # degrees counter-clockwise


@dataclass
class Sheet:
    """One page of an image-only file: the picture, the page size in points, and what lies over it."""

    image: Image.Image
    size: tuple[float, float]
    layer: str = "none"  # none | ocr | stamp
    words: list[Word] = field(default_factory=list)  # ocr: invisible words
    truth: list[str] = field(default_factory=list)  # ocr: what the page really says, word by word
    stamps: list[tuple[float, float, float, str]] = field(default_factory=list)  # visible x, y, size, text
    rotate: int = 0
    crop: tuple[float, float, float, float] | None = None
    fmt: str = "jpeg"  # jpeg (grey or colour) | png (a fax's black and white)


def words_of(pdf: bytes) -> list[list[Word]]:
    """The printed words of each page of a born-digital PDF with their boxes (the synthetic line left out)."""
    out: list[list[Word]] = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            ph = float(page.height)
            words = []
            for w in page.extract_words(x_tolerance=1.5, y_tolerance=2):
                if (float(w["bottom"]) > ph - 16 and w["text"] in SYNTH.split()) or not w["text"].isprintable():
                    continue
                words.append(Word(float(w["x0"]), ph - float(w["bottom"]), float(w["x1"]), ph - float(w["top"]),
                                  w["text"]))
            out.append(words)
    return out


CONFUSE = {"0": "O", "O": "0", "1": "l", "l": "1", "I": "1", "5": "S", "S": "5", "8": "B", "B": "8"}


def poor_ocr(words: Sequence[Word], rng: random.Random) -> list[Word]:
    """What a copier's OCR makes of a clean page: lines missing, confusable characters swapped, words misspelt."""
    lines: dict[int, list[Word]] = {}
    for w in words:
        lines.setdefault(round(w.y0 / 3), []).append(w)
    keys = sorted(lines, reverse=True)  # top of the page first, as OCR engines write their layers
    drop = {k for k in keys if rng.random() < 0.16}
    if keys and not drop:
        drop = {rng.choice(keys)}
    out: list[Word] = []
    for k in keys:
        if k in drop:
            continue
        for w in sorted(lines[k], key=lambda w: w.x0):
            text = w.text
            spots = [i for i, ch in enumerate(text) if ch in CONFUSE]
            if spots and rng.random() < 0.4:
                i = rng.choice(spots)
                text = text[:i] + CONFUSE[text[i]] + text[i + 1:]
            elif text.isalpha() and len(text) > 3 and rng.random() < 0.12:
                i = rng.randrange(1, len(text) - 1)
                text = rng.choice([text[:i] + text[i + 1:], text[:i] + text[i] + text[i:],
                                   text.replace("m", "rn", 1), text.replace("e", "c", 1)])
            out.append(Word(w.x0, w.y0, w.x1, w.y1, text, w.angle))
    return out


def turn_words(words: Sequence[Word], angle: float, size: tuple[float, float]) -> list[Word]:
    """Words moved with a sheet turned by angle degrees (counter-clockwise) about its centre."""
    cx, cy = size[0] / 2, size[1] / 2
    a = math.radians(angle)
    out = []
    for w in words:
        dx, dy = w.x0 - cx, w.y0 - cy
        nx, ny = cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a)
        out.append(Word(nx, ny, nx + (w.x1 - w.x0), ny + (w.y1 - w.y0), w.text, w.angle + angle))
    return out


def scan_pdf(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int, ocr: bool = False,
             extra_words: dict[int, list[Word]] | None = None) -> list[Sheet]:
    """Print a PDF, add the ink marks of each page, and scan (or fax) the sheets; with ocr the scanner lays its own
    poor OCR result over each image as invisible text."""
    colour = style.kind == "colour"
    ink: int | tuple[int, int, int] = style.ink if colour else 35
    layers = words_of(pdf) if ocr else []
    sheets = []
    for i, (img, pw, ph) in enumerate(render_pages(pdf, style.dpi, colour)):
        ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72, ph, ink)
        out, angle = degrade(img, style, seed * 31 + i)
        sheet = Sheet(out, (pw, ph), fmt="png" if style.kind == "fax" else "jpeg")
        if ocr:
            truth = layers[i] + (extra_words or {}).get(i, [])
            sheet.layer = "ocr"
            sheet.truth = [w.text for w in truth]
            sheet.words = turn_words(poor_ocr(truth, random.Random(seed * 97 + i)), angle, (pw, ph))
        sheets.append(sheet)
    return sheets


def paper_bytes(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """A paper as printed (no ink yet) and the ink marks of each page."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        if paper.synth:
            synth_line(c, paper.size, paper.synth_font, paper.synth_xy)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def scan_paper(paper: Paper, style: Scan, seed: int, ocr: bool = False) -> list[Sheet]:
    pdf, marks = paper_bytes(paper)
    return scan_pdf(pdf, marks, style, seed, ocr)


def sideways(sheet: Sheet, clockwise: bool) -> Sheet:
    """A landscape sheet fed into a portrait scanner or fax: the picture turned a quarter, the page portrait."""
    img = sheet.image.rotate(-90 if clockwise else 90, expand=True)
    pw, ph = sheet.size
    words = []
    for w in sheet.words:  # the word's origin turned with the sheet; its width and height stay its own
        x, y = (w.y0, pw - w.x0) if clockwise else (ph - w.y0, w.x0)
        words.append(Word(x, y, x + (w.x1 - w.x0), y + (w.y1 - w.y0), w.text, w.angle + (-90 if clockwise else 90)))
    return Sheet(img, (ph, pw), sheet.layer, words, sheet.truth, sheet.stamps, sheet.rotate, sheet.crop, sheet.fmt)


def photograph(img: Image.Image, seed: int, table: str = "wood") -> Sheet:
    """A phone's picture of a sheet lying on a table: the sheet seen a little from one side and turned, the table
    around it, the lamp's light falling off, a warm cast, colour JPEG; the page is the picture's size."""
    rng = random.Random(seed)
    sheet = img.convert("RGB").resize((1275, round(1275 * img.size[1] / img.size[0])), Image.Resampling.LANCZOS)
    fw, fh = 1500, 2000
    yy, xx = np.mgrid[0:fh, 0:fw].astype(np.float32)
    if table == "wood":
        grain = 0.5 + 0.5 * np.sin(xx / 23.0 + 3.0 * np.sin(yy / 180.0))
        base = np.stack([118 + 40 * grain, 78 + 26 * grain, 44 + 14 * grain], axis=-1)
    else:
        base = np.stack([52 + 0 * xx, 54 + 0 * xx, 58 + 0 * xx], axis=-1)
    bg = Image.fromarray(np.clip(base, 0, 255).astype(np.uint8), "RGB")
    sw, sh = sheet.size
    scale = min(fw * 0.86 / sw, fh * 0.86 / sh)
    tw, th = sw * scale, sh * scale
    ox, oy = (fw - tw) / 2 + rng.uniform(-20, 20), (fh - th) / 2 + rng.uniform(-20, 20)
    k = rng.uniform(0.025, 0.045) * tw  # keystone: the far (top) edge narrower
    twist = math.radians(rng.uniform(0.6, 2.2) * rng.choice((-1, 1)))
    quad = [(ox + k, oy), (ox + tw - k, oy), (ox + tw, oy + th), (ox, oy + th)]
    cx, cy = fw / 2, fh / 2
    quad = [(cx + (x - cx) * math.cos(twist) - (y - cy) * math.sin(twist),
             cy + (x - cx) * math.sin(twist) + (y - cy) * math.cos(twist)) for x, y in quad]
    src = [(0, 0), (sw, 0), (sw, sh), (0, sh)]
    rows, rhs = [], []
    for (x, y), (u, v) in zip(quad, src, strict=True):  # output (x, y) -> input (u, v)
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rhs.append(u)
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.append(v)
    coeffs = np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    warped = sheet.transform((fw, fh), Image.Transform.PERSPECTIVE, tuple(coeffs), Image.Resampling.BICUBIC)
    mask = Image.new("L", sheet.size, 255).transform((fw, fh), Image.Transform.PERSPECTIVE, tuple(coeffs),
                                                     Image.Resampling.BILINEAR)
    shadow = mask.filter(ImageFilter.GaussianBlur(14))
    dark = Image.new("RGB", (fw, fh), (20, 16, 12))
    bg = Image.composite(dark, bg, shadow.point(lambda v: int(v * 0.55)))
    photo = Image.composite(warped, bg, mask)
    arr = np.asarray(photo, dtype=np.float32)
    side = rng.choice((0, 1))
    ramp = np.linspace(1.0, 0.74, fw, dtype=np.float32) if side else np.linspace(0.74, 1.0, fw, dtype=np.float32)
    light = ramp[None, :] * np.linspace(1.0, 0.9, fh, dtype=np.float32)[:, None]
    arr = arr * light[:, :, None] * np.array([1.0, 0.96, 0.86], dtype=np.float32)[None, None, :]
    noise = np.random.default_rng(seed).normal(0, 3.0, arr.shape).astype(np.float32)
    out = Image.fromarray(np.clip(arr + noise, 0, 255).astype(np.uint8), "RGB").filter(ImageFilter.GaussianBlur(0.7))
    return Sheet(out, (fw * 72 / 180, fh * 72 / 180), fmt="jpeg")


def sheets_pdf(sheets: Sequence[Sheet], tag: str, quality: int = 78) -> bytes:
    """Wrap sheets into an image PDF; invisible OCR words (text render mode 3) or visible stamps laid over them,
    /Rotate and /CropBox set where a sheet asks for them."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if sheet.fmt == "png":
            sheet.image.convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=quality)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        for w in sheet.words:
            size = max(3.0, (w.y1 - w.y0) * 0.95)
            natural = stringWidth(w.text, "Helvetica", size) or 1.0
            a = math.radians(w.angle)
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("Helvetica", size)
            t.setHorizScale(max(20.0, min(300.0, 100.0 * (w.x1 - w.x0) / natural)))
            lift = size * 0.18  # from the box's bottom up to the baseline, across the word's direction
            t.setTextTransform(math.cos(a), math.sin(a), -math.sin(a), math.cos(a), w.x0 - math.sin(a) * lift,
                               w.y0 + math.cos(a) * lift)
            t.textOut(w.text)
            c.drawText(t)
        for x, y, size, text in sheet.stamps:
            c.setFont("Helvetica", size)
            c.setFillColor(black)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    rotate = {i: s.rotate for i, s in enumerate(sheets) if s.rotate}
    crop = {i: s.crop for i, s in enumerate(sheets) if s.crop}
    if rotate or crop:
        return set_boxes(buf.getvalue(), tag, rotate, crop)
    return buf.getvalue()


# --- pay -------------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def month_end(d: dt.date) -> dt.date:
    return dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1) - dt.timedelta(days=1)


def pay_calendar(current: dt.date, frequency: str, lag: int) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) of every check of current's year up to current. Weekly and bi-weekly
    periods end `lag` days before the pay date; semi-monthly checks pay the 1st-15th on the 15th and the 16th-end
    on the month's last day, on the Friday before when that falls on a weekend."""
    out = []
    if frequency == "semimonthly":
        for month in range(1, current.month + 1):
            first = dt.date(current.year, month, 1)
            for end, start in ((first.replace(day=15), first), (month_end(first), first.replace(day=16))):
                pay = end - dt.timedelta(days=max(0, end.weekday() - 4))  # a weekend pay day moves to Friday
                if pay <= current:
                    out.append((pay, start, end))
        return out
    step = 7 if frequency == "weekly" else 14
    d = current
    while d.year == current.year:
        end = d - dt.timedelta(days=lag)
        out.append((d, end - dt.timedelta(days=step - 1), end))
        d -= dt.timedelta(days=step)
    return out[::-1]


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    state_name: str = "State income tax"
    deductions: tuple[tuple[str, float], ...] = ()

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
               "Medicare": r2(gross * 0.0145)}
        if self.state:
            out[self.state_name] = r2(gross * self.state)
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


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


@dataclass
class PayRun:
    """One job's checks for the year up to the stub's pay date."""

    employer: str
    employee: str
    frequency: str
    checks: list[Check]
    wh: Withholding

    @property
    def cur(self) -> Check:
        return self.checks[-1]

    @property
    def ytd(self) -> dict[str, float]:
        return ytd_of(self.checks, self.wh)

    @property
    def net(self) -> float:
        return net_of(self.cur, self.wh)

    def fields(self) -> dict[str, Any]:
        ch = self.cur
        return {"employer": self.employer, "employee_name": self.employee, "pay_date": ch.pay_date.isoformat(),
                "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": self.frequency,
                "gross_current": ch.gross, "gross_ytd": self.ytd["GROSS"], "net_current": self.net,
                "monthly_gross": r2(ch.gross * PERIODS[self.frequency] / 12)}


def hourly_run(employer: str, employee: str, key: str, pay_date: dt.date, frequency: str, lag: int, rate: float,
               hours: float, wh: Withholding, extra: Sequence[tuple[str, float, float]] = ()) -> PayRun:
    """Checks of an hourly job: regular hours varying a little from check to check, and extra lines (label, rate,
    typical hours) that come and go."""
    checks = []
    for pay, start, end in pay_calendar(pay_date, frequency, lag):
        rr = random.Random(f"{key}|{pay.isoformat()}")
        reg = hours + rr.choice([0.0, 0.0, -4.0, -2.5, 1.5, 3.0])
        lines = {"Regular": (reg, rate, r2(reg * rate))}
        for label, xrate, typical in extra:
            h = rr.choice([0.0, typical * 0.5, typical, typical * 1.5])
            if h or pay == pay_date:
                h = h or typical
                lines[label] = (h, xrate, r2(h * xrate))
        checks.append(Check(pay, start, end, lines))
    return PayRun(employer, employee, frequency, checks, wh)


def earnings_labels(run: PayRun) -> list[str]:
    labels: list[str] = []
    for ch in run.checks:
        for k in ch.lines:
            if k not in labels:
                labels.append(k)
    return labels


def halfletter_stub(run: PayRun, address: str, emp_id: str, position: str) -> Stub:
    """A clinic's half-letter (5.5 x 8.5 in) earnings statement, printed two to a sheet and cut."""
    ch, ytd, net, wh = run.cur, run.ytd, run.net, run.wh
    size = HALF_LETTER
    pw, ph = size

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 13)
        c.drawCentredString(pw / 2, ph - 40, run.employer)
        c.setFont("Times-Roman", 7.5)
        c.drawCentredString(pw / 2, ph - 51, address)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(pw / 2, ph - 68, "EARNINGS STATEMENT")
        c.setLineWidth(0.5)
        c.rect(24, ph - 140, pw - 48, 62, stroke=1, fill=0)
        info = [("Employee", run.employee), ("Employee ID", emp_id), ("Position", position),
                ("Period", f"{mdy(ch.start)} - {mdy(ch.end)}"), ("Pay date", mdy(ch.pay_date)),
                ("Frequency", "Semi-monthly" if run.frequency == "semimonthly" else run.frequency.title())]
        for i, (k, v) in enumerate(info):
            x = 30 if i < 3 else 210
            y = ph - 92 - 16 * (i % 3)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x, y, k.upper())
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 50, y, v)
        y = ph - 160
        c.setFont("Helvetica-Bold", 6.5)
        for x, t in ((26, "EARNINGS"), (170, "HOURS"), (215, "RATE"), (290, "CURRENT"), (368, "YEAR TO DATE")):
            if x == 26:
                c.drawString(x, y, t)
            else:
                c.drawRightString(x, y, t)
        c.line(24, y - 3, pw - 24, y - 3)
        y -= 13
        c.setFont("Helvetica", 7.5)
        for lab in earnings_labels(run):
            hrs, rate, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(26, y, lab)
            if hrs:
                c.drawRightString(170, y, f"{hrs:.2f}")
                c.drawRightString(215, y, f"{rate:.2f}")
                c.drawRightString(290, y, money(amt))
            c.drawRightString(368, y, money(ytd[lab]))
            y -= 11
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(26, y, "Gross pay")
        c.drawRightString(290, y, money(ch.gross))
        c.drawRightString(368, y, money(ytd["GROSS"]))
        y -= 20
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(26, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(290, y, "CURRENT")
        c.drawRightString(368, y, "YEAR TO DATE")
        c.line(24, y - 3, pw - 24, y - 3)
        y -= 13
        c.setFont("Helvetica", 7.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(26, y, k)
            c.drawRightString(290, y, money(v))
            c.drawRightString(368, y, money(ytd[k]))
            y -= 11
        y -= 10
        c.setFillGray(0.9)
        c.rect(24, y - 30, pw - 48, 34, stroke=1, fill=1)
        c.setFillColor(black)
        ded = r2(ch.gross - net)
        for i, (k, v) in enumerate((("GROSS", ch.gross), ("TAXES + DEDUCTIONS", ded), ("NET PAY", net))):
            x = 30 + i * 116
            c.setFont("Helvetica-Bold", 6)
            c.drawString(x, y - 6, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x, y - 22, "$" + money(v))
        c.setFont("Helvetica", 6.5)
        c.drawString(26, y - 48, f"Year-to-date net pay {money(ytd['NET'])}.  Net pay deposited by direct deposit.")
        return []

    return Stub(Paper([page], size), run.fields(), ch.pay_date)


def landscape_stub(run: PayRun, address: str, emp_no: str, dept: str, accent: Color) -> Stub:
    """A manufacturer's landscape statement of earnings: a shaded panel of particulars on the left, the earnings
    and the withholding tables side by side on the right, a totals line across the foot."""
    ch, ytd, net, wh = run.cur, run.ytd, run.net, run.wh
    size = (792.0, 612.0)
    pw, ph = size
    freq = {"weekly": "WEEKLY", "biweekly": "BI-WEEKLY", "semimonthly": "SEMI-MONTHLY"}[run.frequency]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(accent)
        c.rect(36, ph - 66, pw - 72, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(46, ph - 56, run.employer.upper())
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(pw - 46, ph - 56, "STATEMENT OF EARNINGS AND DEDUCTIONS")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(46, ph - 78, address)
        c.setFillGray(0.92)
        c.rect(36, 110, 200, ph - 200, stroke=0, fill=1)
        c.setFillColor(black)
        y = ph - 110
        for k, v in (("EMPLOYEE", run.employee), ("EMPLOYEE NUMBER", emp_no), ("DEPARTMENT", dept),
                     ("PAY FREQUENCY", freq), ("PERIOD BEGINNING", mdy(ch.start)), ("PERIOD ENDING", mdy(ch.end)),
                     ("CHECK DATE", mdy(ch.pay_date)), ("CHECK NUMBER", f"DD{emp_no[-3:]}{ch.pay_date:%m%d}")):
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(46, y, k)
            c.setFont("Helvetica", 10)
            c.drawString(46, y - 13, v)
            y -= 36
        x0 = 256
        y = ph - 110
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0, y, "EARNINGS")
        c.drawString(x0 + 290, y, "TAXES AND DEDUCTIONS")
        y -= 14
        c.setFont("Helvetica-Bold", 6.5)
        for x, t in ((x0 + 110, "HRS"), (x0 + 150, "RATE"), (x0 + 205, "THIS PERIOD"), (x0 + 265, "YTD"),
                     (x0 + 440, "THIS PERIOD"), (x0 + 500, "YTD")):
            c.drawRightString(x, y, t)
        c.line(x0, y - 3, x0 + 270, y - 3)
        c.line(x0 + 290, y - 3, x0 + 500, y - 3)
        ey = y - 15
        c.setFont("Helvetica", 8.5)
        for lab in earnings_labels(run):
            hrs, rate, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(x0, ey, lab)
            if hrs:
                c.drawRightString(x0 + 110, ey, f"{hrs:.2f}")
                c.drawRightString(x0 + 150, ey, f"{rate:.3f}")
                c.drawRightString(x0 + 205, ey, money(amt))
            c.drawRightString(x0 + 265, ey, money(ytd[lab]))
            ey -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x0, ey - 4, "GROSS EARNINGS")
        c.drawRightString(x0 + 205, ey - 4, money(ch.gross))
        c.drawRightString(x0 + 265, ey - 4, money(ytd["GROSS"]))
        ty = y - 15
        c.setFont("Helvetica", 8.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(x0 + 290, ty, k)
            c.drawRightString(x0 + 440, ty, money(v))
            c.drawRightString(x0 + 500, ty, money(ytd[k]))
            ty -= 13
        c.setLineWidth(1)
        c.line(256, 150, pw - 36, 150)
        c.setFont("Helvetica-Bold", 9)
        totals = (("GROSS", ch.gross, ytd["GROSS"]), ("DEDUCTIONS", r2(ch.gross - net), r2(ytd["GROSS"] - ytd["NET"])),
                  ("NET PAY", net, ytd["NET"]))
        for i, (k, cur, yr) in enumerate(totals):
            x = 262 + i * 165
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x, 136, k)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x, 120, money(cur))
            c.setFont("Helvetica", 7)
            c.drawString(x, 108, f"Year to date {money(yr)}")
        c.setFont("Helvetica", 7)
        c.drawString(36, 84, "Net pay has been deposited to your account. This statement is not negotiable.")
        return []

    return Stub(Paper([page], size), run.fields(), ch.pay_date)


def strip_stub(run: PayRun, address: str) -> Stub:
    """The stub of a diner's pay check, cut off along its perforation: a strip one inch tall."""
    ch, ytd, net, wh = run.cur, run.ytd, run.net, run.wh
    size = STRIP
    taxes = r2(sum(wh.taxes(ch.gross).values()))
    hrs, rate, _ = ch.lines["Regular"]

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(14, 60, run.employer.upper())
        c.setFont("Helvetica", 5.5)
        c.drawString(110, 60, address)
        c.setFont("Helvetica-Bold", 5.5)
        c.drawRightString(598, 60, "STATEMENT OF EARNINGS - DETACH AND RETAIN")
        cols = [("EMPLOYEE", run.employee, 92), ("PAY PERIOD (WEEKLY)", f"{mdy(ch.start)}-{mdy(ch.end)}", 92),
                ("PAY DATE", mdy(ch.pay_date), 48), ("HOURS", f"{hrs:.2f}", 30), ("RATE", f"{rate:.2f}", 28),
                ("TIPS", money(ch.lines.get("Tips reported", (0, 0, 0.0))[2]), 40), ("GROSS", money(ch.gross), 46),
                ("YTD GROSS", money(ytd["GROSS"]), 52), ("TAXES", money(taxes), 38), ("NET PAY", money(net), 46),
                ("YTD NET", money(ytd["NET"]), 52)]
        x = 12.0
        c.setLineWidth(0.4)
        for cap, val, wd in cols:
            c.rect(x, 22, wd, 30, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 4.8)
            c.drawString(x + 2, 45, cap)
            c.setFont("Courier-Bold" if cap in ("GROSS", "NET PAY") else "Courier", 7)
            c.drawString(x + 2, 28, val)
            x += wd
        c.setDash(2, 2)
        c.line(6, 70, 606, 70)
        c.setDash()
        return []

    return Stub(Paper([page], size), run.fields(), ch.pay_date)


def portrait_stub(run: PayRun, address: str, emp_no: str, title: str, bank: str, accent: Color) -> Stub:
    """A payroll service's pay statement over a direct-deposit advice: the statement on the top two thirds, the
    non-negotiable advice below the perforation."""
    ch, ytd, net, wh = run.cur, run.ytd, run.net, run.wh
    freq = {"weekly": "Weekly", "biweekly": "Biweekly", "semimonthly": "Semimonthly"}[run.frequency]

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(accent)
        c.setLineWidth(2.5)
        c.line(40, 748, 572, 748)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 728, run.employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 717, address)
        c.setFont("Helvetica-Bold", 16)
        c.setFillColor(accent)
        c.drawRightString(572, 726, "Pay Statement")
        c.setFillColor(black)
        grid = [("Employee", run.employee), ("Employee no.", emp_no), ("Job title", title),
                ("Pay period", f"{mdy(ch.start)} to {mdy(ch.end)}"), ("Pay date", mdy(ch.pay_date)),
                ("Pay frequency", freq)]
        for i, (k, v) in enumerate(grid):
            x, y = 40 + (i % 3) * 178, 690 - (i // 3) * 30
            c.rect(x, y - 6, 174, 26, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 12, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 4, y, v)
        y = 620
        c.setFillColor(accent)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y, "EARNINGS")
        for x, t in ((250, "HOURS"), (320, "RATE"), (420, "CURRENT"), (540, "YEAR-TO-DATE")):
            c.drawRightString(x, y, t)
        c.setFillColor(black)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for lab in earnings_labels(run):
            hrs, rate, amt = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(44, y, lab)
            if hrs:
                c.drawRightString(250, y, f"{hrs:.2f}")
                c.drawRightString(320, y, f"{rate:.4f}")
                c.drawRightString(420, y, money(amt))
            c.drawRightString(540, y, money(ytd[lab]))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, "Gross Pay")
        c.drawRightString(420, y, money(ch.gross))
        c.drawRightString(540, y, money(ytd["GROSS"]))
        y -= 24
        c.setFillColor(accent)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(420, y, "CURRENT")
        c.drawRightString(540, y, "YEAR-TO-DATE")
        c.setFillColor(black)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(44, y, k)
            c.drawRightString(420, y, money(v))
            c.drawRightString(540, y, money(ytd[k]))
            y -= 13
        y -= 8
        c.setFont("Helvetica-Bold", 10)
        c.drawString(44, y, "Net Pay")
        c.drawRightString(420, y, money(net))
        c.drawRightString(540, y, money(ytd["NET"]))
        c.setDash(3, 3)
        c.line(30, 250, 582, 250)
        c.setDash()
        c.setFont("Helvetica", 6)
        c.drawCentredString(W / 2, 254, "DETACH HERE")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 220, run.employer)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(572, 220, "DIRECT DEPOSIT ADVICE - NON-NEGOTIABLE")
        c.setFont("Helvetica", 9)
        c.drawString(40, 190, f"Deposited to the account of {run.employee}")
        c.drawString(40, 176, f"{bank}  checking  xxxx{emp_no[-2:]}{ch.pay_date.day:02d}")
        c.drawRightString(572, 190, f"Date {mdy(ch.pay_date)}")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 172, f"${money(net)}")
        c.setFont("Helvetica-Oblique", 18)
        c.setFillGray(0.75)
        c.drawCentredString(W / 2, 120, "VOID - NOT A CHECK")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), run.fields(), ch.pay_date)


# --- bank statements -------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    return start, month_end(start)


DEBITS = (("ALDI #0231 POS", 1), ("ELECTRIC COOP AUTOPAY", 0), ("CASEYS #2210", 1), ("T-MOBILE AUTOPAY", 0),
          ("CVS/PHARMACY #4410", 1), ("PROGRESSIVE INS", 0), ("ATM WITHDRAWAL", 1), ("WALMART SUPERCENTER", 1),
          ("NETFLIX.COM", 1), ("SHELL OIL 5512", 1))
BILLS = ("WEXCOMBE HARBOR MTG PMT", "AUTO LOAN PMT - ALLY", "CAPITAL ONE CRCARDPMT", "CHECK 1046", "DAYCARE - ACH")


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount), ordinary debits, and the household's bills
    taking most of what came in (a balance that drifts a little, as a strained household's does)."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    span = (end - start).days
    for desc, small in DEBITS:
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(80, 260))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    left = sum(a for _, _, a in out) - rng.uniform(-260, 180)
    for desc in [*rng.sample(BILLS[1:], 2), BILLS[0]]:
        if left < 40:
            break
        amt = r2(left if desc == BILLS[0] else left * rng.uniform(0.18, 0.3))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
        left -= amt
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def estatement(rng: random.Random, bank: str, tagline: str, holder: str, address: Sequence[str], acct: str,
               year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]], pages: int,
               accent: Color) -> Statement:
    """An online-banking e-statement: a round mark and the bank's name, period and account in a box at the right,
    a four-line summary, one register of signed amounts with a running balance ("Page n of N")."""
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    cut = len(rows) if pages == 1 else 8
    parts = [rows[:cut], rows[cut:]] if pages == 2 else [rows]
    deposits = r2(sum(a for _, _, a in lines if a > 0))
    withdrawals = r2(-sum(a for _, _, a in lines if a < 0))

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(accent)
        c.circle(58, 742, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(58, 738, bank[0])
        c.setFillColor(accent)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(80, 744, bank)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(80, 733, tagline)
        c.rect(392, 716, 180, 42, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        c.drawString(398, 747, "Statement of Account")
        c.drawString(398, 735, f"{mdy(start)} through {mdy(end)}")
        c.drawString(398, 723, f"Account number ******{acct[-4:]}")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 30, f"Page {n} of {pages}")

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFillColor(accent)
        c.rect(44, y - 3, 528, 13, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(48, y, "Posted")
        c.drawString(100, y, "Transaction")
        c.drawRightString(480, y, "Amount")
        c.drawRightString(566, y, "Balance")
        c.setFillColor(black)
        y -= 16
        c.setFont("Helvetica", 8.5)
        if opening:
            c.drawString(48, y, start.strftime("%m/%d"))
            c.drawString(100, y, "Previous balance")
            c.drawRightString(566, y, money(begin))
            y -= 13
        for d, desc, a, b in part:
            c.drawString(48, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(480, y, ("-" if a < 0 else "+") + money(abs(a)))
            c.drawRightString(566, y, money(b))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 690
        for ln in [holder, *address]:
            c.drawString(60, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(340, 690, "Summary")
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Previous balance", begin), ("Deposits and credits", deposits),
                                    ("Withdrawals and debits", withdrawals), ("New balance", ending))):
            c.drawString(340, 676 - 13 * i, k)
            c.drawRightString(566, 676 - 13 * i, money(v))
        y = register(c, 600, parts[0], True)
        if pages == 1:
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(100, y - 2, "New balance")
            c.drawRightString(566, y - 2, money(ending))
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = register(c, 690, parts[1], False)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 2, "New balance")
        c.drawRightString(566, y - 2, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(48, y - 40, "Questions about an electronic transfer? Call or write within 60 days. Member FDIC.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2][:pages]), fields, end, acct)


def ledger_statement(rng: random.Random, bank: str, branch: str, holder: str, address: Sequence[str], acct: str,
                     year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]], kind: str,
                     accent: Color) -> Statement:
    """A bank's two-page checking statement: deposits and withdrawals in separate lists, daily balances on page 2."""
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = [t for t in lines if t[2] > 0]
    wds = [t for t in lines if t[2] < 0]

    def head(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 17)
        c.setFillColor(accent)
        c.drawString(48, 740, bank)
        c.setFillColor(black)
        c.setFont("Times-Italic", 9)
        c.drawString(48, 727, branch)
        c.setFont("Helvetica", 8)
        c.drawRightString(564, 744, kind)
        c.drawRightString(564, 733, f"Account {acct[:2]}-{'x' * 4}-{acct[-4:]}")
        c.drawRightString(564, 722, f"{long_date(start)} - {long_date(end)}")
        c.setLineWidth(0.8)
        c.line(48, 714, 564, 714)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 36, f"Page {n} of 2")

    def section(c: Canvas, y: float, title: str, part: Sequence[tuple[dt.date, str, float]]) -> float:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, title)
        c.drawRightString(564, y, money(abs(sum(a for _, _, a in part))))
        c.line(48, y - 4, 564, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for d, desc, a in part:
            c.drawString(48, y, d.strftime("%m-%d"))
            c.drawString(96, y, desc)
            c.drawRightString(564, y, money(abs(a)))
            y -= 12.5
        return y - 14

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 684
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(66, y, ln)
            y -= 12
        c.setFillColor(Color(accent.red, accent.green, accent.blue, alpha=0.12))
        c.rect(330, 610, 234, 86, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(338, 684, "ACCOUNT BALANCE SUMMARY")
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Opening balance", begin), ("Deposits and other credits", sum(t[2] for t in dep)),
                                    ("Withdrawals and other debits", -sum(t[2] for t in wds)),
                                    ("Closing balance", ending))):
            c.drawString(338, 668 - 14 * i, k)
            c.drawRightString(556, 668 - 14 * i, money(r2(v)))
        section(c, 580, "DEPOSITS AND OTHER CREDITS", dep)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = section(c, 690, "WITHDRAWALS AND OTHER DEBITS", wds)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "DAILY BALANCE SUMMARY")
        c.line(48, y - 4, 564, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        bal = begin
        days: dict[dt.date, float] = {}
        for d, _, a in lines:
            bal = r2(bal + a)
            days[d] = bal
        for i, (d, b) in enumerate(sorted(days.items())):
            x = 48 + (i % 3) * 176
            c.drawString(x, y, d.strftime("%m-%d"))
            c.drawRightString(x + 150, y, money(b))
            if i % 3 == 2:
                y -= 12.5
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def two_up(pdf: bytes) -> bytes:
    """A two-page PDF printed 'two pages per sheet' on one landscape letter sheet: page 1 left, page 2 right."""
    from pypdf import Transformation

    src = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter()
    sheet = writer.add_blank_page(792, 612)
    s = min(372 / 612, 572 / 792)
    for i, page in enumerate(src.pages[:2]):
        tx = 18 + i * 396 + (372 - 612 * s) / 2
        sheet.merge_transformed_page(page, Transformation().scale(s).translate(tx, (612 - 792 * s) / 2))
    return fixed_pypdf_bytes(writer, "cd2up")


# --- letters and papers ----------------------------------------------------------------------------------------


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
        if self.type in ("divorce_decree", "other", "death_certificate", "quitclaim_deed"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out["benefit_type"] = "unemployment"
        return out


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    paras: Sequence[str], ink: bool, seed: int) -> Letter:
    """A typed hardship letter; signed in ink only when it was printed and mailed, scanned or photographed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in [SERVICER, "Loss Mitigation Department"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Hardship letter - loan number {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern:", *paras])
        c.setFont("Times-Roman", 11)
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

    return Letter(Paper([page]), "hardship_letter", date)


def letterhead(c: Canvas, name: str, sub: str, color: Color, left: float = 72, right: float = W - 72,
               top: float = 735) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 15)
    c.drawString(left, top, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(left, top - 13, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(left, top - 21, right, top - 21)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def pension_award(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    """A public school employees' retirement board's disability annuity award (taxable)."""

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, "KEYSTONE PUBLIC SCHOOL EMPLOYEES' RETIREMENT BOARD",
                   "5 North Fifth Street  -  Harrisburg, PA 17101  -  Member Services (717) 555-0163",
                   Color(0.45, 0.1, 0.15))
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in [member, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, "Re: Disability retirement - notice of award")
        y = paragraphs(c, 72, y - 24, W - 144, [
            f"Dear {member.split()[0]}:",
            "The Board has approved your application for a disability retirement. Your disability annuity is "
            "paid on the first business day of every month by direct deposit and is subject to federal income "
            "tax; you may change your withholding election at any time.",
            "Your annuity is shown below. It continues while you remain disabled and is reviewed every three "
            "years; it becomes a normal retirement annuity at your superannuation age."])
        for k, v in (("Effective date", long_date(since)), ("Gross monthly annuity", "$" + money(monthly)),
                     ("Payment frequency", "Monthly"), ("Federal income tax", "Taxable")):
            c.setFont("Times-Roman", 11)
            c.drawString(100, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(300, y, v)
            y -= 15
        c.setFont("Times-Roman", 11)
        y -= 16
        for ln in ("Sincerely,", "", "Benefit Determinations Unit", "Keystone Public School Employees' Retirement "
                   "Board"):
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


MAILHOUSE = (648.0, 864.0)  # 9 x 12 in: a letter page with bleed, crop marks and the print run's slug
MAILHOUSE_CROP = (18.0, 36.0, 630.0, 828.0)


def ltd_award_mailhouse(person: str, address: Sequence[str], date: dt.date, monthly: float, claim: str,
                        since: dt.date, employer: str, run_date: dt.date) -> Letter:
    """A disability insurer's long-term disability approval as its print vendor's PDF: the MediaBox is larger than
    the letter, the CropBox shows the letter; the crop marks and a slug with the print run's date, job and sequence
    numbers lie outside the CropBox (present in the text layer, invisible in a viewer)."""
    ox, oy = MAILHOUSE_CROP[0], MAILHOUSE_CROP[1]

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.3)
        for x, y in ((ox, oy), (ox + W, oy), (ox, oy + H), (ox + W, oy + H)):
            c.line(x - 14 if x == ox else x + 4, y, x - 4 if x == ox else x + 14, y)
            c.line(x, y - 14 if y == oy else y + 4, x, y - 4 if y == oy else y + 14)
        c.setFont("Courier", 6.5)
        c.drawString(ox, 12, f"PRINTSTREAM JOB 53-{run_date:%m%d}-118  SEQ 004417  IRONWOOD-LTD-APPR-V3  "
                             f"RUN {mdy(run_date)} 02:14  SHEET 1/1  INSERT B  ZIP SORT 78")
        c.saveState()
        c.translate(ox, oy)
        letterhead(c, "IRONWOOD MUTUAL LIFE & DISABILITY", "Group Disability Claims  -  PO Box 4410, Omaha, NE 68103"
                   "  -  (402) 555-0177", Color(0.1, 0.3, 0.25))
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in [person, *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Claim {claim} - Long Term Disability benefits approved")
        y = paragraphs(c, 72, y - 24, W - 144, [
            f"We have completed our review of your claim for Long Term Disability benefits under the group policy "
            f"issued to {employer}, and we are pleased to tell you that it has been approved.",
            f"Benefits begin after the 90-day elimination period, on {long_date(since)}. Because your employer "
            "paid the premiums, the benefit is taxable income. Benefits are paid monthly, on the first of the month "
            "for the month before.",
            "We will review your claim from time to time and may ask you and your physician for updated "
            "information."])
        for k, v in (("Gross monthly benefit", "$" + money(monthly)), ("Frequency", "Monthly"),
                     ("Benefit start date", mdy(since))):
            c.setFont("Times-Roman", 11)
            c.drawString(100, y, k)
            c.setFont("Times-Bold", 11)
            c.drawString(300, y, v)
            y -= 15
        c.setFont("Times-Roman", 11)
        y -= 16
        for ln in ("Sincerely,", "", "Disability Claims Specialist", "Ironwood Mutual Life & Disability"):
            c.drawString(72, y, ln)
            y -= 14
        c.restoreState()
        return []

    return Letter(Paper([page], MAILHOUSE, synth_xy=(ox + W - 24, oy + 10)), "benefit_award_letter", date, monthly,
                  "benefits_taxable")


def ui_determination(claimant: str, address: Sequence[str], ssn: str, date: dt.date, weekly: float,
                     year_begins: dt.date, employers: Sequence[tuple[str, Sequence[float]]]) -> Letter:
    """A state employment security division's notice of monetary determination on two US Legal pages."""
    size = LEGAL
    pw, ph = size
    quarters = ["Oct-Dec 2051", "Jan-Mar 2052", "Apr-Jun 2052", "Jul-Sep 2052"]

    def head(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(pw / 2, ph - 48, "STATE OF MISSOURI")
        c.setFont("Helvetica", 9)
        c.drawCentredString(pw / 2, ph - 61, "Department of Labor and Industrial Relations - Division of Employment "
                                             "Security")
        c.drawCentredString(pw / 2, ph - 73, "PO Box 59, Jefferson City, MO 65104")
        c.setFont("Helvetica", 8)
        c.drawString(54, ph - 92, "Form MODES-4310 (rev. 11-51)")
        c.drawRightString(pw - 54, ph - 92, f"Page {n} of 2")
        c.setLineWidth(1.2)
        c.line(54, ph - 98, pw - 54, ph - 98)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(pw / 2, ph - 126, "NOTICE OF MONETARY DETERMINATION")
        c.setFont("Helvetica", 10)
        y = ph - 160
        for ln in [claimant.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 13
        c.setLineWidth(0.6)
        c.rect(330, ph - 220, 228, 76, stroke=1, fill=0)
        for i, (k, v) in enumerate((("Date mailed", mdy(date)), ("Claimant SSN", f"XXX-XX-{ssn[-4:]}"),
                                    ("Benefit year begins", mdy(year_begins)),
                                    ("Benefit year ends", mdy(year_begins.replace(year=year_begins.year + 1)
                                                              - dt.timedelta(days=1))))):
            c.setFont("Helvetica", 8.5)
            c.drawString(338, ph - 160 - 16 * i, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(550, ph - 160 - 16 * i, v)
        y = ph - 260
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(54, y, "BASE PERIOD WAGES REPORTED BY YOUR EMPLOYERS")
        y -= 16
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, y, "Employer")
        for i, q in enumerate(quarters):
            c.drawRightString(330 + i * 70, y, q)
        c.line(54, y - 4, pw - 54, y - 4)
        y -= 17
        c.setFont("Helvetica", 9)
        totals = [0.0] * 4
        for name, wages in employers:
            c.drawString(54, y, name)
            for i, v in enumerate(wages):
                c.drawRightString(330 + i * 70, y, money(v))
                totals[i] += v
            y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, y, "Total")
        for i, v in enumerate(totals):
            c.drawRightString(330 + i * 70, y, money(r2(v)))
        y -= 40
        rows = (("Highest quarter wages", money(r2(max(totals)))), ("Total base period wages", money(r2(sum(totals)))),
                ("WEEKLY BENEFIT AMOUNT", "$" + money(weekly)), ("Number of weeks payable", "20"),
                ("Maximum benefit amount", "$" + money(r2(weekly * 20))))
        for k, v in rows:
            c.setFont("Helvetica-Bold" if k.isupper() else "Helvetica", 10)
            c.drawString(90, y, k)
            c.drawRightString(480, y, v)
            y -= 18
        y = paragraphs(c, 54, y - 20, pw - 108, [
            "You are monetarily eligible for unemployment benefits. To be paid, you must request payment every "
            "week, be able to work, available for work and actively seeking work, and report any earnings in the "
            "week you earn them. Payment is made by direct deposit or debit card.",
            "This determination covers only the amount of benefits; whether you are eligible under the law for "
            "each week claimed is decided separately. Any separate decision will be mailed to you."],
            font="Helvetica", size=9.5, leading=12.5)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(54, ph - 128, "YOUR RIGHT TO APPEAL")
        y = paragraphs(c, 54, ph - 148, pw - 108, [
            "If you believe this determination is wrong, you may appeal. Your appeal must be filed within 30 "
            "calendar days of the date this notice was mailed. If the wages shown above are not correct, report "
            "the missing wages and send copies of your pay stubs or W-2 forms with your appeal.",
            "You may file an appeal online, by fax or by mail to the address at the top of this notice. Include "
            "your name, the last four digits of your Social Security number and the date of this determination.",
            "Benefits are subject to federal income tax. You may ask that 10 percent be withheld from each payment. "
            "You will receive Form 1099-G for the calendar year.",
            "Overpayments: if you are paid benefits to which you are not entitled, you will be required to repay "
            "them and may be disqualified from future benefits."], font="Helvetica", size=9.5, leading=12.5)
        c.setFont("Helvetica", 9)
        c.drawString(54, y - 20, f"Determination issued {long_date(date)} by the Division of Employment Security.")
        c.drawString(54, y - 34, "Claims Center  -  (573) 555-0129  -  TTY 711")
        return []

    return Letter(Paper([page1, page2], size), "unemployment_benefit_letter", date)


def decree_legal(court: tuple[str, str, str], case_no: str, petitioner: str, respondent: str, married: dt.date,
                 entered: dt.date, property_line: str, judge: str, seed: int) -> Letter:
    """A circuit court's decree of dissolution of marriage on three US Legal pages, signed by the judge and stamped
    ENTERED by the clerk."""
    size = LEGAL
    pw, ph = size
    paras = [
        f"1. The marriage of the Petitioner, {petitioner}, and the Respondent, {respondent}, solemnized on "
        f"{long_date(married)}, is irretrievably broken and is hereby DISSOLVED. Each party is restored to the "
        "status of a single person.",
        "2. The parties have no minor children born of or adopted during the marriage, and none are expected.",
        "3. The Marital Settlement Agreement signed by the parties and filed with the Court is found to be not "
        "unconscionable. It is approved and incorporated into this Decree by reference as if set out in full, and "
        "the parties are ORDERED to comply with its terms.",
        f"4. REAL PROPERTY. The marital residence located at {property_line} is awarded to the Petitioner as her "
        "sole and separate property, subject to the mortgage lien against it, which the Petitioner shall pay and "
        "hold the Respondent harmless from. Within thirty (30) days the Respondent shall execute and deliver a "
        "deed conveying all of his right, title and interest in the residence to the Petitioner.",
        "5. PERSONAL PROPERTY. Each party is awarded the household goods, furnishings, vehicles and accounts in "
        "his or her possession or name, as listed in Schedule A of the Agreement.",
        "6. DEBTS. Each party shall pay the debts in his or her own name. The joint credit card accounts listed in "
        "Schedule B of the Agreement shall be paid by the Respondent.",
        "7. MAINTENANCE. Both parties are employed and self-supporting, and each waives maintenance from the "
        "other. The waiver is final and may not be modified.",
        "8. RETIREMENT ACCOUNTS. Each party shall keep the retirement accounts in his or her own name, free of "
        "any claim of the other.",
        "9. Each party shall execute every document needed to carry out this Decree. Should a party fail to do "
        "so, the Master Commissioner of this Court is authorized to execute it on that party's behalf.",
        "10. Court costs are to be paid as incurred. Each party shall pay his or her own attorney's fees.",
        "11. This is a final and appealable Order, and there is no just cause for delay."]

    def caption(c: Canvas, n: int) -> float:
        c.setFont("Times-Bold", 12)
        for i, ln in enumerate(court):
            c.drawCentredString(pw / 2, ph - 60 - 15 * i, ln)
        c.setFont("Times-Roman", 10)
        c.drawRightString(pw - 72, ph - 118, f"CIVIL ACTION NO. {case_no}")
        if n > 1:
            c.setFont("Times-Italic", 9)
            c.drawString(72, ph - 118, f"In re the Marriage of {petitioner.split()[-1]} - Decree")
            return ph - 150
        c.setFont("Times-Roman", 11)
        y = ph - 150
        c.drawString(72, y, "IN RE THE MARRIAGE OF:")
        c.drawString(108, y - 22, f"{petitioner.upper()},")
        c.drawString(300, y - 22, "PETITIONER")
        c.drawString(108, y - 44, "and")
        c.drawString(108, y - 66, f"{respondent.upper()},")
        c.drawString(300, y - 66, "RESPONDENT")
        c.setFont("Times-Bold", 13)
        c.drawCentredString(pw / 2, y - 110, "DECREE OF DISSOLUTION OF MARRIAGE")
        y = paragraphs(c, 72, y - 140, pw - 144, [
            "This matter came before the Court on the Petition for Dissolution of Marriage. The Court, having "
            "reviewed the record, the Marital Settlement Agreement and the proof taken, and being otherwise "
            "sufficiently advised, FINDS that it has jurisdiction over the parties and the subject matter, that at "
            "least one party has resided in this Commonwealth for more than 180 days before the filing of the "
            "Petition, and that the parties have lived apart for more than sixty days. It is therefore ORDERED AND "
            "ADJUDGED as follows:"], size=11.5, leading=17)
        return y

    def footer(c: Canvas, n: int) -> None:
        c.setFont("Times-Roman", 9)
        c.drawCentredString(pw / 2, 40, f"Page {n} of 3")

    def page1(c: Canvas) -> list[Mark]:
        y = caption(c, 1)
        paragraphs(c, 72, y, pw - 144, paras[:4], size=11.5, leading=17)
        footer(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        y = caption(c, 2)
        paragraphs(c, 72, y, pw - 144, paras[4:], size=11.5, leading=17)
        footer(c, 2)
        return []

    def page3(c: Canvas) -> list[Mark]:
        y = caption(c, 3)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, y, "SO ORDERED this ______ day of ____________________.")
        c.line(330, y - 70, 540, y - 70)
        c.drawString(330, y - 84, f"JUDGE, {court[1].title()}")
        c.drawString(330, y - 98, judge)
        c.setFillColor(Color(0.25, 0.25, 0.25))
        c.setStrokeColor(Color(0.25, 0.25, 0.25))
        c.setLineWidth(1.6)
        c.roundRect(86, y - 196, 190, 74, 6, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(181, y - 146, "ENTERED")
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(181, y - 166, entered.strftime("%b %d %Y").upper())
        c.setFont("Helvetica", 8)
        c.drawCentredString(181, y - 184, "CIRCUIT COURT CLERK  -  DEPUTY")
        c.setFillColor(black)
        c.setStrokeColor(black)
        c.setFont("Times-Roman", 10)
        c.drawString(72, y - 240, "Distribution: Petitioner's counsel; Respondent's counsel.")
        footer(c, 3)
        return [Mark("sig", 335, y - 68, w=170, seed=seed)]

    return Letter(Paper([page1, page2, page3], size), "divorce_decree", entered)


def relocation_a4(employee: str, emp_no: str, date: dt.date, old_site: str, new_site: str, start: dt.date,
                  allowance: float, seed: int) -> Letter:
    """A European parent company's transfer letter on two A4 pages, e-mailed from its head office."""
    size = A4
    pw, ph = size
    blue = Color(0.0, 0.24, 0.47)

    def head(c: Canvas) -> None:
        c.setFillColor(blue)
        c.rect(pw - 70, ph - 80, 40, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(pw - 50, ph - 67, "B")
        c.setFillColor(blue)
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(pw - 80, ph - 56, "BREDERODE MARITIME SYSTEMS B.V.")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(pw - 80, ph - 68, "Group Human Resources  |  Wilhelminakade 91  |  3072 AP Rotterdam  |  "
                                             "The Netherlands")

    def foot(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 6.5)
        c.setFillGray(0.35)
        c.drawString(56, 30, "Brederode Maritime Systems B.V.  |  KvK 24458812  |  BTW NL8104.47.223.B01  |  "
                             "www.brederode-maritime.example")
        c.drawRightString(pw - 56, 30, f"{n}/2")
        c.setFillColor(black)

    def page1(c: Canvas) -> list[Mark]:
        head(c)
        c.setFont("Helvetica", 10)
        y = ph - 130
        for ln in ("Personal and confidential", "", employee, f"Employee number {emp_no}",
                   "c/o Brederode Maritime Systems (USA) Inc.", old_site):
            c.drawString(56, y, ln)
            y -= 13
        c.drawRightString(pw - 56, ph - 130, f"Rotterdam, {date.day} {date.strftime('%B %Y')}")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(56, y - 24, "Subject: transfer of your place of work")
        paragraphs(c, 56, y - 50, pw - 112, [
            f"Dear {employee.split()[0]},",
            f"Following the Group's decision to consolidate its North American hull-systems work, we confirm that "
            f"your position of Senior Systems Technician is transferred from our {old_site} facility to the "
            f"{new_site} yard of Brederode Maritime Systems (USA) Inc., with effect from {start.day} "
            f"{start.strftime('%B %Y')}.",
            "Your employment with Brederode Maritime Systems (USA) Inc. continues without interruption. Your "
            "salary, grade, benefits and years of service are unchanged, and your pay continues to be paid "
            "biweekly through the U.S. payroll.",
            "The Bethlehem facility will stop production at the end of this year; the transfer is a condition of "
            "continued employment in your present role."], font="Helvetica", size=10, leading=14)
        foot(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c)
        y = paragraphs(c, 56, ph - 130, pw - 112, [
            f"Relocation assistance. The company will pay a one-time relocation allowance of USD "
            f"{money(allowance)} (gross) with your first salary after the transfer date, and will reimburse "
            "reasonable moving costs against receipts up to the limit in the Group Mobility Policy.",
            "Temporary housing. For the first sixty days at the new location the company provides furnished "
            "temporary housing near the yard.",
            "Please confirm your acceptance by signing below and returning a copy to Group Human Resources. Should "
            "you have any questions, please contact your local HR partner.", "Kind regards,"],
            font="Helvetica", size=10, leading=14)
        c.setFont("Helvetica", 10)
        c.drawString(56, y - 44, "M. J. (Marleen) van der Stoep")
        c.drawString(56, y - 57, "Director Group Human Resources")
        c.line(56, y - 120, 260, y - 120)
        c.setFont("Helvetica", 8)
        c.drawString(56, y - 131, f"Read and agreed: {employee}")
        foot(c, 2)
        return [Mark("sig", 60, y - 34, w=150, seed=seed)]

    return Letter(Paper([page1, page2], size), "employer_relocation_letter", date)


def funeral_statement(deceased: str, died: dt.date, purchaser: str, date: dt.date, items: Sequence[tuple[str, float]],
                      paid: float) -> Letter:
    """A funeral home's statement of funeral goods and services selected: full of amounts and dates, and not an
    obituary or a death certificate (type other)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 18)
        c.drawCentredString(W / 2, 740, "Rohrbaugh & Sons Funeral Home")
        c.setFont("Times-Italic", 9.5)
        c.drawCentredString(W / 2, 726, "Family owned since 1961  -  118 West Franklin Street, Hagerstown, MD 21740")
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 700, "STATEMENT OF FUNERAL GOODS AND SERVICES SELECTED")
        c.setFont("Helvetica", 9)
        rows = (("Deceased", deceased), ("Date of death", mdy(died)), ("Purchaser", purchaser),
                ("Relationship", "Spouse"), ("Contract date", mdy(date)), ("Contract no.", f"RS-{date:%y}-0391"))
        for i, (k, v) in enumerate(rows):
            x, y = 72 + (i % 2) * 240, 672 - (i // 2) * 16
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x, y, k + ":")
            c.setFont("Helvetica", 9)
            c.drawString(x + 82, y, v)
        y = 612
        c.setFont("Helvetica-Bold", 9)
        c.drawString(72, y, "GOODS AND SERVICES")
        c.drawRightString(540, y, "PRICE")
        c.line(72, y - 4, 540, y - 4)
        y -= 18
        c.setFont("Helvetica", 9.5)
        for label, price in items:
            c.drawString(72, y, label)
            c.drawRightString(540, y, money(price))
            y -= 14
        total = r2(sum(p for _, p in items))
        c.line(400, y + 6, 540, y + 6)
        for k, v in (("Total of goods and services", total), ("Less payment received", -paid),
                     ("BALANCE DUE", r2(total - paid))):
            c.setFont("Helvetica-Bold" if k.isupper() else "Helvetica", 9.5)
            c.drawString(300, y - 8, k)
            c.drawRightString(540, y - 8, money(v))
            y -= 16
        paragraphs(c, 72, y - 30, W - 144, [
            "Charges are only for those items that you selected or that are required. If we are required by law or "
            "by a cemetery to use any items, we will explain the reasons in writing below.",
            "The balance is due within 60 days of the contract date. Payments may be made at our office or mailed to "
            "the address above."], font="Helvetica", size=8.5, leading=11)
        return []

    return Letter(Paper([page]), "other", date)


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, from_name: str, date: dt.date, pages: int,
              note: str) -> Paper:
    """A copy shop's pre-printed fax cover sheet, filled in by hand (the hand-written parts are ink marks)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 704, sender.upper())
        c.setFont("Helvetica", 10)
        c.drawString(72, 688, f"Copies - Shipping - Fax  -  our fax {sender_fax}")
        c.setFont("Helvetica-Bold", 34)
        c.drawRightString(540, 640, "FAX")
        rows = [("To", to), ("Fax number", to_fax), ("From", from_name), ("Date", mdy(date)),
                ("Pages (with this one)", str(pages)), ("Re", note)]
        y = 590
        marks = []
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setLineWidth(0.6)
            c.line(220, y - 3, 540, y - 3)
            if v:
                marks.append(Mark("hand", 226, y, v, size=13, seed=len(v) + y))
            y -= 34
        c.setFont("Helvetica", 8.5)
        c.drawString(72, y - 10, "This fax may contain confidential information. If you received it in error, "
                                 "please call the sender.")
        return marks

    return Paper([page])


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(W / 2, 690, "MAILROOM BATCH SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 670, f"{SERVICER}  -  insert in front of each borrower's papers")
        c.drawImage(ImageReader(code), W / 2 - 170, 500, width=340, height=96)
        c.setFont("Courier-Bold", 14)
        c.drawCentredString(W / 2, 476, f"LOAN {loan}")
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


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
    start: dt.date | None  # None: left blank on the form
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
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
                "income": income, "signed": True, "signed_on": self.signed_on.isoformat(),
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_values(app: App) -> dict[str, str | bool]:
    """The answers of the real Form 710 by AcroForm field name (True: a checked box)."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    return values


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    values = form710_values(app)
    if type_dates:
        values["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
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
    add_synth(writer)
    return writer


def add_synth(writer: PdfWriter) -> None:
    """Lay the faint synthetic-document line over every page of a real form."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    synth_line(c)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for page in writer.pages:
        page.merge_page(overlay)


def form710_sig_marks(app: App, ink_dates: bool) -> list[Mark]:
    marks = [Mark("sig", 150, 348, w=200, seed=app.seed)]
    if ink_dates:
        marks.append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        if ink_dates:
            marks.append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return marks


def form710_screen(app: App) -> bytes:
    """Typed on screen, signed with drawn strokes over the signature field, the date typed into its field."""
    writer = form710_filled(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    apply_screen_marks(c, form710_sig_marks(app, ink_dates=False))
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for i, page in enumerate(writer.pages):
        if i == 3:
            page.merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"cd710{app.loan}")


def form710_typed_words(app: App) -> dict[int, list[Word]]:
    """The typed answers of a Form 710 filled through its fields, where they print (for a copier's OCR layer)."""
    rects: dict[str, tuple[int, tuple[float, ...]]] = {}
    for i, page in enumerate(PdfReader(FORM710).pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            rects[str(w.get("/T", ""))] = (i, tuple(float(v) for v in w["/Rect"]))
    out: dict[int, list[Word]] = {}
    for name, value in form710_values(app).items():
        if isinstance(value, bool) or name not in rects:
            continue
        i, (x0, y0, _x1, _y1) = rects[name]
        x = x0 + 2
        for word in str(value).split():
            wd = stringWidth(word, "Helvetica", 10)
            out.setdefault(i, []).append(Word(x, y0 + 3, x + wd, y0 + 11, word))
            x += wd + stringWidth(" ", "Helvetica", 10)
    return out


def form710_ink(app: App, style: Scan, seed: int, ocr: bool = False) -> list[Sheet]:
    """Typed into its fields, printed, then signed and dated in ink and scanned."""
    pdf = fixed_pypdf_bytes(form710_filled(app, type_dates=False), "cd710ink")
    marks: list[list[Mark]] = [[], [], [], form710_sig_marks(app, ink_dates=True)]
    return scan_pdf(pdf, marks, style, seed, ocr, form710_typed_words(app) if ocr else None)


def form710_hand(app: App) -> tuple[bytes, list[list[Mark]]]:
    """The blank Form 710 printed and filled in by pen in block capitals: the printed blank and the ink of each
    page (answers on the fields' lines, an X in each chosen box, the signatures and dates)."""
    reader = PdfReader(FORM710)
    rects: dict[str, tuple[int, tuple[float, ...]]] = {}
    for i, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            rects[str(w.get("/T", ""))] = (i, tuple(float(v) for v in w["/Rect"]))
    marks: list[list[Mark]] = [[], [], [], []]
    rng = random.Random(app.seed * 13)
    for name, value in form710_values(app).items():
        i, (x0, y0, _x1, _y1) = rects[name]
        if value is True:
            marks[i].append(Mark("block", x0 + 0.5, y0 + 1, "X", size=10, seed=rng.randrange(10**6)))
        elif isinstance(value, str):
            kind = "hand" if name.startswith("Email") else "block"
            marks[i].append(Mark(kind, x0 + 3, y0 + 3, value, size=10.5, seed=rng.randrange(10**6)))
    marks[3] += form710_sig_marks(app, ink_dates=True)
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        if "/Annots" in page:
            del page["/Annots"]
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    add_synth(writer)
    return fixed_pypdf_bytes(writer, "cd710blank"), marks


WHM_REASONS = {"unemployment": "Job loss or unemployment",
               "reduction_in_income": "Reduced income (pay cut, fewer hours, lost overtime)",
               "increase_in_housing_expenses": "Higher housing costs (taxes, insurance, HOA dues)",
               "disaster": "Disaster affecting the home or the workplace",
               "disability_or_illness": "Illness or disability (a borrower or a dependent)",
               "divorce_or_separation": "Divorce or legal separation",
               "separation_unmarried": "Separation of co-owners who are not married",
               "death": "Death of a borrower or of a wage earner",
               "relocation": "Job transfer or relocation far away", "other": "Other"}
WHM_INCOME = {"wages": "Wages, salary, overtime, tips, bonuses (gross)", "self_employment": "Self-employment (net)",
              "unemployment": "Unemployment benefits",
              "benefits_taxable": "Taxable Social Security, pension, disability, public assistance",
              "benefits_nontaxable": "Non-taxable Social Security or disability",
              "rental": "Rental income (after expenses other than the mortgage)",
              "investment": "Investment or insurance income",
              "other": "Other: alimony, child support, separate maintenance, other"}
WHM_OCC = {"primary_residence": "Primary residence - I live here", "second_home": "Second or vacation home",
           "investment_property": "Rental or investment property"}
TEAL = Color(0.02, 0.33, 0.38)


def whm7(app: App, request_id: str, submitted: dt.datetime, ink: bool) -> Paper:
    """Wexcombe Harbor's online assistance request as its portal prints it (Form WHM-7): a teal band, six numbered
    steps of question and answer rows, the income table and the signature boxes. Every string is set in subset
    TrueType fonts. On screen the signatures are drawn in the boxes and the portal types the dates; printed, the
    boxes are signed and dated in ink."""

    def band(c: Canvas, n: int) -> None:
        c.setFillColor(TEAL)
        c.rect(0, 730, W, 62, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("WXB", 19)
        c.drawString(40, 760, "WEXCOMBE HARBOR")
        c.setFont("WX", 9)
        c.drawString(40, 745, "Mortgage Servicing  -  Loss Mitigation  -  PO Box 7719, Norfolk, VA 23509")
        c.setFont("WXB", 12)
        c.drawRightString(572, 762, "Online Assistance Request")
        c.setFont("WX", 8)
        c.drawRightString(572, 748, "Form WHM-7  -  portal summary of your answers")
        c.setFillColor(black)
        c.setFont("WX", 7.5)
        c.drawString(40, 716, f"Request ID {request_id}   |   Submitted {submitted:%m/%d/%Y %H:%M} ET   |   "
                              f"Loan {app.loan}")
        c.drawRightString(572, 716, f"Page {n} of 2")

    def step(c: Canvas, y: float, n: int, title: str) -> float:
        c.setFillColor(TEAL)
        c.circle(50, y + 3, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("WXB", 9)
        c.drawCentredString(50, y, str(n))
        c.setFillColor(TEAL)
        c.setFont("WXB", 11)
        c.drawString(66, y, f"Step {n} of 6  -  {title}")
        c.setFillColor(black)
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.8)
        c.line(40, y - 6, 572, y - 6)
        c.setStrokeColor(black)
        return y - 22

    def qa(c: Canvas, y: float, q: str, a: str) -> float:
        c.setFillGray(0.35)
        c.setFont("WX", 8.5)
        c.drawString(58, y, q)
        c.setFillColor(black)
        c.setFont("WXB", 9.5)
        c.drawString(270, y, a)
        c.setDash(1, 2)
        c.setStrokeGray(0.6)
        c.setLineWidth(0.4)
        c.line(58, y - 5, 572, y - 5)
        c.setDash()
        c.setStrokeColor(black)
        return y - 17

    def page1(c: Canvas) -> list[Mark]:
        band(c, 1)
        y = step(c, 688, 1, "Your loan")
        y = qa(c, y, "Loan number", app.loan)
        y = step(c, y - 10, 2, "Who is applying")
        y = qa(c, y, "Borrower", app.borrower)
        y = qa(c, y, "Borrower - last 4 of SSN", app.ssn[-4:])
        y = qa(c, y, "Best phone", app.phone)
        y = qa(c, y, "E-mail", app.email)
        y = qa(c, y, "Co-borrower", app.co or "None")
        y = qa(c, y, "Co-borrower - last 4 of SSN", (app.co_ssn or "")[-4:] or "-")
        y = step(c, y - 10, 3, "Your home")
        y = qa(c, y, "Property address", app.street)
        y = qa(c, y, "City, state, ZIP", f"{app.city}, {app.state} {app.zip}")
        y = qa(c, y, "How the home is used", WHM_OCC[app.occupancy])
        y = qa(c, y, "What you want to do", "Keep the home")
        y = qa(c, y, "Listed for sale?", "No")
        y = step(c, y - 10, 4, "What happened")
        reasons = [WHM_REASONS[h] for h in HARDSHIPS if h in app.hardships]
        y = qa(c, y, "Reasons you selected", reasons[0])
        for r in reasons[1:]:
            y = qa(c, y, "", r)
        y = qa(c, y, "When it started", mdy(app.start) if app.start else "")
        y = qa(c, y, "How long you expect it to last", {"short": "Short-term (6 months or less)",
                                                        "long": "Long-term or permanent (over 6 months)"}.get(
            app.duration, "Already resolved"))
        if app.other_text:
            y = qa(c, y, "In your own words", app.other_text)
        return []

    def page2(c: Canvas) -> list[Mark]:
        band(c, 2)
        y = step(c, 688, 5, "Household income each month, before taxes")
        c.setFont("WXB", 7.5)
        c.drawString(58, y, "SOURCE")
        c.drawRightString(560, y, "MONTHLY AMOUNT")
        y -= 15
        for k in INCOMES:
            amount = app.income.get(k, 0.0)
            y = qa(c, y, WHM_INCOME[k], "")
            c.setFont("WXM", 9.5)
            c.drawRightString(560, y + 17, "$" + money(amount) if amount > 0 else "-")
        c.setFillColor(Color(0.9, 0.95, 0.95))
        c.rect(40, y - 6, 532, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("WXB", 9.5)
        c.drawString(58, y, "Total monthly household income")
        c.setFont("WXM", 10)
        c.drawRightString(560, y, "$" + money(app.total))
        y = step(c, y - 34, 6, "Review and sign")
        c.setFont("WX", 8)
        for ln in wrap("By signing, I certify that the answers in this request are true and that the hardship I "
                       "described contributed to my need for help. I agree to send the documents Wexcombe Harbor "
                       "asks for and consent to a credit report for every borrower named. Knowingly false "
                       "statements may violate federal law.", "WX", 8, 510):
            c.drawString(58, y, ln)
            y -= 11
        marks: list[Mark] = []
        y -= 16
        people = [(app.borrower, "Borrower", True, 0)]
        people.append((app.co or "", "Co-borrower", bool(app.co) and app.co_signs, 1))
        for name, role, signs, k in people:
            c.setLineWidth(0.7)
            c.rect(58, y - 40, 300, 40, stroke=1, fill=0)
            c.rect(370, y - 40, 190, 40, stroke=1, fill=0)
            c.setFont("WXB", 7)
            c.drawString(62, y - 9, f"{role.upper()} SIGNATURE")
            c.drawString(374, y - 9, "DATE SIGNED (MM/DD/YYYY)")
            c.setFont("WX", 7)
            c.drawString(62, y - 50, f"{role}: {name}" if name else f"{role}: (none)")
            if signs:
                marks.append(Mark("sig", 80, y - 34, w=200, seed=app.seed + k))
                if ink:
                    marks.append(Mark("hand", 380, y - 32, mdy(app.signed_on), size=12, seed=app.seed + 8 + k))
                else:
                    c.setFont("WXM", 11)
                    c.drawString(380, y - 30, mdy(app.signed_on))
            y -= 74
        c.setFont("WX", 7)
        c.drawString(58, y - 4, "Return the signed request with the documents listed in your checklist. Keep a copy.")
        return marks

    return Paper([page1, page2], synth_font="WX")


def form4506c_ink(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                  phone: str, signed_on: dt.date, seed: int) -> tuple[bytes, list[list[Mark]]]:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over, to be signed and dated in ink."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Halyard Income Verification LLC"),
           (312, 506, "HIV-22817"), (420, 506, "HALYARD01"), (27, 484, "400 Commerce Way"),
           (312, 484, "Tysons"), (420, 484, "VA"), (474, 484, "22102"), (27, 430, SERVICER),
           (474, 430, "(757) 555-0110"), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    marks = [[Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 167, mdy(signed_on), size=11,
                                                            seed=seed + 3)]]
    return fixed_pypdf_bytes(writer, "cd4506c"), marks


# --- packets ---------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


@dataclass
class PageNote:
    """What a page of a file is meant to be, for --check: its text layer, whether it is an image, its geometry."""

    layer: str  # text | garbage | outline | ocr | stamp | none
    scanned: bool
    doc: bool  # False: a separator sheet or a fax cover sheet
    size: tuple[float, float] | None = None  # the MediaBox, where the packet means a particular size
    rotate: int = 0
    crop: tuple[float, float, float, float] | None = None
    stamps: list[str] = field(default_factory=list)
    truth: list[str] = field(default_factory=list)


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    notes: dict[tuple[str, int], PageNote] = field(default_factory=dict)

    def digital(self, rel: str, data: bytes, parts: Sequence[tuple[Doc | None, int]], layer: str = "text",
                size: tuple[float, float] | None = None, rotate: int = 0,
                crop: tuple[float, float, float, float] | None = None) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in parts:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            for i in range(n):
                self.notes[(rel, page + i)] = PageNote(layer, False, doc is not None, size, rotate, crop)
            page += n

    def scanned(self, rel: str, parts: Sequence[tuple[Doc | None, list[Sheet]]], tag: str,
                stamp: Callable[[int, int, Sheet], list[tuple[float, float, float, str]]] | None = None,
                check_size: bool = False) -> None:
        """An image-only file of scanned, faxed or photographed sheets; stamp(page, pages, sheet) gives the lines
        a fax server or a mailroom's imaging system writes over each page as text."""
        sheets: list[Sheet] = []
        total = sum(len(s) for _, s in parts)
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            for sheet in pages:
                n = len(sheets) + 1
                if stamp:
                    sheet.stamps = stamp(n, total, sheet)
                    sheet.layer = "stamp" if sheet.layer == "none" else sheet.layer
                self.notes[(rel, n)] = PageNote(sheet.layer, True, doc is not None,
                                                sheet.size if check_size else None, sheet.rotate, sheet.crop,
                                                [s[3] for s in sheet.stamps], sheet.truth)
                sheets.append(sheet)
        self.files[rel] = sheets_pdf(sheets, tag)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", dict(s.fields))


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", dict(s.fields))


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields)


def form4506c_doc(signed_on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": signed_on.isoformat()})


DATE_FIELD = {"pay_stub": "pay_date", "bank_statement": "period_end"}


def doc_date(d: dict[str, Any]) -> dt.date | None:
    v = d["fields"].get(DATE_FIELD.get(d["type"], "letter_date"))
    return dt.date.fromisoformat(v) if v else None


def codes_from_expected(exp: dict[str, Any]) -> list[str]:
    """shared/spec/checklist.md applied to what expected.json says the packet holds."""
    app = exp["application"]
    if app is None:
        return ["application"]
    received = dt.date.fromisoformat(exp["received_on"])
    out: list[str] = []
    if not (app["signed"] and app["signed_on"]) or (app["co_borrower_name"] and not app["co_borrower_signed"]):
        out.append("application_signature")
    for name in ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                 "hardship_start_date"):
        if not app[name]:
            out.append(f"application_field:{name}")
    claimed = {k for k, v in app["income"].items() if k != "total" and v > 0}
    if not claimed:
        out.append("application_field:income")
    docs = exp["documents"]

    def fresh(d: dict[str, Any]) -> bool:
        day = doc_date(d)
        return day is not None and dt.timedelta(0) <= received - day <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d["type"] == "bank_statement"]
    two_bank = any(
        a["fields"]["bank_name"] == b["fields"]["bank_name"]
        and a["fields"]["account_last4"] == b["fields"]["account_last4"] and fresh(a) and fresh(b)
        and dt.date.fromisoformat(b["fields"]["period_start"])
        == dt.date.fromisoformat(a["fields"]["period_end"]) + dt.timedelta(days=1)
        for a in stmts for b in stmts)
    stubs = [d for d in docs if d["type"] == "pay_stub" and fresh(d) and d["fields"]["gross_ytd"] is not None]

    def letter(kind: str) -> bool:
        return any(d["type"] == "benefit_award_letter" and d["fields"]["benefit_type"] == kind and fresh(d)
                   for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank, "other": two_bank}
    out += [f"income_doc:{k}" for k in sorted(claimed) if not rules[k]]
    types = {d["type"] for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app["hardship_types"] if h in need and not need[h] & types]
    if claimed & {"self_employment", "rental"} and not any(
            d["type"] == "irs_form_4506c" and d["fields"].get("signed") for d in docs):
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    docs = []
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    exp: dict[str, Any] = {"loan_number": p.app.loan, "received_on": p.received.isoformat(), "status": "",
                           "missing": [], "application": p.app.expected(), "documents": docs}
    exp["missing"] = codes_from_expected(exp)
    exp["status"] = "incomplete" if exp["missing"] else "complete"
    return exp


# --- deliveries ------------------------------------------------------------------------------------------------


def papers_pdf(papers: Sequence[Paper], outline: bool = False) -> bytes:
    """Several born-digital papers in one file."""
    buf = io.BytesIO()
    c = (OutlineCanvas if outline else Canvas)(buf, pagesize=letter, invariant=1, pageCompression=1)
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
            apply_screen_marks(c, fn(c))
            if paper.synth:
                synth_line(c, paper.size, paper.synth_font, paper.synth_xy)
            c.showPage()
    c.save()
    return buf.getvalue()


def rotated_paper(paper: Paper) -> Paper:
    """A landscape paper written the way some payroll exports store it: a portrait page whose content is drawn
    turned a quarter counter-clockwise, to be shown upright by /Rotate 90."""
    pw, ph = paper.size

    def wrap_fn(fn: PageFn) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            c.saveState()
            c.translate(ph, 0)
            c.rotate(90)
            marks = fn(c)
            synth_line(c, paper.size)
            c.restoreState()
            return marks

        return page

    return Paper([wrap_fn(fn) for fn in paper.pages], (ph, pw), synth=False)


def photo_paper(paper: Paper, seed: int, table: str = "wood") -> list[Sheet]:
    """Each page printed, inked and photographed with a phone."""
    pdf, marks = paper_bytes(paper)
    return photo_pdf(pdf, marks, seed, table)


def photo_pdf(pdf: bytes, marks: Sequence[Sequence[Mark]], seed: int, table: str = "wood") -> list[Sheet]:
    out = []
    for i, (img, _pw, ph) in enumerate(render_pages(pdf, 150, colour=True)):
        ink_on_image(img, marks[i] if i < len(marks) else [], 150 / 72, ph, (30, 36, 110))
        out.append(photograph(img, seed * 17 + i, table))
    return out


def glass_scan(paper: Paper, seed: int) -> list[Sheet]:
    """A colour flatbed scan of the whole glass (8.5 x 11.69 in) with a letter sheet against the top guide; the
    scanner software sets a CropBox around the sheet and leaves the lid's grey below it in the MediaBox."""
    glass_h = 841.9
    out = []
    for sheet in scan_paper(paper, COLOUR200, seed):
        img = sheet.image
        scale = COLOUR200.dpi / 72
        canvas_img = Image.new("RGB", (img.size[0], round(glass_h * scale)), (196, 198, 200))
        canvas_img.paste(img, (0, 0))
        out.append(Sheet(canvas_img, (W, glass_h), crop=(0.0, glass_h - H, W, glass_h), fmt="jpeg"))
    return out


def fax_header(sheets: Sequence[Sheet], when: dt.datetime, station: str, number: str) -> None:
    """The sending fax machine's header line, printed into the top of every page's image."""
    for n, sheet in enumerate(sheets, 1):
        img = sheet.image.convert("L")
        scale = img.size[0] / sheet.size[0]
        font = _font(FONT_DIR / "dejavu/DejaVuSansMono.ttf", round(7.5 * scale))
        draw = ImageDraw.Draw(img)
        draw.rectangle((0, 0, img.size[0], round(13 * scale)), fill=255)
        text = f"{when:%b-%d-%Y %H:%M}".upper() + f"   {station}   {number}   P.{n:02d}/{len(sheets):02d}"
        draw.text((round(20 * scale), round(4 * scale)), text, fill=0, font=font)
        sheet.image = img.point(lambda v: 255 if v > 150 else 0).convert("1")


WH_WI = Withholding(0.08, 0.045, "Wisconsin income tax", (("Health insurance", 88.50), ("Dental", 14.20)))
WH_NY = Withholding(0.1, 0.048, "NY State income tax", (("Union dues", 42.00), ("401(k)", 95.00)))
WH_WY = Withholding(0.085, 0.0, "", (("Medical", 64.10),))
WH_MO = Withholding(0.07, 0.035, "Missouri income tax", ())
WH_KY = Withholding(0.09, 0.04, "Kentucky income tax", (("Health plan", 71.30),))
WH_OK = Withholding(0.04, 0.0225, "Oklahoma income tax", ())
WH_PA = Withholding(0.11, 0.0307, "PA income tax", (("Medical plan", 112.00), ("Local earned income tax", 38.20)))


def deposits(run: PayRun, year: int, month: int, label: str) -> list[tuple[int, str, float]]:
    """The run's net pays that landed in a month, as statement credits."""
    return [(ch.pay_date.day, label, net_of(ch, run.wh)) for ch in run.checks
            if (ch.pay_date.year, ch.pay_date.month) == (year, month)]


# --- the packets -----------------------------------------------------------------------------------------------


def packet_cd1(seed: int) -> Packet:
    """Folder of e-mailed born-digital files: Form 710 on screen, two half-letter stubs in one file, two
    e-statements whose text is vector outlines (no text layer, no image), a typed letter."""
    rng = random.Random(seed * 1000 + 1)
    received = dt.date(2053, 3, 18)
    addr = ["4418 Millrace Court", "Eau Claire, WI 54701"]
    runs = [hourly_run("Chippewa Valley Orthopedic Clinic", "Annika J. Brandvold", f"cvo{seed}", d, "semimonthly", 0,
                       24.85, 84.0, WH_WI, [("Weekend clinic", 31.10, 8.0)])
            for d in (dt.date(2053, 2, 28), dt.date(2053, 3, 14))]
    stubs = [halfletter_stub(r, "2110 Craig Road, Eau Claire, WI 54701  -  Payroll (715) 555-0102", "CV-40318",
                             "Certified Medical Assistant") for r in runs]
    support = [(6, "WI SCTF CHILD SUPPORT", 320.00), (20, "WI SCTF CHILD SUPPORT", 320.00)]
    red = Color(0.55, 0.12, 0.1)
    s1 = estatement(rng, "Red Cedar Savings Bank", "Menomonie - Eau Claire - Chippewa Falls  |  Member FDIC",
                    "ANNIKA J BRANDVOLD", [a.upper() for a in addr], "7730195546", 2053, 1, 1386.22,
                    support + deposits(runs[-1], 2053, 1, "CVO CLINIC PAYROLL"), 2, red)
    s2 = estatement(rng, "Red Cedar Savings Bank", "Menomonie - Eau Claire - Chippewa Falls  |  Member FDIC",
                    "ANNIKA J BRANDVOLD", [a.upper() for a in addr], "7730195546", 2053, 2,
                    s1.fields["ending_balance"], support + deposits(runs[-1], 2053, 2, "CVO CLINIC PAYROLL"), 2, red)
    app = App("3307419852", "Annika J. Brandvold", "941-62-5083", "4418 Millrace Court", "Eau Claire", "WI",
              "54701", "(715) 555-0148", "annika.brandvold@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2052, 11, 14), "long", {"wages": stubs[-1].monthly, "other": 640.00}, dt.date(2053, 3, 12),
              seed=seed + 11)
    p = Packet("cd1", received, app, [])
    folder = app.loan
    p.digital(f"{folder}/Brandvold_MAA_signed.pdf", form710_screen(app), [(app_doc(), 4)])
    p.digital(f"{folder}/payslips Feb-Mar 2053.pdf", papers_pdf([s.paper for s in stubs]),
              [(stub_doc(s), 1) for s in stubs], size=HALF_LETTER)
    for s in (s1, s2):
        p.digital(f"{folder}/eStatement_{s.date:%Y-%m}.pdf", paper_pdf(s.paper, outline=True), [(stmt_doc(s), 2)],
                  layer="outline")
    on = dt.date(2053, 3, 12)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, [
        "In November the clinic closed its Saturday urgent-care hours and cut my schedule from eighty-eight to "
        "about eighty-four hours a pay period, and the extra weekend shifts I used to pick up are mostly gone.",
        "My child support arrives regularly, but with the lower pay I fell behind in January. I am asking for a "
        "modification so that my payment matches what I earn now."], ink=False, seed=seed)
    p.digital(f"{folder}/letter to Wexcombe.pdf", paper_pdf(hl.paper), [(letter_doc(hl), 1)])
    return p


def packet_cd2(seed: int) -> Packet:
    """Loose files: the servicer's portal form with its ToUnicode maps stripped (text layer is nonsense), a
    landscape stub stored portrait with /Rotate 90, two statements each printed 2-up on one landscape sheet and
    colour-scanned, a colour-scanned 4506-C and letter."""
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2053, 4, 22)
    addr = ["77 Heddings Lane", "Schenectady, NY 12303"]
    run = hourly_run("Mohawk Valley Turbine Works", "Desmond R. Okonjo", f"mvt{seed}", dt.date(2053, 4, 11),
                     "biweekly", 6, 31.40, 80.0, WH_NY, [("Overtime 1.5x", 47.10, 6.0), ("Shift premium", 1.25, 40.0)])
    stub = landscape_stub(run, "1 Turbine Way, Schenectady, NY 12305", "0471192", "Blade Finishing - 2nd shift",
                          Color(0.12, 0.22, 0.4))
    bank = ("Schuyler Falls National Bank", "Mohawk Avenue Office  -  Member FDIC")
    holder = "Desmond R. Okonjo  /  Lorraine T. Okonjo"
    fixed = [(1, "EMPIRE ST TEACHERS RET PENSION", 1208.40), (3, "MOBILE DEP - RENT APT B", 850.00)]
    s1 = ledger_statement(rng, *bank, holder, addr, "4408137729", 2053, 2, 2210.57,
                          fixed + deposits(run, 2053, 2, "MOHAWK VALLEY TURB PAYROLL"), "JOINT CHECKING",
                          Color(0.1, 0.3, 0.5))
    s2 = ledger_statement(rng, *bank, holder, addr, "4408137729", 2053, 3, s1.fields["ending_balance"],
                          fixed + deposits(run, 2053, 3, "MOHAWK VALLEY TURB PAYROLL"), "JOINT CHECKING",
                          Color(0.1, 0.3, 0.5))
    app = App("0061842273", "Desmond R. Okonjo", "943-27-6618", "77 Heddings Lane", "Schenectady", "NY", "12303",
              "(518) 555-0193", "dokonjo@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2053, 1, 1), "long", {"wages": stub.monthly, "benefits_taxable": 1208.40, "rental": 850.00},
              dt.date(2053, 4, 17), co="Lorraine T. Okonjo", co_ssn="943-51-0274", seed=seed + 21)
    p = Packet("cd2", received, app, [])
    loan = app.loan
    form = paper_pdf(whm7(app, "WH-2053-04417", dt.datetime(2053, 4, 17, 21, 14), ink=False))
    p.digital(f"{loan}_assistance_request.pdf", strip_tounicode(form, "cd2whm7"), [(app_doc(), 2)], layer="garbage")
    p.digital(f"{loan}_paystub.pdf", set_boxes(paper_pdf(rotated_paper(stub.paper)), "cd2rot", rotate={0: 90}),
              [(stub_doc(stub), 1)], size=(612.0, 792.0), rotate=90)
    p.scanned(f"{loan}_bank_statements.pdf", [
        (stmt_doc(s), scan_pdf(two_up(paper_pdf(s.paper)), [[]], COLOUR200, seed + 200 + i))
        for i, s in enumerate((s1, s2))], "cd2bank")
    t, marks = form4506c_ink("Desmond", "R", "Okonjo", app.ssn, app.street, app.city, app.state, app.zip, app.phone,
                             app.signed_on, seed + 22)
    p.scanned(f"{loan}_4506C.pdf", [(form4506c_doc(app.signed_on), scan_pdf(t, marks, COLOUR200, seed + 203))],
              "cd2t")
    on = dt.date(2053, 4, 17)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, [
        "In January the city's revaluation raised the taxes on our two-family house by almost $2,400 a year, and "
        "our insurer raised the premium after last winter's claims on our street. The escrow shortage was spread "
        "over twelve months and our payment went up by $385 a month.",
        "My pay from the turbine plant, my wife's pension and the rent from the downstairs apartment covered the "
        "old payment but do not cover the new one. We ask to be considered for a modification."],
        ink=True, seed=seed + 23)
    p.scanned(f"{loan}_hardship_letter.pdf", [(letter_doc(hl), scan_paper(hl.paper, COLOUR200, seed + 204))],
              "cd2hl")
    return p


def packet_cd3(seed: int) -> Packet:
    """One office-copier 'searchable PDF' behind a separator sheet: a clean 300 dpi grey image under a poor
    invisible OCR layer on every page; the landscape stub fed portrait and set upright by /Rotate 90."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2053, 5, 13)
    addr = ["2601 Boxelder Road", "Cheyenne, WY 82001"]
    run = hourly_run("Laramie County Family Clinic", "Ilse K. Ferreira", f"lcf{seed}", dt.date(2053, 5, 2),
                     "biweekly", 6, 22.60, 72.0, WH_WY, [("Evening differential", 2.50, 16.0)])
    stub = landscape_stub(run, "800 East Lincolnway, Cheyenne, WY 82001", "20917", "Front Office / Scheduling",
                          Color(0.35, 0.18, 0.05))
    biz = "Ferreira Roofing LLC"
    mail = ["PO Box 1187", "Cheyenne, WY 82003"]
    credits = [[(4, "DEPOSIT - CUSTOMER CHECK", 2180.00), (12, "SQUARE INC DEPOSIT", 1460.35),
                (23, "DEPOSIT - CUSTOMER CHECK", 3120.00), (28, "INS CLAIM PMT - CUSTOMER", 1875.50)],
               [(3, "SQUARE INC DEPOSIT", 1290.10), (10, "DEPOSIT - CUSTOMER CHECK", 4025.00),
                (17, "DEPOSIT - CUSTOMER CHECK", 1980.00), (29, "SQUARE INC DEPOSIT", 1644.75)]]
    s_mar = ledger_statement(rng, "Frontier Plains Bank", "Cheyenne Downtown Branch  -  Member FDIC", biz, mail,
                             "6120447813", 2053, 3, 3318.45, credits[0], "BUSINESS CHECKING", Color(0.45, 0.25, 0.1))
    s_apr = ledger_statement(rng, "Frontier Plains Bank", "Cheyenne Downtown Branch  -  Member FDIC", biz, mail,
                             "6120447813", 2053, 4, s_mar.fields["ending_balance"], credits[1], "BUSINESS CHECKING",
                             Color(0.45, 0.25, 0.1))
    app = App("5590027314", "Marcus D. Ferreira", "952-70-3146", "2601 Boxelder Road", "Cheyenne", "WY", "82001",
              "(307) 555-0126", "ferreira.roofing@example.com", "primary_residence", ["disaster"],
              dt.date(2053, 3, 2), "short", {"wages": stub.monthly, "self_employment": 3900.00}, dt.date(2053, 5, 6),
              co="Ilse K. Ferreira", co_ssn="952-18-7730", seed=seed + 31)
    p = Packet("cd3", received, app, ["irs_form_4506c"])
    style = CLEAN300
    on = dt.date(2053, 5, 6)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, [
        "On March 2 a hail storm came through Cheyenne. It broke through the roof of our house and wrecked the "
        "shop where I keep my roofing trucks and materials; one truck was totaled. For six weeks I could not work "
        "for customers because I had no truck and no shingles in stock.",
        "The insurance company has paid part of the claim and the business is picking up again, but we fell two "
        "payments behind. We ask for a few months of help until the business is back to normal."],
        ink=True, seed=seed + 33)
    stub_sheet = sideways(scan_paper(stub.paper, style, seed + 303, ocr=True)[0], clockwise=False)
    stub_sheet.rotate = 90
    p.scanned("MFP_SCAN_20530513_101544.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 300, ocr=True)),
        (app_doc(), form710_ink(app, style, seed + 301, ocr=True)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 302, ocr=True)),
        (stub_doc(stub), [stub_sheet]),
        (stmt_doc(s_apr), scan_paper(s_apr.paper, style, seed + 304, ocr=True)),
        (stmt_doc(s_mar), scan_paper(s_mar.paper, style, seed + 305, ocr=True))], "cd3mfp")
    return p


def packet_cd4(seed: int) -> Packet:
    """One 200 dpi fax from a copy shop: the sender's header line in every image, and a text layer that holds
    only the receiving fax server's stamp ("Received ... Page n of 9"); the blank Form 710 filled by pen, a state's
    monetary determination on two US Legal pages, a landscape stub that arrived sideways (drawn turned, no
    /Rotate) and paid more than 90 days before receipt."""
    received = dt.date(2053, 6, 17)
    addr = ["318 Osage Trail", "Jefferson City, MO 65109"]
    run = hourly_run("Capital City Lumber & Supply", "Vernon L. Kincaid", f"ccl{seed}", dt.date(2053, 2, 21),
                     "weekly", 6, 17.85, 24.0, WH_MO, [("Saturday yard", 17.85, 5.0)])
    stub = landscape_stub(run, "1400 Industrial Drive, Jefferson City, MO 65109", "3318", "Yard - part time",
                          Color(0.2, 0.35, 0.15))
    ui = ui_determination("Roberta A. Kincaid", addr, "967-44-2085", dt.date(2053, 4, 14), 320.00,
                          dt.date(2053, 4, 6), [("Osage Valley Print & Mail LLC", [8120.00, 7980.50, 8340.25,
                                                                                   8210.00])])
    app = App("7713560428", "Roberta A. Kincaid", "967-44-2085", "318 Osage Trail", "Jefferson City", "MO", "65109",
              "(573) 555-0187", "rkincaid53@example.net", "primary_residence", ["unemployment"], dt.date(2053, 3, 31),
              "short", {"wages": stub.monthly, "unemployment": r2(320.00 * 52 / 12)}, dt.date(2053, 6, 12),
              co="Vernon L. Kincaid", co_ssn="967-90-3152", seed=seed + 41)
    p = Packet("cd4", received, app, ["income_doc:wages"])
    on = dt.date(2053, 6, 12)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, [
        "Osage Valley Print & Mail closed its Jefferson City plant on March 31 and I lost my job of eleven years. "
        "I receive unemployment benefits of $320 a week while I look for work, and my husband works part time "
        "at the lumber yard.",
        "We have paid what we could since April. I expect to be working again by the fall and ask for a "
        "forbearance or a lower payment until then."], ink=True, seed=seed + 43)
    style = FAX200
    cover = fax_cover("Copy Corner #18", "(573) 555-0142", SERVICER + " - Loss Mitigation", "(757) 555-0111",
                      app.borrower, received, 9, f"Loan {app.loan} - application and papers")
    blank, ink = form710_hand(app)
    parts: list[tuple[Doc | None, list[Sheet]]] = [
        (None, scan_paper(cover, style, seed + 400)), (app_doc(), scan_pdf(blank, ink, style, seed + 401)),
        (letter_doc(ui), scan_paper(ui.paper, style, seed + 402)),
        (stub_doc(stub), [sideways(scan_paper(stub.paper, style, seed + 403)[0], clockwise=True)]),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 404))]
    fax_header([s for _, sheets in parts for s in sheets], dt.datetime(2053, 6, 17, 10, 38), "COPY CORNER 18",
               "5735550142")

    def stamp(n: int, total: int, sheet: Sheet) -> list[tuple[float, float, float, str]]:
        return [(12.0, 3.0, 6.5, f"Received 06/17/2053 10:41 AM   Page {n} of {total}   WHMS fax server FX-2   "
                                 "From 5735550142")]

    p.scanned("FAX_20530617_104122.pdf", parts, "cd4fax", stamp=stamp)
    return p


def packet_cd5(seed: int) -> Packet:
    """The servicer's mailroom imaging: one 300 dpi grey scan behind a barcode separator sheet whose text layer is
    only the imaging system's footer stamp; Form 710 typed, printed and signed in ink, a circuit court's divorce
    decree on three US Legal pages, a stub over a direct-deposit advice, a signed letter."""
    received = dt.date(2053, 7, 22)
    addr = ["1190 Sycamore Bend", "Lexington, KY 40517"]
    run = hourly_run("Harrodsburg Road Animal Hospital", "Celeste M. Arbogast", f"hra{seed}", dt.date(2053, 7, 11),
                     "biweekly", 6, 21.75, 80.0, WH_KY, [("Overtime", 32.625, 4.0)])
    stub = portrait_stub(run, "3360 Harrodsburg Road, Lexington, KY 40503", "HR-1187", "Veterinary Technician II",
                         "Bluegrass Heritage Bank", Color(0.1, 0.4, 0.3))
    prop = "1190 Sycamore Bend, Lexington, Kentucky 40517"
    decree = decree_legal(("COMMONWEALTH OF KENTUCKY", "FAYETTE CIRCUIT COURT", "FAMILY DIVISION"), "52-CI-04417",
                          "Celeste M. Arbogast", "Gregory P. Arbogast", dt.date(2041, 6, 14), dt.date(2053, 5, 19),
                          prop, "Hon. Patricia L. Wendover", seed + 52)
    app = App("2248806137", "Celeste M. Arbogast", "938-05-6624", "1190 Sycamore Bend", "Lexington", "KY", "40517",
              "(859) 555-0132", "celeste.arbogast@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2053, 2, 10), "long", {"wages": stub.monthly}, dt.date(2053, 7, 16), seed=seed + 51)
    p = Packet("cd5", received, app, [])
    on = dt.date(2053, 7, 16)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, [
        "My husband moved out in February and our divorce became final in May. The court gave me the house and "
        "the mortgage, and since February I have been paying it alone on my pay as a veterinary technician.",
        "I want to keep the house for my son and me. I am asking for a modification that brings the payment "
        "down to what one income can carry."], ink=True, seed=seed + 53)
    style = GREY300
    parts: list[tuple[Doc | None, list[Sheet]]] = [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 500)),
        (app_doc(), form710_ink(app, style, seed + 501)),
        (letter_doc(decree), scan_paper(decree.paper, style, seed + 502)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 503)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 504))]

    def stamp(n: int, total: int, sheet: Sheet) -> list[tuple[float, float, float, str]]:
        return [(14.0, 3.0, 6.0, f"WHMS MAILROOM   Batch 0722-0147   Received 07/22/2053   Page {n} of {total}")]

    p.scanned("WHMS_IMG_0722_0147.pdf", parts, "cd5img", stamp=stamp)
    return p


def diner_run(employer: str, employee: str, key: str, pay_date: dt.date, rate: float, wh: Withholding) -> PayRun:
    """A diner's weekly checks: hours at the server's wage and the tips she reported."""
    checks = []
    for pay, start, end in pay_calendar(pay_date, "weekly", 5):
        rr = random.Random(f"{key}|{pay.isoformat()}")
        hours = rr.choice([26.5, 29.0, 31.25, 33.5, 35.0])
        tips = r2(rr.uniform(210, 360))
        checks.append(Check(pay, start, end, {"Regular": (hours, rate, r2(hours * rate)),
                                              "Tips reported": (0.0, 0.0, tips)}))
    return PayRun(employer, employee, "weekly", checks, wh)


def packet_cd6(seed: int) -> Packet:
    """Loose files: the portal form (ToUnicode stripped) signed on screen by the borrower only - the co-borrower it
    names never signed -, a check stub cut off its check (a strip one inch tall) scanned alone, a disability
    insurer's award from its print vendor (CropBox inside a larger MediaBox, a print-run slug outside it), and a
    phone photo of the signed letter."""
    received = dt.date(2053, 8, 19)
    addr = ["2207 Pecan Hollow Drive", "Clinton, OK 73601"]
    run = diner_run("Lucky Penny Diner", "Ruth E. Castellanos", f"lpd{seed}", dt.date(2053, 8, 15), 9.50, WH_OK)
    stub = strip_stub(run, "1410 W. Gary Blvd, Clinton, OK 73601")
    ltd = ltd_award_mailhouse("Felipe A. Castellanos", addr, dt.date(2053, 8, 4), 1650.00, "LTD-53-0082291",
                              dt.date(2053, 8, 4), "Western Plains Grain Cooperative", dt.date(2053, 8, 2))
    app = App("4470193365", "Ruth E. Castellanos", "925-63-1048", "2207 Pecan Hollow Drive", "Clinton", "OK",
              "73601", "(580) 555-0164", "ruth.castellanos@example.net", "primary_residence",
              ["disability_or_illness"], dt.date(2053, 5, 6), "long",
              {"wages": stub.monthly, "benefits_taxable": 1650.00}, dt.date(2053, 8, 14),
              co="Felipe A. Castellanos", co_ssn="925-80-4471", co_signs=False, seed=seed + 61)
    p = Packet("cd6", received, app, ["application_signature"])
    loan = app.loan
    form = paper_pdf(whm7(app, "WH-2053-08122", dt.datetime(2053, 8, 14, 22, 37), ink=False))
    p.digital(f"Castellanos {loan} request.pdf", strip_tounicode(form, "cd6whm7"), [(app_doc(), 2)],
              layer="garbage")
    p.scanned(f"{loan} check stub.pdf", [(stub_doc(stub), scan_paper(stub.paper, GREY300, seed + 600))], "cd6stub")
    p.digital(f"{loan} LTD approval.pdf", set_boxes(paper_pdf(ltd.paper), "cd6ltd", crop={0: MAILHOUSE_CROP}),
              [(letter_doc(ltd), 1)], size=MAILHOUSE, crop=MAILHOUSE_CROP)
    on = dt.date(2053, 8, 14)
    hl = hardship_letter(app.borrower, None, addr, loan, on, [
        "On May 6 my husband Felipe had a stroke at work at the grain cooperative. He is home now but cannot "
        "work, and his doctors say it will be a long recovery. His long-term disability benefit started in August "
        "and is much less than his pay was.",
        "I work at the Lucky Penny Diner and pick up every shift I can. Felipe cannot sign papers right now. We "
        "ask for a modification so we can keep our home."], ink=True, seed=seed + 63)
    p.scanned(f"{loan} letter photo.pdf", [(letter_doc(hl), photo_paper(hl.paper, seed + 601, "dark"))], "cd6ph")
    return p


def packet_cd7(seed: int) -> Packet:
    """A folder of 'searchable PDFs' from a library's copier (clean images under poor OCR layers): the portal form
    printed and signed in ink, a stub, a pension award and a letter; and the employer's e-mailed transfer letter
    on two A4 pages from its head office abroad."""
    received = dt.date(2053, 9, 16)
    addr = ["5 Quarry Hill Road", "Bethlehem, PA 18015"]
    run = hourly_run("Brederode Maritime Systems (USA) Inc.", "Dmitri A. Vogelsang", f"bms{seed}",
                     dt.date(2053, 9, 5), "biweekly", 6, 36.20, 80.0, WH_PA, [("Overtime", 54.30, 5.0)])
    stub = portrait_stub(run, "2 Riverport Drive, Mobile, AL 36602  -  Payroll services (251) 555-0190", "BM-00731",
                         "Senior Systems Technician", "Lehigh Canal Federal Credit Union", Color(0.0, 0.24, 0.47))
    award = pension_award("Paula J. Vogelsang", addr, dt.date(2053, 7, 8), 1344.20, dt.date(2053, 7, 1))
    reloc = relocation_a4("Dmitri A. Vogelsang", "BM-00731", dt.date(2053, 7, 21), "Bethlehem, Pennsylvania",
                          "Mobile, Alabama", dt.date(2053, 8, 1), 6500.00, seed + 72)
    app = App("6031178840", "Dmitri A. Vogelsang", "916-42-8805", "5 Quarry Hill Road", "Bethlehem", "PA", "18015",
              "(610) 555-0171", "vogelsang.family@example.org", "primary_residence", ["relocation"],
              dt.date(2053, 8, 1), "long", {"wages": stub.monthly, "benefits_taxable": 1344.20}, dt.date(2053, 9, 9),
              co="Paula J. Vogelsang", co_ssn="916-07-3329", seed=seed + 71)
    p = Packet("cd7", received, app, [])
    on = dt.date(2053, 9, 9)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, [
        "My employer closed my department in Bethlehem and moved my job to its yard in Mobile, Alabama, on "
        "August 1. I rent a room near the yard and come home twice a month. My wife has been on a disability "
        "retirement since July and stays in the house with our daughter, who finishes high school next June.",
        "We plan to sell the house next summer and move. Until then we pay two housing costs, and we ask for a "
        "lower payment for the coming year."], ink=True, seed=seed + 73)
    style = CLEAN300
    folder = app.loan
    for i, (doc, sheets) in enumerate([
            (app_doc(), scan_paper(whm7(app, "WH-2053-09031", dt.datetime(2053, 9, 9, 7, 52), ink=True), style,
                                   seed + 700, ocr=True)),
            (stub_doc(stub), scan_paper(stub.paper, style, seed + 701, ocr=True)),
            (letter_doc(award), scan_paper(award.paper, style, seed + 702, ocr=True)),
            (letter_doc(hl), scan_paper(hl.paper, style, seed + 703, ocr=True))], 1):
        p.scanned(f"{folder}/SCAN_0911_{i:04d}.pdf", [(doc, sheets)], f"cd7s{i}")
    p.digital(f"{folder}/Transfer letter - Brederode.pdf", paper_pdf(reloc.paper), [(letter_doc(reloc), 2)],
              size=A4)
    return p


def packet_cd8(seed: int) -> Packet:
    """Loose files of a widow: the blank Form 710 filled by pen and PHOTOGRAPHED page by page, the hardship's start
    date left empty; two one-page e-statements drawn as vector outlines; a funeral home's statement colour-scanned
    on the whole flatbed glass with a CropBox around the sheet; a photographed letter. No death certificate or
    obituary."""
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2053, 10, 21)
    addr = ["62 Lantern Hill Drive", "Hagerstown, MD 21740"]
    green = Color(0.1, 0.38, 0.2)

    def credits(year: int, month: int) -> list[tuple[int, str, float]]:
        out = [(3, "SSA TREAS 310 XXSOC SEC", 1512.00)]
        for pay, _start, _end in pay_calendar(month_end(dt.date(year, month, 1)), "semimonthly", 0):
            if pay.month == month:
                out.append((pay.day, "WASHINGTON CO FREE LIBRARY PAYROLL", 571.26))
        return out

    s_aug = estatement(rng, "Antietam Valley Credit Union", "Hagerstown - Boonsboro - Smithsburg  |  Federally "
                       "insured by NCUA", "GWENDOLYN S TARRANT", [a.upper() for a in addr], "0093318825", 2053, 8,
                       912.40, credits(2053, 8), 1, green)
    s_sep = estatement(rng, "Antietam Valley Credit Union", "Hagerstown - Boonsboro - Smithsburg  |  Federally "
                       "insured by NCUA", "GWENDOLYN S TARRANT", [a.upper() for a in addr], "0093318825", 2053, 9,
                       s_aug.fields["ending_balance"], credits(2053, 9), 1, green)
    funeral = funeral_statement("Harlan J. Tarrant", dt.date(2053, 7, 30), "Gwendolyn S. Tarrant",
                                dt.date(2053, 8, 1), [("Basic services of funeral director and staff", 2450.00),
                                                      ("Embalming", 895.00), ("Viewing and visitation", 650.00),
                                                      ("Funeral ceremony at the funeral home", 725.00),
                                                      ("Hearse", 395.00), ("Casket - Brushed steel, Autumn Oak",
                                                                           2890.00),
                                                      ("Certified copies of death certificate (6)", 60.00)],
                                4000.00)
    app = App("8825104496", "Gwendolyn S. Tarrant", "974-31-5560", "62 Lantern Hill Drive", "Hagerstown", "MD",
              "21740", "(301) 555-0119", "gwen.tarrant@example.net", "primary_residence", ["death"], None, "long",
              {"wages": 1380.00, "benefits_taxable": 1512.00}, dt.date(2053, 10, 14), seed=seed + 81)
    p = Packet("cd8", received, app, ["application_field:hardship_start_date", "hardship_doc:death"])
    loan = app.loan
    blank, ink = form710_hand(app)
    p.scanned(f"{loan} application.pdf", [(app_doc(), photo_pdf(blank, ink, seed + 800))], "cd8app")
    for s in (s_aug, s_sep):
        p.digital(f"{loan} {s.date:%b} statement.pdf", paper_pdf(s.paper, outline=True), [(stmt_doc(s), 1)],
                  layer="outline")
    p.scanned(f"{loan} funeral home.pdf", [(letter_doc(funeral), glass_scan(funeral.paper, seed + 801))], "cd8fh")
    on = dt.date(2053, 10, 14)
    hl = hardship_letter(app.borrower, None, addr, loan, on, [
        "My husband Harlan died on July 30 after a heart attack. He was a machinist and his pay was most of our "
        "income. I now have my Social Security survivor benefit and my part-time pay from the library.",
        "The funeral cost more than our savings, and I could not make the August and September payments. I would "
        "like to stay in our home and ask for a payment I can afford on my own."], ink=True, seed=seed + 83)
    p.scanned(f"{loan} letter.pdf", [(letter_doc(hl), photo_paper(hl.paper, seed + 802))], "cd8hl")
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cd1, packet_cd2, packet_cd3, packet_cd4, packet_cd5, packet_cd6,
                                             packet_cd7, packet_cd8]
FIELD_NAMES = {
    "mortgage_assistance_application": set(), "divorce_decree": set(), "other": set(),
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "hardship_letter": {"letter_date"}, "employer_relocation_letter": {"letter_date"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "unemployment_benefit_letter": {"letter_date", "benefit_type"}, "irs_form_4506c": {"signed", "signed_on"}}


def business_days_after(d: dt.date, n: int) -> dt.date:
    while n:
        d += dt.timedelta(days=1)
        n -= d.weekday() < 5
    return d


def as_case_report(exp: dict[str, Any]) -> dict[str, Any]:
    """expected.json put into the shape of case-report.schema.json (every value a field read with confidence 1),
    so the schema's types, date patterns and required keys can be checked against the truth."""

    def fld(v: Any) -> dict[str, Any]:
        return {"value": v, "confidence": 1.0}

    app = {k: fld(v) for k, v in exp["application"].items() if k != "income"}
    app["income"] = {k: fld(v) for k, v in exp["application"]["income"].items()}
    received = dt.date.fromisoformat(exp["received_on"])
    return {"schema_version": "1", "loan_number": exp["loan_number"], "program": "fannie_mae_710_2023@1",
            "status": exp["status"], "evaluated_on": exp["received_on"], "received_on": exp["received_on"],
            "acknowledgment_due": business_days_after(received, 5).isoformat(), "application": app,
            "income_types": sorted(k for k in exp["application"]["income"] if k != "total"),
            "documents": [{"id": d["id"], "type": d["type"], "pages": d["pages"], "received_on": exp["received_on"],
                           "fields": {k: fld(v) for k, v in d["fields"].items()}} for d in exp["documents"]],
            "missing": [{"code": c, "description": c} for c in exp["missing"]], "needs_review": []}


def page_has_image(page: Any) -> bool:
    """Whether a page draws a raster image (directly or inside a form XObject, as reportlab wraps them)."""

    def walk(resources: Any, depth: int) -> bool:
        xobjects = (resources or {}).get("/XObject") or {}
        for k in xobjects:
            obj = xobjects[k].get_object()
            if obj.get("/Subtype") == "/Image":
                return True
            if obj.get("/Subtype") == "/Form" and depth < 3 and walk(obj.get("/Resources"), depth + 1):
                return True
        return False

    return walk(page.get("/Resources"), 0)


def norm(text: str) -> str:
    return " ".join(text.replace(SYNTH, " ").split())


def check_pages(p: Packet, exp: dict[str, Any], root: Path) -> list[str]:
    """Every page of every file: that it belongs to one document (or is a separator or cover sheet), that its
    text layer is the kind the packet meant (true text, nonsense, none, a poor OCR layer, a stamp), and its
    geometry (size, /Rotate, CropBox)."""
    problems: list[str] = []
    owner: dict[tuple[str, int], dict[str, Any]] = {}
    for d in exp["documents"]:
        for pg in d["pages"]:
            key = (pg["file"], pg["page"])
            if key in owner:
                problems.append(f"{p.name}: page listed twice {key}")
            owner[key] = d
    surname = p.app.borrower.split()[-1]
    for rel in p.files:
        reader = PdfReader(root / "inbox" / rel)
        for i, page in enumerate(reader.pages, 1):
            key = (rel, i)
            note = p.notes.get(key)
            if note is None:
                problems.append(f"{p.name}: no note for {key}")
                continue
            doc = owner.get(key)
            if note.doc != (doc is not None):
                problems.append(f"{p.name}: {key} document membership")
            if doc is not None and doc["scanned"] != note.scanned:
                problems.append(f"{p.name}: {key} scanned flag")
            text = norm(page.extract_text())
            image = page_has_image(page)
            if image != note.scanned:
                problems.append(f"{p.name}: {key} image={image} but scanned={note.scanned}")
            stream = page.get_contents()
            content = stream.get_data() if stream is not None else b""
            if note.layer == "text":
                if not text:
                    problems.append(f"{p.name}: {key} has no text layer")
                elif doc is not None:
                    f = doc["fields"]
                    want = {"pay_stub": ["gross_current", "gross_ytd"], "bank_statement": ["ending_balance"],
                            "benefit_award_letter": ["monthly_amount"]}.get(doc["type"], [])
                    if doc["type"] == "bank_statement" and i != doc["pages"][-1]["page"]:
                        want = []
                    problems += [f"{p.name}: {key} does not print {k}" for k in want if money(f[k]) not in text]
            elif note.layer == "garbage":
                fonts = page["/Resources"].get("/Font") or {}
                if not text or p.app.loan in text or surname in text or any(
                        "/ToUnicode" in fonts[k].get_object() for k in fonts):
                    problems.append(f"{p.name}: {key} text layer is readable")
            elif note.layer == "outline":
                if text or content.count(b" c") < 50:
                    problems.append(f"{p.name}: {key} is not text drawn as outlines")
            elif note.layer == "ocr":
                words = text.split()
                if b"3 Tr" not in content or not words or len(words) >= len(note.truth) or \
                        not set(words) - set(note.truth):
                    problems.append(f"{p.name}: {key} OCR layer is not the poor copy of the page meant")
            elif note.layer == "stamp":
                if text != norm(" ".join(note.stamps)):
                    problems.append(f"{p.name}: {key} text layer is not only the stamp: {text[:80]!r}")
            elif text:
                problems.append(f"{p.name}: {key} should have no text layer")
            box = [float(v) for v in page.mediabox]
            if note.size and (abs(box[2] - box[0] - note.size[0]) > 0.5 or abs(box[3] - box[1] - note.size[1]) > 0.5):
                problems.append(f"{p.name}: {key} size {box}")
            if int(page.get("/Rotate", 0)) != note.rotate:
                problems.append(f"{p.name}: {key} /Rotate {page.get('/Rotate')}")
            crop = [float(v) for v in page.cropbox]
            if (note.crop is None and crop != box) or (note.crop is not None and (
                    crop == box or any(abs(a - b) > 0.5 for a, b in zip(crop, note.crop, strict=True)))):
                problems.append(f"{p.name}: {key} CropBox {crop}")
    return problems


def check(out: Path, packets: Sequence[Packet]) -> list[str]:
    """Validate every expected.json written: the schema, keys, codes, fields per type, dates, the checklist's codes
    re-derived from the truth against the scenario, and every page of every file."""
    import jsonschema

    schema = json.loads(SCHEMA.read_text())
    validator = jsonschema.Draft202012Validator(schema)
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for p in packets:
        root = out / p.name
        exp = json.loads((root / "expected.json").read_text())
        name = p.name
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        problems += [f"{name}: schema: {e.message}" for e in validator.iter_errors(as_case_report(exp))]
        received = dt.date.fromisoformat(exp["received_on"])
        if received.year // 10 != 205 or received.weekday() > 4:
            problems.append(f"{name}: received_on {received}")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        if codes_from_expected(exp) != exp["missing"] or exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {codes_from_expected(exp)}, expected.json says {exp['missing']}, "
                            f"scenario {sorted(p.scenario)}")
        app = exp["application"]
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        stmts: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for doc in exp["documents"]:
            f = doc["fields"]
            if doc["type"] not in DOC_TYPES or set(f) != FIELD_NAMES[doc["type"]]:
                problems.append(f"{name}: type or fields of {doc['id']} {doc['type']} {sorted(f)}")
            for k, v in f.items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    day = dt.date.fromisoformat(v)
                    if day > received:
                        problems.append(f"{name}: {doc['id']} {k} after receipt")
            if doc["type"] == "pay_stub":
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005 or f["net_current"] >= f["gross_current"]:
                    problems.append(f"{name}: pay stub amounts {f}")
            if doc["type"] == "bank_statement":
                stmts.setdefault((f["bank_name"], f["account_last4"]), []).append(f)
        for group in stmts.values():
            group.sort(key=lambda f: f["period_start"])
            for a, b in itertools.pairwise(group):
                if a["ending_balance"] != b["beginning_balance"]:
                    problems.append(f"{name}: statements do not chain {a['period_end']} -> {b['period_start']}")
        problems += check_pages(p, exp, root)
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write the cd holdout packets (see the module docstring).")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files and pages written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cd1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: list[Packet] = []
    scanned_pages = all_pages = 0
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
        built.append(p)
        pages = sum(len(d["pages"]) for d in exp["documents"])
        scanned = sum(len(d["pages"]) for d in exp["documents"] if d["scanned"])
        scanned_pages += scanned
        all_pages += pages
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{pages} document pages, {scanned} scanned)")
    print(f"document pages: {all_pages}, scanned, faxed or photographed: {scanned_pages}")
    if args.check:
        problems += check(args.out, built)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
