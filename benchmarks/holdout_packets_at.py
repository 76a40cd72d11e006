"""A forty-fourth holdout set of borrower packets (at1..at8), laid out unlike the shared samples and unlike every
earlier set (a, b .. z, aa .. ar), written without looking at the service's code, rules, data files or tests, to
estimate honestly how it reads ORDINARY borrower mail at a servicer in layouts it has never seen. Its theme: intake
by a STATE HOMEOWNER ASSISTANCE FUND (HAF) program on the borrowers' behalf, forwarded to the servicer.

    python benchmarks/holdout_packets_at.py OUT_DIR [--seed N] [--check] [--only at1 at5 ...]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs,
plain grey scans (200, 240 or 300 dpi, tilted 0.15 to 0.45 degrees, a little blurred and speckled, JPEG, no text
layer) or one plain fax (200 dpi, black and white, the sending machine's header line "JUN-17-2041 09:14  FROM: NE
HOUSING STABILITY  402 555 0148  TO: 4025550190  P.003/008" across the top of every page). Hand-written parts are
signatures (drawn strokes) and the dates beside them; no form is filled in pen.

THE THEME. "HomeSteady Nebraska", the Homeowner Assistance Fund program of the (fictional) Nebraska Housing
Stability Office in Lincoln, takes applications from homeowners in its own case system and forwards them, with the
papers the homeowners uploaded, to the servicer - Larkspur Mortgage Servicing (Omaha) - which must judge them as a
loss-mitigation application. The borrowers live in Nebraska. Received dates are Mondays between March and November
2041 (the fax came on a Monday as well).

APPLICATIONS
- The HAF agency's CASE SUMMARY PRINTOUT from its case system (three portrait pages, small type): a header with
  "HomeSteady Nebraska" in bold and "Homeowner Assistance Fund - Nebraska Housing Stability Office" under it at the
  left, "CASE SUMMARY", the case number "Case HSN-41-nnnnnnn" and "Printed mm/dd/yyyy hh:mm AM by <user>" at the
  right, a thin rule; a footer "HSN Case Management System - Case summary - CONFIDENTIAL" and "Page n of 3".
  Every answer is a "Label: value" pair in TWO COLUMNS per page - the LABEL RIGHT-ALIGNED IN GREY against a gutter,
  the VALUE LEFT-ALIGNED IN BLACK after it; every yes/no answer is the WORD "Yes" or "No" IN BOLD. Sections under
  grey bold headings with a hairline: "1. APPLICANT AND CO-APPLICANT" (Applicant name, SSN (last 4), Phone, E-mail,
  Preferred language, Military service | Co-applicant name - left EMPTY when there is none -, Co-applicant SSN
  (last 4), Co-applicant phone, Co-applicant on mortgage note, Marital status); "2. PROPERTY AND MORTGAGE"
  (Property street, City / State / ZIP, County, Occupancy - the words "Primary residence" / "Second home" /
  "Investment property" -, Property type | Servicer, Servicer loan number, Monthly mortgage payment, Months past due,
  Listed for sale, Intends to keep home); "3. HOUSEHOLD MEMBERS (ADULTS 18 AND OLDER)": a ruled TABLE Name |
  Relationship | Age | On mortgage note | Employment | Monthly gross income listing the applicant ("Self
  (applicant)"), the co-applicant ("Spouse (co-applicant)") and an ADULT CHILD ("Son" / "Daughter", "On mortgage
  note" No) whose income is NOT part of the application's income, then "Household gross monthly income (all adults,
  for AMI test): $x" - a household figure that includes the child and is NOT the application's total;
  "4. HARDSHIP" (Hardship began - mm/dd/yyyy -, Expected duration, Hardship resolved | Delinquent on mortgage, Prior
  HAF assistance), "Reasons selected by applicant:" as a BULLETED LIST OF THE CHOSEN REASONS ONLY in the program's
  words ("Job loss or unemployment", "Reduced income (hours, pay or overtime)", "Increased housing costs (taxes,
  insurance, HOA)", "Disaster affecting the home or workplace", "Serious illness or disability", "Divorce or legal
  separation", "Separation of unmarried co-owners", "Death of a borrower or household wage earner", "Job transfer or
  relocation", "Other: <text>"), and "Applicant's statement:" (a short paragraph); "5. MONTHLY GROSS INCOME OF
  MORTGAGE BORROWERS (SERVICER APPLICATION)" as eight "Label: $amount" pairs in the two columns, "$0.00" where nothing
  is received, and a bold "Total borrower monthly income: $x"; "6. ASSETS" (Checking, Savings); page 3
  "7. APPLICANT CERTIFICATION" (four short paragraphs) and an E-SIGNATURE BLOCK per signer, a ruled box: "Applicant"
  or "Co-applicant" with the printed name, "Electronically signed: <name>  mm/dd/yyyy hh:mm PM", a signature ID and
  "Consent to electronic records: Yes" - or, for a co-applicant who never signed, "Electronically signed: Pending"
  with "Invitation sent mm/dd/yyyy"; then "8. FORWARDING" (Forwarded to, Date forwarded, Intake specialist). The HAF
  case number carries seven digits of its own; the servicer's loan number is labelled as such. signed_on is the
  applicant's e-signature date. Born-digital in at1, at2, at6, at7 and at8; printed and scanned grey at 200 dpi in
  at5; faxed in at4 (the co-applicant's block "Pending"). In at7 the "Hardship began:" value is EMPTY.
- ONE OLD-EDITION Form 710, the 2013-2017 "UNIFORM BORROWER ASSISTANCE FORM" (at3; three pages, the printed form in
  Helvetica and Times): the title, an intro paragraph, "Loan I.D. Number (usually found on your monthly mortgage
  statement)" and "Servicer's Name"; "I want to: [ ] Keep the Property [ ] Vacate the Property [ ] Sell the Property
  [ ] Undecided"; "The property is currently: [ ] My Primary Residence [ ] A Second Home [ ] An Investment
  Property"; "The property is currently: [ ] Owner Occupied [ ] Renter Occupied [ ] Vacant"; a two-column BORROWER |
  CO-BORROWER grid (BORROWER'S NAME, SOCIAL SECURITY NUMBER - the FULL number -, DATE OF BIRTH, HOME PHONE NUMBER
  WITH AREA CODE, CELL OR WORK NUMBER WITH AREA CODE, MAILING ADDRESS, PROPERTY ADDRESS (IF SAME AS MAILING ADDRESS,
  JUST WRITE SAME) - the address is typed in full -, EMAIL ADDRESS); page 2 three side-by-side columns "Monthly
  Household Income" (the old rows: "Monthly Gross wages", "Overtime" - two lines of the one wages code -, "Child
  Support / Alimony / Separation", "Non-taxable social security/SSDI", "Taxable SS benefits or other monthly income
  from annuities or retirement plans", "Tips, commissions, bonus and self-employed income", "Rents Received",
  "Unemployment Income", "Food Stamps/Welfare", "Other", "Total (Gross income)"), "Monthly Household
  Expenses/Debt" and "Household Assets"; page 3 the "HARDSHIP AFFIDAVIT": a table of boxes beside the documentation
  each reason needs ("Business Failure" among them, never ticked), "The hardship began on: ____", the duration
  boxes, the certification and "Borrower Signature ____ Date ____" / "Co-Borrower Signature ____ Date ____". Every
  answer was TYPED ON A TYPEWRITER (Courier, every character a little high or low, a little lighter or darker, X
  marks in the boxes); signed and dated in ink by both spouses; scanned grey at 300 dpi with the rest of the packet.

PAY STUBS (every year-to-date figure is the sum of that year's checks by pay date; the frequency is printed)
- Cobalt Payroll Cloud's "PAYCHECK DETAIL" for its client employers (Prairie Gate Distribution LLC, Heartland
  Veterinary Partners, Bluebird Cabinet Works, Sandhill Dental Group): a small cobalt square with "cobalt" and
  "payroll cloud" at the top left, "PAYCHECK DETAIL" and the check number at the right; the company block (client
  name and address) and a "PAY TO" block (employee, employee ID, department) side by side; ONE INFO LINE of
  "Pay schedule: Every other week | Period: 17-FEB-2041 to 02-MAR-2041 | Check date: 08-MAR-2041" with DATES AS
  DD-MON-YYYY; then ONE COMBINED LEDGER TABLE Type | Item | Hours | Rate | This check | Year to date whose rows are
  typed EARN, TAX or DED, taxes and deductions as SIGNED NEGATIVES ("-154.80"), closed by subtotal rows "Gross pay",
  "Total taxes", "Total deductions" and a bold "NET PAY" row; a "Direct deposit" box with the masked account and
  the net; "Cobalt Payroll Cloud processes payroll for <client>." in the footer. Schedules: "Every other week"
  (Fridays, the period ending the Saturday six days before), "Every week", "Twice a month" (the 15th for the 1st to
  the 15th, the month's last day for the 16th to the end).
- Ledgerline Payroll's "EMPLOYEE PAY STATEMENT" (clients Blue Heron Diner, Salt & Ember Grill, Elkhorn Valley
  Public Schools): a thin ruled title box "LEDGERLINE | Employee Pay Statement", EMPLOYER and EMPLOYEE boxes side by
  side, a four-cell dates table with a header row "Period start | Period end | Pay date | Pay frequency" over the
  values ("Weekly", "Biweekly", "Semi-monthly"), an EARNINGS table whose columns put YEAR TO DATE BEFORE CURRENT
  (Description | Rate | Hours | Year to date | Current), a WITHHOLDINGS table in the same order, then summary rows
  "Gross pay" / "Total withholdings" / "Net pay" (year to date, current) and the sentence "Net pay of $x deposited
  to account ending nnnn on mm/dd/yyyy." For the RESTAURANT WORKERS (Blue Heron Diner weekly, Salt & Ember Grill
  bi-weekly) the earnings are "Tipped hourly (tip credit)" at $4.35, sometimes "Overtime (tipped)", "Credit card
  tips" and "Cash tips declared", the gross line reads "Gross pay (includes tips)", and the withholdings include
  "Cash tips kept by employee" (the declared cash tips taken back out, so the net is small). For the school district
  (semi-monthly) "Regular" and "Overtime 1.5x".

BANK STATEMENTS
- An online NEOBANK's monthly statement (Finch Bank, N.A.; at5 one month, at6 two): a teal lower-case "finch"
  word mark, "Monthly statement" and "Statement period: July 1, 2041 - July 31, 2041" at the right; a CARD-STYLE
  SUMMARY at the top - a dark rounded rectangle drawn like a debit card with "Spending Account", "**** nnnn", the
  holder's name and "Ending balance $x" - beside a plain list Beginning balance / Money in (+$) / Money out (-$) /
  Ending balance; then "Activity": Date ("Jul 02") | Description | Amount (signed "+$1,316.40", "-$84.10") |
  Balance; "Page 1 of 1".
- A credit union's MEMBER STATEMENT (Loup Valley Federal Credit Union; at4 and at7, two months each): the name in
  dark red serif capitals centred with the address, the member's window address at the left, a box at the right with
  "Member No. ******nnnn", "Statement Period mm/dd/yyyy - mm/dd/yyyy", "Page 1 of 1"; a dark bar "SHARE DRAFT
  CHECKING"; a register Trans Date | Description | Withdrawals | Deposits | Balance opened by "PREVIOUS BALANCE" and
  closed by "NEW BALANCE"; a summary line Previous Balance | Deposits (n) | Withdrawals (n) | New Balance.

LETTERS AND OTHER PAPERS
The state unemployment agency's CLAIMANT PAYMENT HISTORY printed from its portal (Nebraska Workforce Benefits
Office, "ClaimLink" portal; at2, the co-borrower's): the browser's print header (date and time, page title) and
footer (URL, "1/1"), claimant, claim ID, benefit year, "Weekly benefit amount: $372.00", a table Week ending | Date
paid | Gross | Federal tax | State tax | Net paid - type unemployment_benefit_letter, letter_date the print date,
benefit_type unemployment (unemployment needs no papers). A school employees' retirement plan's pension letter
(taxable, monthly; at3) and a survivor pension letter (taxable, monthly; at8). The HAF agency's REFERRAL LETTER to
the servicer (an "other" paper: letterhead, the case number, the loan number, "Enclosed:" list; at1, at3, at6).
Typed hardship letters (unsigned when e-mailed, signed in ink when scanned), a newspaper obituary (at8), the
agency's fax cover sheet (at4, not a document). As in the samples, the obituary and the "other" papers list no
fields; every other letter lists its letter_date.

PACKETS AND DELIVERIES
COMPLETE
- at1: LOOSE BORN-DIGITAL FILES with odd names: "HSN_CaseSummary_HSN-41-0207718.pdf" (printout, applicant alone),
  "paycheck_detail (3).pdf" / "paycheck_detail (4).pdf" (two fresh bi-weekly Cobalt stubs, no loan number in the
  names), "HAF referral - Marchbanks.pdf". A reduction in income needs no papers.
- at2: A FOLDER NAMED AFTER THE LOAN (leading zeros): the printout signed by both spouses, two fresh weekly Blue
  Heron Diner stubs each scanned grey at 240 dpi, the co-applicant's unemployment payment history (born-digital).
  Unemployment and reduced income need no papers.
- at3: ONE 300 dpi GREY SCAN of the whole forwarded packet, no separator, "SCAN_HAF_FWD_0527_01.pdf": the agency's
  referral letter, the typewritten old-edition UBAF signed in ink by both spouses (wages and overtime, the wife's
  taxable pension), two fresh semi-monthly school district stubs, the pension letter, a signed hardship letter for
  the illness.
- at8: A FOLDER NAMED AFTER THE LOAN: the printout (a widow, alone), ONE 200 dpi grey scan holding two fresh
  bi-weekly Salt & Ember Grill stubs, the born-digital survivor pension letter, the obituary scanned at 240 dpi.
INCOMPLETE, each for one reason
- at4 application_signature: ONE 200 dpi FAX from the agency behind its cover sheet "FAX_20410617_091402.pdf": the
  printout with the co-applicant's e-signature "Pending", two fresh bi-weekly Cobalt stubs, two consecutive fresh
  credit union statements.
- at5 income_doc:wages (STALE): loose 200 dpi grey scans "IMG_0412.pdf" .. "IMG_0415.pdf" (no loan number in the
  names): the printout, two weekly Cobalt stubs paid 108 and 101 days before the packet arrived, and ONE fresh
  neobank statement (one is not two).
- at6 irs_form_4506c: loose born-digital files: the printout claiming wages and rent, two consecutive fresh neobank
  statements showing the payroll and the rent, a fresh semi-monthly Cobalt stub, the referral letter; no IRS Form
  4506-C came.
- at7 application_field:hardship_start_date: loose born-digital files with odd names ("case_summary(1).pdf",
  "LVFCU_Aug.PDF", "LVFCU_Sep.PDF", "Etchison hardship.pdf"): the printout, signed by both, whose "Hardship began:"
  is empty; two consecutive fresh credit union statements document the wages; a disaster needs no papers.

Expected status and missing codes are not written by hand: `missing_codes` applies shared/spec/checklist.md to the
values drawn into each packet, and the scenario's codes are asserted. `--check` validates every expected.json (keys,
codes, types, dates, that every listed page exists and every page belongs to a document - the fax cover aside -,
that `scanned` matches the absence of a text layer, monthly gross) and that the key values of every born-digital
document, and the application's values, are printed in its text layer. Every file is the same bytes for a seed:
reportlab runs in invariant mode and scans use seeded noise. All people, employers, banks, servicers and agencies are
fictional; SSNs use the 900-999 area, and every page carries a faint "synthetic test document" line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
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
from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1

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
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
SERVICER = "Larkspur Mortgage Servicing"
SERVICER_ADDR = ["Loss Mitigation Department", "PO Box 24110", "Omaha, NE 68124"]
AGENCY = "Nebraska Housing Stability Office"
PROGRAM = "HomeSteady Nebraska"
GREY_LABEL = 0.42


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def dmy_caps(d: dt.date) -> str:
    return d.strftime("%d-%b-%Y").upper()


def r2(v: float) -> float:
    return round(v + 1e-9, 2)


# --- drawing primitives -----------------------------------------------------------------------------------


@dataclass
class Mark:
    """Something added by hand: a signature ("sig"), a hand-written string ("hand") or a typewriter string
    ("type"). x, y: PDF points from the page's bottom-left (the baseline's left end); w: a signature's width."""

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


def synth_line(c: Canvas, size: tuple[float, float] = letter, grey: float = 0.72, pt: float = 5.5) -> None:
    c.saveState()
    c.setFont("Helvetica", pt)
    c.setFillGray(grey)
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


def typewriter(c: Canvas, x: float, y: float, text: str, seed: int, size: float = 10.0) -> None:
    """Text struck on a typewriter: Courier, every character a little high or low, lighter or darker."""
    rng = random.Random(seed)
    cw = stringWidth("M", "Courier", size)
    for i, ch in enumerate(text):
        if ch == " ":
            continue
        c.setFillGray(rng.uniform(0.0, 0.28))
        c.setFont("Courier", size)
        c.drawString(x + i * cw, y + rng.uniform(-0.7, 0.7), ch)
    c.setFillColor(black)


def paper_pdf(paper: Paper) -> bytes:
    """The born-digital PDF of a paper (it carries no hand marks: e-mailed papers are typed or e-signed)."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_at")
    for fn in paper.pages:
        for m in fn(c):
            if m.kind == "type":
                typewriter(c, m.x, m.y, m.text, m.seed, m.size)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- scanning ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    header: str = ""  # a fax machine's header line; "{p}" is replaced by the page number


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.3 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "hand":
            rng = random.Random(m.seed)
            font = ImageFont.truetype(str(HAND_FONT), round(m.size * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.8, 0.8) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=40, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.95, 1.08)


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    rng = random.Random(seed)
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # a light grey paper tone
        out = out.point(lambda v: int(18 + v * 0.91))
    px = out.load()
    wd, ht = out.size
    for _ in range(int(wd * ht * style.noise)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 60 if px[x, y] > 128 else 230
    if style.fax:
        out = out.point(lambda v: 255 if v > 175 else 0).convert("1")
    return out


def render_pages(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
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


def scan_paper(paper: Paper, style: Scan, seed: int) -> list[ScannedPage]:
    """Print a paper (typewriter strokes included), add its ink marks, and scan the sheets."""
    marks: list[list[Mark]] = []
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1)
    for fn in paper.pages:
        page_marks = fn(c)
        for m in page_marks:
            if m.kind == "type":
                typewriter(c, m.x, m.y, m.text, m.seed, m.size)
        marks.append([m for m in page_marks if m.kind != "type"])
        synth_line(c, paper.size, *((0.3, 7.0) if style.fax else (0.72, 5.5)))
        c.showPage()
    c.save()
    sheets = []
    for i, (img, page_h) in enumerate(render_pages(buf.getvalue(), style.dpi)):
        ink_on_image(img, marks[i], style.dpi / 72, page_h)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        sheets.append(ScannedPage(degrade(img, style, seed * 31 + i), size))
    return sheets


def scans_pdf(sheets: Sequence[ScannedPage], style: Scan) -> bytes:
    """Wrap scanned sheets into an image-only PDF: grey JPEG pages, or black and white pages with the fax
    machine's header line for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    total = len(sheets)
    for n, sheet in enumerate(sheets, 1):
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        if style.fax:
            img = sheet.image.convert("L")
            if style.header:
                draw = ImageDraw.Draw(img)
                font = ImageFont.truetype(str(MONO_FONT), round(8.5 * style.dpi / 72))
                text = style.header.replace("{p}", f"P.{n:03d}/{total:03d}")
                draw.text((round(0.3 * style.dpi), round(0.12 * style.dpi)), text, fill=0, font=font)
            img.convert("1").convert("L").save(data, "PNG", optimize=False)
        else:
            sheet.image.save(data, "JPEG", quality=78)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- text helpers -------------------------------------------------------------------------------------------


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


# --- pay ----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, rate, amount)
    extra: dict[str, float] = field(default_factory=dict)  # per-check deductions (cash tips taken back out)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    deductions: tuple[tuple[str, float], ...] = ()

    def taxes(self, gross: float) -> dict[str, float]:
        return {"Federal income tax": r2(gross * self.fed), "Social Security": r2(gross * 0.062),
                "Medicare": r2(gross * 0.0145), "Nebraska income tax": r2(gross * self.state)}

    def deds(self, ch: Check) -> dict[str, float]:
        return {**dict(self.deductions), **ch.extra}


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(wh.deds(ch).values()))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch.gross))
        items.update(wh.deds(ch))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def schedule(pay_date: dt.date, frequency: str) -> list[dt.date]:
    """The year's pay dates up to pay_date."""
    if frequency == "semimonthly":
        out = []
        for month in range(1, pay_date.month + 1):
            nxt = dt.date(pay_date.year + (month == 12), month % 12 + 1, 1)
            out += [dt.date(pay_date.year, month, 15), nxt - dt.timedelta(days=1)]
        return [d for d in out if d <= pay_date]
    step = dt.timedelta(days=7 if frequency == "weekly" else 14)
    out = [pay_date]
    while (out[0] - step).year == pay_date.year:
        out.insert(0, out[0] - step)
    return out


def period_of(pay_date: dt.date, frequency: str) -> tuple[dt.date, dt.date]:
    if frequency == "semimonthly":
        if pay_date.day == 15:
            return pay_date.replace(day=1), pay_date
        return pay_date.replace(day=16), pay_date
    end = pay_date - dt.timedelta(days=6)
    return end - dt.timedelta(days=6 if frequency == "weekly" else 13), end


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
                ytd: float, net: float) -> dict[str, Any]:
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


def hourly_checks(key: str, pay_date: dt.date, frequency: str, rate: float, base_hours: float,
                  ot: bool) -> list[Check]:
    """Every check of the year for an hourly job, each drawn from its own date (one history for all stubs)."""
    checks = []
    for d in schedule(pay_date, frequency):
        rr = random.Random(f"{key}{d}")
        hours = base_hours + rr.choice([0.0, 0.0, -4.0, -2.5, 1.5, 3.0])
        lines = {"Regular": (hours, rate, r2(hours * rate))}
        if ot:
            oth = rr.choice([0.0, 2.0, 3.5, 5.0, 6.25])
            if oth:
                lines["Overtime 1.5x"] = (oth, r2(rate * 1.5), r2(oth * r2(rate * 1.5)))
        checks.append(Check(d, lines))
    return checks


def tipped_checks(key: str, pay_date: dt.date, frequency: str, base_hours: float, card: float,
                  cash: float) -> list[Check]:
    """A server's checks: tip-credit wage, overtime past 40 hours a week, card and declared cash tips."""
    checks = []
    weeks = 1 if frequency == "weekly" else 2
    for d in schedule(pay_date, frequency):
        rr = random.Random(f"{key}{d}")
        hours = round(base_hours * weeks + rr.uniform(-5, 4), 2)
        reg = min(hours, 40.0 * weeks)
        ot = r2(hours - reg)
        lines = {"Tipped hourly (tip credit)": (reg, 4.35, r2(reg * 4.35))}
        if ot > 0:
            lines["Overtime (tipped)"] = (ot, 11.60, r2(ot * 11.60))
        ct = r2(card * weeks * rr.uniform(0.85, 1.15))
        cs = r2(cash * weeks * rr.uniform(0.8, 1.2))
        lines["Credit card tips"] = (0.0, 0.0, ct)
        lines["Cash tips declared"] = (0.0, 0.0, cs)
        checks.append(Check(d, lines, {"Cash tips kept by employee": cs}))
    return checks


COBALT_SCHEDULE = {"biweekly": "Every other week", "weekly": "Every week", "semimonthly": "Twice a month"}


def cobalt_stub(client: str, client_addr: Sequence[str], employee: str, emp_id: str, dept: str, pay_date: dt.date,
                frequency: str, checks: Sequence[Check], wh: Withholding, acct4: str) -> Stub:
    """Cobalt Payroll Cloud's PAYCHECK DETAIL: one ledger table of EARN / TAX / DED rows."""
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start, end = period_of(pay_date, frequency)
    net = net_of(ch, wh)
    check_no = f"{pay_date.strftime('%y%m%d')}{emp_id[-3:]}"

    def page(c: Canvas) -> list[Mark]:
        blue = Color(0.05, 0.22, 0.62)
        c.setFillColor(blue)
        c.rect(50, 726, 26, 26, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(63, 733, "c")
        c.setFillColor(blue)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(82, 738, "cobalt")
        c.setFont("Helvetica", 7.5)
        c.drawString(82, 728, "payroll cloud")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawRightString(562, 740, "PAYCHECK DETAIL")
        c.setFont("Helvetica", 8)
        c.drawRightString(562, 728, f"Check no. {check_no}  -  non-negotiable")
        c.setStrokeColor(blue)
        c.setLineWidth(1.4)
        c.line(50, 716, 562, 716)
        c.setStrokeColor(black)
        c.setLineWidth(0.5)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(50, 702, "COMPANY")
        c.drawString(320, 702, "PAY TO")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(50, 689, client)
        c.drawString(320, 689, employee)
        c.setFont("Helvetica", 8.5)
        for i, ln in enumerate(client_addr):
            c.drawString(50, 677 - 11 * i, ln)
        c.drawString(320, 677, f"Employee ID {emp_id}")
        c.drawString(320, 666, f"Department: {dept}")
        c.setFillGray(0.93)
        c.rect(50, 630, 512, 18, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        c.drawString(56, 636, f"Pay schedule: {COBALT_SCHEDULE[frequency]}   |   Period: {dmy_caps(start)} to "
                              f"{dmy_caps(end)}   |   Check date: {dmy_caps(pay_date)}")
        y = 606
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((54, "TYPE"), (96, "ITEM")):
            c.drawString(x, y, t)
        for x, t in ((330, "HOURS"), (392, "RATE"), (472, "THIS CHECK"), (558, "YEAR TO DATE")):
            c.drawRightString(x, y, t)
        c.line(50, y - 5, 562, y - 5)
        y -= 18

        def row(kind: str, item: str, hours: str, rate: str, cur: str, yt: str, bold: bool = False) -> None:
            nonlocal y
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.8)
            c.drawString(54, y, kind)
            c.drawString(96, y, item)
            c.drawRightString(330, y, hours)
            c.drawRightString(392, y, rate)
            c.drawRightString(472, y, cur)
            c.drawRightString(558, y, yt)
            y -= 14

        for label in [k for k in ("Regular", "Overtime 1.5x") if k in ytd]:
            hrs, rt, amt = ch.lines.get(label, (0.0, 0.0, 0.0))
            row("EARN", label, f"{hrs:.2f}" if hrs else "", f"{rt:.4f}" if hrs else "",
                money(amt) if hrs else "", money(ytd[label]))
        c.line(300, y + 9, 562, y + 9)
        row("", "Gross pay", "", "", money(ch.gross), money(ytd["GROSS"]), bold=True)
        y -= 4
        taxes = wh.taxes(ch.gross)
        for k, v in taxes.items():
            row("TAX", k, "", "", f"-{money(v)}", f"-{money(ytd[k])}")
        c.line(300, y + 9, 562, y + 9)
        row("", "Total taxes", "", "", f"-{money(r2(sum(taxes.values())))}",
            f"-{money(r2(sum(ytd[k] for k in taxes)))}", bold=True)
        y -= 4
        deds = wh.deds(ch)
        for k, v in deds.items():
            row("DED", k, "", "", f"-{money(v)}", f"-{money(ytd[k])}")
        c.line(300, y + 9, 562, y + 9)
        row("", "Total deductions", "", "", f"-{money(r2(sum(deds.values())))}",
            f"-{money(r2(sum(ytd[k] for k in deds)))}", bold=True)
        y -= 6
        c.setFillColor(Color(0.88, 0.91, 0.98))
        c.rect(50, y - 6, 512, 20, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(96, y, "NET PAY")
        c.drawRightString(472, y, money(net))
        c.drawRightString(558, y, money(ytd["NET"]))
        y -= 50
        c.rect(330, y - 10, 232, 40, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(336, y + 20, "DIRECT DEPOSIT")
        c.setFont("Helvetica", 9)
        c.drawString(336, y + 4, f"Checking ****{acct4}")
        c.drawRightString(556, y + 4, money(net))
        c.setFont("Helvetica", 7)
        c.drawString(50, 60, f"Cobalt Payroll Cloud processes payroll for {client}. Questions about this check go to "
                              "your employer's payroll contact.")
        return []

    return Stub(Paper([page]), stub_fields(client, employee, ch, start, end, frequency, ytd["GROSS"], net), pay_date)


LEDGER_FREQ = {"weekly": "Weekly", "biweekly": "Biweekly", "semimonthly": "Semi-monthly"}


def ledgerline_stub(client: str, client_addr: Sequence[str], employee: str, emp_id: str, position: str,
                    pay_date: dt.date, frequency: str, checks: Sequence[Check], wh: Withholding, acct4: str) -> Stub:
    """Ledgerline Payroll's EMPLOYEE PAY STATEMENT: year to date printed BEFORE current in every table."""
    ch = checks[-1]
    ytd = ytd_of(checks, wh)
    start, end = period_of(pay_date, frequency)
    net = net_of(ch, wh)
    tipped = any("tip" in k.lower() for k in ch.lines)

    def page(c: Canvas) -> list[Mark]:
        c.setLineWidth(0.7)
        c.rect(50, 722, 512, 30, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, 732, "LEDGERLINE")
        c.line(160, 726, 160, 748)
        c.setFont("Helvetica", 12)
        c.drawString(172, 732, "Employee Pay Statement")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(554, 732, "Ledgerline Payroll - keep for your records")
        for x, title, lines in ((50, "EMPLOYER", [client, *client_addr]),
                                (310, "EMPLOYEE", [employee, f"ID {emp_id}", position])):
            c.rect(x, 640, 252, 70, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 6, 700, title)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(x + 6, 686, lines[0])
            c.setFont("Helvetica", 8.5)
            for i, ln in enumerate(lines[1:]):
                c.drawString(x + 6, 673 - 11 * i, ln)
        heads = ("Period start", "Period end", "Pay date", "Pay frequency")
        vals = (mdy(start), mdy(end), mdy(pay_date), LEDGER_FREQ[frequency])
        for i, (hd, v) in enumerate(zip(heads, vals, strict=True)):
            x = 50 + i * 128
            c.setFillGray(0.9)
            c.rect(x, 606, 128, 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(x, 588, 128, 18, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 5, 611, hd)
            c.setFont("Helvetica", 9.5)
            c.drawString(x + 5, 593, v)
        y = 562

        def table(title: str, rows: Sequence[tuple[str, str, str, str, str]], y: float) -> float:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y, title)
            y -= 14
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(54, y, "Description")
            for x, t in ((300, "Rate"), (360, "Hours"), (460, "Year to date"), (556, "Current")):
                c.drawRightString(x, y, t)
            c.line(50, y - 4, 562, y - 4)
            y -= 16
            c.setFont("Helvetica", 8.8)
            for desc, rate, hrs, yt, cur in rows:
                c.drawString(54, y, desc)
                c.drawRightString(300, y, rate)
                c.drawRightString(360, y, hrs)
                c.drawRightString(460, y, yt)
                c.drawRightString(556, y, cur)
                y -= 13
            return y

        order = [k for k in ("Tipped hourly (tip credit)", "Overtime (tipped)", "Regular", "Overtime 1.5x",
                             "Credit card tips", "Cash tips declared") if k in ytd]
        rows = []
        for k in order:
            hrs, rt, amt = ch.lines.get(k, (0.0, 0.0, 0.0))
            rows.append((k, f"{rt:.2f}" if hrs else "", f"{hrs:.2f}" if hrs else "", money(ytd[k]),
                         money(amt) if k in ch.lines else ""))
        y = table("EARNINGS", rows, y)
        c.line(380, y + 9, 562, y + 9)
        c.setFont("Helvetica-Bold", 8.8)
        c.drawString(54, y, "Gross pay (includes tips)" if tipped else "Gross pay")
        c.drawRightString(460, y, money(ytd["GROSS"]))
        c.drawRightString(556, y, money(ch.gross))
        y -= 28
        taxes = wh.taxes(ch.gross)
        deds = wh.deds(ch)
        rows = [(k, "", "", money(ytd[k]), money(v)) for k, v in [*taxes.items(), *deds.items()]]
        y = table("WITHHOLDINGS", rows, y)
        c.line(380, y + 9, 562, y + 9)
        tot_cur = r2(sum(taxes.values()) + sum(deds.values()))
        tot_ytd = r2(sum(ytd[k] for k in taxes) + sum(ytd[k] for k in deds))
        c.setFont("Helvetica-Bold", 8.8)
        c.drawString(54, y, "Total withholdings")
        c.drawRightString(460, y, money(tot_ytd))
        c.drawRightString(556, y, money(tot_cur))
        y -= 30
        c.setFont("Helvetica-Bold", 7.5)
        c.drawRightString(460, y + 14, "Year to date")
        c.drawRightString(556, y + 14, "Current")
        for label, yt, cur in (("Gross pay", ytd["GROSS"], ch.gross), ("Total withholdings", tot_ytd, tot_cur),
                               ("Net pay", ytd["NET"], net)):
            c.setFont("Helvetica-Bold", 10 if label == "Net pay" else 9)
            c.drawString(54, y, label)
            c.drawRightString(460, y, money(yt))
            c.drawRightString(556, y, money(cur))
            y -= 15
        c.setFont("Helvetica", 8.5)
        c.drawString(54, y - 10, f"Net pay of ${money(net)} deposited to account ending {acct4} on {mdy(pay_date)}.")
        if tipped:
            c.setFont("Helvetica", 7.5)
            c.drawString(54, y - 24, "Tips you reported are included in gross pay for tax purposes. Cash tips you "
                                     "kept are subtracted from your net pay.")
        return []

    return Stub(Paper([page]), stub_fields(client, employee, ch, start, end, frequency, ytd["GROSS"], net), pay_date)


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


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    out = [(start + dt.timedelta(days=day - 1), desc, amt) for day, desc, amt in credits]
    debits = [("LARKSPUR MTG PMT", 0), ("HY-VEE #1142", 1), ("OPPD ELECTRIC AUTOPAY", 0), ("CASEY'S #3310", 1),
              ("METRO UTILITIES", 0), ("WALGREENS #0415", 1), ("FARM BUREAU INS", 0), ("ATM WITHDRAWAL", 1),
              ("DOLLAR GENERAL #882", 1)]
    span = (end - start).days
    for desc, small in debits:
        amt = r2(rng.uniform(18, 130) if small else rng.uniform(80, 380))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -amt))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def finch_statement(rng: random.Random, holder: str, acct: str, year: int, month: int, begin: float,
                    credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Finch Bank, N.A., an online neobank: a card-style summary at the top, signed amounts."""
    bank = "Finch Bank, N.A."
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    m_in = r2(sum(a for _, _, a in lines if a > 0))
    m_out = r2(-sum(a for _, _, a in lines if a < 0))
    teal = Color(0.0, 0.45, 0.45)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(teal)
        c.setFont("Helvetica-Bold", 24)
        c.drawString(50, 732, "finch")
        c.setFont("Helvetica", 7.5)
        c.setFillColor(black)
        c.drawString(50, 720, "Finch Bank, N.A.  -  Member FDIC  -  help@finch.example  -  (888) 555-0161")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 740, "Monthly statement")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(562, 727, f"Statement period: {long_date(start)} - {long_date(end)}")
        c.drawRightString(562, 716, "Page 1 of 1")
        # the card
        c.setFillColor(Color(0.07, 0.16, 0.2))
        c.roundRect(50, 560, 250, 140, 12, stroke=0, fill=1)
        c.setFillColor(Color(0.3, 0.8, 0.75))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(66, 676, "finch")
        c.setFillColor(white)
        c.setFont("Helvetica", 8.5)
        c.drawRightString(286, 678, "Spending Account")
        c.setFillColor(Color(0.85, 0.75, 0.4))
        c.roundRect(66, 636, 30, 22, 3, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Courier-Bold", 12)
        c.drawString(110, 642, f"****  ****  {acct[-4:]}")
        c.setFont("Helvetica", 7.5)
        c.drawString(66, 606, "Ending balance")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(66, 588, f"${money(ending)}")
        c.setFont("Helvetica", 8)
        c.drawString(66, 570, holder.upper())
        c.setFillColor(black)
        rows = (("Beginning balance", f"${money(begin)}"), ("Money in", f"+${money(m_in)}"),
                ("Money out", f"-${money(m_out)}"), ("Ending balance", f"${money(ending)}"))
        y = 680
        for i, (k, v) in enumerate(rows):
            c.setFont("Helvetica-Bold" if i == 3 else "Helvetica", 10)
            c.drawString(330, y, k)
            c.drawRightString(562, y, v)
            c.setStrokeGray(0.8)
            c.line(330, y - 7, 562, y - 7)
            y -= 28
        c.setStrokeGray(0)
        y = 530
        c.setFont("Helvetica-Bold", 11)
        c.drawString(50, y, "Activity")
        y -= 18
        c.setFont("Helvetica-Bold", 7.5)
        c.setFillGray(0.4)
        c.drawString(50, y, "DATE")
        c.drawString(110, y, "DESCRIPTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(562, y, "BALANCE")
        c.setFillColor(black)
        y -= 16
        bal = begin
        c.setFont("Helvetica", 8.8)
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(50, y, d.strftime("%b %d"))
            c.drawString(110, y, desc)
            c.setFillColor(teal if a > 0 else black)
            c.drawRightString(470, y, f"{'+' if a > 0 else '-'}${money(abs(a))}")
            c.setFillColor(black)
            c.drawRightString(562, y, f"${money(bal)}")
            c.setStrokeGray(0.9)
            c.line(50, y - 5, 562, y - 5)
            y -= 17
        c.setStrokeGray(0)
        c.setFont("Helvetica", 7)
        c.drawString(50, 50, "Finch Bank, N.A. is a national bank. Deposits are insured by the FDIC up to the "
                             "applicable limits.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


def loup_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                   begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Loup Valley Federal Credit Union's one-page member statement."""
    bank = "Loup Valley Federal Credit Union"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    red = Color(0.5, 0.1, 0.12)

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(red)
        c.setFont("Times-Bold", 17)
        c.drawCentredString(W / 2, 742, "LOUP VALLEY FEDERAL CREDIT UNION")
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawCentredString(W / 2, 730, "410 O Street, Ord, NE 68862  -  (308) 555-0117  -  Federally insured by NCUA")
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(W / 2, 712, "MEMBER STATEMENT")
        c.setFont("Helvetica", 9)
        y = 684
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(72, y, ln)
            y -= 12
        c.rect(352, 640, 210, 56, stroke=1, fill=0)
        c.setFont("Helvetica", 8.5)
        c.drawString(360, 682, f"Member No. ******{acct[-4:]}")
        c.drawString(360, 668, f"Statement Period {mdy(start)} - {mdy(end)}")
        c.drawString(360, 654, "Page 1 of 1")
        c.setFillColor(red)
        c.rect(50, 606, 512, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(56, 611, "SHARE DRAFT CHECKING")
        c.setFillColor(black)
        y = 590
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(54, y, "TRANS DATE")
        c.drawString(120, y, "DESCRIPTION")
        for x, t in ((400, "WITHDRAWALS"), (480, "DEPOSITS"), (558, "BALANCE")):
            c.drawRightString(x, y, t)
        c.line(50, y - 4, 562, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.8)
        c.drawString(54, y, mdy(start))
        c.drawString(120, y, "PREVIOUS BALANCE")
        c.drawRightString(558, y, money(begin))
        y -= 13
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(54, y, mdy(d))
            c.drawString(120, y, desc)
            c.drawRightString(400 if a < 0 else 480, y, money(abs(a)))
            c.drawRightString(558, y, money(bal))
            y -= 13
        c.setFont("Helvetica-Bold", 8.8)
        c.drawString(54, y, mdy(end))
        c.drawString(120, y, "NEW BALANCE")
        c.drawRightString(558, y, money(ending))
        y -= 30
        dep = [a for _, _, a in lines if a > 0]
        wd = [a for _, _, a in lines if a < 0]
        heads = ("Previous Balance", f"Deposits ({len(dep)})", f"Withdrawals ({len(wd)})", "New Balance")
        vals = (begin, r2(sum(dep)), r2(-sum(wd)), ending)
        for i, (hd, v) in enumerate(zip(heads, vals, strict=True)):
            x = 50 + i * 128
            c.setFillGray(0.9)
            c.rect(x, y, 128, 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(x, y - 18, 128, 18, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 5, y + 5, hd)
            c.setFont("Helvetica", 9.5)
            c.drawRightString(x + 122, y - 13, money(v))
        c.setFont("Helvetica", 7)
        c.drawString(50, 50, "Dividends are credited monthly. Report errors within 60 days of this statement.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


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
        if self.type in ("obituary", "other"):  # as the samples list them: no fields
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out.update(benefit_type="unemployment")
        return out


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    paras: Sequence[str], ink: bool, seed: int) -> Paper:
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
        for ln in [SERVICER, *SERVICER_ADDR]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Hardship letter - loan number {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Larkspur Mortgage Servicing:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Sincerely,")
        marks = []
        sy = y - 44
        for i, nm in enumerate([writer] + ([co_writer] if co_writer else [])):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def agency_letterhead(c: Canvas) -> None:
    c.setFillColor(Color(0.12, 0.3, 0.5))
    c.rect(72, 728, 6, 30, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(86, 746, PROGRAM)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(86, 734, f"Homeowner Assistance Fund  -  {AGENCY}")
    c.drawString(86, 724, "1220 K Street, Suite 300, Lincoln, NE 68508  -  (402) 555-0148  -  fax (402) 555-0149")
    c.setLineWidth(0.6)
    c.line(72, 714, W - 72, 714)


def referral_letter(app: App, date: dt.date, enclosed: Sequence[str], specialist: str) -> Letter:
    """The HAF agency's cover letter to the servicer: an "other" paper."""

    def page(c: Canvas) -> list[Mark]:
        agency_letterhead(c)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in [SERVICER, *SERVICER_ADDR]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 10
        c.setFont("Times-Bold", 11)
        names = app.borrower + (f" and {app.co}" if app.co else "")
        c.drawString(72, y, f"Re: {names} - servicer loan number {app.loan}")
        c.drawString(72, y - 14, f"HAF case {app.case_id} - request for mortgage assistance review")
        y -= 40
        y = paragraphs(c, 72, y, W - 144, [
            "Dear Loss Mitigation Team:",
            f"The homeowner named above applied to {PROGRAM}, the state's Homeowner Assistance Fund program, and "
            "authorized us to share the application and supporting papers with you. The homeowner has asked to be "
            "reviewed for a loss mitigation option. Our case summary reproduces the answers the homeowner gave on "
            "our application, including the monthly income figures requested for the servicer.",
            "Please evaluate the enclosed as the homeowner's application for mortgage assistance and tell us "
            "whether anything more is needed. HAF funds may be available to reinstate the loan once you confirm "
            "the amount needed."])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, "Enclosed:")
        y -= 14
        for e in enclosed:
            c.drawString(90, y, f"- {e}")
            y -= 14
        y -= 14
        for ln in ["Sincerely,", "", specialist, f"Intake Specialist, {PROGRAM}"]:
            c.drawString(72, y, ln)
            y -= 14
        return []

    return Letter(Paper([page]), "other", date)


def benefit_letter(head: str, sub: str, date: dt.date, to: Sequence[str], re_line: str, paras: Sequence[str],
                   table: Sequence[tuple[str, str]], closing: Sequence[str], monthly: float) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.25, 0.22, 0.45))
        c.setFont("Times-Bold", 15)
        c.drawString(72, 735, head)
        c.setFillColor(black)
        c.setFont("Times-Roman", 8.5)
        c.drawString(72, 722, sub)
        c.line(72, 714, W - 72, 714)
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

    return Letter(Paper([page]), "benefit_award_letter", date, monthly, "benefits_taxable")


def school_pension_letter(member: str, address: Sequence[str], date: dt.date, monthly: float,
                          since: dt.date) -> Letter:
    return benefit_letter(
        "ELKHORN VALLEY SCHOOL EMPLOYEES' RETIREMENT PLAN", "Plan Office - 88 Depot Street, Norfolk, NE 68701 - "
        "(402) 555-0133", date, [member, *address], "Re: Confirmation of monthly retirement benefit", [
            f"This letter confirms that {member} is a retired member of the Elkhorn Valley School Employees' "
            "Retirement Plan and receives a lifetime retirement benefit. The benefit is paid on the first business "
            "day of every month by direct deposit and is subject to federal and Nebraska income tax.",
            "The amount below is the gross monthly benefit before tax withholding. It changes only with the cost "
            "of living adjustment the Board approves each July."],
        [("Retirement date", long_date(since)), ("Gross monthly benefit", f"${money(monthly)}"),
         ("Payment frequency", "Monthly"), ("Taxable", "Yes")],
        ["Sincerely,", "", "Member Services", "Elkhorn Valley School Employees' Retirement Plan"], monthly)


def survivor_pension_letter(person: str, address: Sequence[str], date: dt.date, monthly: float,
                            late: str) -> Letter:
    return benefit_letter(
        "PLATTE RIVER RAIL WORKERS' PENSION TRUST", "Benefits Office - PO Box 6021, Grand Island, NE 68802",
        date, [person, *address], "Re: Survivor pension award", [
            f"We are sorry for the loss of {late}. As his surviving spouse you are entitled to a survivor "
            "pension under the Trust's joint and survivor option. Your benefit has been approved and the first "
            "payment will be made on the first day of next month.",
            "The survivor pension is paid monthly for your lifetime and is taxable income. Federal tax will be "
            "withheld as shown on the withholding election you returned."],
        [("Survivor", person), ("Monthly survivor pension", f"${money(monthly)}"), ("Paid", "Monthly"),
         ("Tax status", "Taxable")],
        ["Sincerely,", "", "Survivor Benefits Unit", "Platte River Rail Workers' Pension Trust"], monthly)


def ui_payment_history(claimant: str, claim_id: str, printed: dt.datetime, weekly: float, weeks: int,
                       first_week: dt.date) -> Letter:
    """The state unemployment portal's payment history, printed from the browser."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.drawString(30, 772, printed.strftime("%-m/%-d/%y, %-I:%M %p"))
        c.drawCentredString(W / 2, 772, "ClaimLink - Payment History")
        c.drawString(30, 20, f"https://claimlink.nwbo.example.gov/claimant/payments?claim={claim_id}")
        c.drawRightString(W - 30, 20, "1/1")
        c.setFillColor(Color(0.15, 0.35, 0.25))
        c.rect(40, 722, W - 80, 34, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(52, 740, "ClaimLink")
        c.setFont("Helvetica", 8)
        c.drawString(52, 728, "Nebraska Workforce Benefits Office - Unemployment Insurance")
        c.drawRightString(W - 52, 736, f"Signed in as {claimant}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(40, 696, "Payment History")
        c.setFont("Helvetica", 9)
        facts = [("Claimant", claimant), ("Claim ID", claim_id),
                 ("Benefit year begins", mdy(first_week - dt.timedelta(days=13))),
                 ("Weekly benefit amount", f"${money(weekly)}"), ("Payment method", "Direct deposit")]
        y = 674
        for k, v in facts:
            c.setFillGray(0.4)
            c.drawString(40, y, k)
            c.setFillColor(black)
            c.drawString(170, y, v)
            y -= 13
        y -= 12
        heads = (("Week ending", 40, "l"), ("Date paid", 130, "l"), ("Gross", 290, "r"), ("Federal tax", 370, "r"),
                 ("State tax", 440, "r"), ("Net paid", 530, "r"))
        c.setFillGray(0.9)
        c.rect(36, y - 5, W - 72, 17, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        for t, x, al in heads:
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        y -= 18
        c.setFont("Helvetica", 8.8)
        fed = r2(weekly * 0.10)
        st = r2(weekly * 0.04)
        for i in range(weeks):
            we = first_week + dt.timedelta(days=7 * i)
            paid = we + dt.timedelta(days=3)
            if paid > printed.date():
                break
            for (_t, x, al), v in zip(heads, (mdy(we), mdy(paid), money(weekly), money(fed), money(st),
                                             money(r2(weekly - fed - st))), strict=True):
                (c.drawString if al == "l" else c.drawRightString)(x, y, v)
            c.setStrokeGray(0.85)
            c.line(36, y - 4, W - 36, y - 4)
            c.setStrokeGray(0)
            y -= 15
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 16, "Payments are made for each week you request and are found eligible. Federal and "
                                 "state tax are withheld at your election.")
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", printed.date())


def obituary(name: str, died: dt.date, age: int, town: str, survivors: str, date: dt.date) -> Letter:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 22)
        c.drawCentredString(W / 2, 735, "The Platte Valley Courier")
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 721, f"OBITUARIES  -  {long_date(date)}  -  Page A7")
        c.line(72, 713, W - 72, 713)
        c.setFont("Times-Bold", 15)
        c.drawString(72, 690, name)
        c.setFont("Times-Italic", 10)
        c.drawString(72, 676, f"{long_date(died.replace(year=died.year - age))} - {long_date(died)}")
        paragraphs(c, 72, 652, W - 144, [
            f"{name}, {age}, of {town}, died on {long_date(died)} at home after a long illness. He worked thirty "
            "years for the railroad as a signal maintainer and coached youth baseball every summer.",
            f"He is survived by {survivors}.",
            "Services will be held at St. Mary's Church on Friday at 10 a.m., with burial at Westlawn Cemetery."],
            size=10.5)
        return []

    return Letter(Paper([page]), "obituary", date)


def fax_cover(to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        agency_letterhead(c)
        c.setFont("Helvetica-Bold", 26)
        c.drawString(72, 670, "FAX TRANSMITTAL")
        rows = [("To:", to), ("Fax:", to_fax), ("From:", f"{PROGRAM} - {AGENCY}"), ("Fax:", "(402) 555-0149"),
                ("Date:", mdy(date)), ("Pages (with cover):", str(pages)), ("Re:", note)]
        y = 630
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(210, y, v)
            c.line(205, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 20, "This transmission contains personal information shared with the homeowner's "
                                 "written consent.")
        c.drawString(72, y - 32, "If you received it in error, call (402) 555-0148 and destroy the pages.")
        return []

    return Paper([page])


# --- applications ----------------------------------------------------------------------------------------------


@dataclass
class Member:
    name: str
    relationship: str
    age: int
    on_note: bool
    employment: str
    income: float


@dataclass
class App:
    loan: str
    borrower: str
    ssn: str  # full, 900-999 area
    street: str
    city: str
    state: str
    zip: str
    county: str
    phone: str
    email: str
    occupancy: str
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    income: dict[str, float]
    signed_at: dt.datetime
    case_id: str = ""
    co: str | None = None
    co_ssn: str | None = None
    co_signs: bool = True
    co_signed_at: dt.datetime | None = None
    other_text: str = ""
    household: list[Member] = field(default_factory=list)
    statement: str = ""
    checking: float = 0.0
    savings: float = 0.0
    payment: float = 0.0
    past_due: int = 0
    printed: dt.datetime | None = None
    specialist: str = "K. Davenport"
    marital: str = ""
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    @property
    def signed_on(self) -> dt.date:
        return self.signed_at.date()

    def expected(self) -> dict[str, Any]:
        income = {k: r2(v) for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(self.hardships),
                "hardship_start_date": self.start.isoformat() if self.start else None,
                "income": income, "signed": True, "signed_on": self.signed_on.isoformat(),
                "co_borrower_signed": None if self.co is None else self.co_signs}


HAF_REASONS = ("Job loss or unemployment", "Reduced income (hours, pay or overtime)",
               "Increased housing costs (taxes, insurance, HOA)", "Disaster affecting the home or workplace",
               "Serious illness or disability", "Divorce or legal separation", "Separation of unmarried co-owners",
               "Death of a borrower or household wage earner", "Job transfer or relocation", "Other")
HAF_INCOME = ("Wages, salary, tips, overtime", "Self-employment", "Unemployment benefits",
              "Taxable benefits (SS, pension, disability)", "Non-taxable SS / disability", "Rental income (net)",
              "Investment / insurance", "Other (alimony, support, other)")
HAF_OCC = {"primary_residence": "Primary residence", "second_home": "Second home",
           "investment_property": "Investment property"}
HAF_DURATION = {"short": "Short-term (6 months or less)", "long": "Long-term (more than 6 months)",
                "resolved": "Resolved"}


def haf_printout(app: App) -> Paper:
    """The HAF agency's case summary printout: small type, two "Label: value" columns per page."""
    printed = app.printed or app.signed_at
    total_pages = 3
    c1_label, c1_value, c2_label, c2_value = 188.0, 194.0, 440.0, 446.0

    def frame(c: Canvas, n: int) -> None:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, 756, PROGRAM)
        c.setFont("Helvetica", 7)
        c.setFillGray(GREY_LABEL)
        c.drawString(40, 746, f"Homeowner Assistance Fund - {AGENCY}")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 758, "CASE SUMMARY")
        c.setFont("Helvetica", 7)
        c.drawRightString(572, 748, f"Case {app.case_id}")
        c.drawRightString(572, 739, f"Printed {mdy(printed.date())} {printed.strftime('%I:%M %p')} by "
                                    f"{app.specialist.lower().replace('. ', '').replace(' ', '')}")
        c.setLineWidth(0.5)
        c.line(40, 733, 572, 733)
        c.line(40, 36, 572, 36)
        c.setFont("Helvetica", 6.5)
        c.setFillGray(GREY_LABEL)
        c.drawString(40, 27, "HSN Case Management System - Case summary - CONFIDENTIAL: contains personal information")
        c.setFillColor(black)
        c.drawRightString(572, 27, f"Page {n} of {total_pages}")

    def heading(c: Canvas, y: float, text: str) -> float:
        c.setFont("Helvetica-Bold", 8.5)
        c.setFillGray(0.3)
        c.drawString(40, y, text)
        c.setFillColor(black)
        c.setLineWidth(0.3)
        c.setStrokeGray(0.6)
        c.line(40, y - 4, 572, y - 4)
        c.setStrokeGray(0)
        return y - 17

    def pair(c: Canvas, col: int, y: float, label: str, value: str, bold: bool = False) -> None:
        lx, vx = (c1_label, c1_value) if col == 1 else (c2_label, c2_value)
        c.setFont("Helvetica", 7.6)
        c.setFillGray(GREY_LABEL)
        c.drawRightString(lx, y, label + ":")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 7.8)
        c.drawString(vx, y, value)

    def pairs(c: Canvas, y: float, left: Sequence[tuple[str, str, bool]],
              right: Sequence[tuple[str, str, bool]]) -> float:
        for i in range(max(len(left), len(right))):
            if i < len(left):
                pair(c, 1, y, *left[i])
            if i < len(right):
                pair(c, 2, y, *right[i])
            y -= 12.5
        return y - 6

    def yn(v: bool) -> tuple[str, bool]:
        return ("Yes" if v else "No"), True

    def page1(c: Canvas) -> list[Mark]:
        frame(c, 1)
        y = heading(c, 716, "1. APPLICANT AND CO-APPLICANT")
        co_note = bool(app.co)
        y = pairs(c, y, [
            ("Applicant name", app.borrower, False), ("SSN (last 4)", app.ssn[-4:], False),
            ("Phone", app.phone, False), ("E-mail", app.email, False), ("Preferred language", "English", False),
            ("Military service", *yn(False))], [
            ("Co-applicant name", app.co or "", False), ("Co-applicant SSN (last 4)", (app.co_ssn or "")[-4:], False),
            ("Co-applicant phone", app.phone if app.co else "", False),
            ("Co-applicant on mortgage note", *yn(co_note)),
            ("Marital status", app.marital or ("Married" if app.co else "Single"), False)])
        y = heading(c, y, "2. PROPERTY AND MORTGAGE")
        y = pairs(c, y, [
            ("Property street", app.street, False), ("City / State / ZIP", f"{app.city}, {app.state} {app.zip}", False),
            ("County", app.county, False), ("Occupancy", HAF_OCC[app.occupancy], False),
            ("Property type", "Single-family detached", False)], [
            ("Servicer", SERVICER, False), ("Servicer loan number", app.loan, False),
            ("Monthly mortgage payment", f"${money(app.payment)}", False),
            ("Months past due", str(app.past_due), False), ("Listed for sale", *yn(False)),
            ("Intends to keep home", *yn(True))])
        y = heading(c, y, "3. HOUSEHOLD MEMBERS (ADULTS 18 AND OLDER)")
        cols = ((44, "Name", "l"), (200, "Relationship", "l"), (320, "Age", "r"), (340, "On mortgage note", "l"),
                (430, "Employment", "l"), (568, "Monthly gross income", "r"))
        c.setFillGray(0.92)
        c.rect(40, y - 4, 532, 13, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.2)
        for x, t, al in cols:
            (c.drawString if al == "l" else c.drawRightString)(x, y, t)
        y -= 14
        for m in app.household:
            vals = (m.name, m.relationship, str(m.age), "Yes" if m.on_note else "No", m.employment,
                    f"${money(m.income)}")
            for (x, _t, al), v in zip(cols, vals, strict=True):
                c.setFont("Helvetica-Bold" if v in ("Yes", "No") else "Helvetica", 7.6)
                (c.drawString if al == "l" else c.drawRightString)(x, y, v)
            c.setStrokeGray(0.8)
            c.line(40, y - 4, 572, y - 4)
            c.setStrokeGray(0)
            y -= 13
        y -= 6
        hh = r2(sum(m.income for m in app.household))
        pair(c, 1, y, "Household size", str(len(app.household)))
        pair(c, 2, y, "Household gross monthly income (all adults, for AMI test)", f"${money(hh)}")
        return []

    def page2(c: Canvas) -> list[Mark]:
        frame(c, 2)
        y = heading(c, 716, "4. HARDSHIP")
        y = pairs(c, y, [
            ("Hardship began", mdy(app.start) if app.start else "", False),
            ("Expected duration", HAF_DURATION[app.duration], False),
            ("Hardship resolved", *yn(app.duration == "resolved"))], [
            ("Delinquent on mortgage", *yn(app.past_due > 0)), ("Prior HAF assistance", *yn(False))])
        c.setFont("Helvetica", 7.6)
        c.setFillGray(GREY_LABEL)
        c.drawRightString(c1_label, y, "Reasons selected by applicant:")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.8)
        for h in sorted(app.hardships, key=HARDSHIPS.index):
            text = HAF_REASONS[HARDSHIPS.index(h)]
            if h == "other":
                text += f": {app.other_text}"
            c.drawString(c1_value, y, "\u2022")
            c.drawString(c1_value + 9, y, text)
            y -= 12
        y -= 4
        c.setFont("Helvetica", 7.6)
        c.setFillGray(GREY_LABEL)
        c.drawRightString(c1_label, y, "Applicant's statement:")
        c.setFillColor(black)
        for ln in wrap(app.statement, "Helvetica", 7.8, 572 - c1_value):
            c.setFont("Helvetica", 7.8)
            c.drawString(c1_value, y, ln)
            y -= 10.5
        y -= 12
        y = heading(c, y, "5. MONTHLY GROSS INCOME OF MORTGAGE BORROWERS (SERVICER APPLICATION)")
        rows = [(HAF_INCOME[i], f"${money(app.income.get(k, 0.0))}", False) for i, k in enumerate(INCOMES)]
        y = pairs(c, y, rows[:4], rows[4:])
        pair(c, 1, y, "Total borrower monthly income", f"${money(app.total)}", bold=True)
        y -= 24
        y = heading(c, y, "6. ASSETS")
        pairs(c, y, [("Checking", f"${money(app.checking)}", False)], [("Savings", f"${money(app.savings)}", False)])
        return []

    def page3(c: Canvas) -> list[Mark]:
        frame(c, 3)
        y = heading(c, 716, "7. APPLICANT CERTIFICATION")
        y = paragraphs(c, 44, y, 524, [
            "I certify that the information in this application is true and complete, and that the hardship I "
            "described contributed to my need for mortgage assistance.",
            f"I authorize {AGENCY} to share this application and my supporting documents with my mortgage "
            "servicer, and I authorize my servicer to share information about my loan with the Office.",
            "I understand that knowingly false statements may violate state and federal law and may require me to "
            "repay any assistance received.",
            "I consent to receive notices and sign this application electronically."],
            font="Helvetica", size=7.8, leading=10, gap=5)
        y -= 8
        signers = [("Applicant", app.borrower, app.signed_at, True)]
        if app.co:
            signers.append(("Co-applicant", app.co, app.co_signed_at or app.signed_at, app.co_signs))
        for role, name, at, signed in signers:
            c.setLineWidth(0.6)
            c.rect(40, y - 52, 532, 62, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(48, y, role)
            pair(c, 1, y - 14, "Name", name)
            if signed:
                c.setFont("Helvetica", 7.6)
                c.setFillGray(GREY_LABEL)
                c.drawRightString(c1_label, y - 28, "Electronically signed:")
                c.setFillColor(black)
                c.setFont("Helvetica-Bold", 8.2)
                c.drawString(c1_value, y - 28, f"{name}  {mdy(at.date())} {at.strftime('%I:%M %p')}")
                pair(c, 1, y - 42, "Signature ID", f"ES-{app.case_id[-7:]}-{1 if role == 'Applicant' else 2}")
                pair(c, 2, y - 42, "Consent to electronic records", "Yes", bold=True)
            else:
                c.setFont("Helvetica", 7.6)
                c.setFillGray(GREY_LABEL)
                c.drawRightString(c1_label, y - 28, "Electronically signed:")
                c.setFillColor(black)
                c.setFont("Helvetica-Bold", 8.2)
                c.drawString(c1_value, y - 28, "Pending")
                pair(c, 1, y - 42, "Invitation sent", mdy(app.signed_at.date()))
                pair(c, 2, y - 42, "Consent to electronic records", "No", bold=True)
            y -= 76
        y -= 4
        y = heading(c, y, "8. FORWARDING")
        pairs(c, y, [("Forwarded to", SERVICER, False), ("Date forwarded", mdy(printed.date()), False)],
              [("Intake specialist", app.specialist, False)])
        return []

    return Paper([page1, page2, page3])


UBAF_INCOME = ("Monthly Gross wages", "Overtime", "Child Support / Alimony / Separation",
               "Non-taxable social security/SSDI",
               "Taxable SS benefits or other monthly income from annuities or retirement plans",
               "Tips, commissions, bonus and self-employed income", "Rents Received", "Unemployment Income",
               "Food Stamps/Welfare", "Other")
UBAF_HARDSHIP = (
    ("unemployment", "Unemployment", "No hardship documentation required"),
    ("reduction_in_income", "Reduction in income: a hardship that has caused a decrease in your income due to "
     "circumstances outside your control", "No hardship documentation required"),
    ("increase_in_housing_expenses", "Increase in housing expenses: a hardship that has caused an increase in your "
     "housing expenses due to circumstances outside your control", "No hardship documentation required"),
    ("", "Business Failure", "Tax return from the previous year AND proof of business failure"),
    ("disaster", "Disaster (natural or man-made) adversely impacting the property or Borrower's place of employment",
     "No hardship documentation required"),
    ("disability_or_illness", "Long-term or permanent disability, or serious illness of a Borrower/Co-Borrower or "
     "dependent family member", "Written statement from the Borrower, or other documentation verifying the "
     "disability or illness"),
    ("divorce_or_separation", "Divorce or legal separation", "Final divorce decree or final separation agreement OR "
     "recorded quitclaim deed"),
    ("separation_unmarried", "Separation of Borrowers unrelated by marriage, civil union or similar domestic "
     "partnership under applicable law", "Recorded quitclaim deed OR legally binding agreement"),
    ("death", "Death of a Borrower or death of either the primary or secondary wage earner in the household",
     "Death certificate OR obituary or newspaper article reporting the death"),
    ("relocation", "Distant employment transfer / relocation", "For active duty service members: PCS orders. "
     "Others: copy of signed offer letter or notice from employer showing transfer"),
    ("other", "Other: hardship that is not covered above", "Written explanation describing the details of the "
     "hardship and relevant documentation"),
)


@dataclass
class Ubaf:
    app: App
    dob: str
    co_dob: str
    mail: str
    overtime: float  # part of the wages code, its own line on the old form
    expenses: Sequence[tuple[str, float]]


def ubaf(u: Ubaf) -> Paper:
    """The old-edition "Uniform Borrower Assistance Form" (2013-2017), answered on a typewriter, signed in ink."""
    app = u.app
    s = app.seed

    def foot(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 7)
        c.drawString(40, 30, "Uniform Borrower Assistance Form - Fannie Mae/Freddie Mac Form 710")
        c.drawRightString(572, 30, f"Page {n} of 3")

    def box(c: Canvas, x: float, y: float, checked: bool, seed: int) -> list[Mark]:
        c.setLineWidth(0.6)
        c.rect(x, y, 8, 8, stroke=1, fill=0)
        return [Mark("type", x + 1.2, y + 1.2, "X", size=9, seed=seed)] if checked else []

    def page1(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W / 2, 748, "UNIFORM BORROWER ASSISTANCE FORM")
        paragraphs(c, 40, 732, 532, [
            "If you are experiencing a temporary or long-term hardship and need help, you must complete and submit "
            "this form along with other required documentation to be considered for available solutions. On this "
            "page, you must disclose information about (1) you and your intentions to either keep or transition "
            "out of your home; (2) the property's status; (3) bankruptcy; and (4) your credit counseling agency. On "
            "Page 2, you must disclose information about all of your income, expenses and assets. Page 2 also lists "
            "the required income documentation that you must submit in support of your request for assistance. "
            "Then on Page 3, you must complete and sign the Hardship Affidavit."], font="Helvetica", size=7.3,
            leading=9)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 668, "Loan I.D. Number (usually found on your monthly mortgage statement)")
        c.line(330, 666, 572, 666)
        marks.append(Mark("type", 334, 668, app.loan, seed=s + 1))
        c.drawString(40, 650, "Servicer's Name")
        c.line(120, 648, 572, 648)
        marks.append(Mark("type", 124, 650, SERVICER, seed=s + 2))
        y = 628
        rows = [("I want to:", ["Keep the Property", "Vacate the Property", "Sell the Property", "Undecided"], 0),
                ("The property is currently:", ["My Primary Residence", "A Second Home", "An Investment Property"],
                 OCCUPANCIES.index(app.occupancy)),
                ("The property is currently:", ["Owner Occupied", "Renter Occupied", "Vacant"], 0)]
        for label, opts, chosen in rows:
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, y, label)
            x = 160.0
            for i, o in enumerate(opts):
                marks += box(c, x, y - 1, i == chosen, s + 10 + i + int(y))
                c.setFont("Helvetica", 8)
                c.drawString(x + 12, y, o)
                x += 100
            y -= 16
        y -= 6
        c.setFillGray(0.85)
        c.rect(40, y - 4, 532, 14, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(173, y, "BORROWER")
        c.drawCentredString(439, y, "CO-BORROWER")
        c.line(306, y - 4, 306, y + 10)
        y -= 4
        grid = [("BORROWER'S NAME", app.borrower, "CO-BORROWER'S NAME", app.co or ""),
                ("SOCIAL SECURITY NUMBER", app.ssn, "SOCIAL SECURITY NUMBER", app.co_ssn or ""),
                ("DATE OF BIRTH", u.dob, "DATE OF BIRTH", u.co_dob),
                ("HOME PHONE NUMBER WITH AREA CODE", app.phone, "HOME PHONE NUMBER WITH AREA CODE", app.phone),
                ("CELL OR WORK NUMBER WITH AREA CODE", "", "CELL OR WORK NUMBER WITH AREA CODE", ""),
                ("MAILING ADDRESS", u.mail, "", ""),
                ("PROPERTY ADDRESS (IF SAME AS MAILING ADDRESS, JUST WRITE SAME)", app.address, "", ""),
                ("EMAIL ADDRESS", app.email, "", "")]
        for i, (l1, v1, l2, v2) in enumerate(grid):
            full = not l2
            c.rect(40, y - 26, 532 if full else 266, 26, stroke=1, fill=0)
            if not full:
                c.rect(306, y - 26, 266, 26, stroke=1, fill=0)
            c.setFont("Helvetica", 6.3)
            c.drawString(43, y - 8, l1)
            if l2:
                c.drawString(309, y - 8, l2)
            if v1:
                marks.append(Mark("type", 46, y - 21, v1, seed=s + 30 + i))
            if v2:
                marks.append(Mark("type", 312, y - 21, v2, seed=s + 50 + i))
            y -= 26
        y -= 16
        qs = [("Is the property listed for sale?", False), ("Have you contacted a credit-counseling agency for help?",
                                                              False),
              ("Have you filed for bankruptcy?", False),
              ("Is any Borrower an active duty service member?", False)]
        for q, ans in qs:
            c.setFont("Helvetica", 8)
            c.drawString(40, y, q)
            marks += box(c, 330, y - 1, ans, s + 70 + int(y))
            c.drawString(342, y, "Yes")
            marks += box(c, 380, y - 1, not ans, s + 71 + int(y))
            c.drawString(392, y, "No")
            y -= 15
        foot(c, 1)
        return marks

    def page2(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 748, "Loan I.D. Number")
        marks.append(Mark("type", 130, 748, app.loan, seed=s + 90))
        cols = ((40, "Monthly Household Income"), (222, "Monthly Household Expenses/Debt"),
                (404, "Household Assets (associated with the property and/or borrower(s))"))
        top = 728
        for x, t in cols:
            c.setFillGray(0.85)
            c.rect(x, top - 20, 176, 24, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.2)
            for i, ln in enumerate(wrap(t, "Helvetica-Bold", 7.2, 168)):
                c.drawString(x + 4, top - 6 - 9 * i, ln)
        amounts = [app.income.get("wages", 0.0) - u.overtime, u.overtime, app.income.get("other", 0.0),
                   app.income.get("benefits_nontaxable", 0.0), app.income.get("benefits_taxable", 0.0),
                   app.income.get("self_employment", 0.0), app.income.get("rental", 0.0),
                   app.income.get("unemployment", 0.0), 0.0, app.income.get("investment", 0.0)]
        y = top - 34
        for i, (label, amt) in enumerate(zip(UBAF_INCOME, amounts, strict=True)):
            lines = wrap(label, "Helvetica", 6.8, 110)
            h = max(20, 9 * len(lines) + 6)
            c.rect(40, y - h + 12, 176, h, stroke=1, fill=0)
            c.line(154, y - h + 12, 154, y + 12)
            c.setFont("Helvetica", 6.8)
            for j, ln in enumerate(lines):
                c.drawString(43, y + 3 - 9 * j, ln)
            c.drawString(157, y + 3, "$")
            if amt > 0:
                marks.append(Mark("type", 163, y + 2, money(r2(amt)), size=8.5, seed=s + 100 + i))
            y -= h
        c.rect(40, y - 8, 176, 20, stroke=1, fill=0)
        c.line(154, y - 8, 154, y + 12)
        c.setFont("Helvetica-Bold", 6.8)
        c.drawString(43, y + 1, "Total (Gross income)")
        c.drawString(157, y + 1, "$")
        marks.append(Mark("type", 163, y, money(app.total), size=8.5, seed=s + 120))
        y = top - 34
        exp = [*u.expenses, ("Total Debt/Expenses", r2(sum(v for _, v in u.expenses)))]
        for i, (label, amt) in enumerate(exp):
            c.rect(222, y - 8, 176, 20, stroke=1, fill=0)
            c.line(336, y - 8, 336, y + 12)
            c.setFont("Helvetica-Bold" if label.startswith("Total") else "Helvetica", 6.8)
            c.drawString(225, y + 1, label)
            c.drawString(339, y + 1, "$")
            if amt > 0:
                marks.append(Mark("type", 345, y, money(amt), size=8.5, seed=s + 140 + i))
            y -= 20
        y = top - 34
        assets = [("Checking Account(s)", app.checking), ("Checking Account(s)", 0.0),
                  ("Savings / Money Market", app.savings), ("CDs", 0.0), ("Stocks / Bonds", 0.0),
                  ("Other Cash on Hand", 0.0), ("Other Real Estate (est. value)", 0.0), ("Other", 0.0),
                  ("Total Assets", r2(app.checking + app.savings))]
        for i, (label, amt) in enumerate(assets):
            c.rect(404, y - 8, 168, 20, stroke=1, fill=0)
            c.line(510, y - 8, 510, y + 12)
            c.setFont("Helvetica-Bold" if label.startswith("Total") else "Helvetica", 6.8)
            c.drawString(407, y + 1, label)
            c.drawString(513, y + 1, "$")
            if amt > 0:
                marks.append(Mark("type", 519, y, money(amt), size=8.5, seed=s + 160 + i))
            y -= 20
        paragraphs(c, 40, 250, 532, [
            "Required Income Documentation: Do you earn a wage? For each borrower who is a salaried employee or "
            "hourly wage earner, include the most recent pay stub that reflects at least 30 days of year-to-date "
            "earnings. Are you self-employed? Include your most recent signed and dated quarterly or year-to-date "
            "profit/loss statement. Do you have any additional sources of income? Provide for each: benefit "
            "statements or letters showing amount and frequency."], font="Helvetica", size=7.3, leading=9)
        foot(c, 2)
        return marks

    def page3(c: Canvas) -> list[Mark]:
        marks: list[Mark] = []
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 748, "HARDSHIP AFFIDAVIT")
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 736, "(provide a written explanation with this request describing the specific "
                                        "nature of your hardship)")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 716, "I am requesting review under the Making Home Affordable Program.")
        c.drawString(40, 704, "I am having difficulty making my monthly payment because of reasons set forth below:")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 692, "(Please check all that apply and submit required documentation demonstrating your "
                              "hardship)")
        y = 676
        c.setFillGray(0.85)
        c.rect(40, y - 4, 532, 14, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(62, y, "If Your Hardship is:")
        c.drawString(316, y, "Then the Required Hardship Documentation is:")
        y -= 4
        for i, (code, label, doc) in enumerate(UBAF_HARDSHIP):
            left = wrap(label, "Helvetica", 7, 230)
            right = wrap(doc, "Helvetica", 7, 250)
            h = 9 * max(len(left), len(right)) + 8
            c.rect(40, y - h, 532, h, stroke=1, fill=0)
            c.line(310, y - h, 310, y)
            marks += box(c, 46, y - 12, bool(code) and code in app.hardships, s + 200 + i)
            c.setFont("Helvetica", 7)
            for j, ln in enumerate(left):
                c.drawString(62, y - 10 - 9 * j, ln)
            for j, ln in enumerate(right):
                c.drawString(316, y - 10 - 9 * j, ln)
            y -= h
        y -= 18
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "The hardship began on:")
        c.line(150, y - 2, 260, y - 2)
        if app.start:
            marks.append(Mark("type", 154, y, mdy(app.start), seed=s + 230))
        y -= 16
        c.drawString(40, y, "The hardship is:")
        x = 120.0
        for i, o in enumerate(("Short-term (under 6 months)", "Long-term or Permanent (greater than 6 months)",
                               "Resolved")):
            marks += box(c, x, y - 1, ("short", "long", "resolved")[i] == app.duration, s + 240 + i)
            c.setFont("Helvetica", 8)
            c.drawString(x + 12, y, o)
            x += stringWidth(o, "Helvetica", 8) + 30
        y -= 12
        y = paragraphs(c, 40, y - 6, 532, [
            "By signing below, I/we certify that all of the information in this Borrower Assistance Form is "
            "truthful and the hardship(s) identified above has contributed to submission of this request for "
            "mortgage relief. I/we consent to the servicer obtaining a current credit report for the borrower and "
            "co-borrower. I/we understand that knowingly submitting false information may violate Federal law."],
            font="Helvetica", size=7.3, leading=9)
        y -= 22
        people = [("Borrower Signature", True, 0)]
        if app.co:
            people.append(("Co-Borrower Signature", app.co_signs, 1))
        else:
            people.append(("Co-Borrower Signature", False, 1))
        for label, signs, k in people:
            c.setLineWidth(0.6)
            c.line(40, y, 330, y)
            c.line(380, y, 520, y)
            c.setFont("Helvetica", 7.5)
            c.drawString(40, y - 10, label)
            c.drawString(380, y - 10, "Date")
            if signs:
                marks.append(Mark("sig", 70, y + 2, w=190, seed=s + 300 + k))
                marks.append(Mark("hand", 386, y + 4, mdy(app.signed_on), size=12, seed=s + 310 + k))
            y -= 44
        foot(c, 3)
        return marks

    return Paper([page1, page2, page3])


# --- packets -----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None
    account: str | None = None
    benefit: str | None = None
    signed: bool = False
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False
    printed: list[str] = field(default_factory=list)  # strings its text layer must hold when born-digital


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    scenario: list[str]
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    covers: list[tuple[str, int]] = field(default_factory=list)  # pages that belong to no document

    def pdf(self, rel: str, data: bytes, *metas: tuple[Doc | None, int]) -> None:
        self.files[rel] = data
        page = 1
        for doc, n in metas:
            if doc is not None:
                doc.pages = [(rel, page + i) for i in range(n)]
                self.docs.append(doc)
            page += n

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            else:
                self.covers += [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)


def app_doc(app: App) -> Doc:
    printed = [app.loan, app.borrower, app.ssn[-4:], app.street, app.city, app.zip, money(app.total),
               mdy(app.signed_on)]
    printed += [money(v) for v in app.income.values() if v > 0]
    if app.start:
        printed.append(mdy(app.start))
    if app.co:
        printed.append(app.co)
    return Doc("mortgage_assistance_application", {}, printed=printed)


def stub_doc(s: Stub) -> Doc:
    f = s.fields
    return Doc("pay_stub", f, s.date, printed=[f["employer"], f["employee_name"], money(f["gross_current"]),
                                               money(f["gross_ytd"]), money(f["net_current"])])


def stmt_doc(s: Statement) -> Doc:
    f = s.fields
    return Doc("bank_statement", f, s.date, account=s.account,
               printed=[money(f["beginning_balance"]), money(f["ending_balance"]), f["account_last4"]])


def letter_doc(lt: Letter) -> Doc:
    printed = [money(lt.monthly)] if lt.monthly else []
    return Doc(lt.type, lt.fields, lt.date, benefit=lt.benefit, printed=printed)


def hardship_doc(date: dt.date) -> Doc:
    return Doc("hardship_letter", {"letter_date": date.isoformat()}, date, printed=[long_date(date)])


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if app.co and not app.co_signs:
        out.append("application_signature")
    if app.start is None:
        out.append("application_field:hardship_start_date")

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = [d for d in docs if d.type == "bank_statement"]
    two_bank = any(a.account == b.account and a is not b and fresh(b.date) and
                   dt.date.fromisoformat(b.fields["period_start"]) ==
                   dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1)
                   for a in stmts for b in stmts)
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
    docs = [{"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
             "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields}
            for i, d in enumerate(p.docs, 1)]
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


WH_A = Withholding(0.09, 0.035, (("Medical plan", 88.50), ("Vision plan", 6.10)))
WH_B = Withholding(0.07, 0.03, (("Dental plan", 14.20),))
WH_T = Withholding(0.05, 0.02, (("Employee meals", 12.00),))
WH_S = Withholding(0.08, 0.03, (("NPERS retirement", 96.30), ("Health insurance", 122.40)))


def rng_for(seed: int, n: int) -> random.Random:
    return random.Random(seed * 1000 + n)


def packet_at1(seed: int) -> Packet:
    received = dt.date(2041, 3, 18)
    wh = WH_A
    addr = ["Prairie Gate Distribution LLC", "4400 Industrial Road", "Kearney, NE 68847"]
    stubs = []
    for d in (dt.date(2041, 3, 1), dt.date(2041, 3, 15)):
        checks = hourly_checks(f"PG{seed}", d, "biweekly", 21.85, 80.0, ot=True)
        stubs.append(cobalt_stub(addr[0], addr[1:], "Delphine R. Marchbanks", "PG-20417", "Shipping and receiving",
                                 d, "biweekly", checks, wh, "7730"))
    app = App("3047719254", "Delphine R. Marchbanks", "951-44-3082", "2217 Cottonwood Lane", "Kearney", "NE", "68847",
              "Buffalo", "(308) 555-0126", "d.marchbanks@example.net", "primary_residence", ["reduction_in_income"],
              dt.date(2040, 11, 4), "long", {"wages": stubs[-1].monthly},
              dt.datetime(2041, 3, 10, 19, 52), case_id="HSN-41-0207718",
              household=[Member("Delphine R. Marchbanks", "Self (applicant)", 49, True, "Employed", stubs[-1].monthly),
                         Member("Tobias J. Marchbanks", "Son", 22, False, "Employed", 1480.00)],
              statement="The warehouse cut our shift from five days to four in November and overtime is gone. I "
                        "fell two payments behind and want to keep my home.",
              checking=612.40, savings=150.00, payment=1184.22, past_due=2,
              printed=dt.datetime(2041, 3, 17, 14, 41), seed=seed + 11)
    p = Packet("at1", received, app, [])
    p.pdf(f"HSN_CaseSummary_{app.case_id}.pdf", paper_pdf(haf_printout(app)), (app_doc(app), 3))
    for i, s in enumerate(stubs):
        p.pdf(f"paycheck_detail ({3 + i}).pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    ref = referral_letter(app, dt.date(2041, 3, 17), ["Case summary (3 pages)", "Two recent pay stubs"],
                          "Karen Davenport")
    p.pdf("HAF referral - Marchbanks.pdf", paper_pdf(ref.paper), (letter_doc(ref), 1))
    return p


def packet_at2(seed: int) -> Packet:
    received = dt.date(2041, 4, 22)
    wh = WH_T
    addr = ["Blue Heron Diner", "1510 Second Avenue", "Scottsbluff, NE 69361"]
    stubs = []
    for d in (dt.date(2041, 4, 12), dt.date(2041, 4, 19)):
        checks = tipped_checks(f"BH{seed}", d, "weekly", 37.0, 262.0, 78.0)
        stubs.append(ledgerline_stub(addr[0], addr[1:], "Ignacio V. Tafoya", "BH-0233", "Server", d, "weekly",
                                     checks, wh, "5518"))
    ui = ui_payment_history("Marisela Tafoya", "UI-2041-0448817", dt.datetime(2041, 4, 15, 10, 3), 372.00, 12,
                            dt.date(2041, 2, 9))
    app = App("0061852740", "Ignacio V. Tafoya", "963-20-7715", "718 Avenue C", "Scottsbluff", "NE", "69361",
              "Scotts Bluff", "(308) 555-0191", "ivtafoya@example.com", "primary_residence",
              ["unemployment", "reduction_in_income"], dt.date(2041, 1, 23), "short",
              {"wages": stubs[-1].monthly, "unemployment": 1612.00}, dt.datetime(2041, 4, 12, 21, 7),
              case_id="HSN-41-0311562", co="Marisela Tafoya", co_ssn="963-58-0049",
              co_signed_at=dt.datetime(2041, 4, 13, 8, 30),
              household=[Member("Ignacio V. Tafoya", "Self (applicant)", 46, True, "Employed", stubs[-1].monthly),
                         Member("Marisela Tafoya", "Spouse (co-applicant)", 44, True, "Unemployed", 1612.00),
                         Member("Adriana Tafoya", "Daughter", 24, False, "Employed", 2105.00)],
              statement="My wife was laid off from the sugar plant in January and the diner cut my hours. We get "
                        "her unemployment but it is not enough to cover the house payment.",
              checking=388.15, savings=0.0, payment=1036.90, past_due=1,
              printed=dt.datetime(2041, 4, 19, 9, 12), specialist="R. Okafor", seed=seed + 21)
    p = Packet("at2", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/HSN case summary.pdf", paper_pdf(haf_printout(app)), (app_doc(app), 3))
    style = Scan(dpi=240, tilt=0.3, blur=0.5, noise=0.0005)
    for i, s in enumerate(stubs):
        p.scan(f"{folder}/stub {s.date.strftime('%m-%d')}.pdf", [(stub_doc(s), scan_paper(s.paper, style,
                                                                                           seed + 200 + i))], style)
    p.pdf(f"{folder}/UI payment history.pdf", paper_pdf(ui.paper), (letter_doc(ui), 1))
    return p


def packet_at3(seed: int) -> Packet:
    received = dt.date(2041, 5, 27)
    wh = WH_S
    addr = ["1906 Madison Avenue", "Norfolk, NE 68701"]
    sch = ["Elkhorn Valley Public Schools", "512 West Benjamin Avenue", "Norfolk, NE 68701"]
    stubs = []
    for d in (dt.date(2041, 4, 30), dt.date(2041, 5, 15)):
        checks = hourly_checks(f"EV{seed}", d, "semimonthly", 19.40, 86.67, ot=True)
        stubs.append(ledgerline_stub(sch[0], sch[1:], "Everett L. Haskins", "EV-11907", "Head custodian", d,
                                     "semimonthly", checks, wh, "2264"))
    pension = school_pension_letter("Noreen P. Haskins", addr, dt.date(2041, 4, 2), 1268.40, dt.date(2036, 7, 1))
    wages, overtime = 3362.67, 412.50
    app = App("5108833076", "Everett L. Haskins", "977-31-4408", "1906 Madison Avenue", "Norfolk", "NE", "68701",
              "Madison", "(402) 555-0172", "elhaskins@example.net", "primary_residence", ["disability_or_illness"],
              dt.date(2040, 12, 9), "long", {"wages": r2(wages + overtime), "benefits_taxable": 1268.40},
              dt.datetime(2041, 5, 14, 0, 0), case_id="HSN-41-0418820", co="Noreen P. Haskins",
              co_ssn="977-62-1093", checking=941.77, savings=2300.00, seed=seed + 31)
    u = Ubaf(app, "03/14/1972", "08/22/1970", "1906 Madison Avenue, Norfolk, NE 68701", overtime,
             [("First Mortgage Payment", 1322.18), ("Second Mortgage Payment", 0.0), ("Homeowner's Insurance", 0.0),
              ("Property Taxes", 0.0), ("Credit Cards / Installment Loan(s)", 310.00), ("Alimony, child support", 0.0),
              ("Car Lease Payments", 289.00), ("HOA/Condo Fees/Maintenance", 0.0),
              ("Mortgages on other properties", 0.0)])
    p = Packet("at3", received, app, [])
    style = Scan(dpi=300, tilt=0.2, blur=0.7, noise=0.0004)
    ref = referral_letter(app, dt.date(2041, 5, 22), ["Uniform Borrower Assistance Form (3 pages)", "Two pay stubs",
                                                      "Pension letter", "Hardship letter"], "Rafael Okafor")
    on = dt.date(2041, 5, 14)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, [
        "Last December Noreen was diagnosed with a heart condition and spent three weeks in the hospital. Since "
        "then I have taken unpaid days to drive her to treatment in Omaha, and our insurance left us with large "
        "bills.",
        "We found the enclosed assistance form from when we refinanced and filled it out on our typewriter. The "
        "HomeSteady office is sending it to you with our papers. We ask for a modification so we can keep our "
        "home."], ink=True, seed=seed + 3)
    p.scan("SCAN_HAF_FWD_0527_01.pdf", [
        (letter_doc(ref), scan_paper(ref.paper, style, seed + 300)),
        (app_doc(app), scan_paper(ubaf(u), style, seed + 301)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 302)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 303)),
        (letter_doc(pension), scan_paper(pension.paper, style, seed + 304)),
        (hardship_doc(on), scan_paper(hl, style, seed + 305))], style)
    return p


def packet_at4(seed: int) -> Packet:
    rng = rng_for(seed, 4)
    received = dt.date(2041, 6, 17)
    wh = WH_B
    addr = ["Heartland Veterinary Partners", "2300 North Webb Road", "Grand Island, NE 68803"]
    home = ["3305 West Faidley Avenue", "Grand Island, NE 68803"]
    stubs = []
    for d in (dt.date(2041, 5, 24), dt.date(2041, 6, 7)):
        checks = hourly_checks(f"HV{seed}", d, "biweekly", 24.60, 80.0, ot=False)
        stubs.append(cobalt_stub(addr[0], addr[1:], "Roland T. Vukovich", "HV-03318", "Large animal technician", d,
                                 "biweekly", checks, wh, "0913"))
    co_net = 1702.16
    s1 = loup_statement(rng, "Roland T. or Sabine Vukovich", home, "4471206612", 2041, 4, 1288.52,
                        [(2, "PAYROLL ST FRANCIS MED CTR", co_net), (16, "PAYROLL ST FRANCIS MED CTR", co_net),
                         (30, "PAYROLL ST FRANCIS MED CTR", co_net)])
    s2 = loup_statement(rng, "Roland T. or Sabine Vukovich", home, "4471206612", 2041, 5,
                        s1.fields["ending_balance"],
                        [(14, "PAYROLL ST FRANCIS MED CTR", co_net), (28, "PAYROLL ST FRANCIS MED CTR", co_net)])
    co_monthly = 4110.67
    app = App("5590312847", "Roland T. Vukovich", "944-07-6631", "3305 West Faidley Avenue", "Grand Island", "NE",
              "68803", "Hall", "(308) 555-0154", "rvukovich@example.net", "primary_residence",
              ["increase_in_housing_expenses"], dt.date(2041, 2, 1), "long",
              {"wages": r2(stubs[-1].monthly + co_monthly)}, dt.datetime(2041, 6, 2, 18, 26),
              case_id="HSN-41-0526093", co="Sabine Vukovich", co_ssn="944-81-2270", co_signs=False,
              household=[Member("Roland T. Vukovich", "Self (applicant)", 51, True, "Employed", stubs[-1].monthly),
                         Member("Sabine Vukovich", "Spouse (co-applicant)", 50, True, "Employed", co_monthly),
                         Member("Milan Vukovich", "Son", 20, False, "Part-time", 940.00)],
              statement="Our property taxes and homeowner's insurance went up sharply this year and the escrow "
                        "shortage raised our payment by more than $500 a month.",
              checking=2210.35, savings=400.00, payment=2318.44, past_due=2,
              printed=dt.datetime(2041, 6, 16, 16, 2), seed=seed + 41)
    p = Packet("at4", received, app, ["application_signature"])
    header = "JUN-17-2041 09:14  FROM: NE HOUSING STABILITY  402 555 0148  TO: 4025550190  {p}"
    style = Scan(dpi=200, tilt=0.25, blur=0.4, noise=0.0003, fax=True, header=header)
    cover = fax_cover(SERVICER, "(402) 555-0190", received, 8, f"HAF case {app.case_id} - loan {app.loan}")
    p.scan("FAX_20410617_091402.pdf", [
        (None, scan_paper(cover, style, seed + 400)),
        (app_doc(app), scan_paper(haf_printout(app), style, seed + 401)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 402)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 403)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 404)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 405))], style)
    return p


def packet_at5(seed: int) -> Packet:
    rng = rng_for(seed, 5)
    received = dt.date(2041, 8, 19)
    wh = WH_B
    addr = ["Bluebird Cabinet Works", "77 Railroad Street", "Columbus, NE 68601"]
    stubs = []
    for d in (dt.date(2041, 5, 3), dt.date(2041, 5, 10)):
        checks = hourly_checks(f"BB{seed}", d, "weekly", 20.75, 40.0, ot=True)
        stubs.append(cobalt_stub(addr[0], addr[1:], "Loretta J. Brightwater", "BB-0771", "Finishing", d, "weekly",
                                 checks, wh, "3306"))
    net = stubs[-1].fields["net_current"]
    stmt = finch_statement(rng, "Loretta J. Brightwater", "80021533306", 2041, 7, 844.60,
                           [(5, "BLUEBIRD CABINET PAYROLL", net), (12, "BLUEBIRD CABINET PAYROLL", net),
                            (19, "BLUEBIRD CABINET PAYROLL", net), (26, "BLUEBIRD CABINET PAYROLL", net)])
    app = App("7204418863", "Loretta J. Brightwater", "929-15-6604", "1418 Twenty-Third Street", "Columbus", "NE",
              "68601", "Platte", "(402) 555-0109", "lbrightwater@example.com", "primary_residence", ["disaster"],
              dt.date(2041, 6, 3), "short", {"wages": stubs[-1].monthly}, dt.datetime(2041, 8, 4, 12, 18),
              case_id="HSN-41-0730154",
              household=[Member("Loretta J. Brightwater", "Self (applicant)", 57, True, "Employed",
                                stubs[-1].monthly),
                         Member("Calvin Brightwater", "Son", 27, False, "Employed", 2340.00)],
              statement="A hail storm on June 3 destroyed the roof and the insurance deductible took our savings. "
                        "I need a few months to catch up.",
              checking=290.11, payment=968.35, past_due=2, printed=dt.datetime(2041, 8, 12, 11, 25), seed=seed + 51)
    p = Packet("at5", received, app, ["income_doc:wages"])
    style = Scan(dpi=200, tilt=0.4, blur=0.5, noise=0.0006)
    parts = [(app_doc(app), haf_printout(app)), (stub_doc(stubs[0]), stubs[0].paper),
             (stub_doc(stubs[1]), stubs[1].paper), (stmt_doc(stmt), stmt.paper)]
    for i, (doc, paper) in enumerate(parts):
        p.scan(f"IMG_{412 + i:04d}.pdf", [(doc, scan_paper(paper, style, seed + 500 + i))], style)
    return p


def packet_at6(seed: int) -> Packet:
    rng = rng_for(seed, 6)
    received = dt.date(2041, 9, 23)
    wh = WH_A
    addr = ["Sandhill Dental Group", "310 East Fourth Street", "North Platte, NE 69101"]
    checks = [Check(d, {"Regular": (86.67, 27.15, r2(86.67 * 27.15))}) for d in schedule(dt.date(2041, 9, 15),
                                                                                          "semimonthly")]
    stub = cobalt_stub(addr[0], addr[1:], "Jasper K. Lindqvist", "SD-0488", "Dental lab", dt.date(2041, 9, 15),
                       "semimonthly", checks, wh, "4821")
    net = stub.fields["net_current"]
    rent = 725.00
    s1 = finch_statement(rng, "Jasper K. Lindqvist", "80077124821", 2041, 7, 1530.08,
                         [(3, "ZELLE FROM H OLMSTEAD RENT", rent), (15, "SANDHILL DENTAL PAYROLL", net),
                          (31, "SANDHILL DENTAL PAYROLL", net)])
    s2 = finch_statement(rng, "Jasper K. Lindqvist", "80077124821", 2041, 8, s1.fields["ending_balance"],
                         [(2, "ZELLE FROM H OLMSTEAD RENT", rent), (15, "SANDHILL DENTAL PAYROLL", net),
                          (31, "SANDHILL DENTAL PAYROLL", net)])
    app = App("1188406527", "Jasper K. Lindqvist", "958-72-0316", "604 West Sixth Street", "North Platte", "NE",
              "69101", "Lincoln", "(308) 555-0138", "jklindqvist@example.org", "primary_residence",
              ["reduction_in_income"], dt.date(2041, 5, 1), "long", {"wages": stub.monthly, "rental": 640.00},
              dt.datetime(2041, 9, 12, 20, 44), case_id="HSN-41-0902277",
              household=[Member("Jasper K. Lindqvist", "Self (applicant)", 45, True, "Employed", stub.monthly),
                         Member("Freya Lindqvist", "Daughter", 19, False, "Student, part-time", 620.00)],
              statement="The practice moved me from full-time salary to hourly in May. I rent the basement "
                        "apartment, but the rent does not make up the difference.",
              checking=1120.54, savings=75.00, payment=1402.66, past_due=1,
              printed=dt.datetime(2041, 9, 19, 15, 7), seed=seed + 61)
    p = Packet("at6", received, app, ["irs_form_4506c"])
    loan = app.loan
    p.pdf(f"{loan} - HAF case summary.pdf", paper_pdf(haf_printout(app)), (app_doc(app), 3))
    p.pdf("finch statement 2041-07.pdf", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf("finch statement 2041-08.pdf", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    p.pdf("Sandhill stub 0915.pdf", paper_pdf(stub.paper), (stub_doc(stub), 1))
    ref = referral_letter(app, dt.date(2041, 9, 19), ["Case summary (3 pages)", "Bank statements for July and August",
                                                      "Pay stub"], "Karen Davenport")
    p.pdf("HSN referral letter.pdf", paper_pdf(ref.paper), (letter_doc(ref), 1))
    return p


def packet_at7(seed: int) -> Packet:
    rng = rng_for(seed, 7)
    received = dt.date(2041, 10, 14)
    home = ["27 Riverside Drive", "Beatrice, NE 68310"]
    net = 1488.92
    s1 = loup_statement(rng, "Harlan B. Etchison", home, "4471398250", 2041, 8, 702.33,
                        [(1, "PAYROLL GAGE CO ROADS DEPT", net), (15, "PAYROLL GAGE CO ROADS DEPT", net),
                         (29, "PAYROLL GAGE CO ROADS DEPT", net)])
    s2 = loup_statement(rng, "Harlan B. Etchison", home, "4471398250", 2041, 9, s1.fields["ending_balance"],
                        [(12, "PAYROLL GAGE CO ROADS DEPT", net), (26, "PAYROLL GAGE CO ROADS DEPT", net),
                         (27, "FEMA IHA ASSISTANCE", 1250.00)])
    app = App("4420067139", "Harlan B. Etchison", "935-48-2207", "27 Riverside Drive", "Beatrice", "NE", "68310",
              "Gage", "(402) 555-0166", "hb.etchison@example.net", "primary_residence", ["disaster"], None, "short",
              {"wages": 3512.00}, dt.datetime(2041, 10, 2, 17, 40), case_id="HSN-41-1001409", co="Odette Etchison",
              co_ssn="935-91-7742", co_signed_at=dt.datetime(2041, 10, 3, 7, 15),
              household=[Member("Harlan B. Etchison", "Self (applicant)", 58, True, "Employed", 3512.00),
                         Member("Odette Etchison", "Spouse (co-applicant)", 56, True, "Homemaker", 0.0),
                         Member("Quentin Etchison", "Son", 25, False, "Employed", 1875.00)],
              statement="The Big Blue River flooded our basement and furnace. We paid for the cleanup ourselves "
                        "while waiting on FEMA and fell behind.",
              checking=455.80, payment=1288.10, past_due=2, printed=dt.datetime(2041, 10, 10, 10, 48),
              specialist="R. Okafor", seed=seed + 71)
    p = Packet("at7", received, app, ["application_field:hardship_start_date"])
    p.pdf("case_summary(1).pdf", paper_pdf(haf_printout(app)), (app_doc(app), 3))
    p.pdf("LVFCU_Aug.PDF", paper_pdf(s1.paper), (stmt_doc(s1), 1))
    p.pdf("LVFCU_Sep.PDF", paper_pdf(s2.paper), (stmt_doc(s2), 1))
    on = dt.date(2041, 10, 2)
    hl = hardship_letter(app.borrower, app.co, home, app.loan, on, [
        "In early August the Big Blue River came over its banks and put four feet of water in our basement. We "
        "lost the furnace, the water heater and the washer and dryer, and the flood insurance we thought we had "
        "did not cover the contents.",
        "We paid the cleanup crew and the new furnace ourselves and missed the September payment. We ask for a "
        "short forbearance or a plan to spread the missed payments."], ink=False, seed=seed)
    p.pdf("Etchison hardship.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_at8(seed: int) -> Packet:
    received = dt.date(2041, 11, 18)
    wh = WH_T
    home = ["905 East Ninth Street", "Hastings, NE 68901"]
    addr = ["Salt & Ember Grill", "212 North Lincoln Avenue", "Hastings, NE 68901"]
    stubs = []
    for d in (dt.date(2041, 10, 25), dt.date(2041, 11, 8)):
        checks = tipped_checks(f"SE{seed}", d, "biweekly", 34.0, 235.0, 64.0)
        stubs.append(ledgerline_stub(addr[0], addr[1:], "Rosalind M. Pettibone", "SE-1142", "Server / bartender", d,
                                     "biweekly", checks, wh, "6027"))
    pension = survivor_pension_letter("Rosalind M. Pettibone", home, dt.date(2041, 9, 29), 1140.00,
                                      "Gerald A. Pettibone")
    obit = obituary("Gerald A. Pettibone", dt.date(2041, 8, 30), 63, "Hastings",
                    "his wife Rosalind, his son Wade, a sister and three grandchildren", dt.date(2041, 9, 2))
    app = App("2836605418", "Rosalind M. Pettibone", "984-26-5170", "905 East Ninth Street", "Hastings", "NE",
              "68901", "Adams", "(402) 555-0183", "rpettibone@example.com", "primary_residence", ["death"],
              dt.date(2041, 8, 30), "long", {"wages": stubs[-1].monthly, "benefits_taxable": 1140.00},
              dt.datetime(2041, 11, 9, 13, 5), case_id="HSN-41-1104486",
              household=[Member("Rosalind M. Pettibone", "Self (applicant)", 60, True, "Employed",
                                stubs[-1].monthly),
                         Member("Wade Pettibone", "Son", 31, False, "Employed", 2960.00)],
              statement="My husband Gerald died in August. His railroad pay was most of our income. I work at "
                        "the grill and now receive a survivor pension.",
              checking=733.02, savings=1200.00, payment=1116.75, past_due=3,
              printed=dt.datetime(2041, 11, 14, 9, 36), marital="Widowed", seed=seed + 81)
    p = Packet("at8", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/HSN summary.pdf", paper_pdf(haf_printout(app)), (app_doc(app), 3))
    style = Scan(dpi=200, tilt=0.35, blur=0.5, noise=0.0005)
    p.scan(f"{folder}/stubs.pdf", [(stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 800)),
                                   (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 801))], style)
    p.pdf(f"{folder}/survivor pension.pdf", paper_pdf(pension.paper), (letter_doc(pension), 1))
    ostyle = Scan(dpi=240, tilt=0.15, blur=0.6, noise=0.0004)
    p.scan(f"{folder}/obituary.pdf", [(letter_doc(obit), scan_paper(obit.paper, ostyle, seed + 802))], ostyle)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_at1, packet_at2, packet_at3, packet_at4, packet_at5, packet_at6,
                                          packet_at7, packet_at8]
PER_TYPE_FIELDS = {
    "pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                 "gross_ytd", "net_current", "monthly_gross"},
    "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                       "ending_balance"},
}


def page_text(reader: PdfReader, page: int) -> str:
    return " ".join(reader.pages[page - 1].extract_text().replace(SYNTH, "").split())


def check(out: Path, built: dict[str, Packet]) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned, printed values."""
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
        if re.search(r"9\d\d-\d\d-\d{4}", exp_path.read_text()):
            problems.append(f"{name}: a full SSN reached expected.json")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        pkt = built.get(name)
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES:
                problems.append(f"{name}: type {doc['type']}")
            want = PER_TYPE_FIELDS.get(doc["type"])
            if want and set(doc["fields"]) != want:
                problems.append(f"{name}: fields of {doc['type']} {sorted(doc['fields'])}")
            text = ""
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
                t = page_text(reader, pg["page"])
                text += " " + t
                if bool(t.strip()) == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={bool(t.strip())} on {key}")
            for k, v in doc["fields"].items():
                if (k.endswith(("date", "_start", "_end")) or k == "signed_on") and v is not None:
                    dt.date.fromisoformat(v)
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
            if pkt is not None and not doc["scanned"]:
                mine = next(d for d in pkt.docs if [{"file": f, "page": n} for f, n in d.pages] == doc["pages"])
                flat = text.replace("\n", " ")
                for s in mine.printed:
                    if s not in flat:
                        problems.append(f"{name}: {doc['type']} {doc['pages'][0]['file']} does not print {s!r}")
        if pkt is not None:
            for rel in pkt.files:
                n = len(PdfReader(exp_path.parent / "inbox" / rel).pages)
                for i in range(1, n + 1):
                    if (rel, i) not in seen and (rel, i) not in pkt.covers:
                        problems.append(f"{name}: page {rel}#{i} belongs to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (at1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: dict[str, Packet] = {}
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        built[p.name] = p
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
        problems += check(args.out, built)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
