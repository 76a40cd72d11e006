"""A holdout set of borrower packets (cq1..cq8) on HOUSEHOLDS AFTER A DEATH OR A PRISON TERM, AND SERVICERS' WEB
PORTALS, laid out unlike the shared samples and the other holdout sets, written blind: to estimate honestly how the
service reads mail it has never seen.

    python benchmarks/holdout_packets_cq.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them.

What was read to write it: shared/spec/README.md, checklist.md, loan-data.md and the income / hardship / successor
parts of domain-rules.md and form710.md; shared/samples/README.md and every expected.json; shared/reference/README.md;
the head of tests/sample_compare.py; benchmarks/holdout_packets_af.py in full (the scaffold: its signatures, scan
noise, invariant reportlab output, expected.json writing and --check are copied and adapted here); and only the
module docstrings of the other benchmarks/holdout_packets*.py. Not read: src/, any .yaml, other tests, the README,
git history; the service was not run.

APPLICATIONS (three layouts, none of them the real Form 710 PDF)
- A servicer's WEB-PORTAL application PRINTED FROM A BROWSER (Brightwater Loan Servicing cq1, Lakeshore Mortgage
  Services cq4, Keystone Crest Mortgage cq7): three pages, the browser's "m/d/yy, h:mm PM" and page title in the top
  margin, the page URL and "Page n of 3" in the bottom margin; a site bar and a five-step progress stepper; the
  answers in a responsive TWO-COLUMN GRID OF CARDS (Loan, Borrower, Co-borrower, Contact, Property, Hardship,
  Monthly household income, Assets, Other liens, Certification, signature cards): text inputs as rounded boxes,
  radio buttons as small circles with a filled dot, dropdown answers in boxes with a caret, money fields with a "$"
  prefix box, hardship types as checkbox chips, a "Total monthly household income" bar, signatures DRAWN in a
  signature pad beside a "Date signed" input, a green "Submitted" banner. A successor-in-interest question names the
  deceased borrower (cq1) - he is not a co-borrower.
- A servicer's "BORROWER ASSISTANCE FORM" answered in a TABLE (Fenwick Point FPS-12 cq2, Greenmount GLS-40 cq5): a
  ruled three-column table - question number | question | typed Courier answer - over two pages; the hardship
  answered in words from a list printed in the question ("Reduction in income; Other - ..."); question 13 the income
  as a SUB-TABLE PER HOUSEHOLD MEMBER (a shaded "BORROWER: name" / "CO-BORROWER: name" bar, eight income-type rows
  with the source and the amount, "Person's total"), 14 the household total; signatures and dates in ink in rows
  18a / 18b. The application's income per code is the sum over the members.
- Form 710's content as a FOLDED BROCHURE (Calder Ridge Home Loans cq3, Pelican Trust cq6, North Star Home Lending
  cq8): two LANDSCAPE pages, each two narrow panels split by a dashed fold line; outside = the back panel
  (certification, signatures, return address) and the front cover (title, section 1 borrower information); inside =
  property and hardship, then income and assets; captions in SMALL CAPITALS ABOVE the underlines; filled entirely
  by hand in ink (answers, X in the boxes, signatures and dates).

PAY AND BENEFIT PAPERS
- A temp agency's WEEKLY check stub: the earnings statement on the top half (caption grid, hours and earnings,
  taxes and deductions, This period / Year-to-date strip; the agency is the employer, the client is only the
  assignment) and the paycheck itself on the bottom half below a PERFORATION with a scissors mark (security tint,
  amount in words, "$****539.91", VOID AFTER 90 DAYS, MICR line) - Stonebridge Staffing (cq2, cq7), Harborline Temp
  Services (cq3), Green Mountain Staffing Group (cq5).
- A PRISON-INDUSTRIES wage statement (PIE certification program, Ashford Correctional Industries, cq2): a Courier
  report on green-bar tractor-feed paper, bi-weekly, gross production wages, taxes, statutory deductions (room and
  board, victim compensation, family support remitted to the wife, mandatory savings), "NET TO INMATE TRUST ACCOUNT".
- A WORK-RELEASE earnings statement (Cold Spring Community Corrections Center, cq4): the employer's (Norvale Millwork
  Co.) earnings and taxes, the net paycheck received by the center, then the center's disbursements (subsistence,
  restitution, savings, released to resident); bi-weekly.
- SURVIVOR BENEFITS: Social Security's Notice of Award of widow's benefits (taxable: "may be taxable ... SSA-1099";
  a one-time $255 lump sum beside the monthly amount; cq1, cq5, cq6, cq8); the VA's Dependency and Indemnity
  Compensation decision letter ("Your Award" table, "tax-free"; benefits_nontaxable; cq1, cq6); a life insurer's
  monthly SETTLEMENT OPTION ACCOUNT STATEMENT of the death benefit paid out in monthly installments
  (investment_statement; cq1 Granite Shield Life, cq8 Lakeland Mutual); a state's TANF cash-assistance notice
  (public assistance = the taxable benefits line of Form 710; cq7).
- Also: a credit union statement with a dark sidebar (Tamarack FCU, cq5), a certified death certificate (cq1, cq8),
  a newspaper obituary page in two columns (cq5), Louisiana letters of administration (other, cq6), a re-entry
  program letter (other, cq3), a corrections department's certificate of release (other, cq4), typed hardship
  letters (signed in ink when printed), fax cover sheets and a Code 128 separator sheet (neither is a document).

DELIVERIES
- a browser-printed PDF with MIXED pages: ONE file holding the portal print-out, the born-digital letters and
  statements and one SCANNED page (the death certificate) - each document's `scanned` follows its own pages (cq1);
- FAXES behind a cover sheet, 200 dpi black and white, each page stamped with the sending machine's header line
  "MAY 09 2039 10:33AM  FROM: ...  P.003/006" (cq2, cq8);
- PHONE-CAMERA scans made with Pillow: each sheet on a table-coloured margin, a slight perspective (top edge narrower,
  corners jittered), a soft shadow across one side, warm paper, slightly soft, colour JPEG, no text layer: one file
  per paper in a folder named after the loan (cq3), one multi-page phone PDF "<Surname> <loan>.pdf" (cq6), two stubs
  among born-digital files (cq7);
- loose born-digital files "<loan>_..." (cq4); one 240 dpi grey flatbed scan behind a separator sheet (cq5); a
  folder named after the loan with mixed born-digital and phone files (cq7).

PACKETS (received dates March to November 2039; 4 complete, 4 incomplete; co-borrowers in cq2, cq4, cq5, cq8)
- cq1 COMPLETE. Widow and successor in interest (husband, the borrower, died 11/04/2038): portal application, SSA
  widow's benefit (fresh), VA DIC (fresh), the insurer's January and February statements (two consecutive fresh
  investment statements), scanned death certificate. Death; taxable + non-taxable benefits + insurance income.
- cq2 INCOMPLETE application_signature. Wife and incarcerated husband, both on the loan: table form faxed; her temp
  stub and his prison-industries statement (both fresh, year-to-date shown; wages = the two members' lines), her
  signed letter explains the "other" hardship; the co-borrower's signature and date (18b) are empty.
- cq3 COMPLETE. A man released from prison, working through a temp agency: brochure photographed by phone, two fresh
  weekly stubs, hardship letter, re-entry letter. Unemployment needs no hardship paper.
- cq4 INCOMPLETE income_doc:wages. Work-release graduate and his wife (both sign on the portal): the only pay papers
  are the center's statements paid 02/25 and 03/11/2039, more than 90 days before 06/23/2039 (stale); letter covers
  "other"; release certificate.
- cq5 COMPLETE. Widow and her son: table form, SSA notice, June and July credit union statements (consecutive, fresh:
  they show the benefit, the insurer's installments and his pay), his fresh temp stub, obituary. Flatbed scan.
- cq6 INCOMPLETE hardship_doc:death. Veteran's widow, successor in interest: brochure, VA DIC and SSA letters (fresh),
  hardship letter, LETTERS OF ADMINISTRATION (other) - no death certificate and no obituary. One phone PDF.
- cq7 COMPLETE. Mother whose husband (not on the loan) is jailed: portal print-out, two fresh stubs photographed, TANF
  notice (fresh) for the taxable-benefit line, e-mailed letter explaining "other".
- cq8 INCOMPLETE application_field:hardship_start_date, income_doc:investment. Widow and daughter fax the brochure
  with the hardship date left blank; SSA notice (fresh) and death certificate, but only ONE insurer statement and no
  bank statements for the insurance income.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet (income documents fresh within 90 days of received_on, two consecutive statements of
one account, a stub with year-to-date pay, two consecutive investment statements, hardship papers by type,
signatures of every named borrower, required answers). `--check` validates every expected.json (keys, codes, types,
dates, that every listed page exists, that `scanned` matches the absence of a text layer, that the rules give the
scenario's codes). Every file is the same bytes for a seed: reportlab runs in invariant mode and the scans use
seeded noise. All people, employers, agencies, banks and servicers are fictional; SSNs use the 900-999 area, and
every page carries a faint "synthetic test document" line.
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
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
MONO_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
LAND = landscape(letter)

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

HARDSHIP_LABELS = {
    "unemployment": "Unemployment",
    "reduction_in_income": "Reduction in income (hours, pay or overtime cut)",
    "increase_in_housing_expenses": "Increase in housing-related expenses",
    "disaster": "Disaster (natural or man-made) affecting the property or job",
    "disability_or_illness": "Long-term disability or serious illness",
    "divorce_or_separation": "Divorce or legal separation",
    "separation_unmarried": "Separation of borrowers not married to each other",
    "death": "Death of a borrower or wage earner",
    "relocation": "Distant employment transfer or relocation",
    "other": "Other (explain)",
}
INCOME_LABELS = {
    "wages": "Gross wages, salary, overtime, commissions, tips, bonuses",
    "self_employment": "Self-employment income",
    "unemployment": "Unemployment benefit income",
    "benefits_taxable": "Taxable Social Security, pension, disability, death benefits, public assistance",
    "benefits_nontaxable": "Non-taxable Social Security or disability income",
    "rental": "Rental income (less expenses other than the mortgage)",
    "investment": "Investment or insurance income",
    "other": "Other income (alimony, child support, separate maintenance, other)",
}
OCC_LABELS = {"primary_residence": "Primary residence", "second_home": "Second home",
              "investment_property": "Investment property"}
DURATION_LABELS = {"short": "Short-term (6 months or less)", "long": "Long-term or permanent (over 6 months)",
                   "resolved": "Resolved"}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


ONES = ("", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve",
        "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen")
TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety")


def words_under_1000(n: int) -> str:
    out = []
    if n >= 100:
        out.append(f"{ONES[n // 100]} Hundred")
        n %= 100
    if n >= 20:
        out.append(TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else ""))
    elif n:
        out.append(ONES[n])
    return " ".join(out)


def check_words(amount: float) -> str:
    """"One Thousand Two Hundred Four and 17/100" as printed on a check."""
    dollars = int(amount)
    cents = round((amount - dollars) * 100)
    parts = []
    if dollars >= 1000:
        parts.append(f"{words_under_1000(dollars // 1000)} Thousand")
    if dollars % 1000:
        parts.append(words_under_1000(dollars % 1000))
    return f"{' '.join(parts) or 'Zero'} and {cents:02d}/100"


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


def draw_signature_vector(c: Canvas, m: Mark, color: Color | None = None) -> None:
    c.saveState()
    c.setStrokeColor(color or Color(0.08, 0.12, 0.45))
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


def small_caps(c: Canvas, x: float, y: float, text: str, size: float, font: str = "Times-Roman",
               align: str = "left") -> float:
    """Draw text in small capitals (lower-case letters as smaller capitals); returns the width."""
    runs: list[tuple[str, float]] = []
    for ch in text:
        sz = size * 0.78 if ch.islower() else size
        if runs and runs[-1][1] == sz:
            runs[-1] = (runs[-1][0] + ch.upper(), sz)
        else:
            runs.append((ch.upper(), sz))
    width = sum(stringWidth(t, font, s) for t, s in runs)
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    for t, s in runs:
        c.setFont(font, s)
        c.drawString(x, y, t)
        x += stringWidth(t, font, s)
    return width


def paper_pdf(paper: Paper, screen_marks: bool = True, creator: str = "holdout_packets_cq") -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
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


# --- scanning, faxing and phone photos -------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How paper becomes an image: a flatbed (grey), a fax (black and white, with a header line) or a phone."""

    kind: str = "flatbed"  # flatbed | fax | phone
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax_from: str = ""
    fax_when: dt.datetime | None = None

    @property
    def fax(self) -> bool:
        return self.kind == "fax"


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(HAND_FONT), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = _hand_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def speckle(img: Image.Image, rng: random.Random, amount: float) -> None:
    px = img.load()
    wd, ht = img.size
    for _ in range(int(wd * ht * amount)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 230


def fax_header(img: Image.Image, style: Scan, page: int, pages: int) -> None:
    """The sending machine's line across the top of every fax page."""
    when = style.fax_when or dt.datetime(2039, 1, 1, 9, 0)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(str(MONO_FONT), round(8.5 * style.dpi / 72))
    text = (f"{when.strftime('%b %d %Y %I:%M%p').upper()}   FROM: {style.fax_from:<28}   "
            f"P.{page:03d}/{pages:03d}")
    draw.text((round(0.35 * style.dpi), round(0.12 * style.dpi)), text, fill=0, font=font, anchor="lt")


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # a light grey paper tone
        out = out.point(lambda v: int(18 + v * 0.91))
    speckle(out, rng, style.noise)
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gauss-Jordan elimination with partial pivoting (8 x 8 for a perspective transform)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                for k in range(col, n + 1):
                    m[r][k] -= f * m[col][k]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst: Sequence[tuple[float, float]], src: Sequence[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): each output point dst[i] samples the input point src[i]."""
    a: list[list[float]] = []
    b: list[float] = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def phone_photo(img: Image.Image, seed: int) -> Image.Image:
    """A sheet photographed with a phone on a table: a margin of table around it, slight perspective (the top
    edge a little narrower than the bottom, one corner pulled), a soft shadow of the phone across one side, the
    paper warm-toned and the whole a little soft. Colour (RGB) JPEG-bound image, no text layer."""
    rng = random.Random(seed)
    wd, ht = img.size
    mx, my = round(wd * 0.05), round(ht * 0.045)
    cw, ch = wd + 2 * mx, ht + 2 * my
    paper = Image.merge("RGB", (img.point(lambda v: int(v * 0.97)), img.point(lambda v: int(v * 0.95)),
                                img.point(lambda v: int(v * 0.89))))
    inset = wd * rng.uniform(0.012, 0.024)
    jitter = [(rng.uniform(-0.008, 0.008) * wd, rng.uniform(-0.008, 0.008) * ht) for _ in range(4)]
    quad = [(mx + inset + jitter[0][0], my + jitter[0][1]), (mx + wd - inset + jitter[1][0], my + jitter[1][1]),
            (mx + wd + jitter[2][0], my + ht + jitter[2][1]), (mx + jitter[3][0], my + ht + jitter[3][1])]
    src = [(0.0, 0.0), (float(wd), 0.0), (float(wd), float(ht)), (0.0, float(ht))]
    table = (88 + rng.randrange(12), 76 + rng.randrange(10), 64 + rng.randrange(8))
    coeffs = perspective_coeffs(quad, src)
    out = paper.transform((cw, ch), Image.Transform.PERSPECTIVE, coeffs, resample=Image.Resampling.BICUBIC,
                          fillcolor=table)
    # the shadow: darker toward one side, softened, strongest at one corner
    shade = Image.new("L", (cw, ch), 255)
    draw = ImageDraw.Draw(shade)
    side = rng.choice(["left", "right"])
    for i in range(40):
        f = i / 40
        level = int(255 - 50 * (1 - f) ** 1.6)
        x0 = int(cw * 0.42 * f)
        if side == "left":
            draw.rectangle((0, 0, cw * 0.42 - x0, ch), fill=level)
        else:
            draw.rectangle((cw * 0.58 + x0, 0, cw, ch), fill=level)
    draw.ellipse((cw * (0.55 if side == "right" else -0.25), ch * 0.62, cw * (1.3 if side == "right" else 0.45),
                  ch * 1.25), fill=178)
    shade = shade.filter(ImageFilter.GaussianBlur(wd * 0.05))
    out = ImageChops.multiply(out, Image.merge("RGB", (shade, shade, shade)))
    out = out.filter(ImageFilter.GaussianBlur(0.7))
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


def paper_sheets(paper: Paper, style: Scan) -> list[tuple[Image.Image, float]]:
    """Print a paper and add its ink marks: grey images at the style's dpi with each page's height."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    out = []
    for i, (img, page_h) in enumerate(render_pages(buf.getvalue(), style.dpi)):
        ink_on_image(img, marks[i], style.dpi / 72, page_h)
        out.append((img, page_h))
    return out


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    out = []
    for i, (img, _) in enumerate(paper_sheets(paper, style)):
        photo = phone_photo(img, seed * 37 + i) if style.kind == "phone" else degrade(img, style, seed * 31 + i)
        size = (photo.size[0] * 72 / style.dpi, photo.size[1] * 72 / style.dpi)
        out.append(ScannedPage(photo, size, style.fax))
    return out


def number_fax_pages(sheets: list[ScannedPage], style: Scan) -> None:
    """Stamp the sending machine's header on each page of one fax transmission (after it is assembled)."""
    for i, sheet in enumerate(sheets):
        img = sheet.image.convert("L")
        fax_header(img, style, i + 1, len(sheets))
        sheet.image = img.point(lambda v: 255 if v > 150 else 0).convert("1")


def jpeg_or_png(sheet: ScannedPage) -> io.BytesIO:
    data = io.BytesIO()
    if sheet.fax:
        sheet.image.convert("L").save(data, "PNG", optimize=False)
    else:
        sheet.image.save(data, "JPEG", quality=80)
    data.seek(0)
    return data


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class PayCheck:
    pay_date: dt.date
    earnings: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)
    deductions: dict[str, float]  # label -> amount, taxes first

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.earnings.values()))

    @property
    def net(self) -> float:
        return r2(self.gross - sum(self.deductions.values()))


def weekly_dates(first_possible: dt.date, current: dt.date, step: int) -> list[dt.date]:
    """Every pay date of the year up to current, stepping back from current by step days."""
    out = [current]
    while out[-1] - dt.timedelta(days=step) >= first_possible:
        out.append(out[-1] - dt.timedelta(days=step))
    return sorted(out)


def ytd_totals(checks: Sequence[PayCheck]) -> dict[str, float]:
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.earnings.items()}
        items.update(ch.deductions)
        items["GROSS"] = ch.gross
        items["NET"] = ch.net
        items["DEDUCTIONS"] = r2(sum(ch.deductions.values()))
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def taxes(gross: float, fed: float, state: float, state_name: str) -> dict[str, float]:
    return {"Federal income tax": r2(gross * fed), "Social Security": r2(gross * 0.062),
            "Medicare": r2(gross * 0.0145), f"{state_name} income tax": r2(gross * state)}


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, ch: PayCheck, start: dt.date, end: dt.date, frequency: str,
                ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": ch.pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": ch.gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(ch.gross * PERIODS[frequency] / 12)}


@dataclass
class TempJob:
    agency: str
    agency_address: str
    agency_phone: str
    bank: str
    employee: str
    employee_address: Sequence[str]
    emp_id: str
    client: str
    position: str
    rate: float
    base_hours: float
    hired: dt.date
    fed: float
    state: float
    state_name: str
    fixed: tuple[tuple[str, float], ...] = ()
    key: int = 1


def temp_checks(job: TempJob, pay_date: dt.date) -> list[PayCheck]:
    first = max(dt.date(pay_date.year, 1, 1), job.hired + dt.timedelta(days=5))
    checks = []
    for d in weekly_dates(first, pay_date, 7):
        rr = random.Random(f"{job.emp_id}|{d}|{job.key}")
        reg = min(40.0, job.base_hours + rr.choice([0.0, -2.5, -4.0, 1.5, 0.0]))
        ot = rr.choice([0.0, 0.0, 2.0, 3.5, 5.0]) if reg >= 39 else 0.0
        earnings = {"Regular": (reg, job.rate, r2(reg * job.rate))}
        if ot:
            earnings["Overtime 1.5x"] = (ot, r2(job.rate * 1.5), r2(ot * r2(job.rate * 1.5)))
        gross = r2(sum(v[2] for v in earnings.values()))
        ded = taxes(gross, job.fed, job.state, job.state_name)
        ded.update(dict(job.fixed))
        checks.append(PayCheck(d, earnings, ded))
    return checks


def temp_agency_stub(job: TempJob, pay_date: dt.date, check_no: int) -> Stub:
    """A staffing agency's weekly earnings statement on the top half of the sheet and its paycheck on the bottom,
    with a perforation between them (the check is printed VOID: the borrower sent the whole sheet)."""
    checks = temp_checks(job, pay_date)
    ch = checks[-1]
    ytd = ytd_totals(checks)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = ch.net

    def page(c: Canvas) -> list[Mark]:
        navy = Color(0.12, 0.2, 0.38)
        c.setFillColor(navy)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, 752, job.agency.upper())
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 741, f"{job.agency_address}  |  {job.agency_phone}")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 754, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 743, f"Check No. {check_no:07d}   Pay Date {mdy(pay_date)}")
        grid = [[("EMPLOYEE", job.employee, 170), ("EMPLOYEE ID", job.emp_id, 80),
                 ("CLIENT / ASSIGNMENT", job.client, 170), ("POSITION", job.position, 112)],
                [("WEEK ENDING", mdy(end), 90), ("PAY PERIOD", f"{mdy(start)} - {mdy(end)}", 160),
                 ("PAY FREQUENCY", "Weekly", 100), ("BASE RATE", f"${job.rate:.2f} / hr", 182)]]
        y = 700
        c.setLineWidth(0.5)
        for row in grid:
            x = 40.0
            for cap, val, wd in row:
                c.setFillColor(Color(0.93, 0.95, 0.98))
                c.rect(x, y, wd, 28, stroke=1, fill=1)
                c.setFillColor(black)
                c.setFont("Helvetica", 6)
                c.drawString(x + 4, y + 19, cap)
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(x + 4, y + 6, val)
                x += wd
            y -= 28
        top = y - 22
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, top, "HOURS AND EARNINGS")
        c.drawString(350, top, "TAXES AND DEDUCTIONS")
        hy = top - 13
        c.setFont("Helvetica", 6.5)
        c.drawString(40, hy, "DESCRIPTION")
        for x, t in ((150, "HOURS"), (195, "RATE"), (260, "THIS PERIOD"), (330, "YEAR-TO-DATE")):
            c.drawRightString(x, hy, t)
        c.drawString(350, hy, "DESCRIPTION")
        c.drawRightString(500, hy, "THIS PERIOD")
        c.drawRightString(572, hy, "YEAR-TO-DATE")
        c.line(40, hy - 3, 332, hy - 3)
        c.line(350, hy - 3, 572, hy - 3)
        c.setFont("Helvetica", 8)
        ly = hy - 14
        for lab in ("Regular", "Overtime 1.5x"):
            if lab not in ytd:
                continue
            hrs, rt, amt = ch.earnings.get(lab, (0.0, 0.0, 0.0))
            c.drawString(40, ly, lab)
            if hrs:
                c.drawRightString(150, ly, f"{hrs:.2f}")
                c.drawRightString(195, ly, f"{rt:.2f}")
                c.drawRightString(260, ly, money(amt))
            c.drawRightString(330, ly, money(ytd[lab]))
            ly -= 12
        dy = hy - 14
        for lab, amt in ch.deductions.items():
            c.drawString(350, dy, lab)
            c.drawRightString(500, dy, money(amt))
            c.drawRightString(572, dy, money(ytd[lab]))
            dy -= 12
        y = min(ly, dy) - 14
        heads = [("", 90), ("GROSS PAY", 160), ("TOTAL DEDUCTIONS", 160), ("NET PAY", 122)]
        cur = [ch.gross, r2(sum(ch.deductions.values())), net]
        yt = [ytd["GROSS"], ytd["DEDUCTIONS"], ytd["NET"]]
        x = 40.0
        for i, (hd, wd) in enumerate(heads):
            c.setFillColor(navy if i else white)
            c.rect(x, y, wd, 14, stroke=1, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(x + wd / 2, y + 4, hd)
            c.setFillColor(black)
            for r, vals in ((1, cur), (2, yt)):
                c.rect(x, y - 15 * r, wd, 15, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 7.5)
                    c.drawString(x + 4, y - 15 * r + 4.5, "This period" if r == 1 else "Year-to-date")
                else:
                    c.setFont("Helvetica-Bold" if i == 3 else "Helvetica", 8.5)
                    c.drawRightString(x + wd - 6, y - 15 * r + 4.5, money(vals[i - 1]))
            x += wd
        c.setFont("Helvetica", 6.5)
        c.drawString(40, y - 44, "Hours are paid as approved by the client on your weekly timecard. Report a pay "
                                 f"question within 7 days to Payroll, {job.agency_phone}.")
        # the perforation
        py = 318
        c.setDash(2, 2)
        c.setLineWidth(0.4)
        c.line(20, py, W - 20, py)
        c.setDash()
        c.setFillGray(0.55)
        for i in range(int((W - 40) / 7)):
            c.circle(22 + i * 7, py, 0.9, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("ZapfDingbats", 11)
        c.drawString(24, py - 4, "\"")
        c.setFont("Helvetica", 6)
        c.drawCentredString(W / 2, py + 5, "DETACH AT PERFORATION  -  KEEP THE STATEMENT ABOVE FOR YOUR RECORDS")
        # the check
        c.setFillColor(Color(0.9, 0.95, 0.92))
        c.rect(30, 48, W - 60, 250, stroke=0, fill=1)
        c.setStrokeColor(Color(0.8, 0.89, 0.83))
        c.setLineWidth(0.3)
        for i in range(0, 560, 9):
            c.line(30 + i, 48, 30 + min(i + 250, W - 60), 48 + min(250, W - 60 - i))
        c.setStrokeColor(black)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(44, 276, job.agency.upper())
        c.setFont("Helvetica", 7)
        c.drawString(44, 266, job.agency_address)
        c.setFont("Helvetica-Bold", 8)
        c.drawCentredString(W / 2 + 40, 276, job.bank)
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2 + 40, 267, "PAYROLL ACCOUNT")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(566, 278, f"{check_no:07d}")
        c.setFont("Helvetica", 8)
        c.drawString(410, 248, "DATE")
        c.setFont("Courier-Bold", 10)
        c.drawString(440, 248, mdy(pay_date))
        c.setLineWidth(0.5)
        c.line(438, 245, 566, 245)
        c.setFont("Helvetica", 8)
        c.drawString(44, 218, "PAY")
        c.setFont("Courier-Bold", 9.5)
        words = f"{check_words(net)} ".ljust(64, "*") + " DOLLARS"
        c.drawString(68, 218, words)
        c.line(66, 215, 566, 215)
        c.rect(470, 186, 96, 20, stroke=1, fill=0)
        c.setFont("Courier-Bold", 11)
        c.drawRightString(562, 192, f"${money(net).rjust(10, '*')}")
        c.setFont("Helvetica", 7)
        c.drawString(44, 196, "TO THE")
        c.drawString(44, 188, "ORDER OF")
        c.setFont("Courier", 9.5)
        yy = 192
        for ln in [job.employee.upper(), *[a.upper() for a in job.employee_address]]:
            c.drawString(86, yy, ln)
            yy -= 11
        c.setFont("Helvetica", 7)
        c.drawString(44, 120, f"MEMO  Payroll - week ending {mdy(end)}")
        c.line(360, 122, 566, 122)
        c.drawCentredString(463, 112, "AUTHORIZED SIGNATURE")
        draw_signature_vector(c, Mark("sig", 380, 124, w=150, seed=check_no % 97), Color(0.1, 0.1, 0.1))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(410, 150, "VOID AFTER 90 DAYS")
        c.setFont("Courier", 12)
        c.drawString(120, 66, f"C{check_no:07d}C  A071{check_no % 10 ** 6:06d}A  8830{job.key % 10 ** 6:06d}C")
        return []

    return Stub(Paper([page]), stub_fields(job.agency, job.employee, ch, start, end, "weekly", ytd["GROSS"], net),
                pay_date)


@dataclass
class PieJob:
    shop: str
    facility: str
    facility_address: str
    inmate: str
    doc_no: str
    housing: str
    rate: float
    base_hours: float
    started: dt.date
    family_payee: str
    key: int = 1


PIE_SHARES = (("Room and board (20%)", 0.20), ("Victim compensation (5%)", 0.05), ("Family support (15%)", 0.15),
              ("Mandatory savings (10%)", 0.10))


def pie_checks(job: PieJob, pay_date: dt.date) -> list[PayCheck]:
    first = max(dt.date(pay_date.year, 1, 1), job.started + dt.timedelta(days=10))
    out = []
    for d in weekly_dates(first, pay_date, 14):
        rr = random.Random(f"{job.doc_no}|{d}|{job.key}")
        hrs = job.base_hours + rr.choice([0.0, 0.0, -4.0, -8.0, 2.0])
        gross = r2(hrs * job.rate)
        ded = taxes(gross, 0.05, 0.031, "State")
        after = r2(gross - sum(ded.values()))
        for lab, share in PIE_SHARES:
            ded[lab] = r2(after * share)
        out.append(PayCheck(d, {"Production wages": (hrs, job.rate, gross)}, ded))
    return out


def prison_industries_statement(job: PieJob, pay_date: dt.date) -> Stub:
    """A state correctional industries' bi-weekly inmate wage statement under the PIE certification program,
    printed on green-bar tractor-feed paper by the payroll system, in capitals and Courier."""
    checks = pie_checks(job, pay_date)
    ch = checks[-1]
    ytd = ytd_totals(checks)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=13)
    employer = f"{job.facility.split(' Correctional')[0]} Correctional Industries"

    def page(c: Canvas) -> list[Mark]:
        band = Color(0.84, 0.93, 0.85)
        top = 760
        for i in range(22):
            if i % 2 == 0:
                c.setFillColor(band)
                c.rect(36, top - (i + 1) * 33, W - 72, 33, stroke=0, fill=1)
        c.setFillColor(white)
        c.setStrokeGray(0.6)
        for i in range(26):
            c.circle(20, 770 - i * 29, 4.5, stroke=1, fill=1)
            c.circle(W - 20, 770 - i * 29, 4.5, stroke=1, fill=1)
        c.setStrokeColor(black)
        c.setFillColor(black)
        rows = [
            f"{employer.upper():<52}RUN DATE {pay_date.strftime('%m/%d/%y')}",
            f"{'PRISON INDUSTRY ENHANCEMENT CERTIFICATION PROGRAM':<52}PAGE 1 OF 1",
            "INMATE WAGE STATEMENT",
            "",
            f"EMPLOYER OF RECORD : {employer.upper()}",
            f"FACILITY           : {job.facility.upper()}",
            f"INMATE NAME        : {job.inmate.upper()}",
            f"DOC NUMBER         : {job.doc_no:<14}HOUSING : {job.housing}",
            f"WORK ASSIGNMENT    : {job.shop.upper()}",
            f"PAY PERIOD         : {mdy(start)} THRU {mdy(end)}",
            f"PAY DATE           : {mdy(pay_date):<14}PAY CYCLE : BI-WEEKLY",
            "-" * 74,
            f"{'EARNINGS':<26}{'HOURS':>8}{'RATE':>9}{'CURRENT':>14}{'YEAR TO DATE':>16}",
        ]
        hrs, rate, amt = ch.earnings["Production wages"]
        wages_ytd = money(ytd["Production wages"])
        rows.append(f"{'PRODUCTION WAGES':<26}{hrs:>8.2f}{rate:>9.2f}{money(amt):>14}{wages_ytd:>16}")
        rows.append(f"{'GROSS WAGES':<43}{money(ch.gross):>14}{money(ytd['GROSS']):>16}")
        rows.append("")
        rows.append("TAXES WITHHELD")
        labels = list(ch.deductions)
        for lab in labels[:4]:
            rows.append(f"  {lab.upper():<41}{money(ch.deductions[lab]):>14}{money(ytd[lab]):>16}")
        rows.append("")
        rows.append("STATUTORY DEDUCTIONS (PIECP)")
        for lab in labels[4:]:
            rows.append(f"  {lab.upper():<41}{money(ch.deductions[lab]):>14}{money(ytd[lab]):>16}")
        rows.append(f"    FAMILY SUPPORT REMITTED TO: {job.family_payee.upper()}")
        rows.append("-" * 74)
        rows.append(f"{'TOTAL DEDUCTIONS':<43}{money(sum(ch.deductions.values())):>14}{money(ytd['DEDUCTIONS']):>16}")
        rows.append(f"{'NET TO INMATE TRUST ACCOUNT':<43}{money(ch.net):>14}{money(ytd['NET']):>16}")
        rows.append("")
        rows.append("WAGES ARE PAID AT THE PREVAILING RATE FOR THE WORK PERFORMED. DEDUCTIONS DO NOT")
        rows.append("EXCEED 80 PERCENT OF GROSS WAGES AS REQUIRED BY 18 U.S.C. 1761(C).")
        y = 744
        c.setFont("Courier", 8.6)
        for row in rows:
            c.drawString(50, y, row)
            y -= 13.2
        return []

    return Stub(Paper([page]), stub_fields(employer, job.inmate, ch, start, end, "biweekly", ytd["GROSS"], ch.net),
                pay_date)


@dataclass
class ReleaseJob:
    center: str
    center_address: str
    employer: str
    resident: str
    resident_no: str
    job_title: str
    rate: float
    started: dt.date
    key: int = 1


def work_release_statement(job: ReleaseJob, pay_date: dt.date) -> Stub:
    """A community corrections center's bi-weekly statement of a work-release resident's pay: the employer's
    earnings and taxes, the net paycheck the center received, and how the center disbursed it."""
    first = max(dt.date(pay_date.year, 1, 1), job.started + dt.timedelta(days=10))
    checks = []
    for d in weekly_dates(first, pay_date, 14):
        rr = random.Random(f"{job.resident_no}|{d}|{job.key}")
        reg = rr.choice([80.0, 80.0, 76.0, 72.0])
        ot = rr.choice([0.0, 4.0, 6.5]) if reg == 80 else 0.0
        earn = {"Regular wages": (reg, job.rate, r2(reg * job.rate))}
        if ot:
            earn["Overtime"] = (ot, r2(job.rate * 1.5), r2(ot * r2(job.rate * 1.5)))
        gross = r2(sum(v[2] for v in earn.values()))
        checks.append(PayCheck(d, earn, taxes(gross, 0.07, 0.0425, "State")))
    ch = checks[-1]
    ytd = ytd_totals(checks)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = ch.net
    subsist = r2(14 * 17.50)
    restit = r2(net * 0.10)
    save = r2(net * 0.15)
    released = r2(net - subsist - restit - save)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1)
        c.circle(74, 730, 24, stroke=1, fill=0)
        c.circle(74, 730, 19, stroke=1, fill=0)
        c.setFont("Times-Bold", 8)
        c.drawCentredString(74, 733, "CSCCC")
        c.setFont("Times-Roman", 5.5)
        c.drawCentredString(74, 724, "WORK RELEASE")
        c.setFont("Times-Bold", 13)
        c.drawString(108, 740, job.center.upper())
        c.setFont("Times-Roman", 8.5)
        c.drawString(108, 728, f"Work Release Program  -  Business Office  -  {job.center_address}")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(108, 712, "RESIDENT EARNINGS AND DISBURSEMENT STATEMENT")
        c.setLineWidth(0.5)
        boxes = [[("Resident", job.resident, 200), ("Resident no.", job.resident_no, 100),
                  ("Employer", job.employer, 212)],
                 [("Job title", job.job_title, 150), ("Pay period", f"{mdy(start)} to {mdy(end)}", 150),
                  ("Pay date", mdy(pay_date), 100), ("Pay frequency", "Bi-weekly", 112)]]
        y = 664
        for row in boxes:
            x = 50.0
            for cap, val, wd in row:
                c.rect(x, y, wd, 26, stroke=1, fill=0)
                c.setFont("Helvetica-Oblique", 6.5)
                c.drawString(x + 3, y + 18, cap)
                c.setFont("Helvetica", 9)
                c.drawString(x + 3, y + 5, val)
                x += wd
            y -= 26
        y -= 26

        def table(title: str, rows: Sequence[tuple[str, str, str, str]], y: float) -> float:
            c.setFillGray(0.85)
            c.rect(50, y - 4, 512, 14, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(54, y, title)
            c.drawRightString(470, y, "CURRENT")
            c.drawRightString(556, y, "YEAR TO DATE")
            y -= 16
            c.setFont("Helvetica", 8.5)
            for a, b, cur, yt in rows:
                c.drawString(56, y, a)
                c.drawString(220, y, b)
                c.drawRightString(470, y, cur)
                c.drawRightString(556, y, yt)
                y -= 12.5
            return y - 8

        erows = [(lab, f"{h:.2f} hrs x {rt:.2f}" if h else "", money(a) if h else "", money(ytd[lab]))
                 for lab in ("Regular wages", "Overtime") if lab in ytd
                 for h, rt, a in [ch.earnings.get(lab, (0.0, 0.0, 0.0))]]
        erows.append(("Gross earnings", "", money(ch.gross), money(ytd["GROSS"])))
        y = table("EARNINGS REPORTED BY EMPLOYER", erows, y)
        y = table("TAXES WITHHELD BY EMPLOYER", [(k, "", money(v), money(ytd[k])) for k, v in ch.deductions.items()],
                  y)
        c.setLineWidth(1)
        c.rect(50, y - 6, 512, 18, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, y, "NET PAY (paycheck received by the Center)")
        c.drawRightString(470, y, money(net))
        c.drawRightString(556, y, money(ytd["NET"]))
        y -= 34
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, y, "DISBURSEMENT OF THIS PAYCHECK BY THE CENTER")
        y -= 15
        c.setFont("Helvetica", 8.5)
        for a, b in (("Subsistence fee (14 days at $17.50)", subsist), ("Court-ordered restitution (10%)", restit),
                     ("Resident savings account (15%)", save), ("Released to resident", released)):
            c.drawString(56, y, a)
            c.drawRightString(470, y, money(b))
            y -= 12.5
        c.setFont("Helvetica-Oblique", 7.5)
        paragraphs(c, 50, y - 16, 512, [
            "Prepared by the Center's business office from the employer's payroll record. The employer pays the "
            "resident's wages to the Center, which disburses them under the resident's work release agreement. "
            "Questions: Business Office, weekdays 8 a.m. to 4 p.m."], font="Helvetica-Oblique", size=7.5, leading=9.5)
        return []

    return Stub(Paper([page]), stub_fields(job.employer, job.resident, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


# --- statements -----------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str
    type: str = "bank_statement"


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def register_lines(rng: random.Random, start: dt.date, end: dt.date,
                   credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and a household's ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("ACH GREEN MTN POWER", 0), ("POS PRICE CHOPPER #211", 1), ("ACH CONSOLIDATED COMM", 0),
              ("POS IRVING OIL 0448", 1), ("CHECK 1187", 0), ("POS RITE AID #10219", 1),
              ("ACH VERMONT MUTUAL INS", 0), ("ATM WITHDRAWAL - BRANCH", 1), ("POS FAMILY DOLLAR", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(85, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def tamarack_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                       begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Tamarack Federal Credit Union: one page, a dark green sidebar down the left holding the member, the period
    and the summary; the share draft register on the right with signed amounts and a running balance."""
    bank = "Tamarack Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = register_lines(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    dep = [a for _, _, a in lines if a > 0]
    wdr = [a for _, _, a in lines if a < 0]

    def page(c: Canvas) -> list[Mark]:
        green = Color(0.13, 0.3, 0.22)
        c.setFillColor(green)
        c.rect(0, 0, 180, H, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(22, 740, "TAMARACK")
        c.setFont("Helvetica", 9)
        c.drawString(22, 727, "Federal Credit Union")
        c.setFont("Helvetica", 7)
        c.drawString(22, 715, "Federally insured by NCUA")
        y = 670
        c.setFont("Helvetica-Bold", 7)
        c.drawString(22, y, "MEMBER")
        c.setFont("Helvetica", 8.5)
        y -= 12
        for ln in [holder, *address]:
            for part in wrap(ln, "Helvetica", 8.5, 145):
                c.drawString(22, y, part)
                y -= 11
        y -= 14
        c.setFont("Helvetica-Bold", 7)
        c.drawString(22, y, "STATEMENT PERIOD")
        c.setFont("Helvetica", 8.5)
        c.drawString(22, y - 12, f"{mdy(start)} thru {mdy(end)}")
        y -= 40
        c.setFont("Helvetica-Bold", 7)
        c.drawString(22, y, "SUMMARY")
        y -= 14
        for k, v in (("Previous balance", begin), (f"Deposits ({len(dep)})", r2(sum(dep))),
                     (f"Withdrawals ({len(wdr)})", r2(-sum(wdr))), ("New balance", ending)):
            c.setFont("Helvetica", 8)
            c.drawString(22, y, k)
            c.drawRightString(165, y, money(v))
            y -= 13
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(200, 740, f"SHARE DRAFT CHECKING  -  Account ending {acct[-4:]}")
        c.setFont("Helvetica", 8)
        c.drawString(200, 727, "Statement of account  -  Page 1 of 1")
        c.setLineWidth(0.4)
        y = 700
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(200, y, "POSTED")
        c.drawString(245, y, "DESCRIPTION")
        c.drawRightString(500, y, "AMOUNT")
        c.drawRightString(572, y, "BALANCE")
        c.line(200, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(200, y, start.strftime("%m/%d"))
        c.drawString(245, y, "Previous balance")
        c.drawRightString(572, y, money(begin))
        y -= 14
        bal = begin
        for i, (d, desc, a) in enumerate(lines):
            bal = r2(bal + a)
            if i % 2 == 0:
                c.setFillGray(0.95)
                c.rect(198, y - 3.5, 376, 13, stroke=0, fill=1)
                c.setFillColor(black)
            c.drawString(200, y, d.strftime("%m/%d"))
            c.drawString(245, y, desc)
            c.drawRightString(500, y, f"{'-' if a < 0 else ''}{money(abs(a))}")
            c.drawRightString(572, y, money(bal))
            y -= 14
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(245, y - 4, "New balance")
        c.drawRightString(572, y - 4, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(200, y - 34, "Dividends on share draft accounts are paid quarterly. Report errors within 60 days.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def insurer_statement(company: str, address: str, payee: str, payee_address: Sequence[str], insured: str,
                      policy: str, year: int, month: int, begin_value: float, installment: float,
                      months_left: int) -> Statement:
    """A life insurer's monthly statement of a beneficiary's settlement-option account: the death benefit left
    with the company and paid out in fixed monthly installments with interest credited."""
    start, end = month_bounds(year, month)
    interest = r2(begin_value * 0.03 / 12)
    ending = r2(begin_value + interest - installment)
    paid_on = start + dt.timedelta(days=14)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.35, 0.33, 0.3))
        c.rect(50, 720, 34, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Times-Bold", 20)
        c.drawCentredString(67, 730, "G")
        c.setFillColor(black)
        c.setFont("Times-Bold", 16)
        c.drawString(94, 738, company)
        c.setFont("Times-Roman", 8.5)
        c.drawString(94, 725, address)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(562, 700, "SETTLEMENT OPTION ACCOUNT STATEMENT")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 688, f"Statement period {long_date(start)} - {long_date(end)}")
        y = 690
        c.setFont("Times-Roman", 10.5)
        for ln in [payee, *payee_address]:
            c.drawString(72, y, ln)
            y -= 13
        c.setLineWidth(0.5)
        rows = [("Payee (beneficiary)", payee), ("Insured (deceased)", insured), ("Policy number", policy),
                ("Settlement option", "Option 2 - installments for a fixed period"),
                ("Installment", f"${money(installment)} paid monthly"), ("Installments remaining", str(months_left))]
        y = 600
        for k, v in rows:
            c.setFont("Helvetica", 8.5)
            c.drawString(72, y, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(230, y, v)
            c.setStrokeGray(0.75)
            c.line(72, y - 4, 540, y - 4)
            y -= 16
        c.setStrokeColor(black)
        y -= 20
        c.setFont("Helvetica-Bold", 9)
        c.drawString(72, y, "ACCOUNT ACTIVITY THIS PERIOD")
        y -= 18
        acts = [(mdy(start), "Beginning account value", money(begin_value)),
                (mdy(end), "Interest credited at 3.00% guaranteed rate", money(interest)),
                (mdy(paid_on), "Monthly installment paid by direct deposit", f"({money(installment)})"),
                (mdy(paid_on), "Federal income tax withheld", "0.00"),
                (mdy(end), "Ending account value", money(ending))]
        for d, k, v in acts:
            c.setFont("Helvetica-Bold" if "account value" in k else "Helvetica", 9)
            c.drawString(72, y, d)
            c.drawString(150, y, k)
            c.drawRightString(540, y, v)
            y -= 15
        y -= 20
        paragraphs(c, 72, y, 468, [
            f"The next installment of ${money(installment)} will be deposited on "
            f"{long_date(end + dt.timedelta(days=15))}. Only the interest part of each installment is taxable; "
            "we report it to you each January on Form 1099-INT.",
            "Keep this statement with your records. Questions: Beneficiary Services, weekdays 8 a.m. to 6 p.m."],
            font="Times-Roman", size=9.5, leading=12)
        return []

    return Statement(Paper([page]), {}, end, policy, type="investment_statement")


# --- letters and papers ---------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None
    with_date: bool = True

    @property
    def fields(self) -> dict[str, Any]:
        out: dict[str, Any] = {"letter_date": self.date.isoformat()} if self.with_date else {}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def ssa_survivor_notice(widow: str, address: Sequence[str], deceased: str, date: dt.date, monthly: float,
                        since: dt.date, office: str) -> Letter:
    """Social Security's notice of award of monthly widow(er)'s benefits on a deceased worker's record."""

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.circle(82, 736, 20, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 6)
        c.drawCentredString(82, 738, "SOCIAL")
        c.drawCentredString(82, 731, "SECURITY")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(112, 744, "Social Security Administration")
        c.setFont("Helvetica", 9)
        c.drawString(112, 732, "Retirement, Survivors and Disability Insurance")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(112, 718, "Notice of Award")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(540, 744, office)
        c.drawRightString(540, 733, f"Date: {long_date(date)}")
        c.drawRightString(540, 722, "Claim Number: ***-**-" + str(1000 + (date.toordinal() * 7) % 9000) + " D")
        y = 680
        c.setFont("Times-Roman", 11)
        for ln in [widow, *address]:
            c.drawString(72, y, ln)
            y -= 13.5
        y -= 18
        y = paragraphs(c, 72, y, 468, [
            f"We are writing to tell you that you are entitled to monthly widow's benefits on the record of "
            f"{deceased} beginning {since.strftime('%B %Y')}. We are sorry for your loss.",
            "The following chart shows your benefit amount before and after any deductions. Your first payment "
            "included the benefits due for the months since your entitlement began."], size=10.5, leading=13.5)
        c.setLineWidth(0.6)
        c.rect(72, y - 58, 468, 62, stroke=1, fill=0)
        c.line(72, y - 14, 540, y - 14)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(80, y - 9, "Beginning")
        c.drawString(200, y - 9, "Benefit before deductions")
        c.drawString(380, y - 9, "Amount we will pay")
        c.setFont("Helvetica", 9.5)
        c.drawString(80, y - 32, since.strftime("%B %Y"))
        c.drawString(200, y - 32, f"${money(monthly)}")
        c.drawString(380, y - 32, f"${money(monthly)}")
        c.setFont("Helvetica", 8)
        c.drawString(80, y - 50, "Paid monthly, by direct deposit, on the third Wednesday of each month.")
        y -= 84
        y = paragraphs(c, 72, y, 468, [
            "We also paid a one-time lump-sum death payment of $255.00 to you as the surviving spouse. You do not "
            "need to do anything about this payment.",
            "Social Security benefits may be taxable. Each January we will mail you a Form SSA-1099 showing the "
            "benefits you received in the prior year, to use when you file your federal income tax return.",
            "If you disagree with this decision, you have 60 days to ask for an appeal. If you have questions, call "
            "us at 1-800-772-1213 or visit any Social Security office. Please have this letter with you."],
            size=10.5, leading=13.5)
        c.setFont("Times-Italic", 10)
        c.drawString(72, y - 10, "Social Security Administration")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def va_dic_letter(widow: str, address: Sequence[str], veteran: str, date: dt.date, monthly: float,
                  since: dt.date, file_no: str) -> Letter:
    """The VA's decision letter granting Dependency and Indemnity Compensation to a surviving spouse."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 748, "DEPARTMENT OF VETERANS AFFAIRS")
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, 735, "Pension Management Center  -  PO Box 5365, Janesville, WI 53547")
        c.setLineWidth(0.8)
        c.line(72, 727, W - 72, 727)
        c.setFont("Times-Roman", 10)
        c.drawRightString(W - 72, 710, long_date(date))
        c.drawRightString(W - 72, 697, f"In Reply Refer To: {file_no}")
        c.drawRightString(W - 72, 684, f"{veteran.upper()} (DECEASED)")
        y = 660
        c.setFont("Times-Roman", 11)
        for ln in [widow.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 22
        last = widow.split()[-1]
        y = paragraphs(c, 72, y, W - 144, [
            f"Dear Mrs. {last}:",
            "We made a decision on your claim for Dependency and Indemnity Compensation (DIC) as the surviving "
            "spouse of the Veteran named above. Your claim is granted. This letter tells you what we decided, how "
            "much you will be paid, and what to do if you disagree."], size=10.5, leading=13.5)
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, "Your Award")
        y -= 16
        c.setLineWidth(0.6)
        heads = [("Monthly Entitlement Amount", 72, 150), ("Payment Start Date", 222, 110),
                 ("Reason for Change", 332, 208)]
        c.setFillGray(0.9)
        c.rect(72, y - 4, 468, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for t, x, _ in heads:
            c.drawString(x + 4, y + 1, t)
        c.rect(72, y - 22, 468, 18, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        c.drawString(76, y - 16, f"${money(monthly)}")
        c.drawString(226, y - 16, mdy(since))
        c.drawString(336, y - 16, "Original award - surviving spouse DIC")
        y -= 44
        y = paragraphs(c, 72, y, W - 144, [
            "We pay DIC monthly, on the first business day of the month, for the month before. DIC is a tax-free "
            "benefit: you do not report it as income on your federal tax return.",
            "We granted DIC because the evidence shows the Veteran's death was related to a service-connected "
            "condition. You must tell us right away if you remarry before age 55, because your entitlement may end.",
            "If you disagree with our decision, you have one year from the date of this letter to request a review. "
            "If you have questions, call us at 1-800-827-1000."], size=10.5, leading=13.5)
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, y - 6, "Sincerely yours,")
        c.drawString(72, y - 40, "Veterans Service Center Manager")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_nontaxable")


def dhs_cash_notice(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date,
                    case_no: str) -> Letter:
    """A state human services department's notice approving monthly family cash assistance (TANF)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.1, 0.12))
        c.rect(0, 752, W, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 770, "COMMONWEALTH OF PENNSYLVANIA  -  DEPARTMENT OF HUMAN SERVICES")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 759, "Berks County Assistance Office  -  2640 Fairview Court, Reading, PA 19606")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(40, 722, "NOTICE OF ELIGIBILITY - CASH ASSISTANCE (TANF)")
        c.setFont("Helvetica", 9)
        c.drawString(40, 708, f"Notice date: {mdy(date)}     Case number: {case_no}")
        y = 680
        c.setFont("Helvetica", 10)
        for ln in [person, *address]:
            c.drawString(40, y, ln)
            y -= 12.5
        y -= 20
        y = paragraphs(c, 40, y, 532, [
            "Your application for cash assistance for yourself and your children has been APPROVED. You will "
            "receive the amount shown below every month, deposited to your ACCESS card, as long as you remain "
            "eligible and meet the program's requirements.",
            "The amount was figured from your household size (3), your earned income and your shelter costs."],
            font="Helvetica", size=9.5, leading=12.5)
        c.setLineWidth(0.8)
        c.rect(40, y - 52, 532, 56, stroke=1, fill=0)
        rows = [("Monthly cash assistance amount", f"${money(monthly)}"), ("Frequency", "Monthly"),
                ("Effective date", mdy(since))]
        yy = y - 12
        for k, v in rows:
            c.setFont("Helvetica", 9.5)
            c.drawString(50, yy, k)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(300, yy, v)
            yy -= 16
        y -= 80
        paragraphs(c, 40, y, 532, [
            "You must report changes in income, household members or address within 10 days. Your eligibility will "
            "be renewed in 12 months.",
            "If you disagree with this decision you may appeal within 30 days of the notice date."],
            font="Helvetica", size=9.5, leading=12.5)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def death_certificate(state: str, county: str, name: str, sex: str, born: dt.date, died: dt.date, place: str,
                      residence: str, spouse: str, informant: str, occupation: str, filed: dt.date,
                      number: str) -> Letter:
    """A certified copy of a state death certificate: numbered boxes, the registrar's certification."""

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(36, 36, W - 72, H - 72, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.rect(41, 41, W - 82, H - 82, stroke=1, fill=0)
        c.setFont("Times-Bold", 14)
        c.drawCentredString(W / 2, 726, f"STATE OF {state.upper()}")
        c.setFont("Times-Roman", 10)
        c.drawCentredString(W / 2, 712, "DEPARTMENT OF HEALTH  -  VITAL RECORDS")
        c.setFont("Times-Bold", 18)
        c.drawCentredString(W / 2, 688, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 8)
        c.drawString(60, 668, f"State file number {number}")
        c.drawRightString(W - 60, 668, "CERTIFIED COPY")
        boxes = [
            [("1. DECEDENT'S LEGAL NAME", name, 330), ("2. SEX", sex, 70), ("3. DATE OF DEATH", mdy(died), 92)],
            [("4. AGE", str(died.year - born.year - ((died.month, died.day) < (born.month, born.day))), 60),
             ("5. DATE OF BIRTH", mdy(born), 100), ("6. USUAL OCCUPATION", occupation, 170),
             ("7. MARITAL STATUS", "Married", 162)],
            [("8. PLACE OF DEATH", place, 492)],
            [("9. RESIDENCE", residence, 492)],
            [("10. SURVIVING SPOUSE", spouse, 246), ("11. INFORMANT", informant, 246)],
            [("12. MANNER OF DEATH", "Natural", 160), ("13. COUNTY OF DEATH", county, 160),
             ("14. DATE FILED", mdy(filed), 172)],
        ]
        y = 620
        for row in boxes:
            x = 60.0
            for cap, val, wd in row:
                c.rect(x, y, wd, 34, stroke=1, fill=0)
                c.setFont("Helvetica", 6.5)
                c.drawString(x + 3, y + 25, cap)
                c.setFont("Courier-Bold", 10)
                c.drawString(x + 6, y + 8, val)
                x += wd
            y -= 34
        y -= 30
        paragraphs(c, 60, y, W - 120, [
            "I certify that this is a true and correct copy of the record on file with the Vital Records Office. "
            "This copy is valid only when it bears the raised seal of the State Registrar."],
            font="Times-Italic", size=10, leading=13)
        c.setLineWidth(0.6)
        c.circle(130, 150, 38, stroke=1, fill=0)
        c.setFont("Times-Bold", 7)
        c.drawCentredString(130, 152, "SEAL OF THE")
        c.drawCentredString(130, 143, "STATE REGISTRAR")
        c.line(330, 150, 530, 150)
        draw_signature_vector(c, Mark("sig", 350, 152, w=140, seed=int(number[-3:])), black)
        c.setFont("Times-Roman", 9)
        c.drawString(330, 138, "State Registrar of Vital Records")
        c.drawString(330, 126, f"Issued {mdy(filed + dt.timedelta(days=9))}")
        return []

    return Letter(Paper([page]), "death_certificate", filed, with_date=False)


def obituary_clipping(paper_name: str, date: dt.date, page_ref: str, name: str, born: dt.date, died: dt.date,
                      paras: Sequence[str]) -> Letter:
    """A newspaper obituary page: masthead strip, the name in a bold headline, the text in two narrow columns."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 9)
        c.drawString(60, 750, paper_name.upper())
        c.drawCentredString(W / 2, 750, f"{date.strftime('%A')}, {long_date(date)}")
        c.drawRightString(W - 60, 750, page_ref)
        c.setLineWidth(1.5)
        c.line(60, 744, W - 60, 744)
        c.setFont("Times-Bold", 26)
        c.drawString(60, 712, "Obituaries")
        c.setLineWidth(0.5)
        c.line(60, 704, W - 60, 704)
        c.setFont("Times-Bold", 16)
        c.drawString(60, 680, name)
        c.setFont("Times-Italic", 10)
        c.drawString(60, 666, f"{long_date(born)} - {long_date(died)}")
        col_w = (W - 120 - 18) / 2
        lines: list[str] = []
        for para in paras:
            lines += wrap(para, "Times-Roman", 9.5, col_w)
            lines.append("")
        half = (len(lines) + 1) // 2
        for col, part in enumerate((lines[:half], lines[half:])):
            y = 646
            c.setFont("Times-Roman", 9.5)
            for ln in part:
                c.drawString(60 + col * (col_w + 18), y, ln)
                y -= 11.8
        c.line(60 + col_w + 9, 650, 60 + col_w + 9, 646 - half * 11.8)
        return []

    return Letter(Paper([page]), "obituary", date, with_date=False)


def letters_of_administration(parish: str, district: str, decedent: str, died: dt.date, administrator: str,
                              date: dt.date, docket: str) -> Letter:
    """A Louisiana district court's letters of administration in a succession (not a death certificate)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 730, f"{district.upper()} JUDICIAL DISTRICT COURT")
        c.drawCentredString(W / 2, 715, f"PARISH OF {parish.upper()}  -  STATE OF LOUISIANA")
        c.setFont("Times-Roman", 11)
        c.drawString(72, 680, f"SUCCESSION OF {decedent.upper()}")
        c.drawRightString(W - 72, 680, f"PROBATE NO. {docket}")
        c.line(72, 672, W - 72, 672)
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 640, "LETTERS OF ADMINISTRATION")
        paragraphs(c, 72, 606, W - 144, [
            "STATE OF LOUISIANA, to all whom these presents may come, greeting:",
            f"WHEREAS {decedent}, late of the Parish of {parish}, departed this life on or about {long_date(died)}, "
            "leaving property in this State; and whereas the Court has, by order duly rendered, appointed "
            f"{administrator} as administratrix of the succession, and said administratrix has taken the oath "
            "required by law;",
            f"NOW, THEREFORE, {administrator} is hereby authorized and empowered to take possession of and "
            "administer the property of the succession, to collect its debts and to pay its obligations, according "
            "to law, until further orders of this Court.",
            f"GIVEN under my hand and the seal of this Court on {long_date(date)}."], size=11, leading=15)
        c.line(330, 250, 540, 250)
        draw_signature_vector(c, Mark("sig", 345, 252, w=150, seed=int(docket[-3:])), black)
        c.setFont("Times-Roman", 10)
        c.drawString(330, 238, "Deputy Clerk of Court")
        c.circle(150, 260, 40, stroke=1, fill=0)
        c.setFont("Times-Bold", 7)
        c.drawCentredString(150, 262, "SEAL OF THE")
        c.drawCentredString(150, 253, "DISTRICT COURT")
        return []

    return Letter(Paper([page]), "other", date, with_date=False)


def agency_letter(head: str, sub: str, date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], kind: str = "other") -> Letter:
    """A typed letter on a small agency's letterhead (re-entry program, corrections department)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 738, head)
        c.setFont("Helvetica", 8.5)
        c.drawString(72, 725, sub)
        c.setLineWidth(0.5)
        c.line(72, 718, W - 72, 718)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 664
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y = paragraphs(c, 72, y - 24, W - 144, paras)
        c.setFont("Times-Roman", 11)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Letter(Paper([page]), kind, date, with_date=False)


def hardship_letter(writer: str, address: Sequence[str], loan: str, date: dt.date, servicer: str,
                    paras: Sequence[str], ink: bool, seed: int, co_writer: str | None = None) -> Paper:
    """A borrower's typed hardship letter, block style; signed in ink only when it was printed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 10.5)
        y = 728
        c.drawString(72, y, long_date(date))
        y -= 30
        c.drawString(72, y, servicer)
        c.drawString(72, y - 13, "Attn: Loss Mitigation / Homeowner Assistance")
        y -= 44
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, f"RE: Letter of hardship for loan {loan}")
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 14, "Property: " + ", ".join(address))
        y = paragraphs(c, 72, y - 42, W - 144, ["Dear Sir or Madam,", *paras], font="Helvetica", size=10.5,
                       leading=14, gap=9)
        c.drawString(72, y - 2, "Respectfully,")
        marks: list[Mark] = []
        names = [writer] + ([co_writer] if co_writer else [])
        for i, nm in enumerate(names):
            x = 72 + i * 240
            c.drawString(x, y - 52, nm)
            if ink:
                marks.append(Mark("sig", x, y - 40, w=140, seed=seed + i))
        return marks

    return Paper([page])


def fax_cover(sender: str, sender_phone: str, sender_fax: str, to: str, to_fax: str, when: dt.date, pages: int,
              note: Sequence[str]) -> Paper:
    """A printed FACSIMILE cover sheet with a ruled grid, filled by hand."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 34)
        c.drawString(60, 700, "facsimile")
        c.setFont("Helvetica", 9)
        c.drawRightString(W - 60, 712, sender)
        c.drawRightString(W - 60, 700, f"Tel {sender_phone}   Fax {sender_fax}")
        c.setLineWidth(3)
        c.line(60, 688, W - 60, 688)
        c.setLineWidth(0.6)
        grid = [("TO", to), ("FAX", to_fax), ("FROM", sender), ("DATE", mdy(when)),
                ("PAGES (incl. cover)", str(pages)), ("RE", note[0])]
        y = 650
        marks: list[Mark] = []
        for i, (k, v) in enumerate(grid):
            c.setFont("Helvetica-Bold", 9)
            c.drawString(60, y + 6, k)
            c.line(180, y, W - 60, y)
            marks.append(Mark("hand", 186, y + 4, v, size=12, seed=900 + i))
            y -= 30
        c.setFont("Helvetica-Bold", 9)
        c.drawString(60, y - 10, "COMMENTS")
        c.rect(60, y - 150, W - 120, 130, stroke=1, fill=0)
        for j, ln in enumerate(note[1:]):
            marks.append(Mark("hand", 72, y - 44 - j * 22, ln, size=12, seed=950 + j))
        c.setFont("Helvetica", 7.5)
        c.drawString(60, 110, "CONFIDENTIAL: this transmission is intended only for the addressee. If you received it "
                              "in error, please call the sender.")
        return marks

    return Paper([page])


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 22)
        c.drawCentredString(W / 2, 690, "PACKET SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawCentredString(W / 2, 670, "Mail services - one sheet in front of each borrower's papers")
        c.drawImage(ImageReader(code), W / 2 - 170, 500, width=340, height=95)
        c.setFont("Courier-Bold", 14)
        c.drawCentredString(W / 2, 476, f"LOAN {loan}")
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class Member:
    role: str  # Borrower | Co-borrower | Household member
    name: str
    income: dict[str, float]
    sources: dict[str, str] = field(default_factory=dict)


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
    members: list[Member]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    explanation: str = ""
    deceased: str | None = None  # a successor in interest applies for a deceased borrower's loan
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    checking: float = 0.0
    savings: float = 0.0
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for m in self.members:
            for k, v in m.income.items():
                if v > 0:
                    out[k] = r2(out.get(k, 0.0) + v)
        return out

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.income)
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


# (1) a servicer's web portal, printed from the browser ---------------------------------------------------------

INK = Color(0.11, 0.14, 0.2)
MUTED = Color(0.42, 0.46, 0.52)
BORDER = Color(0.8, 0.83, 0.87)
ACCENT = Color(0.05, 0.4, 0.55)


@dataclass
class Wgt:
    """One element of a portal card: kind decides how it is measured and drawn."""

    kind: str  # text | select | money | date | radio | checks | area | note | sig | row | total
    label: str = ""
    value: Any = None
    options: Sequence[Any] = ()
    parts: Sequence[Wgt] = ()
    weights: Sequence[float] = ()
    marks: list[Mark] = field(default_factory=list)

    def height(self, w: float) -> float:
        if self.kind in ("text", "select", "money", "date"):
            return 34.0
        if self.kind == "total":
            return 30.0
        if self.kind == "radio":
            return 30.0 if len(self.options) <= 3 else 16.0 + 13.0 * len(self.options)
        if self.kind == "checks":
            return 16.0 + 13.0 * math.ceil(len(self.options) / 2)
        if self.kind == "area":
            return 18.0 + 11.0 * max(2, len(wrap(str(self.value or ""), "Helvetica", 8.5, w - 12))) + 8
        if self.kind == "note":
            return 10.0 * len(wrap(self.label, "Helvetica", 7.5, w)) + 4
        if self.kind == "sig":
            return 74.0
        if self.kind == "row":
            return max(p.height(w / len(self.parts)) for p in self.parts)
        raise ValueError(self.kind)

    def draw(self, c: Canvas, x: float, top: float, w: float) -> list[Mark]:
        k = self.kind
        marks: list[Mark] = []
        if k == "row":
            total = sum(self.weights) if self.weights else len(self.parts)
            xx = x
            for i, p in enumerate(self.parts):
                pw = (w + 10) * (self.weights[i] if self.weights else 1) / total - 10
                marks += p.draw(c, xx, top, pw)
                xx += pw + 10
            return marks
        c.setFillColor(MUTED)
        c.setFont("Helvetica", 7.5)
        if k not in ("note", "total"):
            c.drawString(x, top - 8, self.label)
        c.setFillColor(INK)
        if k in ("text", "select", "money", "date"):
            by = top - 32
            c.setStrokeColor(BORDER)
            c.setLineWidth(0.8)
            c.roundRect(x, by, w, 20, 3, stroke=1, fill=0)
            tx = x + 6
            if k == "money":
                c.setFillColor(Color(0.93, 0.94, 0.96))
                c.roundRect(x, by, 18, 20, 3, stroke=1, fill=1)
                c.setFillColor(MUTED)
                c.setFont("Helvetica", 9)
                c.drawCentredString(x + 9, by + 6.5, "$")
                c.setFillColor(INK)
                tx = x + 24
            val = "" if self.value is None else str(self.value)
            c.setFont("Helvetica", 9.5)
            if k == "money":
                if val:
                    c.drawRightString(x + w - 7, by + 6.5, val)
            else:
                c.drawString(tx, by + 6.5, val)
            if k == "select":
                c.setStrokeColor(BORDER)
                c.line(x + w - 20, by + 3, x + w - 20, by + 17)
                c.setFillColor(MUTED)
                p = c.beginPath()
                p.moveTo(x + w - 14, by + 12)
                p.lineTo(x + w - 6, by + 12)
                p.lineTo(x + w - 10, by + 7)
                p.close()
                c.drawPath(p, stroke=0, fill=1)
            if k == "date":
                c.setStrokeColor(MUTED)
                c.setLineWidth(0.6)
                c.rect(x + w - 17, by + 5, 10, 9, stroke=1, fill=0)
                c.line(x + w - 17, by + 11.5, x + w - 7, by + 11.5)
                c.line(x + w - 14.5, by + 13, x + w - 14.5, by + 15.5)
                c.line(x + w - 9.5, by + 13, x + w - 9.5, by + 15.5)
            c.setStrokeColor(black)
            c.setFillColor(INK)
        elif k == "total":
            c.setFillColor(Color(0.92, 0.96, 0.97))
            c.setStrokeColor(ACCENT)
            c.roundRect(x, top - 28, w, 24, 3, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont("Helvetica-Bold", 9.5)
            c.drawString(x + 8, top - 19, self.label)
            c.drawRightString(x + w - 8, top - 19, f"${self.value}")
            c.setStrokeColor(black)
        elif k == "radio":
            inline = len(self.options) <= 3
            xx, yy = x + 5, top - 22
            for opt in self.options:
                c.setStrokeColor(MUTED)
                c.setLineWidth(0.8)
                c.setFillColor(white)
                c.circle(xx, yy + 3, 4.5, stroke=1, fill=1)
                if opt == self.value:
                    c.setFillColor(ACCENT)
                    c.circle(xx, yy + 3, 2.3, stroke=0, fill=1)
                c.setFillColor(INK)
                c.setFont("Helvetica", 8.5)
                c.drawString(xx + 9, yy, str(opt))
                if inline:
                    xx += 22 + stringWidth(str(opt), "Helvetica", 8.5)
                else:
                    yy -= 13
            c.setStrokeColor(black)
        elif k == "checks":
            half = math.ceil(len(self.options) / 2)
            for i, (key, text) in enumerate(self.options):
                col, row = divmod(i, half)
                xx = x + col * (w / 2)
                yy = top - 22 - row * 13
                on = key in (self.value or ())
                c.setLineWidth(0.8)
                c.setStrokeColor(ACCENT if on else MUTED)
                c.setFillColor(ACCENT if on else white)
                c.roundRect(xx, yy - 1, 8, 8, 1.5, stroke=1, fill=1)
                if on:
                    c.setStrokeColor(white)
                    c.setLineWidth(1.3)
                    p = c.beginPath()
                    p.moveTo(xx + 1.8, yy + 3)
                    p.lineTo(xx + 3.5, yy + 1.2)
                    p.lineTo(xx + 6.4, yy + 5.6)
                    c.drawPath(p, stroke=1, fill=0)
                c.setFillColor(INK)
                c.setFont("Helvetica", 7.8)
                short = text if stringWidth(text, "Helvetica", 7.8) < w / 2 - 16 else \
                    wrap(text, "Helvetica", 7.8, w / 2 - 22)[0] + "..."
                c.drawString(xx + 12, yy, short)
            c.setStrokeColor(black)
        elif k == "area":
            lines = wrap(str(self.value or ""), "Helvetica", 8.5, w - 12)
            hh = 11.0 * max(2, len(lines)) + 8
            c.setStrokeColor(BORDER)
            c.setLineWidth(0.8)
            c.roundRect(x, top - 14 - hh, w, hh, 3, stroke=1, fill=0)
            c.setFont("Helvetica", 8.5)
            for i, ln in enumerate(lines):
                c.drawString(x + 6, top - 24 - i * 11, ln)
            c.setStrokeColor(black)
        elif k == "note":
            c.setFillColor(MUTED)
            c.setFont("Helvetica", 7.5)
            for i, ln in enumerate(wrap(self.label, "Helvetica", 7.5, w)):
                c.drawString(x, top - 8 - i * 10, ln)
            c.setFillColor(INK)
        elif k == "sig":
            c.setStrokeColor(BORDER)
            c.setLineWidth(0.8)
            c.roundRect(x, top - 58, w, 46, 3, stroke=1, fill=0)
            c.setStrokeColor(MUTED)
            c.setDash(1, 2)
            c.line(x + 14, top - 46, x + w - 14, top - 46)
            c.setDash()
            c.setFont("Helvetica", 9)
            c.setFillColor(MUTED)
            c.drawString(x + 6, top - 50, "x")
            c.setFont("Helvetica", 7)
            signer, signed = self.value
            c.drawString(x, top - 68, f"Drawn signature - {signer}" if signed else
                         "No co-borrower" if signer is None else f"Not signed - {signer}")
            c.setFillColor(INK)
            c.setStrokeColor(black)
            if signed:
                marks.append(Mark("sig", x + 20, top - 46, w=min(170.0, w - 40), seed=self.options[0]))
        return marks


@dataclass
class Card:
    title: str
    items: list[Wgt]
    full: bool = False

    def height(self, w: float) -> float:
        return 30 + sum(i.height(w - 20) + 7 for i in self.items) + 4


def draw_card(c: Canvas, card: Card, x: float, top: float, w: float, h: float) -> list[Mark]:
    c.setStrokeColor(BORDER)
    c.setLineWidth(0.9)
    c.setFillColor(white)
    c.roundRect(x, top - h, w, h, 5, stroke=1, fill=1)
    c.setFillColor(INK)
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(x + 10, top - 17, card.title)
    c.line(x, top - 24, x + w, top - 24)
    c.setStrokeColor(black)
    y = top - 32
    marks: list[Mark] = []
    for item in card.items:
        marks += item.draw(c, x + 10, y, w - 20)
        y -= item.height(w - 20) + 7
    return marks


@dataclass
class Portal:
    servicer: str
    short: str
    host: str
    user: str
    app_id: str
    printed: dt.datetime


def portal_app(app: App, portal: Portal) -> Paper:
    """The servicer's online assistance application as printed from the browser on its review page: the
    browser's date/time and page title at the top margin, the address and "Page n of 3" at the bottom, a site
    bar and a progress stepper, then a responsive two-column grid of cards holding the answers in inputs."""
    title = f"Review your application | {portal.short} Homeowner Assistance"
    url = f"https://{portal.host}/assistance/application/{portal.app_id}/review"
    yes_no = ("Yes", "No")
    page1 = [
        [Card("Loan", [Wgt("text", "Loan number", app.loan),
                       Wgt("radio", "Are you applying as a successor in interest (heir of a deceased borrower)?",
                           "Yes" if app.deceased else "No", yes_no),
                       Wgt("text", "Name of the deceased borrower (successors only)", app.deceased or "")]),
         Card("Borrower", [Wgt("text", "Full legal name", app.borrower),
                           Wgt("text", "Social Security number (last 4 digits)", f"***-**-{app.ssn[-4:]}"),
                           Wgt("row", parts=[Wgt("text", "Mobile phone", app.phone),
                                             Wgt("select", "Preferred contact", "Mobile phone")])])],
        [Card("Co-borrower", [Wgt("radio", "Is there a co-borrower on this loan?", "Yes" if app.co else "No",
                                  yes_no),
                              Wgt("text", "Co-borrower's full legal name", app.co or ""),
                              Wgt("text", "Co-borrower's SSN (last 4 digits)",
                                  f"***-**-{app.co_ssn[-4:]}" if app.co_ssn else "")]),
         Card("Contact", [Wgt("text", "E-mail address", app.email),
                          Wgt("radio", "May we text you about this application?", "Yes", yes_no),
                          Wgt("note", "We will send updates about your application to this e-mail address and "
                                      "through your secure message center.")])],
        [Card("Property", [Wgt("text", "Street address", app.street),
                           Wgt("row", parts=[Wgt("text", "City", app.city), Wgt("select", "State", app.state),
                                             Wgt("text", "ZIP code", app.zip)], weights=(2.2, 1.0, 1.0)),
                           Wgt("row", parts=[Wgt("select", "How is the property used?", OCC_LABELS[app.occupancy]),
                                             Wgt("select", "Who lives there?", "Owner occupied"
                                                 if app.occupancy == "primary_residence" else "Vacant")]),
                           Wgt("radio", "Is the property listed for sale?", "No", yes_no)], full=True)],
    ]
    inc = app.income
    money_rows = [Wgt("money", INCOME_LABELS[k], money(inc[k]) if inc.get(k) else None) for k in INCOMES]
    page2 = [
        [Card("Hardship", [Wgt("checks", "What caused your hardship? Select all that apply.", set(app.hardships),
                               [(h, HARDSHIP_LABELS[h]) for h in HARDSHIPS]),
                           Wgt("row", parts=[Wgt("date", "When did the hardship begin?",
                                                 mdy(app.start) if app.start else ""),
                                             Wgt("select", "How long do you expect it to last?",
                                                 DURATION_LABELS[app.duration])]),
                           Wgt("text", "If other, describe", app.other_text),
                           Wgt("area", "Tell us about your hardship", app.explanation)], full=True)],
        [Card("Monthly household income (before taxes)",
              [Wgt("row", parts=[money_rows[i], money_rows[i + 1]]) for i in range(0, 8, 2)]
              + [Wgt("total", "Total monthly household income", money(app.total))], full=True)],
    ]
    page3 = [
        [Card("Assets", [Wgt("money", "Checking accounts and cash on hand", money(app.checking)),
                         Wgt("money", "Savings, money market and CDs", money(app.savings)),
                         Wgt("note", "Do not include retirement accounts or college savings plans.")]),
         Card("Other liens", [Wgt("radio", "Are there other liens on the property?", "No", yes_no),
                              Wgt("text", "Lien holder", ""), Wgt("money", "Balance", None)])],
        [Card("Certification", [Wgt("note", "By signing below I certify that all of the information in this "
                                            "application is truthful and that the hardship I identified "
                                            "contributed to my need for mortgage relief. I understand that knowingly "
                                            "submitting false information may violate federal and state law. I "
                                            "consent to being contacted at the phone numbers and e-mail address I "
                                            "gave, and I authorize a credit report for each borrower.")],
              full=True)],
        [Card("Borrower signature", [Wgt("sig", "Draw your signature", (app.borrower, app.b_signs), (app.seed,)),
                                     Wgt("date", "Date signed", mdy(app.signed_on) if app.b_dates else "")]),
         Card("Co-borrower signature",
              [Wgt("sig", "Draw your signature", (app.co, bool(app.co) and app.co_signs),
                   (app.seed + 1,)),
               Wgt("date", "Date signed", mdy(app.signed_on) if app.co and app.co_signs else "")])],
    ]

    def chrome(c: Canvas, n: int) -> None:
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(28, H - 18, portal.printed.strftime("%-m/%-d/%y, %-I:%M %p"))
        c.drawCentredString(W / 2 + 40, H - 18, title)
        c.drawString(28, 22, url)
        c.drawRightString(W - 28, 22, f"Page {n} of 3")
        c.setFillColor(Color(0.07, 0.2, 0.3))
        c.rect(36, 716, 540, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(48, 729, portal.short)
        c.setFont("Helvetica", 8)
        c.drawString(50 + stringWidth(portal.short, "Helvetica-Bold", 13), 729, "Loan Servicing")
        c.drawRightString(566, 736, "My loan    Payments    Get help    Documents    Sign out")
        c.setFont("Helvetica", 7)
        c.drawRightString(566, 724, f"Signed in as {portal.user}")
        steps = ["Borrower", "Property", "Hardship", "Income", "Review & submit"]
        for i, s in enumerate(steps):
            cx = 80 + i * 112
            c.setFillColor(ACCENT)
            c.circle(cx, 694, 7, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7)
            c.drawCentredString(cx, 691.5, str(i + 1))
            c.setFillColor(INK)
            c.setFont("Helvetica", 7.5)
            c.drawCentredString(cx, 680, s)
            if i < 4:
                c.setStrokeColor(ACCENT)
                c.setLineWidth(1.5)
                c.line(cx + 10, 694, cx + 102, 694)
        c.setStrokeColor(black)
        c.setFillColor(INK)

    def grid(c: Canvas, rows: list[list[Card]], top: float) -> list[Mark]:
        marks: list[Mark] = []
        for row in rows:
            if len(row) == 1:
                h = row[0].height(540)
                marks += draw_card(c, row[0], 36, top, 540, h)
            else:
                h = max(cd.height(265) for cd in row)
                for i, cd in enumerate(row):
                    marks += draw_card(c, cd, 36 + i * 275, top, 265, h)
            top -= h + 12
        return marks

    def p1(c: Canvas) -> list[Mark]:
        chrome(c, 1)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(36, 648, "Mortgage Assistance Application")
        c.setFont("Helvetica", 8.5)
        c.setFillColor(MUTED)
        c.drawString(36, 634, f"Application ID {portal.app_id}  -  Review your answers before you submit. "
                              "Everything you entered is shown below.")
        c.setFillColor(INK)
        return grid(c, page1, 622)

    def p2(c: Canvas) -> list[Mark]:
        chrome(c, 2)
        return grid(c, page2, 664)

    def p3(c: Canvas) -> list[Mark]:
        chrome(c, 3)
        marks = grid(c, page3, 664)
        c.setFillColor(Color(0.9, 0.97, 0.92))
        c.setStrokeColor(Color(0.2, 0.55, 0.3))
        c.roundRect(36, 70, 540, 34, 4, stroke=1, fill=1)
        c.setFillColor(Color(0.1, 0.4, 0.2))
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(48, 90, "Submitted")
        c.setFont("Helvetica", 8)
        c.drawString(48, 78, f"We received your application {portal.app_id} on {mdy(portal.printed.date())} at "
                             f"{portal.printed.strftime('%-I:%M %p')}. Upload your documents in Documents.")
        c.setStrokeColor(black)
        c.setFillColor(INK)
        return marks

    return Paper([p1, p2, p3])


# (2) a servicer's form answered in a three-column table ---------------------------------------------------------

TABLE_INCOME = {"wages": "Wages, salary, overtime, tips", "self_employment": "Self-employment",
                "unemployment": "Unemployment benefits", "benefits_taxable": "Taxable SS, pension, death benefits",
                "benefits_nontaxable": "Non-taxable SS or disability", "rental": "Rental income (net)",
                "investment": "Investment or insurance", "other": "Other (alimony, support, other)"}
TABLE_HARDSHIP = {"unemployment": "Unemployment", "reduction_in_income": "Reduction in income",
                  "increase_in_housing_expenses": "Increase in housing expenses", "disaster": "Disaster",
                  "disability_or_illness": "Disability or illness", "divorce_or_separation": "Divorce or legal "
                  "separation", "separation_unmarried": "Separation of unmarried borrowers",
                  "death": "Death of a borrower or wage earner", "relocation": "Relocation for employment",
                  "other": "Other"}


def table_form(app: App, servicer: str, address: str, form_id: str) -> Paper:
    """The servicer's "Borrower Assistance Form": every question a row of a ruled table - its number in column 1,
    the question in column 2, the typed answer in column 3; the income as a sub-table per household member.
    Typed on a computer, printed, signed and dated in ink."""
    x0, x1, x2, x3 = 40.0, 66.0, 286.0, 572.0

    def head(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 748, servicer)
        c.setFont("Helvetica", 8)
        c.drawString(40, 737, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 748, "BORROWER ASSISTANCE FORM")
        c.setFont("Helvetica", 8)
        c.drawRightString(572, 737, f"Form {form_id}  -  Page {n} of 2")
        c.setLineWidth(1.5)
        c.line(40, 730, 572, 730)

    def header_row(c: Canvas, y: float) -> float:
        c.setFillColor(Color(0.2, 0.24, 0.3))
        c.rect(x0, y - 16, x3 - x0, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0 + 4, y - 11, "NO.")
        c.drawString(x1 + 4, y - 11, "QUESTION")
        c.drawString(x2 + 4, y - 11, "ANSWER (type or print)")
        c.setFillColor(black)
        return y - 16

    def row(c: Canvas, y: float, num: str, question: str, answer: Sequence[str] | str,
            min_h: float = 22.0) -> float:
        q = wrap(question, "Helvetica", 8, x2 - x1 - 8)
        a = [answer] if isinstance(answer, str) else list(answer)
        a_lines: list[str] = []
        for part in a:
            a_lines += wrap(part, "Courier", 9.5, x3 - x2 - 10) or [""]
        h = max(min_h, 10.0 * len(q) + 10, 12.0 * len(a_lines) + 10)
        c.setLineWidth(0.6)
        c.rect(x0, y - h, x3 - x0, h, stroke=1, fill=0)
        c.line(x1, y, x1, y - h)
        c.line(x2, y, x2, y - h)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0 + 5, y - 13, num)
        c.setFont("Helvetica", 8)
        for i, ln in enumerate(q):
            c.drawString(x1 + 4, y - 12 - i * 10, ln)
        c.setFont("Courier", 9.5)
        for i, ln in enumerate(a_lines):
            c.drawString(x2 + 5, y - 13 - i * 12, ln)
        return y - h

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        paragraphs(c, 40, 716, 532, [
            "Answer every question in the ANSWER column. Write \"None\" where a question does not apply. Sign and "
            "date page 2; every borrower named in questions 2 and 4 must sign. Return the form with the documents "
            "listed in our checklist."], font="Helvetica", size=8, leading=10)
        y = header_row(c, 692)
        hard = "; ".join(TABLE_HARDSHIP[h] + (f" - {app.other_text}" if h == "other" and app.other_text else "")
                         for h in HARDSHIPS if h in app.hardships)
        rows: list[tuple[str, str, Sequence[str] | str]] = [
            ("1", "Loan number", app.loan),
            ("2", "Borrower's full legal name", app.borrower),
            ("3", "Borrower's Social Security number (last four digits only)", app.ssn[-4:]),
            ("4", "Co-borrower's full legal name (write None if there is no co-borrower)", app.co or "None"),
            ("5", "Co-borrower's Social Security number (last four digits only)",
             (app.co_ssn or "")[-4:] or "None"),
            ("6", "Address of the property that secures the loan (street, city, state, ZIP)",
             [app.street, f"{app.city}, {app.state} {app.zip}"]),
            ("7", "Best phone number and e-mail address", [app.phone, app.email]),
            ("8", "How is the property occupied? Answer: Primary residence, Second home or Investment property",
             OCC_LABELS[app.occupancy]),
            ("9", "Reason(s) for your hardship. Write every one that applies using these words: Unemployment; "
                  "Reduction in income; Increase in housing expenses; Disaster; Disability or illness; Divorce or "
                  "legal separation; Separation of unmarried borrowers; Death of a borrower or wage earner; "
                  "Relocation for employment; Other (explain)", hard),
            ("10", "Date the hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else ""),
            ("11", "Is the hardship short-term (6 months or less), long-term or permanent, or resolved?",
             {"short": "Short-term", "long": "Long-term or permanent", "resolved": "Resolved"}[app.duration]),
            ("12", "In your own words, what happened?", app.explanation),
        ]
        for num, q, a in rows:
            y = row(c, y, num, q, a)
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        c.setFont("Helvetica", 8)
        c.drawString(40, 716, f"Loan number: {app.loan}")
        y = header_row(c, 706)
        # question 13: the income sub-tables
        blocks = []
        for m in app.members:
            blocks.append(m)
        sub_h = sum(13 + 11 * len(INCOMES) + 23 for _ in blocks) + 8
        q = wrap("Gross monthly income of each household member before taxes and deductions. Use one block per "
                 "person; show the source (employer, agency or payer) of each amount. Leave a line blank if the "
                 "person has no income of that type.", "Helvetica", 8, x2 - x1 - 8)
        h = max(sub_h, 10 * len(q) + 10)
        c.setLineWidth(0.6)
        c.rect(x0, y - h, x3 - x0, h, stroke=1, fill=0)
        c.line(x1, y, x1, y - h)
        c.line(x2, y, x2, y - h)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0 + 5, y - 13, "13")
        c.setFont("Helvetica", 8)
        for i, ln in enumerate(q):
            c.drawString(x1 + 4, y - 12 - i * 10, ln)
        sy = y - 6
        sx = x2 + 5
        for m in blocks:
            c.setFillGray(0.88)
            c.rect(sx, sy - 13, x3 - sx - 5, 13, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(sx + 3, sy - 9.5, f"{m.role.upper()}:")
            c.setFont("Courier-Bold", 9)
            c.drawString(sx + 8 + stringWidth(f"{m.role.upper()}:", "Helvetica-Bold", 7.5), sy - 9.5, m.name)
            sy -= 13
            for k in INCOMES:
                amt = m.income.get(k, 0.0)
                c.setLineWidth(0.3)
                c.rect(sx, sy - 11, x3 - sx - 5, 11, stroke=1, fill=0)
                c.line(sx + 122, sy, sx + 122, sy - 11)
                c.line(sx + 206, sy, sx + 206, sy - 11)
                c.setFont("Helvetica", 6.8)
                c.drawString(sx + 2, sy - 8, TABLE_INCOME[k])
                if amt > 0:
                    src = m.sources.get(k, "")
                    while stringWidth(src, "Courier", 7.5) > 80:
                        src = src[:-1]
                    c.setFont("Courier", 7.5)
                    c.drawString(sx + 125, sy - 8.5, src)
                    c.setFont("Courier-Bold", 8.5)
                    c.drawRightString(x3 - 8, sy - 8.5, f"${money(amt)}")
                sy -= 11
            sub = r2(sum(v for v in m.income.values() if v > 0))
            c.setFont("Helvetica-Bold", 7)
            c.drawString(sx + 124, sy - 9, "Person's total")
            c.setFont("Courier-Bold", 8.5)
            c.drawRightString(x3 - 8, sy - 9, f"${money(sub)}")
            sy -= 23
        y -= h
        y = row(c, y, "14", "TOTAL monthly household income (add every block of question 13)", f"${money(app.total)}")
        y = row(c, y, "15", "Checking accounts and cash on hand; savings, money market and CDs",
                [f"Checking/cash ${money(app.checking)}", f"Savings ${money(app.savings)}"])
        y = row(c, y, "16", "Is the property listed for sale or is there a second mortgage or other lien?", "No")
        y -= 14
        paragraphs(c, 40, y, 532, [
            "17. Certification. Each borrower signing below certifies that the answers on this form are true and "
            "complete, that the hardship described contributed to the need for mortgage relief, and that knowingly "
            "false statements may violate federal law. Each borrower consents to a credit report and to contact at "
            "the phone number and e-mail address given."], font="Helvetica", size=8, leading=10)
        y -= 44
        marks: list[Mark] = []
        y = header_row(c, y)
        people = [("18a", "Borrower signature and date", app.borrower, app.b_signs, app.b_dates, 0),
                  ("18b", "Co-borrower signature and date", app.co or "None", bool(app.co) and app.co_signs,
                   bool(app.co) and app.co_signs, 1)]
        for num, q, name, signs, dates, k in people:
            top = y
            y = row(c, y, num, f"{q} (printed name: {name})", "", min_h=46)
            c.setFont("Helvetica", 6.5)
            c.drawString(x2 + 5, y + 4, "Signature")
            c.drawString(x2 + 190, y + 4, "Date (mm/dd/yyyy)")
            c.setLineWidth(0.4)
            c.line(x2 + 5, y + 13, x2 + 180, y + 13)
            c.line(x2 + 190, y + 13, x3 - 6, y + 13)
            if signs:
                marks.append(Mark("sig", x2 + 12, y + 15, w=130, seed=app.seed + k))
            if dates:
                marks.append(Mark("hand", x2 + 194, y + 16, mdy(app.signed_on), size=11, seed=app.seed + 20 + k))
            del top
        return marks

    return Paper([page1, page2])


# (3) Form 710's content laid out as a folded brochure -----------------------------------------------------------

BROCHURE_INCOME = {
    "wages": "Gross (pre-tax) wages, salaries, overtime, commissions, tips and bonuses",
    "self_employment": "Self-employment income",
    "unemployment": "Unemployment benefit income",
    "benefits_taxable": "Taxable Social Security, pension, disability, death benefits, adoption assistance, "
                        "housing allowance and other public assistance",
    "benefits_nontaxable": "Non-taxable Social Security or disability income",
    "rental": "Rental income (rents received, less expenses other than mortgage expense)",
    "investment": "Investment or insurance income",
    "other": "Other sources of income (alimony, child support or separate maintenance only if you choose)",
}


def brochure_form(app: App, servicer: str, address: str, fax: str) -> Paper:
    """Form 710's questions printed as a bi-fold brochure: two landscape pages (outside and inside), each two
    narrow panels split by a fold line; captions in small capitals ABOVE the underlines the answers are written on,
    check boxes marked by hand with an X. Filled in by hand in ink."""
    pw = LAND[0] / 2
    marks_all: dict[int, list[Mark]] = {0: [], 1: []}

    def fold(c: Canvas) -> None:
        c.setStrokeGray(0.6)
        c.setDash(4, 3)
        c.setLineWidth(0.5)
        c.line(pw, 20, pw, LAND[1] - 20)
        c.setDash()
        c.setStrokeColor(black)
        c.setFont("Helvetica", 5.5)
        c.setFillGray(0.5)
        c.drawCentredString(pw, LAND[1] - 14, "FOLD")
        c.setFillColor(black)

    def section(c: Canvas, x: float, y: float, w: float, n: int, title: str) -> float:
        c.setFillColor(Color(0.36, 0.18, 0.12))
        c.rect(x, y - 3, w, 15, stroke=0, fill=1)
        c.setFillColor(white)
        small_caps(c, x + 5, y + 1, f"{n}  {title}", 9.5, "Times-Bold")
        c.setFillColor(black)
        return y - 22

    def blank(c: Canvas, pg: int, x: float, y: float, w: float, caption: str, answer: str | None,
              seed: int, size: float = 10.5) -> float:
        small_caps(c, x, y, caption, 7.2)
        c.setLineWidth(0.5)
        c.line(x, y - 17, x + w, y - 17)
        if answer:
            marks_all[pg].append(Mark("hand", x + 4, y - 15, answer, size=size, seed=seed))
        return y - 29

    def box(c: Canvas, pg: int, x: float, y: float, text: str, on: bool, seed: int, size: float = 7.6,
            width: float = 150) -> float:
        c.setLineWidth(0.6)
        c.rect(x, y - 1, 7.5, 7.5, stroke=1, fill=0)
        lines = wrap(text, "Times-Roman", size, width)
        c.setFont("Times-Roman", size)
        for i, ln in enumerate(lines):
            c.drawString(x + 11, y - i * (size + 1.5), ln)
        if on:
            marks_all[pg].append(Mark("hand", x + 0.8, y, "X", size=9, seed=seed))
        return y - len(lines) * (size + 1.5) - 3.5

    def outside(c: Canvas) -> list[Mark]:
        marks_all[0] = []
        fold(c)
        # left panel: the back of the folded brochure - certification, signatures, where to send it
        x, w = 30.0, pw - 60
        y = section(c, x, LAND[1] - 44, w, 6, "Borrower Certification and Agreement")
        y = paragraphs(c, x, y, w, [
            "I certify that all of the information in this application is truthful and that the hardship I "
            "identified contributed to my need for mortgage relief. I understand that knowingly submitting false "
            "information may violate federal and other applicable law.",
            "I agree to provide the documents the servicer requests, I consent to being contacted about this "
            "application at any telephone number or e-mail address I gave, and I authorize a credit report for "
            "every borrower named."], size=8.2, leading=10.2, gap=5)
        people = [("Borrower signature", "Date", app.b_signs, app.b_dates, 0, app.borrower),
                  ("Co-borrower signature", "Date", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1,
                   app.co or "")]
        y -= 10
        for cap, dcap, signs, dates, k, _name in people:
            small_caps(c, x, y, cap, 7.2)
            small_caps(c, x + w - 90, y, dcap, 7.2)
            c.line(x, y - 24, x + w - 104, y - 24)
            c.line(x + w - 90, y - 24, x + w, y - 24)
            if signs:
                marks_all[0].append(Mark("sig", x + 10, y - 22, w=150, seed=app.seed + k))
            if dates:
                marks_all[0].append(Mark("hand", x + w - 86, y - 21, mdy(app.signed_on), size=10.5,
                                         seed=app.seed + 30 + k))
            y -= 44
        c.setLineWidth(0.8)
        c.rect(x, 50, w, 110, stroke=1, fill=0)
        small_caps(c, x + w / 2, 142, "Return your completed application", 8.5, "Times-Bold", "center")
        c.setFont("Times-Roman", 9)
        for i, ln in enumerate([servicer, "Homeowner Assistance Department", address, f"Fax {fax}",
                                "Keep a copy for your records."]):
            c.drawCentredString(x + w / 2, 124 - i * 13, ln)
        # right panel: the front cover and section 1
        x = pw + 30
        c.setFont("Times-Bold", 11)
        c.drawString(x, LAND[1] - 46, servicer.upper())
        c.setFont("Times-Bold", 23)
        c.drawString(x, LAND[1] - 78, "Mortgage Assistance")
        c.drawString(x, LAND[1] - 104, "Application")
        c.setFont("Times-Italic", 9)
        c.drawString(x, LAND[1] - 120, "Fill in every section. Print clearly in ink. Sign on the back panel.")
        y = section(c, x, LAND[1] - 146, w, 1, "Borrower Information")
        y = blank(c, 0, x, y, w, "Loan number", app.loan, app.seed + 40)
        y = blank(c, 0, x, y, w * 0.68, "Borrower's name", app.borrower, app.seed + 41)
        blank(c, 0, x + w * 0.72, y + 29, w * 0.28, "SSN (last 4)", app.ssn[-4:], app.seed + 42)
        y = blank(c, 0, x, y, w * 0.68, "Co-borrower's name", app.co or "", app.seed + 43)
        blank(c, 0, x + w * 0.72, y + 29, w * 0.28, "SSN (last 4)", (app.co_ssn or "")[-4:], app.seed + 44)
        y = blank(c, 0, x, y, w * 0.36, "Cell phone", app.phone, app.seed + 45)
        blank(c, 0, x + w * 0.4, y + 29, w * 0.6, "E-mail", app.email, app.seed + 46, size=9.5)
        c.setFont("Times-Italic", 7)
        c.drawString(x, 30, "Form 710-B (brochure edition) - outside")
        return marks_all[0]

    def inside(c: Canvas) -> list[Mark]:
        marks_all[1] = []
        fold(c)
        x, w = 30.0, pw - 60
        y = section(c, x, LAND[1] - 40, w, 2, "Property Information")
        y = blank(c, 1, x, y, w, "Property address (street)", app.street, app.seed + 50)
        y = blank(c, 1, x, y, w * 0.52, "City", app.city, app.seed + 51)
        blank(c, 1, x + w * 0.56, y + 29, w * 0.14, "State", app.state, app.seed + 52)
        blank(c, 1, x + w * 0.74, y + 29, w * 0.26, "ZIP", app.zip, app.seed + 53)
        small_caps(c, x, y, "The property is", 7.2)
        yy = y - 12
        for i, occ in enumerate(OCCUPANCIES):
            box(c, 1, x + i * 110, yy, {"primary_residence": "My primary residence", "second_home": "A second home",
                                        "investment_property": "An investment property"}[occ],
                app.occupancy == occ, app.seed + 54 + i, width=95)
        y = section(c, x, yy - 22, w, 3, "Hardship Information")
        y = blank(c, 1, x, y, w * 0.45, "Hardship began on (mm/dd/yyyy)", mdy(app.start) if app.start else None,
                  app.seed + 60)
        small_caps(c, x + w * 0.5, y + 29, "It is expected to be", 7.2)
        for i, d in enumerate(("short", "long", "resolved")):
            box(c, 1, x + w * 0.5, y + 17 - i * 10, {"short": "Short-term (under 6 months)",
                                                      "long": "Long-term or permanent", "resolved": "Resolved"}[d],
                app.duration == d, app.seed + 61 + i, size=7, width=140)
        y -= 8
        small_caps(c, x, y, "Type of hardship (check all that apply)", 7.2)
        y -= 12
        left = HARDSHIPS[:5]
        right = HARDSHIPS[5:]
        yl = yr = y
        for i, h in enumerate(left):
            yl = box(c, 1, x, yl, HARDSHIP_LABELS[h], h in app.hardships, app.seed + 70 + i, width=w / 2 - 16)
        for i, h in enumerate(right):
            yr = box(c, 1, x + w / 2, yr, HARDSHIP_LABELS[h], h in app.hardships, app.seed + 80 + i,
                     width=w / 2 - 16)
        y = min(yl, yr) - 4
        y = blank(c, 1, x, y, w, "If other, describe", app.other_text, app.seed + 90)
        small_caps(c, x, y, "Explain your hardship", 7.2)
        lines = wrap(app.explanation, "Helvetica-Oblique", 9.5, w - 45)
        for i in range(4):
            c.line(x, y - 16 - i * 16, x + w, y - 16 - i * 16)
            if i < len(lines):
                marks_all[1].append(Mark("hand", x + 3, y - 14 - i * 16, lines[i], size=9.5, seed=app.seed + 91 + i))
        c.setFont("Times-Italic", 7)
        c.drawString(x, 30, "Form 710-B (brochure edition) - inside left")
        # right panel: income and assets
        x = pw + 30
        y = section(c, x, LAND[1] - 40, w, 4, "Borrower Income (monthly, all borrowers)")
        c.setFont("Times-Italic", 7.5)
        c.drawString(x, y + 4, "Enter the monthly amount on the line after each type of income.")
        y -= 8
        inc = app.income
        for i, k in enumerate(INCOMES):
            lines = wrap(BROCHURE_INCOME[k], "Times-Roman", 7.6, w - 110)
            small_caps(c, x, y, lines[0], 7.0)
            for j, ln in enumerate(lines[1:]):
                small_caps(c, x, y - 9 * (j + 1), ln, 7.0)
            ly = y - 9 * (len(lines) - 1) - 12
            c.setFont("Times-Roman", 9)
            c.drawString(x + w - 96, ly + 2, "$")
            c.line(x + w - 88, ly, x + w, ly)
            if inc.get(k):
                marks_all[1].append(Mark("hand", x + w - 80, ly + 2, money(inc[k]), size=10.5, seed=app.seed + 100 + i))
            y = ly - 12
        c.setLineWidth(1)
        small_caps(c, x, y - 2, "Total monthly income", 8.2, "Times-Bold")
        c.setFont("Times-Bold", 9)
        c.drawString(x + w - 96, y - 2, "$")
        c.line(x + w - 88, y - 4, x + w, y - 4)
        marks_all[1].append(Mark("hand", x + w - 80, y - 2, money(app.total), size=10.5, seed=app.seed + 110))
        y = section(c, x, y - 30, w, 5, "Current Borrower Assets")
        for i, (cap, v) in enumerate((("Checking account(s) and cash on hand", app.checking),
                                      ("Savings, money market funds and CDs", app.savings))):
            small_caps(c, x, y, cap, 7.0)
            c.setFont("Times-Roman", 9)
            c.drawString(x + w - 96, y - 12, "$")
            c.line(x + w - 88, y - 14, x + w, y - 14)
            marks_all[1].append(Mark("hand", x + w - 80, y - 12, money(v), size=10.5, seed=app.seed + 120 + i))
            y -= 26
        c.setFont("Times-Italic", 7)
        c.drawString(x, 30, "Form 710-B (brochure edition) - inside right")
        return marks_all[1]

    return Paper([outside, inside], LAND)


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


Part = Paper | list[ScannedPage]


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def add(self, rel: str, parts: Sequence[tuple[Doc | None, Part]], fax: Scan | None = None,
            title: str = "") -> None:
        """One file holding the given parts in order: born-digital papers (drawn with a text layer, marks as
        vector strokes) and scanned sheets (image pages). A fax gets its header line stamped on every page."""
        pages: list[tuple[str, Any]] = []
        for doc, part in parts:
            if isinstance(part, Paper):
                items: list[tuple[str, Any]] = [("digital", (fn, part.size)) for fn in part.pages]
            else:
                items = [("scan", sp) for sp in part]
            if doc is not None:
                doc.pages = [(rel, len(pages) + 1 + i) for i in range(len(items))]
                doc.scanned = not isinstance(part, Paper)
                self.docs.append(doc)
            pages += items
        if fax is not None:
            number_fax_pages([p for k, p in pages if k == "scan"], fax)
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
        c.setCreator("holdout_packets_cq")
        if title:
            c.setTitle(title)
        for kind, item in pages:
            if kind == "digital":
                fn, size = item
                c.setPageSize(size)
                apply_screen_marks(c, fn(c))
                synth_line(c, size)
            else:
                c.setPageSize(item.size)
                c.drawImage(ImageReader(jpeg_or_png(item)), 0, 0, width=item.size[0], height=item.size[1])
            c.showPage()
        c.save()
        self.files[rel] = buf.getvalue()


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc(s.type, s.fields, s.date, account=s.account)


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
    required = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": app.income}
    out += [f"application_field:{k}" for k, v in required.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    def two_consecutive(kind: str) -> bool:
        items = [d for d in docs if d.type == kind and fresh(d.date)]
        for a in items:
            for b in items:
                if a is b or a.account != b.account or a.date is None or b.date is None:
                    continue
                if kind == "bank_statement":
                    if dt.date.fromisoformat(b.fields["period_start"]) == a.date + dt.timedelta(days=1):
                        return True
                elif (b.date.year * 12 + b.date.month) - (a.date.year * 12 + a.date.month) == 1:
                    return True
        return False

    two_bank = two_consecutive("bank_statement")
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank or two_consecutive("investment_statement"),
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
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


FLATBED = Scan("flatbed", dpi=240, tilt=0.3, blur=0.55, noise=0.0005)
PHONE = Scan("phone", dpi=170)


def packet_cq1(seed: int) -> Packet:
    """A widow, successor in interest, applies through the servicer's portal; one browser-printed PDF that also
    holds her benefit letters, the insurer's statements and a scanned death certificate."""
    received = dt.date(2039, 3, 21)
    addr = ["418 Quarry Hill Road", "Barre, VT 05641"]
    widow, husband = "Marguerite A. Hale", "Thomas R. Hale"
    ssa = ssa_survivor_notice(widow, addr, husband, dt.date(2039, 1, 12), 1842.00, dt.date(2038, 12, 1),
                              "Social Security Office, 87 State Street, Montpelier, VT 05602")
    va = va_dic_letter(widow, addr, husband, dt.date(2039, 2, 3), 1712.45, dt.date(2038, 12, 1), "335/28 DIC")
    ins1 = insurer_statement("Granite Shield Life Insurance Company", "One Granite Plaza, Concord, NH 03301", widow,
                             addr, husband, "GS-7731-40882", 2039, 1, 142300.00, 1250.00, 116)
    val = r2(142300.00 + r2(142300.00 * 0.03 / 12) - 1250.00)
    ins2 = insurer_statement("Granite Shield Life Insurance Company", "One Granite Plaza, Concord, NH 03301", widow,
                             addr, husband, "GS-7731-40882", 2039, 2, val, 1250.00, 115)
    cert = death_certificate("Vermont", "Washington", husband, "Male", dt.date(1961, 5, 12), dt.date(2038, 11, 4),
                             "Central Vermont Medical Center, Berlin, Vermont", "418 Quarry Hill Road, Barre, VT",
                             widow, f"{widow}, wife", "Stone carver", dt.date(2038, 11, 9), "2038-004417")
    app = App("0051827736", widow, "948-20-7316", "418 Quarry Hill Road", "Barre", "VT", "05641", "(802) 555-0164",
              "mhale.quarryhill@example.net", "primary_residence", ["death"], dt.date(2038, 11, 4), "long",
              [Member("Borrower", widow, {"benefits_taxable": 1842.00, "benefits_nontaxable": 1712.45,
                                          "investment": 1250.00})],
              dt.date(2039, 3, 19), deceased=husband, checking=2318.40, savings=6100.00, seed=seed + 11,
              explanation="My husband Thomas, the borrower on this loan, died on November 4. His pay from the quarry "
                          "was most of our income. I now live on my widow's benefit, VA survivor's compensation and "
                          "the monthly payments from his life insurance, and I cannot keep up the full payment.")
    portal = Portal("Brightwater Loan Servicing", "Brightwater", "myloan.brightwaterservicing.example", "M. Hale",
                    "MAA-2039-031947", dt.datetime(2039, 3, 19, 20, 41))
    p = Packet("cq1", received, app, [])
    cert_scan = scan_paper(cert.paper, Scan("flatbed", dpi=200, tilt=0.4, blur=0.5, noise=0.0004), seed + 101)
    p.add(f"Hale_{app.loan}_assistance_packet.pdf", [
        (app_doc(), portal_app(app, portal)), (letter_doc(ssa), ssa.paper), (letter_doc(va), va.paper),
        (stmt_doc(ins1), ins1.paper), (stmt_doc(ins2), ins2.paper), (letter_doc(cert), cert_scan)],
        title="Review your application | Brightwater Homeowner Assistance")
    return p


def packet_cq2(seed: int) -> Packet:
    """A family whose second earner is in prison: the table form, the wife's staffing-agency stub, the husband's
    prison-industries wage statement and her letter, faxed behind a cover sheet. He is named as co-borrower and
    could not sign."""
    received = dt.date(2039, 5, 9)
    addr = ["2716 Linden Avenue", "Reading, PA 19606"]
    job = TempJob("Stonebridge Staffing, Inc.", "1120 Penn Street, Reading, PA 19601", "(610) 555-0133",
                  "Schuylkill Valley Bank", "Latisha M. Greer", addr, "SB-40217", "Calloway Distribution Center",
                  "Order selector", 17.25, 38.0, dt.date(2038, 9, 12), 0.06, 0.0307, "PA",
                  (("Safety shoe program", 6.00),), key=seed * 13 + 2)
    stub = temp_agency_stub(job, dt.date(2039, 5, 6), 48213)
    pie = PieJob("Metal fabrication - Shop 3", "Ashford Correctional Facility", "Route 61, Ashford, PA 17961",
                 "Marcus D. Greer", "MG-4471822", "C-114", 11.40, 72.0, dt.date(2038, 10, 3), "Latisha M. Greer",
                 key=seed * 13 + 3)
    pstub = prison_industries_statement(pie, dt.date(2039, 4, 29))
    app = App("7204418835", "Latisha M. Greer", "931-52-8847", "2716 Linden Avenue", "Reading", "PA", "19606",
              "(610) 555-0186", "latisha.greer@example.com", "primary_residence", ["reduction_in_income", "other"],
              dt.date(2038, 8, 14), "long",
              [Member("Borrower", "Latisha M. Greer", {"wages": stub.monthly}, {"wages": "Stonebridge Staffing"}),
               Member("Co-borrower", "Marcus D. Greer", {"wages": pstub.monthly}, {"wages": "Ashford Corr. Ind."})],
              dt.date(2039, 5, 2), co="Marcus D. Greer", co_ssn="931-60-2219", co_signs=False,
              other_text="co-borrower incarcerated since 08/2038", checking=412.77, savings=0.00, seed=seed + 21,
              explanation="My husband Marcus was sentenced in August 2038 and is at Ashford. He now earns prison "
                          "industry wages and part goes to us as family support, but our income is far below what "
                          "it was when he drove for a living.")
    p = Packet("cq2", received, app, ["application_signature"])
    on = dt.date(2039, 5, 2)
    hl = hardship_letter(app.borrower, addr, app.loan, on, "Fenwick Point Mortgage Servicing", [
        "I am writing to explain why we fell behind on our mortgage. My husband Marcus, who is the co-borrower on "
        "our loan, was arrested in August 2038 and sentenced to three years. He was a delivery driver and earned "
        "about two thirds of our household income.",
        "Since then I have been working full time through a staffing agency at a distribution center. Marcus works "
        "in the prison metal shop under the PIE program and part of his wages is sent to me as family support, but "
        "together it is much less than before. We are asking for a modification so that our two children and I can "
        "keep our home. Marcus is not able to sign the application where he is housed; I have asked the "
        "facility's case manager to help."], ink=True, seed=seed + 22)
    style = Scan("fax", dpi=200, tilt=0.3, blur=0.4, noise=0.0007, fax_from="PENN ST COPY & SHIP",
                 fax_when=dt.datetime(2039, 5, 9, 10, 33))
    cover = fax_cover("Penn Street Copy & Ship", "(610) 555-0190", "(610) 555-0191", "Fenwick Point Mortgage "
                      "Servicing", "(717) 555-0148", received, 6,
                      [f"Greer - loan {app.loan}", "Assistance form, pay stubs and", "letter from Latisha Greer"])
    form = table_form(app, "Fenwick Point Mortgage Servicing", "PO Box 44018, Harrisburg, PA 17106  |  "
                      "Fax (717) 555-0148", "FPS-12 (rev. 01/2039)")
    p.add("fax_20390509_103355.pdf", [
        (None, scan_paper(cover, style, seed + 200)), (app_doc(), scan_paper(form, style, seed + 201)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 202)),
        (stub_doc(pstub), scan_paper(pstub.paper, style, seed + 203)),
        (hardship_doc(on), scan_paper(hl, style, seed + 204))], fax=style)
    return p


def packet_cq3(seed: int) -> Packet:
    """A man back from prison working through a temp agency photographs his brochure application and papers with
    his phone; a folder named after the loan."""
    received = dt.date(2039, 4, 14)
    addr = ["55 Dunmore Street", "Bridgeport, CT 06608"]
    job = TempJob("Harborline Temp Services", "400 Water Street, Bridgeport, CT 06604", "(203) 555-0150",
                  "Pequonnock Savings Bank", "Reginald T. Ashby", addr, "HT-7719", "Seaview Plastics Co.",
                  "Machine operator", 18.60, 40.0, dt.date(2038, 11, 14), 0.07, 0.04, "CT",
                  (("Uniform rental", 5.00),), key=seed * 13 + 4)
    stubs = [temp_agency_stub(job, d, 30388 + i) for i, d in enumerate((dt.date(2039, 4, 1), dt.date(2039, 4, 8)))]
    app = App("3390027145", "Reginald T. Ashby", "962-07-4431", "55 Dunmore Street", "Bridgeport", "CT", "06608",
              "(203) 555-0117", "reggie.ashby@example.com", "primary_residence", ["unemployment"],
              dt.date(2037, 6, 20), "long", [Member("Borrower", "Reginald T. Ashby", {"wages": stubs[-1].monthly})],
              dt.date(2039, 4, 9), checking=286.10, savings=0.00, seed=seed + 31,
              explanation="Lost my job in June 2037 when I was incarcerated. Released Oct 2038, working full time "
                          "through Harborline since November. Need lower payments to catch up.")
    p = Packet("cq3", received, app, [])
    on = dt.date(2039, 4, 9)
    hl = hardship_letter(app.borrower, addr, app.loan, on, "Calder Ridge Home Loans", [
        "In June 2037 I was incarcerated and lost my job as a machine operator. My sister kept paying the mortgage "
        "from my savings for as long as she could, but the loan went into default in 2038.",
        "I was released on October 28, 2038 and completed the Northbridge reentry program. Since November 14 I have "
        "worked full time through Harborline Temp Services at Seaview Plastics, forty hours a week with some "
        "overtime. I can afford a payment again, but not the arrears all at once. I am asking for a modification "
        "so I can keep the house my mother left me."], ink=True, seed=seed + 32)
    reentry = agency_letter("Northbridge Reentry Partnership", "150 Fairfield Avenue, Bridgeport, CT 06604  |  "
                            "(203) 555-0102", dt.date(2039, 3, 2), ["To whom it may concern"],
                            "Re: Reginald T. Ashby - program participation", [
                                "This letter confirms that Reginald T. Ashby enrolled in the Northbridge Reentry "
                                "Partnership on October 31, 2038, three days after his release, and completed our "
                                "twelve-week job readiness course on January 27, 2039.",
                                "Through our employer network Mr. Ashby was placed with Harborline Temp Services on "
                                "November 14, 2038 and has worked steadily since. He meets with his case manager "
                                "every month. We support his request for help with his mortgage."],
                            ["Sincerely,", "", "Denise Carrow, Case Manager"])
    folder = app.loan
    style = PHONE
    files = [("IMG_4471.pdf", app_doc(), brochure_form(app, "Calder Ridge Home Loans",
                                                         "PO Box 9120, Hartford, CT 06101", "(860) 555-0170")),
             ("IMG_4473.pdf", stub_doc(stubs[0]), stubs[0].paper), ("IMG_4474.pdf", stub_doc(stubs[1]), stubs[1].paper),
             ("IMG_4476.pdf", hardship_doc(on), hl), ("IMG_4480.pdf", letter_doc(reentry), reentry.paper)]
    for i, (name, doc, paper) in enumerate(files):
        p.add(f"{folder}/{name}", [(doc, scan_paper(paper, style, seed + 300 + i))])
    return p


def packet_cq4(seed: int) -> Packet:
    """A man released from a work-release program applies with his wife through the portal; the only pay papers
    he sends are the center's earnings statements from before his release - more than 90 days old."""
    received = dt.date(2039, 6, 23)
    addr = ["1904 Cherry Hill Court", "Toledo, OH 43608"]
    job = ReleaseJob("Cold Spring Community Corrections Center", "800 Cold Spring Road, Toledo, OH 43607",
                     "Norvale Millwork Co.", "Terrence O. Mabry", "CS-23-0419", "Millwork helper", 18.00,
                     dt.date(2038, 11, 7), key=seed * 13 + 5)
    stmts = [work_release_statement(job, d) for d in (dt.date(2039, 2, 25), dt.date(2039, 3, 11))]
    app = App("5518830264", "Terrence O. Mabry", "957-33-1208", "1904 Cherry Hill Court", "Toledo", "OH", "43608",
              "(419) 555-0143", "tmabry1904@example.net", "primary_residence", ["other"], dt.date(2038, 1, 22),
              "long", [Member("Borrower", "Terrence O. Mabry", {"wages": 3120.00}), Member("Co-borrower",
                                                                                       "Yvonne R. Mabry", {})],
              dt.date(2039, 6, 18), co="Yvonne R. Mabry", co_ssn="957-41-6630",
              other_text="Borrower incarcerated 01/2038 - 03/2039", checking=905.32, savings=1400.00,
              seed=seed + 41,
              explanation="I was incarcerated from January 2038 until March 2039 and our household lost my income. "
                          "I finished a work release program at Norvale Millwork and they kept me on full time.")
    portal = Portal("Lakeshore Mortgage Services", "Lakeshore", "myhome.lakeshoremortgage.example", "T. Mabry",
                    "LMS-HA-2039-06-5521", dt.datetime(2039, 6, 18, 21, 7))
    release = agency_letter("Ohio Department of Rehabilitation and Correction",
                            "Bureau of Community Sanctions  |  770 West Broad Street, Columbus, OH 43222",
                            dt.date(2039, 3, 17), ["Terrence O. Mabry", *addr],
                            "Certificate of release - Terrence O. Mabry, No. A771-402", [
                                "This certifies that Terrence O. Mabry completed his sentence and was released from "
                                "the custody of the Department on March 17, 2039, from the Cold Spring Community "
                                "Corrections Center work release program.",
                                "No term of post-release control was imposed. Keep this certificate with your "
                                "personal records; employers and agencies may ask to see it."],
                            ["Records Office", "Ohio Department of Rehabilitation and Correction"])
    p = Packet("cq4", received, app, ["income_doc:wages"])
    on = dt.date(2039, 6, 18)
    hl = hardship_letter(app.borrower, addr, app.loan, on, "Lakeshore Mortgage Services", [
        "From January 2038 until March 2039 I was incarcerated. My wife Yvonne stayed in the house with our son "
        "but she does not work because of her health, and the mortgage fell behind by almost a year.",
        "In November I started work release at Norvale Millwork and I was released on March 17. Norvale hired me "
        "on full time at the same rate. I have enclosed my earnings statements from the work release center. We "
        "want to keep our house and ask for a modification of the loan."], ink=False, seed=seed + 42,
        co_writer=app.co)
    loan = app.loan
    p.add(f"{loan}_application.pdf", [(app_doc(), portal_app(app, portal))],
          title="Review your application | Lakeshore Homeowner Assistance")
    for s in stmts:
        p.add(f"{loan}_earnings_{s.date.strftime('%m%d')}.pdf", [(stub_doc(s), s.paper)])
    p.add(f"{loan}_hardship.pdf", [(hardship_doc(on), hl)])
    p.add(f"{loan}_release.pdf", [(letter_doc(release), release.paper)])
    return p


def fridays(year: int, month: int) -> list[dt.date]:
    start, end = month_bounds(year, month)
    d = start + dt.timedelta(days=(4 - start.weekday()) % 7)
    out = []
    while d <= end:
        out.append(d)
        d += dt.timedelta(days=7)
    return out


def third_wednesday(year: int, month: int) -> int:
    start = dt.date(year, month, 1)
    return 1 + (2 - start.weekday()) % 7 + 14


def packet_cq5(seed: int) -> Packet:
    """A widow and her son, both on the loan: the table form typed, printed and signed in ink, her survivor
    notice, two credit union statements showing the benefit, the insurer's installments and his pay, his temp
    stub and the obituary, scanned on a flatbed behind a barcode separator sheet."""
    rng = random.Random(seed * 1000 + 5)
    received = dt.date(2039, 8, 12)
    addr = ["77 Tamarack Lane", "Montpelier, VT 05602"]
    widow, son, husband = "Rosalind J. Whitcombe", "Elliot J. Whitcombe", "Harold B. Whitcombe"
    job = TempJob("Green Mountain Staffing Group", "12 State Street, Montpelier, VT 05602", "(802) 555-0129",
                  "Onion River Bank", son, addr, "GM-2291", "Barre Granite Works", "Laborer", 19.10, 40.0,
                  dt.date(2039, 2, 6), 0.07, 0.033, "VT", (), key=seed * 13 + 6)
    stub = temp_agency_stub(job, dt.date(2039, 8, 5), 71502)
    ssa = ssa_survivor_notice(widow, addr, husband, dt.date(2039, 6, 2), 2104.00, dt.date(2039, 2, 1),
                              "Social Security Office, 87 State Street, Montpelier, VT 05602")
    statements = []
    begin = 1288.63
    for month in (6, 7):
        credits = [(third_wednesday(2039, month), "SSA TREAS 310 XXSOC SEC", 2104.00),
                   (15, "GRANITE SHIELD LIFE INSTALLMENT", 900.00)]
        credits += [(d.day, "GREEN MTN STAFFING PAYROLL", temp_checks(job, d)[-1].net) for d in fridays(2039, month)]
        s = tamarack_statement(rng, f"{widow} / {son}", addr, "66120934571", 2039, month, begin, credits)
        statements.append(s)
        begin = s.fields["ending_balance"]
    obit = obituary_clipping("The Capital Valley Courier", dt.date(2039, 1, 23), "Page C5", husband,
                             dt.date(1957, 9, 30), dt.date(2039, 1, 19), [
                                 f"{husband}, 81, of Montpelier, died peacefully at home on Thursday, January 19, "
                                 "2039, with his family at his side, after a long illness.",
                                 "Harold was born in Barre and worked for forty-one years as a granite polisher at "
                                 "the Rock of Ages quarry sheds before retiring in 2022. He was a deacon of the "
                                 "Bethany Church and a volunteer with the Montpelier fire department for three "
                                 "decades.",
                                 "He is survived by his wife of fifty-two years, Rosalind; his son Elliot, who lives "
                                 "at home; his daughter Carol Aiken of Burlington; and four grandchildren.",
                                 "A funeral service will be held at Bethany Church on Saturday, January 28, at 11 "
                                 "a.m. Memorial gifts may be made to the Central Vermont Home Health and Hospice."])
    app = App("0260917743", widow, "973-18-5502", "77 Tamarack Lane", "Montpelier", "VT", "05602", "(802) 555-0158",
              "rwhitcombe@example.org", "primary_residence", ["death"], dt.date(2039, 1, 19), "long",
              [Member("Borrower", widow, {"benefits_taxable": 2104.00, "investment": 900.00},
                      {"benefits_taxable": "SSA widow benefit", "investment": "Granite Shield Life"}),
               Member("Co-borrower", son, {"wages": stub.monthly}, {"wages": "Green Mtn Staffing"})],
              dt.date(2039, 8, 6), co=son, co_ssn="973-44-0961", checking=3260.18, savings=2250.00, seed=seed + 51,
              explanation="My husband Harold died on January 19. His pension stopped and the survivor benefit is "
                          "less. My son works through a staffing agency. We need a lower payment to stay.")
    p = Packet("cq5", received, app, [])
    style = FLATBED
    form = table_form(app, "Greenmount Loan Servicing, LLC", "PO Box 1180, Burlington, VT 05402  |  "
                      "Fax (802) 555-0177", "GLS-40 (rev. 03/2039)")
    p.add("scan_20390812_104417.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 500)),
        (app_doc(), scan_paper(form, style, seed + 501)),
        (letter_doc(ssa), scan_paper(ssa.paper, style, seed + 502)),
        (stmt_doc(statements[0]), scan_paper(statements[0].paper, style, seed + 503)),
        (stmt_doc(statements[1]), scan_paper(statements[1].paper, style, seed + 504)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 505)),
        (letter_doc(obit), scan_paper(obit.paper, style, seed + 506))])
    return p


def packet_cq6(seed: int) -> Packet:
    """A veteran's widow, successor in interest, photographs her brochure application and papers into ONE phone
    PDF; to show the death she sends the court's letters of administration, which are neither a death certificate
    nor an obituary."""
    received = dt.date(2039, 9, 15)
    addr = ["312 Bayou Teche Road", "Breaux Bridge, LA 70517"]
    widow, husband = "Delphine M. Arceneaux", "Lucien P. Arceneaux"
    va = va_dic_letter(widow, addr, husband, dt.date(2039, 7, 22), 1789.14, dt.date(2039, 4, 1), "317/28 DIC")
    ssa = ssa_survivor_notice(widow, addr, husband, dt.date(2039, 7, 2), 1466.00, dt.date(2039, 4, 1),
                              "Social Security Office, 1 Lafayette Square, Lafayette, LA 70501")
    letters = letters_of_administration("St. Martin", "Sixteenth", husband, dt.date(2039, 3, 30), widow,
                                        dt.date(2039, 6, 10), "2039-0318")
    app = App("8841203376", widow, "986-27-4410", "312 Bayou Teche Road", "Breaux Bridge", "LA", "70517",
              "(337) 555-0126", "delphine.arceneaux@example.com", "primary_residence", ["death"],
              dt.date(2039, 3, 30), "long",
              [Member("Borrower", widow, {"benefits_taxable": 1466.00, "benefits_nontaxable": 1789.14})],
              dt.date(2039, 9, 8), checking=1120.00, savings=3400.00, seed=seed + 61,
              explanation="My husband Lucien died March 30. He was the borrower. I am his widow and the "
                          "administratrix of his succession. I live on VA and Social Security survivor benefits.")
    p = Packet("cq6", received, app, ["hardship_doc:death"])
    on = dt.date(2039, 9, 8)
    hl = hardship_letter(widow, addr, app.loan, on, "Pelican Trust Mortgage Servicing", [
        "My husband Lucien P. Arceneaux, the borrower on this loan, passed away on March 30, 2039. The district "
        "court appointed me administratrix of his succession in June, and the house is coming to me as his "
        "surviving spouse. I have enclosed the letters of administration.",
        "Lucien's Army retirement pay stopped when he died. I now receive Dependency and Indemnity Compensation "
        "from the VA and a widow's benefit from Social Security, which together are about half of what we had. "
        "I would like to assume the loan and ask for a modification so the payment fits my income."],
        ink=True, seed=seed + 62)
    form = brochure_form(app, "Pelican Trust Mortgage Servicing", "PO Box 2250, Baton Rouge, LA 70821",
                         "(225) 555-0190")
    style = Scan("phone", dpi=160)
    p.add(f"Arceneaux {app.loan}.pdf", [
        (app_doc(), scan_paper(form, style, seed + 601)), (letter_doc(va), scan_paper(va.paper, style, seed + 602)),
        (letter_doc(ssa), scan_paper(ssa.paper, style, seed + 603)),
        (letter_doc(letters), scan_paper(letters.paper, style, seed + 604)),
        (hardship_doc(on), scan_paper(hl, style, seed + 605))])
    return p


def packet_cq7(seed: int) -> Packet:
    """A mother whose husband - the main earner, not on the loan - was jailed: the portal application printed
    to PDF, two stubs photographed with her phone, the county's cash-assistance notice and her e-mailed letter,
    in a folder named after the loan."""
    received = dt.date(2039, 10, 20)
    addr = ["1408 Perkiomen Avenue", "Reading, PA 19602"]
    job = TempJob("Stonebridge Staffing, Inc.", "1120 Penn Street, Reading, PA 19601", "(610) 555-0133",
                  "Schuylkill Valley Bank", "Graciela N. Tovar", addr, "SB-51180", "Berks Food Packers", "Packer",
                  16.50, 37.5, dt.date(2039, 6, 2), 0.05, 0.0307, "PA", (), key=seed * 13 + 7)
    stubs = [temp_agency_stub(job, d, 55120 + i) for i, d in enumerate((dt.date(2039, 10, 7), dt.date(2039, 10, 14)))]
    tanf = dhs_cash_notice("Graciela N. Tovar", addr, dt.date(2039, 8, 4), 412.00, dt.date(2039, 8, 1),
                           "B-39-0082714")
    app = App("6672051190", "Graciela N. Tovar", "944-71-3065", "1408 Perkiomen Avenue", "Reading", "PA", "19602",
              "(484) 555-0139", "gtovar.reading@example.com", "primary_residence", ["reduction_in_income", "other"],
              dt.date(2039, 5, 11), "long",
              [Member("Borrower", "Graciela N. Tovar", {"wages": stubs[-1].monthly, "benefits_taxable": 412.00})],
              dt.date(2039, 10, 15), other_text="Husband (main earner) incarcerated since May 2039",
              checking=188.45, savings=0.00, seed=seed + 71,
              explanation="My husband was arrested in May and is in county jail waiting for trial. He earned most "
                          "of our money as a roofer. I work through Stonebridge Staffing and get cash assistance "
                          "for the children, but it does not cover the full mortgage payment.")
    portal = Portal("Keystone Crest Mortgage", "Keystone Crest", "portal.keystonecrest.example", "G. Tovar",
                    "KC-ASSIST-88104", dt.datetime(2039, 10, 15, 22, 52))
    p = Packet("cq7", received, app, [])
    on = dt.date(2039, 10, 15)
    hl = hardship_letter(app.borrower, addr, app.loan, on, "Keystone Crest Mortgage", [
        "My husband Ruben was arrested on May 11, 2039 and has been held at the Berks County Jail since then. He "
        "is not on our loan, but his roofing work paid most of our bills. His trial is not expected before next "
        "spring.",
        "In June I started working full time through Stonebridge Staffing as a packer, and in August the county "
        "approved cash assistance for me and our two children. I paid what I could each month, but I am now three "
        "payments behind. I am asking for a modification so the payment matches what I earn now."],
        ink=False, seed=seed + 72)
    folder = app.loan
    p.add(f"{folder}/Application - Keystone Crest.pdf", [(app_doc(), portal_app(app, portal))],
          title="Review your application | Keystone Crest Homeowner Assistance")
    for i, s in enumerate(reversed(stubs)):
        p.add(f"{folder}/PXL_20391018_2245{12 + 18 * i}.pdf", [(stub_doc(s), scan_paper(s.paper, PHONE,
                                                                                          seed + 700 + i))])
    p.add(f"{folder}/DHS notice.pdf", [(letter_doc(tanf), tanf.paper)])
    p.add(f"{folder}/letter.pdf", [(hardship_doc(on), hl)])
    return p


def packet_cq8(seed: int) -> Packet:
    """A widow and her daughter fax the brochure application from a library: the hardship date left blank, the
    survivor notice, a death certificate and only ONE monthly statement of the life-insurance installments."""
    received = dt.date(2039, 11, 17)
    addr = ["26 Spruce Knoll Drive", "Duluth, MN 55803"]
    widow, daughter, husband = "Harriet E. Lindqvist", "Sonja K. Barr", "Gunnar L. Lindqvist"
    ssa = ssa_survivor_notice(widow, addr, husband, dt.date(2039, 9, 14), 1968.00, dt.date(2039, 7, 1),
                              "Social Security Office, 2 West 1st Street, Duluth, MN 55802")
    ins = insurer_statement("Lakeland Mutual Life Assurance", "4400 Lyndale Avenue South, Minneapolis, MN 55419",
                            widow, addr, husband, "LM-20-118734", 2039, 10, 96420.55, 1100.00, 88)
    cert = death_certificate("Minnesota", "St. Louis", husband, "Male", dt.date(1955, 2, 17), dt.date(2039, 6, 2),
                             "Essentia Health St. Mary's Medical Center, Duluth", "26 Spruce Knoll Drive, Duluth, MN",
                             widow, f"{daughter}, daughter", "Ore dock supervisor", dt.date(2039, 6, 8),
                             "2039-MN-11725")
    app = App("4409186652", widow, "915-62-0378", "26 Spruce Knoll Drive", "Duluth", "MN", "55803", "(218) 555-0147",
              "hlindqvist@example.net", "primary_residence", ["death"], None, "long",
              [Member("Borrower", widow, {"benefits_taxable": 1968.00, "investment": 1100.00})],
              dt.date(2039, 11, 10), co=daughter, co_ssn="915-80-2241", checking=742.90, savings=5300.00,
              seed=seed + 81,
              explanation="Gunnar died in June. His pension ended. I have Social Security and insurance payments.")
    p = Packet("cq8", received, app, ["application_field:hardship_start_date", "income_doc:investment"])
    style = Scan("fax", dpi=200, tilt=0.35, blur=0.45, noise=0.0006, fax_from="DULUTH PUBLIC LIBRARY",
                 fax_when=dt.datetime(2039, 11, 17, 14, 8))
    cover = fax_cover("Duluth Public Library - Business Center", "(218) 555-0100", "(218) 555-0105",
                      "North Star Home Lending", "(218) 555-0162", received, 6,
                      [f"Loan {app.loan} - Lindqvist", "Application, SS letter, insurance", "statement, death cert."])
    form = brochure_form(app, "North Star Home Lending", "PO Box 16200, Duluth, MN 55816", "(218) 555-0162")
    p.add("FAX0000471182.pdf", [
        (None, scan_paper(cover, style, seed + 800)), (app_doc(), scan_paper(form, style, seed + 801)),
        (letter_doc(ssa), scan_paper(ssa.paper, style, seed + 802)),
        (stmt_doc(ins), scan_paper(ins.paper, style, seed + 803)),
        (letter_doc(cert), scan_paper(cert.paper, style, seed + 804))], fax=style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_cq1, packet_cq2, packet_cq3, packet_cq4, packet_cq5, packet_cq6,
                                             packet_cq7, packet_cq8]


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
        received = dt.date.fromisoformat(exp["received_on"])
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
        if app["signed_on"] and dt.date.fromisoformat(app["signed_on"]) > received:
            problems.append(f"{name}: signed after it was received")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        files_used: set[str] = set()
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                files_used.add(pg["file"])
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
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] + 0.005 < f["gross_current"]:
                    problems.append(f"{name}: year-to-date below the current gross {f}")
            if doc["type"] == "bank_statement":
                f = doc["fields"]
                if f["period_start"] > f["period_end"]:
                    problems.append(f"{name}: statement period {f}")
        inbox = exp_path.parent / "inbox"
        for path in sorted(inbox.rglob("*.pdf")):
            rel = path.relative_to(inbox).as_posix()
            if rel not in files_used and not rel.startswith(("fax", "FAX", "scan_")):
                problems.append(f"{name}: file {rel} holds no listed document")
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan number")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (cq1 ..)")
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
