"""Holdout set bg (bg1..bg8): RENTAL-INCOME LANDLORDS AND NON-OCCUPANT CO-BORROWERS, written without looking at the
service's code, rules, data files or tests (only the module docstrings of the earlier sets were read, to lay these
papers out unlike theirs), to estimate honestly how the service reads borrower mail in layouts it has never seen.

    python benchmarks/holdout_packets_bg.py OUT_DIR [--seed N] [--check] [--only bg1 bg5 ..]

Writes OUT_DIR/<packet>/inbox/... (the files as the borrower or the servicer's mailroom delivers them) and
OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so tests/sample_compare.compare (and
`benchmarks/sample_accuracy.py --samples OUT_DIR -v`) scores them. Each packet is one batch, processed with
`--received-on <received_on>`; received dates are weekdays in 2046 (April to November). No stunts: papers are typed;
the hand-made parts are signatures and the dates beside them (and, on a tenant's check, the tenant's hand).

THEME. Households where part of the income is RENT - the other half of a duplex they live in, a basement or
over-the-garage apartment, or a second house - and loans that carry a PARENT, SIBLING OR CHILD AS A NON-OCCUPANT
CO-BORROWER who lives elsewhere on his or her own pay or pension. The servicer is Fenwick Harbor Mortgage Servicing,
Inc. (2200 Quayside Drive, Port Annick, MD 21690), a mid-size servicer whose own application asks for INCOME FIRST,
THEN THE HARDSHIP, THEN THE PROPERTY, and has a landlord-and-co-borrower edition in two paper formats. Packets come
either e-mailed (born-digital PDFs with a text layer, signed on the screen: vector pen strokes, the date typed in
Courier) or from an OFFICE FLATBED: each sheet printed, signed and dated in ink (dark strokes; the date written in a
slanted serif hand with a wavering baseline), laid on the glass and scanned at 300 dpi grey - turned a fraction of a
degree (about 0.2 to 0.8), softly blurred, a light grey paper tone, the lamp a little weaker on one side, faint grain
and dust specks, the lid's shadow along the top and left edges - and saved as JPEG images (quality 76) with NO text
layer, each page the size of its sheet (letter, legal, or letter turned landscape: the scanner keeps a landscape
sheet landscape).

APPLICATION, EDITION 1 - "HOMEOWNER RELIEF APPLICATION", Form FHMS-27L (Rev. 03/2045), THREE LANDSCAPE SHEETS
(11 x 8.5). Every sheet: a navy square with three white waves, "FENWICK HARBOR" / "MORTGAGE SERVICING, INC. | address
| Loss Mitigation ... | Fax ...", the title and "Form FHMS-27L | Rev. 03/2045 | Sheet n of 3" at the right, a teal
rule, a boxed LOAN NUMBER at the top right (loan_number), teal section bands with white capitals, a footer.
- Sheet 1: an APPLICANTS table - one row "BORROWER", one row "CO-BORROWER" (left empty when there is none) with the
  columns Full legal name (borrower_name, co_borrower_name) | SSN - last 4 digits (ssn_last4 is the borrower's) |
  Phone | E-mail | "Lives in the property?" Yes/No boxes | Relation to borrower ("Self", "Father", "Brother", "Son"),
  then "Home address of a co-borrower who does not live in the property". Section "1 MONTHLY INCOME BEFORE TAXES - one
  row for each person, one column for each kind of income": a MATRIX whose ROWS ARE THE PEOPLE (borrower, co-borrower,
  a shaded "Column totals" row) and whose COLUMNS ARE THE KINDS OF INCOME (a) wages, salary, overtime, tips, bonuses |
  (b) self-employment | (c) unemployment | (d) Social Security, pension, disability (taxable) | (e) non-taxable Social
  Security or disability | (f) "Rents received (gross)" | (g) investment or insurance | (h) alimony, child support,
  other | ROW TOTAL; empty cells mean none. Then a boxed "1(i) TOTAL MONTHLY HOUSEHOLD INCOME $". Section "1R RENTAL
  UNITS": Property and unit | Borrower lives in building? | Tenant(s) | Tenant since | Monthly rent | Managed by.
- Sheet 2: "2 HARDSHIP": 2a ten boxes in five columns (Job loss or unemployment; Lower pay, fewer hours, lost
  overtime; Higher housing costs (taxes, insurance, repairs); Disaster (fire, flood, storm); Illness or disability of a
  borrower or dependent; Divorce or legal separation; Unmarried co-owners have separated; Death of a borrower or wage
  earner; Job moved far away / relocation; Something else (explain in 2d)), 2b "The hardship began on" in three boxed
  cells MM | DD | YYYY, 2c duration boxes, 2d three ruled lines typed in Courier. "3 THE PROPERTY THIS LOAN IS SECURED
  BY": 3a captioned cells Street address | City | State | ZIP code, 3b "How is the property used?" - "Our home - at
  least one borrower lives here" (primary_residence), "Second home - used part of the year" (second_home), "Rental or
  investment - no borrower lives here" (investment_property) -, 3c units 1-4, 3d unit a borrower lives in, 3e-3h.
- Sheet 3: "4 WHAT YOU OWN BESIDES THIS PROPERTY" (four captioned cells), "5 CERTIFICATION AND SIGNATURES": the
  certification in two columns of small serif type, then TWO SIGNATURE PANELS SIDE BY SIDE, "BORROWER" and
  "CO-BORROWER (sign even if you do not live in the property)", each with a Signature line, a "Date (mm/dd/yyyy)" line
  and the typed Printed name.
APPLICATION, EDITION 2 - "Loss Mitigation Application", Form FHMS-27X (Rev. 08/2045), TWO LEGAL-SIZE PAGES
(8.5 x 14), SET LIKE A TAX FORM: a "Form FHMS-27X" box at the top left and "Page 1 of 2" at the right, thick rules,
captioned cells for Borrower's name | Borrower's SSN - last 4 digits, Co-borrower's name | Co-borrower's SSN, the
co-borrower's home address and relationship, Loan number | Best phone number | E-mail address; black "Part I".."Part
V" tabs; NUMBERED LINES with dotted leaders running to an ENTRY COLUMN at the right whose grey stub repeats the line
number. Part I Monthly Income: 1a wages - borrower, 1b wages - co-borrower, 2 self-employment, 3 unemployment, 4
Social Security, pension, disability and other taxable public benefits, 5 non-taxable, then two INNER-COLUMN lines
6a "Gross rents received each month" and 6b "Monthly rental expenses (not the mortgage)", 6 "Net rental income.
Subtract line 6b from line 6a", 7 investment, 8 alimony / child support, 9 other, 10 TOTAL. Part II Hardship: 11 ten
boxes in two columns (Form 710's wording), 12 date the hardship began (mm/dd/yyyy, in the entry column), 13 duration,
14 explanation. Page 2 repeats the loan number in a cell at the top right; Part III The Property: 15 address cells,
16 "The property is" - the principal residence of a borrower / a second home / an investment property (no borrower
lives in it) -, 17 units, 18 unit a borrower lives in, 19 "Does every borrower live in the property? If not, who lives
elsewhere?", 20-22; Part IV Assets 23-26; Part V "Sign Here": a bracketed block with "Borrower's signature" | "Date"
and "Co-borrower's signature (required even if he or she does not live in the property)" | "Date", printed names, and
a grey "FOR SERVICER USE ONLY" box.
WHAT expected.json HOLDS FOR THE APPLICATION (both editions): loan_number, borrower_name, co_borrower_name (null when
the co-borrower row or cell is empty), ssn_last4 (the borrower's), property_address = "street, city, ST ZIP" from
the address cells, occupancy from the use boxes, hardship_types from the boxes, hardship_start_date, income by code
(FHMS-27L: each column's total over both rows, rental = column (f), total = 1(i); FHMS-27X: wages = 1a + 1b,
self_employment = 2, unemployment = 3, benefits_taxable = 4, benefits_nontaxable = 5, rental = line 6 - NET of 6b;
6a and 6b are not income lines -, investment = 7, other = 8 + 9, total = line 10), signed = the borrower's signature
AND its date are present, signed_on, co_borrower_signed = the co-borrower's signature and date are present (null when
there is no co-borrower).

PAPERS (document type; the fields expected.json holds):
- A public employer's portrait "STATEMENT OF EARNINGS AND DEDUCTIONS" (pay_stub): employer name and address at the
  top left, a captioned grid Pay date | Period begin | Period end | Pay frequency ("Semi-monthly") | Advice no. |
  Employee ID at the top right, the employee's name and address in capitals, ONE LONG TABLE DESCRIPTION | HOURS | RATE
  | CURRENT | CALENDAR YTD with grey sub-bands EARNINGS (Regular salary, Longevity pay, an occasional Extra duty
  stipend), a ruled GROSS PAY row, PRE-TAX DEDUCTIONS, TAXES WITHHELD, AFTER-TAX DEDUCTIONS, a boxed NET PAY row; the
  deposit line and a LEAVE BALANCES box. Brindlewood Unified School District (bg1), Harlow County Public Library System
  (bg3), Commonwealth Maritime Academy (bg5), Borough of Ashby Falls (bg6), Spruce Hollow Township (bg8). Semi-monthly
  periods 1-15 and 16-end, paid on the period's last day or the Friday before.
- An hourly employer's LASER CHECK SHEET (pay_stub): a red band with the employer in capitals and "EARNINGS
  STATEMENT", a row of captioned cells Employee | Employee no. | Pay period | Pay date | Frequency ("Weekly" or
  "Bi-weekly"), SIDE-BY-SIDE panels HOURS AND EARNINGS (Regular, Overtime 1.5x, Night shift premium: hours, rate, this
  period, year to date) and TAXES AND DEDUCTIONS (this period, year to date), three summary boxes GROSS PAY | TOTAL
  DEDUCTIONS | NET PAY with This period / Year to date, a perforation, and below it a NON-NEGOTIABLE check face paying
  the net to the employee, the amount in words and a MICR-like line. Bayline Freight Terminal (bg2), Palisade Cold
  Storage (bg3, the brother's), Lewes Point Marine Services (bg4), Dunmore Glen Medical Laboratories (bg5),
  Millbrook Station Fire Equipment (bg7). Weekly and bi-weekly periods end on the Saturday six days before the Friday
  pay date. For every stub: pay_date, period_start, period_end, frequency, gross_current = gross pay this period,
  gross_ytd = gross pay year to date (the sum of that year's checks), net_current, monthly_gross = gross x periods a
  year / 12; employer and employee_name as printed (compared ignoring case).
- A pension fund's half-page "MONTHLY BENEFIT PAYMENT NOTICE" for the co-borrower's pension - a PENSION STUB
  (benefit_award_letter: letter_date = Payment date, monthly_amount = Gross monthly pension, benefit_type
  benefits_taxable; "Paid: Monthly, by direct deposit", This payment / Year to date columns, a tear-off
  change-of-address form under a dashed line): Alder Basin Building Trades Pension Fund (bg1, bg7), Tri-State Health
  Care Employees' Pension Plan (bg4). In every packet that holds one the pension is documented otherwise too (the
  fund's own benefit letter is in bg1, bg4 and bg7), so no status depends on how the notice is read.
- The funds' "Confirmation of monthly pension benefit" letters (a round emblem with the fund's initials; bg1, bg4,
  bg7) and Social Security's "Benefit Verification Letter" (bg8) (benefit_award_letter, benefits_taxable; letter_date,
  monthly_amount = the gross monthly pension, or the Social Security benefit before the Medicare deduction, which is
  what the application lists).
- Sandpiper Savings Bank (bank_statement), PORTRAIT, TWO PAGES: a teal circle with a white chevron, the name in a
  serif face, "Statement of Account", "Statement period: mm/dd/yyyy through mm/dd/yyyy", "Account number:
  ******4471", "Page n of 2"; the holder's address block, a boxed "Advantage Checking - summary" (Beginning balance on
  ... = beginning_balance; Ending balance on ... = ending_balance), a Posted | Description | Amount (signed +/-) |
  Balance register that runs onto page 2 and ends in "Ending balance on ...". Calendar months.
- Tamsin Ridge Federal Credit Union (bank_statement), ONE LANDSCAPE PAGE: a purple MEMBER PANEL down the left third
  (mountain mark, "TAMSIN RIDGE / Federal Credit Union", member, STATEMENT PERIOD "mm/dd/yyyy - mm/dd/yyyy", "Share
  Draft Checking ...0639", SUMMARY: Previous balance = beginning_balance, Deposits & credits (n), Withdrawals & debits
  (n), Dividends earned, New balance = ending_balance; the full name again at the panel's foot) and the "Account
  Activity" register on the right (Date | Transaction | Withdrawals | Deposits | Balance, zebra rows, "Previous balance"
  first and "New balance" last). Cycles run from the 8th to the 7th; the dividend posts on the last day.
  bank_name, account_last4, period_start, period_end, beginning_balance, ending_balance for both banks; the deposits
  show the stubs' net pay, the pensions, Social Security and the RENT (mobile deposits, Zelle, ACH, check deposits).
- Kittiwake Property Management's monthly "OWNER STATEMENT" for a managed rental house (other: neither a bank
  statement nor a deposited rent check): owner block, Statement period / Owner ID / Property, a dark-headed Date |
  Description | Cash in | Cash out | Balance ledger from "Beginning cash balance (operating reserve)" through rent
  received, the 8% management fee, repairs and the "Owner distribution - ACH" to "Ending cash balance (reserve held)",
  and a MONTH SUMMARY box (bg2, March and April).
- A Form 1040 for 2045 as a tax program prints it, with its SCHEDULE E page (tax_return; tax_year 2045, form "1040";
  three pages: income lines 1a..15 with line 8 carrying the Schedule E result, page 2 with the Sign Here block signed
  and dated, Schedule E Part I with the rental's address, type, fair rental days, rents received, expense lines 5-19,
  20, 21, 23a, 26) (bg2, bg4).
- A landlords' association's two-page "RESIDENTIAL LEASE - MONTH-TO-MONTH TENANCY" (Form CSLA-4: a KEY TERMS grid,
  numbered clauses in two columns, both parties' signatures and dates on page 2) (other) (bg1, bg4, bg6, bg8).
- A landlord's RENT LEDGER printed from a spreadsheet (other): the file name as page header, grey column letters
  A..G and row numbers, gridlines, a title row spilling over its cells, Month | Rent due | Date received | Amount
  received | Method | Balance | Notes, "Sheet1" / "Page 1" in the footer (bg5, bg8).
- Sandpiper's "Deposited Item Image" printouts of the tenant's RENT CHECKS (rent_check, no fields; fresh by the posting
  date): account, posted date, amount, check number, then the FRONT (tenant's name and address, check number, date,
  payee, amount and the amount in words in the tenant's hand, memo, signature, MICR line) and the BACK (the borrower's
  endorsement "For deposit only / acct. ...nnnn" and the bank's tilted DEPOSITED stamp) (bg7, September and October).
- Hardship letters (hardship_letter; letter_date) WRITTEN BY EACH BORROWER: the borrower's typed block-style letter
  (return address, long date, the servicer's address, "RE: Hardship letter - loan number ...", "Property: ...") and
  the co-borrower's own "Statement of co-borrower who does not live in the property" from his or her own address,
  dated mm/dd/yyyy at the top right. Signed on the screen or in ink; two e-mailed letters are unsigned.
- Page 1 of the real IRS Form 4506-C (Rev. 10-2022) typed over by the servicer and signed and dated by the borrower
  (irs_form_4506c; signed true, signed_on the date beside the signature) - on the screen or in ink.

PACKETS (status and missing codes as `missing_codes` computes them):
- bg1 COMPLETE (2046-04-24). E-mailed born-digital files in a folder named after the loan "0071824459/":
  "Castellano relief application.pdf" (FHMS-27L signed on the screen by the borrower and by her FATHER, who lives in
  New Jersey on a carpenters' pension), "paystub 2046-03-30.pdf", "paystub 2046-04-13.pdf" (school district),
  "Dad pension notice April.pdf", "Alder Basin benefit letter.pdf", "Sandpiper Feb 2046.pdf", "Sandpiper Mar
  2046.pdf" (consecutive, fresh, the upstairs rent deposited), "Unit B lease.pdf", "4506-C signed.pdf", "hardship
  letter - Priya.pdf", "letter from Desmond Castellano.pdf". Duplex, she lives in Unit A; higher housing expenses
  (no paper needed).
- bg2 INCOMPLETE income_doc:rental (2046-05-16). ONE flatbed scan "Oyelaran 2209547713.pdf", 10 pages: FHMS-27X in
  ink (wages and the NET rent of a second house; reduction in income), a weekly check sheet, the property manager's
  March and April OWNER STATEMENTS, the 1040 with Schedule E, a 4506-C and a letter in ink. No bank statements and no
  deposited rent checks: owner statements, a lease or a Schedule E do not document rent received.
- bg3 INCOMPLETE application_signature (2046-06-12). Loose e-mailed files "0405517286_application.pdf",
  "..._paystub_Ilse.pdf", "..._paystub_Joost.pdf", "..._TRFCU_statement_0507.pdf", "..._TRFCU_statement_0607.pdf",
  "..._4506C.pdf", "..._hardship_letter.pdf", "..._letter_Joost.pdf": FHMS-27L signed on the screen by the borrower;
  her BROTHER, named in the co-borrower row with his own wages, sent his stub and a signed letter but LEFT HIS
  SIGNATURE AND DATE ON SHEET 3 EMPTY. Basement rent in two consecutive landscape credit-union statements; illness
  (her letter covers it) and reduced income.
- bg4 COMPLETE (2046-07-11). A folder named after the loan "3318206645/" holding one flatbed scan per paper
  "Scan_20460710_<n>.pdf": FHMS-27X in ink by a son and his MOTHER for a rented house neither lives in (investment
  property; his wages, her pension, net rent), his bi-weekly check sheet, her pension notice and the plan's benefit
  letter, two consecutive
  Sandpiper statements of the rental account, the 1040 with Schedule E, the lease, a 4506-C, a letter from each.
  Hardship "other" (tenants who stopped paying) - the letters explain it.
- bg5 COMPLETE (2046-08-21). Loose e-mailed files "Ferraro-0088412370-<paper>.pdf": FHMS-27X typed and signed on the
  screen by the borrower and her SISTER in Massachusetts (wages on 1a and 1b, a basement apartment's net rent), both
  stubs (bi-weekly check sheet, semi-monthly statement), two consecutive landscape credit-union statements, the rent
  ledger, a 4506-C, an unsigned letter from the borrower and a signed one from the sister. Illness and higher
  housing costs.
- bg6 INCOMPLETE hardship_doc:divorce_or_separation, irs_form_4506c (2046-09-19). ONE flatbed scan "5560193024.pdf",
  9 pages: FHMS-27L in ink (three LANDSCAPE sheets; no co-borrower; divorce pending), a semi-monthly stub, two
  consecutive LANDSCAPE credit-union statements, the lease of the apartment over the garage, a letter in ink. No
  decree or quitclaim deed, and no 4506-C although rent is claimed.
- bg7 COMPLETE (2046-10-18). ONE flatbed scan "Marchetti, Augustin 1907736651 packet.pdf", 10 pages mixing LEGAL and
  letter sheets: FHMS-27X in ink by the borrower and his FATHER in a senior residence (wages, the father's pension,
  net rent of the duplex's other unit; reduction in income and "other"), a weekly check sheet, the pension notice and
  the fund's letter, the two DEPOSITED RENT CHECK printouts, a 4506-C and a letter from each in ink.
- bg8 INCOMPLETE income_doc:rental, income_doc:wages (2046-11-13). A folder named after the loan "0063390518/" of
  e-mailed files plus ONE flatbed scan ("lease Unit B scan.pdf"): FHMS-27L signed on the screen by a widow (Social
  Security, the rent of Unit B) and her SON in Pennsylvania (his salary), his only stub (paid 07/31, 105 days old),
  Social Security's fresh letter, two consecutive Sandpiper statements for June and July (the newer ended 105 days
  before), the rent ledger, the scanned lease, a 4506-C, a letter from each. The benefit is documented; the wages and
  the rent are not.

Expected status and missing codes are not typed by hand: `missing_codes` applies shared/spec/checklist.md (and the
90-day freshness of domain-rules.md) to the values drawn into each packet - fresh = dated 0..90 days before the
received date (a stub by its pay date, a statement by its period end, a letter or notice by its date, a rent check by
its posting date); "two most recent bank statements" = consecutive periods of one account, read both as "the newer
fresh" and as "both fresh", and as documenting every claimed kind of income or only the kinds whose deposits both
statements show; the pension notice read both as a benefit paper and as not counting - and the build stops unless
every reading agrees and equals the packet's scenario. At build time every value expected.json holds is
looked up in the drawn paper's text before any scanning, and every income paper is at least six days clear of the
90-day line. `--check` re-reads what was written: keys, codes, document types and each type's field names, ISO dates,
weekday received dates in 2046, income lines adding up to the total, monthly_gross arithmetic, year to date not
below the current gross, consecutive statements chaining their balances, every listed page existing exactly once,
every page of every file belonging to a document, `scanned` matching the absence of a text layer, file sizes, and the
checklist re-run on expected.json itself giving its missing codes. Every file is the same bytes for a seed: reportlab
runs in invariant mode, scans use seeded noise, pypdf output carries fixed identifiers. All people, employers, banks,
agencies, landlords and servicers are fictional; SSNs use the 900-999 area, and every page carries a faint
"synthetic test document" line.
"""

from __future__ import annotations

import argparse
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
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED = next((p for p in (REPO.parent / "shared", Path("/work/shared")) if p.is_dir()), REPO.parent / "shared")
FORM4506C = SHARED / "reference" / "irs-form4506c-rev2022-10-blank.pdf"
HAND_FONT = Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf")
HAND_FALLBACK = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf")
SYNTH = "synthetic test document - every person, business and number on this page is fictional"

LETTER = (612.0, 792.0)
LANDSCAPE = (792.0, 612.0)
LEGAL = (612.0, 1008.0)

HARDSHIPS = (
    "unemployment",
    "reduction_in_income",
    "increase_in_housing_expenses",
    "disaster",
    "disability_or_illness",
    "divorce_or_separation",
    "separation_unmarried",
    "death",
    "relocation",
    "other",
)
INCOMES = (
    "wages",
    "self_employment",
    "unemployment",
    "benefits_taxable",
    "benefits_nontaxable",
    "rental",
    "investment",
    "other",
)
OCCUPANCIES = ("primary_residence", "second_home", "investment_property")
DOC_TYPES = (
    "mortgage_assistance_application",
    "pay_stub",
    "bank_statement",
    "hardship_letter",
    "profit_and_loss_statement",
    "tax_return",
    "w2",
    "irs_form_4506c",
    "unemployment_benefit_letter",
    "benefit_award_letter",
    "investment_statement",
    "rent_check",
    "divorce_decree",
    "quitclaim_deed",
    "death_certificate",
    "obituary",
    "medical_statement",
    "employer_relocation_letter",
    "military_pcs_orders",
    "separator_sheet",
    "other",
)
FIELD_KEYS = {
    "pay_stub": {
        "employer",
        "employee_name",
        "pay_date",
        "period_start",
        "period_end",
        "frequency",
        "gross_current",
        "gross_ytd",
        "net_current",
        "monthly_gross",
    },
    "bank_statement": {
        "bank_name",
        "account_last4",
        "period_start",
        "period_end",
        "beginning_balance",
        "ending_balance",
    },
    "hardship_letter": {"letter_date"},
    "benefit_award_letter": {"letter_date", "monthly_amount", "benefit_type"},
    "tax_return": {"tax_year", "form"},
    "irs_form_4506c": {"signed", "signed_on"},
}
REQUIRED_APP_FIELDS = (
    "loan_number",
    "borrower_name",
    "property_address",
    "occupancy",
    "hardship_types",
    "hardship_start_date",
    "income",
)
HARDSHIP_PAPERS = {
    "disability_or_illness": {"hardship_letter", "medical_statement"},
    "divorce_or_separation": {"divorce_decree", "quitclaim_deed"},
    "separation_unmarried": {"quitclaim_deed"},
    "death": {"death_certificate", "obituary"},
    "relocation": {"employer_relocation_letter", "military_pcs_orders"},
    "other": {"hardship_letter"},
}
FRESH_DAYS = 90
EDGE_DAYS = 6  # every income paper is at least this many days clear of the 90-day line
PERIODS = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
MAX_FILE_BYTES = 8_000_000

TEAL = Color(0.02, 0.36, 0.40)
NAVY = Color(0.09, 0.16, 0.33)
INK = Color(0.10, 0.13, 0.42)


def money(v: float) -> str:
    return f"{v:,.2f}"


def mdy(d: dt.date) -> str:
    return d.strftime("%m/%d/%Y")


def long_date(d: dt.date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def r2(v: float) -> float:
    return round(v + (1e-9 if v >= 0 else -1e-9), 2)


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)


def weekday_before(d: dt.date) -> dt.date:
    """The day itself, or the Friday before when it falls on a weekend."""
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, font, size) <= width or not line:
            line = trial
        else:
            out.append(line)
            line = word
    if line:
        out.append(line)
    return out


def para(
    c: Canvas,
    x: float,
    y: float,
    width: float,
    text: str,
    font: str = "Times-Roman",
    size: float = 10.5,
    leading: float | None = None,
) -> float:
    """Draw a wrapped paragraph from baseline y downwards; return the baseline under its last line."""
    lead = leading or size * 1.3
    c.setFont(font, size)
    for line in wrap(text, font, size, width):
        c.drawString(x, y, line)
        y -= lead
    return y


# --- marks: what a borrower adds by pen or on the screen -----------------------------------------------------------


@dataclass
class Mark:
    """kind "sig": a signature; "date": a date typed on the screen or written by hand when printed; "hand": words
    always written by hand (an endorsement). x, y: the baseline's left end in points from the bottom-left corner."""

    kind: str
    x: float
    y: float
    text: str = ""
    w: float = 140.0
    size: float = 11.0
    seed: int = 1


PageFn = Callable[[Canvas], list[Mark]]


@dataclass
class Paper:
    pages: list[PageFn]
    size: tuple[float, float] = LETTER


def synth_line(c: Canvas, size: tuple[float, float]) -> None:
    c.saveState()
    c.setFont("Helvetica", 5.5)
    c.setFillGray(0.7)
    c.drawString(22, 9, SYNTH)
    c.restoreState()


def scrawl(seed: int, w: float, h: float = 17.0) -> list[list[tuple[float, float]]]:
    """Pen strokes of a signature in a w x h box (0,0 at the bottom-left): a tall capital and a run of humps for
    each word, then a low underline."""
    rng = random.Random(seed * 7919 + 13)
    strokes: list[list[tuple[float, float]]] = []
    x = 0.0
    words = rng.choice((2, 2, 3))
    for _ in range(words):
        span = w * rng.uniform(0.27, 0.4)
        cap = h * rng.uniform(0.95, 1.3)
        pts = [(x, h * 0.12), (x + 2.5, cap), (x + 4.5, cap * 0.92), (x + 5.5, h * 0.18)]
        humps = rng.randint(3, 6)
        steps = humps * 10
        loop = (span - 5.5) / (2 * math.pi * humps) * rng.uniform(1.05, 1.6)
        tall = {rng.randrange(humps) for _ in range(2)}
        for i in range(1, steps + 1):
            t = i / steps
            phase = 2 * math.pi * humps * t
            px = x + 5.5 + (span - 5.5) * t - loop * math.sin(phase)
            k = int(t * humps - 1e-9)
            amp = h * (0.75 if k in tall else 0.36) * rng.uniform(0.9, 1.1)
            py = h * 0.18 + amp * (0.5 - 0.5 * math.cos(phase))
            pts.append((px + 0.3 * py, py))
        strokes.append(pts)
        x += span + w * rng.uniform(0.04, 0.08)
        if x > w * 0.9:
            break
    strokes.append([(w * 0.04, -1.5), (min(x, w) * 0.55, 0.5), (min(x, w) * 0.92, 2.2)])
    return strokes


def draw_vector_signature(c: Canvas, m: Mark) -> None:
    c.saveState()
    c.setStrokeColor(INK)
    c.setLineWidth(1.05)
    c.setLineCap(1)
    c.setLineJoin(1)
    for stroke in scrawl(m.seed, m.w):
        path = c.beginPath()
        path.moveTo(m.x + stroke[0][0], m.y + stroke[0][1])
        for px, py in stroke[1:]:
            path.lineTo(m.x + px, m.y + py)
        c.drawPath(path, stroke=1, fill=0)
    c.restoreState()


def apply_screen_marks(c: Canvas, marks: Sequence[Mark]) -> None:
    for m in marks:
        if m.kind == "sig":
            draw_vector_signature(c, m)
        else:
            c.setFillColor(black)
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


# --- documents as drawn ---------------------------------------------------------------------------------------------


@dataclass
class Item:
    """One logical document: how it is drawn, its type and the values expected.json holds for it, and the facts the
    checklist needs (its date, account, benefit kind, signature)."""

    type: str
    paper: Paper
    fields: dict[str, Any]
    date: dt.date | None = None
    account: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    benefit: str | None = None
    stub_like: bool = False
    signed: bool = False
    has_ytd: bool = False
    proofs: list[str] = field(default_factory=list)
    base: Path | None = None  # a PDF whose pages the paper's pages are laid over (the real IRS form)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def pages(self) -> int:
        return len(self.paper.pages)


def fixed_bytes(writer: PdfWriter, tag: str) -> bytes:
    """pypdf output with fixed identifiers, so a rerun writes the same bytes."""
    ident = ByteStringObject(tag.encode().ljust(16, b"0")[:16])
    writer._ID = ArrayObject([ident, ident])
    writer.add_metadata({"/Producer": "holdout_packets_bg"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def item_pdf(item: Item, screen: bool, tag: str = "bg") -> tuple[bytes, list[list[Mark]]]:
    """The item as a PDF. screen=True: signed and dated on the screen (marks drawn as vectors and typed);
    screen=False: the printout before the pen, with the marks returned for the ink."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=item.paper.size, invariant=1, pageCompression=1)
    c.setCreator("holdout_packets_bg")
    marks: list[list[Mark]] = []
    for fn in item.paper.pages:
        c.setFillColor(black)
        c.setStrokeColor(black)
        page_marks = fn(c)
        marks.append(page_marks)
        if screen:
            apply_screen_marks(c, page_marks)
        synth_line(c, item.paper.size)
        c.showPage()
    c.save()
    data = buf.getvalue()
    if item.base is not None:
        base = PdfReader(item.base)
        over = PdfReader(io.BytesIO(data))
        writer = PdfWriter()
        for i, page in enumerate(over.pages):
            writer.add_page(base.pages[i])
            target = writer.pages[i]
            if "/Annots" in target:
                del target["/Annots"]
            target.merge_page(page)
        if "/AcroForm" in writer._root_object:
            del writer._root_object["/AcroForm"]
        data = fixed_bytes(writer, f"{tag}{item.type[:6]}")
    return data, marks


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


# --- the office flatbed --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Flatbed:
    """An office flatbed: 300 dpi grey, the sheet laid a little crooked on the glass, a soft lid shadow."""

    dpi: int = 300
    skew: float = 0.45
    blur: float = 0.5
    speckle: float = 0.00025
    quality: int = 76


@dataclass
class Sheet:
    image: Image.Image
    size: tuple[float, float]


def _hand_font(px: int) -> ImageFont.FreeTypeFont:
    path = HAND_FONT if HAND_FONT.is_file() else HAND_FALLBACK
    return ImageFont.truetype(str(path), px)


def ink(img: Image.Image, marks: Sequence[Mark], scale: float, page_h: float) -> None:
    draw = ImageDraw.Draw(img)
    for m in marks:
        if m.kind == "sig":
            width = max(2, round(1.25 * scale))
            for stroke in scrawl(m.seed, m.w):
                pts = [((m.x + px) * scale, (page_h - m.y - py) * scale) for px, py in stroke]
                draw.line(pts, fill=38, width=width, joint="curve")
        else:
            rng = random.Random(m.seed * 31 + len(m.text))
            font = _hand_font(round(m.size * 1.15 * scale))
            x = m.x * scale
            for ch in m.text:
                dy = rng.uniform(-0.9, 0.9) * scale
                draw.text((x, (page_h - m.y) * scale + dy), ch, fill=45, font=font, anchor="ls")
                x += font.getlength(ch) * rng.uniform(0.97, 1.1)


def lay_on_glass(img: Image.Image, style: Flatbed, seed: int) -> Image.Image:
    """Skew, blur, paper tone, lamp falloff, speckle and the lid's shadow along one edge."""
    rng = np.random.default_rng(seed)
    angle = style.skew * (0.6 + 0.8 * float(rng.random())) * (1 if seed % 2 else -1)
    out = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    if style.blur:
        out = out.filter(ImageFilter.GaussianBlur(style.blur))
    a = np.asarray(out, dtype=np.float32)
    h, w = a.shape
    a = 16.0 + a * 0.905
    a -= np.linspace(0.0, 7.0, w, dtype=np.float32)[None, :]  # the lamp is a little weaker on one side
    a += rng.normal(0.0, 1.1, size=a.shape).astype(np.float32)
    n = int(w * h * style.speckle)
    ys = rng.integers(0, h, n)
    xs = rng.integers(0, w, n)
    a[ys, xs] = rng.uniform(60, 140, n).astype(np.float32)
    edge = max(4, style.dpi // 60)
    a[:, :edge] = np.minimum(a[:, :edge], np.linspace(70, 200, edge, dtype=np.float32)[None, :])
    a[:edge, :] = np.minimum(a[:edge, :], np.linspace(90, 215, edge, dtype=np.float32)[:, None])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def render(pdf: bytes, dpi: int) -> list[tuple[Image.Image, float, float]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for i in range(len(doc)):
            page = doc[i]
            img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            out.append((img, page.get_width(), page.get_height()))
        return out
    finally:
        doc.close()


def scan_item(item: Item, style: Flatbed, seed: int) -> list[Sheet]:
    """Print the item, sign and date it in ink, and lay each sheet on the flatbed."""
    pdf, marks = item_pdf(item, screen=False)
    sheets = []
    for i, (img, pw, ph) in enumerate(render(pdf, style.dpi)):
        ink(img, marks[i], style.dpi / 72, ph)
        sheets.append(Sheet(lay_on_glass(img, style, seed * 101 + i * 7 + 1), (pw, ph)))
    return sheets


def sheets_pdf(sheets: Sequence[Sheet], style: Flatbed) -> bytes:
    """The scanner's image-only PDF: one grey JPEG per page, the page the size of the sheet."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=LETTER, invariant=1)
    c.setCreator("Flatbed Scan Utility 4.2")
    for sheet in sheets:
        c.setPageSize(sheet.size)
        data = io.BytesIO()
        sheet.image.save(data, "JPEG", quality=style.quality)
        data.seek(0)
        c.drawImage(ImageReader(data), 0, 0, width=sheet.size[0], height=sheet.size[1])
        c.showPage()
    c.save()
    return buf.getvalue()


# --- the checklist (shared/spec/checklist.md) ----------------------------------------------------------------------


@dataclass
class Fact:
    """What the checklist needs to know of one document."""

    type: str
    date: dt.date | None = None
    account: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    benefit: str | None = None
    stub_like: bool = False
    signed: bool = False
    has_ytd: bool = False
    undated_ok: bool = False  # a rent check read back from expected.json, which carries no date for it
    shows: frozenset[str] | None = None  # income codes whose deposits a statement shows (None: not known)


def fact_of(item: Item) -> Fact:
    return Fact(
        item.type,
        item.date,
        item.account,
        item.start,
        item.end,
        item.benefit,
        item.stub_like,
        item.signed,
        item.has_ytd,
        shows=frozenset(item.extra["shows"]) if "shows" in item.extra else None,
    )


def _iso(v: Any) -> dt.date | None:
    return dt.date.fromisoformat(v) if isinstance(v, str) else None


def fact_from_expected(doc: dict[str, Any]) -> Fact:
    f = doc["fields"]
    kind = doc["type"]
    if kind == "pay_stub":
        return Fact(kind, _iso(f["pay_date"]), has_ytd=f.get("gross_ytd") is not None)
    if kind == "bank_statement":
        return Fact(
            kind,
            _iso(f["period_end"]),
            f"{f['bank_name']}|{f['account_last4']}",
            _iso(f["period_start"]),
            _iso(f["period_end"]),
        )
    if kind == "irs_form_4506c":
        return Fact(kind, _iso(f.get("signed_on")), signed=bool(f.get("signed")))
    if kind == "rent_check":
        return Fact(kind, undated_ok=True)
    return Fact(kind, _iso(f.get("letter_date")), benefit=f.get("benefit_type"))


def missing_codes(
    app: dict[str, Any] | None,
    facts: Sequence[Fact],
    received: dt.date,
    both_fresh: bool = False,
    stub_counts: bool = True,
    content: bool = False,
) -> list[str]:
    """The default Form 710 checklist applied to an application's answers and the documents' facts.
    both_fresh: read "two most recent bank statements" as both fresh (else: the newer fresh);
    stub_counts: a pension payment notice shaped like a stub counts as a document of amount and frequency;
    content: two statements document only the kinds of income whose deposits both of them show."""
    if app is None:
        return ["application"]
    out: list[str] = []
    for name in REQUIRED_APP_FIELDS:
        value = app.get(name)
        if name == "hardship_types":
            blank = not value
        elif name == "income":
            blank = not any(v and v > 0 for k, v in (value or {}).items() if k != "total")
        else:
            blank = value in (None, "")
        if blank:
            out.append(f"application_field:{name}")
    if not app.get("signed") or (app.get("co_borrower_name") and app.get("co_borrower_signed") is not True):
        out.append("application_signature")

    def fresh(f: Fact) -> bool:
        if f.date is None:
            return f.undated_ok
        return 0 <= (received - f.date).days <= FRESH_DAYS

    stmts = [f for f in facts if f.type == "bank_statement"]

    def two_bank(code: str) -> bool:
        return any(
            a is not b
            and a.account == b.account
            and a.end is not None
            and b.start is not None
            and b.start == a.end + dt.timedelta(days=1)
            and fresh(b)
            and (fresh(a) or not both_fresh)
            and (not content or all(f.shows is None or code in f.shows for f in (a, b)))
            for a in stmts
            for b in stmts
        )

    def benefit_paper(kind: str) -> bool:
        return any(
            f.type == "benefit_award_letter" and f.benefit == kind and fresh(f) and (stub_counts or not f.stub_like)
            for f in facts
        )

    def count(kind: str) -> int:
        return sum(1 for f in facts if f.type == kind and fresh(f))

    satisfied = {
        "wages": two_bank("wages") or any(f.type == "pay_stub" and f.has_ytd and fresh(f) for f in facts),
        "self_employment": two_bank("self_employment")
        or any(f.type in ("profit_and_loss_statement", "tax_return") and f.signed and fresh(f) for f in facts),
        "unemployment": True,
        "benefits_taxable": two_bank("benefits_taxable") or benefit_paper("benefits_taxable"),
        "benefits_nontaxable": two_bank("benefits_nontaxable") or benefit_paper("benefits_nontaxable"),
        "rental": two_bank("rental") or count("rent_check") >= 2,
        "investment": two_bank("investment") or count("investment_statement") >= 2,
        "other": two_bank("other") or benefit_paper("other"),
    }
    claimed = [k for k, v in (app.get("income") or {}).items() if k != "total" and v and v > 0]
    out += [f"income_doc:{k}" for k in claimed if not satisfied[k]]
    types = {f.type for f in facts}
    for h in app.get("hardship_types") or []:
        if h in HARDSHIP_PAPERS and not HARDSHIP_PAPERS[h] & types:
            out.append(f"hardship_doc:{h}")
    if ({"self_employment", "rental"} & set(claimed)) and not any(
        f.type == "irs_form_4506c" and f.signed for f in facts
    ):
        out.append("irs_form_4506c")
    return sorted(set(out))


# --- the application -----------------------------------------------------------------------------------------------


@dataclass
class Person:
    name: str
    ssn: str  # 900-999 area
    phone: str
    email: str
    relation: str = "Self"
    lives_there: bool = True
    home: str = ""  # one line, when the person lives elsewhere


@dataclass
class Unit:
    label: str
    in_building: bool  # a borrower lives in the same building
    tenant: str
    since: dt.date
    rent: float
    expenses: float = 0.0
    manager: str = "Self-managed"


@dataclass
class App:
    edition: str  # "landscape" (FHMS-27L, three sheets) | "legal" (FHMS-27X, two legal-size pages)
    loan: str
    b: Person
    co: Person | None
    street: str
    city: str
    state: str
    zip: str
    occupancy: str
    units: int
    home_unit: str
    hardships: list[str]
    start: dt.date | None
    duration: str  # short | long | resolved
    explain: str
    income: dict[tuple[str, str], float]  # ("b" or "c", income code) -> monthly amount; rent comes from rentals
    rentals: list[Unit]
    signed_on: dt.date
    b_signs: bool = True
    b_dates: bool = True
    co_signs: bool = True
    assets: dict[str, float] = field(default_factory=dict)
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def gross_rent(self) -> float:
        return r2(sum(u.rent for u in self.rentals))

    @property
    def rent_expenses(self) -> float:
        return r2(sum(u.expenses for u in self.rentals))

    @property
    def rental(self) -> float:
        """The landscape edition asks for rents received; the legal edition's line 6 is net of line 6b."""
        return self.gross_rent if self.edition == "landscape" else r2(self.gross_rent - self.rent_expenses)

    def cell(self, who: str, code: str) -> float:
        if code == "rental":
            return self.rental if who == "b" else 0.0
        return r2(self.income.get((who, code), 0.0))

    def by_code(self) -> dict[str, float]:
        out = {}
        for code in INCOMES:
            v = r2(self.cell("b", code) + self.cell("c", code))
            if v > 0:
                out[code] = v
        return out

    @property
    def total(self) -> float:
        return r2(sum(self.by_code().values()))

    def expected(self) -> dict[str, Any]:
        income: dict[str, float] = dict(self.by_code())
        income["total"] = self.total
        return {
            "loan_number": self.loan,
            "borrower_name": self.b.name,
            "co_borrower_name": self.co.name if self.co else None,
            "ssn_last4": self.b.ssn[-4:],
            "property_address": self.address,
            "occupancy": self.occupancy,
            "hardship_types": sorted(self.hardships),
            "hardship_start_date": self.start.isoformat() if self.start else None,
            "income": income,
            "signed": self.b_signs and self.b_dates,
            "signed_on": self.signed_on.isoformat() if self.b_dates else None,
            "co_borrower_signed": None if self.co is None else self.co_signs,
        }

    def proofs(self) -> list[str]:
        out = [self.loan, self.b.name, self.b.ssn[-4:], self.street, self.city, self.zip, money(self.total)]
        out += [money(self.cell(who, code)) for who in "bc" for code in INCOMES if self.cell(who, code) > 0]
        if self.co:
            out += [self.co.name, self.co.ssn[-4:]]
        if self.start:
            out.append(self.start.strftime("%Y"))
        return out


SERVICER = "Fenwick Harbor Mortgage Servicing, Inc."
SERVICER_ADDR = "2200 Quayside Drive, Port Annick, MD 21690"
HARDSHIP_LABELS_L = {
    "unemployment": "Job loss or unemployment",
    "reduction_in_income": "Lower pay, fewer hours, lost overtime",
    "increase_in_housing_expenses": "Higher housing costs (taxes, insurance, repairs)",
    "disaster": "Disaster (fire, flood, storm)",
    "disability_or_illness": "Illness or disability of a borrower or dependent",
    "divorce_or_separation": "Divorce or legal separation",
    "separation_unmarried": "Unmarried co-owners have separated",
    "death": "Death of a borrower or wage earner",
    "relocation": "Job moved far away / relocation",
    "other": "Something else (explain in 2d)",
}
INCOME_CAPTIONS_L = {
    "wages": "Wages, salary, overtime, tips, bonuses",
    "self_employment": "Self-employment (after expenses)",
    "unemployment": "Unemployment benefits",
    "benefits_taxable": "Social Security, pension, disability (taxable)",
    "benefits_nontaxable": "Non-taxable Social Security or disability",
    "rental": "Rents received (gross)",
    "investment": "Investment or insurance income",
    "other": "Alimony, child support, other income",
}
USE_LABELS = {
    "primary_residence": "Our home - at least one borrower lives here",
    "second_home": "Second home - used part of the year",
    "investment_property": "Rental or investment - no borrower lives here",
}
DURATION_LABELS = {"short": "6 months or less", "long": "More than 6 months", "resolved": "It is over now"}


def checkbox(c: Canvas, x: float, y: float, on: bool, size: float = 7.5) -> None:
    """A square box with its bottom-left at (x, y), marked with a typed X when on."""
    c.saveState()
    c.setLineWidth(0.7)
    c.setStrokeColor(black)
    c.rect(x, y, size, size, stroke=1, fill=0)
    if on:
        c.setFont("Courier-Bold", size + 2)
        c.drawCentredString(x + size / 2, y + 0.8, "X")
    c.restoreState()


def captioned(
    c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str, cap: float = 6.3, val: float = 9.5
) -> None:
    c.setLineWidth(0.6)
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica", cap)
    c.drawString(x + 3, y + h - cap - 1.5, caption)
    c.setFont("Courier", val)
    c.drawString(x + 4, y + 4, value)


def band(
    c: Canvas, x: float, y: float, w: float, text: str, color: Color = TEAL, h: float = 14.0, size: float = 8.5
) -> None:
    c.saveState()
    c.setFillColor(color)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", size)
    c.drawString(x + 6, y + (h - size) / 2 + 1.5, text)
    c.restoreState()


def land_header(c: Canvas, sheet: int, loan: str) -> None:
    pw, ph = LANDSCAPE
    c.setFillColor(NAVY)
    c.rect(36, ph - 66, 30, 30, stroke=0, fill=1)
    c.setStrokeColor(white)
    c.setLineWidth(1.3)
    for k in range(3):
        path = c.beginPath()
        y0 = ph - 58 + k * 7
        path.moveTo(40, y0)
        for i in range(1, 12):
            path.lineTo(40 + i * 2, y0 + 2.2 * math.sin(i * 0.9))
        c.drawPath(path, stroke=1, fill=0)
    c.setFillColor(NAVY)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(74, ph - 47, "FENWICK HARBOR")
    c.setFont("Helvetica", 7.2)
    c.drawString(
        74,
        ph - 58,
        "MORTGAGE SERVICING, INC.  |  " + SERVICER_ADDR + "  |  Loss Mitigation (410) 555-0146  |  Fax (410) 555-0147",
    )
    c.setFont("Helvetica-Bold", 15)
    c.drawRightString(pw - 36, ph - 45, "HOMEOWNER RELIEF APPLICATION")
    c.setFont("Helvetica", 7.2)
    c.drawRightString(pw - 36, ph - 57, f"Form FHMS-27L  |  Rev. 03/2045  |  Sheet {sheet} of 3")
    c.setStrokeColor(TEAL)
    c.setLineWidth(2)
    c.line(36, ph - 72, pw - 36, ph - 72)
    c.setStrokeColor(black)
    c.setFillColor(black)
    c.setLineWidth(0.8)
    c.rect(pw - 236, ph - 100, 200, 22, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", 6.5)
    c.drawString(pw - 232, ph - 86, "LOAN NUMBER")
    c.setFont("Courier-Bold", 12)
    c.drawRightString(pw - 42, ph - 95, loan)


def land_footer(c: Canvas, sheet: int, note: str) -> None:
    pw, _ = LANDSCAPE
    c.setFont("Helvetica", 6.8)
    c.setFillColor(black)
    c.drawString(36, 24, "FHMS-27L (03/2045)  Homeowner Relief Application - landlord and co-borrower edition")
    c.drawRightString(pw - 36, 24, note)


def fhms27l(app: App) -> Paper:
    """The servicer's LANDSCAPE application: income first (a person-by-kind matrix), hardship, then property."""
    pw, ph = LANDSCAPE
    people: list[tuple[str, Person | None]] = [("b", app.b), ("c", app.co)]

    def sheet1(c: Canvas) -> list[Mark]:
        land_header(c, 1, app.loan)
        c.setFont("Helvetica-Oblique", 7.2)
        c.drawString(36, ph - 88, "Type or print in ink. Every amount is PER MONTH and BEFORE TAXES.")
        c.drawString(
            36, ph - 97, "A co-borrower who lives somewhere else completes his or her own row and signs sheet 3."
        )
        top = ph - 124
        band(c, 36, top, pw - 72, "APPLICANTS")
        cols = [
            ("", 36, 86),
            ("Full legal name", 122, 170),
            ("SSN - last 4 digits", 292, 70),
            ("Phone", 362, 92),
            ("E-mail", 454, 150),
            ("Lives in the property?", 604, 80),
            ("Relation to borrower", 684, 72),
        ]
        y = top - 13
        c.setFillGray(0.88)
        c.rect(36, y, pw - 72, 13, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.5)
        for cap, x, _w in cols:
            c.drawString(x + 3, y + 4, cap)
        for role, (_who, p) in zip(("BORROWER", "CO-BORROWER"), people, strict=True):
            y -= 22
            for _cap, x, w in cols:
                c.rect(x, y, w, 22, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(40, y + 8, role)
            if p is None:
                continue
            c.setFont("Courier", 9)
            c.drawString(125, y + 7, p.name)
            c.drawString(295, y + 7, p.ssn[-4:])
            c.drawString(365, y + 7, p.phone)
            c.setFont("Courier", 7.6)
            c.drawString(457, y + 7, p.email)
            c.setFont("Helvetica", 7)
            checkbox(c, 609, y + 7, p.lives_there)
            c.drawString(619, y + 8, "Yes")
            checkbox(c, 641, y + 7, not p.lives_there)
            c.drawString(651, y + 8, "No")
            c.setFont("Courier", 8.5)
            c.drawString(687, y + 7, p.relation)
        y -= 15
        c.setFont("Helvetica", 7)
        c.drawString(36, y, "Home address of a co-borrower who does not live in the property:")
        c.setFont("Courier", 9)
        c.drawString(262, y, app.co.home if app.co and not app.co.lives_there else "")
        c.setLineWidth(0.4)
        c.line(258, y - 2, pw - 36, y - 2)

        top = y - 24
        band(
            c,
            36,
            top,
            pw - 72,
            "1   MONTHLY INCOME BEFORE TAXES  -  one row for each person, one column for each kind of income",
        )
        head_h = 34.0
        y = top - head_h
        c.setFillGray(0.9)
        c.rect(36, y, pw - 72, head_h, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(40, y + head_h - 10, "Person")
        xs = [156 + 66 * i for i in range(8)]
        for i, (code, x) in enumerate(zip(INCOMES, xs, strict=True)):
            c.line(x, y, x, y + head_h)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, y + head_h - 9, f"({'abcdefgh'[i]})")
            c.setFont("Helvetica", 6)
            for k, ln in enumerate(wrap(INCOME_CAPTIONS_L[code], "Helvetica", 6, 60)[:4]):
                c.drawString(x + 3, y + head_h - 16 - 6.4 * k, ln)
        c.line(684, y, 684, y + head_h)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(688, y + head_h - 10, "ROW TOTAL")
        for who, p in people:
            y -= 20
            c.rect(36, y, pw - 72, 20, stroke=1, fill=0)
            for x in [*xs, 684]:
                c.line(x, y, x, y + 20)
            c.setFont("Helvetica", 6.3)
            c.drawString(40, y + 13, "Borrower" if who == "b" else "Co-borrower")
            if p is None:
                continue
            c.setFont("Courier", 7.5)
            c.drawString(40, y + 4, p.name)
            c.setFont("Courier", 8.6)
            row = 0.0
            for code, x in zip(INCOMES, xs, strict=True):
                v = app.cell(who, code)
                if v > 0:
                    c.drawRightString(x + 62, y + 6, money(v))
                    row += v
            c.drawRightString(752, y + 6, money(r2(row)) if row else "")
        y -= 20
        c.setFillGray(0.93)
        c.rect(36, y, pw - 72, 20, stroke=1, fill=1)
        c.setFillColor(black)
        for x in [*xs, 684]:
            c.line(x, y, x, y + 20)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(40, y + 7, "Column totals")
        c.setFont("Courier", 8.6)
        for code, x in zip(INCOMES, xs, strict=True):
            v = r2(app.cell("b", code) + app.cell("c", code))
            if v > 0:
                c.drawRightString(x + 62, y + 6, money(v))
        y -= 26
        c.setLineWidth(1.2)
        c.rect(486, y, 270, 20, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(491, y + 7, "1(i) TOTAL MONTHLY HOUSEHOLD INCOME  $")
        c.setFont("Courier-Bold", 10)
        c.drawRightString(752, y + 6, money(app.total))
        c.setLineWidth(0.6)

        top = y - 22
        band(
            c,
            36,
            top,
            pw - 72,
            "1R  RENTAL UNITS  -  list every unit you rent out; the total of the monthly rents goes in column (f)",
        )
        cols = [
            ("Property and unit", 36, 230),
            ("Borrower lives in building?", 266, 100),
            ("Tenant(s)", 366, 150),
            ("Tenant since", 516, 70),
            ("Monthly rent", 586, 80),
            ("Managed by", 666, 90),
        ]
        y = top - 13
        c.setFillGray(0.9)
        c.rect(36, y, pw - 72, 13, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 6.3)
        for cap, x, _w in cols:
            c.drawString(x + 3, y + 4, cap)
        for i in range(3):
            y -= 17
            for _cap, x, w in cols:
                c.rect(x, y, w, 17, stroke=1, fill=0)
            if i < len(app.rentals):
                u = app.rentals[i]
                c.setFont("Courier", 8)
                c.drawString(39, y + 5, u.label)
                c.drawString(269, y + 5, "Yes" if u.in_building else "No")
                c.drawString(369, y + 5, u.tenant)
                c.drawString(519, y + 5, u.since.strftime("%m/%Y"))
                c.drawRightString(662, y + 5, money(u.rent))
                c.setFont("Courier", 7)
                c.drawString(669, y + 5, u.manager[:19])
        land_footer(c, 1, "Sheet 1 of 3  -  continue on sheet 2")
        return []

    def sheet2(c: Canvas) -> list[Mark]:
        land_header(c, 2, app.loan)
        top = ph - 124
        band(c, 36, top, pw - 72, "2   HARDSHIP")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, top - 14, "2a  Why are you asking for help? Mark every reason that applies.")
        for i, h in enumerate(HARDSHIPS):
            col, row = i % 5, i // 5
            x = 40 + col * 144
            y = top - 36 - row * 26
            checkbox(c, x, y, h in app.hardships)
            c.setFont("Helvetica", 7)
            for k, ln in enumerate(wrap(HARDSHIP_LABELS_L[h], "Helvetica", 7, 124)[:2]):
                c.drawString(x + 11, y + 1 - 8 * k, ln)
        y = top - 96
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "2b  The hardship began on")
        for cap, val, x, w in (
            ("MM", app.start.strftime("%m") if app.start else "", 150, 28),
            ("DD", app.start.strftime("%d") if app.start else "", 182, 28),
            ("YYYY", app.start.strftime("%Y") if app.start else "", 214, 46),
        ):
            c.setLineWidth(0.7)
            c.rect(x, y - 6, w, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 5.5)
            c.drawString(x + 2, y + 7, cap)
            c.setFont("Courier", 10)
            c.drawString(x + 4, y - 3, val)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(300, y, "2c  It is expected to last:")
        x = 410
        for key in ("short", "long", "resolved"):
            checkbox(c, x, y - 1, app.duration == key)
            c.setFont("Helvetica", 7)
            c.drawString(x + 11, y, DURATION_LABELS[key])
            x += 100
        y -= 28
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "2d  Tell us in your own words what happened (attach a letter if you need more room):")
        lines = wrap(app.explain, "Courier", 9, pw - 90)
        c.setLineWidth(0.4)
        for k in range(3):
            yy = y - 16 - 16 * k
            c.line(40, yy - 2, pw - 36, yy - 2)
            if k < len(lines):
                c.setFont("Courier", 9)
                c.drawString(44, yy, lines[k])

        top = y - 80
        band(c, 36, top, pw - 72, "3   THE PROPERTY THIS LOAN IS SECURED BY")
        y = top - 30
        captioned(c, 36, y, 330, 26, "3a  Street address (number, street, unit)", app.street)
        captioned(c, 366, y, 210, 26, "City", app.city)
        captioned(c, 576, y, 70, 26, "State", app.state)
        captioned(c, 646, y, 110, 26, "ZIP code", app.zip)
        y -= 22
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "3b  How is the property used?")
        x = 170
        for key in OCCUPANCIES:
            checkbox(c, x, y - 1, app.occupancy == key)
            c.setFont("Helvetica", 7)
            c.drawString(x + 11, y, USE_LABELS[key])
            x += 196
        y -= 22
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "3c  Units in the building")
        x = 150
        for n in range(1, 5):
            checkbox(c, x, y - 1, app.units == n)
            c.setFont("Helvetica", 7)
            c.drawString(x + 11, y, str(n))
            x += 30
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(300, y, "3d  Unit a borrower lives in:")
        c.setFont("Courier", 9)
        c.drawString(410, y, app.home_unit or "None")
        c.line(406, y - 2, 756, y - 2)
        y -= 22
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "3e  What do you want to do?")
        x = 170
        for label, on in (("Keep the property", True), ("Sell it", False), ("Not sure yet", False)):
            checkbox(c, x, y - 1, on)
            c.setFont("Helvetica", 7)
            c.drawString(x + 11, y, label)
            x += 100
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(480, y, "3f  Listed for sale?")
        checkbox(c, 560, y - 1, False)
        c.setFont("Helvetica", 7)
        c.drawString(571, y, "Yes")
        checkbox(c, 595, y - 1, True)
        c.drawString(606, y, "No")
        y -= 22
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, y, "3g  Other mortgages or liens on this property:")
        c.setFont("Courier", 9)
        c.drawString(220, y, "None")
        c.line(216, y - 2, 470, y - 2)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(480, y, "3h  HOA or condo dues a month:")
        c.setFont("Courier", 9)
        c.drawString(610, y, "None")
        c.line(606, y - 2, 756, y - 2)
        land_footer(c, 2, "Sheet 2 of 3  -  continue on sheet 3")
        return []

    def sheet3(c: Canvas) -> list[Mark]:
        land_header(c, 3, app.loan)
        top = ph - 124
        band(c, 36, top, pw - 72, "4   WHAT YOU OWN BESIDES THIS PROPERTY")
        rows = [
            ("Checking and savings accounts", "checking"),
            ("Stocks, bonds, mutual funds", "stocks"),
            ("Retirement accounts (401(k), IRA, pension)", "retirement"),
            ("Equity in other real estate", "real_estate"),
        ]
        y = top - 4
        for i, (label, key) in enumerate(rows):
            x = 36 + (i % 2) * 360
            if i % 2 == 0:
                y -= 22
            captioned(c, x, y, 360, 22, label, f"$ {money(app.assets.get(key, 0.0))}")
        top = y - 20
        band(c, 36, top, pw - 72, "5   CERTIFICATION AND SIGNATURES")
        text = (
            "By signing I certify that everything in this application and in the papers I send with it is true "
            "and complete; that the hardship I described is the reason I cannot pay as agreed; that Fenwick "
            "Harbor may check what I wrote, obtain a credit report and ask the IRS for transcripts of my returns; "
            "and that knowingly false statements may be a federal crime. A co-borrower who does not live in the "
            "property signs too: his or her income is part of this application. Fenwick Harbor will tell you "
            "within five business days whether anything more is needed."
        )
        c.setFillColor(black)
        words = text.split()
        half = len(words) // 2
        para(c, 36, top - 14, 345, " ".join(words[:half]), "Times-Roman", 8.4, 10.6)
        para(c, 411, top - 14, 345, " ".join(words[half:]), "Times-Roman", 8.4, 10.6)
        marks: list[Mark] = []
        y0 = top - 96
        for k, (title, p, signs, dates) in enumerate(
            (
                ("BORROWER", app.b, app.b_signs, app.b_dates),
                ("CO-BORROWER  (sign even if you do not live in the property)", app.co, app.co_signs, app.co_signs),
            )
        ):
            x = 36 + k * 366
            c.setLineWidth(0.9)
            c.rect(x, y0 - 120, 354, 120, stroke=1, fill=0)
            c.setFillGray(0.9)
            c.rect(x, y0 - 14, 354, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x + 5, y0 - 10, title)
            c.setLineWidth(0.6)
            c.line(x + 10, y0 - 52, x + 344, y0 - 52)
            c.setFont("Helvetica", 6.5)
            c.drawString(x + 10, y0 - 60, "Signature")
            c.line(x + 10, y0 - 84, x + 160, y0 - 84)
            c.drawString(x + 10, y0 - 92, "Date (mm/dd/yyyy)")
            c.line(x + 180, y0 - 84, x + 344, y0 - 84)
            c.drawString(x + 180, y0 - 92, "Printed name")
            if p is None:
                continue
            c.setFont("Courier", 9)
            c.drawString(x + 183, y0 - 81, p.name)
            if signs:
                marks.append(Mark("sig", x + 24, y0 - 49, w=170, seed=app.seed + 17 * k))
            if dates and (k == 0 or signs):
                marks.append(Mark("date", x + 16, y0 - 81, mdy(app.signed_on), seed=app.seed + 5 + k))
        c.setFont("Helvetica", 7)
        c.drawString(
            36,
            52,
            "Return all three sheets with your papers: fax (410) 555-0147, upload at "
            "fenwickharbor.example/relief, or mail to " + SERVICER_ADDR + ".",
        )
        land_footer(c, 3, "Sheet 3 of 3")
        return marks

    return Paper([sheet1, sheet2, sheet3], LANDSCAPE)


LEGAL_LINES = [
    ("1a", "Wages, salary, overtime, bonuses, tips - borrower"),
    ("1b", "Wages, salary, overtime, bonuses, tips - co-borrower"),
    ("2", "Self-employment income (after business expenses)"),
    ("3", "Unemployment benefits"),
    ("4", "Social Security, pension, disability and other taxable public benefits"),
    ("5", "Non-taxable Social Security or disability income"),
    ("6a", "Gross rents received each month"),
    ("6b", "Monthly rental expenses (not the mortgage)"),
    ("6", "Net rental income. Subtract line 6b from line 6a"),
    ("7", "Investment or insurance income"),
    ("8", "Alimony, child support, separate maintenance (optional)"),
    ("9", "Other income"),
    ("10", "TOTAL monthly income. Add lines 1a, 1b and 2 through 9 (not 6a or 6b)"),
]
HARDSHIP_LABELS_X = {
    "unemployment": "Unemployment",
    "reduction_in_income": "Reduction in income",
    "increase_in_housing_expenses": "Increase in housing expenses",
    "disaster": "Disaster (natural or man-made)",
    "disability_or_illness": "Long-term disability or serious illness",
    "divorce_or_separation": "Divorce or legal separation",
    "separation_unmarried": "Separation of borrowers not married to each other",
    "death": "Death of a borrower or wage earner",
    "relocation": "Distant employment transfer / relocation",
    "other": "Other (explain on line 14)",
}


def legal_values(app: App) -> dict[str, float]:
    v = {"1a": app.cell("b", "wages"), "1b": app.cell("c", "wages")}
    for line, code in (
        ("2", "self_employment"),
        ("3", "unemployment"),
        ("4", "benefits_taxable"),
        ("5", "benefits_nontaxable"),
        ("7", "investment"),
    ):
        v[line] = r2(app.cell("b", code) + app.cell("c", code))
    v["6a"] = app.gross_rent
    v["6b"] = app.rent_expenses
    v["6"] = app.rental
    v["8"] = 0.0
    v["9"] = r2(app.cell("b", "other") + app.cell("c", "other"))
    v["10"] = app.total
    return v


def fhms27x(app: App) -> Paper:
    """The servicer's LEGAL-SIZE edition, set like a tax form: numbered lines, dotted leaders, an entry column."""
    pw, ph = LEGAL
    vals = legal_values(app)

    def part(c: Canvas, y: float, label: str, title: str) -> None:
        c.setFillColor(black)
        c.rect(36, y, 44, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(58, y + 4, label)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(88, y + 4, title)
        c.setLineWidth(1.2)
        c.line(36, y, pw - 36, y)
        c.line(36, y + 15, pw - 36, y + 15)

    def entry(c: Canvas, y: float, num: str, label: str, value: str, inner: bool = False) -> None:
        c.setFont("Helvetica-Bold", 8.3)
        if not inner:
            c.drawString(40, y + 5, num)
        c.setFont("Helvetica", 8.3)
        label_x = 62 if not inner else 76
        c.drawString(label_x, y + 5, label)
        end = 310 if inner else 432
        start = label_x + stringWidth(label, "Helvetica", 8.3) + 4
        c.setFont("Helvetica", 8.3)
        dots = " ." * max(0, int((end - start) / stringWidth(" .", "Helvetica", 8.3)))
        c.drawString(start, y + 5, dots)
        bx = 314 if inner else 436
        c.setFillGray(0.82)
        c.rect(bx, y, 16, 17, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        c.drawCentredString(bx + 8, y + 5, num)
        right = 420 if inner else pw - 36
        c.rect(bx + 16, y, right - bx - 16, 17, stroke=1, fill=0)
        size = 9.5
        while size > 6 and stringWidth(value, "Courier", size) > right - bx - 22:
            size -= 0.5
        c.setFont("Courier", size)
        c.drawRightString(right - 4, y + 5, value)

    def page1(c: Canvas) -> list[Mark]:
        c.setLineWidth(1)
        c.rect(36, ph - 84, 128, 48, stroke=1, fill=0)
        c.setFont("Helvetica", 7)
        c.drawString(41, ph - 47, "Form")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, ph - 49, "FHMS-27X")
        c.setFont("Helvetica", 6.8)
        c.drawString(41, ph - 61, "(Rev. 08/2045)")
        c.drawString(41, ph - 72, "Fenwick Harbor Mortgage")
        c.drawString(41, ph - 80, "Servicing, Inc.")
        c.setFont("Helvetica-Bold", 17)
        c.drawCentredString(336, ph - 56, "Loss Mitigation Application")
        c.setFont("Helvetica", 8)
        c.drawCentredString(336, ph - 69, "For homeowners with rental income or a co-borrower who lives elsewhere")
        c.drawCentredString(336, ph - 79, "Type or print. Amounts are monthly and before taxes.")
        c.rect(pw - 140, ph - 84, 104, 48, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(pw - 88, ph - 56, "Page 1 of 2")
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(pw - 88, ph - 68, "Legal size - do not reduce")
        c.setLineWidth(2.2)
        c.line(36, ph - 90, pw - 36, ph - 90)
        y = ph - 120
        captioned(c, 36, y, 380, 28, "Borrower's name (first, middle initial, last)", app.b.name)
        captioned(c, 416, y, 160, 28, "Borrower's SSN - last 4 digits", app.b.ssn[-4:])
        y -= 28
        captioned(c, 36, y, 380, 28, "Co-borrower's name (leave blank if there is none)", app.co.name if app.co else "")
        captioned(c, 416, y, 160, 28, "Co-borrower's SSN - last 4 digits", app.co.ssn[-4:] if app.co else "")
        y -= 28
        captioned(
            c,
            36,
            y,
            540,
            28,
            "If a co-borrower does not live in the property: his or her home address and relationship to the borrower",
            f"{app.co.home} ({app.co.relation})" if app.co and not app.co.lives_there else "",
        )
        y -= 28
        captioned(c, 36, y, 180, 28, "Loan number", app.loan)
        captioned(c, 216, y, 140, 28, "Best phone number", app.b.phone)
        captioned(c, 356, y, 220, 28, "E-mail address", app.b.email, val=8.5)
        y -= 34
        part(c, y, "Part I", "Monthly Income - everyone who signed the note, before taxes")
        y -= 22
        for num, label in LEGAL_LINES:
            inner = num in ("6a", "6b")
            v = vals[num]
            entry(c, y, num, label, money(v) if v > 0 else "", inner)
            y -= 21
        c.setLineWidth(1.2)
        c.line(36, y + 18, pw - 36, y + 18)
        y -= 14
        part(c, y, "Part II", "Hardship")
        y -= 20
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(40, y, "11")
        c.setFont("Helvetica", 8.3)
        c.drawString(62, y, "What caused your hardship? Check every box that applies.")
        for i, h in enumerate(HARDSHIPS):
            col, row = i // 5, i % 5
            x = 70 + col * 260
            yy = y - 18 - row * 15
            checkbox(c, x, yy - 1, h in app.hardships, 8)
            c.setFont("Helvetica", 8)
            c.drawString(x + 13, yy, HARDSHIP_LABELS_X[h])
        y -= 104
        entry(c, y, "12", "Date the hardship began (mm/dd/yyyy)", mdy(app.start) if app.start else "")
        y -= 24
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(40, y + 5, "13")
        c.setFont("Helvetica", 8.3)
        c.drawString(62, y + 5, "The hardship is expected to last")
        x = 210
        for key in ("short", "long", "resolved"):
            checkbox(c, x, y + 4, app.duration == key, 8)
            c.drawString(
                x + 13,
                y + 5,
                {"short": "6 months or less", "long": "longer than 6 months", "resolved": "it has ended"}[key],
            )
            x += 120
        y -= 22
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(40, y + 5, "14")
        c.setFont("Helvetica", 8.3)
        c.drawString(62, y + 5, "Explain the hardship briefly:")
        lines = wrap(app.explain, "Courier", 9.2, pw - 110)
        c.setLineWidth(0.4)
        for k in range(4):
            yy = y - 14 - 17 * k
            c.line(62, yy - 3, pw - 36, yy - 3)
            if k < len(lines):
                c.setFont("Courier", 9.2)
                c.drawString(66, yy, lines[k])
        c.setFont("Helvetica", 7)
        c.drawString(36, 30, "Form FHMS-27X (Rev. 08/2045)")
        c.drawRightString(pw - 36, 30, "Continue on page 2")
        return []

    def page2(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7.5)
        c.drawString(36, ph - 40, "Form FHMS-27X (Rev. 08/2045)")
        c.setFont("Helvetica-Bold", 8)
        c.drawRightString(pw - 36, ph - 40, "Page 2")
        captioned(c, pw - 216, ph - 78, 180, 28, "Loan number", app.loan)
        c.setLineWidth(2.2)
        c.line(36, ph - 84, pw - 36, ph - 84)
        y = ph - 106
        part(c, y, "Part III", "The Property")
        y -= 36
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(40, y + 16, "15")
        captioned(c, 62, y, 514, 28, "Property address - number and street (include the unit)", app.street)
        y -= 28
        captioned(c, 62, y, 260, 28, "City", app.city)
        captioned(c, 322, y, 80, 28, "State", app.state)
        captioned(c, 402, y, 174, 28, "ZIP code", app.zip)
        y -= 22
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(40, y, "16")
        c.setFont("Helvetica", 8.3)
        c.drawString(62, y, "The property is")
        for k, (key, label) in enumerate(
            (
                ("primary_residence", "the principal residence of a borrower"),
                ("second_home", "a second home"),
                ("investment_property", "an investment property (no borrower lives in it)"),
            )
        ):
            checkbox(c, 140, y - 1 - 14 * k, app.occupancy == key, 8)
            c.drawString(153, y - 14 * k, label)
        y -= 54
        entry(c, y, "17", "Number of units in the building (1 to 4)", str(app.units))
        y -= 21
        entry(c, y, "18", "Unit a borrower lives in", app.home_unit or "none")
        y -= 26
        c.setFont("Helvetica-Bold", 8.3)
        c.drawString(40, y + 5, "19")
        c.setFont("Helvetica", 8.3)
        c.drawString(62, y + 5, "Does every borrower live in the property? If not, who lives elsewhere?")
        away = [p for p in (app.b, app.co) if p is not None and not p.lives_there]
        answer = (
            "Yes"
            if not away
            else "No - " + "; ".join(f"{p.name} ({'borrower' if p is app.b else p.relation.lower()})" for p in away)
        )
        c.setFont("Courier", 9.2)
        c.drawString(66, y - 12, answer)
        c.setLineWidth(0.4)
        c.line(62, y - 15, pw - 36, y - 15)
        y -= 40
        entry(c, y, "20", "What do you want to do with the property? (keep / sell / undecided)", "Keep")
        y -= 21
        entry(c, y, "21", "Other mortgages or liens on the property", "None")
        y -= 21
        entry(c, y, "22", "Homeowners or condominium association dues, per month", "None")
        y -= 30
        part(c, y, "Part IV", "Assets (other than the property)")
        y -= 24
        for num, label, key in (
            ("23", "Checking and savings", "checking"),
            ("24", "Stocks, bonds, funds", "stocks"),
            ("25", "Retirement accounts", "retirement"),
            ("26", "Equity in other real estate", "real_estate"),
        ):
            entry(c, y, num, label, money(app.assets.get(key, 0.0)))
            y -= 21
        y -= 12
        part(c, y, "Part V", "Sign Here")
        text = (
            "Under penalty of law I certify that the information in this application and in the documents I "
            "provide is true, correct and complete, that the hardship described above has made it difficult "
            "for me to pay my mortgage, and that Fenwick Harbor Mortgage Servicing may verify it, obtain my "
            "credit report and request my tax transcripts. Every borrower and co-borrower signs, including a "
            "co-borrower who does not live in the property."
        )
        y = para(c, 40, y - 14, pw - 80, text, "Times-Roman", 8.6, 10.8)
        top = y - 6
        c.setLineWidth(1.4)
        c.line(100, top, 100, top - 118)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(42, top - 44, "Sign")
        c.drawString(42, top - 62, "Here")
        marks: list[Mark] = []
        for k, (title, p, signs, dates) in enumerate(
            (
                ("Borrower's signature", app.b, app.b_signs, app.b_dates),
                (
                    "Co-borrower's signature (required even if he or she does not live in the property)",
                    app.co,
                    app.co_signs,
                    app.co_signs,
                ),
            )
        ):
            yl = top - 34 - 58 * k
            c.setLineWidth(0.7)
            c.line(110, yl, 420, yl)
            c.line(432, yl, pw - 36, yl)
            c.setFont("Helvetica", 7)
            c.drawString(110, yl - 9, title)
            c.drawString(432, yl - 9, "Date")
            c.drawString(110, yl - 21, "Printed name:")
            if p is None:
                continue
            c.setFont("Courier", 9)
            c.drawString(160, yl - 21, p.name)
            if signs:
                marks.append(Mark("sig", 130, yl + 3, w=200, seed=app.seed + 23 * k))
            if dates and (k == 0 or signs):
                marks.append(Mark("date", 440, yl + 4, mdy(app.signed_on), seed=app.seed + 7 + k))
        y = top - 150
        c.setFillGray(0.9)
        c.rect(36, y - 40, pw - 72, 40, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(42, y - 11, "FOR SERVICER USE ONLY")
        c.setFont("Helvetica", 7)
        c.drawString(42, y - 26, "Date received ____________    Reviewed by ____________    Complete?  Y / N")
        c.setFont("Helvetica", 7)
        c.drawString(36, 30, "Form FHMS-27X (Rev. 08/2045)")
        c.drawRightString(pw - 36, 30, "Page 2 of 2")
        return marks

    return Paper([page1, page2], LEGAL)


def application(app: App) -> Item:
    paper = fhms27l(app) if app.edition == "landscape" else fhms27x(app)
    return Item("mortgage_assistance_application", paper, {}, app.signed_on, proofs=app.proofs())


# --- pay ------------------------------------------------------------------------------------------------------------


@dataclass
class PayCheck:
    pay_date: dt.date
    start: dt.date
    end: dt.date
    earnings: list[tuple[str, float | None, float | None, float]]  # label, hours, rate, amount
    pretax: list[tuple[str, float]]
    taxes: list[tuple[str, float]]
    after: list[tuple[str, float]]

    @property
    def gross(self) -> float:
        return r2(sum(e[3] for e in self.earnings))

    @property
    def net(self) -> float:
        return r2(self.gross - sum(v for _, v in self.pretax + self.taxes + self.after))


@dataclass
class Job:
    employer: str
    address: str
    employee: str
    emp_id: str
    freq: str
    home: list[str]
    salary: float = 0.0  # a year, for salaried staff
    rate: float = 0.0  # an hour, for hourly staff
    weekly_hours: float = 40.0
    fed: float = 0.085
    state: float = 0.0307
    state_name: str = "PA"
    retirement: float = 0.0
    health: float = 0.0
    dues: float = 0.0
    title: str = ""
    dept: str = ""
    acct: str = "0000"

    def schedule(self, upto: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
        year = upto.year
        out = []
        if self.freq == "semimonthly":
            for m in range(1, 13):
                out.append((weekday_before(dt.date(year, m, 15)), dt.date(year, m, 1), dt.date(year, m, 15)))
                out.append((weekday_before(month_end(year, m)), dt.date(year, m, 16), month_end(year, m)))
        else:
            d = dt.date(year, 1, 1)
            while d.weekday() != 4:
                d += dt.timedelta(days=1)
            step = 7 if self.freq == "weekly" else 14
            while d.year == year:
                end = d - dt.timedelta(days=6)
                out.append((d, end - dt.timedelta(days=step - 1), end))
                d += dt.timedelta(days=step)
        return [t for t in out if t[0] <= upto]

    def check(self, pay: dt.date, start: dt.date, end: dt.date, seed: int) -> PayCheck:
        rng = random.Random(f"{self.emp_id}|{pay.isoformat()}|{seed}")
        earnings: list[tuple[str, float | None, float | None, float]] = []
        if self.salary:
            earnings.append(("Regular salary", None, None, r2(self.salary / PERIODS[self.freq])))
            earnings.append(("Longevity pay", None, None, 37.50))
            extra = rng.choice((0.0, 0.0, 0.0, 62.50, 125.00))
            if extra:
                earnings.append(("Extra duty stipend", None, None, extra))
        else:
            weeks = 1 if self.freq == "weekly" else 2
            reg = self.weekly_hours * weeks - rng.choice((0.0, 0.0, 0.0, 4.0, 8.0))
            ot = rng.choice((0.0, 0.0, 2.5, 4.0, 6.0, 7.5))
            shift = rng.choice((0.0, 8.0, 16.0, 24.0))
            earnings.append(("Regular", reg, self.rate, r2(reg * self.rate)))
            if ot:
                earnings.append(("Overtime 1.5x", ot, r2(self.rate * 1.5), r2(ot * r2(self.rate * 1.5))))
            if shift:
                earnings.append(("Night shift premium", shift, 1.25, r2(shift * 1.25)))
        gross = r2(sum(e[3] for e in earnings))
        pretax = []
        if self.retirement:
            label = "Retirement plan" if self.salary else "401(k) savings"
            pretax.append((f"{label} {self.retirement * 100:.2f}%", r2(gross * self.retirement)))
        if self.health:
            pretax.append(("Medical/dental (pre-tax)", self.health))
        taxable = gross - sum(v for _, v in pretax)
        taxes = [
            ("Federal income tax", r2(taxable * self.fed)),
            ("Social Security", r2(gross * 0.062)),
            ("Medicare", r2(gross * 0.0145)),
            (f"{self.state_name} state income tax", r2(taxable * self.state)),
        ]
        after = [("Union dues", self.dues)] if self.dues else []
        return PayCheck(pay, start, end, earnings, pretax, taxes, after)

    def history(self, upto: dt.date, seed: int) -> list[PayCheck]:
        return [self.check(p, s, e, seed) for p, s, e in self.schedule(upto)]


def ytd(checks: Sequence[PayCheck]) -> dict[str, float]:
    total: dict[str, float] = {}
    for ch in checks:
        items = [(e[0], e[3]) for e in ch.earnings] + ch.pretax + ch.taxes + ch.after
        items += [("GROSS", ch.gross), ("NET", ch.net)]
        for k, v in items:
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def stub_item(job: Job, checks: Sequence[PayCheck], paper: Paper) -> Item:
    ch = checks[-1]
    gross_ytd = ytd(checks)["GROSS"]
    fields = {
        "employer": job.employer,
        "employee_name": job.employee,
        "pay_date": ch.pay_date.isoformat(),
        "period_start": ch.start.isoformat(),
        "period_end": ch.end.isoformat(),
        "frequency": job.freq,
        "gross_current": ch.gross,
        "gross_ytd": gross_ytd,
        "net_current": ch.net,
        "monthly_gross": r2(ch.gross * PERIODS[job.freq] / 12),
    }
    proofs = [
        job.employer,
        job.employee,
        mdy(ch.pay_date),
        mdy(ch.start),
        mdy(ch.end),
        money(ch.gross),
        money(gross_ytd),
        money(ch.net),
    ]
    return Item("pay_stub", paper, fields, ch.pay_date, has_ytd=True, proofs=proofs)


def pick_checks(job: Job, pay_on_or_before: dt.date, seed: int) -> list[PayCheck]:
    return job.history(pay_on_or_before, seed)


FREQ_WORDS = {"weekly": "Weekly", "biweekly": "Bi-weekly", "semimonthly": "Semi-monthly", "monthly": "Monthly"}


def earnings_statement(job: Job, pay_on_or_before: dt.date, seed: int) -> Item:
    """A public employer's portrait STATEMENT OF EARNINGS AND DEDUCTIONS: one long table, current and calendar YTD."""
    checks = pick_checks(job, pay_on_or_before, seed)
    ch = checks[-1]
    y_all = ytd(checks)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(40, ph - 54, job.employer)
        c.setFont("Helvetica", 8)
        c.drawString(40, ph - 66, job.address)
        c.drawString(40, ph - 76, "Office of Payroll and Benefits")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(40, ph - 98, "STATEMENT OF EARNINGS AND DEDUCTIONS")
        grid = [
            ("Pay date", mdy(ch.pay_date)),
            ("Period begin", mdy(ch.start)),
            ("Period end", mdy(ch.end)),
            ("Pay frequency", FREQ_WORDS[job.freq]),
            ("Advice no.", f"A{ch.pay_date.strftime('%y%j')}{seed % 10}"),
            ("Employee ID", job.emp_id),
        ]
        for i, (cap, val) in enumerate(grid):
            x = 330 + (i % 3) * 82
            y = ph - 64 - (i // 3) * 28
            captioned(c, x, y, 82, 28, cap, val, cap=6.2, val=8.5)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(40, ph - 126, job.employee.upper())
        c.setFont("Helvetica", 8.5)
        for k, ln in enumerate(job.home):
            c.drawString(40, ph - 138 - 11 * k, ln.upper())
        c.setFont("Helvetica", 8)
        c.drawString(330, ph - 126, f"Position: {job.title}")
        c.drawString(330, ph - 137, f"Department: {job.dept}")
        c.drawString(330, ph - 148, "Federal filing status: Single / 0")
        y = ph - 184
        c.setFillGray(0.2)
        c.rect(36, y, pw - 72, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(42, y + 5, "DESCRIPTION")
        for x, t in ((300, "HOURS"), (365, "RATE"), (460, "CURRENT"), (570, "CALENDAR YTD")):
            c.drawRightString(x, y + 5, t)
        c.setFillColor(black)

        def section(y: float, title: str, rows: list[tuple[str, float | None, float | None, float, float]]) -> float:
            c.setFillGray(0.9)
            c.rect(36, y - 13, pw - 72, 13, stroke=0, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(42, y - 9, title)
            y -= 13
            c.setFont("Helvetica", 8.5)
            for label, hrs, rate, cur, yt in rows:
                y -= 12.5
                c.drawString(48, y + 3, label)
                if hrs is not None:
                    c.drawRightString(300, y + 3, f"{hrs:.2f}")
                if rate is not None:
                    c.drawRightString(365, y + 3, f"{rate:.4f}")
                c.drawRightString(460, y + 3, money(cur) if cur else "")
                c.drawRightString(570, y + 3, money(yt))
            return y - 3

        names = []
        for chk in checks:
            for e in chk.earnings:
                if e[0] not in names:
                    names.append(e[0])
        cur = {e[0]: e for e in ch.earnings}
        rows = [
            (
                n,
                cur[n][1] if n in cur else None,
                cur[n][2] if n in cur else None,
                cur[n][3] if n in cur else 0.0,
                y_all[n],
            )
            for n in names
        ]
        y = section(y, "EARNINGS", rows)
        c.setLineWidth(0.5)
        c.line(380, y + 1, 575, y + 1)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y - 10, "GROSS PAY")
        c.drawRightString(460, y - 10, money(ch.gross))
        c.drawRightString(570, y - 10, money(y_all["GROSS"]))
        y -= 18
        y = section(y, "PRE-TAX DEDUCTIONS", [(k, None, None, v, y_all[k]) for k, v in ch.pretax])
        y = section(y, "TAXES WITHHELD", [(k, None, None, v, y_all[k]) for k, v in ch.taxes])
        if ch.after:
            y = section(y, "AFTER-TAX DEDUCTIONS", [(k, None, None, v, y_all[k]) for k, v in ch.after])
        y -= 8
        c.setLineWidth(1.2)
        c.rect(36, y - 20, pw - 72, 20, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(48, y - 14, "NET PAY")
        c.drawRightString(460, y - 14, money(ch.net))
        c.drawRightString(570, y - 14, money(y_all["NET"]))
        y -= 44
        c.setFont("Helvetica", 8)
        c.drawString(
            40, y, f"Net pay of ${money(ch.net)} deposited {mdy(ch.pay_date)} to checking account ending {job.acct}."
        )
        c.rect(400, y - 52, 176, 46, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(405, y - 16, "LEAVE BALANCES (HOURS)")
        c.setFont("Helvetica", 7.5)
        c.drawString(405, y - 29, "Sick  86.50      Vacation  41.25")
        c.drawString(405, y - 41, "Personal  8.00   Comp time  0.00")
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(40, y - 30, "Keep this statement for your records. Questions: payroll office, extension 2204.")
        return []

    return stub_item(job, checks, Paper([page]))


ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TENS = ("zero", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")


def amount_words(v: float) -> str:
    dollars = int(v)
    cents = round((v - dollars) * 100)
    return f"{words(dollars).capitalize()} and {cents:02d}/100"


def check_and_stub(job: Job, pay_on_or_before: dt.date, seed: int, bank: str) -> Item:
    """An hourly employer's laser check sheet: the earnings statement on top, a non-negotiable check face below the
    perforation."""
    checks = pick_checks(job, pay_on_or_before, seed)
    ch = checks[-1]
    y_all = ytd(checks)

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setFillColor(Color(0.55, 0.12, 0.12))
        c.rect(36, ph - 58, pw - 72, 22, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(44, ph - 51, job.employer.upper())
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(pw - 44, ph - 51, "EARNINGS STATEMENT")
        c.setFillColor(black)
        cells = [
            ("Employee", job.employee, 170),
            ("Employee no.", job.emp_id, 70),
            ("Pay period", f"{mdy(ch.start)} - {mdy(ch.end)}", 140),
            ("Pay date", mdy(ch.pay_date), 70),
            ("Frequency", FREQ_WORDS[job.freq], 90),
        ]
        x = 36.0
        for cap, val, w in cells:
            captioned(c, x, ph - 88, w, 26, cap, val, cap=6, val=8.2)
            x += w
        top = ph - 104
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, top, "HOURS AND EARNINGS")
        c.drawString(352, top, "TAXES AND DEDUCTIONS")
        c.setFont("Helvetica-Bold", 6.8)
        hy = top - 13
        for xr, t in ((168, "HOURS"), (210, "RATE"), (266, "THIS PERIOD"), (330, "YEAR TO DATE")):
            c.drawRightString(xr, hy, t)
        c.drawString(40, hy, "DESCRIPTION")
        c.drawString(352, hy, "DESCRIPTION")
        c.drawRightString(500, hy, "THIS PERIOD")
        c.drawRightString(572, hy, "YEAR TO DATE")
        c.setLineWidth(0.5)
        c.line(36, hy - 4, 336, hy - 4)
        c.line(348, hy - 4, 576, hy - 4)
        c.setFont("Helvetica", 8)
        names = []
        for chk in checks:
            for e in chk.earnings:
                if e[0] not in names:
                    names.append(e[0])
        cur = {e[0]: e for e in ch.earnings}
        y = hy - 16
        for n in names:
            c.drawString(40, y, n)
            if n in cur:
                c.drawRightString(168, y, f"{cur[n][1]:.2f}")
                c.drawRightString(210, y, f"{cur[n][2]:.2f}")
                c.drawRightString(266, y, money(cur[n][3]))
            c.drawRightString(330, y, money(y_all[n]))
            y -= 12
        y2 = hy - 16
        for k, v in ch.pretax + ch.taxes + ch.after:
            c.drawString(352, y2, k)
            c.drawRightString(500, y2, money(v))
            c.drawRightString(572, y2, money(y_all[k]))
            y2 -= 12
        c.line(342, hy + 10, 342, min(y, y2) + 4)
        sy = min(y, y2) - 40
        deds = r2(ch.gross - ch.net)
        deds_ytd = r2(y_all["GROSS"] - y_all["NET"])
        for i, (cap, cur_v, ytd_v) in enumerate(
            (
                ("GROSS PAY", ch.gross, y_all["GROSS"]),
                ("TOTAL DEDUCTIONS", deds, deds_ytd),
                ("NET PAY", ch.net, y_all["NET"]),
            )
        ):
            x = 36 + i * 180
            c.setFillGray(0.9 if i < 2 else 0.8)
            c.rect(x, sy, 180, 40, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 7)
            c.drawString(x + 5, sy + 30, cap)
            c.setFont("Helvetica", 7)
            c.drawString(x + 5, sy + 16, "This period")
            c.drawString(x + 5, sy + 5, "Year to date")
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(x + 174, sy + 16, money(cur_v))
            c.setFont("Helvetica", 8)
            c.drawRightString(x + 174, sy + 5, money(ytd_v))
        perf = 300
        c.setDash(3, 3)
        c.line(24, perf, pw - 24, perf)
        c.setDash()
        c.setFont("Helvetica", 6.5)
        c.drawCentredString(pw / 2, perf + 4, "DETACH AT PERFORATION - KEEP THE STATEMENT ABOVE FOR YOUR RECORDS")
        c.setFillColor(Color(0.93, 0.95, 0.9))
        c.rect(36, 60, pw - 72, 220, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(48, 258, job.employer)
        c.setFont("Helvetica", 7.5)
        c.drawString(48, 247, job.address)
        c.drawString(300, 258, bank)
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(pw - 48, 258, f"No. {ch.pay_date.strftime('%j')}{seed % 7}{job.emp_id[-3:]}")
        c.setFont("Helvetica", 8)
        c.drawString(400, 222, "DATE")
        c.setFont("Courier", 10)
        c.drawString(430, 222, mdy(ch.pay_date))
        c.setFont("Helvetica", 7.5)
        c.drawString(48, 190, "PAY TO THE")
        c.drawString(48, 181, "ORDER OF")
        c.setFont("Courier-Bold", 10.5)
        c.drawString(100, 184, job.employee.upper())
        c.rect(460, 178, 104, 20, stroke=1, fill=0)
        c.drawRightString(558, 184, f"**{money(ch.net)}")
        c.setFont("Courier", 9)
        c.drawString(48, 156, f"{amount_words(ch.net)} DOLLARS".upper())
        c.line(48, 152, 564, 152)
        c.setFont("Helvetica-Bold", 16)
        c.setFillGray(0.6)
        c.drawCentredString(300, 112, "NON-NEGOTIABLE  -  DIRECT DEPOSIT ADVICE")
        c.setFillColor(black)
        c.line(380, 92, 564, 92)
        c.setFont("Helvetica", 6.5)
        c.drawString(380, 84, "VOID - THIS IS NOT A CHECK")
        c.setFont("Courier", 10)
        c.drawString(90, 70, f"C{job.emp_id[-4:]}0C  A0{ch.pay_date.strftime('%m%d')}5517A  {seed % 9}0421")
        return []

    return stub_item(job, checks, Paper([page]))


def first_business_day(year: int, month: int) -> dt.date:
    d = dt.date(year, month, 1)
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def pension_notice(
    fund: str,
    fund_addr: str,
    payee: str,
    payee_addr: Sequence[str],
    member_no: str,
    year: int,
    month: int,
    gross: float,
    fed: float,
    premium: float,
) -> Item:
    """A pension fund's MONTHLY BENEFIT PAYMENT NOTICE, a slip the size of half a page shaped like a pay stub
    (typed benefit_award_letter: it shows the amount and that it is paid monthly)."""
    pay = first_business_day(year, month)
    state = r2(gross * 0.0307)
    net = r2(gross - fed - state - premium)
    rows = [
        ("Gross monthly pension", gross),
        ("Federal income tax withheld", fed),
        ("State income tax withheld", state),
        ("Retiree health premium", premium),
    ]

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setLineWidth(1)
        c.rect(36, ph - 380, pw - 72, 344, stroke=1, fill=0)
        c.setFillColor(Color(0.18, 0.33, 0.2))
        c.rect(36, ph - 72, pw - 72, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11.5)
        c.drawString(46, ph - 52, fund.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(46, ph - 64, fund_addr)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(46, ph - 94, "MONTHLY BENEFIT PAYMENT NOTICE")
        c.setFont("Helvetica", 8.5)
        c.drawString(46, ph - 118, payee.upper())
        for k, ln in enumerate(payee_addr):
            c.drawString(46, ph - 129 - 11 * k, ln.upper())
        info = [
            ("Payment date", mdy(pay)),
            ("Benefit month", dt.date(year, month, 1).strftime("%B %Y")),
            ("Participant no.", member_no),
            ("Paid", "Monthly, by direct deposit"),
        ]
        for i, (cap, val) in enumerate(info):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(330, ph - 96 - 14 * i, cap)
            c.setFont("Helvetica", 8.5)
            c.drawString(420, ph - 96 - 14 * i, val)
        y = ph - 180
        c.setFillGray(0.88)
        c.rect(46, y, pw - 92, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(52, y + 4, "PAYMENT DETAIL")
        c.drawRightString(430, y + 4, "THIS PAYMENT")
        c.drawRightString(560, y + 4, "YEAR TO DATE")
        c.setFont("Helvetica", 8.5)
        for k, v in rows:
            y -= 14
            c.drawString(52, y + 3, k)
            c.drawRightString(430, y + 3, money(v))
            c.drawRightString(560, y + 3, money(r2(v * month)))
        y -= 18
        c.setFont("Helvetica-Bold", 9)
        c.drawString(52, y + 3, "Net amount deposited")
        c.drawRightString(430, y + 3, money(net))
        c.drawRightString(560, y + 3, money(r2(net * month)))
        c.setLineWidth(0.5)
        c.line(330, y + 15, 566, y + 15)
        c.setFont("Helvetica", 7.8)
        para(
            c,
            52,
            y - 20,
            pw - 110,
            "Your pension is paid monthly, on the first business day of each month, for "
            "your lifetime under the single life annuity you elected. The gross amount is taxable income and is "
            "reported on Form 1099-R each January.",
            "Helvetica",
            7.8,
            10,
        )
        c.setDash(2, 3)
        c.line(24, ph - 400, pw - 24, ph - 400)
        c.setDash()
        c.setFont("Helvetica-Bold", 8)
        c.drawString(46, ph - 424, "CHANGE OF ADDRESS OR TAX WITHHOLDING - detach and return to the Fund office")
        c.setFont("Helvetica", 8)
        for k, label in enumerate(
            (
                "New street address",
                "City, state, ZIP",
                "Federal withholding (amount or %)",
                "Participant signature and date",
            )
        ):
            yy = ph - 452 - 26 * k
            c.drawString(46, yy, label)
            c.line(200, yy - 2, 560, yy - 2)
        return []

    fields = {"letter_date": pay.isoformat(), "monthly_amount": gross, "benefit_type": "benefits_taxable"}
    return Item(
        "benefit_award_letter",
        Paper([page]),
        fields,
        pay,
        benefit="benefits_taxable",
        stub_like=True,
        proofs=[mdy(pay), money(gross), payee.upper()],
    )


def letterhead_letter(
    head: Callable[[Canvas], None],
    date: dt.date,
    to: Sequence[str],
    subject: str,
    body: Sequence[str],
    closing: Sequence[str],
) -> PageFn:
    def page(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        head(c)
        c.setFont("Times-Roman", 11)
        c.drawString(72, ph - 150, long_date(date))
        for k, ln in enumerate(to):
            c.drawString(72, ph - 180 - 13 * k, ln)
        y = ph - 196 - 13 * len(to)
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, subject)
        y -= 24
        for ptxt in body:
            y = para(c, 72, y, pw - 144, ptxt, "Times-Roman", 11, 14) - 8
        y -= 6
        c.setFont("Times-Roman", 11)
        for k, ln in enumerate(closing):
            c.drawString(72, y - 14 * k, ln)
        return []

    return page


def pension_award_letter(
    fund: str, fund_addr: str, member: str, member_addr: Sequence[str], date: dt.date, gross: float, since: dt.date
) -> Item:
    def head(c: Canvas) -> None:
        _pw, ph = LETTER
        c.setFillColor(Color(0.18, 0.33, 0.2))
        c.circle(90, ph - 70, 18, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(90, ph - 75, "".join(w[0] for w in fund.replace("-", " ").split()[:2]).upper())
        c.setFillColor(black)
        c.setFont("Times-Bold", 14)
        c.drawString(118, ph - 66, fund)
        c.setFont("Times-Roman", 9)
        c.drawString(118, ph - 79, fund_addr + "  |  Member Services (570) 555-0119")

    body = [
        f"This letter confirms the pension benefit the Fund pays you. Your benefit began on {mdy(since)} under "
        "the single life annuity you elected at retirement.",
        f"Your gross monthly pension is ${money(gross)}. It is paid monthly, on the first business day of "
        "each month, by direct deposit, and it continues for your lifetime. The amount is taxable income; "
        "the Fund withholds federal and state income tax as you instructed.",
        "You may show this letter to a lender or a government agency that asks for proof of your income. "
        "If you have questions, call Member Services.",
    ]
    page = letterhead_letter(
        head,
        date,
        [member, *member_addr],
        "Re: Confirmation of monthly pension benefit",
        body,
        ["Sincerely,", "", "Benefits Administration Office"],
    )
    fields = {"letter_date": date.isoformat(), "monthly_amount": gross, "benefit_type": "benefits_taxable"}
    return Item(
        "benefit_award_letter",
        Paper([page]),
        fields,
        date,
        benefit="benefits_taxable",
        proofs=[money(gross), long_date(date)],
    )


def ssa_letter(person: str, addr: Sequence[str], date: dt.date, gross: float, medicare: float) -> Item:
    def head(c: Canvas) -> None:
        pw, ph = LETTER
        c.setFont("Helvetica-Bold", 12)
        c.drawString(72, ph - 60, "Social Security Administration")
        c.setFont("Helvetica", 9)
        c.drawString(72, ph - 73, "Retirement, Survivors and Disability Insurance")
        c.drawString(72, ph - 84, "Benefit Verification Letter")
        c.drawRightString(pw - 72, ph - 60, "Mid-Atlantic Program Service Center")
        c.drawRightString(pw - 72, ph - 71, "Claim number ending 6-" + person.split()[-1][:1].upper())

    net = r2(gross - medicare)
    body = [
        "You asked us for information about your Social Security benefits. This letter gives the benefits we "
        "pay you now.",
        f"Your full monthly Social Security benefit before any deductions is ${money(gross)}. We deduct "
        f"${money(medicare)} for your medical insurance premium, so the regular monthly payment you receive "
        f"is ${money(net)}. Social Security benefits are paid monthly, in the month after the month for which "
        "they are due.",
        "Your benefits may be taxable; we send a benefit statement each January. Keep this letter: a lender or "
        "an agency may accept it as proof of your income.",
    ]
    page = letterhead_letter(
        head,
        date,
        [person, *addr],
        "Information about your Social Security benefits",
        body,
        ["Social Security Administration"],
    )
    fields = {"letter_date": date.isoformat(), "monthly_amount": gross, "benefit_type": "benefits_taxable"}
    return Item(
        "benefit_award_letter",
        Paper([page]),
        fields,
        date,
        benefit="benefits_taxable",
        proofs=[money(gross), long_date(date)],
    )


# --- bank statements ------------------------------------------------------------------------------------------------

MERCHANTS = (
    "HARVEST LANE GROCERY #12",
    "QUIKWAY FUEL 0417",
    "LANTERN PHARMACY",
    "RIVERSIDE HARDWARE",
    "CORNER OVEN BAKERY",
    "MILLRACE DINER",
    "PETAL & PAW SUPPLY",
    "TOWNLINE AUTO PARTS",
)
BILLS = (
    ("KEYLINE ELECTRIC CO AUTOPAY", 96.0, 188.0),
    ("TRI-COUNTY WATER AUTH", 41.0, 77.0),
    ("BLUEFIN WIRELESS", 64.0, 92.0),
)


Txn = tuple[dt.date, str, float]


def register(rng: random.Random, start: dt.date, end: dt.date, fixed: Sequence[Txn]) -> list[Txn]:
    """A month of an account: the fixed deposits and payments plus bills and card purchases."""
    out = list(fixed)
    days = (end - start).days + 1
    for i, (name, lo, hi) in enumerate(BILLS):
        out.append((start + dt.timedelta(days=min(days - 1, 6 + 7 * i)), name, -r2(rng.uniform(lo, hi))))
    for _ in range(rng.randint(6, 9)):
        d = start + dt.timedelta(days=rng.randrange(days))
        out.append((d, f"DEBIT CARD {rng.choice(MERCHANTS)}", -r2(rng.uniform(9, 135))))
    return sorted(out, key=lambda t: (t[0], -t[2], t[1]))


@dataclass
class Statement:
    item: Item
    ending: float


def stmt_item(
    bank: str, acct: str, start: dt.date, end: dt.date, begin: float, ending: float, paper: Paper, holder: str
) -> Item:
    fields = {
        "bank_name": bank,
        "account_last4": acct[-4:],
        "period_start": start.isoformat(),
        "period_end": end.isoformat(),
        "beginning_balance": begin,
        "ending_balance": ending,
    }
    return Item(
        "bank_statement",
        paper,
        fields,
        end,
        account=f"{bank}|{acct[-4:]}",
        start=start,
        end=end,
        proofs=[bank, acct[-4:], mdy(start), mdy(end), money(begin), money(ending), holder],
    )


def sandpiper_statement(
    rng: random.Random,
    holder: str,
    addr: Sequence[str],
    acct: str,
    start: dt.date,
    end: dt.date,
    begin: float,
    fixed: Sequence[Txn],
) -> Statement:
    """Sandpiper Savings Bank: a portrait two-page statement, summary box, one signed-amount register."""
    bank = "Sandpiper Savings Bank"
    txns = register(rng, start, end, fixed)
    bal = begin
    rows = []
    for d, desc, amt in txns:
        bal = r2(bal + amt)
        rows.append((d, desc, amt, bal))
    ending = bal
    deposits = r2(sum(a for _, _, a in txns if a > 0))
    debits = r2(-sum(a for _, _, a in txns if a < 0))
    split = max(4, min(17, len(rows) - 4))

    def head(c: Canvas, n: int) -> None:
        pw, ph = LETTER
        c.setFillColor(Color(0.0, 0.4, 0.55))
        c.circle(58, ph - 58, 16, stroke=0, fill=1)
        c.setStrokeColor(white)
        c.setLineWidth(1.6)
        c.line(48, ph - 58, 56, ph - 52)
        c.line(56, ph - 52, 64, ph - 58)
        c.line(52, ph - 64, 60, ph - 58)
        c.line(60, ph - 58, 68, ph - 64)
        c.setStrokeColor(black)
        c.setFillColor(Color(0.0, 0.3, 0.42))
        c.setFont("Times-Bold", 16)
        c.drawString(82, ph - 56, bank)
        c.setFont("Helvetica", 7.5)
        c.drawString(82, ph - 68, "Member FDIC  |  40 Harbor Light Road, Lewes Point, DE 19958  |  (302) 555-0160")
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(pw - 40, ph - 50, "Statement of Account")
        c.setFont("Helvetica", 8)
        c.drawRightString(pw - 40, ph - 62, f"Statement period: {mdy(start)} through {mdy(end)}")
        c.drawRightString(pw - 40, ph - 73, f"Account number: ******{acct[-4:]}")
        c.drawRightString(pw - 40, ph - 84, f"Page {n} of 2")

    def table_head(c: Canvas, y: float) -> None:
        pw, _ = LETTER
        c.setFillGray(0.88)
        c.rect(40, y, pw - 80, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(46, y + 4, "Posted")
        c.drawString(100, y + 4, "Description")
        c.drawRightString(470, y + 4, "Amount")
        c.drawRightString(566, y + 4, "Balance")

    def draw_rows(c: Canvas, y: float, part: Sequence[tuple[dt.date, str, float, float]]) -> float:
        c.setFont("Helvetica", 8)
        for d, desc, amt, b in part:
            y -= 13
            c.drawString(46, y + 3, d.strftime("%m/%d"))
            c.drawString(100, y + 3, desc)
            c.drawRightString(470, y + 3, f"{'-' if amt < 0 else '+'}{money(abs(amt))}")
            c.drawRightString(566, y + 3, money(b))
        return y

    def page1(c: Canvas) -> list[Mark]:
        _pw, ph = LETTER
        head(c, 1)
        c.setFont("Helvetica", 9)
        c.drawString(72, ph - 128, holder.upper())
        for k, ln in enumerate(addr):
            c.drawString(72, ph - 140 - 12 * k, ln.upper())
        c.setLineWidth(0.8)
        c.rect(340, ph - 210, 232, 92, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(348, ph - 132, "Advantage Checking - summary")
        c.setFont("Helvetica", 8.5)
        for k, (label, v) in enumerate(
            (
                (f"Beginning balance on {mdy(start)}", money(begin)),
                ("Deposits and other credits", f"+{money(deposits)}"),
                ("Withdrawals and other debits", f"-{money(debits)}"),
                ("Service charges", "-0.00"),
                (f"Ending balance on {mdy(end)}", money(ending)),
            )
        ):
            yy = ph - 148 - 13 * k
            if k == 4:
                c.setFont("Helvetica-Bold", 8.5)
            c.drawString(348, yy, label)
            c.drawRightString(566, yy, v)
        y = ph - 240
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y + 18, "Transaction detail")
        table_head(c, y)
        c.setFont("Helvetica", 8)
        c.drawString(100, y - 10, "Beginning balance")
        c.drawRightString(566, y - 10, money(begin))
        draw_rows(c, y - 13, rows[:split])
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(40, 60, "Continued on next page")
        return []

    def page2(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        head(c, 2)
        y = ph - 120
        table_head(c, y)
        y = draw_rows(c, y, rows[split:])
        y -= 16
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(100, y + 3, f"Ending balance on {mdy(end)}")
        c.drawRightString(566, y + 3, money(ending))
        y -= 40
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, "In case of errors or questions about your electronic transfers")
        para(
            c,
            40,
            y - 12,
            pw - 80,
            "Call us at (302) 555-0160 or write to Sandpiper Savings Bank, Deposit "
            "Operations, 40 Harbor Light Road, Lewes Point, DE 19958, as soon as you can if you think your statement "
            "is wrong. We must hear from you no later than 60 days after we sent the first statement on which the "
            "problem appeared.",
            "Helvetica",
            7.5,
            9.5,
        )
        return []

    item = stmt_item(bank, acct, start, end, begin, ending, Paper([page1, page2]), holder.upper())
    return Statement(item, ending)


def tamsin_statement(
    rng: random.Random,
    holder: str,
    addr: Sequence[str],
    acct: str,
    start: dt.date,
    end: dt.date,
    begin: float,
    fixed: Sequence[Txn],
) -> Statement:
    """Tamsin Ridge Federal Credit Union: ONE LANDSCAPE page, a member panel on the left and the register on the
    right with separate withdrawal and deposit columns; the cycle runs from the 8th to the 7th."""
    bank = "Tamsin Ridge Federal Credit Union"
    dividend = r2(begin * 0.0004 + 0.11)
    txns = register(rng, start, end, [*fixed, (end, "DIVIDEND EARNED 0.45% APY", dividend)])
    bal = begin
    rows = []
    for d, desc, amt in txns:
        bal = r2(bal + amt)
        rows.append((d, desc, amt, bal))
    ending = bal
    dep = [a for _, _, a in txns if a > 0]
    wd = [-a for _, _, a in txns if a < 0]

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LANDSCAPE
        c.setFillColor(Color(0.33, 0.2, 0.45))
        c.rect(36, 36, 220, ph - 72, stroke=0, fill=1)
        c.setFillColor(white)
        path = c.beginPath()
        path.moveTo(50, ph - 80)
        path.lineTo(70, ph - 52)
        path.lineTo(84, ph - 70)
        path.lineTo(96, ph - 58)
        path.lineTo(112, ph - 80)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(50, ph - 102, "TAMSIN RIDGE")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, ph - 114, "Federal Credit Union")
        c.setFont("Helvetica", 7)
        c.drawString(50, ph - 128, "118 Summit Mill Road, Harlow Gap, PA 17048")
        c.drawString(50, ph - 138, "Member care (717) 555-0129")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, ph - 166, "MEMBER")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, ph - 178, holder.upper())
        for k, ln in enumerate(addr):
            c.drawString(50, ph - 189 - 11 * k, ln.upper())
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, ph - 232, "STATEMENT PERIOD")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, ph - 244, f"{mdy(start)} - {mdy(end)}")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, ph - 264, "ACCOUNT")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, ph - 276, f"Share Draft Checking  ...{acct[-4:]}")
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(50, ph - 304, "SUMMARY")
        c.setFont("Helvetica", 8)
        for k, (label, v) in enumerate(
            (
                ("Previous balance", money(begin)),
                (f"Deposits & credits ({len(dep)})", money(r2(sum(dep)))),
                (f"Withdrawals & debits ({len(wd)})", money(r2(sum(wd)))),
                ("Dividends earned", money(dividend)),
            )
        ):
            c.drawString(50, ph - 318 - 13 * k, label)
            c.drawRightString(246, ph - 318 - 13 * k, v)
        c.setLineWidth(0.6)
        c.setStrokeColor(white)
        c.line(50, ph - 366, 246, ph - 366)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(50, ph - 380, "New balance")
        c.drawRightString(246, ph - 380, money(ending))
        c.setFont("Helvetica", 6.2)
        c.drawString(50, 70, "Tamsin Ridge Federal Credit Union")
        c.drawString(50, 60, "Federally insured by NCUA")
        c.setFillColor(black)
        c.setStrokeColor(black)
        x0 = 272
        c.setFont("Helvetica-Bold", 11)
        c.drawString(x0, ph - 56, "Account Activity")
        c.setFont("Helvetica", 8)
        c.drawRightString(pw - 36, ph - 56, f"Statement period {mdy(start)} - {mdy(end)}   |   Page 1 of 1")
        y = ph - 80
        c.setFillGray(0.86)
        c.rect(x0, y, pw - 36 - x0, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(x0 + 4, y + 4, "Date")
        c.drawString(x0 + 48, y + 4, "Transaction")
        c.drawRightString(600, y + 4, "Withdrawals")
        c.drawRightString(676, y + 4, "Deposits")
        c.drawRightString(pw - 40, y + 4, "Balance")
        c.setFont("Helvetica", 8)
        y -= 13
        c.drawString(x0 + 4, y + 3, mdy(start)[:5])
        c.drawString(x0 + 48, y + 3, "Previous balance")
        c.drawRightString(pw - 40, y + 3, money(begin))
        for i, (d, desc, amt, b) in enumerate(rows):
            y -= 13
            if i % 2 == 0:
                c.setFillGray(0.96)
                c.rect(x0, y, pw - 36 - x0, 13, stroke=0, fill=1)
                c.setFillColor(black)
            c.drawString(x0 + 4, y + 3, d.strftime("%m/%d"))
            c.drawString(x0 + 48, y + 3, desc)
            c.drawRightString(600 if amt < 0 else 676, y + 3, money(abs(amt)))
            c.drawRightString(pw - 40, y + 3, money(b))
        y -= 15
        c.setFont("Helvetica-Bold", 8)
        c.drawString(x0 + 4, y + 3, mdy(end)[:5])
        c.drawString(x0 + 48, y + 3, "New balance")
        c.drawRightString(pw - 40, y + 3, money(ending))
        c.setFont("Helvetica", 6.8)
        c.drawString(
            x0,
            48,
            "Report errors within 60 days of the statement date. Dividends are paid on the last day "
            "of each statement cycle.",
        )
        return []

    item = stmt_item(bank, acct, start, end, begin, ending, Paper([page], LANDSCAPE), holder.upper())
    return Statement(item, ending)


# --- rental papers --------------------------------------------------------------------------------------------------


def other_item(paper: Paper, date: dt.date | None, proofs: Sequence[str]) -> Item:
    return Item("other", paper, {}, date, proofs=list(proofs))


def owner_statement(
    owner: str,
    owner_addr: Sequence[str],
    owner_id: str,
    prop: str,
    tenant: str,
    year: int,
    month: int,
    rent: float,
    fee_rate: float,
    repairs: Sequence[tuple[int, str, float]],
    reserve: float,
    ach: str,
) -> Item:
    """A property manager's monthly OWNER STATEMENT (type other: it is not a bank statement and not a rent check)."""
    start, end = dt.date(year, month, 1), month_end(year, month)
    fee = r2(rent * fee_rate)
    rep = r2(sum(a for _, _, a in repairs))
    dist = r2(rent - fee - rep)
    lines: list[tuple[dt.date, str, float, float]] = [(dt.date(year, month, 3), f"Rent received - {tenant}", rent, 0)]
    lines.append((dt.date(year, month, 4), f"Management fee {fee_rate * 100:.0f}% of rent collected", 0, fee))
    for day, vendor, amt in repairs:
        lines.append((dt.date(year, month, day), vendor, 0, amt))
    lines.append((dt.date(year, month, 15), f"Owner distribution - ACH to account ****{ach}", 0, dist))
    lines.sort(key=lambda t: t[0])

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setFillColor(Color(0.95, 0.6, 0.1))
        c.rect(36, ph - 70, 8, 34, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(52, ph - 52, "Kittiwake Property Management, LLC")
        c.setFont("Helvetica", 7.5)
        c.drawString(
            52,
            ph - 64,
            "77 Tidewater Row, Suite 2, Port Annick, MD 21690  |  (410) 555-0175  |  owners@kittiwake-pm.example",
        )
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(pw - 36, ph - 100, "OWNER STATEMENT")
        c.setFont("Helvetica", 9)
        c.drawString(52, ph - 100, owner)
        for k, ln in enumerate(owner_addr):
            c.drawString(52, ph - 112 - 11 * k, ln)
        info = [("Statement period", f"{mdy(start)} - {mdy(end)}"), ("Owner ID", owner_id), ("Property", prop)]
        for k, (cap, val) in enumerate(info):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(330, ph - 118 - 13 * k, cap)
            c.setFont("Helvetica", 8.5)
            c.drawString(410, ph - 118 - 13 * k, val)
        y = ph - 178
        c.setFillColor(Color(0.2, 0.2, 0.2))
        c.rect(36, y, pw - 72, 15, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in ((42, "Date"), (96, "Description")):
            c.drawString(x, y + 5, t)
        for x, t in ((420, "Cash in"), (496, "Cash out"), (570, "Balance")):
            c.drawRightString(x, y + 5, t)
        c.setFillColor(black)
        c.setFont("Helvetica", 8.5)
        y -= 14
        c.drawString(96, y + 4, "Beginning cash balance (operating reserve)")
        c.drawRightString(570, y + 4, money(reserve))
        bal = reserve
        for d, desc, cin, cout in lines:
            y -= 14
            bal = r2(bal + cin - cout)
            c.drawString(42, y + 4, mdy(d))
            c.drawString(96, y + 4, desc)
            if cin:
                c.drawRightString(420, y + 4, money(cin))
            if cout:
                c.drawRightString(496, y + 4, money(cout))
            c.drawRightString(570, y + 4, money(bal))
        y -= 18
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(96, y + 4, "Ending cash balance (reserve held)")
        c.drawRightString(570, y + 4, money(bal))
        y -= 40
        c.rect(300, y - 84, 276, 92, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(308, y - 6, "MONTH SUMMARY")
        c.setFont("Helvetica", 8.5)
        for k, (label, v) in enumerate(
            (
                ("Rent collected", rent),
                ("Management fees", fee),
                ("Repairs and maintenance", rep),
                ("Paid to owner", dist),
                ("Reserve held", reserve),
            )
        ):
            c.drawString(308, y - 22 - 13 * k, label)
            c.drawRightString(568, y - 22 - 13 * k, money(v))
        c.setFont("Helvetica", 7.5)
        para(
            c,
            40,
            y - 10,
            240,
            "Distributions are sent by ACH on the 15th. The operating reserve stays with "
            "Kittiwake for repairs. Year-end 1099-MISC forms are issued in January.",
            "Helvetica",
            7.5,
            9.5,
        )
        return []

    return other_item(Paper([page]), end, [owner, prop, money(rent), money(dist)])


def form1040(
    first: str,
    last: str,
    ssn: str,
    street: str,
    city_line: str,
    year: int,
    wages: float,
    pensions: float,
    rental_addr: str,
    rental_type: str,
    rents: float,
    expenses: dict[str, float],
    occupation: str,
    signed_on: dt.date,
    seed: int,
) -> Item:
    """A Form 1040 as a tax program prints it (two pages) with its SCHEDULE E, Part I (rental real estate)."""
    exp_total = r2(sum(expenses.values()))
    net_rent = r2(rents - exp_total)
    total_income = r2(wages + pensions + net_rent)
    std = 15750.00
    taxable = max(0.0, r2(total_income - std))
    tax = r2(taxable * 0.118)
    withheld = r2(tax + 312.40)

    def top(c: Canvas, title: str, sub: str) -> None:
        pw, ph = LETTER
        c.setLineWidth(1.5)
        c.line(36, ph - 40, pw - 36, ph - 40)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(40, ph - 62, title)
        c.setFont("Helvetica", 8.5)
        c.drawString(160, ph - 56, sub)
        c.setFont("Helvetica-Bold", 16)
        c.drawRightString(pw - 40, ph - 62, str(year))
        c.setLineWidth(0.8)
        c.line(36, ph - 70, pw - 36, ph - 70)

    def line(c: Canvas, y: float, num: str, label: str, v: float | None) -> None:
        _pw, _ = LETTER
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, y, num)
        c.setFont("Helvetica", 8)
        c.drawString(66, y, label)
        c.rect(470, y - 4, 106, 14, stroke=1, fill=0)
        if v is not None:
            c.setFont("Courier", 9)
            c.drawRightString(572, y, money(v))

    def page1(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        top(c, "Form 1040", "Department of the Treasury - Internal Revenue Service")
        c.setFont("Helvetica", 8.5)
        c.drawString(160, ph - 66, "U.S. Individual Income Tax Return")
        c.setFont("Helvetica", 7.5)
        c.drawString(40, ph - 84, "Filing status:  [X] Single   [ ] Married filing jointly   [ ] Head of household")
        captioned(c, 36, ph - 122, 250, 26, "Your first name and middle initial", first)
        captioned(c, 286, ph - 122, 170, 26, "Last name", last)
        captioned(c, 456, ph - 122, 120, 26, "Your social security number", f"XXX-XX-{ssn[-4:]}")
        captioned(c, 36, ph - 148, 540, 26, "Home address (number and street)", street)
        captioned(c, 36, ph - 174, 540, 26, "City, town or post office, state, and ZIP code", city_line)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, ph - 196, "Income")
        rows = [
            ("1a", "Total amount from Form(s) W-2, box 1", wages),
            ("1z", "Add lines 1a through 1h", wages),
            ("2b", "Taxable interest", 14.22),
            ("3b", "Ordinary dividends", None),
            ("4b", "IRA distributions, taxable amount", None),
            ("5b", "Pensions and annuities, taxable amount", pensions or None),
            ("6b", "Social security benefits, taxable amount", None),
            ("7", "Capital gain or (loss)", None),
            ("8", "Additional income from Schedule 1, line 10 (Schedule E rental)", net_rent),
            ("9", "Total income. Add lines 1z, 2b, 3b, 4b, 5b, 6b, 7 and 8", r2(total_income + 14.22)),
            ("10", "Adjustments to income from Schedule 1, line 26", None),
            ("11", "Adjusted gross income", r2(total_income + 14.22)),
            ("12", "Standard deduction", std),
            ("15", "Taxable income", r2(taxable + 14.22)),
        ]
        y = ph - 214
        for num, label, v in rows:
            line(c, y, num, label, v)
            y -= 19
        c.setFont("Helvetica", 7)
        c.drawString(
            40, 40, f"Form 1040 ({year})  -  printed from HearthTax Online; e-filed return, copy for taxpayer's records"
        )
        c.drawRightString(pw - 40, 40, "Page 1")
        return []

    def page2(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setFont("Helvetica", 8)
        c.drawString(40, ph - 44, f"Form 1040 ({year})")
        c.drawRightString(pw - 40, ph - 44, "Page 2")
        c.line(36, ph - 50, pw - 36, ph - 50)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, ph - 70, "Tax and Credits / Payments")
        rows = [
            ("16", "Tax", tax),
            ("22", "Subtract line 21 from line 18", tax),
            ("24", "Total tax", tax),
            ("25a", "Federal income tax withheld from Form(s) W-2", withheld),
            ("33", "Total payments", withheld),
            ("34", "Amount overpaid", r2(withheld - tax)),
            ("35a", "Amount you want refunded to you", r2(withheld - tax)),
            ("37", "Amount you owe", None),
        ]
        y = ph - 90
        for num, label, v in rows:
            line(c, y, num, label, v)
            y -= 19
        y -= 20
        c.setLineWidth(1.2)
        c.rect(36, y - 96, pw - 72, 100, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(44, y - 30, "Sign")
        c.drawString(44, y - 46, "Here")
        c.setFont("Helvetica", 6.8)
        c.drawString(
            100,
            y - 8,
            "Under penalties of perjury, I declare that I have examined this return and "
            "accompanying schedules and statements, and to the best",
        )
        c.drawString(100, y - 16, "of my knowledge and belief, they are true, correct, and complete.")
        c.setLineWidth(0.6)
        c.line(100, y - 50, 330, y - 50)
        c.line(340, y - 50, 420, y - 50)
        c.line(430, y - 50, 570, y - 50)
        c.drawString(100, y - 58, "Your signature")
        c.drawString(340, y - 58, "Date")
        c.drawString(430, y - 58, "Your occupation")
        c.setFont("Courier", 9)
        c.drawString(434, y - 46, occupation)
        c.setFont("Helvetica", 6.8)
        c.drawString(100, y - 80, "Paid preparer use only:  Self-prepared")
        marks = [
            Mark("sig", 110, y - 47, w=170, seed=seed),
            Mark("date", 342, y - 46, mdy(signed_on), size=10, seed=seed + 2),
        ]
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, f"Form 1040 ({year})")
        return marks

    def page3(c: Canvas) -> list[Mark]:
        _pw, ph = LETTER
        top(c, "SCHEDULE E", "(Form 1040)   Supplemental Income and Loss")
        c.setFont("Helvetica", 7.5)
        c.drawString(160, ph - 66, "From rental real estate, royalties, partnerships, S corporations, estates, trusts")
        captioned(c, 36, ph - 100, 420, 24, "Name(s) shown on return", f"{first} {last}")
        captioned(c, 456, ph - 100, 120, 24, "Your social security number", f"XXX-XX-{ssn[-4:]}")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, ph - 118, "Part I   Income or Loss From Rental Real Estate and Royalties")
        captioned(c, 36, ph - 152, 420, 26, "1a  Physical address of each property - A", rental_addr)
        captioned(c, 456, ph - 152, 60, 26, "1b Type", rental_type)
        captioned(c, 516, ph - 152, 60, 26, "2 Fair rental days", "365")
        rows = [("3", "Rents received", rents), ("4", "Royalties received", None)]
        labels = {
            "5": "Advertising",
            "6": "Auto and travel",
            "7": "Cleaning and maintenance",
            "8": "Commissions",
            "9": "Insurance",
            "10": "Legal and other professional fees",
            "11": "Management fees",
            "12": "Mortgage interest paid to banks",
            "13": "Other interest",
            "14": "Repairs",
            "15": "Supplies",
            "16": "Taxes",
            "17": "Utilities",
            "18": "Depreciation expense or depletion",
            "19": "Other",
        }
        rows += [(n, lab, expenses.get(n)) for n, lab in labels.items()]
        rows += [
            ("20", "Total expenses. Add lines 5 through 19", exp_total),
            ("21", "Subtract line 20 from line 3 (income or loss)", net_rent),
            ("23a", "Total of all amounts reported on line 3 for all rental properties", rents),
            ("26", "Total rental real estate and royalty income or (loss)", net_rent),
        ]
        y = ph - 172
        for num, label, v in rows:
            line(c, y, num, label, v)
            y -= 17.5
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, f"Schedule E (Form 1040) {year}  -  Page 1")
        return []

    fields = {"tax_year": year, "form": "1040"}
    return Item(
        "tax_return",
        Paper([page1, page2, page3]),
        fields,
        signed_on,
        signed=True,
        proofs=[str(year), f"{first} {last}", money(rents), money(net_rent), rental_addr],
    )


def lease(
    landlord: str,
    tenant: str,
    premises: str,
    start: dt.date,
    rent: float,
    deposit: float,
    signed_on: dt.date,
    seed: int,
) -> Item:
    """A landlords' association two-page month-to-month lease: a KEY TERMS grid, clauses in two columns."""
    clauses = [
        (
            "Term",
            "This is a month-to-month tenancy starting on the start date. Either party may end it by written "
            "notice given at least thirty days before the end of a rental month.",
        ),
        (
            "Rent",
            f"Tenant pays ${money(rent)} each month in advance on or before the first day of the month, by "
            "check, money order or electronic transfer to the account the Landlord names.",
        ),
        (
            "Late charge",
            "Rent not received by the fifth day of the month is late; a late charge of five percent of "
            "the monthly rent is then due as additional rent.",
        ),
        (
            "Security deposit",
            "The deposit is held in an escrow account as the law requires and is returned, less "
            "lawful deductions, within thirty days after the Tenant moves out.",
        ),
        ("Use", "The premises are used only as a private residence by the persons named as occupants."),
        ("Utilities", "Tenant pays for electricity and internet service; Landlord pays for water, sewer and trash."),
        (
            "Repairs",
            "Tenant reports needed repairs promptly in writing. Landlord keeps the heating, plumbing and "
            "electrical systems in good working order.",
        ),
        (
            "Entry",
            "Landlord may enter at reasonable times after giving twenty-four hours' notice, and at any time "
            "in an emergency.",
        ),
        ("Pets", "No pets without the Landlord's written consent."),
        ("Smoking", "No smoking inside the premises or on shared porches and stairways."),
        ("Alterations", "Tenant makes no alterations, painting or lock changes without written consent."),
        ("Insurance", "Landlord's insurance does not cover the Tenant's belongings; renter's insurance is advised."),
        ("Notices", "Notices are given in writing by hand delivery or first-class mail to the addresses above."),
        ("Entire agreement", "This lease is the whole agreement; changes must be in writing and signed by both."),
    ]

    def terms(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setFont("Times-Bold", 15)
        c.drawCentredString(pw / 2, ph - 58, "RESIDENTIAL LEASE - MONTH-TO-MONTH TENANCY")
        c.setFont("Times-Italic", 8.5)
        c.drawCentredString(pw / 2, ph - 71, "Chesapeake Small Landlords Association  -  Form CSLA-4 (2044)")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, ph - 96, "KEY TERMS")
        grid = [
            ("Landlord", landlord),
            ("Tenant(s)", tenant),
            ("Premises", premises),
            ("Start date", mdy(start)),
            ("Monthly rent", f"${money(rent)}"),
            ("Rent due", "1st of each month"),
            ("Security deposit", f"${money(deposit)}"),
            ("Occupants", tenant),
        ]
        y = ph - 102
        for cap, val in grid:
            y -= 20
            c.setFillGray(0.92)
            c.rect(40, y, 130, 20, stroke=1, fill=1)
            c.setFillColor(black)
            c.rect(170, y, 402, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(46, y + 7, cap)
            c.setFont("Times-Roman", 10)
            c.drawString(176, y + 7, val)
        y -= 24
        col_w = (pw - 96) / 2
        yl, x = y, 40.0
        for i, (title, text) in enumerate(clauses[:9]):
            block = wrap(f"{i + 1}. {title.upper()}. {text}", "Times-Roman", 9, col_w)
            if i == 5:
                x, yl = 40 + col_w + 16, y
            c.setFont("Times-Roman", 9)
            for ln in block:
                c.drawString(x, yl, ln)
                yl -= 11
            yl -= 5
        c.setFont("Helvetica", 7)
        c.drawCentredString(pw / 2, 40, "CSLA-4 (2044)  -  Page 1 of 2  -  Initials: Landlord ____ Tenant ____")
        return []

    def sign(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        y = ph - 60
        col_w = pw - 80
        for i, (title, text) in enumerate(clauses[9:], start=10):
            c.setFont("Times-Roman", 9.5)
            for ln in wrap(f"{i}. {title.upper()}. {text}", "Times-Roman", 9.5, col_w):
                c.drawString(40, y, ln)
                y -= 12
            y -= 6
        y -= 16
        c.setFont("Times-Roman", 10)
        c.drawString(40, y, "The parties have signed this lease on the dates written beside their signatures.")
        marks: list[Mark] = []
        for k, (role, name) in enumerate((("LANDLORD", landlord), ("TENANT", tenant))):
            yy = y - 60 - 70 * k
            c.setLineWidth(0.6)
            c.line(40, yy, 330, yy)
            c.line(360, yy, 540, yy)
            c.setFont("Helvetica", 7.5)
            c.drawString(40, yy - 10, f"{role}: {name}")
            c.drawString(360, yy - 10, "Date")
            marks.append(Mark("sig", 60, yy + 3, w=180, seed=seed + 11 * k))
            marks.append(Mark("date", 366, yy + 4, mdy(signed_on), size=10, seed=seed + 3 + k))
        c.setFont("Helvetica", 7)
        c.drawCentredString(pw / 2, 40, "CSLA-4 (2044)  -  Page 2 of 2")
        return marks

    return other_item(Paper([terms, sign]), signed_on, [premises, money(rent)])


def rent_ledger(
    landlord: str, premises: str, tenant: str, rent: float, rows: Sequence[tuple[dt.date, dt.date, float, str]]
) -> Item:
    """A landlord's own rent ledger printed from a spreadsheet: gridlines, column letters and row numbers."""
    cols = [
        ("A", 62, "Month"),
        ("B", 62, "Rent due"),
        ("C", 70, "Date received"),
        ("D", 70, "Amount received"),
        ("E", 86, "Method"),
        ("F", 62, "Balance"),
        ("G", 110, "Notes"),
    ]

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setFont("Helvetica", 8)
        c.drawCentredString(pw / 2, ph - 30, "rent ledger.xlsx")
        x0, rh = 58.0, 15.0
        y = ph - 60
        c.setFillGray(0.9)
        c.rect(36, y, pw - 72, rh, stroke=0, fill=1)
        c.rect(36, 60, x0 - 36, y - 60, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        x = x0
        xs = []
        for letter_, w, _t in cols:
            c.drawCentredString(x + w / 2, y + 4, letter_)
            xs.append((x, w))
            x += w
        data: list[list[str]] = [
            [f"RENT LEDGER - {premises}"],
            [f"Tenant: {tenant}"],
            [f"Monthly rent: {money(rent)}, due on the 1st"],
            [],
            [t for _, _, t in cols],
        ]
        bal = 0.0
        for month, got, amt, method in rows:
            bal = r2(bal + rent - amt)
            data.append(
                [
                    month.strftime("%b %Y"),
                    money(rent),
                    mdy(got),
                    money(amt),
                    method,
                    money(bal),
                    "" if amt == rent else "partial",
                ]
            )
        c.setLineWidth(0.3)
        c.setStrokeGray(0.6)
        for r, row in enumerate(data):
            yy = y - rh * (r + 1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawCentredString((36 + x0) / 2, yy + 4, str(r + 1))
            for (cx, w), _ in zip(xs, cols, strict=True):
                c.rect(cx, yy, w, rh, stroke=1, fill=0)
            bold = r in (0, 4)
            for i, val in enumerate(row):
                cx, w = xs[i]
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 8 if r else 10)
                if i in (1, 3, 5) and r > 4:
                    c.drawRightString(cx + w - 3, yy + 4, val)
                else:
                    c.drawString(cx + 3, yy + 4, val)
        c.setStrokeColor(black)
        c.setFont("Helvetica", 8)
        c.drawCentredString(pw / 2, 40, "Page 1")
        c.drawString(40, 40, "Sheet1")
        return []

    return other_item(Paper([page]), rows[-1][1] if rows else None, [premises, money(rent)])


def rent_check(
    bank: str,
    acct: str,
    posted: dt.date,
    check_date: dt.date,
    tenant: str,
    tenant_addr: str,
    tenant_bank: str,
    payee: str,
    amount: float,
    check_no: str,
    memo: str,
    seed: int,
) -> Item:
    """A bank's DEPOSITED ITEM printout: the rent check's front and back as the bank imaged them."""

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setFont("Times-Bold", 14)
        c.setFillColor(Color(0.0, 0.3, 0.42))
        c.drawString(40, ph - 52, bank)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(pw - 40, ph - 52, "Deposited Item Image")
        c.setFont("Helvetica", 8)
        info = [
            ("Account", f"Advantage Checking ******{acct[-4:]}"),
            ("Posted", mdy(posted)),
            ("Item amount", f"${money(amount)}"),
            ("Check number", check_no),
            ("Item sequence", f"88{seed:05d}"),
        ]
        for k, (cap, val) in enumerate(info):
            c.setFont("Helvetica-Bold", 8)
            c.drawString(40, ph - 80 - 12 * k, cap)
            c.setFont("Helvetica", 8)
            c.drawString(120, ph - 80 - 12 * k, val)
        marks: list[Mark] = []
        fx, fy, fw, fh = 54.0, ph - 400, 504.0, 220.0
        c.setFont("Helvetica-Bold", 8)
        c.drawString(fx, fy + fh + 8, "FRONT")
        c.setFillColor(Color(0.9, 0.93, 0.96))
        c.rect(fx, fy, fw, fh, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(fx + 14, fy + fh - 22, tenant.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(fx + 14, fy + fh - 33, tenant_addr)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(fx + fw - 14, fy + fh - 22, check_no)
        c.setFont("Helvetica", 7.5)
        c.drawString(fx + 300, fy + fh - 56, "DATE")
        c.line(fx + 326, fy + fh - 58, fx + 470, fy + fh - 58)
        marks.append(Mark("hand", fx + 336, fy + fh - 56, mdy(check_date), size=11, seed=seed + 1))
        c.drawString(fx + 14, fy + fh - 92, "PAY TO THE")
        c.drawString(fx + 14, fy + fh - 101, "ORDER OF")
        c.line(fx + 62, fy + fh - 100, fx + 380, fy + fh - 100)
        marks.append(Mark("hand", fx + 72, fy + fh - 97, payee, size=12, seed=seed + 2))
        c.rect(fx + 396, fy + fh - 106, 94, 22, stroke=1, fill=0)
        c.drawString(fx + 386, fy + fh - 99, "$")
        marks.append(Mark("hand", fx + 404, fy + fh - 99, money(amount), size=12, seed=seed + 3))
        c.line(fx + 14, fy + fh - 132, fx + 440, fy + fh - 132)
        c.drawString(fx + 446, fy + fh - 132, "DOLLARS")
        marks.append(Mark("hand", fx + 22, fy + fh - 129, amount_words(amount), size=11, seed=seed + 4))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(fx + 14, fy + fh - 160, tenant_bank)
        c.setFont("Helvetica", 7.5)
        c.drawString(fx + 14, fy + fh - 186, "MEMO")
        c.line(fx + 44, fy + fh - 188, fx + 220, fy + fh - 188)
        marks.append(Mark("hand", fx + 50, fy + fh - 185, memo, size=10, seed=seed + 5))
        c.line(fx + 290, fy + fh - 188, fx + 490, fy + fh - 188)
        marks.append(Mark("sig", fx + 310, fy + fh - 185, w=150, seed=seed + 6))
        c.setFont("Courier", 10)
        c.drawString(fx + 60, fy + 10, f"C0312{seed % 10}7554C  {check_no}  0{seed:04d}8812A")
        bx, by = fx, fy - 250
        c.setFont("Helvetica-Bold", 8)
        c.drawString(bx, by + fh + 8, "BACK")
        c.setFillColor(Color(0.95, 0.95, 0.95))
        c.rect(bx, by, fw, fh, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 6.5)
        c.drawString(bx + 14, by + fh - 14, "ENDORSE HERE")
        for k in range(3):
            c.line(bx + 14, by + fh - 40 - 22 * k, bx + 200, by + fh - 40 - 22 * k)
        c.drawString(bx + 14, by + fh - 118, "DO NOT WRITE, STAMP OR SIGN BELOW THIS LINE")
        c.line(bx + 14, by + fh - 110, bx + 200, by + fh - 110)
        marks.append(Mark("hand", bx + 18, by + fh - 37, payee, size=11, seed=seed + 7))
        marks.append(Mark("hand", bx + 18, by + fh - 59, "For deposit only", size=11, seed=seed + 8))
        marks.append(Mark("hand", bx + 18, by + fh - 81, f"acct. ...{acct[-4:]}", size=11, seed=seed + 9))
        c.saveState()
        c.translate(bx + 330, by + 110)
        c.rotate(8)
        c.setStrokeGray(0.35)
        c.setFillGray(0.35)
        c.setLineWidth(1.2)
        c.rect(-80, -34, 160, 68, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawCentredString(0, 16, bank.upper())
        c.setFont("Helvetica-Bold", 11)
        c.drawCentredString(0, -2, "DEPOSITED")
        c.setFont("Helvetica-Bold", 9)
        c.drawCentredString(0, -20, posted.strftime("%b %d %Y").upper())
        c.restoreState()
        c.setFont("Helvetica", 7)
        c.drawString(40, 40, f"Printed from {bank} Online Banking. Item images are copies of the original items.")
        return marks

    return Item("rent_check", Paper([page]), {}, posted, proofs=[money(amount), mdy(posted), check_no])


# --- letters --------------------------------------------------------------------------------------------------------


def hardship_letter(
    writer: str, addr: Sequence[str], loan: str, prop: str, date: dt.date, paras: Sequence[str], signed: bool, seed: int
) -> Item:
    """The borrower's typed letter in block style."""

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setFont("Times-Roman", 11)
        y = ph - 72
        for ln in [writer, *addr]:
            c.drawString(72, y, ln)
            y -= 13
        y -= 14
        c.drawString(72, y, long_date(date))
        y -= 28
        for ln in ("Fenwick Harbor Mortgage Servicing, Inc.", "Loss Mitigation Department", SERVICER_ADDR):
            c.drawString(72, y, ln)
            y -= 13
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"RE: Hardship letter - loan number {loan}")
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 13, f"Property: {prop}")
        y -= 40
        c.drawString(72, y, "To whom it may concern:")
        y -= 22
        for ptxt in paras:
            y = para(c, 72, y, pw - 144, ptxt, "Times-Roman", 11, 14) - 9
        y -= 8
        c.drawString(72, y, "Sincerely,")
        c.drawString(72, y - 44, writer)
        return [Mark("sig", 76, y - 32, w=150, seed=seed)] if signed else []

    return Item(
        "hardship_letter", Paper([page]), {"letter_date": date.isoformat()}, date, proofs=[long_date(date), loan]
    )


def co_borrower_statement(
    writer: str,
    home: Sequence[str],
    kin: str,
    borrower: str,
    loan: str,
    prop: str,
    date: dt.date,
    paras: Sequence[str],
    signed: bool,
    seed: int,
) -> Item:
    """The non-occupant co-borrower's own letter, from his or her own address, in a plainer hand-typed style."""

    def page(c: Canvas) -> list[Mark]:
        pw, ph = LETTER
        c.setFont("Helvetica", 10)
        y = ph - 70
        for ln in [writer, *home]:
            c.drawRightString(pw - 72, y, ln)
            y -= 12.5
        c.drawRightString(pw - 72, y - 10, mdy(date))
        y -= 48
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(72, y, "Statement of co-borrower who does not live in the property")
        c.setFont("Helvetica", 10)
        c.drawString(72, y - 16, f"Loan {loan}  -  {prop}")
        c.drawString(72, y - 29, f"Borrower: {borrower} (my {kin})")
        y -= 58
        c.drawString(72, y, "Dear Fenwick Harbor,")
        y -= 20
        for ptxt in paras:
            y = para(c, 72, y, pw - 144, ptxt, "Helvetica", 10, 13.5) - 9
        y -= 6
        c.drawString(72, y, "Thank you,")
        c.drawString(72, y - 42, writer)
        return [Mark("sig", 76, y - 30, w=140, seed=seed)] if signed else []

    return Item(
        "hardship_letter", Paper([page]), {"letter_date": date.isoformat()}, date, proofs=[mdy(date), loan, writer]
    )


def form4506c(
    first: str,
    mi: str,
    last: str,
    ssn: str,
    street: str,
    city: str,
    state: str,
    zipc: str,
    phone: str,
    signed_on: dt.date,
    seed: int,
) -> Item:
    """Page 1 of the real IRS Form 4506-C (Rev. 10-2022), typed over by the servicer; signed and dated by the
    borrower."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Courier", 9)
        put = [
            (28, 668, first),
            (115, 668, mi),
            (172, 668, last),
            (28, 637, f"{ssn}"),
            (28, 571, street),
            (319, 571, city),
            (427, 571, state),
            (481, 571, zipc),
            (28, 507, "Verity Transcript Services LLC"),
            (319, 507, "VTS-40518"),
            (429, 507, "VERITY02"),
            (28, 485, "1850 Ledger Park Blvd"),
            (319, 485, "Richmond"),
            (429, 485, "VA"),
            (484, 485, "23230"),
            (28, 431, "Fenwick Harbor Mortgage Servicing, Inc."),
            (480, 431, "(410) 555-0146"),
            (28, 409, "2200 Quayside Drive"),
            (321, 409, "Port Annick"),
            (427, 409, "MD"),
            (482, 409, "21690"),
            (28, 362, "1040"),
            (25, 268, "12"),
            (53, 268, "31"),
            (82, 268, str(signed_on.year - 2)),
            (187, 268, "12"),
            (215, 268, "31"),
            (244, 268, str(signed_on.year - 1)),
            (435, 168, phone),
            (64, 129, f"{first} {mi}. {last}"),
        ]
        for x, y, t in put:
            c.drawString(x, y, t)
        c.setFont("ZapfDingbats", 8)
        c.drawString(99, 351, "4")
        c.drawString(27, 196, "4")
        return [Mark("sig", 82, 166, w=190, seed=seed), Mark("date", 345, 168, mdy(signed_on), size=10, seed=seed + 1)]

    fields = {"signed": True, "signed_on": signed_on.isoformat()}
    return Item(
        "irs_form_4506c", Paper([page]), fields, signed_on, signed=True, base=FORM4506C, proofs=[last, zipc, "1040"]
    )


# --- packets --------------------------------------------------------------------------------------------------------


@dataclass
class Packet:
    name: str
    received: dt.date
    app: App | None
    scenario: list[str]  # the missing codes the scenario is built to produce
    docs: list[tuple[Item, list[tuple[str, int]], bool]] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)

    def email(self, rel: str, item: Item) -> None:
        """A born-digital attachment holding one document."""
        data, _ = item_pdf(item, screen=True, tag=f"{self.name}{len(self.files):02d}")
        self.files[rel] = data
        self.docs.append((item, [(rel, i + 1) for i in range(item.pages)], False))

    def flatbed(self, rel: str, items: Sequence[Item], style: Flatbed, seed: int) -> None:
        """Papers signed in ink and scanned one after another on the office flatbed into one image-only file."""
        sheets: list[Sheet] = []
        for k, item in enumerate(items):
            pages = scan_item(item, style, seed * 1000 + len(self.files) * 97 + k * 37 + 1)
            self.docs.append((item, [(rel, len(sheets) + 1 + i) for i in range(len(pages))], True))
            sheets += pages
        self.files[rel] = sheets_pdf(sheets, style)


def payroll(job: Job, seed: int, start: dt.date, end: dt.date, label: str) -> list[Txn]:
    return [(ch.pay_date, label, ch.net) for ch in job.history(end, seed) if start <= ch.pay_date <= end]


def assert_weekday(d: dt.date) -> dt.date:
    if d.weekday() >= 5 or d.year != 2046:
        raise ValueError(f"received date {d} is not a weekday in 2046")
    return d


def packet_bg1(seed: int) -> Packet:
    """COMPLETE. Duplex, the borrower lives downstairs; her father is a non-occupant co-borrower with a pension."""
    received = assert_weekday(dt.date(2046, 4, 24))
    home = ["418 Wrenfield Avenue, Unit A", "Ashby Falls, PA 17522"]
    job = Job(
        "Brindlewood Unified School District",
        "900 Academy Road, Ashby Falls, PA 17522",
        "Priya N. Castellano",
        "E-204417",
        "semimonthly",
        home,
        salary=57736.0,
        retirement=0.0725,
        health=88.40,
        dues=21.50,
        title="Speech-language pathologist",
        dept="Student Services",
        acct="4471",
    )
    stubs = [earnings_statement(job, d, seed) for d in (dt.date(2046, 3, 31), dt.date(2046, 4, 15))]
    pension = pension_notice(
        "Alder Basin Building Trades Pension Fund",
        "PO Box 4410, Scranton Ridge, PA 18510",
        "Desmond K. Castellano",
        ["12 Heron Court, Apt 3C", "Cape Dalby, NJ 08204"],
        "ABT-0048213",
        2046,
        4,
        2140.55,
        214.00,
        96.30,
    )
    rng = random.Random(seed * 1000 + 1)
    acct = "30418824471"
    feb = (dt.date(2046, 2, 1), dt.date(2046, 2, 28))
    mar = (dt.date(2046, 3, 1), dt.date(2046, 3, 31))
    s1 = sandpiper_statement(
        rng,
        "Priya N. Castellano",
        home,
        acct,
        *feb,
        1862.40,
        [
            (dt.date(2046, 2, 2), "MOBILE DEPOSIT CHECK 1141 RENT UNIT B", 1375.00),
            (dt.date(2046, 2, 3), "FENWICK HARBOR MTG PMT 0071824459", -2146.88),
            (dt.date(2046, 2, 20), "COASTLINE FLOOD INS PREMIUM", -388.00),
            *payroll(job, seed, *feb, "BRINDLEWOOD USD PAYROLL"),
        ],
    )
    s2 = sandpiper_statement(
        rng,
        "Priya N. Castellano",
        home,
        acct,
        *mar,
        s1.ending,
        [
            (dt.date(2046, 3, 2), "MOBILE DEPOSIT CHECK 1152 RENT UNIT B", 1375.00),
            (dt.date(2046, 3, 9), "PA SCHOOL TAX - ASHBY FALLS SD", -1210.00),
            *payroll(job, seed, *mar, "BRINDLEWOOD USD PAYROLL"),
        ],
    )
    b = Person("Priya N. Castellano", "951-44-2087", "(717) 555-0143", "priya.castellano@example.net")
    co = Person(
        "Desmond K. Castellano",
        "951-20-6634",
        "(609) 555-0188",
        "dkcastellano@example.com",
        "Father",
        False,
        "12 Heron Court, Apt 3C, Cape Dalby, NJ 08204",
    )
    signed = dt.date(2046, 4, 20)
    app = App(
        "landscape",
        "0071824459",
        b,
        co,
        "418 Wrenfield Avenue",
        "Ashby Falls",
        "PA",
        "17522",
        "primary_residence",
        2,
        "Unit A (ground floor)",
        ["increase_in_housing_expenses"],
        dt.date(2045, 10, 1),
        "long",
        "School tax, flood insurance and the escrow shortage raised our payment by $612 a month.",
        {("b", "wages"): stubs[-1].fields["monthly_gross"], ("c", "benefits_taxable"): 2140.55},
        [Unit("418 Wrenfield Ave - Unit B (upstairs)", True, "Lionel & Mae Ostrowski", dt.date(2044, 6, 1), 1375.00)],
        signed,
        assets={"checking": 2310.00, "retirement": 18400.00},
        seed=seed + 11,
    )
    for st in (s1, s2):
        st.item.extra["shows"] = {"wages", "rental"}
    p = Packet("bg1", received, app, [])
    f = app.loan
    p.email(f"{f}/Castellano relief application.pdf", application(app))
    for s in stubs:
        p.email(f"{f}/paystub {s.fields['pay_date']}.pdf", s)
    p.email(f"{f}/Dad pension notice April.pdf", pension)
    p.email(
        f"{f}/Alder Basin benefit letter.pdf",
        pension_award_letter(
            "Alder Basin Building Trades Pension Fund",
            "PO Box 4410, Scranton Ridge, PA 18510",
            "Desmond K. Castellano",
            ["12 Heron Court, Apt 3C", "Cape Dalby, NJ 08204"],
            dt.date(2046, 3, 9),
            2140.55,
            dt.date(2041, 8, 1),
        ),
    )
    p.email(f"{f}/Sandpiper Feb 2046.pdf", s1.item)
    p.email(f"{f}/Sandpiper Mar 2046.pdf", s2.item)
    p.email(
        f"{f}/Unit B lease.pdf",
        lease(
            "Priya N. Castellano",
            "Lionel and Mae Ostrowski",
            "418 Wrenfield Avenue, Unit B (upstairs), Ashby Falls, PA 17522",
            dt.date(2044, 6, 1),
            1375.00,
            1375.00,
            dt.date(2044, 5, 20),
            seed + 12,
        ),
    )
    p.email(
        f"{f}/4506-C signed.pdf",
        form4506c(
            "Priya",
            "N",
            "Castellano",
            b.ssn,
            "418 Wrenfield Avenue",
            "Ashby Falls",
            "PA",
            "17522",
            b.phone,
            signed,
            seed + 13,
        ),
    )
    prop = app.address
    p.email(
        f"{f}/hardship letter - Priya.pdf",
        hardship_letter(
            b.name,
            home,
            app.loan,
            prop,
            dt.date(2046, 4, 19),
            [
                "I am a speech-language pathologist with the school district and I live in the ground-floor unit of "
                "our duplex. My father co-signed the loan when I bought the house; he lives in his own apartment in "
                "New Jersey on his pension, and the upstairs unit is rented.",
                "Last October the school tax went up, the flood insurance the bank requires went from $1,900 to "
                "$4,650 a year, and the escrow shortage was spread over twelve months. Our payment rose by $612 a "
                "month. With my pay and the rent from upstairs I can carry the old payment but not the new one.",
                "I am asking for a modification so that I can keep the house. Both tenants have a lease and pay on "
                "time.",
            ],
            True,
            seed + 14,
        ),
    )
    p.email(
        f"{f}/letter from Desmond Castellano.pdf",
        co_borrower_statement(
            co.name,
            ["12 Heron Court, Apt 3C", "Cape Dalby, NJ 08204"],
            "daughter",
            b.name,
            app.loan,
            prop,
            dt.date(2046, 4, 18),
            [
                "I am Priya's father and a co-borrower on her loan. I do not live in the house; I have lived in my "
                "apartment in Cape Dalby since I retired from the carpenters in 2041, and I live on my union pension.",
                "I send Priya what I can each month, but my pension does not stretch to the new escrow payment. I "
                "support her request for a modification and I have signed the application with her.",
            ],
            True,
            seed + 15,
        ),
    )
    return p


def packet_bg2(seed: int) -> Packet:
    """INCOMPLETE income_doc:rental. The rent of a second house is documented only by the property manager's owner
    statements and the Schedule E - no bank statements, no deposited rent checks."""
    received = assert_weekday(dt.date(2046, 5, 16))
    home = ["5 Bittern Court", "Port Annick, MD 21690"]
    job = Job(
        "Bayline Freight Terminal, Inc.",
        "1 Pier Nine Road, Port Annick, MD 21690",
        "Marcus T. Oyelaran",
        "BFT-30418",
        "weekly",
        home,
        rate=27.10,
        retirement=0.04,
        health=38.75,
        state=0.0475,
        state_name="MD",
    )
    stub = check_and_stub(job, dt.date(2046, 5, 8), seed, "Chesapeake Tidewater Bank")
    b = Person("Marcus T. Oyelaran", "961-58-3310", "(410) 555-0124", "moyelaran@example.com")
    signed = dt.date(2046, 5, 10)
    unit = Unit(
        "77 Cormorant Lane (single-family)",
        False,
        "D. & R. Albrecht",
        dt.date(2043, 9, 1),
        1650.00,
        expenses=182.00,
        manager="Kittiwake Property Mgmt",
    )
    app = App(
        "legal",
        "2209547713",
        b,
        None,
        "5 Bittern Court",
        "Port Annick",
        "MD",
        "21690",
        "primary_residence",
        1,
        "Whole house",
        ["reduction_in_income"],
        dt.date(2046, 1, 5),
        "short",
        "The terminal cut all overtime in January; my take-home pay dropped by about $900 a month.",
        {("b", "wages"): stub.fields["monthly_gross"]},
        [unit],
        signed,
        assets={"checking": 940.00, "retirement": 12650.00, "real_estate": 61000.00},
        seed=seed + 21,
    )
    p = Packet("bg2", received, app, ["income_doc:rental"])
    owner_addr = ["5 Bittern Court", "Port Annick, MD 21690"]
    owners = [
        owner_statement(
            b.name,
            owner_addr,
            "OWN-2291",
            "77 Cormorant Lane (single-family)",
            "D. & R. Albrecht",
            2046,
            m,
            1650.00,
            0.08,
            reps,
            500.00,
            "7781",
        )
        for m, reps in ((3, [(11, "Repair - Tidewater Plumbing, kitchen drain", 145.00)]), (4, []))
    ]
    ret = form1040(
        "Marcus T.",
        "Oyelaran",
        b.ssn,
        "5 Bittern Court",
        "Port Annick, MD 21690",
        2045,
        58915.00,
        0.0,
        "77 Cormorant Lane, Port Annick, MD 21690",
        "1",
        19800.00,
        {"9": 1104.00, "11": 1584.00, "12": 6120.00, "14": 1730.00, "16": 2410.00, "18": 4690.00},
        "Freight dispatcher",
        dt.date(2046, 3, 12),
        seed + 22,
    )
    t = form4506c(
        "Marcus", "T", "Oyelaran", b.ssn, "5 Bittern Court", "Port Annick", "MD", "21690", b.phone, signed, seed + 23
    )
    hl = hardship_letter(
        b.name,
        home,
        app.loan,
        app.address,
        signed,
        [
            "I work as a dispatcher at the Bayline freight terminal. Until December about a third of my pay was "
            "overtime. In January the terminal lost its biggest shipping line and all overtime was cut, so my pay is "
            "down by about $900 a month.",
            "I also own a rental house at 77 Cormorant Lane that Kittiwake Property Management runs for me. The rent "
            "covers that house's own mortgage and costs with a little left over; I enclose the last two owner "
            "statements and my 2045 tax return with Schedule E to show it.",
            "I expect the overtime to come back when the new shipping contract starts in the summer. Until then I ask "
            "for a forbearance or a lower payment on my home.",
        ],
        True,
        seed + 24,
    )
    style = Flatbed(skew=0.5)
    p.flatbed(f"Oyelaran {app.loan}.pdf", [application(app), stub, owners[0], owners[1], ret, t, hl], style, seed + 2)
    return p


def packet_bg3(seed: int) -> Packet:
    """INCOMPLETE application_signature. The non-occupant brother is named as co-borrower, wrote his own letter and
    sent his pay stub, but never signed or dated the application."""
    received = assert_weekday(dt.date(2046, 6, 12))
    home = ["37 Linden Terrace", "Harlow Gap, PA 17048"]
    job = Job(
        "Harlow County Public Library System",
        "12 Courthouse Square, Harlow Gap, PA 17048",
        "Ilse M. Vandermeer",
        "HC-55107",
        "semimonthly",
        home,
        salary=48900.0,
        retirement=0.05,
        health=64.10,
        title="Branch circulation supervisor",
        dept="Harlow Gap Branch",
        acct="0639",
    )
    stub = earnings_statement(job, dt.date(2046, 5, 31), seed)
    away = ["77 Marsh Hawk Lane", "Camden Flats, NJ 08105"]
    job2 = Job(
        "Palisade Cold Storage Co.",
        "3100 Terminal Way, Camden Flats, NJ 08105",
        "Joost A. Vandermeer",
        "PCS-11872",
        "weekly",
        away,
        rate=24.35,
        retirement=0.04,
        health=41.20,
        state=0.0245,
        state_name="NJ",
    )
    stub2 = check_and_stub(job2, dt.date(2046, 6, 1), seed, "Gannet Shore Bank, N.A.")
    rng = random.Random(seed * 1000 + 3)
    acct = "5508120639"
    c1 = (dt.date(2046, 4, 8), dt.date(2046, 5, 7))
    c2 = (dt.date(2046, 5, 8), dt.date(2046, 6, 7))
    s1 = tamsin_statement(
        rng,
        "Ilse M. Vandermeer",
        home,
        acct,
        *c1,
        1840.22,
        [
            (dt.date(2046, 4, 9), "ZELLE FROM TOBIAS RENN - BASEMENT RENT", 950.00),
            (dt.date(2046, 4, 16), "FENWICK HARBOR MTG 0405517286", -1615.30),
            *payroll(job, seed, *c1, "HARLOW COUNTY PAYROLL DIR DEP"),
        ],
    )
    s2 = tamsin_statement(
        rng,
        "Ilse M. Vandermeer",
        home,
        acct,
        *c2,
        s1.ending,
        [
            (dt.date(2046, 5, 9), "ZELLE FROM TOBIAS RENN - BASEMENT RENT", 950.00),
            (dt.date(2046, 5, 26), "HARLOW GAP ORTHOPEDIC - COPAY PLAN", -240.00),
            *payroll(job, seed, *c2, "HARLOW COUNTY PAYROLL DIR DEP"),
        ],
    )
    b = Person("Ilse M. Vandermeer", "972-31-4408", "(717) 555-0166", "ilse.vandermeer@example.org")
    co = Person(
        "Joost A. Vandermeer",
        "972-65-1893",
        "(856) 555-0102",
        "joost.v@example.com",
        "Brother",
        False,
        "77 Marsh Hawk Lane, Camden Flats, NJ 08105",
    )
    signed = dt.date(2046, 6, 5)
    app = App(
        "landscape",
        "0405517286",
        b,
        co,
        "37 Linden Terrace",
        "Harlow Gap",
        "PA",
        "17048",
        "primary_residence",
        2,
        "Main floors",
        ["disability_or_illness", "reduction_in_income"],
        dt.date(2046, 2, 16),
        "short",
        "Spinal surgery in February; ten weeks of unpaid leave and now part-time hours until August.",
        {("b", "wages"): stub.fields["monthly_gross"], ("c", "wages"): stub2.fields["monthly_gross"]},
        [Unit("37 Linden Terrace - basement apt", True, "Tobias Renn", dt.date(2044, 9, 1), 950.00)],
        signed,
        co_signs=False,
        assets={"checking": 1205.00, "retirement": 9800.00},
        seed=seed + 31,
    )
    for st in (s1, s2):
        st.item.extra["shows"] = {"wages", "rental"}
    p = Packet("bg3", received, app, ["application_signature"])
    n = app.loan
    p.email(f"{n}_application.pdf", application(app))
    p.email(f"{n}_paystub_Ilse.pdf", stub)
    p.email(f"{n}_paystub_Joost.pdf", stub2)
    p.email(f"{n}_TRFCU_statement_0507.pdf", s1.item)
    p.email(f"{n}_TRFCU_statement_0607.pdf", s2.item)
    p.email(
        f"{n}_4506C.pdf",
        form4506c(
            "Ilse",
            "M",
            "Vandermeer",
            b.ssn,
            "37 Linden Terrace",
            "Harlow Gap",
            "PA",
            "17048",
            b.phone,
            signed,
            seed + 33,
        ),
    )
    p.email(
        f"{n}_hardship_letter.pdf",
        hardship_letter(
            b.name,
            home,
            n,
            app.address,
            signed,
            [
                "In February I had surgery on my spine. I was out of work for ten weeks, most of it unpaid after my "
                "sick leave ran out, and since April the library has me on part-time hours until my doctor clears me "
                "in August.",
                "My brother Joost is a co-borrower on the loan. He lives and works in New Jersey and has never lived "
                "in the house, but his pay helped us qualify. The basement apartment is rented and the rent is "
                "deposited to my credit union account.",
                "I fell two payments behind in the spring. I am asking for a plan that lets me catch up once I am back "
                "full-time.",
            ],
            False,
            seed + 34,
        ),
    )
    p.email(
        f"{n}_letter_Joost.pdf",
        co_borrower_statement(
            co.name,
            away,
            "sister",
            b.name,
            n,
            app.address,
            dt.date(2046, 6, 2),
            [
                "I am Ilse's brother and I co-signed her mortgage in 2043. I live in Camden Flats, New Jersey, where I "
                "work in a cold-storage warehouse; I have never lived at Linden Terrace.",
                "Ilse's surgery in February and her reduced hours since then are the reason the payments fell behind. "
                "I send $300 a month to help. I enclose my latest pay stub.",
            ],
            True,
            seed + 35,
        ),
    )
    return p


def packet_bg4(seed: int) -> Packet:
    """COMPLETE. A rented house that no borrower lives in (investment property); the son and his mother, who lives
    elsewhere on a pension, are the borrowers. Flatbed scans, one file per paper, in a folder named after the loan."""
    received = assert_weekday(dt.date(2046, 7, 11))
    home = ["902 Osprey Run", "Lewes Point, DE 19958"]
    job = Job(
        "Lewes Point Marine Services",
        "40 Boatyard Road, Lewes Point, DE 19958",
        "Teodor P. Wisniewski",
        "LPM-0772",
        "biweekly",
        home,
        rate=31.80,
        retirement=0.05,
        health=52.00,
        state=0.045,
        state_name="DE",
    )
    stub = check_and_stub(job, dt.date(2046, 7, 6), seed, "Delmarva Coastal Bank")
    mother = ["14 Dune Grass Commons", "Lewes Point, DE 19958"]
    pension = pension_notice(
        "Tri-State Health Care Employees' Pension Plan",
        "PO Box 880, Dover Heights, DE 19904",
        "Halina Wisniewska",
        mother,
        "TSH-551907",
        2046,
        7,
        1486.20,
        118.00,
        0.0,
    )
    rng = random.Random(seed * 1000 + 4)
    acct = "30455120982"
    may = (dt.date(2046, 5, 1), dt.date(2046, 5, 31))
    jun = (dt.date(2046, 6, 1), dt.date(2046, 6, 30))
    s1 = sandpiper_statement(
        rng,
        "Teodor P. Wisniewski",
        home,
        acct,
        *may,
        1204.66,
        [
            (dt.date(2046, 5, 4), "ACH DEPOSIT HADDAD Y RENT 61 KESTREL", 1800.00),
            (dt.date(2046, 5, 6), "FENWICK HARBOR MTG 3318206645", -1422.57),
            (dt.date(2046, 5, 22), "MILFORD CROSSING TAX COLLECTOR", -612.00),
        ],
    )
    s2 = sandpiper_statement(
        rng,
        "Teodor P. Wisniewski",
        home,
        acct,
        *jun,
        s1.ending,
        [
            (dt.date(2046, 6, 3), "ACH DEPOSIT HADDAD Y RENT 61 KESTREL", 1800.00),
            (dt.date(2046, 6, 12), "HARBORSIDE HOME INSURANCE", -274.00),
            (dt.date(2046, 6, 19), "LEWES POINT MARINE PAYROLL", 1000.00),
        ],
    )
    b = Person(
        "Teodor P. Wisniewski",
        "948-12-7750",
        "(302) 555-0181",
        "teo.wisniewski@example.net",
        "Self",
        False,
        "902 Osprey Run, Lewes Point, DE 19958",
    )
    co = Person(
        "Halina Wisniewska",
        "948-40-2216",
        "(302) 555-0190",
        "none",
        "Mother",
        False,
        "14 Dune Grass Commons, Lewes Point, DE 19958",
    )
    signed = dt.date(2046, 7, 3)
    app = App(
        "legal",
        "3318206645",
        b,
        co,
        "61 Kestrel Street",
        "Milford Crossing",
        "DE",
        "19963",
        "investment_property",
        1,
        "",
        ["other"],
        dt.date(2046, 1, 1),
        "short",
        "Our tenants paid nothing January to March; eviction costs and a new furnace used our savings.",
        {("b", "wages"): stub.fields["monthly_gross"], ("c", "benefits_taxable"): 1486.20},
        [
            Unit(
                "61 Kestrel Street (whole house)",
                False,
                "Yusuf & Amira Haddad",
                dt.date(2045, 8, 1),
                1800.00,
                expenses=420.00,
            )
        ],
        signed,
        assets={"checking": 610.00, "retirement": 22100.00},
        seed=seed + 41,
    )
    for st in (s1, s2):
        st.item.extra["shows"] = {"rental"}
    p = Packet("bg4", received, app, [])
    ret = form1040(
        "Teodor P.",
        "Wisniewski",
        b.ssn,
        "902 Osprey Run",
        "Lewes Point, DE 19958",
        2045,
        66120.00,
        0.0,
        "61 Kestrel Street, Milford Crossing, DE 19963",
        "1",
        16200.00,
        {"9": 1380.00, "12": 7310.00, "14": 3120.00, "16": 2290.00, "18": 5100.00},
        "Marine mechanic",
        dt.date(2046, 4, 2),
        seed + 42,
    )
    t = form4506c(
        "Teodor", "P", "Wisniewski", b.ssn, "902 Osprey Run", "Lewes Point", "DE", "19958", b.phone, signed, seed + 43
    )
    hl = hardship_letter(
        b.name,
        home,
        app.loan,
        app.address,
        signed,
        [
            "My mother and I own the house at 61 Kestrel Street together as a rental; neither of us lives there. I "
            "live in Lewes Point and she lives in her own apartment on her hospital pension.",
            "Our tenants at the time stopped paying in January. It took until March to have them evicted, and the "
            "furnace had to be replaced before the new tenants, the Haddads, could move in on a new lease. We used "
            "our savings and fell three payments behind.",
            "The Haddads have paid on time since. We ask to have the missed payments added to the loan or spread out "
            "so we can keep the house.",
        ],
        True,
        seed + 44,
    )
    hl2 = co_borrower_statement(
        co.name,
        mother,
        "son",
        b.name,
        app.loan,
        app.address,
        dt.date(2046, 7, 2),
        [
            "I am Teodor's mother and the co-borrower on the Kestrel Street loan. I live at Dune Grass Commons and "
            "have never lived in the rental house. My income is my pension from the hospital where I worked as a "
            "nurse.",
            "What my son wrote is true. We could not pay while the house brought in no rent. I ask you to help us "
            "bring the loan up to date.",
        ],
        True,
        seed + 45,
    )
    ls = lease(
        "Teodor P. Wisniewski and Halina Wisniewska",
        "Yusuf and Amira Haddad",
        "61 Kestrel Street, Milford Crossing, DE 19963",
        dt.date(2046, 4, 1),
        1800.00,
        1800.00,
        dt.date(2046, 3, 24),
        seed + 46,
    )
    style = Flatbed(skew=0.35)
    f = app.loan
    award = pension_award_letter(
        "Tri-State Health Care Employees' Pension Plan",
        "PO Box 880, Dover Heights, DE 19904",
        "Halina Wisniewska",
        mother,
        dt.date(2046, 5, 20),
        1486.20,
        dt.date(2040, 2, 1),
    )
    for k, item in enumerate((application(app), stub, pension, award, s1.item, s2.item, ret, ls, t, hl, hl2)):
        p.flatbed(f"{f}/Scan_20460710_{91502 + 37 * k}.pdf", [item], style, seed + 4)
    return p


def packet_bg5(seed: int) -> Packet:
    """COMPLETE. A house with a basement apartment; the sister is a non-occupant co-borrower with her own salary.
    Born-digital uploads, the legal-size application typed and signed on the screen."""
    received = assert_weekday(dt.date(2046, 8, 21))
    home = ["1140 Quarry Hill Road", "Dunmore Glen, PA 18512"]
    job = Job(
        "Dunmore Glen Medical Laboratories",
        "300 Clinic Drive, Dunmore Glen, PA 18512",
        "Colette M. Ferraro",
        "DGML-2087",
        "biweekly",
        home,
        rate=29.40,
        retirement=0.03,
        health=47.60,
    )
    stub = check_and_stub(job, dt.date(2046, 8, 14), seed, "Lackawanna Valley Savings")
    away = ["250 Harborview Court, Apt 5D", "Quincy Shoals, MA 02169"]
    job2 = Job(
        "Commonwealth Maritime Academy",
        "1 Academy Pier, Quincy Shoals, MA 02169",
        "Justine A. Ferraro",
        "CMA-40926",
        "semimonthly",
        away,
        salary=71250.0,
        retirement=0.09,
        health=112.30,
        dues=0.0,
        state=0.05,
        state_name="MA",
        title="Instructor, marine engineering",
        dept="Engineering",
        acct="0218",
    )
    stub2 = earnings_statement(job2, dt.date(2046, 7, 31), seed)
    rng = random.Random(seed * 1000 + 5)
    acct = "5508347712"
    c1 = (dt.date(2046, 6, 8), dt.date(2046, 7, 7))
    c2 = (dt.date(2046, 7, 8), dt.date(2046, 8, 7))
    s1 = tamsin_statement(
        rng,
        "Colette M. Ferraro",
        home,
        acct,
        *c1,
        2210.75,
        [
            (dt.date(2046, 6, 9), "ZELLE FROM KENJI ASHWORTH", 1100.00),
            (dt.date(2046, 6, 16), "FENWICK HARBOR MTG 0088412370", -1874.19),
            *payroll(job, seed, *c1, "DUNMORE GLEN MED LAB PAYROLL"),
        ],
    )
    s2 = tamsin_statement(
        rng,
        "Colette M. Ferraro",
        home,
        acct,
        *c2,
        s1.ending,
        [
            (dt.date(2046, 7, 9), "ZELLE FROM KENJI ASHWORTH", 1100.00),
            (dt.date(2046, 7, 22), "DUNMORE GLEN NEUROLOGY", -310.00),
            (dt.date(2046, 7, 27), "ZELLE FROM JUSTINE FERRARO", 400.00),
            *payroll(job, seed, *c2, "DUNMORE GLEN MED LAB PAYROLL"),
        ],
    )
    b = Person("Colette M. Ferraro", "983-27-5541", "(484) 555-0137", "colette.ferraro@example.com")
    co = Person(
        "Justine A. Ferraro",
        "983-60-0218",
        "(617) 555-0149",
        "justine.ferraro@example.org",
        "Sister",
        False,
        "250 Harborview Court, Apt 5D, Quincy Shoals, MA 02169",
    )
    signed = dt.date(2046, 8, 14)
    app = App(
        "legal",
        "0088412370",
        b,
        co,
        "1140 Quarry Hill Road",
        "Dunmore Glen",
        "PA",
        "18512",
        "primary_residence",
        2,
        "Main house",
        ["disability_or_illness", "increase_in_housing_expenses"],
        dt.date(2046, 3, 9),
        "long",
        "A serious illness since March - treatment costs and lost shifts; the homeowner's insurance also rose.",
        {("b", "wages"): stub.fields["monthly_gross"], ("c", "wages"): stub2.fields["monthly_gross"]},
        [
            Unit(
                "1140 Quarry Hill Rd - basement apt",
                True,
                "Kenji Ashworth",
                dt.date(2045, 3, 1),
                1100.00,
                expenses=85.00,
            )
        ],
        signed,
        assets={"checking": 1480.00, "retirement": 31200.00},
        seed=seed + 51,
    )
    for st in (s1, s2):
        st.item.extra["shows"] = {"wages", "rental"}
    p = Packet("bg5", received, app, [])
    base = f"Ferraro-{app.loan}"
    p.email(f"{base}-application.pdf", application(app))
    p.email(f"{base}-paystub-Colette.pdf", stub)
    p.email(f"{base}-paystub-Justine.pdf", stub2)
    p.email(f"{base}-TRFCU-Jul.pdf", s1.item)
    p.email(f"{base}-TRFCU-Aug.pdf", s2.item)
    p.email(
        f"{base}-rent-ledger.pdf",
        rent_ledger(
            b.name,
            "1140 Quarry Hill Road - basement apartment",
            "Kenji Ashworth",
            1100.00,
            [(dt.date(2046, m, 1), dt.date(2046, m, 1 + (m % 3)), 1100.00, "Zelle") for m in range(1, 9)],
        ),
    )
    p.email(
        f"{base}-4506C.pdf",
        form4506c(
            "Colette",
            "M",
            "Ferraro",
            b.ssn,
            "1140 Quarry Hill Road",
            "Dunmore Glen",
            "PA",
            "18512",
            b.phone,
            signed,
            seed + 53,
        ),
    )
    p.email(
        f"{base}-letter-Colette.pdf",
        hardship_letter(
            b.name,
            home,
            app.loan,
            app.address,
            signed,
            [
                "In March I was diagnosed with a serious illness. Treatment means I miss two or three shifts at the "
                "laboratory every month and pay a large share of the cost myself.",
                "At the same time our homeowner's insurance renewal went up by $96 a month. The basement apartment is "
                "rented to Mr. Ashworth, and my sister Justine, who co-signed the loan, helps when she can from "
                "Massachusetts.",
                "I would like a modification that lowers the payment while I am in treatment.",
            ],
            False,
            seed + 54,
        ),
    )
    p.email(
        f"{base}-letter-Justine.pdf",
        co_borrower_statement(
            co.name,
            away,
            "sister",
            b.name,
            app.loan,
            app.address,
            dt.date(2046, 8, 13),
            [
                "I co-signed my sister's mortgage when she bought the house in 2042. I have never lived there; I live "
                "and teach in Quincy Shoals, Massachusetts.",
                "Colette's illness is real and expensive. I send her $400 a month, which is as much as I can while "
                "paying my own rent. Please consider her request.",
            ],
            True,
            seed + 55,
        ),
    )
    return p


def packet_bg6(seed: int) -> Packet:
    """INCOMPLETE hardship_doc:divorce_or_separation, irs_form_4506c. Divorce pending, rent from the apartment over
    the garage; one combined flatbed scan holding the landscape application and the landscape statements."""
    received = assert_weekday(dt.date(2046, 9, 19))
    home = ["9 Rookery Lane", "Ashby Falls, PA 17522"]
    job = Job(
        "Borough of Ashby Falls",
        "1 Municipal Plaza, Ashby Falls, PA 17522",
        "Noemi R. Achterberg",
        "AF-1187",
        "semimonthly",
        home,
        salary=52400.0,
        retirement=0.05,
        health=73.25,
        dues=18.00,
        title="Zoning permit technician",
        dept="Community Development",
        acct="1157",
    )
    stub = earnings_statement(job, dt.date(2046, 8, 31), seed)
    rng = random.Random(seed * 1000 + 6)
    acct = "5508901157"
    c1 = (dt.date(2046, 7, 8), dt.date(2046, 8, 7))
    c2 = (dt.date(2046, 8, 8), dt.date(2046, 9, 7))
    s1 = tamsin_statement(
        rng,
        "Noemi R. Achterberg",
        home,
        acct,
        *c1,
        905.12,
        [
            (dt.date(2046, 7, 9), "CHECK DEPOSIT - P LINDQVIST RENT", 875.00),
            (dt.date(2046, 7, 17), "FENWICK HARBOR MTG 5560193024", -1533.40),
            *payroll(job, seed, *c1, "BOROUGH OF ASHBY FALLS PAYROLL"),
        ],
    )
    s2 = tamsin_statement(
        rng,
        "Noemi R. Achterberg",
        home,
        acct,
        *c2,
        s1.ending,
        [
            (dt.date(2046, 8, 10), "CHECK DEPOSIT - P LINDQVIST RENT", 875.00),
            (dt.date(2046, 8, 28), "HALVORSEN & PIKE LLP RETAINER", -500.00),
            *payroll(job, seed, *c2, "BOROUGH OF ASHBY FALLS PAYROLL"),
        ],
    )
    b = Person("Noemi R. Achterberg", "936-74-0091", "(610) 555-0158", "noemi.achterberg@example.net")
    signed = dt.date(2046, 9, 12)
    app = App(
        "landscape",
        "5560193024",
        b,
        None,
        "9 Rookery Lane",
        "Ashby Falls",
        "PA",
        "17522",
        "primary_residence",
        2,
        "Main house",
        ["divorce_or_separation"],
        dt.date(2045, 11, 20),
        "long",
        "My husband moved out in November and filed for divorce; his pay is gone and I pay the loan alone.",
        {("b", "wages"): stub.fields["monthly_gross"]},
        [Unit("9 Rookery Lane - apt over the garage", True, "Petra Lindqvist", dt.date(2045, 12, 1), 875.00)],
        signed,
        assets={"checking": 820.00, "retirement": 14300.00},
        seed=seed + 61,
    )
    for st in (s1, s2):
        st.item.extra["shows"] = {"wages", "rental"}
    p = Packet("bg6", received, app, ["hardship_doc:divorce_or_separation", "irs_form_4506c"])
    ls = lease(
        "Noemi R. Achterberg",
        "Petra Lindqvist",
        "9 Rookery Lane, apartment over the garage, Ashby Falls, PA 17522",
        dt.date(2045, 12, 1),
        875.00,
        875.00,
        dt.date(2045, 11, 24),
        seed + 62,
    )
    hl = hardship_letter(
        b.name,
        home,
        app.loan,
        app.address,
        signed,
        [
            "My husband Pieter moved out in November 2045 and filed for divorce in January. The divorce is not final "
            "yet; the hearing is set for December. Until he left, his salary paid most of the mortgage.",
            "To keep the house I finished the apartment over the garage and rented it from December to Ms. Lindqvist. "
            "Her rent and my pay from the borough are now my whole income.",
            "I fell behind in the summer while paying a lawyer. I am asking for a modification I can afford alone.",
        ],
        True,
        seed + 64,
    )
    style = Flatbed(skew=0.6)
    p.flatbed(f"{app.loan}.pdf", [application(app), stub, s1.item, s2.item, ls, hl], style, seed + 6)
    return p


def packet_bg7(seed: int) -> Packet:
    """COMPLETE. A duplex; the father in a senior residence is the non-occupant co-borrower with a pension; the rent is
    proved by two deposited rent checks. One combined flatbed scan, legal and letter sheets."""
    received = assert_weekday(dt.date(2046, 10, 18))
    home = ["63 Larkspur Row, Unit 1", "Millbrook Station, PA 17050"]
    job = Job(
        "Millbrook Station Fire Equipment Co.",
        "450 Foundry Street, Millbrook Station, PA 17050",
        "Augustin L. Marchetti",
        "MSF-0391",
        "weekly",
        home,
        rate=26.75,
        retirement=0.03,
        health=44.00,
    )
    stub = check_and_stub(job, dt.date(2046, 10, 9), seed, "Gannet Shore Bank, N.A.")
    father = ["Brookhaven Senior Residence, Room 14", "Ashby Falls, PA 17522"]
    fund = ("Alder Basin Building Trades Pension Fund", "PO Box 4410, Scranton Ridge, PA 18510")
    notice = pension_notice(*fund, "Silvio Marchetti", father, "ABT-0017764", 2046, 10, 2310.40, 231.00, 0.0)
    award = pension_award_letter(*fund, "Silvio Marchetti", father, dt.date(2046, 9, 2), 2310.40, dt.date(2039, 7, 1))
    acct = "30417702296"
    checks = [
        rent_check(
            "Sandpiper Savings Bank",
            acct,
            posted,
            written,
            "Harriet Oduya",
            "63 Larkspur Row, Unit 2, Millbrook Station, PA 17050",
            "Gannet Shore Bank, N.A.",
            "Augustin L. Marchetti",
            1250.00,
            no,
            memo,
            seed * 10 + k,
        )
        for k, (posted, written, no, memo) in enumerate(
            (
                (dt.date(2046, 9, 4), dt.date(2046, 9, 1), "1187", "Sept rent - Unit 2"),
                (dt.date(2046, 10, 2), dt.date(2046, 10, 1), "1196", "Oct rent - Unit 2"),
            )
        )
    ]
    b = Person("Augustin L. Marchetti", "940-83-1177", "(717) 555-0111", "amarchetti@example.com")
    co = Person(
        "Silvio Marchetti",
        "940-12-5569",
        "(717) 555-0198",
        "none",
        "Father",
        False,
        "Brookhaven Senior Residence, Room 14, Ashby Falls, PA 17522",
    )
    signed = dt.date(2046, 10, 12)
    app = App(
        "legal",
        "1907736651",
        b,
        co,
        "63 Larkspur Row",
        "Millbrook Station",
        "PA",
        "17050",
        "primary_residence",
        2,
        "Unit 1",
        ["reduction_in_income", "other"],
        dt.date(2046, 5, 1),
        "long",
        "Shorter hours at the plant since May, and I now pay part of my father's senior-residence fees.",
        {("b", "wages"): stub.fields["monthly_gross"], ("c", "benefits_taxable"): 2310.40},
        [Unit("63 Larkspur Row - Unit 2", True, "Harriet Oduya", dt.date(2045, 5, 1), 1250.00, expenses=140.00)],
        signed,
        assets={"checking": 1130.00, "retirement": 27400.00},
        seed=seed + 71,
    )
    p = Packet("bg7", received, app, [])
    t = form4506c(
        "Augustin",
        "L",
        "Marchetti",
        b.ssn,
        "63 Larkspur Row",
        "Millbrook Station",
        "PA",
        "17050",
        b.phone,
        signed,
        seed + 73,
    )
    hl = hardship_letter(
        b.name,
        home,
        app.loan,
        app.address,
        signed,
        [
            "Since May the plant has cut my hours from about forty-five a week to forty or less, so there is no more "
            "overtime. In the same month my father moved into Brookhaven Senior Residence after a fall, and I pay the "
            "part of his fees that his pension does not cover.",
            "My father is a co-borrower on this loan; he lived in Unit 2 until 2045 and now lives at Brookhaven. Unit "
            "2 is rented to Ms. Oduya, who pays by check every month.",
            "I am asking for a lower payment so I can keep both my home and my father's care.",
        ],
        True,
        seed + 74,
    )
    hl2 = co_borrower_statement(
        co.name,
        father,
        "son",
        b.name,
        app.loan,
        app.address,
        dt.date(2046, 10, 10),
        [
            "I am Augustin's father. I co-signed the loan on the duplex in 2037 and lived upstairs until last year. "
            "Since May I live at Brookhaven Senior Residence.",
            "My pension is my only income and most of it goes to Brookhaven. I ask you to help my son keep the house.",
        ],
        True,
        seed + 75,
    )
    style = Flatbed(skew=0.4)
    p.flatbed(
        f"Marchetti, Augustin {app.loan} packet.pdf",
        [application(app), stub, notice, award, checks[0], checks[1], t, hl, hl2],
        style,
        seed + 7,
    )
    return p


def packet_bg8(seed: int) -> Packet:
    """INCOMPLETE income_doc:rental, income_doc:wages. A widow's duplex: her Social Security and the rent, her son's
    salary as non-occupant co-borrower; the only statements and his only stub are more than 90 days old."""
    received = assert_weekday(dt.date(2046, 11, 13))
    home = ["26 Gull Point Road, Unit A", "Lewes Point, DE 19958"]
    away = ["1650 Spruce Hollow Road, Apt 12", "Norristown Heights, PA 19401"]
    job = Job(
        "Spruce Hollow Township",
        "800 Township Line Road, Norristown Heights, PA 19401",
        "Anders J. Brandvold",
        "SHT-2280",
        "semimonthly",
        away,
        salary=63800.0,
        retirement=0.05,
        health=91.00,
        dues=24.00,
        title="Public works foreman",
        dept="Public Works",
        acct="9064",
    )
    stub = earnings_statement(job, dt.date(2046, 7, 31), seed)
    ssa = ssa_letter("Ottilie S. Brandvold", home, dt.date(2046, 9, 30), 1612.00, 202.90)
    rng = random.Random(seed * 1000 + 8)
    acct = "30410667215"
    jun = (dt.date(2046, 6, 1), dt.date(2046, 6, 30))
    jul = (dt.date(2046, 7, 1), dt.date(2046, 7, 31))
    s1 = sandpiper_statement(
        rng,
        "Ottilie S. Brandvold",
        home,
        acct,
        *jun,
        2980.35,
        [
            (dt.date(2046, 6, 2), "MOBILE DEPOSIT RENT UNIT B MARROW", 1150.00),
            (dt.date(2046, 6, 11), "SSA TREAS 310 XXSOC SEC", 1409.10),
            (dt.date(2046, 6, 15), "FENWICK HARBOR MTG 0063390518", -1702.66),
        ],
    )
    s2 = sandpiper_statement(
        rng,
        "Ottilie S. Brandvold",
        home,
        acct,
        *jul,
        s1.ending,
        [
            (dt.date(2046, 7, 2), "MOBILE DEPOSIT RENT UNIT B MARROW", 1150.00),
            (dt.date(2046, 7, 9), "SSA TREAS 310 XXSOC SEC", 1409.10),
            (dt.date(2046, 7, 24), "SHOREBIRD ROOFING DEPOSIT", -1800.00),
        ],
    )
    b = Person("Ottilie S. Brandvold", "927-08-6634", "(302) 555-0107", "ottilie.brandvold@example.net")
    co = Person(
        "Anders J. Brandvold",
        "927-51-2280",
        "(267) 555-0186",
        "anders.brandvold@example.com",
        "Son",
        False,
        "1650 Spruce Hollow Road, Apt 12, Norristown Heights, PA 19401",
    )
    signed = dt.date(2046, 11, 6)
    app = App(
        "landscape",
        "0063390518",
        b,
        co,
        "26 Gull Point Road",
        "Lewes Point",
        "DE",
        "19958",
        "primary_residence",
        2,
        "Unit A",
        ["increase_in_housing_expenses"],
        dt.date(2046, 6, 1),
        "long",
        "The windstorm insurance premium doubled in June and the roof had to be replaced in July.",
        {("b", "benefits_taxable"): 1612.00, ("c", "wages"): stub.fields["monthly_gross"]},
        [Unit("26 Gull Point Road - Unit B", True, "Celeste Marrow", dt.date(2043, 4, 1), 1150.00)],
        signed,
        assets={"checking": 640.00, "stocks": 3900.00},
        seed=seed + 81,
    )
    for st in (s1, s2):
        st.item.extra["shows"] = {"benefits_taxable", "rental"}
    p = Packet("bg8", received, app, ["income_doc:rental", "income_doc:wages"])
    f = app.loan
    p.email(f"{f}/Brandvold application.pdf", application(app))
    p.email(f"{f}/Anders paystub July.pdf", stub)
    p.email(f"{f}/SSA benefit letter.pdf", ssa)
    p.email(f"{f}/Sandpiper June.pdf", s1.item)
    p.email(f"{f}/Sandpiper July.pdf", s2.item)
    p.email(
        f"{f}/rent ledger Unit B.pdf",
        rent_ledger(
            b.name,
            "26 Gull Point Road - Unit B",
            "Celeste Marrow",
            1150.00,
            [(dt.date(2046, m, 1), dt.date(2046, m, 2), 1150.00, "Check") for m in range(1, 12)],
        ),
    )
    ls = lease(
        "Ottilie S. Brandvold",
        "Celeste Marrow",
        "26 Gull Point Road, Unit B, Lewes Point, DE 19958",
        dt.date(2043, 4, 1),
        1150.00,
        1150.00,
        dt.date(2043, 3, 20),
        seed + 82,
    )
    p.flatbed(f"{f}/lease Unit B scan.pdf", [ls], Flatbed(skew=0.5), seed + 8)
    p.email(
        f"{f}/4506-C.pdf",
        form4506c(
            "Ottilie",
            "S",
            "Brandvold",
            b.ssn,
            "26 Gull Point Road",
            "Lewes Point",
            "DE",
            "19958",
            b.phone,
            signed,
            seed + 83,
        ),
    )
    p.email(
        f"{f}/letter Ottilie.pdf",
        hardship_letter(
            b.name,
            home,
            f,
            app.address,
            signed,
            [
                "I am a widow and live in Unit A of our duplex on Gull Point Road. My income is my Social Security "
                "and the rent from Unit B, where Ms. Marrow has lived since 2043.",
                "In June the windstorm insurance the loan requires doubled, and in July the roof had to be replaced "
                "after the spring storms. The roofer's deposit took my savings and I missed the August payment.",
                "My son Anders co-signed the loan after my husband died. He lives in Pennsylvania and helps as he "
                "can. I ask for a modification so that I can stay in my home.",
            ],
            True,
            seed + 84,
        ),
    )
    p.email(
        f"{f}/letter Anders.pdf",
        co_borrower_statement(
            co.name,
            away,
            "mother",
            b.name,
            f,
            app.address,
            dt.date(2046, 11, 5),
            [
                "I co-signed my mother's mortgage in 2044. I do not live in the duplex; I live near Norristown Heights "
                "where I work for the township.",
                "The new insurance premium and the roof are more than her Social Security and the rent can carry. I "
                "support her request.",
            ],
            True,
            seed + 85,
        ),
    )
    return p


PACKETS: list[Callable[[int], Packet]] = [
    packet_bg1,
    packet_bg2,
    packet_bg3,
    packet_bg4,
    packet_bg5,
    packet_bg6,
    packet_bg7,
    packet_bg8,
]


# --- expected.json and its checks -------------------------------------------------------------------------------


def expected_of(p: Packet) -> dict[str, Any]:
    facts = [fact_of(item) for item, _, _ in p.docs]
    app = p.app.expected() if p.app else None
    readings = {
        (both, stub, content): missing_codes(app, facts, p.received, both, stub, content)
        for both in (False, True)
        for stub in (True, False)
        for content in (False, True)
    }
    codes = readings[(False, True, False)]
    if any(v != codes for v in readings.values()):
        raise ValueError(f"{p.name}: the readings of the checklist disagree: {readings}")
    docs = [
        {
            "id": f"D{i:02d}",
            "type": item.type,
            "scanned": scanned,
            "pages": [{"file": f, "page": n} for f, n in pages],
            "fields": item.fields,
        }
        for i, (item, pages, scanned) in enumerate(p.docs, 1)
    ]
    return {
        "loan_number": p.app.loan if p.app else None,
        "received_on": p.received.isoformat(),
        "status": "incomplete" if codes else "complete",
        "missing": codes,
        "application": app,
        "documents": docs,
    }


def build_checks(p: Packet) -> list[str]:
    """At build time: every value expected.json holds is printed on the paper, and no income paper sits within
    EDGE_DAYS of the 90-day line."""
    problems = []
    for item, _, _ in p.docs:
        text = text_of(item_pdf(item, screen=True)[0]).lower()
        problems += [f"{p.name}: {item.type} does not print {s!r}" for s in item.proofs if s.lower() not in text]
        if item.type in ("pay_stub", "bank_statement", "benefit_award_letter", "rent_check") and item.date:
            age = (p.received - item.date).days
            if abs(age - FRESH_DAYS) < EDGE_DAYS or age < 0:
                problems.append(f"{p.name}: {item.type} dated {item.date} is {age} days old, too near the edge")
    return problems


def codes_known() -> set[str]:
    out = {"application", "application_signature", "irs_form_4506c"}
    out |= {f"application_field:{n}" for n in REQUIRED_APP_FIELDS}
    out |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    out |= {f"hardship_doc:{h}" for h in HARDSHIP_PAPERS}
    return out


def check(out: Path) -> list[str]:
    """Re-read what was written and check it hangs together."""
    problems: list[str] = []
    known = codes_known()
    for exp_path in sorted(out.glob("bg*/expected.json")):
        name = exp_path.parent.name
        inbox = exp_path.parent / "inbox"
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() >= 5 or received.year != 2046:
            problems.append(f"{name}: received {received} is not a weekday in 2046")
        if (exp["status"] == "complete") != (not exp["missing"]) or exp["status"] not in ("complete", "incomplete"):
            problems.append(f"{name}: status and missing disagree")
        problems += [f"{name}: unknown code {c}" for c in exp["missing"] if c not in known]
        app = exp["application"]
        if app is not None:
            if app["occupancy"] not in OCCUPANCIES or not set(app["hardship_types"]) <= set(HARDSHIPS):
                problems.append(f"{name}: bad occupancy or hardship code")
            if not set(app["income"]) <= set(INCOMES) | {"total"}:
                problems.append(f"{name}: bad income code")
            lines = r2(sum(v for k, v in app["income"].items() if k != "total"))
            if abs(lines - app["income"]["total"]) > 0.005:
                problems.append(f"{name}: income lines {lines} do not add up to the total {app['income']['total']}")
            if app["loan_number"] != exp["loan_number"] or not app["ssn_last4"].isdigit():
                problems.append(f"{name}: loan number or SSN")
            if (app["co_borrower_name"] is None) != (app["co_borrower_signed"] is None):
                problems.append(f"{name}: co_borrower_signed must be null exactly when there is no co-borrower")
            if app["signed"] and not app["signed_on"]:
                problems.append(f"{name}: signed without a date")
        facts = [fact_from_expected(d) for d in exp["documents"]]
        again = missing_codes(app, facts, received)
        if again != sorted(exp["missing"]):
            problems.append(f"{name}: the checklist re-run on expected.json gives {again}, not {exp['missing']}")
        listed: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        stmts: dict[str, list[dict[str, Any]]] = {}
        for doc in exp["documents"]:
            kind = doc["type"]
            if kind not in DOC_TYPES:
                problems.append(f"{name}: document type {kind}")
            want = FIELD_KEYS.get(kind, set())
            if set(doc["fields"]) != want:
                problems.append(f"{name}: {doc['id']} fields {sorted(doc['fields'])}, want {sorted(want)}")
            for k, v in doc["fields"].items():
                if (k.endswith("_date") or k.startswith("period_") or k == "signed_on") and v is not None:
                    dt.date.fromisoformat(v)
            for pg in doc["pages"]:
                key = (pg["file"], pg["page"])
                if key in listed:
                    problems.append(f"{name}: page listed twice {key}")
                listed.add(key)
                path = inbox / pg["file"]
                if not path.is_file():
                    problems.append(f"{name}: missing file {pg['file']}")
                    continue
                reader = readers.setdefault(pg["file"], PdfReader(path))
                if pg["page"] > len(reader.pages):
                    problems.append(f"{name}: no page {key}")
                    continue
                text = (reader.pages[pg["page"] - 1].extract_text() or "").replace(SYNTH, "").strip()
                if bool(text) == doc["scanned"]:
                    problems.append(f"{name}: scanned={doc['scanned']} but a text layer={bool(text)} on {key}")
            if kind == "pay_stub":
                f = doc["fields"]
                if abs(r2(f["gross_current"] * PERIODS[f["frequency"]] / 12) - f["monthly_gross"]) > 0.005:
                    problems.append(f"{name}: monthly_gross of {doc['id']}")
                if f["gross_ytd"] is not None and f["gross_ytd"] < f["gross_current"]:
                    problems.append(f"{name}: year to date below the current gross in {doc['id']}")
            if kind == "bank_statement":
                stmts.setdefault(f"{doc['fields']['bank_name']}|{doc['fields']['account_last4']}", []).append(doc)
        for docs in stmts.values():
            docs.sort(key=lambda d: d["fields"]["period_start"])
            for a, b in itertools.pairwise(docs):
                fa, fb = a["fields"], b["fields"]
                if (
                    dt.date.fromisoformat(fb["period_start"])
                    == dt.date.fromisoformat(fa["period_end"]) + dt.timedelta(days=1)
                    and abs(fa["ending_balance"] - fb["beginning_balance"]) > 0.005
                ):
                    problems.append(f"{name}: consecutive statements {a['id']} {b['id']} do not chain their balances")
        for f in sorted(p for p in inbox.rglob("*") if p.is_file()):
            rel = f.relative_to(inbox).as_posix()
            if f.stat().st_size > MAX_FILE_BYTES:
                problems.append(f"{name}: {rel} is {f.stat().st_size} bytes")
            count = len(readers[rel].pages) if rel in readers else len(PdfReader(f).pages)
            missing = [n for n in range(1, count + 1) if (rel, n) not in listed]
            if missing:
                problems.append(f"{name}: pages {missing} of {rel} belong to no document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="re-read what was written and validate it")
    ap.add_argument("--only", nargs="*", help="build only these packets (bg1 .. bg8)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    for build in PACKETS:
        name = build.__name__.replace("packet_", "")
        if args.only and name not in args.only:
            continue
        p = build(args.seed)
        exp = expected_of(p)
        if exp["missing"] != sorted(p.scenario):
            problems.append(f"{name}: the rules give {exp['missing']}, the scenario says {sorted(p.scenario)}")
        problems += build_checks(p)
        root = args.out / p.name
        for rel, data in p.files.items():
            path = root / "inbox" / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        (root / "expected.json").write_text(json.dumps(exp, indent=1, ensure_ascii=False) + "\n")
        pages = sum(len(d["pages"]) for d in exp["documents"])
        print(
            f"{p.name}: {exp['status']:<10} {','.join(exp['missing']) or '-'}  ({len(p.files)} files, "
            f"{len(exp['documents'])} documents, {pages} pages)"
        )
    if args.check:
        problems += check(args.out)
        print("check: " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    for pr in problems:
        print("  " + pr, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
