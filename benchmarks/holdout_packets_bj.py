"""Holdout set bj (bj1..bj8): RETIRED AND ELDERLY BORROWERS, some of them represented by an adult child or a spouse
under a POWER OF ATTORNEY who signs for them. Written without looking at the service's code, rules, data files or
tests (only shared/spec, shared/samples, the af scaffold and the module docstrings of the earlier sets were read), to
estimate honestly how the service reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_bj.py OUT_DIR [--seed N] [--check] [--only bj1 bj5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
tests/sample_compare.compare scores a case.json against it. Each packet is one batch, processed with
`--received-on <received_on>`; received dates are weekdays in 2047 (February to September).

TWO SERVICERS, TWO APPLICATIONS. Wendover Hills Mortgage Servicing mails a "Homeowner Assistance Application" (Form
WH-62) printed as a BOOKLET: four half-letter pages imposed two-up on one landscape letter sheet, so a page of the
file holds two pages of the form side by side - saddle-stitch order [4 | 1] then [2 | 3] (the signature page sits
LEFT of the cover), or plain two-up [1 | 2] then [3 | 4]. Labels are printed small above ruled answer lines; the
income is a lettered list a..i with TWO lines (Social Security, and pensions) belonging to the taxable-benefits code,
so their sum is that code's amount. Ashgrove Bank, FSB sends a FILLABLE PDF "Mortgage Relief Request" (Form AG-3,
three letter pages) whose typed answers live in ACROFORM WIDGETS named the way an authoring tool names them ("Text7",
"Check Box4", "Group1" for the occupancy and duration radio groups), not in the page text; NeedAppearances is set and
some (bj1) or all (bj5) text widgets carry no appearance stream. Its hardship list and income table run in their own
order (retirement income first), and it asks for a MAILING address that differs from the property when an agent
receives the mail.

POWER OF ATTORNEY. In bj2, bj5 and bj6 a son or daughter signs the borrower's line (adding "by <agent>, POA" on
paper, or typing the capacity into its widget) and writes the hardship letter in the third person ("my mother ...");
in bj7 a wife signs her own line and, as his agent, her
husband's. A signature made by an agent counts as the borrower's signature. Copies of the power of attorney and a
police report are "other" documents, as is a Form 1099-R (neither a 1040 nor a business return).

INCOME PAPERS. Social Security letters in four styles - an online benefit verification printout, a December
cost-of-living notice, a survivor's Notice of Award with a back-pay lump sum, and a field office's verification
letter to a third party - where the benefit BEFORE the Medicare premium is the monthly amount; a county retirement
system's verification, a union pension fund's monthly payment advice and a survivor pension confirmation (benefit
letters, taxable); a VA summary of benefits (non-taxable); an insurer's monthly annuity payout statements
(investment statements); a town's bi-weekly crossing-guard payroll voucher with year-to-date columns and a hardware
store's weekly stub WITHOUT year-to-date figures; a credit union's two-page statement.

DELIVERIES AND SCANS. Born-digital: bj1 (a loan folder), bj2 and bj8 (loose files; the booklet's answers were typed
with a PDF editor, so they come AFTER all the printed labels in the content stream), bj5 (loose files). Scanned:
bj3 (one FAINT 300 dpi grey scan of the whole packet - light toner - in a loan folder), bj4 (one 200 dpi grey scan
per paper in a loan folder), bj6 (a 200 dpi black-and-white fax from a senior center, cover sheet first, the
machine's header line on every page, no loan number in the file name), bj7 (300 dpi grey scans, one a faint
photocopy, in a loan folder); the powers of attorney in bj2 and bj5 and the death certificate in bj8 are scans
inside born-digital packets. Hand-made parts are signatures (drawn strokes), the agents' "by ..." notes and dates.

Complete: bj1, bj2, bj4, bj7. Incomplete: bj3 (income_doc:benefits_taxable - the only Social Security paper is
December's notice, stale, and one bank statement is not two), bj5 (application_signature - the agent signed but left
the date empty), bj6 (income_doc:investment - one annuity statement, not two), bj8 (income_doc:wages - the stub
shows no year-to-date pay). Expected status and codes come from `missing_codes`, shared/spec/checklist.md applied to
the values drawn into each packet; `--check` validates every expected.json (keys, codes, dates, pages, that `scanned`
matches the absence of a text layer, income sums) and that the rules give each scenario's codes. Every file is the
same bytes for a seed. All people, employers, agencies, banks and servicers are fictional; SSNs use the 900-999
area; every page carries a faint "synthetic test document" line.
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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
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

FONTS = Path("/usr/share/fonts/truetype")
HAND_FONT = FONTS / "dejavu/DejaVuSans-Oblique.ttf"
FAX_FONT = FONTS / "liberation2/LiberationMono-Regular.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W = letter[0]
HALF_W = 396.0  # a half-letter booklet page is 5.5 x 8.5 inches

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

# The income lines both servicers' forms print, and the income code each belongs to.
LINES = ("wages", "self", "unemp", "ss", "pension", "nontax", "rent", "invest", "other")
LINE_CODE = {"wages": "wages", "self": "self_employment", "unemp": "unemployment", "ss": "benefits_taxable",
             "pension": "benefits_taxable", "nontax": "benefits_nontaxable", "rent": "rental",
             "invest": "investment", "other": "other"}


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


# --- drawing primitives -----------------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by a person after the paper was printed: a signature ("sig") or hand-written text ("hand").
    x, y: points from the page's bottom-left (the baseline's left end); w: a signature's width."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 11.0
    seed: int = 1


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Paper:
    pages: list[PageFn]
    size: tuple[float, float] = letter


def synth_line(c: Canvas, size: tuple[float, float]) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawRightString(size[0] - 24, 9, SYNTH)
    c.restoreState()


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
               size: float = 11.0, leading: float = 14.5, gap: float = 8.0) -> float:
    """Wrapped paragraphs from (x, y) down; returns the baseline under the last one."""
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


def signature_strokes(seed: int, w: float, h: float = 16.0) -> list[list[tuple[float, float]]]:
    """A scrawled signature inside a w x h box as polylines: two or three looping words and an underline."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for part in range(rng.randint(2, 3)):
        span = w * rng.uniform(0.28, 0.42)
        loops = rng.uniform(3.0, 6.0)
        pts = []
        for i in range(61):
            t = i / 60
            tall = h * (1.0 if t < 0.16 else 0.5) * rng.uniform(0.9, 1.05)
            pts.append((x + span * t + 2.4 * math.cos(t * loops * 2 * math.pi),
                        h * 0.3 + tall * 0.5 * math.sin(t * loops * 2 * math.pi + part)))
        strokes.append(pts)
        x += span + w * 0.06
        if x >= w * 0.9:
            break
    squeeze = min(1.0, w / max(px for stroke in strokes for px, _ in stroke))
    strokes = [[(px * squeeze, py) for px, py in stroke] for stroke in strokes]
    strokes.append([(w * 0.05, -1.5), (min(x * squeeze, w) * 0.92, 1.2)])
    return strokes


def draw_signature(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.1, 0.12, 0.42))
    c.setLineWidth(1.0)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in signature_strokes(m.seed, m.w):
        path = c.beginPath()
        path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(m.x + px, m.y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    """Marks made on a screen: signatures drawn with a mouse or finger; notes typed."""
    for m in marks:
        if m.kind == "sig":
            draw_signature(c, m)
        else:
            c.setFont("Helvetica-Oblique", m.size)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, synth: bool = True) -> bytes:
    """The born-digital PDF of a paper, its marks made on screen; `synth`: with the synthetic-document line."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_bj")
    for fn in paper.pages:
        c.setPageSize(paper.size)
        screen_marks(c, fn(c))
        if synth:
            synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bj"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def band(c: Canvas, x: float, y: float, w: float, text: str, color: Color, size: float = 8.0) -> None:
    """A filled section bar with its title in white capitals; y is the bar's bottom."""
    c.setFillColor(color)
    c.rect(x, y, w, size + 7, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", size)
    c.drawString(x + 5, y + 4, text)
    c.setFillColor(black)


# --- scanning -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.5
    noise: float = 0.0005
    faint: float = 1.0  # share of the ink's darkness that reaches the image (light toner: about 0.4)
    fax: bool = False
    header: str = ""  # the sending fax machine's line; "{n}" is replaced by the page number


def ink_marks(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.2 * scale))
            for stroke in signature_strokes(m.seed, m.w):
                draw.line([((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke], fill=30,
                          width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = ImageFont.truetype(str(HAND_FONT), round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.7, 0.7) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=38, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.96, 1.07)


def degrade(img: Image.Image, style: Scan, seed: int, page_no: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if style.faint < 1.0:
        out = out.point(lambda v: int(255 - (255 - v) * style.faint))
    if not style.fax:
        out = out.point(lambda v: int(14 + v * 0.93))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 70 if px[x, y] > 128 else 225
    if style.header:
        draw = ImageDraw.Draw(out)
        font = ImageFont.truetype(str(FAX_FONT), round(8.5 * style.dpi / 72))
        draw.text((round(0.25 * style.dpi), round(0.08 * style.dpi)), style.header.replace("{n}", f"{page_no:03d}"),
                  fill=0, font=font)
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def render(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
    """Each page as a grey image at dpi (form widgets drawn, as a viewer prints them), with the page height."""
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


def paper_for_print(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The PDF a paper is printed from, and the marks each page will get by hand once printed."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks.append(fn(c))
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue(), marks


def print_pdf(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan) -> list[Image.Image]:
    """A PDF printed (form widgets as a viewer prints them), then signed and dated by hand: its page images before
    the scanner sees them (they are degraded when the file is made, in file order)."""
    out = []
    for i, (img, page_h) in enumerate(render(pdf, style.dpi)):
        ink_marks(img, marks[i], style.dpi / 72, page_h)
        out.append(img)
    return out


def print_paper(paper: Paper, style: Scan) -> list[Image.Image]:
    return print_pdf(*paper_for_print(paper), style)


def scans_pdf(images: Sequence[Image.Image], style: Scan, seed: int) -> bytes:
    """Degrade printed pages like the scanner or fax line did and wrap them into an image-only PDF."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for n, clean in enumerate(images, 1):
        sheet = degrade(clean, style, seed * 53 + n, n)
        size = (sheet.size[0] * 72 / style.dpi, sheet.size[1] * 72 / style.dpi)
        c.setPageSize(size)
        data = io.BytesIO()
        if style.fax:
            sheet.convert("L").save(data, "PNG")
        else:
            sheet.save(data, "JPEG", quality=80)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- the application -----------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str
    dob: dt.date
    phone: str
    street: str
    city: str
    state: str
    zip: str
    occupancy: str
    hardships: list[str]
    start: dt.date
    duration: str  # short | long | resolved
    lines: dict[str, float]  # form line -> monthly amount
    signed_on: dt.date
    co: str | None = None
    co_ssn: str = ""
    co_dob: dt.date | None = None
    agent: str | None = None  # who acts under a power of attorney
    agent_rel: str = ""
    agent_phone: str = ""
    agent_for: tuple[str, ...] = ()  # the signature lines the agent signs: "b", "co"
    mailing: str = ""
    other_text: str = ""
    b_dates: bool = True  # every line is signed; False: the borrower's date was left empty
    checking: float = 0.0
    savings: float = 0.0
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.lines.values()))

    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for line, v in self.lines.items():
            if v > 0:
                out[LINE_CODE[line]] = r2(out.get(LINE_CODE[line], 0.0) + v)
        return out

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = {**self.income(), "total": self.total}
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_dates, "signed_on": self.signed_on.isoformat() if self.b_dates
                else None, "co_borrower_signed": None if self.co is None else True}

    def signer(self, who: str) -> str:
        """Whose hand signs a line: the agent's on the lines signed under the power of attorney."""
        if self.agent and who in self.agent_for:
            return self.agent
        return self.borrower if who == "b" else self.co or ""

    def signature_seed(self, who: str) -> int:
        return self.seed + sum(map(ord, self.signer(who)))

    def signer_note(self, who: str) -> str:
        """What an agent writes after the signature on a line signed for someone else."""
        return f"by {self.agent}, POA" if self.agent and who in self.agent_for else ""


# --- Wendover Hills: the booklet ------------------------------------------------------------------------------------

WH_BLUE = Color(0.12, 0.24, 0.42)
WH_ORDER = ("reduction_in_income", "increase_in_housing_expenses", "disability_or_illness", "death", "disaster",
            "unemployment", "divorce_or_separation", "separation_unmarried", "relocation", "other")
WH_REASON = {"reduction_in_income": "Income went down (a pension or benefit cut, fewer work hours)",
             "increase_in_housing_expenses": "Taxes, insurance, association dues or repairs went up",
             "disability_or_illness": "Serious illness, disability or the cost of care",
             "death": "Death of a homeowner or of a spouse whose income helped pay",
             "disaster": "Disaster: fire, flood, storm", "unemployment": "Loss of a job",
             "divorce_or_separation": "Divorce or legal separation",
             "separation_unmarried": "Separation from a co-owner you are not married to",
             "relocation": "Moved far away for a job", "other": "Something else:"}
WH_LINE = {"wages": "Pay from a job (gross)", "self": "Self-employment, after business expenses",
           "unemp": "Unemployment benefits", "ss": "Social Security retirement or survivors benefits (taxable)",
           "pension": "Pension, railroad retirement, IRA or 401(k) payments (taxable)",
           "nontax": "SSI, VA disability, other non-taxable benefits",
           "rent": "Rent received, after expenses other than this mortgage",
           "invest": "Annuity bought from an insurer, interest, dividends",
           "other": "Other: family contribution, alimony, child support"}


@dataclass(frozen=True)
class Fill:
    """Which layer of a booklet page to draw: the printed form, the answers, or both; ink: dates written by hand."""

    form: bool = True
    answers: bool = True
    ink: bool = False


HalfFn = Callable[[Canvas, Fill], list[Mark]]


def wh_line(c: Canvas, f: Fill, x: float, y: float, w: float, label: str, answer: str) -> None:
    """A ruled answer line with its label printed small above it; the answer typed on the line."""
    if f.form:
        c.setFont("Helvetica", 6.3)
        c.drawString(x, y + 11, label)
        c.setLineWidth(0.5)
        c.line(x, y - 2.5, x + w, y - 2.5)
    if f.answers and answer:
        c.setFont("Courier", 9)
        c.drawString(x + 3, y, answer)


def wh_box(c: Canvas, f: Fill, x: float, y: float, checked: bool, label: str, size: float = 6.8) -> None:
    if f.form:
        c.setLineWidth(0.6)
        c.rect(x, y - 1, 7, 7, stroke=1, fill=0)
        c.setFont("Helvetica", size)
        c.drawString(x + 11, y, label)
    if f.answers and checked:
        c.setFont("Courier-Bold", 9)
        c.drawString(x + 1, y - 0.5, "X")


def wh_header(c: Canvas, f: Fill, page: int, title: str) -> None:
    if f.form:
        band(c, 26, 578, 344, title, WH_BLUE)
        c.setFont("Helvetica", 6.5)
        c.drawString(26, 22, "Wendover Hills Mortgage Servicing  -  Form WH-62 (rev. 02/2047)")
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(HALF_W / 2, 34, str(page))


def wh_cover(app: App) -> HalfFn:
    def draw(c: Canvas, f: Fill) -> list[Mark]:
        if f.form:
            c.setFillColor(WH_BLUE)
            c.rect(0, 548, HALF_W, 64, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Times-Bold", 17)
            c.drawString(26, 586, "WENDOVER HILLS")
            c.setFont("Helvetica", 7)
            c.drawString(26, 574, "MORTGAGE SERVICING   -   SENIOR HOMEOWNER DESK")
            c.drawRightString(370, 586, "Form WH-62")
            c.setFillColor(black)
            c.setFont("Times-Bold", 16)
            c.drawString(26, 520, "Homeowner Assistance Application")
            c.setFont("Helvetica-Oblique", 7.3)
            c.drawString(26, 506, "For homeowners 62 and older, and for the family members or agents who help them")
            c.setFont("Helvetica-Bold", 7)
            c.drawString(26, 484, "LOAN NUMBER")
            c.rect(26, 462, 170, 18, stroke=1, fill=0)
            band(c, 26, 428, 344, "PART 1   THE HOMEOWNERS", WH_BLUE)
            band(c, 26, 268, 344, "PART 2   IF SOMEONE IS HELPING", WH_BLUE)
            c.setFont("Helvetica", 6.5)
            c.drawString(26, 256, "A family member, a guardian, or an agent under a power of attorney.")
            c.setLineWidth(0.5)
            c.rect(26, 60, 344, 62, stroke=1, fill=0)
            paragraphs(c, 32, 110, 332, [
                "Please send every page of this booklet, even pages you did not fill in, with the papers listed on "
                "page 4. We will write to you within five business days to say what we received and whether "
                "anything else is needed. Free help: HUD-approved housing counselors, (800) 569-4287."],
                font="Helvetica", size=6.8, leading=8.6)
            c.setFont("Helvetica-Bold", 9)
            c.drawCentredString(HALF_W / 2, 34, "1")
        if f.answers:
            c.setFont("Courier-Bold", 11)
            c.drawString(32, 467, app.loan)
        wh_line(c, f, 26, 398, 250, "Homeowner's full name", app.borrower)
        wh_line(c, f, 290, 398, 80, "Date of birth", mdy(app.dob))
        wh_line(c, f, 26, 368, 120, "Social Security number - last 4 digits", app.ssn[-4:])
        wh_line(c, f, 160, 368, 210, "Telephone", app.phone)
        wh_line(c, f, 26, 338, 250, "Second homeowner on the loan (leave blank if none)", app.co or "")
        wh_line(c, f, 290, 338, 80, "Date of birth", mdy(app.co_dob) if app.co_dob else "")
        wh_line(c, f, 26, 308, 120, "Last 4 of SSN", app.co_ssn[-4:] if app.co else "")
        wh_line(c, f, 26, 226, 250, "Helper's name", app.agent or "")
        wh_line(c, f, 290, 226, 80, "Relationship", app.agent_rel)
        wh_line(c, f, 26, 196, 120, "Helper's telephone", app.agent_phone)
        wh_line(c, f, 160, 196, 210, "Helper's mailing address", app.mailing)
        wh_box(c, f, 26, 168, bool(app.agent), "A copy of the power of attorney or guardianship order is enclosed")
        return []

    return draw


def wh_home(app: App) -> HalfFn:
    def draw(c: Canvas, f: Fill) -> list[Mark]:
        wh_header(c, f, 2, "PART 3   THE HOME")
        wh_line(c, f, 26, 548, 344, "Street address of the home", app.street)
        wh_line(c, f, 26, 518, 200, "City", app.city)
        wh_line(c, f, 236, 518, 40, "State", app.state)
        wh_line(c, f, 286, 518, 84, "ZIP", app.zip)
        if f.form:
            c.setFont("Helvetica-Bold", 6.8)
            c.drawString(26, 496, "How is the home used?")
        for i, (occ, text) in enumerate((("primary_residence", "The homeowner lives there all year (main home)"),
                                         ("second_home", "Second home or seasonal home"),
                                         ("investment_property", "Rented to others / investment property"))):
            wh_box(c, f, 30, 482 - 13 * i, app.occupancy == occ, text)
        if f.form:
            band(c, 26, 426, 344, "PART 4   WHAT HAPPENED", WH_BLUE)
            c.setFont("Helvetica-Bold", 6.8)
            c.drawString(26, 410, "Mark every reason that applies:")
        y = 396.0
        for code in WH_ORDER:
            wh_box(c, f, 30, y, code in app.hardships, WH_REASON[code])
            y -= 13
        wh_line(c, f, 100, y + 13, 270, "", app.other_text)
        wh_line(c, f, 26, 242, 150, "The hardship started on (month / day / year)", mdy(app.start))
        if f.form:
            c.setFont("Helvetica-Bold", 6.8)
            c.drawString(26, 218, "Will it last?")
        for i, (dur, text) in enumerate((("short", "6 months or less"), ("long", "more than 6 months"),
                                         ("resolved", "it is over"))):
            wh_box(c, f, 80 + 95 * i, 218, app.duration == dur, text)
        return []

    return draw


def wh_income(app: App) -> HalfFn:
    def draw(c: Canvas, f: Fill) -> list[Mark]:
        wh_header(c, f, 3, "PART 5   MONTHLY INCOME")
        if f.form:
            paragraphs(c, 26, 566, 344, ["Everyone on the loan together. Write amounts BEFORE taxes, Medicare "
                                         "premiums and other deductions. Leave a line blank if it does not apply."],
                       font="Helvetica", size=6.6, leading=8)
        y = 530.0
        for letter_, line in zip("abcdefghi", LINES, strict=True):
            amount = app.lines.get(line, 0.0)
            if f.form:
                c.setFont("Helvetica-Bold", 7)
                c.drawString(26, y, f"{letter_}.")
                c.setFont("Helvetica", 7)
                c.drawString(38, y, WH_LINE[line])
                c.drawString(292, y, "$")
                c.setLineWidth(0.5)
                c.line(300, y - 2.5, 370, y - 2.5)
            if f.answers and amount > 0:
                c.setFont("Courier", 9)
                c.drawRightString(368, y, money(amount))
            y -= 22
        if f.form:
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(38, y, "TOTAL of lines a through i")
            c.drawString(292, y, "$")
            c.setLineWidth(1.1)
            c.rect(300, y - 4, 70, 14, stroke=1, fill=0)
            band(c, 26, y - 40, 344, "PART 6   MONEY IN THE BANK", WH_BLUE)
        if f.answers:
            c.setFont("Courier-Bold", 9)
            c.drawRightString(368, y, money(app.total))
        wh_line(c, f, 26, y - 66, 200, "Checking accounts and cash", money(app.checking))
        wh_line(c, f, 26, y - 96, 200, "Savings, CDs, money market", money(app.savings))
        return []

    return draw


def wh_signatures(app: App) -> HalfFn:
    def draw(c: Canvas, f: Fill) -> list[Mark]:
        wh_header(c, f, 4, "PART 7   SIGNATURES")
        marks: list[Mark] = []
        if f.form:
            paragraphs(c, 26, 560, 344, [
                "I certify that the information in this booklet is true and complete and that the hardship I "
                "described has made it hard for me to pay my mortgage. I agree to send the papers Wendover Hills "
                "asks for and I allow Wendover Hills to obtain a credit report. I understand that knowingly making "
                "a false statement to obtain mortgage relief may be a crime under federal law."],
                font="Helvetica", size=6.8, leading=8.6)
        rows = [("b", "Homeowner's signature", True, app.b_dates),
                ("co", "Second homeowner's signature", bool(app.co), bool(app.co))]
        y = 452.0
        for who, label, signs, dates in rows:
            if f.form:
                c.setLineWidth(0.6)
                c.line(26, y, 250, y)
                c.line(270, y, 370, y)
                c.setFont("Helvetica", 6.3)
                c.drawString(26, y - 9, label)
                c.drawString(270, y - 9, "Date")
            note = app.signer_note(who)
            if f.answers and signs:
                marks.append(Mark("sig", 32, y + 2, w=118 if note else 180, seed=app.signature_seed(who)))
                if note:
                    marks.append(Mark("hand", 154, y + 3, note, size=7.5, seed=app.seed + 3))
            if f.answers and dates:
                if f.ink:
                    marks.append(Mark("hand", 276, y + 3, mdy(app.signed_on), size=10, seed=app.seed + 5))
                else:
                    c.setFont("Courier", 9)
                    c.drawString(276, y + 2, mdy(app.signed_on))
            y -= 44
        if f.form:
            paragraphs(c, 26, y + 8, 344, [
                "An agent under a power of attorney signs on the homeowner's line and writes \"by\" and the "
                "agent's name after the signature. Print below who signed as agent."],
                font="Helvetica-Oblique", size=6.5, leading=8)
        signed_for = ", ".join(app.co if w == "co" and app.co else app.borrower for w in app.agent_for)
        wh_line(c, f, 26, y - 36, 160, "Agent's printed name", app.agent or "")
        wh_line(c, f, 200, y - 36, 170, "Signed for", signed_for)
        if f.form:
            c.setLineWidth(0.5)
            c.rect(26, 60, 344, 150, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(32, 198, "WHAT TO SEND WITH THIS BOOKLET")
            paragraphs(c, 32, 186, 332, [
                "- Social Security, pension, VA or annuity award letters dated within the last 90 days, or your two "
                "most recent bank statements showing the deposits.",
                "- Your most recent pay stub showing year-to-date pay, if anyone on the loan works.",
                "- A letter explaining the hardship, and a copy of any power of attorney or guardianship order.",
                "Mail: Wendover Hills Mortgage Servicing, Senior Homeowner Desk, PO Box 2290, Wendover, PA 17013.  "
                "Fax: (717) 555-0162."], font="Helvetica", size=6.6, leading=8.2, gap=3)
        return marks

    return draw


def booklet(app: App, f: Fill, saddle: bool) -> Paper:
    """The four half-letter pages imposed two-up on landscape sheets: [4|1] [2|3] (saddle stitch) or [1|2] [3|4]."""
    p1, p2, p3, p4 = wh_cover(app), wh_home(app), wh_income(app), wh_signatures(app)
    pairs = [(p4, p1), (p2, p3)] if saddle else [(p1, p2), (p3, p4)]

    def sheet(left: HalfFn, right: HalfFn) -> PageFn:
        def draw(c: Canvas) -> list[Mark]:
            marks: list[Mark] = []
            for offset, half in ((0.0, left), (HALF_W, right)):
                c.saveState()
                c.translate(offset, 0)
                marks += [replace(m, x=m.x + offset) for m in half(c, f)]
                c.restoreState()
            if f.form:
                c.saveState()
                c.setStrokeGray(0.75)
                c.setDash(2, 4)
                c.setLineWidth(0.3)
                c.line(HALF_W, 0, HALF_W, 612)
                c.restoreState()
            return marks

        return draw

    return Paper([sheet(a, b) for a, b in pairs], landscape(letter))


def booklet_typed_in_editor(app: App, saddle: bool, tag: str) -> bytes:
    """The servicer's print-ready booklet PDF with the answers added in a PDF editor: the answers (and the signature
    drawn on screen) are a second content layer merged over the printed form."""
    form = PdfReader(io.BytesIO(paper_pdf(booklet(app, Fill(form=True, answers=False), saddle))))
    answers = PdfReader(io.BytesIO(paper_pdf(booklet(app, Fill(form=False, answers=True), saddle), synth=False)))
    writer = PdfWriter()
    for base, over in zip(form.pages, answers.pages, strict=True):
        page = writer.add_page(base)
        page.merge_page(over)
    return fixed_bytes(writer, tag)


# --- Ashgrove Bank: the fillable form -------------------------------------------------------------------------------

AG_GREEN = Color(0.13, 0.36, 0.22)
AG_TINT = Color(0.93, 0.96, 0.99)
AG_ORDER = ("death", "disability_or_illness", "reduction_in_income", "increase_in_housing_expenses", "disaster",
            "unemployment", "divorce_or_separation", "separation_unmarried", "relocation", "other")
AG_REASON = {"death": "Death of a borrower, or of a spouse or partner who contributed income",
             "disability_or_illness": "Illness, disability or the cost of long-term care",
             "reduction_in_income": "Lower income (retirement, a reduced pension, fewer hours)",
             "increase_in_housing_expenses": "Higher taxes, insurance, association dues or repair costs",
             "disaster": "Fire, flood, storm or other disaster", "unemployment": "Loss of a job",
             "divorce_or_separation": "Divorce or legal separation",
             "separation_unmarried": "Separation from a co-owner you are not married to",
             "relocation": "Relocation for work", "other": "Other (explain below)"}
AG_LINES = ("ss", "pension", "nontax", "wages", "invest", "rent", "self", "unemp", "other")
AG_LINE = {"ss": "Social Security retirement or survivors benefits (taxable)",
           "pension": "Pension or retirement plan payments (taxable)",
           "nontax": "SSI, VA disability or other non-taxable benefits", "wages": "Wages from a job, before deductions",
           "invest": "Investments, insurance, or an annuity you bought from an insurer",
           "rent": "Rent received, after expenses other than this mortgage", "self": "Self-employment income (net)",
           "unemp": "Unemployment benefits", "other": "Other income (alimony, child support, family contributions)"}


class Widgets:
    """AcroForm widgets named the way a form-authoring tool numbers them; remembers which names hold dates and
    amounts."""

    def __init__(self) -> None:
        self.count = {"Text": 0, "Check Box": 0, "Group": 0}
        self.dated: list[str] = []
        self.amounts: list[str] = []

    def _name(self, kind: str) -> str:
        self.count[kind] += 1
        return f"{kind}{self.count[kind]}"

    def text(self, c: Canvas, x: float, y: float, w: float, value: str, h: float = 15.0, size: float = 10.0,
             multiline: bool = False) -> str:
        name = self._name("Text")
        c.acroForm.textfield(name=name, value=value, x=x, y=y, width=w, height=h, fontName="Courier",
                             fontSize=size, borderWidth=0.4, borderColor=Color(0.55, 0.6, 0.7), fillColor=AG_TINT,
                             textColor=black, fieldFlags="multiline" if multiline else "", maxlen=400)
        return name

    def check(self, c: Canvas, x: float, y: float, checked: bool) -> None:
        c.setLineWidth(0.7)
        c.rect(x - 1, y - 1, 11, 11, stroke=1, fill=0)  # the printed box under the widget
        c.acroForm.checkbox(name=self._name("Check Box"), checked=checked, x=x, y=y, size=9, buttonStyle="cross",
                            borderWidth=0.6, borderColor=black, fillColor=white, textColor=black,
                            fieldFlags="")

    def radio(self, c: Canvas, options: Sequence[tuple[str, float, float]], chosen: str) -> None:
        """One radio group: (export value, x, y) for each button."""
        name = self._name("Group")
        for value, x, y in options:
            c.setLineWidth(0.7)
            c.circle(x + 4.5, y + 4.5, 5.6, stroke=1, fill=0)
            c.acroForm.radio(name=name, value=value, selected=value == chosen, x=x, y=y, size=9, borderWidth=0.6,
                             borderColor=black, fillColor=white, textColor=black, fieldFlags="noToggleToOff radio")


def ag_head(c: Canvas, page: int) -> None:
    c.setFillColor(AG_GREEN)
    c.circle(62, 742, 15, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Times-Bold", 17)
    c.drawCentredString(62, 736, "A")
    c.setFillColor(black)
    c.setFont("Times-Bold", 15)
    c.drawString(84, 746, "ASHGROVE BANK, FSB")
    c.setFont("Helvetica", 7.5)
    c.drawString(84, 735, "Home Loan Servicing  -  400 Meeting House Road")
    c.drawString(84, 726, "Ashgrove, NH 03031  -  (603) 555-0117")
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(562, 746, "MORTGAGE RELIEF REQUEST")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(562, 735, "for retired and senior homeowners")
    c.drawRightString(562, 726, f"Form AG-3 (rev. 01/2047)  -  Page {page} of 3")
    c.setStrokeColor(AG_GREEN)
    c.setLineWidth(1.4)
    c.line(50, 720, 562, 720)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def ag_label(c: Canvas, x: float, y: float, text: str, size: float = 7.5, bold: bool = False) -> None:
    c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
    c.drawString(x, y, text)


def ashgrove(app: App, ink: bool, wid: Widgets) -> Paper:
    """Form AG-3 with its answers in widgets; with `ink` the dates are left for the pen (returned as marks)."""

    def page1(c: Canvas) -> list[Mark]:
        ag_head(c, 1)
        ag_label(c, 50, 704, "Loan number", 8.5, True)
        wid.text(c, 112, 699, 150, app.loan, h=16, size=11)
        paragraphs(c, 290, 711, 272, ["Type in the shaded boxes, print the form and sign it, or sign on screen. "
                                      "Send it with the papers listed on page 3."], font="Helvetica", size=7,
                   leading=8.5)
        band(c, 50, 670, 512, "1   ABOUT YOU", AG_GREEN)
        rows = [(648, [(50, "Borrower's full name", 250, app.borrower), (400, "Date of birth", 90,
                                                                          mdy(app.dob))]),
                (618, [(50, "Social Security no. (last 4)", 60, app.ssn[-4:]), (250, "Telephone", 110, app.phone)]),
                (588, [(50, "Co-borrower's full name", 250, app.co or ""),
                       (400, "Date of birth", 90, mdy(app.co_dob) if app.co_dob else "")]),
                (558, [(50, "Social Security no. (last 4)", 60, app.co_ssn[-4:] if app.co else "")])]
        for y, cells in rows:
            for x, label, w, value in cells:
                ag_label(c, x, y + 4, label)
                lw = stringWidth(label, "Helvetica", 7.5) + 6
                name = wid.text(c, x + lw, y, w, value)
                if label == "Date of birth":
                    wid.dated.append(name)
        band(c, 50, 520, 512, "2   SOMEONE WHO ACTS FOR YOU", AG_GREEN)
        ag_label(c, 50, 506, "Complete only if a family member, a guardian or an agent under a power of attorney "
                             "helps with this request or signs it.", 7)
        ag_label(c, 50, 482, "Representative's name")
        wid.text(c, 140, 478, 200, app.agent or "")
        ag_label(c, 360, 482, "Relationship")
        wid.text(c, 410, 478, 110, app.agent_rel)
        ag_label(c, 50, 454, "Telephone")
        wid.text(c, 95, 450, 110, app.agent_phone)
        ag_label(c, 50, 430, "Authority:")
        for x, text, on in ((100, "Power of attorney (copy enclosed)", bool(app.agent)),
                            (260, "Court-appointed guardian", False), (400, "Helper only, no legal authority", False)):
            wid.check(c, x, 428, on)
            ag_label(c, x + 12, 430, text, 7)
        band(c, 50, 400, 512, "3   THE PROPERTY", AG_GREEN)
        ag_label(c, 50, 378, "Property street address")
        wid.text(c, 140, 374, 330, app.street)
        ag_label(c, 50, 348, "City")
        wid.text(c, 72, 344, 180, app.city)
        ag_label(c, 270, 348, "State")
        wid.text(c, 295, 344, 36, app.state)
        ag_label(c, 350, 348, "ZIP code")
        wid.text(c, 388, 344, 82, app.zip)
        ag_label(c, 50, 318, "The property is:", bold=True)
        options = (("Home", "my home (principal residence)", 130), ("Second", "a second home", 280),
                   ("Rental", "a rental / investment property", 370))
        value = {"primary_residence": "Home", "second_home": "Second", "investment_property": "Rental"}
        wid.radio(c, [(v, x, 316) for v, _, x in options], value[app.occupancy])
        for _, text, x in options:
            ag_label(c, x + 12, 318, text)
        ag_label(c, 50, 288, "Mailing address, if not the property")
        wid.text(c, 180, 284, 330, app.mailing)
        c.setLineWidth(0.4)
        c.rect(50, 90, 512, 170, stroke=1, fill=0)
        ag_label(c, 58, 246, "WHY WE ASK", 7.5, True)
        paragraphs(c, 58, 232, 496, [
            "Ashgrove Bank reviews every request from a borrower or from a person legally authorized to act for a "
            "borrower. If someone signs for you under a power of attorney, send a copy of the document with this "
            "form. If you have a court-appointed guardian or conservator, send the court order.",
            "We will acknowledge your request in writing within five business days and tell you whether anything "
            "else is needed. HUD-approved housing counselors can help you at no charge: (800) 569-4287."],
            font="Helvetica", size=7.5, leading=9.5)
        return []

    def page2(c: Canvas) -> list[Mark]:
        ag_head(c, 2)
        band(c, 50, 696, 512, "4   YOUR HARDSHIP", AG_GREEN)
        ag_label(c, 50, 680, "Check every reason that applies:", bold=True)
        for i, code in enumerate(AG_ORDER):
            col, row = divmod(i, 5)
            x, y = 54 + col * 256, 662 - row * 16
            wid.check(c, x, y - 2, code in app.hardships)
            ag_label(c, x + 13, y, AG_REASON[code], 7)
        ag_label(c, 50, 568, "Date the hardship began (mm/dd/yyyy)")
        wid.dated.append(wid.text(c, 190, 564, 90, mdy(app.start)))
        ag_label(c, 300, 568, "Expected to last:")
        durations = (("Short", "under 6 months", 368), ("Long", "6 months or more", 440), ("Resolved", "resolved", 512))
        wid.radio(c, [(v, x, 566) for v, _, x in durations],
                  {"short": "Short", "long": "Long", "resolved": "Resolved"}[app.duration])
        for _, text, x in durations:
            ag_label(c, x + 11, 568, text, 6.8)
        ag_label(c, 50, 542, "Explain briefly, or attach a letter")
        wid.text(c, 50, 500, 512, app.other_text, h=36, size=9, multiline=True)
        band(c, 50, 462, 512, "5   MONTHLY INCOME OF EVERY BORROWER (before taxes, Medicare premiums and deductions)",
             AG_GREEN)
        ag_label(c, 50, 446, "Source", bold=True)
        ag_label(c, 440, 446, "Monthly amount", bold=True)
        y = 424.0
        for line in AG_LINES:
            amount = app.lines.get(line, 0.0)
            ag_label(c, 50, y + 4, AG_LINE[line], 8)
            ag_label(c, 428, y + 4, "$", 8)
            wid.amounts.append(wid.text(c, 436, y, 110, money(amount) if amount > 0 else ""))
            c.setStrokeGray(0.8)
            c.line(50, y - 4, 562, y - 4)
            c.setStrokeColor(black)
            y -= 24
        ag_label(c, 50, y + 4, "TOTAL MONTHLY INCOME", 8.5, True)
        ag_label(c, 428, y + 4, "$", 8.5, True)
        wid.amounts.append(wid.text(c, 436, y, 110, money(app.total)))
        return []

    def page3(c: Canvas) -> list[Mark]:
        ag_head(c, 3)
        band(c, 50, 696, 512, "6   SAVINGS", AG_GREEN)
        ag_label(c, 50, 674, "Checking accounts and cash on hand   $")
        wid.text(c, 190, 670, 110, money(app.checking))
        ag_label(c, 320, 674, "Savings, CDs, money market   $")
        wid.text(c, 440, 670, 110, money(app.savings))
        band(c, 50, 632, 512, "7   CERTIFICATION AND SIGNATURES", AG_GREEN)
        y = paragraphs(c, 50, 614, 512, [
            "By signing, each borrower (or the borrower's legally authorized representative) certifies that the "
            "information in this request is true and complete, that the hardship described contributed to the need "
            "for mortgage relief, and agrees to provide the documents Ashgrove Bank requests. Each borrower consents "
            "to a credit report. Knowingly false statements may violate federal law (18 U.S.C. 1001 and 1014).",
            "A representative signing under a power of attorney signs on the borrower's line and prints his or her "
            "name and capacity in the box below the signature lines."], font="Helvetica", size=7.5, leading=9.5)
        marks: list[Mark] = []
        y -= 30
        for who, label, signs, dates in (("b", "Borrower's signature", True, app.b_dates),
                                         ("co", "Co-borrower's signature", bool(app.co), bool(app.co))):
            c.setLineWidth(0.7)
            c.line(50, y, 330, y)
            ag_label(c, 50, y - 10, label, 7)
            ag_label(c, 360, y + 4, "Date")
            name = wid.text(c, 384, y, 96, mdy(app.signed_on) if dates and not ink else "")
            wid.dated.append(name)
            if signs:
                note = app.signer_note(who)
                marks.append(Mark("sig", 60, y + 2, w=140 if note else 200, seed=app.signature_seed(who)))
                if note and ink:
                    marks.append(Mark("hand", 206, y + 3, note, size=8.5, seed=app.seed + 4))
            if dates and ink:
                marks.append(Mark("hand", 388, y + 3, mdy(app.signed_on), size=10.5, seed=app.seed + 6))
            y -= 48
        ag_label(c, 50, y + 8, "Representative's name and capacity (e.g. \"attorney-in-fact for ...\")")
        capacity = ""
        if app.agent:
            signed_for = " and ".join(app.co if w == "co" and app.co else app.borrower for w in app.agent_for)
            capacity = f"{app.agent}, attorney-in-fact for {signed_for}"
        wid.text(c, 50, y - 14, 430, capacity)
        c.setFillGray(0.94)
        c.rect(50, 110, 512, 60, stroke=1, fill=1)
        c.setFillColor(black)
        ag_label(c, 58, 156, "SEND WITH THIS FORM", 7.5, True)
        paragraphs(c, 58, 142, 496, [
            "Award letters for Social Security, pensions, VA or annuities dated within 90 days (or two recent bank "
            "statements showing the deposits); a recent pay stub with year-to-date pay for anyone who works; a "
            "hardship letter; a copy of any power of attorney. Fax (603) 555-0119 or mail to the address above."],
            font="Helvetica", size=7.3, leading=9.2)
        return marks

    return Paper([page1, page2, page3])


def ashgrove_printed(app: App, style: Scan) -> list[Image.Image]:
    """Form AG-3 typed on screen, printed from the viewer, then signed and dated in ink."""
    pdf, marks = paper_for_print(ashgrove(app, ink=True, wid=Widgets()))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.set_need_appearances_writer(True)
    return print_pdf(fixed_bytes(writer, "ag3print"), marks, style)


def ashgrove_pdf(app: App, strip: str, tag: str) -> bytes:
    """Form AG-3 typed on screen and signed with a drawn signature; `strip` says which text widgets lose their
    appearance streams ("none", "some": dates and amounts, "all"), with NeedAppearances set."""
    wid = Widgets()
    reader = PdfReader(io.BytesIO(paper_pdf(ashgrove(app, ink=False, wid=wid))))
    writer = PdfWriter(clone_from=reader)
    bare = set(wid.dated + wid.amounts)
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            name = str(widget.get("/T", ""))
            if widget.get("/FT") == "/Tx" and (strip == "all" or (strip == "some" and name in bare)):
                del widget[NameObject("/AP")]
    writer.set_need_appearances_writer(True)
    return fixed_bytes(writer, tag)


# --- Social Security and other benefit papers ------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None
    fields_wanted: bool = True

    @property
    def fields(self) -> dict[str, Any]:
        if not self.fields_wanted:
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def ssa_mark(c: Canvas, x: float, y: float) -> None:
    c.setLineWidth(1.2)
    c.circle(x, y, 17, stroke=1, fill=0)
    c.setFont("Times-Bold", 7)
    c.drawCentredString(x, y + 2, "SOCIAL")
    c.drawCentredString(x, y - 6, "SECURITY")
    c.setLineWidth(0.6)


def ssa_online(person: str, address: Sequence[str], date: dt.date, gross: float, medicare: float,
               since: dt.date) -> Letter:
    """A benefit verification letter printed from the online account: the benefit before deductions, the Medicare
    premium and the rounded-down payment."""
    paid = math.floor(gross - medicare)

    def page(c: Canvas) -> list[Mark]:
        ssa_mark(c, 88, 724)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(116, 728, "Social Security Administration")
        c.setFont("Helvetica", 9)
        c.drawString(116, 715, "Benefit Verification Letter - printed from my Social Security")
        c.drawRightString(540, 728, f"Date: {long_date(date)}")
        c.drawRightString(540, 716, f"BNC#: 47D{date.strftime('%m%d')}R{len(person) * 7:04d}")
        y = 676.0
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 12
        y = paragraphs(c, 72, y - 20, 468, [
            "You asked us for information from your record. The information that you requested is shown below.",
            f"We are verifying that {person} is entitled to Social Security retirement benefits."],
            font="Helvetica", size=9.5, leading=12.5)
        c.setFillGray(0.9)
        c.rect(72, y - 8, 468, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(78, y - 3, "Information About Current Social Security Benefits")
        y -= 26
        rows = [("Benefits began", since.strftime("%B %Y")),
                ("Monthly benefit before any deductions", "$" + money(gross)),
                ("Medical insurance premium (Medicare Part B) deducted", "$" + money(medicare)),
                ("Regular monthly payment (we must round down to the whole dollar)", "$" + money(paid)),
                ("Paid", "Monthly, by direct deposit, on or about the 3rd")]
        c.setFont("Helvetica", 9.5)
        for k, v in rows:
            c.drawString(80, y, k)
            c.drawRightString(536, y, v)
            c.setStrokeGray(0.8)
            c.line(78, y - 4, 540, y - 4)
            y -= 17
        c.setStrokeColor(black)
        paragraphs(c, 72, y - 14, 468, [
            "Social Security benefits for a given month are paid the following month. For example, Social Security "
            "benefits for March are paid in April.",
            "If you have questions, you may call us at 1-800-772-1213, or visit our website. This letter is not "
            "signed; it is valid without a signature."], font="Helvetica", size=9, leading=12)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, gross, "benefits_taxable")


def ssa_cola(person: str, address: Sequence[str], date: dt.date, gross: float, medicare: float) -> Letter:
    """December's cost-of-living notice: the new amount for January, before and after the Medicare premium."""
    paid = math.floor(gross - medicare)
    pay_on = dt.date(date.year + 1, 1, 3)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 14)
        c.drawString(72, 732, "Social Security Administration")
        c.setFont("Times-Roman", 10)
        c.drawString(72, 718, "Important Information")
        c.drawRightString(540, 732, f"Date: {long_date(date)}")
        c.drawRightString(540, 719, "Claim Number: XXX-XX-" + f"{len(person) * 137 % 10000:04d}A")
        y = 686.0
        for ln in [person, *address]:
            c.drawString(96, y, ln)
            y -= 13
        c.setFont("Times-Bold", 13)
        c.drawString(72, y - 22, "Your New Benefit Amount")
        y = paragraphs(c, 72, y - 44, 468, [
            f"Your Social Security benefit will increase by 2.4 percent in {date.year + 1} because of a rise in the "
            "cost of living. You can use this letter when you need proof of your benefit amount to get loans, food "
            "stamps, housing or other services."], size=10.5, leading=13.5)
        rows = [("Your new monthly amount (before deductions) is", "$" + money(gross)),
                ("The amount we deduct for Medicare medical insurance is", "$" + money(medicare)),
                ("The amount we deduct for Medicare prescription drug coverage is", "$0.00"),
                ("(We must round down to the whole dollar.)", ""),
                ("After we take any other deductions, you will receive", "$" + money(paid))]
        c.setFont("Times-Roman", 10.5)
        for k, v in rows:
            c.drawString(90, y, k)
            if v:
                c.drawRightString(520, y, v)
            y -= 15
        paragraphs(c, 72, y - 10, 468, [
            f"You will receive this amount on or about {long_date(pay_on)}, and on or about the 3rd of each month "
            "after that.",
            "Medicare premiums for next year are shown above. If you disagree with this decision, you have 60 days "
            "to ask for an appeal."], size=10.5, leading=13.5)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, gross, "benefits_taxable")


def ssa_award(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date, deceased: str
              ) -> Letter:
    """A survivor's Notice of Award: a back-pay lump sum first, then the monthly payment."""
    months = (date.year - since.year) * 12 + date.month - since.month
    lump = r2(monthly * months)

    def page(c: Canvas) -> list[Mark]:
        ssa_mark(c, 90, 728)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(118, 736, "Social Security Administration")
        c.setFont("Helvetica", 9)
        c.drawString(118, 724, "Retirement, Survivors and Disability Insurance")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(118, 708, "Notice of Award")
        c.setFont("Helvetica", 9)
        c.drawRightString(540, 736, "Office of Central Operations")
        c.drawRightString(540, 724, "1500 Woodlawn Drive, Baltimore, MD 21241")
        c.drawRightString(540, 708, f"Date: {long_date(date)}")
        y = 678.0
        for ln in [person, *address]:
            c.drawString(96, y, ln)
            y -= 12
        y = paragraphs(c, 72, y - 18, 468, [
            f"You are entitled to monthly widow's benefits on the record of {deceased} beginning "
            f"{since.strftime('%B %Y')}."], font="Helvetica", size=9.5, leading=12.5)
        for title, text in (
                ("Your First Payment", f"You will receive ${money(lump)} around "
                 f"{long_date(date + dt.timedelta(days=8))}. This is the money you are due for "
                 f"{since.strftime('%B %Y')} through "
                 f"{(date.replace(day=1) - dt.timedelta(days=1)).strftime('%B %Y')}."),
                ("Your Monthly Payment", f"After that you will receive ${money(monthly)} on or about the second "
                 "Wednesday of each month. The day we make payments on this record is based on the deceased "
                 "worker's date of birth."),
                ("Information About Medicare", "You are already entitled to Medicare. Your premiums are paid by a "
                 "state program, so nothing is deducted from your benefit."),
                ("Other Important Information", "You must tell us if you remarry or if your address changes. If you "
                 "disagree with this decision, you have 60 days to ask for an appeal.")):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(72, y, title)
            y = paragraphs(c, 72, y - 14, 468, [text], font="Helvetica", size=9.5, leading=12.5)
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 6, "Social Security Administration")
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def ssa_office(person: str, to: Sequence[str], date: dt.date, gross: float, medicare: float, office: Sequence[str],
               salutation: str) -> Letter:
    """A field office's typed verification letter, addressed to a third party (an agent, or the borrower)."""
    paid = math.floor(gross - medicare)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Courier-Bold", 11)
        c.drawCentredString(W / 2, 738, "SOCIAL SECURITY ADMINISTRATION")
        c.setFont("Courier", 9.5)
        y = 724.0
        for ln in office:
            c.drawCentredString(W / 2, y, ln)
            y -= 11
        c.setFont("Courier", 10)
        c.drawString(72, 668, long_date(date))
        y = 640.0
        for ln in to:
            c.drawString(72, y, ln)
            y -= 12
        c.drawString(72, y - 14, f"RE: {person}")
        c.drawString(72, y - 26, "    Verification of monthly benefits")
        y = paragraphs(c, 72, y - 54, 468, [
            salutation,
            f"This letter verifies that {person} receives Social Security retirement benefits. The benefits are "
            "paid once a month by direct deposit, on or about the 3rd day of the month, for the month before.",
            "The amounts currently payable are:"], font="Courier", size=10, leading=13)
        for k, v in (("Monthly benefit amount", gross), ("Medicare Part B premium deducted", medicare),
                     ("Net monthly payment", float(paid))):
            c.drawString(96, y, f"{k:<36}${money(v):>10}")
            y -= 13
        paragraphs(c, 72, y - 12, 468, [
            "The net payment is rounded down to the whole dollar. This letter was requested with the beneficiary's "
            "written consent.", "Sincerely,", "", "Claims Specialist, Social Security Administration"],
            font="Courier", size=10, leading=13)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, gross, "benefits_taxable")


def letterhead_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                      table: Sequence[tuple[str, str]], closing: Sequence[str], serif: bool = True) -> Paper:
    font = "Times-Roman" if serif else "Helvetica"
    bold = "Times-Bold" if serif else "Helvetica-Bold"

    def page(c: Canvas) -> list[Mark]:
        name, sub, color = head
        c.setFillColor(color)
        c.rect(72, 748, 6, 22, stroke=0, fill=1)
        c.setFont(bold, 14)
        c.drawString(84, 756, name)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(84, 745, sub)
        c.setFont(font, 10.5)
        c.drawString(72, 708, long_date(date))
        y = 684.0
        for ln in to:
            c.drawString(72, y, ln)
            y -= 13
        c.setFont(bold, 10.5)
        c.drawString(72, y - 12, re)
        y = paragraphs(c, 72, y - 36, 468, paras, font=font, size=10.5, leading=14)
        for k, v in table:
            c.setFont(font, 10.5)
            c.drawString(96, y, k)
            c.setFont(bold, 10.5)
            c.drawString(330, y, v)
            y -= 15
        y -= 12
        c.setFont(font, 10.5)
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])


def pension_verification(member: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date,
                         system: str, sub: str) -> Letter:
    fed = r2(monthly * 0.08)
    health = 86.40
    paper = letterhead_letter(
        (system, sub, Color(0.3, 0.15, 0.4)), date, [member, *address], "Re: Verification of retirement benefit",
        [f"At your request, this letter verifies the retirement benefit that {member} receives from the {system}. "
         "The benefit is a single-life service retirement annuity, payable for life and subject to federal income "
         "tax. It is paid monthly, on the last business day of the month.",
         "The amounts below are current as of the date of this letter."],
        [("Retirement date", long_date(since)), ("Gross monthly benefit", "$" + money(monthly)),
         ("Federal income tax withheld", "$" + money(fed)), ("Retiree health premium", "$" + money(health)),
         ("Net monthly deposit", "$" + money(r2(monthly - fed - health))), ("Frequency", "Monthly")],
        ["Sincerely,", "", "Member Services", system])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def survivor_pension(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date,
                     member: str) -> Letter:
    paper = letterhead_letter(
        ("NORTHERN SIERRA CARPENTERS PENSION TRUST", "Survivor Benefits Unit  -  PO Box 4471, Redding, CA 96099  -  "
         "(530) 555-0140", Color(0.45, 0.3, 0.1)), date, [person, *address],
        f"Re: Survivor pension - participant {member}",
        [f"Please accept our sympathy on the death of {member}. He retired under the 50% joint and survivor form "
         "of payment, and you are the named survivor.",
         f"Beginning {long_date(since)} the Trust pays you one half of his monthly pension for the rest of your "
         "life. The survivor pension is taxable income and is paid monthly, on the first day of the month."],
        [("Participant's monthly pension", "$" + money(r2(monthly * 2))),
         ("Survivor's monthly pension (50%)", "$" + money(monthly)), ("First survivor payment", mdy(since)),
         ("Paid", "Monthly")],
        ["Sincerely,", "", "Survivor Benefits Unit"], serif=False)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def pension_advice(pensioner: str, pension_id: str, address: Sequence[str], date: dt.date, monthly: float) -> Letter:
    """A union pension fund's monthly payment advice: gross, withholding and net for one month's payment."""
    fed = r2(monthly * 0.05)
    state = r2(monthly * 0.025)
    net = r2(monthly - fed - state)
    ytd_months = date.month

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.25, 0.05))
        c.rect(50, 716, 512, 40, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(62, 738, "DESERT VALLEY PIPE TRADES PENSION FUND")
        c.setFont("Helvetica", 8)
        c.drawString(62, 725, "Fund Office  -  2150 West Indian School Road, Phoenix, AZ 85015  -  (602) 555-0177")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, 690, "PENSION PAYMENT ADVICE")
        c.setFont("Helvetica", 9)
        c.drawRightString(562, 690, f"Advice date: {mdy(date)}")
        y = 664.0
        for ln in [pensioner, *address]:
            c.drawString(62, y, ln)
            y -= 12
        cells = [("PENSION ID", pension_id), ("PAYMENT FOR", date.strftime("%B %Y")), ("PAYMENT DATE", mdy(date)),
                 ("FREQUENCY", "Monthly"), ("FORM OF PAYMENT", "Joint & 75% survivor")]
        x = 50.0
        for cap, val in cells:
            c.rect(x, 586, 102.4, 28, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 4, 605, cap)
            c.setFont("Helvetica", 9)
            c.drawString(x + 4, 591, val)
            x += 102.4
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(50, 560, "DESCRIPTION")
        c.drawRightString(440, 560, "THIS PAYMENT")
        c.drawRightString(560, 560, "YEAR TO DATE")
        c.line(50, 555, 562, 555)
        c.setFont("Helvetica", 9.5)
        y = 540.0
        for k, v in (("Gross monthly pension", monthly), ("Federal income tax withheld", -fed),
                     ("Arizona income tax withheld", -state)):
            c.drawString(50, y, k)
            c.drawRightString(440, y, money(abs(v)) + ("-" if v < 0 else ""))
            c.drawRightString(560, y, money(abs(v) * ytd_months) + ("-" if v < 0 else ""))
            y -= 15
        c.line(300, y + 6, 562, y + 6)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y - 6, "NET DEPOSIT")
        c.drawRightString(440, y - 6, money(net))
        c.drawRightString(560, y - 6, money(r2(net * ytd_months)))
        paragraphs(c, 50, y - 40, 512, [
            "Your pension is paid on the first business day of each month by direct deposit. Keep this advice with "
            "your tax records; you will receive a Form 1099-R in January. Report address changes to the Fund Office."],
            font="Helvetica", size=8, leading=10)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def va_summary(veteran: str, address: Sequence[str], date: dt.date, monthly: float, rating: int) -> Letter:
    paper = letterhead_letter(
        ("DEPARTMENT OF VETERANS AFFAIRS", "Veterans Benefits Administration  -  Regional Office, 1250 Poydras Street, "
         "New Orleans, LA 70113", Color(0.1, 0.2, 0.4)), date, [veteran, *address], "Summary of Benefits",
        ["This letter is a summary of benefits you currently receive from the Department of Veterans Affairs. You "
         "may use it to verify your income for a mortgage, a housing program or a benefit program.",
         "VA disability compensation is not taxable income. It is paid monthly, on the first business day of the "
         "month, for the month before."],
        [("Combined service-connected evaluation", f"{rating}%"),
         ("Current monthly award amount", "$" + money(monthly)),
         ("Effective date of the last change", "December 1, 2046"), ("Paid", "Monthly")],
        ["Sincerely yours,", "", "Regional Office Director"], serif=False)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def form_1099r(payer: Sequence[str], recipient: str, ssn: str, address: Sequence[str], year: int, gross: float
               ) -> Paper:
    """Copy B of a Form 1099-R: an annual tax form, neither a return nor a benefit letter."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 744, "Form 1099-R")
        c.setFont("Helvetica", 8)
        c.drawString(50, 733, "Distributions From Pensions, Annuities, Retirement or Profit-Sharing Plans, IRAs, "
                              "Insurance Contracts, etc.")
        c.drawString(50, 723, f"Tax year {year}   -   Copy B: report this income on your federal tax return")
        c.setLineWidth(0.7)
        boxes = [(50, 600, 250, 120, "PAYER'S name, street address, city, state, ZIP code", list(payer)),
                 (50, 560, 125, 40, "PAYER'S TIN", ["93-7104417"]),
                 (175, 560, 125, 40, "RECIPIENT'S TIN", ["XXX-XX-" + ssn[-4:]]),
                 (50, 500, 250, 60, "RECIPIENT'S name", [recipient, *address]),
                 (300, 680, 130, 40, "1  Gross distribution", ["$ " + money(gross)]),
                 (300, 640, 130, 40, "2a Taxable amount", ["$ " + money(gross)]),
                 (430, 680, 130, 40, "4  Federal income tax withheld", ["$ " + money(r2(gross * 0.08))]),
                 (430, 640, 130, 40, "7  Distribution code(s)", ["7"]),
                 (300, 600, 130, 40, "14 State tax withheld", ["$ " + money(r2(gross * 0.03))]),
                 (430, 600, 130, 40, "16 State distribution", ["$ " + money(gross)])]
        for x, y, w, h, cap, vals in boxes:
            c.rect(x, y, w, h, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, y + h - 9, cap)
            c.setFont("Courier", 9)
            yy = y + h - 22
            for v in vals:
                c.drawString(x + 6, yy, v)
                yy -= 10
        c.setFont("Helvetica", 7)
        c.drawString(50, 480, "This is important tax information and is being furnished to the IRS. Department of "
                              "the Treasury - Internal Revenue Service.")
        return []

    return Paper([page])


def annuity_statement(owner: str, address: Sequence[str], contract: str, year: int, month: int, payment: float,
                      start: dt.date) -> Letter:
    """An insurer's monthly immediate-annuity payout statement (an investment statement)."""
    end = month_end(year, month)
    first = dt.date(year, month, 1)
    fed = r2(payment * 0.05)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawString(50, 740, "Harrow & Pell")
        c.setFont("Times-Roman", 9)
        c.drawString(50, 728, "LIFE INSURANCE COMPANY  -  Annuity Service Center")
        c.drawString(50, 718, "PO Box 9020, Hartford, CT 06101  -  (860) 555-0102")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 740, "Annuity Payout Statement")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 728, f"Statement period {long_date(first)} - {long_date(end)}")
        c.line(50, 710, 562, 710)
        c.setFont("Helvetica", 9.5)
        y = 696.0
        for ln in [owner, *address]:
            c.drawString(50, y, ln)
            y -= 12
        c.setFillGray(0.93)
        c.rect(330, 636, 232, 70, stroke=1, fill=1)
        c.setFillColor(black)
        for i, (k, v) in enumerate((("Contract number", contract), ("Product", "Single Premium Immediate Annuity"),
                                    ("Payout option", "Life with 10-year period certain"),
                                    ("Payout start date", mdy(start)))):
            c.setFont("Helvetica", 7.5)
            c.drawString(336, 694 - i * 15, k)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawRightString(556, 694 - i * 15, v)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 606, "PAYMENTS THIS PERIOD")
        c.line(50, 601, 562, 601)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((50, "PAYMENT DATE"), (150, "DESCRIPTION")):
            c.drawString(x, 588, t)
        for x, t in ((400, "GROSS"), (480, "FEDERAL TAX"), (560, "NET")):
            c.drawRightString(x, 588, t)
        c.setFont("Helvetica", 9)
        c.drawString(50, 572, mdy(first))
        c.drawString(150, 572, "Monthly annuity payment - direct deposit")
        c.drawRightString(400, 572, money(payment))
        c.drawRightString(480, 572, money(fed))
        c.drawRightString(560, 572, money(r2(payment - fed)))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 540, "YEAR TO DATE")
        c.line(50, 535, 562, 535)
        c.setFont("Helvetica", 9)
        for i, (k, v) in enumerate((("Gross payments", payment * month), ("Federal tax withheld", fed * month),
                                    ("Net payments", (payment - fed) * month))):
            c.drawString(50, 520 - i * 14, k)
            c.drawRightString(400, 520 - i * 14, money(r2(v)))
        paragraphs(c, 50, 462, 512, [
            "Your payment is made on the first day of each month. The guaranteed period ends "
            f"{long_date(start.replace(year=start.year + 10))}; payments continue for life after that date. "
            "Harrow & Pell will send a Form 1099-R for the taxable part of your payments each January."],
            font="Helvetica", size=8, leading=10)
        return []

    return Letter(Paper([page]), "investment_statement", end, fields_wanted=False)


# --- pay stubs and a bank statement ----------------------------------------------------------------------------------


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date


def stub_fields(employer: str, employee: str, pay_date: dt.date, start: dt.date, end: dt.date, frequency: str,
                gross: float, ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": pay_date.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(gross * PERIODS[frequency] / 12)}


def crossing_guard_voucher(employee: str, emp_no: str, post: str, pay_date: dt.date, rate: float, seed: int) -> Stub:
    """A town's bi-weekly payroll voucher for a school crossing guard, with year-to-date columns."""
    employer = "Town of Verde Mesa"
    first = dt.date(pay_date.year, 1, 4)
    checks: list[tuple[dt.date, float]] = []
    d = first
    while d <= pay_date:
        hours = random.Random(f"{seed}{d}").choice([30.0, 32.5, 35.0, 35.0, 27.5])
        checks.append((d, hours))
        d += dt.timedelta(days=14)
    hours = checks[-1][1]
    gross = r2(hours * rate)

    def deductions(g: float) -> dict[str, float]:
        return {"Social Security": r2(g * 0.062), "Medicare": r2(g * 0.0145), "Federal withholding": r2(g * 0.04),
                "Arizona withholding": r2(g * 0.025)}

    ytd_gross = r2(sum(r2(h * rate) for _, h in checks))
    ytd_ded = {k: r2(sum(deductions(r2(h * rate))[k] for _, h in checks)) for k in deductions(gross)}
    net = r2(gross - sum(deductions(gross).values()))
    ytd_net = r2(ytd_gross - sum(ytd_ded.values()))
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.circle(80, 730, 20, stroke=1, fill=0)
        c.setFont("Times-Bold", 6)
        c.drawCentredString(80, 733, "TOWN OF")
        c.drawCentredString(80, 725, "VERDE MESA")
        c.setFont("Times-Bold", 15)
        c.drawString(112, 736, "TOWN OF VERDE MESA")
        c.setFont("Helvetica", 8)
        c.drawString(112, 724, "Finance Department - Payroll  -  301 Plaza Avenue, Verde Mesa, AZ 85338")
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 738, "PAYROLL VOUCHER")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 726, f"Voucher no. {pay_date.strftime('%y%m%d')}-{emp_no[-3:]}")
        c.setLineWidth(0.6)
        grid = [("Employee", employee, "Employee no.", emp_no), ("Position", f"School crossing guard - {post}",
                                                                 "Pay schedule", "Every two weeks (bi-weekly)"),
                ("Period", f"{mdy(start)} to {mdy(end)}", "Check date", mdy(pay_date))]
        y = 696.0
        for a, av, b, bv in grid:
            c.rect(50, y - 6, 512, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(56, y, a)
            c.drawString(330, y, b)
            c.setFont("Helvetica", 9)
            c.drawString(120, y, av)
            c.drawString(400, y, bv)
            y -= 20
        y -= 20
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "EARNINGS")
        for x, t in ((300, "HOURS"), (360, "RATE"), (450, "CURRENT"), (560, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        c.setFont("Helvetica", 9)
        y -= 17
        c.drawString(50, y, "Crossing guard - regular")
        c.drawRightString(300, y, f"{hours:.2f}")
        c.drawRightString(360, y, f"{rate:.2f}")
        c.drawRightString(450, y, money(gross))
        c.drawRightString(560, y, money(ytd_gross))
        y -= 15
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Total gross")
        c.drawRightString(450, y, money(gross))
        c.drawRightString(560, y, money(ytd_gross))
        y -= 28
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "DEDUCTIONS")
        c.drawRightString(450, y, "CURRENT")
        c.drawRightString(560, y, "YEAR TO DATE")
        c.line(50, y - 4, 562, y - 4)
        c.setFont("Helvetica", 9)
        y -= 17
        for k, v in deductions(gross).items():
            c.drawString(50, y, k)
            c.drawRightString(450, y, money(v))
            c.drawRightString(560, y, money(ytd_ded[k]))
            y -= 14
        c.setFillGray(0.9)
        c.rect(330, y - 20, 232, 20, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(336, y - 13, "NET PAY")
        c.drawRightString(450, y - 13, money(net))
        c.drawRightString(558, y - 13, money(ytd_net))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 50, "Seasonal position: hours follow the school calendar. Direct deposit - "
                                 "this voucher is not a check.")
        return []

    fields = stub_fields(employer, employee, pay_date, start, end, "biweekly", gross, ytd_gross, net)
    return Stub(Paper([page]), fields, pay_date)


def hardware_stub(employee: str, pay_date: dt.date, hours: float, rate: float) -> Stub:
    """A small store's weekly stub printed from its bookkeeping program: current figures only, no year to date."""
    employer = "Kowalczyk Hardware & Feed"
    gross = r2(hours * rate)
    ded = {"FICA (Soc. Sec. + Medicare)": r2(gross * 0.0765), "Federal income tax": r2(gross * 0.03),
           "Wisconsin income tax": r2(gross * 0.0354)}
    net = r2(gross - sum(ded.values()))
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Courier-Bold", 12)
        c.drawString(60, 740, employer.upper())
        c.setFont("Courier", 9)
        c.drawString(60, 728, "412 Main Street  Granite Bluff WI 54469   (715) 555-0128")
        c.drawString(60, 704, "EMPLOYEE PAY STUB" + " " * 24 + f"Check date: {mdy(pay_date)}")
        c.drawString(60, 690, "-" * 78)
        rows = [f"Employee: {employee:<34}Pay schedule: Weekly",
                f"Week:     {mdy(start)} - {mdy(end)}",
                "",
                f"{'Earnings':<30}{'Hours':>10}{'Rate':>10}{'Amount':>14}",
                f"{'Regular (sales floor)':<30}{hours:>10.2f}{rate:>10.2f}{money(gross):>14}",
                f"{'GROSS PAY':<50}{money(gross):>14}", ""]
        rows += [f"{k:<50}{money(v):>14}" for k, v in ded.items()]
        rows += [f"{'':<50}{'-' * 12:>14}", f"{'NET PAY':<50}{money(net):>14}", "",
                 "Paid by check. Part-time, hours vary week to week."]
        y = 676.0
        for row in rows:
            c.drawString(60, y, row)
            y -= 13
        c.setDash(4, 3)
        c.line(50, y - 8, 562, y - 8)
        c.setDash()
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, pay_date, start, end, "weekly", gross, None, net),
                pay_date)


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def credit_union_statement(holder: Sequence[str], acct: str, year: int, month: int, begin: float,
                           credits: Sequence[tuple[int, str, float]], seed: int) -> Statement:
    """Iron Range Community Credit Union: two pages, "Page n of 2", a share-draft register with running balance."""
    rng = random.Random(seed)
    start, end = dt.date(year, month, 1), month_end(year, month)
    lines = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    for desc, lo, hi in (("WENDOVER HILLS MTG PARTIAL", 300, 480), ("MINNESOTA POWER", 60, 140),
                         ("SUPER ONE FOODS #12", 35, 110), ("SUPER ONE FOODS #12", 20, 90), ("WALGREENS #5102", 8, 60),
                         ("CENTURYLINK", 55, 75), ("ST LOUIS CO TREASURER", 40, 90), ("CHECK 1187", 25, 120),
                         ("HOLIDAY STATIONSTORE", 20, 55), ("AARP MEDICARE SUPP", 140, 230)):
        lines.append((start + dt.timedelta(days=rng.randrange((end - start).days + 1)), desc,
                      -r2(rng.uniform(lo, hi))))
    lines.sort(key=lambda t: (t[0], -t[2]))
    ending = r2(begin + sum(a for _, _, a in lines))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))

    def header(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 740, "IRON RANGE")
        c.setFont("Helvetica", 8)
        c.drawString(50, 729, "COMMUNITY CREDIT UNION  -  210 Chestnut Street, Virginia, MN 55792")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 742, f"Statement period: {mdy(start)} through {mdy(end)}")
        c.drawRightString(562, 730, f"Member account: ****{acct[-4:]}")
        c.drawRightString(562, 718, f"Page {n} of 2")
        c.line(50, 712, 562, 712)

    def register(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((50, "POSTED"), (100, "TRANSACTION")):
            c.drawString(x, y, t)
        for x, t in ((400, "WITHDRAWAL"), (480, "DEPOSIT"), (560, "BALANCE")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for d, desc, a, b in part:
            c.drawString(50, y, d.strftime("%b %d"))
            c.drawString(100, y, desc)
            c.drawRightString(400 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(560, y, money(b))
            y -= 13
        return y

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 690.0
        for ln in holder:
            c.drawString(60, y, ln)
            y -= 12
        dep = r2(sum(a for _, _, a in lines if a > 0))
        wd = r2(-sum(a for _, _, a in lines if a < 0))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 620, "SHARE DRAFT CHECKING - SUMMARY")
        c.line(50, 615, 562, 615)
        c.setFont("Helvetica", 9)
        for i, (k, v) in enumerate((("Previous balance", begin), ("Deposits (+)", dep), ("Withdrawals (-)", wd),
                                    ("New balance", ending))):
            c.drawString(60 + 128 * i, 600, k)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(60 + 128 * i, 586, "$" + money(v))
            c.setFont("Helvetica", 9)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, 556, "ACTIVITY")
        c.setFont("Helvetica", 8.5)
        c.drawString(100, 540, f"{start.strftime('%b %d')}  Previous balance {money(begin)}")
        register(c, 522, rows[:8])
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = register(c, 690, rows[8:])
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 4, "New balance")
        c.drawRightString(560, y - 4, money(ending))
        c.setFont("Helvetica", 7.5)
        c.drawString(50, y - 40, "Federally insured by NCUA. Questions about your statement: (218) 555-0150.")
        return []

    fields = {"bank_name": "Iron Range Community Credit Union", "account_last4": acct[-4:],
              "period_start": start.isoformat(), "period_end": end.isoformat(), "beginning_balance": begin,
              "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


# --- letters, certificates and other papers -------------------------------------------------------------------------


def hardship_letter(writer: str, address: Sequence[str], date: dt.date, loan: str, servicer: str,
                    paras: Sequence[str], signers: Sequence[str], below: str, seed: int) -> Paper:
    """A typed hardship letter; each signer's name under a signature (drawn on screen, or inked on paper)."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 732.0
        for ln in [writer, *address]:
            c.drawString(72, y, ln)
            y -= 14
        c.drawString(72, y - 14, long_date(date))
        y -= 42
        for ln in (servicer, "Attn: Loss Mitigation / Senior Homeowner Desk"):
            c.drawString(72, y, ln)
            y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 12, f"Re: Loan number {loan} - hardship letter")
        y = paragraphs(c, 72, y - 38, W - 144, ["Dear Sir or Madam:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 2, "Sincerely,")
        marks = []
        for i, name in enumerate(signers):
            x = 72 + i * 240
            marks.append(Mark("sig", x, y - 36, w=150, seed=seed + i))
            c.drawString(x, y - 52, name)
        if below:
            c.setFont("Times-Italic", 10)
            c.drawString(72, y - 66, below)
        return marks

    return Paper([page])


def medical_statement(clinic: tuple[str, str], doctor: str, date: dt.date, patient: str, dob: dt.date,
                      paras: Sequence[str]) -> Letter:
    paper = letterhead_letter(
        (clinic[0], clinic[1], Color(0.1, 0.4, 0.45)), date, ["To whom it may concern"],
        f"Re: {patient}, date of birth {mdy(dob)}", paras, [],
        ["Sincerely,", "", doctor, clinic[0]], serif=False)
    return Letter(paper, "medical_statement", date)


def power_of_attorney(state: str, principal: str, principal_addr: str, agent: str, agent_addr: str, signed: dt.date,
                      county: str, seed: int) -> Paper:
    """Two pages of a durable financial power of attorney, signed and notarized (a copy, so type "other")."""
    powers = ["Real property transactions, including dealing with any lender or mortgage servicer, applying for a "
              "loan modification, forbearance or other relief, and signing any document for that purpose",
              "Banking and other financial institution transactions",
              "Retirement plans, annuities and insurance", "Benefits from Social Security, Medicare, Medicaid and "
              "other government programs, and from military service", "Taxes", "Personal and family maintenance"]

    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 730, "DURABLE POWER OF ATTORNEY")
        c.setFont("Times-Roman", 10.5)
        c.drawCentredString(W / 2, 714, f"(Financial matters - State of {state})")
        y = paragraphs(c, 72, 684, W - 144, [
            f"I, {principal}, of {principal_addr}, appoint {agent}, of {agent_addr}, as my agent (attorney-in-fact) "
            "to act for me in any lawful way with respect to the subjects I have initialed below.",
            "THIS POWER OF ATTORNEY IS DURABLE. It is not affected by my later incapacity and continues until I "
            "revoke it or until my death."], size=10.5, leading=14)
        marks: list[Mark] = []
        for i, text in enumerate(powers):
            c.rect(72, y - 3, 24, 14, stroke=1, fill=0)
            marks.append(Mark("hand", 76, y, "".join(p[0] for p in principal.split()[:2]), size=9, seed=seed + i))
            y = paragraphs(c, 104, y, W - 176, [f"({chr(65 + i)}) {text}"], size=10.5, leading=13.5, gap=6)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, "Page 1 of 2")
        return marks

    def page2(c: Canvas) -> list[Mark]:
        y = paragraphs(c, 72, 730, W - 144, [
            "My agent may sign my name on any document, including an application for mortgage assistance, and shall "
            "sign as \"[my name], by [agent's name], attorney-in-fact\". Third parties may rely on a copy of this "
            "document as if it were the original."], size=10.5, leading=14)
        marks = [Mark("sig", 80, y - 24, w=170, seed=seed + 20)]
        c.line(72, y - 28, 300, y - 28)
        c.setFont("Times-Roman", 10)
        c.drawString(72, y - 40, f"{principal}, Principal")
        c.line(340, y - 28, 470, y - 28)
        c.drawString(340, y - 40, "Date")
        marks.append(Mark("hand", 346, y - 24, mdy(signed), size=10, seed=seed + 21))
        c.setFont("Times-Bold", 11)
        c.drawString(72, y - 84, "ACKNOWLEDGMENT")
        yy = paragraphs(c, 72, y - 102, W - 144, [
            f"State of {state}, County of {county}. This document was acknowledged before me on {long_date(signed)} "
            f"by {principal}.", "My commission expires: December 31, 2049"], size=10.5, leading=14)
        marks.append(Mark("sig", 80, yy - 20, w=130, seed=seed + 22))
        c.line(72, yy - 24, 300, yy - 24)
        c.drawString(72, yy - 36, "Notary Public")
        c.setLineWidth(1.4)
        c.circle(440, yy + 4, 44, stroke=1, fill=0)
        c.setFont("Times-Bold", 6)
        c.drawCentredString(440, yy + 10, "NOTARY PUBLIC")
        c.drawCentredString(440, yy, state.upper())
        c.setLineWidth(0.6)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 40, "Page 2 of 2")
        return marks

    return Paper([page1, page2])


def obituary(name: str, born: dt.date, died: dt.date, town: str, survivors: str, date: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 24)
        c.drawCentredString(W / 2, 736, "The Pit River Courier")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 722, f"{date.strftime('%A')}, {long_date(date)}   -   Obituaries   -   A9")
        c.line(72, 714, W - 72, 714)
        c.line(72, 711, W - 72, 711)
        c.setFont("Times-Bold", 15)
        c.drawString(72, 688, name)
        c.setFont("Times-Italic", 10)
        c.drawString(72, 674, f"{long_date(born)} - {long_date(died)}")
        paragraphs(c, 72, 650, 300, [
            f"{name}, a lifelong resident of {town}, died peacefully at home on {long_date(died)}, surrounded by his "
            "family. He was a carpenter for forty years and helped build half the houses on Alder Court.",
            f"He is survived by {survivors}.",
            "A rosary will be said at St. Anne's Church on Friday at 10 a.m., followed by a funeral Mass. The family "
            "thanks the hospice nurses for their kindness."], size=10, leading=13)
        return []

    return Letter(Paper([page]), "obituary", date, fields_wanted=False)


def death_certificate(name: str, died: dt.date, age: int, place: str, spouse: str, filed: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(2)
        c.rect(40, 60, 532, 700, stroke=1, fill=0)
        c.setLineWidth(0.6)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 730, "STATE OF WISCONSIN")
        c.drawCentredString(W / 2, 714, "CERTIFICATE OF DEATH")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W / 2, 702, "Department of Health Services - Vital Records  -  State File No. 2047-0" +
                            f"{len(name) * 3917 % 100000:05d}")
        cells = [("1. DECEDENT'S LEGAL NAME", name), ("2. SEX", "Female"), ("3. AGE", str(age)),
                 ("4. DATE OF DEATH", long_date(died)), ("5. PLACE OF DEATH", place),
                 ("6. MARITAL STATUS AT TIME OF DEATH", "Married"), ("7. SURVIVING SPOUSE", spouse),
                 ("8. INFORMANT", f"{spouse}, husband"), ("9. METHOD OF DISPOSITION", "Burial"),
                 ("10. FUNERAL HOME", "Halvorsen Funeral Home"),
                 ("11. DATE FILED", long_date(filed))]
        y = 670.0
        for i, (cap, val) in enumerate(cells):
            x = 56 if i % 2 == 0 else 316
            c.rect(x, y - 10, 246, 32, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 13, cap)
            c.setFont("Courier", 10)
            c.drawString(x + 6, y - 3, val)
            if i % 2 == 1:
                y -= 40
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, 300, "CERTIFIED COPY")
        paragraphs(c, 56, 284, 300, [
            "This is a true and correct copy of the official record filed with the Wisconsin State Vital Records "
            f"Office. Issued {mdy(filed + dt.timedelta(days=4))}."], font="Helvetica", size=8, leading=10)
        c.setLineWidth(1.5)
        c.circle(470, 270, 40, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(470, 274, "STATE REGISTRAR")
        c.drawCentredString(470, 264, "WISCONSIN")
        return [Mark("sig", 60, 220, w=160, seed=len(name))]

    return Letter(Paper([page]), "death_certificate", died, fields_wanted=False)


def police_report(victim: str, address: str, reported: dt.date, case_no: str, loss: float) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 740, "PORT ALDER POLICE DEPARTMENT")
        c.setFont("Helvetica", 8.5)
        c.drawCentredString(W / 2, 728, "14 Water Street, Port Alder, ME 04660  -  Records Unit")
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 706, "INCIDENT REPORT - PUBLIC COPY")
        rows = [("Case number", case_no), ("Date reported", mdy(reported)), ("Offense", "Theft by deception / "
                                                                                       "impersonation of an official"),
                ("Victim", victim), ("Victim address", address), ("Reported loss", "$" + money(loss))]
        y = 676.0
        for k, v in rows:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 9)
            c.drawString(190, y, v)
            y -= 15
        c.setFont("Helvetica-Bold", 9)
        c.drawString(72, y - 10, "NARRATIVE")
        paragraphs(c, 72, y - 26, W - 144, [
            "The victim, age 82, reported that between February 20 and March 3 he received calls from persons "
            "claiming to be federal agents, who told him his bank accounts had been compromised and instructed him "
            "to withdraw his savings and deliver cash and gold coins to a courier for safekeeping. The victim's son "
            "reported the matter after noticing the withdrawals. The case is referred to the state Attorney "
            "General's elder abuse unit."], font="Helvetica", size=9, leading=12)
        return []

    return Paper([page])


def fax_cover(sender: Sequence[str], to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72, 720, sender[0])
        c.setFont("Helvetica", 10)
        y = 704.0
        for ln in sender[1:]:
            c.drawString(72, y, ln)
            y -= 13
        c.setFont("Helvetica-Bold", 28)
        c.drawString(72, 630, "FAX TRANSMITTAL")
        rows = [("DATE", mdy(date)), ("TO", to), ("FAX", to_fax), ("PAGES", f"{pages} including this cover"),
                ("RE", note)]
        y = 590.0
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(160, y, v)
            c.line(155, y - 4, 540, y - 4)
            y -= 28
        return []

    return Paper([page])


# --- packets -----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date freshness is judged by
    account: str | None = None  # statement account, or an investment contract
    benefit: str | None = None
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


def letter_doc(lt: Letter, account: str | None = None) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, account=account, benefit=lt.benefit)


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def dated(kind: str, date: dt.date) -> Doc:
    return Doc(kind, {"letter_date": date.isoformat()}, date)


def plain(kind: str) -> Doc:
    return Doc(kind, {})


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the packet is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def digital(self, rel: str, data: bytes, doc: Doc) -> None:
        """A born-digital file holding one document."""
        self.files[rel] = data
        doc.pages = [(rel, n) for n in range(1, len(PdfReader(io.BytesIO(data)).pages) + 1)]
        self.docs.append(doc)

    def scanned(self, rel: str, parts: Sequence[tuple[Doc | None, list[Image.Image]]], style: Scan,
                seed: int) -> None:
        """One image-only file holding the given documents in order (None: a cover sheet, not a document)."""
        images: list[Image.Image] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(images) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            images.extend(pages)
        self.files[rel] = scans_pdf(images, style, seed)


def missing_codes(app: App, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    out: list[str] = []
    if not app.b_dates:
        out.append("application_signature")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    def two_consecutive(kind: str) -> bool:
        found = [d for d in docs if d.type == kind and fresh(d.date)]
        return any(a.account == b.account and a.date is not None and b.date is not None
                   and b.date.replace(day=1) - dt.timedelta(days=1) == a.date for a in found for b in found)

    two_bank = two_consecutive("bank_statement")
    stub_ok = any(d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None for d in docs)

    def award(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": stub_ok or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or award("benefits_taxable"),
             "benefits_nontaxable": two_bank or award("benefits_nontaxable"),
             "rental": two_bank, "investment": two_bank or two_consecutive("investment_statement"),
             "other": two_bank or award("other")}
    out += [f"income_doc:{code}" for code in app.income() if not rules[code]]
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    out += [f"hardship_doc:{h}" for h in app.hardships if h in need and not need[h] & types]
    if {"self_employment", "rental"} & set(app.income()) and "irs_form_4506c" not in types:
        out.append("irs_form_4506c")
    return sorted(out)


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received)
    docs = [{"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
             "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields}
            for i, d in enumerate(p.docs, 1)]
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


def packet_bj1(seed: int) -> Packet:
    """A widow's e-mailed packet: Form AG-3 typed on screen, some widgets without appearances."""
    received = dt.date(2047, 2, 19)
    addr = ["1840 Sycamore Bend Road", "Lowell Falls, OH 44851"]
    ssa = ssa_office("Marguerite A. Fennimore", ["Marguerite A. Fennimore", *addr], dt.date(2047, 1, 28), 1847.40,
                     202.90, ["Mansfield Field Office", "181 North Main Street, Mansfield, OH 44902"],
                     "Dear Mrs. Fennimore:")
    pension = pension_verification("Marguerite A. Fennimore", addr, dt.date(2047, 2, 3), 1126.38,
                                   dt.date(2031, 7, 1), "TRI-COUNTY MUNICIPAL RETIREMENT SYSTEM",
                                   "88 Courthouse Square, Norwalk, OH 44857  -  (419) 555-0133")
    app = App("5530817246", "Marguerite A. Fennimore", "942-61-4417", dt.date(1967, 9, 14), "(419) 555-0186",
              "1840 Sycamore Bend Road", "Lowell Falls", "OH", "44851", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2046, 11, 1), "long",
              {"ss": 1847.40, "pension": 1126.38}, dt.date(2047, 2, 12), checking=1412.77, savings=2250.00,
              seed=seed * 10 + 1)
    p = Packet("bj1", received, app, [])
    folder = app.loan
    p.digital(f"{folder}/Fennimore relief request.pdf", ashgrove_pdf(app, "some", "bj1ag3"),
              plain("mortgage_assistance_application"))
    p.digital(f"{folder}/SSA letter.pdf", paper_pdf(ssa.paper), letter_doc(ssa))
    p.digital(f"{folder}/pension verification.pdf", paper_pdf(pension.paper), letter_doc(pension))
    p.digital(f"{folder}/1099R 2046.pdf", paper_pdf(form_1099r(
        ["Tri-County Municipal Retirement System", "88 Courthouse Square", "Norwalk, OH 44857"],
        "Marguerite A. Fennimore", app.ssn, addr, 2046, r2(1099.40 * 12))), plain("other"))
    on = dt.date(2047, 2, 12)
    hl = hardship_letter("Marguerite A. Fennimore", addr, on, app.loan, "Ashgrove Bank, FSB", [
        "I am 79 years old and have lived in my house on Sycamore Bend Road for forty-one years. Since my husband "
        "passed away I have lived on my Social Security and my pension from the county library.",
        "Last fall the county reassessed my home and my property taxes went up by $1,460 a year, and my "
        "homeowner's insurance company raised my premium by almost $900 after the hail claims in our area. My "
        "escrow payment went up by $196 a month starting in November, and I have not been able to pay the full "
        "amount since.",
        "My income does not change except for the small yearly cost-of-living raise. I ask Ashgrove Bank to look "
        "at a modification so the payment fits my income. My Social Security and pension letters are enclosed."],
        ["Marguerite A. Fennimore"], "", seed * 10 + 2)
    p.digital(f"{folder}/letter to Ashgrove.pdf", paper_pdf(hl), dated("hardship_letter", on))
    return p


def packet_bj2(seed: int) -> Packet:
    """A son under a power of attorney: the booklet typed in a PDF editor, imposed [4|1] [2|3]."""
    received = dt.date(2047, 3, 20)
    addr = ["27 Chestnut Hill Lane", "Marbury, CT 06447"]
    agent_addr = "914 Ferry Road, Old Saybrook, CT 06475"
    ssa = ssa_online("Eleanor M. Whitcombe", addr, dt.date(2047, 2, 26), 2031.60, 202.90, dt.date(2028, 4, 1))
    an1 = annuity_statement("Eleanor M. Whitcombe", addr, "HP-IA-3304718", 2047, 1, 612.45, dt.date(2039, 6, 1))
    an2 = annuity_statement("Eleanor M. Whitcombe", addr, "HP-IA-3304718", 2047, 2, 612.45, dt.date(2039, 6, 1))
    med = medical_statement(("MARBURY GERIATRIC ASSOCIATES", "12 Hospital Road, Marbury, CT 06447  -  (860) 555-0171"),
                            "Anjali R. Mehta, MD", dt.date(2047, 3, 5), "Eleanor M. Whitcombe", dt.date(1962, 5, 30), [
                                "Mrs. Whitcombe has been my patient since 2041. In November 2046 she suffered a "
                                "stroke, and she now has a progressive neurocognitive disorder.",
                                "She is not able to manage her finances or to live safely without daily help, and "
                                "she needs a home health aide for most of the day. Her son, Daniel Whitcombe, acts "
                                "for her under a power of attorney. Her condition is permanent."])
    app = App("0072641953", "Eleanor M. Whitcombe", "917-40-2286", dt.date(1962, 5, 30), "(860) 555-0144",
              "27 Chestnut Hill Lane", "Marbury", "CT", "06447", "primary_residence", ["disability_or_illness"],
              dt.date(2046, 11, 18), "long", {"ss": 2031.60, "invest": 612.45}, dt.date(2047, 3, 14),
              agent="Daniel R. Whitcombe", agent_rel="Son", agent_phone="(860) 555-0192", agent_for=("b",),
              mailing=agent_addr, checking=388.12, savings=0.0, seed=seed * 10 + 3)
    p = Packet("bj2", received, app, [])
    loan = app.loan
    p.digital(f"{loan} - application.pdf", booklet_typed_in_editor(app, True, "bj2wh62"),
              plain("mortgage_assistance_application"))
    p.digital(f"{loan} - Social Security.pdf", paper_pdf(ssa.paper), letter_doc(ssa))
    p.digital(f"{loan} - annuity January.pdf", paper_pdf(an1.paper), letter_doc(an1, "HP-IA-3304718"))
    p.digital(f"{loan} - annuity February.pdf", paper_pdf(an2.paper), letter_doc(an2, "HP-IA-3304718"))
    p.digital(f"{loan} - doctor letter.pdf", paper_pdf(med.paper), letter_doc(med))
    on = dt.date(2047, 3, 14)
    hl = hardship_letter("Daniel R. Whitcombe", ["914 Ferry Road", "Old Saybrook, CT 06475"], on, loan,
                         "Wendover Hills Mortgage Servicing", [
                             "I am writing on behalf of my mother, Eleanor M. Whitcombe, under the durable power of "
                             "attorney she signed in 2044; a copy is enclosed. My mother is 84 and owns the house at "
                             "27 Chestnut Hill Lane, where she still lives.",
                             "In November she had a stroke, and her doctors have since told us her memory loss is "
                             "permanent. She needs a home health aide during the day, which costs about $1,900 a "
                             "month beyond what Medicare pays. Her only income is her Social Security and a small "
                             "annuity she bought when my father retired.",
                             "Paying the aide has used up her savings, and she missed the January, February and "
                             "March payments. Our family wants her to stay in her home as long as it is safe. We ask "
                             "for a modification that lowers her payment to what she can afford."],
                         ["Daniel R. Whitcombe"], "Attorney-in-fact for Eleanor M. Whitcombe", seed * 10 + 4)
    p.digital(f"{loan} - hardship letter.pdf", paper_pdf(hl), dated("hardship_letter", on))
    poa = power_of_attorney("Connecticut", "Eleanor M. Whitcombe", "27 Chestnut Hill Lane, Marbury, Connecticut",
                            "Daniel R. Whitcombe", "914 Ferry Road, Old Saybrook, Connecticut", dt.date(2044, 8, 9),
                            "Middlesex", seed * 10 + 5)
    style = Scan(dpi=300, tilt=0.25, blur=0.5)
    p.scanned(f"{loan} - POA.pdf", [(plain("other"), print_paper(poa, style))], style, seed * 10 + 5)
    return p


def packet_bj3(seed: int) -> Packet:
    """One faint 300 dpi scan: the booklet in saddle order, last December's notice and one statement."""
    received = dt.date(2047, 4, 16)
    addr = ["409 Depot Street", "Tamarack, MN 55787"]
    cola = ssa_cola("Ruth Ann Kesselring", addr, dt.date(2046, 12, 4), 1588.30, 198.40)
    paid = float(math.floor(1588.30 - 198.40))
    stmt = credit_union_statement(["RUTH ANN KESSELRING", *[a.upper() for a in addr]], "7730192264", 2047, 3, 412.66,
                                  [(3, "SSA TREAS 310 XXSOC SEC", paid), (15, "TRANSFER FROM SAVINGS", 150.00)],
                                  seed * 10 + 6)
    app = App("3918406625", "Ruth Ann Kesselring", "955-08-3172", dt.date(1970, 11, 2), "(218) 555-0109",
              "409 Depot Street", "Tamarack", "MN", "55787", "primary_residence", ["reduction_in_income"],
              dt.date(2047, 1, 15), "long", {"ss": 1588.30}, dt.date(2047, 4, 8),
              checking=stmt.fields["ending_balance"], savings=1840.00, seed=seed * 10 + 7)
    p = Packet("bj3", received, app, ["income_doc:benefits_taxable"])
    on = dt.date(2047, 4, 8)
    hl = hardship_letter("Ruth Ann Kesselring", addr, on, app.loan, "Wendover Hills Mortgage Servicing", [
        "For eleven years I worked mornings at the Tamarack Public Library. The library cut its hours in January "
        "and my position ended on January 15. That paycheck was about $640 a month, and it is what I used to pay "
        "the mortgage.",
        "Now I live on my Social Security alone. I have paid what I could each month from my savings, but they "
        "will not last. I would like to keep my home and I am asking for a lower payment."],
        ["Ruth Ann Kesselring"], "", seed * 10 + 8)
    style = Scan(dpi=300, tilt=0.35, blur=0.6, noise=0.0004, faint=0.42)
    p.scanned(f"{app.loan}/scan0001.pdf", [
        (plain("mortgage_assistance_application"), print_paper(booklet(app, Fill(ink=True), True), style)),
        (letter_doc(cola), print_paper(cola.paper, style)),
        (stmt_doc(stmt), print_paper(stmt.paper, style)),
        (dated("hardship_letter", on), print_paper(hl, style))], style, seed * 10 + 9)
    return p


def packet_bj4(seed: int) -> Packet:
    """A couple's papers scanned one per file at 200 dpi: Form AG-3 printed and signed by both, part-time pay."""
    received = dt.date(2047, 5, 22)
    addr = ["5512 Quail Hollow Drive", "Verde Mesa, AZ 85338"]
    stubs = [crossing_guard_voucher("Harold J. Brightwater", "40718", "Post 7 (Cholla & 3rd)", d, 18.25, seed)
             for d in (dt.date(2047, 5, 3), dt.date(2047, 5, 17))]
    ssa_h = ssa_online("Harold J. Brightwater", addr, dt.date(2047, 4, 9), 2214.00, 202.90, dt.date(2041, 3, 1))
    ssa_l = ssa_online("Lorraine P. Brightwater", addr, dt.date(2047, 4, 9), 1176.50, 202.90, dt.date(2042, 8, 1))
    advice = pension_advice("Harold J. Brightwater", "DV-208814", addr, dt.date(2047, 5, 1), 843.10)
    app = App("6204779318", "Harold J. Brightwater", "968-22-5140", dt.date(1976, 2, 11), "(623) 555-0175",
              "5512 Quail Hollow Drive", "Verde Mesa", "AZ", "85338", "primary_residence",
              ["disability_or_illness", "increase_in_housing_expenses"], dt.date(2047, 1, 22), "long",
              {"wages": r2(stubs[-1].fields["monthly_gross"]), "ss": r2(2214.00 + 1176.50), "pension": 843.10},
              dt.date(2047, 5, 13), co="Lorraine P. Brightwater", co_ssn="968-57-0931", co_dob=dt.date(1978, 6, 3),
              checking=906.44, savings=3120.00, seed=seed * 10 + 11)
    p = Packet("bj4", received, app, [])
    on = dt.date(2047, 5, 13)
    hl = hardship_letter("Harold and Lorraine Brightwater", addr, on, app.loan, "Ashgrove Bank, FSB", [
        "In January Lorraine had a stroke. She is home now, but she needs therapy three times a week and a "
        "wheelchair ramp, and our Medicare supplement does not cover all of it. We spend about $700 a month on "
        "her care.",
        "At the same time our homeowners association approved a special assessment for new roofs, billed at $400 "
        "a month for a year. I went back to work part time as a school crossing guard, but with my pension and "
        "our Social Security we cannot make the full payment. We are asking for a modification."],
        ["Harold J. Brightwater", "Lorraine P. Brightwater"], "", seed * 10 + 12)
    style = Scan(dpi=200, tilt=0.4, blur=0.45, noise=0.0006)
    folder = app.loan
    parts: list[tuple[str, Doc, list[Image.Image]]] = [
        ("DOC052047_0001.pdf", plain("mortgage_assistance_application"), ashgrove_printed(app, style)),
        ("DOC052047_0002.pdf", stub_doc(stubs[0]), print_paper(stubs[0].paper, style)),
        ("DOC052047_0003.pdf", stub_doc(stubs[1]), print_paper(stubs[1].paper, style)),
        ("DOC052047_0004.pdf", letter_doc(ssa_h), print_paper(ssa_h.paper, style)),
        ("DOC052047_0005.pdf", letter_doc(ssa_l), print_paper(ssa_l.paper, style)),
        ("DOC052047_0006.pdf", letter_doc(advice), print_paper(advice.paper, style)),
        ("DOC052047_0007.pdf", dated("hardship_letter", on), print_paper(hl, style))]
    for i, (name, doc, images) in enumerate(parts):
        p.scanned(f"{folder}/{name}", [(doc, images)], style, seed * 10 + 13 + i)
    return p


def packet_bj5(seed: int) -> Packet:
    """A daughter under a power of attorney signs Form AG-3 on screen but leaves the date empty; no widget carries
    an appearance stream."""
    received = dt.date(2047, 6, 18)
    addr = ["318 Alder Court", "Fall River Mills, CA 96028"]
    award = ssa_award("Dolores V. Santangelo", addr, dt.date(2047, 5, 6), 1942.00, dt.date(2047, 2, 1),
                      "Anthony J. Santangelo")
    surv = survivor_pension("Dolores V. Santangelo", addr, dt.date(2047, 4, 22), 655.20, dt.date(2047, 3, 1),
                            "Anthony J. Santangelo")
    obit = obituary("Anthony J. Santangelo", dt.date(1957, 10, 6), dt.date(2047, 1, 29), "Fall River Mills",
                    "his wife of sixty-three years, Dolores; his daughter Teresa (Miguel) Reyes; and four "
                    "grandchildren",
                    dt.date(2047, 2, 2))
    app = App("0450927781", "Dolores V. Santangelo", "930-17-6648", dt.date(1959, 3, 21), "(530) 555-0121",
              "318 Alder Court", "Fall River Mills", "CA", "96028", "primary_residence", ["death"],
              dt.date(2047, 1, 29), "long", {"ss": 1942.00, "pension": 655.20}, dt.date(2047, 6, 10),
              agent="Teresa M. Santangelo-Reyes", agent_rel="Daughter", agent_phone="(530) 555-0168",
              agent_for=("b",), mailing="77 Cedar Flat Road, Burney, CA 96013", b_dates=False, checking=1120.35,
              savings=6400.00, seed=seed * 10 + 21)
    p = Packet("bj5", received, app, ["application_signature"])
    p.digital(f"Santangelo {app.loan} relief request.pdf", ashgrove_pdf(app, "all", "bj5ag3"),
              plain("mortgage_assistance_application"))
    p.digital(f"Santangelo {app.loan} SSA award.pdf", paper_pdf(award.paper), letter_doc(award))
    p.digital(f"Santangelo {app.loan} pension.pdf", paper_pdf(surv.paper), letter_doc(surv))
    p.digital(f"Santangelo {app.loan} obituary.pdf", paper_pdf(obit.paper), letter_doc(obit))
    on = dt.date(2047, 6, 10)
    hl = hardship_letter("Teresa M. Santangelo-Reyes", ["77 Cedar Flat Road", "Burney, CA 96013"], on, app.loan,
                         "Ashgrove Bank, FSB", [
                             "I hold a power of attorney for my mother, Dolores Santangelo, and I am writing for her. "
                             "My father, Anthony, died on January 29 after a long illness. My mother is 88 and has "
                             "lived at 318 Alder Court since 1983.",
                             "While my father was alive they had his Social Security, her own smaller check and his "
                             "full carpenters' pension. Now she receives one widow's benefit and half of the pension, "
                             "about $1,400 a month less than before, and the mortgage payment is more than she can "
                             "manage.",
                             "She wants to stay in her home, where I can look in on her every day. Please consider her "
                             "for a modification."],
                         ["Teresa M. Santangelo-Reyes"], "for Dolores V. Santangelo, under power of attorney",
                         seed * 10 + 22)
    p.digital(f"Santangelo {app.loan} letter.pdf", paper_pdf(hl), dated("hardship_letter", on))
    poa = power_of_attorney("California", "Dolores V. Santangelo", "318 Alder Court, Fall River Mills, California",
                            "Teresa M. Santangelo-Reyes", "77 Cedar Flat Road, Burney, California",
                            dt.date(2045, 11, 17), "Shasta", seed * 10 + 23)
    style = Scan(dpi=240, tilt=0.3, blur=0.5)
    p.scanned(f"Santangelo {app.loan} POA.pdf", [(plain("other"), print_paper(poa, style))], style, seed * 10 + 23)
    return p


def packet_bj6(seed: int) -> Packet:
    """A senior center faxes a son's packet for his father: Form AG-3 signed in ink by the agent, one annuity
    statement."""
    received = dt.date(2047, 7, 24)
    addr = ["92 Harbor View Road", "Port Alder, ME 04660"]
    ssa = ssa_office("Walter E. Lindqvist", ["To whom it may concern"], dt.date(2047, 6, 20), 2388.00, 202.90,
                     ["Ellsworth Field Office", "17 Eastward Lane, Ellsworth, ME 04605"],
                     "To Gregory A. Lindqvist, agent under power of attorney, and to whom it may concern:")
    ann = annuity_statement("Walter E. Lindqvist", addr, "HP-IA-5120094", 2047, 6, 418.75, dt.date(2039, 9, 1))
    app = App("7781250394", "Walter E. Lindqvist", "981-36-0259", dt.date(1965, 1, 8), "(207) 555-0153",
              "92 Harbor View Road", "Port Alder", "ME", "04660", "primary_residence", ["other"],
              dt.date(2047, 3, 3), "short", {"ss": 2388.00, "invest": 418.75}, dt.date(2047, 7, 15),
              agent="Gregory A. Lindqvist", agent_rel="Son", agent_phone="(207) 555-0190", agent_for=("b",),
              other_text="Victim of a telephone scam; savings for taxes and insurance were taken",
              checking=240.10, savings=0.0, seed=seed * 10 + 31)
    p = Packet("bj6", received, app, ["income_doc:investment"])
    on = dt.date(2047, 7, 15)
    hl = hardship_letter("Gregory A. Lindqvist", ["41 Pond Road", "Port Alder, ME 04660"], on, app.loan,
                         "Ashgrove Bank, FSB", [
                             "I am the son of Walter E. Lindqvist and his agent under a power of attorney. My father "
                             "is 82 and lives alone in the house on Harbor View Road.",
                             "In late February my father began getting calls from people who said they were federal "
                             "agents. Over two weeks they convinced him to withdraw his savings and hand the cash to "
                             "a courier. He lost $48,000, including the money he kept aside for his property taxes "
                             "and his insurance. The police report is enclosed.",
                             "His Social Security and his annuity still come in every month, but without his savings "
                             "he cannot catch up on the missed payments. We ask for a short-term plan or a "
                             "modification while the state tries to recover some of the money."],
                         ["Gregory A. Lindqvist"], "for Walter E. Lindqvist, under power of attorney", seed * 10 + 32)
    report = police_report("Walter E. Lindqvist", "92 Harbor View Road, Port Alder, ME", dt.date(2047, 3, 6),
                           "PA-47-001288", 48000.00)
    cover = fax_cover(["Port Alder Senior Center", "Benefits Help Desk  -  3 Church Street, Port Alder, ME 04660",
                       "Tel (207) 555-0136   Fax (207) 555-0137"], "Ashgrove Bank - Loss Mitigation",
                      "(603) 555-0119", received, 8, "Walter Lindqvist - mortgage relief request")
    style = Scan(dpi=200, tilt=0.3, blur=0.35, noise=0.0008, fax=True,
                 header="JUL-24-2047 09:12  FROM: PORT ALDER SR CTR  2075550137   TO: 16035550119   P.{n}/008")
    p.scanned("fax_20470724_0912_2075550137.pdf", [
        (None, print_paper(cover, style)),
        (plain("mortgage_assistance_application"), ashgrove_printed(app, style)),
        (letter_doc(ssa), print_paper(ssa.paper, style)),
        (letter_doc(ann, "HP-IA-5120094"), print_paper(ann.paper, style)),
        (dated("hardship_letter", on), print_paper(hl, style)),
        (plain("other"), print_paper(report, style))], style, seed * 10 + 33)
    return p


def packet_bj7(seed: int) -> Packet:
    """A wife signs for herself and, under his power of attorney, for her husband: the booklet printed, filled and
    scanned at 300 dpi with the papers, one of them a faint photocopy."""
    received = dt.date(2047, 8, 20)
    addr = ["66 Magnolia Loop", "Bayou Teche, LA 70582"]
    ssa_f = ssa_online("Frances E. Delacroix", addr, dt.date(2047, 7, 2), 1402.70, 202.90, dt.date(2039, 5, 1))
    ssa_r = ssa_office("Raymond L. Delacroix", ["Frances E. Delacroix", *addr], dt.date(2047, 7, 9), 2116.00, 202.90,
                       ["Lafayette Field Office", "2201 Kaliste Saloom Road, Lafayette, LA 70508"],
                       "Dear Mrs. Delacroix:")
    pension = pension_verification("Raymond L. Delacroix", addr, dt.date(2047, 6, 12), 964.30, dt.date(2032, 1, 1),
                                   "GULF COAST REFINERY WORKERS PENSION PLAN",
                                   "PO Box 3380, Lake Charles, LA 70602  -  (337) 555-0145")
    va = va_summary("Raymond L. Delacroix", addr, dt.date(2047, 6, 25), 524.31, 40)
    med = medical_statement(("ACADIANA MEMORY & NEUROLOGY CLINIC", "410 Doucet Road, Lafayette, LA 70503  -  (337) "
                             "555-0188"), "Paul T. Guidry, MD", dt.date(2047, 7, 30), "Raymond L. Delacroix",
                            dt.date(1967, 4, 19), [
                                "Mr. Delacroix is under my care for Alzheimer's disease, diagnosed in September "
                                "2046. His condition is progressive and permanent.",
                                "He attends a supervised adult day program five days a week and can no longer manage "
                                "money or sign documents with understanding. His wife, Frances Delacroix, holds his "
                                "durable power of attorney."])
    app = App("2205918437", "Frances E. Delacroix", "923-70-1184", dt.date(1974, 12, 3), "(337) 555-0116",
              "66 Magnolia Loop", "Bayou Teche", "LA", "70582", "primary_residence", ["disability_or_illness"],
              dt.date(2046, 9, 10), "long", {"ss": r2(1402.70 + 2116.00), "pension": 964.30, "nontax": 524.31},
              dt.date(2047, 8, 12), co="Raymond L. Delacroix", co_ssn="923-44-0675", co_dob=dt.date(1967, 4, 19),
              agent="Frances E. Delacroix", agent_rel="Wife (and co-owner)", agent_phone="(337) 555-0116",
              agent_for=("co",), checking=655.80, savings=1275.00, seed=seed * 10 + 41)
    p = Packet("bj7", received, app, [])
    on = dt.date(2047, 8, 12)
    hl = hardship_letter("Frances E. Delacroix", addr, on, app.loan, "Wendover Hills Mortgage Servicing", [
        "My husband Raymond was diagnosed with Alzheimer's disease last September. He can no longer be left alone, "
        "so he goes to an adult day program in Breaux Bridge five days a week. The program costs $1,150 a month, "
        "and Medicare does not pay for it.",
        "I hold Raymond's power of attorney and I signed the application for him as well as for myself. Our income "
        "is our two Social Security checks, his refinery pension and his VA compensation. After the day program we "
        "are about $600 short every month, and we have fallen three payments behind.",
        "We have lived in this house for thirty-four years. We ask for a modification so that I can keep Raymond "
        "at home."], ["Frances E. Delacroix"], "", seed * 10 + 42)
    poa = power_of_attorney("Louisiana", "Raymond L. Delacroix", "66 Magnolia Loop, Bayou Teche, Louisiana",
                            "Frances E. Delacroix", "66 Magnolia Loop, Bayou Teche, Louisiana", dt.date(2046, 10, 2),
                            "St. Martin", seed * 10 + 43)
    style = Scan(dpi=300, tilt=0.2, blur=0.55, noise=0.0004)
    faint = replace(style, faint=0.5, blur=0.8)
    folder = app.loan
    p.scanned(f"{folder}/IMG_4471.pdf", [(plain("mortgage_assistance_application"),
                                          print_paper(booklet(app, Fill(ink=True), True), style))], style,
              seed * 10 + 44)
    p.scanned(f"{folder}/IMG_4472.pdf", [(letter_doc(ssa_f), print_paper(ssa_f.paper, style)),
                                         (letter_doc(med), print_paper(med.paper, style))], style, seed * 10 + 45)
    p.scanned(f"{folder}/IMG_4473.pdf", [(letter_doc(pension), print_paper(pension.paper, faint))], faint,
              seed * 10 + 46)
    p.scanned(f"{folder}/IMG_4474.pdf", [(letter_doc(va), print_paper(va.paper, style)),
                                         (dated("hardship_letter", on), print_paper(hl, style))], style, seed * 10 + 47)
    p.scanned(f"{folder}/IMG_4475.pdf", [(letter_doc(ssa_r), print_paper(ssa_r.paper, style)),
                                         (plain("other"), print_paper(poa, style))], style, seed * 10 + 48)
    return p


def packet_bj8(seed: int) -> Packet:
    """A widower's e-mailed packet: the booklet's plain two-up print [1|2] [3|4] typed in an editor, and a
    part-time stub without year-to-date pay."""
    received = dt.date(2047, 9, 17)
    addr = ["1207 Linden Avenue", "Granite Bluff, WI 54469"]
    hours = random.Random(seed * 10 + 51).choice([21.5, 22.5, 24.0])
    stub = hardware_stub("Chester W. Pulaski", dt.date(2047, 9, 13), hours, 15.75)
    ssa = ssa_online("Chester W. Pulaski", addr, dt.date(2047, 8, 14), 1733.00, 202.90, dt.date(2041, 11, 1))
    cert = death_certificate("Irene M. Pulaski", dt.date(2047, 6, 3), 73, "Aspirus Granite Bluff Hospital",
                             "Chester W. Pulaski", dt.date(2047, 6, 10))
    app = App("8843106272", "Chester W. Pulaski", "974-25-8806", dt.date(1977, 7, 22), "(715) 555-0147",
              "1207 Linden Avenue", "Granite Bluff", "WI", "54469", "primary_residence",
              ["death", "reduction_in_income"], dt.date(2047, 6, 3), "long",
              {"wages": stub.fields["monthly_gross"], "ss": 1733.00}, dt.date(2047, 9, 9), checking=530.27,
              savings=900.00, seed=seed * 10 + 52)
    p = Packet("bj8", received, app, ["income_doc:wages"])
    p.digital(f"Pulaski_{app.loan}_application.pdf", booklet_typed_in_editor(app, False, "bj8wh62"),
              plain("mortgage_assistance_application"))
    p.digital(f"Pulaski_{app.loan}_paystub.pdf", paper_pdf(stub.paper), stub_doc(stub))
    p.digital(f"Pulaski_{app.loan}_social_security.pdf", paper_pdf(ssa.paper), letter_doc(ssa))
    style = Scan(dpi=300, tilt=0.15, blur=0.5)
    p.scanned(f"Pulaski_{app.loan}_death_certificate.pdf", [(letter_doc(cert), print_paper(cert.paper, style))],
              style, seed * 10 + 53)
    on = dt.date(2047, 9, 9)
    hl = hardship_letter("Chester W. Pulaski", addr, on, app.loan, "Wendover Hills Mortgage Servicing", [
        "My wife Irene died on June 3 after a long illness. Her Social Security check stopped with her death, and "
        "my own benefit is now the only steady money coming in.",
        "In July I took a part-time job at Kowalczyk Hardware, about twenty hours a week, but it does not make up "
        "for her check. I would like to stay in the house we bought in 2004 and ask for a modification."],
        ["Chester W. Pulaski"], "", seed * 10 + 54)
    p.digital(f"Pulaski_{app.loan}_letter.pdf", paper_pdf(hl), dated("hardship_letter", on))
    return p


PACKETS: list[Callable[[int], Packet]] = [packet_bj1, packet_bj2, packet_bj3, packet_bj4, packet_bj5, packet_bj6,
                                             packet_bj7, packet_bj8]


# --- checking -----------------------------------------------------------------------------------------------------


def known_codes() -> set[str]:
    codes = {"application", "application_signature", "irs_form_4506c"}
    codes |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                 "hardship_types", "hardship_start_date", "income")}
    codes |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation", "separation_unmarried",
                                            "death", "relocation", "other")}
    return codes


def check_packet(folder: Path) -> list[str]:
    """Problems with one written packet's expected.json."""
    name = folder.name
    exp = json.loads((folder / "expected.json").read_text())
    problems: list[str] = []
    if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
        problems.append(f"{name}: keys {sorted(exp)}")
    dt.date.fromisoformat(exp["received_on"])
    if (exp["status"] == "complete") != (not exp["missing"]):
        problems.append(f"{name}: status and missing disagree")
    problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in known_codes()]
    app = exp["application"]
    if app["loan_number"] != exp["loan_number"] or not 6 <= len(exp["loan_number"]) <= 15:
        problems.append(f"{name}: loan number")
    if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
        problems.append(f"{name}: occupancy or hardship code")
    income = app["income"]
    if not set(income) <= {*INCOMES, "total"} or any(v <= 0 for v in income.values()):
        problems.append(f"{name}: income codes or amounts")
    if abs(sum(v for k, v in income.items() if k != "total") - income["total"]) > 0.005:
        problems.append(f"{name}: income total")
    for key in ("hardship_start_date", "signed_on"):
        if app[key] is not None:
            dt.date.fromisoformat(app[key])
    seen: set[tuple[str, int]] = set()
    readers: dict[str, PdfReader] = {}
    if sum(d["type"] == "mortgage_assistance_application" for d in exp["documents"]) != 1:
        problems.append(f"{name}: not exactly one application")
    for doc in exp["documents"]:
        if doc["type"] not in DOC_TYPES:
            problems.append(f"{name}: type {doc['type']}")
        for pg in doc["pages"]:
            key = (pg["file"], pg["page"])
            if key in seen:
                problems.append(f"{name}: page listed twice {key}")
            seen.add(key)
            path = folder / "inbox" / pg["file"]
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
        for k, v in f.items():
            if (k.endswith(("_date", "_start", "_end")) or k == "signed_on") and v is not None:
                dt.date.fromisoformat(v)
        if doc["type"] == "pay_stub" and abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                                             - f["monthly_gross"]) > 0.005:
            problems.append(f"{name}: monthly_gross {f}")
        if doc["type"] == "benefit_award_letter" and f["benefit_type"] not in INCOMES:
            problems.append(f"{name}: benefit_type {f}")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bj1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    written: list[Path] = []
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
        written.append(root)
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        for root in written:
            problems += check_packet(root)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
