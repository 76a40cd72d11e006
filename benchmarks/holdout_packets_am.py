"""A thirty-ninth holdout set of borrower packets (am1..am8), laid out unlike the shared samples and unlike the a
(first), b, c, ... z and aa .. al sets, written without looking at the service's code, rules, data files or tests,
to estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen.

    python benchmarks/holdout_packets_am.py OUT_DIR [--seed N] [--check] [--only am1 am5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. No stunts: papers
are typed, files are born-digital PDFs, plain grey scans (200, 240 or 300 dpi, tilted 0.3 to 0.5 degrees, a little
blurred and speckled, JPEG, no text layer) or one plain fax (200 dpi, black and white, the sending machine's header
line with page numbers), and the hand-made parts are signatures, the dates beside them and loops drawn around words.

Applications (three layouts):
- Bellwether Valley Federal Credit Union's "Member Hardship Assistance Request" (Form MHAR-4, portrait, two pages, a
  green round "BV" mark and a centred title). Part 1 is FILL-IN-THE-BLANK SENTENCES whose answers are typed in
  Courier on the rules, some with a tiny caption under the rule: "I, ____ (full name), member number ____, ask for
  help with loan no. ____ on the home at ____ (street), ____ (city), __ (state) _____ (ZIP)."; "The last four digits
  of my Social Security number are ____."; "My joint borrower on this loan is ____ (leave blank if none), whose
  Social Security number ends in ____."; "You can reach me at ____ or by e-mail at ____." Part 2 "This home is
  (circle one): my principal residence / my second home / a rental / investment property"; part 3 "My hardship
  began on ____ (month / day / year)", "I expect it to be (circle one): short-term (6 months or less) / long-term
  (over 6 months) / already resolved" and a BULLETED list of ten reasons in two columns ("Reduced income (fewer
  hours, lower pay)", "Serious illness or disability", "Other: ____"). The choices are answered by an OVAL drawn
  around the chosen words - with a PDF viewer's drawing tool (blue vector loop) or in pen before scanning; nothing
  else marks them. Page 2 repeats "Loan no.", then the household income as a short LEDGER "Source | Monthly |
  Annually" of eight sources and a "Total household income" row (the Monthly column is the form's answer; the
  Annually column is twelve times it), a certification paragraph, "Member (borrower) signature" / "Date" and
  "Joint borrower signature" / "Date" captions under the lines. Typed and signed on the screen (am1, am6 - the joint
  borrower's lines left empty in am6), or typed, printed, circled, signed and dated in pen and scanned (am5).
- Ridgeway Harbor Loan Servicing's "Borrower Assistance Worksheet" (Form RHLS-22, two pages, THREE SECTIONS A PAGE
  under dark full-width bars "SECTION 1 LOAN AND BORROWERS" .. "SECTION 6 CERTIFICATION AND SIGNATURES"), printed in
  a VERY CONDENSED sans face (DejaVu Sans Condensed squeezed to 78%): every label sits in the LEFT MARGIN outside a
  boxed grid, and inside the grid each row runs a DOTTED LEADER to the answer typed in Courier ("Loan number",
  "Borrower - full legal name", "Borrower - SSN, last 4 digits", "State and ZIP code", "The property is [X] Primary
  residence [ ] Second home [ ] Investment property", "Hardship began (mm/dd/yyyy)", "Expected to last [ ] 6 months
  or less [X] More than 6 months [ ] Resolved", ten lettered reasons "a. Unemployment" .. "j. Other hardship" each
  with one "[X] applies" box, "If other, describe"); page 2 the monthly income rows "$ ... 4,895.00" with "TOTAL
  MONTHLY INCOME", assets, a boxed certification, "Borrower signature" / "Borrower - date signed" rows. Printed,
  signed and dated in ink and scanned (am2 at 240 dpi, am7 at 300 dpi), or typed and signed on the screen (am4, am8).
- The real Form 710 (April 2023) typed through its AcroForm, printed, signed and dated in ink by both spouses and
  faxed (am3).

Pay (every year-to-date figure is the sum of that year's checks; the frequency is printed on every stub):
- A restaurant's bi-weekly CHECK-AND-STUB (Cast Iron & Rye Kitchen, Maple & Ember Supper Club, Riverside Supper
  Club): the top third a pale green voided check ("PAY TO THE ORDER OF", the net in a box and in words, "VOID -
  NON-NEGOTIABLE - DIRECT DEPOSIT ADVICE"), a dashed perforation, then the "STATEMENT OF EARNINGS": a row of
  captioned cells (Employee, Emp #, Position, Pay period, Pay date, Pay frequency "Biweekly"), EARNINGS with hours,
  rate, current and year to date - "Tipped wage" at $4.35 an hour, "Charged tips", "Cash tips reported", "GROSS PAY"
  -, DEDUCTIONS beside it (taxes and "Cash tips (in hand)", the reported cash tips taken back out of the net), a grey
  NET PAY / YTD NET / hours strip and a TIP CREDIT NOTICE paragraph giving the tip credit taken this period and
  saying it is NOT part of gross pay. Expected gross is the printed GROSS PAY (tips included).
- A school district's monthly "CERTIFICATED EMPLOYEE PAY STATEMENT" for teachers (Harlan Flats Unified, North Cedar
  Community): a round seal of the district's initials, an eight-cell caption grid (Pay frequency "Monthly", Period
  begin / end, Pay date on the month's last business day), a shaded CONTRACT box - a 10-month work year of 184 duty
  days, the annual contract salary, "12 equal installments; July and August pay is deferred from the school months",
  "This installment 7 of 12", "Summer pay deferred to date this contract year $..." (a memo, not pay) -, EARNINGS and
  DEDUCTIONS tables with CURRENT and CALENDAR YTD (STRS contribution instead of Social Security, health plan, union
  dues) and three GROSS PAY / TOTAL DEDUCTIONS / NET PAY tiles. Expected gross is the installment paid.
- A staffing agency's "WEEKLY PAY STATEMENT" (Larkfield Staffing Partners, Prairie Gate Staffing): associate, ID,
  "Week worked 03/29/2038 to 04/04/2038", "Check date", "Pay frequency Weekly", an ASSIGNMENTS WORKED THIS WEEK table
  (job order, client / worksite, position, regular hours and rate, overtime hours and rate, amount) with an
  "Assignments total", then a PAY SUMMARY of regular and overtime pay with hours, THIS WEEK and YEAR TO DATE, taxes
  as negatives and a ruled "Net pay".

Statements:
- Bellwether Valley FCU's combined one-page MEMBER STATEMENT: "Member number: *****0315", a SUMMARY OF YOUR ACCOUNTS
  table by SUFFIX - "S01 Primary Share Savings" and "S10 Share Draft Checking" with beginning balance, deposits,
  withdrawals, ending balance (no combined total) - then one register per sub-account with "Previous balance" and
  "New balance" rows and a monthly transfer from S10 to S01. The expected values are the SHARE DRAFT's (S10), the
  account the pay and business deposits land in; account_last4 is the member number's last four.
- A statement PRINTED FROM A PHONE APP (Tidewater Direct Bank's "Tidewater" app): one narrow page 300 points wide and
  as long as its list (about 800 to 1,100 points), a navy app bar, "Everyday Checking ..0417", "Statement period Feb
  1, 2038 - Feb 28, 2038", four rounded cards (Opening balance, Money in, Money out, Closing balance), transactions
  newest first under day headers ("Sun, Feb 28") with title-cased descriptions and signed amounts, and a small print
  footer naming the bank, the account ending and the period.

Letters and papers: hardship letters in five shapes - on the borrower's own printed LETTERHEAD with a "RE: Loan #
3308417256" reference line, signed on the screen (am1); a "STATEMENT OF HARDSHIP" of numbered paragraphs with
"Dated: March 16, 2038" and the signature at the foot, scanned (am2); a "MEMO" with TO / FROM / DATE / SUBJECT rows,
unsigned (am4); a plain block letter with the address and date at the top right, indented paragraphs, signed in ink
(am3, am5, am7, am8); an E-MAIL printed from webmail ("Tue, Aug 10, 2038 at 8:42 PM"; the letter date is the day it
was sent, not the print date in the margin) (am6). A municipal pension plan's BENEFIT VERIFICATION with a boxed table
(taxable, monthly), page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed, signed and dated in ink, a library's
fax cover and the mailroom's Code 128 "LOAN <number>" separator (neither cover nor separator is a document).
One borrower has a suffix and a hyphenated surname (Reginald T. Ashby-Moreau Jr., am1).

Deliveries: a folder named after the loan of e-mailed born-digital files (am1); loose files "<loan>-..." mixing a
240 dpi scan of the worksheet and the letter with downloaded stub and app statements (am2); ONE fax of the whole
packet behind a cover sheet under the fax server's name (am3); loose born-digital files "<Surname> <loan> - ..."
(am4); a folder named after the loan holding one 200 dpi grey scan per paper (am5); loose born-digital files
"<loan>_..." (am6); ONE 300 dpi grey scan of the whole packet behind the separator sheet (am7); a folder named after
the loan of born-digital files and a 300 dpi scan of the signed letter (am8). Co-borrowers in am3 and am6.

Complete: am1 (two fresh tipped-server stubs with year-to-date pay; a reduction in income needs no papers), am3
(fresh weekly staffing stubs, the pension plan's fresh letter for the wife's taxable pension; unemployment needs
nothing), am5 (a fresh teacher's stub; the letter covers the child's illness; two credit union statements besides),
am7 (two consecutive fresh share draft statements for the self-employment, a signed 4506-C; a disaster needs
nothing). Incomplete: am2 divorce is claimed but no decree, separation agreement or quitclaim deed came - the
hardship statement is not one (hardship_doc:divorce_or_separation); am4 wages are claimed with no pay stub and only
ONE month's app statement (income_doc:wages); am6 the joint borrower named on the request did not sign or date it
(application_signature); am8 rental income is claimed and documented by two consecutive statements, but no IRS
Form 4506-C came (irs_form_4506c).

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet and must equal each scenario's codes. `--check` validates every expected.json (keys,
codes, types, dates, income totals, that every page belongs to one document - a cover or separator aside -, that
`scanned` matches the absence of a text layer, pay-stub monthly gross, that no full SSN reaches expected.json, and
that expected.json scores perfectly against itself through tests/sample_compare.compare). Received dates fall in
2038. Every file is the same bytes for a seed. All people, employers, banks and servicers are fictional (the IRS form
aside); SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.
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

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
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
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
FAX_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
COND, COND_B = "AmCond", "AmCondBold"
pdfmetrics.registerFont(TTFont(COND, str(FONT_DIR / "dejavu/DejaVuSansCondensed.ttf")))
pdfmetrics.registerFont(TTFont(COND_B, str(FONT_DIR / "dejavu/DejaVuSansCondensed-Bold.ttf")))

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


def short_date(d: dt.date) -> str:
    return f"{d.strftime('%b')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something the borrower adds by hand or on screen: a signature ("sig"), a hand-written string ("hand") or
    an oval drawn around printed words ("oval", x/y its box's bottom-left corner, w/h its size).
    x, y: PDF points from the page's bottom-left (a signature's or string's baseline at its left end)."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1
    h: float = 14.0


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
        slant = rng.uniform(2.0, 4.5)
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = h * (1.0 if i < 8 else 0.5) * rng.uniform(0.85, 1.1)
            s = math.sin(t * loops * 2 * math.pi)
            px = x + span * t + slant * s + 2.5 * math.cos(t * loops * 2 * math.pi)
            py = h * 0.35 + amp * 0.5 * s * (1 - 0.35 * t)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.06
        if x > w * 0.95:
            break
    strokes.append([(w * 0.05, h * 0.02), (min(x, w) * 0.6, h * 0.0), (min(x, w) * 0.98, h * 0.1)])
    return strokes


def oval_path(m: Mark) -> list[tuple[float, float]]:
    """A hand-drawn loop around a word: an ellipse a little off true, its end running past its start."""
    rng = random.Random(m.seed)
    cx, cy = m.x + m.w / 2, m.y + m.h / 2
    rx, ry = m.w / 2, m.h / 2
    start = rng.uniform(1.6, 2.4)
    wob = rng.uniform(0.02, 0.05)
    pts = []
    n = 60
    for i in range(n + 7):
        a = start + 2 * math.pi * i / n
        k = 1 + wob * math.sin(3 * a + start) + 0.03 * i / n
        pts.append((cx + rx * k * math.cos(a), cy + ry * k * math.sin(a) + 0.8 * math.sin(a * 2)))
    return pts


def draw_marks_vector(c: Canvas, marks: Sequence[Mark]) -> None:
    """Marks made on the screen: signatures and loops as blue vector strokes, dates typed."""
    for m in marks:
        c.saveState()
        if m.kind in ("sig", "oval"):
            c.setStrokeColor(Color(0.08, 0.16, 0.55))
            c.setLineWidth(1.1 if m.kind == "sig" else 1.3)
            c.setLineCap(1)
            c.setLineJoin(1)
            strokes = signature_path(m.seed, m.w) if m.kind == "sig" else [oval_path(m)]
            off = (m.x, m.y) if m.kind == "sig" else (0.0, 0.0)
            for stroke in strokes:
                path = c.beginPath()
                path.moveTo(off[0] + stroke[0][0], off[1] + stroke[0][1])
                for px, py in stroke[1:]:
                    path.lineTo(off[0] + px, off[1] + py)
                c.drawPath(path, stroke=1, fill=0)
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)
        c.restoreState()


def paper_pdf(paper: Paper, creator: str = "holdout_packets_am") -> bytes:
    """The born-digital PDF of a paper; its marks drawn on the screen."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(creator)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        draw_marks_vector(c, fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.4
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "oval":
            pts = [(px * scale, (page_h - py) * scale) for px, py in oval_path(m)]
            draw.line(pts, fill=45, width=max(2, round(1.2 * scale)), joint="curve")
        else:
            rng = random.Random(m.seed)
            font = ImageFont.truetype(str(HAND_FONT), round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    angle = style.tilt * (1 if seed % 2 else -1)
    out = img.rotate(angle, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # a light grey paper tone
        out = out.point(lambda v: int(20 + v * 0.9))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 70 if px[x, y] > 128 else 225
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
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return scan_sheets(buf.getvalue(), marks, style, seed)


def fax_headers(sheets: Sequence[ScannedPage], header: str) -> None:
    """The sending machine's header line across the top of every faxed page, with its page count."""
    font = ImageFont.truetype(str(FAX_FONT), 22)
    n = len(sheets)
    for i, sheet in enumerate(sheets, 1):
        img = sheet.image.convert("L")
        ImageDraw.Draw(img).text((40, 14), f"{header}   P. {i:02d}/{n:02d}", fill=0, font=font)
        sheet.image = img.point(lambda v: 255 if v > 150 else 0).convert("1")


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
    writer.add_metadata({"/Producer": "holdout_packets_am"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


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
               size: float = 11, leading: float = 14.5, gap: float = 8, indent: float = 0.0) -> float:
    c.setFont(font, size)
    for para in paras:
        for i, ln in enumerate(wrap(para, font, size, width - indent)):
            c.drawString(x + (indent if i == 0 else 0), y, ln)
            y -= leading
        y -= gap
    return y


def dots(c: Canvas, x0: float, x1: float, y: float, font: str = COND, size: float = 8) -> None:
    """A dotted leader from x0 to x1 on baseline y."""
    c.setFont(font, size)
    n = int((x1 - x0) // stringWidth(". ", font, size))
    c.drawString(x0, y, (". " * n).rstrip())


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Withholding:
    """Taxes (and retirement) as rates of the gross, then fixed deductions a check."""

    rates: tuple[tuple[str, float], ...]
    fixed: tuple[tuple[str, float], ...] = ()

    def taxes(self, gross: float) -> dict[str, float]:
        return {k: r2(gross * p) for k, p in self.rates}


@dataclass
class PayCheck:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    earnings: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)
    taken_back: dict[str, float] = field(default_factory=dict)  # e.g. cash tips already in hand
    detail: list[tuple[str, ...]] = field(default_factory=list)
    memo: float = 0.0

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.earnings.values()))


def net_of(ch: PayCheck, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.fixed) - sum(ch.taken_back.values()))


def ytd_of(checks: Sequence[PayCheck], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, tax, deduction, gross and net - the sum of the year's checks."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.earnings.items()}
        items.update(wh.taxes(ch.gross))
        items.update(dict(wh.fixed))
        items.update(ch.taken_back)
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        items["HOURS"] = sum(v[0] for v in ch.earnings.values())
        items["MEMO"] = ch.memo
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


def stub_fields(employer: str, employee: str, ch: PayCheck, frequency: str, ytd: float | None,
                net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": ch.start.isoformat(), "period_end": ch.end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


def fridays(year: int, step: int, until: dt.date) -> list[dt.date]:
    """Pay dates every `step` days from the year's second Friday (January 8 in 2038)."""
    d = dt.date(year, 1, 1)
    while d.weekday() != 4:
        d += dt.timedelta(days=1)
    d += dt.timedelta(days=7)
    out = []
    while d <= until:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


def last_business_day(year: int, month: int) -> dt.date:
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
TENS = ("_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")


def restaurant_stub(employer: str, address: str, employee: str, emp_no: str, position: str, pay_date: dt.date,
                    wage: float, hours_mean: float, tips_per_hour: float, wh: Withholding, key: int) -> Stub:
    """A restaurant's bi-weekly check-and-stub: a voided check on top, the earnings statement below the
    perforation; tipped wage at the tip-credit rate, charged and cash tips in the gross, cash tips taken back."""
    min_wage = 7.25
    checks = []
    for d in fridays(pay_date.year, 14, pay_date):
        rr = random.Random(f"{emp_no}{d}{key}")
        hours = round(rr.uniform(hours_mean - 9, hours_mean + 7) * 4) / 4
        charged = r2(hours * rr.uniform(tips_per_hour * 0.85, tips_per_hour * 1.15))
        cash = r2(hours * rr.uniform(1.4, 2.9))
        end = d - dt.timedelta(days=6)
        checks.append(PayCheck(d, end - dt.timedelta(days=13), end,
                               {"Tipped wage": (hours, wage, r2(hours * wage)), "Charged tips": (0.0, 0.0, charged),
                                "Cash tips reported": (0.0, 0.0, cash)},
                               {"Cash tips (in hand)": cash}, memo=r2(hours * (min_wage - wage))))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        # the check
        c.setFillColor(Color(0.93, 0.95, 0.9))
        c.rect(36, 548, W - 72, 210, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-BoldItalic", 17)
        c.drawString(50, 732, employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(50, 720, address)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 50, 734, f"No. {emp_no[-3:]}{ch.pay_date.strftime('%m%d')}")
        c.setFont("Helvetica", 8.5)
        c.drawString(400, 705, "DATE")
        c.setFont("Courier-Bold", 10)
        c.drawString(432, 705, mdy(ch.pay_date))
        c.setFont("Helvetica", 7)
        c.drawString(50, 672, "PAY TO THE")
        c.drawString(50, 664, "ORDER OF")
        c.setFont("Courier-Bold", 11)
        c.drawString(100, 666, employee.upper())
        c.line(98, 662, 420, 662)
        c.rect(440, 660, 122, 20, stroke=1, fill=0)
        c.drawRightString(556, 666, "$**" + money(net))
        c.setFont("Courier", 9.5)
        dollars = int(net)
        cents = round((net - dollars) * 100)
        c.drawString(50, 640, f"{words(dollars).upper()} AND {cents:02d}/100 DOLLARS")
        c.line(48, 636, 562, 636)
        c.setFont("Helvetica-Bold", 16)
        c.setFillGray(0.62)
        c.drawCentredString(W / 2, 598, "VOID  -  NON-NEGOTIABLE  -  DIRECT DEPOSIT ADVICE")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(50, 570, "Deposited to your account on file. This is not a check.")
        c.line(380, 575, 560, 575)
        c.drawString(380, 566, "AUTHORIZED SIGNATURE")
        c.setDash(2, 3)
        c.line(20, 538, W - 20, 538)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 528, "DETACH HERE  -  KEEP THIS STATEMENT OF EARNINGS FOR YOUR RECORDS")
        # the stub
        c.setFont("Helvetica-Bold", 11)
        c.drawString(40, 506, employer.upper())
        c.drawRightString(W - 40, 506, "STATEMENT OF EARNINGS")
        c.setLineWidth(0.5)
        info = [("Employee", employee), ("Emp #", emp_no), ("Position", position),
                ("Pay period", f"{mdy(ch.start)} - {mdy(ch.end)}"), ("Pay date", mdy(ch.pay_date)),
                ("Pay frequency", "Biweekly")]
        widths = [120, 52, 88, 122, 68, 82]
        x = 40.0
        for (k, v), wd in zip(info, widths, strict=True):
            c.rect(x, 470, wd, 28, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, 490, k.upper())
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 3, 476, v)
            x += wd
        y = 452
        c.setFont("Helvetica-Bold", 7.5)
        for xx, t in ((40, "EARNINGS"), (220, "HOURS"), (270, "RATE"), (330, "CURRENT"), (395, "YEAR TO DATE")):
            (c.drawString if xx == 40 else c.drawRightString)(xx, y, t)
        c.line(40, y - 3, 398, y - 3)
        c.setFont("Helvetica", 8.5)
        y -= 14
        for k, (hrs, rate, amt) in ch.earnings.items():
            c.drawString(40, y, k)
            if hrs:
                c.drawRightString(220, y, f"{hrs:.2f}")
                c.drawRightString(270, y, f"{rate:.2f}")
            c.drawRightString(330, y, money(amt))
            c.drawRightString(395, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 2, "GROSS PAY")
        c.drawRightString(330, y - 2, money(ch.gross))
        c.drawRightString(395, y - 2, money(ytd["GROSS"]))
        c.line(250, y + 8, 398, y + 8)
        ty = 452
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(412, ty, "DEDUCTIONS")
        c.drawRightString(515, ty, "CURRENT")
        c.drawRightString(572, ty, "YTD")
        c.line(412, ty - 3, 572, ty - 3)
        c.setFont("Helvetica", 8)
        ty -= 14
        for k, v in [*taxes.items(), *wh.fixed, *ch.taken_back.items()]:
            c.drawString(412, ty, k)
            c.drawRightString(515, ty, money(v))
            c.drawRightString(572, ty, money(ytd[k]))
            ty -= 12
        by = min(y, ty) - 26
        c.setFillGray(0.9)
        c.rect(40, by, 532, 18, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(46, by + 5, f"NET PAY   {money(net)}")
        c.drawString(250, by + 5, f"YTD NET   {money(ytd['NET'])}")
        c.setFont("Helvetica", 8)
        c.drawRightString(566, by + 5, f"Hours this year {ytd['HOURS']:,.2f}")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, by - 22, "TIP CREDIT NOTICE")
        paragraphs(c, 40, by - 34, 532, [
            f"Your cash wage is ${wage:.2f} an hour. Your employer takes a tip credit of ${min_wage - wage:.2f} an "
            "hour "
            f"toward the ${min_wage:.2f} minimum wage. Tip credit this period: ${money(ch.memo)} (not paid to you and "
            "not part of gross pay). Cash tips you reported are included in gross pay for taxes and then taken back "
            "out because you already received them."], font="Helvetica", size=7.5, leading=9.5)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, "biweekly", ytd["GROSS"], net), ch.pay_date)


def teacher_stub(district: str, address: str, employee: str, emp_id: str, assignment: str, pay_date: dt.date,
                 contracts: dict[int, float], wh: Withholding) -> Stub:
    """A school district's monthly certificated pay statement: a 10-month contract paid in 12 installments,
    summer pay deferred from the school-year months."""

    def contract_year(d: dt.date) -> int:
        return d.year if d.month >= 8 else d.year - 1

    checks = []
    for m in range(1, pay_date.month + 1):
        d = last_business_day(pay_date.year, m)
        if d > pay_date:
            break
        amount = r2(contracts[contract_year(d)] / 12)
        inst = (m - 8) % 12 + 1
        start = dt.date(d.year, m, 1)
        end = dt.date(d.year + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        checks.append(PayCheck(d, start, end, {f"Contract salary - installment {inst} of 12": (0.0, 0.0, amount)}))
    ch = checks[-1]
    cy = contract_year(pay_date)
    contract = contracts[cy]
    inst = (pay_date.month - 8) % 12 + 1
    school_months = sum(1 for k in range(1, inst + 1) if (k + 6) % 12 + 1 not in (7, 8))
    deferred = r2(contract / 60 * school_months)
    ytd = ytd_of(checks, wh)
    earn_ytd = {}
    for chk in checks:
        for k, v in chk.earnings.items():
            label = "Contract salary" if k.startswith("Contract") else k
            earn_ytd[label] = r2(earn_ytd.get(label, 0.0) + v[2])
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.45, 0.1, 0.12))
        c.setLineWidth(2)
        c.circle(66, 736, 20, stroke=1, fill=0)
        c.setFont("Times-Bold", 9)
        c.setFillColor(Color(0.45, 0.1, 0.12))
        c.drawCentredString(66, 733, "".join(w[0] for w in district.split() if w[0].isupper()))
        c.setFont("Times-Bold", 15)
        c.drawString(96, 742, district)
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(96, 730, address)
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 40, 744, "CERTIFICATED EMPLOYEE")
        c.drawRightString(W - 40, 732, "PAY STATEMENT")
        cells = [("Employee name", employee), ("Employee ID", emp_id), ("Assignment", assignment),
                 ("Pay frequency", "Monthly"), ("Period begin", mdy(ch.start)), ("Period end", mdy(ch.end)),
                 ("Pay date", mdy(ch.pay_date)), ("Advice no.", f"A{emp_id[-4:]}{ch.pay_date.strftime('%y%m')}")]
        for i, (k, v) in enumerate(cells):
            col, row = i % 4, i // 4
            x, y = 40 + col * 133, 680 - row * 30
            c.rect(x, y, 133, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 21, k.upper())
            c.setFont("Helvetica", 9)
            c.drawString(x + 4, y + 6, v)
        c.setFillColor(Color(0.97, 0.94, 0.9))
        c.rect(40, 560, 532, 80, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, 628, f"CONTRACT  {cy}-{cy + 1}")
        c.setFont("Helvetica", 8)
        rows = [("Work year", "10 months, 184 duty days (September through June)"),
                ("Annual contract salary", "$" + money(contract)),
                ("Pay plan", "12 equal installments; July and August pay is deferred from the school months"),
                ("This installment", f"{inst} of 12"),
                ("Summer pay deferred to date this contract year", "$" + money(deferred))]
        yy = 614
        for k, v in rows:
            c.drawString(48, yy, k)
            c.drawString(250, yy, v)
            yy -= 11
        y = 538
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "EARNINGS")
        c.drawRightString(212, y, "CURRENT")
        c.drawRightString(290, y, "CALENDAR YTD")
        c.drawString(312, y, "DEDUCTIONS")
        c.drawRightString(494, y, "CURRENT")
        c.drawRightString(572, y, "CALENDAR YTD")
        c.line(40, y - 4, 292, y - 4)
        c.line(312, y - 4, 572, y - 4)
        c.setFont("Helvetica", 8)
        ey = y - 16
        for k, (_, _, amt) in ch.earnings.items():
            c.drawString(40, ey, k)
            c.drawRightString(212, ey, money(amt))
            c.drawRightString(290, ey, money(earn_ytd["Contract salary"]))
            ey -= 12
        dy = y - 16
        for k, v in [*taxes.items(), *wh.fixed]:
            c.drawString(312, dy, k)
            c.drawRightString(494, dy, money(v))
            c.drawRightString(572, dy, money(ytd[k]))
            dy -= 12
        ty = min(ey, dy) - 20
        heads = [("GROSS PAY", ch.gross, ytd["GROSS"]),
                 ("TOTAL DEDUCTIONS", r2(ch.gross - net), r2(ytd["GROSS"] - ytd["NET"])), ("NET PAY", net, ytd["NET"])]
        for i, (k, cur, yt) in enumerate(heads):
            x = 40 + i * 178
            c.setFillGray(0.88)
            c.rect(x, ty - 16, 176, 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(x + 88, ty - 11, k)
            c.rect(x, ty - 48, 176, 32, stroke=1, fill=0)
            c.setFont("Helvetica", 7)
            c.drawString(x + 5, ty - 28, "Current")
            c.drawString(x + 5, ty - 42, "Calendar YTD")
            c.setFont("Helvetica-Bold" if i == 2 else "Helvetica", 9)
            c.drawRightString(x + 170, ty - 28, money(cur))
            c.drawRightString(x + 170, ty - 42, money(yt))
        c.setFont("Helvetica", 7)
        c.drawString(40, ty - 66, "Calendar year-to-date figures run from January 1. STRS contributions are made "
                                  "instead of Social Security. Net pay deposited on the pay date.")
        return []

    return Stub(Paper([page]), stub_fields(district, employee, ch, "monthly", ytd["GROSS"], net), ch.pay_date)


def temp_stub(agency: str, address: str, employee: str, emp_id: str, pay_date: dt.date,
              pool: Sequence[tuple[str, str, str, float]], wh: Withholding, key: int) -> Stub:
    """A staffing agency's weekly pay statement: the week's assignments at client worksites, then a summary."""
    checks = []
    for d in fridays(pay_date.year, 7, pay_date):
        rr = random.Random(f"{emp_id}{d}{key}")
        chosen = rr.sample(list(pool), rr.choice([1, 2, 2, 3]) if len(pool) >= 3 else len(pool))
        left = 40.0
        detail = []
        reg_amt = ot_amt = reg_h = ot_h = 0.0
        for i, (order, client, position, rate) in enumerate(chosen):
            hrs = left if i == len(chosen) - 1 else min(left - 8, rr.choice([8.0, 12.0, 16.0, 20.0, 24.0]))
            hrs = max(0.0, hrs - rr.choice([0.0, 0.0, 4.0, 8.0]))
            left -= hrs
            ot = rr.choice([0.0, 0.0, 2.5, 4.0]) if i == len(chosen) - 1 and hrs >= 8 else 0.0
            if hrs <= 0:
                continue
            a = r2(hrs * rate)
            b = r2(ot * rate * 1.5)
            reg_amt += a
            ot_amt += b
            reg_h += hrs
            ot_h += ot
            detail.append((order, client, position, f"{hrs:.2f}", f"{rate:.2f}", f"{ot:.2f}" if ot else "",
                           f"{rate * 1.5:.3f}" if ot else "", money(r2(a + b))))
        end = d - dt.timedelta(days=5)
        earn = {"Regular": (reg_h, 0.0, r2(reg_amt)), "Overtime": (ot_h, 0.0, r2(ot_amt))}
        checks.append(PayCheck(d, end - dt.timedelta(days=6), end, earn, detail=detail))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)
    taxes = wh.taxes(ch.gross)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.95, 0.55, 0.1))
        c.rect(40, 748, 14, 14, stroke=0, fill=1)
        c.rect(58, 748, 14, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(80, 750, agency)
        c.setFont("Helvetica", 7.5)
        c.drawString(80, 739, address)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 40, 752, "WEEKLY PAY STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 40, 741, "Temporary associate - keep for your records")
        c.setLineWidth(0.6)
        c.line(40, 730, W - 40, 730)
        rows = [("Associate", employee), ("Associate ID", emp_id),
                ("Week worked", f"{mdy(ch.start)} to {mdy(ch.end)}"), ("Check date", mdy(ch.pay_date)),
                ("Pay frequency", "Weekly"), ("Payment", "Direct deposit")]
        for i, (k, v) in enumerate(rows):
            x = 40 if i % 2 == 0 else 320
            y = 712 - (i // 2) * 14
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x, y, k)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 80, y, v)
        y = 660
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "ASSIGNMENTS WORKED THIS WEEK")
        y -= 14
        heads = [(40, "JOB ORDER", "l"), (98, "CLIENT / WORKSITE", "l"), (250, "POSITION", "l"),
                 (392, "REG HRS", "r"), (432, "RATE", "r"), (470, "OT HRS", "r"), (512, "OT RATE", "r"),
                 (572, "AMOUNT", "r")]
        c.setFont("Helvetica-Bold", 7)
        for x, t, al in heads:
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        c.line(40, y - 3, 572, y - 3)
        y -= 14
        c.setFont("Helvetica", 8)
        for row in ch.detail:
            for (x, _, al), v in zip(heads, row, strict=True):
                (c.drawString if al == "l" else c.drawRightString)(x, y, v)
            y -= 12
        c.line(470, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(392, y - 2, "Assignments total")
        c.drawRightString(572, y - 2, money(ch.gross))
        y -= 34
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "PAY SUMMARY")
        c.drawRightString(430, y, "THIS WEEK")
        c.drawRightString(530, y, "YEAR TO DATE")
        c.line(40, y - 4, 540, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, (hrs, _, amt) in ch.earnings.items():
            c.drawString(40, y, f"{k} pay")
            c.drawString(200, y, f"{hrs:.2f} hrs")
            c.drawRightString(430, y, money(amt))
            c.drawRightString(530, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "Gross earnings")
        c.drawRightString(430, y, money(ch.gross))
        c.drawRightString(530, y, money(ytd["GROSS"]))
        y -= 18
        c.setFont("Helvetica", 8.5)
        for k, v in [*taxes.items(), *wh.fixed]:
            c.drawString(40, y, k)
            c.drawRightString(430, y, "-" + money(v))
            c.drawRightString(530, y, "-" + money(ytd[k]))
            y -= 12
        c.setLineWidth(1.2)
        c.line(330, y + 6, 540, y + 6)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y - 8, "Net pay")
        c.drawRightString(430, y - 8, money(net))
        c.drawRightString(530, y - 8, money(ytd["NET"]))
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 40, "Hours are paid as approved by each client on your weekly timecard. Overtime is "
                                 "paid at one and one-half times the assignment's rate.")
        return []

    return Stub(Paper([page]), stub_fields(agency, employee, ch, "weekly", ytd["GROSS"], net), ch.pay_date)


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


DEBITS = (("POS CUB FOODS #1182", 1), ("XCEL ENERGY AUTOPAY", 0), ("ACH T-MOBILE", 0), ("POS HOLIDAY STN 0319", 1),
          ("ACH PROGRESSIVE INS", 0), ("POS TARGET T-2291", 1), ("ATM W/D 0412 MAIN ST", 1),
          ("CHECK 1043", 0), ("POS WALGREENS 7731", 1))


def month_lines(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                extra: Sequence[tuple[int, str, float]] = ()) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount), fixed extras and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in [*credits, *extra]]
    span = (end - start).days
    for desc, small in DEBITS:
        amt = r2(rng.uniform(18, 120) if small else rng.uniform(70, 310))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def cu_statement(rng: random.Random, cu: str, cu_address: str, holder: str, address: Sequence[str], member: str,
                 year: int, month: int, s01_begin: float, s10_begin: float,
                 credits: Sequence[tuple[int, str, float]]) -> Statement:
    """A credit union's combined member statement: a share savings (S01) and a share draft checking (S10) under
    one member number; the expected values are the share draft's, the account the income is deposited to."""
    start, end = month_bounds(year, month)
    lines = month_lines(rng, start, end, credits, [(15, "TRANSFER TO S01 SHARE SAVINGS", -25.00)])
    s10_end = r2(s10_begin + sum(a for _, _, a in lines))
    div = r2(s01_begin * 0.0025 / 12)
    s01_lines = [(start + dt.timedelta(days=14), "TRANSFER FROM S10 SHARE DRAFT", 25.00),
                 (end, "DIVIDEND  APY EARNED 0.25%", div)]
    s01_end = r2(s01_begin + 25.00 + div)

    def page(c: Canvas) -> list[Mark]:
        green = Color(0.1, 0.36, 0.3)
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 748, cu.upper())
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 737, cu_address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 40, 750, "MEMBER STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 40, 738, f"Statement period: {mdy(start)} - {mdy(end)}")
        c.drawRightString(W - 40, 727, f"Member number: *****{member[-4:]}")
        c.drawRightString(W - 40, 716, "Page 1 of 1")
        c.setStrokeColor(green)
        c.setLineWidth(1.5)
        c.line(40, 708, W - 40, 708)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        c.setFont("Helvetica", 9)
        y = 690
        for ln in [holder.upper(), *address]:
            c.drawString(50, y, ln)
            y -= 11
        y = 636
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "SUMMARY OF YOUR ACCOUNTS")
        y -= 14
        c.setFillColor(Color(0.88, 0.93, 0.9))
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        cols = ((44, "SUFFIX", "l"), (84, "ACCOUNT", "l"), (300, "BEGINNING BALANCE", "r"), (370, "DEPOSITS", "r"),
                (450, "WITHDRAWALS", "r"), (568, "ENDING BALANCE", "r"))
        for x, t, al in cols:
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        y -= 14
        c.setFont("Helvetica", 8.5)
        s10_dep = r2(sum(a for _, _, a in lines if a > 0))
        s10_wd = r2(-sum(a for _, _, a in lines if a < 0))
        for row in (("S01", "Primary Share Savings", s01_begin, r2(25.00 + div), 0.0, s01_end),
                    ("S10", "Share Draft Checking", s10_begin, s10_dep, s10_wd, s10_end)):
            vals = [row[0], row[1], money(row[2]), money(row[3]), money(row[4]), money(row[5])]
            for (x, _, al), v in zip(cols, vals, strict=True):
                (c.drawString if al == "l" else c.drawRightString)(x, y, v)
            y -= 12
        y -= 16

        def section(y: float, suffix: str, name: str, begin: float, rows: Sequence[tuple[dt.date, str, float]],
                    ending: float) -> float:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(40, y, f"{suffix}   {name.upper()}")
            y -= 13
            c.setFont("Helvetica-Bold", 7)
            c.drawString(40, y, "POSTED")
            c.drawString(90, y, "TRANSACTION")
            c.drawRightString(410, y, "WITHDRAWALS")
            c.drawRightString(490, y, "DEPOSITS")
            c.drawRightString(568, y, "BALANCE")
            c.line(40, y - 3, 572, y - 3)
            y -= 13
            c.setFont("Helvetica", 8)
            c.drawString(40, y, start.strftime("%m/%d"))
            c.drawString(90, y, "Previous balance")
            c.drawRightString(568, y, money(begin))
            y -= 11
            bal = begin
            for d, desc, a in rows:
                bal = r2(bal + a)
                c.drawString(40, y, d.strftime("%m/%d"))
                c.drawString(90, y, desc)
                c.drawRightString(410 if a < 0 else 490, y, money(abs(a)))
                c.drawRightString(568, y, money(bal))
                y -= 11
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, end.strftime("%m/%d"))
            c.drawString(90, y, "New balance")
            c.drawRightString(568, y, money(ending))
            return y - 24

        y = section(y, "S01", "Primary Share Savings", s01_begin, s01_lines, s01_end)
        y = section(y, "S10", "Share Draft Checking", s10_begin, lines, s10_end)
        c.setFont("Helvetica", 7)
        c.drawString(40, y, "Federally insured by NCUA. Report errors or questions about electronic transfers within "
                            "60 days of this statement.")
        return []

    fields = {"bank_name": cu, "account_last4": member[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": s10_begin, "ending_balance": s10_end}
    return Statement(Paper([page]), fields, end, f"{member}-S10")


def app_statement(rng: random.Random, bank: str, app: str, holder: str, acct: str, year: int, month: int,
                  begin: float, credits: Sequence[tuple[int, str, float]], printed: dt.date) -> Statement:
    """A monthly statement printed from a bank's phone app: one narrow, long page, a single column of cards."""
    start, end = month_bounds(year, month)
    lines = month_lines(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dates = sorted({d for d, _, _ in lines}, reverse=True)
    pw = 300.0
    ph = 380.0 + 28 * len(lines) + 18 * len(dates)
    size = (pw, ph)
    kind = {"POS": "Card purchase", "ACH": "Electronic payment", "ATM": "ATM withdrawal", "CHE": "Check"}

    def page(c: Canvas) -> list[Mark]:
        navy = Color(0.05, 0.2, 0.35)
        c.setFillColor(navy)
        c.rect(0, ph - 58, pw, 58, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(18, ph - 30, app)
        c.setFont("Helvetica", 8)
        c.drawString(18, ph - 44, bank)
        c.drawRightString(pw - 18, ph - 30, "Statements")
        c.setFillColor(black)
        y = ph - 84
        c.setFont("Helvetica-Bold", 12)
        c.drawString(18, y, f"Everyday Checking \u2022\u2022{acct[-4:]}")
        y -= 15
        c.setFont("Helvetica", 8.5)
        c.setFillGray(0.35)
        c.drawString(18, y, holder)
        y -= 22
        c.drawString(18, y, "Statement period")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(18, y - 13, f"{short_date(start)} \u2013 {short_date(end)}")
        y -= 40
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        for i, (k, v) in enumerate((("Opening balance", money(begin)), ("Money in", "+" + money(dep)),
                                    ("Money out", "-" + money(wd)), ("Closing balance", money(ending)))):
            x = 18 + (i % 2) * 136
            yy = y - (i // 2) * 46
            c.setFillGray(0.94)
            c.roundRect(x, yy - 30, 128, 40, 6, stroke=0, fill=1)
            c.setFillGray(0.35)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 8, yy - 2, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(x + 8, yy - 20, "$" + v if v[0].isdigit() else v[0] + "$" + v[1:])
        y -= 112
        c.setFont("Helvetica-Bold", 11)
        c.drawString(18, y, "Transactions")
        y -= 8
        for d in dates:
            y -= 16
            c.setFillGray(0.4)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(18, y, d.strftime("%a, %b ") + str(d.day))
            c.setStrokeGray(0.85)
            c.line(18, y - 4, pw - 18, y - 4)
            for dd, desc, a in lines:
                if dd != d:
                    continue
                y -= 28
                c.setFillColor(black)
                c.setFont("Helvetica", 9)
                shown = desc[4:] if desc.startswith(("ACH", "ATM", "POS")) else desc
                c.drawString(18, y + 10, shown.title())
                c.setFillGray(0.45)
                c.setFont("Helvetica", 7)
                c.drawString(18, y, "Deposit" if a > 0 else kind.get(desc[:3], "Withdrawal"))
                c.setFillColor(Color(0.05, 0.45, 0.2) if a > 0 else black)
                c.setFont("Helvetica-Bold", 9)
                c.drawRightString(pw - 18, y + 6, ("+$" if a > 0 else "-$") + money(abs(a)))
        c.setFillGray(0.4)
        c.setFont("Helvetica", 6.5)
        y -= 36
        for ln in wrap(f"{bank}, Member FDIC. Statement for account ending {acct[-4:]}, {mdy(start)} to {mdy(end)}. "
                       f"Printed from the {app} app on {mdy(printed)}.", "Helvetica", 6.5, pw - 36):
            c.drawString(18, y, ln)
            y -= 9
        c.setFillColor(black)
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page], size), fields, end, acct)


# --- letters and papers ---------------------------------------------------------------------------------------


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
        return out


def letterhead_letter(writers: Sequence[str], address: Sequence[str], phone: str, email: str, date: dt.date,
                      to: Sequence[str], loan: str, paras: Sequence[str], seed: int) -> Letter:
    """A hardship letter on the borrower's own printed letterhead, with a "RE: Loan #" reference line, signed on
    the screen."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 19)
        c.drawCentredString(W / 2, 738, writers[0].upper())
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, 723, "  |  ".join([", ".join(address), phone, email]))
        c.setLineWidth(1.2)
        c.line(72, 714, W - 72, 714)
        c.setLineWidth(0.4)
        c.line(72, 711, W - 72, 711)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, 680, long_date(date))
        y = 650
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14.5
        y -= 14
        c.setFont("Times-Bold", 11.5)
        c.drawString(72, y, f"RE: Loan # {loan}")
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, y - 15, "Request for mortgage assistance - letter of hardship")
        y = paragraphs(c, 72, y - 44, W - 144, ["Dear Loss Mitigation Team:", *paras], size=11.5, leading=15)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, y - 2, "Respectfully,")
        marks = [Mark("sig", 72, y - 38, w=150, seed=seed)]
        c.drawString(72, y - 56, writers[0])
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def statement_letter(writer: str, loan: str, property_line: str, date: dt.date, points: Sequence[str],
                     seed: int, ink: bool) -> Letter:
    """A "Statement of Hardship" typed as numbered paragraphs, dated and signed at the foot."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(W / 2, 720, "STATEMENT OF HARDSHIP")
        c.setFont("Helvetica", 10)
        c.drawString(72, 690, f"Borrower: {writer}")
        c.drawString(72, 676, f"Loan number: {loan}")
        c.drawString(72, 662, f"Property: {property_line}")
        c.line(72, 652, W - 72, 652)
        y = paragraphs(c, 72, 630, W - 144, [f"I, {writer}, state the following about the hardship that has made it "
                                             "hard for me to pay my mortgage:"], font="Helvetica", size=10.5,
                       leading=14)
        for i, pt in enumerate(points, 1):
            c.setFont("Helvetica", 10.5)
            c.drawString(80, y, f"{i}.")
            y = paragraphs(c, 100, y, W - 172, [pt], font="Helvetica", size=10.5, leading=14)
        y = paragraphs(c, 72, y - 6, W - 144, ["I declare that the statements above are true to the best of my "
                                               "knowledge."], font="Helvetica", size=10.5, leading=14)
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 20, f"Dated: {long_date(date)}")
        c.line(300, y - 22, 520, y - 22)
        c.setFont("Helvetica", 8)
        c.drawString(300, y - 32, writer)
        return [Mark("sig", 312, y - 20, w=150, seed=seed)] if ink else []

    return Letter(Paper([page]), "hardship_letter", date)


def memo_letter(writer: str, to: str, loan: str, date: dt.date, paras: Sequence[str]) -> Letter:
    """A hardship explanation typed as a memo: TO / FROM / DATE / SUBJECT, no signature."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 700, "MEMO")
        c.setLineWidth(2)
        c.line(72, 690, W - 72, 690)
        y = 664
        for k, v in (("TO:", to), ("FROM:", writer), ("DATE:", mdy(date)),
                     ("SUBJECT:", f"Hardship explanation - loan {loan}")):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 10)
            c.drawString(150, y, v)
            y -= 18
        c.setLineWidth(0.5)
        c.line(72, y + 4, W - 72, y + 4)
        y = paragraphs(c, 72, y - 20, W - 144, paras, font="Helvetica", size=10.5, leading=14.5, gap=10)
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 6, f"- {writer}")
        return []

    return Letter(Paper([page]), "hardship_letter", date)


def block_letter(writers: Sequence[str], address: Sequence[str], date: dt.date, to: Sequence[str],
                 subject: str, paras: Sequence[str], seed: int, ink: bool) -> Letter:
    """A plain typed letter: the writer's address and the date at the top right, indented paragraphs, signed in
    ink by each writer when printed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [*address, "", long_date(date)]:
            c.drawString(360, y, ln)
            y -= 14
        y -= 16
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, subject)
        y -= 28
        c.drawString(72, y, "Dear Sir or Madam,")
        y = paragraphs(c, 72, y - 22, W - 144, paras, size=11, leading=15, gap=6, indent=28)
        c.drawString(360, y - 6, "Sincerely,")
        marks = []
        sy = y - 44
        for i, nm in enumerate(writers):
            c.setFont("Times-Roman", 11)
            c.drawString(360, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", 360, sy - 2, w=135, seed=seed + i))
            sy -= 52
        return marks

    return Letter(Paper([page]), "hardship_letter", date)


def email_letter(sender: str, sender_mail: str, to_mail: str, sent: dt.date, hour: str, loan: str,
                 paras: Sequence[str], sign: str) -> Letter:
    """A hardship letter sent as an e-mail and printed from the webmail's print view."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        c.drawString(36, 770, f"{mdy(sent + dt.timedelta(days=1))}, 7:05 AM")
        c.drawCentredString(W / 2, 770, "Mail - Hardship letter")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(54, 730, f"Hardship letter for loan {loan}")
        c.setLineWidth(0.4)
        c.line(54, 720, W - 54, 720)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, 702, sender)
        c.setFont("Helvetica", 9)
        c.drawString(54 + stringWidth(sender, "Helvetica-Bold", 9) + 4, 702, f"<{sender_mail}>")
        c.drawRightString(W - 54, 702, f"{sent.strftime('%a')}, {short_date(sent)} at {hour}")
        c.setFillGray(0.35)
        c.drawString(54, 689, f"To: {to_mail}")
        c.setFillColor(black)
        y = paragraphs(c, 54, 660, W - 108, ["Hello,", *paras], font="Helvetica", size=10, leading=13.5, gap=9)
        c.setFont("Helvetica", 10)
        for ln in sign.split("\n"):
            c.drawString(54, y, ln)
            y -= 13.5
        c.setFont("Helvetica", 7.5)
        c.setFillGray(0.35)
        c.drawString(36, 24, "https://mail.example.net/mail/u/0/#sent")
        c.drawRightString(W - 36, 24, "1/1")
        c.setFillColor(black)
        return []

    return Letter(Paper([page]), "hardship_letter", date=sent)


def pension_letter(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date) -> Letter:
    """A municipal pension plan's benefit verification (taxable, monthly) with a boxed benefit table."""

    def page(c: Canvas) -> list[Mark]:
        blue = Color(0.12, 0.22, 0.42)
        c.setFillColor(blue)
        c.rect(72, 716, 36, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(90, 730, "MF")
        c.setFillColor(blue)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(118, 740, "MARLOW FALLS MUNICIPAL EMPLOYEES' PENSION PLAN")
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(118, 727, "City Hall Annex, 40 Canal Street, Marlow Falls, NY 13021  -  (315) 555-0162")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 684, long_date(date))
        y = 656
        for ln in [member, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, y - 16, "BENEFIT VERIFICATION")
        y = paragraphs(c, 72, y - 40, W - 144, [
            f"At your request, this letter verifies the retirement benefit the Plan pays to {member}. The benefit is "
            "a lifetime annuity paid on the first business day of every month by direct deposit. It is reported "
            "on Form 1099-R and is subject to federal income tax."])
        rows = (("Payee", member), ("Benefit type", "Service retirement (taxable)"),
                ("Benefit effective", long_date(since)), ("Gross monthly benefit", "$" + money(monthly)),
                ("Paid", "Monthly"))
        c.setLineWidth(0.5)
        for i, (k, v) in enumerate(rows):
            yy = y - 4 - i * 20
            c.rect(96, yy - 6, 200, 20, stroke=1, fill=0)
            c.rect(296, yy - 6, 220, 20, stroke=1, fill=0)
            c.setFont("Times-Roman", 10.5)
            c.drawString(102, yy, k)
            c.setFont("Times-Bold", 10.5)
            c.drawString(302, yy, v)
        y = paragraphs(c, 72, y - 4 - len(rows) * 20 - 14, W - 144, [
            "Cost-of-living adjustments, if any, are applied each January. This letter is not a guarantee of future "
            "benefits beyond the terms of the Plan."])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, "Member Services")
        c.drawString(72, y - 14, "Marlow Falls Municipal Employees' Pension Plan")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(W / 2, 690, "BATCH SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 670, "Insert ahead of the borrower's papers - do not remove")
        c.drawImage(ImageReader(code), W / 2 - 170, 500, width=340, height=95)
        c.setFont("Courier-Bold", 13)
        c.drawCentredString(W / 2, 478, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 26)
        c.drawString(72, 712, "Facsimile Cover Sheet")
        c.setLineWidth(3)
        c.line(72, 700, W - 72, 700)
        c.setLineWidth(0.6)
        rows = [("Date", mdy(date)), ("To", to), ("Fax number", to_fax), ("From", sender), ("Fax number", sender_fax),
                ("Number of pages", f"{pages} including this cover"), ("Regarding", note)]
        y = 660
        for k, v in rows:
            c.setFont("Times-Bold", 12)
            c.drawString(72, y, k)
            c.setFont("Times-Roman", 12)
            c.drawString(210, y, v)
            y -= 28
        c.setFont("Times-Italic", 10)
        c.drawString(72, y - 20, "Please deliver to the loss mitigation department. Call the sender if pages are "
                                 "missing.")
        return []

    return Paper([page])


def form4506c_page(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                   client: str, client_phone: str, signed_on: dt.date, phone: str, type_date: bool) -> bytes:
    """Page 1 of the real IRS Form 4506-C, typed over (fields flattened into the page); unsigned."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Quillon Income Verification Inc"),
           (312, 506, "QIV-40318"), (420, 506, "QUILLON7"), (27, 484, "9 Exchange Place"),
           (312, 484, "Columbus"), (420, 484, "OH"), (474, 484, "43215"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
    if type_date:
        put.append((344, 168, mdy(signed_on)))
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
    return fixed_pypdf_bytes(writer, "am4506c")


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
    member: str = ""
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


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App) -> PdfWriter:
    """The real Form 710 typed through its AcroForm (signature and date lines left for the pen)."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_2": True, "Checkbox_18": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "412.00", "Number_11": "150.00"}
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
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
    return writer


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed, printed, then signed and dated in ink and scanned (or faxed)."""
    pdf = fixed_pypdf_bytes(form710_filled(app), "am710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


def flow(c: Canvas, x0: float, y: float, width: float, segs: Sequence[Any], size: float = 10.5,
         leading: float = 24.0) -> float:
    """Running text in Helvetica with fill-in blanks ("blank", width, typed answer, caption) inside it; the
    answers are typed in Courier on the rules, a small caption under a rule where the form prints one."""
    x = x0
    space = stringWidth(" ", "Helvetica", size)
    for seg in segs:
        if isinstance(seg, str):
            for word in seg.split():
                w = stringWidth(word, "Helvetica", size)
                if x + w > x0 + width and x > x0:
                    x, y = x0, y - leading
                if word[0] in ",.;)" and x > x0:
                    x -= space
                c.setFont("Helvetica", size)
                c.drawString(x, y, word)
                x += w + space
        else:
            _, w, answer, caption = seg
            if x + w > x0 + width and x > x0:
                x, y = x0, y - leading
            c.setLineWidth(0.5)
            c.line(x, y - 2, x + w, y - 2)
            if caption:
                c.setFont("Helvetica", 6)
                c.setFillGray(0.3)
                c.drawCentredString(x + w / 2, y - 9, caption)
                c.setFillColor(black)
            c.setFont("Courier", 10)
            c.drawString(x + 3, y + 1, answer)
            x += w + space
    return y - leading


CU = "Bellwether Valley Federal Credit Union"
CU_ADDR = "Member Lending Center  -  1200 Mill Avenue, Bellwether, IA 52151  -  (320) 555-0114"
MHAR_REASONS = ("Job loss or unemployment", "Reduced income (fewer hours, lower pay)",
                "Higher housing costs (taxes, insurance, HOA)", "Disaster at my home or workplace",
                "Serious illness or disability", "Divorce or legal separation",
                "Separation from an unmarried co-owner", "Death of a borrower or wage earner",
                "Job transfer or relocation", "Other:")
MHAR_OCC = ("my principal residence", "my second home", "a rental / investment property")
MHAR_DUR = ("short-term (6 months or less)", "long-term (over 6 months)", "already resolved")
MHAR_INCOME = ("Wages, salary, overtime, tips, bonuses", "Self-employment income", "Unemployment benefits",
               "Social Security, pension, disability (taxable)", "Non-taxable Social Security / disability",
               "Rental income (after expenses, not mortgage)", "Investment or insurance income",
               "Other (alimony, child support, other)")


def mhar(app: App) -> Paper:
    """Bellwether Valley FCU's "Member Hardship Assistance Request": answers typed into fill-in-the-blank
    sentences, choices as words the member circles (on the screen with the drawing tool, or in pen)."""
    green = Color(0.1, 0.36, 0.3)

    def circled(c: Canvas, x: float, y: float, text: str, chosen: bool, seed: int, marks: list[Mark],
                size: float = 10) -> float:
        c.setFont("Helvetica", size)
        c.drawString(x, y, text)
        w = stringWidth(text, "Helvetica", size)
        if chosen:
            marks.append(Mark("oval", x - 9, y - 6, w=w + 18, h=size + 11, seed=seed))
        return x + w

    def part(c: Canvas, y: float, title: str) -> None:
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(54, y, title)
        c.setStrokeColor(green)
        c.setLineWidth(0.8)
        c.line(54, y - 4, W - 54, y - 4)
        c.setStrokeColor(black)
        c.setFillColor(black)

    def head(c: Canvas, page: int) -> None:
        c.setFillColor(green)
        c.circle(72, 738, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(72, 734, "BV")
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(96, 742, CU)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(96, 731, CU_ADDR)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W / 2, 700, "Member Hardship Assistance Request")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 688, f"Form MHAR-4 (01/2038)  -  page {page} of 2")

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        marks: list[Mark] = []
        paragraphs(c, 54, 664, W - 108, [
            "Fill in each blank and circle the words that describe you. If you are completing this form on a "
            "computer, type in the blanks and use the drawing tool to circle your answers. Sign on page 2."],
            font="Helvetica", size=8.5, leading=11)
        part(c, 628, "1   ABOUT YOU AND YOUR LOAN")
        y = flow(c, 54, 604, W - 108, [
            "I,", ("blank", 185, app.borrower, "full name"), ", member number", ("blank", 70, app.member, ""),
            ", ask for help with loan no.", ("blank", 100, app.loan, ""), "on the home at",
            ("blank", 190, app.street, "street"), ",", ("blank", 120, app.city, "city"), ",",
            ("blank", 34, app.state, "state"), ("blank", 62, app.zip, "ZIP"), "."])
        y = flow(c, 54, y - 4, W - 108, ["The last four digits of my Social Security number are",
                                         ("blank", 52, app.ssn[-4:], ""), "."])
        y = flow(c, 54, y - 4, W - 108, ["My joint borrower on this loan is", ("blank", 185, app.co or "", ""),
                                         "(leave blank if none), whose Social Security number ends in",
                                         ("blank", 52, (app.co_ssn or "")[-4:], ""), "."])
        y = flow(c, 54, y - 4, W - 108, ["You can reach me at", ("blank", 110, app.phone, "phone"),
                                         "or by e-mail at", ("blank", 200, app.email, "e-mail"), "."])
        y -= 6
        part(c, y, "2   THE HOME")
        y -= 28
        c.setFont("Helvetica", 10)
        c.drawString(54, y, "\u2022  This home is (circle one):")
        x = 200.0
        for i, occ in enumerate(MHAR_OCC):
            x = circled(c, x, y, occ, OCCUPANCIES[i] == app.occupancy, app.seed + 20 + i, marks) + 22
        y -= 34
        part(c, y, "3   YOUR HARDSHIP")
        y = flow(c, 54, y - 26, W - 108, ["My hardship began on", ("blank", 92, mdy(app.start), "month / day / year"),
                                          "."])
        c.setFont("Helvetica", 10)
        c.drawString(54, y, "\u2022  I expect it to be (circle one):")
        x = 212.0
        for i, (code, text) in enumerate(zip(("short", "long", "resolved"), MHAR_DUR, strict=True)):
            x = circled(c, x, y, text, app.duration == code, app.seed + 30 + i, marks, size=9.5) + 18
        y -= 30
        c.setFont("Helvetica", 10)
        c.drawString(54, y, "\u2022  What caused your hardship? Circle every reason that applies:")
        y -= 26
        for i, reason in enumerate(MHAR_REASONS):
            col, row = divmod(i, 5)
            x = 74 + col * 252
            yy = y - row * 26
            c.setFont("Helvetica", 10)
            c.drawString(x - 12, yy, "\u2022")
            end = circled(c, x, yy, reason, HARDSHIPS[i] in app.hardships, app.seed + 40 + i, marks, size=9.5)
            if i == 9:
                c.setLineWidth(0.5)
                c.line(end + 10, yy - 2, W - 54, yy - 2)
                c.setFont("Courier", 9.5)
                c.drawString(end + 13, yy + 1, app.other_text)
        c.setFont("Helvetica", 7)
        c.drawString(54, 60, "Detailed medical information is never required. Attach a short letter explaining "
                             "your hardship when the checklist asks for one.")
        return marks

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 10)
        c.drawString(54, 664, "Loan no.")
        c.line(98, 662, 200, 662)
        c.setFont("Courier", 10)
        c.drawString(101, 665, app.loan)
        part(c, 636, "4   HOUSEHOLD INCOME BEFORE TAXES (everyone on the loan together)")
        y = 612
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(60, y, "Source")
        c.drawRightString(430, y, "Monthly")
        c.drawRightString(548, y, "Annually")
        c.setLineWidth(0.8)
        c.line(54, y - 5, W - 54, y - 5)
        y -= 20
        c.setLineWidth(0.3)
        for k, label in zip(INCOMES, MHAR_INCOME, strict=True):
            amount = app.income.get(k, 0.0)
            c.setFont("Helvetica", 9.5)
            c.drawString(60, y, label)
            c.drawString(352, y, "$")
            c.drawString(470, y, "$")
            if amount > 0:
                c.setFont("Courier", 10)
                c.drawRightString(430, y, money(amount))
                c.drawRightString(548, y, money(r2(amount * 12)))
            c.line(54, y - 6, W - 54, y - 6)
            y -= 20
        c.setLineWidth(0.8)
        c.line(54, y + 13, W - 54, y + 13)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(60, y, "Total household income")
        c.drawString(352, y, "$")
        c.drawString(470, y, "$")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(430, y, money(app.total))
        c.drawRightString(548, y, money(r2(app.total * 12)))
        y -= 40
        part(c, y, "5   YOUR PROMISE AND SIGNATURE")
        y = paragraphs(c, 54, y - 22, W - 108, [
            "I certify that what I wrote on this request is true and that the hardship I described contributed to "
            "my need for help with my loan. I will send the documents Bellwether Valley asks for, I agree that the "
            "credit union may obtain a credit report for every borrower, and I understand that knowingly false "
            "statements may violate federal law."], font="Helvetica", size=9, leading=12)
        marks: list[Mark] = []
        y -= 34
        people = [("Member (borrower) signature", app.b_signs, app.b_dates, 0),
                  ("Joint borrower signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for role, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(54, y, 340, y)
            c.line(380, y, W - 54, y)
            c.setFont("Helvetica", 7.5)
            c.drawString(54, y - 10, role)
            c.drawString(380, y - 10, "Date")
            if signs:
                marks.append(Mark("sig", 70, y + 2, w=180, seed=app.seed + k))
            if dates:
                marks.append(Mark("hand", 388, y + 4, mdy(app.signed_on), size=12, seed=app.seed + 9 + k))
            y -= 58
        c.setFont("Helvetica", 7.5)
        c.drawString(54, y, "Return to: Member Lending Center, 1200 Mill Avenue, Bellwether, IA 52151, or upload "
                            "in online banking under Messages > Loan help.")
        return marks

    return Paper([page1, page2])


def sq(c: Canvas, x: float, y: float, text: str, font: str, size: float, right: bool = False,
       scale: float = 78.0) -> float:
    """Text squeezed horizontally to `scale` percent (the worksheet's very condensed face); returns its width."""
    w = stringWidth(text, font, size) * scale / 100
    t = c.beginText(x - w if right else x, y)
    t.setFont(font, size)
    t.setHorizScale(scale)
    t.textOut(text)
    c.drawText(t)
    return w


RH = "Ridgeway Harbor Loan Servicing"
BOX_X, BOX_R, ANS_X = 176.0, 576.0, 268.0
RH_REASONS = ("Unemployment", "Reduction in income", "Increase in housing expenses", "Disaster",
              "Disability or serious illness", "Divorce or legal separation", "Separation, unmarried borrowers",
              "Death of borrower / wage earner", "Distant job transfer / relocation", "Other hardship")
RH_INCOME = ("Gross wages, salary, overtime, tips", "Self-employment income", "Unemployment benefits",
             "Taxable SS, pension, disability", "Non-taxable SS or disability", "Rental income (net)",
             "Investment or insurance income", "Other (alimony, support, other)")


def rhls22(app: App) -> Paper:
    """Ridgeway Harbor's "Borrower Assistance Worksheet" (RHLS-22): a very condensed sans face, labels in the LEFT
    MARGIN beside a boxed grid, each answer typed right of a dotted leader, three sections a page."""

    def heading(c: Canvas, y: float, n: int, title: str) -> float:
        c.setFillGray(0.22)
        c.rect(36, y - 4, 540, 14, stroke=0, fill=1)
        c.setFillColor(white)
        sq(c, 40, y, f"SECTION {n}   {title.upper()}", COND_B, 8.5)
        c.setFillColor(black)
        return y - 6

    def grid(c: Canvas, top: float, rows: Sequence[tuple[str, Any]], rh: float = 16.0) -> float:
        """rows: (margin label, answer) - answer a string (typed) or a callable drawing at (x, baseline)."""
        c.setLineWidth(0.6)
        c.rect(BOX_X, top - rh * len(rows), BOX_R - BOX_X, rh * len(rows), stroke=1, fill=0)
        c.setLineWidth(0.25)
        for i, (label, answer) in enumerate(rows):
            base = top - rh * (i + 1) + 5
            if i:
                c.line(BOX_X, top - rh * i, BOX_R, top - rh * i)
            sq(c, 40, base, label, COND, 8)
            dots(c, BOX_X + 4, ANS_X - 4, base)
            if callable(answer):
                answer(c, ANS_X, base)
            else:
                c.setFont("Courier", 9.5)
                c.drawString(ANS_X, base, answer)
        return top - rh * len(rows)

    def choices(options: Sequence[tuple[str, bool]], gap: float = 14) -> Callable[[Canvas, float, float], None]:
        def draw(c: Canvas, x: float, y: float) -> None:
            for text, on in options:
                c.setLineWidth(0.6)
                c.rect(x, y - 1, 7.5, 7.5, stroke=1, fill=0)
                if on:
                    c.setFont("Courier-Bold", 9.5)
                    c.drawString(x + 0.9, y, "X")
                x += 11 + sq(c, x + 11, y, text, COND, 8) + gap
        return draw

    def amount(v: float, bold: bool = False) -> Callable[[Canvas, float, float], None]:
        def draw(c: Canvas, x: float, y: float) -> None:
            sq(c, x, y, "$", COND, 8)
            if v > 0:
                c.setFont("Courier-Bold" if bold else "Courier", 9.5)
                c.drawRightString(x + 110, y, money(v))
        return draw

    def head(c: Canvas, page: int) -> None:
        sq(c, 36, 748, RH.upper(), COND_B, 15)
        sq(c, 36, 737, "Loss Mitigation  -  PO Box 60418, Harbor City, WA 98212  -  fax (360) 555-0186", COND, 7.5)
        sq(c, 576, 748, "BORROWER ASSISTANCE WORKSHEET", COND_B, 11, right=True)
        sq(c, 576, 737, f"Form RHLS-22 (rev. 01/2038)   Page {page} of 2", COND, 7.5, right=True)
        c.setLineWidth(1.5)
        c.line(36, 730, 576, 730)

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        paragraphs(c, 36, 716, 540, ["Type or print. Answer every line. Mark boxes with an X. Send this worksheet "
                                     "with the documents listed on the enclosed checklist."], font=COND, size=8,
                   leading=10)
        y = heading(c, 694, 1, "Loan and borrowers")
        y = grid(c, y, [("Loan number", app.loan), ("Borrower - full legal name", app.borrower),
                        ("Borrower - SSN, last 4 digits", app.ssn[-4:]),
                        ("Co-borrower - full legal name", app.co or ""),
                        ("Co-borrower - SSN, last 4 digits", (app.co_ssn or "")[-4:]),
                        ("Best phone number", app.phone), ("E-mail address", app.email)])
        y = heading(c, y - 20, 2, "Property")
        y = grid(c, y, [("Property address - street", app.street), ("City", app.city),
                        ("State and ZIP code", f"{app.state}  {app.zip}"),
                        ("The property is", choices([("Primary residence", app.occupancy == "primary_residence"),
                                                     ("Second home", app.occupancy == "second_home"),
                                                     ("Investment property",
                                                      app.occupancy == "investment_property")])),
                        ("Is it listed for sale?", choices([("Yes", False), ("No", True)]))])
        y = heading(c, y - 20, 3, "Hardship")
        rows: list[tuple[str, Any]] = [("Hardship began (mm/dd/yyyy)", mdy(app.start)),
                                       ("Expected to last", choices([("6 months or less", app.duration == "short"),
                                                                     ("More than 6 months", app.duration == "long"),
                                                                     ("Resolved", app.duration == "resolved")]))]
        for i, reason in enumerate(RH_REASONS):
            rows.append((f"{chr(97 + i)}.  {reason}", choices([("applies", HARDSHIPS[i] in app.hardships)])))
        rows.append(("If other, describe", app.other_text))
        grid(c, y, rows)
        sq(c, 36, 40, "RHLS-22  Continue on page 2.", COND, 7)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        sq(c, 36, 716, "Loan number", COND, 8)
        c.setFont("Courier", 9.5)
        c.drawString(100, 716, app.loan)
        y = heading(c, 694, 4, "Monthly income before taxes - all borrowers")
        rows: list[tuple[str, Any]] = [(label, amount(app.income.get(k, 0.0)))
                                       for k, label in zip(INCOMES, RH_INCOME, strict=True)]
        rows.append(("TOTAL MONTHLY INCOME", amount(app.total, bold=True)))
        y = grid(c, y, rows)
        y = heading(c, y - 20, 5, "Assets (exclude retirement accounts)")
        y = grid(c, y, [("Checking and cash on hand", amount(640.00)), ("Savings, money market, CDs", amount(0.0)),
                        ("Stocks and bonds", amount(0.0))])
        y = heading(c, y - 20, 6, "Certification and signatures")
        c.setLineWidth(0.6)
        c.rect(BOX_X, y - 58, BOX_R - BOX_X, 58, stroke=1, fill=0)
        paragraphs(c, BOX_X + 5, y - 11, BOX_R - BOX_X - 10, [
            "I certify that the information in this worksheet is true and that the hardship I identified "
            "contributed to my need for mortgage relief. I agree to provide the documents requested, I consent to "
            "a credit report for each borrower, and I understand that knowingly false statements may violate "
            "federal law."], font=COND, size=7.5, leading=9.5)
        sq(c, 40, y - 11, "Certification", COND, 8)
        marks: list[Mark] = []
        top = y - 58
        people = [("Borrower signature", "Borrower - date signed", app.b_signs, app.b_dates, 0),
                  ("Co-borrower signature", "Co-borrower - date signed", bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, 1)]
        rows = []
        for sig_label, date_label, _, _, _ in people:
            rows += [(sig_label, ""), (date_label, "")]
        grid(c, top, rows, rh=26)
        for i, (_, _, signs, dates, k) in enumerate(people):
            base = top - 26 * (2 * i + 1) + 5
            if signs:
                marks.append(Mark("sig", ANS_X + 6, base + 1, w=170, seed=app.seed + k))
            if dates:
                marks.append(Mark("hand", ANS_X + 4, base - 26 + 1, mdy(app.signed_on), size=11.5,
                                  seed=app.seed + 9 + k))
        sq(c, 36, 40, "RHLS-22  Keep a copy for your records.", COND, 7)
        return marks

    return Paper([page1, page2])


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
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def pdf(self, rel: str, data: bytes, doc: Doc, n: int = 1) -> None:
        """A born-digital file holding one document of n pages."""
        self.files[rel] = data
        doc.pages = [(rel, 1 + i) for i in range(n)]
        self.docs.append(doc)

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan,
             fax_header: str = "") -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        if fax_header:
            fax_headers(sheets, fax_header)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    for name, value in (("loan_number", app.loan), ("borrower_name", app.borrower), ("property_address", app.street),
                        ("occupancy", app.occupancy), ("hardship_types", app.hardships),
                        ("hardship_start_date", app.start), ("income", app.total > 0)):
        if not value:
            out.append(f"application_field:{name}")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(b.date) and fresh(a.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
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


WH_IA = Withholding((("Federal income tax", 0.08), ("Social Security", 0.062), ("Medicare", 0.0145),
                     ("Iowa income tax", 0.044)))
WH_NY = Withholding((("Federal income tax", 0.07), ("Social Security", 0.062), ("Medicare", 0.0145),
                     ("NY State income tax", 0.04)), (("Benefit plan", 12.50),))
WH_STRS = Withholding((("Federal income tax", 0.085), ("State income tax", 0.045), ("Medicare", 0.0145),
                       ("STRS member contribution", 0.1025)), (("Health plan", 138.40), ("Union dues", 46.00)))
LARKFIELD = ("Larkfield Staffing Partners", "88 Commerce Drive, Marlow Falls, NY 13021  -  (315) 555-0133")
LARK_POOL = (("JO-41187", "Fennimore Packaging - Plant 2", "Line packer", 17.25),
             ("JO-41202", "Onondaga Cold Storage", "Forklift operator", 19.50),
             ("JO-41230", "Canal Street Printing", "Bindery helper", 16.40))
PRAIRIE = ("Prairie Gate Staffing", "2200 Kimball Avenue, Bellwether, IA 52151  -  (563) 555-0120")
PRAIRIE_POOL = (("PG-7730", "Bellwether Foods - Dock 4", "Receiving clerk", 18.10),
                ("PG-7744", "Turkey River Millwork", "Sander", 17.60),
                ("PG-7761", "Mill Avenue Medical Supply", "Warehouse picker", 16.85))


def scan_style(dpi: int, tilt: float, seed: int) -> Scan:
    rng = random.Random(seed)
    return Scan(dpi=dpi, tilt=tilt, blur=round(rng.uniform(0.45, 0.7), 2), noise=round(rng.uniform(4, 7), 1) / 1e4)


def packet_am1(seed: int) -> Packet:
    received = dt.date(2038, 2, 16)
    key = random.Random(seed * 1000 + 1).randrange(10**6)
    stubs = [restaurant_stub("Cast Iron & Rye Kitchen", "310 Depot Street, Bellwether, IA 52151",
                             "Reginald T. Ashby-Moreau Jr.", "004187", "Server", d, 4.35, 58.0, 14.0, WH_IA, key)
             for d in (dt.date(2038, 1, 22), dt.date(2038, 2, 5))]
    app = App("3308417256", "Reginald T. Ashby-Moreau Jr.", "941-27-6630", "48 Wren Hollow Lane", "Bellwether", "IA",
              "52151", "(563) 555-0147", "reggie.ashbymoreau@example.net", "primary_residence",
              ["reduction_in_income"], dt.date(2037, 11, 1), "long", {"wages": stubs[-1].monthly},
              dt.date(2038, 2, 13), member="7741093", seed=seed + 11)
    p = Packet("am1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Member Hardship Assistance Request - Ashby-Moreau.pdf", paper_pdf(mhar(app)), app_doc(), 2)
    for s in stubs:
        p.pdf(f"{folder}/CIR paystub {s.date.strftime('%m-%d-%Y')}.pdf", paper_pdf(s.paper), stub_doc(s))
    on = dt.date(2038, 2, 13)
    hl = letterhead_letter([app.borrower], [app.street, "Bellwether, IA 52151"], app.phone, app.email, on,
                           [CU, "Member Lending Center", "1200 Mill Avenue", "Bellwether, IA 52151"], app.loan, [
        "I have been a server at Cast Iron & Rye for six years. Last fall the restaurant stopped opening for lunch "
        "and cut the dinner staff, so since November I get four or five shifts a week instead of six. My hours are "
        "down and so are my tips, which are most of my pay.",
        "I paid the December and January payments late and I could not pay February. I want to keep my house. I "
        "am asking the credit union to lower my payment, by a modification or another program, to an amount I "
        "can keep up with on the hours I have now."], seed=seed + 13)
    p.pdf(f"{folder}/Hardship letter.pdf", paper_pdf(hl.paper), letter_doc(hl))
    return p


def packet_am2(seed: int) -> Packet:
    received = dt.date(2038, 3, 23)
    rng = random.Random(seed * 1000 + 2)
    stub = teacher_stub("Harlan Flats Unified School District", "Payroll Office  -  400 School Street, Cedar Bluff, "
                        "IA 50613", "Alana J. Whitcombe", "E0331874", "Grade 4 - Prairieview Elem.",
                        dt.date(2038, 2, 26), {2037: 58740.00}, WH_STRS)
    net = stub.fields["net_current"]
    s1 = app_statement(rng, "Tidewater Direct Bank", "Tidewater", "Alana J. Whitcombe", "88120417", 2038, 1, 1184.20,
                       [(14, "IA CSRU CHILD SUPPORT", 650.00), (29, "HARLAN FLATS USD PAYROLL", net)],
                       dt.date(2038, 2, 3))
    s2 = app_statement(rng, "Tidewater Direct Bank", "Tidewater", "Alana J. Whitcombe", "88120417", 2038, 2,
                       s1.fields["ending_balance"], [(13, "IA CSRU CHILD SUPPORT", 650.00),
                                                     (26, "HARLAN FLATS USD PAYROLL", net)], dt.date(2038, 3, 4))
    app = App("5120638841", "Alana J. Whitcombe", "957-44-0192", "1716 Osage Street", "Cedar Bluff", "IA", "50613",
              "(319) 555-0168", "alana.whitcombe@example.com", "primary_residence", ["divorce_or_separation"],
              dt.date(2037, 9, 15), "long", {"wages": stub.monthly, "other": 650.00}, dt.date(2038, 3, 16),
              seed=seed + 21)
    p = Packet("am2", received, app, ["hardship_doc:divorce_or_separation"])
    style = scan_style(240, 0.4, seed + 2)
    loan = app.loan
    p.scan(f"{loan}-application.pdf", [(app_doc(), scan_paper(rhls22(app), style, seed + 201))], style)
    p.pdf(f"{loan}-paystub-feb.pdf", paper_pdf(stub.paper), stub_doc(stub))
    p.pdf(f"{loan}-statement-jan.pdf", paper_pdf(s1.paper), stmt_doc(s1))
    p.pdf(f"{loan}-statement-feb.pdf", paper_pdf(s2.paper), stmt_doc(s2))
    on = dt.date(2038, 3, 16)
    hl = statement_letter(app.borrower, loan, app.address, on, [
        "My husband and I separated in September 2037 and he moved out of our home. Our divorce is still going "
        "through the court and is not final yet.",
        "Until September we paid the mortgage from two incomes. Now I pay it from my teacher's salary and the child "
        "support ordered for our two children, $650.00 a month.",
        "I fell behind in December when I paid a lawyer's retainer and the furnace repair in the same month.",
        "I want to keep the house so the children can stay in their school, and I ask for a modification."],
        seed + 23, ink=True)
    p.scan(f"{loan}-hardship.pdf", [(letter_doc(hl), scan_paper(hl.paper, style, seed + 202))], style)
    return p


def packet_am3(seed: int) -> Packet:
    received = dt.date(2038, 4, 20)
    key = random.Random(seed * 1000 + 3).randrange(10**6)
    stubs = [temp_stub(*LARKFIELD, "Terrence L. Boatwright", "LSP-20914", d, LARK_POOL, WH_NY, key)
             for d in (dt.date(2038, 4, 9), dt.date(2038, 4, 16))]
    pension = pension_letter("Yvonne M. Boatwright", ["219 Lockkeeper Road", "Marlow Falls, NY 13021"],
                             dt.date(2038, 3, 30), 1286.40, dt.date(2034, 7, 1))
    app = App("0072918345", "Terrence L. Boatwright", "968-30-4471", "219 Lockkeeper Road", "Marlow Falls", "NY",
              "13021", "(315) 555-0190", "tboatwright@example.net", "primary_residence", ["unemployment"],
              dt.date(2037, 12, 5), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 1286.40},
              dt.date(2038, 4, 17), co="Yvonne M. Boatwright", co_ssn="968-52-1190", seed=seed + 31)
    p = Packet("am3", received, app, [])
    style = Scan(dpi=200, tilt=0.35, blur=0.4, noise=0.0005, fax=True)
    on = dt.date(2038, 4, 17)
    hl = block_letter([app.borrower, app.co or ""], [app.street, "Marlow Falls, NY 13021"], on,
                      [RH, "Loss Mitigation", "PO Box 60418", "Harbor City, WA 98212"], f"Loan number {app.loan}", [
        "The Fennimore Packaging plant where I worked for nineteen years closed its second shift on December 5 and "
        "I was laid off with the rest of the shift. Since January I have taken every assignment the staffing "
        "agency gives me, but the hours change every week and the pay is lower than before.",
        "My wife's pension from the city is the same as always. Together we can pay a lower mortgage payment, but "
        "not the one we have now. We ask to be considered for a modification."], seed + 33, ink=True)
    n = 1 + 4 + 2 + 1 + 1
    cover = fax_cover("Marlow Falls Public Library", "(315) 555-0177", RH, "(360) 555-0186", received, n,
                      f"Mortgage assistance application - loan {app.loan}")
    p.scan("FAX_0420_091402.pdf", [
        (None, scan_paper(cover, style, seed + 300)),
        (app_doc(), form710_ink(app, style, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 302)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 303)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 304)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 305))], style,
        fax_header="APR 20 2038 09:14   MARLOW FALLS PUB LIB   3155550177")
    return p


def packet_am4(seed: int) -> Packet:
    received = dt.date(2038, 5, 18)
    rng = random.Random(seed * 1000 + 4)
    credits = [(2, "CASCADE TEMPS PAYROLL", 612.48), (9, "CASCADE TEMPS PAYROLL", 655.10),
               (16, "CASCADE TEMPS PAYROLL", 598.72), (23, "CASCADE TEMPS PAYROLL", 641.35),
               (30, "CASCADE TEMPS PAYROLL", 620.09)]
    s1 = app_statement(rng, "Tidewater Direct Bank", "Tidewater", "Marcus D. Feeney", "88417702", 2038, 4, 906.71,
                       credits, dt.date(2038, 5, 6))
    app = App("6649021137", "Marcus D. Feeney", "933-18-7024", "77 Tamarack Court", "Port Sorrel", "WA", "98368",
              "(360) 555-0123", "marcus.feeney@example.org", "primary_residence", ["other"], dt.date(2038, 2, 20),
              "short", {"wages": 2840.00}, dt.date(2038, 5, 12),
              other_text="Car totaled; no way to reach assignments for 6 weeks", seed=seed + 41)
    p = Packet("am4", received, app, ["income_doc:wages"])
    pre = f"Feeney {app.loan} - "
    p.pdf(f"{pre}worksheet.pdf", paper_pdf(rhls22(app)), app_doc(), 2)
    p.pdf(f"{pre}April statement.pdf", paper_pdf(s1.paper), stmt_doc(s1))
    on = dt.date(2038, 5, 12)
    hl = memo_letter(app.borrower, f"{RH} - Loss Mitigation", app.loan, on, [
        "On February 20 my car was hit while parked outside my apartment building and the insurance company "
        "declared it a total loss. I work through a staffing agency and my assignments are at warehouses outside "
        "town with no bus service, so for six weeks I could only take the few shifts I could get a ride to.",
        "I bought a used car in April and I am back to full weeks, but I missed the March and April payments and "
        "cannot catch up at once. I am asking for a repayment plan or a modification so I can bring the loan "
        "current."])
    p.pdf(f"{pre}hardship memo.pdf", paper_pdf(hl.paper), letter_doc(hl))
    return p


def packet_am5(seed: int) -> Packet:
    received = dt.date(2038, 6, 15)
    rng = random.Random(seed * 1000 + 5)
    stub = teacher_stub("North Cedar Community School District", "Business Office  -  18 Linden Avenue, Bellwether, "
                        "IA 52151", "Priya N. Castellanos", "T0417762", "HS Chemistry - North Cedar High",
                        dt.date(2038, 5, 31), {2037: 63180.00}, WH_STRS)
    net = stub.fields["net_current"]
    addr = ["5 Larch Street", "Bellwether, IA 52151"]
    s1 = cu_statement(rng, CU, CU_ADDR.split("  -  ")[1], "Priya N. Castellanos", addr, "7758210", 2038, 4, 1204.55,
                      2210.36, [(30, "PAYROLL NCCSD DIRECT DEP", net), (18, "IRS TREAS 310 TAX REF", 412.00)])
    s2 = cu_statement(rng, CU, CU_ADDR.split("  -  ")[1], "Priya N. Castellanos", addr, "7758210", 2038, 5,
                      r2(1204.55 + 25.00 + r2(1204.55 * 0.0025 / 12)), s1.fields["ending_balance"],
                      [(31, "PAYROLL NCCSD DIRECT DEP", net)])
    app = App("4093317760", "Priya N. Castellanos", "925-61-3308", "5 Larch Street", "Bellwether", "IA", "52151",
              "(563) 555-0139", "pcastellanos@example.com", "primary_residence", ["disability_or_illness"],
              dt.date(2038, 1, 12), "long", {"wages": stub.monthly}, dt.date(2038, 6, 8), member="7758210",
              seed=seed + 51)
    p = Packet("am5", received, app, [])
    style = scan_style(200, 0.45, seed + 5)
    on = dt.date(2038, 6, 8)
    hl = block_letter([app.borrower], addr, on, [CU, "Member Lending Center", "1200 Mill Avenue",
                                                 "Bellwether, IA 52151"], f"Re: my mortgage, loan {app.loan}", [
        "In January my son, who is eleven, was diagnosed with a serious illness. He has been in and out of the "
        "children's hospital in Iowa City since then, and I have driven him there two or three times a week.",
        "My teaching salary has not changed, but the travel, the hotel nights and our share of his care have used "
        "up my savings, and I missed the April and May payments.",
        "I want to stay in our home. I am asking the credit union to look at lowering my payment until his "
        "treatment is finished."], seed + 53, ink=True)
    folder = app.loan
    papers: list[tuple[Doc, Paper]] = [(app_doc(), mhar(app)), (stub_doc(stub), stub.paper),
                                       (stmt_doc(s1), s1.paper), (stmt_doc(s2), s2.paper),
                                       (letter_doc(hl), hl.paper)]
    for i, (doc, paper) in enumerate(papers):
        p.scan(f"{folder}/SCAN_{i + 1:04d}.pdf", [(doc, scan_paper(paper, style, seed + 500 + i))], style)
    return p


def packet_am6(seed: int) -> Packet:
    received = dt.date(2038, 8, 17)
    rng = random.Random(seed * 1000 + 6)
    key = rng.randrange(10**6)
    temp = temp_stub(*PRAIRIE, "Dale R. Kimura", "PG-05521", dt.date(2038, 8, 13), PRAIRIE_POOL, WH_IA, key)
    server = restaurant_stub("Maple & Ember Supper Club", "Highway 52 North, Bellwether, IA 52151", "Sheila A. Kimura",
                             "000318", "Server", dt.date(2038, 8, 6), 4.35, 52.0, 12.5, WH_IA, key + 1)
    addr = ["1402 Pheasant Run", "Bellwether, IA 52151"]
    s1 = cu_statement(rng, CU, CU_ADDR.split("  -  ")[1], "Dale R. Kimura / Sheila A. Kimura", addr, "7716642",
                      2038, 7, 310.72, 1488.90, [(9, "PRAIRIE GATE STAFF PAYRL", 702.15),
                                                 (16, "PRAIRIE GATE STAFF PAYRL", 688.40),
                                                 (23, "MAPLE EMBER SUPPER PAYRL", 516.22),
                                                 (30, "PRAIRIE GATE STAFF PAYRL", 711.93)])
    app = App("2218804593", "Dale R. Kimura", "912-70-5583", "1402 Pheasant Run", "Bellwether", "IA", "52151",
              "(563) 555-0176", "dale.kimura@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2038, 3, 1), "long", {"wages": r2(temp.monthly + server.monthly)}, dt.date(2038, 8, 10),
              co="Sheila A. Kimura", co_ssn="912-38-0047", co_signs=False, member="7716642", seed=seed + 61)
    p = Packet("am6", received, app, ["application_signature"])
    loan = app.loan
    p.pdf(f"{loan}_request.pdf", paper_pdf(mhar(app)), app_doc(), 2)
    p.pdf(f"{loan}_paystub_dale.pdf", paper_pdf(temp.paper), stub_doc(temp))
    p.pdf(f"{loan}_paystub_sheila.pdf", paper_pdf(server.paper), stub_doc(server))
    p.pdf(f"{loan}_july_statement.pdf", paper_pdf(s1.paper), stmt_doc(s1))
    hl = email_letter("Dale Kimura", app.email, "loanhelp@bellwethervalleyfcu.example", dt.date(2038, 8, 10),
                      "8:42 PM", loan, [
        "We are sending our hardship request for our mortgage, loan number " + loan + ". In March the county "
        "reassessed our house after we finished the basement and our taxes went up by about $2,400 a year. The "
        "credit union raised our escrow payment by $265 a month from April, and the shortage is on top of that.",
        "Dale works through Prairie Gate Staffing and Sheila waits tables at the Maple & Ember. Our pay has not "
        "gone down, but we cannot cover the new payment and our other bills. We are asking for a modification "
        "or some plan that gets our payment back near where it was.",
        "The request form, our pay stubs and our July statement are attached."], "Thank you,\nDale and Sheila Kimura\n"
        "(563) 555-0176")
    p.pdf(f"{loan}_email.pdf", paper_pdf(hl.paper), letter_doc(hl))
    return p


def packet_am7(seed: int) -> Packet:
    received = dt.date(2038, 9, 21)
    rng = random.Random(seed * 1000 + 7)
    addr = ["3020 Ridge Cut Road", "Bellwether, IA 52151"]
    holder = "Howard B. Lindqvist dba Lindqvist Lawn & Tree"
    c1 = [(3, "MOBILE DEP CUSTOMER CHECK", 1480.00), (10, "SQUARE DEP LINDQVIST LAWN", 1216.35),
          (17, "MOBILE DEP CUSTOMER CHECK", 925.00), (24, "SQUARE DEP LINDQVIST LAWN", 1402.80)]
    c2 = [(4, "SQUARE DEP LINDQVIST LAWN", 1390.15), (12, "MOBILE DEP CUSTOMER CHECK", 1650.00),
          (19, "SQUARE DEP LINDQVIST LAWN", 1108.60), (27, "MOBILE DEP CUSTOMER CHECK", 1275.00)]
    s1 = cu_statement(rng, CU, CU_ADDR.split("  -  ")[1], holder, addr, "7790315", 2038, 7, 86.14, 1932.77, c1)
    s2 = cu_statement(rng, CU, CU_ADDR.split("  -  ")[1], holder, addr, "7790315", 2038, 8,
                      r2(86.14 + 25.00 + r2(86.14 * 0.0025 / 12)), s1.fields["ending_balance"], c2)
    app = App("8830157264", "Howard B. Lindqvist", "979-04-2216", "3020 Ridge Cut Road", "Bellwether", "IA", "52151",
              "(563) 555-0158", "lindqvistlawn@example.com", "primary_residence", ["disaster"], dt.date(2038, 6, 10),
              "short", {"self_employment": 4300.00}, dt.date(2038, 9, 14), seed=seed + 71)
    p = Packet("am7", received, app, [])
    style = scan_style(300, 0.3, seed + 7)
    on = dt.date(2038, 9, 14)
    hl = block_letter([app.borrower], addr, on, [RH, "Loss Mitigation", "PO Box 60418", "Harbor City, WA 98212"],
                      f"Loan {app.loan} - request for help", [
        "On the night of June 10 a straight-line windstorm went through the Turkey River valley. A cottonwood fell "
        "on my equipment shed and crushed my two mowers and the trailer, and the house lost part of its roof.",
        "I run a one-man lawn and tree business. Until the insurance paid in August I could only do the jobs I "
        "could reach with a borrowed truck, and most of my summer income was lost. My customers are back and "
        "the deposits show it, but I am three payments behind.",
        "I am asking for a short repayment plan or a modification that lets me catch up."], seed + 73, ink=True)
    t = form4506c_page("Howard", "B", "Lindqvist", "979-04-2216", app.street, app.city, app.state, app.zip, RH,
                       "(360) 555-0186", on, app.phone, type_date=False)
    t_marks = [[Mark("sig", 80, 166, w=200, seed=seed + 74), Mark("hand", 346, 168, mdy(on), size=10.5,
                                                                     seed=seed + 75)]]
    form = Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True)
    p.scan("BATCH_20380921_0007.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 700)),
        (app_doc(), scan_paper(rhls22(app), style, seed + 701)),
        (letter_doc(hl), scan_paper(hl.paper, style, seed + 702)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 703)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 704)),
        (form, scan_sheets(t, t_marks, style, seed + 705))], style)
    return p


def packet_am8(seed: int) -> Packet:
    received = dt.date(2038, 10, 26)
    rng = random.Random(seed * 1000 + 8)
    key = rng.randrange(10**6)
    stub = restaurant_stub("Riverside Supper Club", "12 Water Street, Pine Hollow, IA 52101", "Celeste V. Ambrose",
                           "000772", "Server / bartender", dt.date(2038, 10, 15), 4.35, 62.0, 11.0, WH_IA, key)
    s1 = app_statement(rng, "Tidewater Direct Bank", "Tidewater", "Celeste V. Ambrose", "88561130", 2038, 8, 702.18,
                       [(3, "MOBILE DEP RENT UNIT B", 875.00), (6, "RIVERSIDE SUPPER PAYROLL", 842.67),
                        (20, "RIVERSIDE SUPPER PAYROLL", 861.05)], dt.date(2038, 9, 2))
    s2 = app_statement(rng, "Tidewater Direct Bank", "Tidewater", "Celeste V. Ambrose", "88561130", 2038, 9,
                       s1.fields["ending_balance"], [(2, "MOBILE DEP RENT UNIT B", 875.00),
                                                     (3, "RIVERSIDE SUPPER PAYROLL", 798.40),
                                                     (17, "RIVERSIDE SUPPER PAYROLL", 815.33)], dt.date(2038, 10, 4))
    app = App("7401266985", "Celeste V. Ambrose", "946-83-2019", "611 Bluff Street", "Pine Hollow", "IA", "52101",
              "(563) 555-0184", "celeste.ambrose@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2038, 5, 1), "long", {"wages": stub.monthly, "rental": 650.00}, dt.date(2038, 10, 20),
              seed=seed + 81)
    p = Packet("am8", received, app, ["irs_form_4506c"])
    folder = app.loan
    p.pdf(f"{folder}/Worksheet RHLS-22.pdf", paper_pdf(rhls22(app)), app_doc(), 2)
    p.pdf(f"{folder}/Paystub {stub.date.strftime('%m-%d-%Y')}.pdf", paper_pdf(stub.paper), stub_doc(stub))
    p.pdf(f"{folder}/Tidewater Aug.pdf", paper_pdf(s1.paper), stmt_doc(s1))
    p.pdf(f"{folder}/Tidewater Sep.pdf", paper_pdf(s2.paper), stmt_doc(s2))
    on = dt.date(2038, 10, 20)
    hl = block_letter([app.borrower], [app.street, "Pine Hollow, IA 52101"], on,
                      [RH, "Loss Mitigation", "PO Box 60418", "Harbor City, WA 98212"], f"Loan {app.loan}", [
        "The supper club went to a five-night week in May, when the new highway bypass took most of the summer "
        "traffic away from Water Street. I lost my Sunday and Monday shifts and the tips that came with them.",
        "I live in the lower unit of my duplex and rent the upper unit for $875 a month. The rent and my pay "
        "covered the mortgage before; now I am short every month and I have missed two payments.",
        "Please review me for a modification."], seed + 83, ink=True)
    style = scan_style(300, 0.5, seed + 8)
    p.scan(f"{folder}/letter scan.pdf", [(letter_doc(hl), scan_paper(hl.paper, style, seed + 800))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_am1, packet_am2, packet_am3, packet_am4, packet_am5, packet_am6,
                                             packet_am7, packet_am8]


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the scenario."""
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
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        dt.date.fromisoformat(exp["received_on"])
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
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
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: year to date below the current gross {f}")
        for rel, reader in readers.items():  # every page is a document's, a cover or separator sheet aside
            for n in range(1, len(reader.pages) + 1):
                if (rel, n) not in seen and n != 1:
                    problems.append(f"{name}: page {n} of {rel} belongs to no document")
        if re.search(r"\b9\d\d-\d\d-\d{4}\b", exp_path.read_text()):
            problems.append(f"{name}: a full SSN reached expected.json")
        try:
            sys.path.insert(0, str(REPO / "tests"))
            from sample_compare import compare

            wrong = compare(exp, {**exp, "missing": [{"code": c} for c in exp["missing"]]}).wrong()
            problems += [f"{name}: self-compare {w.label}" for w in wrong]
        except ImportError:
            pass
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (am1 ..)")
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
