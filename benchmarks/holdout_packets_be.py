"""Holdout set be (be1..be8): MULTIFUNCTION OFFICE SCANNERS THAT EMBED THEIR OWN OCR TEXT LAYER, written without
looking at the service's code, rules, data files or tests, to estimate honestly how it reads borrower mail in
layouts it has never seen.

    python benchmarks/holdout_packets_be.py OUT_DIR [--seed N] [--check] [--only be1 be5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`. Received dates are weekdays in 2046. Papers are typed; the
hand-made parts are signatures (drawn strokes) and the dates written beside them (an oblique face jittered glyph by
glyph).

THEME. Most packets reach the servicer from an office MULTIFUNCTION PRINTER/SCANNER (a copier in a library, a
tax preparer's office, a school office) set to "searchable PDF": each sheet is scanned at 300 dpi grey (tilted 0.15
to 0.45 degrees, a light blur, a light grey paper tone and light speckle, JPEG) and the machine lays its OWN OCR
RESULT over the image as INVISIBLE TEXT (text render mode 3, one positioned word at a time, each word stretched with
a horizontal scale to the width the OCR found, rotated with the sheet's tilt), as OCR-to-PDF software does. That
layer is IMPERFECT the way real scanners' layers are, page by page:
- "good": every printed word, in place (the typed answers included; no handwriting - the signatures and the
  hand-written dates are never in the layer);
- "misread": the same words, but about one word in five that holds a confusable character comes out with 0/O, 1/l or
  5/S swapped ("2O46", "Sa1ary", "$1,5S0.00") and about a third of the money amounts lose their decimal point
  ("2,875.00" read as "287500");
- "headers": a PARTIAL layer - only the words in the top fifth of the sheet (letterheads, titles);
- "none": no layer at all on that page (the scanner's OCR timed out);
- and in be3 the WHOLE packet's layer is SHIFTED 4.5 points right and 3.5 points down off the image.
Expected values are always the TRUE printed values (what a human reads on the image), never the layer's. A page's
`scanned` flag is true for every scanned sheet, layer or not (the visible page is an image; the README's "images
without a text layer" would otherwise put copier scans among born-digital files), and false for born-digital files.
Two packets (be2, be5) are born-digital e-mail attachments with true text layers, for contrast.

THE SERVICER. Granite Shoals Bank, N.A., Mortgage Servicing Department (400 Quarry Street, Concord, NH 03301), a
regional bank servicing its own loans, uses its own two-page "HARDSHIP ASSISTANCE APPLICATION" (Form GSB-HA2, Rev.
01/2046) in a classic typed layout: a dark green square emblem with white "GSB", the bank's name and department
line, "Form GSB-HA2 (Rev. 01/2046)" and "Page n of 2" at the top right, the title centred, a boxed "Loan number"
on both pages. Sections are grey bars lettered A to F: A BORROWER INFORMATION, B PROPERTY, C HARDSHIP (page 1),
D MONTHLY GROSS INCOME, E ASSETS, F CERTIFICATION AND SIGNATURES (page 2). Every question is one ruled row: the
LABEL IN THE LEFT COLUMN (Helvetica, 8.5 pt, a shaded cell 200 points wide) and the ANSWER BOX ON THE RIGHT, where
the answer is typed in Courier; choices are small squares in the answer box with a typed "X" in the chosen ones
(occupancy: Primary residence / Second home / Investment property; duration: Short-term / Long-term or permanent /
Resolved; ten hardship reasons in two columns). Section D lists ten numbered income lines with "$" answer boxes
flush right plus a bold "TOTAL MONTHLY GROSS INCOME" row:
  D1 Wages and salary (gross)                 -> wages
  D2 Overtime, bonuses, commissions, tips     -> wages (added to D1)
  D3 Self-employment income (net)             -> self_employment
  D4 Unemployment benefits                    -> unemployment
  D5 Social Security, pension, disability (taxable)   -> benefits_taxable
  D6 Non-taxable Social Security or disability        -> benefits_nontaxable
  D7 Rental income (net)                      -> rental
  D8 Investment or insurance income           -> investment
  D9 Child support, alimony, separate maintenance     -> other
  D10 Other income                            -> other (added to D9)
expected.json's `income` holds the codes above zero and `total` = the printed TOTAL (always the sum of the lines).
Section F has the certification paragraph and two signature rows "Borrower signature | Date" and "Co-borrower
signature | Date". On screen (be5) the signature is a drawn vector signature and the date is typed; on paper the
form was typed, printed, signed and dated in ink. Packets be4 and be7 use the real Fannie Mae/Freddie Mac Form 710
(April 2023) filled through its AcroForm, printed, signed and dated in ink and scanned; be2 sends it filled on
screen with a drawn signature over the signature field and the date typed.

PAPERS.
- Mercy Harbor Medical Center's bi-weekly EARNINGS STATEMENT (portrait; employee box, an earnings table REG /
  SHIFT DIFF / OVERTIME 1.5 with hours, rate, current and YTD, a taxes-and-deductions table, a summary strip Gross /
  Deductions / Net with a year-to-date row).
- Pine Hollow Regional School District's SEMI-MONTHLY "PAY STATEMENT" (24 pays a year: the 1st-15th paid on the 15th,
  the 16th-end paid on the last day, moved back to Friday on a weekend; annual contract salary / 24; state teachers'
  retirement instead of Social Security).
- Kettle River Transport's WEEKLY "DRIVER PAY SETTLEMENT" (mileage pay lines - loaded miles and empty miles at cents
  per mile - plus stop pay and detention hours, settlement week Sunday to Saturday paid the next Friday).
- Ashcombe National Bank's two-page checking statement (summary box, deposits and withdrawals lists, daily balances,
  "Page n of 2") and Merrimack Valley Federal Credit Union's one-page member statement with a SHARE DRAFT CHECKING
  section and a REGULAR SAVINGS section (expected.json reports the CHECKING account, the one listed first and the one
  the pay goes into: its last four, its beginning and ending balance).
- Typed hardship letters (signed in ink when scanned, typed name only when e-mailed); a side business's signed
  year-to-date PROFIT AND LOSS STATEMENT; page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed and signed; a
  W-2 (2045) drawn in the form's box layout; a New Hampshire family court's ORDER ON PETITION TO MODIFY CHILD
  SUPPORT (two pages, type `other`).

PACKETS (complete: be1, be2, be5, be8; incomplete: be3, be4, be6, be7).
- be1: one MFP scan "SCN_<date>_<time>.pdf" of the GSB form (ink), two fresh hospital stubs and a signed letter;
  reduction in income. Layers: good, misread, good, misread, good. COMPLETE.
- be2: e-mailed folder named after the loan: real Form 710 typed on screen, a fresh school-district stub for the
  borrower, the credit union's two consecutive fresh statements; the co-borrower lost her job (unemployment
  benefits need no papers). Both signed. COMPLETE.
- be3: MFP scan with the SHIFTED layer: GSB form, two weekly trucking settlements, the letter. The co-borrower is
  named but neither signed nor dated -> application_signature.
- be4: MFP scan of the real Form 710 (ink) with a fresh hospital stub, a signed P&L for the borrower's catering side
  business, the W-2 and a signed letter about the illness; layers headers-only on the application, none on the P&L.
  Self-employment is claimed and no 4506-C was sent -> irs_form_4506c.
- be5: e-mailed loose files: GSB form typed and signed on screen, a school stub, the co-borrower's signed P&L for
  his lawn-care business, the signed 4506-C, a national-bank statement and a letter explaining the "other"
  hardship. COMPLETE.
- be6: MFP scan, every page "misread": GSB form, two school stubs, the W-2; disability or illness claimed and no
  letter or medical statement -> hardship_doc:disability_or_illness.
- be7: MFP scan of the real Form 710 with the hardship start date left blank, a trucking settlement paid more than
  90 days before receipt (stale) and one credit union statement (one statement is not two) ->
  application_field:hardship_start_date, income_doc:wages.
- be8: MFP scan (one page without a layer): GSB form, two consecutive fresh Ashcombe statements showing the payroll
  and child-support deposits, the child support order and a signed letter; wages and child support claimed, no pay
  stub (the statements document both). COMPLETE.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
application and document values recorded in expected.json (the same function the build uses); the result must equal
each scenario's intended codes. `--check` validates keys and per-type fields, codes, income totals, pay-stub monthly
gross, that statements chain, that every listed page exists and every page of every file belongs to exactly one
document, that `scanned` agrees with the page being an image, that each scanned page's text layer matches the layer
mode the build recorded, that born-digital papers print their key values, and re-derives every missing code. All
people, employers, banks and courts are fictional (the IRS form aside); SSNs use the 900-999 area, and every page
carries a faint "synthetic test document" line.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import io
import itertools
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

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, NameObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
REFERENCE = SHARED / "reference"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
HAND_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf")
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
FIELDS = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                       "gross_current", "gross_ytd", "net_current", "monthly_gross"},
          "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                             "ending_balance"},
          "hardship_letter": {"letter_date"},
          "profit_and_loss_statement": {"period_start", "period_end", "net_income", "signed"},
          "irs_form_4506c": {"signed", "signed_on"}}
APP_KEYS = ("loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed")
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
GREEN = Color(0.07, 0.33, 0.22)
LAYER_MODES = ("good", "misread", "headers", "none")


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


# --- pens and papers --------------------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig") or a hand-written string ("hand"); x, y in PDF points."""

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
    pages: list[PageFn]
    probes: list[str] = field(default_factory=list)  # strings a born-digital print must hold


def synth_line(c: Canvas) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawRightString(W - 24, 10, SYNTH)
    c.restoreState()


def signature_path(seed: int, w: float, h: float = 18.0) -> list[list[tuple[float, float]]]:
    """A scrawled two- or three-part signature with an underline, as polylines in a w x h box."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for p in range(rng.randint(2, 3)):
        pts: list[tuple[float, float]] = []
        span = w * (0.5 if p == 0 else 0.32) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        tall = rng.uniform(1.0, 1.4)
        for i in range(loops * 10 + 1):
            t = i / (loops * 10)
            amp = h * (tall if i < 10 else 0.5) * rng.uniform(0.9, 1.05)
            px = x + span * t + 2.6 * math.sin(t * loops * 2 * math.pi + 1.1)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi) * (1 - 0.35 * t)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.06
        if x > w * 0.95:
            break
    strokes.append([(w * 0.05, h * 0.02), (w * 0.5, h * 0.1), (min(x, w) * 0.98, h * 0.05)])
    return strokes


def draw_signature_vector(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.1, 0.12, 0.42))
    c.setLineWidth(1.0)
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
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def print_paper(paper: Paper, screen: bool) -> tuple[bytes, list[list[Mark]]]:
    """The paper as printed: a PDF (marks drawn on screen when `screen`), and the pen marks of each page."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setCreator("Granite Shoals Bank holdout be")
    marks: list[list[Mark]] = []
    for fn in paper.pages:
        ms = fn(c)
        if screen:
            apply_screen_marks(c, ms)
        marks.append(ms)
        synth_line(c)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


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


# --- the copier: scan and its OCR layer ---------------------------------------------------------------------------


@dataclass
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float


def words_of_page(page: pdfium.PdfPage) -> list[Word]:
    """The printed words of a page with their boxes (PDF points), as an OCR engine would find them."""
    tp = page.get_textpage()
    out: list[Word] = []
    cur: list[tuple[str, tuple[float, float, float, float]]] = []

    def flush() -> None:
        if cur:
            txt = "".join(ch for ch, _ in cur)
            if txt.strip():
                out.append(Word(txt, min(b[0] for _, b in cur), min(b[1] for _, b in cur),
                                max(b[2] for _, b in cur), max(b[3] for _, b in cur)))
            cur.clear()

    for i in range(tp.count_chars()):
        ch = tp.get_text_range(i, 1)
        if not ch or ch.isspace():
            flush()
            continue
        box = tp.get_charbox(i)
        if box[2] - box[0] <= 0 and box[3] - box[1] <= 0:
            flush()
            continue
        if cur:
            pb = cur[-1][1]
            height = max(b[3] - b[1] for _, b in cur)
            if abs(box[1] - pb[1]) > 3 or box[0] - pb[2] > max(4.5, 1.1 * height) or box[0] < pb[0] - 1:
                flush()
        cur.append((ch, box))
    flush()
    # the synthetic-test line at the foot is tiny grey print; a copier's OCR drops it
    return [w for w in out if w.y0 > 16]


def widget_words(page: Any) -> list[Word]:
    """The typed values of a filled AcroForm page (what the printer put on paper), as OCR words."""
    out: list[Word] = []
    for ref in page.get("/Annots") or []:
        w = ref.get_object()
        if w.get("/FT") != "/Tx" or not w.get("/V"):
            continue
        x0, y0, _x1, y1 = (float(v) for v in w["/Rect"])
        size = 9.0
        x = x0 + 2
        base = y0 + max(1.0, (y1 - y0 - size) / 2)
        for part in str(w["/V"]).split():
            wd = stringWidth(part, "Helvetica", size)
            out.append(Word(part, x, base, x + wd, base + size * 0.72))
            x += wd + stringWidth(" ", "Helvetica", size)
    return out


SWAPS = {"0": "O", "O": "0", "1": "l", "l": "1", "5": "S", "S": "5"}


def misread(words: list[Word], rng: random.Random) -> list[Word]:
    out = []
    for w in words:
        t = w.text
        if re.fullmatch(r"\$?[\d,]+\.\d\d", t) and rng.random() < 0.33:
            t = t.replace(".", "")
        elif rng.random() < 0.22:
            spots = [i for i, ch in enumerate(t) if ch in SWAPS]
            if spots:
                i = rng.choice(spots)
                t = t[:i] + SWAPS[t[i]] + t[i + 1:]
        out.append(Word(t, w.x0, w.y0, w.x1, w.y1))
    return out


@dataclass(frozen=True)
class Scan:
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.45
    noise: float = 0.0004
    shift: tuple[float, float] = (0.0, 0.0)  # the OCR layer's offset off the image, points (x right, y up)


@dataclass
class Sheet:
    image: Image.Image
    words: list[Word]  # the OCR layer, already moved with the sheet's tilt and the packet's shift
    mode: str


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (H - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=38, width=max(2, round(1.25 * scale)), joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (H - m.y) * scale + dy), ch, fill=45, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.96, 1.1)


def degrade(img: Image.Image, style: Scan, angle: float, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    out = out.point(lambda v: int(14 + v * 0.925))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 70 if px[x, y] > 128 else 225
        if rng.random() < 0.3 and x + 1 < wd:
            px[x + 1, y] = px[x, y]
    return out


def turn_word(w: Word, angle: float, shift: tuple[float, float]) -> Word:
    """Move a word's box with the sheet's tilt (counter-clockwise about the page centre) and the shift."""
    a = math.radians(angle)
    cx, cy = W / 2, H / 2
    mx, my = w.x0 - cx, w.y0 - cy
    nx = cx + mx * math.cos(a) - my * math.sin(a) + shift[0]
    ny = cy + mx * math.sin(a) + my * math.cos(a) + shift[1]
    return Word(w.text, nx, ny, nx + (w.x1 - w.x0), ny + (w.y1 - w.y0))


def scan_pdf_pages(pdf: bytes, marks: Sequence[Sequence[Mark]], modes: Sequence[str], style: Scan, seed: int,
                   forms: bool = False) -> list[Sheet]:
    """Print a PDF, add the pen marks, scan each sheet and OCR it in the page's layer mode."""
    doc = pdfium.PdfDocument(pdf)
    reader = PdfReader(io.BytesIO(pdf)) if forms else None
    sheets = []
    try:
        if forms:
            doc.init_forms()
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=style.dpi / 72, grayscale=True, may_draw_forms=forms).to_pil().convert("L")
            ink_on_image(img, marks[i] if i < len(marks) else [], style.dpi / 72)
            rng = random.Random(seed * 977 + i)
            angle = style.tilt * rng.choice((-1, 1)) * rng.uniform(0.6, 1.0)
            words = words_of_page(page)
            if reader is not None:
                words += widget_words(reader.pages[i])
            mode = modes[i] if i < len(modes) else modes[-1]
            if mode == "misread":
                words = misread(words, rng)
            elif mode == "headers":
                words = [w for w in words if w.y0 > H * 0.8]
            elif mode == "none":
                words = []
            words = [turn_word(w, angle, style.shift) for w in words]
            sheets.append(Sheet(degrade(img, style, angle, seed * 31 + i), words, mode))
    finally:
        doc.close()
    return sheets


def scan_paper(paper: Paper, modes: Sequence[str], style: Scan, seed: int) -> list[Sheet]:
    pdf, marks = print_paper(paper, screen=False)
    return scan_pdf_pages(pdf, marks, modes, style, seed)


def searchable_pdf(sheets: Sequence[Sheet]) -> bytes:
    """The MFP's "searchable PDF": each page a grey JPEG with the OCR words laid over it as invisible text."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setCreator("MFP Scan-to-PDF OCR 4.2")
    for sh in sheets:
        data = io.BytesIO()
        sh.image.save(data, "JPEG", quality=76)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=W, height=H)
        if sh.words:
            t = c.beginText()
            t.setTextRenderMode(3)
            for w in sh.words:
                size = max(4.0, (w.y1 - w.y0) / 0.72)
                natural = stringWidth(w.text, "Helvetica", size) or 1.0
                t.setFont("Helvetica", size)
                t.setHorizScale(max(30.0, min(300.0, 100.0 * (w.x1 - w.x0) / natural)))
                t.setTextOrigin(w.x0, w.y0)
                t.textOut(w.text + " ")  # a space after each word, as OCR-to-PDF writers add
            c.drawText(t)
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_bytes(writer: PdfWriter, tag: str) -> bytes:
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_be"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- pay -------------------------------------------------------------------------------------------------------


@dataclass
class Withholding:
    fed: float
    state: float
    social_security: bool = True
    deductions: tuple[tuple[str, float], ...] = ()
    pct_deductions: tuple[tuple[str, float], ...] = ()

    def items(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)}
        if self.social_security:
            out["Social Security"] = r2(gross * 0.062)
        out["Medicare"] = r2(gross * 0.0145)
        if self.state:
            out["State income tax"] = r2(gross * self.state)
        for k, p in self.pct_deductions:
            out[k] = r2(gross * p)
        for k, v in self.deductions:
            out[k] = v
        return out


@dataclass
class PayCheck:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (quantity, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]


def stub_fields(employer: str, employee: str, ch: PayCheck, frequency: str, ytd: float | None,
                net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


def totals(checks: Sequence[PayCheck], wh: Withholding) -> tuple[dict[str, float], dict[str, float], float, float]:
    """Year-to-date per line and per deduction, gross and net, summed over the year's checks."""
    lines: dict[str, float] = {}
    deds: dict[str, float] = {}
    gross = net = 0.0
    for ch in checks:
        for k, v in ch.lines.items():
            lines[k] = r2(lines.get(k, 0) + v[2])
        items = wh.items(ch.gross)
        for k, v in items.items():
            deds[k] = r2(deds.get(k, 0) + v)
        gross = r2(gross + ch.gross)
        net = r2(net + ch.gross - sum(items.values()))
    return lines, deds, gross, net


def net_of(ch: PayCheck, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.items(ch.gross).values()))


def info_grid(c: Canvas, x: float, y: float, cells: Sequence[tuple[str, str, float]], h: float = 26) -> None:
    for cap, val, wd in cells:
        c.setLineWidth(0.5)
        c.rect(x, y, wd, h)
        c.setFont("Helvetica", 6.3)
        c.drawString(x + 3, y + h - 8, cap)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x + 3, y + 5, val)
        x += wd


def hospital_stub(emp: str, emp_no: str, dept: str, pay_date: dt.date, rate: float, key: int) -> Stub:
    """Mercy Harbor Medical Center's bi-weekly earnings statement."""
    employer = "Mercy Harbor Medical Center"
    wh = Withholding(0.095, 0.0, True, (("Medical plan PPO", 112.60), ("Dental", 14.25)),
                     (("403(b) retirement 5%", 0.05),))
    checks = []
    d = dt.date(pay_date.year, 1, 5)
    while d.weekday() != pay_date.weekday():
        d += dt.timedelta(days=1)
    while (pay_date - d).days % 14:
        d += dt.timedelta(days=1)
    while d <= pay_date:
        rr = random.Random(f"{emp_no}{d}{key}")
        end = d - dt.timedelta(days=6)
        lines = {"REG   Regular": (rr.choice([72.0, 72.0, 76.0, 80.0]), rate, 0.0),
                 "SDIF  Shift differential": (rr.choice([24.0, 36.0, 36.0, 48.0]), 2.75, 0.0),
                 "OT15  Overtime 1.5": (rr.choice([0.0, 0.0, 4.0, 6.5]), r2(rate * 1.5), 0.0)}
        lines = {k: (q, rt, r2(q * rt)) for k, (q, rt, _) in lines.items()}
        checks.append(PayCheck(d, end - dt.timedelta(days=13), end, lines))
        d += dt.timedelta(days=14)
    ch = checks[-1]
    ylines, ydeds, ygross, ynet = totals(checks, wh)
    net = net_of(ch, wh)
    items = wh.items(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.08, 0.16))
        c.circle(62, 742, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.rect(59, 733, 6, 18, stroke=0, fill=1)
        c.rect(53, 739, 18, 6, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(84, 745, "MERCY HARBOR MEDICAL CENTER")
        c.setFont("Helvetica", 8)
        c.drawString(84, 734, "Payroll Services  -  22 Wharf Road, Portsmouth, NH 03801  -  (603) 555-0167")
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(W - 48, 745, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 48, 734, f"Advice no. 0{key % 90000 + 10000}  -  Non-negotiable")
        c.setLineWidth(1.4)
        c.line(48, 724, W - 48, 724)
        info_grid(c, 48, 688, [("EMPLOYEE", emp, 150), ("EMPLOYEE ID", emp_no, 70), ("DEPARTMENT", dept, 112),
                               ("PAY PERIOD", f"{mdy(ch.start)} - {mdy(ch.end)}", 118),
                               ("PAY DATE", mdy(pay_date), 66)])
        c.setFont("Helvetica", 8)
        c.drawString(48, 676, "Pay frequency: Bi-weekly    Status: Full time    Federal filing status: Married")
        y = 654
        c.setFillGray(0.85)
        c.rect(48, y - 4, W - 96, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(52, y, "EARNINGS")
        for x, t in ((300, "HOURS"), (360, "RATE"), (450, "CURRENT"), (W - 52, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, (q, rt, amt) in ch.lines.items():
            c.drawString(52, y, k)
            c.drawRightString(300, y, f"{q:.2f}")
            c.drawRightString(360, y, f"{rt:.4f}")
            c.drawRightString(450, y, money(amt))
            c.drawRightString(W - 52, y, money(ylines[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(52, y, "GROSS PAY")
        c.drawRightString(450, y, money(ch.gross))
        c.drawRightString(W - 52, y, money(ygross))
        y -= 24
        c.setFillGray(0.85)
        c.rect(48, y - 4, W - 96, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(52, y, "TAXES AND DEDUCTIONS")
        c.drawRightString(450, y, "CURRENT")
        c.drawRightString(W - 52, y, "YEAR TO DATE")
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in items.items():
            c.drawString(52, y, k)
            c.drawRightString(450, y, money(v))
            c.drawRightString(W - 52, y, money(ydeds[k]))
            y -= 13
        y -= 14
        heads = ("", "GROSS PAY", "TAXES & DEDUCTIONS", "NET PAY")
        cur = (ch.gross, r2(sum(items.values())), net)
        ytd = (ygross, r2(sum(ydeds.values())), ynet)
        x = 48.0
        for i, hd in enumerate(heads):
            wd = 96 if i == 0 else (W - 96 - 96) / 3
            c.setFillGray(0.85)
            c.rect(x, y, wd, 15, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + wd / 2, y + 5, hd)
            for row, vals in ((1, cur), (2, ytd)):
                c.rect(x, y - 15 * row, wd, 15)
                if i == 0:
                    c.drawString(x + 4, y - 15 * row + 5, "This period" if row == 1 else "Year to date")
                else:
                    c.setFont("Helvetica", 8.5)
                    c.drawRightString(x + wd - 6, y - 15 * row + 5, money(vals[i - 1]))
                    c.setFont("Helvetica-Bold", 7.5)
            x += wd
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 52, f"Net pay {money(net)} deposited to account ending {emp_no[-4:]} on {mdy(pay_date)}.")
        c.drawString(48, y - 63, "PTO balance and benefit elections are shown in the employee self-service portal.")
        return []

    return Stub(Paper([page], [employer.upper(), emp, money(ch.gross), money(ygross), money(net)]),
                stub_fields(employer, emp, ch, "biweekly", ygross, net))


def semimonthly_periods(pay_date: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    out = []
    for month in range(1, pay_date.month + 1):
        last = calendar.monthrange(pay_date.year, month)[1]
        for a, b in ((1, 15), (16, last)):
            start, end = dt.date(pay_date.year, month, a), dt.date(pay_date.year, month, b)
            paid = end
            while paid.weekday() >= 5:
                paid -= dt.timedelta(days=1)
            if paid <= pay_date:
                out.append((start, end, paid))
    return out


def school_stub(emp: str, emp_no: str, position: str, pay_date: dt.date, salary: float, stipend: float) -> Stub:
    """Pine Hollow Regional School District's semi-monthly pay statement (24 pays a year)."""
    employer = "Pine Hollow Regional School District"
    wh = Withholding(0.08, 0.0, False, (("Health insurance (employee share)", 94.17), ("Union dues NEA-NH", 31.50)),
                     (("NH Retirement System 7.50%", 0.075),))
    base = r2(salary / 24)
    checks = [PayCheck(p, s, e, {"Contract salary": (1.0, base, base)} |
                       ({"Coaching / club stipend": (1.0, stipend, stipend)} if stipend else {}))
              for s, e, p in semimonthly_periods(pay_date)]
    ch = checks[-1]
    assert ch.pay_date == pay_date, (ch.pay_date, pay_date)
    ylines, ydeds, ygross, ynet = totals(checks, wh)
    net = net_of(ch, wh)
    items = wh.items(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.12, 0.3, 0.55))
        c.setLineWidth(2)
        c.rect(40, 500, W - 80, 256)
        c.setStrokeColor(black)
        c.setFillColor(Color(0.12, 0.3, 0.55))
        c.setFont("Times-Bold", 15)
        c.drawString(52, 734, "PINE HOLLOW REGIONAL SCHOOL DISTRICT")
        c.setFillColor(black)
        c.setFont("Times-Roman", 9)
        c.drawString(52, 722, "SAU 58 Business Office  -  140 School Street, Henniker, NH 03242")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - 52, 734, "PAY STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 52, 722, "Semi-monthly payroll (24 pays per year)")
        c.setLineWidth(0.5)
        c.line(52, 714, W - 52, 714)
        rows = [("Employee:", emp, "Pay date:", mdy(pay_date)),
                ("Employee no.:", emp_no, "Period beginning:", mdy(ch.start)),
                ("Annual contract salary:", f"${money(salary)}", "Period ending:", mdy(ch.end)),
                ("Position:", position, "Pay frequency:", "Semi-monthly")]
        y = 700
        for a, b, cc, d in rows:
            c.setFont("Helvetica", 8.5)
            c.drawString(52, y, a)
            c.drawString(376, y, cc)
            c.setFont("Courier-Bold", 9.5 if len(b) < 34 else 8)
            c.drawString(160, y, b)
            c.setFont("Courier-Bold", 9.5)
            c.drawString(462, y, d)
            y -= 13
        y -= 8
        c.setFont("Helvetica-Bold", 8)
        c.drawString(52, y, "Earnings")
        c.drawRightString(246, y, "Current")
        c.drawRightString(316, y, "YTD")
        c.drawString(330, y, "Deductions")
        c.drawRightString(W - 110, y, "Current")
        c.drawRightString(W - 52, y, "YTD")
        c.line(52, y - 3, W - 52, y - 3)
        top = y - 14
        c.setFont("Courier", 8.5)
        y = top
        for k, (_, _, amt) in ch.lines.items():
            c.drawString(52, y, k)
            c.drawRightString(246, y, money(amt))
            c.drawRightString(316, y, money(ylines[k]))
            y -= 11
        c.setFont("Courier-Bold", 8.5)
        c.drawString(52, y - 4, "Gross earnings")
        c.drawRightString(246, y - 4, money(ch.gross))
        c.drawRightString(316, y - 4, money(ygross))
        y = top
        c.setFont("Courier", 7.6)
        for k, v in items.items():
            c.drawString(330, y, k[:28])
            c.drawRightString(W - 110, y, money(v))
            c.drawRightString(W - 52, y, money(ydeds[k]))
            y -= 11
        c.setFont("Courier-Bold", 7.6)
        c.drawString(330, y - 4, "Total deductions")
        c.drawRightString(W - 110, y - 4, money(r2(sum(items.values()))))
        c.drawRightString(W - 52, y - 4, money(r2(sum(ydeds.values()))))
        c.setFillGray(0.9)
        c.rect(52, 512, W - 104, 22, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(60, 519, f"NET PAY  ${money(net)}")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 60, 519, f"Year-to-date net {money(ynet)}")
        c.setFont("Times-Italic", 8)
        c.drawString(52, 488, "Members of the NH Retirement System do not contribute to Social Security on "
                              "district pay.")
        c.setDash(3, 3)
        c.line(40, 476, W - 40, 476)
        c.setDash()
        c.setFont("Helvetica", 7)
        c.drawString(44, 466, "DIRECT DEPOSIT ADVICE - THIS IS NOT A CHECK")
        return []

    return Stub(Paper([page], [emp, money(ch.gross), money(ygross), money(net)]),
                stub_fields(employer, emp, ch, "semimonthly", ygross, net))


def trucking_stub(emp: str, driver_no: str, tractor: str, pay_date: dt.date, cpm: float, key: int) -> Stub:
    """Kettle River Transport's weekly driver pay settlement with mileage pay lines."""
    employer = "Kettle River Transport, Inc."
    wh = Withholding(0.085, 0.0, True, (("Health plan", 48.75), ("Uniform / ELD fee", 6.00)))
    checks = []
    d = pay_date
    while d.year == pay_date.year:
        d -= dt.timedelta(days=7)
    d += dt.timedelta(days=7)
    while d <= pay_date:
        rr = random.Random(f"{driver_no}{d}{key}")
        end = d - dt.timedelta(days=6)  # the Saturday before
        loaded = rr.randrange(1850, 2650)
        empty = rr.randrange(90, 340)
        stops = rr.randrange(2, 7)
        det = rr.choice([0.0, 0.0, 2.0, 3.5])
        lines = {"Loaded miles": (float(loaded), cpm, r2(loaded * cpm)),
                 "Empty miles": (float(empty), r2(cpm * 0.6), r2(empty * r2(cpm * 0.6))),
                 "Stop pay": (float(stops), 20.0, r2(stops * 20.0)),
                 "Detention (hours)": (det, 18.0, r2(det * 18.0))}
        checks.append(PayCheck(d, end - dt.timedelta(days=6), end, lines))
        d += dt.timedelta(days=7)
    ch = checks[-1]
    ylines, ydeds, ygross, ynet = totals(checks, wh)
    net = net_of(ch, wh)
    items = wh.items(ch.gross)
    rr = random.Random(f"{driver_no}{pay_date}{key}trips")
    cities = ["Nashua NH", "Albany NY", "Worcester MA", "Portland ME", "Hartford CT", "Scranton PA", "Syracuse NY",
              "Burlington VT", "Springfield MA", "Newark NJ"]
    loaded_total = int(ch.lines["Loaded miles"][0])
    n = 4
    cuts = sorted(rr.sample(range(200, loaded_total - 200), n - 1))
    legs = [b - a for a, b in zip([0, *cuts], [*cuts, loaded_total], strict=True)]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.15, 0.15, 0.15))
        c.rect(40, 724, W - 80, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-BoldOblique", 16)
        c.drawString(52, 737, "KETTLE RIVER TRANSPORT")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 52, 745, "DRIVER PAY SETTLEMENT")
        c.drawRightString(W - 52, 734, "1 Depot Lane, Bow, NH 03304  -  USDOT 2871406")
        c.setFillColor(black)
        fields = [("Driver", emp), ("Driver no.", driver_no), ("Tractor", tractor), ("Pay type", "Weekly settlement"),
                  ("Settlement week", f"{mdy(ch.start)} to {mdy(ch.end)}"), ("Check date", mdy(pay_date))]
        y = 706
        for i, (k, v) in enumerate(fields):
            x = 48 if i % 2 == 0 else 320
            c.setFont("Helvetica", 8.5)
            c.drawString(x, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 88, y, v)
            if i % 2:
                y -= 14
        y -= 10
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y, "LOADS THIS WEEK")
        y -= 13
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((48, "LOAD #"), (110, "ORIGIN"), (230, "DESTINATION")):
            c.drawString(x, y, t)
        c.drawRightString(420, y, "LOADED MILES")
        c.line(48, y - 3, 430, y - 3)
        y -= 13
        c.setFont("Courier", 8.5)
        for leg in legs:
            a, b = rr.sample(cities, 2)
            c.drawString(48, y, f"KR{rr.randrange(310000, 389999)}")
            c.drawString(110, y, a)
            c.drawString(230, y, b)
            c.drawRightString(420, y, f"{leg:,}")
            y -= 11
        y -= 14
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "PAY LINE")
        for x, t in ((290, "MILES / QTY"), (350, "RATE"), (450, "THIS WEEK"), (W - 48, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.line(48, y - 3, W - 48, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for k, (q, rt, amt) in ch.lines.items():
            c.drawString(48, y, k)
            c.drawRightString(290, y, f"{q:,.0f}" if "hours" not in k else f"{q:.1f}")
            c.drawRightString(350, y, f"{rt:.3f}" if "miles" in k else f"{rt:.2f}")
            c.drawRightString(450, y, money(amt))
            c.drawRightString(W - 48, y, money(ylines[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y - 2, "GROSS PAY")
        c.drawRightString(450, y - 2, money(ch.gross))
        c.drawRightString(W - 48, y - 2, money(ygross))
        y -= 22
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "DEDUCTIONS")
        c.line(48, y - 3, W - 48, y - 3)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for k, v in items.items():
            c.drawString(48, y, k)
            c.drawRightString(450, y, money(v))
            c.drawRightString(W - 48, y, money(ydeds[k]))
            y -= 12
        c.setLineWidth(1.2)
        c.rect(300, y - 26, W - 348, 22)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(308, y - 18, "NET SETTLEMENT")
        c.drawRightString(W - 56, y - 18, money(net))
        c.setLineWidth(0.5)
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 18, f"Year-to-date net {money(ynet)}")
        c.drawString(48, y - 44, "Mileage by dispatched (household goods) miles. Questions: driver payroll, ext. 212.")
        return []

    return Stub(Paper([page], [emp, money(ch.gross), money(ygross), money(net)]),
                stub_fields(employer, emp, ch, "weekly", ygross, net))


# --- statements -------------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def debits(rng: random.Random, start: dt.date, end: dt.date, payees: Sequence[tuple[str, float, float]],
           n: int) -> list[tuple[dt.date, str, float]]:
    out = []
    days = (end - start).days
    for _ in range(n):
        name, lo, hi = rng.choice(payees)
        out.append((start + dt.timedelta(days=rng.randrange(days + 1)), name, -r2(rng.uniform(lo, hi))))
    return out


PAYEES = (("POS PURCHASE MARKET BASKET", 38, 164), ("POS PURCHASE IRVING OIL", 31, 72), ("ACH EVERSOURCE ENERGY", 88,
          176), ("ACH CONSOLIDATED COMM", 64, 89), ("DEBIT CARD WALGREENS", 9, 48), ("CHECK", 40, 260),
          ("ACH LIBERTY MUTUAL INS", 96, 131), ("POS PURCHASE HANNAFORD", 42, 151))


def ashcombe_statement(rng: random.Random, holder: str, addr: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Ashcombe National Bank's two-page checking statement."""
    start, end = month_bounds(year, month)
    tx = [(dt.date(year, month, d), t, a) for d, t, a in credits]
    tx += debits(rng, start, end, PAYEES, 17)
    tx.append((dt.date(year, month, 3), "ACH GRANITE SHOALS BK MTG PMT", -1486.22))
    tx.sort(key=lambda t: (t[0], -t[2]))
    bal = begin
    running = []
    for d, t, a in tx:
        bal = r2(bal + a)
        running.append((d, t, a, bal))
    assert min(b for *_, b in running) > 0, "overdrawn"
    endbal = bal
    dep = r2(sum(a for _, _, a in tx if a > 0))
    wd = r2(-sum(a for _, _, a in tx if a < 0))

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.1, 0.16, 0.38))
        c.setFont("Times-Bold", 17)
        c.drawString(48, 742, "Ashcombe National Bank")
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(48, 730, "Member FDIC  -  P.O. Box 9041, Hartford, CT 06102  -  1-800-555-0142  -  "
                              "ashcombe.example")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 48, 744, f"Statement period {mdy(start)} - {mdy(end)}")
        c.drawRightString(W - 48, 733, f"Account number ******{acct[-4:]}")
        c.drawRightString(W - 48, 722, f"Page {n} of 2")
        c.setLineWidth(0.8)
        c.line(48, 716, W - 48, 716)

    def table(c: Canvas, y: float, title: str, rows: Sequence[tuple[dt.date, str, float]]) -> float:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, title)
        y -= 12
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(48, y, "DATE")
        c.drawString(100, y, "DESCRIPTION")
        c.drawRightString(W - 48, y, "AMOUNT")
        c.line(48, y - 3, W - 48, y - 3)
        y -= 13
        c.setFont("Helvetica", 8.5)
        for d, t, a in rows:
            c.drawString(48, y, d.strftime("%m/%d"))
            c.drawString(100, y, t)
            c.drawRightString(W - 48, y, money(abs(a)))
            y -= 12
        return y - 10

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690
        for ln in [holder.upper(), *[a.upper() for a in addr]]:
            c.drawString(60, y, ln)
            y -= 12
        c.setLineWidth(0.6)
        c.rect(330, 610, W - 378, 92)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(338, 690, "EVERYDAY CHECKING SUMMARY")
        rows = [("Beginning balance on " + mdy(start), money(begin)), ("Deposits and other credits", money(dep)),
                ("Withdrawals and other debits", money(wd)), ("Ending balance on " + mdy(end), money(endbal))]
        yy = 674
        for k, v in rows:
            c.setFont("Helvetica", 8.5)
            c.drawString(338, yy, k)
            c.drawRightString(W - 56, yy, v)
            yy -= 15
        y = table(c, 590, "DEPOSITS AND OTHER CREDITS", [t for t in tx if t[2] > 0])
        table(c, y, "WITHDRAWALS AND OTHER DEBITS", [t for t in tx if t[2] < 0][:14])
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = table(c, 696, "WITHDRAWALS AND OTHER DEBITS (continued)", [t for t in tx if t[2] < 0][14:])
        c.setFont("Helvetica-Bold", 9)
        c.drawString(48, y, "DAILY BALANCE SUMMARY")
        y -= 14
        c.setFont("Helvetica", 8.5)
        daily: dict[dt.date, float] = {}
        for d, _, _, b in running:
            daily[d] = b
        for i, (d, b) in enumerate(sorted(daily.items())):
            x = 48 + (i % 3) * 172
            c.drawString(x, y, d.strftime("%m/%d"))
            c.drawRightString(x + 140, y, money(b))
            if i % 3 == 2:
                y -= 12
        c.setFont("Helvetica", 7.5)
        c.drawString(48, 90, "In case of errors or questions about your electronic transfers, call 1-800-555-0142.")
        return []

    fields = {"bank_name": "Ashcombe National Bank", "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": r2(begin), "ending_balance": endbal}
    return Statement(Paper([page1, page2], [money(begin), money(endbal), acct[-4:]]), fields)


def cu_statement(rng: random.Random, holder: str, addr: Sequence[str], member: str, year: int, month: int,
                 begin: float, credits: Sequence[tuple[int, str, float]], savings_begin: float) -> Statement:
    """Merrimack Valley FCU's one-page member statement: share draft checking, then regular savings."""
    start, end = month_bounds(year, month)
    tx = [(dt.date(year, month, d), t, a) for d, t, a in credits]
    tx += debits(rng, start, end, PAYEES, 8)
    tx.append((dt.date(year, month, 2), "TRANSFER TO SAVINGS S01", -50.0))
    tx.sort(key=lambda t: (t[0], -t[2]))
    bal = begin
    running = []
    for d, t, a in tx:
        bal = r2(bal + a)
        running.append((d, t, a, bal))
    assert min(b for *_, b in running) > 0
    div = r2(savings_begin * 0.0025 / 12)
    sav = [(dt.date(year, month, 2), "TRANSFER FROM CHECKING S10", 50.0, r2(savings_begin + 50)),
           (end, "DIVIDEND 0.25% APY", div, r2(savings_begin + 50 + div))]
    chk = member + "10"

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.0, 0.4, 0.45))
        c.rect(40, 730, 28, 28, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(54, 740, "MV")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(76, 746, "Merrimack Valley Federal Credit Union")
        c.setFont("Helvetica", 7.5)
        c.drawString(76, 735, "55 Canal Street, Manchester, NH 03101  -  (603) 555-0193  -  Federally insured by NCUA")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 44, 746, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 44, 735, f"{long_date(start)} through {long_date(end)}")
        c.drawRightString(W - 44, 724, f"Member number {member}")
        c.setFont("Helvetica", 9)
        y = 706
        for ln in [holder.upper(), *[a.upper() for a in addr]]:
            c.drawString(52, y, ln)
            y -= 11
        y = 652

        def section(y: float, title: str, acct: str, b0: float, rows: Sequence[tuple[dt.date, str, float, float]],
                    b1: float) -> float:
            c.setFillGray(0.86)
            c.rect(40, y - 4, W - 80, 15, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(46, y, f"{title}   Account {acct}")
            y -= 16
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(46, y, "DATE")
            c.drawString(96, y, "TRANSACTION")
            for x, t in ((420, "WITHDRAWALS"), (490, "DEPOSITS"), (W - 46, "BALANCE")):
                c.drawRightString(x, y, t)
            y -= 12
            c.setFont("Helvetica", 8.3)
            c.drawString(96, y, "Previous balance")
            c.drawRightString(W - 46, y, money(b0))
            y -= 11
            for d, t, a, b in rows:
                c.drawString(46, y, d.strftime("%m/%d"))
                c.drawString(96, y, t)
                c.drawRightString(420 if a < 0 else 490, y, money(abs(a)))
                c.drawRightString(W - 46, y, money(b))
                y -= 11
            c.setFont("Helvetica-Bold", 8.3)
            c.drawString(96, y, "New balance")
            c.drawRightString(W - 46, y, money(b1))
            return y - 22

        y = section(y, "SHARE DRAFT CHECKING", chk, begin, running, bal)
        section(y, "REGULAR SAVINGS", member + "01", savings_begin, sav, sav[-1][3])
        c.setFont("Helvetica", 7)
        c.drawString(44, 40, "Dividends are declared monthly by the Board. Report errors within 60 days.")
        return []

    fields = {"bank_name": "Merrimack Valley Federal Credit Union", "account_last4": chk[-4:],
              "period_start": start.isoformat(), "period_end": end.isoformat(), "beginning_balance": r2(begin),
              "ending_balance": bal}
    return Statement(Paper([page], [money(begin), money(bal)]), fields)


# --- letters and other papers -----------------------------------------------------------------------------------


def hardship_letter(writers: Sequence[str], addr: Sequence[str], loan: str, date: dt.date, paras: Sequence[str],
                    ink: bool, seed: int) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11.5)
        y = 728
        for ln in [" and ".join(writers), *addr]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in ("Granite Shoals Bank, N.A.", "Mortgage Servicing Department", "400 Quarry Street",
                   "Concord, NH 03301"):
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11.5)
        c.drawString(72, y, f"RE: Hardship letter, loan number {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Department:", *paras], size=11.5, leading=15)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, y - 2, "Sincerely,")
        marks = []
        for i, nm in enumerate(writers):
            x = 72 + i * 240
            c.drawString(x, y - 54, nm)
            if ink:
                marks.append(Mark("sig", x, y - 42, w=150, seed=seed + i))
        return marks

    return Paper([page], [loan])


def pnl(business: str, owner: str, addr: str, start: dt.date, end: dt.date, revenue: Sequence[tuple[str, float]],
        expenses: Sequence[tuple[str, float]], signed_on: dt.date, screen: bool, seed: int) -> tuple[Paper, float]:
    """A side business's year-to-date profit and loss statement, signed and dated by the owner."""
    rev = r2(sum(v for _, v in revenue))
    exp = r2(sum(v for _, v in expenses))
    net = r2(rev - exp)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 730, business)
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, 716, addr)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 690, "PROFIT AND LOSS STATEMENT")
        c.setFont("Times-Roman", 10.5)
        c.drawCentredString(W / 2, 675, f"Year to date: {long_date(start)} through {long_date(end)}")
        c.drawCentredString(W / 2, 661, f"Owner: {owner} (sole proprietor)")
        y = 630
        for title, rows, total_label, total in (("INCOME", revenue, "Total income", rev),
                                                ("EXPENSES", expenses, "Total expenses", exp)):
            c.setFont("Times-Bold", 11)
            c.drawString(100, y, title)
            y -= 16
            c.setFont("Times-Roman", 10.5)
            for k, v in rows:
                c.drawString(120, y, k)
                c.drawRightString(480, y, money(v))
                y -= 14
            c.line(400, y + 10, 480, y + 10)
            c.setFont("Times-Bold", 10.5)
            c.drawString(120, y - 2, total_label)
            c.drawRightString(480, y - 2, money(total))
            y -= 28
        c.setLineWidth(1)
        c.line(400, y + 14, 480, y + 14)
        c.line(400, y + 11, 480, y + 11)
        c.setFont("Times-Bold", 12)
        c.drawString(100, y - 2, "NET PROFIT (LOSS)")
        c.drawRightString(480, y - 2, money(net))
        y -= 40
        c.setFont("Times-Italic", 10)
        for ln in wrap("I certify that this statement is true and correct to the best of my knowledge and was "
                       "prepared from the business's own records. It has not been audited.", "Times-Italic", 10,
                       W - 200):
            c.drawString(100, y, ln)
            y -= 13
        y -= 34
        c.setLineWidth(0.6)
        c.line(100, y, 330, y)
        c.line(380, y, 500, y)
        c.setFont("Times-Roman", 9)
        c.drawString(100, y - 11, f"Signature of owner - {owner}")
        c.drawString(380, y - 11, "Date")
        marks = [Mark("sig", 110, y + 2, w=170, seed=seed)]
        if screen:
            marks.append(Mark("type", 384, y + 4, mdy(signed_on)))
        else:
            marks.append(Mark("hand", 384, y + 4, mdy(signed_on), seed=seed + 3))
        return marks

    return Paper([page], [money(net)]), net


def w2_paper(emp: str, ssn: str, addr: Sequence[str], employer: str, ein: str, eaddr: Sequence[str], year: int,
             wages: float, retirement: float, social_security: bool = True) -> Paper:
    """A Form W-2 copy B drawn in the form's box layout."""
    fed = r2(wages * 0.088)
    med_w = r2(wages + retirement)
    ss_w = med_w if social_security else 0.0

    def box(c: Canvas, x: float, y: float, w: float, h: float, cap: str, val: str, right: bool = False) -> None:
        c.rect(x, y, w, h)
        c.setFont("Helvetica", 5.8)
        c.drawString(x + 2, y + h - 7, cap)
        c.setFont("Courier-Bold", 9.5)
        if right:
            c.drawRightString(x + w - 4, y + 4, val)
        else:
            c.drawString(x + 4, y + 4, val)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.6)
        top = 700
        box(c, 40, top, 140, 26, "a  Employee's social security number", f"XXX-XX-{ssn[-4:]}")
        c.setFont("Helvetica", 6)
        c.drawString(190, top + 16, "OMB No. 1545-0008")
        c.drawString(190, top + 6, "Copy B - Employee's FEDERAL return")
        box(c, 40, top - 28, 260, 28, "b  Employer identification number (EIN)", ein)
        box(c, 40, top - 100, 260, 72, "c  Employer's name, address, and ZIP code", "")
        c.setFont("Courier", 9)
        for i, ln in enumerate([employer, *eaddr]):
            c.drawString(46, top - 44 - 11 * i, ln)
        box(c, 40, top - 128, 260, 28, "d  Control number", f"{year}-{ssn[-4:]}-01")
        box(c, 40, top - 200, 260, 72, "e  Employee's first name and initial   Last name   f  Employee's address", "")
        for i, ln in enumerate([emp, *addr]):
            c.drawString(46, top - 144 - 11 * i, ln)
        cells = [("1  Wages, tips, other compensation", money(wages)), ("2  Federal income tax withheld", money(fed)),
                 ("3  Social security wages", money(ss_w) if ss_w else ""),
                 ("4  Social security tax withheld", money(r2(ss_w * .062)) if ss_w else ""),
                 ("5  Medicare wages and tips", money(med_w)), ("6  Medicare tax withheld", money(r2(med_w * .0145))),
                 ("7  Social security tips", ""), ("8  Allocated tips", ""), ("9", ""),
                 ("10  Dependent care benefits", ""), ("11  Nonqualified plans", ""),
                 ("12a  See instructions for box 12", f"E  {money(retirement)}" if retirement else "")]
        for i, (cap, val) in enumerate(cells):
            x = 300 + (i % 2) * 136
            y = top - 28 * (i // 2)
            box(c, x, y, 136, 28, cap, val, right=True)
        box(c, 40, top - 250, 120, 28, "15  State   Employer's state ID number", "NH")
        box(c, 160, top - 250, 110, 28, "16  State wages, tips, etc.", "")
        box(c, 270, top - 250, 100, 28, "17  State income tax", "")
        box(c, 370, top - 250, 202, 28, "18  Local wages   19  Local tax   20  Locality", "")
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, top - 290, "W-2")
        c.setFont("Helvetica", 9)
        c.drawString(90, top - 286, "Wage and Tax Statement")
        c.setFont("Helvetica-Bold", 20)
        c.drawString(250, top - 290, str(year))
        c.setFont("Helvetica", 6.5)
        c.drawRightString(572, top - 286, "Department of the Treasury - Internal Revenue Service")
        c.drawString(40, top - 304, "This information is being furnished to the Internal Revenue Service.")
        return []

    return Paper([page], [money(wages)])


def child_support_order(mother: str, father: str, docket: str, weekly: float, effective: dt.date,
                        signed_on: dt.date, seed: int) -> Paper:
    """A family court's two-page order on a petition to modify child support (type other)."""
    monthly = r2(weekly * 52 / 12)

    def head(c: Canvas, n: int) -> None:
        c.setFont("Times-Bold", 11)
        c.drawCentredString(W / 2, 740, "THE STATE OF NEW HAMPSHIRE")
        c.setFont("Times-Roman", 10.5)
        c.drawCentredString(W / 2, 726, "JUDICIAL BRANCH  -  6th CIRCUIT - FAMILY DIVISION - CONCORD")
        c.setFont("Times-Roman", 9)
        c.drawRightString(W - 72, 760, f"Docket No. {docket}   Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 694, f"In the Matter of {mother} and {father}")
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 664, "ORDER ON PETITION TO MODIFY CHILD SUPPORT")
        paras = [
            "After a hearing on the Petitioner's petition to modify the child support obligation, the Court finds "
            "that there has been a substantial change of circumstances since the last order, and applies the "
            "child support guidelines of RSA 458-C to the parties' present incomes.",
            f"1. Effective {long_date(effective)}, the Respondent, {father}, shall pay child support to the "
            f"Petitioner, {mother}, in the amount of ${money(weekly)} per week (${money(monthly)} per month), for "
            f"the parties' two minor children.",
            "2. Payments shall be made by income assignment through the Division of Child Support Services, "
            "which shall forward them to the Petitioner by direct deposit.",
            "3. The Respondent shall continue to carry the children on his employer's health insurance plan. "
            "Uninsured medical expenses shall be divided 58% to the Respondent and 42% to the Petitioner.",
            "4. Support shall continue until each child turns 18 or graduates from high school, whichever is "
            "later, but not beyond age 19."]
        paragraphs(c, 72, 632, W - 144, paras, size=11, leading=15, gap=9)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        paras = ["5. All prior orders not modified here remain in full force and effect.",
                 "6. A Uniform Support Order and a Child Support Guidelines Worksheet are attached and incorporated."]
        y = paragraphs(c, 72, 700, W - 144, paras, size=11, leading=15, gap=9)
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 10, "SO ORDERED.")
        c.drawString(72, y - 60, mdy(signed_on))
        c.line(300, y - 62, 520, y - 62)
        c.drawString(72, y - 74, "Date")
        c.drawString(300, y - 74, "Marital Master / Judge  Ellen R. Thibodeau")
        c.setFont("Times-Italic", 9)
        c.drawString(72, y - 110, f"Clerk's notice of decision sent to the parties on {mdy(signed_on)}.")
        return [Mark("sig", 310, y - 58, w=170, seed=seed)]

    return Paper([page1, page2], [docket, money(weekly)])


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              signed_on: dt.date, phone: str, seed: int) -> bytes:
    """Page 1 of the real IRS Form 4506-C typed over and signed on screen (fields flattened into the page)."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Northpoint Income Verification LLC"),
           (312, 506, "NIV-40218"), (420, 506, "NORTHPT02"), (27, 484, "75 Summer Street"),
           (312, 484, "Boston"), (420, 484, "MA"), (474, 484, "02110"), (27, 430, "Granite Shoals Bank, N.A."),
           (474, 430, "(603) 555-0140"), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (344, 168, mdy(signed_on)), (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    draw_signature_vector(c, Mark("sig", 80, 166, w=200, seed=seed))
    synth_line(c)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return fixed_bytes(writer, "be4506c")


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
    duration: str
    lines: dict[str, float]  # GSB line numbers "D1".."D10" (or Form 710 income codes) -> monthly amount
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_phone: str = ""
    other_text: str = ""
    b_signs: bool = True
    co_signs: bool = True
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for k, v in self.lines.items():
            code = GSB_LINES[k][1] if k in GSB_LINES else k
            if v > 0:
                out[code] = r2(out.get(code, 0) + v)
        return out

    @property
    def total(self) -> float:
        return r2(sum(self.lines.values()))

    def expected(self) -> dict[str, Any]:
        income = self.income()
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": iso(self.start), "income": income,
                "signed": self.b_signs, "signed_on": self.signed_on.isoformat() if self.b_signs else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


GSB_LINES = {"D1": ("Wages and salary (gross)", "wages"),
             "D2": ("Overtime, bonuses, commissions, tips", "wages"),
             "D3": ("Self-employment income (net)", "self_employment"),
             "D4": ("Unemployment benefits", "unemployment"),
             "D5": ("Social Security, pension, disability (taxable)", "benefits_taxable"),
             "D6": ("Non-taxable Social Security or disability", "benefits_nontaxable"),
             "D7": ("Rental income (net)", "rental"),
             "D8": ("Investment or insurance income", "investment"),
             "D9": ("Child support, alimony, separate maintenance", "other"),
             "D10": ("Other income", "other")}
GSB_REASONS = {"unemployment": "Unemployment", "reduction_in_income": "Reduction in income",
               "increase_in_housing_expenses": "Increased housing expenses", "disaster": "Disaster",
               "disability_or_illness": "Disability or serious illness", "divorce_or_separation":
               "Divorce or legal separation", "separation_unmarried": "Separation (unmarried co-owners)",
               "death": "Death of a borrower or wage earner", "relocation": "Distant job transfer / relocation",
               "other": "Other (explain below)"}


def checkbox(c: Canvas, x: float, y: float, label: str, on: bool, size: float = 8.0) -> None:
    c.setLineWidth(0.6)
    c.rect(x, y - 1, 7.5, 7.5)
    if on:
        c.setFont("Courier-Bold", 9)
        c.drawString(x + 1.1, y + 0.2, "X")
    c.setFont("Helvetica", size)
    c.drawString(x + 11, y, label)


def gsb_head(c: Canvas, page: int, loan: str) -> None:
    c.setFillColor(GREEN)
    c.rect(40, 730, 32, 32, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Times-Bold", 10)
    c.drawCentredString(56, 742, "GSB")
    c.setFillColor(black)
    c.setFont("Times-Bold", 15)
    c.drawString(80, 748, "GRANITE SHOALS BANK, N.A.")
    c.setFont("Helvetica", 7.5)
    c.drawString(80, 736, "Mortgage Servicing Department  -  400 Quarry Street, Concord, NH 03301  -  "
                          "Fax (603) 555-0148")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(W - 40, 752, "Form GSB-HA2 (Rev. 01/2046)")
    c.drawRightString(W - 40, 742, f"Page {page} of 2")
    c.setLineWidth(1.2)
    c.line(40, 724, W - 40, 724)
    if page == 1:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 704, "HARDSHIP ASSISTANCE APPLICATION")
        c.setFont("Helvetica", 7.6)
        for i, ln in enumerate(wrap("Complete every item, sign and date Section F, and return this application with "
                                    "your income and hardship documents. We will tell you in writing within five "
                                    "business days whether your application is complete. HUD counseling: (800) "
                                    "569-4287.", "Helvetica", 7.6, W - 80)):
            c.drawString(40, 690 - 9.5 * i, ln)
    top = 660 if page == 1 else 698
    c.setLineWidth(0.8)
    c.rect(W - 240, top - 4, 200, 20)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(W - 236, top + 3, "Loan number")
    c.setFont("Courier-Bold", 11)
    c.drawString(W - 170, top + 2, loan)


def section_bar(c: Canvas, y: float, text: str) -> float:
    c.setFillGray(0.78)
    c.rect(40, y, W - 80, 14, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(45, y + 4, text)
    return y


LABEL_W = 200


def row(c: Canvas, y: float, label: str, h: float = 18, answer: str = "", right: bool = False) -> float:
    """One ruled row: a shaded label cell on the left, the answer box on the right. Returns the row's bottom."""
    c.setLineWidth(0.5)
    c.setFillGray(0.94)
    c.rect(40, y - h, LABEL_W, h, stroke=1, fill=1)
    c.setFillColor(black)
    c.rect(40 + LABEL_W, y - h, W - 80 - LABEL_W, h)
    c.setFont("Helvetica", 8.3)
    lines = wrap(label, "Helvetica", 8.3, LABEL_W - 8)
    for i, ln in enumerate(lines):
        c.drawString(44, y - 11 - 9.5 * i, ln)
    if answer:
        c.setFont("Courier", 10)
        if right:
            c.drawRightString(W - 48, y - 12.5, answer)
        else:
            c.drawString(40 + LABEL_W + 6, y - 12.5, answer)
    return y - h


def gsb_form(app: App, screen: bool) -> Paper:
    """Granite Shoals Bank's two-page Hardship Assistance Application, typed (and signed on screen or in ink)."""
    ax = 40 + LABEL_W + 6

    def page1(c: Canvas) -> list[Mark]:
        gsb_head(c, 1, app.loan)
        y = section_bar(c, 632, "A.  BORROWER INFORMATION")
        y = row(c, y, "Borrower's full name", answer=app.borrower)
        y = row(c, y, "Social Security number (last 4 digits only)", answer=app.ssn[-4:])
        y = row(c, y, "Primary phone / e-mail", answer=f"{app.phone}   {app.email}")
        y = row(c, y, "Co-borrower's full name (if any)", answer=app.co or "")
        y = row(c, y, "Co-borrower's SSN (last 4 digits only)", answer=(app.co_ssn or "")[-4:])
        y = row(c, y, "Co-borrower's phone", answer=app.co_phone)
        y = section_bar(c, y - 22, "B.  PROPERTY")
        y = row(c, y, "Property street address", answer=app.street)
        y = row(c, y, "City, State, ZIP code", answer=f"{app.city}, {app.state} {app.zip}")
        y = row(c, y, "Mailing address (if different)")
        y0 = y
        y = row(c, y, "The property is (check one)")
        for i, (code, lab) in enumerate((("primary_residence", "Primary residence"), ("second_home", "Second home"),
                                         ("investment_property", "Investment property"))):
            checkbox(c, ax + i * 110, y0 - 12, lab, app.occupancy == code)
        y0 = y
        y = row(c, y, "I want to (check one)")
        checkbox(c, ax, y0 - 12, "Keep the property", True)
        checkbox(c, ax + 110, y0 - 12, "Sell the property", False)
        y = section_bar(c, y - 22, "C.  HARDSHIP")
        y = row(c, y, "Hardship began on (mm/dd/yyyy)", answer=mdy(app.start) if app.start else "")
        y0 = y
        y = row(c, y, "The hardship is expected to be")
        for i, (code, lab) in enumerate((("short", "Short-term (under 6 months)"), ("long", "Long-term or permanent"),
                                         ("resolved", "Resolved"))):
            checkbox(c, ax + i * (128 if i < 2 else 115), y0 - 12, lab, app.duration == code, size=7.6)
        y0 = y
        y = row(c, y, "Type of hardship (check all that apply)", h=84)
        for i, h in enumerate(HARDSHIPS):
            checkbox(c, ax + (i // 5) * 170, y0 - 14 - (i % 5) * 15, GSB_REASONS[h], h in app.hardships)
        y = row(c, y, "If other, explain", answer=app.other_text)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(40, y - 14, "Continue on page 2. Attach a letter if you need more room to explain your hardship.")
        return []

    def page2(c: Canvas) -> list[Mark]:
        gsb_head(c, 2, app.loan)
        y = section_bar(c, 672, "D.  MONTHLY GROSS INCOME (before taxes) - all borrowers in the household")
        for key, (lab, _) in GSB_LINES.items():
            v = app.lines.get(key, 0.0)
            y0 = y
            y = row(c, y, f"{key[1:]}.  {lab}", answer=money(v) if v else "", right=True)
            c.setFont("Courier", 10)
            c.drawString(ax, y0 - 12.5, "$")
        c.setLineWidth(1.2)
        y0 = y
        y = row(c, y, "", h=20, answer=money(app.total), right=True)
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(44, y0 - 12, "TOTAL MONTHLY GROSS INCOME")
        c.setFont("Courier", 10)
        c.drawString(ax, y0 - 13, "$")
        y = section_bar(c, y - 22, "E.  ASSETS")
        y = row(c, y, "Checking accounts and cash on hand", answer="$ " + money(420.0 + app.seed % 700), right=True)
        y = row(c, y, "Savings, money market, CDs", answer="$ " + money(1150.0 + app.seed % 900), right=True)
        y = row(c, y, "Other assets (not the property)")
        y = section_bar(c, y - 22, "F.  CERTIFICATION AND SIGNATURES")
        c.setFont("Helvetica", 7.6)
        cert = ("I certify that all information in this application is true and complete, that the hardship "
                "described is the reason I need help, and that I will provide the documents the bank asks for. "
                "I understand that knowingly submitting false information may violate federal and state law. I "
                "consent to the bank obtaining my credit report and contacting me at the phone and e-mail above.")
        yy = y - 12
        for ln in wrap(cert, "Helvetica", 7.6, W - 84):
            c.drawString(42, yy, ln)
            yy -= 9.5
        y = yy - 6
        marks: list[Mark] = []
        rows = [("Borrower signature", app.b_signs, app.seed), ("Co-borrower signature", bool(app.co) and
                                                                app.co_signs, app.seed + 1)]
        for lab, signs, seed in rows:
            y0 = y
            y = row(c, y, lab, h=32)
            c.line(W - 170, y0, W - 170, y)
            c.setFont("Helvetica", 7)
            c.drawString(W - 166, y0 - 9, "Date (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", ax + 6, y + 6, w=160, seed=seed))
                marks.append(Mark("type" if screen else "hand", W - 160, y + 6, mdy(app.signed_on), seed=seed + 9))
        return marks

    return Paper([page1, page2], [app.loan, app.borrower, app.street, money(app.total)])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_writer(app: App, type_dates: bool) -> PdfWriter:
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(640.0 + app.seed % 500)}
    if app.start:
        values["Date_1"] = mdy(app.start)
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
        if app.co_phone:
            values["US_Phone_Number_3"] = app.co_phone
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.lines.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if type_dates:
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
    return writer


def form710_marks(app: App, hand: bool) -> list[list[Mark]]:
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
        if hand:
            marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        if hand:
            marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), seed=app.seed + 6))
    return marks


def form710_screen(app: App) -> bytes:
    writer = form710_writer(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    apply_screen_marks(c, form710_marks(app, hand=False)[3])
    synth_line(c)
    c.showPage()
    c.save()
    writer.pages[3].merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    return fixed_bytes(writer, f"be710{app.loan}")


def form710_scan(app: App, modes: Sequence[str], style: Scan, seed: int) -> list[Sheet]:
    pdf = fixed_bytes(form710_writer(app, type_dates=False), "be710ink")
    return scan_pdf_pages(pdf, form710_marks(app, hand=True), modes, style, seed, forms=True)


# --- packets and the checklist ---------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False
    modes: list[str] = field(default_factory=list)  # the OCR layer mode of each scanned page


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    probes: dict[str, list[str]] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc, int], probes: Sequence[str] = ()) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        self.probes[rel] = list(probes)
        page = 1
        for doc, n in metas:
            doc.pages = [(rel, page + i) for i in range(n)]
            self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc, list[Sheet]]]) -> None:
        """One MFP searchable PDF holding the scanned documents in order."""
        sheets: list[Sheet] = []
        for doc, pages in parts:
            doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
            doc.scanned = True
            doc.modes = [s.mode for s in pages]
            self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = searchable_pdf(sheets)

    def born(self, rel: str, paper: Paper, doc: Doc) -> None:
        pdf, _ = print_paper(paper, screen=True)
        self.pdf(rel, pdf, (doc, len(paper.pages)), probes=paper.probes)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", dict(s.fields))


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", dict(s.fields))


def letter_doc(on: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": on.isoformat()})


def pnl_doc(start: dt.date, end: dt.date, net: float) -> Doc:
    return Doc("profit_and_loss_statement", {"period_start": start.isoformat(), "period_end": end.isoformat(),
                                             "net_income": net, "signed": True})


def missing_codes(app: dict[str, Any] | None, docs: Sequence[dict[str, Any]], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to an application's answers and the documents' recorded values."""
    if app is None:
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

    def day(v: str | None) -> dt.date | None:
        return dt.date.fromisoformat(v) if v else None

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d["fields"] for d in docs if d["type"] == "bank_statement"]
    two_bank = any(a["account_last4"] == b["account_last4"] and a["bank_name"] == b["bank_name"]
                   and day(b["period_start"]) == day(a["period_end"]) + dt.timedelta(days=1)
                   and fresh(day(b["period_end"])) for a in stmts for b in stmts if a is not b)
    stub_ok = any(d["type"] == "pay_stub" and d["fields"].get("gross_ytd") is not None
                  and fresh(day(d["fields"]["pay_date"])) for d in docs)
    pnl_ok = any(d["type"] == "profit_and_loss_statement" and d["fields"].get("signed")
                 and fresh(day(d["fields"]["period_end"])) for d in docs)
    rules = {"wages": stub_ok or two_bank, "self_employment": two_bank or pnl_ok, "unemployment": True,
             "benefits_taxable": two_bank, "benefits_nontaxable": two_bank, "rental": two_bank,
             "investment": two_bank, "other": two_bank}
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
    docs = [{"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
             "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields}
            for i, d in enumerate(p.docs, 1)]
    app = p.app.expected()
    codes = missing_codes(app, docs, p.received)
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": app,
            "documents": docs}


def style_for(seed: int, tilt: float, shift: tuple[float, float] = (0.0, 0.0)) -> Scan:
    return Scan(dpi=300, tilt=tilt, blur=0.45, noise=0.0004, shift=shift)


# --- the packets ---------------------------------------------------------------------------------------------------


def packet_be1(seed: int) -> Packet:
    received = dt.date(2046, 3, 20)  # Tuesday
    addr = ["41 Birchwood Lane", "Dover, NH 03820"]
    stubs = [hospital_stub("Lorraine A. Pelletier", "0063318", "Surgical Services", d, 41.85, seed * 13 + 1)
             for d in (dt.date(2046, 3, 2), dt.date(2046, 3, 16))]
    app = App("7302846115", "Lorraine A. Pelletier", "931-64-2209", addr[0], "Dover", "NH", "03820",
              "(603) 555-0126", "lpelletier@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2045, 11, 9), "long", {"D1": r2(stubs[-1].fields["monthly_gross"])}, dt.date(2046, 3, 17),
              seed=seed + 11)
    p = Packet("be1", received, app, [])
    style = style_for(seed, 0.3)
    on = dt.date(2046, 3, 17)
    hl = hardship_letter([app.borrower], addr, app.loan, on, [
        "In November the hospital closed its second operating suite on weekends, and the extra weekend call "
        "shifts I counted on were cut. My base pay did not change, but my overtime and call pay were most of "
        "what kept our budget balanced, and my income has dropped by about nine hundred dollars a month.",
        "I fell behind on the February payment. I want to keep my home and ask the bank to review me for a "
        "modification that brings the payment in line with what I earn now."], ink=True, seed=seed + 17)
    p.scan(f"SCN_{received:%Y%m%d}_093114.pdf", [
        (app_doc(), scan_paper(gsb_form(app, screen=False), ["good", "misread"], style, seed + 101)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, ["good"], style, seed + 102)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, ["misread"], style, seed + 103)),
        (letter_doc(on), scan_paper(hl, ["good"], style, seed + 104))])
    return p


def packet_be2(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 2)
    received = dt.date(2046, 4, 24)  # Tuesday
    addr = ["9 Meetinghouse Road", "Hopkinton, NH 03229"]
    stub = school_stub("Daniel J. Moreau", "PH-20771", "Grade 6 teacher, Maple Street School", dt.date(2046, 4, 13),
                       58420.00, 0.0)
    net = stub.fields["net_current"]
    s1 = cu_statement(rng, "Daniel J. Moreau / Celeste R. Moreau", addr, "4471902", 2046, 2, 1642.37,
                      [(13, "PAYROLL PINE HOLLOW RSD", net), (27, "PAYROLL PINE HOLLOW RSD", net),
                       (9, "NHES UI BENEFIT DEP", 1064.00), (23, "NHES UI BENEFIT DEP", 1064.00)], 2210.55)
    s2 = cu_statement(rng, "Daniel J. Moreau / Celeste R. Moreau", addr, "4471902", 2046, 3,
                      s1.fields["ending_balance"],
                      [(13, "PAYROLL PINE HOLLOW RSD", net), (31, "PAYROLL PINE HOLLOW RSD", net),
                       (9, "NHES UI BENEFIT DEP", 1064.00), (23, "NHES UI BENEFIT DEP", 1064.00)], 2310.79)
    app = App("0045581937", "Daniel J. Moreau", "962-17-5530", addr[0], "Hopkinton", "NH", "03229",
              "(603) 555-0184", "dmoreau@example.com", "primary_residence", ["unemployment"], dt.date(2046, 1, 16),
              "short", {"wages": stub.fields["monthly_gross"], "unemployment": r2(1064.00 * 26 / 12)},
              dt.date(2046, 4, 18), co="Celeste R. Moreau", co_ssn="962-40-8815", co_phone="(603) 555-0185",
              seed=seed + 21)
    p = Packet("be2", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Mortgage Assistance Application - Moreau.pdf", form710_screen(app), (app_doc(), 4))
    p.born(f"{folder}/PayStatement_04-13-2046.pdf", stub.paper, stub_doc(stub))
    p.born(f"{folder}/eStatement_2046-02.pdf", s1.paper, stmt_doc(s1))
    p.born(f"{folder}/eStatement_2046-03.pdf", s2.paper, stmt_doc(s2))
    return p


def packet_be3(seed: int) -> Packet:
    received = dt.date(2046, 5, 22)  # Tuesday
    addr = ["233 Old Turnpike Road", "Northfield, NH 03276"]
    stubs = [trucking_stub("Raymond T. Gagnon", "KR-1184", "Unit 412", d, 0.62, seed * 13 + 3)
             for d in (dt.date(2046, 5, 11), dt.date(2046, 5, 18))]
    app = App("2219047763", "Raymond T. Gagnon", "944-28-6613", addr[0], "Northfield", "NH", "03276",
              "(603) 555-0131", "rgagnon.krt@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2046, 1, 1), "long", {"D1": r2(stubs[-1].fields["monthly_gross"])}, dt.date(2046, 5, 19),
              co="Annette M. Gagnon", co_ssn="944-51-2087", co_phone="(603) 555-0132", co_signs=False,
              seed=seed + 31)
    p = Packet("be3", received, app, ["application_signature"])
    style = style_for(seed, 0.25, shift=(4.5, -3.5))
    on = dt.date(2046, 5, 19)
    hl = hardship_letter([app.borrower], addr, app.loan, on, [
        "Our town revalued every house last year and our property tax bill went up by almost $2,600. The escrow "
        "shortage was spread over twelve months starting in January, and our payment went up by more than $300 "
        "a month at the same time our heating oil costs peaked.",
        "I drive for Kettle River Transport and my pay depends on the miles I get, which have been steady but not "
        "enough to cover the new payment. We ask for a modification so we can stay current."], ink=True,
        seed=seed + 37)
    p.scan(f"SCN_{received:%Y%m%d}_141502.pdf", [
        (app_doc(), scan_paper(gsb_form(app, screen=False), ["good", "good"], style, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, ["good"], style, seed + 302)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, ["misread"], style, seed + 303)),
        (letter_doc(on), scan_paper(hl, ["good"], style, seed + 304))])
    return p


def packet_be4(seed: int) -> Packet:
    received = dt.date(2046, 6, 26)  # Tuesday
    addr = ["17 Pleasant Street", "Exeter, NH 03833"]
    stub = hospital_stub("Simone K. Arsenault", "0071450", "Nutrition Services", dt.date(2046, 6, 15), 24.30,
                         seed * 13 + 4)
    pstart, pend = dt.date(2046, 1, 1), dt.date(2046, 5, 31)
    paper, net = pnl("Simone's Table Catering", "Simone K. Arsenault", "17 Pleasant Street, Exeter, NH 03833",
                     pstart, pend, [("Catering events", 9840.00), ("Baked goods - farmers market", 2215.50)],
                     [("Food and supplies", 4380.25), ("Kitchen rental", 1250.00), ("Vehicle and mileage", 612.40),
                      ("Insurance and permits", 455.00), ("Advertising", 180.00)], dt.date(2046, 6, 20),
                     screen=False, seed=seed + 44)
    se_monthly = r2(net / 5)
    app = App("5508132094", "Simone K. Arsenault", "927-83-4406", addr[0], "Exeter", "NH", "03833",
              "(603) 555-0158", "simone.arsenault@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2045, 12, 2), "long", {"wages": stub.fields["monthly_gross"], "self_employment": se_monthly},
              dt.date(2046, 6, 20), seed=seed + 41)
    p = Packet("be4", received, app, ["irs_form_4506c"])
    style = style_for(seed, 0.4)
    on = dt.date(2046, 6, 20)
    hl = hardship_letter([app.borrower], addr, app.loan, on, [
        "Last December I was diagnosed with a serious illness and was out of work for most of the winter for "
        "treatment. I am back at the hospital part time, but I lost three months of pay, and my catering "
        "business had to turn down most of its winter events.",
        "I am asking for a modification of my mortgage. My income is recovering and I expect to return to full "
        "time later this year, but I cannot make up the missed payments at once."], ink=True, seed=seed + 47)
    w2 = w2_paper("Simone K. Arsenault", "927-83-4406", addr, "Mercy Harbor Medical Center", "02-6618420",
                  ["22 Wharf Road", "Portsmouth, NH 03801"], 2045, 41872.30, 2093.62)
    p.scan(f"SCN_{received:%Y%m%d}_110847.pdf", [
        (app_doc(), form710_scan(app, ["headers", "headers", "good", "headers"], style, seed + 401)),
        (stub_doc(stub), scan_paper(stub.paper, ["good"], style, seed + 402)),
        (pnl_doc(pstart, pend, net), scan_paper(paper, ["none"], style, seed + 403)),
        (Doc("w2", {}), scan_paper(w2, ["misread"], style, seed + 404)),
        (letter_doc(on), scan_paper(hl, ["good"], style, seed + 405))])
    return p


def packet_be5(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2046, 7, 31)  # Tuesday
    addr = ["1480 Route 103", "Warner, NH 03278"]
    stub = school_stub("Katherine L. Dufresne", "PH-31140", "Paraprofessional, Simonds School",
                       dt.date(2046, 6, 29), 31260.00, 150.00)
    pstart, pend = dt.date(2046, 1, 1), dt.date(2046, 6, 30)
    paper, net = pnl("Dufresne Lawn & Landscape", "Marc P. Dufresne", "1480 Route 103, Warner, NH 03278", pstart,
                     pend, [("Mowing contracts", 8620.00), ("Spring and fall cleanups", 3475.00),
                            ("Mulch and plantings", 1960.00)],
                     [("Fuel", 1384.60), ("Equipment repair", 912.35), ("Materials", 1406.80),
                      ("Truck insurance", 744.00), ("Dump fees", 215.00)], dt.date(2046, 7, 20), screen=True,
                     seed=seed + 54)
    se_monthly = r2(net / 6)
    net_pay = stub.fields["net_current"]
    stmt = ashcombe_statement(rng, "Katherine L. Dufresne / Marc P. Dufresne", addr, "5002197734", 2046, 6, 2288.14,
                              [(15, "PAYROLL PINE HOLLOW RSD", net_pay), (30, "PAYROLL PINE HOLLOW RSD", net_pay),
                               (8, "MOBILE DEP DUFRESNE LAWN", 1850.00), (22, "MOBILE DEP DUFRESNE LAWN", 1425.00)])
    app = App("3380716542", "Katherine L. Dufresne", "958-02-7761", addr[0], "Warner", "NH", "03278",
              "(603) 555-0119", "kdufresne@example.net", "primary_residence", ["other"], dt.date(2046, 3, 2),
              "short", {"D1": r2(31260.00 / 12), "D2": r2(150.00 * 2), "D3": se_monthly}, dt.date(2046, 7, 21),
              co="Marc P. Dufresne", co_ssn="958-19-3046", co_phone="(603) 555-0120",
              other_text="Lawn business truck destroyed; no work 6 weeks", seed=seed + 51)
    p = Packet("be5", received, app, [])
    loan = app.loan
    p.born(f"GSB application {loan}.pdf", gsb_form(app, screen=True), app_doc())
    p.born(f"{loan} paystub 06-29.pdf", stub.paper, stub_doc(stub))
    p.born(f"{loan} lawn business P&L.pdf", paper, pnl_doc(pstart, pend, net))
    t = form4506c("Marc", "P", "Dufresne", "958-19-3046", addr[0], "Warner", "NH", "03278", dt.date(2046, 7, 20),
                  "(603) 555-0120", seed + 56)
    p.pdf(f"{loan} 4506-C.pdf", t, (Doc("irs_form_4506c", {"signed": True, "signed_on": "2046-07-20"}), 1))
    p.born(f"{loan} June statement.pdf", stmt.paper, stmt_doc(stmt))
    on = dt.date(2046, 7, 21)
    hl = hardship_letter([app.borrower, app.co or ""], addr, loan, on, [
        "In March my husband's work truck and trailer were destroyed when a tree came down on them during the "
        "ice storm. The insurance paid only part of the value, and he could not work his lawn and landscaping "
        "routes for six weeks while he found and financed another truck. We lost most of our spring income.",
        "We fell two payments behind. He is working again and my school pay is steady, but we cannot catch up on "
        "the missed payments at once. We ask the bank to review us for a modification or a deferral."],
        ink=False, seed=seed + 57)
    p.born(f"{loan} hardship letter.pdf", hl, letter_doc(on))
    return p


def packet_be6(seed: int) -> Packet:
    received = dt.date(2046, 8, 20)  # Monday
    addr = ["62 Depot Street", "Hopkinton, NH 03229"]
    stubs = [school_stub("Theresa M. Boucher", "PH-18852", "Food service manager, Hopkinton High", d, 46310.00, 0.0)
             for d in (dt.date(2046, 7, 13), dt.date(2046, 7, 31))]
    app = App("6124907358", "Theresa M. Boucher", "973-55-0148", addr[0], "Hopkinton", "NH", "03229",
              "(603) 555-0177", "tboucher@example.org", "primary_residence", ["disability_or_illness"],
              dt.date(2046, 4, 27), "short", {"D1": r2(46310.00 / 12)}, dt.date(2046, 8, 13), seed=seed + 61)
    p = Packet("be6", received, app, ["hardship_doc:disability_or_illness"])
    style = style_for(seed, 0.2)
    w2 = w2_paper("Theresa M. Boucher", "973-55-0148", addr, "Pine Hollow Regional School District", "02-6009513",
                  ["140 School Street", "Henniker, NH 03242"], 2045, 42816.55, 0.0, social_security=False)
    p.scan(f"SCN_{received:%Y%m%d}_160233.pdf", [
        (app_doc(), scan_paper(gsb_form(app, screen=False), ["misread", "misread"], style, seed + 601)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, ["misread"], style, seed + 602)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, ["misread"], style, seed + 603)),
        (Doc("w2", {}), scan_paper(w2, ["misread"], style, seed + 604))])
    return p


def packet_be7(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2046, 9, 18)  # Tuesday
    addr = ["8 Quimby Hill Road", "Sanbornton, NH 03269"]
    stub = trucking_stub("Gerald W. Lacasse", "KR-0962", "Unit 377", dt.date(2046, 6, 1), 0.58, seed * 13 + 7)
    s1 = cu_statement(rng, "Gerald W. Lacasse", addr, "3380415", 2046, 8, 918.62,
                      [(7, "KETTLE RIVER TRANSPO PAYRL", 1092.44), (14, "KETTLE RIVER TRANSPO PAYRL", 1131.08),
                       (21, "KETTLE RIVER TRANSPO PAYRL", 978.37), (28, "KETTLE RIVER TRANSPO PAYRL", 1046.90)],
                      640.12)
    app = App("1903375528", "Gerald W. Lacasse", "985-36-1172", addr[0], "Sanbornton", "NH", "03269",
              "(603) 555-0163", "glacasse@example.net", "primary_residence", ["reduction_in_income"], None, "long",
              {"wages": stub.fields["monthly_gross"]}, dt.date(2046, 9, 10), seed=seed + 71)
    p = Packet("be7", received, app, ["application_field:hardship_start_date", "income_doc:wages"])
    style = style_for(seed, 0.35)
    p.scan(f"SCN_{received:%Y%m%d}_082955.pdf", [
        (app_doc(), form710_scan(app, ["good", "none", "good", "none"], style, seed + 701)),
        (stub_doc(stub), scan_paper(stub.paper, ["headers"], style, seed + 702)),
        (stmt_doc(s1), scan_paper(s1.paper, ["good"], style, seed + 703))])
    return p


def packet_be8(seed: int) -> Packet:
    rng = random.Random(seed * 1000 + 8)
    received = dt.date(2046, 10, 23)  # Tuesday
    addr = ["305 Elm Street", "Laconia, NH 03246"]
    pay = 1387.26
    weekly = 161.50
    cs_monthly = r2(weekly * 52 / 12)
    cs = [(d, "NH DHHS DCSS CHILD SUPP", r2(weekly * 2)) for d in (4, 18)]
    s1 = ashcombe_statement(rng, "Jolene R. Fortier", addr, "5003318826", 2046, 8, 1766.40,
                            [(1, "PAYROLL LAKES REGION DENTAL", pay), (15, "PAYROLL LAKES REGION DENTAL", pay),
                             (29, "PAYROLL LAKES REGION DENTAL", pay), *cs])
    s2 = ashcombe_statement(rng, "Jolene R. Fortier", addr, "5003318826", 2046, 9, s1.fields["ending_balance"],
                            [(12, "PAYROLL LAKES REGION DENTAL", pay), (26, "PAYROLL LAKES REGION DENTAL", pay),
                             *[(d + 1, t, a) for d, t, a in cs]])
    order = child_support_order("Jolene R. Fortier", "Bradley S. Fortier", "629-2044-DM-00318", weekly,
                                dt.date(2046, 7, 1), dt.date(2046, 6, 24), seed + 88)
    app = App("4471150269", "Jolene R. Fortier", "914-72-6630", addr[0], "Laconia", "NH", "03246", "(603) 555-0142",
              "jfortier@example.com", "primary_residence", ["reduction_in_income"], dt.date(2046, 5, 1), "long",
              {"D1": r2(pay * 1.28 * 26 / 12), "D9": cs_monthly}, dt.date(2046, 10, 14), seed=seed + 81)
    p = Packet("be8", received, app, [])
    style = style_for(seed, 0.3)
    on = dt.date(2046, 10, 14)
    hl = hardship_letter([app.borrower], addr, app.loan, on, [
        "In May the dental practice where I work as a hygienist cut my schedule from five days to four when one "
        "of the dentists retired. At the same time my former husband's child support was lowered by the court "
        "after he changed jobs. Together I lost more than seven hundred dollars a month.",
        "I am current on the mortgage only because I used my savings, which are now gone. I ask the bank to "
        "review me for a modification so I can keep the house for my children."], ink=True, seed=seed + 87)
    p.scan(f"SCN_{received:%Y%m%d}_130418.pdf", [
        (app_doc(), scan_paper(gsb_form(app, screen=False), ["good", "good"], style, seed + 801)),
        (stmt_doc(s1), scan_paper(s1.paper, ["good", "none"], style, seed + 802)),
        (stmt_doc(s2), scan_paper(s2.paper, ["misread", "good"], style, seed + 803)),
        (Doc("other", {}), scan_paper(order, ["good", "headers"], style, seed + 804)),
        (letter_doc(on), scan_paper(hl, ["good"], style, seed + 805))])
    return p


PACKETS: list[Callable[[int], Packet]] = [packet_be1, packet_be2, packet_be3, packet_be4, packet_be5, packet_be6,
                                             packet_be7, packet_be8]


# --- check ---------------------------------------------------------------------------------------------------------


def page_has_image(page: Any) -> bool:
    xobjs = (page.get("/Resources") or {}).get("/XObject") or {}
    return any(x.get_object().get("/Subtype") == "/Image" for x in xobjs.values())


def check(out: Path, layers: dict[str, dict[tuple[str, int], str]] | None = None) -> list[str]:
    """Validate every expected.json under out (see the module docstring)."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    sys.path.insert(0, str(REPO / "tests"))
    try:
        from sample_compare import compare
    except ImportError:  # pragma: no cover
        compare = None
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
            continue
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() >= 5 or received.year != 2046:
            problems.append(f"{name}: received_on {received} is not a 2046 weekday")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != set(APP_KEYS):
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan number differs")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if "-" in json.dumps(app.get("ssn_last4")) or len(app["ssn_last4"]) != 4:
            problems.append(f"{name}: ssn_last4")
        derived = missing_codes(app, exp["documents"], received)
        if derived != sorted(exp["missing"]):
            problems.append(f"{name}: missing {exp['missing']} but the checklist gives {derived}")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            want = FIELDS.get(doc["type"], set())
            if set(doc["fields"]) != want:
                problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])}")
            for k, v in doc["fields"].items():
                if k.endswith(("date", "_start", "_end", "signed_on")) and v is not None:
                    dt.date.fromisoformat(v)
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
                page = reader.pages[pg["page"] - 1]
                if page_has_image(page) != doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but image page={not doc['scanned']} {key}")
                text = page.extract_text().replace(SYNTH, "").strip()
                if not doc["scanned"] and not text and doc["type"] != "mortgage_assistance_application":
                    problems.append(f"{name}: born-digital page without text {key}")
                mode = (layers or {}).get(name, {}).get(key)
                if doc["scanned"] and mode is not None and (mode == "none") != (not text):
                    problems.append(f"{name}: layer mode {mode} but text layer {bool(text)} on {key}")
            f = doc["fields"]
            if doc["type"] == "pay_stub":
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                span = (dt.date.fromisoformat(f["period_end"]) - dt.date.fromisoformat(f["period_start"])).days + 1
                ok = {"weekly": {7}, "biweekly": {14}, "semimonthly": {13, 14, 15, 16}, "monthly": {28, 29, 30, 31}}
                if span not in ok[f["frequency"]]:
                    problems.append(f"{name}: pay period of {span} days for {f['frequency']}")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: ytd below current")
        stmts = sorted((d["fields"] for d in exp["documents"] if d["type"] == "bank_statement"),
                       key=lambda s: (s["bank_name"], s["account_last4"], s["period_start"]))
        for a, b in itertools.pairwise(stmts):
            if a["account_last4"] == b["account_last4"] and a["bank_name"] == b["bank_name"] and \
                    abs(a["ending_balance"] - b["beginning_balance"]) > 0.005:
                problems.append(f"{name}: statements do not chain {a['period_end']} -> {b['period_start']}")
        for file in sorted((exp_path.parent / "inbox").rglob("*.pdf")):
            rel = file.relative_to(exp_path.parent / "inbox").as_posix()
            n = len(PdfReader(file).pages)
            listed = sorted(p for f, p in seen if f == rel)
            if listed != list(range(1, n + 1)):
                problems.append(f"{name}: {rel} has {n} pages but documents list {listed}")
        if compare is not None:
            case = {"status": exp["status"], "missing": [{"code": c} for c in exp["missing"]],
                    "application": {k: {"value": v} for k, v in app.items()},
                    "documents": [{"type": d["type"], "pages": d["pages"],
                                   "fields": {k: {"value": v} for k, v in d["fields"].items()}}
                                  for d in exp["documents"]]}
            wrong = compare(exp, case).wrong()
            problems += [f"{name}: self-compare {c.label}" for c in wrong]
    return problems


def probe_problems(p: Packet) -> list[str]:
    """Born-digital files must print the values expected.json gives for them."""
    out = []
    for rel, probes in p.probes.items():
        reader = PdfReader(io.BytesIO(p.files[rel]))
        text = " ".join(pg.extract_text() for pg in reader.pages)
        text += " ".join(str(v) for v in (reader.get_fields() or {}).values())
        out += [f"{p.name}: {rel} does not print {s!r}" for s in probes if s not in " ".join(text.split())]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate what was written")
    ap.add_argument("--only", nargs="*", help="build only these packets (be1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    layers: dict[str, dict[tuple[str, int], str]] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        problems += probe_problems(p)
        layers[name] = {pg: m for d in p.docs for pg, m in zip(d.pages, d.modes, strict=False)}
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        modes = sorted({m for d in p.docs for m in d.modes})
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} pages, layers {','.join(modes) or 'born-digital'})")
    if args.check:
        problems += check(args.out, layers)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
