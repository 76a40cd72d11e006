"""A fiftieth holdout set of borrower packets (ax1..ax8): HOUSING COUNSELOR SUBMISSIONS - a HUD-approved housing
counseling agency packages its clients' papers and sends them to two servicers, by e-mail, by fax or by mail. Laid out
unlike the shared samples and unlike every earlier set (a, b .. z, aa .. aw), written without looking at the service's
code, rules, data files or tests, to estimate honestly how it reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_ax.py OUT_DIR [--seed N] [--check] [--only ax1 ax5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs
(reportlab, or pypdf for Form 710), plain grey scans (300 dpi, tilted 0.22 to 0.35 degrees, a little blurred and
speckled, JPEG, no text layer) and plain faxes (200 dpi, black and white, the sending machine's header line across the
top of every page). Hand-written parts are signatures (drawn strokes) and the dates beside them - on the comb form the
date is written in pen ONE DIGIT A BOX. Received dates fall between February and June 2044, all weekdays.

THEME. Keystone Neighborhood Housing Counsel (KNHC, 1200 Derry Street, Harrisburg PA; "HUD agency ID 90-7731"), two
counselors (Theresa M. Holloway, Dwayne P. Okonkwo), helps central-Pennsylvania homeowners and sends their packages to
Juniata Hollow Mortgage Servicing, LLC (Camp Hill PA; its own comb-field form) or to Tamarack Point Loan Servicing
(Wilmington DE; the real Form 710). The agency never signs for a borrower.

THE AGENCY'S PAPERS (all type `other`; every one names the borrowers and the loan number)
- COVER LETTER on the agency's letterhead (a dark red keystone with a white "K", "Keystone Neighborhood / Housing
  Counsel" in a red serif, the address block at the right, a red double rule; a footer line "... is a HUD-approved
  housing counseling agency (HUD agency ID 90-7731) ..."): the date, "VIA ELECTRONIC MAIL" / "VIA FIRST-CLASS MAIL" /
  "VIA FACSIMILE TO ...", the servicer's address, a bold block "Borrower(s): / Loan number: / Property:", then
  paragraphs: the authorization is on file; "Enclosed please find ..." naming every enclosed paper IN PROSE; in most
  packets a sentence quoting the COUNSELOR'S BUDGET ("the household's gross monthly income is about $5,787 and its
  monthly expenses about $4,352 ...") - whole dollars that are NOT the application's figures (rounded, or including
  a tutoring income, an adult son's rent or a kinship stipend the application leaves out); a paragraph on the
  circumstances; "Sincerely," and the counselor's signature (drawn strokes on screen, ink on paper), name, title,
  phone and e-mail, "cc: <clients> (client file)". In ax5 it also says the VA award letter "will be forwarded under
  separate cover"; in ax2 that the pay statements are the ones brought to the December intake session.
- THIRD-PARTY AUTHORIZATION (ax1, ax3, ax6, ax7): same letterhead, "THIRD-PARTY AUTHORIZATION" / "Authorization to
  release and discuss mortgage loan information", ruled rows typed in Courier (Mortgage servicer, Loan number,
  Property address, Borrower name, SSN (last four digits), Co-borrower name ...), three paragraphs, the counselor's
  line, and a signature line and a Date line per client (signed on screen with the date typed, or in ink with the date
  in pen).
- HOUSEHOLD BUDGET WORKSHEET (ax1, ax2, ax4, ax5, ax7), one page: a row of captioned fact cells (CLIENT(S), LOAN NO.,
  SERVICER, SESSION DATE, COUNSELOR), then TWO TABLES SIDE BY SIDE under red header bands - "MONTHLY INCOME | GROSS |
  NET" (sources in the counselor's words, whole dollars: "Colleen - teaching salary (CVSD) $5,612 $3,938", "Tutoring,
  irregular (not on application)", "Maribel - PA unemployment compensation", "Adult son's contribution to rent", "Rent
  from unit 57B (gross)", a "Total household income" row) and "MONTHLY EXPENSES | AMOUNT" (mortgage payment (PITI),
  utilities, food ... "Total expenses"), a grey summary box (net income less expenses, housing ratio, "Counselor's
  view") and an italic note that the application's amounts are the ones to use. Its income figures are never the
  application's.
- FAX TRANSMITTAL (ax3, ax7; NOT a document, like the samples' fax covers): letterhead, "FAX TRANSMITTAL", a two-column
  grid TO / FAX / FROM / PHONE / FAX / DATE / PAGES / RE, four tick boxes, comments and a confidentiality notice.

APPLICATIONS
- Juniata Hollow's "BORROWER RESPONSE PACKAGE - Financial Information", Form JH-BRP-FI (Rev. 09/2043), THREE portrait
  pages (a green square with white waves, "Juniata Hollow" in a serif, "MORTGAGE SERVICING, LLC"; the title at the
  right; pages 2 and 3 repeat "Loan number" in a comb at the top right; green section bars) filled by the counselor's
  software in COMB FIELDS: every character in its own little box in Courier capitals, words separated by an empty box -
  1a loan number (12 boxes, leading zeros kept), 1b borrower's name "first, middle initial, last" (30 boxes, e.g.
  "ANTHONY R. DELVECCHIO"), 1c SSN last 4, 1d co-borrower's name (empty boxes when none), 1e SSN last 4, 1f phone as
  ( 3 ) 3 - 4 boxes; 1g e-mail on a plain line; 2a street, 2b city, 2c state, 2d ZIP, each a comb. Yes/no questions
  are a RULED TABLE "QUESTION | YES | NO" with an X typed in one cell: occupancy is asked as three questions (2e live
  there as principal residence / 2f second home / 2g rented or investment - exactly one Yes), then for sale, keep,
  military, HOA; 3b "longer than 6 months?", 3c "already resolved?". 3a the hardship's start as MM / DD / YYYY comb
  boxes with printed slashes. 3d the ten reasons as a GRID OF 3 COLUMNS of check boxes (row by row in Form 710's
  order, the servicer's wording: "Unemployment or job loss", "Reduction in income (hours, pay, overtime)", ...,
  "Other (describe in 3e)") with an X in the box; 3e the "Other" text. Section 4 MONTHLY GROSS INCOME: lines 4a..4h
  in Form 710's order, each amount RIGHT-ALIGNED in six DOLLAR boxes (no comma), a printed decimal point and two
  CENTS boxes, under "DOLLARS" / "CENTS" captions; 4i TOTAL (the expected `total`). Section 5 assets and section 6
  housing expenses (first mortgage payment ...) in the same comb amounts - distractors. Section 7 the housing
  counselor (agency, counselor, phone, HUD agency ID). Section 8 certification, then "8a Borrower signature" /
  "8b Co-borrower signature" lines with the printed name in parentheses and a "Date signed (MM / DD / YYYY)" comb.
  Page 1 ends with a "WHAT TO SEND WITH THIS PACKAGE" box. Signed on screen with drawn strokes and the date typed
  into the comb (ax4 - the CO-BORROWER'S LINE AND DATE EMPTY -, ax6 by both), or printed, signed in ink and dated in
  pen one digit a box (ax2 scanned, ax3 faxed, by both spouses in ax3).
- The real Form 710 (April 2023) filled through its AcroForm (borrower, SSN last 4, e-mail, phone, property address
  on one line, occupancy, owner occupied, keep, not for sale, no HOA, hardship date and duration, hardship boxes,
  income lines, checking and savings): typed and signed on screen with strokes over the signature line and the date
  typed into its field (ax1), or typed, printed, signed and dated in ink (ax5 and ax8 scanned grey, ax7 faxed). It
  prints no total; the expected total is the lines' sum.

PAY STUBS (every year-to-date figure is the sum of that year's checks; the frequency is printed)
- Conodoguinet Valley School District's monthly "PAYROLL ADVICE" for a 10-MONTH TEACHER PAID OVER 12 MONTHS: a round
  "CVSD" seal, the district in a navy serif, a grid of captioned cells (EMPLOYEE NAME, EMPLOYEE NO., POSITION,
  BUILDING / PAY PERIOD, PAY DATE - the month's last business day -, PAY FREQUENCY "Monthly", ADVICE NO.), a shaded
  CONTRACT INFORMATION box (annual contract salary, "Installment 6 of 12", "Summer pay held to date this contract
  year: $6,733.80 (memo - not paid this period)"), EARNINGS with "Contract salary" (a tenth of the salary, e.g.
  6,733.80) and "Deferred summer pay" (-1,122.30) over "Gross pay" 5,611.50 (CURRENT and CALENDAR YTD) - the expected
  gross is the Gross pay, the installment -, DEDUCTIONS beside them (federal, Social Security, Medicare, PA income tax,
  local earned income tax, local services tax, school employees' retirement 7.50%, health care, association dues),
  and three tiles GROSS PAY / TOTAL DEDUCTIONS / NET PAY with their YTD.
- Laurelwood Regional Medical Center's bi-weekly "EARNINGS STATEMENT" (paid Fridays for the 14 days ending the
  Saturday before): a green bar and "LAURELWOOD" over "REGIONAL MEDICAL CENTER", label / value pairs in two columns
  (Employee, Employee ID, Job title, Department, Base rate | Pay date, Period start, Period end, Pay frequency
  "Bi-Weekly", FLSA status), an earnings table CODE | EARNINGS | RATE | HOURS | CURRENT | YTD HOURS | YTD AMOUNT with
  REG, EVD evening and NSD night SHIFT DIFFERENTIALS, WKD weekend differential, OCS ON-CALL STANDBY, CBK CALL-BACK
  1.5x and OT15 OVERTIME (a line paid earlier in the year shows only its YTD), "Gross earnings"; then MANY DEDUCTIONS
  IN TWO COLUMNS - PRE-TAX DEDUCTIONS and TAXES (seven lines) on the left, POST-TAX DEDUCTIONS on the right, each with
  CURRENT, YTD and a Total - and a GROSS / PRE-TAX / TAXES / POST-TAX / NET PAY strip for This period and Year to
  date.

STATEMENTS AND LETTERS
- Millrace Federal Credit Union's two-page "STATEMENT OF ACCOUNTS" holding SEVERAL SUB-ACCOUNTS under one member
  number ("Member number XXXXXX6153", "Statement period 01/01/2044 to 01/31/2044", "Page 1 of 2"): a SUMMARY OF YOUR
  ACCOUNTS table (00 Share Savings, 10 Share Draft Checking, 70 Vehicle Loan principal balance, with previous
  balance, deposits, withdrawals, new balance), then "00 SHARE SAVINGS" (its own Beginning and Ending Balance),
  "10 SHARE DRAFT CHECKING" (Date | Transaction | Withdrawals | Deposits | Balance, continued on page 2 and closed by
  "Ending Balance") and "70 VEHICLE LOAN - 2040 SUBARU FORESTER" (payment, interest, principal, new balance, next
  payment due). The expected fields are the SHARE DRAFT's (the checking, where pay, benefits and rent land);
  account_last4 is the member number's last four, which all the sub-accounts share.
- Social Security's "Notice of Award" for retirement benefits (ax3: "Your monthly benefit is $1,684.00", a boxed
  table, monthly) and its yearly "Your New Benefit Amount" notice dated in December (ax6: "$1,412.00" before and
  after deductions, paid monthly). Both name the benefit as possibly taxable and document the application's TAXABLE
  line: benefit_type `benefits_taxable`.
- Typed hardship letters (the writers' address at the top right, "RE: Hardship letter - Loan No. ..."), unsigned
  when e-mailed, signed in ink when mailed or faxed.
- The servicer mailroom's SEPARATOR SHEET (the spec's form): "DOCUMENT SEPARATOR", a Code 128 barcode reading
  `LOAN <loan number>` with the text under it and the date received - one in front of EVERY document of a mailed
  packet. Not listed in expected.json; `--check` decodes every unlisted page of a combined scan and requires it to
  read `LOAN <loan>` (or, as page 1 of a fax, to be the barcode-less cover sheet).

PACKETS
- ax1 COMPLETE (Tamarack Point, received 2044-03-14): the agency e-mails LOOSE BORN-DIGITAL FILES named
  "KNHC_Brennan_<paper>.pdf" (no loan number in any name): cover letter, third-party authorization, budget worksheet,
  Form 710 signed on screen, the teacher's January and February advices (fresh, with YTD), hardship letter. A
  reduction in income needs no hardship paper.
- ax2 INCOMPLETE income_doc:wages, reason STALE (Juniata Hollow, 2044-03-21): mailed paper, ONE COMBINED 300 dpi GREY
  SCAN "MAILROOM_20440321_0017.pdf" with a separator sheet before each document: cover letter, budget worksheet, the
  comb form signed and dated in ink, the nurse's two Laurelwood statements paid 2043-11-27 and 2043-12-11 (115 and 101
  days before the packet arrived), hardship letter (higher housing costs need no paper).
- ax3 COMPLETE (Juniata Hollow, 2044-05-12): ONE 200 dpi FAX "JHMS_FAX_20440512_104733.pdf" from the agency, its
  transmittal sheet first, header "MAY-12-2044 10:47 FROM: KEYSTONE NBHD HSG CNSL ... P.001/009": cover letter,
  authorization signed by both, the comb form signed and dated in pen by both spouses, the husband's SSA notice of
  award (taxable, fresh), the wife's fresh Laurelwood statement, their signed letter (it covers the illness).
- ax4 INCOMPLETE application_signature, reason UNSIGNED (Juniata Hollow, 2044-03-28): e-mailed born-digital files
  saved by the servicer into a FOLDER NAMED AFTER THE LOAN ("4004183360/KNHC_Delvecchio_<paper>.pdf"): cover letter,
  the comb form signed on screen by the borrower while the co-borrower's signature and date are EMPTY, two
  consecutive fresh Millrace statements (January, February) showing his payroll and her unemployment deposits - they
  document the wages -, hardship letter, budget worksheet. Unemployment needs nothing.
- ax5 INCOMPLETE income_doc:benefits_nontaxable, reason ABSENT (Tamarack Point, 2044-06-08): mailed paper, ONE
  COMBINED 300 dpi GREY SCAN "Batch 0608-03.pdf" with separator sheets: cover letter (promising the VA award letter
  later), Form 710 signed in ink claiming wages and non-taxable VA disability compensation, two fresh Laurelwood
  statements, hardship letter (a flood: disaster needs nothing), budget worksheet. Nothing documents the VA income.
- ax6 COMPLETE (Juniata Hollow, 2044-02-22): LOOSE BORN-DIGITAL FILES "KNHC_Lambright_<paper>.pdf": cover letter, the
  comb form signed on screen by both, the wife's two fresh Laurelwood statements, the husband's SSA new-benefit-amount
  notice (fresh), ONE January Millrace statement (not two; the stubs and the notice carry the income), authorization,
  a letter explaining the "other" hardship (raising two grandchildren).
- ax7 INCOMPLETE irs_form_4506c, reason ABSENT (Tamarack Point, 2044-03-29): ONE 200 dpi FAX "fax_20440329_141502.pdf"
  behind the transmittal sheet, header "... PAGE 01 OF 14": cover letter, authorization, budget worksheet, Form 710
  signed in ink claiming the teacher's wages and rent from the other half of his duplex, his February advice, two
  consecutive fresh Millrace statements showing the rent deposits, signed letter. Rental income calls for a signed
  4506-C and none came.
- ax8 COMPLETE (Tamarack Point, 2044-05-18): mailed paper, ONE COMBINED 300 dpi GREY SCAN "LM_mail_20440518_0004.pdf"
  with separator sheets: cover letter, authorization signed by both, Form 710 signed and dated in ink by both spouses
  (wages of both on one line), her April school-district advice and his May Laurelwood statement (both fresh),
  signed letter.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the build fails when they differ from the packet's scenario. At build time every
expected value is checked to be printed (typed, written in pen, or written one character a box) on the document it
belongs to. `--check` validates every expected.json: keys and codes per the spec, document types from the checklist,
dates, that the income lines add up to the total, that every listed page exists and none is listed twice, that
`scanned` matches the absence of a text layer, that the unlisted pages of a combined scan are separator sheets or a
fax cover, and that no file passes about 3 MB. Every file is the same bytes for a seed: reportlab runs in invariant
mode, scans use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks, servicers and the
agency are fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.
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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import zxingcpp
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
rl_config.useA85 = 0
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
FORM710 = SHARED / "reference" / "fanniemae-freddiemac-form710-apr2023.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
MONO_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
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
APP_KEYS = ("loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed")
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


# --- drawing primitives -----------------------------------------------------------------------------------


class RecCanvas(Canvas):
    """A reportlab canvas that remembers every string it draws, so the build can prove each expected value is
    really printed on its document."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.printed: list[str] = []

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.printed.append(text)
        super().drawString(x, y, text, *args, **kwargs)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.printed.append(text)
        super().drawRightString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self.printed.append(text)
        super().drawCentredString(x, y, text, *args, **kwargs)


@dataclass
class Mark:
    """Something a person adds by hand: a signature ("sig"), a hand-written string ("hand"), or hand-written
    characters one a box ("hcomb", centred on xs). x, y: PDF points from the page's bottom-left."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 150.0
    size: float = 12.0
    seed: int = 1
    xs: tuple[float, ...] = ()
    record: str = ""


PageFn = Callable[[RecCanvas], list[Mark]]


@dataclass
class Paper:
    """One logical document: its pages (draw functions)."""

    pages: list[PageFn]


def synth_line(c: Canvas) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.72)
    c.drawRightString(W - 24, 10, SYNTH)
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


@dataclass
class Built:
    """A paper made into a PDF: born-digital (marks drawn on screen) or the print master (marks left for ink)."""

    pdf: bytes
    marks: list[list[Mark]]
    printed: list[str]
    pages: int


def build_paper(paper: Paper, screen: bool) -> Built:
    buf = io.BytesIO()
    c = RecCanvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_ax")
    marks_all: list[list[Mark]] = []
    for fn in paper.pages:
        marks = fn(c)
        if screen:
            for m in marks:
                if m.kind == "sig":
                    draw_signature_vector(c, m)
        synth_line(c)
        c.showPage()
        marks_all.append(marks)
    c.save()
    printed = c.printed + [m.record or m.text for page in marks_all for m in page if m.kind != "sig"]
    return Built(buf.getvalue(), [] if screen else marks_all, printed, len(paper.pages))


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_ax"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- scanning and faxing ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0004
    fax: bool = False
    quality: int = 50


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), px)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
            continue
        rng = random.Random(m.seed)
        font = _font(HAND_FONT, round(m.size * scale))
        if m.kind == "hcomb":
            for ch, cx in zip(m.text, m.xs, strict=True):
                dx, dy = rng.uniform(-0.9, 0.9) * scale, rng.uniform(-0.9, 0.9) * scale
                draw.text((cx * scale + dx, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ms")
            continue
        x = m.x * scale
        for ch in m.text:
            dy = rng.uniform(-0.8, 0.8) * scale
            draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
            x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def printed_sheets(built: Built, dpi: int) -> list[Image.Image]:
    """Print a PDF (forms included) at dpi and add the ink marks of each page: clean sheets, not yet scanned."""
    doc = pdfium.PdfDocument(built.pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil().convert("L")
            ink_on_image(img, built.marks[i] if i < len(built.marks) else [], dpi / 72, page.get_height())
            out.append(img)
        return out
    finally:
        doc.close()


def fax_header(img: Image.Image, text: str, dpi: int) -> None:
    """The sending machine's header line across the top of the page."""
    draw = ImageDraw.Draw(img)
    draw.rectangle((0, 0, img.size[0], round(0.2 * dpi)), fill=255)
    draw.text((round(0.25 * dpi), round(0.06 * dpi)), text, fill=0, font=_font(MONO_FONT, round(8.5 * dpi / 72)))


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # a light grey paper tone
        out = out.point(lambda v: int(16 + v * 0.92))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 70 if px[x, y] > 128 else 225
    if style.fax:
        out = out.point(lambda v: 255 if v > 150 else 0).convert("1")
    return out


def scans_pdf(images: Sequence[Image.Image], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for img in images:
        data = io.BytesIO()
        if style.fax:
            img.convert("L").save(data, "PNG", optimize=False)
        else:
            img.save(data, "JPEG", quality=style.quality, optimize=True)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- helpers for text -----------------------------------------------------------------------------------------


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


def shaded_bar(c: Canvas, x: float, y: float, w: float, h: float, text: str, gray: float = 0.25,
               size: float = 8.5) -> None:
    c.setFillGray(gray)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", size)
    c.drawString(x + 6, y + (h - size) / 2 + 1.5, text)
    c.setFillColor(black)


# --- pay: hospital -----------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)
    items: dict[str, float] = field(default_factory=dict)  # deductions and taxes by label

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def stub_fields(employer: str, employee: str, gross: float, pay: dt.date, start: dt.date, end: dt.date,
                frequency: str, ytd: float | None, net: float) -> dict[str, Any]:
    return {"employer": employer, "employee_name": employee, "pay_date": pay.isoformat(),
            "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": frequency,
            "gross_current": gross, "gross_ytd": ytd, "net_current": net,
            "monthly_gross": r2(gross * PERIODS[frequency] / 12)}


HOSP = "Laurelwood Regional Medical Center"
HOSP_ADDR = "2600 Linglestown Road, Harrisburg, PA 17112"
HOSP_ANCHOR = dt.date(2043, 1, 9)  # a Friday; paydays every other Friday from it
HOSP_CODES = {"Regular": "REG", "Evening shift differential": "EVD", "Night shift differential": "NSD",
              "Weekend differential": "WKD", "On-call standby": "OCS", "Call-back pay 1.5x": "CBK",
              "Overtime 1.5x": "OT15"}


def hospital_paydays(upto: dt.date) -> list[dt.date]:
    out = []
    d = HOSP_ANCHOR
    while d <= upto:
        if d.year == upto.year:
            out.append(d)
        d += dt.timedelta(days=14)
    return out


@dataclass
class HospitalJob:
    name: str
    emp_id: str
    dept: str
    title: str
    rate: float
    hours: float  # regular hours a fortnight
    diffs: tuple[str, ...]  # which differential / premium lines this job earns
    pretax: tuple[tuple[str, float], ...]
    posttax: tuple[tuple[str, float], ...]
    fed: float
    deposit: str
    key: int = 0


def hospital_check(job: HospitalJob, d: dt.date) -> Check:
    rr = random.Random(f"{job.emp_id}|{d.isoformat()}|{job.key}")
    reg = job.hours if rr.random() < 0.85 else job.hours - 12
    lines = {"Regular": (reg, job.rate, r2(reg * job.rate))}
    options = {"Evening shift differential": ([0, 12, 24, 36], 2.75),
               "Night shift differential": ([0, 12, 24, 36, 48], 4.25),
               "Weekend differential": ([0, 12, 24], 2.00),
               "On-call standby": ([0, 12, 24, 36], 4.00)}
    for label in job.diffs:
        if label in options:
            hrs = float(rr.choice(options[label][0]))
            if hrs:
                lines[label] = (hrs, options[label][1], r2(hrs * options[label][1]))
    if "Call-back pay 1.5x" in job.diffs:
        hrs = float(rr.choice([0, 0, 2.5, 3.0, 4.5]))
        if hrs:
            rate = r2(job.rate * 1.5)
            lines["Call-back pay 1.5x"] = (hrs, rate, r2(hrs * rate))
    if "Overtime 1.5x" in job.diffs:
        hrs = float(rr.choice([0, 0, 0, 4, 8]))
        if hrs:
            rate = r2(job.rate * 1.5)
            lines["Overtime 1.5x"] = (hrs, rate, r2(hrs * rate))
    ch = Check(d, lines)
    gross = ch.gross
    pre = {k: v for k, v in job.pretax}
    if "403(b) retirement 5%" in pre:
        pre["403(b) retirement 5%"] = r2(gross * 0.05)
    sec125 = sum(v for k, v in pre.items() if not k.startswith("403(b)"))
    taxable = gross - sum(pre.values())
    taxes = {"Federal income tax": r2(taxable * job.fed), "Social Security": r2((gross - sec125) * 0.062),
             "Medicare": r2((gross - sec125) * 0.0145), "PA state income tax": r2(gross * 0.0307),
             "Local earned income tax": r2(gross * 0.02), "Local services tax": 2.00,
             "PA unemployment (SUI)": r2(gross * 0.0007)}
    ch.items = {**pre, **taxes, **dict(job.posttax)}
    return ch


def hospital_stub(job: HospitalJob, pay_date: dt.date) -> Stub:
    """Laurelwood Regional Medical Center's bi-weekly earnings statement (portrait)."""
    dates = hospital_paydays(pay_date)
    assert dates and dates[-1] == pay_date, pay_date
    checks = [hospital_check(job, d) for d in dates]
    ch = checks[-1]
    ytd_lines: dict[str, list[float]] = {}
    for k in checks:
        for label, (hrs, _, amt) in k.lines.items():
            acc = ytd_lines.setdefault(label, [0.0, 0.0])
            acc[0] += hrs
            acc[1] = r2(acc[1] + amt)
    ytd_items: dict[str, float] = {}
    for k in checks:
        for label, amt in k.items.items():
            ytd_items[label] = r2(ytd_items.get(label, 0.0) + amt)
    pre_labels = [k for k, _ in job.pretax]
    post_labels = [k for k, _ in job.posttax]
    tax_labels = [k for k in ch.items if k not in pre_labels and k not in post_labels]

    def total(check: Check, labels: Sequence[str]) -> float:
        return r2(sum(check.items[k] for k in labels))

    def net(check: Check) -> float:
        return r2(check.gross - sum(check.items.values()))

    ytd_gross = r2(sum(k.gross for k in checks))
    ytd_net = r2(sum(net(k) for k in checks))
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    advice = f"{(pay_date.toordinal() * 7 + int(job.emp_id[-3:])) % 900000 + 100000}"

    def page(c: RecCanvas) -> list[Mark]:
        green = Color(0.12, 0.36, 0.3)
        c.setFillColor(green)
        c.rect(42, 718, 6, 44, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 19)
        c.drawString(56, 744, "LAURELWOOD")
        c.setFont("Helvetica", 8)
        c.drawString(57, 733, "REGIONAL MEDICAL CENTER")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(57, 721, f"{HOSP} - Payroll Services - {HOSP_ADDR}")
        c.setFont("Helvetica-Bold", 13)
        c.drawRightString(570, 748, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(570, 736, f"Advice no. {advice}")
        c.drawRightString(570, 726, "Non-negotiable - direct deposit advice")
        c.setLineWidth(0.8)
        c.line(42, 712, 570, 712)
        left = [("Employee", job.name), ("Employee ID", job.emp_id), ("Job title", job.title),
                ("Department", job.dept), ("Base rate", f"${job.rate:.4f} / hour")]
        right = [("Pay date", mdy(pay_date)), ("Period start", mdy(start)), ("Period end", mdy(end)),
                 ("Pay frequency", "Bi-Weekly"), ("FLSA status", "Non-exempt")]
        y = 696
        for (k1, v1), (k2, v2) in zip(left, right, strict=True):
            c.setFont("Helvetica", 7.5)
            c.setFillGray(0.35)
            c.drawString(46, y, k1)
            c.drawString(330, y, k2)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(118, y, v1)
            c.drawString(402, y, v2)
            y -= 12
        # earnings
        y -= 8
        c.setFillColor(green)
        c.rect(42, y - 4, 528, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, y, "CODE")
        c.drawString(82, y, "EARNINGS")
        for x, t in ((300, "RATE"), (350, "HOURS"), (420, "CURRENT"), (480, "YTD HOURS"), (566, "YTD AMOUNT")):
            c.drawRightString(x, y, t)
        c.setFillColor(black)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for label in HOSP_CODES:
            if label not in ytd_lines:
                continue
            hrs, rate, amt = ch.lines.get(label, (0.0, 0.0, 0.0))
            c.drawString(46, y, HOSP_CODES[label])
            c.drawString(82, y, label)
            if hrs:
                c.drawRightString(300, y, f"{rate:.4f}")
                c.drawRightString(350, y, f"{hrs:.2f}")
                c.drawRightString(420, y, money(amt))
            c.drawRightString(480, y, f"{ytd_lines[label][0]:.2f}")
            c.drawRightString(566, y, money(ytd_lines[label][1]))
            y -= 12
        c.setLineWidth(0.4)
        c.line(42, y + 8, 570, y + 8)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(82, y - 2, "Gross earnings")
        c.drawRightString(420, y - 2, money(ch.gross))
        c.drawRightString(566, y - 2, money(ytd_gross))
        y -= 26
        # deductions in two columns
        col = [(42, "PRE-TAX DEDUCTIONS", pre_labels), (42, "TAXES", tax_labels), (310, "POST-TAX DEDUCTIONS",
                                                                                   post_labels)]
        tops = {42: y, 310: y}
        for x, title, labels in col:
            yy = tops[x]
            c.setFillGray(0.88)
            c.rect(x, yy - 4, 260, 13, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 4, yy, title)
            c.drawRightString(x + 190, yy, "CURRENT")
            c.drawRightString(x + 256, yy, "YTD")
            yy -= 14
            c.setFont("Helvetica", 8.3)
            for k in labels:
                c.drawString(x + 4, yy, k)
                c.drawRightString(x + 190, yy, money(ch.items[k]))
                c.drawRightString(x + 256, yy, money(ytd_items[k]))
                yy -= 11
            c.setFont("Helvetica-Bold", 8.3)
            c.drawString(x + 4, yy, "Total")
            c.drawRightString(x + 190, yy, money(total(ch, labels)))
            c.drawRightString(x + 256, yy, money(r2(sum(ytd_items[k] for k in labels))))
            tops[x] = yy - 20
        y = min(tops.values()) - 4
        # summary strip
        heads = ["", "GROSS", "PRE-TAX", "TAXES", "POST-TAX", "NET PAY"]
        cur = [ch.gross, total(ch, pre_labels), total(ch, tax_labels), total(ch, post_labels), net(ch)]
        ytds = [ytd_gross, r2(sum(ytd_items[k] for k in pre_labels)), r2(sum(ytd_items[k] for k in tax_labels)),
                r2(sum(ytd_items[k] for k in post_labels)), ytd_net]
        widths = [78, 90, 90, 90, 90, 90]
        x = 42.0
        for i, hd in enumerate(heads):
            c.setLineWidth(0.5)
            c.setFillColor(green if i else white)
            c.rect(x, y, widths[i], 14, stroke=1, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawCentredString(x + widths[i] / 2, y + 4, hd)
            c.setFillColor(black)
            for row, vals in ((1, cur), (2, ytds)):
                c.rect(x, y - 15 * row, widths[i], 15, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(x + 4, y - 15 * row + 4.5, "This period" if row == 1 else "Year to date")
                else:
                    c.setFont("Helvetica-Bold" if i == 5 else "Helvetica", 8.5)
                    c.drawRightString(x + widths[i] - 5, y - 15 * row + 4.5, money(vals[i - 1]))
            x += widths[i]
        c.setFont("Helvetica", 7.5)
        c.drawString(42, y - 48, f"Net pay of ${money(net(ch))} deposited to {job.deposit} on {mdy(pay_date)}.")
        c.drawString(42, y - 59, "Differentials are paid for hours worked in the shift or on the weekend; on-call "
                                 "standby is paid per hour on call.")
        return []

    fields = stub_fields(HOSP, job.name, ch.gross, pay_date, start, end, "biweekly", ytd_gross, net(ch))
    return Stub(Paper([page]), fields, pay_date)


# --- pay: school district -----------------------------------------------------------------------------------------

SCHOOL = "Conodoguinet Valley School District"
SCHOOL_ADDR = "Business Office - 310 Orchard Road, Mechanicsburg, PA 17050"


def last_business_day(year: int, month: int) -> dt.date:
    d = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


@dataclass
class SchoolJob:
    name: str
    emp_no: str
    position: str
    building: str
    salary: float  # annual contract salary, a 10-month work year paid in 12 installments
    fed: float
    health: float
    dues: float
    deposit: str


def school_stub(job: SchoolJob, pay_date: dt.date) -> Stub:
    """The school district's monthly payroll advice for a 10-month teacher paid over 12 months."""
    assert pay_date == last_business_day(pay_date.year, pay_date.month) and pay_date.month <= 6
    earned = r2(job.salary / 10)
    deferred = r2(job.salary / 60)
    gross = r2(earned - deferred)
    assert abs(gross - job.salary / 12) < 0.001

    def items(g: float) -> dict[str, float]:
        retire = r2(g * 0.075)
        return {"Federal income tax": r2((g - retire - job.health) * job.fed), "Social Security": r2(g * 0.062),
                "Medicare": r2(g * 0.0145), "PA state income tax": r2(g * 0.0307),
                "Local earned income tax": r2(g * 0.017), "Local services tax": 4.33,
                "School employees' retirement 7.50%": retire, "Health care contribution": job.health,
                "Education association dues": job.dues}

    n = pay_date.month
    cur = items(gross)
    ytd = {k: r2(v * n) for k, v in cur.items()}
    net = r2(gross - sum(cur.values()))
    ytd_gross = r2(gross * n)
    ytd_net = r2(net * n)
    start = dt.date(pay_date.year, pay_date.month, 1)
    end = dt.date(pay_date.year + (n == 12), n % 12 + 1, 1) - dt.timedelta(days=1)
    installment = n + 4 if n <= 8 else n - 8
    held = r2(deferred * installment)

    def page(c: RecCanvas) -> list[Mark]:
        navy = Color(0.1, 0.16, 0.38)
        c.setStrokeColor(navy)
        c.setLineWidth(1.4)
        c.circle(64, 742, 19, stroke=1, fill=0)
        c.setFillColor(navy)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(64, 738, "CVSD")
        c.setFont("Times-Bold", 15)
        c.drawString(92, 746, SCHOOL)
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(92, 734, SCHOOL_ADDR)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(570, 710, "PAYROLL ADVICE")
        c.setFont("Helvetica", 7.5)
        c.drawString(92, 724, "Payroll (717) 555-0121")
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        c.line(42, 702, 570, 702)
        # caption grid, two rows of four
        cells = [("EMPLOYEE NAME", job.name), ("EMPLOYEE NO.", job.emp_no), ("POSITION", job.position),
                 ("BUILDING", job.building), ("PAY PERIOD", f"{mdy(start)} - {mdy(end)}"),
                 ("PAY DATE", mdy(pay_date)), ("PAY FREQUENCY", "Monthly"),
                 ("ADVICE NO.", f"M{pay_date.strftime('%y%m')}-{job.emp_no[-4:]}")]
        widths = [170, 86, 150, 122]
        for i, (cap, val) in enumerate(cells):
            row, colno = divmod(i, 4)
            x = 42 + sum(widths[:colno])
            y = 668 - row * 30
            c.rect(x, y, widths[colno], 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6.2)
            c.setFillGray(0.35)
            c.drawString(x + 3, y + 22, cap)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8.8)
            c.drawString(x + 3, y + 7, val)
        # contract box
        c.setFillColor(Color(0.93, 0.94, 0.98))
        c.rect(42, 560, 528, 62, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, 610, "CONTRACT INFORMATION")
        c.setFont("Helvetica", 8)
        lines = [f"Contract year {pay_date.year - (n <= 8)}-{pay_date.year + (n > 8)}: 10-month professional "
                 f"contract (185 duty days), paid in 12 monthly installments.",
                 f"Annual contract salary: ${money(job.salary)}.  Installment {installment} of 12.",
                 "During the school year one tenth of the contract salary is earned each month; the part above the "
                 "installment is deferred",
                 f"and paid in July and August. Summer pay held to date this contract year: ${money(held)} "
                 "(memo - not paid this period)."]
        for i, ln in enumerate(lines):
            c.drawString(48, 598 - i * 10, ln)
        # earnings
        y = 538
        c.setFont("Helvetica-Bold", 8)
        c.drawString(46, y, "EARNINGS")
        c.drawRightString(222, y, "CURRENT")
        c.drawRightString(296, y, "CALENDAR YTD")
        c.drawString(316, y, "DEDUCTIONS")
        c.drawRightString(492, y, "CURRENT")
        c.drawRightString(566, y, "CALENDAR YTD")
        c.line(42, y - 4, 298, y - 4)
        c.line(312, y - 4, 570, y - 4)
        c.setFont("Helvetica", 8.3)
        ey = y - 16
        for label, cur_v in (("Contract salary", earned), ("Deferred summer pay", -deferred)):
            c.drawString(46, ey, label)
            c.drawRightString(222, ey, money(cur_v))
            c.drawRightString(296, ey, money(r2(cur_v * n)))
            ey -= 12
        c.setFont("Helvetica-Bold", 8.3)
        c.line(160, ey + 8, 298, ey + 8)
        c.drawString(46, ey - 2, "Gross pay")
        c.drawRightString(222, ey - 2, money(gross))
        c.drawRightString(296, ey - 2, money(ytd_gross))
        c.setFont("Helvetica", 8.3)
        dy = y - 16
        for k, v in cur.items():
            c.drawString(316, dy, k)
            c.drawRightString(492, dy, money(v))
            c.drawRightString(566, dy, money(ytd[k]))
            dy -= 12
        c.setFont("Helvetica-Bold", 8.3)
        c.line(440, dy + 8, 570, dy + 8)
        c.drawString(316, dy - 2, "Total deductions")
        c.drawRightString(492, dy - 2, money(r2(sum(cur.values()))))
        c.drawRightString(566, dy - 2, money(r2(sum(ytd.values()))))
        # tiles
        ty = dy - 52
        for i, (cap, v, yv) in enumerate((("GROSS PAY", gross, ytd_gross),
                                          ("TOTAL DEDUCTIONS", r2(sum(cur.values())), r2(sum(ytd.values()))),
                                          ("NET PAY", net, ytd_net))):
            x = 42 + i * 178
            c.setFillColor(navy if i == 2 else Color(0.93, 0.94, 0.98))
            c.rect(x, ty, 172, 36, stroke=1, fill=1)
            c.setFillColor(white if i == 2 else black)
            c.setFont("Helvetica", 6.8)
            c.drawString(x + 6, ty + 26, cap)
            c.setFont("Helvetica-Bold", 12)
            c.drawRightString(x + 166, ty + 12, "$" + money(v))
            c.setFont("Helvetica", 6.8)
            c.drawString(x + 6, ty + 4, f"YTD ${money(yv)}")
            c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(42, ty - 20, f"Net pay deposited to {job.deposit}.")
        c.drawString(42, ty - 31, "Keep this advice for your records. Questions: contact the Business Office "
                                  "payroll desk.")
        return []

    fields = stub_fields(SCHOOL, job.name, gross, pay_date, start, end, "monthly", ytd_gross, net)
    return Stub(Paper([page]), fields, pay_date)


# --- statements: the credit union ------------------------------------------------------------------------------

CU = "Millrace Federal Credit Union"


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str
    carry: dict[str, float] = field(default_factory=dict)  # closing balances of the other sub-accounts


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    start = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return start, nxt - dt.timedelta(days=1)


def cu_statement(rng: random.Random, holders: Sequence[str], address: Sequence[str], member: str, year: int,
                 month: int, draft_begin: float, savings_begin: float, loan_begin: float,
                 credits: Sequence[tuple[int, str, float]], loan_payment: float,
                 bills: Sequence[tuple[int, str, float]] = ()) -> Statement:
    """Millrace FCU's two-page member statement: share savings (00), share draft checking (10) and a vehicle
    loan (70) on one statement. The expected values are the share draft's."""
    start, end = month_bounds(year, month)
    lines = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    lines += [(start + dt.timedelta(days=day - 1), desc, -amt) for day, desc, amt in bills]
    debits = [("POS GIANT FOOD STORES #6231", 1), ("ACH PPL ELECTRIC UTILITIES", 0), ("POS SHEETZ #0412", 1),
              ("ACH UGI GAS SERVICE", 0), ("ACH VERIZON WIRELESS", 0), ("POS RITE AID #11208", 1),
              ("ATM WITHDRAWAL MILLRACE FCU", 1), ("POS KARNS QUALITY FOODS", 1), ("ACH ERIE INSURANCE", 0)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 135) if small else rng.uniform(70, 260))
        lines.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    check_no = 1000 + rng.randrange(800)
    for _ in range(2):
        check_no += rng.randrange(1, 4)
        lines.append((start + dt.timedelta(days=rng.randrange(span + 1)), f"SHARE DRAFT #{check_no}",
                      -r2(rng.uniform(40, 300))))
    lines.append((start + dt.timedelta(days=14), "TRANSFER TO LOAN 70 - AUTO PAY", -loan_payment))
    lines.append((start + dt.timedelta(days=19), "TRANSFER TO SHARE SAVINGS 00", -50.00))
    lines.sort(key=lambda t: (t[0], -t[2], t[1]))
    draft_end = r2(draft_begin + sum(a for _, _, a in lines))
    dividend = r2(savings_begin * 0.0015 / 12)
    savings_end = r2(savings_begin + 50.00 + dividend)
    interest = r2(loan_begin * 0.0549 / 12)
    principal = r2(loan_payment - interest)
    loan_end = r2(loan_begin - principal)
    rows = []
    bal = draft_begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    first, rest = rows[:14], rows[14:]
    dep = r2(sum(a for _, _, a in lines if a > 0))
    wd = r2(-sum(a for _, _, a in lines if a < 0))
    masked = "XXXXXX" + member[-4:]

    def header(c: RecCanvas, n: int) -> None:
        blue = Color(0.07, 0.3, 0.45)
        c.setStrokeColor(blue)
        c.setLineWidth(2)
        c.circle(60, 744, 14, stroke=1, fill=0)
        for a in range(0, 360, 45):
            c.line(60, 744, 60 + 14 * math.cos(math.radians(a)), 744 + 14 * math.sin(math.radians(a)))
        c.setStrokeColor(black)
        c.setFillColor(blue)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(84, 746, "MILLRACE")
        c.setFont("Helvetica", 8.5)
        c.drawString(84, 735, "FEDERAL CREDIT UNION")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(84, 725, f"{CU} - 77 Millrace Lane, Hummelstown, PA 17036 - (717) 555-0140")
        c.setFont("Helvetica-Bold", 10.5)
        c.drawRightString(570, 748, "STATEMENT OF ACCOUNTS")
        c.setFont("Helvetica", 8)
        c.drawRightString(570, 737, f"Member number {masked}")
        c.drawRightString(570, 727, f"Statement period {mdy(start)} to {mdy(end)}")
        c.drawRightString(570, 717, f"Page {n} of 2")
        c.setLineWidth(0.8)
        c.line(42, 710, 570, 710)

    def draft_rows(c: RecCanvas, y: float, part: Sequence[tuple[dt.date, str, float, float]], opening: bool) -> float:
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, y, "DATE")
        c.drawString(96, y, "TRANSACTION")
        c.drawRightString(420, y, "WITHDRAWALS")
        c.drawRightString(490, y, "DEPOSITS")
        c.drawRightString(566, y, "BALANCE")
        c.setLineWidth(0.4)
        c.line(42, y - 4, 570, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.2)
        if opening:
            c.drawString(46, y, mdy(start)[:5])
            c.drawString(96, y, "Beginning Balance")
            c.drawRightString(566, y, money(draft_begin))
            y -= 11.5
        for d, desc, a, b in part:
            c.drawString(46, y, mdy(d)[:5])
            c.drawString(96, y, desc)
            c.drawRightString(420 if a < 0 else 490, y, money(abs(a)))
            c.drawRightString(566, y, money(b))
            y -= 11.5
        return y

    def page1(c: RecCanvas) -> list[Mark]:
        header(c, 1)
        c.setFont("Helvetica", 9)
        y = 690
        for ln in [*[h.upper() for h in holders], *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 11
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(42, 628, "SUMMARY OF YOUR ACCOUNTS")
        c.setFont("Helvetica-Bold", 7.2)
        cols = ((46, "ID"), (70, "ACCOUNT"))
        for x, t in cols:
            c.drawString(x, 614, t)
        for x, t in ((330, "PREVIOUS BALANCE"), (410, "DEPOSITS"), (490, "WITHDRAWALS"), (566, "NEW BALANCE")):
            c.drawRightString(x, 614, t)
        c.line(42, 610, 570, 610)
        c.setFont("Helvetica", 8.2)
        summary = [("00", "Share Savings", savings_begin, r2(50.00 + dividend), 0.0, savings_end),
                   ("10", "Share Draft Checking", draft_begin, dep, wd, draft_end)]
        y = 598
        for sid, name, b, d_, w_, e in summary:
            c.drawString(46, y, sid)
            c.drawString(70, y, name)
            for x, v in ((330, b), (410, d_), (490, w_), (566, e)):
                c.drawRightString(x, y, money(v))
            y -= 11.5
        c.drawString(46, y, "70")
        c.drawString(70, y, "Vehicle Loan - principal balance")
        c.drawRightString(330, y, money(loan_begin))
        c.drawRightString(566, y, money(loan_end))
        y -= 24
        shaded_bar(c, 42, y - 3, 528, 13, "00  SHARE SAVINGS", gray=0.35, size=8)
        y -= 18
        c.setFont("Helvetica", 8.2)
        for d, desc, v in ((start, "Beginning Balance", savings_begin),
                           (start + dt.timedelta(days=19), "TRANSFER FROM SHARE DRAFT 10", 50.00),
                           (end, "DIVIDEND 0.15% APY", dividend), (end, "Ending Balance", savings_end)):
            c.drawString(46, y, mdy(d)[:5])
            c.drawString(96, y, desc)
            c.drawRightString(566 if "Balance" in desc else 490, y, money(v))
            y -= 11.5
        y -= 12
        shaded_bar(c, 42, y - 3, 528, 13, "10  SHARE DRAFT CHECKING", gray=0.35, size=8)
        draft_rows(c, y - 18, first, True)
        return []

    def page2(c: RecCanvas) -> list[Mark]:
        header(c, 2)
        y = 692
        c.setFont("Helvetica-Bold", 8)
        c.drawString(42, y, "10  SHARE DRAFT CHECKING (continued)")
        y = draft_rows(c, y - 16, rest, False)
        c.setFont("Helvetica-Bold", 8.2)
        c.drawString(46, y, mdy(end)[:5])
        c.drawString(96, y, "Ending Balance")
        c.drawRightString(566, y, money(draft_end))
        y -= 16
        c.setFont("Helvetica", 7.8)
        c.drawString(96, y, f"Deposits {money(dep)}    Withdrawals {money(wd)}    Dividends paid this period 0.00")
        y -= 30
        shaded_bar(c, 42, y - 3, 528, 13, "70  VEHICLE LOAN - 2040 SUBARU FORESTER", gray=0.35, size=8)
        y -= 18
        c.setFont("Helvetica", 8.2)
        for k, v in (("Previous principal balance", money(loan_begin)), ("Payment received", money(loan_payment)),
                     ("Applied to interest", money(interest)), ("Applied to principal", money(principal)),
                     ("New principal balance", money(loan_end)), ("Annual percentage rate", "5.49%"),
                     ("Next payment due", f"{mdy(end + dt.timedelta(days=15))}  ${money(loan_payment)}")):
            c.drawString(96, y, k)
            c.drawRightString(566, y, v)
            y -= 11.5
        y -= 20
        c.setFont("Helvetica", 7)
        for ln in ("Your savings are federally insured to at least $250,000 by the National Credit Union "
                   "Administration, a U.S. Government Agency.",
                   "In case of errors or questions about your electronic transfers, call or write us within 60 "
                   "days of this statement."):
            c.drawString(42, y, ln)
            y -= 9
        return []

    fields = {"bank_name": CU, "account_last4": member[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": draft_begin, "ending_balance": draft_end}
    return Statement(Paper([page1, page2]), fields, end, member, {"savings": savings_end, "loan": loan_end})


# --- letters -------------------------------------------------------------------------------------------------------


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


def ssa_head(c: RecCanvas, program: str, title: str, date: dt.date, claim: str) -> None:
    c.setFont("Helvetica-Bold", 13)
    c.drawString(72, 740, "SOCIAL SECURITY ADMINISTRATION")
    c.setFont("Helvetica", 9)
    c.drawString(72, 727, program)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(72, 708, title)
    c.setFont("Helvetica", 8.5)
    c.drawRightString(540, 740, "Mid-Atlantic Program Service Center")
    c.drawRightString(540, 729, f"Date: {long_date(date)}")
    c.drawRightString(540, 718, f"Claim Number: {claim}")
    c.setLineWidth(0.6)
    c.line(72, 700, 540, 700)


def ssa_award(person: str, address: Sequence[str], date: dt.date, monthly: float, ssn: str, first: dt.date) -> Letter:
    """Social Security's Notice of Award for retirement benefits (taxable income)."""

    def page(c: RecCanvas) -> list[Mark]:
        ssa_head(c, "Retirement, Survivors and Disability Insurance", "Notice of Award", date, f"{ssn}A")
        c.setFont("Helvetica", 9.5)
        y = 680
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(90, y, ln)
            y -= 12
        y = paragraphs(c, 72, y - 16, 468, [
            f"We are writing to tell you that you are entitled to monthly retirement benefits beginning "
            f"{first.strftime('%B %Y')}.",
            f"Your monthly benefit is ${money(monthly)}. We pay Social Security benefits monthly; your payment "
            "will be deposited on the second Wednesday of each month into the account you named.",
            "Information about taxes: Social Security benefits may be taxable income. Each January we will mail "
            "you a Form SSA-1099 showing the benefits you received the year before."],
            font="Times-Roman", size=11, leading=14)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(72, y - 2, "Your benefit")
        c.setLineWidth(0.5)
        rows = [("Type of benefit", "Retirement insurance benefits"), ("Entitlement month", first.strftime("%B %Y")),
                ("Monthly benefit amount", "$" + money(monthly)), ("How often we pay", "Monthly")]
        yy = y - 18
        for k, v in rows:
            c.rect(72, yy - 4, 468, 15, stroke=1, fill=0)
            c.setFont("Helvetica", 9)
            c.drawString(78, yy, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(300, yy, v)
            yy -= 15
        paragraphs(c, 72, yy - 16, 468, [
            "If you disagree with this decision, you have 60 days to ask for an appeal. If you have questions, "
            "call us at 1-800-772-1213 or visit a Social Security office. Please have this letter with you."],
            font="Times-Roman", size=10.5, leading=13)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def ssa_cola(person: str, address: Sequence[str], date: dt.date, monthly: float, ssn: str) -> Letter:
    """Social Security's yearly notice of the new benefit amount (taxable income)."""

    def page(c: RecCanvas) -> list[Mark]:
        ssa_head(c, "Retirement, Survivors and Disability Insurance", "Your New Benefit Amount", date, f"{ssn}A")
        c.setFont("Helvetica", 9.5)
        y = 680
        for ln in [person.upper(), *[a.upper() for a in address]]:
            c.drawString(90, y, ln)
            y -= 12
        y = paragraphs(c, 72, y - 16, 468, [
            f"Your Social Security benefits will increase by 2.3 percent in {date.year + 1} because of a rise in "
            "the cost of living. The table below shows your new monthly amount, beginning with the payment you "
            f"receive in January {date.year + 1}.",
            "Social Security benefits may be taxable income; you will receive a Form SSA-1099 each January."],
            font="Times-Roman", size=11, leading=14)
        rows = [("Your new monthly amount before deductions", "$" + money(monthly)),
                ("Medicare premiums deducted", "$0.00"), ("Voluntary tax withholding", "$0.00"),
                ("The amount you will receive each month", "$" + money(monthly))]
        yy = y - 6
        c.setFillGray(0.92)
        c.rect(72, yy - 4 - 15 * (len(rows) - 1), 468, 15 * len(rows), stroke=1, fill=1)
        c.setFillColor(black)
        for k, v in rows:
            c.setFont("Helvetica", 9)
            c.drawString(78, yy, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(532, yy, v)
            yy -= 15
        paragraphs(c, 72, yy - 16, 468, [
            "We pay benefits monthly. If you have questions, call 1-800-772-1213. Keep this letter: you may need "
            "it to show your income to a lender or an agency."], font="Times-Roman", size=10.5, leading=13)
        return []

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def hardship_letter(writers: Sequence[str], address: Sequence[str], loan: str, date: dt.date, servicer: str,
                    paras: Sequence[str], ink: bool, seed: int) -> Paper:
    """A typed hardship letter: signed in ink when it was printed and mailed or faxed, unsigned when e-mailed."""

    def page(c: RecCanvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [" and ".join(writers), *address]:
            c.drawRightString(540, y, ln)
            y -= 14
        y -= 10
        c.drawString(72, y, long_date(date))
        y -= 26
        for ln in (servicer, "Attn: Loss Mitigation / Homeowner Assistance"):
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"RE: Hardship letter - Loan No. {loan}")
        y -= 24
        y = paragraphs(c, 72, y, W - 144, ["Dear Sir or Madam:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 2, "Respectfully,")
        marks = []
        sy = y - 40
        for i, nm in enumerate(writers):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


# --- the counseling agency's papers -----------------------------------------------------------------------------

KNHC = "Keystone Neighborhood Housing Counsel"
KNHC_STREET = "1200 Derry Street, Suite 3"
KNHC_CITY = "Harrisburg, PA 17104"
KNHC_PHONE = "(717) 555-0164"
KNHC_FAX = "(717) 555-0165"
KNHC_HUD = "HUD agency ID 90-7731"
KNHC_RED = Color(0.55, 0.12, 0.1)


@dataclass(frozen=True)
class Servicer:
    name: str
    dept: str
    lines: tuple[str, ...]
    fax: str


JUNIATA = Servicer("Juniata Hollow Mortgage Servicing, LLC", "Loss Mitigation Department",
                   ("PO Box 6620", "Camp Hill, PA 17001"), "(717) 555-0188")
TAMARACK = Servicer("Tamarack Point Loan Servicing", "Homeowner Assistance Team", ("PO Box 15530",
                                                                                    "Wilmington, DE 19886"),
                    "(302) 555-0147")


@dataclass(frozen=True)
class Counselor:
    name: str
    title: str
    email: str


HOLLOWAY = Counselor("Theresa M. Holloway", "HUD-Certified Housing Counselor", "tholloway@knhc.example.org")
OKONKWO = Counselor("Dwayne P. Okonkwo", "Senior Housing Counselor", "dokonkwo@knhc.example.org")


def knhc_letterhead(c: RecCanvas) -> None:
    c.setFillColor(KNHC_RED)
    p = c.beginPath()
    p.moveTo(46, 764)
    p.lineTo(82, 764)
    p.lineTo(76, 728)
    p.lineTo(52, 728)
    p.close()
    c.drawPath(p, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Times-Bold", 16)
    c.drawCentredString(64, 740, "K")
    c.setFillColor(KNHC_RED)
    c.setFont("Times-Bold", 16)
    c.drawString(92, 750, "Keystone Neighborhood")
    c.drawString(92, 733, "Housing Counsel")
    c.setFillColor(black)
    c.setFont("Helvetica", 7.5)
    for i, ln in enumerate((KNHC_STREET, KNHC_CITY, f"Tel {KNHC_PHONE}  Fax {KNHC_FAX}", "www.knhc.example.org")):
        c.drawRightString(566, 757 - i * 9.5, ln)
    c.setStrokeColor(KNHC_RED)
    c.setLineWidth(1.6)
    c.line(46, 720, 566, 720)
    c.setLineWidth(0.5)
    c.line(46, 717, 566, 717)
    c.setStrokeColor(black)
    c.setFont("Helvetica", 6.8)
    c.setFillGray(0.35)
    c.drawCentredString(W / 2, 30, f"{KNHC} is a HUD-approved housing counseling agency ({KNHC_HUD}). Counseling "
                                   "is free of charge. Equal Housing Opportunity.")
    c.setFillColor(black)


def cover_letter(date: dt.date, servicer: Servicer, clients: Sequence[str], loan: str, property_line: str,
                 paras: Sequence[str], counselor: Counselor, via: str, seed: int) -> Paper:
    """The counselor's cover letter on the agency's letterhead (an "other" paper)."""

    def page(c: RecCanvas) -> list[Mark]:
        knhc_letterhead(c)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 664
        c.drawString(72, y, f"VIA {via}")
        y -= 22
        for ln in (servicer.name, servicer.dept, *servicer.lines):
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont("Times-Bold", 11)
        for k, v in (("Borrower(s):", " and ".join(clients)), ("Loan number:", loan), ("Property:", property_line)):
            c.drawString(110, y, k)
            c.drawString(200, y, v)
            y -= 14
        y -= 12
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Representative:", *paras], size=10.8,
                       leading=14)
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, "Sincerely,")
        marks = [Mark("sig", 72, y - 34, w=130, seed=seed)]
        c.drawString(72, y - 48, counselor.name)
        c.drawString(72, y - 62, counselor.title)
        c.drawString(72, y - 76, f"{KNHC_PHONE}  -  {counselor.email}")
        c.setFont("Times-Italic", 9.5)
        c.drawString(72, y - 98, "cc: " + " and ".join(clients) + " (client file)")
        return marks

    return Paper([page])


def authorization_form(clients: Sequence[tuple[str, str]], loan: str, servicer: Servicer, property_line: str,
                       signed: dt.date, counselor: Counselor, ink: bool, seed: int) -> Paper:
    """The agency's third-party authorization, signed by every client (an "other" paper)."""

    def page(c: RecCanvas) -> list[Mark]:
        knhc_letterhead(c)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 690, "THIRD-PARTY AUTHORIZATION")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, 677, "Authorization to release and discuss mortgage loan information")
        rows = [("Mortgage servicer", servicer.name), ("Loan number", loan), ("Property address", property_line)]
        for i, (name, ssn) in enumerate(clients):
            rows.append((("Borrower" if i == 0 else "Co-borrower") + " name", name))
            rows.append(("SSN (last four digits)", ssn[-4:]))
        y = 650
        for k, v in rows:
            c.setFont("Helvetica", 8)
            c.drawString(72, y, k)
            c.setLineWidth(0.4)
            c.line(190, y - 3, 540, y - 3)
            c.setFont("Courier", 10)
            c.drawString(194, y, v)
            y -= 20
        y = paragraphs(c, 72, y - 8, 468, [
            f"I/We authorize the mortgage servicer named above, its agents and the owner of my/our loan to discuss "
            f"my/our mortgage loan with {KNHC} and its counselors, and to release to them any information about "
            "the loan, including the account history, the status of any application for mortgage assistance and "
            "any offer made to me/us.",
            f"I/We also authorize {KNHC} to send documents to the servicer on my/our behalf and to receive copies "
            "of notices. I/We understand that the agency does not sign any document for me/us and that the "
            "servicer will still send notices to me/us.",
            "This authorization stays in effect for two years from the date signed or until I/we revoke it in "
            "writing. A copy is as valid as the original."], font="Times-Roman", size=10.5, leading=13.5)
        c.setFont("Helvetica", 8)
        c.drawString(72, y - 4, f"Counselor: {counselor.name}, {counselor.title}  -  {KNHC_PHONE}")
        y -= 44
        marks: list[Mark] = []
        for i, (name, _) in enumerate(clients):
            c.setLineWidth(0.6)
            c.line(72, y, 330, y)
            c.line(380, y, 500, y)
            c.setFont("Helvetica", 7.5)
            c.drawString(72, y - 10, f"Signature of {'borrower' if i == 0 else 'co-borrower'} - {name}")
            c.drawString(380, y - 10, "Date")
            marks.append(Mark("sig", 84, y + 2, w=170, seed=seed + i))
            if ink:
                marks.append(Mark("hand", 384, y + 3, mdy(signed), size=11.5, seed=seed + 20 + i))
            else:
                c.setFont("Courier", 10)
                c.drawString(384, y + 3, mdy(signed))
            y -= 46
        return marks

    return Paper([page])


@dataclass
class Budget:
    session: dt.date
    income: list[tuple[str, float, float]]  # source, gross a month, net a month (whole dollars)
    expenses: list[tuple[str, float]]

    @property
    def gross(self) -> float:
        return sum(g for _, g, _ in self.income)

    @property
    def net(self) -> float:
        return sum(n for _, _, n in self.income)

    @property
    def spend(self) -> float:
        return sum(v for _, v in self.expenses)


def budget_worksheet(clients: Sequence[str], loan: str, servicer: Servicer, b: Budget, counselor: Counselor) -> Paper:
    """The counselor's one-page household budget worksheet (an "other" paper): its figures are not the
    application's."""

    def whole(v: float) -> str:
        return f"${v:,.0f}"

    def page(c: RecCanvas) -> list[Mark]:
        knhc_letterhead(c)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(46, 696, "HOUSEHOLD BUDGET WORKSHEET")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(566, 696, "Monthly figures, whole dollars - counselor's estimates from the session")
        facts = [("CLIENT(S)", " / ".join(clients)), ("LOAN NO.", loan), ("SERVICER", servicer.name),
                 ("SESSION DATE", mdy(b.session)), ("COUNSELOR", counselor.name)]
        widths = [150, 70, 150, 60, 90]
        x = 46.0
        for (cap, val), wd in zip(facts, widths, strict=True):
            c.rect(x, 654, wd, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 3, 676, cap)
            size = 8 if stringWidth(val, "Helvetica-Bold", 8) < wd - 6 else 6.5
            c.setFont("Helvetica-Bold", size)
            c.drawString(x + 3, 660, val)
            x += wd
        # income table (left) and expenses (right)
        top = 630
        c.setFillColor(KNHC_RED)
        c.rect(46, top, 250, 15, stroke=0, fill=1)
        c.rect(316, top, 250, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, top + 4, "MONTHLY INCOME")
        c.drawRightString(236, top + 4, "GROSS")
        c.drawRightString(292, top + 4, "NET")
        c.drawString(320, top + 4, "MONTHLY EXPENSES")
        c.drawRightString(562, top + 4, "AMOUNT")
        c.setFillColor(black)
        c.setFont("Helvetica", 8.3)
        y = top - 14
        for src, g, n in b.income:
            c.drawString(50, y, src)
            c.drawRightString(236, y, whole(g))
            c.drawRightString(292, y, whole(n))
            c.setLineWidth(0.3)
            c.line(46, y - 4, 296, y - 4)
            y -= 15
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(50, y, "Total household income")
        c.drawRightString(236, y, whole(b.gross))
        c.drawRightString(292, y, whole(b.net))
        c.setFont("Helvetica", 8.3)
        y2 = top - 14
        for item, v in b.expenses:
            c.drawString(320, y2, item)
            c.drawRightString(562, y2, whole(v))
            c.line(316, y2 - 4, 566, y2 - 4)
            y2 -= 15
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(320, y2, "Total expenses")
        c.drawRightString(562, y2, whole(b.spend))
        y = min(y, y2) - 34
        surplus = b.net - b.spend
        c.setFillGray(0.93)
        c.rect(46, y - 44, 520, 54, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        summary = [("Net income less expenses", ("" if surplus >= 0 else "-") + whole(abs(surplus))),
                   ("Housing payment (PITI) as share of gross income",
                    f"{100 * b.expenses[0][1] / b.gross:.1f}%"),
                   ("Counselor's view", "surplus" if surplus >= 0 else "shortfall - payment relief needed")]
        for i, (k, v) in enumerate(summary):
            c.drawString(54, y - i * 15, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(330, y - i * 15, v)
            c.setFont("Helvetica", 8.5)
        paragraphs(c, 46, y - 72, 520, [
            "This worksheet is the counselor's working budget from the counseling session. Gross amounts are "
            "rounded and may include household members who are not borrowers; net amounts are take-home pay. "
            "The amounts the borrowers report on their application are the ones the servicer should use."],
            font="Helvetica-Oblique", size=7.8, leading=10)
        return []

    return Paper([page])


def fax_cover(date: dt.date, servicer: Servicer, loan: str, clients: Sequence[str], pages: int,
              counselor: Counselor) -> Paper:
    """The agency's fax transmittal sheet (not a document of the case)."""

    def page(c: RecCanvas) -> list[Mark]:
        knhc_letterhead(c)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(72, 672, "FAX TRANSMITTAL")
        rows = [("TO", f"{servicer.name} - {servicer.dept}"), ("FAX", servicer.fax), ("FROM",
                                                                                     f"{counselor.name}, {KNHC}"),
                ("PHONE", KNHC_PHONE), ("FAX", KNHC_FAX), ("DATE", mdy(date)),
                ("PAGES", f"{pages} including this cover"), ("RE", f"{' / '.join(clients)} - loan {loan}")]
        y = 636
        for k, v in rows:
            c.setFillGray(0.9)
            c.rect(72, y - 6, 80, 20, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(152, y - 6, 388, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(78, y, k)
            c.setFont("Helvetica", 9.5)
            c.drawString(158, y, v)
            y -= 20
        y -= 16
        c.setFont("Helvetica", 9.5)
        for i, t in enumerate(("Urgent", "For review", "Please reply", "Documents for mortgage assistance")):
            x = 72 + i * 100
            c.rect(x, y - 1, 9, 9, stroke=1, fill=0)
            if i in (1, 3):
                c.setFont("Helvetica-Bold", 10)
                c.drawString(x + 1.3, y, "X")
                c.setFont("Helvetica", 9.5)
            c.drawString(x + 14, y, t)
        paragraphs(c, 72, y - 34, 468, [
            "Comments: Please find our client's mortgage assistance package attached. Kindly confirm receipt to "
            "the counselor named above.",
            "CONFIDENTIALITY NOTICE: This facsimile contains nonpublic personal information intended only for the "
            "addressee. If you received it in error, please call us and destroy the pages."],
            font="Helvetica", size=9, leading=12)
        return []

    return Paper([page])


def separator_sheet(loan: str, received: dt.date) -> Paper:
    """The servicer mailroom's barcode separator sheet: Code 128 "LOAN <number>" (not a document)."""
    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: RecCanvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 20)
        c.drawCentredString(W / 2, 700, "DOCUMENT SEPARATOR")
        c.setFont("Helvetica", 9.5)
        c.drawCentredString(W / 2, 682, "Mailroom - loss mitigation imaging. Scan in front of each document.")
        c.drawImage(ImageReader(code), 181, 560, width=250, height=42)
        c.setFont("Courier-Bold", 13)
        c.drawCentredString(W / 2, 544, f"LOAN {loan}")
        c.setFont("Helvetica", 9)
        c.drawString(146, 460, f"Date received: {mdy(received)}")
        return []

    return Paper([page])


# --- applications --------------------------------------------------------------------------------------------------


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
    checking: float = 0.0
    savings: float = 0.0
    payment: float = 0.0  # the monthly mortgage payment
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    form: str = "JH-BRP-FI"  # or "710"
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    @property
    def surname(self) -> str:
        return self.borrower.split()[-1]

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs,
                "signed_on": self.signed_on.isoformat() if self.b_signs else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


# Juniata Hollow's "Borrower Response Package - Financial Information": comb fields ------------------------------

PITCH = 12.6
BOXH = 15.0


def comb(c: RecCanvas, x: float, y: float, n: int, text: str = "", right: bool = False, pitch: float = PITCH,
         size: float = 10.5) -> float:
    """n little boxes from x (baseline of the boxes at y), text typed one character a box; returns the end x."""
    assert len(text) <= n, (text, n)
    c.setStrokeGray(0.3)
    c.setLineWidth(0.5)
    for i in range(n):
        c.rect(x + i * pitch, y, pitch, BOXH, stroke=1, fill=0)
    c.setStrokeColor(black)
    first = n - len(text) if right else 0
    c.setFont("Courier-Bold", size)
    for i, ch in enumerate(text):
        if ch != " ":
            Canvas.drawCentredString(c, x + (first + i) * pitch + pitch / 2, y + 4, ch)
    if text.strip():
        c.printed.append(text)
    return x + n * pitch


def comb_centres(x: float, n: int, pitch: float = PITCH) -> list[float]:
    return [x + i * pitch + pitch / 2 for i in range(n)]


def date_comb(c: RecCanvas, x: float, y: float, d: dt.date | None, ink: bool, seed: int) -> list[Mark]:
    """MM / DD / YYYY in boxes; typed by the software, or written one digit a box in pen."""
    xs: list[float] = []
    parts = (d.strftime("%m"), d.strftime("%d"), d.strftime("%Y")) if d else ("", "", "")
    cx = x
    for i, n in enumerate((2, 2, 4)):
        comb(c, cx, y, n, "" if ink else parts[i])
        xs += comb_centres(cx, n)
        cx += n * PITCH
        if i < 2:
            c.setFont("Helvetica", 12)
            Canvas.drawCentredString(c, cx + 4, y + 3, "/")
            cx += 8
    if d and not ink:
        c.printed.append(mdy(d))
    if d and ink:
        return [Mark("hcomb", x, y + 3.5, text="".join(parts), xs=tuple(xs), size=10.5, seed=seed, record=mdy(d))]
    return []


def amount_comb(c: RecCanvas, x: float, y: float, v: float) -> None:
    """$ [dollar boxes, right-aligned] . [cents boxes]."""
    c.setFont("Helvetica", 10)
    Canvas.drawString(c, x - 9, y + 4, "$")
    dollars, cents = (f"{v:.2f}".split(".") if v > 0 else ("", ""))
    end = comb(c, x, y, 6, dollars, right=True)
    c.setFont("Helvetica-Bold", 12)
    Canvas.drawCentredString(c, end + 3.5, y + 2, ".")
    comb(c, end + 7, y, 2, cents)
    if v > 0:
        c.printed.append(f"{dollars}.{cents}")


def yes_no_table(c: RecCanvas, x: float, y: float, w: float, rows: Sequence[tuple[str, str, bool | None]]) -> float:
    """A ruled table: question | YES | NO, an X typed in the answer's cell. Returns the y under it."""
    col = 38.0
    qx = x + w - 2 * col
    c.setFillGray(0.85)
    c.rect(x, y - 13, w, 13, stroke=1, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x + 4, y - 9.5, "QUESTION")
    c.drawCentredString(qx + col / 2, y - 9.5, "YES")
    c.drawCentredString(qx + col * 1.5, y - 9.5, "NO")
    y -= 13
    for num, q, ans in rows:
        lines = wrap(q, "Helvetica", 8, qx - x - 30)
        h = 8 + 10 * len(lines)
        c.setLineWidth(0.5)
        c.rect(x, y - h, w, h, stroke=1, fill=0)
        c.line(qx, y - h, qx, y)
        c.line(qx + col, y - h, qx + col, y)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x + 4, y - 11, num)
        c.setFont("Helvetica", 8)
        for i, ln in enumerate(lines):
            c.drawString(x + 26, y - 11 - 10 * i, ln)
        if ans is not None:
            c.setFont("Helvetica-Bold", 12)
            c.drawCentredString(qx + (col / 2 if ans else col * 1.5), y - h / 2 - 4, "X")
        y -= h
    return y


JH_REASONS = ("Unemployment or job loss", "Reduction in income (hours, pay, overtime)",
              "Increase in housing expenses (taxes, insurance, HOA)", "Disaster (natural or man-made)",
              "Long-term disability or serious illness", "Divorce or legal separation",
              "Separation of unmarried co-borrowers", "Death of a borrower or wage earner",
              "Distant employment transfer / relocation", "Other (describe in 3e)")
JH_INCOME = ("Wages, salary, overtime, commissions, tips and bonuses (gross)", "Self-employment income",
             "Unemployment compensation", "Social Security, pension, disability, public assistance - taxable",
             "Social Security or disability income - non-taxable", "Rental income (rents less expenses, not mortgage)",
             "Investment or insurance income", "Other: alimony, child support, separate maintenance (optional), other")


def jh_form(app: App, ink: bool, counselor: Counselor) -> Paper:
    """Juniata Hollow Mortgage Servicing's three-page "Borrower Response Package - Financial Information", filled
    by the counselor's software one character a box; signed on screen (ink=False) or printed and signed and dated
    in pen (ink=True)."""
    green = Color(0.09, 0.33, 0.27)

    def header(c: RecCanvas, n: int) -> None:
        c.setFillColor(green)
        c.rect(42, 726, 30, 30, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(1.3)
        for k in range(3):
            p = c.beginPath()
            p.moveTo(45, 735 + 6 * k)
            for i in range(1, 13):
                p.lineTo(45 + i * 2, 735 + 6 * k + 2 * math.sin(i * 0.9))
            c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFont("Times-Bold", 16)
        c.drawString(80, 744, "Juniata Hollow")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(80, 734, "MORTGAGE SERVICING, LLC")
        c.drawString(80, 725, f"{JUNIATA.dept} - {', '.join(JUNIATA.lines)} - Fax {JUNIATA.fax}")
        c.setFont("Helvetica-Bold", 11.5)
        c.drawRightString(570, 748, "BORROWER RESPONSE PACKAGE")
        c.setFont("Helvetica", 10)
        c.drawRightString(570, 736, "Financial Information")
        c.setFont("Helvetica", 7)
        c.drawRightString(570, 726, f"Form JH-BRP-FI (Rev. 09/2043)   Page {n} of 3")
        c.setLineWidth(1)
        c.line(42, 718, 570, 718)
        c.setFont("Helvetica", 6.5)
        c.drawString(42, 30, "JH-BRP-FI 09/2043")
        if n > 1:
            c.setFont("Helvetica-Bold", 7)
            c.drawString(360, 702, "Loan number")
            comb(c, 420, 698, 12, app.loan, size=9.5)

    def label(c: RecCanvas, x: float, y: float, text: str) -> None:
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x, y, text)

    def section(c: RecCanvas, y: float, text: str) -> None:
        c.setFillColor(green)
        c.rect(42, y, 528, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y + 4, text)
        c.setFillColor(black)

    def page1(c: RecCanvas) -> list[Mark]:
        header(c, 1)
        c.setLineWidth(0.5)
        c.rect(42, 680, 528, 32, stroke=1, fill=0)
        c.setFont("Helvetica", 7.3)
        for i, ln in enumerate((
                "PRINT IN CAPITAL LETTERS, ONE CHARACTER PER BOX, IN BLACK INK. Leave a box empty between words.",
                "Amounts: whole dollars in the boxes before the printed decimal point, cents in the two boxes "
                "after it.",
                "Answer every Yes / No question with an X in one column. Return all three pages with the documents "
                "on our checklist.")):
            c.drawString(48, 702 - i * 9, ln)
        section(c, 656, "SECTION 1   LOAN AND BORROWERS")
        label(c, 48, 642, "1a  Loan number")
        comb(c, 60, 624, 12, app.loan)
        label(c, 48, 608, "1b  Borrower - name (first, middle initial, last)")
        comb(c, 60, 590, 30, app.borrower.upper())
        label(c, 462, 608, "1c  SSN - last 4 digits")
        comb(c, 472, 590, 4, app.ssn[-4:])
        label(c, 48, 574, "1d  Co-borrower - name (leave blank if none)")
        comb(c, 60, 556, 30, (app.co or "").upper())
        label(c, 462, 574, "1e  SSN - last 4 digits")
        comb(c, 472, 556, 4, (app.co_ssn or "")[-4:])
        label(c, 48, 540, "1f  Primary phone")
        digits = "".join(ch for ch in app.phone if ch.isdigit())
        c.setFont("Helvetica", 12)
        c.drawString(56, 525, "(")
        comb(c, 62, 522, 3, digits[:3])
        c.drawString(101, 525, ")")
        comb(c, 108, 522, 3, digits[3:6])
        c.drawString(147, 525, "-")
        comb(c, 154, 522, 4, digits[6:])
        label(c, 240, 540, "1g  E-mail address")
        c.line(250, 522, 570, 522)
        c.setFont("Courier", 10)
        c.drawString(254, 525, app.email)
        section(c, 496, "SECTION 2   THE PROPERTY")
        label(c, 48, 482, "2a  Property street address")
        comb(c, 60, 464, 30, app.street.upper())
        label(c, 48, 448, "2b  City")
        comb(c, 60, 430, 20, app.city.upper())
        label(c, 330, 448, "2c  State")
        comb(c, 336, 430, 2, app.state)
        label(c, 392, 448, "2d  ZIP code")
        comb(c, 398, 430, 5, app.zip)
        occ = app.occupancy
        y = yes_no_table(c, 42, 414, 528, [
            ("2e", "Do you (or a co-borrower) live in the property as your principal residence?",
             occ == "primary_residence"),
            ("2f", "Is the property a second home or vacation home?", occ == "second_home"),
            ("2g", "Is the property rented to tenants or held as an investment property?",
             occ == "investment_property"),
            ("2h", "Is the property listed for sale, or is there a signed contract to sell it?", False),
            ("2i", "Do you want to keep the property?", True),
            ("2j", "Is any borrower on active military duty (including the National Guard and Reserves), or the "
                   "dependent or surviving spouse of a servicemember who was on active duty?", False),
            ("2k", "Is the property subject to condominium or homeowners' association (HOA) fees?", False)])
        c.setLineWidth(0.5)
        c.rect(42, y - 122, 528, 104, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y - 30, "WHAT TO SEND WITH THIS PACKAGE (copies, not originals)")
        c.setFont("Helvetica", 7.6)
        for i, ln in enumerate((
                "- Income: your most recent pay stub showing year-to-date earnings, or your two most recent bank "
                "statements; award letters for", "  Social Security, pension, disability or other benefits; two "
                "bank statements or deposited rent checks for rental income.",
                "- Self-employment or rental income: a signed IRS Form 4506-C.",
                "- Hardship: a written explanation for illness, disability or other hardships; the decree, deed, "
                "death certificate or transfer", "  letter where your hardship calls for one.",
                "- A housing counselor may send this package for you if you have signed a third-party "
                "authorization.")):
            c.drawString(52, y - 44 - i * 11, ln)
        return []

    def page2(c: RecCanvas) -> list[Mark]:
        header(c, 2)
        marks: list[Mark] = []
        section(c, 676, "SECTION 3   HARDSHIP")
        label(c, 48, 660, "3a  Date your hardship began (MM / DD / YYYY)")
        date_comb(c, 60, 642, app.start, False, app.seed)
        y = yes_no_table(c, 42, 628, 528, [
            ("3b", "Do you expect the hardship to last longer than 6 months?",
             None if app.duration == "resolved" else app.duration == "long"),
            ("3c", "Has the hardship already been resolved?", app.duration == "resolved")])
        label(c, 48, y - 14, "3d  Reason(s) for your hardship - mark every box that applies")
        y -= 22
        for i, reason in enumerate(JH_REASONS):
            row, col = divmod(i, 3)
            x = 48 + col * 176
            yy = y - 10 - row * 24
            c.setLineWidth(0.7)
            c.rect(x, yy - 1, 10, 10, stroke=1, fill=0)
            if HARDSHIPS[i] in app.hardships:
                c.setFont("Helvetica-Bold", 10)
                c.drawCentredString(x + 5, yy + 0.8, "X")
            c.setFont("Helvetica", 7.6)
            for j, ln in enumerate(wrap(reason, "Helvetica", 7.6, 150)):
                c.drawString(x + 15, yy + 1 - 9 * j, ln)
        y -= 4 * 24 + 6
        label(c, 48, y, "3e  If Other, describe:")
        c.line(140, y - 2, 570, y - 2)
        c.setFont("Courier", 10)
        c.drawString(144, y, app.other_text.upper())
        section(c, y - 26, "SECTION 4   MONTHLY GROSS INCOME (before taxes) - ALL BORROWERS")
        y -= 46
        c.setFont("Helvetica-Bold", 6.8)
        c.drawCentredString(470, y + 4, "DOLLARS")
        c.drawCentredString(527, y + 4, "CENTS")
        y -= 16
        for i, (k, text) in enumerate(zip(INCOMES, JH_INCOME, strict=True)):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(48, y + 4, f"4{'abcdefgh'[i]}")
            c.setFont("Helvetica", 7.8)
            c.drawString(66, y + 4, text)
            amount_comb(c, 432, y, app.income.get(k, 0.0))
            y -= 20
        c.setLineWidth(1)
        c.line(42, y + 17, 570, y + 17)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48, y + 4, "4i")
        c.drawString(66, y + 4, "TOTAL MONTHLY GROSS INCOME (add 4a through 4h)")
        amount_comb(c, 432, y, app.total)
        y -= 30
        section(c, y, "SECTION 5   ASSETS (exclude retirement accounts)")
        y -= 24
        for i, (text, v) in enumerate((("Checking accounts and cash on hand", app.checking),
                                       ("Savings, money market and certificates of deposit", app.savings))):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(48, y + 4, f"5{'ab'[i]}")
            c.setFont("Helvetica", 7.8)
            c.drawString(66, y + 4, text)
            amount_comb(c, 432, y, v)
            y -= 20
        return marks

    def page3(c: RecCanvas) -> list[Mark]:
        header(c, 3)
        section(c, 676, "SECTION 6   MONTHLY HOUSING EXPENSES")
        y = 654
        for i, (text, v) in enumerate((("First mortgage payment (principal, interest, escrow)", app.payment),
                                       ("Second mortgage or home equity line payment", 0.0),
                                       ("Property taxes not paid through escrow", 0.0),
                                       ("Homeowner's insurance not paid through escrow", 0.0))):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(48, y + 4, f"6{'abcd'[i]}")
            c.setFont("Helvetica", 7.8)
            c.drawString(66, y + 4, text)
            amount_comb(c, 432, y, v)
            y -= 20
        section(c, y - 8, "SECTION 7   HOUSING COUNSELOR (complete if a HUD-approved counselor helped you)")
        y -= 30
        for k, v in (("7a  Agency", KNHC), ("7b  Counselor", counselor.name),
                     ("7c  Phone", KNHC_PHONE), ("7d  HUD agency ID", KNHC_HUD.split()[-1])):
            label(c, 48, y, k)
            c.line(150, y - 2, 570, y - 2)
            c.setFont("Courier", 10)
            c.drawString(154, y, v)
            y -= 18
        section(c, y - 10, "SECTION 8   CERTIFICATION AND SIGNATURES")
        y = paragraphs(c, 48, y - 28, 516, [
            "I certify that all of the information in this Borrower Response Package is true and complete and "
            "that the hardship I identified contributed to my need for mortgage relief. I understand that knowingly "
            "submitting false information may violate federal and state law.",
            "I agree to provide any additional documents Juniata Hollow asks for. I consent to Juniata Hollow, the "
            "owner of my loan and any authorized third party (including a HUD-approved housing counseling agency) "
            "obtaining my credit report and sharing information about my loan for the purpose of this request.",
            "I consent to being contacted about this request at any telephone number or e-mail address I have "
            "given, including by text message."], font="Helvetica", size=8, leading=10.5, gap=5)
        marks: list[Mark] = []
        y -= 30
        people = [(app.borrower, "Borrower", app.b_signs, 0)]
        people.append((app.co or "", "Co-borrower", bool(app.co) and app.co_signs, 1))
        for name, role, signs, k in people:
            c.setLineWidth(0.7)
            c.line(48, y, 330, y)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(48, y - 10, f"8{'ab'[k]}  {role} signature")
            c.setFont("Helvetica", 7)
            if name:
                c.drawString(160, y - 10, f"({name})")
            c.drawString(370, y + 20, "Date signed (MM / DD / YYYY)")
            if signs:
                marks.append(Mark("sig", 70, y + 2, w=200, seed=app.seed + k))
            marks += date_comb(c, 370, y - 2, app.signed_on if signs else None, ink, app.seed + 40 + k)
            y -= 62
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(48, y - 6, "FOR JUNIATA HOLLOW USE: Date received ________  Imaged by ________  "
                                "Entered ________")
        return marks

    return Paper([page1, page2, page3])


# The real Form 710 through its AcroForm --------------------------------------------------------------------------

F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710(app: App, screen: bool) -> Built:
    """Form 710 filled through its AcroForm: signed on screen with strokes over the signature field and the date
    typed (screen), or printed to be signed and dated in pen (the marks are returned for the ink)."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True, "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.checking), "Number_11": money(app.savings)}
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if app.other_text:
        values["Text_9"] = app.other_text
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    if screen:
        if app.b_signs:
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
    sigs = []
    if app.b_signs:
        sigs.append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.co and app.co_signs:
        sigs.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for i in range(len(writer.pages)):
        if screen and i == 3:
            for m in sigs:
                draw_signature_vector(c, m)
        synth_line(c)
        c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue()))
    for page, over in zip(writer.pages, overlay.pages, strict=True):
        page.merge_page(over)
    marks: list[list[Mark]] = [[], [], [], []]
    if not screen:
        marks[3] = list(sigs)
        if app.b_signs:
            marks[3].append(Mark("hand", 430, 347, mdy(app.signed_on), size=12, seed=app.seed + 5))
        if app.co and app.co_signs:
            marks[3].append(Mark("hand", 430, 309, mdy(app.signed_on), size=12, seed=app.seed + 6))
    printed = [v for v in values.values() if isinstance(v, str)] + [m.text for m in marks[3] if m.kind == "hand"]
    pdf = fixed_pypdf_bytes(writer, f"ax710{app.loan}")
    return Built(pdf, [] if screen else marks, printed, 4)


# --- packets ---------------------------------------------------------------------------------------------------


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
    printed: list[str] = field(default_factory=list)


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def digital(self, rel: str, doc: Doc | None, built: Built) -> None:
        """One e-mailed born-digital file holding one document."""
        self.files[rel] = built.pdf
        if doc is not None:
            doc.pages = [(rel, i + 1) for i in range(built.pages)]
            doc.printed = built.printed
            self.docs.append(doc)

    def scanned(self, rel: str, parts: Sequence[tuple[Doc | None, Built]], style: Scan, seed: int,
                header: Callable[[int, int], str] | None = None) -> None:
        """One combined image-only file: each part printed, inked, then scanned (or faxed) in order."""
        sheets: list[Image.Image] = []
        for doc, built in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(built.pages)]
                doc.scanned = True
                doc.printed = built.printed
                self.docs.append(doc)
            sheets += printed_sheets(built, style.dpi)
        out = []
        for i, img in enumerate(sheets):
            if header is not None:
                fax_header(img, header(i + 1, len(sheets)), style.dpi)
            out.append(degrade(img, style, seed * 31 + i))
        self.files[rel] = scans_pdf(out, style)


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


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not app.b_signs or (app.co and not app.co_signs):
        out.append("application_signature")
    for name, value in (("loan_number", app.loan), ("borrower_name", app.borrower),
                        ("property_address", app.street), ("occupancy", app.occupancy),
                        ("hardship_types", app.hardships), ("hardship_start_date", app.start),
                        ("income", [v for v in app.income.values() if v > 0])):
        if not value:
            out.append(f"application_field:{name}")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(a.date) and fresh(b.date)
                   and dt.date.fromisoformat(b.fields["period_start"])
                   == dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stubs = [d for d in docs if d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None]

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": bool(stubs) or two_bank, "self_employment": two_bank, "unemployment": True,
             "benefits_taxable": two_bank or letter("benefits_taxable"),
             "benefits_nontaxable": two_bank or letter("benefits_nontaxable"),
             "rental": two_bank or sum(d.type == "rent_check" and fresh(d.date) for d in docs) >= 2,
             "investment": two_bank, "other": two_bank}
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


def ways_printed(name: str, value: Any) -> list[str]:
    """The ways a value may stand on a page, lower case."""
    if isinstance(value, bool):
        return []
    if isinstance(value, float | int) and name != "tax_year":
        v = float(value)
        return [money(v), f"{v:.2f}"]
    if name == "frequency":
        return {"biweekly": ["bi-weekly", "biweekly"], "monthly": ["monthly"], "weekly": ["weekly"],
                "semimonthly": ["semi-monthly", "semimonthly"]}[value]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        d = dt.date.fromisoformat(value)
        return [mdy(d), long_date(d), mdy(d)[:5] + "/" + str(d.year)]
    return [str(value)]


def printed_problems(p: Packet) -> list[str]:
    """Every expected value of a packet must be printed (typed, hand-written or written one character a box) on
    the document it belongs to."""
    problems = []
    skip = {"monthly_gross", "benefit_type", "signed"}
    for d in p.docs:
        text = "\n".join(d.printed).lower()
        checks: list[tuple[str, Any]] = [(k, v) for k, v in d.fields.items() if k not in skip and v is not None]
        if d.type == "mortgage_assistance_application":
            a = p.app
            checks += [("loan_number", a.loan), ("borrower_name", a.borrower), ("ssn_last4", a.ssn[-4:]),
                       ("street", a.street), ("city", a.city), ("zip", a.zip),
                       ("hardship_start_date", a.start.isoformat())]
            if a.form != "710":  # Form 710 prints no total: the expected total is the lines' sum
                checks.append(("total", a.total))
            checks += [(k, v) for k, v in a.income.items() if v > 0]
            if a.co:
                checks.append(("co_borrower_name", a.co))
            if a.b_signs:
                checks.append(("signed_on", a.signed_on.isoformat()))
        if d.type == "bank_statement":
            checks = [(k, v) for k, v in checks if k != "account_last4"]
            if d.fields["account_last4"] not in text:
                problems.append(f"{p.name}: account_last4 not printed on {d.type}")
        for name, value in checks:
            forms = [f.lower() for f in ways_printed(name, value)]
            if forms and not any(f in text for f in forms):
                problems.append(f"{p.name}: {name}={value!r} not printed on {d.type} {d.pages[:1]}")
    return problems


# --- the people and the packets --------------------------------------------------------------------------------


def average_monthly(stub: Stub) -> float:
    """A counselor's view of variable hospital pay: the year-to-date gross per check, made monthly."""
    checks = len(hospital_paydays(dt.date.fromisoformat(stub.fields["pay_date"])))
    return stub.fields["gross_ytd"] / checks * 26 / 12


def knhc_paras(enclosed: str, budget: Budget | None, extra: Sequence[str], clients: str) -> list[str]:
    paras = [f"{KNHC} is assisting {clients} with a request for mortgage assistance. A signed third-party "
             "authorization is on file with our agency, and we ask that you copy us on your correspondence.",
             f"Enclosed please find {enclosed}"]
    if budget is not None:
        gap = budget.net - budget.spend
        paras.append(f"Based on the household budget we prepared in our session on {long_date(budget.session)}, "
                     f"the household's gross monthly income is about ${budget.gross:,.0f} and its monthly expenses "
                     f"about ${budget.spend:,.0f}; after taxes the household "
                     + (f"falls short by about ${-gap:,.0f}" if gap < 0 else f"keeps only about ${gap:,.0f}")
                     + " a month at the current payment.")
    paras += list(extra)
    paras.append("Please direct questions about this package to the counselor named below. Thank you for your "
                 "review.")
    return paras


def packet_ax1(seed: int) -> Packet:
    """Complete: e-mailed born-digital files, Form 710 to Tamarack Point, a teacher's two monthly advices."""
    received = dt.date(2044, 3, 14)
    job = SchoolJob("Colleen M. Brennan", "E004417", "Teacher - Grade 5", "Sporting Hill Elementary", 67338.00,
                    0.08, 212.40, 61.50, "Millrace FCU checking ****2209")
    stubs = [school_stub(job, d) for d in (dt.date(2044, 1, 29), dt.date(2044, 2, 29))]
    addr = ["418 Sycamore Row", "Mechanicsburg, PA 17055"]
    app = App("0077310428", "Colleen M. Brennan", "947-31-2286", "418 Sycamore Row", "Mechanicsburg", "PA",
              "17055", "(717) 555-0192", "colleen.brennan@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2043, 8, 28), "long", {"wages": stubs[-1].monthly}, dt.date(2044, 3, 8), checking=640.00,
              savings=1150.00, form="710", seed=seed * 10 + 1)
    p = Packet("ax1", received, app, [])
    budget = Budget(dt.date(2044, 2, 23), [("Colleen - teaching salary (CVSD)", 5612, 3938),
                                           ("Tutoring, irregular (not on application)", 175, 175)],
                    [("Mortgage payment (PITI)", 1986), ("Utilities", 342), ("Food and household", 610),
                     ("Car payment and insurance", 488), ("Student loan", 276), ("Phone and internet", 140),
                     ("Credit cards (minimums)", 235), ("Medical and prescriptions", 95), ("Other", 180)])
    counselor = HOLLOWAY
    s = "KNHC_Brennan_"
    letter = cover_letter(dt.date(2044, 3, 10), TAMARACK, [app.borrower], app.loan, app.address, knhc_paras(
        "Ms. Brennan's signed Mortgage Assistance Application (Form 710), her January and February pay advices "
        "from the Conodoguinet Valley School District, her own letter explaining the hardship, the signed "
        "third-party authorization and the budget worksheet from our session.", budget, [
            "Ms. Brennan is a tenth-year teacher. The district eliminated the department-chair supplement and the "
            "extra-duty contracts she held at the start of this school year, and her summer employment ended."],
        "Ms. Brennan"), counselor, "ELECTRONIC MAIL", seed + 11)
    p.digital(s + "cover_letter.pdf", other_doc(), build_paper(letter, True))
    auth = authorization_form([(app.borrower, app.ssn)], app.loan, TAMARACK, app.address, dt.date(2044, 2, 23),
                              counselor, False, seed + 12)
    p.digital(s + "third_party_authorization.pdf", other_doc(), build_paper(auth, True))
    p.digital(s + "budget_worksheet.pdf", other_doc(),
              build_paper(budget_worksheet([app.borrower], app.loan, TAMARACK, budget, counselor), True))
    p.digital(s + "Form710.pdf", app_doc(), form710(app, True))
    for st in stubs:
        p.digital(s + f"paystub_{st.date.strftime('%b').lower()}.pdf", stub_doc(st), build_paper(st.paper, True))
    on = dt.date(2044, 3, 8)
    hl = hardship_letter([app.borrower], addr, app.loan, on, TAMARACK.name, [
        "I have taught fifth grade in the Conodoguinet Valley School District for ten years. Until last June I "
        "also held the grade-level chair supplement and ran the after-school program, and I worked every summer "
        "at a day camp. This school year the district cut both supplements, and the camp closed.",
        "My salary alone is about $900 a month less than what I was earning, and I fell behind on the mortgage in "
        "December. I want to keep my home and I am asking for a modification that brings the payment within my "
        "salary."], ink=False, seed=seed)
    p.digital(s + "hardship_letter.pdf", hardship_doc(on), build_paper(hl, True))
    return p


def packet_ax2(seed: int) -> Packet:
    """Incomplete (income_doc:wages, stale): mailed paper, the comb form signed in ink, December pay stubs."""
    received = dt.date(2044, 3, 21)
    job = HospitalJob("Marcus T. Ferrante", "LRMC-118430", "4 North - Cardiac Step-Down", "Registered Nurse II",
                      41.8600, 72.0, ("Evening shift differential", "Night shift differential", "Weekend differential",
                                      "Overtime 1.5x"),
                      (("Medical - PPO employee + spouse", 148.62), ("Dental", 14.10), ("Vision", 4.85),
                       ("403(b) retirement 5%", 0.0), ("Flexible spending - health", 38.46)),
                      (("Supplemental life", 9.80), ("Parking - Garage B", 12.00), ("United Way", 5.00)),
                      0.1, "Millrace FCU checking ****7731", key=seed * 7 + 2)
    stubs = [hospital_stub(job, d) for d in (dt.date(2043, 11, 27), dt.date(2043, 12, 11))]
    addr = ["2217 Green Street", "Harrisburg, PA 17110"]
    app = App("4002719836", "Marcus T. Ferrante", "962-48-1175", "2217 Green Street", "Harrisburg", "PA", "17110",
              "(717) 555-0126", "mferrante@example.com", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2043, 10, 1), "long", {"wages": stubs[-1].monthly}, dt.date(2044, 3, 12), checking=410.00,
              savings=0.0, payment=2184.37, seed=seed * 10 + 2)
    p = Packet("ax2", received, app, ["income_doc:wages"])
    budget = Budget(dt.date(2043, 12, 14), [("Marcus - RN, Laurelwood (base + differentials)",
                                             round(app.income["wages"] / 10) * 10, 5150)],
                    [("Mortgage payment (PITI) - new escrow", 2184), ("Utilities", 388), ("Food and household", 700),
                     ("Car payment and insurance", 612), ("Child support paid", 650), ("Phone and internet", 165),
                     ("Credit cards (minimums)", 310), ("Other", 240)])
    counselor = OKONKWO
    letter = cover_letter(dt.date(2044, 3, 15), JUNIATA, [app.borrower], app.loan, app.address, knhc_paras(
        "Mr. Ferrante's completed and signed Borrower Response Package (Financial Information, three pages), the "
        "two pay statements he brought to our intake session in December, his hardship letter and our budget "
        "worksheet.", budget, [
            "Mr. Ferrante's escrow payment rose sharply after the city's reassessment and a lapse in his homeowner's "
            "insurance that was force-placed at a much higher premium. He has since replaced the policy."],
        "Mr. Ferrante"), counselor, "FIRST-CLASS MAIL", seed + 21)
    on = dt.date(2044, 3, 12)
    hl = hardship_letter([app.borrower], addr, app.loan, on, JUNIATA.name, [
        "Last fall the city reassessed my house and my property taxes went up by almost $1,900 a year. At the same "
        "time my homeowner's insurance lapsed by mistake and the lender placed a policy that cost three times as "
        "much. My escrow payment went up by more than $500 a month starting in October.",
        "I work full time as a nurse and my pay has not changed, but I cannot cover the new payment together with "
        "my child support and my other bills. I have replaced the insurance and I ask you to review me for a "
        "modification."], ink=True, seed=seed + 22)
    style = Scan(dpi=300, tilt=0.35, blur=0.85, noise=0.00015, quality=42)
    parts: list[tuple[Doc | None, Built]] = []
    sep = build_paper(separator_sheet(app.loan, received), False)
    for doc, paper in ((other_doc(), letter),
                       (other_doc(), budget_worksheet([app.borrower], app.loan, JUNIATA, budget, counselor)),
                       (app_doc(), jh_form(app, True, counselor)), (stub_doc(stubs[0]), stubs[0].paper),
                       (stub_doc(stubs[1]), stubs[1].paper), (hardship_doc(on), hl)):
        parts += [(None, sep), (doc, build_paper(paper, False))]
    p.scanned("MAILROOM_20440321_0017.pdf", parts, style, seed + 200)
    return p


def packet_ax3(seed: int) -> Packet:
    """Complete: one fax from the agency behind its transmittal sheet; the comb form signed in ink by both."""
    received = dt.date(2044, 5, 12)
    job = HospitalJob("Janice L. Stoltzfus", "LRMC-072215", "Emergency Department", "Unit Secretary", 21.3500, 80.0,
                      ("Evening shift differential", "Weekend differential", "Overtime 1.5x"),
                      (("Medical - PPO employee + spouse", 148.62), ("Dental", 14.10), ("403(b) retirement 5%", 0.0)),
                      (("Supplemental life", 6.20), ("Parking - Garage B", 12.00)), 0.07,
                      "Millrace FCU checking ****5108", key=seed * 7 + 3)
    stub = hospital_stub(job, dt.date(2044, 4, 29))
    addr = ["86 Letort Lane", "Carlisle, PA 17013"]
    award = ssa_award("Harold W. Stoltzfus", addr, dt.date(2044, 3, 18), 1684.00, "927-55-0418",
                      dt.date(2044, 4, 1))
    app = App("4009927415", "Harold W. Stoltzfus", "927-55-0418", "86 Letort Lane", "Carlisle", "PA", "17013",
              "(717) 555-0177", "hwstoltzfus@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2043, 11, 2), "long", {"wages": stub.monthly, "benefits_taxable": 1684.00},
              dt.date(2044, 5, 6), checking=1210.00, savings=2300.00, payment=1472.16, co="Janice L. Stoltzfus",
              co_ssn="927-61-3390", seed=seed * 10 + 3)
    p = Packet("ax3", received, app, [])
    counselor = HOLLOWAY
    clients = [app.borrower, app.co or ""]
    letter = cover_letter(dt.date(2044, 5, 11), JUNIATA, clients, app.loan, app.address, knhc_paras(
        "the Stoltzfuses' Borrower Response Package (three pages), signed and dated by both of them; the signed "
        "third-party authorization; Mr. Stoltzfus's Social Security notice of award; Mrs. Stoltzfus's most recent "
        "pay statement from Laurelwood Regional Medical Center; and their letter explaining the hardship.", None,
        ["Mr. Stoltzfus had heart surgery in November and could not return to his job as a machinist; he took "
         "early retirement. Our budget review shows the household can carry a modified payment of about $1,150."],
        "Harold and Janice Stoltzfus"), counselor, f"FACSIMILE TO {JUNIATA.fax}", seed + 31)
    auth = authorization_form([(app.borrower, app.ssn), (app.co or "", app.co_ssn or "")], app.loan, JUNIATA,
                              app.address, dt.date(2044, 4, 20), counselor, True, seed + 32)
    on = dt.date(2044, 5, 6)
    hl = hardship_letter(clients, addr, app.loan, on, JUNIATA.name, [
        "In November Harold had emergency heart surgery. His doctors told him he could not go back to work on the "
        "shop floor, and after thirty-one years as a machinist he had to retire early. His pay stopped in "
        "December; his Social Security began in April and is much less than he earned.",
        "Janice still works full time at the hospital. We have used our savings to keep up, but we cannot make the "
        "full payment on her pay and his Social Security. We want to stay in our home and ask for a modification."],
        ink=True, seed=seed + 33)
    parts: list[tuple[Doc | None, Built]] = [
        (other_doc(), build_paper(letter, False)), (other_doc(), build_paper(auth, False)),
        (app_doc(), build_paper(jh_form(app, True, counselor), False)),
        (letter_doc(award), build_paper(award.paper, False)),
        (stub_doc(stub), build_paper(stub.paper, False)), (hardship_doc(on), build_paper(hl, False))]
    pages = 1 + sum(b.pages for _, b in parts)
    cover = build_paper(fax_cover(received, JUNIATA, app.loan, ["H. Stoltzfus", "J. Stoltzfus"], pages, counselor),
                        False)
    stamp = "MAY-12-2044 10:47"
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0007, fax=True)
    p.scanned("JHMS_FAX_20440512_104733.pdf", [(None, cover), *parts], style, seed + 300,
              header=lambda i, n: f"{stamp}  FROM: KEYSTONE NBHD HSG CNSL   717 555 0165   TO: 7175550188   "
                                  f"P.{i:03d}/{n:03d}")
    return p


def packet_ax4(seed: int) -> Packet:
    """Incomplete (application_signature, unsigned): e-mailed files in a loan folder; the co-borrower never
    signed the comb form; two credit union statements document the wages."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2044, 3, 28)
    addr = ["1534 Manada Street", "Harrisburg, PA 17104"]
    net = 1748.26
    ui = 1024.00
    pay = "PAYROLL YELLOW BREECHES TRK"
    jan = [(8, pay, net), (12, "PA UC BENEFITS", ui), (22, pay, net), (26, "PA UC BENEFITS", ui)]
    feb = [(5, pay, net), (9, "PA UC BENEFITS", ui), (19, pay, net), (23, "PA UC BENEFITS", ui)]
    bills = [(4, "ACH BENEFITPOINT COBRA PREM", 1490.00), (11, "ONLINE PMT HARBORVIEW CARD SVCS", 145.00),
             (21, "ACH STATE FARM AUTO", 182.40), (27, "ONLINE PMT JUNIATA HOLLOW MTG", 1698.40)]
    holders = ["Anthony R. Delvecchio", "Maribel Delvecchio"]
    s1 = cu_statement(rng, holders, addr, "3300482794", 2044, 1, 1322.47, 2210.18, 14820.55, jan, 412.36, bills)
    s2 = cu_statement(rng, holders, addr, "3300482794", 2044, 2, s1.fields["ending_balance"], s1.carry["savings"],
                      s1.carry["loan"], feb, 412.36, bills[:3])
    app = App("4004183360", "Anthony R. Delvecchio", "938-20-7714", "1534 Manada Street", "Harrisburg", "PA",
              "17104", "(717) 555-0133", "tony.delvecchio@example.com", "primary_residence", ["unemployment"],
              dt.date(2043, 12, 15), "short", {"wages": 5044.00, "unemployment": 2218.67}, dt.date(2044, 3, 22),
              checking=1180.00, savings=2260.00, payment=1698.40, co="Maribel Delvecchio", co_ssn="938-22-0461",
              co_signs=False, seed=seed * 10 + 4)
    p = Packet("ax4", received, app, ["application_signature"])
    budget = Budget(dt.date(2044, 3, 9), [("Anthony - diesel technician, Yellow Breeches", 5044, 3788),
                                          ("Maribel - PA unemployment compensation", 2219, 2219),
                                          ("Adult son's contribution to rent", 300, 300)],
                    [("Mortgage payment (PITI)", 1698), ("Vehicle loan (Millrace FCU)", 412), ("Utilities", 365),
                     ("Food and household", 880), ("Car insurance and fuel", 420), ("Phone and internet", 190),
                     ("Medical (COBRA for Maribel)", 1490), ("Other", 200)])
    counselor = OKONKWO
    folder = app.loan
    s = f"{folder}/KNHC_Delvecchio_"
    letter = cover_letter(dt.date(2044, 3, 24), JUNIATA, holders, app.loan, app.address, knhc_paras(
        "the Delvecchios' Borrower Response Package (Financial Information), their January and February statements "
        "from Millrace Federal Credit Union, which show Mr. Delvecchio's payroll deposits and Mrs. Delvecchio's "
        "unemployment compensation, their hardship letter and our budget worksheet.", budget, [
            "Mrs. Delvecchio was laid off in December when her employer closed its Harrisburg office. She is "
            "looking for work and expects to be re-employed within a few months."],
        "Anthony and Maribel Delvecchio"), counselor, "ELECTRONIC MAIL", seed + 41)
    p.digital(s + "cover_letter.pdf", other_doc(), build_paper(letter, True))
    p.digital(s + "BRP_financial_info.pdf", app_doc(), build_paper(jh_form(app, False, counselor), True))
    p.digital(s + "CU_stmt_2044-01.pdf", stmt_doc(s1), build_paper(s1.paper, True))
    p.digital(s + "CU_stmt_2044-02.pdf", stmt_doc(s2), build_paper(s2.paper, True))
    on = dt.date(2044, 3, 22)
    hl = hardship_letter(holders, addr, app.loan, on, JUNIATA.name, [
        "On December 15 Maribel lost her job as an office manager when her company closed its Harrisburg office. "
        "She receives unemployment compensation while she looks for work, but it is less than half of her pay, and "
        "we are paying for her health insurance ourselves.",
        "Anthony's pay as a diesel technician has not changed. We expect Maribel to find work within a few months "
        "and ask for a forbearance or a temporary lower payment until then."], ink=False, seed=seed)
    p.digital(s + "hardship_letter.pdf", hardship_doc(on), build_paper(hl, True))
    p.digital(s + "budget.pdf", other_doc(),
              build_paper(budget_worksheet(holders, app.loan, JUNIATA, budget, counselor), True))
    return p


def packet_ax5(seed: int) -> Packet:
    """Incomplete (income_doc:benefits_nontaxable, absent): mailed paper, Form 710 signed in ink; the VA award
    letter the cover letter promises is not in the envelope."""
    received = dt.date(2044, 6, 8)
    job = HospitalJob("Luis A. Betancourt", "LRMC-090377", "Security Services", "Security Supervisor", 27.4000, 80.0,
                      ("Night shift differential", "Weekend differential", "On-call standby", "Call-back pay 1.5x"),
                      (("Medical - HMO employee + family", 186.30), ("Dental", 21.75), ("Vision", 6.10),
                       ("403(b) retirement 5%", 0.0)),
                      (("Supplemental life", 7.40), ("Union dues - SEIU Local", 24.50)), 0.06,
                      "Millrace FCU checking ****0394", key=seed * 7 + 5)
    stubs = [hospital_stub(job, d) for d in (dt.date(2044, 5, 13), dt.date(2044, 5, 27))]
    addr = ["3009 Derry Street", "Harrisburg, PA 17111"]
    app = App("0077482019", "Luis A. Betancourt", "951-07-6628", "3009 Derry Street", "Harrisburg", "PA", "17111",
              "(717) 555-0158", "lbetancourt@example.org", "primary_residence", ["disaster"], dt.date(2044, 4, 19),
              "short", {"wages": stubs[-1].monthly, "benefits_nontaxable": 1148.36}, dt.date(2044, 6, 1),
              checking=385.00, savings=150.00, form="710", seed=seed * 10 + 5)
    p = Packet("ax5", received, app, ["income_doc:benefits_nontaxable"])
    budget = Budget(dt.date(2044, 5, 25), [("Luis - security supervisor, Laurelwood", round(app.income["wages"]),
                                            4290),
                                           ("Luis - VA disability compensation", 1148, 1148)],
                    [("Mortgage payment (PITI)", 1844), ("Basement repairs (contractor plan)", 650),
                     ("Utilities", 410), ("Food and household", 820), ("Car payment and insurance", 560),
                     ("Phone and internet", 150), ("Childcare", 780), ("Other", 220)])
    counselor = HOLLOWAY
    letter = cover_letter(dt.date(2044, 6, 3), TAMARACK, [app.borrower], app.loan, app.address, knhc_paras(
        "Mr. Betancourt's Mortgage Assistance Application (Form 710), signed and dated; his two most recent pay "
        "statements from Laurelwood Regional Medical Center; his hardship letter; and our budget worksheet.", budget,
        ["Mr. Betancourt's award letter from the Department of Veterans Affairs for his disability compensation "
         "could not be located before mailing; he has requested a new copy through VA.gov and we will forward it "
         "under separate cover as soon as it arrives."], "Mr. Betancourt"), counselor, "FIRST-CLASS MAIL", seed + 51)
    on = dt.date(2044, 6, 1)
    hl = hardship_letter([app.borrower], addr, app.loan, on, TAMARACK.name, [
        "On April 19 the storms that hit Dauphin County flooded the storm drains on our block and about two feet "
        "of water came into our basement. We lost the furnace, the water heater and the washer and dryer. Our "
        "homeowner's policy does not cover flood water, so we are paying a contractor in installments.",
        "Between the repairs and the days I missed work to deal with the damage we fell behind in May. My job and "
        "my VA disability pay are steady. I ask for a short forbearance or a repayment plan so we can catch up."],
        ink=True, seed=seed + 52)
    style = Scan(dpi=300, tilt=0.3, blur=0.95, noise=0.00012, quality=40)
    sep = build_paper(separator_sheet(app.loan, received), False)
    parts: list[tuple[Doc | None, Built]] = []
    for doc, built in ((other_doc(), build_paper(letter, False)), (app_doc(), form710(app, False)),
                       (stub_doc(stubs[0]), build_paper(stubs[0].paper, False)),
                       (stub_doc(stubs[1]), build_paper(stubs[1].paper, False)),
                       (hardship_doc(on), build_paper(hl, False)),
                       (other_doc(), build_paper(budget_worksheet([app.borrower], app.loan, TAMARACK, budget,
                                                                  counselor), False))):
        parts += [(None, sep), (doc, built)]
    p.scanned("Batch 0608-03.pdf", parts, style, seed + 500)
    return p


def packet_ax6(seed: int) -> Packet:
    """Complete: e-mailed born-digital files, the comb form signed on screen by both; the letter explains the
    "other" hardship."""
    rng = random.Random(seed * 1000 + 6)
    received = dt.date(2044, 2, 22)
    job = HospitalJob("Keisha D. Lambright", "LRMC-104562", "Respiratory Care", "Respiratory Therapist", 36.9200,
                      72.0, ("Night shift differential", "Weekend differential", "On-call standby",
                             "Call-back pay 1.5x", "Overtime 1.5x"),
                      (("Medical - PPO employee + spouse", 148.62), ("Dental", 14.10), ("Vision", 4.85),
                       ("403(b) retirement 5%", 0.0), ("Dependent care FSA", 96.15)),
                      (("Supplemental life", 8.60), ("Parking - Garage B", 12.00), ("Roth 403(b)", 40.00)), 0.09,
                      "Millrace FCU checking ****6153", key=seed * 7 + 6)
    stubs = [hospital_stub(job, d) for d in (dt.date(2044, 2, 5), dt.date(2044, 2, 19))]
    addr = ["725 Walnut Bottom Road", "Shippensburg, PA 17257"]
    cola = ssa_cola("Owen J. Lambright", addr, dt.date(2043, 12, 4), 1412.00, "944-18-2750")
    jan_nets = [hospital_stub(job, d).fields["net_current"] for d in (dt.date(2044, 1, 8), dt.date(2044, 1, 22))]
    credits = [(8, "LAURELWOOD RMC PAYROLL", jan_nets[0]), (13, "SSA TREAS 310 SOC SEC", 1412.00),
               (22, "LAURELWOOD RMC PAYROLL", jan_nets[1])]
    bills = [(4, "ACH LITTLE ACORNS CHILD CARE", 1120.00), (15, "ONLINE PMT JUNIATA HOLLOW MTG", 1566.90),
             (18, "ACH LITTLE ACORNS CHILD CARE", 1120.00), (25, "POS WEIS MARKETS #118", 212.64)]
    stmt = cu_statement(rng, ["Keisha D. Lambright", "Owen J. Lambright"], addr, "3300556153", 2044, 1, 1876.02,
                        4120.55, 9236.80, credits, 318.45, bills)
    app = App("4003356712", "Keisha D. Lambright", "944-02-5591", "725 Walnut Bottom Road", "Shippensburg", "PA",
              "17257", "(717) 555-0149", "keisha.lambright@example.com", "primary_residence", ["other"],
              dt.date(2043, 10, 9), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 1412.00},
              dt.date(2044, 2, 16), checking=stmt.fields["ending_balance"], savings=4120.00, payment=1566.90,
              co="Owen J. Lambright", co_ssn="944-18-2750", other_text="Raising two grandchildren since Oct 2043",
              seed=seed * 10 + 6)
    p = Packet("ax6", received, app, [])
    knhc_view = round((average_monthly(stubs[-1]) + 1412.00 + 326.00) / 10) * 10
    counselor = HOLLOWAY
    clients = [app.borrower, app.co or ""]
    s = "KNHC_Lambright_"
    letter = cover_letter(dt.date(2044, 2, 18), JUNIATA, clients, app.loan, app.address, knhc_paras(
        "the Lambrights' Borrower Response Package, signed by both borrowers; Mrs. Lambright's two most recent "
        "pay statements; Mr. Lambright's Social Security notice of his new benefit amount; their January credit "
        "union statement; the signed third-party authorization; and their letter.", None, [
            "In October the Lambrights took in their two grandchildren, now in their legal custody. Our budget "
            f"review puts the household's gross income at about ${knhc_view:,.0f} a month, averaging Mrs. "
            "Lambright's shift pay over the year so far and including the county's kinship care stipend of $326 "
            "a month, which is not reported on the application."],
        "Keisha and Owen Lambright"), counselor, "ELECTRONIC MAIL", seed + 61)
    p.digital(s + "cover.pdf", other_doc(), build_paper(letter, True))
    p.digital(s + "BRP_signed.pdf", app_doc(), build_paper(jh_form(app, False, counselor), True))
    for st in stubs:
        p.digital(s + f"paystub_{st.date.strftime('%m%d')}.pdf", stub_doc(st), build_paper(st.paper, True))
    p.digital(s + "SSA_letter.pdf", letter_doc(cola), build_paper(cola.paper, True))
    p.digital(s + "Jan_statement.pdf", stmt_doc(stmt), build_paper(stmt.paper, True))
    auth = authorization_form([(app.borrower, app.ssn), (app.co or "", app.co_ssn or "")], app.loan, JUNIATA,
                              app.address, dt.date(2044, 2, 9), counselor, False, seed + 62)
    p.digital(s + "authorization.pdf", other_doc(), build_paper(auth, True))
    on = dt.date(2044, 2, 16)
    hl = hardship_letter(clients, addr, app.loan, on, JUNIATA.name, [
        "In October our daughter entered a long-term treatment program and the county placed her two children, "
        "ages four and seven, with us. We have legal custody now. We did not plan for it: we pay for childcare "
        "while Keisha works her shifts, and the children's food, clothing and school costs.",
        "Owen is retired and Keisha works full time as a respiratory therapist. Our income has not dropped, but our "
        "expenses have gone up by more than $1,200 a month and we fell behind in December. We ask for a "
        "modification so that we can keep our home for the children."], ink=False, seed=seed)
    p.digital(s + "hardship_letter.pdf", hardship_doc(on), build_paper(hl, True))
    return p


def packet_ax7(seed: int) -> Packet:
    """Incomplete (irs_form_4506c, absent): one fax behind the agency's transmittal sheet; Form 710 claims rent
    documented by two credit union statements, but no Form 4506-C came."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2044, 3, 29)
    job = SchoolJob("Gregory S. Yoder", "E002981", "Teacher - Social Studies", "Cedar Run Middle School", 71847.00,
                    0.09, 212.40, 61.50, "Millrace FCU checking ****3907")
    stub = school_stub(job, dt.date(2044, 2, 29))
    addr = ["57 Conodoguinet Drive", "Camp Hill, PA 17011"]
    holder = ["Gregory S. Yoder"]
    jan = [(3, "MOBILE DEPOSIT - RENT 57B", 1150.00), (29, "CVSD PAYROLL DIR DEP", stub.fields["net_current"])]
    feb = [(2, "MOBILE DEPOSIT - RENT 57B", 1150.00), (29, "CVSD PAYROLL DIR DEP", stub.fields["net_current"])]
    s1 = cu_statement(rng, holder, addr, "3300413907", 2044, 1, 2208.73, 860.40, 11890.12, jan, 356.20,
                      [(7, "CHECK CARD R&K HEATING AND COOLING", 1850.00), (12, "ACH STUDENT LOAN PMT", 310.00),
                       (20, "ONLINE PMT TAMARACK POINT LOAN", 1200.00)])
    s2 = cu_statement(rng, holder, addr, "3300413907", 2044, 2, s1.fields["ending_balance"], s1.carry["savings"],
                      s1.carry["loan"], feb, 356.20,
                      [(12, "ACH STUDENT LOAN PMT", 310.00), (17, "ONLINE PMT TAMARACK POINT LOAN", 1200.00),
                       (23, "POS LOWES #1192", 486.21)])
    app = App("0077195546", "Gregory S. Yoder", "919-44-3071", "57 Conodoguinet Drive", "Camp Hill", "PA", "17011",
              "(717) 555-0110", "gsyoder@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2043, 9, 1), "long", {"wages": stub.monthly, "rental": 860.00}, dt.date(2044, 3, 23),
              checking=s2.fields["ending_balance"], savings=910.00, form="710", seed=seed * 10 + 7)
    p = Packet("ax7", received, app, ["irs_form_4506c"])
    budget = Budget(dt.date(2044, 3, 16), [("Gregory - teaching salary (CVSD)", round(stub.monthly), 4188),
                                           ("Rent from unit 57B (gross)", 1150, 1150)],
                    [("Mortgage payment (PITI) - duplex", 2398), ("Unit 57B repairs and upkeep", 290),
                     ("Utilities (both units)", 455), ("Food and household", 540), ("Car payment and insurance", 356),
                     ("Phone and internet", 120), ("Student loan", 310), ("Furnace and floor loan (contractor)", 410),
                     ("Other", 160)])
    counselor = OKONKWO
    letter = cover_letter(dt.date(2044, 3, 28), TAMARACK, holder, app.loan, app.address, knhc_paras(
        "Mr. Yoder's signed Mortgage Assistance Application (Form 710), his February pay advice from the "
        "Conodoguinet Valley School District, his January and February statements from Millrace Federal Credit "
        "Union showing the rent deposits from the second unit of his duplex, his hardship letter, the signed "
        "third-party authorization and our budget worksheet.", budget, [
            "Mr. Yoder lost his summer and evening teaching work last September, and the second unit of his duplex "
            "stood empty from September through December while it was repaired."], "Mr. Yoder"),
        counselor, f"FACSIMILE TO {TAMARACK.fax}", seed + 71)
    auth = authorization_form([(app.borrower, app.ssn)], app.loan, TAMARACK, app.address, dt.date(2044, 3, 16),
                              counselor, True, seed + 72)
    on = dt.date(2044, 3, 23)
    hl = hardship_letter(holder, addr, app.loan, on, TAMARACK.name, [
        "For years I taught evening courses at the community college and summer school for the district on top of "
        "my regular contract. Both ended last September. At the same time my tenant in the other half of the "
        "duplex moved out and the unit needed a new furnace and floors before I could rent it again; it was empty "
        "for four months.",
        "The unit is rented again since January, but I used my savings for the repairs and fell behind on the "
        "mortgage. I ask for a modification based on my salary and the rent I now receive."], ink=True,
        seed=seed + 73)
    parts: list[tuple[Doc | None, Built]] = [
        (other_doc(), build_paper(letter, False)), (other_doc(), build_paper(auth, False)),
        (other_doc(), build_paper(budget_worksheet(holder, app.loan, TAMARACK, budget, counselor), False)),
        (app_doc(), form710(app, False)), (stub_doc(stub), build_paper(stub.paper, False)),
        (stmt_doc(s1), build_paper(s1.paper, False)), (stmt_doc(s2), build_paper(s2.paper, False)),
        (hardship_doc(on), build_paper(hl, False))]
    pages = 1 + sum(b.pages for _, b in parts)
    cover = build_paper(fax_cover(received, TAMARACK, app.loan, holder, pages, counselor), False)
    stamp = "MAR-29-2044 14:15"
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0007, fax=True)
    p.scanned("fax_20440329_141502.pdf", [(None, cover), *parts], style, seed + 700,
              header=lambda i, n: f"{stamp}  KEYSTONE NBHD HSG CNSL   7175550165   >> 13025550147   "
                                  f"PAGE {i:02d} OF {n:02d}")
    return p


def packet_ax8(seed: int) -> Packet:
    """Complete: mailed paper scanned with separator sheets; Form 710 signed in ink by both spouses; a teacher's
    and a hospital technician's stubs."""
    received = dt.date(2044, 5, 18)
    teacher = SchoolJob("Nadine C. Fairweather", "E006630", "Teacher - Kindergarten", "Silver Spring Elementary",
                        58962.00, 0.07, 212.40, 61.50, "Millrace FCU checking ****8842")
    t_stub = school_stub(teacher, dt.date(2044, 4, 29))
    tech = HospitalJob("Curtis L. Fairweather", "LRMC-131178", "Imaging Services", "CT Technologist", 33.1500, 80.0,
                       ("Evening shift differential", "Weekend differential", "On-call standby",
                        "Call-back pay 1.5x"),
                       (("Dental", 14.10), ("Vision", 4.85), ("403(b) retirement 5%", 0.0)),
                       (("Supplemental life", 7.70), ("Parking - Garage B", 12.00), ("United Way", 10.00)), 0.08,
                       "Millrace FCU checking ****8842", key=seed * 7 + 8)
    h_stub = hospital_stub(tech, dt.date(2044, 5, 13))
    addr = ["1903 Trindle Road", "Mechanicsburg, PA 17055"]
    app = App("0077260351", "Nadine C. Fairweather", "981-36-4402", "1903 Trindle Road", "Mechanicsburg", "PA",
              "17055", "(717) 555-0185", "nfairweather@example.com", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], dt.date(2043, 7, 1), "long",
              {"wages": r2(t_stub.monthly + h_stub.monthly)}, dt.date(2044, 5, 10), checking=930.00, savings=640.00,
              co="Curtis L. Fairweather", co_ssn="981-52-7719", form="710", seed=seed * 10 + 8)
    p = Packet("ax8", received, app, [])
    counselor = OKONKWO
    clients = [app.borrower, app.co or ""]
    letter = cover_letter(dt.date(2044, 5, 13), TAMARACK, clients, app.loan, app.address, knhc_paras(
        "the Fairweathers' Mortgage Assistance Application (Form 710), signed and dated by both; Mrs. Fairweather's "
        "April pay advice from the Conodoguinet Valley School District and Mr. Fairweather's latest pay statement "
        "from Laurelwood Regional Medical Center; their hardship letter; and the signed third-party authorization.",
        None, ["In our session the household's combined gross income came to roughly "
               f"${round((t_stub.monthly + average_monthly(h_stub)) / 10) * 10:,.0f} a month, averaging Mr. "
               "Fairweather's on-call pay, which varies from one pay period to the next."],
        "Nadine and Curtis Fairweather"), counselor, "FIRST-CLASS MAIL", seed + 81)
    auth = authorization_form([(app.borrower, app.ssn), (app.co or "", app.co_ssn or "")], app.loan, TAMARACK,
                              app.address, dt.date(2044, 5, 2), counselor, True, seed + 82)
    on = dt.date(2044, 5, 10)
    hl = hardship_letter(clients, addr, app.loan, on, TAMARACK.name, [
        "Last July the hospital moved Curtis from the evening shift to days and cut the overtime in Imaging, so "
        "he lost most of his differentials and overtime. The same month our township reassessed the house, and our "
        "taxes and escrow went up by almost $300 a month.",
        "Nadine's salary is the same as last year. Together our pay is about $1,100 a month less than it was while "
        "the payment is higher. We want to keep our house and ask for a modification."], ink=True, seed=seed + 83)
    style = Scan(dpi=300, tilt=0.22, blur=0.9, noise=0.00012, quality=40)
    sep = build_paper(separator_sheet(app.loan, received), False)
    parts: list[tuple[Doc | None, Built]] = []
    for doc, built in ((other_doc(), build_paper(letter, False)), (other_doc(), build_paper(auth, False)),
                       (app_doc(), form710(app, False)), (stub_doc(t_stub), build_paper(t_stub.paper, False)),
                       (stub_doc(h_stub), build_paper(h_stub.paper, False)),
                       (hardship_doc(on), build_paper(hl, False))):
        parts += [(None, sep), (doc, built)]
    p.scanned("LM_mail_20440518_0004.pdf", parts, style, seed + 800)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ax1, packet_ax2, packet_ax3, packet_ax4, packet_ax5, packet_ax6,
                                             packet_ax7, packet_ax8]


def check(out: Path, names: Sequence[str]) -> list[str]:
    """Validate the expected.json files written: keys, codes, types, dates, totals, pages and `scanned`."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for name in names:
        exp_path = out / name / "expected.json"
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        if not (exp["loan_number"].isdigit() and 6 <= len(exp["loan_number"]) <= 15):
            problems.append(f"{name}: loan number {exp['loan_number']}")
        if dt.date.fromisoformat(exp["received_on"]).year != 2044:
            problems.append(f"{name}: received_on {exp['received_on']}")
        if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if set(app) != set(APP_KEYS):
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan numbers differ")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or any(
                v <= 0 for k, v in app["income"].items()):
            problems.append(f"{name}: bad income code or amount")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income lines do not add up to the total")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None:
                dt.date.fromisoformat(app[k])
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        if app["signed"] != (app["signed_on"] is not None):
            problems.append(f"{name}: signed and signed_on disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: document ids repeat")
        if sum(d["type"] == "mortgage_assistance_application" for d in exp["documents"]) != 1:
            problems.append(f"{name}: not exactly one application")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            if not doc["pages"]:
                problems.append(f"{name}: {doc['id']} has no pages")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{name}: page listed twice {key}")
                seen.add(key)
                path = out / name / "inbox" / pg["file"]
                if not path.is_file():
                    problems.append(f"{name}: missing file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if not 1 <= pg["page"] <= len(reader.pages):
                    problems.append(f"{name}: no page {key}")
                    continue
                has_text = bool(reader.pages[pg["page"] - 1].extract_text().replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={has_text} on {key}")
            for k, v in doc["fields"].items():
                if (k.endswith(("_date", "_start", "_end")) or k == "signed_on") and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                if f["frequency"] not in PERIODS:
                    problems.append(f"{name}: frequency {f['frequency']}")
                mg = r2(f["gross_current"] * PERIODS[f["frequency"]] / 12)
                if abs(mg - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] < f["gross_current"]:
                    problems.append(f"{name}: gross_ytd below gross_current")
                if not f["period_start"] <= f["period_end"]:
                    problems.append(f"{name}: pay period")
            if doc["type"] == "bank_statement" and not doc["fields"]["period_start"] < doc["fields"]["period_end"]:
                problems.append(f"{name}: statement period")
            if doc["type"] == "benefit_award_letter" and doc["fields"]["benefit_type"] not in INCOMES:
                problems.append(f"{name}: benefit_type")
        digital_files = {pg["file"] for d in exp["documents"] if not d["scanned"] for pg in d["pages"]}
        for rel, reader in readers.items():
            extra = set(range(1, len(reader.pages) + 1)) - {n for f, n in seen if f == rel}
            if extra and rel in digital_files:  # only scans hold pages that are no document (covers, separators)
                problems.append(f"{name}: unlisted pages {sorted(extra)} in {rel}")
            elif extra:
                problems += unlisted_page_problems(name, out / name / "inbox" / rel, sorted(extra),
                                                   exp["loan_number"])
        for path in (out / name / "inbox").rglob("*"):
            if path.is_file() and path.stat().st_size > 3_200_000:
                problems.append(f"{name}: {path.name} is {path.stat().st_size} bytes")
    return problems


def unlisted_page_problems(name: str, path: Path, pages: Sequence[int], loan: str) -> list[str]:
    """A page of a combined scan that no document lists must be a separator sheet (its barcode reads
    LOAN <loan>) or, as page 1 of a fax, the sender's cover sheet (it carries no barcode)."""
    problems = []
    doc = pdfium.PdfDocument(str(path))
    try:
        for n in pages:
            img = doc[n - 1].render(scale=200 / 72, grayscale=True).to_pil()
            codes = [r.text for r in zxingcpp.read_barcodes(img)]
            if codes == [f"LOAN {loan}"] or (n == 1 and not codes):
                continue
            problems.append(f"{name}: unlisted page {n} of {path.name} reads {codes}")
    finally:
        doc.close()
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ax1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: list[str] = []
    began = time.perf_counter()
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: rules give {exp['missing']}, scenario says {sorted(p.scenario)}")
        problems += printed_problems(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        built.append(p.name)
        print(f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
              f"{sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, built)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    print(f"built {len(built)} packets in {time.perf_counter() - began:.1f} s")
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
