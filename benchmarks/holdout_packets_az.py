"""A fifty-second holdout set of borrower packets (az1..az8): SELF-EMPLOYED AND MIXED-INCOME HOUSEHOLDS whose mail
reaches a servicer through a DIGITAL MAILROOM. Laid out unlike the shared samples and unlike every earlier set (a,
b .. z, aa .. aw, whose docstrings were read), written without looking at the service's code, rules, data files or
tests, to estimate honestly how it reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_az.py OUT_DIR [--seed N] [--check] [--only az1 az5 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is its
own batch: process it with `--received-on <received_on>`. No stunts: papers are typed; files are born-digital PDFs
(reportlab, pypdf), plain grey scans (300 dpi, tilted 0.3 degrees, a little blurred and speckled, JPEG, no text
layer) and one plain fax (200 dpi, black and white, the sending machine's header line across the top of every page,
the page shrunk a little under it). Hand-written parts are signatures (drawn strokes), the dates beside them, ONE
sticky note and ONE hardship letter that the theme has written by hand. Received dates fall in 2046, all Tuesdays.

THEME. Blue Ridge Home Lending (PO Box 13720, Roanoke, VA 24038), a fictional servicer, runs a DIGITAL MAILROOM: a
mail robot opens each envelope and feeds everything in it, sheet after sheet, into a 300 dpi grey scanner, writing
ONE combined PDF per envelope named "DMR_<mmdd>_ENV<nnnn>.pdf" - NO separator sheets, no loan number in the name;
documents simply follow one another (some carry "Page x of y", most do not). The robot's endorser prints a small
imprint at the top right of every image, "BRHL DMR  ENV 0173  IMG 004" (in feed direction, so it stays upright even
on a sheet fed upside down). Three sheets in the set went into the feeder the WRONG WAY ROUND and are images turned
180 degrees (the page's own orientation is not corrected): the second pay stub of az2, the co-borrower's stub of
az6 and page 2 of the lease in az7. One yellow STICKY NOTE (pale grey in the scan, its glued band a little darker,
a soft shadow, four lines in a hand-written-looking face) was scanned on the profit and loss page of az3, in the
empty space under the report; it covers no printed value. The mailroom also saves e-mailed attachments (folders
named after the loan, or files named "<loan> - <paper>.pdf") and the fax server's files ("BRHL-FAX_<mmdd>_<hhmm>.pdf").

APPLICATIONS (two layouts).
- Blue Ridge's own "Hardship Assistance Application" (Form BRHL-HAA (01/2046)), TWO portrait pages. Letterhead: a
  navy ridge-line mark, "Blue Ridge Home Lending", a line "Loss Mitigation | PO Box ... | Phone ... | Fax ...", the
  title and form number at the right, a navy rule; "Page 1 of 2" / "Page 2 of 2" and the form number in the foot.
  EVERY answer sits in a ruled TABLE OF TWO COLUMNS, a navy header row "Item | Response", each row the item's label
  in small type at the left and the answer typed (Helvetica 10) in the Response cell; SECTION ROWS SHADED grey across
  the whole table: "SECTION 1 - LOAN AND BORROWERS" (Loan number; Borrower name; Borrower SSN (last 4 digits);
  Co-borrower name (if any) - an EMPTY response cell when there is none; Co-borrower SSN (last 4 digits); Best phone
  number; E-mail address; Preferred contact method), "SECTION 2 - THE PROPERTY" (Property street address; "City,
  state and ZIP code"; Mailing address (if different) - empty; "Property use: Primary residence" / "Second home" /
  "Investment property"; What would you like to do? "Keep the property"; listed for sale "No"; HOA dues "None"),
  "SECTION 3 - HARDSHIP": the reasons are DROP-DOWN CHOICES PRINTED AS THE TEXT OF THE CHOICE, "Hardship reason:
  Reduction in income" and "Secondary reason: Medical" (or "None"); the choice texts are Unemployment / Reduction in
  income / Increase in housing expenses / Disaster / Medical (= disability_or_illness) / Divorce or legal separation
  / Separation of unmarried co-borrowers / Death in the household / Employment relocation / Other; "Date hardship
  began" mm/dd/yyyy; "Expected duration" ("Short-term (6 months or less)" / "Long-term (more than 6 months)"); a one-
  or two-line "Describe the hardship briefly". Page 2 repeats "Loan number: <loan>" at the top right, then "SECTION 4
  - MONTHLY HOUSEHOLD INCOME (gross, before taxes)" where the table turns into THREE COLUMNS "Source | Who receives
  it | Monthly gross amount": ONE ROW PER INCOME SOURCE AND PERSON (Employment (wages), Self-employment, Unemployment
  benefits, Rental income (net), ... each with the person's name and "$4,350.00"), then a shaded "Combined monthly
  total" row (expected.json holds the sum of the rows of each income code and `total` = the combined total printed);
  "SECTION 5 - ASSETS"; "SECTION 6 - CERTIFICATION AND SIGNATURES": a certification paragraph across the table, then
  rows "Borrower signature" | (signature), "Date signed (mm/dd/yyyy)" | (date), "Co-borrower signature", "Date
  signed". Printed, signed and dated in ink and scanned by the robot (az2, az3, az7) or faxed (az4); typed in its
  PDF and signed on the screen with drawn strokes, the date typed into the cell (az5 by both spouses, az8).
- The real Form 710 (April 2023) filled through its AcroForm: typed and signed on the screen (strokes laid over the
  signature line, the date typed into its field) and e-mailed (az1); typed, printed, signed and dated in ink by the
  borrower ONLY - the co-borrower is named on page 1 but his signature and date lines stay empty - and scanned by the
  robot (az6).

PAPERS.
- Profit and loss statements of self-employed borrowers in TWO ACCOUNTANT LAYOUTS (period_start / period_end / net
  income / signed in expected.json; freshness is judged by the PERIOD END):
  - a QUICKBOOKS-LIKE "Profit & Loss" report: the print time, date ("06/12/46") and "Accrual Basis" in bold at the top
    left, the company, "Profit & Loss" and the period "January through May 2046" centred (period_start 2046-01-01,
    period_end 2046-05-31), ONE column headed "Jan - May 46", the account tree "Ordinary Income/Expense" > "Income" >
    numbered accounts ("4000 · Hair services") > "Total Income", "Expense" > accounts > "Total Expenses", "Net
    Ordinary Income" and a double-ruled "Net Income" (the two are equal), "Page 1 of 1". Whitlock Creative Studio LLC
    (az1: the owner signed it on the screen with a PDF editor's signature, the date typed beside it - signed true) and
    Shear Grace Salon LLC (az3: printed and mailed UNSIGNED - signed false).
  - a TYPED ONE-PAGE STATEMENT SIGNED BY THE BORROWER: the business in bold capitals, "<owner>, Owner - <address>", a
    heavy rule, "QUARTERLY PROFIT AND LOSS STATEMENT" or "YEAR-TO-DATE PROFIT AND LOSS STATEMENT", "Period covered:
    01/01/2046 through 03/31/2046", "Accounting method: Cash", a ruled LINE | DESCRIPTION | AMOUNT table (INCOME band,
    Gross receipts, Less returns and refunds, Total income, EXPENSES band and lines, Total expenses, a shaded "NET
    PROFIT (LOSS)"), a certification sentence, "Owner's signature ____ Date ____" and "Printed name". Whitcomb Lawn &
    Landscape (az2, Q1 2046, ink), Ambrose Heating & Air (az4, Q4 2045 - STALE, ink, signed 01/20/2046), Ferreira
    Bookkeeping & Tax Services (az5, January 1 through June 30, 2046, signed on the screen).
- BUSINESS BANK STATEMENTS with the business as account holder: Maple Run Commerce Bank's two-page "BUSINESS CHECKING
  STATEMENT" (a green "MR" square and the bank's name, a facts box at the top right - Statement Period "05/01/2046
  through 05/31/2046", Account Number "XXXXXX7734", "Page 1 of 2" -, the holder "SHEAR GRACE SALON LLC" or "GERALD F.
  AMBROSE / DBA AMBROSE HEATING & AIR", an ACCOUNT SUMMARY "Previous Balance" (= beginning_balance) / "n
  Deposits/Credits" / "n Checks" / "n Other Debits" / "Service Charges" / "Current Balance" (= ending_balance),
  DEPOSITS AND CREDITS (Date mm/dd | Description | Amount) on page 1; CHECKS PAID in three columns, OTHER DEBITS
  (card settlements, an owner's draw transfer) and a DAILY BALANCE SUMMARY on page 2).
- A personal statement for the rent: Hollins Ridge Federal Credit Union's one-page "Account Statement" ("Statement
  Period: 07/01/2046 - 07/31/2046", "Member Account: ****5520", a maroon band "EVERYDAY CHECKING (SHARE DRAFT 10)", a
  DATE | TRANSACTION DESCRIPTION | WITHDRAWALS | DEPOSITS | BALANCE register opened by "Beginning Balance" and closed
  by "Ending Balance", a summary box at the foot), showing the payroll deposits (the stubs' net pay) and "MOBILE
  DEPOSIT RENT 1418 LAUREL B".
- A FORM 1099-NEC, Copy B For Recipient, printed by the payer's software on plain paper (box 1 Nonemployee
  compensation, payer and recipient blocks, TINs masked) - an "other" paper (az1, az3, az5).
- Wage earners' stubs from a NATIONAL PAYROLL LAYOUT, Harrowgate National Payroll's "Earnings Statement": a row of
  COMPANY CODE / LOC/DEPT / VOUCHER NO. / PAGE captions at the top left, "Earnings Statement" with "Period
  Starting:", "Period Ending:", "Pay Date:" at the top right, the filing status, the employee's name and home address
  in capitals at the right, an Earnings table (rate / hours / this period / year to date; Regular, Overtime or
  Salary; "Gross Pay"), Deductions "Statutory" (Federal Income Tax, Social Security Tax, Medicare Tax, VA State Income
  Tax as "-123.45" with their year to date) and "Other", "Net Pay" as "$1,543.18", an "Other Benefits and Information"
  panel with leave hours and "YOUR FEDERAL TAXABLE WAGES THIS PERIOD ARE $..." (not the gross), a NET PAY
  DISTRIBUTION table (Account type | Account number | Amount: Checking and Savings, summing to the net pay) and, BOTTOM
  LEFT, the EMPLOYER'S NAME AND ADDRESS BLOCK in capitals (the `employer`), "NON-NEGOTIABLE - THIS IS NOT A CHECK".
  THE PAY FREQUENCY IS NOT PRINTED: bi-weekly stubs have 14-day periods ending six days before the Friday pay date;
  the school division's semi-monthly salary stub (az6) pays the 16th-month end period on the 5th (or the Friday
  before). Every year-to-date figure is the sum of that year's checks by pay date.
- A two-page RESIDENTIAL LEASE AGREEMENT ("Virginia Residential Lease (form RL-2)", "Page 1 of 2"), numbered clauses
  in a serif face, rent "$1,150.00 per month", signed and dated by landlord (the borrower) and tenant on page 2 - an
  "other" paper: a lease is not proof that rent is received (az7, az8).
- An UNEMPLOYMENT BENEFIT PAYMENT HISTORY printed from a state portal (Commonwealth Workforce Benefits Office,
  "MyClaim"): the browser's header ("5/8/46, 7:42 PM", "Payment History | MyClaim") and footer (URL, "1/1"), "Payment
  History", "Information current as of 05/08/2046 07:42 PM" (letter_date), claimant facts with "Weekly benefit
  amount: $378.00", a table Week ending | Date paid | Gross | Federal tax withheld | Net paid | Method. Typed
  `unemployment_benefit_letter`, benefit_type unemployment (az4, the co-borrower's; unemployment needs no papers).
- Hardship letters: typed in block style ("RE: Hardship letter - Loan number ..."; signed in ink when mailed or faxed,
  unsigned when e-mailed), and ONE HAND-WRITTEN-LOOKING letter (az7) on ruled note paper with a margin line, written
  in a slanted serif italic face standing in for script with a wandering baseline, the date "09/18/2046" written at
  the top right (letter_date), signed.
- Page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over by the servicer for the self-employed or landlord
  borrower, signed and dated in ink (az2, az3, az4, az7) or on the screen (az1, az5, az8). A shipping store's fax
  cover sheet opens the fax (az4; not a document, not listed).

PACKETS (status as `missing_codes` computes it from shared/spec/checklist.md).
- az1 COMPLETE. E-mailed born-digital files in a folder named after the loan "0731584206/" ("Whitlock MAA 710.pdf",
  "Whitlock Creative PL Jan-May 2046.pdf", "MRCB stmt 2046-04.pdf", "MRCB stmt 2046-05.pdf", "1099-NEC 2045
  Hollowell.pdf", "4506-C signed.pdf", "hardship letter.pdf"): a self-employed photographer on the real Form 710
  signed on the screen (self-employment only, reduction in income). The January-May QuickBooks report signed on the
  screen AND two consecutive fresh business statements each satisfy self-employment; the 4506-C is signed.
- az2 COMPLETE. "DMR_0424_ENV0173.pdf", the robot's 7-page scan: the BRHL-HAA signed in ink by a landscaper and his
  wife (Self-employment - Dale; Employment (wages) - Renee; "Hardship reason: Reduction in income", "Secondary reason:
  Medical"), his typed Q1 2046 P&L signed in ink, her two fresh bi-weekly stubs (THE SECOND FED UPSIDE DOWN), his
  4506-C in ink, their typed letter signed in ink (it covers the illness).
- az3 INCOMPLETE income_doc:self_employment (unsigned). "DMR_0626_ENV0288.pdf", 8 pages: the BRHL-HAA of a salon
  owner signed in ink, a typed letter signed in ink, the QuickBooks January-May report NOT SIGNED with the sticky note
  ("Accountant is out of / town till after the 4th. / Will send a signed / copy then. - Rita"), ONE business
  statement (May; a single statement is not "two most recent"), the 1099-NEC and a signed 4506-C.
- az4 INCOMPLETE income_doc:self_employment (stale). "BRHL-FAX_0515_0931.pdf", 11 pages behind the store's cover
  sheet: the BRHL-HAA signed in ink by both spouses (Self-employment - Gerald; Unemployment benefits - Lucinda;
  Unemployment and Reduction in income), his typed Q4 2045 P&L (period end 12/31/2045, 135 days before 05/15/2046),
  two consecutive business statements for December 2045 and January 2046 (the newer ended 104 days before), her
  unemployment payment history, his 4506-C in ink, their letter signed in ink. Every self-employment paper is stale.
- az5 COMPLETE. Loose born-digital uploads "6127405593 - application.pdf", "... - P&L YTD 063046.pdf", "... - Colin
  paystub 06-22.pdf", "... 07-06.pdf", "... - 1099-NEC 2045.pdf", "... - 4506-C.pdf", "... - hardship letter.pdf":
  the BRHL-HAA typed and signed on the screen by both spouses (Self-employment - Adaeze, a bookkeeper; Employment
  (wages) - Colin; Reduction in income and Increase in housing expenses), her year-to-date P&L through 06/30/2046
  signed on the screen, his two fresh bi-weekly stubs, the 1099-NEC, her 4506-C, an unsigned typed letter.
- az6 INCOMPLETE application_signature (unsigned). "DMR_0821_ENV0415.pdf", 7 pages: the real Form 710 printed, signed
  and dated in ink by the borrower ONLY while her husband is named as co-borrower (wages for both on one Form 710
  line; Increase in housing expenses), her fresh bi-weekly stub, his fresh semi-monthly school stub (FED UPSIDE
  DOWN), her typed letter signed in ink.
- az7 COMPLETE. "DMR_0925_ENV0562.pdf", 9 pages: the BRHL-HAA signed in ink by a single borrower (Employment (wages)
  and Rental income (net); "Hardship reason: Other" - a tenant who stopped paying and was evicted), the
  HAND-WRITTEN-LOOKING letter explaining it, a fresh bi-weekly stub, the new tenant's two-page lease (PAGE 2 UPSIDE
  DOWN; "other"), two consecutive fresh Hollins Ridge statements showing pay and rent deposits, a 4506-C in ink.
- az8 INCOMPLETE income_doc:rental (absent). E-mailed born-digital files in a folder named after the loan
  "8550391746/" ("application signed.pdf", "Mill Mountain paystub 09-21.pdf", "... 10-05.pdf", "Wycliffe lease.pdf",
  "4506-C.pdf", "letter.pdf"): the BRHL-HAA signed on the screen (Employment (wages) and Rental income (net) for the
  inherited house; Increase in housing expenses), two fresh stubs, the signed lease, a signed 4506-C and an unsigned
  letter - but NO bank statements and NO deposited rent checks, and a lease does not document rent received.

Expected status and missing codes are not written by hand: `missing_reasons` / `missing_codes` apply
shared/spec/checklist.md to the values drawn into each packet (fresh = dated no more than 90 days before the received
date; a pay stub by its pay date, a statement and a P&L by their period end, a letter by its date; "two most recent
bank statements" = consecutive periods of one account, the newer fresh; a P&L counts only when signed and dated), and
the build stops unless they equal each packet's scenario (code and reason). At build time every value expected.json
holds for a document or the application is looked up in the drawn paper (its text layer before scanning, the Form
710's field values and checked boxes, the pen-written dates), and "signed" is checked against the signatures drawn.
`--check` then validates every expected.json written: keys and per-type fields, codes, document types, dates, that
income lines add up to the total, monthly_gross arithmetic, that every listed page exists and no page is listed
twice, that every page of every file belongs to a document (the fax cover excepted), that `scanned` matches the
absence of a text layer, and that no file exceeds 3 MB. Every file is the same bytes for a seed: reportlab runs in
invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks,
agencies and servicers are fictional; SSNs use the 900-999 area, and every printed page carries a faint "synthetic
test document" line (printed darker on the faxed papers, so that it survives the fax's black-and-white threshold).
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
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM710 = REFERENCE / "fanniemae-freddiemac-form710-apr2023.pdf"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
PEN_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"  # dates written beside a signature
SCRIPT_FONT = FONT_DIR / "liberation2/LiberationSerif-Italic.ttf"  # the hand-written-looking letter
IMPRINT_FONT = FONT_DIR / "liberation2/LiberationMono-Regular.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
TOOL = "holdout_packets_az"
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
FIELDS_OF = {"pay_stub": {"employer", "employee_name", "pay_date", "period_start", "period_end", "frequency",
                          "gross_current", "gross_ytd", "net_current", "monthly_gross"},
             "bank_statement": {"bank_name", "account_last4", "period_start", "period_end", "beginning_balance",
                                "ending_balance"},
             "hardship_letter": {"letter_date"},
             "unemployment_benefit_letter": {"letter_date", "benefit_type"},
             "profit_and_loss_statement": {"period_start", "period_end", "net_income", "signed"},
             "irs_form_4506c": {"signed", "signed_on"},
             "mortgage_assistance_application": set(), "other": set()}
FRESH_DAYS = 90
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
SERVICER = "Blue Ridge Home Lending"
SERVICER_ADDR = ("PO Box 13720", "Roanoke, VA 24038")
SERVICER_PHONE = "(540) 555-0110"


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


def weekday_before(d: dt.date) -> dt.date:
    """The date itself, or the Friday before when it falls on a weekend (a payday rule)."""
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


# --- pens, papers and renditions ------------------------------------------------------------------------------


@dataclass
class Mark:
    """What a person adds by hand: a signature ("sig"), a date or a few words with a pen ("hand"), or a line of
    the hand-written-looking letter ("script"). x, y: PDF points from the page's bottom-left (the baseline's left
    end); w: the signature's width. Signed or typed on a screen, a "sig" becomes vector strokes and a "hand" text
    in the PDF (Fill & Sign)."""

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
    """One logical document as drawn: its pages (draw functions returning the pen marks) and the page size."""

    pages: list[PageFn]
    size: tuple[float, float] = letter


@dataclass
class Drawn:
    """A paper rendered: the clean PDF (text layer intact), the pen marks of each page, text that is printed but
    not in the text layer (AcroForm values) and the names of checked form boxes."""

    pdf: bytes
    marks: list[list[Mark]]
    extra: str = ""
    checked: set[str] = field(default_factory=set)

    def text(self) -> str:
        reader = PdfReader(io.BytesIO(self.pdf))
        parts = [pg.extract_text() or "" for pg in reader.pages]
        parts += [m.text for page in self.marks for m in page if m.kind in ("hand", "script")]
        return "\n".join([*parts, self.extra])

    def signed(self) -> bool:
        return any(m.kind == "sig" for page in self.marks for m in page)


def synth_line(c: Canvas, size: tuple[float, float] = letter, gray: float = 0.72) -> None:
    """The faint synthetic-document line; a lot darker (gray 0.1) on papers that are faxed, so that it survives
    the fax's black-and-white threshold."""
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(gray)
    c.drawRightString(size[0] - 24, 10, SYNTH)
    c.restoreState()


def signature_path(seed: int, w: float, h: float = 18.0) -> list[list[tuple[float, float]]]:
    """Strokes of a quick joined signature inside a w x h box (0,0 bottom-left), as polylines."""
    rng = random.Random(seed)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    for p in range(rng.randint(2, 3)):
        pts: list[tuple[float, float]] = []
        span = w * (0.5 if p == 0 else 0.33) * rng.uniform(0.8, 1.0)
        loops = rng.randint(4, 7)
        lean = rng.uniform(2.0, 4.0)
        for i in range(loops * 8 + 1):
            t = i / (loops * 8)
            amp = h * (0.95 if i < 8 else 0.5) * rng.uniform(0.85, 1.1)
            px = x + span * t + lean * math.sin(t * loops * 2 * math.pi + 1.1)
            py = h * 0.35 + amp * 0.5 * math.sin(t * loops * 2 * math.pi) * (1 - 0.35 * t)
            pts.append((px, py))
        strokes.append(pts)
        x += span + w * 0.06
        if x > w * 0.95:
            break
    strokes.append([(w * 0.05, h * 0.02), (min(x, w) * 0.9, h * 0.14)])
    return strokes


def draw_signature_vector(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(Color(0.07, 0.1, 0.42))
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
        else:  # typed into the PDF on screen
            c.setFont("Helvetica", 10)
            c.drawString(m.x, m.y, m.text)


def draw_paper(paper: Paper, screen: bool, synth: float = 0.72) -> Drawn:
    """The PDF of a paper. screen=True: signed and dated on a screen (born-digital file); False: the printout the
    pen marks are later added to by hand before it is scanned."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(TOOL)
    marks = []
    for fn in paper.pages:
        c.setPageSize(paper.size)
        m = fn(c)
        if screen:
            apply_screen_marks(c, m)
        synth_line(c, paper.size, synth)
        c.showPage()
        marks.append(m)
    c.save()
    return Drawn(buf.getvalue(), marks)


def fixed_pypdf_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed file identifiers and no dates, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": TOOL})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- the scanner and the fax ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 300
    tilt: float = 0.3
    blur: float = 0.55
    noise: float = 0.00025
    quality: int = 72
    fax: bool = False
    header: str = ""  # a fax machine's header line; {page} and {pages} are filled in
    imprint: str = ""  # the mail robot's endorser imprint; {n} is the image number


@dataclass
class Feed:
    """One sheet going through the feeder: page `index` of a drawn paper, maybe upside down, maybe with a sticky
    note (its hand-written lines) stuck on it at (x, y) points from the page's top-left."""

    drawn: Drawn
    index: int
    flip: bool = False
    sticky: tuple[float, float, tuple[str, ...]] | None = None


_FONTS: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


def font_px(path: Path, px: int) -> ImageFont.FreeTypeFont:
    key = (str(path), px)
    if key not in _FONTS:
        _FONTS[key] = ImageFont.truetype(str(path), px)
    return _FONTS[key]


def pen_text(draw: ImageDraw.ImageDraw, x: float, y: float, text: str, font: ImageFont.FreeTypeFont, scale: float,
             seed: int, fill: int = 45, wander: float = 0.8) -> None:
    """Write a string glyph by glyph with a slightly wandering baseline and spacing, as a pen does."""
    rng = random.Random(seed)
    drift = 0.0
    for ch in text:
        drift = max(-2.0, min(2.0, drift + rng.uniform(-0.35, 0.35)))
        dy = (rng.uniform(-wander, wander) + drift * 0.5) * scale
        draw.text((x, y + dy), ch, fill=fill, font=font, anchor="ls")
        x += font.getlength(ch) * rng.uniform(0.96, 1.07)


def ink_on_image(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.25 * scale))
            for stroke in signature_path(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=35, width=width, joint="curve")
        elif m.kind == "hand":
            pen_text(draw, m.x * scale, (page_h - m.y) * scale, m.text, font_px(PEN_FONT, round(m.size * scale)),
                     scale, m.seed)
        else:
            pen_text(draw, m.x * scale, (page_h - m.y) * scale, m.text, font_px(SCRIPT_FONT, round(m.size * scale)),
                     scale, m.seed, fill=38, wander=1.1)


def sticky_note(img: Image.Image, x: float, y: float, lines: Sequence[str], scale: float, seed: int) -> None:
    """A square yellow sticky note (pale grey on a grey scan) with a soft shadow and a few pen lines on it."""
    side = 3.0 * 72 * scale
    x0, y0 = x * scale, y * scale
    shadow = Image.new("L", (round(side), round(side)), 0)
    mask = Image.new("L", (round(side), round(side)), 70).filter(ImageFilter.GaussianBlur(6))
    img.paste(shadow, (round(x0 + 0.04 * 72 * scale), round(y0 + 0.05 * 72 * scale)), mask)
    note = Image.new("L", (round(side), round(side)), 226)
    nd = ImageDraw.Draw(note)
    nd.rectangle([0, 0, round(side) - 1, round(0.28 * 72 * scale)], fill=219)  # the glued band
    font = font_px(SCRIPT_FONT, round(15 * scale))
    for i, line in enumerate(lines):
        pen_text(nd, 0.12 * 72 * scale, (0.75 + i * 0.42) * 72 * scale, line, font, scale, seed + i, fill=48,
                 wander=1.3)
    img.paste(note.rotate(-2.5, resample=Image.Resampling.BILINEAR, expand=False, fillcolor=226),
              (round(x0), round(y0)))


def render_pages(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float]]:
    """Each page of a PDF as a grey image at dpi (AcroForm fields drawn), with the page's height in points."""
    doc = pdfium.PdfDocument(pdf)
    try:
        doc.init_forms()
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True, may_draw_forms=True).to_pil().convert("L")
            out.append((img, page.get_height()))
            page.close()
        return out
    finally:
        doc.close()


def degrade(img: Image.Image, style: Scan, seed: int) -> Image.Image:
    out = img.rotate(style.tilt * (1 if seed % 2 else -1), resample=Image.Resampling.BILINEAR, expand=False,
                     fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    if not style.fax:  # the grey tone of copier paper under the scanner's lamp
        out = out.point(lambda v: int(20 + v * 0.905))
    return out


def speckle(img: Image.Image, amount: float, seed: int) -> None:
    rng = random.Random(seed)
    px = img.load()
    wd, ht = img.size
    for _ in range(int(wd * ht * amount)):
        x, y = rng.randrange(wd), rng.randrange(ht)
        px[x, y] = 70 if px[x, y] > 128 else 225


def scan_sheets(feeds: Sequence[Feed], style: Scan, seed: int) -> list[tuple[Image.Image, tuple[float, float]]]:
    """Print, mark by hand, feed and scan: one (image, size in points) per sheet, in feeder order."""
    cache: dict[int, list[tuple[Image.Image, float]]] = {}
    out = []
    scale = style.dpi / 72
    for k, fd in enumerate(feeds):
        if id(fd.drawn) not in cache:
            cache[id(fd.drawn)] = render_pages(fd.drawn.pdf, style.dpi)
        clean, page_h = cache[id(fd.drawn)][fd.index]
        img = clean.copy()
        ink_on_image(img, fd.drawn.marks[fd.index], scale, page_h)
        if fd.sticky:
            sticky_note(img, fd.sticky[0], fd.sticky[1], fd.sticky[2], scale, seed + k)
        img = degrade(img, style, seed * 37 + k)
        if fd.flip:  # the sheet went into the feeder the wrong way round
            img = img.rotate(180)
        draw = ImageDraw.Draw(img)
        if style.imprint:  # the endorser prints in feed direction, whatever way the sheet lies
            draw.text((img.size[0] - 0.3 * style.dpi, 0.16 * style.dpi), style.imprint.format(n=k + 1), fill=90,
                      font=font_px(IMPRINT_FONT, round(6.5 * scale)), anchor="rt")
        if style.fax:
            shrunk = img.resize((round(img.size[0] * 0.965), round(img.size[1] * 0.965)),
                                Image.Resampling.BILINEAR)
            page = Image.new("L", img.size, 255)
            page.paste(shrunk, ((img.size[0] - shrunk.size[0]) // 2, img.size[1] - shrunk.size[1]))
            ImageDraw.Draw(page).text((0.25 * style.dpi, 0.12 * style.dpi),
                                      style.header.format(page=k + 1, pages=len(feeds)), fill=0,
                                      font=font_px(IMPRINT_FONT, round(8.5 * scale)), anchor="lt")
            img = page
        speckle(img, style.noise, seed * 101 + k)
        if style.fax:
            img = img.point(lambda v: 255 if v > 150 else 0)
        size = (img.size[0] * 72 / style.dpi, img.size[1] * 72 / style.dpi)
        out.append((img, size))
    return out


def images_pdf(sheets: Sequence[tuple[Image.Image, tuple[float, float]]], style: Scan) -> bytes:
    """An image-only PDF: grey JPEG pages, or black-and-white pages for a fax."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=letter, invariant=1)
    c.setCreator(TOOL)
    for img, size in sheets:
        c.setPageSize(size)
        data = io.BytesIO()
        if style.fax:
            img.convert("1").convert("L").save(data, "PNG")
        else:
            img.save(data, "JPEG", quality=style.quality, optimize=True)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=size[0], height=size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- text helpers ---------------------------------------------------------------------------------------------


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


# --- pay: a national payroll provider's earnings statement ------------------------------------------------------


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.0425
    deductions: tuple[tuple[str, float], ...] = ()

    def taxes(self, gross: float) -> dict[str, float]:
        return {"Federal Income Tax": r2(gross * self.fed), "Social Security Tax": r2(gross * 0.062),
                "Medicare Tax": r2(gross * 0.0145), "VA State Income Tax": r2(gross * self.state)}


@dataclass
class Job:
    employer: str
    address: tuple[str, str]
    employee: str
    home: tuple[str, str]
    emp_no: str
    dept: str
    frequency: str  # biweekly | semimonthly
    rate: float  # hourly rate, or the annual salary of a semi-monthly salaried job
    hours: float  # regular hours a period (bi-weekly)
    wh: Withholding
    first_pay: dt.date  # the year's first bi-weekly payday
    company_code: str

    def schedule(self, year: int) -> list[tuple[dt.date, dt.date, dt.date]]:
        """(pay date, period start, period end) of every check paid in `year`."""
        out = []
        if self.frequency == "biweekly":
            d = self.first_pay
            while d.year == year:
                end = d - dt.timedelta(days=6)
                out.append((d, end - dt.timedelta(days=13), end))
                d += dt.timedelta(days=14)
            return out
        for month in range(1, 13):  # 1st-15th paid on the 20th; 16th-month end paid on the 5th of the next month
            prev_y, prev_m = (year - 1, 12) if month == 1 else (year, month - 1)
            out.append((weekday_before(dt.date(year, month, 5)), dt.date(prev_y, prev_m, 16),
                        month_end(prev_y, prev_m)))
            out.append((weekday_before(dt.date(year, month, 20)), dt.date(year, month, 1), dt.date(year, month, 15)))
        return out

    def lines(self, pay_date: dt.date) -> dict[str, tuple[float, float, float]]:
        """label -> (hours, rate, amount) of the check paid on pay_date."""
        if self.frequency == "semimonthly":
            return {"Salary": (0.0, 0.0, r2(self.rate / 24))}
        rr = random.Random(f"{self.emp_no}{pay_date}")
        reg = rr.choice([self.hours, self.hours, self.hours, self.hours - 4])
        ot = rr.choice([0.0, 0.0, 1.5, 3.0, 4.5])
        out = {"Regular": (reg, self.rate, r2(reg * self.rate))}
        if ot:
            out["Overtime"] = (ot, r2(self.rate * 1.5), r2(ot * r2(self.rate * 1.5)))
        return out


@dataclass
class Stub:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    history: list[tuple[dt.date, float]]  # (pay date, net) of every check this year up to this one

    @property
    def monthly(self) -> float:
        return float(self.fields["monthly_gross"])


def net_of(gross: float, wh: Withholding) -> float:
    return r2(gross - sum(wh.taxes(gross).values()) - sum(v for _, v in wh.deductions))


def earnings_statement(job: Job, pay_date: dt.date) -> Stub:
    """Harrowgate National Payroll's "Earnings Statement": company code row at the top left, the period and pay
    date at the top right, the employee's name and home address at the right, Earnings (rate / hours / this period
    / year to date), Deductions (Statutory, Other), Net Pay, an Other Benefits and Information panel, a NET PAY
    DISTRIBUTION table and, BOTTOM LEFT, the employer's name and address block. The frequency is not printed."""
    sched = [s for s in job.schedule(pay_date.year) if s[0] <= pay_date]
    assert sched[-1][0] == pay_date, (job.employer, pay_date)
    _, start, end = sched[-1]
    checks = [(d, job.lines(d)) for d, _, _ in sched]
    ytd: dict[str, float] = {}
    history = []
    for d, lines in checks:
        gross = r2(sum(v[2] for v in lines.values()))
        items = {k: v[2] for k, v in lines.items()}
        items.update(job.wh.taxes(gross))
        items.update(dict(job.wh.deductions))
        items["GROSS"] = gross
        for k, v in items.items():
            ytd[k] = r2(ytd.get(k, 0.0) + v)
        history.append((d, net_of(gross, job.wh)))
    lines = checks[-1][1]
    gross = r2(sum(v[2] for v in lines.values()))
    taxes = job.wh.taxes(gross)
    net = net_of(gross, job.wh)
    savings = 50.0 if net > 900 else 25.0
    voucher = f"{random.Random(job.emp_no + str(pay_date)).randrange(10000, 99999)}"
    pretax = sum(v for k, v in job.wh.deductions if "401(k)" in k or "Medical" in k)
    fields = {"employer": job.employer, "employee_name": job.employee, "pay_date": pay_date.isoformat(),
              "period_start": start.isoformat(), "period_end": end.isoformat(), "frequency": job.frequency,
              "gross_current": gross, "gross_ytd": ytd["GROSS"], "net_current": net,
              "monthly_gross": r2(gross * PERIODS[job.frequency] / 12)}

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 6.5)
        for x, cap, val in ((40, "COMPANY CODE", job.company_code), (120, "LOC/DEPT", job.dept),
                            (190, "VOUCHER NO.", voucher), (250, "PAGE", "1 of 1")):
            c.drawString(x, 752, cap)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(x, 742, val)
            c.setFont("Helvetica", 6.5)
        c.setFont("Helvetica-Bold", 17)
        c.drawRightString(572, 746, "Earnings Statement")
        c.setFont("Helvetica", 8.5)
        for i, (cap, d) in enumerate((("Period Starting:", start), ("Period Ending:", end), ("Pay Date:", pay_date))):
            c.drawString(440, 728 - 11 * i, cap)
            c.drawRightString(572, 728 - 11 * i, mdy(d))
        c.setFont("Helvetica", 8)
        c.drawString(40, 712, "Taxable Marital Status:  Married filing jointly")
        c.drawString(40, 701, "Exemptions/Allowances:   Federal: Standard    VA: 2")
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(360, 686, job.employee.upper())
        c.setFont("Helvetica", 9)
        c.drawString(360, 674, job.home[0].upper())
        c.drawString(360, 663, job.home[1].upper())
        # earnings
        y = 640
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Earnings")
        c.setFont("Helvetica-Oblique", 7.5)
        for x, t in ((165, "rate"), (215, "hours"), (285, "this period"), (355, "year to date")):
            c.drawRightString(x, y, t)
        c.setLineWidth(0.5)
        c.line(40, y - 4, 360, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for label in ("Salary", "Regular", "Overtime"):
            if label not in ytd:
                continue
            hrs, rate, amt = lines.get(label, (0.0, 0.0, 0.0))
            c.drawString(48, y, label)
            if hrs:
                c.drawRightString(165, y, f"{rate:.4f}")
                c.drawRightString(215, y, f"{hrs:.2f}")
            if amt:
                c.drawRightString(285, y, money(amt))
            c.drawRightString(355, y, money(ytd[label]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 2, "Gross Pay")
        c.drawRightString(285, y - 2, money(gross))
        c.drawRightString(355, y - 2, money(ytd["GROSS"]))
        y -= 24
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "Deductions")
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(110, y, "Statutory")
        c.line(40, y - 4, 360, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, v in taxes.items():
            c.drawString(48, y, k)
            c.drawRightString(285, y, "-" + money(v))
            c.drawRightString(355, y, money(ytd[k]))
            y -= 12
        if job.wh.deductions:
            c.setFont("Helvetica-Oblique", 8)
            c.drawString(110, y - 2, "Other")
            y -= 14
            c.setFont("Helvetica", 8.5)
            for k, v in job.wh.deductions:
                c.drawString(48, y, k)
                c.drawRightString(285, y, "-" + money(v))
                c.drawRightString(355, y, money(ytd[k]))
                y -= 12
        c.setLineWidth(0.8)
        c.line(200, y + 6, 360, y + 6)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, y - 8, "Net Pay")
        c.drawRightString(285, y - 8, "$" + money(net))
        # right panel
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(390, 640, "Other Benefits and Information")
        c.line(390, 636, 572, 636)
        c.setFont("Helvetica", 8)
        c.drawString(396, 624, "Vacation Hrs Avail")
        c.drawRightString(572, 624, f"{random.Random(voucher).randrange(20, 90)}.00")
        c.drawString(396, 613, "Sick Hrs Avail")
        c.drawRightString(572, 613, f"{random.Random(voucher + 's').randrange(8, 40)}.00")
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(390, 590, "Important Notes")
        c.line(390, 586, 572, 586)
        c.setFont("Helvetica", 7.5)
        c.drawString(396, 575, "YOUR FEDERAL TAXABLE WAGES THIS PERIOD")
        c.drawString(396, 565, f"ARE ${money(r2(gross - pretax))}")
        c.drawString(396, 550, "DIRECT DEPOSIT ENROLLMENT CHANGES TAKE")
        c.drawString(396, 540, "EFFECT WITHIN TWO PAY PERIODS.")
        # net pay distribution
        ty = y - 44
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, ty, "Net Pay Distribution")
        ty -= 6
        c.setFillGray(0.86)
        c.rect(40, ty - 14, 330, 14, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, ty - 10, "ACCOUNT TYPE")
        c.drawString(150, ty - 10, "ACCOUNT NUMBER")
        c.drawRightString(364, ty - 10, "AMOUNT")
        c.setFont("Helvetica", 8.5)
        rows = (("Checking", f"xxxxxx{job.emp_no[-2:]}41", r2(net - savings)),
                ("Savings", f"xxxxxx{job.emp_no[-2:]}09", savings))
        for i, (kind, acct, amt) in enumerate(rows):
            yy = ty - 14 - 14 * (i + 1)
            c.rect(40, yy, 330, 14, stroke=1, fill=0)
            c.drawString(46, yy + 4, kind)
            c.drawString(150, yy + 4, acct)
            c.drawRightString(364, yy + 4, money(amt))
        # the employer's block, bottom left
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 118, job.employer.upper())
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 107, job.address[0])
        c.drawString(40, 96, job.address[1])
        c.setDash(2, 2)
        c.line(40, 84, 572, 84)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawString(40, 74, "NON-NEGOTIABLE  -  THIS IS NOT A CHECK")
        c.drawRightString(572, 74, "Harrowgate National Payroll  -  Earnings Statement  -  HNP-ES 4.2")
        return []

    return Stub(Paper([page]), fields, pay_date, history)


# --- bank statements ------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def maple_run_statement(rng: random.Random, holder: Sequence[str], acct: str, year: int, month: int, begin: float,
                        deposits: Sequence[tuple[int, str, float]], first_check: int) -> Statement:
    """Maple Run Commerce Bank's two-page BUSINESS CHECKING STATEMENT: a facts box at the top right (Statement
    Period, Account Number, Page n of 2), the business as account holder, an ACCOUNT SUMMARY of Previous Balance /
    Deposits / Checks / Other Debits / Service Charges / Current Balance, DEPOSITS AND CREDITS on page 1, CHECKS
    PAID in three columns, OTHER DEBITS and a DAILY BALANCE SUMMARY on page 2."""
    bank = "Maple Run Commerce Bank"
    start, end = dt.date(year, month, 1), month_end(year, month)
    span = (end - start).days
    deps = sorted((start + dt.timedelta(days=d - 1), desc, amt) for d, desc, amt in deposits)
    checks = []
    number = first_check
    for _ in range(rng.randint(3, 5)):
        number += rng.choice([1, 1, 1, 2])
        checks.append((number, start + dt.timedelta(days=rng.randrange(2, span + 1)), r2(rng.uniform(60, 640))))
    debits = [(start + dt.timedelta(days=rng.randrange(span + 1)), desc, r2(rng.uniform(lo, hi)))
              for desc, lo, hi in (("CARD PURCHASE LOWE'S #0578", 40, 380), ("CARD PURCHASE SHEETZ 0412", 35, 140),
                                   ("ACH DEBIT VA DEPT TAXATION EST TAX", 150, 420),
                                   ("ACH DEBIT PIEDMONT MUTUAL INS", 90, 260), ("CARD PURCHASE STAPLES 1187", 20, 90))]
    fee = 12.00
    total_dep = r2(sum(a for _, _, a in deps))
    spent = r2(sum(a for _, _, a in checks) + sum(a for _, _, a in debits) + fee)
    draw_amt = r2(max(0.0, total_dep - spent - rng.uniform(-350, 450)))
    debits.append((start + dt.timedelta(days=min(span, 26)), f"ONLINE TRANSFER TO CHK ...{acct[-2:]}19 OWNER DRAW",
                   draw_amt))
    debits.sort()
    ending = r2(begin + total_dep - spent - draw_amt)
    assert ending > 0, ending
    events = [(d, a) for d, _, a in deps] + [(d, -a) for _, d, a in checks] + [(d, -a) for d, _, a in debits]
    events.append((end, -fee))
    daily = []
    bal = begin
    for d in sorted({e[0] for e in events}):
        bal = r2(bal + sum(a for dd, a in events if dd == d))
        daily.append((d, bal))
    assert abs(daily[-1][1] - ending) < 0.005

    def head(c: Canvas, n: int) -> None:
        c.setFillColor(Color(0.12, 0.36, 0.2))
        c.rect(40, 728, 30, 30, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(55, 739, "MR")
        c.setFillColor(Color(0.12, 0.36, 0.2))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(78, 744, bank)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(78, 733, "P.O. Box 4410, Daleville, VA 24083  |  Customer Care (540) 555-0185  |  Member FDIC")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(572, 748, "BUSINESS CHECKING STATEMENT")
        c.setLineWidth(0.6)
        c.rect(392, 680, 180, 58, stroke=1, fill=0)
        c.setFont("Helvetica", 7.5)
        rows = (("Statement Period", f"{mdy(start)} through {mdy(end)}"), ("Account Number", f"XXXXXX{acct[-4:]}"),
                ("Page", f"{n} of 2"))
        for i, (k, v) in enumerate(rows):
            y = 728 - 8 - 16 * i if i else 728
            c.drawString(398, y, k)
            c.setFont("Helvetica-Bold", 8)
            c.drawRightString(566, y - 9 if i == 0 else y, v)
            c.setFont("Helvetica", 7.5)

    def band(c: Canvas, y: float, title: str) -> float:
        c.setFillGray(0.85)
        c.rect(40, y - 4, 532, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, title)
        return y - 18

    def page1(c: Canvas) -> list[Mark]:
        head(c, 1)
        c.setFont("Helvetica", 9)
        y = 700
        for ln in holder:
            c.drawString(60, y, ln.upper())
            y -= 11
        y = band(c, 610, "ACCOUNT SUMMARY")
        c.setFont("Helvetica", 8.5)
        summary = (("Previous Balance", money(begin)), (f"{len(deps)} Deposits/Credits", money(total_dep)),
                   (f"{len(checks)} Checks", "-" + money(r2(sum(a for _, _, a in checks)))),
                   (f"{len(debits)} Other Debits", "-" + money(r2(sum(a for _, _, a in debits)))),
                   ("Service Charges", "-" + money(fee)), ("Current Balance", money(ending)))
        for k, v in summary:
            c.setFont("Helvetica-Bold" if "Balance" in k else "Helvetica", 8.5)
            c.drawString(60, y, k)
            c.drawRightString(330, y, v)
            y -= 12
        y = band(c, y - 10, "DEPOSITS AND CREDITS")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y, "DATE")
        c.drawString(100, y, "DESCRIPTION")
        c.drawRightString(568, y, "AMOUNT")
        y -= 12
        c.setFont("Helvetica", 8.5)
        for d, desc, a in deps:
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(568, y, money(a))
            y -= 11.5
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y - 2, "Total Deposits and Credits")
        c.drawRightString(568, y - 2, money(total_dep))
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "Continued on next page")
        return []

    def page2(c: Canvas) -> list[Mark]:
        head(c, 2)
        y = band(c, 660, "CHECKS PAID")
        c.setFont("Helvetica-Bold", 7.5)
        for col in range(3):
            x = 44 + col * 178
            c.drawString(x, y, "CHECK NO.")
            c.drawString(x + 60, y, "DATE")
            c.drawRightString(x + 166, y, "AMOUNT")
        y -= 12
        c.setFont("Helvetica", 8.5)
        for i, (num, d, a) in enumerate(checks):
            col, row = i % 3, i // 3
            x = 44 + col * 178
            gap = i > 0 and num != checks[i - 1][0] + 1
            c.drawString(x, y - 12 * row, f"{num}{'*' if gap else ''}")
            c.drawString(x + 60, y - 12 * row, d.strftime("%m/%d"))
            c.drawRightString(x + 166, y - 12 * row, money(a))
        y -= 12 * ((len(checks) + 2) // 3) + 4
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(44, y, "* indicates a break in check number sequence")
        y = band(c, y - 20, "OTHER DEBITS")
        c.setFont("Helvetica", 8.5)
        for d, desc, a in [*debits, (end, "MONTHLY MAINTENANCE FEE", fee)]:
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(100, y, desc)
            c.drawRightString(568, y, money(a))
            y -= 11.5
        y = band(c, y - 10, "DAILY BALANCE SUMMARY")
        c.setFont("Helvetica", 8.5)
        rows = (len(daily) + 2) // 3
        for i, (d, b) in enumerate(daily):
            col, row = divmod(i, rows)
            x = 44 + col * 178
            c.drawString(x, y - 11.5 * row, d.strftime("%m/%d"))
            c.drawRightString(x + 166, y - 11.5 * row, money(b))
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "Please examine this statement promptly and report any discrepancy within 30 days. "
                             "Equal Housing Lender.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page1, page2]), fields, end, acct)


def hollins_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                      begin: float, credits: Sequence[tuple[dt.date, str, float]]) -> Statement:
    """Hollins Ridge Federal Credit Union's one-page member statement: a Date / Transaction Description /
    Withdrawals / Deposits / Balance register opened by "Beginning Balance" and closed by "Ending Balance", and a
    summary box at the foot."""
    bank = "Hollins Ridge Federal Credit Union"
    start, end = dt.date(year, month, 1), month_end(year, month)
    span = (end - start).days
    lines = [(d, desc, a) for d, desc, a in credits]
    for desc, lo, hi in (("APPALACHIAN POWER AUTOPAY", 90, 210), ("VALLEY FRESH MARKET #12", 60, 180),
                         ("VALLEY FRESH MARKET #12", 40, 150), ("ROANOKE GAS CO ONLINE PMT", 30, 80),
                         ("SHEETZ 0412 POS", 25, 70), ("ATM WITHDRAWAL 4417 FRANKLIN RD", 40, 120),
                         ("LUMOS FIBER AUTOPAY", 65, 85), ("PIEDMONT AUTO FINANCE PMT", 380, 420),
                         ("LAUREL COURT CONDO ASSN DUES", 285, 285), ("BLUE RIDGE MUTUAL INS AUTOPAY", 110, 160)):
        lines.append((start + dt.timedelta(days=rng.randrange(4, span + 1)), desc, -r2(rng.uniform(lo, hi))))
    # the mortgage goes out after the month's pay and rent are in; a card payment takes most of what is left
    lines.append((dt.date(year, month, 20), "BLUE RIDGE HOME LN MTG PMT", -1392.40))
    spare = r2(sum(a for _, _, a in lines) - rng.uniform(-250, 300))
    lines.append((end, "VALLEY CARD SERVICES ONLINE PMT", -max(40.0, spare)))
    lines.sort(key=lambda t: (t[0], -t[2]))
    rows = []
    bal = begin
    for d, desc, a in lines:
        bal = r2(bal + a)
        rows.append((d, desc, a, bal))
    ending = bal
    assert min(r[3] for r in rows) > 0, (holder, month, rows)
    dep = [a for _, _, a in lines if a > 0]
    wd = [-a for _, _, a in lines if a < 0]

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.42, 0.12, 0.16))
        c.setFont("Times-Bold", 18)
        c.drawString(40, 744, "HOLLINS RIDGE")
        c.setFont("Times-Roman", 9)
        c.drawString(40, 733, "FEDERAL CREDIT UNION")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 722, "7719 Williamson Road NW, Roanoke, VA 24019  -  (540) 555-0163  -  "
                              "Federally insured by NCUA")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(572, 746, "Account Statement")
        c.setFont("Helvetica", 8.5)
        c.drawRightString(572, 733, f"Statement Period: {mdy(start)} - {mdy(end)}")
        c.drawRightString(572, 722, f"Member Account: ****{acct[-4:]}")
        c.drawRightString(572, 711, "Page 1 of 1")
        c.setFont("Helvetica", 9)
        y = 690
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 11
        c.setFillColor(Color(0.42, 0.12, 0.16))
        c.rect(40, 616, 532, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, 620, f"EVERYDAY CHECKING (SHARE DRAFT 10)  -  ACCOUNT ****{acct[-4:]}")
        c.setFillColor(black)
        y = 602
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(44, y, "DATE")
        c.drawString(90, y, "TRANSACTION DESCRIPTION")
        for x, t in ((410, "WITHDRAWALS"), (484, "DEPOSITS"), (568, "BALANCE")):
            c.drawRightString(x, y, t)
        c.setLineWidth(0.5)
        c.line(40, y - 4, 572, y - 4)
        y -= 15
        c.setFont("Helvetica", 8.5)
        c.drawString(44, y, start.strftime("%m/%d"))
        c.drawString(90, y, "Beginning Balance")
        c.drawRightString(568, y, money(begin))
        y -= 12
        for d, desc, a, b in rows:
            c.drawString(44, y, d.strftime("%m/%d"))
            c.drawString(90, y, desc)
            c.drawRightString(410 if a < 0 else 484, y, money(abs(a)))
            c.drawRightString(568, y, money(b))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, end.strftime("%m/%d"))
        c.drawString(90, y, "Ending Balance")
        c.drawRightString(568, y, money(ending))
        y -= 30
        c.rect(330, y - 62, 242, 70, stroke=1, fill=0)
        c.setFont("Helvetica", 8.5)
        for i, (k, v) in enumerate((("Beginning Balance", money(begin)),
                                    (f"Total Deposits ({len(dep)})", money(r2(sum(dep)))),
                                    (f"Total Withdrawals ({len(wd)})", money(r2(sum(wd)))),
                                    ("Ending Balance", money(ending)), ("Dividends Paid Year to Date", "0.00"))):
            c.drawString(338, y - 4 - 12 * i, k)
            c.drawRightString(564, y - 4 - 12 * i, v)
        c.setFont("Helvetica", 7)
        c.drawString(40, y - 4, "Questions about an electronic transfer? Call us or write")
        c.drawString(40, y - 13, "to the address above within 60 days of this statement.")
        return []

    fields = {"bank_name": bank, "account_last4": acct[-4:], "period_start": start.isoformat(),
              "period_end": end.isoformat(), "beginning_balance": begin, "ending_balance": ending}
    return Statement(Paper([page]), fields, end, acct)


# --- profit and loss statements, 1099-NEC, lease, unemployment history ------------------------------------------


@dataclass
class PnL:
    paper: Paper
    start: dt.date
    end: dt.date
    net: float
    shown: dict[str, str] = field(default_factory=dict)


def qb_profit_loss(company: str, start_month: int, end_month: int, year: int,
                   income: Sequence[tuple[str, float]], expenses: Sequence[tuple[str, float]], printed: dt.datetime,
                   signed_on: dt.date | None, seed: int) -> PnL:
    """A QuickBooks-like "Profit & Loss" report: time, date and "Accrual Basis" at the top left, the company, the
    report name and "January through May 2046" centred, one column "Jan - May 46", the account tree Ordinary
    Income/Expense > Income > accounts > Total Income, Expense > accounts > Total Expenses, Net Ordinary Income and a
    double-ruled Net Income. Signed only when the owner put a pen (or a PDF editor's signature) under it."""
    start = dt.date(year, start_month, 1)
    end = month_end(year, end_month)
    m1, m2 = start.strftime("%B"), end.strftime("%B")
    period = f"{m1} through {m2} {year}"
    col = f"{start.strftime('%b')} - {end.strftime('%b')} {year % 100:02d}"
    tot_in = r2(sum(a for _, a in income))
    tot_ex = r2(sum(a for _, a in expenses))
    net = r2(tot_in - tot_ex)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 752, printed.strftime("%I:%M %p").lstrip("0"))
        c.drawString(40, 742, printed.strftime("%m/%d/%y"))
        c.drawString(40, 732, "Accrual Basis")
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(W / 2, 752, company)
        c.setFont("Helvetica-Bold", 15)
        c.drawCentredString(W / 2, 735, "Profit & Loss")
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(W / 2, 721, period)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawRightString(540, 696, col)
        c.setLineWidth(0.8)
        c.line(470, 692, 542, 692)
        y = 678
        rows: list[tuple[int, str, float | None, str]] = [(0, "Ordinary Income/Expense", None, "b"),
                                                           (1, "Income", None, "b")]
        rows += [(2, name, amt, "") for name, amt in income]
        rows += [(1, "Total Income", tot_in, "bt"), (1, "Expense", None, "b")]
        rows += [(2, name, amt, "") for name, amt in expenses]
        rows += [(1, "Total Expenses", tot_ex, "bt"), (0, "Net Ordinary Income", net, "bt"),
                 (0, "Net Income", net, "bd")]
        for indent, label, amt, style in rows:
            c.setFont("Helvetica-Bold" if "b" in style else "Helvetica", 8.5)
            c.drawString(44 + 14 * indent, y, label)
            if amt is not None:
                if "t" in style:
                    c.setLineWidth(0.5)
                    c.line(470, y + 9, 542, y + 9)
                c.drawRightString(540, y, money(amt))
                if "d" in style:
                    c.line(470, y - 3, 542, y - 3)
                    c.line(470, y - 5, 542, y - 5)
            y -= 14 if style else 12
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 40, "Page 1 of 1")
        marks = []
        if signed_on is not None:
            marks += [Mark("sig", 300, y - 40, w=120, seed=seed), Mark("hand", 468, y - 38, mdy(signed_on),
                                                                       size=11, seed=seed + 1)]
        return marks

    shown = {"period_start": period, "period_end": period}
    return PnL(Paper([page]), start, end, net, shown)


def typed_profit_loss(business: str, owner: str, address: str, start: dt.date, end: dt.date, title: str,
                      receipts: float, refunds: float, expenses: Sequence[tuple[str, float]],
                      signed_on: dt.date, seed: int) -> PnL:
    """A typed one-page statement the owner made in a word processor and signed: the business in bold capitals
    and the owner and address on a line under it, a rule, the title, "Period covered: mm/dd/yyyy through
    mm/dd/yyyy", "Accounting method: Cash", a ruled Line | Description | Amount table (INCOME and EXPENSES bands,
    Total income, Total expenses, a shaded NET PROFIT (LOSS) row), the owner's certification and signature."""
    total_in = r2(receipts - refunds)
    tot_ex = r2(sum(a for _, a in expenses))
    net = r2(total_in - tot_ex)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, 738, business.upper())
        c.setFont("Helvetica", 8.5)
        c.drawString(60, 726, f"{owner}, Owner  -  {address}")
        c.setLineWidth(1.4)
        c.line(60, 718, 552, 718)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(60, 694, title)
        c.setFont("Helvetica", 9.5)
        c.drawString(60, 678, f"Period covered: {mdy(start)} through {mdy(end)}")
        c.drawString(60, 665, "Accounting method: Cash")
        y = 640
        c.setLineWidth(0.5)
        c.setFillGray(0.25)
        c.rect(60, y - 4, 492, 16, stroke=1, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(66, y + 1, "LINE")
        c.drawString(110, y + 1, "DESCRIPTION")
        c.drawRightString(546, y + 1, "AMOUNT")
        c.setFillColor(black)
        y -= 20
        n = 0

        def row(label: str, amount: float | None, bold: bool = False, shade: float | None = None) -> None:
            nonlocal y, n
            if shade is not None:
                c.setFillGray(shade)
                c.rect(60, y - 5, 492, 17, stroke=1, fill=1)
                c.setFillColor(black)
            else:
                c.rect(60, y - 5, 492, 17, stroke=1, fill=0)
            c.line(100, y - 5, 100, y + 12)
            c.line(440, y - 5, 440, y + 12)
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 9)
            if amount is not None:
                n += 1
                c.drawString(70, y, str(n))
                c.drawRightString(546, y, (f"({money(-amount)})" if amount < 0 else money(amount)))
            c.drawString(110, y, label)
            y -= 17

        row("INCOME", None, True, 0.88)
        row("Gross receipts or sales", receipts)
        row("Less returns and refunds", -refunds if refunds else 0.0)
        row("Total income", total_in, True)
        row("EXPENSES", None, True, 0.88)
        for label, amt in expenses:
            row(label, amt)
        row("Total expenses", tot_ex, True)
        row("NET PROFIT (LOSS)", net, True, 0.8)
        y -= 16
        y = paragraphs(c, 60, y, 492, [
            "I certify that this profit and loss statement is true, correct and complete to the best of my "
            "knowledge, and that it was prepared from the business's own books and bank records."],
            font="Helvetica", size=9, leading=12)
        y -= 26
        c.setLineWidth(0.6)
        c.line(60, y, 320, y)
        c.line(360, y, 500, y)
        c.setFont("Helvetica", 8)
        c.drawString(60, y - 10, "Owner's signature")
        c.drawString(360, y - 10, "Date")
        c.drawString(60, y - 30, f"Printed name: {owner}")
        return [Mark("sig", 72, y + 2, w=170, seed=seed), Mark("hand", 366, y + 3, mdy(signed_on), size=11,
                                                               seed=seed + 1)]

    return PnL(Paper([page]), start, end, net)


def form_1099nec(payer: Sequence[str], payer_phone: str, recipient: str, rec_addr: Sequence[str], ssn: str,
                 amount: float, year: int, acct: str) -> Paper:
    """Copy B of a Form 1099-NEC as a payer's software prints it on plain paper (an "other" paper)."""

    def page(c: Canvas) -> list[Mark]:
        top = 740
        c.setLineWidth(0.6)
        c.rect(40, top - 250, 532, 250, stroke=1, fill=0)
        c.line(300, top, 300, top - 250)
        c.line(430, top, 430, top - 130)
        for y in (top - 80, top - 110, top - 150, top - 190, top - 220):
            c.line(40, y, 300, y)
        c.line(170, top - 80, 170, top - 110)
        c.setFont("Helvetica", 6.5)
        c.drawString(44, top - 9, "PAYER'S name, street address, city or town, state or province, country, ZIP")
        c.drawString(44, top - 17, "or foreign postal code, and telephone no.")
        c.setFont("Courier", 9)
        for i, ln in enumerate([*payer, payer_phone]):
            c.drawString(48, top - 30 - 11 * i, ln)
        c.setFont("Helvetica", 6.5)
        c.drawString(44, top - 88, "PAYER'S TIN")
        c.drawString(174, top - 88, "RECIPIENT'S TIN")
        c.drawString(44, top - 118, "RECIPIENT'S name")
        c.drawString(44, top - 158, "Street address (including apt. no.)")
        c.drawString(44, top - 198, "City or town, state or province, country, and ZIP or foreign postal code")
        c.drawString(44, top - 228, "Account number (see instructions)")
        c.setFont("Courier", 9)
        c.drawString(48, top - 102, "**-***4417")
        c.drawString(178, top - 102, f"***-**-{ssn[-4:]}")
        c.drawString(48, top - 140, recipient)
        c.drawString(48, top - 180, rec_addr[0])
        c.drawString(48, top - 210, rec_addr[1])
        c.drawString(48, top - 242, acct)
        c.setFont("Helvetica", 6.5)
        c.drawString(434, top - 10, "OMB No. 1545-0116")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(434, top - 32, "Form 1099-NEC")
        c.setFont("Helvetica", 6.5)
        c.drawString(434, top - 42, "(Rev. January 2024)")
        c.drawString(434, top - 58, "For calendar year")
        c.setFont("Helvetica-Bold", 12)
        c.drawString(434, top - 72, str(year))
        c.setFont("Helvetica-Bold", 12)
        c.drawString(440, top - 108, "Nonemployee")
        c.drawString(440, top - 122, "Compensation")
        c.setFont("Helvetica", 6.5)
        c.drawString(304, top - 9, "1 Nonemployee compensation")
        c.setFont("Courier-Bold", 10)
        c.drawString(310, top - 28, f"$ {money(amount)}")
        c.line(300, top - 40, 430, top - 40)
        c.setFont("Helvetica", 6.5)
        c.drawString(304, top - 48, "2 Payer made direct sales totaling")
        c.drawString(304, top - 56, "$5,000 or more of consumer products")
        c.drawString(304, top - 64, "to recipient for resale")
        c.rect(412, top - 76, 7, 7, stroke=1, fill=0)
        c.line(300, top - 80, 430, top - 80)
        c.drawString(304, top - 88, "3")
        c.line(300, top - 110, 430, top - 110)
        c.drawString(304, top - 117, "4 Federal income tax withheld")
        c.setFont("Courier", 9)
        c.drawString(310, top - 127, "$ 0.00")
        c.line(300, top - 130, 572, top - 130)
        c.setFont("Helvetica", 6.5)
        c.drawString(304, top - 139, "5 State tax withheld")
        c.drawString(394, top - 139, "6 State/Payer's state no.")
        c.drawString(490, top - 139, "7 State income")
        c.setFont("Courier", 9)
        c.drawString(310, top - 152, "$ 0.00")
        c.drawString(398, top - 152, "VA")
        c.drawString(494, top - 152, f"$ {money(amount)}")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(440, top - 180, "Copy B")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(440, top - 192, "For Recipient")
        c.setFont("Helvetica", 6)
        for i, ln in enumerate(("This is important tax information and is", "being furnished to the IRS. If you are",
                                "required to file a return, a negligence", "penalty or other sanction may be imposed",
                                "on you if this income is taxable and the", "IRS determines that it has not been",
                                "reported.")):
            c.drawString(440, top - 202 - 7 * i, ln)
        c.setFont("Helvetica", 7)
        c.drawString(40, top - 262, "Form 1099-NEC (Rev. 1-2024)    (keep for your records)    www.irs.gov/Form1099NEC")
        c.drawRightString(572, top - 262, "Department of the Treasury - Internal Revenue Service")
        return []

    return Paper([page])


def lease(landlord: str, tenant: str, premises: str, made: dt.date, begins: dt.date, rent: float, deposit: float,
          seed: int) -> Paper:
    """A two-page residential lease from a state REALTORS-style template typed in (an "other" paper), signed by
    landlord and tenant on page 2; "Page 1 of 2" at the foot."""
    ends = dt.date(begins.year + 1, begins.month, 1) - dt.timedelta(days=1)
    clauses = [
        f"1. PARTIES. This Residential Lease Agreement (the \"Lease\") is made on {long_date(made)} between "
        f"{landlord} (\"Landlord\") and {tenant} (\"Tenant\").",
        f"2. PREMISES. Landlord leases to Tenant the dwelling located at {premises} (the \"Premises\"), together "
        "with the appliances now in it: range, refrigerator, dishwasher, washer and dryer.",
        f"3. TERM. The term of this Lease begins on {long_date(begins)} and ends on {long_date(ends)}. Unless either "
        "party gives written notice at least 60 days before the end of the term, the Lease continues from month to "
        "month on the same terms.",
        f"4. RENT. Tenant shall pay rent of ${money(rent)} per month, in advance, on or before the first day of each "
        "month, by check or electronic transfer to Landlord. Rent received after the fifth day of the month carries "
        "a late charge of ten percent of the monthly rent.",
        f"5. SECURITY DEPOSIT. Tenant has paid a security deposit of ${money(deposit)}, which Landlord holds as "
        "required by the Virginia Residential Landlord and Tenant Act and returns within 45 days after Tenant "
        "vacates, less lawful deductions itemized in writing.",
        "6. UTILITIES. Tenant pays electricity, gas, internet and cable. Landlord pays water, sewer and trash "
        "collection.",
        "7. USE AND OCCUPANCY. The Premises shall be used only as a private residence for Tenant and the persons "
        "listed in the application. No other person may live on the Premises for more than 14 days without "
        "Landlord's written consent.",
        "8. MAINTENANCE. Tenant shall keep the Premises clean and safe, and shall promptly notify Landlord of any "
        "condition that needs repair. Landlord shall make the repairs needed to keep the Premises fit and habitable.",
        "9. ENTRY. Landlord may enter the Premises at reasonable times after 24 hours' notice to inspect, make "
        "repairs or show the Premises, and at any time in an emergency.",
    ]
    clauses2 = [
        "10. PETS. No pets without Landlord's written consent, except service and support animals.",
        "11. ASSIGNMENT. Tenant shall not assign this Lease or sublet the Premises without Landlord's consent.",
        "12. RENTERS INSURANCE. Tenant is encouraged to carry renters insurance; Landlord's insurance does not "
        "cover Tenant's belongings.",
        "13. NOTICES. Notices shall be given in writing to the addresses of the parties shown below.",
        "14. ENTIRE AGREEMENT. This Lease is the entire agreement of the parties and may be changed only in a "
        "writing signed by both.",
    ]

    def foot(c: Canvas, n: int) -> None:
        c.setFont("Helvetica", 7.5)
        c.drawString(72, 40, "Virginia Residential Lease (form RL-2)")
        c.drawRightString(W - 72, 40, f"Page {n} of 2")

    def page1(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 16)
        c.drawCentredString(W / 2, 728, "RESIDENTIAL LEASE AGREEMENT")
        c.setFont("Times-Italic", 9.5)
        c.drawCentredString(W / 2, 714, "Commonwealth of Virginia")
        paragraphs(c, 72, 690, W - 144, clauses, size=10.5, leading=13.5, gap=7)
        foot(c, 1)
        return []

    def page2(c: Canvas) -> list[Mark]:
        y = paragraphs(c, 72, 730, W - 144, clauses2, size=10.5, leading=13.5, gap=7)
        y -= 10
        c.setFont("Times-Roman", 10.5)
        c.drawString(72, y, "IN WITNESS WHEREOF, the parties have signed this Lease on the dates below.")
        y -= 50
        marks = []
        for i, (role, name) in enumerate((("LANDLORD", landlord), ("TENANT", tenant))):
            yy = y - 70 * i
            c.setLineWidth(0.6)
            c.line(72, yy, 330, yy)
            c.line(370, yy, 520, yy)
            c.setFont("Times-Roman", 9.5)
            c.drawString(72, yy - 11, f"{role}: {name}")
            c.drawString(370, yy - 11, "Date")
            marks += [Mark("sig", 84, yy + 2, w=160, seed=seed + i),
                      Mark("hand", 376, yy + 3, mdy(made), size=11, seed=seed + 5 + i)]
        foot(c, 2)
        return marks

    return Paper([page1, page2])


def unemployment_history(claimant: str, claim_id: str, begins: dt.date, weekly: float, printed: dt.datetime,
                         weeks: int) -> Paper:
    """A state benefits portal's PAYMENT HISTORY printed from the browser (an unemployment benefit paper)."""
    sats = []
    d = begins + dt.timedelta(days=(5 - begins.weekday()) % 7 + 7)
    for _ in range(weeks):
        sats.append(d)
        d += dt.timedelta(days=7)
    paid = [(s, s + dt.timedelta(days=4)) for s in sats if s + dt.timedelta(days=4) <= printed.date()]
    fed = r2(weekly * 0.10)
    url = "https://myclaim.cwbo.example.gov/claimant/payment-history"

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(24, 774, f"{printed.month}/{printed.day}/{printed.year % 100}, "
                              f"{printed.strftime('%I:%M %p').lstrip('0')}")
        c.drawCentredString(W / 2, 774, "Payment History | MyClaim")
        c.drawString(24, 18, url)
        c.drawRightString(W - 24, 18, "1/1")
        c.setFillColor(Color(0.1, 0.3, 0.28))
        c.rect(36, 720, W - 72, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(48, 740, "Commonwealth Workforce Benefits Office")
        c.setFont("Helvetica", 8)
        c.drawString(48, 728, "Unemployment Insurance  -  MyClaim claimant portal")
        c.drawRightString(W - 48, 736, f"Signed in: {claimant}  |  Log out")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(48, 696, "Payment History")
        c.setFont("Helvetica", 8.5)
        c.drawString(48, 682, f"Information current as of {mdy(printed.date())} {printed.strftime('%I:%M %p')}")
        facts = (("Claimant", claimant), ("Claim ID", claim_id), ("Benefit year begins", mdy(begins)),
                 ("Weekly benefit amount", "$" + money(weekly)), ("Maximum benefit amount", "$" + money(weekly * 26)),
                 ("Remaining balance", "$" + money(r2(weekly * 26 - weekly * len(paid)))))
        y = 660
        for k, v in facts:
            c.setFont("Helvetica", 8.5)
            c.drawString(48, y, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(190, y, v)
            y -= 12
        y -= 12
        heads = (("Week ending", 48, "l"), ("Date paid", 130, "l"), ("Gross", 270, "r"),
                 ("Federal tax withheld", 370, "r"), ("Net paid", 440, "r"), ("Method", 460, "l"))
        c.setFillGray(0.9)
        c.rect(44, y - 4, W - 88, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        for t, x, a in heads:
            (c.drawRightString if a == "r" else c.drawString)(x, y, t)
        y -= 15
        c.setFont("Helvetica", 8.5)
        for s, p in reversed(paid):
            c.drawString(48, y, mdy(s))
            c.drawString(130, y, mdy(p))
            c.drawRightString(270, y, "$" + money(weekly))
            c.drawRightString(370, y, "$" + money(fed))
            c.drawRightString(440, y, "$" + money(r2(weekly - fed)))
            c.drawString(460, y, "Direct deposit")
            c.setStrokeGray(0.8)
            c.line(44, y - 4, W - 44, y - 4)
            c.setStrokeColor(black)
            y -= 14
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 12, "Payments are issued after each weekly certification is processed. This page is not "
                                 "a Form 1099-G.")
        return []

    return Paper([page])


# --- letters ----------------------------------------------------------------------------------------------------


def typed_letter(writers: Sequence[str], address: Sequence[str], date: dt.date, loan: str, paras: Sequence[str],
                 ink: bool, seed: int) -> Paper:
    """A typed hardship letter in block style; the writers sign above their typed names when it is mailed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 724
        for ln in [" and ".join(writers), *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 16
        c.drawString(72, y, long_date(date))
        y -= 30
        for ln in (SERVICER, "Attn: Loss Mitigation Department", *SERVICER_ADDR):
            c.drawString(72, y, ln)
            y -= 14
        y -= 16
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"RE: Hardship letter - Loan number {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["Dear Loss Mitigation Team,", *paras], leading=14.5, gap=8)
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Respectfully,")
        marks = []
        for i, nm in enumerate(writers):
            x = 72 + 240 * i
            c.drawString(x, y - 56, nm)
            if ink:
                marks.append(Mark("sig", x, y - 44, w=150, seed=seed + i))
        return marks

    return Paper([page])


def handwritten_letter(writer: str, date: dt.date, loan: str, body: str, seed: int) -> Paper:
    """A letter written by hand on ruled note paper (a slanted serif italic face with a wandering baseline stands
    in for the pen); only the paper's rules and the synthetic line are printed."""
    size = 14.0
    font = ImageFont.truetype(str(SCRIPT_FONT), 100)

    def width(text: str) -> float:
        return font.getlength(text) * size / 100

    words = body.split()
    lines: list[str] = []
    cur = ""
    for wd in words:
        trial = f"{cur} {wd}".strip()
        if width(trial) > 430 and cur:
            lines.append(cur)
            cur = wd
        else:
            cur = trial
    lines.append(cur)

    def page(c: Canvas) -> list[Mark]:
        c.setStrokeColor(Color(0.62, 0.72, 0.85))
        c.setLineWidth(0.5)
        rules = [720 - 24 * i for i in range(28)]
        for y in rules:
            c.line(36, y, W - 36, y)
        c.setStrokeColor(Color(0.85, 0.5, 0.5))
        c.line(90, 760, 90, 30)
        c.setStrokeColor(black)
        marks = [Mark("script", 380, rules[0] + 3, mdy(date), size=size, seed=seed)]
        head = [SERVICER, f"Re: loan # {loan}", "", "To whom it may concern,"]
        k = 1
        for i, ln in enumerate([*head, *lines]):
            if ln:
                marks.append(Mark("script", 100 + (24 if i >= len(head) and i == len(head) else 0),
                                  rules[k + i] + 3, ln, size=size, seed=seed + 10 + i))
        last = k + len(head) + len(lines) + 1
        marks.append(Mark("script", 100, rules[last] + 3, "Thank you,", size=size, seed=seed + 90))
        marks.append(Mark("sig", 110, rules[last + 2] + 2, w=150, seed=seed + 91))
        marks.append(Mark("script", 100, rules[last + 3] + 3, writer, size=size, seed=seed + 92))
        return marks

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
    email: str
    occupancy: str
    hardships: list[str]  # in the order chosen (primary first)
    start: dt.date
    duration: str  # short | long | resolved
    rows: list[tuple[str, str, float]]  # (income code, who receives it, monthly gross)
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    description: str = ""
    assets: float = 0.0
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def income(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for code, _, amt in self.rows:
            out[code] = r2(out.get(code, 0.0) + amt)
        return out

    @property
    def total(self) -> float:
        return r2(sum(a for _, _, a in self.rows))

    def expected(self) -> dict[str, Any]:
        income = {k: v for k, v in self.income.items() if v > 0}
        income["total"] = self.total
        return {"loan_number": self.loan, "borrower_name": self.borrower, "co_borrower_name": self.co,
                "ssn_last4": self.ssn[-4:], "property_address": self.address, "occupancy": self.occupancy,
                "hardship_types": sorted(set(self.hardships)), "hardship_start_date": self.start.isoformat(),
                "income": income, "signed": self.b_signs and self.b_dates,
                "signed_on": self.signed_on.isoformat() if self.b_dates else None,
                "co_borrower_signed": None if self.co is None else self.co_signs}


HAA_HARDSHIP = {"unemployment": "Unemployment", "reduction_in_income": "Reduction in income",
                "increase_in_housing_expenses": "Increase in housing expenses", "disaster": "Disaster",
                "disability_or_illness": "Medical", "divorce_or_separation": "Divorce or legal separation",
                "separation_unmarried": "Separation of unmarried co-borrowers", "death": "Death in the household",
                "relocation": "Employment relocation", "other": "Other"}
HAA_INCOME = {"wages": "Employment (wages)", "self_employment": "Self-employment",
              "unemployment": "Unemployment benefits", "benefits_taxable": "Social Security or pension (taxable)",
              "benefits_nontaxable": "Non-taxable benefits", "rental": "Rental income (net)",
              "investment": "Investment income", "other": "Other income"}
HAA_OCC = {"primary_residence": "Primary residence", "second_home": "Second home",
           "investment_property": "Investment property"}
HAA_DURATION = {"short": "Short-term (6 months or less)", "long": "Long-term (more than 6 months)",
                "resolved": "Resolved"}
NAVY = Color(0.09, 0.2, 0.4)
TX0, TX1, TXM = 54.0, 558.0, 238.0  # the table's left edge, right edge and the Item | Response divide


def haa(app: App) -> Paper:
    """Blue Ridge Home Lending's two-page "Hardship Assistance Application" (BRHL-HAA): every answer in a ruled
    two-column table Item | Response, section rows shaded across the table, the income as rows Source | Who
    receives it | Monthly gross amount with a Combined monthly total, drop-down choices printed as their text."""

    def letterhead(c: Canvas, n: int) -> None:
        c.setStrokeColor(NAVY)
        c.setLineWidth(1.6)
        pts = [(54, 738), (64, 750), (71, 744), (80, 756), (90, 743), (97, 748), (104, 738)]
        path = c.beginPath()
        path.moveTo(*pts[0])
        for p in pts[1:]:
            path.lineTo(*p)
        c.drawPath(path, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFillColor(NAVY)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(112, 744, SERVICER)
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(112, 734, f"Loss Mitigation  |  {', '.join(SERVICER_ADDR)}  |  Phone {SERVICER_PHONE}  |  "
                               "Fax (540) 555-0119")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(TX1, 746, "Hardship Assistance Application")
        c.setFont("Helvetica", 7)
        c.drawRightString(TX1, 735, "Form BRHL-HAA (01/2046)")
        c.setLineWidth(1)
        c.setStrokeColor(NAVY)
        c.line(TX0, 726, TX1, 726)
        c.setStrokeColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(TX0, 30, "BRHL-HAA (01/2046)")
        c.drawRightString(TX1, 30, f"Page {n} of 2")

    def header_row(c: Canvas, y: float, cols: Sequence[tuple[float, str, str]]) -> float:
        c.setFillColor(NAVY)
        c.rect(TX0, y - 16, TX1 - TX0, 16, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 8.5)
        for x, t, a in cols:
            (c.drawRightString if a == "r" else c.drawString)(x, y - 11.5, t)
        c.setFillColor(black)
        return y - 16

    def section(c: Canvas, y: float, title: str) -> float:
        c.setFillGray(0.84)
        c.setLineWidth(0.5)
        c.rect(TX0, y - 16, TX1 - TX0, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(TX0 + 6, y - 11.5, title)
        return y - 16

    def row(c: Canvas, y: float, item: str, response: str | Sequence[str], h: float = 20.0) -> float:
        lines = [response] if isinstance(response, str) else list(response)
        h = max(h, 8 + 12 * len(lines))
        c.setLineWidth(0.5)
        c.rect(TX0, y - h, TXM - TX0, h, stroke=1, fill=0)
        c.rect(TXM, y - h, TX1 - TXM, h, stroke=1, fill=0)
        c.setFont("Helvetica", 8.5)
        c.drawString(TX0 + 6, y - 13, item)
        c.setFont("Helvetica", 10)
        for i, ln in enumerate(lines):
            c.drawString(TXM + 7, y - 13.5 - 12 * i, ln)
        return y - h

    def page1(c: Canvas) -> list[Mark]:
        letterhead(c, 1)
        y = paragraphs(c, TX0, 712, TX1 - TX0, [
            "Please answer every row that applies to you. Where a row offers a list of choices, choose one. List each "
            "source of income on page 2 once for every person who receives it. Sign and date page 2 and return the "
            "application with the documents named on the enclosed checklist."], font="Helvetica", size=8,
            leading=10)
        y = header_row(c, y - 4, [(TX0 + 6, "Item", "l"), (TXM + 7, "Response", "l")])
        y = section(c, y, "SECTION 1 - LOAN AND BORROWERS")
        for item, resp in (("Loan number", app.loan), ("Borrower name", app.borrower),
                           ("Borrower SSN (last 4 digits)", app.ssn[-4:]),
                           ("Co-borrower name (if any)", app.co or ""),
                           ("Co-borrower SSN (last 4 digits)", (app.co_ssn or "")[-4:]),
                           ("Best phone number", app.phone),
                           ("E-mail address", app.email), ("Preferred contact method", "Cell phone")):
            y = row(c, y, item, resp)
        y = section(c, y, "SECTION 2 - THE PROPERTY")
        for item, resp in (("Property street address", app.street),
                           ("City, state and ZIP code", f"{app.city}, {app.state} {app.zip}"),
                           ("Mailing address (if different)", ""), ("Property use", HAA_OCC[app.occupancy]),
                           ("What would you like to do?", "Keep the property"),
                           ("Is the property listed for sale?", "No"), ("HOA or condominium dues", "None")):
            y = row(c, y, item, resp)
        y = section(c, y, "SECTION 3 - HARDSHIP")
        second = HAA_HARDSHIP[app.hardships[1]] if len(app.hardships) > 1 else "None"
        desc = wrap(app.description, "Helvetica", 10, TX1 - TXM - 14)
        for item, resp in (("Hardship reason", HAA_HARDSHIP[app.hardships[0]]), ("Secondary reason", second),
                           ("Date hardship began", mdy(app.start)), ("Expected duration", HAA_DURATION[app.duration]),
                           ("Describe the hardship briefly", desc)):
            y = row(c, y, item, resp)
        return []

    def page2(c: Canvas) -> list[Mark]:
        letterhead(c, 2)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(TX0, 708, "Hardship Assistance Application (continued)")
        c.drawRightString(TX1, 708, f"Loan number: {app.loan}")
        y = section(c, 696, "SECTION 4 - MONTHLY HOUSEHOLD INCOME (gross, before taxes)")
        c.setFillGray(0.93)
        c.rect(TX0, y - 16, TX1 - TX0, 16, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(TX0 + 6, y - 11.5, "Source")
        c.drawString(TXM + 7, y - 11.5, "Who receives it")
        c.drawRightString(TX1 - 8, y - 11.5, "Monthly gross amount")
        y -= 16
        for code, who, amt in app.rows:
            c.rect(TX0, y - 20, TXM - TX0, 20, stroke=1, fill=0)
            c.rect(TXM, y - 20, 180, 20, stroke=1, fill=0)
            c.rect(TXM + 180, y - 20, TX1 - TXM - 180, 20, stroke=1, fill=0)
            c.setFont("Helvetica", 10)
            c.drawString(TX0 + 6, y - 13.5, HAA_INCOME[code])
            c.drawString(TXM + 7, y - 13.5, who)
            c.drawRightString(TX1 - 8, y - 13.5, "$" + money(amt))
            y -= 20
        c.setFillGray(0.95)
        c.rect(TX0, y - 20, TX1 - TX0, 20, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(TX0 + 6, y - 13.5, "Combined monthly total")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(TX1 - 8, y - 13.5, "$" + money(app.total))
        y -= 20
        y = section(c, y - 14, "SECTION 5 - ASSETS (do not include retirement accounts)")
        y = row(c, y, "Checking and savings balances", "$" + money(app.assets))
        y = row(c, y, "Other assets", "None")
        y = section(c, y - 14, "SECTION 6 - CERTIFICATION AND SIGNATURES")
        cert = wrap("I certify that the information in this application is true and complete and that the hardship I "
                    "described contributed to my need for mortgage assistance. I agree to provide the documents Blue "
                    "Ridge Home Lending requests and consent to a credit report for each borrower named above. "
                    "Knowingly false statements may violate federal law.", "Helvetica", 8, TX1 - TX0 - 12)
        h = 8 + 10 * len(cert)
        c.rect(TX0, y - h, TX1 - TX0, h, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        for i, ln in enumerate(cert):
            c.drawString(TX0 + 6, y - 11 - 10 * i, ln)
        y -= h
        marks: list[Mark] = []
        people = [("Borrower", app.b_signs, app.b_dates, 0), ("Co-borrower", bool(app.co) and app.co_signs,
                                                               bool(app.co) and app.co_signs, 1)]
        for role, signs, dates, k in people:
            y = row(c, y, f"{role} signature", "", h=32)
            if signs:
                marks.append(Mark("sig", TXM + 14, y + 7, w=170, seed=app.seed + k))
            y = row(c, y, "Date signed (mm/dd/yyyy)", "")
            if dates:
                marks.append(Mark("hand", TXM + 9, y + 6, mdy(app.signed_on), size=11, seed=app.seed + 5 + k))
        c.setFont("Helvetica", 7.5)
        c.drawString(TX0, y - 18, f"Return to {SERVICER}, Loss Mitigation, {', '.join(SERVICER_ADDR)}, or fax "
                                  "(540) 555-0119.")
        return marks

    return Paper([page1, page2])


F710_HARDSHIP = {h: f"Checkbox_{41 + i}" for i, h in enumerate(HARDSHIPS)}
F710_INCOME = {k: f"Number_{2 + i}" for i, k in enumerate(INCOMES)}
F710_OCC = {"primary_residence": "Checkbox_24", "second_home": "Checkbox_25", "investment_property": "Checkbox_26"}


def form710(app: App, screen: bool) -> Drawn:
    """The real Form 710 filled through its AcroForm. screen=True: typed and signed on the screen (drawn strokes
    laid over the signature line, the date typed into its field); False: printed, signed and dated in ink."""
    values: dict[str, str | bool] = {
        "Text_1": app.loan, "Text_2": app.borrower, "Text_3": app.ssn[-4:], "Email_1": app.email,
        "US_Phone_Number_1": app.phone, "Checkbox_1": True, "Checkbox_17": True, "Checkbox_23": True,
        "Text_6": app.address, F710_OCC[app.occupancy]: True, "Checkbox_27": True, "Checkbox_30": True,
        "Checkbox_35": True, "Checkbox_37": True, "Date_1": mdy(app.start),
        {"short": "Checkbox_38", "long": "Checkbox_39"}.get(app.duration, "Checkbox_40"): True,
        "Number_10": money(app.assets)}
    if app.co:
        values.update({"Text_4": app.co, "Text_5": (app.co_ssn or "")[-4:]})
    for h in app.hardships:
        values[F710_HARDSHIP[h]] = True
    if "other" in app.hardships:
        values["Text_9"] = app.description[:80]
    for k, v in app.income.items():
        if v > 0:
            values[F710_INCOME[k]] = money(v)
    marks: list[list[Mark]] = [[], [], [], []]
    if app.b_signs:
        marks[3].append(Mark("sig", 150, 348, w=200, seed=app.seed))
    if app.co and app.co_signs:
        marks[3].append(Mark("sig", 162, 310, w=190, seed=app.seed + 1))
    if screen:
        if app.b_dates:
            values["Date_3"] = mdy(app.signed_on)
        if app.co and app.co_signs:
            values["Date_4"] = mdy(app.signed_on)
    else:
        if app.b_dates:
            marks[3].append(Mark("hand", 430, 346, mdy(app.signed_on), size=12, seed=app.seed + 5))
        if app.co and app.co_signs:
            marks[3].append(Mark("hand", 430, 308, mdy(app.signed_on), size=12, seed=app.seed + 6))
    writer = PdfWriter(clone_from=PdfReader(FORM710))
    for i, page in enumerate(writer.pages):
        widgets = {str(r.get_object().get("/T", "")): r.get_object() for r in page.get("/Annots") or []}
        texts = {}
        for name, value in values.items():
            if name not in widgets:
                continue
            w = widgets[name]
            if isinstance(value, bool):
                states = [str(k) for k in w["/AP"]["/N"] if str(k) != "/Off"]
                state = NameObject(states[0] if value else "/Off")
                w[NameObject("/V")] = state
                w[NameObject("/AS")] = state
            else:
                texts[name] = value
        if texts:
            writer.update_page_form_field_values(page, texts, auto_regenerate=False)
        buf = io.BytesIO()
        c = Canvas(buf, pagesize=letter, invariant=1)
        if screen:
            apply_screen_marks(c, marks[i])
        synth_line(c)
        c.showPage()
        c.save()
        page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    writer.set_need_appearances_writer(True)
    pdf = fixed_pypdf_bytes(writer, f"az710{app.loan}")
    extra = " ".join(v for v in values.values() if isinstance(v, str))
    return Drawn(pdf, marks, extra, {k for k, v in values.items() if v is True})


def form4506c(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
              signed_on: dt.date, phone: str, screen: bool, seed: int, synth: float = 0.72) -> Drawn:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), typed over by the servicer for the borrower and signed
    on the screen (the date typed) or in ink (the date written)."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Larkspur Verification Services LLC"),
           (312, 506, "LVS-40922"), (420, 506, "LARKSPUR07"), (27, 484, "1200 Peachtree Corners Pkwy"),
           (312, 484, "Norcross"), (420, 484, "GA"), (474, 484, "30092"), (27, 430, SERVICER),
           (474, 430, SERVICER_PHONE), (27, 409, SERVICER_ADDR[0]), (312, 409, "Roanoke"), (420, 409, "VA"),
           (474, 409, "24038"), (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"),
           (81, 268, str(signed_on.year - 2)), (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)),
           (434, 168, phone), (63, 129, f"{first} {mi} {last}")]
    for x, y, t in put:
        c.drawString(x, y, t)
    c.setFont("ZapfDingbats", 8)
    c.drawString(98, 350, "4")
    c.drawString(26, 195, "4")
    marks = [Mark("sig", 80, 168, w=190, seed=seed), Mark("hand", 344, 169, mdy(signed_on), size=11, seed=seed + 1)]
    if screen:
        apply_screen_marks(c, marks)
    synth_line(c, letter, synth)
    c.showPage()
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    if "/AcroForm" in writer._root_object:
        del writer._root_object["/AcroForm"]
    return Drawn(fixed_pypdf_bytes(writer, f"az4506c{seed}"), [marks])


# --- packets ----------------------------------------------------------------------------------------------------


@dataclass
class Doc:
    type: str
    fields: dict[str, Any]
    date: dt.date | None = None  # the date the 90-day freshness is judged by
    account: str | None = None
    period_start: dt.date | None = None
    benefit: str | None = None
    signed: bool = False
    shown: dict[str, str] = field(default_factory=dict)  # how a value appears when not in a standard form
    pages: list[tuple[str, int]] = field(default_factory=list)
    scanned: bool = False


def app_doc() -> Doc:
    return Doc("mortgage_assistance_application", {})


def stub_doc(s: Stub) -> Doc:
    return Doc("pay_stub", s.fields, s.date)


def stmt_doc(s: Statement) -> Doc:
    return Doc("bank_statement", s.fields, s.date, account=s.account,
               period_start=dt.date.fromisoformat(s.fields["period_start"]))


def pnl_doc(p: PnL, signed: bool) -> Doc:
    return Doc("profit_and_loss_statement", {"period_start": p.start.isoformat(), "period_end": p.end.isoformat(),
                                             "net_income": p.net, "signed": signed}, p.end, signed=signed,
               shown=dict(p.shown))


def letter_doc(kind: str, date: dt.date, benefit: str | None = None) -> Doc:
    fields: dict[str, Any] = {"letter_date": date.isoformat()}
    if kind == "unemployment_benefit_letter":
        fields["benefit_type"] = "unemployment"
    return Doc(kind, fields, date, benefit=benefit)


def t4506_doc(on: dt.date) -> Doc:
    return Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True)


def other_doc() -> Doc:
    return Doc("other", {})


def squash(s: str) -> str:
    return "".join(s.split()).lower()


def date_forms(d: dt.date) -> set[str]:
    return {d.isoformat(), mdy(d), f"{d.month}/{d.day}/{d.year}", long_date(d), d.strftime("%b %d, %Y"),
            d.strftime("%m/%d/%y"), f"{d.month}/{d.day}/{d.year % 100:02d}"}


def verify_doc(doc: Doc, drawn: Drawn) -> list[str]:
    """Every value expected.json holds for a document must be printed on it (or written on it by hand)."""
    text = squash(drawn.text())
    problems = []
    for k, v in doc.fields.items():
        if k in ("frequency", "monthly_gross", "benefit_type"):  # computed, or a code: not printed
            continue
        if k == "signed":
            if drawn.signed() != v:
                problems.append(f"{doc.type}.signed: {v} but signature drawn={drawn.signed()}")
            continue
        if k in doc.shown:
            wants = {doc.shown[k]}
        elif isinstance(v, float):
            wants = {money(v)}
        elif isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-":
            wants = date_forms(dt.date.fromisoformat(v))
        else:
            wants = {str(v)}
        if not any(squash(w) in text for w in wants):
            problems.append(f"{doc.type}.{k}={v!r} not printed")
    return problems


def verify_app(app: App, drawn: Drawn, kind: str) -> list[str]:
    text = squash(drawn.text())
    exp = app.expected()
    wants = [app.loan, app.borrower, app.ssn[-4:], mdy(app.start)]
    wants += [money(v) for k, v in exp["income"].items() if k != "total"] if kind == "710" else []
    if kind == "haa":
        wants += [app.street, f"{app.city}, {app.state} {app.zip}", HAA_OCC[app.occupancy],
                  *[HAA_HARDSHIP[h] for h in app.hardships], money(app.total), *[money(a) for _, _, a in app.rows]]
    else:
        wants.append(app.address)
    if app.co:
        wants += [app.co, (app.co_ssn or "")[-4:]]
    if app.b_dates:
        wants.append(mdy(app.signed_on))
    problems = [f"application: {w!r} not printed" for w in wants if squash(w) not in text]
    if kind == "710":
        need = {F710_OCC[app.occupancy], *[F710_HARDSHIP[h] for h in app.hardships]}
        problems += [f"application: box {b} not checked" for b in sorted(need - drawn.checked)]
    sigs = sum(m.kind == "sig" for page in drawn.marks for m in page)
    if sigs != int(app.b_signs) + int(bool(app.co) and app.co_signs):
        problems.append(f"application: {sigs} signatures drawn")
    return problems


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App
    kind: str  # haa | 710
    scenario: dict[str, str]  # missing code -> reason, as the packet is built to produce
    docs: list[Doc] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    unlisted: set[tuple[str, int]] = field(default_factory=set)  # fax cover pages
    problems: list[str] = field(default_factory=list)

    def verify(self, doc: Doc, drawn: Drawn) -> None:
        if doc.type == "mortgage_assistance_application":
            self.problems += [f"{self.name}: {p}" for p in verify_app(self.app, drawn, self.kind)]
        else:
            self.problems += [f"{self.name}: {p}" for p in verify_doc(doc, drawn)]

    def digital(self, rel: str, doc: Doc, drawn: Drawn) -> None:
        """A born-digital file holding one document."""
        self.files[rel] = drawn.pdf
        doc.pages = [(rel, i + 1) for i in range(len(drawn.marks))]
        self.docs.append(doc)
        self.verify(doc, drawn)

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, Drawn, dict[str, Any]]], style: Scan,
             seed: int) -> None:
        """One combined image-only file: each part's pages fed in order. Part options: flip (page indices fed
        upside down), sticky (page index, x, y, lines)."""
        feeds: list[Feed] = []
        for doc, drawn, opt in parts:
            n = len(drawn.marks)
            sticky = opt.get("sticky")
            first = len(feeds) + 1
            for i in range(n):
                feeds.append(Feed(drawn, i, i in opt.get("flip", ()),
                                  (sticky[1], sticky[2], sticky[3]) if sticky and sticky[0] == i else None))
            if doc is None:
                self.unlisted |= {(rel, first + i) for i in range(n)}
                continue
            doc.pages = [(rel, first + i) for i in range(n)]
            doc.scanned = True
            self.docs.append(doc)
            self.verify(doc, drawn)
        self.files[rel] = images_pdf(scan_sheets(feeds, style, seed), style)


def fresh(d: dt.date | None, on: dt.date) -> bool:
    return d is not None and dt.timedelta(0) <= on - d <= dt.timedelta(days=FRESH_DAYS)


def two_statements(docs: Sequence[Doc], on: dt.date) -> bool:
    """Two statements of consecutive periods for the same account, the newer one fresh (checklist.md, Terms)."""
    stmts = [d for d in docs if d.type == "bank_statement"]
    return any(a.account == b.account and b.period_start == (a.date or on) + dt.timedelta(days=1) and fresh(b.date, on)
               for a in stmts for b in stmts if a is not b)


def missing_reasons(app: App | None, docs: Sequence[Doc], on: dt.date) -> dict[str, str]:
    """shared/spec/checklist.md applied to the values drawn into a packet: missing code -> reason."""
    if app is None:
        return {"application": "absent"}
    out: dict[str, str] = {}
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out["application_signature"] = "unsigned"
    required = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
                "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
                "income": [a for _, _, a in app.rows if a > 0]}
    out |= {f"application_field:{k}": "incomplete" for k, v in required.items() if not v}
    bank = two_statements(docs, on)

    def kinds(*types: str) -> list[Doc]:
        return [d for d in docs if d.type in types]

    def ok_any(cands: Sequence[Doc], need_signed: bool = False) -> bool:
        return any(fresh(d.date, on) and (d.signed or not need_signed) for d in cands)

    stubs = [d for d in kinds("pay_stub") if d.fields.get("gross_ytd") is not None]
    rent_checks = [d for d in kinds("rent_check") if fresh(d.date, on)]
    satisfied = {
        "wages": ok_any(stubs) or bank,
        "self_employment": bank or ok_any(kinds("profit_and_loss_statement", "tax_return"), need_signed=True),
        "unemployment": True,
        "benefits_taxable": bank or ok_any([d for d in kinds("benefit_award_letter")
                                            if d.benefit == "benefits_taxable"]),
        "benefits_nontaxable": bank or ok_any([d for d in kinds("benefit_award_letter")
                                               if d.benefit == "benefits_nontaxable"]),
        "rental": bank or len(rent_checks) >= 2,
        "investment": bank or sum(fresh(d.date, on) for d in kinds("investment_statement")) >= 2,
        "other": bank or ok_any([d for d in kinds("benefit_award_letter") if d.benefit == "other"]),
    }
    evidence = {"wages": ("pay_stub", "bank_statement"),
                "self_employment": ("profit_and_loss_statement", "tax_return", "bank_statement"),
                "rental": ("rent_check", "bank_statement")}
    for code, amount in app.income.items():
        if amount <= 0 or satisfied[code]:
            continue
        cands = kinds(*evidence.get(code, ("benefit_award_letter", "bank_statement", "investment_statement")))
        if not cands:
            reason = "absent"
        elif any(fresh(d.date, on) and not d.signed for d in cands if d.type == "profit_and_loss_statement"):
            reason = "unsigned"
        elif any(not fresh(d.date, on) for d in cands):
            reason = "stale"
        else:
            reason = "incomplete"
        out[f"income_doc:{code}"] = reason
    types = {d.type for d in docs}
    need = {"disability_or_illness": {"hardship_letter", "medical_statement"},
            "divorce_or_separation": {"divorce_decree", "quitclaim_deed"}, "separation_unmarried": {"quitclaim_deed"},
            "death": {"death_certificate", "obituary"},
            "relocation": {"employer_relocation_letter", "military_pcs_orders"}, "other": {"hardship_letter"}}
    for h in app.hardships:
        if h in need and not (need[h] & types):
            out[f"hardship_doc:{h}"] = "absent"
    if app.income.get("self_employment", 0) > 0 or app.income.get("rental", 0) > 0:
        forms = kinds("irs_form_4506c")
        if not any(d.signed for d in forms):
            out["irs_form_4506c"] = "unsigned" if forms else "absent"
    return dict(sorted(out.items()))


def missing_codes(app: App | None, docs: Sequence[Doc], on: dt.date) -> list[str]:
    return sorted(missing_reasons(app, docs, on))


def expected_of(p: Packet) -> dict[str, Any]:
    codes = missing_codes(p.app, p.docs, p.received)
    docs = []
    for i, d in enumerate(p.docs, 1):
        docs.append({"id": f"D{i:02d}", "type": d.type, "scanned": d.scanned,
                     "pages": [{"file": f, "page": n} for f, n in d.pages], "fields": d.fields})
    return {"loan_number": p.app.loan, "received_on": p.received.isoformat(),
            "status": "incomplete" if codes else "complete", "missing": codes, "application": p.app.expected(),
            "documents": docs}


def robot(envelope: str) -> Scan:
    """The digital mailroom's robot: 300 dpi grey, its endorser imprint at the foot of every image."""
    return Scan(dpi=300, tilt=0.3, blur=0.75, noise=0.0001, quality=50,
                imprint=f"BRHL DMR  ENV {envelope}  IMG {{n:03d}}")


def fax_cover(sender: str, sender_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 34)
        c.drawString(72, 700, "Fax")
        c.setFont("Helvetica", 10)
        c.drawString(72, 682, f"{sender}  -  Fax {sender_fax}")
        rows = (("To:", f"{SERVICER} - Loss Mitigation"), ("Fax:", "(540) 555-0119"), ("From:", sender),
                ("Date:", mdy(date)), ("Pages (with cover):", str(pages)), ("Re:", note))
        y = 636
        c.setLineWidth(0.8)
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(210, y, v)
            c.line(205, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Helvetica", 8.5)
        c.drawString(72, y - 16, "Sent by the store for a customer. The store keeps no copy of the pages sent.")
        return []

    return Paper([page])


def job(employer: str, address: tuple[str, str], employee: str, home: tuple[str, str], emp_no: str, frequency: str,
        rate: float, first_pay: dt.date, wh: Withholding, hours: float = 80.0) -> Job:
    return Job(employer, address, employee, home, emp_no, f"{int(emp_no) % 90 + 10:03d}", frequency, rate, hours, wh,
               first_pay, f"HNP/{employer[:2].upper()}{int(emp_no) % 97:02d}")


WH_1 = Withholding(0.085, 0.0425, (("Dental", 14.20), ("401(k)", 45.00)))
WH_2 = Withholding(0.10, 0.045, (("Medical", 88.60), ("401(k)", 62.50)))
WH_3 = Withholding(0.075, 0.04, (("Medical", 71.15),))
WH_4 = Withholding(0.09, 0.0425, (("VRS Retirement", 95.00), ("Medical", 102.40)))


FAXED = 0.1  # the synthetic line's grey on papers that are faxed (a fainter line would not survive the fax)


def packet_az1(seed: int) -> Packet:
    """Born-digital e-mailed files in a folder named after the loan; self-employed photographer; Form 710."""
    rng = random.Random(seed * 1000 + 1)
    received = dt.date(2046, 6, 19)
    on = dt.date(2046, 6, 11)
    home = ("4127 Cove Road NW", "Roanoke, VA 24017")
    app = App("0731584206", "Tobias J. Whitlock", "958-41-2297", home[0], "Roanoke", "VA", "24017",
              "(540) 555-0132", "tobias@whitlockcreative.example.com", "primary_residence", ["reduction_in_income"],
              dt.date(2046, 1, 15), "long", [("self_employment", "Tobias J. Whitlock", 5120.00)], on,
              assets=3260.00, seed=seed + 11)
    p = Packet("az1", received, app, "710", {})
    f = app.loan
    p.digital(f"{f}/Whitlock MAA 710.pdf", app_doc(), form710(app, screen=True))
    pl = qb_profit_loss("Whitlock Creative Studio LLC", 1, 5, 2046,
                        [("4000 · Photography sessions", 21640.00), ("4100 · Video production", 14275.00),
                         ("4200 · Print and album sales", 5465.00)],
                        [("6000 · Advertising and marketing", 1210.40), ("6100 · Equipment rental", 2380.00),
                         ("6150 · Software subscriptions", 655.75), ("6200 · Insurance", 1140.00),
                         ("6300 · Vehicle expense", 1916.32), ("6400 · Studio rent", 6000.00),
                         ("6500 · Contract labor", 2460.00)],
                        dt.datetime(2046, 6, 9, 10, 14), on, seed + 12)
    p.digital(f"{f}/Whitlock Creative PL Jan-May 2046.pdf", pnl_doc(pl, True), draw_paper(pl.paper, screen=True))
    holder = ["Whitlock Creative Studio LLC", *home]
    s1 = maple_run_statement(rng, holder, "3390417781", 2046, 4, 6184.22,
                             [(3, "ACH CREDIT HOLLOWELL MEDIA GRP", 2450.00), (9, "STRIPE TRANSFER", 1316.80),
                              (16, "MOBILE DEPOSIT", 900.00), (22, "STRIPE TRANSFER", 2184.15),
                              (28, "ACH CREDIT TANGLEWOOD EVENTS LLC", 1650.00)], 2211)
    s2 = maple_run_statement(rng, holder, "3390417781", 2046, 5, s1.fields["ending_balance"],
                             [(2, "STRIPE TRANSFER", 1875.40), (8, "ACH CREDIT HOLLOWELL MEDIA GRP", 2450.00),
                              (15, "MOBILE DEPOSIT", 1200.00), (21, "STRIPE TRANSFER", 1402.60),
                              (29, "ACH CREDIT TANGLEWOOD EVENTS LLC", 980.00)], 2219)
    p.digital(f"{f}/MRCB stmt 2046-04.pdf", stmt_doc(s1), draw_paper(s1.paper, screen=True))
    p.digital(f"{f}/MRCB stmt 2046-05.pdf", stmt_doc(s2), draw_paper(s2.paper, screen=True))
    nec = form_1099nec(["Hollowell Media Group LLC", "88 Kirk Avenue SW, Suite 300", "Roanoke, VA 24011"],
                       "(540) 555-0171", app.borrower, home, app.ssn, 18450.00, 2045, "WCS-2045-07")
    p.digital(f"{f}/1099-NEC 2045 Hollowell.pdf", other_doc(), draw_paper(nec, screen=True))
    p.digital(f"{f}/4506-C signed.pdf", t4506_doc(on),
              form4506c("Tobias", "J", "Whitlock", app.ssn, home[0], "Roanoke", "VA", "24017", on, app.phone, True,
                        seed + 13))
    letter = typed_letter([app.borrower], home, on, app.loan, [
        "I am a self-employed photographer and videographer. In January my largest client, a regional media group, "
        "cut its monthly retainer in half when it moved most of its video work in house. That retainer was about a "
        "third of my business income.",
        "I have taken on more weddings and school portraits, but the work is seasonal and my income is still well "
        "below what it was last year. I fell behind on my mortgage in March. I want to keep my home and ask to be "
        "considered for a loan modification or another option that lowers my payment."], ink=False, seed=seed)
    p.digital(f"{f}/hardship letter.pdf", letter_doc("hardship_letter", on), draw_paper(letter, screen=True))
    return p


def packet_az2(seed: int) -> Packet:
    """The mail robot's grey scan of one envelope: landscaper and dental assistant, a stub fed upside down."""
    received = dt.date(2046, 4, 24)
    on = dt.date(2046, 4, 16)
    home = ("2204 Brambleton Avenue SW", "Roanoke, VA 24015")
    renee = job("Tinker Creek Dental Group", ("2210 Plantation Road NE", "Roanoke, VA 24012"), "Renee L. Whitcomb",
                home, "004417", "biweekly", 24.85, dt.date(2046, 1, 12), WH_1, hours=72.0)
    stubs = [earnings_statement(renee, d) for d in (dt.date(2046, 4, 6), dt.date(2046, 4, 20))]
    app = App("4819260735", "Dale R. Whitcomb", "963-27-5518", home[0], "Roanoke", "VA", "24015", "(540) 555-0148",
              "dwhitcomb.lawn@example.net", "primary_residence", ["reduction_in_income", "disability_or_illness"],
              dt.date(2046, 2, 9), "short",
              [("self_employment", "Dale R. Whitcomb", 3450.00), ("wages", "Renee L. Whitcomb", stubs[-1].monthly)],
              on, co="Renee L. Whitcomb", co_ssn="963-40-1182",
              description="Back surgery in February; I could not work for eight weeks and lost two contracts.",
              assets=1840.00, seed=seed + 21)
    p = Packet("az2", received, app, "haa", {})
    pl = typed_profit_loss("Whitcomb Lawn & Landscape", app.borrower, f"{home[0]}, {home[1]}", dt.date(2046, 1, 1),
                           dt.date(2046, 3, 31), "QUARTERLY PROFIT AND LOSS STATEMENT", 15840.00, 210.00,
                           [("Fuel and vehicle", 1420.50), ("Equipment repair and parts", 862.15),
                            ("Plants, mulch and materials", 2910.40), ("Liability insurance", 486.00),
                            ("Phone and internet", 165.00), ("Subcontract labor", 1240.00),
                            ("Dump and disposal fees", 318.00)], dt.date(2046, 4, 14), seed + 22)
    letter = typed_letter([app.borrower, app.co or ""], home, on, app.loan, [
        "I run a small lawn and landscape business and my wife Renee works as a dental assistant. In February I had "
        "surgery on two discs in my lower back. My doctor kept me from any lifting for eight weeks, and I lost two "
        "commercial mowing contracts because I could not start the season on time.",
        "I am back at work now with one helper, and Renee picked up an extra day at the office, but we fell two "
        "payments behind while I was out. We ask Blue Ridge to review us for a modification or a repayment plan."],
        ink=True, seed=seed + 23)
    t = form4506c("Dale", "R", "Whitcomb", app.ssn, home[0], "Roanoke", "VA", "24015", on, app.phone, False, seed + 24)
    p.scan("DMR_0424_ENV0173.pdf", [
        (app_doc(), draw_paper(haa(app), screen=False), {}),
        (pnl_doc(pl, True), draw_paper(pl.paper, screen=False), {}),
        (stub_doc(stubs[0]), draw_paper(stubs[0].paper, screen=False), {}),
        (stub_doc(stubs[1]), draw_paper(stubs[1].paper, screen=False), {"flip": {0}}),
        (t4506_doc(on), t, {}),
        (letter_doc("hardship_letter", on), draw_paper(letter, screen=False), {})], robot("0173"), seed + 200)
    return p


def packet_az3(seed: int) -> Packet:
    """The mail robot's scan: a salon owner's UNSIGNED QuickBooks report with a sticky note, one statement."""
    rng = random.Random(seed * 1000 + 3)
    received = dt.date(2046, 6, 26)
    on = dt.date(2046, 6, 15)
    home = ("618 Walnut Avenue", "Vinton, VA 24179")
    app = App("3306718452", "Rita M. Okonkwo", "947-58-3306", home[0], "Vinton", "VA", "24179", "(540) 555-0194",
              "rita@sheargracesalon.example.com", "primary_residence", ["reduction_in_income"], dt.date(2045, 11, 1),
              "long", [("self_employment", "Rita M. Okonkwo", 3780.00)], on,
              description="Two of my four stylists left in November and took their clients with them.",
              assets=920.00, seed=seed + 31)
    p = Packet("az3", received, app, "haa", {"income_doc:self_employment": "unsigned"})
    pl = qb_profit_loss("Shear Grace Salon LLC", 1, 5, 2046,
                        [("4000 · Hair services", 24380.00), ("4010 · Color and chemical services", 9815.00),
                         ("4100 · Retail product sales", 2760.50), ("4200 · Booth rent received", 3000.00)],
                        [("5000 · Cost of retail products", 1512.30), ("6000 · Salon supplies", 2418.75),
                         ("6100 · Rent", 7750.00), ("6150 · Utilities", 1690.44), ("6200 · Insurance", 905.00),
                         ("6300 · Payroll - assistant", 7380.00), ("6400 · Card processing fees", 1046.21),
                         ("6500 · Advertising", 640.00)],
                        dt.datetime(2046, 6, 12, 9, 5), None, seed + 32)
    holder = ["Shear Grace Salon LLC", "2317 Hardy Road", "Vinton, VA 24179"]
    s = maple_run_statement(rng, holder, "5512087734", 2046, 5, 3418.09,
                            [(2, "CARD SETTLEMENT SQUAREUP", 1984.20), (6, "CARD SETTLEMENT SQUAREUP", 2211.45),
                             (9, "MOBILE DEPOSIT", 600.00), (13, "CARD SETTLEMENT SQUAREUP", 1876.10),
                             (20, "CARD SETTLEMENT SQUAREUP", 2342.85), (27, "CARD SETTLEMENT SQUAREUP", 2104.60),
                             (30, "DEPOSIT BOOTH RENT", 600.00)], 5402)
    nec = form_1099nec(["Starline Community Theater Co.", "140 Campbell Avenue SE", "Roanoke, VA 24011"],
                       "(540) 555-0126", app.borrower, home, app.ssn, 6280.00, 2045, "SCT-0331")
    letter = typed_letter([app.borrower], home, on, app.loan, [
        "I own Shear Grace Salon in Vinton. Last November two of my four stylists left to open their own shop and "
        "most of their regular clients went with them. The salon's income dropped by about a third, and I now work "
        "six days a week to cover the rent and the assistant's pay.",
        "I have hired one new stylist and business is slowly coming back, but I cannot make the full mortgage "
        "payment right now. I am asking for a modification so that I can keep my home."], ink=True, seed=seed + 33)
    t = form4506c("Rita", "M", "Okonkwo", app.ssn, home[0], "Vinton", "VA", "24179", on, app.phone, False, seed + 34)
    note = ("Accountant is out of", "town till after the 4th.", "Will send a signed", "copy then.  - Rita")
    p.scan("DMR_0626_ENV0288.pdf", [
        (app_doc(), draw_paper(haa(app), screen=False), {}),
        (letter_doc("hardship_letter", on), draw_paper(letter, screen=False), {}),
        (pnl_doc(pl, False), draw_paper(pl.paper, screen=False), {"sticky": (0, 318, 468, note)}),
        (stmt_doc(s), draw_paper(s.paper, screen=False), {}),
        (other_doc(), draw_paper(nec, screen=False), {}),
        (t4506_doc(on), t, {})], robot("0288"), seed + 300)
    return p


def packet_az4(seed: int) -> Packet:
    """A fax through a shipping store: HVAC contractor's stale quarter and statements; wife on unemployment."""
    rng = random.Random(seed * 1000 + 4)
    received = dt.date(2046, 5, 15)
    on = dt.date(2046, 5, 9)
    home = ("5530 Twine Hollow Road", "Hardy, VA 24101")
    app = App("5902143378", "Gerald F. Ambrose", "971-22-6045", home[0], "Hardy", "VA", "24101", "(540) 555-0157",
              "ambroseheatair@example.net", "primary_residence", ["unemployment", "reduction_in_income"],
              dt.date(2046, 2, 13), "long",
              [("self_employment", "Gerald F. Ambrose", 3900.00), ("unemployment", "Lucinda P. Ambrose", 1638.00)],
              on, co="Lucinda P. Ambrose", co_ssn="971-38-7710",
              description="Lucinda was laid off in February; my heating work slowed after a mild winter.",
              assets=1175.00, seed=seed + 41)
    p = Packet("az4", received, app, "haa", {"income_doc:self_employment": "stale"})
    pl = typed_profit_loss("Ambrose Heating & Air", app.borrower, f"{home[0]}, {home[1]}", dt.date(2045, 10, 1),
                           dt.date(2045, 12, 31), "QUARTERLY PROFIT AND LOSS STATEMENT", 21460.00, 0.0,
                           [("Equipment and parts", 6120.35), ("Truck fuel and repairs", 1488.90),
                            ("Tools and supplies", 412.60), ("Insurance and licenses", 980.00),
                            ("Phone and dispatch service", 297.00), ("Helper wages", 2640.00)],
                           dt.date(2046, 1, 20), seed + 42)
    holder = ["Gerald F. Ambrose", "DBA Ambrose Heating & Air", *home]
    s1 = maple_run_statement(rng, holder, "7701652290", 2045, 12, 2890.47,
                             [(4, "MOBILE DEPOSIT", 1450.00), (11, "CARD SETTLEMENT SQUAREUP", 2286.40),
                              (18, "MOBILE DEPOSIT", 980.00), (23, "CARD SETTLEMENT SQUAREUP", 1730.15)], 1311)
    s2 = maple_run_statement(rng, holder, "7701652290", 2046, 1, s1.fields["ending_balance"],
                             [(5, "CARD SETTLEMENT SQUAREUP", 1544.80), (12, "MOBILE DEPOSIT", 2100.00),
                              (20, "CARD SETTLEMENT SQUAREUP", 1198.25), (27, "MOBILE DEPOSIT", 760.00)], 1318)
    hist = unemployment_history(app.co or "", "UI-2046-0318-224", dt.date(2046, 2, 16), 378.00,
                                dt.datetime(2046, 5, 8, 19, 42), 12)
    letter = typed_letter([app.borrower, app.co or ""], home, on, app.loan, [
        "Lucinda worked for eleven years in the billing office of a medical practice that closed in February. She "
        "receives unemployment benefits while she looks for work. At the same time my heating and air business had "
        "its slowest winter in years, and after a mild February I had very few service calls.",
        "We have used our savings to keep up with the mortgage, but we are now behind. We would like Blue Ridge to "
        "review us for a modification until Lucinda finds a new job and my spring work picks up."],
        ink=True, seed=seed + 43)
    t = form4506c("Gerald", "F", "Ambrose", app.ssn, home[0], "Hardy", "VA", "24101", on, app.phone, False, seed + 44,
                  FAXED)
    style = Scan(dpi=200, tilt=0.25, blur=0.35, noise=0.0006, fax=True,
                 header="MAY-15-2046 09:31  PACK&SHIP CENTER 118  540-555-0147  P.{page:03d}/{pages:03d}")
    cover = fax_cover("Pack & Ship Center #118, Salem VA", "(540) 555-0147", received, 11,
                      f"Loan {app.loan} - Ambrose application and papers")
    p.scan("BRHL-FAX_0515_0931.pdf", [
        (None, draw_paper(cover, screen=False, synth=FAXED), {}),
        (app_doc(), draw_paper(haa(app), screen=False, synth=FAXED), {}),
        (pnl_doc(pl, True), draw_paper(pl.paper, screen=False, synth=FAXED), {}),
        (stmt_doc(s1), draw_paper(s1.paper, screen=False, synth=FAXED), {}),
        (stmt_doc(s2), draw_paper(s2.paper, screen=False, synth=FAXED), {}),
        (letter_doc("unemployment_benefit_letter", dt.date(2046, 5, 8)),
         draw_paper(hist, screen=False, synth=FAXED), {}),
        (t4506_doc(on), t, {}),
        (letter_doc("hardship_letter", on), draw_paper(letter, screen=False, synth=FAXED), {})], style, seed + 400)
    return p


def packet_az5(seed: int) -> Packet:
    """Born-digital loose uploads named after the loan: bookkeeper's signed YTD P&L, husband's stubs."""
    received = dt.date(2046, 7, 17)
    on = dt.date(2046, 7, 10)
    home = ("3341 Peakwood Drive SW", "Roanoke, VA 24014")
    colin = job("Roanoke Valley Tool & Die Inc.", ("1820 Orange Avenue NE", "Roanoke, VA 24012"), "Colin J. Ferreira",
                home, "011872", "biweekly", 27.40, dt.date(2046, 1, 5), WH_2)
    stubs = [earnings_statement(colin, d) for d in (dt.date(2046, 6, 22), dt.date(2046, 7, 6))]
    app = App("6127405593", "Adaeze O. Ferreira", "928-63-0415", home[0], "Roanoke", "VA", "24014",
              "(540) 555-0109", "adaeze@ferreirabooks.example.com", "primary_residence",
              ["reduction_in_income", "increase_in_housing_expenses"], dt.date(2046, 3, 1), "long",
              [("self_employment", "Adaeze O. Ferreira", 2940.00), ("wages", "Colin J. Ferreira", stubs[-1].monthly)],
              on, co="Colin J. Ferreira", co_ssn="928-71-5532",
              description="I lost two large bookkeeping clients in March, and our escrow payment rose in May.",
              assets=2410.00, seed=seed + 51)
    p = Packet("az5", received, app, "haa", {})
    loan = app.loan
    p.digital(f"{loan} - application.pdf", app_doc(), draw_paper(haa(app), screen=True))
    pl = typed_profit_loss("Ferreira Bookkeeping & Tax Services", app.borrower, f"{home[0]}, {home[1]}",
                           dt.date(2046, 1, 1), dt.date(2046, 6, 30), "YEAR-TO-DATE PROFIT AND LOSS STATEMENT",
                           24615.00, 350.00,
                           [("Software and subscriptions", 1284.00), ("Office rent (shared suite)", 2700.00),
                            ("Continuing education and licenses", 645.00), ("Professional liability insurance", 720.00),
                            ("Phone and internet", 531.60), ("Postage and supplies", 218.45),
                            ("Advertising", 400.00)], on, seed + 52)
    p.digital(f"{loan} - P&L YTD 063046.pdf", pnl_doc(pl, True), draw_paper(pl.paper, screen=True))
    for s in stubs:
        p.digital(f"{loan} - Colin paystub {s.date.strftime('%m-%d')}.pdf", stub_doc(s),
                  draw_paper(s.paper, screen=True))
    nec = form_1099nec(["Pinecrest Property Management LLC", "4502 Starkey Road, Suite 210", "Roanoke, VA 24018"],
                       "(540) 555-0190", app.borrower, home, app.ssn, 9600.00, 2045, "PPM-BK-12")
    p.digital(f"{loan} - 1099-NEC 2045.pdf", other_doc(), draw_paper(nec, screen=True))
    p.digital(f"{loan} - 4506-C.pdf", t4506_doc(on),
              form4506c("Adaeze", "O", "Ferreira", app.ssn, home[0], "Roanoke", "VA", "24014", on, app.phone, True,
                        seed + 53))
    letter = typed_letter([app.borrower, app.co or ""], home, on, app.loan, [
        "I run a small bookkeeping and tax practice from a shared office suite. In March two of my largest monthly "
        "clients, a restaurant group and a property manager, closed or moved their books to an in-house employee. "
        "Together they were almost forty percent of my fees.",
        "In May our escrow analysis raised our mortgage payment by $186 a month because of higher insurance. Colin's "
        "pay from the machine shop has not changed. We are asking for a modification so our payment fits what we "
        "earn now."], ink=False, seed=seed)
    p.digital(f"{loan} - hardship letter.pdf", letter_doc("hardship_letter", on), draw_paper(letter, screen=True))
    return p


def packet_az6(seed: int) -> Packet:
    """The mail robot's scan: the real Form 710 printed, signed by the borrower only; both spouses' stubs."""
    received = dt.date(2046, 8, 21)
    on = dt.date(2046, 8, 14)
    home = ("2809 Laburnum Avenue SW", "Roanoke, VA 24015")
    marg = job("Carvins Cove Logistics Inc.", ("4410 Challenger Avenue", "Roanoke, VA 24012"), "Marguerite L. Oduya",
               home, "020931", "biweekly", 22.15, dt.date(2046, 1, 12), WH_3)
    sam = job("Blue Hollow Public Schools", ("1 Schoolhouse Lane", "Blue Hollow, VA 24064"), "Samuel K. Oduya", home,
              "007305", "semimonthly", 46800.00, dt.date(2046, 1, 5), WH_4)
    st1 = earnings_statement(marg, dt.date(2046, 8, 10))
    st2 = earnings_statement(sam, weekday_before(dt.date(2046, 8, 5)))
    app = App("7045512689", "Marguerite L. Oduya", "984-12-7731", home[0], "Roanoke", "VA", "24015",
              "(540) 555-0183", "m.oduya@example.org", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2046, 5, 1), "long",
              [("wages", "Marguerite L. Oduya", st1.monthly), ("wages", "Samuel K. Oduya", st2.monthly)], on,
              co="Samuel K. Oduya", co_ssn="984-30-2264", co_signs=False, assets=1380.00, seed=seed + 61)
    p = Packet("az6", received, app, "710", {"application_signature": "unsigned"})
    letter = typed_letter([app.borrower], home, on, app.loan, [
        "In May our escrow account came up short after the city reassessed our house and our homeowner's insurance "
        "premium went up by almost forty percent. Our monthly payment rose by $412.",
        "My husband and I both work full time, but with the new payment and the shortage spread over the year we "
        "cannot keep up. We are asking for a modification that brings the payment back to an amount we can pay."],
        ink=True, seed=seed + 63)
    p.scan("DMR_0821_ENV0415.pdf", [
        (app_doc(), form710(app, screen=False), {}),
        (stub_doc(st1), draw_paper(st1.paper, screen=False), {}),
        (stub_doc(st2), draw_paper(st2.paper, screen=False), {"flip": {0}}),
        (letter_doc("hardship_letter", on), draw_paper(letter, screen=False), {})], robot("0415"), seed + 600)
    return p


def packet_az7(seed: int) -> Packet:
    """The mail robot's scan: a nurse's stubs, her rental condo's lease (page 2 upside down) and credit union
    statements showing the rent; the "other" hardship explained in a hand-written letter."""
    rng = random.Random(seed * 1000 + 7)
    received = dt.date(2046, 9, 25)
    on = dt.date(2046, 9, 18)
    home = ("1144 Grandin Road SW", "Roanoke, VA 24015")
    nurse = job("Valleyview Orthopaedic Associates", ("3300 Electric Road", "Roanoke, VA 24018"),
                "Delphine R. Marchand", home, "031466", "biweekly", 26.30, dt.date(2046, 1, 5), WH_2)
    stubs = [earnings_statement(nurse, dt.date(2046, 9, 14))]
    app = App("0093817264", "Delphine R. Marchand", "939-05-6618", home[0], "Roanoke", "VA", "24015",
              "(540) 555-0121", "dmarchand@example.com", "primary_residence", ["other"], dt.date(2046, 2, 1), "short",
              [("wages", "Delphine R. Marchand", stubs[-1].monthly), ("rental", "Delphine R. Marchand", 860.00)], on,
              description="My tenant stopped paying rent in February and had to be evicted. See my letter.",
              assets=1615.00, seed=seed + 71)
    p = Packet("az7", received, app, "haa", {})
    rent_at = "1418 Laurel Street SW, Unit B, Roanoke, VA 24015"
    lse = lease(app.borrower, "Jordan T. Baptiste", rent_at, dt.date(2046, 5, 20), dt.date(2046, 6, 1), 1150.00,
                1150.00, seed + 72)
    nets = dict(stubs[-1].history)
    statements = []
    begin = 1284.63
    for month in (7, 8):
        credits = [(dt.date(2046, month, 3), "MOBILE DEPOSIT RENT 1418 LAUREL B", 1150.00)]
        credits += [(d, "DIR DEP VALLEYVIEW ORTHO PAYROLL", n) for d, n in nets.items() if d.month == month]
        s = hollins_statement(rng, app.borrower, home, "6602915520", 2046, month, begin, credits)
        statements.append(s)
        begin = s.fields["ending_balance"]
    body = ("I am writing to explain why I fell behind. I own a small condo on Laurel Street that I rent out. My "
            "tenant stopped paying the rent in February and would not leave, so I had to take her to court. The "
            "eviction took until the end of April, and I paid the lawyer, the condo fees and the repairs after she "
            "left out of my own pocket. A new tenant moved in on June 1 and pays on time, and I work full time at "
            "the orthopaedic practice. I am asking for help to catch up the missed payments so I can keep both homes.")
    letter = handwritten_letter(app.borrower, on, app.loan, body, seed + 73)
    t = form4506c("Delphine", "R", "Marchand", app.ssn, home[0], "Roanoke", "VA", "24015", on, app.phone, False,
                  seed + 74)
    p.scan("DMR_0925_ENV0562.pdf", [
        (app_doc(), draw_paper(haa(app), screen=False), {}),
        (letter_doc("hardship_letter", on), draw_paper(letter, screen=False), {}),
        (stub_doc(stubs[0]), draw_paper(stubs[0].paper, screen=False), {}),
        (other_doc(), draw_paper(lse, screen=False), {"flip": {1}}),
        (stmt_doc(statements[0]), draw_paper(statements[0].paper, screen=False), {}),
        (stmt_doc(statements[1]), draw_paper(statements[1].paper, screen=False), {}),
        (t4506_doc(on), t, {})], robot("0562"), seed + 700)
    return p


def packet_az8(seed: int) -> Packet:
    """Born-digital e-mailed files in a folder named after the loan: wages and rent, a lease but no proof of rent."""
    received = dt.date(2046, 10, 23)
    on = dt.date(2046, 10, 16)
    home = ("722 Marshall Avenue SW", "Roanoke, VA 24016")
    mill = job("Mill Mountain Millwork Inc.", ("1505 Shenandoah Avenue NW", "Roanoke, VA 24017"),
               "Theodore M. Raskin", home, "015528", "biweekly", 23.75, dt.date(2046, 1, 12), WH_1)
    stubs = [earnings_statement(mill, d) for d in (dt.date(2046, 9, 21), dt.date(2046, 10, 5))]
    app = App("8550391746", "Theodore M. Raskin", "956-44-8120", home[0], "Roanoke", "VA", "24016",
              "(540) 555-0166", "teddy.raskin@example.net", "primary_residence", ["increase_in_housing_expenses"],
              dt.date(2046, 7, 1), "long",
              [("wages", "Theodore M. Raskin", stubs[-1].monthly), ("rental", "Theodore M. Raskin", 940.00)], on,
              description="Taxes and insurance on both houses went up; my escrow payment rose $298 in July.",
              assets=2085.00, seed=seed + 81)
    p = Packet("az8", received, app, "haa", {"income_doc:rental": "absent"})
    f = app.loan
    p.digital(f"{f}/application signed.pdf", app_doc(), draw_paper(haa(app), screen=True))
    for s in stubs:
        p.digital(f"{f}/Mill Mountain paystub {s.date.strftime('%m-%d')}.pdf", stub_doc(s),
                  draw_paper(s.paper, screen=True))
    lse = lease(app.borrower, "Marisol A. Benavides", "2630 Wycliffe Avenue SW, Roanoke, VA 24014",
                dt.date(2046, 6, 20), dt.date(2046, 7, 1), 1375.00, 1375.00, seed + 82)
    p.digital(f"{f}/Wycliffe lease.pdf", other_doc(), draw_paper(lse, screen=True))
    p.digital(f"{f}/4506-C.pdf", t4506_doc(on),
              form4506c("Theodore", "M", "Raskin", app.ssn, home[0], "Roanoke", "VA", "24016", on, app.phone, True,
                        seed + 83))
    letter = typed_letter([app.borrower], home, on, app.loan, [
        "Last year I inherited my mother's house on Wycliffe Avenue and this summer I rented it out. At the same "
        "time the city raised the assessment on my own house and my insurance premium went up, so my escrow payment "
        "went up by $298 a month starting in July.",
        "The rent from the Wycliffe house covers its own taxes and repairs but not my higher payment here. I am "
        "asking Blue Ridge to review me for a modification."], ink=False, seed=seed)
    p.digital(f"{f}/letter.pdf", letter_doc("hardship_letter", on), draw_paper(letter, screen=True))
    return p


# --- main -------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_az1, packet_az2, packet_az3, packet_az4, packet_az5, packet_az6,
                                             packet_az7, packet_az8]
CODES_OK = ({"application", "application_signature", "irs_form_4506c"}
            | {f"application_field:{n}" for n in ("loan_number", "borrower_name", "property_address", "occupancy",
                                                   "hardship_types", "hardship_start_date", "income")}
            | {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
            | {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation", "separation_unmarried",
                                             "death", "relocation", "other")})
APP_KEYS = {"loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address", "occupancy",
            "hardship_types", "hardship_start_date", "income", "signed", "signed_on", "co_borrower_signed"}


def is_date(v: Any) -> bool:
    try:
        dt.date.fromisoformat(v)
    except (TypeError, ValueError):
        return False
    return len(v) == 10


def check(out: Path, names: Sequence[str], unlisted: dict[str, set[tuple[str, int]]]) -> list[str]:
    """Validate the expected.json of each named packet: keys, codes, types, dates, income totals, pages, scanned."""
    problems: list[str] = []
    for name in names:
        root = out / name
        exp = json.loads((root / "expected.json").read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        if not (exp["loan_number"].isdigit() and 6 <= len(exp["loan_number"]) <= 15):
            problems.append(f"{name}: loan number {exp['loan_number']}")
        if not is_date(exp["received_on"]):
            problems.append(f"{name}: received_on")
        if exp["status"] not in ("complete", "incomplete") or (exp["status"] == "complete") != (not exp["missing"]):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in CODES_OK]
        app = exp["application"]
        if set(app) != APP_KEYS:
            problems.append(f"{name}: application keys {sorted(app)}")
        if app["loan_number"] != exp["loan_number"]:
            problems.append(f"{name}: application loan number")
        if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
            problems.append(f"{name}: bad occupancy or hardship code")
        if not set(app["income"]) <= set(INCOMES) | {"total"} or "total" not in app["income"]:
            problems.append(f"{name}: bad income code")
        if abs(sum(v for k, v in app["income"].items() if k != "total") - app["income"]["total"]) > 0.005:
            problems.append(f"{name}: income lines do not add up to the total")
        for k in ("hardship_start_date", "signed_on"):
            if app[k] is not None and not is_date(app[k]):
                problems.append(f"{name}: application {k}")
        if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
            problems.append(f"{name}: co-borrower name and signature disagree")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        ids = [d["id"] for d in exp["documents"]]
        if len(set(ids)) != len(ids):
            problems.append(f"{name}: duplicate document ids")
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
                problems.append(f"{name}: type {doc['type']}")
            if set(doc["fields"]) != FIELDS_OF.get(doc["type"], set()):
                problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])}")
            for k, v in doc["fields"].items():
                if (k.endswith(("_date", "_start", "_end")) or k == "signed_on") and not is_date(v):
                    problems.append(f"{name}: {doc['id']} {k}={v!r}")
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in seen:
                    problems.append(f"{name}: page listed twice {key}")
                seen.add(key)
                path = root / "inbox" / pg["file"]
                if not path.is_file():
                    problems.append(f"{name}: missing file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if not 1 <= pg["page"] <= len(reader.pages):
                    problems.append(f"{name}: no page {key}")
                    continue
                has_text = bool((reader.pages[pg["page"] - 1].extract_text() or "").replace(SYNTH, "").strip())
                if has_text == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but text layer={has_text} on {key}")
            if doc["type"] == "pay_stub":
                f = doc["fields"]
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross {f}")
                if f["gross_ytd"] is not None and f["gross_ytd"] < f["gross_current"]:
                    problems.append(f"{name}: year to date below the current gross {f}")
            if doc["type"] == "bank_statement":
                f = doc["fields"]
                if not (len(f["account_last4"]) == 4 and f["period_start"] < f["period_end"]):
                    problems.append(f"{name}: statement fields {f}")
        for path in sorted((root / "inbox").rglob("*.pdf")):
            rel = path.relative_to(root / "inbox").as_posix()
            n = len(PdfReader(path).pages)
            for i in range(1, n + 1):
                if (rel, i) not in seen and (rel, i) not in unlisted.get(name, set()):
                    problems.append(f"{name}: page {rel}#{i} belongs to no document")
            if path.stat().st_size > 3_000_000:
                problems.append(f"{name}: {rel} is {path.stat().st_size} bytes")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (az1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    names: list[str] = []
    unlisted: dict[str, set[tuple[str, int]]] = {}
    started = time.perf_counter()
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        problems += p.problems
        reasons = missing_reasons(p.app, p.docs, p.received)
        if reasons != p.scenario:
            problems.append(f"{name}: the rules give {reasons}, the scenario says {p.scenario}")
        exp = expected_of(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        names.append(p.name)
        unlisted[p.name] = p.unlisted
        print(f"{p.name}: {exp['status']:<10} {','.join(f'{k} ({v})' for k, v in reasons.items()) or '-'}  "
              f"({len(p.files)} files, {sum(len(d['pages']) for d in exp['documents'])} document pages)")
    if args.check:
        problems += check(args.out, names, unlisted)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    print(f"built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
