"""Holdout set co (co1..co8): SEASONAL AND NON-PROFIT WORKERS - ski-area and beach-town staff laid off between seasons,
clergy and church / non-profit staff, and school-year employees paid over ten or twelve months - written BLIND to
measure how lossmit-docs reads borrower mail in layouts it has never seen.

Written blind: from shared/spec (README, checklist.md, case-report.schema.json, form710.md, domain-rules.md,
loan-data.md), shared/samples (the packets' expected.json and README), shared/reference/README.md and the blank IRS
Form 4506-C it names, tests/pdf_factory.py, tests/sample_compare.py, benchmarks/sample_accuracy.py,
benchmarks/holdout_packets_af.py in full (the scaffold: signatures, scan noise, invariant reportlab output,
expected.json writing, --check; its helpers are copied and adapted here) and ONLY the module docstrings of the other
holdout_packets_*.py - never the service's code, rules, data files, tests, README or history, and the service was
not run on these packets.

    python benchmarks/holdout_packets_co.py OUT_DIR [--seed N] [--check] [--only co1 ..]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. Each packet is one
batch processed with `--received-on <received_on>`; received dates are weekdays of 2062 (May to November). The seed
changes only the earlier checks of a year (so year-to-date totals), bank-statement debits, pen strokes and scanner
noise - never names, dates, application amounts, the current checks or which codes are missing. Same seed, same
bytes (reportlab invariant mode, seeded noise, fixed pypdf identifiers). All people, employers, parishes, agencies'
claims, banks and servicers are fictional; SSNs use the 900-999 area and print as the last four digits only (the
4506-C, which asks for the full number, carries a 9xx number); every page carries a faint "synthetic test
document" line. Scans are grey JPEG pages at 200, 240 or 300 dpi, tilted 0.25 to 0.5 degrees, blurred and speckled,
with no text layer; the fax is 200 dpi black and white.

THEME. A Colorado ski area's lift mechanic laid off when the lifts closed, his wife a special-education
paraprofessional paid in 12 installments (co1); a Maine beach inn's housekeeping supervisor laid off at Columbus Day
who rents her downstairs apartment (co2); the pastor of a small Virginia congregation whose cash salary the deacons
cut (co3); a South Carolina parish business manager paid by the diocese, her husband a beach-patrol captain laid off
after the season and their son seriously ill (co4); a Pennsylvania school cafeteria worker paid only in the school
year, writing in September before the first fall check (co5); an Idaho school bus driver on a 10-month contract
paid over 12 months, widowed when her husband - a ski-area snowcat groomer - died (co6); a Nebraska pastor appointed
by his bishop to a church 260 miles away, his wife a food bank's coordinator (co7); a Utah snowmaking technician
working the summer on a golf club's grounds crew, his wife a ski instructor on unemployment until her recall (co8).

APPLICATIONS (mortgage_assistance_application; three servicers' own forms, none laid out like Form 710)
- Alpenglow Home Loan Servicing "Homeowner Questionnaire", Form AHL-Q7 (rev. 01/2062), THREE portrait pages: a
  coral mountain-and-sun mark and "ALPENGLOW / HOME LOAN SERVICING" in plum at the top left, the title in a serif
  face at the top right with "Page n of 3"; a thin VERTICAL RULE splits every page into a wide QUESTION column at the
  left (numbered whole-sentence questions in Times) and a "YOUR ANSWER (write on the line)" column of LINED BLANKS at
  the right - each answer is written ABOVE a rule in the right-hand column, beside its question; grey part bands
  (PART 1 ABOUT YOU, PART 2 THE HOME, PART 3 YOUR HARDSHIP, PART 4 MONTHLY HOUSEHOLD INCOME BEFORE TAXES, PART 5
  SAVINGS, PART 6 CERTIFICATION AND SIGNATURES). Questions: 1 loan number, 2 full name, 3 SSN last four, 4 "Is anyone
  else on the loan applying with you? If so, what is that person's full name? (Write "none" ...)", 5 that person's
  SSN last four ("none"), 6 phone, 7 e-mail; 8 the address on TWO blanks (street; "city, ST ZIP"), 9 use of the home
  answered in WORDS ("My primary residence" / "A second home" / "An investment / rental property"), 10 keep the home
  (distractor); page 2 repeats "Loan number:" under the column heads, 11 the hardship date (mm/dd/yyyy), 12 the
  duration in words ("Short-term" / "Long-term / permanent" / "Resolved"), 13 an intro and 13a-13j TEN YES / NO
  QUESTIONS, one per hardship type, each answered YES or NO on its own blank (13b: "Was your income reduced - fewer
  hours, lower pay, lost overtime, or no pay between seasons?"), 14 the "other" description on two blanks; page 3
  15a-15h "How much ... from each of these sources?" answered "$ 2,320.50" or "0", 16 the TOTAL, 17 savings
  (distractor), the certification paragraph in the question column, then the SIGNATURE ITSELF as questions: "18.
  Borrower: sign on the line at the right.", "19. On what date did you sign?", 20 and 21 the same for the
  co-borrower. Typed and signed on screen, answers in Courier, dates typed (co1); FILLED BY HAND - every answer in
  handwriting on its blank - signed and dated in ink, scanned grey at 300 dpi (co5); typed, printed, signed and
  dated in ink by both spouses, with question 11 (the hardship date) LEFT EMPTY, faxed (co8).
- Weatherby Cove Mortgage Servicing "MORTGAGE ASSISTANCE QUESTIONS" - a QUESTION BOOKLET (Form WCM-60Q, pages 1 and
  2) whose answers are written on a SEPARATE ANSWER SHEET (Form WCM-60A, page 3), one file of three pages "Page n of
  3": a navy compass-rose mark and "WEATHERBY COVE / MORTGAGE SERVICING" in a serif face. Booklet page 1 opens with a
  navy box "DO NOT WRITE IN THIS BOOKLET. Write each answer on the ANSWER SHEET ... in the box with the same number";
  the questions run in TWO COLUMNS, each number in a navy disc, grey part bands PART A LOAN AND BORROWERS (1 loan
  number, 2 borrower's full name, 3 SSN last four, 4 co-borrower's name - "Leave box 4 EMPTY if no one applies with
  you", 5 co-borrower's SSN last four, 6 phone, 7 e-mail), PART B THE PROPERTY (8 street, 9 city, 10 state, 11 ZIP, 12
  use as a LETTER CODE P / S / R, 13 keep Y / N), PART C HARDSHIP (14 date MM/DD/YYYY, 15 duration S / L / R, 16-25 the
  TEN hardship types each answered Y or N in its own box - 16 unemployment, 17 reduction in income, 18 housing
  expenses, 19 disaster, 20 disability or illness, 21 divorce, 22 unmarried separation, 23 death, 24 relocation, 25
  other - and 26 the "other" description); booklet page 2 PART D MONTHLY INCOME (27 wages, 28 self-employment, 29
  unemployment, 30 taxable benefits, 31 non-taxable, 32 rental, 33 investment, 34 other - "enter 0 if none" - and 35
  TOTAL), PART E ASSETS (36, distractor) and PART F CERTIFICATION (three numbered paragraphs, "you sign it on the
  answer sheet"). The booklet pages carry NO answers. The ANSWER SHEET is a grid of 36 numbered boxes in two columns
  (1-18 left, 19-36 right), each number white in a navy square at the box's left edge and NOTHING ELSE printed in the
  box - the reader must look the number up in the booklet - then "SIGNATURES - by signing I make the certification in
  Part F of the booklet": a borrower signature rule with a "Date (MM/DD/YYYY)" box, and the same for the co-borrower.
  Filled in ink in BLOCK CAPITALS (box 4 and 5 empty - no co-borrower), signed and dated, scanned grey at 240 dpi
  (co2); typed (Courier) and signed on screen by both spouses (co4); typed and signed on screen by the borrower, the
  co-borrower named in box 4 but her signature rule and date box EMPTY (co7).
- Cairn & Cedar Loan Servicing "HOUSEHOLD ASSISTANCE REQUEST", Form CCL-9L (rev. 02/2062), TWO LANDSCAPE SHEETS (792
  x 612): a dark green band across the top with a cairn of three white stones, the name in white capitals, the title
  and "Sheet n of 2" at the right, a boxed "LOAN NO." at the top right of both sheets. Sheet 1: A "PEOPLE ON THE LOAN"
  as a ruled table, one ROW per person (ROLE | FULL NAME | SSN - LAST 4 | DAYTIME PHONE | E-MAIL | WORK PATTERN
  "Year-round" / "Seasonal" / "School-year" / "Not working"); B "THE PROPERTY" as one row (STREET ADDRESS | CITY |
  STATE | ZIP | HOW THE PROPERTY IS USED with three boxes "Owner's main home", "Second / vacation home", "Rental /
  investment"); C "WORK SEASON CALENDAR (optional)": a JAN..DEC strip per person marked W (working) or L (laid off /
  off season) - a distractor; D "HARDSHIP": at the left a box with "The hardship began on (mm/dd/yyyy)" and three
  duration boxes, at the right TEN TALL COLUMNS, one per hardship type, each caption TURNED 90 DEGREES (reading
  upward) with a tick box at the foot of the column, and "If OTHER, describe:" on a rule below. Sheet 2: E "MONTHLY
  INCOME BEFORE TAXES" as a MATRIX whose COLUMN HEADS are the eight income kinds and "TOTAL (all sources)", every head
  TURNED 90 DEGREES, and whose ROWS are Borrower, Co-borrower and a shaded HOUSEHOLD row (amounts flush right, empty
  cells for none); F assets (distractor); G the certification across the sheet and TWO SIGNATURE BLOCKS SIDE BY SIDE
  (signature rule and a date box each). Typed (Courier) and signed on screen by both spouses, dates typed (co3);
  typed, printed, signed and dated in ink by the widowed borrower alone and scanned grey at 240 dpi, the sheets
  staying landscape (co6). Expected income = the HOUSEHOLD row; total = its TOTAL cell (= the sum of the row).

PAY STUBS (pay_stub; year to date = the sum of that calendar year's checks by pay date; frequency printed on each)
- Ptarmigan Ridge Mountain Resort bi-weekly "EMPLOYEE EARNINGS STATEMENT" for seasonal staff (co1, the borrower's
  FINAL check of the winter): a navy band with a white mountain, "Winter season 2061-62 - seasonal staff"; two rows
  of caption cells (EMPLOYEE, EMPLOYEE ID, DEPARTMENT, POSITION / PERIOD START, PERIOD END, CHECK DATE, PAY CYCLE
  "Bi-weekly (every 2 weeks)"); EARNINGS Hours | Rate | This period | Year to date with Regular, Overtime, Night
  snowmaking premium (YTD only) and a "Season completion bonus" in the current gross; TAXES AND DEDUCTIONS; a NET PAY
  box; a memo that the season pass is a benefit, not pay. Wages are not claimed for him (he is on unemployment).
- San Juan Mesa School District No. 4 monthly "PAY ADVICE - Classified staff" for a paraprofessional (co1, March
  and April): a maroon edge bar, EMPLOYEE and THIS PAYMENT boxes side by side (Check date, Pay period, "Pay schedule:
  Monthly (12 installments)"), a shaded CONTRACT memo ("annual contract salary $27,846.00, paid in 12 equal
  installments ... installment 9 of 12"), EARNINGS "Contract installment" (an extra-duty line in February's YTD),
  PERA retirement instead of Social Security. gross = the installment, never the annual salary.
- Ashgrove Area School District bi-weekly food-service "EARNINGS STATEMENT" paid in the SCHOOL YEAR ONLY ("21 pays,
  September through June") (co5, May 26 and June 9): a green disc "AA", a GRID OF THE PERIOD'S TEN SCHOOL DAYS with
  the hours worked under each ("HOL" for Memorial Day), earnings as "54.00 x 17.85 = 963.90" beside YTD, taxes (PA
  income tax, local earned income tax), PSERS and union dues, a green NET PAY bar, "No pay is issued between the last
  student day in June and the first pay of the new school year."
- Cedar Run Community Chapel's TYPED monthly "PASTOR'S COMPENSATION - MONTH OF MAY 2062" slip in Courier (co3, May
  and June, scanned at 200 dpi by the treasurer): Paid to, Position, Period, Check date and number, "Paid: Monthly";
  Cash salary 2,300.00 + Housing allowance (designated by the Board of Deacons, IRC sec. 107) 1,200.00 = Total
  compensation 3,500.00 (the gross); voluntary federal withholding and a 403(b) in parentheses; Amount of check; the
  treasurer's inked initials. NO YEAR-TO-DATE FIGURES ANYWHERE: gross_ytd null.
- Roman Catholic Diocese of Port Alder, Central Payroll Office, semi-monthly "LAY EMPLOYEE EARNINGS STATEMENT" (co4,
  paid 10/13 - the 15th fell on a Sunday - and 10/31): a purple cross, two rows of caption cells (EMPLOYEE, EMPLOYEE
  NO., LOCATION "St. Brigid Parish, Gull Harbor", POSITION / PAY PERIOD, PAY DATE, FREQUENCY, ADVICE NO.), EARNINGS
  and WITHHOLDINGS AND DEDUCTIONS as two LEDGERS SIDE BY SIDE in one box (a festival stipend from August shows only in
  YTD), GROSS PAY and TOTAL WITHHELD along the box's foot, a purple NET PAY bar. The 10/13 advice scanned, 10/31
  born-digital. The employer is the diocese, not the parish.
- North Plains Annual Conference, Center for Clergy Compensation and Benefits, semi-monthly "CLERGY COMPENSATION
  STATEMENT" (co7, May 31 and June 15): a red flame, centred serif heads, italic labels over bold values (Clergy,
  Clergy ID, Appointment, Pay period, Pay date, "Semi-monthly, on the 15th and the last day of the month"), DOT-LEADER
  rows under COMPENSATION (Base cash salary, "Housing allowance (IRC 107) *", a March pulpit-supply line in YTD only),
  "Total compensation (gross pay)" - the gross INCLUDES the housing allowance -, VOLUNTARY WITHHOLDING (no Social
  Security or Medicare: clergy pay SECA), DEDUCTIONS, a double-ruled NET PAY box, italic footnotes.
- Harvest Table Food Bank bi-weekly "PAY STATEMENT" printed by a payroll service for non-profits (co7, the wife): one
  orange rounded card, grey labels, Earnings Hours | Rate | Current | YTD, Taxes and deductions, an orange Net pay
  pill, "Thriftwell Payroll for Nonprofits - prepared for Harvest Table Food Bank - not a check".
- Cinder Bend Consolidated Schools, Transportation Department, monthly "DRIVER PAY STATEMENT" (co6, June 30 and July
  31): a school-bus-yellow band, caption cells (DRIVER, EMPLOYEE #, ROUTE, BUS / PAY PERIOD BEGIN, PAY PERIOD END,
  CHECK DATE, PAY FREQUENCY "Monthly"), a contract note (10-month contract paid in 12 installments; July and August
  are summer pay), "Route contract installment" plus "Extra trips (activity / athletic)" TRIPS x RATE paid the month
  after (June's gross 2,401.00), a blue rounded "SUMMER INSTALLMENT - no route service this month" stamp on July's.
- Sage Hollow Golf Club weekly "GROUNDS CREW - WEEKLY PAY STUB" (co8, June 16 and 23): a red flag on a pin, a row of
  caption cells, a SUN..SAT TIME CARD with hours per day and the week's total, Regular and Overtime (1.5x) lines,
  taxes, a green NET PAY bar; "Year-to-date figures are for this employer only" (the job began in May).

UNEMPLOYMENT BENEFIT PAPERS (unemployment_benefit_letter, fields letter_date and benefit_type "unemployment" as in
sample 02; unemployment income needs no document, so none of them decides a status)
- State of Colorado "NOTICE OF MONETARY DETERMINATION" (co1): a facts box at the top right (Date mailed - the
  letter_date -, Claim ID, benefit year begins / ends), base-period wages by QUARTER and EMPLOYER, three boxes WEEKLY
  BENEFIT AMOUNT $612.00 / MAXIMUM BENEFIT AMOUNT / WEEKS PAYABLE.
- State of Maine "CLAIMANT BENEFIT PAYMENT HISTORY" printed from a claimant portal (co2): the browser's print header
  (date and time, page title, "1/1"), a navy band, a claim summary (weekly benefit amount $486.00, "Printed on"), a
  table Week ending | Status | Gross paid | Tax withheld | Net paid | Paid on (a waiting week, one paid week). The
  letter_date is the print date.
- "SOUTH CAROLINA UNEMPLOYMENT INSURANCE" letter "NOTICE OF BENEFIT YEAR AND WEEKLY BENEFIT AMOUNT" for the husband
  (co4): a facts table (claim number, benefit year begins, weekly benefit amount $326.00, 20 weeks, maximum).
- "UTAH UNEMPLOYMENT INSURANCE" portal "Payment Summary" for the wife (co8): "Printed mm/dd/yyyy" (the letter_date),
  two rounded cards (weekly benefit amount $438.00, remaining balance), a PAYMENTS ISSUED list.

OTHER PAPERS
- Seasonal RECALL letters on the resort's letterhead, signed in ink ("Seasonal recall - 2062-63 winter season",
  report date, "not a guarantee of employment"): Ptarmigan Ridge for the lift mechanic (co1, scanned alone at 200
  dpi), Kestrel Basin Resort's Ski & Ride School for the instructor (co8, faxed) - type `other`, fields {}.
- A school district's "Notice of reasonable assurance of re-employment - 2062-63 school year" (co5): `other`.
- IRS FORM W-2 for 2061, Copy B, printed by the congregation's payroll software (co3): the box layout a-f and 1-20,
  SSN masked "XXX-XX-5731", box 1 31,800.00 (cash salary only), boxes 3-6 empty, box 12 "E | 636.00", box 13
  Retirement plan [X], box 14 Other "HOUSING ALLOW 14,400.00", state line, and an italic note that box 1 excludes the
  housing allowance in box 14 - type `w2`, fields {}.
- Intermountain Operating Engineers Pension Trust's "Survivor benefit award" letter (co6): gross monthly survivor
  benefit $612.40, monthly, taxable - benefit_award_letter, benefits_taxable.
- "The Cinder Bend Courier" obituary page (co6): masthead, "Thursday, March 9, 2062 - Obituaries - Page A7", the
  notice in the left column and an "IN BRIEF" column at the right - `obituary`, fields {} (as in the samples).
- A bishop's "Letter of appointment" (co7), on the conference's letterhead and signed: appointed pastor of a church
  about 260 miles away effective July 1, the parsonage replacing the housing allowance, moving expenses up to
  $3,500.00 - employer_relocation_letter (the employer's notice of transfer to a new location), letter_date.
- Sablewood Harbor Savings Bank one-page "STATEMENT OF ACCOUNT" (co2, September and October, same account): three
  teal waves and the name in a serif face, a statement box at the top right ("Everyday Checking - no. ******4417",
  the period in words), an AT A GLANCE strip of four boxes (Previous balance, Deposits (n), Withdrawals (n) with a
  minus, New balance), one register DATE (mm-dd) | TRANSACTION | AMOUNT (withdrawals with a leading minus) | BALANCE
  from "Balance forward" to "New balance"; the tenant's rent "DEPOSIT - RENT APT 2 K MORRILL" on the 1st / 2nd.
- Page 1 of the real IRS Form 4506-C typed on a computer, printed, SIGNED AND DATED IN INK and scanned (co2).
- Typed hardship letters (unsigned when e-mailed: co1, co3, co4, co7; signed in ink when scanned or faxed: co2, co5,
  co6, co8); the mailroom's Code 128 "LOAN <number>" separator sheet (co2) and a pack-and-ship store's "FAX
  TRANSMITTAL" cover (co8) - neither is listed.

PACKETS
- co1 COMPLETE (2062-05-16). Folder "3306417285/": AHL-Q7 on screen (3 pages), the final ski-area stub, the
  paraprofessional's March and April advices, the Colorado determination, the recall letter (scan), the letter.
  Wages (the wife's installment 2,320.50) by the fresh April advice with YTD; unemployment 2,652.00 needs nothing;
  an unemployment hardship needs nothing.
- co2 COMPLETE (2062-11-09). ONE 240 dpi scan "Scan_2062-11-09_0744.pdf": separator sheet, WCM-60 in ink (booklet
  pages 2-3 of the file, answer sheet page 4), the signed 4506-C, the Maine history, September and October statements,
  the signed letter. Rental 980.00 by two consecutive statements (the newer ended 9 days before receipt) and a
  signed 4506-C; unemployment 2,106.00 needs nothing.
- co3 INCOMPLETE income_doc:wages (2062-07-12). Loose files "5190263847-...": CCL-9L on screen, the May and June
  slips (scans), the 2061 W-2, the letter. Both slips are fresh but print NO year-to-date earnings, and the W-2 gives
  LAST year's annual wages, not this year's year-to-date earnings; no bank statements came. (Form 710: "most recent
  pay stub and documentation of year-to-date earnings if not on pay stub".)
- co4 COMPLETE (2062-11-14). Loose files "RourkeB_2648105973_01..05.pdf": WCM-60 on screen by both, the 10/13
  diocese advice (scan) and the 10/31 advice (born-digital), the South Carolina notice (scan), the letter. Wages by
  the fresh stubs with YTD; the son's serious illness (disability_or_illness) is documented by the borrowers' own
  written statement; unemployment needs nothing.
- co5 INCOMPLETE income_doc:wages, reason stale (2062-09-13). ONE 300 dpi scan "Haskett 8802351476.pdf", no
  separator: AHL-Q7 by hand, the June 9 stub, the May 26 stub, the reasonable-assurance notice, the signed letter.
  The newest stub was paid 06/09/2062, 96 days before the packet arrived; no fall check yet; no bank statements.
- co6 COMPLETE (2062-08-15). Folder "6093374021/" of one 240 dpi scan per paper "SCN_0815_01..06.pdf": CCL-9L in
  ink (two landscape pages), the June and July driver statements, the survivor award, the obituary, the letter.
  Wages 2,215.00 by the fresh July statement with YTD (the summer installment is pay); the survivor pension 612.40 by
  the fresh award letter (56 days); the death by the obituary.
- co7 INCOMPLETE application_signature (2062-06-22). Loose files "<paper> 7714390652.pdf": WCM-60 on screen (the
  co-borrower's signature and date empty), the pastor's May 31 and June 15 statements, the wife's June 16 food-bank
  statement, the letter of appointment, the letter. Everything else is documented.
- co8 INCOMPLETE application_field:hardship_start_date (2062-06-27). ONE 200 dpi fax
  "FAX_4355550181_20620627_1412.pdf": cover, AHL-Q7 typed and signed in ink by both with question 11 EMPTY, two golf
  stubs, the Utah payment summary, the wife's recall letter, their signed letter (which says only "when the lifts
  closed this spring" - no date). hardship_start_date null.

TRUTH CONVENTIONS. A stub's employer is the name at its head (the resort, the district, the chapel, the diocese, the
conference, the food bank, the club), printed in capitals on some stubs (names compare ignoring case);
employee names as printed. gross_current is the printed current gross: a season completion bonus, extra trips and
a HOUSING ALLOWANCE paid through payroll are part of it; monthly_gross = gross x periods / 12 by the printed
frequency (a 10-month employee's monthly installment counts as monthly). Contract salaries, summer-installment
notes, leave, season passes and the W-2 are not pay stubs' figures. The application's income is what the form
states: AHL-Q7's lines 15a-15h and line 16, WCM-60's boxes 27-34 and 35, CCL-9L's HOUSEHOLD row; a "0" or an empty
cell is not a claim. A co-borrower is named in co1, co3, co4, co7 and co8. Recall letters, reasonable-assurance
notices and fax covers are not income documents. `--check` validates every expected.json (keys, codes, types, ISO
dates, that received_on is a 2062 weekday, that every listed page exists and every file holds a listed document,
that `scanned` matches the absence of a text layer, the income total, monthly_gross) and that the checklist rules
applied to the drawn values give each scenario's codes.
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
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject
from reportlab import rl_config
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

rl_config.invariant = 1
logging.getLogger("pypdf").setLevel(logging.ERROR)

REPO = Path(__file__).resolve().parents[1]
SHARED_CANDIDATES = (REPO.parent / "shared", Path("/work/shared"))
SHARED = next((p for p in SHARED_CANDIDATES if p.is_dir()), SHARED_CANDIDATES[0])
REFERENCE = SHARED / "reference"
FORM4506C = REFERENCE / "irs-form4506c-rev2022-10-blank.pdf"
FONT_DIR = Path("/usr/share/fonts/truetype")
HAND_FONT = FONT_DIR / "dejavu/DejaVuSans-Oblique.ttf"
SYNTH = "synthetic test document - all names and numbers are fictional"
W, H = letter
LW, LH = landscape(letter)
TAG = "holdout_packets_co"

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
REQUIRED_FIELDS = ("loan_number", "borrower_name", "property_address", "occupancy", "hardship_types",
                   "hardship_start_date", "income")
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


def D(y: int, m: int, d: int) -> dt.date:  # a short constructor for the many dates below
    return dt.date(y, m, d)


# --- drawing primitives (after holdout_packets_af) -------------------------------------------------------


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
        else:  # typed on screen
            c.setFont("Courier", 10)
            c.drawString(m.x, m.y, m.text)


def paper_pdf(paper: Paper, screen_marks: bool = True) -> bytes:
    """The born-digital PDF of a paper; marks drawn as vector strokes (signed on screen) when asked."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=paper.size, invariant=1, pageCompression=1)
    c.setCreator(TAG)
    for fn in paper.pages:
        marks = fn(c)
        if screen_marks:
            apply_screen_marks(c, marks)
        synth_line(c, paper.size)
        c.showPage()
    c.save()
    return buf.getvalue()


# --- scanning -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    dpi: int = 240
    tilt: float = 0.3
    blur: float = 0.6
    noise: float = 0.0006
    fax: bool = False
    seed: int = 1


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
    writer.add_metadata({"/Producer": TAG})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


# --- text helpers ----------------------------------------------------------------------------------------------


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


def cell(c: Canvas, x: float, y: float, w: float, h: float, caption: str, value: str, cap_size: float = 6.0,
         val_font: tuple[str, float] = ("Helvetica", 9)) -> None:
    c.rect(x, y, w, h, stroke=1, fill=0)
    c.setFont("Helvetica-Bold", cap_size)
    c.drawString(x + 3, y + h - cap_size - 2, caption)
    c.setFont(*val_font)
    c.drawString(x + 3, y + 4, value)


# --- pay -----------------------------------------------------------------------------------------------------


@dataclass
class Check:
    pay_date: dt.date
    lines: dict[str, tuple[float, float, float]]  # label -> (hours, trips or days; rate; amount)

    @property
    def gross(self) -> float:
        return r2(sum(v[2] for v in self.lines.values()))


def line(qty: float, rate: float) -> tuple[float, float, float]:
    return (qty, rate, r2(qty * rate))


def flat(amount: float) -> tuple[float, float, float]:
    return (0.0, 0.0, r2(amount))


@dataclass
class Withholding:
    fed: float = 0.09
    state: float = 0.035
    ss: bool = True
    medicare: bool = True
    pct: tuple[tuple[str, float], ...] = ()  # label, share of gross (retirement plans)
    fixed: tuple[tuple[str, float], ...] = ()  # label, fixed amount a check
    local: float = 0.0
    state_label: str = "State income tax"

    def taxes(self, gross: float) -> dict[str, float]:
        out = {"Federal income tax": r2(gross * self.fed)} if self.fed else {}
        if self.ss:
            out["Social Security"] = r2(gross * 0.062)
        if self.medicare:
            out["Medicare"] = r2(gross * 0.0145)
        if self.state:
            out[self.state_label] = r2(gross * self.state)
        if self.local:
            out["Local earned income tax"] = r2(gross * self.local)
        return out

    def deductions(self, gross: float) -> dict[str, float]:
        out = {k: r2(gross * v) for k, v in self.pct}
        out.update({k: r2(v) for k, v in self.fixed})
        return out


def net_of(ch: Check, wh: Withholding) -> float:
    return r2(ch.gross - sum(wh.taxes(ch.gross).values()) - sum(wh.deductions(ch.gross).values()))


def ytd_of(checks: Sequence[Check], wh: Withholding) -> dict[str, float]:
    """Year-to-date figures: each earnings line, each tax, each deduction, gross and net."""
    total: dict[str, float] = {}
    for ch in checks:
        items = {k: v[2] for k, v in ch.lines.items()}
        items.update(wh.taxes(ch.gross))
        items.update(wh.deductions(ch.gross))
        items["GROSS"] = ch.gross
        items["NET"] = net_of(ch, wh)
        for k, v in items.items():
            total[k] = r2(total.get(k, 0.0) + v)
    return total


def stub_fields(employer: str, employee: str, ch: Check, start: dt.date, end: dt.date, frequency: str,
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


def prior_business_day(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d -= dt.timedelta(days=1)
    return d


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)


def monthly_paydays(year: int, upto: dt.date) -> list[dt.date]:
    """The last business day of each month of the year, through `upto`."""
    return [d for d in (prior_business_day(month_end(year, m)) for m in range(1, 13)) if d <= upto]


def semimonthly_paydays(year: int, upto: dt.date) -> list[tuple[dt.date, dt.date, dt.date]]:
    """(pay date, period start, period end) for the 15th and the month's last day, paid the business day before a
    weekend, through `upto`."""
    out = []
    for m in range(1, 13):
        for start, end in ((D(year, m, 1), D(year, m, 15)), (D(year, m, 16), month_end(year, m))):
            pay = prior_business_day(end)
            if pay <= upto:
                out.append((pay, start, end))
    return out


def every(first: dt.date, upto: dt.date, days: int) -> list[dt.date]:
    out = []
    d = first
    while d <= upto:
        out.append(d)
        d += dt.timedelta(days=days)
    return out


def history(dates: Sequence[dt.date], current: dict[str, tuple[float, float, float]],
            make: Callable[[random.Random, dt.date], dict[str, tuple[float, float, float]]], key: str,
            fixed: dict[dt.date, dict[str, tuple[float, float, float]]] | None = None) -> list[Check]:
    """The year's checks: each earlier check drawn from its own date and the seed key (so every stub of one job tells
    one history), the given lines on dates fixed in advance, and the current check's lines as given."""
    checks = []
    for d in dates[:-1]:
        if fixed and d in fixed:
            checks.append(Check(d, fixed[d]))
        else:
            checks.append(Check(d, make(random.Random(f"{key}{d}"), d)))
    checks.append(Check(dates[-1], current))
    return checks


def two_col_table(c: Canvas, x: float, y: float, w: float, title: str, rows: Sequence[tuple[str, str, str]],
                  size: float = 8.5, lead: float = 12.5) -> float:
    """A small table: a bold title row with THIS PERIOD / YEAR TO DATE, then label, current, ytd rows."""
    c.setFont("Helvetica-Bold", 7.5)
    c.drawString(x, y, title)
    c.drawRightString(x + w - 70, y, "THIS PERIOD")
    c.drawRightString(x + w, y, "YEAR TO DATE")
    c.setLineWidth(0.5)
    c.line(x, y - 4, x + w, y - 4)
    y -= 15
    c.setFont("Helvetica", size)
    for lab, cur, ytd in rows:
        c.drawString(x, y, lab)
        c.drawRightString(x + w - 70, y, cur)
        c.drawRightString(x + w, y, ytd)
        y -= lead
    return y


def mountain(c: Canvas, x: float, y: float, s: float, color: Color) -> None:
    c.setFillColor(color)
    p = c.beginPath()
    p.moveTo(x, y)
    p.lineTo(x + 0.35 * s, y + 0.6 * s)
    p.lineTo(x + 0.5 * s, y + 0.38 * s)
    p.lineTo(x + 0.72 * s, y + 0.8 * s)
    p.lineTo(x + s, y)
    p.close()
    c.drawPath(p, stroke=0, fill=1)


def ski_stub(key: str, resort: str, address: str, employee: str, emp_id: str, dept: str, position: str,
             pay_date: dt.date, rate: float, current: dict[str, tuple[float, float, float]], wh: Withholding,
             memo: str) -> Stub:
    """A ski area's bi-weekly EMPLOYEE EARNINGS STATEMENT for seasonal staff (calendar-year YTD)."""

    def make(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        return {"Regular": line(rr.choice([72.0, 80.0, 80.0, 76.5]), rate),
                "Overtime": line(rr.choice([0.0, 4.0, 9.5, 12.0]), r2(rate * 1.5)),
                "Night snowmaking premium": line(rr.choice([0.0, 16.0, 24.0, 32.0]), 2.00)}

    checks = history(every(D(2062, 1, 13), pay_date, 14), current, make, key)
    ch = checks[-1]
    assert ch.pay_date == pay_date, "the pay date is not on the bi-weekly cycle"
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        navy = Color(0.07, 0.16, 0.33)
        c.setFillColor(navy)
        c.rect(36, 724, W - 72, 52, stroke=0, fill=1)
        mountain(c, 46, 730, 48, white)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12.5)
        c.drawString(104, 755, resort.upper())
        c.setFont("Helvetica", 7.5)
        c.drawString(104, 742, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 46, 757, "EMPLOYEE EARNINGS STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 46, 745, "Winter season 2061-62  -  seasonal staff")
        c.drawRightString(W - 46, 734, "Not a check - keep for your records")
        c.setFillColor(black)
        c.setLineWidth(0.6)
        caps = [("EMPLOYEE", employee, 170), ("EMPLOYEE ID", emp_id, 90), ("DEPARTMENT", dept, 130),
                ("POSITION", position, 150)]
        x = 36.0
        for cap, val, wd in caps:
            cell(c, x, 686, wd, 30, cap, val)
            x += wd
        caps = [("PERIOD START", mdy(start), 170), ("PERIOD END", mdy(end), 90), ("CHECK DATE", mdy(pay_date), 130),
                ("PAY CYCLE", "Bi-weekly (every 2 weeks)", 150)]
        x = 36.0
        for cap, val, wd in caps:
            cell(c, x, 656, wd, 30, cap, val)
            x += wd
        y = 632
        c.setFillGray(0.88)
        c.rect(36, y - 4, W - 72, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(42, y, "EARNINGS")
        for xx, t in ((300, "HOURS"), (360, "RATE"), (460, "THIS PERIOD"), (570, "YEAR TO DATE")):
            c.drawRightString(xx, y, t)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for lab in ("Regular", "Overtime", "Night snowmaking premium", "Season completion bonus"):
            if lab not in ytd:
                continue
            q, rt, a = ch.lines.get(lab, (0.0, 0.0, 0.0))
            c.drawString(42, y, lab)
            if q:
                c.drawRightString(300, y, f"{q:.2f}")
                c.drawRightString(360, y, f"{rt:.2f}")
            c.drawRightString(460, y, money(a) if lab in ch.lines else "")
            c.drawRightString(570, y, money(ytd[lab]))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.line(380, y + 8, 576, y + 8)
        c.drawString(42, y - 2, "GROSS EARNINGS")
        c.drawRightString(460, y - 2, money(ch.gross))
        c.drawRightString(570, y - 2, money(ytd["GROSS"]))
        y -= 30
        rows = [(k, money(v), money(ytd[k])) for k, v in wh.taxes(ch.gross).items()]
        rows += [(k, money(v), money(ytd[k])) for k, v in wh.deductions(ch.gross).items()]
        y = two_col_table(c, 42, y, 528, "TAXES AND DEDUCTIONS", rows)
        c.setFillGray(0.93)
        c.rect(330, y - 30, 246, 26, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(338, y - 21, "NET PAY")
        c.drawRightString(466, y - 21, money(net))
        c.setFont("Helvetica", 8)
        c.drawRightString(570, y - 21, "YTD " + money(ytd["NET"]))
        c.setFont("Helvetica-Oblique", 8)
        yy = paragraphs(c, 42, y - 60, 528, [memo, "Employee season pass and ski-school lessons are benefits, not "
                                             "pay, and are not shown above."], font="Helvetica-Oblique", size=8,
                        leading=10, gap=3)
        del yy
        return []

    return Stub(Paper([page]), stub_fields(resort, employee, ch, start, end, "biweekly", ytd["GROSS"], net), pay_date)


def para_stub(key: str, district: str, office: str, employee: str, emp_id: str, position: str, site: str,
              pay_date: dt.date, installment: float, annual: float, work_year: str,
              extras: dict[dt.date, dict[str, tuple[float, float, float]]], wh: Withholding) -> Stub:
    """A school district's monthly CLASSIFIED PAY ADVICE for a paraprofessional on a 10-month contract paid in 12
    installments (the contract year runs August to July)."""
    dates = monthly_paydays(2062, pay_date)
    checks = [Check(d, {"Contract installment": flat(installment), **extras.get(d, {})}) for d in dates]
    ch = checks[-1]
    assert ch.pay_date == pay_date, "not a pay date of this payroll"
    ytd = ytd_of(checks, wh)
    start = pay_date.replace(day=1)
    end = month_end(pay_date.year, pay_date.month)
    net = net_of(ch, wh)
    number = (pay_date.month - 8) % 12 + 1

    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.45, 0.12, 0.1))
        c.rect(36, 700, 8, 80, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 15)
        c.drawString(54, 760, district.upper())
        c.setFont("Times-Roman", 9)
        c.drawString(54, 746, office)
        c.setLineWidth(1)
        c.roundRect(W - 186, 728, 150, 46, 6, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W - 111, 755, "PAY ADVICE")
        c.setFont("Helvetica", 8)
        c.drawCentredString(W - 111, 740, "Classified staff  -  non-negotiable")
        c.setLineWidth(0.6)
        for bx, title, rows in ((54, "EMPLOYEE", [("Name", employee), ("Employee no.", emp_id),
                                                    ("Position", position), ("Work site", site)]),
                                (318, "THIS PAYMENT", [("Check date", mdy(pay_date)),
                                                       ("Pay period", f"{mdy(start)} - {mdy(end)}"),
                                                       ("Pay schedule", "Monthly (12 installments)"),
                                                       ("Deposit no.",
                                                        f"DD{pay_date.strftime('%y%m')}{emp_id[-3:]}")])):
            c.rect(bx, 616, 252, 96, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(bx + 6, 700, title)
            y = 684
            for k, v in rows:
                c.setFont("Helvetica", 8)
                c.drawString(bx + 6, y, k)
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(bx + 78, y, v)
                y -= 16
        c.setFillGray(0.9)
        c.rect(54, 570, 516, 40, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(60, 598, f"CONTRACT (memo): work year {work_year}")
        c.drawString(60, 587, f"Annual contract salary ${money(annual)}, paid in 12 equal installments, August "
                              f"through July. This is installment {number} of 12.")
        c.drawString(60, 576, "Installments after the last work day are earned pay for the contract year, not an "
                              "advance.")
        rows = [(k, money(ch.lines[k][2]) if k in ch.lines else "", money(v)) for k, v in ytd.items()
                if k not in ("GROSS", "NET") and k not in wh.taxes(1) and k not in wh.deductions(1)]
        y = two_col_table(c, 54, 556, 516, "EARNINGS", rows)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y - 2, "Gross pay")
        c.drawRightString(500, y - 2, money(ch.gross))
        c.drawRightString(570, y - 2, money(ytd["GROSS"]))
        y -= 28
        rows = [(k, money(v), money(ytd[k])) for k, v in {**wh.taxes(ch.gross), **wh.deductions(ch.gross)}.items()]
        y = two_col_table(c, 54, y, 516, "TAXES, RETIREMENT AND DEDUCTIONS", rows)
        c.setLineWidth(1.2)
        c.line(54, y + 2, 570, y + 2)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(54, y - 12, "NET PAY")
        c.drawRightString(500, y - 12, money(net))
        c.drawRightString(570, y - 12, money(ytd["NET"]))
        c.setFont("Helvetica", 7.5)
        c.drawString(54, y - 40, "Public employees in this district contribute to the state retirement plan in place "
                                 "of Social Security; Medicare is withheld.")
        return []

    return Stub(Paper([page]), stub_fields(district, employee, ch, start, end, "monthly", ytd["GROSS"], net),
                pay_date)


def cafeteria_stub(key: str, district: str, address: str, employee: str, emp_id: str, school: str, pay_date: dt.date,
                   rate: float, days: dict[dt.date, float], fixed: dict[dt.date, dict[str, tuple[float, float, float]]],
                   wh: Withholding) -> Stub:
    """A school district food-service EARNINGS STATEMENT paid bi-weekly in the school year only, with a grid of the
    period's school days and the hours worked on each."""

    def make(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        out = {"Regular - meal service": line(rr.choice([60.0, 60.0, 54.0, 57.0]), rate)}
        cat = rr.choice([0.0, 0.0, 2.5, 4.0])
        if cat:
            out["Catering - after-school events"] = line(cat, rate)
        return out

    dates = every(D(2062, 1, 6), pay_date, 14)
    checks = history(dates, fixed[pay_date], make, key, fixed)
    ch = checks[-1]
    assert ch.pay_date == pay_date, "the pay date is not on the bi-weekly cycle"
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)
    weekdays = [start + dt.timedelta(days=i) for i in range(14) if (start + dt.timedelta(days=i)).weekday() < 5]

    def page(c: Canvas) -> list[Mark]:
        green = Color(0.12, 0.36, 0.2)
        c.setFillColor(green)
        c.circle(56, 752, 14, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10)
        c.drawCentredString(56, 748, "AA")
        c.setFillColor(green)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(78, 756, district.upper())
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(78, 744, f"Food Service Department  -  {address}")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - 40, 756, "EARNINGS STATEMENT")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(W - 40, 745, "Pay cycle: Bi-weekly - school year only")
        c.drawRightString(W - 40, 735, "(21 pays, September through June)")
        c.setStrokeColor(green)
        c.setLineWidth(1.5)
        c.line(40, 726, W - 40, 726)
        c.setStrokeColor(black)
        c.setLineWidth(0.6)
        info = [("Employee", employee), ("Employee no.", emp_id), ("Assignment", f"Food service assistant, {school}"),
                ("Pay period", f"{mdy(start)} to {mdy(end)}"), ("Pay date", mdy(pay_date)),
                ("Pay frequency", "Bi-weekly")]
        for i, (k, v) in enumerate(info):
            x = 40 if i < 3 else 330
            y = 708 - (i % 3) * 14
            c.setFont("Helvetica", 8)
            c.drawString(x, y, k + ":")
            c.setFont("Helvetica-Bold", 8.5)
            c.drawString(x + 70, y, v)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, 650, "SCHOOL DAYS IN THIS PERIOD (hours worked)")
        cw = (W - 80) / len(weekdays)
        for i, d in enumerate(weekdays):
            x = 40 + i * cw
            c.setFillGray(0.9)
            c.rect(x, 626, cw, 14, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7)
            c.drawCentredString(x + cw / 2, 630, d.strftime("%a %m/%d"))
            c.rect(x, 608, cw, 18, stroke=1, fill=0)
            c.setFont("Helvetica", 8.5)
            hrs = days.get(d, 0.0)
            c.drawCentredString(x + cw / 2, 614, f"{hrs:.1f}" if hrs else "HOL")
        rows = [(k, f"{ch.lines[k][0]:.2f} x {ch.lines[k][1]:.2f} = {money(ch.lines[k][2])}" if k in ch.lines
                 else "", money(v)) for k, v in ytd.items()
                if k not in ("GROSS", "NET") and k not in wh.taxes(1) and k not in wh.deductions(1)]
        y = two_col_table(c, 40, 584, W - 80, "EARNINGS  (hours x rate)", rows)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y - 2, "Total gross")
        c.drawRightString(W - 110, y - 2, money(ch.gross))
        c.drawRightString(W - 40, y - 2, money(ytd["GROSS"]))
        y -= 30
        y = two_col_table(c, 40, y, W - 80, "TAXES", [(k, money(v), money(ytd[k]))
                                                      for k, v in wh.taxes(ch.gross).items()])
        y = two_col_table(c, 40, y - 10, W - 80, "DEDUCTIONS", [(k, money(v), money(ytd[k]))
                                                                for k, v in wh.deductions(ch.gross).items()])
        c.setFillColor(green)
        c.rect(40, y - 26, W - 80, 22, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(48, y - 19, "NET PAY")
        c.drawRightString(W - 110, y - 19, money(net))
        c.drawRightString(W - 48, y - 19, money(ytd["NET"]))
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, y - 46, "Food service staff are paid for days worked. No pay is issued between the last "
                                 "student day in June and the first pay of the new school year.")
        return []

    return Stub(Paper([page]), stub_fields(district, employee, ch, start, end, "biweekly", ytd["GROSS"], net),
                pay_date)


def chapel_slip(church: str, address: str, pastor: str, pay_date: dt.date, salary: float, housing: float,
                withheld: float, pension: float, check_no: str, seed: int) -> Stub:
    """A small congregation's typed monthly pastor's pay slip: salary and housing allowance, NO year-to-date."""
    start = pay_date.replace(day=1)
    ch = Check(pay_date, {"Cash salary": flat(salary), "Housing allowance": flat(housing)})
    net = r2(ch.gross - withheld - pension)

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 742, church.upper())
        c.setFont("Times-Italic", 9.5)
        c.drawCentredString(W / 2, 729, address)
        c.setFont("Courier-Bold", 11)
        c.drawString(72, 690, "TREASURER'S OFFICE")
        c.drawString(72, 676, f"PASTOR'S COMPENSATION - MONTH OF {pay_date.strftime('%B').upper()} {pay_date.year}")
        c.setFont("Courier", 10)
        rows = [f"Paid to:     {pastor}", "Position:    Pastor",
                f"Period:      {long_date(start)} through {long_date(pay_date)}",
                f"Check date:  {long_date(pay_date)}     Check no. {check_no}", "Paid:        Monthly", "",
                f"{'Cash salary':40}{money(salary):>12}", f"{'Housing allowance (designated by the':40}",
                f"{'  Board of Deacons, IRC sec. 107)':40}{money(housing):>12}", f"{'':40}{'-' * 10:>12}",
                f"{'Total compensation':40}{money(ch.gross):>12}", "",
                f"{'Less voluntary federal withholding':40}{'(' + money(withheld) + ')':>13}",
                f"{'Less church pension 403(b)':40}{'(' + money(pension) + ')':>13}", f"{'':40}{'-' * 10:>12}",
                f"{'Amount of check':40}{money(net):>12}", "",
                "No Social Security or Medicare is withheld: the pastor pays",
                "self-employment tax on salary and housing allowance.", "",
                "Treasurer's initials: ______"]
        y = 646
        for row in rows:
            c.drawString(72, y, row)
            y -= 14
        c.setDash(3, 3)
        c.line(60, y - 8, W - 60, y - 8)
        c.setDash()
        return [Mark("sig", 240, y + 15, w=55, seed=seed)]

    return Stub(Paper([page]), stub_fields(church, pastor, ch, start, pay_date, "monthly", None, net), pay_date)


def diocese_stub(key: str, diocese: str, office: str, employee: str, emp_no: str, location: str, position: str,
                 pay_date: dt.date, salary: float, extras: dict[dt.date, dict[str, tuple[float, float, float]]],
                 wh: Withholding) -> Stub:
    """A diocese's central payroll LAY EMPLOYEE EARNINGS STATEMENT, semi-monthly, earnings and withholdings as two
    ledgers side by side."""
    periods = semimonthly_paydays(2062, pay_date)
    checks = [Check(d, {"Salary": flat(salary), **extras.get(d, {})}) for d, _, _ in periods]
    ch = checks[-1]
    _, start, end = periods[-1]
    assert ch.pay_date == pay_date, "not a pay date of this payroll"
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        purple = Color(0.3, 0.14, 0.4)
        c.setStrokeColor(purple)
        c.setLineWidth(3)
        c.line(56, 736, 56, 772)
        c.line(44, 762, 68, 762)
        c.setStrokeColor(black)
        c.setFillColor(purple)
        c.setFont("Times-Bold", 14)
        c.drawString(80, 760, diocese.upper())
        c.setFillColor(black)
        c.setFont("Times-Roman", 9)
        c.drawString(80, 747, office)
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 40, 762, "LAY EMPLOYEE")
        c.drawRightString(W - 40, 750, "EARNINGS STATEMENT")
        c.setLineWidth(0.6)
        grid = [[("EMPLOYEE", employee, 170), ("EMPLOYEE NO.", emp_no, 80), ("LOCATION", location, 150),
                 ("POSITION", position, 132)],
                [("PAY PERIOD", f"{mdy(start)} - {mdy(end)}", 170), ("PAY DATE", mdy(pay_date), 80),
                 ("FREQUENCY", "Semi-monthly", 150), ("ADVICE NO.", f"{pay_date.strftime('%y%m%d')}-{emp_no[-3:]}",
                                                      132)]]
        y = 690
        for row in grid:
            x = 40.0
            for cap, val, wd in row:
                cell(c, x, y, wd, 28, cap, val, val_font=("Helvetica", 8.5))
                x += wd
            y -= 28
        top = 618
        c.rect(40, 430, 532, top - 430 + 14, stroke=1, fill=0)
        c.line(306, 430, 306, top + 14)
        for x0, title, items in ((46, "EARNINGS", [(k, ch.lines[k][2] if k in ch.lines else None, v)
                                                   for k, v in ytd.items() if k not in ("GROSS", "NET")
                                                   and k not in wh.taxes(1) and k not in wh.deductions(1)]),
                                 (312, "WITHHOLDINGS AND DEDUCTIONS",
                                  [(k, v, ytd[k]) for k, v in {**wh.taxes(ch.gross),
                                                                **wh.deductions(ch.gross)}.items()])):
            c.setFont("Helvetica-Bold", 7.5)
            c.drawString(x0, top, title)
            c.drawRightString(x0 + 185, top, "THIS PERIOD")
            c.drawRightString(x0 + 254, top, "YEAR TO DATE")
            c.line(x0 - 6, top - 5, x0 + 260, top - 5)
            yy = top - 18
            c.setFont("Helvetica", 8.5)
            for k, cur, tot in items:
                c.drawString(x0, yy, k)
                c.drawRightString(x0 + 185, yy, "" if cur is None else money(cur))
                c.drawRightString(x0 + 254, yy, money(tot))
                yy -= 13
        c.line(40, 452, 572, 452)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(46, 437, "GROSS PAY")
        c.drawRightString(231, 437, money(ch.gross))
        c.drawRightString(300, 437, money(ytd["GROSS"]))
        withheld = r2(ch.gross - net)
        c.drawString(312, 437, "TOTAL WITHHELD")
        c.drawRightString(497, 437, money(withheld))
        c.drawRightString(566, 437, money(r2(ytd["GROSS"] - ytd["NET"])))
        c.setFillColor(purple)
        c.rect(190, 392, 232, 28, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 12)
        c.drawCentredString(306, 402, f"NET PAY  ${money(net)}")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(306, 378, f"Year-to-date net pay ${money(ytd['NET'])}. Deposited to your account on file.")
        c.drawCentredString(306, 366, "Lay Employees' Pension Plan: 5% employee contribution, matched by the diocese.")
        return []

    return Stub(Paper([page]), stub_fields(diocese, employee, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date)


def leader(c: Canvas, x0: float, x1: float, y: float, label: str, font: str = "Times-Roman", size: float = 10) -> None:
    """A label followed by dot leaders up to x1."""
    c.setFont(font, size)
    c.drawString(x0, y, label)
    start = x0 + stringWidth(label, font, size) + 4
    c.setFont("Times-Roman", size)
    dots = int((x1 - start) / stringWidth(". ", "Times-Roman", size))
    if dots > 0:
        c.drawString(start, y, ". " * dots)


def clergy_stub(key: str, conference: str, office: str, pastor: str, clergy_id: str, appointment: str,
                pay_date: dt.date, salary: float, housing: float,
                extras: dict[dt.date, dict[str, tuple[float, float, float]]], wh: Withholding) -> Stub:
    """A church conference's semi-monthly CLERGY COMPENSATION STATEMENT: dot-leader rows, the housing allowance
    part of the gross, no FICA."""
    periods = semimonthly_paydays(2062, pay_date)
    checks = [Check(d, {"Base cash salary": flat(salary), "Housing allowance (IRC 107) *": flat(housing),
                        **extras.get(d, {})}) for d, _, _ in periods]
    ch = checks[-1]
    _, start, end = periods[-1]
    assert ch.pay_date == pay_date, "not a pay date of this payroll"
    ytd = ytd_of(checks, wh)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        red = Color(0.55, 0.1, 0.12)
        c.setFillColor(red)
        p = c.beginPath()  # a flame
        p.moveTo(W / 2, 730)
        p.curveTo(W / 2 - 14, 742, W / 2 - 4, 756, W / 2 + 2, 770)
        p.curveTo(W / 2 + 6, 756, W / 2 + 14, 746, W / 2, 730)
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Times-Bold", 15)
        c.drawCentredString(W / 2, 712, conference.upper())
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 699, office)
        c.setFont("Times-Bold", 12)
        c.drawCentredString(W / 2, 676, "CLERGY COMPENSATION STATEMENT")
        c.setLineWidth(0.5)
        c.line(80, 668, W - 80, 668)
        c.line(80, 665, W - 80, 665)
        y = 646
        for k, v in (("Clergy", pastor), ("Clergy ID", clergy_id), ("Appointment", appointment),
                     ("Pay period", f"{mdy(start)} through {mdy(end)}"), ("Pay date", mdy(pay_date)),
                     ("Paid", "Semi-monthly, on the 15th and the last day of the month")):
            c.setFont("Times-Italic", 10)
            c.drawString(80, y, k)
            c.setFont("Times-Bold", 10)
            c.drawString(170, y, v)
            y -= 14
        y -= 10
        c.setFont("Times-Bold", 9)
        c.drawRightString(440, y, "THIS PAY")
        c.drawRightString(532, y, "YEAR TO DATE")

        def block(title: str, items: Sequence[tuple[str, float | None, float]], y: float) -> float:
            c.setFont("Times-Bold", 10)
            c.drawString(80, y, title)
            y -= 15
            for k, cur, tot in items:
                leader(c, 92, 380, y, k)
                c.setFont("Times-Roman", 10)
                c.drawRightString(440, y, "" if cur is None else money(cur))
                c.drawRightString(532, y, money(tot))
                y -= 14
            return y - 6

        earn = [(k, ch.lines[k][2] if k in ch.lines else None, v) for k, v in ytd.items()
                if k not in ("GROSS", "NET") and k not in wh.taxes(1) and k not in wh.deductions(1)]
        y = block("COMPENSATION", earn, y - 16)
        c.line(380, y + 12, 532, y + 12)
        leader(c, 80, 380, y, "Total compensation (gross pay)", font="Times-Bold")
        c.setFont("Times-Bold", 10)
        c.drawRightString(440, y, money(ch.gross))
        c.drawRightString(532, y, money(ytd["GROSS"]))
        y = block("VOLUNTARY WITHHOLDING", [(k, v, ytd[k]) for k, v in wh.taxes(ch.gross).items()], y - 22)
        y = block("DEDUCTIONS", [(k, v, ytd[k]) for k, v in wh.deductions(ch.gross).items()], y)
        c.setLineWidth(0.8)
        c.rect(300, y - 28, 240, 26, stroke=1, fill=0)
        c.rect(302, y - 26, 236, 22, stroke=1, fill=0)
        c.setFont("Times-Bold", 11)
        c.drawString(310, y - 19, "NET PAY")
        c.drawRightString(440, y - 19, money(net))
        c.setFont("Times-Roman", 9)
        c.drawRightString(532, y - 19, money(ytd["NET"]))
        paragraphs(c, 80, y - 56, W - 160, [
            "* The housing allowance is designated each year by the Charge Conference under section 107 of the "
            "Internal Revenue Code and is part of the pastor's total compensation.",
            "Clergy are self-employed for Social Security purposes (SECA): no Social Security or Medicare tax is "
            "withheld. Income tax is withheld only at the pastor's request."], font="Times-Italic", size=8.5,
            leading=10.5, gap=4)
        return []

    return Stub(Paper([page]), stub_fields(conference, pastor, ch, start, end, "semimonthly", ytd["GROSS"], net),
                pay_date)


def foodbank_stub(key: str, org: str, address: str, employee: str, emp_id: str, title: str, pay_date: dt.date,
                  rate: float, current: dict[str, tuple[float, float, float]], wh: Withholding) -> Stub:
    """A nonprofit's bi-weekly PAY STATEMENT printed by a payroll service: one rounded card, two tables."""

    def make(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        out = {"Regular hours": line(rr.choice([80.0, 80.0, 76.0, 72.0]), rate)}
        ot = rr.choice([0.0, 0.0, 3.5, 6.0])
        if ot:
            out["Overtime"] = line(ot, r2(rate * 1.5))
        return out

    checks = history(every(D(2062, 1, 13), pay_date, 14), current, make, key)
    ch = checks[-1]
    assert ch.pay_date == pay_date, "the pay date is not on the bi-weekly cycle"
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=13)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        orange = Color(0.85, 0.45, 0.1)
        c.setLineWidth(1)
        c.setStrokeColor(orange)
        c.roundRect(40, 420, W - 80, 352, 14, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFillColor(orange)
        c.circle(70, 744, 11, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(90, 746, org)
        c.setFont("Helvetica", 8)
        c.drawString(90, 734, address)
        c.setFont("Helvetica-Bold", 11)
        c.drawRightString(W - 56, 746, "PAY STATEMENT")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 56, 734, f"Pay date {mdy(pay_date)}")
        c.setLineWidth(0.5)
        c.line(56, 724, W - 56, 724)
        kv = [("Employee", employee), ("Employee ID", emp_id), ("Title", title),
              ("Pay period", f"{mdy(start)} - {mdy(end)}"), ("Pay frequency", "Biweekly"),
              ("Pay date", mdy(pay_date))]
        for i, (k, v) in enumerate(kv):
            x = 56 if i < 3 else 320
            y = 708 - (i % 3) * 13
            c.setFillGray(0.45)
            c.setFont("Helvetica", 7.5)
            c.drawString(x, y, k)
            c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 66, y, v)
        y = 654
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y, "Earnings")
        for xx, t in ((300, "Hours"), (360, "Rate"), (450, "Current"), (W - 56, "YTD")):
            c.drawRightString(xx, y, t)
        c.line(56, y - 4, W - 56, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k in [k for k in ytd if k not in ("GROSS", "NET") and k not in wh.taxes(1) and k not in wh.deductions(1)]:
            q, rt, a = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(56, y, k)
            if k in ch.lines:
                c.drawRightString(300, y, f"{q:.2f}")
                c.drawRightString(360, y, f"{rt:.4f}")
                c.drawRightString(450, y, money(a))
            c.drawRightString(W - 56, y, money(ytd[k]))
            y -= 12
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(56, y, "Gross pay")
        c.drawRightString(450, y, money(ch.gross))
        c.drawRightString(W - 56, y, money(ytd["GROSS"]))
        y -= 24
        rows = [(k, money(v), money(ytd[k])) for k, v in {**wh.taxes(ch.gross), **wh.deductions(ch.gross)}.items()]
        c.setFont("Helvetica-Bold", 8)
        c.drawString(56, y, "Taxes and deductions")
        c.drawRightString(450, y, "Current")
        c.drawRightString(W - 56, y, "YTD")
        c.line(56, y - 4, W - 56, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k, cur, tot in rows:
            c.drawString(56, y, k)
            c.drawRightString(450, y, cur)
            c.drawRightString(W - 56, y, tot)
            y -= 12
        c.setFillColor(orange)
        c.roundRect(330, 436, W - 386, 26, 8, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(340, 445, "Net pay")
        c.drawRightString(W - 66, 445, f"${money(net)}")
        c.setFillColor(black)
        c.setFont("Helvetica", 7)
        c.drawString(56, 444, f"YTD net ${money(ytd['NET'])}")
        c.setFillGray(0.4)
        c.drawCentredString(W / 2, 404, f"Thriftwell Payroll for Nonprofits  -  prepared for {org}  -  not a check")
        c.setFillColor(black)
        return []

    return Stub(Paper([page]), stub_fields(org, employee, ch, start, end, "biweekly", ytd["GROSS"], net), pay_date)


def bus_stub(key: str, district: str, address: str, driver: str, emp_no: str, route: str, bus: str,
             pay_date: dt.date, installment: float, trip_rate: float, trips: dict[dt.date, int],
             wh: Withholding) -> Stub:
    """A school district transportation department's monthly DRIVER PAY STATEMENT: a route driver on a 10-month
    contract paid in 12 installments, extra (activity) trips paid the month after they are driven."""
    dates = monthly_paydays(2062, pay_date)
    checks = []
    for d in dates:
        lines = {"Route contract installment": flat(installment)}
        if trips.get(d):
            lines["Extra trips (activity / athletic)"] = line(float(trips[d]), trip_rate)
        checks.append(Check(d, lines))
    ch = checks[-1]
    assert ch.pay_date == pay_date, "not a pay date of this payroll"
    ytd = ytd_of(checks, wh)
    start = pay_date.replace(day=1)
    end = month_end(pay_date.year, pay_date.month)
    net = net_of(ch, wh)
    summer = pay_date.month in (7, 8)

    def page(c: Canvas) -> list[Mark]:
        yellow = Color(0.93, 0.72, 0.1)
        c.setFillColor(yellow)
        c.rect(40, 742, W - 80, 30, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(50, 752, district.upper())
        c.setFont("Helvetica-Bold", 9)
        c.drawRightString(W - 50, 752, "TRANSPORTATION DEPARTMENT")
        c.setFont("Helvetica", 8)
        c.drawString(50, 730, address)
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(W - 50, 728, "DRIVER PAY STATEMENT")
        c.setLineWidth(0.6)
        rows = [[("DRIVER", driver, 180), ("EMPLOYEE #", emp_no, 90), ("ROUTE", route, 130), ("BUS", bus, 132)],
                [("PAY PERIOD BEGIN", mdy(start), 180), ("PAY PERIOD END", mdy(end), 90), ("CHECK DATE",
                                                                                          mdy(pay_date), 130),
                 ("PAY FREQUENCY", "Monthly", 132)]]
        y = 688
        for row in rows:
            x = 40.0
            for cap, val, wd in row:
                cell(c, x, y, wd, 28, cap, val)
                x += wd
            y -= 28
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 620, f"Contract: {route}, 10-month school-year contract (177 student days) paid in 12 equal "
                              "monthly installments.")
        c.drawString(40, 610, "July and August installments are summer pay for the past school year; extra trips are "
                              "paid the month after they are driven.")
        if summer:
            c.saveState()
            c.setStrokeColor(Color(0.1, 0.3, 0.6))
            c.setFillColor(Color(0.1, 0.3, 0.6))
            c.setLineWidth(1.5)
            c.roundRect(420, 560, 140, 32, 5, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 11)
            c.drawCentredString(490, 575, "SUMMER INSTALLMENT")
            c.setFont("Helvetica", 7)
            c.drawCentredString(490, 565, "no route service this month")
            c.restoreState()
        y = 540
        heads = [(40, "EARNINGS", "l"), (300, "TRIPS", "r"), (360, "RATE", "r"), (460, "CURRENT", "r"),
                 (W - 44, "YEAR TO DATE", "r")]
        c.setFillGray(0.85)
        c.rect(40, y - 4, W - 80, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t, al in heads:
            (c.drawString if al == "l" else c.drawRightString)(x + (4 if al == "l" else 0), y, t)
        y -= 16
        c.setFont("Helvetica", 8.5)
        for k in ("Route contract installment", "Extra trips (activity / athletic)"):
            if k not in ytd:
                continue
            q, rt, a = ch.lines.get(k, (0.0, 0.0, 0.0))
            c.drawString(44, y, k)
            if q:
                c.drawRightString(300, y, f"{q:.0f}")
                c.drawRightString(360, y, money(rt))
            c.drawRightString(460, y, money(a) if k in ch.lines else "")
            c.drawRightString(W - 44, y, money(ytd[k]))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(44, y, "GROSS PAY")
        c.drawRightString(460, y, money(ch.gross))
        c.drawRightString(W - 44, y, money(ytd["GROSS"]))
        y -= 26
        y = two_col_table(c, 44, y, W - 88, "TAXES", [(k, money(v), money(ytd[k]))
                                                      for k, v in wh.taxes(ch.gross).items()])
        y = two_col_table(c, 44, y - 8, W - 88, "DEDUCTIONS", [(k, money(v), money(ytd[k]))
                                                               for k, v in wh.deductions(ch.gross).items()])
        c.setLineWidth(1)
        c.rect(40, y - 30, W - 80, 26, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(48, y - 21, "NET PAY")
        c.drawRightString(460, y - 21, money(net))
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 44, y - 21, money(ytd["NET"]))
        return []

    return Stub(Paper([page]), stub_fields(district, driver, ch, start, end, "monthly", ytd["GROSS"], net), pay_date)


def golf_stub(key: str, club: str, address: str, employee: str, emp_no: str, pay_date: dt.date, rate: float,
              weeks: dict[dt.date, Sequence[float]], wh: Withholding, first_pay: dt.date) -> Stub:
    """A golf club's weekly GROUNDS CREW pay stub: a Sunday-to-Saturday time card, overtime past 40 hours."""

    def split(total: float) -> dict[str, tuple[float, float, float]]:
        reg = min(total, 40.0)
        out = {"Regular": line(reg, rate)}
        if total > 40:
            out["Overtime (1.5x)"] = line(r2(total - 40), rate * 1.5)
        return out

    def make(rr: random.Random, d: dt.date) -> dict[str, tuple[float, float, float]]:
        return split(rr.choice([32.0, 38.5, 40.0, 42.0, 44.5, 46.0]))

    days = weeks[pay_date]
    fixed = {d: split(sum(v)) for d, v in weeks.items()}
    checks = history(every(first_pay, pay_date, 7), fixed[pay_date], make, key, fixed)
    ch = checks[-1]
    assert ch.pay_date == pay_date, "the pay date is not on the weekly cycle"
    ytd = ytd_of(checks, wh)
    end = pay_date - dt.timedelta(days=6)
    start = end - dt.timedelta(days=6)
    net = net_of(ch, wh)

    def page(c: Canvas) -> list[Mark]:
        green = Color(0.15, 0.42, 0.18)
        c.setStrokeColor(black)
        c.setLineWidth(1.2)
        c.line(56, 736, 56, 772)
        c.setFillColor(Color(0.8, 0.1, 0.1))
        p = c.beginPath()
        p.moveTo(56, 772)
        p.lineTo(74, 765)
        p.lineTo(56, 758)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setFillColor(green)
        c.setFont("Times-Bold", 17)
        c.drawString(84, 756, club)
        c.setFillColor(black)
        c.setFont("Helvetica", 8)
        c.drawString(84, 744, address)
        c.setFont("Helvetica-Bold", 10.5)
        c.drawRightString(W - 48, 760, "GROUNDS CREW - WEEKLY PAY STUB")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - 48, 748, "Paid every Friday for the week ending the Saturday before")
        c.setLineWidth(0.6)
        info = [("Employee", employee), ("Employee no.", emp_no), ("Week", f"{mdy(start)} - {mdy(end)}"),
                ("Pay date", mdy(pay_date)), ("Frequency", "Weekly")]
        x = 48.0
        for k, v in info:
            wd = 150 if k in ("Employee", "Week") else 70
            cell(c, x, 694, wd, 28, k.upper(), v)
            x += wd + (2 if x < 400 else 0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(48, 676, "TIME CARD")
        for i, hrs in enumerate(days):
            d = start + dt.timedelta(days=i)
            x = 48 + i * 62
            c.setFillGray(0.9)
            c.rect(x, 652, 62, 16, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 7)
            c.drawCentredString(x + 31, 657, d.strftime("%a %m/%d").upper())
            c.rect(x, 632, 62, 20, stroke=1, fill=0)
            c.setFont("Courier", 9.5)
            c.drawCentredString(x + 31, 638, f"{hrs:.2f}" if hrs else "--")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(48 + 7 * 62 + 8, 638, f"TOTAL {sum(days):.2f} HRS")
        rows = []
        for k in ("Regular", "Overtime (1.5x)"):
            if k in ytd:
                q, rt, a = ch.lines.get(k, (0.0, 0.0, 0.0))
                rows.append((f"{k}  {q:.2f} h @ {rt:.4f}" if q else k, money(a) if k in ch.lines else "",
                             money(ytd[k])))
        y = two_col_table(c, 48, 604, W - 96, "EARNINGS", rows)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(48, y - 2, "Gross wages")
        c.drawRightString(W - 118, y - 2, money(ch.gross))
        c.drawRightString(W - 48, y - 2, money(ytd["GROSS"]))
        y = two_col_table(c, 48, y - 28, W - 96, "TAXES WITHHELD", [(k, money(v), money(ytd[k]))
                                                                    for k, v in wh.taxes(ch.gross).items()])
        if wh.deductions(ch.gross):
            y = two_col_table(c, 48, y - 8, W - 96, "DEDUCTIONS", [(k, money(v), money(ytd[k]))
                                                                   for k, v in wh.deductions(ch.gross).items()])
        c.setFillColor(green)
        c.rect(48, y - 28, W - 96, 24, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(56, y - 20, "NET PAY")
        c.drawRightString(W - 118, y - 20, money(net))
        c.setFont("Helvetica", 8.5)
        c.drawRightString(W - 56, y - 20, "YTD " + money(ytd["NET"]))
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(48, y - 46, "Seasonal position, April through October. Year-to-date figures are for this "
                                 "employer only.")
        return []

    return Stub(Paper([page]), stub_fields(club, employee, ch, start, end, "weekly", ytd["GROSS"], net), pay_date)


# --- bank statement -------------------------------------------------------------------------------------------


@dataclass
class Statement:
    paper: Paper
    fields: dict[str, Any]
    date: dt.date
    account: str


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return D(year, month, 1), month_end(year, month)


def transactions(rng: random.Random, start: dt.date, end: dt.date,
                 credits: Sequence[tuple[int, str, float]]) -> list[tuple[dt.date, str, float]]:
    """The month's lines: the given credits (day, description, amount) and ordinary debits."""
    out = [(start + dt.timedelta(days=day - 1), desc, amt_) for day, desc, amt_ in credits]
    debits = [("MORTGAGE PMT - PARTIAL", 0), ("HANNAFORD #8112", 1), ("CENTRAL MAINE POWER", 0),
              ("IRVING OIL 2211", 1), ("US CELLULAR", 0), ("RITE AID #7710", 1), ("DEAD RIVER HEATING OIL", 0),
              ("ATM WITHDRAWAL", 1), ("FAMILY DOLLAR", 1)]
    span = (end - start).days
    for desc, small in debits:
        a = r2(rng.uniform(18, 130) if small else rng.uniform(85, 390))
        out.append((start + dt.timedelta(days=rng.randrange(span + 1)), desc, -a))
    out.sort(key=lambda t: (t[0], -t[2]))
    return out


def sablewood_statement(rng: random.Random, holder: str, address: Sequence[str], acct: str, year: int, month: int,
                        begin: float, credits: Sequence[tuple[int, str, float]]) -> Statement:
    """Sablewood Harbor Savings Bank: one page, an AT A GLANCE strip, one register with signed amounts."""
    bank = "Sablewood Harbor Savings Bank"
    start, end = month_bounds(year, month)
    lines = transactions(rng, start, end, credits)
    ending = r2(begin + sum(a for _, _, a in lines))
    deps = [a for _, _, a in lines if a > 0]
    wds = [a for _, _, a in lines if a < 0]

    def page(c: Canvas) -> list[Mark]:
        teal = Color(0.05, 0.35, 0.4)
        c.setStrokeColor(teal)
        c.setLineWidth(2)
        for i in range(3):  # three waves
            p = c.beginPath()
            p.moveTo(40, 742 + i * 7)
            p.curveTo(52, 750 + i * 7, 64, 734 + i * 7, 76, 742 + i * 7)
            c.drawPath(p, stroke=1, fill=0)
        c.setStrokeColor(black)
        c.setFillColor(teal)
        c.setFont("Times-Bold", 16)
        c.drawString(86, 752, "SABLEWOOD HARBOR")
        c.setFont("Times-Roman", 10)
        c.drawString(86, 740, "SAVINGS BANK  -  Est. 1871  -  Member FDIC")
        c.setFillColor(black)
        c.setLineWidth(0.7)
        c.rect(360, 712, 212, 56, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(368, 756, "STATEMENT OF ACCOUNT")
        c.setFont("Helvetica", 8)
        c.drawString(368, 744, f"Everyday Checking  -  no. ******{acct[-4:]}")
        c.drawString(368, 732, f"Period: {long_date(start)} through")
        c.drawString(368, 721, f"{long_date(end)}")
        c.setFont("Helvetica", 9.5)
        y = 700
        for ln in [holder.upper(), *[a.upper() for a in address]]:
            c.drawString(56, y, ln)
            y -= 12
        heads = (("Previous balance", money(begin)), (f"Deposits ({len(deps)})", money(r2(sum(deps)))),
                 (f"Withdrawals ({len(wds)})", money(r2(-sum(wds)))), ("New balance", money(ending)))
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 636, "AT A GLANCE")
        for i, (k, v) in enumerate(heads):
            x = 40 + i * 133
            c.setStrokeColor(teal)
            c.rect(x, 596, 127, 34, stroke=1, fill=0)
            c.setStrokeColor(black)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 6, 619, k)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawRightString(x + 121, 602, ("-" if i == 2 else "") + v)
        y = 572
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "DATE")
        c.drawString(90, y, "TRANSACTION")
        c.drawRightString(470, y, "AMOUNT")
        c.drawRightString(572, y, "BALANCE")
        c.line(40, y - 4, 572, y - 4)
        y -= 16
        c.setFont("Helvetica", 8.5)
        c.drawString(40, y, start.strftime("%m-%d"))
        c.drawString(90, y, "Balance forward")
        c.drawRightString(572, y, money(begin))
        y -= 13
        bal = begin
        for d, desc, a in lines:
            bal = r2(bal + a)
            c.drawString(40, y, d.strftime("%m-%d"))
            c.drawString(90, y, desc)
            c.drawRightString(470, y, ("-" if a < 0 else "") + money(abs(a)))
            c.drawRightString(572, y, money(bal))
            y -= 13
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(90, y - 2, "New balance")
        c.drawRightString(572, y - 2, money(ending))
        c.setFont("Helvetica", 7)
        c.drawString(40, 60, "Sablewood Harbor Savings Bank, 2 Wharf Street, Sablewood Harbor, ME 04579. Call "
                             "(207) 555-0123 about errors within 60 days.")
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
        if self.type in ("other", "obituary", "w2", "death_certificate"):
            return {}
        out: dict[str, Any] = {"letter_date": self.date.isoformat()}
        if self.type == "benefit_award_letter":
            out.update(monthly_amount=self.monthly, benefit_type=self.benefit)
        if self.type == "unemployment_benefit_letter":
            out.update(benefit_type="unemployment")
        return out


def letterhead(c: Canvas, name: str, sub: str, color: Color) -> None:
    c.setFillColor(color)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 735, name)
    c.setFillColor(black)
    c.setFont("Helvetica", 8.5)
    c.drawString(72, 722, sub)
    c.setStrokeColor(color)
    c.setLineWidth(1.5)
    c.line(72, 714, W - 72, 714)
    c.setStrokeColor(black)
    c.setLineWidth(0.6)


def simple_letter(head: tuple[str, str, Color], date: dt.date, to: Sequence[str], re: str, paras: Sequence[str],
                  closing: Sequence[str], table: Sequence[tuple[str, str]] = (), sign: int = 0) -> Paper:
    """A typed letter on letterhead; `sign` > 0 adds a signature in ink (a seed) over the closing's name."""

    def page(c: Canvas) -> list[Mark]:
        letterhead(c, *head)
        c.setFont("Times-Roman", 11)
        c.drawString(72, 690, long_date(date))
        y = 662
        for ln in to:
            c.drawString(72, y, ln)
            y -= 14
        y -= 12
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, re)
        y -= 24
        y = paragraphs(c, 72, y, W - 144, paras)
        if table:
            for k, v in table:
                c.setFont("Times-Roman", 11)
                c.drawString(96, y, k)
                c.setFont("Times-Bold", 11)
                c.drawString(300, y, v)
                y -= 15
            y -= 12
        c.setFont("Times-Roman", 11)
        marks = []
        for i, ln in enumerate(closing):
            if sign and i == 1 and not ln:
                marks.append(Mark("sig", 74, y - 4, w=120, seed=sign))
            c.drawString(72, y, ln)
            y -= 14
        return marks

    return Paper([page])


def hardship_letter(writer: str, co_writer: str | None, address: Sequence[str], loan: str, date: dt.date,
                    servicer: str, paras: Sequence[str], ink: bool, seed: int, dateline: str | None = None) -> Paper:
    """A typed hardship letter; signed in ink only when it was printed and mailed, scanned or faxed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Roman", 11)
        y = 730
        for ln in [writer if not co_writer else f"{writer} and {co_writer}", *address]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.drawString(72, y, dateline or long_date(date))
        y -= 28
        for ln in [servicer, "Loss Mitigation Department"]:
            c.drawString(72, y, ln)
            y -= 14
        y -= 14
        c.setFont("Times-Bold", 11)
        c.drawString(72, y, f"Re: Hardship letter - loan number {loan}")
        y -= 26
        y = paragraphs(c, 72, y, W - 144, ["To whom it may concern:", *paras])
        c.setFont("Times-Roman", 11)
        c.drawString(72, y - 4, "Sincerely,")
        marks = []
        sy = y - 44
        names = [writer] + ([co_writer] if co_writer else [])
        for i, nm in enumerate(names):
            x = 72 + i * 230
            c.drawString(x, sy - 14, nm)
            if ink:
                marks.append(Mark("sig", x, sy - 2, w=140, seed=seed + i))
        return marks

    return Paper([page])


def colorado_determination(claimant: str, address: Sequence[str], claim_id: str, mailed: dt.date,
                           byb: dt.date, wba: float, quarters: Sequence[tuple[str, str, float]]) -> Letter:
    """A state unemployment office's NOTICE OF MONETARY DETERMINATION: a facts box at the top right, the base-period
    wages by quarter and employer, the weekly and maximum benefit amounts."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(60, 748, "STATE OF COLORADO")
        c.setFont("Helvetica", 9)
        c.drawString(60, 735, "Unemployment Insurance Benefits Office")
        c.drawString(60, 724, "PO Box 8790, Denver, CO 80201  -  (303) 555-0112")
        c.setLineWidth(0.8)
        c.rect(350, 694, 222, 68, stroke=1, fill=0)
        facts = [("Date mailed", mdy(mailed)), ("Claim ID", claim_id), ("Benefit year begins", mdy(byb)),
                 ("Benefit year ends", mdy(byb + dt.timedelta(days=364)))]
        y = 748
        for k, v in facts:
            c.setFont("Helvetica", 8)
            c.drawString(358, y, k)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawRightString(564, y, v)
            y -= 15
        c.setFont("Helvetica", 10)
        y = 690
        for ln in [claimant.upper(), *[a.upper() for a in address]]:
            c.drawString(60, y, ln)
            y -= 13
        c.setFont("Helvetica-Bold", 13)
        c.drawCentredString(W / 2, 620, "NOTICE OF MONETARY DETERMINATION")
        y = paragraphs(c, 60, 598, W - 120, [
            "You filed a claim for unemployment insurance benefits. Based on the wages your employers reported for "
            "the base period shown below, you are monetarily eligible for benefits. This notice is not a "
            "decision that you will be paid: you must request payment every week and meet all eligibility "
            "requirements."], font="Helvetica", size=9, leading=12)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(60, y, "BASE PERIOD WAGES")
        y -= 14
        c.setFillGray(0.88)
        c.rect(60, y - 4, W - 120, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.drawString(66, y, "QUARTER")
        c.drawString(170, y, "EMPLOYER")
        c.drawRightString(W - 66, y, "WAGES")
        y -= 16
        c.setFont("Helvetica", 9)
        for q, emp, wages in quarters:
            c.drawString(66, y, q)
            c.drawString(170, y, emp)
            c.drawRightString(W - 66, y, money(wages))
            y -= 13
        c.setFont("Helvetica-Bold", 9)
        c.drawString(170, y, "Total base period wages")
        c.drawRightString(W - 66, y, money(r2(sum(w for _, _, w in quarters))))
        y -= 28
        c.setLineWidth(1)
        for i, (k, v) in enumerate((("WEEKLY BENEFIT AMOUNT", f"${money(wba)}"),
                                     ("MAXIMUM BENEFIT AMOUNT", f"${money(r2(wba * 26))}"),
                                     ("WEEKS PAYABLE", "26"))):
            x = 60 + i * 166
            c.rect(x, y - 30, 158, 38, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(x + 6, y - 2, k)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(x + 6, y - 22, v)
        y = paragraphs(c, 60, y - 58, W - 120, [
            "Request payment every week online or by phone. Report all work and earnings in the week you perform "
            "the work, including work for a seasonal employer that recalls you.",
            "If you disagree with this determination, you may appeal in writing within 20 calendar days of the "
            "date mailed. Benefits are taxable income; you may choose to have federal and state tax withheld."],
            font="Helvetica", size=9, leading=12)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", mailed)


def maine_history(claimant: str, claim_id: str, printed: dt.date, wba: float,
                  weeks: Sequence[tuple[dt.date, str, float, dt.date | None]]) -> Letter:
    """A claimant portal's BENEFIT PAYMENT HISTORY printed from a browser: a print header, a claim summary and a
    table of weeks claimed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(30, 775, f"{mdy(printed)}, 9:14 AM")
        c.drawCentredString(W / 2, 775, "ReEmployME Claimant Portal - Payment History")
        c.drawRightString(W - 30, 775, "1/1")
        c.setFillColor(Color(0.1, 0.25, 0.45))
        c.rect(30, 728, W - 60, 36, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(42, 746, "STATE OF MAINE")
        c.setFont("Helvetica", 9)
        c.drawString(42, 734, "Unemployment Compensation Claims Office")
        c.setFont("Helvetica-Bold", 10)
        c.drawRightString(W - 42, 742, "CLAIMANT BENEFIT PAYMENT HISTORY")
        c.setFillColor(black)
        rows = [("Claimant", claimant), ("Claim ID", claim_id), ("Claim type", "Regular UI - state"),
                ("Weekly benefit amount", f"${money(wba)}"), ("Dependency allowance", "$0.00"),
                ("Payment method", "Direct deposit"), ("Printed on", mdy(printed))]
        y = 706
        for k, v in rows:
            c.setFont("Helvetica", 9)
            c.drawString(42, y, k)
            c.setFont("Helvetica-Bold", 9)
            c.drawString(190, y, v)
            y -= 14
        y -= 10
        heads = ((42, "WEEK ENDING"), (130, "STATUS"), (330, "GROSS PAID"), (410, "TAX WITHHELD"), (490, "NET PAID"),
                 (W - 42, "PAID ON"))
        c.setFillGray(0.9)
        c.rect(36, y - 4, W - 72, 15, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7.5)
        for x, t in heads:
            (c.drawString if x < 200 else c.drawRightString)(x, y, t)
        y -= 16
        c.setFont("Helvetica", 9)
        for end, status, gross, paid in weeks:
            c.drawString(42, y, mdy(end))
            c.drawString(130, y, status)
            c.drawRightString(330, y, money(gross))
            c.drawRightString(410, y, money(r2(gross * 0.1)))
            c.drawRightString(490, y, money(r2(gross * 0.9)))
            c.drawRightString(W - 42, y, mdy(paid) if paid else "")
            y -= 14
        paragraphs(c, 42, y - 20, W - 84, [
            "The first week of an approved claim is an unpaid waiting week. Continue to file your weekly "
            "certification every week you are unemployed. Benefits paid are reported to the IRS on Form 1099-G."],
            font="Helvetica", size=8.5, leading=11)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", printed)


def carolina_notice(claimant: str, address: Sequence[str], claim_id: str, date: dt.date, filed: dt.date,
                    wba: float, weeks: int, last_employer: str) -> Letter:
    """A state agency's NOTICE OF BENEFIT YEAR AND WEEKLY BENEFIT AMOUNT: a letter with a ruled facts table."""
    paras = [f"You filed a claim for unemployment insurance on {long_date(filed)}. Your most recent employer was "
             f"{last_employer}. We have established your benefit year and weekly benefit amount as follows.",
             "Payment is made each week that you request it and remain eligible. You must look for work every week "
             "and keep a record of your work search. If your seasonal employer recalls you, stop requesting "
             "payment for the weeks you work full time.",
             "If you believe this notice is wrong, you may appeal within 10 days of the date of this notice."]
    table = [("Claim number", claim_id), ("Benefit year begins", mdy(filed)),
             ("Weekly benefit amount", f"${money(wba)}"), ("Number of weeks payable", str(weeks)),
             ("Maximum benefit amount", f"${money(r2(wba * weeks))}"), ("Paid", "Weekly, by direct deposit")]
    paper = simple_letter(("SOUTH CAROLINA UNEMPLOYMENT INSURANCE",
                           "Benefits Division  -  1550 Gadsden Street, Columbia, SC 29201  -  (803) 555-0177",
                           Color(0.1, 0.2, 0.4)), date, [claimant, *address],
                          "NOTICE OF BENEFIT YEAR AND WEEKLY BENEFIT AMOUNT", paras,
                          ["Benefits Division", "South Carolina Unemployment Insurance"], table)
    return Letter(paper, "unemployment_benefit_letter", date)


def utah_summary(claimant: str, claim_id: str, printed: dt.date, wba: float, balance: float,
                 payments: Sequence[tuple[dt.date, dt.date, float]]) -> Letter:
    """A claimant portal's PAYMENT SUMMARY: two summary cards and a list of payments, as printed."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica", 7)
        c.drawString(30, 775, f"Printed {mdy(printed)}")
        c.drawRightString(W - 30, 775, "Page 1 of 1")
        c.setFont("Helvetica-Bold", 15)
        c.setFillColor(Color(0.6, 0.2, 0.05))
        c.drawString(40, 744, "UTAH UNEMPLOYMENT INSURANCE")
        c.setFillColor(black)
        c.setFont("Helvetica", 9)
        c.drawString(40, 730, "Claimant Services  -  My Claim  -  Payment Summary")
        c.setLineWidth(0.5)
        c.line(40, 722, W - 40, 722)
        c.setFont("Helvetica", 9.5)
        c.drawString(40, 704, f"Claimant: {claimant}")
        c.drawString(40, 690, f"Claim ID: {claim_id}")
        for i, (k, v) in enumerate((("Weekly benefit amount", f"${money(wba)}"),
                                     ("Remaining balance on claim", f"${money(balance)}"))):
            x = 40 + i * 270
            c.setFillGray(0.94)
            c.roundRect(x, 616, 256, 56, 8, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            c.drawString(x + 12, 654, k)
            c.setFont("Helvetica-Bold", 17)
            c.drawString(x + 12, 628, v)
        y = 590
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, y, "PAYMENTS ISSUED")
        y -= 16
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(40, y, "WEEK ENDING")
        c.drawString(160, y, "ISSUED")
        c.drawRightString(360, y, "AMOUNT")
        c.drawString(390, y, "METHOD")
        c.line(40, y - 4, W - 40, y - 4)
        y -= 16
        c.setFont("Helvetica", 9)
        for week, issued, a in payments:
            c.drawString(40, y, mdy(week))
            c.drawString(160, y, mdy(issued))
            c.drawRightString(360, y, money(a))
            c.drawString(390, y, "Debit card")
            y -= 13
        paragraphs(c, 40, y - 18, W - 80, [
            "File your weekly claim each Sunday through Friday for the week before. Report any earnings, including "
            "earnings from a seasonal employer, in the week they are earned."], font="Helvetica", size=8.5,
            leading=11)
        return []

    return Letter(Paper([page]), "unemployment_benefit_letter", printed)


def recall_letter(org: str, sub: str, color: Color, date: dt.date, person: str, address: Sequence[str],
                  position: str, season: str, report: dt.date, signer: str, seed: int) -> Letter:
    """A seasonal employer's recall notice for next season (a letter of intent to rehire: `other`)."""
    paras = [f"Thank you for your work during the season that just ended. We are pleased to offer you a return to "
             f"your position as {position} for the {season} season.",
             f"Please report for pre-season orientation on {long_date(report)}. Your rate of pay will be set in "
             "the offer you receive two weeks before that date. This letter is not a guarantee of employment or of "
             "any number of hours; the opening date depends on snow and weather conditions.",
             "Please confirm by replying to this letter or calling Human Resources. We look forward to another "
             "season with you."]
    paper = simple_letter((org.upper(), sub, color), date, [person, *address], f"Seasonal recall - {season} season",
                          paras, ["Sincerely,", "", signer, f"Human Resources, {org}"], sign=seed)
    return Letter(paper, "other", date)


def assurance_letter(district: str, sub: str, date: dt.date, person: str, address: Sequence[str],
                     school: str, hours: float, first_day: dt.date) -> Letter:
    """A school district's notice of reasonable assurance of re-employment for the next school year (`other`)."""
    paras = [f"This letter is to notify you that the District expects to employ you as a food service assistant "
             f"at {school} for the 2062-63 school year, which begins for food service staff on "
             f"{long_date(first_day)}.",
             f"Your assignment next year will be {hours:.1f} hours a day. Pay for food service staff is issued "
             "bi-weekly during the school year; no pay is issued for the summer recess.",
             "This notice is given so that you and the state unemployment agency know that you have reasonable "
             "assurance of returning to work after the summer recess."]
    paper = simple_letter((district.upper(), sub, Color(0.12, 0.36, 0.2)), date, [person, *address],
                          "Notice of reasonable assurance of re-employment - 2062-63 school year", paras,
                          ["Sincerely,", "", "Director of Food Services", district])
    return Letter(paper, "other", date)


def survivor_pension_letter(person: str, address: Sequence[str], date: dt.date, monthly: float, member: str,
                            since: dt.date, number: str) -> Letter:
    paras = [f"We were sorry to learn of the death of {member}, a participant in the Intermountain Operating "
             "Engineers Pension Trust. As his surviving spouse you are entitled to the survivor benefit under the "
             "joint and survivor option he elected at retirement.",
             f"Your survivor pension begins with the payment for {since.strftime('%B %Y')}. It is paid monthly on the "
             "first day of each month for your lifetime. The benefit is taxable income; federal tax is withheld "
             "according to the Form W-4P on file.",
             "Please keep this letter. It may be used as proof of the amount and frequency of your benefit."]
    table = [("Participant", member), ("Survivor", person), ("Benefit number", number),
             ("Gross monthly survivor benefit", "$" + money(monthly)), ("Frequency", "Monthly"),
             ("First payment", mdy(since))]
    paper = simple_letter(("INTERMOUNTAIN OPERATING ENGINEERS PENSION TRUST",
                           "Participant Services  -  990 Foothill Parkway, Boise, ID 83702  -  (208) 555-0140",
                           Color(0.45, 0.3, 0.05)), date, [person, *address], "Survivor benefit award", paras,
                          ["Sincerely,", "", "Benefits Administrator",
                           "Intermountain Operating Engineers Pension Trust"], table)
    return Letter(paper, "benefit_award_letter", date, monthly, "benefits_taxable")


def obituary(paper_name: str, name: str, born: dt.date, died: dt.date, town: str, paras: Sequence[str],
             date: dt.date) -> Letter:
    """A weekly newspaper's obituary page, two columns of other notices beside it."""

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Times-Bold", 24)
        c.drawCentredString(W / 2, 738, paper_name)
        c.setFont("Times-Roman", 9)
        c.drawCentredString(W / 2, 724, f"Thursday, {long_date(date)}  -  Obituaries  -  Page A7")
        c.setLineWidth(1)
        c.line(50, 716, W - 50, 716)
        c.line(50, 713, W - 50, 713)
        c.setFont("Times-Bold", 15)
        c.drawString(50, 690, name)
        c.setFont("Times-Italic", 10)
        c.drawString(50, 676, f"{long_date(born)} - {long_date(died)}")
        paragraphs(c, 50, 654, 330, paras, size=10.5, leading=13.5, gap=6)
        c.line(396, 700, 396, 300)
        c.setFont("Times-Bold", 10)
        c.drawString(406, 690, "IN BRIEF")
        paragraphs(c, 406, 674, 156, [
            "The Cinder Bend library's summer reading program begins June 12.",
            "Snowplow bids for the county's next winter are due at the road department by May 1.",
            "The ski area's spring cleanup day has been moved to Saturday because of the late storm."],
            size=9, leading=11.5, gap=6)
        c.setFont("Times-Italic", 8)
        c.drawString(50, 90, f"{paper_name}  -  {town}")
        return []

    return Letter(Paper([page]), "obituary", date)


def appointment_letter(bishop: str, conference: str, date: dt.date, pastor: str, address: Sequence[str],
                       old: str, new: str, effective: dt.date, miles: int, moving: float) -> Letter:
    """A bishop's letter of appointment moving a pastor to a church far away (employer notice of transfer)."""
    paras = [f"After prayerful consideration by the Cabinet, I am appointing you as pastor of {new}, effective "
             f"{long_date(effective)}. Your appointment to {old} ends on "
             f"{long_date(effective - dt.timedelta(days=1))}.",
             f"The new appointment is about {miles} miles from your present charge. The congregation provides a "
             "parsonage, so the housing allowance you now receive will end when the appointment begins. The "
             f"Conference will reimburse moving expenses up to ${money(moving)} under its moving policy.",
             "Please share this letter with your family and your present church's Staff-Parish Relations "
             "Committee. The District Superintendent will contact you about the introduction visit."]
    paper = simple_letter((conference.upper(), f"Office of the Bishop  -  {bishop}  -  2200 Prairie Commons Drive, "
                           "Sioux Rapids, NE 68801", Color(0.55, 0.1, 0.12)), date, [pastor, *address],
                          "Letter of appointment", paras, ["Grace and peace,", "", bishop, f"Bishop, {conference}"],
                          sign=7)
    return Letter(paper, "employer_relocation_letter", date)


def w2_form(year: int, employer: str, emp_addr: Sequence[str], ein: str, employee: str, emp_addr2: Sequence[str],
            ssn_last4: str, wages: float, fed: float, state: str, state_id: str, box14: Sequence[tuple[str, float]],
            box12: Sequence[tuple[str, float]], stat_note: str) -> Letter:
    """A W-2 (Copy B) printed by a small employer's payroll software: the IRS box layout, SSN masked."""

    def page(c: Canvas) -> list[Mark]:
        x0, top = 40.0, 740.0
        c.setLineWidth(0.6)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x0, top + 8, "Copy B - To Be Filed With Employee's FEDERAL Tax Return.")
        c.setFont("Helvetica", 6.5)
        c.drawString(x0 + 250, top + 8, "This information is being furnished to the Internal Revenue Service.")

        def box(x: float, y: float, w: float, h: float, cap: str, val: str = "", size: float = 9,
                right: bool = False) -> None:
            c.rect(x, y, w, h, stroke=1, fill=0)
            c.setFont("Helvetica", 6)
            c.drawString(x + 2, y + h - 7, cap)
            c.setFont("Courier", size)
            lines = val.split("\n")
            for i, ln in enumerate(lines):
                if right:
                    c.drawRightString(x + w - 4, y + h - 18 - 10 * i, ln)
                else:
                    c.drawString(x + 4, y + h - 18 - 10 * i, ln)

        wl = 270.0
        box(x0, top - 24, wl, 24, "a  Employee's social security number", f"XXX-XX-{ssn_last4}")
        box(x0 + wl, top - 24, 262, 24, "OMB No. 1545-0008", "")
        box(x0, top - 50, wl, 26, "b  Employer identification number (EIN)", ein)
        box(x0 + wl, top - 50, 131, 26, "1  Wages, tips, other compensation", money(wages), right=True)
        box(x0 + wl + 131, top - 50, 131, 26, "2  Federal income tax withheld", money(fed), right=True)
        box(x0, top - 112, wl, 62, "c  Employer's name, address, and ZIP code", "\n".join([employer, *emp_addr]))
        box(x0 + wl, top - 76, 131, 26, "3  Social security wages", "", right=True)
        box(x0 + wl + 131, top - 76, 131, 26, "4  Social security tax withheld", "", right=True)
        box(x0 + wl, top - 102, 131, 26, "5  Medicare wages and tips", "", right=True)
        box(x0 + wl + 131, top - 102, 131, 26, "6  Medicare tax withheld", "", right=True)
        box(x0, top - 136, wl, 24, "d  Control number", "")
        box(x0 + wl, top - 128, 131, 26, "7  Social security tips", "")
        box(x0 + wl + 131, top - 128, 131, 26, "8  Allocated tips", "")
        box(x0, top - 200, wl, 64, "e  Employee's first name and initial   Last name   Suff.",
            "\n".join([employee, *emp_addr2]))
        box(x0 + wl, top - 154, 131, 26, "9", "")
        box(x0 + wl + 131, top - 154, 131, 26, "10  Dependent care benefits", "")
        box(x0 + wl, top - 180, 131, 26, "11  Nonqualified plans", "")
        b12 = "\n".join(f"{code} | {money(v)}" for code, v in box12)
        box(x0 + wl + 131, top - 200, 131, 46, "12  See instructions for box 12", b12, size=8.5)
        box(x0 + wl, top - 226, 131, 46, "13  Statutory / Retirement / 3rd-party sick", "")
        c.setFont("Helvetica", 7)
        c.drawString(x0 + wl + 4, top - 214, "[ ]        [X]        [ ]")
        b14 = "\n".join(f"{lab} {money(v)}" for lab, v in box14)
        box(x0 + wl + 131, top - 246, 131, 46, "14  Other", b14, size=8)
        box(x0, top - 226, wl, 26, "f  Employee's address and ZIP code", "(see box e)", size=7)
        c.rect(x0, top - 276, 532, 30, stroke=1, fill=0)
        c.setFont("Helvetica", 6)
        for x, t in ((x0 + 2, "15 State  Employer's state ID number"), (x0 + 160, "16 State wages, tips, etc."),
                     (x0 + 260, "17 State income tax"), (x0 + 360, "18 Local wages, tips, etc."),
                     (x0 + 450, "19 Local income tax")):
            c.drawString(x, top - 254, t)
        c.setFont("Courier", 9)
        c.drawString(x0 + 4, top - 270, f"{state}  {state_id}")
        c.drawRightString(x0 + 250, top - 270, money(wages))
        c.drawRightString(x0 + 340, top - 270, money(r2(wages * 0.035)))
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x0, top - 308, "W-2")
        c.setFont("Helvetica", 9)
        c.drawString(x0 + 44, top - 306, "Wage and Tax Statement")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(x0 + 200, top - 308, str(year))
        c.setFont("Helvetica", 7)
        c.drawRightString(x0 + 532, top - 306, "Department of the Treasury - Internal Revenue Service")
        paragraphs(c, x0, top - 340, 532, [stat_note], font="Helvetica-Oblique", size=8, leading=10)
        return []

    return Letter(Paper([page]), "w2", D(year + 1, 1, 31))


def separator_sheet(loan: str) -> Paper:
    import zxingcpp

    bitmap = zxingcpp.create_barcode(f"LOAN {loan}", zxingcpp.BarcodeFormat.Code128).to_image(scale=3)
    view = memoryview(bitmap)
    code = Image.frombytes("L", (view.shape[1], view.shape[0]), bytes(view))

    def page(c: Canvas) -> list[Mark]:
        c.setFont("Helvetica-Bold", 18)
        c.drawString(72, 700, "DOCUMENT SEPARATOR SHEET")
        c.setFont("Helvetica", 11)
        c.drawString(72, 680, "Mailroom use - place in front of each borrower packet")
        c.drawImage(ImageReader(code), 72, 520, width=320, height=90)
        c.setFont("Helvetica", 12)
        c.drawString(72, 495, f"LOAN {loan}")
        return []

    return Paper([page])


def fax_cover(sender: str, sender_fax: str, to: str, to_fax: str, date: dt.date, pages: int, note: str) -> Paper:
    def page(c: Canvas) -> list[Mark]:
        c.setFillColor(Color(0.2, 0.2, 0.2))
        c.rect(72, 690, W - 144, 48, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 26)
        c.drawString(84, 704, "FAX TRANSMITTAL")
        c.setFillColor(black)
        c.setFont("Helvetica", 10)
        c.drawString(72, 672, sender)
        c.setLineWidth(0.8)
        rows = [("To:", to), ("Fax:", to_fax), ("From:", sender), ("Fax:", sender_fax), ("Date:", mdy(date)),
                ("Pages (including cover):", str(pages)), ("Re:", note)]
        y = 630
        for k, v in rows:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(72, y, k)
            c.setFont("Helvetica", 11)
            c.drawString(240, y, v)
            c.line(235, y - 4, 540, y - 4)
            y -= 26
        c.setFont("Helvetica", 9)
        c.drawString(72, y - 20, "The pages that follow may contain confidential information intended only for the")
        c.drawString(72, y - 32, "addressee. If you received this fax in error please call the sender.")
        return []

    return Paper([page])


def form4506c_ink(first: str, mi: str, last: str, ssn: str, street: str, city: str, state: str, zipc: str,
                  client: str, client_phone: str, signed_on: dt.date, phone: str, seed: int,
                  style: Scan) -> list[ScannedPage]:
    """Page 1 of the real IRS Form 4506-C typed on a computer, printed, signed and dated in ink, scanned."""
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
           (420, 571, state), (474, 571, zipc), (27, 506, "Halyard Income Verification LLC"),
           (312, 506, "HIV-22817"), (420, 506, "HALYARD01"), (27, 484, "400 Commerce Way"),
           (312, 484, "Tysons"), (420, 484, "VA"), (474, 484, "22102"), (27, 430, client), (474, 430, client_phone),
           (27, 362, "1040"), (24, 268, "12"), (52, 268, "31"), (81, 268, str(signed_on.year - 2)),
           (186, 268, "12"), (214, 268, "31"), (243, 268, str(signed_on.year - 1)), (434, 168, phone),
           (63, 129, f"{first} {mi} {last}")]
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
    pdf = fixed_pypdf_bytes(writer, "co4506c")
    marks = [[Mark("sig", 80, 166, w=200, seed=seed), Mark("hand", 344, 167, mdy(signed_on), size=11, seed=seed + 1)]]
    return scan_sheets(pdf, marks, style, seed)


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
    start: dt.date | None  # None: the hardship date was left blank
    duration: str  # short | long | resolved
    income: dict[str, float]  # the household's monthly amounts by income code
    signed_on: dt.date
    co: str | None = None
    co_ssn: str | None = None
    co_income: dict[str, float] = field(default_factory=dict)  # the co-borrower's part (forms with per-person rows)
    other_text: str = ""
    co_signs: bool = True
    b_signs: bool = True
    b_dates: bool = True
    work: tuple[str, str] = ("Year-round", "")  # work pattern of borrower and co-borrower (CCL-9L)
    seasons: tuple[str, str] = ("", "")  # 12 letters W / L / . for JAN..DEC (CCL-9L)
    cash: float = 0.0
    seed: int = 1

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}, {self.state} {self.zip}"

    @property
    def total(self) -> float:
        return r2(sum(self.income.values()))

    def own(self, k: str) -> float:
        return r2(self.income.get(k, 0.0) - self.co_income.get(k, 0.0))

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


def put_answer(c: Canvas, marks: list[Mark], mode: str, x: float, y: float, text: str, seed: int,
               font: tuple[str, float] = ("Courier", 10), hand_size: float = 11.5) -> None:
    """An answer: typed into the page (screen or typed-then-printed) or written by hand in ink."""
    if not text:
        return
    if mode == "hand":
        marks.append(Mark("hand", x, y, text, size=hand_size, seed=seed))
    else:
        c.setFont(*font)
        c.drawString(x, y, text)


# Alpenglow Home Loan Servicing - HOMEOWNER QUESTIONNAIRE (AHL-Q7): questions at the left, lined blanks at the right.

AHL_REASONS = ("Did you, or a co-borrower, lose a job or become unemployed?",
               "Was your income reduced - fewer hours, lower pay, lost overtime, or no pay between seasons?",
               "Did your housing costs go up - taxes, insurance, association fees or an uninsured loss?",
               "Did a natural or man-made disaster damage the home or your place of work?",
               "Did you, a co-borrower or a dependent become seriously ill or disabled for a long time?",
               "Did you divorce or legally separate?",
               "Did you separate from a co-borrower you are not married to?",
               "Did a borrower, or the household's main or second wage earner, die?",
               "Were you transferred or did you move far away for work?",
               "Was it something else not listed above? (If YES, answer question 14.)")
AHL_INCOME = ("Wages, salary, overtime, tips, commissions and bonuses (before taxes)?",
              "Self-employment (your own business)?", "Unemployment benefits?",
              "Taxable Social Security, pensions, disability, death benefits, housing allowance or public assistance?",
              "Non-taxable Social Security or disability income?",
              "Rent you receive, less expenses other than the mortgage?", "Investments or insurance?",
              "Other income: alimony, child support, separate maintenance or anything else?")
AHL_USE = {"primary_residence": "My primary residence", "second_home": "A second home",
           "investment_property": "An investment / rental property"}
AHL_LENGTH = {"short": "Short-term", "long": "Long-term / permanent", "resolved": "Resolved"}


def ahl_q7(app: App, mode: str) -> Paper:
    """mode: "screen" (typed and signed on the screen), "typed" (typed, printed, signed and dated in ink) or "hand"
    (filled in by hand, signed and dated in ink)."""
    qx, qw, ax, aend = 50.0, 292.0, 372.0, 562.0
    seed = app.seed * 100

    def header(c: Canvas, n: int) -> None:
        mountain(c, 50, 736, 34, Color(0.85, 0.45, 0.35))
        c.setFillColor(Color(0.95, 0.7, 0.3))
        c.circle(84, 752, 7, stroke=0, fill=1)
        c.setFillColor(Color(0.25, 0.12, 0.3))
        c.setFont("Helvetica-Bold", 15)
        c.drawString(98, 754, "ALPENGLOW")
        c.setFont("Helvetica", 8)
        c.drawString(98, 743, "HOME LOAN SERVICING  -  PO Box 4410, Larkspur Pass, CO 80498")
        c.setFillColor(black)
        c.setFont("Times-Bold", 14)
        c.drawRightString(562, 756, "Homeowner Questionnaire")
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 744, f"Form AHL-Q7 (rev. 01/2062)  -  Page {n} of 3")
        c.setLineWidth(1)
        c.line(50, 732, 562, 732)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(qx, 718, "QUESTION")
        c.drawString(ax, 718, "YOUR ANSWER  (write on the line)")
        c.setLineWidth(0.4)
        c.line(ax - 12, 64, ax - 12, 726)

    def section(c: Canvas, y: float, title: str) -> float:
        c.setFillGray(0.9)
        c.rect(50, y - 5, 512, 16, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(54, y, title)
        return y - 22

    def q(c: Canvas, marks: list[Mark], y: float, num: str, text: str, answers: Sequence[str],
          nlines: int = 1, k: int = 0) -> float:
        lines = wrap(text, "Times-Roman", 9.5, qw - 22)
        c.setFont("Times-Bold", 9.5)
        c.drawString(qx, y, num)
        c.setFont("Times-Roman", 9.5)
        for i, ln in enumerate(lines):
            c.drawString(qx + 22, y - i * 11.5, ln)
        c.setLineWidth(0.5)
        for i in range(max(nlines, len(answers))):
            c.line(ax, y - 3 - i * 18, aend, y - 3 - i * 18)
            if i < len(answers):
                put_answer(c, marks, mode, ax + 3, y - 1 - i * 18, answers[i], seed + k * 7 + i)
        return y - max(len(lines) * 11.5, max(nlines, len(answers)) * 18) - 9

    def page1(c: Canvas) -> list[Mark]:
        header(c, 1)
        marks: list[Mark] = []
        y = paragraphs(c, 50, 700, 300, [
            "Answer every question on the lined blank to its right. Write \"none\" when a question does not apply "
            "to you. Use a separate line for each part of an address. Return all three pages, signed, with the "
            "documents on our checklist."], font="Times-Italic", size=9, leading=11)
        y = section(c, y - 6, "PART 1 - ABOUT YOU")
        y = q(c, marks, y, "1.", "What is the loan number printed on your monthly mortgage statement?", [app.loan], k=1)
        y = q(c, marks, y, "2.", "What is your full name (first, middle, last)?", [app.borrower], k=2)
        y = q(c, marks, y, "3.", "What are the last four digits of your Social Security number?", [app.ssn[-4:]], k=3)
        y = q(c, marks, y, "4.", "Is anyone else on the loan applying with you? If so, what is that person's full "
              "name? (Write \"none\" if you are applying alone.)", [app.co or "none"], k=4)
        y = q(c, marks, y, "5.", "What are the last four digits of that person's Social Security number?",
              [(app.co_ssn or "")[-4:] or "none"], k=5)
        y = q(c, marks, y, "6.", "At what telephone number can we reach you during the day?", [app.phone], k=6)
        y = q(c, marks, y, "7.", "What is your e-mail address?", [app.email], k=7)
        y = section(c, y - 4, "PART 2 - THE HOME")
        y = q(c, marks, y, "8.", "What is the address of the home that secures this loan? (Street on the first line; "
              "city, state and ZIP code on the second.)", [app.street, f"{app.city}, {app.state} {app.zip}"], k=8)
        y = q(c, marks, y, "9.", "How do you use the home: as your primary residence, as a second home, or as an "
              "investment or rental property?", [AHL_USE[app.occupancy]], k=9)
        y = q(c, marks, y, "10.", "Do you want to keep the home? (yes, no or undecided)", ["Yes"], k=10)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 44, "AHL-Q7  -  continue on page 2")
        return marks

    def page2(c: Canvas) -> list[Mark]:
        header(c, 2)
        marks: list[Mark] = []
        c.setFont("Helvetica", 8)
        c.drawString(50, 704, f"Loan number: {app.loan}")
        y = section(c, 684, "PART 3 - YOUR HARDSHIP")
        y = q(c, marks, y, "11.", "On what date did your hardship begin? (mm/dd/yyyy)",
              [mdy(app.start) if app.start else ""], k=11)
        y = q(c, marks, y, "12.", "Do you expect the hardship to be short-term (six months or less), long-term or "
              "permanent, or is it already resolved?", [AHL_LENGTH[app.duration]], k=12)
        y = q(c, marks, y, "13.", "For each question 13a through 13j, answer YES if it contributed to your hardship "
              "and NO if it did not.", [], nlines=0, k=13) + 2
        for i, text in enumerate(AHL_REASONS):
            y = q(c, marks, y, f"13{'abcdefghij'[i]}.", text, ["YES" if HARDSHIPS[i] in app.hardships else "NO"],
                  k=20 + i)
        y = q(c, marks, y, "14.", "If you answered YES to 13j, describe the hardship in a few words.",
              [app.other_text] if app.other_text else [], nlines=2, k=31)
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 44, "AHL-Q7  -  continue on page 3")
        return marks

    def page3(c: Canvas) -> list[Mark]:
        header(c, 3)
        marks: list[Mark] = []
        c.setFont("Helvetica", 8)
        c.drawString(50, 704, f"Loan number: {app.loan}")
        y = section(c, 684, "PART 4 - MONTHLY HOUSEHOLD INCOME BEFORE TAXES")
        y = q(c, marks, y, "15.", "How much do you and any co-borrower receive each month from each of these "
              "sources? Write the dollar amount on each line, or 0.", [], nlines=0, k=40) + 2
        for i, text in enumerate(AHL_INCOME):
            v = app.income.get(INCOMES[i], 0.0)
            y = q(c, marks, y, f"15{'abcdefgh'[i]}.", text, [f"$ {money(v)}" if v > 0 else "0"], k=41 + i)
        y = q(c, marks, y, "16.", "What is the total of lines 15a through 15h?", [f"$ {money(app.total)}"], k=50)
        y = section(c, y - 2, "PART 5 - SAVINGS")
        y = q(c, marks, y, "17.", "How much do you have in checking and savings accounts today?",
              [f"$ {money(app.cash)}"], k=51)
        y = section(c, y - 2, "PART 6 - CERTIFICATION AND SIGNATURES")
        c.setFont("Times-Roman", 8.5)
        cert = wrap("By signing I certify that my answers are true and complete, that the hardship I described "
                    "contributed to my need for mortgage relief, and that I will send the documents Alpenglow asks "
                    "for. I consent to a credit report for each borrower and to being contacted at the telephone "
                    "number and e-mail address I gave. Knowingly false statements may violate federal law.",
                    "Times-Roman", 8.5, qw)
        for i, ln in enumerate(cert):
            c.drawString(50, y - i * 10.5, ln)
        y -= len(cert) * 10.5 + 16
        rows = [("18.", "Borrower: sign on the line at the right.", "sig", app.b_signs, 0),
                ("19.", "On what date did you sign? (mm/dd/yyyy)", "date", app.b_dates, 0),
                ("20.", "Co-borrower (if any): sign on the line at the right.", "sig",
                 bool(app.co) and app.co_signs, 1),
                ("21.", "On what date did the co-borrower sign?", "date", bool(app.co) and app.co_signs, 1)]
        for num, text, kind, present, who in rows:
            c.setFont("Times-Bold", 9.5)
            c.drawString(qx, y, num)
            c.setFont("Times-Roman", 9.5)
            c.drawString(qx + 22, y, text)
            c.setLineWidth(0.5)
            c.line(ax, y - 3, aend, y - 3)
            if present and kind == "sig":
                marks.append(Mark("sig", ax + 8, y - 2, w=150, seed=app.seed + who))
            if present and kind == "date":
                if mode == "screen":
                    c.setFont("Courier", 10)
                    c.drawString(ax + 3, y - 1, mdy(app.signed_on))
                else:
                    marks.append(Mark("hand", ax + 3, y - 1, mdy(app.signed_on), size=11.5, seed=seed + 60 + who))
            y -= 30
        c.setFont("Helvetica", 7.5)
        c.drawCentredString(W / 2, 44, "AHL-Q7  -  Page 3 of 3  -  Alpenglow Home Loan Servicing")
        return marks

    return Paper([page1, page2, page3])


# Weatherby Cove Mortgage Servicing - QUESTION BOOKLET (WCM-60Q) answered on a separate ANSWER SHEET (WCM-60A).

WCM_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("A", "LOAN AND BORROWERS"),
    ("1", "Your loan number, from your monthly statement."),
    ("2", "Borrower's full name: first, middle initial, last."),
    ("3", "Last four digits of the borrower's Social Security number."),
    ("4", "Co-borrower's full name. Leave box 4 EMPTY if no one applies with you."),
    ("5", "Last four digits of the co-borrower's Social Security number (empty if none)."),
    ("6", "Best telephone number for us to call."),
    ("7", "E-mail address."),
    ("B", "THE PROPERTY"),
    ("8", "Street address of the property that secures the loan."),
    ("9", "City."),
    ("10", "State (two letters)."),
    ("11", "ZIP code."),
    ("12", "How is the property used? Enter P (you live in it as your primary residence), S (second or vacation "
           "home) or R (rented out / investment)."),
    ("13", "Do you want to keep the property? Enter Y or N."),
    ("C", "HARDSHIP"),
    ("14", "Date your hardship began (MM/DD/YYYY)."),
    ("15", "How long do you expect it to last? Enter S (six months or less), L (longer, or permanent) or R "
           "(already resolved)."),
    ("16", "Unemployment - you or a co-borrower lost a job. Y or N."),
    ("17", "Reduction in income - fewer hours, lower pay, lost overtime, seasonal or summer layoff. Y or N."),
    ("18", "Increase in housing expenses - taxes, insurance, HOA, uninsured loss. Y or N."),
    ("19", "Disaster - natural or man-made, at the home or at work. Y or N."),
    ("20", "Long-term disability or serious illness of a borrower or a dependent. Y or N."),
    ("21", "Divorce or legal separation. Y or N."),
    ("22", "Separation of borrowers who are not married to each other. Y or N."),
    ("23", "Death of a borrower or of the household's main or second wage earner. Y or N."),
    ("24", "Distant employment transfer or relocation. Y or N."),
    ("25", "Other hardship. Y or N. If Y, describe it in box 26."),
    ("26", "Description of an \"other\" hardship (a few words)."),
    ("D", "MONTHLY INCOME (BEFORE TAXES) - ALL BORROWERS TOGETHER. Enter dollars and cents; enter 0 if none."),
    ("27", "Wages, salary, overtime, tips, commissions, bonuses."),
    ("28", "Self-employment income."),
    ("29", "Unemployment benefits."),
    ("30", "Taxable Social Security, pension, disability, death benefits, housing allowance, public assistance."),
    ("31", "Non-taxable Social Security or disability income."),
    ("32", "Rental income, less expenses other than the mortgage."),
    ("33", "Investment or insurance income."),
    ("34", "Other income (alimony, child support, separate maintenance, other)."),
    ("35", "TOTAL of boxes 27 through 34."),
    ("E", "ASSETS"),
    ("36", "Money in checking and savings accounts today."),
)


def wcm_answers(app: App) -> dict[int, str]:
    a: dict[int, str] = {1: app.loan, 2: app.borrower, 3: app.ssn[-4:], 4: app.co or "", 5: (app.co_ssn or "")[-4:],
                         6: app.phone, 7: app.email, 8: app.street, 9: app.city, 10: app.state, 11: app.zip,
                         12: {"primary_residence": "P", "second_home": "S", "investment_property": "R"}[app.occupancy],
                         13: "Y", 14: mdy(app.start) if app.start else "",
                         15: {"short": "S", "long": "L", "resolved": "R"}[app.duration], 26: app.other_text,
                         35: money(app.total), 36: money(app.cash)}
    for i, h in enumerate(HARDSHIPS):
        a[16 + i] = "Y" if h in app.hardships else "N"
    for i, k in enumerate(INCOMES):
        v = app.income.get(k, 0.0)
        a[27 + i] = money(v) if v > 0 else "0"
    return a


def wcm60(app: App, mode: str) -> Paper:
    """The question booklet (pages 1-2, no answers on them) and the answer sheet (page 3).
    mode: "screen" (typed and signed on screen) or "hand" (block capitals in ink, signed and dated in ink)."""
    navy = Color(0.08, 0.17, 0.32)
    answers = wcm_answers(app)

    def header(c: Canvas, n: int, title: str, sub: str) -> None:
        c.setStrokeColor(navy)
        c.setLineWidth(1.6)
        c.circle(62, 752, 13, stroke=1, fill=0)
        c.line(62, 739, 62, 765)
        c.line(49, 752, 75, 752)
        c.setStrokeColor(black)
        c.setFillColor(navy)
        c.setFont("Times-Bold", 14)
        c.drawString(84, 755, "WEATHERBY COVE")
        c.setFont("Times-Roman", 8.5)
        c.drawString(84, 744, "MORTGAGE SERVICING  -  18 Chandlery Wharf, Bath, ME 04530")
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(562, 757, title)
        c.setFont("Helvetica", 7.5)
        c.drawRightString(562, 746, f"{sub}  -  Page {n} of 3")
        c.setFillColor(black)
        c.setLineWidth(0.8)
        c.line(50, 736, 562, 736)

    def column(c: Canvas, x: float, y: float, items: Sequence[tuple[str, str]]) -> None:
        """One column of the booklet: part headings (lettered) and numbered questions."""
        for num, text in items:
            is_part = num.isalpha()
            lines = wrap(text, "Helvetica-Bold" if is_part else "Helvetica", 8.5, 210 if not is_part else 190)
            need = len(lines) * 10.5 + (14 if is_part else 9)
            if is_part:
                c.setFillGray(0.88)
                c.rect(x, y - 4 - (len(lines) - 1) * 10.5, 250, 14 + (len(lines) - 1) * 10.5, stroke=0, fill=1)
                c.setFillColor(black)
                c.setFont("Helvetica-Bold", 8.5)
                for i, ln in enumerate(lines):
                    c.drawString(x + 4, y - i * 10.5, (f"PART {num} - " if i == 0 else "") + ln)
                y -= need + 6
                continue
            c.setFillColor(navy)
            c.circle(x + 9, y + 3, 9, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(x + 9, y + 0.5, num)
            c.setFillColor(black)
            c.setFont("Helvetica", 8.5)
            for i, ln in enumerate(lines):
                c.drawString(x + 24, y - i * 10.5, ln)
            y -= need + 6

    def booklet(columns: Sequence[Sequence[tuple[str, str]]], n: int, intro: bool) -> PageFn:
        def page(c: Canvas) -> list[Mark]:
            header(c, n, "MORTGAGE ASSISTANCE QUESTIONS", "Question booklet - Form WCM-60Q")
            y0 = 704
            if intro:
                c.setFillColor(navy)
                c.rect(50, 676, 512, 40, stroke=0, fill=1)
                c.setFillColor(white)
                c.setFont("Helvetica-Bold", 9)
                c.drawString(58, 703, "DO NOT WRITE IN THIS BOOKLET.")
                c.setFont("Helvetica", 8.5)
                c.drawString(58, 691, "Write each answer on the ANSWER SHEET (Form WCM-60A, page 3) in the box with "
                                      "the same number as the question.")
                c.drawString(58, 680, "Use the letter codes given. Sign and date the answer sheet and return all "
                                      "three pages together.")
                c.setFillColor(black)
                y0 = 656
            for x, items in zip((50.0, 312.0), columns, strict=True):
                column(c, x, y0, items)
            if n == 2:
                c.setFillGray(0.88)
                c.rect(50, 250, 512, 14, stroke=0, fill=1)
                c.setFillColor(black)
                c.setFont("Helvetica-Bold", 8.5)
                c.drawString(54, 254, "PART F - CERTIFICATION (you sign it on the answer sheet)")
                paragraphs(c, 54, 236, 500, [
                    "1. The answers on my answer sheet are true and complete, and the hardship I identified "
                    "contributed to my need for mortgage relief. Knowingly false statements may violate federal law.",
                    "2. I will provide the documents Weatherby Cove asks for and respond to its requests in a "
                    "timely way. 3. Weatherby Cove is not obligated to offer me assistance.",
                    "4. I consent to a credit report for each borrower and to being contacted about this request at "
                    "any telephone number or e-mail address I gave."], font="Helvetica", size=8.5, leading=11,
                    gap=4)
            c.setFont("Helvetica", 7)
            c.drawCentredString(W / 2, 40, f"WCM-60Q (03/2062)  -  booklet page {n}")
            return []

        return page

    def sheet(c: Canvas) -> list[Mark]:
        header(c, 3, "ANSWER SHEET", "Form WCM-60A - goes with booklet WCM-60Q")
        c.setFont("Helvetica", 8.5)
        c.drawString(50, 722, "One answer per numbered box. Use the letter codes in the booklet. Print clearly in "
                              "CAPITAL letters or type.")
        marks: list[Mark] = []
        mode_hand = mode == "hand"
        for n in range(1, 37):
            col, row = divmod(n - 1, 18)
            x = 50 + col * 262
            y = 690 - row * 25
            c.setFillColor(navy)
            c.rect(x, y, 20, 20, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 8.5)
            c.drawCentredString(x + 10, y + 6.5, str(n))
            c.setFillColor(black)
            c.setLineWidth(0.6)
            c.rect(x + 20, y, 230, 20, stroke=1, fill=0)
            text = answers.get(n, "")
            if text:
                if mode_hand:
                    marks.append(Mark("hand", x + 26, y + 5, text.upper(), size=11, seed=app.seed * 50 + n))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(x + 26, y + 6, text)
        y = 232
        c.setFillGray(0.88)
        c.rect(50, y - 4, 512, 14, stroke=0, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(54, y, "SIGNATURES - by signing I make the certification in Part F of the booklet")
        y -= 46
        people = [("Borrower signature", app.b_signs, app.b_dates, 0),
                  ("Co-borrower signature", bool(app.co) and app.co_signs, bool(app.co) and app.co_signs, 1)]
        for label, signs, dates, k in people:
            c.setLineWidth(0.6)
            c.line(50, y, 350, y)
            c.rect(380, y - 2, 120, 22, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(50, y - 10, label)
            c.drawString(380, y - 11, "Date (MM/DD/YYYY)")
            if signs:
                marks.append(Mark("sig", 70, y + 2, w=200, seed=app.seed + k))
            if dates:
                if mode_hand:
                    marks.append(Mark("hand", 386, y + 4, mdy(app.signed_on), size=11, seed=app.seed * 50 + 40 + k))
                else:
                    c.setFont("Courier", 10)
                    c.drawString(386, y + 5, mdy(app.signed_on))
            y -= 56
        c.setFont("Helvetica", 7)
        c.drawCentredString(W / 2, 40, "WCM-60A (03/2062)  -  answer sheet  -  return with the booklet")
        return marks

    q = WCM_QUESTIONS
    return Paper([booklet((q[:13], q[13:22]), 1, True), booklet((q[22:33], q[33:]), 2, False), sheet])


# Cairn & Cedar Loan Servicing - HOUSEHOLD ASSISTANCE REQUEST (CCL-9L): two LANDSCAPE sheets.

CCL_REASONS = ("Job loss / unemployment", "Less income: hours, pay or overtime cut, no pay off-season",
               "Higher housing costs: taxes, insurance, HOA", "Disaster at the home or workplace",
               "Serious illness or disability (you or a dependent)", "Divorce or legal separation",
               "Unmarried co-owners separated", "Death of a borrower or wage earner",
               "Distant job transfer or relocation", "Other (describe below)")
CCL_INCOME = ("Wages, salary, overtime, tips, bonuses", "Self-employment income", "Unemployment benefits",
              "Taxable Social Security, pension, disability, housing allowance, public aid",
              "Non-taxable Social Security or disability", "Rental income less expenses (not mortgage)",
              "Investment or insurance income", "Other: alimony, child support, other")
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def rotated_caption(c: Canvas, x: float, y: float, width: float, text: str, size: float = 7.5,
                    font: str = "Helvetica") -> None:
    """Caption text turned 90 degrees (reading upward), wrapped to `width` points, its first line at the left."""
    lines = wrap(text, font, size, width)
    c.saveState()
    c.translate(x, y)
    c.rotate(90)
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        c.drawString(0, -i * (size + 1.5), ln)
    c.restoreState()


def ccl9l(app: App, mode: str) -> Paper:
    """mode: "screen" (typed and signed on screen) or "typed" (typed, printed, signed and dated in ink)."""
    green = Color(0.13, 0.3, 0.2)
    size = landscape(letter)

    def band(c: Canvas, n: int) -> None:
        c.setFillColor(green)
        c.rect(0, 576, LW, 36, stroke=0, fill=1)
        c.setFillColor(white)
        p = c.beginPath()  # a cairn of three stones
        for cx, cy, rx in ((40, 584, 11), (40, 596, 8), (40, 605, 5)):
            p.ellipse(cx - rx, cy - 4, 2 * rx, 8)
        c.drawPath(p, stroke=0, fill=1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(58, 589, "CAIRN & CEDAR LOAN SERVICING")
        c.setFont("Helvetica", 9)
        c.drawRightString(LW - 30, 595, "HOUSEHOLD ASSISTANCE REQUEST")
        c.drawRightString(LW - 30, 583, f"Form CCL-9L (rev. 02/2062)  -  Sheet {n} of 2")
        c.setFillColor(black)
        c.setLineWidth(0.7)
        c.rect(600, 538, 162, 28, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 6.5)
        c.drawString(604, 558, "LOAN NO.")
        c.setFont("Courier-Bold", 11)
        c.drawString(606, 543, app.loan)

    def title(c: Canvas, x: float, y: float, text: str) -> None:
        c.setFont("Helvetica-Bold", 9)
        c.setFillColor(green)
        c.drawString(x, y, text)
        c.setFillColor(black)

    def head_row(c: Canvas, x: float, y: float, cols: Sequence[tuple[str, float]], h: float = 14) -> None:
        for cap, wd in cols:
            c.setFillGray(0.9)
            c.rect(x, y, wd, h, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont("Helvetica-Bold", 6.5)
            c.drawString(x + 3, y + 4, cap)
            x += wd

    def typed(c: Canvas, x: float, y: float, text: str, size_: float = 9.5) -> None:
        c.setFont("Courier", size_)
        c.drawString(x, y, text)

    def sheet1(c: Canvas) -> list[Mark]:
        band(c, 1)
        c.setFont("Helvetica", 8)
        c.drawString(30, 552, "Print or type. One row per person on the loan. Mark boxes with an X. Sign sheet 2. "
                              "Return both sheets with the papers on our checklist.")
        title(c, 30, 528, "A.  PEOPLE ON THE LOAN")
        cols = [("ROLE", 70.0), ("FULL NAME", 180.0), ("SSN - LAST 4", 60.0), ("DAYTIME PHONE", 100.0),
                ("E-MAIL", 170.0), ("WORK PATTERN", 152.0)]
        head_row(c, 30, 508, cols)
        people = [("Borrower", app.borrower, app.ssn[-4:], app.phone, app.email, app.work[0]),
                  ("Co-borrower", app.co or "", (app.co_ssn or "")[-4:], "" if not app.co else app.phone,
                   "", app.work[1] if app.co else "")]
        for r, vals in enumerate(people):
            y = 486 - r * 22
            x = 30.0
            for i, (_, wd) in enumerate(cols):
                c.rect(x, y, wd, 22, stroke=1, fill=0)
                if i == 0:
                    c.setFont("Helvetica-Bold", 8)
                    c.drawString(x + 4, y + 8, vals[0])
                else:
                    typed(c, x + 4, y + 7, vals[i], 9 if i != 4 else 8)
                x += wd
        c.setFont("Helvetica", 6.5)
        c.drawString(30, 456, "Work pattern: year-round, seasonal, school-year or not working. Seasonal or "
                              "school-year: complete the calendar in part C.")
        title(c, 30, 438, "B.  THE PROPERTY")
        cols = [("STREET ADDRESS", 250.0), ("CITY", 150.0), ("STATE", 50.0), ("ZIP", 70.0),
                ("HOW THE PROPERTY IS USED (mark one)", 212.0)]
        head_row(c, 30, 418, cols)
        x = 30.0
        for i, (_, wd) in enumerate(cols):
            c.rect(x, 388, wd, 30, stroke=1, fill=0)
            if i < 4:
                typed(c, x + 4, 399, (app.street, app.city, app.state, app.zip)[i])
            x += wd
        opts = [("primary_residence", "Owner's main home"), ("second_home", "Second / vacation home"),
                ("investment_property", "Rental / investment")]
        for i, (code, lab) in enumerate(opts):
            bx = 554 + (i % 2) * 104
            by = 405 - (i // 2) * 13
            c.rect(bx, by, 7, 7, stroke=1, fill=0)
            if app.occupancy == code:
                typed(c, bx + 0.8, by + 0.8, "X", 8)
            c.setFont("Helvetica", 7)
            c.drawString(bx + 10, by + 1, lab)
        title(c, 30, 370, "C.  WORK SEASON CALENDAR (optional)  -  W = working   L = laid off or off season")
        head_row(c, 30, 350, [("PERSON", 120.0)] + [(m, 51.0) for m in MONTHS])
        for r, (who, cal) in enumerate((("Borrower", app.seasons[0]), ("Co-borrower", app.seasons[1]))):
            y = 330 - r * 20
            c.rect(30, y, 120, 20, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(34, y + 7, who)
            for m in range(12):
                c.rect(150 + m * 51, y, 51, 20, stroke=1, fill=0)
                ch = cal[m] if len(cal) == 12 else ""
                if ch in "WL" and ch:
                    c.setFont("Courier-Bold", 10)
                    c.drawCentredString(150 + m * 51 + 25.5, y + 6, ch)
        title(c, 30, 272, "D.  HARDSHIP")
        c.rect(30, 74, 220, 190, stroke=1, fill=0)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, 250, "The hardship began on (mm/dd/yyyy):")
        c.rect(36, 222, 120, 22, stroke=1, fill=0)
        if app.start:
            typed(c, 42, 229, mdy(app.start), 10)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(36, 202, "It is expected to be (mark one):")
        for i, (code, lab) in enumerate((("short", "Short-term (6 months or less)"),
                                         ("long", "Long-term or permanent"), ("resolved", "Already resolved"))):
            by = 184 - i * 16
            c.rect(40, by, 8, 8, stroke=1, fill=0)
            if app.duration == code:
                typed(c, 41, by + 1, "X", 8.5)
            c.setFont("Helvetica", 7.5)
            c.drawString(52, by + 1, lab)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(260, 256, "WHAT CAUSED IT? Mark every box that applies.")
        cw = 50.2
        for i, reason in enumerate(CCL_REASONS):
            x = 260 + i * cw
            c.rect(x, 96, cw, 152, stroke=1, fill=0)
            rotated_caption(c, x + 18, 124, 118, reason, 7.5)
            c.rect(x + cw / 2 - 6, 102, 12, 12, stroke=1, fill=0)
            if HARDSHIPS[i] in app.hardships:
                typed(c, x + cw / 2 - 3.6, 104.5, "X", 10)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(260, 80, "If OTHER, describe:")
        c.line(340, 78, 762, 78)
        typed(c, 344, 81, app.other_text)
        c.setFont("Helvetica", 7)
        c.drawCentredString(LW / 2, 40, "CCL-9L  -  sheet 1 of 2  -  turn over for income and signatures")
        return []

    def sheet2(c: Canvas) -> list[Mark]:
        band(c, 2)
        title(c, 30, 528, "E.  MONTHLY INCOME BEFORE TAXES  -  one row per person, the household total in the last "
                          "row. Leave a cell empty if none.")
        top = 520
        c.setFillGray(0.9)
        c.rect(30, top - 118, 120, 118, stroke=1, fill=1)
        c.setFillColor(black)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(34, top - 112, "PERSON")
        for i, cap in enumerate([*CCL_INCOME, "TOTAL (all sources)"]):
            x = 150 + i * 68
            c.setFillGray(0.9)
            c.rect(x, top - 118, 68, 118, stroke=1, fill=1)
            c.setFillColor(black)
            rotated_caption(c, x + 22, top - 112, 104, cap, 7.5, "Helvetica-Bold" if i == 8 else "Helvetica")
        rows = [("Borrower", [app.own(k) for k in INCOMES]),
                ("Co-borrower", [app.co_income.get(k, 0.0) for k in INCOMES]),
                ("HOUSEHOLD", [app.income.get(k, 0.0) for k in INCOMES])]
        for r, (who, vals) in enumerate(rows):
            y = top - 118 - 24 * (r + 1)
            bold = who == "HOUSEHOLD"
            if bold:
                c.setFillGray(0.95)
                c.rect(30, y, 732, 24, stroke=0, fill=1)
                c.setFillColor(black)
            c.rect(30, y, 120, 24, stroke=1, fill=0)
            c.setFont("Helvetica-Bold", 8)
            c.drawString(34, y + 9, who)
            for i, v in enumerate([*vals, r2(sum(vals))]):
                x = 150 + i * 68
                c.rect(x, y, 68, 24, stroke=1, fill=0)
                if v > 0:
                    c.setFont("Courier-Bold" if bold else "Courier", 9)
                    c.drawRightString(x + 64, y + 8, money(v))
        title(c, 30, 300, "F.  ASSETS (optional)")
        c.setFont("Helvetica", 8)
        c.drawString(30, 284, "Checking and savings today: $")
        c.line(150, 282, 260, 282)
        typed(c, 154, 285, money(app.cash))
        c.setFont("Helvetica", 8)
        c.drawString(290, 284, "Other assets (not the home, not retirement):")
        c.line(470, 282, 762, 282)
        title(c, 30, 256, "G.  CERTIFICATION AND SIGNATURES")
        paragraphs(c, 30, 240, 732, [
            "Each person signing certifies that the information on both sheets is true and complete and that the "
            "hardship marked in part D contributed to the household's need for mortgage relief; agrees to provide "
            "the documents Cairn & Cedar requests; consents to a credit report; and understands that Cairn & Cedar "
            "is not obligated to offer assistance and that knowingly false statements may violate federal law."],
            font="Helvetica", size=8.5, leading=11)
        marks: list[Mark] = []
        for k, (who, signs, dates) in enumerate((("Borrower", app.b_signs, app.b_dates),
                                                 ("Co-borrower", bool(app.co) and app.co_signs,
                                                  bool(app.co) and app.co_signs))):
            x = 30 + k * 370
            c.setLineWidth(0.6)
            c.line(x, 150, x + 240, 150)
            c.rect(x + 252, 148, 100, 22, stroke=1, fill=0)
            c.setFont("Helvetica", 7.5)
            c.drawString(x, 139, f"{who} signature")
            c.drawString(x + 252, 138, "Date (mm/dd/yyyy)")
            if signs:
                marks.append(Mark("sig", x + 14, 152, w=190, seed=app.seed + k))
            if dates:
                if mode == "screen":
                    typed(c, x + 258, 155, mdy(app.signed_on), 10)
                else:
                    marks.append(Mark("hand", x + 258, 154, mdy(app.signed_on), size=11.5, seed=app.seed * 9 + k))
        c.setFont("Helvetica", 7)
        c.drawCentredString(LW / 2, 40, "CCL-9L  -  sheet 2 of 2  -  Cairn & Cedar Loan Servicing, 61 Timberline "
                                        "Road, Cinder Bend, ID 83352")
        return marks

    return Paper([sheet1, sheet2], size)


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

    def scan(self, rel: str, parts: Sequence[tuple[Doc | None, list[ScannedPage]]], style: Scan) -> None:
        sheets: list[ScannedPage] = []
        for doc, pages in parts:
            if doc is not None:
                doc.pages = [(rel, len(sheets) + 1 + i) for i in range(len(pages))]
                doc.scanned = True
                self.docs.append(doc)
            sheets.extend(pages)
        self.files[rel] = scans_pdf(sheets, style)


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


def missing_codes(app: App | None, docs: Sequence[Doc], received: dt.date) -> list[str]:
    """shared/spec/checklist.md applied to the values drawn into a packet."""
    if app is None:
        return ["application"]
    out: list[str] = []
    if not (app.b_signs and app.b_dates) or (app.co and not app.co_signs):
        out.append("application_signature")
    values = {"loan_number": app.loan, "borrower_name": app.borrower, "property_address": app.street,
              "occupancy": app.occupancy, "hardship_types": app.hardships, "hardship_start_date": app.start,
              "income": [v for v in app.income.values() if v > 0]}
    out += [f"application_field:{k}" for k in REQUIRED_FIELDS if not values[k]]

    def fresh(d: dt.date | None) -> bool:
        return d is not None and dt.timedelta(0) <= received - d <= dt.timedelta(days=FRESH_DAYS)

    stmts = sorted((d for d in docs if d.type == "bank_statement"), key=lambda d: d.fields["period_end"])
    two_bank = False
    for a in stmts:
        for b in stmts:
            if a.account == b.account and a is not b and fresh(b.date) and \
                    dt.date.fromisoformat(b.fields["period_start"]) == \
                    dt.date.fromisoformat(a.fields["period_end"]) + dt.timedelta(days=1):
                two_bank = True
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


WH_SKI = Withholding(0.09, 0.044, pct=(("401(k) 3%", 0.03),), fixed=(("Dental plan", 14.20),))
WH_PARA = Withholding(0.07, 0.044, ss=False, pct=(("PERA retirement 10%", 0.10),), fixed=(("Health plan", 88.00),))
WH_DIO = Withholding(0.08, 0.05, pct=(("Lay pension plan 5%", 0.05),), fixed=(("Health plan (employee share)", 96.50),))
WH_CAF = Withholding(0.05, 0.0307, pct=(("PSERS retirement 7.5%", 0.075),), fixed=(("AFSCME dues", 12.50),),
                     local=0.01, state_label="PA income tax")
WH_BUS = Withholding(0.06, 0.058, pct=(("PERSI retirement 7.16%", 0.0716),), fixed=(("Health plan", 64.00),),
                     state_label="Idaho income tax")
WH_CLERGY = Withholding(0.07, 0.03, ss=False, medicare=False,
                        fixed=(("Clergy retirement plan (3%)", 60.38), ("Conference health plan", 185.00)),
                        state_label="Nebraska income tax")
WH_FB = Withholding(0.07, 0.03, pct=(("403(b) 4%", 0.04),))
WH_GOLF = Withholding(0.06, 0.0465, state_label="Utah income tax")


def packet_co1(seed: int) -> Packet:
    """Ski-area lift mechanic laid off at season's end (unemployment), wife a paraprofessional paid in 12
    installments. AHL-Q7 typed and signed on screen; a folder of e-mailed files. COMPLETE."""
    received = D(2062, 5, 16)
    addr = ["1418 Columbine Spur Road", "Cimarron Flats, CO 81435"]
    resort = "Ptarmigan Ridge Mountain Resort"
    ski = ski_stub(f"co1{seed}", resort, "7000 Ptarmigan Ridge Road, Cimarron Flats, CO 81435",
                   "Tobias R. Lindqvist", "PR-30418", "Lift Maintenance", "Lift mechanic II", D(2062, 4, 21), 24.50,
                   {"Regular": line(64.0, 24.50), "Season completion bonus": flat(750.00)}, WH_SKI,
                   "Final check of the 2061-62 winter season (last day worked 04/15/2062). Your recall notice for "
                   "the 2062-63 season is mailed separately.")
    district = "San Juan Mesa School District No. 4"
    office = "Office of Business Services  -  Payroll  -  310 Mesa Street, Cimarron Flats, CO 81435"
    paras = [para_stub("co1p", district, office, "Marisa J. Lindqvist", "048812", "Paraprofessional - special "
                       "education", "Cimarron Flats Elementary", d, 2320.50, 27846.00,
                       "2061-62 (180 days, 08/21/2061 - 05/24/2062)",
                       {D(2062, 2, 28): {"Extra duty - after-school tutoring": line(6.0, 21.40)}}, WH_PARA)
             for d in (D(2062, 3, 31), D(2062, 4, 28))]
    ui = colorado_determination("Tobias R. Lindqvist", addr, "CO-UI-4471-0932", D(2062, 4, 24), D(2062, 4, 16),
                                612.00, [("2061 Q1", resort, 13720.00), ("2061 Q2", resort, 3185.50),
                                         ("2061 Q3", "Cimarron Flats Golf & Recreation District", 8460.00),
                                         ("2061 Q4", resort, 7904.00)])
    recall = recall_letter(resort, "Human Resources  -  7000 Ptarmigan Ridge Road, Cimarron Flats, CO 81435",
                           Color(0.07, 0.16, 0.33), D(2062, 4, 18), "Tobias R. Lindqvist", addr, "lift mechanic II",
                           "2062-63 winter", D(2062, 11, 6), "Dana Whitlock", seed + 17)
    app = App("3306417285", "Tobias R. Lindqvist", "957-42-3318", "1418 Columbine Spur Road", "Cimarron Flats", "CO",
              "81435", "(970) 555-0131", "tobias.lindqvist@example.net", "primary_residence", ["unemployment"],
              D(2062, 4, 15), "short", {"wages": 2320.50, "unemployment": 2652.00}, D(2062, 5, 12),
              co="Marisa J. Lindqvist", co_ssn="957-61-0724", co_income={"wages": 2320.50}, cash=1240.00,
              seed=seed + 11)
    p = Packet("co1", received, app, [])
    folder = app.loan
    p.pdf(f"{folder}/Lindqvist questionnaire.pdf", paper_pdf(ahl_q7(app, "screen")), (app_doc(), 3))
    p.pdf(f"{folder}/final pay stub 04-21.pdf", paper_pdf(ski.paper), (stub_doc(ski), 1))
    for s, m in zip(paras, ("March", "April"), strict=True):
        p.pdf(f"{folder}/Marisa pay advice {m}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"{folder}/UI monetary determination.pdf", paper_pdf(ui.paper), (letter_doc(ui), 1))
    style = Scan(dpi=200, tilt=0.4, blur=0.5, noise=0.0005)
    p.scan(f"{folder}/recall letter.pdf", [(letter_doc(recall), scan_paper(recall.paper, style, seed + 101))], style)
    on = D(2062, 5, 12)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Alpenglow Home Loan Servicing", [
        "I maintain the chairlifts at Ptarmigan Ridge. The job is seasonal: the lifts closed for the season on April "
        "15 and I was laid off that day, as I am every spring. In past years I worked summers for the recreation "
        "district, but that job was cut this year, so for now we live on my unemployment benefits and Marisa's pay "
        "from the school district.",
        "The resort has already sent my recall letter for the coming winter, and I expect to be back at work in "
        "November. We are asking for a forbearance or a lower payment until then so that we do not fall further "
        "behind."], ink=False, seed=seed)
    p.pdf(f"{folder}/hardship letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_co2(seed: int) -> Packet:
    """A beach-town inn's housekeeping supervisor laid off when the inn closed for the winter; rents the downstairs
    apartment. WCM-60 in ink block capitals, ONE grey scan behind a separator sheet. COMPLETE (rent shown by two
    consecutive fresh statements, a signed 4506-C)."""
    rng = random.Random(seed * 1000 + 2)
    received = D(2062, 11, 9)
    addr = ["9 Periwinkle Lane", "Sablewood Harbor, ME 04579"]
    ui = maine_history("Colleen M. Fairbanks", "ME-2062-118304", D(2062, 11, 3), 486.00,
                       [(D(2062, 10, 21), "Waiting week - not payable", 0.0, None),
                        (D(2062, 10, 28), "Paid", 486.00, D(2062, 11, 1))])
    acct = "6120334417"
    s1 = sablewood_statement(rng, "Colleen M. Fairbanks", addr, acct, 2062, 9, 1412.36, [
        (1, "DEPOSIT - RENT APT 2 K MORRILL", 1150.00), (1, "GULL ROCK INN PAYROLL", 1186.40),
        (15, "GULL ROCK INN PAYROLL", 1243.12), (29, "GULL ROCK INN PAYROLL", 1098.55)])
    s2 = sablewood_statement(rng, "Colleen M. Fairbanks", addr, acct, 2062, 10, s1.fields["ending_balance"], [
        (2, "DEPOSIT - RENT APT 2 K MORRILL", 1150.00), (13, "GULL ROCK INN PAYROLL", 1012.80),
        (27, "GULL ROCK INN PAYROLL - FINAL", 764.31)])
    app = App("0071935548", "Colleen M. Fairbanks", "931-07-5526", "9 Periwinkle Lane", "Sablewood Harbor", "ME",
              "04579", "(207) 555-0164", "cfairbanks@example.com", "primary_residence", ["unemployment"],
              D(2062, 10, 14), "short", {"unemployment": 2106.00, "rental": 980.00}, D(2062, 11, 6), cash=2310.00,
              seed=seed + 21)
    p = Packet("co2", received, app, [])
    style = Scan(dpi=240, tilt=0.3, blur=0.55, noise=0.0005)
    on = D(2062, 11, 6)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Weatherby Cove Mortgage Servicing", [
        "I am the housekeeping supervisor at the Gull Rock Inn, which is open from May through Columbus Day. The inn "
        "closed for the winter on October 14 and I was laid off with the rest of the seasonal staff. I filed for "
        "unemployment and my first payment came at the start of November.",
        "I rent the apartment downstairs to a year-round tenant, and her rent and my benefits are what I have "
        "until the inn reopens in the spring. I would like a lower payment or a forbearance for the winter months."],
        ink=True, seed=seed + 2)
    f4506 = form4506c_ink("Colleen", "M", "Fairbanks", app.ssn, app.street, app.city, app.state, app.zip,
                          "Weatherby Cove Mortgage Servicing", "(207) 555-0160", on, app.phone, seed + 26, style)
    p.scan("Scan_2062-11-09_0744.pdf", [
        (None, scan_paper(separator_sheet(app.loan), style, seed + 200)),
        (app_doc(), scan_paper(wcm60(app, "hand"), style, seed + 201)),
        (Doc("irs_form_4506c", {"signed": True, "signed_on": on.isoformat()}, on, signed=True), f4506),
        (letter_doc(ui), scan_paper(ui.paper, style, seed + 203)),
        (stmt_doc(s1), scan_paper(s1.paper, style, seed + 204)),
        (stmt_doc(s2), scan_paper(s2.paper, style, seed + 205)),
        (hardship_doc(on), scan_paper(hl, style, seed + 206))], style)
    return p


def packet_co3(seed: int) -> Packet:
    """A small congregation's pastor whose salary was cut: CCL-9L typed and signed on screen by both spouses,
    the treasurer's monthly slips (salary + housing allowance, NO year-to-date) scanned, last year's W-2 with the
    housing allowance in box 14. INCOMPLETE income_doc:wages."""
    received = D(2062, 7, 12)
    addr = ["27 Chapel Hollow Road", "Cedar Run, VA 24263"]
    church = "Cedar Run Community Chapel"
    caddr = "118 Mill Race Road, Cedar Run, VA 24263"
    slips = [chapel_slip(church, caddr, "Elias D. Whitcomb", d, 2300.00, 1200.00, 225.00, 46.00, no, seed + i)
             for i, (d, no) in enumerate(((D(2062, 5, 31), "2417"), (D(2062, 6, 30), "2431")))]
    w2 = w2_form(2061, church, ["118 Mill Race Road", "Cedar Run, VA 24263"], "54-9081736", "Elias D Whitcomb",
                 addr, "5731", 31800.00, 2700.00, "VA", "30-9081736F", [("HOUSING ALLOW", 14400.00)],
                 [("E", 636.00)], "Clergy: box 1 excludes the housing allowance shown in box 14 (IRC section 107). "
                 "Boxes 3 through 6 are blank because ministers pay self-employment tax on their earnings.")
    app = App("5190263847", "Elias D. Whitcomb", "968-40-5731", "27 Chapel Hollow Road", "Cedar Run", "VA", "24263",
              "(276) 555-0119", "pastor.whitcomb@example.org", "primary_residence", ["reduction_in_income"],
              D(2062, 1, 1), "long", {"wages": 3500.00}, D(2062, 7, 7), co="Ruth A. Whitcomb",
              co_ssn="968-23-1190", work=("Year-round", "Not working"), cash=640.00, seed=seed + 31)
    p = Packet("co3", received, app, ["income_doc:wages"])
    loan = app.loan
    p.pdf(f"{loan}-application.pdf", paper_pdf(ccl9l(app, "screen")), (app_doc(), 2))
    style = Scan(dpi=200, tilt=0.5, blur=0.6, noise=0.0006)
    for s, m in zip(slips, ("may", "june"), strict=True):
        p.scan(f"{loan}-pay-{m}.pdf", [(stub_doc(s), scan_paper(s.paper, style, seed + 300 + s.date.month))], style)
    p.pdf(f"{loan}-w2-2061.pdf", paper_pdf(w2.paper), (letter_doc(w2), 1))
    on = D(2062, 7, 7)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Cairn & Cedar Loan Servicing", [
        "I have been the pastor of Cedar Run Community Chapel for eleven years. Our congregation is small and its "
        "offerings fell sharply after the lumber mill closed last year. In January the Board of Deacons reduced my "
        "cash salary from $2,650 to $2,300 a month. My housing allowance stayed at $1,200.",
        "Ruth is at home caring for her mother and has no income. With the lower salary we cannot keep up with the "
        "full mortgage payment and we ask to be considered for a loan modification. I have enclosed my pay slips "
        "for May and June and my W-2 for last year."], ink=False, seed=seed)
    p.pdf(f"{loan}-letter.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_co4(seed: int) -> Packet:
    """A parish business manager paid by the diocese's central payroll; her husband, a beach patrol captain, laid off
    after the summer season; their son seriously ill. WCM-60 typed and signed on screen. COMPLETE."""
    received = D(2062, 11, 14)
    addr = ["41 Marsh Hen Road", "Gull Harbor, SC 29920"]
    diocese = "Roman Catholic Diocese of Port Alder"
    office = "Central Payroll Office  -  40 Cathedral Square, Port Alder, SC 29915"
    stubs = [diocese_stub("co4", diocese, office, "Bernadette A. Rourke", "LAY-20817", "St. Brigid Parish, Gull Harbor",
                          "Parish business manager", d, 1725.00,
                          {D(2062, 8, 31): {"Festival coordination stipend": flat(300.00)}}, WH_DIO)
             for d in (D(2062, 10, 13), D(2062, 10, 31))]
    ui = carolina_notice("Declan P. Rourke", addr, "SC-62-0090417", D(2062, 9, 26), D(2062, 9, 17), 326.00, 20,
                         "Town of Gull Harbor Beach Patrol")
    app = App("2648105973", "Bernadette A. Rourke", "944-18-2035", "41 Marsh Hen Road", "Gull Harbor", "SC", "29920",
              "(843) 555-0158", "brourke@example.org", "primary_residence", ["unemployment", "disability_or_illness"],
              D(2062, 9, 16), "long", {"wages": 3450.00, "unemployment": 1412.67}, D(2062, 11, 8),
              co="Declan P. Rourke", co_ssn="944-52-8861", cash=980.00, seed=seed + 41)
    p = Packet("co4", received, app, [])
    loan = app.loan
    p.pdf(f"RourkeB_{loan}_01.pdf", paper_pdf(wcm60(app, "screen")), (app_doc(), 3))
    style = Scan(dpi=200, tilt=0.25, blur=0.5, noise=0.0004)
    p.scan(f"RourkeB_{loan}_02.pdf", [(stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 402))], style)
    p.pdf(f"RourkeB_{loan}_03.pdf", paper_pdf(stubs[1].paper), (stub_doc(stubs[1]), 1))
    p.scan(f"RourkeB_{loan}_04.pdf", [(letter_doc(ui), scan_paper(ui.paper, style, seed + 404))], style)
    on = D(2062, 11, 8)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Weatherby Cove Mortgage Servicing", [
        "Declan is captain of the Gull Harbor beach patrol, a seasonal job that ended on September 16. He filed for "
        "unemployment the next day. In past years he worked the winter at the marina, but it was sold this summer "
        "and the new owners did not keep him on.",
        "At the same time our son Liam, who is eleven, was diagnosed with a serious illness in September. He is "
        "being treated in Charleston, two hours away, and we drive there twice a week. I still work full time for "
        "the parish, but my pay alone does not cover the mortgage and the travel. We ask for a lower payment while "
        "Declan looks for winter work and Liam is in treatment."], ink=False, seed=seed)
    p.pdf(f"RourkeB_{loan}_05.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_co5(seed: int) -> Packet:
    """A school cafeteria worker paid only in the school year, writing in September before the first fall check:
    AHL-Q7 filled in by hand, ONE 300 dpi grey scan. INCOMPLETE income_doc:wages (newest stub 96 days old)."""
    received = D(2062, 9, 13)
    addr = ["512 Tannery Street", "Ashgrove, PA 17961"]
    district = "Ashgrove Area School District"
    rate = 17.85
    may = [D(2062, 5, d) for d in (8, 9, 10, 11, 12, 15, 16, 17, 18, 19)]
    june = [D(2062, 5, d) for d in (22, 23, 24, 25, 26, 30, 31)] + [D(2062, 6, 1), D(2062, 6, 2)]
    fixed = {D(2062, 5, 26): {"Regular - meal service": line(60.0, rate)},
             D(2062, 6, 9): {"Regular - meal service": line(54.0, rate),
                             "Catering - after-school events": line(3.5, rate)}}
    stubs = [cafeteria_stub("co5", district, "1 Schoolhouse Lane, Ashgrove, PA 17961", "Gwendolyn R. Haskett",
                            "FS-1187", "Ashgrove Elementary", d, rate, {x: 6.0 for x in days}, fixed, WH_CAF)
             for d, days in ((D(2062, 5, 26), may), (D(2062, 6, 9), june))]
    ra = assurance_letter(district, "Food Service Department  -  1 Schoolhouse Lane, Ashgrove, PA 17961",
                          D(2062, 5, 30), "Gwendolyn R. Haskett", addr, "Ashgrove Elementary", 4.5, D(2062, 8, 24))
    app = App("8802351476", "Gwendolyn R. Haskett", "979-30-6648", "512 Tannery Street", "Ashgrove", "PA", "17961",
              "(570) 555-0147", "gwen.haskett@example.com", "primary_residence", ["reduction_in_income"],
              D(2062, 6, 10), "long", {"wages": 2120.00}, D(2062, 9, 8), cash=310.00, seed=seed + 51)
    p = Packet("co5", received, app, ["income_doc:wages"])
    style = Scan(dpi=300, tilt=0.45, blur=0.7, noise=0.0004)
    on = D(2062, 9, 8)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Alpenglow Home Loan Servicing", [
        "I work in the cafeteria at Ashgrove Elementary. Food service workers are paid only for the days school is "
        "in session, so my last check of the school year came on June 9 and I have had no pay over the summer. My "
        "first check of the new school year will not come until the middle of September.",
        "This year the district also cut my hours from six to four and a half a day, so even when school is open I "
        "will earn about a quarter less than before. I fell behind on the mortgage over the summer and I am asking "
        "for a modification that matches what I earn now."], ink=True, seed=seed + 5)
    p.scan(f"Haskett {app.loan}.pdf", [
        (app_doc(), scan_paper(ahl_q7(app, "hand"), style, seed + 500)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 501)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 502)),
        (letter_doc(ra), scan_paper(ra.paper, style, seed + 503)),
        (hardship_doc(on), scan_paper(hl, style, seed + 504))], style)
    return p


def packet_co6(seed: int) -> Packet:
    """A school bus driver (10-month contract, 12 installments) widowed in March - her husband groomed ski runs in
    winter; CCL-9L typed, printed, signed in ink; a folder of grey scans, one per paper. COMPLETE."""
    received = D(2062, 8, 15)
    addr = ["88 Snowshoe Loop", "Cinder Bend, ID 83352"]
    district = "Cinder Bend Consolidated Schools"
    trips = {D(2062, 3, 31): 4, D(2062, 4, 28): 3, D(2062, 5, 31): 5, D(2062, 6, 30): 6}
    stubs = [bus_stub("co6", district, "400 School Street, Cinder Bend, ID 83352  -  (208) 555-0190",
                      "Marguerite E. Tolliver", "T-0614", "Route 14 (Bear Creek)", "Bus 22", d, 2215.00, 31.00, trips,
                      WH_BUS) for d in (D(2062, 6, 30), D(2062, 7, 31))]
    pension = survivor_pension_letter("Marguerite E. Tolliver", addr, D(2062, 6, 20), 612.40, "Harold W. Tolliver",
                                      D(2062, 4, 1), "IOE-S-77021")
    obit = obituary("The Cinder Bend Courier", "Harold Wayne Tolliver", D(1998, 1, 17), D(2062, 3, 4),
                    "Cinder Bend, Idaho", [
                        "Harold Wayne Tolliver, 64, of Cinder Bend, died Saturday, March 4, 2062, at home after a "
                        "sudden heart attack.",
                        "Hal drove a snowcat on the night grooming crew at Bear Creek Ski Area for twenty-two winters "
                        "and ran heavy equipment for the county road department in the summers until he retired from "
                        "the county in 2060. He was a member of Operating Engineers Local 370 and never missed a "
                        "powder morning.",
                        "He is survived by his wife of 38 years, Marguerite, who drives the Bear Creek school bus "
                        "route; their son Wade of Boise; and three grandchildren.",
                        "A celebration of his life will be held at the Bear Creek lodge on Saturday at 2 p.m."],
                    D(2062, 3, 9))
    app = App("6093374021", "Marguerite E. Tolliver", "936-85-4402", "88 Snowshoe Loop", "Cinder Bend", "ID", "83352",
              "(208) 555-0126", "mtolliver@example.net", "primary_residence", ["death"], D(2062, 3, 4), "long",
              {"wages": 2215.00, "benefits_taxable": 612.40}, D(2062, 8, 9), work=("School-year", ""),
              seasons=("WWWWWWLLWWWW", ""), cash=1880.00, seed=seed + 61)
    p = Packet("co6", received, app, [])
    style = Scan(dpi=240, tilt=0.35, blur=0.55, noise=0.0005)
    on = D(2062, 8, 9)
    hl = hardship_letter(app.borrower, None, addr, app.loan, on, "Cairn & Cedar Loan Servicing", [
        "My husband Hal died suddenly on March 4. He groomed the runs at Bear Creek every winter, and his pay "
        "and his union pension carried most of our household. I drive a school bus on a ten-month contract that is "
        "paid out over twelve months, so my pay stays the same through the summer, but it is not enough alone.",
        "The pension trust now pays me a survivor benefit, which is much smaller than his pension was. I want to "
        "stay in our home and I am asking for a modification that I can afford on my pay and the survivor benefit."],
        ink=True, seed=seed + 6)
    folder = app.loan
    papers: list[tuple[Doc, Paper]] = [(app_doc(), ccl9l(app, "typed")), (stub_doc(stubs[0]), stubs[0].paper),
                                       (stub_doc(stubs[1]), stubs[1].paper), (letter_doc(pension), pension.paper),
                                       (letter_doc(obit), obit.paper), (hardship_doc(on), hl)]
    for i, (doc, paper) in enumerate(papers):
        p.scan(f"{folder}/SCN_0815_{i + 1:02d}.pdf", [(doc, scan_paper(paper, style, seed + 600 + i))], style)
    return p


def packet_co7(seed: int) -> Packet:
    """A pastor appointed by his bishop to a church 260 miles away (the housing allowance ends), his wife a food
    bank's coordinator. WCM-60 typed on screen, signed by the borrower only. INCOMPLETE application_signature."""
    received = D(2062, 6, 22)
    addr = ["615 Prairie Rose Drive", "Dunmore Springs, NE 68836"]
    conference = "North Plains Annual Conference"
    stubs = [clergy_stub("co7", conference, "Center for Clergy Compensation and Benefits  -  2200 Prairie Commons "
                         "Drive, Sioux Rapids, NE 68801", "Samuel K. Oduya", "NPAC-1182",
                         "Wesley Chapel, Dunmore Springs", d, 2012.50, 937.50,
                         {D(2062, 3, 31): {"Pulpit supply (extra service)": flat(150.00)}}, WH_CLERGY)
             for d in (D(2062, 5, 31), D(2062, 6, 15))]
    grace = foodbank_stub(f"co7{seed}", "Harvest Table Food Bank", "1900 Depot Street, Dunmore Springs, NE 68836",
                          "Grace W. Oduya", "HT-0457", "Volunteer coordinator", D(2062, 6, 16), 19.75,
                          {"Regular hours": line(80.0, 19.75)}, WH_FB)
    appoint = appointment_letter("Bishop Miriam T. Hallgren", conference, D(2062, 4, 20), "Rev. Samuel K. Oduya",
                                 addr, "Wesley Chapel, Dunmore Springs", "First Church of Cottonwood Bend, "
                                 "Cottonwood Bend, Nebraska", D(2062, 7, 1), 260, 3500.00)
    app = App("7714390652", "Samuel K. Oduya", "925-66-1047", "615 Prairie Rose Drive", "Dunmore Springs", "NE",
              "68836", "(308) 555-0172", "sk.oduya@example.org", "primary_residence", ["relocation"], D(2062, 4, 20),
              "long", {"wages": r2(stubs[-1].monthly + grace.monthly)}, D(2062, 6, 19), co="Grace W. Oduya",
              co_ssn="925-70-3318", co_signs=False, cash=2450.00, seed=seed + 71)
    p = Packet("co7", received, app, ["application_signature"])
    loan = app.loan
    p.pdf(f"Application {loan}.pdf", paper_pdf(wcm60(app, "screen")), (app_doc(), 3))
    for s in stubs:
        p.pdf(f"Pay statement {s.date.strftime('%b %d')} {loan}.pdf", paper_pdf(s.paper), (stub_doc(s), 1))
    p.pdf(f"Grace pay {loan}.pdf", paper_pdf(grace.paper), (stub_doc(grace), 1))
    p.pdf(f"Appointment letter {loan}.pdf", paper_pdf(appoint.paper), (letter_doc(appoint), 1))
    on = D(2062, 6, 19)
    hl = hardship_letter(app.borrower, app.co, addr, loan, on, "Weatherby Cove Mortgage Servicing", [
        "In April our bishop appointed me pastor of First Church in Cottonwood Bend, about 260 miles west of "
        "Dunmore Springs, beginning July 1. Pastors in our conference go where they are sent. The new church "
        "provides a parsonage, so the housing allowance that has helped pay our mortgage ends when I start there.",
        "Grace will keep her job at the food bank here until the end of the summer. We intend to sell the house but "
        "need time to do it, and we ask for a reduced payment or a forbearance while it is on the market."],
        ink=False, seed=seed)
    p.pdf(f"Letter {loan}.pdf", paper_pdf(hl), (hardship_doc(on), 1))
    return p


def packet_co8(seed: int) -> Packet:
    """A snowmaking technician working the summer at a golf club, his wife a ski instructor on unemployment until
    her recall: AHL-Q7 typed, printed, signed in ink by both, the hardship date LEFT BLANK, faxed behind a cover.
    INCOMPLETE application_field:hardship_start_date."""
    received = D(2062, 6, 27)
    addr = ["2240 Aspen Shadow Court", "Powder Mill, UT 84036"]
    weeks = {D(2062, 6, 16): [0.0, 8.0, 9.0, 8.0, 8.0, 7.0, 6.0], D(2062, 6, 23): [0.0, 8.0, 8.0, 8.0, 8.0, 8.0, 4.0]}
    stubs = [golf_stub(f"co8{seed}", "Sage Hollow Golf Club", "3100 Sage Hollow Drive, Powder Mill, UT 84036",
                       "Rafael D. Quintana", "SH-214", d, 18.25, weeks, WH_GOLF, D(2062, 5, 5)) for d in weeks]
    pay = [(D(2062, 4, 29) + dt.timedelta(days=7 * i), D(2062, 5, 2) + dt.timedelta(days=7 * i), 438.00)
           for i in range(8)]
    ui = utah_summary("Kelsey A. Quintana", "UT-UI-62-508813", D(2062, 6, 20), 438.00, r2(438.00 * 26 - 438.00 * 8),
                      pay)
    recall = recall_letter("Kestrel Basin Resort", "Ski & Ride School  -  1 Kestrel Basin Road, Powder Mill, UT "
                           "84036", Color(0.45, 0.15, 0.05), D(2062, 5, 8), "Kelsey A. Quintana", addr,
                           "ski and snowboard instructor (Level II)", "2062-63 winter", D(2062, 11, 27), "Aaron Falk",
                           seed + 87)
    app = App("9035567218", "Rafael D. Quintana", "918-27-6604", "2240 Aspen Shadow Court", "Powder Mill", "UT",
              "84036", "(435) 555-0129", "rafa.quintana@example.com", "primary_residence",
              ["unemployment", "reduction_in_income"], None, "short", {"wages": 3700.00, "unemployment": 1898.00},
              D(2062, 6, 21), co="Kelsey A. Quintana", co_ssn="918-33-0175", cash=1105.00, seed=seed + 81)
    p = Packet("co8", received, app, ["application_field:hardship_start_date"])
    style = Scan(dpi=200, tilt=0.3, blur=0.4, noise=0.0007, fax=True)
    on = D(2062, 6, 21)
    hl = hardship_letter(app.borrower, app.co, addr, app.loan, on, "Alpenglow Home Loan Servicing", [
        "We both work at Kestrel Basin in the winter: I run snowmaking and Kelsey teaches in the ski school. When the "
        "lifts closed this spring we were both laid off, as every year. I found summer work on the grounds crew at "
        "Sage Hollow Golf Club, but it pays much less than the resort, and Kelsey is on unemployment until she is "
        "recalled in November.",
        "The winter was short because of the poor snow, so we came into the spring with no savings. We are asking for "
        "a lower payment until the resort reopens."], ink=True, seed=seed + 8)
    cover = fax_cover("Powder Mill Pack & Ship", "(435) 555-0181", "Alpenglow Home Loan Servicing", "(970) 555-0144",
                      received, 11, f"Quintana - loan {app.loan} - questionnaire and papers")
    p.scan("FAX_4355550181_20620627_1412.pdf", [
        (None, scan_paper(cover, style, seed + 800)),
        (app_doc(), scan_paper(ahl_q7(app, "typed"), style, seed + 801)),
        (stub_doc(stubs[0]), scan_paper(stubs[0].paper, style, seed + 802)),
        (stub_doc(stubs[1]), scan_paper(stubs[1].paper, style, seed + 803)),
        (letter_doc(ui), scan_paper(ui.paper, style, seed + 804)),
        (letter_doc(recall), scan_paper(recall.paper, style, seed + 805)),
        (hardship_doc(on), scan_paper(hl, style, seed + 806))], style)
    return p


# --- main ----------------------------------------------------------------------------------------------------------

PACKETS: list[Callable[[int], Packet]] = [packet_co1, packet_co2, packet_co3, packet_co4, packet_co5, packet_co6,
                                             packet_co7, packet_co8]


def check(out: Path, names: Sequence[str] | None = None) -> list[str]:
    """Validate every expected.json under out: keys, codes, types, dates, pages, scanned and the sums."""
    problems: list[str] = []
    codes_ok = {"application", "application_signature", "irs_form_4506c"}
    codes_ok |= {f"application_field:{n}" for n in REQUIRED_FIELDS}
    codes_ok |= {f"income_doc:{k}" for k in INCOMES if k != "unemployment"}
    codes_ok |= {f"hardship_doc:{h}" for h in ("disability_or_illness", "divorce_or_separation",
                                               "separation_unmarried", "death", "relocation", "other")}
    for exp_path in sorted(out.glob("*/expected.json")):
        name = exp_path.parent.name
        if names and name not in names:
            continue
        exp = json.loads(exp_path.read_text())
        if set(exp) != {"loan_number", "received_on", "status", "missing", "application", "documents"}:
            problems.append(f"{name}: keys {sorted(exp)}")
        received = dt.date.fromisoformat(exp["received_on"])
        if received.weekday() >= 5 or received.year != 2062:
            problems.append(f"{name}: received_on is not a weekday of 2062")
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
        if app["loan_number"] != exp["loan_number"] or not (6 <= len(exp["loan_number"]) <= 15):
            problems.append(f"{name}: loan number")
        seen: set[tuple[str, int]] = set()
        readers: dict[str, PdfReader] = {}
        for doc in exp["documents"]:
            if doc["type"] not in DOC_TYPES or doc["type"] == "separator_sheet":
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
            if doc["type"] == "unemployment_benefit_letter" and doc["fields"].get("benefit_type") != "unemployment":
                problems.append(f"{name}: unemployment letter fields {doc['fields']}")
        for fname in {p.relative_to(exp_path.parent / "inbox").as_posix()
                      for p in (exp_path.parent / "inbox").rglob("*.pdf")}:
            if fname not in readers:
                problems.append(f"{name}: file {fname} holds no listed document")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--check", action="store_true", help="validate the expected.json files written")
    ap.add_argument("--only", nargs="*", help="build only these packets (co1 ..)")
    args = ap.parse_args(argv)
    problems: list[str] = []
    built: list[str] = []
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
        built.append(p.name)
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
