"""Holdout set ck (ck1..ck8): PACKETS SENT BY A HUD-APPROVED HOUSING COUNSELING AGENCY on the borrower's behalf - the
counselor assembles the borrower's papers and sends them with the agency's own paper.

Written blind: from shared/spec (all files), shared/samples (the packets, their expected.json and README),
shared/reference/README.md and the blank Form 710 it names, tests/pdf_factory.py, tests/sample_compare.py,
benchmarks/sample_accuracy.py, benchmarks/holdout_packets_af.py in full (the scaffold: signatures, scan noise,
invariant reportlab output, expected.json, --check; its helpers are copied and adapted here) and only the module
docstrings of the other holdout_packets_*.py (ar, ax, aj and an also carry counseling-agency papers; the layouts here
differ from theirs) - never the service's code, its .yaml data files, its other tests, the project README or the git
history, and the service was not run on these packets.

    python benchmarks/holdout_packets_ck.py OUT_DIR [--seed N] [--check] [--only ck1 ck5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch processed with `--received-on <received_on>`; received dates are weekdays of 2061 (March to October). The seed
changes hours worked, tips, transactions, pen strokes, stamp wear and scanner noise - never names, dates or the
missing codes. Same seed, same bytes (reportlab invariant mode, seeded noise, fixed pypdf identifiers). All people,
employers, agencies, banks and servicers are fictional; SSNs use the 900-999 area and are printed as last four digits
only; every page carries a faint "synthetic test document" line.

THE AGENCIES AND THEIR PAPER. Sweetwater Bend Housing Counseling Agency (Harlowe NE, HUD agency ID 86-2241;
counselors Priya N. Odell, Benedict R. Marsh) sends to Quillfeather Mortgage Servicing, LLC; Ninebark Neighborhood
Housing Partnership (Coldbrook VT, 92-0577; Joanna K. Fairley) sends to Redfern Lake Loan Servicing. Their letterhead
is a coloured SIDEBAR down the whole left edge (the name stacked in white, "HUD-approved housing counseling agency",
the ID, address, phones, web address, the counselors' names at its foot) with the text to its right.
- COVER LETTER: date, a delivery line in italics ("Sent by e-mail ...", "By fax ... 10 pages including this
  letter"), the servicer's address, a boxed "RE: Client(s) / Loan number / Property" block, two paragraphs, an
  ENCLOSURES table (No. | Document | Pages - in ck4 one row reads "IRS Form 4506-C ... to follow"), "Sincerely," and
  the counselor's signature, name, title, phone and e-mail.
- THIRD-PARTY AUTHORIZATION (form TPA-2): ruled rows in Courier (servicer, loan number, property, "Client n - name
  (SSN ending nnnn)"), four numbered statements each with an INITIALS box at the left (initials typed, or written in
  pen), and a signature and "Date signed" line per client - signed on screen with the date typed, or in ink.
- CLIENT INTAKE SHEET (form IN-4, a full-width band title, "Agency record for HUD counseling reports - not an
  application"): captioned cells (client ID, intake date, counselor, service), facts (household size, % of area
  median income, language, referral, payments behind, sale date, and "Household gross income, monthly (HUD
  reporting)" - a figure that is NOT the application's), counseling goals, and a ticked list of copies collected.
- HOUSEHOLD BUDGET WORKSHEET: "MONEY COMING IN" (source, how often, each time, per month) as the household budgets
  it - TAKE-HOME pay, a daughter's help, SNAP, seasonal cash, LTD after tax - and "MONEY GOING OUT" in two columns, a
  summary box and a counselor's note. Its "Total coming in" never equals the application's income total.
- PORTAL SUBMISSION SUMMARY printed from a browser ("Lodestar Counselor Exchange"): the browser's date / title line
  at the top and the page address with "1/1" at the bottom, a dark bar, "Submission summary" with a green
  "DELIVERED TO SERVICER" pill, Submission ID, Submitted, Submitted by, Servicer, Loan number, Client(s), and a
  "Document checklist" of ticked boxes with STATUS and FILES - in ck2 it ticks "Pay stubs - two most recent /
  Enclosed / villanueva_paystubs.pdf" and no pay stub is in the packet.
- A worn rectangular rubber stamp "<AGENCY> / RECEIVED BY COUNSELOR / MON DD YYYY" (double-ruled, tilted a few
  degrees) on the copies the agency made of the clients' papers; copies for its binder are THREE-HOLE PUNCHED (the
  holes show dark on the scan).

THE APPLICATIONS.
- The real Form 710 (April 2023) filled through its AcroForm: typed and signed on screen with the date typed (ck1;
  ck5 names the co-borrower, who did not sign or date it); typed, printed, signed and dated in ink, then faxed (ck3)
  or grey-scanned (ck7).
- The COUNSELOR'S TRANSCRIPTION of Form 710 (two pages, "MORTGAGE ASSISTANCE APPLICATION / Fannie Mae/Freddie Mac
  Form 710 (April 2023) - the borrower's answers, typed by the housing counselor", "Page n of 2" over a double
  rule): every question of the form in order as a Courier line with DOT LEADERS and the answer in bold Courier
  after the dots ("Loan number .......... 2274905516"), the choices as runs of "[X] A primary residence  [ ] A second
  home ...", the ten hardship types as a list of [X] / [ ] lines, PART 4 the eight income lines with "$" and the
  amount at the right and a "TOTAL MONTHLY INCOME (sum of the lines above)" line, PART 5 assets, PART 6 a
  certification paragraph and "Borrower signature: ____ Date: ____" and the co-borrower's, then "Typed by <counselor>,
  housing counselor, on <date> from the borrower's answers." Signed on screen (ck2) or in ink (ck4, ck6, ck8).

THE BORROWERS' PAPERS. Pay stubs from employers of several kinds, each year-to-date figure the sum of that year's
checks and the frequency printed: a supermarket chain's weekly ASSOCIATE EARNINGS STATEMENT (green strip, fact
cells, earnings | deductions, a three-box GROSS / TOTAL DEDUCTIONS / NET band; ck1); a school district's semi-monthly
STATEMENT OF EARNINGS (a 3 x 3 captioned grid, one ruled CURRENT / YEAR TO DATE table; ck3) and the same layout for a
dental office (ck5); a payroll service's bi-weekly Pay Statement with dark group bars (a distribution center, ck5;
an ethanol plant's "Payroll Advice", ck7); a restaurant's receipt-like weekly Courier stub with "Cash tips reported"
and "Charged tips" as earnings and a void check part (ck6); a staffing firm's weekly statement with a seven-day time
grid and the client company named (ck8). Credit-union statements (one page, opening and closing balance rows; ck4);
a quarterly profit and loss statement signed and dated in ink (ck4); benefit letters - a VA benefit summary
(non-taxable, ck2), a quarry workers' pension plan's survivor pension (taxable, ck3), a group disability insurer's
LTD approval (taxable, ck6), a county retirement system's annual benefit statement (taxable, ck7); a newspaper
obituary (ck3); hardship letters in the borrower's words - typed at home (ck2 unsigned, e-mailed; ck3, ck4, ck7
signed in ink) and one HAND-WRITTEN on ruled notebook paper (ck6).

DELIVERIES. A folder named after the loan of born-digital files (ck1); the portal's ONE-FILE export joining born-digital
pages and one agency-scanned image page (ck2); one 200 dpi fax with the sending machine's header line "MAY-17-2061
09:14  NINEBARK NHP  802 555-0149  P.01/10" on every page (ck3, thresholded; ck8, DITHERED, neither file named after
the loan); one 200 dpi grey copier scan of the whole packet (ck4 - punched and stamped copies - and ck7); loose
born-digital files "<loan>-<paper>.pdf" (ck5); a folder named after the loan holding born-digital agency papers and
one 150 or 200 dpi grey scan per client paper under the copier's names (ck6). Scans are tilted 0.25 to 0.45 degrees,
a little blurred and speckled.

HOW A CAREFUL PROCESSOR READS THESE PAPERS (every reading a spec-literal reader could dispute):
- The counselor's transcription IS the application (type mortgage_assistance_application): it puts every question
  of Form 710 to the borrower, carries the borrower's answers and certification and is signed and dated by the
  borrower(s) - "Form 710 or the servicer's equivalent" (checklist.md), and a submission by the borrower's agent
  counts (Reg X, domain-rules.md 1.2). Its answers are the application's; signed_on is the BORROWER's date beside
  the signature, not the counselor's "Typed by ... on <date>" line; its printed TOTAL (the sum of its lines) is the
  total. On Form 710, which prints no total, the total is the sum of the lines.
- Every agency paper - cover letter, third-party authorization, intake sheet, budget worksheet, portal submission
  summary - is a document of type `other` with no fields. None of them is a fax cover or separator sheet: each
  carries content of its own (an enclosure list, the client's signed consent, facts, a budget, a checklist), so each
  is listed. No packet has a fax cover sheet.
- Figures on agency papers never replace the application's: the budget worksheet's "Total coming in" (take-home pay,
  relatives' help, SNAP, seasonal cash) and the intake sheet's HUD-reporting household income differ from the
  application's income total, and expected.json holds the application's.
- A checklist is a claim, not a paper. ck2's portal summary ticks "Pay stubs - two most recent: Enclosed" and no stub
  or bank statement is in the packet, so wages claimed on the transcription are undocumented: income_doc:wages. ck4's
  cover letter promises the Form 4506-C "to follow": self-employment is claimed and no signed 4506-C is in the case,
  so irs_form_4506c is missing (the signed quarterly P&L and the two consecutive fresh statements do satisfy
  income_doc:self_employment).
- The RECEIVED BY COUNSELOR stamp date is when the counselor got the copy; freshness runs from the paper's own date
  (pay date, period end, letter date). In ck7 the county retirement system's annual benefit statement is dated
  December 15, 2060 and stamped SEP 08 2061: 279 days before the packet arrived, so it is stale and, with no bank
  statements, benefits_taxable is undocumented (income_doc:benefits_taxable). That the letter calls itself the annual
  statement and the benefit "changes only with the cost-of-living adjustment" does not make it fresh.
- A co-borrower's signature on the agency's AUTHORIZATION is not a signature on the application: in ck5 both spouses
  signed the authorization, Form 710 names Amara N. Lindqvist as co-borrower and her signature and date lines are
  empty - co_borrower_signed false, application_signature missing (signed true: the borrower signed and dated).
- ck8's transcription leaves "The hardship began on approximately (date)" empty (the cover letter and intake sheet
  speak of a layoff but give no date, and the intake sheet's "Payments behind at intake 1 (September)" is not a
  hardship date): hardship_start_date null and application_field:hardship_start_date missing. Unemployment (the
  hardship and Levon's benefit line) needs no paper.
- Pay stub readings: gross_current is the stub's printed gross (the restaurant's GROSS PAY includes the cash tips
  reported and the charged tips); the employer of the staffing stub is the staffing firm (the employer of record that
  pays), not the client company it names; the semi-monthly school-district and dental stubs pay on the 15th (period
  the 1st to the 15th) and on the last day (the 16th to the last day), pay date = check date; weekly and bi-weekly
  frequencies are printed. Where an application claims wages of both spouses (ck5) the amount is their sum, and each
  stub is its own document.
- Benefit letters: benefit_type is the income code the letter documents - VA disability compensation (says it is
  not taxable) benefits_nontaxable; survivor pension, employer-paid LTD and county pension (each says taxable)
  benefits_taxable; monthly_amount is the gross monthly figure; letter_date is the date at the top (the VA letter's
  "Effective date" is the same day). The LTD approval is a benefit letter, not a medical statement: ck6's disability
  hardship is documented by the borrower's own hand-written letter ("a written statement from the borrower").
- The obituary is type obituary with no fields, as in the shared samples; it satisfies hardship_doc:death (ck3).
- A fax header's "P.04/08" counts the fax's pages, not a document's.

PACKETS
- ck1 (folder of born-digital files): cover letter, authorization, Form 710 on screen, two weekly grocery stubs,
  budget worksheet; reduction in income, wages. COMPLETE.
- ck2 (portal export, one file): submission summary ticking absent pay stubs, transcription signed on screen,
  authorization, VA letter scanned and stamped, typed hardship letter; wages + non-taxable VA. INCOMPLETE:
  income_doc:wages.
- ck3 (fax): cover letter, Form 710 signed in ink, two semi-monthly district stubs (stamped), survivor pension letter,
  obituary (stamped), signed hardship letter; death, wages + taxable pension. COMPLETE.
- ck4 (grey copier scan, punched and stamped copies): cover letter promising the 4506-C, intake sheet, transcription
  signed in ink, signed quarterly P&L, two consecutive credit-union statements, signed hardship letter;
  self-employment. INCOMPLETE: irs_form_4506c.
- ck5 (loose "<loan>-<paper>.pdf" files): cover letter, authorization signed by both, Form 710 signed by the borrower
  only, warehouse bi-weekly and dental semi-monthly stubs, budget worksheet; higher housing costs, wages of both.
  INCOMPLETE: application_signature.
- ck6 (folder: born-digital agency papers, one scan per client paper): cover letter, transcription signed in ink by
  both, hand-written hardship letter, LTD approval (stamped), two weekly restaurant stubs with tips (stamped), budget
  worksheet; disability, wages + taxable LTD. COMPLETE.
- ck7 (grey scan of the whole packet): portal summary, authorization in ink, Form 710 in ink, ethanol plant's
  bi-weekly stub (stamped), county pension statement dated Dec 2060 (stamped Sep 2061), signed hardship letter;
  "other" hardship, wages + taxable pension. INCOMPLETE: income_doc:benefits_taxable.
- ck8 (dithered fax): cover letter, authorization in ink by both, intake sheet, transcription signed by both with the
  hardship date blank, two weekly staffing stubs (stamped), budget worksheet; unemployment, wages + unemployment
  benefits. INCOMPLETE: application_field:hardship_start_date.
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
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
STAMP_FONT = FONT_DIR / "dejavu/DejaVuSans-Bold.ttf"
FAXHEAD_FONT = FONT_DIR / "dejavu/DejaVuSansMono.ttf"
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


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def stamp_date(d: dt.date) -> str:
    return d.strftime("%b %d %Y").upper()


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added to the paper after it was printed: a signature ("sig"), a hand-written string ("hand") or
    a rubber stamp ("stamp", its lines in `text` separated by "|", `w` its width, `size` its rotation in degrees).
    x, y: PDF points from the page's bottom-left (the baseline's left end; a stamp's bottom-left corner)."""

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
    for m in marks:
        if m.kind == "sig":
            draw_signature_vector(c, m)
        elif m.kind == "hand":  # typed on screen
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)
        # a rubber stamp only lands on paper: never on a born-digital page


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_ck")
    for fn in paper.pages:
        c.setPageSize(paper.size)
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


def papers_pdf(papers: Sequence[Paper]) -> bytes:
    """Several born-digital papers in one file (a portal's export)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_ck")
    for paper in papers:
        for fn in paper.pages:
            c.setPageSize(paper.size)
            apply_screen_marks(c, fn(c))
            synth_line(c, paper.size)
            c.showPage()
    c.save()
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
               size: float = 11, leading: float = 14.5, gap: float = 8) -> float:
    c.setFont(font, size)
    for para in paras:
        for ln in wrap(para, font, size, width):
            c.drawString(x, y, ln)
            y -= leading
        y -= gap
    return y


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How the agency (or the borrower) turned paper into a PDF."""

    dpi: int = 200
    tilt: float = 0.3
    blur: float = 0.5
    noise: float = 0.0006
    fax: bool = False
    dither: bool = False  # a fax of a grey page: ordered dither instead of a hard threshold
    seed: int = 1


def _font(path: Path, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), max(6, px))


def stamp_image(lines: Sequence[str], scale: float, w_pt: float, seed: int) -> Image.Image:
    """A worn rubber stamp: a double-ruled box holding its lines, white background (255) and ink (low)."""
    big = _font(STAMP_FONT, round(9.5 * scale))
    small = _font(STAMP_FONT, round(7.0 * scale))
    lh = [round(12.5 * scale) if i == 0 else round(14 * scale) for i in range(len(lines))]
    wd = round(w_pt * scale)
    ht = sum(lh) + round(10 * scale)
    img = Image.new("L", (wd, ht), 255)
    d = ImageDraw.Draw(img)
    lw = max(1, round(1.3 * scale))
    d.rectangle([0, 0, wd - 1, ht - 1], outline=0, width=lw)
    inset = round(2.6 * scale)
    d.rectangle([inset, inset, wd - 1 - inset, ht - 1 - inset], outline=0, width=max(1, lw // 2))
    y = round(6 * scale)
    for i, ln in enumerate(lines):
        font = small if i == 0 else big
        tw = font.getlength(ln)
        d.text(((wd - tw) / 2, y), ln, fill=0, font=font)
        y += lh[i]
    rng = random.Random(seed)
    px = img.load()
    for _ in range(int(wd * ht * 0.05)):  # worn spots where the ink did not take
        x, yy = rng.randrange(wd), rng.randrange(ht)
        if px[x, yy] < 128:
            px[x, yy] = 200
    return img


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> Image.Image:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "hand":
            rng = random.Random(m.seed)
            font = _font(HAND_FONT, round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.7, 0.7) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.97, 1.07)
        elif m.kind == "stamp":
            st = stamp_image(m.text.split("|"), scale, m.w, m.seed)
            st = st.rotate(m.size, resample=Image.Resampling.BILINEAR, expand=True, fillcolor=255)
            st = st.point(lambda v: int(85 + v * (255 - 85) / 255))  # red ink reads mid grey on a grey scan
            left = round(m.x * scale)
            top = round((page_h - m.y) * scale) - st.size[1]
            region = img.crop((left, top, left + st.size[0], top + st.size[1]))
            img.paste(ImageChops.darker(region, st), (left, top))
            draw = ImageDraw.Draw(img)
    return img


def punch_holes(img: Image.Image, scale: float, page_h: float, holes: int) -> None:
    """Three (or two) punched holes down the left edge: the scanner's dark lid shows through them."""
    if not holes:
        return
    draw = ImageDraw.Draw(img)
    r = 0.14 * 72 * scale
    cx = 0.45 * 72 * scale
    tops = (1.25, 5.5, 9.75) if holes == 3 else (2.75, 8.25)
    for t in tops:
        cy = t * 72 * scale * page_h / 792
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=28, outline=90)


def fax_header(img: Image.Image, scale: float, text: str) -> None:
    """The sending fax machine's header line across the top of the page."""
    draw = ImageDraw.Draw(img)
    font = _font(FAXHEAD_FONT, round(7.5 * scale))
    draw.rectangle([0, 0, img.size[0], round(15 * scale)], fill=255)
    draw.text((round(24 * scale), round(4 * scale)), text, fill=0, font=font)


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
        px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax and style.dither:
        out = out.convert("1", dither=Image.Dither.FLOYDSTEINBERG)
    elif style.fax:
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


@dataclass(frozen=True)
class Copy:
    """What happened to the sheets before the scan: the counselor's stamp on page 1, punched holes."""

    stamp: tuple[str, dt.date, float, float] | None = None  # agency line, date received, x, y of the stamp
    holes: int = 0
    tilt_stamp: float = 4.0


def scan_sheets(pdf: bytes, marks: Sequence[Sequence[Mark]], style: Scan, seed: int,
                copy: Copy = Copy()) -> list[ScannedPage]:
    """Print a PDF, add the ink marks of each page (and the counselor's stamp), and scan the sheets."""
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(pdf, style.dpi)):
        scale = style.dpi / 72
        page_marks = list(marks[i]) if i < len(marks) else []
        if copy.stamp and i == 0:
            agency, on, sx, sy = copy.stamp
            page_marks.append(Mark("stamp", sx, sy, f"{agency}|RECEIVED BY COUNSELOR|{stamp_date(on)}", w=150,
                                   size=copy.tilt_stamp, seed=seed + 17))
        img = ink_on_image(img, page_marks, scale, page_h)
        punch_holes(img, scale, page_h, copy.holes)
        size = (img.size[0] / scale, img.size[1] / scale)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def paper_source(paper: Paper) -> tuple[bytes, list[list[Mark]]]:
    """The printed paper (no ink) and the ink marks of each page."""
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


def scan_paper(paper: Paper, style: Scan, seed: int, copy: Copy = Copy()) -> list[ScannedPage]:
    pdf, marks = paper_source(paper)
    return scan_sheets(pdf, marks, style, seed, copy)


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan, headers: Sequence[str] = ()) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages for a fax (with the
    sending machine's header line when `headers` gives one per page)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    for i, sheet in enumerate(sheets):
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        image = sheet.image
        if headers:
            image = image.convert("L")
            fax_header(image, style.dpi / 72, headers[i])
        if style.fax:
            image.convert("1").convert("L").save(data, "PNG", optimize=False)
        else:
            image.save(data, "JPEG", quality=80)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_ck"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def join_pdfs(parts: Sequence[bytes], tag: str) -> bytes:
    """One file holding the pages of several PDFs in order (a portal's export of born-digital and scanned pages)."""
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    return fixed_pypdf_bytes(writer, tag)


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class PayCheck:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours or units, rate, amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def rng_key(rng: random.Random) -> int:
    """A number fixed by the packet's seed, so histories change with --seed but not between stubs."""
    return random.Random(rng.getstate()[1][0]).randrange(10**6)


def pay_dates(first: dt.date, current: dt.date, frequency: str) -> list[dt.date]:
    """Every pay date of current's year up to current: weekly / bi-weekly from `first`, semi-monthly on the 15th
    and the last day of the month, monthly on the last day."""
    out: list[dt.date] = []
    if frequency in ("monthly", "semimonthly"):
        for month in range(1, current.month + 1):
            last = dt.date(current.year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
            if frequency == "semimonthly":
                out.append(dt.date(current.year, month, 15))
            out.append(last)
        return [d for d in out if d <= current]
    step = 7 if frequency == "weekly" else 14
    d = first
    while d <= current:
        out.append(d)
        d += dt.timedelta(days=step)
    return out


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


def net_of(ch: PayCheck, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(v for _, v in wh.deductions))


def ytd_of(checks: Sequence[PayCheck], wh: Withholding) -> dict[str, float]:
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


def stub_fields(employer: str, employee: str, ch: PayCheck, start: dt.date, end: dt.date, frequency: str,
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


def grocery_stub(rng: random.Random, chain: str, store: str, associate: str, assoc_id: str, dept: str,
                 pay_date: dt.date, first_pay: dt.date, rate: float, wh: Withholding) -> Stub:
    """A supermarket chain's weekly associate earnings statement: a green title strip, a fact row, earnings on
    the left and deductions on the right, and a three-figure summary band (gross, deductions, net)."""
    key = rng_key(rng)
    checks = []
    for d in pay_dates(first_pay, pay_date, "weekly"):
        rr = random.Random(f"{assoc_id}{d}{key}")
        reg = rr.choice([32.0, 34.5, 36.0, 38.0, 40.0])
        ot = rr.choice([0.0, 0.0, 2.5, 4.0])
        sun = rr.choice([0.0, 6.0, 8.0])
        lines = {"Regular": (reg, rate, r2(reg * rate)), "Overtime 1.5x": (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5))),
                 "Sunday premium": (sun, 1.00, r2(sun * 1.00))}
        checks.append(PayCheck(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        green = Color(0.13, 0.42, 0.2)
        c.setFillColor(green)
        c.rect(40, 724, 532, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 17)
        c.drawString(52, 737, chain)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(560, 744, "ASSOCIATE EARNINGS STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(560, 731, f"{store}  -  non-negotiable")
        c.setFillColor(black)
        facts = [("ASSOCIATE", associate), ("ASSOCIATE ID", assoc_id), ("DEPARTMENT", dept),
                 ("WEEK", f"{mdy(start)} - {mdy(end)}"), ("PAY DATE", mdy(pay_date)), ("PAID", "Weekly")]
        x = 40.0
        widths = (120, 70, 80, 128, 70, 64)
        for (cap, val), wd in zip(facts, widths, strict=True):
            c.setLineWidth(0.5)
            c.rect(x, 684, wd, 32, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, 706, cap)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x + 4, 690, val)
            x += wd
        y = 660
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y, "EARNINGS")
        c.drawString(330, y, "DEDUCTIONS")
        y -= 14
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y, "TYPE")
        for xx, t in ((160, "HOURS"), (205, "RATE"), (255, "THIS WEEK"), (312, "YTD")):
            c.drawRightString(xx, y, t)
        c.drawString(330, y, "DESCRIPTION")
        c.drawRightString(500, y, "THIS WEEK")
        c.drawRightString(570, y, "YTD")
        c.line(40, y - 4, 314, y - 4)
        c.line(330, y - 4, 572, y - 4)
        ey = y - 16
        c.setFont("Helvetica", 8.5)
        for lab, (hrs, rt, amt) in ch.lines.items():
            c.drawString(40, ey, lab)
            c.drawRightString(160, ey, f"{hrs:.2f}")
            c.drawRightString(205, ey, f"{rt:.2f}")
            c.drawRightString(255, ey, money(amt))
            c.drawRightString(312, ey, money(ytd[lab]))
            ey -= 13
        dy = y - 16
        for lab, amt in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(330, dy, lab)
            c.drawRightString(500, dy, money(amt))
            c.drawRightString(570, dy, money(ytd[lab]))
            dy -= 13
        by = min(ey, dy) - 58
        ded = r2(ch.gross - net)
        ded_ytd = r2(ytd["GROSS"] - ytd["NET"])
        for i, (cap, cur, yr) in enumerate((("GROSS PAY", ch.gross, ytd["GROSS"]), ("TOTAL DEDUCTIONS", ded, ded_ytd),
                                             ("NET PAY", net, ytd["NET"]))):
            x = 40 + i * 178
            c.setFillColor(Color(0.9, 0.95, 0.9))
            c.rect(x, by, 174, 44, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x + 6, by + 32, cap)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 6, by + 18, "This week")
            c.drawString(x + 6, by + 6, "Year to date")
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(x + 168, by + 18, money(cur))
            c.setFont("Helvetica", 9)
            c.drawRightString(x + 168, by + 6, money(yr))
        c.setFont("Helvetica", 7)
        c.drawString(40, by - 18, "Net pay was deposited to your account on file. Keep this statement for your "
                                  "records.")
        return []

    return Stub(Paper([page]), stub_fields(chain, associate, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


def district_stub(employer: str, address: str, employee: str, emp_no: str, position: str, pay_date: dt.date,
                  salary_per_check: float, stipend: float, wh: Withholding, banner: str = "Statement of Earnings",
                  label: str = "Contract salary",
                  footer: str = "Contract salary is paid in 24 equal installments. Questions: Payroll Office.") -> Stub:
    """A school district's (or an office's) semi-monthly statement: a title box, a 3 x 3 grid of captioned cells,
    then one ruled table of CURRENT and YEAR TO DATE columns for earnings, taxes and deductions."""
    checks = []
    for d in pay_dates(dt.date(pay_date.year, 1, 1), pay_date, "semimonthly"):
        lines = {label: (0.0, 0.0, salary_per_check)}
        if stipend:
            lines["Stipend"] = (0.0, 0.0, stipend)
        checks.append(PayCheck(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start = pay_date.replace(day=1) if pay_date.day == 15 else pay_date.replace(day=16)
    end = pay_date
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(1.2)
        c.rect(50, 706, 512, 46, stroke=1, fill=0)
        c.setFont("Times-Bold", 15)
        c.drawString(60, 734, employer)
        c.setFont("Times-Roman", 8.5)
        c.drawString(60, 720, address)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(552, 734, banner.upper())
        c.setFont("Helvetica", 8)
        c.drawRightString(552, 720, "Pay frequency: Semi-monthly")
        cells = [("Employee name", employee), ("Employee number", emp_no), ("Position", position),
                 ("Pay period begins", mdy(start)), ("Pay period ends", mdy(end)), ("Check date", mdy(pay_date)),
                 ("Payment", "Direct deposit"), ("Federal filing status", "Single"), ("Pay periods per year", "24")]
        c.setLineWidth(0.5)
        for i, (cap, val) in enumerate(cells):
            col, row = i % 3, i // 3
            x, y = 50 + col * 170.67, 660 - row * 30
            c.rect(x, y, 170.67, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, y + 21, cap.upper())
            c.setFont("Courier-Bold", 9.5)
            c.drawString(x + 4, y + 7, val)
        y = 572
        c.setFillGray(0.85)
        c.rect(50, y, 512, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y + 5, "DESCRIPTION")
        c.drawRightString(460, y + 5, "CURRENT")
        c.drawRightString(556, y + 5, "YEAR TO DATE")
        y -= 14
        rows: list[tuple[str, float | None, float | None, bool]] = [("EARNINGS", None, None, True)]
        rows += [(k, v[2], ytd[k], False) for k, v in ch.lines.items()]
        rows.append(("Gross earnings", ch.gross, ytd["GROSS"], True))
        rows.append(("TAXES WITHHELD", None, None, True))
        rows += [(k, v, ytd[k], False) for k, v in wh.taxes(ch.gross).items()]
        rows.append(("DEDUCTIONS", None, None, True))
        rows += [(k, v, ytd[k], False) for k, v in wh.deductions]
        rows.append(("Net pay", net, ytd["NET"], True))
        for label, cur, yr, bold in rows:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
            c.drawString(56 if bold else 70, y, label)
            if cur is not None and yr is not None:
                c.drawRightString(460, y, money(cur))
                c.drawRightString(556, y, money(yr))
            c.setLineWidth(0.2)
            c.line(50, y - 4, 562, y - 4)
            y -= 15
        c.setFont("Helvetica", 7)
        c.drawString(50, y - 14, footer)
        return []

    return Stub(Paper([page]), stub_fields(employer, employee, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date)


def warehouse_stub(rng: random.Random, company: str, address: str, employee: str, file_no: str, dept: str,
                   pay_date: dt.date, first_pay: dt.date, rate: float, wh: Withholding, title: str = "Pay Statement",
                   shift: str = "Shift differential", diff: float = 1.25) -> Stub:
    """A payroll-service bi-weekly pay statement: company block at the top left, a grey period box at the top
    right, earnings with rate / hours / this period / year to date, statutory and voluntary deductions in two
    groups, and a net pay line at the bottom."""
    key = rng_key(rng)
    checks = []
    for d in pay_dates(first_pay, pay_date, "biweekly"):
        rr = random.Random(f"{file_no}{d}{key}")
        reg = rr.choice([80.0, 80.0, 76.0, 72.0])
        ot = rr.choice([0.0, 3.0, 6.5, 9.0])
        sd = rr.choice([0.0, 16.0, 32.0])
        lines = {"Regular": (reg, rate, r2(reg * rate)), "Overtime": (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5))),
                 shift: (sd, diff, r2(sd * diff))}
        checks.append(PayCheck(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, 744, company)
        c.setFont("Helvetica", 8)
        c.drawString(50, 732, address)
        c.drawString(50, 720, f"Employee: {employee}")
        c.drawString(50, 709, f"File no. {file_no}    Department: {dept}")
        c.setFillGray(0.88)
        c.rect(352, 700, 210, 58, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(360, 742, title)
        c.setFont("Helvetica", 8)
        for i, (k, v) in enumerate((("Period beginning:", mdy(start)), ("Period ending:", mdy(end)),
                                    ("Pay date:", mdy(pay_date)), ("Frequency:", "Bi-weekly"))):
            c.drawString(360, 730 - 9 * i, k)
            c.drawRightString(556, 730 - 9 * i, v)
        y = 672
        c.setFillGray(0.2)
        c.rect(50, y, 512, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y + 4, "Earnings")
        for xx, t in ((300, "rate"), (360, "hours"), (450, "this period"), (556, "year to date")):
            c.drawRightString(xx, y + 4, t)
        c.setFillColor(black)
        y -= 14
        c.setFont("Helvetica", 8.5)
        for lab, (hrs, rt, amt) in ch.lines.items():
            c.drawString(56, y, lab)
            if hrs:
                c.drawRightString(300, y, f"{rt:.4f}")
                c.drawRightString(360, y, f"{hrs:.2f}")
                c.drawRightString(450, y, money(amt))
            c.drawRightString(556, y, money(ytd[lab]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, y - 2, "Gross Pay")
        c.drawRightString(450, y - 2, money(ch.gross))
        c.drawRightString(556, y - 2, money(ytd["GROSS"]))
        y -= 26
        for group, items in (("Statutory Deductions", list(wh.taxes(ch.gross).items())),
                             ("Voluntary Deductions", list(wh.deductions))):
            if not items:
                continue
            c.setFillGray(0.2)
            c.rect(50, y, 512, 14, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(56, y + 4, group)
            c.drawRightString(450, y + 4, "this period")
            c.drawRightString(556, y + 4, "year to date")
            c.setFillColor(black)
            y -= 14
            c.setFont("Helvetica", 8.5)
            for lab, amt in items:
                c.drawString(56, y, lab)
                c.drawRightString(450, y, f"-{money(amt)}")
                c.drawRightString(556, y, money(ytd[lab]))
                y -= 12
            y -= 10
        c.setLineWidth(1)
        c.line(300, y + 4, 562, y + 4)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(56, y - 10, "Net Pay")
        c.drawRightString(450, y - 10, money(net))
        c.drawRightString(556, y - 10, money(ytd["NET"]))
        c.setFont("Helvetica", 7)
        c.drawString(56, y - 40, "Your net pay has been deposited. This statement is not a check.")
        return []

    return Stub(Paper([page]), stub_fields(company, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


def restaurant_stub(rng: random.Random, restaurant: str, address: str, employee: str, emp_id: str, job: str,
                    pay_date: dt.date, first_pay: dt.date, rate: float, wh: Withholding) -> Stub:
    """A restaurant's weekly check stub printed by its point-of-sale payroll: a narrow receipt-like column in a
    monospaced face, tips reported and charged tips as earnings lines, a perforation line and the check part."""
    key = rng_key(rng)
    checks = []
    for d in pay_dates(first_pay, pay_date, "weekly"):
        rr = random.Random(f"{emp_id}{d}{key}")
        hrs = rr.choice([24.0, 27.5, 30.0, 32.25, 35.0])
        cash = r2(rr.uniform(60, 140))
        card = r2(rr.uniform(180, 360))
        lines = {"Hourly wages": (hrs, rate, r2(hrs * rate)), "Cash tips reported": (0.0, 0.0, cash),
                 "Charged tips": (0.0, 0.0, card)}
        checks.append(PayCheck(d, lines))
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=3)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        x0 = 150
        c.setFont("Courier-Bold", 12)
        c.drawString(x0, 740, restaurant.upper())
        c.setFont("Courier", 8.5)
        c.drawString(x0, 728, address)
        c.drawString(x0, 712, "EMPLOYEE PAY STUB - WEEKLY")
        rows = [f"EMPLOYEE   {employee}", f"EMP ID     {emp_id}", f"JOB        {job}",
                f"PERIOD     {mdy(start)} TO {mdy(end)}", f"PAY DATE   {mdy(pay_date)}", "",
                f"{'EARNINGS':<20}{'HRS':>6}{'CURRENT':>11}{'YTD':>12}"]
        for lab, (hrs, _rt, amt) in ch.lines.items():
            rows.append(f"{lab:<20}{(f'{hrs:.2f}' if hrs else ''):>6}{money(amt):>11}{money(ytd[lab]):>12}")
        rows.append(f"{'GROSS PAY':<26}{money(ch.gross):>11}{money(ytd['GROSS']):>12}")
        rows.append("")
        rows.append(f"{'TAXES/DEDUCTIONS':<26}{'CURRENT':>11}{'YTD':>12}")
        for lab, amt in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            rows.append(f"{lab[:25]:<26}{money(amt):>11}{money(ytd[lab]):>12}")
        rows.append("-" * 49)
        rows.append(f"{'NET PAY':<26}{money(net):>11}{money(ytd['NET']):>12}")
        rows.append("")
        rows.append("Tips are included in gross pay for tax purposes.")
        rows.append("Charged tips were paid in this check.")
        y = 690
        c.setFont("Courier", 8.5)
        for r in rows:
            c.drawString(x0, y, r)
            y -= 11
        c.setDash(2, 3)
        c.line(60, y - 8, W - 60, y - 8)
        c.setDash()
        c.setFont("Courier", 8)
        c.drawString(x0, y - 30, f"PAY TO THE ORDER OF  {employee.upper()}")
        c.drawString(x0, y - 42, f"NET AMOUNT  ***{money(net)}***        VOID - DIRECT DEPOSIT ADVICE")
        return []

    return Stub(Paper([page]), stub_fields(restaurant, employee, ch, start, end, "weekly", ytd["GROSS"], net),
                pay_date)


def staffing_stub(rng: random.Random, agency: str, address: str, worker: str, worker_id: str, client: str,
                  position: str, pay_date: dt.date, first_pay: dt.date, rate: float, wh: Withholding) -> Stub:
    """A temporary-staffing firm's weekly earnings statement: the assignment block (client company, position),
    a time grid of the seven days' hours, then regular / overtime pay and deductions in one list."""
    key = rng_key(rng)
    checks = []
    days_now: list[float] = []
    for d in pay_dates(first_pay, pay_date, "weekly"):
        rr = random.Random(f"{worker_id}{d}{key}")
        days = [rr.choice([8.0, 8.0, 8.5, 9.0, 10.0]) for _ in range(5)] + [rr.choice([0.0, 0.0, 6.0]), 0.0]
        total = sum(days)
        reg = min(40.0, total)
        ot = total - reg
        lines = {"Regular pay": (reg, rate, r2(reg * rate)),
                 "Overtime pay": (ot, r2(rate * 1.5), r2(ot * r2(rate * 1.5)))}
        checks.append(PayCheck(d, lines))
        days_now = days
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=5)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.12, 0.45))
        c.rect(50, 742, 14, 14, stroke=0, fill=1)
        c.rect(68, 742, 14, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(90, 744, agency)
        c.setFont("Helvetica", 8)
        c.drawString(90, 733, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(562, 744, "WEEKLY EARNINGS STATEMENT")
        c.setLineWidth(0.8)
        c.line(50, 724, 562, 724)
        info = [("Temporary employee", worker), ("Employee ID", worker_id), ("Assigned to (client)", client),
                ("Position", position), ("Week worked", f"{mdy(start)} through {mdy(end)}"),
                ("Check date", mdy(pay_date)), ("Pay cycle", "Weekly")]
        y = 706
        for k, v in info:
            c.setFont("Helvetica", 8.5)
            c.drawString(50, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(170, y, v)
            y -= 13
        y -= 12
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "TIME APPROVED BY CLIENT")
        y -= 6
        names = [(start + dt.timedelta(days=i)).strftime("%a %m/%d") for i in range(7)]
        for i, (nm, hrs) in enumerate(zip(names, days_now, strict=True)):
            x = 50 + i * 64
            c.setLineWidth(0.5)
            c.rect(x, y - 30, 64, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 7)
            c.drawCentredString(x + 32, y - 10, nm)
            c.setFont("Courier-Bold", 9)
            c.drawCentredString(x + 32, y - 24, f"{hrs:.2f}")
        c.rect(498, y - 30, 64, 30, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        c.drawCentredString(530, y - 10, "TOTAL")
        c.setFont("Courier-Bold", 9)
        c.drawCentredString(530, y - 24, f"{sum(days_now):.2f}")
        y -= 56
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y, "PAY AND DEDUCTIONS")
        for xx, t in ((300, "HOURS"), (370, "RATE"), (460, "THIS WEEK"), (560, "YEAR TO DATE")):
            c.drawRightString(xx, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for lab, (hrs, rt, amt) in ch.lines.items():
            c.drawString(50, y, lab)
            c.drawRightString(300, y, f"{hrs:.2f}")
            c.drawRightString(370, y, f"{rt:.2f}")
            c.drawRightString(460, y, money(amt))
            c.drawRightString(560, y, money(ytd[lab]))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, y, "Total gross pay")
        c.drawRightString(460, y, money(ch.gross))
        c.drawRightString(560, y, money(ytd["GROSS"]))
        y -= 17
        c.setFont("Helvetica", 9)
        for lab, amt in list(wh.taxes(ch.gross).items()) + list(wh.deductions):
            c.drawString(50, y, lab)
            c.drawRightString(460, y, f"({money(amt)})")
            c.drawRightString(560, y, f"({money(ytd[lab])})")
            y -= 13
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, y - 6, "Net pay")
        c.drawRightString(460, y - 6, money(net))
        c.drawRightString(560, y - 6, money(ytd["NET"]))
        c.setFont("Helvetica", 7)
        c.drawString(50, y - 34, f"Paid by {agency}, the employer of record. {client} is the client company.")
        return []

    return Stub(Paper([page]), stub_fields(agency, worker, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


# --- bank statements and profit and loss ---------------------------------------------------------------------


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


def transactions(rng: random.Random, start: dt.date, end: dt.date, credits: Sequence[tuple[int, str, float]],
                 mortgage: str) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [(f"ONLINE PMT {mortgage}", 0), ("HY-VEE #1187 POS", 1), ("PRAIRIE PUBLIC POWER", 0),
              ("CASEY'S #3310 POS", 1), ("NORTHWIND MOBILE", 0), ("SUPPLY HOUSE POS", 1), ("GRANGE MUTUAL INS", 0),
              ("ATM WITHDRAWAL", 1), ("DOLLAR TREE POS", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(85, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def cu_statement(rng: random.Random, bank: tuple[str, str], holder: str, address: Sequence[str], acct: str,
                 year: int, month: int, begin: float, credits: Sequence[tuple[int, str, float]],
                 mortgage: str = "REDFERN LAKE LN") -> Statement:
    """A credit union's one-page statement: the name in a serif face over "Credit Union", account facts at the
    right, a ledger with a running balance whose first and last rows are the opening and closing balances.
    bank: (first line of the name, full name)."""
    short, full = bank
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits, mortgage)
    ending = r2(begin + sum(a for _, _, a in lines))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawString(50, 742, short)
        c.setFont("Times-Roman", 10)
        c.drawString(50, 729, "Credit Union  -  Your savings federally insured by NCUA")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(562, 742, "ACCOUNT STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 730, f"{long_date(start)} to {long_date(end)}")
        c.setLineWidth(0.8)
        c.line(50, 720, 562, 720)
        c.setFont("Helvetica", 9)
        y = 700
        for ln in [holder, *address]:
            c.drawString(50, y, ln)
            y -= 12
        facts = [("Share draft account", f"******{acct[-4:]}"), ("Opening balance", "$" + money(begin)),
                 ("Closing balance", "$" + money(ending)), ("Statement date", mdy(end))]
        y = 700
        for k, v in facts:
            c.setFont("Helvetica", 8)
            c.drawString(360, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawRightString(562, y, v)
            y -= 13
        y = 630
        c.setFillGray(0.85)
        c.rect(50, y - 3, 512, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(54, y + 1, "POSTED")
        c.drawString(110, y + 1, "TRANSACTION")
        c.drawRightString(420, y + 1, "AMOUNT")
        c.drawRightString(558, y + 1, "BALANCE")
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(54, y, start.strftime("%m/%d"))
        c.drawString(110, y, "Opening balance")
        c.drawRightString(558, y, money(begin))
        y -= 12.5
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(54, y, d.strftime("%m/%d"))
            c.drawString(110, y, desc)
            c.drawRightString(420, y, ("-" if a < 0 else "+") + money(abs(a)))
            c.drawRightString(558, y, money(bal))
            y -= 12.5
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, end.strftime("%m/%d"))
        c.drawString(110, y, "Closing balance")
        c.drawRightString(558, y, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(50, y - 30, "Questions about an electronic transfer? Call member services within 60 days.")
        c.drawString(50, y - 40, "Page 1 of 1")
        return []

    fields = {"bank_name": full, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


@dataclass
class PnL:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    signed_on: dt.date


def pnl_statement(business: str, owner: str, start: dt.date, end: dt.date, revenue: Sequence[tuple[str, float]],
                  expenses: Sequence[tuple[str, float]], signed_on: dt.date, seed: int) -> PnL:
    """A self-employed stylist's hand-built quarterly profit and loss statement, typed, signed and dated in ink."""
    rev = r2(sum(v for _, v in revenue))
    exp = r2(sum(v for _, v in expenses))
    net = r2(rev - exp)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 730, business)
        c.setFont("Times-Roman", 11)
        c.drawCentredString(W / 2, 714, "Profit and Loss Statement")
        c.drawCentredString(W / 2, 700, f"For the quarter {long_date(start)} through {long_date(end)}")
        y = 660
        c.setFont("Times-Bold", 11)
        c.drawString(90, y, "Income")
        y -= 16
        c.setFont("Times-Roman", 11)
        for k, v in revenue:
            c.drawString(110, y, k)
            c.drawRightString(500, y, money(v))
            y -= 15
        c.setFont("Times-Bold", 11)
        c.drawString(110, y, "Total income")
        c.drawRightString(500, y, money(rev))
        y -= 26
        c.drawString(90, y, "Expenses")
        y -= 16
        c.setFont("Times-Roman", 11)
        for k, v in expenses:
            c.drawString(110, y, k)
            c.drawRightString(500, y, money(v))
            y -= 15
        c.setFont("Times-Bold", 11)
        c.drawString(110, y, "Total expenses")
        c.drawRightString(500, y, money(exp))
        y -= 24
        c.setLineWidth(0.6)
        c.line(380, y + 12, 505, y + 12)
        c.drawString(90, y, "Net profit for the quarter")
        c.drawRightString(500, y, money(net))
        c.line(380, y - 4, 505, y - 4)
        c.line(380, y - 6, 505, y - 6)
        y -= 50
        c.setFont("Times-Roman", 10.5)
        paragraphs(c, 90, y, 420, ["I certify that this statement is true and complete to the best of my "
                                   "knowledge. It was prepared from my appointment book and my business account."],
                   size=10.5, leading=13)
        y -= 70
        c.line(90, y, 300, y)
        c.line(350, y, 500, y)
        c.setFont("Times-Roman", 9)
        c.drawString(90, y - 11, f"Signature of owner ({owner})")
        c.drawString(350, y - 11, "Date")
        return [Mark("sig", 100, y + 1, w=170, seed=seed),
                Mark("hand", 356, y + 4, mdy(signed_on), size=12, seed=seed + 3)]

    fields = {"period_start": start.isoformat(), "period_end": end.isoformat(), "net_income": net, "signed": True}
    return PnL(Paper([page]), fields, end, signed_on)


# --- letters -----------------------------------------------------------------------------------------------------


@dataclass
class Letter:
    paper: Paper
    type: str
    date: dt.date
    monthly: float | None = None
    benefit: str | None = None

    @property
    def fields(self) -> dict[str, Any]:
        if self.type == "obituary":
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        return out


def office_letter(head: Sequence[str], color: Color, date: dt.date, to: Sequence[str], re: str,
                  paras: Sequence[str], table: Sequence[tuple[str, str]], closing: Sequence[str],
                  centred: bool = False) -> Paper:
    """A benefits office's letter: its heading lines, the date, the addressee, a bold subject line, paragraphs,
    a two-column table of figures and the closing."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(color)
        c.setFont("Helvetica-Bold", 13)
        if centred:
            c.drawCentredString(W / 2, 738, head[0])
        else:
            c.drawString(72, 738, head[0])
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(head[1:]):
            if centred:
                c.drawCentredString(W / 2, 725 - 11 * i, ln)
            else:
                c.drawString(72, 725 - 11 * i, ln)
        c.setStrokeColor(color)
        c.setLineWidth(1.2)
        c.line(72, 700, W - 72, 700)
        c.setStrokeColor(black)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 676, long_date(date))
        y = 650
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
        for ln in closing:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Paper([page])


def va_award_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, rating: int) -> Letter:
    paras = [f"We made a decision on your claim for disability compensation. Your combined service-connected "
             f"evaluation is {rating} percent. This letter tells you the amount of your monthly entitlement.",
             "Disability compensation is paid monthly, at the beginning of each month for the month before. It is "
             "not taxable income and you do not need to report it on your tax return.",
             "Keep this letter. You may use it to show your benefit to a lender or another agency."]
    table = [("Monthly entitlement amount", "$" + money(monthly)), ("Combined evaluation", f"{rating}%"),
             ("Payment frequency", "Monthly"), ("Effective date", mdy(date.replace(day=1)))]
    paper = office_letter(["DEPARTMENT OF VETERANS AFFAIRS", "Regional Benefit Office  -  Benefit Summary Letter",
                           "This letter is a fictional specimen for testing."], Color(0.1, 0.2, 0.4), date,
                          [person, *address], "Your VA benefit summary", paras, table,
                          ["Sincerely yours,", "", "Veterans Service Center Manager"], centred=True)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_nontaxable")


def survivor_pension_letter(person: str, late: str, address: Sequence[str], date: dt.date, monthly: float,
                            plan: str, since: dt.date) -> Letter:
    paras = [f"We are sorry for the loss of {late}. As his surviving spouse and named joint annuitant, you are "
             f"entitled to a survivor pension from the {plan}.",
             f"Your survivor pension began on {long_date(since)}. It is paid on the first business day of each month "
             "by direct deposit and is subject to federal income tax; we will send you a Form 1099-R each January.",
             "The monthly amount below will continue for your lifetime."]
    table = [("Survivor", person), ("Gross monthly survivor pension", "$" + money(monthly)),
             ("Frequency", "Monthly"), ("Federal income tax withheld", "10%")]
    paper = office_letter([plan.upper(), "Pension Administration Office  -  PO Box 4410, Coldbrook, VT 05671",
                           "(802) 555-0160"], Color(0.3, 0.15, 0.05), date, [person, *address],
                          "Survivor pension award", paras, table,
                          ["Sincerely,", "", "Pension Administration Office", plan])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def ltd_award_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, claim: str,
                     since: dt.date, employer: str) -> Letter:
    paras = [f"We have approved your claim for Long Term Disability benefits under the group policy issued to "
             f"{employer}.",
             f"Benefits are payable from {long_date(since)}, after the elimination period. Your gross monthly benefit "
             "is shown below and is paid once a month. Because your employer paid the premium, the benefit is taxable "
             "income.", "We will review your claim from time to time and may ask you for updated information."]
    table = [("Claim number", claim), ("Gross monthly benefit", "$" + money(monthly)), ("Paid", "Monthly"),
             ("Benefit start date", mdy(since))]
    paper = office_letter(["LINDENMERE GROUP BENEFITS", "Disability Claims  -  PO Box 2290, Hollis Ferry, NH 03049"],
                          Color(0.4, 0.1, 0.15), date, [person, *address], "Long Term Disability - claim approved",
                          paras, table, ["Sincerely,", "", "Disability Claims Examiner", "Lindenmere Group Benefits"])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def county_pension_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, since: dt.date
                          ) -> Letter:
    paras = [f"This is your annual benefit statement from the Osage Bend County Retirement System. It confirms the "
             f"monthly service retirement benefit paid to {person}.",
             f"Your benefit began on {long_date(since)}. It is paid monthly, is subject to federal and state income "
             "tax, and changes only with the cost-of-living adjustment the Board approves each January."]
    table = [("Retiree", person), ("Gross monthly benefit", "$" + money(monthly)), ("Payment frequency", "Monthly")]
    paper = office_letter(["OSAGE BEND COUNTY RETIREMENT SYSTEM", "County Annex, 300 West Third Street, "
                           "Harlowe, NE 68911  -  (402) 555-0175"], Color(0.1, 0.3, 0.3), date,
                          [person, *address], "Annual benefit statement", paras, table,
                          ["Retirement System staff", "Osage Bend County Retirement System"])
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def obituary(name: str, born: dt.date, died: dt.date, town: str, work: str, survivors: str, date: dt.date,
             paper_name: str) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 20)
        c.drawCentredString(W / 2, 736, paper_name)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 722, f"{date.strftime('%A')}, {long_date(date)}  -  Obituaries  -  A9")
        c.line(90, 714, W - 90, 714)
        c.setFont("Times-Bold", 14)
        c.drawString(150, 690, name)
        c.setFont("Times-Italic", 10)
        c.drawString(150, 676, f"{long_date(born)} - {long_date(died)}")
        paragraphs(c, 150, 652, 312, [
            f"{name}, of {town}, died on {long_date(died)} at home, surrounded by his family. He was "
            f"{died.year - born.year - ((died.month, died.day) < (born.month, born.day))}.",
            f"He {work}. He coached Little League for twenty years and never missed a Saturday pancake breakfast at "
            "the fire hall.", f"He leaves {survivors}.",
            "Calling hours will be held at Ashgrove Funeral Chapel on Friday from 4 to 7 p.m."], size=10, leading=12.5)
        return []

    return Letter(Paper([page]), "obituary", date)


def typed_hardship(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                   servicer: str, paras: Sequence[str], ink: bool, seed: int, salutation: str = "Dear Sir or Madam,"
                   ) -> Paper:
    """A hardship letter the borrower typed at home: the date at the top right, a plain block, signed in ink only
    when it went on paper."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 10.5)
        c.drawRightString(540, 730, long_date(date))
        y = 700
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 16
        c.drawString(72, y, f"To: {servicer}")
        y -= 13
        c.drawString(72, y, f"Loan #{loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, [salutation, *paras], font="Helvetica", size=10.5, leading=14)
        c.setFont("Helvetica", 10.5)
        c.drawString(72, y - 4, "Thank you,")
        marks = []
        sy = y - 44
        for i, nm in enumerate([writer] + ([co_writer] if co_writer else [])):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def handwritten_hardship(writer: str, loan: str, date: dt.date, lines: Sequence[str], seed: int) -> Paper:
    """A hardship letter written by hand in ink on ruled notebook paper (a red margin line, blue rules)."""

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.55, 0.7, 0.9))
        c.setLineWidth(0.5)
        for i in range(30):
            yy = 700 - 22 * i
            c.line(30, yy, W - 30, yy)
        c.setStrokeColor(Color(0.85, 0.35, 0.35))
        c.line(86, 30, 86, H - 30)
        c.setStrokeColor(black)
        marks = [Mark("hand", 380, 702, mdy(date), size=13, seed=seed)]
        marks.append(Mark("hand", 96, 658, f"Re: loan number {loan}", size=13, seed=seed + 1))
        y = 612
        for i, ln in enumerate(lines):
            marks.append(Mark("hand", 96, y + 2, ln, size=13, seed=seed + 2 + i))
            y -= 22
        y -= 22
        marks.append(Mark("hand", 96, y + 2, "Thank you,", size=13, seed=seed + 60))
        marks.append(Mark("sig", 96, y - 40, w=150, seed=seed + 61))
        marks.append(Mark("hand", 96, y - 64, writer, size=13, seed=seed + 62))
        return marks

    return Paper([page])


# --- the counseling agency's papers ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Agency:
    name: tuple[str, ...]  # the name as stacked in the sidebar
    stamp: str  # the name on its RECEIVED BY COUNSELOR stamp
    hud_id: str
    address: tuple[str, ...]
    phone: str
    fax: str
    web: str
    color: tuple[float, float, float]
    fax_id: str  # what its fax machine prints in the header line

    @property
    def full(self) -> str:
        return " ".join(self.name)


@dataclass(frozen=True)
class Counselor:
    name: str
    title: str
    email: str
    phone: str


SWEETWATER = Agency(("Sweetwater Bend", "Housing Counseling", "Agency"), "SWEETWATER BEND HCA", "86-2241",
                    ("2210 Larkspur Avenue", "Harlowe, NE 68911"), "(402) 555-0139", "(402) 555-0198",
                    "sweetwaterbend-hca.example.org", (0.07, 0.33, 0.37), "SWEETWATER BEND HCA")
NINEBARK = Agency(("Ninebark", "Neighborhood Housing", "Partnership"), "NINEBARK NHP", "92-0577",
                  ("88 Tannery Row", "Coldbrook, VT 05671"), "(802) 555-0147", "(802) 555-0149",
                  "ninebark-nhp.example.org", (0.36, 0.22, 0.08), "NINEBARK NHP")
C_ODELL = Counselor("Priya N. Odell", "HUD-certified housing counselor", "podell@sweetwaterbend-hca.example.org",
                    "(402) 555-0141")
C_MARSH = Counselor("Benedict R. Marsh", "Senior housing counselor", "bmarsh@sweetwaterbend-hca.example.org",
                    "(402) 555-0144")
C_FAIRLEY = Counselor("Joanna K. Fairley", "HUD-certified housing counselor", "jfairley@ninebark-nhp.example.org",
                      "(802) 555-0152")

QUILL = ("Quillfeather Mortgage Servicing, LLC", "Loss Mitigation Department", "PO Box 61830",
         "Bellhaven, IA 52240")
REDFERN = ("Redfern Lake Loan Servicing", "Attn: Borrower Assistance", "4100 Causeway Boulevard, Suite 900",
           "Port Alder, NH 03801")


def sidebar(c: Canvas, ag: Agency, counselors: Sequence[Counselor] = ()) -> None:
    """The agency's letterhead: a coloured band down the whole left edge, the name stacked in white, the HUD
    agency ID, the address and numbers under it, the counselors' names at the foot."""
    c.setFillColor(Color(*ag.color))
    c.rect(0, 0, 142, H, stroke=0, fill=1)
    c.setFillColor(white)
    y = 742.0
    size = min(12.5, 12.5 * 116 / max(stringWidth(ln, "Helvetica-Bold", 12.5) for ln in ag.name))
    c.setFont("Helvetica-Bold", size)
    for ln in ag.name:
        c.drawString(16, y, ln)
        y -= 15
    y -= 6
    c.setFont("Helvetica", 7)
    for ln in ("HUD-approved housing", "counseling agency", f"HUD agency ID {ag.hud_id}", "", *ag.address,
               f"Tel {ag.phone}", f"Fax {ag.fax}", ag.web):
        c.drawString(16, y, ln)
        y -= 9.5
    if counselors:
        y = 150
        c.setFont("Helvetica-Bold", 7)
        c.drawString(16, y, "Counselors")
        y -= 10
        c.setFont("Helvetica", 7)
        for co in counselors:
            c.drawString(16, y, co.name)
            y -= 9.5
    c.setFillColor(black)


def cover_letter(ag: Agency, co: Counselor, date: dt.date, via: str, servicer: Sequence[str], clients: str,
                 loan: str, prop: str, paras: Sequence[str], enclosures: Sequence[tuple[str, str]], seed: int
                 ) -> Paper:
    """The counselor's cover letter: date and delivery line, the servicer's address, a boxed RE block, the
    paragraphs, a numbered enclosure table (what and how many pages) and the counselor's signature."""

    def page(c: Canvas) -> list[Mark]:
        sidebar(c, ag, [co])
        x0, right = 168, 570
        c.setFont("Times-Roman", 11)
        c.drawString(x0, 730, long_date(date))
        c.setFont("Times-Italic", 9.5)
        c.drawString(x0, 716, via)
        c.setFont("Times-Roman", 11)
        y = 692
        for ln in servicer:
            c.drawString(x0, y, ln)
            y -= 13.5
        y -= 8
        c.setLineWidth(0.6)
        c.rect(x0, y - 40, right - x0, 44, stroke=1, fill=0)
        c.setFont("Times-Bold", 10.5)
        c.drawString(x0 + 6, y - 10, f"RE:  Client(s): {clients}")
        c.drawString(x0 + 6, y - 23, f"       Loan number: {loan}")
        c.drawString(x0 + 6, y - 36, f"       Property: {prop}")
        y -= 62
        y = paragraphs(c, x0, y, right - x0, paras, size=10.5, leading=13.5, gap=6)
        c.setFont("Times-Bold", 10)
        c.drawString(x0, y, "ENCLOSURES")
        y -= 4
        c.setLineWidth(0.4)
        c.line(x0, y, right, y)
        y -= 12
        c.setFont("Times-Bold", 9)
        c.drawString(x0, y, "No.")
        c.drawString(x0 + 30, y, "Document")
        c.drawRightString(right, y, "Pages")
        y -= 12
        c.setFont("Times-Roman", 10)
        for i, (what, pages) in enumerate(enclosures, 1):
            c.drawString(x0 + 4, y, f"{i}.")
            c.drawString(x0 + 30, y, what)
            c.drawRightString(right, y, pages)
            c.setLineWidth(0.2)
            c.line(x0, y - 4, right, y - 4)
            y -= 14
        y -= 16
        c.setFont("Times-Roman", 11)
        c.drawString(x0, y, "Sincerely,")
        sy = y - 36
        c.drawString(x0, sy - 12, co.name)
        c.setFont("Times-Roman", 9.5)
        c.drawString(x0, sy - 24, f"{co.title}  -  {co.phone}  -  {co.email}")
        return [Mark("sig", x0, sy, w=150, seed=seed)]

    return Paper([page])


def authorization(ag: Agency, servicer: str, loan: str, prop: str, people: Sequence[tuple[str, str]],
                  signed: Sequence[bool], on: dt.date, ink: bool, seed: int) -> Paper:
    """The client's third-party authorization: numbered statements each with an INITIALS box on the left, the
    expiry, and a signature and date line for each client. people: (name, SSN last 4)."""
    initials = ["".join(w[0] for w in nm.replace(".", "").split() if w[0].isupper()) for nm, _ in people]

    def page(c: Canvas) -> list[Mark]:
        sidebar(c, ag)
        x0, right = 168, 570
        c.setFont("Helvetica-Bold", 13)
        c.drawString(x0, 730, "AUTHORIZATION FOR THIRD-PARTY")
        c.drawString(x0, 714, "COMMUNICATION AND RELEASE OF INFORMATION")
        c.setFont("Helvetica", 8)
        c.drawString(x0, 700, "Signed by the client(s). Keep a copy. The agency sends it to the servicer with the "
                              "client's papers.")
        y = 676
        rows = [("Mortgage servicer", servicer), ("Loan number", loan), ("Property", prop)]
        rows += [(f"Client {i + 1}", f"{nm}   (SSN ending {ssn})") for i, (nm, ssn) in enumerate(people)]
        for k, v in rows:
            c.setFont("Helvetica", 8)
            c.drawString(x0, y, k)
            c.setFont("Courier", 9.5)
            c.drawString(x0 + 92, y, v)
            c.setLineWidth(0.3)
            c.line(x0 + 90, y - 3, right, y - 3)
            y -= 16
        y -= 8
        statements = [
            f"I authorize my mortgage servicer named above to discuss my loan, my account history and my request for "
            f"mortgage assistance with {ag.full} and its counselors, and to give them copies of letters and notices "
            "about my loan.",
            "I authorize the agency to send my application and my financial papers to the servicer on my behalf and "
            "to receive the servicer's answers for me.",
            "I understand the agency does not sign for me, does not charge me for counseling, and cannot promise "
            "that the servicer will approve any option.",
            f"This authorization stays in effect until {long_date(on.replace(year=on.year + 1))} unless I revoke it in "
            "writing. A copy is as valid as the original."]
        marks: list[Mark] = []
        for i, st in enumerate(statements, 1):
            lines = wrap(st, "Helvetica", 9, right - x0 - 64)
            box_h = 12 * len(lines) + 6
            c.setLineWidth(0.6)
            c.rect(x0, y - box_h + 10, 50, box_h, stroke=1, fill=0)
            c.setFont("Helvetica", 5.5)
            c.drawString(x0 + 3, y + 3, "INITIALS")
            if ink:
                marks.append(Mark("hand", x0 + 8, y - box_h + 16, " ".join(initials), size=11, seed=seed + 20 + i))
            else:
                c.setFont("Courier-Bold", 10)
                c.drawString(x0 + 6, y - box_h + 16, " ".join(initials))
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x0 + 58, y, f"{i}.")
            c.setFont("Helvetica", 9)
            yy = y
            for ln in lines:
                c.drawString(x0 + 70, yy, ln)
                yy -= 12
            y -= box_h + 8
        y -= 28
        for i, (nm, _ssn) in enumerate(people):
            c.setLineWidth(0.6)
            c.line(x0, y, x0 + 230, y)
            c.line(x0 + 260, y, right, y)
            c.setFont("Helvetica", 7.5)
            c.drawString(x0, y - 10, f"Signature of client {i + 1} - {nm}")
            c.drawString(x0 + 260, y - 10, "Date signed")
            if signed[i]:
                marks.append(Mark("sig", x0 + 10, y + 1, w=160, seed=seed + i))
                if ink:
                    marks.append(Mark("hand", x0 + 266, y + 4, mdy(on), size=12, seed=seed + 8 + i))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(x0 + 266, y + 4, mdy(on))
            y -= 52
        c.setFont("Helvetica", 7)
        c.drawString(x0, 60, f"{ag.full} - HUD agency ID {ag.hud_id} - Form TPA-2 (rev. 01/2061)")
        return marks

    return Paper([page])


def intake_sheet(ag: Agency, co: Counselor, client_id: str, intake_on: dt.date, clients: Sequence[str], loan: str,
                 servicer: str, facts: Sequence[tuple[str, str]], goals: Sequence[str], collected: Sequence[str],
                 hh_income: float) -> Paper:
    """The agency's own intake record (HUD counseling-program reporting facts): a strip of captioned cells, a
    two-column block of facts, the counseling goals and the list of copies collected. Not an application."""

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(*ag.color))
        c.rect(40, 738, 532, 22, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, 745, f"{ag.full.upper()}  -  CLIENT INTAKE SHEET")
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawRightString(572, 732, "Agency record for HUD counseling reports - not an application")
        c.setFillColor(black)
        cells = [("CLIENT ID", client_id), ("INTAKE DATE", mdy(intake_on)), ("COUNSELOR", co.name),
                 ("SERVICE", "Default / delinquency")]
        x = 40.0
        for cap, val in cells:
            c.setLineWidth(0.5)
            c.rect(x, 694, 133, 30, stroke=1, fill=0)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 4, 715, cap)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(x + 4, 700, val)
            x += 133
        y = 676
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "HOUSEHOLD AND LOAN")
        c.line(40, y - 4, 572, y - 4)
        y -= 18
        left = [("Client(s)", " / ".join(clients)), ("Servicer", servicer), ("Loan number", loan), *facts]
        left.append(("Household gross income, monthly (HUD reporting)", "$" + money(hh_income)))
        for k, v in left:
            c.setFont("Helvetica", 8.5)
            c.drawString(40, y, k)
            c.setFont("Courier", 9.5)
            c.drawString(300, y, v)
            c.setLineWidth(0.2)
            c.line(40, y - 4, 572, y - 4)
            y -= 15
        y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "COUNSELING GOALS AGREED AT INTAKE")
        c.line(40, y - 4, 572, y - 4)
        y -= 18
        c.setFont("Helvetica", 9)
        for g in goals:
            c.drawString(48, y, f"-  {g}")
            y -= 13
        y -= 14
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "COPIES COLLECTED AT INTAKE (stamped RECEIVED BY COUNSELOR)")
        c.line(40, y - 4, 572, y - 4)
        y -= 18
        c.setFont("Helvetica", 9)
        for g in collected:
            c.rect(48, y - 1, 7, 7, stroke=1, fill=0)
            c.setFont("ZapfDingbats", 7)
            c.drawString(48.8, y, "4")
            c.setFont("Helvetica", 9)
            c.drawString(62, y, g)
            y -= 13
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, f"{ag.full} - Intake form IN-4 - client file {client_id}")
        return []

    return Paper([page])


def budget_worksheet(ag: Agency, co: Counselor, clients: str, loan: str, session: dt.date,
                     income: Sequence[tuple[str, str, str, float]], expenses: Sequence[tuple[str, float]],
                     note: str) -> Paper:
    """The counselor's household budget worksheet: income rows (source, how often, amount each time, monthly) as
    the household budgets them - take-home pay, money from relatives -, then expenses in two columns and a
    summary box. Its figures are the budget's, not the application's."""
    inc_total = r2(sum(v for *_, v in income))
    exp_total = r2(sum(v for _, v in expenses))

    def page(c: Canvas) -> list[Mark]:
        sidebar(c, ag, [co])
        x0, right = 160, 572
        c.setFont("Helvetica-Bold", 14)
        c.drawString(x0, 730, "Household Budget Worksheet")
        c.setFont("Helvetica", 8.5)
        c.drawString(x0, 716, f"Client(s): {clients}    Loan: {loan}    Session: {mdy(session)}")
        c.drawString(x0, 705, f"Prepared by {co.name}. Monthly amounts as the household spends them.")
        y = 680
        c.setFillColor(Color(*ag.color))
        c.rect(x0, y - 4, right - x0, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0 + 4, y, "MONEY COMING IN")
        c.drawString(x0 + 180, y, "HOW OFTEN")
        c.drawRightString(x0 + 330, y, "EACH TIME")
        c.drawRightString(right - 4, y, "PER MONTH")
        c.setFillColor(black)
        y -= 17
        c.setFont("Helvetica", 8.5)
        for src, often, each, monthly in income:
            c.drawString(x0 + 4, y, src)
            c.drawString(x0 + 180, y, often)
            c.drawRightString(x0 + 330, y, each)
            c.drawRightString(right - 4, y, money(monthly))
            c.setLineWidth(0.2)
            c.line(x0, y - 4, right, y - 4)
            y -= 14
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x0 + 4, y, "Total coming in")
        c.drawRightString(right - 4, y, money(inc_total))
        y -= 28
        c.setFillColor(Color(*ag.color))
        c.rect(x0, y - 4, right - x0, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0 + 4, y, "MONEY GOING OUT")
        c.drawRightString(right - 4, y, "PER MONTH")
        c.setFillColor(black)
        y -= 17
        half = (len(expenses) + 1) // 2
        c.setFont("Helvetica", 8.5)
        for i, (cat, amt) in enumerate(expenses):
            col, row = divmod(i, half)
            xx = x0 + 4 + col * 210
            yy = y - row * 14
            c.drawString(xx, yy, cat)
            c.drawRightString(xx + 196, yy, money(amt))
        y -= half * 14 + 4
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x0 + 4, y, "Total going out")
        c.drawRightString(right - 4, y, money(exp_total))
        y -= 34
        c.setLineWidth(1)
        c.rect(x0 + 150, y - 42, right - x0 - 150, 54, stroke=1, fill=0)
        c.setFont("Helvetica", 9)
        for i, (k, v) in enumerate((("Total coming in", inc_total), ("Total going out", exp_total),
                                    ("Left over / (short) each month", r2(inc_total - exp_total)))):
            c.drawString(x0 + 158, y - 14 * i, k)
            val = money(abs(v)) if v >= 0 else f"({money(abs(v))})"
            c.drawRightString(right - 8, y - 14 * i, val)
        y -= 70
        paragraphs(c, x0, y, right - x0, ["Counselor's note: " + note], font="Helvetica-Oblique", size=8.5,
                   leading=11)
        return []

    return Paper([page])


def portal_summary(portal: str, url: str, printed: str, sub_id: str, submitted: str, ag: Agency, co: Counselor,
                   servicer: str, loan: str, clients: str, rows: Sequence[tuple[bool, str, str, str]]) -> Paper:
    """A web portal's submission summary printed from a browser: the browser's date and title line at the top,
    the portal's bar, the submission's facts, a Document checklist of ticked boxes with a status and the file
    names, and the page's address at the bottom."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(24, 772, printed)
        c.drawCentredString(W / 2, 772, f"{portal} - Submission {sub_id}")
        c.drawString(24, 20, f"{url}/submissions/{sub_id}")
        c.drawRightString(W - 24, 20, "1/1")
        c.setFillColor(Color(0.16, 0.18, 0.3))
        c.rect(36, 724, 540, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(48, 736, portal)
        c.setFont("Helvetica", 8)
        c.drawRightString(564, 744, f"Signed in: {co.name}")
        c.drawRightString(564, 733, ag.full)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(48, 696, "Submission summary")
        c.setFillColor(Color(0.1, 0.5, 0.2))
        c.roundRect(250, 692, 120, 18, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(310, 698, "DELIVERED TO SERVICER")
        c.setFillColor(black)
        facts = [("Submission ID", sub_id), ("Submitted", submitted), ("Submitted by", f"{co.name}, {ag.full}"),
                 ("Servicer", servicer), ("Loan number", loan), ("Client(s)", clients)]
        y = 668
        for k, v in facts:
            c.setFont("Helvetica", 8.5)
            c.setFillGray(0.4)
            c.drawString(48, y, k)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(150, y, v)
            y -= 15
        y -= 14
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, y, "Document checklist")
        y -= 8
        c.setLineWidth(0.5)
        c.line(48, y, 564, y)
        y -= 14
        c.setFont("Helvetica-Bold", 7.5)
        c.setFillGray(0.4)
        c.drawString(70, y, "DOCUMENT")
        c.drawString(300, y, "STATUS")
        c.drawString(390, y, "FILES")
        c.setFillColor(black)
        y -= 16
        for ticked, what, status, files in rows:
            c.setLineWidth(0.8)
            c.rect(50, y - 2, 10, 10, stroke=1, fill=0)
            if ticked:
                c.setFont("ZapfDingbats", 9)
                c.drawString(50.8, y - 0.5, "4")
            c.setFont("Helvetica", 9)
            c.drawString(70, y, what)
            c.drawString(300, y, status)
            c.setFont("Helvetica", 8)
            c.drawString(390, y, files)
            c.setLineWidth(0.2)
            c.line(48, y - 6, 564, y - 6)
            y -= 19
        y -= 10
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(48, y, "The checklist is completed by the counselor. The servicer reviews the papers themselves.")
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area; only the last four are ever printed
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
    income: dict[str, float]
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    checking: float = 640.00
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
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710_filled(app: App, type_dates: bool) -> PdfWriter:
    """The real blank Form 710 filled through its AcroForm."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True,
        ("Checkbox_27" if app.occupancy != "investment_property" else "Checkbox_28"): True,
        "Checkbox_30": True, "Checkbox_35": True, "Checkbox_37": True,
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.checking)}
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
    if type_dates:
        if app.b_dates:
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
    return writer


def form710_screen(app: App) -> bytes:
    """Typed on screen, signed with drawn strokes over the signature field(s), the date(s) typed."""
    writer = form710_filled(app, type_dates=True)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    marks = [Mark("sig", 150, 348, w=200, seed=app.seed)] if app.b_signs else []
    if app.co and app.co_signs:
        marks.append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    apply_screen_marks(c, marks)
    c.showPage()
    c.save()
    overlay = PdfReader(io.BytesIO(buf.getvalue())).pages[0]
    for i, page in enumerate(writer.pages):
        sbuf = io.BytesIO()
        sc = Canvas(sbuf, pagesize=letter, invariant=1)
        synth_line(sc)
        sc.showPage()
        sc.save()
        page.merge_page(PdfReader(io.BytesIO(sbuf.getvalue())).pages[0])
        if i == 3:
            page.merge_page(overlay)
    return fixed_pypdf_bytes(writer, f"ck710{app.loan}")


def form710_ink(app: App, style: Scan, seed: int) -> list[ScannedPage]:
    """Typed in its fields, printed, then signed and dated in ink and scanned (or faxed)."""
    writer = form710_filled(app, type_dates=False)
    for page in writer.pages:
        sbuf = io.BytesIO()
        sc = Canvas(sbuf, pagesize=letter, invariant=1)
        synth_line(sc)
        sc.showPage()
        sc.save()
        page.merge_page(PdfReader(io.BytesIO(sbuf.getvalue())).pages[0])
    pdf = fixed_pypdf_bytes(writer, "ck710ink")
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.b_dates:
        marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
        marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    return scan_sheets(pdf, marks, style, seed)


TX_HARDSHIP = ("Unemployment", "Reduction in income", "Increase in housing-related expenses",
               "Disaster (natural or man-made) impacting the property or place of work",
               "Long-term or permanent disability, or serious illness of a borrower or dependent",
               "Divorce or legal separation", "Separation of borrowers unrelated by marriage",
               "Death of a borrower or of the primary or secondary wage earner",
               "Distant employment transfer / relocation", "Other - hardship not covered above:")
TX_INCOME = ("Gross (pre-tax) wages, salaries, overtime, commissions, tips, bonuses", "Self-employment income",
             "Unemployment benefit income", "Taxable Social Security, pension, disability, death benefits, other",
             "Non-taxable Social Security or disability income",
             "Rental income (rents received, less expenses other than mortgage)", "Investment or insurance income",
             "Other sources (alimony, child support, separate maintenance, other)")
MONO = 9.0
MONO_W = stringWidth("M", "Courier", MONO)


def transcription(app: App, ag: Agency, co: Counselor, typed_on: dt.date, ink: bool) -> Paper:
    """The counselor's typed transcription of Form 710: every question of the form in order as a Courier line
    with dot leaders and the client's answer after the dots, the choices as [X] / [ ] runs, the income lines with
    a TOTAL, the form's certification summarised, and signature and date lines the BORROWER(S) sign."""
    x0, right = 54.0, 558.0
    cols = int((right - x0) / MONO_W)

    def head(c: Canvas, n: int) -> float:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(x0, 744, "MORTGAGE ASSISTANCE APPLICATION")
        c.setFont("Helvetica", 8)
        c.drawString(x0, 732, "Fannie Mae/Freddie Mac Form 710 (April 2023) - the borrower's answers, typed by the "
                              "housing counselor")
        c.drawString(x0, 722, f"{ag.full} - HUD agency ID {ag.hud_id} - {ag.phone}")
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(right, 744, f"Page {n} of 2")
        c.setLineWidth(1.4)
        c.line(x0, 714, right, 714)
        c.setLineWidth(0.4)
        c.line(x0, 711, right, 711)
        return 694.0

    def part(c: Canvas, y: float, title: str) -> float:
        c.setFont("Courier-Bold", 10)
        c.drawString(x0, y, title)
        c.setLineWidth(0.4)
        c.line(x0, y - 3, right, y - 3)
        return y - 15

    def led(c: Canvas, y: float, label: str, answer: str, indent: int = 2, width: int = 44) -> float:
        text = " " * indent + label + " "
        text = text + "." * max(3, width - len(text)) + " "
        c.setFont("Courier", MONO)
        c.drawString(x0, y, text)
        c.setFont("Courier-Bold", MONO)
        c.drawString(x0 + len(text) * MONO_W, y, answer)
        return y - 12.5

    def boxes(c: Canvas, y: float, label: str, options: Sequence[tuple[bool, str]], indent: int = 2) -> float:
        c.setFont("Courier", MONO)
        line = " " * indent + label
        for on, opt in options:
            piece = f"  [{'X' if on else ' '}] {opt}"
            if len(line) + len(piece) > cols:
                c.drawString(x0, y, line)
                y -= 12.5
                line = " " * (indent + 2) + piece.strip()
            else:
                line += piece
        c.drawString(x0, y, line)
        return y - 12.5

    def page1(c: Canvas) -> list[Mark]:
        y = head(c, 1)
        y = part(c, y, "PART 1  BORROWER INFORMATION")
        y = led(c, y, "Loan number", app.loan)
        y = led(c, y, "Borrower's name", app.borrower)
        y = led(c, y, "Social Security Number (last 4 digits)", app.ssn[-4:])
        y = led(c, y, "E-mail address", app.email)
        y = led(c, y, "Primary phone number", f"{app.phone}   [X] Cell [ ] Home [ ] Work [ ] Other")
        y = led(c, y, "Co-borrower's name", app.co or "")
        y = led(c, y, "Social Security Number (last 4 digits)", (app.co_ssn or "")[-4:])
        y = boxes(c, y, "Preferred contact method:", [(True, "Cell phone"), (False, "Home phone"),
                                                      (False, "Work phone"), (True, "Email"), (False, "Text")])
        y = boxes(c, y, "Active duty military, dependent or surviving spouse?", [(False, "Yes"), (True, "No")])
        y -= 6
        y = part(c, y, "PART 2  PROPERTY INFORMATION")
        y = led(c, y, "Property address", app.address)
        y = led(c, y, "Mailing address (if different)", "")
        y = boxes(c, y, "The property is currently:", [(app.occupancy == o, t) for o, t in zip(
            OCCUPANCIES, ("A primary residence", "A second home", "An investment property"), strict=True)])
        y = boxes(c, y, "The property is:", [(app.occupancy != "investment_property", "Owner occupied"),
                                             (app.occupancy == "investment_property", "Renter occupied"),
                                             (False, "Vacant")])
        y = boxes(c, y, "I want to:", [(True, "Keep the property"), (False, "Sell the property"),
                                       (False, "Transfer ownership to my servicer"), (False, "Undecided")])
        y = boxes(c, y, "Is the property listed for sale?", [(False, "Yes"), (True, "No")])
        y = boxes(c, y, "Condominium or HOA fees?", [(False, "Yes"), (True, "No")])
        y -= 6
        y = part(c, y, "PART 3  HARDSHIP INFORMATION")
        y = led(c, y, "The hardship began on approximately (date)", mdy(app.start) if app.start else "", width=48)
        y = boxes(c, y, "and is believed to be:", [(app.duration == "short", "Short-term (up to 6 months)"),
                                                   (app.duration == "long", "Long-term or permanent"),
                                                   (app.duration == "resolved", "Resolved")])
        c.setFont("Courier", MONO)
        c.drawString(x0, y, "  Type of hardship (check all that apply):")
        y -= 12.5
        for i, label in enumerate(TX_HARDSHIP):
            on = HARDSHIPS[i] in app.hardships
            extra = f" {app.other_text}" if i == 9 and app.other_text else ""
            c.setFont("Courier", MONO)
            c.drawString(x0, y, f"    [{'X' if on else ' '}] {label}")
            if extra:
                c.setFont("Courier-Bold", MONO)
                c.drawString(x0 + (9 + len(label)) * MONO_W, y, extra)
            y -= 12.5
        c.setFont("Helvetica", 7)
        c.drawString(x0, 40, f"Loan {app.loan} - transcription of Form 710 - continued on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        y = head(c, 2)
        y = led(c, y, "Loan number", app.loan, indent=0)
        y = led(c, y, "Borrower's name", app.borrower, indent=0)
        y -= 6
        y = part(c, y, "PART 4  BORROWER INCOME (monthly, before taxes)")
        for k, label in zip(INCOMES, TX_INCOME, strict=True):
            amount = app.income.get(k, 0.0)
            text = f"  {label} "
            text += "." * max(3, cols - len(text) - 13)
            c.setFont("Courier", MONO)
            c.drawString(x0, y, text)
            c.drawString(right - 12 * MONO_W, y, "$")
            if amount > 0:
                c.setFont("Courier-Bold", MONO)
                c.drawRightString(right, y, money(amount))
            y -= 12.5
        c.setFont("Courier-Bold", MONO)
        text = "  TOTAL MONTHLY INCOME (sum of the lines above) "
        c.drawString(x0, y, text + "." * max(3, cols - len(text) - 13))
        c.drawString(right - 12 * MONO_W, y, "$")
        c.drawRightString(right, y, money(app.total))
        y -= 18
        y = part(c, y, "PART 5  CURRENT BORROWER ASSETS")
        y = led(c, y, "Checking account(s) and cash on hand", "$ " + money(app.checking), width=56)
        y = led(c, y, "Savings, money market funds and CDs", "", width=56)
        y = led(c, y, "Stocks and bonds (non-retirement accounts)", "", width=56)
        y -= 6
        y = part(c, y, "PART 6  BORROWER CERTIFICATION AND AGREEMENT")
        y = paragraphs(c, x0, y - 2, right - x0, [
            "By signing below, each borrower certifies that he or she has read paragraphs 1 through 7 of the Borrower "
            "Certification and Agreement of Form 710 (April 2023), which the counselor read with the borrower in "
            "session, and agrees to them; that every answer above was given by the borrower and is truthful; and "
            "that the hardship described contributed to the need for mortgage relief. The housing counselor typed "
            "the answers and does not sign for any borrower."], font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        y -= 24
        people = [("Borrower signature", "Date", app.b_signs, app.b_dates, 0),
                  ("Co-borrower signature", "Date", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for cap, dcap, signs, dates, k in people:
            c.setFont("Courier", MONO)
            c.drawString(x0, y, f"{cap}:")
            c.setLineWidth(0.6)
            c.line(x0 + 140, y - 2, x0 + 330, y - 2)
            c.drawString(x0 + 350, y, f"{dcap}:")
            c.line(x0 + 385, y - 2, right, y - 2)
            if signs:
                marks.append(Mark("sig", x0 + 150, y, w=160, seed=app.seed + k))
            if dates:
                if ink:
                    marks.append(Mark("hand", x0 + 392, y + 2, mdy(app.signed_on), size=12, seed=app.seed + 7 + k))
                else:
                    c.setFont("Courier-Bold", 10)
                    c.drawString(x0 + 392, y + 1, mdy(app.signed_on))
            y -= 40
        c.setFont("Courier", 8)
        c.drawString(x0, y, f"Typed by {co.name}, housing counselor, on {mdy(typed_on)} from the borrower's answers.")
        c.setFont("Helvetica", 7)
        c.drawString(x0, 40, f"Loan {app.loan} - transcription of Form 710 - page 2 of 2")
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

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        """A born-digital file holding the given documents, each (doc, page count), in order."""
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan,
             header: Callable[[int, int], str] | None = None) -> None:
        """An image-only file of scanned parts; a fax carries its sending machine's header line on each page."""
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        heads = [header(i + 1, len(sheets)) for i in range(len(sheets))] if header else []
        self.files[rel] = scans_pdf(sheets, style, heads)

    def mixed(self, rel: str, parts: Sequence[tuple[Doc | None, bytes, int, bool]], tag: str) -> None:
        """One file joined from born-digital and scanned parts: (doc, pdf bytes, pages, scanned)."""
        page = 1
        for doc, _data, n, scanned in parts:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                doc.scanned = scanned
                self.docs.append(doc)
            page += n
        self.files[rel] = join_pdfs([d for _, d, _, _ in parts], tag)


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def other_doc() -> Doc:
    return Doc("other", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account)


def letter_doc(lt: Letter) -> Doc:
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date)


def pnl_doc(p: PnL) -> Doc:
    return Doc("profit_and_loss_statement", p.fields, p.date, signed=True)


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    required = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": app.total}
    out += [f"application_field:{k}" for k, v in required.items() if not v]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and fresh(b.date) and
                   dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts if a is not b)
    stub = any(d.type == "pay_stub" and fresh(d.date) and d.fields.get("gross_ytd") is not None for d in docs)
    pnl = any(d.type == "profit_and_loss_statement" and d.signed and fresh(d.date) for d in docs)

    def letter(kind: str) -> bool:
        return any(d.type == "benefit_award_letter" and d.benefit == kind and fresh(d.date) for d in docs)

    rules = {"wages": stub or two_bank, "self_employment": two_bank or pnl, "unemployment": True,
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


def fridays(year: int) -> dt.date:
    """The first Friday of a year (weekly and bi-weekly pay dates start there)."""
    d = dt.date(year, 1, 1)
    return d + dt.timedelta(days=(4 - d.weekday()) % 7)


def fax_head(ag: Agency, sent: dt.datetime) -> Callable[[int, int], str]:
    def head(n: int, total: int) -> str:
        return (f"{sent.strftime('%b-%d-%Y %H:%M').upper()}   {ag.fax_id:<22}{ag.fax.replace('(', '').replace(')', '')}"
                f"      P.{n:02d}/{total:02d}")

    return head


WH_GROCERY = Withholding(0.07, 0.028, True, (("Local 1142 union dues", 11.50),), "NE state income tax")
WH_DISTRICT = Withholding(0.08, 0.033, True, (("VMERS retirement 6%", 89.25), ("Health plan", 64.10)),
                          "VT state income tax")
WH_WAREHOUSE = Withholding(0.09, 0.031, True, (("Medical", 52.80), ("Short-term disability", 4.75)), "NE withholding")
WH_DENTAL = Withholding(0.085, 0.03, True, (("Dental/vision", 12.40),), "NE withholding")
WH_RESTAURANT = Withholding(0.05, 0.025, True, (), "VT withholding")
WH_PLANT = Withholding(0.1, 0.034, True, (("Medical PPO", 71.15), ("Life insurance", 6.20)), "NE withholding")
WH_STAFFING = Withholding(0.075, 0.03, True, (), "VT state tax")


def paid_on_or_before(first: dt.date, day: dt.date, frequency: str, back: int = 0) -> dt.date:
    """The pay date `back` checks before the last one on or before `day`."""
    return pay_dates(first, day, frequency)[-1 - back]


def packet_ck1(seed: int) -> Packet:
    """E-mailed by the counselor: a folder of born-digital files - cover letter, authorization, Form 710 typed and
    signed on screen, two weekly grocery stubs, the budget worksheet."""
    received = dt.date(2061, 3, 15)
    first = fridays(2061)
    addr = ["1418 Wren Hollow Road", "Harlowe, NE 68911"]
    stubs = [grocery_stub(random.Random(seed * 7 + 1), "Fresh Fare Markets", "Store #214 - Harlowe",
                          "Lorraine D. Ashby",
                          "FF-0218843", "Deli / Bakery", paid_on_or_before(first, dt.date(2061, 3, 12), "weekly", b),
                          first, 17.85, WH_GROCERY) for b in (1, 0)]
    app = App("5106628143", "Lorraine D. Ashby", "947-52-3318", "1418 Wren Hollow Road", "Harlowe", "NE", "68911",
              "(402) 555-0163", "lorraine.ashby@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2060, 11, 7), "long", {"wages": stubs[-1].monthly}, dt.date(2061, 3, 12), checking=412.37,
              seed=seed + 11)
    p = Packet("ck1", received, app, [])
    folder = app.loan
    sent = dt.date(2061, 3, 14)
    nets = [s.fields["net_current"] for s in stubs]
    avg_net = r2(sum(nets) / 2)
    income = [("Lorraine - take-home pay, Fresh Fare", "Weekly", money(avg_net), r2(avg_net * 52 / 12)),
              ("Keisha (daughter) - help with groceries", "Monthly", "250.00", 250.00),
              ("SNAP food benefits", "Monthly", "184.00", 184.00)]
    expenses = [("Mortgage payment (PITI)", 1184.00), ("Electric and gas", 168.00), ("Water / sewer / trash", 71.00),
                ("Phone and internet", 110.00), ("Car payment", 289.00), ("Car insurance", 96.00),
                ("Gasoline", 140.00), ("Groceries", 520.00), ("Medical co-pays", 45.00), ("Church / gifts", 40.00)]
    bw = budget_worksheet(SWEETWATER, C_ODELL, app.borrower, app.loan, dt.date(2061, 3, 8), income, expenses,
                          "The budget uses take-home pay and the help Lorraine gets each month. Her application "
                          "lists her gross wages only, as Form 710 asks.")
    cl = cover_letter(SWEETWATER, C_ODELL, sent, "Sent by e-mail to the servicer's document address",
                      QUILL, app.borrower, app.loan, app.address, [
                          f"{ag_intro(SWEETWATER)} Ms. Ashby came to us on March 8 after her hours at Fresh Fare "
                          "Markets were cut last November. With her written authorization, enclosed, we send her "
                          "request for mortgage assistance and the papers listed below.",
                          "The household budget worksheet is our counseling tool; the figures on Ms. Ashby's own "
                          "application are the ones she certifies. Please direct questions about this request to me."],
                      [("Third-party authorization (signed by the client)", "1"),
                       ("Mortgage Assistance Application, Form 710 (signed)", "4"),
                       (f"Pay stubs dated {mdy(stubs[0].date)} and {mdy(stubs[1].date)}", "2"),
                       ("Household budget worksheet", "1")], seed + 12)
    au = authorization(SWEETWATER, QUILL[0], app.loan, app.address, [(app.borrower, app.ssn[-4:])], [True],
                       dt.date(2061, 3, 8), ink=False, seed=seed + 13)
    p.pdf(f"{folder}/Cover letter - Ashby.pdf", paper_pdf(cl), (other_doc(), 1))
    p.pdf(f"{folder}/Third party authorization - Ashby.pdf", paper_pdf(au), (other_doc(), 1))
    p.pdf(f"{folder}/Form 710 - Ashby.pdf", form710_screen(app), (app_doc(), 4))
    for s in stubs:
        p.pdf(f"{folder}/Paystub {s.date.strftime('%m-%d')}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{folder}/Budget worksheet - Ashby.pdf", paper_pdf(bw), (other_doc(), 1))
    del addr
    return p


def ag_intro(ag: Agency) -> str:
    return (f"{ag.full} is a HUD-approved housing counseling agency (HUD agency ID {ag.hud_id}) and does not charge "
            "its clients.")


def packet_ck2(seed: int) -> Packet:
    """The counselor portal's export: ONE PDF whose first page is the submission summary (its checklist ticks
    "Pay stubs - enclosed", and none are), the counselor's transcription signed on screen, the authorization, the
    VA letter the agency scanned with its stamp, and the borrower's typed hardship letter."""
    received = dt.date(2061, 4, 12)
    addr = ["77 Cottonwood Spur", "Ellery Falls, NE 68830"]
    app = App("2274905516", "Marcus T. Villanueva", "962-07-4415", "77 Cottonwood Spur", "Ellery Falls", "NE", "68830",
              "(308) 555-0186", "mtvillanueva@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2061, 1, 3), "short", {"wages": 2860.00, "benefits_nontaxable": 1102.04}, dt.date(2061, 4, 6),
              checking=286.90, seed=seed + 21)
    p = Packet("ck2", received, app, ["income_doc:wages"])
    va = va_award_letter(app.borrower, addr, dt.date(2061, 2, 1), 1102.04, 50)
    tx = transcription(app, SWEETWATER, C_MARSH, dt.date(2061, 4, 6), ink=False)
    au = authorization(SWEETWATER, QUILL[0], app.loan, app.address, [(app.borrower, app.ssn[-4:])], [True],
                       dt.date(2061, 4, 6), ink=False, seed=seed + 22)
    on = dt.date(2061, 4, 5)
    hl = typed_hardship(app.borrower, None, addr, app.loan, on, QUILL[0], [
        "After New Year the grain elevator where I work cut everybody who is not full time down to three days a "
        "week until the new bins are built. I went from about forty hours to twenty-four, and my pay dropped by "
        "almost a third.",
        "My VA compensation is steady but it does not cover the house payment by itself. I have been going to the "
        "housing counselor in Harlowe and she helped me put this together. The elevator says full hours should come "
        "back by summer, so I am asking for a forbearance or a plan for a few months until then.",
        "I want to keep my home. Please call me or my counselor with any questions."], ink=False, seed=seed + 23)
    sub = "HSC-2061-0411-7731"
    rows = [(True, "Mortgage assistance application (transcribed, signed)", "Enclosed", "villanueva_710.pdf"),
            (True, "Third-party authorization", "Enclosed", "villanueva_tpa.pdf"),
            (True, "Pay stubs - two most recent", "Enclosed", "villanueva_paystubs.pdf"),
            (True, "VA benefit summary letter", "Enclosed", "villanueva_va.pdf"),
            (True, "Hardship letter", "Enclosed", "villanueva_letter.pdf"),
            (False, "Bank statements", "Not required", "-"),
            (False, "IRS Form 4506-C", "Not required", "-")]
    ps = portal_summary("Lodestar Counselor Exchange", "https://lodestar-exchange.example.org", "4/11/61, 4:52 PM",
                        sub, "04/11/2061 4:47 PM CT", SWEETWATER, C_MARSH, QUILL[0], app.loan, app.borrower, rows)
    style = Scan(dpi=150, tilt=0.4, blur=0.45, noise=0.0005)
    va_scan = scans_pdf(scan_paper(va.paper, style, seed + 24, Copy((SWEETWATER.stamp, dt.date(2061, 3, 29), 380, 250),
                                                                     tilt_stamp=-5.0)), style)
    p.mixed(f"{sub}_export.pdf", [
        (other_doc(), paper_pdf(ps), 1, False),
        (app_doc(), paper_pdf(tx), 2, False),
        (other_doc(), paper_pdf(au), 1, False),
        (letter_doc(va), va_scan, 1, True),
        (hardship_doc(on), paper_pdf(hl), 1, False)], "ck2export")
    return p


def packet_ck3(seed: int) -> Packet:
    """Faxed by the agency: ONE 200 dpi fax, the machine's header on every page - cover letter signed in ink,
    Form 710 typed, printed, signed and dated in ink, two semi-monthly school-district stubs and an obituary copy
    stamped RECEIVED BY COUNSELOR, the survivor-pension letter, the widow's signed hardship letter."""
    received = dt.date(2061, 5, 17)
    addr = ["5 Birch Ledge Road", "Coldbrook, VT 05671"]
    stubs = [district_stub("Coldbrook Unified School District", "40 School Street, Coldbrook, VT 05671",
                           "Harriet M. Quenneville", "004871", "Paraeducator, grade 2", d, 1487.50, 0.0, WH_DISTRICT)
             for d in (dt.date(2061, 4, 30), dt.date(2061, 5, 15))]
    pension = survivor_pension_letter("Harriet M. Quenneville", "Armand J. Quenneville", addr, dt.date(2061, 4, 6),
                                      1318.40, "Green Mountain Quarrymen's Pension Plan", dt.date(2061, 3, 1))
    obit = obituary("Armand J. Quenneville", dt.date(1998, 8, 21), dt.date(2061, 2, 9), "Coldbrook",
                    "worked thirty years at the Barre Road granite sheds and drove the town plow in winter",
                    "his wife Harriet, his son Paul and his daughter Celine", dt.date(2061, 2, 12),
                    "The Coldbrook Courier")
    app = App("0740318825", "Harriet M. Quenneville", "918-44-2093", "5 Birch Ledge Road", "Coldbrook", "VT", "05671",
              "(802) 555-0118", "hquenneville@example.net", "primary_residence", ["death"], dt.date(2061, 2, 9),
              "long", {"wages": stubs[-1].monthly, "benefits_taxable": 1318.40}, dt.date(2061, 5, 9), checking=903.15,
              seed=seed + 31)
    p = Packet("ck3", received, app, [])
    on = dt.date(2061, 5, 9)
    hl = typed_hardship(app.borrower, None, addr, app.loan, on, REDFERN[0], [
        "My husband Armand died on February 9 after a stroke. He earned most of our money. I work at the school as a "
        "paraeducator and now I also get his survivor pension, but together they are about half of what we had.",
        "I paid the February and March payments from our savings. There is nothing left and I missed April. I do not "
        "want to lose the house we built. Joanna at Ninebark is helping me. Please look at a modification so the "
        "payment fits what I earn now."], ink=True, seed=seed + 32)
    cl = cover_letter(NINEBARK, C_FAIRLEY, received, f"By fax to {REDFERN[0]} - 10 pages including this letter",
                      REDFERN, app.borrower, app.loan, app.address, [
                          f"{ag_intro(NINEBARK)} Mrs. Quenneville lost her husband in February. Her authorization "
                          "for us to speak with you is on file with your office from her call of April 20.",
                          "Enclosed is her complete request. Each copy we made from her originals carries our "
                          "RECEIVED BY COUNSELOR stamp with the day she brought it in."],
                      [("Mortgage Assistance Application, Form 710", "4"),
                       ("Pay stubs, Coldbrook Unified School District (2)", "2"),
                       ("Survivor pension award letter", "1"), ("Obituary, The Coldbrook Courier", "1"),
                       ("Hardship letter", "1")], seed + 33)
    style = Scan(dpi=200, tilt=0.3, blur=0.35, noise=0.0007, fax=True)
    stamp = NINEBARK.stamp
    p.scan("FAX_20610517_091422.pdf", [
        (other_doc(), scan_paper(cl, style, seed + 300)),
        (app_doc(), form710_ink(app, style, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 302,
                                        Copy((stamp, dt.date(2061, 5, 10), 400, 120)))),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 303,
                                        Copy((stamp, dt.date(2061, 5, 16), 400, 120)))),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 304)),
        (letter_doc(obit), scan_paper(obit.paper, style, seed + 305, Copy((stamp, dt.date(2061, 4, 28), 400, 90)))),
        (hardship_doc(on), scan_paper(hl, style, seed + 306))], style,
        fax_head(NINEBARK, dt.datetime(2061, 5, 17, 9, 14)))
    return p


def packet_ck4(seed: int) -> Packet:
    """The agency's copier: ONE 200 dpi grey scan - cover letter, intake sheet, the transcription signed in ink,
    and the client's papers punched for the agency's binder and stamped RECEIVED BY COUNSELOR: a signed quarterly
    profit and loss statement, two consecutive credit-union statements, a signed hardship letter. Self-employment
    is claimed and the Form 4506-C is only promised."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2061, 6, 22)
    addr = ["214 Sugarhouse Lane", "Coldbrook, VT 05671"]
    app = App("0938812274", "Delphine A. Marchand", "935-61-0872", "214 Sugarhouse Lane", "Coldbrook", "VT", "05671",
              "(802) 555-0131", "delphine.hairstudio@example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2060, 12, 1), "long", {"self_employment": 3420.00}, dt.date(2061, 6, 10), checking=1210.44,
              seed=seed + 41)
    p = Packet("ck4", received, app, ["irs_form_4506c"])
    pnl = pnl_statement("Delphine Marchand Hair Studio", app.borrower, dt.date(2061, 3, 1), dt.date(2061, 5, 31),
                        [("Services (cuts, color, styling)", 13210.00), ("Retail product sales", 1670.00)],
                        [("Booth rent, Maple Row Salon Suites", 2400.00), ("Color and supplies", 1380.00),
                         ("Booking software and card fees", 412.00), ("Liability insurance", 186.00),
                         ("Continuing education", 242.00)], dt.date(2061, 6, 8), seed + 42)
    bank = ("Otter Creek Valley", "Otter Creek Valley Credit Union")
    cr1 = [(3, "SQUARE DEPOSIT MARCHAND HAIR", 1184.20), (10, "SQUARE DEPOSIT MARCHAND HAIR", 1092.75),
           (17, "MOBILE DEP CLIENT CHECK", 160.00), (24, "SQUARE DEPOSIT MARCHAND HAIR", 1233.10)]
    cr2 = [(1, "SQUARE DEPOSIT MARCHAND HAIR", 1046.35), (8, "SQUARE DEPOSIT MARCHAND HAIR", 1301.80),
           (15, "SQUARE DEPOSIT MARCHAND HAIR", 998.45), (22, "MOBILE DEP CLIENT CHECK", 95.00),
           (29, "SQUARE DEPOSIT MARCHAND HAIR", 1152.60)]
    s1 = cu_statement(rng, bank, app.borrower, addr, "0051723849", 2061, 4, 1418.62, cr1)
    s2 = cu_statement(rng, bank, app.borrower, addr, "0051723849", 2061, 5, s1.fields["ending_balance"], cr2)
    on = dt.date(2061, 6, 8)
    hl = typed_hardship(app.borrower, None, addr, app.loan, on, REDFERN[0], [
        "I have rented a chair and then a suite at Maple Row in Coldbrook for eleven years. Last December the mill on "
        "Route 12 closed and a lot of my regular clients left town or cut back to a haircut every few months instead "
        "of color every six weeks. My bookings are down by about a third.",
        "I am building back with new clients and I added retail products, but it will take time. I ask Redfern Lake to "
        "lower my payment so I can keep up while the business recovers."], ink=True, seed=seed + 43)
    cl = cover_letter(NINEBARK, C_FAIRLEY, dt.date(2061, 6, 21), "By e-mail (scanned packet) to the servicer",
                      REDFERN, app.borrower, app.loan, app.address, [
                          f"{ag_intro(NINEBARK)} Ms. Marchand is self-employed as a hair stylist. The application "
                          "enclosed was typed by me from her answers in session and signed by her.",
                          "Ms. Marchand will sign IRS Form 4506-C at her next appointment on June 28; we will send it "
                          "as soon as it is signed."],
                      [("Client intake sheet", "1"), ("Mortgage Assistance Application (transcription, signed)", "2"),
                       ("Profit and loss statement, March - May 2061 (signed)", "1"),
                       ("Credit union statements, April and May 2061", "2"), ("Hardship letter", "1"),
                       ("IRS Form 4506-C", "to follow")], seed + 44)
    intake = intake_sheet(NINEBARK, C_FAIRLEY, "NB-61-0388", dt.date(2061, 6, 9), [app.borrower], app.loan, REDFERN[0],
                          [("Household size", "2 (client and son, 16)"), ("Area median income", "62% AMI"),
                           ("Primary language", "English"), ("Referred by", "Vermont 2-1-1"),
                           ("Payments behind at intake", "2 (April, May)"), ("Foreclosure sale date", "None scheduled"),
                           ("Loan investor (client's statement)", "Fannie Mae")],
                          ["Apply for a loan modification with Redfern Lake Loan Servicing",
                           "Build a budget that absorbs the slower months of the business",
                           "Follow up on the servicer's acknowledgment within 10 days"],
                          ["Profit and loss statement, Mar - May 2061", "Credit union statements, Apr and May 2061",
                           "Hardship letter", "Most recent mortgage statement (kept in file)"], 5140.00)
    tx = transcription(app, NINEBARK, C_FAIRLEY, dt.date(2061, 6, 9), ink=True)
    style = Scan(dpi=200, tilt=0.35, blur=0.5, noise=0.0006)
    stamp = NINEBARK.stamp
    binder = Copy(holes=3)
    p.scan("NNHP_SCAN_20610621_1530.pdf", [
        (other_doc(), scan_paper(cl, style, seed + 400)),
        (other_doc(), scan_paper(intake, style, seed + 401)),
        (app_doc(), scan_paper(tx, style, seed + 402, binder)),
        (pnl_doc(pnl), scan_paper(pnl.paper, style, seed + 403, Copy((stamp, dt.date(2061, 6, 9), 420, 40), 3))),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 404, Copy((stamp, dt.date(2061, 6, 9), 60, 30), 3, -3.0))),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 405, Copy((stamp, dt.date(2061, 6, 9), 60, 30), 3, -3.0))),
        (hardship_doc(on), scan_paper(hl, style, seed + 406, Copy((stamp, dt.date(2061, 6, 9), 400, 40), 3)))], style)
    return p


def packet_ck5(seed: int) -> Packet:
    """Loose born-digital files named "<loan>-<paper>.pdf": cover letter, an authorization signed by BOTH spouses,
    Form 710 naming the co-borrower but signed and dated by the borrower only, a warehouse's bi-weekly stub and a
    dental office's semi-monthly stub, the budget worksheet."""
    received = dt.date(2061, 7, 19)
    first = fridays(2061)
    stub_t = warehouse_stub(random.Random(seed * 7 + 5), "Plainsway Distribution Center", "9100 Industrial Loop, "
                            "Harlowe, NE 68911", "Tobias J. Lindqvist", "004417", "Outbound - Dock B",
                            paid_on_or_before(first, dt.date(2061, 7, 12), "biweekly"), first, 21.40, WH_WAREHOUSE)
    stub_a = district_stub("Harlowe Family Dental, P.C.", "615 Main Street, Harlowe, NE 68911", "Amara N. Lindqvist",
                           "HFD-019", "Dental assistant", dt.date(2061, 6, 30), 1625.00, 0.0, WH_DENTAL,
                           banner="Earnings Statement", label="Salary",
                           footer="Salary is paid on the 15th and the last day of each month. Questions: office "
                                  "manager.")
    app = App("5107730942", "Tobias J. Lindqvist", "971-23-5506", "3302 Sandhill Crane Drive", "Harlowe", "NE", "68911",
              "(402) 555-0177", "tj.lindqvist@example.org", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2061, 2, 1), "long", {"wages": r2(stub_t.monthly + stub_a.monthly)}, dt.date(2061, 7, 13),
              co="Amara N. Lindqvist", co_ssn="971-48-0219", co_signs=False, checking=1530.08, seed=seed + 51)
    p = Packet("ck5", received, app, ["application_signature"])
    loan = app.loan
    people = [(app.borrower, app.ssn[-4:]), (app.co or "", (app.co_ssn or "")[-4:])]
    au = authorization(SWEETWATER, QUILL[0], loan, app.address, people, [True, True], dt.date(2061, 7, 6), ink=False,
                       seed=seed + 52)
    cl = cover_letter(SWEETWATER, C_ODELL, dt.date(2061, 7, 18), "Uploaded to the servicer's borrower portal",
                      QUILL, f"{app.borrower} and {app.co}", loan, app.address, [
                          f"{ag_intro(SWEETWATER)} Mr. and Mrs. Lindqvist met with me on July 6. Their escrow "
                          "payment rose by $318 a month in February after the county reassessed their home and their "
                          "homeowner's insurance renewed at a higher premium.",
                          "Their signed authorization and their request for a modification are enclosed with the "
                          "papers below. The budget worksheet is for information only."],
                      [("Third-party authorization", "1"), ("Mortgage Assistance Application, Form 710", "4"),
                       ("Pay stub - Plainsway Distribution Center (Tobias)", "1"),
                       ("Pay stub - Harlowe Family Dental (Amara)", "1"), ("Household budget worksheet", "1")],
                      seed + 53)
    income = [("Tobias - Plainsway, net", "Every 2 weeks", money(stub_t.fields["net_current"]),
               r2(stub_t.fields["net_current"] * 26 / 12)),
              ("Amara - Harlowe Family Dental, net", "Twice a month", money(stub_a.fields["net_current"]),
               r2(stub_a.fields["net_current"] * 2)),
              ("Tobias - weekend snow removal (winter average)", "Seasonal", "-", 150.00)]
    expenses = [("Mortgage payment (new escrow)", 1842.00), ("Electric", 132.00), ("Natural gas", 64.00),
                ("Water and trash", 58.00), ("Phones", 145.00), ("Internet", 70.00), ("Car loan", 412.00),
                ("Car insurance", 151.00), ("Fuel", 230.00), ("Groceries", 780.00), ("Child care", 640.00),
                ("Student loan", 190.00)]
    bw = budget_worksheet(SWEETWATER, C_ODELL, f"{app.borrower} / {app.co}", loan, dt.date(2061, 7, 6), income,
                          expenses, "Budget uses take-home pay and counts Tobias's seasonal snow-removal cash as a "
                          "monthly average. The application shows the household's gross wages.")
    p.pdf(f"{loan}-cover-letter.pdf", paper_pdf(cl), (other_doc(), 1))
    p.pdf(f"{loan}-authorization.pdf", paper_pdf(au), (other_doc(), 1))
    p.pdf(f"{loan}-form710.pdf", form710_screen(app), (app_doc(), 4))
    p.pdf(f"{loan}-paystub-tobias.pdf", paper_pdf(stub_t.paper), (stub_doc(stub_t), 1))
    p.pdf(f"{loan}-paystub-amara.pdf", paper_pdf(stub_a.paper), (stub_doc(stub_a), 1))
    p.pdf(f"{loan}-budget.pdf", paper_pdf(bw), (other_doc(), 1))
    return p


def packet_ck6(seed: int) -> Packet:
    """A folder named after the loan: the cover letter and budget worksheet born-digital, and each paper of the
    clients re-scanned by the agency to its own file under the copier's names - the transcription signed in ink by
    both spouses, the borrower's HAND-WRITTEN hardship letter on notebook paper, the disability insurer's letter and
    two weekly restaurant stubs stamped RECEIVED BY COUNSELOR."""
    received = dt.date(2061, 8, 23)
    first = fridays(2061)
    addr = ["61 Pine Knoll Road", "Westmore Gap, VT 05860"]
    stubs = [restaurant_stub(random.Random(seed * 7 + 6), "The Gristmill Tavern", "12 Falls Road, Westmore Gap, VT "
                             "05860", "Renata L. Penhallow", "GT-118", "Server",
                             paid_on_or_before(first, dt.date(2061, 8, 19), "weekly", b), first, 9.75, WH_RESTAURANT)
             for b in (1, 0)]
    ltd = ltd_award_letter("Silas W. Penhallow", addr, dt.date(2061, 7, 8), 2140.00, "LTD-61-220718",
                           dt.date(2061, 6, 12), "Kingdom Timber Products, Inc.")
    app = App("0418827360", "Silas W. Penhallow", "983-30-6641", "61 Pine Knoll Road", "Westmore Gap", "VT", "05860",
              "(802) 555-0124", "silas.penhallow@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2061, 3, 14), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 2140.00},
              dt.date(2061, 8, 12), co="Renata L. Penhallow", co_ssn="983-57-1190", checking=742.55, seed=seed + 61)
    p = Packet("ck6", received, app, [])
    loan = app.loan
    on = dt.date(2061, 8, 12)
    hl = handwritten_hardship(app.borrower, loan, on, [
        "To Redfern Lake Loan Servicing,",
        "In March I hurt my back at the sawmill and then",
        "they found a tumor on my spine. I had surgery in",
        "April and I can not go back to mill work. My",
        "disability insurance pays part of my old pay.",
        "Renata works more shifts at the tavern now but",
        "we fell behind in May. We want to keep our home.",
        "Please help us with a lower payment."], seed + 62)
    tx = transcription(app, NINEBARK, C_FAIRLEY, dt.date(2061, 8, 12), ink=True)
    cl = cover_letter(NINEBARK, C_FAIRLEY, dt.date(2061, 8, 22), "By e-mail to the servicer's loss mitigation box",
                      REDFERN, f"{app.borrower} and {app.co}", loan, app.address, [
                          f"{ag_intro(NINEBARK)} Mr. Penhallow was injured in March and is now on long-term "
                          "disability; Mrs. Penhallow works as a server. Both signed the enclosed application, which I "
                          "typed from their answers.",
                          "We scanned each paper the clients brought in to its own file. Our budget worksheet is "
                          "attached for information; it is not part of their application."],
                      [("Mortgage Assistance Application (transcription, signed)", "2"),
                       ("Hardship letter (hand-written by Mr. Penhallow)", "1"),
                       ("Long-term disability approval letter", "1"), ("Pay stubs, The Gristmill Tavern (2)", "2"),
                       ("Household budget worksheet", "1")], seed + 63)
    avg = r2(sum(s.fields["net_current"] for s in stubs) / 2)
    income = [("Silas - LTD benefit after tax", "Monthly", money(r2(2140.00 * 0.88)), r2(2140.00 * 0.88)),
              ("Renata - take-home incl. tips", "Weekly", money(avg), r2(avg * 52 / 12)),
              ("Firewood sales (fall only)", "Seasonal", "-", 90.00)]
    expenses = [("Mortgage payment", 1296.00), ("Heating oil (avg)", 210.00), ("Electric", 118.00),
                ("Phone / internet", 125.00), ("Car insurance", 104.00), ("Gas", 180.00), ("Groceries", 690.00),
                ("Medical bills payment plan", 150.00), ("Prescriptions", 85.00), ("School costs", 40.00)]
    bw = budget_worksheet(NINEBARK, C_FAIRLEY, f"{app.borrower} / {app.co}", loan, dt.date(2061, 8, 12), income,
                          expenses, "LTD shown net of the 12% withheld; tips as reported. See the application for "
                          "the gross monthly amounts the clients certify.")
    folder = loan
    grey = Scan(dpi=200, tilt=0.3, blur=0.5, noise=0.0006)
    low = Scan(dpi=150, tilt=0.45, blur=0.4, noise=0.0005)
    stamp = NINEBARK.stamp
    p.pdf(f"{folder}/Cover letter Penhallow.pdf", paper_pdf(cl), (other_doc(), 1))
    p.scan(f"{folder}/NNHP_0822_001.pdf", [(app_doc(), scan_paper(tx, grey, seed + 600))], grey)
    p.scan(f"{folder}/NNHP_0822_002.pdf", [(hardship_doc(on), scan_paper(hl, grey, seed + 601))], grey)
    p.scan(f"{folder}/NNHP_0822_003.pdf", [(letter_doc(ltd), scan_paper(
        ltd.paper, low, seed + 602, Copy((stamp, dt.date(2061, 8, 12), 400, 60))))], low)
    for i, s in enumerate(stubs):
        p.scan(f"{folder}/NNHP_0822_00{4 + i}.pdf", [(stub_doc(s), scan_paper(
            s.paper, grey, seed + 603 + i, Copy((stamp, dt.date(2061, 8, 12) + dt.timedelta(days=7 * i), 390, 150),
                                                tilt_stamp=6.0)))], grey)
    p.pdf(f"{folder}/Budget worksheet Penhallow.pdf", paper_pdf(bw), (other_doc(), 1))
    return p


def packet_ck7(seed: int) -> Packet:
    """ONE 200 dpi grey scan of the whole packet, printed from the portal: the submission summary, the authorization
    signed in ink, Form 710 signed in ink, a plant's bi-weekly stub and the retirement system's annual statement
    (stamped by the counselor in September, DATED LAST DECEMBER), the borrower's signed letter."""
    received = dt.date(2061, 9, 20)
    first = fridays(2061) + dt.timedelta(days=7)
    addr = ["1907 Buffalo Grass Court", "Harlowe, NE 68911"]
    stub = warehouse_stub(random.Random(seed * 7 + 7), "Bison Ridge Ethanol, LLC", "2 Plant Road, Ellery Falls, NE "
                          "68830", "Ernest P. Walcott", "BRE-2210", "Operations - Process", paid_on_or_before(
                              first, dt.date(2061, 9, 5), "biweekly"), first, 24.65, WH_PLANT,
                          title="Payroll Advice", shift="Standby pay", diff=2.00)
    pension = county_pension_letter("Ernest P. Walcott", addr, dt.date(2060, 12, 15), 1742.00, dt.date(2052, 7, 1))
    app = App("5109921187", "Ernest P. Walcott", "956-71-2038", "1907 Buffalo Grass Court", "Harlowe", "NE", "68911",
              "(402) 555-0190", "ernie.walcott@example.com", "primary_residence", ["other"], dt.date(2061, 5, 2),
              "long", {"wages": stub.monthly, "benefits_taxable": 1742.00}, dt.date(2061, 9, 10),
              other_text="Raising two grandchildren placed with me by the court", checking=318.72, seed=seed + 71)
    p = Packet("ck7", received, app, ["income_doc:benefits_taxable"])
    on = dt.date(2061, 9, 9)
    hl = typed_hardship(app.borrower, None, addr, app.loan, on, QUILL[0], [
        "In May the county court placed my two grandsons, ages 6 and 9, with me after their mother could not care for "
        "them. I am glad to have them, but I now pay for child care, school lunches, clothes and a bigger grocery "
        "bill on the same income, my job at the ethanol plant and my county pension.",
        "The kinship payments have not started yet. I have fallen two payments behind and I am asking for a "
        "modification so I can keep the house the boys now call home."], ink=True, seed=seed + 72,
        salutation="To the Loss Mitigation Department:")
    au = authorization(SWEETWATER, QUILL[0], app.loan, app.address, [(app.borrower, app.ssn[-4:])], [True],
                       dt.date(2061, 9, 8), ink=True, seed=seed + 73)
    sub = "HSC-2061-0919-8842"
    rows = [(True, "Third-party authorization", "Enclosed", "walcott_tpa.pdf"),
            (True, "Mortgage assistance application (Form 710, signed)", "Enclosed", "walcott_710.pdf"),
            (True, "Pay stub - most recent", "Enclosed", "walcott_stub.pdf"),
            (True, "Pension benefit letter", "Enclosed", "walcott_pension.pdf"),
            (True, "Hardship letter", "Enclosed", "walcott_letter.pdf"),
            (False, "Bank statements", "Not required", "-")]
    ps = portal_summary("Lodestar Counselor Exchange", "https://lodestar-exchange.example.org", "9/19/61, 11:06 AM",
                        sub, "09/19/2061 11:02 AM CT", SWEETWATER, C_MARSH, QUILL[0], app.loan, app.borrower, rows)
    style = Scan(dpi=200, tilt=0.4, blur=0.55, noise=0.0007)
    stamp = SWEETWATER.stamp
    p.scan(f"Walcott {app.loan} packet.pdf", [
        (other_doc(), scan_paper(ps, style, seed + 700)),
        (other_doc(), scan_paper(au, style, seed + 701)),
        (app_doc(), form710_ink(app, style, seed + 702)),
        (stub_doc(stub), scan_paper(stub.paper, style, seed + 703, Copy((stamp, dt.date(2061, 9, 8), 400, 60)))),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 704,
                                         Copy((stamp, dt.date(2061, 9, 8), 400, 80)))),
        (hardship_doc(on), scan_paper(hl, style, seed + 705))], style)
    return p


def packet_ck8(seed: int) -> Packet:
    """A fax from the agency (200 dpi, dithered, header line on every page): cover letter, authorization and
    transcription signed in ink by both spouses - the hardship date left BLANK -, the intake sheet, two weekly
    staffing-agency stubs stamped RECEIVED BY COUNSELOR, the budget worksheet."""
    received = dt.date(2061, 10, 18)
    first = fridays(2061)
    stubs = [staffing_stub(random.Random(seed * 7 + 8), "Brightwork Staffing Solutions", "300 Depot Square, "
                           "St. Albion, VT 05478", "Corinne B. Tashjian", "BW-55102", "Maple Hollow Packaging Co.",
                           "Packing line lead", paid_on_or_before(first, dt.date(2061, 10, 14), "weekly", b), first,
                           18.25, WH_STAFFING) for b in (1, 0)]
    app = App("0392045518", "Corinne B. Tashjian", "924-18-7735", "48 Lamoille View Drive", "St. Albion", "VT",
              "05478", "(802) 555-0166", "ctashjian@example.org", "primary_residence", ["unemployment"], None, "short",
              {"wages": stubs[-1].monthly, "unemployment": 1512.00}, dt.date(2061, 10, 6), co="Levon A. Tashjian",
              co_ssn="924-60-3381", checking=655.10, seed=seed + 81)
    p = Packet("ck8", received, app, ["application_field:hardship_start_date"])
    loan = app.loan
    people = [(app.borrower, app.ssn[-4:]), (app.co or "", (app.co_ssn or "")[-4:])]
    au = authorization(NINEBARK, REDFERN[0], loan, app.address, people, [True, True], dt.date(2061, 10, 6), ink=True,
                       seed=seed + 82)
    tx = transcription(app, NINEBARK, C_FAIRLEY, dt.date(2061, 10, 6), ink=True)
    cl = cover_letter(NINEBARK, C_FAIRLEY, received, "By fax - 8 pages including this letter", REDFERN,
                      f"{app.borrower} and {app.co}", loan, app.address, [
                          f"{ag_intro(NINEBARK)} Mr. Tashjian was laid off from St. Albion Creamery and receives "
                          "unemployment benefits; Mrs. Tashjian works through a staffing agency.",
                          "Enclosed are the clients' signed authorization, the application I typed from their answers "
                          "and signed by both, and the papers listed below."],
                      [("Third-party authorization", "1"), ("Client intake sheet", "1"),
                       ("Mortgage Assistance Application (transcription, signed)", "2"),
                       ("Pay stubs, Brightwork Staffing Solutions (2)", "2"), ("Household budget worksheet", "1")],
                      seed + 83)
    intake = intake_sheet(NINEBARK, C_FAIRLEY, "NB-61-0517", dt.date(2061, 10, 6), [app.borrower, app.co or ""], loan,
                          REDFERN[0], [("Household size", "4 (clients and two children)"),
                                       ("Area median income", "71% AMI"), ("Primary language", "English, Armenian"),
                                       ("Referred by", "Servicer's delinquency letter"),
                                       ("Payments behind at intake", "1 (September)"),
                                       ("Foreclosure sale date", "None scheduled")],
                          ["Request a forbearance or modification while Levon looks for work",
                           "Apply for the state's fuel assistance program"],
                          ["Pay stubs, Brightwork Staffing (2)", "Unemployment benefit statement (kept in file)"],
                          4390.00)
    avg = r2(sum(s.fields["net_current"] for s in stubs) / 2)
    income = [("Corinne - Brightwork, take-home", "Weekly", money(avg), r2(avg * 52 / 12)),
              ("Levon - unemployment after tax", "Weekly", "313.20", r2(313.20 * 52 / 12)),
              ("Child tax credit (monthly share)", "Monthly", "-", 120.00)]
    expenses = [("Mortgage payment", 1418.00), ("Heating fuel", 190.00), ("Electric", 104.00),
                ("Phone / internet", 135.00), ("Car payment", 298.00), ("Car insurance", 121.00),
                ("Gas", 160.00), ("Groceries", 810.00), ("Child care", 260.00), ("Health insurance (COBRA)", 540.00)]
    bw = budget_worksheet(NINEBARK, C_FAIRLEY, f"{app.borrower} / {app.co}", loan, dt.date(2061, 10, 6), income,
                          expenses, "Take-home figures; the clients' application states gross amounts.")
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0005, fax=True, dither=True)
    stamp = NINEBARK.stamp
    p.scan("FAXRX_20611018_142207.pdf", [
        (other_doc(), scan_paper(cl, style, seed + 800)),
        (other_doc(), scan_paper(au, style, seed + 801)),
        (other_doc(), scan_paper(intake, style, seed + 802)),
        (app_doc(), scan_paper(tx, style, seed + 803)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 804,
                                        Copy((stamp, stubs[0].date + dt.timedelta(days=3), 400, 60)))),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 805,
                                        Copy((stamp, stubs[1].date + dt.timedelta(days=3), 400, 60)))),
        (other_doc(), scan_paper(bw, style, seed + 806))], style, fax_head(NINEBARK, dt.datetime(2061, 10, 18, 14, 21)))
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_ck1, packet_ck2, packet_ck3, packet_ck4, packet_ck5, packet_ck6,
                                          packet_ck7, packet_ck8]
SCENARIO_STATUS = {"ck1": "complete", "ck2": "incomplete", "ck3": "complete", "ck4": "incomplete",
                   "ck5": "incomplete", "ck6": "complete", "ck7": "incomplete", "ck8": "incomplete"}


def check(out: Path) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the scenario."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                     "hardship_types", "hardship_start_date", "income")}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    field_names = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                                "gross_current", "gross_ytd", "net_current", "monthly_gross"},
                   "bank_statement": {"bank_name", "account_last4", "period_start", "period_end",
                                      "beginning_balance", "ending_balance"},
                   "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
                   "hardship_letter": {"letter_date"},
                   "profit_and_loss_statement": {"period_start", "period_end", "net_income", "signed"},
                   "mortgage_assistance_application": set(), "other": set(), "obituary": set()}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() > 4 or received.year != 2061:
            problems.append(f"{name}: received_on {received} is not a weekday of 2061")
        if (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        if name in SCENARIO_STATUS and exp["status"] != SCENARIO_STATUS[name]:
            problems.append(f"{name}: status {exp['status']}, scenario says {SCENARIO_STATUS[name]}")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in codes_ok]
        app = exp["application"]
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: loan numbers differ")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"}:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income total")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            if doc["type"] in field_names and set(doc["fields"]) != field_names[doc["type"]]:
                problems.append(f"{name}: fields of {doc['id']} {sorted(doc['fields'])}")
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
                has_text = bool(page.extract_text().replace(SYNTH, "").strip())
                if doc["type"] == "mortgage_assistance_application" and not has_text and "/Annots" in page:
                    has_text = True  # Form 710's answers live in its fields
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
                span = (dt.date.fromisoformat(f["period_end"]) - dt.date.fromisoformat(f["period_start"])).days + 1
                if span not in {"weekly": (7,), "biweekly": (14,), "semimonthly": (13, 14, 15, 16),
                                "monthly": (28, 29, 30, 31)}[f["frequency"]]:
                    problems.append(f"{name}: period length {span} for {f['frequency']}")
        for f, reader in readers.items():
            listed = {n for fl, n in seen if fl == f}
            if len(listed) != len(reader.pages):
                problems.append(f"{name}: {f} has {len(reader.pages)} pages, {len(listed)} listed")
        total_pages = sum(len(PdfReader(pth).pages) for pth in (exp_path.parent / "inbox").rglob("*.pdf"))
        if not 4 <= total_pages <= 12:
            problems.append(f"{name}: {total_pages} pages")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (ck1 ..)")
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
