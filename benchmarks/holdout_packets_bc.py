"""Holdout set bc (bc1..bc8): RETIRED, FIXED-INCOME AND MILITARY HOUSEHOLDS, written without looking at the
service's code, rules, data files or tests, to estimate honestly how it reads borrower mail in layouts it has never
seen.

    python benchmarks/holdout_packets_bc.py OUT_DIR [--seed N] [--check] [--only bc1 bc5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch, processed with `--received-on <received_on>`. Received dates fall in 2046, all Mondays to Wednesdays between
February and November. No stunts: papers are typed; the hand-written parts are signatures and the dates beside them.

THE SERVICER. Tolliver Valley Mortgage Servicing, Inc. (1150 Garrison Parkway, Harker Springs, TX), between the Army
post of Fort Tolliver and the Sun Mesa Village retirement community. Its own two-page "MORTGAGE ASSISTANCE REQUEST"
(Form TVMS-440, Rev. 01/2046): a navy shield and the name at the top left, the title, form number and "Page n of 2"
at the top right, a boxed LOAN NUMBER; numbered NAVY SECTION BARS with white capitals. 1 PROPERTY (street, city /
state / ZIP cells, mailing address, "This property is:" three check boxes). 2 BORROWER INFORMATION - ONE TABLE WITH THE
TWO BORROWERS SIDE BY SIDE: a label column and the columns "BORROWER | CO-BORROWER", rows full legal name, SSN (last 4
digits only), date of birth, phone, e-mail, employer or income source, military status. 3 MONTHLY INCOME - the same
two columns with a "$" in every cell: wages / salary (civilian), military pay (base pay, BAH, BAS, special pays),
Social Security benefits (taxable), pension / retirement annuity (taxable), VA disability compensation (non-taxable),
other income; a shaded "Total" row per column and under the table a boxed "HOUSEHOLD TOTAL MONTHLY INCOME (Borrower
total + Co-Borrower total)". Page 2 repeats the loan number; 4 HARDSHIP: ten check boxes in two columns (lost job;
reduced income; higher housing costs; disaster; serious illness or disability; divorce; separation of unmarried
co-owners; death of a borrower or wage earner; "Military PCS orders or distant job transfer"; other), an "If Other,
explain" rule, a boxed start date (mm/dd/yyyy), expected duration as three boxes; 5 ASSETS (retirement accounts "for
information only"); 6 CERTIFICATION AND SIGNATURES: a paragraph, then TWO SIGNATURE PANELS SIDE BY SIDE (BORROWER |
CO-BORROWER), each with a signature rule, the printed name and a date rule. A blank co-borrower column means no
co-borrower. What expected.json holds for it: wages = wages + military pay of both columns, benefits_taxable = Social
Security + pension of both columns, benefits_nontaxable = VA disability of both, other = other; total = the
household total printed on the form (the two column totals added). The REAL Form 710 (April 2023) filled through its
AcroForm in two packets: typed and signed on screen (strokes over the signature field, the date typed) and e-mailed
(bc3); typed, printed, signed and dated in ink by both spouses and FAXED (bc7). On Form 710 the military pay is on the
wages line, Social Security and pensions on the taxable line, SSDI / VA on the non-taxable line.

PAPERS.
- DFAS-style military LEAVE AND EARNINGS STATEMENT (pay_stub) for an active-duty co-borrower, LANDSCAPE: a boxed title
  "DEFENSE FINANCE AND ACCOUNTING SERVICE MILITARY LEAVE AND EARNINGS STATEMENT"; a row of numbered caption cells ID |
  NAME (LAST, FIRST, MI) | SOC. SEC. NO. (masked XXX-XX-nnnn) | GRADE | PEBD | YRS SVC | ETS | BRANCH | ADSN/DSSN |
  PERIOD COVERED ("1-30 APR 46"); the dense grid ENTITLEMENTS | DEDUCTIONS | ALLOTMENTS | SUMMARY with TYPE / AMOUNT
  rows lettered A..O in Courier without thousands separators (BASE PAY, BAS, BAH ...; FEDERAL TAXES, FICA-SOC SECURITY,
  FICA-MEDICARE, SGLI, AFRH, TRICARE DENTAL, TSP; DISCRETIONARY allotment; +AMT FWD +TOT ENT -TOT DED -TOT ALMT =NET AMT
  -CR FWD =EOM PAY); bands of LEAVE, FED TAXES, FICA TAXES, STATE TAXES, ADDITIONAL PAY DATA and TSP cells; REMARKS
  starting "YTD ENTITLE nnnnn.nn YTD DEDUCT nnnn.nn" and "NET PAY OF $n DEPOSITED 01 MAY 46 ...". The member elected
  end-of-month pay only. Expected: employer "Defense Finance and Accounting Service" (the issuer printed in the
  title), employee name in natural order, frequency monthly, period = the month covered, pay date = the deposit date
  in the remarks, gross = TOT ENT, year to date = YTD ENTITLE, net = NET AMT.
- Social Security letters (benefit_award_letter, monthly_amount = the benefit BEFORE the Medicare deduction, which the
  application lists): the December cost-of-living notice "Your New Benefit Amount" (bc1), a "Notice of Award" for
  widow's benefits with a Beginning Date / Before Deductions / Amount We Will Pay chart (bc3), a disability Notice of
  Award (bc7, claimed as non-taxable) and the on-request "Benefit Verification" letter (bc4, bc6). Taxable unless
  claimed on the non-taxable line.
- An SSA-1099 Social Security Benefit Statement for 2045, boxes 1..8 (type other: a year's total, undated, not an
  award of a monthly amount) (bc5).
- A pension plan's "ANNUAL STATEMENT OF PENSION BENEFITS" (benefit_award_letter, taxable: a retiree panel beside a
  "Your 2046 monthly pension" panel with gross, tax withheld, net, "Paid monthly", then last year's payments)
  (bc1 fresh; bc6 stale, sent alongside a fresh advice); a pension plan's half-page "PENSION PAYMENT ADVICE /
  DIRECT DEPOSIT - NON-NEGOTIABLE" slip (payee, payment date, benefit month, gross / tax / premium / net with This
  payment and Year to date, "Payment frequency: Monthly") typed benefit_award_letter (letter date = payment date,
  monthly amount = gross) - in every packet that holds one the taxable benefits are also documented otherwise, so
  no status depends on it (bc3, bc6, bc8).
- A VA "Benefit Summary" letter for disability compensation (benefit_award_letter, non-taxable: current monthly award,
  effective date of the last change, combined evaluation, "paid monthly") (bc2, bc4 fresh; bc6 more than a year old).
- A brokerage's TRADITIONAL IRA quarterly statement (Caprock Brokerage Services: account value summary and holdings;
  an asset, not income: investment_statement, no fields) (bc1, bc5, bc8).
- Bank statements: Lone Ridge National Bank, N.A. (two pages, the full account number printed, a cycle from the 19th
  to the 18th, a one-row BALANCE SUMMARY "Beginning balance + Deposits - Withdrawals - Fees = Ending balance",
  Deposits and additions / Checks paid / Electronic withdrawals / Daily balance) and Garrison Federal Credit Union
  for the Fort Tolliver community (one page, masked account, calendar month "03/01/46 THRU 03/31/46", a posting-date
  register with a running balance). Deposits are the SSA, VA, DFAS and pension payments named in the packet;
  withdrawals include the Tolliver Valley mortgage payment.
- Hardship letters (typed; signed in ink when mailed or faxed, unsigned when e-mailed) about a spouse's death, a
  husband's illness and PCS moves; a Texas CERTIFICATE OF DEATH (certified copy, numbered boxes, home-scanned
  and e-mailed in bc3); Army PCS orders (military_pcs_orders: "ORDERS 072-0415", "You are reassigned as shown");
  the mailroom's Code 128 "LOAN <number>" separator sheet and the Fort Tolliver Legal Assistance Office's FAX
  TRANSMITTAL cover sheet (neither is a document).

PACKETS AND DELIVERIES.
- bc1 COMPLETE (2046-02-21). A folder named after the loan of e-mailed born-digital files: the TVMS-440 typed and
  signed on screen by a retired couple (Social Security both, his machinists' pension; higher insurance costs), both
  SSA cost-of-living notices, the pension plan's annual statement, the IRA statement, an unsigned letter.
- bc2 INCOMPLETE application_signature (2046-05-14). ONE 300 dpi grey mailroom scan behind the separator sheet: the
  TVMS-440 typed, printed, signed and dated in ink by the borrower (VA disability) only - her husband, the active-duty
  co-borrower (military pay), had already left on PCS orders; her signed letter, the PCS orders, his LES for April,
  her VA letter, one credit-union statement.
- bc3 COMPLETE (2046-06-05). Loose e-mailed files "<loan>_...pdf": the real Form 710 typed and signed on screen by a
  widow (survivor Social Security and a survivor pension on the taxable line; death), the SSA Notice of Award, the
  June pension advice, the death certificate as a 300 dpi grey home scan, an unsigned letter.
- bc4 INCOMPLETE income_doc:wages (2046-06-12). A folder named after the loan holding one 300 dpi grey scan per paper
  SCAN0001.pdf ..: the TVMS-440 in ink by both (his Social Security and VA; her Air Force pay; job loss); her LES for
  JANUARY (paid 01 FEB 46, more than 90 days old), his benefit verification letter and VA letter, their letter. No
  bank statements.
- bc5 INCOMPLETE hardship_doc:death, income_doc:benefits_taxable (2046-07-17). ONE 300 dpi grey scan without a
  separator, "<Surname> <loan>.pdf": a widower's TVMS-440 in ink with the co-borrower column left blank (Social
  Security; death of his wife), the SSA-1099 instead of an award letter, ONE Lone Ridge statement, the IRA
  statement, his signed letter; no death certificate or obituary.
- bc6 INCOMPLETE income_doc:benefits_nontaxable (2046-08-21). Loose e-mailed files "<Surname> <loan> - <paper>.pdf":
  the TVMS-440 typed and signed on screen by both (her teacher's pension; his VA disability and Social Security;
  his illness), the August pension advice, last January's annual pension statement, his benefit verification letter,
  his VA letter from June 2045 (stale), ONE credit-union statement, an unsigned letter.
- bc7 COMPLETE (2046-10-16). ONE 200 dpi black-and-white fax from the Fort Tolliver Legal Assistance Office behind its
  transmittal cover sheet, every page with the fax header line: the real Form 710 typed, printed, signed and dated in
  ink by an active-duty sergeant and his wife (military pay on the wages line, her SSDI non-taxable; relocation), the
  couple's signed letter, the PCS orders, his LES for September, her SSA disability award.
- bc8 INCOMPLETE hardship_doc:disability_or_illness (2046-11-13). A folder named after the loan: ONE 300 dpi grey
  mailroom scan (the TVMS-440 in ink by both - Social Security both, his city pension; her serious illness -, the
  November pension advice, the IRA statement) and two born-digital Lone Ridge e-statements of consecutive cycles
  showing every benefit deposit. No hardship letter and no medical statement.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet (an income paper is fresh when dated 0..90 days before the received date; two bank
statements count when they are consecutive cycles of one account, read both as "the newer fresh" and "both fresh";
the pension advice is read both as a benefit document and as not counting), both readings must agree, and they must
give the scenario's codes. Every income paper is at least five days clear of the 90-day edge. At build time every
expected value of a document (names, amounts, dates as printed) must be found in its drawn text. `--check` validates
every expected.json (keys, codes, document types, per-type fields, ISO dates, income lines adding up to the total,
files that open as PDFs, every listed page existing once, `scanned` matching the absence of a text layer, pay stub
monthly gross, consecutive statements chaining their balances) and that every page left out of the documents is a
cover sheet or a separator. Every file is the same bytes for a seed: reportlab runs in invariant mode, scans use
seeded noise, pypdf output carries fixed identifiers. All people, employers, banks, agencies and servicers are
fictional; Social Security numbers appear only as last four digits or masked, and every page carries a faint
"synthetic test document" line.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import io
import json
import logging
import math
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import numpy as np
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

REPO = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
FORM710 = SHARED / "reference" / "fanniemae-freddiemac-form710-apr2023.pdf"
FONTS = Path("/usr/share/fonts/truetype")
PEN_FONT = FONTS / "liberation2" / "LiberationSans-Italic.ttf"
FAX_FONT = FONTS / "dejavu" / "DejaVuSansMono.ttf"
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
EDGE_MARGIN = 5
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}

SERVICER = "Tolliver Valley Mortgage Servicing, Inc."
SERVICER_ADDR = "1150 Garrison Parkway, Suite 200, Harker Springs, TX 76549"
SERVICER_FAX = "(254) 555-0147"
SERVICER_PHONE = "(254) 555-0140"

# The servicer form's income lines and the income code each belongs to.
LINES = ("wages", "military", "ss", "pension", "va", "other")
LINE_CODE = {"wages": "wages", "military": "wages", "ss": "benefits_taxable", "pension": "benefits_taxable",
             "va": "benefits_nontaxable", "other": "other"}
LINE_LABEL = {"wages": "Wages / salary (civilian employment)",
              "military": "Military pay (base pay, BAH, BAS, special pays)",
              "ss": "Social Security benefits (taxable)",
              "pension": "Pension / retirement annuity (taxable)",
              "va": "VA disability compensation (non-taxable)",
              "other": "Other income (alimony, child support, other)"}

D = Decimal
CENT = D("0.01")


def q2(v: Decimal | int | str) -> Decimal:
    return D(v).quantize(CENT, rounding=ROUND_HALF_UP)


def money(v: Decimal) -> str:
    return f"{q2(v):,.2f}"


def plain(v: Decimal) -> str:
    """Money as the DFAS statement prints it: no thousands separators."""
    return f"{q2(v):.2f}"


def num(v: Decimal) -> float:
    return float(q2(v))


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def mdy2(d: dt.date) -> str:
    return d.strftime("%m/%d/%y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def mil(d: dt.date) -> str:
    """A DFAS date: 01 MAY 46."""
    return f"{d.day:02d} {d.strftime('%b').upper()} {d.strftime('%y')}"


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


# --- drawing ----------------------------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig") or a pen-written string ("pen").
    x, y: the baseline's left end in PDF points from the page's bottom-left; w: a signature's width."""

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
    size: tuple[float, float] = letter


@dataclass
class Source:
    """A paper made into a PDF, with the ink marks each page still has to receive (empty when signed on screen)."""

    pdf: bytes
    marks: list[list[Mark]]
    fields: dict[str, str] = field(default_factory=dict)  # AcroForm values typed into it

    @property
    def pages(self) -> int:
        return len(self.marks)


def synth(c: Canvas, size: tuple[float, float]) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.7)
    c.drawRightString(size[0] - 22, 9, SYNTH)
    c.restoreState()


def sig_strokes(seed: int, w: float, h: float = 17.0) -> list[list[tuple[float, float]]]:
    """Polylines of a scrawled signature in a w x h box (0,0 bottom-left): a tall capital, looped letters, a
    second word and a flourish."""
    rng = random.Random(seed * 7919 + 13)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    words = rng.choice((2, 2, 3))
    for k in range(words):
        span = (w - x) * (0.42 if k < words - 1 else 0.95) * rng.uniform(0.85, 1.0)
        cap = h * rng.uniform(1.05, 1.35)
        pts = [(x + 1, h * 0.05), (x + 4, cap), (x + 7, h * 0.15), (x + 9, h * 0.45)]
        letters = rng.randint(4, 7)
        steps = letters * 9
        phase = rng.uniform(0, 1)
        for i in range(1, steps + 1):
            t = i / steps
            px = x + 9 + (span - 9) * t - 3.2 * math.sin(2 * math.pi * (letters * t + phase))
            env = 1.0 - 0.35 * t
            py = h * 0.18 + h * 0.55 * env * (0.5 - 0.5 * math.cos(2 * math.pi * (letters * t + phase)))
            if rng.random() < 0.12:
                py += h * 0.35  # an ascender
            pts.append((px, py))
        strokes.append(pts)
        x += span + 5
        if x > w * 0.92:
            break
    end = min(x, w)
    strokes.append([(w * 0.05, -h * 0.08), (end * 0.5, -h * 0.14), (end * 0.98, -h * 0.02)])
    return strokes


def vector_signature(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.1, 0.13, 0.42))
    c.setLineWidth(1.0)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in sig_strokes(m.seed, m.w):
        p = c.beginPath()
        p.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            p.lineTo(m.x + px, m.y + py)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    """Marks made on a computer: a drawn signature, a date typed in Courier."""
    for m in marks:
        if m.kind == "sig":
            vector_signature(c, m)
        else:
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_source(paper: Paper, screen: bool, tag: str) -> Source:
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_bc")
    c.setAuthor(tag)
    marks: list[list[Mark]] = []
    for fn in paper.pages:
        c.setPageSize(paper.size)
        drawn = fn(c)
        if screen:
            screen_marks(c, drawn)
            marks.append([])
        else:
            marks.append(drawn)
        synth(c, paper.size)
        c.showPage()
    c.save()
    return Source(buf.getvalue(), marks)


def fixed_bytes(writer: PdfWriter, tag: str) -> bytes:
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bc"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def concat(sources: Sequence[Source], tag: str) -> bytes:
    if len(sources) == 1:
        return sources[0].pdf
    writer = PdfWriter()
    for s in sources:
        writer.append(PdfReader(io.BytesIO(s.pdf)))
    return fixed_bytes(writer, tag)


# --- scanning ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 300
    tilt: float = 0.35
    blur: float = 0.55
    noise: float = 0.0005
    grain: float = 2.5
    fax: bool = False
    quality: int = 76


MAILROOM = Scan()
HOME = Scan(dpi=300, tilt=0.55, blur=0.7, noise=0.0003, grain=3.5, quality=70)
FAX = Scan(dpi=200, tilt=0.3, blur=0.45, noise=0.0009, grain=0.0, fax=True)


def pen_font(px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(PEN_FONT), px)


def ink(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.25 * scale))
            for stroke in sig_strokes(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=38, width=width, joint="curve")
        else:
            rng = random.Random(m.seed)
            font = pen_font(round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=45, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.96, 1.1)


def render(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float, float]]:
    """Each page as a grey image at dpi, with the page's width and height in points (forms drawn)."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil().convert("L")
            out.append((img, page.get_width(), page.get_height()))
            page.close()
        return out
    finally:
        doc.close()


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    angle = style.tilt * (0.55 + 0.45 * float(rng.random())) * (1 if seed % 2 else -1)
    out = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    a = np.asarray(out, dtype=np.float32)
    if not style.fax:
        a = 16.0 + a * 0.915  # the paper's tone
    if style.grain:
        a = a + rng.normal(0.0, style.grain, a.shape).astype(np.float32)
    count = int(a.size * style.noise)
    ys = rng.integers(0, a.shape[0], count)
    xs = rng.integers(0, a.shape[1], count)
    a[ys, xs] = np.where(a[ys, xs] > 128, 75.0, 228.0)
    if style.fax:
        return Image.fromarray(np.where(a > 150, 255, 0).astype(np.uint8), "L").convert("1")
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


@dataclass
class Sheet:
    image: Image.Image
    size: tuple[float, float]


def scan_source(src: Source, style: Scan, seed: int, header: Callable[[int], str] | None = None,
                first_index: int = 0) -> list[Sheet]:
    """Print a source, add its ink, (stamp a fax header) and scan every sheet."""
    sheets = []
    for i, (img, pw, ph) in enumerate(render(src.pdf, style.dpi)):
        scale = style.dpi / 72
        ink(img, src.marks[i], scale, ph)
        if header is not None:
            draw = ImageDraw.Draw(img)
            font = ImageFont.truetype(str(FAX_FONT), round(7.5 * scale))
            draw.rectangle((0, 0, img.size[0], round(16 * scale)), fill=255)
            draw.text((round(18 * scale), round(4 * scale)), header(first_index + i), fill=0, font=font)
        sheets.append(Sheet(degrade(img, style, seed * 101 + i), (pw, ph)))
    return sheets


def sheets_pdf(sheets: Sequence[Sheet], style: Scan) -> bytes:
    """Image-only PDF: grey JPEG pages, or black-and-white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setCreator("holdout_packets_bc scanner")
    for sh in sheets:
        c.setPageSize(sh.size)
        data = io.BytesIO()
        if style.fax:
            sh.image.convert("L").save(data, "PNG")
        else:
            sh.image.save(data, "JPEG", quality=style.quality)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sh.size[0], height=sh.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- shared page pieces -----------------------------------------------------------------------------------------


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and stringWidth(trial, font, size) > width:
            out.append(line)
            line = word
        else:
            line = trial
    if line:
        out.append(line)
    return out


def para(c: Canvas, x: float, y: float, width: float, texts: Sequence[str], font: str = "Times-Roman",
         size: float = 11.0, leading: float = 14.5, gap: float = 7.0) -> float:
    c.setFont(font, size)
    for text in texts:
        for ln in wrap(text, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


def checkbox(c: Canvas, x: float, y: float, on: bool, size: float = 8.0) -> None:
    c.setLineWidth(0.7)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if on:
        c.setFont("Helvetica-Bold", size + 1)
        c.drawCentredString(x + size / 2, y + 1, "X")


def caption_cell(c: Canvas, x: float, y: float, w: float, h: float, cap: str, val: str, cap_size: float = 5.5,
                 val_font: tuple[str, float] = ("Courier", 8.0), number: str = "") -> None:
    c.setLineWidth(0.5)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", cap_size)
    c.drawString(x + 2, y + h - cap_size - 1.5, (f"{number}. " if number else "") + cap)
    c.setFont(*val_font)
    c.drawString(x + 3, y + 3.5, val)


# --- the military leave and earnings statement ------------------------------------------------------------------


FED_RATE, TSP_PCT, DENTAL, ALLOTMENT = D("0.085"), D("0.05"), D("32.67"), D("200.00")


@dataclass
class Member:
    last: str
    first: str
    mi: str
    ssn4: str
    grade: str
    branch: str
    pebd: str
    yrs: str
    ets: str
    adsn: str
    base: Decimal
    bas: Decimal
    bah: Decimal
    specials: tuple[tuple[str, Decimal], ...] = ()
    fed_rate: Decimal = FED_RATE
    tsp_pct: Decimal = TSP_PCT
    dental: Decimal = DENTAL
    allotment: Decimal = ALLOTMENT
    fcu_last4: str = "4821"
    zip: str = "76544"
    depns: int = 2
    display: str = ""  # the name as the family writes it, when capitals lose it (McBride)

    @property
    def name(self) -> str:
        return self.display or f"{self.first.title()} {self.mi}. {self.last.title()}"


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None  # the date the 90-day freshness is judged by
    source: Source
    shows: list[str] = field(default_factory=list)  # strings that must be in the drawn text
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    debatable: bool = False  # a reading of the checklist might not count it as income documentation
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False
    balances: tuple[Decimal, Decimal] | None = None


def les_month(m: Member, month: int) -> tuple[list[tuple[str, Decimal]], list[tuple[str, Decimal]], Decimal]:
    """One month's entitlements and deductions (and its taxable wage) for a member; a clothing allowance comes in
    the anniversary month."""
    ent = [("BASE PAY", m.base), ("BAS", m.bas), ("BAH", m.bah), *m.specials]
    if month == 2:
        ent.append(("CLOTHING MAINT ALLOW", D("468.00")))
    taxable = q2(m.base + sum((a for _, a in m.specials), D(0)) - q2(m.base * m.tsp_pct))
    ded = [("FEDERAL TAXES", q2(taxable * m.fed_rate)), ("FICA-SOC SECURITY", q2(m.base * D("0.062"))),
           ("FICA-MEDICARE", q2(m.base * D("0.0145"))), ("SGLI", D("31.00")), ("AFRH", D("0.50")),
           ("TRICARE DENTAL", m.dental), ("TSP", q2(m.base * m.tsp_pct))]
    return ent, ded, taxable


def les_net(m: Member, month: int) -> Decimal:
    """The net pay of a month's statement (what reaches the bank)."""
    ent, ded, _ = les_month(m, month)
    return q2(sum((a for _, a in ent), D(0)) - sum((a for _, a in ded), D(0)) - m.allotment)


def pay_day(period_end: dt.date) -> dt.date:
    """End-of-month pay is deposited on the first of the next month (these statements are chosen on weekdays)."""
    d = period_end + dt.timedelta(days=1)
    assert d.weekday() < 5, d
    return d


def les(m: Member, year: int, month: int, seed: int) -> Doc:
    months = [les_month(m, k) for k in range(1, month + 1)]
    ent, ded, taxable = months[-1]
    tot_ent = q2(sum((a for _, a in ent), D(0)))
    tot_ded = q2(sum((a for _, a in ded), D(0)))
    almt = [("DISCRETIONARY", m.allotment)] if m.allotment else []
    tot_almt = q2(sum((a for _, a in almt), D(0)))
    net = q2(tot_ent - tot_ded - tot_almt)
    ytd_ent = q2(sum((sum((a for _, a in e), D(0)) for e, _, _ in months), D(0)))
    ytd_ded = q2(sum((sum((a for _, a in d_), D(0)) for _, d_, _ in months), D(0)))
    wage_ytd = q2(sum((t for _, _, t in months), D(0)))
    fed_ytd = q2(sum((d_[0][1] for _, d_, _ in months), D(0)))
    soc_ytd = q2(sum((d_[1][1] for _, d_, _ in months), D(0)))
    med_ytd = q2(sum((d_[2][1] for _, d_, _ in months), D(0)))
    tsp_ytd = q2(sum((d_[6][1] for _, d_, _ in months), D(0)))
    base_ytd = q2(m.base * month)
    start = dt.date(year, month, 1)
    end = month_end(year, month)
    paid = pay_day(end)
    covered = f"{start.day}-{end.day} {start.strftime('%b').upper()} {start.strftime('%y')}"
    rng = random.Random(seed)
    leave_bf = D(rng.choice(("18.5", "22.0", "27.5", "31.0")))
    leave_used = D(rng.choice(("0.0", "0.0", "2.0", "4.0")))

    def page(c: Canvas) -> list[Mark]:
        x0, x1 = 30.0, 762.0
        c.setLineWidth(0.9)
        c.rect(x0, 570, x1 - x0, 22, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawCentredString((x0 + x1) / 2, 577, "DEFENSE FINANCE AND ACCOUNTING SERVICE MILITARY LEAVE AND EARNINGS "
                                                "STATEMENT")
        heads = [("ID", 40, ""), ("NAME (LAST, FIRST, MI)", 176, f"{m.last} {m.first} {m.mi}"),
                 ("SOC. SEC. NO.", 80, f"XXX-XX-{m.ssn4}"), ("GRADE", 40, m.grade), ("PEBD", 50, m.pebd),
                 ("YRS SVC", 40, m.yrs), ("ETS", 50, m.ets), ("BRANCH", 50, m.branch), ("ADSN/DSSN", 60, m.adsn),
                 ("PERIOD COVERED", 146, covered)]
        x = x0
        for i, (cap, w, val) in enumerate(heads):
            caption_cell(c, x, 540, w, 30, cap, val, val_font=("Courier-Bold", 9), number=str(i + 1))
            x += w
        groups = [("ENTITLEMENTS", x0, 262.0, ent), ("DEDUCTIONS", 262.0, 494.0, ded),
                  ("ALLOTMENTS", 494.0, 646.0, almt)]
        top, row_h, rows = 540.0, 10.6, "ABCDEFGHIJKLMNO"
        grid_bottom = top - 26 - row_h * len(rows) - 4
        for title, a, b, items in groups:
            c.setLineWidth(0.6)
            c.rect(a, grid_bottom, b - a, top - grid_bottom, stroke=1, fill=0)
            c.line(a, top - 13, b, top - 13)
            c.line(a, top - 24, b, top - 24)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString((a + b) / 2, top - 10, title)
            c.setFont("Helvetica", 5.8)
            c.drawString(a + 14, top - 21, "TYPE")
            c.drawRightString(b - 6, top - 21, "AMOUNT")
            for i, letter_ in enumerate(rows):
                y = top - 34 - i * row_h
                c.setFont("Helvetica", 5.5)
                c.drawString(a + 3, y, letter_)
                if i < len(items):
                    lab, amt = items[i]
                    c.setFont("Courier", 7.8)
                    c.drawString(a + 14, y, lab)
                    c.drawRightString(b - 6, y, plain(amt))
        a, b = 646.0, x1
        c.rect(a, grid_bottom, b - a, top - grid_bottom, stroke=1, fill=0)
        c.line(a, top - 13, b, top - 13)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawCentredString((a + b) / 2, top - 10, "SUMMARY")
        summary = [("+AMT FWD", D(0)), ("+TOT ENT", tot_ent), ("-TOT DED", tot_ded), ("-TOT ALMT", tot_almt),
                   ("=NET AMT", net), ("-CR FWD", D(0)), ("=EOM PAY", net)]
        for i, (lab, amt) in enumerate(summary):
            y = top - 30 - i * 13.5
            c.setFont("Helvetica-Bold" if lab == "=NET AMT" else "Helvetica", 7)
            c.drawString(a + 4, y, lab)
            c.setFont("Courier-Bold" if lab == "=NET AMT" else "Courier", 8)
            c.drawRightString(b - 5, y, plain(amt) if amt else ".00")
        c.setFont("Helvetica", 7)
        c.drawString(a + 4, top - 30 - 8 * 13.5, "DIEMS")
        c.drawRightString(b - 5, top - 30 - 8 * 13.5, "100712")
        c.drawString(a + 4, top - 30 - 9 * 13.5, "RET PLAN")
        c.drawRightString(b - 5, top - 30 - 9 * 13.5, "BRS")
        y = grid_bottom - 34
        bands = [
            ("LEAVE", [("BF BAL", f"{leave_bf}"), ("ERND", "2.5"), ("USED", f"{leave_used}"),
                       ("CR BAL", f"{leave_bf + D('2.5') - leave_used}"), ("ETS BAL", "41.0"), ("LV LOST", "0.0"),
                       ("LV PAID", "0.0"), ("USE/LOSE", "0.0")], 320.0),
            ("FED TAXES", [("WAGE PERIOD", plain(taxable)), ("WAGE YTD", plain(wage_ytd)), ("M/S", "M"),
                           ("EX", "04"), ("ADD'L TAX", ".00"), ("TAX YTD", plain(fed_ytd))], 412.0)]
        band_row(c, x0, y, bands)
        y -= 34
        bands = [
            ("FICA TAXES", [("WAGE PERIOD", plain(m.base)), ("SOC WAGE YTD", plain(base_ytd)),
                            ("SOC TAX YTD", plain(soc_ytd)), ("MED WAGE YTD", plain(base_ytd)),
                            ("MED TAX YTD", plain(med_ytd))], 400.0),
            ("STATE TAXES", [("ST", "TX"), ("WAGE PERIOD", ".00"), ("WAGE YTD", ".00"), ("M/S", ""), ("EX", ""),
                             ("TAX YTD", ".00")], 332.0)]
        band_row(c, x0, y, bands)
        y -= 34
        bands = [("ADDITIONAL PAY DATA", [("BAS TYPE", "B"), ("CHARITY YTD", ".00"), ("TPC", ""), ("PACIDN", "W6"),
                                          ("RENT AMT", ".00"), ("SHARE", "0"), ("STAT", "0"), ("JFTR", "000"),
                                          ("DEPNS", str(m.depns)), ("2D JFTR", ""), ("BAQ TYPE", "W"),
                                          ("BAQ DEPN", "S" if m.depns else "N"), ("VHA ZIP", m.zip)], 732.0)]
        band_row(c, x0, y, bands)
        y -= 34
        bands = [("THRIFT SAVINGS PLAN (TSP)", [
            ("BASE PAY RATE", f"{int(m.tsp_pct * 100)}"), ("BASE PAY CURRENT", plain(q2(m.base * m.tsp_pct))),
            ("SPECIAL PAY RATE", "0"), ("SPECIAL PAY CURRENT", ".00"), ("INCENTIVE PAY RATE", "0"),
            ("INCENTIVE PAY CURRENT", ".00"), ("BONUS PAY RATE", "0"), ("BONUS PAY CURRENT", ".00"),
            ("TSP YTD DEDUCTION", plain(tsp_ytd)), ("AGENCY MATCH YTD", plain(tsp_ytd))], 732.0)]
        band_row(c, x0, y, bands)
        y -= 8
        c.setLineWidth(0.6)
        c.rect(x0, 40, x1 - x0, y - 40, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x0 + 4, y - 10, "REMARKS:")
        c.setFont("Courier", 8)
        remarks = [f"YTD ENTITLE {plain(ytd_ent)}   YTD DEDUCT {plain(ytd_ded)}",
                   f"NET PAY OF ${plain(net)} DEPOSITED {mil(paid)} TO GARRISON FCU ACCT ENDING {m.fcu_last4}.",
                   "YOU HAVE ELECTED END-OF-MONTH PAY ONLY. NO MID-MONTH PAYMENT WAS MADE THIS PERIOD.",
                   f"BAH RATE BASED ON ZIP {m.zip} WITH DEPENDENTS.",
                   "EFFECTIVE 01 JAN 46 BASIC PAY RATES INCREASED BY 3.9 PERCENT.",
                   "REVIEW YOUR LES EACH MONTH. REPORT ERRORS TO YOUR FINANCE OFFICE."]
        for i, r in enumerate(remarks):
            c.drawString(x0 + 52, y - 10 - i * 11, r)
        c.setFont("Helvetica", 6)
        c.drawString(x0, 30, "DFAS Form 702, Jan 02")
        c.drawRightString(x1, 30, f"LES {start.strftime('%b %Y').upper()}  -  PAGE 1 OF 1")
        return []

    src = paper_source(Paper([page], LAND), True, "les")
    fields = {"employer": "Defense Finance and Accounting Service", "employee_name": m.name,
              "pay_date": paid.isoformat(), "period_start": start.isoformat(), "period_end": end.isoformat(),
              "frequency": "monthly", "gross_current": num(tot_ent), "gross_ytd": num(ytd_ent),
              "net_current": num(net), "monthly_gross": num(tot_ent)}
    shows = [m.last, m.first, covered, mil(paid), plain(tot_ent), plain(ytd_ent), plain(net)]
    return Doc("pay_stub", fields, paid, src, shows)


def band_row(c: Canvas, x: float, y: float, bands: Sequence[tuple[str, Sequence[tuple[str, str]], float]]) -> None:
    """A band of caption cells, each group titled over its cells."""
    for title, cells, width in bands:
        w = width / len(cells)
        c.setLineWidth(0.6)
        c.rect(x, y, width, 24, stroke=1, fill=0)
        c.rect(x, y + 24, width, 9, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 6)
        c.drawCentredString(x + width / 2, y + 26.5, title)
        for i, (cap, val) in enumerate(cells):
            cx = x + i * w
            c.setLineWidth(0.3)
            c.line(cx, y, cx, y + 24)
            c.setFont("Helvetica", 4.8)
            c.drawString(cx + 2, y + 17, cap)
            c.setFont("Courier", 7.2)
            c.drawRightString(cx + w - 3, y + 4, val)
        x += width


# --- benefit papers ----------------------------------------------------------------------------------------------


def ssa_head(c: Canvas, title: str, date: dt.date, claim: str) -> None:
    c.setFillColor(Color(0.08, 0.2, 0.42))
    c.circle(86, 738, 20, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawCentredString(86, 735, "SSA")
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(116, 742, "Social Security Administration")
    c.setFont("Helvetica", 9)
    c.drawString(116, 729, title)
    c.setFont("Helvetica", 8.5)
    c.drawRightString(548, 748, f"Date: {long_date(date)}")
    c.drawRightString(548, 737, f"Claim Number: {claim}")


def ssa_letter(kind: str, person: str, address: Sequence[str], ssn4: str, date: dt.date, gross: Decimal,
               medicare: Decimal, benefit: str, since: dt.date | None = None, extra: str = "") -> Doc:
    """Social Security's letters: "cola" (the December notice), "survivor" or "disability" (a Notice of Award),
    "verify" (the benefit verification letter a person asks for)."""
    pay = q2(gross - medicare).to_integral_value(rounding="ROUND_FLOOR")
    claim = f"XXX-XX-{ssn4}{'A' if kind in ('cola', 'verify', 'disability') else 'D'}"

    def page(c: Canvas) -> list[Mark]:
        titles = {"cola": "Important Information", "survivor": "Retirement, Survivors and Disability Insurance",
                  "disability": "Retirement, Survivors and Disability Insurance", "verify": "Benefit Verification"}
        ssa_head(c, titles[kind], date, claim)
        c.setFont("Helvetica", 10)
        y = 686
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(90, y, ln)
            y -= 12.5
        y -= 18
        c.setFont("Helvetica-Bold", 14)
        heading = {"cola": "Your New Benefit Amount", "survivor": "Notice of Award", "disability": "Notice of Award",
                   "verify": "Benefit Verification Letter"}[kind]
        c.drawString(72, y, heading)
        y -= 24
        if kind == "cola":
            y = para(c, 72, y, 468, [
                f"Your Social Security benefits will increase by 2.7 percent in {date.year + 1} because of a rise in "
                "the cost of living.",
                "How much will I get and when? The chart below shows your new monthly benefit. We deduct the Medicare "
                "medical insurance premium before we pay you, and we round the amount we pay down to the whole "
                "dollar."], font="Helvetica", size=10, leading=13.5)
            rows = [("Your new benefit amount before deductions", f"${money(gross)}"),
                    ("The amount we deduct for Medicare medical insurance", f"${money(medicare)}"),
                    ("The amount we will pay you each month", f"${money(pay)}")]
            y = ruled_rows(c, y, rows)
            pay_on = second_wednesday(date.year + 1, 1)
            y = para(c, 72, y - 6, 468, [
                f"We pay Social Security benefits monthly. You will receive your January payment on "
                f"{long_date(pay_on)} and each month after that on the second Wednesday of the month.",
                "If you disagree with this decision, you have 60 days to ask for an appeal. If you have questions, "
                "call us at 1-800-555-0213 or visit your local office."], font="Helvetica", size=10, leading=13.5)
        elif kind in ("survivor", "disability"):
            what = ("monthly widow's benefits" if kind == "survivor" else "monthly disability benefits")
            assert since is not None
            y = para(c, 72, y, 468, [
                f"We are writing to tell you that you are entitled to {what} beginning {since.strftime('%B %Y')}. "
                + (extra or ""),
                "The following chart shows your benefit amounts before and after any deductions. We round the amount "
                "we pay down to the whole dollar."], font="Helvetica", size=10, leading=13.5)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(80, y, "Beginning Date")
            c.drawRightString(330, y, "Benefit Amount Before")
            c.drawRightString(330, y - 10, "Any Deductions")
            c.drawRightString(520, y, "Amount We Will")
            c.drawRightString(520, y - 10, "Pay You")
            c.setLineWidth(0.6)
            c.line(72, y - 15, 540, y - 15)
            c.setFont("Helvetica", 10)
            c.drawString(80, y - 29, since.strftime("%B %Y"))
            c.drawRightString(330, y - 29, f"${money(gross)}")
            c.drawRightString(520, y - 29, f"${money(pay)}")
            c.line(72, y - 36, 540, y - 36)
            y = para(c, 72, y - 56, 468, [
                "Your Payments: we pay benefits monthly, by direct deposit, on the third day of each month. "
                + (f"We deduct ${money(medicare)} a month for Medicare medical insurance." if medicare else
                   "You are not yet entitled to Medicare, so nothing is deducted."),
                "If you disagree with this decision, you have 60 days to ask for an appeal."],
                font="Helvetica", size=10, leading=13.5)
        else:
            y = para(c, 72, y, 468, [
                f"You asked us for information from your record. The information below confirms the Social Security "
                f"benefits {person} receives. You may give this letter to a lender or agency as proof of income.",
                "Information about current Social Security benefits:"], font="Helvetica", size=10, leading=13.5)
            rows = [("Type of benefit", "Retirement insurance benefits"),
                    ("Beginning with December 2045, the full monthly benefit before deductions is",
                     f"${money(gross)}"),
                    ("We deduct for medical insurance premiums each month", f"${money(medicare)}"),
                    ("The regular monthly payment (after deductions, rounded down) is", f"${money(pay)}"),
                    ("Social Security benefits are paid", "Monthly")]
            y = ruled_rows(c, y, rows)
            y = para(c, 72, y - 6, 468, [
                "This letter is valid as of the date above. Benefits are paid in the month after the month for "
                "which they are due."], font="Helvetica", size=10, leading=13.5)
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 10, "Social Security Administration")
        c.setFont("Helvetica", 7.5)
        c.drawString(72, 60, "Keep this notice for your records. SSA-L" + {"cola": "8151", "survivor": "4155",
                                                                              "disability": "4156",
                                                                              "verify": "0120"}[kind])
        return []

    src = paper_source(Paper([page]), True, "ssa")
    fields = {"letter_date": date.isoformat(), "monthly_amount": num(gross), "benefit_type": benefit}
    return Doc("benefit_award_letter", fields, date, src, [long_date(date), money(gross)], benefit=benefit)


def second_wednesday(y: int, m: int) -> dt.date:
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(2 - d.weekday()) % 7)
    return d + dt.timedelta(days=7)


def ruled_rows(c: Canvas, y: float, rows: Sequence[tuple[str, str]], x0: float = 72, x1: float = 540) -> float:
    c.setLineWidth(0.5)
    c.line(x0, y + 4, x1, y + 4)
    for k, v in rows:
        c.setFont("Helvetica", 10)
        c.drawString(x0 + 6, y - 10, k)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(x1 - 6, y - 10, v)
        y -= 20
        c.line(x0, y + 4, x1, y + 4)
    return y - 10


def ssa_1099(person: str, address: Sequence[str], ssn4: str, year: int, paid: Decimal, medicare: Decimal) -> Doc:
    """Form SSA-1099 for a year: a year's total, no monthly award - an `other` paper."""
    box3 = q2(paid + medicare)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.8)
        c.rect(50, 430, 512, 320, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(58, 732, "FORM SSA-1099 - SOCIAL SECURITY BENEFIT STATEMENT")
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(554, 730, str(year))
        c.setFont("Helvetica", 7)
        c.drawString(58, 721, "PART OF YOUR SOCIAL SECURITY BENEFITS SHOWN IN BOX 5 MAY BE TAXABLE INCOME. "
                              "SEE THE REVERSE FOR MORE INFORMATION.")
        c.line(50, 715, 562, 715)
        cells = [(50, 685, 330, 30, "Box 1. Name", person.upper()),
                 (380, 685, 182, 30, "Box 2. Beneficiary's Social Security Number", f"XXX-XX-{ssn4}"),
                 (50, 645, 170, 40, "Box 3. Benefits Paid in " + str(year), money(box3)),
                 (220, 645, 170, 40, "Box 4. Benefits Repaid to SSA in " + str(year), "NONE"),
                 (390, 645, 172, 40, "Box 5. Net Benefits for " + str(year) + " (Box 3 minus Box 4)", money(box3))]
        for x, y, w, h, cap, val in cells:
            c.rect(x, y, w, h, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 3, y + h - 8, cap)
            c.setFont("Courier-Bold", 10)
            c.drawString(x + 8, y + 6, val)
        c.rect(50, 520, 330, 125, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(54, 636, "DESCRIPTION OF AMOUNT IN BOX 3")
        c.setFont("Courier", 8.5)
        lines_ = [("Paid by check or direct deposit", money(paid)), ("Medicare Part B premiums deducted from your",
                                                                     ""),
                  ("  benefits", money(medicare)), ("Total Additions", money(box3)),
                  ("Benefits for " + str(year), money(box3))]
        for i, (k, v) in enumerate(lines_):
            c.drawString(56, 620 - i * 12, k)
            c.drawRightString(372, 620 - i * 12, v)
        c.rect(380, 580, 182, 65, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(383, 637, "Box 6. Voluntary Federal Income Tax Withheld")
        c.setFont("Courier-Bold", 10)
        c.drawString(388, 590, "NONE")
        c.rect(380, 520, 182, 60, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(383, 572, "Box 8. Claim Number (Use this number if you")
        c.drawString(383, 564, "need to contact SSA.)")
        c.setFont("Courier-Bold", 10)
        c.drawString(388, 530, f"XXX-XX-{ssn4}A")
        c.rect(50, 430, 512, 90, stroke=1, fill=0)
        c.setFont("Helvetica", 6.5)
        c.drawString(54, 512, "Box 7. Address")
        c.setFont("Courier", 10)
        for i, ln in enumerate([person.upper(), *[a.upper() for a in address]]):
            c.drawString(70, 495 - i * 12, ln)
        c.setFont("Helvetica", 7)
        c.drawString(50, 418, "DO NOT RETURN THIS FORM TO SSA OR IRS")
        c.drawRightString(562, 418, f"Form SSA-1099-SM ({year})")
        c.setDash(3, 3)
        c.line(40, 400, 572, 400)
        c.setDash()
        para(c, 50, 380, 512, [
            "NOTICE: This statement shows the total Social Security benefits paid to you during the year. It is not "
            "a notice of your current monthly benefit. To get a letter with your current benefit amount, use my "
            "Social Security or call 1-800-555-0213."], font="Helvetica", size=8, leading=10)
        return []

    src = paper_source(Paper([page]), True, "1099")
    return Doc("other", {}, None, src, [money(box3), f"XXX-XX-{ssn4}"])


def va_letter(person: str, address: Sequence[str], file4: str, date: dt.date, monthly: Decimal, rating: int,
              changed: dt.date) -> Doc:
    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.1, 0.22, 0.45))
        c.setLineWidth(2)
        c.circle(W / 2, 736, 20, stroke=1, fill=0)
        c.setLineWidth(0.8)
        c.circle(W / 2, 736, 15, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 13)
        c.drawCentredString(W / 2, 700, "DEPARTMENT OF VETERANS AFFAIRS")
        c.setFont("Times-Roman", 9.5)
        c.drawCentredString(W / 2, 688, "Veterans Benefits Administration  -  Regional Benefit Office")
        c.drawCentredString(W / 2, 677, "PO Box 6109, Belmont Falls, TX 76513")
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, 648, long_date(date))
        c.drawRightString(540, 648, "In Reply Refer To: 349/BSL")
        c.drawRightString(540, 635, f"File Number: XXX XX {file4}")
        y = 615
        for ln in [person, *address]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 12
        c.setFont("Times-Bold", 12)
        c.drawString(72, y, "Benefit Summary Letter")
        y -= 20
        y = para(c, 72, y, 468, [
            f"Dear {person.split()[0]} {person.split()[-1]}:",
            "This letter is a summary of benefits you currently receive from the Department of Veterans Affairs "
            "(VA). We are providing this letter to disabled Veterans to use in applying for loans, housing or other "
            "benefits.", "Your VA Benefit Summary"], size=10.5, leading=14)
        rows = [("Your current monthly award is:", f"${money(monthly)}"),
                ("The effective date of the last change to your current award was:", long_date(changed)),
                ("Your combined service-connected evaluation is:", f"{rating}%"),
                ("You are paid:", "Monthly, on the first business day")]
        c.setLineWidth(0.5)
        for k, v in rows:
            c.setFont("Times-Roman", 10.5)
            c.drawString(90, y, k)
            c.setFont("Times-Bold", 10.5)
            c.drawRightString(540, y, v)
            y -= 17
        y = para(c, 72, y - 10, 468, [
            "VA disability compensation is a tax-free benefit and is not reported as income for federal tax purposes.",
            "You should contact your state or local office of Veterans' affairs for information on any tax, license "
            "or fee-related benefits for which you may be eligible.",
            "Sincerely yours,", "Regional Office Director"], size=10.5, leading=14)
        return []

    src = paper_source(Paper([page]), True, "va")
    fields = {"letter_date": date.isoformat(), "monthly_amount": num(monthly), "benefit_type": "benefits_nontaxable"}
    return Doc("benefit_award_letter", fields, date, src, [long_date(date), money(monthly)],
               benefit="benefits_nontaxable")


@dataclass(frozen=True)
class Plan:
    name: str
    admin: str
    address: str
    color: Color
    short: str


CTMPP = Plan("Central Texas Machinists' Pension Plan", "Administered by Redbud Benefit Services, LLC",
             "PO Box 2260, Belmont Falls, TX 76513  -  (254) 555-0161", Color(0.45, 0.18, 0.1), "CTMPP")
BVECRP = Plan("Brazos Valley Electric Cooperative Retirement Plan", "Retirement Plan Office",
              "400 Transmission Way, Harker Springs, TX 76549  -  (254) 555-0170", Color(0.1, 0.35, 0.3), "BVEC")
HCTRS = Plan("Hill Country Teachers' Retirement System", "Member and Retiree Services",
             "1801 Lamplighter Road, Copperas Bend, TX 76522  -  (254) 555-0133", Color(0.3, 0.15, 0.45), "HCTRS")
HSMRP = Plan("Harker Springs Municipal Retirement Plan", "City of Harker Springs, Finance Department",
             "100 City Hall Plaza, Harker Springs, TX 76549  -  (254) 555-0104", Color(0.12, 0.25, 0.5), "HSMRP")


def pension_statement(plan: Plan, person: str, address: Sequence[str], pid4: str, date: dt.date, gross: Decimal,
                      tax: Decimal, retired: dt.date, form: str, prior: Decimal) -> Doc:
    net = q2(gross - tax)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(plan.color)
        c.rect(54, 716, 504, 42, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(64, 740, plan.name.upper())
        c.setFont("Helvetica", 8)
        c.drawString(64, 726, f"{plan.admin}  -  {plan.address}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(54, 690, f"ANNUAL STATEMENT OF PENSION BENEFITS - {date.year}")
        c.setFont("Helvetica", 9)
        c.drawString(54, 676, f"Statement date: {long_date(date)}")
        y = 648
        for ln in [person, *address]:
            c.drawString(54, y, ln)
            y -= 12
        c.setLineWidth(0.7)
        c.rect(54, 470, 240, 130, stroke=1, fill=0)
        c.rect(318, 470, 240, 130, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(62, 588, "RETIREE INFORMATION")
        c.drawString(326, 588, f"YOUR {date.year} MONTHLY PENSION")
        info = [("Retiree", person), ("Participant ID", f"XXXXX{pid4}"), ("Benefit began", mdy(retired)),
                ("Form of payment", form), ("Beneficiary", "on file")]
        for i, (k, v) in enumerate(info):
            c.setFont("Helvetica", 8.5)
            c.drawString(62, 568 - i * 18, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(150, 568 - i * 18, v)
        amounts = [("Gross monthly pension", f"${money(gross)}"), ("Federal income tax withheld", f"${money(tax)}"),
                   ("Net monthly deposit", f"${money(net)}"), ("Payment frequency", "Paid monthly"),
                   ("Payment date", "1st of each month")]
        for i, (k, v) in enumerate(amounts):
            c.setFont("Helvetica", 8.5)
            c.drawString(326, 568 - i * 18, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(550, 568 - i * 18, v)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, 446, f"YOUR {date.year - 1} PAYMENTS")
        c.setFont("Helvetica", 8.5)
        rows = [("Payments made", "12"), (f"Gross pension paid in {date.year - 1}", f"${money(prior * 12)}"),
                ("Reported on Form 1099-R", "Yes")]
        for i, (k, v) in enumerate(rows):
            c.drawString(62, 428 - i * 14, k)
            c.drawRightString(300, 428 - i * 14, v)
        para(c, 54, 370, 504, [
            f"Your monthly pension for {date.year} includes the cost-of-living adjustment the Board of Trustees "
            "approved for all retirees effective January 1. Your pension is paid for your lifetime under the form of "
            "payment shown. The pension is taxable income; the tax withheld follows the withholding election on file.",
            "If your address or bank changes, notify the plan office in writing. This statement is not a check."],
            font="Helvetica", size=8.5, leading=11)
        return []

    src = paper_source(Paper([page]), True, "pension")
    fields = {"letter_date": date.isoformat(), "monthly_amount": num(gross), "benefit_type": "benefits_taxable"}
    return Doc("benefit_award_letter", fields, date, src, [long_date(date), money(gross)], benefit="benefits_taxable")


def pension_advice(plan: Plan, person: str, pid4: str, paid: dt.date, gross: Decimal, tax: Decimal,
                   premium: Decimal, bank: str, acct4: str, form: str) -> Doc:
    """The half-page direct-deposit advice a pension plan mails each month."""
    n = paid.month
    net = q2(gross - tax - premium)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(plan.color)
        c.setLineWidth(2.2)
        c.line(40, 756, 572, 756)
        c.setStrokeColor(black)
        c.setFillColor(plan.color)
        c.setFont("Times-Bold", 14)
        c.drawString(40, 736, plan.name)
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(40, 724, plan.address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(572, 738, "PENSION PAYMENT ADVICE")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(572, 727, "DIRECT DEPOSIT  -  NON-NEGOTIABLE")
        cells = [("PAYEE", person, 170), ("PAYEE ID", f"XXXX{pid4}", 70), ("PAYMENT DATE", mdy(paid), 80),
                 ("BENEFIT MONTH", paid.strftime("%B %Y"), 90), ("FORM OF BENEFIT", form, 122)]
        x = 40.0
        for cap, val, w in cells:
            caption_cell(c, x, 680, w, 28, cap, val, cap_size=6, val_font=("Helvetica", 8.5))
            x += w
        c.setFont("Helvetica-Bold", 7.5)
        y = 660
        c.drawString(46, y, "DESCRIPTION")
        c.drawRightString(400, y, "THIS PAYMENT")
        c.drawRightString(560, y, "YEAR TO DATE")
        c.setLineWidth(0.5)
        c.line(40, y - 4, 572, y - 4)
        rows = [("Gross monthly pension", gross, q2(gross * n)), ("Federal income tax withheld", -tax, q2(-tax * n))]
        if premium:
            rows.append(("Retiree health premium", -premium, q2(-premium * n)))
        c.setFont("Helvetica", 9)
        y -= 17
        for k, cur, ytd in rows:
            c.drawString(46, y, k)
            c.drawRightString(400, y, money(cur) if cur >= 0 else f"-{money(-cur)}")
            c.drawRightString(560, y, money(ytd) if ytd >= 0 else f"-{money(-ytd)}")
            y -= 14
        c.line(300, y + 8, 572, y + 8)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(46, y - 4, "NET AMOUNT DEPOSITED")
        c.drawRightString(400, y - 4, f"${money(net)}")
        c.drawRightString(560, y - 4, f"${money(net * n)}")
        c.setFont("Helvetica", 8.5)
        c.drawString(46, y - 26, f"Deposited to {bank} account ending {acct4} on {mdy(paid)}.")
        c.drawString(46, y - 39, "Payment frequency: Monthly, on the first business day of the month.")
        c.setDash(4, 3)
        c.line(30, 396, 582, 396)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(W / 2, 399, "- - - fold here - - -")
        para(c, 46, 372, 520, [
            "MESSAGES: Keep this advice for your records. Your annual statement and Form 1099-R are mailed each "
            "January. To change your tax withholding, complete Form W-4P and return it to the plan office."],
            font="Helvetica", size=8, leading=10)
        return []

    src = paper_source(Paper([page]), True, "advice")
    fields = {"letter_date": paid.isoformat(), "monthly_amount": num(gross), "benefit_type": "benefits_taxable"}
    return Doc("benefit_award_letter", fields, paid, src, [mdy(paid), money(gross)], benefit="benefits_taxable",
               debatable=True)


def ira_statement(person: str, address: Sequence[str], acct4: str, q_end: dt.date, begin: Decimal,
                  holdings: Sequence[tuple[str, Decimal, Decimal]], dividends: Decimal) -> Doc:
    """Caprock Brokerage Services' quarterly statement of a traditional IRA: an asset, not income."""
    q_start = dt.date(q_end.year, q_end.month - 2, 1)
    end_val = q2(sum((q2(s * p) for _, s, p in holdings), D(0)))
    change = q2(end_val - begin - dividends)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.55, 0.35, 0.12))
        c.rect(40, 730, 10, 30, stroke=0, fill=1)
        c.rect(54, 730, 10, 22, stroke=0, fill=1)
        c.rect(68, 730, 10, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(88, 742, "CAPROCK BROKERAGE SERVICES")
        c.setFont("Helvetica", 7.5)
        c.drawString(88, 731, "Member FINRA / SIPC  -  2900 Mesa Vista Blvd, Belmont Falls, TX 76513")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 748, "TRADITIONAL IRA")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 737, f"Quarterly statement {long_date(q_start)} - {long_date(q_end)}")
        c.drawRightString(572, 726, f"Account number XXXX-{acct4}")
        y = 695
        c.setFont("Helvetica", 9.5)
        for ln in [f"{person}  IRA", "Caprock Brokerage Services, Custodian", *address]:
            c.drawString(54, y, ln)
            y -= 12
        c.setLineWidth(0.6)
        c.rect(330, 612, 242, 96, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(338, 696, "ACCOUNT VALUE SUMMARY")
        rows = [("Beginning value", money(begin)), ("Dividends reinvested", money(dividends)),
                ("Change in market value", money(change) if change >= 0 else f"({money(-change)})"),
                ("Ending value", money(end_val))]
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 3 else "Helvetica", 8.5)
            c.drawString(338, 678 - i * 16, k)
            c.drawRightString(564, 678 - i * 16, v)
        c.setFont("Helvetica-Bold", 9)
        y = 586
        c.drawString(40, y, "HOLDINGS")
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "DESCRIPTION")
        for x, t in ((370, "QUANTITY"), (460, "PRICE"), (572, "MARKET VALUE")):
            c.drawRightString(x, y, t)
        c.line(40, y - 4, 572, y - 4)
        y -= 17
        c.setFont("Helvetica", 8.5)
        for name, shares, price in holdings:
            c.drawString(40, y, name)
            c.drawRightString(370, y, f"{shares:,.3f}")
            c.drawRightString(460, y, f"{price:,.2f}")
            c.drawRightString(572, y, money(q2(shares * price)))
            y -= 14
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 4, "Total holdings")
        c.drawRightString(572, y - 4, money(end_val))
        y -= 36
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "ACTIVITY THIS QUARTER")
        c.setFont("Helvetica", 8.5)
        c.drawString(40, y - 16, f"Dividends and capital gains reinvested: {money(dividends)}")
        c.drawString(40, y - 30, "Contributions: 0.00     Distributions: 0.00")
        para(c, 40, y - 60, 532, [
            "This is a retirement account. Withdrawals may be subject to income tax and, before age 59 1/2, an "
            "additional tax. Securities are not FDIC insured, are not bank deposits and may lose value."],
            font="Helvetica", size=7.5, leading=9.5)
        return []

    src = paper_source(Paper([page]), True, "ira")
    return Doc("investment_statement", {}, q_end, src, [money(end_val)])


# --- bank statements --------------------------------------------------------------------------------------------


def debits(rng: random.Random, start: dt.date, end: dt.date, kinds: Sequence[tuple[str, float, float]]
           ) -> list[tuple[dt.date, str, Decimal]]:
    span = (end - start).days
    return [(start + dt.timedelta(days=rng.randrange(span + 1)), desc, -q2(str(round(rng.uniform(lo, hi), 2))))
            for desc, lo, hi in kinds]


HOLIDAYS = {dt.date(2046, 1, 1), dt.date(2046, 5, 28), dt.date(2046, 7, 4), dt.date(2046, 9, 3),
            dt.date(2046, 11, 12), dt.date(2046, 12, 25)}


def business(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in HOLIDAYS


def rule_date(rule: tuple[str, int], y: int, m: int) -> dt.date:
    """When a monthly payment lands in month (y, m): ("fed1", 0) the first, or the business day before it (VA,
    DFAS); ("wed", n) the n-th Wednesday (Social Security); ("bd1", 0) the first business day (pensions);
    ("dom", k) day k."""
    kind, n = rule
    if kind == "fed1":
        d = dt.date(y, m, 1)
        while not business(d):
            d -= dt.timedelta(days=1)
        return d
    if kind == "wed":
        d = dt.date(y, m, 1)
        return d + dt.timedelta(days=(2 - d.weekday()) % 7 + 7 * (n - 1))
    if kind == "bd1":
        d = dt.date(y, m, 1)
        while not business(d):
            d += dt.timedelta(days=1)
        return d
    return dt.date(y, m, min(n, calendar.monthrange(y, m)[1]))


Amount = Decimal | Callable[[dt.date], Decimal]
Deposit = tuple[tuple[str, int], str, Amount]


def credits_in(start: dt.date, end: dt.date, deposits: Sequence[Deposit]) -> list[tuple[dt.date, str, Decimal]]:
    """The monthly deposits that land inside a cycle (a payment for a month may land late in the month before)."""
    out = []
    y, m = (start.year, start.month - 1) if start.month > 1 else (start.year - 1, 12)
    while dt.date(y, m, 1) <= end + dt.timedelta(days=31):
        for rule, desc, amt in deposits:
            when = rule_date(rule, y, m)
            if start <= when <= end:
                out.append((when, desc, amt(when) if callable(amt) else amt))
        y, m = (y, m + 1) if m < 12 else (y + 1, 1)
    return sorted(out)


LR_DEBITS = (("H-E-B #512 HARKER SPRINGS", 60, 180), ("CHECK 1042", 80, 260), ("TXU ENERGY AUTOPAY", 110, 240),
             ("WALGREENS #7731", 15, 70), ("AARP MEDICARE SUPP", 180, 260), ("SPECTRUM CABLE", 85, 130),
             ("CHECK 1043", 40, 120), ("SUN MESA VILLAGE HOA", 95, 95), ("CITY OF HARKER SPRINGS WATER", 45, 90))
GF_DEBITS = (("POS AAFES EXCHANGE FT TOLLIVER", 40, 160), ("POS COMMISSARY DECA", 90, 240),
             ("ATM WD GARRISON FCU SENTINEL RD", 40, 100), ("ACH USAA P&C INS", 120, 210),
             ("ACH VERIZON WIRELESS", 90, 150), ("ACH ONCOR ELEC", 110, 230), ("POS SHELL 4471", 30, 70))


def lone_ridge(rng: random.Random, holder: str, address: Sequence[str], acct: str, start: dt.date,
               begin: Decimal, deposits: Sequence[Deposit], bills: Sequence[Deposit] = ()) -> Doc:
    """Lone Ridge National Bank, N.A.: two pages, the full account number, a cycle from the 19th to the 18th.
    bills: monthly payments out of the account (positive amounts)."""
    end = (start + dt.timedelta(days=32)).replace(day=18)
    adds = credits_in(start, end, deposits)
    subs = debits(rng, start, end, LR_DEBITS) + [(d_, t, -a) for d_, t, a in credits_in(start, end, bills)]
    checks = [t for t in subs if t[1].startswith("CHECK")]
    elec = [t for t in subs if not t[1].startswith("CHECK")]
    fee = D("0.00")
    total_add = q2(sum((a for _, _, a in adds), D(0)))
    total_sub = q2(-sum((a for _, _, a in subs), D(0)))
    ending = q2(begin + total_add - total_sub - fee)
    daily: dict[dt.date, Decimal] = {}
    bal = begin
    for d_, _, a in sorted([*adds, *subs], key=lambda t: (t[0], -t[2])):
        bal = q2(bal + a)
        daily[d_] = bal
    assert bal == ending

    def header(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.05, 0.3, 0.25))
        c.setFont("Times-Bold", 17)
        c.drawString(40, 744, "LONE RIDGE")
        c.setFont("Times-Roman", 9)
        c.drawString(40, 732, "NATIONAL BANK, N.A.   Member FDIC")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 748, "Account Statement")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 736, f"Account Number: {acct}")
        c.drawRightString(572, 725, f"Statement Period: {mdy(start)} - {mdy(end)}")
        c.drawRightString(572, 714, f"Page {n} of 2")
        c.setLineWidth(1.2)
        c.line(40, 706, 572, 706)

    def table(c: Canvas, y: float, title: str, rows: Sequence[tuple[dt.date, str, Decimal]], total: str) -> float:
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, title)
        y -= 13
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "Date")
        c.drawString(90, y, "Description")
        c.drawRightString(572, y, "Amount")
        c.setLineWidth(0.4)
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for d_, desc, a in sorted(rows):
            c.drawString(40, y, d_.strftime("%m/%d"))
            c.drawString(90, y, desc)
            c.drawRightString(572, y, money(abs(a)))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(90, y, total)
        c.drawRightString(572, y, money(abs(sum((a for _, _, a in rows), D(0)))))
        return y - 24

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9.5)
        y = 686
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(48, y, ln)
            y -= 12
        c.setFont("Helvetica-Bold", 9)
        c.drawString(330, 686, "SENIOR ADVANTAGE CHECKING")
        c.setFont("Helvetica", 8)
        c.drawString(330, 674, "Questions? Call 1-800-555-0149, 7 a.m. to 9 p.m.")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 622, "BALANCE SUMMARY")
        cols = [(f"Beginning balance {start.strftime('%m/%d')}", money(begin)), ("+ Deposits", money(total_add)),
                ("- Withdrawals", money(total_sub)), ("- Fees", money(fee)),
                (f"= Ending balance {end.strftime('%m/%d')}", money(ending))]
        x = 40.0
        for i, (k, v) in enumerate(cols):
            w = 106.4
            c.setFillGray(0.9)
            c.rect(x, 596, w, 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(x, 578, w, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 6.8)
            c.drawCentredString(x + w / 2, 601, k)
            c.setFont("Helvetica-Bold" if i in (0, 4) else "Helvetica", 9.5)
            c.drawCentredString(x + w / 2, 583, v)
            x += w
        y = table(c, 550, "DEPOSITS AND ADDITIONS", adds, "Total deposits and additions")
        table(c, y, "CHECKS PAID", checks, "Total checks paid")
        return []

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        y = table(c, 684, "ELECTRONIC WITHDRAWALS AND PURCHASES", elec, "Total electronic withdrawals")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "DAILY BALANCE")
        y -= 15
        c.setFont("Helvetica", 8.5)
        items = sorted(daily.items())
        for i, (d_, b) in enumerate(items):
            col, row = divmod(i, (len(items) + 2) // 3)
            c.drawString(40 + col * 180, y - row * 12, d_.strftime("%m/%d"))
            c.drawRightString(200 + col * 180, y - row * 12, money(b))
        y -= 12 * ((len(items) + 2) // 3) + 20
        para(c, 40, y, 532, [
            "In case of errors or questions about your electronic transfers, call or write us as soon as you can, "
            "no later than 60 days after we sent the FIRST statement on which the problem appeared. Lone Ridge "
            "National Bank, N.A., 300 Courthouse Square, Belmont Falls, TX 76513."],
            font="Helvetica", size=7.5, leading=9.5)
        return []

    src = paper_source(Paper([page1, page2]), True, "lrnb")
    fields = {"bank_name": "Lone Ridge National Bank, N.A.", "account_last4": acct[-4:],
              "period_start": start.isoformat(), "period_end": end.isoformat(), "beginning_balance": num(begin),
              "ending_balance": num(ending)}
    return Doc("bank_statement", fields, end, src, [acct, money(begin), money(ending), mdy(start), mdy(end)],
               account=acct, balances=(begin, ending))


def garrison(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
             begin: Decimal, deposits: Sequence[Deposit], bills: Sequence[Deposit] = ()) -> Doc:
    """Garrison Federal Credit Union: one page, a calendar month, a posting-date register with a running balance."""
    start, end = dt.date(year, month, 1), month_end(year, month)
    rows = sorted([*credits_in(start, end, deposits), *debits(rng, start, end, GF_DEBITS),
                   *[(d_, t, -a) for d_, t, a in credits_in(start, end, bills)]], key=lambda t: (t[0], -t[2]))
    bal = begin
    reg = []
    for d_, desc, a in rows:
        bal = q2(bal + a)
        reg.append((d_, desc, a, bal))
    ending = bal
    n_dep = sum(1 for r in rows if r[2] > 0)
    n_wd = len(rows) - n_dep

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.28, 0.33, 0.18))
        c.rect(0, 748, W, 44, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(36, 767, "GARRISON FEDERAL CREDIT UNION")
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(36, 755, "Serving Fort Tolliver soldiers, families and retirees since 1953")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(576, 767, "STATEMENT OF ACCOUNT")
        c.setFont("Helvetica", 8)
        c.drawRightString(576, 755, "4410 Sentinel Road, Harker Springs, TX 76549")
        c.setFillColor(black)
        y = 722
        c.setFont("Courier", 9.5)
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(40, y, ln)
            y -= 11.5
        c.setFont("Helvetica", 8.5)
        c.drawString(360, 722, f"ACCOUNT NUMBER: *****{acct[-4:]}")
        c.drawString(360, 710, f"STATEMENT PERIOD: {mdy2(start)} THRU {mdy2(end)}")
        c.drawString(360, 698, "SHARE DRAFT CHECKING")
        c.setLineWidth(0.6)
        c.rect(40, 630, 536, 36, stroke=1, fill=0)
        vals = [("PREVIOUS BALANCE", money(begin)), (f"{n_dep} DEPOSITS", money(sum((r[2] for r in rows if r[2] > 0),
                                                                                     D(0)))),
                (f"{n_wd} WITHDRAWALS", money(-sum((r[2] for r in rows if r[2] < 0), D(0)))),
                ("DIVIDENDS", "0.00"), ("NEW BALANCE", money(ending))]
        for i, (k, v) in enumerate(vals):
            x = 40 + i * 107.2
            if i:
                c.line(x, 630, x, 666)
            c.setFont("Helvetica", 6.8)
            c.drawString(x + 5, 656, k)
            c.setFont("Courier-Bold", 10)
            c.drawRightString(x + 102, 637, v)
        y = 608
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "POSTING DATE")
        c.drawString(110, y, "TRANSACTION DESCRIPTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(576, y, "BALANCE")
        c.line(40, y - 4, 576, y - 4)
        y -= 16
        c.setFont("Courier", 8.5)
        c.drawString(40, y, mdy2(start))
        c.drawString(110, y, "PREVIOUS BALANCE")
        c.drawRightString(576, y, money(begin))
        y -= 12
        for d_, desc, a, b in reg:
            c.drawString(40, y, mdy2(d_))
            c.drawString(110, y, desc)
            c.drawRightString(470, y, money(a) if a > 0 else f"-{money(-a)}")
            c.drawRightString(576, y, money(b))
            y -= 12
        c.drawString(40, y, mdy2(end))
        c.drawString(110, y, "NEW BALANCE")
        c.drawRightString(576, y, money(ending))
        para(c, 40, y - 30, 536, [
            "Federally insured by NCUA. Deployed? Ask about our SCRA rate reduction and free overseas ATM "
            "withdrawals. Report errors within 60 days."], font="Helvetica", size=7.5, leading=9.5)
        return []

    src = paper_source(Paper([page]), True, "gfcu")
    fields = {"bank_name": "Garrison Federal Credit Union", "account_last4": acct[-4:],
              "period_start": start.isoformat(), "period_end": end.isoformat(), "beginning_balance": num(begin),
              "ending_balance": num(ending)}
    return Doc("bank_statement", fields, end, src, [money(begin), money(ending), mdy2(start), mdy2(end)],
               account=acct, balances=(begin, ending))


# --- letters and other papers ------------------------------------------------------------------------------------


def hardship_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, texts: Sequence[str],
                    ink_: bool, seed: int) -> Doc:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11.5)
        y = 728
        for ln in [long_date(date), "", " and ".join(writers), *address, "", SERVICER,
                   "Attn: Loss Mitigation Department", SERVICER_ADDR]:
            c.drawString(72, y, ln)
            y -= 14.5
        y -= 10
        c.setFont("Times-Bold", 11.5)
        c.drawString(72, y, f"RE: Loan number {loan} - letter explaining our hardship"
                      if len(writers) > 1 else f"RE: Loan number {loan} - hardship letter")
        y = para(c, 72, y - 24, W - 144, ["Dear Loss Mitigation Department:", *texts], size=11.5, leading=15)
        c.setFont("Times-Roman", 11.5)
        c.drawString(72, y - 2, "Respectfully,")
        marks = []
        for i, name in enumerate(writers):
            x = 72 + i * 240
            c.drawString(x, y - 52, name)
            if ink_:
                marks.append(Mark("sig", x, y - 38, w=150, seed=seed + i))
        return marks

    src = paper_source(Paper([page]), False, "letter")
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date, src, [long_date(date)])


def death_certificate(name: str, sex: str, born: dt.date, died: dt.date, age: int, county: str, place: str,
                      residence: str, spouse: str, informant: str, cause: str, filed: dt.date, cert_no: str) -> Doc:
    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.5)
        c.rect(36, 36, W - 72, H - 72, stroke=1, fill=0)
        c.setLineWidth(0.5)
        c.rect(40, 40, W - 80, H - 80, stroke=1, fill=0)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 728, "THE STATE OF TEXAS")
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 710, "CERTIFICATE OF DEATH")
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 697, "Vital Statistics Section  -  Certified Copy")
        c.drawRightString(560, 728, f"State File No. {cert_no}")
        boxes = [[("1. DECEDENT'S LEGAL NAME (First, Middle, Last)", name, 350), ("2. SEX", sex, 164)],
                 [("3. DATE OF BIRTH (Mo/Day/Yr)", mdy(born), 170), ("4. AGE (Years)", str(age), 110),
                  ("5. DATE OF DEATH (Mo/Day/Yr)", mdy(died), 234)],
                 [("6. PLACE OF DEATH", place, 350), ("7. COUNTY OF DEATH", county, 164)],
                 [("8. RESIDENCE (Street, City, State, ZIP)", residence, 514)],
                 [("9. MARITAL STATUS AT TIME OF DEATH", "Married", 200),
                  ("10. SURVIVING SPOUSE'S NAME", spouse, 314)],
                 [("11. INFORMANT'S NAME AND RELATIONSHIP", informant, 514)],
                 [("12. IMMEDIATE CAUSE OF DEATH (Part I, line a)", cause, 514)],
                 [("13. MANNER OF DEATH", "Natural", 200), ("14. METHOD OF DISPOSITION", "Burial", 150),
                  ("15. DATE FILED BY REGISTRAR", mdy(filed), 164)]]
        y = 650
        for row in boxes:
            x = 49.0
            for cap, val, w in row:
                caption_cell(c, x, y, w, 34, cap, val, cap_size=6.2, val_font=("Courier-Bold", 10))
                x += w
            y -= 34
        para(c, 56, y - 24, 500, [
            "I certify that this is a true and correct copy of the official record filed with the Vital Statistics "
            "Section. This copy is not valid unless printed on security paper bearing the state seal.",
            f"Issued {long_date(filed + dt.timedelta(days=3))}.   State Registrar"],
            font="Times-Roman", size=9.5, leading=12)
        c.setStrokeGray(0.55)
        c.circle(470, 150, 38, stroke=1, fill=0)
        c.circle(470, 150, 31, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Times-Roman", 6.5)
        c.drawCentredString(470, 148, "STATE OF TEXAS")
        return []

    src = paper_source(Paper([page]), False, "death")
    return Doc("death_certificate", {}, None, src, [name, mdy(died)])


def pcs_orders(number: str, date: dt.date, m_name: str, ssn4: str, grade: str, unit: str, new_unit: str,
               report: dt.date, dependents: Sequence[str], leave_days: int) -> Doc:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Courier-Bold", 10.5)
        c.drawCentredString(W / 2, 740, "DEPARTMENT OF THE ARMY")
        c.drawCentredString(W / 2, 727, "HEADQUARTERS, FORT TOLLIVER")
        c.drawCentredString(W / 2, 714, "FORT TOLLIVER, TEXAS 76544-5000")
        c.setFont("Courier", 10)
        c.drawString(60, 686, f"ORDERS {number}")
        c.drawRightString(552, 686, f"{date.day:02d} {date.strftime('%B').upper()} {date.year}")
        lines_ = [f"{m_name.upper()}  XXX-XX-{ssn4}  {grade}", unit, "",
                  "YOU ARE REASSIGNED AS SHOWN. PERMANENT CHANGE OF STATION.", "",
                  f"ASSIGNED TO:       {new_unit}", f"REPORTING DATE:    {report.strftime('%d %b %Y').upper()}",
                  f"LEAVE AUTHORIZED:  {leave_days} DAYS ENROUTE", "PCS MOVEMENT OF DEPENDENTS AUTHORIZED:", ""]
        lines_ += [f"   {d_}" for d_ in dependents]
        lines_ += ["", "ADDITIONAL INSTRUCTIONS:",
                   "(A) SHIPMENT OF HOUSEHOLD GOODS AUTHORIZED TO NEW PDS.",
                   "(B) SOLDIER WILL CLEAR THE INSTALLATION NLT 5 DAYS BEFORE DEPARTURE.",
                   "(C) SOLDIER IS ADVISED OF SCRA PROTECTIONS; CONTACT THE LEGAL ASSISTANCE OFFICE.", "",
                   "ACCOUNTING CLASSIFICATION: 2162010.0000 01-1100 P135196.BB 2T1P S99999",
                   "AUTHORITY: AR 614-200. FORMAT: 400.", "", "FOR THE COMMANDER:", "", "",
                   "OFFICIAL:", "", "MILITARY PERSONNEL DIVISION", "DISTRIBUTION: INDIVIDUAL (1) UNIT (2) FINANCE (1)"]
        y = 660
        for ln in lines_:
            c.drawString(60, y, ln)
            y -= 13
        return []

    src = paper_source(Paper([page]), False, "orders")
    return Doc("military_pcs_orders", {}, None, src, [number, m_name.upper()])


def separator(loan: str) -> Source:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 712, "TVMS MAILROOM - DOCUMENT SEPARATOR")
        c.setFont("Helvetica", 10)
        c.drawString(72, 694, "Scan this sheet in front of each borrower's mail. Do not remove.")
        c.drawImage(ImageReader(code), 72, 540, width=330, height=90)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(72, 515, f"LOAN {loan}")
        return []

    return paper_source(Paper([page]), True, "sep")


def fax_cover(to_name: str, loan: str, date: dt.date, pages: int, borrower: str, note: str) -> Source:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(W / 2, 742, "OFFICE OF THE STAFF JUDGE ADVOCATE")
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(W / 2, 729, "LEGAL ASSISTANCE OFFICE  -  BUILDING 1204, MARNE AVENUE")
        c.drawCentredString(W / 2, 717, "FORT TOLLIVER, TEXAS 76544  -  PHONE (254) 555-0186  -  FAX (254) 555-0188")
        c.setLineWidth(1.5)
        c.line(60, 708, 552, 708)
        c.setFont("Helvetica-Bold", 22)
        c.drawString(60, 674, "FAX TRANSMITTAL")
        rows = [("TO", to_name), ("FAX NUMBER", SERVICER_FAX), ("FROM", "Legal Assistance Attorney, OSJA"),
                ("DATE", mdy(date)), ("NUMBER OF PAGES (incl. cover)", str(pages)),
                ("SUBJECT", f"Loan {loan} - {borrower} - mortgage assistance")]
        y = 640
        c.setLineWidth(0.7)
        for k, v in rows:
            c.rect(60, y - 6, 180, 24, stroke=1, fill=0)
            c.rect(240, y - 6, 312, 24, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(66, y + 2, k)
            c.setFont("Helvetica", 10)
            c.drawString(246, y + 2, v)
            y -= 24
        para(c, 60, y - 20, 492, ["REMARKS: " + note], font="Helvetica", size=10, leading=13)
        para(c, 60, 160, 492, [
            "CONFIDENTIALITY NOTICE: This transmission may contain attorney-client privileged information and "
            "personal information protected by the Privacy Act of 1974. If you received it in error, notify the "
            "sender at the number above and destroy all copies."], font="Helvetica", size=8, leading=10)
        return []

    return paper_source(Paper([page]), True, "fax")


# --- applications --------------------------------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    ssn4: str
    dob: dt.date
    phone: str
    email: str
    source: str
    military: str


@dataclass
class App:
    loan: str
    street: str
    city: str
    state: str
    zip: str
    occupancy: str
    b: Person
    co: Person | None
    income_b: dict[str, Decimal]  # by form line (LINES); Form 710 packets use the lines too
    income_c: dict[str, Decimal]
    hardships: list[str]
    start: dt.date | None
    duration: str
    b_signed: bool
    b_date: dt.date | None
    c_signed: bool = False
    c_date: dt.date | None = None
    other_text: str = ""
    mailing: str = ""
    zeros: bool = False  # type 0.00 in the empty income cells
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    def col_total(self, col: dict[str, Decimal]) -> Decimal:
        return q2(sum(col.values(), D(0)))

    @property
    def household(self) -> Decimal:
        return q2(self.col_total(self.income_b) + self.col_total(self.income_c))

    def by_code(self) -> dict[str, Decimal]:
        out: dict[str, Decimal] = {}
        for col in (self.income_b, self.income_c):
            for line, amt in col.items():
                if amt > 0:
                    code = LINE_CODE[line]
                    out[code] = q2(out.get(code, D(0)) + amt)
        return out

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = {k: num(v) for k, v in self.by_code().items()}
        income["total"] = num(self.household)
        return {"loan_number": self.loan, "borrower_name": self.b.name,
                "co_borrower_name": self.co.name if self.co else None, "ssn_last4": self.b.ssn4,
                "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None, "income": income,
                "signed": self.b_signed and self.b_date is not None,
                "signed_on": self.b_date.isoformat() if self.b_date else None,
                "co_borrower_signed": None if self.co is None else (self.c_signed and self.c_date is not None)}

    @property
    def signed_ok(self) -> bool:
        ok = self.b_signed and self.b_date is not None
        if self.co is not None:
            ok = ok and self.c_signed and self.c_date is not None
        return ok


TVMS_REASONS = ("Lost job / unemployment", "Reduced income (hours, pay or benefits cut)",
                "Higher housing costs (taxes, insurance, HOA)", "Disaster (natural or man-made)",
                "Serious illness, injury or long-term disability", "Divorce or legal separation",
                "Separation of co-owners not married to each other", "Death of a borrower or household wage earner",
                "Military PCS orders or distant job transfer", "Other (explain below)")
NAVY = Color(0.09, 0.16, 0.33)


def tvms_header(c: Canvas, page_no: int) -> None:
    c.setFillColor(NAVY)
    p = c.beginPath()
    p.moveTo(40, 758)
    p.lineTo(64, 758)
    p.lineTo(64, 740)
    p.curveTo(64, 730, 56, 724, 52, 721)
    p.curveTo(48, 724, 40, 730, 40, 740)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 11)
    c.drawCentredString(52, 738, "T")
    c.setFillColor(NAVY)
    c.setFont("Helvetica-Bold", 14.5)
    c.drawString(72, 747, "TOLLIVER VALLEY")
    c.setFont("Helvetica", 8)
    c.drawString(72, 736, "MORTGAGE SERVICING, INC.")
    c.setFillColor(black)
    c.setFont("Helvetica", 6.8)
    c.drawString(72, 726, f"{SERVICER_ADDR}  -  Phone {SERVICER_PHONE}  -  Fax {SERVICER_FAX}")
    c.setFont("Helvetica-Bold", 13)
    c.drawRightString(572, 750, "MORTGAGE ASSISTANCE REQUEST")
    c.setFont("Helvetica", 7.5)
    c.drawRightString(572, 739, "Borrower and Co-Borrower  -  Form TVMS-440 (Rev. 01/2046)")
    c.drawRightString(572, 729, f"Page {page_no} of 2")
    c.setStrokeColor(NAVY)
    c.setLineWidth(2)
    c.line(40, 716, 572, 716)
    c.setStrokeColor(black)


def section_bar(c: Canvas, y: float, number: str, title: str, note: str = "") -> None:
    c.setFillColor(NAVY)
    c.rect(40, y, 532, 15, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(46, y + 4, f"{number}   {title}")
    if note:
        c.setFont("Helvetica", 7)
        c.drawRightString(566, y + 4.5, note)
    c.setFillColor(black)


def typed(c: Canvas, x: float, y: float, text: str, size: float = 9.5, right: bool = False) -> None:
    c.setFont("Courier", size)
    (c.drawRightString if right else c.drawString)(x, y, text)


def tvms440(app: App, ink_: bool) -> Paper:
    def page1(c: Canvas) -> list[Mark]:
        tvms_header(c, 1)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 698, "LOAN NUMBER")
        c.setLineWidth(0.8)
        c.rect(104, 692, 160, 19, stroke=1, fill=0)
        typed(c, 110, 697, app.loan, 11)
        c.setFont("Helvetica", 7)
        c.drawString(300, 704, "For servicer use - date received:")
        c.rect(420, 692, 152, 19, stroke=1, fill=0)
        para(c, 40, 678, 532, [
            "Complete every part that applies to you. If there are two borrowers on the loan, give the information "
            "for both, side by side. Send this request with the documents listed on the enclosed checklist; we will "
            "contact you within five business days."], font="Helvetica", size=7.5, leading=9.5)
        section_bar(c, 642, "1", "PROPERTY")
        y = 622
        c.setLineWidth(0.5)
        cells = [(40, 532, "Property address (number and street)", app.street)]
        for x, w, cap, val in cells:
            caption_cell(c, x, y, w, 20, cap, val, cap_size=6, val_font=("Courier", 9.5))
        y -= 20
        for x, w, cap, val in ((40, 300, "City", app.city), (340, 80, "State", app.state), (420, 152, "ZIP code",
                                                                                             app.zip)):
            caption_cell(c, x, y, w, 20, cap, val, cap_size=6, val_font=("Courier", 9.5))
        y -= 20
        caption_cell(c, 40, y, 532, 20, "Mailing address, if different from the property", app.mailing,
                     cap_size=6, val_font=("Courier", 9.5))
        y -= 16
        c.setFont("Helvetica-Bold", 8)
        c.drawString(44, y, "This property is:")
        opts = [("primary_residence", "Our primary residence"), ("second_home", "A second home"),
                ("investment_property", "An investment / rental property")]
        x = 130.0
        for code, lab in opts:
            checkbox(c, x, y - 1, app.occupancy == code)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y, lab)
            x += 22 + stringWidth(lab, "Helvetica", 8) + 18
        section_bar(c, 530, "2", "BORROWER INFORMATION", "Give both borrowers side by side")
        label_w, col_w = 170.0, 181.0
        top = 530.0
        c.setFillGray(0.88)
        c.rect(40, top - 16, 532, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(40 + label_w + col_w / 2, top - 11.5, "BORROWER")
        c.drawCentredString(40 + label_w + col_w * 1.5, top - 11.5, "CO-BORROWER")
        people = [app.b, app.co]
        rows = [("Full legal name", lambda p: p.name), ("Social Security number (last 4 digits only)",
                                                          lambda p: p.ssn4),
                ("Date of birth (mm/dd/yyyy)", lambda p: mdy(p.dob)), ("Phone", lambda p: p.phone),
                ("E-mail", lambda p: p.email), ("Employer or income source", lambda p: p.source),
                ("Military status", lambda p: p.military)]
        y = top - 16
        for lab, get in rows:
            y -= 19
            c.setLineWidth(0.5)
            c.rect(40, y, label_w, 19, stroke=1, fill=0)
            c.rect(40 + label_w, y, col_w, 19, stroke=1, fill=0)
            c.rect(40 + label_w + col_w, y, col_w, 19, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(44, y + 6.5, lab)
            for k, person in enumerate(people):
                if person is not None:
                    val = get(person)
                    size = 9.0
                    while stringWidth(val, "Courier", size) > col_w - 8:
                        size -= 0.25
                    typed(c, 40 + label_w + k * col_w + 4, y + 6, val, size)
        c.setFont("Helvetica", 6.8)
        c.drawString(44, y - 10, "Military status: Active duty, Reserve / Guard, Retired, Veteran, Surviving spouse "
                                 "or None. Active-duty borrowers may have added protections under the SCRA.")
        section_bar(c, y - 32, "3", "MONTHLY INCOME (gross, before taxes and deductions)",
                    "Enter each amount in the column of the person who receives it")
        top = y - 32
        c.setFillGray(0.88)
        c.rect(40, top - 16, 532, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, top - 11.5, "Income source")
        c.drawCentredString(40 + label_w + col_w / 2, top - 11.5, "BORROWER  ($ per month)")
        c.drawCentredString(40 + label_w + col_w * 1.5, top - 11.5, "CO-BORROWER  ($ per month)")
        y = top - 16
        cols = [app.income_b, app.income_c]
        for line in [*LINES, "total"]:
            y -= 19
            is_total = line == "total"
            if is_total:
                c.setFillGray(0.93)
                c.rect(40, y, 532, 19, stroke=0, fill=1)
                c.setFillColor(black)
            c.setLineWidth(0.5)
            c.rect(40, y, label_w, 19, stroke=1, fill=0)
            c.rect(40 + label_w, y, col_w, 19, stroke=1, fill=0)
            c.rect(40 + label_w + col_w, y, col_w, 19, stroke=1, fill=0)
            c.setFont("Helvetica-Bold" if is_total else "Helvetica", 7.5 if not is_total else 8.5)
            c.drawString(44, y + 6.5, "Total" if is_total else LINE_LABEL[line])
            for k, col in enumerate(cols):
                x = 40 + label_w + k * col_w
                c.setFont("Helvetica", 8.5)
                c.drawString(x + 6, y + 6.5, "$")
                if k == 1 and app.co is None:
                    continue
                amt = app.col_total(col) if is_total else col.get(line, D(0))
                if amt > 0 or app.zeros:
                    typed(c, x + col_w - 8, y + 6, money(amt), 9.5, right=True)
        y -= 30
        c.setLineWidth(1.2)
        c.rect(40, y, 532, 24, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, y + 8.5, "HOUSEHOLD TOTAL MONTHLY INCOME (Borrower total + Co-Borrower total)")
        c.setFont("Helvetica", 9)
        c.drawString(40 + label_w + col_w + 6, y + 8.5, "$")
        typed(c, 564, y + 8, money(app.household), 10.5, right=True)
        c.setFont("Helvetica", 6.8)
        c.drawString(44, y - 11, "Alimony, child support or separate maintenance need not be listed unless you want "
                                 "it considered. Do not list withdrawals from retirement accounts as income.")
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 30, "TVMS-440 (Rev. 01/2046)")
        return []

    def page2(c: Canvas) -> list[Mark]:
        tvms_header(c, 2)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 700, "Loan number:")
        typed(c, 100, 700, app.loan, 10)
        section_bar(c, 676, "4", "HARDSHIP", "Check every reason that applies")
        y = 660
        for i, reason in enumerate(TVMS_REASONS):
            col, row = divmod(i, 5)
            x = 48 + col * 266
            yy = y - row * 15
            checkbox(c, x, yy - 1, HARDSHIPS[i] in app.hardships)
            c.setFont("Helvetica", 8)
            c.drawString(x + 13, yy, reason)
        y -= 5 * 15 + 6
        c.setFont("Helvetica", 8)
        c.drawString(48, y, "If Other, explain:")
        c.setLineWidth(0.5)
        c.line(120, y - 2, 572, y - 2)
        typed(c, 124, y, app.other_text, 9)
        y -= 26
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "Date the hardship began (mm/dd/yyyy):")
        c.rect(210, y - 5, 90, 17, stroke=1, fill=0)
        if app.start:
            typed(c, 216, y, mdy(app.start), 9.5)
        y -= 24
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y, "The hardship is expected to be:")
        x = 190.0
        for code, lab in (("short", "Short-term (6 months or less)"), ("long", "Long-term or permanent"),
                          ("resolved", "Resolved as of ________")):
            checkbox(c, x, y - 1, app.duration == code)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y, lab)
            x += 130
        section_bar(c, y - 30, "5", "ASSETS", "Retirement accounts are reported for information only")
        y -= 50
        assets = [("Checking account(s) and cash on hand", "1,250.00"), ("Savings, money market and CDs", ""),
                  ("Stocks, bonds, mutual funds (not retirement accounts)", ""),
                  ("Retirement accounts (IRA, 401(k), TSP) - not counted", "")]
        for lab, val in assets:
            c.setFont("Helvetica", 8)
            c.drawString(48, y, lab)
            c.drawString(420, y, "$")
            c.line(430, y - 2, 572, y - 2)
            if val:
                typed(c, 566, y, val, 9, right=True)
            y -= 16
        section_bar(c, y - 16, "6", "CERTIFICATION AND SIGNATURES")
        y = para(c, 40, y - 32, 532, [
            "Each of us certifies that the information in this request is true and complete, that the hardship "
            "described contributed to our need for mortgage assistance, and that we will provide the documents "
            f"{SERVICER} asks for. We consent to a credit report for each borrower and to being contacted at the "
            "telephone numbers and e-mail addresses given. Knowingly false statements may violate federal law. "
            "Every borrower named in section 2 must sign and date this request."],
            font="Helvetica", size=7.8, leading=10)
        marks: list[Mark] = []
        top = y - 6
        for k, (role, person, signed, date) in enumerate(
                [("BORROWER", app.b, app.b_signed, app.b_date),
                 ("CO-BORROWER", app.co, app.c_signed, app.c_date)]):
            x = 40 + k * 272
            c.setLineWidth(0.8)
            c.rect(x, top - 118, 260, 118, stroke=1, fill=0)
            c.setFillGray(0.88)
            c.rect(x, top - 15, 260, 15, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawCentredString(x + 130, top - 11, role)
            sig_y = top - 54
            c.setLineWidth(0.6)
            c.line(x + 10, sig_y, x + 250, sig_y)
            c.setFont("Helvetica", 7)
            c.drawString(x + 10, sig_y - 9, "Signature")
            c.drawString(x + 10, sig_y - 26, "Printed name:")
            if person is not None:
                typed(c, x + 62, sig_y - 26, person.name, 9)
            date_y = top - 104
            c.line(x + 60, date_y, x + 180, date_y)
            c.setFont("Helvetica", 7)
            c.drawString(x + 10, date_y + 1, "Date:")
            c.drawString(x + 62, date_y - 9, "mm/dd/yyyy")
            if person is not None and signed:
                marks.append(Mark("sig", x + 24, sig_y + 3, w=170, seed=app.seed + k))
            if person is not None and date is not None:
                marks.append(Mark("pen" if ink_ else "type", x + 66, date_y + 3, mdy(date), size=12.5,
                                  seed=app.seed + 10 + k))
        c.setFont("Helvetica", 7.5)
        c.drawString(40, top - 136, f"Return to: {SERVICER}, Loss Mitigation, {SERVICER_ADDR}, "
                                    f"or fax {SERVICER_FAX}.")
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 30, "TVMS-440 (Rev. 01/2046)")
        return marks

    return Paper([page1, page2])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710(app: App, military: bool, screen: bool) -> Source:
    """The real Form 710 filled through its AcroForm. On screen: the dates typed and signatures drawn as strokes
    over the signature fields; otherwise the dates and signatures are left for ink."""
    vals: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.b.name, "Text_3": app.b.ssn4, "Email_1": app.b.email,
        "US_Phone_Number_1": app.b.phone, "Checkbox_2": True, "Checkbox_17": True, "Checkbox_20": True,
        "Checkbox_22" if military else "Checkbox_23": True, "Text_6": app.address, F710_OCC[app.occupancy]: True,
        "Checkbox_27": True, "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": "1,850.00"}
    if app.start:
        vals["Date_1"] = mdy(app.start)
    if app.co:
        vals.update({"Text_4": app.co.name, "Text_5": app.co.ssn4, "Email_2": app.co.email,
                     "US_Phone_Number_3": app.co.phone, "Checkbox_9": True})
    for h in app.hardships:
        vals[F710_HARDSHIP[h]] = True
    if app.other_text:
        vals["Text_9"] = app.other_text
    for code, amt in app.by_code().items():
        vals[F710_INCOME[code]] = money(amt)
    if screen:
        if app.b_date:
            vals["Date_3"] = mdy(app.b_date)
        if app.co and app.c_date:
            vals["Date_4"] = mdy(app.c_date)
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    typed_vals: dict[str, str] = {}
    for page in writer.pages:
        texts: dict[str, str] = {}
        for ref in page.get("/Annots") or []:
            w = ref.get_object()
            name = str(w.get("/T", ""))
            if name not in vals:
                continue
            v = vals[name]
            if isinstance(v, bool):
                on = next(str(k) for k in w["/AP"]["/N"] if str(k) != "/Off")
                w[NameObject("/V")] = NameObject(on if v else "/Off")
                w[NameObject("/AS")] = NameObject(on if v else "/Off")
            else:
                texts[name] = v
        if texts:
            writer.update_page_form_field_values(page, texts, auto_regenerate=False)
            typed_vals.update(texts)
    writer.set_need_appearances_writer(True)
    marks: list[list[Mark]] = [[], [], [], []]
    sig = []
    if app.b_signed:
        sig.append(Mark("sig", 152, 346, w=200, seed=app.seed))
    if app.co and app.c_signed:
        sig.append(Mark("sig", 165, 308, w=190, seed=app.seed + 1))
    if not screen:
        marks[3] = list(sig)
        if app.b_date:
            marks[3].append(Mark("pen", 432, 346, mdy(app.b_date), size=12, seed=app.seed + 5))
        if app.co and app.c_date:
            marks[3].append(Mark("pen", 432, 308, mdy(app.c_date), size=12, seed=app.seed + 6))
    for i, page in enumerate(writer.pages):
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=letter, invariant=1)
        if screen and i == 3:
            screen_marks(c, sig)
        synth(c, letter)
        c.showPage()
        c.save()
        page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    return Source(fixed_bytes(writer, f"bc710{app.loan}"), marks, typed_vals)


# --- packets ---------------------------------------------------------------------------------------------------------


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    extra_pages: set[tuple[str, int]] = field(default_factory=set)  # cover and separator sheets

    def digital(self, rel: str, *docs: Doc) -> None:
        page = 1
        for doc in docs:
            doc.pages = [(rel, page + i) for i in range(doc.source.pages)]
            page += doc.source.pages
            self.docs.append(doc)
        self.files[rel] = concat([d.source for d in docs], f"bc{self.name}{len(self.files)}")

    def scan(self, rel: str, items: Sequence[Doc | Source], style: Scan, seed: int,
             header: Callable[[int], str] | None = None) -> None:
        sheets: list[Sheet] = []
        for k, item in enumerate(items):
            src = item.source if isinstance(item, Doc) else item
            first = len(sheets)
            if isinstance(item, Doc):
                item.pages = [(rel, first + 1 + i) for i in range(src.pages)]
                item.scanned = True
                self.docs.append(item)
            else:
                self.extra_pages.update((rel, first + 1 + i) for i in range(src.pages))
            sheets += scan_source(src, style, seed * 37 + k, header, first)
        self.files[rel] = sheets_pdf(sheets, style)


def app_doc(app: App, src: Source) -> Doc:
    return Doc("mortgage_assistance_application", {}, app.b_date, src, [app.loan])


def fresh(d: dt.date | None, received: dt.date) -> bool:
    return d is not None and 0 <= (received - d).days <= FRESH_DAYS


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date, strict: bool = False) -> list[str]:
    """shared/spec/checklist.md applied to a packet. strict: both bank statements must be fresh and papers a
    reading might not count (the pension advice) do not count."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app.signed_ok:
        out.append("application_signature")
    exp = app.expected()
    required = {"loan_number": exp["loan_number"], "borrower_name": exp["borrower_name"],
                "property_address": app.street and app.city, "occupancy": exp["occupancy"],
                "hardship_types": exp["hardship_types"], "hardship_start_date": exp["hardship_start_date"],
                "income": [k for k in exp["income"] if k != "total"]}
    out += [f"application_field:{k}" for k, v in required.items() if not v]
    use = [d for d in docs if not (strict and d.debatable)]

    def ok(d: Doc) -> bool:
        return fresh(d.date, received)

    stmts = [d for d in use if d.type == "bank_statement"]
    two_bank = any(
        a.account == b.account and dt.date.fromisoformat(b.fields["period_start"])
        == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1) and ok(b) and (ok(a) or not strict)
        for a in stmts for b in stmts if a is not b)
    stubs = [d for d in use if d.type == "pay_stub" and ok(d) and d.fields.get("gross_ytd") is not None]

    def letter(code: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == code and ok(d) for d in use)

    def count(kind: str, n: int) -> bool:
        return sum(1 for d in use if d.type == kind and ok(d)) >= n

    rules = {"wages": bool(stubs) or two_bank,
             "self_employment": two_bank or any(d.type == "profit_and_loss_statement" and d.signed and ok(d)
                                                for d in use) or any(d.type == "tax_return" and d.signed for d in use),
             "unemployment": True, "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank or count("rent_check", 2), "investment": two_bank or count("investment_statement", 2),
             "other": two_bank or letter("other")}
    for code in app.by_code():
        if not rules[code]:
            out.append(f"income_doc:{code}")
    types = {d.type for d in use}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not need[h] & types:
            out.append(f"hardship_doc:{h}")
    codes = app.by_code()
    if (codes.get("self_employment") or codes.get("rental")) and not any(
            d.type == "irs_form_4506c" and d.signed for d in use):
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


def source_text(src: Source) -> str:
    reader = PdfReader(io.BytesIO(src.pdf))
    parts = [pg.extract_text() or "" for pg in reader.pages]
    parts += list(src.fields.values())
    parts += [m.text for ms in src.marks for m in ms]
    return " ".join(" ".join(parts).split())


def build_problems(p: Packet) -> list[str]:
    """At build time: the scenario, both readings of the rules, the 90-day edge, and every expected value drawn."""
    out = []
    loose = missing_codes(p.app, p.docs, p.received)
    strict = missing_codes(p.app, p.docs, p.received, strict=True)
    if loose != sorted(p.scenario) or strict != sorted(p.scenario):
        out.append(f"{p.name}: rules give {loose} / strict {strict}, scenario {sorted(p.scenario)}")
    for d in p.docs:
        if d.date is not None and d.type not in ("mortgage_assistance_application", "hardship_letter"):
            age = (p.received - d.date).days
            if abs(age - FRESH_DAYS) < EDGE_MARGIN or age < 0:
                out.append(f"{p.name}: {d.type} dated {d.date} is {age} days old")
        text = source_text(d.source)
        for s in d.shows:
            if " ".join(s.split()) not in text:
                out.append(f"{p.name}: {d.type} does not show {s!r}")
    return out


# --- the eight households --------------------------------------------------------------------------------------------

TX = "TX"


def packet_bc1(seed: int) -> Packet:
    received = dt.date(2046, 2, 21)
    addr = ["27 Mesquite Bend Lane", "Harker Springs, TX 76549"]
    walter = Person("Walter E. Pruett", "4471", dt.date(1971, 3, 4), "(254) 555-0123", "walt.pruett@example.net",
                    "Retired - Social Security; CTMPP pension", "Veteran (Army)")
    dolores = Person("Dolores M. Pruett", "0938", dt.date(1973, 8, 2), "(254) 555-0124", "dpruett@example.net",
                     "Retired - Social Security", "None")
    ss_w, ss_d, pen = D("2146.90"), D("1162.40"), D("1287.40")
    signed = dt.date(2046, 2, 14)
    app = App("4407718230", "27 Mesquite Bend Lane", "Harker Springs", TX, "76549", "primary_residence", walter,
              dolores, {"ss": ss_w, "pension": pen}, {"ss": ss_d}, ["increase_in_housing_expenses"],
              dt.date(2045, 10, 1), "long", True, signed, True, signed, seed=seed + 11)
    p = Packet("bc1", received, app, [])
    folder = app.loan
    p.digital(f"{folder}/Pruett - Mortgage Assistance Request (signed).pdf",
              app_doc(app, paper_source(tvms440(app, ink_=False), True, "app")))
    notice = dt.date(2045, 12, 4)
    p.digital(f"{folder}/SSA 2046 COLA notice - Walter.pdf",
              ssa_letter("cola", walter.name, addr, walter.ssn4, notice, ss_w, D("206.50"), "benefits_taxable"))
    p.digital(f"{folder}/SSA 2046 COLA notice - Dolores.pdf",
              ssa_letter("cola", dolores.name, addr, dolores.ssn4, notice, ss_d, D("206.50"), "benefits_taxable"))
    p.digital(f"{folder}/CTMPP annual statement 2046.pdf",
              pension_statement(CTMPP, walter.name, addr, "7716", dt.date(2046, 1, 23), pen, D("96.00"),
                                dt.date(2036, 4, 1), "Joint and 50% survivor", D("1253.55")))
    p.digital(f"{folder}/Caprock IRA Q4-2045.pdf",
              ira_statement(walter.name, addr, "3391", dt.date(2045, 12, 31), D("48210.77"),
                            [("Caprock Balanced Income Fund", D("1412.306"), D("21.84")),
                             ("Caprock Short-Term Treasury Fund", D("1630.552"), D("10.12")),
                             ("Money market sweep", D("512.440"), D("1.00"))], D("611.28")))
    p.digital(f"{folder}/Letter to Tolliver Valley.pdf", hardship_letter(
        [walter.name, dolores.name], addr, app.loan, signed, [
            "We are both retired and live on our Social Security and my pension from the machinists' plan. Our "
            "income has not changed, but last fall our homeowners insurance renewed at $4,960 a year, up from "
            "$2,180, after the hail claims in our part of the county, and the appraisal district raised our value "
            "again. The escrow analysis in October raised our payment by $318 a month.",
            "We have paid on time for nineteen years and do not want to fall behind. We are asking to be "
            "reviewed for a modification that brings the payment back to something our fixed income can carry."],
        ink_=False, seed=seed))
    return p


def packet_bc2(seed: int) -> Packet:
    received = dt.date(2046, 5, 14)
    addr = ["1418 Caisson Drive", "Copperas Bend, TX 76522"]
    rafael = Member("BENAVIDES", "RAFAEL", "T", "5521", "E6", "ARMY", "340612", "12", "480611", "5570",
                    D("4796.40"), D("498.77"), D("2031.00"), fcu_last4="6604", zip="76522")
    stub = les(rafael, 2046, 4, seed + 21)
    kiara = Person("Kiara L. Benavides", "3310", dt.date(2010, 9, 22), "(254) 555-0172", "kiara.benavides@example.com",
                   "VA disability compensation", "Veteran")
    raf = Person(rafael.name, "5521", dt.date(2008, 1, 7), "(254) 555-0173", "rafael.benavides@example.com",
                 "U.S. Army - active duty (SSG)", "Active duty")
    va_amt = D("1663.06")
    signed = dt.date(2046, 5, 8)
    app = App("6130492857", "1418 Caisson Drive", "Copperas Bend", TX, "76522", "primary_residence", kiara, raf,
              {"va": va_amt}, {"military": D(str(stub.fields["gross_current"]))}, ["relocation"],
              dt.date(2046, 3, 13), "long", True, signed, False, None, seed=seed + 21)
    p = Packet("bc2", received, app, ["application_signature"])
    va = va_letter(kiara.name, addr, "3310", dt.date(2046, 3, 10), va_amt, 70, dt.date(2045, 12, 1))
    orders = pcs_orders("072-0415", dt.date(2046, 3, 13), "Benavides, Rafael T", "5521", "SSG",
                        "HHC 2-41 IN, FORT TOLLIVER, TX 76544", "A CO 1-17 IN, FORT HALVERSON, WA 98433",
                        dt.date(2046, 5, 4), ["BENAVIDES, KIARA L (SPOUSE)", "BENAVIDES, MATEO R (SON)"], 10)
    hl = hardship_letter([kiara.name], addr, app.loan, signed, [
        "My husband, SSG Rafael Benavides, received permanent change of station orders in March. He had to report "
        "to Fort Halverson, Washington on May 4 and left before we could finish this application, so only I could "
        "sign it. Our son and I are staying in the house until the school year ends.",
        "Until we sell the house or find a renter we are paying for his quarters in Washington and the mortgage "
        "here on his Army pay and my VA compensation. We are asking for help with the payment while we sort out "
        "the move. His orders and his latest LES are enclosed."], ink_=True, seed=seed + 23)
    rng = random.Random(seed * 1000 + 2)
    net = D(str(stub.fields["net_current"]))
    assert net == les_net(rafael, 4)

    def dfas(d: dt.date) -> Decimal:  # the pay of the month before the one whose first it is paid for
        return les_net(rafael, (d + dt.timedelta(days=3)).month - 1)

    stmt = garrison(rng, f"{kiara.name} / {raf.name}", addr, "0040916604", 2046, 3, D("1342.18"),
                    [(("fed1", 0), "ACH DFAS-IN NET PAY", dfas), (("fed1", 0), "ACH VACP TREAS 310 XXVA BENEF",
                                                                  va_amt)],
                    [(("dom", 5), "ACH TOLLIVER VALLEY MTG PMT", D("2318.44")),
                     (("dom", 9), "SHARE TRANSFER TO S01 SAVINGS", D("1500.00")),
                     (("dom", 16), "ZELLE TO RAFAEL BENAVIDES", D("1250.00")),
                     (("dom", 21), "ACH NAVY FEDERAL CARD PMT", D("640.00")),
                     (("dom", 27), "ACH ST JAMES ACADEMY TUITION", D("485.00"))])
    p.scan("TVMS_MAIL_20460514_0931.pdf", [
        separator(app.loan), app_doc(app, paper_source(tvms440(app, ink_=True), False, "app")), hl, orders, stub, va,
        stmt], MAILROOM, seed + 200)
    return p


def packet_bc3(seed: int) -> Packet:
    received = dt.date(2046, 6, 5)
    addr = ["905 Pecan Hollow Circle", "Harker Springs, TX 76549"]
    marg = Person("Marguerite A. Lindqvist", "8826", dt.date(1968, 11, 30), "(254) 555-0191",
                  "m.lindqvist@example.org", "Survivor benefits and pension", "Surviving spouse (not active duty)")
    ss, pen = D("1904.70"), D("1312.50")
    signed = dt.date(2046, 5, 30)
    app = App("0719264483", "905 Pecan Hollow Circle", "Harker Springs", TX, "76549", "primary_residence", marg, None,
              {"ss": ss, "pension": pen}, {}, ["death"], dt.date(2046, 2, 22), "long", True, signed, seed=seed + 31)
    p = Packet("bc3", received, app, [])
    loan = app.loan
    p.digital(f"{loan}_MAA.pdf", app_doc(app, form710(app, military=False, screen=True)))
    p.digital(f"{loan}_SSA_award.pdf", ssa_letter(
        "survivor", marg.name, addr, "4120", dt.date(2046, 4, 18), ss, D("206.50"), "benefits_taxable",
        since=dt.date(2046, 3, 1), extra="You are entitled to these benefits as the widow of Nils E. Lindqvist."))
    p.digital(f"{loan}_pension_advice_June.pdf", pension_advice(
        BVECRP, marg.name, "5518", dt.date(2046, 6, 1), pen, D("98.40"), D("0.00"), "Lone Ridge National Bank",
        "2270", "Survivor annuity"))
    dc = death_certificate("Nils Erik Lindqvist", "Male", dt.date(1966, 5, 9), dt.date(2046, 2, 22), 79,
                           "Bellamy", "Harker Springs Regional Medical Center",
                           "905 Pecan Hollow Circle, Harker Springs, TX 76549", "Marguerite A. Lindqvist",
                           "Marguerite A. Lindqvist, wife", "Acute myocardial infarction", dt.date(2046, 3, 2),
                           "142-46-018377")
    p.scan(f"{loan}_death_certificate.pdf", [dc], HOME, seed + 300)
    p.digital(f"{loan}_hardship_letter.pdf", hardship_letter([marg.name], addr, loan, signed, [
        "My husband Nils died suddenly on February 22 of this year. He was the borrower on our loan, and his "
        "cooperative pension and his Social Security were most of what we lived on. His Social Security stopped "
        "and his pension was cut to a survivor annuity.",
        "I now receive widow's benefits and the survivor annuity, about $1,900 a month less than we had together. "
        "I want to stay in our home at Sun Mesa Village and ask to be considered for a modification. My award "
        "notice, the pension advice and the death certificate are attached."], ink_=False, seed=seed))
    return p


def packet_bc4(seed: int) -> Packet:
    received = dt.date(2046, 6, 12)
    addr = ["3302 Quartermaster Trail", "Harker Springs, TX 76549"]
    angela = Member("MCBRIDE", "ANGELA", "R", "1907", "E7", "AF", "080114", "18", "490113", "5291",
                    D("6043.20"), D("498.77"), D("2214.00"), fed_rate=D("0.09"), fcu_last4="1183", depns=1,
                    display="Angela R. McBride")
    stub = les(angela, 2046, 1, seed + 41)
    terrence = Person("Terrence A. McBride", "6042", dt.date(1979, 4, 18), "(254) 555-0157",
                      "tmcbride.usn@example.net", "Social Security; VA compensation", "Retired (USN)")
    ang = Person(angela.name, "1907", dt.date(1990, 12, 3), "(254) 555-0158", "angela.mcbride@example.com",
                 "U.S. Air Force - active duty (MSgt)", "Active duty")
    ss, va_amt = D("1688.00"), D("1084.55")
    signed = dt.date(2046, 6, 4)
    app = App("2286041579", "3302 Quartermaster Trail", "Harker Springs", TX, "76549", "primary_residence", terrence,
              ang, {"ss": ss, "va": va_amt}, {"military": D(str(stub.fields["gross_current"]))}, ["unemployment"],
              dt.date(2046, 1, 31), "short", True, signed, True, signed, zeros=True, seed=seed + 41)
    p = Packet("bc4", received, app, ["income_doc:wages"])
    ssa = ssa_letter("verify", terrence.name, addr, terrence.ssn4, dt.date(2046, 5, 20), ss, D("206.50"),
                     "benefits_taxable")
    va = va_letter(terrence.name, addr, "6042", dt.date(2046, 4, 20), va_amt, 40, dt.date(2045, 12, 1))
    hl = hardship_letter([terrence.name, ang.name], addr, app.loan, signed, [
        "After I retired from the Navy I worked as a civilian logistics contractor at the depot. The contract "
        "ended on January 31 and I have not found other work, so we lost about $4,100 a month.",
        "Angela is still on active duty and her pay has not changed. With my Social Security and VA compensation "
        "we can cover most of the payment but not all of it until I find work. We ask for a forbearance or a "
        "modification for a few months."], ink_=True, seed=seed + 43)
    folder = app.loan
    items = [app_doc(app, paper_source(tvms440(app, ink_=True), False, "app")), stub, ssa, va, hl]
    for i, item in enumerate(items, 1):
        p.scan(f"{folder}/SCAN{i:04d}.pdf", [item], MAILROOM, seed + 400 + i)
    return p


def packet_bc5(seed: int) -> Packet:
    received = dt.date(2046, 7, 17)
    addr = ["614 Arroyo Seco Court", "Belmont Falls, TX 76513"]
    eugene = Person("Eugene F. Castellanos", "2958", dt.date(1976, 2, 27), "(254) 555-0118",
                    "ecastellanos@example.net", "Retired - Social Security", "Veteran")
    ss = D("1987.30")
    signed = dt.date(2046, 7, 9)
    app = App("5091776240", "614 Arroyo Seco Court", "Belmont Falls", TX, "76513", "primary_residence", eugene, None,
              {"ss": ss}, {}, ["death"], dt.date(2046, 3, 30), "long", True, signed, seed=seed + 51)
    p = Packet("bc5", received, app, ["hardship_doc:death", "income_doc:benefits_taxable"])
    f1099 = ssa_1099(eugene.name, addr, eugene.ssn4, 2045, D("21036.00"), D("2382.00"))
    rng = random.Random(seed * 1000 + 5)
    stmt = lone_ridge(rng, eugene.name, addr, "4418730297", dt.date(2046, 5, 19), D("2210.64"),
                      [(("wed", 4), "SSA TREAS 310 XXSOC SEC", D("1780.00")),
                       (("dom", 3), "TRANSFER FROM SAVINGS 8842", D("300.00"))],
                      [(("dom", 6), "ACH TOLLIVER VALLEY MTG PMT", D("1140.00")),
                       (("dom", 28), "BELMONT FALLS FUNERAL HOME", D("450.00"))])
    ira = ira_statement(eugene.name, addr, "5170", dt.date(2046, 6, 30), D("31877.40"),
                        [("Caprock Dividend Growth Fund", D("702.118"), D("28.41")),
                         ("Caprock Intermediate Bond Fund", D("1220.904"), D("9.87")),
                         ("Money market sweep", D("1033.260"), D("1.00"))], D("402.16"))
    hl = hardship_letter([eugene.name], addr, app.loan, signed, [
        "My wife Irma passed away on March 30 after a long illness. She was the co-borrower on our loan, and her "
        "Social Security of $1,402 a month stopped when she died. I am left with my own Social Security and the "
        "bills from her last months.",
        "I want to keep the house we raised our children in. I am sending my Social Security statement, my bank "
        "statement and my IRA statement. Please let me know what else you need."], ink_=True, seed=seed + 53)
    p.scan(f"Castellanos {app.loan}.pdf", [app_doc(app, paper_source(tvms440(app, ink_=True), False, "app")), f1099,
                                           stmt, ira, hl], MAILROOM, seed + 500)
    return p


def packet_bc6(seed: int) -> Packet:
    received = dt.date(2046, 8, 21)
    addr = ["88 Bluebonnet Ridge", "Copperas Bend, TX 76522"]
    evelyn = Person("Evelyn R. Hartsfield", "7730", dt.date(1980, 6, 11), "(254) 555-0139",
                    "evelyn.hartsfield@example.com", "Retired teacher - HCTRS pension", "None")
    howard = Person("Howard L. Hartsfield", "0586", dt.date(1972, 10, 19), "(254) 555-0140",
                    "howard.hartsfield@example.com", "VA compensation; Social Security", "Veteran (Army)")
    pen, va_amt, ss = D("2264.18"), D("1431.22"), D("1572.60")
    signed = dt.date(2046, 8, 14)
    app = App("3348810962", "88 Bluebonnet Ridge", "Copperas Bend", TX, "76522", "primary_residence", evelyn, howard,
              {"pension": pen}, {"va": va_amt, "ss": ss}, ["disability_or_illness"], dt.date(2046, 4, 15), "long",
              True, signed, True, signed, seed=seed + 61)
    p = Packet("bc6", received, app, ["income_doc:benefits_nontaxable"])
    pre = f"Hartsfield {app.loan} - "
    p.digital(pre + "assistance request.pdf", app_doc(app, paper_source(tvms440(app, ink_=False), True, "app")))
    p.digital(pre + "pension advice Aug 2046.pdf", pension_advice(
        HCTRS, evelyn.name, "2231", dt.date(2046, 8, 1), pen, D("171.00"), D("118.40"), "Garrison Federal Credit Union",
        "5207", "Service retirement - life annuity"))
    p.digital(pre + "HCTRS annual statement.pdf", pension_statement(
        HCTRS, evelyn.name, addr, "2231", dt.date(2046, 1, 26), pen, D("171.00"), dt.date(2041, 7, 1),
        "Life annuity", D("2204.65")))
    p.digital(pre + "Howard SSA letter.pdf", ssa_letter("verify", howard.name, addr, howard.ssn4,
                                                        dt.date(2046, 7, 30), ss, D("206.50"), "benefits_taxable"))
    p.digital(pre + "Howard VA letter.pdf", va_letter(howard.name, addr, "0586", dt.date(2045, 6, 12), va_amt, 60,
                                                      dt.date(2044, 12, 1)))
    rng = random.Random(seed * 1000 + 6)
    ssa_net = q2(ss - D("206.50")).to_integral_value(rounding="ROUND_FLOOR")
    p.digital(pre + "GFCU July statement.pdf", garrison(
        rng, f"{evelyn.name} / {howard.name}", addr, "0031775207", 2046, 7, D("2488.91"),
        [(("fed1", 0), "ACH VACP TREAS 310 XXVA BENEF", va_amt),
         (("bd1", 0), "ACH HCTRS ANNUITY", q2(pen - D("171.00") - D("118.40"))),
         (("wed", 3), "ACH SSA TREAS 310 XXSOC SEC", D(ssa_net))],
        [(("dom", 3), "ACH TOLLIVER VALLEY MTG PMT", D("1912.36")),
         (("dom", 13), "ACH HOMEWELL CAREGIVERS", D("725.00")), (("dom", 27), "ACH HOMEWELL CAREGIVERS",
                                                                 D("725.00")),
         (("dom", 20), "CHECK 2217 CVS PHARMACY", D("212.40"))]))
    p.digital(pre + "letter.pdf", hardship_letter([evelyn.name, howard.name], addr, app.loan, signed, [
        "My husband Howard served in the Army and receives VA compensation for his service-connected conditions. "
        "In April his doctors confirmed that his Parkinson's disease has progressed, and since then he needs an "
        "aide at home four days a week, which costs us about $1,450 a month that insurance does not cover.",
        "Our income has not gone down, but with the aide we cannot keep up with the mortgage, taxes and insurance. "
        "We are asking for a modification so that we can stay in our home."], ink_=False, seed=seed))
    return p


def packet_bc7(seed: int) -> Packet:
    received = dt.date(2046, 10, 16)
    addr = ["2710 Redoubt Lane", "Harker Springs, TX 76549"]
    jerome = Member("HASKINS", "JEROME", "D", "3866", "E7", "ARMY", "300815", "16", "470814", "5570",
                    D("5874.90"), D("498.77"), D("2214.00"), specials=(("SPECIAL DUTY PAY", D("150.00")),),
                    fcu_last4="7420", depns=3)
    stub = les(jerome, 2046, 9, seed + 71)
    jer = Person(jerome.name, "3866", dt.date(2012, 4, 2), "(254) 555-0165", "jerome.haskins@example.mil.test",
                 "U.S. Army - active duty", "Active duty")
    lorraine = Person("Lorraine M. Haskins", "9124", dt.date(2013, 1, 25), "(254) 555-0166",
                      "lorraine.haskins@example.com", "Social Security disability", "None")
    ssdi = D("1342.00")
    signed = dt.date(2046, 10, 12)
    app = App("8802157346", "2710 Redoubt Lane", "Harker Springs", TX, "76549", "primary_residence", jer, lorraine,
              {"military": D(str(stub.fields["gross_current"]))}, {"va": ssdi}, ["relocation"], dt.date(2046, 9, 4),
              "long", True, signed, True, signed, seed=seed + 71)
    p = Packet("bc7", received, app, [])
    orders = pcs_orders("247-0093", dt.date(2046, 9, 4), "Haskins, Jerome D", "3866", "SFC",
                        "B CO 3-8 CAV, FORT TOLLIVER, TX 76544", "HHC 2 SBCT, ROSE BARRACKS, GERMANY APO AE 09112",
                        dt.date(2046, 11, 30), ["HASKINS, LORRAINE M (SPOUSE)", "HASKINS, DESHAWN J (SON)",
                                                "HASKINS, AALIYAH R (DAUGHTER)"], 14)
    ssa = ssa_letter("disability", lorraine.name, addr, lorraine.ssn4, dt.date(2046, 8, 5), ssdi, D("0.00"),
                     "benefits_nontaxable", since=dt.date(2046, 6, 1),
                     extra="We found that you became disabled under our rules on December 14, 2045.")
    hl = hardship_letter([jer.name, lorraine.name], addr, app.loan, signed, [
        "Jerome has permanent change of station orders to Germany with a report date of November 30. Lorraine "
        "receives Social Security disability and is under treatment here, so she and the children will follow "
        "later. We will be paying for two households for several months.",
        "We cannot sell the house quickly in this market and want to keep it until we return. The legal "
        "assistance office is sending this application for us. We ask to be reviewed for any help with the "
        "payment during the move."], ink_=True, seed=seed + 73)
    items: list[Doc | Source] = [app_doc(app, form710(app, military=True, screen=False)), hl, orders, stub, ssa]
    total = 1 + sum(d.source.pages for d in items if isinstance(d, Doc))
    cover = fax_cover(f"{SERVICER} - Loss Mitigation", app.loan, received, total, jer.name,
                      "Mortgage Assistance Application (Form 710) signed by both borrowers, hardship letter, PCS "
                      "orders, LES and SSA award letter. Client is an active-duty servicemember; please note SCRA "
                      "status.")

    def header(i: int) -> str:
        return (f"OCT 16 2046 09:42   FROM: FT TOLLIVER LEGAL ASST (254) 555-0188   TO: 12545550147   "
                f"P.{i + 1:03d}/{total:03d}")

    p.scan("FAX_2545550147_20461016_094211.pdf", [cover, *items], FAX, seed + 700, header)
    return p


def packet_bc8(seed: int) -> Packet:
    received = dt.date(2046, 11, 13)
    addr = ["1205 Vista Verde Drive", "Harker Springs, TX 76549"]
    vernon = Person("Vernon L. Ashby", "5187", dt.date(1969, 7, 8), "(254) 555-0184", "vashby@example.net",
                    "Retired - Social Security; city pension", "None")
    gloria = Person("Gloria J. Ashby", "6603", dt.date(1971, 2, 6), "(254) 555-0185", "gloria.ashby@example.net",
                    "Retired - Social Security", "None")
    ss_v, pen, ss_g = D("2208.40"), D("1460.75"), D("1219.90")
    signed = dt.date(2046, 11, 5)
    app = App("1175398024", "1205 Vista Verde Drive", "Harker Springs", TX, "76549", "primary_residence", vernon,
              gloria, {"ss": ss_v, "pension": pen}, {"ss": ss_g}, ["disability_or_illness"], dt.date(2046, 8, 6),
              "long", True, signed, True, signed, seed=seed + 81)
    p = Packet("bc8", received, app, ["hardship_doc:disability_or_illness"])
    folder = app.loan
    advice = pension_advice(HSMRP, vernon.name, "0412", dt.date(2046, 11, 1), pen, D("109.55"), D("0.00"),
                            "Lone Ridge National Bank", "8815", "Joint and 75% survivor")
    ira = ira_statement(vernon.name, addr, "8046", dt.date(2046, 9, 30), D("58900.00"),
                        [("Caprock Total Market Index Fund", D("1105.772"), D("33.09")),
                         ("Caprock Balanced Income Fund", D("918.440"), D("22.16")),
                         ("Money market sweep", D("2250.000"), D("1.00"))], D("488.70"))
    p.scan(f"{folder}/mail_20461113_scan.pdf",
           [app_doc(app, paper_source(tvms440(app, ink_=True), False, "app")), advice, ira], MAILROOM, seed + 800)
    rng = random.Random(seed * 1000 + 8)
    deps: list[Deposit] = [(("wed", 2), "SSA TREAS 310 XXSOC SEC", D("2001.00")),
                           (("wed", 2), "SSA TREAS 310 XXSOC SEC", D("1013.00")),
                           (("bd1", 0), "HARKER SPRINGS MRP PENSION", q2(pen - D("109.55")))]
    bills: list[Deposit] = [(("dom", 5), "ACH TOLLIVER VALLEY MTG PMT", D("2286.15")),
                            (("dom", 24), "HS ONCOLOGY ASSOC PATIENT PMT", D("380.00")),
                            (("dom", 14), "HUMANA RX COPAY", D("146.20"))]
    s1 = lone_ridge(rng, f"{vernon.name} / {gloria.name}", addr, "4420198815", dt.date(2046, 8, 19), D("1877.32"),
                    deps, bills)
    s2 = lone_ridge(rng, f"{vernon.name} / {gloria.name}", addr, "4420198815", dt.date(2046, 9, 19),
                    s1.balances[1] if s1.balances else D(0), deps, bills)
    p.digital(f"{folder}/eStatement_2046-09-18.pdf", s1)
    p.digital(f"{folder}/eStatement_2046-10-18.pdf", s2)
    return p


PACKETS: list[Callable[[int], Packet]] = [packet_bc1, packet_bc2, packet_bc3, packet_bc4, packet_bc5, packet_bc6,
                                          packet_bc7, packet_bc8]


# --- check ------------------------------------------------------------------------------------------------------------

FIELD_KEYS = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "hardship_letter": {"letter_date"}}
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}


def allowed_codes() -> set[str]:
    codes = {"application", "application_signature", "irs_form_4506c"}
    codes |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                 "hardship_types", "hardship_start_date", "income")}
    codes |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation", "separation_unmarried",
                                            "death", "relocation", "other")}
    return codes


def check_packet(root: Path, packet: Packet | None) -> list[str]:
    name = root.name
    out: list[str] = []
    exp = json.loads((root / "expected.json").read_text())
    if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
        out.append(f"{name}: keys {sorted(exp)}")
    received = dt.date.fromisoformat(exp["received_on"])
    if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
        out.append(f"{name}: status and missing disagree")
    out += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in allowed_codes()]
    app = exp["application"]
    if set(app) != APP_KEYS:
        out.append(f"{name}: application keys {sorted(app)}")
    if app["loan_number"] != exp["loan_number"] or not exp["loan_number"].isdigit():
        out.append(f"{name}: loan number")
    if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
        out.append(f"{name}: occupancy or hardship code")
    if not (set(app["income"]) - {"total"}) <= set(INCOMES) or "total" not in app["income"]:
        out.append(f"{name}: income codes {app['income']}")
    lines_sum = sum(D(str(v)) for k, v in app["income"].items() if k != "total")
    if q2(lines_sum) != q2(D(str(app["income"]["total"]))) or any(v <= 0 for v in app["income"].values()):
        out.append(f"{name}: income lines do not add up to the total")
    if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
        out.append(f"{name}: co-borrower name and signature disagree")
    if app["signed"] != (app["signed_on"] is not None):
        out.append(f"{name}: signed and signed_on disagree")
    for k in ("hardship_start_date", "signed_on"):
        if app[k] is not None:
            dt.date.fromisoformat(app[k])
    if len(app["ssn_last4"]) != 4 or not app["ssn_last4"].isdigit():
        out.append(f"{name}: ssn_last4")
    readers: dict[str, PdfReader] = {}
    for f in sorted(p for p in (root / "inbox").rglob("*") if p.is_file()):
        rel = f.relative_to(root / "inbox").as_posix()
        try:
            readers[rel] = PdfReader(f)
            doc = pdfium.PdfDocument(str(f))
            if len(doc) != len(readers[rel].pages):
                out.append(f"{name}: {rel} page counts differ")
            doc.close()
        except Exception as err:
            out.append(f"{name}: {rel} does not open: {err}")
    seen: set[tuple[str, int]] = set()
    ids = [d["id"] for d in exp["documents"]]
    if ids != [f"D{i:02d}" for i in range(1, len(ids) + 1)]:
        out.append(f"{name}: document ids {ids}")
    types = [d["type"] for d in exp["documents"]]
    if types.count("mortgage_assistance_application") != 1:
        out.append(f"{name}: applications {types.count('mortgage_assistance_application')}")
    stmts = []
    for d in exp["documents"]:
        if d["type"] not in DOC_TYPES or d["type"] == "separator_sheet":
            out.append(f"{name}: type {d['type']}")
        want = FIELD_KEYS.get(d["type"], set())
        if d["type"] in ("pay_stub", "bank_statement", "benefit_award_letter") and set(d["fields"]) != want:
            out.append(f"{name}: {d['id']} fields {sorted(d['fields'])}")
        if d["type"] in ("investment_statement", "death_certificate", "military_pcs_orders", "other",
                         "mortgage_assistance_application") and d["fields"]:
            out.append(f"{name}: {d['id']} should carry no fields")
        for k, v in d["fields"].items():
            if (k.endswith("_date") or k in ("period_start", "period_end")) and v is not None:
                dt.date.fromisoformat(v)
        for pg in d["pages"]:
            key = (pg["file"], pg["page"])
            if key in seen:
                out.append(f"{name}: page listed twice {key}")
            seen.add(key)
            reader = readers.get(pg["file"])
            if reader is None or not 1 <= pg["page"] <= len(reader.pages):
                out.append(f"{name}: no page {key}")
                continue
            text = (reader.pages[pg["page"] - 1].extract_text() or "").replace(SYNTH, "").strip()
            if bool(text) == d["scanned"]:
                out.append(f"{name}: scanned={d['scanned']} but text layer={bool(text)} on {key}")
        f = d["fields"]
        if d["type"] == "pay_stub":
            mg = q2(D(str(f["gross_current"])) * PERIODS[f["frequency"]] / 12)
            if mg != q2(D(str(f["monthly_gross"]))):
                out.append(f"{name}: monthly gross {f}")
            if not f["period_start"] <= f["period_end"] <= f["pay_date"] <= exp["received_on"]:
                out.append(f"{name}: stub dates {f}")
        if d["type"] == "bank_statement":
            stmts.append(f)
        if d["type"] == "benefit_award_letter" and (f["benefit_type"] not in INCOMES or f["monthly_amount"] <= 0):
            out.append(f"{name}: benefit letter {f}")
        if "letter_date" in f and dt.date.fromisoformat(f["letter_date"]) > received:
            out.append(f"{name}: letter dated after receipt {f}")
    for a in stmts:
        for b in stmts:
            if a["account_last4"] == b["account_last4"] and dt.date.fromisoformat(b["period_start"]) == \
                    dt.date.fromisoformat(a["period_end"]) + dt.timedelta(days=1) and \
                    a["ending_balance"] != b["beginning_balance"]:
                out.append(f"{name}: statements do not chain {a} {b}")
    for rel, reader in readers.items():
        for i in range(len(reader.pages)):
            if (rel, i + 1) not in seen and (packet is None or (rel, i + 1) not in packet.extra_pages):
                out.append(f"{name}: page {rel}#{i + 1} is in no document and is no cover or separator")
    if packet is not None:
        codes = missing_codes(packet.app, packet.docs, packet.received)
        if codes != sorted(exp["missing"]) or codes != sorted(packet.scenario):
            out.append(f"{name}: missing {exp['missing']} vs rules {codes} vs scenario {packet.scenario}")
        if packet.app.expected() != app:
            out.append(f"{name}: application differs from the drawn form")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate what was written")
    ap.add_argument("--only", nargs="*", help="build only these packets (bc1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: dict[str, Packet] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        problems += build_problems(p)
        exp = expected_of(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        built[p.name] = p
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        for name, p in built.items():
            problems += check_packet(args.out / name, p)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
